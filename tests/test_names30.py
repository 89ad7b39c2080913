"""names30 (stop 42): officials' names on text kg has not read (docs/names.md, "names30").

A person whose name spells a province ('M. Lam Dong', mt39 fr-01) is a person when an honorific or a courtesy title
stands right before the name, written with its diacritics or not, declined or not, in every language; not after a
plural honorific, a military rank or a bare role (the role's place: 'zastępcami sekretarza Thai Nguyen', review30 High
1). A bare province name, or one after a body's or a level's words, stays a place."""

from __future__ import annotations

import pytest

from tests.helpers import extracted

DS = ("deputy_secretary", "party_committee")
PLACE_PERSON = [
    ("fr", "Le Secrétariat a désigné M. Lam Dong, membre du Comité permanent du Comité provincial du Parti."),
    ("fr", "Le camarade Lam Dong, secrétaire adjoint du Comité provincial du Parti, a pris la parole."),
    ("en", "Mr. Lam Dong, Deputy Secretary of the Provincial Party Committee, spoke."),
    ("es", "El Sr. Lam Dong, subsecretario del Comité Provincial del Partido, habló."),
    ("de", "Herr Lam Dong, stellvertretender Sekretär des Provinzparteikomitees, sprach."),
    ("pl", "Towarzysz Lam Dong, zastępca sekretarza Prowincjonalnego Komitetu Partii, przemawiał."),
    ("pl", "W obecności towarzysza Lam Donga, zastępcy sekretarza Prowincjonalnego Komitetu Partii."),
    ("vi", "Ông Lam Dong, Phó Bí thư Tỉnh ủy, phát biểu."),
    ("vi", "Đồng chí Lâm Đồng, Phó Bí thư Tỉnh ủy, phát biểu."),
    ("ar", "وحضر الاجتماع السيد لام دونغ، نائب أمين لجنة الحزب الإقليمية."),
    ("en", "Mr. Ninh Binh, Deputy Secretary of the Provincial Party Committee, spoke."),
]


@pytest.mark.parametrize(
    ("lang", "text"), PLACE_PERSON, ids=[f"{x[0]}-{i}" for i, x in enumerate(PLACE_PERSON)]
)
def test_a_place_name_after_an_honorific_is_a_person(lang: str, text: str) -> None:
    officials = extracted(text, lang).officials
    assert len(officials) == 1
    assert officials[0].name in ("Lam Dong", "Ninh Binh")
    assert [(p.role, p.body.org) for p in officials[0].positions][-1:] in ([DS], [("standing_member", DS[1])])


PLACE_STAYS = [
    ("fr", "La province de Lam Dong a reçu la délégation.", []),
    ("fr", "Le président du Comité populaire provincial Lam Dong a parlé.", []),
    ("en", "He is Secretary of the Provincial Party Committee Lam Dong and spoke.", []),
    ("en", "General Secretary To Lam visited Lam Dong on Monday.", ["To Lam"]),
    ("en", "The delegation visited Lam Dong, Dak Lak and Gia Lai.", []),
    ("en", "The road is 10 km. Lam Dong has many lakes.", []),
    ("en", "Lam Dong Chairman Tran Hong Thai spoke.", ["Tran Hong Thai"]),
    # a city of three words after a role is the leader it is named after, no official
    ("es", "El estadista rindió homenaje al Presidente Ho Chi Minh en la zona de reliquias Kim Lien.", []),
    ("pl", "Sekretarz prowincji Lam Dong przemawiał.", []),
    ("pl", "Przewodniczący Lam Dongu przemawiał.", []),
    ("de", "Der Parteisekretär von Lam Dong sprach.", []),
    ("vi", "Bí thư Lâm Đồng phát biểu.", []),
    ("vi", "Chủ tịch UBND tỉnh Lâm Đồng phát biểu.", []),
    ("ar", "وزار الوفد مقاطعة لام دونغ.", []),
    # a province right after a role is the role's place (review30 High 1), after a plural honorific or a rank a group's
    ("fr", "Le secrétaire adjoint Lam Dong a pris la parole.", []),
    ("fr", "Le président Ninh Binh a accueilli la délégation.", []),
    ("fr", "L'ancien président de Quang Nam réélu président du Comité du Front de la Patrie.", []),
    (
        "pl",
        "Były przewodniczący Quang Nam ponownie wybrany na przewodniczącego Komitetu Frontu Ojczyzny.",
        [],
    ),
    (
        "pl",
        "Dwoma zastępcami sekretarza Thai Nguyen są pan Trinh Viet Hung, stały wiceprzewodniczący Prowincjonalnego "
        "Komitetu Ludowego.",
        ["Trinh Viet Hung"],
    ),
    ("en", "Vice Chairman Ha Tinh People's Committee Le Van Cuong spoke.", ["Le Van Cuong"]),
    ("en", "Comrades Lam Dong and Ha Nam delegations attended.", []),
    ("vi", "Các đồng chí Lâm Đồng và Hà Nam tham dự.", []),
    ("en", "Senior Colonel Ha Noi Capital Command officers attended.", []),
]


