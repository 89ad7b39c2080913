"""Read a title ("Deputy Secretary of the Provincial Party Committee, Chairman of the PPC")
into positions: role code + identified body (org, level, place)."""

from __future__ import annotations

import functools
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, replace
from functools import cache
from importlib import resources
from pathlib import Path

import kg.rx as re
from kg import gazetteer, tables
from kg.extract.grammar import (
    COMPANY,
    DELEGATION,
    INSTITUTION,
    OFFICE,
    UNNAMED,
    UNREAD,
    current_acronyms,
    find_bodies,
    find_roles,
    grammar,
    grammar_features,
)
from kg.lang import Pack
from kg.memo import Memo
from kg.model import Body
from kg.script import COMMAS, DASHES, RE_CLAUSE_ENDS, RE_COMMAS, RE_DASHES, RE_SEMICOLONS, SEMICOLONS
from kg.text import fold, fold_aligned

__all__ = ["CENTRAL_ORGS", "LOCAL_ORGS", "Title", "normalise", "read_titles"]

_DATA = Path(str(resources.files("kg"))) / "data"


@dataclass
class Title:
    role: str
    org: str
    level: str | None
    start: int  # offset of the role wording in the folded span
    end: int = 0  # where the title's wording ends (role, body and level words)
    former: bool = False
    default_level: bool = False  # the level was not written, the default was taken
    place: str | None = None  # the province or district the title writes ("the Ninh Binh PPC")
    foreign: bool = False  # another country's office ("a deputy of the National Assembly of Laos")
    city: bool = False  # a province's own city named like it ("the Bac Ninh City Party Committee"): district, that place
    bare: bool = False  # the State Vice President read from a bare role ("la vice-présidente A"): kg.extract._local_subject


@cache
def _rules() -> dict[tuple[str, str], tuple[str, str, str | None]]:
    out = {}
    for cells in tables.rows(_DATA / "title_rules.tsv"):
        role, org, _, new_role, new_org, *level = cells
        out[(role, org)] = (new_role, new_org, level[0] if level and level[0] else None)
    for (role, org), (new_role, new_org, level) in list(out.items()):
        if new_role == "*":  # "* inspection_commission -> * party_commission": keep the role
            del out[(role, org)]
            out[(role, org)] = (role, new_org, level)
    return out


@cache
def _nested() -> frozenset[tuple[str, str]]:
    """(part, whole) pairs where "the <part> of the <whole>" is recorded as the whole."""
    return frozenset((row[0], row[1]) for row in tables.rows(_DATA / "nested_bodies.tsv"))


@cache
def _central() -> frozenset[str]:
    return frozenset(tables.words(_DATA / "central_orgs.txt"))


CENTRAL_ORGS = _central()
LOCAL_ORGS = frozenset(tables.words(_DATA / "local_orgs.txt"))
PROVINCIAL_ORGS = frozenset(tables.words(_DATA / "provincial_orgs.txt"))


def normalise(role: str, org: str, level: str | None) -> tuple[str, str, str | None]:
    """Apply the GOLD conventions of ``kg/data/title_rules.tsv`` and central levels."""
    # (a row for "org/level" is the rule of that org at that level only)
    rule = _rules().get((role, f"{org}/{level}")) or _rules().get((role, org)) or _rules().get(("*", org))
    if rule:
        role, org, forced = (role if rule[0] == "*" else rule[0]), rule[1], rule[2]
        level = forced or level
    if org in _central():
        level = "central"
    return role, org, level


def read_titles(span: str, pack: Pack, default_level: str = "provincial") -> list[Title]:
    """Positions named in a folded title span (:func:`_read_titles`), remembered for a loaded pack
    while the article's acronyms are the same (the engine reads a span several times): a new list
    of the same titles (never changed in place: ``dataclasses.replace`` makes another)."""
    if not pack.loaded:  # a pack made by hand (tests): nothing to remember
        return _read_titles(span, pack, default_level)
    # (a loaded pack lives as long as the process: its id is its key)
    return list(
        _TITLES.get((span, id(pack), default_level), lambda: tuple(_read_titles(span, pack, default_level)))
    )


_TITLES = Memo(4096, context=current_acronyms)  # titles of a span, read with the article's acronyms


def _read_titles(span: str, pack: Pack, default_level: str = "provincial") -> list[Title]:
    """Positions named in a folded title span.

    Each role wording opens a title that runs to the next role wording; the body is the first
    body wording inside it (bodies are found first, so "ban bi thu" is the Secretariat and not
    a secretary).

    >>> from kg.lang import load_pack
    >>> [(t.role, t.org, t.level) for t in read_titles(
    ...     "deputy secretary of the provincial party committee, chairman of the ppc", load_pack("en"))]
    [('deputy_secretary', 'party_committee', 'provincial'), ('chair', 'peoples_committee', 'provincial')]
    """
    # wordings of one lexicon never overlap: starts and ends both ascend, so a bisection finds the
    # bodies near an offset (linear time in the span, however many titles it repeats)
    listed_roles = find_roles(span, pack)
    if not listed_roles:
        return []  # no role, no title (the bodies are not read)
    every = find_bodies(span, pack, unnamed=True)
    # (an institution outside the code list, "the Biotechnology Centre", is a title's body of org other)
    # (a body word inside the post noun of a release is the post, no body: de "die Entlassung aus dem Amt des
    # Vorsitzenden", not the Prime Minister's 'Amt' before it)
    released = [m.span() for m, _ in pack.cue("released_from").finditer(span)]
    bodies = [
        (b[0], b[1], ("other", *b[2][1:])) if b[2][0] == INSTITUTION else b
        for b in every
        if (b[2][0] not in UNREAD or b[2][0] in (INSTITUTION, COMPANY))
        and not any(r0 <= b[0] and b[1] <= r1 for r0, r1 in released)
    ]
    unnamed = [b for b in every if b[2][0] in UNREAD and b[2][0] not in (INSTITUTION, COMPANY)]
    starts, ends = [b[0] for b in bodies], [b[1] for b in bodies]
    spans_of = {(b[0], b[1]) for b in bodies}
    # (a role that is a whole body's wording and names that body, "Politbüromitglied", stays a role)
    roles = [
        (r0, r1, v)
        for r0, r1, v in listed_roles
        if not _inside_body(bodies, starts, r0, r1) or (len(v) > 1 and v[1] and (r0, r1) in spans_of)
    ]
    # (a role word inside an ``aide`` wording is no post: "Secretary to Comrade B", "Thư ký đồng chí B", a leader's
    # secretary, is the leader's aide, kg.extract._aide_titles)
    aides = [m.span() for m, _ in pack.cue("aide").finditer(span)] if roles else []
    # (not one a body follows, only link words or a place between: "Secretary to the Nghe An Provincial Party
    # Committee" is the committee's secretary)
    aides = [
        (a0, a1)
        for a0, a1 in aides
        if not any(b0 >= a1 and _joined(gazetteer.blank_places(span[a1:b0]), pack) for b0 in starts)
    ]
    if aides:
        roles = [r for r in roles if not any(a0 <= r[0] and r[1] <= a1 for a0, a1 in aides)]
    compound_last = grammar(pack).compound_last
    # a former cue before a level word is a former place ("la antigua provincia"), not a former post
    former_at = [
        m.start()
        for m, _ in pack.cue("former").finditer(span)
        if pack.levels.match_at(span, m.end() + 1) is None
    ]
    if former_at:
        # (nor one inside an attending verb: pl 'Obecni byli również prezydent A', 'byli' the verb 'were', not 'former')
        attending = [(m.start(), m.end()) for m, _ in pack.cue("attend").finditer(span)]
        former_at = [at for at in former_at if not any(a <= at < b for a, b in attending)]
    clause_ends = [m.end() for m in re.finditer(rf"[{RE_CLAUSE_ENDS}]", span)]
    titles: list[Title] = []
    repeats: set[int] = set()  # (the roles whose body noun the next role repeats with its owner)
    for i, (r0, r1, rvals) in enumerate(roles):
        limit = roles[i + 1][0] if i + 1 < len(roles) else len(span)
        role = rvals[0]
        org = rvals[1] if len(rvals) > 1 and rvals[1] else None
        level = rvals[2] if len(rvals) > 2 and rvals[2] else None
        # the body written after the role; it may share words with it ("trưởng ban" + "ban tuyên giáo")
        body = _first_body(bodies, bisect_left(starts, r0), limit, r1)
        if body is not None and any(True for _ in pack.cue("hold").finditer(span, r1, body[0])):
            body = None  # "làm trưởng đoàn làm việc với UBND tỉnh": the body the holder works with
        if body is not None:
            closed = _past_its_clause(span, r1, body[0], clause_ends, pack)
            if closed is not None:
                body, limit = None, closed  # (the title ends at its clause: no body after it is its own)
        if (
            body is not None
            and i + 1 < len(roles)
            and not span[body[1] : limit].strip()
            and _joins_next(span[r1 : body[0]], pack)
        ):
            # "Politburo members and National Assembly Vice Chairmen": a body between a conjunction and the next
            # role, right before it, is that role's, written before it as English writes it
            body = None
        borrowed = False
        # "Vice Chairwoman and Secretary General of the Fatherland Front Central Committee" (Phó Chủ tịch kiêm Tổng Thư
        # ký, "نائبة الرئيس والأمينة العامة"): the front's or the union's two posts, also when the vice chair's wording
        # alone is the State Vice President's (other/central); or a dash between the two, as the MT writes the source's
        # ("Phó Chủ tịch - Tổng Thư ký", "نائبة الرئيس - الأمينة العامة للجنة المركزية لجبهة الوطن")
        vice_and_secretary_general = (
            role in ("vice_chair", "standing_vice_chair")
            and i + 1 < len(roles)
            and roles[i + 1][2][0] == "general_secretary"
            and (
                _only_conjunctions(span[r1:limit], pack)
                or re.fullmatch(rf"\s+[{RE_DASHES}]\s+", span[r1:limit])
            )
        )
        if body is None and (org is None or (org == "other" and vice_and_secretary_general)):
            gap = span[r1:limit]
            repeated = i + 1 < len(roles) and _repeated_body_noun(gap, span[roles[i + 1][1] :], pack)
            if repeated:
                repeats.add(r0)
            if i + 1 < len(roles) and (
                re.fullmatch(rf"[\s{RE_COMMAS}/{RE_DASHES}]*", gap)
                # "Vice Chairman and Chairman of the PC", "zastępcy dyrektora i dyrektora Departamentu": a deputy's
                # role and the full one, joined (not "Chủ tịch và Bí thư Huyện ủy": two offices)
                # (or any two ranks of one post: "Chairman, Standing Vice Chairman and Vice Chairman of the PPC", the
                # ranks names elected in turn hold)
                or (
                    _rank_of(roles[i + 1][2][0]) == _rank_of(role)
                    and role != roles[i + 1][2][0]
                    # (or "then" between the ranks one person held in turn: "Vice Chairman, then Chairman of the
                    # PPC", "نائب رئيس ثم رئيس اللجنة الشعبية", vi "Phó Chủ tịch rồi Chủ tịch UBND tỉnh")
                    # (an article or a preposition repeated after it: "des Vorsitzenden und der stellvertretenden
                    # Vorsitzenden des X", "de président et de vice-présidents du X", u-mt39de-01)
                    and _only_conjunctions(_repeated_article_blanked(gap, pack), pack, then=True)
                )
                or vice_and_secretary_general
                # "Deputy Chief of the Office, Chief of the Office of the Provincial Party Committee": the same
                # body's noun, bare after the deputy's role, repeated with its owner after the next (the next
                # title's body, as the next title reads it: below)
                or repeated
            ):
                # "deputy director, director of the Department of Culture": the next role's body
                body = _first_body(bodies, bisect_left(starts, limit), len(span) + 1, roles[i + 1][1])
                borrowed = body is not None
            else:
                # "Provincial Party Committee member": a body written right before the role
                before = [
                    b
                    for b in bodies[bisect_left(ends, r0 - 2) : bisect_right(ends, r0)]
                    if 0 <= r0 - b[1] <= 2
                    and not span[b[1] : r0].strip()
                    and (i == 0 or b[0] >= roles[i - 1][1])
                ]
                body = before[-1] if before else None
        while body is not None:
            # "the Provincial Party Committee's Internal Affairs Department": the owned body;
            # "the standing body of the steering committee": the body it belongs to
            at = bisect_left(starts, body[1])
            nxt = bodies[at] if at < len(bodies) and bodies[at][0] - body[1] <= 4 else None
            if nxt is None and at < len(bodies) and bodies[at][0] < limit:
                # "the Central Committee of the Youth Union": a body joined by link words is the whole
                # the part belongs to (only as nested_bodies.tsv says: no other owner)
                gap = span[body[1] : bodies[at][0]]
                if (body[2][0], bodies[at][2][0]) in _nested() and _joined(gap, pack):
                    nxt = bodies[at]
                elif _executive_of(body, bodies[at], span, pack) and _joined(gap, pack):
                    body = bodies[at]  # "the Executive Committee of the Vietnam Women's Union": the union's
                    continue
                elif _department_of(body, bodies[at], gap):
                    # "Head of the Economic Security Department of the Dong Nai Provincial Police", "Director of
                    # Local Department V of the Central Inspection Commission": a department of a body of no
                    # people's committee is no Sở; of org other, of that body's level
                    body = (body[0], bodies[at][1], ("other", *bodies[at][2][1:2]))
                    break
                elif bodies[at][2] == body[2][:1] and gap.strip() in pack.cue("conjunction").entries:
                    # "the Provincial Party Committee's Propaganda and Mass Mobilization Commission": the
                    # second body of the same kind, of no level, is the rest of one body's name
                    body = (body[0], bodies[at][1], body[2])
                    continue
            if nxt is None:
                break
            if span[body[1] : nxt[0]] in _POSSESSIVE or (compound_last and span[body[1] : nxt[0]] == " "):
                if (nxt[2][0], body[2][0]) in _nested():
                    # "the National Assembly Standing Committee": the standing body of the whole
                    if nxt[2][0] == "party_standing_committee" and role == "member":
                        role = "standing_member"
                    body = (body[0], nxt[1], body[2])
                    continue
                # "the National Assembly Party Committee": the owned body, of its owner's level
                owner_level = body[2][1:] if len(nxt[2]) < 2 else ()
                body = (nxt[0], nxt[1], (*nxt[2][:1], *owner_level)) if owner_level else nxt
            elif (body[2][0], nxt[2][0]) in _nested() or _executive_of(body, nxt, span, pack):
                if body[2][0] == "party_standing_committee" and role == "member":
                    role = "standing_member"  # a member of the National Assembly's standing committee
                body = nxt
            else:
                break
        if (
            body is not None
            and body[2][0] == "party_commission"
            and _event_organiser(span, body, limit, pack)
        ):
            # "Head of the Organizing Committee of the 1st Patriotic Emulation Congress", "رئيس اللجنة المنظمة للمؤتمر
            # الأول للمحاكاة", "Leiter des Organisationskomitees des ...kongresses" (Trưởng Ban Tổ chức Đại hội): the
            # organising committee of an event is that event's (org other), not the Party's Organisation Commission; its
            # leader heads it (Trưởng ban: "رئيس" is head, as of the commission)
            role = _GENERIC_ROLES.get(role, role)
            body = (body[0], body[1], ("other", *body[2][1:]))
        if body is not None and body[2][0] == "ministry" and role in ("director", "deputy_director"):
            # "Deputy Director of the Ministry of Finance's Tax Department": a director in a ministry heads
            # the department written after it, one of the ministry's (a director of a ministry alone is
            # a provincial department's: title_rules.tsv)
            at = bisect_left(starts, body[1])
            part = next((b for b in bodies[at:] if b[0] < limit and b[2][0] == "department"), None)
            if part is not None:
                body = (part[0], part[1], ("department", "central"))
        if (
            (body is None or borrowed)
            and role == "general_secretary"
            and org in (None, "communist_party")
            and i + 1 < len(roles)
        ):
            # "Secretary General and Head of the Office of the National Assembly", "الأمين العام ورئيس مكتب الجمعية
            # الوطنية": the Secretary General of the assembly whose office the next post heads, not the Party's
            owner = _office_owner(span, r1, limit, roles[i + 1][1], bodies, starts, pack)
            if owner is not None:
                (org, level), body, borrowed = owner, None, False
        # (not of a body outside the code list: "مجلس الدفاع والأمن" is no committee of the police)
        owned = body is not None and body[2][0] != "other"
        committee = _committee_of(span, unnamed, r1, limit, body) if owned else None
        if committee is not None:
            # "Chairman of the Economic Committee of the National Assembly", "Vice Chairwoman of the
            # National Assembly's Social Affairs Committee": a committee the grammar reads no name of
            # (unread otherwise) makes the title a post of the body it belongs to
            role, body = _owned(role, body, committee)
        elif body is not None and body[2][0] == GENERIC:
            # "Head of the Economic Committee of the Provincial People's Council": a commission with
            # no name the grammar knows is a post of the body it belongs to, else of another body
            owner = _first_body(bodies, bisect_left(starts, body[1]), limit, body[1])
            # (a commission whose level is written, "مكتب الجمعية الوطنية" (central), belongs to no body after a separator:
            # "رئيس مكتب الجمعية الوطنية الخامسة عشرة، عن المشاركة في اللجنة التنفيذية ...", from taking part in the executive)
            complete = len(body[2]) > 1 and re.search(
                rf"[{RE_COMMAS}{RE_SEMICOLONS}]", span[body[1] : owner[0]] if owner else ""
            )
            if owner is not None and _of_congress(span[body[1] : owner[0]], pack):
                # "przewodniczącego Podkomisji Personalnej XIV Zjazdu Partii", "رئيس اللجنة الفرعية للموظفين في
                # المؤتمر الوطني الرابع عشر للحزب" (Trưởng Tiểu ban Nhân sự Đại hội XIV của Đảng): a subcommittee of a
                # congress, no body of the code list; the Party's congress is national, another's of its level
                role = _GENERIC_ROLES.get(role, role)
                level = ("central",) if owner[2][0] == "communist_party" else owner[2][1:]
                body = (body[0], body[1], ("other", *level))
            elif owner is not None and owner[2][0] != GENERIC and not complete:
                role, body = _owned(role, owner, body)
            else:
                # (an office of a central body, "مكتب الجمعية الوطنية", keeps its level; its director,
                # "مدير مكتب اللجنة الشعبية", Chánh Văn phòng, heads it)
                role = _GENERIC_ROLES.get(role, _OFFICE_ROLES.get(role, role))
                body = (body[0], body[1], ("other", *body[2][1:]))
        elif body is not None and body[2][0] in _OWNED_BY:
            # "presidente de la Comisión de Economía de la Asamblea Nacional": a commission of a state
            # body is that body's committee, not the party's; "Head of the Legal Department of the
            # Provincial People's Council" (Ban Pháp chế) is no department (Sở) of a people's committee
            owner = _first_body(bodies, bisect_left(starts, body[1]), limit, body[1])
            if owner is not None and owner[2][0] in _OWNED_BY[body[2][0]] and _owns(span[body[1] : owner[0]]):
                role, body = _owned(role, owner, body)
        president_of = (
            _president_of(span[r1 : body[0]], pack)
            if role == "state_president" and body is not None and body[2][0] == "other"
            else None
        )
        if president_of is not None:
            # "prezydent (Wietnamskiej) Generalnej Konfederacji Pracy": the president of a body outside
            # the code list (a union, a confederation) chairs it; he is no State President
            role, org, level = president_of, None, None
        if (
            org is not None
            and body is not None
            and (
                re.search(rf"[{RE_COMMAS}{RE_SEMICOLONS}]", span[r1 : body[0]])
                or any(True for _ in pack.cue("conjunction").finditer(span, r1, body[0]))
            )
        ):
            # a role that names its body keeps it over a body of a later clause ("Thường trực Ban Bí
            # thư, Đại biểu Quốc hội": the Secretariat, not the National Assembly; "Politburo member
            # and National Assembly Chairman")
            body = None
        if (
            role == "general_secretary"
            and org == "communist_party"
            and body is not None
            and body[2][0] == "other"
            and not borrowed
            and len(span[r1 : body[0]].split()) <= 3
            and not re.search(rf"[{RE_COMMAS}{RE_SEMICOLONS}]", span[r1 : body[0]])
            and not any(True for _ in pack.cue("conjunction").finditer(span, r1, body[0]))
        ):
            # "Secretary General of the Vietnam Farmers' Association" (Tổng Thư ký Hội Nông dân): a Secretary General
            # followed by a body of its own is that body's, not the Party's
            org, level = None, None
        if (
            body is not None
            and org == "other"
            and role in ("head", "deputy_head")
            and body[2][0] in _INSPECTED
            and tuple(rvals[2:3]) in ((), (None,), ("",))
        ):
            # "Deputy Chief Inspector of the Department of Industry and Trade", "نائب رئيس المفتشين في إدارة", "Phó Chánh
            # Thanh tra Sở Công Thương" (mt29fix): the chief inspector heads the inspectorate of the department (Thanh
            # tra Sở), a body outside the code list as the province's is (Chánh Thanh tra tỉnh: head/other), of the
            # department's level; the department only owns it
            level = body[2][1] if len(body[2]) > 1 and body[2][1] else None
            level = level or _owner_level(span, bodies, starts, body, pack)
            body = (body[0], body[1], ("other", *((level,) if level else ())))
        if body is not None and (org is None or body[2][0] not in (org, "other")):
            # (a role that names its body keeps it over an "other" body: the Minister of Public
            # Security is a minister of a ministry, not of the police)
            # a body written after a role that already names one (e.g. "party secretary of X")
            # refines it; otherwise the body is the organisation
            # (the level of a role row whose org is a stand-in, "الرئيس" the State President's other/central, is no
            # level of the body written after it: "الرئيس السابق لمجلس الشعب في مقاطعة جيا لاي", the council's)
            level = None if org == "other" else level
            org = body[2][0]
            level = body[2][1] if len(body[2]) > 1 and body[2][1] else level
            level = level or _owner_level(span, bodies, starts, body, pack)
            if borrowed and role in _PARTY_ROLES and org not in _PARTY_ORGS:
                # "Standing Deputy Secretary, Chairwoman of the People's Council": a secretary is
                # one of the party committee, not of the body the next post names
                org, level = "party_committee", None
        if (
            org is None
            and role in _PARTY_ROLES
            and not _any_body(bodies, starts, r1, limit)
            and not _opens_link(span[r1:limit], pack)  # "Secretary of the Youth Union": a body unread
        ):
            # "the two vice secretaries are A and B": a secretary named with no body at all is one of
            # the party committee the article is about
            org = "party_committee"
            if i + 1 < len(roles) and roles[i + 1][2][0] in _CHAIR_RANKS:
                gap = span[r1:limit]
                if re.fullmatch(rf"[\s{RE_COMMAS}]*", gap) or _only_conjunctions(gap, pack):
                    # "Bí thư, Chủ tịch huyện X" ("sekretarz i przewodniczący dystryktu X"): the secretary of
                    # the place whose chair the next role is, at its level
                    after = roles[i + 2][0] if i + 2 < len(roles) else len(span)
                    level = _place_level(span, roles[i + 1][1], after, pack)
        if org is None and role in _CHAIR_RANKS and not _any_body(bodies, starts, r1, limit):
            # "Chủ tịch huyện X" as machine translation writes it ("przewodniczący dystryktu X", "Chairman of X
            # district", "président de la province de X"): the chair of a place is the chair of its People's Committee
            level = _place_level(span, r1, limit, pack)
            org = "peoples_committee" if level is not None else None
        if (
            org is None
            and role == "chair"
            and i > 0
            and roles[i - 1][2][0] == "general_secretary"
            and tuple(roles[i - 1][2][1:2]) in ((), (None,), ("communist_party",))
            and not _any_body(bodies, starts, r1, limit)
            and _only_conjunctions(span[roles[i - 1][1] : r0], pack)
        ):
            # "El Secretario General y Presidente To Lam", "Le Secrétaire général et Président To Lam": the Party's
            # General Secretary and a president of no body, joined, is the State President too (as "General Secretary
            # and President", "Tổng Bí thư, Chủ tịch nước" read)
            role, org, level = "state_president", "other", "central"
        if org is None:
            continue
        segment = span[r0:limit]
        defaulted = False
        if level is None:
            level = _level(segment, pack)
            if level == "district" and _district_follows(segment, pack):
                level = "commune"
            if level is None:
                # a level word right before a role that names its body ("District Party Secretary A",
                # "Commune Party Deputy Secretary"): that body's level
                level = _level_before(span, r0, pack) if org == "party_committee" else None
            if level is None:
                level, defaulted = default_level, True
        if org == "other" and body is not None and _court(span, body, pack):
            # "président de la Cour suprême populaire", "Vorsitzender des Provinzvolksgerichts": a court (Tòa án) is
            # headed (Chánh án, its deputy Phó Chánh án), whatever chair word writes it (title_rules.tsv court rows)
            org = "court"
        elif org == "other" and body is not None and pack.cue("group").match_at(span, body[0]) is not None:
            # "رئيس فريق العمل ...", "Head of the Working Group ...": a group (Tổ công tác) is headed (Tổ trưởng), whatever
            # chair word writes it (title_rules.tsv group rows; mt32)
            org = "group"
        if level == "district":
            level = _ward(segment, pack) or level  # "Komitet Partii Dzielnicy Vinh Phuc": a ward's
        role, org, level = normalise(role, org, level)
        if org == "national_assembly_delegation" and level == "central":
            # a delegation to the National Assembly is a province's ("a deputy of the National Assembly delegation
            # of Quang Ninh"; "National" is no level of it)
            level, defaulted = "provincial", True
        # "former" anywhere in the role's clause before it: "a occupé autrefois le poste de président"
        at = bisect_right(clause_ends, r0)  # the last clause end before the role (found once per span)
        clause = clause_ends[at - 1] if at else 0
        if i > 0:
            clause = max(clause, roles[i - 1][1])
        former = bisect_right(former_at, r0) > bisect_left(former_at, min(r0 - 12, clause))
        # (to the end of a committee owned by a possessive body: "the National Assembly's Economic Committee")
        end = max(r1, body[1] if body else 0, committee[1] if committee is not None else 0)
        for m, _ in pack.levels.finditer(span, end, limit):
            if m.start() - end <= 2 or _former_place_gap(span[end : m.start()], pack):
                end = m.end()
        if role in _STANDING and body is not None:
            # "نائب رئيس اللجنة الشعبية الإقليمية الدائم": the standing deputy's word after the deputy's body
            for m, _ in pack.cue("standing_after").finditer(span, end, limit):
                if not span[end : m.start()].strip():
                    role, end = _STANDING[role], m.end()
                break
        former = former or _former_after(span, r1, end, limit, pack)
        # (or inside the role's own wording: "النائب السابق لأمين", the former deputy secretary)
        former = former or any(True for _ in pack.cue("former_after").finditer(span, r0, r1))
        linked = functools.partial(_link_word, pack=pack)
        # (a deputy of the National Assembly too: the province of its delegation, "Đại biểu Quốc hội tỉnh X")
        delegate = (role, org) == ("member", "national_assembly")
        # (written after a preposition and a level word: "z prowincji X", "por la provincia de X")
        if delegate:
            linked = functools.partial(_delegation_link, pack=pack)
        reach = 45 if delegate else 30
        after = next(iter(pack.cue("former").finditer(span, end, min(limit, end + 15))), None)
        if after is not None and not delegate:
            # "... of the former Binh Phuoc province", "des Provinzparteikomitees der ehemaligen Provinz Bac Lieu": the
            # place of a province merged away (2025), after a former word with links and a level word around it
            linked = functools.partial(_former_link, pack=pack)
            reach += after[0].end() - after[0].start() + 1
        place = (
            gazetteer.title_place(span, r0, end, limit, linked, reach)
            if level != "central" or delegate
            else None
        )
        if place is None and org == "department" and body is not None:
            # "directeur du Département des Finances de la province de Ha Tinh", "Department of Natural Resources and
            # Environment of Ha Tinh province", "dyrektor Departamentu Rolnictwa i Środowiska prowincji Ha Tinh": the
            # place after the department's name (no body wording of the pack) and a level word
            # (the name's own words only: no comma, no verb of the clause, 'Director of the Department of Industry and
            # Trade, visited Ha Tinh province', 'director del Departamento de Construcción visitó la provincia de Ha Tinh';
            # nor a charge's, 'Department of Transport in charge of Ha Tinh province projects')
            level_at = next(iter(pack.levels.finditer(span, end, min(limit, end + 60))), None)
            gap = span[end : level_at[0].start()] if level_at is not None else ""
            if (
                level_at is not None
                and not re.search(rf"[{RE_COMMAS}]", gap)
                and not any(
                    True
                    for kind in ("trip", "acts_on", "singular_verb", "attend", "in_charge")
                    for _ in pack.cue(kind).finditer(gap)
                )
                and _ministry_name(gap, pack)
            ):
                place = gazetteer.title_place(span, r0, level_at[0].end(), limit, linked, reach)
        city = False
        if (
            level == "provincial"
            # (the board; not the zone's party committee, which is no province's: review23)
            and org == "other"
            and place is not None
            and gazetteer.is_district(place)
            and _zone_named(span, r0, min(limit, end + reach), pack)
        ):
            # "Head of the Management Board of Nghi Son Economic Zone", "رئيس مجلس إدارة المنطقة الاقتصادية نغي سون",
            # "kierownik Zarządu Strefy Ekonomicznej Nghi Son" (mt30): the district names the zone; the board that
            # manages it is the province's (Ban Quản lý Khu kinh tế tỉnh), placed as the province
            place = None
        if level == "provincial" and place is not None and gazetteer.is_district(place):
            level = "district"  # "the Vinh City Party Committee": a city that is a district of its province
        elif (
            level == "provincial"
            and place is not None
            and _city_level(segment, pack)
            and gazetteer.lookup(place) is not None
            and not gazetteer.is_central_city(place)
        ):
            level, city = (
                "district",
                True,
            )  # "the Bac Ninh City Party Committee": the province's city of its name
        if (
            level == "commune"
            and place is not None
            and _town_level(segment, pack)
            and gazetteer.is_town(place)
        ):
            # ar 'أمين لجنة الحزب في بلدة آن نهون' (thị xã An Nhơn): 'بلدة', a commune's word, names a district-level
            # town too ('ببلدة تران فان' a commune); a town the gazetteer knows is a district (mt24ar-03, mt26ar-05)
            level = "district"
        if level == "provincial" and place is None and _unknown_city(segment, pack):
            # "président du Comité populaire de la ville de Cua Lo", "Chairman of Cua Lo Town": a city the gazetteer
            # lacks is no province (it knows them all) but a town of its province merged away since (Cửa Lò into
            # Vinh, 2024), as a city it knows is a district ("the Vinh City Party Committee")
            level = "district"
        if level == "provincial" and place is None and not defaulted and _city_level(segment, pack):
            # "Secretary of the City Party Committee, Chairman of the People's Council of Dong Hoi City": a city
            # named by no place is the article's province only by default (a district city in the chain decides)
            defaulted = True
        if defaulted and org == "other" and place is None and _national(span, r0, body, limit):
            # "President of the Vietnam Farmers' Association": the national body (the country may be the role's own
            # word: "przewodniczący Wietnamskiego", "sekretarz generalny Wietnamskiego")
            level = "central"
        if level == "central" and _foreign(span, r0, end, pack):
            # "a deputy of the National Assembly of Laos", "Thủ tướng Lào": another country's office, of no body of
            # the code list (as the Lao Front's vice-president is other/central)
            org, place, foreign = "other", None, True
        else:
            # "Chairman of the Hua Phan Provincial People's Council (Laos)", "نائب أمين لجنة الحزب في مقاطعة بوليكامساي
            # اللاوية": a foreign province's body, its post of no Vietnamese province (u-en-0009's gold: the Lao posts)
            # ... or one after a foreign office in the same chain ("member of the Central Committee of the Lao People's
            # Revolutionary Party, Secretary of Xieng Khouang Provincial Party Committee")
            foreign = (
                level in ("provincial", "district")
                and place is None
                and (_foreign(span, r0, end, pack, local=True) or _after_foreign(span, r0, titles))
            )
        if org not in _central() and _no_level(span, r0, end, limit, pack):
            # "Deputy Commander of Military Region 1", "zastępca dowódcy 1. Regionu Wojskowego", "نائب قائد المنطقة
            # العسكرية الأولى", "the Party Committee of Military Region 2": a military region (Quân khu) spans several
            # provinces under the centre, a body of no level of the code list and of no province (dev pl-013, silver
            # u-es-0012)
            level, defaulted, place = None, False, None
            # ('national' only of the university's own name: the body is the no_level cue's, no body right after it;
            # not "Chairman of the National University Council", "of the National Veterans Association of Military
            # Region 4")
            named = body is not None and not any(body[1] <= b[0] <= body[1] + 1 for b in every)
            named = named and any(a < body[1] and body[0] < b for a, b in _no_level_spans(span, pack))
            if org == "other" and not any(
                grammar_features(w, pack) - {"link", "filler", *(("national",) if named else ())}
                for w in re.findall(r"[^\W\d_]+", span[r1 : body[0] if body else r1])
            ):
                # "President of Hong Duc University", "président de l'Université", "Präsident der Universität": the MT's
                # word for the rector (Hiệu trưởng), head as 'Rector of' (d51e3d53), its deputy deputy_head (not the
                # chair of a body of it: "Chairman of the Council of Hong Duc University"; the university's own
                # adjective stays its name's: "Vice President of Vietnam National University", a vice rector)
                role = _RECTOR.get(role, role)
        if _aide_before(span, r0, pack):
            # "Assistant to the General Secretary", "Trợ lý Bí thư Tỉnh ủy", "مساعد الأمين العام": the assistant holds
            # no post of the leader's rank, another post of the leader's body (as "Trợ lý Thủ tướng": other/government)
            role = "other"
        # the State (Vice) President a bare role gives ("la vice-présidente A", "el vicepresidente A", "die
        # Vizepräsidentin A", "Vice President A", "wiceprezydent A", "le président A", "President A", "prezydent A":
        # the wording's own other/central, no body; not a former one, 'l'ancienne vice-présidente A', 'była
        # wiceprezydent A' of a congress's guests): kg.extract drops it for the chair of a local body's meeting
        bare = (
            role in ("vice_chair", "state_president")
            and (org, level) == ("other", "central")
            and tuple(rvals[1:3]) == ("other", "central")
            and body is None
            and not foreign
            and not former
            and re.search(r"(?:^|\s)(?:(?:vice|vize|wice)[- ]?)?pr[ae]\w*$", span[r0:r1]) is not None
        )
        titles.append(
            Title(
                role,
                org,
                level,
                r0,
                end,
                former,
                defaulted and level != "central",
                place,
                foreign,
                city,
                bare,
            )
        )
    for k, title in enumerate(titles[:-1]):
        if title.start in repeats:
            after = titles[k + 1]
            titles[k] = replace(
                title,
                org=after.org,
                level=after.level,
                place=after.place,
                default_level=after.default_level,
                city=after.city,
                foreign=after.foreign,
            )
    return titles


