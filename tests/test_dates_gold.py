"""Meeting dates checked against gold (dev, seeds, reg-all, the silver sets): classes of date error found
by reading every date miss and false date there; each case fails without its rule."""

import pytest

from kg.extract import extract
from kg.model import Article


def _dates(text: str, lang: str) -> list[str | None]:
    return [m.date for m in extract(Article("t", text, lang=lang)).meetings]


# the first meeting of a term whose sentence names its term by a word and no years ("der 4. Amtszeit auf seiner
# ersten Sitzung", silver mt7 u-mt7de-02; vi u-vi-1191) is held in the latest term the text names (2021-2026), not
# in the text's most frequent year, a biography's (2015)
FIRST = {
    "de": "Am Morgen des 30. Juni wählte der Volksrat der Provinz Dak Nong der 4. Amtszeit auf seiner ersten Sitzung Herrn Ho Van Muoi zum Vorsitzenden des Volkskomitees der Provinz. Von Dezember 2015 bis heute ist er Direktor der Polizei von Dak Nong. Im Jahr 2015 war er Stellvertreter. Am selben Tag wählte der Volksrat der Provinz Dak Lak Herrn Y Vinh Tor zum Vorsitzenden des Provinzvolksrates für die Amtszeit 2021–2026.",
    "en": "On the morning of June 30, the People's Council of Dak Nong province of the 4th term, at its first session, elected Mr. Ho Van Muoi as Chairman of the provincial People's Committee. From December 2015 he was Director of the Dak Nong Police. In 2015 he was a deputy. On the same day, the People's Council of Dak Lak elected Mr. Y Vinh Tor as Chairman of the provincial People's Council for the 2021-2026 term.",
    "fr": "Le matin du 30 juin, le Conseil populaire de la province de Dak Nong de la 4e législature, lors de sa première session, a élu M. Ho Van Muoi président du Comité populaire provincial. Depuis décembre 2015, il était directeur de la police de Dak Nong. En 2015, il était adjoint. Le même jour, le Conseil populaire de Dak Lak a élu M. Y Vinh Tor président du Conseil populaire provincial pour le mandat 2021-2026.",
    "es": "En la mañana del 30 de junio, el Consejo Popular de la provincia de Dak Nong, IV mandato, en su primera sesión eligió al Sr. Ho Van Muoi como presidente del Comité Popular Provincial. Desde diciembre de 2015 fue director de la Policía de Dak Nong. En 2015 era subdirector. El mismo día, el Consejo Popular de Dak Lak eligió al Sr. Y Vinh Tor presidente del Consejo Popular Provincial para el período 2021-2026.",
    "pl": "Rano 30 czerwca Rada Ludowa prowincji Dak Nong IV kadencji na swojej pierwszej sesji wybrała pana Ho Van Muoi na przewodniczącego Prowincjonalnego Komitetu Ludowego. Od grudnia 2015 r. był dyrektorem policji Dak Nong. W 2015 r. był zastępcą. Tego samego dnia Rada Ludowa prowincji Dak Lak wybrała pana Y Vinh Tor na przewodniczącego Prowincjonalnej Rady Ludowej na kadencję 2021–2026.",
    "vi": "Sáng 30/6, kỳ họp lần thứ nhất, HĐND Đăk Nông khóa IV đã bầu ông Hồ Văn Mười làm Chủ tịch UBND tỉnh. Năm 2015, ông giữ chức Giám đốc Công an Đăk Nông. Năm 2015 ông là Phó giám đốc. Cùng ngày, HĐND Đăk Lăk bầu ông Y Vinh Tơr giữ chức Chủ tịch HĐND tỉnh nhiệm kỳ 2021-2026.",
}


@pytest.mark.parametrize("lang", sorted(FIRST))
def test_a_first_meeting_of_a_term_named_without_years_opens_the_texts_term(lang):
    assert _dates(FIRST[lang], lang) == ["2021-06-30"]


def test_a_first_meeting_is_not_dated_by_a_term_of_a_sentence_naming_none():
    # no term word in the first meeting's sentence: the text's year stays
    text = (
        "On June 30, the Steering Committee held its first meeting. In 2024 the province grew. In 2024 it"
        " planned. The Secretary was elected for the 2025-2030 term."
    )
    assert _dates(text, "en") == ["2024-06-30"]


