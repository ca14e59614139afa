"""What transqa knows about English: sentences, the length measure, name candidates, word lists.

Sentences are those of spaCy's blank English pipeline with its rule-based sentencizer, found by
`transqa.lang.sentencizer` from spaCy's rules without importing spaCy (0.65 CPU s per process
saved); no model is downloaded (a trained pipeline is not needed for this).
"""

from __future__ import annotations

from transqa.lang.script import latin_tokens, name_key
from transqa.lang.sentencizer import sentences

# Function words: a run of them is English prose, not a name (untranslated check); a function word
# alone is never a name (name check).
STOPWORDS = frozenset(
    """a about above after again against all also am an and any are as at be because been before being
    below between both but by can could did do does doing down during each few for from further had has
    have having he her here hers him his how i if in into is it its itself just me more most my no nor
    not now of off on once only or other our out over own same she should so some such than that the their
    theirs them then there these they this those through to too under until up very was we were what when
    where which while who whom why will with would you your yours recently said says according however
    which although because whether having ahead again already always never often still even ever yet
    there's it's don't can't won't isn't wasn't""".split()
)

# Words too general to anchor a paragraph to its translation through the lexicon: function words and
# the commonest verbs and adjectives, whose dictionary renderings occur in almost any Chinese text.
GENERIC_WORDS = frozenset(
    """the and for with that this from have has had are was were been being will would could should may might
    not but all any can one two its his her their our your you they them there here what which who whom when
    where why how than then also just very more most some such only other into onto over under about after
    before between during without within upon out off used make made take took give gave get got see say said
    new old good great big small large high low long short first last next same own many much few""".split()
)


WINDOW = 100_000  # characters given to spaCy at once (its own limit is 1,000,000: a longer paragraph raised)


def _windows(text: str) -> list[tuple[int, int]]:
    """Spans of at most WINDOW characters, cut after a sentence end or a blank where there is one."""
    out: list[tuple[int, int]] = []
    start = 0
    while len(text) - start > WINDOW:
        end = start + WINDOW
        cut = max(text.rfind(". ", start, end), text.rfind("\n", start, end))
        cut = cut + 1 if cut > start else max(text.rfind(" ", start, end), start)
        cut = cut if cut > start else end
        out.append((start, cut))
        start = cut
    out.append((start, len(text)))
    return out


def english_sentences(text: str) -> list[tuple[int, int]]:
    """(start, end) character spans (0-based, end exclusive) of the sentences of an English paragraph,
    WINDOW characters at a time."""
    out: list[tuple[int, int]] = []
    for lo, hi in _windows(text):
        out.extend((lo + a, lo + b) for a, b in sentences(text[lo:hi]) if text[lo + a:lo + b].strip())
    return out


def english_size(text: str) -> int:
    """Non-space characters: the length measure the aligner compares with chinese_size."""
    return sum(1 for c in text if not c.isspace())


def english_names(text: str) -> frozenset[str]:
    """Keys of the Latin-script tokens with a capital letter: the English text's name candidates."""
    return frozenset(name_key(t) for _, _, t in latin_tokens(text) if t[:1].isupper() or any(c.isupper() for c in t[1:]))
