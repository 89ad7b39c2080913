"""mt17c's fixes, from its blind cross-translations (silver/mt17/u-mt17de-21..23, u-mt17en-21..23)."""

from kg.extract import extract
from kg.model import Article


def _posts(text: str, lang: str) -> dict[str, set[tuple[str, str, str | None]]]:
    x = extract(Article("t", text, lang=lang))
    return {o.name: {(p.role, p.body.org, p.body.level) for p in o.positions} for o in x.officials}


def test_de_split_verb_particle_before_apposition():
    # "An dem Treffen nahm auch Genosse A teil, Mitglied ...": the apposition after the verb's closing word is A's
    posts = _posts(
        "An dem Treffen nahm auch Genosse Ho Quoc Dung teil, Mitglied des Zentralkomitees der Partei und "
        "ehemaliger Sekretär des Provinzparteikomitees.",
        "de",
    )
    assert posts["Ho Quoc Dung"] == {
        ("member", "central_committee", "central"),
        ("secretary", "party_committee", "provincial"),
    }
    posts = _posts("Der Sitzung wohnte Genosse Ho Quoc Dung bei, Sekretär des Provinzparteikomitees.", "de")
    assert posts["Ho Quoc Dung"] == {("secretary", "party_committee", "provincial")}


def test_de_split_verb_particle_plural_list_stays_unowned():
    # a plural title after the particle names other people
    posts = _posts(
        "An der Sitzung nahmen die Genossen Ho Quoc Dung und Le Van Binh teil, Leiter der Abteilungen der Provinz.",
        "de",
    )
    assert posts["Le Van Binh"] == set()
