"""resid23: recurring residue classes of the read sets (docs/residue23.md), each a construction fixed in every
language where it exists.

A share of tasks or targets completed (docs/conventions.md, 'what a count of tasks or targets counts': ``targets_met``
for the share's first number, ``other`` for its total) where the completion verb closes the share's clause, passive or
verb-final, past a long noun phrase (mt18de-21 'Bislang hat die Provinz 24 von 25 Aufgaben gemäß dem Plan Nr. ... vom
19. Juni 2025 erfüllt; 12 von 20 Aufgaben ... abgeschlossen und 41 von 89 Aufgaben ... erledigt'), or where the share
is written with its noun between the two numbers ('41 tasks out of 89', mt18ar-11 'أنجزت 41 مهمة من أصل 89 مهمة')."""

from __future__ import annotations

import pytest

from tests.helpers import placed_posts, sentence_metrics

MET = {
    # the verb closing a long clause, verb-final or passive
    "de_final": (
        "de",
        "Bislang hat die Provinz 24 von 25 Aufgaben gemäß dem Plan Nr. 02-KH/BCĐTW des Zentralen "
        "Lenkungsausschusses für die Entwicklung von Wissenschaft und Technologie, Innovation und digitale "
        "Transformation vom 19. Juni 2025 erfüllt.",
    ),
    "de_abgeschlossen": (
        "de",
        "Bislang hat die Provinz 24 von 25 Aufgaben im Rahmen der Resolution Nr. 71 abgeschlossen.",
    ),
    "de_erledigt": ("de", "Die Provinz hat 24 von 25 Aufgaben gemäß der Schlussmitteilung erledigt."),
    "en_passive": (
        "en",
        "So far, 24 of the 25 tasks under Plan No. 02-KH/BCĐTW of the Central Steering Committee dated June 19, "
        "2025 have been completed.",
    ),
    "fr_passive": (
        "fr",
        "Jusqu'à présent, 24 des 25 tâches prévues par le plan n° 02-KH/BCĐTW du Comité directeur central du 19 "
        "juin 2025 ont été accomplies.",
    ),
    "fr_acheve": ("fr", "Jusqu'à présent, 24 des 25 tâches prévues par le plan ont été achevées."),
    "es_passive": (
        "es",
        "Hasta ahora, 24 de las 25 tareas del Plan n.º 02-KH/BCĐTW del Comité Directivo Central del 19 de junio "
        "de 2025 se han completado.",
    ),
    "pl_passive": (
        "pl",
        "Dotychczas 24 z 25 zadań wynikających z planu nr 02-KH/BCĐTW Centralnego Komitetu Sterującego z 19 "
        "czerwca 2025 r. zostało wykonanych.",
    ),
    # the noun between the two numbers
    "ar_noun_between": ("ar", "كما أنجزت 24 مهمة من أصل 25 مهمة واردة في الإشعار الختامي."),
    "en_noun_between": ("en", "The province completed 24 tasks out of 25 tasks."),
    "fr_noun_between": ("fr", "La province a accompli 24 tâches sur 25."),
}

OTHER = {
    # no completion: taken over, carried out, aimed at
    "de_taken": ("de", "Die Provinz hat 24 von 25 Aufgaben übernommen."),
    "en_carrying": ("en", "The province is carrying out 24 of 25 tasks."),
    "pl_ongoing": ("pl", "Prowincja realizuje 24 z 25 zadań, realizując plan."),
    "ar_aim": ("ar", "وتسعى المقاطعة إلى إنجاز 24 مهمة من أصل 25 مهمة."),
    # a completion verb of another predicate: after a comma, or after a conjunction before another number
    "en_relative": (
        "en",
        "The committee assigned 24 of 25 tasks to departments, which completed the review.",
    ),
    "en_next_figure": ("en", "24 of 25 tasks were assigned and 3 projects were completed."),
}


def _shares(text: str, lang: str) -> dict[float, str]:
    return {m.value: m.indicator for m in sentence_metrics(text, lang) if m.value in (24, 25)}


