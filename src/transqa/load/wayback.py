"""Fetching an English original from the Wayback Machine (or a server that speaks its API).

`原文` URL → CDX query for the capture closest to the URL's timestamp → the raw capture (`id_`
form, without the toolbar) → a content-addressed disk cache. Safety: http and https only, a host
allowlist (the Wayback endpoint and the original's host), timeouts, a response-size cap, redirects
checked against the allowlist (host and port), a politeness limit and retries with backoff
(Retry-After honoured up to 30 s), all within one total deadline for the whole fetch. A body is kept
only when it is whole (its Content-Length verified) and decoded (gzip/deflate, the cap applied to
the decompressed size); every failure is a FetchError, for a notice and the target-only fallback.

http.client rather than urllib or urllib3: urllib's and urllib3's timeouts apply to each socket
read, so a server trickling a byte every half second holds them indefinitely; a loop of reads over
one connection, each given what is left of the deadline, is what a total deadline needs, and it
needs no new dependency.
"""

from __future__ import annotations

import hashlib
import http.client
import json
import re
import socket
import ssl
import threading
import time
import urllib.parse
import zlib
from dataclasses import dataclass, field
from pathlib import Path

from transqa import __version__
from transqa.atomic import write_bytes
from transqa.cache import user_cache_dir
from transqa.errors import InputError, UsageError
from transqa.load import holds_article
from transqa.load.decode import BINARY_MAGIC, decode_bytes, decode_declared, read_bytes
from transqa.urls import unwrap_wayback

DEFAULT_ENDPOINT = "https://web.archive.org"
_TS = re.compile(r"/web/(\d{4,14})")


class FetchError(Exception):
    """The original could not be had: kind is offline, not-archived, blocked, too-large, http, network,
    unreachable (no connection to the server at all: its name not resolved, the connection refused or timed out; the
    message says which in words and names the server, not the request's URL), timeout, not-html (a capture of an
    image, a PDF…), no-article (a page with no article text), undecodable (a page no encoding reads, not even as a
    browser would)."""

    def __init__(self, kind: str, message: str) -> None:
        super().__init__(message)
        self.kind = kind
        self.message = message


@dataclass
class FetchConfig:
    endpoint: str = DEFAULT_ENDPOINT
    cache_dir: str | None = None
    offline: bool = False
    timeout: float = 20.0
    max_bytes: int = 5 * 1024 * 1024
    rate: float = 1.0  # requests per second, shared by all fetches of this process
    retries: int = 3
    backoff: float = 1.0
    extra_hosts: tuple[str, ...] = ()
    _last: list[float] = field(default_factory=lambda: [0.0])
    _lock: threading.Lock = field(default_factory=threading.Lock)

    def __post_init__(self) -> None:
        check_endpoint(self.endpoint)

    def cache_path(self) -> Path:
        return (Path(self.cache_dir) if self.cache_dir else user_cache_dir()) / "wayback"


def check_endpoint(endpoint: str) -> None:
    """UsageError unless `endpoint` is an http(s) URL with a host and, when it has one, a port (1-65535): a
    malformed --wayback-endpoint (`http://127.0.0.1:`) was taken and failed at the first fetch as "network:
    Connection refused"."""
    parts = urllib.parse.urlsplit(endpoint)
    try:
        bad_port = parts.port == 0
    except ValueError:  # not a number, or past 65535
        bad_port = True
    if parts.scheme not in ("http", "https") or not parts.hostname or parts.netloc.endswith(":") or bad_port:
        raise UsageError(f"--wayback-endpoint {endpoint!r} is not an http(s) URL with a host (and a port, when it has a colon): "
                         "e.g. https://web.archive.org or http://127.0.0.1:8000")


@dataclass(frozen=True)
class Capture:
    original: str  # the article's own URL
    timestamp: str  # the capture's timestamp
    url: str  # the raw capture URL
    path: str  # the cached file
    from_cache: bool
    # the page's text, decoded once on a cache hit (where the capture is tested for being readable): what its
    # reader uses, not decoding the file again (reviewers 28: a hit decoded the page twice); None after a fetch
    text: str | None = field(default=None, repr=False, compare=False)


