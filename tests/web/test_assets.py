"""The page's files: offline, IRIs from one place, the bundled graph library with its licence."""

from __future__ import annotations

import re
import sys
from importlib import resources
from pathlib import Path

from kg import vocab
from tests.helpers import ROOT

WEB = Path(str(resources.files("kg"))) / "web"


def test_vocab_js_is_generated_from_kg_vocab():
    sys.path.insert(0, str(ROOT / "tools"))
    try:
        import make_web_vocab
    finally:
        sys.path.remove(str(ROOT / "tools"))
    assert (WEB / "vocab.js").read_text(encoding="utf-8") == make_web_vocab.render(), (
        "kg/web/vocab.js is out of date: run python tools/make_web_vocab.py"
    )


def test_every_prefixed_name_the_page_uses_is_declared():
    app = (WEB / "app.js").read_text(encoding="utf-8")
    closed = {"kg": vocab.KG, "org": vocab.ORG, "schema": vocab.SCHEMA, "skos": vocab.SKOS, "xsd": vocab.XSD}
    used = set(re.findall(r"(?<![\w/])(kg|org|schema|skos|xsd):([A-Za-z]\w*)", app))
    assert len(used) > 20
    undeclared = sorted(f"{p}:{t}" for p, t in used if t not in closed[p].terms)
    assert not undeclared, undeclared
    # the data is text: the page never parses it as HTML
    assert "innerHTML" not in app and "insertAdjacentHTML" not in app and "document.write" not in app
    # no IRI of ours is written out in the page's code: they come from vocab.js
    assert not re.search(r"https?://(w3id\.org|schema\.org|www\.w3\.org)", app)


def test_the_page_loads_only_its_own_files_and_they_ship():
    page = (WEB / "index.html").read_text(encoding="utf-8")
    sources = re.findall(r'(?:src|href)="([^"#]+)"', page)
    assert sources and all(s.startswith("/static/") for s in sources), sources
    for s in sources:
        assert (WEB / s.removeprefix("/static/")).is_file(), s
    for script in ("cytoscape.min.js", "cytoscape-fcose.js", "cose-base.js", "layout-base.js"):
        assert f"/static/vendor/{script}" in page
        licence = WEB / "vendor" / (script.removesuffix(".js").removesuffix(".min") + ".LICENSE")
        assert "Permission is hereby granted" in licence.read_text(encoding="utf-8")
    pyproject = (ROOT / "pyproject.toml").read_text(encoding="utf-8")
    assert '"web/vendor/*"' in pyproject  # package data: the wheel carries the library
