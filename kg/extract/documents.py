"""Numbered documents (18-NQ/TW, 140/2017/ND-CP, Plan No. 26) and documents named by a
congress or plenum (Resolution of the 8th Plenum of the 13th Central Committee)."""

from __future__ import annotations

from functools import cache
from importlib import resources
from pathlib import Path

import kg.rx as re
from kg import tables
from kg.extract.grammar import current_acronyms, find_bodies, find_roles, grammar_features
from kg.extract.numbers import roman
from kg.gazetteer import find_places
from kg.lang import Pack
from kg.memo import Memo
from kg.model import Document
from kg.script import RE_COMMAS, RE_SEMICOLONS
from kg.text import Sentence, fold

__all__ = ["citation_spans", "find_documents"]

_DATA = Path(str(resources.files("kg"))) / "data"

# 18-NQ/TW, 100 - KL/TW, 57 – NQ/TW (a word processor's dash), 60-NQ/TƯ, 1708-QD/TU, 43-CV/BCĐ ; 140/2017/ND-CP
# 21/NQ-HĐND, 634/TB-VPCP, 71/NQ-CP, 1234/QD-TTg, 1902/NQ-UBTVQH15 ; 202/2025/QH15
# (Arabic writes "and" against the next code: "57-NQ/TW و59-NQ/TW"; a text wrapped by hand breaks a line after the
# hyphen, "21/NQ-" + "HĐND", which ``kg.text.unwrap`` makes a space: one space or line break after it)
_CODE = re.compile(
    r"(?:(?<![\w/])|(?<=\sو))(?:(\d{1,4})\s*[-–—]\s*([A-ZĐƯ][A-Za-zĐƯ]{0,3})\s*/\s*([A-ZĐƯ]{1,8}))"
    r"|(?:(\d{1,4})/((?:19|20)\d\d)/([A-ZĐ]{1,4})-\s?([A-ZĐ][A-Za-zĐ]{0,7}))"  # 18/2022/QD-TTg
    r"|(?:(\d{1,4})/([A-ZĐ][A-Za-zĐ]{0,3})-\s?([A-ZĐƯ][A-Za-zĐƯ]{0,7}\d{0,2}))(?![\w/])"
    r"|(?:(\d{1,4})/((?:19|20)\d\d)/((?:UBTV)?QH\d{1,2}))(?![\w/])"  # 202/2025/QH15: the kind is the word's
)
_DIGIT = re.compile(r"\s*\d{1,4}")
_SPACES = re.compile(r"\s*")
_MAYBE_CODE = re.compile(r"\d\s*[-–—/]")  # in every code: read first, it finds the few sentences with one


def _codes(sentence: str):
    """``_CODE.finditer(sentence)``, quickly when the sentence can hold no code; remembered (cited
    spans and documents read one sentence's codes)."""
    if not _MAYBE_CODE.search(sentence):
        return iter(())
    found = _CODES.get(sentence)
    if found is None:
        found = _code_matches(sentence)
        if len(sentence) <= 5000:  # (a sentence as long as an article is read once)
            if len(_CODES) >= 256:
                _CODES.clear()
            _CODES[sentence] = found
    return iter(found)


_CODES: dict[str, tuple[re.Match[str], ...]] = {}  # the codes of the sentences read last
_DIGIT_AT = re.compile(r"\d")


def _code_matches(sentence: str) -> tuple[re.Match[str], ...]:
    """The matches of ``_CODE.finditer(sentence)`` (their spans and groups), the expression tried only where a digit
    stands: every code opens with one, and the expression, which opens with look-behinds and four alternatives, gives
    the engine no character to skip to (it tried every one: ~1% of extraction)."""
    out = []
    search, match = _DIGIT_AT.search, _CODE.match
    pos = 0
    while (digit := search(sentence, pos)) is not None:
        m = match(sentence, digit.start())
        if m is None:
            pos = digit.start() + 1
        else:
            out.append(m)
            pos = m.end()
    return tuple(out)


# (a comma after it ends the number unless a digit follows: "Tại Quyết định số 793, Thủ tướng"; a full stop
# after it may make it an ordinal: "programu 6. zasedání", the agenda of the 6th session; not the sentence's own
# full stop: "... oraz Rezolucję nr 57.", "والقرار 68.", "and Resolution 68.")
_NUMBER_AFTER_MARK = re.compile(r"\.?\s*(\d{1,4})(?![\d/%-]|\.(?!\s*$)|,\d|\s*(?:19|20)\d\d)")
# a number and its year after a mark, no code after them ("Decree No. 26/2015 of the Government", "dekretem nr
# 26/2015 rządu", "Nghị định số 26/2015"): the number as written
_NUMBER_YEAR_AFTER_MARK = re.compile(r"\.?\s*(\d{1,4}/(?:19|20)\d\d)(?![\d/-]|\.(?!\s*$)|,\d)")


@cache
def _code_kinds() -> dict[str, str]:
    return {fold(letters).upper(): kind for letters, kind in tables.rows(_DATA / "doc_codes.tsv")}


