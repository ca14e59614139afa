"""Latin-script names: garbled against the source, written two ways, and stray MT tokens."""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterator
from dataclasses import dataclass

from transqa.checks.untranslated import STOPWORDS
from transqa.context import Context, quote
from transqa.findings import Finding, Severity
from transqa.model import Block
from transqa.registry import rule
from transqa.script import latin_tokens, name_key

NAME_GARBLED = rule(
    "TQA301", "name-garbled", "name", Severity.ERROR,
    "A name of the source is garbled in the translation (spacing, case, dots, a sentence break)",
    """
    What it checks: Latin-script words of the Chinese that spell a name of the English original
    once case, spacing and punctuation are ignored, but not as the original writes it.

    Why it matters: MT splits names at dots and changes their case: readers see `pay TM` for Paytm
    and `mail . ru` for Mail.ru, and a name broken by a sentence end (`Mail 说。Ru 集团`) breaks
    the sentence too.

    Example: EN `Paytm`, ZH `pay TM 是一家支付公司`.

    Fix: write the name as the original does.
    """,
    needs_source=True,
    fixable=True,
)
NAME_INCONSISTENT = rule(
    "TQA302", "name-inconsistent", "name", Severity.ERROR,
    "One name is written two ways in the same article",
    """
    What it checks: within the Chinese article alone, two Latin-script spellings that differ only in
    case, spacing or punctuation (`Paytm` and `pay TM`, `Mail.ru` and `mail . ru`, `Mail 说。Ru`).
    The less frequent, less regular spelling is reported, with where the other one stands.

    Why it matters: it works without the original: a name written correctly once shows how the
    garbled occurrences should read.

    Example: ZH `…为 Paytm 提供资金…。pay TM 是一家…`.

    Fix: use the spelling the article uses elsewhere (or the original's).
    """,
    needs_source=False,
    fixable=True,
)
STRAY_TOKEN = rule(
    "TQA303", "stray-token", "name", Severity.ERROR,
    "A stray alphanumeric token with no source counterpart (an MT placeholder such as `T2`)",
    """
    What it checks: short letter-digit tokens such as `T2`, `T3` glued to Chinese words or wrapped
    in brackets (`彭博 T2 报道`, `《T2》`, `(T3)`, `【T2】`) that the original does not contain.

    Why it matters: they are leaked placeholders of machine translation for spans of the original
    (links, emphasis); they mean nothing to readers and often mark a lost link or title.

    Example: ZH `据彭博 T2 报道`.

    Fix: delete the token (and its brackets); check whether a link or a title was lost there.
    """,
    needs_source=False,
    fixable=True,
)
RULES = (NAME_GARBLED, NAME_INCONSISTENT, STRAY_TOKEN)

# Separators MT puts inside a name: spaces, spaced dots, hyphens, or a sentence break with a verb.
_SEP = re.compile(r"^(?:\s+|\s*[.．]\s*|\s*-\s*|\s*[\u4e00-\u9fff]{0,2}[。．]\s*)$")
# English function words are not names (they turn up in untranslated prose: it's / It's / its)
COMMON = STOPWORDS | {"it's", "i'm", "don't", "we're", "they're", "you're", "that's", "there's", "can't", "won't"}
# A placeholder, or a run of placeholders glued together (`T5T7`).
_STRAY = re.compile(r"(?<![A-Za-z0-9])(?P<tok>[A-Z]\d{1,2}(?:T\d{1,2}){0,3})(?![A-Za-z0-9])")
_WRAPS = {"《": "》", "(": ")", "（": "）", "【": "】", "[": "]", "「": "」"}


@dataclass(frozen=True, slots=True)
class Mention:
    block: Block
    start: int
    end: int
    surface: str
    key: str
    parts: int  # number of Latin tokens

    @property
    def norm_surface(self) -> str:
        return " ".join(self.surface.split())


