"""English and Vietnamese cases found on the third blind silver sets (/work/silver/en3, vi3) and the
unlabelled articles: what the tables (``tests/data/cases/posts.tsv``, ``dates.tsv``) cannot say."""

from kg.extract import extract
from kg.model import Article


def _metrics(text: str, lang: str) -> list[tuple[float, str]]:
    return [(m.value, m.unit) for m in extract(Article("case", text, lang=lang)).metrics]


def test_a_number_before_a_title_counts_the_people_holding_it():
    text = "Trong số đảng viên bị kỷ luật có 3 chủ tịch UBND xã và 2 phó giám đốc sở bị cách chức."
    found = _metrics(text, "vi")
    assert (3.0, "persons") in found
    assert (2.0, "persons") in found


def test_a_year_before_a_title_counts_nobody():
    assert _metrics("Trong năm 2018 Chủ tịch UBND tỉnh đã ký quyết định.", "vi") == []


def test_a_given_name_opening_a_sentence_stands_for_the_official_named_before():
    text = (
        "Mr. Tran Van Binh was re-elected Secretary of the Provincial Party Committee. "
        "Mr. Tran Van Binh was born in 1968 in Nghe An. "
        "In May 2016, Binh was elected Chairman of the Provincial People's Committee."
    )
    officials = extract(Article("case", text, lang="en")).officials
    posts = {(p.role, p.body.org) for o in officials if o.name == "Tran Van Binh" for p in o.positions}
    assert ("chair", "peoples_committee") in posts


def test_another_given_name_opening_a_sentence_is_nobody_named_before():
    text = (
        "Mr. Tran Van Binh was re-elected Secretary of the Provincial Party Committee. "
        "In May 2016, Hung was elected Chairman of the Provincial People's Committee."
    )
    officials = extract(Article("case", text, lang="en")).officials
    posts = {(p.role, p.body.org) for o in officials if o.name == "Tran Van Binh" for p in o.positions}
    assert ("chair", "peoples_committee") not in posts
