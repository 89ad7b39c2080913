"""The extraction engine: one article in, an :class:`~kg.model.Extraction` out.

The engine is shared by every language; what differs per language is the data of its pack
(``kg/lang/<code>/``). Steps: sentences -> names -> titles -> officials -> meetings
(:mod:`kg.extract.meetings`) -> documents -> metrics.
"""

from __future__ import annotations

import dataclasses
import gc
import itertools

import kg.rx as re
from kg import gazetteer, resolve
from kg.detect import detect_language
from kg.extract.documents import congress_sessions, congress_terms
from kg.extract.grammar import (
    COMPANY,
    UNNAMED,
    acronyms,
    find_bodies,
    find_roles,
    grammar_features,
    reset_acronyms,
    set_acronyms,
)
from kg.extract.lists import (
    _blank_honorifics,
    _header_titles,
    bullet_titles,
    drop_cut_titles,
    elected_object,
    group_before,
    relative_before,
    subject_titles,
    titled_at_cut,
)
from kg.extract.meetings import chairs_in, find_meetings
from kg.extract.metrics import carried_across, is_tally, parts_across, votes_reported
from kg.extract.names import NameMention, find_names, name_endings, slug_names
from kg.extract.numbers import years_in
from kg.extract.titles import (
    GENERIC,
    LOCAL_ORGS,
    PROVINCIAL_ORGS,
    _ends_with_title,
    _opens_with_role,
    bare_committee_post,
    blank_since,
    body_of,
    chained,
    chained_after,
    giver_words,
    normalise,
    opens_item,
    planned_at,
    posts_colon,
    read_titles,
    title_spans,
)
from kg.lang import Pack, load_pack
from kg.model import Article, Body, Extraction, Official, Position
from kg.script import COLONS, COMMAS, LATIN, RE_COLONS, RE_COMMAS, RE_DASHES, RE_SEMICOLONS, SEMICOLONS
from kg.text import (
    Sentence,
    fold,
    fold_sentences,
    normalise_digits,
    pack_spelled,
    sentences,
    strip_marks,
    unglue,
)

__all__ = ["extract", "settle"]


def extract(article: Article) -> Extraction:
    """Extract officials, posts, meetings, documents and metrics from one article.

    Which reading a name written in another script is, :func:`kg.resolve.choose_reading`
    decides (given the officials named earlier in the article); names known from other articles
    are preferred later, by :meth:`kg.resolve.Resolver.prefer_known`. Places are
    :mod:`kg.gazetteer`'s.

    >>> from kg.model import Article
    >>> x = extract(Article("demo", "On August 21, the Provincial Party Committee held its 54th "
    ...     "meeting. Comrade Trinh Thi Minh Thanh, Permanent Deputy Secretary of the Provincial "
    ...     "Party Committee, presided over the meeting.", url="https://example.org/2024/08/x"))
    >>> [(o.name, [p.role for p in o.positions]) for o in x.officials]
    [('Trinh Thi Minh Thanh', ['standing_deputy_secretary'])]
    >>> [(m.date, m.chairs) for m in x.meetings]
    [('2024-08-21', ['Trinh Thi Minh Thanh'])]
    """
    text = unglue(strip_marks(normalise_digits(article.text)))
    lang = article.lang or detect_language(text)
    article.lang = lang
    pack = load_pack(lang)
    # a language without a pack: shared wordings only, and every Vietnamese name is an official
    open_names = not pack.roles
    if open_names:
        pack = load_pack("_any")
    # (a word's last letter as the pack writes it: Arabic "اللجنه" is "اللجنة")
    text = pack_spelled(text, pack)
    notes = []
    if lang == "und" and not re.search(rf"[{LATIN}]{{3}}", text[:20000]):
        notes.append("no language pack and no Latin script: only the article record was stored")
    token = set_acronyms(acronyms(text, pack))
    try:
        return _extract(article, text, lang, pack, open_names, notes)
    finally:
        reset_acronyms(token)


def settle() -> None:
    """Tune the garbage collector of a process that goes on to extract many articles, once it has
    warmed up (packs, tables, gazetteer loaded: a build worker after its first article): what is
    alive now is never garbage (``gc.freeze``: no full collection walks it again), and the youngest
    objects are collected every 50,000 allocations, not 700 (an article makes many short-lived
    objects and few cycles). A full collection of the caches a long build fills took about a tenth
    of extraction's time."""
    gc.freeze()
    gc.set_threshold(50_000, 50, 1000)


def _extract(article, text: str, lang: str, pack: Pack, open_names: bool, notes: list[str]) -> Extraction:
    sents = sentences(text, pack)
    folded_text, folded = fold_sentences(text, sents)
    slugged = slug_names(article.url)  # names the page's address spells: readings prefer them
    first_pass = [
        _people(find_names(sent, pack, slugged), fs, pack) for sent, fs in zip(sents, folded, strict=True)
    ]
    named = [
        (s.start + m.start, s.start + m.end) for s, ms in zip(sents, first_pass, strict=True) for m in ms
    ]
    # (outside people's names, and a visiting group's own body and place: a host receives another province's delegation)
    visitors = gazetteer.visitor_spans(text, folded_text, pack)
    province, district = gazetteer.article_place(text, named + visitors, article.url, folded_text)
    # (an article that names a centrally run city's province by its older name, Thua Thien Hue, is of the years
    # the city was that province's: its city named in a title is a district's)
    older = province is not None and gazetteer.older_name_written(province, folded_text)
    out = Extraction(article=article, sentences=[str(s) for s in sents], province=province, notes=notes)

    officials: dict[str, Official] = {}
    local_subject = _local_subject(folded[:2], pack)
    chairs_by_sentence: dict[int, list[str]] = {}
    last_official: list[Official] = []  # the official most recently named
    # the subject of the sentence that named it, when that official was a verb's object ("A met B"): a dropped
    # subject after it is A
    last_subject: list[Official] = []
    ambiguous: list[bool] = []  # (the last sentence naming officials named two, no subject decided)
    for sent, fs, found in zip(sents, folded, first_pass, strict=True):
        # names read from another script may read better now that earlier officials are known
        other_script = any(m.script != "latin" for m in found)
        mentions = (
            _people(find_names(sent, pack, slugged | frozenset(fold(n) for n in officials)), fs, pack)
            if other_script and officials
            else found
        )
        if not mentions:
            if ambiguous:
                continue
            last = last_subject if last_subject and _dropped_subject(fs, pack) else last_official
            _pronoun_titles(sent, fs, pack, last, province, list(officials.values()))
            _title_for_untitled(
                sent, fs, folded[sent.index - 1] if sent.index else "", pack, last_official, province
            )
            _timeline_titles(text, sents, sent, pack, last_official, province)  # '9/2007-5/2009: Chairman of'
            if last and last[0].name not in officials and last[0].positions:  # (the one congratulated)
                officials[last[0].name] = last[0]
                last_official[:] = last
            continue
        # a photo's caption that names the official the text spoke of ("Ông B, 53 tuổi, quê ... . Bà A trao quyết định
        # cho ông B (Ảnh: TTXVN). Ông từng giữ chức ...") leaves the subject as it was: a dropped subject or a pronoun
        # after it speaks of that official still, not of the caption's subject
        held = (list(last_official), list(last_subject), list(ambiguous)) if _caption(fs, pack) else None
        stops = [m.start() for kind in ("chair", "attend") for m, _ in pack.cue(kind).finditer(fs)]
        spans = title_spans(sent, [(m.start, m.end) for m in mentions], stops, pack)
        per_name = []
        vacant: list[set] = []
        for span in spans:  # (a name titled after it is no verb's subject titled before: titles.chained)
            own = _birth_blanked(span, pack)  # 'وُلد السيد A عام 1972، وشغل منصب ...'
            after = chained_after(read_titles(own, pack), own, pack) if own else []
            titled = chained(read_titles(span.before, pack), span.before, pack, bool(after))
            per_name.append(after + titled)
            # 'Pending the filling of the post of Secretary of X, A, ...': a vacant post's title, nobody's (its place
            # still tells the places of the name's other titles)
            clause = _vacant_clause(span.before, pack)
            vacant.append({(t.role, t.org) for t in titled if clause and clause[0] <= t.start < clause[1]})
        for i, span in enumerate(spans):  # "Mr. X was elected to the Provincial Party Standing Committee"
            if not per_name[i] and span.after:
                per_name[i] = _elected_member(span.after, pack)
            # 'o zaprzestaniu udziału pana A w Komitecie Wykonawczym', 'Mr. A's participation in the Executive Committee'
            rest = _participation_rest(fs[: mentions[i].start], fs[mentions[i].end :], pack)
            if (
                span.after or rest is not None
            ):  # "A, Deputy Minister, to join the Executive Committee of ..." (no post after it)
                owned = {(t.role, t.org) for t in per_name[i]}
                joined = _membership(rest, pack) if rest is not None else _joined_member(span.after, pack)
                per_name[i] = per_name[i] + [t for t in joined if (t.role, t.org) not in owned]
        honorifics = [_has_honorific(fs, m, pack) for m in mentions]
        turns = _share_titles(sent, fs, mentions, per_name, honorifics, pack)
        _deputy_titles(fs, mentions, per_name, pack)  # 'A – Chairman of X and B – Deputy Chairman'
        previous = folded[sent.index - 1] if sent.index else ""
        # 'X als Vorsitzenden', '5 ..., darunter A'
        subject_titles(sent, fs, mentions, spans, per_name, pack, previous)
        bullet_titles(
            text, sents, folded, first_pass, sent, mentions, per_name, pack
        )  # 'Lista obejmuje:\n- A'
        _linked_list_titles(fs, mentions, spans, per_name, pack)  # 'o mianowaniu A, t B na stanowisko T'
        _elected_together(fs, mentions, spans, per_name, pack)  # 'A, t1; B, t2, ont été élus vice-présidents'
        _released_together(fs, mentions, spans, per_name, pack)  # 'إعفاء A، t1؛ وB، t2، من عضوية X'
        # 'na stanowisko członka T pana A, t1; pana B, t2'
        _semicolon_items(fs, mentions, spans, per_name, pack)
        _elected_into_list(fs, mentions, per_name, pack)  # 'bầu 15 đồng chí vào Ban Thường vụ, trong đó có A'
        _aide_titles(fs, mentions, per_name, pack)  # 'A, Trợ lý đồng chí B, ..., Thủ tướng Chính phủ'
        _titled_first_item(fs, mentions, spans, per_name, pack)  # 'A, t_A, B and C were appointed P'
        _shared_committee_owner(mentions, spans, per_name, pack)  # 'A, head of X, and B, of Y of the council'
        _commission_named_before(fs, previous, mentions, spans, per_name, pack)  # 'of the Commission'
        _post_of_the_next_object(fs, mentions, per_name, pack)  # 'إعفاء السيد A من منصب P، والسيد B'
        _roster_items(fs, mentions, per_name, pack)  # 'X consists of: Chairman A; 2 Vice Chairmen: B and C'
        for i, title in turns.items():  # (posts held in turn: no list rule gives a name its rival's too)
            per_name[i] = [t for t in per_name[i] if not _rivals(t, title)]
        if sent.index == len(sents) - 1:  # an article cut off mid-title: "... del Comité del Partido de"
            drop_cut_titles(text, sent, mentions, spans, per_name, pack)
        per_name = _central_of_sentence(per_name, fs, pack, mentions)
        # 'The Nam Dan District Party Congress elected Mr. A as Secretary'
        per_name = _congress_of_sentence(per_name, fs, pack, mentions)
        named: list[Official] = []  # (the officials this sentence names)
        courtesy_only: list = []  # (the names only a courtesy title precedes: no officials yet)
        for mention, titles, honorific, nobodys in zip(mentions, per_name, honorifics, vacant, strict=True):
            official = officials.get(mention.name)
            if official is None:
                # a courtesy title alone ("pan", "pani": Mr, Mrs) makes no official, a comrade or a rank does
                honorific = honorific and not _courtesy_only(fs, mention, pack)
                if not titles and not honorific and not (open_names and len(mention.name.split()) >= 2):
                    # a well-known official named bare ("Tran Quoc Vuong destacó") is still one
                    if not (
                        fold(mention.name) in resolve.attested_officials()
                        or (mention is mentions[-1] and titled_at_cut(text, str(sent), fs, mention, pack))
                    ):
                        if not titles and _courtesy_only(fs, mention, pack):
                            courtesy_only.append(mention)
                        continue
                if _cut_name(sent, mention, officials) and sent.index == len(sents) - 1:
                    continue  # "... الرفيق نجوين فان" where the article stops: Nguyen Van Ut, named before
                official = officials[mention.name] = Official(
                    mention.name, mention.surface, sent.index, alternatives=mention.alternatives
                )
            where = _listed_province(sent, fs, mention) or _head_province(sent, fs, mentions[0], pack)
            if (
                local_subject is not None
                and (sent.index, mention.start) > local_subject
                and any(t.bare for t in titles)
                and mention.name in chairs_in(fs, mentions, pack)
            ):
                # the State's Vice President attends a local body's meeting, never chairs it
                titles = [t for t in titles if not t.bare]
            _add_positions(official, titles, sent.index, where or province, older, nobodys)
            last_official[:] = [official]
            named.append(official)
        if (
            not named
            and courtesy_only
            and len({m.name for m in mentions}) == 1
            and _opens_sentence(fs, mentions[0], pack)
        ):
            # "Pan A urodził się w 1970 roku. Pełnił funkcję przewodniczącego ...", "ولد السيد A عام 1970. وشغل منصب ...":
            # a name only a courtesy title precedes, the one subject of its sentence, is no official yet but the one a
            # pronoun or a dropped subject after it speaks of (added when a post is read for it, as the one
            # congratulated: _topic_object)
            m = mentions[0]
            last_official[:] = [Official(m.name, m.surface, sent.index, alternatives=m.alternatives)]
        # "A received the decision from Secretary B": the receiver is whom the next sentence (a pronoun, a dropped subject,
        # a career timeline) speaks of, not the giver named last
        receiver = _receiver_of(fs, mentions, officials, pack, sent.index)
        if receiver:
            last_official[:] = receiver
        topic = receiver or _topic_object(fs, mentions, officials, pack, sent.index)
        decided = topic or _subject_of(fs, mentions, officials, pack)
        last_subject[:] = decided or last_official
        # two officials named and neither the subject a verb decides, or a decision handed to several (topic None):
        # whom a pronoun after it speaks of is unknown
        several = len({m.name for m in mentions if m.name in officials}) >= 2
        ambiguous[:] = [True] if topic is None or (several and not decided) else []
        # "Genosse X, ..., scheidet aus ...; er wird ... zum Ständigen Stellvertretenden Sekretär ernannt": a
        # clause after a semicolon that names nobody and opens with a pronoun speaks of the last official
        for semi in re.finditer(rf"[{RE_SEMICOLONS}]\s*", fs):
            if semi.start() >= mentions[-1].end:
                clause = Sentence(str(sent)[semi.end() :], sent.start + semi.end(), sent.index)
                _pronoun_titles(clause, fs[semi.end() :], pack, last_official, province)
        if held is not None and held[0] and held[0][0].name in {m.name for m in mentions}:
            last_official[:], last_subject[:], ambiguous[:] = held
        chairs = chairs_in(fs, mentions, pack)
        if chairs:
            chairs_by_sentence[sent.index] = [c for c in chairs if c in officials] or chairs
            for c in chairs:
                m = next(m for m in mentions if m.name == c)
                # an untitled name beside a titled chair is no official ("chaired the meeting on the
                # 'Quang Trung Campaign'", a photo credit), unless listed with an official ("A, B")
                if c not in officials and (
                    c in chairs_by_sentence[sent.index] or _listed(fs, mentions, m, officials, pack)
                ):
                    officials[c] = Official(c, m.surface, sent.index)
    out.officials = list(officials.values())
    for o in out.officials:
        o.positions = _without_shortened_rank(_without_repeated_rank(o.positions), folded, pack)
    if district:  # district bodies whose district the title does not write: the article's
        for position in (p for o in out.officials for p in o.positions):
            if position.body.level == "district" and position.body.place is None:
                place = gazetteer.body_place("district", None, province, district)
                position.body = Body(position.body.org, position.body.level, place)
        for o in out.officials:  # a post read once without its district and once with it is one post
            seen: set[tuple] = set()
            o.positions = [
                p for p in o.positions if not ((p.role, p.body) in seen or seen.add((p.role, p.body)))
            ]
    out.meetings, out.year = find_meetings(sents, folded, pack, article, text, chairs_by_sentence, province)
    _dated_posts_former(out.officials, folded, pack, out.year or max(years_in(text), default=None))
    from kg.families import FAMILIES  # each family read one sentence at a time: documents, metrics…

    for family in (f for f in FAMILIES if f.find is not None):
        found = getattr(out, family.field)
        for sent, fs in zip(sents, folded, strict=True):
            found.extend(family.find(sent, fs, pack))
    parts_across(out.metrics, sents, folded, pack)
    carried_across(out.metrics, sents, folded, pack)
    congress_terms(out.documents, sents, folded, pack)
    congress_sessions(out.documents, sents, folded, pack)
    _dedupe_documents(out)
    _dedupe_metrics(out, folded, pack)
    return out


# a photo credit closing a sentence: the credit's word, a colon, a short credit, maybe in brackets
_CREDIT = re.compile(r"\s*[:：]\s*[^():：.]{1,40}[).]?\s*\.?\s*$")


def _caption(folded: str, pack: Pack) -> bool:
    """Is the sentence a photo's caption: does it end with a photo credit ("... (Photo: VNA)", "(الصورة: ها هونغ)",
    "(Zdjęcie: VNA)", "Ảnh: TTXVN")?"""
    return any(
        _CREDIT.match(folded, m.end()) is not None
        for m, _ in pack.cue("photo").finditer(folded, max(0, len(folded) - 60))
    )


def _listed_province(sent, folded: str, mention) -> str | None:
    """The one province the head of a list names, for the officials listed after its colon ("Die
    folgenden Genossen empfingen die Delegation als Führung der Provinz Binh Phuoc: A – Sekretär des
    Provinzparteikomitees; B – ..."): the province of their posts that write none."""
    colon = re.search(rf"[{RE_COLONS}]", folded)
    if colon is None or mention.start < colon.end():
        return None
    head = gazetteer.find_places(folded[: colon.start()], str(sent)[: colon.start()])
    named = {gazetteer.province_of(name) for _, _, name in head}
    return next(iter(named)) if len(named) == 1 and None not in named else None


def _head_province(sent, folded: str, first, pack: Pack) -> str | None:
    """The one province a sentence opens with, in a place phrase that a comma closes right before the
    first name (an honorific aside), for the posts of its officials that write none: the place, a
    provincial level word, and only short words besides, one adjective before the level word aside ("In
    Lang Son province, Ms. A was re-elected the Secretary of the Provincial Party Committee", "In the
    southern province of Vinh Long, Mr. B ..."; not "Visiting Quang Ninh province, A, ...")."""
    comma = re.search(rf"[{RE_COMMAS}]", folded[: first.start])
    if comma is None or _blank_honorifics(folded[comma.end() : first.start], pack).strip():
        return _meeting_province(sent, folded, first, pack)
    head = folded[: comma.start()]
    levels = [m for m, v in pack.levels.finditer(head) if v and v[0] == "provincial"]
    places = gazetteer.find_places(head, str(sent)[: comma.start()])
    if not levels or not places:
        return None
    marks = [(m.start(), m.end(), " # ") for m in levels] + [(a, b, " @ ") for a, b, _ in places]
    rest = head
    for a, b, mark in sorted(marks, reverse=True):  # a level word "#", the place "@"
        rest = rest[:a] + mark + rest[b:]
    words = re.findall(r"[^\W\d_]+|[#@]", rest)
    if any(len(w) > 4 and (k + 1 == len(words) or words[k + 1] != "#") for k, w in enumerate(words)):
        return None  # a word that is no short link, nor the one adjective of the level word
    named = {gazetteer.province_of(name) for _, _, name in places}
    # (nor when the sentence names another province after it: "In Ho Chi Minh City, A, Secretary of the
    # Provincial Party Committee, led a delegation of Nghe An province": the visitor's)
    later = {
        gazetteer.province_of(name)
        for _, _, name in gazetteer.find_places(folded[comma.end() :], str(sent)[comma.end() :])
    }
    if later - named - {None}:
        return None
    return next(iter(named)) if len(named) == 1 and None not in named else None


def _meeting_province(sent, folded: str, first, pack: Pack) -> str | None:
    """The one province of the meeting a sentence names before its first name, for the posts of its officials that
    write none: "Ngày 21/10, tại Hội nghị lần thứ nhất Ban Chấp hành Đảng bộ tỉnh Ninh
    Bình, đồng chí A tiếp tục được bầu giữ chức Bí thư Tỉnh ủy", "في 21 أكتوبر، وخلال المؤتمر الأول للجنة التنفيذية
    للحزب في مقاطعة نينه بينه، أعيد انتخاب الرفيقة A لتولي منصب أمين لجنة الحزب الإقليمية" (an article that lists
    several provinces' meetings: not the province it names most). Only a place written with a provincial level
    word, no other province named in the sentence."""
    head = folded[: first.start]
    if not any(True for _ in pack.cue("meeting").finditer(head)):
        return None
    if not any(v and v[0] == "provincial" for _, v in pack.levels.finditer(head)):
        return None
    if any(True for _ in pack.cue("group").finditer(head)):
        return None  # (a guest delegation's province: "At the working session with the delegation of Cao Bang province")
    # (nor the other side's, a province written after a 'with': "At the working session with Cao Bang province", vi
    # "Tại buổi làm việc với tỉnh Cao Bằng"; not "Hội nghị ... tỉnh Ninh Bình với sự tham dự của ...")
    side = min((m.end() for m, v in pack.cue("cochair").finditer(head) if v == ("with",)), default=None)
    original = str(sent)

    def provinces(a: int, b: int) -> set[str | None]:  # (in any script: "في مقاطعة نينه بينه")
        names = [name for _, _, name in gazetteer.find_places(folded[a:b], original[a:b])]
        return {gazetteer.province_of(name) for name in names + gazetteer.other_script_places(original[a:b])}

    named = provinces(0, len(head))
    if side is not None and provinces(side, len(head)) - {None}:
        return None
    if len(named) != 1 or None in named or provinces(len(head), len(folded)) - named - {None}:
        return None
    return next(iter(named))


