"""Meetings: which sentences report a meeting, its date, its organising body and its chairs.

The engine (:mod:`kg.extract`) reads officials first; the chairs it finds per sentence
(:func:`chairs_in`) are attached here to the meetings of those sentences (:func:`find_meetings`).
A meeting is reported by a sentence with a meeting noun (``meeting`` cues) and a holding verb
(``hold``) or a date, by a chairing sentence, or by one of the article's opening sentences
("At the Provincial Party Congress, ..."). Its date takes the year the sentence states, else the
publication day's (URL, publication date or a dated byline: the year before for a later day),
else an earlier dated meeting's, else the text's most frequent year (never before the term the
sentence names), else the first such day after the latest document the article cites, else the
first year of the term a congress opens. A sitting, a visit or a press conference of no day whose
sentence writes no year takes no year from the rest of the text, only from its publication. A
meeting of no day in a text of no year is in the year of the document it announces. Each source is a
named step of :func:`_meeting_date` (a meeting dated to the day) or :func:`_settle` (one that is not);
docs/dates.md gives the order and the gold it follows.
"""

from __future__ import annotations

import bisect
import datetime
from collections import Counter
from functools import lru_cache

import kg.rx as re
from kg import gazetteer, tables
from kg.extract.documents import _congress_ordinal, _ordinal_at, citation_spans, find_documents
from kg.extract.grammar import DELEGATION, find_bodies, find_roles, grammar_features
from kg.extract.names import NameMention
from kg.extract.numbers import DateMention, find_dates, years_in
from kg.extract.titles import GENERIC, body_of
from kg.lang import Pack
from kg.model import Article, Body, Meeting
from kg.script import (
    COMMAS,
    RE_CLAUSE_ENDS,
    RE_COLONS,
    RE_COMMAS,
    RE_DASHES,
    RE_SEMICOLONS,
    RE_SENTENCE_ENDS,
    SENTENCE_START,
)
from kg.text import blank, fold, fold_aligned

__all__ = ["chairs_in", "find_meetings"]


def _at_meeting(folded: str, pack: Pack) -> bool:
    """Does the sentence open "At the meeting, …" (a ``meeting_at`` cue then a meeting noun): a
    meeting the article reports as held?"""
    head = folded[:40]
    for at, _ in pack.cue("meeting_at").finditer(head):
        if at.start() <= 3 and any(
            0 <= m.start() - at.end() <= 12 for m, _ in pack.cue("meeting").finditer(head)
        ):
            return True
    return False


def _same_day(folded: str, pack: Pack) -> bool:
    """Does the sentence open "On the same day, …" (a ``same_day`` cue within its first four characters:
    "وفي اليوم نفسه", "Và cùng ngày")?"""
    return any(m.start() <= 4 for m, _ in pack.cue("same_day").finditer(folded[:40]))


def _same_day_at(folded: str, pack: Pack) -> bool:
    """Does the sentence open "On the same day, at the meeting …" (a ``same_day`` cue opening it, then a
    ``meeting_at`` cue and a meeting noun: "Sáng cùng ngày, tại Đại hội …", "En la mañana del mismo día, en el
    Congreso …")?"""
    # (the meeting noun anywhere in the phrase the preposition opens: "at the Phu Tho Provincial Party Congress,")
    phrase = _same_day_phrase(folded, pack)
    return phrase is not None and any(True for _ in pack.cue("meeting").finditer(phrase))


def _same_day_phrase(folded: str, pack: Pack) -> str | None:
    """The phrase a ``meeting_at`` cue opens right after a ``same_day`` cue opening the sentence, to its clause's end
    ("On the same day, at the 5th session, ...": "5th session")."""
    for m, _ in pack.cue("same_day").finditer(folded[:60]):
        if m.start() <= 4:
            rest = folded[m.end() :]
            rest = rest[len(rest) - len(rest.lstrip(" " + COMMAS)) :]
            at = next((a for a, _ in pack.cue("meeting_at").finditer(rest[:40]) if a.start() <= 3), None)
            if at is None:
                return None
            return re.split(rf"[{RE_COMMAS}{RE_SEMICOLONS}]", rest[at.end() :], maxsplit=1)[0][:80]
    return None


def _same_day_other(folded: str, cited: list[tuple[int, int]], before: Meeting, pack: Pack) -> bool:
    """Does the sentence open "On the same day, at the <meeting> …" naming a meeting of another kind than the one
    reported before ("Cùng ngày, tại Kỳ họp thứ 5, HĐND tỉnh đã bầu ...", "Tego samego dnia, na 5. sesji, Rada Ludowa
    ... wybrała", after a conference): that meeting, though no holding verb says it was held (not "On the same day, at
    the conference, ..." after a conference: the one reported, told on)?"""
    if not _same_day_at(folded, pack) or before.kind is None:
        return False
    phrase = _same_day_phrase(folded, pack) or ""
    # (nor a hall's phrase, "at the session hall, delegates discussed ...": a place; a verb may still hold a meeting
    # there, "at the conference hall, the Provincial People's Council held its 20th session")
    if _told_on(folded, before, pack) or next(pack.cue("venue").finditer(phrase), None) is not None:
        return False
    kind = _kind(folded, cited, pack)
    return kind is not None and kind != before.kind


def _told_on(folded: str, before: Meeting, pack: Pack) -> bool:
    """Does the sentence open "On the same day, at the <meeting> …" whose phrase names nothing but the meeting noun,
    or the body that held ``before`` (the meeting reported before, told on by the MT's other noun for it: "On the same
    day, at the meeting, delegates discussed ...", "Am selben Tag, auf der Sitzung, ...", "Cùng ngày, tại cuộc họp,
    ...")? Not a phrase that names another body ("at the meeting of the Provincial Party Standing Committee", after the
    Provincial Party Committee's conference), an ordinal ("at the 5th session") or a hall ("at the conference hall":
    a place, the sentence's own verb may hold another meeting there)."""
    phrase = _same_day_phrase(folded, pack)
    if phrase is None or next(pack.cue("venue").finditer(phrase), None) is not None:
        return False
    nouns = [
        (m.start(), m.end()) for kind in ("meeting", "determiner") for m, _ in pack.cue(kind).finditer(phrase)
    ]
    held_by = before.organizer.org if before.organizer else None
    bodies = [(s, e) for s, e, values in find_bodies(phrase, pack) if values[0] == held_by]
    # (short words aside: "of the", "của", "du"; not a number, "5th")
    rest = gazetteer.blank_places(blank(phrase, nouns + bodies))
    return not re.search(r"\d|[^\W\d_]{4,}", rest)


def _earlier(folded: str, pack: Pack) -> bool:
    """Does the sentence open "Earlier, …" (an ``earlier`` cue within its first four characters: "Trước đó, ngày
    23/9", "Earlier, on September 23rd", "وقبل ذلك"), going back to an event before the one just reported?"""
    return any(m.start() <= 4 for m, _ in pack.cue("earlier").finditer(folded[:40]))


def _other_first_place(folded: str, original: str, before: str, before_original: str) -> str | None:
    """The province of the first place a sentence names, when the sentence ``before`` names places and not that one
    ("Sáng 1/10, Đại hội ... tỉnh Ninh Bình ... khai mạc. Trước đó, Đại hội ... tỉnh Phú Thọ ... đã công bố quyết định
    ... điều động ông A, Bí thư Tỉnh ủy Ninh Bình": Phu Tho, whatever the sentence names after it); else None."""
    here = [p for *_, p in gazetteer.find_places(folded, original)]
    there = [p for *_, p in gazetteer.find_places(before, before_original)]
    if not here and not there:
        # (the places another script writes: "وقبل ذلك، أعلن المؤتمر الأول للجنة الحزب في مقاطعة فو ثو ...")
        here = gazetteer.other_script_places(original, single=True)
        there = gazetteer.other_script_places(before_original, single=True)
    if not here:
        return None
    first = gazetteer.province_of(here[0]) or here[0]
    provinces = {gazetteer.province_of(p) or p for p in there}
    return first if provinces and first not in provinces else None


def _other_places(folded: str, original: str, before: str, before_original: str) -> bool:
    """Do two sentences each name places and none in common ("Ngày 15/10, tại Đại hội Đảng bộ tỉnh Bình Dương ...
    Ngày 14/10, tại Đại hội Đảng bộ tỉnh Thái Bình ...": two provinces' congresses)?"""
    # (a district or a city of the province is the province's: "Đại hội Đảng bộ tỉnh Bình Dương ... đại biểu của
    # thành phố Thủ Dầu Một", review10)
    here = {gazetteer.province_of(p) or p for *_, p in gazetteer.find_places(folded, original)}
    return bool(here) and here.isdisjoint(
        gazetteer.province_of(p) or p for *_, p in gazetteer.find_places(before, before_original)
    )


def chairs_in(folded: str, mentions: list[NameMention], pack: Pack) -> list[str]:
    attending = [(m.start(), m.end()) for m, _ in pack.cue("attend").finditer(folded)]
    # a chairing verb inside an attendance wording ("asistió y dirigió el Congreso", "uczestniczył i
    # kierował nim": a guest who attended and directed it) chairs nothing
    chair = [
        (m.start(), m.end())
        for m, v in pack.cue("chair").finditer(folded)
        if not any(a <= m.start() < b for a, b in attending)
        and (v[:1] != ("noun",) or _noun_follows(folded, m.end(), pack))
    ]
    if chair:
        # a wording of heading a body ("La Comisión de Inspección ..., presidida por el Sr. A", "présidée par", "geleitet
        # von", lists.py's ``headed_by``) in a sentence that names no meeting (noun or kind): the name heads the body,
        # chairs no meeting (not "la réunion du Comité populaire provincial, présidée par M. A")
        # (a wording with a body before it in the sentence, the body it heads: not "في صباح يوم 13 ديسمبر، برئاسة
        # الرفاق: A؛ B؛ واصل مجلس الشعب الإقليمي ...", a session's chairs written first)
        heading = [(m.start(), m.end()) for m, _ in pack.cue("headed_by").finditer(folded)]
        if heading:
            firsts = [b[1] for b in find_bodies(folded, pack)]
            heading = [(h0, h1) for h0, h1 in heading if any(e <= h0 for e in firsts)]
        if heading and not any(
            True for kind in ("meeting", "meeting_kind", "hold") for _ in pack.cue(kind).finditer(folded)
        ):
            chair = [(a, b) for a, b in chair if not any(h0 <= a < h1 for h0, h1 in heading)]
    if chair:
        # a body right before the wording, no role before the body, and no person after it: the body
        # leads ("إن الإدارة ترأس حاليًا وتنسق مع الوكالات": the department leads and coordinates the
        # work), no meeting's chair is named (not "... المدن التي تديرها الحكومة المركزية برئاسة الأمين
        # العام X": a role, a name or an honorific right after the wording is the chair)
        # (not the end of a title a role opens in the body's clause, the chair's own: "đồng chí A, Trưởng Ban
        # Tuyên giáo Tỉnh ủy chủ trì hội nghị", "Mr. A, Head of the Provincial Party Committee's Propaganda
        # Department chaired the conference")
        roles = sorted(r0 for r0, _, _ in find_roles(folded, pack))
        clause_ends = [m.end() for m in re.finditer(rf"[{RE_CLAUSE_ENDS}]", folded)]
        subject = [
            e for e in _subject_bodies(folded, pack) if not _within(roles, _clause_start(clause_ends, e), e)
        ]
        persons = sorted(
            [m.start for m in mentions]
            + roles
            + [m.start() for m, _ in pack.cue("honorific").finditer(folded)]
        )
        chair = [
            (a, b)
            for a, b in chair
            if not any(e <= a <= e + 3 and not folded[e:a].strip() for e in subject)
            or _within(persons, b, _word_start(folded, b, 2))
        ]
    if chair:
        # a body right after the wording ("pod przewodnictwem Partii", "unter der Leitung der Partei":
        # under the Party's leadership) is what leads, and no meeting's chair is named by it
        # (not a body that a role or a name follows: "chaired by Provincial People's Committee
        # Chairman X" writes the chair's body before the chair's role)
        after = sorted([r[0] for r in find_roles(folded, pack)] + [m.start for m in mentions])
        # (nor a body that owns the meeting named after it: "chaired the Government's regular meeting")
        # (a working group of org other is a group: its own rules below, "ترأس فريق العمل رقم 4 ... برئاسة A جلسة عمل")
        led = sorted(
            s
            for s, e, v in find_bodies(folded, pack)
            if not _within(after, e, e + 3)
            and not _owns_meeting(folded, e, pack)
            and not (v[0] == "other" and pack.cue("group").match_at(folded, s) is not None)
        )
        # a delegation the wording follows, no meeting noun or name between ("Delegacja prowincji,
        # składająca się z 12 delegatów, pod przewodnictwem X"), or the delegation right after it
        # ("X przewodniczył delegacji roboczej"): X leads the delegation, chairs nothing (not the
        # delegation a meeting noun names: "Spotkaniu Delegacji ... z wyborcami przewodniczył X")
        # (not a delegation a role stands right before: the chair's own title, "ông A, Trưởng Đoàn
        # ĐBQH tỉnh, chủ trì buổi tiếp xúc cử tri", "Mr. A, Head of the Nghe An National Assembly
        # Delegation, chaired the meeting")
        nouns = sorted(m.start() for m, _ in pack.cue("meeting").finditer(folded))
        # (nor one an event verb follows before the wording: "the delegation met voters in Nam Dan,
        # chaired by X", X chairs the meeting)
        events = [m.start() for m, _ in pack.cue("meeting_kind").finditer(folded)]
        heads = sorted(nouns + after + events)
        roles = [(r0, r1) for r0, r1, _ in find_roles(folded, pack)]
        led_by = [
            (s, e)
            for s, e, v in find_bodies(folded, pack, unnamed=True)
            if v[0] in ("national_assembly_delegation", DELEGATION)
            and not _within(nouns, s - 40, s - 1)
            and not any(r0 < s and _titles(folded[r1:s]) for r0, r1 in roles)
        ]
        # (a working group a ``group`` cue names is led alike, "la comisión de trabajo del Comité Central, presidida
        # por el Sr. A, visitó", "وفد عمل اللجنة المركزية برئاسة السيد A": its head chairs no visit, as dev ar-004's
        # working delegation and every delegation of the silver gold led by a name record no chair; not a group right
        # after a chairing verb, its subject: "ترأس فريق العمل رقم 4 ... برئاسة A جلسة عمل", the group A heads chaired a
        # working session, A its chair)
        # (a role right before the body whose name the group word ends is the chair's own title: "Mr. A, Head of the
        # Nghe An National Assembly Delegation, chaired the meeting")
        named = [(b0, b1) for b0, b1, _ in find_bodies(folded, pack)]
        groups = [
            m.span()
            for m, _ in pack.cue("group").finditer(folded)
            if not _within(nouns, m.start() - 40, m.start() - 1)
            and not any(
                r0 < s and _titles(folded[r1:s])
                for s in {m.start(), *(b0 for b0, b1 in named if b0 <= m.start() < b1)}
                for r0, r1 in roles
            )
        ]
        # (not a group a holding verb of its clause stands before, the host's object: "the Standing Committee worked
        # with the inspection team ..., chaired by Mr. A", "a travaillé avec la mission ..., sous la présidence de M.
        # A": A chairs the working session; unless a wording of heading follows the group, "received the working
        # delegation led by Mr. A", "استقبلت ... بعثة ... برئاسة السيد A", which names the group's own head)
        hosts = [m.end() for m, v in pack.cue("hold").finditer(folded) if "not" not in v] + [
            m.end() for m, _ in pack.cue("acts_on").finditer(folded)
        ]
        heads_of = sorted(m.start() for m, _ in pack.cue("headed_by").finditer(folded))
        # (a delegation or a group a holding verb follows before the wording is its subject, the body after the verb
        # its host, whose chair the wording names: "el equipo de inspección se reunió con el Comité Popular
        # Provincial, presidido por el Sr. A", "the inspection team met with the Provincial People's Committee, chaired
        # by Mr. A": A chairs the meeting)
        host_verbs = sorted(m.start() for m, v in pack.cue("hold").finditer(folded) if "not" not in v)
        groups = [
            (g0, g1)
            for g0, g1 in groups
            if not any(h <= g0 and not re.search(rf"[{RE_CLAUSE_ENDS}]", folded[h:g0]) for h in hosts)
            or _within(heads_of, g1, g1 + 80)
        ]
        # (a wording that ends with its meeting noun, "prowadził posiedzenie": the body after it owns the meeting)
        noun_ends = {m.end() for m, _ in pack.cue("meeting").finditer(folded)}
        chair = [
            a
            for a, b in chair
            if not (_within(led, b, b + 4) and b not in noun_ends)
            # (nor a body after a wording that ends with its meeting noun, one short word between: the meeting's
            # owner or the side it is held with, "leitete die Sitzung des Lenkungsausschusses", "leitete die
            # Arbeitssitzung mit dem Provinzparteikomitee")
            and not (_led_after(led, folded, b) and b not in noun_ends)
            and not any(
                (
                    e <= a <= e + 80
                    and ";" not in folded[e:a]
                    and not _within(heads, e, a)
                    and not _within(host_verbs, e, a)
                )
                or 0 <= s - b <= 4
                for s, e in led_by
            )
            and not any(
                e <= a <= e + 80
                and ";" not in folded[e:a]
                and not _within(heads, e, a)
                and not _within(host_verbs, e, a)
                for _, e in groups
            )
        ]
    if not chair:
        return []
    attend = [a for a, _ in attending]
    first_chair = chair[0]
    names = []
    for m in mentions:
        # names after an attendance cue that itself follows the chairing verb attend, not chair
        if any(first_chair < a < m.start for a in attend):
            continue
        if _dateline_name(folded, m, pack):
            continue
        if m.name not in names:
            names.append(m.name)
    cue = next(m.span() for m, _ in pack.cue("chair").finditer(folded) if m.start() == first_chair)
    kept = _before_object(folded, mentions, names, first_chair, pack)
    return _other_clause(folded, mentions, names, kept, cue, pack)


def _dateline_name(folded: str, mention: NameMention, pack: Pack) -> bool:
    """Is the name the outlet of a dateline, a name-like run opening the sentence before a dash and no title ("بي تي
    أو - صباح يوم 20 مارس، ترأست اللجنة الدائمة ...", BTO, the paper's letters spelled out, read as a name), not a
    person named with the title after the dash ("ثاي ثانه كوي - عضو اللجنة المركزية للحزب")?"""
    if folded[: mention.start].strip(" \t([\"'«“„"):
        return False
    dash = re.match(rf"\s*[{RE_DASHES}]\s*", folded[mention.end :])
    if dash is None:
        return False
    after = mention.end + dash.end()
    return not any(r0 <= 2 for r0, _, _ in find_roles(folded[after : after + 60], pack))


def _other_clause(
    folded: str,
    mentions: list[NameMention],
    names: list[str],
    kept: list[str],
    cue: tuple[int, int],
    pack: Pack,
) -> list[str]:
    """The chairs without a name written after the chairing wording that another predicate of the
    sentence governs ("At the conference chaired by A, T, on 12 March, B reported", "Tại hội nghị do A
    chủ trì sáng 12/3, B báo cáo", "the conference, chaired by A, heard B", "برئاسة A، قدم B", the chair
    named by a title only: "the Chairman chaired a meeting to hear B"): read back from such a name over
    titles, names, conjunctions and punctuation, a word of no title before it ("2025", "heard", "قدم")
    parts it from the chair, unless a semicolon or colon lists it first ("..., agencies; and B"). The first
    name after the wording chairs when no name, role or honorific ends its clause before the wording
    (the chair written after it: "Chủ trì hội nghị có đồng chí A") and no role stands right after it
    (the chair named by a title: "ترأس رئيس اللجنة اجتماعا للاستماع إلى B"); after a meeting noun the
    wording's subject governs, a comma or semicolon parts a name from it ("A chủ trì hội nghị; B cho
    biết"). A name right before another chairing wording chairs too ("... ; A chủ trì tại điểm cầu")."""
    later = sorted((m for m in mentions if m.name in names and m.start >= cue[1]), key=lambda m: m.start)
    if not names or len(folded) > _LONGEST_CLAUSES:
        return kept
    covered = [(s, e) for s, e, _ in find_roles(folded, pack)]
    roles = sorted(covered)
    bodies = sorted((s, e) for s, e, _ in find_bodies(folded, pack, unnamed=True))
    covered += bodies  # and what joins a role to its body ("Secretary of the Party Committee")
    covered += [(r1, s) for _, r1 in roles for s, _ in bodies if r1 < s and _titles(folded[r1:s])]
    covered += [m.span() for m, _ in pack.cue("honorific").finditer(folded)]
    covered += [m.span() for m, _ in pack.levels.finditer(folded)]
    # (and the place that closes a body's title, with the word joining them: "président du Comité populaire
    # provincial de Nghe An, a coprésidé ... avec M. B")
    places = [(a, b) for a, b, _ in gazetteer.find_places(folded)]
    # (only a body a role's title holds: "Ban Thường vụ Tỉnh ủy Nghệ An họp dưới sự chủ trì của A" is the subject)
    held = [e for s, e in bodies if any(r1 <= s and _titles(folded[r1:s]) for _, r1 in roles)]
    covered += [(e, b) for e in held for a, b in places if e <= a and _titles(folded[e:a]) and a - e <= 6]
    persons = covered + [(m.start, m.end) for m in mentions]  # (not the other places and words joining them)
    covered += places
    # (a place in another script, read after its level word: "رئيس اللجنة الشعبية لمقاطعة نغي آن، والسيد B")
    named = [(m.start, m.end) for m in mentions]
    for at, noun in gazetteer.after_levels(folded, pack).items():
        place = re.match(r"\w+(?: \w+)?", folded[at : at + 30])  # two words at most, no punctuation
        if noun and place and not any(a < at + place.end() and at < b for a, b in named + places):
            covered.append((at, at + place.end()))
    covered += [m.span() for kind in ("conjunction", "cochair") for m, _ in pack.cue(kind).finditer(folded)]
    spans = {(m.start, m.end): m.name for m in mentions}
    nouns = [n.span() for kind in ("meeting", "meeting_kind") for n, _ in pack.cue(kind).finditer(folded)]
    cues = [m.span() for m, _ in pack.cue("chair").finditer(folded)]
    opening = [(a, b) for a, b in cues if a > cue[0] and re.search(rf"[{RE_CLAUSE_ENDS}:]\s*$", folded[:a])]

    def titled(at: int, within: list[tuple[int, int]]) -> bool:
        return any(a <= at < b for a, b in within) or (
            folded[at] in pack.prefixes and any(a <= at + 1 < b for a, b in within)
        )

    # a word glued to a conjunction ("ونائبي", "ونغوين") or right after an honorific (a name not read: "السيد
    # كاماك") goes on the list
    joins = {w for w in pack.prefixes if w in pack.cue("conjunction").entries}
    honorifics = [m.end() for m, _ in pack.cue("honorific").finditer(folded)]

    def glued(at: int) -> bool:
        return folded[at] in joins or any(folded[e:at].strip() == "" for e in honorifics if e <= at)

    # a short word after a conjunction ("et de M. B", "and of Mr. B") goes on the list
    conjunctions = [m.end() for m, _ in pack.cue("conjunction").finditer(folded)]

    def linked(at: int) -> bool:
        return any(folded[e:at].strip() == "" for e in conjunctions if e <= at)

    def person(at: int) -> bool:
        return titled(at, covered) or any(a <= at < b for a, b in spans)

    def predicate(end: int) -> bool:  # a word of no title after a comma that follows a name's titles
        comma = False
        for tok in re.finditer(r"\w+|[^\w\s]", folded[end:]):
            word, at = tok.group(), end + tok.start()
            if not word[0].isalnum():
                if word in ";؛.":
                    return False
                comma = comma or word in COMMAS
            elif any(a <= at < b for a, b in spans):
                return False
            elif titled(at, covered) or glued(at):
                comma = False
            elif comma and len(word) > 2:
                return True
        return False

    # the wording's subject written before it: a person among the two words before it in its clause ("A, T
    # đã chủ trì", "do A chủ trì"), or a role in or right after it ("leitete der Vorsitzende", "ترأس رئيس")
    head = folded[: cue[0]].rstrip(f" {COMMAS}")
    clause = re.split(rf"[{RE_CLAUSE_ENDS}:]", head)[-1]
    last = list(re.finditer(r"\w+", clause))[-2:]
    # (a body no role's title holds is the meeting's subject, no person: "Ban Thường vụ Tỉnh ủy dưới sự chủ
    # trì của đồng chí A đã họp")
    # (a delegation or an unnamed board stays one: "przyjął delegację roboczą pod przewodnictwem B" is no chair)
    free = {(s, e) for s, e, _ in find_bodies(folded, pack) if e not in held}
    subjects = [x for x in persons if not any(a <= x[0] and x[1] <= b for a, b in free)]
    filled = any(titled(len(head) - len(clause) + w.start(), subjects) for w in last)
    # (a role a meeting noun follows before the first name: "ترأس رئيس اللجنة اجتماعا للاستماع إلى B", not
    # "Sesji przewodniczył sekretarz Komitetu Partii Hanoi, B")
    filled = filled or any(
        cue[0] < r <= cue[1] + 1 and any(r < a < (later or mentions)[0].start for a, _ in nouns)
        for r, _ in roles
    )
    chairs = set(kept) - {m.name for m in later}
    # a name an attendance word opens a clause for, closed before the wording, attends ("Dự và chỉ đạo hội
    # nghị có đồng chí B, T; chủ trì hội nghị có đồng chí A", "Attending ... was B, T; chairing ... was A")
    attend = [m.start() for m, _ in pack.cue("attend").finditer(folded) if m.start() < cue[0]]
    for y in mentions:
        if y.end <= cue[0] and re.search(rf"[{RE_SEMICOLONS}]", folded[y.end : cue[0]]):
            if any(a < y.start and not re.search(rf"[{RE_SEMICOLONS}]", folded[a : y.start]) for a in attend):
                chairs.discard(y.name)
    before = any(y.end <= cue[0] and y.name in chairs for y in mentions)
    for i, y in enumerate(later):
        if any(
            y.end <= a
            and not any(not person(y.end + w.start()) for w in re.finditer(r"\w{3,}", folded[y.end : a]))
            for a, _ in cues
        ):
            # right before a chairing wording (maybe a short pronoun between: "B, T, l'a coprésidée")
            chairs.add(y.name)
            continue
        verdict, listed, clause = None, False, False
        for tok in reversed(list(re.finditer(r"\w+|[^\w\s]", folded[cue[1] : y.start]))):
            at = cue[1] + tok.start()
            if not tok.group()[0].isalnum() and tok.group() != "_":
                listed = listed or tok.group() in ";؛:"
                clause = clause or tok.group() in ",،;؛"
                continue
            name = next((n for (a, b), n in spans.items() if a <= at < b), None)
            if name is not None:
                verdict = name in chairs
                break
            if any(a <= at < b for a, b in opening):
                chairs.add(y.name)  # right after a chairing wording opening a clause ("; وترأس الرفيق A")
                break
            if any(a <= at < b for a, b in nouns):
                verdict = not (filled and clause)
                break
            if titled(at, covered) or listed or glued(at) or (len(tok.group()) <= 3 and linked(at)):
                continue
            verdict = False
            break
        if i == 0 and not filled and not before and y.name not in chairs:
            chairs.add(y.name)  # the chair written after the wording, no chair before it
            continue
        if y.name not in kept or y.name in chairs:
            continue
        if verdict is None:
            verdict = True  # right after the wording
        if not verdict and i == 0 and not filled:
            verdict = True  # the chair written after the wording
        colon = re.search(rf"[{RE_COLONS}]", folded[cue[1] : y.start])
        if verdict and listed and not colon and predicate(y.end):
            # a name after a semicolon, no colon opening a list, that a verb of its own follows after a comma:
            # another clause's ("presided over by A, T; B, T, moderated the discussion"; not the last of a
            # list a colon opens, which the sentence's verb follows: "các đồng chí: A, T; B, T, HĐND tỉnh tổ chức")
            verdict = False
        if verdict:
            chairs.add(y.name)
    if filled:
        # the chair written before the wording: a name before a meeting noun or an attendance word that
        # stands before it is another predicate's ("B dự hội nghị do A chủ trì", "B said that the conference
        # chaired by A"; not a title's noun: "A, Trưởng ban Tổ chức Đại hội, chủ trì")
        marks = [
            m.start() for k in ("meeting", "meeting_kind", "attend") for m, _ in pack.cue(k).finditer(folded)
        ]
        for y in mentions:
            if y.end <= cue[0] and any(y.end <= n < cue[0] and not titled(n, covered) for n in marks):
                chairs.discard(y.name)
            # (or after an attendance word, another name between it and the wording: "nahm B an der von A
            # geleiteten Konferenz teil")
            elif y.end <= cue[0] and any(a < y.start for a in attend):
                if any(y.end <= z.start and z.end <= cue[0] and z.name != y.name for z in mentions):
                    chairs.discard(y.name)
    if not filled and any(m.name in chairs for m in later):
        # the chair written after the wording: a name before it that a word of no title parts from it is
        # another predicate's ("A przyjął delegację pod przewodnictwem B": A received it)
        for y in mentions:
            if y.end <= cue[0] and y.name not in {m.name for m in later}:
                if any(not person(y.end + w.start()) for w in re.finditer(r"\w+", folded[y.end : cue[0]])):
                    chairs.discard(y.name)
    return [n for n in names if n in chairs]


def _before_object(
    folded: str, mentions: list[NameMention], names: list[str], cue: int, pack: Pack
) -> list[str]:
    """The chairs without the names written after the meeting noun that closes the chair's clause (a noun
    after the chairing verb and after a chair's name: "X chaired the conference, and Y said ...", "ترأس X
    مؤتمرا لتقديم قرار تعيين Y", "A chủ trì hội nghị công bố quyết định bổ nhiệm B"): a name is a chair there
    only when titles alone stand between the noun and it (a list the verb and its noun open: "ترأس الاجتماع
    عضو اللجنة ... X"), or a ``cochair`` word ("together with", "cùng", "wraz z")."""
    if len(names) < 2:
        return names
    chairs = sorted((m for m in mentions if m.name in names), key=lambda m: m.start)
    nouns = sorted(
        (n.start(), n.end())
        for kind in ("meeting", "meeting_kind")
        for n, _ in pack.cue(kind).finditer(folded)
        if n.start() > cue
    )
    noun = next((n for n in nouns if any(x.end <= n[0] for x in chairs)), None)
    if noun is None:
        return names
    covered = [(s, e) for s, e, _ in find_roles(folded, pack)]
    covered += [(s, e) for s, e, _ in find_bodies(folded, pack, unnamed=True)]
    covered += [m.span() for m, _ in pack.cue("honorific").finditer(folded)]
    covered += [m.span() for m, _ in pack.levels.finditer(folded)] + [(m.start, m.end) for m in mentions]
    # a co-chair joined to the chair ("chaired the conference together with Mr. B", "chủ trì hội nghị cùng đồng
    # chí B"), also by a plain "with" after a co-chairing verb ("co-chaired the meeting with Mr. B")
    joins = [(m.span(), v[0] if v else "") for m, v in pack.cue("cochair").finditer(folded)]
    verb = any(v == "verb" for _, v in joins)
    covered += [span for span, v in joins if v != "with" or verb]

    def titled(at: int) -> bool:  # in a title, a name or an honorific (maybe after a clitic: "ونائب")
        return any(a <= at < b for a, b in covered)

    for y in chairs:
        if y.start < noun[1]:
            continue
        words = re.finditer(r"\w+", folded[noun[1] : y.start])
        if any(
            not titled(noun[1] + w.start())
            and not (w.group()[0] in pack.prefixes and titled(noun[1] + w.start() + 1))
            for w in words
        ):
            kept = {m.name for m in chairs if m.start < y.start}
            return [n for n in names if n in kept or n not in {m.name for m in chairs if m.start >= y.start}]
    return names


