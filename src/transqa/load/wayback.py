"""Fetching an English original from the Wayback Machine (or a server that speaks its API).

`原文` URL → CDX query for the capture closest to the URL's timestamp → the raw capture (`id_`
form, without the toolbar) → a content-addressed disk cache. Safety: http and https only, a host
allowlist (the Wayback endpoint and the original's host), timeouts, a response-size cap, redirects
checked against the allowlist, a politeness limit and retries with backoff (Retry-After honoured).
"""

from __future__ import annotations

import hashlib
import json
import re
import threading
import time
import urllib.error
import urllib.parse
import urllib.request
from dataclasses import dataclass, field
from http.client import HTTPMessage
from pathlib import Path
from typing import IO

from transqa import __version__
from transqa.atomic import write_bytes
from transqa.cache import user_cache_dir
from transqa.urls import unwrap_wayback

DEFAULT_ENDPOINT = "https://web.archive.org"
_TS = re.compile(r"/web/(\d{4,14})")


class FetchError(Exception):
    """The original could not be had: kind is offline, not-archived, blocked, too-large, http, network."""

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

    def cache_path(self) -> Path:
        return (Path(self.cache_dir) if self.cache_dir else user_cache_dir()) / "wayback"


@dataclass(frozen=True)
class Capture:
    original: str  # the article's own URL
    timestamp: str  # the capture's timestamp
    url: str  # the raw capture URL
    path: str  # the cached file
    from_cache: bool


def original_and_timestamp(url: str) -> tuple[str, str | None]:
    url = url.strip().strip("<>")
    m = _TS.search(url)
    return unwrap_wayback(url), (m.group(1) if m else None)


def _host(url: str) -> str:
    return (urllib.parse.urlsplit(url).hostname or "").lower()


class _Guard(urllib.request.HTTPRedirectHandler):
    def __init__(self, allowed: set[str]) -> None:
        self.allowed = allowed

    def redirect_request(self, req: urllib.request.Request, fp: IO[bytes], code: int, msg: str, headers: HTTPMessage, newurl: str) -> urllib.request.Request | None:  # noqa: E501
        parts = urllib.parse.urlsplit(newurl)
        if parts.scheme not in ("http", "https") or (parts.hostname or "").lower() not in self.allowed:
            raise FetchError("blocked", f"redirect to {newurl} is outside the allowed hosts")
        return super().redirect_request(req, fp, code, msg, headers, newurl)


