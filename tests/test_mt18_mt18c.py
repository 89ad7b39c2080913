"""Silver mt18 (mt18c: en and de cross-translations of dev ar/pl/fr articles): the constructions kg read wrong."""

import pytest

from kg.extract import extract
from kg.model import Article


def _chairs(text: str, lang: str) -> list[list[str]]:
    return [m.chairs for m in extract(Article("t", text, lang=lang)).meetings]


# a body one short word after a chair wording that ends with its meeting noun (u-mt18de-21, from dev pl-019): the
# side the working session is held with, or the meeting's owner, not a body the chair leads ('hat den Vorsitz des
# Lenkungsausschusses', 3d4caae, still no meeting chaired)
@pytest.mark.parametrize(
    "text",
    [
        "Genosse Huynh Thanh Dat, stellvertretender Leiter der Zentralen Kommission für Propaganda und "
        "Massenmobilisierung, leitete die Arbeitssitzung mit dem Provinzparteikomitee.",
        "Genosse Huynh Thanh Dat, Sekretär des Provinzparteikomitees, leitete die Sitzung des Lenkungsausschusses.",
    ],
)
def test_de_chair_wording_ending_with_its_meeting_noun_before_a_body(text):
    assert _chairs(text, "de") == [["Huynh Thanh Dat"]]


def test_de_chair_of_a_body_without_a_meeting_noun_chairs_nothing():
    text = "Genosse Huynh Thanh Dat, Sekretär des Provinzparteikomitees, hat den Vorsitz des Lenkungsausschusses."
    assert all(not chairs for chairs in _chairs(text, "de"))


# a change written as above or below the year before (probes beside u-mt18de-23's figures): the figure's change, no
# percent of its own ('8,5 % über dem Vorjahreszeitraum' already read)
@pytest.mark.parametrize(
    ("text", "figure"),
    [
        (
            "Die Gesamtinvestitionen erreichten 12,5 Billionen VND und lagen damit um 8 % über dem Vorjahr.",
            (12500.0, "billion_vnd", 8.0),
        ),
        (
            "Die Exporte beliefen sich auf 1,2 Milliarden US-Dollar und lagen 3,5 % unter dem Vorjahr.",
            (1200.0, "million_usd", -3.5),
        ),
    ],
)
def test_de_change_above_or_below_the_year_before(text, figure):
    metrics = extract(Article("t", text, lang="de")).metrics
    assert [(m.value, m.unit, m.change_pct) for m in metrics] == [figure]


def _posts(text: str, lang: str) -> dict[str, set[tuple]]:
    x = extract(Article("t", text, lang=lang))
    return {o.name: {(p.role, p.body.org, p.body.level) for p in o.positions} for o in x.officials}


# the body written before 'member' in a chain of titles (probes beside u-mt18en-23's title chains): the member's own
# body, not the next title's ('Party Central Committee member, Secretary of the Provincial Party Committee' read a
# member of the provincial party committee; 'Provincial Party Standing Committee member, Vice Chairman of the
# Provincial People's Committee' a member of the people's committee)
@pytest.mark.parametrize(
    ("text", "post"),
    [
        (
            "Comrade Nguyen Van Hung, Party Central Committee member, Secretary of the Provincial Party Committee, "
            "attended.",
            ("member", "central_committee", "central"),
        ),
        (
            "Party Central Committee member, Secretary of the Provincial Party Committee Nguyen Van Hung spoke.",
            ("member", "central_committee", "central"),
        ),
        (
            "Comrade Nguyen Van Hung, Provincial Party Standing Committee member, Vice Chairman of the Provincial "
            "People's Committee, attended.",
            ("standing_member", "party_committee", "provincial"),
        ),
        (
            "Comrade Nguyen Van Hung, Standing Committee member of the Provincial Party Committee, attended.",
            ("standing_member", "party_committee", "provincial"),
        ),
    ],
)
def test_en_body_before_member_in_a_title_chain(text, post):
    posts = _posts(text, "en")["Nguyen Van Hung"]
    assert post in posts
    assert not any(p[0] in ("member", "standing_member") and p != post for p in posts)


# a National Assembly code of no kind of its own after the law's whole name (probes beside the sets' documents): the
# law word stands more than 40 characters before the code
@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("The Law on Organization of Local Government No. 72/2025/QH15 was passed.", "en"),
        (
            "Das Gesetz über die Organisation der lokalen Regierung Nr. 72/2025/QH15 wurde verabschiedet.",
            "de",
        ),
        ("La loi sur l'organisation des collectivités locales n° 72/2025/QH15 est entrée en vigueur.", "fr"),
        ("La Ley de Organización del Gobierno Local N.º 72/2025/QH15 entró en vigor.", "es"),
        ("Ustawa o organizacji samorządu lokalnego nr 72/2025/QH15 weszła w życie.", "pl"),
    ],
)
def test_law_code_after_the_laws_whole_name(text, lang):
    documents = extract(Article("t", text, lang=lang)).documents
    assert [(d.kind, d.number) for d in documents] == [("law", "72/2025/QH15")]


# co-chairs and a chair who also moderates (probes beside u-mt18de-22's chair): 'den gemeinsamen Vorsitz', 'unter dem
# gemeinsamen Vorsitz von', 'den Ko-Vorsitz führten', 'leitete und moderierte'; a co-chair's title chairs nothing
@pytest.mark.parametrize(
    ("text", "chairs"),
    [
        (
            "Die Genossen Mai Van Tuat, ständiger stellvertretender Sekretär des Provinzparteikomitees, und Pham "
            "Quang Ngoc, Vorsitzender des Provinzvolkskomitees, führten den gemeinsamen Vorsitz der Konferenz.",
            [["Mai Van Tuat", "Pham Quang Ngoc"]],
        ),
        (
            "Die Konferenz fand unter dem gemeinsamen Vorsitz von Genosse Mai Van Tuat und Genosse Pham Quang Ngoc "
            "statt.",
            [["Mai Van Tuat", "Pham Quang Ngoc"]],
        ),
        (
            "Den Ko-Vorsitz führten Genosse Mai Van Tuat und Genosse Pham Quang Ngoc.",
            [["Mai Van Tuat", "Pham Quang Ngoc"]],
        ),
        (
            "Genosse Mai Van Tuat, ständiger stellvertretender Sekretär des Provinzparteikomitees, leitete und "
            "moderierte die Konferenz.",
            [["Mai Van Tuat"]],
        ),
        ("Genosse Mai Van Tuat ist Ko-Vorsitzender des Lenkungsausschusses.", []),
    ],
)
def test_de_co_chairs_and_a_moderating_chair(text, chairs):
    assert [c for c in _chairs(text, "de") if c] == chairs
