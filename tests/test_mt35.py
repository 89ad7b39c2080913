"""mt35's fixes from its blind round (silver/mt35): an emulation and reward council (Hội đồng Thi đua - Khen thưởng)
whose level word stands inside its name ("Consejo Provincial de Emulación y Recompensas", "Conseil provincial
d'émulation et de récompense", "Provinzrat für Nachahmung und Belohnung") or written with the Polish word
'współzawodnictwo' ("Prowincjonalnej Rady ds. Współzawodnictwa i Nagród"): its chair a chair of an other body."""

from __future__ import annotations

import pytest

from tests.helpers import meetings_of, placed_posts

LEAD = {
    "pl": "Rankiem 21 września w konferencji uczestniczył towarzysz Pham Quang Ngoc, przewodniczący {}.",
    "es": "En la mañana del 21 de septiembre asistió a la conferencia el camarada Pham Quang Ngoc, presidente del {}.",
    "fr": "Le matin du 21 septembre, le camarade Pham Quang Ngoc, président du {}, a assisté à la conférence.",
    "de": "Am Morgen des 21. September nahm Genosse Pham Quang Ngoc, Vorsitzender des {}, an der Konferenz teil.",
    "en": "On the morning of September 21, the conference was attended by comrade Pham Quang Ngoc, Chairman of the {}.",
}
PROVINCIAL = ("chair", "other", "provincial")
CENTRAL = ("chair", "other", "central")
COUNCIL = {
    # the level word inside the name (was: no post)
    "pl-wspolzawodnictwo": ("pl", "Prowincjonalnej Rady ds. Współzawodnictwa i Nagród", PROVINCIAL),
    "pl-wspolzawodnictwo-after": ("pl", "Rady ds. Współzawodnictwa i Nagród prowincji Ninh Binh", PROVINCIAL),
    "pl-no-ds": ("pl", "Prowincjonalnej Rady Współzawodnictwa i Nagród", PROVINCIAL),
    "es-provincial": ("es", "Consejo Provincial de Emulación y Recompensas", PROVINCIAL),
    "fr-provincial": ("fr", "Conseil provincial d'émulation et de récompense", PROVINCIAL),
    "de-provinzrat": ("de", "Provinzrates für Nachahmung und Auszeichnung", PROVINCIAL),
    "de-provinz-after": ("de", "Rates für Nachahmung und Belohnung der Provinz Ninh Binh", PROVINCIAL),
    "de-zentral": ("de", "Zentralen Rates für Emulation und Belohnung", CENTRAL),
    # (the readings that were right before: the listed names, the level after the name, the central council)
    "pl-emulacji": ("pl", "Prowincjonalnej Rady ds. Emulacji i Nagród", PROVINCIAL),
    "pl-central": ("pl", "Centralnej Rady ds. Emulacji i Nagród", CENTRAL),
    "es-after": ("es", "Consejo de Emulación y Recompensas de la provincia de Ninh Binh", PROVINCIAL),
    "es-central": ("es", "Consejo Central de Emulación y Recompensas", CENTRAL),
    "fr-after": ("fr", "Conseil d'émulation et de récompense de la province de Ninh Binh", PROVINCIAL),
    "en-provincial": ("en", "Provincial Emulation and Reward Council", PROVINCIAL),
    # (and the bodies the grammar read before stay theirs)
    "es-people": ("es", "Consejo Popular Provincial", ("chair", "peoples_council", "provincial")),
    "pl-people": ("pl", "Prowincjonalnej Rady Ludowej", ("chair", "peoples_council", "provincial")),
    "de-people": ("de", "Volksrates der Provinz", ("chair", "peoples_council", "provincial")),
    "fr-people": ("fr", "Conseil populaire provincial", ("chair", "peoples_council", "provincial")),
}


@pytest.mark.parametrize("case", sorted(COUNCIL))
def test_an_emulation_council_s_chair(case):
    lang, body, post = COUNCIL[case]
    posts = placed_posts(LEAD[lang].format(body), lang)["Pham Quang Ngoc"]
    assert {p[:3] for p in posts} == {post}