def original_and_timestamp(url: str) -> tuple[str, str | None]:
    url = url.strip().strip("<>")
    m = _TS.search(url)
    return unwrap_wayback(url), (m.group(1) if m else None)


def _origin(url: str) -> tuple[str, int]:
    """(host, port) of a URL, the scheme's default port filled in: the allowlist holds both, so a
    redirect to the same host on another port is not followed."""
    parts = urllib.parse.urlsplit(url)
    try:
        port = parts.port
    except ValueError:
        port = -1
    return (parts.hostname or "").lower(), port or (443 if parts.scheme == "https" else 80)


MAX_RETRY_WAIT = 30.0  # seconds: a Retry-After beyond this ends the fetch (it used to wait 120 s)
MAX_REDIRECTS = 5
_CHUNK = 1 << 16


class _Deadline:
    """One total deadline for a whole fetch: CDX query, capture, redirects, retries and waits."""

    def __init__(self, seconds: float) -> None:
        self.seconds = seconds
        self.end = time.monotonic() + seconds

    def left(self, url: str) -> float:
        rest = self.end - time.monotonic()
        if rest <= 0:
            raise FetchError("timeout", f"{url}: no complete answer within {self.seconds:g} s")
        return rest

    def expired(self) -> bool:
        return time.monotonic() >= self.end

    def sleep(self, seconds: float, url: str) -> None:
        if seconds >= self.end - time.monotonic():
            raise FetchError("timeout", f"{url}: waiting {seconds:g} s more would pass the {self.seconds:g} s deadline")
        time.sleep(seconds)


class _Retry(Exception):
    """A failure worth another attempt: 429/5xx (with the server's Retry-After), a refused connection or another
    network error. A name that does not resolve is not one (_request: FetchError at once)."""

    def __init__(self, kind: str, message: str, wait: float | None = None) -> None:
        super().__init__(message)
        self.kind = kind
        self.message = message
        self.wait = wait


def _figures(value: str) -> bool:
    """Whether value is ASCII digits only: str.isdigit() is true of `²` and `٣` too, which int() and float() refuse or
    (Arabic-Indic digits) read, and which a URL cannot carry (HOSTILE26 #10)."""
    return value.isascii() and value.isdigit()


def _retry_after(value: str | None) -> float | None:
    """Retry-After in seconds (a number or an HTTP date); None when absent or unreadable."""
    if not value:
        return None
    value = value.strip()
    if _figures(value):
        return float(value)
    try:
        from email.utils import parsedate_to_datetime

        return max(0.0, parsedate_to_datetime(value).timestamp() - time.time())
    except (TypeError, ValueError, IndexError, OverflowError):
        return None


def _decompress(data: bytes, encoding: str, cap: int, url: str) -> bytes:
    """gzip or deflate, the size cap applied to what comes out (a small bomb stays small). A gzip body of several
    members (RFC 1952: `cat a.gz b.gz`, some streaming servers) is read member after member, the cap applied to
    their total: the first alone was kept, half a page cached as the original (HOSTILE26 #3)."""
    gzip = encoding in ("gzip", "x-gzip")
    try:
        try:
            return _inflate(data, 16 + zlib.MAX_WBITS if gzip else zlib.MAX_WBITS, cap, url, encoding)
        except zlib.error:
            if encoding != "deflate":
                raise
            return _inflate(data, -zlib.MAX_WBITS, cap, url, encoding)  # raw deflate, as some servers send it
    except zlib.error as exc:
        raise FetchError("http", f"{url}: a {encoding} body that does not decompress ({exc})") from None


# bytes fed to zlib at a time: a member's end copies what is left of its piece (zlib's unused_data), so the whole
# body fed at once is quadratic in members; measured on 375,000 empty members (7.5 MB): 0.75 CPU s with 1-16 KB pieces,
# 1.3 s with 64 KB; a 5 MB page decompresses in 3 ms either way
_PIECE = 1 << 12
_ZEROS = re.compile(rb"\0*")


