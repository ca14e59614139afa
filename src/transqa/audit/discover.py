"""Which translations to audit, and their originals: file-name convention, 原文 URL, or a manifest."""

from __future__ import annotations

import csv
import dataclasses
import io
import os
import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from transqa import GENERATOR_MARK
from transqa.errors import InputError
from transqa.load.decode import decode_bytes, note_input, read_head, reads_as_western
from transqa.urls import normalise

SOURCE_EXTENSIONS = (".html", ".htm", ".md", ".markdown", ".txt")
_HEADER = re.compile(r"^\s*>\s*原文\s*[:：]\s*<?\s*(?P<url>[^\s>]+)", re.MULTILINE)
_ATTR = re.compile(r"""(?<![A-Za-z:_-])([A-Za-z:_-]++)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+))""")


def canonical_url(head: str) -> str | None:
    """The page's canonical link or og:url. Tags are found with plain scanning and their attributes
    read one by one: `<link[^>]+rel=…[^>]*href=` backtracked cubically over repeated unclosed tags."""
    low = head.lower()
    i = 0
    while True:
        i = low.find("<", i)
        if i < 0:
            return None
        end = low.find(">", i)
        if end < 0:
            return None  # an unclosed tag: no later tag closes either
        tag = low[i + 1:i + 5]
        if tag in ("link", "meta") and (end - i < 4096):
            attrs = {m.group(1).lower(): next(g for g in m.groups()[1:] if g is not None)
                     for m in _ATTR.finditer(head, i + 5, end)}
            if tag == "link" and attrs.get("rel", "").lower() == "canonical" and attrs.get("href"):
                return attrs["href"]
            if tag == "meta" and attrs.get("property", "").lower() == "og:url" and attrs.get("content"):
                return attrs["content"]
        i = end + 1
_YEAR_DIGITS = r"19[89]\d|20[0-4]\d"  # the years an article may have (1980-2049)
_YEAR = re.compile(r"(?<!\d)(" + _YEAR_DIGITS + r")(?!\d)")


@dataclass(frozen=True, slots=True)
class Job:
    """One pair to audit: its position in the input, the translation, its original and reference (paths or
    None), the folder group and the year (from the 原文 URL or the path) for the summary."""
    index: int
    target: str
    source: str | None
    reference: str | None = None
    group: str = ""
    year: str = ""
    source_name: str = ""  # how reports name the original (a fetched capture: its URL); "" for its path
    note: str = ""  # another file could have been the original: which was used (a notice of the audit)


def _stem(name: str) -> str:
    for suffix in (".zh.md", ".zh.markdown", ".zh.txt", ".md", ".markdown", ".txt", ".zh"):
        if name.lower().endswith(suffix):  # the suffixes in any case: `X.ZH.MD` is named as `x.zh.md` is
            return name[: -len(suffix)]
    return name


# a tag or a link target stops at the next `<` or `(`: `<[^>\n]*>` on a run of `<` never closed (a saved page's
# inline script) and `\]\([^)\s]*\)` on `](` repeated scanned to the line's end from each one (quadratic: 29 s for 64 KB)
_NOT_TEXT = re.compile(r"\]\([^()\s]*\)|<[^<>\n]*>|https?://\S+")


def _head_text(path: str, head: bytes) -> str | None:
    """The first bytes of a file as text, decoded the way the loader decodes the whole file (UTF-8, a BOM,
    UTF-16 without one, GB18030 and the other legacy encodings), or as Windows-1252 when they read as Western text (the
    loader refuses it, but it is no translation: a Latin-1 notes.md failed the pre-commit hook); None when the loader
    would refuse it otherwise."""
    try:
        return head.decode("utf-8")
    except UnicodeDecodeError as exc:
        if exc.start >= len(head) - 3:  # a character cut by the end of the head
            return head[: exc.start].decode("utf-8", "replace")
    try:
        return decode_bytes(path, head)
    except InputError:  # Western text in Latin-1 (notes, a README) is read as such: no translation (newcomer 24 item 11)
        return head.decode("cp1252") if reads_as_western(head) else None


def looks_chinese(path: str, short: bool = True) -> bool:
    """True for a Chinese translation: a `> 原文：` header, or at least 10 Han characters and a tenth of
    the letters (links, tags and URLs left out). Unreadable files count as translations (checking them
    reports why), and so do files without letters (empty, binary) unless `short` is False."""
    from transqa.lang.script import han_count, latin_letter_count

    if path == "-":
        return True
    head = read_head(path, 65536)  # regular files only: a FIFO would hang the open
    if head is None:
        return True
    raw = _head_text(path, head)
    if raw is None:
        return True
    if _HEADER.search(raw[:4096]):
        return True
    text = _NOT_TEXT.sub(" ", raw)
    han, lat = han_count(text), latin_letter_count(text)
    if han >= 10:
        return han >= 0.1 * (han + lat)
    return han > 0 and han >= lat or (short and han + lat == 0)


