"""Review8's items left by the lead (docs/reviews/review8.md: the according branch of item 1, item 2's Arabic half,
items 3-8 and 21), fixed as pack data read by the engine."""

import pytest

from tests.helpers import extracted, placed_posts, positions

CHAIR_POST = ("chair", "peoples_committee", "provincial")
CHAIR = {CHAIR_POST}
SECRETARY = {("secretary", "party_committee", "provincial")}


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        # item 1's second shape: a relative clause right after a source's name is the name's own
        (
            "vi",
            "Theo ông Nguyễn Văn An, người vừa được bầu làm Chủ tịch UBND tỉnh, năm nay tỉnh sẽ tăng trưởng 8%.",
        ),
        (
            "en",
            "According to Mr. Nguyen Van An, who was just elected Chairman of the Provincial People's Committee, "
            "the province will grow 8% this year.",
        ),
        (
            "fr",
            "Selon M. Nguyen Van An, qui vient d'être élu président du Comité populaire provincial, la province va "
            "croître de 8 % cette année.",
        ),
        (
            "es",
            "Según el señor Nguyen Van An, quien fue elegido presidente del Comité Popular Provincial, la provincia "
            "crecerá un 8% este año.",
        ),
        (
            "de",
            "Laut Herrn Nguyen Van An, der gerade zum Vorsitzenden des Volkskomitees der Provinz gewählt wurde, wird "
            "die Provinz in diesem Jahr um 8 % wachsen.",
        ),
        (
            "pl",
            "Według pana Nguyen Van An, który właśnie został wybrany na przewodniczącego Prowincjonalnego Komitetu "
            "Ludowego, prowincja wzrośnie w tym roku o 8%.",
        ),
        (
            "ar",
            "ووفقا للسيد نغوين فان آن، الذي انتخب مؤخرا رئيسا للجنة الشعبية للمقاطعة، فإن المقاطعة ستنمو بنسبة 8% هذا العام.",
        ),
    ],
)
def test_a_relative_clause_after_a_source_keeps_the_sources_title(lang, text):
    assert positions(extracted(text, lang=lang), "Nguyen Van An") == CHAIR


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("vi", "Theo ông Nguyễn Văn An, đây là nhiệm vụ của Chủ tịch UBND tỉnh."),
        ("vi", "Theo ông Nguyễn Văn An, người dân là chủ thể, Chủ tịch UBND xã phải chịu trách nhiệm."),
        (
            "en",
            "According to Mr. Nguyen Van An, the task is for the Chairman of the Provincial People's Committee.",
        ),
    ],
)
def test_a_link_after_a_source_with_no_relative_clause_is_still_cut(lang, text):
    assert not positions(extracted(text, lang=lang), "Nguyen Van An")


SECRETARY_AND_CHAIR = {("secretary", "party_committee", "provincial"), CHAIR_POST}


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        # item 2's Arabic half: a dropped subject after "A met B" is A's, not B's (and the same in pl and es)
        (
            "ar",
            "التقى الرفيق نغوين فان آن، أمين لجنة الحزب الإقليمية، بالرفيق تران فان بينه. وقبل ذلك، شغل منصب رئيس "
            "اللجنة الشعبية لمقاطعة لاو كاي.",
        ),
        (
            "ar",
            "استقبل الرفيق نغوين فان آن، أمين لجنة الحزب الإقليمية، الرفيق تران فان بينه. وقبل ذلك، شغل منصب رئيس "
            "اللجنة الشعبية لمقاطعة لاو كاي.",
        ),
        (
            "pl",
            "Sekretarz Komitetu Partii Prowincji Nguyen Van An przyjął pana Tran Van Binh, dyrektora Departamentu "
            "Finansów. Wcześniej pełnił funkcję przewodniczącego Komitetu Ludowego prowincji.",
        ),
        (
            "es",
            "El secretario del Comité Provincial del Partido, Nguyen Van An, recibió al señor Tran Van Binh, director "
            "del Departamento de Finanzas. Anteriormente ocupó el cargo de presidente del Comité Popular Provincial.",
        ),
    ],
)
def test_a_dropped_subject_after_a_verb_acting_on_a_person_is_the_verbs_subject(lang, text):
    x = extracted(text, lang=lang)
    assert positions(x, "Nguyen Van An") == SECRETARY_AND_CHAIR
    assert CHAIR_POST not in positions(x, "Tran Van Binh")


