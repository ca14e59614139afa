"""A self-contained HTML report: the aligned article side by side, findings marked in place.

One file, no network: inline CSS and JavaScript; filters by category and severity; every piece of
article text is escaped (an article that contains `<script>` shows it, never runs it).
"""

from __future__ import annotations

import bisect
import html
import json
from collections import Counter
from collections.abc import Sequence

from transqa import GENERATOR_META
from transqa.align.dp import Bead
from transqa.escape import counted, visible
from transqa.findings import Finding, Location
from transqa.model import Block, Document, Image
from transqa.registry import not_checked_alone
from transqa.report.header import matched_line
from transqa.result import Result, pair_mismatch

CSS = """
body{font:15px/1.6 system-ui,-apple-system,"Noto Sans CJK SC","PingFang SC",sans-serif;margin:0;color:#1d1d1f;background:#fafafa}
header{padding:1em 2em;background:#fff;border-bottom:1px solid #ddd;position:sticky;top:0;z-index:2}
h1{font-size:1.3em;margin:0 0 .3em}.meta{color:#555;font-size:.9em}.notice{color:#8a5a00;background:#fff6dd;padding:.3em .6em;border-radius:4px}
.counts span{display:inline-block;margin-right:1em}.filters label{margin-right:1em;white-space:nowrap}
main{padding:1em 2em}table.pair{width:100%;border-collapse:collapse;table-layout:fixed}
td{vertical-align:top;padding:.5em .8em;border-bottom:1px solid #eee;background:#fff;word-wrap:break-word}
td.en{color:#333}.idx{width:3.5em;color:#999;font-size:.8em}th{text-align:left;padding:.4em .8em;color:#666;font-weight:600}
mark{border-radius:3px;padding:0 1px;cursor:help}mark.sev-error{background:#ffd1d1}mark.sev-warning{background:#ffefb3}mark.sev-info{background:#d9ecff}
tr.missing td.zh,tr.added td.en{background:repeating-linear-gradient(45deg,#fff,#fff 6px,#f4f4f4 6px,#f4f4f4 12px)}
ul.findings{margin:.3em 0 .2em;padding-left:1.2em;font-size:.9em}ul.findings li{margin:.15em 0}
.code{font-family:ui-monospace,monospace;font-weight:600}.sev{font-size:.8em;padding:0 .4em;border-radius:3px;color:#fff}
.sev.error{background:#c62828}.sev.warning{background:#b26a00}.sev.info{background:#1565c0}.where{color:#777;font-size:.85em}
.fix{color:#1b5e20}.hidden{display:none}mark.plain{background:none;cursor:auto}
a.link{color:#0b57d0;text-decoration:underline dotted}.view{margin-top:.3em;font-size:.9em}
"""

JS = """
(function(){
  function apply(){
    var off=[];
    document.querySelectorAll('.filters input').forEach(function(box){ if(!box.checked){ off.push(box.value); } });
    document.querySelectorAll('[data-cat]').forEach(function(el){
      var hide = off.indexOf('cat-'+el.dataset.cat)>=0 || off.indexOf('sev-'+el.dataset.sev)>=0;
      if(el.tagName==='MARK'){ el.classList.toggle('plain', hide); } else { el.classList.toggle('hidden', hide); }
    });
    var only=document.getElementById('only-findings');
    document.querySelectorAll('tr.para').forEach(function(row){
      var n=row.querySelectorAll('li.finding:not(.hidden)').length;
      row.classList.toggle('hidden', !!(only && only.checked) && n===0);
    });
    var shown=document.querySelectorAll('li.finding:not(.hidden)').length;
    document.getElementById('shown').textContent=shown;
  }
  document.querySelectorAll('.filters input, #only-findings').forEach(function(box){ box.addEventListener('change', apply); });
  apply();
})();
"""


def _index_of(block: Block, offset: int) -> int:
    """The first character of the block at or after a file offset: a binary search (the offsets are
    in file order), not a scan per mark (25,000 findings took minutes)."""
    n = len(block.offsets) - 1
    i = bisect.bisect_left(block.offsets, offset, 0, n)
    return i if i < n else len(block.text)


def _nearly_whole(block: Block, s: int, e: int) -> bool:
    return len(block.text) > 12 and e - s >= 0.9 * len(block.text)


