"""The kg command as a user runs it: real processes, the on-disk store, a real browser."""

from __future__ import annotations

import json
import subprocess

import pytest

from tests.conftest import chromium_command
from tests.helpers import ROOT, kg


def test_query_json_is_sparql_results_json(built):
    out = json.loads(kg("query", "queries/officials.rq", "--store", str(built), "--format", "json").stdout)
    assert out["head"]["vars"][:3] == ["article", "name", "surface"]
    names = {b["name"]["value"] for b in out["results"]["bindings"]}
    assert {"Mai Van Tuat", "Truong Thi Mai", "Nguyen Duc Thanh"} <= names


@pytest.mark.parametrize("fmt", ["table", "csv", "tsv"])
def test_query_other_formats(built, fmt):
    out = kg(
        "query",
        "-e",
        "SELECT ?n WHERE { ?p <https://schema.org/name> ?n } LIMIT 3",
        "--store",
        str(built),
        "--format",
        fmt,
    ).stdout
    assert out.splitlines()[0].strip() == ("?n" if fmt == "tsv" else "n")  # SPARQL TSV heads with ?n


@pytest.mark.slow  # a kg process per canned query
def test_every_canned_query_runs(built):
    for rq in sorted((ROOT / "kg" / "queries").glob("*.rq")):
        assert rq.read_text(encoding="utf-8").startswith("#"), f"{rq.name} has no header comment"
        kg("query", rq.stem, "--store", str(built), "--format", "json")  # by name, as shipped


def test_bad_query_is_a_clean_error(built):
    proc = kg("query", "-e", "SELECT WHERE {", "--store", str(built), check=False)
    assert proc.returncode == 1 and "query failed" in proc.stderr and "Traceback" not in proc.stderr


@pytest.mark.slow  # a kg process per export format
def test_exports(built, tmp_path):
    for fmt, suffix in [("turtle", "ttl"), ("trig", "trig"), ("nquads", "nq"), ("jsonld", "jsonld")]:
        out = tmp_path / f"kg.{suffix}"
        kg("export", "--format", fmt, "--out", str(out), "--store", str(built))
        assert out.stat().st_size > 1000


@pytest.mark.slow  # kg validate runs pyshacl
def test_stats_and_validate(built):
    assert "articles   5" in kg("stats", "--store", str(built)).stdout
    assert "conforms" in kg("validate", "--store", str(built)).stdout


@pytest.mark.slow  # matplotlib and networkx in a kg process
@pytest.mark.parametrize("suffix", ["svg", "png", "graphml", "gexf"])
def test_chart_formats(built, tmp_path, suffix):
    out = tmp_path / f"chairs.{suffix}"
    kg("viz", "--out", str(out), "--store", str(built))
    assert out.stat().st_size > 500


@pytest.mark.slow  # headless Chromium
def test_chart_html_is_offline_and_renders_in_chromium(built, tmp_path):
    html = tmp_path / "chairs.html"
    kg("viz", "--out", str(html), "--store", str(built))
    text = html.read_text(encoding="utf-8")
    assert "http://" not in text and "https://" not in text
    assert "Mai Van Tuat" in text and "Truong Thi Mai" in text
    shot = tmp_path / "shot.png"
    subprocess.run(
        [
            *chromium_command(tmp_path / "profile"),
            f"--screenshot={shot}",
            "--window-size=1200,900",
            html.as_uri(),
        ],
        capture_output=True,
        timeout=120,
        check=False,
    )
    assert shot.exists(), "chromium wrote no screenshot"
    from matplotlib import image

    pixels = image.imread(shot)
    rgb = pixels[..., :3]
    # not blank: many distinct colours, and the node colours of the chart are present
    assert len({tuple(p) for p in (rgb[::7, ::7].reshape(-1, 3) * 255).astype(int).tolist()}) > 20
    orange = ((abs(rgb[..., 0] - 0xD9 / 255) < 0.05) & (abs(rgb[..., 1] - 0x5F / 255) < 0.05)).sum()
    assert orange > 50, "official nodes are not visible"
