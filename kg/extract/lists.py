"""Titles that name no body of their own, read against the body the clause is about.

Two wordings give posts without writing the body next to them:

- a role after a title link: "das Volkskomitee der Provinz An Giang hat Herrn Ho Van Mung **als
  Vorsitzenden**" — the chair of the body the clause is about;
- a plural role (a plural cue or a number before it), or a title written right before it, followed
  by a ``list_marker`` cue ("darunter", "dont", "à savoir", "including"): "5 stellvertretende
  Vorsitzende, **darunter** Frau A und die Herren B, C und D", "le ministre de la Construction **à
  savoir** M. X" — every name listed after the marker, up to the clause's end, holds the role.

A third is a list given as lines: a line opening with a dash, a bullet or a number after a header ending in
a colon ("Die Mitglieder des Politbüros sind:", "Lista obejmuje:" after "W skład Komitetu Wyborczego
wchodzą ...") is an item of it (:func:`bullet_titles`).

The body is the one the role's own words write when they write one; else the body the sentence
names before it outside anybody's title (its subject). A name that already has titles keeps them.
"""

from __future__ import annotations

import dataclasses

import kg.rx as re
from kg import gazetteer
from kg.extract.grammar import find_bodies, find_roles
from kg.extract.titles import _acting, _cuts, _format_cell, _linking, _second_post, chained_after, read_titles
from kg.lang import Pack
from kg.script import (
    COLONS,
    COMMAS,
    DASHES,
    RE_CLAUSE_ENDS,
    RE_COLONS,
    RE_COMMAS,
    RE_DASHES,
    RE_SEMICOLONS,
    SEMICOLONS,
)
from kg.text import fold_aligned

__all__ = ["bullet_titles", "drop_cut_titles", "subject_titles"]

_NEAR = 25  # a role ending this close before a body makes the body part of somebody's title


def _links_to(head: str, r0: int, pack: Pack) -> bool:
    """Does a ``title_link`` end right before the role at ``r0``, with at most ``plural`` words, the count of the
    role and the body or meeting electing (the verb's subject, written after it: Arabic "انتخبت اللجنة التنفيذية 3
    نواب لأمين", "وانتخب المؤتمر 3 نواب") between ("được bầu làm Phó Bí thư", "giữ chức các Phó Bí thư", "giữ chức: các đồng chí Phó Bí thư", "elected 3
    Deputy Secretaries")?"""
    links = [m for m, _ in pack.cue("title_link").finditer(head, 0, r0)]
    if not links:
        return False
    gap = head[links[-1].end() : r0]
    words = [
        m.span() for kind in ("plural", "cardinal", "meeting_kind") for m, _ in pack.cue(kind).finditer(gap)
    ]
    words += [(b0, b1) for b0, b1, _ in find_bodies(gap, pack)] + [m.span() for m in re.finditer(r"\d+", gap)]
    for start, end in words:
        gap = gap[:start] + " " * (end - start) + gap[end:]
    return not gap.strip(" " + COMMAS + ":")


def _glued_link(text: str, pack: Pack) -> bool:
    """Does ``text`` open with the pack's link clitic glued to a word (Arabic للجنة, "of the committee")?"""
    clitic = _format_cell(pack.folder, "link_prefix")
    return (
        bool(clitic) and text.startswith(clitic) and len(text) > len(clitic) and text[len(clitic)].isalpha()
    )


def _titled_between(text: str, pack: Pack) -> bool:
    """Is ``text`` (between a ``headed_by`` wording and a name) one title of the name's own, whole, with a body or
    alone ("الأمين العام", "رئيس الوزراء"), nothing else ("برئاسة الأمين العام تو لام")?"""
    text = text.strip()
    if not text or len(text) > 60 or re.search(rf"[{RE_CLAUSE_ENDS}{COMMAS}]", text):
        return False
    titles = read_titles(text, pack)
    return len(titles) == 1 and titles[0].start == 0 and titles[0].end >= len(text)


