"""mt22b (stop 32): blind cross-translations of unannotated vi-officials articles into ar, en, fr, es (silver/mt22,
corrections-mt22b.txt).

A title followed by a comma and a clause whose last word links a noun to the name ("signée par le Président de la
République, stipule la nomination de M. A", the decision signed by the President names A) is the clause's subject's
title, not the name's: the name is the complement of the noun ('nomination', 'appointment', 'nombramiento').
"""

import pytest

from kg.extract import extract
from kg.model import Article


def _posts(text: str, lang: str) -> dict[str, set[str]]:
    x = extract(Article("t", text, lang=lang))
    return {o.name: {p.role for p in o.positions} for o in x.officials}


SIGNED_BY = {
    "fr": "La décision n° 843/QD-CTN, signée par le Président de la République, stipule la nomination de M. Ho Duc "
    "Phoc, ministre des Finances, au poste de vice-Premier ministre.",
    "en": "The decision, signed by the State President, approves the appointment of Mr. Ho Duc Phoc, Minister of "
    "Finance, as Deputy Prime Minister.",
    "es": "La decisión, firmada por el Presidente del Estado, estipula el nombramiento del Sr. Ho Duc Phoc, ministro "
    "de Finanzas, como viceprimer ministro.",
}


@pytest.mark.parametrize("lang", sorted(SIGNED_BY))
def test_signer_title_before_a_clause_ending_in_of_is_not_the_appointees(lang):
    posts = _posts(SIGNED_BY[lang], lang)
    assert posts["Ho Duc Phoc"] == {"minister", "deputy_prime_minister"}


def test_a_rank_after_the_comma_still_completes_the_title():
    posts = _posts("Le ministre de la Défense nationale, général Phan Van Giang, a pris la parole.", "fr")
    assert posts["Phan Van Giang"] == {"minister"}


# Arabic MT of a party congress's election (vi 'ông A, t1 và ông B, t2, được bầu giữ chức Phó bí thư Tỉnh ủy'): 'كل من'
# (each of) opens the list of names after the election verb, the dual role after the last name's own title is
# every listed name's
ELECTED_EACH_OF = (
    "وانتُخب كل من السيد لي فان لونغ، رئيس اللجنة الشعبية الإقليمية، والسيد سونغ آ هو، رئيس لجنة جبهة الوطن "
    "الفيتنامية في المقاطعة، نائبين لأمين لجنة الحزب الإقليمية."
)


def test_ar_each_of_opens_the_names_elected_to_a_dual_role():
    posts = _posts(ELECTED_EACH_OF, "ar")
    assert posts["Le Van Luong"] == {"chair", "deputy_secretary"}
    assert posts["Sung A Ho"] == {"chair", "deputy_secretary"}


# 'تم تعيينه نائبًا لوزير ...' (he was appointed deputy minister; vi 'ông được bổ nhiệm làm Thứ trưởng'): the passive
# with the pronoun glued to its noun drops the subject; the accusative role is the title link itself
BIO = "يبلغ السيد لي مينه نغان من العمر 56 عامًا، ويحمل درجة الماجستير في الاقتصاد. "


@pytest.mark.parametrize(
    "sentence, role",
    [
        ("وفي فبراير 2020، تم تعيينه نائبًا لوزير الموارد الطبيعية والبيئة.", "deputy_minister"),
        ("وفي فبراير 2020، تم تعيينه في منصب نائب وزير الموارد الطبيعية والبيئة.", "deputy_minister"),
        ("وفي عام 2018، تم انتخابه نائبًا لرئيس اللجنة الشعبية الإقليمية.", "vice_chair"),
        ("وفي فبراير 2020، عُيّن نائبًا لوزير الموارد الطبيعية والبيئة.", "deputy_minister"),
    ],
    ids=["appointed-accusative", "appointed-to-the-post", "elected-accusative", "passive-verb"],
)
def test_ar_appointed_pronoun_sentence_gives_the_last_named_official_the_post(sentence, role):
    assert _posts(BIO + sentence, "ar")["Le Minh Ngan"] == {role}


