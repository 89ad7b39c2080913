"""mt20c (stop 31): kg faults of the blind cross-translations silver/mt20/u-mt20*-21..27, each a construction machine
translation writes again, in every language where it exists."""

import pytest

from kg.extract import extract
from kg.model import Article


def _posts(lang: str, text: str) -> dict[str, set[tuple[str, str, str | None]]]:
    x = extract(Article("t", text, lang=lang))
    return {o.name: {(p.role, p.body.org, p.body.level) for p in o.positions} for o in x.officials}


# 1. a military region (Quân khu) is a body of no level: its commander's deputy is deputy_head of other, level null
#    (dev pl-013 "zastępca dowódcy 1. Regionu Wojskowego"; silver u-es-0012 "miembro del Comité partidista de la
#    Región Militar 2", party_committee of no level)
_REGION = [
    ("en", "Also attending was Major General Nguyen Van Lich, Deputy Commander of Military Region 1."),
    (
        "fr",
        "Était également présent le général de division Nguyen Van Lich, commandant adjoint de la Région militaire 1.",
    ),
    ("es", "También asistió el general de división Nguyen Van Lich, subcomandante de la Región Militar 1."),
    (
        "de",
        "Ebenfalls anwesend war Generalmajor Nguyen Van Lich, stellvertretender Kommandeur der Militärregion 1.",
    ),
    ("de", "Anwesend war Generalmajor Nguyen Van Lich, Stellvertretender Befehlshaber der Militärregion 1."),
    ("pl", "Obecny był także generał dywizji Nguyen Van Lich, zastępca dowódcy 1. Regionu Wojskowego."),
    ("ar", "وحضر أيضًا اللواء نجوين فان ليتش، نائب قائد المنطقة العسكرية الأولى."),
    ("vi", "Dự hội nghị có Thiếu tướng Nguyễn Văn Lịch, Phó Tư lệnh Quân khu 1."),
]


@pytest.mark.parametrize(("lang", "text"), _REGION)
def test_a_military_region_has_no_level(lang, text):
    assert _posts(lang, text)["Nguyen Van Lich"] == {("deputy_head", "other", None)}


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "es",
            "Asimismo, Pham Dai Duong fue designado miembro del Comité partidista de la Región Militar 2.",
        ),
        ("vi", "Ông Phạm Đại Dương được chỉ định tham gia làm Ủy viên Đảng ủy Quân khu 2."),
    ],
)
def test_the_party_committee_of_a_military_region_has_no_level(lang, text):
    assert _posts(lang, text)["Pham Dai Duong"] == {("member", "party_committee", None)}


def test_a_military_region_belongs_to_no_province():
    # silver u-es-0012: the party committee of Military Region 2 has no place, though the article is Phu Tho's
    text = (
        "Pham Dai Duong, secretario del Comité Provincial del Partido de Phu Tho, fue designado miembro del Comité "
        "partidista de la Región Militar 2."
    )
    x = extract(Article("t", text, lang="es"))
    places = {(p.role, p.body.level, p.body.place) for o in x.officials for p in o.positions}
    assert places == {("secretary", "provincial", "Phu Tho"), ("member", None, None)}


def test_a_military_region_of_another_clause_leaves_the_title_its_level():
    # silver vi-officials u-vi-1076: the region is the body of the second appointment, not of the provincial secretary
    text = (
        "Trưởng Ban Tổ chức Trung ương đã trao quyết định điều động, chỉ định ông Nguyễn Hồ Hải giữ chức Bí thư "
        "Tỉnh ủy Cà Mau và chỉ định tham gia Đảng ủy Quân khu 9 nhiệm kỳ 2020 - 2025."
    )
    assert ("secretary", "party_committee", None) not in _posts("vi", text).get("Nguyen Ho Hai", set())


def test_a_provincial_military_command_keeps_its_level():
    text = "Major General Tran Van Nam, Secretary of the Provincial Party Committee, Commander of the Provincial Military Command."
    assert ("other", "other", "provincial") in _posts("en", text)["Tran Van Nam"]


# 2. en: the Central Ideology and Culture Committee (Ban Tư tưởng - Văn hóa Trung ương) is the Propaganda Commission
@pytest.mark.parametrize(
    "body",
    ["Central Ideology and Culture Committee", "Central Ideological and Cultural Commission"],
)
def test_en_ideology_and_culture_is_a_party_commission(body):
    text = f"Also attending were Nguyen Khoa Diem, former Head of the {body}; Le Hoai Trung, Secretary of the Party Central Committee."
    assert ("head", "party_commission", "central") in _posts("en", text)["Nguyen Khoa Diem"]


def test_en_a_councils_culture_committee_stays_the_councils():
    text = (
        "Nguyen Khoa Diem, Head of the Culture and Social Committee of the Provincial People's Council, said."
    )
    assert _posts("en", text)["Nguyen Khoa Diem"] == {("head", "peoples_council", "provincial")}


