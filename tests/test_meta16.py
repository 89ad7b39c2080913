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


# ---- Hue, a centrally run city since 2025: too short a word to be read alone, read with its city noun
def test_hue_city_in_every_language():
    cases = [
        ("en", "Comrade Nguyen Van An, Secretary of the Hue City Party Committee, chaired the meeting."),
        ("en", "Comrade Nguyen Van An, Chairman of the People's Committee of Hue City, chaired the meeting."),
        (
            "fr",
            "Le camarade Nguyen Van An, secrétaire du Comité du Parti de la ville de Hue, a présidé la réunion.",
        ),
        ("es", "El presidente del Comité Popular de la ciudad de Hue, Nguyen Van An, presidió la reunión."),
        ("fr", "Le président du Comité populaire de la ville de Hue, Nguyen Van An, a présidé la réunion."),
        ("de", "Der Vorsitzende des Volkskomitees der Stadt Hue, Nguyen Van An, leitete die Sitzung."),
        ("pl", "Przewodniczący Komitetu Ludowego miasta Hue Nguyen Van An przewodniczył posiedzeniu."),
        ("vi", "Chủ tịch UBND thành phố Huế Nguyễn Văn An chủ trì hội nghị."),
        ("de", "Genosse Nguyen Van An, Sekretär des Parteikomitees der Stadt Hue, leitete die Sitzung."),
        ("pl", "Towarzysz Nguyen Van An, sekretarz Komitetu Partii miasta Hue, przewodniczył posiedzeniu."),
        ("vi", "Đồng chí Nguyễn Văn An, Chủ tịch UBND thành phố Huế, chủ trì hội nghị."),
        ("vi", "Bí thư Thành ủy Huế Nguyễn Văn An chủ trì hội nghị."),
        ("ar", "ترأس الرفيق نجوين فان آن، أمين لجنة الحزب في مدينة هوي، الاجتماع."),
    ]
    for lang, text in cases:
        posts = _posts(text, lang)["Nguyen Van An"]
        assert {(level, place) for _, _, level, place in posts} == {("provincial", "Hue")}, (
            lang,
            text,
            posts,
        )


def test_ar_hue_title_before_its_holder_keeps_the_post():
    text = "رئيس اللجنة الشعبية لمدينة هوي، السيد نجوين فان آن، ترأس الاجتماع."
    assert [(role, level) for role, _, level, _ in _posts(text, "ar")["Nguyen Van An"]] == [
        ("chair", "provincial")
    ]


def test_hue_city_of_thua_thien_hue_is_a_district():
    # (before 2025 Hue was a city of the province Thua Thien Hue: an article naming that province is of those years)
    text = (
        "Le matin du 28 juin, le Conseil populaire de la province de Thua Thien Hue a tenu sa première session. "
        "M. Hoang Hai Minh, président du Comité populaire de la ville de Hue et M. Phan Quy Phuong, directeur "
        "du Département des Finances, ont été élus au poste de vice-président du Comité populaire de la province "
        "de Thua Thien Hue."
    )
    posts = _posts(text, "fr")["Hoang Hai Minh"]
    assert ("chair", "peoples_committee", "district", "Hue") in posts
    assert ("vice_chair", "peoples_committee", "provincial", "Hue") in posts


def test_hue_the_given_name_stays_a_name():
    assert "Nguyen Thi Hue" in _posts(
        "Bà Nguyễn Thị Huế, Chủ tịch UBND tỉnh Ninh Bình, chủ trì hội nghị.", "vi"
    )
    text = "Ms. Nguyen Thi Hue, Chairwoman of the Ninh Binh Provincial People's Committee, chaired it."
    assert _posts(text, "en")["Nguyen Thi Hue"] == {("chair", "peoples_committee", "provincial", "Ninh Binh")}


# ---- a title word inside a place's name (tools/metamorph.py --districts)
def test_en_na_of_a_district_is_no_national_assembly():
    # (en grammar 'na' is the National Assembly: Na Hang, Na Ri are districts)
    text = "Nguyen Van An, Secretary of the Na Ri District Party Committee, spoke."
    assert _posts(text, "en")["Nguyen Van An"] == {("secretary", "party_committee", "district", "Na Ri")}
    text = (
        "Phan Viet Cuong, born in 1963, holds a master degree. He used to be Deputy Chief Inspector of Tuyen "
        "Quang Province, Deputy Secretary of Na Hang District Party Committee (Tuyen Quang), Provincial Chief "
        "Inspector."
    )
    assert ("deputy_secretary", "party_committee", "district", "Na Hang") in _posts(text, "en")[
        "Phan Viet Cuong"
    ]
    # (NA itself still the National Assembly)
    text = "NA Chairman Tran Thanh Man chaired the meeting."
    assert _posts(text, "en")["Tran Thanh Man"] == {("chair", "national_assembly", "central", None)}


# ---- the tool: a places variant moves the province's districts with it (--districts)
def test_metamorph_moves_districts_with_the_province():
    import random

    from tests.test_metamorphic import _tool

    m = _tool()
    text = (
        "Nguyen Van An, Secretary of the Quang Nam Provincial Party Committee, visited Tay Giang district. "
        "Tran Van Binh, Secretary of the Tay Giang District Party Committee, received him."
    )
    gold = {
        "province": "Quang Nam",
        "officials": [
            {
                "name": "Nguyen Van An",
                "surface": "Nguyen Van An",
                "positions": [
                    {
                        "role": "secretary",
                        "org": "party_committee",
                        "level": "provincial",
                        "place": "Quang Nam",
                    }
                ],
            },
            {
                "name": "Tran Van Binh",
                "surface": "Tran Van Binh",
                "positions": [
                    {"role": "secretary", "org": "party_committee", "level": "district", "place": "Tay Giang"}
                ],
            },
        ],
    }
    item = m.Item("t", "en", Article("t", text, lang="en"), gold)
    assert list(m.place_variants(item, random.Random(1), 2, {}, m.TARGETS)) == []  # (a district named: none)
    made = list(m.place_variants(item, random.Random(1), 2, {}, m.TARGETS, with_districts=True))
    assert len(made) == 2
    for label, variant, new in made:
        province, district = new["province"], new["officials"][1]["positions"][0]["place"]
        assert "Quang Nam" not in variant and "Tay Giang" not in variant
        assert province in variant and district in variant, (label, variant)
        assert gazetteer.districts()[district.lower()].province == province


def test_hue_city_of_2025_recalling_thua_thien_hue_stays_provincial():
    text = (
        "Hue City (formerly Thua Thien Hue province) held a conference. Comrade Nguyen Van An, Chairman of the "
        "People's Committee of Hue City, chaired it. Hue City aims to grow by 10%. Hue is a heritage city."
    )
    assert _posts(text, "en")["Nguyen Van An"] == {("chair", "peoples_committee", "provincial", "Hue")}
