"""The rule registry: stable codes (TQA + 3 digits, the hundreds digit is the category), frozen at import."""

from __future__ import annotations

import difflib
import re
import textwrap
from dataclasses import dataclass
from types import MappingProxyType

from transqa.findings import Severity

CODE_RE = re.compile(r"^TQA\d{3}$")
NAME_RE = re.compile(r"^[a-z][a-z0-9]*(-[a-z0-9]+)*$")
CATEGORIES = (
    "omission", "addition", "link", "image", "number", "name", "untranslated", "markup",
    "typography", "terminology", "meta",
)

# What `transqa fix` applies: the definition every fixable rule follows (rendered into docs/rules.md).
CERTAIN_REPAIRS = """
A finding may carry repairs (replace a span, delete it, or put a dropped link back around its
anchor text), each with the exact span of the target file and the new text. A repair is *certain*
or it is a *suggestion*: `transqa fix` and `audit --fix` apply certain repairs only; suggestions are
shown in reports (JSON `repairs`, `certain: false`) and never applied.

With the original, the original decides: a name is spelt as the source writes it (when the source
writes it one way), a dropped link goes back around anchor text that stands once, verbatim, in the
Chinese paragraph, a placeholder standing for a lost name gets that name back from the aligned
source paragraph, an anonymising tag written as another of its kind (`[PERSON4]` for `[PERSON8]`) gets
the original's back when each side of a one-paragraph pair writes one tag of that kind. A glossary
`keep` entry decides the same way.

Without the original, only repairs that need no guess are certain: tokenisation garbles of a
spelling the article's own prose uses at least as often (spaces around a dot, `mail . ru` → `mail.ru`;
a sentence break inside a name, `Mail。Ru`; a space inside a lower-case word, `insta gram` →
`Instagram`; a name whose first part was translated before its dot, `转盘. fm` → `Turntable.fm`, where the Chinese
there is CC-CEDICT's rendering of that part and the article's text writes the name one way only), a broken number
(`1 ,000`),
a Wayback-wrapped link (TQA105, when selected), an asterisk written for the `·` of a transliterated
name (`阿卜杜勒*哈米德`). Placeholder debris after a rendered word (`彭博 T2`) is deleted for
certain only with the original: without it a name may be lost at the token. Case changes (`iPhone` / `Iphone`), joining
capitalised words (`Oculus VR`, `Chrome OS`, `Model S`), choosing between equally frequent spellings
and any repair whose evidence is a URL, a link target, a file or image name or a tag are
suggestions. Every applied set of repairs is checked again: it must bring no new finding of another
rule and must remove something of its own.
"""


@dataclass(frozen=True, slots=True)
class Rule:
    """A rule's metadata: stable code (TQA + 3 digits), kebab-case name, category, default severity, summary,
    documentation, whether it needs the original, whether it runs by default, whether its findings carry
    repairs."""
    code: str
    name: str
    category: str
    severity: Severity
    summary: str
    doc: str  # What it checks / Why it matters / Example / Fix
    needs_source: bool  # False: runs on the Chinese alone (target-only mode)
    default_enabled: bool = True  # False: runs only when selected (transqa fix --unwrap-links, --select)
    fixable: bool = False  # its findings may carry a mechanical repair (transqa fix, audit --fix)
    aliases: tuple[str, ...] = ()  # former names, still accepted wherever a name is (configs, directives, `transqa rule`)

    def __post_init__(self) -> None:
        if not CODE_RE.match(self.code):
            raise ValueError(f"bad rule code {self.code!r}")
        for n in (self.name, *self.aliases):
            if not NAME_RE.match(n):
                raise ValueError(f"bad rule name {n!r}")
        if self.category not in CATEGORIES:
            raise ValueError(f"bad category {self.category!r} for {self.code}")


def rule(code: str, name: str, category: str, severity: Severity, summary: str, doc: str, *, needs_source: bool,
         default_enabled: bool = True, fixable: bool = False, aliases: tuple[str, ...] = ()) -> Rule:
    """A Rule, its documentation dedented. `aliases`: former names of a renamed rule, so that a configuration or a
    suppression written before the rename keeps working. Raises ValueError for a malformed code, name or category."""
    return Rule(code, name, category, severity, summary, textwrap.dedent(doc).strip(), needs_source, default_enabled, fixable,
                tuple(aliases))


