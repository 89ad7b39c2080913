"""Lead, stop 38: review25's open finding. In a named official's predicate, vi 'tiếp' (received) is a verb whose
object is the title after it, as 'gặp' and 'chúc mừng' already were: "Ông A, Chủ tịch UBND tỉnh Nghệ An, tiếp Thứ
trưởng Bộ Y tế." gave A the deputy minister's post (en 'received the Deputy Minister', fr 'a reçu le vice-ministre',
pl 'przyjął wiceministra' read right). The Citizen Reception Board ('Ban Tiếp công dân') and 'tiếp tục' (continued)
stay as they were."""

import pytest

from tests.helpers import extracted

PREDICATE = "Ông Nguyễn Văn A, Chủ tịch UBND tỉnh Nghệ An, "

RECEIVED = [
    PREDICATE + "tiếp Thứ trưởng Bộ Y tế.",
    PREDICATE + "đã tiếp Thứ trưởng Bộ Y tế.",
    PREDICATE + "tiếp Phó Chủ tịch Quốc hội.",
]

# (sentence, the posts of the names in order)
GUARDS = [
    (
        PREDICATE + "tiếp Thứ trưởng Bộ Y tế Trần Văn B.",
        [[("chair", "peoples_committee")], [("deputy_minister", "ministry")]],
    ),
    (
        "Ông Nguyễn Văn A, Phó Trưởng Ban Tiếp công dân Trung ương, cho biết.",
        [[("deputy_head", "party_commission")]],
    ),
    (
        "Ông Nguyễn Văn A, Chủ tịch UBND tỉnh, tiếp tục giữ chức Bí thư Tỉnh ủy.",
        [[("chair", "peoples_committee"), ("secretary", "party_committee")]],
    ),
    (
        "Chiều 5/3, đồng chí Nguyễn Văn A, Ủy viên Trung ương Đảng, Bí thư Tỉnh ủy tiếp Đại sứ Nhật Bản.",
        [[("member", "central_committee"), ("secretary", "party_committee")]],
    ),
]


def _posts(text):
    return [[(p.role, p.body.org) for p in o.positions] for o in extracted(text, "vi").officials]


@pytest.mark.parametrize("text", RECEIVED)
def test_the_title_a_receiving_verb_takes_is_its_object_not_the_subjects_post(text):
    assert _posts(text) == [[("chair", "peoples_committee")]]


@pytest.mark.parametrize(("text", "posts"), GUARDS)
def test_named_objects_boards_and_continued_posts_read_as_before(text, posts):
    assert _posts(text) == posts