def _ordinal_at(folded: str, original: str, pack: Pack, start: int, end: int) -> list[tuple[int, int, int]]:
    """(start, end, value) of ordinals in folded[start:end]: words, 8th, thứ 8, Roman numerals."""
    out = []
    for m, values in pack.ordinals.finditer(folded, start, end):
        out.append((m.start(), m.end(), int(values[0])))
    suffix = pack.alternation("ordinal_suffix")
    for m in re.finditer(rf"(?<!\w)(\d{{1,2}}){suffix}?\.?(?![\w/,-])", folded[start:end]):
        after = (
            start + m.end() + len(folded[start + m.end() : end]) - len(folded[start + m.end() : end].lstrip())
        )
        if pack.units.match_at(folded, after) or pack.cue("person").match_at(folded, after):
            continue  # "من 78 شخصًا": a count, no ordinal
        if not m.group(0)[len(m.group(1)) :] and _plan_counted(folded, after, pack):
            continue  # "the Resolution with 6 key tasks", "la résolution comportant 6 tâches clés": a count of tasks
        if folded[start + m.end() : start + m.end() + 1].isdigit():
            continue  # a number the window cuts ("للفترة 2025-20|30"): the year 2030, no 20th
        if not any(a <= start + m.start() < b for a, b, _ in out):
            out.append((start + m.start(), start + m.end(), int(m.group(1))))
    # "XIVe Congrès": a Roman numeral may carry the pack's ordinal suffix too
    for m in re.finditer(rf"(?<![\w])([IVXLC]{{1,6}}){suffix}?(?![\w])", original[start:end]):
        if m.group(1) in ("L", "C"):
            continue  # "La", "Le", "Ce": an article or a pronoun, no 50th or 100th
        value = roman(m.group(1))
        if value and (value > 1 or _first_of(folded, start + m.end(), pack)):
            out.append((start + m.start(), start + m.end(), value))
    return sorted(out)


def _plan_counted(folded: str, pos: int, pack: Pack) -> bool:
    """Does a plan's counted noun (a ``plan_noun`` cue: tasks, targets, breakthroughs) stand at ``pos`` or after one
    word ("6 key tasks", "6 kluczowych zadań", "6 مهام رئيسية", "6 tâches clés"): the number before it a count of them,
    no plenum's or term's ordinal?

    >>> from kg.lang import load_pack
    >>> en = load_pack("en")
    >>> _plan_counted("6 key tasks", 2, en), _plan_counted("6 tasks", 2, en), _plan_counted("6 of the 12th", 2, en)
    (True, True, False)
    """
    plan = pack.cue("plan_noun")
    if plan.match_at(folded, pos) is not None:
        return True
    word = re.match(r"[^\W\d_]+\s+", folded[pos:])
    return word is not None and plan.match_at(folded, pos + word.end()) is not None


def _first_of(folded: str, pos: int, pack: Pack) -> bool:
    """Is a Roman "I" (a pronoun or "and" as often) the first of a congress or plenum, a term or
    session noun right after it ("uchwały I Zjazdu", "la I Conferencia")?"""
    gap = len(folded[pos : pos + 3]) - len(folded[pos : pos + 3].lstrip())
    return bool(gap) and any(pack.cue(k).match_at(folded, pos + gap) for k in ("term", "session", "congress"))


# an ordinal written before its noun ("14. konference"): a dotted number or a Roman numeral, not a
# bare number ("Nghị quyết Trung ương 10 khóa XIII": 10 is the plenum's, XIII the term's)
_OWN_ORDINAL = re.compile(r"(?<![\w/])(?:\d{1,3}\.|[ivxlc]{2,6}|[vx])\s*$")  # (not "i": and)


def _classify(folded: str, pack: Pack, ordinal: tuple[int, int, int], window: tuple[int, int]):
    """'session' or 'term' by the nearest marker wording before or after the ordinal."""
    best = None
    for kind in ("session", "term"):
        for m, _ in pack.cue(kind).finditer(folded, *window):
            dist = ordinal[0] - m.end() if m.end() <= ordinal[0] else m.start() - ordinal[1]
            if dist < 0 or dist > 25:
                continue
            between = (
                folded[m.end() : ordinal[0]] if m.end() <= ordinal[0] else folded[ordinal[1] : m.start()]
            )
            if re.search(rf"[{RE_COMMAS}()]|{pack.alternation('possessive_ending')}\b", between):
                continue  # "the 10th Conference, 13th tenure", "the Central Committee's 8th plenum"
            if m.end() <= ordinal[0] and _OWN_ORDINAL.search(folded, max(0, m.start() - 8), m.start()):
                continue  # "14. konference 13. ústředního výboru": the marker before has its own ordinal
            # a marker before the ordinal binds tighter than one after it; on a tie, the one written
            # right against it ("la 10e Conférence du 13e Comité central": 13 is the committee's term)
            score = (dist if m.end() <= ordinal[0] else dist + 3, dist)
            if best is None or score < best[0]:
                best = (score, kind)
    return best[1] if best else None


def _issuer_then_mark(folded: str, end: int, pack: Pack):
    """The number mark of a document word whose issuer is written before it, in the same clause
    ("قرار مجلس الشعب الإقليمي رقم 47"): (match, values) or None."""
    for mark, values in pack.cue("docmark").finditer(folded, end, end + 45):
        between = folded[end : mark.start()]
        if re.search(rf"[{RE_SEMICOLONS}{RE_COMMAS}.:]", between) or any(
            True for _ in pack.documents.finditer(between)
        ):
            return None  # another clause, or another document's number ("خطة تنفيذ القرار رقم 57")
        issuer = find_bodies(between, pack)  # an issuer, not "Uchwała zmieniająca Artykuł 9"
        return (mark, values) if issuer and _DIGIT.match(folded, mark.end()) else None
    return None