def bare_committee_post(after: str, role: str, pack: Pack) -> bool:
    """Does ``after`` (a name's title span) hold ``role`` (a chair's word reads as a head's: "Chairwoman of the Culture
    Committee") of a committee the grammar reads no name of, and no other role or body: the role, then words up to
    the end of the span or a separator, with a committee of no name ("of the Economic and Budget Committee") or no
    body at all (vi "Trưởng Ban Kinh tế - Ngân sách")?"""
    roles = find_roles(after, pack)
    if len(roles) != 1 or _GENERIC_ROLES.get(roles[0][2][0], roles[0][2][0]) != role:
        return False
    rest = after[roles[0][1] :]
    clause = re.split(rf"[{RE_COMMAS}{RE_SEMICOLONS}]", rest)[0]
    bodies = find_bodies(rest, pack, unnamed=True)
    if any(v[0] not in (GENERIC, UNNAMED) for _, _, v in bodies):
        return False
    return bool(bodies and bodies[0][0] < len(clause)) or (
        not bodies and len(re.findall(r"\w+", clause)) >= 3
    )


def _no_level_spans(span: str, pack: Pack) -> list[tuple[int, int]]:
    """Where ``no_level`` cues (a university, a military region) stand in ``span``."""
    return [m.span() for m, _ in pack.cue("no_level").finditer(span)]


# a university's chair or president is its rector (head), a vice chair its vice rector (titles._read_titles)
_RECTOR = {"chair": "head", "state_president": "head", "vice_chair": "deputy_head"}


def _no_level(span: str, r1: int, end: int, limit: int, pack: Pack) -> bool:
    """Does a ``no_level`` cue (a military region, a university) stand in the title's own body phrase: from its role
    on (``r1``; a role's wording may hold it: ar 'رئيس جامعة', a university's rector), inside the title's wording (which
    ends at ``end``) or right after it (short link words or a number between: "of the", "1."), before the next role and
    before any separator? (Not a body of another clause: "giữ chức Bí thư Tỉnh ủy Cà Mau và chỉ định tham gia Đảng ủy
    Quân khu 9".)"""
    for m, _ in pack.cue("no_level").finditer(span, r1, limit):
        if re.search(rf"[{RE_COMMAS}{RE_SEMICOLONS}]", span[r1 : m.start()]):
            return False
        gap = re.findall(r"\w+", span[end : m.start()]) if m.start() > end else []
        return len(gap) <= 2 and all(len(w) <= 3 or w.isdigit() for w in gap)
    return False


def _aide_before(span: str, r0: int, pack: Pack) -> bool:
    """Does an ``aide`` cue stand right before a role (at most two short words between, "to the", "del", no
    separator)? (When the leader's name follows, "Trợ lý Tổng Bí thư Tô Lâm", the engine gives the leader the role
    back: kg.extract._aide_titles.)"""
    for m, _ in pack.cue("aide").finditer(span, max(0, r0 - 30), r0):
        gap = span[m.end() : r0]
        words = re.findall(r"[^\W\d_]+", gap)
        if len(words) <= 2 and all(len(w) <= 3 for w in words) and not re.search(r"[^\w\s'’]", gap):
            return True
    return False


def _after_foreign(span: str, r0: int, titles: list[Title]) -> bool:
    """Is the title at ``r0`` the next of a chain after a foreign office: the title before it foreign, then its body's
    words and a comma ("member of the Central Committee of the Lao People's Revolutionary Party, Secretary of ...")?"""
    if not titles or not titles[-1].foreign:
        return False
    gap = span[titles[-1].end : r0]
    return (
        re.search(rf"[{RE_COMMAS}]\s*$", gap) is not None
        and not re.search(rf"[{RE_SEMICOLONS}:]", gap)
        and len(gap.split()) <= 8
    )


def _foreign(span: str, r0: int, end: int, pack: Pack, local: bool = False) -> bool:
    """Does a ``foreign`` cue (a country or its adjective: "Laos", "Lào", "français", "Lao") stand right after a
    title (short linking words between, no comma: "of Laos", "du Laos", "von Laos") or right before its role ("Lao Prime
    Minister")? (``local``: a local body's title that wrote no place the gazetteer reads, whose place's words may stand
    between: "في مقاطعة بوليكامساي اللاوية", in Bolikhamxay province of Laos.)"""
    for m, _ in pack.cue("foreign").finditer(span, end, min(len(span), end + 40)):
        gap = span[end : m.start()]
        words = re.findall(r"[^\W\d_]+", gap)
        if not re.search(rf"[{RE_COMMAS}{RE_SEMICOLONS}]", gap) and (
            all(len(w) <= 3 for w in words)
            # (a local title's own place between: a level's noun among the words, no verb of the clause, "في مقاطعة
            # بوليكامساي اللاوية"; not "Chairman of the Provincial People's Committee received the Lao delegation")
            or (
                local
                and len(words) <= 4
                and any(True for _ in pack.levels.finditer(gap))
                and not any(
                    True for kind in ("acts_on", "hold", "attend") for _ in pack.cue(kind).finditer(gap)
                )
            )
        ):
            return True
    return any(
        not span[m.end() : r0].strip() for m, _ in pack.cue("foreign").finditer(span, max(0, r0 - 16), r0)
    )


# a deputy's role and its standing one (a ``standing_after`` cue after the deputy's body)
_STANDING = {"vice_chair": "standing_vice_chair", "deputy_secretary": "standing_deputy_secretary"}


# the country's name in the folded pack languages ("Vietnam", "Viet Nam", "wietnamskich", "vietnamesischen",
# "الفيتنامي"): a body outside the code list named with it is the national one
_COUNTRY = re.compile(r"(?<!\w)(?:viet ?nam|wietnam|فيتنام|الفيتنامي)\w*")


def _national(span: str, r0: int, body, limit: int) -> bool:
    """Does the country's name stand in the role's wording, between it and the body, or in the body's clause after it
    ("Vietnam Farmers' Association", "Związek Kobiet Wietnamskich", "l'Association des agriculteurs du
    Vietnam")?"""
    if body is None:
        return False
    clause = re.search(rf"[{RE_COMMAS}{RE_SEMICOLONS}]", span[body[1] : limit])
    end = body[1] + clause.start() if clause else limit
    return _COUNTRY.search(span, r0, end) is not None


def _court(span: str, body, pack: Pack) -> bool:
    """Is ``body`` (a body outside the code list) a court: a word of it the grammar reads as one ("Tribunal", "Cour",
    "Volksgerichtshofs", "Sądu", "محكمة")?"""
    return any("court" in grammar_features(w, pack) for w in re.findall(r"\w+", span[body[0] : body[1]]))


def _executive_of(part, whole, span: str, pack: Pack) -> bool:
    """Is ``part`` an executive committee that no party word names (read as a party committee:
    "Executive Committee", "Komitet Wykonawczy") and ``whole`` a body outside the code list, a mass
    organisation whose executive committee it is, not the party's?"""
    if part[2][0] != "party_committee" or whole[2][0] != "other":
        return False
    return not any("party" in grammar_features(w, pack) for w in re.findall(r"\w+", span[part[0] : part[1]]))


def _owner_level(
    span: str, bodies, starts: list[int], body, pack: Pack | None = None, depth: int = 0
) -> str | None:
    """The level of the body a body of no level belongs to, written right after it ("la Commission
    d'organisation du Comité central", "der Organisationskommission des Zentralkomitees"); not a body
    after a conjunction, another post's ("Secretary of the Gia Lai Party Committee and member of the
    Politburo")."""
    at = bisect_left(starts, body[1])
    # the body's own name may stand between ("Wydziału Samorządu Lokalnego w Ministerstwie")
    gap = span[body[1] : bodies[at][0]] if at < len(bodies) else ""
    # ... or in brackets ("إدارة الاقتصاد والاستثمار في البناء (وزارة البناء)")
    if at >= len(bodies) or not re.fullmatch(r"\s*(?:[^\W\d_]+\s+){0,4}\w{0,4}\s*\(?", gap):
        return None
    # (a conjunction in the body's own name is no other post's: "the Division of Planning and Finance of the Ministry
    # of Health"; one before a role is, "and member of the", as one that joins two bodies: "and the")
    if (
        pack is not None
        and any(w in pack.cue("conjunction").entries for w in gap.split())
        and (find_roles(gap, pack) or len(gap.split()) < 3)
    ):
        return None
    if pack is not None and _glued_role(gap, pack):
        # (or glued to the role, Arabic و: "أمين لجنة الحزب في مقاطعة جيا لاي وعضو اللجنة المركزية للحزب", the Gia Lai
        # party secretary and a member of the Central Committee)
        return None
    owner = bodies[at][2]
    if len(owner) > 1 and owner[1]:
        return owner[1]
    if owner[0] == "party_committee" and depth < 1:
        # (the owner's own owner, when it writes no level either: "the Standing Committee of the Party Committee of the
        # National Assembly", a standing committee of a central body's party committee, is central)
        return _owner_level(span, bodies, starts, bodies[at], pack, depth + 1)
    return None


def _glued_role(gap: str, pack: Pack) -> bool:
    """Does a word of ``gap`` open with a conjunction written as a clitic (Arabic و, a ``conjunction`` cue format.tsv also
    gives as a ``prefix``) glued to a role ("وعضو", and member)?"""
    glued = [c for c in pack.cue("conjunction").entries if c in pack.prefixes]
    return any(
        w.startswith(c) and any(r0 == 0 for r0, _, _ in find_roles(w[len(c) :], pack))
        for w in gap.split()
        for c in glued
    )


def _former_after(span: str, r1: int, end: int, limit: int, pack: Pack) -> bool:
    """Is a ``former_after`` cue written after the role ending at ``r1``, right after it or after the
    title's words ("الأمين السابق للجنة", "نائب وزير النقل السابق"), before any separator and the
    next role, and not after a level word and a place (a former place: "لمنطقة دا باك السابقة")?"""
    for m, _ in pack.cue("former_after").finditer(span, r1, min(limit, end + 25)):
        gap = span[r1 : m.start()]
        if re.search(rf"[{RE_CLAUSE_ENDS}{RE_COMMAS}]", gap):
            return False
        # right after the title's words ("أمين لجنة الحزب الإقليمية السابق"), or with no level word
        return not span[end : m.start()].strip() or not any(True for _ in pack.levels.finditer(gap))
    return False


def _delegation_link(gap: str, pack: Pack) -> bool:
    """Is ``gap``, between a National Assembly deputy's title and a place, what links the province the deputy is
    elected in: up to four words, each a short word or a level word, no punctuation ("from", "z prowincji", "por
    la provincia de", "khóa XV tỉnh")?"""
    rest = gap
    for m, _ in pack.levels.finditer(gap):
        rest = rest[: m.start()] + " #" + " " * (m.end() - m.start() - 2) + rest[m.end() :]
    words = rest.split()
    return len(words) <= 4 and all(w == "#" or re.fullmatch(r"[^\W\d_]{1,4}", w) for w in words)


def _former_place_gap(gap: str, pack: Pack) -> bool:
    """Is ``gap``, between a title's body and a place or level word after it, a former word (a ``former`` cue) with at
    most three short link words ("der ehemaligen ", "de la antigua ", "of the former ", "bylej ") and level words
    around it: the place is the title's, a province merged away since ("der ehemaligen Provinz Bac Lieu")?

    >>> from kg.lang import load_pack
    >>> de = load_pack("de")
    >>> _former_place_gap(" der ehemaligen ", de), _former_place_gap(" der ", de), _former_place_gap(" der neuen ", de)
    (True, False, False)
    """
    cues = [m for m, _ in pack.cue("former").finditer(gap)]
    if len(cues) != 1:
        return False
    rest = gap[: cues[0].start()] + " " + gap[cues[0].end() :]
    for m, _ in pack.levels.finditer(rest):
        rest = rest[: m.start()] + " " * (m.end() - m.start()) + rest[m.end() :]
    words = rest.split()
    return len(words) <= 3 and all(len(w) <= 4 and not any(c.isdigit() for c in w) for w in words)


def _former_link(gap: str, pack: Pack) -> bool:
    """A title's link word ("von", "of": :func:`_link_word`), or a former word with its links (:func:`_former_place_gap`)."""
    return _link_word(gap, pack) or _former_place_gap(gap, pack)


def _link_word(gap: str, pack: Pack) -> bool:
    """Is ``gap`` one word the title grammar reads as a link ("von", "de", "of")?"""
    word = re.fullmatch(r"\s*([^\W\d_]{1,4})\s+", gap)
    return word is not None and "link" in grammar_features(word.group(1), pack)


GENERIC = "commission"  # a committee, commission or board the grammar reads without a name
_POSSESSIVE = ("'s ", "’s ")  # "the National Assembly's", "the Provincial Party Committee’s"
_POSSESSIVE_END = ("'s", "’s")  # (glued to a body the grammar composed: "the provincial people's council's")
_GENERIC_ROLES = {"chair": "head", "vice_chair": "deputy_head", "standing_vice_chair": "deputy_head"}
_OFFICE_ROLES = {"director": "head", "deputy_director": "deputy_head"}  # of a body no owner is read of
_PARTY_OWNERS = frozenset({"party_committee", "central_committee", "party_standing_committee"})
_STATE_OWNERS = frozenset({"national_assembly", "peoples_council"})
_OTHER_OWNERS = frozenset({"ministry", "department", "government"})  # their committees are no GOLD body
# bodies that are a committee of the body written after them when it is one of these
_OWNED_BY = {
    "party_commission": _STATE_OWNERS,
    "department": _STATE_OWNERS | _PARTY_OWNERS,
}


def _committee_of(span: str, unnamed, r1: int, limit: int, body):
    """The committee with no name read (an ``UNNAMED`` body) a title names, when ``body`` is the body
    it belongs to: written between the role and the body ("Chairman of the Economic Committee of the
    National Assembly", "رئيس لجنة العلوم ... في الجمعية الوطنية") or after the body and its
    possessive ("... of the National Assembly's Social Affairs Committee"); with no separator between."""
    for u in unnamed:
        if r1 <= u[0] and u[1] <= body[0]:
            # the committee's name may stand before it ("the Economic Committee"), not a clause; a comma inside a name
            # written after it ("Chủ nhiệm Ủy ban Văn hóa, Giáo dục của Quốc hội"), a short one, no role after it
            if (
                not re.search(rf"[{RE_COMMAS}{RE_SEMICOLONS}]", span[r1 : u[1]])
                and not re.search(rf"[{RE_SEMICOLONS}]", span[u[1] : body[0]])
                and len(re.findall(rf"[{RE_COMMAS}]", span[u[1] : body[0]])) <= 1
                and (
                    not re.search(rf"[{RE_COMMAS}]", span[u[1] : body[0]])
                    or len(span[u[1] : body[0]].split()) <= 8
                )
                and len(span[r1 : u[0]].split()) <= 5
            ):
                return u
        elif body[1] <= u[0] < limit and (
            span.startswith(_POSSESSIVE, body[1]) or span.endswith(_POSSESSIVE_END, 0, body[1])
        ):
            gap = span[body[1] : u[0]]
            if not re.search(rf"[{RE_COMMAS}{RE_SEMICOLONS}]", gap) and len(gap.split()) <= 5:
                return u
    return None


def _of_congress(gap: str, pack: Pack) -> bool:
    """Does ``gap``, between a commission the grammar reads no name of and the body written after it, name a
    congress (a ``congress`` cue: "Zjazdu", "المؤتمر الوطني") with no separator: the commission is the
    congress's ("Podkomisji Personalnej XIV Zjazdu Partii"), not that body's?"""
    if re.search(rf"[{RE_COMMAS}{RE_SEMICOLONS}]", gap) or len(re.findall(r"[^\W\d_]+", gap)) > 6:
        return False
    return next(iter(pack.cue("congress").finditer(gap)), None) is not None