def test_the_organising_committee_of_an_emulation_congress_stays_an_other_body_s():
    # "szef Komitetu Organizacyjnego I Kongresu Patriotycznego Współzawodnictwa" (Trưởng Ban Tổ chức Đại hội Thi đua
    # yêu nước): the congress's organising committee, no emulation council and no Organisation Commission
    text = (
        "Rankiem 21 września w Kongresie uczestniczył towarzysz Pham Quang Ngoc, szef Komitetu Organizacyjnego I "
        "Kongresu Patriotycznego Współzawodnictwa prowincji Ninh Binh."
    )
    assert {p[:3] for p in placed_posts(text, "pl")["Pham Quang Ngoc"]} == {("head", "other", "provincial")}


# mt35fix 2: "Cùng ngày, tại Kỳ họp thứ 5 (Kỳ họp chuyên đề), HĐND tỉnh Cà Mau khóa X đã bầu ..." retold: a sentence
# opening "On the same day, at the <meeting>" that names a meeting of another kind than the one before (a session
# after a conference) is that other meeting, on the day before's, though no holding verb says it was held (vi read it
# only because 'Kỳ họp' holds the verb 'họp')
_FIRST = {
    "en": "On November 17, 2025, the Ca Mau Provincial Party Committee held a conference to announce the decision of "
    "the Party Central Committee's Secretariat on Mr. Lu Quang Ngoi.\n\n",
    "es": "El 17 de noviembre de 2025, el Comité Provincial del Partido de Ca Mau celebró una conferencia para anunciar "
    "la decisión del Secretariado del Comité Central del Partido sobre el señor Lu Quang Ngoi.\n\n",
    "fr": "Le 17 novembre 2025, le Comité provincial du Parti de Ca Mau a organisé une conférence pour annoncer la "
    "décision du Secrétariat du Comité central du Parti concernant M. Lu Quang Ngoi.\n\n",
    "de": "Am 17. November 2025 hielt das Provinzparteikomitee Ca Mau eine Konferenz ab, um die Entscheidung des "
    "Sekretariats des Zentralkomitees der Partei über Herrn Lu Quang Ngoi bekannt zu geben.\n\n",
    "pl": "W dniu 17 listopada 2025 r. Prowincjonalny Komitet Partii Ca Mau zorganizował konferencję w celu ogłoszenia "
    "decyzji Sekretariatu Komitetu Centralnego Partii w sprawie pana Lu Quang Ngoia.\n\n",
    "ar": "في 17 نوفمبر 2025، عقدت لجنة الحزب الإقليمية في كا ماو مؤتمرا لإعلان قرار الأمانة العامة للجنة المركزية "
    "للحزب بشأن السيد لو كوانغ نغوي.\n\n",
}
_SAME_DAY_SESSION = {
    "en": "On the same day, at the 5th session (thematic session), the People's Council of Ca Mau province, 10th "
    "tenure, elected Mr. Lu Quang Ngoi as Chairman of the Ca Mau Provincial People's Committee.",
    "es": "El mismo día, en la 5ª sesión (sesión temática), el Consejo Popular de la provincia de Ca Mau, X "
    "legislatura, eligió al señor Lu Quang Ngoi presidente del Comité Popular provincial de Ca Mau.",
    "fr": "Le même jour, lors de la 5e session (session thématique), le Conseil populaire de la province de Ca Mau, Xe "
    "législature, a élu M. Lu Quang Ngoi président du Comité populaire provincial de Ca Mau.",
    "de": "Am selben Tag, auf der 5. Sitzung (Themensitzung), wählte der Volksrat der Provinz Ca Mau Herrn Lu Quang "
    "Ngoi zum Vorsitzenden des Volkskomitees der Provinz.",
    "pl": "Tego samego dnia, na 5. sesji (sesji tematycznej), Rada Ludowa prowincji Ca Mau X kadencji wybrała pana Lu "
    "Quang Ngoia na stanowisko przewodniczącego Komitetu Ludowego prowincji Ca Mau.",
    # (left: 'الدورة' is a term's noun as well as a session's, no meeting noun; German verb-second, the session after
    # the verb: "Am selben Tag wählte der Volksrat ... auf seiner 5. Sitzung")
    "ar": "وفي اليوم نفسه، وفي الدورة الخامسة (الدورة الموضوعية)، انتخب مجلس الشعب لمقاطعة كا ماو السيد لو كوانغ "
    "نغوي لشغل منصب رئيس اللجنة الشعبية لمقاطعة كا ماو.",
    "de-v2": "Am selben Tag wählte der Volksrat der Provinz Ca Mau auf seiner 5. Sitzung (Themensitzung) Herrn Lu Quang "
    "Ngoi zum Vorsitzenden des Volkskomitees der Provinz.",
}
_LEFT = {"ar": "'الدورة' no meeting noun", "de-v2": "the session after the verb"}


