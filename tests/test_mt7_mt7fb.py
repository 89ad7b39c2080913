"""Silver mt7 (synthetic MT of unread vi articles), de/en/es/fr: the constructions kg missed (mt7fb)."""

import pytest

from kg.extract import extract
from kg.model import Article


def _posts(text: str, lang: str) -> dict:
    x = extract(Article("t", text, lang=lang))
    return {o.name: {(p.role, p.body.org, p.body.level) for p in o.positions} for o in x.officials}


# an election committee (Ủy ban bầu cử) is a province's body outside the code list, as in the vi and pl packs
# (u-mt7en-01: its chair and six vice chairs gave no post of it)
@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "en",
            "Mr. Nguyen Phuoc Loc, Deputy Secretary of the City Party Committee, is Vice Chairman of the Election "
            "Committee of Ho Chi Minh City.",
        ),
        (
            "fr",
            "M. Nguyen Phuoc Loc, secrétaire adjoint du Comité municipal du Parti, est vice-président du Comité "
            "électoral de Hô Chi Minh-Ville.",
        ),
        (
            "es",
            "El Sr. Nguyen Phuoc Loc, subsecretario del Comité Municipal del Partido, es vicepresidente del Comité "
            "Electoral de la ciudad de Ho Chi Minh.",
        ),
        (
            "de",
            "Herr Nguyen Phuoc Loc, stellvertretender Sekretär des Stadtparteikomitees, ist stellvertretender "
            "Vorsitzender des Wahlausschusses von Ho-Chi-Minh-Stadt.",
        ),
    ],
)
def test_election_committee_is_a_body(lang, text):
    posts = _posts(text, lang)["Nguyen Phuoc Loc"]
    assert ("vice_chair", "other", "provincial") in posts
    assert ("deputy_secretary", "party_committee", "provincial") in posts


def test_election_committees_listed_vice_chairs():
    text = (
        "Six Vice Chairmen of the Election Committee include: Mr. Nguyen Phuoc Loc, Deputy Secretary of the City "
        "Party Committee; Mr. Nguyen Manh Cuong, Vice Chairman of the Ho Chi Minh City People's Committee."
    )
    posts = _posts(text, "en")
    assert ("vice_chair", "other", "provincial") in posts["Nguyen Phuoc Loc"]
    assert ("vice_chair", "other", "provincial") in posts["Nguyen Manh Cuong"]


# a clause's subject body right before the object's honorific is no title of the name: the name's own title after
# it stays its own, though the clause ends with another honorific (u-mt7de-02 lost both posts of Luu Van Trung)
def test_subject_body_before_object_is_no_title():
    text = (
        "Zuvor hatte der Volksrat Herrn Luu Van Trung, ständiger stellvertretender Sekretär des "
        "Provinzparteikomitees, zum Vorsitzenden des Volksrates der Provinz Dak Nong gewählt und damit Herrn Le "
        "Dien ersetzt."
    )
    assert _posts(text, "de")["Luu Van Trung"] == {
        ("standing_deputy_secretary", "party_committee", "provincial"),
        ("chair", "peoples_council", "provincial"),
    }


def test_titles_written_before_names_still_pass_on():
    # "Head of X A, Minister of Public Security, General B": the part after A is B's
    text = (
        "Attending were Head of the Central Organisation Commission Le Minh Hung, Minister of Public Security, "
        "General Luong Tam Quang."
    )
    posts = _posts(text, "en")
    assert ("minister", "ministry", "central") in posts["Luong Tam Quang"]
    assert ("minister", "ministry", "central") not in posts["Le Minh Hung"]


# a plural deputy role listed with no body of its own, in a sentence that names none, is of the body of the head
# the sentence before names (u-mt7fr-01: "Les chefs adjoints sont : M. A - t1 ; B - t2" gave no deputy_head)
@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "fr",
            "Selon la décision, le chef du Comité de pilotage est M. Ho Quoc Dung, secrétaire du Comité provincial "
            "du Parti. Les chefs adjoints sont : M. Rah Lan Chung - président du Conseil populaire provincial ; "
            "Pham Anh Tuan - président du Comité populaire provincial.",
        ),
        (
            "en",
            "According to the decision, the Head of the Steering Committee is Mr. Ho Quoc Dung, Secretary of the "
            "Provincial Party Committee. The Deputy Heads are: Mr. Rah Lan Chung, Chairman of the Provincial "
            "People's Council; Mr. Pham Anh Tuan, Chairman of the Provincial People's Committee.",
        ),
        (
            "es",
            "Según la decisión, el jefe del Comité Directivo es el Sr. Ho Quoc Dung, secretario del Comité "
            "Provincial del Partido. Los subjefes son: el Sr. Rah Lan Chung, presidente del Consejo Popular "
            "Provincial; el Sr. Pham Anh Tuan, presidente del Comité Popular Provincial.",
        ),
        (
            "de",
            "Herr Ho Quoc Dung, Sekretär des Provinzparteikomitees, ist Leiter des Lenkungsausschusses. Die "
            "stellvertretenden Leiter sind: Herr Rah Lan Chung, Vorsitzender des Provinzvolksrates; Herr Pham Anh "
            "Tuan, Vorsitzender des Provinzvolkskomitees.",
        ),
    ],
)
def test_listed_deputies_of_the_head_named_before(lang, text):
    posts = _posts(text, lang)
    for name, own in (("Rah Lan Chung", "peoples_council"), ("Pham Anh Tuan", "peoples_committee")):
        assert posts[name] == {
            ("chair", own, "provincial"),
            ("deputy_head", "steering_committee", "provincial"),
        }


def test_listed_deputies_need_their_head_before():
    # no head named before: the deputies' body is not guessed from another title
    text = (
        "Mr. Ho Quoc Dung is Secretary of the Provincial Party Committee. The Deputy Heads are: Mr. Rah Lan Chung, "
        "Chairman of the Provincial People's Council; Mr. Pham Anh Tuan, Chairman of the Provincial People's "
        "Committee."
    )
    posts = _posts(text, "en")
    assert posts["Rah Lan Chung"] == {("chair", "peoples_council", "provincial")}


def test_other_members_are_counted_in_french():
    # u-mt7fr-01: "le Comité de pilotage compte 12 autres membres" gave no figure ("les 5 autres" alone stays none)
    x = extract(Article("t", "En outre, le Comité de pilotage compte 12 autres membres.", lang="fr"))
    assert [(m.value, m.unit) for m in x.metrics] == [(12.0, "persons")]
    assert extract(Article("t", "Les 5 autres ont été élus.", lang="fr")).metrics == []