@pytest.mark.parametrize("case", sorted(MET))
def test_a_completed_share_counts_the_targets_met(case):
    lang, text = MET[case]
    assert _shares(text, lang) == {24: "targets_met", 25: "other"}


@pytest.mark.parametrize("case", sorted(OTHER))
def test_a_share_not_said_completed_stays_other(case):
    lang, text = OTHER[case]
    assert _shares(text, lang) == {24: "other", 25: "other"}


def test_three_shares_of_one_sentence_each_closed_by_its_verb():
    text = (
        "Bislang hat die Provinz 24 von 25 Aufgaben gemäß dem Plan Nr. 02-KH/BCĐTW vom 19. Juni 2025 erfüllt; 12 von "
        "20 Aufgaben im Rahmen der Resolution Nr. 71/NQ-CP abgeschlossen und 41 von 89 Aufgaben gemäß der "
        "Schlussmitteilung erledigt."
    )
    got = [(m.value, m.indicator) for m in sentence_metrics(text, "de")]
    assert got == [
        (24, "targets_met"),
        (25, "other"),
        (12, "targets_met"),
        (20, "other"),
        (41, "targets_met"),
        (89, "other"),
    ]


# A count among the N with the highest (class M7 of docs/residue23.md): a top N, a rank, as 'top 10' and 'among the best
# 20 provinces' read (the dev gold's pl-012 'w pierwszej dziesiątce miejscowości', seeds 004 'ضمن أفضل 20 مقاطعة';
# mt16fr-02 'parmi les 10 localités ayant les recettes les plus élevées du pays', u-de-0005 'zu den zehn Orten mit den
# höchsten ausländischen Direktinvestitionen')
TOP = {
    "en": "State budget revenue is among the 10 localities with the highest revenue in the country.",
    "fr": "Les recettes du budget de l'État figurent parmi les 10 localités ayant les recettes les plus élevées du pays.",
    "de": "Die Staatshaushaltseinnahmen gehören zu den 10 Orten mit den höchsten Einnahmen des Landes.",
    "es": "Los ingresos presupuestarios se encuentran entre las 10 localidades con mayores ingresos del país.",
    "pl": "Dochody budżetowe plasują się wśród 10 miejscowości o najwyższych dochodach w kraju.",
    "ar": "تعد إيرادات الميزانية من بين 10 محليات ذات أعلى إيرادات في البلاد.",
}

COUNTED = {
    # no 'among' before the number, or no superlative in its clause after the noun
    "en_has": ("en", "The province has 10 localities with the highest poverty rates."),
    "fr_compte": ("fr", "La province compte 10 localités ayant les recettes les plus élevées."),
    "en_comma": ("en", "Among the 10 localities, 3 have the highest growth."),
    "de_plain": ("de", "Die Einnahmen stammen aus 10 Orten des Landes."),
    # a frame opening the sentence (review23's Low on 0ca7992b)
    "en_frame": (
        "en",
        "Among the 10 enterprises with the highest revenue in the province, 4 are FDI enterprises.",
    ),
    "fr_frame": (
        "fr",
        "Parmi les 10 entreprises ayant les recettes les plus élevées de la province, 4 sont étrangères.",
    ),
}


@pytest.mark.parametrize("lang", sorted(TOP))
def test_a_count_among_the_highest_is_a_rank(lang):
    got = [(m.value, m.unit, m.indicator) for m in sentence_metrics(TOP[lang], lang)]
    assert got == [(10, "rank", "budget_revenue")]


@pytest.mark.parametrize("case", sorted(COUNTED))
def test_a_count_not_among_the_highest_stays_a_count(case):
    lang, text = COUNTED[case]
    assert [(m.value, m.unit) for m in sentence_metrics(text, lang) if m.value == 10] == [(10, "count")]


def test_a_rank_among_a_top_group_keeps_its_own_rank():
    text = "The province ranked 5th among the 10 localities with the highest revenue."
    assert [(m.value, m.unit) for m in sentence_metrics(text, "en")] == [(5, "rank")]


