"""The one process that decides identities takes an article as the worker filled it in when it
gives each person the IRI of their name, and reads the templates back from it when it does not:
either way the article is written as filling its templates writes it."""

from __future__ import annotations

import pytest

from kg import mint
from kg.extract import extract
from kg.model import Article
from kg.reader import Skipped, read_articles
from kg.store import open_store
from tests.helpers import DEV, SEEDS


def _articles() -> list[Article]:
    found = [a for a in read_articles([SEEDS, DEV]) if not isinstance(a, Skipped)]
    return found[::4]  # a quarter of them: every language, some placed by their officials


def _both(article: Article, monkeypatch) -> tuple[mint.Minted, mint.Minted]:
    """The article minted as the worker does (filled in) and with its templates only."""
    filled = mint.mint_article(extract(article))
    with monkeypatch.context() as patch:
        patch.setattr(mint, "_prefill", lambda m, rendered: False)
        plain = mint.mint_article(extract(article))
    return filled, plain


def _same(rendered: tuple) -> tuple:
    text, records, posts, tallies, series = rendered
    return text, records, posts, sorted(tallies), series  # (the tallies' order does not count)


@pytest.mark.slow
def test_an_article_filled_in_the_worker_is_the_one_its_templates_give(monkeypatch):
    prefilled = others = 0
    for article in _articles():
        filled, plain = _both(article, monkeypatch)
        assert plain.assumed is None
        if filled.assumed is None:
            continue
        prefilled += 1
        assumed = filled.assumed
        assert assumed == [mint.person_iri(name) for name in filled.people]
        # the IRIs the worker assumed: taken as they are, the article its templates give
        as_filled = (filled.nquads, filled.entities, filled.tallies, filled.series)
        assert mint._fill(plain.rendered, assumed, plain.graph) == as_filled
        assert filled.quads == filled.nquads.count(b"\n")
        # the templates read back from what was filled in are the worker's
        assert _same(filled.rendered) == _same(plain.rendered)
        # another IRI for each person in turn: filled in from the templates read back as from the worker's
        for i in range(len(assumed)):
            iris = [*assumed[:i], assumed[i] + "-ha-noi", *assumed[i + 1 :]]
            assert mint._fill(filled.rendered, iris, filled.graph) == mint._fill(
                plain.rendered, iris, plain.graph
            )
            others += 1
    assert prefilled >= 15 and others >= prefilled


def test_an_iri_of_a_person_written_in_the_text_keeps_the_templates(monkeypatch):
    iri = mint.person_iri("Nguyen Van An")
    text = (
        f"Comrade Nguyen Van An, Secretary of the Provincial Party Committee (<{iri}>), chaired the meeting."
    )
    filled, plain = _both(Article("iri-in-text", text, lang="en"), monkeypatch)
    assert filled.people == ["Nguyen Van An"]
    assert f"<{iri}>" in b"".join(filled.nquads[0]).decode("utf-8")  # (its sentence writes it)
    assert filled.assumed is None  # the templates could not be read back: sent as they are
    assert _same(filled.rendered) == _same(plain.rendered)


def test_a_build_writes_the_same_graph_whether_the_worker_filled_articles_in_or_not(monkeypatch):
    def graph(store) -> set[str]:
        return {str(q) for q in store}

    articles = _articles()[:12]
    store = open_store()
    kg_build(articles, store)
    with monkeypatch.context() as patch:
        patch.setattr(mint, "_prefill", lambda m, rendered: False)
        plain = open_store()
        kg_build(articles, plain)
    assert graph(store) == graph(plain)


def kg_build(articles: list[Article], store) -> None:
    from kg.mint import EntityIndex
    from kg.store import write_quads

    index = EntityIndex()
    for article in articles:
        text, entities = index.finish(mint.mint_article(extract(article)))
        write_quads(store, (entities + text).encode("utf-8"))