def _inflate(data: bytes, wbits: int, cap: int, url: str, encoding: str) -> bytes:
    """_decompress with one wbits: every gzip member in turn (zero padding between them skipped, as gzip(1) does;
    other bytes after the last one ignored), the cap applied to the total output."""
    view = memoryview(data)
    out: list[bytes] = []
    got = pos = 0
    d = zlib.decompressobj(wbits)
    while True:
        if d.eof:
            pos -= len(d.unused_data)  # where the member ended
            pos = _ZEROS.match(data, pos).end()  # type: ignore[union-attr]  # (always matches)
            if wbits < 16 or not data.startswith(b"\x1f\x8b", pos):
                break
            d = zlib.decompressobj(wbits)
        piece: bytes | memoryview
        if d.unconsumed_tail:
            piece = d.unconsumed_tail
        elif pos < len(data):
            piece, pos = view[pos : pos + _PIECE], min(pos + _PIECE, len(data))
        else:
            raise FetchError("network", f"{url}: the {encoding} body was cut short")
        out.append(d.decompress(piece, cap + 1 - got))
        got += len(out[-1])
        if got > cap:
            raise FetchError("too-large", f"{url} is over the {cap // 1024} KB limit once decompressed")
    return b"".join(out)


# what a capture of an article may be: a page (a capture served as plain text is read as such too)
_PAGE_TYPES = ("text/html", "application/xhtml+xml", "text/plain", "")


_LEADING_SPACE = re.compile(rb"[ \t\n\r\x0b\x0c]*")  # what bytes.lstrip() removes


def _binary(data: bytes) -> bool:
    """Whether the bytes open (after white space) as an image, an archive, a PDF… (load.decode's magic numbers)."""
    start = _LEADING_SPACE.match(data)
    return data.startswith(BINARY_MAGIC, start.end() if start else 0)  # no copy of the body to look at 8 bytes


def as_page(data: bytes, content_type: str, url: str) -> bytes:
    """A capture's bytes as the cache keeps them: a page, in UTF-8. Another media type (image/png,
    application/pdf) or binary bytes is FetchError not-html, never cached; a page that is not UTF-8 is
    decoded by the charset its Content-Type declares (else its <meta charset>, else as the loader reads a
    local file) and stored as UTF-8 (the loader reads UTF-8 first, so a <meta> naming the old charset does not
    mislead it). A page no encoding reads is read as a browser reads it (_as_browser): NUL bytes dropped, a stray
    byte-order mark before UTF-8 dropped, a few invalid bytes replaced (HOSTILE27 #2: one NUL or three bad bytes in
    a capture made the whole check fail, exit 2, and were cached for good); a page that still cannot be read is
    FetchError undecodable, never cached."""
    mime, _, params = content_type.partition(";")
    mime = mime.strip().lower()
    if mime not in _PAGE_TYPES or _binary(data) or (not mime and b"\x00" in data[:1024]):
        raise FetchError("not-html", f"{url} is {mime or 'binary data'}, not an HTML page; it is not cached")
    if b"\x00" not in data:
        try:
            data.decode("utf-8")
            return data
        except UnicodeDecodeError:
            pass
    declared = decode_declared(data, params.encode("latin-1", "replace"))  # as the loader decodes a local page
    if declared:
        return declared[0].replace("\x00", "").encode("utf-8")
    try:
        return decode_bytes(url, data).encode("utf-8")  # the loader's legacy encodings, UTF-16 without a mark
    except InputError as exc:
        text = _as_browser(data)
        if text is None:
            raise FetchError("undecodable", f"the capture {url} {exc.message}; it is not cached") from None
    return text.encode("utf-8")


_REPLACED_MAX = 0.01
"""At most one character in a hundred replaced (U+FFFD) for a page read as a browser reads it: a few stray bytes in
a UTF-8 page cost a word or two, while a page in an encoding no one named (most of its Chinese or accented letters
invalid as UTF-8) would be a page of replacement characters, no original to check against."""


def _as_browser(data: bytes) -> str | None:
    """The page as a browser shows it when the loader refuses its bytes: a UTF-16 mark before UTF-8 text dropped,
    NUL bytes dropped (the HTML parser ignores them in text), invalid UTF-8 bytes replaced by U+FFFD; None when over
    _REPLACED_MAX of the characters are replaced or no text is left."""
    if data[:2] in (b"\xff\xfe", b"\xfe\xff"):
        data = data[2:]
    text = data.replace(b"\x00", b"").decode("utf-8", "replace").lstrip("\ufeff")
    if not text.strip() or text.count("\ufffd") > _REPLACED_MAX * len(text):
        return None
    return text