def _spans(block: Block, marks: list[tuple[Location, Finding, int]]) -> list[tuple[int, int, Finding, int]]:
    out = []
    for loc, f, n in marks:
        s = _index_of(block, loc.offset)
        e = _index_of(block, loc.end_offset) if loc.end_offset > loc.offset else s
        if e > s and not _nearly_whole(block, s, e):  # (nearly) a whole paragraph: listed, not marked (see _whole_mark)
            out.append((s, e, f, n))
    out.sort(key=lambda x: (x[0], -x[1]))
    kept: list[tuple[int, int, Finding, int]] = []
    for sp in out:
        if kept and sp[0] < kept[-1][1]:
            continue  # overlapping marks: the finding is still listed below
        kept.append(sp)
    return kept


def _whole_mark(block: Block, marks: list[tuple[Location, Finding, int]], body: str) -> str:
    """The source side: a finding about (nearly) the whole paragraph (an omitted paragraph, TQA001; one left in
    English, TQA401) marks the whole of it, around the smaller marks, so that the English reader sees which paragraph
    of a row it is about; the Chinese side lists such findings under the paragraph instead."""
    whole = [(f, n) for loc, f, n in marks  # a block of an image alone: its place (zero-length) is the image
             if not block.text or _nearly_whole(block, _index_of(block, loc.offset), _index_of(block, loc.end_offset))]
    if not whole:
        return body
    f, n = min(whole, key=lambda x: x[1])
    title = html.escape(" · ".join(f"{g.code} {g.message}" for g, _m in whole), quote=True)
    return (f'<mark class="sev-{f.severity} whole" data-cat="{f.category}" data-sev="{f.severity}" data-f="{n}" '
            f'title="{title}">{body}</mark>')


def _marked(block: Block | None, marks: list[tuple[Location, Finding, int]], source: bool = False) -> str:
    """The block's text, escaped, with its links as links (their target on hover) and the findings'
    spans marked. Text is cut into runs of one (link, mark) each, so a mark across a link's edge stays valid.
    A `source` block also marks the findings about the whole of it (_whole_mark)."""
    if block is None:
        return ""
    import heapq

    text = block.text
    spans = _spans(block, marks)
    cuts = {0, len(text)}
    for s, e, _f, _n in spans:
        cuts.update((s, e))
    for ln in block.links:
        cuts.update((max(0, ln.start), min(len(text), ln.end)))
    pieces = []
    points = sorted(c for c in cuts if 0 <= c <= len(text))
    # one sweep over the pieces: the spans are sorted and disjoint (a pointer), the links are taken in
    # by start and the first listed one that still covers the piece wins (a heap): n log n, not pieces × marks
    by_start = sorted(range(len(block.links)), key=lambda k: block.links[k].start)
    open_links: list[tuple[int, int]] = []  # (list position, end)
    si = li = 0
    for s, e in zip(points, points[1:], strict=False):
        if e <= s:
            continue
        piece = html.escape(text[s:e])
        while si < len(spans) and spans[si][1] <= s:
            si += 1
        mark = spans[si] if si < len(spans) and spans[si][0] <= s and e <= spans[si][1] else None
        while li < len(by_start) and block.links[by_start[li]].start <= s:
            heapq.heappush(open_links, (by_start[li], block.links[by_start[li]].end))
            li += 1
        while open_links and open_links[0][1] < e:
            heapq.heappop(open_links)  # ended before this piece: it covers no later piece either
        if mark is not None:
            f, n = mark[2], mark[3]
            title = html.escape(f"{f.code} {f.message}", quote=True)
            piece = (f'<mark class="sev-{f.severity}" data-cat="{f.category}" data-sev="{f.severity}" data-f="{n}" '
                     f'title="{title}">{piece}</mark>')
        link = block.links[open_links[0][0]] if open_links else None
        if link is not None:
            href = link.href if link.href.lower().startswith(("http://", "https://", "mailto:", "#", "/")) else "#"
            piece = (f'<a class="link" href="{html.escape(href, quote=True)}" title="{html.escape(link.href, quote=True)}" '
                     f'rel="noopener noreferrer" target="_blank">{piece}</a>')
        pieces.append(piece)
    body = "".join(pieces)
    if block.images:
        body += "".join(_image_note(im) for im in block.images)
    if source:
        body = _whole_mark(block, marks, body)
    if block.kind in ("title", "heading"):
        body = f"<strong>{body}</strong>"
    return body


