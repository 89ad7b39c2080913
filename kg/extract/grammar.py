"""The title grammar: roles and bodies composed from a pack's words.

A pack's ``grammar.tsv`` says which features its words carry ("komitetu" -> ``committee``,
"ludowego" -> ``people``, "prowincji" is a level word from ``levels.tsv``); the shared rules in
``kg/data/title_grammar.tsv`` say which feature sets make which role or body. One engine reads any
order and any inflected form the pack lists, so "Komitetu Ludowego Prowincji", "prowincjonalnego
komitetu ludowego" and "komitet ludowy" are all the provincial people's committee, and a role x
body x level combination no article contained still parses.

Wordings in ``grammar.tsv`` may be several words ("uy ban"), or stems: ``komitet*`` (prefix),
``*komitee`` (suffix, for compounds), ``*partei*`` (inside a compound). A word written with one of
the pack's clitic prefixes (Arabic و ل ب) or the definite article (ال) is read without them; a
pack's ``link_prefix`` clitic (Arabic ل, "of") opens a new body, as a link word does.

Phrases the grammar cannot compose stay in the pack's ``roles.tsv`` / ``bodies.tsv`` (idioms such
as "Politburo" in one word or "Provincial Party Secretary"); where both read the same words the
listed phrase wins.
"""

from __future__ import annotations

import bisect
import contextvars
import functools
import itertools
from dataclasses import dataclass, field
from functools import cache, lru_cache
from importlib import resources
from pathlib import Path

import kg.rx as re
from kg import gazetteer, tables
from kg.lang import Pack, load_pack
from kg.memo import Memo
from kg.text import fold, sentences

__all__ = [
    "COMPANY",
    "DELEGATION",
    "INSTITUTION",
    "OFFICE",
    "UNNAMED",
    "UNREAD",
    "Grammar",
    "Rule",
    "acronyms",
    "find_bodies",
    "find_roles",
    "grammar",
    "grammar_features",
    "reset_acronyms",
    "rules",
    "set_acronyms",
]

_DATA = Path(str(resources.files("kg"))) / "data"
# (a word's letters and the Arabic tanween the reader keeps, written before the alef of the accusative: "نائبًا"
# is one word, not "نائب" and "ا")
_TOKEN = re.compile(r"\w[\w\u064b]*(?:['’]\w[\w\u064b]*)*")
_TOKEN_SPLIT = re.compile(
    r"(\w[\w\u064b]*(?:['’]\w[\w\u064b]*)*)"
)  # (the tokens and what stands between them)
_JOIN = re.compile(r"^[\s\-–'’]*$")  # what may stand between two words of one phrase
# (but a dash with a space on each side parts two roles: "Vizepräsidentin - Generalsekretärin des Zentralkomitees der
# Vaterländischen Front", vi 'Phó Chủ tịch - Tổng Thư ký', is a vice chair and a general secretary, no deputy secretary;
# the words of a body's name may stand on both sides of one: "Ban Kinh tế - Ngân sách")
_SPACED_DASH = re.compile(r"\s[\-–]\s")


@dataclass(frozen=True)
class Rule:
    kind: str  # "role" or "body"
    needs: tuple[frozenset[str], ...]  # each slot: the features that fill it
    values: tuple[str, ...]  # (role, org?, level?) or (org, level?)

    @functools.cached_property
    def features(self) -> frozenset[str]:
        return frozenset().union(*self.needs)


@dataclass(frozen=True)
class _Rules:
    kinds: dict[str, frozenset[str]]  # kind -> feature names
    role: tuple[Rule, ...]
    body: tuple[Rule, ...]


