"""English and Vietnamese cases found on the second round of silver articles (silver/ set vi2, en2)
and the unlabelled ones: figures the tables cannot say."""

import pytest

from kg.extract import extract
from kg.model import Article


def _figures(text: str, lang: str) -> list[tuple[float, str]]:
    return [(m.value, m.unit) for m in extract(Article("case", text, lang=lang)).metrics]


@pytest.mark.parametrize(
    ("lang", "text", "figures"),
    [
        # a share reached out of its target, both written as percentages: both are figures
        (
            "vi",
            "Tỷ lệ xã đạt chuẩn nông thôn mới 83,2%/50% tổng số xã.",
            [(83.2, "percent"), (50.0, "percent")],
        ),
        ("vi", "Tỷ lệ hộ nghèo còn 2,1%/3%.", [(2.1, "percent"), (3.0, "percent")]),
        # a rate per year stays one figure
        ("vi", "Doanh thu tăng 5%/năm.", [(5.0, "percent")]),
    ],
)
def test_a_percentage_out_of_a_percentage(lang, text, figures):
    assert _figures(text, lang) == figures


@pytest.mark.parametrize(
    ("text", "figures"),
    [
        # an acronym between the number and the counted noun is the noun's modifier, no name
        ("Long An has granted investment certificates to 462 FDI projects.", [(462.0, "count")]),
        ("The province licensed 40 ODA projects.", [(40.0, "count")]),
        # a capitalised word that is no acronym still counts nothing ("5 Hanoi ...")
        ("The group visited 5 Hanoi schools.", []),
    ],
)
def test_an_acronym_before_the_counted_noun(text, figures):
    assert _figures(text, "en") == figures


@pytest.mark.parametrize("city", ["TP.HCM", "TP HCM", "TP. HCM", "TPHCM"])
def test_ho_chi_minh_city_abbreviated(city):
    text = f"Ông Nguyễn Văn An, Chủ tịch UBND {city}, phát biểu tại hội nghị."
    officials = extract(Article("case", text, lang="vi")).officials
    assert [(p.role, p.body.place) for o in officials for p in o.positions] == [("chair", "Ho Chi Minh")]


def test_economic_growth_is_grdp_growth():
    text = "The northern province of Vinh Phuc recorded an economic growth of nearly 9% in the first nine months."
    metrics = extract(Article("case", text, lang="en")).metrics
    assert [(m.value, m.indicator) for m in metrics] == [(9.0, "grdp_growth")]
