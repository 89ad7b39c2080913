"""Posts of machine-translated Spanish, French, Arabic and Polish articles that kg misread, found by translating
unread Vietnamese articles the way vietnam.vn's machine translation writes them (silver/mt6/, synthetic
translations, not real MT): each case fails without the rule it tests."""

from __future__ import annotations

import pytest

from kg.extract import extract
from kg.model import Article


def posts(text: str, lang: str) -> dict[str, set[tuple[str, str, str | None, str | None]]]:
    """(role, org, level, place) of every post each official of the text is given."""
    found = extract(Article("mt6-probe", text, lang=lang)).officials
    return {o.name: {(p.role, p.body.org, p.body.level, p.body.place) for p in o.positions} for o in found}


# "A, <titles>, presented flowers to congratulate the comrades newly elected as Deputy Heads of ...": a plural
# noun before the title link is the link's subject; the posts after it are the comrades', not A's.
@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "es",
            "El camarada Nguyen Dinh Xung, subsecretario del Comité Provincial del Partido, entregó flores para "
            "felicitar a los camaradas recién elegidos para ocupar el cargo de vicejefes de los Comités del Consejo "
            "Popular Provincial.",
        ),
        (
            "es",
            "El camarada Nguyen Dinh Xung, subsecretario del Comité Provincial del Partido, felicitó a los camaradas "
            "elegidos como miembros adicionales del Comité Popular Provincial.",
        ),
        (
            "fr",
            "Le camarade Nguyen Dinh Xung, secrétaire adjoint du Comité provincial du Parti, a offert des fleurs pour "
            "féliciter les camarades nouvellement élus vice-présidents des commissions du Conseil populaire provincial.",
        ),
        (
            "en",
            "Comrade Nguyen Dinh Xung, Deputy Secretary of the Provincial Party Committee, presented flowers to "
            "congratulate the comrades newly elected as deputy heads of the committees of the Provincial People's "
            "Council.",
        ),
        (
            "pl",
            "Towarzysz Nguyen Dinh Xung, zastępca sekretarza Prowincjonalnego Komitetu Partii, wręczył kwiaty, aby "
            "pogratulować towarzyszom nowo wybranym na stanowisko zastępców szefów komisji Prowincjonalnej Rady Ludowej.",
        ),
        (
            "ar",
            "قدم الرفيق نجوين دينه شونغ، نائب أمين لجنة الحزب الإقليمية، الزهور لتهنئة الرفاق المنتخبين حديثًا لشغل "
            "منصب نواب رؤساء لجان مجلس الشعب الإقليمي.",
        ),
    ],
)
def test_the_posts_of_the_comrades_congratulated_are_theirs(lang: str, text: str) -> None:
    got = posts(text, lang)["Nguyen Dinh Xung"]
    assert {(r, o, lvl) for r, o, lvl, _ in got} == {("deputy_secretary", "party_committee", "provincial")}
