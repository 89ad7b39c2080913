"""``kg serve``: the store over the SPARQL 1.1 Protocol, and the explorer page.

- :mod:`kg.serve.front`: the HTTP server (routes, content negotiation, the write guard);
- :mod:`kg.serve.guard`: what a request is, known before it runs (size and nesting by a linear
  scan, query form, operations, SERVICE and LOAD by parsing);
- :mod:`kg.serve.pool` and :mod:`kg.serve.worker`: the query worker processes (a time-out or a
  crash costs only the query that caused it; no worker outlives the server);
- :mod:`kg.serve.results`: SPARQL results and graphs written row by row under the caps.
"""

from kg.serve.front import ServeOptions, Server

__all__ = ["ServeOptions", "Server"]
