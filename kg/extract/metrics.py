"""Reported figures: value + unit (+ indicator, + change against the same period)."""

from __future__ import annotations

import bisect
import re
from functools import cache
from pathlib import Path

from kg import tables
from kg.extract.numbers import NUMBER, find_dates, parse_number
from kg.lang import Pack
from kg.model import Metric
from kg.script import RE_CLAUSE_ENDS, RE_COMMAS, RE_SEMICOLONS
from kg.text import Sentence

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


def _changing(folded: str, start: int, pack: Pack) -> bool:
    """Does a rise or fall earlier in the number's clause make "rose from 5 to 7" a change, not a
    range? Not a growth noun right before the number ("une croissance de 7 à 8%": a range of rates)."""
    clause = re.split(rf"[{RE_SEMICOLONS}.:]\s", folded[max(0, start - 60) : start])[-1]
    near = len(clause.rstrip()) - 1
    return any(m.end() < near for k in ("increase", "decrease") for m, _ in pack.cue(k).finditer(clause))


def _worded_range(span: re.Match, lower: float, folded: str, start: int, pack: Pack) -> bool:
    """Is "23 to 25" a range, its lower bound the figure? A range rises, within one order of
    magnitude ("from 20 to 14" is a change; "in 2023 to 53,389.7 billion" a year, then the figure),
    and no rise or fall before it makes it a change ("rose from 12 to 15")."""
    upper = parse_number(re.search(r"\d+(?:[.,]\d+)*", span.group()).group(), pack.decimal)
    if upper is None or not lower < upper <= 10 * lower:
        return False
    return not _changing(folded, start, pack)


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
    if re.search(r"[/-]\s*$", before) and not re.search(r"\d\s*/\s*$", before):
        return True
    return False