def test_a_dropped_subject_after_a_sentence_with_one_official_is_still_that_officials():
    text = (
        "الرفيق نغوين فان آن، أمين لجنة الحزب الإقليمية، زار المقاطعة. وقبل ذلك، شغل منصب رئيس اللجنة الشعبية "
        "لمقاطعة لاو كاي."
    )
    assert positions(extracted(text, lang="ar"), "Nguyen Van An") == SECRETARY_AND_CHAIR


def _dates(text: str, lang: str) -> list[str | None]:
    return [m.date for m in extracted(text, lang=lang).meetings]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        # item 3: a bare "from" opens the days of the meeting its clause holds
        ("vi", "Kỳ họp thứ 30 HĐND tỉnh Lào Cai diễn ra từ ngày 10/7/2025."),
        ("vi", "Từ ngày 10/7/2025, HĐND tỉnh Lào Cai tổ chức kỳ họp thứ 30, kéo dài trong 3 ngày."),
        ("vi", "Trong 3 ngày, từ ngày 10/7/2025, HĐND tỉnh Lào Cai tổ chức kỳ họp thứ 30."),
        ("vi", "Từ ngày 10/7/2025, Đại hội đại biểu Đảng bộ tỉnh Lào Cai lần thứ XVI chính thức khai mạc."),
        (
            "fr",
            "À partir du 10 juillet 2025, le Conseil populaire provincial de Lao Cai a tenu sa 30e session pendant "
            "trois jours.",
        ),
        (
            "es",
            "A partir del 10 de julio de 2025, el Consejo Popular Provincial de Lao Cai celebró su 30ª sesión durante "
            "tres días.",
        ),
        ("de", "Ab dem 10. Juli 2025 hielt der Volksrat der Provinz Lao Cai seine 30. Sitzung ab."),
    ],
)
def test_a_bare_from_opening_a_meetings_days_dates_it(lang, text):
    assert _dates(text, lang) == ["2025-07-10"]


@pytest.mark.parametrize(
    "text",
    [
        "Từ ngày 1/7/2025 đến nay, Ban Thường vụ Tỉnh ủy Lào Cai đã tổ chức 12 hội nghị.",
        "Kể từ ngày 1/7/2025, Ban Thường vụ Tỉnh ủy Lào Cai đã tổ chức 12 hội nghị.",
        "Khi hai tỉnh hợp nhất, tại hội nghị, ông Nguyễn Văn Út giữ chức Chủ tịch UBND tỉnh Tây Ninh từ ngày 1/7/2025.",
    ],
)
def test_a_starting_point_with_no_meeting_in_its_clause_is_still_no_meetings_day(text):
    assert "2025-07-01" not in _dates(text, "vi")


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        # item 4: a first session takes no term of the elected person's past post
        (
            "en",
            "At the first session of the Lao Cai Provincial People's Council, 16th tenure, the delegates elected Nguyen "
            "Van An, who had been Vice Chairman of the Provincial People's Committee in the 2016-2021 term and Director"
            " of the Department of Finance, as Chairman of the Provincial People's Council.",
        ),
        (
            "fr",
            "Lors de la première session du Conseil populaire provincial de Lao Cai, 16e mandature, les délégués ont "
            "élu M. Nguyen Van An, ancien vice-président du Comité populaire provincial pour le mandat 2016-2021, "
            "président du Conseil populaire provincial.",
        ),
        (
            "vi",
            "Tại kỳ họp thứ nhất HĐND tỉnh Lào Cai khóa XVI, các đại biểu đã bầu ông Nguyễn Văn An, nguyên Phó Chủ "
            "tịch UBND tỉnh nhiệm kỳ 2016-2021, giữ chức Chủ tịch HĐND tỉnh.",
        ),
        (
            "es",
            "En la primera sesión del Consejo Popular Provincial de Lao Cai, 16º mandato, los delegados eligieron al "
            "señor Nguyen Van An, ex vicepresidente del Comité Popular Provincial en el mandato 2016-2021, como "
            "presidente del Consejo Popular Provincial.",
        ),
        (
            "de",
            "Auf der ersten Sitzung des Volksrats der Provinz Lao Cai, 16. Amtszeit, wählten die Delegierten Herrn "
            "Nguyen Van An, ehemaliger stellvertretender Vorsitzender des Volkskomitees der Provinz in der Amtszeit "
            "2016-2021, zum Vorsitzenden des Volksrats der Provinz.",
        ),
    ],
)
def test_a_first_session_takes_no_term_of_a_past_post(lang, text):
    assert _dates(text, lang) == [None]


