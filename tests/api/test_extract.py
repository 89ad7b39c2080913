"""Each fact family in each pack language, on real sentences from the corpus."""

from __future__ import annotations

import pytest

from tests.helpers import assert_posts, case_rows, positions
from tests.helpers import extracted as run

# ---------------------------------------------------------------- officials and positions
AR = "ترأس المؤتمر الرفيق ماي فان توات، نائب الأمين الدائم للجنة الحزب الإقليمية ورئيس مجلس الشعب الإقليمي."
VI = (
    "Ngày 29-9, dưới sự chủ trì của đồng chí Đỗ Trọng Hưng, Ủy viên Trung ương Đảng, Bí thư Tỉnh ủy, "
    "Chủ tịch HĐND tỉnh và các đồng chí: Lại Thế Nguyên, Phó Bí thư Thường trực Tỉnh ủy, Trưởng đoàn "
    "ĐBQH tỉnh; Đỗ Minh Tuấn, Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh."
)


def _posts_table() -> list:
    """``tests/data/cases/posts.tsv``: one case a sentence, the posts of each official it names (all
    of them; each written after a ``+``, among them; after a ``!``, not among them, ``*`` for any
    part; ``none``: no post), and, on a line whose official is ``-``, that it names no other official."""
    cases: dict[str, tuple[str, bool, str, dict, dict, dict, list]] = {}
    for case, lang, name, posts, text in case_rows("posts.tsv"):
        c = cases.setdefault(case, (lang.rstrip("?"), lang.endswith("?"), text, {}, {}, {}, []))
        assert c[2] == text and name not in c[3] | c[4] | c[5], f"posts.tsv: {case} is two cases"
        if name == "-":
            c[6].append(True)
            continue
        for post in posts.split():
            if post == "none":
                c[3][name] = set()
            else:
                kind = {"+": 4, "!": 5}.get(post[0], 3)
                c[kind].setdefault(name, set()).add(tuple(post.lstrip("+!").split("/")))
    return [pytest.param(*c[:6], bool(c[6]), id=case) for case, c in cases.items()]


@pytest.mark.parametrize(("lang", "detected", "text", "want", "among", "absent", "only"), _posts_table())
def test_officials_and_positions(lang, detected, text, want, among, absent, only):
    assert_posts(lang, detected, text, want, among, absent, only)


@pytest.mark.parametrize(("text", "surface"), [(AR, "ماي فان توات"), (VI, "Đỗ Trọng Hưng")])
def test_an_official_keeps_the_name_as_written(text, surface):
    assert run(text).officials[0].surface == surface


def test_a_standing_deputy_secretary_listed_after_a_colon():
    assert ("standing_deputy_secretary", "party_committee", "provincial") in positions(
        run(VI), "Lai The Nguyen"
    )


def test_officials_and_positions_polish():
    x = run(
        "Konferencji przewodniczyli towarzysz Truong Thi Mai – członek Biura Politycznego , stały członek "
        "Sekretariatu, przewodniczący Centralnej Komisji Organizacyjnej i towarzysz Le Minh Hung – sekretarz "
        "Komitetu Centralnego Partii, szef Centralnego Biura Partii."
    )
    assert x.article.lang == "pl"
    assert ("member", "politburo", "central") in positions(x, "Truong Thi Mai")
    assert ("standing_member", "secretariat", "central") in positions(x, "Truong Thi Mai")
    # "Secretary of the Party Central Committee" is a member of the Secretariat (GOLD convention)
    assert ("member", "secretariat", "central") in positions(x, "Le Minh Hung")


def test_polish_case_endings_are_undone():
    x = run(
        "Kongres otrzymał gratulacje od przywódców: Sekretarza Generalnego To Lam, Premiera Pham Minh Chinha.",
        lang="pl",
    )
    assert {o.name for o in x.officials} == {"To Lam", "Pham Minh Chinh"}
    assert positions(x, "Pham Minh Chinh") == {("prime_minister", "government", "central")}


def test_words_that_look_like_names_are_not_officials():
    x = run("Đảng Cộng sản Việt Nam và Ban Thường vụ Tỉnh ủy Yên Bái đã ban hành Chỉ thị số 17.")
    assert x.officials == []