# an earlier day of the congress reported just before is that congress's first day, not another congress ("Sáng
# 19/9, Đại hội Đảng bộ tỉnh Lai Châu lần thứ 15 ... công bố kết quả bầu cử ... phát biểu tại Đại hội Đảng bộ tỉnh
# Lai Châu ngày 18/9", u-vi-1112, gave 19/9 and 18/9)
EARLIER = {
    "vi": "Sáng 19/9/2025, Đại hội Đảng bộ tỉnh Lai Châu lần thứ 15, nhiệm kỳ 2025-2030 công bố kết quả bầu cử, trong đó ông Lê Minh Ngân được bầu giữ chức Bí thư Tỉnh ủy. Ông Lê Minh Ngân phát biểu tại Đại hội Đảng bộ tỉnh Lai Châu ngày 18/9.",
    "en": "On the morning of September 19, 2025, the 15th Lai Chau Provincial Party Congress for the 2025-2030 term announced the election results: Mr. Le Minh Ngan was elected Secretary of the Provincial Party Committee. Mr. Le Minh Ngan spoke at the Lai Chau Provincial Party Congress on September 18.",
    "fr": "Le matin du 19 septembre 2025, le 15e Congrès du Parti de la province de Lai Chau, mandat 2025-2030, a annoncé les résultats des élections : M. Le Minh Ngan a été élu secrétaire du Comité provincial du Parti. M. Le Minh Ngan a pris la parole au Congrès du Parti de la province de Lai Chau le 18 septembre.",
    "es": "En la mañana del 19 de septiembre de 2025, el XV Congreso del Partido de la provincia de Lai Chau, período 2025-2030, anunció los resultados de las elecciones: el Sr. Le Minh Ngan fue elegido secretario del Comité Provincial del Partido. El Sr. Le Minh Ngan habló en el Congreso del Partido de la provincia de Lai Chau el 18 de septiembre.",
    "pl": "Rano 19 września 2025 r. XV Zjazd Komitetu Partii Prowincji Lai Chau na kadencję 2025–2030 ogłosił wyniki wyborów: pan Le Minh Ngan został wybrany na sekretarza Prowincjonalnego Komitetu Partii. Pan Le Minh Ngan przemawiał na Zjeździe Komitetu Partii Prowincji Lai Chau 18 września.",
    "de": "Am Morgen des 19. September 2025 gab der 15. Parteitag der Provinz Lai Chau für die Amtszeit 2025–2030 die Wahlergebnisse bekannt: Herr Le Minh Ngan wurde zum Sekretär des Provinzparteikomitees gewählt. Herr Le Minh Ngan sprach am 18. September auf dem Parteitag der Provinz Lai Chau.",
    "ar": "في صباح يوم 19 سبتمبر 2025، أعلن مؤتمر الحزب الخامس عشر لمقاطعة لاي تشاو للفترة 2025-2030 نتائج الانتخابات، حيث انتخب السيد لي مينه نجان أمينا للجنة الحزب الإقليمية. وتحدث السيد لي مينه نجان في مؤتمر الحزب لمقاطعة لاي تشاو يوم 18 سبتمبر.",
}


@pytest.mark.parametrize("lang", sorted(EARLIER))
def test_an_earlier_day_of_the_congress_reported_before_dates_it_by_its_first_day(lang):
    assert _dates(EARLIER[lang], lang) == ["2025-09-18"]


def test_an_earlier_day_does_not_go_back_to_a_first_session_of_the_elected_body():
    # dev en-002: the first session of the Executive Board, then the congress the day before: two meetings
    text = (
        "On September 24, 2020, the first session of the Executive Board of the 16th Kon Tum Party Committee"
        " (term 2020-2025) elected the Standing Board. Earlier, on September 23rd, the Congress elected 50"
        " members to the Executive Board of the 16th Party Committee (term 2020-2025)."
    )
    assert _dates(text, "en") == ["2020-09-24", "2020-09-23"]


