"""fix25a: positions constructions the last rounds left open (a giver's title before a list of receivers, career
copulas, titles lost or misread), each in every language where it exists."""

import pytest

from tests.helpers import placed_posts

_TUAN = "Pham Anh Tuan"
_NGHIA = "Le Van Nghia"
_HUNG = "Nguyen Van Hung"

# 1. A giver's title before an act on people and a list marker ('The Prime Minister approved the dismissal of several
# officials, including Mr. A and Mr. B', ar 'ووافق رئيس الوزراء على إعفاء كل من: السيد A ...', each of): the title is
# the act's subject's, no listed name's (mt33 ar-02: A read the Prime Minister)
_ACTED = [
    ("ar", "ووافق رئيس الوزراء على إعفاء كل من السيد فام آنه توان والسيد لي فان نغيا."),
    ("ar", "ووافق رئيس الوزراء على تعيين كل من السيد فام آنه توان والسيد لي فان نغيا."),
    (
        "en",
        "The Prime Minister approved the dismissal of several officials, including Mr. Pham Anh Tuan and Mr. Le Van"
        " Nghia.",
    ),
    (
        "fr",
        "Le Premier ministre a approuvé la révocation de plusieurs responsables, dont M. Pham Anh Tuan et M. Le Van"
        " Nghia.",
    ),
    (
        "es",
        "El Primer Ministro aprobó la destitución de varios funcionarios, entre ellos el Sr. Pham Anh Tuan y el Sr. Le"
        " Van Nghia.",
    ),
    (
        "vi",
        "Thủ tướng phê chuẩn miễn nhiệm một số cán bộ, trong đó có ông Phạm Anh Tuấn và ông Lê Văn Nghĩa.",
    ),
]


@pytest.mark.parametrize(("lang", "text"), _ACTED)
def test_a_title_before_an_act_on_a_list_is_the_acts_subjects(lang, text):
    posts = placed_posts(text, lang)
    assert posts.get(_TUAN) == set()
    assert not posts.get(_NGHIA)


# guards: a counted or plural role before the marker is the listed names' ('elected 3 Deputy Secretaries ..., namely')
_DEPUTY = ("deputy_secretary", "party_committee", "provincial", None)
_COUNTED = [
    ("ar", "وانتخب المؤتمر 3 نواب لأمين لجنة الحزب الإقليمية، وهم الرفاق: فام آنه توان، ولي فان نغيا."),
    (
        "en",
        "The congress elected 3 Deputy Secretaries of the Provincial Party Committee, namely Mr. Pham Anh Tuan and Mr."
        " Le Van Nghia.",
    ),
    ("vi", "Tỉnh ủy bầu 2 Phó Bí thư Tỉnh ủy, gồm ông Phạm Anh Tuấn và ông Lê Văn Nghĩa."),
]


@pytest.mark.parametrize(("lang", "text"), _COUNTED)
def test_a_counted_role_before_the_marker_stays_the_listed_names(lang, text):
    assert placed_posts(text, lang) == {_TUAN: {_DEPUTY}, _NGHIA: {_DEPUTY}}
