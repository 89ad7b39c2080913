"""fix23 (stop 32): the kg faults mt23b's blind round found (silver/mt23/corrections-mt23b.txt).

- A bare four-digit count after a verb of exceeding or reaching (a ``quantity`` cue: 'the number of enterprises will
  exceed 2000', 'liczba przedsiębiorstw ma przekroczyć 2000') is a count, no year: no meeting is dated by it and the
  figure is kept (a ``total`` cue's clause, 'the number of X').
"""

import pytest

from kg.extract import extract
from kg.model import Article


def _x(text: str, lang: str):
    return extract(Article("t", text, lang=lang))


def _counts(x) -> set[float]:
    return {m.value for m in x.metrics if m.unit in ("count", "persons")}


EXCEED = {
    "en": "The district party congress was held. The congress agreed on the main targets: the number of enterprises "
    "will exceed 2000; budget revenue over 860 billion VND.",
    "pl": "Odbył się zjazd partii dzielnicy. W 2024 r. liczba przedsiębiorstw przekroczyła 2000; dochody wzrosły.",
    "fr": "Le congrès du Parti du district s'est tenu. Le nombre d'entreprises devrait dépasser 2000; les recettes "
    "budgétaires augmentent.",
}


@pytest.mark.parametrize("lang", sorted(EXCEED))
def test_a_count_after_a_verb_of_exceeding_dates_no_meeting(lang):
    x = _x(EXCEED[lang], lang)
    assert not any(m.date == "2000" for m in x.meetings)


@pytest.mark.parametrize("lang", ["en", "pl"])
def test_a_count_after_a_verb_of_exceeding_is_kept(lang):
    assert 2000.0 in _counts(_x(EXCEED[lang], lang))


def test_en_the_number_reached_a_count():
    assert 2000.0 in _counts(_x("In 2024, the number of enterprises exceeded 2000, and revenue rose.", "en"))


def test_guard_a_year_after_a_locative_is_still_a_year():
    x = _x("The district party congress was held in 2020 in Ia Grai. Revenue rose.", "en")
    assert any(m.date == "2020" for m in x.meetings)
    assert 2020.0 not in _counts(x)


def test_guard_a_year_in_a_total_clause_with_no_quantity_word():
    assert 2000.0 not in _counts(_x("The number of enterprises in 2000.", "en"))


# - Units that completed their congresses report congresses (de 'ihre Parteitage ... abgeschlossen', en 'had completed
#   their congresses', pl 'zakończyło swoje zjazdy', ar 'أكملت ... مؤتمراتها'; vi 'đã hoàn thành đại hội' already); the
#   whole date after en 'By', de 'Bis zum' is a state's as of that day (an ``until`` cue valued ``as_of``, as ar 'بحلول'
#   and vi 'Đến ngày'): its year is the text's.
COMPLETED = {
    "de": "Bis zum 20. August 2020 hatten 21/21 dem Provinzparteikomitee direkt unterstellte Parteikomitees der Provinz "
    "Gia Lai ihre Parteitage auf Bezirksebene abgeschlossen.",
    "en": "By August 20, 2020, 21/21 party committees directly under the Provincial Party Committee had completed their "
    "congresses at the district level.",
    "pl": "Do 20 sierpnia 2020 r. 21/21 komitetów partyjnych zakończyło swoje zjazdy na szczeblu powiatu.",
    "ar": "بحلول 20 أغسطس 2020، أكملت 21/21 لجنة حزبية تابعة مباشرة للجنة الحزب الإقليمية مؤتمراتها على مستوى المقاطعة.",
    "vi": "Đến ngày 20-8-2020, 21/21 đảng bộ trực thuộc Tỉnh ủy đã hoàn thành đại hội cấp huyện.",
}


@pytest.mark.parametrize("lang", sorted(COMPLETED))
def test_units_that_completed_their_congresses_report_a_congress(lang):
    assert _x(COMPLETED[lang], lang).meetings


@pytest.mark.parametrize("lang", ["de", "en", "vi"])
def test_the_as_of_day_dates_the_congresses_by_its_year(lang):
    assert [m.date for m in _x(COMPLETED[lang], lang).meetings] == ["2020"]


def test_guard_a_deadline_after_by_is_no_state():
    x = _x(
        "The provincial party congress was held in 2024. By December 31, 2025, the province must complete the "
        "merger of its communes.",
        "en",
    )
    assert [m.date for m in x.meetings] == ["2024"]


def test_guard_their_congresses_being_prepared_is_still_no_dated_one_without_a_year():
    assert all(m.date is None for m in _x("The party committees completed their congresses.", "en").meetings)


# - A visit its own sentence leaves undated takes the year written right after a Lunar New Year wording (a
#   ``lunar_new_year`` cue: 'on the occasion of the Lunar New Year 2025', vi 'Tết Nguyên đán Ất Tỵ 2025'), as the
#   Arabic source's 'بمناسبة حلول العام القمري الجديد 2025' is read.
TET = (
    "Leaders of Sekong province (Laos) visit and wish Quang Nam a happy Tet\n\nReceiving the delegation was Mr. Phan "
    "Thai Binh - Permanent Vice Chairman of the Provincial People's Committee.\nDuring the visit, Comrade Dong Viet Va "
    "Nhon, Deputy Secretary of the Provincial Party Committee of Sekong province, congratulated Quang Nam province on "
    "its socio-economic achievements in 2024, especially the budget revenue reaching 27 billion VND. He also "
    "congratulated the Party Committee, government and people of Quang Nam province on the occasion of the Lunar New "
    "Year 2025.\nComrade Dong Viet Va Nhon affirmed that regularly organizing visits helps strengthen the relationship."
)


def _visits(text: str) -> list:
    return [m.date for m in _x(text, "en").meetings if m.kind == "visit"]


def test_the_tet_year_dates_a_visit():
    assert _visits(TET) == ["2025"]


def test_guard_a_visit_with_no_tet_year_stays_undated():
    assert _visits(TET.replace(" on the occasion of the Lunar New Year 2025", "")) == [None]