# A district-level town (thị xã) written with the commune's word (class P8 of docs/residue23.md): ar 'بلدة' names a
# commune ('ببلدة تران فان') and a town (mt24ar-03 'أمين لجنة الحزب في بلدة آن نهون', mt26ar-05 'الأمين السابق للجنة
# الحزب في بلدة دوين هاي'); a town the gazetteer knows is a district, as en 'An Nhon Town', fr 'la ville d'An Nhon',
# de 'der Stadt An Nhon', pl 'miasta An Nhon' read
TOWNS = {
    "ar_an_nhon": (
        "ar",
        "وقد شغل السيد نجو دونغ هاي منصب أمين لجنة الحزب في بلدة آن نهون.",
        ("Ngo Dong Hai", ("secretary", "party_committee", "district", "An Nhon")),
    ),
    "ar_duyen_hai": (
        "ar",
        "السيد لي ثانه بينه، الأمين السابق للجنة الحزب في بلدة دوين هاي.",
        ("Le Thanh Binh", ("secretary", "party_committee", "district", "Duyen Hai")),
    ),
    # a commune the word names, no town of the gazetteer: commune still
    "ar_commune": (
        "ar",
        "السيد نجوين فان آن، أمين لجنة الحزب في بلدة كاي نوك.",
        ("Nguyen Van An", ("secretary", "party_committee", "commune", "Cai Nuoc")),
    ),
    "en_town": (
        "en",
        "Mr. Ngo Dong Hai was Secretary of the An Nhon Town Party Committee.",
        ("Ngo Dong Hai", ("secretary", "party_committee", "district", "An Nhon")),
    ),
    "fr_ville": (
        "fr",
        "M. Ngo Dong Hai a été secrétaire du Comité du Parti de la ville d'An Nhon.",
        ("Ngo Dong Hai", ("secretary", "party_committee", "district", "An Nhon")),
    ),
    "de_stadt": (
        "de",
        "Herr Ngo Dong Hai war Sekretär des Parteikomitees der Stadt An Nhon.",
        ("Ngo Dong Hai", ("secretary", "party_committee", "district", "An Nhon")),
    ),
}


@pytest.mark.parametrize("case", sorted(TOWNS))
def test_a_town_the_gazetteer_knows_is_a_district(case):
    lang, text, (name, post) = TOWNS[case]
    assert post in placed_posts(text, lang)[name]


# A sentence that goes on about the figure the sentence before gave (class M1 of docs/residue23.md): its figure, with
# no indicator wording, after a short predicate (a pronoun or a dropped subject and a verb after an opening phrase) or
# a word that stands for the figure, takes that figure's indicator (u-fr-0016 'Au cours des neuf premiers mois de
# 2023, il atteint 13,3%', u-en-0017 'The nine-month figure was 7.36% year-on-year', u-de-0006 'In den ersten neun
# Monaten lag es bei schätzungsweise 65.452,7 Milliarden VND')
GOES_ON = {
    "en": "The GRDP growth rate in 2022 reached 13.94%, the highest level ever. In the first nine months of 2023, it "
    "reached 13.3%, leading the country.",
    "en_figure": "The GRDP growth rate in 2022 reached 13.94%. The nine-month figure was 13.3% year-on-year.",
    "fr": "Le taux de croissance du PIBR en 2022 a atteint 13,94%, le niveau le plus élevé. Au cours des neuf premiers "
    "mois de 2023, il atteint 13,3%, se hissant au sommet du pays.",
    "es": "La tasa de crecimiento del PIB regional en 2022 alcanzó el 13,94%, el nivel más alto. En los primeros nueve "
    "meses de 2023, alcanzó el 13,3%, situándose a la cabeza del país.",
    "de": "Die GRDP-Wachstumsrate erreichte 2022 13,94 %, den höchsten Stand. In den ersten neun Monaten des Jahres "
    "2023 erreichte sie 13,3 % und lag landesweit an der Spitze.",
    "pl": "Tempo wzrostu PKB regionalnego w 2022 r. osiągnęło 13,94%, najwyższy poziom. W ciągu pierwszych dziewięciu "
    "miesięcy 2023 r. osiągnęło ono 13,3%, plasując się na czele kraju.",
    "ar": "بلغ معدل نمو الناتج المحلي الإجمالي الإقليمي في عام 2022 نسبة 13.94%، وهو أعلى مستوى. وفي الأشهر التسعة "
    "الأولى من عام 2023، بلغ 13.3%، متصدرا البلاد.",
    "vi": "Tốc độ tăng trưởng GRDP năm 2022 đạt 13,94%, cao nhất từ trước đến nay. Trong 9 tháng năm 2023, đạt 13,3%, "
    "dẫn đầu cả nước.",
}

