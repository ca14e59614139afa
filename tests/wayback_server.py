"""A local stand-in for the Wayback Machine on 127.0.0.1: CDX search and raw (id_) captures.

Pages are registered by original URL with their bytes; special paths exercise the failure modes:
404 (no capture), 429 with Retry-After (then success), a slow answer, an oversized page, and a
redirect to a host outside the allowlist. `evil[key] = mode` makes a server that lies (issue 22):
trickle, retry-after-huge, retry-after-odd, short, gzip, gzip-two, empty-shell, gzip-bomb, other-port, bad-status, bad-header (the capture)
and cdx-junk, cdx-shape, cdx-dict, cdx-deep (the CDX answer).
"""

from __future__ import annotations

import functools
import gzip
import json
import threading
import time
import urllib.parse
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

from transqa.urls import normalise


@functools.cache
def gzip_bomb() -> bytes:
    """200 MB of zeros in about 200 KB, compressed once per test session (a second of CPU: compressed per request,
    it ate the client's 3 s fetch deadline on a loaded machine and the notice said timeout, not too large)."""
    return gzip.compress(b"\0" * (200 * 1024 * 1024), 9, mtime=0)


class Wayback:
    def __init__(self) -> None:
        self.pages: dict[str, tuple[str, str, bytes]] = {}  # normalised URL → (timestamp, original, body)
        self.hits: list[str] = []
        self.throttle_once: set[str] = set()
        self.slow: set[str] = set()
        self.redirect: dict[str, str] = {}
        self.evil: dict[str, str] = {}
        self.ctype: dict[str, str] = {}  # normalised URL → the capture's Content-Type (default: UTF-8 HTML)
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

            def _raw(self, data: bytes) -> None:
                try:
                    self.wfile.write(data)
                    self.wfile.flush()
                except (BrokenPipeError, ConnectionResetError):
                    pass
                self.close_connection = True

            def _evil(self, mode: str, body: bytes) -> bool:
                if mode == "trickle":  # a byte every 0.5 s, for up to 40 s
                    self._raw(f"HTTP/1.1 200 OK\r\nContent-Length: {len(body)}\r\n\r\n".encode())
                    for i in range(80):
                        try:
                            self.wfile.write(body[i:i + 1])
                            self.wfile.flush()
                        except (BrokenPipeError, ConnectionResetError, OSError):
                            break
                        time.sleep(0.5)
                    self.close_connection = True
                elif mode == "retry-after-huge":
                    self._send(503, b"busy", headers={"Retry-After": "100000"})
                elif mode == "short":  # announces more than it sends, then closes
                    self._raw(f"HTTP/1.1 200 OK\r\nContent-Length: {len(body) + 1000}\r\n\r\n".encode() + body)
                elif mode == "gzip":
                    self._send(200, gzip.compress(body), headers={"Content-Encoding": "gzip"})
                elif mode == "gzip-two":  # two gzip members, each half the page (RFC 1952 allows it: HOSTILE26 #3)
                    half = len(body) // 2
                    self._send(200, gzip.compress(body[:half]) + gzip.compress(body[half:]), headers={"Content-Encoding": "gzip"})
                elif mode == "empty-shell":  # a page with no article text: a JavaScript redirect (HOSTILE26 #6)
                    self._send(200, b"<!DOCTYPE html><html><head></head><body><script>location.reload()</script></body></html>")
                elif mode == "retry-after-odd":  # a Retry-After of a Unicode digit that is no ASCII figure (HOSTILE26 #10)
                    self._send(503, b"busy", headers={"Retry-After": "\u00b2"})
                elif mode == "gzip-bomb":
                    self._send(200, gzip_bomb(), headers={"Content-Encoding": "gzip"})
                elif mode == "other-port":
                    self._send(302, b"", headers={"Location": f"http://127.0.0.1:{server.port + 1}/web/x"})
                elif mode == "bad-status":
                    self._raw(b"HTTP/1.1 2OO OKAY\r\nContent-Length: 3\r\n\r\nabc")
                elif mode == "bad-header":
                    self._raw(b"HTTP/1.1 200 OK\r\nContent-Length: 12abc\r\n\r\nabc")
                else:
                    return False
                return True

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
                    mode = server.evil.get(key, "")
                    if mode.startswith("cdx-"):
                        body = {"cdx-junk": b"<html>not json", "cdx-shape": b'[["urlkey"], ["x", 5], ["x", "2011", null]]',
                                "cdx-dict": b'{"rows": 1}', "cdx-deep": b"[" * 100_000 + b"]" * 100_000}[mode]
                        self._send(200, body, "application/json")
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
                    mode = server.evil.get(key, "")
                    if mode and ts.endswith("id_") and key in server.pages and self._evil(mode, server.pages[key][2]):
                        return
                    if key in server.pages and ts.endswith("id_"):
                        self._send(200, server.pages[key][2], server.ctype.get(key, "text/html; charset=utf-8"))
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


def main(argv: list[str]) -> int:
    """`python -m tests.wayback_server URL PAGE.html [URL PAGE.html ...]` (from the checkout): serve each page as
    the capture of URL on 127.0.0.1 until Ctrl-C, to try `--fetch-source --wayback-endpoint` without the network."""
    import signal
    from pathlib import Path

    signal.signal(signal.SIGINT, signal.default_int_handler)  # Ctrl-C stops it, even started in the background
    if not argv or len(argv) % 2:
        print("usage: python -m tests.wayback_server URL PAGE.html [URL PAGE.html ...]")
        return 2
    with Wayback() as server:
        for url, page in zip(argv[::2], argv[1::2], strict=True):
            server.add(url, Path(page).read_bytes())
        print(f"a Wayback stand-in on {server.endpoint}: --wayback-endpoint {server.endpoint} (Ctrl-C stops it)", flush=True)
        try:
            server.thread.join()
        except KeyboardInterrupt:
            pass
    return 0


if __name__ == "__main__":
    import sys

    raise SystemExit(main(sys.argv[1:]))
