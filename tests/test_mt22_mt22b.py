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
    ],
    ids=["appointed-accusative", "appointed-to-the-post", "elected-accusative"],
)
def test_ar_appointed_pronoun_sentence_gives_the_last_named_official_the_post(sentence, role):
    assert _posts(BIO + sentence, "ar")["Le Minh Ngan"] == {role}
