"""Lists of officials given as dash or bullet lines after a header ending in a colon
(``kg.extract.lists.bullet_titles``, cue kind ``members_list``): each line is an item of the header's
list, its name holds the header's role of the header's body besides its own titles."""

from __future__ import annotations

import pytest

from tests.helpers import extracted

END = "\nThe meeting closed in the afternoon."  # the last sentence of an article may be cut off mid-title


def posts(text: str, lang: str) -> dict[str, set[tuple[str, str, str | None]]]:
    officials = extracted(text + END, lang=lang).officials
    return {o.name: {(p.role, p.body.org, p.body.level) for p in o.positions} for o in officials}


POLITBURO = ("member", "politburo", "central")


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        # the header's sentence before names the body and its members ("besteht ... aus 15 Mitgliedern")
        (
            "de",
            "Nach der Wahl besteht das Politbüro nun aus 15 Mitgliedern. Im Einzelnen sind dies:\n"
            "– Premierminister Pham Minh Chinh.\n"
            "– Verteidigungsminister Phan Van Giang.\n",
        ),
        (
            "en",
            "The Politburo is now composed of 15 members:\n"
            "- Prime Minister Pham Minh Chinh;\n"
            "- Minister of National Defence Phan Van Giang.\n",
        ),
        (
            "pl",
            "W skład Biura Politycznego wchodzą przywódcy partii i państwa. Lista obejmuje:\n"
            "- Pan Pham Minh Chinh, premier\n"
            "- Pan Phan Van Giang, minister obrony narodowej\n",
        ),
        (
            "vi",
            "Bộ Chính trị khóa XIII gồm 15 đồng chí:\n\n"
            "- Đồng chí Phạm Minh Chính, Thủ tướng Chính phủ;\n\n"
            "- Đồng chí Phan Văn Giang, Bộ trưởng Bộ Quốc phòng.\n",
        ),
        # a header naming neither role nor body after a sentence counting the body's members
        (
            "en",
            "The Politburo now has 16 members. They are:\n"
            "- Prime Minister Pham Minh Chinh;\n"
            "- Minister of National Defence Phan Van Giang.\n",
        ),
        # numbered items
        (
            "vi",
            "Bộ Chính trị khóa XIV gồm 16 đồng chí:\n"
            "1. Đồng chí Phạm Minh Chính, Thủ tướng Chính phủ;\n"
            "2. Đồng chí Phan Văn Giang, Bộ trưởng Bộ Quốc phòng.\n",
        ),
        # the header's own role and body ("Members of the Politburo:")
        (
            "fr",
            "Les membres du Bureau politique sont :\n"
            "- Le Premier ministre Pham Minh Chinh ;\n"
            "- Le ministre de la Défense nationale Phan Van Giang.\n",
        ),
    ],
)
def test_the_members_of_a_body_listed_after_a_header(lang, text):
    found = posts(text, lang)
    for name in ("Pham Minh Chinh", "Phan Van Giang"):
        assert POLITBURO in found[name], (name, found)
    # a line's own titles stay its own
    assert ("prime_minister", "government", "central") in found["Pham Minh Chinh"]
    assert ("minister", "ministry", "central") in found["Phan Van Giang"]


def test_a_plural_role_in_the_header_takes_the_body_of_the_sentence_before():
    text = (
        "Pan Vo Van Minh, przewodniczący Rady Ludowej miasta Ho Chi Minh, pełni funkcję przewodniczącego "
        "komisji wyborczej.\n"
        "Wiceprezydenci to m.in.:\n"
        "- Pan Nguyen Manh Cuong, wiceprzewodniczący Komitetu Ludowego miasta Ho Chi Minh\n"
        "- Pan Tran Van Tuan, wiceprzewodniczący Rady Ludowej Ho Chi Minh City\n"
    )
    found = posts(text, "pl")
    assert found["Nguyen Manh Cuong"] == {
        ("vice_chair", "peoples_committee", "provincial"),
        ("vice_chair", "other", "provincial"),
    }
    assert ("vice_chair", "other", "provincial") in found["Tran Van Tuan"]
    # the chair named before the list is no item of it
    assert found["Vo Van Minh"] == {
        ("chair", "peoples_council", "provincial"),
        ("chair", "other", "provincial"),
    }


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        # a header that writes neither a role nor a members' cue: the lines keep their own titles only
        (
            "vi",
            "Ủy ban Kiểm tra Trung ương quyết định thi hành kỷ luật Cảnh cáo các đồng chí:\n\n"
            "- Phạm Minh Chính, Thủ tướng Chính phủ;\n\n- Phan Văn Giang, Bộ trưởng Bộ Quốc phòng.\n",
        ),
        # the body's members cue, but no header ending in a colon: no list
        (
            "en",
            "The Politburo is now composed of 15 members.\n"
            "- Prime Minister Pham Minh Chinh attended.\n- Minister of National Defence Phan Van Giang spoke.\n",
        ),
        # a body's cue that counts no people: what a text holds ("gồm các nội dung sau")
        (
            "vi",
            "Kết luận của Bộ Chính trị gồm các nội dung sau:\n"
            "1. Đồng chí Phạm Minh Chính, Thủ tướng Chính phủ, chỉ đạo.\n"
            "2. Đồng chí Phan Văn Giang, Bộ trưởng Bộ Quốc phòng, báo cáo.\n",
        ),
        # a role holder named beside the items (attending), not the items' role
        (
            "vi",
            "Tham dự có Chủ tịch UBND tỉnh và các đại biểu:\n"
            "- Đồng chí Phạm Minh Chính, Thủ tướng Chính phủ;\n"
            "- Đồng chí Phan Văn Giang, Bộ trưởng Bộ Quốc phòng.\n",
        ),
        # a header naming somebody: its role is that person's, not the items'
        (
            "en",
            "The Politburo is composed of 15 members. Prime Minister Nguyen Xuan Phuc said:\n"
            "- Minister of National Defence Phan Van Giang will lead the delegation.\n"
            "- Prime Minister Pham Minh Chinh will attend.\n",
        ),
    ],
)
def test_no_list_no_shared_post(lang, text):
    found = posts(text, lang)
    assert found["Pham Minh Chinh"] == {("prime_minister", "government", "central")}, found
    assert found["Phan Van Giang"] == {("minister", "ministry", "central")}, found


def test_names_joined_on_a_line_are_items_a_name_replaced_is_none():
    text = (
        "Ban Thường vụ Tỉnh ủy gồm 15 đồng chí:\n"
        "- Đồng chí Nguyễn Văn An và đồng chí Trần Văn Bình, Phó Bí thư Tỉnh ủy;\n"
        "- Đồng chí Lê Văn Cường, Chủ tịch UBND tỉnh, thay đồng chí Phạm Văn Dũng.\n"
    )
    found = posts(text, "vi")
    standing = ("standing_member", "party_committee", "provincial")
    assert all(standing in found[n] for n in ("Nguyen Van An", "Tran Van Binh", "Le Van Cuong")), found
    assert standing not in found.get("Pham Van Dung", set()), found