def _owns_meeting(folded: str, end: int, pack: Pack) -> bool:
    """Is the body ending at ``end`` (maybe with a possessive ending) the owner of a meeting noun
    written at most two words after it, in its clause ("the Government's regular meeting", "the
    Provincial People's Committee meeting")?"""
    own = pack.cue("possessive_ending").match_at(folded, end)
    rest = folded[own[0].end() if own is not None else end :][:40]
    return any(
        len(rest[: m.start()].split()) <= 2 and not re.search(rf"[{RE_CLAUSE_ENDS}]", rest[: m.start()])
        for m, _ in pack.cue("meeting").finditer(rest)
    )


def _noun_follows(folded: str, at: int, pack: Pack) -> bool:
    """Does a meeting noun start within the three words after ``at`` (a chair wording of value ``noun``,
    de "leitete die": "leitete die erweiterte Sitzung", "die 15. Sitzung", not "leitete die Delegation")?"""
    words = [w.end() for _, w in zip(range(3), re.finditer(r"\S+", folded[at:]), strict=False)]
    limit = at + words[-1] if words else at
    return any(
        n.start() < limit
        for kind in ("meeting", "meeting_kind")
        for n, _ in pack.cue(kind).finditer(folded, at)
    )


def _word_start(folded: str, at: int, n: int) -> int:
    """Where the ``n``-th word after ``at`` starts (the first word's start for n=1; the text's end when fewer
    words follow): a person starting by then stands right after ``at``, an article at most before it
    ("برئاسة الأمين العام X", "présidée par le secrétaire X").

    >>> _word_start("chaired by the secretary", 7, 2), _word_start("chaired", 7, 2)
    (11, 7)
    """
    words = re.compile(r"\S+").finditer(folded, at)
    start = len(folded)
    for _, word in zip(range(n), words, strict=False):
        start = word.start()
    return start


def _clause_start(clause_ends: list[int], end: int) -> int:
    """Where the clause holding the text before ``end`` starts: after the last clause end (sorted ends of
    the sentence's clause-ending marks) before it (a bisection: linear time over a text)."""
    i = bisect.bisect_right(clause_ends, end)
    return clause_ends[i - 1] if i else 0


def _led_after(led: list[int], folded: str, end: int) -> bool:
    """Is a body written after the chair wording ending at ``end`` with one short link word between
    ("hat den Vorsitz des Lenkungsausschusses": a standing post, no meeting chaired)?"""
    i = bisect.bisect_left(led, end)
    return i < len(led) and bool(re.fullmatch(r"\s+\w{1,3}\s+", folded[end : led[i]]))


# the longest sentence _other_clause reads back over (it pairs roles with bodies and names with titles:
# quadratic in a sentence's titles); the corpus's longest sentence has about 1,000 characters, so only a
# hostile one (a role phrase written 10,000 times) is longer and keeps the chairs read before
_LONGEST_CLAUSES = 5000


def _titles(gap: str) -> bool:
    """Is ``gap`` (between a role and a body) short enough, without a clause end, to join them into
    one title ("head of the nghe an ", or none where the role overlaps the body)?"""
    return len(gap) <= 24 and not re.search(rf"[{RE_CLAUSE_ENDS}]", gap)


def _within(points: list[int], low: int, high: int) -> bool:
    """Does the sorted list hold a point in [low, high] (a bisection: linear time over a text)?"""
    i = bisect.bisect_left(points, low)
    return i < len(points) and points[i] <= high


_YEARISH = re.compile(r"(?:19|20)\d\d")  # what every year _meeting_year reads holds


def _meeting_year(anchored: int | None, text: str, targets: frozenset[int] = frozenset()) -> int | None:
    """The year of the article's events: its publication year (``anchored``: URL, publication date
    or byline), else the most frequent stand-alone year of the text (on a tie, one no plan's noun names, then
    the latest: "reviewed the results of 2025 and set the tasks for 2026" is held in 2025); ``text``
    has cited documents' dates, target years ("by 2030") and the first years of careers' periods
    (:func:`_career_periods`) blanked out; ``targets`` are the years plans name (:func:`_target_years`)."""
    if anchored is not None:
        return anchored
    # a year long before the latest one the text names (a birth year, a history) is not the
    # year of its events
    # (the look-behind after the first digits, "(?<!\d)((?:19|20)\d\d)(?!\d)": the engine skips to them)
    latest = max((int(y) for y in re.findall(r"((?:19|20)(?<!\d\d\d)\d\d)(?!\d)", text)), default=None)
    # (nor the year of the first month of a period that runs to a later one: "tháng 7/2021-3/2024", a career's)
    text = _PERIOD.sub(lambda m: m[0][: m.start(1) - m.start()] + "    " + m[0][m.end(1) - m.start() :], text)
    years = Counter(y for y in years_in(text) if latest is None or y >= latest - _RECENT)
    if years:
        return max(years, key=lambda y: (years[y], y not in targets, y))
    return None


def _career_periods(text: str, pack: Pack) -> str:
    """``text`` with the first year of each period written with a ``range`` word blanked: a career's
    ("from July 2021 to March 2024", "من يوليو 2021 إلى مارس 2024", "od lipca 2021 do marca 2024 r.",
    "de julio de 2021 a marzo de 2024", "von Juli 2021 bis März 2024", "từ tháng 7/2021 đến tháng 3/2024"):
    the year it began is no year of the events the text reports, the year it ended may be. The first year is
    a month's; a range word, at most three words (a month, "de", "tháng") and a month's number may stand
    between the two years, the second the later (not a term's years: "2024 to 2029").

    >>> from kg.lang import load_pack
    >>> _career_periods("From July 2021 to March 2024, he was", load_pack("en"))
    'From July      to March 2024, he was'
    """
    if not _YEARISH.search(text):
        return text
    folded = fold_aligned(text)
    found = [
        m.span(1)
        for m in _career_period(pack.alternation("range")).finditer(folded)
        if int(m.group(2)) > int(m.group(1))
    ]
    if found:  # (the first year a month's: "2024 to 2029" is a term's, "July 2021 to March 2024" a career's)
        months = {d.end for d in find_dates(folded, pack) if d.day is None and d.year}
        found = [(a, b) for a, b in found if b in months]
    for a, b in found:
        text = text[:a] + " " * (b - a) + text[b:]
    return text


@lru_cache(maxsize=16)
def _career_period(ranges: str) -> re.Pattern[str]:
    return re.compile(
        rf"(?<!\d)((?:19|20)\d\d)(?!\d)(?:\s*r\.)?\s*,?\s*{ranges}\s+(?:[^\W\d_]+\.?\s+){{0,3}}"
        r"(?:\d{1,2}\s*[/.-]\s*)?((?:19|20)\d\d)(?!\d)"
    )


# a period written by months: its first month's year, the dash, a later month and year
# (the look-behinds of _PERIOD, _NUMERIC_DAY and _YEAR_ONE written after the first digits, "(?<![\d/])\d{1,2}/" as
# "\d(?<![\d/]\d)\d?/": the same matches, an expression the engine skips to the digits of a text with; tests/api/
# test_speed_equivalence.py compares them)
_PERIOD = re.compile(rf"\d(?<![\d/]\d)\d?/((?:19|20)\d\d)\s*[{RE_DASHES}]\s*\d{{1,2}}/(?:19|20)\d\d(?!\d)")
_RECENT = 15  # years before the latest year of an article that may still be its events' year


def _period_of(text: str, month: DateMention, pack: Pack) -> bool:
    """Is a month written without its day the period of a meeting named right before it ("phiên họp Chính phủ
    thường kỳ tháng 12/2024", "the regular meeting for December 2024"), no plan or deadline between ("Đại hội
    ... dự kiến tổ chức vào tháng 11/2025", "the Congress scheduled for November 2025", "trước tháng 12/2025")?"""
    gap_start = max(0, month.start - 40)
    # (a congress is held in a month, never for one: "Đại hội ... tháng 11/2025" is its date, a plan)
    congresses = {
        m.end()
        for m, v in pack.cue("meeting_kind").finditer(text, gap_start, month.start)
        if v[:1] == ("congress",)
    }
    nouns = [
        m.end()
        for kind in ("meeting", "meeting_kind")
        for m, _ in pack.cue(kind).finditer(text, gap_start, month.start)
        if m.end() not in congresses
    ]
    if not nouns:
        return False
    gap = text[max(nouns) : month.start]
    return not any(True for kind in ("planned", "until") for _ in pack.cue(kind).finditer(gap))


def _sentence_year(folded: str, spans, pack: Pack, date: DateMention, cap: int | None = None) -> int | None:
    """A year the sentence gives for its date: another date's year ("in August 2024 ... on
    August 26"), else its earliest stand-alone year; ranges ("2025-2030 term") come last. A plan's year a meeting late
    in the year prepares gives the year before it, not later than ``cap`` (the article's or the text's year, when
    known): a farther plan's year gives none."""
    if date.year:
        return date.year
    start = _start_after(folded, pack, date)
    if start is not None:
        return start
    ended = _reviewed_until(folded, pack, date)
    if ended is not None:
        return ended
    text = blank(folded, spans)
    dated = [d for d in find_dates(text, pack) if d.year]
    # (not a day of the meeting's day and month written elsewhere in the sentence with an earlier year than another
    # such day: the day an anniversary recalls, "Rano 3 lutego ... 95. rocznicy założenia Partii (3 lutego 1930 r.)",
    # "Sáng 2/9 ... (2/9/1945 - 2/9/2025)": its year is no event's of now)
    # (also a whole day written after an anniversary's word, "kỷ niệm 80 năm Cách mạng Tháng Tám (19/8/1945)")
    marks = [m.end() for m, _ in pack.cue("anniversary").finditer(text)]
    recalled = [
        d
        for d in dated
        if d.start != date.start
        and ((d.day, d.month) == (date.day, date.month) or (d.day and _within(marks, d.start - 100, d.start)))
    ]
    dropped: list[DateMention] = []
    if recalled:
        kept = max(recalled, key=lambda d: d.year) if len(recalled) > 1 else None
        dropped = [d for d in recalled if d is not kept and (kept is None or d.year < kept.year)]
        dated = [d for d in dated if d not in dropped]
        text = blank(text, [(d.start, d.end) for d in dropped])
    # (not the first day of an anniversary's span, "(3 فبراير 1930 - 3 فبراير 2025)", "(19/8/1945 - 19/8/2025)":
    # the day of a later year the dash joins it to is the one of now)
    other = [
        d
        for d, after in zip(dated, [*dated[1:], None], strict=False)
        if not (
            after
            and after.year > d.year + 1
            and re.fullmatch(rf"[\s{RE_DASHES}]+", text[d.end : after.start])
        )
    ]
    if other:
        # (a meeting early in the year on a month late in a year, written without its day, is on the month just past:
        # "Sáng 4/1, Thủ tướng chủ trì phiên họp Chính phủ thường kỳ tháng 12/2024", "the regular meeting for
        # December 2024" is of January 2025)
        if (
            other[0].day is None
            and other[0].month >= 11
            and date.month <= 2
            and _period_of(text, other[0], pack)
        ):
            return other[0].year + 1
        # (nor on a day late in a year its sentence reviews up to: "On January 5, ... held a conference to review the
        # campaign that ended on December 31, 2024", "pour évaluer la campagne ... qui s'est achevée le 31 décembre
        # 2024", "um die am 31. Dezember 2024 beendete Kampagne zu bewerten" is of 2025, as "to review the campaign of
        # 2024" is; not a launch's "which ends on December 31, 2025")
        # (not a day still to come: "to review preparations for the congress, which is scheduled for December 15,
        # 2025", "les préparatifs du congrès prévu le 15 décembre 2025", "Đại hội dự kiến diễn ra ngày 15/12/2025")
        if (
            other[0].day
            and other[0].month >= 11
            and date.month <= 3
            and any(
                (0 <= other[0].start - m.end() <= 120 and not _to_come(text, m.end(), other[0].start, pack))
                or (
                    0 <= m.start() - other[0].end <= 60
                    and _closes_clause(text, m.end(), pack)
                    # (nor a day a participle after it says is to come: "den für den 15. Dezember 2025 angesetzten")
                    and not _to_come(text, other[0].end, m.start(), pack)
                )
                for m, _ in pack.cue("review").finditer(text)
            )
        ):
            return other[0].year + 1
        return other[0].year
    local = years_in(text)
    if local:
        year = min(local)
        # (not before a later year a part of which it reviews, no plan's: "kết quả năm 2021 và quý I năm 2022" on
        # 22/5, "results in 2021 and the first quarter of 2022", is of 2022)
        parts = _part_years(text, pack)
        if parts and max(parts) > year and date.month >= 2:
            year = max(parts)
        # a conference early in the year that reviews the work of a year is held the year after
        # ("on 17 January ... to review the work of 2023" -> January 2024)
        review = [
            m.end() for m, values in pack.cue("review").finditer(text) if _reviewing(text, m, values, pack)
        ]
        # (and a verb of analysing or discussing a year's results, for a meeting early in the year only: a December
        # meeting's "to discuss the situation and tasks for 2026" keeps the plan's rule below, review30 Medium 3)
        discussed = [
            m.end() for m, _ in pack.cue("discuss").finditer(text) if _discusses_a_year(text, m.end(), pack)
        ]
        at = text.find(str(year))
        # ... not one that reviews a part of it ("bilan du premier trimestre 2024", "the first 2 months")
        # (not a year the plan's noun names: "tổng kết công tác năm, triển khai nhiệm vụ năm 2025"; but a plan's year
        # a review looks back on before the next year's plan is the year reviewed: "to review the implementation of
        # tasks for 2023 and deploy tasks for 2024", "evaluó la ejecución de las tareas para 2023 y desplegó las
        # tareas para 2024" on 15 January is of 2024)
        if (
            date.month <= 3
            and any(
                0 <= at - r <= 120
                and not _part_of_year(text[r:at], pack)
                # (nor a day an extension or a present runs to: "para revisar el proyecto, prorrogado hasta el 31 de
                # diciembre de 2025", "đánh giá dự án, gia hạn đến ngày 31/12/2025" on 10 February is of 2025)
                and not _to_come(text, r, at, pack, duty=False)
                for r in review + discussed
            )
            and (
                year not in _target_years(text, pack)
                or _reviewed_target(folded, (at, at + 4), pack)
                or _reviewed_plan(text, at, review + discussed, pack)
            )
        ):
            return year + 1
        # (a verb written after its object, closing its clause: "um die Arbeit im Jahr 2023 zu überprüfen";
        # not a verb its object follows, "the tasks for 2024 and review the preparations")
        after = [
            m.start()
            for m, _ in pack.cue("review").finditer(text, at + 4, at + 40)
            if _closes_clause(text, m.end(), pack)
        ] + [
            m.start()
            for m, _ in pack.cue("discuss").finditer(text, at + 4, at + 40)
            if _closes_clause(text, m.end(), pack) and _results_head(text[max(0, at - 60) : at], pack)
        ]
        if date.month <= 3 and any(
            not _part_of_year(text[at + 4 : s] + " " + text[max(0, at - 30) : at], pack) for s in after
        ):
            return year + 1
        # a meeting late in the year whose sentence's one year is a plan's, no review, is held the year before it
        # ("On December 20, ... a conference to deploy tasks for 2026", "Ngày 20/12, ... triển khai nhiệm vụ năm
        # 2026"), as a text whose year is its plans' (_year_end_year)
        # (a review phrase that runs into a plan's document noun is none: "to discuss the work plan for 2026", review30
        # Medium 5; not the tasks a review sums up, "tổng kết nhiệm vụ năm 2025")
        plans = [m.start() for m, v in pack.documents.finditer(text, 0, at) if v[0] in ("plan", "program")]
        review = [r for r in review if not any(0 <= p - r <= 2 for p in plans)]
        if date.month >= 11 and set(local) == {year} and not review and _plan_year_at(text, at, pack):
            # (a target farther off is no year of the meeting's: "On December 20, ... held a conference to set the
            # targets for 2030" in a text of 2025 is of 2025, not 2029; as 9ebf6b86 for the next sentence. A far
            # target is a term's end, a year of five; the next year's plan after a text's background year, "The
            # project was approved in 2020. / ... to deploy the tasks for 2026", stays 2025: review28 Medium 5)
            # (and a target's or a goal's, no year's tasks: "to deploy the tasks for 2025" after a background 2020 is
            # of 2024; review28 round 4)
            far = year % 5 == 0 and _plan_year_at(text, at, pack, target=True)
            return year - 1 if cap is None or year - 1 <= cap or not far else None
        return year
    # (an anniversary of the day recalled: its year and the years counted, "the 95th anniversary of the founding
    # of the Party (3 February 1930)" is of 2025)
    return _anniversary_year(text, pack, min(d.year for d in dropped)) if dropped else None


_SHORT_GAP = re.compile(r"\s*(?:[^\W\d]{1,4}\s+)?")


def _reviewed_until(folded: str, pack: Pack, date: DateMention) -> int | None:
    """The year after that of a whole day of November or December an ``until`` cue opens, a ``review`` cue at most 120
    characters before the cue, for a day of January to March of no year: what the meeting reviews ran up to that day
    ("On January 5, ... held a conference to review the campaign that ran until December 31, 2024", "qui s'est déroulée
    jusqu'au 31 décembre 2024", "die bis zum 31. Dezember 2024 lief" is of 2025), as :func:`_sentence_year` reads a
    day that ended it; not what is still to come between ("which will run until December 31, 2025"), nor a deadline
    another clause sets."""
    if date.month is None or date.month > 3:
        return None
    dates = [d for d in find_dates(folded, pack) if d.day and d.year and d.month >= 11 and d is not date]
    for u, _ in pack.cue("until").finditer(folded):
        # (a short word may stand between: vi "đến hết ngày 31/12/2024", up to the end of)
        end = next((d for d in dates if _SHORT_GAP.fullmatch(folded, u.end(), d.start)), None)
        if end is not None and any(
            0 <= u.start() - r.end() <= 120
            and not _to_come(folded, r.end(), end.start, pack)
            # (nor a participle right after the day: "das bis zum 31. Dezember 2025 verlängert wurde")
            and not _to_come(folded, end.end, min(len(folded), end.end + 20), pack)
            # (not a deadline a later clause sets: "to review the work and asked units to finish it before ...")
            and next(pack.cue("conjunction").finditer(folded, r.end(), u.start()), None) is None
            for r, _ in pack.cue("review").finditer(folded, max(0, u.start() - 140), u.start())
        ):
            return end.year + 1
    return None


def _to_come(text: str, start: int, end: int, pack: Pack, duty: bool = True) -> bool:
    """Does a ``planned``, ``to_do`` or ``scheduled`` cue stand in ``text[start:end]`` (what a review reads up to is
    still to come: "to review preparations for the congress, which is scheduled for December 15, 2025", "the congress
    scheduled for December 15, 2025")? Without ``duty``, no ``to_do`` cue: a duty the year reviewed held ("tổng kết
    công tác lãnh đạo, chỉ đạo năm 2024", "the tasks that needed to be completed in 2024") is no event to come."""
    return any(
        next(pack.cue(kind).finditer(text, start, end), None) is not None
        for kind in (("planned", "to_do", "scheduled") if duty else ("planned", "scheduled"))
    )


def _start_after(folded: str, pack: Pack, date: DateMention) -> int | None:
    """The year before that of a whole day of January or February that a starting point's cue opens in the sentence of
    a November or December day of no year: the start the meeting announces comes after it, at the turn of the year
    ("On December 28, the PPC held a meeting to announce that the regulation takes effect from January 1, 2025",
    "Ngày 28/12, ... có hiệu lực từ ngày 1/1/2025", "ab dem 1. Januar 2025 in Kraft tritt": 2024); not after a cue
    valued ``past``, a state the meeting's day is within ("led by Mr. A since January 1, 2025"), nor the first day
    of a range.

    >>> from kg.lang import load_pack
    >>> en = load_pack("en")
    >>> s = "on december 28, the ppc announced the rules effective from january 1, 2025."
    >>> _start_after(s, en, find_dates(s, en)[0])
    2024
    >>> s = "on december 28, the ppc, led by mr. a since january 1, 2025, met."
    >>> _start_after(s, en, find_dates(s, en)[0]) is None
    True
    """
    if date.month < 11:
        return None
    dates = find_dates(folded, pack)
    reviews = [r.end() for r, _ in pack.cue("review").finditer(folded)]
    ends = [e.start() for kind in ("until", "to_now") for e, _ in pack.cue(kind).finditer(folded)]
    for m, values in pack.cue("since").finditer(folded):
        if "past" in values or "issued" in values:
            continue
        day = next((d for d in dates if m.start() < d.start and d.start - m.end() <= 8), None)
        if (
            day is not None
            and day.start != date.start
            and day.day
            and day.year
            and day.month <= 2
            and not _DAY_RANGE.search(folded, day.start, day.end)
            and not re.match(rf"\s*(?:[{RE_DASHES}]\s*\d|\w{{1,5}}\s+\d)", folded[day.end : day.end + 10])
            # (nor the first day of a span to now or to an end, "từ ngày 1/1/2024 đến nay", "from January 1, 2024 to
            # date", nor a start the meeting reviews, "to review the first year of the regulation, in force from
            # January 1, 2024": the work of that year, reviewed in its December, review24)
            and not any(0 <= e - day.end <= 12 for e in ends)
            and not any(r <= m.start() for r in reviews)
        ):
            return day.year - 1
    return None


def _plan_gap(pack: Pack) -> str:
    """What may stand between a plan's noun and its year: at most three short words, a year's noun (``year_noun``:
    "tasks for the year 2026", "les tâches de l'année 2026", "die Aufgaben des Jahres 2026", "مهام العام 2026") or a
    work's (``review_object``)."""
    # (and a work's noun, a work plan's: "plan pracy na 2026 r.", "le plan de travail pour 2026", "kế hoạch công tác năm
    # 2026", "خطة عمل عام 2026"; review30 Medium 5)
    return rf"\s+(?:(?:[^\W\d]{{1,4}}|{pack.alternation('year_noun')}|{pack.alternation('review_object')})\s+){{0,3}}"


def _plan_year_at(text: str, at: int, pack: Pack, target: bool = False) -> bool:
    """Is the year written at ``at`` a plan's: a ``plan_noun`` cue ("tasks", "nhiệm vụ", "zadań") or a plan's or a
    programme's document noun before it, at most three short words between ("tasks for 2026", "nhiệm vụ năm 2026",
    "zadań na 2026 r.", "مهام عام 2026", "the plan for 2026")? With
    ``target``, only a target's or a goal's noun (valued ``target``: "the targets for 2030", "mục tiêu năm 2030").

    >>> from kg.lang import load_pack
    >>> _plan_year_at("a conference to deploy tasks for 2026", 33, load_pack("en"))
    True
    >>> _plan_year_at("the growth of 2026", 14, load_pack("en"))
    False
    """
    for m, values in _plan_words(text, max(0, at - 30), at, pack):
        if re.fullmatch(_plan_gap(pack), text[m.end() : at]) and (not target or values[:1] == ("target",)):
            return True
    return False


def _plan_words(text: str, start: int, end: int, pack: Pack, carried: bool = False):
    """The plan's nouns in ``text[start:end]``, (match, values): the ``plan_noun`` cues, then a plan's or a
    programme's document noun (valued none: no target), which names a year's plan when no number follows it
    ("adopted the plan for 2026", "kế hoạch năm 2026", "خطة عام 2026", "plan na 2026 r.": kg.extract.documents
    reads no citation there); not one under way (:func:`_carried_out`) unless ``carried``."""
    yield from pack.cue("plan_noun").finditer(text, start, end)
    for m, values in pack.documents.finditer(text, start, end):
        if values[0] in ("plan", "program") and (carried or not _carried_out(text, m.start(), pack)):
            yield m, ()


def _carried_out(text: str, at: int, pack: Pack) -> bool:
    """Does a ``carry_out`` cue (an implementation, a disbursement, a speeding up: "the implementation of", "thực
    hiện", "تنفيذ", "Umsetzung", not valued ``not``: "triển khai thực hiện", deploying it) stand before the plan's noun
    at ``at``, in its clause, at most four words between ("the disbursement of the public investment plan for 2025")?
    That plan is the year's own, under way: its year is the meeting's, not the next one's (review30 Medium 5)."""
    before = re.split(rf"[{RE_CLAUSE_ENDS}]", text[max(0, at - 80) : at])[-1]
    offset = at - len(before)
    for m, values in pack.cue("carry_out").finditer(text, offset, at):
        if values[:1] != ("not",) and len(text[m.end() : at].split()) <= 4:
            return True
    return False


def _anniversary_year(text: str, pack: Pack, since: int) -> int | None:
    """The year of an anniversary of ``since`` whose years the sentence counts by a number or an ordinal within 20
    characters of an ``anniversary`` word ("95th anniversary", "95. rocznicy", "kỷ niệm 95 năm", "الذكرى الـ95"),
    the nearest one.

    >>> from kg.lang import load_pack
    >>> _anniversary_year("on 3 february ... the 95th anniversary of the party's founding", load_pack("en"), 1930)
    2025
    """
    found = []
    for m, _ in pack.cue("anniversary").finditer(text):
        low, high = max(0, m.start() - 20), min(len(text), m.end() + 20)
        counts = [(n.start(1), int(n.group(1))) for n in re.finditer(r"(\d{1,3})(?!\d)", text[low:high])]
        counts = [(low + at, n) for at, n in counts if not text[low + at - 1 : low + at].isdigit()]
        # (an ordinal's unit and its tens written apart: "الخامسة والتسعين", 95)
        words: list[list[int]] = []
        for o, v in pack.ordinals.finditer(text, low, high):
            if words and 0 <= o.start() - words[-1][1] <= 2:
                words[-1][1:] = [o.end(), words[-1][2] + int(v[0])]
            else:
                words.append([o.start(), o.end(), int(v[0])])
        counts += [(at, n) for at, _, n in words]
        found += [(min(abs(at - m.start()), abs(at - m.end())), n) for at, n in counts if 1 <= n <= 200]
    # (no year past the century's: a day of now restated with its year after the word is no day recalled)
    return since + min(found)[1] if found and since + min(found)[1] < 2100 else None


def _review_told_next(index: int, folded: str, sentences: list[str], cited, pack: Pack) -> bool:
    """Does the sentence after the meeting's (``index``, ``folded`` its text, which writes no ``review`` cue) go on
    about that meeting with a review: a meeting noun ("The conference reviewed ...", "At the conference, delegates
    reviewed ...", "Hội nghị đã đánh giá ..."), a ``review`` cue, no day of its own?"""
    nxt = index + 1
    if nxt >= len(sentences) or any(True for _ in pack.cue("review").finditer(folded)):
        return False
    return any(True for _ in pack.cue("review").finditer(sentences[nxt])) and _told_next(
        index, sentences, cited, pack
    )


def _reviewing(text: str, cue, values, pack: Pack) -> bool:
    """Does a ``review`` cue read as the meeting's review of a year: any cue but a finite verb's ("reviewed",
    "revisa", "a examiné", "ocenił", "راجعت": valued ``finite``), which does only with a year's work as its object
    (:func:`_reviews_a_year`): a meeting's own clause "and assessed the progress of the project", "that reviewed the
    list of key projects to start in 2025" reviews no year (review27 Medium 2)."""
    return values[:1] != ("finite",) or _reviews_a_year(text, cue.end(), pack)


def _reviews_a_year(text: str, end: int, pack: Pack) -> bool:
    """Is the object of a review cue ending at ``end`` a year's work: a year within six words after it, at most one
    word of more than three letters between (the word right before the year aside: "des Jahres", "عام", "năm"), the
    year closing its phrase (a clause's end, a conjunction or a short word after it): "reviewed the work of 2025",
    "revisa el trabajo de 2024", "يستعرض نتائج عام 2024", "đánh giá công tác năm 2025 và ..."; not "the progress of
    the project", "the risk of drought in 2025", "the preparations for the 2025 Lunar New Year".

    >>> from kg.lang import load_pack
    >>> en = load_pack("en")
    >>> _reviews_a_year("reviewed the work of 2025 and set out the tasks", 8, en)
    True
    >>> _reviews_a_year("reviewed the preparations for the 2025 lunar new year", 8, en)
    False
    >>> _reviews_a_year("reviewed the risk of drought in 2025.", 8, en)
    False
    """
    # (a hyphenated or possessive word one word: "the socio-economic situation", "the province's performance")
    found = re.match(
        r"((?:\s+[^\W\d_]+(?:['’-][^\W\d_]+)*){0,8}?)\s+((?:19|20)\d\d)(?!\d)", text[end : end + 100]
    )
    if found is None:
        return False
    # (the clause's subject written after the verb aside: "وراجع المؤتمر أعمال عام 2025", "bewerteten die Delegierten
    # die Arbeit des Jahres 2025": a meeting's noun, a noun of people)
    gap = text[end : end + found.end(1)]
    for kind in ("meeting", "meeting_kind", "person"):
        for m, _ in pack.cue(kind).finditer(gap):
            if len(gap[: m.start()].split()) <= 1:  # (right after the verb, an article at most between)
                gap = gap[: m.start()] + " " * (m.end() - m.start()) + gap[m.end() :]
    words = gap.split()
    # (the word right before the year aside when it is short, a year's noun, or a month: "des Jahres", "عام", "năm",
    # "roku", "the situation in December 2025")
    if words and (len(words[-1]) <= 6 or pack.months.get(words[-1]) is not None):
        words = words[:-1]
    # (a period's work or situation the object's head, however many words follow: "the socio-economic situation in
    # 2024", "les résultats des tâches de l'année 2024"; review28 round 0 Medium 1; not a year's noun further on, "the
    # risk of drought in the year 2025", "ryzyko suszy w roku 2025", "مخاطر الجفاف في عام 2025": review28 Medium 10)
    head = re.match(r"\s*(?:\S+\s+){0,2}\S+", gap)
    work = head is not None and any(True for _ in pack.cue("review_object").finditer(head.group()))
    if sum(len(w) > 3 for w in words) > 1 and not work:
        return False
    nxt = re.match(r"\s*([^\W\d_]+)", text[end + found.end() :])
    if nxt is None:
        return True  # (a clause's end, a bracket, the text's end)
    word = nxt.group(1)
    conjunction = pack.cue("conjunction")
    glued = [p for p in conjunction.entries if len(p) == 1 and p in pack.prefixes]  # (ar "وحدد", and set)
    return len(word) <= 3 or conjunction.get(word) is not None or any(word.startswith(p) for p in glued)


