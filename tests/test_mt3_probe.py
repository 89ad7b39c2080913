"""Constructions of whole machine-translated articles (en, fr, es, de) that kg misread, found by translating
unread Vietnamese articles the way vietnam.vn's machine translation writes them (silver/mt3/, synthetic
translations, not real MT): each case fails without the pack lines it tests."""

from __future__ import annotations

import pytest

from tests.helpers import meetings_of, placed_posts


def posts(text: str, lang: str) -> dict[str, set[tuple[str, str, str | None]]]:
    """Each official's posts as (role, org, level)."""
    return {name: {p[:3] for p in held} for name, held in placed_posts(text, lang).items()}


# A title after a verb of greeting or handing over, right after a name's own titles, is the object's
# (not_holder): "A, Chairman of X, congratulated the new Vice Chairmen of X".
@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "de",
            "Herr Pham Xuan Thang, Sekretär des Provinzparteikomitees, und Herr Trieu The Hung, stellvertretender "
            "Sekretär des Provinzparteikomitees, Vorsitzender des Volkskomitees der Provinz Hai Duong, überreichten "
            "den neuen stellvertretenden Vorsitzenden des Provinzvolkskomitees und 19 Mitgliedern des Volkskomitees "
            "der Provinz Hai Duong Blumen zur Gratulation.",
        ),
        (
            "de",
            "Herr Trieu The Hung, Vorsitzender des Volkskomitees der Provinz Hai Duong, überreichte den neuen "
            "stellvertretenden Vorsitzenden des Provinzvolkskomitees Blumen.",
        ),
        (
            "en",
            "Mr. Trieu The Hung, Chairman of the Hai Duong Provincial People's Committee, congratulated the new "
            "Vice Chairmen of the Provincial People's Committee.",
        ),
    ],
)
def test_a_title_after_a_verb_of_handing_over_is_the_objects(lang, text):
    held = posts(text, lang)["Trieu The Hung"]
    assert ("chair", "peoples_committee", "provincial") in held
    assert not any(role == "vice_chair" or role == "member" for role, _, _ in held)


def test_a_congratulated_official_elected_after_the_verb_keeps_his_post():
    held = posts(
        "Son La Provincial Party Secretary Hoang Quoc Khanh congratulated comrade Nguyen Dinh Viet on being "
        "elected as Chairman of the Provincial People's Committee.",
        "en",
    )
    assert ("chair", "peoples_committee", "provincial") in held["Nguyen Dinh Viet"]
    assert ("chair", "peoples_committee", "provincial") not in held["Hoang Quoc Khanh"]


# A deputy (đại biểu) of a body is a member of it, its term's ordinal written between them.
@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("es", "El Sr. Duong Van An, diputado de la XV Asamblea Nacional, asistió a la sesión."),
        ("es", "La Sra. Huynh Thuy Van, diputada de la 15ª Asamblea Nacional, asistió a la sesión."),
        ("fr", "M. Duong Van An, député de la XVe Assemblée nationale, a assisté à la session."),
        ("de", "Herr Duong Van An, Abgeordneter der 15. Nationalversammlung, nahm an der Sitzung teil."),
    ],
)
def test_a_deputy_of_the_nth_national_assembly_is_a_member(lang, text):
    (held,) = posts(text, lang).values()
    assert held == {("member", "national_assembly", "central")}


# "các Phó Bí thư gồm các ông: A (Chủ tịch HĐND), B (Chủ tịch UBND)": the plural role before the verb is also
# that of the names listed after it, a plural courtesy title (and a colon) between.
LISTED = {
    "fr": "Les secrétaires adjoints du Comité provincial du Parti comprennent MM. : Tran Quoc Toan (secrétaire "
    "adjoint permanent du Comité provincial du Parti), Tran Quoc Van (président du Conseil populaire provincial), "
    "Nguyen Khac Than (président du Comité populaire provincial).",
    "es": "Los subsecretarios del Comité Provincial del Partido incluyen a los señores: Tran Quoc Toan "
    "(subsecretario permanente del Comité Provincial del Partido), Tran Quoc Van (presidente del Consejo Popular "
    "Provincial), Nguyen Khac Than (presidente del Comité Popular Provincial).",
    "de": "Die stellvertretenden Sekretäre des Provinzparteikomitees sind die Herren: Tran Quoc Toan (Ständiger "
    "stellvertretender Sekretär des Provinzparteikomitees), Tran Quoc Van (Vorsitzender des Provinzvolksrats), "
    "Nguyen Khac Than (Vorsitzender des Provinzvolkskomitees).",
    "en": "The Deputy Secretaries of the Provincial Party Committee include Messrs: Tran Quoc Toan (Standing Deputy "
    "Secretary of the Provincial Party Committee), Tran Quoc Van (Chairman of the Provincial People's Council), "
    "Nguyen Khac Than (Chairman of the Provincial People's Committee).",
}


@pytest.mark.parametrize("lang", sorted(LISTED))
def test_a_plural_role_before_a_listing_verb_and_a_plural_courtesy_title(lang):
    held = posts(LISTED[lang], lang)
    deputy = ("deputy_secretary", "party_committee", "provincial")
    assert held["Tran Quoc Van"] == {deputy, ("chair", "peoples_council", "provincial")}
    assert held["Nguyen Khac Than"] == {deputy, ("chair", "peoples_committee", "provincial")}
    # the standing deputy holds no second, plain deputy's post
    assert held["Tran Quoc Toan"] == {("standing_deputy_secretary", "party_committee", "provincial")}


