"""review24: Mediums of the review of this session's engine commits (docs/reviews/review24.md), one section a fix."""

from __future__ import annotations

import pytest

from tests.helpers import meetings_of, placed_posts, sentence_metrics


def _read(text: str, lang: str) -> list[tuple[float, str, str, float | None]]:
    return [(m.value, m.unit, m.indicator, m.change_pct) for m in sentence_metrics(text, lang)]


# 1. e040a668 + dea995f9: a sector named in an insert or a source between a GRDP growth and its figure is no sector's
# growth ("GRDP growth, led by the industrial sector, reached 8.5%": grdp_growth, not other)
SECTOR_INSERT = {
    "en": "GRDP growth, led by the industrial sector, reached 8.5%.",
    "fr": "La croissance du PIB, tirée par le secteur industriel, a atteint 8,5 %.",
    "es": "El crecimiento del PIB, impulsado por el sector industrial, alcanzó el 8,5%.",
    "de": "Das BIP-Wachstum, getragen vom Industriesektor, erreichte 8,5 %.",
    "pl": "Wzrost PKB, napędzany przez sektor przemysłowy, osiągnął 8,5%.",
    "ar": "بلغ نمو الناتج المحلي الإجمالي، بقيادة قطاع الصناعة، 8.5%.",
    "vi": "Tăng trưởng GRDP, nhờ ngành công nghiệp, đạt 8,5%.",
    "vi-source": "Tốc độ tăng trưởng GRDP của tỉnh theo đánh giá của ngành thống kê đạt 8,5%.",
}


@pytest.mark.parametrize("key", sorted(SECTOR_INSERT))
def test_grdp_growth_with_a_sector_in_an_insert(key):
    assert [(v, i) for v, _, i, _ in _read(SECTOR_INSERT[key], key[:2])] == [(8.5, "grdp_growth")]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "The growth rate of the industry and construction sector increased by 4.7%."),
        ("vi", "Tốc độ tăng trưởng ngành thương mại, dịch vụ tăng 4,7% so với cùng kỳ."),
        ("fr", "Le taux de croissance du secteur industriel a augmenté de 4,7 %."),
    ],
    ids=["en", "vi-list", "fr"],
)
def test_a_sectors_own_growth_stays_other(lang, text):
    assert [i for _, _, i, _ in _read(text, lang)] == ["other"]


# 2. c3d58ce3: a places' growth after a wording of another indicator before the count is that indicator's change, no
# GRDP growth ("Exports of 5 districts increased by 15%")
@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Exports of 5 districts increased by 15% compared to the same period."),
        ("fr", "Les exportations de 5 provinces ont augmenté de 15 %."),
        ("vi", "Thu ngân sách của 5 huyện tăng 15% so với cùng kỳ."),
    ],
)
def test_a_places_figure_of_another_indicator_is_no_grdp_growth(lang, text):
    assert "grdp_growth" not in [i for _, _, i, _ in _read(text, lang)]


def test_a_places_growth_stays_grdp_growth():
    assert _read("In 2024, 6 localities grew by more than 10%.", "en") == [
        (6.0, "count", "other", None),
        (10.0, "percent", "grdp_growth", None),
    ]


# 3. a144edde + fc83f5b9: a copula between an opening participle and the name makes the name its inverted subject, not
# its object ("Attending was Mr. A, Chairman of ...": A keeps his title)
@pytest.mark.parametrize(
    ("text", "post"),
    [
        (
            "Attending was Mr. Nguyen Van An, Chairman of the Farmers' Association of the province.",
            ("chair", "other", "provincial", None),
        ),
        (
            "Attending were Mr. Nguyen Van An, Head of the Working Group of the Politburo, and other leaders.",
            ("head", "other", "central", None),
        ),
    ],
    ids=["was", "were"],
)
def test_attending_was_a_name_keeps_its_title(text, post):
    assert post in placed_posts(text, "en")["Nguyen Van An"]


def test_a_participles_object_still_loses_the_subjects_title():
    text = "Receiving Mr. Nguyen Van An, Chairman of the Nghe An Provincial People's Committee, the Prime Minister praised the province."
    assert placed_posts(text, "en")["Nguyen Van An"] == {
        ("chair", "peoples_committee", "provincial", "Nghe An")
    }


