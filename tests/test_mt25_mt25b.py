"""mt25b's fixes from the blind cross-translations of silver/mt25 (u-mt25ar-10..12, en-20, fr-30, es-40, de-50, pl-60)."""

import pytest

from kg.extract import extract
from kg.model import Article


def _dates(text: str, lang: str) -> list[str | None]:
    return [m.date for m in extract(Article("t", text, lang=lang)).meetings]


# a congress whose sentence dates only its final working session (vi 'bước vào phiên làm việc cuối') began on a
# day the text does not give: its month only, in every language
@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "ar",
            "في صباح يوم 10 أكتوبر، دخل المؤتمر الأول لمندوبي لجنة الحزب في مقاطعة تاي نينه، للفترة 2025-2030، جلسة"
            " العمل الختامية.",
        ),
        (
            "en",
            "On the morning of October 10, the 1st Congress of the Tay Ninh Provincial Party Committee, term"
            " 2025-2030, entered its final working session.",
        ),
        (
            "fr",
            "Le matin du 10 octobre, le 1er Congrès du Comité provincial du Parti de Tay Ninh, mandat 2025-2030, est"
            " entré dans sa dernière séance de travail.",
        ),
        (
            "es",
            "En la mañana del 10 de octubre, el I Congreso del Comité del Partido de la provincia de Tay Ninh,"
            " período 2025-2030, entró en su última sesión de trabajo.",
        ),
        (
            "de",
            "Am Morgen des 10. Oktober trat der 1. Parteitag des Provinzparteikomitees Tay Ninh für die Amtszeit"
            " 2025–2030 in seine letzte Arbeitssitzung ein.",
        ),
        (
            "pl",
            "Rankiem 10 października I Zjazd Komitetu Partii Prowincji Tay Ninh, kadencja 2025-2030, rozpoczął"
            " ostatnią sesję roboczą.",
        ),
    ],
)
def test_final_working_session_dates_the_month(lang: str, text: str) -> None:
    assert _dates(text, lang) == ["2025-10"]
