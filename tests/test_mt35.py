"""mt35's fixes from its blind round (silver/mt35): an emulation and reward council (Hội đồng Thi đua - Khen thưởng)
whose level word stands inside its name ("Consejo Provincial de Emulación y Recompensas", "Conseil provincial
d'émulation et de récompense", "Provinzrat für Nachahmung und Belohnung") or written with the Polish word
'współzawodnictwo' ("Prowincjonalnej Rady ds. Współzawodnictwa i Nagród"): its chair a chair of an other body."""

from __future__ import annotations

import pytest

from tests.helpers import placed_posts

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
