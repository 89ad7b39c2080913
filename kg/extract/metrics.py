"""Reported figures: value + unit (+ indicator, + change against the same period)."""

from __future__ import annotations

import bisect
import itertools
from functools import cache
from pathlib import Path

import kg.rx as re
from kg import tables
from kg.extract.numbers import NUMBER, find_dates, parse_number
from kg.lang import Pack
from kg.model import Metric
from kg.script import RE_CLAUSE_ENDS, RE_COMMAS, RE_SEMICOLONS
from kg.text import Sentence, fold

__all__ = ["find_metrics"]

_WINDOW = 200  # characters after a number looked at for its unit


def _unit_before(folded: str, start: int, pack: Pack) -> tuple[str, float] | None:
    """A unit written before the number ("ranked 44th", "المرتبة 44"): units.tsv rows marked
    ``before`` in their fourth column."""
    window = folded[max(0, start - 30) : start]
    for m, values in pack.units.finditer(window):
        if len(values) > 2 and values[2] == "before" and m.end() >= len(window.rstrip()):
            return values[0], float(values[1] or 1)
    return None


def _cue_before(folded: str, start: int, pack: Pack, kinds: tuple[str, ...], width: int) -> bool:
    window = folded[max(0, start - width) : start]
    return any(m.end() >= len(window.rstrip()) - 1 for k in kinds for m, _ in pack.cue(k).finditer(window))


def _currency_start(folded: str, start: int, pack: Pack) -> int:
    """Where a currency written right before the number at ``start`` begins ("VND" in "up VND300 billion", "an
    increase of USD 5 million"), else ``start``: a cue before the figure stands before its currency."""
    window = folded[max(0, start - 6) : start]
    for m, _ in pack.cue("currency_before").finditer(window):
        if not window[m.end() :].strip():
            return start - len(window) + m.start()
    return start


def _rank_field(folded: str, start: int, pack: Pack) -> bool:
    """Is the count the field a rank is counted among ("المرتبة 44 من بين 63 مقاطعة", "ocupó el sexto lugar entre las
    63 localidades", "ranked 44th out of 63 provinces", "ranked 26th among 63 provinces", "xếp vị thứ 26 về quy mô GRDP
    so với 63 tỉnh")? An ``out_of``, ``range_start`` or ``rank_among`` cue right before the number (a short article
    between), and a rank word (a ``rank`` unit of units.tsv) before the cue in its clause."""
    clause = re.split(rf"[{RE_CLAUSE_ENDS}:]\s", folded[max(0, start - 60) : start])[-1]
    cues = [
        (m.start(), kind)
        for kind in ("out_of", "range_start", "rank_among")
        for m, _ in pack.cue(kind).finditer(clause)
        if re.fullmatch(r"(?:\s+[^\W\d_]{1,3})?\s*", clause[m.end() :])
    ]
    if not cues:
        return False
    at, kind = min(cues)
    before = clause[:at]
    ranks = [r.end() for r, values in pack.units.finditer(before) if values[0] == "rank"]
    # (a rank_among word also shares things out, 'among', 'trong': the rank's own number the only one after the rank
    # word, 'ranked 3rd and distributed 200 houses among 30 communes' keeps its 30)
    return bool(ranks) and (
        kind != "rank_among" or len(re.findall(r"\d+(?:[.,]\d+)*", before[ranks[-1] :])) <= 1
    )


def _capped(folded: str, start: int, pack: Pack) -> bool:
    """Does an upper bound a rule sets stand right before the number (``cap`` cues: "has no more than 5
    Vice Chairmen", "không quá 3 Phó Chủ tịch")? A count after it is a norm, not a reported figure."""
    window = folded[max(0, start - 30) : start]
    return any(m.end() >= len(window.rstrip()) - 1 for m, _ in pack.cue("cap").finditer(window))


def _benchmark(folded: str, start: int, pack: Pack, since: int) -> bool:
    """Is the number at ``start`` a national average the article compares its own figure with
    ("higher than the national growth rate of 9.2%", "(średnia krajowa wynosi 54,4%)")? A
    ``benchmark`` cue before it, after the previous figure, in the same clause."""
    window = folded[max(since, start - 60) : start]
    cues = list(pack.cue("benchmark").finditer(window))
    if not cues:
        return False
    between = window[cues[-1][0].end() :]
    return not re.search(rf"[{RE_SEMICOLONS}()]|[{RE_COMMAS}.:](?:\s|$)", between)


def _changing(folded: str, start: int, pack: Pack, own_unit: bool = False) -> bool:
    """Does a rise or fall earlier in the number's clause make "rose from 5 to 7" a change, not a
    range? Not a growth noun right before the number ("une croissance de 7 à 8%": a range of rates), nor
    one marked ``noun`` anywhere before it ("a GRDP growth rate of 8 to 8.5%", "tăng trưởng GRDP từ 8
    đến 8,5%": the rate's range). A ``shift`` verb ("went from 40% to 45%", "est passé de", "pasó del")
    moves a level as a rise does; a rise's verb right before a lower bound that carries its own unit is a
    change from it ("a augmenté de 15 % à 20 %"; "a augmenté de 7 à 8 %" stays the range of a rise)."""
    clause = re.split(rf"[{RE_SEMICOLONS}.:]\s", folded[max(0, start - 60) : start])[-1]
    near = len(clause.rstrip()) - 1
    return any(
        (m.end() < near or own_unit) and values[:1] != ("noun",)
        for k in ("increase", "decrease", "shift")
        for m, values in pack.cue(k).finditer(clause)
    )


def _worded_range(
    span: re.Match, lower: float, folded: str, start: int, pack: Pack, opened: bool = False
) -> bool:
    """Is "23 to 25" a range, its lower bound the figure? A range rises, within one order of
    magnitude ("from 20 to 14" is a change; "in 2023 to 53,389.7 billion" a year, then the figure),
    and no rise or fall before it makes it a change ("rose from 12 to 15")."""
    upper = parse_number(re.search(r"\d+(?:[.,]\d+)*", span.group()).group(), pack.decimal)
    if upper is None or not lower < upper <= 10 * lower:
        return False
    if re.match(r"(?:19[5-9]\d|20\d\d|2100)(?![\d.,])", folded[start : start + 5]):
        return (
            False  # "pasaron de 10.000 mil millones en 2020 a 15.000 mil millones": a year, then the figure
        )
    return opened or not _changing(folded, start, pack, span.group(1) is not None)


def _currency_before(folded: str, start: int, pack: Pack) -> str | None:
    """A currency written right before the number ("VND23,788", "$5"), per the pack's cues."""
    match = re.search(r"([^\s(]+?)\s?$", folded[max(0, start - 6) : start])  # "(US$210 million)" too
    if match and match.group(1) in pack.cue("currency_before"):
        return match.group(1)
    return None


def _skip(folded: str, start: int, end: int, value: float) -> bool:
    before = folded[max(0, start - 3) : start]
    after = folded[end : end + 3]
    if re.match(r"^\s*(?:h\d|:\d|/\d{4}|-[a-zđ]|\s*-\s*(?:kl|nq|qd|kh|ct)\b)", after):
        return True  # times, dates, document numbers
    if (
        re.search(r"[/-]\s*$", before)
        and not re.search(r"[\d%]\s*/\s*$", before)
        and not _signed(folded, start)
        and not _run_on_item(folded, start)
    ):
        return True  # (not the total of "43/49" nor of "83,2%/50%", nor a signed number: "giảm -0,35%", nor an item's)
    return False


def _hyphened_unit(folded: str, end: int, pack: Pack) -> bool:
    """Is a unit of the pack written with a hyphen glued to the number ("an 18-member Politburo",
    "15-köpfige Delegation", "18-osobowe Biuro"), which is no code's or date's part?"""
    return folded[end : end + 1] == "-" and pack.units.match_at(folded, end) is not None


def find_metrics(sentence: Sentence, folded: str, pack: Pack, whole: Metric | None = None) -> list[Metric]:
    """Figures in one sentence, in order; ``whole``: the count the sentence before ended with, when this one opens
    with a ``partition`` cue ("Es gingen 800 Anträge ein. Davon wurden 642 abgeschlossen": 642 is a part of it).

    >>> from kg.lang import load_pack
    >>> from kg.text import Sentence, fold
    >>> s = Sentence("Revenue reached 15,058 billion VND, up 12% over the same period.", 0, 0)
    >>> [(m.value, m.unit, m.change_pct) for m in find_metrics(s, fold(s), load_pack("en"))]
    [(15058.0, 'billion_vnd', 12.0)]
    """
    # (every number NUMBER and _GLUED read opens with a digit: a sentence with none has no figure but these)
    if _DIGIT(folded) is None:
        return _ordinal_ranks(sentence, folded, pack) + _duals(sentence, folded, pack)
    found: list[tuple[int, int, Metric, bool | str]] = []  # start, end, metric, change kind
    if whole is not None:
        found.append((0, 0, whole, False))  # (read as the count before the cue; not returned)
    shares: set[int] = set()  # the figures that are a share of a plan or estimate ("49% of the estimate")
    dates = [(d.start, d.end) for d in find_dates(folded, pack)]  # sorted, never overlapping
    consumed = 0  # where the last figure's wording ended: "56 z 93 zadań" is one figure
    parted: str | None = None  # the unit of the count the last figure was a part of ("of which 642")
    thousands_comma = _thousands_comma(folded, pack)
    for m in _numbers(folded, pack):
        start, end = m.span()
        if start < consumed or _in_date(dates, start, len(folded)) or _inside_word(folded, start, pack):
            continue
        value = _value(m.group(), pack, thousands_comma)
        if value is not None and value >= 1e18:
            continue  # a run of digit groups no figure has ("1 111 111 ...": no int of 15,000 digits)
        if value is None or (_skip(folded, start, end, value) and not _hyphened_unit(folded, end, pack)):
            continue
        frac, rest = _fraction(folded, end, pack)
        if frac is not None and frac.lastindex and value > float(frac.group(1)):
            frac, rest = None, end  # "bis 2030 von 70 %": a worded total smaller than its part is none
        if frac and _day_and_month(m.group(), frac, folded, start, rest, pack):
            continue  # "Sáng nay (28/9)", "Hội trường 2/9", "hôm 17/11", "12 / 2020": a date, no figure
        if not frac:
            value, rest = _compound(folded, rest, value, pack, thousands_comma)
        upper = _range_after(folded, start, rest, value, frac, pack)
        rest += upper  # "8,3-8,5%", "de 9 à 10%": the lower bound, with the range's unit
        unit, factor, rest = _unit_written(folded, sentence, start, rest, frac, pack)
        if unit == "percent" and pack.decimal == "." and re.fullmatch(r"\d{1,3}\.\d{3}", m.group()):
            value = float(m.group())  # "7.500 percent" is a decimal; "VND2.800 billion" is 2800
        if unit in ("count", "persons") and not frac and _ordinal_or_name(folded, start, pack):
            continue  # "kỳ họp thứ 14 ông A", "khóa 19 ông A", "Quận 8 cán bộ": no count
        if unit in ("count", "persons") and not frac and _labelled(folded, sentence, start, pack):
            continue  # "the District 3 People's Committee", "des Bezirks 3": a name, no count of people
        if unit == "count" and not frac and _planned_unit(folded, start, end, rest, pack):
            continue  # "đề ra 6 nhiệm vụ trọng tâm và 25 chỉ tiêu", "fijó 25 metas": a plan's content
        if unit == "other" and _distance(folded, start, rest, pack):
            consumed = rest
            continue  # "about 5 km from the provincial centre": where a place lies, no figure
        if unit is None and not frac:
            unit = _total_out_of(folded, start, value, found, pack)
        part = None
        if unit is None:
            counted = _count_unit(folded, sentence, start, end, rest, value, found, pack, parted)
            if counted is None:
                continue
            unit, rest, part = counted
        if (
            unit in _COUNTED
            and not frac
            and (_more_than(folded, rest, pack, end) or _more_by(folded, start, rest, pack))
        ):
            consumed = rest
            continue  # "soit 17 projets de plus qu'à la même période": a difference, as "up 17 projects" (fix28b)
        parted = part
        if (
            unit in ("count", "persons")
            and factor == 1
            and not frac
            and _LONE_MARK_THOUSANDS.fullmatch(m.group())
        ):
            value = float(
                re.sub(r"[.,]", "", m.group())
            )  # "45,582 miembros", "45.582 party members": no count
            # is a decimal; the lone mark before three digits groups the thousands, whichever the language's mark
        if unit in ("count", "persons") and upper:
            consumed = rest
            continue  # "The Committee has 23 to 25 members", "má 27–33 soudruhů", "2-3 part-time members": a rule's
            # bounds, as a cap is; no count is reported as a range (a sum's or a rate's range is: its lower bound)
        if unit in ("count", "persons") and _capped(folded, start, pack):
            continue  # "ma nie więcej niż 4 wiceprzewodniczących", "không quá 3 Phó Chủ tịch", "no more than
            # 1/3 are Central Committee members": a rule's bound (a fraction's both numbers: its end is consumed)
        if unit in ("count", "persons") and not frac and _rank_field(folded, start, pack):
            consumed = rest
            continue  # "المرتبة 44 من بين 63 مقاطعة", "ocupó el sexto lugar entre las 63 localidades": the field a rank
            # is counted among, no figure
        if unit == "count" and not frac and _top_of(folded, start, rest, pack):
            unit = "rank"  # "among the 10 localities with the highest revenue": a top 10, as "top 10" is
        if _year(m.group(), value, unit, frac) and (
            not _cue_before(folded, start, pack, ("quantity",), 25) or _compared_year(folded, end, pack)
        ):
            continue  # (not after a quantity word: "more than 2000 enterprises", "hơn 2000 doanh nghiệp" count;
            # but "exceeded 2024 levels": the year a figure is compared with)
        unit, value = _scaled(unit, value * factor, factor)
        if (
            unit != "percent"
            and _cue_before(folded, _currency_start(folded, start, pack), pack, ("increase", "decrease"), 25)
            and not (unit == "count" and _places_noun(folded, start, pack))  # "wuchsen 6 Orte um 10 %"
            and not _from_level(
                folded, start, rest, _value(m.group(), pack, thousands_comma) or 0, pack, False
            )
        ):
            continue  # "(up 16 million VND on 2015)": a difference, not a reported level
        since = found[-1][1] if found else 0
        if _benchmark(folded, start, pack, since):
            consumed = rest  # "(średnio w kraju o 9,3%)": the country's figure, not the article's
            continue
        is_change, shared = False, False  # shared: "..., reaching 94.7% of the estimate"
        named_after = (
            None  # the indicator a compared percentage's own clause names ("compared with 8% for imports")
        )
        if unit == "percent" and _versus(folded, start, pack):
            # "45 %, contre 38 % au cours de la même période": the earlier level, a rate of change only after one and
            # of the same subject's earlier period ("grew 7.5%, compared with 6.8% in the same period"; not "compared
            # with 98% of the yearly estimate", "7.1% nationwide", "8% for imports": review28 Medium 6; fix28b)
            shared = _percent_change(folded, start, rest, value, since, pack)[1]
            earlier, named_after = _compared_period(folded, rest, pack)
            is_change = (
                earlier
                and not shared
                and bool(found)
                and found[-1][2].unit == "percent"
                and found[-1][3] not in (False, "average")
            )
        elif unit == "percent":
            is_change, shared, value = _percent_change(folded, start, rest, value, since, pack)
            if (
                not is_change
                and not shared
                and found
                and found[-1][2].unit == "percent"
                and found[-1][3] in (True, "same_period")
                and _gapped_change(folded, found[-1][0], found[-1][1], start, rest, pack)
            ):
                # "les exportations ont augmenté de 12 % et les ventes au détail de 15,2 %": the second subject's
                # change, its verb gapped, rising or falling as the first
                is_change = True
                value = (
                    -value
                    if _gapped_change(folded, found[-1][0], found[-1][1], start, rest, pack) < 0
                    else value
                )
        elif folded[start - 1 : start] == "-":
            continue  # (a number after a hyphen is read only as a signed percentage: "COVID -19 pandemic")
        if _converted(folded, start, unit, found):
            # "37.89 trillion VND (1.54 billion USD)": the same sum converted, part of the first figure
            found[-1] = (found[-1][0], rest, found[-1][2], found[-1][3])
            consumed = rest
            close = re.match(r"\s*\)", folded[rest : rest + 5])
            if found[-1][2].indicator == "other" and close is not None:
                # the wording after the bracket names the sum: "48.5 trillion VND (2.03 billion USD) in State budget
                # revenue", "48 500 milliards de VND (2,03 milliards USD) de recettes budgétaires"
                named = _indicator_after(folded, rest + close.end(), pack)
                named = "other" if _spent(folded, found[-1][0], pack, named) else named
                found[-1][2].indicator = named if named in _SUMMED else "other"
            continue
        metric = Metric(value, unit, sentence[start:rest].strip(), sentence.index)
        metric.indicator = _figure_indicator(
            folded, start, end, rest, unit, shared, found, pack, bool(is_change)
        )
        if named_after is not None:
            metric.indicator = named_after
        if unit == "percent" and _places_growth(folded, start, found, pack):
            # "6 localities grew by more than 10%": the places' growth, no change of the count
            is_change = False
            metric.indicator = "grdp_growth" if metric.indicator == "other" else metric.indicator
        elif (
            unit == "percent"
            and is_change
            and found
            and found[-1][2].unit == "count"
            and _places_noun(folded, found[-1][0], pack)
            and _places_complement(folded, found[-1][0], pack)
        ):
            # "Investment in 3 districts rose 20%": the noun's change, a figure of its own, no change of the count
            is_change, metric.change_pct, metric.value = False, metric.value, abs(metric.value)
            if metric.indicator == "other":
                # the noun's wording is the change's: "Budget revenue of 5 districts rose 15%" (review25 Low 1)
                named = _indicator(folded, found[-1][0], pack, found[-2][1] if len(found) > 1 else 0)
                metric.indicator = "grdp_growth" if named == "grdp" else named
        places = unit == "count" and _places_noun(folded, start, pack)
        if places and metric.indicator != "other":
            # a count of places measures none of the list's indicators: "40/116 communes met advanced new rural
            # standards", "Budget revenue of 5 districts rose 15%" (reg-all's gold: other; fix26b)
            metric.indicator = "other"
        if (
            unit == "count"
            and metric.indicator == "other"
            and not places
            and (frac or _share_after_noun(folded, start, end, pack))
            and _targets_met(folded, start, end + frac.end() if frac else end, pack)
        ):
            # "zrealizowała 24 z 25 zadań", "completed 24 of 25 tasks", "أنجزت 41 مهمة من أصل 89 مهمة" (41 tasks out of
            # 89)
            metric.indicator = "targets_met"
        if unit == "criteria" and not frac and not _rural_criteria(folded, start, rest, pack):
            # "The province set 5 criteria for evaluating officials": no new countryside's
            metric.indicator = "other"
        if frac and unit == "count" and _resolved(folded, start, rest, metric.indicator, found, pack):
            metric.indicator = "complaints_resolved"  # "حلت 34/37 شكوى", "resolved 34 of 37 complaints"
        if whole is not None and metric.indicator == "other" and _part_of_whole(metric, whole, found, pack):
            # a bare number, a part of the count the sentence before gave, counts what it counts: its indicator (of the
            # complaints received, those a resolving verb reports resolved: "Of these, 642 were resolved")
            metric.indicator = whole.indicator
            if _resolved(folded, start, rest, metric.indicator, [], pack):
                metric.indicator = "complaints_resolved"
        found.append((start, rest, metric, is_change))
        shared_by = _two_subjects(folded, start, unit, is_change, found, pack)
        if shared_by is not None:
            # "Total retail sales of goods and total export turnover of goods both increased by over 20%": each's
            metric.indicator = shared_by[0]
            twin = Metric(metric.value, unit, metric.surface, sentence.index, shared_by[1])
            found.append((start, rest, twin, is_change))
        if shared and not is_change:
            shares.add(id(metric))
        consumed = rest
        if frac and unit not in ("percent",):
            total = _fraction_total(frac, metric, factor, pack)
            if total is not None:
                found.append((start, rest, total, False))
    if whole is not None:
        found = [f for f in found if f[2] is not whole]
    found = _listed_parts(sentence, folded, found, pack, thousands_comma)
    _invested_in(found, folded, pack)
    return (
        _with_changes(found, folded, pack, shares)
        + _ordinal_ranks(sentence, folded, pack)
        + _duals(sentence, folded, pack)
    )


# a number a letter follows, which NUMBER leaves out ("35,555ha", "1.250ha", "20km"): a figure when a unit is glued
_GLUED = re.compile(  # (not from inside a run of digit groups: a linear scan; the look-behinds after the first
    # digit, "(?<!\d[ ])\d" as "\d(?<!\d[ ]\d)": the engine skips to the digits; tests/api/test_speed_equivalence.py)
    r"\d(?<!\d[ \u00a0\u202f]\d)(?<![\w.,/-]\d)(?:\d{0,2}(?:[ \u00a0\u202f]\d{3})+(?:[.,]\d+)?|\d*(?:[.,]\d+)*)(?=[^\W\d_])"
)


_DIGIT = re.compile(r"\d").search