def subject_titles(
    sentence: str, folded: str, mentions, spans, per_name: list, pack: Pack, previous: str = ""
) -> None:
    """Give the names of a sentence that have no title the posts these wordings give them
    (``folded`` is ``fold_aligned(sentence)``; ``per_name`` is updated in place; ``spans`` are
    :func:`kg.extract.titles.title_spans`; ``previous`` is the sentence before, folded)."""
    if not mentions:
        return
    roles = find_roles(folded, pack)
    heads = [(m, v) for m, v in pack.cue("headed_by").finditer(folded) if v]
    if not roles and not heads:
        if previous and any(True for _ in pack.cue("replaced").finditer(folded)):
            # "Sie tritt die Nachfolge von Herrn B an": the post is the sentence before's
            _titles_for(sentence, folded, mentions, spans, per_name, pack, previous)
        # "They are Mr. A and Mr. B.": names with no titles of their own after a list marker opening the sentence
        marker = next((m for m, _ in pack.cue("list_marker").finditer(folded)), None)
        if previous and marker is not None:
            _listed_after_pronoun(
                folded, marker, folded[: marker.start()], mentions, per_name, pack, previous
            )
        return
    read: list = []

    def bodies() -> list:
        """The sentence's bodies, read the first time a name needs them (most sentences never do)."""
        if not read:
            read.append(find_bodies(folded, pack))
        return read[0]

    role_ends = [r1 for _, r1, _ in roles]

    def subject(before: int, whole: bool = False, reach: int = 8, linked: bool = False) -> str | None:
        """The wording of the last body before ``before`` that is no part of a title (``whole``: with
        the bodies it belongs to chained before it, "la Commission de contrôle du Comité central"; each at most
        ``reach`` characters before the next; ``linked``: only a body a word or the pack's link clitic joins to the
        next, "لجنة التفتيش التابعة للجنة الحزب", not a verb's subject before its object, "أنشأ المكتب السياسي
        اللجنة التوجيهية")."""
        # (a body word inside a title link is none: "bekleidet das Amt der Vorsitzenden": the post, no department)
        links = [m for m, _ in pack.cue("title_link").finditer(folded, 0, before)]
        free = [
            b
            for b in bodies()
            if b[1] <= before
            and not any(m.start() <= b[0] and b[1] <= m.end() for m in links)
            and not any(
                b[0] - _NEAR <= r1 <= b[0] and not re.search(rf"[{RE_CLAUSE_ENDS}]", folded[r1 : b[0]])
                for r1 in role_ends
            )
        ]
        if not free:
            return None
        start, end, _ = free[-1]
        if whole:
            for b in reversed([b for b in bodies() if b[1] <= start]):
                # (a place's name written before the later body counts for no distance: "the Inspection Commission of
                # the Vinh Long Provincial Party Committee")
                placed = [
                    p
                    for p in gazetteer.find_places(folded[b[1] : start])
                    if not folded[b[1] + p[1] : start].strip()
                ]
                near = b[1] + placed[-1][0] if placed else start
                if b[1] < near - reach or re.search(rf"[{RE_CLAUSE_ENDS}]", folded[b[1] : start]):
                    break
                if linked and not folded[b[1] : start].strip() and not _glued_link(folded[start:], pack):
                    break
                start = b[0]
        # the place written right after it ("... der Provinz An Giang")
        return folded[start : end + (gazetteer.place_end(folded[end : end + 40], 4) or 0)]

    def titles_of(role_text: str, at: int, listed: bool = False) -> list:
        own = read_titles(role_text, pack)
        if own:
            return own
        body = subject(at)
        if body is None:
            # "A giữ chức Chủ tịch Ủy ban MTTQ tỉnh; tám Phó Chủ tịch gồm: ...": the body of the title
            # written before, when the sentence names no other
            before = [b for b in bodies() if b[1] <= at]
            body = folded[before[-1][0] : before[-1][1]] if before else None
        if body is None and listed:
            # "Le chef du Comité de pilotage est M. A. Les chefs adjoints sont : B, C": listed deputies of the
            # head the sentence before names, of that head's body
            body = _deputys_body(role_text, previous, pack)
        return read_titles(role_text + " " + body, pack) if body else []

    # "The Inspection Commission of the Provincial Party Committee consists of 13 people, headed by Mr. A", "وتتألف لجنة
    # التفتيش ... من 13 شخصًا، ويرأسها السيد A": a ``headed_by`` cue right before the name (an honorific between) makes
    # it the chairman of the body the clause is about (the role the grammar gives that body's chairman: the head of a
    # steering committee), when the sentence names no meeting ("a meeting presided over by A" is a chair's)
    # ... or the name's own title between ("وأنشأ اللجنة التوجيهية المركزية برئاسة الأمين العام تو لام", and set up
    # the Central Steering Committee headed by General Secretary To Lam: he heads it besides his own post)
    # ... or the name's own title after it, the wording the clause's predicate ("La Commission électorale provinciale
    # est présidée par A, président du Comité populaire provincial", "is chaired by Mr. A, Chairman of ...": he heads
    # the commission besides his own post; not the wording as an apposition between commas, "The Standing Committee
    # ..., chaired by Mr. A, Secretary of ..., reviewed", a sitting's chair)
    for i, mention in enumerate(mentions):
        if not heads:
            continue
        text = folded[: mention.start].rstrip()
        for kind in ("honorific", "courtesy"):
            for honorific, _ in pack.cue(kind).finditer(text, max(0, len(text) - 20)):
                if honorific.end() == len(text):
                    text = text[: honorific.start()].rstrip()
        head = next(
            (
                h
                for h in heads
                if h[0].end() == len(text)
                and not (per_name[i] and re.search(rf"[{RE_COMMAS}]\s*$", folded[: h[0].start()]))
            ),
            None,
        )
        if head is None and per_name[i]:
            head = next((h for h in heads if _titled_between(text[h[0].end() :], pack)), None)
        at = head[0].start() if head is not None else 0
        if head is None:
            # de "Die Kommission wird von Herrn A, Vorsitzender des Volkskomitees, geleitet": a wording that closes
            # the clause (valued with the preposition of its agent) after the name and its apposition, that
            # preposition right before the name's honorific
            for h in heads:
                agent = re.search(rf"(?<!\w){re.escape(h[1][1])}$", text) if len(h[1]) > 1 else None
                if (
                    agent is not None
                    and h[0].start() >= mention.end
                    and not re.search(rf"[{RE_SEMICOLONS}:.]", folded[mention.end : h[0].start()])
                    and not any(mention.end <= m.start < h[0].start() for m in mentions)
                    and not (per_name[i] and re.search(rf"[{RE_COMMAS}]\s*$", text[: agent.start()]))
                ):
                    head, at = h, agent.start()
                    break
        if head is None:
            continue
        if any(True for kind in ("meeting", "meeting_kind", "hold") for _ in pack.cue(kind).finditer(folded)):
            continue
        # (a delegation or a group the sentence names before the wording is what the name heads, not the body it
        # comes from: "La delegación del Consejo Popular de la provincia de Hubei, encabezada por el Sr. A")
        if any(True for _ in pack.cue("group").finditer(folded, 0, at)):
            continue
        # (with the bodies it belongs to, an affiliation word between: "لجنة التفتيش التابعة للجنة الحزب الإقليمية")
        body = subject(at, whole=True, reach=12, linked=bool(per_name[i]))
        # (the body that opens the clause is its subject, not an owner a longer phrase puts after it: "The steering
        # committee for the project of the Nghe An Provincial People's Committee is headed by A", review22 on a096e2b8)
        body = _clause_opener(folded, at, bodies(), pack) or body
        if body is not None and body.strip():
            held = {(t.role, t.org) for t in per_name[i]}
            per_name[i] = per_name[i] + [
                t
                for t in read_titles(fold_aligned(head[1][0]) + " " + body, pack)
                if (t.role, t.org) not in held
            ]

    # "X als Vorsitzenden": a title link and a role with no body of its own
    for i, mention in enumerate(mentions):
        after = spans[i].after
        if not per_name[i] and not after and elected_object(folded, mention.start, pack):
            # (no separator after the name: its span holds no text after it)
            after = folded[mention.end : mentions[i + 1].start if i + 1 < len(mentions) else len(folded)]
        if per_name[i] or not after:
            continue
        opening = re.match(rf"[\s{RE_COMMAS}]*", after).end()
        link = pack.cue("title_link").match_at(after, opening)
        if link is None and not (after[:opening].strip() or not elected_object(folded, mention.start, pack)):
            # "The Provincial Party Committee elected Mr. A Deputy Secretary", "a élu M. A secrétaire adjoint", "eligió
            # al Sr. A subsecretario": the elected name's bare role, no link word, of the body the clause is about
            rest = after
        elif link is None:
            continue
        else:
            rest = after[link[0].end() :]
        found = find_roles(rest, pack)
        if link is not None and find_roles(link[0].group(), pack) and (not found or found[0][0] > 2):
            # the link word itself is the role, no other right after it (Arabic accusative "أصبح للجنة الشعبية
            # ... السيد A رئيسًا، و5 نواب للرئيس": the committee has Mr A as Chairman, and 5 vice chairmen)
            rest = after[link[0].start() :]
            found = find_roles(rest, pack)[:1]
        if not found or found[0][0] > 2 or find_bodies(rest, pack):
            continue
        role_text = rest[: found[-1][1]].strip()
        # (a group written before the body the clause is about, "Đoàn công tác của Tỉnh ủy do ông A làm trưởng đoàn": A
        # heads the group, holds no post of the body it comes from, as a ``headed_by`` wording after a group)
        if not read_titles(role_text, pack) and _group_owns(folded, mention.start, bodies(), pack):
            continue
        if link is None and subject(mention.start) is None:
            # (the bare role after an electing verb only of a body the clause names: "The Nam Dan District Party
            # Congress elected Mr. A Secretary" names no committee, so no level, no post; review26 Low 8)
            continue
        per_name[i] = titles_of(role_text, mention.start)

    # "Les vice-présidents du Comité populaire provincial A et B": a plural title written right before
    # a name is also that of the names joined to it
    plural = pack.cue("plural")
    alike = pack.cue("plural_alike")
    joiner = re.compile(rf"^[\s{RE_COMMAS}]*(?:{pack.alternation('conjunction')})?[\s{RE_COMMAS}]*$")
    for i in range(len(mentions) - 1):
        if not per_name[i] or not spans[i].adjacent or per_name[i + 1]:
            continue
        before = _blank_honorifics(spans[i].before[-90:], pack)
        opened = [m for m, _ in plural.finditer(before)]
        # (a role written alike for one and several, 'wiceprzewodniczący X A, B i C', is plural only before names
        # joined with no honorific between: 'przewodniczący X A i pan B' is one chair and a guest)
        # ... and only when it is the name's own title, the last role written before it)
        strict = not opened and bool(alike.entries)
        if strict:
            opened = [m for m, _ in alike.finditer(before)]
            own = find_roles(before, pack)
            if opened and (not own or own[-1][0] != opened[-1].start()):
                continue
        if not opened or re.search(rf"[{RE_SEMICOLONS}{RE_COLONS}.]", before[opened[-1].end() :]):
            continue
        k = i
        while k + 1 < len(mentions) and not per_name[k + 1]:
            gap = folded[mentions[k].end : mentions[k + 1].start]
            if strict and _blank_honorifics(gap, pack) != gap:
                break
            if not joiner.match(_blank_honorifics(gap, pack)):
                break
            per_name[k + 1] = list(per_name[i])
            k += 1

    # "sous la présidence de son chef, Tran Cam Tu", "برئاسة رئيسها تران كام تو": a role after a
    # possessive ("its"), right before the name, with no body of its own: of the body the sentence
    # is about, written whole ("la Commission de contrôle du Comité central du Parti")
    for i, mention in enumerate(mentions):
        if per_name[i]:
            continue
        # "Das Volkskomitee ... hat als Vorsitzenden Herrn A", "Komitet ... ma przewodniczącego w osobie pana A": a
        # title link or 'in the person of' with the role, when the clause names nobody before (its subject is a
        # body, not a person: not "A dankte als Vorsitzender Herrn B")
        clause = max(
            [m.end() for m in _cuts(sentence[: mention.start], f"[{RE_SEMICOLONS}{RE_COLONS}.]")]
            + [m.end() for m in re.finditer(rf"[{RE_COMMAS}]", folded[: mention.start])]
            + [0]
        )
        linked = not any(clause <= m.start and m.end <= mention.start for m in mentions[:i])
        role = _possessed_role(spans[i].before, pack, linked=linked)
        if role is None:
            continue
        at = mention.start - len(spans[i].before) + role[0]
        chain = subject(at, whole=True)
        if chain is not None:
            per_name[i] = read_titles(spans[i].before[role[0] : role[1]] + " " + chain, pack)

    # "A, presidente del Comité Popular, y B, su vicepresidente", "B, its vice chairman": a role right
    # after a name, opened by a possessive, with no body of its own: of the last body written before
    # the name (the title before it)
    for i, mention in enumerate(mentions):
        after = spans[i].after
        if per_name[i] or not after or not pack.cue("possessive").entries:
            continue
        pos = re.match(rf"[\s{RE_COMMAS}]*", after).end()
        if (link := pack.cue("title_link").match_at(after, pos)) is not None:  # "elected A as its Chairman"
            pos = link[0].end() + len(after[link[0].end() :]) - len(after[link[0].end() :].lstrip())
        own = pack.cue("possessive").match_at(after, pos)
        rest = after[own[0].end() :] if own else ""
        found = find_roles(rest, pack)
        if not found or found[0][0] > 2:
            continue
        written = [b for b in bodies() if b[1] <= mention.start]
        if not written or find_bodies(rest[: found[0][1] + 30], pack):
            continue
        start, end, _ = written[-1]
        body = folded[start : end + (gazetteer.place_end(folded[end : end + 40], 4) or 0)]
        per_name[i] = read_titles(rest[found[0][0] : found[0][1]] + " " + body, pack)

    # "a delegation of the People's Council of China's Hubei province, led by A, Vice Chairman of its Standing Committee"
    # (es 'vicepresidente de su Comité Permanente', fr 'de son Comité permanent', u-es-0014): a role right after the name,
    # link words, a possessive, then a body: that body of the last body written before the name, up to its comma
    for i, mention in enumerate(mentions):
        possessed = _possessed_body(folded, mention.start, spans[i].after, bodies(), pack)
        if possessed is not None:
            alone, titles = possessed
            per_name[i] = titles + [t for t in per_name[i] if (t.role, t.org) not in alone]

    _titles_for(sentence, folded, mentions, spans, per_name, pack, previous)
    _released_shared(folded, mentions, per_name, pack)
    _joint_titles(folded, mentions, spans, per_name, pack)
    _elected_together(folded, mentions, spans, per_name, pack)

    # "5 stellvertretende Vorsitzende, darunter A, B und C"
    for marker, valued in pack.cue("list_marker").finditer(folded):
        cut = max(
            [m.end() for m in _cuts(sentence[: marker.start()], f"[{RE_SEMICOLONS}{RE_COLONS}.]")]
            + [m.end for m in mentions if m.end <= marker.start()]
            + [0]
        )
        head = folded[cut : marker.start()]
        if valued[:1] == ("composed",) and not any(True for _ in pack.cue("members_list").finditer(head)):
            continue  # ar 'كلا من' lists a role's holders only after a verb of composition ('ويضم نواب رئيس ... كلا من')
        found = find_roles(head, pack)
        if not found:
            if not cut:
                _listed_after_pronoun(folded, marker, head, mentions, per_name, pack, previous)
            continue
        r0 = found[-1][0]  # the role the marker follows
        if _reported_between(head, r0, pack):
            continue  # "the Chairman of the PPC said that the best entrepreneurs are A and B": not the role's holders
        numbered = re.search(r"\d\s+$", head[:r0]) is not None or _cardinal_before(head, r0, pack)
        plural = any(True for _ in pack.cue("plural").finditer(head)) or numbered
        # "tám Phó Chủ tịch gồm các ông, bà: A, B": a plural cue right after the marker
        gap = marker.end() + len(folded[marker.end() :]) - len(folded[marker.end() :].lstrip())
        plural = plural or pack.cue("plural").match_at(folded, gap) is not None
        # "le ministre de la Construction à savoir M. X": a title written before the marker
        if not plural and not read_titles(head, pack):
            continue
        if not plural and _acts_between(head, r0, pack):
            continue  # "The Prime Minister approved the dismissal of several officials, including A": the act's subject
        # (the marker's own colon, before the first name it lists, does not end the list)
        first = min([m.start - marker.end() for m in mentions if m.start >= marker.end()], default=0)
        # "các đồng chí được bầu giữ chức Phó Bí thư gồm: A, Phó Chủ tịch UBND tỉnh; B, ...": a role the
        # names are elected to (a title link before it) is theirs besides the posts written after them,
        # item after item to the sentence's end
        elected = any(True for _ in pack.cue("title_link").finditer(head, 0, r0))
        # a counted or plural role ("bổ sung 2 Ủy viên UBND tỉnh là ông A, Giám đốc Sở Nội vụ và ông B, ...",
        # "The two Deputy Secretaries are Mr. A, t1 and Mr. B, t2") is also that of listed names with titles
        # of their own
        # ... not one of several roles listed before the marker ("Dự có các Phó Thủ tướng, các bộ trưởng, trong đó
        # có ông A, Bộ trưởng ..., ông B, Trưởng Ban ...": each listed name holds one of them, not all)
        plurals = [m for m, _ in pack.cue("plural").finditer(head)]
        gap = head[found[-2][1] : r0] if len(found) > 1 else None
        listed_roles = len(plurals) > 1 or (
            gap is not None
            and all(
                len(w) <= 3 or w in pack.cue("conjunction") for w in re.split(rf"[\s{RE_COMMAS}]+", gap) if w
            )
        )
        # (a plural cue inside the role's words counts too: "The Deputy Heads are: A, t1; B, t2", the role read with
        # its article)
        counted = not listed_roles and (
            numbered or any(m.start() < found[-1][1] and r0 < m.end() for m in plurals)
        )
        # "Bốn Phó Bí thư Tỉnh ủy gồm các ông: A (Chủ tịch HĐND tỉnh); B (...) và C": a counted role's items
        # run on past semicolons, as an elected role's do
        # (but not into a clause of its own after a semicolon, a post or a verb before its name: "miễn nhiệm 3 Phó Chủ
        # tịch UBND tỉnh, gồm: A, B, C; miễn nhiệm chức danh Ủy viên UBND tỉnh đối với ông D", "odwołała 3
        # wiceprzewodniczących ..., w tym: A, B, C; odwołała ze stanowiska członka ... pana D")
        ends = [
            m.start()
            for m in _cuts(sentence[marker.end() :], f"[{RE_SEMICOLONS}{RE_COLONS}.]")
            if (m.start() >= first or m.group() not in COLONS)
            and not (
                (elected or counted)
                and m.group() in SEMICOLONS
                and not _clause_after(folded, marker.end() + m.end(), mentions, pack)
            )
        ]
        until = marker.end() + ends[0] if ends else len(folded)
        listed = [
            i
            for i, m in enumerate(mentions)
            if marker.end() <= m.start < until and (elected or counted or not per_name[i])
        ]
        if not listed or _words_before_list(folded[marker.end() : mentions[listed[0]].start], pack):
            # (the names follow the marker at once, an honorific or a colon between: not "Les vice-présidents ...
            # sont également présents, ainsi que M. A, directeur ...", another person)
            continue
        shared = titles_of(head[r0:].strip(" " + COMMAS), cut + r0, listed=True)
        # (only a title link right before the role elects to it: "bầu các đồng chí giữ chức Phó Bí thư gồm", not
        # "Tỉnh ủy là đơn vị có 3 Phó Bí thư gồm", a description)
        elected_to = elected and _links_to(head, r0, pack)
        for i in listed:
            # (the standing one of the listed deputies holds no second, plain deputy's post: "Bốn Phó Bí thư gồm:
            # A (Phó Bí thư Thường trực); B ..."; but a post the names are elected to is new besides their own:
            # "được bầu giữ chức Phó Bí thư gồm: A, Phó Bí thư Thường trực khóa 18; ...")
            held = {(t.role, t.org) for t in per_name[i]}
            per_name[i] = per_name[i] + [
                s
                for s in shared
                if (s.role, s.org) not in held and (elected_to or ("standing_" + s.role, s.org) not in held)
            ]