def _cut_name(sent, mention, officials) -> bool:
    """Is ``mention`` a name cut off by the end of the text, the start of an official's named before
    (whole syllables, "Nguyen Van" of Nguyen Van Ut, or cut inside one: "Pham Thanh Nga" of Pham Thanh
    Ngai)?"""
    return not str(sent)[mention.end :].strip() and any(
        n != mention.name and n.startswith(mention.name) for n in officials
    )


def _delegate_twins(titles) -> list:
    """A deputy of the National Assembly is a member of it and, when the title names a province, of that province's
    delegation to it ("Đại biểu Quốc hội tỉnh X", "مندوب الجمعية الوطنية لمقاطعة X", "deputy of the National
    Assembly from X"): the second post of each such title (GOLD: two positions, the same in every language)."""
    out = []
    for t in titles:
        if t.role != "member":
            continue
        if t.org == "national_assembly" and t.place:
            out.append(dataclasses.replace(t, org="national_assembly_delegation", level="provincial"))
        elif t.org == "national_assembly_delegation":
            out.append(dataclasses.replace(t, org="national_assembly", level="central", place=None))
    return out


def _central_of_sentence(per_name: list, fs: str, pack: Pack, mentions=()) -> list:
    """A title of unwritten level of a body the sentence names as the central one is the central body's: "Ủy ban
    Kiểm tra T.Ư họp kỳ 39 dưới sự chủ trì của Chủ nhiệm UBKT Trần Cẩm Tú" (silver vi678 u-vi-1156), "The Central
    Inspection Commission met, chaired by Chairman of the Inspection Commission A" (not a local body, nor a title
    that writes its place), when no semicolon nor a body of a local level stands between that central body and the
    name: "Đoàn công tác của Ủy ban Kiểm tra Trung ương làm việc với Tỉnh ủy Quảng Trị; Chủ nhiệm Ủy ban Kiểm tra
    Lê Văn Bình báo cáo" (the province's chair reports to the central commission's delegation)."""
    if not any(t.default_level for titles in per_name for t in titles):
        return per_name
    central: dict[str, list[tuple[int, int]]] = {}
    local = []
    for b0, b1, code in find_bodies(fs, pack):
        if len(code) > 1 and code[1] == "central":
            central.setdefault(normalise("member", code[0], "central")[1], []).append((b0, b1))
        elif len(code) > 1 and code[0] != "other":
            local.append(b0)
    central.pop("other", None)  # (no one body: "other" is any body the code list lacks)
    if not central:
        return per_name

    def near(org: str, i: int) -> bool:
        """Does a central body of ``org`` stand in mention ``i``'s clause, no local body between them?"""
        if i >= len(mentions):
            return True
        m0, m1 = mentions[i].start, mentions[i].end
        for b0, b1 in central[org]:
            lo, hi = (b1, m0) if b1 <= m0 else (m1, b0)
            if not re.search(rf"[{RE_SEMICOLONS}]", fs[lo:hi]) and not any(lo <= x < hi for x in local):
                return True
        return False

    return [
        [
            dataclasses.replace(t, level="central", default_level=False)
            if t.default_level
            and t.org in central
            and t.org not in LOCAL_ORGS
            and not t.place
            and near(t.org, i)
            else t
            for t in titles
        ]
        for i, titles in enumerate(per_name)
    ]


# the organisations a party congress or conference elects into (its committee, its inspection commission)
_ELECTED_BY_CONGRESS = frozenset({"party_committee", "party_commission"})
_LOWER = ("commune", "district")  # (the lowest first)


def _congress_of_sentence(per_name: list, fs: str, pack: Pack, mentions=()) -> list:
    """A party post of unwritten level given to a name a congress or a conference elects, whose own phrase writes a
    district's or a commune's level, is of that level and of the place written with it: "The Nam Dan District Party
    Congress elected Mr. A as Secretary", "Le Congrès du Parti du district de Nam Dan a élu M. A comme secrétaire", "انتخب
    مؤتمر الحزب في منطقة نام دان السيد A أمينا" (the district's secretary, not the article's province's; review26 Low 8's
    older half). Only an election (:func:`_congress_level`): not a provincial leader who attends, speaks at or chairs a
    meeting held in a district (review27 Medium 1)."""
    if not any(t.default_level and t.org in _ELECTED_BY_CONGRESS for titles in per_name for t in titles):
        return per_name
    nouns = [
        m
        for m, values in pack.cue("meeting_kind").finditer(fs)
        if values and values[0] in ("congress", "conference")
    ]
    if not nouns:
        return per_name
    out = []
    for i, titles in enumerate(per_name):
        found = None
        if i < len(mentions) and any(
            t.default_level and t.org in _ELECTED_BY_CONGRESS and not t.place for t in titles
        ):
            found = _congress_level(fs, nouns, mentions, i, pack)
        if found is None:
            out.append(titles)
            continue
        out.append(
            [
                dataclasses.replace(t, level=found[0], place=found[1], default_level=False)
                if t.default_level and t.org in _ELECTED_BY_CONGRESS and not t.place
                else t
                for t in titles
            ]
        )
    return out


def _city_level(fs: str, m, values: tuple, lo: int, hi: int) -> str:
    """The level a level word names in a congress's phrase: a city's ("Vinh City Party Congress", levels.tsv valued
    'city') is a district's when the place written with it is a district the gazetteer knows (a province's city)."""
    if values[1:2] == ("city",):
        place = gazetteer.title_place(fs, lo, m.end(), hi)
        if place and gazetteer.is_district(place):
            return "district"
    return values[0]


def _elected_passive(fs: str, end: int, pack: Pack) -> bool:
    """Does an ``elected_passive`` cue open right after the name ending at ``end`` ("Mr. A was elected Secretary", "M. A
    a été élu secrétaire", "ông A được bầu giữ chức Bí thư": the name is the elected one; not "Mr. A as Party Secretary
    delivered the speech", review27 Medium 8)?"""
    gap = len(fs[end:]) - len(fs[end:].lstrip())
    return pack.cue("elected_passive").match_at(fs, end + gap) is not None


def _congress_level(fs: str, nouns: list, mentions, i: int, pack: Pack) -> tuple[str, str | None] | None:
    """The level and place of the congress or conference (its noun among ``nouns``) that elects mention ``i``: the last
    such noun before the name in its clause, an electing verb right before the name ("elected Mr.", "a élu M.", "bầu
    ông": lists.elected_object), a passive of electing right after it ("At the X District Party Congress, Mr. A was
    elected Secretary": :func:`_elected_passive`) or an electing verb right before the noun (ar "انتخب مؤتمر الحزب ..."), and a district's or a commune's
    level word in the noun's own phrase (40 characters each side, no comma nor another name within, no locative
    between the noun and the level word: not "a conference in Nam Dan district", unless a body word opens the
    locative, ar "مؤتمر الحزب في منطقة"); else None."""
    at = mentions[i].start
    noun = next(
        (
            m
            for m in reversed(nouns)
            if m.end() <= at and not re.search(rf"[{RE_SEMICOLONS}{RE_COLONS}]", fs[m.end() : at])
        ),
        None,
    )
    if noun is None or any(noun.end() <= m.start < at for m in mentions[:i]):
        return None
    verb_first = any(
        not fs[m.end() : noun.start()].strip()
        for kind in ("adopt", "appoint")
        for m, _ in pack.cue(kind).finditer(fs, max(0, noun.start() - 20), noun.start())
    )
    if (
        not verb_first
        and not elected_object(fs, at, pack)
        and not _elected_passive(fs, mentions[i].end, pack)
    ):
        return None
    separators = rf"[{RE_COMMAS}{RE_SEMICOLONS}{RE_COLONS}]"
    lo = max([noun.start() - 40, 0, *(m.end() for m in re.finditer(separators, fs[: noun.start()]))])
    lo = max([lo, *(m.end for m in mentions if m.end <= noun.start())])
    cut = re.search(separators, fs[noun.end() : at])
    hi = min(at, noun.end() + 40, noun.end() + cut.start() if cut else at)
    levels = [
        (m, _city_level(fs, m, values, lo, hi)) for m, values in pack.levels.finditer(fs, lo, hi) if values
    ]
    written = {level for _, level in levels}
    lower = [level for level in _LOWER if level in written]
    if not lower or written - set(_LOWER):
        return None
    word = next(m for m, level in levels if level == lower[0])
    a, b = (noun.end(), word.start()) if word.start() >= noun.end() else (word.end(), noun.start())
    for m, _ in pack.cue("locative").finditer(fs, a, b):
        before = fs[: m.start()].split()[-1:]
        if not (before and grammar_features(before[0], pack)):
            return None  # "a conference in Nam Dan district", "hội nghị ... ở huyện": held there, no district's own
    return lower[0], gazetteer.title_place(fs, lo, word.end(), hi)


# the rank of a named body that a State post of no body repeats (the State President chairs no People's Committee)
_STATE_RANK = {"state_president": "chair", "vice_chair": "vice_chair"}


_LOCAL_LEVELS = frozenset({"provincial", "district", "commune"})


def _local_subject(lead: list[str], pack: Pack) -> tuple[int, int] | None:
    """Where (sentence, offset) the article's subject, a local body of the code list, is first named in its first two
    sentences (the headline and the lead: "Comité populaire provincial", "Consejo Popular Provincial"), else None.
    After it a bare "la vice-présidente A", "el vicepresidente A", "die Vizepräsidentin A", "Vice President A",
    "wiceprezydent A" who chairs a meeting is no State Vice President (kg.extract.titles.Title.bare; review14 item 4):
    the MT of a "Phó Chủ tịch B" whose body the article leaves unwritten, no post as at e2bb603; one who attends,
    speaks or visits stays the State's, in every pack (the guests of a provincial congress, silver mt14 u-mt14pl-02,
    mt5 u-mt5pl-03); before it (the headline's "La vice-présidente A visite la province") she is the article's
    subject."""
    for i, fs in enumerate(lead):
        for b0, _, code in find_bodies(fs, pack):
            if len(code) > 1 and code[1] in _LOCAL_LEVELS and code[0] in LOCAL_ORGS:
                return i, b0
    return None


def _without_repeated_rank(positions: list[Position]) -> list[Position]:
    """The posts but a State post that a bare role before the name gave (an article and the role, no body: "le
    président A", "la vice-présidente B", "el presidente A", "die Vizepräsidentin B", roles.tsv) to an official who
    holds the same rank of a named body in the article: "M. A, président du Comité populaire provincial, ... Le
    président A a souligné" repeats the chair, it names no State President. Not a former post either side (a career:
    "former Chairman of the Provincial People's Committee, now President"), nor a body outside the code list (the
    President chairs the National Defence and Security Council), nor one read in the same sentence ("A, vice-président de
    la 15e AN, vice-président du Département général de la Politique": a body outside the code list, named)."""
    named = [p for p in positions if not p.former and p.body.org != "other"]
    return [
        p
        for p in positions
        if p.former
        or (p.body.org, p.body.level) != ("other", "central")
        or p.role not in _STATE_RANK
        or not any(q.role == _STATE_RANK[p.role] and q.sentence != p.sentence for q in named)
    ]


# a rank and its standing rank (Phó Chủ tịch thường trực, Phó Bí thư thường trực)
_STANDING_RANK = {"vice_chair": "standing_vice_chair", "deputy_secretary": "standing_deputy_secretary"}


def _without_shortened_rank(
    positions: list[Position], folded: list[str] = (), pack: Pack | None = None
) -> list[Position]:
    """The posts but a plain rank read in a later sentence than the standing rank of the same body: "A, member of the
    Standing Committee ..., Standing Vice Chairman of the Provincial People's Committee; ... The Vice Chairman of the
    Provincial People's Committee, A, thanked ..." (de 'Der stellvertretende Vorsitzende des Volkskomitees der Provinz,
    A, dankte', ar 'نائب رئيس اللجنة الشعبية الإقليمية، A') repeats the post in short: the one post that sentence gives
    the person. Not in the same sentence, nor a former post either side, nor one of several posts the later sentence
    reads: a career or an election moves a person between the two ("A, Standing Deputy Secretary of the 2015-2020 term,
    was elected Deputy Secretary"; "previously Deputy Secretary of the Provincial Party Committee, Head of ..."). A
    plain rank a copula gives in a sentence dated by a year (``folded``, the article's folded sentences: "Năm 2019, ông
    A là Phó Chủ tịch UBND tỉnh", in 2019 A was) is a post held before: kept, as a former post (GOLD lists it so)."""
    out = []
    for p in positions:
        if (
            p.former
            or p.role not in _STANDING_RANK
            or sum(q.sentence == p.sentence for q in positions) > 1
            or not any(
                q.role == _STANDING_RANK[p.role]
                and q.body == p.body
                and not q.former
                and q.sentence < p.sentence
                for q in positions
            )
        ):
            out.append(p)
        elif pack is not None and p.sentence < len(folded) and _dated_copula(folded[p.sentence], pack):
            out.append(dataclasses.replace(p, former=True))
    return out


def _dated_posts_former(officials: list[Official], folded: list[str], pack: Pack, now: int | None) -> None:
    """A post a copula gives in a sentence a year opens ("In 2019, Mr. A was Director of ...", "Năm 2019, ông A là
    ...", "W 2019 roku pan A był ...", "En 2019, M. A était ...") is a post held before (GOLD: former) when the article
    is of a later year (``now``: the year of its events, else the latest year it writes), whatever other post the text
    gives A; of that year or with no year known, a post held then, as written."""
    if now is None:
        return
    for official in officials:
        for i, p in enumerate(official.positions):
            if p.former or p.sentence >= len(folded) or not _dated_copula(folded[p.sentence], pack):
                continue
            sentence = folded[p.sentence]
            year = _YEAR_OPENING.match(sentence)
            if int(year.group()[-4:]) < now and _copula_subject(sentence, fold(official.surface), pack):
                official.positions[i] = dataclasses.replace(p, former=True)


def _copula_subject(sentence: str, surface: str, pack: Pack) -> bool:
    """Is the name written ``surface`` the subject of the sentence's copula, written right before it, no separator
    between ("In 2019, Mr. A was Director"), not a name a relative clause follows ("In March 2015, B was assigned ... to
    replace Ms. A, who is now the Vice President")?"""
    at = sentence.find(surface) if surface else -1
    if at < 0:
        return False
    end = at + len(surface)

    def close(gap: str) -> bool:
        return len(gap.split()) <= 2 and not re.search(rf"[{RE_COMMAS}{RE_SEMICOLONS}]", gap)

    copulas = [m for m, values in pack.cue("title_link").finditer(sentence) if values[:1] == ("copula",)]
    # (or right before it, the verb second: "Im Jahr 2019 war Herr A Direktor")
    if any(m.end() <= at and close(sentence[m.end() : at]) for m in copulas):
        return True
    after = [m for m in copulas if m.start() >= end]
    return bool(after) and close(sentence[end : after[0].start()])


# a sentence opening with a year, a few words before it at most ("Năm 2019,", "In 2019,", "W 2019 roku", "Im Jahr
# 2019", "في عام 2019")
_YEAR_OPENING = re.compile(r"\W*(?:[^\W\d_]+\s+){0,3}(?:19|20)\d\d(?!\d)")
# the end year of a range right after the opening year ("Từ năm 2015 đến năm 2019", "From 2015 to 2019", "2015–2019")
_RANGE_END = re.compile(r"\W*(?:[^\W\d_]+\s+){0,3}(?:19|20)\d\d(?!\d)")


def _dated_copula(sentence: str, pack: Pack) -> bool:
    """Does the folded ``sentence`` open with a year and state a post with a copula ("Năm 2019, ông A là Phó Chủ tịch
    ...", "In 2019, Mr. A was Vice Chairman ...")?"""
    year = _YEAR_OPENING.match(sentence)
    if year is None:
        return False
    if any(m.start() < year.end() for m, _ in pack.cue("since").finditer(sentence)) and not _RANGE_END.match(
        sentence, year.end()
    ):
        return False  # "Từ năm 2019, ông A là ...", "Since 2019, Mr. A has been ...": a post held since, now
    return any(values[:1] == ("copula",) for _, values in pack.cue("title_link").finditer(sentence))


def _add_positions(
    official: Official, titles, sentence: int, province: str | None, older: bool = False, vacant=frozenset()
) -> None:
    """Add ``titles`` to the official's posts, each once, its level and place told by the others; a ``vacant`` post
    (role, org) only tells them (extract._vacant_clause)."""
    explicit = [t for t in titles if not t.default_level]
    central = bool(explicit) and all(t.level == "central" for t in explicit)
    chain = gazetteer.chain_province([(t.place, t.level) for t in titles])
    # "Bí thư Đảng ủy, Chủ tịch HĐND xã Ba Gia": a local post of unwritten level in a chain whose one
    # written level below the province is a commune's (a district's) is of that commune (district)
    lower = {(t.level, t.place) for t in titles if not t.default_level and t.level in ("district", "commune")}
    below = next(iter(lower)) if len(lower) == 1 else None
    # "Phó Bí thư Huyện ủy, Chủ tịch UBND huyện Vĩnh Tường", "secrétaire adjoint du Comité du Parti du district,
    # président du Comité populaire du district de Vinh Tuong" (mt29fix): a bare district's (commune's) body of the chain
    # is of the one district (commune) the chain writes, before the article's one district
    named = {(level, place) for level, place in lower if place}
    own = next(iter(named)) if len(named) == 1 else None
    for t in [*titles, *_delegate_twins(titles)]:
        if t.org == COMPANY or (t.role, t.org) in vacant:
            continue  # a company's post is no public office (kg.extract.grammar.COMPANY)
        if own and t.level == own[0] and not t.place and not t.default_level and t.org in LOCAL_ORGS:
            t = dataclasses.replace(t, place=own[1])
        if (
            below
            and t.default_level
            and t.org in LOCAL_ORGS
            and t.org not in PROVINCIAL_ORGS  # (a department is the province's: kg/data/provincial_orgs.txt)
            and t.role != "standing_member"
            and not t.place
        ):
            t = dataclasses.replace(t, level=below[0], place=below[1], default_level=False)
        # a body of unstated level held by an official whose other posts are all central is
        # central, unless it is a body that only exists locally (kg/data/local_orgs.txt)
        # (not when the title writes its province: "Commander of the Gia Lai Military Headquarters")
        level = (
            "central" if t.default_level and central and t.org not in LOCAL_ORGS and not t.place else t.level
        )
        where = gazetteer.body_place(level, t.place, province, chain=chain)
        if t.foreign:
            where = None  # another country's province: no Vietnamese one (titles._read_titles)
        if t.city and level == "district" and t.place:
            where = gazetteer.lookup(t.place).name  # the province's city of its name: that name
        elif older and level == "provincial" and gazetteer.older_city(t.place):
            # "la ville de Hue" in an article that names the province of Thua Thien Hue: the province's
            # city, before it became a centrally run one (2025)
            level, where = "district", gazetteer.older_city(t.place)
        body = body_of(t.org, level, where)
        if all((p.role, p.body) != (t.role, body) for p in official.positions):  # the same post once
            official.positions.append(Position(t.role, body, sentence, t.former))


# an opening date or a short adverb before a comma ("In July 2019,", "Desde diciembre de 2020,",
# "Anteriormente,", "Previously,"), an ordinal meeting ("During the 12th National Party Congress,")
_DATED_OPENING = re.compile(
    rf"(?:[^{RE_COMMAS};:.]{{0,30}}\d[^{RE_COMMAS};:.]{{0,30}}|(?:[^\W\d_]+\s+){{0,2}}[^\W\d_]+)[{RE_COMMAS}]\s*"
)
# the same date without a comma ("In 2019 he was elected"), maybe then the verb a language writes second
# ("Im Juli 2024 wurde er zum ...", "Seit Dezember 2020 ist er ...": German puts the pronoun after the verb)
# (the year may carry a short abbreviation: Polish "W październiku 2015 r. został wybrany ...")
_DATED_BARE = re.compile(
    rf"[^{RE_COMMAS};:.]{{0,30}}\d(?:\s\w{{1,2}}\.)?[^{RE_COMMAS};:.\d]{{0,12}}?\s(?P<verb>\w+\s)?"
)
# a range of two such dates without a comma, each maybe with its month ("Od marca 2014 r. do października 2020 r. był
# zastępcą sekretarza ...", "De marzo de 2014 a octubre de 2020 fue subsecretario ...": from ... to ... [he] was):
# the verb after the second date
_DATED_RANGE = re.compile(
    rf"[^{RE_COMMAS};:.]{{0,30}}\d(?:\s\w{{1,2}}\.)?[^{RE_COMMAS};:.\d]{{1,30}}\d+(?:\s\w{{1,2}}\.)?"
    rf"[^{RE_COMMAS};:.\d]{{0,12}}?\s(?P<verb>\w+\s)?"
)
# one opening adverb without a comma before a pronoun or a verb that drops it ("Previously he was ...",
# "Wcześniej pełnił funkcję ...")
_ADVERB_OPENING = re.compile(r"[^\W\d_]+\s+")
# a word ahead, after spaces (the end of a range to the present: "bis heute", "do chwili obecnej", "حتى الآن")
_WORD_AHEAD = re.compile(r"\s*[^\W\d_]+")
# an adverb, then the verb a language writes second, then the pronoun ("Anschließend war er Vorsitzender ...", "Zuvor
# war sie ...": German V2)
_ADVERB_VERB_OPENING = re.compile(r"[^\W\d_]+\s+[^\W\d_]+\s+")