_NAMED_CHINESE = (".zh.md", ".zh.markdown", ".zh.txt")


def is_target(path: str, short: bool = True) -> bool:
    """True for a file to check as a translation: one named as Chinese (`slug.zh.md`), whatever its
    letters (a translation left mostly in English is what TQA401 reports: `check` and `audit` both
    check it), or any other file that looks_chinese (an English README.md next to the articles is not); `short` as
    looks_chinese's (False: a file without letters, `[http://blip.tv/play/abc]`, is no translation)."""
    return os.path.basename(path).lower().endswith(_NAMED_CHINESE) or looks_chinese(path, short)


def header_url(path: str) -> str | None:
    """The URL of the `> 原文：<url>` header in the first 4 KB of a translation, or None (also when the file
    cannot be read, or is not a regular file: a FIFO would hang the open)."""
    data = read_head(path, 4096)
    if data is None:
        return None
    m = _HEADER.search(data.decode("utf-8", "replace"))
    return m.group("url") if m else None


MAX_LIST_BYTES = 200 * 1024 * 1024  # a manifest or an index: a line per article, a million articles


def _text_file(path: str) -> io.StringIO:
    """A manifest or an index as text, decoded as the articles are (transqa.load.decode: UTF-8, a BOM,
    UTF-16 without one, GB18030/Big5); anything else is an InputError of one line (was a UnicodeDecodeError)."""
    from transqa.load.decode import read_bytes

    return io.StringIO(decode_bytes(path, read_bytes(path, MAX_LIST_BYTES)), newline="")


def originals_by_url(folder: str | None, index: str | None) -> dict[str, list[str]]:
    """Normalised URL → the files that may be its original, the one used first: from an index (TSV/CSV with url and
    path columns; of two rows of one URL the first is used and the audit names the other, as for two pages in a
    folder: the last row was once used, silently, hostile 24 bug 6) and from the canonical or og:url of the HTML pages in
    a folder (walked in sorted order; two pages of one URL, two captures or editions of an article, are both kept, so
    that the audit names the one passed over, as it does for a tie by name)."""
    table: dict[str, list[str]] = {}
    if index:
        p = Path(index)
        if not p.is_file():
            raise InputError(index, "no such index file", "missing")
        with _text_file(index) as fh:
            sample = fh.read(4096)
            fh.seek(0)
            reader = csv.DictReader(fh, delimiter="\t" if "\t" in (sample.splitlines() or [""])[0] else ",")
            cols = reader.fieldnames or []
            url_col = next((c for c in cols if c.lower() in ("url", "en_url", "source_url", "original_url")), None)
            path_col = next((c for c in cols if c.lower() in ("path", "en_file", "source", "file")), None)
            if not url_col or not path_col:
                raise InputError(index, "needs a url column and a path column", "index")
            for row in reader:
                if row.get(url_col) and row.get(path_col):
                    path = str((p.parent / row[path_col]).resolve()) if folder is None else os.path.join(folder, row[path_col])
                    rows = table.setdefault(normalise(row[url_col]), [])
                    if path not in rows:
                        rows.append(path)
    if folder:
        for root, _dirs, files in walk(folder):
            for name in sorted(files):
                if not name.lower().endswith((".html", ".htm")):
                    continue
                path = os.path.join(root, name)
                data = read_head(path, 65536)
                if data is None:
                    continue
                head = data.decode("utf-8", "replace")
                url = canonical_url(head)
                if url:
                    table.setdefault(normalise(url), []).append(path)
    return table


def walk(top: str, followlinks: bool = False) -> Iterator[tuple[str, list[str], list[str]]]:
    """os.walk(top, followlinks=…) top down, with a stack instead of recursion: Python 3.11's os.walk recurses once per
    level, and a tree 1,000 folders deep ended the audit with a RecursionError, no article checked (HOSTILE28 #3). The
    caller may prune or sort `dirs` in place, as with os.walk; a folder that cannot be read is left out, as there."""
    stack = [top]
    while stack:
        root = stack.pop()
        try:
            with os.scandir(root) as it:
                entries = list(it)
        except OSError:
            continue
        dirs: list[str] = []
        files: list[str] = []
        for e in entries:
            try:
                is_dir = e.is_dir()
            except OSError:
                is_dir = False
            (dirs if is_dir else files).append(e.name)
        yield root, dirs, files
        for name in reversed(dirs):
            path = os.path.join(root, name)
            if followlinks or not os.path.islink(path):
                stack.append(path)