_ORDINAL_WORD = re.compile(r"\d+\S*|[ivx]+")  # "1st", "1.", "I" (folded): an ordinal before a noun


def _event_organiser(span: str, body, limit: int, pack: Pack) -> bool:
    """Is ``body`` an organising committee (a word of the grammar's ``organisation`` topic) of the event an ``event``
    cue names right after it ("of the 1st Patriotic Emulation Congress", "du festival", "للمؤتمر", "I Kongresu",
    "des ...kongresses")? Up to six words, no separator between, opened by a link or filler word of the grammar unless
    the event is glued to the body (an Arabic clitic) or only an ordinal stands between; a word names the event when it
    ends with an event's word or holds an event's stem (``kongress*``: "nachahmungskongresses")."""
    if not any("organisation" in grammar_features(w, pack) for w in span[body[0] : body[1]].split()):
        return False
    window = span[body[1] : limit]
    cut = re.search(rf"[{RE_COMMAS}{RE_SEMICOLONS}]|\.(?!\S)(?<!\d\.)", window)
    words = (window[: cut.start()] if cut else window).split()[:7]
    events = pack.cue("event").entries
    for n, word in enumerate(words):
        if any(e[:-1] in word if e.endswith("*") else word.endswith(e) for e in events):
            before = words[:n]
            # (not a preposition of place, where the commission's head speaks: "رئيس لجنة التنظيم المركزية في المؤتمر",
            # "Head of the Central Organization Commission in the conference")
            # (nor after the commission's owner: "der Organisationskommission des Provinzparteikomitees Nghe An in der
            # Konferenz")
            if find_bodies(" ".join(before), pack):
                return False
            return all(_ORDINAL_WORD.fullmatch(w) for w in before) or bool(
                grammar_features(before[0], pack) & {"link", "filler"}
                and before[0] not in pack.cue("locative")
            )
    return False


def _department_of(body, owner, gap: str) -> bool:
    """Is ``body`` a bare department (a Sở's word, no level: "Department", "Abteilung", "Departamentu") whose name
    (``gap``: up to five words, no separator) runs on to ``owner``, a body of a level that is of org other (the
    police) or an inspection commission ("Abteilung für Wirtschaftssicherheit der Polizei der Provinz Dong Nai",
    "Departamentu Lokalnego V Agencji Centralnej Komisji Kontroli"), or of org other of no level (an army: "Division
    9 of Military Region 7")?"""
    return (
        body[2] == ("department",)
        and owner[2][0] in ("other", "inspection_commission")
        and (len(owner[2]) > 1 or owner[2][0] == "other")
        and not re.search(rf"[{RE_COMMAS}{RE_SEMICOLONS}]", gap)
        and len(re.findall(r"[^\W\d_]+", gap)) <= 5
    )


def _owns(gap: str) -> bool:
    """Does ``gap`` join a body to the body written after it: a link word or the rest of the first
    body's name ("Comisión de Economía y Presupuesto del"), no separator?"""
    return not re.search(rf"[{RE_COMMAS}{RE_SEMICOLONS}]", gap) and len(re.findall(r"[^\W\d_]+", gap)) <= 4


def _owned(role: str, owner, committee) -> tuple[str, tuple]:
    """A post of a committee (``committee``) of ``owner``, as GOLD records it: of the owner, led by
    a head ("Chairwoman of the Economic and Budget Committee of the People's Council" is head of the
    People's Council); a party committee's committee is a party commission; a committee of the
    Fatherland Front or of the Party is the Front or the party committee itself."""
    org = owner[2][0]
    level = owner[2][1:]
    if committee[2][0] == DELEGATION:
        # "the delegation of Tuyen Quang province to the National Assembly"; another body's delegation
        # (a working delegation) is no body of the code list
        code = "national_assembly_delegation" if org == "national_assembly" else "other"
        return role, (owner[0], owner[1], (code, *(committee[2][1:] if code != "other" else level)))
    if committee[2][0] == OFFICE:
        # "Chief of the Office of the Thanh Hoa Provincial Party Committee" (Chánh Văn phòng Tỉnh ủy): the
        # party office; the office of any other body (a People's Committee's) is no body of the code list
        code = "party_office" if org in _PARTY_OWNERS else "other"
        level = ("central",) if org == "central_committee" else level
        return _GENERIC_ROLES.get(role, role), (owner[0], owner[1], (code, *level))
    if org == "fatherland_front":
        return role, owner
    if org == "communist_party":
        return role, (owner[0], owner[1], ("party_committee", *committee[2][1:]))
    if org in _PARTY_OWNERS:
        if role in _PARTY_ROLES:
            return role, owner
        return _GENERIC_ROLES.get(role, role), (owner[0], owner[1], ("party_commission", *level))
    if org in _OTHER_OWNERS:
        return _GENERIC_ROLES.get(role, role), (owner[0], owner[1], ("other", *level))
    if org == "inspection_commission":
        # "przewodniczącego Komisji Kontroli Prowincjonalnego Komitetu Partii" (the commission's words read as
        # the committee's, "Kontroli ..." the owner): an inspection commission is chaired (Chủ nhiệm), its
        # leader keeps the role as written
        return role, owner
    return _GENERIC_ROLES.get(role, role), owner


_PARTY_ROLES = frozenset({"secretary", "deputy_secretary", "standing_deputy_secretary"})
# the bodies an inspectorate belongs to, whose chief inspector heads it, not them (Chánh Thanh tra Sở, Bộ)
_INSPECTED = frozenset({"department", "ministry"})
# the bodies whose Secretary General heads their office too (Tổng Thư ký Quốc hội, Chủ nhiệm Văn phòng Quốc hội)
_SECRETARY_GENERAL_OF = ("national_assembly", "fatherland_front")


def _office_owner(span: str, r1: int, limit: int, after: int, bodies, starts: list[int], pack: Pack):
    """The (org, level) of the assembly or front a bare Secretary General ending at ``r1`` serves, when only a
    conjunction or a comma parts it from the next role (``limit``, ending at ``after``) and that role's body is that
    assembly or front, or its office ("head of the Office of the National Assembly", "Leiter des Büros der
    Nationalversammlung": the body read inside the office's wording); None else."""
    gap = span[r1:limit]
    if not (re.fullmatch(rf"[\s{RE_COMMAS}]*", gap) or _only_conjunctions(gap, pack)):
        return None
    body = _first_body(bodies, bisect_left(starts, limit), len(span) + 1, after)
    if body is None:
        return None
    inner = [body[2]] + [v for m, v in pack.bodies.finditer(span, body[0] + 1, body[1])]
    found = next((v for v in inner if v[0] in _SECRETARY_GENERAL_OF), None)
    if found is None:
        return None
    return found[0], (found[1] if len(found) > 1 and found[1] else "central")


_PARTY_ORGS = frozenset(
    {"party_committee", "party_standing_committee", "central_committee", "communist_party"}
)


def _inside_body(bodies, starts: list[int], start: int, end: int) -> bool:
    """Is the wording [start, end) inside a body wording?"""
    at = bisect_right(starts, start) - 1
    return at >= 0 and start < bodies[at][1] and end <= bodies[at][1]


def _president_of(gap: str, pack: Pack) -> str | None:
    """The post of a President ("الرئيس", "prezydent") whose body, one outside the code list, follows after ``gap``:
    ``chair`` when only link and filler words of the title grammar (``_joined``) or a former word stand between, the
    body's own ("prezydent Generalnej Konfederacji Pracy", "الرئيس السابق للاتحاد العام"); ``head`` when a committee,
    council or board the grammar reads no name of stands between too, as "رئيس مجلس إدارة ..." (no article) reads
    ("الرئيس السابق لمجلس إدارة المنطقة الاقتصادية", the former head of the Economic Zone's management board: Trưởng
    ban); None when anything else does (the State President's post stays).

    >>> from kg.lang import load_pack
    >>> ar = load_pack("ar")
    >>> _president_of(" السابق لمجلس ", ar), _president_of(" السابق ل", ar), _president_of(" ", ar)
    ('head', 'chair', 'chair')
    >>> _president_of(" يزور مجلس ", ar) is None
    True
    """
    for kind in ("former", "former_after"):
        for m, _ in pack.cue(kind).finditer(gap):
            gap = gap[: m.start()] + " " * (m.end() - m.start()) + gap[m.end() :]
    words = gap.split()
    if words and words[-1] in pack.prefixes:  # (a clitic glued to the body: "ل" of "لإدارة")
        words = words[:-1]
    if _joined(" ".join(words), pack):
        return "chair"
    boards = [w for w in words if grammar_features(w, pack) & {"committee", "council", "board"}]
    rest = [w for w in words if w not in boards]
    if (
        len(boards) == 1
        and len(words) <= 3
        and all(grammar_features(w, pack) & {"link", "filler"} for w in rest)
    ):
        return "head"
    return None


def _joined(gap: str, pack: Pack) -> bool:
    """Is ``gap`` empty or only link and filler words of the title grammar (" of the ", " ",
    " wietnamskiej ")?"""
    words = gap.split()
    if len(words) > 3 or not re.fullmatch(r"[^\W\d_\s]*(?:\s+[^\W\d_]+)*\s*", gap.strip()):
        return False
    return all(grammar_features(w, pack) & {"link", "filler"} for w in words)


def _opens_link(text: str, pack: Pack) -> bool:
    """Does ``text`` open with a link word of the title grammar ("of") that no place follows ("of
    Thai Nguyen")?"""
    first = re.match(r"\s*([^\W\d_]+)", text)
    if first is None or "link" not in grammar_features(first.group(1), pack):
        return False
    return gazetteer.place_end(text[first.end() : first.end() + 40], 2) is None


def _any_body(bodies, starts: list[int], start: int, before: int) -> bool:
    """Is a body written between ``start`` and ``before``?"""
    at = bisect_left(starts, start)
    return at < len(bodies) and bodies[at][0] < before


def _past_its_clause(span: str, r1: int, b0: int, clause_ends: list[int], pack: Pack) -> int | None:
    """Where the clause a title closed ends, when a body is written after it: the role went on with words of its own
    (a level, a place) up to a comma, and a word of a script without case that is no title's link word opens what
    follows the comma ("A، رئيس منطقة كي آنه، وقعوا في مشاكل ... في إدارة الأراضي": the district's chair, not a
    department's director; "A، أمين الحزب الإقليمي، انتخاب هيئة الرئاسة وأمانة المؤتمر": the congress's secretariat is
    no post of his). Not in a cased script, where the text is folded ("Vụ trưởng Vụ Địa phương V, Cơ quan UB Kiểm tra
    Trung ương": the commission's department)."""
    at = bisect_right(clause_ends, r1)
    if (
        at == len(clause_ends)
        or clause_ends[at] > b0
        or not re.match(rf"[{RE_COMMAS}]", span[clause_ends[at] - 1])
    ):
        return None
    comma = clause_ends[at]
    if not re.search(r"[^\W\d_]", span[r1 : comma - 1]):
        return None  # ("مدير، إدارة ...": the role alone before the comma)
    return comma - 1 if _uncased_word(span[comma:b0], pack) else None


def _first_body(bodies, lo: int, before: int, ending_after: int):
    """The first body from index ``lo`` on that starts before ``before`` and ends after ``ending_after``."""
    for k in range(lo, len(bodies)):
        if bodies[k][0] >= before:
            return None
        if bodies[k][1] > ending_after:
            return bodies[k]
    return None


_CHAIR_RANKS = frozenset({"chair", "vice_chair", "standing_vice_chair"})


def _place_level(span: str, r1: int, limit: int, pack: Pack) -> str | None:
    """The level of the place a chair's role ending at ``r1`` is written of, in its clause: a level word, link
    and filler words and the place's name (Latin script) alone, nothing else ("of quang tri province", " dystryktu
    con co", " du district de huong hoa"), or None."""
    stop = re.search(rf"[{RE_CLAUSE_ENDS}{RE_COMMAS}{RE_SEMICOLONS}()]", span[r1:limit])
    clause = span[r1 : r1 + stop.start() if stop else limit]
    if stop is None:
        # (the conjunction that joins the next role ends the clause: "Chairman of Long Thanh district and Vice
        # Chairman of the PPC", "Vorsitzender des Bezirks Long Thanh und stellvertretender Vorsitzender des ...")
        joins = [m for m, _ in pack.cue("conjunction").finditer(clause) if not clause[m.end() :].strip()]
        if joins:
            clause = clause[: joins[-1].start()]
    found = next(iter(pack.levels.finditer(clause)), None)
    if found is None:
        return None
    rest = clause[: found[0].start()] + " " + clause[found[0].end() :]
    for a, b, _ in sorted(gazetteer.find_places(rest), reverse=True):
        rest = rest[:a] + " " + rest[b:]
    # (a place the gazetteer lacks, a commune: one to three Vietnamese syllables, "przewodniczący gminy Tan Lap")
    # (not in Vietnamese, every word of which is a syllable: "Chủ tịch Hội Nhà báo tỉnh X" chairs an association)
    words = [w for w in rest.split() if not grammar_features(w, pack) & {"link", "filler"}]
    if 2 <= len(words) <= 4 and not rest.isascii() and gazetteer.read_place(words):
        # (a place in another script, its words all of it: "نائب رئيس منطقة لونغ ثانه، ورئيس ...", the vice chair of
        # Long Thanh district; not "رئيس منطقة كي آنه نجوين فان بونغ", the place and the holder's name)
        return found[1][0]
    if words and (pack.code == "vi" or not (len(words) <= 3 and all(_syllable(w) for w in words))):
        return None
    return found[1][0]


def _zone_named(span: str, start: int, stop: int, pack: Pack) -> bool:
    """Does the title from ``start`` (up to ``stop``, the reach of its place) name an economic or industrial zone (a
    ``zone`` cue: "of Nghi Son Economic Zone", "de la Zona Económica de Nghi Son", "المنطقة الاقتصادية نغي سون"), so that
    a district written with it is the zone's name, not its board's place?

    >>> from kg.lang import load_pack
    >>> en = load_pack("en")
    >>> _zone_named("head of the management board of nghi son economic zone", 0, 55, en)
    True
    >>> _zone_named("chairman of the people's committee of nghi son town", 0, 51, en)
    False
    """
    return any(True for _ in pack.cue("zone").finditer(span, start, stop))


def _syllable(word: str) -> bool:
    """Is ``word`` a Vietnamese syllable in Latin letters? (Not in another script, where the words after a level word
    run on into the holder's name: "رئيس منطقة كي آنه نجوين فان بونغ", silver mt4 u-mt4ar-04.)"""
    from kg.extract.names import reader_for, syllables

    return reader_for(word) is None and word in syllables()


def _level(segment: str, pack: Pack) -> str | None:
    for _, values in pack.levels.finditer(segment):
        return values[0]
    return None


def _ward(segment: str, pack: Pack) -> str | None:
    """The level the first level word of ``segment`` gives when it is one the MT writes for a ward too
    (:func:`_ward_level`), else None."""
    for m, values in pack.levels.finditer(segment):
        return _ward_level(segment, m.end(), values[0]) if "ward" in values[1:] else None
    return None


def _ward_level(segment: str, end: int, level: str) -> str:
    """The level of a level word the MT writes for an urban district and a ward alike (``levels.tsv``: a third column
    ``ward``, pl "dzielnica"): a district's when the place right after it is a district ("Komitetu Ludowego Dzielnicy
    Ba Dinh") or no place is written, a commune's (a ward) when it is a province's name ("Komitet Partii Dzielnicy Vinh
    Phuc", the ward of 2025) or Vietnamese syllables the gazetteer lacks ("Dzielnicy Ben Thanh")."""
    after = segment[end : end + 40]
    lead = len(after) - len(after.lstrip())
    places = gazetteer.find_places(after)
    if places and places[0][0] <= lead + 1:
        return level if gazetteer.is_district(places[0][2]) else "commune"
    words = re.findall(r"[^\W\d_]+", after)[:2]
    if len(words) == 2 and all(_syllable(w) for w in words):
        return "commune"
    return level


def _district_follows(segment: str, pack: Pack) -> bool:
    """Is the first level word of ``segment``, a district's, followed by a comma, a place and another district's
    level word ("of Dong Dang town, Cao Loc district", the MT's 'town' for thị trấn: a town inside a district is a
    commune-level one; GOLD.md's levels)?"""
    found = list(pack.levels.finditer(segment))
    if len(found) < 2 or found[1][1][:1] != ("district",):
        return False
    gap = segment[found[0][0].end() : found[1][0].start()]
    return (
        bool(re.match(rf"\s*[{RE_COMMAS}]\s*\S", gap))
        and len(gap.split()) <= 4
        and not re.search(rf"[{RE_SEMICOLONS}.:]", gap)
    )


def _city_level(segment: str, pack: Pack) -> bool:
    """Is the first level word of ``segment`` a city's (``levels.tsv``: a third column ``city``), which is a
    province for a centrally run city and a district for a provincial city?"""
    for _, values in pack.levels.finditer(segment):
        return "city" in values[1:]
    return False


def _town_level(segment: str, pack: Pack) -> bool:
    """Is the first level word of ``segment`` a town's (``levels.tsv``: a third column ``town``), which is a
    commune for a commune and a district for a district-level town (thị xã)?"""
    for _, values in pack.levels.finditer(segment):
        return "town" in values[1:]
    return False


def _unknown_city(segment: str, pack: Pack) -> bool:
    """Is the first level word of ``segment`` a city's, with a name the gazetteer does not know right after it or
    right before it: one to three Vietnamese syllables, no place ("de la ville de cua lo", "cua lo city")? (Not in
    Vietnamese, every word of which is a syllable: "Bí thư Thành ủy Trần Văn Bình", the holder's name.)"""
    if pack.code == "vi":
        return False
    for m, values in pack.levels.finditer(segment):
        if "city" not in values[1:]:
            return False
        after = re.match(r"\s+((?:[^\W\d_]+ ?){1,3})", segment[m.end() :])
        before = re.search(r"((?:[^\W\d_]+ ){1,3})$", segment[: m.start()])
        for found in (after, before):
            if found is None:
                continue
            words = found.group(1).split()
            # (the name runs to a separator or a word no name has: "de la ville de cua lo, ...", "cua lo city party")
            while words and not all(_syllable(w) for w in words):
                words = words[:-1] if found is after else words[1:]
            if (
                2 <= len(words) <= 3
                and not any(grammar_features(w, pack) & {"link", "filler"} for w in words)
                and not gazetteer.find_places(" ".join(words))
            ):
                return True
        return False
    return False


def _level_before(span: str, r0: int, pack: Pack) -> str | None:
    """The level of a level word that ends right before ``r0`` (a space between)."""
    for m, values in pack.levels.finditer(span, max(0, r0 - 20), r0):
        if m.end() < r0 and not span[m.end() : r0].strip():
            return values[0]
    return None


_SEPARATORS = re.compile(rf"^\s*[{RE_COMMAS}{RE_DASHES}:(]")


_PUNCT = RE_COMMAS + RE_SEMICOLONS + RE_DASHES
_GAP = re.compile(rf"^[\s{_PUNCT}()]*(?:\w{{1,12}})?[\s{_PUNCT}()]*$")  # "… Assemblée nationale (AN), <name>"


def _list_continues(span: str, title: Title, ordered: list[Title]) -> bool:
    """Is ``title`` an item of a list of posts: another title after it, a separator between them and at most a
    word ('and') after the separator ("wykładowcą Uniwersytetu (1996-2002), zastępcą dyrektora Departamentu ...,
    wiceministrem ...")?"""
    later = [t for t in ordered if t.start >= title.end]
    if not later:
        return False
    gap = span[title.end : later[0].start]
    cut = max(gap.rfind(c) for c in COMMAS + SEMICOLONS)
    return cut >= 0 and len(re.findall(r"[^\W\d_]+", gap[cut + 1 :])) <= 1


def _rank_of(role: str) -> str:
    """The post a role is a rank of: its principal's role ("standing_vice_chair", "vice_chair" -> "chair")."""
    return role.removeprefix("standing_").removeprefix("vice_").removeprefix("deputy_")


def _joins_next(gap: str, pack: Pack) -> bool:
    """Is ``gap`` a comma or a conjunction joining two titles, maybe with a ``former`` word ("and", ", former")?"""
    for m, _ in pack.cue("former").finditer(gap):
        gap = gap[: m.start()] + " " * (m.end() - m.start()) + gap[m.end() :]
    return _only_conjunctions(gap, pack) or re.fullmatch(rf"\s*[{RE_COMMAS}]\s*", gap) is not None


def _article_less(word: str) -> str:
    """A word without the Arabic definite article ("المكتب" -> "مكتب"), else as it is."""
    return word[2:] if word.startswith("ال") and len(word) > 4 else word


def _repeated_body_noun(gap: str, after_next: str, pack: Pack) -> bool:
    """Is ``gap`` (after a role, up to the next role) a body's noun with its link words and no owner, closed by a
    comma or a conjunction, that the next role repeats right after it ("Deputy Chief of the Office, Chief of the Office
    of the Provincial Party Committee", "zastępca szefa Biura, szef Biura Prowincjonalnego Komitetu Partii", "نائب رئيس
    المكتب، رئيس مكتب لجنة الحزب الإقليمية", "chef adjoint du Bureau, chef du Bureau du Comité")? Then both roles are
    of the body the next one names."""
    # (the noun closed by commas, conjunctions and 'then' words: "Biura i szef", "du Bureau, puis chef")
    joins = set(pack.cue("conjunction").entries) | set(pack.cue("then").entries)
    core, closed = gap.rstrip(), False
    while True:
        trimmed = core.rstrip(" " + COMMAS)
        last = re.search(r"(\S+)$", trimmed)
        if trimmed != core:
            core, closed = trimmed, True
        elif last is not None and last.group(1) in joins:
            core, closed = trimmed[: last.start()].rstrip(), True
        else:
            break
    if not closed:
        return False
    words = [_article_less(w) for w in re.findall(r"[^\W\d_]+", core)]
    if (
        not 1 <= len(words) <= 3
        or re.search(rf"[{RE_COMMAS}{RE_SEMICOLONS}]", core)
        or find_roles(core, pack)
    ):
        return False
    following = [_article_less(w) for w in re.findall(r"[^\W\d_]+", after_next)[: len(words) + 1]]
    # (the noun repeated, then more words: the owner)
    return following[: len(words)] == words and len(following) > len(words)


def _repeated_article_blanked(gap: str, pack: Pack) -> str:
    """``gap`` without a last short word (three letters at most) right after a conjunction, itself no conjunction or
    ``then`` word: the article or preposition a coordinated role repeats ("und der", "et de", "y el"); as it is
    otherwise (', then', ', and', '، ثم': review30 High 2 on 488dbad9)."""
    words = gap.split()
    joins = set(pack.cue("conjunction").entries) | set(pack.cue("then").entries)
    if (
        len(words) == 2
        and words[0] in pack.cue("conjunction").entries
        and words[1] not in joins
        and re.fullmatch(r"[^\W\d_]{1,3}", words[1])
    ):
        return gap[: gap.rstrip().rfind(words[1])]
    return gap


def _only_conjunctions(gap: str, pack: Pack, then: bool = False) -> bool:
    """Is ``gap`` conjunctions ("and", "a następnie") and commas, at least one conjunction (or, with ``then``, a
    ``then`` cue: "rồi", "ثم", "puis")?"""
    cues = (pack.cue("conjunction"), pack.cue("then")) if then else (pack.cue("conjunction"),)
    joins = [m.span() for cue in cues for m, _ in cue.finditer(gap)]
    rest = "".join(" " if any(a <= k < b for a, b in joins) else ch for k, ch in enumerate(gap))
    return bool(joins) and not rest.strip(" " + COMMAS)


def planned_at(span: str, pack: Pack, titles: list[tuple[int, int]] = ()) -> tuple[int, int] | None:
    """Where the posts a name is planned for stand in ``span`` (after a planned_post cue: "planned for", "introduced to
    the Council to be elected", "zur Wahl zum", "do wyboru na"), as a range of ``span``, or None. ``titles``: the spans
    of the titles read in it. Not a cue inside a title's own wording ("Giám đốc Sở Quy hoạch - Kiến trúc"); not an
    infinitive valued "relative" after a superlative cue, a relative clause ("the first woman to be elected
    Chairwoman", who was elected). A conjunction and a planned_post cue valued "done" after the cue hold the election:
    its post is held, written before it ("zur Wahl zum Vorsitzenden ... vorgeschlagen und mit 95 % der Stimmen
    gewählt") or after it ("zgłoszony do wyboru na przewodniczącego i wybrany przez Radę ... na przewodniczącego ...":
    then the words between, a bare role and the electing body, hold none). A cue valued "vacancy" (the posts to fill,
    "vacant positions", "postes vacants") after a "done" cue names the posts the election filled: held.

    >>> from kg.lang import load_pack
    >>> en = load_pack("en")
    >>> planned_at("was introduced to the council to be elected chairman", en)
    (30, 52)
    >>> planned_at("was the first woman to be elected chairwoman", en) is None
    True
    >>> planned_at("was nominated to be elected chairman and was elected with 95% of the votes", en) is None
    True
    """
    cues = list(pack.cue("planned_post").finditer(span))
    done = [m.start() for m, values in cues if values[:1] == ("done",)]
    for m, values in cues:
        if values[:1] == ("done",) or any(a <= m.start() < b for a, b in titles):
            continue
        if values[:1] == ("relative",) and _after_superlative(span, m.start(), pack):
            continue
        if values[:1] == ("vacancy",) and any(d < m.start() for d in done):
            continue  # "was elected to fill the vacant positions of Vice Chairman": the vacancy the election filled
        held = next(
            (
                d
                for d in done
                if d >= m.end() and any(True for _ in pack.cue("conjunction").finditer(span, m.end(), d))
            ),
            None,
        )
        if held is None:
            return m.start(), len(span)
        if any(a >= held for a, _ in titles):
            return m.start(), held
        return None
    return None


