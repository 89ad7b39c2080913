"""kg.warm, what a build's forkserver imports before it forks the workers: it loads what extraction
reads once (so that the workers start warm) and freezes the collector; it never changes what is
extracted."""

from __future__ import annotations

import subprocess
import sys

from tests.helpers import ROOT

PROBE = """
import gc, json
import kg.warm
from kg.lang import available_languages, load_pack
from kg.text import _cleaning
compiled = {c: sum(1 for lex in load_pack(c).lexicons() if lex and lex._matcher is not None)
            for c in available_languages()}
print(json.dumps({"frozen": gc.get_freeze_count(), "compiled": compiled,
                  "cleaning": _cleaning.cache_info().currsize}))
"""


def test_importing_it_loads_every_pack_and_freezes_the_collector():
    import json

    out = subprocess.run([sys.executable, "-c", PROBE], capture_output=True, text=True, cwd=ROOT, check=True)
    found = json.loads(out.stdout.strip().splitlines()[-1])
    assert found["frozen"] > 10_000
    assert found["cleaning"] == 1
    assert all(n > 0 for n in found["compiled"].values()), found["compiled"]


def test_the_build_pool_preloads_it(monkeypatch):
    import multiprocessing

    from kg import api

    seen: dict = {}

    class Context:
        def set_forkserver_preload(self, names):
            seen["preload"] = list(names)

    def Pool(jobs, initializer=None, context=None):
        seen["jobs"], seen["context"] = jobs, context
        return "pool"

    monkeypatch.setattr(multiprocessing, "get_context", lambda method: Context())
    monkeypatch.setattr(api, "_quiet_pool", lambda: Pool)
    assert api._pool(2) == "pool"
    assert seen["jobs"] == 2 and seen["preload"][-1] == "kg.warm"
    assert isinstance(seen["context"], Context)


def test_the_pool_waits_for_its_workers_not_for_each_result():
    from kg import api

    pool = api._quiet_pool()(1)
    try:  # the thread that keeps workers running wakes when one ends or the tasks are done
        assert pool._get_sentinels() == [pool._change_notifier._reader]
        assert pool.apply_async(abs, (-3,)).get(timeout=60) == 3
    finally:
        pool.terminate()