def _listed_parts(sentence: Sentence, folded: str, found, pack: Pack, thousands_comma: bool):
    """The numbers of a list after a colon that sum to the count right before the colon are its parts, each a count of
    the same unit and indicator, its label before it ("kỷ luật 548 đảng viên ... bằng các hình thức: Khiển trách 438;
    cảnh cáo 75; cách chức 7; khai trừ ra khỏi Đảng 28 trường hợp", "disciplined 548 party members in the following
    forms: reprimand 438; warning 75; dismissal 7; expulsion 28 cases"): a bare number after its label is otherwise no
    figure. Two parts or more, every number after the colon a whole number and one of them, no day among them."""
    for k, (_, end, whole, _) in enumerate(found):
        if whole.unit not in ("persons", "count") or whole.value != int(whole.value) or whole.value < 3:
            continue
        # (a comma or a bracket may stand between: "548 Parteimitglieder diszipliniert (69 weniger als 2017), und zwar in
        # folgenden Formen:")
        colon = re.compile(rf"[^.{RE_SEMICOLONS}:]{{0,120}}:").match(folded, end)
        if colon is None:
            continue
        numbers = [m for m in _numbers(folded, pack) if m.start() >= colon.end()]
        values = [_value(m.group(), pack, thousands_comma) for m in numbers]
        if (
            len(numbers) < 2
            or any(v is None or v != int(v) for v in values)
            or sum(values) != whole.value
            or any(True for d in find_dates(folded[colon.end() :], pack))
            or any(
                _labelled(folded, sentence, m.start(), pack) or _level_named(folded, m.start(), pack)
                for m in numbers
            )
        ):
            continue  # (not numbered names that sum by chance: "10 phường: Phường 1, Phường 2, Phường 3 và Phường 4")
        own = {f[0]: f for f in found[k + 1 :]}
        if any(own[m.start()][2].unit not in ("persons", "count") for m in numbers if m.start() in own):
            continue  # ("...: 60%, 25% and 15%" are shares, read as such)
        parts = []
        for m, value in zip(numbers, values, strict=True):
            if m.start() in own:
                part = own[m.start()][2]
                part.unit, part.indicator = whole.unit, whole.indicator
                continue
            label = re.split(rf"[{RE_SEMICOLONS}{RE_COMMAS}:]", folded[colon.end() : m.start()])[-1]
            begin = m.start() - len(label.lstrip())
            parts.append(
                (
                    m.start(),
                    m.end(),
                    Metric(
                        value, whole.unit, sentence[begin : m.end()].strip(), sentence.index, whole.indicator
                    ),
                    False,
                )
            )
        return sorted(found + parts, key=lambda f: f[0])
    return found


def _two_subjects(folded: str, start: int, unit: str, is_change, found, pack: Pack) -> tuple[str, str] | None:
    """The two indicators of a change two subjects share: a percentage after a rise or fall cue whose clause opens with
    two indicator wordings joined by a conjunction, no figure and no other wording before it ("Total retail sales of
    goods and total export turnover of goods both increased by over 20%", "وارتفع إجمالي مبيعات التجزئة للسلع وإجمالي
    حجم صادرات السلع بنسبة تزيد عن 20%"): the figure is each one's (u-en-0020's gold, two figures)."""
    if unit != "percent" or not is_change or len(found) > 1:
        return None
    if re.split(rf"[{RE_COMMAS}]\s|[{RE_SEMICOLONS}:]", folded[start : start + 80])[0].count("%") > 1:
        return None  # "... rose by 10% and 15% respectively", "tăng lần lượt 10% và 15%": a figure each (review25)
    clause = re.split(rf"[.{RE_SEMICOLONS}:]", folded[max(0, start - 160) : start])[-1]
    head = folded[start - len(clause) : start]
    if re.search(rf"[{RE_COMMAS}]\s", head) or re.search(r"\d", head):
        return None
    words = list(pack.indicators.finditer(head))
    if len(words) != 2 or words[0][1][0] == words[1][1][0] or "other" in (words[0][1][0], words[1][1][0]):
        return None
    between = head[words[0][0].end() : words[1][0].start()]
    # (a conjunction of one letter is glued to its word: ar "وإجمالي")
    glued = [c for c in pack.cue("conjunction").entries if len(c) == 1]
    if not _cue_in(pack.cue("conjunction"), between) and not any(
        re.search(rf"(?:^|\s){re.escape(c)}\w", between) for c in glued
    ):
        return None
    return words[0][1][0], words[1][1][0]


def _level_named(folded: str, start: int, pack: Pack) -> bool:
    """Does a level word (``levels.tsv``: 'phường', 'ward', 'quận') stand right before the number: a place's name
    ("Phường 1", "Ward 3"), no part of a count (review25 Low 4)?"""
    head = folded[max(0, start - 25) : start].rstrip()
    return any(m.end() == len(head) for m, _ in pack.levels.finditer(head))


def _numbers(folded: str, pack: Pack) -> list[re.Match]:
    """The numbers of a sentence in order: NUMBER's, and those a pack's unit is glued to ("35,555ha",
    "1.250ha lúa", "20km": the unit a whole word, no letter after it)."""
    numbers = list(NUMBER.finditer(folded))
    # (NUMBER reads no digit after a hyphen, "2020-2025", "COVID-19": a signed one is read here)
    if "-" in folded:
        signed = [
            m
            for m in _HYPHEN_SIGNED.finditer(folded)
            if _signed(folded, m.start()) or _run_on_item(folded, m.start())  # (an item's, unsigned)
        ]
        numbers = sorted(numbers + signed, key=lambda m: m.start()) if signed else numbers
    glued = []
    for m in _GLUED.finditer(folded):
        hit = pack.units.match_at(folded, m.end())
        if hit is not None and not re.match(r"[^\W\d_]", folded[hit[0].end() : hit[0].end() + 1]):
            glued.append(m)
    return sorted(numbers + glued, key=lambda m: m.start()) if glued else numbers


# a number right after a hyphen-minus a space or bracket stands before ("giảm -0,35%", "(-2.5%)"), which NUMBER leaves
# out; :func:`_signed` decides whether the hyphen is a sign
_HYPHEN_SIGNED = re.compile(
    r"\d(?<=(?<![^\s(\[])-\d)(?:\d{0,2}(?:[ \u00a0\u202f]\d{3})+(?:[.,]\d+)?|\d*(?:[.,]\d+)*)"
    r"(?!\w)(?!/\d{1,2}/)(?!/(?:19|20)\d\d)(?!/[^\d\s])"
)


def _signed(folded: str, start: int) -> bool:
    """Is the number at ``start`` written with a minus sign: a hyphen-minus, the minus (U+2212) or an en dash right
    before its digit, after a space or an opening bracket on the same line ("giảm -0,35%", "USD, −2.5%", "(–2,5 %)")?
    Not a hyphen between words or numbers ("COVID-19", "2020-2025", "21/NQ-HĐND", "5 -7%": a digit before it), nor a
    bullet opening a line or the sentence ("-95% hộ dân"), nor the items of a list a text runs on after a colon, a
    semicolon opening one of them ("Mục tiêu: -95% hộ dân dùng nước sạch; -100% xã đạt chuẩn")."""
    if start < 2 or folded[start - 1] not in "-\u2212\u2013":
        return False
    before = folded[: start - 1]
    gap = len(before) - len(before.rstrip())
    if folded[start - 2] not in "([" and not gap:
        return False
    head = before.rstrip()
    if _run_on_item(folded, start):
        return False
    return (
        bool(head)
        and "\n" not in before[len(head) :]
        and not head[-1].isdigit()
        and head[-1] not in "-\u2212\u2013"
    )


# an item of a list run on in a line, a semicolon, then a dash before a number: "...; -100% xã đạt chuẩn"
_RUN_ON_ITEM = re.compile(rf"[{RE_SEMICOLONS}]\s*[-\u2013]\s*\d")


def _run_on_item(folded: str, start: int) -> bool:
    """Is the number at ``start`` an item of a list a text runs on in a line after a colon: a dash before it right
    after the colon or a semicolon, and a semicolon opening such an item in the sentence ("Mục tiêu: -95% hộ dân dùng
    nước sạch; -100% xã đạt chuẩn": 95% and 100%)?"""
    head = folded[: start - 1].rstrip()
    return (
        start >= 2
        and folded[start - 1] in "-\u2013"
        and bool(head)
        and bool(re.match(rf"[{RE_SEMICOLONS}:：]", head[-1]))
        and _RUN_ON_ITEM.search(folded) is not None
    )


_LONE_MARK_THOUSANDS = re.compile(r"[1-9]\d{0,2}[.,]\d{3}")  # "45,582", "45.582" (not "0,582")


def _thousands_comma(folded: str, pack: Pack) -> bool:
    """Does a sentence of a comma-decimal language write its decimals with a point ("26.88 km")?
    Then it writes "3,500" for three thousand five hundred."""
    return pack.decimal == "," and bool(
        # ("(?<![\d.,])\d+\.\d{1,2}...", the look-behind after the first digit: the engine skips to digits)
        re.search(r"\d(?<![\d.,]\d)\d*\.\d{1,2}(?![\d.,]?\d)(?!\s*(?:uhr|h)\b)", folded)
    )


def _in_date(dates: list[tuple[int, int]], start: int, size: int) -> bool:
    """Is the number at ``start`` part of a date ("ngày 01/12", "26 August 2024")? ``dates`` are
    sorted spans that never overlap: a bisection finds the one that could hold it."""
    at = bisect.bisect_right(dates, (start, size + 1))
    return bool(at) and dates[at - 1][0] <= start < dates[at - 1][1]


def _inside_word(folded: str, start: int, pack: Pack) -> bool:
    """Are the number's digits part of a word ("H5N1")? Not after a clitic ("و43") or a currency
    ("VND5")."""
    glued = re.search(r"[^\W\d_]+$", folded[max(0, start - 3) : start])
    return (
        bool(glued) and glued.group() not in pack.prefixes and _currency_before(folded, start, pack) is None
    )


def _value(number: str, pack: Pack, thousands_comma: bool) -> float | None:
    """The number's value in the pack's decimal notation; "3,500" is 3500 in a sentence that writes
    decimals with a point although its language writes them with a comma."""
    value = parse_number(number, pack.decimal)
    if thousands_comma and re.fullmatch(r"\d{1,3},\d{3}", number):
        value = float(number.replace(",", ""))  # "VND 3,500 mil millones" beside "26.88 km"
    return value


def _compound(folded: str, rest: int, value: float, pack: Pack, thousands_comma: bool) -> tuple[float, int]:
    """(value, end) of a number written in parts, a scale word and a smaller number after it ("9 mil 800
    millones" is 9 800 millones, "3 mil 500 dólares" 3 500, "25 billones 500 mil millones" 25 500 mil
    millones): the value in the scale of the last part, read on from its number; else as it was.

    >>> from kg.lang import load_pack
    >>> es = load_pack("es")
    >>> [_compound(t, 1, 9.0, es, False)[0] for t in ("9 mil 800 millones", "9 mil 800 dolares", "9 mil, 800")]
    [9800.0, 9800.0, 9.0]
    >>> _compound("25 billones 500 mil millones de dong", 2, 25.0, es, False)
    (25500.0, 15)
    """
    scale = pack.scales.match_at(folded, rest + _spaces(folded, rest))
    if scale is None or folded[scale[0].end() : scale[0].end() + 1] != " ":
        return value, rest
    factor = float(scale[1][0])
    second = NUMBER.match(folded, scale[0].end() + 1)
    part = _value(second.group(), pack, thousands_comma) if second else None
    if not part:
        return value, rest
    then = pack.scales.match_at(folded, second.end() + _spaces(folded, second.end()))
    unit = float(then[1][0]) if then else 1.0  # the scale of the last part
    if factor < unit and part < factor:  # "9 mil 800 millones": (9 mil + 800) millones
        return value * factor + part, second.end()
    if then is None and factor > 1000:
        return value, rest  # "VND 10 billion 2 years ahead of schedule": a number of its own after the figure
    if factor >= unit and part * unit < factor:  # "25 billones 500 mil millones", "3 mil 500"
        return (value * factor + part * unit) / unit, second.end()
    return value, rest


def _fraction(folded: str, end: int, pack: Pack) -> tuple[re.Match | None, int]:
    """A total written after the number ("43/49", "64.4/68.49", "56 of 93 tasks", ``out_of`` cues):
    its match and where the figure's wording goes on; a window, not the rest: linear time."""
    # (a total grouped by spaces as the number before it may be: fr "7 676/12 021 mètres")
    frac = re.match(
        r"\s*/\s*(?:\d{1,3}(?:[ \u00a0\u202f]\d{3})+(?![\d.,]\d)|\d+(?:[.,]\d+)*)",
        folded[end : end + _WINDOW],
    )
    if frac is None and pack.cue("out_of"):
        # "56 of 93 tasks": the noun after the total is what both numbers count
        frac = re.match(
            rf"\s+(?:{pack.alternation('out_of')})\s+(\d+)(?![.,]?\d)(?!\w)", folded[end : end + 40]
        )
    return frac, end + frac.end() if frac else end


def _day_and_month(number: str, frac: re.Match, folded: str, start: int, rest: int, pack: Pack) -> bool:
    """Is "a/b" with nothing counted after it a day and a month ("(28/9)", "Từ 1/7", "hôm 17/11") or a
    month and a year ("12 / 2020"), not a part of a total? Whole numbers only, the first a day (up to 31)
    and the second a month, or the first a month and the second a year; no unit or scale word after it, nor
    a counted noun right before it ("criteria 5/10"). A day and a month needs a sign that it is one: a bracket
    or nothing before it, or a ``dateword``, ``date_before``, ``since``, ``until`` or ``label`` cue."""
    whole = re.fullmatch(r"\s*/\s*(\d{1,4})", frac.group())
    if whole is None or not re.fullmatch(r"\d{1,2}", number):
        return False
    first, second = int(number), int(whole.group(1))
    if not (1 <= first <= 31 and 1 <= second <= 12) and not (1 <= first <= 12 and 1950 <= second <= 2100):
        return False
    at = rest + _spaces(folded, rest)
    if pack.units.match_at(folded, at) is not None or pack.scales.match_at(folded, at) is not None:
        return False
    if re.match(r"\(\s*\d[\d.,]*\s*%", folded[at : at + 12]):
        return False  # a share in brackets after it: a vote, "12/12 (100%) đại biểu tán thành", no date
    window = folded[max(0, start - 30) : start].rstrip()
    if any(m.end() == len(window) for m, _ in pack.units.finditer(window)):
        return False  # "معايير 5/10"
    if second >= 1950 or window.endswith("(") or not window:
        return True  # "12 / 2020", "(28/9)", a line that opens with it
    if first > second:
        return True  # "Hạn chót là 31/12", "On 15/3", "Giải phóng miền Nam 30/4": no share exceeds its whole
    # a day and a month only after a word that dates ("từ 1/7", "hôm 17/11") or names ("Hội trường 2/9"):
    # after anything else ("là 5/11", "còn lại 2/10", "no more than 1/3") it is a share
    return _cue_before(folded, start, pack, ("dateword", "date_before", "since", "until", "label"), 30)


def _planned_unit(folded: str, start: int, end: int, rest: int, pack: Pack) -> bool:
    """Is the count's unit written right after it (up to ``rest``) a plan noun (``plan_noun`` cues: "25 chỉ
    tiêu", "25 metas"; not a longer unit that starts with one, "49 grup etnicznych") of a plan's content
    (:func:`_plan_content`), as a plan noun no unit lists is?"""
    word = _word_after(folded, end)
    plan = pack.cue("plan_noun").match_at(folded, word.start(1)) if word is not None else None
    return plan is not None and plan[0].end() >= rest and _plan_content(folded, start, end, pack)


_LETTER_WORD = re.compile(r"[^\W\d_]+")


def _distance(folded: str, start: int, rest: int, pack: Pack) -> bool:
    """Is the length a distance between places, no reported figure: a ``distance`` cue marked ``after``
    right after its unit ("5 km from the centre", "5 كيلومترات عن المركز", "5 km vom Zentrum"), one marked
    ``later`` in its clause after it ("120 Kilometer von Hanoi entfernt"), one marked ``near`` at most two words
    after it ("240 km of border with Laos", "240 km đường biên giới"), or another before the number in
    its clause ("cách trung tâm tỉnh 5 km", "a unos 5 km del centro")?"""
    cues = pack.cue("distance")
    if not cues:
        return False
    word = _word_after(folded, rest)
    hit = cues.match_at(folded, word.start(1)) if word is not None else None
    if hit is not None and hit[1][:1] == ("after",):
        return True
    after = re.split(rf"[{RE_CLAUSE_ENDS}]\s", folded[rest : rest + 40])[0]
    if any(values[:1] == ("later",) for _, values in cues.finditer(after)):
        return True  # "120 Kilometer von Hanoi entfernt": a ``later`` cue anywhere in the clause after it
    # a ``near`` cue at most two words after it: the length's noun ("240 km of border with Laos", "240 km đường biên
    # giới"), not a noun the length's noun is qualified by ("120 km đường tuần tra biên giới", patrol roads)
    if any(
        values[:1] == ("near",) and len(_LETTER_WORD.findall(after, 0, m.start())) <= 2
        for m, values in cues.finditer(after)
    ):
        return True
    if any(True for _ in pack.cue("area").finditer(folded[start:rest])):
        return False  # "borders Laos and has an area of 1,200 km²": an area is no distance
    clause = re.split(rf"[{RE_CLAUSE_ENDS}]\s", folded[max(0, start - 40) : start])[-1]
    plain = [m.end() for m, values in cues.finditer(clause) if not values[:1]]
    if not plain:
        return False
    # (a coordinated clause's own verb after the border verb ends its clause: "borders Laos and has 120 km of roads",
    # "graniczy z Laosem i ma 120 km dróg"; unless a border noun follows it, "y tiene una frontera de 240 km")
    verbs = [m.end() for m, _ in pack.cue("clause_verb").finditer(clause, plain[-1])]
    return not verbs or any(values[:1] == ("near",) for _, values in cues.finditer(clause, verbs[-1]))


def _ordinal_or_name(folded: str, start: int, pack: Pack) -> bool:
    """In a language that lists its counted nouns (``counts	listed``, vi), is the number an ordinal or
    part of a name, whatever noun follows it: right after the pack's ``ordinal_prefix`` word (format.tsv:
    "kỳ họp thứ 14 ông A", "lần thứ 17 đại biểu") or a term or label noun ("khóa 19 ông A", "Quận 8 cán bộ")?"""
    if _setting(pack, "counts") != "listed":
        return False
    prefix = _setting(pack, "ordinal_prefix")
    word = re.search(r"([^\W\d_]+)\s*$", folded[max(0, start - 20) : start])
    if prefix and word is not None and word.group(1) == fold(prefix):
        return True
    return _cue_before(folded, start, pack, ("term", "label"), 20)


_SHORT_WORD = re.compile(r"[^\W\d_]{1,3}")


def _last_words(text: str, n: int) -> list[str]:
    """The last ``n`` words (runs of what is no space) of a text that ends in spaces, as a search of
    ``(\\S+)\\s+ ... (\\S+)\\s+$`` groups them ([] when it has fewer, or does not end in a space): the same words,
    without the expression's search from every character, each trying its words to the end (str.split and the
    expression's ``\\s`` know the same spaces)."""
    if not text[-1:].isspace():
        return []
    words = text.split()
    return words[-n:] if len(words) >= n else []


def _range_after(folded: str, start: int, rest: int, value: float, frac, pack: Pack) -> int:
    """The length of the upper bound of a range after the number ("8,3-8,5%", "de 9 à 10%",
    ``range`` cues), which the figure's wording takes in: the figure is the lower bound; 0 when
    there is none (or the number has a total after it). The lower bound may carry the percent sign
    the upper one repeats ("from 8% to 8.5%"); a conjunction joins them after a ``range_start`` cue
    ("between 35% and 40%"), each bound after the same short article ("entre el 7 y el 8%", "entre un 7 y un 8%")."""
    joiners = pack.alternation("range")
    opened = _last_words(folded[max(0, start - 20) : start], 1)  # (\S+)\s+$
    article = ""
    if opened and pack.cue("range_start").get(opened[-1]) is None:
        # (a range_start cue, then a short article: the upper bound after the conjunction has it too)
        prior = _last_words(folded[max(0, start - 40) : start], 2)  # (\S+)\s+([^\W\d_]{1,3})\s+$
        if prior and _SHORT_WORD.fullmatch(prior[1]) and pack.cue("range_start").get(prior[0]) is not None:
            article = rf"(?:{re.escape(prior[1])}\s+)?"
    opened = bool(opened) and (pack.cue("range_start").get(opened[-1]) is not None or bool(article))
    if opened:  # (a range even after a rise: "growth of between 8% and 8.5%")
        joiners = f"{joiners}|{pack.alternation('conjunction')}"
    span = re.match(
        rf"(\s?%)?\s*(?:[-–]|\s(?:{joiners})\s?)\s*{article}\d+(?:[.,]\d+)*(?![.,]?\d)(?(1)(?=\s?%))",
        folded[rest : rest + _WINDOW],
    )
    if (
        span
        and not frac
        and (
            re.match(r"(?:\s?%)?\s*[-–]", span.group())
            or _worded_range(span, value, folded, start, pack, opened)
        )
    ):
        return span.end()
    return 0


def _spaces(folded: str, pos: int) -> int:
    """How many spaces come at ``pos`` (within the window a unit is looked for in)."""
    tail = folded[pos : pos + _WINDOW]
    return len(tail) - len(tail.lstrip())


def _factor(values: tuple[str, ...]) -> float:
    """The factor column of a ``units.tsv`` row (1 when empty)."""
    return float(values[1]) if len(values) > 1 and values[1] else 1.0


_COUNTED = ("count", "persons")