def _mentions(blocks: list[Block]) -> tuple[list[Mention], list[Mention]]:
    """Single tokens, and compounds of 2-3 tokens joined by a separator MT puts inside names."""
    singles: list[Mention] = []
    compounds: list[Mention] = []
    for b in blocks:
        if b.kind == "code":
            continue
        toks = [t for t in latin_tokens(b.text) if not _in_code(b, t[0])]
        for s, e, t in toks:
            if t.lower().replace("’", "'") not in COMMON:  # function words are not names on their own
                singles.append(Mention(b, s, e, t, name_key(t), 1))
        for i in range(len(toks)):
            for n in (2, 3):
                if i + n > len(toks):
                    break
                seps = [b.text[toks[i + k][1] : toks[i + k + 1][0]] for k in range(n - 1)]
                if not all(_SEP.match(sep) for sep in seps):
                    break
                s, e = toks[i][0], toks[i + n - 1][1]
                key = "".join(name_key(toks[i + k][2]) for k in range(n))
                compounds.append(Mention(b, s, e, b.text[s:e], key, n))
    return singles, compounds


def _in_code(b: Block, i: int) -> bool:
    return any(s <= i < e for s, e in b.code_spans)


def _source_names(ctx: Context) -> dict[str, set[str]]:
    """Name key → surfaces, from the English original (tokens and runs of capitalised tokens)."""
    out: dict[str, set[str]] = defaultdict(set)
    assert ctx.source is not None
    for b in ctx.source.blocks:
        toks = latin_tokens(b.text)
        for _s, _e, t in toks:
            out[name_key(t)].add(t)
        for i in range(len(toks) - 1):
            for n in (2, 3):
                if i + n > len(toks):
                    break
                seg = toks[i : i + n]
                gaps = [b.text[seg[k][1] : seg[k + 1][0]] for k in range(n - 1)]
                if not all(g in (" ", ".", "-") for g in gaps):
                    break
                surface = b.text[seg[0][0] : seg[-1][1]]
                out[name_key(surface)].add(surface)
    return out


def _is_regular(surface: str) -> int:
    """Preference among variants: no spaces, no sentence break, more capitals first."""
    return (0 if " " not in surface else 1) * 10 + (0 if "。" not in surface else 5) - min(4, sum(c.isupper() for c in surface[:1]))


def check(ctx: Context) -> Iterator[Finding]:
    singles, compounds = _mentions(ctx.target.blocks)
    reported: list[tuple[int, int, int]] = []

    def overlaps(m: Mention) -> bool:
        return any(m.block.index == bi and m.start < e and s < m.end for bi, s, e in reported)

    src_names = _source_names(ctx) if ctx.source is not None else {}
    if ctx.source is not None:
        src_low = {k: {" ".join(s.split()) for s in v} for k, v in src_names.items()}
        for m in sorted(compounds, key=lambda m: -m.parts) + singles:
            if len(m.key) < 3 or m.key not in src_low or overlaps(m):
                continue
            surfaces = src_low[m.key]
            if m.norm_surface in surfaces:
                continue
            if m.parts == 1 and not any(c.isupper() for s in surfaces for c in s):
                continue  # a common word, not a name
            if m.parts == 1 and m.surface.lower() in {s.lower() for s in surfaces} and m.surface[:1].isupper():
                continue  # only the case of later letters differs, e.g. Mail.ru / Mail.Ru
            if m.parts == 1 and all(" " in s for s in surfaces):
                continue  # Skin Potion written SkinPotion: a spacing choice, not MT damage
            if m.parts > 1 and m.norm_surface.lower() in {s.lower() for s in surfaces}:
                continue  # same spelling, other case (TP-Link cpe210 / TP-Link CPE210)
            best = sorted(surfaces, key=lambda s: (_is_regular(s), s))[0]
            reported.append((m.block.index, m.start, m.end))
            yield ctx.finding(
                NAME_GARBLED,
                f"{quote(m.surface)} garbles the source's name {quote(best)}",
                source=_source_span(ctx, best, m.block), target=(m.block, m.start, m.end), suggestion=best,
                fix=() if "。" in m.surface else (("replace", best),),
            )
    # Within the article: group the spellings of one key. A name the glossary keeps in Latin
    # script has its spelling given: every other spelling of it is reported, even a lone one.
    kept = {name_key(k): " ".join(k.split()) for k in (ctx.glossary.keep if ctx.glossary else ())}
    by_key: dict[str, list[Mention]] = defaultdict(list)
    single_keys = {m.key for m in singles} | set(kept)
    for m in singles:
        by_key[m.key].append(m)
    for m in compounds:
        if m.key in single_keys:
            by_key[m.key].append(m)
    for key, ms in sorted(by_key.items()):
        if len(key) < 3 or key in src_names:
            continue
        forms: dict[str, list[Mention]] = defaultdict(list)
        for m in ms:
            forms[m.norm_surface].append(m)
        if key in kept:
            canon = kept[key]
            where = "the glossary's spelling"
        else:
            if len(forms) < 2:
                continue
            if all(f.lower() == next(iter(forms)).lower() and " " not in f for f in forms) and not _case_conflict(forms):
                continue
            canon = sorted(forms, key=lambda f: (_is_regular(f), -len(forms[f]), f))[0]
            first = forms[canon][0]
            where = f"elsewhere in this article (line {ctx.target.location(first.block, first.start, first.end).line})"
        for f, occ in sorted(forms.items()):
            if f == canon:
                continue
            for m in occ:
                if overlaps(m):
                    continue
                reported.append((m.block.index, m.start, m.end))
                why = " (a sentence break splits it)" if "。" in m.surface else ""
                yield ctx.finding(
                    NAME_INCONSISTENT,
                    f"{quote(m.surface)} is written {quote(canon)} {where}{why}",
                    target=(m.block, m.start, m.end), suggestion=canon,
                    fix=() if "。" in m.surface else (("replace", canon),),
                )
    yield from _stray(ctx)