def _decided(folded: str, end: int, after: int, kind: str, values, pack: Pack) -> str:
    """The kind of a numbered ``weak`` resolution word (Arabic قرار, German Beschluss: a resolution or
    a decision) by its issuer, the first body written from the word to 60 characters after its number
    (``after``), in the same clause and before another document word: a people's committee issues
    decisions (Quyết định), its council resolutions ("القرار رقم 106 بتاريخ 25 يناير 2024 للجنة
    الشعبية لمنطقة كيو سون" is Decision 106)."""
    if kind != "resolution" or "weak" not in values[1:]:
        return kind
    limit = after + 60
    stop = re.search(rf"[{RE_SEMICOLONS}]|(?<!\d)\.(?!\d)", folded[after:limit])
    limit = after + stop.start() if stop else limit
    nxt = next((m.start() for m, _ in pack.documents.finditer(folded, after, limit)), limit)
    bodies = find_bodies(folded[end:nxt], pack)
    # (or the Prime Minister, who issues decisions where the Government issues resolutions: "في القرار رقم 793،
    # قرر رئيس الوزراء")
    chiefs = [r for r in find_roles(folded[end:nxt], pack) if r[2][0] == "prime_minister"]
    if chiefs and not (
        bodies and bodies[0][0] < chiefs[0][0]
    ):  # (a body before it issued the act: its resolution)
        return "decision"
    return "decision" if bodies and bodies[0][2][0] == "peoples_committee" else kind


def _glued_mark(folded: str, pos: int, pack: Pack) -> int | None:
    """The end of a number mark written against its digits ("règlement N°69", "Nr.12"), else None."""
    for mark in pack.cue("docmark").entries:
        if (
            not mark.endswith("*")
            and folded.startswith(mark, pos)
            and folded[pos + len(mark) : pos + len(mark) + 1].isdigit()
        ):
            return pos + len(mark)
    return None


def _named_congress(folded: str, sentence: str, end: int, limit: int, pack: Pack) -> bool:
    """Is a congress named right after a document word ("Resolution of the Provincial Party Congress",
    "Uchwały Kongresu Partii Hanoi"), with its level or place, not congresses in general ("nghị
    quyết đại hội đảng các cấp")?"""
    congress = next(
        (m for m, _ in pack.cue("congress").finditer(folded, end, limit) if m.start() - end <= 20), None
    )
    if congress is None:
        return False
    phrase = (max(end, congress.start() - 25), min(limit, congress.end() + 30))
    if any(True for _ in pack.cue("every_level").finditer(folded, congress.end(), phrase[1])):
        return False  # "nghị quyết đại hội đảng bộ các cấp nhiệm kỳ 2015-2020": the congresses at all levels
    return (
        any(True for _ in pack.levels.finditer(folded, *phrase))
        or bool(find_places(folded[phrase[0] : phrase[1]], sentence[phrase[0] : phrase[1]]))
        or _term_years(folded, congress.end(), min(limit, congress.end() + 45), pack)
    )


_YEARS = re.compile(r"(?<!\d)(?:19|20)\d\d\s*[-–]\s*(?:19|20)\d\d(?!\d)")


def _term_years(folded: str, start: int, end: int, pack: Pack) -> bool:
    """Does a term's years follow a congress between ``start`` and ``end``, a ``term`` cue right before or after
    them ("قرار مؤتمر الحزب في هانوي للفترة 2020-2025", "Resolution of the Party Congress for the 2020-2025 term"):
    the years name one congress, as its level or place does?

    >>> from kg.lang import load_pack
    >>> _term_years(" for the 2020-2025 term", 0, 23, load_pack("en"))
    True
    >>> _term_years(" on development in 2021-2025", 0, 28, load_pack("en"))
    False
    >>> _term_years(", the personnel plan for the 2025-2030 term", 0, 43, load_pack("en"))
    False
    """
    for m in _YEARS.finditer(folded, start, end):
        if re.search(rf"[{RE_COMMAS}{RE_SEMICOLONS}]", folded[start : m.start()]):
            break  # (another item's years: "Nghị quyết Đại hội, Đề án nhân sự cấp ủy nhiệm kỳ 2025-2030")
        for t, _ in pack.cue("term").finditer(folded, start, min(len(folded), m.end() + 12)):
            if m.start() - 12 <= t.end() <= m.start() or 0 <= t.start() - m.end() <= 3:
                return True
    return False


def _adopted_by_congress(folded: str, start: int, pack: Pack) -> bool:
    """Does the congress a sentence opens with adopt the resolution whose word is at ``start`` ("Đại hội đã
    biểu quyết thông qua dự thảo Nghị quyết", "The Congress adopted the draft Resolution"): an ``adopt`` cue
    at most 25 characters before the word, no clause end between the congress and it?"""
    congress = next((m for m, _ in pack.cue("congress").finditer(folded, 0, start)), None)
    if (
        congress is None
        or congress.start() > 12
        or re.search(rf"[{RE_COMMAS}{RE_SEMICOLONS}]", folded[:start])
    ):
        return False
    return any(
        0 <= start - m.end() <= 25 for m, _ in pack.cue("adopt").finditer(folded, congress.end(), start)
    )