def _unit_written(
    folded: str, sentence: str, start: int, rest: int, frac, pack: Pack
) -> tuple[str | None, float, int]:
    """(unit, factor, end of the figure's wording) of the unit written with the number: a rank
    with a total ("xếp thứ 12/63 tỉnh"), a currency before it ("VND23,788 billion"), a unit after
    it, maybe after a scale word ("8.43 million tourists"), a unit before it ("ranked 44th"), else
    for a fraction the noun both numbers count; (None, 1.0, rest) when none is written."""
    ranked = _unit_before(folded, start, pack)
    if frac and ranked is not None and ranked[0] == "rank":
        return "rank", 1.0, rest  # "xếp thứ 12/63 tỉnh": the rank, out of the count after it
    space = _spaces(folded, rest)
    if not frac:
        currency = _currency_unit(folded, start, rest, pack)
        if currency is not None:
            return currency
    hit = pack.units.match_at(folded, rest + space) or pack.units.match_at(folded, rest)
    if hit is not None and hit[1][2:3] in (("ordinal",), ("ranked",)):
        hit = None  # a rank word only after an ordinal ("53. miejsca"), a counted noun after a cardinal ("3 miejsca")
    if hit is not None and hit[1][2:3] == ("scored",) and _scored(folded, start, rest, hit[0].end(), pack):
        hit = None  # "el PCI alcanzó 70,5 puntos": an index's score, no count of points
    factor = 1.0
    if hit is None:
        scale = pack.scales.match_at(folded, rest + space)
        if scale:
            factor, after = float(scale[1][0]), scale[0].end()
            hit = pack.units.match_at(folded, after + _spaces(folded, after))
            if hit is None:
                return _scaled_count(folded, start, after, factor, pack)
    if hit and ranked is not None and ranked[0] == "rank" and factor == 1.0 and hit[1][0] in _COUNTED:
        # "nằm trong top 20 tỉnh, thành phố": the rank word before the number, the field it ranks among after it
        return "rank", 1.0, hit[0].end()
    if hit:
        return hit[1][0], factor * _factor(hit[1]), hit[0].end()
    if ranked:
        return ranked[0], ranked[1], rest
    if frac:
        unit = _fraction_unit(folded, sentence, start, rest, pack)
        counted = _counted(folded, sentence, rest, rest, pack) if unit == "persons" else None
        # (the people's noun ends the figure's wording, as after a whole number: "499/500 oficjalnych delegatów")
        return unit, 1.0, counted[1] if counted is not None and counted[0] == "persons" else rest
    return None, 1.0, rest


def _top_of(folded: str, start: int, end: int, pack: Pack) -> bool:
    """Is a count (its number at ``start``, its counted noun ending at ``end``) a top N: a ``top_of`` word valued
    'before' right before the number ("among the 10 localities", "parmi les 10 localités", "zu den 10 Orten", "من بين 10
    محليات") and one valued 'after', a superlative, in its clause after the noun ("with the highest revenue", "ayant
    les recettes les plus élevées", "mit den höchsten Einnahmen", "ذات أعلى إيرادات")? The dev gold's rank (pl-012
    'w pierwszej dziesiątce miejscowości', the first ten; seeds 004 'ضمن أفضل 20 مقاطعة', among the best 20)."""
    cues = pack.cue("top_of")
    if not cues:
        return False
    head = folded[max(0, start - 30) : start].rstrip()
    among = [m for m, v in cues.finditer(head) if (v or ())[:1] == ("before",) and m.end() == len(head)]
    if not among:
        return False
    # (after a word of its clause, a verb of standing: "is among", "figurent parmi"; not a frame opening the clause:
    # "Among the 50 enterprises with the highest revenue, 12 are FDI enterprises" — review23's Low on 0ca7992b)
    opening = re.split(rf"[{RE_CLAUSE_ENDS}:]", folded[: max(0, start - 30) + among[0].start()])[-1]
    if not re.search(r"[^\W\d_]", opening):
        return False
    clause = re.split(rf"[{RE_CLAUSE_ENDS}:]", folded[end : end + 80])[0]
    return any((v or ())[:1] == ("after",) for _, v in cues.finditer(clause))


def _places_noun(folded: str, begin: int, pack: Pack) -> bool:
    """Does a ``places`` noun follow the count whose number opens at ``begin``, or its fraction's total ("6 localities",
    "16 of 34 localities", "16 من 34 منطقة")?"""
    cues = pack.cue("places")
    if not cues:
        return False
    pos = re.match(r"[\d.,/\s\u00a0\u202f]*", folded[begin:]).end() + begin
    out_of = pack.cue("out_of").match_at(folded, pos)
    if out_of is not None:
        total = re.match(r"\s*\d[\d.,]*\s*", folded[out_of[0].end() :])
        if total is None:
            return False
        pos = out_of[0].end() + total.end()
    noun = cues.match_at(folded, pos)
    return noun is not None and (noun[1] or ())[:1] != ("growth",)


def _places_growth(folded: str, start: int, found, pack: Pack) -> bool:
    """Is a percentage the growth of the places the count right before it counts: a ``places`` noun after the count's
    number (or its fraction's total), a growth in the clause that holds both (an increase cue, a grdp_growth wording,
    a ``places`` word valued 'growth'), no clause end between ("6 localities grew by more than 10%", "wuchsen 6
    Ortschaften um mehr als 10 %", "6 مناطق شهدت نمواً يزيد عن 10%")? Each place's growth (u-ar-0016's gold: grdp_growth,
    no change), a figure of its own, no change of the count."""
    cues = pack.cue("places")
    if not cues or not found or found[-1][2].unit != "count":
        return False
    begin = found[-1][0]
    gap = folded[begin:start]
    if len(gap) > 90 or re.search(rf"[{RE_CLAUSE_ENDS}:]", gap) or not _places_noun(folded, begin, pack):
        return False
    head = re.split(rf"[{RE_CLAUSE_ENDS}:]", folded[max(0, begin - 120) : begin])[-1]
    if any(v[0] != "grdp_growth" for _, v in pack.indicators.finditer(head)):
        return (
            False  # (the places' exports, revenue ...: "Exports of 5 districts increased by 15%"; review24)
        )
    clause = head + gap
    if _places_complement(folded, begin, pack):
        return False  # "Investment in 3 districts rose 20%", "Vốn đầu tư của 3 huyện": the noun's growth (review24)
    return (
        _cue_in(pack.cue("increase"), clause)
        or any(v[0] == "grdp_growth" for _, v in pack.indicators.finditer(clause))
        or any((v or ())[:1] == ("growth",) for _, v in cues.finditer(clause))
    )


def _places_complement(folded: str, begin: int, pack: Pack) -> bool:
    """Is the count of places opening at ``begin`` the complement of a noun before it: a ``places_of`` preposition right
    before it, a word before that in its clause, and no growth's wording there ("Investment in 3 districts rose 20%",
    "Vốn đầu tư của 3 huyện", "الاستثمارات في 3 مناطق"; not "Growth in 6 localities", "6 localities grew")?"""
    head = re.split(rf"[{RE_CLAUSE_ENDS}{RE_COMMAS}:]", folded[max(0, begin - 120) : begin])[-1]
    of = [m for m, _ in pack.cue("places_of").finditer(head) if m.end() == len(head.rstrip())]
    # (or, a genitive, an indicator's wording right before it: "Dochody budżetowe 5 dystryktów", "Thu ngân sách 5 huyện")
    named = any(
        v[0] != "grdp_growth" and m.end() == len(head.rstrip()) for m, v in pack.indicators.finditer(head)
    )
    if not named and (not of or not re.search(r"[^\W\d_]{3,}", head[: of[0].start()])):
        return False
    return not any(v[0] == "grdp_growth" for _, v in pack.indicators.finditer(head)) and not any(
        (v or ())[:1] == ("growth",) for _, v in pack.cue("places").finditer(head)
    )


def _scored(folded: str, start: int, rest: int, end: int, pack: Pack) -> bool:
    """Is the number from ``start`` to ``rest``, its unit (a ``units.tsv`` row marked ``scored``: es 'puntos', fr
    'points') ending at ``end``, a score: a decimal or a whole number up to 100 (no index scores more), or one with a
    ranking in its clause (a ``ranking`` cue, a rank indicator: 'PCI')? Else the points are counted: the places an
    online conference is linked to ('con conexión en línea a 37.000 puntos en los organismos centrales')."""
    value = parse_number(folded[start:rest], pack.decimal)
    if value is None or value <= 100 or value != int(value):
        return True
    ends = rf"[:;{RE_SEMICOLONS}{RE_COMMAS}]"
    clause = (
        re.split(ends, folded[max(0, start - 120) : start])[-1]
        + " "
        + re.split(ends, folded[end : end + 120])[0]
    )
    if any(True for _ in pack.cue("ranking").finditer(clause)):
        return True
    return any(values[0].endswith("_rank") for _, values in pack.indicators.finditer(clause))


def _currency_unit(folded: str, start: int, rest: int, pack: Pack) -> tuple[str, float, int] | None:
    """(unit, factor, end) of a currency written before the number: the pack's unit of the scale
    word after the number with the currency ("VND23,788 billion": "billion vnd"), else of the
    currency alone ("$5")."""
    currency = _currency_before(folded, start, pack)
    if not currency:
        return None
    word = re.match(r"\s*([^\W\d_]+)", folded[rest : rest + _WINDOW])
    combined = pack.units.get(f"{word.group(1)} {currency}") if word else None
    values = combined or pack.units.get(currency)
    if not values:
        return None
    return values[0], _factor(values), rest + (word.end() if combined else 0)


# the accusative ending of an Arabic scale word ("ألفًا", "مليونًا"): the tanween of -an and its alef
_ACCUSATIVE = re.compile("\u064b?\u0627(?=\\s|$)")


def _scaled_count(folded: str, start: int, after: int, factor: float, pack: Pack) -> tuple[str, float, int]:
    """A scale word with no unit after it ("3.9 مليون نسمة", "the number of tourists reached 8.43
    million"): a count, of people when a word of people follows the scale word or a ``total`` cue
    before the number counts people. The scale word may end in the Arabic accusative ("15 ألفًا من السياح", a
    partitive after it: thousands of tourists)."""
    ending = _ACCUSATIVE.match(folded, after)
    people = _people_after(folded, ending.end() if ending else after, pack)
    if people is not None:
        return "persons", factor, people
    if _total_of(folded, start, pack) == "persons":
        return "persons", factor, after
    return "count", factor, after


def _fraction_unit(folded: str, sentence: str, start: int, rest: int, pack: Pack) -> str:
    """The unit of a fraction with no unit ("43/49 delegates", "24 of 25 tasks"): what the noun
    after it counts when it counts people, ``other`` when it is a measure ("62/68 km handed over",
    ``notcounted`` cues), else what a unit noun right before it counts ("معايير 5/10 فقط", criteria 5
    of 10), else ``count``."""
    counted = _counted(folded, sentence, rest, rest, pack)
    if counted is not None and counted[0] != "count":
        return counted[0]
    word = _word_after(folded, rest)
    if word and pack.cue("out_of").get(word.group(1)) is not None:
        # a partitive "of" after the fraction ("24/28 من الأهداف الرئيسية", 24/28 of the main targets): the noun
        # after it is what is counted, the "of" no measure (ar من is also a notcounted word)
        word = _word_after(folded, word.end(1))
    if word and _stem_hit(word.group(1), pack.cue("notcounted")):
        return "other"  # "62/68 km handed over": a measure, no count
    window = folded[max(0, start - 25) : start].rstrip()
    for m, values in pack.units.finditer(window):
        if m.end() == len(window) and values[0] in ("criteria", "persons"):
            return values[0]  # "تلبي قرية An Loc معايير 5/10": the noun before counts both
    return "count"


def _total_out_of(folded: str, start: int, value: float, found, pack: Pack) -> str | None:
    """The unit of a total after ``out_of`` ("صوت 452 نائبا من أصل 460": 460 counts what 452
    counts): the count before it, when the total is larger; else None."""
    if not found or found[-1][2].unit not in ("count", "persons"):
        return None
    gap = re.sub(r"^\S*", "", folded[found[-1][1] : start]).strip()  # (past the rest of the noun: "نائبًا")
    # (a cue of one or two letters, "of", "من", "de", is too common alone; fr "sur", de "von" are not; right after
    # the count's noun it is the share's whole: "56 tareas de 93", "56 zadań z 93", as "56 tâches sur 93")
    if gap in pack.cue("out_of") and not (" " in gap or len(gap) >= 3):
        number = re.match(r"\d+", folded[found[-1][0] :])
        if number is None or not _share_after_noun(folded, found[-1][0], found[-1][0] + number.end(), pack):
            return None
    if gap in pack.cue("out_of") and found[-1][2].value < value:
        return found[-1][2].unit
    return None


def _elided_noun(folded: str, start: int, end: int, value: float, found, pack: Pack) -> str | None:
    """The unit of a bare whole number listed after a count whose noun it leaves out, each with the same preposition
    after it ("elected 49 members to the Provincial Party Committee, 15 to the Standing Board and 9 to the Inspection
    Commission", "49 عضوا في اللجنة التنفيذية، و15 في اللجنة الدائمة", "49 członków do ..., 15 do ..."): a comma or a
    conjunction (or one glued to it, "و15") right before it, no other number since the count before it in its
    sentence; else None."""
    if not found or found[-1][2].unit not in ("count", "persons") or value != int(value):
        return None
    since = found[-1][1]
    between = folded[since:start]
    if len(between) > 120 or re.search(rf"\d|[.:{RE_SEMICOLONS}](?:\s|$)", between):
        return None
    glued = folded[start - 1 : start] in pack.prefixes and pack.cue("conjunction").get(
        folded[start - 1 : start]
    )
    if not glued and not re.search(
        rf"(?:[{RE_COMMAS}]|(?<![^\W\d_])(?:{pack.alternation('conjunction')}))\s*$", between
    ):
        return None
    word, before = _word_after(folded, end, 12), _word_after(folded, since, 12)
    if word is None or before is None or word.group(1) != before.group(1) or len(word.group(1)) > 4:
        return None
    return found[-1][2].unit


def _per_each(folded: str, end: int, pack: Pack) -> int | None:
    """How many words stand between a number ending at ``end`` and a distributive cue ("each", "cada", "chaque",
    "jeden", "każdy", "mỗi", "لكل") in the two words after it, no separator before it ("15 for each district": 1, "15
    لكل منطقة": 0), else None."""
    after = re.split(rf"[{RE_COMMAS}{RE_SEMICOLONS}.:]", folded[end : end + 40])[0]
    return next(
        (
            n
            for m, _ in pack.cue("distributive").finditer(after)
            if (n := len(after[: m.start()].split())) <= 1 and not _time_after(after, m.end(), pack)
        ),
        None,
    )


def _time_after(text: str, pos: int, pack: Pack) -> bool:
    """Is the word after ``pos`` a unit of time (a ``notcounted`` cue: "year", "año", "năm")? A distributive before
    it is a frequency ("300 each year", "cada año", "mỗi năm"), no share per unit."""
    word = _word_after(text, pos)
    return word is not None and _stem_hit(word.group(1), pack.cue("notcounted"))


def _count_unit(
    folded: str, sentence: str, start: int, end: int, rest: int, value: float, found, pack: Pack, parted
) -> tuple[str, int, str | None] | None:
    """(unit, end of the figure's wording, part) of a number with no unit written: what the noun
    after it counts, what a ``total`` cue before it counts ("Gesamtzahl ... 70.420 beträgt"), else
    the count before it that it is a part of (then also ``part``: "704 Aufgaben ...; davon wurden
    642 abgeschlossen, 21 sind überfällig"); None when it counts nothing."""
    # (a share per unit, no count of its own: a number that leaves its noun out, a distributive quantifier after it,
    # "300 teachers for schools, 15 for each district", "15 para cada distrito", "15 لكل منطقة")
    shared = _per_each(folded, end, pack)
    if shared == 0:
        return None  # (the quantifier right after the number: "15 لكل منطقة", "15 each")
    listed = None if shared is not None else _elided_noun(folded, start, end, value, found, pack)
    if listed is not None:
        return listed, end, None
    if (
        shared is None
        and _partition_right_before(folded, start, pack)
        and not _counted_noun_after(folded, end, pack)
    ):
        # a part right after a partition cue, no counted noun after it: a verb follows, "15 camaradas ..., de los
        # cuales 11 fueron reelegidos", "15 camarades ..., dont 11 ont été réélus": the count's unit, not a count of
        # the word after (as "of whom 11 were ...", "davon 11 wiedergewählt" read)
        part = _part_of(folded, start, end, value, found, pack, parted)
        if part is not None:
            return part, end, part
    counted = _counted(folded, sentence, start, rest, pack) or _total(folded, sentence, start, end, pack)
    if counted is not None:
        return counted[0], counted[1], None
    part = None if shared is not None else _part_of(folded, start, end, value, found, pack, parted)
    return (part, end, part) if part is not None else None


def _partition_right_before(folded: str, start: int, pack: Pack) -> bool:
    """Does a ``partition`` cue end right before the number starting at ``start``, only spaces between ("de los
    cuales 11", "dont 11", "of whom 11")?"""
    return any(
        not folded[m.end() : start].strip()
        for m, _ in pack.cue("partition").finditer(folded, max(0, start - 40), start)
    )


def _compared_year(folded: str, end: int, pack: Pack) -> bool:
    """Is the year-like number ending at ``end`` the year a figure is compared with: a ``compared_year``
    noun right after it, a possessive between ("exceeded 2024 levels", "surpassed 2024's figure")?

    >>> from kg.lang import load_pack
    >>> en = load_pack("en")
    >>> _compared_year("exceeded 2024 levels by 12%", 13, en), _compared_year("will exceed 2000 enterprises", 16, en)
    (True, False)
    """
    at = re.match(r"(?:['’]s)?\s+", folded[end:])
    return at is not None and pack.cue("compared_year").match_at(folded, end + at.end()) is not None


def _year(number: str, value: float, unit: str, frac) -> bool:
    """Is the number a year, no figure? A whole number from 1950 to 2100 with no decimals, unless a
    percentage or a sum of money, or written with a total."""
    if unit == "percent" or unit in _MONEY:
        return False
    return 1950 <= value <= 2100 and value == int(value) and not frac and not re.search(r"\d[.,]\d", number)


def _scaled(unit: str, value: float, factor: float) -> tuple[str, float]:
    """The unit and value as GOLD writes them: a scale word before a bare currency ("250 Mio.
    US-Dollar", "23.000 mds de VND") is the currency's scaled unit; a sum above the country's GDP
    is a scale misread ("42.000 billones de VND", an English billion translated): divided by 1000."""
    scaled = next(((u, f) for u, f in _SCALED.get(unit, ()) if factor >= f), None)
    if scaled:
        unit, value = scaled[0], value / scaled[1]
    while value > _CEILING.get(unit, float("inf")):
        value /= 1000
    return unit, value


def _percent_change(
    folded: str, start: int, rest: int, value: float, since: int, pack: Pack
) -> tuple[bool | str, bool, float]:
    """(change kind, share, value) of a percentage: its change kind (:func:`_change_kind`), whether
    it is a share of the figure before, and its value as a change (negative for a fall; "equal to
    140.6% of the same period" is a rise of 40.6)."""
    # the change's verb may open a long clause: "ارتفعت مبيعات التجزئة ... بنسبة 15.2%"
    clause = re.split(rf"[{RE_COMMAS}{RE_SEMICOLONS}]\s", folded[max(since, start - 90) : start])[-1]
    after = re.split(r"\d", folded[rest : rest + 50])[0]  # up to the next figure's number
    # (a same-period cue right before the next percentage names that one: "giảm còn 2,5% (cùng kỳ 3,1%)", the same
    # period's level in brackets, is no comparison of the 2.5)
    after = after[: _period_label(folded, rest, after, pack)]
    after = _past_period_value(after, pack)
    # cues after the previous figure: "made up 37.5% (32.7% in 2008)" is no change of 32.7
    window = folded[max(since, start - 40) : start]
    is_change, shared = _change_kind(clause, after, window, pack)
    if is_change is True and _from_level(folded, start, rest, value, pack):
        is_change = False  # "increased from 65% to 70%": the level it rose from, no change
    increase, decrease = pack.cue("increase"), pack.cue("decrease")
    same_period = pack.cue("same_period").pattern
    if _signed(folded, start):
        # "giảm -0,35%", "USD, −2.5% compared to the same period": the sign is the fall, with or without a fall's
        # verb (the two do not cancel), whichever of the hyphen-minus, the minus or the en dash writes it
        return is_change, shared, -value
    if is_change and (_cue_in(decrease, clause) or decrease.match_at(after.lstrip(), 0) is not None):
        value = -value
    if (
        is_change
        and same_period is not None
        and value > 100
        and not _cue_in(increase, clause)
        # (nor the rise's comparative after it: "300% more than the same period", "o 300% więcej niż"; fix26b)
        and increase.match_at(re.sub(r"^\s*%?\s*", "", after), 0) is None
    ):
        if not since:
            return (
                False,
                shared,
                value,
            )  # (no figure before it: "Doanh thu bằng 140,6% cùng kỳ", a share, below)
        value = round(value - 100, 4)  # "equal to 140.6% of the same period"
    elif (
        is_change == "same_period"
        and 50 <= value < 100
        and not (_cue_in(increase, clause) or _cue_in(decrease, clause))
        and same_period.match(re.sub(r"^\s*%?\s*", "", after))
        and increase.match_at(re.sub(r"^\s*%?\s*", "", after), 0) is None
        and not _coordinated_change(folded, since, start, pack)
    ):
        # "equal to 84.5% of the same period": a fall of 15.5 (not "a 60% rise over", "o 74% więcej niż rok wcześniej",
        # nor the rise's comparative "99,1 % de plus qu'à la même période")
        if not since:
            # (a percentage no figure stands before in its sentence is the level, the same period's share of nothing
            # written: "Tỷ lệ lao động qua đào tạo đạt 70% cùng kỳ" is 70%, no fall of 30)
            return False, shared, value
        value = round(value - 100, 4)
    return is_change, shared, value