def _inverted_pronoun(sent, folded: str, start: int, pack: Pack) -> bool:
    """The subject pronoun is written after the verb that opens the clause at ``start`` (verb-subject order): ar
    "ومن نوفمبر 2014 حتى أكتوبر 2020، كان الرفيق نائبا لأمين ..." (from ... to ..., the comrade was), pl "Wcześniej
    pełnił on funkcje ...", de "Von 2014 bis 2020 war der Genosse Direktor ...". One word before it, then a pronoun of
    its own (not a verb that drops its subject)."""
    verb = _WORD_AHEAD.match(folded, start)
    if verb is None:
        return False
    pos = len(folded) - len(folded[verb.end() :].lstrip())
    found = pack.cue("pronoun").match_at(folded, pos)
    # (not an honorific before another's name: "Hiện ông Hải giữ chức ...", vi 'ông' is both; the post's words right
    # after it: not 'وشغل الرفيق هاي منصب ...', 'war der Genosse Hai Vorsitzender')
    return (
        found is not None
        and found[1][:1] != ("dropped",)
        and not _honorific_name(sent, folded, pos, pack)
        and _post_after(folded, found[0].end(), pack)
    )


def _post_after(folded: str, pos: int, pack: Pack) -> bool:
    """Do a post's words start at ``pos`` (after spaces): a title link, a verb that drops its subject, or a role?"""
    pos = len(folded) - len(folded[pos:].lstrip())
    if pack.cue("title_link").match_at(folded, pos) is not None:
        return True
    verb = pack.cue("pronoun").match_at(folded, pos)
    if verb is not None and verb[1][:1] == ("dropped",):
        return True
    return any(start == 0 for start, _, _ in find_roles(folded[pos : pos + 60], pack))


@dataclasses.dataclass(frozen=True)
class _Span:
    """A link read from no cue (the colon of a clause of posts), with a match's ``start()`` and ``end()``."""

    a: int
    b: int

    def start(self) -> int:
        return self.a

    def end(self) -> int:
        return self.b


# a career timeline's line: a month and year (or a year), maybe a range to another or to now, and a colon: "9/2007-5/2009:",
# "11/2014:", "10/2020 - nay:", "2015-2020 :"
_TIMELINE = re.compile(
    r"\s*(?:\d{1,2}/)?(?:19|20)\d\d(?:\s*[-–]\s*(?:(?P<end>(?:\d{1,2}/)?(?:19|20)\d\d)|(?P<now>[^\W\d_]+)))?\s*[:：]\s*"
)


def _timeline_line(text: str, sent) -> re.Match | None:
    """The dated opening of a career timeline's line (:data:`_TIMELINE`) at the start of a line of ``text``."""
    if text[text.rfind("\n", 0, sent.start) + 1 : sent.start].strip():
        return None
    return _TIMELINE.match(str(sent))


def _timeline_titles(text: str, sents, sent, pack: Pack, last: list[Official], province: str | None) -> None:
    """A career timeline under a biography's header ("HO QUOC DUNG Wicepremier", after a sentence naming him): lines
    that each open with a date or a range and a colon, then the post held ("9/2007-5/2009: Zastępca przewodniczącego
    stałej Delegacji Zgromadzenia Narodowego prowincji Binh Dinh", "6/2009-12/2010: Vice Chairman of the Binh Dinh
    Provincial People's Committee"), no name in them: the posts are the last official's, as a dropped subject's. Only
    in a block of two such lines at least (a line before or after it is one too); a post of a closed range, or of a
    line another follows, is a former one. The titles must open the line's text (a post, not a sentence about one)."""
    if not last:
        return
    m = _timeline_line(text, sent)
    if m is None:
        return
    k = sent.index
    before = k > 0 and _timeline_line(text, sents[k - 1]) is not None
    after = k + 1 < len(sents) and _timeline_line(text, sents[k + 1]) is not None
    if not before and not after:
        return
    rest = fold(str(sent))[m.end() :]
    titles = chained_after(read_titles(rest, pack), rest, pack)
    # (the posts fill the line, a term or a place at most after them: not an event's line whose subject is a post, "5/2024:
    # Chủ tịch UBND tỉnh ký quyết định ...")
    if not titles:
        return
    tail = rest[max(t.end for t in titles) :]
    for start, end, _ in gazetteer.find_places(tail):
        tail = tail[:start] + " " * (end - start) + tail[end:]
    for level, _ in pack.levels.finditer(tail):
        tail = tail[: level.start()] + " " * (level.end() - level.start()) + tail[level.end() :]
    if any(len(re.findall(r"[^\W\d_]+", part)) > 3 for part in re.split(rf"[{RE_COMMAS}]", tail)):
        return
    former = bool(m.group("end")) or (after and not m.group("now"))
    _add_positions(
        last[0], [dataclasses.replace(t, former=t.former or former) for t in titles], sent.index, province
    )


def _pronoun_titles(
    sent, folded: str, pack: Pack, last: list[Official], province: str | None, named: list[Official] = ()
) -> None:
    """ "He has held the positions of Deputy Secretary of ...": posts of the official named just
    before, in a sentence that starts with a pronoun and speaks of posts (a ``title_link`` cue); or
    of an official named before whose given name stands right after the title link ("... re-elected
    Trong, 77, for a third term as Party General Secretary")."""
    if not last:
        return
    _given_joined(sent, folded, pack, named, province)
    links = [m for m, _ in pack.cue("title_link").finditer(folded)]
    colon = posts_colon(folded, pack)
    if colon is not None:
        # "وقد شغلت العديد من المناصب المهمة، مثل: t1؛ t2" (she held many important posts, such as): the colon closing
        # a clause of posts links them as a title link does
        links = sorted([*links, _Span(colon - 1, colon)], key=lambda m: m.start())
    if not links:
        return  # (every post read here is written after a title link: none, nothing to read)
    # the pronoun opens the sentence, or follows an opening date or adverb ("In July 2019, he was
    # elected ...", "Desde diciembre de 2020, ha ocupado el cargo de ...", "Auparavant, il a été ...")
    dated = _DATED_OPENING.match(folded)
    # (a pronoun opening the sentence before a date or age clause: "Ông sinh năm 1975, từng giữ chức ...")
    starts = [dated.end(), 0] if dated else [0]
    if not dated and (bare := _DATED_BARE.match(folded)):
        starts += [bare.start("verb") if bare.group("verb") else bare.end(), bare.end()]
        if bare.group("verb") and pack.cue("until").match_at(folded, bare.start("verb")) is not None:
            # a range to the present ("Von Dezember 2015 bis heute ist er ...", "Od grudnia 2015 r. do chwili obecnej
            # pełni ...", "ومن ديسمبر 2015 حتى الآن يشغل منصب"): the pronoun or the verb after its end, a word or
            # two after the 'until' word, maybe after the verb a language writes first
            pos = pack.cue("until").match_at(folded, bare.start("verb"))[0].end()
            for _ in range(2):
                word = _WORD_AHEAD.match(folded, pos)
                if word is None:
                    break
                pos = word.end()
                starts.append(len(folded) - len(folded[pos:].lstrip()))
                verb = _WORD_AHEAD.match(folded, pos)
                if verb is not None:
                    starts.append(len(folded) - len(folded[verb.end() :].lstrip()))
    if not dated and (ranged := _DATED_RANGE.match(folded)):
        starts += [ranged.start("verb") if ranged.group("verb") else ranged.end(), ranged.end()]
    if (
        not dated
        and (adverb := _ADVERB_OPENING.match(folded))
        # (or the honorific and the given name of the official named before, then a title link: "Obecnie pan
        # Toan piastuje stanowisko ...", currently Mr. Toan holds the post of)
        and (
            not _honorific_name(sent, folded, adverb.end(), pack)
            or _given_opens(folded, adverb.end(), last[0], pack)
        )
    ):
        starts.append(adverb.end())
        if (
            (second := _ADVERB_VERB_OPENING.match(folded)) is not None
            and not _honorific_name(sent, folded, second.end(), pack)
            # (a pronoun of its own there, no verb dropping its subject: 'Cada delegado es miembro del ...', 'Su
            # adjunto es miembro ...', each delegate, his deputy, are the subjects)
            and pack.cue("pronoun").match_at(folded, second.end()) is not None
            and pack.cue("pronoun").match_at(folded, second.end())[1][:1] != ("dropped",)
        ):
            starts.append(second.end())
    if not dated and (then := pack.cue("then").match_at(folded, 0)) is not None:
        # a clause or sentence opening with 'then' goes on about the official ("...؛ وبعد ذلك تولى منصب ...", vi "...; sau
        # đó giữ nhiệm vụ Phó Bí thư Tỉnh ủy", then [he] held): a pronoun or a verb dropping its subject after it
        starts.append(len(folded) - len(folded[then[0].end() :].lstrip()))
    if not dated and (earlier := pack.cue("earlier").match_at(folded, 0)) is not None:
        # an opening 'earlier' of several words without a comma ("Przed wyborem pełnił funkcje: ...", before the
        # election he held; "Before that he was ..."), not any two words: "Cada delegado es miembro del ..." (review12)
        starts.append(len(folded) - len(folded[earlier[0].end() :].lstrip()))
    clause = None
    if (
        not any(
            m.start() < 3
            # (a comrade's word as the pronoun only before the post's words, not before another's given name:
            # 'وشغل الرفيق هاي منصب ...', 'Wcześniej towarzysz Hai pełnił ...')
            and (pack.cue("comrade").get(m.group()) is None or _post_after(folded, start + m.end(), pack))
            for start in starts
            for m, _ in pack.cue("pronoun").finditer(folded[start : start + 25])
        )
        and not any(_inverted_pronoun(sent, folded, start, pack) for start in starts)
        and not any(_copula_dropped(folded, start, pack) for start in starts)
        and not any(
            _given_opens(folded, start, last[0], pack) or _new_holder(folded, start, last[0], pack)
            for start in starts
        )
        and not _honorific_given(sent, folded, last[0], pack)
    ):
        clause = _given_after_clause(folded, last[0], pack)
        if clause is None:
            link = next((m for m, _ in pack.cue("title_link").finditer(folded)), None)
            who = _given_after(sent, folded, link.end(), named) if link is not None else None
            if who is None and not _object_pronoun(sent, folded, pack, last[0]):
                # (the honorific and given name of another official named before, the one whose it is: "Trước đó,
                # Ban Bí thư đã quyết định cho ông Hồng thôi giữ chức Phó Bí thư Tỉnh ủy", the first official
                # named, two others since; mt25b)
                others = [o for o in named if o is not last[0] and _object_pronoun(sent, folded, pack, o)]
                if len(others) != 1:
                    return
                who = others[0]
            last = [who] if who is not None else last
    if clause is not None:
        # (the posts are those after the name, not the clause's: "Before being elected X, ...")
        links = [m for m in links if m.start() >= clause]
        if not links:
            return
    # a copula's complement is the title right after it (a word between at most: an article) or a list: "He was
    # Director of ...", not "He was grateful to the Chairman of ..." ("He was born in 1966 and was formerly Secretary
    # of ...": the next link's)
    copulas = {
        m.start() for m, values in pack.cue("title_link").finditer(folded) if values[:1] == ("copula",)
    }
    links = [m for m in links if m.start() not in copulas or _complement(folded, m.end(), pack)]
    if not links:
        return
    link, end = links[0], links[0].end()
    if _plural_subject(folded, link.start(), pack):
        return
    for nxt in links[1:]:  # links written one after the other are one ("he was | elected to the 12th ...")
        if nxt.start() - end > 1:
            break
        end = nxt.end()
    # "He worked in Thai Nguyen for many years, holding the posts of ...": the one province the
    # sentence names before the posts is theirs
    # (after an opening clause, not the clause's: "Before taking up his duties in Phu Yen, he held the posts of ...")
    since = clause or 0
    head = gazetteer.find_places(folded[since : link.start()], str(sent)[since : link.start()])
    named = {gazetteer.province_of(name) for _, _, name in head}
    where = next(iter(named)) if len(named) == 1 and None not in named else province
    # (a link that is the role itself, in the accusative: "تم تعيينه نائبًا لوزير الموارد الطبيعية والبيئة", he was
    # appointed deputy minister of ...: the title is read from the link's start)
    at = link.start() if find_roles(folded[link.start() : end], pack) else end
    titles = read_titles(folded[at:], pack) or _member_titles(folded[end:], pack)
    # "He is planned for the post of Secretary of ...": the posts after a planned_post cue are the official's future,
    # none held (not a cue inside a title's own wording, as in titles.chained)
    planned = planned_at(folded, pack, [(at + t.start, at + t.end) for t in titles])
    if planned is not None:
        titles = [t for t in titles if not planned[0] <= at + t.start < planned[1]]
    if any(True for _ in pack.cue("former").finditer(folded, link.start(), end)):
        titles = [dataclasses.replace(t, former=True) for t in titles]  # "He was formerly Secretary of ..."
    if titles and (
        _verb_phrase_subject(folded, at + titles[-1].end, pack)
        or _cleft(folded, end, at + titles[0].start, pack)
    ):
        return
    _add_positions(last[0], titles, sent.index, where)


def _cleft(folded: str, link: int, title: int, pack: Pack) -> bool:
    """Is the copula's title a cleft's focus: a determiner before it and a relative pronoun right after it, no comma
    between ("Era el presidente del Comité Popular provincial quien había firmado la decisión", it was the chairman
    who had signed)? The post is the relative clause's subject's, not the last official's."""
    tail = folded[title:]
    titles, roles = read_titles(tail, pack)[:1], find_roles(tail, pack)[:1]
    if (
        not titles
        or not roles
        or not any(True for _ in pack.cue("determiner").finditer(folded, link, title + roles[0][1]))
    ):
        return False
    pos = title + titles[0].end
    pos = re.compile(r"\w*\s*").match(folded, pos).end()  # (to the next word: "provincia|l el que")
    # (a person's relative, valued cleft: es 'quien'; or any relative after its own article, 'el que'; not 'que',
    # 'qui', 'who' right after the title, which describe its holder: "Es el secretario ... que dirige la campaña")
    relative = pack.cue("relative").match_at(folded, pos)
    if relative is not None:
        # (the title may hold the article: "... provincial el | que firmó")
        before = re.search(r"(\w+)\s*$", folded[:pos])
        return relative[1][:1] == ("cleft",) or (
            before is not None and before.group(1) in pack.cue("determiner").entries
        )
    article = pack.cue("determiner").match_at(folded, pos)
    if article is None:
        return False
    pos = article[0].end() + len(folded[article[0].end() :]) - len(folded[article[0].end() :].lstrip(" "))
    # (de 'der', 'die' an article and a relative alike: "Sekretär des Parteikomitees der Nationalversammlung")
    return (
        pack.cue("relative").match_at(folded, pos) is not None
        and pack.cue("determiner").match_at(folded, pos) is None
    )


def _copula_dropped(folded: str, start: int, pack: Pack) -> bool:
    """Does a copula that drops its subject open the text at ``start``, adverbs of time or of also at most between it
    and its complement (``earlier``, ``former``, ``title_adverb`` cues), the complement a post in the predicate's case:
    a ``pronoun`` cue valued ``dropped`` once the adverbs are left out (pl 'Był wcześniej zastępcą ...', 'Był także
    członkiem ...': 'był zastępcą'), or a ``title_link`` that is a role (ar 'وكان قبل ذلك نائبًا لأمين ...', the
    accusative; not 'وكان رئيس الوزراء قد ...', the nominative: its subject)?"""
    copula = pack.cue("title_link").match_at(folded, start)
    if copula is None or copula[1][:1] != ("copula",):
        return False
    pos = copula[0].end()
    for _ in range(3):
        pos += len(folded[pos:]) - len(folded[pos:].lstrip(" " + COMMAS))
        adverb = next(
            (
                hit
                for kind in ("earlier", "former", "title_adverb")
                if (hit := pack.cue(kind).match_at(folded, pos))
            ),
            None,
        )
        if adverb is None:
            break
        pos = adverb[0].end()
    pos += len(folded[pos:]) - len(folded[pos:].lstrip(" "))
    verb = pack.cue("pronoun").match_at(f"{copula[0].group().strip()} {folded[pos:]}", 0)
    if verb is not None and verb[1][:1] == ("dropped",):
        return True
    link = pack.cue("title_link").match_at(folded, pos)
    return link is not None and link[1][:1] != ("copula",) and bool(find_roles(link[0].group(), pack))


def _plural_subject(folded: str, at: int, pack: Pack) -> bool:
    """Is a title link at ``at`` the act of people a plural noun right before it names, a participle or a relative
    pronoun between at most ("Mr. Phong congratulated the comrades elected to the position of ...", "les camarades
    élus au poste de", "towarzyszom wybranym na stanowisko", "الرفاق المنتخبين لشغل منصب", "các đồng chí được bầu giữ
    chức", "den Genossen, die zum ... gewählt wurden")? The post is theirs, not the subject's of the sentence."""
    return any(
        len(re.findall(r"\w+", folded[m.end() : at])) <= 2
        and not re.search(rf"[{RE_SEMICOLONS}]", folded[m.end() : at])
        for m, _ in pack.cue("plural").finditer(folded, max(0, at - 60), at)
    )


def _verb_phrase_subject(folded: str, after: int, pack: Pack) -> bool:
    """Is the sentence's opening verb that drops its subject, with the post after it, the subject of a copula written
    right after the post ("Giữ chức Bí thư Tỉnh ủy là một trọng trách lớn", holding the post is a great responsibility;
    ar "شغل منصب أمين لجنة الحزب هو مسؤولية كبيرة")? Then nobody named before holds the post."""
    verb = pack.cue("pronoun").match_at(folded, 0)
    if verb is None or verb[1][:1] != ("dropped",) or verb[0].end() > after:
        return False
    pos = len(folded) - len(folded[after:].lstrip(" "))
    copula = pack.cue("title_link").match_at(folded, pos)
    return copula is not None and copula[1][:1] == ("copula",)


def _title_for_untitled(sent, folded: str, previous: str, pack: Pack, last: list[Official], province) -> None:
    """A sentence that names nobody and opens with a title, a verb or a conjunction at most before it ("وأوضح رئيس
    البرلمان أن ...", the Speaker explained that; "أكد سكرتير لجنة الحزب في مقاطعة لام دونغ أن ...", "The Secretary of the
    Provincial Party Committee affirmed that"), right after a sentence naming one official whom the article gives no
    post yet: the title refers back to that official, whose post it is (u-ar-0041, u-mt4ar-06: Vietnamese news names a
    leader once, then by the office). Not an official with posts of his own (another holder may be meant), nor one the
    sentence before does not name."""
    if len(last) != 1 or last[0].positions or not previous:
        return
    official = last[0]
    at = max(previous.find(fold(official.surface)), previous.find(fold(official.name)))
    if at < 0:
        return
    # only a comrade or a name written bare: 'Mr. A, a farmer, said ...' is a citizen quoted before the leader speaks
    comrade = pack.cue("comrade")
    found = [m.group() for m, _ in pack.cue("honorific").finditer(previous[max(0, at - 16) : at])]
    if found and not any(comrade.get(w) is not None for w in found):
        return
    titles = read_titles(folded[:160], pack)
    if not titles or titles[0].foreign or titles[0].former:
        return
    lead = folded[: titles[0].start].split()
    if len(lead) > 1 or (lead and find_bodies(lead[0], pack)):
        return
    _add_positions(official, titles[:1], sent.index, province)


_JOIN_VERB = 2  # words between a given name and a ``join`` cue: a verb ("thôi", "cesser de")


def _given_joined(sent, folded: str, pack: Pack, named, province: str | None) -> None:
    """ "... decided to let Mr. Thanh stop participating in the Executive Committee of the 15th Provincial Party
    Committee", "quyết định cho ông Thành thôi tham gia BCH Đảng bộ tỉnh": an honorific and the given name of one
    official named before, right before a ``join`` cue (a verb of a word or two between), stand for that official:
    the membership the cue reads after it is theirs (as ``_joined_member`` reads it after a full name)."""
    _participation_of(sent, folded, pack, named, province)
    for join, values in pack.cue("join").finditer(folded):
        if values[:1] == ("of",):
            continue
        base = max(0, join.start() - 40)
        words = [(base + w.start(), base + w.end()) for w in re.finditer(r"\w+", folded[base : join.start()])]
        given = next(
            (w for w in reversed(words[-1 - _JOIN_VERB :]) if str(sent)[w[0] : w[0] + 1].isupper()), None
        )
        if given is None:
            # (in a script of no capitals, the word right after the honorific: "السماح للسيد ثانه بالتوقف عن المشاركة
            # في ...", let Mr. Thanh stop taking part in; mt32)
            given = next(
                (
                    w
                    for w in reversed(words[-1 - _JOIN_VERB :])
                    if _caseless(str(sent)[w[0] : w[1]]) and _honoured(folded, w[0], pack)
                ),
                None,
            )
        if given is None or re.search(rf"[{RE_COMMAS}{RE_SEMICOLONS}.:]", folded[given[1] : join.start()]):
            continue
        if not any(
            not folded[m.end() : given[0]].strip()
            for m, _ in pack.cue("honorific").finditer(folded, max(0, given[0] - 20), given[0])
        ):
            continue
        word = folded[given[0] : given[1]]
        who = {
            o.name: o
            for o in named
            if word in {w.split()[-1] for w in (fold(o.name), fold(o.surface)) if w.split()}
        }
        if len(who) == 1:
            _add_positions(
                next(iter(who.values())), _joined_member(folded[given[1] :], pack), sent.index, province
            )