def _results_head(phrase: str, pack: Pack) -> bool:
    """Is the first ``review_object`` word of ``phrase`` (an object before its year), no year's noun, a year's
    results proper (valued ``result``: "results", "achievements", "kết quả", "نتائج"), no plan's word before it
    (:func:`_plan_words`) and nothing to come in the phrase: "the results of the tasks of", "die Ergebnisse der
    Aufgaben des Jahres"; not "the tasks for", "the activities planned for", "plan pracy na", "خطة عمل عام" (review30
    Medium 3), "die Umsetzung der öffentlichen Investitionen" (no such word)."""
    # (a year's noun no head: "الاستثمار العام لعام 2025", public investment of the year 2025)
    years = {m.start() for m, _ in pack.cue("year_noun").finditer(phrase)}
    first = next(
        ((m, values) for m, values in pack.cue("review_object").finditer(phrase) if m.start() not in years),
        None,
    )
    return (
        first is not None
        and first[1][:1] == ("result",)
        and not any(m.start() <= first[0].start() for m, _ in _plan_words(phrase, 0, len(phrase), pack))
        and not _to_come(phrase, 0, len(phrase), pack)
    )


def _discusses_a_year(text: str, end: int, pack: Pack) -> bool:
    """Does a ``discuss`` cue ending at ``end`` review the year it names: a year's work as its object
    (:func:`_reviews_a_year`) whose head is a year's results (:func:`_results_head`): "that analysed the results of
    2024", "qui a discuté des résultats de 2024", "phân tích kết quả năm 2024"; not "discussed the tasks for 2026",
    "ناقش مهام عام 2026" (a plan's year), "to discuss the implementation of public investment in 2025"."""
    found = re.search(r"(?<!\d)(?:19|20)\d\d(?!\d)", text[end : end + 100])
    return (
        found is not None
        and _reviews_a_year(text, end, pack)
        and _results_head(text[end : end + found.start()], pack)
    )


_REVIEWED_REACH = 45  # characters from a review cue to the year it reviews ("bewerteten die Delegierten die Arbeit des Jahres 2025")


def _reviews_year(text: str, year: int, pack: Pack) -> bool:
    """Does ``text`` write ``year`` as the object of a ``review`` cue: within :data:`_REVIEWED_REACH` characters after
    it and before a comma ("The conference reviewed the work of 2025", "đánh giá công tác năm 2025"), not elsewhere
    ("assessed the progress of the project, which started in 2025")?

    >>> from kg.lang import load_pack
    >>> en = load_pack("en")
    >>> _reviews_year("the conference reviewed the work of 2025.", 2025, en)
    True
    >>> _reviews_year("delegates assessed the progress of the ring road project, started in 2025.", 2025, en)
    False
    """
    for m, _ in pack.cue("review").finditer(text):
        reach = re.split(
            rf"[{RE_COMMAS}{RE_SEMICOLONS}]", text[m.end() : m.end() + _REVIEWED_REACH + 4], maxsplit=1
        )[0]
        # (and a year's work the object: not "The meeting reviewed the list of projects to start in 2025", review27)
        if year in years_in(reach) and _reviews_a_year(text, m.end(), pack):
            return True
    return False


def _told_next(index: int, sentences: list[str], cited, pack: Pack) -> bool:
    """Does the sentence after the meeting's (``index``) go on about a meeting, no day of its own ("The conference
    ...", "At the conference, ...")?"""
    nxt = index + 1
    return (
        nxt < len(sentences)
        and _names_meeting(sentences[nxt], cited[nxt], pack)
        and not _event_days(sentences[nxt], cited[nxt], pack)
    )


def _reviewed_year(year: int, folded: str, spans, pack: Pack, text: str) -> int:
    """The year of a meeting early in a year that reviews a year it does not name ("On January 8, ... a
    conference to review the work of the year", "tổng kết công tác năm"), its figures dated elsewhere: the year
    after the text's (``year``, the most frequent of ``text``), unless the text names only the year before
    besides it (the text's year is then the meeting's, the year before the one reviewed). Not a review of a
    part of a year or of years counted ("the first quarter", "5 years of Resolution 15")."""
    blanked = blank(folded, spans)
    reviews = [
        m.end()
        for m, values in pack.cue("review").finditer(blanked)
        if _reviewing(blanked, m, values, pack)
        and (values[:1] != ("object",) or _reviews_work(blanked, m, pack))
    ]
    if not reviews or any(_part_of_year(blanked[r : r + 80], pack) for r in reviews):
        return year
    # (nor a review up to a day of that year still to come, an extension's or a present's: "đánh giá dự án, gia hạn
    # đến ngày 31/12/2025", "تمديده حتى 31 ديسمبر 2025" on 10 February is of 2025)
    if any(
        0 <= y.start() - r <= 120 and _to_come(folded, r, y.start(), pack, duty=False)
        for r in reviews
        for y in re.finditer(rf"(?<!\d){year}(?!\d)", folded)
    ):
        return year
    named = set(years_in(text))
    if year + 1 not in named and year - 1 in named:
        return year
    # ("tổng kết công tác năm, triển khai nhiệm vụ năm 2025": the text's year is the one to come)
    if year in _target_years(text, pack):
        return year
    return year + 1


def _reviews_work(text: str, cue, pack: Pack) -> bool:
    """Does a ``review`` cue valued ``object`` (a bare "to review", "to assess", "évaluer", "đánh giá"; ``cue`` its
    match) review a period's work: a ``review_object`` word ("the work", "results", "the year", "công tác", "pracy",
    "أعمال") among the five words after it in its clause, or, the cue closing its clause, among the six before it in
    its clause ("um die Arbeit des Jahres zu überprüfen"); a meeting's noun right after it and nothing else ("a review
    conference") reviews one too. Not "to assess the progress of the ring road project", "um den Fortschritt des
    Projekts zu bewerten" (dates28).

    >>> from kg.lang import load_pack
    >>> en, de = load_pack("en"), load_pack("de")
    >>> def works(s, p=en): return _reviews_work(s, next(m for m, _ in p.cue("review").finditer(s)), p)
    >>> works("held a conference to review the work of the year.")
    True
    >>> works("held a conference to assess the progress of the ring road project.")
    False
    >>> works("held a review conference.")
    True
    >>> works("eine konferenz ab, um die arbeit des jahres zu uberprufen.", de)
    True
    >>> works("eine konferenz ab, um den fortschritt des projekts zu bewerten.", de)
    False
    """
    ends = rf"[{RE_COMMAS}{RE_SEMICOLONS}{RE_SENTENCE_ENDS}]"
    clause = re.split(ends, text[cue.end() : cue.end() + 160], maxsplit=1)[0]
    words = list(re.finditer(r"[^\W\d_]+", clause))[:5]
    window = clause[: words[-1].end()] if words else ""
    if any(True for _ in pack.cue("review_object").finditer(window)):
        return True
    rest = window
    for kind in ("meeting", "meeting_kind"):
        for m, _ in pack.cue(kind).finditer(rest):
            rest = rest[: m.start()] + " " * (m.end() - m.start()) + rest[m.end() :]
    if rest.strip() or window.strip():
        return not rest.strip()
    # (a verb closing its clause, its object before it: "um die Arbeit des Jahres zu überprüfen")
    before = re.split(ends, text[max(0, cue.start() - 160) : cue.start()])[-1]
    words = list(re.finditer(r"[^\W\d_]+", before))[-6:]
    window = before[words[0].start() :] if words else ""
    return any(True for _ in pack.cue("review_object").finditer(window))


def _year_end_year(year: int, text: str, pack: Pack) -> int:
    """The year of a meeting late in a year (November, December) in a text whose year (``year``, the most frequent
    of ``text``) is the next one's, its plans: a sentence writes the year before it and then a plan's noun of it
    ("reviewed the socio-economic results of 2025 and decided the tasks for 2026", "đánh giá kết quả năm 2025 và
    quyết định nhiệm vụ năm 2026", the targets for 2026 written again and again) reviews the year it is held in."""
    folded = fold_aligned(text)  # (one character for one: the sentences' ends read in ``text``)
    for m, _ in pack.cue("plan_noun").finditer(folded):
        after = re.match(rf"{_plan_gap(pack)}((?:19|20)\d\d)(?!\d)", folded[m.end() : m.end() + 30])
        if after is None or int(after.group(1)) != year:
            continue
        before = text[max(0, m.start() - 150) : m.start()]
        before = re.split(rf"[{RE_SENTENCE_ENDS}]\s+(?=[{SENTENCE_START}])", before)[-1]  # (not "2025 r. i")
        if year - 1 in years_in(before) and year not in years_in(before):
            return year - 1
    return year


def _part_years(text: str, pack: Pack) -> set[int]:
    """The stand-alone years written right after a part of them (:func:`_part_of_year`, in the 30 characters
    before the year and after any year before it: "quý I năm 2022", "the first quarter of 2022", "6 tháng đầu năm
    2022", "الربع الأول من عام 2022"; not "2021 và 2022"), no plan's noun before the part ("tasks for the first
    quarter of 2022", "nhiệm vụ quý I năm 2018": a part to come)."""
    out, after = set(), 0
    text = fold_aligned(text)
    for y in _YEAR_ONE.finditer(text):
        gap = text[max(after, y.start() - 30) : y.start()]
        plan = any(True for _ in pack.cue("plan_noun").finditer(text, max(after, y.start() - 50), y.start()))
        if int(y.group()) in years_in(y.group()) and _part_of_year(gap, pack) and not plan:
            out.add(int(y.group()))
        after = y.end()
    return out


def _target_years(text: str, pack: Pack) -> set[int]:
    """The years a plan's noun names ("tasks for 2025", "nhiệm vụ năm 2025", "mục tiêu năm 2025"): a year to
    come, not one whose results are reported."""
    return _plan_years(fold_aligned(text), pack)


def _plan_years(text: str, pack: Pack) -> set[int]:
    """:func:`_target_years` of a text folded already (:func:`kg.text.fold_aligned`)."""
    out = set()
    # (and an adjective before them that takes the noun's article, ar "المهام الرئيسية في عام 2024", the key tasks)
    adjective = rf"(?:{re.escape(pack.article)}[^\W\d]+\s+)?" if pack.article else ""
    for m, _ in _plan_words(text, 0, len(text), pack):
        # (up to three short words between: "for the year 2025", "của năm 2025"; not "achieved in 2024")
        year = re.match(
            rf"\s+{adjective}(?:(?:[^\W\d]{{1,4}}|{pack.alternation('year_noun')})\s+){{0,3}}((?:19|20)\d\d)(?!\d)",
            text[m.end() : m.end() + 50],
        )
        if year is not None:
            out.add(int(year.group(1)))
    return out


def _closes_clause(text: str, end: int, pack: Pack) -> bool:
    """Does a clause end at ``end``: the text's end, a clause end or a conjunction right after it ("... zu
    überprüfen und die Aufgaben ...", "... zu überprüfen.")?"""
    rest = text[end:].lstrip()
    return (
        not rest
        or re.match(rf"[{RE_CLAUSE_ENDS}!?)]", rest) is not None
        or pack.cue("conjunction").match_at(text, len(text) - len(rest)) is not None
    )


def _part_of_year(gap: str, pack: Pack) -> bool:
    """Does the text between a review cue and a year name a part of that year (a number, an
    ordinal, a month or a ``year_part`` noun: "du premier trimestre", "of the first 6 months", "des ersten
    Quartals", "quý I", "I kwartał")?"""
    return bool(re.search(r"\d", gap)) or any(
        True for lexicon in (pack.ordinals, pack.months, pack.cue("year_part")) for _ in lexicon.finditer(gap)
    )


# the year of a dated URL path ("/2023/10/", "20231026"), its whole day ("/d20231026…"), a month folder
_URL_YEAR = re.compile(r"(?<!\d)d?((?:19|20)\d\d)(?:[01]\d[0-3]\d|/[01]?\d/|[01]\d/)")
_URL_DAY = re.compile(r"(?<![\d/])d?((?:19|20)\d\d)([01]\d)([0-3]\d)(?=\d{0,9}(?!\d))")
_URL_MONTH = re.compile(r"(?<!\d)(?:19|20)\d\d(?:/[01]?\d/|[01]\d/)")


def _url_date(url: str | None) -> tuple[int | None, datetime.date | None, bool]:
    """What an article's URL says of its publication: the year of a dated path ("…/2023/10/…",
    "…/20231026…"); the day of a path that writes a whole one ("/d20231026…", at most nine more
    digits after it; None when no such day exists); and whether the URL settles the day (a whole
    day, or a month folder, which gives the year only).

    >>> _url_date("https://example.vn/d20231026123.html")
    (2023, datetime.date(2023, 10, 26), True)
    >>> _url_date("https://example.vn/2023/10/council.html"), _url_date("https://example.vn/news")
    ((2023, None, True), (None, None, False))
    """
    if not url:
        return None, None, False
    year = _URL_YEAR.search(url)
    day = _URL_DAY.search(url)
    if day:
        return int(year.group(1)) if year else None, _day(*(int(g) for g in day.groups())), True
    return int(year.group(1)) if year else None, None, _URL_MONTH.search(url) is not None


# a source line the text ends or begins with: a short label, a colon, a URL ("Nguồn Gia Lai: http://…/201912/…")
_SOURCE_LINE = re.compile(r"^[^\W\d][^\n:]{0,40}:\s*(https?://\S+)\s*$", re.M)


def _source_url(text: str | None, labelled: bool = False) -> str | None:
    """The URL of a source line an article begins or ends with (an aggregator's copy; with ``labelled``, under a
    source word of ``kg/data/source_words.txt``); not a
    link in the middle of the text ("Xem thêm: http://…", another article's).

    >>> _source_url("Ông A được bầu.\\nNguồn Gia Lai: http://baogialai.com.vn/channel/1/201912/x/")
    'http://baogialai.com.vn/channel/1/201912/x/'
    >>> _source_url("Ông A được bầu.\\nXem thêm: http://example.vn/2019/01/x/\\nÔng A sinh năm 1970.")
    """
    lines = [line for line in (text or "").strip().splitlines() if line.strip()]
    for line in lines[:1] + lines[-1:]:
        found = _SOURCE_LINE.match(line.strip())
        if found and (not labelled or line.strip().lower().startswith(_SOURCE_WORDS)):
            return found.group(1)
    return None


# the words of a source line's label ("Nguồn Gia Lai:", "Source:", "المصدر:"): :func:`_source_url` with ``labelled``
_SOURCE_WORDS = tuple(
    w.lower() for w in tables.lines(tables.data_path("data", "source_words.txt")) if w not in ("url", "link")
)


def _anchors(article: Article, pack: Pack) -> tuple[int | None, datetime.date | None]:
    """The year and the day the article was published. The year: its URL's, else its publication
    date's, else a dated byline's. The day: its publication date's, else its URL's ("/d20231026…";
    none when the URL is a month folder), else a dated byline's, kept only when of that year: no
    meeting the article reports as held comes after it."""
    url_year, url_day, settled = _url_date(article.url or _source_url(article.text))
    if (
        url_year is None
        and not settled
        and article.url
        and not article.published
        and not _byline_year(article.text)
    ):
        # (an aggregator's copy whose own URL writes no date, no publication date nor dated byline: the source line
        # it ends with, under a source word, "Nguồn Gia Lai: http://…/201912/…"; not "Xem thêm: http://…", another
        # article's)
        url_year, url_day, settled = _url_date(_source_url(article.text, labelled=True))
    if url_year is not None:
        year = url_year
    elif article.published:
        year = int(article.published[:4])
    else:
        year = _byline_year(article.text)
    published = re.match(r"((?:19|20)\d\d)-(\d\d)-(\d\d)", article.published or "")
    if published:
        day = _day(int(published.group(1)), int(published.group(2)), int(published.group(3)))
    elif settled:
        day = url_day
    else:
        day = _byline_day(article.text, pack) or _paper_line_day(article.text)
    if day is not None and year is not None and day.year != year:
        day = None
    return year, day


def _issued(sents, folded, pack: Pack) -> datetime.date | None:
    """The latest day a document the article cites was issued on ("Directive 35-CT/TW of 14 June
    2024", "Resolution 57-NQ/TW dated 22 December 2024"), save documents whose implementation is
    reviewed (``review`` cues before them: "summing up 7 years of Resolution 18 of 25 October
    2017"): those may be years old."""
    days = []
    for sent, fs in zip(sents, folded, strict=True):
        dated = [d for d in find_dates(fs, pack) if d.year and d.day]
        if not dated:
            continue  # (no whole date: no issue day; the citations are not read)
        spans = citation_spans(sent, fs, pack)
        spans += _issue_dates(fs, spans, pack)
        if spans:
            reviews = [m.end() for m, _ in pack.cue("review").finditer(fs)]
            for d in dated:
                if any(a <= d.start < b for a, b in spans):
                    if not any(0 <= d.start - r <= 150 for r in reviews):
                        days.append(_day(d.year, d.month, d.day))
    return max((d for d in days if d), default=None)


def _issue_dates(folded: str, spans, pack: Pack) -> list[tuple[int, int]]:
    """Whole dates written right before a document the sentence cites (``spans``: its citations) in
    the same clause, no meeting noun nor holding verb between: the day it was issued ("في 22 ديسمبر
    2024، أصدر المكتب السياسي القرار رقم 57-NQ/TW", "on 22 December 2024 the Politburo issued
    Resolution 57-NQ/TW"), not a meeting's ("on 15 October 2025 the committee held a conference on
    Resolution 57"), nor a review's ("Ngày 2/12/2024, Ban Chỉ đạo tổng kết việc thực hiện Nghị quyết số
    18-NQ/TW": the day the steering committee for reviewing it met)."""
    if not spans:
        return []
    out = []
    # (a notice that concludes a meeting, its issuer between its day and its code: "On November 22, 2025, the
    # Government Office issued Notice No. 634/TB-VPCP on the conclusions of the Prime Minister at the working session")
    reach = len(folded) if _concluded(folded, pack) else 40
    for d in find_dates(folded, pack):
        if not (d.year and d.day):
            continue
        if _held_before(folded, d.start, pack):
            continue  # (the day of the meeting its clause holds: "عقدت ... اجتماعها الأول بعد ظهر اليوم، 19 فبراير 2025، لنشر ... القرار رقم 57")
        for start, _ in spans:
            between = folded[d.end : start]
            # (an abbreviation right after the date, its full stop ending no clause: "27 sierpnia 2024 r. Sekretariat
            # wydał decyzję nr 1517-QD/TW")
            word = _ABBREVIATED.match(between)
            if word and word.group(1) in {w.lower() for w in pack.abbreviations}:
                between = between[word.end() :]
            # (its mark's full stop no clause end: "emitió el 22 de noviembre de 2025 el Aviso n.º 634/TB-VPCP",
            # "veröffentlichte am 22. November 2025 die Mitteilung Nr. 634/TB-VPCP")
            for mark, _ in pack.cue("docmark").finditer(between):
                dot = mark.end() + (between[mark.end() : mark.end() + 1] == ".")
                between = between[: mark.start()] + " " * (dot - mark.start()) + between[dot:]
            if (
                0 <= start - d.end <= reach
                and not re.search(rf"[.;{RE_SEMICOLONS}]", between)
                and not any(True for _ in pack.cue("meeting").finditer(between))
                and not any(True for _ in pack.cue("hold").finditer(between))
                and not any(True for _ in pack.cue("review").finditer(between))
            ):
                out.append((d.start, d.end))
                break
    return out


_CLAUSE_END = re.compile(rf"[.;\n{RE_SEMICOLONS}](?!\d)")
_ABBREVIATED = re.compile(r"\s*(\w+)\.")


def _held_before(folded: str, at: int, pack: Pack) -> bool:
    """Does a holding verb stand before ``at`` in its clause, a meeting noun between them ("the committee held its
    first meeting this afternoon, 19 February 2025, to disseminate Resolution 57": the meeting's day, not the
    resolution's)?"""
    start = max(0, at - 120)
    ends = [m.end() for m in _CLAUSE_END.finditer(folded, start, at)]
    start = ends[-1] if ends else start
    held = [c.end() for c, _ in pack.cue("hold").finditer(folded, start, at)]
    return bool(held) and any(True for _ in pack.cue("meeting").finditer(folded, held[0], at))


# one short word (an article) between a verb and the group after it: "besuchte die Delegation"
_ARTICLE_GAP = re.compile(r"\s+\w{1,3}\s+")


def _delegation_trip(folded: str, original: str, pack: Pack) -> bool:
    """Does the sentence report a delegation's trip to a place or a body: a ``group`` cue ("delegation", "delegacja",
    "وفد", "đoàn công tác"), then in its clause a verb of a visit (``trip`` cues: "visited", "odwiedziła", "زار", "đến
    thăm", "visitó", "a rendu visite à"), then within 40 characters a place (the gazetteer's, in the sentence's script)
    or a place's or a body's noun (``trip_to`` cues: "province", "prowincję", "مقاطعة", "tỉnh", "committee")? Not
    families, sites or people a leader visits ("visited the families of ...", "odwiedzili Mauzoleum": no meeting in the
    read gold).

    >>> from kg.lang import load_pack
    >>> en = load_pack("en")
    >>> _delegation_trip("on 20 january, the delegation of attapeu province visited kon tum province.", "", en)
    True
    >>> _delegation_trip("on 20 january, the delegation visited the families of war invalids.", "", en)
    False
    >>> _delegation_trip("on 20 january, mr. a visited kon tum province.", "", en)
    False
    >>> _delegation_trip("on 20 january, the delegation visited the families of war invalids in kon tum.", "", en)
    False
    """
    trips = [m for m, _ in pack.cue("trip").finditer(folded)]
    if not trips:
        return False
    groups = [m.span() for m, _ in pack.cue("group").finditer(folded)]
    for t in trips:
        # (the delegation right after the verb, Arabic's verb first: its own place's noun first, then the object's, "زار
        # وفد مقاطعة أتابو مقاطعة كون توم", not "زار وفد مقاطعة أتابو أسر المعاقين"; German's verb second, its article
        # between: "besuchte die Delegation der Provinz Attapeu die Provinz Kon Tum")
        after = next(
            (e for s, e in groups if 0 <= s - t.end() <= 2 or _ARTICLE_GAP.fullmatch(folded, t.end(), s)),
            None,
        )
        if after is not None:
            window = re.split(r"[.;!?]", folded[after : after + 60], maxsplit=1)[0]
            if sum(1 for _ in pack.cue("trip_to").finditer(window)) >= 2:
                return True
            continue
        if not any(
            0 <= t.start() - e <= 150 and not re.search(r"[.;!?]", folded[e : t.start()]) for _, e in groups
        ):
            continue
        window = re.split(r"[.;!?]", folded[t.end() : t.end() + 40], maxsplit=1)[0]
        # (a place after a locative is where the visited stand, "visited the families of war invalids in Kon Tum")
        window = window[: next((m.start() for m, _ in pack.cue("locative").finditer(window)), len(window))]
        if any(True for _ in pack.cue("trip_to").finditer(window)):
            return True
        at = original[t.end() : t.end() + len(window)] if len(original) == len(folded) else None
        if gazetteer.find_places(window, at) or gazetteer.other_script_places(window):
            return True
    return False


def _held_success(folded: str, pack: Pack) -> str | bool:
    """Does the sentence congratulate a body on a meeting's successful holding (a ``topic_object`` verb not valued
    'given', then a ``held_success`` wording, a meeting noun within the 60 characters after it: "gratulierte dem
    Parteikomitee der Provinz Thanh Hoa zur erfolgreichen Ausrichtung des 20. Parteitags", "pogratulował ... udanej
    organizacji XX Kongresu")? Not "to ensure the successful organisation of the Congress", one to come. The kind of
    that meeting noun when a ``meeting_kind`` wording spells it (a congress, whatever ceremony the sentence speaks at:
    "Speaking at the welcome ceremony, A congratulated ... on the successful organisation of the 20th Congress"),
    else True."""
    success = [m for m, _ in pack.cue("held_success").finditer(folded)]
    if not success:
        return False
    congratulated = [
        m.end() for m, v in pack.cue("topic_object").finditer(folded) if "given" not in (v or ())
    ]
    for m in success:
        if not any(c <= m.start() for c in congratulated):
            continue
        # (a meeting noun or a meeting kind's: Arabic writes the noun with its preposition, "على التنظيم الناجح
        # للمؤتمر العشرين", which only the kinds' wordings spell)
        kinds = [
            _congress_named(folded, k.end(), v[0], pack)
            for k, v in pack.cue("meeting_kind").finditer(folded, m.end(), m.end() + 60)
            if v
        ]
        if kinds:
            return kinds[0]
        if any(True for _ in pack.cue("meeting").finditer(folded, m.end(), m.end() + 60)):
            return True
    return False


def _congratulated(folded: str, pack: Pack, province: str | None) -> Body | None:
    """The body a sentence congratulates on a meeting's successful holding (:func:`_held_success`): the first body
    written between the ``topic_object`` verb and the ``held_success`` wording, with the place written with it ("A
    congratulated the Thanh Hoa Provincial Party Committee on the successful organization of the 20th Congress": the
    Thanh Hoa party committee, the congress's own body, not the host's)."""
    success = [m.start() for m, _ in pack.cue("held_success").finditer(folded)]
    verbs = [m.end() for m, v in pack.cue("topic_object").finditer(folded) if "given" not in (v or ())]
    for end in success:
        before = [v for v in verbs if v <= end]
        if not before:
            continue
        start = before[-1]
        bodies = [b for b in find_bodies(folded[start:end], pack) if b[2][0] != GENERIC]
        if not bodies:
            continue
        b0, b1, values = bodies[0]
        level = values[1] if len(values) > 1 and values[1] else None
        if level is None:
            for _, lv in pack.levels.finditer(folded, start + b0, start + b1 + 20):
                level = lv[0]
                break
        level = level or "provincial"
        # (the place written in the body or after it, else right before it: not a place a name before spells, "Genosse
        # Y Thanh Ha Nie Kdam dem Parteikomitee der Provinz Thanh Hoa")
        places = [(p0, p) for p0, p1, p in gazetteer.find_places(folded) if start <= p0 and p1 <= end]
        after = [p for p0, p in places if p0 >= start + b0]
        near = [p for p0, p in places if start + b0 - 25 <= p0 < start + b0]
        written = (after or near[-1:] or [None])[0]
        return body_of(values[0], level, gazetteer.body_place(level, written, province))
    return None


def _after_documents(d: DateMention, issued: datetime.date | None) -> int | None:
    """The year of a day written without one in a text that states no year of its own: the first
    such day on or after the latest document the article cites (a meeting discusses documents
    issued before it: "on 29 May ... Resolution 57-NQ/TW dated 22 December 2024" is May 2025).

    >>> _after_documents(DateMention(0, 0, 29, 5, None), datetime.date(2024, 12, 22))
    2025
    >>> _after_documents(DateMention(0, 0, 18, 10, None), datetime.date(2024, 9, 27))
    2024
    """
    if issued is None or d.day is None:
        return None
    return issued.year + 1 if (d.month, d.day) < (issued.month, issued.day) else issued.year


def _documents_year(d: DateMention, issued: datetime.date | None, folded: str, pack: Pack) -> int | None:
    """:func:`_after_documents`, but for a meeting a notice concludes (:func:`_concluded`), held on or before the day
    the notice was issued (:func:`_before_day`): "Thông báo số 634/TB-VPCP ngày 22/11/2025 kết luận của Thủ tướng tại
    buổi làm việc ngày 10/11" is of 2025."""
    if issued is not None and _concluded(folded, pack):
        return _before_day(d, issued)
    return _after_documents(d, issued)


def _first_day(date: str | None, folded: str, d: DateMention, pack: Pack) -> str | None:
    """The first day of a meeting whose sentence names the day it closed after some days of work
    ("Po dwóch dniach pracy, 4 grudnia zakończył się Kongres": 3 December; ``days_worked`` cues
    before the day, their value the days).

    >>> from kg.lang import load_pack
    >>> pl = load_pack("pl")
    >>> _first_day("2025-12-04", "po dwoch dniach pracy, 4 grudnia", DateMention(23, 32, 4, 12, None), pl)
    '2025-12-03'
    """
    if not date or len(date) != 10:
        return date
    numbers = [int(n) for n in re.findall(r"(?<!\d)\d{1,2}(?!\d)", folded[d.start : d.end])]
    if d.month in numbers[1:]:
        numbers.remove(d.month)  # (a month written as a number: "chiều 3/10" writes one day)
    if len(numbers) > 1:
        return date  # the days are written out ("nos dias 2 e 3 de outubro"): the first is given
    closing = [c.span() for c, _ in pack.cue("closes").finditer(folded, d.end)]
    days = [
        n
        for start, end, n in _days_worked(folded, pack)
        # (before the day, or after a closing verb after it in its clause: "Ngày 15/10, Đại hội ... bế mạc sau 3 ngày
        # làm việc", "closed after three days of work", "endete der Parteitag ... nach drei Tagen", the congress's
        # name and term between: "اختتم المؤتمر الحادي عشر للحزب في المقاطعة للفترة 2020-2025 أعماله بعد ثلاثة أيام";
        # or right before the closing verb that ends the clause, "ging der Parteitag ... nach drei Arbeitstagen zu
        # Ende")
        if end <= d.start
        or any(
            (0 <= start - b <= 90 and not _CLAUSE_BOUNDS.search(folded, b, start))
            or (d.end <= end and 0 <= a - end <= 12 and not _CLAUSE_BOUNDS.search(folded, end, a))
            # (or farther before a closing verb that ends the clause, its subject between: de V2 "Am 4. Dezember ging
            # nach zwei Arbeitstagen die 20. Sitzung des Volksrats ... zu Ende")
            or (
                d.end <= end
                and 0 <= a - end <= 120
                and not _CLAUSE_BOUNDS.search(folded, end, b)
                and _AT_CLAUSE_END.match(folded, b)
            )
            # (or in a comma insert right after the day, a closing verb later in the sentence: "Chiều 4/12, sau 2
            # ngày làm việc, Kỳ họp thứ 20 ... đã bế mạc", "On the afternoon of December 4, after two days of work,
            # the 20th session ... closed", "بعد ظهر يوم 4 ديسمبر، وبعد يومين من العمل، اختتمت")
            or (end <= a and _INSERT_AFTER_DAY.fullmatch(folded, d.end, start) is not None)
            for a, b in closing
        )
    ]
    # (or the day is the meeting's n-th working day: "Sáng 25/9, Đại hội ... bước vào ngày làm việc thứ ba"; of a
    # meeting that lasts several days, not "ngày làm việc thứ hai sau Tết", the second working day of the year)
    if set(_SEVERAL_DAYS) & _kinds(folded, [], pack):
        days += [int(v[0]) for m, v in pack.cue("work_day").finditer(folded) if v and v[0].isdigit()][:1]
    if not days or not 1 < days[-1] <= 10:
        return date
    return (datetime.date.fromisoformat(date) - datetime.timedelta(days=days[-1] - 1)).isoformat()


_DAYS_COUNT = re.compile(r"\s*(\d{1,2}(?:[.,]\d)?)(?!\d)")


