"""The bench's table says whether each target holds at the sizes the issue names for it (no timing
here: the figures are made up, what is tested is how the "holds" column reads them)."""

from __future__ import annotations

import importlib.util
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def bench():
    spec = importlib.util.spec_from_file_location("bench_run", ROOT / "bench" / "run.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def result(n: int, unchanged: float, p50: float) -> dict:
    return {
        "n": n,
        "rate": 100.0,
        "unchanged": unchanged,
        "kinds": {"facts": 40.0},
        "latency": {"person": (p50, p50 * 5, 10.0)},
        "first": {"chairs": 1.0},
    }


def holds(report: str, what: str) -> str:
    line = next(line for line in report.splitlines() if line.startswith(what))
    return line.split()[-1]


def test_a_target_for_100k_is_read_at_100k_only(capsys):
    run = bench()
    run.report([result(1000, 2_632.0, 30.0), result(100_000, 26_861.0, 2.0)], 1000)
    out = capsys.readouterr().out
    assert holds(out, "unchanged rebuild: articles/s") == "yes"  # 2,632/s at 1k does not count
    assert holds(out, "person: p50 ms") == "yes"  # 30 ms at 1k does not count either
    run.report([result(1000, 2_632.0, 2.0), result(100_000, 12_000.0, 30.0)], 1000)
    out = capsys.readouterr().out
    assert holds(out, "unchanged rebuild: articles/s") == "NO"
    assert holds(out, "person: p50 ms") == "NO"


def test_a_run_without_the_size_says_nothing_of_its_target(capsys):
    run = bench()
    run.report([result(1000, 2_632.0, 2.0), result(10_000, 14_279.0, 2.0)], 1000)
    out = capsys.readouterr().out
    assert holds(out, "unchanged rebuild: articles/s") == "-"
    assert holds(out, "peak RSS, build: MB") != "NO"  # for every size: no figure, no verdict either way


def test_cores_are_judged_on_the_running_rate_the_whole_build_printed_beside_it(capsys):
    run = bench()
    rs = [result(1000, 2_632.0, 2.0), result(10_000, 30_000.0, 2.0)]
    for r in rs:
        r["jobs"] = {1: {"rate": 120.0, "running": 130.0}, 2: {"rate": 200.0, "running": 240.0}}
    run.report(rs, 1000)
    out = capsys.readouterr().out
    assert holds(out, "--jobs 2 / --jobs 1, running") == "yes"  # 240 / 130 = 1.85
    assert "1.67" in next(line for line in out.splitlines() if line.startswith("--jobs 2 / --jobs 1, whole"))
    rs[1]["jobs"][2]["running"] = 220.0  # 1.69 at 10k
    run.report(rs, 1000)
    assert holds(capsys.readouterr().out, "--jobs 2 / --jobs 1, running") == "NO"