def _after_superlative(span: str, at: int, pack: Pack) -> bool:
    """Does a superlative cue ("first", "youngest", "only") stand before ``at``, two words at most between them and no
    separator ("the first woman to", "the youngest person ever to")?"""
    head = span[:at]
    for m, _ in pack.cue("superlative").finditer(head):
        rest = head[m.end() :]
        if len(rest.split()) <= 2 and not re.search(rf"[{RE_COMMAS}{RE_SEMICOLONS}]", rest):
            return True
    return False


def _new_subject(gap: str, title: str, pack: Pack) -> bool:
    """Is ``gap`` (the words between two titles, places blanked) a separator, a conjunction, nothing else after them,
    and a determiner after it, in the gap or opening the second title (", and the ", ", y el ", ", et le ", ", und der ",
    ", oraz jego ")? They open another subject, whose title the second is (an apposition's last title is written with
    no determiner, "A, t1, and Chairman of ...", and with no separator before the conjunction: "A, t1 and the Head of
    ...")."""
    cut = max(gap.rfind(c) for c in COMMAS + SEMICOLONS)
    if cut < 0:
        return False
    words = gap[cut + 1 :].split()
    for w in title.split()[:2]:
        if pack.cue("determiner").get(w) is None:
            break
        words.append(w)
    return (
        len(words) >= 2
        and words[0] in pack.cue("conjunction").entries
        and all(pack.cue("determiner").get(w) is not None for w in words[1:])
    )


def _one_subject(span: str, end: int, pack: Pack) -> bool:
    """Does the comma that closes a title ending at ``end`` (its place or body's words between, no other title) stand
    right before a verb in the singular (a ``singular_verb`` cue: "habló", "a pris", "sprach", "was")? Then the
    coordination before it has one subject: "El Sr. A, secretario ..., y el jefe de la Delegación ..., habló" gives A
    both titles (with "hablaron", two subjects: the second title is another's)."""
    comma = re.search(rf"[{RE_COMMAS}]", span[end : end + 60])
    if comma is None or read_titles(span[end : end + comma.start()], pack):
        return False
    at = end + comma.end()
    at += len(span[at:]) - len(span[at:].lstrip())
    return pack.cue("singular_verb").match_at(span, at) is not None


def _blank_terms(text: str, pack: Pack) -> str:
    """``text`` with the terms titles are held for blanked, as if not written: they stand between a
    title and its name ("Presidente del Consejo Popular Provincial de Lao Cai, período 2021-2026 para
    el Sr. <name>", "président ... pour le mandat 2021-2026, <name>"), with the whole of a place's name whose
    end the short words before the term's noun take ("członka Komitetu Ludowego prowincji Ha Tinh na kadencję
    2011–2016 pana <name>": "Ha" too, the title's place, which it has read)."""
    term = rf"(?<!\w)(?:[^\W\d_]{{1,5}}\s+){{0,2}}{pack.alternation('term')}\s+\d{{4}}\s*[-–]\s*\d{{4}}(?!\d)"
    spans = [m.span() for m in re.finditer(term, text)]
    if not spans:
        return text
    places = gazetteer.find_places(text)
    out = list(text)
    for start, end in spans:
        start = min([p0 for p0, p1, _ in places if p0 < start < p1] + [start])
        out[start:end] = " " * (end - start)
    return "".join(out)


def _role_ends_with(text: str, start: int, pack: Pack) -> bool:
    """Is the honorific at ``start`` the last word of a role that ends the text ("State Auditor General",
    "Secretary General" before a name), not a rank of its own ("General Phan Van Giang")?"""
    return any(r0 < start and r1 == len(text) for r0, r1, _ in find_roles(text, pack))


def _blank_former(gap: str, pack: Pack) -> str:
    """``gap`` with its ``former`` cue wordings blanked, and then its determiners ("et les anciens" -> "et")."""
    former = list(pack.cue("former").finditer(gap))
    if not former:
        return gap
    for kind in ("former", "determiner"):
        for m, _ in pack.cue(kind).finditer(gap):
            gap = gap[: m.start()] + " " * (m.end() - m.start()) + gap[m.end() :]
    return gap


def chained(titles: list[Title], span: str, pack: Pack, titled_after: bool = False) -> list[Title]:
    """The titles written right before a name: the last must touch the end of ``span`` and each
    earlier one must be separated from the next only by punctuation or a conjunction.

    Keeps "sekretarz partii prowincji, przewodniczący rady ludowej prowincji <name>"; drops the
    titles of a sentence's subject that happen to stand before a name further on.
    """
    text = span.rstrip(" \t\u00a0" + COMMAS + DASHES)
    # a courtesy title between the titles and the name, or an honorific in an oblique case ("Mr", "السيد",
    # "Herrn"; not "Comrade", "General": a subject's own honorific after its title)
    honoured = oblique = stripped = joined = False
    for honorific, values in pack.cue("honorific").finditer(text):
        if honorific.end() == len(text) and not _role_ends_with(text, honorific.start(), pack):
            text = text[: honorific.start()].rstrip()
            stripped = True
            oblique = values[:1] == ("oblique",)
            honoured = oblique or pack.cue("courtesy").get(honorific.group().strip()) is not None
            # (a conjunction glued to it, Arabic "والرفيق", "والسيد": "رئيس الوزراء والرفيق A", the Prime Minister and
            # Comrade A, as "the Vice Chairmen of X and Mr. A" below)
            glued = honorific.group().strip()
            joined = any(
                glued.startswith(c) and pack.cue("honorific").get(glued[len(c) :]) is not None
                for c in pack.cue("conjunction").entries
            )
    # a copula right before the name, its honorific aside ("وأما رئيس لجنة التفتيش التابعة للجنة الحزب الإقليمية فهو السيد
    # A", as for the chairman ..., he is Mr A; "رئيس الجمعية الوطنية هو السيد A"): the title before it is the name's
    # (with no honorific, only a copula a clitic opens: "رئيس الوزراء هو لام نام" may be a name of the family Hồ)
    for link, values in pack.cue("title_link").finditer(text, max(0, len(text) - 12)):
        if (
            link.end() == len(text)
            and values[:1] == ("copula",)
            and text[: link.start()].strip()
            and (stripped or link.group().strip() not in pack.cue("title_link").entries)
        ):
            text = text[: link.start()].rstrip()
    placeless = gazetteer.strip_places(text)
    if not any(len(placeless) < t.end == len(text) for t in titles):
        # (a body whose listed name ends with a place keeps it: "director de la Academia Nacional de Política Ho Chi
        # Minh, <name>", "Direktor der Nationalen Politischen Akademie Ho Chi Minh <name>")
        text = placeless
    text = _blank_terms(text, pack)
    # "A, Secretary of X, and Comrade B": titles before a separator and a conjunction that opens
    # a new list item are the previous name's
    if titles:
        last = max(t.end for t in titles)
        gap = re.match(rf"^\s*[{RE_COMMAS}]\s*(\S+)", span[last:])
        if gap and opens_item(gap.group(1), pack) and len(span[last:].split()) <= 3:
            return []
    out: list[Title] = []
    edge = len(text)
    for title in sorted(titles, key=lambda t: t.start, reverse=True):
        gap = text[title.end : edge] if title.end <= edge else ""
        if (
            title.end > edge
            or not (
                (_GAP.match(gap) and not _uncased_word(gap, pack))
                # (a former cue before the next title: "les membres du Bureau politique et anciens présidents de
                # l'Assemblée nationale : A, B", "y ex presidentes de")
                or (_GAP.match(_blank_former(gap, pack)) and not _uncased_word(gap, pack))
                or _complement(gap, pack)
                # (and the next title's body written before its role: "former Politburo member and former National
                # Assembly Chairman A")
                or (_blank_former(gap, pack) != gap and _complement(_blank_former(gap, pack), pack))
                or _placed(gap, pack, text[: title.end])
                or gazetteer.unlisted_place(text[: title.end], gap, pack)
                or (title.org in ("ministry", "department") and _ministry_name(gap, pack))
                or (title.org == "steering_committee" and _topic(gap, pack))
                or (bool(out) and _second_post(gap, pack))
            )
        ):
            break
        tail = re.split(rf"[{RE_COMMAS}]", gap)
        if not out and stripped and (joined or tail[-1].strip() in pack.cue("conjunction").entries):
            break  # "the Vice Chairmen of X and Mr. A", "les vice-présidents ... et M. A": a title, "and", an honorific
        if not out and len(tail) > 1 and tail[-1].strip() in pack.cue("conjunction").entries:
            break  # "the Congress elected 15 members of the Standing Committee, and Mr. A became Secretary"
        if len(tail) > 1 and _uncased_word(tail[-1], pack):
            break  # "بتفويض من الرئيس، أعلن <title> <name>": the verb after the comma ends the clause
        if _acting(gap, pack, text[title.end :]):
            break  # "The Prime Minister received Comrade <name>": the verb's subject holds the title
        if any(True for _ in pack.cue("adopt").finditer(span[title.end :])):
            # "Members of the Provincial Party Committee elected Mr. <name> as Secretary", "Các ủy viên Ban Chấp hành
            # Đảng bộ tỉnh đã bầu ông <name>", "100% đại biểu HĐND tỉnh Đồng Nai bầu đồng chí <name>" (the cue with the
            # honorific and the place stripped from the gap), "Die Mitglieder ... wählten Herrn <name>": the electors'
            break
        if any(values[:1] == ("agent",) for _, values in pack.cue("not_holder").finditer(gap)):
            # "Ủy ban Bầu cử ... đại biểu HĐND tỉnh, nhiệm kỳ 2021-2026 do Chủ tịch UBND tỉnh <name> làm chủ tịch" (by):
            # the agent's title is the one after the preposition
            break
        words = gap.strip(f" {RE_COMMAS}")
        if (
            _issued_by(text[: title.start], pack)
            and (
                out
                # (a place's link word, or the title's own place, left in the gap is no word between: fr "du Parti de
                # <Nghe An>", ar "من أمين لجنة الحزب لمقاطعة نغي آن B")
                or (
                    words
                    and not _joined(words, pack)
                    and not gazetteer.unlisted_place(text[: title.end], gap, pack)
                )
                # (a giver's title before a comma is still the giver's: "nhận quyết định từ Bí thư Tỉnh ủy Nghệ An, B",
                # "a reçu la décision du secrétaire ..., B")
                or (
                    re.search(rf"[{RE_COMMAS}]", span[title.end :])
                    and not _from_giver(text[: title.end], pack)
                )
                # (so is one an honorific follows, no comma between: "Zgodnie z decyzją Przewodniczącego ... pan A
                # został mianowany", "Theo Quyết định của Chủ tịch UBND tỉnh ông A được bổ nhiệm")
                or (
                    stripped
                    and not out
                    and not re.search(rf"[{RE_COMMAS}]", span[title.end :])
                    and _decision_opens(text[: title.start], pack)
                )
            )
        ):
            # (the title written right before the name is the name's, the issuer named or the giver: "quyết định của
            # Thủ tướng Phạm Minh Chính", "nhận quyết định từ Bí thư Tỉnh ủy Nghệ An Thái Thanh Quý")
            break
        if (out or re.search(rf"[{RE_COMMAS}]", span[title.end :])) and _mandated(text[: title.start], pack):
            # "Sur procuration du président de la République, le vice-président du Bureau ... <name>", "Thay mặt
            # Chủ tịch UBND tỉnh, ông A trao ...": the principal's (not "authorized by the Prime Minister <name>")
            break
        out.append(title)
        edge = title.start
    verb = _inverted_subject(text[: out[-1].start], pack) if out and honoured else None
    if (
        verb is not None
        and re.search(rf"[{RE_COMMAS}]", span[out[-1].start :])
        and pack.cue("auxiliary").match_at(text, verb)
    ):
        # (an auxiliary's subject has no apposition: "hat der Premierminister dem Vorsitzenden ..., Herrn A, ... verliehen")
        verb = None
    if (
        verb is not None
        and not any(t.end <= verb for t in titles)
        # (or the name has a title of its own after it: "استقبل رئيس اللجنة الشعبية السيد A، سفير اليابان")
        and (oblique or titled_after or _verbs_object(text, verb, out, pack))
    ):
        # "استقبل رئيس الوزراء السيد A", "empfing der Premierminister Herrn A": the verb's subject (no title
        # before the verb, as in "Thủ tướng giao quyền Chủ tịch tỉnh cho ông A", where the title is the object's)
        return []
    return out[::-1]


def _verbs_object(text: str, verb: int, titles: list[Title], pack: Pack) -> bool:
    """Is the name after a courtesy title in the nominative (Mr, السيد, pan), after ``titles`` and the ``acts_on``
    verb at ``verb``, the verb's object, the titles its subject's? So when the verb acts on a person by its sense
    (third column ``person``: "كلف رئيس الوزراء السيد A", assigned, appointed, congratulated) or when a title is a
    central office, written with no courtesy title of its own ("استقبل رئيس الوزراء السيد A"). Not else:
    "استقبل رئيس اللجنة الشعبية للمقاطعة السيد A وفدا" is the Vietnamese "Chủ tịch UBND tỉnh, ông A tiếp đoàn"
    (the chairman, Mr. A, received a delegation; review7 item 22)."""
    found = pack.cue("acts_on").match_at(text, verb)
    return (found is not None and found[1][:1] == ("person",)) or any(t.level == "central" for t in titles)


def _inverted_subject(before: str, pack: Pack) -> int | None:
    """Where the ``acts_on`` verb starts that ``before`` (the text up to the first of the titles written before an
    honorific and a name) ends with, maybe an article after it (a word of up to three letters), so that the titles
    may be the subject the verb is written before (Arabic VSO, German V2: "كلف رئيس الوزراء السيد A", "übertrug
    der Premierminister Herrn A") and the name after the honorific its object; None when it ends otherwise."""
    tail = before[-40:]
    words = list(re.finditer(r"[^\W\d_]+", tail))
    if not words or tail[words[-1].end() :].strip():
        return None
    verb = words[-1]
    if len(verb.group()) <= 3 and len(words) > 1 and not tail[words[-2].end() : verb.start()].strip():
        verb = words[-2]  # "der", "the"
    found = pack.cue("acts_on").match_at(tail, verb.start())
    if found is None or found[0].end() != verb.end():
        # (de: the auxiliary of a perfect before its subject, the participle at the clause's end: "hat der
        # Premierminister (auch) Herrn A empfangen", "hat auch der Premierminister Herrn A ...")
        at = words.index(verb)
        auxiliary = pack.cue("auxiliary")
        found = next(
            (
                w
                for w in words[max(0, at - 1) : at + 1][::-1]
                if auxiliary.get(w.group()) is not None and not re.search(r"[^\w\s]", tail[w.end() :])
            ),
            None,
        )
        return None if found is None else len(before) - len(tail) + found.start()
    return len(before) - len(tail) + verb.start()


def _ministry_name(gap: str, pack: Pack) -> bool:
    """Is ``gap`` the name of the ministry a minister's title names, written with no link word
    (a case ending does its work: "Ministra Bezpieczeństwa Publicznego, Generała <name>")? Up to
    three words, nothing that speaks of something else; a department's name too ("Dyrektor Departamentu
    Rolnictwa i Środowiska prowincji <name>": conjunctions and level words aside)."""
    words = [w for w in re.findall(r"[^\W\d_]+", _unplaced(gap, pack)) if not _linking(w, pack)]
    return 0 < len(words) <= 3 and not re.search(rf"[\d{RE_SEMICOLONS}.:]", gap) and not _elsewhere(gap, pack)


def _unplaced(gap: str, pack: Pack) -> str:
    """``gap`` without the place that closes it, no word of a body's name: a place the gazetteer lists
    with only level words after it, or the words after the level word that ends ``gap`` when they spell a
    place ("Director of the Department of Industry and Trade of Thanh Hoa province <name>", "مدير إدارة
    الصناعة والتجارة في مقاطعة ثانه هوا <name>")."""
    from kg.extract.names import reader_for

    places = gazetteer.find_places(gap)
    if places:  # (only level words after it: "... of Con Dao Special Zone")
        rest = gap[places[-1][1] :]
        for m, _ in pack.levels.finditer(rest):
            rest = rest[: m.start()] + " " * (m.end() - m.start()) + rest[m.end() :]
        if not rest.strip():
            return gap[: places[-1][0]]
    levels = [m for m, _ in pack.levels.finditer(gap)]
    if (  # (in a script with a name reader only: in Latin every Vietnamese word is a syllable)
        levels
        and reader_for((gap[levels[-1].end() :].split() or [""])[0]) is not None
        and gazetteer.unlisted_place(gap[: levels[-1].end()], gap[levels[-1].end() :], pack)
    ):
        return gap[: levels[-1].end()]
    return gap


def _topic(gap: str, pack: Pack) -> bool:
    """Is ``gap`` the topic a steering committee is named by, opened by a link word ("Head of the Provincial
    Steering Committee for National Target Programs <name>") or the glued "for" of a script that writes
    it so (Arabic ل: "نائب رئيس اللجنة التوجيهية الإقليمية لبرامج الأهداف الوطنية <name>")? Up to six
    words, nothing that speaks of something else."""
    glued = _format_cell(pack.folder, "link_prefix")
    first = re.match(r"\s*([^\W\d_]+)", gap)
    if first is None or not (
        (glued and first.group(1).startswith(glued) and len(first.group(1)) >= len(glued) + 3)
        or "link" in grammar_features(first.group(1), pack)
    ):
        return False
    words = [w for w in re.findall(r"[^\W\d_]+", _unplaced(gap, pack)) if not _linking(w, pack)]
    # (a document's noun may name the topic: "for National Target Programs"; no figure, no number)
    acts = ("chair", "attend", "hold", "meeting", "pronoun")
    return (
        len(words) <= 6
        and len(gap) <= 90
        and not re.search(rf"[\d{RE_SEMICOLONS}.:]", gap)
        and not any(True for kind in acts for _ in pack.cue(kind).finditer(gap))
    )


def _uncased_word(gap: str, pack: Pack) -> bool:
    """Is the one word a gap between two titles may hold ("(AN)") a word of a script without case
    that is no word of a title ("بتفويض من الرئيس، أعلن نائب رئيس مكتب الرئيس <name>": a verb
    ends the earlier title's clause)?"""
    words = re.findall(r"[^\W\d_]+", gap)
    return bool(words) and not words[0].isupper() and not words[0].islower() and not _linking(words[0], pack)


def _acting(gap: str, pack: Pack, rest: str | None = None) -> bool:
    """Is a word of ``gap`` a verb the pack knows as a cue of an official acting on someone or on a
    meeting (``acts_on``, ``chair``, ``hold``, ``attend``: "received", "przyjął", "autorizou",
    "empfing"), so that the title before it is the verb's subject's, not the name's after it? One-word
    wordings only, but for ``acts_on``: its wordings of several words end at a word's end, in ``rest`` (the text
    from the gap on) when given: vi "giao quyền" before the title "quyền Chủ tịch" ("giao" alone is a title's
    word, "Thứ trưởng Ngoại giao"); a verb the pack does not know ("verstieß
    Herr <name>", German V2) or a copula ("The two vice secretaries are Mr. <name>") still links."""
    for word in re.finditer(r"[^\W\d_]+", gap):
        for kind in (
            "acts_on",
            "chair",
            "hold",
            "attend",
            "auxiliary",
        ):  # (de "Der Premierminister hat Herrn A ...")
            text = rest if kind == "acts_on" and rest is not None else gap
            found = pack.cue(kind).match_at(text, word.start())
            if found is not None and found[1][:1] == ("alone",) and gap.strip() != word.group():
                continue  # a verb only alone between two titles: "Thủ tướng giao Phó Thủ tướng A", not "Ngoại giao"
            if found is not None and (
                found[0].end() == word.end()
                or (kind == "acts_on" and not re.match(r"[^\W_]", text[found[0].end() : found[0].end() + 1]))
            ):
                return True
    return False


def _last_document(before: str, pack: Pack) -> tuple[str, re.Match | None]:
    """The last 40 characters of ``before`` and the last document word in them (None when there is none)."""
    tail = before[-40:]
    last = None
    for m, _ in pack.documents.finditer(tail):
        last = m
    return tail, last


def _issued_by(before: str, pack: Pack) -> bool:
    """Does ``before`` end with a document word, so that the title after it names the document's
    issuer, not the next name ("the decision of the Prime Minister appointing <name>", "قرارات
    الرئيس بتعيين <name>")? Only link words (or words of up to three letters) may stand between."""
    tail, last = _last_document(before, pack)
    if last is None:
        return False
    rest = tail[last.end() :]
    if any(True for _ in pack.cue("recipient").finditer(rest)):
        return False  # "trao quyết định cho <title> <name>": handed to the title's holder
    if not _governs(tail, last, rest, pack):
        return False  # "ووقع القرار رئيس ...": the definite document word is the verb's object
    return not re.search(r"[^\w\s]", rest) and all(len(w) <= 3 or _linking(w, pack) for w in rest.split())


def _governs(tail: str, doc: re.Match, rest: str, pack: Pack) -> bool:
    """Can the document word ``doc`` of ``tail`` govern the title right after it as its genitive? Not when the pack's
    definite article opens the document word with nothing between (ar 'ووقع القرار رئيس اللجنة ... السيد A', signed the
    decision the chairman: a construct state takes no article, 'قرار رئيس' is the chairman's decision; so the title is
    the verb's subject's, the name's after it)."""
    if rest.strip() or not pack.article:
        return True
    return not doc.group().startswith(pack.article) and not tail[: doc.start()].endswith(pack.article)


def _decision_opens(before: str, pack: Pack) -> bool:
    """Does the document word that ``before`` ends with (its links after it) open its clause, at most two words before
    it, with no agent's preposition after it ('Under the decision of', 'Zgodnie z decyzją', 'Theo Quyết định của',
    'بموجب قرار'; not 'Quyết định do ...' by, nor 'Podczas ceremonii wręczenia decyzji', a noun phrase it closes)?"""
    tail, last = _last_document(before, pack)
    if last is None:
        return False
    rest = tail[last.end() :]
    if any(values[:1] == ("agent",) for _, values in pack.cue("not_holder").finditer(rest)):
        return False
    head = before[: len(before) - len(tail) + last.start()]
    clause = re.split(rf"[{RE_COMMAS}{RE_SEMICOLONS}:.]", head)[-1]
    return len(re.findall(r"[^\W\d_]+", clause)) <= 2


def giver_words(folded: str, pack: Pack, start: int = 0, end: int | None = None) -> list[re.Match]:
    """The giver's words in ``folded[start:end]``: each ``source`` cue ("from", "từ", "des mains de"), and a genitive
    a ``received_from`` cue values so ("du", "del") right after a document word that a receiving verb ("a reçu",
    "recibió") stands before ("a reçu la décision du secrétaire ...": the secretary gives it)."""
    found = [m for m, _ in pack.cue("source").finditer(folded, start, end)]
    received = pack.cue("received_from")
    for m, values in received.finditer(folded, start, end):
        if values[:1] != ("genitive",):
            continue
        doc = next(
            (
                d
                for d, _ in pack.documents.finditer(folded, max(0, m.start() - 40), m.start())
                if not folded[d.end() : m.start()].strip()
            ),
            None,
        )
        if doc is not None and any(
            not v for _, v in received.finditer(folded, max(0, doc.start() - 40), doc.start())
        ):
            found.append(m)
    return sorted(found, key=lambda m: m.start())


def _from_giver(before: str, pack: Pack) -> bool:
    """Does a giver's word (``giver_words``) stand after the last document word of ``before`` (the text up to a title's
    end: its genitive may open the title, "la décision du président du Comité populaire ...")?"""
    docs = [m for m, _ in pack.documents.finditer(before)]
    return bool(docs) and bool(giver_words(before, pack, docs[-1].end()))


def _mandated(before: str, pack: Pack) -> bool:
    """Does ``before`` end with a ``mandate`` cue ("sur procuration du", "authorized by the"), so
    that the title after it is the principal's, not the next name's? Only words of up to three
    letters, or a level word of the title's body, may stand between ("On behalf of the Provincial National
    Assembly deputies, comrade A, Chairman of ...": the deputies'; vi 'Thay mặt các đại biểu Quốc hội tỉnh')."""
    tail = before[-40:]
    last = None
    for m, _ in pack.cue("mandate").finditer(tail):
        last = m
    if last is None:
        return False
    rest = tail[last.end() :]
    for m, _ in pack.levels.finditer(rest):
        rest = rest[: m.start()] + " " * (m.end() - m.start()) + rest[m.end() :]
    return all(len(w) <= 3 for w in rest.split())


def _bare_role(title: str, pack: Pack) -> bool:
    """Does ``title`` end with a role's wording, no body or level word after it ("President", not
    "Chủ tịch tỉnh", which a province follows)?"""
    title = title.rstrip()
    ends = [e for _, e, _ in find_roles(title, pack)]
    return bool(ends) and ends[-1] == len(title) and not gazetteer.after_level(title + " ", len(title) + 1)


