"""A SPARQL server that cuts a query short (Virtuoso's "anytime" answers) must not pass for complete."""

from __future__ import annotations

import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from kg import errors
from kg.remote import SparqlClient

XML = (b'<?xml version="1.0"?><sparql xmlns="http://www.w3.org/2005/sparql-results#"><head>'
       b'<variable name="x"/></head><results><result><binding name="x"><literal>1</literal></binding>'
       b"</result></results></sparql>")


def _server(status: int, headers: dict[str, str]) -> ThreadingHTTPServer:
    class Handler(BaseHTTPRequestHandler):
        def do_POST(self) -> None:  # noqa: N802 - http.server's naming
            self.rfile.read(int(self.headers.get("Content-Length", 0)))
            self.send_response(status)
            self.send_header("Content-Type", "application/sparql-results+xml")
            for k, v in headers.items():
                self.send_header(k, v)
            self.send_header("Content-Length", str(len(XML)))
            self.end_headers()
            self.wfile.write(XML)

        def log_message(self, *args: object) -> None:
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server


@pytest.mark.parametrize(("status", "headers"), [(206, {}), (200, {"X-SQL-State": "S1TAT"})])
def test_incomplete_answers_are_errors(status, headers):
    server = _server(status, headers)
    try:
        client = SparqlClient(f"http://127.0.0.1:{server.server_port}/sparql", "http://127.0.0.1:1/update")
        with pytest.raises(errors.QueryError, match="incomplete"):
            client.query("SELECT ?x WHERE { ?s ?p ?x }")
    finally:
        server.shutdown()


def test_complete_answers_pass():
    server = _server(200, {})
    try:
        client = SparqlClient(f"http://127.0.0.1:{server.server_port}/sparql", "http://127.0.0.1:1/update")
        rows = list(client.query("SELECT ?x WHERE { ?s ?p ?x }"))
        assert [str(r["x"].value) for r in rows] == ["1"]
    finally:
        server.shutdown()
