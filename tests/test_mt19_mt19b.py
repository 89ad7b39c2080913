"""mt19b: a congress the host congratulates the guests on is a meeting of its own (silver/mt19 u-mt19de-14, dev
pl-006): "At the welcome ceremony ..., A congratulated the Thanh Hoa Provincial Party Committee on the successful
organisation of the 20th Provincial Party Congress, 2025-2030 term" reports that congress as held, dated by the first
year of its term, not as more of the ceremony."""

import pytest

from kg.extract import extract
from kg.model import Article

CASES = {
    "en": (
        "On the afternoon of September 20, the Standing Committee of Lam Dong Provincial Party Committee held a "
        "ceremony to welcome the working delegation of Thanh Hoa province.",
        "On behalf of the Standing Committee of Lam Dong Provincial Party Committee, Comrade Y Thanh Ha Nie Kdam "
        "congratulated the Thanh Hoa Provincial Party Committee on the successful organization of the 20th "
        "Provincial Party Congress, term 2025-2030.",
    ),
    "fr": (
        "Le Comité permanent du Comité provincial du Parti de Lam Dong a organisé une cérémonie pour accueillir la "
        "délégation de travail de la province de Thanh Hoa.",
        "Au nom du Comité permanent, le camarade Y Thanh Ha Nie Kdam a félicité le Comité provincial du Parti de "
        "Thanh Hoa pour l'organisation réussie du 20e Congrès provincial du Parti, mandat 2025-2030.",
    ),
    "es": (
        "El Comité Permanente del Comité Provincial del Partido de Lam Dong celebró una ceremonia para recibir a la "
        "delegación de trabajo de la provincia de Thanh Hoa.",
        "En nombre del Comité Permanente, el camarada Y Thanh Ha Nie Kdam felicitó al Comité Provincial del Partido "
        "de Thanh Hoa por la exitosa organización del XX Congreso Provincial del Partido, período 2025-2030.",
    ),
    "vi": (
        "Ban Thường vụ Tỉnh ủy Lâm Đồng tổ chức lễ đón đoàn công tác tỉnh Thanh Hóa.",
        "Thay mặt Ban Thường vụ Tỉnh ủy Lâm Đồng, đồng chí Y Thanh Ha Niê Kđăm chúc mừng Đảng bộ tỉnh Thanh Hóa đã "
        "tổ chức thành công Đại hội đại biểu Đảng bộ tỉnh lần thứ XX, nhiệm kỳ 2025-2030.",
    ),
    "ar": (
        "نظمت اللجنة الدائمة للجنة الحزب في مقاطعة لام دونغ حفلا لاستقبال وفد العمل من مقاطعة ثانه هوا.",
        "ونيابة عن اللجنة الدائمة، هنأ الرفيق إي ثانه ها ني كدام لجنة الحزب في مقاطعة ثانه هوا على النجاح في تنظيم "
        "مؤتمر الحزب العشرين في المقاطعة للفترة 2025-2030.",
    ),
    "de": (
        "Der Ständige Ausschuss des Parteikomitees der Provinz Lam Dong veranstaltete eine Zeremonie zum Empfang der "
        "Arbeitsdelegation der Provinz Thanh Hoa.",
        "Im Namen des Ständigen Ausschusses gratulierte Genosse Y Thanh Ha Nie Kdam dem Parteikomitee der Provinz "
        "Thanh Hoa zur erfolgreichen Ausrichtung des 20. Parteitags der Provinz für die Amtszeit 2025–2030.",
    ),
    "pl": (
        "Stały Komitet Prowincjonalnego Komitetu Partii Lam Dong zorganizował ceremonię powitania delegacji roboczej "
        "prowincji Thanh Hoa.",
        "W imieniu Stałego Komitetu towarzysz Y Thanh Ha Nie Kdam pogratulował Komitetowi Partii Prowincji Thanh Hoa "
        "udanej organizacji XX Kongresu Partii Prowincjonalnej, kadencja 2025-2030.",
    ),
}


@pytest.mark.parametrize("lang", sorted(CASES))
def test_congratulated_congress_is_a_meeting_of_its_own(lang):
    ceremony, congratulation = CASES[lang]
    x = extract(Article("t", ceremony + " " + congratulation, lang=lang))
    assert [(m.sentence, m.date, m.kind) for m in x.meetings] == [
        (0, None, "ceremony"),
        (1, "2025", "congress"),
    ]


def test_a_congress_to_come_is_not_congratulated():
    # no congratulation: "to ensure the successful organization of the Congress" is the congress to come
    text = (
        "On the afternoon of September 20, the Standing Committee of Lam Dong Provincial Party Committee held a "
        "ceremony to welcome the working delegation of Thanh Hoa province. Comrade Y Thanh Ha Nie Kdam asked the "
        "province to ensure the successful organization of the 20th Provincial Party Congress, term 2025-2030."
    )
    x = extract(Article("t", text, lang="en"))
    assert [(m.sentence, m.kind) for m in x.meetings] == [(0, "ceremony")]


def test_es_domestic_revenue_and_foreign_investment():
    # silver/mt19 u-mt19es-12: "ingresos internos" (thu nội địa) is a budget revenue line, "capital de inversión
    # extranjera" foreign investment, as en's "domestic revenue", "foreign investment"
    text = (
        "Los ingresos totales del presupuesto estatal alcanzaron los 13.765 mil millones de VND; de los cuales los "
        "ingresos internos alcanzaron 11.042 mil millones de VND. La provincia atrajo capital de inversión extranjera "
        "por valor de 392,5 millones de dólares estadounidenses (un aumento del 18,8%)."
    )
    x = extract(Article("t", text, lang="es"))
    found = {m.value: m.indicator for m in x.metrics}
    assert found[11042] == "budget_revenue"
    assert found[392.5] == "fdi"