def _placed(gap: str, pack: Pack, title: str = "") -> bool:
    """Is ``gap`` the place of the title and one more word ("Presidente del Consejo Popular
    Provincial de Dien Bien para el Sr. <name>")? ``title``: the text up to the title's end."""
    rest = gazetteer.blank_places(gap)
    if rest == gap or re.search(rf"[\d{RE_SEMICOLONS}.:]", gap):
        return False
    first = gazetteer.find_places(gap)[:1]
    if first and not gap[: first[0][0]].strip() and gap[first[0][1] :].strip() and _bare_role(title, pack):
        # a place right after a bare role, words after it: the name the role is written before
        # ("President Ho Chi Minh at the Kim Lien relic site"), no place of the title's
        return False
    return len([w for w in re.findall(r"[^\W\d_]+", rest) if not _linking(w, pack)]) <= 1


_WORD_APOSTROPHE = r"[^\W\d_]+(?:['’][^\W\d_]+)*"


def _second_post(gap: str, pack: Pack, act: bool = False) -> bool:
    """Is ``gap``, between two posts written before one name, a conjunction and a second act on a post, ending in the
    post's noun ("la destitución del cargo de presidente ... y el cese de las funciones de diputado ... del señor B",
    "and the termination of the duties of", "et la cessation des fonctions de", "i zakończenie pełnienia funkcji")?
    Both posts are the name's (the first one's place may close the gap's first words: "... de Nghe An et la ...").
    ``act``: an act's noun must stand between ('la cessation'; not "du poste de président ... et de la fonction de
    délégué", one act's two posts)."""
    for a, b, _ in gazetteer.find_places(gap):
        gap = gap[:a] + " " * (b - a) + gap[b:]
    words = gap.strip(f" {RE_COMMAS}")
    first = re.match(r"[^\W\d_]+", words)
    if first is None or first.group() not in pack.cue("conjunction").entries:
        return False
    # (the second post's body written before its role: "and the termination of the duties of National Assembly deputy")
    body = next((b for b in find_bodies(words, pack) if b[1] == len(words)), None)
    if body is not None and body[0] > first.end():
        words = words[: body[0]].rstrip()
    ends = [
        m.start()
        for kind in ("post_noun", "released_from")
        for m, _ in pack.cue(kind).finditer(words)
        if m.end() == len(words)
    ]
    if not ends:
        return False
    between = words[first.end() : min(ends)]
    # (one clause: "Strefy Ekonomicznej Nghi Son i Parków Przemysłowych prowincji, na stanowisko dyrektora", the body's
    # own conjunction, then the post the name is moved to)
    if re.search(rf"[{RE_COMMAS}{RE_SEMICOLONS}]", between):
        return False
    # (an act's noun its article opens: 'el cese', 'la cessation', 'the termination'; not a verb of the name's own
    # clause, "fue nombrado presidente ... y asumió las funciones de secretario ...", nor only link words, "du poste de
    # président ... et de la fonction de délégué")
    if act and (
        pack.cue("determiner").match_at(between, len(between) - len(between.lstrip())) is None
        or all(_linking(w, pack) for w in re.findall(r"[^\W\d_]+", between))
    ):
        return False
    return (
        len(re.findall(r"\w+", between)) <= 4
        and not find_roles(between, pack)
        and not find_bodies(between, pack)
    )


def _complement(gap: str, pack: Pack) -> bool:
    """Is ``gap`` the rest of a title's name ("Minister of Public Security, General <name>"):
    at most three words and a separator, nothing that speaks of something else? Or the body's own
    name opened by a link word ("Director of the Department of Finance, <name>", "vice-ministre
    des Affaires étrangères <name>")?"""
    # (a possessive is one word: "People's", not "People" and "s")
    words = [w for w in re.findall(_WORD_APOSTROPHE, _unplaced(gap, pack)) if not _linking(w, pack)]
    if len(words) > 3 or _elsewhere(gap, pack):
        return False
    first = re.match(r"\s*([^\W\d_]+)", gap)
    named = (
        first is not None
        and "link" in grammar_features(first.group(1), pack)
        and len(words) <= 2
        and len(gap) <= 45
    )
    # Arabic writes "of" as a construct: the body's name opens with the definite article right after
    # the role ("وزير الدفاع الوطني <name>", "وزير الزراعة والتنمية الريفية <name>")
    article = _article(pack)
    # (not a function word that opens with the article's letters: "إلى" written with a bare alef, "الى", is "to")
    construct = (
        bool(article)
        and first is not None
        and first.group(1).startswith(article)
        and first.group(1) not in pack.detect
        and len(gap) <= 45
    )
    # only words of the title grammar: the body the title's own body belongs to ("رئيس لجنة التعبئة
    # الجماهيرية للجنة الحزب الإقليمية <name>")
    owner = not words and len(gap) <= 45
    # (a clause after the comma whose last word links a noun to the name is no title's rest: "signée par le Président
    # de la République, stipule la nomination de M. A", "signed by the State President, approves the appointment of
    # Mr. A": the name is the noun's complement, the title the clause's subject's; not "Minister of Defence, General A")
    comma = re.search(rf"[{RE_COMMAS}][^{RE_COMMAS}]*$", gap)
    tail = re.findall(r"[^\W\d_]+", gap[comma.start() + 1 :]) if comma else []
    of_noun = (
        bool(tail) and "link" in grammar_features(tail[-1], pack) and any(not _linking(w, pack) for w in tail)
    )
    return named or construct or owner or (comma is not None and not of_noun)


@cache
def _article_of(folder: Path | None) -> str:
    rows = tables.rows(folder / "format.tsv") if folder and (folder / "format.tsv").exists() else []
    return next((fold(r[1]) for r in rows if r[0] == "article" and len(r) > 1), "")


@cache
def _format_cell(folder: Path | None, key: str) -> str:
    """The pack's ``format.tsv`` value of ``key`` (folded), if any."""
    rows = tables.rows(folder / "format.tsv") if folder and (folder / "format.tsv").exists() else []
    return next((fold(r[1]) for r in rows if r[0] == key and len(r) > 1), "")


def _article(pack: Pack) -> str:
    """The definite article of the pack's language written glued to its noun (Arabic ال), if any."""
    return _article_of(pack.folder)


# a date after a starting point's word: up to three words (a day, a month, an article) and a year, maybe the year's word
# ("depuis le 1er octobre 2020", "seit Oktober 2020", "since 2020", "desde el 1 de octubre de 2020")
_SINCE_DATE = re.compile(r"(?:\s+[^\W_]+\.?){0,3}?\s+(?:19|20)\d\d\b(?:\s+(?:roku|r\.|nam))?(?:\s*[,،])?")


def blank_since(text: str, pack: Pack) -> str:
    """A starting point's word (a ``since`` cue) and the date after it, ending in a year, blanked: an adverbial of
    time between a copula and its complement ("Il est depuis 2020 vice-président du ...", "Er ist seit Oktober 2020
    stellvertretender Vorsitzender ...", "M. A est depuis 2020 vice-président ..."), no word of another clause; a
    comma after it too, the adverbial's, so a reported clause it opens keeps its opener in the clause ("a déclaré que
    depuis 2020, le président ...": 'que' before the title, no chain).

    >>> from kg.lang import load_pack
    >>> blank_since(" est depuis 2020 vice-president", load_pack("fr"))
    ' est             vice-president'
    >>> blank_since(" ist seit vielen Jahren Vorsitzender", load_pack("de"))
    ' ist seit vielen Jahren Vorsitzender'
    """
    for m, _ in pack.cue("since").finditer(text):
        date = _SINCE_DATE.match(text, m.end())
        if date is not None:
            text = text[: m.start()] + " " * (date.end() - m.start()) + text[date.end() :]
    return text


def _blank_inserts(text: str) -> str:
    """``text`` with each insert between two commas that holds a figure (a date, a share of votes)
    or is one word ("jednogłośnie") blanked out, its commas too: it opens no new subject.

    >>> _blank_inserts("was, in july 2019, elected ")
    'was                elected '
    >>> _blank_inserts("nhan manh, nguoi dung dau la ")
    'nhan manh, nguoi dung dau la '
    """
    return re.sub(
        rf"[{RE_COMMAS}]([^{RE_COMMAS}{RE_SEMICOLONS}]*)[{RE_COMMAS}]",
        lambda m: " " * len(m[0]) if re.search(r"\d", m[1]) or len(m[1].split()) == 1 else m[0],
        text,
    )


def _linked_anew(span: str, start: int, first: int, pack: Pack) -> bool:
    """Does a conjunction (free, or glued as Arabic و) after ``start`` open a new predicate whose title link (no post's
    noun) reaches the title at ``first``: "announced the election results and was then elected Chairman of ...",
    "ogłosił wyniki wyborów i został wybrany przewodniczącym", "أعلن نتائج الانتخاب وتم انتخابه رئيسا" (the name's own
    post, not the one elected's the result names)?

    >>> from kg.lang import load_pack
    >>> en = load_pack("en")
    >>> s = " the election results and was then elected chairman"
    >>> _linked_anew(s, s.find(" and"), s.find("chairman"), en)
    True
    >>> s = " the results of the by-election to the post of vice chairman"
    >>> _linked_anew(s, s.find(" to"), s.find("vice"), en)
    False
    """
    gap = span[start:first]
    conj = pack.cue("conjunction")
    glued = [c for c in conj.entries if c in pack.prefixes]
    at = min(
        [m.end() for m, _ in conj.finditer(gap)]
        + [w.start() for w in re.finditer(r"\S+", gap) if any(w.group().startswith(c) for c in glued)],
        default=None,
    )
    # (a verb's link, not a post's noun phrase: "i odwołania na stanowisko", "and dismissal to the post of" stay the
    # result's)
    return at is not None and any(
        m.start() <= first and not any(True for _ in pack.cue("post_noun").finditer(span, m.start(), m.end()))
        for m, _ in pack.cue("title_link").finditer(span, start + at)
    )


def _unread_person(gap: str, pack: Pack) -> bool:
    """Is ``gap`` (between two titles) an honorific after a separator (at most one short word between: ar 'مع', with),
    then one to four words and a comma: another person's name the reader did not read ("، الرفيق خامفان فيلافونغ، ")?
    (Not a rank in a career's list, "Thường vụ Tỉnh ủy, Đại tá, Chỉ huy trưởng": no word before its comma.)"""
    for kind in ("comrade", "honorific"):
        for m, _ in pack.cue(kind).finditer(gap):
            if re.search(
                rf"[{RE_COMMAS}{RE_SEMICOLONS}]\s*(?:[^\W\d_]{{1,3}}\s+)?$", gap[: m.start()]
            ) and re.match(rf"\s+(?:[^\W\d_]+\s+){{0,3}}[^\W\d_]+\s*[{RE_COMMAS}]", gap[m.end() :]):
                return True
    return False


def chained_after(titles: list[Title], span: str, pack: Pack) -> list[Title]:
    """The titles written right after a name: the first must open the span (after a separator or
    a ``title_link`` cue) and each later one must follow the previous with only punctuation, a
    conjunction, link words, level words or a place between them.

    Keeps "A, Deputy Secretary of the Provincial Party Committee of Ninh Binh province, Chairman of
    the PPC"; drops "A, member of the Central Committee, announced the decision of the Politburo".
    """
    out: list[Title] = []
    provinces: set[str | None] = set()  # _province of each title in out
    edge = 0
    ordered = sorted(titles, key=lambda t: t.start)
    if ordered and _second_post(span[: ordered[0].start], pack, act=True):
        return []  # "del señor A y el cese de las funciones de diputado ... del señor B": another act, B's post
    if ordered and not _SEPARATORS.match(span):
        # "Bà A nhấn mạnh, người đứng đầu là Chủ tịch UBND tỉnh": a title link only after a comma the
        # name's own clause (no separator after the name) ran to links another subject to the title
        # (not the commas around an insert with a figure or of one word: "A was, in July 2019,
        # elected Chairman", "A fue, en julio de 2019, elegido presidente")
        comma = re.search(rf"[{RE_COMMAS}{RE_SEMICOLONS}]", _blank_inserts(span[: ordered[0].start]))
        if (
            comma
            and comma.start() < ordered[0].start
            and not any(True for _ in pack.cue("title_link").finditer(span, 0, comma.start()))
            and not _born_or_aged(span[: comma.start()], pack)
            # (nor the comma inside a clause of posts a colon closes: "held many positions, such as: t1; t2")
            and not _posts_before(span, ordered[0].start, pack)
        ):
            return []
    if ordered:
        # "held many posts, such as: ...": a title link or a colon before the first title opens them
        first = ordered[0].start
        opened = [m.end() for m, _ in pack.cue("title_link").finditer(span, 0, first)]
        opened += [m.end() for m in re.finditer(r"[:：]", span[:first])]
        edge = max(opened, default=0)
        if not opened and not _SEPARATORS.match(span) and first > len(span) - len(span.lstrip()):
            # "A được Thủ tướng chỉ định giữ chức Chủ tịch": a span read for its title link holds
            # the name's titles after the link; a title before it is somebody else's (the agent's)
            links = [(m.start(), m.end()) for m, _ in pack.cue("title_link").finditer(span)]
            if links:
                # (a link that is the role's own word starts the title: Arabic accusative "على انتخابه أمينا"; or holds
                # it: "relieved Mr. A from membership of the Provincial People's Committee")
                ordered = [t for t in ordered if t.start >= links[0][0]]
                edge = links[0][1]
        if any(
            m.end() <= first
            and not _agents(span, m.start(), pack)
            # (after a separator too when a title link stands between them: ", Trinh Van Chien, felicitó a las personas
            # elegidas para los cargos de ...", the name in apposition, then its verb)
            and (
                not _SEPARATORS.match(span)
                or any(True for _ in pack.cue("title_link").finditer(span, m.end(), first))
            )
            for m, _ in pack.cue("plural").finditer(span)
        ):
            ordered = []  # "A chúc mừng các vị được bầu giữ chức Phó Chủ tịch": other people's titles
        if not _SEPARATORS.match(span) and any(
            values[:1] == ("link",)
            and not re.search(rf"[{RE_COMMAS}{RE_SEMICOLONS}]", span[m.end() : first])
            and not _linked_anew(span, m.end(), first, pack)
            for m, values in pack.cue("not_holder").finditer(span, 0, first)
        ):
            # "وافق رئيس الوزراء A على نتائج الانتخاب التكميلي لمنصب نائب رئيس اللجنة الشعبية", "Premier A zatwierdził
            # wyniki wyborów na stanowisko wiceprzewodniczącego" (vi 'Thủ tướng A phê chuẩn kết quả bầu chức vụ Phó Chủ
            # tịch'): what the name's own clause approves or submits (a ``not_holder`` valued 'link': the result of an
            # election, what others are to consider) names a post that is the one elected's, not the name's
            ordered = []
    # "A, Deputy Secretary, is planned for the post of Minister of Finance" (vi "được quy hoạch chức danh"): the posts
    # after a planned_post cue are the name's future, none held
    # (not a cue inside a title's own wording: "مدير إدارة التخطيط والاستثمار", "Giám đốc Sở Quy hoạch - Kiến trúc")
    planned = planned_at(span, pack, [(t.start, t.end) for t in ordered])
    if planned is not None:
        ordered = [t for t in ordered if not planned[0] <= t.start < planned[1]]
    skipped = False
    # a link that must touch the first title (a title link marked "adjacent": fr "devient", "becomes"): "A devient
    # secrétaire du Comité", not "A devient le premier à féliciter le président du Comité"
    adjacent = any(
        m.end() == edge and values[:1] == ("adjacent",)
        for m, values in pack.cue("title_link").finditer(span, 0, edge)
    )
    # a copula right before the first title (a title link marked "copula": "is", "jest", "هو")
    copula = any(
        m.end() == edge and values[:1] == ("copula",)
        for m, values in pack.cue("title_link").finditer(span, 0, edge)
    )
    appositive = not edge  # (the titles right after the name, no title link or colon opening them)
    for title in ordered:
        gap = blank_since(gazetteer.blank_places(span[edge : title.start]), pack)
        if not out and copula:
            gap = _blank_kind(gap, "earlier", pack)  # (an adverb before it: "A كان قبل ذلك نائبًا لأمين ...")
        if (
            not out
            and copula
            and re.match(rf"[^{RE_COMMAS}]*[^\W\d_][^{RE_COMMAS}]*[{RE_COMMAS}]", _blank_inserts(gap))
            and not find_roles(gap, pack)
            # (nor a birth the copula opens: "M. A est né en 1974, membre du Comité central")
            and not _born_or_aged(re.split(rf"[{RE_COMMAS}]", gap)[0], pack)
            # (not a career list whose first item is no post: "A był wykładowcą Uniwersytetu (1996-2002), zastępcą
            # dyrektora ..., wiceministrem ...", he was a lecturer, then ...: the title a separator or the end follows)
            and not _list_continues(span, title, ordered)
        ):
            # "The project of A's company is the largest in the province, the Chairman ... said": the copula's
            # complement ended at the comma, with no role in it; the title after it is another subject's (not
            # an insert right after the copula: "A is, like his predecessor, the Secretary")
            break
        # what stands after the last separator must be a link; what stands before it is the
        # previous body's name ("Department of Culture, Sports and Tourism of X; Secretary ..."),
        # unless it speaks of something else (a document, a meeting, an act)
        if _second_post(gap, pack, act=True):
            break  # "... du poste de président ... et la cessation des fonctions de député ... de M. B": B's post
        if out and _unread_person(gap, pack):
            # "الرفيق A، أمين لجنة الحزب ...، الرفيق B، عضو اللجنة المركزية ...": an honorific between two titles opens
            # another person, whose name was not read (a guest's: names26 reads no spelled-out name by a foreign cue)
            break
        links = [m.end() for m, _ in pack.cue("title_link").finditer(gap)]
        copulas = [m.start() for m, v in pack.cue("title_link").finditer(gap) if v[:1] == ("copula",)]
        if copulas and _other_subject(
            _term_closed(gap[: copulas[0]], pack) if out else gap[: copulas[0]], pack
        ):
            # "A, Giám đốc Sở, cho rằng đây là trách nhiệm của Chủ tịch UBND": a copula after a clause opener or a
            # reporting verb links the reported clause's subject, not the name
            break
        if out and links and any(m.end() <= links[0] for m, _ in pack.cue("plural").finditer(gap)):
            # "A, Secretary ..., presented flowers to congratulate the comrades newly elected as Deputy Heads":
            # a plural noun before the link is the link's subject; the titles after it are theirs
            break
        if (
            not out
            and adjacent
            and not links
            and any(not _linking(w, pack) for w in re.findall(r"[^\W\d_]+", gap))
        ):
            break
        if (
            not links
            and _new_subject(gap, span[title.start : title.end], pack)
            and not _one_subject(span, title.end, pack)
        ):
            # "A, Secretary of the District Party Committee, and the Chairman of the PPC attended", "El Sr. A,
            # secretario ..., y el presidente del ...", "et le président", "und der Vorsitzende": a conjunction and a
            # determiner before a role open the next subject; a second title of the name's own is written bare
            # ("A, Secretary ... and Chairman of the PPC")
            break
        if links and any(
            values[:1] == ("link",)
            and m.end() <= min(links)
            and not any(c in gap[m.end() : max(links)] for c in COMMAS + SEMICOLONS)
            for m, values in pack.cue("not_holder").finditer(gap)
        ):
            # "A، رئيس اللجنة الشعبية، يقدم إلى مجلس الشعب للنظر في انتخاب منصب نائب الرئيس": a cue that names what
            # others are to consider (a ``not_holder`` valued 'link') voids the links after it: the post is the
            # election's, not the name's
            skipped = True
            edge = max(edge, title.end)
            continue
        if links:  # "..., who is also Head of the Subcommittee"
            gap = gap[max(links) :]
        elif skipped:  # (another's title: until a title link resumes the name's)
            edge = max(edge, title.end)
            continue
        skipped = False
        cut = max(gap.rfind(c) for c in COMMAS + SEMICOLONS)
        words = [w for w in re.findall(r"[^\W\d_]+", gap[cut + 1 :]) if not _linking(w, pack)]
        if len(words) > 3 or _elsewhere(gap, pack):
            break
        if _counted_role(gap, pack):
            # "..., sowie 447 Delegierte, die 94257 Mitglieder des Provinzparteikomitees vertreten": a role a count
            # stands right before is many people's, no post of the name (nor are the titles after it)
            break
        # (a passive's agent that is a body: "fue designado por el Politburó secretario del ...", the title the name's)
        body_agent = bool(words and out and _body_agent(gap[cut + 1 :], pack))
        if (
            words
            and not body_agent
            and any(True for kind in ("not_holder", "mandate") for _ in pack.cue(kind).finditer(gap, cut + 1))
        ):
            # (or on another's behalf: "A, on behalf of the Chairman of X, presented ...": the principal's title)
            # "A, Director of X, said that the Chairman of Y ...", "A was appointed Deputy Minister by
            # the Prime Minister": a clause opener or a preposition after the last title opens a title
            # that is not the name's, nor are those after it until a title link ("appointed by the
            # Prime Minister to the post of Deputy Minister")
            skipped = True
            edge = max(edge, title.end)
            continue
        own = span[out[0].start : out[0].end] if out else ""
        if (
            words
            and not body_agent
            and _object_title(gap[cut + 1 :], span[title.start : title.end], pack, own)
        ):
            # "A, Director of X, met the Chairman of Y", "responded to the opinion of the delegate of the Provincial
            # People's Council", es "respondió a la pregunta del delegado del Consejo": a word of the grammar's
            # open class (a verb, a noun) and a determiner after it before the title: the title is the object of
            # the name's act, not a further post of the name (a bare modifier is: "A, ..., former Chairman", "a
            # member of", "der auch Staatspräsident")
            break
        # "A, Chủ tịch HĐND tỉnh cho biết: Các vị trí được bầu Chủ tịch UBND ...": a quotation, unless
        # the colon opens a list of posts ("đảm nhiệm các chức vụ: ...")
        colon = re.search(r"[:：]", span[out[-1].end : title.start]) if out else None
        if colon and not any(
            True for _ in pack.cue("title_link").finditer(span, out[-1].end, out[-1].end + colon.start())
        ):
            break
        if out and appositive and not links and _other_province(provinces, title):
            # "استقبل السيد A، رئيس اللجنة الشعبية لمقاطعة نغي آن، رئيس مجلس الشعب في مقاطعة ها تينه" (A received the
            # Chairman of the Ha Tinh People's Council): a second apposition in another province than the name's
            # posts before it is the next person's, or the object of the name's verb, not the name's (a career list
            # a title link opens, or a former post, may move between provinces)
            break
        out.append(title)
        provinces.add(_province(title))
        edge = max(edge, title.end)
    return out


def _body_agent(gap: str, pack: Pack) -> bool:
    """Is ``gap`` (between a name's title and the next title) a passive's agent that is a body, no holder of a post: an
    agent's preposition (a ``not_holder`` cue valued 'agent') and after it only a body the grammar reads ("fue designado
    por el Politburó secretario del ...", "a été désigné par le Politburo secrétaire du ...")? The title after it is the
    name's, as after "vom Politbüro zum"; after a role ("by the Prime Minister") it is the agent's.

    >>> from kg.lang import load_pack
    >>> es = load_pack("es")
    >>> _body_agent(" fue designado por el politburo ", es), _body_agent(" fue designado por el primer ministro ", es)
    (True, False)
    """
    agents = [m for m, values in pack.cue("not_holder").finditer(gap) if values[:1] == ("agent",)]
    if not agents or find_roles(gap, pack):
        return False
    rest = gap[agents[-1].end() :]
    bodies = find_bodies(rest, pack)
    # (the body right before the title, an article at most before it: not "recibido por el Comité y el presidente")
    if len(bodies) != 1 or rest[bodies[0][1] :].strip():
        return False
    return all(_linking(w, pack) for w in re.findall(r"[^\W\d_]+", rest[: bodies[0][0]]))


def _province(title: Title) -> str | None:
    """The province a title's post is in, when it is a provincial post of a province; ``former`` when the title is a
    former post (a career list may move between provinces)."""
    if title.former:
        return "former"
    return (
        gazetteer.province_key(title.place)
        if title.place and title.level == "provincial" and not title.city
        else None
    )


def _other_province(provinces: set[str | None], title: Title) -> bool:
    """Is ``title`` a provincial post of a province that none of the provincial titles before it writes (``provinces``:
    their ``_province``, kept as they are read, so a long chain is read in linear time), while they write one, none of
    them former (provinces compared across the 2025 merger: Kon Tum is Quang Ngai's; a district's place is left out,
    its name may be another province's district too: Tan Uyen)?

    >>> from kg.extract.titles import Title
    >>> ha_tinh = Title("chair", "HDND", "provincial", 0, 5, place="Ha Tinh")
    >>> nghe_an = Title("chair", "UBND", "provincial", 0, 5, place="Nghe An")
    >>> _other_province({_province(nghe_an)}, ha_tinh), _other_province({_province(ha_tinh)}, ha_tinh)
    (True, False)
    """
    if title.former or title.foreign or "former" in provinces:
        return False
    key = _province(title)
    written = provinces - {None}
    return key is not None and bool(written) and key not in written


def _former_after_conjunction(span: str, link: re.Match, values: tuple, pack: Pack) -> bool:
    """Is the copula ``link`` a word that is the former adjective too (pl 'była': 'was' and 'former', feminine; 'byli'),
    written right after the name and a conjunction? Then it is the next subject's former word, no copula of the name
    before it: "były prezydent A oraz była przewodnicząca Zgromadzenia Narodowego B" ("A and was ..." is no sentence).

    >>> from kg.lang import load_pack
    >>> pl = load_pack("pl")
    >>> [_former_after_conjunction(s, m, v, pl) for s in (" oraz byla ", " byla ") for m, v in pl.cue("title_link").finditer(s)]
    [True, False]
    """
    if values[:1] != ("copula",) or pack.cue("former").match_at(span, link.start()) is None:
        return False
    words = span[: link.start()].split()
    return len(words) == 1 and words[0] in pack.cue("conjunction").entries