def _possessed_body(folded: str, start: int, after: str, bodies: list, pack: Pack):
    """For a name at ``start`` whose text ``after`` it opens with a role, link words, a ``possessive`` cue and a body
    ("Vice Chairman of its Standing Committee"): the (role, org) pairs the role reads with that body alone, and the
    titles it reads as that body of the last body written before the name (``bodies``: the sentence's), with the words
    after that body up to a separator ("People's Council of China's Hubei province"); else None."""
    if not after or not pack.cue("possessive").entries:
        return None
    pos = re.match(rf"[\s{RE_COMMAS}]*", after).end()
    found = find_roles(after[pos:], pack)
    if not found or found[0][0] > 2:
        return None
    r1 = pos + found[0][1]
    own = next(
        (
            m
            for m, _ in pack.cue("possessive").finditer(after, r1, r1 + 16)
            if all(_linking(w, pack) for w in re.findall(r"[^\W\d_]+", after[r1 : m.start()]))
        ),
        None,
    )
    if own is None:
        return None
    possessed = [b for b in find_bodies(after[own.end() :], pack) if b[0] <= 2]
    written = [b for b in bodies if b[1] <= start]
    if not possessed or not written:
        return None
    owner = folded[written[-1][0] : start]
    owner = re.split(rf"[{RE_CLAUSE_ENDS}]", owner, maxsplit=1)[0]
    # (the role and its link words as written, the possessive left out: "vice chairman of standing committee")
    role = after[pos : own.start()] + after[own.end() : own.end() + possessed[0][1]]
    alone = read_titles(role, pack)
    if any(t.org not in _PART_ORGS for t in alone):
        return None  # a body of its own the owner has ("Director of its Department of Finance": a department)
    titles = read_titles(role + " " + owner, pack)
    if not titles:
        return None
    return {(t.role, t.org) for t in alone}, titles


# what a part of a body reads alone, its owner unnamed ("Standing Committee", "Executive Committee"): the part of the
# body written before the name (e89d5996); any other org is a body of its own (review28)
_PART_ORGS = frozenset({"party_standing_committee", "party_committee"})


def _listed_after_pronoun(
    folded: str, marker, head: str, mentions, per_name: list, pack: Pack, previous: str
) -> None:
    """ "... approved four Vice Chairmen of the People's Committee of Khanh Hoa province. They are Mr. A, t1; Mr. B,
    t2", "Đó là ông A, ...", "Są to pan A", "Ce sont M. A", "Son el Sr. A", "Es sind Herr A", "وهم السيد A": a
    sentence opening with a copula list marker, no more than a pronoun before it, lists the holders of the role the
    sentence before counts; every name listed right after the marker, to the sentence's end, holds it besides its
    own titles."""
    # (the marker opens the sentence, a pronoun at most before it: "They", "These", "Đó", "Ce", "Es"; not "Mr. A said
    # they are")
    if not previous or len(head.split()) > 1 or re.search(r"[^\w]|[^\W\d_]{6,}", head.strip()):
        return
    listed = [i for i, m in enumerate(mentions) if m.start >= marker.end()]
    if not listed or _words_before_list(folded[marker.end() : mentions[listed[0]].start], pack):
        return
    shared = _counted_before(previous, pack)
    for i in _still_listed(folded, mentions, listed, pack):
        held = {(t.role, t.org) for t in per_name[i]}
        per_name[i] = per_name[i] + [s for s in shared if (s.role, s.org) not in held]


def _still_listed(folded: str, mentions, listed: list[int], pack: Pack) -> list[int]:
    """The names of ``listed`` (indices of ``mentions``, in order) the list holds: it ends at a name a possessive ending
    follows (the name owns what follows, no item: "They are Mr. A's colleagues", "Mr. A's deputies"), or where more
    than a separator, a conjunction, an honorific, a place and the name's own titles stands before the next name
    ("They are Mr. A and Mr. B, Mr. C said": a clause of its own), or after the name a conjunction joins.
    """
    kept: list[int] = []
    closed = False
    for i in listed:
        m = mentions[i]
        if pack.cue("possessive_ending").match_at(folded, m.end) is not None:
            break
        if kept:
            gap = folded[mentions[kept[-1]].end : m.start]
            if closed:  # (the list a conjunction closed: "A and B, Mr. C said")
                break
            # (a conjunction right before the name, after the gap's last separator: not one inside the titles before)
            tail = re.split(rf"[{RE_COMMAS}{RE_SEMICOLONS}]", gap)[-1]
            closed = any(True for _ in pack.cue("conjunction").finditer(tail))
            spans = [(t.start, t.end) for t in read_titles(gap, pack)] + [
                b[:2] for b in find_bodies(gap, pack)
            ]
            for start, end in spans:  # (the name's own titles and their owners)
                gap = gap[:start] + " " * (end - start) + gap[end:]
            for kind in ("honorific", "courtesy", "conjunction"):
                for c, _ in pack.cue(kind).finditer(gap):
                    gap = gap[: c.start()] + " " * (c.end() - c.start()) + gap[c.end() :]
            for level, _ in pack.levels.finditer(gap):
                gap = gap[: level.start()] + " " * (level.end() - level.start()) + gap[level.end() :]
            if any(len(w) > 3 for w in re.findall(r"[^\W\d_]+", gazetteer.blank_places(gap))):
                break
        kept.append(i)
    return kept


def _clause_opener(folded: str, at: int, bodies: list, pack: Pack) -> str | None:
    """The body that opens the clause ``at`` ends (only words of at most three letters before it: an article), when a
    later body of the clause before ``at`` stands apart from it (a word of more than three letters between, no link:
    "The steering committee for the project of the ... People's Committee", "Le comité de pilotage du projet du Comité
    populaire"); None else (a body chained to its owner, "The Inspection Commission of the Provincial Party
    Committee", is the subject as a whole)."""
    start = max([m.end() for m in re.finditer(rf"[{RE_CLAUSE_ENDS}]", folded[:at])] + [0])
    inside = [b for b in bodies if start <= b[0] and b[1] <= at]
    if len(inside) < 2:
        return None
    first, nxt = inside[0], inside[1]
    if any(len(w) > 3 for w in re.findall(r"[^\W\d_]+", folded[start : first[0]])):
        return None
    gap = gazetteer.blank_places(folded[first[1] : nxt[0]])
    if not any(len(w) > 3 and not _linking(w, pack) for w in re.findall(r"[^\W\d_]+", gap)):
        return None
    return folded[first[0] : first[1] + (gazetteer.place_end(folded[first[1] : first[1] + 40], 4) or 0)]


_HEADS = {
    "deputy_head": "head",
    "vice_chair": "chair",
    "deputy_director": "director",
    "deputy_minister": "minister",
}


def _deputys_body(role_text: str, previous: str, pack: Pack) -> str | None:
    """The body of the head ``previous`` (the sentence before) names whose deputies the role ``role_text`` lists
    (deputy heads of a head, vice chairs of a chair): the body written right after that head's role."""
    found = find_roles(role_text, pack)
    head = _HEADS.get(found[0][2][0]) if found else None
    if head is None or not previous:
        return None
    for _, r1, values in find_roles(previous, pack):
        if values[0] != head:
            continue
        after = [b for b in find_bodies(previous, pack) if r1 <= b[0] <= r1 + 8]
        if after and not re.search(rf"[{RE_CLAUSE_ENDS}]", previous[r1 : after[0][0]]):
            start, end, _ = after[0]
            return previous[start : end + (gazetteer.place_end(previous[end : end + 40], 4) or 0)]
    return None