def _past_period_value(after: str, pack: Pack) -> str:
    """The text after a percentage with a ``period_value`` cue ('wartości', 'de celui de', 'of that of') between its
    sign and a same-period cue put as the cue's value says (a preposition or nothing): "85,02% wartości z analogicznego
    okresu", "85,02 % de celui de la même période", "85.02% of that of the same period" read as "85.02% of the same
    period", the period's share (fix30b)."""
    lead = re.match(r"\s*%?\s*", after).end()
    hit = pack.cue("period_value").match_at(after, lead)
    if hit is None:
        return after
    at = hit[0].end() + len(after[hit[0].end() :]) - len(after[hit[0].end() :].lstrip())
    put = f"{hit[1][0]} " if hit[1] else ""
    rest = put + after[at:]
    return after[:lead] + rest if pack.cue("same_period").match_at(rest, 0) is not None else after


def _versus(folded: str, start: int, pack: Pack) -> bool:
    """Does a ``versus`` cue ("compared with", "contre", "frente al", "gegenüber", "wobec", "مقابل", "so với") end right
    before the percentage at ``start``: the earlier level it is compared with?"""
    return any(
        not folded[m.end() : start].strip()
        for m, _ in pack.cue("versus").finditer(folded, max(0, start - 30), start)
    )


def _compared_period(folded: str, rest: int, pack: Pack) -> tuple[bool, str | None]:
    """(an earlier period, the indicator named) of a compared percentage's own clause after it (up to a digit, comma,
    semicolon or bracket): an earlier period when a same-period or ``earlier_period`` cue stands in it ("6.8% in the
    same period last year", "6,8 % im Vorjahreszeitraum") or at most two words before a year ("6,8 % en 2023"), and no
    share, plan, benchmark or indicator wording ("98% of the yearly estimate", "7.1% nationwide", "8% for imports": the
    indicator it names)."""
    cut = re.search(rf"[\d{RE_COMMAS}{RE_SEMICOLONS}()]|\.(?:\s|$)", folded[rest : rest + 60])
    own = folded[rest : rest + (cut.start() if cut else 60)]
    named = next((v[0] for _, v in pack.indicators.finditer(own) if v[1:2] != ("fallback",)), None)
    if named is not None or any(
        _cue_in(pack.cue(kind), own) for kind in ("share", "against_plan", "benchmark")
    ):
        return False, named
    if _cue_in(pack.cue("same_period"), own) or _cue_in(pack.cue("earlier_period"), own):
        return True, None
    year = cut is not None and re.match(r"\d{4}(?!\d)", folded[rest + cut.start() : rest + cut.start() + 5])
    return bool(year) and len(own.split()) <= 2, None


def _more_than(folded: str, rest: int, pack: Pack, end: int | None = None) -> bool:
    """Does a comparative of a rise or fall ("de plus qu'à", "más que en", "mehr als im", "więcej niż w", "more than in")
    open the text right after a count's noun: "17 projets de plus qu'à la même période", a difference, no count? Or,
    in a language that writes it before the noun, a comparative right after the number and a ``than`` cue right after
    the noun: "5 more projects than in 2023" (fix29b: alike in the seven, u-en-0015's 'up 17 projects' none)?"""
    pos = rest + len(folded[rest : rest + 5]) - len(folded[rest : rest + 5].lstrip())
    if pack.cue("comparative").match_at(folded, pos) is not None and any(
        pack.cue(kind).match_at(folded, pos) is not None for kind in ("increase", "decrease")
    ):
        return True
    comparative = pack.cue("comparative").match_at(folded, pos)
    if comparative is not None:
        # a comparative after the noun, then ``than`` and a year or an earlier period: "5 مشاريع أكثر من عام 2023",
        # "5 projects more than in 2023", "... أكثر من العام الماضي", "5 projects more than last year"
        at = comparative[0].end() + _spaces(folded, comparative[0].end())
        than = pack.cue("than").match_at(folded, at)
        if pack.cue("same_period").match_at(folded, at) is not None or (
            than is not None
            and (
                re.match(r"\s*(?:[^\W\d_]+\s+){0,2}[12]\d{3}\b", folded[than[0].end() : than[0].end() + 40])
                or pack.cue("earlier_period").match_at(folded, than[0].end() + _spaces(folded, than[0].end()))
            )
        ):
            return True
    if end is None:
        return False
    after = end + len(folded[end : end + 5]) - len(folded[end : end + 5].lstrip())
    hit = pack.cue("comparative").match_at(folded, after)
    if hit is None:
        return False
    for words in (1, 2):  # the noun, of a word or two: "5 more projects than", "5 more FDI projects than"
        noun = re.match(rf"\s+(?:[^\W\d_]+\s+){{{words}}}", folded[hit[0].end() : hit[0].end() + 40])
        if noun is not None and pack.cue("than").match_at(folded, hit[0].end() + noun.end()) is not None:
            return True
    return False


def _more_by(folded: str, start: int, rest: int, pack: Pack) -> bool:
    """Does a comparative stand right before a count, and the period it is compared with after the count's noun ("nhiều
    hơn 5 dự án so với năm 2023", "أكثر بـ5 مشاريع من عام 2023": 5 projects more than in 2023), or between the two
    ("nhiều hơn năm 2023 là 5 dự án", "أكثر من عام 2023 بـ5 مشاريع")? A difference, no count, as "5 more projects than
    in 2023" (fix29b); "nhiều hơn 5 dự án", more than 5 projects, stays a count (fix30b)."""
    before = re.split(rf"[{RE_COMMAS}{RE_SEMICOLONS}]\s|[.:]\s", folded[max(0, start - 80) : start])[-1]
    for comparative, _ in pack.cue("comparative").finditer(before):
        tail = before[comparative.end() :]
        if _linked(tail, pack):
            return _period_at(folded, rest + _spaces(folded, rest), pack)
        lead = re.match(r"\s*", tail).end()
        than = pack.cue("than").match_at(tail, lead) or pack.cue("versus").match_at(tail, lead)
        at = than[0].end() + _spaces(tail, than[0].end()) if than is not None else lead
        period = re.match(r"(?:[^\W\d_]+\s+){0,2}[12]\d{3}\b", tail[at:])
        hit = pack.cue("earlier_period").match_at(tail, at) or pack.cue("same_period").match_at(tail, at)
        end = at + period.end() if period is not None else hit[0].end() if hit is not None else None
        if end is not None and _linked(tail[end:], pack):
            return True
    return False


def _linked(text: str, pack: Pack) -> bool:
    """Is ``text``, between a comparative (or the period after it) and a number, empty or the word that links a
    difference to its amount, a ``difference_link`` cue ('là', 'by', 'o', 'um', 'ب' glued to the number): "nhiều hơn
    năm 2023 là 5 dự án", "أكثر بـ5 مشاريع"? Not any short word: es 'más de 1.200 empresas', fr 'supérieur à 50
    projets' are counts (review30 Medium 4)."""
    text = text.strip()
    return not text or any(m.span() == (0, len(text)) for m, _ in pack.cue("difference_link").finditer(text))


def _period_at(folded: str, pos: int, pack: Pack) -> bool:
    """Does the period a figure is compared with open the text at ``pos``: a same-period cue, or a ``than`` or ``versus``
    cue and then a year (a word or two before it) or an earlier period ("so với năm 2023", "من الفترة نفسها")?"""
    if pack.cue("same_period").match_at(folded, pos) is not None:
        return True
    than = pack.cue("than").match_at(folded, pos) or pack.cue("versus").match_at(folded, pos)
    if than is None:
        return False
    at = than[0].end() + _spaces(folded, than[0].end())
    return bool(
        re.match(r"(?:[^\W\d_]+\s+){0,2}[12]\d{3}\b", folded[at : at + 40])
        or pack.cue("earlier_period").match_at(folded, at)
        or pack.cue("same_period").match_at(folded, at)
    )


def _gapped_change(folded: str, prev_start: int, prev_rest: int, start: int, rest: int, pack: Pack) -> int:
    """Is a percentage the change of a second subject whose verb the sentence gaps: right after the change before it,
    a conjunction (a clitic one glued to the next word: ar 'ومبيعات') or a comma, an indicator's wording or a sector's
    noun, then the very word of the amount (a ``gapped_amount`` cue: 'by', 'de', 'un', 'um', 'o', 'بنسبة') that stands
    before the first change's number too, no verb, figure or comparison between and no share's object after it ('les
    exportations ont augmenté de 12 % et les ventes au détail de 15,2 %', 'exports rose by 12% and retail sales by
    15.2%', 'the agricultural sector by 4%, the industrial sector by 12.5%'; not 'et le taux de pauvreté est de 3 %',
    a wording valued ``not``, nor 'et la part du secteur industriel de 40 % du PIB')? 1 for a rise, -1 for a fall (a
    ``decrease`` cue in the first change's clause), 0 if not."""
    gap = folded[prev_rest:start]
    if len(gap) > 100 or re.search(rf"[\d{RE_SEMICOLONS}()]|[.:](?:\s|$)", gap):
        return 0
    amount = re.search(r"(\S+)\s*$", gap)
    first = re.search(r"(\S+)\s*$", folded[max(0, prev_start - 30) : prev_start])
    if amount is None or first is None or amount.group(1) != first.group(1):
        return 0
    cue = pack.cue("gapped_amount")
    if not any(m.end() == len(gap.rstrip()) for m, _ in cue.finditer(gap)):
        return 0
    if _share_object(folded, rest, rest + 60, pack) != rest:
        return 0  # "de 40 % du PIB": a share
    comma = re.match(rf"[\s%]*[{RE_COMMAS}]?\s*", gap)
    body = gap[comma.end() : amount.start()]
    conjunction = pack.cue("conjunction")
    hit = conjunction.match_at(body, 0)
    if hit is not None:
        inner = body[hit[0].end() :]
    elif body[:1] in pack.prefixes and conjunction.get(body[:1]) is not None:
        inner = body[1:]  # (ar 'ومبيعات التجزئة')
    elif re.search(rf"[{RE_COMMAS}]", comma.group()):
        inner = body  # (a comma alone: 'the agricultural sector by 4%, the industrial sector by 12.5%')
    else:
        return 0
    if not any(True for _ in pack.indicators.finditer(inner)) and not _cue_in(pack.cue("sector"), inner):
        return 0
    blocking = ("increase", "decrease", "notchange", "singular_verb", "clause_verb", "versus", "share")
    if any(_cue_in(pack.cue(kind), inner) for kind in blocking):
        return 0
    clause = re.split(rf"[{RE_COMMAS}{RE_SEMICOLONS}]\s", folded[max(0, prev_start - 90) : prev_start])[-1]
    return -1 if _cue_in(pack.cue("decrease"), clause) else 1


def _coordinated_change(folded: str, since: int, start: int, pack: Pack) -> bool:
    """Is a percentage joined by a conjunction to a change before it, its rise or fall cue standing before that one
    ("بزيادة 45% عن الهدف السنوي و74% عن العام السابق", up 45% on the yearly goal and 74% on the year before): a change
    too, never the same period's share ("equal to 74% of the same period")?"""
    between = folded[since:start]
    if not since or re.search(rf"[{RE_COMMAS}{RE_SEMICOLONS}]", between) or len(between) > 60:
        return False
    conjunction = pack.cue("conjunction")
    if not any(m.end() == len(between.rstrip()) for m, _ in conjunction.finditer(between)):
        return False
    before = re.split(rf"[{RE_COMMAS}{RE_SEMICOLONS}]\s", folded[max(0, since - 60) : since])[-1]
    return _cue_in(pack.cue("increase"), before) or _cue_in(pack.cue("decrease"), before)


def _period_label(folded: str, rest: int, after: str, pack: Pack) -> int | None:
    """Where ``after`` (the text from a percentage's end to the next number) is cut when a same-period cue in it names
    the percentage that follows ("giảm còn 2,5% (cùng kỳ 3,1%)", "(cùng kỳ năm trước là 3,1%)": the same period's
    own level): the cue's start, or the bracket's right before it; None (no cut) else. Not a year after the cue ("so
    với cùng kỳ năm 2023"), nor a cue its clause ends after ("tăng 12% so với cùng kỳ, đạt 45%")."""
    nxt = rest + len(after)
    if not re.match(r"\d+(?:[.,]\d+)*\s?%", folded[nxt : nxt + 12]):
        return None
    for m, _ in pack.cue("same_period").finditer(after):
        gap = after[m.end() :]
        if (
            len(gap) <= 30
            and not re.search(rf"[{RE_COMMAS}{RE_SEMICOLONS}.()]", gap)
            and len(gap.split()) <= 4
        ):
            bracket = re.search(r"\(\s*$", after[: m.start()])
            return bracket.start() if bracket else m.start()
    return None


def _from_level(folded: str, start: int, rest: int, value: float, pack: Pack, percent: bool = True) -> bool:
    """Is a percentage after a rise or fall the level it started from ("increased from 65% to 70%",
    "fell from 3.5% to 2.8%", "stieg von 15 % auf 20 %", "tăng từ 15% lên 20%"): a ``range`` or ``notchange``
    joiner and a percentage follow it, nearer to it than it is to zero ("rose by 5% to 40%": a change, then the
    level), and no ``by_amount`` word stands right before it ("increased by 15% to 20%": the change, a range of
    it)? Not ``percent``: a sum or count a rise's verb is written right before ("ont augmenté de 10 000 milliards
    de VND à 15 000 milliards de VND": ``value`` its number as written), a number after the joiner."""
    if re.search(
        rf"(?<![^\W\d_])(?:{pack.alternation('by_amount')})\s*$", folded[max(0, start - 20) : start]
    ):
        return False
    joined = re.match(
        rf"\s*(?:{pack.alternation('range')}|{pack.alternation('notchange')})\s+"
        rf"(\d{{1,3}}(?:[ \u00a0\u202f]\d{{3}})+(?![.,]?\d)|\d+(?:[.,]\d+)*)"
        + (r"\s?%" if percent else r"(?![.,]?\d)"),
        folded[rest : rest + _WINDOW],
    )
    if joined is None:
        return False
    upper = parse_number(re.sub(r"[ \u00a0\u202f]", "", joined.group(1)), pack.decimal)
    return upper is not None and abs(upper - value) < value


def _cue_in(lexicon, text: str) -> bool:
    """Does a wording of the cue lexicon stand in ``text`` (one valued "not" hides the shorter ones it holds)?"""
    return any(True for _ in lexicon.finditer(text))


def _against_plan(after: str, against, same_period, pack: Pack | None = None) -> bool:
    """Does a comparison with the plan or an average follow a percentage in its own clause, before any same-period
    cue ("3% lower than the plan"; not "grew 8.5%, higher than the national average", nor "tăng 8% so với cùng kỳ
    và vượt so với kế hoạch": a change against the same period, review10; nor an aside in brackets, "rose by 18.3%
    (the national average was 16.2%)": fix27b, a bracket whose figure ``after`` ends before it closes; one that closes
    with no figure is the percentage's own comparison, "tăng 5% (so với kế hoạch)": review27 Low 3)?"""
    own = re.split(rf"[{RE_COMMAS}{RE_SEMICOLONS}]", after)[0]
    bracket = own.find("(")
    if bracket >= 0 and ")" not in own[bracket:]:
        own = own[:bracket]
    own = own[:40]
    plan = against.search(own)
    if plan is None and pack is not None:
        plan = _versus_plan(own, pack)
    return plan is not None and (same_period is None or same_period.search(own[: plan.start()]) is None)


def _versus_plan(own: str, pack: Pack) -> re.Match | None:
    """A ``versus`` cue and, two words at most after it, a ``plan_term`` (the plan, the target, the estimate): "an
    increase of 58.3% compared to the set target", "gegenüber dem gesetzten Ziel", "w porównaniu z wyznaczonym celem",
    "مقارنة بالهدف المحدد" (u-es-0019's gold: 58.3 a percentage of its own, no change; fix30b); its match, else None."""
    terms = pack.cue("plan_term")
    for versus, _ in pack.cue("versus").finditer(own):
        gap = re.match(r"\s*(?:[^\W\d_]+\s+){0,2}", own[versus.end() :])
        for length in range(gap.end(), -1, -1):
            at = versus.end() + length
            joined = length == 0 or own[at - 1].isspace() or own[at - 1] in pack.prefixes
            if joined and terms.match_at(own, at) is not None:
                return versus
    return None


def _change_kind(clause: str, after: str, window: str, pack: Pack) -> tuple[bool | str, bool]:
    """(change kind, share) of a percentage from the cues around it: a share after it ("reaching
    94.7% of the estimate") is no change, nor is a comparison with no earlier period after it (``against_plan``:
    "3% below the plan", "أدنى بنسبة 0.5% من المتوسط الوطني"); "the same period" after it makes a year-on-year change
    (``"same_period"``); a rise or fall in its clause, or right after it ("a 99.1% rise"), a change
    (True); a ``notchange`` cue right before it ("fell to 1.93%") a level again, unless same-period."""
    same_period = pack.cue("same_period").pattern
    increase, decrease = pack.cue("increase"), pack.cue("decrease")
    share = pack.cue("share").pattern
    is_change: bool | str = False
    shared = False
    against = pack.cue("against_plan").pattern
    if share is not None and share.match(after.lstrip()):
        shared = True
    elif any(
        re.fullmatch(r"\s*(?:[^\W\d_]{1,3}\s+)?", window[m.end() :])
        for m, _ in pack.cue("plan_exceeded").finditer(window)
    ):
        # "surpassing the yearly plan by 3.2%": the plan's excess, a share as "of the plan" after it is (fix26b)
        shared = True
    elif against is not None and _against_plan(after, against, same_period, pack):
        pass  # "أقل بنسبة 3% عن الخطة", "3% lower than the plan": against the plan, no change over time
    elif (same_period is not None and same_period.match(after.lstrip()[:40])) or (
        same_period is not None
        and (
            same_period.search(after[:30])
            # a comparative's words before it, in the percentage's own clause ("o 5,46% wyższy niż w analogicznym
            # okresie", "um 5,46 % höher als im gleichen Zeitraum", "un 5,46% superior a la del mismo período"; not
            # a share's "a représenté 35 % du PIB au cours de la même période": review27 Medium 3)
            or _compared_with_period(after, same_period, pack)
        )
    ):
        is_change = "same_period"
    elif _cue_in(increase, clause) or _cue_in(decrease, clause):
        # (a wording valued "not" hides the cue it holds: en "set up", "made up"; one valued "average" is a
        # yearly average over a period, no change against the period before: "US$1,743 in 2012, with average annual
        # increase of 14.2 per cent in the 2008-2012 period" is two figures)
        last = max(
            (hit for lex in (increase, decrease) for hit in lex.finditer(clause)), key=lambda h: h[0].end()
        )
        is_change = "average" if last[1][:1] == ("average",) else True
    elif increase.match_at(after.lstrip(), 0) is not None or decrease.match_at(after.lstrip(), 0) is not None:
        is_change = True  # "a 99.1% rise", "a 4% decline": the change of the figure before
    level_to = pack.cue("notchange")
    # (searched from 10 characters before the figure, not in a slice: a slice's first letters would open a word,
    # "loc|al crecio 6,09%" read the es "al"; with the lexicon's finditer, so a wording valued "not" hides the cue
    # it holds: fr "a atteint", whose auxiliary folds to the level's "à")
    if (
        is_change != "same_period"
        and level_to
        and any(True for _ in level_to.finditer(window, max(0, len(window) - 10)))
    ):
        is_change = False  # "fell to 1.93%" is a level, not a change
    return is_change, shared


def _compared_with_period(after: str, same_period, pack: Pack) -> bool:
    """Does a ``comparative`` cue ("higher", "wyższy", "höher als", "superior a", "cao hơn") stand right after a
    percentage, in its own clause (up to a digit, comma, semicolon or bracket, 60 characters), and a same-period cue
    after it: "o 5,46% wyższy niż w analogicznym okresie" (fix27b)?"""
    own = re.split(rf"[\d{RE_COMMAS}{RE_SEMICOLONS}(]", after[1:60])[0]
    comparative = pack.cue("comparative").match_at(own, len(own) - len(own.lstrip()))
    return comparative is not None and same_period.search(own, comparative[0].end()) is not None


def _converted(folded: str, start: int, unit: str, found) -> bool:
    """Is the sum the one before converted to another currency, in brackets ("37.89 trillion VND
    (1.54 billion USD)")? Then it is part of the first figure."""
    return (
        unit in _MONEY
        and bool(found)
        and found[-1][2].unit in _MONEY
        and re.fullmatch(r"\s*\(\s*\S{0,3}\s*", folded[found[-1][1] : start]) is not None
    )