@cache
def rules() -> _Rules:
    """The shared rules of ``kg/data/title_grammar.tsv``."""
    kinds: dict[str, set[str]] = {}
    out: dict[str, list[Rule]] = {"role": [], "body": []}
    for cells in tables.rows(_DATA / "title_grammar.tsv"):
        if cells[0] == "feature":
            kinds.setdefault(cells[1], set()).update(cells[2].split())
            continue
        needs = tuple(frozenset(slot.split("|")) for slot in cells[1].split())
        out[cells[0]].append(Rule(cells[0], needs, tuple(c for c in cells[2:])))
    known = set().union(*kinds.values())
    for rule in out["role"] + out["body"]:
        unknown = rule.features - known
        if unknown:
            raise ValueError(f"title_grammar.tsv: undeclared features {sorted(unknown)}")
    # most specific first: more slots, then file order
    ordered = {k: tuple(sorted(v, key=lambda r: -len(r.needs))) for k, v in out.items()}
    return _Rules({k: frozenset(v) for k, v in kinds.items()}, ordered["role"], ordered["body"])


@dataclass
class Grammar:
    """One pack's words: features per wording (exact, multi-word, or stems)."""

    exact: dict[tuple[str, ...], frozenset[str]]
    prefixes: tuple[tuple[str, frozenset[str]], ...]
    suffixes: tuple[tuple[str, frozenset[str]], ...]
    infixes: tuple[tuple[str, frozenset[str]], ...]
    levels: dict[tuple[str, ...], str]
    clitics: tuple[str, ...]
    article: str
    link_prefix: str
    longest: int
    compound_last: bool = False  # "Party Committee Propaganda Department": the last body owns the title
    _stem_index: tuple | None = field(default=None, init=False, repr=False, compare=False)

    def __bool__(self) -> bool:
        return bool(self.exact or self.prefixes or self.suffixes or self.infixes)

    def stem_index(self) -> tuple:
        """The prefix and suffix stems by wording (the first listed of each) and their lengths, longest
        first: the longest stem a word starts (ends) with is found in a look-up per length, as the
        first of :attr:`prefixes` (:attr:`suffixes`, longest first) it starts (ends) with."""
        if self._stem_index is None:
            prefixes: dict[str, frozenset[str]] = {}
            for stem, feats in self.prefixes:
                prefixes.setdefault(stem, feats)
            suffixes: dict[str, frozenset[str]] = {}
            for stem, feats in self.suffixes:
                suffixes.setdefault(stem, feats)
            lengths = lambda stems: tuple(sorted({len(x) for x in stems}, reverse=True))  # noqa: E731
            self._stem_index = (prefixes, lengths(prefixes), suffixes, lengths(suffixes))
        return self._stem_index


_GRAMMARS: dict[str, Grammar] = {}


def grammar(pack: Pack) -> Grammar:
    """The grammar words of ``pack`` (``grammar.tsv`` + ``levels.tsv``); empty without a file.

    A feature a pack names that ``title_grammar.tsv`` does not declare is an error, so a typo
    in a pack never silently drops a word.
    """
    if pack.code in _GRAMMARS:
        return _GRAMMARS[pack.code]
    declared = set().union(*rules().kinds.values())
    exact: dict[tuple[str, ...], set[str]] = {}
    pre, suf, inf = [], [], []
    link_prefix = ""
    folder = pack.folder
    path = folder / "grammar.tsv" if folder else None
    article = ""
    compound_last = False
    if folder is not None:
        for cells in tables.rows(folder / "format.tsv"):
            if cells[0] == "link_prefix":
                link_prefix = fold(cells[1])
            elif cells[0] == "article":
                article = fold(cells[1])
            elif cells[0] == "compound" and len(cells) > 1:
                compound_last = cells[1].strip() == "last"
    if path is not None and path.exists():
        for number, cells in tables.numbered_rows(path):
            if len(cells) < 2:
                raise ValueError(f"{path}: line {number}: wording<TAB>features expected")
            feats = frozenset(cells[1].replace(",", " ").split())
            unknown = feats - declared
            if unknown:
                raise ValueError(f"{path}: line {number}: undeclared features {sorted(unknown)}")
            wording = fold(cells[0])
            if wording.startswith("*") and wording.endswith("*"):
                inf.append((wording.strip("*"), feats))
            elif wording.endswith("*"):
                pre.append((wording[:-1], feats))
            elif wording.startswith("*"):
                suf.append((wording[1:], feats))
            else:
                key = tuple(_strip_article(t, article) for t in wording.split())
                exact.setdefault(key, set()).update(feats)
    levels: dict[tuple[str, ...], str] = {}
    for wording, values in pack.levels.entries.items():
        levels.setdefault(tuple(_strip_article(t, article) for t in wording.split()), values[0])
    longest = max([len(k) for k in exact] + [len(k) for k in levels] + [1])
    by_len = lambda pairs: tuple(sorted(pairs, key=lambda p: -len(p[0])))  # noqa: E731
    g = _GRAMMARS[pack.code] = Grammar(
        {k: frozenset(v) for k, v in exact.items()},
        by_len(pre),
        by_len(suf),
        by_len(inf),
        levels,
        tuple(sorted(pack.prefixes, key=len, reverse=True)),
        article,
        link_prefix,
        longest,
        compound_last,
    )
    return g