# ---------------------------------------------------------------- meetings and chairs
@pytest.mark.parametrize(
    ("text", "url", "date", "chairs"),
    [
        (
            "في صباح يوم 1 فبراير، عقدت اللجنة الدائمة للجنة الحزب الإقليمية مؤتمرا لمراجعة عمل شهر يناير ونشر "
            "المهام الرئيسية لشهر فبراير 2024. ترأس المؤتمر الرفيق ماي فان توات، نائب الأمين الدائم للجنة الحزب الإقليمية.",
            None,
            "2024-02-01",
            ["Mai Van Tuat"],
        ),
        (
            "Rano 6 września premier Pham Minh Chinh przewodniczył regularnemu posiedzeniu rządu zaplanowanemu "
            "na sierpień 2025 r.",
            None,
            "2025-09-06",
            ["Pham Minh Chinh"],
        ),
        (
            "On August 21, the Provincial Party Committee held its 54th meeting. Comrade Trinh Thi Minh Thanh, "
            "Permanent Deputy Secretary of the Provincial Party Committee, presided over the meeting.",
            "https://www.vietnam.vn/en/2024/08/x",
            "2024-08-21",
            ["Trinh Thi Minh Thanh"],
        ),
        (
            "Trực tiếp - Ngày 9-4, tại Hội trường Tỉnh ủy, Ban Thường vụ Tỉnh ủy tổ chức Hội nghị. Các đồng chí: "
            "Chẩu Văn Lâm, Bí thư Tỉnh ủy; Lê Thị Kim Dung, Phó Bí thư Thường trực Tỉnh ủy chủ trì hội nghị. "
            "Bài phát biểu tại phiên họp ngày 13/3/2024.",
            None,
            "2024-04-09",
            ["Chau Van Lam", "Le Thi Kim Dung"],
        ),
    ],
)
def test_meetings_dates_and_chairs(text, url, date, chairs):
    x = run(text, url=url)
    assert x.meetings, "a meeting is found"
    assert x.meetings[0].date == date
    assert x.meetings[0].chairs == chairs


def test_attendees_are_not_chairs():
    x = run(
        "Comrade Le Hong Vinh, Vice Chairman of the PPC chaired the meeting. Attending the meeting were comrades: "
        "Bui Thanh An - Vice Chairman of the PPC."
    )
    assert [m.chairs for m in x.meetings] == [["Le Hong Vinh"]]


# ---------------------------------------------------------------- documents
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "ومشاريع برامج عمل لجنة الحزب الإقليمية لتنفيذ قرار المؤتمر الثامن للجنة المركزية الثالثة عشرة للحزب.",
            ("resolution", None, 8, 13),
        ),
        (
            "أصدرت اللجنة الدائمة للحزب في المقاطعة القرار رقم 1708-QD/TU بتشكيل لجنة توجيهية.",
            ("decision", "1708-QD/TU", None, None),
        ),
        ("Dekret Rządowy 140/2017/ND-CP z dnia 5 grudnia 2017 r.", ("decree", "140/2017/ND-CP", None, None)),
        (
            "określonych w uchwale XIII Krajowego Zjazdu Partii oraz w rezolucjach zjazdów",
            ("resolution", None, None, 13),
        ),
        (
            "Based on Regulation No. 24-QD/TW dated July 30, 2021, of the Central Committee",
            ("regulation", "24-QD/TW", None, None),
        ),
        (
            "to study and disseminate Resolution 6 of the 12th Central Committee for key cadres",
            ("resolution", None, 6, 12),
        ),
        (
            "Ban Thường vụ Tỉnh ủy Yên Bái đã ban hành Chỉ thị số 17 về việc tăng cường",
            ("directive", "17", None, None),
        ),
        ("Kế hoạch số 25-KH/TU ngày 30/11/2016 của Ban Thường vụ Tỉnh ủy", ("plan", "25-KH/TU", None, None)),
    ],
)
def test_documents(text, expected):
    docs = {(d.kind, d.number, d.session, d.term) for d in run(text).documents}
    assert expected in docs


# ---------------------------------------------------------------- metrics
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "وبلغت القيمة التقديرية للإنتاج الصناعي 8,641 مليار دونج، بزيادة قدرها 13% عن نفس الفترة.",
            (8641.0, "billion_vnd", 13.0),
        ),
        ("حيث بلغ متوسط عدد المعايير في المقاطعة بأكملها ١٧.٣٣ معيارًا/بلدية", (17.33, "criteria", None)),
        (
            "Liczba ludności wynosi około 3,87 miliona osób, w tym 49 grup etnicznych.",
            (3870000.0, "persons", None),
        ),
        (
            "w której wzięło udział 440 delegatów reprezentujących blisko 119 000 członków partii",
            (119000.0, "persons", None),
        ),
        (
            "the accumulated revenue in 8 months is estimated at 15,058 billion VND, reaching 94.7% of the "
            "estimate and equal to 140.6% of the same period in 2023.",
            (15058.0, "billion_vnd", 40.6),
        ),
        (
            "total retail sales is estimated at VND24,219 billion, up 3.62% over the previous month and up 20.42% over the same period.",
            (24219.0, "billion_vnd", 20.42),
        ),
        ("Quy mô nền kinh tế tăng khá, năm 2020 đạt 89.362 tỷ đồng", (89362.0, "billion_vnd", None)),
        ("tỷ lệ hộ nghèo đến năm 2020 giảm còn 1,93%.", (1.93, "percent", None)),
    ],
)
def test_metrics(text, expected):
    metrics = {(m.value, m.unit, m.change_pct) for m in run(text).metrics}
    assert expected in metrics


