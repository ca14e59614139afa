"""Defect-injection benchmark pairs built from professional WMT English→Chinese translations.

Documents come from the doc ids of the WMT metadata (one paragraph per line). About a third of the
pairs stay clean (controls); the others get 1-3 realistic defects in the Chinese, each with a gold
label (category, kind, target paragraph), and some get paragraph merges or splits, which are not
defects but change the alignment. Everything is seeded: the same seed gives the same benchmark.
"""

from __future__ import annotations

import collections
import json
import random
import re
from dataclasses import dataclass, field
from pathlib import Path

from transqa.lang.script import latin_tokens
from transqa.quantities import chinese_quantities, english_quantities

CATEGORIES = ("number", "link", "name", "untranslated", "omission")


@dataclass
class Unit:
    """One Chinese paragraph and the source paragraphs it translates."""

    text: str
    src: tuple[int, ...]
    uid: int = 0


@dataclass
class Defect:
    category: str
    kind: str
    uid: int | None  # the Chinese paragraph it is in (None: a deleted paragraph)
    src: int | None = None  # for deleted paragraphs: the source paragraph
    target_block: int | None = None  # filled in when the document is written


@dataclass
class Pair:
    name: str
    en: list[str]
    units: list[Unit]
    defects: list[Defect] = field(default_factory=list)
    en_links: dict[int, list[tuple[str, str]]] = field(default_factory=dict)

    def source_markdown(self) -> str:
        return "\n\n".join(self.en) + "\n"

    def target_markdown(self) -> str:
        return "\n\n".join(u.text for u in self.units) + "\n"

    def gold_beads(self) -> list[tuple[tuple[int, ...], tuple[int, ...]]]:
        beads: list[tuple[tuple[int, ...], tuple[int, ...]]] = []
        covered: set[int] = set()
        j = 0
        units = self.units
        while j < len(units):
            k = j
            while k + 1 < len(units) and units[k + 1].src == units[j].src and units[j].src:
                k += 1
            src = units[j].src
            # source paragraphs skipped before this bead are omissions (1-0 beads)
            if src:
                for i in range(len(self.en)):
                    if i < src[0] and i not in covered:
                        beads.append(((i,), ()))
                        covered.add(i)
            beads.append((src, tuple(range(j, k + 1))))
            covered.update(src)
            j = k + 1
        for i in range(len(self.en)):
            if i not in covered:
                beads.append(((i,), ()))
        return beads


_BAD_START = re.compile(r"^\s*([#>*+\-=|`~]|\d+[.)]\s|<)")


def load_documents(shared: Path, news_only: bool = False) -> list[tuple[str, list[tuple[str, str]]]]:
    """WMT22 and WMT23 news documents and all WMT24 documents (news_only: WMT24's news ones only)."""
    wmt = shared / "corpora/wmt"
    sets = [
        ("wmt24", "wmt24_general_en-zh/txt/sources/en-zh.txt", "wmt24_general_en-zh/txt/references/en-zh.refA.txt", "wmt24_general_en-zh/txt/metadata/en-zh.jsonl", None),
        ("wmt22", "wmt22_general_en-zh/txt/sources/generaltest2022.en-zh.src.en", "wmt22_general_en-zh/txt/references/generaltest2022.en-zh.ref.A.zh", "wmt22_general_en-zh/txt/metainfo/generaltest2022.en-zh.meta.derived.jsonl", "news"),
        ("wmt23", "wmt23_general_en-zh/txt/sources/generaltest2023.en-zh.src.en", "wmt23_general_en-zh/txt/references/generaltest2023.en-zh.ref.refA.zh", "wmt23_general_en-zh/txt/metainfo/generaltest2023.en-cs.meta.jsonl", "news"),
    ]
    docs: list[tuple[str, list[tuple[str, str]]]] = []
    for tag, s, r, m, domain in sets:
        wanted = domain or ("news" if news_only else None)
        src = (wmt / s).read_text(encoding="utf-8").split("\n")
        ref = (wmt / r).read_text(encoding="utf-8").split("\n")
        meta = [json.loads(x) for x in (wmt / m).read_text(encoding="utf-8").splitlines() if x.strip()]
        grouped: dict[str, list[tuple[str, str]]] = collections.OrderedDict()
        for a, b, info in zip(src, ref, meta, strict=False):
            if wanted and info.get("domain") != wanted:
                continue
            if info.get("docid") == "canary":
                continue
            grouped.setdefault(info["docid"], []).append((a.strip(), b.strip()))
        for docid, pairs in grouped.items():
            pairs = [(a, b) for a, b in pairs if a and b]
            if len(pairs) < 3 or any(_BAD_START.match(a) or _BAD_START.match(b) for a, b in pairs):
                continue
            docs.append((f"{tag}-{docid}", pairs))
    return docs


