"""Loading: files → Document (blocks with exact positions). Formats are recognised by content."""

from __future__ import annotations

import re

from transqa.errors import InputError
from transqa.lang.script import han_count, latin_letter_count, other_cjk
from transqa.load.decode import decode_bytes, read_decoded, read_text, starts_as_html
from transqa.load.markdown import parse_markdown
from transqa.load.text import parse_text
from transqa.model import Document

__all__ = ["holds_article", "load_source", "load_target", "no_chinese", "not_an_english_capture", "parse", "sniff_format"]

_HTML_TAGS = re.compile(r"<(p|div|body|head|article|span|a\s[^>]{0,500}href)[\s>]", re.IGNORECASE)
_MD_FEATURES = re.compile(
    # the link's target is bounded: an unclosed `[a](` must not make every opener scan to the end; a target that
    # starts as an address is a link however long it is
    r"^(#{1,6}\s|>\s|[*+-]\s|\d+[.)]\s|```|~~~)|\[[^\]\n]{0,500}\]\((?:[^)\s][^)]{0,500}\)|https?://)|!\[[^\]\n]{0,500}\]\(|\*\*[^*\n]+\*\*",
    re.MULTILINE,
)


# A page saved from the Wayback Machine: its toolbar, or its links rewritten into the archive
_CAPTURE = re.compile(r"BEGIN WAYBACK TOOLBAR INSERT|web\.archive\.org/web/\d{14}|/web/\d{14}(?:[a-z]{2}_)?/https?://")


def not_an_english_capture(name: str) -> InputError:
    """The error for a Wayback capture of a Chinese page given or fetched as the original: "the original comes
    first" said to swap two files where there was nothing to swap."""
    return InputError(name, "is a Wayback capture of a page in Chinese, not an English original: the page it captures "
                            "cannot be the original of this translation", "wrong-language")


MAX_CHARS = 1_500_000
"""The most article text checked (characters; twice that of Markdown or plain text before parsing). The largest
article of the TechCrunch archive has about 15,000, and the hostile tests check a paragraph of a million; the checks
take about 0.05 CPU s per 1,000 characters, so a 16 MB translation (5 million characters, under the 20 MB read cap)
ran over 10 minutes in 760 MB before this cap and is now refused at once (measured 2026-12-01, loaded 2-core machine)."""


def _cap(path: str, chars: int, limit: int, what: str) -> None:
    """InputError when `chars` characters (`what`: where they were counted) exceed `limit`."""
    if chars > limit:
        raise InputError(path, f"too long to check ({chars:,} characters {what}; the limit is {limit:,}: a news "
                               "article has some thousands)", "too-large")


_MD_STRUCTURE = re.compile(
    r"^(#{1,6}\s|```|~~~)|\[[^\]\n]{0,500}\]\((?:[^)\s][^)]{0,500}\)|https?://)|!\[[^\]\n]{0,500}\]\(", re.MULTILINE)
"""What only Markdown writes (headings, fences, links, images), unlike a list, quote or `**bold**` line, which a
plain sentence can start or hold."""
_LINE_MARKS = re.compile(r"^(>\s|[*+-]\s|\d+[.)]\s)", re.MULTILINE)

SEGMENT_LINES = 10
"""The fewest lines of a text with no blank line in it that is read one segment a line although some of its lines
start as a list or quote would (_one_per_line). Measured 2026-12-04: every Markdown article of the TechCrunch archive
(4,006 files) has blank lines, so none is concerned; each WMT source, reference and system output of 2021-2024 (1,002
to 2,074 lines) has none, and up to 22 of its lines start as a list or quote (`- Sign out…`, `> Decoupling…`), a list of
8 the longest: read as Markdown, 2,037 sentences became 13 paragraphs. Ten lines keep a short snippet's reading."""


def _one_per_line(text: str) -> bool:
    """Whether a text is one segment a line (WMT's one sentence a line) though some lines look like Markdown: at least
    SEGMENT_LINES lines, no blank line between them, nothing only Markdown writes (_MD_STRUCTURE) and at most a
    quarter of its lines starting as a list or quote (WMT: 1% at most)."""
    lines = text.rstrip("\r\n").splitlines()
    if len(lines) < SEGMENT_LINES or any(not line.strip() for line in lines):
        return False
    head = text[:65536]
    return not _MD_STRUCTURE.search(head) and 4 * len(_LINE_MARKS.findall(head)) <= len(lines)


