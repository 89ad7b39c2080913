"""dates26 (stop 39): what review25 left Low in the meetings' dates, and the false and second meetings of the read
sets, each in the 7 languages with the guards that keep the nearby right readings (docs/dates.md "dates26").

1. A February review of what an extension or a present runs up to ('para revisar el proyecto, prorrogado hasta el 31
   de diciembre de 2025', vi 'đánh giá dự án, gia hạn đến ngày 31/12/2025', ar 'الممدد حتى', 'تمديده حتى') is of that
   day's year: es, vi and ar gave the year after it (es: the sentence's year read as a year reviewed; vi: the text's
   year so read, `_reviewed_year`; ar: no `scheduled` row for the extension). A January review of the work of 2024, or
   of a campaign that ended on 31 December 2024, stays of 2025.
"""

import pytest

from tests.helpers import extracted


def _dates(text: str, lang: str) -> list[str | None]:
    return [m.date for m in extracted(text, lang).meetings]


# 1. a review up to a day an extension or a present runs to keeps that day's year
EXTENDED = [
    (
        "vi",
        "Ngày 10/2, UBND tỉnh Nghệ An tổ chức hội nghị đánh giá dự án, gia hạn đến ngày 31/12/2025.",
        "2025-02-10",
    ),
    (
        "es",
        "El 10 de febrero, el Comité Popular provincial de Nghe An celebró una reunión para revisar el proyecto, "
        "prorrogado hasta el 31 de diciembre de 2025.",
        "2025-02-10",
    ),
    (
        "es",
        "El 10 de febrero, el Comité Popular provincial de Nghe An celebró una reunión para revisar el progreso de la "
        "autopista, prorrogada hasta el 31 de diciembre de 2025.",
        "2025-02-10",
    ),
    (
        "ar",
        "في 10 فبراير، عقدت اللجنة الشعبية لمقاطعة نغي آن اجتماعا لمراجعة تقدم مشروع الطريق السريع، الممدد حتى 31 "
        "ديسمبر 2025.",
        "2025-02-10",
    ),
    (
        "ar",
        "في 10 فبراير، عقدت اللجنة الشعبية لمقاطعة نغي آن اجتماعا لمراجعة المشروع الذي تم تمديده حتى 31 ديسمبر 2025.",
        "2025-02-10",
    ),
    (
        "en",
        "On February 10, the Nghe An Provincial People's Committee held a meeting to review progress of the "
        "expressway, extended until December 31, 2025.",
        "2025-02-10",
    ),
    (
        "fr",
        "Le 10 février, le Comité populaire provincial de Nghe An a tenu une réunion pour examiner le projet, prolongé "
        "jusqu'au 31 décembre 2025.",
        "2025-02-10",
    ),
    (
        "de",
        "Am 10. Februar hielt das Provinzvolkskomitee Nghe An eine Sitzung ab, um das Projekt zu überprüfen, das bis "
        "zum 31. Dezember 2025 verlängert wurde.",
        "2025-02-10",
    ),
    (
        "pl",
        "10 lutego Prowincjonalny Komitet Ludowy Nghe An zorganizował spotkanie w celu przeglądu projektu "
        "przedłużonego do 31 grudnia 2025 r.",
        "2025-02-10",
    ),
    # (guards: a January review of the year before, or of what ended late in it, is of the year after)
    ("vi", "Ngày 15/1, UBND tỉnh Nghệ An tổ chức hội nghị tổng kết công tác năm 2024.", "2025-01-15"),
    (
        "es",
        "El 15 de enero, el Comité Popular provincial de Nghe An celebró una conferencia para revisar el trabajo de "
        "2024.",
        "2025-01-15",
    ),
    (
        "es",
        "El 15 de enero, el Comité Popular provincial de Nghe An celebró una conferencia para revisar la campaña que "
        "terminó el 31 de diciembre de 2024.",
        "2025-01-15",
    ),
    (
        "ar",
        "في 15 يناير، عقدت اللجنة الشعبية لمقاطعة نغي آن مؤتمرا لمراجعة الحملة التي انتهت في 31 ديسمبر 2024.",
        "2025-01-15",
    ),
    (
        "vi",
        "Ngày 15/1, UBND tỉnh Nghệ An tổ chức hội nghị đánh giá đợt thi đua kết thúc ngày 31/12/2024.",
        "2025-01-15",
    ),
]


@pytest.mark.parametrize(
    ("lang", "text", "date"), EXTENDED, ids=[f"{c[0]}-{i}" for i, c in enumerate(EXTENDED)]
)
def test_a_review_up_to_an_extensions_day_keeps_its_year(lang, text, date):
    assert _dates(text, lang) == [date]