def _image_note(im: Image) -> str:
    """A block's image as a note after its text: `[image: src]`, or, for a player the page embeds (a video's iframe,
    object or embed: `Image.player`), `[embedded player: src]` with the address as a link where it is a web address
    (a YouTube `<object>` was shown as `[image: http://www.youtube.com/v/…]`: the release-29 newcomer's item 15)."""
    if not im.player:
        return f' <span class="where">[image: {html.escape(im.src)}]</span>'
    shown = html.escape(im.src)
    if im.src.lower().startswith(("http://", "https://", "//")):
        shown = (f'<a class="link" href="{html.escape(im.src, quote=True)}" rel="noopener noreferrer" '
                 f'target="_blank">{shown}</a>')
    return f' <span class="where embed">[embedded player: {shown}]</span>'


def _finding_li(f: Finding, n: int, r: Result) -> str:
    """A finding's list item: its code, severity, message, places and suggestion. The places are `ZH line:column` and
    `EN line:column`: the files are named once, at the head of the article (the full path before every finding of an
    article was repeated dozens of times: newcomer 41 item 8)."""
    where = []
    if f.target:
        where.append(f"ZH {f.target.line}:{f.target.column}")
    if f.source and r.source_path:
        where.append(f"EN {f.source.line}:{f.source.column}")
    fix = f'<br><span class="fix">→ {html.escape(f.suggestion)}</span>' if f.suggestion else ""
    return (
        f'<li class="finding" id="f{n}" data-cat="{f.category}" data-sev="{f.severity}">'
        f'<span class="code">{f.code}</span> <span class="sev {f.severity}">{f.severity}</span> '
        f"{html.escape(f.message)} <span class=\"where\">{' · '.join(where)}</span>{fix}</li>"
    )


def render_html(results: list[Result], back: str | None = None) -> str:
    """A self-contained HTML page: each pair side by side, findings marked in the text; `back`, the address of the
    audit's index page when the page is one of an `--html-dir` site (a link to it heads the page)."""
    sections = []
    all_findings: list[Finding] = []
    for r in results:
        sections.append(_document(r))
        all_findings.extend(r.findings)
    cats = sorted({f.category for f in all_findings})
    sevs = [s for s in ("error", "warning", "info") if any(str(f.severity) == s for f in all_findings)]
    by_sev = Counter(str(f.severity) for f in all_findings)
    by_cat = Counter(f.category for f in all_findings)
    filters = "".join(f'<label><input type="checkbox" value="sev-{s}" checked> {s} ({by_sev[s]})</label>' for s in sevs)
    filters += "".join(f'<label><input type="checkbox" value="cat-{c}" checked> {c} ({by_cat[c]})</label>' for c in cats)
    title = html.escape(results[0].target_path if len(results) == 1 else counted(len(results), "article"))
    data = html.escape(json.dumps({"findings": len(all_findings)}), quote=False)
    # visible(): no control character of the article (ESC of a terminal sequence, BEL) reaches the page raw
    return visible(f"""<!doctype html>
<html lang="zh-Hans"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
{GENERATOR_META}<title>transqa: {title}</title><style>{CSS}</style></head>
<body>
<header>{_back_link(back)}<h1>transqa report: {title}</h1>
<div class="counts"><span><b id="shown">{len(all_findings)}</b> of {counted(len(all_findings), "finding")} shown</span>{"".join(f"<span>{counted(by_sev[s], s) if s != 'info' else f'{by_sev[s]} info'}</span>" for s in sevs)}</div>
<div class="filters">{filters}</div>
<div class="view"><label><input type="checkbox" id="only-findings"> only paragraphs with findings</label></div></header>
<main>{"".join(sections)}</main>
<script type="application/json" id="summary">{data}</script>
<script>{JS}</script>
</body></html>
""")


Marks = dict[int, list[tuple[Location, Finding, int]]]
Listed = dict[int, list[tuple[Finding, int]]]


