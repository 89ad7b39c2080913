"""kg.memo and kg.rx: bounded memos and held expressions give what the functions they stand for give."""

from __future__ import annotations

import re as plain_re

from hypothesis import given, settings
from hypothesis import strategies as st

import kg.rx as rx
from kg.memo import Memo


def test_a_memo_answers_from_memory_until_full_then_forgets_everything():
    calls = []
    memo = Memo(3)

    def make(key):
        calls.append(key)
        return key.upper()

    for key in ["a", "b", "a", "c", "b"]:
        assert memo.get(key, lambda key=key: make(key)) == key.upper()
    assert calls == ["a", "b", "c"] and len(memo) == 3
    assert memo.get("d", lambda: make("d")) == "D"  # full: emptied, then "d" kept
    assert len(memo) == 1 and memo.get("a", lambda: make("a")) == "A" and calls[-1] == "a"


def test_a_memo_keeps_no_answer_about_a_long_text():
    memo = Memo(10, longest=5)
    text = "x" * 6
    assert memo.get(text, lambda: 1, len(text)) == 1
    assert memo.get(text, lambda: 2, len(text)) == 2 and len(memo) == 0


def test_a_memo_tied_to_a_context_forgets_when_the_context_changes():
    context = [{}]
    memo = Memo(10, context=lambda: context[0])
    assert memo.get("k", lambda: "first") == "first"
    assert memo.get("k", lambda: "again") == "first"
    context[0] = {}  # another article's acronyms: an equal dict, another object
    assert memo.get("k", lambda: "second") == "second"


def test_a_memo_of_millions_of_texts_stays_bounded():
    memo = Memo(1000)
    for n in range(200_000):
        memo.get(str(n), lambda n=n: n)
    assert len(memo) <= 1000


_PATTERNS = [r"\d+", r"[,;]\s*", r"(?<!\w)(a|ab)(?!\w)", r"(\w)(\w)?", r"x*", r"^\s*"]


@settings(max_examples=300, deadline=None)
@given(text=st.text(alphabet="ab1 ,;x\n", max_size=30), k=st.integers(0, len(_PATTERNS) - 1))
def test_the_held_expressions_give_what_re_gives(text, k):
    p = _PATTERNS[k]
    assert rx.search(p, text) == plain_re.search(p, text) or (
        rx.search(p, text).span() == plain_re.search(p, text).span()
    )
    m1, m2 = rx.match(p, text), plain_re.match(p, text)
    assert (m1 and (m1.span(), m1.groups())) == (m2 and (m2.span(), m2.groups()))
    assert rx.findall(p, text) == plain_re.findall(p, text)
    assert [m.span() for m in rx.finditer(p, text)] == [m.span() for m in plain_re.finditer(p, text)]
    assert rx.split(p, text) == plain_re.split(p, text)
    assert rx.sub(p, "-", text) == plain_re.sub(p, "-", text)
    assert rx.subn(p, "-", text, count=1) == plain_re.subn(p, "-", text, count=1)
    assert bool(rx.fullmatch(p, text)) == bool(plain_re.fullmatch(p, text))
    assert rx.search(p, text.upper(), rx.I) == plain_re.search(p, text.upper(), plain_re.I) or (
        rx.search(p, text.upper(), rx.I).span() == plain_re.search(p, text.upper(), plain_re.I).span()
    )


def test_an_expression_is_compiled_once_and_held_past_res_own_cache(monkeypatch):
    monkeypatch.setattr(rx, "_PLAIN", {})  # (what earlier tests compiled must not fill it meanwhile)
    first = rx.compile(r"held\s+once")
    for n in range(2000):  # more than re keeps (512): re would have dropped it
        rx.compile(rf"filler{n}")
    assert rx.compile(r"held\s+once") is first
    assert rx.compile(first) is first
    assert rx.compile(r"held", rx.I) is not rx.compile(r"held")


def test_the_held_expressions_stay_bounded(monkeypatch):
    monkeypatch.setattr(rx, "HELD", 50)
    for n in range(500):
        rx.compile(rf"bounded{n}")
    assert 0 < len(rx._PLAIN) <= 50


def test_a_settled_process_keeps_what_it_loaded_out_of_collections():
    import subprocess
    import sys

    code = (
        "import gc; from kg.extract import extract, settle; from kg.model import Article; "
        "extract(Article('a', 'Comrade Nguyen Van An, Secretary, chaired the meeting.')); settle(); "
        "print(gc.get_freeze_count() > 0, gc.get_threshold()[0] > 700)"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.split() == ["True", "True"]


@settings(max_examples=500, deadline=None)
@given(url=st.text(alphabet="ab-1/.\nx?p", max_size=16))
def test_a_slug_is_read_from_the_last_slash_as_from_the_whole_address(url):
    from kg.extract.names import _SLUG, slug_names

    whole = _SLUG.search((url or "").split("?")[0].lower())  # what slug_names searched before
    address = url.split("?")[0].lower()
    tail = address[:-1] if address.endswith("\n") else address
    fast = _SLUG.search(address, (tail[:-1] if tail.endswith("/") else tail).rfind("/") + 1)
    assert (whole and (whole.span(), whole.groups())) == (fast and (fast.span(), fast.groups()))
    slug_names(url)  # (reads the address that way, whatever it holds)