def _same(a: str, b: str) -> bool:
    try:
        return os.path.samefile(a, b)
    except OSError:
        return os.path.normpath(a) == os.path.normpath(b)


def _cased(suffix: str) -> tuple[str, str]:
    """A suffix as the convention writes it and in upper case (`.en.md`, `.EN.MD`): the two spellings looked for."""
    return suffix, suffix.upper()


REPORT_MARK = GENERATOR_MARK.encode()  # what every HTML page transqa writes carries in its head


def written_by_transqa(path: str) -> bool:
    """True for an HTML page transqa itself wrote (a report, an audit index or summary): never an original."""
    head = read_head(path, 2048)
    return head is not None and REPORT_MARK in head


def _name_candidates(stem: str) -> list[str]:
    """The names an original of `stem` may have, in the documented order: `slug.en.<ext>` for every extension
    (html, htm, md, markdown, txt) before any plain `slug.<ext>`, so that `slug.en.md` wins over a `slug.html`
    beside it (an index page, a report); each suffix in lower case, then upper case."""
    return _en_candidates(stem) + [stem + x for ext in SOURCE_EXTENSIONS for x in _cased(ext)]


def _en_candidates(stem: str) -> list[str]:
    """`slug.en.<ext>` for every extension of SOURCE_EXTENSIONS, in their order, each suffix in lower case then upper
    case: the names by which an original is its translation's by the convention (_name_candidates' first)."""
    return [stem + x for ext in SOURCE_EXTENSIONS for x in _cased(f".en{ext}")]


def original_beside(target: str) -> str | None:
    """The file beside `target` named as its English original by the convention (`slug.en.md`, `slug.en.html`, … for
    `slug.zh.md` or `slug.md`: `_name_candidates`' `.en.` names, in their order), else None; never a page transqa
    wrote (a report). Only the exact name counts: a plain `slug.html` or `slug.md` beside it may be anything. A WMT
    document `X.zh` has `X.en` (_bare_original, the file audit pairs it with; newcomer 42: check ran such a file
    target-only without a word). For check's notice when it checks a translation alone (check pairs only what it is
    given; audit pairs by name)."""
    folder, name = os.path.split(target)
    if (bare := _bare_original(folder or ".", name)) is not None and not _same(bare, target):
        return os.path.join(folder, os.path.basename(bare)) if folder else os.path.basename(bare)
    stem = _stem(name)
    if stem == name or ".en." in name.lower():
        return None  # not a translation's name (`slug.html`, `slug.en.md`): nothing to pair it with
    for candidate in _en_candidates(stem):
        p = os.path.join(folder, candidate)
        if os.path.isfile(p) and not _same(p, target) and not (candidate.lower().endswith((".html", ".htm")) and written_by_transqa(p)):
            return p
    return None


def _name_matches(stem: str, rel_dir: str, dirs: list[str], target: str, reports: list[str] | None = None,
                  known: dict[str, bool] | None = None) -> list[str]:
    """The files that may be the original of `target` by name, in the order of `_name_candidates`, under the
    target's relative folder, then at the top of each folder of `dirs`; the first four only (all `_find_by_name` reads). Never the target itself, another
    translation (slug.zh.*, or a Chinese slug.md in the target's own folder, a second translation), nor a page
    transqa wrote (`written_by_transqa`: `check a.en.md a.zh.md -o a.html` must not make the report the original;
    `reports`, when given, receives those passed over). `known`: what the folder's walk already read of a file
    (_chinese_in_full), so that a slug.md it judged is not read again here."""
    own = os.path.dirname(target) or "."
    found: list[str] = []
    for d in dirs:
        for base in (os.path.join(d, rel_dir), d):
            for name in _name_candidates(stem):
                p = os.path.normpath(os.path.join(base, name))
                if p in found or not os.path.isfile(p) or _same(p, target) or ".zh." in name.lower():
                    continue
                if (".en." not in name.lower() and name.lower().endswith((".md", ".markdown", ".txt")) and _same(base, own)
                        and _chinese_in_full(p, known)):
                    continue  # beside the translation, a Chinese slug.md is another translation; an English one is its original
                if name.lower().endswith((".html", ".htm")) and written_by_transqa(p):
                    if reports is not None and p not in reports:
                        reports.append(p)
                    continue
                found.append(p)
                if len(found) == _SHOWN_MATCHES + 1:
                    return found  # enough for `_find_by_name`: no more names probed nor pages' heads read
    return found


