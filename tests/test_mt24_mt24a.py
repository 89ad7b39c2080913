"""Helper mt24a's fixes of stop 33 (silver/mt24, corrections-mt24a.txt): each case fails without its change."""

import pytest

from kg.extract import extract
from kg.model import Article


def _posts(text: str, lang: str) -> dict[str, set[tuple]]:
    x = extract(Article("t", text, lang=lang))
    return {o.name: {(p.role, p.body.org, p.body.level) for p in o.positions} for o in x.officials}


# a body moves the official named before, by honorific and given name, to a post: the post is that official's
# (u-mt24ar-03: 'قام المكتب السياسي بنقل السيد هاي لتولي منصب نائب رئيس اللجنة الاقتصادية المركزية')
@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "ar",
            "انتُخب السيد نجو دونغ هاي أمينًا للجنة الحزب في مقاطعة تاي بينه. في مارس 2016، قام المكتب السياسي "
            "بنقل السيد هاي لتولي منصب نائب رئيس اللجنة الاقتصادية المركزية.",
        ),
        (
            "en",
            "Mr. Ngo Dong Hai was elected Secretary of the Thai Binh Provincial Party Committee. In March 2016, the "
            "Politburo transferred Mr. Hai to hold the position of Deputy Head of the Central Economic Commission.",
        ),
        (
            "fr",
            "M. Ngo Dong Hai a été élu secrétaire du Comité provincial du Parti de Thai Binh. En mars 2016, le Bureau "
            "politique a muté M. Hai au poste de chef adjoint de la Commission économique centrale.",
        ),
        (
            "es",
            "El Sr. Ngo Dong Hai fue elegido secretario del Comité Provincial del Partido de Thai Binh. En marzo de "
            "2016, el Politburó trasladó al Sr. Hai para ocupar el cargo de subjefe de la Comisión Económica Central.",
        ),
        (
            "de",
            "Herr Ngo Dong Hai wurde zum Sekretär des Provinzparteikomitees Thai Binh gewählt. Im März 2016 versetzte "
            "das Politbüro Herrn Hai auf den Posten des stellvertretenden Leiters der Zentralen Wirtschaftskommission.",
        ),
    ],
)
def test_a_body_moves_the_official_named_before_by_given_name_to_a_post(lang, text):
    assert ("deputy_head", "party_commission", "central") in _posts(text, lang)["Ngo Dong Hai"]


def test_a_lowercase_word_after_the_honorific_is_no_given_name():
    text = (
        "Mr. Ngo Dong Hai was elected Secretary of the Thai Binh Provincial Party Committee. In March 2016, the "
        "Politburo transferred Mr. hai to hold the position of Deputy Head of the Central Economic Commission."
    )
    assert ("deputy_head", "party_commission", "central") not in _posts(text, "en")["Ngo Dong Hai"]


def _places(text: str, lang: str) -> dict[str, set[tuple]]:
    x = extract(Article("t", text, lang=lang))
    return {o.name: {(p.role, p.body.place) for p in o.positions} for o in x.officials}


# an article listing several provinces' meetings: a provincial post that writes no place is of the province whose
# meeting the sentence names before the name, not the one the article names most (u-mt24ar-01, u-vi-1008)
@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "ar",
            "في 21 أكتوبر، وخلال المؤتمر الأول للجنة التنفيذية للحزب في مقاطعة نينه بينه، أعيد انتخاب الرفيقة نجوين ثي "
            "ثو ها لتولي منصب أمين لجنة الحزب الإقليمية. في 26 سبتمبر، في المؤتمر السابع عشر لمندوبي الحزب في مقاطعة "
            "لانغ سون، أعيد انتخاب الرفيقة لام ثي فونغ ثانه أمينةً للجنة الحزب في مقاطعة لانغ سون. وتضم مقاطعة لانغ سون "
            "11 منطقة.",
        ),
        (
            "vi",
            "Ngày 21/10, tại Hội nghị lần thứ nhất Ban Chấp hành Đảng bộ tỉnh Ninh Bình, đồng chí Nguyễn Thị Thu Hà "
            "tiếp tục được bầu giữ chức Bí thư Tỉnh ủy. Ngày 26/9, tại Đại hội đại biểu Đảng bộ tỉnh Lạng Sơn, đồng chí "
            "Lâm Thị Phương Thanh tái đắc cử Bí thư Tỉnh ủy Lạng Sơn. Tỉnh Lạng Sơn có 11 huyện.",
        ),
        (
            "pl",
            "21 października, podczas pierwszej konferencji Komitetu Wykonawczego Komitetu Partii prowincji Ninh Binh, "
            "towarzyszka Nguyen Thi Thu Ha została ponownie wybrana na sekretarza Prowincjonalnego Komitetu Partii. 26 "
            "września, na XVII Zjeździe Komitetu Partii prowincji Lang Son, towarzyszka Lam Thi Phuong Thanh została "
            "ponownie wybrana na sekretarza Komitetu Partii prowincji Lang Son. Prowincja Lang Son ma 11 dystryktów.",
        ),
    ],
)
def test_a_post_without_place_is_of_the_province_whose_meeting_the_sentence_names(lang, text):
    assert _places(text, lang)["Nguyen Thi Thu Ha"] == {("secretary", "Ninh Binh")}