def congress_terms(documents: list[Document], sents, folded: list[str], pack: Pack) -> None:
    """A congress's resolution named with no ordinal ("thực hiện Nghị quyết Đại hội", "Đại hội đã thông qua dự
    thảo Nghị quyết") is that of the congress the article named last with an ordinal, in its sentence or
    at most eight sentences before ("Đại hội Đại biểu Đảng bộ tỉnh lần thứ XV, nhiệm kỳ 2025-2030"): its term
    is that ordinal."""
    for d in documents:
        if d.kind != "resolution" or d.number or d.session is not None or d.term is not None:
            continue
        # (a congress the document names by its body, place or term is its own: "Uchwały Kongresu Partii Hanoi na
        # kadencję 2020-2025", "Nghị quyết Đại hội Đảng bộ Quân sự tỉnh")
        own = fold(d.surface)
        congress = next((m for m, _ in pack.cue("congress").finditer(own)), None)
        if congress is not None and not re.match(
            rf"\s*(?:[{RE_COMMAS}{RE_SEMICOLONS}.]|$)", own[congress.end() :]
        ):
            continue
        at = next((k for k, s in enumerate(sents) if s.index == d.sentence), None)
        for i in range(at, max(-1, at - 9), -1) if at is not None else ():
            terms = [
                ordinals[0][2]
                for m, _ in pack.cue("congress").finditer(folded[i])
                if (ordinals := _congress_ordinal(folded[i], str(sents[i]), m.end(), pack))
            ]
            if terms:
                d.term = terms[-1]
                break


def congress_sessions(documents: list[Document], sents, folded: list[str], pack: Pack) -> None:
    """A resolution of the Nth meeting with no term ("قرار المؤتمر الرابع عشر للجنة الحزب الإقليمية": the Arabic
    machine translation writes المؤتمر for a congress and for a plenum alike) is the congress's when the article
    named the Nth meeting as a congress, in its sentence or before, by a congress word or its term's years
    ("افتتح ... المؤتمر الرابع عشر للجنة الحزب في مقاطعة سوك ترانج للفترة 2020-2025"): its term is N."""
    for d in documents:
        if d.kind != "resolution" or d.number or d.session is None or d.term is not None:
            continue
        if not _congress_word(fold(d.surface), pack):
            continue  # a plenum's own word ("Rezolucja Konferencji XIV", "Nghị quyết Hội nghị lần thứ 14")
        at = next((k for k, s in enumerate(sents) if s.index == d.sentence), None)
        if at is not None and any(
            d.session in _congresses(folded[i], str(sents[i]), pack) for i in range(at + 1)
        ):
            d.session, d.term = None, d.session


def _congress_word(folded: str, pack: Pack) -> bool:
    """Is the first meeting word of a resolution's phrase (``folded``) a ``congress`` cue, or a ``session`` cue
    valued "congress" (a word for a congress and a plenum alike: ar المؤتمر)? A plenum's word is not ("Konferencja",
    "Conference", "Hội nghị")."""
    found = [(m.start(), -m.end(), ("congress",)) for m, _ in pack.cue("congress").finditer(folded)]
    found += [(m.start(), -m.end(), values) for m, values in pack.cue("session").finditer(folded)]
    return bool(found) and "congress" in min(found)[2]


def _congresses(folded: str, original: str, pack: Pack) -> set[int]:
    """The ordinals of the meetings a sentence names as congresses: a ``session`` or ``congress`` word, the
    ordinal right after it, then in the same clause a congress word or a term with its years
    (:func:`_term_phrase`)."""
    out = set()
    for kind in ("session", "congress"):
        for m, _ in pack.cue(kind).finditer(folded):
            stop = re.search(rf"[{RE_SEMICOLONS}.()]", folded[m.end() : m.end() + 120])
            limit = m.end() + (stop.start() if stop else min(120, len(folded) - m.end()))
            ordinals = _ordinal_at(folded, original, pack, m.end(), min(limit, m.end() + 25))
            if (
                ordinals
                and not folded[m.end() : ordinals[0][0]].strip()
                and _term_phrase(folded, ordinals[0][1], limit, pack)
            ):
                out.add(ordinals[0][2])
    return out


def _congress_ordinal(folded: str, original: str, end: int, pack: Pack) -> list[tuple[int, int, int]]:
    """The ordinal a congress word ending at ``end`` is named by, within 60 characters and before a
    clause end ("Đại hội Đại biểu Đảng bộ tỉnh lần thứ XV, ...", "the 15th Provincial Party Congress")."""
    stop = re.search(rf"[{RE_COMMAS}{RE_SEMICOLONS}.()]", folded[end : end + 60])
    after = _ordinal_at(folded, original, pack, end, end + (stop.start() if stop else 60))
    return after or [
        o for o in _ordinal_at(folded, original, pack, max(0, end - 40), end) if o[1] >= end - 30
    ]


