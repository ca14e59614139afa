"""A self-contained HTML report: the aligned article side by side, findings marked in place.

One file, no network: inline CSS and JavaScript; filters by category and severity; every piece of
article text is escaped (an article that contains `<script>` shows it, never runs it).
"""

from __future__ import annotations

import bisect
import html
import json
from collections import Counter

from transqa import __version__
from transqa.engine import Result
from transqa.findings import Finding, Location
from transqa.model import Block

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
.fix{color:#1b5e20}.hidden{display:none}.plain mark{background:none;cursor:auto}
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
    var shown=document.querySelectorAll('li.finding:not(.hidden)').length;
    document.getElementById('shown').textContent=shown;
  }
  document.querySelectorAll('.filters input').forEach(function(box){ box.addEventListener('change', apply); });
  apply();
})();
"""


def _index_of(block: Block, offset: int) -> int:
    """The first character of the block at or after a file offset: a binary search (the offsets are
    in file order), not a scan per mark (25,000 findings took minutes)."""
    n = len(block.offsets) - 1
    i = bisect.bisect_left(block.offsets, offset, 0, n)
    return i if i < n else len(block.text)


def _spans(block: Block, marks: list[tuple[Location, Finding, int]]) -> list[tuple[int, int, Finding, int]]:
    out = []
    for loc, f, n in marks:
        s = _index_of(block, loc.offset)
        e = _index_of(block, loc.end_offset) if loc.end_offset > loc.offset else s
        if e > s and not (s == 0 and e >= len(block.text) and len(block.text) > 40):  # a whole paragraph: listed, not marked
            out.append((s, e, f, n))
    out.sort(key=lambda x: (x[0], -x[1]))
    kept: list[tuple[int, int, Finding, int]] = []
    for sp in out:
        if kept and sp[0] < kept[-1][1]:
            continue  # overlapping marks: the finding is still listed below
        kept.append(sp)
    return kept


def _marked(block: Block | None, marks: list[tuple[Location, Finding, int]]) -> str:
    if block is None:
        return ""
    text = block.text
    pieces = []
    pos = 0
    for s, e, f, n in _spans(block, marks):
        pieces.append(html.escape(text[pos:s]))
        title = html.escape(f"{f.code} {f.message}", quote=True)
        pieces.append(
            f'<mark class="sev-{f.severity}" data-cat="{f.category}" data-sev="{f.severity}" data-f="{n}" title="{title}">'
            f"{html.escape(text[s:e])}</mark>"
        )
        pos = e
    pieces.append(html.escape(text[pos:]))
    body = "".join(pieces)
    if block.images:
        body += "".join(f' <span class="where">[image: {html.escape(im.src)}]</span>' for im in block.images)
    if block.kind in ("title", "heading"):
        body = f"<strong>{body}</strong>"
    return body


def _finding_li(f: Finding, n: int, r: Result) -> str:
    where = []
    if f.target:
        where.append(f"{html.escape(r.target_path)}:{f.target.line}:{f.target.column}")
    if f.source and r.source_path:
        where.append(f"EN {html.escape(r.source_path)}:{f.source.line}:{f.source.column}")
    fix = f'<br><span class="fix">→ {html.escape(f.suggestion)}</span>' if f.suggestion else ""
    return (
        f'<li class="finding" id="f{n}" data-cat="{f.category}" data-sev="{f.severity}">'
        f'<span class="code">{f.code}</span> <span class="sev {f.severity}">{f.severity}</span> '
        f"{html.escape(f.message)} <span class=\"where\">{' · '.join(where)}</span>{fix}</li>"
    )


def render_html(results: list[Result]) -> str:
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
    title = html.escape(results[0].target_path if len(results) == 1 else f"{len(results)} articles")
    data = html.escape(json.dumps({"findings": len(all_findings)}), quote=False)
    return f"""<!doctype html>