def _figure_indicator(
    folded: str,
    start: int,
    end: int,
    rest: int,
    unit: str,
    shared: bool,
    found,
    pack: Pack,
    change: bool = False,
) -> str:
    """The indicator of a figure: the last indicator wording in the 120 characters before it (after
    the previous figure, and the indicator a count before names as its counted noun); for a count, the first indicator the counted noun names ("450 delegatów",
    "8/15 chỉ tiêu"); for a share of the figure before, that figure's ("thu ngân sách 5.000 tỷ đồng,
    đạt 94,7% dự toán"). GRDP as a rate is its growth; GRDP per head (million VND, USD) no
    indicator of the list."""
    since = found[-1][1] if found else 0
    if found and found[-1][2].unit in ("persons", "count"):
        # the noun the count before counts names that count's indicator, not a later figure's ("استكملت 12/15 هدفًا
        # رئيسيًا ... (تم تجاوز 10 أهداف منها)", completed 12 of 15 main targets, 10 of them exceeded: the 10 no count
        # of targets met)
        noun = _word_after(folded, since)
        phrase = noun.end(1) if noun is not None else since
        own = next((m.end() for m, _ in pack.indicators.finditer(folded, found[-1][0], phrase)), None)
        if own is None and found[-1][2].indicator != "other":
            # (or the wording it names after its noun, for a count after it or a sum a conjunction or a semicolon parts from it: "12
            # proyectos de IED y 30 proyectos nacionales", the 30 no FDI projects; "12 proyectos de IED, y el capital
            # de las empresas nacionales alcanzó ...", no FDI capital; not "76 projets d'investissement direct
            # étranger, d'un montant de 360 millions de dollars", their capital: u-fr-0012's gold fdi; fix30b)
            after = _wording_after_end(folded, since, pack)
            gap = folded[after:start] if after is not None else ""
            if (
                unit in ("persons", "count")
                or re.search(rf"[{RE_SEMICOLONS}]", gap)
                or _cue_in(pack.cue("conjunction"), gap)
                or _clitic_conjunction(gap, pack)
            ):
                own = after
        since = own if own is not None and own <= start else since
    elif found and found[-1][2].unit == "percent":
        since = _share_object(folded, since, start, pack)
    indicator = _indicator(folded, start, pack, since)
    if indicator == "grdp_growth" and unit == "percent" and _sector_growth(folded, start, pack, since):
        indicator = "other"  # "the growth rate of the industry and construction sector rose 4.7%": a sector's
    if unit in ("persons", "count"):
        word = _word_after(folded, rest)  # "366 official delegates"
        phrase = word.end(1) if word else rest
        # (a wording that opens by then may run past it: "51 foreign direct investment (FDI) projects", "51 Projekte
        # ausländischer Direktinvestitionen")
        counted = [v[0] for m, v in pack.indicators.finditer(folded, end, phrase + 60) if m.start() < phrase]
        indicator = counted[0] if counted else indicator
        if indicator == "delegates" and not counted:
            # a count of delegates is one its own noun names ("366 official delegates", "43/49 مندوبا"); the delegates
            # before it are the clause's subject ("the delegates elected the Presidium consisting of 11 comrades": the
            # dev gold's other, docs/conventions.md)
            indicator = "other"
    elif shared and indicator == "other" and found and _shared_figure(found)[2].unit != "percent":
        indicator = _shared_figure(found)[2].indicator
    elif (
        indicator == "other" and found and found[-1][2].unit == unit and _bracketed_item(folded, start, found)
    ):
        indicator = found[-1][2].indicator  # "above 10%: Quang Ninh (12.88%); Hai Phong (12.47%)"
    if indicator == "other" and unit != "percent":
        indicator = _indicator_after(folded, rest, pack)
        indicator = "other" if _spent(folded, start, pack, indicator) else indicator
        if indicator == "budget_revenue" and _budget_source(folded, rest, pack):
            indicator = (
                "other"  # "20 milliards de VND du budget central": the sum's source, no revenue (fix28b)
            )
    if indicator == "other" and unit in _MONEY and _capital_of_fdi_projects(folded, start, found, pack):
        return "fdi"
    if indicator == "other" and unit in ("million_usd", "usd") and _foreign_capital(folded, start, pack):
        return "fdi"
    if indicator == "other" and found:
        carried = _carried(folded, start, unit, found, pack, change)
        if carried is not None:
            return carried
    if indicator == "grdp" and unit != "billion_vnd" and not (shared and unit == "percent"):
        # (a share of the plan is the product's own: "GDP ... 6,176 billion VND, accounting for 21.2% of the plan")
        indicator = "grdp_growth" if unit == "percent" else "other"
    if indicator in _RATES and unit != "percent":
        indicator = "other"  # "3 of 34 provinces had a growth rate above 10%": a count, no rate
    if indicator == "delegates" and unit not in ("persons", "count"):
        # "100% cấp ủy đảng ..." after "Đại hội đại biểu": no share of delegates (dev vi-006)
        indicator = "other"
    if indicator == "poverty_rate" and unit != "percent":
        # a rate: "617 houses for the poor", "14 780 poor households" count something else
        indicator = "other"
    if indicator == "citizens_received" and not _received(folded, start, rest, pack):
        # "Die Provinz hat 3,4 Millionen Bürger": no citizens received (review28 Medium 12)
        indicator = "other"
    if indicator in _VALUED and unit == "count":
        # "Tỉnh có 120 cơ sở sản xuất công nghiệp": firms counted, no value (review28 Low 1)
        indicator = "other"
    if indicator == "budget_revenue" and unit in _MONEY and _capital_source(folded, start, pack):
        indicator = (
            "other"  # "de los cuales el presupuesto central es VND 1.300 mil millones": a capital's source
        )
    if indicator == "tourist_arrivals" and unit in _MONEY:
        # a sum counts no tourists: the wording before the tourism noun names it ("Eksport usług turystycznych
        # osiągnął 500 mln USD", the export of tourism services; fix28b)
        indicator = _indicator(folded, start, pack, since, skip="tourist_arrivals")
        indicator = (
            _source_after(folded, rest, pack) if indicator == "tourist_arrivals" else None
        ) or indicator
    if (
        indicator in ("other", "budget_revenue", "tourist_arrivals")
        and unit in _MONEY
        and _tourism_revenue(folded, start, found, pack)
    ):
        # (unless its source names another indicator right after it: "In the tourism and service sector, enterprises
        # earned VND 5 trillion from exports", the exports'; review27's open Low, fix28b)
        indicator = _source_after(folded, rest, pack) or "tourism_revenue"
    if (
        indicator in ("other", "budget_revenue", "tourism_revenue", "tourist_arrivals")
        and unit in _MONEY
        and _tax_revenue(folded, start, since, pack)
    ):
        # "Tax revenue from the tourism sector reached VND 2,030 billion": the taxes the sector pays are the budget's
        # revenue, no sector's earnings (review28 Low 3, fix30b)
        indicator = "budget_revenue"
    if indicator == "other" and unit == "criteria":
        # a count of criteria is of the new countryside's, the one set of criteria the gold counts ("8/19 معيارًا",
        # "19 kryteriów", "8/19 criteria"), unless a wording names another
        indicator = "new_rural_criteria"
    return indicator


def _tax_revenue(folded: str, start: int, since: int, pack: Pack) -> bool:
    """Is a sum a tax revenue: in its clause before it, a ``tax`` cue within three words before a bare ``revenue``
    noun or six after it ("tax revenue", "revenue from the service sector's taxes", "les recettes fiscales", "dochody
    podatkowe", "الإيرادات الضريبية"; de a compound of both, "Steuereinnahmen"), or one valued ``revenue`` ("thu
    thuế"), no wording of another indicator than revenue or tourism after it? The budget's revenue, whatever sector
    pays the tax."""
    taxes = pack.cue("tax")
    if not taxes:
        return False
    head = folded[max(since, start - 150) : start]
    head = re.split(rf"[{RE_COMMAS}{RE_SEMICOLONS}]\s|[.:]\s", head)[-1]
    # (a row valued ``not`` is a tax lost or owed, no revenue: vi "thất thu thuế", en "tax collection arrears")
    hits = [
        (m, v) for m, v in taxes.finditer(head) if v[:1] != ("not",) and not _reckoned(head, m.start(), pack)
    ]
    if not hits:
        return False
    for m, values in pack.indicators.finditer(head):
        if m.start() >= hits[0][0].start() and values[0] not in (
            "budget_revenue",
            "tourism_revenue",
            "tourist_arrivals",
        ):
            return False  # "tax revenue and spending reached ...": another indicator's
    if any(v[:1] == ("revenue",) for _, v in hits):
        return True
    revenues = [m for m, v in pack.cue("revenue").finditer(head) if v[:1] != ("clause",)]
    for tax, _ in hits:
        for rev in revenues:
            if rev.start() >= tax.end() and len(head[tax.end() : rev.start()].split()) <= 3:
                return True
            if tax.start() >= rev.end() and len(head[rev.end() : tax.start()].split()) <= 6:
                return True
    if _setting(pack, "compounds") == "joined":
        # (a compound of both: de "Steuereinnahmen", the tax cue at its start and a revenue cue at its end)
        for tax, _ in hits:
            word = re.match(r"\w+", head[tax.start() :])
            if word and any(
                pack.cue("revenue").match_at(word[0], i) is not None for i in range(3, len(word[0]) - 4)
            ):
                return True
    return False


def _reckoned(text: str, pos: int, pack: Pack) -> bool:
    """Does a ``reckoning`` cue end right before ``pos``, a tax word ("after tax", "hors taxes", "vor Steuern", "بعد
    الضرائب"): a sum reckoned with or without its tax, no tax revenue (review30 Medium 1)?"""
    lead = text[max(0, pos - 30) : pos].rstrip()
    return any(m.end() == len(lead) for m, _ in pack.cue("reckoning").finditer(lead))


def _foreign_capital(folded: str, start: int, pack: Pack) -> bool:
    """Is a sum in dollars that no wording names a capital: a `capital_link` cue in its clause before it (en-003's
    'with the total newly registered and increased capital reaching over VND165.9 trillion and USD2.31 billion':
    gold fdi), in every language alike (fix29b: en's 'usd' fallback row read any such sum fdi, 'The province reached
    USD 500 million', and no other pack could)?"""
    clause = re.split(rf"[{RE_COMMAS}{RE_SEMICOLONS}]\s|\.\s", folded[max(0, start - 150) : start])[-1]
    return _cue_in(pack.cue("capital_link"), clause)


def _capital_of_fdi_projects(folded: str, start: int, found, pack: Pack) -> bool:
    """Is a sum with no wording of its own the capital of the FDI projects the count right before it counts, in its
    clause run ("granted investment certificates to 462 FDI projects with a total registered capital of over
    US$2,974 million": u-en-0030's gold fdi; vi "3 dự án FDI với tổng vốn 226 triệu USD"; not "58 projects with a
    total registered investment capital of ...", a count of no FDI)?"""
    if not found or found[-1][2].unit != "count" or found[-1][2].indicator != "fdi":
        return False
    between = folded[found[-1][1] : start]
    # (only the capital's link between them, a `capital_link` cue and no comma or conjunction opening a clause of its
    # own: not "120 FDI projects and the average income of workers is VND 8 million": review28 Medium 4)
    return (
        not re.search(rf"[{RE_SEMICOLONS}{RE_COMMAS}]|\.\s", between)
        and _cue_in(pack.cue("capital_link"), between)
        and not _cue_in(pack.cue("conjunction"), between)
        and not _clitic_conjunction(between, pack)
        and all(v[0] in ("other", "fdi") for _, v in pack.indicators.finditer(folded, found[-1][1], start))
    )


def _clitic_conjunction(text: str, pack: Pack) -> bool:
    """Does a word of ``text`` open with a conjunction glued to it, a prefix of the pack that is a ``conjunction``
    cue (ar 'وبلغ رأس المال', and the capital reached: a clause of its own, as 'and' opens in en; fix30b)?"""
    glued = [p for p in pack.prefixes if pack.cue("conjunction").get(p) is not None]
    return bool(glued) and any(w[:1] in glued and len(w) > 3 for w in text.split())


def _tourism_revenue(folded: str, start: int, found, pack: Pack) -> bool:
    """Is a sum the revenue of tourism: a bare ``revenue`` cue (a noun or an earning verb: "revenue", "doanh thu",
    "przychody", "recettes", "ingresos", "Einnahmen", "الإيرادات", "earned") in its clause before it, no other indicator's
    wording after the cue, and tourism named before it: a count of tourists earlier in its sentence, no semicolon
    between ("The number of tourists reached 8.43 million, up 15%, with estimated revenue reaching VND 10,217
    billion": u-en-0020's gold), or a ``tourism`` cue before the revenue cue in its clause ("The tourism sector earned
    more than 5 trillion VND": u-en-0015's); not a revenue whose source a ``revenue_source`` cue names right after it
    ("and revenue from the sale of state land reached VND 5 trillion"), unless tourism's?"""
    since = found[-1][1] if found else 0
    head = folded[max(since, start - 120) : start]
    cue, valued = max(pack.cue("revenue").finditer(head), key=lambda h: h[0].end(), default=(None, ()))
    if cue is None:
        return False
    if valued[:1] == ("clause",):
        # an earning verb of any earner (vi "thu về") is tourism's only after a tourism word in its own clause ("Ngành
        # du lịch thu về"; not "..., đấu giá quyền sử dụng đất thu về 2.000 tỷ đồng": review28 Medium 7)
        clause = re.split(rf"[{RE_COMMAS}{RE_SEMICOLONS}]", head[: cue.start()])[-1]
        return _cue_in(pack.cue("tourism"), clause)
    tail = cue.end() + len(head[cue.end() :]) - len(head[cue.end() :].lstrip())
    if pack.cue("revenue_source").match_at(head, tail) is not None and not _cue_in(
        pack.cue("tourism"), head[tail:]
    ):
        return False  # "revenue from the sale of state land": a source of its own (review27 Medium 7)
    for m, values in pack.indicators.finditer(head):
        if (
            m.end() > cue.start()
            and (m.start(), m.end()) != (cue.start(), cue.end())
            and values[0] != "tourist_arrivals"
            and values[1:2] != ("fallback",)
        ):
            return False  # a wording of its own: "budget revenue", "revenue of the state budget", "export revenue"
    if any(
        f[2].indicator == "tourist_arrivals"
        and f[2].unit == "persons"
        and not re.search(rf"[{RE_SEMICOLONS}]", folded[f[1] : start])
        for f in found
    ):
        return True
    return _cue_in(pack.cue("tourism"), head[: cue.start()])


def _source_after(folded: str, rest: int, pack: Pack) -> str | None:
    """The indicator a wording names within three words after a sum, in its clause, when it is no tourism's: what
    the sum was earned from ("earned VND 5 trillion from exports", "thu về 5.000 tỷ đồng từ xuất khẩu", "zarobiły 5
    bln VND na eksporcie"), else None."""
    window = re.split(rf"[{RE_CLAUSE_ENDS}{RE_COMMAS}{RE_SEMICOLONS}:()]|\d", folded[rest : rest + 60])[0]
    hit = next(iter(pack.indicators.finditer(window)), None)
    if hit is None or len(window[: hit[0].start()].split()) > 3 or hit[1][1:2] == ("fallback",):
        return None
    return None if hit[1][0] in ("other", "tourist_arrivals", "tourism_revenue") else hit[1][0]


def _budget_source(folded: str, rest: int, pack: Pack) -> bool:
    """Does a source's preposition (a ``revenue_source`` cue: "du", "del", "from") open the text right after a sum, a
    ``capital_source`` cue (a central, provincial or local budget) right after it: "20 milliards de VND du budget
    central", the budget the sum comes from, no revenue (not "de recettes du budget provincial", "de budget
    provincial": review28 Medium 11)?"""
    pos = rest + len(folded[rest : rest + 5]) - len(folded[rest : rest + 5].lstrip())
    source = pack.cue("revenue_source").match_at(folded, pos)
    if source is None:
        return False
    pos = (
        source[0].end()
        + len(folded[source[0].end() : source[0].end() + 5])
        - len(folded[source[0].end() : source[0].end() + 5].lstrip())
    )
    return pack.cue("capital_source").match_at(folded, pos) is not None


# the indicators of a value no count measures (a count of FDI projects is fdi; of tourists, tourist arrivals)
_VALUED = frozenset(
    {
        "industrial_production_value",
        "retail_sales",
        "export_value",
        "tourism_revenue",
        "budget_revenue",
        "grdp",
    }
)


def _received(folded: str, start: int, rest: int, pack: Pack) -> bool:
    """Does a ``receive`` cue ("received", "tiếp", "استقبلت", "empfingen", "przyjęły", "ont reçu", "recibieron") stand
    in a count's clause before it, or right after its noun ("2619 obywateli przyjęto"): citizens received, not any
    count of citizens?"""
    clause = re.split(
        rf"[{RE_CLAUSE_ENDS}{RE_SEMICOLONS}]\s|[{RE_COMMAS}]\s", folded[max(0, start - 100) : start]
    )[-1]
    return _cue_in(pack.cue("receive"), clause) or _cue_in(pack.cue("receive"), folded[rest : rest + 25])


def _capital_source(folded: str, start: int, pack: Pack) -> bool:
    """Is a sum in a capital's breakdown, a ``capital_source`` cue (a central or provincial budget) after a ``partition``
    cue in its sentence before it, no semicolon between ("el proyecto tiene una inversión total de VND 3.500 mil
    millones, de los cuales el presupuesto central es VND 1.300 mil millones y el presupuesto provincial de VND 2.200",
    u-es-0026's gold: other; not "El presupuesto provincial recaudó 15.000 mil millones de VND", review26 Medium 5)?"""
    head = re.split(rf"[{RE_SEMICOLONS}:]|\.(?!\d)", folded[max(0, start - 160) : start])[-1]  # (not "1.300")
    split = max((m.end() for m, _ in pack.cue("partition").finditer(head)), default=None)
    return split is not None and _cue_in(pack.cue("capital_source"), head[split:])


# the indicators a sum measures (not a count's own: delegates, targets, complaints, arrivals)
_SUMMED = frozenset(
    {
        "fdi",
        "budget_revenue",
        "export_value",
        "retail_sales",
        "tourism_revenue",
        "industrial_production_value",
        "public_investment_disbursement",
    }
)


def _shared_figure(found):
    """The figure a share of the plan after ``found`` is a share of: the last one, or the one before a change of it
    ("6.6 million visitors, up 300% year-on-year and reaching 82% of the year's target": the visitors'; fix26b)."""
    if found[-1][3] and len(found) > 1 and found[-2][2].unit != "percent":
        return found[-2]
    return found[-1]


def _invested_in(found, folded: str, pack: Pack) -> None:
    """A sum with no indicator put into the projects a count right after it counts takes the count's indicator
    ("293 million USD was poured into 51 FDI projects", "ضُخّ 293 مليون دولار أمريكي في 51 مشروعًا للاستثمار الأجنبي
    المباشر", "293 mln USD trafiło do 51 projektów bezpośrednich inwestycji zagranicznych"): in one clause, no
    conjunction nor indicator wording between ("5,000 billion VND and 30 FDI projects" are two subjects), the
    preposition of what it is put into (an ``invested_into`` cue) last: not a sum taken from them ("collected 5,000
    billion VND from 120 FDI projects", "thu 5.000 tỷ đồng từ 120 dự án FDI": their revenue)."""
    into = pack.cue("invested_into")
    for (_, end, sum_, _), (begin, _, count, _) in itertools.pairwise(found):
        if sum_.unit not in _MONEY or sum_.indicator != "other" or count.unit != "count":
            continue
        if count.indicator not in _SUMMED:
            continue
        gap = folded[end:begin]
        if (
            len(gap) > 40
            or re.search(rf"[{RE_CLAUSE_ENDS}{RE_COMMAS}{RE_SEMICOLONS}:()]", gap)
            or _cue_in(pack.cue("conjunction"), gap)
            or any(True for _ in pack.indicators.finditer(gap))
            or (into.entries and not any(m.end() == len(gap.rstrip()) for m, _ in into.finditer(gap)))
        ):
            continue
        sum_.indicator = count.indicator


def _spent(folded: str, start: int, pack: Pack, indicator: str) -> bool:
    """Does a ``spend`` verb stand before the sum at ``start`` in its clause, so that the indicator the wording after it
    names is what it is spent on, not what it is ("Tỉnh đã chi 48.500 tỷ đồng cho các dự án vốn FDI", "spent ... in
    FDI-funded projects": no FDI attracted; review24 Low 4)? Spending on public investment is its disbursement."""
    if indicator in ("other", "public_investment_disbursement"):
        return False
    # (a comma before a space only: "48,500 billion" groups thousands)
    cut = rf"[{RE_CLAUSE_ENDS}{RE_SEMICOLONS}:]|[{RE_COMMAS}]\s"
    return _cue_in(pack.cue("spend"), re.split(cut, folded[max(0, start - 80) : start])[-1])


def _indicator_after(folded: str, rest: int, pack: Pack) -> str:
    """The indicator a sum or count with no wording before it names right after its unit or counted noun, only
    short words (a preposition: "in", "de", "of") between: "It attracted 2.6 billion USD in FDI", "przyciągnęła 2,6
    mld USD bezpośrednich inwestycji zagranicznych", "76 projets d'investissement direct étranger", "462 مشروعًا
    للاستثمار الأجنبي المباشر"; within its clause, before the next number and its currency ("VND165.9 trillion and
    USD2.31 billion": no "USD" of the next sum). Not a percentage's: "100% of the delegates" is a vote's tally, no count
    of delegates."""
    window = folded[rest : rest + 80]
    cut = re.search(rf"[{RE_CLAUSE_ENDS}{RE_COMMAS}{RE_SEMICOLONS}:()]|\d", window)
    if cut is not None:
        window = window[: cut.start()]
        if folded[rest + cut.start()].isdigit():
            window = re.sub(r"\S+$", "", window)  # the next figure's currency
    hit = next(iter(pack.indicators.finditer(window)), None)
    if hit is None or re.search(r"[^\W\d_]{4,}", window[: hit[0].start()]):
        return "other"
    return hit[1][0]