@pytest.mark.parametrize(
    "text",
    [
        "At the first session of the Lao Cai Provincial People's Council for the 2021-2026 term, the delegates elected"
        " Nguyen Van An as Chairman.",
        "At the first session of the Lao Cai Provincial People's Council, the delegates elected Nguyen Van An, Vice "
        "Chairman of the Provincial People's Committee in the 2016-2021 term, as Chairman for the 2021-2026 term.",
    ],
)
def test_a_first_session_takes_the_latest_term_its_sentence_names(text):
    assert _dates(text, "en") == ["2021"]


@pytest.mark.parametrize(
    "lead",
    [
        # item 5: a day a span runs up to, or a past distance, is no meeting's day
        "Tại kỳ họp thứ 12 HĐND tỉnh Phú Yên, ông Nguyễn Văn An cho biết đến hôm nay tỉnh đã giải ngân 60% vốn.",
        "Tại kỳ họp thứ 12 HĐND tỉnh Phú Yên, ông Nguyễn Văn An cho biết tính đến hôm nay tỉnh đã giải ngân 60% vốn.",
        "Tại kỳ họp thứ 12 HĐND tỉnh Phú Yên tuần trước, ông Nguyễn Văn An cho biết hôm nay tỉnh đã giải ngân 60% vốn.",
    ],
)
def test_up_to_today_or_last_week_is_no_meetings_day(lead):
    assert _dates("Thứ sáu, 18/11/2022 09:00\n" + lead, "vi") == ["2022"]


def test_this_morning_still_dates_the_meeting_by_the_byline():
    text = "Thứ sáu, 18/11/2022 09:00\nSáng nay, HĐND tỉnh Phú Yên khai mạc kỳ họp thứ 12."
    assert _dates(text, "vi") == ["2022-11-18"]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        # item 6: a congress that opens and closes the same day keeps its day
        (
            "vi",
            "Ngày 15/10/2025, Đại hội đại biểu Đảng bộ xã Tân Phú lần thứ I, nhiệm kỳ 2025-2030 khai mạc và bế mạc "
            "trong ngày.",
        ),
        (
            "en",
            "On October 15, 2025, the First Congress of the Tan Phu Commune Party Committee for the 2025-2030 term "
            "opened and closed on the same day.",
        ),
        (
            "es",
            "El 15 de octubre de 2025, el I Congreso del Comité del Partido de la comuna de Tan Phu se inauguró y "
            "clausuró el mismo día.",
        ),
    ],
)
def test_a_congress_opened_and_closed_the_same_day_keeps_its_day(lang, text):
    assert _dates(text, lang) == ["2025-10-15"]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        # item 6: the days a closing verb counts after the day go back to the first
        (
            "vi",
            "Ngày 15/10/2025, Đại hội đại biểu Đảng bộ tỉnh Lào Cai lần thứ XVI bế mạc sau 3 ngày làm việc.",
        ),
        (
            "en",
            "On October 15, 2025, the 16th Congress of the Lao Cai Provincial Party Committee closed after three days "
            "of work.",
        ),
        (
            "fr",
            "Le 15 octobre 2025, le XVIe Congrès du Comité provincial du Parti de Lao Cai s'est clôturé après trois "
            "jours de travail.",
        ),
        (
            "es",
            "El 15 de octubre de 2025, el XVI Congreso del Comité Provincial del Partido de Lao Cai se clausuró tras "
            "tres días de trabajo.",
        ),
        ("de", "Am 15. Oktober 2025 endete der 16. Parteitag der Provinz Lao Cai nach drei Tagen."),
        (
            "pl",
            "15 października 2025 r. zjazd Komitetu Partii Prowincji Lao Cai zakończył się po trzech dniach obrad.",
        ),
    ],
)
def test_a_congress_closed_after_counted_days_opened_those_days_before(lang, text):
    assert _dates(text, lang) == ["2025-10-13"]


