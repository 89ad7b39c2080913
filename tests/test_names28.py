"""names28 (stop 41): officials' names on text kg has not read (docs/names.md, "names28").

Polish declines a name's last syllable in -ia as a feminine noun: "Pham Thien Nghii" (genitive, dative, locative of
Nghia), "Nghię" (accusative), "Nghią" (instrumental): each is read back as Nghia
(``kg/data/name_vowel_endings.tsv``), beside the endings added after a consonant ("Thanha", "Dungiem").

Two or more women named after one honorific or one deputy's title: Arabic writes the feminine dual and plural
(الرفيقتان, الرفيقات, نائبتا, نائبات رئيس ...); Polish, English and German the feminine plural ('wiceprzewodniczące',
'Vice Chairwomen', 'die Vizepräsidentinnen'; German also 'die Vizepräsidenten'): every name after them is read, with the
shared title."""

from __future__ import annotations

import pytest

from tests.helpers import extracted

DECLINED_IA = [
    ("W obecności sekretarza Nguyen Van Nghii odbyła się ceremonia.", "Nguyen Van Nghia"),
    ("Delegacja złożyła wizytę sekretarzowi Le Van Nghii.", "Le Van Nghia"),
    ("Spotkali się z sekretarzem Nguyen Trong Nghię.", "Nguyen Trong Nghia"),
    ("Rozmowa z sekretarzem Nguyen Huu Nghią była owocna.", "Nguyen Huu Nghia"),
]


@pytest.mark.parametrize(
    ("text", "name"), DECLINED_IA, ids=["genitive", "dative", "accusative", "instrumental"]
)
def test_a_polish_name_declined_in_ia_is_read_whole(text: str, name: str) -> None:
    assert [o.name for o in extracted(text, "pl").officials] == [name]


GUARDS = [
    # the endings after a consonant, in every case
    ("Przemówienie wygłosił sekretarz Pham Viet Thanh.", ["Pham Viet Thanh"]),
    ("W obecności sekretarza Pham Viet Thanha odbyła się ceremonia.", ["Pham Viet Thanh"]),
    ("Delegacja złożyła wizytę sekretarzowi Vo Van Dungowi.", ["Vo Van Dung"]),
    ("Rozmowa z wiceprzewodniczącym Duong Van Trangiem była owocna.", ["Duong Van Trang"]),
    ("W obecności sekretarza Nguyen Van Nghia odbyła się ceremonia.", ["Nguyen Van Nghia"]),
    # an ordinary word in -ii or -ię after a name is no declined syllable: "partii" (the party's), "się"
    ("Sekretarz Nguyen Van Nam z partii mówił o wynikach.", ["Nguyen Van Nam"]),
    ("Sekretarz Nguyen Van Nam spotkał się z delegacją.", ["Nguyen Van Nam"]),
]


@pytest.mark.parametrize("text, names", GUARDS, ids=[f"guard-{i}" for i in range(len(GUARDS))])
def test_other_declined_names_and_ordinary_words_stay(text: str, names: list[str]) -> None:
    assert [o.name for o in extracted(text, "pl").officials] == names