_SHOWN_MATCHES = 3  # the files a note names (`_find_by_name`: the one used, two passed over); a fourth only says there are more


def _passed_over(found: list[str]) -> str:
    """The files after the first of `found` that a note names as passed over: two, then ` …` when there are more."""
    return ", ".join(found[1:_SHOWN_MATCHES]) + (" …" if len(found) > _SHOWN_MATCHES else "")


def _find_by_name(stem: str, rel_dir: str, dirs: list[str], target: str, known: dict[str, bool] | None = None) -> tuple[str | None, str]:
    """The original of `target` by name (the first of `_name_matches`), and when another file could have been it,
    a note naming the one used and the ones passed over (the audit says it, never silently choosing); a page transqa
    wrote beside it (a report) is named as passed over too."""
    reports: list[str] = []
    found = _name_matches(stem, rel_dir, dirs, target, reports, known)
    # a report transqa wrote beside the article is never its original: said, so that a run checked target-only
    # (or against another file) tells why that page was not used
    passed = f"{', '.join(reports)} passed over as its original (a report transqa wrote)" if reports else ""
    if len(found) < 2:
        return (found[0] if found else None), f"{target}: {passed}" if passed else ""
    return found[0], (f"{target}: checked against {found[0]}, not {_passed_over(found)} (an original named slug.en.* comes first)"
                      + (f"; {passed}" if passed else ""))


_YEAR_NAME = re.compile(r"(" + _YEAR_DIGITS + r")(?:[-_](?:0?[1-9]|1[0-2])(?!\d).*)?")
"""A folder or file name that dates an article: a year (`2015`), or a year and a month first (`2015-03`,
`2015-03-01-slug.zh.md`); never a name that only holds a year-like number (`backup-2024`, `blog-zh-2007-2014`)."""


def _year(rel: str, url: str | None) -> str:
    """The article's year: from its 原文 URL (the first year-like number), else from the name nearest the file in
    `rel`, its path from the folder audited down (_below), that is a year or starts with one and a month (_YEAR_NAME:
    `2015/03/x.zh.md`, `2015-03-01-x.zh.md`). A name that only contains a year-like number is no year: the folder
    `backup-2024` (HOSTILE28 #7) or `techcrunch-blog-zh-2007-2014`, audited or inside the folder audited, put its
    articles without a dated URL in 2024 and 2014 (reviewers 28)."""
    m = _YEAR.search(url or "")
    if m:
        return m.group(1)
    for name in reversed(rel.replace(os.sep, "/").split("/")):
        if named := _YEAR_NAME.fullmatch(name):
            return named.group(1)
    return ""


def _below(folder: str, target: str) -> str:
    """target's path from `folder` down, the folder's own name first (a year folder audited, `archive/2015`, as `.`
    from inside it too, dates its articles; `archive-2015` does not: _YEAR_NAME): what _year reads."""
    top = os.path.abspath(folder)
    return os.path.join(os.path.basename(top), os.path.relpath(os.path.abspath(target), top))


def _job(index: int, folder: str, root: str, name: str, originals: str | None, by_url: dict[str, list[str]], references: str | None,
         known: dict[str, bool] | None = None) -> Job:
    target = os.path.normpath(os.path.join(root, name))
    rel_dir = os.path.relpath(root, folder)
    stem = _stem(name)
    url = header_url(target)
    bare = _bare_original(root, name)
    source, note = (bare, "") if bare else _find_by_name(stem, rel_dir, [d for d in (originals, root) if d], target, known)
    if source is None and url and (same := by_url.get(normalise(url))):
        source = same[0]
        if len(same) > 1:  # two pages of one URL: the first (by the index, else in sorted order) is used, and said
            note = "; ".join(n for n in (note, f"{target}: checked against {source}, not {_passed_over(same)}: all are pages of {normalise(url)}") if n)
    reference = _find_reference(stem, rel_dir, references) if references else None
    for p in (target, source, reference):
        if p:
            note_input(p)  # never overwritten by an output of this run
    return Job(index, target, source, reference, rel_dir if rel_dir != "." else "", _year(_below(folder, target), url), note=note)