def _clause_after(folded: str, at: int, mentions, pack: Pack) -> bool:
    """Does a clause of its own open at ``at``, after a list's semicolon: a role or more than three words (an
    honorific, a courtesy title and a conjunction aside) before the next name ("; miễn nhiệm chức danh Ủy viên UBND
    tỉnh đối với ông D"; not "; ông B", "; và bà C")?"""
    nxt = min((m.start for m in mentions if m.start >= at), default=None)
    if nxt is None:
        return False
    gap = _blank_honorifics(folded[at:nxt], pack)
    courtesy = pack.cue("courtesy")
    conj = pack.cue("conjunction")
    words = [w for w in re.findall(r"[^\W\d_]+", gap) if conj.get(w) is None and courtesy.get(w) is None]
    return len(words) > 3 or bool(find_roles(gap, pack))


def _words_before_list(gap: str, pack: Pack) -> bool:
    """Does ``gap`` (from a list marker to the first name it lists) hold words other than honorifics, plural words,
    determiners and a colon ("sont également présents, ainsi que M."; not "son los señores", "are Mr.")?"""
    for kind in ("honorific", "courtesy", "plural", "determiner"):
        for m, _ in pack.cue(kind).finditer(gap):
            gap = gap[: m.start()] + " " * (m.end() - m.start()) + gap[m.end() :]
    return any(len(w) > 3 for w in re.findall(r"[^\W\d_]+", gap))


# a line opening an item of a list: "- ", "• ", "2. "
_BULLET = re.compile(rf"(?:[{RE_DASHES}•▪●◦·*+]|\d{{1,2}}[.)])\s")
_HEADER = re.compile(rf"[{RE_COLONS}]\s*$")


def bullet_titles(text: str, sents, folded, names, sent, mentions, per_name: list, pack: Pack) -> None:
    """ "Die Vizepräsidenten sind:\n– Herr A, T1\n– Herr B", "Lista obejmuje:\n- Pan A, T1": a line
    opening with a dash or bullet, after a header line ending in a colon (other items between), is an
    item of the header's list: its first name holds, besides its own titles, the role the header writes
    (with the body the role's words write, else the last body the header or the sentence before it
    names), or, after a ``members_list`` cue ("composed of", "the list includes", in the header or the
    sentence before it), a member's post of the body written right after (else before) the cue. A header
    that names somebody gives nothing (its titles are that person's). ``folded``, ``names``: of every
    sentence of ``sents``."""
    if not mentions or not _line_start(text, sent.start):
        return
    bullet = bool(_BULLET.match(sent))
    if not bullet and not _opens_with_name(folded[sent.index], mentions, pack):
        return
    k = sent.index - 1  # the header: the last sentence of the first line before the items that is none
    while k >= 0:
        j = k
        while j > 0 and not _line_start(text, sents[j].start):
            j -= 1
        if not _BULLET.match(sents[j]) and not (not bullet and _opens_with_name(folded[j], names[j], pack)):
            break
        bullet = bullet or bool(_BULLET.match(sents[j]))
        k = j - 1
    if k < 0 or not _HEADER.search(sents[k]) or names[k]:
        return
    # (lines that open with a name and no bullet are items only under a header that lists people: a plural or counted
    # role, a list marker or a members' cue, "Các Phó Chủ tịch UBND tỉnh gồm:", "The Vice Chairmen are:"; not a
    # speaker's quote after "Chủ tịch UBND tỉnh nhấn mạnh:")
    if not bullet and not _lists_people(folded[k], pack):
        return
    shared = _header_titles(folded[k], folded[k - 1] if k else "", pack)
    # the line's first name, and the names joined right to it ("- Pan A i pan B, ...")
    listed = 1
    while listed < len(mentions) and _next_listed(
        folded[sent.index], mentions[listed - 1], "", mentions[listed], pack
    ):
        listed += 1
    for i in range(listed):
        per_name[i] = per_name[i] + [
            s for s in shared if not any((t.role, t.org) == (s.role, s.org) for t in per_name[i])
        ]


def _opens_with_name(folded: str, mentions, pack: Pack) -> bool:
    """Does the sentence ``folded`` open with its first name, only an honorific and short words before it ("Ông A",
    "El Sr. A", "M. A", "السيد A")?"""
    if not mentions:
        return False
    before = _blank_honorifics(folded[: mentions[0].start], pack)
    return not re.search(r"[^\w\s.]|[^\W\d_]{4,}", before)


def _lists_people(header: str, pack: Pack) -> bool:
    """Does a list's header count or list people: a digit, a ``plural``, ``cardinal``, ``list_marker`` or
    ``members_list`` cue?"""
    return bool(re.search(r"\d", header)) or any(
        True
        for kind in ("plural", "cardinal", "list_marker", "members_list")
        for _ in pack.cue(kind).finditer(header)
    )


def _line_start(text: str, at: int) -> bool:
    """Does ``text[at:]`` open a line (only spaces before it on its line)?"""
    return not text[text.rfind("\n", 0, at) + 1 : at].strip()


def _header_titles(header: str, before: str, pack: Pack) -> list:
    """The titles a list's header gives every item (see :func:`bullet_titles`)."""
    roles = find_roles(header, pack)
    # (a role wording inside a body's name is none: "ban thuong vu tinh uy" holds "thuong vu tinh uy")
    if roles:
        named = find_bodies(header, pack)
        roles = [r for r in roles if not any(b0 < r[0] and r[1] <= b1 for b0, b1, _ in named)]
    r0 = roles[-1][0] if roles else 0
    # a role for several ("Die Mitglieder des Politbüros sind:", "15 Mitglieder"), or one the header opens
    # with ("Wiceprezydenci to m.in.:"), not a role holder named beside the items ("Tham dự có Chủ tịch
    # UBND tỉnh và các đại biểu:")
    # (the plural word is the role's own: not "Danh sách các đồng chí được Thủ tướng Chính phủ tặng Bằng khen:")
    several = (
        any(m.start() <= r0 < m.end() + 2 for m, _ in pack.cue("plural").finditer(header))
        or re.search(r"\d\s+$", header[:r0])
        or _cardinal_before(header, r0, pack)
    )
    beside = any(True for kind in ("attend", "chair") for _ in pack.cue(kind).finditer(header))
    # (nor the role of one who acts on the items: "Bằng khen của Thủ tướng Chính phủ được trao cho:", "The Secretary
    # of the Provincial Party Committee assigned tasks to the following comrades:")
    acting = bool(roles) and _acting(header[roles[-1][1] :], pack)
    if roles and not acting and (several or (r0 <= 15 and not beside)):
        own = read_titles(header[r0:], pack)
        # (one holder's title opening the header is the items' only when no more than a copula follows it:
        # "Wiceprezydenci to m.in.:", not "Chủ tịch UBND tỉnh phân công nhiệm vụ như sau:")
        tail = header[r0 + (own[-1].end if own else roles[-1][1] - r0) :].rstrip(" :" + COLONS)
        if not several and len(tail.split()) > 2:
            return []
        if own:
            return own
        for text in (header[:r0], before):
            bodies = find_bodies(text, pack)
            if bodies:
                start, end, _ = bodies[-1]
                body = text[start : end + (gazetteer.place_end(text[end : end + 40], 4) or 0)]
                return read_titles(header[r0:].rstrip(" :" + COLONS) + " " + body, pack)
        return []
    if not roles and not find_bodies(header, pack) and len(header.split()) <= 4:
        # "The Secretariat has 11 members. They are:": a counted role of the sentence before, a header that
        # writes neither role nor body, only a pronoun and a copula (not "Speakers at the conference were:")
        counted = _counted_before(before, pack, words=False)
        if counted:
            return counted
    # (the sentence before, only when the header writes no body: "Im Einzelnen sind dies:")
    for text in (before, header) if not find_bodies(header, pack) else (header,):
        for cue, values in pack.cue("members_list").finditer(text):
            if group_before(text, len(text), pack):
                continue  # "Đoàn công tác của Tỉnh ủy gồm:": the group's names, no members of the body
            bodies = find_bodies(text, pack)
            after = [b for b in bodies if cue.end() <= b[0] <= cue.end() + 40]
            # (a body before the cue that opens its clause, not one owning the subject: "Đoàn công tác của Tỉnh
            # ủy gồm:", "The working delegation of the Provincial People's Committee includes:")
            prior = [
                b
                for b in bodies
                if b[1] <= cue.start()
                and not re.search(rf"[{RE_CLAUSE_ENDS}]", text[b[1] : cue.start()])
                and all(len(w) <= 3 for w in re.split(rf"[{RE_CLAUSE_ENDS}]", text[: b[0]])[-1].split())
            ]
            found = after[:1] or prior[-1:]
            if not found or not values or not _counts_people(text, cue.end(), found[0], pack):
                continue
            start, end, _ = found[0]
            body = text[start : end + (gazetteer.place_end(text[end : end + 40], 4) or 0)]
            return read_titles(fold_aligned(values[0]) + " " + body, pack)
    return []


def _counted_before(before: str, pack: Pack, words: bool = True) -> list:
    """The titles of the last counted role of ``before`` (the sentence before a list that writes neither role nor
    body: "The Secretariat has 11 members. They are:", "... approved four Vice Chairmen of the People's Committee
    of Khanh Hoa province. They are Mr. A, t1; Mr. B, t2"): the role with the body its own words write, else the
    last body written before it. ``words``: a number written as a word counts too ("four", "bốn", "أربعة")."""
    counted = [
        r
        for r in find_roles(before, pack)
        if re.search(r"\d\s+$", before[: r[0]]) or (words and _cardinal_before(before, r[0], pack))
    ]
    if not counted:
        return []
    r0, r1, _ = counted[-1]
    own = read_titles(before[r0:], pack)
    bodies = [b for b in find_bodies(before, pack) if b[1] <= r0]
    if not own and not bodies:
        return []
    start, end, _ = bodies[-1] if bodies else (0, 0, None)
    body = before[start : end + (gazetteer.place_end(before[end : end + 40], 4) or 0)]
    return own or read_titles(before[r0:r1] + " " + body, pack)


def _group_owns(folded: str, at: int, bodies: list, pack: Pack) -> bool:
    """Is the last body before ``at`` written after a group working for it ("Đoàn công tác của Tỉnh ủy", "la comisión de
    trabajo del Comité Central"), so the clause is about the group, not the body?"""
    before = [b for b in bodies if b[1] <= at]
    if not before:
        return False
    start = before[-1][0]
    return any(
        m.end() <= start and not re.search(rf"[{RE_CLAUSE_ENDS}]", folded[m.end() : start])
        for m, _ in pack.cue("group").finditer(folded, 0, start)
    )


