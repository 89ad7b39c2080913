"""What a build's forkserver loads before it forks the workers (``kg.api._pool`` preloads this
module): extraction's one-time loads — a warm-up article per language pack, the packs' lexicons'
matchers, the gazetteer — done once there, so that every worker starts with them (copy-on-write)
instead of loading them again; then the collector is frozen (no worker's collection walks, and so
copies, what they share). Importing it anywhere else loads the same, once."""

from __future__ import annotations

import gc

__all__ = ["warm"]

# one sentence that reads as a meeting in every script a pack reads; each pack's words are added
_SENTENCE = "Comrade Nguyen Van An chaired the meeting on 12 March 2024; revenue reached 1,200 billion VND."


def warm() -> None:
    """Load and compile what extraction reads once per process (never raises: a worker loads what
    is missing when it needs it)."""
    try:
        from kg.api import _warm_up
        from kg.extract import extract
        from kg.gazetteer import districts, is_place, successor
        from kg.lang import available_languages, load_pack
        from kg.mint import mint_article
        from kg.model import Article
        from kg.resolve import known_officials, local_officials
        from kg.text import clean

        clean("warm-up\n")  # the table of invisible characters (~0.3 s)
        _warm_up(extract, mint_article)
        districts()
        successor("Ha Noi")
        is_place("ha noi", "Hà Nội")
        known_officials()
        local_officials()
        for code in available_languages():
            pack = load_pack(code)
            for lexicon in pack.lexicons():
                if lexicon:
                    lexicon.compile()  # (every matcher: the prefilter lets few reach a sentence's)
                    lexicon.finditer(_SENTENCE.lower())
                    lexicon.match_at(_SENTENCE.lower(), 0)
            words = " ".join(
                w
                for lex in (pack.roles, pack.bodies, pack.cue("chair"), pack.months)
                for w in list(lex.entries)[:1]
            )
            text = f"{_SENTENCE} {words} Nguyen Van An."
            mint_article(extract(Article(f"warm-up-{code}", text, lang=code)))
        from kg import rx

        rx.save()  # what it compiled, for the next process that loads extraction
    except Exception:  # pragma: no cover - a warm-up must never stop a build
        pass
    gc.collect()
    gc.freeze()


warm()