def citation_spans(sentence: str, folded: str, pack: Pack) -> list[tuple[int, int]]:
    """Where a document is cited with its date ("18-NQ/TW dated 25 October 2017", "Chỉ thị số
    35-CT/TW ngày 30-5-2019"): dates there are the document's, not a meeting's. Remembered for a
    loaded pack (meetings read a sentence's citations twice): a new list each time."""
    if not pack.loaded:  # a pack made by hand (tests): nothing to remember
        return _citation_spans(sentence, folded, pack)
    key = (str(sentence), folded, id(pack))  # (a loaded pack lives as long as the process)
    return list(_CITED.get(key, lambda: tuple(_citation_spans(sentence, folded, pack)), len(folded)))


_CITED = Memo(512, longest=5000, context=current_acronyms)  # (issuers are read with the acronyms)


_YEAR_NUMBER = re.compile(r"(?:19|20)\d\d")


def _citation_spans(sentence: str, folded: str, pack: Pack) -> list[tuple[int, int]]:
    spans = [(m.start(), m.end() + 60) for m in _codes(sentence)]
    for m, values in pack.documents.finditer(folded):
        mark = re.match(r"\s*(\S{0,6})\s*\d{1,4}(\.\s)?", folded[m.end() : m.end() + 15])
        if (
            mark
            and mark.group(2)
            and values[0] in ("program", "plan")
            and "link" in grammar_features(mark.group(1), pack)
        ):
            mark = None  # the meeting's agenda, an ordinal after an article: "des Programms der 8. Sitzung"
        if (
            mark
            and values[0] in ("program", "plan")
            and _YEAR_NUMBER.fullmatch(mark.group().strip().rstrip(".").split()[-1])
            and not (mark.group(1) and pack.cue("docmark").get(mark.group(1).rstrip(".")) is not None)
        ):
            # (a plan's year, no number: "the plan for 2026", "le plan pour 2026", "kế hoạch năm 2026", "خطة عام
            # 2026", "plan na 2026 r.": the year a meeting late in the year adopts it for, not the mark of a plan
            # cited; "Plan No. 2026" stays one)
            mark = None
        far = None if mark else _issuer_then_mark(folded, m.end(), pack)  # "قرار مجلس الشعب رقم 47"
        if far:
            spans.append((m.start(), _DIGIT.match(folded, far[0].end()).end() + 60))
        elif mark:
            spans.append((m.start(), m.end() + mark.end() + 60))
    return spans


def find_documents(sentence: Sentence, folded: str, pack: Pack) -> list[Document]:
    """Documents referred to in one sentence (``folded`` is ``fold(sentence)``): documents cited by
    their code (:func:`_coded`), then each other document word with its number after a mark or
    bare (:func:`_number_after`), else with the plenum or congress whose ordinals follow it."""
    words = [(m.start(), m.end(), v) for m, v in pack.documents.finditer(folded)]
    out, used_words = _coded(sentence, folded, words)
    for start, end, values in words:
        if start in used_words or values[0] == "other":
            continue  # "Instruction No. 5", "kỷ luật 548 đảng viên": no kind GOLD records
        kind = values[0]
        gap = len(folded[end : end + 3]) - len(folded[end : end + 3].lstrip())
        num = _number_after(folded, end, gap, values, pack)
        if num:
            if not _numbered_already(out, num.group(1)):
                kind = _decided(folded, end, num.end(), kind, values, pack)
                out.append(Document(kind, sentence[start : num.end()], sentence.index, number=num.group(1)))
            for more in _more_numbers(folded, num.end(), pack):  # "Resolutions No. 57, 59, 66 and 68"
                if not _numbered_already(out, more.group(1)):
                    out.append(
                        Document(
                            kind, sentence[more.start(1) : more.end(1)], sentence.index, number=more.group(1)
                        )
                    )
            continue
        if "numbered" in values[1:] or kind in ("program", "plan"):
            # a word that names a document only with its number ("توجيه", "kết luận"); a programme
            # or plan "of the 16th Conference" is the meeting's agenda
            continue
        limit = _phrase_limit(folded, sentence, end, words, pack)
        session, term = _session_and_term(folded, sentence, start, end, limit, pack)
        if session is not None and term is None and _commission_session(folded, end, limit, pack):
            continue  # "the conclusions of the Central Inspection Commission at its 40th session": no plenum
        if session is not None or term is not None:
            out.append(
                Document(kind, sentence[start:limit].strip(), sentence.index, session=session, term=term)
            )
            continue
        # "Resolution 20 (dated 18 July 2023)", "القرار 57 للمكتب السياسي": with no plenum or
        # congress after it, the bare number is the resolution's own
        bare = _bare_number(folded, end + gap) if gap else None
        if bare and _counted_after(folded, bare.end(), pack):
            bare = None  # "وحدد القرار 6 مهام رئيسية": the resolution set six tasks (a verb before its subject), no number
        if bare:
            if not _numbered_already(out, bare.group(1)):
                kind = _decided(folded, end, bare.end(), kind, values, pack)
                out.append(Document(kind, sentence[start : bare.end()], sentence.index, number=bare.group(1)))
            for more in _more_numbers(folded, bare.end(), pack):
                if not _numbered_already(out, more.group(1)):
                    out.append(
                        Document(
                            kind, sentence[more.start(1) : more.end(1)], sentence.index, number=more.group(1)
                        )
                    )
        elif kind == "resolution" and (
            _named_congress(folded, sentence, end, limit, pack) or _adopted_by_congress(folded, start, pack)
        ):
            # "Uchwały Kongresu Partii Hanoi na kadencję 2020-2025": a congress's resolution
            # named by its place or level, no ordinal
            out.append(Document(kind, sentence[start:limit].strip(), sentence.index))
    return _unique(out)


