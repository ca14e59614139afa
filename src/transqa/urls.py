"""URL normalisation: unwrap Wayback Machine captures and compare URLs by what they point at."""

from __future__ import annotations

import re
from urllib.parse import SplitResult, parse_qsl, quote, unquote, urlencode, urlsplit

_WAYBACK = re.compile(
    r"""^(?:(?:https?:)?//)?(?:www\.)?(?:web\.)?archive\.org/web/
        (?:(?P<ts>\d{1,14}|\*)(?P<flag>[a-z]{2}_)?/)?(?P<rest>.*)$""",
    re.IGNORECASE | re.VERBOSE,
)
_RELATIVE_WAYBACK = re.compile(r"^/web/(?:(?:\d{1,14}|\*)(?:[a-z]{2}_)?/)?(?P<rest>.*)$", re.IGNORECASE)
_SCHEME = re.compile(r"^[a-zA-Z][a-zA-Z0-9+.\-]*:")
_SCHEME_SLASHES = re.compile(r"[A-Za-z][A-Za-z0-9+.-]*://")


def is_url(text: str) -> bool:
    """The text starts with a URL's scheme and `//` (`http://…`, `svn+ssh://…`): a URL given where a file's path may
    stand (the command line's files, a report's file names), never a path of the file system's spelling."""
    return _SCHEME_SLASHES.match(text) is not None

TRACKING_PARAMS = frozenset(
    {
        "fbclid", "gclid", "dclid", "msclkid", "mc_cid", "mc_eid", "ncid", "guccounter",
        "guce_referrer", "guce_referrer_sig", "soc_src", "soc_trk", "_ga", "cmpid", "ref",
        "ref_src", "ref_url", "sr_share", "igshid", "spm", "yclid", "_hsenc", "_hsmi", "mkt_tok",
    }
)
IMAGE_EXTENSIONS = (".png", ".jpg", ".jpeg", ".gif", ".webp", ".svg", ".bmp")

# A domain's ending or a file's extension written alone with its dot turned into the Chinese full stop (`已经超过 700
# 万。org 域名注册`, `它包括。json 文档`): the text names the ending itself, and machine translation read its dot as the end
# of a sentence. Shared by TQA315 (which reports it), TQA302 (for which a Han word before it, `del.icio.us 拥有。com`, does
# not join it to the name before) and TQA510 (for which `。。net` is a sentence's end and the ending's dot, not a mark doubled).
LONE_ENDINGS = ("com", "net", "org", "edu", "gov", "io", "me", "tv", "fm", "ly", "us", "info", "biz", "ru",
                "json", "apk", "gif", "jpg", "png", "pdf", "exe", "zip", "mp3", "mp4", "html", "xml", "doc", "txt", "csv")
LONE_ENDING_AT = re.compile(r"。(" + "|".join(LONE_ENDINGS) + r")(?![A-Za-z0-9.])")


def unwrap_wayback(url: str) -> str:
    """The original URL inside a Wayback Machine capture URL (repeatedly, for nested captures)."""
    url = url.strip()
    for _ in range(8):
        m = _WAYBACK.match(url) or _RELATIVE_WAYBACK.match(url)
        if not m:
            break
        rest = m.group("rest")
        if not rest:
            break
        # The Wayback Machine collapses "//" after the scheme to "/" in some captures.
        rest = re.sub(r"^(https?):/(?!/)", r"\1://", rest, flags=re.IGNORECASE)
        url = rest
    return url


# The handle a Twitter (x.com since 2023) or Instagram address spells: its first path segment, or the first after
# Twitter's old `#!/` (twitter.com/#!/abrams/status/…); a Twitter handle has 15 characters at most, an Instagram one 30
# (dots allowed). The host is the service's own (`firebox.com/index.html` is no x.com, `xbox.com/en-US` none either:
# TQA315's former pattern, unanchored, read `index` and `en` as handles there, and missed the `#!/` addresses).
_PROFILE = re.compile(r"(?i)^(?:https?://)?(?:www\.|mobile\.|m\.)?(?:(?:twitter|x)\.com/(?:#!/)?@?(?P<t>[A-Za-z0-9_]{1,15})|"
                      r"instagram\.com/@?(?P<i>[A-Za-z0-9_.]{1,30}))(?:[/?#]|$)")