# "Earlier, the 1st Congress of the Phu Tho Provincial Party Committee, term 2025-2030, announced ..." after a report
# of Ninh Binh's congress: another province's congress, no day of its own, is a meeting of its own, dated by the first
# year of the term it opens and held by the body of the place it names first (not the Ninh Binh official it moves)
EARLIER_CONGRESS = {
    "ar": "صباح يوم 1 أكتوبر، افتتح المؤتمر الأول للجنة الحزب في مقاطعة نينه بينه للفترة 2025-2030.\n\nوقبل ذلك، أعلن "
    "المؤتمر الأول للجنة الحزب في مقاطعة فو ثو للفترة 2025-2030 قرار المكتب السياسي.",
    "es": "En la mañana del 1 de octubre, se inauguró oficialmente el I Congreso de Delegados del Comité del Partido de "
    "la provincia de Ninh Binh, período 2025-2030.\n\nAnteriormente, el I Congreso de Delegados del Comité del Partido "
    "de la provincia de Phu Tho, período 2025-2030, había anunciado la decisión del Buró Político de trasladar al Sr. "
    "Truong Quoc Huy, Secretario del Comité Provincial del Partido de Ninh Binh, a Phu Tho.",
    "en": "On the morning of October 1, the 1st Congress of the Ninh Binh Provincial Party Committee, term 2025-2030, "
    "opened.\n\nEarlier, the 1st Congress of the Phu Tho Provincial Party Committee, term 2025-2030, announced the "
    "decision of the Politburo to transfer Mr. Truong Quoc Huy, Secretary of the Ninh Binh Provincial Party "
    "Committee, to Phu Tho.",
    "vi": "Sáng 1/10, Đại hội đại biểu Đảng bộ tỉnh Ninh Bình lần thứ nhất, nhiệm kỳ 2025-2030 đã chính thức khai mạc."
    "\n\nTrước đó, Đại hội đại biểu Đảng bộ tỉnh Phú Thọ lần thứ nhất, nhiệm kỳ 2025-2030 đã công bố quyết định của Bộ "
    "Chính trị điều động ông Trương Quốc Huy, Bí thư Tỉnh ủy Ninh Bình giữ chức Bí thư Tỉnh ủy Phú Thọ.",
}


@pytest.mark.parametrize("lang", sorted(EARLIER_CONGRESS))
def test_an_earlier_congress_of_another_province_is_a_meeting_of_its_own(lang):
    meetings = extract(Article("t", EARLIER_CONGRESS[lang], lang=lang)).meetings
    assert [(m.kind, m.date) for m in meetings] == [("congress", "2025-10-01"), ("congress", "2025")]
    assert meetings[1].organizer.place == "Phu Tho"


def test_an_earlier_sentence_about_the_same_congress_is_no_new_meeting():
    text = (
        "Sáng 1/10, Đại hội đại biểu Đảng bộ tỉnh Ninh Bình lần thứ nhất, nhiệm kỳ 2025-2030 đã chính thức khai mạc."
        "\n\nTrước đó, Đại hội đại biểu Đảng bộ tỉnh Ninh Bình đã tiến hành phiên trù bị."
    )
    assert len(extract(Article("t", text, lang="vi")).meetings) == 1


# en MT writes thị xã (a district-level town) as "town": a post of its body is at district level, not the province's
@pytest.mark.parametrize(
    "title",
    ["Head of Phu Tho Town Police (Phu Tho province)", "Chairman of the People's Committee of Phu Tho town"],
)
def test_en_town_is_district_level(title):
    x = extract(Article("t", f"Mr. Phan Huy Ngoc used to be {title}.", lang="en"))
    assert [p.body.level for o in x.officials for p in o.positions] == ["district"]