# the first meeting of a term dated by a day and no year, in a text of no stand-alone year, is held the year its
# term begins: a meeting of its own, not more of the meeting before (silver vi678 u-vi-1008: "Ngày 21/10, tại Hội
# nghị lần thứ nhất Ban Chấp hành Đảng bộ tỉnh Ninh Bình khóa XXII, ... nhiệm kỳ 2020-2025" went into 22/10's)
FIRST_DAY = {
    "vi": "Ngày 22/10, Hội nghị lần thứ nhất Ban Chấp hành Đảng bộ tỉnh Lai Châu nhiệm kỳ 2020-2025 đã bầu ông Giàng Páo Mỷ giữ chức Bí thư Tỉnh ủy. Ngày 21/10, tại Hội nghị lần thứ nhất Ban Chấp hành Đảng bộ tỉnh Ninh Bình khóa XXII, bà Nguyễn Thị Thu Hà tiếp tục được bầu giữ chức Bí thư Tỉnh ủy nhiệm kỳ 2020-2025.",
    "en": "On October 22, the first session of the Executive Committee of the Lai Chau Provincial Party Committee for the 2020-2025 term elected Mr. Giang Pao My as Secretary. On October 21, at the first session of the Executive Committee of the Ninh Binh Provincial Party Committee for the 2020-2025 term, Ms. Nguyen Thi Thu Ha was re-elected Secretary.",
    "fr": "Le 22 octobre, la première session du Comité exécutif du Comité provincial du Parti de Lai Chau pour le mandat 2020-2025 a élu M. Giang Pao My secrétaire. Le 21 octobre, lors de la première session du Comité exécutif du Comité provincial du Parti de Ninh Binh pour le mandat 2020-2025, Mme Nguyen Thi Thu Ha a été réélue secrétaire.",
    "es": "El 22 de octubre, la primera sesión del Comité Ejecutivo del Comité Provincial del Partido de Lai Chau, período 2020-2025, eligió al Sr. Giang Pao My como secretario. El 21 de octubre, en la primera sesión del Comité Ejecutivo del Comité Provincial del Partido de Ninh Binh, período 2020-2025, la Sra. Nguyen Thi Thu Ha fue reelegida secretaria.",
    "pl": "22 października na pierwszym posiedzeniu Komitetu Wykonawczego Prowincjonalnego Komitetu Partii Lai Chau na kadencję 2020–2025 pan Giang Pao My został wybrany na sekretarza. Rano 21 października na pierwszym posiedzeniu Komitetu Wykonawczego Prowincjonalnego Komitetu Partii Ninh Binh na kadencję 2020–2025 pani Nguyen Thi Thu Ha została ponownie wybrana na sekretarza.",
    "de": "Am 22. Oktober wählte die erste Sitzung des Exekutivkomitees des Provinzparteikomitees Lai Chau für die Amtszeit 2020–2025 Herrn Giang Pao My zum Sekretär. Am 21. Oktober wurde auf der ersten Sitzung des Exekutivkomitees des Provinzparteikomitees Ninh Binh für die Amtszeit 2020–2025 Frau Nguyen Thi Thu Ha erneut zur Sekretärin gewählt.",
}


@pytest.mark.parametrize("lang", sorted(FIRST_DAY))
def test_a_first_meeting_of_a_term_with_a_day_and_no_year_is_held_in_the_terms_first_year(lang):
    assert _dates(FIRST_DAY[lang], lang) == ["2020-10-22", "2020-10-21"]


# a term's years with a clipped start ("nhiệm kỳ 202-2025", a typo of u-vi-1008) are a range: its end is no year the
# sentence states (it gave 2025-09-26 to a congress of 2020)
CLIPPED = {
    "vi": "Ngày 12/10/2020, tại Đại hội đại biểu Đảng bộ tỉnh Thái Nguyên lần thứ XX, ông Nguyễn Thanh Hải tái đắc cử Bí thư Tỉnh ủy. Ngày 26/9, tại Đại hội đại biểu Đảng bộ tỉnh Lạng Sơn lần thứ XVII, bà Lâm Thị Phương Thanh tái đắc cử Bí thư Tỉnh ủy Lạng Sơn khóa XVII, nhiệm kỳ 202-2025.",
    "en": "On October 12, 2020, at the 20th Thai Nguyen Provincial Party Congress, Mr. Nguyen Thanh Hai was re-elected Secretary. On September 26, at the 17th Lang Son Provincial Party Congress, Ms. Lam Thi Phuong Thanh was re-elected Secretary of the Lang Son Provincial Party Committee for the 202-2025 term.",
}


@pytest.mark.parametrize("lang", sorted(CLIPPED))
def test_a_terms_range_with_a_clipped_start_states_no_year(lang):
    assert _dates(CLIPPED[lang], lang) == ["2020-10-12", "2020-09-26"]


# an earlier day of the congress reported just before is its first day also after a sentence that names the first
# conference of the executive it elected (silver mt u-mtar-02, vi u-vi-1046: "Ngày 16/10, Đại hội ... đã công bố kết
# quả hội nghị lần thứ nhất Ban Chấp hành ... Theo kết quả công bố, vào chiều 15/10, Đại hội ... đã bầu")
RESULTS = {
    "vi": "Ngày 16/10/2020, Đại hội đại biểu Đảng bộ tỉnh Bình Định lần thứ XX, nhiệm kỳ 2020-2025 đã công bố kết quả hội nghị lần thứ nhất Ban Chấp hành Đảng bộ tỉnh. Theo kết quả công bố, vào chiều 15/10, Đại hội đại biểu Đảng bộ tỉnh lần thứ XX đã bầu Ban Chấp hành Đảng bộ tỉnh gồm 54 người.",
    "ar": "في 16 أكتوبر 2020، أعلن مؤتمر مندوبي الحزب في مقاطعة بينه دينه العشرين، للفترة 2020-2025، نتائج المؤتمر الأول للجنة التنفيذية للحزب الإقليمي. ووفقًا للنتائج المعلنة، بعد ظهر يوم 15 أكتوبر، انتخب مؤتمر مندوبي الحزب الإقليمي العشرين اللجنة التنفيذية للحزب الإقليمي المكونة من 54 شخصًا.",
    "en": "On October 16, 2020, the 20th Binh Dinh Provincial Party Congress for the 2020-2025 term announced the results of the first session of the Provincial Party Executive Committee. According to the results, on the afternoon of October 15, the Congress elected the 54-member Provincial Party Executive Committee.",
}