def _strip_article(token: str, article: str) -> str:
    if article and token.startswith(article) and len(token) > len(article) + 1:
        return token[len(article) :]
    return token


class _Word:
    """One word of a title: where it starts (after a clitic) and ends, its features and level,
    whether it is written with the pack's link clitic ("of"), and where its token starts (before
    the clitic)."""

    __slots__ = ("end", "features", "level", "linked", "sig", "start", "token_start")

    def __init__(
        self,
        start: int,
        end: int,
        features: frozenset[str],
        level: str | None = None,
        linked: bool = False,
        token_start: int = -1,
    ):
        self.start = start
        self.end = end
        self.features = features
        self.level = level
        self.linked = linked
        self.token_start = start if token_start < 0 else token_start
        self.sig = (features, level is None)  # what rule fitting reads of the word

    def __repr__(self) -> str:
        return f"_Word({self.start}, {self.end}, {sorted(self.features)}, {self.level!r})"


def _readings(token: str, g: Grammar) -> list[tuple[str, str]]:
    """(clitic, word) readings of a token: as written, then without one clitic; each also
    without the definite article (Arabic لل is ل + ال)."""
    out = [("", token)]
    for clitic in g.clitics:
        if token.startswith(clitic) and len(token) > len(clitic) + 1:
            out.append((clitic, token[len(clitic) :]))
    if g.article:
        for clitic, word in list(out):
            stripped = _strip_article(word, g.article)
            if stripped != word:
                out.append((clitic, stripped))
        # ل + ال contracts to لل: "للجنة" = ل + "اللجنة"
        for clitic in g.clitics:
            contracted = clitic + g.article[1:]
            if token.startswith(contracted) and len(token) > len(contracted) + 1:
                out.append((clitic, token[len(contracted) :]))
    return out


def _stem_features(word: str, g: Grammar) -> frozenset[str]:
    found: set[str] = set()
    prefixes, prefix_lengths, suffixes, suffix_lengths = g.stem_index()
    n = len(word)
    for k in prefix_lengths:  # the longest stem the word starts with
        feats = prefixes.get(word[:k]) if k <= n else None
        if feats is not None:
            found |= feats
            break
    for k in suffix_lengths:  # the longest stem it ends with
        feats = suffixes.get(word[n - k :]) if k <= n else None
        if feats is not None:
            found |= feats
            break
    for stem, feats in g.infixes:
        if stem in word:
            found |= feats
    return frozenset(found)


def _words(folded: str, pack: Pack) -> list[_Word]:
    """The words of ``folded`` with their features: a wording of several words is one word; words
    without features or level only end runs, and one :data:`_BLANK` stands for each stretch of
    them. Remembered for a loaded pack (the same spans are read for roles and for bodies); the
    list returned is shared: not to be changed."""
    if not pack.loaded:  # a pack made by hand (tests): nothing to remember
        return _read_words(folded, pack)
    # (a loaded pack lives as long as the process; a sentence as long as an article is read once)
    return _WORDS.get((folded, id(pack)), lambda: _read_words(folded, pack), len(folded))


_WORDS = Memo(4096, longest=5000)
_NOTHING = False  # (in _token_info) a token that opens no wording and has no features or level