def sniff_format(text: str) -> str:
    """html for a page (a doctype or <html> start), markdown when Markdown syntax shows (a Markdown
    article may hold HTML blocks such as `<div>` lines), html for a tag soup without Markdown, else text. A text of
    many lines and no blank line with only list-, quote- or bold-like lines in it is text (_one_per_line)."""
    head = text[:8192]
    if starts_as_html(head):
        return "html"
    if _one_per_line(text) and len(_HTML_TAGS.findall(head)) < 3:
        return "text"
    md = len(_MD_FEATURES.findall(text[:65536]))
    if md >= 2 or (md and len(_HTML_TAGS.findall(head)) < 3):
        return "markdown"
    if len(_HTML_TAGS.findall(head)) >= 3:
        return "html"
    return "text"


def parse(path: str, text: str, fmt: str | None = None) -> Document:
    fmt = fmt or sniff_format(text)
    if fmt == "html":  # html.parser and the entity tables imported only for HTML input
        from transqa.load.html import parse_html

        return parse_html(path, text)
    if fmt == "markdown":
        return parse_markdown(path, text)
    return parse_text(path, text)


def _letters(doc: Document) -> tuple[int, int]:
    han = lat = 0
    for b in doc.blocks:
        han += han_count(b.text)
        lat += latin_letter_count(b.text)
    return han, lat


def _parse_capped(path: str, text: str, page: bool, fmt: str | None) -> Document:
    """parse() between the two caps (InputError): the file's characters, twice MAX_CHARS (not for a saved
    `page`: it is mostly markup, only its article text is capped), then the article text's, MAX_CHARS."""
    if not page:
        _cap(path, len(text), 2 * MAX_CHARS, "in the file")
    doc = parse(path, text, fmt)
    _cap(path, sum(len(b.text) for b in doc.blocks), MAX_CHARS, "of article text")
    return doc


def _hidden_by_comment(path: str, doc: Document) -> None:
    """InputError naming the `<!--` never closed that hides the whole text (TQA511 is a finding of a text that
    has some left to check: one hidden whole was reported as "holds no text", as if the file were empty)."""
    at = doc.metadata.get("unclosed_comment")
    if at is not None:
        line, _col = doc.lines.position(int(at))
        raise InputError(path, f"an HTML comment opened at line {line} (`<!--`) is never closed: it hides all the text "
                         "after it, so nothing is left to check (close it with `-->`)", "no-article")


def _source_document(path: str, text: str, page: bool) -> Document:
    doc = _parse_capped(path, text, page, None)
    if not doc.blocks and doc.format == "html" and not page:
        doc = parse(path, text, "markdown")  # HTML blocks in a Markdown file, not a page
    return doc


HANDED_CHARS = 8_000_000
"""The most characters of capture text whose documents holds_article keeps for load_source (_HANDED): a 73 KB
Wayback page's document measured 560 KB in memory, so about 60 MB, some 110 such pages, the first of an audit's
fetches; the captures after them are parsed again when checked."""

_HANDED: dict[str, Document] = {}
"""The captures holds_article parsed (their text → document), each handed once to the load_source that reads the
same text: a capture that `--fetch-source` fetched was parsed twice, to tell an empty shell and to be checked. A check
fetches and checks each pair in turn (one is kept at a time); an audit fetches every original first, then checks them,
in this process (--jobs 1) or in pool workers forked after the fetches, which find them here too (a Dask worker or a
spawned one does not: it parses the capture again). At most HANDED_CHARS of text are kept; before, one slot, so
an audit parsed each fetched original but the last twice."""


def holds_article(name: str, data: bytes) -> bool:
    """Whether a fetched capture holds article text as load_source reads it: an empty shell (a JavaScript redirect,
    a consent wall, a soft 404) does not, and is no original (HOSTILE26 #6). Bytes that do not decode, or a text over
    the caps, are left for the loader to name (True)."""
    try:
        text = decode_bytes(name, data)
        doc = _source_document(name, text, starts_as_html(text[:8192]))
    except InputError:
        return True
    if doc.blocks and sum(map(len, _HANDED)) + len(text) <= HANDED_CHARS:
        _HANDED[text] = doc
    return bool(doc.blocks)


def _parsed(path: str, text: str, page: bool) -> Document:
    """_source_document, or the document holds_article made of the same text (_HANDED), taken once."""
    doc = _HANDED.pop(text, None)
    if doc is not None:
        doc.path = path
        return doc
    return _source_document(path, text, page)


def load_source(path: str, text: str | None = None, one_per_line: bool = False) -> Document:
    """The English original: HTML page, Markdown or plain text; its `text` when decoded already (a cached capture's:
    decoded once), else read from `path`. `one_per_line` (--one-per-line): a text that is not a page is read as plain
    text, whatever Markdown it seems to hold."""
    if text is None:
        text = read_text(path)
    page = starts_as_html(text[:8192])
    doc = _parse_capped(path, text, page, "text") if one_per_line and not page else _parsed(path, text, page)
    if not doc.blocks:
        _hidden_by_comment(path, doc)
        kind = "an HTML page with no article text" if doc.format == "html" else "no text"
        raise InputError(path, f"holds {kind}", "no-article")
    han, lat = _letters(doc)
    if han > 0.3 * (han + lat) and han >= 10:
        if page and _CAPTURE.search(text[:65536]):
            raise not_an_english_capture(path)
        raise InputError(
            path,
            "looks like Chinese, not English: the original comes first (transqa check SOURCE TARGET)",
            "wrong-language",
        )
    return doc


