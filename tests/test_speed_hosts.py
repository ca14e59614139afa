"""urls.plain_split and linknames.host_of's fast paths: what urlsplit reads, field for field (release 42, issue 21)."""

from __future__ import annotations

import random
from urllib.parse import urlsplit

import pytest

from transqa.checks.linknames import host_of
from transqa.urls import plain_split, unwrap_wayback

_SHAPED = [
    "http://techcrunch.com/2007/05/01/some-title/", "https://www.Example.COM/a_b/c~d.html", "HTTP://a.com", "http://a.com.",
    "https://beta.techcrunch.com/2012/09/11/zuckerberg-talk/", "http://x.-/", "http://a.com/?q=1", "http://a.com/#top",
    "http://user@a.com/", "http://a.com:8080/", "http://[::1]/", "http://a.com/%20", "http://\u212aelvin.com/",
    "http://\u017fite.com/", "https://web.archive.org/web/20211202030648/http://www.technorati.com/tags/techcrunch",
    "http://archive.org/web/123/abc.com", "/web/2010/http://a.com/x", "www.a.com/x", "//a.com/x", "a.com", "",
    " http://a.com/ ", "http:/a.com", "ftp://a.com/", "mailto:x@y.com",
]


def _fuzzed() -> list[str]:
    rnd = random.Random(42)
    alphabet = "aAzZ09-._~/:?#@%[] \tK\u212a\u017f.wWeEbB"
    heads = ["http://", "https://", "HTTP://", "hTtPs://", "", "//", "http:/", "https://web.archive.org/web/2010/",
             "/web/1/", "http://archive.org/web/"]
    return [rnd.choice(heads) + "".join(rnd.choice(alphabet) for _ in range(rnd.randint(0, 14))) for _ in range(20_000)]


def _host_of_by_urlsplit(href: str, bare: bool) -> tuple[str, object] | None:
    url = unwrap_wayback(href)
    if not url.lower().startswith(("http:", "https:")):
        if not bare:
            return None
        url = "http://" + url.lstrip("/")
    try:
        parts = urlsplit(url)
        return (parts.hostname or "").lower(), parts
    except ValueError:
        return None


def test_plain_split_is_urlsplit_where_it_answers() -> None:
    answered = 0
    for url in _SHAPED + _fuzzed():
        got = plain_split(url)
        if got is not None:
            answered += 1
            assert got == urlsplit(url) and got.hostname == urlsplit(url).hostname, url
    assert answered > 300  # the fast path is taken, not only its refusals tested


@pytest.mark.parametrize("url", ["http://a.com/?q=1", "http://a.com:8080/", "http://\u212aelvin.com/",
                                 "http://archive.org/web/123/abc.com", " http://a.com/ ", "http://user@a.com/"])
def test_plain_split_leaves_other_addresses_to_urlsplit(url: str) -> None:
    assert plain_split(url) is None


def test_host_of_reads_as_urlsplit_does() -> None:
    for url in _SHAPED + _fuzzed():
        for bare in (True, False):
            want = _host_of_by_urlsplit(url, bare)
            assert host_of(url, bare) == want, (url, bare)


def test_an_archived_plain_page_keeps_its_host() -> None:
    got = host_of("https://web.archive.org/web/20221209140949/https://beta.techcrunch.com/2012/09/11/x/", bare=False)
    assert got is not None and got[0] == "beta.techcrunch.com" and got[1].path == "/2012/09/11/x/"