def group_before(text: str, end: int, pack: Pack) -> bool:
    """Does a group working for a body (cue kind ``group``: "Đoàn công tác của Tỉnh ủy", "The Provincial Party
    Committee's working group", "W skład delegacji") stand in ``text`` before ``end``, outside a body's own
    name ("Đoàn đại biểu Quốc hội tỉnh", a National Assembly delegation, is a body)? Names a ``members_list`` cue
    lists after it are the group's, not members of the body."""
    found = [m for m, _ in pack.cue("group").finditer(text) if m.end() <= end]
    if not found:
        return False
    # (a body read as the group's wording alone, "đoàn công tác" of org other, is the group itself)
    bodies = [(b0, b1) for b0, b1, _ in find_bodies(text, pack)]
    return any(not any(b0 <= m.start() < b1 and (b0, b1) != m.span() for b0, b1 in bodies) for m in found)


def _counts_people(text: str, at: int, body: tuple, pack: Pack) -> bool:
    """Does the clause after a ``members_list`` cue at ``at`` count people ("aus 15 Mitgliedern", "gồm 16
    đồng chí", "wchodzą przywódcy", "the following comrades"), or say no more than the body ("Dem
    Politbüro gehören an:", "comprises:"), not what a text holds ("gồm các nội dung sau")?"""
    tail = re.split(rf"[.{RE_SEMICOLONS}{RE_COLONS}]", text[at : at + 60])[0]
    if body[0] >= at:
        tail = tail[: body[0] - at] + " " * (body[1] - body[0]) + tail[body[1] - at :]
    if (
        re.search(r"\d", tail)
        or find_roles(tail, pack)
        or any(True for _ in pack.cue("plural").finditer(tail))
    ):
        return True
    return len(re.findall(r"[^\W\d_]+", tail)) <= 2


def _possessed_role(before: str, pack: Pack, linked: bool = False) -> tuple[int, int] | None:
    """Where the role written at the end of ``before`` (right before a name) stands, when a possessive
    cue opens it ("son chef, ", "its Chairman ") or is it ("رئيسها"), and it writes no body. With ``linked``,
    also when a title link opens it ("hat als Vorsitzenden Herrn A", "tiene como presidente al señor A", "a pour
    président M. A") or an ``in_person`` cue closes it ("ma przewodniczącego w osobie pana A"): the body has the
    name as that role."""
    text = before.rstrip(" " + COMMAS)
    for honorific, _ in pack.cue("honorific").finditer(text):
        if honorific.end() == len(text):
            text = text[: honorific.start()].rstrip(" " + COMMAS)
    in_person = False
    if linked:
        for m, _ in pack.cue("courtesy").finditer(text):
            if m.end() == len(text):
                text = text[: m.start()].rstrip(" " + COMMAS)
        for m, _ in pack.cue("in_person").finditer(text):
            if m.end() == len(text.rstrip()):
                text, in_person = text[: m.start()].rstrip(), True
        # (the object's article before it: "tiene como presidente al señor A")
        for m, values in pack.cue("object_article").finditer(text, max(0, len(text) - 6)):
            if not in_person and m.end() == len(text) and not values:
                text = text[: m.start()].rstrip()
    roles = [r for r in find_roles(text, pack) if r[1] == len(text)]
    if not roles or len(roles[-1][2]) > 1:
        return None
    r0, r1, _ = roles[-1]
    owned = in_person or any(
        (m.start() == r0 and m.end() == r1) or (m.end() <= r0 and not text[m.end() : r0].strip())
        for m, _ in pack.cue("possessive").finditer(text, max(0, r0 - 12), r1)
    )
    if not owned and linked:
        # (a possessive may stand between: "has as its chairman Mr A")
        opened = r0
        for m, _ in pack.cue("possessive").finditer(text, max(0, r0 - 12), r0):
            if not text[m.end() : r0].strip():
                opened = m.start()
        owned = any(
            m.end() <= opened and not text[m.end() : opened].strip()
            for m, _ in pack.cue("title_link").finditer(text, max(0, opened - 30), opened)
        )
    return (r0, r1) if owned and not find_bodies(text[r0:r1], pack) else None


def elected_object(folded: str, start: int, pack: Pack) -> bool:
    """Does an ``adopt`` cue of electing stand right before the name at ``start``, at most its honorific, a courtesy
    title, the object's article or a vote's own words between ("elected Mr.", "a élu M.", "eligió al Sr.", "wählte
    Herrn", "a élu à l'unanimité M.")?"""
    for m, _ in pack.cue("adopt").finditer(folded, max(0, start - 40), start):
        gap = folded[m.end() : start]
        for kind in ("ballot", "honorific", "courtesy", "object_article", "determiner"):
            for cue, _ in pack.cue(kind).finditer(gap):
                gap = gap[: cue.start()] + " " * (cue.end() - cue.start()) + gap[cue.end() :]
        if not gap.strip():
            return True
    return False


def _titles_for(
    sentence: str, folded: str, mentions, spans, per_name: list, pack: Pack, previous: str = ""
) -> None:
    """ "miễn nhiệm chức vụ Chủ tịch UBND tỉnh nhiệm kỳ 2016-2021 đối với ông A": the post a clause
    names after a ``post_noun`` cue ("chức vụ") and before a ``title_for`` cue ("đối với") is that of
    the names listed right after the cue (joined by commas, a conjunction or an honorific: "ông A, ông
    B và bà C"; "; ông D, ..."). The clause's titles read as written before the name are not the
    name's (they are the clause's subject's). Several posts for several names are theirs in turn
    ("chức danh Chủ tịch và các Phó Chủ tịch UBND tỉnh đối với ông A, ông B và ông C": A the chair).

    A ``replaced`` cue ("thay ông A", "to replace Ms. A") gives the names after it the post the clause
    names after a title link ("được bầu giữ chức Bí thư Tỉnh ủy thay bà A"), as a former post; the
    clause's subject keeps it. A sentence of its own whose subject is a pronoun ("A wurde zur Vorsitzenden des
    Volkskomitees gewählt. Sie tritt die Nachfolge von Herrn B an", "She replaces Mr. B") reads that post in the
    sentence before (``previous``, folded)."""
    fired = False
    cues = [(m, True) for m, _ in pack.cue("title_for").finditer(folded)]
    cues += [(m, False) for m, _ in pack.cue("replaced").finditer(folded)]
    # (a cue valued 'adjacent', an honorific alone: fr 'M.', pl 'pana', en 'Mr.', after the post with no comma between:
    # "a relevé de leurs fonctions de vice-président du Comité populaire provincial M. A et M. B", not "la révocation de
    # M. A du poste de vice-président ..., et la révocation de Mme B du poste de membre")
    adjacent = {
        m.start() for m, values in pack.cue("title_for").finditer(folded) if values[:1] == ("adjacent",)
    }
    if not cues:
        return
    cuts = [m.end() for m in _cuts(sentence, f"[{RE_SEMICOLONS}{RE_COLONS}.]")]
    for cue, object_of in sorted(cues, key=lambda c: c[0].start()):
        start = max(
            [c for c in cuts if c <= cue.start()] + [m.end for m in mentions if m.end <= cue.start()] + [0]
        )
        kinds = ("post_noun",) if object_of else ("post_noun", "title_link")
        links = sorted(
            (m for kind in kinds for m, _ in pack.cue(kind).finditer(folded, start, cue.start())),
            key=lambda m: m.end(),
        )
        head = folded[links[-1].end() : cue.start()] if links else folded[start : cue.start()]
        while len(links) > 1 and object_of:
            # (two posts an act and a second act name before one holder: "odwołanie ze stanowiska przewodniczącego
            # ... i zakończenie pełnienia funkcji deputowanego ... pana A", both A's)
            earlier = read_titles(folded[links[-2].end() : links[-1].start()], pack)
            if not earlier or not _second_post(
                folded[links[-2].end() + earlier[-1].end : links[-1].end()], pack
            ):
                break
            if any(
                re.fullmatch(r"\s*(?:[^\W\d_]{1,4}\s+){0,2}", folded[m.end : links[-2].start()])
                for m in mentions
                if m.end <= links[-2].start()
            ):
                # (not the first act's post right after its own object: "the dismissal of Mr. A from the position of
                # P1 and the termination of the duties of P2 of Mr. B", "la destitution de M. A du poste de P1 et la
                # cessation des fonctions de P2 de M. B": P1 is A's, P2 B's)
                break
            links = links[:-1]
            head = folded[links[-1].end() : cue.start()]
        if not links and not object_of and (before := _pronoun_post(folded, cue.start(), previous, pack)):
            links, head = [cue], before
        if len(links) > 1 and not read_titles(head, pack):
            # "cho thôi chức vụ Bí thư Thành ủy, ... và các chức vụ có liên quan để nghỉ hưu đối với ông A": a post
            # noun that closes the list ("and the related posts") reads no post; the posts follow an earlier one
            earlier = next(
                (k for k in reversed(links[:-1]) if read_titles(folded[k.end() : cue.start()], pack)), None
            )
            head = folded[earlier.end() : cue.start()] if earlier is not None else head
        # "... đối với ông A, Chủ tịch UBND tỉnh đối với ông B": the link written once for both
        if (
            not links
            and not (
                object_of
                and fired
                and any(r0 <= 4 for r0, _, _ in find_roles(head.lstrip(" " + COMMAS), pack))
            )
            and not (not object_of and _elected_attribute(folded, start, head, mentions, cuts, pack))
        ):
            continue
        titles = read_titles(head, pack)
        gap = head[max((t.end or t.start for t in titles), default=0) :]
        if (
            object_of
            and cue.start() in adjacent
            and (not links or re.search(rf"[{RE_COMMAS}{RE_SEMICOLONS}]", gap))
        ):
            continue  # (nor the post of a name before it: "à l'égard de M. A, directeur du ... et de M. B")
        if (
            object_of
            and titles
            and pack.code != "vi"
            and _verb_between(gap)
            # (not the place of the title's body written after it: "au poste de vice-président du Comité populaire
            # provincial de Nghe An pour M. A", "na stanowisko wiceprzewodniczącego Komitetu Ludowego Prowincji Nghe
            # An w stosunku do pana A", as "Vice Chairman of the Nghe An Provincial People's Committee for Mr. A")
            and not _body_place(gap, pack)
            # ("cho thôi chức vụ X và các chức vụ có liên quan để nghỉ hưu đối với ông A": the posts a dismissal
            # names, closed by 'and the related posts', then its purpose: "relevar de los cargos de X y de los cargos
            # relacionados, para que se jubile a petición propia, al camarada A")
            and not any(True for _ in pack.cue("related_posts").finditer(gap))
        ):
            # "A, en el cargo de presidente del ..., felicitó al Sr. B": the post is A's, not B's (vi "chức vụ X để
            # nghỉ hưu đối với ông A" names the post and its holder with words between)
            continue
        if not titles and links and not object_of:
            # the link word itself is the role (Arabic accusative "رئيسا للجنة ... خلفا ل": as Chairman of)
            titles = read_titles(folded[links[-1].start() : cue.start()], pack)
        if not titles:
            continue
        if object_of:
            fired = True
            # the post is not the previous name's, whose text after it ran on into this clause; unless the cue
            # opens a coordinated object that shares it ("destituir al Sr. A, t1, del cargo de X, ..., y al Sr. B")
            head_start = cue.start() - len(head)
            shared = _after_conjunction(folded[: cue.start()], pack.cue("conjunction"))
            for p in [i for i, m in enumerate(mentions) if m.end <= head_start and not shared][-1:]:
                after = spans[p].after
                own = chained_after(read_titles(after, pack), after, pack) if after else []
                ran_on = [t for t in own if head_start <= mentions[p].end + t.start < cue.start()]
                per_name[p] = [t for t in per_name[p] if t not in ran_on]
        else:
            fronted = _fronted_object(folded, start, cue, mentions, pack)
            if fronted is not None:
                # "Pana B na stanowisku przewodniczącego ... zastąpił pan A": the object written first held the post
                # before, the subject after the verb holds it now
                kept = [
                    t
                    for t in per_name[fronted]
                    if not any((t.role, t.org) == (o.role, o.org) for o in titles)
                ]
                per_name[fronted] = kept + [dataclasses.replace(t, former=True) for t in titles]
            else:
                titles = [dataclasses.replace(t, former=True) for t in titles]
        listed: list[int] = []
        for i, m in enumerate(mentions):
            if m.start < cue.end():
                continue
            if not listed:
                gap = _blank_honorifics(folded[cue.end() : m.start], pack)  # ("Mr.": no full stop)
                words = re.findall(r"[^\W\d_]+", gap)
                if len(gap) > 30 or re.search(rf"[{RE_SEMICOLONS}.]", gap) or len(words) > 1:
                    break
            elif not _next_listed(folded, mentions[listed[-1]], spans[listed[-1]].after, m, pack):
                break
            listed.append(i)
        for k, i in enumerate(listed):
            after = spans[i].after
            own = chained_after(read_titles(after, pack), after, pack) if after else []
            theirs = titles
            if len(titles) > 1 and len(listed) > 1:
                theirs = [titles[min(k, len(titles) - 1)]]
            per_name[i] = own + [
                t for t in theirs if not any((t.role, t.org) == (o.role, o.org) for o in own)
            ]


