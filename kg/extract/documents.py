"""Numbered documents (18-NQ/TW, 140/2017/ND-CP, Plan No. 26) and documents named by a
congress or plenum (Resolution of the 8th Plenum of the 13th Central Committee)."""

from __future__ import annotations

import re
from functools import cache
from importlib import resources
from pathlib import Path

from kg import tables
from kg.extract.grammar import find_bodies
from kg.extract.numbers import roman
from kg.gazetteer import find_places
from kg.lang import Pack
from kg.model import Document
from kg.script import RE_COMMAS, RE_SEMICOLONS
from kg.text import Sentence, fold

__all__ = ["citation_spans", "find_documents"]

_DATA = Path(str(resources.files("kg"))) / "data"

# 18-NQ/TW, 100 - KL/TW, 60-NQ/TƯ, 1708-QD/TU, 43-CV/BCĐ ; 140/2017/ND-CP
# 21/NQ-HĐND, 634/TB-VPCP, 71/NQ-CP, 1234/QD-TTg, 1902/NQ-UBTVQH15 ; 202/2025/QH15
_CODE = re.compile(
    r"(?<![\w/])(?:(\d{1,4})\s*-\s*([A-ZĐƯ][A-Za-zĐƯ]{0,3})\s*/\s*([A-ZĐƯ]{1,8}))"
    r"|(?:(\d{1,4})/((?:19|20)\d\d)/([A-ZĐ]{1,4})-([A-ZĐ][A-Za-zĐ]{0,7}))"  # 18/2022/QD-TTg
    r"|(?:(\d{1,4})/([A-ZĐ][A-Za-zĐ]{0,3})-([A-ZĐƯ][A-Za-zĐƯ]{0,7}\d{0,2}))(?![\w/])"
    r"|(?:(\d{1,4})/((?:19|20)\d\d)/((?:UBTV)?QH\d{1,2}))(?![\w/])"  # 202/2025/QH15: the kind is the word's
)
_DIGIT = re.compile(r"\s*\d{1,4}")
_MAYBE_CODE = re.compile(r"\d\s*[-/]")  # in every code: read first, it finds the few sentences with one


def _codes(sentence: str):
    """``_CODE.finditer(sentence)``, quickly when the sentence can hold no code."""
    return _CODE.finditer(sentence) if _MAYBE_CODE.search(sentence) else iter(())


_NUMBER_AFTER_MARK = re.compile(r"\.?\s*(\d{1,4})(?![\d/,.%-]|\s*(?:19|20)\d\d)")


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
        if not any(a <= start + m.start() < b for a, b, _ in out):
            out.append((start + m.start(), start + m.end(), int(m.group(1))))
    # "XIVe Congrès": a Roman numeral may carry the pack's ordinal suffix too
    for m in re.finditer(rf"(?<![\w])([IVXLC]{{1,6}}){suffix}?(?![\w])", original[start:end]):
        value = roman(m.group(1))
        if value and (value > 1 or _first_of(folded, start + m.end(), pack)):
            out.append((start + m.start(), start + m.end(), value))
    return sorted(out)


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
            if re.search(rf"[{RE_COMMAS}()]|['’]s\b", between):
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
    return any(True for _ in pack.levels.finditer(folded, *phrase)) or bool(
        find_places(folded[phrase[0] : phrase[1]], sentence[phrase[0] : phrase[1]])
    )


def citation_spans(sentence: str, folded: str, pack: Pack) -> list[tuple[int, int]]:
    """Where a document is cited with its date ("18-NQ/TW dated 25 October 2017", "Chỉ thị số
    35-CT/TW ngày 30-5-2019"): dates there are the document's, not a meeting's."""
    spans = [(m.start(), m.end() + 60) for m in _codes(sentence)]
    for m, _ in pack.documents.finditer(folded):
        mark = re.match(r"\s*\S{0,6}\s*\d{1,4}", folded[m.end() : m.end() + 15])
        far = None if mark else _issuer_then_mark(folded, m.end(), pack)  # "قرار مجلس الشعب رقم 47"
        if far:
            spans.append((m.start(), _DIGIT.match(folded, far[0].end()).end() + 60))
        elif mark:
            spans.append((m.start(), m.end() + mark.end() + 60))
    return spans