def test_spanish_son_lists_the_holders_of_a_plural_role():
    # silver u-es-0005's sentence: "Los dos subsecretarios son A, presidente ..., y B, su vicepresidente"
    held = posts(
        "Vo Thi Anh Xuan fue elegida secretaria del Comité Provincial del Partido de An Giang. Los dos "
        "subsecretarios son Nguyen Thanh Binh, presidente del Comité Popular de esta provincia, y Le Van Nung, "
        "miembro del Comité Provincial del Partido.",
        "es",
    )
    assert ("deputy_secretary", "party_committee", "provincial") in held["Le Van Nung"]
    assert ("deputy_secretary", "party_committee", "provincial") in held["Nguyen Thanh Binh"]


# A biography's past posts after the official's given name: "M. Dung a occupé les postes de A, B ; C" (the verb and
# the post noun together are the title link the given name opens, as en "Dung held the positions of").
BIOGRAPHY = {
    "fr": "M. Ho Quoc Dung est né le 15 août 1966. M. Dung a occupé les postes de membre du Comité permanent du "
    "Comité provincial du Parti, vice-président permanent du Comité populaire de la province de Binh Dinh ; "
    "secrétaire du Comité provincial du Parti de Binh Dinh.",
    "es": "El Sr. Ho Quoc Dung nació en 1966. El Sr. Dung ocupó los siguientes cargos: vicepresidente permanente "
    "del Comité Popular de la provincia de Binh Dinh; secretario del Comité Provincial del Partido de Binh Dinh.",
    "en": "Mr. Ho Quoc Dung was born in 1966. Mr. Dung held the following positions: Standing Vice Chairman of the "
    "Binh Dinh Provincial People's Committee; Secretary of the Binh Dinh Provincial Party Committee.",
    "de": "Herr Ho Quoc Dung wurde 1966 geboren. Herr Dung bekleidete folgende Positionen: Ständiger "
    "stellvertretender Vorsitzender des Volkskomitees der Provinz Binh Dinh; Sekretär des Provinzparteikomitees "
    "Binh Dinh.",
}


@pytest.mark.parametrize("lang", sorted(BIOGRAPHY))
def test_posts_held_after_the_given_name(lang):
    held = placed_posts(BIOGRAPHY[lang], lang)["Ho Quoc Dung"]
    assert ("standing_vice_chair", "peoples_committee", "provincial", "Binh Dinh") in held
    assert ("secretary", "party_committee", "provincial", "Binh Dinh") in held


def test_the_following_posts_after_a_colon():
    held = placed_posts(
        "Avant d'être élu secrétaire adjoint du Comité provincial du Parti de Quang Nam, le camarade Le Tri Thanh a "
        "occupé les postes suivants : vice-président du Comité populaire de la province de Quang Nam ; secrétaire "
        "adjoint et président du Comité populaire du district de Dien Ban.",
        "fr",
    )["Le Tri Thanh"]
    assert ("chair", "peoples_committee", "district", "Dien Ban") in held
    assert ("deputy_secretary", "party_committee", "district", "Dien Ban") in held


# A first session of a People's Council opens the term its sentence names, the elected posts written between them
# ("at the first session of the X People's Council, 13th tenure, the delegates elected the leaders of ... for the
# 2021-2026 term": more than 150 characters from the session to the term).
FIRST_SESSION = {
    "en": "On June 15, at the first session of the Binh Dinh Provincial People's Council, 13th tenure, the delegates "
    "elected the leadership positions of the Provincial People's Council and the Provincial People's Committee of "
    "Binh Dinh for the 2021-2026 term.",
    "es": "El 15 de junio, en la primera sesión del Consejo Popular de la provincia de Binh Dinh, XIII legislatura, los "
    "delegados eligieron los cargos de dirección del Consejo Popular Provincial y del Comité Popular Provincial de "
    "Binh Dinh para el período 2021-2026.",
    "de": "Am 15. Juni wählten die Delegierten auf der ersten Sitzung des Volksrats der Provinz Binh Dinh der 13. "
    "Legislaturperiode die Führungspositionen des Provinzvolksrats und des Provinzvolkskomitees von Binh Dinh für die "
    "Amtszeit 2021–2026.",
    "fr": "Le 15 juin, lors de la première session du Conseil populaire de la province de Binh Dinh, XIIIe législature, "
    "les délégués ont élu les postes de direction du Conseil populaire provincial et du Comité populaire provincial "
    "de Binh Dinh pour le mandat 2021-2026.",
}


@pytest.mark.parametrize("lang", sorted(FIRST_SESSION))
def test_a_first_session_is_dated_by_the_term_its_sentence_names_further_on(lang):
    assert [m[0] for m in meetings_of(FIRST_SESSION[lang], lang)] == ["2021-06-15"]


def test_a_later_session_still_takes_no_year_from_a_term_far_after_it():
    text = (
        "On June 15, at the 20th session of the Binh Dinh Provincial People's Council, 13th tenure, the delegates "
        "elected the leadership positions of the Provincial People's Council and the Provincial People's Committee "
        "of Binh Dinh for the 2021-2026 term."
    )
    assert [m[0] for m in meetings_of(text, "en")] != ["2021-06-15"]