def _participation_rest(before: str, after: str, pack: Pack) -> str | None:
    """The text after the short word that follows a name a ``join`` noun valued ``of`` holds ("udziału pana A w
    Komitecie", "the participation of Mr. A in", "Mr. A's participation in": ``before`` and ``after`` the name), from
    the body on; None when no such noun holds it."""
    head = before.rstrip()
    for kind in ("honorific", "courtesy"):
        for h, _ in pack.cue(kind).finditer(head, max(0, len(head) - 20)):
            if h.end() == len(head):
                head = head[: h.start()].rstrip()
                break
        else:
            continue
        break
    else:
        head = None
    tail = after
    if head is not None:
        head = re.sub(r"\s[^\W\d_]{1,3}$", "", head)  # (a short word of 'of': 'de', 'of', 'del', 'von')
    if head is None or not any(
        v[:1] == ("of",) and m.end() == len(head) and _bare_participation(m.group(), pack)
        for m, v in pack.cue("join").finditer(head)
    ):
        owner = re.match(r"['’]s\s+", after)
        noun = owner and pack.cue("join").match_at(after, owner.end())
        if not noun or noun[1][:1] != ("of",) or not _bare_participation(noun[0].group(), pack):
            return None
        tail = after[noun[0].end() :]
    link = re.match(r"\s+[^\W\d_]{1,3}(?!\w)", tail)
    return _body_opening(tail[link.end() :], pack) if link is not None else None


def _bare_participation(word: str, pack: Pack) -> bool:
    """Is ``word``, a ``join`` noun as found, written bare or with a conjunction glued to it? Another clitic makes it
    attendance: ar 'بمشاركة', with the participation of (review30 Medium 7)."""
    entries = pack.cue("join").entries
    return word in entries or any(
        word.startswith(c) and word[len(c) :] in entries for c in pack.cue("conjunction").entries
    )


def _body_opening(rest: str, pack: Pack) -> str | None:
    """``rest`` when a party body opens it, determiners aside ("the Executive Committee", "el Comité"); None when a
    head noun stands first ("في مقر اللجنة", at the headquarters of; "in the delegation of"; review30 Medium 7)."""
    bodies = find_bodies(rest, pack)
    if not bodies:
        return None
    pre = rest[: bodies[0][0]]
    for m, _ in pack.cue("determiner").finditer(pre):
        pre = pre[: m.start()] + " " * (m.end() - m.start()) + pre[m.end() :]
    return rest if not pre.strip() else None


def _participation_of(sent, folded: str, pack: Pack, named, province: str | None) -> None:
    """ "o zaprzestaniu udziału pana Thanha w Komitecie Wykonawczym Komitetu Partii prowincji" (u-mt39pl-02), "to end the
    participation of Mr. Thanh in the Executive Committee", "Mr. Thanh's participation in", "la participation de M.
    Thanh au", "la participación del Sr. Thanh en", "die Teilnahme von Herrn Thanh am", "مشاركة السيد ثانه في": a
    ``join`` noun valued ``of`` and its holder (an honorific and the given name of one official named before, after it
    with a short word of 'of' at most between, or before it with a possessive ending), then a short word and the body:
    that official's membership (as ``_joined_member`` reads it)."""
    for join, values in pack.cue("join").finditer(folded):
        if values[:1] != ("of",) or not _bare_participation(join.group(), pack):
            continue
        found = None
        for skip in (r"\s*", r"\s+[^\W\d_]{1,3}\s+"):  # (after it: 'udziału pana A', 'de M. A')
            gap = re.match(skip, folded[join.end() :])
            at = join.end() + gap.end() if gap is not None else None
            honorific = at is not None and (
                pack.cue("honorific").match_at(folded, at) or pack.cue("courtesy").match_at(folded, at)
            )
            word = re.match(r"\s*(\w+)(?!\w)", folded[honorific[0].end() :]) if honorific else None
            if word is not None:
                found = (honorific[0].end() + word.start(1), honorific[0].end() + word.end(1), join.end())
                break
        if found is None:  # (before it: "Mr. Thanh's participation in")
            before = re.search(r"(\w+)['’]s\s+$", folded[: join.start()])
            if before is not None and any(
                h.end() == before.start(1) - 1 or not folded[h.end() : before.start(1)].strip()
                for kind in ("honorific", "courtesy")
                for h, _ in pack.cue(kind).finditer(folded, max(0, before.start(1) - 12), before.start(1))
            ):
                found = (before.start(1), before.end(1), join.end())
        if found is None:
            continue
        w0, w1, rest_at = found
        if not (str(sent)[w0 : w0 + 1].isupper() or _caseless(folded[w0:w1])):
            continue
        link = re.match(r"\s+[^\W\d_]{1,3}(?!\w)", folded[max(w1, rest_at) :])
        if link is None:
            continue
        who = {
            o.name: o
            for o in named
            if _given_declined(
                folded[w0:w1], {w.split()[-1] for w in (fold(o.name), fold(o.surface)) if w.split()}
            )
        }
        if len(who) == 1:
            rest = folded[max(w1, rest_at) + link.end() :]
            rest = _body_opening(rest, pack)
            if rest is not None:
                _add_positions(next(iter(who.values())), _membership(rest, pack), sent.index, province)


def _caseless(word: str) -> bool:
    """Is ``word`` written in letters of no case (Arabic)?"""
    return word.isalpha() and not word.isupper() and not word.islower()


def _honoured(folded: str, at: int, pack: Pack) -> bool:
    """Does an honorific stand right before ``at`` ("للسيد", "Mr.")?"""
    return any(
        not folded[m.end() : at].strip()
        for m, _ in pack.cue("honorific").finditer(folded, max(0, at - 20), at)
    )


def _complement(folded: str, at: int, pack: Pack) -> bool:
    """Does a title start right after a copula ending at ``at`` (a word between at most), or after a list's first
    item that is no post ("Ông từng là cán bộ của Tổng cục 2, Bí thư Huyện đoàn ...", he was an officer of ..., then
    Secretary of ...)?"""
    titles = read_titles(folded[at:], pack)
    if not titles:
        return False
    # (an adverbial of time between: "Il est depuis 2020 vice-président ...", "Er ist seit 2020 ...")
    gap = blank_since(folded[at : at + titles[0].start], pack).lstrip()
    # (the subject after the copula, verb-subject order: "Von 2014 bis 2020 war der Genosse Direktor ...", ar "كان
    # الرفيق نائبا لأمين ...")
    pronoun = pack.cue("pronoun").match_at(gap, 0)
    if pronoun is not None and pronoun[1][:1] != ("dropped",) and not gap[pronoun[0].end() :].strip():
        gap = (
            ""  # (the title right after the pronoun, no name between: not 'war der Genosse Hai Vorsitzender')
        )
    return len(gap.split()) <= 1 or re.search(rf"[{RE_COMMAS}{RE_SEMICOLONS}]", gap) is not None


_MEMBERSHIP = frozenset(
    {"central_committee", "politburo", "secretariat", "party_committee", "party_standing_committee"}
)


# the agent's preposition of a passive verb ("appointed by", "nommé par", "designado por", "ernannt von"): the body
# after it appointed the official, he did not join it
_AGENTS = frozenset({"by", "par", "por", "pelo", "pela", "von", "vom", "przez", "boi"})


def _member_titles(rest: str, pack: Pack) -> list:
    """ "he was elected to the 12th Party Central Committee": a party body written right after the
    title link with no role is one the official was made a member of (a standing member of a
    standing committee)."""
    bodies = find_bodies(rest, pack)
    if (
        not bodies
        or bodies[0][0] > 20
        or bodies[0][2][0] not in _MEMBERSHIP
        or find_roles(rest[: bodies[0][0]], pack)
        # only short words and numbers before the body ("to the 12th"), no verb ("to lead the"), no agent ("appointed
        # by the Politburo", "nommé par le Bureau politique"), and not a body owning what follows ("as the Politburo's
        # envoy")
        or any(
            (len(w) > 3 and not any(c.isdigit() for c in w)) or w in _AGENTS
            for w in rest[: bodies[0][0]].split()
        )
        or rest.startswith(("'s", "’s"), bodies[0][1])
    ):
        return []
    word = min((w for w, v in pack.roles.entries.items() if tuple(v) == ("member",)), key=len, default=None)
    if word is None:
        return []
    return [t for t in read_titles(f"{word} {rest[bodies[0][0] :]}", pack)[:1] if t.org in _MEMBERSHIP]


def _elected_into_list(fs: str, mentions, per_name: list, pack: Pack) -> None:
    """'Ban Chấp hành đã bầu 15 đồng chí vào Ban Thường vụ Tỉnh ủy, trong đó có đồng chí A', 'elected 15 comrades to
    the Provincial Party Standing Committee, including comrade A': a count or a plural elected into a party body (no
    role written) before a ``list_marker``: the names listed after it are members of that body (standing members of a
    standing committee)."""
    for marker, _ in pack.cue("list_marker").finditer(fs):
        if _elected_list_into(fs, marker, mentions, per_name, pack):
            continue
        head = fs[: marker.start()]
        cut = max(head.rfind(c) for c in SEMICOLONS + ".:")
        head = head[cut + 1 :]
        if any(cut < m.start < marker.start() for m in mentions):
            continue
        links = [m for kind in ("adopt", "title_link") for m, _ in pack.cue(kind).finditer(head)]
        if not links:
            continue
        at = max(m.end() for m in links)
        rest = head[at:]
        bodies = find_bodies(rest, pack)
        if (
            not bodies
            or bodies[0][2][0] not in _MEMBERSHIP
            or bodies[0][0] > 40
            # (no role written before the body: 'bầu 3 Phó Bí thư', the list_marker rule's; a role the body's words
            # read, 'Thường vụ Tỉnh ủy', is the body)
            or any(r0 < bodies[0][0] for r0, _, _ in find_roles(rest, pack))
        ):
            continue
        counted = re.search(r"\d", rest[: bodies[0][0]]) or any(
            True for _ in pack.cue("plural").finditer(rest, 0, bodies[0][0])
        )
        if not counted:
            continue
        word = min(
            (w for w, v in pack.roles.entries.items() if tuple(v) == ("member",)), key=len, default=None
        )
        if word is None:
            continue
        titles = [t for t in read_titles(f"{word} {rest[bodies[0][0] :]}", pack)[:1] if t.org in _MEMBERSHIP]
        if not titles:
            continue
        ends = [m.start() for m in re.finditer(rf"[{RE_SEMICOLONS}.]", fs) if m.start() >= marker.end()]
        until = ends[0] if ends else len(fs)
        for i, m in enumerate(mentions):
            if marker.end() <= m.start < until:
                held = {(t.role, t.org) for t in per_name[i]}
                per_name[i] = per_name[i] + [t for t in titles if (t.role, t.org) not in held]


def _elected_list_into(fs: str, marker, mentions, per_name: list, pack: Pack) -> bool:
    """'a élu 15 membres, dont A, au Bureau permanent', 'elected 15 members, including A, to the Standing Committee':
    a count elected (after the electing verb, the electing body between at most: de 'wählte das 20.
    Provinzparteikomitee 15 Mitglieder, darunter A, in den Ständigen Ausschuss', ar VSO; or before a link that is the
    role itself, ar 'انتخبت ... 15 عضوا، من بينهم A، في اللجنة الدائمة'), a ``list_marker``, the names listed, then the
    party body they were elected into, a preposition at most between the list's comma and it: the listed names are
    members of that body (standing members of a standing committee), not of the electing committee."""
    head = fs[: marker.start()]
    # (an ordinal's full stop ends no clause: 'das 20. Provinzparteikomitee')
    cut = max([m.end() for m in re.finditer(rf"[{RE_SEMICOLONS}:]|(?<!\d)\.", head)] + [0])
    if any(cut <= m.start < marker.start() for m in mentions):
        return False
    links = sorted(
        (m for kind in ("adopt", "title_link") for m, _ in pack.cue(kind).finditer(head, cut)),
        key=lambda m: m.end(),
    )
    if len(links) > 1 and find_roles(links[-1].group(), pack):
        links = [m for m in links if m.end() <= links[-1].start()] or links
    if not links:
        return False
    rest = head[links[-1].end() :]
    bodies = find_bodies(rest, pack)
    rest = rest[bodies[-1][1] :] if bodies else rest
    if (
        not (re.search(r"\d", rest) or any(True for _ in pack.cue("plural").finditer(rest)))
        or len(rest.split()) > 3
        # (members counted, no other role: 'elected 3 deputy secretaries, including A, ...' is the list rule's)
        or any(tuple(v) != ("member",) for _, _, v in find_roles(rest, pack))
    ):
        return False
    listed = [i for i, m in enumerate(mentions) if m.start >= marker.end()][:1]
    if not listed or len(fs[marker.end() : mentions[listed[0]].start]) > 20:
        return False
    while listed[-1] + 1 < len(mentions) and re.fullmatch(
        rf"\s*[{RE_COMMAS}]?\s*(?:{pack.alternation('conjunction')})?\s*",
        _blank_honorifics(fs[mentions[listed[-1]].end : mentions[listed[-1] + 1].start], pack),
    ):
        listed.append(listed[-1] + 1)
    tail = fs[mentions[listed[-1]].end :]
    comma = re.match(rf"\s*[{RE_COMMAS}]", tail)
    if comma is None:
        return False
    tail = tail[comma.end() : comma.end() + 80]
    bodies = find_bodies(tail, pack)
    if (
        not bodies
        or bodies[0][2][0] not in _MEMBERSHIP
        or len(tail[: bodies[0][0]].split()) > 2
        # (a preposition at most: "including Mr. A, Secretary of the Provincial Party Committee" is his own title)
        or find_roles(tail[: bodies[0][0]], pack)
    ):
        return False
    word = min((w for w, v in pack.roles.entries.items() if tuple(v) == ("member",)), key=len, default=None)
    titles = [
        t
        for t in read_titles(f"{word} {tail[bodies[0][0] : bodies[0][1]]}", pack)[:1]
        if t.org in _MEMBERSHIP
    ]
    if word is None or not titles:
        return False
    for i in listed:
        # (the electing committee's membership the count's plural gave is replaced: they are its standing members)
        kept = [t for t in per_name[i] if not (t.role == "member" and t.org == titles[0].org)]
        per_name[i] = kept + [t for t in titles if (t.role, t.org) not in {(o.role, o.org) for o in kept}]
    return True


def _joined_member(after: str, pack: Pack) -> list:
    """The membership a ``join`` cue after a name and its titles gives, when its sentence names no post after it: "A,
    Deputy Minister, to join the Executive Committee of the Provincial Party Committee", "cho ông A thôi tham gia BCH
    Đảng bộ tỉnh" (member), "... the Executive Committee and the Standing Committee of ..." (standing member). With a
    post after it ("to join the Executive Committee, the Standing Committee and hold the post of Secretary of ...")
    the post alone is the gold's (dev en-002, ar-017, ar-021 against ar-020: docs/conventions.md), read elsewhere.
    The cue must follow the name or its titles, a comma and at most a few short words between ("qui cesse de")."""
    join, values = next(
        ((m, v) for m, v in pack.cue("join").finditer(after[:240]) if v[:1] != ("of",)), (None, None)
    )
    if join is None:
        return []
    head = after[: join.start()]
    cut = max((head.rfind(c) for c in COMMAS), default=-1)
    if values[:1] == ("last",):
        # a verb written last, the body before it (German: "Herr A ist dem Ständigen Ausschuss ... beigetreten", "A,
        # t, um dem Exekutivkomitee ... beizutreten", "wurde in den Ständigen Ausschuss ... aufgenommen"): its clause
        # after the name's titles, a few short words, the body, nothing else but its place
        rest = _joined_before(head[cut + 1 :], pack)
        if (
            rest is None
            or re.search(rf"[{RE_SEMICOLONS}.:()]", head)
            or (cut > 0 and not read_titles(head[:cut], pack))
        ):
            return []
        after_verb = after[join.end() :]
        if any(
            True
            for _ in find_roles(after_verb[: re.search(rf"[.{RE_SEMICOLONS}]|$", after_verb).start()], pack)
        ):
            return []  # "... beizutreten und das Amt des Sekretärs ... zu übernehmen": the post alone
    else:
        if (
            len(head) - cut > 16
            or re.search(rf"[{RE_SEMICOLONS}.:()]", head)
            or (cut > 0 and not read_titles(head[:cut], pack))
        ):
            return []
        rest = after[join.end() :]
    return _membership(rest, pack)


def _membership(rest: str, pack: Pack) -> list:
    """The membership of the party body ``rest`` (the text after a ``join`` cue) opens with, no post named after it."""
    member = _member_titles(rest, pack)
    if not member:
        return []
    bodies = find_bodies(rest, pack)
    if any(True for _ in pack.cue("meeting").finditer(rest, bodies[0][1], bodies[0][1] + 20)):
        return []  # "to participate in the Standing Committee's meeting": no membership
    # no post named after it ("and hold the post of Secretary"), but the roles a body's words read ("Thường vụ Tỉnh ủy")
    spans = [(b[0], b[1]) for b in bodies]
    if any(not any(b0 <= r0 < b1 for b0, b1 in spans) for r0, _, _ in find_roles(rest, pack)):
        return []
    # a standing committee joined with it: "the Executive Committee and the Standing Committee of ..."
    for b0, _, code in bodies[1:3]:
        between = rest[bodies[0][1] : b0]
        if code[0] == "party_standing_committee" and len(between) <= 12:
            standing = _member_titles(rest[b0:], pack)
            return standing[:1] if standing else member
    return member


def _joined_before(clause: str, pack: Pack) -> str | None:
    """The body a verb written last joins, from the text of its clause before it: at most three short words, then
    bodies and their place up to the verb ("ist dem Ständigen Ausschuss des Provinzparteikomitees", "um dem
    Exekutivkomitee der Provinz Nghe An"); None when the clause holds a role or a meeting, or other words."""
    bodies = find_bodies(clause, pack)
    if not bodies or bodies[0][0] > 25:
        return None
    pre = clause[: bodies[0][0]]
    if (
        len(pre.split()) > 3
        or find_roles(clause, pack)
        or any(True for kind in ("meeting", "not_holder") for _ in pack.cue(kind).finditer(pre))
        or any(True for _ in pack.cue("meeting").finditer(clause))
    ):
        return None  # (nor a clause a not_holder word opens: "ist der Meinung, dass dem Ständigen Ausschuss beizutreten")
    tail = gazetteer.blank_places(clause[max(b[1] for b in bodies) :])
    if len(tail.split()) > 2:
        return None
    return clause[bodies[0][0] :]


def _elected_member(after: str, pack: Pack) -> list:
    """The membership a title link right after a name gives, with a party body and no role after it
    ("Mr. X was elected to the Standing Committee of the Provincial Party Committee")."""
    link = next((m for m, _ in pack.cue("title_link").finditer(after[:30])), None)
    return _member_titles(after[link.end() :], pack) if link is not None else []


def _opens_sentence(folded: str, mention, pack: Pack) -> bool:
    """Does the sentence open with the name, only its courtesy title or honorific and at most one word (a verb
    before its subject: "ولد السيد A", "Urodził się pan A") before it?"""
    before = _blank_courtesy(_blank_honorifics(folded[: mention.start], pack), pack)
    return len(re.findall(r"[^\W\d_]+", before)) <= 1


def _subject_of(folded: str, mentions, officials: dict[str, Official], pack: Pack) -> list[Official]:
    """The official a sentence names first, when a verb acting on a person (``acts_on``: "met", "received",
    "التقى", "przyjął") stands before the last official it names, the verb's object ("التقى الرفيق A ... بالرفيق B",
    "A przyjął pana B"); else none."""
    here = [officials[m.name] for m in mentions if m.name in officials]
    if len({o.name for o in here}) < 2:
        return []
    last = max(m.start for m in mentions if m.name == here[-1].name)
    if any(m.start() < last for m, _ in pack.cue("acts_on").finditer(folded)):
        return here[:1]
    return []


def _topic_object(
    folded: str, mentions, officials: dict[str, Official], pack: Pack, index: int
) -> list[Official] | None:
    """The person a sentence names last, when a verb whose object the next sentence speaks of (``topic_object``:
    "congratulated", "felicitó", "pogratulował", "هنأ") stands before that name: "A felicitó al señor B. Fue
    elegido presidente ..." (B was elected). A name with a courtesy title alone is no official yet: it is one to
    be (added when a post is read for it). The name is the verb's object: short words (a preposition, an article)
    and honorifics or courtesy titles ("panu") at most between them, or between it and the name before it (ar "هنأ ... A السيد B", the subject
    between); not "felicitó al pueblo de la provincia, en presencia del Sr. B". None when a decision is handed to
    several ("al Sr. B y al Sr. C", "a los representantes del departamento y al Sr. B"): whom the next sentence speaks of
    is unknown."""
    last = mentions[-1]
    cues = [(m, v) for m, v in pack.cue("topic_object").finditer(folded) if m.end() <= last.start]
    if not cues:
        return []
    cue, values = cues[-1]
    start = max([cue.end()] + [m.end for m in mentions[:-1] if cue.end() <= m.end <= last.start])
    gap = folded[start : last.start]
    for kind in ("honorific", "courtesy"):
        for m, _ in pack.cue(kind).finditer(gap):
            gap = gap[: m.start()] + " " * (m.end() - m.start()) + gap[m.end() :]
    # (a cue valued "given", a decision handed over, names what is given before its receiver: "entregó la decisión de
    # nombramiento al Sr. B", no separator between)
    given = values[:1] == ("given",)
    # (handed to several, joined right before the name: "al Sr. B y al Sr. C", "a los representantes del departamento y
    # al Sr. B", "to the representatives of the department and Mr. B": whom the next sentence speaks of is unknown)
    if given and any(w in pack.cue("conjunction").entries for w in re.findall(r"[^\W\d_]+", gap)[-2:]):
        return None
    if given and (len(gap) > 80 or start != cue.end()):
        return []  # (another name between: "la decisión del Sr. C al Sr. B")
    if not given and not re.search(rf"[{RE_COMMAS}{RE_SEMICOLONS}]", gap):
        # (the name the last of objects a conjunction joins, the others no person named: "felicitó a los delegados y
        # al Sr. B", "congratulated the delegates and Mr. B": the one the next sentence speaks of is the name)
        joins = [m for m in re.finditer(r"[^\W\d_]+", gap) if m.group() in pack.cue("conjunction").entries]
        if joins:
            gap = gap[joins[-1].end() :]
    if re.search(rf"[{RE_COMMAS}{RE_SEMICOLONS}]", gap) or (
        not given and any(len(w) > 3 for w in re.findall(r"[^\W\d_]+", gap))
    ):
        return []
    return [
        officials.get(last.name) or Official(last.name, last.surface, index, alternatives=last.alternatives)
    ]