@pytest.mark.parametrize("lang", sorted(RESULTS))
def test_an_earlier_day_after_the_results_of_a_first_conference_is_the_congresss_first_day(lang):
    assert _dates(RESULTS[lang], lang) == ["2020-10-15"]


# ... but a sentence opening "Earlier," (an earlier cue: "Trước đó", "Auparavant", "Zuvor", "Wcześniej") goes back
# to an event before the one just reported: its day is another meeting's (dev en-002)
EARLIER_EVENT = {
    "vi": "Ngày 24/9/2020, Hội nghị lần thứ nhất Ban Chấp hành Đảng bộ tỉnh Kon Tum khóa XVI, nhiệm kỳ 2020-2025 đã bầu Ban Thường vụ. Trước đó, ngày 23/9, Đại hội đã bầu 50 đồng chí vào Ban Chấp hành Đảng bộ tỉnh khóa XVI.",
    "fr": "Le 24 septembre 2020, le 16e Congrès du Parti de la province de Kon Tum a élu le Comité permanent. Auparavant, le 23 septembre, le Congrès avait élu 50 membres du Comité exécutif.",
    "es": "El 24 de septiembre de 2020, el XVI Congreso del Partido de la provincia de Kon Tum eligió el Comité Permanente. Anteriormente, el 23 de septiembre, el Congreso eligió a 50 miembros del Comité Ejecutivo.",
    "de": "Am 24. September 2020 wählte der 16. Parteitag der Provinz Kon Tum den Ständigen Ausschuss. Zuvor hatte der Parteitag am 23. September 50 Mitglieder des Exekutivkomitees gewählt.",
    "pl": "24 września 2020 r. XVI Zjazd Komitetu Partii Prowincji Kon Tum wybrał Stały Komitet. Wcześniej, 23 września, Zjazd wybrał 50 członków Komitetu Wykonawczego.",
}


@pytest.mark.parametrize("lang", sorted(EARLIER_EVENT))
def test_a_sentence_opening_earlier_reports_another_meeting(lang):
    assert _dates(EARLIER_EVENT[lang], lang) == ["2020-09-24", "2020-09-23"]


def test_ar_before_that_opens_an_earlier_event_no_deadline():
    # ar 'وقبل ذلك، في 23 سبتمبر' ("before that, on 23 September"): the until cue قبل ("before 31 December") does not
    # take the day as a deadline's (an until line of ar cues.tsv valued not)
    text = (
        "في 24 سبتمبر 2020، انتخب مؤتمر الحزب السادس عشر لمقاطعة كون توم اللجنة الدائمة. وقبل ذلك، في 23 سبتمبر،"
        " انتخب المؤتمر 50 عضوا في اللجنة التنفيذية."
    )
    assert _dates(text, "ar") == ["2020-09-24", "2020-09-23"]


# a first meeting of a term with no day, its sentence naming the term by a word and no years, is held in the latest
# term the text names (reg-all u-vi-1189: "Trong phiên họp đầu tiên, Ban chấp hành Đảng bộ tỉnh Bắc Kạn khóa XII đã
# bầu ...", gold 2020; vi ordinals.tsv 'đầu tiên' 1)
UNDATED_FIRST = {
    "vi": "Trong phiên họp đầu tiên, Ban chấp hành Đảng bộ tỉnh Bắc Kạn khóa XII đã bầu Ban thường vụ Tỉnh ủy khóa mới gồm 13 đồng chí. Đồng chí Hoàng Duy Chinh được bầu giữ chức vụ Bí thư Tỉnh ủy khóa XII, nhiệm kỳ 2020 – 2025.",
    "en": "At its first session, the Executive Committee of the Bac Kan Provincial Party Committee of the 12th term elected the 13-member Standing Committee. Mr. Hoang Duy Chinh was elected Secretary of the Provincial Party Committee for the 2020-2025 term.",
    "fr": "Lors de sa première session, le Comité exécutif du Comité provincial du Parti de Bac Kan de la 12e législature a élu le Comité permanent de 13 membres. M. Hoang Duy Chinh a été élu secrétaire du Comité provincial du Parti pour le mandat 2020-2025.",
    "es": "En su primera sesión, el Comité Ejecutivo del Comité Provincial del Partido de Bac Kan, XII mandato, eligió el Comité Permanente de 13 miembros. El Sr. Hoang Duy Chinh fue elegido secretario del Comité Provincial del Partido para el período 2020-2025.",
    "de": "Auf seiner ersten Sitzung wählte das Exekutivkomitee des Provinzparteikomitees Bac Kan der 12. Amtszeit den 13-köpfigen Ständigen Ausschuss. Herr Hoang Duy Chinh wurde für die Amtszeit 2020–2025 zum Sekretär des Provinzparteikomitees gewählt.",
    "pl": "Na swoim pierwszym posiedzeniu Komitet Wykonawczy Prowincjonalnego Komitetu Partii Bac Kan XII kadencji wybrał 13-osobowy Stały Komitet. Pan Hoang Duy Chinh został wybrany na sekretarza Prowincjonalnego Komitetu Partii na kadencję 2020–2025.",
}