def _wording_after_end(folded: str, rest: int, pack: Pack) -> int | None:
    """Where the wording a count names right after its noun ends (``_indicator_after``'s: "12 proyectos de IED",
    "12 مشروعا للاستثمار الأجنبي المباشر"), else None: a figure after it takes no indicator from it (fix30b)."""
    if _indicator_after(folded, rest, pack) == "other":
        return None
    hit = next(iter(pack.indicators.finditer(folded, rest, rest + 80)), None)
    return hit[0].end() if hit is not None else None


def _carried(folded: str, start: int, unit: str, found, pack: Pack, change: bool = False) -> str | None:
    """The indicator a sum or percentage with no indicator wording of its own takes from the figure right before it
    in its clause run: the same subject's figure for another period, place or share ("GRDP grew 5.3% in Q1, 8.35% in
    Q2", "Budget revenue reached 25 trillion VND, up 4.6%, equal to 78.43% of the estimate", "Die Haushaltseinnahmen
    beliefen sich 2023 auf 21.000 Milliarden VND, im ersten Quartal 2024 auf 5.900 Milliarden VND", "صرفت 74.2 مليار
    دونج (بنسبة 25.8%)"). Not across a semicolon (another item of a list), nor after any wording of the pack's
    ``indicators.tsv`` between the two (one valued ``other`` too: "import turnover" after exports); a sum after a sum
    or a percentage after a sum or percentage only: a count counts its own noun ("450 delegates representing 131,000
    party members")."""
    prev_end, prev = found[-1][1], found[-1][2]
    if prev.indicator == "other":
        return None
    if prev.unit == "percent":
        prev_end = _share_object(
            folded, prev_end, start, pack
        )  # "chiếm 3% GDP cả nước, tăng 8%": past its object
    if change and found[-1][3] and any(f[2].unit != "percent" for f in found[:-1]):
        # "GDP ... 6,176 billion VND, up 15.08%, including a 20.5% rise in industry": a further change after a
        # value's own is a part's (a sector's), no change of the same subject
        return None
    gap = folded[prev_end:start]
    semicolons = list(re.finditer(rf"[{RE_SEMICOLONS}]", gap))
    if semicolons and not _another_period(gap[semicolons[-1].end() :], pack):
        return None
    money = unit in _MONEY and prev.unit in _MONEY
    if not (money or (unit == "percent" and prev.unit in (*_MONEY, "percent"))):
        return None
    if any(True for _ in pack.indicators.finditer(folded, prev_end, start)):
        return None
    if _cue_in(pack.cue("sector"), gap):
        return None  # "GRDP grew 8.5%, of which the industry sector 10%": a sector's figure
    return prev.indicator


def _another_period(clause: str, pack: Pack) -> bool:
    """Does a clause after a semicolon open on another period of the same subject, not on another subject: a part of
    the year (``year_part`` cues: "in the third quarter alone", "für das erste Quartal 2024", "وفي الربع الثالث"), a
    month, a year, or a number of months or years, in digits or a ``cardinal`` word ("the accumulated 11 months", "in
    the first ten months", "lũy kế 8 tháng")?"""
    if any(True for _ in pack.cue("year_part").finditer(clause)) or re.search(
        r"(?<!\d)(?:19|20)\d\d(?!\d)", clause
    ):
        return True
    words = re.findall(r"[^\W\d_]+|\d+", clause)
    return any(pack.months.get(w) is not None for w in words) or any(
        (a.isdigit() or pack.cue("cardinal").get(a) is not None)
        and _stem_hit(b, pack.cue("notcounted"))
        and not _stem_hit(b, pack.cue("person"))
        for a, b in itertools.pairwise(words)
    )


def _bracketed_item(folded: str, start: int, found) -> bool:
    """Is the figure one of a list of places or parts each with its figure in brackets, right after
    the figure before ("تجاوز 10٪: كوانج نينه (12.88٪)؛ هاي فونج (12.47٪)"): a bracket opens right
    before it, and no clause ends between the two?"""
    gap = folded[found[-1][1] : start]
    return re.search(r"\(\s*$", gap) is not None and len(gap) <= 60 and not re.search(r"[.!?]\s", gap)


_RATES = frozenset({"grdp_growth"})  # indicators only a percentage measures


def _fraction_total(frac: re.Match, metric: Metric, factor: float, pack: Pack) -> Metric | None:
    """The total of a fraction ("43/49 delegates", "24 of 25 tasks"), a figure of the same unit (a
    count for a rank's); of no indicator when the first number counts the targets met ("8/15 chỉ
    tiêu": the second is their total); None when it equals the first."""
    written = frac.group().strip()  # "/49", "/12 021" (grouped by spaces), "of 25"
    if metric.unit == "rank" and not written.startswith("/"):
        # "ocupando el puesto 15 de 34 provincias", "auf Platz 15 von 34 Provinzen", "المرتبة 15 من أصل 34 مقاطعة": the
        # field the rank is counted among, worded, is no figure (as "ranked 15th out of 34 provinces", _rank_field);
        # "xếp thứ 12/63 tỉnh" writes a fraction, both numbers
        return None
    written = written[1:].strip() if written.startswith("/") else re.split(r"\s", written)[-1]
    whole = parse_number(written, pack.decimal)
    if whole is None or whole == metric.value / factor:
        return None
    indicator = "other" if metric.indicator in ("targets_met", "complaints_resolved") else metric.indicator
    unit = "count" if metric.unit == "rank" else metric.unit
    return Metric(whole * factor, unit, metric.surface, metric.sentence, indicator)


def _with_changes(
    found, folded: str, pack: Pack | None = None, shares: set[int] | None = None
) -> list[Metric]:
    """The figures with their changes attached: a change (a percentage after a rise or fall cue)
    is the change of the last value before it in the same clause (a same-period change replaces
    one that is not); a further change ("up 15.08%, including a 20.5% rise in industry") is a
    figure of its own; so is one with no value before it, unless the value it rose or fell to
    follows ("rose by 11.9% year-on-year to over 27 billion USD": :func:`_leads_to`), or a share of a
    plan or estimate (``shares``, ids of the figures) stands before it with no value before the share: the
    same-period change is the first share's ("budget revenue is expected to reach 49% of the estimate and 54%
    of the Prime Minister's estimate, an increase of 11% over the same period": 49% with a change of 11)."""
    out: list[Metric] = []
    last_value: Metric | None = None
    settled = False  # the last value's change came from a same-period cue
    last_end = 0
    alone: tuple[Metric, int] | None = None  # a change no value before it took, and its end
    # the first share no value stands before, and the last share's end
    share: tuple[Metric, int] | None = None
    for begin, finish, metric, is_change in found:
        if share is not None and (
            last_value is not None
            or re.search(rf"[{RE_SEMICOLONS}]", folded[share[1] : begin])
            or (
                pack is not None
                and any(
                    v[0] not in ("other", share[0].indicator)
                    for _, v in pack.indicators.finditer(folded, share[1], begin)
                )
            )
        ):
            share = None  # ("... đạt 60% kế hoạch, GRDP tăng 7% so với cùng kỳ": the rate its own indicator governs)
        if is_change == "same_period" and share is not None and share[0].change_pct is None:
            share[0].change_pct = metric.value
            share = None
            continue
        if not is_change and shares and id(metric) in shares and last_value is None:
            share = (share[0] if share is not None else metric, finish)
        if alone is not None and not is_change and metric.unit != "percent":
            if metric.change_pct is None and _leads_to(folded[alone[1] : begin], pack):
                out.remove(alone[0])
                metric.change_pct = alone[0].change_pct
                if metric.indicator == "other":  # the change's subject is the figure's
                    metric.indicator = alone[0].indicator
            alone = None
        if is_change and last_value is not None and re.search(rf"[{RE_SEMICOLONS}]", folded[last_end:begin]):
            last_value = None  # "... 5.000 tỷ đồng; sản xuất công nghiệp tăng 7%": another clause's change
        if (
            is_change
            and last_value is not None
            and last_value.unit in ("count", "persons")
            and pack is not None
            and any(
                v[0] not in ("other", last_value.indicator) and v[1:2] != ("fallback",)
                for _, v in pack.indicators.finditer(folded, last_end, begin)
            )
        ):
            # "more than 1500 enterprises and GRDP grew 8%": a rate its own indicator word governs
            last_value = None
        if (
            is_change
            and last_value is not None
            and pack is not None
            and _contrasted(folded, last_end, begin, last_value.indicator, pack)
        ):
            last_value = (
                None  # "budget revenue reached VND 20 trillion, while exports rose 12%": the clause's own
            )
        if is_change and last_value is not None and is_change != "average":
            if last_value.change_pct is None or (is_change == "same_period" and not settled):
                last_value.change_pct = metric.value
                settled = is_change == "same_period"
                continue
            # "up 15.08%, including a 20.5% rise in industry": a further change is its own figure
        if is_change:
            metric.change_pct = metric.value
            metric.value = abs(metric.value)
            # (or another clause's value: "exports rose 12% to 3 billion USD, while imports rose 5% to 2 billion")
            fresh = last_value is None or re.search(rf"[{RE_COMMAS}]", folded[last_end:begin])
            alone = (metric, finish) if fresh and is_change != "average" else None
        out.append(metric)
        if metric.unit != "percent":
            last_value, settled, last_end = metric, False, finish
    return out


def _contrasted(folded: str, last_end: int, begin: int, indicator: str, pack: Pack) -> bool:
    """Does a ``contrast`` cue ("while", "podczas gdy", "tandis que", "في حين", "trong khi") open a clause between the
    last value and a change, with a wording of another indicator after it ("budget revenue reached VND 20 trillion,
    while exports rose 12%": the exports' change, no change of the revenue)? A cue valued ``comma`` (pl "a", vi "còn")
    only right after a comma. A clause naming the value's own indicator, or only a growth noun, is the value's own
    ("exports reached USD 3 billion, while the export growth rate was 12%")."""
    for m, values in pack.cue("contrast").finditer(folded, last_end, begin):
        if values[:1] == ("comma",) and not re.search(rf"[{RE_COMMAS}]\s*$", folded[last_end : m.start()]):
            continue
        named = {v[0] for _, v in pack.indicators.finditer(folded, m.end(), begin) if v[1:2] != ("fallback",)}
        if indicator not in named and named - {"grdp_growth"}:
            return True
    return False


def _leads_to(gap: str, pack: Pack | None) -> bool:
    """Does the text between a change and the next figure say that figure is the level the change led
    to: a ``notchange`` word ("to") or an ``achieved`` one opening it, maybe after a same-period wording,
    then maybe another such word or a ``quantity`` one, with at most one word after them ("rose by 11.9% year-on-year
    to over 27 billion USD", "ارتفعت ... بنسبة 11.9% على أساس سنوي لتصل إلى أكثر من 27 مليار دولار", "wzrosła o 11,9% rok
    do roku, do ponad 27 mld USD": one comma may end the change's clause before the cue; not "compared to", "thanks
    to", nor ", equal to" after a comma)?"""
    if pack is None or re.search(rf"[\d{RE_SEMICOLONS}().]", gap) or len(gap) > 60:
        return False
    for m, _ in pack.cue("same_period").finditer(gap):
        gap = gap[: m.start()] + " " * (m.end() - m.start()) + gap[m.end() :]
    # one comma may close the change's own clause before the cue ("wzrosła o 11,9% rok do roku, do ponad 27 mld USD")
    pos = re.match(rf"\s*(?:[{RE_COMMAS}]\s*)?", gap).end()
    if re.search(rf"[{RE_COMMAS}]", gap[pos:]):
        return False
    hit = next((h for kind in ("notchange", "achieved") if (h := pack.cue(kind).match_at(gap, pos))), None)
    if hit is None:
        return False
    pos = hit[0].end()
    # a verb of reaching and a quantity word may follow: "لتصل إلى أكثر من", "hasta superar los"
    for _ in range(2):
        pos += len(gap[pos:]) - len(gap[pos:].lstrip())
        more = next(
            (h for kind in ("notchange", "achieved", "quantity") if (h := pack.cue(kind).match_at(gap, pos))),
            None,
        )
        if more is None:
            break
        pos = more[0].end()
    return len(gap[pos:].split()) <= 1


@cache
def _dual_setting(folder: Path | None) -> tuple[re.Pattern[str], str, frozenset[str], tuple[str, ...]] | None:
    rows = [r for r in tables.rows(folder / "format.tsv") if r[0] == "dual"] if folder else []
    if not rows or len(rows[0]) < 3:
        return None
    endings = "|".join(re.escape(e) for e in rows[0][1].split("|"))
    nouns = frozenset(rows[0][3].split("|")) if len(rows[0]) > 3 else frozenset()
    # (from the start of a word only: a match spans a whole word, and the engine does not try every
    # letter of each word with every length before its ending; the word's first letter matched, the letter before it
    # looked behind, so that the engine skips to letters instead of trying the look-behind at every character: the
    # same matches as "(?<![^\W\d_])([^\W\d_]+)(?:endings)(?![^\W\d_])")
    return (
        re.compile(rf"([^\W\d_](?<![^\W\d_][^\W\d_])[^\W\d_]*)(?:{endings})(?![^\W\d_])"),
        rows[0][2],
        nouns,
        tuple(rows[0][1].split("|")),  # (the endings as written: a match holds one)
    )


def _duals(sentence: Sentence, folded: str, pack: Pack) -> list[Metric]:
    """Two of a counted noun written as its dual, no number (Arabic "بلديتان", "بمنطقتين": GOLD
    records 2; with the article, "المقاطعتين", the two are ones already named): the pack's ``dual``
    setting gives the dual endings, the singular's ending and more counted nouns (``dual	تان|تين	ة
    منطقة|محلية``); the singular must be a counted noun of the pack's units or one of those."""
    dual = _dual_setting(pack.folder)
    if dual is None:
        return []
    pattern, singular, nouns, endings = dual
    if not any(ending in folded for ending in endings):
        return []  # (the expression matches one of them as written: most sentences hold none)
    articles = _article_forms(pack)
    out = []
    for m in pattern.finditer(folded):
        stem = m.group(1)
        for start in range(0, 4):  # clitics glued before the noun ("بمنطقتين", "لمنطقتين")
            noun = stem[start:] + singular
            found = ("count",) if noun in nouns else pack.units.get(noun)
            if found and found[0] in ("count", "persons"):
                if stem[:start].endswith(articles):
                    break  # "بين المقاطعتين": the two already named, no new figure
                metric = Metric(2.0, found[0], sentence[m.start() : m.end()], sentence.index)
                indicator = _indicator(folded, m.start(), pack, 0)
                # a count is no rate: "محليتين" after "a growth rate above 10%" counts provinces
                metric.indicator = "other" if indicator in _RATES else indicator
                out.append(metric)
                break
    return out


def _article_forms(pack: Pack) -> tuple[str, ...]:
    """The pack's definite article (``article`` in format.tsv, Arabic ال) as written before a noun:
    alone, and contracted with a clitic that repeats its last part (ل + ال = لل); none without one."""
    art = pack.article
    if not art:
        return ()
    return (art, *(p + art[1:] for p in pack.prefixes if p == art[1:]))


# more than Viet Nam's yearly GDP (about 11.5 million billion VND, 480 billion USD): a scale misread
_CEILING = {"billion_vnd": 2e7, "million_vnd": 2e10, "million_usd": 2e6}
_SCALED = {"usd": (("million_usd", 1e6),), "vnd": (("billion_vnd", 1e9), ("million_vnd", 1e6))}


def _ordinal_ranks(sentence: Sentence, folded: str, pack: Pack) -> list[Metric]:
    """A rank written as an ordinal next to a rank word ("ranked 44th", "s'est classée 10e", "el
    puesto 5º", "den 10. Platz", "6º lugar"): numbers the main reader skips, since a letter or an
    ordinal's full stop follows them."""
    if not pack.units:
        return []
    suffix = pack.alternation("ordinal_suffix")
    ordinal = rf"(?:{suffix})(?!\w)|\.(?=\s)" if suffix else r"\.(?=\s)"
    out = []
    # ("(?<![\w.,])(\d{1,3})", the look-behind after the first digit: the engine skips to digits)
    for m in re.finditer(rf"(\d(?<![\w.,]\d)\d{{0,2}})(?:{ordinal})", folded):
        before = _unit_before(folded, m.start(), pack)
        after = pack.units.match_at(
            folded, m.end() + len(folded[m.end() :]) - len(folded[m.end() :].lstrip())
        )
        rank_after = after is not None and after[1][0] == "rank" and _ranked(folded, after, pack)
        suffixed = not m.group().endswith(".")  # "10." is also a number before a sentence's end
        if _put_first(folded, m.start(), pack):
            continue
        if rank_after or (suffixed and before is not None and before[0] == "rank"):
            end = after[0].end() if rank_after else m.end()
            metric = Metric(float(m.group(1)), "rank", sentence[m.start() : end], sentence.index)
            metric.indicator = _indicator(folded, m.start(), pack, 0)
            out.append(metric)
    # an ordinal word before a rank word ("ocupó el sexto lugar", "au sixième rang"); not a
    # sentence's "firstly" ("En primer lugar, ...": at its start or before a comma)
    for m, values in pack.ordinals.finditer(folded):
        if _put_first(folded, m.start(), pack):
            continue
        gap = len(folded[m.end() :]) - len(folded[m.end() :].lstrip())
        after = pack.units.match_at(folded, m.end() + gap) if gap else None
        if after is not None and not _ranked(folded, after, pack):
            after = None
        before = _unit_before(folded, m.start(), pack)
        if (after is None or after[1][0] != "rank") and before is not None and before[0] == "rank":
            # a rank word written before the ordinal ("احتلت المرتبة الثالثة", "المركز الخامس")
            word = re.search(r"\S+\s*$", folded[: m.start()])
            metric = Metric(float(values[0]), "rank", sentence[word.start() : m.end()], sentence.index)
            metric.indicator = _indicator(folded, m.start(), pack, 0)
            out.append(metric)
            continue
        if after is None or after[1][0] != "rank" or not folded[: m.start()].strip(" -(") or m.start() < 4:
            continue
        if re.match(rf"\s*[{RE_COMMAS}]", folded[after[0].end() :]):
            continue
        metric = Metric(float(values[0]), "rank", sentence[m.start() : after[0].end()], sentence.index)
        metric.indicator = _indicator(folded, m.start(), pack, 0)
        out.append(metric)
    return out


def _ranked(folded: str, hit, pack: Pack) -> bool:
    """Is the rank word ``hit`` (a units.tsv match) a place in a ranking: any rank word, but one marked ``ranked``
    (de 'Stelle', pl 'pozycji': also a place in a list or an agenda, an office, 'an 3. Stelle der Tagesordnung')
    only with a ranking in its clause, before it or after: a ``ranking`` cue ('Rangliste', 'Index', 'rangiert',
    'landesweit') or a rank indicator ('PCI')."""
    if hit[1][2:3] != ("ranked",):
        return True
    ends = rf"[:;{RE_SEMICOLONS}{RE_COMMAS}]"
    start, end = hit[0].span()
    head = re.split(ends, folded[max(0, start - 120) : start])[-1]
    clause = head + " " + re.split(ends, folded[end : end + 120])[0]
    if any(True for _ in pack.cue("ranking").finditer(clause)):
        return True
    return any(values[0].endswith("_rank") for _, values in pack.indicators.finditer(clause))


def _put_first(folded: str, start: int, pack: Pack) -> bool:
    """Is the ordinal at ``start`` a priority, no place in a ranking: set by a verb of putting
    in its clause, before it or after (vi 'đặt lên hàng đầu': es 'se pone en primer lugar', de 'an
    die erste Stelle gesetzt', pl 'stawia się na pierwszym miejscu', en 'is put in first place', ar
    'توضع في المرتبة الأولى', cs 'kladena na první místo')?"""
    cue = pack.cue("put_first")
    if not cue.entries:
        return False
    ends = rf"[.:;{RE_SEMICOLONS}{RE_COMMAS}]"
    before = re.split(ends, folded[max(0, start - 60) : start])[-1]
    after = re.split(ends, folded[start : start + 60])[0]
    return any(True for _ in cue.finditer(before)) or any(True for _ in cue.finditer(after))


_MONEY = frozenset({"billion_vnd", "million_vnd", "vnd", "million_usd", "usd"})


def _indicator(folded: str, start: int, pack: Pack, since: int, skip: str | None = None) -> str:
    """The indicator of the last wording before the figure; a ``fallback`` row's (a currency's word: 'USD') only
    where no other wording stands ("export turnover reached USD 3 billion": export_value). ``skip``: an indicator
    whose wordings count only when no other stands before (a sum's tourists)."""
    best, fallback = "other", None
    for m, values in pack.indicators.finditer(folded, max(since, start - 120), start):
        if values[0] == skip and best != "other":
            continue
        if values[1:2] == ("fallback",):
            fallback = values[0]
        elif values[0] == "budget_revenue" and _service_revenue(folded, m, start, pack):
            best = "other"
        else:
            best = values[0]
    return fallback if best == "other" and fallback is not None else best