def _receiver_of(
    folded: str, mentions, officials: dict[str, Official], pack: Pack, index: int
) -> list[Official]:
    """The person who receives a document from the one a sentence names last: a document word after that person's
    name, then a giver's word (``source``: "from", "từ", "od", "من", "von", "des mains de") with only the giver's
    title and honorific between it and the last name ("A received the decision from Secretary of the Provincial
    Party Committee B", "تسلم السيد A القرار من السيد B"): the receiver, as the one a pronoun, a dropped subject or
    a career timeline after it speaks of (review22 on 048cefdb: the timeline's posts went to the giver). A name with
    a courtesy title alone is no official yet: it is one to be. Else none."""
    if len({m.name for m in mentions}) < 2:
        return []
    last = mentions[-1]
    sources = giver_words(folded, pack, 0, last.start)
    if not sources:
        return []
    source = sources[-1]
    before = [m for m in mentions if m.end <= source.start() and m.name != last.name]
    if not before:
        return []
    receiver = before[-1]
    if any(receiver.end <= m.start < source.start() for m in mentions):
        return []  # (another name between the receiver and the giver's word)
    if not any(True for _ in pack.documents.finditer(folded, receiver.end, source.start())):
        return []
    # (only the giver's title and honorific between the giver's word and the name: not "the decision from the
    # Ministry was handed to B")
    gap = folded[source.end() : last.start]
    for kind in ("honorific", "courtesy"):
        for m, _ in pack.cue(kind).finditer(gap):
            gap = gap[: m.start()] + " " * (m.end() - m.start()) + gap[m.end() :]
    gap = gap.rstrip(" ," + COMMAS)
    if (
        gap.strip()
    ):  # (a title, maybe its place after it: "from Secretary of the Party Committee of Nghe An, B")
        titles = read_titles(gap, pack)
        if not titles or titles[0].start > 6 or not _ends_with_title(gap, pack):
            return []
    return [
        officials.get(receiver.name)
        or Official(receiver.name, receiver.surface, index, alternatives=receiver.alternatives)
    ]


def _dropped_subject(folded: str, pack: Pack) -> bool:
    """Does a verb that drops its subject (a ``pronoun`` cue valued ``dropped``: ar "شغل منصب", pl "pełnił",
    es "ocupó") open the sentence, within its first words? Its subject is the last sentence's, not the object
    named last."""
    return any(values[:1] == ("dropped",) for m, values in pack.cue("pronoun").finditer(folded[:60]))


def _object_pronoun(sent, folded: str, pack: Pack, official: Official) -> bool:
    """ "Ban chấp hành đã bầu ông giữ chức Phó Bí thư Tỉnh ủy", "Bộ Chính trị chỉ định ông tiếp tục làm Bí thư",
    "Hiện ông Toàn giữ chức Chủ tịch UBND tỉnh": a pronoun written right before the sentence's first title link
    (a word between at most: a capitalised one the official's given name), a role right after it: the post is
    the official's."""
    # (the first title link a role follows: not the elect verb before the object, "the Committee elected Mr. Phong to
    # the position of Deputy Secretary", "a élu M. Phong au poste de", "انتخبت اللجنة ... السيد فونغ لشغل منصب")
    link = next(
        (
            m
            for m, _ in pack.cue("title_link").finditer(folded)
            if any(r0 <= 2 for r0, _, _ in find_roles(folded[m.end() : m.end() + 40], pack))
        ),
        None,
    )
    if link is None:
        return False
    words = list(re.finditer(r"\S+", folded[: link.start()]))
    for k in (0, 1):
        if len(words) < k + 2 or pack.cue("pronoun").get(words[-1 - k].group()) is None:
            continue
        between = words[-1] if k else None
        if between is None or str(sent)[between.start()].islower():
            return True
        # (a word between in a script without capitals, ar 'وشغل الرفيق هاي منصب': the official's given name as the
        # text writes it, not another's)
        return between.group() in (fold(official.name).split()[-1:] + fold(official.surface).split()[-1:])
    return _honorific_given_before(sent, folded, link.start(), official, pack)


def _honorific_given_before(sent, folded: str, end: int, official: Official, pack: Pack) -> bool:
    """Is the text right before ``end`` an honorific and the given name of the official named before, as written
    (the name's last syllable, or the last word of its surface in another script: capitalised in a Latin one), the
    object of a body's act ("Bộ Chính trị điều động ông Hải giữ chức", "قام المكتب السياسي بنقل السيد هاي لتولي
    منصب", "the Politburo transferred Mr. Hai to hold the position of")? It stands for that official, as a pronoun
    would."""
    given = {w.split()[-1] for w in (fold(official.name), fold(official.surface)) if w.split()}
    # (the link's verb between, three words at most, not capitalised: "Mr. Hai to hold the position of", "that Mr.
    # Hong would stop holding the position of", "że pan Hong przestanie pełnić funkcję", mt25b)
    words = list(re.finditer(r"\w+", folded[:end]))[-4:]
    for k, word in enumerate(reversed(words)):
        if _given_declined(word.group(), given):
            break
        if (
            k == 3
            or len(word.group()) > 10
            or not word.group().isalpha()
            or str(sent)[word.start()].isupper()
        ):
            return False
    else:
        return False
    if re.search(r"[^\w\s'’]", folded[word.end() : end]):  # (an elided article aside: "cesserait d'exercer")
        return False
    first = str(sent)[word.start()]
    if first.isalpha() and first.lower() != first.upper() and not first.isupper():
        return False  # (a cased script writes a name capitalised: "Mr. hai" is no name)
    before = folded[: word.start()].rstrip()
    # (or a courtesy title, as Polish writes the object: "wybrał pana Phonga na stanowisko", elected Mr. Phong to)
    return any(
        m.end() == len(before)
        for kind in ("honorific", "courtesy")
        for m, _ in pack.cue(kind).finditer(before)
    )


def _given_declined(word: str, given: set[str]) -> bool:
    """Is ``word`` the given name, maybe with a case ending an inflecting language adds ("Phonga": Phong's
    accusative in Polish, ``kg/data/name_endings.txt``)?"""
    return word in given or any(word.endswith(e) and word[: -len(e)] in given for e in name_endings())


# an opening clause up to its comma ("Before being elected Secretary of X for the 2015-2020 term, ..."), an
# abbreviation's periods right before the comma in it ("Zanim został sekretarzem ... w 2015 r., pan Nam był ...",
# "Before heading Vicem Co., Mr. Nam was ...", "Antes de dirigir Vicem S.A., el Sr. Nam fue ...")
_OPENING_CLAUSE = re.compile(rf"(?:[^{RE_COMMAS};:.]|\.(?=[{RE_COMMAS}]|\w\.)){{3,160}}?[{RE_COMMAS}]\s*")


def _given_after_clause(folded: str, official: Official, pack: Pack) -> int | None:
    """Where an opening clause ends whose comma the official's given name and a title link follow, maybe after
    the verb a language writes first ("Before being elected Secretary of X, Mr. Hung held the position of Y",
    "وقبل انتخابه لمنصب X، شغل السيد هونغ منصب Y"): the posts after it are the official named before, as after a
    pronoun; else None."""
    clause = _OPENING_CLAUSE.match(folded)
    if clause is None:
        return None
    pos = clause.end()
    verb = re.compile(r"[^\W\d_]+\s+").match(folded, pos)
    for at in (pos, verb.end() if verb else None):
        if at is not None and _given_opens(folded, at, official, pack):
            return pos
    # a pronoun or "the new <post>" right after the clause ("Trước khi được bầu, ông từng giữ các chức vụ: ...",
    # "Before being elected, the new chairman held ...")
    if any(m.start() == 0 for m, _ in pack.cue("pronoun").finditer(folded[pos : pos + 25])) or any(
        at is not None and _new_holder(folded, at, official, pack)
        for at in (pos, verb.end() if verb else None)
    ):
        return pos
    return None


def _new_holder(folded: str, start: int, official: Official, pack: Pack) -> bool:
    """Is the subject at ``start`` "the new" and a post the official named before holds ("the new chairman",
    "tân Chủ tịch UBND tỉnh", "nowy przewodniczący", "el nuevo presidente": a ``new_holder`` cue, a role right after
    it)? It stands for that official, as a pronoun would."""
    held = {p.role for p in official.positions}
    cue = pack.cue("new_holder").match_at(folded, start)
    if cue is None:
        # (a cue valued 'after' written right after the role: ar "الرئيس الجديد", the new chairman)
        role = next(((r1, r) for r0, r1, r in find_roles(folded[start : start + 60], pack) if r0 <= 1), None)
        if role is None or role[1][0] not in held:
            return False
        # (within the role's wording or right after it: the role's reading may take it in)
        return any(
            values[:1] == ("after",)
            for _, values in pack.cue("new_holder").finditer(folded, start, start + role[0] + 12)
        )
    if cue[1][:1] == ("after",):
        return False
    at = cue[0].end()
    roles = {r[0] for r0, _, r in find_roles(folded[at : at + 60], pack) if r0 <= 1}
    return bool(roles & held)


def _honorific_given(sent, folded: str, official: Official, pack: Pack) -> bool:
    """Does the sentence open with an honorific and the given name of the official named before, no capitalised
    word after it ("Mr. Minh, 50 years old this year, was Director of ...", "Mr. Minh has a master's degree in
    economics and held the position of ...")? It stands for that official, as a pronoun would, wherever its title
    link is. A script without capitals (Arabic) writes the verb first, one word before the honorific ("تقلّد السيد هاي
    عدة مناصب، منها: ...", Mr. Hai held several posts, among them: ...; "وشغل السيد هاي ..."): the given name stands
    there, with no capital to tell it from any word, so only in such a script."""
    honorific = pack.cue("honorific").match_at(folded, 0)
    if (
        honorific is None
        and (verb := _VERB_FIRST.match(folded)) is not None
        and _caseless(str(sent)[verb.end() :])
    ):
        honorific = pack.cue("honorific").match_at(folded, verb.end())
    if honorific is None:
        return False
    given = {w.split()[-1] for w in (fold(official.name), fold(official.surface)) if w.split()}
    pos = len(folded) - len(folded[honorific[0].end() :].lstrip())
    word = re.compile(r"\w+").match(folded, pos)
    if word is None or word.group() not in given:
        return False
    if _caseless(str(sent)[pos:]):
        # (no capital: the given name ends the name when no syllable of the official's full name follows it, "السيد هاي
        # عدة مناصب", not "السيد هاي فونغ", another person)
        after = re.compile(r"\s+(\w+)").match(folded, word.end())
        syllables = {w for n in (fold(official.name), fold(official.surface)) for w in n.split()}
        return after is None or after.group(1) not in syllables
    if not str(sent)[pos : pos + 1].isupper():
        return False
    after = re.compile(r"\s+(\w)").match(folded, word.end())
    return after is None or not str(sent)[after.start(1)].isupper()


# one word opening a sentence, the verb a verb-first language writes before its subject ("تقلّد", "وشغل")
_VERB_FIRST = re.compile(r"[^\W\d_]+\s+")


def _caseless(text: str) -> bool:
    """Does ``text`` open with a letter of a script without capitals (Arabic)?"""
    first = next((c for c in text if c.isalpha()), "")
    return bool(first) and not first.isupper() and not first.islower()


def _honorific_name(sent, folded: str, pos: int, pack: Pack) -> bool:
    """Is a courtesy title followed by a capitalised word written at ``pos``: another person named, not a
    pronoun ("Hiện ông Hải giữ chức ...": vi "ông" is both)?"""
    honorific = pack.cue("honorific").match_at(folded, pos)
    if honorific is None:
        return False
    word = re.compile(r"\s*(\w)").match(folded, honorific[0].end())
    return word is not None and str(sent)[word.start(1)].isupper()


def _given_opens(folded: str, start: int, official: Official, pack: Pack) -> bool:
    """Does the official's given name (the last syllable of a Vietnamese name), maybe after an
    honorific, open the text at ``start`` ("In September 2015, Cuong was elected as ...", "Mr. Phong
    was appointed ...")? It stands for the official named just before, as a pronoun would."""
    # (as the name is written in the text's script too: "شغل السيد هونغ منصب ...", Lu Van Hung's هونغ)
    given = {w.split()[-1] for w in (fold(official.name), fold(official.surface)) if w.split()}
    if not given:
        return False
    pos = len(folded) - len(folded[start:].lstrip())
    honorific = pack.cue("honorific").match_at(folded, pos)
    if honorific is not None:
        pos = len(folded) - len(folded[honorific[0].end() :].lstrip())
    alternatives = "|".join(re.escape(w) for w in sorted(given))
    name = re.match(rf"(?:{alternatives})(?!\w)\s*", folded[pos : pos + 30])
    # the title link right after it ("Cuong was elected as"): not a word that only spells the same ("Son adjoint
    # a été nommé", "An official from the Ministry was appointed")
    return name is not None and pack.cue("title_link").match_at(folded, pos + name.end()) is not None


def _given_after(sent, folded: str, pos: int, named: list[Official]) -> Official | None:
    """The one official named before whose given name (capitalised, no capitalised word after it: not
    a place, "Nam Dinh") is written at ``pos``, after spaces ("re-elected Trong, 77, ...")."""
    word = re.compile(r"\s*(\w+)").match(folded, pos)
    if word is None or not str(sent)[word.start(1)].isupper():
        return None
    rest = str(sent)[word.end(1) :]
    if re.match(r"\s+[^\W\d_]", rest) and rest.lstrip()[:1].isupper():
        return None
    found = [o for o in named if fold(o.name).split()[-1:] == [word.group(1)]]
    return found[0] if len(found) == 1 else None


# the posts a bare role after a name may be a deputy's (or a peer's) of: the principal's role
_DEPUTIES = {
    "vice_chair": "chair",
    "standing_vice_chair": "chair",
    "deputy_secretary": "secretary",
    "standing_deputy_secretary": "secretary",
    "deputy_head": "head",
    "deputy_director": "director",
    "deputy_minister": "minister",
}


def _deputy_titles(folded: str, mentions, per_name, pack: Pack) -> None:
    """A name with only a bare role after it ("A – Chairman of the State Committee for Overseas
    Vietnamese and B – Deputy Chairman", "ông A, Chủ tịch UBND tỉnh và ông B, Phó Chủ tịch"), or right
    before it after the name before ("Chairman of the PPC A and Vice Chairman B"), holds it in the
    body of the name before it, whose post is the same role or the one it deputises for."""
    conjunction = pack.alternation("conjunction")
    for i in range(1, len(mentions)):
        if per_name[i] or not per_name[i - 1]:
            continue
        end = mentions[i + 1].start if i + 1 < len(mentions) else len(folded)
        rest = folded[mentions[i].end : end]
        sep = re.match(rf"\s*[{RE_COMMAS}{RE_DASHES}]\s*", rest)
        roles = find_roles(rest, pack) if sep else []
        closes = rf"\s*(?:[{RE_COMMAS}{RE_SEMICOLONS}.)]|(?:{conjunction})\s|$)"
        if (
            roles
            and roles[0][0] == sep.end()
            and len(roles[0][2]) == 1
            and re.match(closes, rest[roles[0][1] :])
        ):
            role = roles[0][2][0]
        else:  # "B, Deputy Chairman of ...": a body of its own, read or not; else a role right before B
            between = _blank_honorifics(folded[mentions[i - 1].end : mentions[i].start], pack).rstrip()
            roles = find_roles(between, pack)
            if not roles or roles[-1][1] != len(between) or len(roles[-1][2]) != 1:
                continue
            if not re.fullmatch(rf"[\s{RE_COMMAS}]*(?:{conjunction})?\s*", between[: roles[-1][0]]):
                continue
            if gazetteer.find_places(rest[:30]) or find_bodies(rest[:40], pack):
                continue  # "Vice Chairman B of Hai Phong city": a body or place of its own
            role = roles[-1][2][0]
        bodies = {(t.org, t.level, t.place) for t in per_name[i - 1] if t.role in (role, _DEPUTIES.get(role))}
        if len(bodies) == 1:
            src = next(t for t in per_name[i - 1] if (t.org, t.level, t.place) in bodies)
            per_name[i] = [dataclasses.replace(src, role=role, former=False)]


def _share_titles(sent, folded: str, mentions, per_name, honorifics, pack: Pack) -> dict:
    """Titles shared by several names; returns the posts names hold in turn (:func:`_in_turn`), by name.

    - a title before a colon belongs to every name listed after it ("members of the Politburo:
      A, B, C"; "نواب السكرتير للجنة الحزب بالمدينة: السيد ...");
    - names joined only by commas or a conjunction share the title of the last one ("A, B and C
      were elected as Deputy Secretaries"), and an honorific before the first ("Comrades: A, B").
    """
    colons = list(re.finditer(rf"[{RE_COLONS}]", folded))
    for k, colon in enumerate(colons):
        until = colons[k + 1].start() if k + 1 < len(colons) else len(folded)  # the list it opens
        head = folded[: colon.start()]
        cut = max(head.rfind(c) for c in SEMICOLONS + ".")
        head = head[cut + 1 :]
        named = [m.end for m in mentions if cut + 1 <= m.start < colon.start()]
        if named:
            # "... To Lam, and the members of the Politburo: A, B": only what follows the last name
            head = folded[max(named) : colon.start()]
            plural = pack.cue("plural").pattern
            opened = plural.search(head) if plural is not None else None
            lead = re.match(rf"\s*(?:[{RE_COMMAS}]\s*)?", head).end()
            joined = pack.cue("conjunction").match_at(head, lead)
            if re.match(rf"^\s*[{RE_COMMAS}]", head) and opened is not None and joined is None:
                # the titles the plural word opens, from the start of the role it ends ("..., the Ministry of Finance
                # has 3 deputy ministers: A, B", "3 vice-ministres :": deputies, not 'ministers')
                at = min(
                    [r0 for r0, r1, _ in find_roles(head, pack) if r0 < opened.start() < r1],
                    default=opened.start(),
                )
                head = head[at:]
            elif joined is not None and opened is not None and opened.start() >= joined[0].end():
                # "Tổng Bí thư Tô Lâm và các đồng chí Ủy viên Bộ Chính trị: A; B", "el Secretario General To Lam y los
                # miembros del Politburó: ...", "To Lam and Politburo members: ...": the group the conjunction right
                # after the last name joins to it, the titles of its plural (before the plural word too: 'Politburo
                # members')
                head = head[joined[0].end() :]
            elif (counted := _counted_role(head, pack)) is not None:
                # "Po przejściu pani A na emeryturę Ministerstwo Finansów ma jeszcze 3 wiceministrów: B, C", "After Mrs. A
                # retired, the ministry has 3 deputy ministers: B, C": a count right before the role that ends the head
                # makes it the list's header, not the name's own text
                head = head[counted:]
            elif not any(True for _ in pack.cue("members_list").finditer(head)) or find_roles(head, pack):
                continue  # "A, Secretary of X: ..." is that name's text
        shared = chained(read_titles(head, pack), head, pack)
        if not shared:
            # a copula before the colon ("نواب سكرتير لجنة الحزب الإقليمية هم: A (...)، B (...)", the deputy
            # secretaries are: ...), as "Zastępcami sekretarza ... są:" reads
            bare_head = _copula_ended(head, pack)
            if bare_head is not None:
                shared = chained(read_titles(bare_head, pack), bare_head, pack)
        if not shared and not named:
            # a post linked to the list's header, its term and a verb after it ("Parmi les camarades élus au poste de
            # secrétaire adjoint du Comité provincial du Parti pour le 19e mandat figurent : A, t1 ; et B, t2", "ومن
            # بين الرفاق المنتخبين لمنصب نائب أمين اللجنة الحزبية الإقليمية للدورة التاسعة عشرة: A، ...", u-mt39ar-04)
            linked_head = _linked_post_ended(head, pack)
            if linked_head is not None:
                shared = chained(read_titles(linked_head, pack), linked_head, pack)
        cue = next((m for m, _ in pack.cue("members_list").finditer(head)), None)
        members = (
            not shared
            and cue is not None
            and not find_roles(head, pack)
            and not find_roles(folded[colon.end() : until], pack)
            and not group_before(head, len(head), pack)
        )
        if members:
            # a body's members listed in the sentence ("se estableció el Comité Provincial del Partido provisional
            # compuesto por tres camaradas: A, B y C", u-es-0025), as the dash lines after such a header
            # (kg.extract.lists.bullet_titles), the header from the body the cue follows or precedes; not a role's
            # holders ("3 Phó Bí thư Tỉnh ủy gồm các đồng chí: A, B, C" are deputy secretaries, not members), nor an
            # item titled on its own ("lãnh đạo UBND tỉnh gồm: Chủ tịch A; 3 Phó Chủ tịch là ông B, ...": the list
            # writes no role)
            prior = [b for b in find_bodies(head, pack) if b[1] <= cue.start()]
            shared = _header_titles(head[prior[-1][0] :] if prior else head, "", pack)
        if shared and cue is not None and group_before(head, len(head), pack):
            # "Đoàn kiểm tra của Ban Thường vụ Tỉnh ủy gồm các đồng chí: A, B": a group's names hold no post of the
            # body it works for
            shared = []
        if not shared:
            continue
        listed = [i for i, m in enumerate(mentions) if colon.start() < m.start < until]
        # a later name with an honorific of its own ("؛ الرفيق تران كام تو") starts another item; so
        # does one with a title of its own written before it after a semicolon, in a list of bare
        # names ("byli przewodniczący: A, B; członek Biura Politycznego C"; not "Politburo members:
        # Standing member of the Secretariat A; Secretary of the Central Committee B")
        head_item = folded[colon.end() : mentions[listed[0]].start] if listed else ""
        bare = not chained(read_titles(head_item, pack), head_item, pack)
        fresh = next(
            (
                i
                for i in listed[1:]
                # (unless every item has one: "gồm: ông A - Chủ tịch UBND tỉnh, bà B - ...")
                if (
                    honorifics[i]
                    and not honorifics[listed[0]]
                    and not _continues(folded, mentions, i, pack)
                    and _honorific_opens(folded, mentions, i, pack)
                )
                or (bare and _titled_item(folded, mentions, i, pack))
                # (or a list of titled names joined by commas that a semicolon closes: "أعضاء المكتب السياسي:
                # وزير الدفاع A، ووزير الأمن العام B؛ أمين اللجنة المركزية، رئيس مكتبها C")
                or (
                    not bare
                    and _comma_joined(folded, mentions, listed, i)
                    and _titled_item(folded, mentions, i, pack)
                    and not _implies_header(per_name[i], shared)
                )
            ),
            None,
        )
        for i, m in enumerate(mentions):
            if (
                colon.start() < m.start < until
                and (fresh is None or i < fresh)
                and not (members and per_name[i])
            ):
                # (the standing deputy among them holds no second, plain deputy's post)
                per_name[i] = per_name[i] + [
                    s
                    for s in shared
                    if not any(
                        t.role in (s.role, "standing_" + s.role) and t.org == s.org for t in per_name[i]
                    )
                ]
    # (a preposition or article of the next name may follow the conjunction: "eligieron al Sr. A y a la Sra. B
    # vicepresidentes", the object's 'a')
    joiner = re.compile(
        rf"^[\s{RE_COMMAS}]*(?:(?:{pack.alternation('conjunction')})(?:\s+[^\W\d_]{{1,3}}){{0,2}})?[\s{RE_COMMAS}]*$"
    )
    # (an honorific of the next name may stand between: "ông A và bà B được bầu giữ chức ...")
    joined = [
        bool(joiner.match(_blank_courtesy(_blank_honorifics(folded[a.end : b.start], pack), pack)))
        and not (
            _object_after_subject(folded[a.end : b.start], pack) and not _named_as_a_pair(folded, a, b, pack)
        )
        for a, b in itertools.pairwise(mentions)
    ]
    untitled = [not titles for titles in per_name]
    turns: dict = {}
    for i in range(len(mentions) - 2, -1, -1):
        if joined[i] and not per_name[i]:
            per_name[i] = list(per_name[i + 1])
    for end in range(1, len(mentions)):
        if untitled[end] or not joined[end - 1] or not untitled[end - 1]:
            continue
        start = end - 1
        while start > 0 and joined[start - 1] and untitled[start - 1]:
            start -= 1
        turns.update(_in_turn(per_name, start, end))
    for i in range(len(mentions) - 1):
        if joined[i]:
            honorifics[i + 1] = honorifics[i + 1] or honorifics[i]
    return turns


