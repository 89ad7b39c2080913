"""Hostile input: one bad item never costs another, ids never collide silently, extraction is linear
with a per-article time budget, and what kg prints or writes is safe.

Each test is one attack of issue 13, built with the real ``kg`` command into a temporary store:
the good articles beside the attack are stored, the bad input is named with its reason on standard
error, and the exit code is the documented one (1: something skipped or used in part; never 3).
"""

from __future__ import annotations

import gzip
import json
import os
import resource
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tests.helpers import ROOT

pytestmark = pytest.mark.slow  # kg processes over hostile inputs, seconds each

NAMES = ["Nguyen Van An", "Tran Thi Binh", "Le Van Cuong", "Pham Minh Duc", "Hoang Van Giang", "Vo Thi Hoa"]
IDS = "SELECT ?id WHERE { GRAPH ?g { ?g a <https://schema.org/NewsArticle> ; <https://schema.org/identifier> ?id } }"
OFFICIALS = (
    "SELECT ?n WHERE { ?p a <https://w3id.org/kg-vn/ontology#Official> ; <https://schema.org/name> ?n }"
)
URLS = "SELECT ?u WHERE { ?a <https://schema.org/url> ?u }"
SENTENCES = (
    "SELECT ?t WHERE { ?s a <https://w3id.org/kg-vn/ontology#Sentence> ; ?p ?t . FILTER(isLiteral(?t)) }"
)
RSS = """
import resource, subprocess, sys
p = subprocess.run(sys.argv[1:])
print(f"\\nMAXRSS_KB {resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss}", file=sys.stderr)
sys.exit(p.returncode)
"""


def text(name: str = NAMES[0], place: str = "the Provincial Party Committee") -> str:
    return f"Comrade {name}, Secretary of {place}, chaired the meeting of the Provincial People's Committee."


def line(ident: str, body: str, **extra) -> str:
    return json.dumps({"id": ident, "text": body, **extra})


def run(*args: str, env: dict | None = None, timeout: float = 300, rss: bool = False):
    """``kg ARGS``: (return code, stdout bytes, stderr text)."""
    cmd = [sys.executable, "-m", "kg", *args]
    if rss:
        cmd = [sys.executable, "-c", RSS, *cmd]
    proc = subprocess.run(
        cmd, cwd=ROOT, capture_output=True, timeout=timeout, env={**os.environ, **(env or {})}
    )
    return proc.returncode, proc.stdout, proc.stderr.decode("utf-8", "replace")


def build(store: Path, *paths: Path, **kw):
    return run("build", *map(str, paths), "--store", str(store), "--jobs", "1", "--quiet", **kw)


def select(store: Path, sparql: str) -> list[str]:
    code, out, err = run("query", "-e", sparql, "--store", str(store), "--format", "json")
    assert code == 0, err
    rows = json.loads(out)["results"]["bindings"]
    return [next(iter(r.values()))["value"] for r in rows if r]


def ok(code: int, err: str) -> None:
    """The documented exit code of a build that skipped or partly used something, no traceback."""
    assert code == 1, err
    assert "Traceback" not in err and "unexpected error" not in err, err


def peak_mb(err: str) -> float:
    return int(err.rsplit("MAXRSS_KB", 1)[1].split()[0]) / 1024