def _agents(span: str, at: int, pack: Pack) -> bool:
    """Is the plural at ``at`` the agent of a passive, not other people a title after it is of: right after an agent's
    preposition (a ``not_holder`` cue valued 'agent'), an article at most between ("fue elegido por los delegados como
    presidente", "was elected by the delegates as Chairman", "a été élu par les délégués président")?

    >>> from kg.lang import load_pack
    >>> es = load_pack("es")
    >>> _agents("fue elegido por los delegados como presidente", 20, es)
    True
    >>> _agents("felicito a los delegados elegidos como presidente", 14, es)
    False
    """
    return any(
        values[:1] == ("agent",) and len(span[m.end() : at].split()) <= 1
        for m, values in pack.cue("not_holder").finditer(span, max(0, at - 12), at)
    )


def _object_title(rest: str, title: str, pack: Pack, own: str = "") -> bool:
    """Is the title after ``rest`` (what stands between the last separator and it) the object of an act: a word that
    is no linking word, and after it a determiner, up to the title's own first word ("met the Chairman", "answered
    the question of the deputy", "respondió a la pregunta del delegado"), unless a post's noun, a planned post or an aide's
    word names the post ("the post of", "à l'élection du vice-président", "Assistant to the General Secretary")?
    In a language without articles the title's own first word in an oblique case (an ``object_article`` cue valued
    ``case``: pl 'przyjął przewodniczącego', 'odpowiedział na pytanie delegata') marks the object, unless the name's
    own first title ``own`` opens in such a case too (an apposition agrees with its name: 'z udziałem pana A, członka
    Biura Politycznego, a także sekretarza ...').

    >>> from kg.lang import load_pack
    >>> en = load_pack("en")
    >>> _object_title(" met ", "the Chairman of the Provincial People's Committee", en)
    True
    >>> _object_title(" the new ", "Chairman of the Provincial People's Committee", en)
    False
    >>> _object_title(" also ", "the Chairman of the Provincial People's Committee", en)
    False
    >>> _object_title(" saludó al ", "presidente del Comité Popular Provincial", load_pack("es"))
    True
    >>> pl = load_pack("pl")  # (folded text, as the engine reads it)
    >>> _object_title(" przyjal ", "przewodniczacego Komitetu Ludowego", pl, "dyrektor Departamentu Finansow")
    True
    >>> _object_title(" przyjal ", "przewodniczacego Komitetu Ludowego", pl, "dyrektora Departamentu Finansow")
    False
    >>> _object_title(" bylego ", "dyrektora Departamentu Finansow", pl)
    False
    """
    # (an adverb, a former or a new word is the title's modifier, no act: pl 'pana A, byłego dyrektora Departamentu',
    # 'panu A, nowemu sekretarzowi Komitetu', the apposition's modifier in the name's case)
    for kind in ("title_adverb", "former", "new_holder"):
        for m, _ in pack.cue(kind).finditer(rest):
            rest = rest[: m.start()] + " " * (m.end() - m.start()) + rest[m.end() :]
    first = next((m for m in re.finditer(r"[^\W\d_]+", rest) if not _linking(m.group(), pack)), None)
    if first is None:
        return False
    text = rest + title
    if any(
        m.start() < len(rest)
        for kind in ("post_noun", "planned_post", "aide")
        for m, _ in pack.cue(kind).finditer(text)
    ):
        return False
    oblique = any(
        values[:1] == ("case",) and m.start() == 0 for m, values in pack.cue("object_article").finditer(own)
    )
    # (an object_article valued 'verb' is the act's own word, in a language without articles or cases: vi 'Ông A,
    # Giám đốc Sở ..., gặp Chủ tịch UBND tỉnh', met the Chairman; it may be the first open-class word itself; so may
    # one valued 'noun', a noun of speech whose genitive the title is: ar 'قدم السيد A، مدير إدارة المالية، اقتراح رئيس
    # اللجنة الشعبية', A presented the chairman's proposal, the verb written before the subject)
    # (a verb valued 'adjacent' only right before the title: vi 'đón Thứ trưởng', received the Deputy Minister; it folds
    # as 'Đồn', a border post, which a title may follow after more words: 'Đồn trưởng Đồn Biên phòng X kiêm Phó Chủ
    # tịch UBND xã')
    return any(
        m.start() <= len(rest)
        and not (oblique and values[:1] == ("case",))
        and (m.start() >= first.end() or values[:1] in (("verb",), ("noun",)))
        and not (values[1:2] == ("adjacent",) and text[m.end() : len(rest)].strip())
        for kind in ("determiner", "object_article")
        for m, values in pack.cue(kind).finditer(text, first.start())
    )


def _born_clause(after: str, pack: Pack) -> bool:
    """Does the text right after a name open with the name's clause of its birth or age, closed by a comma a title
    follows ("sinh năm 1974, Ủy viên ...", "urodził się w 1974 r., członek ...", "nació en 1974, miembro ...")?"""
    parts = re.split(rf"[{RE_COMMAS}]", after)
    clause = parts[0]
    if (
        len(parts) < 2
        or len(clause.split()) > 6
        or find_roles(clause, pack)
        or not _born_or_aged(clause, pack)
    ):
        return False
    # (a few more short items of the biography may stand between: "sinh năm 1974, quê Thanh Hóa, Ủy viên ...")
    for part in parts[1:6]:
        part = part.strip()
        roles = find_roles(part, pack)
        links = [m.end() for m, _ in pack.cue("title_link").finditer(part)]
        if any(r0 <= 3 or (links and r0 <= links[0] + 1) for r0, _, _ in roles):
            return True
        if roles or len(part.split()) > 6 or _elsewhere(part, pack):
            return False
    return False


def _born_or_aged(clause: str, pack: Pack) -> bool:
    """Is the clause after a name its birth or its age ("A sinh năm 1972, từng giữ chức vụ ...", "A năm nay 50
    tuổi, từng là ..."): the name's own, no new subject before the comma?"""
    if any(True for _ in pack.cue("born").finditer(clause)):
        return True
    age = re.search(r"\d+\s+(\S+)\s*$", clause)
    return (
        age is not None and pack.cue("notcounted").get(age.group(1)) is not None and len(clause.split()) <= 4
    )


def _elsewhere(text: str, pack: Pack) -> bool:
    """Does the text speak of something other than a post: a document, a meeting, an act?"""
    if any(True for _ in pack.documents.finditer(text)):
        return True
    kinds = ("chair", "attend", "hold", "meeting", "pronoun")
    return any(True for kind in kinds for _ in pack.cue(kind).finditer(text))


def _linking(word: str, pack: Pack) -> bool:
    """A word that may stand between two titles: a link or filler word of the grammar, a level
    word, a conjunction, an honorific."""
    if pack.levels.get(word) or word in pack.cue("conjunction").entries:
        return True
    # (a level word with its clitics, as the lexicon finds it: "بمقاطعة", "بالمقاطعة", "للمقاطعة")
    if any(m.start() == 0 and m.end() == len(word) for m, _ in pack.levels.finditer(word)):
        return True
    # words of the title grammar (a body or role word that did not make a post of its own:
    # "Secretary of the Party Delegation") and its links and fillers
    return (
        any(True for _ in find_roles(word, pack))
        or any(True for _ in find_bodies(word, pack))
        or bool(grammar_features(word, pack))
    )


def opens_item(word: str, pack: Pack) -> bool:
    """Is the word a conjunction, or written with one as a clitic ("والرفيق")?"""
    conj = pack.cue("conjunction").entries
    if word in conj:
        return True
    return any(len(c) == 1 and c in pack.prefixes and word.startswith(c) and len(word) > 2 for c in conj)


def _opens_with_role(folded: str, pack: Pack) -> bool:
    """Does the text open with a role wording for one person ("and Chairman of …"), not with a
    plural one ("members of the Standing Committee", other people)?"""
    text = folded.lstrip(" " + COMMAS + DASHES)
    if any(m.start() <= 2 for m, _ in pack.cue("plural").finditer(text[:40])):
        return False
    return any(r0 <= 2 for r0, _, _ in find_roles(text[:40], pack))


def posts_colon(text: str, pack: Pack) -> int | None:
    """The end of the colon that closes the clause a ``posts`` cue (a plural noun of posts) opens near the start of
    ``text`` (folded, the text after a name), with no role, semicolon or full stop between the cue and the colon
    ("has held many important positions, such as: t1; t2", "العديد من المناصب المهمة، مثل: ...", "kinh qua nhiều
    chức vụ quan trọng như: ..."): the colon opens a list of the name's posts, as a title link does. None when
    there is none, or when a separator or a ``not_holder`` word stands before the cue (another clause: "A said
    that the province arranged 120 positions: ...").

    >>> from kg.lang import load_pack
    >>> posts_colon(" has held many important positions, such as: deputy director", load_pack("en"))
    44
    >>> posts_colon(" said that the province arranged 120 positions: chairman", load_pack("en")) is None
    True
    """
    colon = re.search(r"[:：]", text[:200])
    if colon is None:
        return None
    head = text[: colon.start()]
    if re.search(rf"[{RE_SEMICOLONS}.]", head):
        return None
    for m, _ in pack.cue("posts").finditer(head):
        if (
            m.start() > 60
            or re.search(rf"[{RE_COMMAS}{RE_DASHES}]", head[: m.start()])
            # (nor a reported clause's posts: "A said that the province arranged the posts: ...", "A cho biết ...")
            or any(True for _ in pack.cue("not_holder").finditer(head, 0, m.start()))
        ):
            return None
        if len(head) - m.end() <= 60 and not find_roles(head[m.end() :], pack):
            return colon.end()
    return None


def _group_item(part: str, rest: str, pack: Pack) -> bool:
    """Is a part of a list after a semicolon, a role written alike for one and several (a ``plural_alike`` cue) and no
    name, a group of the list's, when the next part opens with a plural word ("A – t1, przewodniczący
    Prowincjonalnego Komitetu Ludowego; wiceprzewodniczący Prowincjonalnego Komitetu Ludowego; przedstawiciele
    ...", ar 'نواب رئيس اللجنة الشعبية الإقليمية؛ ممثلو ...'): the vice-chairs, not A's further post?"""
    folded = fold(part)
    opening = len(folded) - len(folded.lstrip(" " + COMMAS + DASHES))
    if pack.cue("plural_alike").match_at(folded, opening) is None:
        return False
    following = fold(re.split(rf"[{RE_SEMICOLONS}.]", rest, maxsplit=1)[0])
    start = len(following) - len(following.lstrip(" " + COMMAS + DASHES))
    return pack.cue("plural").match_at(following, start) is not None


def _posts_before(span: str, first: int, pack: Pack) -> bool:
    """Does the colon closing a clause of posts (:func:`posts_colon`) stand before ``first`` in ``span``?"""
    colon = posts_colon(span, pack)
    return colon is not None and colon <= first


def _posts_listed(text: str, pack: Pack) -> bool:
    """Does a title link and a colon open a list of the name's posts in ``text`` ("A piastował stanowiska:
    ...", "A a occupé les postes suivants : ...")? Each item of it is the name's, a plural-looking role too."""
    colon = text.rfind(":")
    return colon > 0 and (
        any(True for _ in pack.cue("title_link").finditer(fold(text), 0, colon))
        or posts_colon(fold(text), pack) is not None
    )


def _opens_with_any_role(text: str, pack: Pack) -> bool:
    """Does the text open with a role wording, plural-looking or not (pl "zastępcy sekretarza": of the
    deputy secretary, as an item of a list of posts)?"""
    folded = fold(text).lstrip(" " + COMMAS + DASHES)
    return any(r0 <= 2 for r0, _, _ in find_roles(folded[:40], pack))


def _place_after_title(text: str, pack: Pack) -> bool:
    """Does the text end with a title and the place of its body ("président du Comité populaire de
    la province de Ha Tinh <name>", "Sekretär des Parteikomitees von Ho-Chi-Minh-Stadt <name>")?"""
    suffix = re.search(r"-[^\W\d_]{3,8}$", text)  # "Hô Chi Minh-Ville", "Ho-Chi-Minh-Stadt"
    # (the place read in the last 60 characters before the suffix: its end counted from where they start)
    window = max(0, suffix.start() - 60) if suffix else 0
    if suffix and any(
        window + b == suffix.start() for _, b, _ in gazetteer.find_places(text[window : suffix.start()])[-1:]
    ):
        text = text[: suffix.start()]
    stripped = _strip_place(text, pack)
    if stripped is None:
        return False
    words = stripped.split()
    for _ in range(5):  # the words that open the place: "de la province de", "der Provinz", "da Cidade de"
        head = " ".join(words)
        if any(end == len(head) for find in (find_roles, find_bodies) for _, end, _ in find(head, pack)):
            return True
        if len(words) < 2 or not (len(words[-1]) <= 3 or _linking(words[-1], pack)):
            return False
        words.pop()
    return False


def _glued_conjunctions(trimmed: str, pack: Pack) -> list[tuple[int, int]]:
    """(start, end) of each conjunction written as a clitic glued to a role that opens a word of
    ``trimmed`` (Arabic و, a ``conjunction`` cue that format.tsv also gives as a ``prefix``: "(يسار)
    ورئيس اللجنة الشعبية"), the role right after it."""
    glued = [c for c in pack.cue("conjunction").entries if c in pack.prefixes]
    if not glued:
        return []
    folded = fold(trimmed)
    last = folded.split()[-1] if folded.split() else ""
    if any(last.startswith(c) and len(last) > len(c) + 2 for c in glued):
        return []  # "A - T1 وT2 والرفيق B": the next name opens its own item, T2 is still A's
    shift = len(trimmed) - len(folded)  # (fold drops the spaces the text opens with)
    return [
        (m.start() + shift, m.end() + shift)
        for c in glued
        for m in re.finditer(rf"(?<!\w){re.escape(c)}(?=\w)", folded)
        if any(r0 == 0 for r0, _, _ in find_roles(folded[m.end() : m.end() + 40], pack))
    ]


def _glued_honorific(trimmed: str, pack: Pack) -> bool:
    """Does ``trimmed`` (the text between a name and the next) end with an honorific a conjunction is glued to (Arabic
    "والرفيقة", "والسيد": a ``conjunction`` cue format.tsv also gives as a ``prefix``, then an ``honorific`` entry)?"""
    words = fold(trimmed).split()
    if not words:
        return False
    honorifics = pack.cue("honorific")
    return any(
        words[-1].startswith(c) and honorifics.get(words[-1][len(c) :]) is not None
        for c in pack.cue("conjunction").entries
        if c in pack.prefixes
    )


def _strip_place(text: str, pack: Pack) -> str | None:
    """``text`` without the place it ends with, None when it ends with none: a place in Latin letters,
    maybe with a level word after it ("of Nghe An province"), or one in another script the name reader
    spells ("لمقاطعة ترا فينه")."""
    end = len(text.rstrip(" " + COMMAS))
    stripped = gazetteer.strip_places(text)
    if len(stripped) < end:
        return stripped
    level = next((m for m, _ in pack.levels.finditer(text) if m.end() == end and m.start() > 0), None)
    if level is not None:  # "chairman of the people's committee of Nghe An province <name>"
        stripped = gazetteer.strip_places(text[: level.start()])
        if len(stripped) < len(text[: level.start()].rstrip(" " + COMMAS)):
            return stripped
    if text.isascii():
        return None
    from kg.extract.names import reader_for  # (names reads no title: no cycle at run time)

    tokens = text[:end].split()
    reader = reader_for(tokens[-1]) if tokens else None
    for n in (4, 3, 2):  # "ورئيس اللجنة الشعبية لمقاطعة ترا فينه <name>"
        if reader is None or len(tokens) <= n:
            continue
        if gazetteer.read_place([reader.norm(t) for t in tokens[-n:]], reader):
            return " ".join(tokens[:-n])
    return None


_NAMED = frozenset({"ministry", "department", "minister", "deputy_minister"})  # titles a name may follow


def _ends_with_title(folded: str, pack: Pack) -> bool:
    """Does the text end with a role or body wording (a title written right before a name)?
    Remembered for a loaded pack while the article's acronyms (:func:`find_bodies` reads them) are
    the same: the engine asks it several times of one span."""
    if not pack.loaded:  # a pack made by hand (tests): nothing to remember
        return _read_ends_with_title(folded, pack)
    return _ENDS.get((folded, id(pack)), lambda: _read_ends_with_title(folded, pack))


_ENDS = Memo(4096, context=current_acronyms)  # (the answers depend on the article's acronyms)


def _read_ends_with_title(folded: str, pack: Pack) -> bool:
    if _place_after_title(folded.rstrip(" \t\u00a0" + DASHES), pack):
        return True
    text = folded.rstrip(" \t\u00a0" + DASHES)
    for honorific, _ in pack.cue("honorific").finditer(text):
        if honorific.end() == len(text):
            text = text[: honorific.start()].rstrip()
    # "A، ورئيس الوزراء السابق B", "A، والرئيس السابق B": the former word written after the role (before the
    # name) ends no title of its own; the role before it does
    for former, _ in pack.cue("former_after").finditer(text):
        if former.end() == len(text) and find_roles(text[: former.start()].rstrip(), pack):
            text = text[: former.start()].rstrip()
    if text.split() and _conjoined(text.split()[-1], pack):
        return False  # "Giám đốc Sở Giao thông và Vận tải tỉnh và ông <name>": a new item, no title before it
    if any(end == len(text) for find in (find_roles, find_bodies) for _, end, _ in find(text, pack)):
        return True
    # "dyrektor Departamentu Zdrowia <name>", "minister Rolnictwa i Środowiska <name>": the name of the
    # ministry or department a title names, written with no link word (as :func:`chained` reads it)
    named = [e for find in (find_roles, find_bodies) for _, e, v in find(text, pack) if v[0] in _NAMED]
    if (
        named
        and _ministry_name(text[max(named) :], pack)
        and not re.search(rf"[{RE_COMMAS}]", text[max(named) :])
    ):
        return True
    # "Director of the Ho Chi Minh National Academy of Politics <name>", "Giám đốc Học viện Chính trị Quốc gia Hồ Chí
    # Minh <name>": the name of an institution a title names (kg.extract.grammar.INSTITUTION) runs to the name
    roles = find_roles(text, pack)
    if (
        roles
        and not re.search(rf"[{RE_COMMAS}]", text[roles[-1][1] :])
        and any(
            v[0] in (INSTITUTION, COMPANY) and b0 >= roles[-1][1]
            for b0, _, v in find_bodies(text, pack, unnamed=True)
        )
    ):
        return True
    # "Chủ tịch UBMTTQ Việt Nam tỉnh <name>": a level word after the body is still the title
    level = next((m for m, _ in pack.levels.finditer(text) if m.end() == len(text) and m.start() > 0), None)
    if level is None:
        return False
    text = text[: level.start()].rstrip()
    return any(end == len(text) for find in (find_roles, find_bodies) for _, end, _ in find(text, pack))


class Spans:
    """The text that may carry a name's title: ``after`` it (folded, "" when none) and ``before``
    it (folded, back to the previous name or a ";" / ":"); ``adjacent``: ``before`` ends with a
    title written right against the name (read the first time it is asked: seldom)."""

    __slots__ = ("_adjacent", "_pack", "after", "before")

    def __init__(self, after: str, before: str, adjacent: bool | None = None, pack: Pack | None = None):
        self.after = after
        self.before = before
        self._adjacent = adjacent  # (None: not read yet, from ``before`` with ``pack``)
        self._pack = pack

    @property
    def adjacent(self) -> bool:
        if self._adjacent is None:
            self._adjacent = _ends_with_title(self.before, self._pack)
        return self._adjacent

    def __repr__(self) -> str:
        return f"Spans(after={self.after!r}, before={self.before!r}, adjacent={self.adjacent!r})"


def _plural_cut(sentence: str, end: int, after_end: int, pack: Pack) -> int:
    """Where the titles of the name ending at ``end`` stop: before a plural role word ("...,
    Chairman of the PPC, vice chairmen of the PPC") written after a title of its own, which
    names other people."""
    plural = pack.cue("plural")
    if not plural:
        return after_end
    folded = fold_aligned(sentence[end:after_end])
    # a role counted ("X làm Bí thư Tỉnh ủy và 4 phó bí thư Tỉnh ủy", "and two deputies") is a plural one
    counted = [
        c
        for r0, _, _ in find_roles(folded, pack)
        if (c := _COUNT_BEFORE.search(folded, max(0, r0 - 40), r0) or _cardinal_at(folded, r0, pack))
        is not None
    ]
    # (the plural wordings found with the lexicon's matcher: the matches of its plain expression; not one valued
    # 'accusative' that a longer ``title_link`` opens with, the singular's accusative written as the dual: ar 'A، مدير
    # إدارة المالية، نائبا لرئيس اللجنة', appointed deputy, not 'two deputies'; 'بنائبين لرئيس' stays two)
    links = {m.start(): m.end() for m, _ in pack.cue("title_link").finditer(folded)}
    alike = [
        m
        for m, v in plural.finditer(folded)
        if v[:1] == ("accusative",) and links.get(m.start(), 0) > m.end()
    ]
    for m in sorted([*(m for m, _ in plural.finditer(folded)), *counted], key=lambda m: m.start()):
        if any(m.span() == a.span() for a in alike):
            continue
        head = folded[: m.start()]
        before = re.search(r"(?:^|\s)(\S+)\s+$", head)
        # "X, وأعضاء اللجنة …" / "X, t1 and members of …": a plural role opened by a conjunction
        # names other people, even right after the name
        conjoined = _conjoined(m.group(), pack, glued=True) or (before and _conjoined(before.group(1), pack))
        if _act_on_plural(head, pack) and find_roles(head, pack):
            # "إعفاء السيد A من منصب t1، وإعفاء نواب رئيس ...", "relieving A of t1 and relieving the vice
            # chairmen of ...": a second act whose object is the plural role names other people
            return end + m.start()
        sep = re.search(rf"[{RE_COMMAS}]\s*(\S+\s+)?$", head)
        if sep and sep.group(1) and not conjoined:
            continue
        colon = head.rfind(":")
        if colon > 0 and not conjoined and any(True for _ in pack.cue("title_link").finditer(head, 0, colon)):
            # "A piastował stanowiska: dyrektora ...; zastępcy sekretarza ...": the list a title link and a colon
            # open holds the name's own posts (pl "zastępcy" is "of the deputy" as well as "deputies")
            continue
        if (sep and (conjoined or find_roles(head, pack))) or (conjoined and find_roles(head, pack)):
            return end + m.start()
    return after_end


def _act_on_plural(head: str, pack: Pack) -> bool:
    """Does the clause ``head`` ends with (after its last comma or semicolon) hold a change of a body's
    members (the pack's ``roster`` cue: 'the dismissal of', 'إعفاء', 'odwołanie') whose object is the
    plural role right after ``head``?"""
    clause = re.split(rf"[{RE_COMMAS}]", head)[-1]
    # (a second act, joined by a conjunction: "، وإعفاء نواب", "and the dismissal of", "và miễn nhiệm các"; not the
    # listed names' own verb, "Mr. A, t1, and Mr. B, t2, were appointed Deputy Secretaries of ...": theirs; review26)
    return any(_joined_act(clause, m.start(), pack) for m, _ in pack.cue("roster").finditer(clause))


def _joined_act(clause: str, at: int, pack: Pack) -> bool:
    """Does a conjunction stand before the act at ``at`` in ``clause``: a word of its own before it, or a one-letter
    conjunction glued to it ("وإعفاء")? (The act's match may hold the clitic: the pack's prefixes.)"""
    conj = pack.cue("conjunction")
    word = re.match(r"[^\W\d_]+", clause[at:])
    glued = word is not None and _conjoined_act(word.group(), pack)
    return glued or any(conj.get(w) is not None for w in re.findall(r"[^\W\d_]+", clause[:at]))


def _conjoined_act(word: str, pack: Pack) -> bool:
    """Does ``word``, a ``roster`` act, open with a one-letter conjunction written as a clitic ("وإعفاء": و +
    إعفاء)?"""
    return any(
        word.startswith(p) and pack.cue("roster").get(word[len(p) :]) is not None
        for p in pack.cue("conjunction").entries
        if len(p) == 1 and p in pack.prefixes
    )


_COUNT_BEFORE = re.compile(r"(?<!\S)\d+\s+$")  # a digit count right before a role (searched up to the role)
_THOUSANDS = re.compile(r"(?<=\d)[,.](?=\d{3}(?!\d))")  # a thousands separator: "94,257", "94.257"
# a count ending the text before a title (no year: "since 2020 Chairman")
_COUNT_ENDS = re.compile(r"(?<![\d,.])(?!(?:19|20)\d\d\s+$)\d+\s+$")


def _counted_role(gap: str, pack: Pack) -> bool:
    """Does ``gap`` (the text before a title) end with a count, a number that is no year ("94257 Mitglieder") nor the
    number a term or a label noun right before it names ("Ủy viên Trung ương Đảng khóa 13 Bí thư Tỉnh ủy", "عضو اللجنة
    المركزية للحزب الدورة 13 أمين لجنة الحزب", "Quận 8")?

    >>> from kg.lang import load_pack
    >>> _counted_role(" die 94257 ", load_pack("de")), _counted_role(" khoa 13 ", load_pack("vi"))
    (True, False)
    """
    count = _COUNT_ENDS.search(gap, max(0, len(gap) - 24))
    if count is None:
        return False
    before = gap[: count.start()].rstrip()
    return not any(
        m.end() == len(before) for kind in ("term", "label") for m, _ in pack.cue(kind).finditer(before)
    )


