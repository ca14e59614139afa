"""The rule registry: stable codes (TQA + 3 digits, the hundreds digit is the category), frozen at import."""

from __future__ import annotations

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
`Instagram`), a broken number (`1 ,000`), placeholder debris glued after a rendered word (`彭博 T2`),
a Wayback-wrapped link (TQA105, when selected), an asterisk written for the `·` of a transliterated
name (`阿卜杜勒*哈米德`). Case changes (`iPhone` / `Iphone`), joining
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


def not_checked_alone() -> str:
    """The kinds of defect a check without the original cannot look for, once, by category in code order, with the
    number of rules on by default of each (`omission (10 rules), addition (3), …`): the target-only report's header."""
    counts: dict[str, int] = {}
    for r in rules().values():
        if r.needs_source and r.default_enabled:
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