# 3. two heads of a council's committees, the council written once after the second: the first committee, of a name
#    the grammar does not read ("Economic and Budget Committee", "Wirtschafts- und Haushaltsausschuss", vi "Ban Kinh
#    tế - Ngân sách"), gave its head no post at all (u-mt20de-27; dev pl-010's Polish was read already)
_HEAD_COUNCIL = {("head", "peoples_council", "provincial")}
_SHARED = [
    (
        "de",
        "Gleichzeitig wurde Frau Vu Hong Nhu Yen zur Leiterin des Wirtschafts- und Haushaltsausschusses und Frau Tran "
        "Thi Huynh Dao zur Leiterin des Kultur- und Sozialausschusses des Provinzvolksrats ernannt.",
    ),
    (
        "en",
        "At the same time, Ms. Vu Hong Nhu Yen was appointed Head of the Economic and Budget Committee and Ms. Tran "
        "Thi Huynh Dao was appointed Head of the Culture and Social Committee of the Provincial People's Council.",
    ),
    (
        "vi",
        "Đồng thời, bà Vũ Hồng Như Yến được bổ nhiệm giữ chức Trưởng Ban Kinh tế - Ngân sách, bà Trần Thị Huỳnh Đào "
        "giữ chức Trưởng Ban Văn hóa - Xã hội HĐND tỉnh.",
    ),
    (
        "pl",
        "Jednocześnie pani Vu Hong Nhu Yen została wyznaczona na stanowisko przewodniczącej Komisji Ekonomicznej i "
        "Budżetowej, a pani Tran Thi Huynh Dao na stanowisko przewodniczącej Komisji Kulturalnej i Społecznej Rady "
        "Ludowej Prowincji.",
    ),
]


@pytest.mark.parametrize(("lang", "text"), _SHARED)
def test_the_council_written_after_the_second_committee_owns_the_first(lang, text):
    posts = _posts(lang, text)
    assert posts["Vu Hong Nhu Yen"] == _HEAD_COUNCIL
    assert posts["Tran Thi Huynh Dao"] == _HEAD_COUNCIL


def test_a_committee_head_before_another_post_is_not_the_councils():
    # the next name holds no committee of a council: the first keeps no post
    text = (
        "Gleichzeitig wurde Frau Vu Hong Nhu Yen zur Leiterin des Wirtschaftsausschusses und Frau Tran Thi Huynh Dao "
        "zur Vorsitzenden des Provinzvolkskomitees ernannt."
    )
    assert ("head", "peoples_council", "provincial") not in _posts("de", text).get("Vu Hong Nhu Yen", set())


# 4. gapping: the appointing verb of the first name left out before the second, its post written right after it in
#    lower case or with no separator ("et Mme B cheffe de ...", "y la señora B jefa de ...", "and Ms. B Head of ...")
_GAPPED = [
    (
        "fr",
        "Parallèlement, Mme Vu Hong Nhu Yen a été nommée cheffe de la Commission économique et budgétaire et Mme Tran "
        "Thi Huynh Dao cheffe de la Commission culturelle et sociale du Conseil populaire provincial.",
    ),
    (
        "es",
        "Al mismo tiempo, la señora Vu Hong Nhu Yen fue designada jefa de la Comisión Económica y Presupuestaria y la "
        "señora Tran Thi Huynh Dao jefa de la Comisión Cultural y Social del Consejo Popular Provincial.",
    ),
    (
        "en",
        "At the same time, Ms. Vu Hong Nhu Yen was appointed Head of the Economic and Budget Committee and Ms. Tran "
        "Thi Huynh Dao Head of the Culture and Social Committee of the Provincial People's Council.",
    ),
]


@pytest.mark.parametrize(("lang", "text"), _GAPPED)
def test_the_second_name_of_a_gapped_appointment_holds_the_post_after_it(lang, text):
    posts = _posts(lang, text)
    assert posts["Vu Hong Nhu Yen"] == _HEAD_COUNCIL
    assert posts["Tran Thi Huynh Dao"] == _HEAD_COUNCIL


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "en",
            "Mr. Nguyen Van An was appointed Director of the Department of Finance and Mr. Tran Van Binh said the "
            "work was good.",
        ),
        (
            "fr",
            "M. Nguyen Van An a été nommé directeur du Service des finances et M. Tran Van Binh a félicité le "
            "nouveau directeur.",
        ),
    ],
)
def test_a_second_name_with_a_verb_of_its_own_takes_no_gapped_post(lang, text):
    assert not _posts(lang, text).get("Tran Van Binh")


# 5. a post written right after the name with no separator (an uncased script, a capital, an electing verb's object)
#    whose body is a committee the grammar reads no name of, its council further on than the role's reach ("تم تعيين
#    السيدة B رئيسة للجنة الثقافية والاجتماعية في مجلس الشعب الإقليمي", "elected Mr. B Head of the Economic and Budget
#    Committee of the Provincial People's Council")
@pytest.mark.parametrize(
    ("lang", "text", "name"),
    [
        (
            "ar",
            "وفي الوقت نفسه، تم تعيين السيدة تران ثي هوينه داو رئيسة للجنة الثقافية والاجتماعية في مجلس الشعب الإقليمي.",
            "Tran Thi Huynh Dao",
        ),
        (
            "ar",
            "وفي الوقت نفسه، تم تعيين السيدة تران ثي هوينه داو رئيسة للجنة الثقافية والاجتماعية التابعة لمجلس الشعب "
            "الإقليمي.",
            "Tran Thi Huynh Dao",
        ),
        (
            "en",
            "The council elected Mr. Tran Van Binh Head of the Economic and Budget Committee of the Provincial People's "
            "Council.",
            "Tran Van Binh",
        ),
    ],
)
def test_a_post_right_after_the_name_of_a_committee_of_no_name(lang, text, name):
    assert _posts(lang, text)[name] == _HEAD_COUNCIL


def test_ar_two_heads_of_a_councils_committees_as_accusative_predicates():
    text = (
        "وفي الوقت نفسه، تم تعيين السيدة فو هونغ نهو ين رئيسة للجنة الاقتصادية والميزانية، والسيدة تران ثي هوينه داو "
        "رئيسة للجنة الثقافية والاجتماعية التابعة لمجلس الشعب الإقليمي."
    )
    posts = _posts("ar", text)
    assert posts["Vu Hong Nhu Yen"] == _HEAD_COUNCIL
    assert posts["Tran Thi Huynh Dao"] == _HEAD_COUNCIL