def find_metrics(sentence: Sentence, folded: str, pack: Pack) -> list[Metric]:
    """Figures in one sentence, in order.

    >>> from kg.lang import load_pack
    >>> from kg.text import Sentence, fold
    >>> s = Sentence("Revenue reached 15,058 billion VND, up 12% over the same period.", 0, 0)
    >>> [(m.value, m.unit, m.change_pct) for m in find_metrics(s, fold(s), load_pack("en"))]
    [(15058.0, 'billion_vnd', 12.0)]
    """
    found: list[tuple[int, int, Metric, bool | str]] = []  # start, end, metric, change kind
    dates = [(d.start, d.end) for d in find_dates(folded, pack)]  # sorted, never overlapping
    consumed = 0  # where the last figure's wording ended: "56 z 93 zadań" is one figure
    parted: str | None = None  # the unit of the count the last figure was a part of ("of which 642")
    # a sentence of a comma-decimal language that writes its decimals with a point ("26.88 km")
    # writes "3,500" for three thousand five hundred
    thousands_comma = pack.decimal == "," and bool(
        re.search(r"(?<![\d.,])\d+\.\d{1,2}(?![\d.,]?\d)(?!\s*(?:uhr|h)\b)", folded)
    )
    for m in NUMBER.finditer(folded):
        start, end = m.span()
        if start < consumed:
            continue
        at = bisect.bisect_right(dates, (start, len(folded) + 1))
        if at and dates[at - 1][0] <= start < dates[at - 1][1]:
            continue  # "ngày 01/12", "26 August 2024"
        glued = re.search(r"[^\W\d_]+$", folded[max(0, start - 3) : start])
        if glued and glued.group() not in pack.prefixes and _currency_before(folded, start, pack) is None:
            continue  # digits inside a word ("H5N1"), unless a clitic ("و43") or a currency ("VND5")
        value = parse_number(m.group(), pack.decimal)
        if thousands_comma and re.fullmatch(r"\d{1,3},\d{3}", m.group()):
            value = float(m.group().replace(",", ""))  # "VND 3,500 mil millones" beside "26.88 km"
        if value is None or _skip(folded, start, end, value):
            continue
        rest = end
        # "43/49", "64.4/68.49", "7,676/12,021"; a window, not the rest: linear time
        frac = re.match(r"\s*/\s*\d+(?:[.,]\d+)*", folded[rest : rest + _WINDOW])
        if frac is None and pack.cue("out_of"):
            # "56 of 93 tasks": the noun after the total is what both numbers count
            frac = re.match(
                rf"\s+(?:{pack.alternation('out_of')})\s+(\d+)(?![.,]?\d)", folded[rest : rest + 40]
            )
        if frac:
            rest += frac.end()
        span = re.match(
            rf"\s*(?:[-–]|\s(?:{pack.alternation('range')})\s)\s*\d+(?:[.,]\d+)*(?![.,]?\d)",
            folded[rest : rest + _WINDOW],
        )
        if (
            span
            and not frac
            and (re.match(r"\s*[-–]", span.group()) or _worded_range(span, value, folded, start, pack))
        ):
            rest += span.end()  # "8,3-8,5%", "de 9 à 10%": the lower bound, with the range's unit
        unit = None
        factor = 1.0
        tail = folded[rest : rest + _WINDOW]
        space = len(tail) - len(tail.lstrip())
        currency = _currency_before(folded, start, pack)
        ranked = _unit_before(folded, start, pack)
        if frac and ranked is not None and ranked[0] == "rank":
            unit = "rank"  # "xếp thứ 12/63 tỉnh": the rank, out of the count after it
        if currency and not frac:
            # "VND23,788 billion": the unit is the pack's "billion vnd"
            word = re.match(r"\s*([^\W\d_]+)", tail)
            combined = pack.units.get(f"{word.group(1)} {currency}") if word else None
            values = combined or pack.units.get(currency)
            if values:
                unit, factor = values[0], float(values[1]) if len(values) > 1 and values[1] else 1.0
                rest += word.end() if combined else 0
        if unit is None:
            hit = pack.units.match_at(folded, rest + space) or pack.units.match_at(folded, rest)
            scale_hit = None
            if hit is None:
                scale_hit = pack.scales.match_at(folded, rest + space)
                if scale_hit:
                    after_scale = scale_hit[0].end()
                    gap = len(folded[after_scale : after_scale + _WINDOW]) - len(
                        folded[after_scale : after_scale + _WINDOW].lstrip()
                    )
                    hit = pack.units.match_at(folded, after_scale + gap)
                    if hit:
                        factor = float(scale_hit[1][0])
                    else:
                        # "3.9 مليون نسمة", "the number of tourists reached 8.43 million": people
                        unit, factor = "count", float(scale_hit[1][0])
                        rest = after_scale
                        people = _people_after(folded, rest, pack)
                        if people is not None:
                            unit, rest = "persons", people
                        elif _total_of(folded, start, pack) == "persons":
                            unit = "persons"
            if hit:
                unit = hit[1][0]
                factor *= float(hit[1][1]) if len(hit[1]) > 1 and hit[1][1] else 1.0
                rest = hit[0].end()
            elif unit is None:
                before = _unit_before(folded, start, pack)
                if before:
                    unit, factor = before
                elif frac:
                    counted = _counted(folded, sentence, rest, rest, pack)
                    unit = counted[0] if counted else "count"
                    word = _NOUN.match(folded, rest, min(len(folded), rest + 40))
                    if counted is None and word and _stem_hit(word.group(1), pack.cue("notcounted")):
                        unit = "other"  # "62/68 km handed over": a measure, no count
        part = None
        if unit is None and not frac and found and found[-1][2].unit in ("count", "persons"):
            # "صوت 452 نائبا من أصل 460": the total after "out of" counts what the figure before counts
            gap = folded[found[-1][1] : start].strip()
            if gap in pack.cue("out_of") and (" " in gap or len(gap) >= 4) and found[-1][2].value < value:
                unit = found[-1][2].unit
        if unit is None:
            counted = _counted(folded, sentence, start, rest, pack)
            counted = counted or _total(folded, sentence, start, end, pack)  # "Gesamtzahl ... 70.420 beträgt"
            if counted is None:
                part = _part_of(folded, start, end, value, found, pack, parted)
                if part is None:
                    continue
                counted = part, end  # "704 Aufgaben ...; davon wurden 642 abgeschlossen, 21 sind überfällig"
            unit, rest = counted
        parted = part
        if unit not in ("percent", "billion_vnd", "million_vnd", "vnd", "million_usd", "usd") and (
            1950 <= value <= 2100
            and value == int(value)
            and not frac
            and not re.search(r"\d[.,]\d", m.group())
        ):
            continue
        value *= factor
        # a scale word before a bare currency ("250 Mio. US-Dollar", "23.000 mds de VND"): the
        # currency's scaled unit, as GOLD writes it
        scaled = next(((u, f) for u, f in _SCALED.get(unit, ()) if factor >= f), None)
        if scaled:
            unit, value = scaled[0], value / scaled[1]
        while value > _CEILING.get(unit, float("inf")):
            value /= 1000  # "42.000 billones de VND" (an English billion translated): no sum exceeds the country's GDP
        if unit != "percent" and _cue_before(folded, start, pack, ("increase", "decrease"), 25):
            continue  # "(up 16 million VND on 2015)": a difference, not a reported level
        if _benchmark(folded, start, pack, found[-1][1] if found else 0):
            consumed = rest  # "(średnio w kraju o 9,3%)": the country's figure, not the article's
            continue
        is_change = False
        shared = False  # "..., reaching 94.7% of the estimate": a share of the figure before
        if unit == "percent":
            # cues after the previous figure: "made up 37.5% (32.7% in 2008)" is no change of 32.7
            window = folded[max(found[-1][1] if found else 0, start - 40) : start]
            # the change's verb may open a long clause: "ارتفعت مبيعات التجزئة ... بنسبة 15.2%"
            clause = re.split(
                rf"[{RE_COMMAS}{RE_SEMICOLONS}]\s",
                folded[max(found[-1][1] if found else 0, start - 90) : start],
            )[-1]
            after = re.split(r"\d", folded[rest : rest + 50])[0]  # up to the next figure's number
            same_period = pack.cue("same_period").pattern
            increase = pack.cue("increase").pattern
            decrease = pack.cue("decrease").pattern
            share = pack.cue("share").pattern
            if share is not None and share.match(after.lstrip()):
                is_change = False
                shared = True
            elif (same_period is not None and same_period.match(after.lstrip()[:40])) or (
                same_period is not None and same_period.search(after[:30])
            ):
                is_change = "same_period"
            elif (increase is not None and increase.search(clause)) or (
                decrease is not None and decrease.search(clause)
            ):
                is_change = True
            elif (increase is not None and increase.match(after.lstrip())) or (
                decrease is not None and decrease.match(after.lstrip())
            ):
                is_change = True  # "a 99.1% rise", "a 4% decline": the change of the figure before
            level_to = pack.cue("notchange").pattern
            if is_change != "same_period" and level_to is not None and level_to.search(window[-10:]):
                is_change = False  # "fell to 1.93%" is a level, not a change
            if (
                is_change
                and decrease is not None
                and (decrease.search(clause) or decrease.match(after.lstrip()))
            ):
                value = -value
            if (
                is_change
                and same_period is not None
                and value > 100
                and not (increase is not None and increase.search(clause))
            ):
                value = round(value - 100, 4)  # "equal to 140.6% of the same period"
        if (
            unit in _MONEY
            and found
            and found[-1][2].unit in _MONEY
            and re.fullmatch(r"\s*\(\s*\S{0,3}\s*", folded[found[-1][1] : start])
        ):
            # "37.89 trillion VND (1.54 billion USD)": the same sum converted, part of the first figure
            found[-1] = (found[-1][0], rest, found[-1][2], found[-1][3])
            consumed = rest
            continue
        metric = Metric(value, unit, sentence[start:rest].strip(), sentence.index)
        metric.indicator = _indicator(folded, start, pack, found[-1][1] if found else 0)
        if unit in ("persons", "count"):
            # "450 delegatów", "8/15 chỉ tiêu": the counted noun names the indicator
            word = _NOUN.match(folded, rest, min(len(folded), rest + 40))  # "366 official delegates"
            phrase = (
                word.end(1) if word and not re.search(r"[,.;:()]", folded[rest : word.start(1)]) else rest
            )
            counted = [v[0] for _, v in pack.indicators.finditer(folded, end, phrase)]
            metric.indicator = counted[0] if counted else metric.indicator
        elif shared and metric.indicator == "other" and found and found[-1][2].unit != "percent":
            metric.indicator = found[-1][2].indicator  # "thu ngân sách 5.000 tỷ đồng, đạt 94,7% dự toán"
        if metric.indicator == "grdp" and unit != "billion_vnd":
            # GRDP as a rate is its growth; GRDP per head (million VND, USD) is no indicator of the list
            metric.indicator = "grdp_growth" if unit == "percent" else "other"
        found.append((start, rest, metric, is_change))
        consumed = rest
        if frac and unit not in ("percent",):
            # "43/49 delegates", "24 of 25 tasks": both numbers are figures of the same unit
            whole = parse_number(re.split(r"[/\s]", frac.group().strip())[-1], pack.decimal)
            if whole is not None and whole != value / factor:
                # "8/15 chỉ tiêu": the targets met are the first number; the second is their total
                indicator = "other" if metric.indicator == "targets_met" else metric.indicator
                total = Metric(
                    whole * factor,
                    "count" if unit == "rank" else unit,
                    metric.surface,
                    sentence.index,
                    indicator,
                )
                found.append((start, rest, total, False))

    out: list[Metric] = []
    last_value: Metric | None = None
    settled = False  # the last value's change came from a same-period cue
    last_end = 0
    for begin, finish, metric, is_change in found:
        if is_change and last_value is not None and re.search(rf"[{RE_SEMICOLONS}]", folded[last_end:begin]):
            last_value = None  # "... 5.000 tỷ đồng; sản xuất công nghiệp tăng 7%": another clause's change
        if is_change and last_value is not None:
            if last_value.change_pct is None or (is_change == "same_period" and not settled):
                last_value.change_pct = metric.value
                settled = is_change == "same_period"
                continue
            # "up 15.08%, including a 20.5% rise in industry": a further change is its own figure
        if is_change:
            metric.change_pct = metric.value
            metric.value = abs(metric.value)
        out.append(metric)
        if metric.unit != "percent":
            last_value, settled, last_end = metric, False, finish
    return out + _ordinal_ranks(sentence, folded, pack) + _duals(sentence, folded, pack)


