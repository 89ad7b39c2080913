"""review25's fixes of this session's Mediums (docs/reviews/review25.md), each with its guards (Mediums 1 to 4
were fixed by their author: 603541f6, 7ab07f1d, 5d127556, 6d722a96).

1. Medium 5 (657bd56a): a quantifier before a sector noun keeps the economy's growth only when nothing after the noun
   names the sectors it is ('in all sectors reached'; not vi 'ở các ngành dịch vụ đạt', the service sectors, fr 'tous
   les secteurs industriels').
2. Medium 9 (7ab07f1d with 6d722a96): a present's or an extension's cue ('se desarrolla', 'se déroule', 'trwa',
   'läuft') sets no day after its article: 'celebró su sesión, que se desarrolla el 5 de marzo de 2025' is the
   session's own day; a scheduled event's day stays none of the meeting's.
3. Medium 6 (239a043b): a commune's plural names the new countryside's criteria as its singular does ('The province
   has 120 communes meeting all 19 criteria', fr 'communes', pl 'gmin', ar 'بلديات').
4. Medium 7 (db88213a): two subjects with a figure each ('rose by 10% and 15% respectively', vi 'tăng lần lượt 10% và
   15%') share no figure: the first is not given twice.
"""

import pytest

from tests.helpers import extracted, sentence_metrics

# 1. Medium 5: a group of sectors a word after the noun names is no whole economy
GROUP = {
    "vi": "Tăng trưởng ở các ngành dịch vụ đạt 8,5%.",
    "vi-2": "Tốc độ tăng trưởng trên các lĩnh vực nông nghiệp đạt 8,5%.",
    "fr": "La croissance dans tous les secteurs industriels a atteint 8,5 %.",
    "es": "El crecimiento en todos los sectores industriales alcanzó el 8,5%.",
    "ar": "بلغ النمو في جميع القطاعات الصناعية 8.5%.",
}
WHOLE = {
    "vi": "Tăng trưởng kinh tế trên các lĩnh vực đạt 8,5%.",
    "en": "Economic growth in all sectors reached 8.5%.",
    "fr": "La croissance économique dans tous les secteurs a atteint 8,5 %.",
    "ar": "بلغ النمو الاقتصادي في جميع القطاعات 8.5%.",
}


@pytest.mark.parametrize(
    ("case", "want"), [(c, "other") for c in GROUP] + [(f"whole-{c}", "grdp_growth") for c in WHOLE]
)
def test_a_group_of_sectors_is_no_whole_economy(case, want):
    text = WHOLE[case[6:]] if case.startswith("whole-") else GROUP[case]
    lang = case.removeprefix("whole-")[:2]
    assert [(m.value, m.indicator) for m in sentence_metrics(text, lang)] == [(8.5, want)]


# 2. Medium 9: a present's day after its article is the meeting's own
OWN_DAY = {
    "es": (
        "El Consejo Popular de la provincia de Nghe An celebró su sesión, que se desarrolla el 5 de marzo de 2025.",
        "2025-03-05",
    ),
    "fr": (
        "Le Conseil populaire de la province de Nghe An a organisé sa session, qui se déroule le 18 novembre 2025.",
        "2025-11-18",
    ),
}


@pytest.mark.parametrize("lang", sorted(OWN_DAY))
def test_a_presents_day_after_its_article_is_the_meetings_own(lang):
    text, date = OWN_DAY[lang]
    assert [m.date for m in extracted(text, lang).meetings] == [date]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        # (guards: 6d722a96's scheduled days, a cue ending with an until word, or the article inside the cue)
        (
            "es",
            "El Comité Popular de la provincia de Nghe An celebró una reunión para preparar el congreso programado para el"
            " 15 de octubre de 2025.",
        ),
        (
            "fr",
            "Le Comité populaire de la province de Nghe An a tenu une réunion pour préparer le congrès programmé pour le 15"
            " octobre 2025.",
        ),
        ("vi", "UBND tỉnh Nghệ An tổ chức hội nghị triển khai chiến dịch kéo dài đến ngày 31/12/2025."),
    ],
)
def test_a_scheduled_events_day_stays_no_day_of_the_meeting(lang, text):
    assert [m.date for m in extracted(text, lang).meetings] == ["2025"]


# 3. Medium 6: a commune's plural
COMMUNES = {
    "en": "The province has 120 communes meeting all 19 criteria.",
    "fr": "La province compte 120 communes remplissant les 19 critères.",
    "pl": "W prowincji 120 gmin spełnia wszystkie 19 kryteriów.",
    "de": "In der Provinz erfüllen 120 Gemeinden 19 Kriterien.",
}


@pytest.mark.parametrize("lang", sorted(COMMUNES))
def test_a_communes_plural_names_the_new_countrysides_criteria(lang):
    read = [(m.value, m.indicator) for m in sentence_metrics(COMMUNES[lang], lang) if m.unit == "criteria"]
    assert read == [(19, "new_rural_criteria")]


def test_criteria_of_no_commune_stay_other():
    # (guard: 239a043b's reading)
    read = [
        (m.value, m.indicator)
        for m in sentence_metrics("The province set 5 criteria for evaluating officials.", "en")
    ]
    assert read == [(5, "other")]


# 4. Medium 7: a respective list of figures is no change two subjects share
RESPECTIVE = {
    "en": "Industrial production value and export turnover rose by 10% and 15% respectively.",
    "vi": "Giá trị sản xuất công nghiệp và kim ngạch xuất khẩu tăng lần lượt 10% và 15%.",
    "fr": "La valeur de la production industrielle et les exportations ont augmenté respectivement de 10 % et 15 %.",
    "es": "El valor de la producción industrial y las exportaciones aumentaron un 10% y un 15%, respectivamente.",
    "de": "Der Wert der Industrieproduktion und die Exporte stiegen um 10 % bzw. 15 %.",
    "pl": "Wartość produkcji przemysłowej i eksport wzrosły odpowiednio o 10% i 15%.",
}


@pytest.mark.parametrize("lang", sorted(RESPECTIVE))
def test_a_respective_list_gives_no_figure_twice(lang):
    assert [m.value for m in sentence_metrics(RESPECTIVE[lang], lang)] == [10, 15]


def test_a_change_two_subjects_share_beside_another_figure():
    # (guard: db88213a's reading, another clause's figure after a comma)
    text = "Total retail sales and export turnover both increased by over 20%, and the consumer price index rose 3%."
    assert [m.value for m in sentence_metrics(text, "en")] == [20, 20, 3]
