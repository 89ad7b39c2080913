"""Arabic rules found by reading the fourth blind silver set (silver/ set ar4) and the unlabelled
Arabic articles: each test checks one rule, on sentences written in the articles' style."""

from __future__ import annotations

from kg.extract.names import _token_options, _window, ranked_readings, read_name, reader_for


def test_an_attested_full_name_is_read_through_a_less_usual_spelling():
    # "كوي" spells quy, que, coi, cui... at lower cost; Khoi (kh written ك) comes after the eight
    # candidates kept per token, yet a full name the Latin-script corpora attest is still tried
    reader = reader_for("كوي")
    assert "khoi" not in dict(_token_options(reader, "كوي"))
    assert "khoi" in _window(reader, "كوي")
    readings = [name for _, name in ranked_readings(("نجوين", "نهو", "كوي"))]
    assert "nguyen nhu khoi" in readings
    assert read_name(["نجوين", "نهو", "كوي"]) == "nguyen nhu khoi"


def test_an_unattested_name_keeps_its_likeliest_reading():
    # the wider window only adds names the corpora attest: a common reading is unchanged
    assert read_name(["ماي", "فان", "توات"]) == "mai van tuat"


def _tool():
    import importlib.util
    from pathlib import Path

    path = Path(__file__).resolve().parents[1] / "tools" / "make_local_officials.py"
    spec = importlib.util.spec_from_file_location("make_local_officials", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_local_officials_leave_out_places_and_names_read_cut():
    rows = [
        ("Ho Van Muoi", "Lam Dong", 5, ""),
        ("Van Muoi", "Lam Dong", 2, ""),  # the last syllables of Ho Van Muoi, same province
        ("Y Thanh Ha Nie Kdam", "Lam Dong", 4, ""),
        ("Y Thanh Ha Nie", "Lam Dong", 2, ""),  # its first syllables
        ("Lam Dong", "Khanh Hoa", 2, ""),  # a province read after a title
        ("Nguyen Van Muoi", "Ha Noi", 1, ""),
        ("Van Muoi", "Ha Noi", 1, ""),  # cut from Nguyen Van Muoi of Ha Noi
        ("Tran Van Muoi", "Can Tho", 1, ""),
    ]
    kept = [r[0] for r in _tool()._whole_names(rows)]
    assert kept == ["Ho Van Muoi", "Y Thanh Ha Nie Kdam", "Nguyen Van Muoi", "Tran Van Muoi"]


def test_a_name_of_another_province_is_not_cut_by_it():
    rows = [("Nguyen Van Muoi", "Ha Noi", 1, ""), ("Van Muoi", "Can Tho", 1, "")]
    assert [r[0] for r in _tool()._whole_names(rows)] == ["Nguyen Van Muoi", "Van Muoi"]


def _documents(text: str) -> set[tuple[str, str | None]]:
    from tests.helpers import extracted

    return {(d.kind, d.number) for d in extracted(text, lang="ar").documents}


def test_a_numbered_qarar_of_a_peoples_committee_is_a_decision():
    text = "ووفقًا للقرار رقم 215 بتاريخ 3 مارس 2024 للجنة الشعبية الإقليمية، خصصت المقاطعة 5 مليارات دونج."
    assert _documents(text) == {("decision", "215")}


def test_a_numbered_qarar_of_a_council_stays_a_resolution():
    text = "ووفقًا للقرار رقم 215 بتاريخ 3 مارس 2024 لمجلس الشعب الإقليمي، خصصت المقاطعة 5 مليارات دونج."
    assert _documents(text) == {("resolution", "215")}


def test_a_body_that_leads_the_work_names_no_chair():
    from tests.helpers import extracted

    text = (
        "في 10 سبتمبر، في المؤتمر الصحفي الدوري للمقاطعة، قال السيد نجوين فان آن، نائب مدير إدارة البناء، "
        "إن الإدارة ترأس حاليًا وتنسق مع الوكالات لتنظيم عمليات التفتيش الأسبوعية."
    )
    assert [m.chairs for m in extracted(text, lang="ar").meetings] == [[]]


def test_a_role_after_the_chair_wording_still_chairs_after_a_body():
    from tests.helpers import extracted

    text = (
        "في صباح يوم 19 يونيو، عقد في هانوي مؤتمر لمراجعة عمل اللجان التوجيهية في المقاطعات والمدن "
        "التي تديرها الحكومة المركزية برئاسة الأمين العام نجوين فو ترونج."
    )
    assert [m.chairs for m in extracted(text, lang="ar").meetings] == [["Nguyen Phu Trong"]]