def _counted_role(head: str, pack: Pack) -> int | None:
    """Where the role that ends ``head`` (the text before a list's colon) starts, when a count in digits stands right
    before it ("... ma jeszcze 3 wiceministrów", "... hat noch 3 stellvertretende Minister"); None otherwise."""
    end = len(head.rstrip())
    ends = [r0 for r0, r1, _ in find_roles(head, pack) if r1 == end]
    if not ends or not re.search(r"\d\s+$", head[: min(ends)]):
        return None
    return min(ends)


def _object_after_subject(gap: str, pack: Pack) -> bool:
    """Is ``gap``, between two names, only the second name's honorific, no comma nor conjunction (alone or glued to the
    honorific: "والسيد")? Then the names are a verb's subject and its object, not a list: "وهنأ الرفيق A السيد B على
    انتخابه لمنصب رئيس ..." (A congratulated B on his election as chairman: the post is B's alone)."""
    if re.search(rf"[{RE_COMMAS}{RE_SEMICOLONS}]", gap) or any(
        True for _ in pack.cue("conjunction").finditer(gap)
    ):
        return False
    honorifics = list(
        {m.span(): m for kind in ("honorific", "courtesy") for m, _ in pack.cue(kind).finditer(gap)}.values()
    )
    if len(honorifics) != 1 or gap[: honorifics[0].start()].strip() or gap[honorifics[0].end() :].strip():
        return False
    # (a conjunction glued to the honorific joins the names: "A والسيد B")
    return not re.match(rf"(?:{pack.alternation('conjunction')})\w", honorifics[0].group())


def _named_as_a_pair(folded: str, a, b, pack: Pack) -> bool:
    """Are the names ``a`` and ``b`` a pair all the same, the MT having dropped the conjunction between them: a plural
    or dual role right after the second ("حضر الاجتماع السيد A السيد B، نائبا رئيس اللجنة الشعبية الإقليمية": two vice
    chairs), or a plural or dual honorific right before the first ("الرفيقان A الرفيق B، عضوا اللجنة الدائمة")?"""
    plural = pack.cue("plural")
    after = re.match(rf"[\s{RE_COMMAS}]*", folded[b.end :])
    if plural.match_at(folded, b.end + after.end()) is not None:
        return True
    return any(
        not folded[m.end() : a.start].strip() and plural.match_at(folded, m.start()) is not None
        for m, _ in pack.cue("honorific").finditer(folded, max(0, a.start - 20), a.start)
    )


def _blank_courtesy(text: str, pack: Pack) -> str:
    """``text`` with its courtesy titles ('pana', 'panią': Mr and Mrs in the oblique cases) written as spaces."""
    for m, _ in pack.cue("courtesy").finditer(text):
        text = text[: m.start()] + " " * len(m.group()) + text[m.end() :]
    return text


def _linked_post_ended(head: str, pack: Pack) -> str | None:
    """``head`` up to the end of the post a ``title_link`` cue right before it links ("élus au poste de P", "لمنصب P"),
    when only the post's term follows it ("pour le 19e mandat", "للدورة التاسعة عشرة", a ``term`` cue within a few
    words, no role) and a verb of two words at most ("figurent", "se encuentran"); None otherwise."""
    titles = read_titles(head, pack)
    if not titles:
        return None
    last = max(titles, key=lambda t: t.end)
    if not any(
        not head[m.end() : last.start].strip()
        for m, _ in pack.cue("title_link").finditer(head, 0, last.start)
    ):
        return None
    tail = head[last.end :]
    term = next((m for m, _ in pack.cue("term").finditer(tail)), None)
    if term is None or find_roles(tail, pack) or re.search(rf"[{RE_COMMAS}{RE_SEMICOLONS}.]", tail):
        return None
    if len(tail[: term.start()].split()) > 3 or len(tail[term.end() :].split()) > 4:
        return None
    return head[: last.end]


def _copula_ended(head: str, pack: Pack) -> str | None:
    """``head`` without the copula that ends it (a ``title_link`` marked copula: "هم", they are), None when
    no copula ends it."""
    text = head.rstrip()
    for m, values in pack.cue("title_link").finditer(text):
        if (
            values[:1] == ("copula",)
            and m.end() == len(text)
            and m.start() > 0
            and text[m.start() - 1] == " "
        ):
            return text[: m.start()].rstrip()
    return None


def _in_turn(per_name, start: int, end: int) -> dict:
    """Names ``start`` to ``end`` joined by commas or a conjunction, titled only after the last, with as many
    posts of one body that nobody holds together (a role and its deputy's) as there are names, hold them in turn
    ("A and B were appointed to hold the positions of Secretary and Deputy Secretary of the X Party Committee",
    "A và B ... giữ chức Bí thư và Phó Bí thư Thành ủy", silver/mt8 u-mt8de-01: both got both)."""
    titles = sorted(per_name[end], key=lambda t: t.start)
    # (one body: the place written once, after the last role)
    if len(titles) != end - start + 1 or len({(t.org, t.level, t.former) for t in titles}) != 1:
        return {}
    places = {t.place for t in titles} - {None}
    if len(places) > 1:
        return {}
    principal = {_DEPUTIES.get(t.role, t.role) for t in titles}
    if len(principal) != 1 or len({t.role for t in titles}) != len(titles):
        return {}
    for k, title in enumerate(titles):
        per_name[start + k] = [dataclasses.replace(title, place=title.place or next(iter(places), None))]
    return {start + k: title for k, title in enumerate(titles)}


def _rivals(title, held) -> bool:
    """Is ``title`` another rank of the post ``held`` in the same body (a role and its deputy's), which one person
    does not hold together?"""
    return (
        title.role != held.role
        and (title.org, title.level) == (held.org, held.level)
        and _DEPUTIES.get(title.role, title.role) == _DEPUTIES.get(held.role, held.role)
    )


def _listed(folded: str, mentions, mention, officials, pack: Pack) -> bool:
    """Is ``mention`` the next item of a list whose previous name is an official ("các Phó Chủ tịch
    A, B đồng chủ trì")?"""
    i = mentions.index(mention)
    if i == 0 or mentions[i - 1].name not in officials:
        return False
    joiner = rf"^[\s{RE_COMMAS}]*(?:{pack.alternation('conjunction')})?[\s{RE_COMMAS}]*$"
    return bool(re.match(joiner, folded[mentions[i - 1].end : mention.start]))


def _linked_after_list(mentions, spans, pack: Pack, reach: int) -> str | None:
    """The text after the last name of a list of two names or more when a title link opens in its first
    ``reach`` characters and no comma right after the name separates it; else None."""
    last = len(mentions) - 1
    if last < 1 or not spans[last].after:
        return None
    after = spans[last].after
    if re.match(rf"\s*[{RE_COMMAS}]", after):
        return None
    if not any(m.start() < reach for m, _ in pack.cue("title_link").finditer(after)):
        return None
    return after


def _linked_list_titles(folded: str, mentions, spans, per_name, pack: Pack) -> None:
    """A title linked to the last name of a list ("o mianowaniu członka Komitetu Partii A, członka
    Komitetu Partii B na stanowisko wiceprzewodniczącego Rady Ludowej", "appointing A, B and C as
    Vice Chairmen") is every listed name's: names joined by commas or a conjunction, each with at
    most a title written right before it and none after it."""
    after = _linked_after_list(mentions, spans, pack, 30)
    if after is None:
        return
    last = len(mentions) - 1
    linked = chained_after(read_titles(after, pack), after, pack)
    if not linked:
        return
    conj = pack.alternation("conjunction")
    i = last
    while i > 0 and not spans[i - 1].after:
        gap = folded[mentions[i - 1].end : mentions[i].start]
        item = re.match(rf"^\s*[{RE_COMMAS}]\s*(?:(?:{conj})\s+)?|^\s+(?:{conj})\s+", gap)
        if item is None:
            break
        rest = gap[item.end() :]
        if rest.strip() and not chained(read_titles(rest, pack), rest, pack):
            break  # the words before the next name are no title of it: another clause
        i -= 1
        per_name[i] = per_name[i] + [
            t for t in linked if all((t.role, t.org) != (u.role, u.org) for u in per_name[i])
        ]


_COUNCILS = frozenset({"peoples_council", "national_assembly"})


def _shared_committee_owner(mentions, spans, per_name, pack: Pack) -> None:
    """Two heads of committees in parallel items, the council that owns them written once after the last ("pani A
    została wyznaczona na stanowisko przewodniczącej Komisji Ekonomicznej i Budżetowej, a pani B na stanowisko
    przewodniczącej Komisji Kulturalnej i Społecznej Rady Ludowej Prowincji", vi 'bà A giữ chức Trưởng Ban Kinh tế -
    Ngân sách, bà B giữ chức Trưởng Ban Văn hóa - Xã hội HĐND tỉnh'): the first committee, read as a commission of no
    body (head of "other"), is the same council's when the next name holds the same role of a council's committee."""
    for i in range(len(mentions) - 1):
        nxt = [t for t in per_name[i + 1] if t.org in _COUNCILS and t.role in ("head", "deputy_head")]
        if not nxt or not spans[i].after:
            continue
        if not any(v[0] == GENERIC for _, _, v in find_bodies(spans[i].after, pack)):
            if not any(t.role == nxt[0].role for t in per_name[i]) and bare_committee_post(
                spans[i].after, nxt[0].role, pack
            ):
                # (a committee the grammar reads no name of, "Head of the Economic and Budget Committee", "zur
                # Leiterin des Wirtschafts- und Haushaltsausschusses", vi "giữ chức Trưởng Ban Kinh tế - Ngân sách":
                # no title at all alone; the same council's when the next name holds its role)
                per_name[i] = [*per_name[i], dataclasses.replace(nxt[0], former=False)]
            continue
        per_name[i] = [
            dataclasses.replace(t, org=nxt[0].org, level=nxt[0].level)
            if t.org == "other" and t.role == nxt[0].role and not t.foreign
            else t
            for t in per_name[i]
        ]


def _roster_items(fs: str, mentions, per_name, pack: Pack) -> None:
    """ "The Standing Board of the Provincial Fatherland Front Committee consists of: Chairman A; 2 Vice Chairmen: B and
    C", "Prezydium ... tworzą: przewodniczący A; 3 wiceprzewodniczących: B, C", "Ban Thường trực ... gồm: Chủ tịch A; 2
    Phó Chủ tịch: B, C": after a ``members_list`` cue and a colon, each item (up to a semicolon) opens with a bare role,
    maybe counted, and names its holders: the role of the body the cue follows (the last one written before it). A
    name's titles are replaced only when they are bare (ar 'الرئيس A' alone reads the State President)."""
    if not mentions:
        return
    opened = _roster_opened(fs, pack)
    if opened is None:
        _roster_counted(fs, mentions, per_name, pack)
        return
    head, start = fs[: opened[0]], opened[1]
    if any(m.start < start for m in mentions) or group_before(head, len(head), pack):
        return  # (nor a working group's: "Đoàn kiểm tra của Ban Thường vụ Tỉnh ủy gồm: Trưởng đoàn A; ...")
    bodies = find_bodies(head, pack)
    if not bodies:
        return
    body = head[bodies[-1][0] : bodies[-1][1] + (gazetteer.place_end(head[bodies[-1][1] :], 4) or 0)]
    for item in re.finditer(rf"[^{RE_SEMICOLONS}]+", fs[start:]):
        a, b = start + item.start(), start + item.end()
        inside = [i for i, m in enumerate(mentions) if a <= m.start < b]
        if not inside:
            continue
        text = fs[a : mentions[inside[0]].start]
        roles = find_roles(text, pack)
        # (the item opens with its role, a count or a conjunction at most before it, no body of its own)
        if not roles or find_bodies(text, pack) or re.search(r"[^\W\d_]{4,}", text[: roles[0][0]]):
            continue
        titles = read_titles(text[roles[0][0] : roles[-1][1]] + " " + body, pack)
        if not titles:
            continue
        for i in inside:
            if not per_name[i] or all(t.bare or t.org == "other" for t in per_name[i]):
                per_name[i] = list(titles)


def _roster_counted(fs: str, mentions, per_name, pack: Pack) -> None:
    """A roster with no colon after its cue, its first item a role right after it, a count at most before the role:
    "The Provincial People's Committee currently consists of 01 Chairman, Mr. A, and 03 Vice Chairmen: Mr. B, Mr. C and
    Mr. D" (de "besteht das Volkskomitee der Provinz derzeit aus 01 Vorsitzenden, Herrn A, und 03 stellvertretenden
    Vorsitzenden: Herrn B, ...", u-mt39de-01; fr "se compose actuellement de", es "está integrado actualmente por", pl
    "składa się obecnie z", ar "وتتكون ... من"). A cue's last word may stand apart from the rest (an adverb, the German
    body between). Each name takes the role of the last item opened before it (a conjunction, a count, the role,
    separators and an honorific between): the role of the body written before the items."""
    opened = _roster_cue(fs, pack)
    if opened is None:
        return
    (head, start), glue = (fs[: opened[0]], opened[0]), opened[1]
    if any(m.start < start for m in mentions) or group_before(head, len(head), pack):
        return
    bodies = find_bodies(head, pack)
    if not bodies:
        return
    body = head[bodies[-1][0] : bodies[-1][1] + (gazetteer.place_end(head[bodies[-1][1] :], 4) or 0)]
    titles, at = [], start
    for i, m in enumerate(mentions):
        gap = fs[at : m.start]
        roles = find_roles(gap, pack)
        if roles:
            r0, r1 = roles[-1][0], roles[-1][1]
            # (the item opens after the last separator before its role; the first right after the cue)
            lead = gap[:r0] if at == start else re.split(rf"[{RE_COMMAS}{RE_SEMICOLONS}]", gap[:r0])[-1]
            if (
                find_bodies(gap[r0:], pack)
                or _roster_residue(lead, pack, glue)
                or _roster_residue(gap[r1:], pack)
            ):
                return
            titles = read_titles(gap[r0:r1] + " " + body, pack)
        elif titles and _roster_residue(gap, pack):
            return
        at = m.end
        if titles and (not per_name[i] or all(t.bare or t.org == "other" for t in per_name[i])):
            per_name[i] = list(titles)
        elif titles:  # (a name's own apposition stays: "01 Chairman, Mr. A, Secretary of X, and ...")
            held = {(t.role, t.org) for t in per_name[i]}
            per_name[i] = per_name[i] + [t for t in titles if (t.role, t.org) not in held]


def _roster_cue(fs: str, pack: Pack) -> tuple[int, str] | None:
    """Where a colon-less roster's items start: right after a ``members_list`` cue (or its last word, written apart
    from the rest: an adverb, the body between) that a role follows, a count at most between; and the cue's last word
    (a preposition the next item repeats: "et de 03 vice-présidents")."""
    ends = [(cue.end(), cue.group().split()[-1]) for cue, _ in pack.cue("members_list").finditer(fs)]
    for wording in pack.cue("members_list").entries:
        words = wording.split()
        if len(words) < 2:
            continue
        first = re.search(rf"(?<!\w)\w?{re.escape(' '.join(words[:-1]))}(?!\w)", fs)
        if first is None:
            continue
        last = re.match(
            rf"[^{RE_COLONS}{RE_SEMICOLONS}.]{{0,80}}?(?<!\w){re.escape(words[-1])}(?!\w)", fs[first.end() :]
        )
        if last is not None:
            ends.append((first.end() + last.end(), words[-1]))
    for end, word in sorted(ends):
        roles = find_roles(fs[end : end + 80], pack)
        if roles and not _roster_residue(fs[end : end + roles[0][0]], pack):
            return end, word
    return None


def _roster_residue(text: str, pack: Pack, glue: str = "") -> bool:
    """Does ``text`` hold a word other than a roster's glue (a conjunction, a count, an honorific, separators, the
    cue's preposition repeated)?"""
    if glue:
        text = re.sub(rf"(?<!\w){re.escape(glue)}(?!\w)", " ", text)
    for kind in ("honorific", "courtesy", "conjunction", "cardinal"):
        for m, _ in pack.cue(kind).finditer(text):
            text = text[: m.start()] + " " * (m.end() - m.start()) + text[m.end() :]
    return re.search(r"[^\W\d_]{2,}", text) is not None


def _roster_opened(fs: str, pack: Pack) -> tuple[int, int] | None:
    """Where the header of a roster ends (its ``members_list`` cue's start) and its items start (after the colon): the
    cue then a colon ("consists of:", "gồm:"), or a cue of several words split around the body they name, its last
    word right before the colon (ar "وتتكون هيئة رئاسة لجنة ... من:", consists ... of)."""
    for cue, _ in pack.cue("members_list").finditer(fs):
        colon = re.match(rf"[^{RE_COLONS}{RE_SEMICOLONS}.]{{0,12}}?\s*[{RE_COLONS}]", fs[cue.end() :])
        if colon is not None:
            return cue.start(), cue.end() + colon.end()
    colon = re.search(rf"[{RE_COLONS}]", fs)
    if colon is None:
        return None
    before = fs[: colon.start()].rstrip()
    for wording in pack.cue("members_list").entries:
        words = wording.split()
        if len(words) < 2 or not before.endswith(" " + words[-1]):
            continue
        first = re.search(rf"(?<!\w)\w?{re.escape(words[0])}(?!\w)", before)  # (a clitic: "وتتكون")
        if first is not None and not re.search(rf"[{RE_SEMICOLONS}.]", before[first.end() :]):
            return len(before) - len(words[-1]), colon.end()
    return None


