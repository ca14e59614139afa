"""Check families, one module each. The list is explicit: a module not named here does not run."""

from transqa.checks import (
    coverage,
    links,
    markup,
    meta,
    names,
    numbers,
    omission,
    terminology,
    untranslated,
)

FAMILIES = (omission, coverage, links, numbers, names, untranslated, markup, terminology, meta)