@pytest.mark.parametrize(
    ("lang", "text", "names"), PLACE_STAYS, ids=[f"{x[0]}-guard-{i}" for i, x in enumerate(PLACE_STAYS)]
)
def test_a_place_name_without_one_stays_a_place(lang: str, text: str, names: list[str]) -> None:
    assert [o.name for o in extracted(text, lang).officials] == names


# Arabic written with ه for the ta marbuta ة, ى for a last ي (and ي for ى): each reads as the standard spelling, in
# body, title and date words and in names (kg.text.pack_spelled, kg.script.Script.finals; ى in a name a variant of ي)
STANDARD_AND_VARIANT = [
    (
        "وترأس الاجتماع السيد نجوين فان آن، رئيس اللجنة الشعبية لمقاطعة نينه بينه.",
        "وترأس الاجتماع السيد نجوين فان آن، رئيس اللجنه الشعبيه لمقاطعه نينه بينه.",
    ),
    (
        "وحضر الاجتماع الرفيق تران فان مينه، عضو اللجنة المركزية للحزب، أمين لجنة الحزب في المقاطعة.",
        "وحضر الاجتماع الرفيق تران فان مينه، عضو اللجنه المركزيه للحزب، امين لجنه الحزب في المقاطعه.",
    ),
    (
        "وأكد السيد تران فان مينه، رئيس الجمعية الوطنية، على أهمية العمل.",
        "واكد السيد تران فان مينه، رئيس الجمعيه الوطنيه، علي اهميه العمل.",
    ),
    (
        "وفي صباح يوم 15 أكتوبر 2024، عقدت اللجنة الشعبية لمقاطعة ها نام اجتماعا برئاسة السيد لي فان هوا، رئيس اللجنة.",
        "وفي صباح يوم 15 اكتوبر 2024، عقدت اللجنه الشعبيه لمقاطعه ها نام اجتماعا برئاسه السيد لي فان هوا، رئيس اللجنه.",
    ),
    (
        "وحضر الاجتماع الرفيقة نجوين ثي ماي، نائبة رئيس اللجنة الشعبية الإقليمية.",
        "وحضر الاجتماع الرفيقه نجوين ثى ماى، نائبه رئيس اللجنه الشعبيه الاقليميه.",
    ),
    (
        "وحضر الاجتماع الرفيق تران فان مينه، نائب رئيس مجلس الشعب الإقليمي.",
        "وحضر الاجتماع الرفيق تران فان مينه، نائب رئيس مجلس الشعب الاقليمى.",
    ),
]


def _facts(text: str) -> tuple:
    x = extracted(text, "ar")
    officials = [
        (o.name, [(p.role, p.body.org, p.body.level, p.body.place) for p in o.positions]) for o in x.officials
    ]
    return officials, [(m.date, m.chairs) for m in x.meetings]


@pytest.mark.parametrize(("standard", "variant"), STANDARD_AND_VARIANT, ids=[f"ar-{i}" for i in range(6)])
def test_arabic_final_letter_variants_read_as_the_standard_spelling(standard: str, variant: str) -> None:
    want = _facts(standard)
    assert want[0]
    assert _facts(variant) == want


def test_arabic_final_letter_variants_leave_words_and_names_of_their_own() -> None:
    from kg.lang import load_pack
    from kg.text import pack_spelled

    ar = load_pack("ar")
    # ه the suffix (his, its) in a word without the article: "بدوره" (in its turn) is no "بدورة" (session); a name's
    # syllable (مينه Minh, لي Le) and a word of its own (في, in; له, to him) stay
    for text in ("وقام بدوره في اللجنة الشعبية", "السيد تران فان مينه ولي فان هوا", "قال له في الاجتماع"):
        assert pack_spelled(text, ar) == text
    # the text's habit: two words with the article written so, and a bare one beside them follows
    assert pack_spelled("اللجنه الشعبيه لمقاطعه", ar) == "اللجنة الشعبية لمقاطعة"
    assert pack_spelled("بدوره لمقاطعه", ar) == "بدوره لمقاطعه"


# a full name the corpora attest is tried whatever its family name, one the shipped surname list lacks too (mt39 ar-03
# 'فونج ثي ثانه' Phuong Thi Thanh, read Phung); an unattested name keeps the likeliest family name
ATTESTED = [
    ("وانتخبت الرفيقة فونج ثي ثانه نائبة لأمين لجنة الحزب الإقليمية.", "Phuong Thi Thanh"),
    ("وحضر الاجتماع الرفيق بان فان هوان، نائب رئيس اللجنة الشعبية الإقليمية.", "Ban Van Hoan"),
    ("وحضر الاجتماع الرفيق شيو فان توييت، نائب رئيس اللجنة الشعبية الإقليمية.", "Xeo Van Tuyet"),
    ("وحضر الاجتماع الرفيقة فونج ثي ماي، نائبة رئيس اللجنة الشعبية الإقليمية.", "Phung Thi Mai"),
    ("وحضر الاجتماع الرفيق فونغ كوك هين، نائب رئيس اللجنة الشعبية الإقليمية.", "Phung Quoc Hien"),
]


@pytest.mark.parametrize(("text", "name"), ATTESTED, ids=[n for _, n in ATTESTED])
def test_an_attested_name_is_read_whatever_its_family_name(text: str, name: str) -> None:
    assert [o.name for o in extracted(text, "ar").officials] == [name]
