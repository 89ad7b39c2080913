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


def _meetings(text: str, lang: str):
    return extract(Article("t", text, lang=lang)).meetings


def test_subcommittee_of_a_congress_holds_no_congress():
    # "Subcommittee on documents of the 15th ... Congress convenes first meeting": a subcommittee's sitting, no
    # congress, not dated by the term the congress opens
    body = (
        "\n\nThe meeting was chaired by Tran Quoc Cuong, Secretary of the Provincial Party Committee. It prepares the "
        "documents of the Congress for the 2025-2030 term."
    )
    (m,) = _meetings(
        "Subcommittee on documents of the 15th Dien Bien Provincial Party Congress convenes first meeting"
        + body,
        "en",
    )
    assert (m.kind, m.date, m.chairs) == ("meeting", None, ["Tran Quoc Cuong"])
    (m,) = _meetings(
        "Unterausschuss für Dokumente des 15. Parteitags der Provinz Dien Bien hält Sitzung ab\n\nDen Vorsitz der "
        "Sitzung führte Genosse Tran Quoc Cuong, Sekretär des Provinzparteikomitees. Er unterstützt den Parteitag "
        "der Provinz für die Amtszeit 2025–2030.",
        "de",
    )
    assert (m.kind, m.date) == ("session", None)
    (m,) = _meetings(
        "Le sous-comité des documents du 15e Congrès provincial du Parti tient sa première réunion\n\nTran Quoc "
        "Cuong, secrétaire du Comité provincial du Parti, a présidé la réunion. Il prépare les documents pour le "
        "mandat 2025-2030.",
        "fr",
    )
    assert (m.kind, m.date) == ("meeting", None)


def test_congress_itself_still_a_congress():
    (m,) = _meetings(
        "The 15th Dien Bien Provincial Party Congress for the 2025-2030 term opened on October 5, 2025, chaired by "
        "Tran Quoc Cuong, Secretary of the Provincial Party Committee.",
        "en",
    )
    assert (m.kind, m.date) == ("congress", "2025-10-05")


def test_de_deputy_of_a_president_is_vice_chair():
    # "stellvertretender Präsident des ...": the deputy the idiom 'Präsident des' (chair) dropped
    assert _posts("Le Van A, stellvertretender Präsident des Provinzvolkskomitees, nahm teil.", "de")[
        "Le Van A"
    ] == {("vice_chair", "peoples_committee", "provincial")}
    assert _posts("Le Van A, ständiger stellvertretender Präsident des Provinzvolksrats, nahm teil.", "de")[
        "Le Van A"
    ] == {("standing_vice_chair", "peoples_council", "provincial")}
    assert _posts(
        "Nguyen Quoc Doan, stellvertretender Präsident des Obersten Volksgerichts, nahm teil.", "de"
    )["Nguyen Quoc Doan"] == {("deputy_head", "other", "central")}
    assert _posts("Le Van A, Präsident des Provinzvolkskomitees, nahm teil.", "de")["Le Van A"] == {
        ("chair", "peoples_committee", "provincial")
    }


def test_en_deputy_president_of_a_body_is_vice_chair():
    posts = _posts("Le Van A, Deputy President of the Provincial People's Committee, attended.", "en")
    assert posts["Le Van A"] == {("vice_chair", "peoples_committee", "provincial")}
    posts = _posts("Le Van A, Permanent Deputy President of the Provincial People's Council, attended.", "en")
    assert posts["Le Van A"] == {("standing_vice_chair", "peoples_council", "provincial")}


def test_de_passive_participle_before_dative_apposition():
    # "Die Sitzung wurde von Genosse A geleitet, dem stellvertretenden Sekretär ...": the apposition after the
    # participle is A's; a clause after it is not
    text = (
        "Die Sitzung wurde von Genosse Nguyen Van Son geleitet, dem stellvertretenden Sekretär des "
        "Provinzparteikomitees und Vorsitzenden des Provinzvolksrats."
    )
    assert _posts(text, "de")["Nguyen Van Son"] == {
        ("deputy_secretary", "party_committee", "provincial"),
        ("chair", "peoples_council", "provincial"),
    }
    text = "Die Sitzung wurde von Genosse Nguyen Van Son geleitet, der Vorsitzende des Provinzvolkskomitees Le Van Binh sprach."
    posts = _posts(text, "de")
    assert posts["Nguyen Van Son"] == set()
    assert posts["Le Van Binh"] == {("chair", "peoples_committee", "provincial")}