def _read_words(folded: str, pack: Pack) -> list[_Word]:
    parts = _TOKEN_SPLIT.split(folded)  # separator, token, separator, token, …, separator
    strings = parts[1::2]
    if not strings:
        return []
    info = _token_info(pack)
    infos = list(map(info.get, strings))
    if None in infos:
        for k, known in enumerate(infos):
            if known is None:
                known = info.get(strings[k])  # (a token written twice in the text)
                if known is None:
                    known = _read_token(strings[k], pack)
                    if not known[0] and not known[3] and not known[4]:
                        known = _NOTHING
                    info[strings[k]] = known
                infos[k] = known
    firsts = gazetteer.place_first_words()
    if any(known and known[3] - _QUIET and s in firsts for s, known in zip(strings, infos, strict=True)):
        # a word of a place's name is no word of a title: "Deputy Secretary of Na Hang District Party
        # Committee" (the district Na Hang, no NA, the National Assembly)
        ends = list(itertools.accumulate(map(len, parts), initial=0))
        for a, b, _ in gazetteer.find_places(folded):
            for k in range(len(strings)):
                if a <= ends[2 * k + 1] and ends[2 * k + 2] <= b:
                    infos[k] = _NOTHING
    wanted = list(itertools.compress(itertools.count(), infos))  # the tokens that are not _NOTHING
    if not wanted:
        return [_BLANK]
    g = grammar(pack)
    # token k: strings[k], from at[2k + 1] to at[2k + 2]; parts[2k + 2] stands between it and the next
    at = list(itertools.accumulate(map(len, parts), initial=0))
    count = len(strings)
    joins: list[bool | None] = [None] * count  # joins[k]: tokens k and k+1 may be one phrase
    words: list[_Word] = []
    i = 0
    for k in wanted:
        if k < i:
            continue  # read as part of a wording of several words
        if k > i and (not words or words[-1] is not _BLANK):
            words.append(_BLANK)
        i = k
        word = None
        lengths, readings, clitic_len, feats, level, linked = infos[i]
        # multi-word wordings, longest first, on tokens joined only by spaces or hyphens (tried
        # only where a token opens one, and only for the lengths of the wordings it opens)
        if lengths:
            reach = 1  # tokens from i on joined only by spaces or hyphens
            while reach < lengths[0] and i + reach < count:
                j = i + reach - 1
                if joins[j] is None:
                    joins[j] = _JOIN.match(parts[2 * j + 2]) is not None
                if not joins[j]:
                    break
                reach += 1
            for n in lengths:
                if n > reach:
                    continue
                for clitic, first in readings:
                    key = (first, *(_strip_article(t, g.article) for t in strings[i + 1 : i + n]))
                    multi = g.exact.get(key)
                    multi_level = g.levels.get(key)
                    if multi or multi_level:
                        word = _Word(
                            at[2 * i + 1] + len(clitic),
                            at[2 * (i + n)],
                            multi or frozenset(),
                            multi_level,
                            bool(clitic) and clitic == g.link_prefix,
                            at[2 * i + 1],
                        )
                        break
                if word:
                    i += n
                    break
        if word is None:
            if feats or level:
                start = at[2 * i + 1]
                word = _Word(start + clitic_len, at[2 * i + 2], feats, level, linked, start)
            else:
                word = _BLANK
            i += 1
        if word is not _BLANK or not words or words[-1] is not _BLANK:
            words.append(word)
    if i < count and words[-1] is not _BLANK:
        words.append(_BLANK)
    return words


_BLANK = _Word(-1, -1, frozenset())  # any word without features or level (its place is never read)
_QUIET = frozenset({"filler", "link"})  # features a word of a place's name may have and stay no title's word


_TOKENS: dict[str, dict[str, tuple]] = {}


def _token_info(pack: Pack) -> dict[str, tuple]:
    """The pack's tokens read so far (see :func:`_read_token`)."""
    found = _TOKENS.get(pack.code)
    if found is None or len(found) > 200_000:
        found = _TOKENS[pack.code] = {}
    return found