# ----------------------------------------------------------------------------------------- defects
def _replace(text: str, s: int, e: int, new: str) -> str:
    return text[:s] + new + text[e:]


def _free(p: Pair) -> list[Unit]:
    taken = {d.uid for d in p.defects}
    return [u for u in p.units if u.uid not in taken]


def inject_number(p: Pair, rng: random.Random) -> bool:
    cands = []
    for u in _free(p):
        if len(u.src) != 1:
            continue
        en_q = [q for q in english_quantities(p.en[u.src[0]]) if not q.soft]
        links = [m.span() for m in re.finditer(r"\]\([^)]*\)", u.text)]
        for q in chinese_quantities(u.text):
            if q.soft or q.kind == "ratio" or any(s <= q.start < e for s, e in links) or q.text.lstrip().startswith("."):
                continue  # (".35" would become ".350": the same value, not a defect)
            if any(q.same(e) for e in en_q):
                cands.append((u, q))
    if not cands:
        return False
    u, q = rng.choice(cands)
    t = q.text
    kinds = ["magnitude", "digits", "delete"]
    if re.search(r"[万亿]", t):
        kinds.append("wan-yi")
    if q.kind == "money" and re.search("美元|欧元|英镑|元", t):
        kinds.append("currency")
    if q.kind == "percent":
        kinds.append("percent")
    kind = rng.choice(kinds)
    m = re.search(r"\d+(?:[,，]\d{3})*(?:\.\d+)?", t)
    if kind in ("magnitude", "digits", "percent") and not m:
        kind = "delete"
    if kind == "wan-yi":
        new = t.replace("万", "\0").replace("亿", "万").replace("\0", "亿") if "万" in t else t.replace("亿", "万")
    elif kind == "currency":
        for a, b in (("美元", "欧元"), ("欧元", "英镑"), ("英镑", "美元"), ("元", "美元")):
            if a in t:
                new = t.replace(a, b, 1)
                break
    elif kind in ("magnitude", "digits", "percent"):
        assert m is not None
        digits = m.group(0).replace(",", "").replace("，", "")
        value = float(digits)
        if kind == "magnitude":
            factor = rng.choice([10, 100])
            nv = value * factor
        else:
            nv = value + rng.choice([1, 2, 3, 7]) * (10 ** max(0, len(digits.split(".")[0]) - 2))
        s = f"{nv:.10g}" if "." in digits else str(int(nv))
        if "," in m.group(0):
            s = f"{int(nv):,}"
        new = t[: m.start()] + s + t[m.end() :]
    else:  # delete the figure
        new = ""
    if new == t:
        return False
    u.text = _replace(u.text, q.start, q.end, new)
    p.defects.append(Defect("number", kind, u.uid))
    return True


def _shared_anchor(p: Pair, u: Unit) -> str | None:
    en = p.en[u.src[0]]
    en_tokens = {t for _, _, t in latin_tokens(en) if t[:1].isupper() and len(t) >= 3}
    for _, _, t in latin_tokens(u.text):
        if t in en_tokens and en.count(t) == 1 and u.text.count(t) == 1 and "[" not in u.text and "[" not in en:
            return t
    return None