def test_a_congress_dated_only_by_its_closing_is_still_of_its_month():
    text = "Ngày 15/10/2025, Đại hội đại biểu Đảng bộ tỉnh Lào Cai lần thứ XVI đã bế mạc."
    assert _dates(text, "vi") == ["2025-10"]


DIRECTOR = {("director", "department", "provincial")}


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        # item 7: a plural header's post goes to no name a list marker does not list at once
        (
            "fr",
            "Les vice-présidents du Comité populaire provincial sont également présents, ainsi que M. Nguyen Van An, "
            "directeur du Département des finances.",
        ),
        # ... nor to a name after "and" and an honorific: another person
        (
            "en",
            "Attendees include the Vice Chairmen of the Provincial People's Committee and Mr. Nguyen Van An, Director "
            "of the Department of Finance.",
        ),
        (
            "de",
            "Anwesend sind auch die stellvertretenden Vorsitzenden des Volkskomitees der Provinz sowie Herr Nguyen Van "
            "An, Direktor des Finanzamtes.",
        ),
        ("vi", "Dự hội nghị có các Phó Chủ tịch UBND tỉnh và ông Nguyễn Văn An, Giám đốc Sở Tài chính."),
        (
            "pl",
            "W spotkaniu uczestniczyli wiceprzewodniczący Prowincjonalnego Komitetu Ludowego oraz pan Nguyen Van An, "
            "dyrektor Departamentu Finansów.",
        ),
        (
            "fr",
            "Étaient présents les vice-présidents du Comité populaire provincial et M. Nguyen Van An, directeur du "
            "Département des finances.",
        ),
        (
            "es",
            "Asistieron los vicepresidentes del Comité Popular Provincial y el señor Nguyen Van An, director del "
            "Departamento de Finanzas.",
        ),
    ],
)
def test_a_plural_headers_post_goes_to_no_other_person(lang, text):
    assert positions(extracted(text, lang=lang), "Nguyen Van An") == DIRECTOR


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "es",
            "Los vicepresidentes del Comité Popular Provincial son los señores Nguyen Van An y Tran Van Binh.",
        ),
        (
            "fr",
            "Les vice-présidents du Comité populaire provincial sont M. Nguyen Van An et M. Tran Van Binh.",
        ),
        (
            "en",
            "The two Vice Chairmen of the Provincial People's Committee are Mr. Nguyen Van An and Mr. Tran Van Binh.",
        ),
    ],
)
def test_a_list_marker_still_gives_the_header_to_the_names_it_lists(lang, text):
    x = extracted(text, lang=lang)
    vice_chair = {("vice_chair", "peoples_committee", "provincial")}
    assert positions(x, "Nguyen Van An") == positions(x, "Tran Van Binh") == vice_chair


CONGRESS = "Đại hội đại biểu Đảng bộ tỉnh Lào Cai lần thứ XVIII, nhiệm kỳ 2025-2030 đã bế mạc. "


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        # item 21: the first meeting of the term before the congress's is no first meeting the congress's body held
        (
            "vi",
            CONGRESS
            + "Ông Nguyễn Văn An từng được bầu làm Bí thư Tỉnh ủy tại Hội nghị lần thứ nhất Ban Chấp hành Đảng"
            " bộ tỉnh khóa XVII.",
        ),
        (
            "en",
            "The 18th Congress of the Lao Cai Provincial Party Committee for the 2025-2030 term closed. Mr. Nguyen Van"
            " An was elected Secretary at the first conference of the Provincial Party Executive Committee, 17th "
            "tenure.",
        ),
        (
            "fr",
            "Le XVIIIe Congrès du Comité provincial du Parti de Lao Cai pour le mandat 2025-2030 s'est clôturé. M. "
            "Nguyen Van An avait été élu secrétaire lors de la première conférence du Comité exécutif provincial du "
            "Parti de la XVIIe législature.",
        ),
        (
            "es",
            "El XVIII Congreso del Comité Provincial del Partido de Lao Cai para el período 2025-2030 se clausuró. El "
            "señor Nguyen Van An fue elegido secretario en la primera reunión del Comité Ejecutivo del Partido para el"
            " XVII mandato.",
        ),
        (
            "de",
            "Der 18. Parteitag der Provinz Lao Cai für die Amtszeit 2025-2030 ging zu Ende. Herr Nguyen Van An war auf"
            " der ersten Sitzung des Provinzparteiexekutivkomitees der 17. Amtszeit zum Sekretär gewählt worden.",
        ),
        (
            "pl",
            "XVIII Zjazd Komitetu Partii Prowincji Lao Cai na kadencję 2025-2030 zakończył się. Pan Nguyen Van An "
            "został wybrany na sekretarza na pierwszym posiedzeniu Komitetu Wykonawczego Partii XVII kadencji.",
        ),
    ],
)
def test_the_first_meeting_of_an_earlier_term_takes_no_congress_year(lang, text):
    assert _dates(text, lang) == ["2025"]  # (the congress alone)