def _fronted_object(folded: str, start: int, cue, mentions, pack: Pack) -> int | None:
    """The index of the name a clause opens with before the post and the ``replaced`` verb at ``cue``, when it is the
    verb's object written first and the name after the verb its subject, their honorifics' cases tell: "Pana B na
    stanowisku przewodniczącego Prowincjonalnego Komitetu Ludowego zastąpił pan A", "Herrn B als Vorsitzenden ...
    ersetzte Herr A" (an oblique case first, a plain one after the verb); else None. Not "Pan A zastąpił pana B",
    nor a language whose honorifics have no cases ("Prof. B, Chairman of ..., replaces Mr. A")."""
    before = [i for i, m in enumerate(mentions) if m.end == start]
    after = next((m for m in mentions if m.start >= cue.end()), None)
    if not before or after is None or _case(folded, mentions[before[0]], pack) != "oblique":
        return None
    return before[0] if _case(folded, after, pack) == "plain" else None


def _case(folded: str, mention, pack: Pack) -> str | None:
    """The case of the honorific or courtesy title written right before ``mention``: "oblique" (one valued so: de
    'Herrn', pl 'pana', 'panią'), "plain" (another: 'Herr', 'pan'), None without one."""
    hits = [
        v
        for kind in ("honorific", "courtesy")
        for m, v in pack.cue(kind).finditer(folded, max(0, mention.start - 30), mention.start)
        if not folded[m.end() : mention.start].strip()
    ]
    if not hits:
        return None
    return "oblique" if any(v[:1] == ("oblique",) for v in hits) else "plain"


_PARENTHESIS = re.compile(r"\s*\([^()]*\)")  # a parenthesis, spaces before it


def _released_shared(folded: str, mentions, per_name: list, pack: Pack) -> None:
    """ "صوّت ... على إعفاء السيد A من منصب نائب رئيس اللجنة الشعبية ... (لترشيحه ...)، والسيد B (الذي تم نقله ...)",
    "voted to dismiss Mr. A from the position of Vice Chairman of X (...) and Mr. B (...)": the post a
    ``released_from`` cue right after a name writes (up to a parenthesis or a separator) is also that of the next
    name, when a conjunction or a separator (an honorific) is all that joins it after the post and a parenthesis at
    most follows it before its sentence ends."""
    for i in range(1, len(mentions)):
        a, b = mentions[i - 1], mentions[i]
        between = folded[a.end : b.start]
        cue = pack.cue("released_from").match_at(between, len(between) - len(between.lstrip()))
        if cue is None:
            continue
        rest = between[cue[0].end() :]
        stop = re.search(rf"[(){RE_COMMAS}{RE_SEMICOLONS}]", rest)
        post = rest[: stop.start()] if stop else rest
        gap = rest[len(post) :]
        if stop is None and (
            joins := list(re.finditer(rf"(?<!\w)(?:{pack.alternation('conjunction')})(?!\w)", post))
        ):
            # (no separator: the post ends at its last conjunction, "... of the Provincial People's Committee and
            # elected Mr. B": what follows it, a verb here, is checked as the gap)
            post, gap = post[: joins[-1].start()], post[joins[-1].start() :]
        if any(_act_joined_at(post, m.start(), pack) for m, _ in pack.cue("post_noun").finditer(post)):
            # (a second act's post noun in it: "من منصب P1 وإنهاء مهام P2 للسيد B", B's own post, not P1; not a reason's
            # "لتولي مهام جديدة", to take up new duties)
            continue
        if (opened := _PARENTHESIS.match(gap)) is not None:
            gap = gap[opened.end() :]
        # (a courtesy title or the object's article between: "oraz pana B", "y al Sr. B")
        for kind in ("courtesy", "object_article"):
            for m, _ in pack.cue(kind).finditer(gap):
                gap = gap[: m.start()] + " " * len(m.group()) + gap[m.end() :]
        if not re.fullmatch(
            rf"[\s{RE_COMMAS}]*(?:{pack.alternation('conjunction')})?[\s{RE_COMMAS}]*",
            _blank_honorifics(gap, pack),
        ):
            continue
        tail = folded[b.end :]
        if (opened := _PARENTHESIS.match(tail)) is not None:
            tail = tail[opened.end() :]
        if not re.match(rf"[\s{RE_COMMAS}{RE_SEMICOLONS}]*(?:[.!?]|$)", tail):
            continue
        held = {(t.role, t.org) for t in per_name[i]}
        per_name[i] = per_name[i] + [t for t in read_titles(post, pack) if (t.role, t.org) not in held]


def _act_joined_at(text: str, at: int, pack: Pack) -> bool:
    """Does a conjunction join what stands right before ``at`` in ``text`` to what came before: a conjunction among the
    three words before it, or one glued to the word right before it ("وإنهاء مهام", and the termination of the duties;
    not "لتولي مهام جديدة", to take up new duties)?"""
    conj = pack.cue("conjunction")
    words = re.findall(r"[^\W\d_]+", text[:at])[-3:]
    glued = [p for p in conj.entries if len(p) == 1 and p in pack.prefixes]
    return any(conj.get(w) is not None for w in words) or bool(
        words and any(words[-1].startswith(p) and len(words[-1]) > len(p) + 3 for p in glued)
    )


# words between a sentence's pronoun subject and its ``replaced`` cue ("Sie tritt die Nachfolge von")
_PRONOUN_VERB = 2


def _pronoun_post(folded: str, at: int, previous: str, pack: Pack) -> str | None:
    """The post the sentence before gives after its last title link ("... wurde Frau A zur Vorsitzenden des
    Volkskomitees der Provinz B gewählt."), when this sentence opens with a pronoun subject and at most a verb or
    two before the ``replaced`` cue at ``at`` ("Sie tritt die Nachfolge von Herrn C an", "She replaces Mr. C",
    "Elle remplace M. C"): the post the pronoun's holder took, C's before; else None."""
    opening = folded[:at]
    pos = len(opening) - len(opening.lstrip())
    pronoun = pack.cue("pronoun").match_at(folded, pos)
    if not previous or pronoun is None or pronoun[1][:1] == ("dropped",):
        return None
    if len(re.findall(r"[^\W\d_]+", folded[pronoun[0].end() : at])) > _PRONOUN_VERB:
        return None
    links = sorted(
        (m for kind in ("post_noun", "title_link") for m, _ in pack.cue(kind).finditer(previous)),
        key=lambda m: m.end(),
    )
    # (the last link a post follows: "wurde ... zur Vorsitzenden ... gewählt", not the participle after it)
    return next(
        (previous[m.end() :] for m in reversed(links) if read_titles(previous[m.end() :], pack)), None
    )


def _elected_attribute(folded: str, start: int, head: str, mentions, cuts: list[int], pack: Pack) -> bool:
    """Before a ``replaced`` cue, is ``head`` (from the end of the name at ``start`` to the cue) the post an electing
    verb gives that name as its attribute, with no link word between ("a élu M. A président du Comité populaire
    provincial, en remplacement de M. B", "elected Mr. A Chairman of ..., replacing Mr. B", "eligió al Sr. A
    presidente ..., en sustitución del Sr. B"): a ``title_link`` or ``adopt`` verb right before the name (honorifics,
    articles between), and the role right after it, no separator between (not "A, président du ..., a remis la
    décision en remplacement de M. B": the name's own title, its clause another's)?"""
    name = next((m for m in mentions if m.end == start), None)
    if name is None:
        return False
    clause = max(
        [c for c in cuts if c <= name.start] + [m.end for m in mentions if m.end <= name.start] + [0]
    )
    verbs = [
        m for kind in ("title_link", "adopt") for m, _ in pack.cue(kind).finditer(folded, clause, name.start)
    ]
    if not verbs:
        return False
    gap = _blank_honorifics(folded[max(m.end() for m in verbs) : name.start], pack)
    if len(re.findall(r"[^\W\d_]+", gap)) > 1 or re.search(rf"[{RE_COMMAS}{RE_SEMICOLONS}{RE_COLONS}]", gap):
        return False
    roles = find_roles(head, pack)
    return bool(roles) and not head[: roles[0][0]].strip()


