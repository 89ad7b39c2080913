"""Vietnamese wordings found on the sixth blind silver set (silver/ set vi6, press dense in officials' names)
and the unlabelled articles: career summaries, who a sentence gives a post to."""

from kg.extract import extract
from kg.model import Article


def _posts(text: str) -> dict[str, set[tuple[str, str]]]:
    return {
        o.name: {(p.role, p.body.org) for p in o.positions}
        for o in extract(Article("case", text, lang="vi")).officials
    }


def test_posts_listed_after_many_positions_such_as():
    # "đã đảm nhiệm nhiều vị trí công tác như ...": the posts after "such as" are the name's
    posts = _posts(
        "Ông Trần Văn Nam đã đảm nhiệm nhiều vị trí công tác như Ủy viên Ban Thường vụ Tỉnh ủy, "
        "Phó Chủ tịch UBND tỉnh Gia Lai."
    )
    assert ("standing_member", "party_committee") in posts["Tran Van Nam"]
    assert ("vice_chair", "peoples_committee") in posts["Tran Van Nam"]
    posts = _posts("Ông Lê Văn Hùng, 55 tuổi. Ông kinh qua nhiều chức vụ như Bí thư Huyện ủy Chư Sê.")
    assert ("secretary", "party_committee") in posts["Le Van Hung"]


def test_a_given_name_then_ceases_to_hold_a_post():
    # "cho ông Hồng thôi giữ chức Phó Bí thư Tỉnh ủy": the given name stands for the official named before
    posts = _posts(
        "HĐND tỉnh đã miễn nhiệm chức vụ Chủ tịch UBND tỉnh đối với ông Phạm Vũ Hồng. Trước đó, Ban Bí thư đã "
        "quyết định cho ông Hồng thôi giữ chức Phó Bí thư Tỉnh ủy, nghỉ công tác để điều trị bệnh."
    )
    assert ("deputy_secretary", "party_committee") in posts["Pham Vu Hong"]


def _documents(text: str) -> list[tuple]:
    return [
        (d.kind, d.number, d.session, d.term) for d in extract(Article("case", text, lang="vi")).documents
    ]


def test_the_congress_resolution_named_bare_is_the_congress_the_text_named():
    # "Nghị quyết Đại hội" with no ordinal: the congress named before ("lần thứ XV")
    docs = _documents(
        "Ông Ngân hứa tổ chức thành công Đại hội Đại biểu Đảng bộ tỉnh lần thứ XV, nhiệm kỳ 2025-2030. "
        "Đồng thời, triển khai thực hiện hiệu quả Nghị quyết Đại hội, xây dựng tỉnh phát triển nhanh."
    )
    assert docs == [("resolution", None, None, 15)]
    # the congress adopting "the draft resolution": its own, the first ("lần thứ I")
    docs = _documents(
        "Chiều 3/10, Đại hội đại biểu Đảng bộ tỉnh Vĩnh Long lần thứ I, nhiệm kỳ 2025-2030 bế mạc. "
        "Đại hội đã biểu quyết thông qua dự thảo Nghị quyết với 6 nhiệm vụ trọng tâm."
    )
    assert docs == [("resolution", None, None, 1)]
    # a congress named by its body keeps no other congress's ordinal
    docs = _documents(
        "Thực hiện thắng lợi Nghị quyết Đại hội Đảng bộ tỉnh lần thứ XII, Nghị quyết Đại hội Đảng bộ Quân sự "
        "tỉnh nhiệm kỳ 2020-2025."
    )
    assert ("resolution", None, None, 12) in docs and len(docs) == 2


def test_a_standing_member_written_without_member_of_the_board():
    # "Thường vụ Tỉnh ủy" (for "Ủy viên Ban Thường vụ Tỉnh ủy"), then a rank and another post after a semicolon
    posts = _posts(
        "Ông Dương Văn Trang đã đảm nhiệm nhiều vị trí công tác như Ủy viên Ủy ban Quốc phòng và An ninh của "
        "Quốc hội khóa XII; Thường vụ Tỉnh ủy, Đại tá, Chỉ huy trưởng Bộ Chỉ huy Quân sự tỉnh Gia Lai."
    )
    assert ("standing_member", "party_committee") in posts["Duong Van Trang"]
    assert ("member", "national_assembly") in posts["Duong Van Trang"]
    # the full wording reads as before: one standing member's post, no other
    assert _posts("Ông Lê Văn Nam, Ủy viên Ban Thường vụ Tỉnh ủy, Chủ tịch UBND tỉnh dự lễ.")[
        "Le Van Nam"
    ] == {
        ("standing_member", "party_committee"),
        ("chair", "peoples_committee"),
    }