@cache
def _dual_setting(folder: Path | None) -> tuple[re.Pattern[str], str, frozenset[str]] | None:
    rows = [r for r in tables.rows(folder / "format.tsv") if r[0] == "dual"] if folder else []
    if not rows or len(rows[0]) < 3:
        return None
    endings = "|".join(re.escape(e) for e in rows[0][1].split("|"))
    nouns = frozenset(rows[0][3].split("|")) if len(rows[0]) > 3 else frozenset()
    return re.compile(rf"([^\W\d_]+)(?:{endings})(?![^\W\d_])"), rows[0][2], nouns


def _duals(sentence: Sentence, folded: str, pack: Pack) -> list[Metric]:
    """Two of a counted noun written as its dual, no number (Arabic "بلديتان", "بمنطقتين": GOLD
    records 2; with the article, "المقاطعتين", the two are ones already named): the pack's ``dual``
    setting gives the dual endings, the singular's ending and more counted nouns (``dual	تان|تين	ة
    منطقة|محلية``); the singular must be a counted noun of the pack's units or one of those."""
    dual = _dual_setting(pack.folder)
    if dual is None:
        return []
    pattern, singular, nouns = dual
    out = []
    for m in pattern.finditer(folded):
        stem = m.group(1)
        for start in range(0, 4):  # clitics glued before the noun ("بمنطقتين", "لمنطقتين")
            noun = stem[start:] + singular
            found = ("count",) if noun in nouns else pack.units.get(noun)
            if found and found[0] in ("count", "persons"):
                if stem[:start].endswith(("ال", "لل")):
                    break  # "بين المقاطعتين": the two already named, no new figure
                metric = Metric(2.0, found[0], sentence[m.start() : m.end()], sentence.index)
                metric.indicator = _indicator(folded, m.start(), pack, 0)
                out.append(metric)
                break
    return out


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
    for m in re.finditer(rf"(?<![\w.,])(\d{{1,3}})(?:{ordinal})", folded):
        before = _unit_before(folded, m.start(), pack)
        after = pack.units.match_at(
            folded, m.end() + len(folded[m.end() :]) - len(folded[m.end() :].lstrip())
        )
        rank_after = after is not None and after[1][0] == "rank"
        suffixed = not m.group().endswith(".")  # "10." is also a number before a sentence's end
        if rank_after or (suffixed and before is not None and before[0] == "rank"):
            end = after[0].end() if rank_after else m.end()
            metric = Metric(float(m.group(1)), "rank", sentence[m.start() : end], sentence.index)
            metric.indicator = _indicator(folded, m.start(), pack, 0)
            out.append(metric)
    return out


