"""A text wrapped by hand (a mail, a terminal, a PDF copy: lines of at most ~80 characters) reads as the same text
unwrapped: a line break that cuts a sentence is a space (``kg.text.unwrap``, in ``clean``, as it is read)."""

from __future__ import annotations

import textwrap

import pytest

from kg.extract import extract
from kg.reader import Skipped, read_articles
from kg.text import unwrap
from tests.helpers import DEV


def _facts(path) -> list[str]:
    (article,) = [a for a in read_articles([path]) if not isinstance(a, Skipped)]
    x = extract(article)
    out = [f"O {o.name}" for o in x.officials]
    out += [
        f"P {o.name} {p.role} {p.body.org} {p.body.level} {p.body.place}"
        for o in x.officials
        for p in o.positions
    ]
    out += [f"M {m.kind} {m.date} {sorted(m.chairs)}" for m in x.meetings]
    return sorted(out)


# pl-002 and ar-030 wrap a line that ends in a colon ('takich jak:', 'أعضاء المكتب السياسي:') before what it lists;
# en-008 one that ends in a bracket ('(GRDP)' + 'increased by'); en-005's title ends in one before '(Baonghean.vn)';
# at 50 and 60 columns the longest line is short and a long word ends many lines early (a PDF's narrow column)
@pytest.mark.parametrize(
    "name", ["en-001", "vi-001", "pl-003", "fr-001", "pl-002", "ar-030", "en-008", "en-005"]
)
@pytest.mark.parametrize("width", [50, 60, 72, 80, 100])
def test_a_wrapped_article_gives_the_facts_of_the_article(tmp_path, name, width):
    text = (DEV / f"{name}.txt").read_text(encoding="utf-8")
    wrapped = "\n".join(textwrap.fill(line, width) if line.strip() else line for line in text.split("\n"))
    assert wrapped != text and max(map(len, wrapped.split("\n"))) <= width
    (tmp_path / f"{name}.txt").write_text(wrapped, encoding="utf-8")
    assert _facts(tmp_path / f"{name}.txt") == _facts(DEV / f"{name}.txt") != []


@pytest.mark.parametrize(
    "text",
    [
        # a list of short lines, a list of items, a text with one long line: no wrapped text
        "Attending the meeting were\nComrade Nguyen Van An\nComrade Tran Thi Binh\nComrade Le Van Cuong\n",
        "The plan sets three tasks for the year\n- to raise the growth of the\n- to build the roads of the\n"
        "- to train the officials of the\n",
        "A title of the article\n"
        + "A sentence that is much longer than any wrapped line would be, " * 3
        + "\nand\n" * 4,
    ],
    ids=["short lines", "list items", "a long line"],
)
def test_what_is_no_wrapped_text_is_left_as_it_is(text):
    assert unwrap(text) == text


def test_a_list_under_a_colon_keeps_its_lines():
    text = (
        "The meeting was attended by the following comrades of the Standing Committee of the Party:\n"
        "Nguyen Van An, Secretary of the Provincial Party Committee of the province of Ninh Binh\n"
        "- Tran Thi Binh, Deputy Secretary of the Provincial Party Committee of the province of Ninh\n"
        "and the comrades who were elected to the Standing Committee of the Provincial Party Committee\n"
        "in the morning of the first day of the congress, which opened on 5 May 2024 in the hall of\n"
        "the Provincial People's Committee.\n"
    )
    lines = unwrap(text).split("\n")
    assert lines[0].endswith("Party:") and lines[1].startswith("Nguyen Van An")  # a capital after the colon
    assert lines[2].startswith("- Tran Thi Binh")


def test_unwrapping_keeps_every_offset():
    para = (
        "Comrade Nguyen Van An, Secretary of the Provincial Party Committee, chaired the meeting on 5 May. "
        * 3
    )
    wrapped = textwrap.fill(para.strip(), 60)
    out = unwrap(wrapped)
    assert len(out) == len(wrapped) and out == " ".join(wrapped.split("\n"))