def inject_link(p: Pair, rng: random.Random, defect: bool = True) -> bool:
    cands = [(u, a) for u in _free(p) if len(u.src) == 1 for a in [_shared_anchor(p, u)] if a]
    if not cands:
        return False
    u, anchor = rng.choice(cands)
    i = u.src[0]
    slug = re.sub(r"[^a-z0-9]+", "-", anchor.lower()).strip("-") or "x"
    url = f"https://news.example.com/{slug}/{rng.randint(100, 999)}"
    p.en[i] = p.en[i].replace(anchor, f"[{anchor}]({url})", 1)
    wrapped = f"https://web.archive.org/web/2023{rng.randint(10**9, 10**10 - 1)}/{url}" if rng.random() < 0.5 else url
    kind = rng.choice(["drop", "retarget", "drop-with-anchor"]) if defect else "kept"
    if kind == "kept":
        u.text = u.text.replace(anchor, f"[{anchor}]({wrapped})", 1)
        return True
    if kind == "retarget":
        u.text = u.text.replace(anchor, f"[{anchor}]({url.rsplit('/', 1)[0]}/{rng.randint(1000, 9999)})", 1)
    elif kind == "drop-with-anchor":
        u.text = u.text.replace(anchor, "", 1)
    p.defects.append(Defect("link", kind, u.uid))
    return True


def inject_name(p: Pair, rng: random.Random) -> bool:
    cands = [(u, a) for u in _free(p) if len(u.src) == 1 for a in [_shared_anchor(p, u)] if a and len(a) >= 4 and a.isalpha()]
    kind = rng.choice(["spacing", "case", "spaced-dots", "sentence-break", "stray-token"])
    if kind == "stray-token":
        han = [u for u in _free(p) if re.search(r"[\u4e00-\u9fff]{3}", u.text) and not re.search(r"[A-Z]\d", u.text)]
        if not han:
            return False
        u = rng.choice(han)
        ms = list(re.finditer(r"[\u4e00-\u9fff]{2}(?=[\u4e00-\u9fff])", u.text))
        m = rng.choice(ms)
        u.text = _replace(u.text, m.end(), m.end(), f" T{rng.randint(1, 6)} ")
        p.defects.append(Defect("name", kind, u.uid))
        return True
    if not cands:
        return False
    u, name = rng.choice(cands)
    cut = len(name) // 2
    if kind == "spacing":
        new = name[:cut].lower() + " " + name[cut:].upper()
    elif kind == "case":
        new = name.lower() if name != name.lower() else name.upper()
        if sum(1 for x in p.units for _ in re.finditer(re.escape(name), x.text)) < 1:
            return False
    elif kind == "spaced-dots":
        new = name[:cut].lower() + " . " + name[cut:].lower()
    else:
        new = name[:cut] + " 说。" + name[cut:].capitalize()
    u.text = u.text.replace(name, new, 1)
    p.defects.append(Defect("name", kind, u.uid))
    return True


def inject_untranslated(p: Pair, rng: random.Random) -> bool:
    cands = [u for u in _free(p) if len(u.src) == 1 and len(p.en[u.src[0]].split()) >= 8 and "。" in u.text[:-1]]
    if not cands:
        return False
    u = rng.choice(cands)
    en = p.en[u.src[0]]
    if rng.random() < 0.5:
        # the last sentence left in English
        sents = re.split(r"(?<=[.!?])\s+", en)
        zh_sents = re.split(r"(?<=[。！？])", u.text)
        zh_sents = [s for s in zh_sents if s]
        if len(zh_sents) < 2 or len(sents[-1].split()) < 4:
            return False
        u.text = "".join(zh_sents[:-1]) + sents[-1]
        kind = "sentence"
    else:
        clauses = [c.strip() for c in re.split(r"[,;]", en) if 3 <= len(c.split()) <= 12]
        zh_clauses = list(re.finditer(r"[^，。！？；]{4,}(?=，)", u.text))
        if not clauses or not zh_clauses:
            return False
        c = rng.choice(clauses).rstrip(".")
        m = rng.choice(zh_clauses)
        u.text = _replace(u.text, m.start(), m.end(), c)
        kind = "clause"
    p.defects.append(Defect("untranslated", kind, u.uid))
    return True