def _cardinal_at(folded: str, r0: int, pack: Pack):
    """The number written as a word right before the role at ``r0`` ("hai phó bí thư"), as a match, or None."""
    end = r0  # (no copy of the text before it: a sentence of 10,000 roles would copy it 10,000 times)
    while end > 0 and folded[end - 1].isspace():
        end -= 1
    return next(
        (m for m, _ in pack.cue("cardinal").finditer(folded, max(0, end - 12), end) if m.end() == end), None
    )


def _conjoined(word: str, pack: Pack, glued: bool = False) -> bool:
    """Is ``word`` a conjunction ("and")? With ``glued``, may it open with one written as a clitic
    ("وأعضاء": و + أعضاء)?"""
    conj = pack.cue("conjunction")
    if conj.get(word) is not None:
        return True
    return glued and any(
        word.startswith(p) and word[len(p) :] in pack.cue("plural").entries
        for p in conj.entries
        if len(p) == 1 and p in pack.prefixes
    )


def _released_next(text: str, pack: Pack) -> list[tuple[int, int]]:
    """The conjunctions of ``text`` (from a name to the next) that a ``released_from`` cue and a role follow: "and from
    the post of Vice Chairman of X", "oraz ze stanowiska wiceprzewodniczącego X", "y del cargo de vicepresidente de X",
    as (start, end): in a list of dismissals that writes each post before its name ("dismissed from the post of T1 Mr.
    A, from the post of T2 Mr. B and from the post of T3 C", mt36) the post after the conjunction is the next name's."""
    # (fold drops the leading spaces: the hits' offsets are shifted back)
    lead = len(text) - len(text.lstrip())
    folded = fold(text)
    out = []
    for m, _ in pack.cue("conjunction").finditer(folded):
        rest = folded[m.end() :]
        cue = pack.cue("released_from").match_at(rest, len(rest) - len(rest.lstrip()))
        if cue is not None and any(r0 <= 2 for r0, _, _ in find_roles(rest[cue[0].end() :].lstrip(), pack)):
            out.append((m.start() + lead, m.end() + lead))
    return out


def title_spans(sentence: str, names: list[tuple[int, int]], stops: list[int], pack: Pack) -> list[Spans]:
    """For each name (start, end) in a sentence, the text that may carry its title.

    The title follows the name when a separator (",", "-", "–", "(") or a ``title_link`` cue
    ("as", "منصب") comes next; it precedes the name otherwise. When the text after a name runs
    into the next name and ends with a title written right before that name ("..., ورئيس الوزراء
    فام مينه تشينه"), that part is the next name's. ``stops`` are offsets (verbs such as
    "chaired") where a following title ends.
    """
    # (a thousands separator inside a number is no separator of titles: "representing 94,257 party members of the
    # Provincial Party Committee", "يمثلون 94,257 عضوًا في الحزب في لجنة الحزب الإقليمية" are a count as "94257 party
    # members" is, no member's post of the name before it; blanked, so offsets stay)
    sentence = _THOUSANDS.sub(" ", sentence)
    out: list[Spans] = []
    used_until = 0
    held = False  # (the name before is the object of an opening phrase: "Besides Mr. A, ..., and Mr. B, ...")
    for i, (start, end) in enumerate(names):
        nxt = names[i + 1][0] if i + 1 < len(names) else len(sentence)
        # (not a verb closing its clause right after the name when the name's apposition follows it: "Die Sitzung
        # wurde von Genosse A geleitet, dem stellvertretenden Sekretär ...")
        after_end = min([nxt] + [s for s in stops if s > end and not _particle_stop(sentence, end, s, pack)])
        after_end = _plural_cut(sentence, end, after_end, pack)
        after = _blank_particle(sentence[end:after_end], pack)
        received = (
            i + 1 < len(names)
            and after_end == nxt
            and _received_next(sentence, start, after, names[i + 1][1], pack)
        )
        cut = next(_cuts(after, f"[{RE_SEMICOLONS}.]"), None)
        closes = cut is not None  # the name's item closes before the next name
        if cut:
            kept = after[: cut.start()]
            # "A, t1; and t2, t3; …": a part after a semicolon that opens with a role and reaches
            # the next semicolon (or the end) without a name still lists A's posts
            pos = end + cut.start()
            while sentence[pos : pos + 1] in tuple(SEMICOLONS):
                nxt_cut = next(_cuts(sentence[pos + 1 : after_end], f"[{RE_SEMICOLONS}.]"), None)
                stop = pos + 1 + nxt_cut.start() if nxt_cut else after_end
                part = sentence[pos + 1 : stop]
                if (stop >= nxt and nxt < len(sentence)) or not (
                    _opens_with_role(fold(part), pack)
                    or (_posts_listed(kept, pack) and _opens_with_any_role(part, pack))
                ):
                    break
                if not _posts_listed(kept, pack) and _group_item(part, sentence[stop + 1 : after_end], pack):
                    break
                kept += ", " + part
                pos = stop
            after = kept
        elif after_end == nxt and i + 1 < len(names) and not received:
            # the next name's title may be written with a comma before that name ("A, et le président du
            # Comité populaire provincial, B"): that comma opens nothing
            trimmed = _trim_commas(after)
            seps = [(m.start(), m.end()) for m in re.finditer(rf"[{RE_COMMAS}{RE_SEMICOLONS}]", trimmed)]
            commas = list(seps)
            # "A (đứng) và Chủ tịch UBND tỉnh B": a conjunction before a role also opens the next name's
            # title (not one inside a body's name: "Comitê Econômico e Financeiro")
            seps += [
                (m.start(), m.end())
                for m, _ in pack.cue("conjunction").finditer(fold(trimmed))
                if any(r0 <= 6 for r0, _, _ in find_roles(fold(after[m.end() : m.end() + 40]).lstrip(), pack))
            ]
            seps += _released_next(trimmed, pack)  # "A and from the post of Vice Chairman of X B"
            seps += _glued_conjunctions(trimmed, pack)  # "كيم نغوك تاي (يسار) ورئيس اللجنة B"
            if _glued_honorific(trimmed, pack):
                # "الرفيق A – t1، t2 والرفيقة B – t3", "الرفيق A، t1 والرفيقة B، t2": the conjunction glued to the next
                # name's honorific opens that name's item; the titles before it are all A's (as "A - T1 وT2 والرفيق B")
                seps = []
            last = max(seps, default=None, key=lambda s: s[1])
            # "A, Bí thư Tỉnh ủy, B, Chủ tịch UBND tỉnh": a title between commas, the next name titled
            # after its own comma, is the first name's (a list written with commas only), not the next's
            listed = (
                last in commas and after.rstrip() != trimmed and _titled_next(sentence, names[i + 1][1], pack)
            )
            if last and not listed and _ends_with_title(fold(trimmed[last[1] :]), pack):
                after = _own_titles(after, last[0], pack)
            elif (
                last
                and _apposition_before(trimmed, seps, last, pack)
                and not _titled_next(sentence, names[i + 1][1], pack)
            ):
                # "Herr A wurde gewählt, der Vorsitzende des Volkskomitees, Herr B, gratulierte ihm", "Mr. A has
                # been elected, the Chairman of the PPC, Mr. B, congratulated him": a title between two separators,
                # then the next name's honorific, is that name's apposition (not the post a bare link names)
                after = after[: max(s for s in seps if s[1] <= last[0])[0]]
        opened = re.match(rf"\s*[{RE_DASHES}]\s", after)
        closed = _closing_dash(after[opened.end() :]) if opened else None
        rest = " ".join(fold(after[opened.end() + closed.end() :]).split()[:3]) if closed else ""
        if closed and not _title_opens(rest, pack) and not _name_goes_on(rest, pack):
            # "X - Deputy Secretary, Chairman of the Council - said that ...": a second dash closes
            # the title a dash opened, unless another title follows it ("- zum Mitglied des Politbüros")
            # or a title link resumes it (blanked between, so offsets stay those of the sentence)
            tail = opened.end() + closed.end()
            resumed = _resumed(after[tail:], pack)
            cut = opened.end() + closed.start()
            after = after[:cut] + (
                "," + " " * (tail + resumed - cut - 1) + after[tail + resumed :]
                if resumed is not None
                else ""
            )
        prev = names[i - 1][1] if i > 0 else 0
        if out and out[-1].after:
            prev = max(prev, used_until)  # the previous name's title is not this one's
        before = sentence[prev:start]
        cuts = list(_cuts(before, f"[{RE_SEMICOLONS}:.]"))
        if cuts:
            before = before[cuts[-1].end() :]
        after = _own_clause(after, before, pack)
        after = _ballot_blanked(after, pack)
        held = (
            _after_besides(before, pack)
            or _after_opening_verb(before, pack)
            or (held and _conjunction_tail(sentence[names[i - 1][1] : start], pack) is not None)
        )
        if held:
            # "Outre M. A, le Premier ministre a également sanctionné M. B", "Ngoài ông A, Thủ tướng cũng thi hành kỷ luật
            # ...": after a name a ``besides`` cue opens, the title after its comma is the clause's subject (mt31);
            # "Outre M. A, président du Comité populaire de la province de Lao Cai, M. B ..." keeps A's; so after an
            # apposition ("Besides Mr. A, Chairman of the PPC, the Prime Minister also disciplined ...") and after an
            # opening verb ("Congratulating Mr. A, Chairman of ..., the Prime Minister praised ...")
            after = after[: _subject_cut(after, pack)]
        folded_after = fold(after)
        linked = any(
            (m.start() < 30 or not re.search(rf"[{RE_COMMAS}{RE_SEMICOLONS}:]", folded_after[: m.start()]))
            # (a link marked "titled" right after the name or a separator only: "نقل السيد A - t1، للمشاركة في")
            and (
                values[:1] != ("titled",)
                or re.fullmatch(rf"(?:.*[{RE_COMMAS}{RE_DASHES}])?\s*", folded_after[: m.start()], re.S)
            )
            # (not pl 'była' after a conjunction: "A oraz była przewodnicząca ... B", the next name's former word)
            and not _former_after_conjunction(folded_after, m, values, pack)
            for m, values in pack.cue("title_link").finditer(folded_after[:60])
        )
        # "A held many important posts, such as: t1; t2": a plural noun of posts and the colon closing its clause
        linked = linked or posts_colon(folded_after, pack) is not None
        # "Ông A sinh năm 1974, Ủy viên Trung ương Đảng", "Pan A urodził się w 1974 r., członek KC", "El Sr. A nació en
        # 1974, miembro del Comité Central": the name's own clause of its birth or age, then its posts after the comma
        # (as with a comma after the name: "A, sinh năm 1974, Ủy viên ...")
        linked = linked or _born_clause(folded_after, pack)
        # "... to let Mr. A stop participating in the Executive Committee of ...", "cho ông A thôi tham gia BCH ...": a
        # ``join`` cue right after the name opens what it joins or leaves (``_joined_member`` reads the membership)
        linked = (
            linked
            or pack.cue("join").match_at(folded_after, len(folded_after) - len(folded_after.lstrip()))
            is not None
        )
        if linked and i + 1 < len(names) and after_end == nxt and not closes:
            # "B wręczył decyzję o powołaniu na stanowisko dyrektora Departamentu panu A", "B handed over the decision on
            # the appointment to the post of Director of the Department to Mr. A": a post a document gives, written
            # right before the next name, is that name's (the recipient's), not the subject's
            handed = _handed_post(fold_aligned(after), pack)
            if handed is not None:
                after = after[:handed]
                folded_after = fold(after)
                linked = False
        if i + 1 < len(names) and after_end == nxt and not closes and _next_item(before, folded_after, pack):
            # "... ورئيس الجمعية الوطنية تران ثانه مان، والعضو الدائم للأمانة، ورئيس لجنة التفتيش
            # تران كام تو": a name with its title written before it, then a list item opened by a
            # conjunction: the item's titles are the next name's (not when a semicolon closes the
            # item before it: "نائب رئيس الوزراء A، ونائب رئيس اللجنة التوجيهية؛ ووزير النقل B")
            after, folded_after = "", ""
        if _plural_next(folded_after, pack) and _ends_with_title(fold(before), pack):
            # "wiceprezydent A, ministrowie, szefowie agencji, asystent sekretarza generalnego": a
            # name titled before it, then plural roles: the part after it lists other people
            after, folded_after = "", ""
        unmarked = _role_next(after, folded_after, pack, unnamed=True)  # "Sr. X Presidente del Consejo ..."
        if not unmarked and _copula_before(before, pack):
            # "Im Jahr 2019 war Herr A der Direktor des Finanzamtes", "Seit 2020 ist Herr A der Vorsitzende des ...": the
            # copula written first (German V2), the name its subject, the complement after it with its article
            bare = _drop_article(after, pack)
            unmarked = bare != after and _role_next(bare, fold(bare), pack, elected=True, unnamed=True)
        if not unmarked and _elected_object(_names_blanked(sentence, names, i), pack):
            # "Les délégués ont élu M. A président du Conseil populaire provincial", "eligieron al Sr. A y a la Sra. B
            # vicepresidentes del Consejo" (vi 'bầu ông A làm Chủ tịch HĐND tỉnh'): the post an electing verb gives
            # its object, written right after the name, in lower case or plural
            unmarked = _role_next(after, folded_after, pack, elected=True)
        if not unmarked and i > 0 and _gapped_link(_names_blanked(sentence, names, i), pack):
            # "Mme A a été nommée cheffe de la Commission X et Mme B cheffe de la Commission Y du Conseil", "Ms. A was
            # appointed Head of X and Ms. B Head of Y", "la señora A fue designada jefa de X y la señora B jefa de Y":
            # the verb that gave the name before it its post, left out before this one (gapping), gives it the post
            # written right after it
            unmarked = _role_next(after, folded_after, pack, elected=True, unnamed=True)
        c = after.lstrip()[:1]
        uncased = c.isalpha() and not (c.isupper() or c.islower()) and not received
        unmarked = unmarked or received
        if unmarked and uncased and i + 1 < len(names) and after_end == nxt:
            # (uncased: "التقى الرفيق A رئيس الوزراء B": a title that runs into the next name is that name's)
            unmarked = not _ends_with_title(folded_after, pack) and bool(re.search(rf"[{RE_COMMAS}]", after))
        if (
            unmarked
            and uncased
            and any(True for _ in pack.cue("acts_on").finditer(fold(re.split(rf"[{RE_COMMAS}]", before)[-1])))
        ):
            # (nor after a verb acting on a person: "وهنأ الرفيق A رئيس الوزراء على النجاح", A congratulated the PM)
            unmarked = False
        if (_SEPARATORS.match(after) or linked or unmarked) and len(after.strip()) > 3:
            out.append(Spans(folded_after, fold(before), pack=pack))  # (adjacent: read when asked)
            used_until = end + len(after)
        else:
            out.append(Spans("", fold(before), True))
    return out


def _copula_before(before: str, pack: Pack) -> bool:
    """Does ``before`` (the text before a name) end with a copula, the name's honorific after it ("Im Jahr 2019 war
    Herr", "Seit 2020 ist Herr")?"""
    text = fold(before).rstrip()
    for kind in ("honorific", "courtesy"):
        found = [m for m, _ in pack.cue(kind).finditer(text, max(0, len(text) - 20)) if m.end() == len(text)]
        if found:
            text = text[: found[0].start()].rstrip()
    return any(
        m.end() == len(text) and values[:1] == ("copula",)
        for m, values in pack.cue("title_link").finditer(text, max(0, len(text) - 12))
    )


def _handed_post(folded_after: str, pack: Pack) -> int | None:
    """Where the document opens whose post a title link after it names, the post's title running into the next
    name's honorific ("... wręczył decyzję o powołaniu na stanowisko dyrektora Departamentu Finansów panu", "...
    handed over the decision on the appointment to the post of Director of the Department of Finance to Mr.", "...
    سلم قرار التعيين في منصب مدير إدارة المالية إلى السيد"): the text after the name up to the next name's; None when
    the title does not end the text, a recipient word and the honorific aside, or no document word stands before the
    first title link."""
    link = next((m for m, _ in pack.cue("title_link").finditer(folded_after)), None)
    if link is None:
        return None
    doc = next((m for m, _ in pack.documents.finditer(folded_after, 0, link.start())), None)
    if doc is None:
        return None
    tail = folded_after.rstrip()
    for kind in ("honorific", "courtesy", "recipient"):
        found = [m for m, _ in pack.cue(kind).finditer(tail, max(0, len(tail) - 30)) if m.end() == len(tail)]
        if found:
            tail = tail[: found[0].start()].rstrip()
    # (a giver: "A received the decision ... to the post of Director ... from Mr. B", the post stays A's)
    if any(m.end() == len(tail) for m, _ in pack.cue("source").finditer(tail, max(0, len(tail) - 30))):
        return None
    if len(tail) <= link.end() or not _ends_with_title(tail[link.end() :], pack):
        return None
    return doc.start()


def _received_next(sentence: str, start: int, after: str, next_end: int, pack: Pack) -> bool:
    """Is the name at ``start`` the subject of an ``acts_on`` verb written right before its honorific ("استقبل السيد
    A", received), the text ``after`` it a title chain that runs into the next name's honorific, a comma at most
    between ("استقبل السيد A، سكرتير لجنة الحزب الإقليمية السيد B، نائب وزير المالية"), and the next name titled after
    it? Then the next name is the verb's object, a second person, and the chain up to its honorific the subject's own
    (as "A, Secretary ..., received Mr. B, Deputy Minister ..."); a next name with no title of its own after it may be
    titled by the words before it ("... استقبل السيد A نائب وزير المالية السيد B"), left as written."""
    head = fold(sentence[:start]).rstrip()
    honorific = [m for m, _ in pack.cue("honorific").finditer(head[-30:]) if m.end() == len(head[-30:])]
    if (
        not honorific
        or _inverted_subject(head[: len(head) - len(honorific[0].group())].rstrip(), pack) is None
    ):
        return False
    folded = fold(after).rstrip()
    tail = [m for m, _ in pack.cue("honorific").finditer(folded[-30:]) if m.end() == len(folded[-30:])]
    if not tail:
        return False
    chain = folded[: len(folded) - len(tail[0].group())].rstrip().rstrip(COMMAS)
    if re.search(rf"[{RE_SEMICOLONS}{RE_DASHES}:.(]\s*$", chain) or not find_roles(chain, pack):
        return False
    return _opens_with_role(fold(sentence[next_end : next_end + 60]), pack)


def _blank_particle(after: str, pack: Pack) -> str:
    """The text after a name with a split verb's closing word right after it blanked when a separator
    and a role follow it (de 'An dem Treffen nahm auch Genosse A teil, Mitglied des Politbüros': the
    apposition after 'teil,' is A's); offsets kept."""
    lead = len(after) - len(after.lstrip())
    folded = fold(after)  # (from the first word: fold strips)
    for m, _ in pack.cue("verb_particle").finditer(folded[:20]):
        if m.start() or not _SEPARATORS.match(folded[m.end() :]):
            continue
        rest = folded[m.end() :]
        if any(
            _opens_with_role(r, pack) for r in (rest, _drop_article(rest, pack), _drop_former(rest, pack))
        ):
            return " " * (lead + m.end()) + after[lead + m.end() :]
    return after


def _drop_former(rest: str, pack: Pack) -> str:
    """``rest`` (a separator, then an apposition) from after the ``former`` word that opens the apposition
    ("teil, ehemaliger Sekretär des ...", "verhängt, ehemaliger Sekretär ...": mt31), else unchanged."""
    text = rest.lstrip(" " + COMMAS + DASHES)
    for f, _ in pack.cue("former").finditer(text[:20]):
        if f.start() == 0:
            return text[f.end() :]
    return rest


def _drop_article(rest: str, pack: Pack) -> str:
    """``rest`` (a separator, then an apposition) from after the article that opens the apposition in the name's
    case ("dem stellvertretenden Sekretär"), else unchanged."""
    text = rest.lstrip(" " + COMMAS + DASHES)
    head = fold_aligned(text[:12])  # (the pack's wordings are folded: "أسئلة" as "اسئلة")
    for k in ("determiner", "object_article"):
        for a, _ in pack.cue(k).finditer(head):
            if a.start() == 0:
                return text[a.end() :]
    return rest


def _particle_stop(sentence: str, end: int, stop: int, pack: Pack) -> bool:
    """Is the verb at ``stop`` a ``verb_particle`` written right after the name ending at ``end``, its apposition
    after it (:func:`_blank_particle` reads it)?"""
    if sentence[end:stop].strip():
        return False
    tail = sentence[end : stop + 120]
    return _blank_particle(tail, pack) != tail


def _own_titles(after: str, cut: int, pack: Pack) -> str:
    """The part of ``after`` (the text from a name to the next, whose title ends it) that is the
    first name's: up to the separator at ``cut``; when that is the separator opening the span, the
    first name's own titles, if words that are no title (a verb) part them from the next name's
    ("A, Bí thư Tỉnh ủy trao quyết định cho tân Giám đốc Sở Tài chính B")."""
    if after[:cut].strip(" \t\u00a0" + COMMAS):
        return after[:cut]
    aligned = fold_aligned(after)
    own = chained_after(read_titles(aligned, pack), aligned, pack)
    if not own:
        return after[:cut]
    rest = aligned[own[-1].end :]
    theirs = chained(read_titles(rest, pack), rest, pack)
    gap = rest[: theirs[0].start] if theirs else ""
    if theirs and re.search(r"[^\W\d_]{2,}", gap) and not re.search(rf"[{RE_COMMAS}{RE_SEMICOLONS}]", gap):
        return after[: own[-1].end]
    if not theirs and len(own) > 1 and not rest.strip(" \t\u00a0" + COMMAS):
        # "A, Phó Bí thư Tỉnh ủy đã gặp Chủ tịch UBND tỉnh B": the chain ran on through a verb into the
        # title written before the next name; the part after the verb is the next name's
        gap = aligned[own[-2].end : own[-1].start]
        verb = [w for w in re.findall(r"[^\W\d_]{2,}", gap) if not _linking(w, pack)]
        if verb and not re.search(rf"[{RE_COMMAS}{RE_SEMICOLONS}]", gap):
            return after[: own[-2].end]
    return after[:cut]


def _blank_kind(text: str, kind: str, pack: Pack) -> str:
    """``text`` with its cues of ``kind`` written as spaces (offsets kept)."""
    for m, _ in pack.cue(kind).finditer(text):
        text = text[: m.start()] + " " * (m.end() - m.start()) + text[m.end() :]
    return text


def _ballot_blanked(after: str, pack: Pack) -> str:
    """``after`` (the text from a name on) with a vote's words (the pack's ``ballot`` cues) blanked where they stand
    between a title link and the role it links ("a été élu à l'unanimité président du ...", "fue elegido por unanimidad
    presidente del ...": the link's role, as "was unanimously elected Chairman of ..."); offsets kept."""
    folded = fold(after)
    for link, _ in pack.cue("title_link").finditer(folded[:60]):
        gap = folded[link.end() :]
        found = pack.cue("ballot").match_at(folded, link.end() + len(gap) - len(gap.lstrip()))
        if found is None:
            continue
        vote = found[0]
        rest = folded[vote.end() :]
        lead = len(rest) - len(rest.lstrip())
        roles = find_roles(rest[lead : lead + 60], pack)
        if roles and roles[0][0] == 0:
            return after[: vote.start()] + " " * (vote.end() - vote.start()) + after[vote.end() :]
    return after


def _own_clause(after: str, before: str, pack: Pack) -> str:
    """``after`` (the text from a name on) up to the title link that links another subject: the first link after
    a name a source preposition opens ("Theo ông A, đây là nhiệm vụ của Chủ tịch UBND", "Laut Herrn A ist das
    Projekt eine Priorität des Vorsitzenden"); a first link that is a copula after a ``not_holder`` word (a clause
    opener, a reporting verb) that stands between it and a name with no title of its own ("A cho rằng đây là trách nhiệm
    của Bí thư Tỉnh ủy", "A said the task is to support the Chairman"). A title after a separator stays the
    name's ("Theo ông A, Giám đốc Sở Tài chính, ...")."""
    folded = fold_aligned(after)
    link, values = next(pack.cue("title_link").finditer(folded), (None, None))
    if link is None:
        return after
    head = folded[: link.start()]
    if _after_source(before, pack):
        own = _relative_clause(folded, pack)
        if own is not None and link.start() < own:
            # (a relative clause right after the source's name is its own: "Theo ông A, người vừa được bầu làm
            # Chủ tịch UBND tỉnh, ...", "According to Mr A, who was elected Chairman of ..., ...")
            return after[:own]
        return after[: link.start()]
    # (a copula only, not a passive's agent: "wurde Herr A vom Politbüro zum Sekretär ernannt")
    if (
        values[:1] == ("copula",)
        # (a time adverbial between is no clause opener: "Mr. A has since 2020 been Vice Chairman of ..."; nor an
        # ``earlier`` adverb: "Ông A trước đó là Phó Bí thư ...", its 'đó' no determiner of another subject)
        and _other_subject(blank_since(_blank_kind(head, "earlier", pack), pack), pack)
        and not read_titles(head, pack)
        and not _pronoun_of_name(head, folded, link.end(), pack)
    ):
        return after[: link.start()]
    return after