def test_years_and_document_numbers_are_not_metrics():
    x = run("Kế hoạch số 248-KH/TU ngày 9-8-2019 triển khai thực hiện Chỉ thị số 35-CT/TW năm 2019.")
    assert x.metrics == []


def test_extraction_keeps_sentence_provenance():
    x = run("Comrade Nguyen Van An, Secretary of the Provincial Party Committee, chaired the meeting.")
    assert "chaired the meeting" in x.sentences[x.officials[0].sentence]


def test_persian_letters_in_arabic_script_names():
    from kg.extract.names import find_names
    from kg.lang import load_pack

    names = [m.name for m in find_names("رفیق نگوین وان آن", load_pack("ar"))]
    assert names == ["Nguyen Van An"]


def test_a_title_before_a_colon_belongs_to_every_listed_name():
    x = run(
        "وحضر الاجتماع أعضاء المكتب السياسي: الرئيس لونغ كونغ، ورئيس الوزراء فام مينه تشينه، ورئيس الجمعية "
        "الوطنية تران ثانه مان."
    )
    assert positions(x, "Luong Cuong") == {
        ("member", "politburo", "central"),
        ("state_president", "other", "central"),
    }
    assert positions(x, "Pham Minh Chinh") == {
        ("member", "politburo", "central"),
        ("prime_minister", "government", "central"),
    }
    assert ("chair", "national_assembly", "central") in positions(x, "Tran Thanh Man")


def test_names_joined_by_and_share_a_title():
    x = run(
        "Comrades: Nguyen Van Hoa, A Pot, and Le Ngoc Tuan were elected as Deputy Secretaries of the 16th "
        "Kon Tum Party Committee (term 2020-2025)."
    )
    for name in ("Nguyen Van Hoa", "A Pot", "Le Ngoc Tuan"):
        assert positions(x, name) == {("deputy_secretary", "party_committee", "provincial")}


def test_a_title_is_not_taken_from_the_subject_of_the_sentence():
    x = run(
        "Sekretarz Komitetu Partii Prowincjonalnej prowincji Ha Tinh zwrócił się do Sekretariatu z prośbą o "
        "modernizację Miejsca Pamięci Sekretarza Generalnego Tran Phu i Sekretarza Generalnego Ha Huy Tap.",
        lang="pl",
    )
    assert positions(x, "Tran Phu") == {("general_secretary", "communist_party", "central")}


def test_an_impossible_day_keeps_the_month():
    x = run("On February 30, 2024, the Provincial Party Committee held a conference.")
    assert [m.date for m in x.meetings] == ["2024-02"]


def test_a_january_conference_reviewing_a_year_is_held_the_year_after():
    x = run(
        "Rankiem 17 stycznia Stały Sekretariat zorganizował konferencję (stacjonarną i online) w celu "
        "omówienia pracy sekretarzy prowincjonalnych i centralnie zarządzanych komitetów partyjnych w 2023 r."
    )
    assert [m.date for m in x.meetings] == ["2024-01-17"]


def test_roles_sharing_a_body_and_a_body_before_its_role():
    x = run(
        "Pani Tan Thi Que piastowała wiele ważnych stanowisk, takich jak: zastępca dyrektora, dyrektor "
        "Departamentu Kultury, Sportu i Turystyki prowincji Lai Chau.",
        lang="pl",
    )
    assert {("deputy_director", "department"), ("director", "department")} <= {
        (r, o) for r, o, _ in positions(x, "Tan Thi Que")
    }
    x = run(
        "Comrade Diep Van Chien, Provincial Party Committee member and Head of the Provincial Party Committee's Internal Affairs Department, spoke."
    )
    assert positions(x, "Diep Van Chien") == {
        ("member", "party_committee", "provincial"),
        ("head", "party_commission", "provincial"),
    }