def _joint_titles(folded: str, mentions, spans, per_name: list, pack: Pack) -> None:
    """ "A, T1; B, T2, cùng tái đắc cử Phó Chủ tịch HĐND tỉnh", "A, T1, and B, T2, who both serve as
    deputy heads of X": the titles after a ``jointly`` cue are those of every name listed before it
    (joined by separators, a conjunction or an honorific, each with its own titles)."""
    # "ông A, T1 và ông B, T2 được bầu giữ chức Phó Chủ tịch UBND tỉnh": a title link after the titles of the
    # last of names joined by a conjunction links every one of them
    cues = [(m, True) for m, _ in pack.cue("jointly").finditer(folded)]
    cues += [(m, False) for m, _ in pack.cue("title_link").finditer(folded)]
    for cue, joint_cue in cues:
        before = [i for i, m in enumerate(mentions) if m.end <= cue.start()]
        if not before:
            continue
        last = before[-1]
        after = spans[last].after
        if after and mentions[last].end + len(after) < cue.end():
            # "A – t1 – und B – t2 – wurden erneut zu stellvertretenden Vorsitzenden ... gewählt", "A - t1 - and B -
            # t2 - were re-elected as Vice Chairmen of ...": the dash that closes the last name's apposition, a verb's
            # words and the cue after it, its own clause: the titles the cue links are read from it
            tail = folded[
                max(mentions[last].end, folded.find(after, mentions[last].end)) + len(after) : cue.start()
            ]
            clause = re.split(
                rf"[{RE_CLAUSE_ENDS}{RE_SEMICOLONS}{RE_COLONS}]", folded[cue.start() :], maxsplit=1
            )[0]
            if (
                not after.lstrip().startswith(tuple(DASHES))
                or not re.fullmatch(rf"\s*[{RE_DASHES}]\s*(?:[^\W\d_]+\s+){{0,4}}", tail)
                or last == 0
            ):
                continue  # the cue is not in the last name's text
            own = chained_after(read_titles(after, pack), after, pack)
            joint = chained_after(read_titles(clause, pack), clause, pack)
            if (
                not own
                or not joint
                or not _joined_before(folded, mentions[last - 1].end, mentions[last].start, pack)
            ):
                continue
            offset = None
        else:
            if not after:
                continue
            offset = cue.end() - mentions[last].end
            own = chained_after(read_titles(after, pack), after, pack)
            joint = [t for t in own if t.start >= offset]
        if not joint:
            continue
        # ("eligió al Sr. A y a la Sra. B como vicepresidentes del Consejo Popular", "wybrała pana A i panią B na
        # stanowiska wiceprzewodniczących", vi 'bầu ông A và bà B giữ chức Phó Chủ tịch HĐND tỉnh': the link right
        # after the last name (or a verb or two: "para ocupar los cargos de", 'لشغل منصب'), no title of its own
        # between, links them all when the role it links is plural)
        bare = (
            offset is not None
            and re.fullmatch(
                rf"[\s{RE_COMMAS}]*(?:[^\W\d_]+\s+){{0,2}}", folded[mentions[last].end : cue.start()]
            )
            is not None
            and any(True for _ in pack.cue("plural").finditer(after, joint[0].start, joint[0].end))
        )
        if (
            offset is not None
            and not joint_cue
            and (
                last == 0
                or not (bare or any(t.end <= cue.start() - mentions[last].end for t in own))
                or not _joined_before(folded, mentions[last - 1].end, mentions[last].start, pack)
                or _relative_of_last(after, own, cue.start() - mentions[last].end, joint, pack)
            )
        ):
            continue
        listed = [last]
        while listed[0] > 0 and _next_listed(
            folded,
            mentions[listed[0] - 1],
            spans[listed[0] - 1].after,
            mentions[listed[0]],
            pack,
            len(listed) > 1,
        ):
            listed.insert(0, listed[0] - 1)
        if len(listed) < 2:
            continue
        if not joint_cue and any(
            True
            for _ in pack.cue("title_link").finditer(folded, mentions[listed[0]].end, mentions[last].start)
        ):
            continue  # ("A, t1, được bầu giữ chức X và B, t2, được bầu giữ chức Y": each name its own link)
        # (the last name too when its apposition closed before the cue: its text holds no joint title)
        for i in listed if offset is None else listed[:-1]:
            per_name[i] = per_name[i] + [
                s for s in joint if not any((t.role, t.org) == (s.role, s.org) for t in per_name[i])
            ]


def _elected_together(folded: str, mentions, spans, per_name: list, pack: Pack) -> None:
    """ "ont élu M. A et Mme B vice-présidents du Conseil populaire provincial", "elected A, t1, and B, t2, Vice
    Chairpersons of X": a plural role right after names listed after a title link ("élu", "elected") is every listed
    name's (the role written without a link, as the verb's object complement)."""
    links = [m for m, _ in pack.cue("title_link").finditer(folded)]
    i = 0
    while i < len(mentions):
        gap = [folded[m.end() : mentions[i].start] for m in links if m.end() <= mentions[i].start]
        # (a list marker may open the list: "وانتُخب كل من السيد A، t1، والسيد B، t2، نائبين لأمين ...", each of)
        if not gap or _blank_list_markers(_blank_honorifics(gap[-1], pack), pack).strip():
            i += 1
            continue
        listed = [i]
        while listed[-1] + 1 < len(mentions) and _next_listed(
            folded, mentions[listed[-1]], spans[listed[-1]].after, mentions[listed[-1] + 1], pack
        ):
            listed.append(listed[-1] + 1)
        i = listed[-1] + 1
        last = listed[-1]
        if len(listed) < 2 or not _joined_before(folded, mentions[last - 1].end, mentions[last].start, pack):
            continue
        rest = re.split(rf"[{RE_SEMICOLONS}{RE_COLONS}.]", folded[mentions[last].end :], maxsplit=1)[0]
        own = chained_after(read_titles(rest, pack), rest, pack)
        # (the first plural role after the last name's own titles, only separators between, or read as the last
        # of the name's chain of titles after a comma)
        plural = next(
            (
                m
                for m, _ in pack.cue("plural").finditer(rest)
                if not rest[max([t.end for t in own if t.end <= m.start()] + [0]) : m.start()].strip(
                    " " + COMMAS
                )
                or (
                    any(t.start <= m.start() < t.end for t in own)
                    and rest[: m.start()].rstrip().endswith(tuple(COMMAS))
                )
            ),
            None,
        )
        if plural is None:
            continue
        clause = rest[plural.start() :]
        titles = [t for t in read_titles(clause, pack) if t.start <= plural.end() - plural.start()]
        for k in listed:
            per_name[k] = per_name[k] + [
                t for t in titles if not any((t.role, t.org) == (o.role, o.org) for o in per_name[k])
            ]


def _relative_of_last(after: str, own, link: int, joint, pack: Pack) -> bool:
    """Does a ``relative`` cue open the clause of the title link at ``link`` (in ``after``, the last listed name's text)
    after the comma that closes that name's own titles ``own``, the post it links written in the singular ("A, t1, and
    B, t2, who was appointed Deputy Secretary", "quien fue nombrado", "qui a été nommé", "der zum ... ernannt wurde")?
    The clause is that name's, not every listed name's."""
    ends = [t.end for t in own if t.end <= link]
    return (
        bool(ends)
        and relative_before(after, max(ends), link, pack)
        and not any(True for t in joint for _ in pack.cue("plural").finditer(after, t.start, t.end))
    )


def relative_before(text: str, start: int, link: int, pack: Pack) -> bool:
    """Does a ``relative`` cue ("who", "quien", "qui", "der", "który", "الذي", "người được") open a clause after the
    last comma of ``text[start:link]`` and run to the title link at ``link`` (or is that link), no separator between?"""
    commas = [m.end() for m in re.finditer(rf"[{RE_COMMAS}]\s*", text[:link])]
    if not commas or commas[-1] <= start:
        return False
    opener = pack.cue("relative").match_at(text, commas[-1])
    return opener is not None and not re.search(
        rf"[{RE_COMMAS}{RE_SEMICOLONS}]", text[opener[0].end() : max(link, opener[0].end())]
    )


def _joined_before(folded: str, start: int, end: int, pack: Pack) -> bool:
    """Is the name at ``end`` joined to the one ending at ``start`` by a conjunction or a semicolon ("đã bầu bà A,
    t1; ông B, t2 và ông C, t3 giữ chức Phó chủ tịch UBND tỉnh")?"""
    gap = folded[start:end]
    # (or a comma after the bracket that holds the earlier name's own title: "Các đồng chí: A (t1), B (t2) được bầu
    # giữ chức Phó Chủ tịch HĐND tỉnh", "Towarzysze: A (t1), B (t2) zostali wybrani")
    return (
        re.search(rf"[{RE_SEMICOLONS}]", gap) is not None
        or any(True for _ in pack.cue("conjunction").finditer(gap))
        or _glued_conjunction(gap, pack)
        or re.match(rf"\s*\([^()]*\)\s*[{RE_COMMAS}]\s*$", _blank_honorifics(gap, pack)) is not None
    )