def _bare_original(root: str, name: str) -> str | None:
    """For a translation named by the WMT document layout, `X.zh` beside its original `X.en` (the suffixes in lower
    or upper case, as check and --manifest read them: newcomer 40 item 5, an audit of such a folder found nothing to
    check), the original's path; None for any other name or when `X.en` is not there."""
    if not name.lower().endswith(".zh"):
        return None
    en = name[:-3] + (".EN" if name.endswith(".ZH") else ".en")
    p = os.path.join(root, en)
    return os.path.normpath(p) if os.path.isfile(p) else None


def _is_translation(root: str, name: str, known: dict[str, bool] | None = None) -> bool:
    """Whether `name` in `root` is read as a translation (is_target then looks at its letters): a Markdown or text file
    not named as an original (`.en.`). One named as Chinese (`slug.zh.md`, `.zh.txt`) is; a plain `slug.txt` only when
    it holds Chinese text, and so does a `slug.md` beside a `slug.zh.md` (a second translation, an older edition: it
    was once dropped whatever it held, being neither the translation nor, beside it, the original)."""
    low = name.lower()
    if _bare_original(root, name) is not None:
        return True  # X.zh beside X.en (a WMT document's pair)
    if not low.endswith((".md", ".markdown", ".txt")) or ".en." in low:
        return False
    if low.endswith(_NAMED_CHINESE):
        return True
    beside = low.endswith(".txt") or any(os.path.isfile(os.path.join(root, _stem(name) + x)) for x in _cased(".zh.md"))
    return not beside or _chinese_in_full(os.path.join(root, name), known)


def _chinese_in_full(path: str, known: dict[str, bool] | None) -> bool:
    """looks_chinese(path, short=False), remembered in `known` (by normalised path) when given: a folder's walk
    asks it of a slug.md beside slug.zh.md (_is_translation) and again when it seeks slug.zh.md's original
    (_name_matches); the head was read twice."""
    if known is None:
        return looks_chinese(path, short=False)
    key = os.path.normpath(path)
    if key not in known:
        known[key] = looks_chinese(path, short=False)
    return known[key]


def from_folder(folder: str, originals: str | None = None, originals_index: str | None = None, references: str | None = None) -> list[Job]:
    """The translations under a folder (recursively, each folder once, sorted), paired with their originals by
    file name or 原文 URL. Raises InputError when it is not a folder."""
    if not os.path.isdir(folder):
        raise InputError(folder, "is not a folder", "not-a-folder")
    by_url = originals_by_url(originals, originals_index) if (originals or originals_index) else {}
    jobs: list[Job] = []
    known: dict[str, bool] = {}  # looks_chinese(short=False) of the files read so far (_chinese_in_full)
    seen_dirs: set[tuple[int, int]] = set()
    for root, dirs, files in walk(folder, followlinks=True):
        st = os.stat(root)
        if (st.st_dev, st.st_ino) in seen_dirs:  # a symlink loop: visit each folder once
            dirs[:] = []
            continue
        seen_dirs.add((st.st_dev, st.st_ino))
        dirs.sort()
        for name in sorted(files):
            p = os.path.join(root, name)
            # a file that reads as Chinese in full is a target (is_target's looks_chinese would read it again)
            if _is_translation(root, name, known) and (known.get(os.path.normpath(p)) or is_target(p)):
                jobs.append(_job(len(jobs), folder, root, name, originals, by_url, references, known))
    return jobs


def from_folder_files(folder: str, names: list[str], originals: str | None = None, originals_index: str | None = None, references: str | None = None) -> list[Job]:
    """Jobs for the named files of one folder, paired like from_folder."""
    by_url = originals_by_url(originals, originals_index) if (originals or originals_index) else {}
    return [_job(k, folder, folder, n, originals, by_url, references) for k, n in enumerate(names)]


_ORIGINAL_NAME = re.compile(r"^(?P<stem>.+)\.en(?:\.html?|\.md|\.markdown|\.txt)$", re.IGNORECASE)


def _translation_names(original: str) -> tuple[str, ...] | None:
    """The names the translation of an original named by the convention may have beside it, in the order they
    are looked for (`X.en.md`: X.zh.md, X.ZH.MD, X.md, X.MD; upper case first for `X.EN.MD`), or None for
    another name. The name is the one given: a symbolic link's own, not its target's (as git names a file)."""
    m = _ORIGINAL_NAME.match(os.path.basename(original))
    if m is None:
        return None
    first = 1 if m.group(0)[len(m["stem"]):].isupper() else 0
    zh, plain = _cased(".zh.md"), _cased(".md")
    return tuple(m["stem"] + x for x in (zh[first], zh[1 - first], plain[first], plain[1 - first]))