@pytest.mark.parametrize(
    "second",
    [
        "Ngay sau đó, Hội nghị lần thứ nhất Ban Chấp hành Đảng bộ tỉnh khóa XVIII đã bầu ông Nguyễn Văn An làm Bí thư"
        " Tỉnh ủy.",
        "Tại hội nghị lần thứ nhất, Ban Chấp hành đã bầu ông Nguyễn Văn An làm Bí thư Tỉnh ủy.",
    ],
)
def test_the_first_meeting_of_the_congress_term_still_takes_its_year(second):
    assert _dates(CONGRESS + second, "vi") == ["2025", "2025"]


@pytest.mark.parametrize(
    ("lang", "text", "name"),
    [
        # item 8: a foreign assembly's deputy is no member of Vietnam's National Assembly (other/central, as the Lao
        # Front's officials are)
        (
            "en",
            "Mr. Somsavat Lengsavad, a deputy of the National Assembly of Laos, met Mr. Nguyen Van An, Chairman of the"
            " Provincial People's Committee.",
            "Somsavat Lengsavad",
        ),
        (
            "vi",
            "Bà Nguyễn Thị Lan, Đại biểu Quốc hội Lào, đã gặp ông Nguyễn Văn An, Chủ tịch UBND tỉnh.",
            "Nguyen Thi Lan",
        ),
        (
            "fr",
            "Mme Nguyen Thi Lan, députée de l'Assemblée nationale du Laos, a rencontré M. Nguyen Van An, président du "
            "Comité populaire provincial.",
            "Nguyen Thi Lan",
        ),
        (
            "es",
            "La señora Nguyen Thi Lan, diputada de la Asamblea Nacional de Laos, se reunió con el señor Nguyen Van An, "
            "presidente del Comité Popular Provincial.",
            "Nguyen Thi Lan",
        ),
        (
            "de",
            "Frau Nguyen Thi Lan, Abgeordnete der Nationalversammlung von Laos, traf Herrn Nguyen Van An, Vorsitzender"
            " des Volkskomitees der Provinz.",
            "Nguyen Thi Lan",
        ),
        (
            "pl",
            "Pani Nguyen Thi Lan, deputowana Zgromadzenia Narodowego Laosu, spotkała się z panem Nguyen Van An, "
            "przewodniczącym Prowincjonalnego Komitetu Ludowego.",
            "Nguyen Thi Lan",
        ),
        (
            "ar",
            "التقت السيدة نغوين ثي لان، عضو الجمعية الوطنية لاوس، بالسيد نغوين فان آن، رئيس اللجنة الشعبية للمقاطعة.",
            "Nguyen Thi Lan",
        ),
    ],
)
def test_a_foreign_assemblys_deputy_is_no_member_of_the_national_assembly(lang, text, name):
    assert positions(extracted(text, lang=lang), name) == {("member", "other", "central")}


@pytest.mark.parametrize(
    ("lang", "text", "post"),
    [
        (
            "en",
            "Mr. Nguyen Van An, a deputy of the National Assembly from Lao Cai province, met voters.",
            ("member", "national_assembly", "central"),
        ),
        (
            "vi",
            "Ông Nguyễn Văn An, Bộ trưởng Bộ Lao động - Thương binh và Xã hội, đã làm việc với tỉnh.",
            ("minister", "ministry", "central"),
        ),
    ],
)
def test_lao_cai_and_labour_are_no_foreign_country(lang, text, post):
    assert post in positions(extracted(text, lang=lang), "Nguyen Van An")


