"""Check families, one module each. The list is explicit: a module not named here does not run."""

from transqa.checks import (
    links,
    markup,
    meta,
    names,
    numbers,
    omission,
    terminology,
    transliteration,
    untranslated,
)

FAMILIES = (omission, links, numbers, names, transliteration, untranslated, markup, terminology, meta)