def translation_of(original: str) -> str | None:
    """The translation beside an original named by the convention (`slug.en.md` → `slug.zh.md`, else `slug.md`
    when that is a Chinese translation; the suffixes in lower or upper case, `X.EN.MD` → `X.ZH.MD`), or None: what
    the pre-commit hook checks again when only the English original of an article changed (its Chinese file is
    not among the commit's files). An original given through a symbolic link is taken by the link's folder and
    name, as git takes a link (`notes/X.en.md` → `../drafts/Y.en.md`: notes/X.zh.md), never the file it points to.
    A translation there that cannot be read (a broken link, a FIFO) is still returned, so that the audit reports
    it (exit 2) as it does when given the folder, rather than passing the commit."""
    names = _translation_names(original)
    if names is None:
        return None
    folder = os.path.dirname(original) or "."
    for name in names:
        p = os.path.join(folder, name)
        present = os.path.lexists(p) and not os.path.isdir(p)  # a broken link or a FIFO too: checking says why it cannot be read
        if present and _checkable(folder, name, p):
            return os.path.normpath(p) if os.path.dirname(original) else name
    return None


def _checkable(folder: str, name: str, p: str) -> bool:
    """The file p (`name` in `folder`) is a translation to check: named `slug.zh.md` or read as one
    (`_is_translation`), and a target (`is_target`)."""
    return (name.lower().endswith(".zh.md") or _is_translation(folder, name)) and is_target(p)


def missing_translation(original: str) -> tuple[str, str] | None:
    """For an original named by the convention with no translation to check beside it (`translation_of` is
    None), the files it would be, in its folder as given (`X.en.md` → X.zh.md, or X.md in Chinese); else None."""
    names = _translation_names(original)
    if names is None or translation_of(original) is not None:
        return None
    folder = os.path.dirname(original)
    return os.path.join(folder, names[0]), os.path.join(folder, names[2])


def _one_file(p: str, originals: str | None, originals_index: str | None, references: str | None) -> list[Job]:
    folder = os.path.dirname(p) or "."
    name = os.path.basename(p)
    if _checkable(folder, name, p):
        return from_folder_files(folder, [name], originals, originals_index, references)
    return []


def from_paths(paths: list[str], originals: str | None = None, originals_index: str | None = None, references: str | None = None) -> list[Job]:
    """Folders (searched recursively) and single files, in the order given: the Chinese translations
    among them (an English README.md or CONTRIBUTING.md is skipped, not reported). An English original named by
    the convention (`slug.en.md`) stands for the translation beside it (`translation_of`), once, and not at all
    when that translation is given too (the hook is given both when a commit changes both). A path that does not
    exist is an InputError when it is the only one; among others (the pre-commit hook's files) it is an article
    whose checking says why it cannot be read, so the others are still checked (exit 2, as check does)."""
    jobs: list[Job] = []
    alone: set[int] = set()  # the positions in jobs of files given one by one
    tops: list[str] = []  # each job's folder given (or a file's own folder), absolute
    given = {os.path.realpath(p) for p in paths if os.path.isfile(p)}
    for p in paths:
        if not os.path.exists(p) and len(paths) > 1:
            found = [Job(0, os.path.normpath(p), None)]
        elif os.path.isdir(p):
            found = from_folder(p, originals, originals_index, references)
        elif os.path.exists(p):
            found = _one_file(p, originals, originals_index, references)
            other = None if found else translation_of(p)
            if other is not None and os.path.realpath(other) not in given:
                given.add(os.path.realpath(other))
                found = _one_file(other, originals, originals_index, references)
        else:
            raise InputError(p, "no such file or folder", "missing")
        if not os.path.isdir(p):
            alone.update(range(len(jobs), len(jobs) + len(found)))
        tops.extend([os.path.abspath(p)] * len(found) if os.path.isdir(p) else (_parent(j.target) for j in found))
        jobs.extend(found)
    jobs = _folder_groups(jobs, alone, tops)
    return [dataclasses.replace(j, index=k) for k, j in enumerate(jobs)]  # every field kept (source_name too)


def _parent(path: str) -> str:
    return os.path.dirname(os.path.abspath(path))