@pytest.mark.parametrize(
    ("text", "value", "change"),
    [
        # item 11: "less by" a share than the same period is a fall
        ("انخفض معدل الفقر إلى 2.5%، وهو أقل بنسبة 0.5% من الفترة نفسها.", 0.5, -0.5),
        ("بلغت الإيرادات 500 مليار دونغ، أي أقل بنسبة 3% عن الفترة نفسها من العام الماضي.", 500, -3.0),
    ],
)
def test_an_arabic_less_by_than_the_same_period_is_a_fall(text, value, change):
    assert (value, change) in [(m.value, m.change_pct) for m in extracted(text, lang="ar").metrics]


HEADER = "Attending the talks were Politburo members: State President Luong Cuong, Standing member of the Secretariat Tran Cam Tu; "


@pytest.mark.parametrize(
    ("item", "name"),
    [
        # item 19: a former or foreign office after the semicolon implies no Politburo seat
        ("former Prime Minister Nguyen Tan Dung.", "Nguyen Tan Dung"),
        ("and Lao President Thongloun Sisoulith.", "Thongloun Sisoulith"),
    ],
)
def test_a_former_or_foreign_office_keeps_no_politburo_header(item, name):
    assert ("member", "politburo", "central") not in positions(extracted(HEADER + item, lang="en"), name)


def test_a_current_office_still_keeps_the_politburo_header():
    x = extracted(HEADER + "and National Assembly Chairman Tran Thanh Man.", lang="en")
    assert ("member", "politburo", "central") in positions(x, "Tran Thanh Man")


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        # item 20: an academic title between a post and the name, its full stop no sentence's end
        ("vi", "Hội nghị do Giám đốc Sở Tài chính TS. Nguyễn Văn An chủ trì."),
        (
            "vi",
            "Phát biểu tại hội nghị, Giám đốc Sở Tài chính ThS. Nguyễn Văn An cho biết tỉnh đã giải ngân 60% vốn.",
        ),
        ("en", "The conference was chaired by Director of the Department of Finance Dr. Nguyen Van An."),
    ],
)
def test_an_academic_title_between_the_post_and_the_name_keeps_the_post(lang, text):
    assert positions(extracted(text, lang=lang), "Nguyen Van An") == DIRECTOR


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("vi", "TS. Nguyễn Văn An, chuyên gia kinh tế, cho rằng tăng trưởng sẽ đạt 8%."),
        ("en", "Dr. Nguyen Van An, an economist, said growth would reach 8%."),
    ],
)
def test_an_academic_title_alone_makes_no_official(lang, text):
    assert not extracted(text, lang=lang).officials


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        # item 10: a deputy of a province's delegation to the National Assembly is of that province's delegation
        ("en", "Mr. Nguyen Van An, a deputy of the National Assembly delegation of Quang Ninh, met voters."),
        (
            "fr",
            "M. Nguyen Van An, député de la délégation de l'Assemblée nationale de Quang Ninh, a rencontré les électeurs.",
        ),
    ],
)
def test_a_deputy_of_a_provinces_delegation_is_of_its_province(lang, text):
    placed = placed_posts(text, lang)["Nguyen Van An"]
    assert ("member", "national_assembly_delegation", "provincial", "Quang Ninh") in placed


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        # item 12: a pronoun the copula follows, a role right after it, is the name's own post
        ("en", "Nguyen Van An said he is the Secretary of the Provincial Party Committee."),
        ("fr", "M. Nguyen Van An a dit qu'il est le secrétaire du Comité provincial du Parti."),
        ("vi", "Ông Nguyễn Văn An cho biết ông là Bí thư Tỉnh ủy."),
    ],
)
def test_a_reported_pronoun_with_a_role_after_its_copula_keeps_the_post(lang, text):
    assert positions(extracted(text, lang=lang), "Nguyen Van An") == SECRETARY


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Nguyen Van An said he is grateful to the Secretary of the Provincial Party Committee."),
        ("vi", "Ông Nguyễn Văn An cho biết ông là người được Bí thư Tỉnh ủy giao nhiệm vụ."),
        (
            "en",
            "Nguyen Van An said the task is to support the Chairman of the Provincial People's Committee.",
        ),
    ],
)
def test_a_reported_clause_with_no_role_right_after_its_copula_gives_none(lang, text):
    x = extracted(text, lang=lang)
    assert all(not o.positions for o in x.officials)
