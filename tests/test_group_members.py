"""A group working for a body (cue kind ``group``: a working delegation, an inspection team, a jury) lists
its own people after a ``members_list`` cue: they are no members of the body it names (review9 item 3);
a body's own members listed so still are."""

import pytest

from kg.extract import extract
from kg.model import Article

NAMES = {
    "vi": "Nguyễn Văn An, Trần Văn Bình, Lê Thị Hoa",
    "en": "Nguyen Van An, Tran Van Binh and Le Thi Hoa",
    "fr": "Nguyen Van An, Tran Van Binh et Le Thi Hoa",
    "es": "Nguyen Van An, Tran Van Binh y Le Thi Hoa",
    "de": "Nguyen Van An, Tran Van Binh und Le Thi Hoa",
    "pl": "Nguyen Van An, Tran Van Binh i Le Thi Hoa",
}


def _posts(lang: str, text: str) -> list:
    x = extract(Article("t", text, lang=lang))
    return [(o.name, p.role, p.body.org) for o in x.officials for p in o.positions]


@pytest.mark.parametrize(
    ("lang", "header"),
    [
        ("vi", "Đoàn công tác của Tỉnh ủy Lào Cai gồm:"),
        ("en", "The working delegation of the Lao Cai Provincial Party Committee includes:"),
        ("en", "The Provincial Party Committee's working group is composed of:"),
        ("fr", "Le jury du concours organisé par le Comité provincial du Parti est composé de :"),
        ("pl", "W skład delegacji Prowincjonalnego Komitetu Partii weszli:"),
        ("de", "Die Delegation des Provinzparteikomitees besteht aus:"),
        ("es", "La delegación del Comité Provincial del Partido, compuesta por:"),
    ],
)
def test_a_groups_people_are_no_members_of_its_body(lang, header):
    assert _posts(lang, f"{header} {NAMES[lang]}.") == []


@pytest.mark.parametrize(
    ("lang", "text", "role"),
    [
        (
            "es",
            "Se estableció el Comité Provincial del Partido provisional compuesto por tres camaradas: "
            + NAMES["es"]
            + ".",
            "member",
        ),
        (
            "en",
            "The Standing Committee of the Provincial Party Committee consists of: " + NAMES["en"] + ".",
            "standing_member",
        ),
    ],
)
def test_a_bodys_own_members_listed_still_are(lang, text, role):
    posts = _posts(lang, text)
    assert len(posts) == 3 and {p[1] for p in posts} == {role}
