"""kg installs like a library: the wheel, installed (not editable) in a fresh virtual environment,
builds, validates, answers a canned query by name, exports and draws — from any folder, with the
ontology and the queries as package data.

The fresh environment gets kg from the wheel only; its dependencies are those already installed
next to the test run (made visible with a ``.pth`` file, so nothing is downloaded). A ``.pth``
line adds a folder without running the ``.pth`` files in it, so the editable kg of the
development environment stays out.
"""

from __future__ import annotations

import json
import os
import shutil
import site
import subprocess
import sys
import sysconfig
import zipfile
from pathlib import Path

import pytest

from tests.helpers import ROOT

pytestmark = pytest.mark.slow


def run(cmd, cwd, check=True, timeout=600):
    """``cmd`` in ``cwd``, without the PYTHONPATH a developer may have set (``PYTHONPATH=.`` puts
    the working tree's kg before the wheel's)."""
    env = {k: v for k, v in os.environ.items() if k != "PYTHONPATH"}
    proc = subprocess.run(
        [str(c) for c in cmd], cwd=cwd, capture_output=True, text=True, timeout=timeout, env=env
    )
    if check and proc.returncode != 0:
        raise AssertionError(
            f"{cmd} failed ({proc.returncode}):\n{proc.stdout[-2000:]}\n{proc.stderr[-3000:]}"
        )
    return proc


@pytest.fixture(scope="module")
def installed(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("wheel")
    source = tmp / "src"  # a copy, so the build leaves nothing in the working tree
    source.mkdir()
    for name in ("pyproject.toml", "README.md"):
        shutil.copy(ROOT / name, source / name)
    shutil.copytree(ROOT / "kg", source / "kg", ignore=shutil.ignore_patterns("__pycache__", "*.pyc"))
    dist = tmp / "dist"
    run([sys.executable, "-m", "pip", "wheel", "--no-deps", "-q", "-w", dist, source], cwd=tmp)
    wheel = next(dist.glob("kg-*.whl"))
    env = tmp / "venv"
    run([sys.executable, "-m", "venv", "--without-pip", env], cwd=tmp)
    python = env / "bin" / "python"
    purelib = run([python, "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"], cwd=tmp)
    deps = [sysconfig.get_paths()["purelib"], *site.getsitepackages()]
    (Path(purelib.stdout.strip()) / "kg-test-deps.pth").write_text("\n".join(dict.fromkeys(deps)) + "\n")
    run([sys.executable, "-m", "pip", "--python", python, "install", "--no-deps", "-q", wheel], cwd=tmp)
    work = tmp / "work"  # a folder with no kg source, ontology or queries in it
    work.mkdir()
    shutil.copytree(ROOT / "seeds", work / "articles", ignore=shutil.ignore_patterns("*.json"))
    return {"wheel": wheel, "python": python, "kg": env / "bin" / "kg", "work": work}


def test_the_wheel_holds_the_ontology_and_the_queries(installed):
    names = zipfile.ZipFile(installed["wheel"]).namelist()
    for rq in (ROOT / "kg" / "queries").glob("*.rq"):
        assert f"kg/queries/{rq.name}" in names
    for ttl in ("kg.ttl", "shapes.ttl", "vocabularies.ttl"):
        assert f"kg/ontology/{ttl}" in names
    meta = next(n for n in names if n.endswith(".dist-info/METADATA"))
    requires = [
        line
        for line in zipfile.ZipFile(installed["wheel"]).read(meta).decode().splitlines()
        if line.startswith("Requires-Dist:")
    ]
    assert all("extra ==" in line for line in requires if "pyspark" in line), requires


def test_the_installed_kg_works_from_any_folder(installed):
    kg, work = installed["kg"], installed["work"]
    where = run([installed["python"], "-c", "import kg; print(kg.__file__)"], cwd=work).stdout.strip()
    assert str(installed["python"].parents[1]) in where, f"kg imported from {where}, not the wheel"
    built = run([kg, "build", "articles", "--store", "store"], cwd=work)
    assert "built 5 articles" in built.stdout
    assert "conforms" in run([kg, "validate", "--store", "store"], cwd=work).stdout
    ontology = run(
        [kg, "query", "-e", "ASK { GRAPH id:graph/ontology { ?s a owl:Class } }", "--store", "store"],
        cwd=work,
    )
    assert ontology.stdout.strip() == "true"
    out = run(
        [kg, "query", "positions", "--param", "name=Mai Van Tuat", "--format", "json", "--store", "store"],
        cwd=work,
    ).stdout
    names = {b["name"]["value"] for b in json.loads(out)["results"]["bindings"]}
    assert names == {"Mai Van Tuat"}
    assert "who-chaired-what" in run([kg, "query", "--list"], cwd=work).stdout
    run([kg, "export", "--format", "trig", "--out", "kg.trig", "--store", "store"], cwd=work)
    assert (work / "kg.trig").stat().st_size > 1000
    run([kg, "viz", "--out", "chairs.svg", "--store", "store"], cwd=work)
    assert "<svg" in (work / "chairs.svg").read_text(encoding="utf-8")
    shown = run([kg, "show", "Mai Van Tuat", "--store", "store"], cwd=work).stdout
    assert "Posts by year" in shown


def test_the_installed_page_has_the_canned_queries(installed):
    """kg serve from the wheel: the page's canned queries come from the package data."""
    import re
    import signal
    import urllib.request

    work = installed["work"]
    if not (work / "store").exists():
        run([installed["kg"], "build", "articles", "--store", "store"], cwd=work)
    proc = subprocess.Popen(
        [str(installed["kg"]), "serve", "--store", "store", "--port", "0"],
        cwd=work,
        env={k: v for k, v in os.environ.items() if k != "PYTHONPATH"},
        stderr=subprocess.PIPE,
        stdout=subprocess.DEVNULL,
        text=True,
    )
    try:
        line = proc.stderr.readline()
        m = re.search(r"at (http://\S+?)/ ", line)
        assert m, line
        with urllib.request.urlopen(m[1] + "/api/queries", timeout=60) as r:
            queries = json.loads(r.read())
        names = {p.stem for p in (ROOT / "kg" / "queries").glob("*.rq")}
        assert names <= set(queries)
    finally:
        proc.send_signal(signal.SIGTERM)
        proc.wait(timeout=60)