def _read_token(token: str, pack: Pack) -> tuple:
    """(the lengths of the wordings of several words it may open, longest first; readings;
    clitic length, features, level, linked) of one token, read once per pack (:func:`_token_info`
    keeps it): the readings after clitics and the article (:func:`_readings`); the first reading
    with features decides; a level may come from any reading ("المركزية" is a level word as
    written and the feature central without its article). A pack made by hand (tests) is read
    with the pack ``load_pack`` gives for its code, as its grammar is."""
    if not pack.loaded:
        pack = load_pack(pack.code)
    g = grammar(pack)
    readings = tuple(_readings(token, g)) if g.clitics or g.article else (("", token),)
    firsts = _multi_lengths(pack.code)
    lengths = sorted({n for _, first in readings for n in firsts.get(first, ())}, reverse=True)
    exact, levels, level_words = g.exact, g.levels, pack.levels
    level_seen = None
    for clitic, reading in readings:
        feats = exact.get((reading,)) or _stem_features(reading, g)
        level = levels.get((reading,)) or next(iter(level_words.get(reading) or ()), None)
        level_seen = level_seen or level
        if feats:
            linked = bool(clitic) and clitic == g.link_prefix
            return tuple(lengths), readings, len(clitic), feats, level or level_seen, linked
    return tuple(lengths), readings, 0, frozenset(), level_seen, False


@lru_cache(maxsize=8)
def _multi_lengths(code: str) -> dict[str, frozenset[int]]:
    """First words of the pack's wordings of several words, with the numbers of words of the
    wordings each opens."""
    g = grammar(load_pack(code))
    found: dict[str, set[int]] = {}
    for k in list(g.exact) + list(g.levels):
        if len(k) > 1:
            found.setdefault(k[0], set()).add(len(k))
    return {first: frozenset(lengths) for first, lengths in found.items()}


def grammar_features(word: str, pack: Pack) -> frozenset[str]:
    """The grammar features of one folded word (after its clitics), empty when it has none."""
    for w in _words(word, pack):
        if w.features:
            return w.features
    return frozenset()


def _runs(words: list[_Word], folded: str, kind: str) -> list[list[_Word]]:
    """Maximal runs of adjacent words that may belong to a ``kind`` phrase. Link words (and a
    link clitic) end a body run; a role run is also ended by body words."""
    kinds = rules().kinds
    own = kinds.get(kind, frozenset())
    free = kinds.get("qualifier", frozenset()) | kinds.get("filler", frozenset())
    links = kinds.get("link", frozenset())
    topics = kinds.get("topic", frozenset())
    usable_features = own | free
    body = kind == "body"
    body_features = kinds["body"] if kind == "role" else None
    runs: list[list[_Word]] = []
    current: list[_Word] = []
    count = len(words)
    for k, w in enumerate(words):
        features = w.features
        usable = bool(features & usable_features) or (body and w.level is not None)
        if features & links and not (features & own):
            # "Commission for Inspection", "اللجنة المركزية للأيديولوجية": a link before a topic
            # word keeps the body together
            topic_next = body and k + 1 < count and bool(words[k + 1].features & topics)
            usable = topic_next and bool(current)
        if body_features is not None and features & body_features and not (features & own):
            usable = False
        if usable and (
            not current
            or (
                _JOIN.match(folded[current[-1].end : w.token_start])
                and not (body and w.linked and not (features & topics))
                and (body or not _SPACED_DASH.search(folded[current[-1].end : w.token_start]))
            )
        ):
            current.append(w)
            continue
        if current:
            runs.append(current)
        current = [w] if usable else []
    if current:
        runs.append(current)
    return runs


def _fits(words: list[_Word], rule: Rule, free: frozenset[str]) -> bool:
    """Do the words say exactly this rule: every slot filled, every word explained, no word
    left over (two words for one slot are two phrases)?"""
    features = rule.features
    meaningful = [w for w in words if w.features & features]
    for w in words:
        if not (w.features & features) and not (w.features & free) and w.level is None:
            return False
    if len(meaningful) > len(rule.needs):
        return False
    return all(any(w.features & slot for w in meaningful) for slot in rule.needs)