def _service_revenue(folded: str, m, start: int, pack: Pack) -> bool:
    """Is a bare revenue noun (a `revenue` cue read as budget revenue: en 'revenue', de 'Einnahmen') a service's or a
    sector's: a `service` or `sector` cue among the two words before it ('port service revenue') or after its source's
    preposition, in its clause, before the figure ('revenue from telecommunications services', de 'die Einnahmen aus
    Hafendienstleistungen': in a language that joins compounds, a word ending in the cue)? A sector's earnings are not
    the state budget's ('revenue from land use' stays: no service named)."""
    if pack.cue("revenue").match_at(folded, m.start()) is None:
        return False
    if _cue_in(pack.cue("partition"), folded[max(0, m.start() - 25) : m.start()]):
        return False  # "revenue reached X, of which revenue from services was Y": a part of the budget's (review28 Low 3)
    joined = _setting(pack, "compounds") == "joined"
    words = re.split(r"[^\w-]+", folded[max(0, m.start() - 30) : m.start()])[-3:-1]
    source = pack.cue("revenue_source").match_at(folded, m.end() + 1)
    if source is not None:
        tail = re.split(rf"[{RE_COMMAS}{RE_SEMICOLONS}.]", folded[source[0].end() : start])[0]
        words += tail.split()[:4]
    for word in words:
        for cue in (pack.cue("service"), pack.cue("sector")):
            if cue.match_at(word, 0) is not None:
                return True
            # (German: a compound ending in the cue, 'Hafendienstleistungen')
            if joined and any(cue.match_at(word, i) is not None for i in range(3, len(word) - 4)):
                return True
    return False


def _share_object(folded: str, since: int, start: int, pack: Pack) -> int:
    """Where the wording of what a percentage is a share of ends, when one follows it with at most two short words (of
    three letters at most) between and no conjunction ("qui représentent 42% du PIB national et 42% du budget d'État", "accounts for 3% of the national
    GDP", "chiếm 3% GDP cả nước"): the percentage's own object, no wording of the next figure (u-fr-0015's gold: both
    shares other); else ``since``."""
    head = re.match(r"\s*(?:[^\W\d_]{1,3}\s+){0,2}", folded[since : since + 30])  # "of the", "du", "من"
    conjunction = pack.cue("conjunction")
    for m, _ in pack.indicators.finditer(folded, since, min(start, since + 90)):
        if (
            m.start() <= since + head.end()
            and m.end() <= start
            and not _cue_in(conjunction, folded[since : m.start()])
            # (nor a conjunction glued to the wording: ar '12% ومبيعات التجزئة', and retail sales; fix29b)
            and not (
                folded[m.start() : m.start() + 1] in pack.prefixes
                and conjunction.get(folded[m.start()]) is not None
            )
        ):
            return m.end()
        break
    return since


def _sector_growth(folded: str, start: int, pack: Pack, since: int) -> bool:
    """Is the growth wording a percentage takes its indicator from a sector's: a ``sector`` noun between the wording
    and the figure, in its clause ("Tốc độ tăng trưởng khu vực công nghiệp – xây dựng tăng 4,7%", "the growth rate of
    the industry and construction sector", "معدل نمو قطاع الصناعة والبناء"; u-vi-0011's gold: other)?"""
    cues = pack.cue("sector")
    last = None
    for m, values in pack.indicators.finditer(folded, max(since, start - 120), start):
        last = (m, values)
    if not cues or last is None or last[1][0] != "grdp_growth":
        return False
    # (a comma may part the sector's own list: "Tốc độ tăng trưởng ngành thương mại, dịch vụ tăng 4,4%")
    between = folded[last[0].end() : start]
    if len(between) > 70 or re.search(rf"[{RE_SEMICOLONS}.]", between):
        return False
    # (the wording's own complement: a few words, no comma, before the sector; not an insert or a source that names
    # one: "GRDP growth, led by the industrial sector, reached 8.5%", "tăng trưởng GRDP của tỉnh theo đánh giá của
    # ngành thống kê đạt 8,2%"; review24)
    sector, kind = next(((m, v) for m, v in cues.finditer(between)), (None, None))
    lead = between[: sector.start()] if sector is not None else ""
    if (
        any(m.end() == len(lead.rstrip()) for m, _ in pack.cue("all_of").finditer(lead))
        and (kind or ())[:1] != ("qualified",)
        and _bare(between[sector.end() :], pack)
    ):
        # "Economic growth in all sectors reached 7.5%", "trên các lĩnh vực đạt": the economy's growth (not a group
        # of sectors a word after the noun names: "ở các ngành dịch vụ đạt", "tous les secteurs industriels"; review25;
        # nor a compound that names it: de "in allen Industriesektoren", fix26b)
        return False
    return sector is not None and not re.search(rf"[{RE_COMMAS}]", lead) and len(lead.split()) <= 5


def _bare(after: str, pack: Pack) -> bool:
    """Does ``after`` (the text after a sector noun, up to its figure) name no more of the sector: up to the first
    ``achieved`` or ``increase`` cue ("reached", "đạt", "a atteint"), or to the figure, no word of three letters or
    more ("sectors reached", "lĩnh vực đạt"; not "ngành dịch vụ đạt", "secteurs industriels a atteint")?"""
    cut = min(
        (m.start() for kind in ("achieved", "increase") for m, _ in pack.cue(kind).finditer(after)),
        default=len(after),
    )
    return re.search(r"[^\W\d_]{3,}", after[:cut]) is None


def _stem_hit(word: str, lexicon) -> bool:
    """Is ``word`` a wording of the cue lexicon, or does it start with one of its ``stem*`` entries?"""
    return lexicon.get(word) is not None


_NOUN = re.compile(r"\s*([^\W\d_][^\W\d_'’-]*)")


def _word_after(folded: str, pos: int, width: int = 40) -> re.Match | None:
    """The word right after ``pos`` (only spaces before it, so never across a comma or a bracket),
    within ``width`` characters; its group 1 is the word."""
    return _NOUN.match(folded, pos, min(len(folded), pos + width))


def _honorific_of_name(word: str, sentence: str, folded: str, end: int, pack: Pack) -> bool:
    """Is ``word``, right after a figure, a comrade's honorific in the singular (the pack's ``comrade`` cue, not its
    ``plural`` one) before a capitalised name ("Bezwzględną liczbą głosów 53/53 towarzysz Hoang Trung Dung został
    wybrany", en "votes 53/53 comrade A was elected", de "Stimmenzahl 53/53 Genosse A"): a person named, not the
    figure's counted noun ("53 towarzyszy do Komitetu", "3 comrades A, B and C" stay people counted)?"""
    if pack.cue("comrade").get(word) is None or pack.cue("plural").get(word) is not None:
        return False
    name = _word_after(folded, end, 40)
    return name is not None and sentence[name.start(1) : name.start(1) + 1].isupper()


def _part_of(folded: str, start: int, end: int, value: float, found, pack: Pack, parted: str | None):
    """The unit of a bare whole number that is a part of the count before it: after a ``partition``
    cue ("704 Aufgaben ...; davon wurden 642 abgeschlossen", "17.848 Datensätze, von denen 16.280"),
    or right after such a part ("642 abgeschlossen, 21 sind überfällig und 41 ..."); else None."""
    counts = [f for f in found if f[2].unit in ("count", "persons")]
    if not counts or value != int(value) or value > max(f[2].value for f in counts):
        return None
    word = _word_after(folded, end)
    if word and (_stem_hit(word.group(1), pack.cue("notcounted")) or pack.months.get(word.group(1))):
        return None  # "davon 5 Jahre"
    after = next(iter(pack.cue("partition").finditer(folded, end, min(len(folded), end + 16))), None)
    if after is not None and not folded[end : after[0].start()].strip():
        return counts[-1][2].unit  # the cue right after the part ("bearbeiteten 194.913 davon", "منها")
    since = found[-1][1]
    between = folded[since:start]
    if re.search(rf"[.:{RE_SEMICOLONS}](?:\s|$)", between) and not any(
        True for _ in pack.cue("partition").finditer(between)
    ):
        return None
    if parted is not None and len(between) <= 40 and found[-1][2].unit == parted:
        return parted
    cues = list(pack.cue("partition").finditer(folded, counts[-1][1], start))
    if cues and not re.search(rf"[.:{RE_SEMICOLONS}](?:\s|$)", folded[cues[-1][0].end() : start]):
        return counts[-1][2].unit
    return None


def _total(folded: str, sentence: str, start: int, end: int, pack: Pack) -> tuple[str, int] | None:
    """A whole number that closes its clause after a ``total`` cue ("die Gesamtzahl der Angestellten
    ... 70.420 beträgt", "el número total de miembros es de 6928."): ``persons`` when a word after
    the cue denotes people, else ``count``."""
    after = sentence[end : end + 30]
    if re.match(r"\.", after) and re.search(r"\w", sentence[end:]):
        return None  # "14. Amtszeit": an ordinal; only the sentence's own full stop closes a total
    if not re.match(r"\s*(?:$|[^\w\s%])", after):
        word = re.match(r"\s*([^\W\d_]+)", after)
        if not (word and _capitalised_nouns(pack) and word.group(1).islower()):
            return None  # a word follows: the counted-noun rule decides
    number = folded[start:end]
    whole = re.fullmatch(r"\d{1,3}(?:[.,\s]\d{3})+|\d+", number)
    if not whole or (
        re.fullmatch(r"19\d\d|2[01]\d\d", re.sub(r"\D", "", number))
        and not _cue_before(folded, start, pack, ("quantity",), 25)
    ):
        return None  # a year; not after a quantity word ("the number of enterprises will exceed 2000")
    unit = _total_of(folded, start, pack)
    return (unit, end) if unit else None


def _total_of(folded: str, start: int, pack: Pack) -> str | None:
    """What a ``total`` cue earlier in the number's clause counts ("the number of tourists"):
    ``persons`` when the cue itself ("population", "dân số") or a word after it denotes people, else
    ``count``; None without a cue."""
    clause = re.split(rf"[{RE_SEMICOLONS}.:]", folded[max(0, start - 160) : start])[-1]
    cues = list(pack.cue("total").finditer(clause))
    if not cues:
        return None
    if pack.cue("person").get(cues[-1][0].group().strip()) is not None:
        return "persons"  # "a population of about 500,000", "dân số gần 500.000"
    words = re.findall(r"[^\W\d_]+", clause[cues[-1][0].end() :])[:4]
    return "persons" if any(_stem_hit(w, pack.cue("person")) for w in words) else "count"


def _documents_after(folded: str, pos: int, pack: Pack) -> bool:
    """Is the word right after ``pos`` a document word with no article, the noun a number counts ("أقرت الدورة 9
    قرارات": the session adopted 9 resolutions, not its 9th)?"""
    word = _word_after(folded, pos, 60)
    if word is None or (pack.article and word.group(1).startswith(_article_forms(pack))):
        return False
    return any(
        m.start() == word.start(1) for m, _ in pack.documents.finditer(folded, word.start(1), word.end(1))
    )


def _cue_after(folded: str, pos: int, pack: Pack, kind: str, words: int, reach: int):
    """The match of a ``kind`` cue opening one of the (up to ``words``) words after ``pos``, each within ``reach``
    characters of the last, in the same phrase; else None."""
    for _ in range(words):
        word = _word_after(folded, pos, reach)
        if word is None:
            return None
        hit = pack.cue(kind).match_at(folded, word.start(1))
        if hit is not None:
            return hit
        pos = word.end(1)
    return None


def _people_after(folded: str, pos: int, pack: Pack) -> int | None:
    """The end of a noun denoting people among the (up to three) words after ``pos`` ("million
    inhabitants", "مليون نسمة", "triệu lượt khách"), in the same phrase; else None."""
    hit = _cue_after(folded, pos, pack, "person", 3, 60)
    return hit[0].end() if hit is not None else None


def _counted(folded: str, sentence: str, start: int, end: int, pack: Pack) -> tuple[str, int] | None:
    """A cardinal number followed by a counted noun phrase: ``persons`` when a noun of the phrase
    (up to three words: "342 outstanding delegates") denotes people (the pack's ``person`` cues),
    else ``count``. Not a count: a number after a document word or mark ("Decree 15", "No. 26"),
    a decimal, or a number before a function word, a month, a time noun (``notcounted`` cues:
    years, days, times...) or a name. In packs whose nouns are capitalised (``nouns
    capitalised`` in format.tsv, German) the counted noun is the capitalised word."""
    if _setting(pack, "counts") == "listed":
        return None  # a language whose word after a number is as often a classifier or a verb
    if _uncountable(folded, sentence, start, end, pack) or _quoted_name(folded, start, end):
        return None
    return _counted_phrase(folded, sentence, start, end, pack)


# a quotation opened right before the number and closed within three words after it
_QUOTE_OPENS = re.compile(r"(?:^|[\s(:;,])[\"“„«‘‹]\s*$")
_QUOTE_CLOSES = re.compile(r"^(?:\s*[^\s\"“”„«»‘’‹›]+){1,3}?\s*[\"”“»’›]")


def _quoted_name(folded: str, start: int, end: int) -> bool:
    """Does the number open a short quotation, the name of a slogan, a campaign or a movement ("ducha
    „7 odwag”", "the spirit of \"7 dares\"", "l'esprit des « 3 non »", "روح "3 لا""): a label, no count?"""
    return (
        _QUOTE_OPENS.search(folded, max(0, start - 3), start) is not None
        and _QUOTE_CLOSES.match(folded[end : end + 40]) is not None
    )


def _person_compound(word: str, pack: Pack) -> bool:
    """In a language that writes compounds as one word, head last (``compounds	joined``, German), is ``word`` a
    compound whose last part is a person word of the pack (a ``person`` cue, a stem with an inflection at most):
    "Kindergärtnerinnen", "Gastdozenten", "Touristenführer" count people; not "Genossenschaften", "Bauernhöfe",
    "Bauernfamilien" (their last part a thing's)?"""
    key = (pack.code, pack.folder)
    if key not in _PERSON_TAILS:
        _PERSON_TAILS[key] = _person_tails(pack) if _setting(pack, "compounds") == "joined" else None
    tail = _PERSON_TAILS[key]
    return tail is not None and tail.fullmatch(word) is not None


_PERSON_TAILS: dict = {}


def _person_tails(pack: Pack):
    forms = sorted(
        (
            re.escape(w[:-1]) + _INFLECTION if w.endswith("*") else re.escape(w)
            for w in map(fold, pack.cue("person").entries)
            if " " not in w and len(w.rstrip("*")) >= 4
        ),
        key=len,
        reverse=True,
    )
    return re.compile(rf"[^\W\d_]{{3,}}?(?:{'|'.join(forms)})") if forms else None


# the endings a person word's stem takes in a compound's last part (de 'führer', 'Führers', 'Führerinnen', 'Beamte')
_INFLECTION = "(?:innen|in|en|e|n|s|er|ern|es)?"


def _labelled(folded: str, sentence: str, start: int, pack: Pack) -> bool:
    """Does a label noun stand right before the number, capitalised where case is written ("Region 1", "District 3
    People's Committee", "مشروع 06"): the number names, counts nothing?"""
    window = folded[max(0, start - 25) : start]
    for m, _ in pack.cue("label").finditer(window):
        first = sentence[start - len(window) + m.start()]
        if m.end() >= len(window.rstrip()) - 1 and not first.islower():
            return True
    return False


def _numbered_before(folded: str, start: int, pack: Pack) -> bool:
    """Has the session or term noun right before the number its ordinal written before it ("seit dem 13. Parteitag
    29 Sitzungen abgehalten", "since the 13th Congress 29 meetings"): the number after it is no ordinal of it?"""
    window = folded[max(0, start - 40) : start]
    hits = [m for k in ("session", "term") for m, _ in pack.cue(k).finditer(window)]
    last = max(hits, key=lambda m: m.end(), default=None)
    if last is None or last.end() < len(window.rstrip()) - 1:
        return False
    suffix = pack.alternation("ordinal_suffix")
    return (
        re.search(rf"(?<![\w.,])\d{{1,3}}(?:\.|{suffix})\s*$", window[: last.start()]) is not None
        or re.search(r"(?<!\w)[ivxlcIVXLC]+\.?\s*$", window[: last.start()]) is not None
    )


def _uncountable(folded: str, sentence: str, start: int, end: int, pack: Pack) -> bool:
    """Is the number no count, whatever follows it? A decimal; a number after a document mark
    ("No. 26"), a session or term noun ("Session 15", unless people follow it: "شارك في الدورة 80
    نائبا"), a label noun ("Region 1", "مشروع 06": a name, capitalised where case is written), a
    document word ("Decree 15") or a code's mark ("/", "#", "№", "-"; a colon only against the number: "No:12",
    not the colon that opens a list, "beibehalten: 12 Kommunen verzeichneten")."""
    number = folded[start:end]
    if ("." in number and pack.decimal == ".") or ("," in number and pack.decimal == ","):
        if not re.fullmatch(r"\d{1,3}(?:[.,]\d{3})+", number):
            return True
    if _cue_before(folded, start, pack, ("docmark",), 20) or _listed_after_mark(folded, start, pack):
        return True  # "No. 26"; "Nos. 57, 59 and 68", "القرارين رقم 57 و68"
    if (
        _cue_before(folded, start, pack, ("session", "term"), 20)
        and _people_after(folded, end, pack) is None
        and not _documents_after(folded, end, pack)
        and not _numbered_before(folded, start, pack)
    ):
        return True  # "Session 15", not "شارك في الدورة 80 نائبا" (80 deputies took part in the session)
    if _labelled(folded, sentence, start, pack):
        return True  # "Region 1 accounted for", "مشروع 06": a name (capitalised where case is written)
    window = folded[max(0, start - 25) : start].rstrip()
    if any(
        m.end() >= len(window) - 1
        and not re.search(rf"[{RE_COMMAS}{RE_SEMICOLONS}()]", window[m.end() :])
        and ("numbered" not in values[1:] or not _counted_noun_after(folded, end, pack))
        for m, values in pack.documents.finditer(window)
    ):  # "Decree 15", "la directive 35 met l'accent", "el Decreto 178 hay"; not "Under the Law, 14 members" nor
        # "دعم البرنامج 1250 أسرة" (a word named only with a number, a counted noun after the number)
        return True
    if folded[:start].endswith(":"):
        return True  # "No:12", "Số:15" (a colon against the number), not "as follows: 12 communes"
    return re.search(r"[/#№-]$", window) is not None


def _counted_noun_after(folded: str, end: int, pack: Pack) -> bool:
    """Is the word right after the number a counted noun: a unit, a person's or a plan's noun ("120 ménages", "35
    personas"), or any word in a language whose verb comes before its subject (``clause	verb_first`` in format.tsv,
    Arabic: "دعم البرنامج 1250 أسرة")? After a document word that takes its number bare ("directive 35", "Decreto
    178", "Direktive 35"), any other word is the sentence's verb or the document's issuer, the number the document's."""
    if _setting(pack, "clause") == "verb_first":
        return True  # "دعم البرنامج 1250 أسرة": the verb's object, counted whatever its noun
    after = re.match(r"\s*", folded[end:]).end() + end
    return bool(pack.units.match_at(folded, after)) or any(
        pack.cue(k).match_at(folded, after) for k in ("person", "plan_noun")
    )


def _listed_after_mark(folded: str, start: int, pack: Pack) -> bool:
    """Is the number the last of a list of document numbers after a mark, joined by a conjunction
    ("Nghị quyết số 57, 59 và 68", "القرارين رقم 57 و68": Arabic writes "و" against the number)?"""
    sep = rf"(?:[{RE_COMMAS}]|\s(?:{pack.alternation('conjunction')})\s?)"
    return bool(
        re.search(
            rf"(?<!\w){pack.alternation('docmark')}\s*\d{{1,4}}(?:\s*{sep}\s*\d{{1,4}})*"
            rf"\s(?:{pack.alternation('conjunction')})\s?$",
            folded[max(0, start - 60) : start],
        )
    )


def _counted_phrase(folded: str, sentence: str, start: int, end: int, pack: Pack) -> tuple[str, int] | None:
    """The counted noun phrase after the number, up to three words: (``persons``, its end) as soon
    as a word denotes people, else (``count``, the end of its first noun); None when the first word
    is a function word, a month, a time noun, a short word or a name (capitalised in a language
    that does not capitalise nouns), or a plan's content (:func:`_plan_content`). Where nouns are
    capitalised, lower-case words before the noun are its adjectives ("5 stellvertretende
    Vorsitzende")."""
    capitalised = _capitalised_nouns(pack)
    phrase_end = None
    pos = end
    # (where nouns are capitalised, up to four adjectives: "8 fortgeschrittene neue ländliche Gemeinden")
    for k in range(5 if capitalised else 3):
        if capitalised and k and phrase_end is None:
            # a comma between two adjectives: "100 spannende, attraktive und neuartige Aktivitäten"
            comma = re.match(rf"[{RE_COMMAS}]\s*(?=[^\W\d_])", folded[pos : pos + 3])
            if comma and sentence[pos + comma.end() : pos + comma.end() + 1].islower():
                pos += comma.end() - 1
        noun = _word_after(folded, pos, 60)
        if noun is None:
            break
        word = noun.group(1)
        upper = sentence[noun.start(1) : noun.start(1) + 1].isupper()
        if (
            capitalised
            and k
            and phrase_end is None
            and pack.cue("conjunction").match_at(folded, noun.start(1))
        ):
            pos = noun.end(1)
            continue  # between two adjectives: "32 wissenschaftliche und technologische Aufgaben"
        if k == 0 and pack.cue("out_of").get(word) is not None:
            # a partitive "of" before people ("48/48 من المندوبين الحاضرين", "19 من رؤساء ومديري الإدارات"): they are
            # counted (a total after it is a number, read as "a of b" elsewhere)
            people = _people_after(folded, noun.end(1), pack)
            if people is not None:
                return "persons", people
        if k == 0 and _honorific_of_name(word, sentence, folded, noun.end(1), pack):
            return None  # "liczbą głosów 53/53 towarzysz Hoang Trung Dung został wybrany": the elected one's honorific
        if _no_counted_noun(word, folded, noun.start(1), pack):
            if k == 0:
                return None
            if phrase_end is not None and len(word) <= 3 and _plan_of(folded, noun.end(1), start, end, pack):
                return None  # "7 groups of solutions": groups of a plan's content
            break
        person = pack.cue("person").match_at(folded, noun.start(1))  # "miejsc pracy" too
        if len(word) >= 3 and (
            _stem_hit(word, pack.cue("person")) or person is not None or _person_compound(word, pack)
        ):
            if _livestock_after(folded, noun.end(1), pack):
                return "count", noun.end(1)  # "200 head of cattle": animals counted, no heads of a body
            # "5 Vice Chairmen", "2 Deputy Secretaries": a title written capitalised counts people
            return "persons", person[0].end() if person is not None else noun.end(1)
        if k == 0 and not capitalised and len(word) >= 2 and sentence[noun.start(1) : noun.end(1)].isupper():
            pos = noun.end(1)
            continue  # an acronym before the noun: "462 FDI projects" (no name, unlike "5 Hanoi ...")
        if len(word) < 3 or (upper and not capitalised):
            # "15 Standing Committee members": a title's capitalised words, then people
            people = _people_after(folded, pos, pack) if k == 0 and len(word) >= 3 else None
            if people is not None:
                return "persons", people
            if k == 0:
                return None
            break
        # (where the counted noun comes first and its adjectives after it, ``head	first``: a plan noun's spelling
        # later in the phrase is an adjective, Arabic "9 محتويات مهمة", nine important contents, not tasks)
        head_first = k > 0 and _setting(pack, "head") == "first"
        if (
            end > start
            and not head_first
            and _stem_hit(word, pack.cue("plan_noun"))
            and _plan_content(folded, start, end, pack)
        ):
            return None
        if capitalised and not upper:
            if k == 0 and not re.match(r"[^\W\d_]", sentence[noun.start(1) : noun.start(1) + 1]):
                return None
            pos = noun.end(1)
            continue  # an adjective before the noun ("5 stellvertretende Vorsitzende")
        if phrase_end is None:
            phrase_end = noun.end(1)
        pos = noun.end(1)
        if capitalised:
            break
    if phrase_end is None:
        return None
    return "count", phrase_end