def _pronoun_of_name(head: str, folded: str, at: int, pack: Pack) -> bool:
    """Is the copula's subject a pronoun (the last word of ``head``: "he", "il", "ông") and its complement a role
    right after it, an article at most between ("A said he is the Secretary of ...", "A a dit qu'il est le
    secrétaire ...", "Ông A cho biết ông là Bí thư ..."): the name's own post, not a reported clause's other subject
    ("A said he is grateful to the Secretary")?"""
    words = re.findall(r"[^\W\d_]+", head)
    if not words or pack.cue("pronoun").get(words[-1]) is None:
        return False
    # (an article at most: "he is sure the Secretary ... will attend", "he is happy the Chairman ... attended" are
    # another subject's clause)
    return any(
        all(
            len(w) <= 2 or pack.cue("determiner").get(w) is not None
            for w in re.findall(r"\S+", folded[at : at + r0])
        )
        for r0, _, _ in find_roles(folded[at : at + 80], pack)[:1]
    )


def _relative_clause(folded: str, pack: Pack) -> int | None:
    """The end of the relative clause a ``relative`` cue opens right after the comma that follows a name
    (", who was elected ...,", ", người vừa được bầu ...,", ", الذي انتخب ...،"): its next comma or semicolon,
    else the end of ``folded``; None when no such clause opens."""
    comma = re.match(rf"\s*[{RE_COMMAS}]\s*", folded)
    if comma is None:
        return None
    opener = pack.cue("relative").match_at(folded, comma.end())
    if opener is None:
        return None
    end = re.compile(rf"[{RE_COMMAS}{RE_SEMICOLONS}]").search(folded, opener[0].end())
    return end.start() if end else len(folded)


def _term_closed(head: str, pack: Pack) -> str:
    """``head`` (the text after a title, up to a copula) with the title's own term blanked: a phrase of a few words up
    to the first comma, with a ``term`` cue and a number and no role ("for the 2020-2025 term, is appointed", "pour le
    mandat 2020-2025, est désigné", "para el mandato 2020-2025, es designado"); its preposition and article are the
    term's, no other subject's (silver/mt39 fr-01's standing deputy secretary lost)."""
    m = re.match(rf"([^{RE_COMMAS}]*)[{RE_COMMAS}]", head)
    if (
        m is None
        or len(m.group(1).split()) > 5
        or not re.search(r"\d", m.group(1))
        or find_roles(m.group(1), pack)
    ):
        return head
    if not any(True for _ in pack.cue("term").finditer(m.group(1))):
        return head
    return " " * m.end() + head[m.end() :]


def _other_subject(head: str, pack: Pack) -> bool:
    """Does ``head`` (the text between a name, or its last title, and a copula) open another subject: a clause
    opener or a reporting verb (``not_holder``: "rằng", "that", "said", "que", "że", "إن"), or, outside a comma
    insert, an article or a demonstrative (``determiner``: "A believes the key is", "Ông A đánh giá đây là") or
    a possessive ending right after the name ("A's priority is")?"""
    if pack.cue("possessive_ending").match_at(head, 0) is not None:
        return True
    # (not inside a comma insert: "M. A, né en 1970 dans la province, est", "A, que encabezó la delegación, es")
    bare = re.sub(rf"[{RE_COMMAS}][^{RE_COMMAS}]*[{RE_COMMAS}]", " ", head)
    return any(True for kind in ("not_holder", "determiner") for _ in pack.cue(kind).finditer(bare))


def _subject_after(after: str, pack: Pack) -> bool:
    """Does ``after`` (the text after a name) open with a separator and titles that words other than a place follow
    before the next separator ("، le Premier ministre a également sanctionné", "، Thủ tướng cũng thi hành kỷ luật"): a
    clause's subject and its verb, not an apposition ("، président du Comité populaire de la province de Lao Cai,")?"""
    sep = _SEPARATORS.match(after)
    if sep is None:
        return False
    part = fold(re.split(rf"[{RE_COMMAS}{RE_SEMICOLONS}]", after[sep.end() :], maxsplit=1)[0])
    read = read_titles(part, pack)
    titles = chained_after(read, part, pack)
    if not titles:
        # (a verb of one word before its subject, that no chain after a name reads: "، أشاد رئيس الوزراء بالنتائج")
        return (
            bool(read)
            and len(part[: read[0].start].split()) == 1
            and not any(True for _ in pack.cue("title_link").finditer(part, 0, read[0].start))
        )
    if part[: titles[0].start].strip():
        # (a verb written before its subject: "، قام رئيس الوزراء أيضًا بتأديب"; not a link: ", qui est président ...")
        return not any(True for _ in pack.cue("title_link").finditer(part, 0, titles[0].start))
    if not part[titles[-1].end :].strip():
        return False
    if re.search(rf"[{RE_COMMAS}{RE_SEMICOLONS}]", after[sep.end() :]) and any(
        m.start() < titles[-1].end + 40 for m, _ in pack.cue("venue").finditer(part, titles[-1].end)
    ):
        # (a place after the titles, another separator closing it: ", Chairman of the PPC at the airport, the
        # delegation ...", no verb of the clause's subject)
        return False
    stripped = _strip_place(part, pack)
    # (the place's link word left: "secrétaire du Comité provincial du Parti de Lao Cai")
    return stripped is None or not _joined(stripped[titles[-1].end :], pack)


def _subject_cut(after: str, pack: Pack) -> int:
    """Where the clause's subject starts in ``after`` (the text after a name an opening phrase holds as its object): the
    first separator after which titles and the clause's verb follow (``_subject_after``); its length when none does."""
    # (not the next name's "and Mr.": "Ngoài ông A, Chủ tịch UBND tỉnh và ông B")
    tail = _conjunction_tail(after, pack)
    own = after if tail is None else after[:tail]
    cuts = [
        sep.start() for sep in re.finditer(rf"[{RE_COMMAS}]", own) if _subject_after(own[sep.start() :], pack)
    ]
    # (a later one when the stretch before it is the apposition's title and its modifier, no second title: "Tiếp ông
    # A, Chủ tịch UBND tỉnh Nghệ An tại trụ sở Chính phủ, Thủ tướng ...", "Receiving Mr. A, Chairman of the PPC at the
    # Government headquarters, the Prime Minister ..."; review24)
    at = 0
    while at + 1 < len(cuts) and _one_title(own[cuts[at] + 1 : cuts[at + 1]], pack):
        at += 1
    if cuts:
        return cuts[at]
    return 0 if _subject_after(own, pack) else len(after)


def _one_title(stretch: str, pack: Pack) -> bool:
    """Is every title ``stretch`` reads (the text between two separators) one chain that opens it?"""
    part = fold(stretch)
    titles = read_titles(part, pack)
    return bool(titles) and len(chained_after(titles, part, pack)) == len(titles)


def _last_honorific(folded: str, pack: Pack) -> int | None:
    """Where an honorific or courtesy word that ends ``folded`` (a full stop aside) starts ("..., and mr.": the
    start of "mr."), else None."""
    return min(
        (
            m.start()
            for kind in ("honorific", "courtesy")
            for m, _ in pack.cue(kind).finditer(folded)
            if not folded[m.end() :].strip(" .")
        ),
        default=None,
    )


def _conjunction_tail(text: str, pack: Pack) -> int | None:
    """Where a conjunction and an honorific (or two) end ``text`` (", and Mr.", " và ông", "، والسيد": the text between
    two joined names), else None."""
    folded = fold(text).rstrip()
    for _ in range(2):
        at = _last_honorific(folded, pack)
        if at is None:
            break
        word = folded[at:].split()[0]
        for c in pack.cue("conjunction").entries:  # (glued to the honorific: "والسيد")
            if word.startswith(c) and pack.cue("honorific").get(word[len(c) :]) is not None:
                return at
        folded = folded[:at].rstrip()
    return next(
        (m.start() for m, _ in pack.cue("conjunction").finditer(folded) if not folded[m.end() :].strip()),
        None,
    )


def _after_opening_verb(before: str, pack: Pack) -> bool:
    """Does the clause before a name open with an ``opening_verb`` (a participle, a verb of greeting) whose object the
    name is, an honorific or a short word between, nothing before it ("Congratulating Mr.", "En félicitant M.",
    "Felicitando al Sr.", "Gratulując panu", "Chúc mừng ông"; not "Attending the congress was")?"""
    cue = pack.cue("opening_verb")
    if not cue:
        return False
    text = fold(before).strip()
    if re.search(rf"[{RE_COMMAS}{RE_SEMICOLONS}{RE_DASHES}:(]", text):
        return False  # (the clause's first words only: not ", including Mr. A, ...")
    words = list(re.finditer(r"\w+", text))
    if len(words) > 1 and cue.get(words[0].group()) == ("lead",):
        words = words[1:]  # fr "en félicitant"
    if not words or cue.get(words[0].group()) == ("not",):
        return False
    verb = next((m for m, values in cue.finditer(text) if not values and not text[: m.start()].strip()), None)
    endings = [w for w, values in cue.entries.items() if values == ("ending",)]
    if verb is None and not any(
        words[0].group().endswith(e) and len(words[0].group()) > len(e) + 2 for e in endings
    ):
        return False
    # (only an honorific and a short word, a preposition or an article, between the verb and the name)
    rest = [w.group() for w in words if w.start() >= (verb.end() if verb is not None else words[0].end())]
    honorific = [pack.cue(kind) for kind in ("honorific", "courtesy")]
    # (not a copula: the name is the participle's inverted subject, "Attending was Mr. A, ..."; review24)
    links = pack.cue("title_link")
    return (
        len(rest) <= 2
        and all(len(w) <= 4 or any(h.get(w) is not None for h in honorific) for w in rest)
        and not any((links.get(w) or ())[:1] == ("copula",) for w in rest)
    )


def _after_source(before: str, pack: Pack) -> bool:
    """Does the text before a name end with an ``according`` cue, maybe an honorific after it ("According to
    Mr.", "Theo ông", "Według pana", "ووفقا للرفيق")?"""
    return _ends_with_cue(before, pack.cue("according"), pack)


def _after_besides(before: str, pack: Pack) -> bool:
    """Does the text before a name end with a ``besides`` cue, maybe an honorific after it ("Outre M.", "Ngoài ông",
    "Besides Mr.", "بالإضافة إلى السيد")?"""
    return _ends_with_cue(before, pack.cue("besides"), pack)


def _ends_with_cue(before: str, cue, pack: Pack) -> bool:
    """Does ``before`` end with a match of ``cue`` (a pack's lexicon), maybe an honorific or two after it?"""
    text = fold(before).rstrip()
    for _ in range(2):
        at = _last_honorific(text, pack)
        if at is None:
            break
        text = text[:at].rstrip()
    return any(not text[m.end() :].strip(" ,") for m, _ in cue.finditer(text))


def _titled_next(sentence: str, end: int, pack: Pack) -> bool:
    """Does a separator and a title for one person follow the name ending at ``end``, or a title link
    and a role within a few words ("هنأ A، T1، B على انتخابه أمينا للجنة": B's election as secretary)?"""
    rest = sentence[end : end + 80]
    if _SEPARATORS.match(rest):
        return _opens_with_role(fold(rest), pack)
    folded = fold(rest)
    for link, _ in pack.cue("title_link").finditer(folded[:40]):
        if re.search(rf"[{RE_COMMAS}{RE_SEMICOLONS}.]", folded[: link.start()]):
            break
        if any(link.start() <= r0 <= link.end() + 2 for r0, _, _ in find_roles(folded[:60], pack)):
            return True
    return False


def _apposition_before(trimmed: str, seps, last, pack: Pack) -> bool:
    """Is the text from a name to the next (``trimmed``: its trailing commas off) a clause of the first name, a
    separator, a title, and ``last`` (a separator) then only the next name's honorific ("gewählt, der Vorsitzende
    des Volkskomitees der Provinz Lao Cai, Herr")?"""
    tail = fold(trimmed[last[1] :])
    for m, _ in pack.cue("honorific").finditer(tail):
        tail = tail[: m.start()] + " " * (m.end() - m.start()) + tail[m.end() :]
    earlier = [s for s in seps if s[1] <= last[0]]
    if re.search(r"[^\W\d_]", tail) or not earlier:
        return False
    prev = max(earlier)
    if not trimmed[: prev[0]].strip(" \t\u00a0" + COMMAS):
        return False  # ("A, Chairman of the PPC, and Mr. B": the first name's own apposition)
    segment = fold(trimmed[prev[1] : last[0]])
    return any(r0 <= 8 for r0, _, _ in find_roles(segment[:40], pack)) and _ends_with_title(segment, pack)


def _trim_commas(text: str) -> str:
    """``text`` without the spaces and commas it ends with."""
    return text.rstrip(" \t\u00a0" + COMMAS)


def _closing_dash(text: str) -> re.Match[str] | None:
    """The first spaced dash of ``text`` that is not inside a place's name: "X - Chairman of the People's
    Committee of Ba Ria - Vung Tau province - said", "... لمقاطعة با ريا - فونغ تاو" (Ba Ria - Vung Tau, not
    a title closed after the city Ba Ria)."""
    for m in re.finditer(rf"\s[{RE_DASHES}]\s", text):
        if not _dash_in_place(text, m.start(), m.end()):
            return m
    return None


def _dash_in_place(text: str, start: int, end: int) -> bool:
    """Is the dash at ``text[start:end]`` inside a place's name: a place of the gazetteer across it in
    Latin text, or in another script the words on both sides of it spelling one place together?"""
    if any(s < start and end <= e for s, e, _ in gazetteer.find_places(fold(text[: end + 40]))):
        return True
    if text.isascii():
        return False
    from kg.extract.names import reader_for  # (names reads no title: no cycle at run time)

    before, after = text[:start].split()[-2:], text[end:].split()[:2]
    reader = reader_for(after[0]) if after else None
    if reader is None or not before:
        return False
    return any(
        gazetteer.read_place([reader.norm(t) for t in before[-a:] + after[:b]], reader)
        for a in range(len(before), 0, -1)
        for b in range(len(after), 0, -1)
    )


def _name_goes_on(rest: str, pack: Pack) -> bool:
    """Is the dash before ``rest`` (the first words after it) inside a body's name, the body's noun among
    them ("X - Head of the Economic - Budget Committee of the Provincial People's Council", Ban Kinh tế -
    Ngân sách): no clause's, no comma before the noun?"""
    nouns = [
        b
        for b in find_bodies(rest, pack, unnamed=True)
        if (b[2][0] in UNREAD and b[2][0] not in (INSTITUTION, COMPANY)) or b[2][0] == GENERIC
    ]
    return bool(nouns) and not re.search(rf"[{RE_COMMAS}{RE_SEMICOLONS}]", rest[: nouns[0][0]])


def _title_opens(rest: str, pack: Pack) -> bool:
    """Does a title open ``rest`` (the first words after a dash): a role after a title link or with
    only link words or a conjunction before it ("- zum Mitglied des Politbüros", "- رئيس اللجنة"), not one
    of a clause that speaks of somebody else ("– sagte, der Vorsitzende des Volkskomitees …")?"""
    found = find_roles(rest, pack)
    if not found:
        return False
    head = rest[: found[0][0]]
    if re.search(rf"[{RE_COMMAS}{RE_SEMICOLONS}]", head):
        return False
    # ("- zum zusätzlichen Mitglied": after a title link, the role's own words)
    linked = any(True for _ in pack.cue("title_link").finditer(head))
    return linked or all(_linking(w, pack) for w in re.findall(r"[^\W\d_]+", head))


def _resumed(tail: str, pack: Pack) -> int | None:
    """Where a title link resumes the titles of a name after the dash that closed them: among the
    first three words ("X – t1 – zum Mitglied", "X - t1 - لمواصلة شغل منصب رئيس") or after a
    conjunction and at most one word ("X – t1 – in den Ausschuss zu versetzen und ihn zum
    Sekretär … zu ernennen", "e ocupar o cargo de Presidente"), with a role right after it. A link
    further into another clause ("- أن السماح … بانتخاب السكرتير": that the province may elect
    the secretary) is not the name's."""
    folded = fold(tail)
    links = [m for m, _ in pack.cue("title_link").finditer(folded)]
    for k, m in enumerate(links):
        words = folded[: m.start()].split()
        near = len(words) <= 2 or any(_conjoined(w, pack) for w in words[-2:])
        if not near:
            continue
        # (or a link after it, the words between no clause of their own: "- fue elegido por unanimidad por los
        # delegados como presidente", "- was unanimously elected by the delegates as Chairman")
        for link in links[k:]:
            between = folded[m.end() : link.start()]
            if link is not m and (len(between.split()) > 5 or re.search(rf"[{RE_CLAUSE_ENDS}]", between)):
                break
            if any(r0 <= 2 for r0, _, _ in find_roles(folded[link.end() : link.end() + 60].lstrip(), pack)):
                return m.start()
    return None


def _plural_next(folded_after: str, pack: Pack) -> bool:
    """Does the text after a name open, right after a separator, with a plural role word?"""
    opening = re.match(rf"^\s*[{RE_COMMAS}]\s*", folded_after)
    return opening is not None and pack.cue("plural").match_at(folded_after, opening.end()) is not None


def _role_next(
    after: str, folded_after: str, pack: Pack, elected: bool = False, unnamed: bool = False
) -> bool:
    """Does a title follow the name with no separator ("del Sr. Pham Thanh Kien Presidente del Consejo
    Popular", "Sr. Lo Van Phuong ex miembro del Comite")? A capitalised role wording, or one after a
    ``former`` cue, written right after the name, for one person, with a body of its own (``elected``: the
    object of an electing verb, whose post may be written in lower case and for the names joined before it)."""
    text = folded_after.lstrip()
    former = pack.cue("former").match_at(text, 0)
    skip = former[0].end() + 1 if former else 0
    first = after.lstrip()[skip : skip + 1]
    # (a script with no capitals, Arabic, writes its roles as it writes names: "الرفاق نجوين كوانج دونج عضو اللجنة
    # المركزية للحزب")
    if not (first.isupper() or (first.isalpha() and not first.islower())) and not former and not elected:
        return False
    roles = find_roles(text[:60], pack)
    plural = any(m.start() == skip for m, _ in pack.cue("plural").finditer(text[:40]))
    if not roles or roles[0][0] != skip or (plural and not elected):
        return False
    r1 = roles[0][1]
    # (``unnamed``: a committee the grammar reads no name of counts as the role's body, "Head of the Culture and Social
    # Committee of the Provincial People's Council"; the body within 70 characters, a place's name before it: "appointed
    # Mr. A Secretary of the Binh Duong Provincial Party Committee")
    return len(roles[0][2]) > 1 or any(
        b[0] >= r1 for b in find_bodies(text[: r1 + 70], pack, unnamed=unnamed)
    )


def _gapped_link(before: str, pack: Pack) -> bool:
    """Does ``before`` (folded, the text before a name, the names before it written as '#') end with the clause of the
    name before: a title link or an appointing verb right after it ("a été nommée", "was appointed", "fue designada",
    "wurde zur"), a role, then a conjunction and the name's honorific or article, nothing else, no separator ("# a été
    nommée cheffe de la commission x et mme")?"""
    tail = _blank_honorifics_in(before[before.rfind("#") + 1 :], pack) if "#" in before else ""
    # (one comma right before the conjunction is no separator of its own: "# a été nommée présidente de la commission
    # x, et mme", "# fue nombrada jefa del comité x, y la sra.", "# została mianowana przewodniczącą komisji x, a pani")
    seps = list(re.finditer(rf"[{RE_COMMAS}{RE_SEMICOLONS}:.]", tail))
    if (
        len(seps) == 1
        and re.match(rf"[{RE_COMMAS}]", seps[0].group())
        and tail[seps[0].end() :].split()[:1]
        and " ".join(tail[seps[0].end() :].split()) in pack.cue("conjunction").entries
    ):
        tail = tail[: seps[0].start()] + " " + tail[seps[0].end() :]
    if not tail.strip() or re.search(rf"[{RE_COMMAS}{RE_SEMICOLONS}:.]", tail):
        return False
    link = next((m for m, _ in pack.cue("title_link").finditer(tail[:30])), None)
    if link is None or tail[: link.start()].strip():
        return False
    roles = find_roles(tail, pack)
    if len(roles) != 1 or roles[0][0] < link.end() - 1:
        return False
    conj = [m for m, _ in pack.cue("conjunction").finditer(tail, roles[0][1])]
    if not conj:
        return False
    return all(len(w) <= 3 for w in tail[conj[-1].end() :].split())


def _blank_honorifics_in(text: str, pack: Pack) -> str:
    """``text`` with its honorifics ("mme", "ms.", "la señora") blanked."""
    for m, _ in pack.cue("honorific").finditer(text):
        text = text[: m.start()] + " " * len(m.group()) + text[m.end() :]
    return text


def _elected_object(before: str, pack: Pack) -> bool:
    """Does ``before`` (folded, the text before a name in its clause) end with an electing verb (an ``adopt`` cue:
    'eligieron', 'a élu', 'wählte'; a ``title_link``: 'élu', 'انتخب'; an ``appoint`` cue: 'nombró', 'mianowało') and the name's honorific or article and
    honorific, nothing else ("ont également élu M.", "eligió al Sr.", "eligió al Sr. A y a la Sra.": the names
    joined before it are objects too)?"""
    tail = before[-80:]
    # (and a vote's own words: "a élu à l'unanimité le camarade", "eligió por unanimidad al", "wybrał jednogłośnie")
    for kind in ("honorific", "ballot"):
        for honorific, _ in pack.cue(kind).finditer(tail):
            tail = tail[: honorific.start()] + " " * len(honorific.group()) + tail[honorific.end() :]
    tail = re.split(rf"[{RE_COMMAS}{RE_SEMICOLONS}:]", tail)[-1]
    for kind in ("adopt", "title_link", "appoint"):
        for m, _ in pack.cue(kind).finditer(tail):
            # (short words only, as a name's honorific in another case the pack does not list: 'wybrali pana',
            # 'panią'; the names before it blanked to '#')
            if all(len(w) <= 5 or w in pack.cue("conjunction") for w in tail[m.end() :].split()):
                return True
    return False


def _names_blanked(sentence: str, names: list[tuple[int, int]], i: int) -> str:
    """The folded text before the ``i``-th name, the names before it written as '#'."""
    out, at = [], 0
    for start, end in names[:i]:
        out += [sentence[at:start], " # "]
        at = end
    return fold("".join(out) + sentence[at : names[i][0]])


_ABBREVIATED: dict[tuple[str, bool], bool] = {}  # does a full stop end an abbreviation, by what precedes it


def _cuts(text: str, chars: str):
    """The matches of ``chars`` in ``text`` that end a title: not the full stop of an abbreviation
    ("M.", "Sr.", "Nr.") or of an ordinal or day number ("des 13. Zentralkomitees")."""
    from kg.text import _abbreviation, abbreviation_reach

    for m in re.finditer(chars, text):
        if m.group() == ".":
            # (what the expression reads: the characters before the dot, and whether they open the text)
            pos = max(0, m.start() - abbreviation_reach())
            key = (text[pos : m.end()], pos == 0)
            abbreviated = _ABBREVIATED.get(key)
            if abbreviated is None:
                if len(_ABBREVIATED) >= 8192:
                    _ABBREVIATED.clear()
                abbreviated = _ABBREVIATED[key] = _abbreviation().search(text, pos, m.end()) is not None
            if abbreviated:
                continue
        if m.group() == "." and text[m.end() : m.end() + 1].isalpha():
            continue  # a full stop inside a word: "T.Ư" (Trung ương), "TP.HCM"
        if m.group() == "." and text[m.end() : m.end() + 1] == ",":
            continue  # a full stop a comma follows ends no title: a company's "Co., Ltd.," (its comma ends the item)
        yield m


def _next_item(before: str, folded_after: str, pack: Pack) -> bool:
    """Does the text after a name open the next item of a list ("، و..." after a name whose title
    stands before it)?"""
    if not _ends_with_title(fold(before), pack):
        return False
    opening = re.match(rf"^\s*[{RE_COMMAS}]\s*(\S+)", folded_after)
    if opening is None:
        return False
    word = opening.group(1)
    conj = pack.cue("conjunction")
    if any(m.start() == 0 for m, _ in conj.finditer(word)) or any(
        word.startswith(p) for p in conj.entries if len(p) == 1 and p in pack.prefixes
    ):
        return True
    # "Head of X Le Minh Hung, Minister of Public Security, General Luong Tam Quang": in a list of
    # titles written before names, a part that ends with a title (or a rank) is the next name's
    # (only after a name whose own title stands before it: not a clause's subject body and its object,
    # "Zuvor hatte der Volksrat Herrn A, t1, zum Vorsitzenden gewählt und damit Herrn B ersetzt")
    if not read_titles(fold(before), pack):
        return False
    return _ends_with_title(folded_after, pack) or _ends_with_honorific(folded_after, pack)


def _ends_with_honorific(folded: str, pack: Pack) -> bool:
    text = folded.rstrip(" \t\u00a0" + COMMAS + DASHES)
    return any(m.end() == len(text) for m, _ in pack.cue("honorific").finditer(text))


def body_of(org: str, level: str | None, place: str | None) -> Body:
    """The identified body: central bodies have no place; pack-internal org names are mapped
    to GOLD codes (``* inspection_commission -> * party_commission``)."""
    alias = _rules().get(("*", org))
    if alias:
        org = alias[1]
    if level == "central" or org in _central():
        return Body(org, "central", None)
    return Body(org, level, place)