def _folder_groups(jobs: list[Job], alone: set[int], tops: list[str]) -> list[Job]:
    """jobs grouped for the summary's `by folder:` relative to the folder that holds everything given (`tops`: each
    job's folder given, or a file's own folder): a folder's job keeps its group below that folder, prefixed with the
    folder's path from there. One folder given: its own files are "", its sub-folders by their names; files given one
    by one from one folder: "". Before, every file given one by one was in "" (one `.` row for 60 files from two
    folders: newcomer 27b #15), and so was each of several folders' own files (HOSTILE28 #6: `audit m/a m/b` was one
    row `.`). A file given one by one with no year in its URL takes the last one of its path from that folder down
    (_year). Paths on different drives (Windows) keep their groups. Paths whose only common folder is the file
    system's root (`/srv/a /home/b`) are grouped by their absolute folders: relative to `/` they read `srv/a`,
    `home/b`, a leading `/` lost (reviewers 28)."""
    try:
        common = os.path.commonpath(sorted(set(tops))) if tops else ""
    except ValueError:  # paths on different drives have no common folder
        return jobs
    at_root = common == os.path.dirname(common)  # `/` (or a drive's root): no folder of the user's holds them all
    out = list(jobs)
    for k, (job, top) in enumerate(zip(jobs, tops, strict=True)):
        rel = os.path.normpath(os.path.join(top if at_root else os.path.relpath(top, common), job.group))
        out[k] = dataclasses.replace(job, group="" if rel == "." else rel)
        if k in alone and not job.year:
            out[k] = dataclasses.replace(out[k], year=_year(_below(common, job.target), None))
    return out


def _grouped(jobs: list[Job], common: str) -> list[Job]:
    """jobs grouped by their parent folder relative to `common` ("" for itself)."""
    out = []
    for job in jobs:
        rel = os.path.relpath(_parent(job.target), common)
        out.append(dataclasses.replace(job, group="" if rel == "." else rel))
    return out


def once_each(jobs: list[Job]) -> tuple[list[Job], list[str]]:
    """The jobs with each file (by its resolved path: `a.md ./a.md`, a file and its folder) checked once, at its
    first place, renumbered; and the files that were given more than once (each once)."""
    seen: set[str] = set()
    kept: list[Job] = []
    again: dict[str, None] = {}
    for j in jobs:
        real = os.path.realpath(j.target)
        if real in seen:
            again[j.target] = None
            continue
        seen.add(real)
        kept.append(j)
    if not again:
        return jobs, []
    return [dataclasses.replace(j, index=k) for k, j in enumerate(kept)], list(again)


def _find_reference(stem: str, rel_dir: str, references: str) -> str | None:
    for base in (os.path.join(references, rel_dir), references):
        for name in (f"{stem}.zh.md", f"{stem}.md", f"{stem}.txt"):
            p = os.path.normpath(os.path.join(base, name))
            if os.path.isfile(p):
                return p
    return None


def from_manifest(manifest: str, again: list[str] | None = None, originals: str | None = None,
                  originals_index: str | None = None) -> list[Job]:
    """CSV with header source,target (and optionally reference); paths relative to the manifest. A row naming the
    target of an earlier row with the same source and reference (by resolved path), or with none where the other has
    one (_joins), is checked once, at its first place, with the source and reference given; `again`, when
    given, receives where each repeat is (`m.csv line 3`), for the notice `once_each` gives for paths given twice.
    A row with no source is paired through `originals` and `originals_index` when given (_paired), as a folder's
    article is (HOSTILE27 #6: both were ignored, the row checked alone with no word)."""
    p = Path(manifest)
    if not p.is_file():
        raise InputError(manifest, "no such manifest file", "missing")
    base = p.parent
    with _text_file(manifest) as fh:
        reader = csv.DictReader(fh, strict=True)
        try:
            jobs = _manifest_jobs(manifest, base, reader, [] if again is None else again)
        except csv.Error as exc:  # an unterminated quote: line_num is that of the last row read
            raise InputError(manifest, f"is not valid CSV from line {reader.line_num + 1} ({exc})", "manifest") from None
    if not jobs:
        raise InputError(manifest, "has no row to audit", "manifest")
    if originals or originals_index:
        by_url = originals_by_url(originals, originals_index)
        jobs = [_paired(j, originals, by_url) if j.source is None else j for j in jobs]
    # grouped (once paired: _paired looks under `originals` by the row's folder as written) by the folder relative to
    # the manifest's, so that one folder is one row of the summary whatever the spelling (HOSTILE28 #6: `a`, `./a`,
    # `b/../a` and `/abs/…/a` were four)
    return _grouped(jobs, os.path.abspath(base))