# The services' own pages, no account's
_NOT_HANDLES = frozenset("home search share intent hashtag i statuses status login signup settings explore accounts p reel "
                         "reels stories tv direct about".split())


def profile_handle(href: str) -> tuple[str, str] | None:
    """(`twitter` or `instagram`, the handle as the address spells it) of a link to an account or one of its posts
    (`https://twitter.com/oprah` → ("twitter", "oprah"); an archived page's too, `unwrap_wayback`); None for another
    address or one of the service's own pages (`twitter.com/search?q=…`, `instagram.com/p/…`)."""
    m = _PROFILE.match(unwrap_wayback(href))
    if m is None:
        return None
    service, handle = ("twitter", m.group("t")) if m.group("t") else ("instagram", m.group("i"))
    return None if handle.lower() in _NOT_HANDLES else (service, handle)


def _is_tracking(key: str) -> bool:
    k = key.lower()
    return k.startswith("utm_") or k in TRACKING_PARAMS


# A URL that normalise() reduces without parsing: http(s), a plain host, a path of unreserved characters
# (no query, fragment, port, user or percent-escape), not a Wayback capture. Same result, a tenth of the time.
_PLAIN_URL = re.compile(r"https?://(?P<host>[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.?)(?P<path>/[A-Za-z0-9/._~-]*)?", re.IGNORECASE)


def normalise(url: str) -> str:
    """A canonical form: equal for the same page whatever the scheme, www., slash or tracking."""
    m = _PLAIN_URL.fullmatch(url)
    if m and "archive.org" not in url.lower():
        host = m["host"].lower().rstrip(".")
        path = m["path"] or ""
        return (host[4:] if host.startswith("www.") else host) + (re.sub(r"/{2,}", "/", path) if "//" in path else path).rstrip("/")
    url = unwrap_wayback(url.strip().strip("<>"))
    if not url:
        return ""
    if url.startswith("//"):
        url = "http:" + url
    elif not _SCHEME.match(url):
        if re.match(r"^[\w.-]+\.[a-z]{2,}(/|$)", url, re.IGNORECASE):
            url = "http://" + url
        else:  # relative, anchor or mail link: compare as written
            return url
    try:
        parts = urlsplit(url)
    except ValueError:
        return url
    scheme = parts.scheme.lower()
    if scheme not in ("http", "https"):
        return url.strip()
    try:
        host = (parts.hostname or "").lower().rstrip(".")
        port = parts.port
    except ValueError:
        return url.strip()
    if host.startswith("www."):
        host = host[4:]
    if port and port not in (80, 443):
        host = f"{host}:{port}"
    path = quote(unquote(parts.path), safe="/:@!$&'()*+,;=-._~%")
    path = re.sub(r"/{2,}", "/", path).rstrip("/")
    query = [(k, v) for k, v in parse_qsl(parts.query, keep_blank_values=True) if not _is_tracking(k)]
    query.sort()
    q = urlencode(query)
    return host + path + ("?" + q if q else "")


def plain_split(url: str) -> SplitResult | None:
    """urlsplit(url) of a plain address (`http://` or `https://`, a host of ASCII letters, digits, hyphens and dots, a
    path of them and `/_~`: no query, fragment, port, user, space or escape) that is no Wayback capture, read without
    urlsplit's general path (a fifth of its time); None for any other address. Its hostname is the host lower-cased.
    200,000 links in one paragraph (issue 21) had each split by urlsplit twice."""
    if not url.isascii():  # IGNORECASE lets [A-Za-z] match the Kelvin sign and the long s, which urlsplit checks
        return None
    m = _PLAIN_URL.fullmatch(url)
    if m is None or "archive.org" in url.lower():
        return None
    return SplitResult(url[: url.index(":")].lower(), m["host"], m["path"] or "", "", "")


def file_name(url: str) -> str:
    """The last path segment of a URL, lowercased; used to match image files moved between hosts."""
    u = normalise(url).split("?", 1)[0]
    return u.rsplit("/", 1)[-1].lower()


def is_image_url(url: str) -> bool:
    """True when a URL's path ends with an image file extension."""
    return file_name(url).endswith(IMAGE_EXTENSIONS)