_MAX_PHRASE = 12  # words in one phrase at most (rules have 3 slots; the rest are qualifiers, levels)
_FITS: dict[tuple, Rule | None] = {}


def _first_fit(
    run: list[_Word], i: int, j: int, sigs: list, candidates: tuple[Rule, ...], free: frozenset[str]
) -> Rule | None:
    """The first candidate rule the words ``run[i:j]`` fit, remembered by what ``_fits`` reads of
    the words (``sigs``: their features and whether they have a level): text repeats its phrases."""
    key = (id(candidates), free, tuple(sigs[i:j]))
    found = _FITS.get(key, _UNSEEN)
    if found is _UNSEEN:
        if len(_FITS) > 200_000:
            _FITS.clear()
        words = run[i:j]
        present = frozenset().union(*(w.features for w in words))
        found = _FITS[key] = next(
            (r for r in candidates if all(slot & present for slot in r.needs) and _fits(words, r, free)), None
        )
    return found


_UNSEEN = object()


def _parse(run: list[_Word], candidates: tuple[Rule, ...]) -> list[tuple[int, int, Rule]]:
    """Split a run into phrases, covering as many words as possible with as few phrases as
    possible, each read by its most specific rule. Remembered by what the parse reads of the words
    (their :attr:`_Word.sig`: features, and whether they have a level): the same titles stand in
    many spans of a sentence and in many articles. The list returned is shared: not to be changed."""
    key = (id(candidates), tuple([w.sig for w in run]))
    found = _PARSES.get(key)
    if found is None:
        if len(_PARSES) >= 50_000:
            _PARSES.clear()
        found = _PARSES[key] = _parse_run(run, candidates)
    return found


_PARSES: dict[tuple, list[tuple[int, int, Rule]]] = {}


def _parse_run(run: list[_Word], candidates: tuple[Rule, ...]) -> list[tuple[int, int, Rule]]:
    kinds = rules().kinds
    # a link word inside a run stands before a topic ("commission for propaganda", see _runs):
    # it is explained like a filler
    free = (
        kinds.get("qualifier", frozenset())
        | kinds.get("filler", frozenset())
        | kinds.get("link", frozenset())
    )
    n = len(run)
    sigs = [w.sig for w in run]
    # best[i] = (covered, -phrases, specificity, parse) for run[i:]
    best: list[tuple[int, int, int, list[tuple[int, int, Rule]]]] = [(0, 0, 0, [])] * (n + 1)
    for i in range(n - 1, -1, -1):
        skip = best[i + 1]
        choice = (skip[0], skip[1], skip[2], skip[3])
        for j in range(i + 1, min(n, i + _MAX_PHRASE) + 1):  # phrases are short: linear in the run
            rule = _first_fit(run, i, j, sigs, candidates, free)
            if rule is None:
                continue
            rest = best[j]
            option = (rest[0] + (j - i), rest[1] - 1, rest[2] + len(rule.needs), [(i, j, rule), *rest[3]])
            if option[:3] > choice[:3]:
                choice = option
        best[i] = choice
    return best[0][3]


def _level(words: list[_Word]) -> str | None:
    return next((w.level for w in words if w.level), None)


_ACRONYMS: contextvars.ContextVar[dict[str, tuple[str, ...]] | None] = contextvars.ContextVar(
    "acronyms", default=None
)


def acronyms(text: str, pack: Pack) -> dict[str, tuple[str, ...]]:
    """Acronyms an article defines for bodies: "the Provincial Steering Committee for Science
    (SC)" makes "SC" that body wherever the article writes it.

    >>> from kg.lang import load_pack
    >>> acronyms("Posiedzenie Prowincjonalnego Komitetu Sterującego (SC). Przewodniczący SC.", load_pack("pl"))
    {'sc': ('steering_committee', 'provincial')}
    """
    out: dict[str, tuple[str, ...]] = {}
    for m in re.finditer(r"\(([A-ZĐ][A-ZĐ0-9&]{1,9})\)", text):
        window = sentences(text[max(0, m.start() - 200) : m.start()], pack)
        head = fold(window[-1]).rstrip() if window else ""
        found = find_bodies(head, pack, with_acronyms=False)
        if found:
            out[fold(m.group(1))] = found[-1][2]
    return out


