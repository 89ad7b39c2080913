"""Silver mt16 (mt16b: pl and de cross-translations of dev articles): the constructions kg read wrong."""

import pytest

from kg.extract import extract
from kg.model import Article


def _posts(text: str, lang: str) -> dict[str, list[tuple[str, str, str | None, bool]]]:
    return {
        o.name: [(p.role, p.body.org, p.body.level, p.former) for p in o.positions]
        for o in extract(Article("t", text, lang=lang)).officials
    }


# de a suspended compound (Ergänzungsstrich) names the Propaganda and Education Commission (Ban Tuyên giáo), central or
# not: 'Leiter der Zentralen Propaganda- und Bildungskommission' (u-mt16de-01's headline) read head of other
PROPAGANDA = [
    (
        "Der Leiter der Zentralen Propaganda- und Bildungskommission, Vo Van Thuong, besuchte die Provinz.",
        "central",
    ),
    ("Genosse Vo Van Thuong, Leiter der Zentralen Propaganda- und Bildungsabteilung, sprach.", "central"),
    ("Genosse Vo Van Thuong, Leiter der Zentralen Propaganda- und Bildungskommission, sprach.", "central"),
]


@pytest.mark.parametrize(("text", "level"), PROPAGANDA)
def test_de_suspended_propaganda_commission(text: str, level: str) -> None:
    assert ("head", "party_commission", level, False) in _posts(text, "de")["Vo Van Thuong"]
    assert all(org != "other" for _, org, _, _ in _posts(text, "de")["Vo Van Thuong"])