@pytest.mark.parametrize("lang", sorted(UNDATED_FIRST))
def test_an_undated_first_meeting_named_by_its_term_word_is_of_the_texts_term(lang):
    assert _dates(UNDATED_FIRST[lang], lang) == ["2020"]


# an earlier day goes back to the congress before only in the same place: a list of two provinces' congresses on
# consecutive days is two congresses (the earlier-day rule of c002350 merged them)
TWO_PLACES = {
    "vi": "Ngày 15/10/2020, tại Đại hội đại biểu Đảng bộ tỉnh Bình Dương lần thứ XI, ông Trần Văn Nam được bầu làm Bí thư Tỉnh ủy. Ngày 14/10, tại Đại hội đại biểu Đảng bộ tỉnh Thái Bình lần thứ XX, ông Ngô Đông Hải tái đắc cử Bí thư Tỉnh ủy.",
    "en": "On October 15, 2020, at the 11th Binh Duong Provincial Party Congress, Mr. Tran Van Nam was elected Secretary. On October 14, at the 20th Thai Binh Provincial Party Congress, Mr. Ngo Dong Hai was re-elected Secretary.",
    "fr": "Le 15 octobre 2020, lors du 11e Congrès du Parti de la province de Binh Duong, M. Tran Van Nam a été élu secrétaire. Le 14 octobre, lors du 20e Congrès du Parti de la province de Thai Binh, M. Ngo Dong Hai a été réélu secrétaire.",
    "es": "El 15 de octubre de 2020, en el XI Congreso del Partido de la provincia de Binh Duong, el Sr. Tran Van Nam fue elegido secretario. El 14 de octubre, en el XX Congreso del Partido de la provincia de Thai Binh, el Sr. Ngo Dong Hai fue reelegido secretario.",
    "de": "Am 15. Oktober 2020 wurde auf dem 11. Parteitag der Provinz Binh Duong Herr Tran Van Nam zum Sekretär gewählt. Am 14. Oktober wurde auf dem 20. Parteitag der Provinz Thai Binh Herr Ngo Dong Hai als Sekretär wiedergewählt.",
    "pl": "15 października 2020 r. na XI Zjeździe Komitetu Partii Prowincji Binh Duong pan Tran Van Nam został wybrany na sekretarza. Rano 14 października na XX Zjeździe Komitetu Partii Prowincji Thai Binh pan Ngo Dong Hai został ponownie wybrany na sekretarza.",
}


@pytest.mark.parametrize("lang", sorted(TWO_PLACES))
def test_an_earlier_day_of_another_provinces_congress_is_another_congress(lang):
    assert _dates(TWO_PLACES[lang], lang) == ["2020-10-15", "2020-10-14"]