def current_acronyms() -> dict[str, tuple[str, ...]] | None:
    """The acronyms :func:`find_bodies` reads now (the very object :func:`set_acronyms` was given)."""
    return _ACRONYMS.get()


def set_acronyms(found: dict[str, tuple[str, ...]]) -> contextvars.Token:
    """Make ``found`` the acronyms :func:`find_bodies` reads (for the article being read)."""
    return _ACRONYMS.set(found)


UNNAMED = "unnamed"  # a committee, council or board written with a name the grammar does not read
DELEGATION = "unnamed_delegation"  # a delegation of no body the grammar reads ("the province's delegation")
OFFICE = "unnamed_office"  # an office alone ("the Office of the Party Committee"): of the body after it
# a public institution outside the code list ("the Biotechnology Centre", "صندوق دعم التنمية"): read only as a
# title's body, org other, never a meeting's organiser ("at the Conference Centre")
INSTITUTION = "institution"
# a company, a state one too ("Tổng giám đốc Công ty Xi măng Vicem Hoàng Mai", "director general de la Compañía de
# Cemento"): read as a title's body, so that the title is the company's, which is no public office (the gold records
# no company post: silver u-vi-1104, u-vi-1144); the engine drops the title (kg.extract._add_positions)
COMPANY = "company"
# bodies only a title reads, with the body written after them
UNREAD = frozenset({UNNAMED, DELEGATION, OFFICE, INSTITUTION, COMPANY})


def find_bodies(
    folded: str, pack: Pack, with_acronyms: bool = True, unnamed: bool = False
) -> list[tuple[int, int, tuple[str, ...]]]:
    """Bodies in folded text as ``(start, end, (org, level?))``: the pack's listed phrases,
    and the grammar's where no listed phrase stands. With ``unnamed``, also a committee, council
    or board whose name is not read ("the Economic Committee"; code :data:`UNNAMED`) and a delegation
    of no body read (:data:`DELEGATION`): the title reader makes it a post of the body it belongs to
    ("the delegation of the province to the National Assembly"); no other reader sees them.

    >>> from kg.lang import load_pack
    >>> [v for _, _, v in find_bodies("komitetu ludowego prowincji ninh binh", load_pack("pl"))]
    [('peoples_committee', 'provincial')]
    """
    listed = [(m.start(), m.end(), v) for m, v in pack.bodies.finditer(folded)]
    known = (_ACRONYMS.get() or {}) if with_acronyms else {}
    if known:
        for m in _acronym_pattern(known).finditer(folded):
            if not any(a < m.end() and m.start() < b for a, b, _ in listed):
                listed.append((m.start(), m.end(), known[m.group(1)]))
        listed.sort(key=lambda x: (x[0], -x[1]))
    found = _merge(listed, _grammar_phrases(folded, pack, "body"))
    return found if unnamed else [b for b in found if b[2][0] not in UNREAD]


def _acronym_pattern(known: dict[str, tuple[str, ...]]) -> re.Pattern[str]:
    """The expression finding an article's acronyms, compiled once for the article."""
    global _ACRONYM_PATTERN
    if _ACRONYM_PATTERN is None or _ACRONYM_PATTERN[0] is not known:
        pattern = re.compile(r"(?<!\w)(" + "|".join(map(re.escape, known)) + r")(?!\w)")
        _ACRONYM_PATTERN = (known, pattern)
    return _ACRONYM_PATTERN[1]


_ACRONYM_PATTERN: tuple[dict[str, tuple[str, ...]], re.Pattern[str]] | None = None