class Fetcher:
    def __init__(self, config: FetchConfig) -> None:
        self.config = config

    # ------------------------------------------------------------------ HTTP with the safety rules
    def _get(self, url: str, allowed: set[str]) -> bytes:
        parts = urllib.parse.urlsplit(url)
        if parts.scheme not in ("http", "https"):
            raise FetchError("blocked", f"only http and https URLs are fetched, not {parts.scheme or 'this'}: {url}")
        if (parts.hostname or "").lower() not in allowed:
            raise FetchError("blocked", f"{parts.hostname} is not an allowed host")
        opener = urllib.request.build_opener(_Guard(allowed))
        opener.addheaders = [("User-Agent", f"transqa/{__version__} (+translation QA)")]
        delay = self.config.backoff
        for attempt in range(self.config.retries + 1):
            self._polite()
            try:
                with opener.open(url, timeout=self.config.timeout) as resp:
                    length = resp.headers.get("Content-Length")
                    if length and length.isdigit() and int(length) > self.config.max_bytes:
                        raise FetchError("too-large", f"{url} is {int(length) // 1024} KB, over the {self.config.max_bytes // 1024} KB limit")
                    data: bytes = resp.read(self.config.max_bytes + 1)
                    if len(data) > self.config.max_bytes:
                        raise FetchError("too-large", f"{url} is over the {self.config.max_bytes // 1024} KB limit")
                    return data
            except urllib.error.HTTPError as exc:
                if exc.code == 404:
                    raise FetchError("not-archived", f"{url}: 404 not found") from None
                if exc.code in (429, 500, 502, 503, 504) and attempt < self.config.retries:
                    retry_after = exc.headers.get("Retry-After", "") if exc.headers else ""
                    wait = float(retry_after) if retry_after.replace(".", "", 1).isdigit() else delay
                    time.sleep(min(wait, 60.0))
                    delay *= 2
                    continue
                raise FetchError("http", f"{url}: HTTP {exc.code}") from None
            except FetchError:
                raise
            except (urllib.error.URLError, TimeoutError, OSError) as exc:
                reason = getattr(exc, "reason", exc)
                if attempt < self.config.retries:
                    time.sleep(delay)
                    delay *= 2
                    continue
                raise FetchError("network", f"{url}: {reason}") from None
        raise FetchError("network", f"{url}: no answer")  # pragma: no cover

    def _polite(self) -> None:
        if self.config.rate <= 0:
            return
        with self.config._lock:
            gap = 1.0 / self.config.rate
            now = time.monotonic()
            wait = self.config._last[0] + gap - now
            if wait > 0:
                time.sleep(wait)
            self.config._last[0] = time.monotonic()

    # ------------------------------------------------------------------ cache
    def _index_file(self, original: str, timestamp: str | None) -> Path:
        key = hashlib.sha256(f"{original}\n{timestamp or ''}".encode()).hexdigest()
        return self.config.cache_path() / "index" / f"{key}.json"

    def _from_cache(self, original: str, timestamp: str | None) -> Capture | None:
        idx = self._index_file(original, timestamp)
        try:
            meta = json.loads(idx.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return None
        path = self.config.cache_path() / "objects" / f"{meta['sha256']}.html"
        if not path.is_file():
            return None
        return Capture(original, meta["timestamp"], meta["url"], str(path), True)

    def _store(self, original: str, timestamp: str | None, capture_ts: str, capture_url: str, data: bytes) -> Capture:
        digest = hashlib.sha256(data).hexdigest()
        objects = self.config.cache_path() / "objects"
        objects.mkdir(parents=True, exist_ok=True)
        path = objects / f"{digest}.html"
        if not path.exists():
            write_bytes(path, data)
        idx = self._index_file(original, timestamp)
        idx.parent.mkdir(parents=True, exist_ok=True)
        meta = {"original": original, "requested": timestamp, "timestamp": capture_ts, "url": capture_url, "sha256": digest, "bytes": len(data)}
        write_bytes(idx, json.dumps(meta, indent=2).encode())
        return Capture(original, capture_ts, capture_url, str(path), False)

    # ------------------------------------------------------------------ the whole thing
    def fetch(self, url: str) -> Capture:
        original, timestamp = original_and_timestamp(url)
        if urllib.parse.urlsplit(original).scheme not in ("http", "https"):
            raise FetchError("blocked", f"only http and https URLs are fetched: {original}")
        cached = self._from_cache(original, timestamp)
        if cached is not None:
            return cached
        if self.config.offline:
            raise FetchError("offline", f"{original} is not in the cache and --offline is set")
        endpoint = self.config.endpoint.rstrip("/")
        allowed = {_host(endpoint), _host(original), *self.config.extra_hosts}
        query = {"url": original, "output": "json", "filter": "statuscode:200", "limit": "5"}
        if timestamp:
            query.update({"closest": timestamp, "sort": "closest"})
        else:
            query["limit"] = "-1"  # the latest capture
        cdx = self._get(f"{endpoint}/cdx/search/cdx?{urllib.parse.urlencode(query)}", allowed)
        try:
            rows = json.loads(cdx.decode("utf-8") or "[]")
        except ValueError:
            raise FetchError("http", "the CDX server answered something that is not JSON") from None
        rows = [r for r in rows if r and r[0] != "urlkey"]
        if not rows:
            raise FetchError("not-archived", f"{original} has no capture in the archive")
        if timestamp:
            rows.sort(key=lambda r: (abs(int(r[1][:14].ljust(14, "0")) - int(timestamp[:14].ljust(14, "0"))), r[1]))
        capture_ts, capture_original = rows[0][1], rows[0][2]
        capture_url = f"{endpoint}/web/{capture_ts}id_/{capture_original}"
        data = self._get(capture_url, allowed)
        return self._store(original, timestamp, capture_ts, capture_url, data)