def find_documents(sentence: Sentence, folded: str, pack: Pack) -> list[Document]:
    """Documents referred to in one sentence (``folded`` is ``fold(sentence)``)."""
    out: list[Document] = []
    words = [(m.start(), m.end(), v) for m, v in pack.documents.finditer(folded)]
    used_words: set[int] = set()

    def kind_before(pos: int) -> tuple[str | None, bool, int | None]:
        near = [w for w in words if w[1] <= pos and pos - w[1] <= 40]
        # "Quy định số 205-QĐi/TW, Hướng dẫn số 06-HD/TW": a word of an earlier clause names another code
        if not near or re.search(rf"[{RE_SEMICOLONS}{RE_COMMAS}]", folded[near[-1][1] : pos]):
            return None, False, None
        w = near[-1]
        return w[2][0], "weak" in w[2][1:], w[0]

    for m in _codes(sentence):
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
        number = number.replace("Ư", "W").replace("Đ", "D")
        code_kind = _code_kinds().get(letters)
        kind, weak, at = kind_before(m.start())
        if kind is None or (weak and code_kind):
            kind = code_kind
        if kind is None or kind == "other":
            continue
        if at is not None:
            used_words.add(at)
        out.append(Document(kind, sentence[m.start() : m.end()], sentence.index, number=number))

    for start, end, values in words:
        if start in used_words or values[0] == "other":
            continue  # "Instruction No. 5", "kỷ luật 548 đảng viên": no kind GOLD records
        kind = values[0]
        gap = len(folded[end : end + 3]) - len(folded[end : end + 3].lstrip())
        mark = pack.cue("docmark").match_at(folded, end + gap) or _issuer_then_mark(folded, end, pack)
        mark_end = mark[0].end() if mark else _glued_mark(folded, end + gap, pack)
        num = _NUMBER_AFTER_MARK.match(folded, mark_end) if mark_end is not None else None
        if num is None and gap and "weak" not in values[1:] and kind != "resolution":
            # "Dekret 178": a document word right before its bare number (not a year; "Resolution 6
            # of the 12th Central Committee" is a plenum's)
            bare = _NUMBER_AFTER_MARK.match(folded, end + gap)
            num = (
                bare
                if bare and not 1900 <= int(bare.group(1)) <= 2100 and bare.start(1) == end + gap
                else None
            )
        if num:
            n = num.group(1)
            if any(d.number and d.number.split("-")[0].split("/")[0] == n for d in out):
                continue
            if any(d.number == n and d.kind == kind for d in out):
                continue
            out.append(Document(kind, sentence[start : num.end()], sentence.index, number=n))
            continue
        # named by plenum / congress ordinals
        if "numbered" in values[1:] or kind in ("program", "plan"):
            # a word that names a document only with its number ("توجيه", "kết luận"); a programme
            # or plan "of the 16th Conference" is the meeting's agenda
            continue
        # a period after digits is an ordinal ("des 13. Parteitags", "13. ústředního výboru")
        stop = next(
            (
                m
                for m in re.finditer(
                    rf"[{RE_SEMICOLONS}]|(?<!\d)\.|\s{pack.alternation('conjunction')}\s", folded[end:]
                )
                if not (
                    sentence[end + m.start() + 1 : end + m.end() - 1] == "I"
                    and _first_of(folded, end + m.end() - 1, pack)
                )
            ),
            None,
        )  # "uchwały I Zjazdu": a Roman one, not "i" (and)
        limit = min(len(folded), end + (stop.start() if stop else 120), end + 120)
        later = [w[0] for w in words if w[0] > end]
        if later:
            limit = min(limit, later[0])  # "a plan to carry out the resolution of ...": not the plan's
        topic = next((m.start() for m, _ in pack.cue("topic").finditer(folded, end, limit)), None)
        if topic is not None:
            limit = topic  # "decyzję o powołaniu Komitetu ... XVI kadencji": the subject's ordinal
        session = term = None
        term_end = 0
        bare = re.match(r"^\s*(\d{1,2})(?![\d/,.%-])", folded[end:limit])
        for ordinal in _ordinal_at(folded, sentence, pack, end + (bare.end() if bare else 0), limit):
            kind_of = _classify(folded, pack, ordinal, (max(0, start), limit))
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
            and (
                any(True for _ in pack.cue("congress").finditer(folded, end, limit))
                or any(
                    re.match(r"\s*(?:19|20)\d\d\s*[-–]\s*(?:19|20)\d\d", folded[m.end() : m.end() + 20])
                    for m, _ in pack.cue("term").finditer(folded, end, min(len(folded), limit + 30))
                )
            )
        ):
            # "Nghị quyết Đại hội Đảng bộ tỉnh lần thứ XI", "قرار المؤتمر السادس عشر للجنة الحزب
            # الإقليمية للفترة 2025-2030": the one ordinal of a congress, or of a meeting named by
            # its term's years, is the term's
            session, term = None, session
        if bare and term is not None and (session is None or session == int(bare.group(1))):
            # "Resolution 6 of the 12th Central Committee": the plenum's resolution
            session = int(bare.group(1))
        elif bare and session == int(bare.group(1)):
            session = None
        if session is None and term is None:
            # "Resolution 20 (dated 18 July 2023)", "القرار 57 للمكتب السياسي": with no plenum or
            # congress after it, the bare number is the resolution's own
            bare = _NUMBER_AFTER_MARK.match(folded, end + gap) if gap else None
            if bare and bare.start(1) == end + gap and not 1900 <= int(bare.group(1)) <= 2100:
                n = bare.group(1)
                if not any(d.number and d.number.split("-")[0].split("/")[0] == n for d in out):
                    out.append(Document(kind, sentence[start : bare.end()], sentence.index, number=n))
            elif kind == "resolution" and _named_congress(folded, sentence, end, limit, pack):
                # "Uchwały Kongresu Partii Hanoi na kadencję 2020-2025": a congress's resolution
                # named by its place or level, no ordinal
                out.append(Document(kind, sentence[start:limit].strip(), sentence.index))
            continue
        out.append(Document(kind, sentence[start:limit].strip(), sentence.index, session=session, term=term))
    seen = set()
    unique = []
    for d in out:
        key = (d.kind, d.number, d.session, d.term)
        if key not in seen:
            seen.add(key)
            unique.append(d)
    return unique