OWN_SUBJECT = {
    # an expletive opening the sentence, a part, a subject of its own
    "de_expletive": (
        "de",
        "Die Haushaltseinnahmen erreichten 5.000 Milliarden VND. Es wurden 300 Milliarden VND in Schulen investiert.",
    ),
    "en_there_were": (
        "en",
        "Budget revenue reached 5,000 billion VND. There were 300 billion VND invested in schools.",
    ),
    "en_of_which": (
        "en",
        "Exports reached 5,000 billion VND, up 10%. Of which, 300 billion VND came from FDI.",
    ),
    "en_subject": (
        "en",
        "Budget revenue reached 5,000 billion VND. In 2023, the province spent 300 billion VND on schools.",
    ),
    # a subject noun of two words' clause (review23's Medium on 69b3cd13)
    "en_noun_verb": (
        "en",
        "In 2024, budget revenue reached 5,000 billion VND. Notably, agriculture spent 300 billion VND.",
    ),
    "en_noun_copula": (
        "en",
        "In 2024, budget revenue reached 5,000 billion VND. Meanwhile, investment was 300 billion VND.",
    ),
}


def _indicators(text: str, lang: str) -> dict[float, str]:
    from tests.helpers import extracted

    return {m.value: m.indicator for m in extracted(text, lang).metrics}


@pytest.mark.parametrize("case", sorted(GOES_ON))
def test_a_sentence_going_on_about_the_figure_before_takes_its_indicator(case):
    got = _indicators(GOES_ON[case], case[:2])
    assert (got[13.94], got[13.3]) == ("grdp_growth", "grdp_growth")


def test_a_sum_going_on_about_the_sum_before():
    text = (
        "Das BIP der Provinz belief sich im dritten Quartal auf 23.875,8 Milliarden VND. In den ersten neun Monaten "
        "lag es bei schätzungsweise 65.452,7 Milliarden VND, ein Plus von 10,15 %."
    )
    assert _indicators(text, "de")[65452.7] == "grdp"


@pytest.mark.parametrize("case", sorted(OWN_SUBJECT))
def test_a_sentence_with_a_subject_of_its_own_keeps_other(case):
    lang, text = OWN_SUBJECT[case]
    assert _indicators(text, lang)[300] == "other"


# a completion after a negation is none (review23's note on 063a66c2)
NOT_DONE = {
    "en": "So far, 24 of the 25 tasks under Plan No. 02-KH/BCDTW dated June 19, 2025 have not been completed.",
    "en_yet": "So far, 24 of the 25 tasks have yet to be completed.",
    "de": "Bislang hat die Provinz 24 von 25 Aufgaben noch nicht abgeschlossen.",
    "pl": "Dotychczas 24 z 25 zadań nie zostało wykonanych.",
    "fr": "Jusqu'à présent, 24 des 25 tâches n'ont pas été achevées.",
    "es": "Hasta ahora, 24 de las 25 tareas no se han completado.",
    "vi": "Tỉnh có 24/25 nhiệm vụ chưa hoàn thành.",
}


@pytest.mark.parametrize("case", sorted(NOT_DONE))
def test_a_share_not_completed_is_no_count_of_targets_met(case):
    assert _shares(NOT_DONE[case], case[:2]) == {24: "other", 25: "other"}