<html lang="zh-Hans"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<meta name="generator" content="transqa {__version__}"><title>transqa: {title}</title><style>{CSS}</style></head>
<body>
<header><h1>transqa report: {title}</h1>
<div class="counts"><span><b id="shown">{len(all_findings)}</b> of {len(all_findings)} findings shown</span>{"".join(f"<span>{by_sev[s]} {s}</span>" for s in sevs)}</div>
<div class="filters">{filters}</div></header>
<main>{"".join(sections)}</main>
<script type="application/json" id="summary">{data}</script>
<script>{JS}</script>
</body></html>
"""


def _document(r: Result) -> str:
    e = html.escape
    head = f'<p class="meta">{e(r.target_path)}' + (f" ← {e(r.source_path)}" if r.source_path else "") + "</p>"
    if r.error is not None:
        return head + f'<p class="notice">{e(str(r.error))}</p>'
    tgt, src = r.target, r.source
    assert tgt is not None
    counter = iter(range(1, 10**9))
    numbered = [(f, next(counter)) for f in r.findings]
    t_marks: dict[int, list] = {}
    s_marks: dict[int, list] = {}
    by_t: dict[int, list] = {}
    by_s: dict[int, list] = {}
    for f, n in numbered:
        if f.target_block is not None:
            by_t.setdefault(f.target_block, []).append((f, n))
            if f.target:
                t_marks.setdefault(f.target_block, []).append((f.target, f, n))
        elif f.source_block is not None:
            by_s.setdefault(f.source_block, []).append((f, n))
        if f.source_block is not None and f.source:
            s_marks.setdefault(f.source_block, []).append((f.source, f, n))
    rows = []
    if src is None:
        head += '<p class="notice">The original was not available: only the rules that need no original ran.</p>'
        for b in tgt.blocks:
            items = "".join(_finding_li(f, n, r) for f, n in by_t.get(b.index, []))
            rows.append(f'<tr><td class="idx">{b.line}</td><td class="zh">{_marked(b, t_marks.get(b.index, []))}'
                        f'{"<ul class=findings>" + items + "</ul>" if items else ""}</td></tr>')
        return head + '<table class="pair"><tr><th class="idx">line</th><th>中文</th></tr>' + "".join(rows) + "</table>"
    for bead in r.beads:
        sblocks = [src.blocks[i] for i in bead.source]
        tblocks = [tgt.blocks[j] for j in bead.target]
        items = []
        for b in tblocks:
            items.extend(by_t.get(b.index, []))
        for b in sblocks:
            items.extend(x for x in by_s.get(b.index, []) if x not in items)
        en = "<br><br>".join(_marked(b, s_marks.get(b.index, [])) for b in sblocks)
        zh = "<br><br>".join(_marked(b, t_marks.get(b.index, [])) for b in tblocks)
        lis = "".join(_finding_li(f, n, r) for f, n in sorted(items, key=lambda x: x[1]))
        cls = "missing" if not tblocks else ("added" if not sblocks else "")
        line = ",".join(str(b.line) for b in tblocks) or "–"
        rows.append(f'<tr class="{cls}"><td class="idx">{line}</td><td class="en">{en}</td><td class="zh">{zh}'
                    f'{"<ul class=findings>" + lis + "</ul>" if lis else ""}</td></tr>')
    return head + '<table class="pair"><tr><th class="idx">line</th><th>English</th><th>中文</th></tr>' + "".join(rows) + "</table>"


def render_index(entries: list[tuple[str, str, int, Counter]]) -> str:
    """An audit's index page: (target, report href, findings, counts by severity) per article."""
    e = html.escape
    rows = "".join(
        f'<tr><td><a href="{e(href, quote=True)}">{e(target)}</a></td><td class=n>{n}</td>'
        f'<td class=n>{c["error"]}</td><td class=n>{c["warning"]}</td><td class=n>{c["info"]}</td></tr>'
        for target, href, n, c in entries
    )
    return f"""<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>transqa audit</title><style>{CSS} td.n{{text-align:right}}</style></head>
<body><header><h1>transqa audit: {len(entries)} articles</h1></header><main>
<table class="pair"><tr><th>article</th><th>findings</th><th>errors</th><th>warnings</th><th>info</th></tr>{rows}</table>
</main></body></html>
"""