def no_chinese(path: str) -> InputError:
    """The error of a translation given alone that holds no Chinese character: most likely the original."""
    return InputError(
        path,
        "holds no Chinese text: if it is the original, give it before its translation (transqa check SOURCE TARGET)",
        "wrong-language",
    )


#: the names a translation read as Markdown ends in, even with no Markdown syntax in it (CommonMark's and GitHub's
#: usual extensions); any other name (`.txt`, WMT's `.zh`, none) is read by its content (newcomer 36 item 12: a WMT
#: `.zh` file of 19 sentences checked alone was one paragraph, its headline "joined" to the first sentence by TQA501)
MARKDOWN_SUFFIXES = (".md", ".markdown", ".mdown", ".mkd", ".mkdn", ".mdx")


def _target_format(path: str, text: str, source: Document | None = None) -> str:
    """text for a translation that reads as plain text (sniff_format: no Markdown syntax, no markup) and is not
    named as Markdown (MARKDOWN_SUFFIXES: `.txt`, WMT's `.zh`, no extension), comes from standard input (`-`: no name
    to tell), or whose original was read as plain text (an original is read by its content, whatever its name: both
    sides of a pair are then read alike, one paragraph a line when no line is blank); markdown for any other. A line-per-sentence translation read as Markdown was one paragraph beside
    its original's one a line, and TQA014 called the pair two articles (newcomer 30 item 2: `cat t.zh.txt | transqa
    check t.en.txt -`, and `a.en.md a.zh.md` holding the same lines). A plain text with blank lines between its
    paragraphs is read the same either way (its lines joined by a space, as Markdown's soft breaks)."""
    named = path == "-" or not path.lower().endswith(MARKDOWN_SUFFIXES) or (source is not None and source.format == "text")
    return "text" if named and sniff_format(text) == "text" else "markdown"


def load_target(path: str, source: Document | None = None, force_chinese: bool = False, english_ok: bool = False,
                one_per_line: bool = False) -> Document:
    """The Chinese translation (Markdown; one with no Markdown in it is read as plain text, as an original is:
    paragraphs separated by blank lines, or one a line when none is blank, when it is a `.txt` file, standard input, or
    its original was read as plain text: _target_format). A translation in
    English is checked (its English is reported as untranslated text: MT that answers instead of
    translating), unless it is the original itself; without the original, a file with no Chinese character
    is refused (InputError): it is most likely the original given alone. metadata["encoding"] names the
    encoding it was read in (fix writes its patch in it). A translation written in Japanese or Korean is refused
    (InputError, wrong-language) unless `force_chinese`: its checks would all be the checks of Chinese. With
    `english_ok` (an audit's file named as a translation, `slug.zh.md`), one with no Chinese is read all the same: it
    is the translation left in English, which the checks report (engine.check_or_error). `one_per_line`
    (--one-per-line): one that is not a page is read as plain text, whatever Markdown it seems to hold."""
    text, encoding = read_decoded(path)
    page = starts_as_html(text[:8192])
    # a translation is Markdown (which may hold raw HTML); only a whole page is read as HTML, and a `.txt` one with
    # no Markdown in it as plain text, the way its `.txt` original is (one paragraph a line when no line is blank: a
    # WMT reference of 60 sentences was one paragraph beside its original's 60)
    doc = _parse_capped(path, text, page, "html" if page else "text" if one_per_line else _target_format(path, text, source))
    if not doc.blocks:
        _hidden_by_comment(path, doc)
        raise InputError(path, "holds no text", "no-article")
    han, lat = _letters(doc)
    language = other_cjk(" ".join(b.text for b in doc.blocks), han)
    if language and not force_chinese:
        raise InputError(path, f"looks like {language}, not Chinese: transqa checks Chinese translations "
                               "(--force-chinese checks it as Chinese all the same)", "wrong-language")
    # without the original, nothing of a translation is there to check; a Korean (or kana-only) text forced as
    # Chinese is checked as the flag asks (it is not an English original given alone)
    if source is None and han == 0 and not language and not english_ok:
        raise no_chinese(path)
    same = source is not None and [b.text for b in source.blocks] == [b.text for b in doc.blocks]
    if han < 5 and lat >= 40 and same:  # the original given twice; any other translation is checked
        raise InputError(
            path,
            "looks like English, not Chinese: it is the original itself (transqa check SOURCE TARGET)",
            "wrong-language",
        )
    doc.metadata["encoding"] = encoding
    return doc
