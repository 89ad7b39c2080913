"""Lead, stop 37: review24's Medium 9 on c69d69e1. A day early in a year whose sentence reviews up to a day late in a
year is of the year after ("On January 5, ... to review the campaign that ended on December 31, 2024": 2025-01-05),
but not when what is reviewed is still to come: "to review preparations for the congress, which is scheduled for
December 15, 2025" keeps the year the sentence writes."""

import pytest

from tests.helpers import extracted

TO_COME = {
    "en": "On March 3, the Nghe An Provincial Party Committee held a conference to review preparations for the "
    "congress, which is scheduled for December 15, 2025.",
    "fr": "Le 3 mars, le Comité provincial du Parti de Nghe An a tenu une conférence pour examiner les préparatifs du "
    "congrès prévu le 15 décembre 2025.",
    "vi": "Ngày 3/3, Tỉnh ủy Nghệ An tổ chức hội nghị đánh giá công tác chuẩn bị Đại hội dự kiến diễn ra ngày "
    "15/12/2025.",
}

ENDED = {
    "en": "On January 5, the Nghe An Provincial People's Committee held a conference to review the emulation campaign "
    "that ended on December 31, 2024.",
    "fr": "Le 5 janvier, le Comité populaire provincial de Nghe An a tenu une conférence pour évaluer la campagne "
    "d'émulation qui s'est achevée le 31 décembre 2024.",
    "vi": "Ngày 5/1, UBND tỉnh Nghệ An tổ chức hội nghị tổng kết phong trào thi đua kết thúc ngày 31/12/2024.",
}


@pytest.mark.parametrize("lang", sorted(TO_COME))
def test_a_review_of_what_is_still_to_come_keeps_the_year(lang):
    assert [m.date for m in extracted(TO_COME[lang], lang).meetings] == ["2025-03-03"]


@pytest.mark.parametrize("lang", sorted(ENDED))
def test_a_january_review_of_what_ended_in_december_is_of_the_year_after(lang):
    assert [m.date for m in extracted(ENDED[lang], lang).meetings] == ["2025-01-05"]