def find_roles(folded: str, pack: Pack) -> list[tuple[int, int, tuple[str, ...]]]:
    """Roles in folded text as ``(start, end, (role, org?, level?))``, listed phrases first.

    >>> from kg.lang import load_pack
    >>> [v for _, _, v in find_roles("stalego zastepcy sekretarza", load_pack("pl"))]
    [('standing_deputy_secretary',)]
    """
    listed = [(m.start("w"), m.end(), v) for m, v in pack.roles.finditer(folded)]
    return _merge(listed, _grammar_phrases(folded, pack, "role"))


def _grammar_phrases(folded: str, pack: Pack, kind: str) -> list[tuple[int, int, tuple[str, ...]]]:
    """The composed phrases of ``folded``, remembered: the same spans are read many times."""
    if not grammar(pack):
        return []
    if not pack.loaded:  # a pack made by hand (tests): nothing to remember
        return _compose(folded, pack, kind)
    # (a loaded pack lives as long as the process)
    return list(_PHRASES.get((folded, id(pack), kind), lambda: tuple(_compose(folded, pack, kind))))


_PHRASES = Memo(8192)


def _compose(folded: str, pack: Pack, kind: str) -> list[tuple[int, int, tuple[str, ...]]]:
    candidates = rules().role if kind == "role" else rules().body
    own = _own(kind)
    words = _words(folded, pack)
    if not any(w.features & own for w in words):
        return []  # every rule fills a slot with a word of its kind (_own): none here
    out = []
    for run in _runs(words, folded, kind):
        if not any(w.features & own for w in run):
            continue
        for i, j, rule in _parse(run, candidates):
            words = run[i:j]
            values = rule.values
            if kind == "body":
                level = _level(words) or (values[1] if len(values) > 1 else None)
                values = (values[0], level) if level else (values[0],)
            # bodies start where their first token is written (clitic included, as listed bodies do)
            out.append((words[0].token_start if kind == "body" else words[0].start, words[-1].end, values))
    return out


@cache
def _own(kind: str) -> frozenset[str]:
    """The features of a kind of phrase (role, body) that every rule of that kind needs: each rule
    has a slot only a word of its kind fills, so a text or a run with no such word composes nothing
    of that kind (checked here; without such a slot, any feature)."""
    own = rules().kinds.get(kind, frozenset())
    if all(any(slot <= own for slot in r.needs) for r in getattr(rules(), kind)):
        return own
    return frozenset().union(*rules().kinds.values())


def _merge(listed, composed):
    """Listed phrases, and composed ones where none stands; a composed phrase that reads more
    words than the listed ones it covers ("deputy chairman" over "chairman") replaces them."""
    out = sorted(listed, key=lambda x: (x[0], -x[1]))
    if not all(x[1] <= y[0] for x, y in itertools.pairwise(out)):  # overlapping listed phrases
        return _merge_slowly(out, composed)
    # ``out`` never holds two overlapping phrases, so starts and ends both ascend: the phrases a
    # composed one overlaps are one slice, found by bisection (linear time however long the text)
    starts, ends = [x[0] for x in out], [x[1] for x in out]
    for a, b, v in composed:
        lo, hi = bisect.bisect_right(ends, a), bisect.bisect_left(starts, b)
        if lo >= hi:
            out.insert(lo, (a, b, v))
            starts.insert(lo, a)
            ends.insert(lo, b)
        elif all(a <= s and e <= b and (e - s) < (b - a) for s, e, _ in out[lo:hi]):
            out[lo:hi], starts[lo:hi], ends[lo:hi] = [(a, b, v)], [a], [b]
    return out


def _merge_slowly(listed, composed):
    out = list(listed)
    for a, b, v in composed:
        overlapping = [x for x in out if a < x[1] and x[0] < b]
        if not overlapping:
            out.append((a, b, v))
        elif all(a <= s and e <= b and (e - s) < (b - a) for s, e, _ in overlapping):
            out = [x for x in out if x not in overlapping] + [(a, b, v)]
    return sorted(out, key=lambda x: (x[0], -x[1]))


def reset_acronyms(token: contextvars.Token) -> None:
    """Forget the acronyms of the article just read."""
    _ACRONYMS.reset(token)