def test_a_sentence_naming_two_provinces_keeps_the_articles_province():
    text = (
        "At the working session of the Party Committee of Ninh Binh province with the delegation of Lang Son "
        "province, Comrade Nguyen Thi Thu Ha, Secretary of the Provincial Party Committee, spoke. Lang Son has 11 "
        "districts. Lang Son is a border province."
    )
    assert _places(text, "en")["Nguyen Thi Thu Ha"] == {("secretary", "Lang Son")}


# a congress's n-th working day with the pronoun glued (u-mt24ar-04: 'دخل مؤتمر ... يوم عمله الثالث'): the day named
# is that day of a congress that opened the days before
def test_the_congress_entered_its_third_working_day_ar():
    text = (
        "صباح يوم 25 سبتمبر، دخل مؤتمر مندوبي الحزب السابع لمقاطعة با ريا - فونغ تاو، للفترة 2020-2025، يوم عمله "
        "الثالث."
    )
    x = extract(Article("t", text, lang="ar"))
    assert [m.date for m in x.meetings] == ["2020-09-23"]


# the definite 'الرئيس' (the State President's row, other/central) before a body: the chair of that body at the
# body's level, its place after it read (u-mt24ar-02: 'الرئيس السابق لمجلس الشعب في مقاطعة جيا لاي' was central)
@pytest.mark.parametrize(
    ("title", "post"),
    [
        ("الرئيس السابق لمجلس الشعب في مقاطعة جيا لاي", ("chair", "peoples_council", "provincial")),
        ("الرئيس السابق للجنة الشعبية في مقاطعة جيا لاي", ("chair", "peoples_committee", "provincial")),
        ("الرئيس للجمعية الوطنية", ("chair", "national_assembly", "central")),
    ],
    ids=["council", "committee", "assembly"],
)
def test_the_definite_president_of_a_body_takes_the_bodys_level(title, post):
    text = f"وحضر الاجتماع الرفيق دونغ فان ترانغ، {title}."
    assert _posts(text, "ar")["Duong Van Trang"] == {post}


# a clause after a semicolon opening with 'ثم تولى مهام' (then took on the duties of), its subject dropped: the posts
# are the official's named before (u-mt24ar-05, vi 'sau đó giữ nhiệm vụ Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh')
def test_then_took_on_the_duties_of_after_a_semicolon_ar():
    text = (
        "وقبل نقله، شغل السيد نجوين خاك ثان مناصب مدير إدارة الشؤون الداخلية، وأمين لجنة الحزب في مقاطعة تاي بينه "
        "(السابقة)؛ ثم تولى مهام نائب أمين لجنة الحزب الإقليمية ورئيس اللجنة الشعبية لمقاطعة هونغ ين (الجديدة) للفترة "
        "2021-2026."
    )
    x = extract(Article("t", text, lang="ar"))
    posts = {(p.role, p.body.org, p.body.place) for o in x.officials for p in o.positions}
    assert {
        ("deputy_secretary", "party_committee", "Hung Yen"),
        ("chair", "peoples_committee", "Hung Yen"),
    } <= posts


