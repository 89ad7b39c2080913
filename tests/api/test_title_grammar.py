"""The title grammar: every role x body x level combination a pack's words can say parses to the
codes the shared rules give, whether or not any article contained it.

The phrases are generated from each pack's own data (``grammar.tsv`` words, ``levels.tsv``
words, the ``title_order`` of ``format.tsv``), so a pack that gains a word gains its tests.
"""

from __future__ import annotations

import importlib
import itertools

import pytest

from kg.lang import available_languages, load_pack
from kg.text import fold

grammar = importlib.import_module("kg.extract.grammar")
titles = importlib.import_module("kg.extract.titles")

PACKS = [code for code in available_languages() if (load_pack(code).folder / "grammar.tsv").exists()]


def _word_for(pack, features: frozenset[str]) -> str | None:
    """A wording of the pack that carries exactly ``features`` (a stem stands for its words)."""
    g = grammar.grammar(pack)
    for key, feats in g.exact.items():
        if feats == features and len(key) == 1 and key[0] not in _links(pack):
            return key[0]
    for stem, feats in g.prefixes:
        if feats == features:
            return stem
    return None


def _links(pack) -> set[str]:
    g = grammar.grammar(pack)
    return {k[0] for k, f in g.exact.items() if f & grammar.rules().kinds["link"]}


def _phrase(pack, rule) -> str | None:
    words = []
    for slot in rule.needs:
        word = next((w for f in sorted(slot) if (w := _word_for(pack, frozenset([f])))), None)
        if word is None:
            return None
        words.append(word)
    return " ".join(words)


def _order(pack) -> str:
    for line in (pack.folder / "format.tsv").read_text(encoding="utf-8").splitlines():
        cells = line.split("\t")
        if cells[0] == "title_order":
            return cells[1]
    return "{role} {body} {level}"


def _combinations(code: str):
    pack = load_pack(code)
    rules = grammar.rules()
    roles = [(r, p) for r in rules.role if len(r.values) == 1 and (p := _phrase(pack, r))]
    bodies = [(b, p) for b in rules.body if (p := _phrase(pack, b))]
    levels = sorted(
        {(" ".join(k).rstrip("*"), v) for k, v in grammar.grammar(pack).levels.items() if v != "central"}
    )
    for (role, rp), (body, bp), (lw, level) in itertools.product(roles, bodies, levels[:3]):
        if len(body.values) > 1:  # a body of fixed level (central) takes no level word
            lw, level = "", body.values[1]
        yield pack, role, rp, body, bp, lw, level


def test_every_pack_with_a_grammar_generates_combinations():
    assert {"en", "pl", "ar"} <= set(PACKS)
    for code in PACKS:
        assert sum(1 for _ in _combinations(code)) >= 50, code


@pytest.mark.slow  # every role x body x level title of a pack
@pytest.mark.parametrize("code", PACKS)
def test_generated_titles_parse_to_their_codes(code):
    failures = []
    n = 0
    for pack, role, rp, body, bp, lw, level in _combinations(code):
        text = fold(_order(pack).format(role=rp, body=bp, level=lw))
        found = titles.read_titles(text, pack)
        body_level = body.values[1] if len(body.values) > 1 else level
        role_code, org = role.values[0], body.values[0]
        if org in grammar.UNREAD:  # a committee alone is a body only with the body it belongs to
            continue
        if org == titles.GENERIC:  # an unnamed commission with no owner written: a post of "other", its
            # director its head (Chánh Văn phòng)
            role_code = titles._GENERIC_ROLES.get(role_code, titles._OFFICE_ROLES.get(role_code, role_code))
            org = "other"
        if _listed_whole(pack, text, fold(rp)):  # a wording the pack lists whole decides, not the grammar
            continue
        if org == "other" and any("court" in grammar.grammar_features(w, pack) for w in fold(bp).split()):
            org = "court"  # a court is headed, whatever chair word writes it (kg/data/title_rules.tsv court rows)
        want = titles.normalise(role_code, org, body_level)
        got = [(t.role, t.org, t.level) for t in found]
        n += 1
        if want not in got:
            failures.append(f"{text!r}: want {want}, got {got}")
    assert n > 0
    assert not failures, f"{len(failures)} of {n} failed, e.g.\n" + "\n".join(failures[:15])


def _listed_whole(pack, text: str, role_phrase: str) -> bool:
    """Does a wording of the pack's ``roles.tsv`` reach past the role's words into the body's
    ("نائب رئيس محكمة": a court's deputy president is deputy_head of other)?"""
    at = text.find(role_phrase)
    return at >= 0 and any(m.end() > at + len(role_phrase) for m, _ in pack.roles.finditer(text))


def test_undeclared_feature_is_an_error(tmp_path):
    from dataclasses import replace

    bad = tmp_path / "xx"
    bad.mkdir()
    (bad / "grammar.tsv").write_text("komitet\tcomittee\n", encoding="utf-8")
    pack = replace(load_pack("en"), code="xx-test", folder=bad)
    with pytest.raises(ValueError, match="comittee"):
        grammar.grammar(pack)


def test_inflected_and_reordered_bodies():
    pl = load_pack("pl")
    for text in (
        "komitetu ludowego prowincji",
        "prowincjonalnego komitetu ludowego",
        "komitet ludowy prowincji",
    ):
        assert [v for _, _, v in grammar.find_bodies(text, pl)] == [("peoples_committee", "provincial")], text
    ar = load_pack("ar")
    # the link clitic ل opens the owning body: "the standing committee of the provincial party committee"
    bodies = grammar.find_bodies(fold("اللجنة الدائمة للجنة الحزب الإقليمية"), ar)
    assert bodies[0][2][0] == "party_standing_committee"


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "the commission for propaganda of the provincial party committee"),
        ("en", "the commission for mass mobilisation of the provincial party committee"),
    ],
)
def test_a_link_word_before_a_topic_stays_inside_the_body(lang, text):
    found = [v for _, _, v in grammar.find_bodies(fold(text), load_pack(lang))]
    assert found[0] == ("party_commission",), found
    assert ("party_committee", "provincial") in found