class Fetcher:
    def __init__(self, config: FetchConfig) -> None:
        self.config = config
        self._content_type = ""  # of the last answer with status 200
        self._requesting = ""  # the URL of the request under way (what a message of an unforeseen failure names)

    # ------------------------------------------------------------------ HTTP with the safety rules
    def _get(self, url: str, allowed: set[tuple[str, int]], deadline: _Deadline | None = None) -> bytes:
        """The verified body of url: retries with backoff on 429/5xx and network errors, all within
        the one deadline."""
        deadline = deadline or _Deadline(self.config.timeout)
        delay = self.config.backoff
        for attempt in range(self.config.retries + 1):
            self._polite(deadline, url)
            try:
                return self._get_once(url, allowed, deadline)
            except _Retry as r:
                if r.wait is not None and r.wait > MAX_RETRY_WAIT:
                    raise FetchError(r.kind, f"{r.message}; the server asks to wait {r.wait:g} s (the limit is {MAX_RETRY_WAIT:g} s)") from None
                if attempt >= self.config.retries or r.kind == "unreachable" and deadline.end - time.monotonic() <= delay:
                    raise FetchError(r.kind, r.message) from None  # a connection refused till the deadline: said so
                deadline.sleep(delay if r.wait is None else r.wait, url)
                delay *= 2
        raise FetchError("network", f"{url}: no answer")  # pragma: no cover

    def _get_once(self, url: str, allowed: set[tuple[str, int]], deadline: _Deadline) -> bytes:
        for _hop in range(MAX_REDIRECTS + 1):
            self._requesting = url
            parts = urllib.parse.urlsplit(url)
            if parts.scheme not in ("http", "https"):
                raise FetchError("blocked", f"only http and https URLs are fetched, not {parts.scheme or 'this'}: {url}")
            origin = _origin(url)
            if origin not in allowed:
                raise FetchError("blocked", f"{origin[0]}:{origin[1]} is not an allowed host and port ({url})")
            status, headers, body = self._request(parts, origin, url, deadline)
            if status in (301, 302, 303, 307, 308):
                location = headers.get("location", "").strip()
                if not location:
                    raise FetchError("http", f"{url}: HTTP {status} without a Location")
                nxt = urllib.parse.urljoin(url, location)
                if urllib.parse.urlsplit(nxt).scheme not in ("http", "https") or _origin(nxt) not in allowed:
                    raise FetchError("blocked", f"redirect to {nxt} is outside the allowed hosts and ports")
                url = nxt
                continue
            if status == 200:
                self._content_type = headers.get("content-type", "")
                return body
            if status == 404:
                raise FetchError("not-archived", f"{url}: 404 not found")
            if status in (429, 500, 502, 503, 504):
                raise _Retry("http", f"{url}: HTTP {status}", _retry_after(headers.get("retry-after")))
            raise FetchError("http", f"{url}: HTTP {status}")
        raise FetchError("blocked", f"{url}: more than {MAX_REDIRECTS} redirects")

    def _request(self, parts: urllib.parse.SplitResult, origin: tuple[str, int], url: str,
                 deadline: _Deadline) -> tuple[int, dict[str, str], bytes]:
        """One GET: (status, headers in lower case, verified body of a 200). Every socket operation
        gets what is left of the deadline and the deadline is checked between reads, so a server
        trickling a byte at a time cannot hold the fetch past it."""
        host, port = origin
        cls = http.client.HTTPSConnection if parts.scheme == "https" else http.client.HTTPConnection
        conn = cls(host, port, timeout=deadline.left(url))
        path = urllib.parse.urlunsplit(("", "", parts.path or "/", parts.query, ""))

        def cut() -> None:  # the deadline passed mid-request (a status line or headers trickled in)
            if conn.sock is not None:
                try:
                    conn.sock.shutdown(socket.SHUT_RDWR)
                except OSError:
                    pass

        watchdog = threading.Timer(deadline.left(url), cut)
        watchdog.daemon = True
        watchdog.start()
        connected = False  # the connection made (and, for https, its handshake): an error before it is _unreached
        try:
            try:
                conn.connect()
                connected = True
                conn.request("GET", path, headers={"User-Agent": f"transqa/{__version__} (+translation QA)",
                                                   "Accept-Encoding": "gzip, deflate", "Connection": "close"})
                resp = conn.getresponse()
            except (http.client.HTTPException, ValueError, UnicodeError, OSError) as exc:
                if not connected and isinstance(exc, OSError) and not isinstance(exc, ssl.SSLError):  # said in words, no URL
                    raise self._unreached(exc, origin, deadline) from None
                if isinstance(exc, TimeoutError) or deadline.expired():
                    raise FetchError("timeout", f"{url}: no complete answer within {deadline.seconds:g} s") from None
                if isinstance(exc, OSError):
                    raise _Retry("network", f"{url}: {exc.strerror or exc}") from None
                raise FetchError("http", f"{url}: a malformed answer ({type(exc).__name__})") from None
            headers = {k.lower(): v for k, v in resp.getheaders()}
            body = self._body(resp, headers, url, deadline) if resp.status == 200 else b""
            return resp.status, headers, body
        except _Retry:
            if deadline.end - time.monotonic() <= 0:
                raise FetchError("timeout", f"{url}: no complete answer within {deadline.seconds:g} s") from None
            raise
        finally:
            watchdog.cancel()
            conn.close()

    def _who(self, origin: tuple[str, int]) -> str:
        """The server of origin as a message names it: `the Wayback Machine (web.archive.org)`, `the Wayback endpoint
        (127.0.0.1:8000)` for --wayback-endpoint, else its host (and port, when not the scheme's usual one)."""
        host, port = origin
        where = host if port in (80, 443) else f"{host}:{port}"
        if origin != _origin(self.config.endpoint):
            return where
        return f"the Wayback {'Machine' if self.config.endpoint.rstrip('/') == DEFAULT_ENDPOINT else 'endpoint'} ({where})"

    def _unreached(self, exc: OSError, origin: tuple[str, int], deadline: _Deadline) -> FetchError | _Retry:
        """A connection that could not be made, in words (newcomer 49 item 1: the notice was the percent-encoded CDX
        query URL and `Name or service not known`, after 9.7 s). A name that does not resolve (socket.gaierror) is a
        FetchError at once: it was retried like any network error, 4 tries and 1 + 2 + 4 s of backoff between them
        (9.7 s for `check --fetch-source` offline, measured; 1.6 s now), and a missing network or DNS does not come
        back within seconds. A refused or failed connection is retried (a server restarting), then said the same way."""
        who = self._who(origin)
        if isinstance(exc, socket.gaierror):
            return FetchError("unreachable", f"{who} could not be reached: name resolution failed (no network, or no DNS)")
        if isinstance(exc, TimeoutError) or deadline.expired():
            return FetchError("unreachable", f"{who} could not be reached: the connection timed out ({deadline.seconds:g} s)")
        if isinstance(exc, ConnectionRefusedError):
            return _Retry("unreachable", f"{who} could not be reached: the connection was refused")
        return _Retry("unreachable", f"{who} could not be reached: {exc.strerror or exc}")

    def _body(self, resp: http.client.HTTPResponse, headers: dict[str, str], url: str, deadline: _Deadline) -> bytes:
        cap = self.config.max_bytes
        length = None
        if "content-length" in headers:
            value = headers["content-length"].strip()
            if not _figures(value):
                raise FetchError("http", f"{url}: a malformed Content-Length {value[:40]!r}")
            length = int(value)
        encoding = (headers.get("content-encoding") or "identity").strip().lower()
        if encoding not in ("identity", "gzip", "x-gzip", "deflate"):
            raise FetchError("http", f"{url}: an unsupported Content-Encoding {encoding[:40]!r}")
        if encoding == "identity" and length is not None and length > cap:
            raise FetchError("too-large", f"{url} is {length // 1024} KB, over the {cap // 1024} KB limit")
        raw_cap = cap if encoding == "identity" else cap + cap // 2  # compressed data is smaller than its output
        sock = getattr(getattr(getattr(resp, "fp", None), "raw", None), "_sock", None)
        parts: list[bytes] = []
        got = 0
        while True:
            left = deadline.left(url)
            if sock is not None:
                sock.settimeout(left)
            try:
                chunk = resp.read1(_CHUNK)
            except http.client.IncompleteRead:
                if deadline.expired():
                    raise FetchError("timeout", f"{url}: no complete answer within {deadline.seconds:g} s") from None
                raise FetchError("network", f"{url}: the answer ended before its Content-Length") from None
            except (http.client.HTTPException, ValueError) as exc:
                raise FetchError("http", f"{url}: a malformed answer ({type(exc).__name__})") from None
            except TimeoutError:
                raise FetchError("timeout", f"{url}: no complete answer within {deadline.seconds:g} s") from None
            except OSError as exc:
                raise FetchError("network", f"{url}: {exc.strerror or exc}") from None
            if not chunk:
                if deadline.expired():  # the watchdog cut the connection
                    raise FetchError("timeout", f"{url}: no complete answer within {deadline.seconds:g} s")
                break
            got += len(chunk)
            if got > raw_cap:
                raise FetchError("too-large", f"{url} is over the {cap // 1024} KB limit")
            parts.append(chunk)
        if length is not None and got != length:
            raise FetchError("network", f"{url}: {got} bytes received of the {length} announced (cut short)")
        data = b"".join(parts)
        return _decompress(data, encoding, cap, url) if encoding != "identity" else data

    def _polite(self, deadline: _Deadline, url: str) -> None:
        if self.config.rate <= 0:
            return
        with self.config._lock:
            gap = 1.0 / self.config.rate
            now = time.monotonic()
            wait = self.config._last[0] + gap - now
            if wait > 0:  # our own politeness, not the server's slowness: it does not use up the deadline
                time.sleep(wait)
                deadline.end += wait
            self.config._last[0] = time.monotonic()

    # ------------------------------------------------------------------ cache
    def _index_file(self, original: str, timestamp: str | None) -> Path:
        key = hashlib.sha256(f"{original}\n{timestamp or ''}".encode()).hexdigest()
        return self.config.cache_path() / "index" / f"{key}.json"

    def _from_cache(self, original: str, timestamp: str | None) -> Capture | None:
        """A cached capture whose bytes still hash to their name; anything else is a miss."""
        idx = self._index_file(original, timestamp)
        try:
            meta = json.loads(read_bytes(str(idx), 1024 * 1024).decode("utf-8"))
            digest = str(meta["sha256"])
            path = self.config.cache_path() / "objects" / f"{digest}.html"
            data = read_bytes(str(path), self.config.max_bytes)
            if hashlib.sha256(data).hexdigest() != digest or _binary(data):  # cached by an older release
                return None
            text = decode_bytes(str(path), data)  # a capture that cannot be read, cached by an older release: a miss
            return Capture(original, str(meta["timestamp"]), str(meta["url"]), str(path), True, text)
        except (InputError, ValueError, KeyError, TypeError, RecursionError):  # RecursionError: nested too deeply
            return None

    def _store(self, original: str, timestamp: str | None, capture_ts: str, capture_url: str, data: bytes) -> Capture:
        digest = hashlib.sha256(data).hexdigest()
        objects = self.config.cache_path() / "objects"
        path = objects / f"{digest}.html"
        try:
            objects.mkdir(parents=True, exist_ok=True)
            if not path.exists():
                write_bytes(path, data)
            idx = self._index_file(original, timestamp)
            idx.parent.mkdir(parents=True, exist_ok=True)
            meta = {"original": original, "requested": timestamp, "timestamp": capture_ts, "url": capture_url, "sha256": digest, "bytes": len(data)}
            write_bytes(idx, json.dumps(meta, indent=2).encode())
        except (InputError, OSError) as exc:
            raise FetchError("cache", f"the cache cannot be written ({getattr(exc, 'message', None) or exc})") from None
        return Capture(original, capture_ts, capture_url, str(path), False)

    # ------------------------------------------------------------------ the whole thing
    def fetch(self, url: str) -> Capture:
        """The capture of url's original; every failure is a FetchError (the caller falls back to
        checking the translation alone), never another exception."""
        self._requesting = ""
        try:
            return self._fetch(url)
        except FetchError:
            raise
        except (OSError, ValueError, KeyError, TypeError, IndexError, http.client.HTTPException, InputError) as exc:
            # named by the request that failed (the CDX query, the capture), not by the 原文 URL (HOSTILE26 #10)
            raise FetchError("http", f"{self._requesting or url}: {type(exc).__name__}: {exc}"[:300]) from None

    def _fetch(self, url: str) -> Capture:
        original, timestamp = original_and_timestamp(url)
        if urllib.parse.urlsplit(original).scheme not in ("http", "https"):
            raise FetchError("blocked", f"only http and https URLs are fetched: {original}")
        cached = self._from_cache(original, timestamp)
        if cached is not None:
            return cached
        if self.config.offline:
            raise FetchError("offline", f"{original} is not in the cache and --offline is set")
        endpoint = self.config.endpoint.rstrip("/")
        allowed = {_origin(endpoint), _origin(original)}
        for extra in self.config.extra_hosts:
            allowed.update({(extra.lower(), 80), (extra.lower(), 443)} if ":" not in extra else {_origin(f"http://{extra}")})
        deadline = _Deadline(self.config.timeout)
        query = {"url": original, "output": "json", "filter": "statuscode:200", "limit": "5"}
        if timestamp:
            query.update({"closest": timestamp, "sort": "closest"})
        else:
            query["limit"] = "-1"  # the latest capture
        cdx_url = f"{endpoint}/cdx/search/cdx?{urllib.parse.urlencode(query)}"
        try:
            cdx = self._get(cdx_url, allowed, deadline)
        except FetchError as exc:  # the CDX API answers [] for an URL never captured: its own 404 is no Wayback server
            if exc.kind != "not-archived":
                raise
            raise FetchError("http", f"{endpoint} is not a Wayback server: its CDX API ({endpoint}/cdx/search/cdx) "
                                     "answered 404 (not found), where a Wayback server answers a list of captures") from None
        rows = _cdx_rows(cdx, cdx_url)
        if not rows:
            raise FetchError("not-archived", f"{original} has no capture in the archive")
        if timestamp:
            want = int(timestamp[:14].ljust(14, "0"))
            rows.sort(key=lambda r: (abs(int(r[0][:14].ljust(14, "0")) - want), r[0]))
        capture_ts, capture_original = rows[0]
        capture_url = f"{endpoint}/web/{capture_ts}id_/{capture_original}"
        data = as_page(self._get(capture_url, allowed, deadline), self._content_type, capture_url)
        if not holds_article(capture_url, data):
            raise FetchError("no-article", f"the capture {capture_url} holds no article text: an empty page, a redirect "
                                           "or a consent wall; it is not cached")
        return self._store(original, timestamp, capture_ts, capture_url, data)