# a leader congratulates the people elected to posts: the posts are theirs, not the leader's (u-mt24pl-01: 'Trinh Van
# Chien pogratulował osobom wybranym na stanowiska wiceprzewodniczącego i członka Prowincjonalnego Komitetu Ludowego')
@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "pl",
            "Przewodniczący Prowincjonalnej Rady Ludowej Trinh Van Chien pogratulował osobom wybranym na stanowiska "
            "wiceprzewodniczącego i członka Prowincjonalnego Komitetu Ludowego.",
        ),
        (
            "en",
            "Chairman of the Provincial People's Council Trinh Van Chien congratulated those elected to the positions of "
            "Vice Chairman and member of the Provincial People's Committee.",
        ),
        (
            "fr",
            "Le président du Conseil populaire provincial Trinh Van Chien a félicité les personnes élues aux postes de "
            "vice-président et de membre du Comité populaire provincial.",
        ),
        (
            "ar",
            "وهنأ رئيس مجلس الشعب الإقليمي ترينه فان تشين الأشخاص المنتخبين لمناصب نائب رئيس وعضو اللجنة الشعبية "
            "الإقليمية.",
        ),
    ],
)
def test_the_people_a_leader_congratulates_hold_the_posts_they_were_elected_to(lang, text):
    assert _posts(text, lang)["Trinh Van Chien"] == {("chair", "peoples_council", "provincial")}


# Trung ương written TƯ, no dot, after a central commission's name (u-vi-1093: 'Phó trưởng Ban Kinh tế TƯ')
@pytest.mark.parametrize("body", ["Ban Kinh tế TƯ", "Ban Tổ chức TƯ", "Ban Nội chính T.Ư"])
def test_a_central_commission_written_with_tu(body):
    text = f"Ông Ngô Đông Hải, Phó trưởng {body}, dự hội nghị."
    assert _posts(text, "vi")["Ngo Dong Hai"] == {("deputy_head", "party_commission", "central")}


# the executive's first sitting named in the lead with its term, then dated after the congress's sentence: one
# meeting, dated to its day (u-mt24ar-04's first five paragraphs: a spurious '2020' beside 2020-09-24)
_AR04 = (
    "(Chinhphu.vn) - في الجلسة الأولى للجنة التنفيذية للحزب في مقاطعة با ريا - فونغ تاو للدورة السابعة، "
    "للفترة 2020-2025، انتخبت اللجنة التنفيذية الرفيق فام فيت ثانه، عضو اللجنة المركزية للحزب، أمين لجنة "
    "الحزب الإقليمية للدورة السادسة، للفترة 2015-2020، لمواصلة شغل منصب أمين لجنة الحزب الإقليمية للدورة "
    "السابعة، للفترة 2020-2025.\n"
    "الرفيق فام فيت ثانه يواصل منصبه أمينًا للجنة الحزب في مقاطعة با ريا - فونغ تاو. الصورة: "
    "bariavungtau.com.vn\n"
    "صباح يوم 25 سبتمبر، دخل مؤتمر مندوبي الحزب السابع لمقاطعة با ريا - فونغ تاو، للفترة 2020-2025، يوم "
    "عمله الثالث. وفي مستهل جلسة العمل، استمع المؤتمر إلى إعلان نتائج الجلسة الأولى للجنة التنفيذية للحزب"
    " الإقليمية للدورة السابعة بشأن انتخاب اللجنة الدائمة للجنة الحزب الإقليمية، وأمين لجنة الحزب "
    "الإقليمية، ونواب الأمين، ولجنة التفتيش التابعة للجنة الحزب الإقليمية ورئيسها للدورة السابعة.\n"
    "وبناءً على ذلك، ففي الجلسة الأولى للجنة التنفيذية للحزب الإقليمية للدورة السابعة، التي عقدت بعد ظهر "
    "يوم 24 سبتمبر، انتخبت اللجنة التنفيذية 15 رفيقًا لعضوية اللجنة الدائمة للجنة الحزب الإقليمية. وواصل "
    "الرفيق فام فيت ثانه، عضو اللجنة المركزية للحزب، أمين لجنة الحزب الإقليمية للدورة السادسة، للفترة "
    "2015-2020، انتخابه لشغل منصب أمين لجنة الحزب الإقليمية للدورة السابعة، للفترة 2020-2025.\n"
    "وانتُخبت الرفيقة نجوين ثي ين والرفيق نجوين فان ثو نائبين لأمين لجنة الحزب الإقليمية. كما انتُخب 10 "
    "رفاق لعضوية لجنة التفتيش التابعة للجنة الحزب الإقليمية، وانتُخب الرفيق فو فان دونغ رئيسًا للجنة "
    "التفتيش التابعة للجنة الحزب الإقليمية."
)


def test_a_first_sitting_named_twice_is_one_meeting_ar():
    x = extract(Article("t", _AR04, lang="ar"))
    assert sorted(m.date for m in x.meetings) == ["2020-09-23", "2020-09-24"]