def _next_listed(folded: str, prev, prev_after: str, mention, pack: Pack, goes_on: bool = False) -> bool:
    """Is ``mention`` the next item of a list after ``prev`` (whose title, after it, may stand between):
    only separators, a conjunction, an honorific, a place and a few words between? (``goes_on``: more names
    are listed after ``mention``, so a semicolon right after ``prev``'s titles may close its item.)"""
    gap = folded[prev.end : mention.start]
    own = chained_after(read_titles(prev_after, pack), prev_after, pack) if prev_after else []
    if own:
        gap = folded[prev.end + max(t.end for t in own) : mention.start]
    conj = pack.cue("conjunction")
    # (the full stop of an honorific is no sentence's: "y a la Sra. B", "and Ms. B"; nor is a ``title_for`` cue
    # right after a conjunction a new clause's: "para el Sr. A, t1, y para el Sr. B", "al Sr. A ... y al Sr. B")
    # (a German or Polish ordinal's full stop is no sentence's either: "der 17. Amtszeit – und Herr B")
    # (nor one right after a semicolon or a comma, the next item's object marker: "eligió a la Sra. A, t1; al Sr. B,
    # t2; al Sr. C, t3, para ocupar el cargo de", "a la Sra. A, t1, al Sr. B, t2, y al Sr. C", vi "bầu bà A, t1; ông
    # B, t2; ông C, t3 giữ chức")
    # (a title_for cue valued 'adjacent' is an honorific alone, after a conjunction and a short word at most: "et de M.
    # B"; not after a verb, "A thanked Mr. B", review22 on 6467e07c)
    if "." in re.sub(r"\d\.", " ", _blank_honorifics(gap, pack)) or any(
        not (
            kind == "title_for"
            and (
                _after_conjunction(gap[: m.start()], conj)
                or _after_separator(gap[: m.start()])
                or (
                    values[:1] == ("adjacent",)
                    and _after_conjunction(re.sub(r"\s[^\W\d_]{1,3}\s*$", " ", gap[: m.start()]), conj)
                )
            )
        )
        for kind in ("title_for", "title_link", "post_noun")
        for m, values in pack.cue(kind).finditer(gap)
    ):
        return False
    # (a semicolon right after the previous name's own titles closes its item: "A, t1; B (t2), C (t3) và D (t4),
    # giữ chức Phó Bí thư", "los señores A, t1; B (t2) ... para ocupar el cargo de subsecretario")
    # (not a list of two: "A, t1; B, t2, a été élu président": B alone was elected)
    closes_item = (
        goes_on
        and bool(own)
        and re.fullmatch(
            rf"[\s{RE_COMMAS}{RE_SEMICOLONS}]*(?:(?:{pack.alternation('conjunction')})\s+)?",
            _blank_honorifics(gap, pack),
        )
    )
    if re.search(rf"[{RE_SEMICOLONS}]", gap) and not _ends_with_honorific(gap, pack) and not closes_item:
        return False
    # "đối với: ông A, nghỉ hưu theo quy định và ông B, ...": an item opened by a conjunction and an honorific
    # after a comma or a bracket, whatever A's clause says; a preposition or an article may stand before the
    # honorific ("à l'égard de M. A, t1 (55/60 voix) et de M. B", "para el Sr. A, t1 de la provincia de X y el Sr. B")
    honorific = next((m for m, _ in pack.cue("honorific").finditer(gap) if not gap[m.end() :].strip()), None)
    head = gap[: honorific.start()] if honorific else ""
    if _glued_conjunction(gap, pack):
        return True
    for opened in re.finditer(r"(\S+)(?=((?:\s+[^\W\d_]{1,3}){0,2})\s*$)", head):
        if conj.get(opened.group(1)) is not None and re.search(rf"[{RE_COMMAS})]", head[: opened.start()]):
            return True
    gap = _blank_honorifics(gazetteer.blank_places(gap), pack)
    # (an item a semicolon closes and an honorific opens: only the words after the semicolon open the next one, the
    # rest ends the previous item's title, "directora del Departamento de Ciencia y Tecnología; al Sr. B")
    semicolons = list(re.finditer(rf"[{RE_SEMICOLONS}]", gap))
    if semicolons and _ends_with_honorific(folded[prev.end : mention.start], pack):
        gap = gap[semicolons[-1].end() :]
    words = [w for w in re.findall(r"[^\W\d_]+", gap) if conj.get(w) is None]
    return len(words) <= 3


def _glued_conjunction(gap: str, pack: Pack) -> bool:
    """Does ``gap`` end with an honorific a conjunction is glued to, after a comma or a bracket (Arabic "، والسيدة": "A،
    أمين لجنة الحزب في بلدية كي شوان، والسيدة B", and Ms. B)?"""
    honorific = next((m for m, _ in pack.cue("honorific").finditer(gap) if not gap[m.end() :].strip()), None)
    if honorific is None or not re.search(rf"[{RE_COMMAS})]\s*$", gap[: honorific.start()]):
        return False
    return any(
        honorific.group().startswith(c)
        and pack.cue("honorific").match_at(gap, honorific.start() + len(c)) is not None
        for c in pack.cue("conjunction").entries
        if len(c) < 3
    )


def _after_separator(text: str) -> bool:
    """Does ``text`` end with a semicolon or a comma ("...; ")?"""
    return re.search(rf"[{RE_SEMICOLONS}{RE_COMMAS}]\s*$", text) is not None


def _after_conjunction(text: str, conj) -> bool:
    """Does ``text`` end with a conjunction ("..., y ")?"""
    last = re.search(r"(\S+)\s*$", text)
    return last is not None and conj.get(last.group(1)) is not None


def _cardinal_before(text: str, at: int, pack: Pack) -> bool:
    """A number written as a word right before ``at`` ("Bốn Phó Bí thư", "the three deputies"), as a digit."""
    head = text[:at].rstrip()
    return any(m.end() == len(head) for m, _ in pack.cue("cardinal").finditer(head, max(0, len(head) - 20)))


def _ends_with_honorific(text: str, pack: Pack) -> bool:
    """Does ``text`` end with an honorific ("; ông ") or a courtesy title (pl "; pana ", "; panią ": Mr and Mrs
    in the oblique cases, courtesy titles only, open the next item of "wybrała panią A, t1; pana B, t2; pana C,
    t3, na stanowisko ..." as "; ông " does)?"""
    stripped = text.rstrip(" :" + COMMAS)
    return any(
        m.end() == len(stripped)
        for kind in ("honorific", "courtesy")
        for m, _ in pack.cue(kind).finditer(stripped)
    )


def _blank_list_markers(text: str, pack: Pack) -> str:
    """``text`` with its ``list_marker`` cues ("كل من", each of) written as spaces."""
    for marker, _ in pack.cue("list_marker").finditer(text):
        text = text[: marker.start()] + " " * len(marker.group()) + text[marker.end() :]
    return text


def _blank_honorifics(text: str, pack: Pack) -> str:
    """``text`` with its honorifics ("MM.", "Herr") written as spaces."""
    for honorific, _ in pack.cue("honorific").finditer(text):
        text = text[: honorific.start()] + " " * len(honorific.group()) + text[honorific.end() :]
    return text


def drop_cut_titles(text: str, sentence: str, mentions, spans, per_name: list, pack: Pack) -> None:
    """Titles of the last sentence of an article cut off in the middle of a title ("... fue designado
    para ocupar el cargo de Secretario del Comité del Partido de"): a title after a name that runs to
    the cut and whose level was not written (its place was cut) is dropped; so is one after a
    semicolon that runs to the cut after the sentence's last name (the next item's, its name cut
    off), from every name that shares it."""
    if re.search(r"[.!?…\"'»”)\]]\s*$", text) or not text.rstrip().endswith(sentence.rstrip()):
        return
    for i, mention in enumerate(mentions):
        after = spans[i].after
        reach = mention.end + len(after) - len(sentence.rstrip())
        # (a few characters of slack for a semicolon: the text after a name is stripped, its
        # semicolons rewritten)
        if not after or not per_name[i] or reach < -2:
            continue
        tail = len(after.rstrip())
        # the title reaches the cut, but for a dangling link word ("de", "des", "of"); or, the last
        # name of the sentence, it stands after a semicolon ("بتعيين A وB في مناصب نواب رئيس الوزراء؛
        # وزير الموارد الطبيعية والب": the next item, whose name was cut off)
        own = chained_after(read_titles(after, pack), after, pack)
        cut = [
            t
            for t in own
            if reach >= 0 and t.default_level and re.fullmatch(r"\s*\w{0,4}\s*", after[t.end : tail])
        ]
        per_name[i] = [t for t in per_name[i] if t not in cut]
        if i == len(mentions) - 1:
            semi = [
                t
                for t in own
                if re.search(rf"[{RE_SEMICOLONS}]", sentence[mention.end : mention.end + t.start])
            ]
            for k in range(len(mentions)):
                per_name[k] = [t for t in per_name[k] if t not in semi]


def titled_at_cut(text: str, sentence: str, folded: str, mention, pack: Pack) -> bool:
    """Is ``mention`` the name an article cut off in the middle of its title stops on: the article ends
    with no sentence end, and after the name come only an aside in brackets, a comma or a dash, and the
    first words of a role the pack writes ("- Trần Ngọc Hải, Ủy vi" of "Ủy viên", "انتخب المؤتمر السيد
    نجوين في لونغ (44 عامًا)، نائب رئ" of "نائب رئيس")? The title was a post, cut with its body: the name
    is an official whose post is not known."""
    if re.search(r"[.!?…\"'»”)\]]\s*$", text) or not text.rstrip().endswith(sentence.rstrip()):
        return False
    tail = re.sub(r"^\s*\([^()]{0,40}\)", "", folded[mention.end :])
    sep = re.match(rf"\s*[{RE_COMMAS}{RE_DASHES}]\s*", tail)
    if sep is None:
        return False
    cut = " ".join(tail[sep.end() :].split())
    if len(cut) < 2 or len(cut.split()) > 4:
        return False
    return any(w.startswith(cut) for w in pack.roles.entries)


def _body_place(gap: str, pack: Pack) -> bool:
    """Is ``gap`` a place and the words that link it to the body before it, nothing else (" de nghe an ", " prowincji
    nghe an ", " der provinz nghe an ")?"""
    rest = gazetteer.blank_places(gap)
    return rest != gap and all(_linking(w, pack) for w in re.findall(r"[^\W\d_]+", rest))


def _verb_between(gap: str) -> bool:
    """Do words stand between a post and the ``title_for`` cue after it, with no term's year among them (a verb and
    its object: "..., felicitó al Sr. B", "presented flowers for Mr. B"; not "for the 2016-2021 term, for Mr. B")?"""
    return re.search(r"[^\W\d_]{2,}", gap) is not None and re.search(r"(?:19|20)\d\d", gap) is None


def _acts_between(head: str, r0: int, pack: Pack) -> bool:
    """Does an act on people stand between the title that opens at ``r0`` and a list marker after it: a change of a
    body's members (``roster``: "the dismissal of", "إعفاء", "miễn nhiệm", "odwołanie") or a verb of acting on someone
    (``acts_on``: "received")? "The Prime Minister approved the dismissal of several officials, including A and B",
    "ووافق رئيس الوزراء على إعفاء كل من: السيد A ...": the title is the act's subject's, not the listed names'."""
    titles = read_titles(head[r0:], pack)
    gap = head[r0 + max((t.end for t in titles), default=0) :]
    return any(True for _ in pack.cue("roster").finditer(gap)) or _acting(gap, pack)


def _reported_between(head: str, r0: int, pack: Pack) -> bool:
    """Does a clause opener or reporting verb (``not_holder``: "that", "que", "że", "إن") stand between the title that
    opens at ``r0`` and a list marker after it, with two words or more of four letters or more ("the Chairman of the
    PPC said that the best entrepreneurs are A and B", "إن الفائزين بالجائزة هم"): the title is a speaker's?"""
    titles = read_titles(head[r0:], pack)
    gap = head[r0 + max((t.end for t in titles), default=0) :]
    if not any(True for _ in pack.cue("not_holder").finditer(gap)):
        return False
    for a, b, _ in sorted(gazetteer.find_places(gap), reverse=True):
        gap = gap[:a] + " " + gap[b:]
    plural = pack.cue("plural")
    return len([w for w in re.findall(r"[^\W\d_]{4,}", gap) if plural.match_at(w, 0) is None]) >= 2
