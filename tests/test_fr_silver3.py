"""French rules found by scoring the third blind silver gold (silver/ set fr3) and reading the 33
unlabelled French articles: each test fails without the rule it names (posts and dates are in
``tests/data/cases/posts.tsv`` and ``dates.tsv``)."""

from __future__ import annotations

import pytest

from kg.lang import Lexicon
from kg.lang.matcher import Matcher
from tests.helpers import extracted


@pytest.mark.parametrize(
    "text, found",
    [
        # an elided article is glued to the next word: the wording ends at its apostrophe
        ("le président de l'union des paysans", ["le président de l'"]),
        ("le président de l’union des paysans", ["le président de l’"]),
        # a wording of whole words still ends where the text's word ends
        ("le président de lunion", ["le président de"]),
        ("le président des x", ["le président"]),
    ],
)
def test_a_wording_ending_in_an_apostrophe_matches_before_a_word(text, found):
    wordings = ["le président de l'", "le président de l’", "le président de", "le président"]
    lexicon = Lexicon({w: ("chair",) for w in wordings})
    assert [m.group("w") for m in lexicon.pattern.finditer(text)] == found
    assert [h.group("w") for h in Matcher(wordings).finditer(text)] == found
    assert [h.group("w") for h in Matcher(wordings, ("w",)).finditer("w" + text)] == found


def test_every_french_wording_with_an_apostrophe_has_its_typographic_twin():
    """French texts write the elision both ways ("l'Assemblée", "l’Assemblée") and folding keeps
    them apart: a pack wording written with one needs the other too."""
    from pathlib import Path

    import kg.lang

    folder = Path(kg.lang.__file__).parent / "fr"
    for path in sorted(folder.glob("*.tsv")):
        column = 1 if path.name == "cues.tsv" else 0
        rows = [
            line.rstrip("\n").split("\t")
            for line in path.read_text(encoding="utf-8").splitlines()
            if line.strip() and not line.startswith("#")
        ]
        wordings = {row[column] for row in rows if len(row) > column}
        missing = [w for w in wordings if "'" in w and w.replace("'", "\u2019") not in wordings]
        assert not missing, f"{path.name}: {sorted(missing)}"


@pytest.mark.parametrize(
    "text, chairs",
    [
        # "Chủ trì hội nghị, đồng chí A, ..." translated with the present participle first
        (
            "Le 5 mars 2024, le Comité populaire provincial a tenu une conférence. Présidant la conférence, "
            "le camarade Nguyen Van Duc, président du Comité populaire provincial, a souligné les tâches.",
            ["Nguyen Van Duc"],
        ),
        (
            "Le 5 mars 2024, le Comité populaire provincial a tenu une conférence. Coprésidant la conférence, "
            "les camarades Nguyen Van Duc, président du Comité populaire provincial, et Le Van Binh, "
            "vice-président du Comité populaire provincial, ont souligné les tâches.",
            ["Nguyen Van Duc", "Le Van Binh"],
        ),
    ],
)
def test_a_chair_named_after_the_present_participle(text, chairs):
    (meeting,) = extracted(text, "fr").meetings
    assert meeting.chairs == chairs and meeting.date == "2024-03-05"


@pytest.mark.parametrize(
    "text, name, posts",
    [
        # "Thừa ủy quyền của Chủ tịch nước, Phó Chủ nhiệm Văn phòng Chủ tịch nước A công bố ...": the
        # President's title is the principal's, not the name's written after the next title
        (
            "Suivant la procuration du président de la République, le vice-président du Bureau du président "
            "de la République Pham Thanh Ha a annoncé la décision.",
            "Pham Thanh Ha",
            [("deputy_head", "other")],
        ),
        (
            "Autorisé par le président de la République, le chef du Bureau du président de la République "
            "Le Khanh Hai a annoncé la décision.",
            "Le Khanh Hai",
            [("head", "other")],
        ),
        # the principal named right after his title keeps it
        (
            "Sur procuration du président de la République Luong Cuong, le chef du Bureau Le Khanh Hai a "
            "annoncé la décision.",
            "Luong Cuong",
            [("state_president", "other")],
        ),
    ],
)
def test_a_title_after_a_mandate_is_the_principals(text, name, posts):
    (official,) = [o for o in extracted(text, "fr").officials if o.name == name]
    assert [(p.role, p.body.org) for p in official.positions] == posts


@pytest.mark.parametrize(
    "text, documents",
    [
        # a regulation named by its term, as a resolution is (the en pack's "regulation")
        (
            "La Commission a approuvé un rapport sur la mise en œuvre du règlement de travail de la "
            "Commission centrale de contrôle du 12e mandat.",
            [("regulation", None, None, 12)],
        ),
        # "règlement" alone is the rules in general: no document
        ("La nomination sera faite conformément au règlement.", []),
        ("Il a violé les règlements du Parti et les lois de l'État.", []),
    ],
)
def test_a_regulation_named_by_its_term(text, documents):
    found = [(d.kind, d.number, d.session, d.term) for d in extracted(text, "fr").documents]
    assert found == documents


@pytest.mark.parametrize(
    "cue",
    ["avec la participation du camarade", "en présence des camarades", "avec la présence du camarade"],
)
def test_names_after_a_participation_cue_attend(cue):
    # "dưới sự chủ trì của đồng chí A, với sự tham dự của đồng chí B": B attends, A chairs
    text = (
        "Le 5 mars 2024, la conférence s'est tenue sous la présidence du camarade Nguyen Van An, secrétaire "
        f"du Comité provincial du Parti, {cue} Tran Van Binh, président du Comité populaire provincial."
    )
    (meeting,) = extracted(text, "fr").meetings
    assert meeting.chairs == ["Nguyen Van An"]


def test_foreigners_counted_are_persons():
    figures = sorted(
        (m.value, m.unit)
        for m in extracted(
            "La province a attiré 1,2 million de visiteurs, dont 300 000 étrangers.", "fr"
        ).metrics
    )
    assert figures == [(300000.0, "persons"), (1200000.0, "persons")]


@pytest.mark.parametrize(
    "text, posts",
    [
        # the post a clause speaks of ("the post of X will be filled") is nobody's
        (
            "M. Nguyen Van An, secrétaire du Comité provincial du Parti, a annoncé que le poste de président du "
            "Comité populaire provincial sera pourvu lors de la prochaine session.",
            [("secretary", "party_committee")],
        ),
        # a verb of holding (an adverb between) links it
        (
            "M. Nguyen Van An, membre du Comité permanent, a occupé autrefois le poste de président du Comité "
            "populaire du district de Nam Dan.",
            [("standing_member", "party_committee"), ("chair", "peoples_committee")],
        ),
        (
            "Mme Bui Thi Minh Hoai a été élue pour occuper le poste de présidente du Comité central du Front "
            "de la patrie vietnamienne.",
            [("chair", "fatherland_front")],
        ),
    ],
)
def test_the_post_of_is_linked_by_a_verb_of_holding(text, posts):
    (official,) = extracted(text, "fr").officials
    assert [(p.role, p.body.org) for p in official.positions] == posts