def _post_of_the_next_object(fs: str, mentions, per_name, pack: Pack) -> None:
    """A post written after a verb's first object, by a bare post noun ("من منصب", from the post of), is also that of
    the object a comma and a conjunction join after it, that name linked to no post of its own: "صوّت مجلس الشعب على
    إعفاء السيد A من منصب نائب رئيس اللجنة الشعبية الإقليمية (لترشيحه ...)، والسيد B (الذي تم نقله ...)" (both relieved
    of it: u-mt24ar-12, u-mt5ar-04 "إعفاء السيد A، t، من منصب عضو اللجنة الشعبية الإقليمية ...، والسيد B، t، بسبب
    التقاعد"). Not a relative clause's post ("A، الذي يشغل منصب P، والسيد B": the link is the verb's, no bare post
    noun), nor past another post noun or link, a role or a name between, parentheses aside."""
    nouns = pack.cue("post_noun")
    if not nouns.entries:
        return
    conj = pack.alternation("conjunction")
    for i in range(len(mentions) - 1):
        a, b = mentions[i], mentions[i + 1]
        gap = _blank_brackets(fs[a.end : b.start])
        link = next(
            (m for m, _ in pack.cue("title_link").finditer(gap) if _bare_post_noun(m.group(), nouns)), None
        )
        if link is None:
            continue
        posts = read_titles(gap[link.end() :], pack)
        if not posts or gap[link.end() : link.end() + posts[0].start].strip():
            continue
        post = posts[0]
        if (post.role, post.org) not in {(t.role, t.org) for t in per_name[i]}:
            continue
        between = gap[link.end() + post.end :]
        if any(True for _ in pack.cue("title_link").finditer(between)) or find_roles(between, pack):
            continue
        # (a comma, then the conjunction, alone or glued to the honorific, right before the name)
        tail = between.rstrip()
        honorific = next((h for h, _ in pack.cue("honorific").finditer(tail) if h.end() == len(tail)), None)
        if honorific is None:
            continue
        rest = tail[: honorific.start()].rstrip()
        glued = re.match(rf"(?:{conj})\w", honorific.group()) is not None
        # (a short preposition after the conjunction: fr "et de M. B", es "y del Sr. B")
        if not re.search(
            rf"[{RE_COMMAS}]\s*" + ("" if glued else rf"(?:{conj})(?:\s+\w{{1,3}})?") + "$", rest
        ):
            continue
        # (the name's own clause links it to no post: its appositions are its titles, a bracket is aside)
        nxt = mentions[i + 2].start if i + 2 < len(mentions) else len(fs)
        own = _blank_brackets(fs[b.end : nxt])
        if any(True for _ in pack.cue("title_link").finditer(own)):
            continue
        # (a clause of the name's own: a word right after it, "..., and Mr. B attended the meeting", is its verb)
        if re.match(r"\s*[^\W\d_]", own):
            continue
        if (post.role, post.org) not in {(t.role, t.org) for t in per_name[i + 1]}:
            per_name[i + 1] = per_name[i + 1] + [dataclasses.replace(post, start=0, end=0)]


def _bare_post_noun(link: str, nouns) -> bool:
    """Is the title link ``link`` a post noun, an article or a preposition of three letters at most before it ("منصب",
    "the position of", "du poste de"; not "held the position of", a verb's)?"""
    for noun, _ in nouns.finditer(link):
        if noun.end() == len(link) and all(len(w) <= 3 for w in link[: noun.start()].split()):
            return True
    return False


def _blank_brackets(text: str) -> str:
    """``text`` with what its round brackets hold written as spaces."""
    return re.sub(r"\([^()]*\)", lambda m: " " * len(m.group()), text)


_COMMISSIONS = frozenset({"inspection_commission", "party_commission"})


def _commission_named_before(fs: str, previous: str, mentions, spans, per_name, pack: Pack) -> None:
    """A post of "the Commission" alone, the commission named in full earlier in the sentence or in the one before:
    "The Congress elected 10 members to the provincial Party Committee's Commission for Inspection, and Ms. A was
    elected as Chairman of the Commission" (en-002), "Zjazd wybrał 10 członków do Komisji Kontroli ..., a pani A
    została wybrana na przewodniczącą Komisji", "présidente de la Commission", "presidenta de la Comisión",
    "Vorsitzenden der Kommission": the title, read as a commission of no name (head of "other"), is read again with
    that commission's name in place of the bare noun (chair of the inspection commission). Only a bare commission
    noun ending the title (no body of its own after it) and a party commission whose name holds the same noun."""
    for i, mention in enumerate(mentions):
        if not any(t.org == "other" and not t.foreign for t in per_name[i]):
            continue
        antecedent = _commission_before(fs[: mention.start], pack) or _commission_before(previous, pack)
        if antecedent is None:
            continue
        titles = []
        for t in per_name[i]:
            if t.org == "other" and t.role in ("head", "deputy_head") and not t.foreign:
                t = _renamed_commission(t, spans[i], antecedent, pack) or t
            titles.append(t)
        per_name[i] = titles
    _bare_committee_named_before(fs, previous, mentions, spans, per_name, pack)


def _bare_committee_named_before(fs: str, previous: str, mentions, spans, per_name, pack: Pack) -> None:
    """A role right after a name whose body is a bare committee noun ending the clause, no name of its own, where a
    language writes a commission with its committee noun (ar لجنة: committee and commission alike): "انتخب المؤتمر 9
    أعضاء في لجنة التفتيش التابعة للجنة الحزب الإقليمية، وانتُخب السيد A رئيسًا للجنة" (u-mt17ar-03, vi 'Chủ nhiệm Ủy
    ban Kiểm tra'): the title reads no body, or the clause's committee, so it is read again with the party commission
    named before it in the sentence (or the one before) for the bare noun: chair of the inspection commission. The
    bare noun and the commission's head word share the grammar's committee or commission feature."""
    for i, mention in enumerate(mentions):
        after = spans[i].after
        if not after:
            continue
        roles = find_roles(after, pack)
        bare = [b for b in find_bodies(after, pack, unnamed=True) if b[2][0] in (GENERIC, UNNAMED)]
        if not roles or not bare or after[: roles[0][0]].strip(" ،,") or bare[-1][0] < roles[0][1]:
            continue
        if after[bare[-1][1] :].strip(" .,;:)،؛") or len(find_bodies(after, pack)) > 0:
            continue
        noun = re.search(r"\w+$", after[: bare[-1][1]])
        kinds = grammar_features(noun.group(), pack) & {"committee", "commission"} if noun else set()
        antecedent = _commission_before(fs[: mention.start], pack) or _commission_before(previous, pack)
        if not kinds or antecedent is None:
            continue
        head = next(
            (m.start() for m in re.finditer(r"\w+", antecedent) if grammar_features(m.group(), pack) & kinds),
            None,
        )
        if head is None:
            continue
        again = read_titles(after[: noun.start()] + antecedent[head:], pack)
        if not again or again[0].org != "party_commission":
            continue
        new = dataclasses.replace(again[0], start=roles[0][0], end=bare[-1][1])
        per_name[i] = [t for t in per_name[i] if t.role != new.role] + [new]


def _commission_before(text: str, pack: Pack) -> str | None:
    """The last party commission ``text`` names, from the start of the word holding its noun ("komisji kontroli
    prowincjonalnego komitetu partii", "commission for inspection", "inspektionskommission")."""
    named = [b for b in find_bodies(text, pack) if b[2][0] in _COMMISSIONS]
    if not named:
        return None
    start, end, _ = named[-1]
    # (the noun may stand just before the body the grammar reads: pl "komisji | kontroli ...")
    word = re.search(r"\w+\W*$", text[max(0, start - 12) : start])
    lead = start - len(word.group()) if word else start
    return text[lead:end] if word and _commission_noun(word.group().strip(), pack) else text[start:end]


def _commission_noun(word: str, pack: Pack) -> bool:
    """Is ``word`` a commission noun of the pack's grammar ("commission", "komisji", "Kommission",
    "Inspektionskommission")?"""
    return "commission" in grammar_features(word, pack)


def _renamed_commission(title, span, antecedent: str, pack: Pack):
    """``title`` read again with ``antecedent`` for the bare commission noun ending it, when it names one."""
    for text in (span.after, span.before):
        own = text[title.start : title.end] if text and title.end <= len(text) else ""
        bare = [b for b in find_bodies(own, pack, unnamed=True) if b[2] == (GENERIC,)]
        if not bare or own[bare[-1][1] :].strip(" .,;:)"):
            continue
        noun = re.search(r"\w+$", own[: bare[-1][1]])
        if noun is None or not _commission_noun(noun.group(), pack):
            continue
        # (from the noun inside the antecedent, "commission for inspection", "komisji kontroli"; a compound, whole:
        # "Inspektionskommission")
        words = re.finditer(r"\w+", antecedent)
        at = next((m.start() for m in words if _commission_noun(m.group(), pack)), 0)
        name = antecedent[at:]
        again = read_titles(own[: noun.start()] + name, pack)
        if again and again[0].org == "party_commission":
            return dataclasses.replace(title, role=again[0].role, org=again[0].org, level=again[0].level)
    return None


def _titled_first_item(folded: str, mentions, spans, per_name, pack: Pack) -> None:
    """The first item of a list a conjunction closes, titled between commas, also holds the post linked after the
    list that every later item holds ("A, Chairman of X, Ms. B and Mr. C were appointed to continue to hold the
    position of Deputy Secretary", "Ông A, Chủ tịch UBND tỉnh, bà B và ông C được chỉ định tiếp tục đảm nhiệm chức danh
    Phó Bí thư Tỉnh ủy", "وتم تعيين السيد A، رئيس ...، والسيدة B، والسيد C لمواصلة تولي منصب نائب أمين", u-mt8ar-01):
    items joined by commas or the conjunction (maybe glued: "والسيد"), each maybe after an honorific; not a name a
    comma and a title separate from the next with no conjunction in the list ("هنأ A، رئيس ...، B على انتخابه أمينا":
    A congratulated B)."""
    # (a verb before the link: "zostali wyznaczeni do dalszego pełnienia funkcji")
    after = _linked_after_list(mentions, spans, pack, 45)
    if after is None:
        return
    last = len(mentions) - 1
    linked = [(t.role, t.org, t.level) for t in chained_after(read_titles(after, pack), after, pack)]
    if len(linked) != 1:
        return  # (none, or posts the names may hold in turn: "... of Secretary and Deputy Secretary")
    conj = pack.alternation("conjunction")
    honorifics = [pack.cue("honorific"), pack.cue("courtesy")]

    def separator(gap: str) -> bool | None:
        """Whether a conjunction joins the two names a list separator between them (a comma, the conjunction,
        maybe glued to the next item's honorific: "، والسيدة", " and Mr. ") parts, else None."""
        m = re.match(rf"\s*[{RE_COMMAS}]?\s*", gap)
        pos, joined = m.end(), False
        c = re.match(rf"(?:{conj})(?:\s+|(?=\w))", gap[pos:])
        if c:
            pos, joined = pos + c.end(), True
        for lex in honorifics:
            h = lex.match_at(gap, pos)
            if h is not None:
                pos = h[0].end()
                break
        return joined if not gap[pos:].strip() and (joined or m.group().strip()) else None

    joined = False
    for i in range(last, 0, -1):
        gap = folded[mentions[i - 1].end : mentions[i].start]
        own = re.match(rf"\s*[{RE_COMMAS}]([^{RE_COMMAS}]+)[{RE_COMMAS}]", gap)
        if own is not None and chained(read_titles(own.group(1), pack), own.group(1), pack):
            # the first item, titled between commas: the list's posts are its too, when a conjunction closes it
            sep = separator(gap[own.end() - 1 :])  # (from its closing comma)
            holders = range(i, last + 1)
            if (
                sep is not None
                and (joined or sep)
                and all(
                    all(any((t.role, t.org, t.level) == k for t in per_name[j]) for k in linked)
                    for j in holders
                )
            ):
                per_name[i - 1] = per_name[i - 1] + [
                    t
                    for t in chained_after(read_titles(after, pack), after, pack)
                    if all((t.role, t.org) != (u.role, u.org) for u in per_name[i - 1])
                ]
            return
        sep = separator(gap)
        if sep is None:
            return
        joined = joined or sep


def _semicolon_items(folded: str, mentions, spans, per_name, pack: Pack) -> None:
    """A post written before a list of names joined by semicolons, each with its own title after it, is every
    listed name's ("zatwierdzające wyniki wyborów na stanowisko członka Prowincjonalnego Komitetu Ludowego pana A,
    dyrektora Departamentu X; pana B, dyrektora Departamentu Y", u-mt7pl-02; "the election of members of the
    Provincial People's Committee of Mr. A, Director of X; Mr. B, Director of Y"): the first name's titles written
    before it go to every next name whose item is the name (an honorific before it) and its titles, the previous
    item closed by a semicolon; not an item titled before its name ("Chủ tịch A, t1; Phó Chủ tịch B, t2": each
    item writes its own post), nor when the first name has no title after it."""
    if len(mentions) < 2 or not spans[0].after:
        return
    before = spans[0].before
    shared = chained(read_titles(before, pack), before, pack, True) if before else []
    if not shared:
        # (or a header of comrades of a party body: "towarzysze ze Stałego Komitetu ...: A, t1; B, t2")
        shared = _comrades_of(folded[: mentions[0].start], pack)
        if not shared:
            return
        per_name[0] = per_name[0] + [
            s for s in shared if all((s.role, s.org) != (t.role, t.org) for t in per_name[0])
        ]
    elif spans[0].adjacent and not any(
        m.end() <= shared[0].start and not before[m.end() : shared[0].start].strip()
        for m, _ in pack.cue("title_link").finditer(before)
    ):
        return  # the first name's own title written right against it ("Bí thư Tỉnh ủy A, t1; ông B, t2"), not a
        # post a link gives ("na stanowisko członka Komitetu pana A")
    for i in range(1, len(mentions)):
        gap = folded[mentions[i - 1].end : mentions[i].start]
        cut = max(gap.rfind(c) for c in SEMICOLONS)
        if cut < 0 or not spans[i].after or not per_name[i - 1] or not per_name[i]:
            return
        item = _blank_honorifics(gap[cut + 1 :], pack)
        for kind in ("courtesy", "rank"):  # ("pana": Mr, in the oblique cases; "colonel", "Oberst": a rank)
            for courtesy, _ in pack.cue(kind).finditer(item):
                item = item[: courtesy.start()] + " " * len(courtesy.group()) + item[courtesy.end() :]
        own = gap[:cut]
        if (
            item.strip()
            or not re.match(rf"\s*[{RE_COMMAS}]", own)
            or not chained_after(read_titles(own, pack), own, pack)
        ):
            return  # another clause, or a title written before the name
        per_name[i] = per_name[i] + [
            s for s in shared if all((s.role, s.org) != (t.role, t.org) for t in per_name[i])
        ]


def _comrades_of(before: str, pack: Pack) -> list:
    """The membership a list's header of comrades of a party body gives each listed name: "uczestniczyli towarzysze ze
    Stałego Komitetu Prowincjonalnego Komitetu Partii: A, t1; B, t2", "comrades in the Provincial Party Standing
    Committee: A, t1; B, t2" (vi "các đồng chí trong Ban Thường vụ Tỉnh ủy: ...", a role the vi pack writes; mt32): a
    ``comrade`` word, a word or two, the body and its owner, then the colon that opens the list; none when anything else
    stands between (a role: the header's own post, read as a title), but for a word closing an attending verb."""
    head = before.rstrip()
    if not head or head[-1] not in COLONS:
        return []
    head = head[:-1]
    comrades = [m for m, _ in pack.cue("comrade").finditer(head)]
    if not comrades:
        return []
    rest = head[comrades[-1].end() :]
    bodies = find_bodies(rest, pack)
    if not bodies or len(rest[: bodies[0][0]].split()) > 2 or find_roles(rest, pack):
        return []
    tail = gazetteer.blank_places(rest[bodies[-1][1] :]).split()
    # (a word closing the attending verb before it at most: de "nahmen die Genossen des Ständigen Ausschusses ... teil:")
    attending = any(True for _ in pack.cue("attend").finditer(head, 0, comrades[-1].start()))
    if len(tail) > (1 if attending else 0) or re.search(rf"[{RE_COMMAS}{RE_SEMICOLONS}]", rest):
        return []
    if any(True for _ in pack.cue("conjunction").finditer(rest)):
        return []  # (others listed too: "comrades from the Standing Committee ... and leaders of departments:"; review24)
    return _member_titles(rest[bodies[0][0] :], pack)


def _elected_together(folded: str, mentions, spans, per_name, pack: Pack) -> None:
    """A plural post a title link gives after a list of names each titled after it ("Tran Thanh Man, membre du
    Bureau politique ; Nguyen Khac Dinh, membre du Comité central ; Tran Quang Phuong, membre du Comité central,
    ont été élus vice-présidents de l'AN", u-fr-0024; "A, t1; B, t2, fueron elegidos vicepresidentes") is every
    listed name's: the link after the last name's own titles, a plural role right after it, and before the last
    name only items that are a name and its titles."""
    last = len(mentions) - 1
    tail = folded[mentions[last].end :] if last >= 1 else ""
    if not spans[last].after or not re.match(rf"\s*[{RE_COMMAS}]", tail):
        return
    conj = pack.alternation("conjunction")

    def joined(
        i: int,
    ) -> bool:  # ("...; B y C, t1, t2, fueron reelegidos vicepresidentes": one item for both)
        return (
            i >= 1
            and re.fullmatch(rf"\s+{conj}\s+", folded[mentions[i - 1].end : mentions[i].start]) is not None
        )

    link = next(iter(m for m, _ in pack.cue("title_link").finditer(tail)), None)
    if link is None or not _titles_item(tail[: link.start()], pack, joined(last)):
        return
    rest = tail[link.end() :]
    start = len(rest) - len(rest.lstrip())
    if pack.cue("plural").match_at(rest, start) is None and (
        not _and_last(folded, mentions, pack) or relative_before(tail, 0, link.start(), pack)
    ):
        # one post for one person ("A, t1; B, t2, a été élu président"; a relative clause of the last name's: "y B,
        # t2, quien fue nombrado subsecretario")
        return
    linked = chained_after(read_titles(rest, pack), rest, pack)
    if not linked:
        return
    items = [last]
    for i in range(last, 0, -1):
        gap = folded[mentions[i - 1].end : mentions[i].start]
        if not joined(i) and (not spans[i - 1].after or not _titles_item(gap, pack, joined(i - 1))):
            break  # the words before the next name are no item of the list: another clause
        items.append(i - 1)
    if len(items) < 2:
        return
    for i in items:
        # (the standing deputy among them holds no second, plain deputy's post)
        per_name[i] = per_name[i] + [
            t
            for t in linked
            if not any(u.role in (t.role, "standing_" + t.role) and u.org == t.org for u in per_name[i])
        ]


def _released_together(folded: str, mentions, spans, per_name, pack: Pack) -> None:
    """The post a ``released_from`` cue writes after a list of names each titled after it, the last joined by a
    conjunction, is every listed name's: "صوّتت الدورة على إعفاء السيدة A، t1؛ والسيد B، t2؛ والسيد C، t3، من عضوية
    اللجنة الشعبية الإقليمية" (relieved A, B and C of their membership of the Provincial People's Committee,
    u-mt26ar-05), "dismissed A, t1; B, t2; and C, t3, from the post of Vice Chairman", as "A, t1; B, t2, fueron elegidos
    vicepresidentes" (``_elected_together``); the cue's own words may be the post ("من عضوية", of membership). Before the
    last name only items that are a name and its titles."""
    last = len(mentions) - 1
    if last < 1 or not spans[last].after or not _and_last(folded, mentions, pack):
        return
    tail = folded[mentions[last].end :]
    if not re.match(rf"\s*[{RE_COMMAS}]", tail):
        return
    cue = next(iter(m for m, _ in pack.cue("released_from").finditer(tail)), None)
    # (a title the former word opens is an item's too: "، المديرة السابقة لإدارة الصحة؛ و", "، former Director of ...;",
    # the last name's as the others': "and Mr. C, former Director of ..., from membership of")
    if cue is None or not _former_item(tail[: cue.start()], pack):
        return
    rest = tail[cue.start() :]
    # (the post right at the cue or after it, nothing else between: "من عضوية اللجنة", "from the post of Vice Chairman")
    posts = [t for t in read_titles(rest, pack) if not rest[cue.end() - cue.start() : t.start].strip()]
    posts = posts or [t for t in read_titles(rest, pack) if t.start < cue.end() - cue.start()]
    if not posts:
        return
    post = posts[0]
    items = [last]
    for i in range(last, 0, -1):
        gap = folded[mentions[i - 1].end : mentions[i].start]
        if not spans[i - 1].after or not _former_item(gap, pack):
            break  # the words before the next name are no item of the list: another clause
        items.append(i - 1)
    if len(items) < 2:
        return
    for i in items:
        # (the standing deputy among them holds no second, plain deputy's post)
        if not any(u.role in (post.role, "standing_" + post.role) and u.org == post.org for u in per_name[i]):
            per_name[i] = per_name[i] + [dataclasses.replace(post, start=0, end=0)]


def _ends_with_link(text: str, pack: Pack) -> bool:
    """Does ``text`` end with a ``title_link`` cue, short words at most after it ("was appointed as", "giữ chức")?"""
    for m, _ in pack.cue("title_link").finditer(text):
        if all(len(w) <= 3 for w in re.findall(r"[^\W\d_]+", text[m.end() :])):
            return True
    return False


