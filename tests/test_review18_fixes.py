"""review18's fixes (docs/reviews/review18.md)."""

import pytest

from kg.extract import extract
from kg.model import Article


# Medium 1 (ff008c6): a comma decimal that could read as a day and a month ('12,5') is still the language's decimal
# mark, so a time written with a point ('lúc 14.30') does not flip the article's figures (no date is written '12,5')
@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("vi", "Thu ngân sách đạt 16.298 tỷ đồng, tăng 12,5% so với cùng kỳ; hội nghị bắt đầu lúc 14.30."),
        (
            "es",
            "Los ingresos alcanzaron 16.298 millones de dongs, un aumento del 3,5%. La sesión se cerró a las 17.45.",
        ),
    ],
)
def test_a_small_comma_decimal_keeps_the_languages_mark(lang, text):
    values = [m.value for m in extract(Article("t", text, lang=lang)).metrics if m.unit != "percent"]
    assert values == [16298.0]


def test_a_day_and_a_month_is_still_no_decimal():
    from kg.extract.numbers import article_decimal

    assert article_decimal("el 27.9 y el 14.10; 16.298 millones", ",") == ","