_MONEY = frozenset({"billion_vnd", "million_vnd", "vnd", "million_usd", "usd"})


def _indicator(folded: str, start: int, pack: Pack, since: int) -> str:
    best = "other"
    for _, values in pack.indicators.finditer(folded, max(since, start - 120), start):
        best = values[0]
    return best


def _stem_hit(word: str, lexicon) -> bool:
    """Is ``word`` a wording of the cue lexicon, or does it start with one of its ``stem*`` entries?"""
    return lexicon.get(word) is not None


_NOUN = re.compile(r"\s*([^\W\d_][^\W\d_'’-]*)")


def _part_of(folded: str, start: int, end: int, value: float, found, pack: Pack, parted: str | None):
    """The unit of a bare whole number that is a part of the count before it: after a ``partition``
    cue ("704 Aufgaben ...; davon wurden 642 abgeschlossen", "17.848 Datensätze, von denen 16.280"),
    or right after such a part ("642 abgeschlossen, 21 sind überfällig und 41 ..."); else None."""
    counts = [f for f in found if f[2].unit in ("count", "persons")]
    if not counts or value != int(value) or value > max(f[2].value for f in counts):
        return None
    word = _NOUN.match(folded, end, min(len(folded), end + 40))
    if word and (_stem_hit(word.group(1), pack.cue("notcounted")) or pack.months.get(word.group(1))):
        return None  # "davon 5 Jahre"
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
    if not whole or 1900 <= int(re.sub(r"\D", "", number)) <= 2100:
        return None
    unit = _total_of(folded, start, pack)
    return (unit, end) if unit else None