def _livestock_after(folded: str, pos: int, pack: Pack) -> bool:
    """Is a ``livestock`` noun among the two words after ``pos`` ("200 head of cattle", "12,000 head of pigs"), the
    noun phrase's last (no noun after it: "12 heads of livestock farms" are people): the person's noun before it
    ("head") counts animals?"""
    animal = _cue_after(folded, pos, pack, "livestock", 2, 30)
    if animal is None:
        return False
    after = _word_after(folded, animal[0].end())
    return after is None or after.group(1) in pack.detect


def _no_counted_noun(word: str, folded: str, pos: int, pack: Pack) -> bool:
    """Is the word after a number one that counts nothing: a function word of the language, a
    ``notcounted`` cue (years, days, hours; also a wording of several words at ``pos``), a month, or
    a word with the definite article where the pack writes one against it (a counted noun is
    indefinite: "الدورة الـ 10 للجمعية الوطنية" is the 10th session)?"""
    notcounted = _stem_hit(word, pack.cue("notcounted")) or pack.cue("notcounted").match_at(folded, pos)
    articled = bool(pack.article) and word.startswith(_article_forms(pack))
    return bool(word in pack.detect or notcounted or pack.months.get(word) or articled)


def _plan_of(folded: str, pos: int, start: int, end: int, pack: Pack) -> bool:
    """Is the word at ``pos`` (after a short link word: "groups of solutions") a plan noun of a plan's
    content (:func:`_plan_content`)?"""
    noun = _word_after(folded, pos, 20)
    return (
        noun is not None
        and _stem_hit(noun.group(1), pack.cue("plan_noun"))
        and _plan_content(folded, start, end, pack)
    )


def _plan_content(folded: str, start: int, end: int, pack: Pack) -> bool:
    """Is a plan noun after the number ("3 breakthroughs, 19 targets") a plan's content, not a
    reported figure? Not when the clause before says they were achieved ("exceeded 10 targets",
    ``achieved`` cues) or a ``partition`` cue after splits them into parts ("17 Aufgaben, von denen
    11 abgeschlossen"), or when the noun is a share of a whole written after it ("56 tâches sur 93", "56 tasks
    out of 93", "56 zadań z 93": read as "56 of 93 tasks" is)."""
    if _share_after_noun(folded, start, end, pack):
        return False
    clause = re.split(rf"[{RE_CLAUSE_ENDS}:]", folded[max(0, start - 50) : start])[-1]
    # (a plan noun valued "figurative", a pillar, in a clause that names a built structure is the structure's part,
    # counted: "Se construyeron 120 pilares del nuevo puente", "Die Brücke hat 24 Säulen")
    noun = _word_after(folded, end, 20)
    if noun is not None and (pack.cue("plan_noun").get(noun.group(1)) or ())[:1] == ("figurative",):
        near = clause + " " + re.split(rf"[{RE_CLAUSE_ENDS}:]", folded[end : end + 40])[0]
        if any(True for _ in pack.cue("structure").finditer(near)):
            return False
    parts = any(True for _ in pack.cue("partition").finditer(folded, end))
    # (or right after the plan noun, as Vietnamese writes it: "20 chỉ tiêu đạt và vượt kế hoạch"; not "25 chỉ tiêu
    # phấn đấu đạt", a plan's target)
    after = re.split(rf"[{RE_CLAUSE_ENDS}:]", folded[end : end + 14])[0]
    done = any(True for _ in pack.cue("achieved").finditer(clause)) or any(
        True for _ in pack.cue("achieved").finditer(after)
    )
    # (an achievement asked for or aimed at is still the plan's: a ``to_do`` cue in the clause before the number, "yêu
    # cầu các cấp ủy tập trung hoàn thành 25 chỉ tiêu", "phấn đấu hoàn thành 25 chỉ tiêu", "تسعى إلى تحقيق 25 هدفًا")
    if done:
        aim = re.split(rf"[{RE_CLAUSE_ENDS}:]", folded[max(0, start - 90) : start])[-1]
        done = not any(True for _ in pack.cue("to_do").finditer(aim))
    return not parts and not done


def _targets_met(folded: str, start: int, total_end: int, pack: Pack) -> bool:
    """Does a fraction "a/b", "a of b" count the plan's targets or tasks met: a ``plan_noun`` (not figurative) among
    the three words after it, and an ``achieved`` cue of a completion (not one valued ``ongoing``) in its clause before
    it or right after the noun, not one asked for (a ``to_do`` cue)? The dev gold's convention (docs/conventions.md):
    "zrealizowała 24 z 25 zadań", "حققت 13/14 هدفًا", "đạt và vượt 8/15 chỉ tiêu" are ``targets_met``; "realizując 56 z
    93 zadań" (carrying them out) is ``other``."""
    noun, pos = None, total_end
    for _ in range(4):
        word = _word_after(folded, pos, 30)
        if word is None:
            break
        hit = pack.cue("plan_noun").match_at(folded, word.start(1))
        if hit is not None:
            if (hit[1] or ())[:1] == ("figurative",):
                return False
            noun = hit[0]
            break
        pos = word.end(1)
    if noun is None:
        return False

    def completed(text: str) -> bool:
        # (not after a negation: "have not been completed", "chưa hoàn thành", "nie zostało wykonanych")
        return any(
            (value or ())[:1] != ("ongoing",)
            and not any(True for _ in pack.cue("negation").finditer(text, 0, m.start()))
            for m, value in pack.cue("achieved").finditer(text)
        )

    clause = re.split(rf"[{RE_CLAUSE_ENDS}:]", folded[max(0, start - 60) : start])[-1]
    # (after the noun: its clause, to a comma, semicolon, colon or conjunction ("assigned to departments, which completed
    # the review": another predicate's) — or the verb that closes the clause, passive or verb-final, to a semicolon, a
    # colon or a conjunction before the next number: "24 of the 25 tasks under Plan No. 02-KH/BCĐTW ... have been
    # completed", "24 von 25 Aufgaben gemäß dem Plan ... für die Entwicklung von Wissenschaft und Technologie ... vom 19.
    # Juni 2025 erfüllt; 12 von 20 Aufgaben ... abgeschlossen und 41 von 89 ..."; a dot inside a sentence is an
    # abbreviation's or a date's, as is a comma before a year: "dated June 19, 2025")
    window = folded[noun.end() : noun.end() + 240]
    run = re.split(rf"[{RE_SEMICOLONS}:]", window)[0]
    after = re.split(rf"[{RE_COMMAS}](?!\s*\d{{4}}\b)", run)[0]
    if pack.cue("conjunction"):
        after = re.split(rf"\s(?:{pack.alternation('conjunction')})\s", after)[0]
        run = re.split(rf"\s(?:{pack.alternation('conjunction')})\s+\d", run)[0]
    last = re.search(r"([^\W\d_]+)\W*$", run) if len(window) > len(run) or len(window) < 240 else None
    asked = after  # where a to_do cue makes the completion one asked for
    if (
        last is not None
        and completed(last.group(1))
        and not any(True for _ in pack.cue("negation").finditer(run, 0, last.start(1)))
    ):
        # ("... must be completed": the duty stands before the verb)
        after, asked = last.group(1), run[: last.end(1)]
    if not (completed(clause) or completed(after)):
        return False
    return not any(True for _ in pack.cue("to_do").finditer(clause)) and not any(
        True for _ in pack.cue("to_do").finditer(asked)
    )


def _rural_criteria(folded: str, start: int, rest: int, pack: Pack) -> bool:
    """Is a count of criteria (no fraction) the new countryside's: an ``achieved`` cue in its clause before it or right
    after it ("Xã đã đạt 19 tiêu chí", "La commune a atteint 19 critères", "19 Kriterien erfüllt"), or a commune-level
    word (``levels.tsv``) or a new-countryside wording other than the criteria noun itself (pl "kryteri*", ar
    "المعايير") in its sentence ("nowe gminy wiejskie miały 19 kryteriów", "15.21 معيارًا مستوفاة لكل بلدية")? Not "The
    province set 5 criteria for evaluating officials" (review24 Medium 10)."""
    clause = re.split(rf"[{RE_CLAUSE_ENDS}{RE_SEMICOLONS}:]", folded[max(0, start - 80) : start])[-1]
    after = re.split(rf"[{RE_CLAUSE_ENDS}{RE_COMMAS}{RE_SEMICOLONS}:]", folded[rest : rest + 40])[0]
    if _cue_in(pack.cue("achieved"), clause) or _cue_in(pack.cue("achieved"), after):
        return True
    if any(values[0] == "commune" for _, values in pack.levels.finditer(folded)) or any(
        (values or ())[:1] == ("commune",) for _, values in pack.cue("places").finditer(folded)
    ):
        return True  # (a commune's plural too: "120 communes meeting all 19 criteria", "120 gmin"; review25)
    # (the programme's wordings are of two words or more: "nông thôn mới", "new rural", "nowej wsi"; the one-word ones
    # are the criteria noun)
    return any(
        values[0] == "new_rural_criteria" and " " in m.group().strip()
        for m, values in pack.indicators.finditer(folded)
    )


def _resolved(folded: str, start: int, rest: int, indicator: str, found, pack: Pack) -> bool:
    """Is a share of complaints ("34/37 شكوى", "34 of 37 complaints") one of those resolved: a ``resolved`` cue in its
    clause before it, or right after its noun ("34 von 37 Beschwerden gelöst"), the seeds' gold complaints_resolved
    (the total other)? So is the share a conjunction joins to such a share ("حلت 34/37 شكوى و 21/23 بلاغ": the
    denunciations too)."""
    if indicator == "other" and len(found) >= 2 and found[-2][2].indicator == "complaints_resolved":
        gap = folded[found[-1][1] : start]
        joined = rf"^[\s{RE_COMMAS}]*(?:(?:{pack.alternation('conjunction')})[\s{RE_COMMAS}]*)?$"
        if pack.cue("conjunction") and re.match(joined, gap):
            return True
    if indicator != "complaints_received":
        return False
    clause = re.split(rf"[{RE_CLAUSE_ENDS}:]", folded[max(0, start - 60) : start])[-1]
    after = re.split(rf"[{RE_CLAUSE_ENDS}:]", folded[rest : rest + 20])[0]
    return any(True for _ in pack.cue("resolved").finditer(clause)) or any(
        True for _ in pack.cue("resolved").finditer(after)
    )


def _share_after_noun(folded: str, start: int, end: int, pack: Pack) -> bool:
    """Is the noun after the number followed by an ``out_of`` cue and a whole number no smaller than it, no
    year, no time or measure after it ("56 tâches sur 93", "56 tareas de 93"; not "19 objetivos de 2030", "5
    tareas de 10 años")?"""
    noun = _word_after(folded, end, 20)
    if noun is None or not pack.cue("out_of"):
        return False
    whole = re.match(
        rf"\s+(?:{pack.alternation('out_of')})\s+(\d+)(?![.,]?\d)(?!\w)",
        folded[noun.end(1) : noun.end(1) + 40],
    )
    if whole is None or not re.fullmatch(r"\d+", folded[start:end]):
        return False
    part, total = int(folded[start:end]), int(whole.group(1))
    # (no time or measure after it: "5 tareas de 10 años")
    after = _word_after(folded, noun.end(1) + whole.end(), 12)
    if after is not None and (
        _stem_hit(after.group(1), pack.cue("notcounted")) or pack.months.get(after.group(1))
    ):
        return False
    return part <= total and not 1900 <= total <= 2100


_SETTINGS: dict[str, dict[str, str]] = {}


def _setting(pack: Pack, name: str) -> str | None:
    """A ``format.tsv`` setting of the pack (``nouns	capitalised``, ``counts	listed``)."""
    if pack.code not in _SETTINGS:
        rows = tables.rows(pack.folder / "format.tsv") if pack.folder else []
        _SETTINGS[pack.code] = {r[0]: r[1] for r in rows if len(r) > 1}
    return _SETTINGS[pack.code].get(name)


def _capitalised_nouns(pack: Pack) -> bool:
    """Does the pack's language capitalise its nouns (``nouns	capitalised`` in format.tsv)?"""
    return _setting(pack, "nouns") == "capitalised"


def votes_reported(folded: str, pack: Pack) -> bool:
    """Does a sentence report a vote (an ``adopt`` cue: 'elected', 'voted', 'thông qua', 'انتخب'; or a ``ballot``
    word: 'unanimously', 'des voix', 'من الأصوات')? Its figures are that vote's: two equal ones of two such sentences
    are two votes ("100% of the delegates elected ...", "Earlier, 100% of the delegates voted to relieve ..."), not
    one figure written twice."""
    return any(True for kind in ("adopt", "ballot") for _ in pack.cue(kind).finditer(folded))


def is_tally(metric: Metric) -> bool:
    """Is a figure a vote's tally as the articles write it: a unanimous 100%, or either number of an a/b
    ("55/55 phiếu", "44/60 voix")? (A share such as "52.3% of the laws adopted" is none.)"""
    return (metric.unit == "percent" and metric.value == 100) or "/" in metric.surface


def _part_of_whole(metric: Metric, whole: Metric, found, pack: Pack) -> bool:
    """Is ``metric``, a figure that names no indicator of its own, of the unit of ``whole`` and not more than it, with
    only figures of that unit before it, so a part of it ("Davon wurden 642 abgeschlossen", "Parmi elles, 642 ont été
    réglées")?"""
    return (
        metric.unit == whole.unit
        and metric.value <= whole.value
        and all(f[2] is whole or f[2].unit == whole.unit for f in found)
        # (a figure with a counted noun of its own counts that: "Of these, 5 communes reported delays" after 800
        # complaints, or after 642 of them resolved, is no part of them; review19's Low 1)
        and _own_noun(metric, pack) in (None, _own_noun(whole, pack))
    )


def _own_noun(metric: Metric, pack: Pack) -> str | None:
    """The counted noun a figure's surface writes after its number, when the pack knows it as one (a unit, a person's
    or a plan's noun: "5 communes", "12 households"), else None ("642", "642 ont": a verb after a bare number)."""
    text = fold(metric.surface)
    at = re.match(r"[\d\s.,/%+-]*", text).end()
    for lexicon in (pack.units, pack.cue("person"), pack.cue("plan_noun")):
        found = lexicon.match_at(text, at)
        if found is not None:
            return found[0].group()
    return None


def parts_across(metrics: list[Metric], sents: list[Sentence], folded: list[str], pack: Pack) -> None:
    """A sentence that opens with a ``partition`` cue ("Davon", "Of these", "Parmi eux", "Z tego", "De ellos", "Trong
    đó", "ومن بينها") after a sentence whose last figure is a count reads its bare numbers as parts of that count, which
    count what it counts: its unit and indicator ("Es gingen 800 Beschwerden ein. Davon wurden 642 abgeschlossen":
    642 complaints). ``metrics`` (every sentence's, in order) is changed in place."""
    for i in range(1, len(sents)):
        head = folded[i].lstrip(" \"'«“„-–—(")
        cue = next(iter(pack.cue("partition").finditer(head[:30])), None)
        if cue is None or cue[0].start() > 2 or re.search(r"\w", head[cue[0].end() : cue[0].end() + 1]):
            continue  # (a clitic glued before it at most: "ومن بينها")
        before = [m for m in metrics if m.sentence == sents[i - 1].index]
        if not before or before[-1].unit not in ("count", "persons"):
            continue
        ours = [m for m in metrics if m.sentence == sents[i].index]
        found = find_metrics(sents[i], folded[i], pack, whole=before[-1])
        if [(m.value, m.unit, m.indicator) for m in found] == [(m.value, m.unit, m.indicator) for m in ours]:
            continue
        at = next((k for k, m in enumerate(metrics) if m.sentence > sents[i].index), len(metrics))
        at = min([k for k, m in enumerate(metrics) if m.sentence == sents[i].index], default=at)
        metrics[:] = [m for m in metrics if m.sentence != sents[i].index]
        metrics[at:at] = found


def carried_across(metrics: list[Metric], sents: list[Sentence], folded: list[str], pack: Pack) -> None:
    """A sentence that goes on about the last figure of the sentence before: its first figure names no indicator
    wording before it, and the clause it stands in (after an opening phrase a comma closes) is a short predicate
    right before it, a pronoun or a dropped subject and a verb, or a ``figure_subject`` cue stands among the last three
    words before it ("erreichte sie", "osiągnęło ono", "The nine-month figure was") ("In the first nine months of 2023, it reached 13.3%",
    "Au cours des neuf premiers mois de 2023, il atteint 13,3%", "En los primeros nueve meses de 2023, alcanzó el
    13,3%", "W ciągu pierwszych dziewięciu miesięcy 2023 r. osiągnęło ono 13,3%", "وفي الأشهر التسعة الأولى من عام
    2023، بلغ 13.3%" after "The GRDP growth rate in 2022 reached 13.94%"): it takes that figure's indicator, a
    percentage after a percentage or a sum after a sum, and so do the figures of its unit after it in its sentence
    that no indicator wording precedes. Not a part ("Of which, 60% ...": a ``partition`` cue). ``metrics`` is changed
    in place."""
    by_sentence: dict[int, list[Metric]] = {}
    for m in metrics:  # (once: a look per sentence over every figure is quadratic on a long text)
        by_sentence.setdefault(m.sentence, []).append(m)
    for i in range(1, len(sents)):
        ours = by_sentence.get(sents[i].index, [])
        before = by_sentence.get(sents[i - 1].index, [])
        if not ours or not before or ours[0].indicator != "other" or before[-1].indicator == "other":
            continue
        first, prev = ours[0], before[-1]
        if not (first.unit == prev.unit == "percent" or (first.unit in _MONEY and prev.unit in _MONEY)):
            continue
        at = sents[i].find(first.surface)
        if at < 0:
            continue
        head = folded[i][:at]
        if any(True for _ in pack.indicators.finditer(head)) or any(
            True for _ in pack.cue("partition").finditer(head)
        ):
            continue
        parts = re.split(rf"[{RE_COMMAS}{RE_SEMICOLONS}:]", head)
        clause = parts[-1]
        # (a predicate of two words at most after an opening phrase a comma closes: "In the first nine months of 2023,
        # it reached", "En los primeros nueve meses de 2023, alcanzó el"; not a whole sentence's: "Es wurden 300
        # Milliarden VND in Schulen investiert", an expletive; nor a subject of its own: "In 2023, the province spent")
        words = re.findall(r"[^\W\d_]+", clause)
        if len(words) == 2 and len(words[1]) <= 2:
            words = words[:1]  # (an article before the figure: "alcanzó el", "a atteint le")
        # (two words only with what stands for the figure among them: "it reached", "il atteint"; not a subject of its
        # own: "Notably, agriculture rose 3.2%", "Meanwhile, inflation was 3.2%" — review23's Medium on 69b3cd13)
        subject = len(words) == 2 and any(True for _ in pack.cue("figure_subject").finditer(clause))
        short = len(parts) > 1 and (len(words) <= 1 or subject) and not re.search(r"\d", clause)
        # (or what stands for the figure among the last three words, after a word of its clause: "In den ersten neun
        # Monaten 2023 erreichte sie", "osiągnęło ono", "The nine-month figure was")
        last = [w.start() for w in re.finditer(r"[^\W\d_]+", head)][-3:]
        opens = len(head) - len(clause)
        named = last and any(
            m.end() > last[0] and re.search(r"[^\W\d_]", head[opens : m.start()])
            for m, _ in pack.cue("figure_subject").finditer(head, max(opens, last[0] - 30))
        )
        if not short and not named:
            continue
        for m in ours:
            end = sents[i].find(m.surface, at)
            if m.unit != first.unit or m.indicator != "other" or end < 0:
                break
            if any(True for _ in pack.indicators.finditer(folded[i], at, end)):
                break
            m.indicator = prev.indicator