def _days_worked(folded: str, pack: Pack) -> list[tuple[int, int, int]]:
    """The days a meeting worked, as ``(start, end, days)``: a ``days_worked`` wording valued by its days
    ("po dwudniowej", "بعد يومين", "after a two-day"), or the number grammar its words make: a word valued
    ``after`` ("after", "sau", "tras", "po", "nach", "بعد"), a ``quantity`` word or none ("nearly", "gần", "casi";
    one valued ``more``, "more than", "hơn", "ponad", counts a day more), a number (digits, "2,5", or a
    ``cardinal`` word: "five", "năm", "cinco", "pięciu", "خمسة"), a word valued ``half`` before or after the day
    noun ("and a half", "rưỡi", "y medio", "i pół") and a word valued ``days`` ("days", "ngày", "días", "dniach",
    "Tagen", "أيام"): "after 5 days", "Tras casi 5 días", "sau 5 ngày", "بعد 5 أيام", "po ponad dwóch dniach" (3).
    A part of a day counts as a day ("2,5" is 3).

    >>> from kg.lang import load_pack
    >>> _days_worked("tras casi 5 dias de trabajo", load_pack("es"))
    [(0, 16, 5)]
    >>> _days_worked("sau hon 2 ngay ruoi lam viec", load_pack("vi"))
    [(0, 19, 3)]
    """
    cue = pack.cue("days_worked")
    out = []
    for m, v in cue.finditer(folded):
        if v and v[0].isdigit():
            out.append((m.start(), m.end(), int(v[0])))
            continue
        if v[:1] != ("after",):
            continue
        pos = _next_word(folded, m.end())
        quantity = pack.cue("quantity").match_at(folded, pos)
        more = quantity is not None and quantity[1][:1] == ("more",)
        if quantity is not None:
            pos = _next_word(folded, quantity[0].end())
        digits = _DAYS_COUNT.match(folded, pos)
        word = None if digits else pack.cue("cardinal").match_at(folded, pos)
        if digits:
            count, pos = float(digits.group(1).replace(",", ".")), digits.end()
        elif word is not None and word[1][:1] and word[1][0].isdigit():
            count, pos = float(word[1][0]), word[0].end()
        else:
            continue
        half = _valued_at(cue, folded, _next_word(folded, pos), "half")
        if half is not None:
            count, pos = count + 0.5, half.end()
        noun = _valued_at(cue, folded, _next_word(folded, pos), "days")
        if noun is None:
            continue
        end = noun.end()
        after = None if half is not None else _valued_at(cue, folded, _next_word(folded, end), "half")
        if after is not None:
            count, end = count + 0.5, after.end()
        whole = int(count)
        out.append((m.start(), end, whole + 1 if more or count > whole else whole))
    return out


def _next_word(folded: str, pos: int) -> int:
    """Where the next word starts after ``pos`` (spaces skipped)."""
    while pos < len(folded) and folded[pos].isspace():
        pos += 1
    return pos


def _valued_at(lexicon, folded: str, pos: int, value: str):
    """The match of a wording of ``lexicon`` valued ``value`` that starts at ``pos``, else None."""
    hit = lexicon.match_at(folded, pos)
    return hit[0] if hit is not None and hit[1][:1] == (value,) else None


def _later_days(date: str | None, d: DateMention, folded: str) -> list[str]:
    """The later days of a meeting whose date ``d`` writes a span of days ("từ ngày 12 đến ngày 15
    tháng 10 năm 2020", "12 - 14/6"), as ISO dates: the day numbers after the first, up to ten days
    on, the month's number aside (unless it is also a day's).

    >>> _later_days("2020-10-12", DateMention(0, 32, 12, 10, 2020), "12 den ngay 15 thang 10 nam 2020")
    ['2020-10-13', '2020-10-14', '2020-10-15']
    >>> _later_days("2024-06-05", DateMention(0, 8, 5, 6, 2024), "5/6/2024")
    []
    """
    if not date or len(date) != 10 or d.day is None:
        return []
    numbers = [int(n) for n in re.findall(r"(?<!\d)\d{1,2}(?!\d)", folded[d.start : d.end])]
    last = max(
        (n for n in numbers if d.day < n <= d.day + 10 and (n != d.month or numbers.count(n) > 1)),
        default=None,
    )
    if last is None:
        return []
    first = datetime.date.fromisoformat(date)
    return [(first + datetime.timedelta(days=k)).isoformat() for k in range(1, last - d.day + 1)]


def _near_year(d: DateMention, first: datetime.date) -> int:
    """The year of a day written without one after the text dated a meeting to a whole day (``first``, its year
    written): that day's year, or the one before or after when the day is then at most 62 days from it, across
    the new year ("On December 28, 2025, the council held its session ... On January 3, the committee held a
    conference" is 3 January 2026; "On January 3, 2026 ... Earlier, on December 28, ..." is 28 December 2025).

    >>> _near_year(DateMention(0, 0, 3, 1, None), datetime.date(2025, 12, 28))
    2026
    >>> _near_year(DateMention(0, 0, 28, 12, None), datetime.date(2026, 1, 3))
    2025
    >>> _near_year(DateMention(0, 0, 12, 3, None), datetime.date(2025, 12, 28))
    2025
    """
    for year in (first.year - 1, first.year + 1):
        day = _day(year, d.month, d.day or 1)
        if day is not None and abs((day - first).days) <= 62:
            return year
    return first.year


def _before_day(d: DateMention, anchor: datetime.date | None) -> int | None:
    """The year of a day written without one, in an article published on ``anchor``: the anchor's
    year, or the year before for a day after it ("On 31 Dec" in an article of 2 January 2020 is 31
    December 2019; a day later than the anchor is allowed for time zones).

    >>> _before_day(DateMention(0, 0, 31, 12, None), datetime.date(2020, 1, 2))
    2019
    >>> _before_day(DateMention(0, 0, 2, 1, None), datetime.date(2020, 1, 2))
    2020
    >>> _before_day(DateMention(0, 0, None, 3, None), datetime.date(2020, 1, 2))
    2019
    """
    if anchor is None or d.year:
        return None
    day = _day(anchor.year, d.month, d.day or 1)
    if day is None or day <= anchor + datetime.timedelta(days=1):
        return anchor.year
    return anchor.year - 1


def _day(year: int, month: int, day: int) -> datetime.date | None:
    try:
        return datetime.date(year, month, day)
    except ValueError:
        return None


# a dated byline: a date with its year next to a time of day ("September 22, 2018 8:30 PM",
# "15/07/2025 10:02", "17:48، 23/09/2023", "Thứ bảy, 22/04/2017, 02:30", "02-01-2020 | 15:51")
_CLOCK = r"\d{1,2}:\d\d(?![\d/.])"
_BYLINE_SEP = rf"[ ,\u060c|{RE_DASHES}]{{1,4}}"  # (a dash too: "Thứ sáu, 16/10/2020 - 11:01")
_BYLINE = re.compile(
    rf"(?<![\d:])((?:19|20)\d\d)(?!\d){_BYLINE_SEP}{_CLOCK}"
    rf"|(?<![\d/.:])\d{{1,2}}:\d\d{_BYLINE_SEP}\d{{1,2}}[/.-]\d{{1,2}}[/.-]((?:19|20)\d\d)(?!\d)"
)
_CLOCK_MARK = re.compile(r"\d:\d\d")  # what every match of _BYLINE holds
_NUMERIC_DAY = re.compile(r"(\d(?<![\d/.:-]\d)\d?)[/.-](\d{1,2})[/.-]((?:19|20)\d\d)(?!\d)")


def _byline_year(text: str | None) -> int | None:
    """The year of a dated byline the text carries (the date it was published at).

    >>> _byline_year("Chairman receives Governor\\nThứ bảy, 22/04/2017, 02:30 SA\\nOn February 15, ...")
    2017
    >>> _byline_year("17:48، 23/09/2023"), _byline_year("in 2018 the province grew 8.5%")
    (2023, None)
    >>> _byline_year("Update: 02-01-2020 | 15:51:02")
    2020
    """
    if not text or not _CLOCK_MARK.search(text):
        return None  # (every byline has a time of day: "\d:\d\d")
    m = _BYLINE.search(text)
    return int(m.group(1) or m.group(2)) if m else None


def _byline_day(text: str | None, pack: Pack) -> datetime.date | None:
    """The day of a dated byline: a whole date, numeric or written, next to a time of day.

    >>> from kg.lang import load_pack
    >>> en = load_pack("en")
    >>> _byline_day("Update: 02-01-2020 | 15:51:02\\nOn 31 Dec, the council met.", en)
    datetime.date(2020, 1, 2)
    >>> _byline_day("New chairman\\nSeptember 22, 2018 8:30 PM GMT+7", en)
    datetime.date(2018, 9, 22)
    >>> _byline_day("17:48، 23/09/2023", en), _byline_day("On 12 May 2024 at 9:30, the council met", en)
    (datetime.date(2023, 9, 23), None)
    """
    text = text or ""
    if _byline_year(text) is None:
        return None
    clock = re.compile(rf"{_BYLINE_SEP}{_CLOCK}")
    for m in _NUMERIC_DAY.finditer(text):
        before = re.search(rf"{_CLOCK}{_BYLINE_SEP}$", text[max(0, m.start() - 12) : m.start()])
        if clock.match(text, m.end()) or before:
            return _day(int(m.group(3)), int(m.group(2)), int(m.group(1)))
    folded = fold_aligned(text)
    for d in find_dates(folded, pack):
        if d.year and d.day and clock.match(folded, d.end):
            return _day(d.year, d.month, d.day)
    return None


# the line vietnam.vn's pages keep from the source's byline: the paper's name twice, glued, then the day it was
# published on ("Báo Nhân dânBáo Nhân dân18/05/2025", "Báo Lâm ĐồngBáo Lâm Đồng25/07/2025"), no time of day
_PAPER_LINE = re.compile(r"(?m)^[ \t]*(\S.{2,60}?)\1[ \t]*(\d{1,2})/(\d{1,2})/((?:19|20)\d\d)[ \t]*$")


def _paper_line_day(text: str | None) -> datetime.date | None:
    """The day of the paper's line vietnam.vn keeps (:data:`_PAPER_LINE`): the day the article was published, which a
    relative day ("This morning, the Standing Committee held ...") is counted from, as a dated byline's.

    >>> _paper_line_day("Title\\n\\nBáo Lào CaiBáo Lào Cai20/10/2025\\n\\nThis morning, ...")
    datetime.date(2025, 10, 20)
    >>> _paper_line_day("On 20/10/2025 the council met."), _paper_line_day("Báo Lào Cai 20/10/2025")
    (None, None)
    """
    m = _PAPER_LINE.search(text or "")
    return _day(int(m.group(4)), int(m.group(3)), int(m.group(2))) if m else None


def _term_floor(folded: str, spans, pack: Pack, year: int | None) -> int | None:
    """``year``, or the first year of a term the sentence names ("re-elected for the 2020-2025 term
    at a conference on 26 September") when ``year`` comes before it: a meeting of a term is not
    held before the term begins (a text's most frequent year may be a past one, a biography's). The
    term of a congress the sentence names is not the meeting's: a conference may prepare it
    ("to implement Directive 35 on the congresses for the 2025-2030 term", held in 2024).

    >>> from kg.lang import load_pack
    >>> en = load_pack("en")
    >>> _term_floor("re-elected secretary for the term of 2020 - 2025 at a conference", [], en, 2015)
    2020
    >>> _term_floor("a conference on directive 35 on the party congress for the term 2025-2030", [], en, 2024)
    2024
    """
    if year is None:
        return None
    outside = _outside(spans)
    terms = [m.end() for m, _ in pack.cue("term").finditer(folded)]
    congresses = [m.start() for m, _ in pack.cue("congress").finditer(folded)]
    for t in _TERM.finditer(folded):
        if (
            outside(t.start())
            and any(0 <= t.start() - e <= 12 for e in terms)
            and not any(0 <= t.start() - c <= 60 for c in congresses)
            and int(t.group(1)) > year
        ):
            return int(t.group(1))
    return year


def _text_term(folded: list[str], cited: list, pack: Pack) -> int | None:
    """The first year of the latest term the text names by its years right after a term word
    ("pour la période 2025-2030", "mandato 2020-2025") or right before one ("the 2025-2030 term"),
    outside cited documents; not a target's ("đặt mục tiêu đến nhiệm kỳ 2026-2031", "by the 2026-2031 term": an
    ``until`` cue right before the term)."""
    starts = []
    for fs, spans in zip(folded, cited, strict=True):
        terms = [(m.start(), m.end()) for m, _ in pack.cue("term").finditer(fs)]
        if not terms:
            continue  # (no term word: no year beside one; the spans are not read)
        outside = _outside(spans)
        for t in _TERM.finditer(fs):
            near = [(b, e) for b, e in terms if 0 <= t.start() - e <= 12 or 0 <= b - t.end() <= 2]
            if not near or not outside(t.start()) or _target_term(fs, min(near[0][0], t.start()), pack):
                continue
            starts.append(int(t.group(1)))
    return max(starts, default=None)


def _target_term(folded: str, at: int, pack: Pack) -> bool:
    """Does an ``until`` cue stand right before a term written at ``at`` (its word or its years: "đến nhiệm kỳ
    2026-2031"; not "para el período 2021-2026", for the term: an article between)?"""
    return any(
        not folded[m.end() : at].strip() for m, _ in pack.cue("until").finditer(folded, max(0, at - 20), at)
    )


def _congress_term(folded: list[str], cited: list, pack: Pack) -> int | None:
    """The first year of the latest term a sentence names within 200 characters after a congress word
    (the term of a post it elected somebody to: "The congress also elected A, Head of ..., term 2015-2020,
    as Deputy Secretary of the provincial Party Committee, term 2020-2025"),
    a term word right before or after its years ("la XVII asamblea del Comité del Partido ... (mandato
    2020-2025)", "the congress ... for the 2020-2025 term"), outside cited documents; not after a
    document word ("the resolution of the congress for the 2015-2020 term": a past one's).

    >>> from kg.lang import load_pack
    >>> en = load_pack("en")
    >>> _congress_term(["the congress elected its executive committee for the 2020-2025 term"], [[]], en)
    2020
    >>> _congress_term(["to carry out the resolution of the congress for the 2015-2020 term"], [[]], en)
    >>> _congress_term(["the congress reviewed the 2021-2025 five-year plan"], [[]], en)
    """
    starts = []
    for fs, spans in zip(folded, cited, strict=True):
        outside = None  # (the spans read once a congress word asks)
        terms = [(t.start(), t.end()) for t, _ in pack.cue("term").finditer(fs)]  # "período", "term"
        ends, begins = sorted(e for _, e in terms), sorted(b for b, _ in terms)
        for m, _ in pack.cue("congress").finditer(fs):
            if any(
                m.start() - d.end() <= 25
                for d, _ in pack.documents.finditer(fs, max(0, m.start() - 60), m.start())
            ):
                continue
            outside = outside or _outside(spans)
            starts += [
                int(t.group(1))
                for t in _TERM.finditer(fs, m.end(), m.end() + 230)  # (bounded: linear in the sentence)
                if outside(t.start())
                and t.start() - m.end() <= 200
                and (_within(ends, t.start() - 12, t.start()) or _within(begins, t.end(), t.end() + 2))
            ]
    return max(starts, default=None)


def _other_term(folded: str, original: str, congress_folded: str, congress_original: str, pack: Pack) -> bool:
    """Does a sentence name a term whose ordinal is not the congress's (the sentence reporting it names that one):
    the first meeting of another term ("Hội nghị lần thứ nhất Ban Chấp hành Đảng bộ tỉnh khóa XVII" after the XVIII
    congress)?"""
    congress = {
        o[2]
        for m, _ in pack.cue("congress").finditer(congress_folded)
        for o in _congress_ordinal(congress_folded, congress_original, m.end(), pack)
    }
    if not congress:
        return False
    terms = {
        o[2]
        for m, _ in pack.cue("term").finditer(folded)
        if pack.cue("congress").match_at(folded, m.start()) is None
        for o in (_after_or_before(folded, original, m.start(), m.end(), pack))[:1]
    }
    return bool(terms) and not terms & congress


def _after_or_before(
    folded: str, original: str, start: int, end: int, pack: Pack
) -> list[tuple[int, int, int]]:
    """The ordinal written right after a word at ``start``-``end`` (a space between), else right before it."""
    after = [
        o
        for o in _ordinal_at(folded, original, pack, end, min(len(folded), end + 12))
        if not folded[end : o[0]].strip()
    ]
    return after or [
        o
        for o in _ordinal_at(folded, original, pack, max(0, start - 12), start)
        if not folded[o[1] : start].strip()
    ]


def _first_of_term(folded: str, original: str, spans, pack: Pack, text_term: int | None = None) -> int | None:
    """The first year of the term a meeting the sentence names as the first of it opens: an ordinal 1
    right before a meeting noun ("la primera conferencia del Comité Ejecutivo, período 2025-2030",
    "the 1st session of the People's Council for the 2026-2031 term"), then a term's years (a term
    word right before or after them) within 250 characters ("at the first session of the X People's Council, 13th
    tenure, the delegates elected the leaders of ... for the 2021-2026 term"), no other meeting noun between.

    >>> from kg.lang import load_pack
    >>> en = load_pack("en")
    >>> text = "the 1st session of the provincial people's council for the 2026-2031 term"
    >>> _first_of_term(text, text, [], en)
    2026
    >>> text = "the 20th session of the provincial people's council for the 2021-2026 term"
    >>> _first_of_term(text, text, [], en)

    A first meeting whose sentence names its term by a term word but no years ("wählte der Volksrat der Provinz
    Dak Nong der 4. Amtszeit auf seiner ersten Sitzung") opens ``text_term``, the latest term the text names.

    >>> text = "the provincial people's council of the 4th term at its first session"
    >>> _first_of_term(text, text, [], en, 2021)
    2021
    """
    named = [(m.start(), m.end()) for m, v in pack.cue("meeting_kind").finditer(folded) if v]
    if not named or _congress_bodies(folded, pack):
        return None  # (a body preparing a congress meets before the term it opens: "the Documents Subcommittee of the
        # 15th Congress, term 2025-2030, held its first meeting")
    outside = _outside(spans)
    terms = [(t.start(), t.end()) for t, _ in pack.cue("term").finditer(folded)]
    ends, begins = sorted(e for _, e in terms), sorted(b for b, _ in terms)
    # an ordinal 1 right before the noun, or right after it (Arabic: "الدورة الأولى لمجلس الشعب الإقليمي للفترة
    # 2026-2031", "عقد المجلس للفترة 2026-2031 دورته الأولى": the term on either side then), unless a later meeting
    # noun of the sentence has a later ordinal after it ("الدورة الأولى، 2021-2026، جلسته الخامسة": its fifth session;
    # not an earlier one, the term's: "مجلس الشعب ... للدورة الرابعة جلسته الأولى", its 4th term's first sitting)
    # (a later noun that is also a term word names the term: "الدورة الأولى لمجلس الشعب ...، الدورة الثامنة، للفترة
    # 2021-2026", the first session of the council's 8th term)
    after = [
        []
        if pack.cue("term").match_at(folded, start) is not None
        else [
            value for s, _, value in _ordinal_at(folded, original, pack, end, end + 16) if 0 <= s - end <= 6
        ]
        for start, end in named
    ]
    for i, (start, end) in enumerate(named):
        ordinals = _ordinal_at(folded, original, pack, max(0, start - 16), start)
        before = any(value == 1 and 0 <= start - e <= 3 for _, e, value in ordinals)
        first_after = any(
            value == 1 and 0 <= s - end <= 6
            for s, _, value in _ordinal_at(folded, original, pack, end, end + 16)
        )
        if not before and (not first_after or any(v > 1 for values in after[i + 1 :] for v in values)):
            continue
        if any(start - d.end() <= 25 for d, _ in pack.documents.finditer(folded, max(0, start - 60), start)):
            continue  # "quán triệt Nghị quyết Hội nghị lần thứ nhất ... nhiệm kỳ 2020-2025": a document's issuer
        later = [b for b, _ in named[i + 1 :] if pack.cue("term").match_at(folded, b) is None]
        limit = min(later[0] if later else len(folded), end + 270)
        # (the term on either side: "the People's Council of X, term 2021-2026, held its first session", "el Consejo
        # Popular ..., período 2021-2026, celebró su primera sesión"; the latest found)
        low = max(named[i - 1][1] if i else 0, start - 150)
        found = [
            int(t.group(1))
            for t in _TERM.finditer(folded, low, limit)
            if (
                (t.start() - end <= 250 if t.start() >= end else t.end() <= start)
                and outside(t.start())
                and (
                    _within(ends, t.start() - 12, t.start())
                    or _within(begins, t.end(), t.end() + 2)
                    or _ordinal_term(folded, original, pack, ends, t.start())
                )
                and not _former_clause(folded, max(low, end) if t.start() >= end else low, t.start(), pack)
            )
        ]
        if found:  # (the latest: an earlier term is a biography's, "A, Vice Chairman in the 2016-2021 term")
            return max(found)
        if (
            text_term
            and (terms or _ordinal_body(folded, original, pack))
            and not any(True for _ in _TERM.finditer(folded))
        ):
            return (
                text_term  # (its term by a word, or by the body's ordinal, and no years: the text's latest)
            )
    return None


def _ordinal_body(folded: str, original: str, pack: Pack) -> bool:
    """Does the sentence name a body by its term's ordinal, no term word: an ordinal above 1 right before the body
    (its place's name between: "the 12th Bac Kan Provincial Party Executive Committee", "el XII Comité Ejecutivo",
    "das 12. Exekutivkomitee") or right after it ("اللجنة التنفيذية الثانية عشرة للجنة الحزب")?

    >>> from kg.lang import load_pack
    >>> en = load_pack("en")
    >>> text = "at its first session, the 12th bac kan provincial party executive committee elected"
    >>> _ordinal_body(text, text, en), _ordinal_body(text.replace("12th ", ""), text, en)
    (True, False)
    """
    ordinals = [(a, b) for a, b, value in _ordinal_at(folded, original, pack, 0, len(folded)) if value > 1]
    return bool(ordinals) and any(
        (b <= s and not gazetteer.blank_places(folded[b:s]).strip()) or (e <= a and not folded[e:a].strip())
        for s, e, values in find_bodies(folded, pack)
        # (a body that sits by terms: not "the 2nd Provincial Steering Committee", "the 5th Division"; review25 Low 5)
        if values[0] in _BY_TERMS
        for a, b in ordinals
    )


def _ordinal_term(folded: str, original: str, pack: Pack, ends: list[int], at: int) -> bool:
    """Do a term word and its ordinal, written after it, stand right before ``at`` (the term's years): Arabic
    "مجلس الشعب الإقليمي للدورة الحادية عشرة 2026-2031 جلسته الأولى", the 11th term's first sitting?"""
    ordinals = _ordinal_at(folded, original, pack, max(0, at - 30), at)
    return any(0 <= at - e <= 3 and _within(ends, s - 2, s) for s, e, _ in ordinals)


def _former_clause(folded: str, low: int, at: int, pack: Pack) -> bool:
    """Does the clause ending at ``at`` (from its last comma, semicolon or bracket, not before ``low``) hold a
    ``former`` cue ("nguyên Phó Chủ tịch UBND tỉnh nhiệm kỳ 2016-2021", "ancien vice-président ... pour le mandat
    2016-2021", "who had been Vice Chairman ... in the 2016-2021 term"): a term of a past post, no meeting's?"""
    bounds = [b.end() for b in _CLAUSE_BOUNDS.finditer(folded, low, at)]
    start = bounds[-1] if bounds else low
    return any(True for _ in pack.cue("former").finditer(folded, start, at))


def _deadline_year(folded: str, pack: Pack, d: DateMention) -> int | None:
    """The year of a day the text dates no other way, from a deadline its sentence sets, written as a whole date
    (``until`` cues: "d'ici le 31 décembre 2025", "trước ngày 31/12/2025", "by December 31, 2025"): that year, the
    year before for a day later in the year than the deadline's (a deadline comes after the day it is set)."""
    dates = find_dates(folded, pack)
    for m, _ in pack.cue("until").finditer(folded):
        # (the date may take in the cue's last word: "trước [ngày 31/12/2025]")
        due = next((x for x in dates if x.day and x.year and m.start() < x.start <= m.end() + 3), None)
        if due is not None and due is not d:
            return due.year if (d.month, d.day or 0) <= (due.month, due.day) else due.year - 1
    return None


def _year_spans(cited, folded: str, pack: Pack, since: bool = True) -> list[tuple[int, int]]:
    """The spans of a sentence blanked before the text's years are counted: its cited spans but a whole date after
    an ``until`` cue marked ``as_of`` (a state reported as of a day: "بحلول 20 أغسطس 2020، أكملت 21/21 لجنة حزبية
    ...", "Đến ngày 20-8-2020, ... đã hoàn thành"): that day is no event's, yet its year is the text's; not a
    deadline's day ("trước ngày 31/12/2025", "d'ici le 31 décembre 2025": a later year may be set), nor a target
    year alone ("by 2030"), nor a day a duty or a plan follows ("Đến ngày 31/12/2025 phải hoàn thành ...", "بحلول 31
    ديسمبر 2025، يجب على ...": ``to_do`` and ``planned`` cues within 60 characters after it, a deadline). With
    ``since``, a whole day after a starting point's cue is blanked but its year ("(retired from June 1, 2024)",
    ":meth:`_Cited.since_years`): no event's day, the text's year; without, for the meetings that sentence names (no
    meeting is dated by the start of a mandate it rests on)."""
    if since and cited.since_years():
        cited = [cited.since_years().get(span, span) for span in cited]
    cues = [
        (m, "done" in values)
        for m, values in pack.cue("until").finditer(folded)
        if {"as_of", "done"} & {*values}
    ]
    if not cues:
        return list(cited)
    dates = find_dates(folded, pack)
    kept = set()
    for m, done in cues:
        # (the date may take in the cue's last word: "đến [ngày 20-8-2020]"; not the end of a range a date opens)
        due = next((d for d in dates if d.day and d.year and m.start() < d.start <= m.end() + 3), None)
        if due is None or any(0 <= m.start() - d.end <= 6 for d in dates):
            continue
        after = re.split(r"[.;!?]", folded[due.end : due.end + 60], maxsplit=1)[0]
        if done and not any(
            True
            for kind in ("achieved", "meeting")
            for _ in pack.cue(kind).finditer(folded, due.end, due.end + 160)
        ):
            continue  # (a cue valued ``done``, en 'By', de 'Bis zum', is a state's day only with a completed act or
            # a meeting after it: 'By August 20, 2020, 21/21 party committees had completed their congresses'; not
            # a deadline's: 'By December 31, 2025, the province must complete the merger')
        if not any(True for kind in ("to_do", "planned") for _ in pack.cue(kind).finditer(after)):
            kept.add(m.start())
    return [span for span in cited if span[0] not in kept]


def _plan_targets(folded: str, pack: Pack) -> list[tuple[int, int]]:
    """The plan's years an ``until`` cue valued ``plan`` writes after a plan's noun ("Cele na rok 2026", "los objetivos
    para 2026"): a meeting's own sentence is dated by them (:func:`_not_event_dates` leaves them), but the text's most
    frequent year is not counted from them, as from the targets the cue writes after other words: a December session's
    text that names next year's targets again and again is of the year before."""
    out = []
    for m, values in pack.cue("until").finditer(folded):
        if "plan" in values and _plan_noun_before(folded, m.start(), pack):
            year = _YEAR_ONE.search(folded, m.end(), m.end() + 12)
            if year is not None:
                out.append((m.start(), year.end()))
    return out


def _range_year(folded: str, pack: Pack, congress: bool = False) -> int | None:
    """The first year of a term the sentence's event opens: a congress "for the 2025-2030 term"
    (``congress`` cues; or, for a meeting known to be a congress, ``congress``, a conference noun its ordinal and a
    party organisation make one, "المؤتمر العشرين لحزب المقاطعة للفترة 2025-2030", ``_congress_named``); a session or
    meeting within a term does not open it. Of two terms in a row the sentence names, the later ("Tại Đại hội ...,
    ông A, Bí thư Tỉnh ủy nhiệm kỳ 2020-2025, tiếp tục được bầu làm Bí thư Tỉnh ủy nhiệm kỳ 2025-2030": the one the
    re-elected held is the term before)."""
    if not any(True for _ in pack.cue("congress").finditer(folded)) and not (
        congress
        and any(
            _congress_named(folded, m.end(), v[0], pack) == "congress"
            for m, v in pack.cue("meeting_kind").finditer(folded)
            if v and v[0] == "conference"
        )
    ):
        return None
    ranges = [
        (int(m.group(1)), int(m.group(2)))
        for m in re.finditer(rf"((?:19|20)\d\d)\s*[{RE_DASHES}]\s*((?:19|20)\d\d)", folded)
    ]
    if not ranges:
        return None
    ends = {end for _, end in ranges}
    return next((start for start, _ in ranges if start in ends), ranges[0][0])


def _date(d: DateMention, year: int | None) -> str | None:
    y = d.year or year
    if y is None:
        return None
    if d.day is None:
        return f"{y:04d}-{d.month:02d}"
    try:
        return datetime.date(y, d.month, d.day).isoformat()
    except ValueError:  # "30 February": keep what is sure
        return f"{y:04d}-{d.month:02d}"


# "(VNA) -" after a date, maybe after a year's short word ("12 marca 2025 r. (VNA) -")
_DATELINE = re.compile(rf"\s*(?:\w{{1,4}}\.?\s*)?\([^()\d]{{2,20}}\)\s*[{RE_DASHES}]")
_LETTERS = re.compile(r"[^\W\d_]+")  # a word of letters
_OPENING_DATELINE = re.compile(r"\d{1,2}\s*[/.-]\s*\d{1,2}\s*[/.-]\s*(?:19|20)\d\d")
_LETTER_NEXT = re.compile(r"[ \t\u00a0]*[^\W\d_]")
_PLACE_BEFORE = re.compile(rf"\s*(?:[^\W\d_]+(?:[ \t][^\W\d_]+){{0,3}}\s*[{RE_COMMAS}]\s*)?")
# (pl '18 października 2024 r. – 17 października ...'; no time after the dash, '16/10/2020 - 11:01')
_DASH_NEXT = re.compile(rf"(?:\s*[^\W\d_]{{1,4}}\.)?\s*(?:[{RE_DASHES}]|_)\s*(?!\d{{1,2}}\s*[:h]\s*\d)\w")
_YEAR_ONE = re.compile(r"(?:19|20)(?<!\d\d\d)\d\d(?!\d)")
# two days joined by a dash, the second no part of a whole numeric date ("27-29/9/2025", "12 - 14/6"; not "24-6-2024")
_DAY_RANGE = re.compile(
    rf"(?<!\d)\d{{1,2}}\s*[{RE_DASHES}]\s*\d{{1,2}}(?!\d|\s*[{RE_DASHES}/.]\s*(?:19|20)\d\d)"
)
_YEAR_AHEAD = re.compile(rf"(?<!\d)(?:19|20)\d\d(?:\s*[{RE_DASHES}]\s*(?:19|20)\d\d)?(?!\d)")  # or a range


_CLAUSE_BOUNDS = re.compile(rf"[{RE_COMMAS}{RE_SEMICOLONS}()\[\]]")
# (a clause's end right here; not _CLAUSE_END, a clause end ahead, which 015bd065 shadowed)
_AT_CLAUSE_END = re.compile(rf"\s*(?:[{RE_COMMAS}{RE_SEMICOLONS}{RE_SENTENCE_ENDS}]|$)")
_INSERT_AFTER_DAY = re.compile(
    rf"\s*[{RE_COMMAS}]\s*(?:[^\W\d]\s*)?"
)  # (", ", "، و": a comma, a clitic at most)