# 4. a144edde: an opening verb's (or besides') object whose title a modifier follows ("Chairman of the PPC at the
# Government headquarters") keeps it: the main clause's subject is the later titled stretch before its verb
_CHAIR = ("chair", "peoples_committee", "provincial", "Nghe An")
MODIFIED = {
    "vi": "Tiếp ông Nguyễn Văn An, Chủ tịch UBND tỉnh Nghệ An tại trụ sở Chính phủ, Thủ tướng đánh giá cao kết quả của tỉnh.",
    "vi-term": "Chúc mừng ông Nguyễn Văn An, Chủ tịch UBND tỉnh Nghệ An nhiệm kỳ 2021-2026, Bộ trưởng mong tỉnh phát triển.",
    "vi-besides": "Ngoài ông Nguyễn Văn An, Chủ tịch UBND tỉnh Nghệ An nhiệm kỳ 2021-2026, Thủ tướng cũng kỷ luật ông Trần Văn Bình.",
    "en": "Receiving Mr. Nguyen Van An, Chairman of the Nghe An Provincial People's Committee at the Government headquarters, the Prime Minister praised the province.",
    "fr": "En recevant M. Nguyen Van An, président du Comité populaire de la province de Nghe An au siège du gouvernement, le Premier ministre a salué la province.",
    "es": "Recibiendo al Sr. Nguyen Van An, presidente del Comité Popular de la provincia de Nghe An en la sede del Gobierno, el primer ministro elogió la provincia.",
    "pl": "Przyjmując pana Nguyen Van An, przewodniczącego Prowincjonalnego Komitetu Ludowego Nghe An w siedzibie rządu, premier pochwalił prowincję.",
}


@pytest.mark.parametrize("key", sorted(MODIFIED))
def test_an_objects_modified_title_stays_its_own(key):
    assert placed_posts(MODIFIED[key], key[:2])["Nguyen Van An"] == {_CHAIR}


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "en",
            "Besides Mr. Nguyen Van An, Chairman of the Nghe An Provincial People's Committee, the Prime Minister also disciplined Mr. Tran Van Binh.",
        ),
        (
            "vi",
            "Tiếp ông Nguyễn Văn An, Chủ tịch UBND tỉnh Nghệ An, Thủ tướng đánh giá cao kết quả của tỉnh.",
        ),
        ("fr", "Outre M. Nguyen Van An, le Premier ministre a également sanctionné M. Tran Van Binh."),
    ],
)
def test_the_subjects_title_stays_the_subjects(lang, text):
    assert not {p for p in placed_posts(text, lang)["Nguyen Van An"] if p[0] == "prime_minister"}


# 6. 6035835b: a future in a relative clause between the organiser and its act is the organiser's, not the act's: the
# ceremony is held ("the PPC, which will soon merge with Ha Tinh, announced the decision appointing ...")
TODO_RELATIVE = {
    "en": "On May 20, 2025, the Nghe An Provincial People's Committee, which will soon merge with Ha Tinh, announced the"
    " decision appointing Mr. Nguyen Van An as Director of the Department of Health.",
    "fr": "Le 20 mai 2025, le Comité populaire de la province de Nghe An, qui sera bientôt fusionné, a annoncé la"
    " décision nommant M. Nguyen Van An directeur du Département de la Santé.",
    "es": "El 20 de mayo de 2025, el Comité Popular de la provincia de Nghe An, que será fusionado, anunció la decisión"
    " de nombrar al Sr. Nguyen Van An director del Departamento de Salud.",
}


@pytest.mark.parametrize("lang", sorted(TODO_RELATIVE))
def test_a_future_in_a_relative_clause_leaves_the_act_held(lang):
    assert [m[0] for m in meetings_of(TODO_RELATIVE[lang], lang)] == ["2025-05-20"]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "en",
            "On May 20, 2025, the Nghe An Provincial People's Committee said it will announce the decision appointing"
            " Mr. Nguyen Van An as Director of the Department of Health.",
        ),
        (
            "vi",
            "Ngày 20/5/2025, UBND tỉnh Nghệ An yêu cầu Sở Nội vụ, Sở Y tế công bố quyết định bổ nhiệm ông Nguyễn Văn An"
            " làm Giám đốc Sở Y tế.",
        ),
    ],
)
def test_an_act_still_to_do_is_no_ceremony(lang, text):
    assert meetings_of(text, lang) == []


# 7. 9b64c4cc: a header of comrades of a party body that lists others too ("... and leaders of departments:") gives
# the listed names no membership of the body
def test_comrades_and_others_give_no_membership():
    text = (
        "Attending the meeting were comrades from the Standing Committee of the Nghe An Provincial Party Committee and"
        " leaders of departments: Nguyen Van An, Director of the Department of Health; Tran Van Binh, Chairman of the"
        " Provincial Farmers' Association."
    )
    posts = placed_posts(text, "en")
    assert not {
        p for name in ("Nguyen Van An", "Tran Van Binh") for p in posts[name] if p[0] == "standing_member"
    }


def test_comrades_of_the_standing_committee_alone_are_its_members():
    text = (
        "Attending the meeting were comrades from the Standing Committee of the Nghe An Provincial Party Committee:"
        " Nguyen Van An, Director of the Department of Health; Tran Van Binh, Chairman of the Provincial Farmers'"
        " Association."
    )
    posts = placed_posts(text, "en")
    assert ("standing_member", "party_committee", "provincial", "Nghe An") in posts["Tran Van Binh"]