# nor does a later day go on with the congress before in another place: the later-day rule of _later_day_of made one
# congress of two provinces' on consecutive days ("Ngày 14/10/2020, tại Đại hội ... tỉnh Thái Bình ... Ngày 15/10, tại
# Đại hội ... tỉnh Bình Dương")
TWO_PLACES_LATER = {
    "vi": "Ngày 14/10/2020, tại Đại hội đại biểu Đảng bộ tỉnh Thái Bình lần thứ XX, ông Ngô Đông Hải tái đắc cử Bí thư Tỉnh ủy. Ngày 15/10, tại Đại hội đại biểu Đảng bộ tỉnh Bình Dương lần thứ XI, ông Trần Văn Nam được bầu làm Bí thư Tỉnh ủy.",
    "en": "On October 14, 2020, at the 20th Thai Binh Provincial Party Congress, Mr. Ngo Dong Hai was re-elected Secretary. On October 15, at the 11th Binh Duong Provincial Party Congress, Mr. Tran Van Nam was elected Secretary.",
    "fr": "Le 14 octobre 2020, lors du 20e Congrès du Parti de la province de Thai Binh, M. Ngo Dong Hai a été réélu secrétaire. Le 15 octobre, lors du 11e Congrès du Parti de la province de Binh Duong, M. Tran Van Nam a été élu secrétaire.",
    "es": "El 14 de octubre de 2020, en el XX Congreso del Partido de la provincia de Thai Binh, el Sr. Ngo Dong Hai fue reelegido secretario. El 15 de octubre, en el XI Congreso del Partido de la provincia de Binh Duong, el Sr. Tran Van Nam fue elegido secretario.",
    "de": "Am 14. Oktober 2020 wurde auf dem 20. Parteitag der Provinz Thai Binh Herr Ngo Dong Hai als Sekretär wiedergewählt. Am 15. Oktober wurde auf dem 11. Parteitag der Provinz Binh Duong Herr Tran Van Nam zum Sekretär gewählt.",
    "pl": "14 października 2020 r. na XX Zjeździe Komitetu Partii Prowincji Thai Binh pan Ngo Dong Hai został ponownie wybrany na sekretarza. Rano 15 października na XI Zjeździe Komitetu Partii Prowincji Binh Duong pan Tran Van Nam został wybrany na sekretarza.",
}


@pytest.mark.parametrize("lang", sorted(TWO_PLACES_LATER))
def test_a_later_day_of_another_provinces_congress_is_another_congress(lang):
    assert _dates(TWO_PLACES_LATER[lang], lang) == ["2020-10-14", "2020-10-15"]


# ar: a first sitting after the term's ordinal ("للدورة الرابعة جلسته الأولى", "الدورة الرابعة، في اجتماعه الأول": the
# 4th term's first sitting, الدورة being both a session and a term) is a first meeting of the term; only a later
# noun's later ordinal makes the first the term's ("الدورة الأولى، 2021-2026، جلسته الخامسة")
AR_FIRST = [
    "في صباح يوم 30 يونيو، عقد مجلس الشعب لمقاطعة داك نونغ للدورة الرابعة جلسته الأولى وانتخب السيد هو فان موي رئيسا"
    " للجنة الشعبية الإقليمية.",
    "في صباح يوم 30 يونيو، انتخب مجلس الشعب لمقاطعة داك نونغ، الدورة الرابعة، في اجتماعه الأول السيد هو فان موي رئيسا"
    " للجنة الشعبية الإقليمية.",
    "في صباح يوم 30 يونيو، عقد مجلس الشعب لمقاطعة داك نونغ الدورة العاشرة جلسته الأولى وانتخب السيد هو فان موي رئيسا"
    " للجنة الشعبية الإقليمية.",
]
AR_BIOGRAPHY = (
    " في عام 2015 كان مديرا لشرطة داك نونغ. وفي عام 2015 كان نائبا. وفي اليوم نفسه، انتخب مجلس الشعب لمقاطعة داك لاك"
    " السيد ي فينه تور رئيسا لمجلس الشعب الإقليمي للفترة 2021-2026."
)


@pytest.mark.parametrize("text", AR_FIRST)
def test_ar_a_first_sitting_after_the_terms_ordinal_opens_the_term(text):
    assert _dates(text + AR_BIOGRAPHY, "ar") == ["2021-06-30"]