def _holds_from(folded: str, start: int, end: int, holds: list[int]) -> bool:
    """Is a meeting held (a ``hold`` cue at one of ``holds``) in the clause of the date that a starting point's
    cue at ``start`` opens and that ends at ``end``, or in the next clause when the cue and the date are a clause
    alone ("Từ ngày 10/7, HĐND tỉnh tổ chức kỳ họp", "Trong 3 ngày, từ ngày 10/7, HĐND tỉnh tổ chức kỳ họp")?"""
    bounds = [b.start() for b in _CLAUSE_BOUNDS.finditer(folded)]
    left = max((b for b in bounds if b < start), default=-1)
    ahead = [b for b in bounds if b >= end]
    right = ahead[0] if ahead else len(folded)
    if ahead and not folded[left + 1 : start].strip() and not folded[end:right].strip():
        right = ahead[1] if len(ahead) > 1 else len(folded)  # (a clause of the day alone: the next is its)
    return any(left < h < right for h in holds)


def _about_a_year(folded: str, cue: int, end: int, about: bool, pack: Pack) -> bool:
    """Is the year-like number a quantity word (at ``cue``) stands before, up to ``end``, a year: one written
    after a word of approximation (``quantity`` valued ``about``) that a preposition of place or time stands
    right before ("held in about 2020", ``locative``; not "in more than 2000 communes"), or with no word after it
    in its clause ("was held around 2020.")?"""
    before = re.search(r"(\w+)\s+$", folded[max(0, cue - 20) : cue])
    if about and before and pack.cue("locative").match_at(before.group(1), 0) is not None:
        return True
    # (only after "about" too: "attended by more than 2000." is a count, review10)
    return about and re.match(rf"\s*(?:[{RE_CLAUSE_ENDS}]|$)", folded[end:]) is not None


def _reviewed_target(folded: str, span: tuple[int, int], pack: Pack) -> bool:
    """Is the year of an ``until`` span (a target: "na rok 2023", "para 2023") the year a review looks back on: a
    ``review`` cue in its clause at most 120 characters before it, and the year after it written later in the
    sentence (the next year's plan: "oceniono realizację zadań na rok 2023, wdrożono zadania na rok 2024")?"""
    year = _YEAR_ONE.search(folded, *span)
    if year is None:
        return False
    before = folded[max(0, span[0] - 120) : span[0]]
    clause = re.split(rf"[{RE_CLAUSE_ENDS}]\s", before)[-1]
    if not any(True for _ in pack.cue("review").finditer(clause)):
        return False
    return any(int(y.group()) == int(year.group()) + 1 for y in _YEAR_ONE.finditer(folded, span[1]))


def _reviewed_plan(text: str, at: int, reviews: list[int], pack: Pack) -> bool:
    """Is the plan's year at ``at`` what a review looks back on: a review cue ending at one of ``reviews`` at most 120
    characters before it, a ``review_object`` word ("results", "kết quả", "résultats") and then the plan's noun
    between, in one clause, no conjunction between ("that assessed the results of the tasks for 2024", "đánh giá kết
    quả thực hiện nhiệm vụ năm 2024", "qui a évalué les résultats des tâches de l'année 2024" on 10 January are of
    2025); not "tổng kết công tác năm, triển khai nhiệm vụ năm 2025", "to review the work and deploy the tasks for
    2025" (the next year's plan)."""
    for r in reviews:
        if not 0 <= at - r <= 120 or re.search(rf"[{RE_CLAUSE_ENDS}]", text[r:at]):
            continue
        if next(pack.cue("conjunction").finditer(text, r, at), None) is not None:
            continue
        objects = [m.start() for m, _ in pack.cue("review_object").finditer(text, r, at)]
        plans = [m.start() for m, _ in pack.cue("plan_noun").finditer(text, r, at)]
        if objects and plans and objects[0] < plans[-1]:
            return True
    return False


def _plan_noun_before(folded: str, at: int, pack: Pack) -> bool:
    """Does a plan's noun (``plan_noun``: tasks, targets, "tareas", "zadań") end right before ``at``, one short or
    adjective word at most between ("las tareas clave para", "kluczowych zadań na rok", "the tasks for")?

    >>> from kg.lang import load_pack
    >>> es = load_pack("es")
    >>> _plan_noun_before("las tareas clave para 2025", 16, es), _plan_noun_before("los criterios para 2030", 14, es)
    (True, False)
    """
    gap = re.compile(r"(?:\s+[^\W\d]+)?\s*$")
    return any(
        gap.fullmatch(folded, n.end(), at) is not None
        # (a plan under way as well: its year is a plan's, no target's, "la ejecución del plan para 2025")
        for n, _ in _plan_words(folded, max(0, at - 40), at, pack, carried=True)
    )


def _not_event_dates(
    folded: str, pack: Pack, text_years: list[tuple[tuple[int, int], tuple[int, int]]] | None = None
) -> list[tuple[int, int]]:
    """Spans of dates that are no event's: a target ("by 2030", ``until`` cues: the 12 characters
    after the cue, a day and a month or a year, or a whole date that follows it), a starting point
    ("since 2018", ``since`` cues), a birth ("born in 1971", ``born`` cues: to the
    end of the year it gives, within 30 characters) and a count after a quantity word ("more than 2000
    enterprises", ``quantity`` cues). ``text_years``, when given, gets each starting point's span of a whole day
    with the span to the day's year beside it (:func:`_year_spans`)."""
    dates = find_dates(folded, pack)
    out = []
    for m, values in pack.cue("until").finditer(folded):
        if "plan" in values and _plan_noun_before(folded, m.start(), pack):
            # (a cue valued ``plan`` after a plan's noun writes the plan's year, as en "for" does, no target: "las
            # tareas clave para 2025", "kluczowych zadań na rok 2025": the meeting that deploys them is of that year)
            continue
        if any(
            p.start() < m.start() < p.end()
            and any(d.day and d.year and 0 <= d.start - p.end() <= 4 for d in dates)
            for kind in ("planned", "scheduled")
            for p, _ in pack.cue(kind).finditer(folded, max(0, m.start() - 30), m.end())
        ):
            # (nor the last word of a participle that schedules a day, "el congreso programado para el 15 de diciembre
            # de 2025": the day an event is set for)
            continue
        # a deadline written as a whole date ("przed 31 grudnia 2025 r.", "by December 31, 2025")
        # reaches past 12 characters: the span runs to the end of its year; not so the end of a
        # range that opens with a date ("od 1 marca do 29 kwietnia 2023 r."), whose year is the
        # first day's too
        ranged = any(0 <= m.start() - d.end <= 6 for d in dates)
        whole = next((d.end for d in dates if d.year and 0 <= d.start - m.end() <= 3), m.end())
        end = m.end() + 12 if ranged else max(m.end() + 12, whole)
        if ranged and find_roles(folded, pack):
            # (the year the range's last month writes stays, as a day's and month's longer than 12 characters do: "od
            # lipca 2021 r. do marca 2024 r. był członkiem ...", a career's end, may be the text's year; a career's: a
            # role in its sentence, not "The project runs from July 2025 to May 2027", review26 Low 4)
            last = _YEAR_ONE.search(folded, m.end(), end)
            end = last.start() if last else end
        digit = re.search(r"\d", folded[m.end() : end])
        if re.search(r"\d", m.group()):  # a cue that writes its year ("à 2030")
            out.append((m.start(), end))
            continue
        # (nor a number after a verb or a noun the cue opens: "to review 2024", "para evaluar 2024"; a month,
        # a date word or a short word may stand between: "until 31 December", "before December 31", "hasta
        # el año 2030", "đến ngày 20-8-2020", "đến tháng 8/2023")
        if digit:
            gap = (m.end(), m.end() + digit.start())
            dated = [
                x.span()
                for lexicon in (pack.months, pack.cue("dateword"))
                for x, _ in lexicon.finditer(folded, gap[0], end)
            ]
            if not any(
                len(w.group()) > 3 and not any(a <= w.start() < b for a, b in dated)
                for w in _LETTERS.finditer(folded, gap[0], gap[1])
            ):
                out.append((m.start(), end))
    # (not the year a review looks back on before the next year's plan: "oceniono ... realizacji zadań na rok 2023,
    # wdrożono zadania na rok 2024", "evaluó la ejecución de las tareas para 2023 y desplegó las tareas para 2024"
    # review 2023, the year the meeting is held in, as "tasks for 2023" and "nhiệm vụ năm 2023" read)
    out = [span for span in out if not _reviewed_target(folded, span, pack)]
    # a later year written after a target ("los criterios para 2030 y convertirse en ciudad en 2035",
    # "by 2030, with a vision to 2045"): a further horizon of the same plan, no event's year either
    targets = [(e, int(y.group())) for s, e in out for y in _YEAR_ONE.finditer(folded, s, e)]
    if targets:
        after, target = min(e for e, _ in targets), min(y for _, y in targets)
        out += [y.span() for y in _YEAR_ONE.finditer(folded, after) if int(y.group()) > target]
    range_words = [  # "hasta el 14", "to 5 June": a range word that a number follows
        m.start()
        for kind in ("until", "day_range")
        for m, _ in pack.cue(kind).finditer(folded)
        if re.match(r"\s*(?:\w{1,3}\s+)?\d", folded[m.end() : m.end() + 12])
    ]
    holds = [h.start() for h, _ in pack.cue("hold").finditer(folded)]
    for m, since in pack.cue("since").finditer(folded):
        # a state's starting point ("retired since 1 September 2020", "seit 2018 Staatspräsident"):
        # a date or year within 8 characters of the cue, unless a range goes on from it ("desde el
        # 12 de junio hasta el 14")
        year = _YEAR_AHEAD.search(folded, m.end(), m.end() + 12)
        # (the date may take in the cue's last word: "kể từ [ngày 1/8/2022]"; not a range of days it opens,
        # "diễn ra từ ngày 27-29/9/2025", "từ ngày 12 đến ngày 15 tháng 10": the meeting's own days)
        date = next((d for d in dates if m.start() < d.start and d.start - m.end() <= 8), None)
        if (
            date is not None
            and (
                _DAY_RANGE.search(folded, date.start, date.end)
                or any(date.start <= r <= date.end for r in range_words)
                # (or a dash and the last day after it: "từ ngày 30/9 - 2/10/2025")
                or re.match(rf"\s*[{RE_DASHES}]\s*\d", folded[date.end : date.end + 6])
                # (or a range word and a whole day after it, its month first: "from September 30 to October 2, 2025")
                or _range_to_day(folded, date, dates, pack)
            )
        ):
            continue
        if (
            date is not None
            and since[:1] == ("open",)
            and _holds_from(folded, m.start(), date.end, holds)
            and pack.cue("until").match_at(folded, re.compile(r"\s*").match(folded, date.end).end()) is None
        ):
            # (a bare "from" opening the days of a meeting its clause holds, "Kỳ họp ... diễn ra từ ngày 10/7",
            # "Từ ngày 10/7, HĐND tỉnh tổ chức kỳ họp": the meeting's first day; not "từ ngày 1/7 đến nay", nor
            # "(nghỉ chờ hưu từ ngày 01/6/2024)" in a sentence about a session)
            continue
        end = date.end if date else year.end() if year and year.start() - m.end() <= 8 else None
        # (the year of a whole day that takes in the cue's date word is left: a retirement "từ ngày 01/6/2024"
        # still tells the text's year; not a document's day, "emitida el 30 de julio de 2013")
        whole = (
            [y.start() for y in _YEAR_ONE.finditer(folded, date.start, date.end)]
            if date and date.day and date.start < m.end()
            else []
        )
        end = whole[-1] if whole else end
        if end is not None and not any(0 <= r - end <= 5 for r in range_words):
            out.append((m.start(), end))
            # (the year of any other whole day after the cue, "from June 1, 2024", "od 1 czerwca 2024 r.", "اعتبارًا
            # من 1 يونيو 2024", still tells the text's year, not the year of a meeting its own sentence names: "Based
            # on the results of the 14th Conference ..., authorized Mr. A to run the work from November 8, 2025"; not
            # a document's issuing day, a cue valued ``issued``: "emitida el 30 de julio de 2013")
            if text_years is not None and not whole and date and date.day and "issued" not in since:
                years = [y.start() for y in _YEAR_ONE.finditer(folded, date.start, date.end)]
                if years:
                    text_years.append(((m.start(), end), (m.start(), years[-1])))
        # a meeting that is the starting point ("منذ الاجتماع الأول للجنة التوجيهية في 20 يناير 2025", "since
        # the first meeting on 20 January 2025"): its noun within two words of the cue, its day in the clause;
        # the noun is no meeting's report (the day still tells the text's year)
        noun = next((n for n, _ in pack.cue("meeting").finditer(folded, m.end(), m.end() + 40)), None)
        if noun is not None and len(folded[m.end() : noun.start()].split()) <= 2:
            day = next((d for d in dates if 0 <= d.start - noun.end() <= 80), None)
            if day is not None and not re.search(rf"[{RE_CLAUSE_ENDS}]", folded[m.end() : day.start]):
                out.append((m.start(), noun.end()))
    for m, _ in pack.cue("to_now").finditer(folded):
        # a day or a year the present is written after, a range to now ("giữ chức Chủ tịch UBND tỉnh từ 8-2-2017 đến
        # nay", "które pełni od 8 lutego 2017 r. do chwili obecnej", "which he has held from February 8, 2017 to
        # date"): the day a post or a state began, no sitting's nor any event's (a year's abbreviation between)
        start = next(
            (
                d.start
                for d in dates
                if 0 <= m.start() - d.end <= 6 and _abbreviation_gap(folded, d.end, m.start())
            ),
            None,
        )
        year = next((y for y in _YEAR_ONE.finditer(folded, max(0, m.start() - 12), m.start())), None)
        if start is None and year is not None and _abbreviation_gap(folded, year.end(), m.start()):
            start = year.start()
        if start is not None and not _meeting_day_before(folded, start, pack):
            out.append((start, m.end()))
    for m, values in pack.cue("quantity").finditer(folded):
        # a count after a quantity word ("more than 2000 enterprises", "أكثر من 2000 مؤسسة"): no year; but a
        # year after "about" and a preposition ("held in about 2020 at ...") or with no word after it in its
        # clause ("held around 2020.")
        year = _YEAR_ONE.match(folded, m.end() + 1) if folded[m.end() : m.end() + 1].isspace() else None
        if year and not _about_a_year(folded, m.start(), year.end(), values[:1] == ("about",), pack):
            out.append((m.start(), year.end()))
    for m, _ in pack.cue("born").finditer(folded):
        year = _YEAR_AHEAD.search(folded, m.end(), m.end() + 30)
        out.append((m.start(), year.end() if year else m.end() + 12))
    for m, _ in pack.cue("same_period").finditer(folded):
        # the year a change is measured against ("so với cùng kỳ năm 2023", "over the same period
        # in 2023"): a word or two before it, no other number between
        year = _YEAR_AHEAD.search(folded, m.end(), m.end() + 12)
        if year and not re.search(r"\d", folded[m.end() : year.start()]):
            out.append((m.start(), year.end()))
    return out


def _range_to_day(folded: str, date: DateMention, dates: list[DateMention], pack: Pack) -> bool:
    """Is ``date`` the first day of a range, a day range's or an until cue's word alone between it and the next day
    ("from September 30 to October 2, 2025", "od 30 września do 2 października")?"""
    after = next((d for d in dates if 0 < d.start - date.end <= 12), None)
    if after is None:
        return False
    gap = folded[date.end : after.start].strip()
    return any(
        m.group().strip() == gap
        for kind in ("day_range", "until")
        for m, _ in pack.cue(kind).finditer(folded, date.end, after.start)
    )


def _meeting_day_before(folded: str, day: int, pack: Pack) -> bool:
    """Is the day at ``day`` a named meeting's own, its noun before it in its clause ("Từ Đại hội Đảng bộ tỉnh lần
    thứ XVII ngày 15/10/2020 đến nay", "Since the 17th Provincial Party Congress on October 15, 2020 to date",
    "Desde el XVII Congreso del Partido provincial, el 15 de octubre de 2020, hasta la fecha": a comma and a short
    word may stand before the day)? Not when a role stands between: the day a post began ("Tại Đại hội, ông được
    bầu giữ chức Chủ tịch từ 15/10/2020 đến nay")."""
    nouns = [n for n, _ in pack.cue("meeting").finditer(folded, max(0, day - 80), day)]
    if not nouns:
        return False
    noun = nouns[-1]
    gap = folded[noun.end() : day]
    head, comma, tail = gap.rpartition(",")
    if re.search(rf"[{RE_CLAUSE_ENDS}]", head) or (comma and len(tail.split()) > 1):
        return False
    return not any(True for _ in pack.roles.finditer(folded, noun.end(), day))


def _abbreviation_gap(folded: str, start: int, end: int) -> bool:
    """Is what stands between a date or year and a word after it nothing but spaces, a comma or a year's
    abbreviation ("2017 r.", "2017 г.", "năm")?"""
    return re.fullmatch(r"[\s,]*(?:[^\W\d_]{1,3}\.?)?[\s,]*", folded[start:end]) is not None


def _stray_participles_blanked(fs: str, pack: Pack) -> str:
    """``fs`` with each ``opening_participle`` that opens no clause blanked: one names a meeting only right after the
    sentence's start or a comma, one word at most between ("On May 22, working with the Standing Committee ..., the
    Prime Minister", "، وأثناء عمله مع"), and with a comma closing its clause before the sentence's end (the subject
    after it); not "said the province would continue working with investors", "خلال عمله مع المستثمرين تعلم".

    >>> from kg.lang import load_pack
    >>> en = load_pack("en")
    >>> _stray_participles_blanked("on may 22, working with the committee, the minister said", en)
    'on may 22, working with the committee, the minister said'
    >>> _stray_participles_blanked("he said they would continue working with investors, as before", en)
    'he said they would continue              investors, as before'
    """
    spans = []
    for m, _ in pack.cue("opening_participle").finditer(fs):
        before = re.split(rf"[{RE_COMMAS}]", fs[: m.start()])[-1]
        clause = re.split(rf"[{RE_SEMICOLONS}]", fs[m.end() :], maxsplit=1)[0]  # (to the sentence's end)
        if len(before.split()) > 1 or not re.search(rf"[{RE_COMMAS}]", clause):
            spans.append(m.span())
    return blank(fs, spans) if spans else fs