@pytest.mark.parametrize(
    "case",
    [
        pytest.param(c, marks=[pytest.mark.xfail(strict=True, reason=_LEFT[c])] if c in _LEFT else [])
        for c in sorted(_SAME_DAY_SESSION)
    ],
)
def test_a_session_on_the_same_day_after_a_conference(case):
    lang = case[:2]
    dates = [(m[0], m[1]) for m in meetings_of(_FIRST[lang] + _SAME_DAY_SESSION[case], lang)]
    assert dates[1:] == [("2025-11-17", "peoples_council")]


_SAME_DAY_SAME_KIND = {
    "en": "On the same day, at the conference, Mr. Lu Quang Ngoi thanked the Secretariat.",
    "pl": "Tego samego dnia, na konferencji, pan Lu Quang Ngoi podziękował Sekretariatowi.",
    "es": "El mismo día, en la conferencia, el señor Lu Quang Ngoi agradeció al Secretariado.",
}


@pytest.mark.parametrize("lang", sorted(_SAME_DAY_SAME_KIND))
def test_the_same_day_at_the_conference_told_on_is_the_one_reported(lang):
    assert len(meetings_of(_FIRST[lang] + _SAME_DAY_SAME_KIND[lang], lang)) == 1


# mt35fix 3: the organiser of "Prowincjonalny Komitet Partii Ca Mau zorganizował konferencję w celu ogłoszenia decyzji
# Sekretariatu Komitetu Centralnego Partii" was the Central Committee (pl), the Secretariat (en "the decision of the
# Secretariat of the Party Central Committee"): a document's issuer is the body right after its wording, link words
# between, and the body that one belongs to, written right after it
_ISSUED = {
    "pl": _FIRST["pl"],
    "en": "On November 17, 2025, the Ca Mau Provincial Party Committee held a conference to announce the decision of "
    "the Secretariat of the Party Central Committee on Mr. Lu Quang Ngoi.",
    "pl-politburo": "W dniu 17 listopada 2025 r. Prowincjonalny Komitet Partii Ca Mau zorganizował konferencję w celu "
    "ogłoszenia decyzji Biura Politycznego w sprawie pana Lu Quang Ngoia.",
    "es": _FIRST["es"],
    "fr": _FIRST["fr"],
    "de": _FIRST["de"],
    "ar": _FIRST["ar"],
}


@pytest.mark.parametrize("case", sorted(_ISSUED))
def test_the_issuer_of_the_decision_announced_is_no_organiser(case):
    assert meetings_of(_ISSUED[case], case[:2]) == [("2025-11-17", "party_committee", "Ca Mau")]


def test_the_body_after_the_meeting_noun_still_organises_it():
    # (no document before it: "the session of the Provincial People's Council")
    text = (
        "On November 17, 2025, Mr. Lu Quang Ngoi attended the session of the People's Council of Ca Mau province "
        "to approve the decision."
    )
    assert meetings_of(text, "en") == [("2025-11-17", "peoples_council", "Ca Mau")]