def _commission_session(folded: str, end: int, limit: int, pack: Pack) -> bool:
    """Is the phrase after a document word (``folded[end:limit]``) of an inspection commission, its ordinal a session of
    the commission (Kỳ họp thứ 40 của Ủy ban Kiểm tra Trung ương: "les conclusions de la Commission centrale d'inspection
    lors de sa 40e session", "the conclusions of the Central Inspection Commission at its 40th session")? GOLD.md
    records a document referred to by a number or a congress or plenum; a commission's session is neither (mt29fix;
    vi "kết luận", ar "استنتاجات" and pl "wniosków" name no document without a number)."""
    return any(v[0] == "inspection_commission" for _, v in pack.bodies.finditer(folded, end, limit))


def _code_number(m: re.Match) -> tuple[str, str]:
    """(number, letters) of a document code (:data:`_CODE`): the number as GOLD writes it (Ư as W,
    Đ as D: "60-NQ/TW"), and the letters that give its kind ("NQ"; "QH" for a law "202/2025/QH15")."""
    if m.group(1):
        number = f"{m.group(1)}-{m.group(2)}/{m.group(3)}"
        letters = fold(m.group(2)).upper()
    elif m.group(11):
        number = f"{m.group(11)}/{m.group(12)}/{m.group(13)}"
        letters = "QH"
    elif m.group(8):
        number = f"{m.group(8)}/{m.group(9)}-{m.group(10)}"
        letters = fold(m.group(9)).upper()
    else:
        number = f"{m.group(4)}/{m.group(5)}/{m.group(6)}-{m.group(7)}"
        letters = fold(m.group(6)).upper()
    return number.replace("Ư", "W").replace("Đ", "D"), letters


def _word_before(words, folded: str, pos: int, reach: int = 40) -> tuple[str | None, bool, int | None]:
    """(kind, weak, start) of the document word written before a code at ``pos`` (within ``reach``
    characters, in the same clause: "Quy định số 205-QĐi/TW, Hướng dẫn số 06-HD/TW": a word of an
    earlier clause names another code); (None, False, None) when there is none."""
    near = [w for w in words if w[1] <= pos and pos - w[1] <= reach]
    if not near or re.search(rf"[{RE_SEMICOLONS}{RE_COMMAS}]", folded[near[-1][1] : pos]):
        return None, False, None
    w = near[-1]
    return w[2][0], "weak" in w[2][1:], w[0]


def _coded(sentence: Sentence, folded: str, words) -> tuple[list[Document], set[int]]:
    """Documents cited by their code ("18-NQ/TW", "140/2017/ND-CP"), and the starts of the document
    words that name them. The kind is the word's before the code, else the code letters' (also
    when the word is ``weak``: the code decides); codes of no kind or of kind ``other`` are left out."""
    out: list[Document] = []
    used_words: set[int] = set()
    named: dict[int, str] = {}  # the letters of the first code each word named
    for m in _codes(sentence):
        number, letters = _code_number(m)
        code_kind = _code_kinds().get(letters)
        # (a National Assembly code, "72/2025/QH15", of no kind of its own, follows the law's whole name: "the Law on
        # Organization of Local Government No. 72/2025/QH15", "das Gesetz über die Organisation der lokalen Regierung
        # Nr. 72/2025/QH15")
        kind, weak, at = _word_before(words, folded, m.start(), 120 if m.group(11) else 40)
        if at is not None and named.setdefault(at, letters) != letters:
            # a word that named a code of other letters before this one names that one only: "la directive n° 35-CT/TW
            # et l'instruction n° 27-HD/BTCTW" (the instruction's word no pack word), not "Decisions No. 12/QD-UBND
            # and 13/QD-UBND"
            kind, weak, at = None, False, None
        # (a decree's letters, ND, name no other kind: "Rozporządzenie nr 123/2025/NĐ-CP" is a decree,
        # whereas QĐ is a decision's or a regulation's and the word decides; nor do an instruction's or a dispatch's,
        # HD, CV: "die Richtlinie Nr. 27-HD/BTCTW", a guideline the translation calls a directive, is no directive)
        if kind is None or (weak and code_kind) or code_kind in ("decree", "other"):
            kind = code_kind
        if kind is None or kind == "other":
            continue
        if at is not None:
            used_words.add(at)
        out.append(Document(kind, sentence[m.start() : m.end()], sentence.index, number=number))
    return out, used_words


def _bare_number(folded: str, pos: int) -> re.Match | None:
    """A number written right at ``pos`` (after a document word and a space: "Dekret 178"), not a
    year; its group 1 is the number."""
    bare = _NUMBER_AFTER_MARK.match(folded, pos)
    if bare and bare.start(1) == pos and not 1900 <= int(bare.group(1)) <= 2100:
        return bare
    return None