def find_meetings(sents, folded, pack: Pack, article: Article, text: str, chairs_by_sentence, province):
    """The meetings the article reports (module docstring), and the year of its events: the first
    meeting's year, else the year of the text (:func:`_meeting_year`)."""
    folded = [_stray_participles_blanked(fs, pack) for fs in folded]  # 'continue working with investors'
    cited = [_Cited(sent, fs, pack) for sent, fs in zip(sents, folded, strict=True)]  # (read when asked)
    congresses = _congress_ordinals(folded, cited, pack)
    for c in cited:
        c.congresses = congresses
    anchored, anchor_day = _anchors(article, pack)
    # the text with its cited spans blanked, only when the article states no year; a sentence that
    # writes no year-like number is the same for the years read there (whole numbers and dashes)
    latest_doc = _issued(sents, folded, pack)

    def text_year(own: frozenset[int] = frozenset()) -> tuple[int | None, str]:
        # the text with its cited spans blanked, only when the article states no year; a sentence that
        # writes no year-like number is the same for the years read there (whole numbers and dashes); the years of
        # the starting points' days of the sentences ``own`` not counted (:func:`_year_spans`)
        parts = [
            blank(_career_periods(s, pack), _year_spans(c, fs, pack, i not in own))
            if _YEARISH.search(s)
            else s
            for i, (s, fs, c) in enumerate(zip(sents, folded, cited, strict=True))
        ]
        # (folded by its sentences: fold_aligned is one character for one and keeps spaces, a sentence left whole is
        # folded already)
        targets = _plan_years(" ".join(map(fold_aligned, parts)), pack)
        # (the plans' years 'na rok', 'para' write after a plan's noun not counted: "Cele na rok 2026 ...")
        counted = " ".join(
            blank(part, _plan_targets(fs, pack)) if _YEARISH.search(s) else s
            for part, s, fs in zip(parts, sents, folded, strict=True)
        )
        found = _meeting_year(anchored, counted, frozenset(targets))
        if found is not None and latest_doc is not None and latest_doc.year > found:
            # a text is written after the documents it cites were issued: its year is not before the latest ("Văn
            # phòng Chính phủ ban hành Thông báo số 634/TB-VPCP ngày 22/11/2025 kết luận ... tại buổi làm việc ...",
            # whose only stand-alone year is a figure's "in 2024, it ranked 5th")
            found = latest_doc.year
        return found, " ".join(parts)

    year = anchored
    # (a sentence whose starting points' days tell the text's year: the year for the meetings it names without them)
    starts = set()
    if anchored is None:
        year, text_years = text_year()
        starts = {i for i, c in enumerate(cited) if _YEARISH.search(folded[i]) and c.since_years()}
    own_years: dict[frozenset[int], int | None] = {}

    def year_of(said) -> int | None:
        """The text's year for a meeting the sentences ``said`` name: not by their own starting points' days."""
        own = frozenset(i for i in said if i in starts)
        if not own:
            return year
        if own not in own_years:
            own_years[own] = text_year(own)[0]
        return own_years[own]

    meetings: list[Meeting] = []
    opened = _text_term(folded, cited, pack)  # the latest term the text names (a congress opens it)
    by_date: dict[str | None, Meeting] = {}
    # the day a congress dated by its month closed (the closing-day rule): a later sentence that dates its opening,
    # days before, goes back to it ("On the last day of the 19th Congress, on September 24, ... The congress opened on
    # September 22")
    closed_on: dict[int, str] = {}
    # the year of the first meeting dated to the day: later days written without a year follow it
    first_dated: int | None = None
    first_day: datetime.date | None = None  # (that meeting's day)
    said: dict[int, list[int]] = {}  # the sentences that report each meeting
    yearless: dict[int, DateMention] = {}  # the day of a meeting no year was found for
    no_year: dict[int, DateMention] = {}  # (of any kind of meeting)
    # the term a first meeting of one opens, its sentence giving no day, and the day an earlier sentence gave it
    term_of: dict[int, tuple[int | None, DateMention | None]] = {}
    to_come = False  # a meeting the article announces as still to come
    elects: dict[int, Meeting] = {}  # the congress whose elected body holds its first meeting, undated then
    after_first: set[int] = set()  # the congresses named after the first meeting of the body they elected
    day_before = None  # the first event day of the sentence before, with that sentence (folded, cited spans)
    # the first event day of the latest sentence that reported no meeting, before the article's first meeting (the
    # lead's: "Ngày 18-1, tại Trung tâm Hội nghị tỉnh Cà Mau, ông A đã công bố và trao quyết định ...")
    lead = None
    for sent, fs, spans in zip(sents, folded, cited, strict=True):
        has_meeting = _names_meeting(fs, spans, pack)
        has_hold = any(True for _ in pack.cue("hold").finditer(fs))
        chairs = chairs_by_sentence.get(sent.index, [])
        dates = _held_first(fs, _event_days(fs, spans, pack), pack)
        prior, day_before = day_before, ((dates[0], fs, spans) if dates else None)
        # "18 stycznia w Centrum Konferencyjnym Prowincji Ca Mau A ogłosił i wręczył decyzję ... Podczas konferencji B
        # odczytał decyzję", "في 18 يناير، وفي مركز المؤتمرات ... أعلن ... وفي المؤتمر، ...": the first meeting the
        # article reports, in a sentence opening "At the conference," with no day of its own, is the lead's event, on
        # the lead's day (the same day the Vietnamese "Tại hội nghị" goes back to)
        lead_at = not meetings and not dates and lead is not None and not to_come
        lead_at = lead_at and has_meeting and _at_meeting(fs, pack)
        if dates and not meetings:
            # (a sentence that reports a meeting starts the meetings: its day never read as a lead's then; one going
            # back to an earlier event is no lead: "Earlier, on January 10, the Politburo decided ... At the
            # conference, ...")
            # (nor a byline, whose day is the report's: "Thứ sáu, 18/11/2022 09:00", "Báo Lâm ĐồngBáo Lâm Đồng25/07/2025")
            lead = None if _earlier(fs, pack) or _byline_like(fs, dates[0]) else (dates[0], fs, spans)
        # "The Politburo decided on 30 September ... On the morning of the same day, at the Phu Tho Provincial Party
        # Congress, the Organisation Commission announced ...": the first meeting the article reports, held on the
        # day of the sentence before, which reported none
        same_day_at = (
            has_meeting and not meetings and not dates and prior is not None and _same_day_at(fs, pack)
        )
        # ("yesterday", "hôm nay": by the report's day, only before the text dates a meeting to the day: "Sáng 3/10,
        # Đại hội ... khai mạc. ... Tại phiên trọng thể sáng nay" is written that day, whenever published)
        relative = _relative_day(fs, pack, dates, anchor_day, anchored) if first_dated is None else None
        has_hold = has_hold or (bool(dates) and _sitting(fs, pack))
        held_success = _held_success(fs, pack)
        # (a delegation's dated trip to a province or a body, "the delegation of Attapeu province visited Kon Tum
        # province": a visit held, as a working delegation's)
        trip = bool(dates) and _delegation_trip(fs, str(sent), pack)
        has_hold = has_hold or trip
        has_meeting = has_meeting or trip
        has_hold = has_hold or bool(held_success)
        # (its meeting noun may be one only a kind's wording spells: "على التنظيم الناجح للمؤتمر العشرين")
        has_meeting = has_meeting or bool(held_success)
        # the article's opening sentences name the meeting it reports ("At the Provincial Party
        # Congress, X announced ...") even without a holding verb or a day
        # (not when an earlier sentence announced the meeting as still to come: "The 14th Congress is
        # to be held on 19-25 January 2026. Before the elections, the Congress will review ...")
        opening = has_meeting and not meetings and not to_come and (sent.index <= 1 or _at_meeting(fs, pack))
        opening = opening or (same_day_at and not to_come) or lead_at
        # the first meeting of the body a congress elected ("En la primera reunión del Comité Ejecutivo ...
        # se eligieron", "lors de sa première session, le Comité a élu"): a meeting of its own
        first = (
            bool(meetings)
            and meetings[-1].kind == "congress"
            # (not the congress named after the first meeting reported: that meeting again)
            and id(meetings[-1]) not in after_first
            and _first_meeting(fs, str(sent), spans, pack)
            # (of the term the congress opens: not "tại Hội nghị lần thứ nhất Ban Chấp hành khóa XVII" in a report
            # of the XVIII congress, the term before)
            and not _other_term(
                fs, str(sent), folded[meetings[-1].sentence], str(sents[meetings[-1].sentence]), pack
            )
        )
        # (not a sentence that reports a meeting held, its day and its holding verb, before it names the one
        # to come: "On 5 March, ... held a conference to prepare for the Congress to be held in October",
        # "Ngày 5/3, Tỉnh ủy tổ chức hội nghị chuẩn bị cho Đại hội sẽ diễn ra vào tháng 10")
        # "Anteriormente, el I Congreso de Delegados del Comité del Partido de la provincia de Phu Tho, período
        # 2025-2030, había anunciado ...", "Trước đó, Đại hội đại biểu Đảng bộ tỉnh Phú Thọ lần thứ nhất ... đã công
        # bố ...": a sentence going back to an earlier event whose one meeting kind is a congress, of another place
        # than the meeting reported before, no day of its own: that congress is a meeting of its own, dated when
        # settled (the first year of the term it opens)
        earlier_congress = (
            bool(meetings)
            and not chairs
            and not dates
            and has_meeting
            and _earlier(fs, pack)
            and _kinds(fs, spans, pack) == {"congress"}
            and _other_first_place(
                fs, str(sent), folded[meetings[-1].sentence], str(sents[meetings[-1].sentence])
            )
            is not None
        )
        # "Rano 24 września Komitet Wykonawczy Komitetu Partii prowincji Kon Tum XVI kadencji, na lata 2020-2025, odbył
        # pierwsze posiedzenie ... Realizując prace kadrowe na Zjeździe, w głosowaniu tajnym Zjazd wybrał 50 członków",
        # "On the morning of September 24, the Executive Committee ... held its first meeting. ... the Congress elected
        # 50 members": the congress that elected the body whose first meeting the text reported first, named after it
        # with no day and no other kind (but its working session's), that elected (an ``adopt`` cue), is a meeting of
        # its own (GOLD.md: reported
        # as held), in that first meeting's year (held at the congress), else the first year of the term its sentence
        # names (GOLD.md: "a term that starts with the event")
        congress_after = (
            len(meetings) == 1
            and meetings[0].kind != "congress"
            and not chairs
            and not dates
            and not relative
            and has_meeting
            and {"congress"} <= _kinds(fs, spans, pack) <= {"congress", "working_session"}
            and not _earlier(fs, pack)
            # (a congress the sentence says elected or decided, nothing to come, no body of its own named: not
            # "Delegates discussed the preparations for the 13th National Party Congress", "... for the Congress of
            # the Provincial Women's Union", "Der 13. Parteitag findet Anfang 2021 statt"; review30 Medium 6)
            and (elect := next(pack.cue("adopt").finditer(fs), None)) is not None
            and not _to_come(fs, 0, len(fs), pack)
            and (
                # (the body named up to the verb, the congress's own: not the one its delegates go to, "the Congress
                # elected 16 delegates to the 13th National Party Congress", review30 Medium 8)
                (own := _organizer(fs[: elect[0].end()], pack, province)) is None
                or meetings[0].organizer is None
                or (
                    own.level == meetings[0].organizer.level
                    # (the party committee's and its executive's or standing committee's alike: the party's congress)
                    and (
                        own.org == meetings[0].organizer.org
                        or (own.org.startswith("party") and meetings[0].organizer.org.startswith("party"))
                    )
                )
            )
            and _first_meeting(
                folded[meetings[0].sentence],
                str(sents[meetings[0].sentence]),
                cited[meetings[0].sentence],
                pack,
            )
        )
        # a meeting a lead names by the generic noun ("... and 348 official delegates attended the meeting", vi "dự
        # họp", no noun), undated, that the next sentence goes on about as a congress, no day of its own ("The 15th
        # Provincial Party Congress has the task of ... for the 2020-2025 term"): the congress, dated by the term it
        # opens (its kind named again below)
        # (an opening sitting as well, the congress's own: "Attending the opening session were 396 official
        # delegates. The 1st Congress of ... (term 2025 - 2030) announced ...", "وحضر الجلسة الافتتاحية 396 مندوبًا";
        # not another sitting, which may be a council's before the congress it discusses)
        renamed = (
            len(meetings) == 1
            and (
                meetings[0].kind == "meeting"
                or (
                    _opening_sitting(folded[meetings[0].sentence], meetings[0].kind, pack)
                    # (not a council's or the assembly's own sitting: "Attending the opening session were 50
                    # delegates of the Provincial People's Council. The council welcomed the success of the 20th
                    # Provincial Party Congress")
                    and (meetings[0].organizer is None or meetings[0].organizer.org not in _COUNCILS)
                )
            )
            and meetings[0].date is None
            and sent.index == meetings[0].sentence + 1
            and has_meeting
            and not dates
            and not relative
            and _kinds(fs, spans, pack) == {"congress"}
        )
        planned = next((m.start() for m, _ in pack.cue("planned").finditer(fs)), None)
        if (
            not chairs
            and planned is not None
            and not (
                dates
                and dates[0].end <= planned
                and any(h.end() <= planned for h, _ in pack.cue("hold").finditer(fs, 0, planned))
            )
        ):
            to_come = to_come or has_meeting
            continue  # a meeting still to come ("the congress is to be held on 19-25 January 2026")
        # "Cùng ngày, tại Kỳ họp thứ 5, HĐND tỉnh ... đã bầu", "Tego samego dnia, na 5. sesji, Rada Ludowa ... wybrała",
        # after a conference: another meeting that day, though no holding verb says it was held
        same_other = bool(meetings) and not dates and _same_day_other(fs, spans, meetings[-1], pack)
        if (
            not chairs
            and not (has_meeting and (has_hold or dates or relative))
            and not (has_hold and (dates or relative))
            and not same_other
            and not opening
            and not first
            and not earlier_congress
            and not congress_after
            and not renamed
        ):
            continue
        if chairs and meetings and not has_meeting and not has_hold:
            # a sentence that only names chairs ("Co-chairs were A and B", "... set up the Steering
            # Committee headed by X") goes on about the meeting reported before: a day it names is
            # another event's ("on 22 December 2024 the Politburo issued Resolution 57 ...")
            dates = []
            relative = None
            if _heads_body(fs, pack):
                continue
        date = closing = None
        if dates:
            own_year = year_of((sent.index,))
            earlier = first_dated or own_year
            if first_day is not None and anchored is None and dates[0].year is None:
                earlier = _near_year(dates[0], first_day)
            if first_dated is None and anchored is None and own_year and dates[0].month <= 2:
                earlier = _reviewed_year(own_year, fs, spans, pack, text_years)
                # (or by the next sentence, on that meeting and of no day of its own: "On January 8, ... held a
                # conference. The conference reviewed the work of 2025", "Tại hội nghị, các đại biểu đã đánh giá ...")
                if earlier == own_year and _review_told_next(sent.index, fs, folded, cited, pack):
                    nxt = sent.index + 1
                    # (only a year it names as the review's object: the year after the one reviewed, as in the
                    # meeting's own sentence; "delegates assessed the progress of the project" names none, review27
                    # Medium 6)
                    told = _sentence_year(folded[nxt], cited[nxt], pack, dates[0])
                    if told is not None and _reviews_year(folded[nxt], told - 1, pack):
                        earlier = told
            elif first_dated is None and anchored is None and own_year and dates[0].month >= 11:
                earlier = _year_end_year(own_year, text_years, pack)
                # (and a plan the next sentence tells of that meeting, its one year: "On December 20, ... held a
                # conference. The conference deployed the tasks for 2026" is of 2025, as in the meeting's own sentence)
                if earlier == own_year and not years_in(fs) and _told_next(sent.index, folded, cited, pack):
                    nxt = sent.index + 1
                    told = _sentence_year(folded[nxt], cited[nxt], pack, dates[0])
                    # (a December meeting moves back a year, never forward: "The conference set the targets for
                    # 2030" in a text of 2025 is no meeting of 2029; review27 Medium 9)
                    if told is not None and told + 1 in years_in(folded[nxt]) and told <= own_year:
                        earlier = told
            # (a congress opens the latest term its sentence names, else the latest the text names)
            # (and a congress the sentence opens with that goes into a session of its own: "XI Zjazd ...
            # rozpoczął sesję zamykającą", "Đại hội ... bước vào phiên bế mạc")
            kinds = _kinds(fs, spans, pack)
            is_congress = kinds == {"congress"} or (
                kinds == {"congress", "session"} and _kind(fs, spans, pack) == "congress"
            )
            # (the term the sentence says its meeting opens: a congress's, the first meeting's of a term)
            begins = (
                _text_term([fs], [spans], pack)
                if is_congress
                else _first_of_term(fs, str(sent), spans, pack, opened)
            )
            congress = (begins or opened) if is_congress else None
            date = _meeting_date(
                dates[0],
                fs,
                spans,
                pack,
                anchored,
                anchor_day,
                earlier,
                latest_doc,
                has_meeting,
                congress,
                begins,
                own_year,
            )
            # a congress whose sentence dates only its closing ("Ngày 15/10, Đại hội ... đã bế mạc", "Sáng 10-10, Đại
            # hội ... bước vào phiên làm việc cuối"), no days worked counted back, nor a span of days, nor a day of
            # a congress dated before, began on a day the text does not give: its month
            if (
                date
                and len(date) == 10
                and "congress" in kinds
                and date == _date(dates[0], int(date[:4]))
                and not _later_days(date, dates[0], fs)
                and date not in by_date
                and any(True for _ in pack.cue("closes").finditer(fs))
                and not _later_day_of(date, meetings, fs, spans, pack, province, chairs)
            ):
                closing, date = date, date[:7]
            if date and len(date) == 10 and first_dated is None:
                first_dated = int(date[:4])
                first_day = datetime.date.fromisoformat(date) if dates[0].year else None
        if relative:
            date = relative
            first_dated = first_dated or int(date[:4])
        if (same_day_at or lead_at) and opening and date is None:
            day, prior_fs, prior_spans = prior if same_day_at else lead
            kinds = _kinds(fs, spans, pack)
            congress = (_text_term([fs], [spans], pack) or opened) if "congress" in kinds else None
            date = _meeting_date(
                day,
                prior_fs,
                prior_spans,
                pack,
                anchored,
                anchor_day,
                year_of((sent.index,)),
                latest_doc,
                True,
                congress,
            )
            if date and len(date) == 10 and first_dated is None:
                first_dated = int(date[:4])
        later = _later_days(date, dates[0], fs) if dates else []
        seen = next((by_date[x] for x in later if x in by_date), None)
        if seen is not None and date not in by_date and seen.kind in (None, _kind(fs, spans, pack)):
            # a later day of the span reported before ("the closing session on 15 October"), the
            # whole span now ("from 12 to 15 October"): one meeting, dated by its first day
            seen.date = date
            by_date[date] = seen
        if (
            date is None
            and not dates
            and meetings
            and (chairs or same_other or (has_meeting and has_hold and not _told_on(fs, meetings[-1], pack)))
            and _same_day(fs, pack)
        ):
            # (not "Cùng ngày, tại cuộc họp, các đại biểu đã thảo luận ...", the meeting noun holding 'họp': the one
            # before told on, as "On the same day, at the meeting, ..." is; review25 Low 2)
            # "Cùng ngày, đồng chí B chủ trì cuộc họp UBND tỉnh", "On the same day, B chaired ...": another
            # meeting, held the day of the one before, not more of it
            meeting = Meeting(sent.index, date=meetings[-1].date, organizer=_organizer(fs, pack, province))
            meetings.append(meeting)
        elif (
            held_success
            and date is None
            and not dates
            and not chairs
            and meetings
            and meetings[-1].kind != _kind(fs, spans, pack)
        ):
            # "At the welcome ceremony ..., A congratulated the Thanh Hoa Provincial Party Committee on the successful
            # organisation of the 20th Provincial Party Congress, 2025-2030 term" (dev pl-006): that congress, held
            # before, is a meeting of its own, dated when settled (the first year of its term), not more of the
            # ceremony reported before
            # (held by the body congratulated on it, the congress's own, not by the host who congratulates)
            organizer = _congratulated(fs, pack, province) or _organizer(fs, pack, province)
            meeting = Meeting(sent.index, date=None, organizer=organizer)
            if isinstance(held_success, str):
                # (the congratulated one's kind, not the ceremony's the sentence speaks at)
                meeting.kind = held_success
            meetings.append(meeting)
        elif congress_after:
            # (the year of that first meeting, held at the congress, else of the term its sentence, or the text, names)
            term = _text_term([folded[meetings[0].sentence]], [cited[meetings[0].sentence]], pack) or opened
            held = meetings[0].date[:4] if meetings[0].date else (f"{term:04d}" if term else None)
            meeting = Meeting(sent.index, date=held, organizer=meetings[0].organizer)
            meeting.kind = "congress"
            after_first.add(id(meeting))
            meetings.append(meeting)
        elif earlier_congress:
            # (held by the body of the place it names first, the congress's own)
            place = _other_first_place(
                fs, str(sent), folded[meetings[-1].sentence], str(sents[meetings[-1].sentence])
            )
            organizer = _organizer(fs, pack, place)
            meeting = Meeting(sent.index, date=None, organizer=organizer)
            meeting.kind = "congress"
            meetings.append(meeting)
        elif first and date is None:
            # (held when the congress ends: in the congress's year)
            held = meetings[-1].date[:4] if meetings[-1].date else None
            meeting = Meeting(sent.index, date=held, organizer=_organizer(fs, pack, province))
            if held is None:
                elects[id(meeting)] = meetings[-1]  # (a congress dated only when settled, below)
            meetings.append(meeting)
        else:
            # (an earlier day goes back to the meeting before, unless the sentence opens going back to an earlier
            # event: "On September 24, the first session of the Executive Board ... Earlier, on September 23rd, ...
            # the Congress ... elected", dev en-002; nor when both are first meetings of a term, a list's: "Ngày 22/10,
            # Hội nghị lần thứ nhất Ban Chấp hành Đảng bộ tỉnh Lai Châu ... Ngày 21/10, tại Hội nghị lần thứ nhất
            # Ban Chấp hành Đảng bộ tỉnh Ninh Bình")
            # (an earlier or a later day is never of another place's meeting: "Ngày 15/10, tại Đại hội ... tỉnh Bình
            # Dương ... Ngày 14/10, tại Đại hội ... tỉnh Thái Bình", "Ngày 14/10 ... tỉnh Thái Bình ... Ngày 15/10 ...
            # tỉnh Bình Dương")
            elsewhere = bool(date and meetings and meetings[-1].date) and _other_places(
                fs, str(sent), folded[meetings[-1].sentence], str(sents[meetings[-1].sentence])
            )
            last_day = (closed_on.get(id(meetings[-1])) or meetings[-1].date) if meetings else None
            back = (
                bool(date and last_day)
                and date < last_day
                and not _earlier(fs, pack)
                and not elsewhere
                and not (
                    _first_of_term(fs, str(sent), spans, pack)
                    and _first_of_term(
                        folded[meetings[-1].sentence],
                        str(sents[meetings[-1].sentence]),
                        cited[meetings[-1].sentence],
                        pack,
                    )
                )
            )
            # (nor is a day of another year the undated meeting of another kind just before: "افتتحت ... المؤتمر السادس
            # عشر للحزب الإقليمي في عام 2020. وفي 5 مايو 2023، عقد المؤتمر السادس عشر للجنة الحزب", a congress of 2020 and
            # a conference of 2023)
            apart = bool(date and meetings and meetings[-1].date is None) and _of_other_years(
                date, meetings[-1], folded[meetings[-1].sentence], fs, spans, pack
            )
            meeting = _meeting_of(
                date,
                sent.index,
                fs,
                spans,
                meetings,
                by_date,
                pack,
                province,
                chairs,
                back,
                elsewhere,
                closed_on.get(id(meetings[-1])) if meetings else None,
                apart,
            )
        if closing:
            # (the day it closed: a later sentence's span of days finds it, and its opening day before it)
            by_date.setdefault(closing, meeting)
            closed_on.setdefault(id(meeting), closing)
        if date is None and dates and meeting.date is None:
            # the first meeting of a term is held the year the term begins ("la primera conferencia
            # del Comité Ejecutivo, período 2025-2030, el 3 de octubre")
            opening = _first_of_term(fs, str(sent), spans, pack)
            meeting.date = _date(dates[0], opening) if opening else None
            if meeting.date is None:
                no_year.setdefault(id(meeting), dates[0])
        elif (
            date is None
            and not first
            and anchored is None
            and (opens := _first_of_term(fs, str(sent), spans, pack, opened))
        ):
            # a first meeting of a term with no day here is held in the latest term its sentence names ("Tại Hội
            # nghị lần thứ nhất, Ban Chấp hành Đảng bộ tỉnh khóa XVI, ông A, Bí thư Tỉnh ủy nhiệm kỳ 2020-2025,
            # được bầu làm Bí thư nhiệm kỳ 2025-2030"), or, naming it by a word and no years, in the latest term the
            # text names ("Trong phiên họp đầu tiên, Ban chấp hành Đảng bộ tỉnh Bắc Kạn khóa XII đã bầu ..."), when
            # nothing else dates it (below)
            term = _text_term([fs], [spans], pack) or opens
            term_of.setdefault(id(meeting), (term, no_year.get(id(meeting))))
        if date is None and dates and _kinds(fs, spans, pack) == {"congress"}:
            yearless.setdefault(id(meeting), dates[0])
        elif (
            date is None
            and dates
            and (convened := elects.get(id(meeting), meeting)).kind == "congress"
            and convened.date is None
            and meeting.sentence < sent.index
            and not chairs
            and _kinds(fs, spans, pack) & {"congress", "conference"}
        ):
            # a later sentence that goes on about a congress reported undated, its day written without a year and
            # with the congress named again, maybe with its executive's first conference ("Kết quả hội nghị được
            # báo cáo Đại hội đầu giờ sáng nay (15/10)", "The results of the conference were reported to the
            # Congress this morning (October 15)", "وتم إبلاغ المؤتمر بنتائج الاجتماع ... صباح اليوم (15 أكتوبر)":
            # the ar congress is a conference noun; the sentence goes on about that first conference, or the
            # congress): the congress's day, dated by the term it opens (below)
            yearless.setdefault(id(convened), dates[0])
        for x in later:
            by_date.setdefault(x, meeting)
        if meeting.kind is None:
            meeting.kind = _kind(fs, spans, pack)
        elif renamed and meeting is meetings[0]:
            # (first said by the sentence that names it: the term it opens is read there, :func:`_settle`)
            meeting.kind, meeting.sentence = "congress", sent.index
        said.setdefault(id(meeting), []).append(sent.index)
        for c in chairs:
            if c not in meeting.chairs:
                meeting.chairs.append(c)
    elected: list[int | None] = []  # the term a congress opens (:func:`_congress_term`), read once
    for meeting in meetings:
        _settle(
            meeting,
            meetings,
            said[id(meeting)],
            sents,
            folded,
            cited,
            year_of(said[id(meeting)]),
            pack,
            anchored is not None,
            opened,
            yearless.get(id(meeting)),
            term_of.get(id(meeting), (None, None)),
            elects.get(id(meeting)),
            elected,
        )
    meetings = _first_sittings_once(meetings, sents, folded, cited, pack)
    dated = [int(m.date[:4]) for m in meetings if m.date]
    return meetings, (dated[0] if dated else year)


def _first_sittings_once(
    meetings: list[Meeting], sents, folded: list[str], cited: list, pack: Pack
) -> list[Meeting]:
    """A first sitting dated only by its year, of the body another first sitting is held by, dated to a day of that
    year, is that sitting named before its day is given (u-mt24ar-04: "في الجلسة الأولى للجنة التنفيذية للحزب في
    مقاطعة ... للدورة السابعة، للفترة 2020-2025، انتخبت ..." in the lead, "... ففي الجلسة الأولى ... التي عقدت بعد ظهر
    يوم 24 سبتمبر" after the congress's sentence): one meeting, its chairs kept; not a congress's (another meeting)."""
    if len(meetings) < 2:
        return meetings
    first = {
        id(m)
        for m in meetings
        if m.kind != "congress"
        and _first_meeting(folded[m.sentence], str(sents[m.sentence]), cited[m.sentence], pack)
    }
    out = []
    for m in meetings:
        same = None
        if id(m) in first and m.date and len(m.date) == 4:
            same = next(
                (
                    d
                    for d in meetings
                    if d is not m
                    and id(d) in first
                    and d.date
                    and len(d.date) == 10
                    and d.date[:4] == m.date
                    and (d.organizer is None or m.organizer is None or d.organizer == m.organizer)
                ),
                None,
            )
        if same is None:
            out.append(m)
            continue
        same.chairs.extend(c for c in m.chairs if c not in same.chairs)
        same.organizer = same.organizer or m.organizer
    return out


def _the_congress(
    meeting: Meeting, meetings: list[Meeting], folded: list[str], cited: list, pack: Pack
) -> bool:
    """Is the one meeting a text reports, named by a conference noun, the congress another sentence names: a
    language whose conference noun is also the congress's, bare and definite when the text goes on about it ("يعد
    مؤتمر مندوبي جبهة الوطن ... الحادي عشر، للفترة 2024-2029، حدثًا سياسيًا مهمًا ... وحضر المؤتمر الرفيقة ...": the
    congress of the Front's delegates, term 2024-2029, ... the conference was attended by), no other kind of meeting
    named in the text?"""
    if meeting.kind != "conference" or len(meetings) != 1:
        return False
    lexicon = pack.cue("meeting_kind")
    congress = [w for w, v in lexicon.entries.items() if v[:1] == ("congress",)]
    nouns = {m.group() for m, v in lexicon.finditer(folded[meeting.sentence]) if v[:1] == ("conference",)}
    if not any(w.startswith(noun + " ") for noun in nouns for w in congress):
        return False  # (a conference noun no congress wording starts with: "konferencja", the congress a "zjazd")
    kinds = set().union(
        *(
            _kinds(fs, spans, pack) - ({"session"} if _opening_sitting(fs, "session", pack) else set())
            for fs, spans in zip(folded, cited, strict=True)
        )
    )
    # (its opening sitting is the congress's own: "وحضر الجلسة الافتتاحية 396 مندوبًا")
    return kinds == {"congress", "conference"}


# bodies that decide only in a sitting (a party committee's executive elects in a plenum: "Ngày 5/1, Ban chấp hành
# Đảng bộ tỉnh Bình Thuận khóa XIV đã bầu ông giữ chức vụ Phó Bí thư Tỉnh ủy")
_SITTING = ("national_assembly", "peoples_council", "party_committee")
# (the bodies a term's ordinal names, "the 11th Provincial Fatherland Front Committee": those that sit, and the Front,
# which holds its congresses by term too; review26 Low 2)
_BY_TERMS = (*_SITTING, "fatherland_front")


def _sitting(folded: str, pack: Pack) -> bool:
    """Does a National Assembly, a People's Council or a party committee decide in the sentence: an ``adopt`` cue
    at most two words after the body (its place aside), or right before it (a verb before its subject and its article: "verabschiedete die
    Nationalversammlung"; not "adopted by the National Assembly"), no role right before the body
    ("Zgromadzenie Narodowe oficjalnie przyjęło rezolucję", "Quốc hội đã thông qua Nghị quyết", "được HĐND
    tỉnh bầu làm Chủ tịch"; not "Chairman of the People's Council A approved")? With a day, that is a
    sitting held that day.

    >>> from kg.lang import load_pack
    >>> en = load_pack("en")
    >>> _sitting("on 12 june the national assembly officially adopted the resolution", en)
    True
    >>> _sitting("the resolution adopted by the national assembly on 12 june", en)
    False
    """
    if _elected_by(folded, pack):
        return True
    cues = [(m.start(), m.end()) for m, _ in pack.cue("adopt").finditer(folded)]
    if not cues:
        return False
    # a perfect: the auxiliary stands next to the body, the ``adopt`` participle ends its clause ("Zuvor hatte die
    # Nationalversammlung am Nachmittag des 26. August die Resolution ... verabschiedet"): the auxiliary is the verb
    cues += [
        (a.start(), a.end())
        for a, _ in pack.cue("auxiliary").finditer(folded)
        if any(
            c >= a.end() and not re.search(rf"[{RE_COMMAS}{RE_SEMICOLONS}:]", folded[a.end() : c])
            for c, _ in cues
        )
    ]
    # (the body's term as an ordinal word right after it, its place after that: "في الدورة الثامنة لمجلس الشعب العاشر
    # لمقاطعة بينه ثوان، صوت المندوبون", the council's tenth term; the ordinal blanked, the body reads on to its place)
    ordinals = []
    for _, e, values in find_bodies(folded, pack, unnamed=True):
        hit = (
            pack.ordinals.match_at(folded, len(folded) - len(folded[e:].lstrip(" ")))
            if values[0] in _SITTING
            else None
        )
        if hit is not None:
            ordinals.append(hit[0].span())
    if ordinals:
        folded = blank(folded, ordinals)
    ends = set(_subject_bodies(folded, pack))
    # (a party committee sits to elect; one adopting a document may have done so years before: "On February 15,
    # 2021, the Provincial Party Committee adopted Resolution No. 05")
    electing = [(c, d) for c, d in cues if not any(True for _ in pack.documents.finditer(folded, d, d + 25))]
    return any(
        e in ends
        and any(
            (0 <= c - e <= 36 and len(gazetteer.blank_places(folded[e:c]).split()) <= 2)
            # (the body's term between: "مجلس الشعب لمقاطعة فينه فوك، الدورة السادسة عشرة، للفترة 2016-2021، انتُخب")
            or (0 <= c - e <= 96 and _term_between(folded[e:c], pack))
            or (0 <= s - d <= 2 and not folded[d:s].strip())
            for c, d in (electing if values[0] == "party_committee" else cues)
        )
        for s, e, values in find_bodies(folded, pack, unnamed=True)
        if values[0] in _SITTING
    )


def _elected_by(folded: str, pack: Pack) -> bool:
    """Is a National Assembly or a People's Council the agent of an election's passive in the sentence: an
    ``elected_by`` cue (the participle and its agent's preposition: 'elected by', 'elegido por', 'élu par', 'wybrany
    przez') right before the body, an article aside; or, valued, the preposition alone with the participle the value
    names on the side it names (de 'wurde Herr A vom Provinzvolksrat ... gewählt', ar 'تم انتخاب السيد A ... من قبل مجلس
    الشعب')? With a day, that body sat that day ('the resolution adopted by the National Assembly' is no election).

    >>> from kg.lang import load_pack
    >>> _elected_by("on 18 november mr. a was elected by the provincial people's council", load_pack("en"))
    True
    >>> _elected_by("mr. a was elected chairman of the provincial people's council", load_pack("en"))
    False
    """
    agents = [(m.start(), m.end(), v) for m, v in pack.cue("elected_by").finditer(folded)]
    if not agents:
        return False
    # (the sentence's own passive, its auxiliary before the participle: 'was elected by', 'fue elegido por', 'został
    # jednogłośnie wybrany przez'; not a participle in apposition, 'Mr. A, elected by the Council in 2021, visited')
    finite = [m.end() for m, _ in pack.cue("elected_passive").finditer(folded)]
    for s, e, values in find_bodies(folded, pack, unnamed=True):
        if values[0] not in _SITTING:
            continue
        # (nor an election of another time, a year in the body's clause: 'elected by the Council in 2021')
        clause = re.split(rf"[{RE_CLAUSE_ENDS}]", folded[e:], maxsplit=1)[0]
        if re.search(r"(?<!\d)(?:19|20)\d\d(?!\d)", clause):
            continue
        for a0, a1, v in agents:
            gap = gazetteer.blank_places(folded[a1:s]).split()
            if a1 > s or len(gap) > 1 or (gap and len(gap[0]) > 3):
                continue
            if not v:
                if any(a0 < f <= a1 for f in finite):
                    return True
                continue
            participle, side = v[0], v[1] if len(v) > 1 else "after"
            rest = folded[e:] if side == "after" else folded[:a0]
            if re.search(rf"(?<!\w){re.escape(fold(participle))}(?!\w)", rest):
                return True
    return False


def _term_between(gap: str, pack: Pack) -> bool:
    """Is ``gap``, between a sitting body and its verb, the body's term (a term word and its ordinals or years) and
    two words at most besides (its place's name), whatever the commas: "، الدورة السادسة عشرة، للفترة 2016-2021،"?"""
    gap = gazetteer.blank_places(gap)
    bare = _terms_blanked(gap, pack)
    return bare != gap and len(re.findall(r"\w+", bare)) <= 2


def _terms_blanked(gap: str, pack: Pack) -> str:
    """``gap`` with the terms it writes blanked: a term word with the ordinals and years right after it or an ordinal
    right before it (", الدورة السادسة عشرة، للفترة 2016-2021،", ", 16th term,", " XVI kadencji"), and a span of years
    (", 2016-2021,"); a term word with no ordinal nor year stays.

    >>> from kg.lang import load_pack
    >>> _terms_blanked("، الدورة السادسة عشرة، للفترة 2016-2021، ", load_pack("ar")).split()
    ['،', '،', '،']
    >>> _terms_blanked("، الدورة الجديدة ", load_pack("ar")).split()
    ['،', 'الدورة', 'الجديدة']
    >>> _terms_blanked(", 16th term, 2016-2021, ", load_pack("en")).split()
    [',', ',', ',']
    >>> _terms_blanked(" xvi kadencji, kadencja 2016-2021, ", load_pack("pl")).split()
    [',', ',']
    """
    spans = [m.span() for m in re.finditer(r"(?<!\d)\d{4}\s*[-–]\s*\d{4}(?!\d)", gap)]
    # (a Roman numeral, folded to lower case, right before or after the term word: "xvi kadencji", "khoa xvi")
    ordinals = _ordinal_at(gap, gap, pack, 0, len(gap)) + [
        (m.start(), m.end(), 0) for m in re.finditer(r"(?<!\w)[ivxlc]{1,6}(?!\w)", gap)
    ]
    for m, _ in pack.cue("term").finditer(gap):
        start, end = m.start(), m.end()
        before = [a for a, b, _ in ordinals if b <= m.start() and not gap[b : m.start()].strip()]
        if before:
            start = max(before)
        while True:
            at = end + len(gap[end:]) - len(gap[end:].lstrip())
            years = re.match(r"\d{4}(?:\s*[-–]\s*\d{4})?(?!\d)", gap[at:])
            ordinal = next(
                (b for a, b, _ in _ordinal_at(gap, gap, pack, at, len(gap)) + ordinals if a == at), None
            )
            if years is None and ordinal is None:
                break
            end = at + years.end() if years is not None else ordinal
        if (start, end) != m.span():
            spans.append((start, end))
    return blank(gap, spans)


def _first_meeting(folded: str, original: str, spans, pack: Pack) -> bool:
    """Does the sentence name a first meeting: an ordinal 1 right before a meeting noun ("the first
    meeting", "primera reunión", "pierwsze posiedzenie") or right after it ("Hội nghị lần thứ nhất"),
    outside cited documents, and no congress (not "the First Congress", nor "the first working session of
    the Congress")?

    >>> from kg.lang import load_pack
    >>> es = load_pack("es")
    >>> text = "en la primera reunion del comite ejecutivo, se eligieron los miembros"
    >>> _first_meeting(text, text, [], es), _first_meeting(text.replace("primera", "quinta"), text, [], es)
    (True, False)
    """
    if "congress" in _kinds(folded, spans, pack) or _congress_bodies(folded, pack):
        return False  # (nor a body's preparing a congress: "the Documents Subcommittee of the 15th Congress")
    outside = _outside(spans)
    lexicon = pack.cue("meeting_kind")
    named = [(m, v) for m, v in lexicon.finditer(folded) if v and outside(m.start())]
    congress = [w for w, x in lexicon.entries.items() if x[:1] == ("congress",)]
    for m, v in named:
        if pack.cue("term").match_at(folded, m.start()) is not None and (
            folded.startswith("لل", m.start())
            or re.search(rf"[{RE_COMMAS}]\s*$", folded[max(0, m.start() - 3) : m.start()])
        ):
            # (a session noun that is also a term word, in apposition to a body or after 'for': its term, "رئيسة لجنة
            # جبهة الوطن ... لمقاطعة آن جيانغ، الدورة الأولى، للفترة 2025-2030", vi "khóa I"; no first sitting)
            continue
        if (
            v[:1] == ("conference",)
            and any(w.startswith(m.group() + " ") for w in congress)
            and any(
                m.start() - u.end() <= 40
                and not re.search(rf"[{RE_CLAUSE_ENDS}]", folded[u.end() : m.start()])
                for u, _ in pack.cue("until").finditer(folded, max(0, m.start() - 60), m.start())
            )
        ):
            # (a conference noun that is also the congress's, after 'until': the congress something lasts until, no
            # meeting the sentence reports: "وسيواصل السيد بينه إدارة العمل حتى الانتهاء من محتوى المؤتمر الأول للجنة الحزب في
            # مدينة كان ثو", vi "đến khi hoàn thành nội dung của Đại hội ... lần thứ I")
            continue
        before = _ordinal_at(folded, original, pack, max(0, m.start() - 16), m.start())
        after = _ordinal_at(folded, original, pack, m.end(), m.end() + 16)
        ends = [m.end()] + [e for b, e, value in after if value == 1 and 0 <= b - m.end() <= 6]
        if any(value == 1 and 0 <= m.start() - e <= 3 for _, e, value in before) or len(ends) > 1:
            # (ar "في جلسة العمل الأولى، أجرى المؤتمر مشاورات": the congress's first working session or sitting, a
            # clause end right after it, the congress named by the conference noun its wording starts with, مؤتمر of
            # مؤتمر مندوبي; not "وفي المؤتمر الأول، انتخبت اللجنة التنفيذية", "في الاجتماع الأول للجنة التنفيذية، انتخب
            # المؤتمر" nor "في الجلسة الأولى للجنة التنفيذية": the executive's first conference, meeting or session)
            if v[:1] not in (("session",), ("working_session",)) or not re.match(
                rf"\s*[{RE_CLAUSE_ENDS}]", folded[ends[-1] :]
            ):
                return True
            return not any(
                o is not m
                and x[:1] == ("conference",)
                and any(w.startswith(o.group() + " ") for w in congress)
                for o, x in named
            )
    return False


def _names_meeting(folded: str, spans, pack: Pack) -> bool:
    """Does the sentence name a meeting (a ``meeting`` noun outside cited documents and dates)? Not
    one right after a document word ("قرار المؤتمر", "uchwała zjazdu": the resolution of the
    congress), which names who issued it, not a meeting held."""
    named = (
        [m for m, _ in pack.cue("meeting").finditer(folded)]
        or _attended_kind(folded, pack)
        or _worked_kind(folded, pack)
    )
    if not named:
        return False  # (no meeting word: neither documents nor cited spans are read)
    issued = [m.end() for m, _ in pack.documents.finditer(folded)]
    named = [
        m
        for m in named
        if not any(a <= m.start() < b for a, b in spans) and not any(0 <= m.start() - e <= 1 for e in issued)
    ]
    # (nor one inside a document read with its congress's or plenum's ordinals, the words between joining them:
    # "the Resolution of the 13th National Party Congress", "Rezolucję XIII Krajowego Zjazdu Partii")
    issuers = spans.issuers() if named and issued and isinstance(spans, _Cited) else []
    named = [m for m in named if not any(a <= m.start() < b for a, b in issuers)]
    return any(
        not _act_to_do(folded, m, spans, pack) and not _calls_on_people(folded, m, pack) for m in named
    )