def _build() -> MappingProxyType[str, Rule]:
    from transqa.checks import FAMILIES

    rules: dict[str, Rule] = {}
    names: set[str] = set()
    for family in FAMILIES:
        for r in family.RULES:
            own = (r.name, *r.aliases)
            if r.code in rules or names.intersection(own) or len(set(own)) < len(own):
                raise ValueError(f"duplicate rule {r.code} {r.name}")
            rules[r.code] = r
            names.update(own)
    return MappingProxyType(dict(sorted(rules.items())))


_RULES: MappingProxyType[str, Rule] | None = None


def rules() -> MappingProxyType[str, Rule]:
    """Every rule by code, sorted, read-only; built on first use from the check families."""
    global _RULES
    if _RULES is None:
        _RULES = _build()
    return _RULES


def not_checked_alone(selected: frozenset[str] | None = None) -> str:
    """The kinds of defect a check without the original cannot look for, once, by category in code order, with the
    number of rules on by default of each (`omission (10 rules), addition (3), …`): the target-only report's header.
    `selected`: the codes selected (config.Settings.enabled) when not the default ones: those are counted instead."""
    counts: dict[str, int] = {}
    for r in rules().values():
        if r.needs_source and (r.code in selected if selected is not None else r.default_enabled):
            counts[r.category] = counts.get(r.category, 0) + 1
    parts = [f"{c} ({n}{' rules' if k == 0 and n != 1 else ' rule' if k == 0 else ''})" for k, (c, n) in enumerate(counts.items())]
    return ", ".join(parts)


def resolve(code_or_name: str) -> Rule | None:
    """The rule with this code, name or former name (`Rule.aliases`; case-insensitive), or None."""
    key = code_or_name.strip()
    table = rules()
    if key.upper() in table:
        return table[key.upper()]
    for r in table.values():
        if names_rule(key, r):
            return r
    return None


def names_rule(name: str, r: Rule) -> bool:
    """Whether `name` (case-insensitive, surrounding spaces ignored) is the rule's name or one of its former names."""
    key = name.strip().lower()
    return key == r.name or key in r.aliases


def nearest(entry: str, most: int = 3) -> tuple[str, ...]:
    """The registered codes (or names) nearest to `entry`, a code, prefix or name that matches no rule, for an
    error message; at most `most`, nearest first, () when nothing is near. A code or prefix of digits (`TQA35`,
    `TQA7`, `TQA777`: the codes from TQA350 to TQA359 …) gets the registered code just below its range and the one
    just above; a code with digits to spare (`TQA3011`) the codes it makes without one of them (TQA301, TQA311,
    TQA011: the typo of one digit too many), rightmost dropped first; anything else the closest spellings by
    difflib's ratio (cutoff 0.6) among codes and names (a name as `name (CODE)`)."""
    table = rules()
    key = entry.strip()
    digits = re.fullmatch(r"TQA(\d+)", key.upper())
    if digits and len(digits[1]) <= 3:
        d = digits[1]
        low, high = int(d.ljust(3, "0")), int(d.ljust(3, "9"))
        below = [c for c in table if int(c[3:]) < low][-1:]
        above = [c for c in table if int(c[3:]) > high][:1]
        return tuple(below + above)[:most]
    if digits:
        d = digits[1]
        made = (f"TQA{d[:i]}{d[i + 1:]}" for i in reversed(range(len(d))))
        out = tuple(dict.fromkeys(c for c in made if c in table))
        if out:
            return out[:most]
    names = {n: r.code for r in table.values() for n in (r.name, *r.aliases)}
    near = difflib.get_close_matches(key.upper(), list(table), n=most, cutoff=0.6)
    near += [f"{n} ({names[n]})" for n in difflib.get_close_matches(key.lower(), list(names), n=most, cutoff=0.6)]
    return tuple(near[:most])


def unknown_rule(entry: str) -> str:
    """The message for a code, prefix or name that matches no registered rule (one line, no trailing period):
    `unknown rule 'TQA3011' (nearest: TQA301, TQA311, TQA011; see: transqa rules)`; a prefix of digits says so
    (`unknown rule prefix 'TQA35' (no code starts with it; nearest: TQA329, TQA399; …)`)."""
    key = entry.strip()
    near = nearest(key)
    nearest_part = f"nearest: {', '.join(near)}; " if near else ""
    if re.fullmatch(r"TQA\d{1,2}", key.upper()):
        return f"unknown rule prefix {key!r} (no code starts with it; {nearest_part}see: transqa rules)"
    return f"unknown rule {key!r} ({nearest_part}see: transqa rules)"