def _aide_titles(folded: str, mentions, per_name, pack: Pack) -> None:
    """An assistant of a named leader ("ông A, Trợ lý đồng chí B, Ủy viên Bộ Chính trị, Thủ tướng Chính phủ", "Mr. A,
    assistant to Comrade B, ..., Prime Minister", "asistente del camarada B"): a name an ``aide`` cue stands right
    before (a few words between: its honorific) is the principal; the name before it that is no principal itself (the
    aide, also after a link: "giữ chức Trợ lý đồng chí C") holds a post of the Government when the principal's
    titles are the Government's (other/government/central, as "Trợ lý Thủ tướng"). An aide of another leader is
    given none. The aide's mention stands right before the cue, its own titles between, or a title link ends there
    ("giữ chức Trợ lý đồng chí C"); not "ông A, Bí thư Tỉnh ủy, cảm ơn Trợ lý đồng chí B" (an unnamed assistant).
    A role written between the cue and the principal's name ("Trợ lý Tổng Bí thư Tô Lâm") is the principal's own,
    which the title reader gave as an assistant's (other: titles._aide_before): given back."""
    principals = set()
    for i in range(len(mentions)):
        gap = folded[mentions[i - 1].end if i else 0 : mentions[i].start]
        cue = None
        for m, _ in pack.cue("aide").finditer(gap):
            cue = m
        if cue is None:
            continue
        rest = gap[cue.end() :]
        if re.search(rf"[{RE_COMMAS}{RE_SEMICOLONS}.]", rest):
            continue
        own = read_titles(rest, pack) if rest.strip() else []
        if own and len(re.findall(r"[^\W\d_]+", rest[own[-1].end :])) > 3:
            own = []  # (the role's title runs up to the name: "Assistant to the Chairman of the PPC Tran Van B")
        if len(re.findall(r"[^\W\d_]+", rest)) > 3 and not own:
            continue
        principals.add(i)
        if own:  # "Trợ lý Tổng Bí thư Tô Lâm": To Lam is the General Secretary
            keys = {(t.org, t.level) for t in own}
            per_name[i] = [t for t in per_name[i] if not (t.role == "other" and (t.org, t.level) in keys)]
            per_name[i] += [t for t in own if t not in per_name[i]]
        posts = [t for t in per_name[i] if t.org == "government"]
        aide = next(
            (k for k in range(i - 1, -1, -1) if k not in principals and mentions[k].name != mentions[i].name),
            None,
        )
        if not posts or aide is None:
            continue
        between = folded[mentions[aide].end : mentions[i - 1].end + cue.start()]  # (i > 0: an aide before)
        lead = re.split(rf"[{RE_COMMAS}{RE_SEMICOLONS}{RE_DASHES}(]", between)[-1]
        if lead.strip() and not _ends_with_link(lead, pack):
            continue  # "ông A, Bí thư Tỉnh ủy, cảm ơn Trợ lý đồng chí B": the assistant is not named
        post = dataclasses.replace(posts[0], role="other", former=False)
        if not any((t.role, t.org, t.level) == ("other", "government", post.level) for t in per_name[aide]):
            per_name[aide] = per_name[aide] + [post]


def _and_last(folded: str, mentions, pack: Pack) -> bool:
    """Does the conjunction open the last item of a list of names (maybe glued to its honorific: "، والسيد فو كويت
    تيان، ..."; "..., and Mr. C, t, continued to be elected to the position of Deputy Secretary"): the names one
    subject, the post linked after the list each one's even written in the singular, as the source's is?"""
    gap = folded[mentions[-2].end : mentions[-1].start]
    # (a courtesy title in an oblique case too: pl "..., oraz pana C")
    conj = pack.alternation("conjunction")
    honorific = f"{pack.alternation('honorific')}|{pack.alternation('courtesy')}"
    return (
        re.search(rf"[{RE_COMMAS}{RE_SEMICOLONS}]\s*(?:{conj})(?:\s+|(?=\w))(?:(?:{honorific})\s*)?$", gap)
        is not None
    )


def _former_blanked(text: str, pack: Pack) -> str:
    """``text`` with its ``former`` and ``former_after`` cues blanked (a title they open is a list item's titles too)."""
    for kind in ("former", "former_after"):
        for m, _ in pack.cue(kind).finditer(text):
            text = text[: m.start()] + " " * (m.end() - m.start()) + text[m.end() :]
    return text


def _former_item(gap: str, pack: Pack) -> bool:
    """Is ``gap`` a list item's titles, its former words blanked ("، المديرة السابقة لإدارة الصحة؛ و") or kept where
    a role's wording holds them ("، القائد السابق للقيادة العسكرية الإقليمية، و": the former commander, mt31)?"""
    return _titles_item(_former_blanked(gap, pack), pack) or _titles_item(gap, pack, reason=True)


def _titles_item(gap: str, pack: Pack, several: bool = False, reason: bool = False) -> bool:
    """Is ``gap`` (the text from a name to the next name or a link) a list item's titles: a comma, titles each
    opening with a role (a plural one too for ``several`` names: "B y C, miembros del ..., vicepresidentes ..."),
    a closing separator (a conjunction, an honorific after it)? With ``reason``, a part may also open with a ``reason``
    cue, why the name goes ("، بسبب التقاعد وفقًا للوائح، والسيد", ", due to retirement, and Mr.")."""
    conj = pack.alternation("conjunction")
    # (the next item's honorific after the separator: "... du Parti ; M. B"; or its courtesy title in an oblique case,
    # pl "..., w związku z przejściem na emeryturę, oraz pana B")
    honorific = f"{pack.alternation('honorific')}|{pack.alternation('courtesy')}"
    # (the conjunction glued to the honorific in Arabic: "، والسيد")
    sep = re.search(
        rf"[{RE_COMMAS}{RE_SEMICOLONS}]\s*(?:(?:{conj})\s+|(?:{conj})(?=(?:{honorific})))?(?:(?:{honorific})\s*)?$",
        gap,
    )
    if not sep or not re.match(rf"\s*[{RE_COMMAS}]", gap):
        return False
    parts = [p for p in re.split(rf"[{RE_COMMAS}{RE_SEMICOLONS}]", gap[: sep.start()]) if p.strip()]

    def opens(part: str) -> bool:
        if several:
            return any(r0 <= 2 for r0, _, _ in find_roles(part.strip()[:40], pack))
        return _opens_with_role(part, pack) or (
            reason and pack.cue("reason").match_at(part.strip(), 0) is not None
        )

    return bool(parts) and all(opens(p) for p in parts)


_COMMA_BEFORE = re.compile(rf"[{RE_COMMAS}]\s*$")


def _honorific_opens(folded: str, mentions, i: int, pack: Pack) -> bool:
    """Does mention ``i``'s list item open with its honorific ("؛ الرفيق تران كام تو"), not with a
    title before a rank ("..., wiceprzewodniczący Zgromadzenia Narodowego generał <name>")?"""
    between = folded[mentions[i - 1].end : mentions[i].start]
    item = re.split(rf"[{RE_COMMAS}{''.join(SEMICOLONS)}]", between)[-1].lstrip()
    if _COMMA_BEFORE.search(between[: len(between) - len(item)] if item else between):
        return False  # (after a comma the honorific is the list's own: "są: A (...), pan B (...)")
    words = item.split()
    if words and opens_item(words[0], pack):
        item = item[len(words[0]) :].lstrip()
    # (a military rank is part of how the item writes its name: "؛ الجنرال X، وزير الدفاع")
    ranks = {m.end() for m, _ in pack.cue("rank").finditer(item) if m.start() == 0}
    return any(m.start() == 0 and m.end() not in ranks for m, _ in pack.cue("honorific").finditer(item))


def _titled_item(folded: str, mentions, i: int, pack: Pack) -> bool:
    """Does mention ``i`` open an item of its own after a semicolon, its title written right
    before it ("...; członek Biura Politycznego i premier <name>")?"""
    between = folded[mentions[i - 1].end : mentions[i].start]
    cut = max(between.rfind(c) for c in SEMICOLONS)
    if cut < 0:
        return False
    item = between[cut + 1 :]
    return bool(chained(read_titles(item, pack), item, pack))


# the posts that only a holder of another one holds: a Politburo member's (the Standing member of the Secretariat,
# the General Secretary, the State President, the Prime Minister, the Chairman of the National Assembly)
_IMPLIED = {
    ("member", "politburo"): {
        ("standing_member", "secretariat"),
        ("general_secretary", "communist_party"),
        ("state_president", "other"),
        ("prime_minister", "government"),
        ("chair", "national_assembly"),
    }
}


def _implies_header(own, shared) -> bool:
    """Does an item's own title imply a post of the list's header, so that the item, written after a semicolon
    with its title, is still one of the header's ("Politburo members: President A, Prime Minister B; Standing
    member of the Secretariat C; and National Assembly Chairman D", review7 item 6)?"""
    # (not a former post, nor another country's: "; former Prime Minister A", "; Lao President B")
    posts = {(t.role, t.org) for t in own if not t.former and not t.foreign}
    return any(posts & _IMPLIED.get((s.role, s.org), set()) for s in shared)


def _comma_joined(folded: str, mentions, listed: list[int], i: int) -> bool:
    """Were the items of a list before mention ``i`` joined without a semicolon (a comma, a conjunction), at
    least two of them, where a semicolon stands before ``i``?"""
    before = [k for k in listed if k < i]
    return len(before) >= 2 and all(
        not any(c in folded[mentions[k - 1].end : mentions[k].start] for c in SEMICOLONS) for k in before[1:]
    )


def _continues(folded: str, mentions, i: int, pack: Pack) -> bool:
    """Is mention ``i`` written as the next item of the same list ("؛ والسيد …", "; and Mr …")?"""
    between = folded[mentions[i - 1].end : mentions[i].start]
    item = re.split(rf"[{RE_COMMAS}{''.join(SEMICOLONS)}]", between)[-1].split()
    return bool(item) and opens_item(item[0], pack)


def _dedupe_metrics(out: Extraction, folded: list[str] | None = None, pack: Pack | None = None) -> None:
    """A figure repeated as written (headline, caption, body) is one fact; keep its fullest mention.
    A count repeated with other words in another sentence ("14 Berichte und Resolutionen" ... "14
    wichtigen Resolutionen") is one fact too, not a count of delegates and one of other people or things ("2 comrades
    were elected deputy secretaries" ... "2 alternate delegates"), and two equal counts of one sentence are two ("targeted
    6 communes ... only 6 communes achieved", "1 chủ tịch UBND huyện; ..., 1 Trưởng phòng"); a sum repeated
    with the same change ("42.000 billones de VND, un crecimiento del 11,51%" ... "42 billones de VND
    un crecimiento del 11,51%") is one fact; two equal sums without a change may be two grants. The tallies of
    two votes are two facts ("100% of the delegates elected A" ... "100% of the delegates voted to relieve B"), and
    a fraction's number is no count another sentence writes ("1635 houses collapsed" ... "971/1635 houses rebuilt")."""
    best: dict[tuple, int] = {}
    # the same figure written twice in one sentence is two ("42% du PIB et 42% du budget"): the
    # n-th of a sentence merges only with the n-th of another
    nth: dict[tuple, int] = {}
    keys = []
    # the tally of a sentence that reports a vote (100%, a/b) is that vote's ("100% of the delegates elected A ..."
    # and, later, "100% of the delegates voted to relieve B ..."; "55/55 votes" for each post): its own fact, but for
    # the title's, which merges with the first, and one of a sentence that names an official an earlier tally's
    # sentence names too (the same vote told again: "100% of the delegates elected A" ... "As a result, 100% of the
    # delegates present elected A")
    voted = {i for i, f in enumerate(folded) if votes_reported(f, pack)} if folded and pack else set()
    # (a sentence a retell cue opens, reporting a vote or what one adopts, tells the last vote again: "passing 15
    # resolutions with 100% of delegates in favour. ... As a result, the resolutions were passed with 100% of the
    # delegates present", neither naming an official; not "As a result, 100% of the communes met the criteria")
    retold = {
        i
        for i, f in enumerate(folded)
        if voted
        and pack.cue("retell").match_at(f, 0) is not None
        and (i in voted or any(True for _ in pack.documents.finditer(f)))
    }
    tallies = [m.sentence in voted and m.sentence > 0 and is_tally(m) for m in out.metrics]
    named = {
        i: {o.name for o in out.officials if o.surface in out.sentences[i] or o.name in out.sentences[i]}
        for i in {m.sentence for m in out.metrics if is_tally(m)}
    }
    told: dict[tuple, list[int]] = {}  # (value, unit) -> the sentences of its votes, in order
    # (value, unit) -> the vote of the last such tally whose sentence names nobody
    unnamed: dict[tuple, int] = {}
    votes = []
    for m, tally in zip(out.metrics, tallies, strict=True):
        vote = -1
        unnamed_tally = m.sentence > 0 and is_tally(m) and not named[m.sentence]
        if unnamed_tally and m.sentence in retold and (m.value, m.unit) in unnamed:
            vote = unnamed[m.value, m.unit]  # (told again)
        elif tally:
            earlier = told.setdefault((m.value, m.unit), [])
            vote = next((j for j in earlier if j == m.sentence or named[j] & named[m.sentence]), m.sentence)
            if vote == m.sentence and m.sentence not in earlier:
                earlier.append(m.sentence)
        if unnamed_tally:
            unnamed[m.value, m.unit] = vote
        votes.append(vote)
    for m, vote in zip(out.metrics, votes, strict=True):
        # (a count's words may differ; a fraction's number merges only with the same fraction's: "21/23
        # dénonciations" is no "23/23 comités" told again)
        written = _fraction_written(m.surface) if m.unit in _COUNTS else fold(m.surface)
        n = nth[m.value, m.unit, written, m.sentence] = (
            nth.get((m.value, m.unit, written, m.sentence), -1) + 1
        )
        if m.sentence == 0:
            vote = next(iter(told.get((m.value, m.unit), [])), -1)
        # (a count of delegates is no other count told again: "2 towarzyszy ... zostało wybranych na zastępców
        # sekretarza" ... "17 delegatów oficjalnych i 2 delegatów zastępczych", two facts)
        delegates = m.unit in _COUNTS and m.indicator == "delegates"
        keys.append((m.value, m.unit, written, n, vote, delegates))
    for i, (m, key) in enumerate(zip(out.metrics, keys, strict=True)):
        if key not in best or (out.metrics[best[key]].change_pct is None and m.change_pct is not None):
            best[key] = i
    # (a count written alike in another sentence whose members change the other way is its own fact: "approved the
    # addition of 2 members of X" ... "approved the dismissal of 2 members of X", vi "bổ sung 2 Ủy viên" ... "miễn
    # nhiệm 2 Ủy viên"; a count told again with no change word, or the same one, merges as before)
    rosters = [_roster(m, folded, pack) for m in out.metrics]
    kept_ways: dict[tuple, set[str]] = {}
    for i, key in enumerate(keys):
        if best[key] == i and rosters[i]:
            kept_ways.setdefault(key, set()).add(rosters[i])
    for i, key in enumerate(keys):
        way = rosters[i]
        if best[key] != i and way and rosters[best[key]] and way not in kept_ways.get(key, set()):
            kept_ways[key].add(way)
            best[key, way] = i
    chosen = set(best.values())
    out.metrics = [m for i, m in enumerate(out.metrics) if i in chosen]
    changed = {(m.value, m.unit, m.change_pct) for m in out.metrics if m.unit != "percent" and m.change_pct}
    seen = set()
    kept = []
    for m in out.metrics:
        key = (m.value, m.unit, m.change_pct)
        if key in changed and key in seen:
            continue  # the same sum with the same change, written twice
        seen.add(key)
        kept.append(m)
    out.metrics = kept


_COUNTS = frozenset({"count", "persons"})


def _roster(m, folded: list[str] | None, pack: Pack | None) -> str | None:
    """The way a count of a body's members changes, by a ``roster`` cue right before it (two words at most between):
    'in' ("the addition of 2 members"), 'out' ("the dismissal of 2 members") or None."""
    if m.unit not in _COUNTS or not folded or pack is None or m.sentence >= len(folded):
        return None
    text = folded[m.sentence]
    at = text.find(fold(m.surface))
    if at < 0:
        return None
    window = text[max(0, at - 40) : at]
    found = [(c, values) for c, values in pack.cue("roster").finditer(window)]
    if not found or len(window[found[-1][0].end() :].split()) > 2:
        return None
    return found[-1][1][0] if found[-1][1] else None


_FRACTION = re.compile(r"\d[\d.,\s]*/\s*\d[\d.,]*")


def _fraction_written(surface: str) -> str:
    """The fraction a count's surface writes, its spaces left out ("21/23" of "21/23 dénonciations"), else ""."""
    if "/" not in surface:
        return ""
    hit = _FRACTION.search(surface)
    return re.sub(r"\s", "", hit.group()) if hit else "/"


def _people(mentions: list[NameMention], folded: str, pack: Pack) -> list[NameMention]:
    """The names of a sentence (``folded``) that are people's: not a place's name written right after a ``venue``
    noun, only spaces between ("في قاعة تون دوك ثانغ، السيد A", "Tại hội trường Tôn Đức Thắng, ông A", "dans la salle
    Ton Duc Thang, M. A": the hall is named after the late president), nor right before one valued ``after`` ("Ton
    Duc Thang Hall")."""
    venues = pack.cue("venue")
    if not mentions or not venues:
        return mentions
    hits = list(venues.finditer(folded))
    if not hits:
        return mentions
    return [m for m in mentions if not any(_names_venue(folded, m, hit, values) for hit, values in hits)]


def _names_venue(folded: str, mention: NameMention, hit, values) -> bool:
    """Does the ``venue`` noun ``hit`` stand right before ``mention`` (right after it when valued ``after``), only
    spaces between?"""
    if values[:1] == ("after",):
        return hit.start() >= mention.end and not folded[mention.end : hit.start()].strip()
    return hit.end() <= mention.start and not folded[hit.end() : mention.start].strip()


def _vacant_clause(before: str, pack: Pack) -> tuple[int, int] | None:
    """The clause of ``before`` (the text before a name) a ``vacant`` cue opens, up to its end (a comma, or the name):
    'Pending the filling of the post of Secretary of the Mong Cai City Party Committee, comrade A, Standing Deputy
    Secretary ...', 'Bis zur Besetzung des Amtes des Sekretärs ... wurde Genosse A', 'Trong thời gian chưa kiện toàn
    chức danh Bí thư Thành ủy, đồng chí A': the post it names is nobody's yet (vi u-vi-1043).

    >>> from kg.lang import load_pack
    >>> _vacant_clause("Pending the filling of the post of Secretary of the Party Committee, comrade ", load_pack("en"))
    (0, 67)
    """
    if not pack.cue("vacant").entries:
        return None
    found = [m for m, _ in pack.cue("vacant").finditer(fold(before))]
    if not found:
        return None
    comma = re.search(rf"[{RE_COMMAS}]", before[found[-1].end() :])
    return found[-1].start(), found[-1].end() + comma.start() if comma else len(before)


def _birth_blanked(span, pack: Pack) -> str:
    """``span.after`` with the clause of the name's birth blanked, when a birth verb stands right before the name,
    only honorifics between (a verb-first language: ar 'وُلد السيد A عام 1972، وشغل منصب ...', born in 1972, and held
    the post of): the year or place up to the comma is the birth's, as 'A sinh năm 1972, từng giữ chức ...' after the
    name (``titles._born_or_aged``), so the posts after the comma are the name's.

    >>> from kg.lang import load_pack
    >>> ar = load_pack("ar")
    >>> class S: after, before = " عام 1972، وشغل منصب امين", "ولد السيد "
    >>> _birth_blanked(S, ar).strip()
    '، وشغل منصب امين'
    >>> S.before = "التقى "
    >>> _birth_blanked(S, ar).strip()
    'عام 1972، وشغل منصب امين'
    """
    after = span.after
    tail = span.before[-30:]
    born = [m for m, _ in pack.cue("born").finditer(tail)]
    if not after or not born:
        return after
    rest = tail[born[-1].end() :]
    for m, _ in pack.cue("honorific").finditer(rest):
        rest = rest[: m.start()] + " " * len(m.group()) + rest[m.end() :]
    comma = re.search(rf"[{RE_COMMAS}]", after)
    if rest.strip() or comma is None:
        return after
    clause = after[: comma.start()]
    # (the birth's year or place, a few words and no post: not 'وُلد السيد A أمين لجنة ...')
    if len(clause.split()) > 6 or any(True for _ in find_roles(clause, pack)):
        return after
    return " " * len(clause) + after[comma.start() :]


def _has_honorific(folded: str, mention: NameMention, pack: Pack) -> bool:
    window = folded[max(0, mention.start - 16) : mention.start]
    return any(True for _ in pack.cue("honorific").finditer(window))


def _courtesy_only(folded: str, mention: NameMention, pack: Pack) -> bool:
    """Is every honorific right before the name a courtesy title (a ``courtesy`` cue: Mr, Mrs)?"""
    courtesy = pack.cue("courtesy")
    window = folded[max(0, mention.start - 16) : mention.start]
    found = [m.group() for m, _ in pack.cue("honorific").finditer(window)]
    return bool(found) and all(courtesy.get(w) is not None for w in found)


def _dedupe_documents(out: Extraction) -> None:
    """One document once; "Resolution 18" is the same as "18-NQ/TW" cited in the article."""
    coded = {
        (d.kind, re.split(r"[-/]", d.number)[0]) for d in out.documents if d.number and not d.number.isdigit()
    }
    # "Resolution No. 11 of the 13th Central Committee" and "the Resolution of the 11th Plenum of the 13th
    # Central Committee" cited in the same article: the plenum's resolution, named by its plenum
    plenums = {
        (d.kind, str(d.session)) for d in out.documents if d.session is not None and d.term is not None
    }
    seen = set()
    docs = []
    for d in out.documents:
        key = (d.kind, d.number, d.session, d.term)
        if key in seen or (d.number and d.number.isdigit() and (d.kind, d.number) in coded | plenums):
            continue
        seen.add(key)
        docs.append(d)
    out.documents = docs