def _attended_kind(folded: str, pack: Pack) -> list:
    """The ``meeting_kind`` nouns right after an ``attend`` cue: a kind's noun that is no ``meeting`` noun for a sense
    it has besides (ar 'الدورة', a session and a term) names a meeting where it is attended ("حضر الدورة الرفاق",
    vi "Dự kỳ họp có các đồng chí": attending the session were comrades); a term is never attended.

    >>> from kg.lang import load_pack
    >>> [m.group() for m in _attended_kind("حضر الدورة الرفاق: أ، ب.", load_pack("ar"))]
    ['الدورة']
    >>> _attended_kind("للجنة الحزب الإقليمية للدورة السابعة عشرة.", load_pack("ar"))
    []
    >>> _attended_kind("حضر الدورة التدريبية 50 مسؤولا.", load_pack("ar"))
    []
    """
    ends = {m.end() for m, _ in pack.cue("attend").finditer(folded)}
    if not ends:
        return []
    return [
        m
        for m, values in pack.cue("meeting_kind").finditer(folded)
        if values
        and values[0] != "not"
        and (m.start() - 1 in ends or m.start() in ends)
        and _attendees_after(folded, m.end(), pack)
    ]


def _worked_kind(folded: str, pack: Pack) -> list:
    """The ``meeting_kind`` nouns of a sentence that counts a working day (a ``work_day`` cue): a kind's noun that is
    no ``meeting`` noun for a sense it has besides (ar 'الدورة', a session and a term) names a meeting there, a term
    having no working days ("في 4 ديسمبر، في يوم العمل الثاني للدورة العشرين لمجلس الشعب ...", on the second working
    day of the 20th session, as en 'the second working day of the 20th session' reads).

    >>> from kg.lang import load_pack
    >>> [m.group() for m in _worked_kind("في يوم العمل الثاني للدورة العشرين لمجلس الشعب", load_pack("ar"))]
    ['للدورة']
    >>> _worked_kind("للجنة الحزب الإقليمية للدورة السابعة عشرة.", load_pack("ar"))
    []
    """
    if next(pack.cue("work_day").finditer(folded), None) is None:
        return []
    return [m for m, values in pack.cue("meeting_kind").finditer(folded) if values and values[0] != "not"]


def _attendees_after(folded: str, end: int, pack: Pack) -> bool:
    """Do the attendees follow a noun ending at ``end``: a colon, or an honorific or a word of several people
    (``plural``: "ممثلو", representatives of; "قادة", leaders of; "lãnh đạo"), two short words at most between ("حضر
    الدورة الرفاق:", "Tham dự buổi lễ có đồng chí A", "còn có đồng chí A", "حضر الدورة كل من الرفيق A", each of; "حضر
    الدورة ممثلو اللجنة الشعبية", "Tham dự buổi lễ có lãnh đạo UBND tỉnh")? Not a word that qualifies the noun ("حضر
    الدورة التدريبية 50 مسؤولا", the training course; "الدورة الرياضية", the games): no meeting's."""
    pos = _next_word(folded, end)
    aside = pack.cue("attend_aside").match_at(folded, pos)
    if aside is not None:
        # (an adverb or the side they come from between: "حضر الدورة أيضا الرفيق A", also; "Tham dự buổi lễ về phía
        # tỉnh có đồng chí A", on the province's side)
        pos = _next_word(folded, aside[0].end())
    if folded[pos : pos + 1] in (":", "："):
        return True
    short = re.match(r"(\w{1,3}\s+)(\w{1,3}\s+)?", folded[pos:])
    return any(
        pack.cue(kind).match_at(folded, at) is not None
        for at in {pos, *((pos + short.end(1), pos + short.end()) if short else ())}
        for kind in ("honorific", "plural")
    )


_FIRST_WORDS = re.compile(r"(?:\s*\S+){0,5}")


def _calls_on_people(folded: str, m, pack: Pack) -> bool:
    """Is ``m`` a visit paid with a light verb (a ``meeting`` wording valued 'call': "paid a visit", "a rendu visite",
    "realizó una visita a", "złożył wizytę", "بزيارة") to no place nor body: no ``trip_to`` noun, ``group`` or place in
    the first five words after it, up to a locative (one opening them is the visit's own: "złożył wizytę w prowincji")?
    A visit to families, sites or people is no meeting, as the verb's ("visited the families of ...": the read gold
    records none); "paid a visit to Kon Tum province" is one.

    >>> from kg.lang import load_pack
    >>> en = load_pack("en")
    >>> text = "mr. a paid a visit to and presented gifts to policy families in di an city."
    >>> _calls_on_people(text, en.cue("meeting").pattern.search(text), en)
    True
    >>> text = "mr. a paid a visit to kon tum province."
    >>> _calls_on_people(text, en.cue("meeting").pattern.search(text), en)
    False
    """
    hit = pack.cue("meeting").match_at(folded, m.start())
    if hit is None or hit[1] != ("call",):
        return False
    window = re.split(r"[.;!?]", folded[m.end() : m.end() + 60], maxsplit=1)[0]
    # (what it visits opens its object: the first five words, "to the Provincial Party Committee", "à la province de";
    # not "الأسر المستفيدة من السياسات في مدينة دي آن", the city where the families live)
    window = _FIRST_WORDS.match(window).group()
    locatives = [c.start() for c, _ in pack.cue("locative").finditer(window) if window[: c.start()].strip()]
    window = window[: locatives[0]] if locatives else window
    if any(True for _ in pack.cue("trip_to").finditer(window)) or any(
        True for _ in pack.cue("group").finditer(window)
    ):
        return False
    return not (gazetteer.find_places(window, None) or gazetteer.other_script_places(window))


def _act_to_do(folded: str, m, spans, pack: Pack) -> bool:
    """Is ``m`` an act (a ``meeting`` wording valued 'act': vi "công bố quyết định") that its sentence reports as
    no ceremony held: with no day in it ("Năm 2025, ... công bố quyết định"), after a request or the future
    (``to_do``: "yêu cầu Sở Nội vụ công bố quyết định ... trước ngày 1/7/2025"), or a decision on no post, person
    nor body (a policy's: "On March 5, 2025, the Ministry of Industry and Trade announced the decision to raise
    electricity prices by 4.8%", "Bộ Công Thương công bố quyết định tăng giá điện"; not "announced the decision
    appointing Mr. A", "công bố quyết định thành lập Sở Tài chính")?"""
    hit = pack.cue("meeting").match_at(folded, m.start())
    if hit is None or hit[1] != ("act",):
        return False
    return (
        not _event_days(folded, spans, pack)
        or any(
            not _in_relative(folded, t.start(), m.start(), pack)
            for t, _ in pack.cue("to_do").finditer(folded, max(0, m.start() - 80), m.start())
        )
        or not _decision_on_office(folded[m.end() :], pack)
    )


def _in_relative(folded: str, at: int, end: int, pack: Pack) -> bool:
    """Does ``at`` stand in a relative clause a comma closes before ``end``: a ``relative`` cue right after the last
    comma before ``at`` ("the PPC, which will soon merge with Ha Tinh, announced the decision": the future is the
    PPC's, not the act's; review24)?"""
    lo = max(0, at - 80)
    commas = [lo + c.end() for c in re.finditer(rf"[{RE_COMMAS}]\s*", folded[lo:at])]
    return (
        bool(commas)
        and pack.cue("relative").match_at(folded, commas[-1]) is not None
        and re.search(rf"[{RE_COMMAS}]", folded[at:end]) is not None
    )


def _decision_on_office(after: str, pack: Pack) -> bool:
    """Does ``after``, the sentence after an announced decision, name an office, an official or a body (a role, a
    body, an honorific): "... to appoint Mr. A as Secretary of ...", "... thành lập Sở Tài chính"?"""
    return bool(
        find_roles(after, pack)
        or find_bodies(after, pack)
        or any(True for kind in ("honorific", "courtesy") for _ in pack.cue(kind).finditer(after))
    )


_CLOCK_NEXT = re.compile(rf"[\s{RE_COMMAS}{RE_DASHES}|]*\d{{1,2}}\s*[:h]\s*\d\d")
_CLOCK_BEFORE = re.compile(rf"\d{{1,2}}:\d\d[\s{RE_COMMAS}{RE_DASHES}|]*$")


def _byline_like(folded: str, d: DateMention) -> bool:
    """Is ``d`` a byline's date: a date with its year that ends its sentence ("Báo Tuổi TrẻBáo Tuổi Trẻ18/01/2025") or
    stands next to a time of day ("Thứ sáu, 18/11/2022 09:00", "17:48، 23/09/2023")?"""
    if d.year is None:
        return False
    return (
        not folded[d.end :].strip(" .")
        or _CLOCK_NEXT.match(folded, d.end) is not None
        or _CLOCK_BEFORE.search(folded, 0, d.start) is not None
    )


def _held_first(folded: str, dates: list[DateMention], pack: Pack) -> list[DateMention]:
    """``dates`` with the day a holding verb gives the meeting first, when that is not the sentence's first day:
    the first meeting noun after the first day, a ``hold`` cue within 100 characters after it and a later day
    at most 12 characters after that, no other meeting noun nor holding verb before ("6 listopada Rada
    Ludowa ogłosiła wyniki wyboru ... na 17. sesji tematycznej 9. kadencji, która odbyła się 5 listopada 2020
    r.", "Ngày 6/11, HĐND tỉnh công bố kết quả bầu ... tại kỳ họp chuyên đề ..., diễn ra vào ngày 5/11/2020":
    the day of the report, then the session's).

    >>> from kg.lang import load_pack
    >>> en = load_pack("en")
    >>> text = "on 6 november the council announced the results of the session, which was held on 5 november 2020"
    >>> [(d.day, d.month) for d in _held_first(text, find_dates(text, en), en)]
    [(5, 11), (6, 11)]
    """
    if len(dates) < 2:
        return dates
    # (a meeting noun, or a kind's: Arabic "الدورة" is a session's and a term's)
    nouns = [m for m, _ in pack.cue("meeting").finditer(folded)]
    nouns += [m for m, v in pack.cue("meeting_kind").finditer(folded) if v and v[0] != "not"]
    noun = min(nouns, key=lambda m: m.start(), default=None)
    if noun is None or noun.start() < dates[0].end:
        return dates
    holds = [h for h, _ in pack.cue("hold").finditer(folded)]
    if any(h.start() < noun.start() for h in holds):
        return dates  # (a meeting held on the first day: "On 6 November the council held a session, ...")
    for d in dates[1:]:
        # (the verb before the day, or right after it: "die am 5. November 2020 stattfand")
        held = [
            h
            for h in holds
            if noun.end() <= h.start() and (h.end() <= d.start <= h.end() + 12 or 0 <= h.start() - d.end <= 2)
        ]
        # (the verb the first meeting's, no other meeting named before it: "Sáng 24-9, ngày cuối cùng của đại hội
        # ..., đại hội đã nghe báo cáo kết quả Hội nghị lần thứ nhất (diễn ra chiều 23-9)" is the congress's day)
        if (
            held
            and held[0].start() - noun.end() <= 100
            and not any(noun.end() <= m.start() < held[0].start() for m in nouns)
        ):
            return [d] + [x for x in dates if x is not d]
    return dates


def _scheduled_day(folded: str, d: DateMention, pack: Pack) -> bool:
    """Is ``d`` a whole day a ``scheduled`` cue sets right before it (a short word between) after a holding verb: the
    scheduled event's, no day of the meeting the sentence reports as held ("celebró una reunión para preparar el
    congreso programado para el 15 de octubre de 2025", "held a conference to prepare for the congress scheduled for
    October 15, 2025"; review25 Medium 4)?"""
    if not (d.day and d.year):
        return False
    return any(
        _sets_day(folded, m, d, pack)
        and next(pack.cue("hold").finditer(folded, 0, m.start()), None) is not None
        for m, _ in pack.cue("scheduled").finditer(folded, max(0, d.start - 40), d.start)
    )


def _sets_day(folded: str, cue, d: DateMention, pack: Pack) -> bool:
    """Does the ``scheduled`` cue ``cue`` set the day ``d``: the day right after it ("scheduled for October 15",
    "zaplanowanego na 15", "prévu pour le 15"), or a short word between when the cue ends with an ``until`` word
    ("programado para el 15")? Not a present's or an extension's day after its article: "celebró su sesión, que se
    desarrolla el 5 de marzo", "a organisé sa session, qui se déroule le 18 novembre" are the session's own days
    (review25)."""
    if not folded[cue.end() : d.start].strip():
        return True
    return _SHORT_GAP.fullmatch(folded, cue.end(), d.start) is not None and any(
        u.end() == cue.end() for u, _ in pack.cue("until").finditer(folded, cue.start(), cue.end())
    )


def _event_days(folded: str, spans, pack: Pack) -> list[DateMention]:
    """The days the sentence names outside cited documents and no-event dates; a wire dateline
    ("Hanoï, 21 décembre (VNA) - … les 20 et 21 décembre") dates the report, not the meeting the
    sentence goes on to date, unless it is the only day."""
    dates = [
        d
        for d in find_dates(folded, pack)
        if d.day is not None
        and not any(a <= d.start < b for a, b in spans)
        and not _scheduled_day(folded, d, pack)
    ]
    # (a whole numeric date that opens the sentence, a word right after it, is the site's dateline too: "23/8/2024 Durante 2
    # días (22 y 23 de agosto), ... organizó el XI Congreso", vi "23/8/2024Trong 02 ngày (22 và 23/8)")
    # (a date with its year that opens the sentence, a place and a comma before it at most, and a dash after it before a
    # word is the report's dateline: "18. Oktober 2024 – Am 17. Oktober 2024 wurde ... eröffnet", "Hanoi, October 18,
    # 2024 - On October 17, ...", "18 Ottobre 2024_ Il 17 ottobre"), when the sentence names a day not after it (no
    # range, "14/10/2020 - 16/10/2020")
    return [
        d
        for d in dates
        if not _DATELINE.match(folded, d.end)
        and not (
            not folded[: d.start].strip()
            and _OPENING_DATELINE.fullmatch(folded, d.start, d.end)
            and _LETTER_NEXT.match(folded, d.end)
        )
        and not (
            d.year is not None
            and _PLACE_BEFORE.fullmatch(folded, 0, d.start)
            and _DASH_NEXT.match(folded, d.end)
            and any(
                e is not d and (e.year or d.year, e.month, e.day) <= (d.year, d.month, d.day) for e in dates
            )
        )
    ] or dates


def _relative_day(
    folded: str, pack: Pack, dates: list[DateMention], anchor_day: datetime.date | None, anchored: int | None
) -> str | None:
    """The day of a meeting the sentence dates only by a ``relative_day`` word ("yesterday", "hôm qua", "hier": the
    day before; "this morning", "sáng nay": that day): the day of a wire dateline that opens the sentence ("Hanoi,
    October 16, 2024 (VNA) - The council met yesterday", its year the byline's or the article's when it writes none),
    else the byline's day (``anchor_day``); none when the sentence writes a day of its own ("Hôm qua (14/10)"), or
    a relative word that tells no day ("tuần trước", "last week"), or when the word ends a span ("đến hôm nay")."""
    cues = [
        (w, v)
        for w, v in pack.cue("relative_day").finditer(folded)
        if not any(0 <= w.start() - u.end() <= 1 for u, _ in pack.cue("until").finditer(folded, 0, w.start()))
    ]
    # (a day a span runs up to is none: "đến hôm nay", "jusqu'à aujourd'hui", "bis heute"; a past distance with
    # no day, "tuần trước", "last week", valued "past", dates no meeting of its sentence by the report's day)
    if not cues or any(not v or not re.fullmatch(r"-?\d", v[0]) for _, v in cues):
        return None
    word, value = cues[0]
    lines = [d for d in dates if _DATELINE.match(folded, d.end)]
    if len(lines) != len(dates):
        return None
    if lines:
        d = lines[0]
        year = d.year or _before_day(d, anchor_day) or anchored
        base = _day(year, d.month, d.day) if year and d.day and word.start() > d.end else None
    else:
        base = anchor_day
    if base is None or not value or not re.fullmatch(r"-?\d", value[0]):
        return None
    return (base + datetime.timedelta(days=int(value[0]))).isoformat()


def _heads_body(folded: str, pack: Pack) -> bool:
    """Is a body written right before the chair wording ("set up the Steering Committee headed by
    X")? Then the names head that body; they did not chair the meeting. Not a body a role stands
    right before: the chair's own title ("Ông A, Chủ tịch UBND tỉnh chủ trì")."""
    ends = _subject_bodies(folded, pack)
    cues = [m.start() for m, _ in pack.cue("chair").finditer(folded)]
    return any(e <= c <= e + 3 and not folded[e:c].strip() for c in cues for e in ends)


def _subject_bodies(folded: str, pack: Pack) -> list[int]:
    """The ends of the bodies of a sentence that no role stands right before (a body that may be
    the subject of the verb after it, not a chair's title)."""
    role_ends = sorted(r1 for _, r1, _ in find_roles(folded, pack))

    def titled(s: int) -> bool:  # a role ends at most 8 characters before s, no clause end between
        near = role_ends[bisect.bisect_left(role_ends, s - 8) : bisect.bisect_right(role_ends, s)]
        return any(not re.search(rf"[{RE_CLAUSE_ENDS}]", folded[r1:s]) for r1 in near)

    return [e for s, e, _ in find_bodies(folded, pack, unnamed=True) if not titled(s)]


def _meeting_date(
    d: DateMention,
    folded: str,
    spans,
    pack: Pack,
    anchored: int | None,
    anchor_day: datetime.date | None,
    earlier: int | None,
    latest_doc: datetime.date | None,
    has_meeting: bool,
    opened: int | None = None,
    begins: int | None = None,
    own: int | None = None,
) -> str | None:
    """The date of a meeting on the day ``d`` (docs/dates.md), its year from the first of these steps:

    1. *own sentence*: the year the sentence states (:func:`_sentence_year`; a far plan's year no later than the
       article's, else the text's, year ``own``);
    2. *publication day*: the publication day's, the year before for a later day (:func:`_before_day`);
    3. *publication year* (``anchored``: the publication date, the URL, a dated byline);
    4. *earlier meeting, text*: an earlier dated meeting's year, else the text's (``earlier``), never before the term
       the sentence names (:func:`_term_floor`);
    5. *cited document*: for a sentence with a meeting noun, the first such day after the latest document the
       article cites (:func:`_after_documents`), never before the term the sentence names;
    6. *own range, deadline*: the first year of a range the sentence writes (:func:`_range_year`), a deadline's
       (:func:`_deadline_year`);

    then, for a year from none of steps 1-3, two term corrections: a congress is never before ``opened``, the latest
    term its sentence, else the text, names (a congress opens a term: "Sáng 30/9, tại Đại hội ... Bí thư Tỉnh ủy
    nhiệm kỳ 2020-2025, giữ chức Bí thư ... nhiệm kỳ 2025-2030" is of 2025); a meeting its sentence says opens a term
    (``begins``) is in the term's first year. A meeting the sentence says closed after some days of work opened those
    days before (:func:`_first_day`)."""
    year = _sentence_year(folded, spans, pack, d, anchored or own) or _before_day(d, anchor_day) or anchored
    if not year:
        year = (
            _term_floor(folded, spans, pack, earlier)
            or (
                _term_floor(folded, spans, pack, _documents_year(d, latest_doc, folded, pack))
                if has_meeting
                else None
            )
            or _range_year(folded, pack)
            or _deadline_year(folded, pack, d)
        )
        if opened and (year is None or year < opened):
            year = opened  # (the term it opens dates a congress no other year dates)
        # nor after the first year of the term the sentence says the meeting opens, within that term (a text's
        # year read from elsewhere: "Ngày 22/10, Hội nghị lần thứ nhất Ban Chấp hành ... nhiệm kỳ 2020-2025")
        # (and never before it: "Am Morgen des 30. Juni wählte der Volksrat ... der 4. Amtszeit auf seiner ersten
        # Sitzung", a text whose most frequent year is a biography's 2015, its term 2021-2026)
        # (and in it when nothing else dates it: "Ngày 21/10, tại Hội nghị lần thứ nhất Ban Chấp hành Đảng bộ tỉnh
        # Ninh Bình khóa XXII, ... nhiệm kỳ 2020-2025", a text of no stand-alone year: a meeting of its own, not
        # more of the one before)
        if begins and (year is None or begins < year <= begins + 5 or year < begins):
            year = begins
    return _first_day(_date(d, year), folded, d, pack)


def _meeting_of(
    date,
    index: int,
    folded: str,
    spans,
    meetings: list[Meeting],
    by_date,
    pack: Pack,
    province,
    chairs=(),
    back: bool = False,
    elsewhere: bool = False,
    closed: str | None = None,
    apart: bool = False,
):
    """The meeting sentence ``index`` reports: the meeting of its date reported already; for an
    undated sentence, the last meeting; for a dated one, the undated meeting just before (a caption,
    a headline) when it is near or of the same kind ("PM speaks at the discussion session. Photo ...
    At the afternoon discussion session of the National Assembly on 30 October, ..."), which takes
    the date; else a new meeting, organised by the body the sentence names (:func:`_organizer`). ``closed``: the
    day the last meeting, a congress dated by its month, closed on; ``apart``: the undated meeting just before is of
    other years (:func:`_of_other_years`)."""
    meeting = by_date.get(date) if date else (meetings[-1] if meetings else None)
    if meeting is not None and date and meeting.organizer is None:
        # (a headline dated by "today" names no body the dated sentence does: "Dnes se zahajuje 1. sjezd strany")
        meeting.organizer = _organizer(folded, pack, province)
    if (
        meeting is None
        and date is not None
        and not apart
        and meetings
        and meetings[-1].date is None
        and (
            index - meetings[-1].sentence <= 2
            or (meetings[-1].kind is not None and meetings[-1].kind == _kind(folded, spans, pack))
        )
    ):
        meeting = meetings[-1]
        meeting.date = date
        # a caption seldom names the organiser the dated sentence does
        meeting.organizer = meeting.organizer or _organizer(folded, pack, province)
        by_date[date] = meeting
    if (
        meeting is None
        and date is not None
        and not elsewhere
        and _later_day_of(date, meetings, folded, spans, pack, province, chairs)
    ):
        # a later day of the congress or session reported just before ("Sáng 12/3, Đại hội khai mạc ... Chiều 13/3,
        # Đại hội bế mạc"): the same meeting, dated by its first day
        meeting = meetings[-1]
        by_date[date] = meeting
    if (
        meeting is None
        and back
        and date is not None
        and _later_day_of(date, meetings, folded, spans, pack, province, chairs, earlier=True, closed=closed)
    ):
        # an earlier day of the congress or session reported just before ("Sáng 19/9, Đại hội Đảng bộ tỉnh Lai Châu
        # lần thứ 15 ... công bố kết quả bầu cử ... Ông A phát biểu tại Đại hội Đảng bộ tỉnh Lai Châu ngày 18/9"):
        # the same meeting, now dated by that first day
        meeting = meetings[-1]
        meeting.date = date
        by_date[date] = meeting
    if meeting is None:
        meeting = Meeting(index, date=date, organizer=_organizer(folded, pack, province))
        meetings.append(meeting)
        if date:
            by_date[date] = meeting
    return meeting


def _of_other_years(date: str, last: Meeting, before: str, folded: str, spans, pack: Pack) -> bool:
    """Is the undated meeting ``last``, of the sentence ``before``, one of another kind than the sentence's (neither a
    generic meeting) whose sentence writes years, all two or more before the year of ``date`` (a congress "في عام 2020"
    and a conference "في 5 مايو 2023")?"""
    kind = _kind(folded, spans, pack)
    if last.kind is None or last.kind == kind or "meeting" in (last.kind, kind):
        return False
    # (a generic meeting noun is of any kind; and a day of the year after is a review's as often, "The conference on
    # the 2023 plan was held in Hanoi. On January 15, 2024, the ministry held a meeting to review the work of 2023",
    # review24: two years or more after every year the sentence before writes)
    years = years_in(before)
    return bool(years) and int(date[:4]) > max(years) + 1


_SEVERAL_DAYS = ("congress", "session")  # meetings that last several days


def _later_day_of(
    date: str,
    meetings: list[Meeting],
    folded: str,
    spans,
    pack: Pack,
    province,
    chairs=(),
    earlier: bool = False,
    closed: str | None = None,
) -> bool:
    """Is ``date`` a later day (at most five days on) of the last meeting, a congress or a session dated to the
    day, that the sentence names by a noun of its kind, no other organiser named ("Po południu 13 marca Zjazd
    zakończył się" after "Rano 12 marca 2025 r. rozpoczął się XVI Zjazd")? (``closed``: the day the last meeting,
    dated by its month, closed on, its day here.)"""
    last = meetings[-1] if meetings else None
    day = last.date if last is not None else None
    if closed and day == closed[:7]:
        day = closed  # (a congress dated by its month, closed that day)
    if last is None or not day or len(day) != 10 or len(date) != 10 or last.kind not in _SEVERAL_DAYS:
        return False
    # (``earlier``: an earlier day, at most five days before, the sentence going back to the meeting's first day)
    days = (datetime.date.fromisoformat(date) - datetime.date.fromisoformat(day)).days
    if not 0 < (-days if earlier else days) <= 5:
        return False
    if _kind(folded, spans, pack) != last.kind:
        return False
    if any(c not in last.chairs for c in chairs):
        return False  # ("Sáng 14/5, Đại hội Đảng bộ huyện B khai mạc, đồng chí C chủ trì": another congress, its own chair)
    organizer = _organizer(folded, pack, province)
    return organizer is None or last.organizer is None or organizer == last.organizer


def _settle(
    meeting: Meeting,
    meetings: list[Meeting],
    said: list[int],
    sents,
    folded: list[str],
    cited: list,
    year: int | None,
    pack: Pack,
    published: bool,
    opened: int | None,
    yearless: DateMention | None,
    term_of: tuple[int | None, DateMention | None],
    elects: Meeting | None,
    elected: list[int | None],
) -> None:
    """Date a meeting no sentence dated with a year, by the first of these steps (docs/dates.md), each a source of
    its year; ``year`` is the text's (the publication year, else its most frequent stand-alone year):

    1. *term opened*: the day of a congress whose sentence gave no year (``yearless``), in the first year of the
       latest term the text names (``opened``);
    2. *first sitting*: the first sitting of a term (``term_of``: the term, the day an earlier sentence gave), in the
       term's first year;
    3. *elected body*: the first meeting of the body a congress elected (``elects``), in the congress's year;
    4. *own sentence*: a month written with its year, the only one of its sentence, which says the meeting was held;
    5. *untimed*: a sitting, a visit or a press conference whose sentence writes no year takes no year from the rest
       of the text (:func:`_untimed`), only from the day it was published (``published``), or the lead's year
       (:func:`_lead_year`): steps 6 skipped;
    6. *congress's term, text*: a congress's own term (the range its sentence writes), else the text's year, never
       before a term the sentence names (:func:`_term_floor`), else the range its sentence writes;
    7. *congress of no year*: in a text of no year, a congress opens the term written right after a congress word
       (:func:`_congress_term`, read once into ``elected``);
    8. *cited document*: in a text of no year, the year of the latest document of a GOLD kind its first sentence, or
       a sentence opening "At the meeting," (the text's only meeting), cites with its issue day.

    A conference that opens a term in the year it is held (:func:`_opens_term`, in any sentence that reports it,
    ``said``) is a congress (read after step 6, before step 7)."""
    first = meeting.sentence
    if meeting.date is None and yearless is not None and opened:
        # 1. a congress (a day whose sentence names no other kind of meeting) opens the latest term the text names
        # ("réélu ... pour la période 2025-2030. ... lors du 20e congrès ..., dans l'après-midi du 15 octobre")
        meeting.date = _date(yearless, opened)
    term, day = term_of
    if meeting.date is None and term:
        # 2. (on the day an earlier sentence gave it: "Sáng 25/6, tại kỳ họp thứ nhất, HĐND tỉnh ...")
        meeting.date = _date(day, term) if day else f"{term:04d}"
    if meeting.date is None and elects is not None and elects.date:
        # 3. (the first meeting of the body a congress elected, no day nor term in its sentence, is held in the
        # congress's year: "... bầu 48 Uỷ viên BCH khoá XVII, nhiệm kỳ 2020-2025. Tại hội nghị lần thứ nhất, ...")
        meeting.date = elects.date[:4]
    if meeting.date is None:
        # 4. a month written with its year and no day, the only one its sentence names outside cited documents and
        # targets, in a sentence that says the meeting was held ("In March 2025, the committee held a conference",
        # "Tháng 3/2025, UBND tỉnh tổ chức hội nghị"; not "At the conference, X said that in March 2025 ...")
        months = [d for d in find_dates(blank(folded[first], cited[first]), pack) if d.year and d.day is None]
        if (
            len(months) == 1
            and any(True for _ in pack.cue("hold").finditer(folded[first]))
            and not _reviewed(folded[first], months[0], pack)
        ):
            meeting.date = f"{months[0].year:04d}-{months[0].month:02d}"
    untimed = (  # 5.
        meeting.date is None
        and not published
        and _untimed(meeting.kind, folded[first], cited[first], pack)
        and not _lead_year(meeting, folded, cited, pack)
    )
    if untimed and meeting.kind == "visit":
        tet = _lunar_new_year(folded, pack)
        if tet is not None:
            # (the Tet year a text writes dates the visit: "visit and wish Quang Nam a happy Tet" / "on the occasion
            # of the Lunar New Year 2025")
            meeting.date = f"{tet:04d}"
    if meeting.date is None and not untimed:
        # 6.
        own = _range_year(folded[first], pack, congress=True) if meeting.kind == "congress" else None
        if own is None and meeting.kind == "congress":
            # (else the one year its sentence writes outside cited documents and targets: "افتتحت ... المؤتمر السادس
            # عشر للحزب الإقليمي في عام 2020", "In 2020, the province held its 16th congress", whatever a later
            # sentence's meeting of 2023 makes the text's year)
            years = set(years_in(blank(folded[first], cited[first])))
            own = years.pop() if len(years) == 1 else None
        fallback = (
            own or _term_floor(folded[first], cited[first], pack, year) or _range_year(folded[first], pack)
        )
        if fallback is not None:
            meeting.date = f"{fallback:04d}"
    if (
        not untimed
        and meeting.kind == "conference"
        and any(_opens_term(folded[i], meeting.date, pack, cited[i]) for i in said)
    ):
        meeting.kind = "congress"
    if (
        meeting.date is None
        and year is None
        and (meeting.kind == "congress" or _the_congress(meeting, meetings, folded, cited, pack))
    ):
        # 7. a congress the text gives no day nor year of opens the latest term written right after a congress word
        # ("El Congreso ... eligió a su Comité Ejecutivo para el período 2020-2025")
        if not elected:
            elected.append(_congress_term(folded, cited, pack))
        meeting.date = f"{elected[0]:04d}" if elected[0] else None
    if meeting.date is None and year is None:
        # 8. a meeting is held after the documents it announces ("At the conference, the representative announced
        # Decision No. 1517-QD/TW dated August 27, 2024 ...": 2024), a document of a kind GOLD records (a decision, a
        # resolution; not a submission, "Tờ trình 76-TTr/TU"); not one a sentence that only names the meeting cites
        # ("completed the congresses ahead of Directive 35's schedule. ... The Standing Committee issued Plan 248
        # dated 9-8-2019": a year before)
        at = [i for i in range(first + 1, len(folded)) if _at_meeting(folded[i], pack)]
        said_in = [first] + (at if len(meetings) == 1 else [])
        said_in = [i for i in said_in if find_documents(sents[i], folded[i], pack)]  # (of a GOLD kind)
        announced = _issued([sents[i] for i in said_in], [folded[i] for i in said_in], pack)
        if announced is not None:
            meeting.date = f"{announced.year:04d}"


