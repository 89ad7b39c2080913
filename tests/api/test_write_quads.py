"""kg.store.write_quads: a few quads loaded in one transaction, many bulk-loaded; the same quads
stored either way."""

from __future__ import annotations

import pyoxigraph as ox

from kg.store import _SMALL, write_quads


class Counting:
    def __init__(self) -> None:
        self.store = ox.Store()
        self.calls: list[str] = []

    def bulk_load(self, data, format):
        self.calls.append("bulk_load")
        self.store.bulk_load(data, format=format)

    def load(self, data, format):
        self.calls.append("load")
        self.store.load(data, format=format)


def quads(n: int, name: str = "s") -> bytes:
    return "".join(f'<urn:{name}{i}> <urn:p> "{"x" * 40}" <urn:g> .\n' for i in range(n)).encode("utf-8")


def test_few_quads_are_one_transaction_many_a_bulk_load_and_all_are_stored():
    few, many = quads(10, "few"), quads(_SMALL // 60)
    assert len(few) < _SMALL <= len(many)
    store = Counting()
    write_quads(store, few)
    write_quads(store, many)
    assert store.calls == ["load", "bulk_load"]
    assert len(store.store) == 10 + _SMALL // 60


def test_a_store_without_bulk_load_loads_them():
    class Server:
        def __init__(self) -> None:
            self.got: list[bytes] = []

        def load(self, data, format):
            self.got.append(data)

    server = Server()
    write_quads(server, quads(_SMALL // 60))
    assert len(server.got) == 1
