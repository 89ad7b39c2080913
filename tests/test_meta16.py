"""Stop 29, meta16: what the metamorphic test (``tools/metamorph.py --provinces all``) found when it
moves an article to each province, not only the 28 the 2025 merger kept."""

from kg import gazetteer
from kg.extract import extract
from kg.model import Article


def _posts(text: str, lang: str) -> dict[str, set[tuple]]:
    x = extract(Article("t", text, lang=lang))
    return {
        o.name: {(p.role, p.body.org, p.body.level, p.body.place) for p in o.positions} for o in x.officials
    }


# ---- Arabic: letters that spell a province and a district read as the province
def test_ar_phu_tho_is_the_province_not_the_district_vu_thu():
    # (فو reads Vu first: Vu Thu, a district of Thai Binh; the translations write Phu Tho so)
    assert gazetteer.other_script_places("في مقاطعة فو ثو") == ["phu tho"]
    assert gazetteer.read_place(["فو", "ثو"]) == "phu tho"


def test_ar_phu_tho_article_province():
    text = (
        "في 14 نوفمبر، افتتح المجلس الشعبي لمقاطعة فو ثو دورته السادسة عشرة. "
        "حضر حفل الافتتاح الرفيق نجوين فان آن، سكرتير لجنة الحزب الإقليمية."
    )
    assert ("secretary", "party_committee", "provincial", "Phu Tho") in _posts(text, "ar")["Nguyen Van An"]


def test_ar_district_reading_kept_when_no_province_is_spelled():
    # (a district whose letters spell no province stays the district)
    assert gazetteer.read_place(["هوا", "لو"]) == "hoa lu"
    assert gazetteer.other_script_places("في مقاطعة نينه بينه") == ["ninh binh"]


# ---- Arabic: a titled name whose first syllables spell a place (tools/metamorph.py --made-names)
def test_ar_titled_name_opening_with_a_place():
    # (ها تيان: the city Ha Tien; ثاي هوا: the town Thai Hoa)
    text = "زار رئيس الوزراء ها تيان لوا عائلة فقيرة في المقاطعة."
    assert ("prime_minister", "government", "central", None) in _posts(text, "ar")["Ha Tien Lua"]
    text = "ترأس الأمين العام ثاي هوا تيان، رئيس اللجنة التوجيهية المركزية، الاجتماع."
    assert "Thai Hoa Tien" in _posts(text, "ar")


def test_ar_list_item_name_opening_with_a_place():
    text = (
        "حضر الرفاق التاليون وأداروا المؤتمر: ترينه دوآن ثانغ - الأمين العام؛ ها تيان لوا - عضو المكتب "
        "السياسي، الرئيس؛ ترينه دوآن سون - عضو المكتب السياسي، رئيس الوزراء."
    )
    x = extract(Article("t", text, lang="ar"))
    posts = {o.name: {p.role for p in o.positions} for o in x.officials}
    assert "member" in posts["Ha Tien Lua"]
    assert "Trinh Doan Son" in posts
    assert any("Ha Tien Lua" in m.chairs for m in x.meetings)


def test_ar_titled_place_guards():
    # a name that is the place's whole name stays no person (the mausoleum of President Ho Chi Minh)
    assert _posts("وزاروا ضريح الرئيس هو تشي مينه .", "ar") == {}
    # a place after a level noun stays a place
    text = "ترأس الرفيق نجوين فان آن، أمين لجنة الحزب في مقاطعة ها تينه، الاجتماع."
    assert _posts(text, "ar") == {
        "Nguyen Van An": {("secretary", "party_committee", "provincial", "Ha Tinh")}
    }
