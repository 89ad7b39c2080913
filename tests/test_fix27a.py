"""fix27a: positions on text kg has not read (stop 40): the constructions stop 39 left open, each in every language
where it exists, and the cross-language parity of the posts the press states (docs/positions.md, "fix27a")."""

import pytest

from tests.helpers import placed_posts

_AN = "Nguyen Van An"
_NAM_DAN = ("secretary", "party_committee", "district", "Nam Dan")

# 1. a district's (a commune's) congress or conference elects its own committee's posts: 'The Nam Dan District Party
# Congress elected Mr. A as Secretary' is the district's secretary, not the article's province's (review26 Low 8)


@pytest.mark.parametrize(
    ("lang", "text", "post"),
    [
        ("en", "The Nam Dan District Party Congress elected Mr. Nguyen Van An as Secretary.", _NAM_DAN),
        ("en", "The Party Congress of Nam Dan district elected Mr. Nguyen Van An as Secretary.", _NAM_DAN),
        (
            "en",
            "The Dien Chau District Party Conference elected Mr. Nguyen Van An as Deputy Secretary.",
            ("deputy_secretary", "party_committee", "district", "Dien Chau"),
        ),
        (
            "fr",
            "Le Congrès du Parti du district de Nam Dan a élu M. Nguyen Van An comme secrétaire.",
            _NAM_DAN,
        ),
        (
            "es",
            "El Congreso del Partido del distrito de Nam Dan eligió al Sr. Nguyen Van An como secretario.",
            _NAM_DAN,
        ),
        ("de", "Der Parteitag des Bezirks Nam Dan wählte Herrn Nguyen Van An zum Sekretär.", _NAM_DAN),
        ("pl", "Zjazd Partii dystryktu Nam Dan wybrał pana Nguyen Van An na sekretarza.", _NAM_DAN),
        ("vi", "Đại hội Đảng bộ huyện Nam Đàn đã bầu ông Nguyễn Văn An giữ chức Bí thư.", _NAM_DAN),
        ("ar", "انتخب مؤتمر الحزب في منطقة نام دان السيد نغوين فان آن أمينا.", _NAM_DAN),
        # guards: the province's congress, a title that writes its own level
        (
            "en",
            "The Nghe An Provincial Party Congress elected Mr. Nguyen Van An as Secretary.",
            ("secretary", "party_committee", "provincial", "Nghe An"),
        ),
        (
            "en",
            "At the Nam Dan District Party Congress, Mr. Nguyen Van An, Secretary of the Nghe An Provincial Party "
            "Committee, delivered a speech.",
            ("secretary", "party_committee", "provincial", "Nghe An"),
        ),
        (
            "vi",
            "Đại hội Đảng bộ huyện Nam Đàn, tỉnh Nghệ An đã bầu ông Nguyễn Văn An làm Bí thư Huyện ủy.",
            _NAM_DAN,
        ),
    ],
)
def test_a_district_congress_elects_the_district_s_post(lang, text, post):
    assert placed_posts(text, lang) == {_AN: {post}}
