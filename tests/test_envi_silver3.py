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