# ------------------------------------------------------------------ one bad item never costs another
@pytest.mark.parametrize("field", ["text", "id", "url"])
def test_a_lone_surrogate_in_a_dump_line_costs_only_that_line(tmp_path, field):
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "good.txt").write_text(text(NAMES[0]), encoding="utf-8")
    bad = {"id": "bad", "text": text(NAMES[1]), "url": "https://example.org/a"}
    bad[field] = bad[field][:10] + "\ud800" + bad[field][10:]
    lines = [line("d1", text(NAMES[2])), json.dumps(bad), line("d3", text(NAMES[3]))]
    (tmp_path / "in" / "dump.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    code, _, err = build(tmp_path / "s", tmp_path / "in")
    ok(code, err)
    assert "dump.jsonl:2" in err  # the line is named (used without the surrogate, or skipped)
    ids = set(select(tmp_path / "s", IDS))
    assert {"good", "d1", "d3"} <= ids
    assert not any("\ud800" in i for i in ids)


def test_a_file_name_that_is_not_utf8(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "good.txt").write_text(text(NAMES[0]), encoding="utf-8")
    (folder / os.fsdecode(b"caf\xe9.txt")).write_text(text(NAMES[1]), encoding="utf-8")
    code, _, err = build(tmp_path / "s", folder)
    ok(code, err)
    assert "caf\\xe9" in err and "not UTF-8" in err
    assert {"good", "caf\\xe9"} <= set(select(tmp_path / "s", IDS))
    assert {NAMES[0], NAMES[1]} <= set(select(tmp_path / "s", OFFICIALS))


def test_a_json_line_nested_100k_deep(tmp_path):
    dump = tmp_path / "dump.jsonl"
    dump.write_text("\n".join([line("d1", text()), "[" * 100_000 + "]" * 100_000, line("d3", text())]))
    code, _, err = build(tmp_path / "s", dump)
    ok(code, err)
    assert "dump.jsonl:2: bad JSON line: nested too deeply" in err
    assert set(select(tmp_path / "s", IDS)) == {"d1", "d3"}


def test_folders_1100_deep(tmp_path):
    top = tmp_path / "in"
    top.mkdir()
    (top / "top.txt").write_text(text(NAMES[0]))
    deep = top
    for _ in range(1100):  # os.makedirs itself recurses
        deep = deep / "d"
        os.mkdir(deep)
    (deep / "bottom.txt").write_text(text(NAMES[1]))
    (top / "empty.txt").write_text("")
    try:
        code, _, err = build(tmp_path / "s", top)
        ok(code, err)
        assert {"top", "bottom"} <= set(select(tmp_path / "s", IDS))
    finally:  # pytest's own clean-up (shutil.rmtree) recurses too
        (deep / "bottom.txt").unlink()
        while deep != top:
            os.rmdir(deep)
            deep = deep.parent


def test_a_bad_utf8_byte_on_line_10_of_a_300_line_dump(tmp_path):
    lines = [line(f"d{i:03}", text(NAMES[i % len(NAMES)])).encode() for i in range(1, 301)]
    lines[9] = lines[9].replace(b"Secretary", b"Secr\xe9tary")
    (tmp_path / "dump.jsonl").write_bytes(b"\n".join(lines) + b"\n")
    code, _, err = build(tmp_path / "s", tmp_path / "dump.jsonl")
    ok(code, err)
    assert "dump.jsonl:10: " in err and "not UTF-8" in err
    ids = set(select(tmp_path / "s", IDS))
    assert len(ids) == 299 and "d010" not in ids


@pytest.mark.slow
def test_a_50mb_text_in_one_dump_line(tmp_path):
    huge = json.dumps({"id": "huge", "text": "Revenue rose 5% in the province. " * 1_600_000})
    (tmp_path / "dump.jsonl").write_text("\n".join([line("d1", text()), huge, line("d3", text())]) + "\n")
    started = time.monotonic()
    code, _, err = build(tmp_path / "s", tmp_path / "dump.jsonl", rss=True)
    ok(code, err)
    assert "dump.jsonl:2: " in err and "longer than 16,777,216 bytes" in err
    assert set(select(tmp_path / "s", IDS)) == {"d1", "d3"}
    assert peak_mb(err) < 1000 and time.monotonic() - started < 120


@pytest.mark.slow
def test_a_2mb_gzip_bomb(tmp_path):
    """2 MB of gzip that expands to 2 GB of zero bytes, after two good lines."""
    bomb = tmp_path / "dump.jsonl.gz"
    zeros = gzip.compress(b"\0" * (16 << 20), 9)  # one gzip member; a .gz file may chain them
    with open(bomb, "wb") as f:
        f.write(gzip.compress(("\n".join([line("d1", text()), line("d2", text(NAMES[1]))]) + "\n").encode()))
        for _ in range(2 * 2**20 // len(zeros)):
            f.write(zeros)
    assert 1.5 * 2**20 < bomb.stat().st_size < 2.5 * 2**20
    started = time.monotonic()
    code, _, err = build(tmp_path / "s", bomb, rss=True)
    ok(code, err)
    assert "dump.jsonl.gz: expands to more than 100 times its size" in err
    assert set(select(tmp_path / "s", IDS)) == {"d1", "d2"}
    assert peak_mb(err) < 1000 and time.monotonic() - started < 120


def test_40kb_of_gzip_with_20_million_bad_lines(tmp_path):
    dump = tmp_path / "dump.jsonl.gz"
    good = (line("d1", text()) + "\n").encode()
    dump.write_bytes(gzip.compress(good) + gzip.compress(b"x\n" * 20_000_000, 9))
    assert dump.stat().st_size < 60_000
    started = time.monotonic()
    code, _, err = build(tmp_path / "s", dump, rss=True, timeout=120)
    ok(code, err)
    assert "more than 1,000 bad lines" in err
    assert len(err.splitlines()) < 200  # the first bad lines are named, the rest counted
    assert select(tmp_path / "s", IDS) == ["d1"]
    assert peak_mb(err) < 1000 and time.monotonic() - started < 60


@pytest.mark.parametrize("kind", ["fifo", "dev-zero"])
def test_a_fifo_or_a_link_to_dev_zero_named_txt(tmp_path, kind):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "good.txt").write_text(text())
    if kind == "fifo":
        os.mkfifo(folder / "x.txt")
    else:
        os.symlink("/dev/zero", folder / "x.txt")
    (folder / "y.jsonl").symlink_to("/dev/zero")
    code, _, err = build(tmp_path / "s", folder, timeout=60)  # a hang or an OOM fails here
    ok(code, err)
    assert "x.txt: " in err and "not a regular file" in err
    assert "y.jsonl: " in err
    assert select(tmp_path / "s", IDS) == ["good"]


# ------------------------------------------------------------------ ids never collide silently
def test_ids_a_space_b_and_a_underscore_b_are_two_articles(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a b.txt").write_text(text(NAMES[0]))
    (folder / "a_b.txt").write_text(text(NAMES[1]))
    code, _, err = build(tmp_path / "s", folder)
    ok(code, err)
    assert "a_b.txt: " in err and "'a b'" in err  # the collision is named
    first = sorted(select(tmp_path / "s", IDS))
    assert len(first) == 2 and {NAMES[0], NAMES[1]} <= set(select(tmp_path / "s", OFFICIALS))
    code, out, err = build(tmp_path / "s", folder)  # a rebuild keeps the same two, unchanged
    assert sorted(select(tmp_path / "s", IDS)) == first
    assert b"2 unchanged" in out, out


@pytest.mark.parametrize("form", ["folders", "dumps"])
def test_the_same_id_in_two_inputs_is_reported_and_both_kept(tmp_path, form):
    for i, sub in enumerate(["one", "two"]):
        (tmp_path / sub).mkdir()
        if form == "folders":
            (tmp_path / sub / "x.txt").write_text(text(NAMES[i]))
        else:
            (tmp_path / sub / "d.jsonl").write_text(line("x", text(NAMES[i])) + "\n")
    paths = (tmp_path / "one", tmp_path / "two")
    code, _, err = build(tmp_path / "s", *paths)
    ok(code, err)
    assert "'x' is also that of" in err and str(tmp_path / "one") in err
    assert {NAMES[0], NAMES[1]} <= set(select(tmp_path / "s", OFFICIALS))
    ids = sorted(select(tmp_path / "s", IDS))
    assert len(ids) == 2
    build(tmp_path / "s", *paths)  # no flip between the two on a rebuild
    assert sorted(select(tmp_path / "s", IDS)) == ids
    assert {NAMES[0], NAMES[1]} <= set(select(tmp_path / "s", OFFICIALS))


# ------------------------------------------------------------------ linear time, time budget
@pytest.mark.slow
def test_a_role_phrase_repeated_3k_and_9k_times_in_one_sentence():
    from kg import Article, extract

    phrase = "Secretary of the Provincial Party Committee, "
    extract(Article("warm", text()))
    took = {}
    for n in (3_000, 9_000):
        started = time.thread_time()  # CPU seconds: a load that comes and goes between the two
        extract(Article(f"r{n}", f"Comrade {NAMES[0]}, {phrase * n}chaired the meeting."))
        took[n] = time.thread_time() - started  # runs changed a wall-clock ratio, not the work
    # quadratic reading took 28 s at 10k (2.5 s and 23 s of it at 3k and 9k, ratio 9 over the linear
    # part); linear time triples (0.9 s and 3.3 s here, the garbage collector makes it up to 4). The
    # events test below counts the same growth without a clock.
    assert took[9_000] < 5 * took[3_000] + 1, took
    assert took[9_000] < 40, took


def _events(sentence: str) -> int:
    """The interpreter's events (calls, returns, C calls) of extracting ``sentence``: a count, not a time."""
    import sys

    from kg import Article, extract

    count = [0]

    def tally(frame, event, arg):
        count[0] += 1

    sys.setprofile(tally)
    try:
        extract(Article("events", sentence, lang="en"))
    finally:
        sys.setprofile(None)
    return count[0]


@pytest.mark.parametrize(
    ("frame", "unit"),
    [
        # titles._other_province read each title against all those before it: 4.4x the events for 3x the titles
        (f"Comrade {NAMES[0]}, {{}}chaired the meeting.", "Secretary of the Provincial Party Committee, "),
        # names._titled_foreign_names looked at every name read before for each run of words: 4.0x
        ("{}attended the meeting.", "Comrade Nguyen Van Anh, Secretary of the Provincial Party Committee; "),
    ],
    ids=["a chain of titles", "a list of titled people"],
)
def test_the_work_a_long_sentence_costs_grows_linearly_with_its_length(frame, unit):
    """Deterministic (events counted, not time): three times the units, at most 3.5 times the work."""
    from kg import Article, extract

    extract(Article("warm", text()))
    events = {n: _events(frame.format(unit * n)) for n in (300, 900)}
    assert events[900] < 3.5 * events[300], events


def test_an_article_past_its_time_budget_is_named_and_the_others_stored(tmp_path, monkeypatch):
    import importlib

    from kg.api import build as api_build
    from kg.store import open_store

    extraction = importlib.import_module("kg.extract")  # the package; kg.extract(...) calls its extract
    real = extraction.extract

    def slow(article, *args, **kwargs):
        if article.id == "slow":
            time.sleep(30)  # an extraction that never ends, as far as the budget can tell
        return real(article, *args, **kwargs)

    monkeypatch.setattr(extraction, "extract", slow)
    monkeypatch.setattr(importlib.import_module("kg.api"), "extract", slow, raising=False)
    monkeypatch.setenv("KG_TIME_BUDGET", "2")
    (tmp_path / "fast.txt").write_text(text(NAMES[0]))
    (tmp_path / "slow.txt").write_text(text(NAMES[1]))
    started = time.monotonic()
    report = api_build([tmp_path], open_store(), jobs=1)
    assert time.monotonic() - started < 25
    assert report.built == ["fast"]
    assert [(Path(s.path).name, "time budget" in s.reason) for s in report.skipped] == [("slow.txt", True)]


# ------------------------------------------------------------------ what is read, and how
def test_javascript_urls_are_not_stored(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    dump = [
        line("d1", text(NAMES[0]), url="javascript:alert(document.cookie)"),
        line("d2", text(NAMES[1]), url=" JaVaScRiPt:alert(1)"),
        line("d3", text(NAMES[2]), url="https://baoninhbinh.org.vn/a-1.htm"),
    ]
    (folder / "dump.jsonl").write_text("\n".join(dump) + "\n")
    page = (
        '<!DOCTYPE html><html><head><title>T</title><link rel="canonical" href="javascript:alert(1)">'
        f"</head><body><p>{text(NAMES[3])}</p></body></html>"
    )
    (folder / "page.html").write_text(page)
    (folder / "page2.txt").write_text(page)
    code, _, err = build(tmp_path / "s", folder)
    ok(code, err)
    assert "dump.jsonl:1: " in err and "not an http(s) URL" in err
    assert select(tmp_path / "s", URLS) == ["https://baoninhbinh.org.vn/a-1.htm"]
    assert {"d1", "d2", "d3", "page", "page2"} <= set(select(tmp_path / "s", IDS))  # .html is read too


def test_zero_width_and_bidi_characters_inside_names(tmp_path):
    (tmp_path / "zw.txt").write_text(
        "Comrade Ng\u200buyen Van\u200c An, Secretary of the Provincial Party Committee, chaired the meeting. "
        "Comrade Tran\u00ad Thi\u200e Binh, Chairman of the Provincial People's Committee, attended.",
        encoding="utf-8",
    )
    code, _, err = build(tmp_path / "s", tmp_path / "zw.txt")
    assert code in (0, 1) and "Traceback" not in err
    assert {"Nguyen Van An", "Tran Thi Binh"} <= set(select(tmp_path / "s", OFFICIALS))


def test_no_break_spaces_and_decomposed_letters_read_as_plain_text(tmp_path):
    """A page's no-break spaces (and thin, em, ideographic spaces, line separators) are spaces, and letters written
    decomposed (NFD: 'e' and a combining circumflex) are the composed ones: the same officials, posts and day as the
    plain text (before: every name and post between no-break spaces lost, Vietnamese names in NFD misread)."""
    import unicodedata

    plain = (
        "Sáng 20/10, đồng chí Nguyễn Văn Thắng, Bí thư Tỉnh ủy, chủ trì hội nghị. "
        "Đồng chí Trần Thị Hằng, Chủ tịch UBND tỉnh Ninh Bình, dự hội nghị."
    )
    variants = {
        "plain": plain,
        "nbsp": plain.replace(" ", "\u00a0"),
        "mixed": plain.replace(", ", ",\u202f").replace("tịch ", "tịch\u2009").replace(". ", ".\u2028"),
        "nfd": unicodedata.normalize("NFD", plain),
    }
    rows = {}
    for name, body in variants.items():
        (tmp_path / f"{name}.jsonl").write_text(line(name, body, lang="vi") + "\n", encoding="utf-8")
        code, _, err = build(tmp_path / f"s-{name}", tmp_path / f"{name}.jsonl")
        assert code == 0, err
        rows[name] = sorted(select(tmp_path / f"s-{name}", OFFICIALS))
    assert rows["plain"] == ["Nguyen Van Thang", "Tran Thi Hang"]
    assert rows["nbsp"] == rows["mixed"] == rows["nfd"] == rows["plain"]


@pytest.mark.parametrize("form", ["txt", "jsonl"])
def test_html_character_references_left_in_plain_text_are_read_as_their_characters(tmp_path, form):
    """A scraper that kept '&nbsp;', '&quot;' or '&#7877;' in the text it saved: the names and posts between them
    read as in the plain text (before: a name after '&nbsp;' and a title in '&quot;' were lost)."""
    body = (
        "Comrade&nbsp;Nguy&#7877;n V&#259;n Th&#7855;ng, Secretary of the Provincial Party Committee, chaired the "
        "meeting. Comrade Tran Thi Hang, &quot;Chairwoman of the Provincial People&#39;s Committee&quot;, attended."
    )
    path = tmp_path / f"a.{form}"
    path.write_text(line("a", body) + "\n" if form == "jsonl" else body, encoding="utf-8")
    code, _, err = build(tmp_path / "s", path)
    assert code == 0, err
    assert sorted(select(tmp_path / "s", OFFICIALS)) == ["Nguyen Van Thang", "Tran Thi Hang"]


@pytest.mark.parametrize("encoding", ["utf-16", "utf-16-le", "utf-32", "utf-32-be"])
def test_utf16_utf32_and_bom_files_are_read(tmp_path, encoding):
    (tmp_path / "wide.txt").write_bytes(text("Nguyễn Văn An").encode(encoding))
    code, _, err = build(tmp_path / "s", tmp_path / "wide.txt")
    assert code in (0, 1) and "binary data" not in err and "Traceback" not in err, err
    assert "Nguyen Van An" in select(tmp_path / "s", OFFICIALS)


def test_a_bom_before_a_dump(tmp_path):
    dump = "\ufeff" + "\n".join(line(f"d{i}", text(NAMES[i])) for i in range(3)) + "\n"
    (tmp_path / "dump.jsonl").write_text(dump, encoding="utf-8")
    (tmp_path / "wide.jsonl").write_text(line("w1", text(NAMES[4])) + "\n", encoding="utf-16")
    code, _, err = build(tmp_path / "s", tmp_path / "dump.jsonl", tmp_path / "wide.jsonl")
    assert code == 0, err
    assert set(select(tmp_path / "s", IDS)) == {"d0", "d1", "d2", "w1"}


# ------------------------------------------------------------------ outputs are safe
ESCAPES = "\x1b[2J\x1b]0;owned\x07\x9b31m\u202e"


def test_terminal_escapes_in_article_text_are_not_printed_raw(tmp_path):
    (tmp_path / "esc.txt").write_text(
        f"Comrade {NAMES[0]}, Secretary of the Provincial Party Committee,{ESCAPES} chaired the meeting.",
        encoding="utf-8",
    )
    (tmp_path / f"name{ESCAPES[:4]}.txt").write_text("")  # a file name with escapes, reported
    code, _, err = build(tmp_path / "s", tmp_path)
    assert "\x1b" not in err and "\x9b" not in err
    # a store filled by other means (kg load) may hold them: kg query escapes what it prints
    nq = tmp_path / "x.nq"
    nq.write_text(
        '<https://example.org/s> <https://example.org/p> "a\\u001B[2J b\\u009B31m c\\u202E d" <https://example.org/g> .\n'
    )
    assert run("load", str(nq), "--store", str(tmp_path / "s"))[0] == 0
    for fmt in ("table", "csv", "tsv", "json"):
        for sparql in (SENTENCES, "SELECT ?o WHERE { ?s <https://example.org/p> ?o }"):
            code, out, err = run("query", "-e", sparql, "--store", str(tmp_path / "s"), "--format", fmt)
            assert code == 0, err
            shown = out.decode("utf-8")
            assert not any(c in shown for c in "\x1b\x9b\x07\u202e"), (fmt, shown[:300])
    one = "SELECT ?o WHERE { ?s <https://example.org/p> ?o }"
    code, out, _ = run("query", "-e", one, "--store", str(tmp_path / "s"), "--format", "json")
    assert json.loads(out)["results"]["bindings"][0]["o"]["value"] == "a\x1b[2J b\x9b31m c\u202e d"


def test_a_failed_export_leaves_the_previous_file(tmp_path):
    (tmp_path / "a.txt").write_text(text())
    build(tmp_path / "s", tmp_path / "a.txt")
    out = tmp_path / "kg.ttl"
    code, _, err = run("export", "--out", str(out), "--store", str(tmp_path / "s"))
    assert code == 0, err
    before = out.read_bytes()
    assert len(before) > 20_000

    def small_files():  # the export's write fails past 10 kB, as on a full disk
        import signal

        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
        resource.setrlimit(resource.RLIMIT_FSIZE, (10_000, 10_000))

    proc = subprocess.run(
        [sys.executable, "-m", "kg", "export", "--out", str(out), "--store", str(tmp_path / "s")],
        cwd=ROOT,
        capture_output=True,
        preexec_fn=small_files,
        timeout=120,
    )
    assert proc.returncode != 0
    assert out.read_bytes() == before
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".kg.ttl")] == []  # no temporary left