def _total_of(folded: str, start: int, pack: Pack) -> str | None:
    """What a ``total`` cue earlier in the number's clause counts ("the number of tourists"):
    ``persons`` when a word after the cue denotes people, else ``count``; None without a cue."""
    clause = re.split(rf"[{RE_SEMICOLONS}.:]", folded[max(0, start - 160) : start])[-1]
    cues = list(pack.cue("total").finditer(clause))
    if not cues:
        return None
    words = re.findall(r"[^\W\d_]+", clause[cues[-1][0].end() :])[:4]
    return "persons" if any(_stem_hit(w, pack.cue("person")) for w in words) else "count"


def _people_after(folded: str, pos: int, pack: Pack) -> int | None:
    """The end of a noun denoting people among the (up to three) words after ``pos`` ("million
    inhabitants", "مليون نسمة", "triệu lượt khách"), in the same phrase; else None."""
    for _ in range(3):
        word = _NOUN.match(folded, pos, min(len(folded), pos + 60))
        if word is None or re.search(r"[,.;:()]", folded[pos : word.start(1)]):
            return None
        hit = pack.cue("person").match_at(folded, word.start(1))
        if hit is not None:
            return hit[0].end()
        pos = word.end(1)
    return None


def _counted(folded: str, sentence: str, start: int, end: int, pack: Pack) -> tuple[str, int] | None:
    """A cardinal number followed by a counted noun phrase: ``persons`` when a noun of the phrase
    (up to three words: "342 outstanding delegates") denotes people (the pack's ``person`` cues),
    else ``count``. Not a count: a number after a document word or mark ("Decree 15", "No. 26"),
    a decimal, or a number before a function word, a month, a time noun (``notcounted`` cues:
    years, days, times...) or a name. In packs whose nouns are capitalised (``nouns
    capitalised`` in format.tsv, German) the counted noun is the capitalised word."""
    number = folded[start:end]
    if ("." in number and pack.decimal == ".") or ("," in number and pack.decimal == ","):
        if not re.fullmatch(r"\d{1,3}(?:[.,]\d{3})+", number):
            return None
    if _cue_before(folded, start, pack, ("docmark",), 20):
        return None  # "No. 26"
    if _cue_before(folded, start, pack, ("session", "term"), 20) and _people_after(folded, end, pack) is None:
        return None  # "Session 15", not "شارك في الدورة 80 نائبا" (80 deputies took part in the session)
    window = folded[max(0, start - 25) : start]
    for m, _ in pack.cue("label").finditer(window):
        first = sentence[start - len(window) + m.start()]
        if m.end() >= len(window.rstrip()) - 1 and (first.isupper() or not first.islower()):
            return None  # "Region 1 accounted for", "مشروع 06": a name (capitalised where case is written)
    window = folded[max(0, start - 25) : start].rstrip()
    if any(
        m.end() >= len(window) - 1
        and not re.search(rf"[{RE_COMMAS}{RE_SEMICOLONS}()]", window[m.end() :])
        and "numbered" not in values[1:]
        for m, values in pack.documents.finditer(window)
    ):  # "Decree 15", not "Under the Law, 14 members" nor "دعم البرنامج 1250 أسرة" (named only with a mark)
        return None
    if re.search(r"[/:#№-]$", window):
        return None
    if _setting(pack, "counts") == "listed":
        return None  # a language whose word after a number is as often a classifier or a verb
    capitalised = _capitalised_nouns(pack)
    phrase_end = None
    unit = "count"
    pos = end
    for k in range(3):
        noun = _NOUN.match(folded, pos, min(len(folded), pos + 60))
        if noun is None or re.search(r"[,.;:()]", folded[pos : noun.start(1)]):
            break
        word = noun.group(1)
        upper = sentence[noun.start(1) : noun.start(1) + 1].isupper()
        notcounted = _stem_hit(word, pack.cue("notcounted")) or pack.cue("notcounted").match_at(
            folded, noun.start(1)
        )
        if word in pack.detect or notcounted or pack.months.get(word):
            if k == 0:
                return None
            break
        person = pack.cue("person").match_at(folded, noun.start(1))  # "miejsc pracy" too
        if len(word) >= 3 and (_stem_hit(word, pack.cue("person")) or person is not None):
            # "5 Vice Chairmen", "2 Deputy Secretaries": a title written capitalised counts people
            return "persons", person[0].end() if person is not None else noun.end(1)
        if len(word) < 3 or (upper and not capitalised):
            if k == 0:
                return None
            break
        if end > start and _stem_hit(word, pack.cue("plan_noun")):
            # "3 breakthroughs, 19 targets": a plan's content, not a reported figure, unless the
            # clause says they were achieved ("exceeded 10 targets")
            clause = re.split(rf"[{RE_CLAUSE_ENDS}:]", folded[max(0, start - 50) : start])[-1]
            parts = any(True for _ in pack.cue("partition").finditer(folded, end))
            if not parts and not any(True for _ in pack.cue("achieved").finditer(clause)):
                return None  # ... unless it is split into parts: "17 Aufgaben, von denen 11 abgeschlossen"
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
    return unit, phrase_end


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