def _paired(job: Job, originals: str | None, by_url: dict[str, list[str]]) -> Job:
    """A manifest row's job with no source, paired as _job pairs a folder's article: by file name under `originals`
    (not beside the target: a row's empty source there says to check it alone), else by its 原文 URL in the index
    or among the pages under `originals`; unchanged when neither finds one."""
    source, note = _find_by_name(_stem(os.path.basename(job.target)), job.group, [originals], job.target) if originals else (None, "")
    url = header_url(job.target)
    if source is None and url and (same := by_url.get(normalise(url))):
        source = same[0]
        if len(same) > 1:
            note = "; ".join(n for n in (note, f"{job.target}: checked against {source}, not {_passed_over(same)}: all are pages of {normalise(url)}") if n)
    if source is None:
        return job
    note_input(source)
    return dataclasses.replace(job, source=source, note=note)


MANIFEST_COLUMNS = ("source", "target", "reference")
"""The columns of an audit manifest that are read (any other is ignored), named in any case (`Source`, as spreadsheets write it)."""


def _manifest_header(manifest: str, reader: csv.DictReader[str]) -> None:
    """Read the manifest's header, its names in lower case; InputError when it lacks source or target, or names a
    column that is read twice (HOSTILE26 #9: `source,target,target` took the last target silently)."""
    names = [name.lower() for name in reader.fieldnames or ()]
    if "target" not in names or "source" not in names:
        raise InputError(manifest, "needs a header with source and target columns (in any case)", "manifest")
    for column in MANIFEST_COLUMNS:
        if names.count(column) > 1:
            raise InputError(manifest, f"line {reader.line_num}: the column {column} is given twice", "manifest")
    reader.fieldnames = names


def _beside(base: Path, cell: str) -> str:
    """A manifest cell's file, relative to the manifest's folder. A file named `-` (`-`, `./-`) is that file, never
    standard input (HOSTILE26 #7: `Path(".") / "./-"` is `-`, which the loader reads as standard input)."""
    path = str(base / cell)
    return path if path != "-" else os.path.join(os.curdir, "-")


def _manifest_jobs(manifest: str, base: Path, reader: csv.DictReader[str], again: list[str]) -> list[Job]:
    _manifest_header(manifest, reader)
    jobs: list[Job] = []
    by_target: dict[str, list[int]] = {}  # a target's resolved path → its jobs
    resolved: list[tuple[str | None, str | None]] = []  # each job's source and reference by resolved path (_joins)
    real: dict[str, str] = {}  # a path → its resolved path, each resolved once

    def resolve(q: str | None) -> str | None:
        if q is not None and q not in real:
            real[q] = os.path.realpath(q)
        return None if q is None else real[q]

    for row in reader:
        named, source_cell, ref_cell = ((row.get(column) or "").strip() for column in ("target", "source", "reference"))
        if not named:
            if any(v.strip() for v in row.values() if isinstance(v, str)):
                raise InputError(manifest, f"line {reader.line_num}: has no target (fewer fields than the header, or an empty one)", "manifest")
            continue
        target = _beside(base, named)
        source = _beside(base, source_cell) if source_cell else None
        ref = _beside(base, ref_cell) if ref_cell else None
        for q in (target, source, ref):
            if q:
                note_input(q)
        earlier = by_target.setdefault(os.path.realpath(target), [])
        row_paths = (resolve(source), resolve(ref))
        k = next((k for k in earlier if _joins(resolved[k], row_paths)), None)
        if k is not None:
            again.append(f"{manifest} line {reader.line_num}")
            jobs[k] = dataclasses.replace(jobs[k], source=jobs[k].source or source, reference=jobs[k].reference or ref)
            resolved[k] = (resolved[k][0] or row_paths[0], resolved[k][1] or row_paths[1])
            continue
        earlier.append(len(jobs))
        resolved.append(row_paths)
        jobs.append(Job(len(jobs), target, source, ref, os.path.dirname(named), _year(_below(str(base), target), header_url(target))))
    return jobs


def _joins(job: tuple[str | None, str | None], row: tuple[str | None, str | None]) -> bool:
    """Whether a manifest row of a job's target is the same check: its source and reference (resolved paths, `row`)
    are the job's (`job`, likewise) or missing on one side. Rows that differ only in that one gives a source or a
    reference and the other none were checked and counted twice (hostile 24 bug 8): now once, with the source and
    reference of the row that has one; two different originals (or references) of one translation stay two checks.
    The paths are resolved once per row by the caller: resolved again for every earlier row of the same target, a
    manifest of one translation against 1,000 originals took 28 CPU s to read, 2,000 115 (hostile 49)."""
    return all(a is None or b is None or a == b for a, b in zip(job, row, strict=True))