# a sitting, a visit or a press conference of no day whose sentence writes no year is not dated by the text's most
# frequent year, the year of the figures and plans it reports (reg-all u-pl-0047 "Delegaci uczestniczący w 6. sesji
# Rady Ludowej ...", dev de-001, u-es-0014, u-es-0019, u-ar-0002, silver mt2 u-mt2ar-01: gold dates none of them)
UNTIMED = {
    "en": "Delegates attending the 6th session of the Vinh Long Provincial People's Council, 2021-2026 term. In 2025, the"
    " province's GRDP grew by 8.2%, and 2025 is the last year of the 2021-2025 plan.",
    "fr": "Les délégués participant à la 6e session du Conseil populaire de la province de Vinh Long, mandat 2021-2026. En"
    " 2025, le PIBR de la province a augmenté de 8,2 %, et 2025 est la dernière année du plan 2021-2025.",
    "es": "Delegados que asisten a la 6ª sesión del Consejo Popular de la provincia de Vinh Long, período 2021-2026. En"
    " 2025, el PIBR de la provincia creció un 8,2 %, y 2025 es el último año del plan 2021-2025.",
    "de": "Delegierte der 6. Sitzung des Volksrates der Provinz Vinh Long, Amtszeit 2021–2026. Im Jahr 2025 wuchs das BIP"
    " der Provinz um 8,2 %, und 2025 ist das letzte Jahr des Plans 2021–2025.",
    "pl": "Delegaci uczestniczący w 6. sesji Rady Ludowej Prowincji Vinh Long, kadencja 2021–2026. W 2025 roku PKB"
    " prowincji wzrósł o 8,2%, a rok 2025 jest ostatnim rokiem planu na lata 2021–2025.",
    "vi": "Các đại biểu dự kỳ họp thứ 6 HĐND tỉnh Vĩnh Long khóa X, nhiệm kỳ 2021-2026. Năm 2025, GRDP của tỉnh tăng"
    " 8,2%, năm 2025 là năm cuối của kế hoạch 2021-2025.",
}
UNTIMED_OTHER = [
    (
        "en",
        "The delegation of Hubei province paid a working visit to Ninh Binh today. In 2023, Ninh Binh's GRDP grew by"
        " 7.27%, and the province aims to become a centrally run city by 2035.",
    ),
    (
        "es",
        "La delegación de la provincia de Hubei sostuvo hoy una visita de trabajo a Ninh Binh. En 2023, el PIBR de"
        " Ninh Binh creció un 7,27 %, y la provincia aspira a convertirse en ciudad central en 2035.",
    ),
    (
        "en",
        "At the press conference, the Statistics Office presented the province's socio-economic situation. In 2023,"
        " GRDP grew by 7.27% compared with 2022; 2023 was an important year.",
    ),
    (
        "pl",
        "Na konferencji prasowej przedstawiciele Urzędu Statystycznego przedstawili sytuację społeczno-gospodarczą"
        " prowincji. W 2023 roku PKB wzrósł o 7,27% w porównaniu z 2022 r.; rok 2023 był niezwykle ważny.",
    ),
    (
        "ar",
        "خلال المؤتمر الصحفي، قدم مكتب الإحصاء الوضع الاجتماعي والاقتصادي للمقاطعة. في عام 2023، نما الناتج المحلي"
        " الإجمالي بنسبة 7.27% مقارنة بعام 2022.",
    ),
]


@pytest.mark.parametrize("lang", sorted(UNTIMED))
def test_a_sitting_of_no_day_nor_year_takes_no_year_of_the_texts_figures(lang):
    assert _dates(UNTIMED[lang], lang) == [None]


@pytest.mark.parametrize(("lang", "text"), UNTIMED_OTHER)
def test_a_visit_or_press_conference_of_no_day_nor_year_takes_no_year_of_the_texts_figures(lang, text):
    assert _dates(text, lang) == [None]


def test_an_untimed_meeting_keeps_a_year_its_sentence_writes_or_the_publication_year():
    # (its sentence's year, a document's too: reg-all u-ar-0069; a published article's year; another kind of meeting)
    resolution = (
        "During the session, the Standing Committee announced Resolution 202/2025/QH15 of the National Assembly on the"
        " arrangement of provincial units. In 2025, the city had 125 deputies."
    )
    assert _dates(resolution, "en") == ["2025"]
    published = Article("t", UNTIMED["en"], lang="en", published="2025-12-10")
    assert [m.date for m in extract(published).meetings] == ["2025"]
    meeting = UNTIMED["en"].replace("Delegates attending the 6th session of", "At the meeting, delegates of")
    assert _dates(meeting, "en") == ["2025"]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "en",
            "At its first session, the Provincial People's Council for the 2021-2026 term elected Mr. Nguyen Van A as"
            " Chairman. In 2023 the province grew 5%.",
        ),
        (
            "vi",
            "Tại kỳ họp thứ nhất, HĐND tỉnh khóa X, nhiệm kỳ 2021-2026 đã bầu ông Nguyễn Văn A làm Chủ tịch. Năm 2023,"
            " tỉnh tăng trưởng 5%.",
        ),
    ],
)
def test_an_untimed_first_sitting_of_a_term_keeps_the_terms_first_year(lang, text):
    assert _dates(text, lang) == ["2021"]


# a sitting of a congress its sentence names is dated by the term the congress opens, as the congress is (not left
# undated as a council's later sitting is)
CONGRESS_SITTING = {
    "en": "The preparatory session of the 16th Provincial Party Congress, term 2025-2030, opened at the provincial"
    " conference center. In 2025, the province grew 8%.",
    "pl": "Sesja przygotowawcza XVI Zjazdu Partii Prowincji, kadencja 2025–2030, rozpoczęła się w prowincjonalnym centrum"
    " konferencyjnym.",
    "fr": "La session préparatoire du 16e Congrès du Parti de la province, mandat 2025-2030, s'est ouverte au centre de"
    " conférences provincial.",
    "de": "Die vorbereitende Sitzung des 16. Provinzparteitags, Amtszeit 2025–2030, wurde im Konferenzzentrum der Provinz"
    " eröffnet.",
    "es": "La sesión preparatoria del XVI Congreso del Partido de la provincia, período 2025-2030, se inauguró en el centro"
    " de conferencias provincial.",
}