def _cdx_rows(cdx: bytes, url: str) -> list[tuple[str, str]]:
    """(timestamp, original) of each capture in a CDX JSON answer (to the request `url`, which the messages name);
    anything malformed is a FetchError."""
    try:
        rows = json.loads(cdx.decode("utf-8") or "[]")
    except (ValueError, UnicodeDecodeError, RecursionError):  # RecursionError: lists nested 100,000 deep
        raise FetchError("http", f"{url}: the CDX server answered something that is not JSON (is the endpoint a Wayback server?)") from None
    if not isinstance(rows, list):
        raise FetchError("http", f"{url}: the CDX server answered JSON that is not a list of rows")
    out: list[tuple[str, str]] = []
    for r in rows:
        if not isinstance(r, list) or not r or r[0] == "urlkey":
            continue
        if len(r) < 3 or not isinstance(r[1], str) or not isinstance(r[2], str) or not _figures(r[1]) or not 4 <= len(r[1]) <= 14:
            raise FetchError("http", f"{url}: the CDX server answered a malformed row {str(r)[:80]}")
        if not r[2].startswith(("http://", "https://")) and "/" not in r[2] and "." not in r[2]:
            raise FetchError("http", f"{url}: the CDX server answered a malformed row {str(r)[:80]}")
        out.append((r[1], r[2]))
    return out
