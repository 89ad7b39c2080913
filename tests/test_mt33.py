"""mt33's fixes from its blind round (silver/mt33): a career sentence opening with a range of two dates, each with
its month ("Od marca 2014 r. do października 2020 r. był zastępcą sekretarza ...", "De marzo de 2014 a octubre de
2020 fue subsecretario ..."), its subject dropped: the posts are the official's named before."""

from __future__ import annotations

import pytest

from tests.helpers import placed_posts

BINH_THUAN = ("deputy_secretary", "party_committee", "provincial", "Binh Thuan")

RANGE = {
    "pl": "Pan Duong Van An pochodzi z prowincji Thua Thien Hue. Od marca 2014 r. do października 2020 r. był "
    "zastępcą sekretarza Prowincjonalnego Komitetu Partii Binh Thuan.",
    "pl-no-abbreviation": "Pan Duong Van An pochodzi z prowincji Thua Thien Hue. Od marca 2014 do października 2020 "
    "był zastępcą sekretarza Prowincjonalnego Komitetu Partii Binh Thuan.",
    "es": "El Sr. Duong Van An es originario de Thua Thien Hue. De marzo de 2014 a octubre de 2020 fue subsecretario "
    "del Comité Provincial del Partido de Binh Thuan.",
    # (the nearby readings that were right before: one date, a short range, a pronoun after a comma)
    "pl-one-date": "Pan Duong Van An pochodzi z prowincji Thua Thien Hue. W 2014 r. był zastępcą sekretarza "
    "Prowincjonalnego Komitetu Partii Binh Thuan.",
    "pl-short": "Pan Duong Van An pochodzi z prowincji Thua Thien Hue. W latach 2014-2020 był zastępcą sekretarza "
    "Prowincjonalnego Komitetu Partii Binh Thuan.",
    "en": "Mr Duong Van An is from Thua Thien Hue. From March 2014 to October 2020, he was Deputy Secretary of the "
    "Binh Thuan Provincial Party Committee.",
    "de": "Herr Duong Van An stammt aus Thua Thien Hue. Von März 2014 bis Oktober 2020 war er stellvertretender "
    "Sekretär des Provinzparteikomitees Binh Thuan.",
}


@pytest.mark.parametrize("case", sorted(RANGE))
def test_a_dated_range_before_a_dropped_subject(case):
    assert placed_posts(RANGE[case], case[:2]) == {"Duong Van An": {BINH_THUAN}}


def test_a_range_before_another_name_is_that_name_s():
    text = (
        "Pan Duong Van An pochodzi z prowincji Thua Thien Hue. Od marca 2014 r. do października 2020 r. pan Le Van "
        "Binh był zastępcą sekretarza Prowincjonalnego Komitetu Partii Binh Thuan."
    )
    posts = placed_posts(text, "pl")
    assert BINH_THUAN not in posts["Duong Van An"]
    assert posts["Le Van Binh"] == {BINH_THUAN}