class _BlocksByOffset:
    """The block of a document whose text holds a file offset (a finding that gives a source place but no block): the
    first block, in order, whose first and last characters' offsets bound it. Blocks in file order that do not overlap
    (a parsed file's) are looked up by bisection, once indexed per report; others are scanned in order, as before (a
    scan per finding was quadratic in findings × blocks)."""

    def __init__(self, doc: Document | None) -> None:
        self.spans = [(b.offsets[0], b.offsets[-1], b.index) for b in (doc.blocks if doc is not None else ()) if b.offsets]
        self.starts = [lo for lo, _, _ in self.spans]
        self.ordered = all(a[1] < b[0] for a, b in zip(self.spans, self.spans[1:], strict=False))

    def at(self, offset: int) -> int | None:
        if not self.ordered:
            return next((i for lo, hi, i in self.spans if lo <= offset <= hi), None)
        k = bisect.bisect_right(self.starts, offset) - 1
        return self.spans[k][2] if k >= 0 and offset <= self.spans[k][1] else None


def _index_findings(findings: list[Finding], beads: Sequence[Bead] = (), source: Document | None = None) -> tuple[Marks, Marks, Listed, Listed]:
    """The findings numbered from 1, by block: marks in target blocks, marks in source blocks,
    findings listed under a target block, findings listed under a source block (no target block, or a source
    block of a bead with no translation: an omitted paragraph's finding names the next
    paragraph as where to insert it, but belongs on the row of the paragraph that is missing)."""
    t_marks: Marks = {}
    s_marks: Marks = {}
    by_t: Listed = {}
    by_s: Listed = {}
    untranslated = {i for b in beads if not b.target for i in b.source}
    blocks: _BlocksByOffset | None = None
    for n, f in enumerate(findings, start=1):
        sblock = f.source_block
        if sblock is None and f.source is not None:  # a place but no block: an image-only paragraph (TQA104)
            blocks = blocks or _BlocksByOffset(source)
            sblock = blocks.at(f.source.offset)
        if sblock is not None and sblock in untranslated:  # on the row of the missing paragraph or image, not under the
            by_s.setdefault(sblock, []).append((f, n))  # next one, where its target place says to insert it (newcomer 35)
        elif f.target_block is not None:
            by_t.setdefault(f.target_block, []).append((f, n))
            if f.target:
                t_marks.setdefault(f.target_block, []).append((f.target, f, n))
        elif f.source_block is not None:
            by_s.setdefault(f.source_block, []).append((f, n))
        if sblock is not None and f.source:  # every source place marked on the source side
            s_marks.setdefault(sblock, []).append((f.source, f, n))
    return t_marks, s_marks, by_t, by_s


def _alignment_head(r: Result) -> str:
    """What the terminal report says above the findings: the original the 原文 header names, and for a pair what was
    matched (the weakly paired groups by place) and the warning that the files may not belong together: a reviewer
    reading only the page can tell whether the alignment is to be trusted."""
    e = html.escape
    url = r.target.metadata.get("source_url", "") if r.target is not None else ""
    head = ""
    if url:
        shown = f'<a href="{e(url)}">{e(url)}</a>' if url.lower().startswith(("https://", "http://")) else e(url)
        head += f'<p class="meta">原文: {shown}</p>'
    if r.source is not None and r.target is not None:
        head += f'<p class="meta">{e(matched_line(r))}</p>'
        if mismatch := pair_mismatch(r):
            head += f'<p class="notice">warning: {e(mismatch)}</p>'
    return head


def _alone_head(r: Result) -> str:
    """What the page says of a translation checked alone: the rules that did not run, and the original beside it with
    the command that checks the pair, when there is one (as the text report and check's notice give it)."""
    e = html.escape
    head = (f'<p class="notice">Checked without the original: only the rules that need no original ran. Not checked: '
            f'{e(not_checked_alone())}.</p>')
    if r.beside is not None:
        head += (f'<p class="notice">{e(r.beside[0])} beside it looks like its original, not used unless named: check '
                 f'the pair with <code>{e(r.beside[1])}</code></p>')
    return head