def _number_after(folded: str, end: int, gap: int, values, pack: Pack) -> re.Match | None:
    """The number of the document word ending at ``end`` (``gap`` spaces after it): after a number
    mark ("Plan No. 26", "N°69", or a mark after the issuer: "قرار مجلس الشعب الإقليمي رقم 47"),
    else right after the word ("Dekret 178"), unless the word is ``weak`` or a resolution
    ("Resolution 6 of the 12th Central Committee" is a plenum's)."""
    mark = pack.cue("docmark").match_at(folded, end + gap) or _issuer_then_mark(folded, end, pack)
    mark_end = mark[0].end() if mark else _glued_mark(folded, end + gap, pack)
    num = _NUMBER_AFTER_MARK.match(folded, mark_end) if mark_end is not None else None
    if num is None and mark_end is not None:
        num = _NUMBER_YEAR_AFTER_MARK.match(folded, mark_end)
    if num is None and gap and "weak" not in values[1:] and values[0] != "resolution":
        bare = _bare_number(folded, end + gap)
        if bare and pack.units.match_at(folded, _SPACES.match(folded, bare.end()).end()):
            return None  # "quyết định 09 nội dung": to decide nine matters, a count, no document's number
        return bare
    return num


def _counted_after(folded: str, pos: int, pack: Pack) -> bool:
    """Is the number ending at ``pos`` a count: a counted noun (a unit, a person's word, a plan's tasks or targets) right
    after it ("القرار 6 مهام رئيسية", "القرار 15 هدفًا رئيسيًا")?"""
    after = _SPACES.match(folded, pos).end()
    return any(pack.cue(k).match_at(folded, after) for k in ("person", "plan_noun")) or bool(
        pack.units.match_at(folded, after)
    )


def _more_numbers(folded: str, pos: int, pack: Pack) -> list[re.Match]:
    """The numbers listed after a document's number, each after a comma or a conjunction ("Nghị quyết
    số 57, 59, 66 và 68", "Resolutionen Nr. 57, 59, 66 und 68"): documents of the same kind. Not a
    year, nor a number a unit, a time noun, a month or people follow ("Dekret 15, 30 Tage später")."""
    found = []
    listed = re.compile(
        rf"\s*(?:[{RE_COMMAS}]|\s(?:{pack.alternation('conjunction')})\s?)\s*(\d{{1,4}})(?![\d/%-]|\.(?!\s*$)|,\d)"
    )
    while (more := listed.match(folded, pos)) is not None:
        after = _SPACES.match(folded, more.end()).end()
        word = re.match(r"[^\W\d_]+", folded[after:])
        if 1900 <= int(more.group(1)) <= 2100 or (
            word
            and (
                pack.units.match_at(folded, after)
                or pack.months.get(word.group())
                or pack.cue("notcounted").match_at(folded, after)
                or pack.cue("person").match_at(folded, after)
            )
        ):
            break
        found.append(more)
        pos = more.end()
    if len(found) == 1 and not found[0].group().lstrip()[:1].isalpha():
        # one number after a comma, a word after it: a count ("Resolution No. 26, 5 districts were merged"),
        # not a list ("57, 59, 66 và 68", "Nr. 57 und 68")
        after = _SPACES.match(folded, found[0].end()).end()
        if re.match(r"[^\W\d_]", folded[after : after + 1]):
            return []
    return found


def _numbered_already(out: list[Document], number: str) -> bool:
    """Is a document of that number (or whose code starts with it: "18" of "18-NQ/TW") found already?"""
    return any(d.number and d.number.split("-")[0].split("/")[0] == number for d in out)


def _phrase_stop(folded: str, sentence: str, end: int, pack: Pack) -> int | None:
    """Where the phrase after a document word ending at ``end`` stops, relative to ``end``: at a
    semicolon, a full stop not after a digit (after digits it marks an ordinal: "des 13.
    Parteitags", "13. ústředního výboru") or a conjunction; a conjunction written as a capital
    "I" that a congress or plenum noun follows is a Roman one ("uchwały I Zjazdu"), not "i" (and)."""
    stops = rf"[{RE_SEMICOLONS}]|(?<!\d)\.|\s{pack.alternation('conjunction')}\s"
    for m in re.finditer(stops, folded[end:]):
        word_start, word_end = end + m.start() + 1, end + m.end() - 1  # a conjunction, without its spaces
        if sentence[word_start:word_end] == "I" and _first_of(folded, word_end, pack):
            continue
        if m.group()[0].isspace() and _body_follows(folded, end + m.end(), pack):
            continue
        return m.start()
    return None


_ARTICLES = re.compile(r"(?:[^\W\d_]{1,3}(?:\s+|['’]))?(?:[^\W\d_]{1,3}(?:\s+|['’]))?")


def _body_follows(folded: str, pos: int, pack: Pack) -> bool:
    """Does a body follow the conjunction ending at ``pos``, an article or preposition or two between ("du Règlement de
    travail du Comité central, du Bureau politique et du Secrétariat du 12e mandat", "Regulaminu Pracy Komitetu
    Centralnego, Biura Politycznego i Sekretariatu XII kadencji")? Then the document's issuers go on and the term
    after the last is the document's: the conjunction stops no phrase."""
    return pack.bodies.match_at(folded, _ARTICLES.match(folded, pos).end()) is not None