VA = ("vice_chair", "national_assembly")
WOMEN = [
    (
        "ar",
        "وحضر الاجتماع الرفيقتان نجوين ثي ثانه وترونغ ثي ماي.",
        [("Nguyen Thi Thanh", []), ("Truong Thi Mai", [])],
    ),
    (
        "ar",
        "وهنأ الوفد الرفيقتين نجوين ثي ثانه وترونغ ثي ماي.",
        [("Nguyen Thi Thanh", []), ("Truong Thi Mai", [])],
    ),
    (
        "ar",
        "وحضر الاجتماع الرفيقات نجوين ثي ثانه وترونغ ثي ماي وها ثي نغا.",
        [("Nguyen Thi Thanh", []), ("Truong Thi Mai", []), ("Ha Thi Nga", [])],
    ),
    (
        "ar",
        "وحضر الاجتماع نائبتا رئيس الجمعية الوطنية نجوين ثي ثانه وتونغ ثي فونغ.",
        [("Nguyen Thi Thanh", [VA]), ("Tong Thi Phong", [VA])],
    ),
    (
        "ar",
        "وحضر الاجتماع نائبات رئيس الجمعية الوطنية نجوين ثي ثانه وتونغ ثي فونغ.",
        [("Nguyen Thi Thanh", [VA]), ("Tong Thi Phong", [VA])],
    ),
    (
        "ar",
        "وحضر الاجتماع السيدتان نجوين ثي ثانه وتونغ ثي فونغ، نائبتا رئيس الجمعية الوطنية.",
        [("Nguyen Thi Thanh", [VA]), ("Tong Thi Phong", [VA])],
    ),
    (
        "pl",
        "W spotkaniu uczestniczyły wiceprzewodniczące Zgromadzenia Narodowego Nguyen Thi Thanh i Tong Thi Phong.",
        [("Nguyen Thi Thanh", [VA]), ("Tong Thi Phong", [VA])],
    ),
    (
        "en",
        "The meeting was attended by Vice Chairwomen of the National Assembly Nguyen Thi Thanh and Tong Thi Phong.",
        [("Nguyen Thi Thanh", [VA]), ("Tong Thi Phong", [VA])],
    ),
    (
        "de",
        "An der Sitzung nahmen die Vizepräsidentinnen der Nationalversammlung Nguyen Thi Thanh und Tong Thi Phong teil.",
        [("Nguyen Thi Thanh", [VA]), ("Tong Thi Phong", [VA])],
    ),
    (
        "de",
        "An der Sitzung nahmen die Vizepräsidenten der Nationalversammlung Nguyen Duc Hai und Tran Quang Phuong teil.",
        [("Nguyen Duc Hai", [VA]), ("Tran Quang Phuong", [VA])],
    ),
]
WOMEN_GUARDS = [
    # a courtesy title alone makes no official, in the dual as in the singular (a citizen quoted)
    ("ar", "وحضر الاجتماع السيدتان نجوين ثي ثانه وترونغ ثي ماي.", [("Truong Thi Mai", [])]),
    # 'النائبات' (calamities) and 'الرفيقات' with no name after them name no one
    ("ar", "وتسببت النائبات في خسائر كبيرة للمزارعين.", []),
    ("ar", "وحضر الاجتماع الرفيقات في اتحاد النساء.", []),
    # one man's accusative 'den Vizepräsidenten': the name joined after it keeps its own title
    (
        "de",
        "Er traf den Vizepräsidenten der Nationalversammlung Nguyen Duc Hai und Minister Tran Van Son.",
        [("Nguyen Duc Hai", [VA]), ("Tran Van Son", [("minister", "ministry")])],
    ),
    (
        "en",
        "Vice Chairwoman of the National Assembly Nguyen Thi Thanh and Minister Tran Van Son attended.",
        [("Nguyen Thi Thanh", [VA]), ("Tran Van Son", [("minister", "ministry")])],
    ),
    (
        "ar",
        "وحضر الاجتماع الرفيقان نجوين دوك هاي وتران كوانغ فونغ.",
        [("Nguyen Duc Hai", []), ("Tran Quang Phuong", [])],
    ),
]


def _officials(text: str, lang: str) -> list:
    return [(o.name, [(p.role, p.body.org) for p in o.positions]) for o in extracted(text, lang).officials]


@pytest.mark.parametrize(("lang", "text", "want"), WOMEN, ids=[f"{c[0]}-{i}" for i, c in enumerate(WOMEN)])
def test_women_after_a_dual_or_plural_honorific_or_title_are_all_read(
    lang: str, text: str, want: list
) -> None:
    assert _officials(text, lang) == want


@pytest.mark.parametrize(
    ("lang", "text", "want"), WOMEN_GUARDS, ids=[f"{c[0]}-guard-{i}" for i, c in enumerate(WOMEN_GUARDS)]
)
def test_a_courtesy_dual_a_noun_alike_and_a_singular_accusative_stay(
    lang: str, text: str, want: list
) -> None:
    assert _officials(text, lang) == want


# a title, then an honorific with the conjunction glued to it (ar 'والرفيق', 'والسيد'): "the Prime Minister and Comrade
# A", the title no name's, as every other language reads it ('the Prime Minister and Comrade A', 'premier i towarzysz A')
JOINED = [
    ("ar", "وحضر الاجتماع رئيس الوزراء والرفيق نجوين دوك هاي.", [("Nguyen Duc Hai", [])]),
    ("ar", "وحضر الاجتماع نائب رئيس الجمعية الوطنية والسيد نجوين دوك هاي.", [("Nguyen Duc Hai", [])]),
    (
        "en",
        "The meeting was attended by the Prime Minister and Comrade Nguyen Duc Hai.",
        [("Nguyen Duc Hai", [])],
    ),
    ("pl", "W spotkaniu uczestniczyli premier i towarzysz Nguyen Duc Hai.", [("Nguyen Duc Hai", [])]),
]
JOINED_GUARDS = [
    # the title right before the honorific with no conjunction is the name's, and a handed post the receiver's
    (
        "ar",
        "وحضر الاجتماع رئيس الجمعية الوطنية الرفيق تران ثانه مان.",
        [("Tran Thanh Man", [("chair", "national_assembly")])],
    ),
    (
        "ar",
        "وسلم رئيس اللجنة الشعبية الإقليمية قرار تعيين مدير إدارة المالية للرفيق نجوين فان هونغ.",
        [("Nguyen Van Hung", [("director", "department")])],
    ),
    (
        "ar",
        "وحضر الاجتماع رئيس الجمعية الوطنية الرفيق تران ثانه مان والرفيق نجوين دوك هاي.",
        [("Tran Thanh Man", [("chair", "national_assembly")]), ("Nguyen Duc Hai", [])],
    ),
]


@pytest.mark.parametrize(
    ("lang", "text", "want"),
    JOINED + JOINED_GUARDS,
    ids=[f"{c[0]}-{i}" for i, c in enumerate(JOINED + JOINED_GUARDS)],
)
def test_a_title_before_and_comrade_is_no_name_s(lang: str, text: str, want: list) -> None:
    assert _officials(text, lang) == want