def _document(r: Result) -> str:
    e = html.escape
    head = f'<p class="meta">{e(r.target_path)}' + (f" ← {e(r.source_path)}" if r.source_path else "") + "</p>"
    if r.error is not None:
        return head + f'<p class="notice">{e(str(r.error))}</p>'
    tgt, src = r.target, r.source
    assert tgt is not None
    head += _alignment_head(r)
    t_marks, s_marks, by_t, by_s = _index_findings(r.findings, r.beads, r.source)
    rows = []
    if src is None:
        head += _alone_head(r)
        for b in tgt.blocks:
            items = "".join(_finding_li(f, n, r) for f, n in by_t.get(b.index, []))
            rows.append(f'<tr class="para"><td class="idx">{b.line}</td><td class="zh">{_marked(b, t_marks.get(b.index, []))}'
                        f'{"<ul class=findings>" + items + "</ul>" if items else ""}</td></tr>')
        return head + '<table class="pair"><tr><th class="idx">line</th><th>中文</th></tr>' + "".join(rows) + "</table>"
    for bead in r.beads:
        sblocks = [src.blocks[i] for i in bead.source]
        tblocks = [tgt.blocks[j] for j in bead.target]
        listed: list[tuple[Finding, int]] = []
        for b in tblocks:
            listed.extend(by_t.get(b.index, []))
        seen = {n for _f, n in listed}  # a set, not a scan of the list per finding
        for b in sblocks:
            listed.extend(x for x in by_s.get(b.index, []) if x[1] not in seen)
        en = "<br><br>".join(_marked(b, s_marks.get(b.index, []), source=True) for b in sblocks)
        zh = "<br><br>".join(_marked(b, t_marks.get(b.index, [])) for b in tblocks)
        lis = "".join(_finding_li(f, n, r) for f, n in sorted(listed, key=lambda x: x[1]))
        cls = "para missing" if not tblocks else ("para added" if not sblocks else "para")
        en_line, zh_line = (",".join(str(b.line) for b in side) or "–" for side in (sblocks, tblocks))
        rows.append(f'<tr class="{cls}"><td class="idx">{en_line}</td><td class="en">{en}</td><td class="idx">{zh_line}</td><td class="zh">{zh}'
                    f'{"<ul class=findings>" + lis + "</ul>" if lis else ""}</td></tr>')
    # each side's own line numbers: a finding's `EN file:276:8` is found on its row (the English column had none)
    return (head + '<table class="pair"><tr><th class="idx">line</th><th>English</th><th class="idx">line</th><th>中文</th></tr>'
            + "".join(rows) + "</table>")


def _back_link(href: str | None) -> str:
    """The link an `--html-dir` article page opens with, back to the audit's index (none on a lone report)."""
    return "" if href is None else f'<nav><a href="{html.escape(href, quote=True)}">← all articles of this audit</a></nav>'


def render_index(entries: list[tuple[str, str, int, Counter[str]]], summary: str | None = None) -> str:
    """An audit's index page: (target, report href, findings, counts by severity) per article, most errors first (then
    warnings, then info; ties in input order; not "worst": the summary's articles by score rank by a weighed rate, newcomer 26 item 11): in input order a maintainer opening only the index of
    200 articles saw a flat list (newcomer 24b item 23). Number columns are right-aligned under right-aligned
    headers, in a table sized by its content. `summary`: the address of the audit's HTML summary (--summary FILE.html),
    linked above the table (newcomer 25 item 13: the index and the pages were not linked to each other)."""
    e = html.escape
    worst = sorted(entries, key=lambda x: (-x[3]["error"], -x[3]["warning"], -x[3]["info"]))  # stable: input order in ties
    rows = "".join(
        f'<tr><td><a href="{e(href, quote=True)}">{e(target)}</a></td><td class=n>{n}</td>'
        f'<td class=n>{c["error"]}</td><td class=n>{c["warning"]}</td><td class=n>{c["info"]}</td></tr>'
        for target, href, n, c in worst
    )
    style = "table.index{border-collapse:collapse;table-layout:auto}table.index td.n,table.index th.n{text-align:right;width:6em}"
    return visible(f"""<!doctype html>
<html lang="en"><head><meta charset="utf-8">{GENERATOR_META}<title>transqa audit</title><style>{CSS}{style}</style></head>
<body><header><h1>transqa audit: {counted(len(entries), "article")}</h1></header><main>
{f'<p><a href="{e(summary, quote=True)}">The audit&#39;s summary</a>: findings by rule, the articles by score, by folder and by year.</p>' if summary else ""}
<p>Most errors first: by errors, then warnings, then info (articles with as many in input order; the summary ranks them by score).</p>
<table class="index"><thead><tr><th>article</th><th class=n>findings</th><th class=n>errors</th><th class=n>warnings</th><th class=n>info</th></tr></thead>
<tbody>{rows}</tbody></table>
</main></body></html>
""")