def inject_omission(p: Pair, rng: random.Random, others: list[str]) -> bool:
    kind = rng.choice(["delete", "truncate", "insert"])
    free = {u.uid for u in _free(p)}
    singles = [k for k, u in enumerate(p.units) if u.uid in free and len(u.src) == 1 and sum(1 for x in p.units if x.src == u.src) == 1]
    if kind == "delete" and len(p.units) > 3 and singles:
        k = rng.choice(singles[1:] or singles)
        u = p.units.pop(k)
        p.defects = [d for d in p.defects if d.uid != u.uid]
        p.defects.append(Defect("omission", kind, None, src=u.src[0]))
        return True
    if kind == "truncate":
        cands = [p.units[k] for k in singles if len(p.units[k].text) >= 60 and "，" in p.units[k].text[len(p.units[k].text) // 3 :]]
        if not cands:
            return False
        u = rng.choice(cands)
        cut = u.text.index("，", len(u.text) // 3)
        if cut < len(u.text) * 0.55:
            u.text = u.text[:cut] + "。"
            p.defects.append(Defect("omission", kind, u.uid))
            return True
        return False
    if kind == "insert" and others:
        text = rng.choice(others)
        if len(text) < 25:
            return False
        k = rng.randint(1, len(p.units))
        uid = max(x.uid for x in p.units) + 1
        p.units.insert(k, Unit(text, (), uid))
        p.defects.append(Defect("omission", kind, uid))
        return True
    return False


def merge_or_split(p: Pair, rng: random.Random) -> None:
    """Not defects: two paragraphs rendered as one, or one as two at a sentence boundary."""
    if rng.random() < 0.5:
        ks = [k for k in range(len(p.units) - 1) if p.units[k].src and p.units[k + 1].src and len(p.units[k].src) == 1 and len(p.units[k + 1].src) == 1]
        if ks:
            k = rng.choice(ks)
            a, b = p.units[k], p.units[k + 1]
            if any(d.uid in (a.uid, b.uid) for d in p.defects):
                return
            p.units[k : k + 2] = [Unit(a.text + b.text, a.src + b.src, a.uid)]
    else:
        ks = [k for k, u in enumerate(p.units) if len(u.src) == 1 and len(re.findall(r"[。！？]", u.text[:-1])) >= 1 and len(u.text) > 40]
        if ks:
            k = rng.choice(ks)
            u = p.units[k]
            if any(d.uid == u.uid for d in p.defects):
                return
            cut = max(m.end() for m in re.finditer(r"[。！？]", u.text[:-1]))
            uid = max(x.uid for x in p.units) + 1
            p.units[k : k + 1] = [Unit(u.text[:cut], u.src, u.uid), Unit(u.text[cut:], u.src, uid)]


INJECTORS = {
    "number": inject_number,
    "link": inject_link,
    "name": inject_name,
    "untranslated": inject_untranslated,
}


def build(shared: Path, seed: int = 20261125, limit: int | None = None, rounds: int = 3, news_only: bool = False) -> list[Pair]:
    """Every document once as a clean control, then `rounds - 1` times with injected defects."""
    docs = load_documents(shared, news_only)
    if limit:
        docs = docs[:limit]
    rng = random.Random(seed)
    pool = [b for _, pairs in docs for _, b in pairs]
    out: list[Pair] = []
    for r in range(rounds):
        for name, pairs in docs:
            p = Pair(f"{name}#{r}", [a for a, _ in pairs], [Unit(b, (i,), i) for i, (_, b) in enumerate(pairs)])
            if r == 0:
                out.append(p)  # a clean control
                continue
            _inject(p, rng, pool)
            out.append(p)
    return out


def _inject(p: Pair, rng: random.Random, pool: list[str]) -> None:
    if rng.random() < 0.3:
        inject_link(p, rng, defect=False)  # a correctly kept link (Wayback-wrapped or not)
    wanted = rng.randint(1, 3)
    tries = 0
    while len(p.defects) < wanted and tries < 12:
        tries += 1
        cat = rng.choice(CATEGORIES)
        if cat == "omission":
            own = {u.text for u in p.units}
            inject_omission(p, rng, [x for x in pool if x not in own][:: max(1, len(pool) // 200)])
        elif cat == "number":
            # its own generator, seeded by one draw: how many figures the quantity parser finds (which
            # changes with the parser under test) must not shift the draws of the other categories
            inject_number(p, random.Random(rng.random()))
        else:
            INJECTORS[cat](p, rng)
    if rng.random() < 0.4:
        merge_or_split(p, rng)
    order = {u.uid: k for k, u in enumerate(p.units)}
    for d in p.defects:
        d.target_block = order.get(d.uid) if d.uid is not None else None
