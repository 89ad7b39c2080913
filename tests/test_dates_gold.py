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
