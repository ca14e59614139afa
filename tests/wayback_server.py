"""A local stand-in for the Wayback Machine on 127.0.0.1: CDX search and raw (id_) captures.

Pages are registered by original URL with their bytes; special paths exercise the failure modes:
404 (no capture), 429 with Retry-After (then success), a slow answer, an oversized page, and a
redirect to a host outside the allowlist.
"""

from __future__ import annotations

import json
import threading
import time
import urllib.parse
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

from transqa.urls import normalise


class Wayback:
    def __init__(self) -> None:
        self.pages: dict[str, tuple[str, str, bytes]] = {}  # normalised URL → (timestamp, original, body)
        self.hits: list[str] = []
        self.throttle_once: set[str] = set()
        self.slow: set[str] = set()
        self.redirect: dict[str, str] = {}
        server = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, *args: object) -> None:
                pass

            def _send(self, code: int, body: bytes, ctype: str = "text/html; charset=utf-8", headers: dict[str, str] | None = None) -> None:
                self.send_response(code)
                self.send_header("Content-Type", ctype)
                self.send_header("Content-Length", str(len(body)))
                for k, v in (headers or {}).items():
                    self.send_header(k, v)
                self.end_headers()
                try:
                    self.wfile.write(body)
                except (BrokenPipeError, ConnectionResetError):
                    pass

            def do_GET(self) -> None:  # noqa: N802
                server.hits.append(self.path)
                parts = urllib.parse.urlsplit(self.path)
                if parts.path == "/cdx/search/cdx":
                    q = urllib.parse.parse_qs(parts.query)
                    key = normalise(q["url"][0])
                    if key in server.throttle_once:
                        server.throttle_once.discard(key)
                        self._send(429, b"slow down", headers={"Retry-After": "1"})
                        return
                    if key not in server.pages:
                        self._send(200, b"[]", "application/json")
                        return
                    ts, original, _ = server.pages[key]
                    rows = [["urlkey", "timestamp", "original", "mimetype", "statuscode", "digest", "length"],
                            ["x", "20050101000000", original, "text/html", "200", "D0", "1"],
                            ["x", ts, original, "text/html", "200", "D1", "1"]]
                    self._send(200, json.dumps(rows).encode(), "application/json")
                    return
                if parts.path.startswith("/web/"):
                    rest = self.path[len("/web/"):]
                    ts, _, original = rest.partition("/")
                    key = normalise(original)
                    if key in server.slow:
                        time.sleep(3)
                    if key in server.redirect:
                        self._send(302, b"", headers={"Location": server.redirect[key]})
                        return
                    if key in server.pages and ts.endswith("id_"):
                        self._send(200, server.pages[key][2])
                        return
                self._send(404, b"not found")

        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.port = self.httpd.server_address[1]
        self.endpoint = f"http://127.0.0.1:{self.port}"
        self.thread = threading.Thread(target=self.httpd.serve_forever, daemon=True)

    def add(self, original: str, body: bytes, timestamp: str = "20110813183000") -> None:
        self.pages[normalise(original)] = (timestamp, original, body)

    def __enter__(self) -> Wayback:
        self.thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()
