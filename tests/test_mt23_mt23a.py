"""mt23a (stop 32): blind Arabic and Polish retellings of unannotated vi-officials articles and dev articles
(silver/mt23, corrections-mt23a.txt).

- 'برئاسة' (headed by) after a body, in a clause that names no meeting, heads that body, as 'ويرأسها' does
  ('وتضم لجنة التفتيش ... 13 عضوًا برئاسة السيد A', vi 'Ủy ban Kiểm tra Tỉnh ủy có 13 thành viên, do ông A làm Chủ
  nhiệm'); a heading wording with no body before it in the sentence heads nothing ('في صباح يوم 13 ديسمبر، برئاسة
  الرفاق: A؛ B؛ واصل مجلس الشعب الإقليمي ...': the session's chairs, dev ar-016).
- The feminine election verb 'انتُخبت' links a list of names to the plural post after it ('انتُخبت السيدة A، t1،
  والسيد B، t2، نوابًا لأمين ...'), as the masculine 'انتُخب' does.
- 'الافتتاح الرسمي للمؤتمر ...' (vi 'Chính thức khai mạc Đại hội'): the opening's masdar with the meeting after its
  preposition names the meeting, as 'افتتاح المؤتمر' does.
"""

from kg.extract import extract
from kg.model import Article


def _x(text: str, lang: str = "ar"):
    return extract(Article("t", text, lang=lang))


def _posts(x) -> dict[str, set[tuple[str, str]]]:
    return {o.name: {(p.role, p.body.org) for p in o.positions} for o in x.officials}


HEADED = (
    "وبناءً على ذلك، تتألف اللجنة التنفيذية للجنة الحزب في المقاطعة من 68 عضوًا. وتضم لجنة التفتيش التابعة للجنة "
    "الحزب الإقليمية 13 عضوًا برئاسة السيد نجوين هونغ فونغ."
)


def test_ar_headed_by_after_a_body_heads_it_and_chairs_no_meeting():
    x = _x(HEADED)
    assert _posts(x)["Nguyen Hung Vuong"] == {("chair", "party_commission")}
    assert not any(m.chairs for m in x.meetings)


def test_ar_headed_by_with_no_body_before_it_still_names_the_chairs():
    x = _x(
        "في صباح يوم 13 ديسمبر 2024، برئاسة الرفاق: لاي ذا نجوين، نائب الأمين الدائم للجنة الحزب الإقليمية، رئيس "
        "مجلس الشعب الإقليمي؛ لي تيان لام، نائب الرئيس الدائم لمجلس الشعب الإقليمي؛ واصل مجلس الشعب الإقليمي يومه "
        "الثاني من العمل."
    )
    assert [m.chairs for m in x.meetings] == [["Lai The Nguyen", "Le Tien Lam"]]


def test_ar_a_meeting_presided_over_keeps_its_chair():
    x = _x(
        "وعقدت اللجنة الشعبية الإقليمية صباح اليوم 5 مارس 2025 اجتماعا برئاسة السيد فام كوانغ نغوك، رئيس اللجنة "
        "الشعبية الإقليمية."
    )
    assert [m.chairs for m in x.meetings] == [["Pham Quang Ngoc"]]


ELECTED_SHE = (
    "وعلى وجه التحديد، انتُخبت السيدة ترينه ثي مينه ثانه، نائبة الأمين الدائم للجنة الحزب الإقليمية، رئيسة مجلس "
    "الشعب الإقليمي، والسيد بوي فان خانغ، رئيس اللجنة الشعبية الإقليمية، والسيد فو كويت تيان، عضو اللجنة الدائمة "
    "للجنة الحزب الإقليمية، نوابًا لأمين اللجنة الحزبية الإقليمية للدورة السادسة عشرة."
)


def test_ar_feminine_election_verb_gives_the_listed_names_the_plural_post():
    posts = _posts(_x(ELECTED_SHE))
    for name in ("Trinh Thi Minh Thanh", "Bui Van Khang", "Vu Quyet Tien"):
        assert ("deputy_secretary", "party_committee") in posts[name], name
    assert ("standing_deputy_secretary", "party_committee") in posts["Trinh Thi Minh Thanh"]


def test_ar_official_opening_of_the_congress_names_it():
    x = _x(
        "الافتتاح الرسمي للمؤتمر الأول للجنة الحزب في مقاطعة دونغ ناي للفترة 2025-2030\n\n"
        "تشرّف المؤتمر بتلقي سلال الزهور تهنئةً من قادة الحزب والدولة."
    )
    assert [(m.kind, m.date, m.organizer.org) for m in x.meetings] == [
        ("congress", "2025", "party_committee")
    ]


def test_ar_official_opening_of_the_session_names_it():
    x = _x("الافتتاح الرسمي للدورة العاشرة لمجلس الشعب الإقليمي في مقاطعة دونغ ناي.")
    assert [(m.kind, m.organizer.org) for m in x.meetings] == [("session", "peoples_council")]