def _case_conflict(forms: dict[str, list[Mention]]) -> bool:
    """Case-only variants count when they differ inside the word (Gmail / GMail, MegaFon / Megafon),
    not when one is the other capitalised (del.icio.us / Del.icio.us) or an acronym (http / HTTP)."""
    names = list(forms)
    for i, a in enumerate(names):
        for b in names[i + 1 :]:
            if a.lower() != b.lower():
                return True
            if a[1:] == b[1:] or (a.isupper() and b.islower()) or (b.isupper() and a.islower()):
                continue
            return True
    return False


def _source_span(ctx: Context, surface: str, near: Block):  # noqa: ANN202
    """Where the source writes the name: in the aligned paragraph if it is there, else its first use."""
    assert ctx.source is not None
    k = ctx.bead_of_target.get(near.index)
    aligned = [ctx.source.blocks[i] for i in ctx.beads[k].source] if k is not None else []
    for b in aligned + ctx.source.blocks:
        i = b.text.find(surface)
        if i >= 0:
            return (b, i, i + len(surface))
    return None


def _stray(ctx: Context) -> Iterator[Finding]:
    src_tokens = set(re.findall(r"[A-Za-z0-9]+", ctx.source_text)) if ctx.source is not None else set()
    for b in ctx.target.blocks:
        if b.kind == "code":
            continue
        for m in _STRAY.finditer(b.text):
            tok = m.group("tok")
            if _in_code(b, m.start()) or tok in src_tokens:
                continue
            s, e = m.start(), m.end()
            ws, we = s, e  # the brackets may hold spaces too: `(T7 )`, `( T8 )`
            while ws > 0 and b.text[ws - 1] == " ":
                ws -= 1
            while we < len(b.text) and b.text[we] == " ":
                we += 1
            before = b.text[ws - 1] if ws else ""
            after = b.text[we] if we < len(b.text) else ""
            wrapped = before in _WRAPS and _WRAPS[before] == after
            glued = _cjk(b.text, s, -1) or _cjk(b.text, e, 1)
            if ctx.source is None and not (tok[0] == "T" or wrapped):
                continue
            if not (wrapped or glued or ctx.source is not None):
                continue
            if wrapped:
                s, e = ws - 1, we + 1
            repaired = _without(b.text, s, e)
            yield ctx.finding(
                STRAY_TOKEN,
                f"stray token {quote(b.text[s:e])}" + (" with no counterpart in the source" if ctx.source is not None else " (a leaked MT placeholder)"),
                target=(b, s, e), suggestion=f"delete it: {quote(repaired, 40)}",
                fix=(("delete", tok),),
            )


def _cjk(text: str, i: int, step: int) -> bool:
    """A Chinese character next to position i (skipping one space) in direction step."""
    j = i if step > 0 else i - 1
    if 0 <= j < len(text) and text[j] == " ":
        j += step
    return 0 <= j < len(text) and ("\u4e00" <= text[j] <= "\u9fff" or text[j] in "，。、；：《》（）【】“”")


def _without(text: str, s: int, e: int) -> str:
    left = text[max(0, s - 12) : s].rstrip(" ")
    right = text[e : e + 12].lstrip(" ")
    return left + right