def _lead_year(meeting: Meeting, folded: list[str], cited: list, pack: Pack) -> bool:
    """Does the lead restate the headline's sitting, visit or press conference with a year: the meeting read from
    the first sentence, the second naming a meeting of its kind and writing a year outside cited documents ("Otwarcie
    sesji tematycznej Rady Ludowej prowincji Hai Duong" / "Przemawiając na otwarciu sesji, pan A ... podkreślił wyniki
    ... pierwszych dziesięciu miesięcy 2023 r."): the year its own sentence would write without the headline (dev
    ar-013, whose text opens with the lead, is dated so)."""
    return (
        meeting.sentence == 0
        and len(folded) > 1
        and _kinds(folded[1], cited[1], pack) == {meeting.kind}
        and bool(years_in(blank(folded[1], cited[1])))
    )


# a year right after a Lunar New Year wording, a short word or two between ("Lunar New Year of 2025", "Tết Nguyên đán
# Ất Tỵ 2025")
_AFTER_TET = re.compile(r"[\s,]*(?:[^\W\d_]{1,6}\s+){0,2}((?:19|20)\d\d)(?![\d/.,-]\d|\d)")


def _lunar_new_year(folded: list[str], pack: Pack) -> int | None:
    """The year the text writes right after a ``lunar_new_year`` wording ("on the occasion of the Lunar New Year
    2025", "بمناسبة حلول العام القمري الجديد 2025"), its first; None when none."""
    for sentence in folded:
        for m, _ in pack.cue("lunar_new_year").finditer(sentence):
            year = _AFTER_TET.match(sentence, m.end())
            if year:
                return int(year.group(1))
    return None


# meetings a text dates by its term, its ordinal or the period it reports on, not by the year the text writes most: a
# sitting of a council or an assembly ("the 6th session of the Provincial People's Council, 2021-2026 term"), a visit,
# a press conference (on a year's figures, a congress's results)
_UNTIMED = ("session", "visit", "press_conference")


def _untimed(kind: str | None, folded: str, cited: list[tuple[int, int]], pack: Pack) -> bool:
    """Is a meeting of no day one that the text's most frequent year does not date: a sitting, a visit or a press
    conference (:data:`_UNTIMED`) whose sentence writes no year ("Delegaci uczestniczący w 6. sesji Rady Ludowej
    Prowincji Vinh Long, kadencja 2021–2026", "sostuvo hoy una visita de trabajo", in texts whose years are the
    figures' and the plans' it reports: gold dates none of them)? Its sentence's year, a document's too
    ("announced Resolution 202/2025/QH15 during the session"), still dates it, and a sitting of a congress the
    sentence names is the congress's ("The preparatory session of the 16th Provincial Party Congress, term
    2025-2030, opened": the term it opens)."""
    return kind in _UNTIMED and not years_in(folded) and "congress" not in _kinds(folded, cited, pack)


def _reviewed(folded: str, month: DateMention, pack: Pack) -> bool:
    """Is a month written with its year the period a meeting reviews, not the month it is held in: a ``review``
    cue in its clause, at most 60 characters before it, and what it reviews between them ("hội nghị đánh giá tình
    hình kinh tế - xã hội tháng 3/2025", "to review the situation in March 2025"); not a meeting noun ("a review
    conference in March 2025") nor a ``date_before`` word right before the month ("hội nghị sơ kết vào tháng
    3/2025")?"""
    before = re.split(rf"[{RE_CLAUSE_ENDS}]\s", folded[max(0, month.start - 60) : month.start])[-1]
    cue = max((m for m, _ in pack.cue("review").finditer(before)), key=lambda m: m.start(), default=None)
    if cue is None:
        return False
    between = before[cue.end() :]
    if not re.search(r"[^\W\d_]", between):
        return False
    if any(True for kind in ("meeting", "meeting_kind") for _ in pack.cue(kind).finditer(between)):
        return False
    timed = pack.alternation("date_before")
    return not (timed and re.search(rf"(?<![^\W\d_])(?:{timed})\s*$", between))


def _kind(folded: str, cited: list[tuple[int, int]], pack: Pack) -> str | None:
    """The kind of the meeting a sentence reports (a code of ``code/meeting``): the first
    ``meeting_kind`` noun it writes outside a cited document ("the conference to review Resolution
    18 of the Party Congress" is a conference); a ceremony that opens or closes a congress, a
    conference or a session is that meeting ("the opening ceremony of the 9th session", "lễ khai
    mạc Đại hội").

    >>> from kg.lang import load_pack
    >>> en = load_pack("en")
    >>> _kind("the provincial party committee held a working session with the delegation", [], en)
    'working_session'
    >>> _kind("at the press conference after the congress", [], en)
    'press_conference'
    >>> _kind("held the opening ceremony of the 9th session", [], en)
    'session'
    >>> _kind("held a ceremony to announce the decision of the standing committee on the congress", [], en)
    'ceremony'
    """
    outside = _outside(cited)
    congresses = getattr(cited, "congresses", {})
    found = (
        (m, _congress_named(folded, m.end(), values[0], pack, congresses))
        for m, values in pack.cue("meeting_kind").finditer(folded)
        if values and outside(m.start())
    )
    first, kind = next(found, (None, None))
    if first is not None and pack.cue("group").match_at(folded, first.start()) is not None:
        # a group's kind (a working commission's trip: a visit) yields to the meeting a chairing or holding verb
        # names after it: "Mr. A, head of the working commission, chaired a working session with Lang Son province"
        named = _verb_named(folded, first.end(), outside, pack, congresses)
        if named is not None:
            return named
    if kind == "ceremony":
        after = next(found, None)
        if after is not None and after[1] in _OPENED and after[0].start() - first.end() <= 20:
            return after[1]
    if kind in ("session", "meeting"):
        # a session of a congress is the congress ("la séance plénière solennelle du Congrès", "phiên họp trọng thể
        # Đại hội", "the plenary session of the 19th Congress"; a generic noun too, vi 'phiên họp', fr 'séance'):
        # two words at most between, ordinals and levels aside, no separator (not "a session to discuss the
        # congress")
        after = next(found, None)
        if (
            after is not None
            and after[1] == "congress"
            and _of_meeting(folded[first.end() : after[0].start()], pack)
            # (not a session about the congress: "the session on the 17th Congress", "la sesión sobre el Congreso")
            and next(pack.cue("topic").finditer(folded, first.end(), after[0].start()), None) is None
        ):
            return after[1]
    return kind


_COUNCILS = ("peoples_council", "national_assembly")  # bodies that sit in sessions of their own


def _opening_sitting(folded: str, kind: str | None, pack: Pack) -> bool:
    """Is the sitting ``kind`` of ``folded`` an opening one (an ``opening_sitting`` noun: "opening session", "séance
    d'ouverture", "الجلسة الافتتاحية")?"""
    return kind == "session" and next(pack.cue("opening_sitting").finditer(folded), None) is not None


def _verb_named(folded: str, start: int, outside, pack: Pack, congresses=None) -> str | None:
    """The kind of the meeting a ``chair`` or ``hold`` verb after ``start`` names as its object (its ``meeting_kind``
    noun within three words after it, no group's), else None."""
    for verb, _ in sorted(
        (hit for kind in ("chair", "hold") for hit in pack.cue(kind).finditer(folded, start)),
        key=lambda hit: hit[0].start(),
    ):
        for m, values in pack.cue("meeting_kind").finditer(
            folded, verb.end(), min(len(folded), verb.end() + 40)
        ):
            between = folded[verb.end() : m.start()]
            if (
                values
                and outside(m.start())
                and len(between.split()) <= 3
                and not re.search(rf"[{RE_CLAUSE_ENDS}]", between)
                and pack.cue("group").match_at(folded, m.start()) is None
            ):
                return _congress_named(folded, m.end(), values[0], pack, congresses)
            break
    return None


def _of_meeting(gap: str, pack: Pack) -> bool:
    """Is ``gap``, between a session's noun and a congress's, the few words of a genitive ("du", "of the 19th",
    "trọng thể", "of the 17th Provincial": a level word aside, "des 17.": an ordinal's dot)?"""
    gap = blank(gap, [m.span() for m, _ in pack.levels.finditer(gap)])
    return (
        len(gap.strip()) <= 25
        and not re.search(rf"[{RE_CLAUSE_ENDS}{RE_COLONS}{RE_SENTENCE_ENDS}()]", _ORDINAL_DOT.sub(r"\1", gap))
        and len(
            [w for w in re.findall(r"\w+", gap) if not re.search(r"\d", w) and not _ROMAN_WORD.fullmatch(w)]
        )
        <= 2
    )


def _kinds(folded: str, cited: list[tuple[int, int]], pack: Pack) -> set[str]:
    """The kinds of all the meetings the sentence names outside cited documents."""
    outside = _outside(cited)
    congresses = getattr(cited, "congresses", {})
    return {
        _congress_named(folded, m.end(), values[0], pack, congresses)
        for m, values in pack.cue("meeting_kind").finditer(folded)
        if values and outside(m.start())
    }


def _congress_named(
    folded: str, end: int, kind: str, pack: Pack, congresses: dict[tuple[str, ...], int | None] | None = None
) -> str:
    """The kind of a meeting noun ending at ``end``: a conference noun that its ordinal and a congress wording
    follow is a congress, where the language has one noun for both ("المؤتمر الحادي عشر لمندوبي لجنة الحزب": the
    11th Congress of Delegates, as "المؤتمر الأول لمندوبي ..." is the 1st; "المؤتمر العاشر للجنة المركزية", the
    10th plenum, stays a conference). ``congresses``: the ordinals of the congresses the text names, with the year each
    was held in where its sentence writes one (:func:`_congress_ordinals`)."""
    congresses = congresses or {}
    if kind != "conference":
        return kind
    pos, ordinal, first, value = end, False, False, None
    while True:
        while pos < len(folded) and folded[pos] == " ":
            pos += 1
        hit = pack.ordinals.match_at(folded, pos)
        if hit is None:
            break
        pos, ordinal, first, value = hit[0].end(), True, hit[1][:1] == ("1",), hit[1][:1]
    if ordinal and pack.cue("congress").match_at(folded, pos):
        return "congress"
    # (the first one of a party organisation: "المؤتمر الأول للجنة الحزب الإقليمية لاو كاي", "للمؤتمر الأول للحزب الإقليمي",
    # the 1st Congress of the Provincial Party Committee, as dev ar-005; "المؤتمر الأول للجنة التنفيذية" stays the executive's
    # first conference, and a later ordinal may be a plenum's)
    # (a party organisation valued 'any' names a congress after any ordinal: "المؤتمر الثامن عشر للحزب للفترة
    # 2025-2030", "المؤتمر الثالث عشر للحزب"; a plenum is its committee's, "المؤتمر الثامن للجنة المركزية للحزب")
    # (a party committee valued 'term' names a congress after the ordinal of a congress the text names, unless the term
    # of years written after it began before a year its sentence writes: "افتتحت ... المؤتمر السادس عشر للحزب الإقليمي
    # للفترة 2025-2030. ويعقد المؤتمر السادس عشر للجنة الحزب في مقاطعة سون لا في الفترة من 27 إلى 29 سبتمبر 2025" is one
    # congress; "المؤتمر الخامس عشر للجنة الحزب الإقليمية، للفترة 2020-2025" written alone, a plenum's wording as well,
    # stays a conference)
    of = pack.cue("congress_of").match_at(folded, pos)
    if (
        of is not None
        and not first
        and of[1][:1] != ("any",)
        and not (
            of[1][:1] == ("term",)
            and value in congresses
            and not _within_term(folded, of[0].end())
            and not _dated_after(folded, pack, congresses[value])
        )
    ):
        of = None
    if of is None or _later_term(folded, of[0].end(), pack):
        # "المؤتمر الأول للجنة الحزب الإقليمية، الدورة السابعة عشرة": the first conference of the 17th-term executive
        # (vi "Hội nghị lần thứ nhất Ban Chấp hành Đảng bộ tỉnh khóa XVII"); a first congress opens the first term
        return kind
    return "congress"


def _congress_ordinals(folded: list[str], cited: list, pack: Pack) -> dict[tuple[str, ...], int | None]:
    """The ordinals of the congresses the text names after their noun, where a party committee's conference may be
    its congress (``congress_of`` rows valued 'term': "المؤتمر السادس عشر للحزب الإقليمي" gives 16), outside cited
    documents; each with the latest year its sentences write for it (the first year of the term right after it, else
    the sentence's latest year), None where none writes one."""
    if not any(v[:1] == ("term",) for v in pack.cue("congress_of").entries.values()):
        return {}
    out: dict[tuple[str, ...], int | None] = {}
    for fs, spans in zip(folded, cited, strict=True):
        outside = _outside(spans)
        for m, values in pack.cue("meeting_kind").finditer(fs):
            if values and outside(m.start()) and _congress_named(fs, m.end(), values[0], pack) == "congress":
                hit = pack.ordinals.match_at(fs, re.compile(r" *").match(fs, m.end()).end())
                if hit is not None:
                    term = _TERM.search(fs, m.end(), m.end() + 80)
                    years = [int(term.group(1))] if term else years_in(fs)
                    year = max(years, default=None)
                    known = [y for y in (out.get(hit[1][:1]), year) if y is not None]
                    out[hit[1][:1]] = max(known, default=None)
    return out


def _dated_after(folded: str, pack: Pack, year: int | None) -> bool:
    """Does the sentence write a date (a month and its year) later than ``year``, the year of the congress a party
    committee's conference of its ordinal would be ("وفي 5 مايو 2023، عقد المؤتمر السادس عشر للجنة الحزب الإقليمية"
    after the 16th congress of 2020: a conference of the committee the congress elected)?"""
    return year is not None and any(d.year and d.year > year for d in find_dates(folded, pack))


def _within_term(folded: str, at: int) -> bool:
    """Does a term of years follow ``at`` within a few words, in its sentence, that began before a later year the
    sentence writes outside it (a sitting held within the term, not the congress that opens it)?

    >>> _within_term("في 29 سبتمبر 2025، المؤتمر الخامس عشر للجنة الحزب الإقليمية، للفترة 2020-2025.", 49)
    True
    >>> _within_term("في 29 سبتمبر 2025، المؤتمر السادس عشر للجنة الحزب الإقليمية، للفترة 2025-2030.", 49)
    False
    >>> _within_term("المؤتمر الخامس عشر للجنة الحزب الإقليمية، للفترة 2020-2025.", 30)
    False
    """
    window = folded[at : at + 60]
    end = re.search(rf"[{RE_SENTENCE_ENDS}]", window)
    term = _TERM.search(window[: end.start()] if end else window)
    if term is None:
        return False
    a, b = at + term.start(), at + term.end()
    return any(
        int(y.group()) > int(term.group(1)) for y in _YEAR_ONE.finditer(folded) if not a <= y.start() < b
    )


def _later_term(folded: str, at: int, pack: Pack) -> bool:
    """Does a term cue and an ordinal other than the first follow ``at`` in its sentence, within a few words
    ("للجنة الحزب الإقليمية، الدورة السابعة عشرة", of the Provincial Party Committee, 17th term)?

    >>> from kg.lang import load_pack
    >>> ar = load_pack("ar")
    >>> _later_term(" الإقليمية، الدورة السابعة عشرة، لانتخاب", 0, ar)
    True
    >>> _later_term(" الإقليمية، الدورة الأولى، للفترة 2025-2030", 0, ar)
    False
    >>> _later_term(" الإقليمية للدورة 2020-2025", 0, ar)
    False
    >>> _later_term(" الإقليمية، الدورة 17، لانتخاب", 0, ar)
    True
    """
    window = folded[at : at + 60]
    end = re.search(rf"[{RE_SENTENCE_ENDS}]", window)
    window = window[: end.start()] if end else window
    for m, _ in pack.cue("term").finditer(window):
        pos = m.end()
        while pos < len(window) and window[pos] == " ":
            pos += 1
        # (words or digits: "الدورة السابعة عشرة", "الدورة 17")
        if any(
            a == pos and value != 1 for a, _, value in _ordinal_at(window, window, pack, pos, len(window))
        ):
            return True
    return False


def _event_day_cut(spans: list[tuple[int, int]], folded: str, pack: Pack) -> list[tuple[int, int]]:
    """Cited documents' spans (a code and the 60 characters after it, where its issue date stands) cut before a day
    that is an event's: one a time of day opens (``day_part`` cues: "on the morning of", "sáng", "rano", "le matin
    du", "en la mañana del", "am Morgen des", "صباح يوم"; no document is issued in the morning), or one a holding
    verb stands right before, at most two short words between ("was held on", "diễn ra ngày", "odbyła się"): "The
    conference to disseminate Resolution No. 57-NQ/TW of the Politburo took place on the morning of October 20,
    2025" is the conference's day, no longer the resolution's.

    >>> from kg.lang import load_pack
    >>> en = load_pack("en")
    >>> text = "the conference on resolution no. 57-nq/tw took place on the morning of october 20, 2025."
    >>> _event_day_cut([(25, 100)], text, en)
    [(25, 53)]
    >>> _event_day_cut([(25, 100)], "the conference on resolution no. 57-nq/tw dated october 20, 2025.", en)
    [(25, 100)]
    """
    if not spans:
        return spans
    dates = [d for d in find_dates(folded, pack) if d.day and any(a < d.start < b for a, b in spans)]
    if not dates:
        return spans
    cuts = []
    for d in dates:
        for m, _ in pack.cue("day_part").finditer(folded, max(0, d.start - 40), d.start):
            if not folded[m.end() : d.start].strip():
                cuts.append(m.start())
        for m, values in pack.cue("hold").finditer(folded, max(0, d.start - 60), d.start):
            gap = folded[m.end() : d.start].split()
            if "not" not in values and len(gap) <= 2 and all(len(w) <= 4 for w in gap):
                cuts.append(m.start())
    out = []
    for a, b in spans:
        cut = min((c for c in cuts if a < c < b), default=b)
        out.append((a, cut))
    return out


_CODE = re.compile(r"\d[\w.-]*/[\w/.-]*\w")  # (a document's code: "634/TB-VPCP", "18-NQ/TW")


def _concluded(folded: str, pack: Pack) -> list[int]:
    """Where a notice's conclusions drawn at a meeting begin: a ``concluding`` cue a document's code stands before (120
    characters, no sentence end between), a meeting noun after it within 90 characters and no other code between:
    "Notice No. 634/TB-VPCP, concluding the meeting of Prime Minister Pham Minh Chinh with ...", "zawiadomienie nr
    634/TB-VPCP, kończące spotkanie premiera", "Thông báo số 634/TB-VPCP ngày 22/11/2025 kết luận của Thủ tướng tại
    buổi làm việc". The meeting is one held before the notice, no part of its title."""
    out = []
    for m, _ in pack.cue("concluding").finditer(folded):
        after = folded[m.end() : m.end() + 90]
        nouns = [
            n.start()
            for kind in ("meeting", "meeting_kind")
            for n, v in pack.cue(kind).finditer(after)
            if "not" not in v
        ]
        code = [c for c in _CODE.finditer(folded, max(0, m.start() - 120), m.start())]
        if (
            nouns
            and code
            and not _CODE.search(after, 0, min(nouns))
            and not re.search(rf"[;{RE_SEMICOLONS}]", folded[code[-1].end() : m.start()])
        ):
            out.append(m.start())
    return out


def _concluded_cut(spans: list[tuple[int, int]], folded: str, pack: Pack) -> list[tuple[int, int]]:
    """Cited documents' spans cut before a notice's conclusions drawn at a meeting (:func:`_concluded`), so the meeting
    named after them is read, its own day too ("... kết luận của Thủ tướng tại buổi làm việc ngày 10/11").

    >>> from kg.lang import load_pack
    >>> en = load_pack("en")
    >>> text = "it issued notice no. 634/tb-vpcp, concluding the meeting of the prime minister with the province."
    >>> _concluded_cut([(21, 92)], text, en)
    [(21, 34)]
    >>> _concluded_cut([(21, 92)], "it issued notice no. 634/tb-vpcp on the conclusion of the audit of the budget.", en)
    [(21, 92)]
    """
    cuts = _concluded(folded, pack) if spans else []
    if not cuts:
        return spans
    return [(a, min((c for c in cuts if a < c < b), default=b)) for a, b in spans]


class _Cited:
    """The spans of one sentence that name no meeting's date: cited documents (:func:`citation_spans`),
    their issue dates and dates of no event (:func:`_not_event_dates`), read the first time they are
    asked for (a sentence with no meeting word, day or term never asks), then a sequence of
    ``(start, end)``."""

    __slots__ = ("_issuers", "_read", "_sentence", "_since", "congresses")

    def __init__(self, sentence, folded: str, pack: Pack):
        self._sentence = (sentence, folded, pack)
        self._read: list[tuple[int, int]] | None = None
        self._issuers: list[tuple[int, int]] | None = None
        self._since: dict[tuple[int, int], tuple[int, int]] = {}
        # (the ordinals of the congresses the text names: :func:`_congress_named`)
        self.congresses: dict[tuple[str, ...], int | None] = {}

    def since_years(self) -> dict[tuple[int, int], tuple[int, int]]:
        """The starting points' spans of a whole day, each with the span that leaves its year out: the year tells the
        text's year (:func:`_not_event_dates`)."""
        self._spans()
        return self._since

    def issuers(self) -> list[tuple[int, int]]:
        """The spans of the documents the sentence names by the ordinals of the congress or plenum that issued
        them, no number (read once)."""
        if self._issuers is None:
            sentence, folded, pack = self._sentence
            text = str(sentence)
            found = [d for d in find_documents(sentence, folded, pack) if d.number is None]
            # (a congress's resolution named by its place, level or term's years, no ordinal, up to its first
            # clause end: "the Resolution of the Provincial Party Congress for the 2020-2025 term, ...")
            at = [
                (text.find(d.surface), len(d.surface if d.term or d.session else _to_clause_end(d.surface)))
                for d in found
            ]
            self._issuers = [(a, a + n) for a, n in at if a >= 0]
        return self._issuers

    def _spans(self) -> list[tuple[int, int]]:
        if self._read is None:
            sentence, folded, pack = self._sentence
            spans = _concluded_cut(
                _event_day_cut(citation_spans(sentence, folded, pack), folded, pack), folded, pack
            )
            since: list[tuple[tuple[int, int], tuple[int, int]]] = []
            self._read = (
                spans
                + _issue_dates(folded, spans, pack)
                + _not_event_dates(folded, pack, since)
                + _congress_bodies(folded, pack)
            )
            self._since = dict(since)
        return self._read

    def __iter__(self):
        return iter(self._spans())

    def __len__(self) -> int:
        return len(self._spans())

    def __getitem__(self, i):
        return self._spans()[i]


def _congress_bodies(folded: str, pack: Pack) -> list[tuple[int, int]]:
    """The spans of a body named after a congress it prepares: a ``congress_body`` noun (a subcommittee, 'tiểu ban
    văn kiện') and the congress noun right after it, a genitive between ('Subcommittee on documents for the 15th
    Provincial Party Congress holds its first meeting', 'Unterausschuss für Dokumente des 15. Parteitags', 'Tiểu ban
    Văn kiện Đại hội Đảng bộ tỉnh lần thứ XV họp'): that congress is no meeting the sentence reports."""
    out = []
    for m, _ in pack.cue("congress_body").finditer(folded):
        for k, values in pack.cue("meeting_kind").finditer(folded, m.end(), min(len(folded), m.end() + 60)):
            if values[:1] == ("congress",) and _of_body(folded[m.end() : k.start()], pack):
                out.append((m.start(), k.end()))
            break  # (the first meeting noun after it only)
    return out


def _of_body(gap: str, pack: Pack) -> bool:
    """Is ``gap``, between a body's noun and a congress's, a genitive: three short words at most, levels and
    ordinals and places aside ("for the 15th dien bien provincial", "des 15.", "du 15e", "del xiv", none in vi)?"""
    gap = gazetteer.blank_places(blank(gap, [m.span() for m, _ in pack.levels.finditer(gap)]))
    if re.search(
        rf"[{RE_COMMAS}{RE_CLAUSE_ENDS}{RE_COLONS}{RE_SENTENCE_ENDS}(){RE_SEMICOLONS}]",
        _ORDINAL_DOT.sub(r"\1", gap),
    ):
        return False
    words = [w for w in re.findall(r"\w+", gap) if not re.search(r"\d", w) and not _ROMAN_WORD.fullmatch(w)]
    return len(words) <= 3 and all(len(w) <= 4 for w in words)


def _to_clause_end(text: str) -> str:
    """``text`` up to its first comma, semicolon or clause end."""
    return re.split(rf"[{RE_COMMAS}{RE_SEMICOLONS}{RE_CLAUSE_ENDS}]", text, maxsplit=1)[0]


def _outside(spans: list[tuple[int, int]]):
    """A test of a position against spans (merged and sorted once: a bisection per position)."""
    merged: list[list[int]] = []
    for a, b in sorted(spans):
        if merged and a <= merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], b)
        else:
            merged.append([a, b])
    starts = [a for a, _ in merged]

    def test(pos: int) -> bool:
        i = bisect.bisect_right(starts, pos) - 1
        return i < 0 or pos >= merged[i][1]

    return test


_OPENED = ("congress", "conference", "session")  # meetings a ceremony opens or closes
_ROMAN_WORD = re.compile(r"[ivxlc]+(?:e|er|eme)?")  # a folded Roman ordinal ("xix", "xixe")
# an ordinal's dot (de "des 17. Parteitags", "des XIII. Parteitags")
_ORDINAL_DOT = re.compile(r"\b(\d{1,2}|[ivxlc]{1,6})\.(?=\s)")
_TERM = re.compile(rf"((?:19|20)\d\d)\s*[{RE_DASHES}]\s*(?:19|20)\d\d")  # "2025-2030"


def _opens_term(folded: str, date: str | None, pack: Pack, cited: list[tuple[int, int]]) -> bool:
    """Does the sentence name a conference for a term that starts the year it is held ("the
    first conference of the Provincial Party Committee, for the 2025-2030 term", in 2025)? That
    meeting opens the term: a congress, however the translation names it (Arabic writes مؤتمر
    for both). The term follows the conference noun, with no other congress or conference
    between them, outside cited documents.

    >>> from kg.lang import load_pack
    >>> en = load_pack("en")
    >>> _opens_term("the 1st conference of the party committee for the 2025-2030 term", "2025-10-01", en, [])
    True
    >>> _opens_term("the 15th conference of the party committee, term 2020-2025", "2023-07-04", en, [])
    False
    >>> _opens_term("a conference on directive 35 on the congress of the 2025-2030 term", "2025-06-01", en, [])
    False
    """
    if not date:
        return False
    outside = _outside(cited)
    # congresses and conferences in order, and the terms outside cited documents: one pass over both
    named = [
        (m.start(), m.end(), v[0])
        for m, v in pack.cue("meeting_kind").finditer(folded)
        if v and v[0] in ("congress", "conference")
    ]
    terms = [t for t in _TERM.finditer(folded) if outside(t.start())]
    k = 0
    for i, (_, end, kind) in enumerate(named):
        while k < len(terms) and terms[k].start() < end:
            k += 1
        if k == len(terms):
            break
        term = terms[k]
        between = i + 1 < len(named) and named[i + 1][0] < term.start()
        if kind == "conference" and not between and term.start() - end <= 150 and term.group(1) == date[:4]:
            return True
    return False


def _issuers(folded: str, documents: list[int], bodies: list, pack: Pack) -> list:
    """The bodies of ``bodies`` that issued a document whose wording ends at one of ``documents``: the body written
    right after it, maybe after link words ("Quyết định của Ban Bí thư", "the decision of the Secretariat"), and the
    body that one belongs to, written right after it ("decyzji Sekretariatu Komitetu Centralnego Partii", "the
    decision of the Secretariat of the Party Central Committee": the Central Committee no more the organiser)."""
    out: list = []
    ends = list(documents)
    for b in bodies:
        if any(
            0 <= b[0] - d <= 6 or (0 <= b[0] - d <= 20 and _links_only(folded[d : b[0]], pack)) for d in ends
        ):
            out.append(b)
            ends.append(b[1])
    return out


def _links_only(gap: str, pack: Pack) -> bool:
    """Is ``gap`` no more than link words and fillers of the title grammar ("of the", "de la", "des")?"""
    words = gap.split()
    return bool(words) and all(
        grammar_features(w, pack) & {"link", "filler"} and not grammar_features(w, pack) - {"link", "filler"}
        for w in words
    )


def _organizer(folded: str, pack: Pack, province: str | None) -> Body | None:
    """The body that held the meeting: one named right after the meeting noun ("the session of
    the Provincial People's Council"), else the first body that is not part of somebody's title
    ("Secretary of the Provincial Party Committee"), else the first body."""
    # (not a commission whose name the grammar does not read: no code of the list, "commission")
    bodies = [b for b in find_bodies(folded, pack) if b[2][0] != GENERIC]
    if not bodies:
        return None
    role_ends = [r1 for _, r1, _ in find_roles(folded, pack)]  # ascending: wordings never overlap
    # (not an act's: "công bố quyết định của Bộ Chính trị", the body that issued the decision announced)
    meetings = [m.end() for m, v in pack.cue("meeting").finditer(folded) if v != ("act",)]

    def titled(b) -> bool:  # roles ending less than 25 characters before the body, found by bisection
        near = role_ends[bisect.bisect_right(role_ends, b[0] - 25) : bisect.bisect_right(role_ends, b[0])]
        return any(not re.search(rf"[{RE_CLAUSE_ENDS}]", folded[r1 : b[0]]) for r1 in near)

    untitled = [b for b in bodies if not titled(b)]
    # the subject right after a holding verb (Arabic verb first: "عقدت اللجنة التوجيهية المركزية ... اجتماعها
    # الثاني في مقر اللجنة المركزية للحزب", "نظم المكتب السياسي مؤتمرا ... بمبنى الجمعية الوطنية"), or the body
    # its bare organ names ("عقدت اللجنة الدائمة للجمعية الوطنية": the National Assembly's)
    holds = [m.end() for m, _ in pack.cue("hold").finditer(folded)]
    subject = [b for b in untitled if any(0 <= b[0] - h <= 2 for h in holds)][:1]
    if subject and len(subject[0][2]) < 2:
        subject = [b for b in bodies if 0 < b[0] - subject[0][1] <= 2][:1] or subject
    # (not a document's issuer written right after it: "hội nghị công bố Quyết định của Ban Bí thư")
    issued = _issuers(folded, [m.end() for m, _ in pack.documents.finditer(folded)], bodies, pack)
    after_noun = [
        b
        for b in untitled
        if bisect.bisect_right(meetings, b[0]) > bisect.bisect_left(meetings, b[0] - 40) and b not in issued
    ]
    start, end, values = (subject or after_noun or untitled or bodies)[0]
    level = values[1] if len(values) > 1 and values[1] else None
    if level is None:
        for _, lv in pack.levels.finditer(folded, start, end + 20):
            level = lv[0]
            break
    return body_of(
        values[0], level or "provincial", gazetteer.body_place(level or "provincial", None, province)
    )