# the same after the name in apposition: a plural the title link follows, after the name's verb
@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "es",
            "El presidente del Consejo Popular provincial, Trinh Van Chien, felicitó a las personas elegidas para los "
            "cargos de vicepresidente y miembro del Comité Popular provincial.",
        ),
        (
            "en",
            "The Chairman of the Provincial People's Council, Trinh Van Chien, congratulated the comrades elected to the "
            "positions of Vice Chairman and member of the Provincial People's Committee.",
        ),
    ],
)
def test_the_people_congratulated_after_an_apposition_hold_their_posts(lang, text):
    assert _posts(text, lang)["Trinh Van Chien"] == {("chair", "peoples_council", "provincial")}


def test_a_plural_title_in_apposition_stays_the_names():
    text = (
        "Comrades Nguyen Van A and Tran Van B, members of the Provincial Party Standing Committee, attended."
    )
    posts = _posts(text, "en")
    assert (
        posts["Nguyen Van A"] == posts["Tran Van B"] == {("standing_member", "party_committee", "provincial")}
    )


# pl: an apposition in the dative after a name, its 'new' modifier agreeing ('panu A, nowemu sekretarzowi ...'): the
# name's own title, no act on it
@pytest.mark.parametrize("modifier", ["nowemu", "nowo wybranemu"])
def test_a_new_holders_apposition_in_the_dative_pl(modifier):
    text = (
        "Sekretarz Prowincjonalnego Komitetu Partii Dang Xuan Phong wręczył kwiaty panu Tran Huy Tuanowi, "
        f"{modifier} sekretarzowi Prowincjonalnego Komitetu Partii Ninh Binh."
    )
    assert _posts(text, "pl")["Tran Huy Tuan"] == {("secretary", "party_committee", "provincial")}


# a clause after a semicolon opening with 'then' and a verb dropping its subject: the posts are the official's named
# before (u-vi-1176, the source of u-mt24ar-05: '...; sau đó giữ nhiệm vụ Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh')
@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "vi",
            "Ông Nguyễn Khắc Thận từng làm Giám đốc Sở Nội vụ, Bí thư Tỉnh ủy Thái Bình (cũ); sau đó giữ nhiệm vụ Phó "
            "Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh Hưng Yên (mới) nhiệm kỳ 2021-2026.",
        ),
        (
            "ar",
            "شغل السيد نجوين خاك ثان منصب أمين لجنة الحزب في مقاطعة تاي بينه؛ وبعد ذلك تولى منصب رئيس اللجنة الشعبية "
            "لمقاطعة هونغ ين.",
        ),
    ],
)
def test_then_and_a_dropped_subject_after_a_semicolon(lang, text):
    x = extract(Article("t", text, lang=lang))
    posts = {(p.role, p.body.org, p.body.place) for o in x.officials for p in o.positions}
    assert ("chair", "peoples_committee", "Hung Yen") in posts


def test_the_congress_on_its_third_day_of_sittings_pl():
    text = (
        "Rankiem 25 września, w trzecim dniu obrad, XVII Zjazd Komitetu Partii prowincji Ba Ria-Vung Tau na kadencję "
        "2020–2025 ogłosił wyniki."
    )
    x = extract(Article("t", text, lang="pl"))
    assert [m.date for m in x.meetings] == ["2020-09-23"]


# a guest delegation's province in the meeting clause places no post of the host (review20 Low 1 on 8b1d1392)
@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "en",
            "Lang Son province welcomed guests. Lang Son is a border province. At the working session with the "
            "delegation of Cao Bang province, Secretary of the Provincial Party Committee Nguyen Van An welcomed the "
            "guests.",
        ),
        (
            "vi",
            "Tỉnh Lạng Sơn đón khách. Lạng Sơn là tỉnh biên giới. Tại buổi làm việc với đoàn công tác tỉnh Cao Bằng, "
            "Bí thư Tỉnh ủy Nguyễn Văn An chào mừng đoàn.",
        ),
        (
            "ar",
            "استقبلت مقاطعة لانغ سون الضيوف. لانغ سون مقاطعة حدودية. وفي جلسة العمل مع وفد مقاطعة كاو بانغ، رحب أمين "
            "لجنة الحزب الإقليمية نجوين فان آن بالضيوف.",
        ),
    ],
)
def test_a_guest_delegations_province_places_no_post_of_the_host(lang, text):
    assert _places(text, lang)["Nguyen Van An"] == {("secretary", "Lang Son")}