@pytest.mark.parametrize("lang", sorted(CONGRESS_SITTING))
def test_a_sitting_of_a_congress_of_no_day_takes_the_term_the_congress_opens(lang):
    assert _dates(CONGRESS_SITTING[lang], lang) == ["2025"]


# a year a review looks back on, written after an until cue ("zadań na rok 2023", "las tareas para 2023") before the
# next year's plan ("na rok 2024"), is the year the meeting is held in, not a target (silver mt10 u-mt10pl-02, gold
# 2023-12-01; en "tasks for 2023", vi "nhiệm vụ năm 2023" read so before)
REVIEWED_TARGET = {
    "pl": "1 grudnia towarzysze Nguyen Huu Dong, sekretarz Prowincjonalnego Komitetu Partii, i Lo Minh Hung, stały"
    " zastępca sekretarza Prowincjonalnego Komitetu Partii, przewodniczyli Konferencji Komitetu Wykonawczego"
    " Prowincjonalnego Komitetu Partii, podczas której oceniono pracę w zakresie realizacji zadań na rok 2023,"
    " wdrożono zadania na rok 2024.",
    "es": "El 1 de diciembre, los camaradas Nguyen Huu Dong, secretario del Comité Provincial del Partido, y Lo Minh Hung,"
    " subsecretario permanente del Comité Provincial del Partido, presidieron la Conferencia del Comité Ejecutivo"
    " Provincial del Partido, que evaluó la ejecución de las tareas para 2023 y desplegó las tareas para 2024.",
}
TARGET_ONLY = {
    "pl": "1 grudnia Komitet Wykonawczy Prowincjonalnego Komitetu Partii zorganizował konferencję, podczas której"
    " oceniono realizację Rezolucji 18 i cele na rok 2030.",
    "es": "El 1 de diciembre, el Comité Ejecutivo Provincial del Partido celebró una conferencia que evaluó la ejecución"
    " de la Resolución 18 y las metas para 2030.",
}


@pytest.mark.parametrize("lang", sorted(REVIEWED_TARGET))
def test_the_year_reviewed_before_the_next_years_plan_dates_the_meeting(lang):
    assert _dates(REVIEWED_TARGET[lang], lang) == ["2023-12-01"]


@pytest.mark.parametrize("lang", sorted(TARGET_ONLY))
def test_a_reviewed_target_with_no_next_year_stays_a_target(lang):
    assert _dates(TARGET_ONLY[lang], lang) == [None]


# cs: a congress that "se bude konat" (will be held) is still to come, as pl "odbędzie się" (u-cs-0011 was dated
# 2024-10-16)
def test_cs_a_congress_still_to_come_is_no_meeting_held():
    text = (
        "Pan Tran Minh Thang, předseda Výboru Vietnamské vlasti v provincii Nam Dinh, uvedl, že 10. sjezd Vietnamské"
        " vlasti se bude konat za 3 dny, od 16. do 18. října 2024 v Národním kongresovém centru v Hanoji."
    )
    assert _dates(text, "cs") == []


# a birth year written with its abbreviation (vi "SN 1967", de "geb. 1967") is no year of the text's events
# (u-vi-1044: its only year, the ceremony of 9/9 was dated 1967-09-09)
BORN = {
    "vi": "Ngày 9/9 tại huyện đảo Cồn Cỏ, Thường vụ Tỉnh ủy Quảng Trị đã tổ chức lễ công bố quyết định bổ nhiệm ông Võ Viết"
    " Cường làm Bí thư Huyện ủy Cồn Cỏ. Ông Võ Viết Cường (SN 1967, quê Gio Linh, Quảng Trị) từng là Phó Chánh Văn phòng"
    " Tỉnh ủy.",
    "de": "Am 9. September organisierte der Ständige Ausschuss des Provinzparteikomitees Quang Tri auf der Insel Con Co"
    " eine Zeremonie zur Ernennung von Herrn Vo Viet Cuong zum Sekretär des Bezirksparteikomitees. Herr Vo Viet Cuong"
    " (geb. 1967) war stellvertretender Leiter des Büros des Provinzparteikomitees.",
}


@pytest.mark.parametrize("lang", sorted(BORN))
def test_a_birth_year_by_its_abbreviation_dates_no_meeting(lang):
    assert _dates(BORN[lang], lang) == [None]
