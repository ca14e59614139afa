"""Check families, one module each. The list is explicit: a module not named here does not run."""

from transqa.checks import (
    anchors,
    coverage,
    embeds,
    fragments,
    linknames,
    links,
    markup,
    meta,
    names,
    numbers,
    omission,
    page,
    placeholders,
    punctuation,
    selfcontra,
    semantic,
    slugtitle,
    spelling,
    terminology,
    transliteration,
    undotted,
    untranslated,
    wordnames,
)

FAMILIES = (
    page, omission, coverage, links, anchors, numbers, names, placeholders, spelling, transliteration, untranslated, embeds,
    fragments, markup, punctuation, terminology, meta, semantic, wordnames, linknames, slugtitle, selfcontra,
    undotted,
)