# "The Inspection Commission ... consists of 13 people, headed by Mr. A" (vi 'Ủy ban Kiểm tra Tỉnh ủy gồm 13 người, do
# ông A làm Chủ nhiệm'): a participle or verb of heading right before the name makes it the chairman of the body the
# clause is about, in a clause that names no meeting; no meeting chaired by it
HEADED = {
    "ar": "وتتألف لجنة التفتيش التابعة للجنة الحزب الإقليمية من 13 شخصًا، ويرأسها السيد نجوين نغوك فينه.",
    "en": "The Inspection Commission of the Provincial Party Committee consists of 13 people, headed by Mr. Nguyen Ngoc "
    "Vinh.",
    "fr": "La Commission de contrôle du Comité provincial du Parti compte 13 membres, présidée par M. Nguyen Ngoc Vinh.",
    "es": "La Comisión de Inspección del Comité Provincial del Partido, presidida por el Sr. Nguyen Ngoc Vinh, tiene 13 "
    "miembros.",
    "de": "Die Inspektionskommission des Provinzparteikomitees besteht aus 13 Personen, geleitet von Herrn Nguyen Ngoc "
    "Vinh.",
    "pl": "Komisja Kontroli Prowincjonalnego Komitetu Partii liczy 13 osób, kierowana przez pana Nguyen Ngoc Vinh.",
}


@pytest.mark.parametrize("lang", sorted(HEADED))
def test_a_body_headed_by_a_name_makes_it_the_bodys_chairman(lang):
    x = extract(Article("t", HEADED[lang], lang=lang))
    posts = {o.name: {(p.role, p.body.org, p.body.level) for p in o.positions} for o in x.officials}
    assert posts["Nguyen Ngoc Vinh"] == {("chair", "party_commission", "provincial")}
    assert not x.meetings


def test_a_meeting_presided_over_by_a_name_keeps_its_chair():
    x = extract(
        Article(
            "t",
            "Le 5 mai, la réunion du Comité populaire provincial, présidée par M. Nguyen Ngoc Vinh, a examiné le "
            "rapport.",
            lang="fr",
        )
    )
    assert [m.chairs for m in x.meetings] == [["Nguyen Ngoc Vinh"]]
    assert all(not o.positions for o in x.officials)


# a dateline's outlet spelled out as letters ("بي تي أو -", BTO) reads like a name; opening the sentence before a dash
# and no title, it chairs nothing (a name with its title after the dash still does)
def test_ar_dateline_outlet_chairs_nothing():
    x = extract(
        Article(
            "t",
            "بي تي أو - صباح يوم 20 مارس، ترأست اللجنة الدائمة للجنة الحزب الإقليمية اجتماعًا للجنة التوجيهية.",
            lang="ar",
        )
    )
    assert [m.chairs for m in x.meetings] == [[]]
    assert not x.officials


def test_ar_name_dash_title_opening_still_chairs():
    x = extract(Article("t", "نجوين هواي آنه - أمين لجنة الحزب الإقليمية ترأس الاجتماع.", lang="ar"))
    assert [m.chairs for m in x.meetings] == [["Nguyen Hoai Anh"]]


@pytest.mark.parametrize(
    "lang, text",
    [
        (
            "es",
            "La delegación del Consejo Popular de la provincia de Hubei, encabezada por el Sr. Nguyen Van Hung, visitó "
            "la provincia.",
        ),
        (
            "en",
            "The working delegation of the Central Inspection Commission headed by Mr. Nguyen Van Hung visited the "
            "province.",
        ),
        ("ar", "زار وفد العمل التابع للجنة التفتيش المركزية الذي يرأسه السيد نجوين فان هونغ المقاطعة."),
    ],
)
def test_a_delegation_headed_by_a_name_gives_no_post_of_its_body(lang, text):
    x = extract(Article("t", text, lang=lang))
    assert all(not o.positions for o in x.officials)