def _phrase_limit(folded: str, sentence: str, end: int, words, pack: Pack) -> int:
    """The end of the phrase naming a document's plenum or congress: at most 120 characters, up to
    its stop (:func:`_phrase_stop`), the next document word ("a plan to carry out the resolution
    of ...": not the plan's) and a ``topic`` cue ("decyzję o powołaniu Komitetu ... XVI kadencji":
    the subject's ordinal)."""
    stop = _phrase_stop(folded, sentence, end, pack)
    limit = min(len(folded), end + (stop if stop is not None else 120), end + 120)
    later = [w[0] for w in words if w[0] > end]
    if later:
        limit = min(limit, later[0])
    topic = next((m.start() for m, _ in pack.cue("topic").finditer(folded, end, limit)), None)
    return topic if topic is not None else limit


def _session_and_term(
    folded: str, sentence: str, start: int, end: int, limit: int, pack: Pack
) -> tuple[int | None, int | None]:
    """(session, term) of a document named by the ordinals after its word, up to ``limit``: each
    ordinal is the session's or the term's by the nearest marker (:func:`_classify`); of two
    term-like ordinals in one phrase the first is the plenum's; the one ordinal of a congress (or of
    a meeting named by its term's years) is the term's; a bare number right after the word
    ("Resolution 6 of the 12th Central Committee") is the plenum's."""
    session = term = None
    term_end = 0
    bare = re.match(r"^\s*(\d{1,2})(?![\d/,.%-])", folded[end:limit])
    for ordinal in _ordinal_at(folded, sentence, pack, end + (bare.end() if bare else 0), limit):
        kind_of = _classify(folded, pack, ordinal, (start, limit))
        if kind_of == "session" and session is None:
            session = ordinal[2]
        elif kind_of == "term" and term is None:
            term, term_end = ordinal[2], ordinal[1]
        elif (
            kind_of == "term"
            and session is None
            and not re.search(rf"[{RE_COMMAS}]", folded[term_end : ordinal[0]])
        ):
            # "قرار الدورة العاشرة للجنة المركزية الثالثة عشرة": of two term-like ordinals in one
            # phrase the first is the plenum's, the second its committee's term
            session, term = term, ordinal[2]
    if (
        session is not None
        and term is None
        and not bare
        and (_term_phrase(folded, end, limit, pack) or _party_congress_of(folded, end, limit, pack))
    ):
        # "Nghị quyết Đại hội Đảng bộ tỉnh lần thứ XI", "قرار المؤتمر السادس عشر للجنة الحزب
        # الإقليمية للفترة 2025-2030": the one ordinal of a congress, or of a meeting named by
        # its term's years, is the term's
        session, term = None, session
    if bare and term is not None and (session is None or session == int(bare.group(1))):
        session = int(bare.group(1))  # "Resolution 6 of the 12th Central Committee": the plenum's resolution
    elif bare and session == int(bare.group(1)):
        session = None
    return session, term


def _term_phrase(folded: str, end: int, limit: int, pack: Pack) -> bool:
    """Does the phrase name a congress (``congress`` cues), or a term followed by its years ("للفترة
    2025-2030", within 30 characters past the phrase)?"""
    return any(True for _ in pack.cue("congress").finditer(folded, end, limit)) or any(
        re.match(r"\s*(?:19|20)\d\d\s*[-–]\s*(?:19|20)\d\d", folded[m.end() : m.end() + 20])
        for m, _ in pack.cue("term").finditer(folded, end, min(len(folded), limit + 30))
    )


def _party_congress_of(folded: str, end: int, limit: int, pack: Pack) -> bool:
    """Is the document's one ordinal followed right away by the party organisation itself, a ``congress_of`` cue valued
    'any' ("قرار المؤتمر الثالث عشر للحزب", "قرار المؤتمر السادس عشر للحزب في مقاطعة كون توم": the Party's congress,
    as kg.extract.meetings reads the meeting; a plenum is its committee's, "قرار المؤتمر الثامن للجنة المركزية")?

    >>> from kg.lang import load_pack
    >>> ar = load_pack("ar")
    >>> s = "قرار المؤتمر السادس عشر للحزب في مقاطعة كون توم"
    >>> _party_congress_of(s, 4, len(s), ar)
    True
    >>> s = "قرار المؤتمر السادس عشر للجنة الحزب في مقاطعة كون توم"
    >>> _party_congress_of(s, 4, len(s), ar)
    False
    """
    ordinals = [m for m, _ in pack.ordinals.finditer(folded, end, limit)]
    if len(ordinals) != 1:
        return False
    # (the meeting's word alone between the document's and the ordinal: a word valued congress, ar المؤتمر)
    word = folded[end : ordinals[0].start()].strip()
    said = pack.cue("session").get(word)
    if said is None or "congress" not in said:
        return False
    pos = ordinals[0].end()
    while pos < limit and folded[pos] == " ":
        pos += 1
    of = pack.cue("congress_of").match_at(folded, pos)
    return of is not None and of[1][:1] == ("any",)


def _unique(out: list[Document]) -> list[Document]:
    """The documents, the first of each (kind, number, session, term) only."""
    seen = set()
    unique = []
    for d in out:
        key = (d.kind, d.number, d.session, d.term)
        if key not in seen:
            seen.add(key)
            unique.append(d)
    return unique
