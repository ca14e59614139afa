"""Omitted and added paragraphs, and translations much shorter than their source."""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Callable, Generator, Iterable, Iterator
from functools import cached_property

from transqa.align import Bead, SentenceAlignment, Unit
from transqa.checks.place import between_lines, insertion_fix, insertion_place, neighbours
from transqa.context import Context, quote, whole
from transqa.findings import Finding, Severity
from transqa.lang.chinese import chinese_names, chinese_size
from transqa.lang.english import english_names, english_size, without_linking_opening
from transqa.lang.glosses import found_any
from transqa.lang.length import log_ratio, sizes_log_ratio
from transqa.lang.lexicon import (
    content_words,
    dictionary_words,
    loose_renderer,
    matched,
    tail_unrendered,
)
from transqa.lang.script import (
    HAN,
    identifiers,
    latin_tokens,
    name_key,
    punctuation_only,
    to_simplified,
)
from transqa.model import Block
from transqa.registry import rule

PARAGRAPH_OMITTED = rule(
    "TQA001", "paragraph-omitted", "omission", Severity.ERROR,
    "A paragraph of the source has no translation",
    """
    What it checks: source blocks (paragraphs, headings, quotes, list items) that the alignment
    leaves without a Chinese counterpart; a paragraph paired with a translation that renders none of
    its words but renders the paragraph beside it again (that paragraph has its own translation, which
    does not render this one either: a substitution, not two sentences swapped), or that repeats the translation
    beside it almost word for word while the two English paragraphs differ, rendering of its own only words that
    translation renders too (`The unit has been fully tested…` → the next line's `该单元需要一个扬声器输出连接器。`), or
    that is a weak system's stock line (a fully detached hallucination, in the terms of Guerreiro et al. 2023,
    "Hallucinations in Large Multilingual Translation Models"): it opens with `现在` or `让我们` where the English says no `now`, `today` or
    `let`, renders at most one of the English's three or more dictionary words, is a whole sentence and below 82% of
    its expected length (`Yesterday I had the best time with my friend and former rabbi colleague.` →
    `现在我知道我在哪里.`); and, in a bead where two source paragraphs share one
    translation, a paragraph whose sentences have no counterpart or whose vocabulary the translation
    does not render (with the `lexicon` extra) while it renders the other's; a post whose handles or
    URLs the translation lacks needs less vocabulary evidence, since a translation copies them. The
    page title and text-less embeds (videos) are not reported: a dropped image or player is TQA104; nor is a line of
    raw markup whose text stands in a translated paragraph beside it, nor a line of hashtags beside an
    unpaired translation that keeps hashtags or renders two of their words, nor an unpaired paragraph and an
    unpaired translation one paired paragraph apart that renders one of its words (two lines the translation
    puts in the other order), nor a paragraph whose
    translation the aligner put at the near edge of a neighbouring bead of several translated paragraphs (that
    paragraph renders it, and none of its own bead's words: it is no addition either). A translated line of
    punctuation alone (no letter, digit or Han character: `。` 5,000 times) left unpaired just before or after the
    paragraph stands in its place: one finding, at that line, not also a TQA002.

    Why it matters: a dropped paragraph is invisible to readers of the translation.

    Example: five English paragraphs, four Chinese ones, the third English one untranslated.

    Fix: translate the paragraph and insert it at the place the report gives in the translation: before the
    next translated paragraph, where the finding stands at that paragraph's first character (the suggestion says
    `insert it between lines 13 and 15 of the translation`), or after the last one, at the end of the translation,
    when the last paragraphs are missing (`insert it after line 9, at the end of the translation`).
    """,
    needs_source=True,
)
PARAGRAPH_ADDED = rule(
    "TQA002", "paragraph-added", "addition", Severity.WARNING,
    "A paragraph of the translation has no source",
    """
    What it checks: Chinese blocks that the alignment matches to no English block, and, in a bead
    where one source paragraph has two translations, a paragraph that renders none of the source's
    vocabulary although its length says it should (with the `lexicon` extra). An unpaired paragraph
    that renders two words of an unpaired source paragraph beside it is that paragraph's translation, cut
    short (the omission is reported on the source side), not an addition.

    Why it matters: added text is either a translator's note, content from another article, or a
    sign that the source given is not the one translated.

    Example: a Chinese paragraph about a product launch in an article whose original has none.

    A paragraph marked as a note is not reported: one that opens with `译注：`, `译者注：`, `编注：`,
    `编者注：`, `编按：` or `译按：` (a colon, full-width or not), or with the same marker in brackets
    (`（译者注：…）`, `【译注】…`, `[编者注] …`).

    Fix: remove it, or mark it as a note: begin it with `译注：` (or `编者注：`, `（译者注：…）`).
    """,
    needs_source=True,
)
PARTIAL_OMISSION = rule(
    "TQA003", "partial-omission", "omission", Severity.WARNING,
    "The translation is much shorter than its source paragraph suggests",
    """
    What it checks: the sentences of each aligned pair (spaCy sentences for English). A source
    sentence with no counterpart is named (of 30 non-space characters or more, 20 for one that opens with a
    quotation mark, `"We are not slowing down," he said.`; not a fragment in lower case that the English sentence splitter cut
    after `etc.` when the translation before it renders a third of its words), unless TQA016 reports it as an error (the
    lexicon confirms that none of its words is rendered). A sentence whose translation is below 55% of the length
    the English predicts (calibrated on professional news translations: a Han character weighs 2.95
    English characters; an opening linking adverb, `Therefore,` `However,`, left out, since a translation may leave
    the link to the order of its sentences) is reported, and so is one below 67% when the translation renders the head
    of the sentence and not its tail (the last two fifths of its content words, looked up in the
    CC-CEDICT lexicon when the `lexicon` extra is installed, and not rendered by any looser rendering
    either: `按钮` for `button`), the mark of a sentence cut at a comma,
    or when it keeps some of the sentence's names in Latin script and lacks another; where sentences
    are paired in groups, so that lengths average out, a group whose last ten or more content words
    are nearly all unrendered is reported too. One defect, one finding: a shortened sentence whose lost tail
    TQA005 names (the translation stops at a comma) is TQA005's alone, and the clauses, attribution and names of
    a sentence dropped whole are not reported again by TQA005, TQA006, TQA008, TQA012, TQA312, TQA313 or TQA321.

    Why it matters: weaker MT cuts sentences off at a comma and drops the main clause, a "he said"
    attribution or the second half of a quote, and the paragraph still looks fluent.

    Example: EN `The firm raised $5 million, it said on Monday, and plans to hire 40 engineers.`,
    ZH `该公司筹集了 500 万美元。`

    Fix: translate the missing sentence or clause.
    """,
    needs_source=True,
)
ANSWER_NOT_TRANSLATION = rule(
    "TQA013", "answer-not-translation", "addition", Severity.ERROR,
    "A paragraph of the translation is a reply (a refusal, an apology, a comment on the task), not a translation",
    """
    What it checks: a translated paragraph that speaks about the translating instead of translating: a refusal
    (`对不起，我无法翻译…`, `抱歉，我不能提供…`), a chatbot's self-description (`作为一个AI语言模型…`), a request for the
    text (`请提供需要翻译的文本`) or a heading for the translation it gives (`以下是这段话的翻译：`, `翻译如下：`,
    `这句话的意思是…`), where its English paragraph says nothing of the kind: no `translat…` beside a translation
    comment, no `AI`, `language model` or `chatbot` beside a chatbot's words, no `please`/`provide`/`send` beside
    a request (`Here is the translation:` → `以下是翻译：` is a translation). An unpaired paragraph is weighed against
    the whole original. An apology alone (`抱歉`) is a translation of `sorry`, which customer-service chats are
    full of: it counts only with the refusal that follows it.
    Without the original (a lone translation), a paragraph, heading or list item that opens (after at most a few
    characters: `好的，`) with a refusal, a request for the text, a self-description in the first person
    (`作为一个AI语言模型，我…`) or a heading that names the text itself (`以下是这段话的翻译：`; not
    `以下是该声明的翻译：`, an editor's note, nor `这句话的意思是`) is reported unless it is quoted: a quote block, or
    the shape after a colon or an open quotation mark (`它回答：“抱歉，我无法翻译…”`), as a story about chatbots quotes them.
    With the original, the report gives the English paragraph the reply stands in place of, and that paragraph
    is not also reported as untranslated (TQA001): the one thing to do is to translate it in place of the reply.

    Why it matters: an MT system built on a chat model sometimes answers the text instead of translating it; the
    reader gets the machine's reply in place of the author's paragraph (a substitution), and it reads fluently.

    Example: EN `The decision angered many residents, who had campaigned for years.`, ZH
    `对不起，我无法翻译这段内容，因为它包含不完整的信息。`

    Fix: translate the English paragraph in place of the reply.
    """,
    needs_source=False,
)
SENTENCE_OMITTED = rule(
    "TQA016", "sentence-omitted", "omission", Severity.ERROR,
    "A whole sentence of the source paragraph has no translation",
    """
    What it checks: a sentence of an aligned paragraph (spaCy sentences for English) to which the sentence alignment
    gives no Chinese sentence at all, of 15 non-space characters or more, that opens as a sentence does (with a capital
    letter, not a lower-case word or a figure: a fragment the sentence splitter cut after `approx.`, `etc.` or `No.`) and holds a word the CC-CEDICT
    lexicon knows that the paragraph's other sentences do not, when the translation renders none of those words by
    any rendering the dictionary gives (its phrases and base forms included, `reduction` → reduce), renders a fifth
    or more of the other sentences' words, and is shorter than the whole English paragraph predicts: the sentence was
    dropped, not rephrased into its neighbour. It is the case TQA001 reports for a paragraph, inside a paragraph,
    and it is an error as TQA001 is (`Aguero hurt his knee. It is not thought to be serious.` → `阿奎罗膝盖受伤。`). A
    lost sentence that fails one of these tests (a translation that renders some of its words, or reads longer than
    the English) stays TQA003's warning; without the `lexicon` extra, every lost sentence is TQA003's. The report
    quotes the whole sentence, and the clauses, attribution and names inside it are not reported again (TQA005,
    TQA006, TQA008, TQA012, TQA312, TQA313, TQA321).

    Why it matters: a sentence dropped inside a paragraph is as invisible to a reader as a dropped paragraph, and the
    paragraph around it still reads fluently.

    Example: EN `The council approved the budget on Tuesday. The plan cuts spending on roads. Critics said the vote
    was rushed.`, ZH `市议会周二批准了预算。批评者说投票过于仓促。`

    Fix: translate the sentence and insert it at the place the report gives.
    """,
    needs_source=True,
)
RULES = (PARAGRAPH_OMITTED, PARAGRAPH_ADDED, PARTIAL_OMISSION, ANSWER_NOT_TRANSLATION, SENTENCE_OMITTED)

PARTIAL_LOG_RATIO = -0.6  # target well below its expected length (55%)…
CUT_LOG_RATIO = -0.4  # …or below 67% with the head of the sentence rendered and its tail not:
CUT_TAIL_WORDS = 3  # at least 3 content words in the last two fifths of the sentence,
CUT_TAIL_UNRENDERED = 0.75  # three quarters of them without a rendering in the translation
LONG_TAIL_WORDS = 10  # …or, at any length below the expected one, 10 or more content words in the last
LONG_TAIL_UNRENDERED = 0.85  # two fifths, 85% of them unrendered, behind a head that renders
LONG_TAIL_HEAD = 3  # at least 3 (no clean WMT sentence has this)
MIN_PARAGRAPH_CHARS = 8  # a paragraph of a merged bead whose sentences have no counterpart: 'Make that four times'
MIN_SENTENCE_CHARS = 30  # non-space characters of an English sentence worth reporting
MIN_QUOTE_CHARS = 20  # …of one that opens with a quotation mark (`"We are not slowing down," he said.`: 29). Hand-set;
# dev, dev2, dev3 and clean reference A unchanged by it (release 29: real.py --split dev|dev2|dev3, clean_refs.py)
MIN_CLAUSE_CHARS = 60
# A paragraph inside a merged or split bead that shares (almost) no vocabulary with the other side. A
# translation renders 47% of the English content words the lexicon knows, the translation of a
# neighbouring paragraph 8% (WMT news), so each rendered word weighs log(.47/.08) for a translation,
# each unrendered one log(.53/.92) against: 6 words, none rendered, or 10 with one, give odds of 20:1.
RENDERED_LLR = math.log(0.47 / 0.08)
UNRENDERED_LLR = math.log(0.53 / 0.92)
ORPHAN_LLR = -3.0
# A paragraph whose handles or URLs the translation lacks (it would copy them) needs less:
# at most one rendered word (posts such as "@user38 heard this essay was good" are short)
LOST_ID_LLR = 2.0
ORPHAN_MIN_OTHERS = 2  # while the other paragraphs have this many rendered
ORPHAN_EXPECTED = 2.0  # a target paragraph that should render this many, by its length, renders none
# A translation that renders the paragraph beside it again instead of its own: its own paragraph has SUBSTITUTED_MIN
# content words or more, at most one rendered, while it renders SUBSTITUTED_AGAIN (and 40%) of the neighbour's other
# words, as the neighbour's own translation does. No line of the seven development sets and of the 13 WMT22 systems'
# outputs has this shape (the whole-paragraph substitutions there are already reported); WMT22's reference A has 2
# lines whose sentences are swapped between two lines, which the last condition leaves out.
SUBSTITUTED_MIN = 4
SUBSTITUTED_AGAIN = 3
SUBSTITUTED_SHARE = 0.4
# A translation that repeats the neighbouring paragraph's translation almost word for word (rapidfuzz `ratio` of the
# two translations at or above SUBSTITUTED_COPY) while the two English paragraphs differ (below SUBSTITUTED_APART): it
# may render a word of its own that the neighbour shares (`The unit has been fully tested…` → `该单元需要一个扬声器输出
# 连接器。`, the next line's `该单元将需要…` again: `unit`, `outputs`), so the "at most one rendered" test above misses it.
# Release 42 (issue 18), over adjacent lines: on the 22 development wmt-mt splits one pair at 85 / 60 (the heldout16
# substitution above, ratio 97 / 49; the next pairs at 74 and below, all clean); on the 30,327 WMT22/23 system-output
# lines of `addition_signals.py --outputs` none at 75 / 60.
SUBSTITUTED_COPY = 85
SUBSTITUTED_APART = 60
# A weak system's stock line in place of the translation (WMT23 NLLB_Greedy: `现在我知道我在哪里.` for `Yesterday I had
# the best time with my friend…`, `现在, 您可以在您的手上找到它.` for `So if you are purchasing this ring…`): it opens
# with `现在`/`让我们` where the English has no `now`/`today`/`let`, renders at most STOCK_RENDERED of the English's
# STOCK_MIN or more dictionary words (`content_words`, `matched`), ends a sentence (a line that stops at a comma is
# TQA005's) and is below 82% of its expected length (STOCK_LOG_RATIO). Release 47, over the 33,972 lines of the 22
# development wmt-mt splits and WMT22 references A and B (2,037 each; a one-off over the lines, figures only): 4 lines,
# all labelled substitutions, 2 of them missed before (rfloyd7:410, jewelry-3:1821); no unlabelled line, no reference
# line. Without the length gate 5 lines more (4 unlabelled: `现在是反击的时候了。` for `It is time to fight back.`);
# without the sentence stop 6 more, all on lines other rules report (TQA005).
_STOCK_OPENING = re.compile(r"\s*(?:现在|让我们)")
# English that a translator renders 现在 or 让我们 (`At this point, there is nothing more anyone can do about it.` →
# `现在谁也无能为力了。`, `It is high time to act.` → `现在是行动的时候了。`, `the current system` → `现在的系统`)
_EN_NOW = re.compile(r"\b(?:now|nowadays|current|currently|today|these days|presently|at present|at the moment|"
                     r"at this point|(?:it's|it is|it was|high|about) time|let|let's|lets|here we go)\b", re.IGNORECASE)
_SENTENCE_STOP = re.compile(r"[。.!?！？][\"”’」）)]*\s*$")
STOCK_MIN = 3
STOCK_RENDERED = 1
STOCK_LOG_RATIO = -0.2


# Raw HTML tags with nothing between them (`<div id=sec1></div>` in a source line): no text to translate
_MARKUP_TAG = re.compile(r"</?[A-Za-z][^<>]*>")
# a note the translator or editor added and marked (TQA002's documented markers): `译注：`, `（译者注：…）`, `【编者注】`;
# Markdown emphasis or a quote marker may come first (`> **译注：**`)
_NOTE_MARK = re.compile(r"^[\s>*_]*(?:[（(【\[]\s*(?:译者?|编者?)[注按]\s*[:：\]】]|(?:译者?|编者?)[注按]\s*[:：])")
ADDED_FIX = "remove it, or mark it as a note: begin it with 译注： (or 编者注：)"
CROSSED_RENDERED = 2  # dictionary words of a source paragraph that an unpaired translation beside it renders
SWAPPED_RENDERED = 1  # …and of one an unpaired translation renders with one paired bead between them (_swapped_beads)
_LATIN_WORD = re.compile(r"[A-Za-z]{3,}")
_HASHTAG_LINE = re.compile(r"\s*(?:#[\w-]+[\s,.]*){2,}$")


def is_marked_note(text: str) -> bool:
    """True for a paragraph marked as a translator's or editor's note (TQA002 does not report it)."""
    return _NOTE_MARK.match(text) is not None


def check(ctx: Context) -> Iterator[Finding]:
    """Paragraphs with no counterpart in the paragraph alignment (TQA001, TQA002), then sentences and clauses
    missing inside each paired bead (TQA003); without the original, only paragraphs that are a reply (TQA013)."""
    if ctx.source is None:
        yield from _reply_findings(ctx, _lone_answers(ctx.target.blocks))
        return
    crossed = _crossed_beads(ctx)
    moved_s, moved_t = _moved_translations(ctx)
    answers = list(_answers(ctx))  # replies in place of a translation are TQA013's, reported once, as what they are
    replies = {id(b) for b, _ in answers}
    stand_ins = _punctuation_stand_ins(ctx)
    for k, bead in enumerate(ctx.beads):
        if k in crossed:
            continue
        if bead.source and not bead.target:
            near = neighbours(ctx, k)
            place, between, fix = insertion_place(ctx, near), between_lines(ctx, near), insertion_fix(ctx, near)
            if k in stand_ins:
                place, between, fix = _stand_in_place(ctx, ctx.target.blocks[stand_ins[k]])
            for i in bead.source:
                b = ctx.source.blocks[i]
                if b.kind in ("title", "image") or not _MARKUP_TAG.sub("", b.text).strip() or i in moved_s:
                    continue
                if _copied_nearby(ctx, k, b):
                    continue
                yield ctx.finding(
                    PARAGRAPH_OMITTED,
                    f"source {b.kind.replace('_', ' ')} {quote(b.text)} has no translation{between}",
                    source=whole(b), target=place, suggestion=fix,
                )
        elif bead.target and not bead.source:
            for j in bead.target:
                b = ctx.target.blocks[j]
                if id(b) in replies or j in stand_ins.values() or not _reported_added(b):
                    continue
                yield ctx.finding(
                    PARAGRAPH_ADDED, f"target {b.kind.replace('_', ' ')} {quote(b.text)} has no source",
                    target=whole(b), suggestion=ADDED_FIX,
                )
    stock = _stock_lines(ctx)
    for k, sblocks, tblocks in ctx.pairs():
        if any(id(b) in replies for b in tblocks) or k in stock:
            continue  # the reply (the stock line) is reported below, as what it is; its shortness is no lost clause
        yield from _compare_sentences(ctx, k, sblocks, tblocks, moved_t)
    yield from _substituted(ctx, stock)
    yield from _reply_findings(ctx, answers)


def _reported_added(b: Block) -> bool:
    """Whether an unpaired translated paragraph is a TQA002: not an image, a mark or two, a link-only line (a split of a
    neighbouring paragraph: the markup rules') nor a paragraph marked as a note."""
    if b.kind == "image" or len(b.text.strip()) < 2:
        return False
    if b.links and sum(lk.end - lk.start for lk in b.links) >= len(b.text) - 2:
        return False
    return not is_marked_note(b.text)


def _punctuation_stand_ins(ctx: Context) -> dict[int, int]:
    """For a bead with no target side, a translated paragraph of punctuation alone (punctuation_only) that the alignment
    left unpaired in the bead just before or after it (bead index -> target block index): a line damaged in place of
    the paragraph's translation, which has no words to pair it by. It is reported once, as the omission at that line
    (hostile33: 5,000 `。` in place of a paragraph read as an omission and an addition)."""
    out: dict[int, int] = {}
    beads = ctx.beads
    for k, bead in enumerate(beads):
        if not bead.source or bead.target:
            continue
        for n in (k - 1, k + 1):
            if 0 <= n < len(beads) and not beads[n].source:
                j = next((j for j in beads[n].target if j not in out.values() and punctuation_only(ctx.target.blocks[j].text)), None)
                if j is not None:
                    out[k] = j
                    break
    return out


def _stand_in_place(ctx: Context, b: Block) -> tuple[tuple[Block, int, int], str, str]:
    """TQA001's place, message tail and suggestion for a paragraph whose translation is a line of punctuation alone."""
    line = ctx.target.location(b, 0, 0).line
    text = b.text.strip()
    what = f"{len(text)} × {quote(text[0])}" if len(set(text)) == 1 else quote(text)
    return whole(b), f": in its place line {line} of the translation holds only punctuation ({what})", \
        f"translate it in place of the punctuation of line {line}"


def _reply_findings(ctx: Context, answers: Iterable[tuple[Block, tuple[int, int]]]) -> Iterator[Finding]:
    """TQA013 for each reply: with the original, placed in the English paragraph it stands in place of too."""
    for b, (s, e) in answers:
        en = _replaced_source(ctx, b) if ctx.source is not None else None
        why = "the original says nothing of the kind" if ctx.source is not None else "not quoted in the article"
        yield ctx.finding(
            ANSWER_NOT_TRANSLATION, f"the paragraph is a reply, not a translation: {quote(b.text[s:e])} ({why})",
            source=whole(en) if en is not None else None, target=(b, s, e),
            suggestion="translate the original paragraph in place of the reply",
        )


def without_replied(findings: list[Finding]) -> list[Finding]:
    """The findings less the TQA001 of each English paragraph a TQA013 names as the one its reply stands in place
    of (its source place): one finding says what to do, translate that paragraph in place of the reply (the two
    suggestions together put it in twice). With TQA013 not run or not placed in the original, TQA001 stays."""
    replied = {f.source_block for f in findings if f.code == ANSWER_NOT_TRANSLATION.code and f.source_block is not None}
    if not replied:
        return findings
    return [f for f in findings if not (f.code == PARAGRAPH_OMITTED.code and f.source_block in replied)]


# A reply in place of a translation, each shape with the English words that make it a translation after all. Counted
# before choosing: the 13 WMT22 systems' outputs and the 4 WMT23 systems' outputs of mastodon, user reviews and speech
# (news left out) have no line of these shapes that their English lacks (`以下是我能做的` renders `Here's what I can do`,
# `<无法理解/>` the transcript's `<unintelligible/>`, `抱歉` a customer-service `sorry`), nor has the archive (4,005
# articles): the rule guards against chat-model MT, and every shape is tied to words no article needs.
# `AI` as the shapes take it: with or without a space on either side (`一个 AI 语言模型` is the usual Chinese
# typography, a space between Latin and Han), or `人工智能`
_AI = r"(?:\s*AI(?:\s+(?=[语助模]))?|人工智能)"
# a refusal to translate, and a request for the text: replies with or without the original (`_LONE_SHAPES`)
_REFUSAL = re.compile(r"(?:对不起|抱歉|很抱歉|不好意思|非常抱歉)[，,。！!\s]*(?:但是?|不过)?[，,\s]*(?:我|作为)[^。！？!?]{0,12}?"
                      r"(?:无法|不能|没法)(?:为您|为你)?(?:翻译|提供[^。！？!?]{0,8}(?:翻译|译文)|理解(?:这|您|你))")
_REQUEST = re.compile(r"请(?:提供|发送|给出|输入)[^。！？]{0,10}(?:需要|要|想)?翻译的?(?:文本|内容|句子|段落|原文)?"
                      r"|请提供(?:原文|英文原文|上下文|完整的?(?:文本|句子))")
_ANSWER_SHAPES: tuple[tuple[re.Pattern[str], re.Pattern[str]], ...] = (
    (_REFUSAL, re.compile(r"translat|understand", re.IGNORECASE)),
    (re.compile(rf"作为一?(?:个|名)?{_AI}(?:语言模型|助手|模型)?|作为一?个?语言模型|我是一?个?{_AI}(?:语言模型|助手)"),
     re.compile(r"\bAI\b|artificial intelligence|language model|chatbot|assistant", re.IGNORECASE)),
    (_REQUEST, re.compile(r"translat|\b(?:provide|send|give|enter|share)\b", re.IGNORECASE)),
    (re.compile(r"以下是[^。！？]{0,16}?(?:翻译|译文)|(?:翻译|译文)如下|(?:这|该)(?:句话|段话|段文字|段文本|段内容)(?:的意思是|可以翻译为|(?:的)?(?:中文)?翻译(?:为|是))"
                r"|(?:我|我们)(?:无法|不能)(?:翻译|提供(?:翻译|译文))"),
     re.compile(r"translat|interpret|\bmeans?\b|as follows", re.IGNORECASE)),
)


def _answer(zh: str, english: str) -> tuple[int, int] | None:
    """The span of a reply shape in a Chinese paragraph whose English has none of the words that would make it a
    translation (`_ANSWER_SHAPES`), or None."""
    for shape, licence in _ANSWER_SHAPES:
        m = shape.search(zh)
        if m is not None and not licence.search(english):
            return m.start(), m.end()
    return None


def _answers(ctx: Context) -> Iterator[tuple[Block, tuple[int, int]]]:
    """Target paragraphs that are a reply instead of a translation, with the reply's span: weighed against their
    aligned English paragraphs, or the whole original when the aligner left them unpaired. The shapes are written
    in Simplified characters and a paragraph in Traditional is read through to_simplified (one for one)."""
    for b in ctx.target.blocks:
        if b.kind not in ("paragraph", "heading", "quote", "list_item") or not b.text.strip():
            continue
        sources = ctx.aligned_sources(b)
        english = " ".join(s.text for s in sources) if sources else ctx.source_text
        span = _answer(to_simplified(b.text), english)  # Traditional as Simplified: offsets are kept
        if span is not None:
            yield b, span


# Without the original, a reply shape is a reply when it opens the paragraph (after at most a few characters:
# `好的，以下是…的翻译：`) and stands outside quotation marks: a story about chatbots quotes their replies (a quote
# block, `“…”`, or after a colon: `它回答：抱歉，我无法…`). The shapes have no hit, quoted or not, in the 44,599
# paragraphs of the archive (4,005 articles) nor in the 30,680 non-news lines of WMT22 and WMT23 (17 systems, 3
# references).
# Without the English to say the words are a translation, only the shapes no article's own sentence takes: a
# refusal, a request for the text, a chatbot's self-description in the first person (`作为人工智能领域的先驱，…` and
# `作为一个AI助手，Siri…` are news), a heading that names the text itself (`以下是该声明的中文翻译：` is an editor's
# note before a translated statement; `这句话的意思是` explains a quote) and the first-person `我无法翻译`.
LONE_LEAD = 6  # hand-set, not tuned: no real reply exists in these corpora; `好的，` and `当然！` leads are 3
_QUOTE_MARKS = "“”「」『』\"‘’：:"
_LONE_SHAPES: tuple[re.Pattern[str], ...] = (
    _REFUSAL,
    _REQUEST,
    re.compile(rf"(?:作为一?(?:个|名)?{_AI}(?:语言模型|助手|模型)|作为一?个?语言模型)[，,\s]*我"
               rf"|我是一?个?{_AI}(?:语言模型|助手)"),
    re.compile(r"以下是(?:这|该|上述|您提供的|你提供的)?(?:句话|段话|段文字|段文本|段内容|文本|内容|原文|句子|段落)的?(?:中文)?"
               r"(?:翻译|译文)|(?:我|我们)(?:无法|不能)(?:翻译|提供(?:翻译|译文))"),
)


def _lone_answers(blocks: list[Block]) -> Iterator[tuple[Block, tuple[int, int]]]:
    """Paragraphs, headings and list items of a translation read alone that open with a reply shape outside
    quotation marks, with the reply's span; Traditional characters are read as their Simplified forms."""
    for b in blocks:
        if b.kind not in ("paragraph", "heading", "list_item"):
            continue  # a quote block holds what someone (or some chatbot) said
        text = to_simplified(b.text)  # Traditional as Simplified: offsets are kept
        for shape in _LONE_SHAPES:
            m = shape.search(text)
            if m is None:
                continue
            lead = text[:m.start()].strip()
            if len(lead) <= LONE_LEAD and not any(c in _QUOTE_MARKS for c in lead):
                yield b, (m.start(), m.end())
                break


def _replaced_source(ctx: Context, target: Block) -> Block | None:
    """The English paragraph a reply stands in place of: an untranslated paragraph of the bead beside the reply's,
    else the first of its own bead (None if there is none). A reply renders nothing, so the aligner pairs it by
    length alone, often with the next paragraph (or merged with that paragraph's translation) while the paragraph
    it replaced is left untranslated beside it."""
    assert ctx.source is not None
    k = ctx.bead_of_target.get(target.index)
    for n in () if k is None else (k - 1, k + 1):
        if 0 <= n < len(ctx.beads) and ctx.beads[n].source and not ctx.beads[n].target:
            return ctx.source.blocks[ctx.beads[n].source[0]]
    sources = ctx.aligned_sources(target)
    return sources[0] if sources else None


def _simple(ctx: Context, k: int) -> tuple[Block, Block] | None:
    """The (source, target) blocks of bead k when it pairs one paragraph with one."""
    assert ctx.source is not None
    if not 0 <= k < len(ctx.beads):
        return None
    bead = ctx.beads[k]
    if len(bead.source) != 1 or len(bead.target) != 1:
        return None
    return ctx.source.blocks[bead.source[0]], ctx.target.blocks[bead.target[0]]


def _stock_lines(ctx: Context) -> dict[int, tuple[str, int, int]]:
    """Bead index → (stock opening, dictionary words of the English, how many rendered) of the one-to-one pairs whose
    translation is a weak system's stock line (`_stock_opening`, then the rendered words)."""
    out: dict[int, tuple[str, int, int]] = {}
    for k in range(len(ctx.beads)):
        pair = _simple(ctx, k)
        if pair is None:
            continue
        en, zh = pair
        opening = _stock_opening(en.text, zh.text)
        if opening is None:
            continue  # the cheap tests first: the dictionary matcher runs only on the rare line they let through
        own = content_words(en.text)
        rendered = matched(own, zh.text)
        if len(own) >= STOCK_MIN and len(rendered) <= STOCK_RENDERED:
            out[k] = (opening, len(own), len(rendered))
    return out


def _substituted(ctx: Context, stock: dict[int, tuple[str, int, int]]) -> Iterator[Finding]:
    """One-to-one pairs whose translation renders the source paragraph beside it instead of its own, or is a stock
    line (`stock`, from `_stock_lines`) (TQA001)."""
    for k in range(len(ctx.beads)):
        pair = _simple(ctx, k)
        if pair is None:
            continue
        en, zh = pair
        if k in stock:
            phrase, words, rendered_n = stock[k]
            yield ctx.finding(
                PARAGRAPH_OMITTED,
                f"source {en.kind.replace('_', ' ')} {quote(en.text)} has no translation: the paragraph in its place "
                f"opens with a stock phrase ({quote(phrase)}) the English does not say and renders "
                f"{'none' if not rendered_n else 'one'} of its {words} dictionary words",
                source=whole(en), target=whole(zh), suggestion="translate it in place of the stock line",
            )
            continue
        own = content_words(en.text)
        if len(own) < SUBSTITUTED_MIN:
            continue
        rendered = matched(own, zh.text)
        if len(rendered) > 1 and len(own - rendered) < SUBSTITUTED_AGAIN:
            continue
        for nk in (k - 1, k + 1):
            near = _simple(ctx, nk)
            if near is None:
                continue
            if not (_renders_again(own, near, zh.text) if len(rendered) <= 1 else _copies_near(en, zh, near, own, rendered)):
                continue
            yield ctx.finding(
                PARAGRAPH_OMITTED,
                f"source {en.kind.replace('_', ' ')} {quote(en.text)} has no translation: the paragraph in its place "
                f"translates the {'previous' if nk < k else 'next'} one again",
                source=whole(en), target=whole(zh), suggestion="translate it in place of the repeated translation",
            )
            break


def _stock_opening(en: str, zh: str) -> str | None:
    """The stock opening (`现在`, `让我们`) of translation `zh` when `en` says no `now`/`today`/`let`, `zh` ends a
    sentence and is below STOCK_LOG_RATIO of its expected length, else None: the tests of a stock line that need no
    dictionary (`_stock_lines` then counts the rendered words: STOCK_MIN, STOCK_RENDERED)."""
    m = _STOCK_OPENING.match(zh)
    if m is None or _EN_NOW.search(en) or not _SENTENCE_STOP.search(zh) or log_ratio(en, zh) >= STOCK_LOG_RATIO:
        return None
    return m.group(0).strip()


def _copies_near(en: Block, zh: Block, near: tuple[Block, Block], own: frozenset[str], rendered: frozenset[str]) -> bool:
    """Whether translation `zh` of `en` is the neighbouring pair `near`'s translation again (SUBSTITUTED_COPY), the two
    English paragraphs apart (SUBSTITUTED_APART): it renders SUBSTITUTED_AGAIN (and SUBSTITUTED_SHARE) of the
    neighbour's other content words, as that translation does, and of `en`'s content words (`own`) only those
    (`rendered`) that translation renders too. The caller has checked that SUBSTITUTED_AGAIN of `own` or more have no
    rendering in `zh`."""
    from rapidfuzz import fuzz

    near_en, near_zh = near
    if fuzz.ratio(zh.text, near_zh.text) < SUBSTITUTED_COPY:
        return False
    if fuzz.ratio(en.text.lower(), near_en.text.lower()) >= SUBSTITUTED_APART:
        return False
    words = content_words(near_en.text) - own
    need = max(SUBSTITUTED_AGAIN, SUBSTITUTED_SHARE * len(words))
    return (len(matched(words, zh.text)) >= need and len(matched(words, near_zh.text)) >= need
            and rendered <= matched(own, near_zh.text))


def _renders_again(own: frozenset[str], near: tuple[Block, Block], zh: str) -> bool:
    """Whether the translation renders the neighbouring source paragraph's words as its own translation does, while
    that translation does not render the paragraph's own (two sentences swapped between two lines)."""
    words = content_words(near[0].text) - own
    need = max(SUBSTITUTED_AGAIN, SUBSTITUTED_SHARE * len(words))
    return (len(matched(words, zh)) >= need and len(matched(words, near[1].text)) >= need
            and len(matched(own, near[1].text)) <= 1)


def _moved_translations(ctx: Context) -> tuple[frozenset[int], frozenset[int]]:
    """(source block indexes, ids of target blocks) of an unpaired source paragraph whose translation the aligner put at the
    near edge of a neighbouring bead that has two or more translated paragraphs (a line of hashtags after a
    sentence: `#dreams #success` → `梦想,成功` paired with the sentence before it): the edge paragraph renders
    the unpaired one (CROSSED_RENDERED words, or keeps its hashtags) and none of its own bead's words, so
    neither is an omission nor an addition."""
    assert ctx.source is not None
    src: set[int] = set()
    tgt: set[int] = set()
    beads = ctx.beads
    for k, bead in enumerate(beads):
        if not bead.source or bead.target:
            continue
        en = " ".join(ctx.source.blocks[i].text for i in bead.source)
        tags = _HASHTAG_LINE.match(en) is not None
        words = en.replace("#", " ") if tags else en
        for nk, edge in ((k - 1, -1), (k + 1, 0)):
            if not 0 <= nk < len(beads) or len(beads[nk].target) < 2 or not beads[nk].source:
                continue
            edge_block = ctx.target.blocks[beads[nk].target[edge]]
            zh = edge_block.text
            own = frozenset().union(*(content_words(ctx.source.blocks[i].text) for i in beads[nk].source))
            renders = _renders_some(words, zh) or tags and "#" in zh
            if renders and not matched(own, zh):
                src.update(bead.source)
                tgt.add(id(edge_block))
                break
    return frozenset(src), frozenset(tgt)


def _copied_nearby(ctx: Context, k: int, b: Block) -> bool:
    """A line of raw markup whose text the translation copies into the paragraph before or after
    (`<contents for=sec1>section 1…</contents>` beside `section 1…`): the aligner paired it one off, the
    line is there."""
    text = _MARKUP_TAG.sub("", b.text).strip()
    if text == b.text.strip():
        return False
    near = [j for i in (k - 1, k + 1) if 0 <= i < len(ctx.beads) for j in ctx.beads[i].target]
    return any(text in ctx.target.blocks[j].text for j in near)


def _crossed_beads(ctx: Context) -> frozenset[int]:
    """Beads of a line of hashtags left unpaired next to an unpaired translation of it (the aligner finds no
    vocabulary in `#entrepreneurship #dreams`): the translation keeps hashtags or renders two of their words
    (`#创业 #梦想`, `创业,梦想`), so neither is an omission nor an addition. Of another unpaired source paragraph
    beside an unpaired translation that renders CROSSED_RENDERED of its words, only the translation's bead."""
    assert ctx.source is not None
    out: set[int] = set()
    beads = ctx.beads
    for k in range(len(beads) - 1):
        pair = (beads[k], beads[k + 1])
        src = next((b for b in pair if b.source and not b.target), None)
        tgt = next((b for b in pair if b.target and not b.source), None)
        if src is None or tgt is None:
            continue
        en = " ".join(ctx.source.blocks[i].text for i in src.source)
        zh = " ".join(ctx.target.blocks[j].text for j in tgt.target)
        if _HASHTAG_LINE.match(en) and ("#" in zh or len(matched(content_words(en.replace("#", " ")), zh)) >= 2):
            out.update((k, k + 1))
        elif _renders_some(en, zh):
            # a cut translation of the paragraph beside it (`虽然我没有看CNN的市政厅,`): the omission is
            # reported on the source side, the fragment is no added paragraph
            out.add(k if beads[k] is tgt else k + 1)
    out.update(_swapped_beads(ctx))
    return frozenset(out)


def _swapped_beads(ctx: Context) -> Iterator[int]:
    """Beads k and k+2 of an unpaired source paragraph and an unpaired translation with one paired bead between them,
    the translation rendering SWAPPED_RENDERED of its words by renderings of two characters or more: two lines whose
    translations the reference put in the other order (`Sorry for my poor grammar.` / `English is my second
    language.` → `英语是我的第二语言，` / `…说得有点文法不通，望大家海涵。`), neither an omission nor an addition. WMT22
    reference A: one such pair (a TQA001 and a TQA002 before); none on the five dev sets."""
    assert ctx.source is not None
    beads = ctx.beads
    for k in range(len(beads) - 2):
        a, mid, b = beads[k], beads[k + 1], beads[k + 2]
        if not (mid.source and mid.target):
            continue
        src = next((x for x in (a, b) if x.source and not x.target), None)
        tgt = next((x for x in (a, b) if x.target and not x.source), None)
        if src is None or tgt is None:
            continue
        en = " ".join(ctx.source.blocks[i].text for i in src.source)
        zh = " ".join(ctx.target.blocks[j].text for j in tgt.target)
        found = found_any(content_words(en), zh)
        if len([w for w, r in found.items() if any(len(x) >= 2 for x in r)]) >= SWAPPED_RENDERED:
            yield from (k, k + 2)


def _renders_some(english: str, chinese: str) -> bool:
    """The Chinese renders CROSSED_RENDERED words of the English by renderings of two characters or more, or
    keeps its Latin-script words of three letters or more (`CNN`, `市政厅` for `the CNN town hall`)."""
    found = found_any(content_words(english), chinese)
    kept = {t.lower() for t in _LATIN_WORD.findall(english)} & {t.lower() for t in _LATIN_WORD.findall(chinese)}
    return len([w for w, r in found.items() if any(len(x) >= 2 for x in r)]) + len(kept) >= CROSSED_RENDERED


def _compare_sentences(ctx: Context, k: int, sblocks: list[Block], tblocks: list[Block],
                       moved_t: frozenset[int]) -> Iterator[Finding]:
    """Report what has no counterpart in the sentence alignment of bead k (spaCy for English): whole
    paragraphs of a merge or split, then lost sentences, or (when none is lost) short translations."""
    aligned = ctx.sentence_alignment(k)
    if aligned is None:
        return
    lost_s = [aligned.source[i] for bead in aligned.beads if not bead.target for i in bead.source]
    extra_t = [aligned.target[j] for bead in aligned.beads if not bead.source for j in bead.target]
    reported: set[int] = set()
    yield from _merged_paragraphs(ctx, aligned, sblocks, tblocks, lost_s, extra_t, reported, moved_t)
    found = yield from _lost_sentences(ctx, aligned, tblocks, lost_s, reported)
    if not found:
        yield from _short_translations(ctx, aligned)


def _merged_paragraphs(ctx: Context, aligned: SentenceAlignment, sblocks: list[Block], tblocks: list[Block],
                       lost_s: list[Unit], extra_t: list[Unit], reported: set[int],
                       moved: frozenset[int]) -> Iterator[Finding]:
    """Whole paragraphs inside a merged (or split) bead whose sentences have no counterpart, or whose
    vocabulary the other side does not render; `reported` receives the ids of their sentences, `moved` holds the
    ids of target blocks that translate an unpaired source paragraph beside the bead (_moved_translations)."""
    ss, ts = aligned.source, aligned.target
    if len(sblocks) > 1:
        for b in sblocks:
            mine = [x for x in ss if x[0] is b]
            if mine and _MARKUP_TAG.sub("", b.text).strip() and (all(x in lost_s for x in mine) and english_size(b.text) >= MIN_PARAGRAPH_CHARS or _unrendered_source(b, sblocks, tblocks)):
                reported.update(id(x) for x in mine)
                yield ctx.finding(
                    PARAGRAPH_OMITTED, f"source {b.kind.replace('_', ' ')} {quote(b.text)} has no translation",
                    source=whole(b), target=(tblocks[0], 0, 0), suggestion="translate it and insert it here",
                )
    if len(tblocks) > 1:
        for b in tblocks:
            mine = [x for x in ts if x[0] is b]
            if id(b) in moved or is_marked_note(b.text):
                continue  # the translation of an unpaired source paragraph beside the bead; a marked note
            if mine and (all(x in extra_t for x in mine) and len(b.text) >= 10 or _unrendered_target(b, sblocks, tblocks)):
                yield ctx.finding(
                    PARAGRAPH_ADDED, f"target {b.kind.replace('_', ' ')} {quote(b.text)} has no source",
                    target=whole(b), suggestion=ADDED_FIX,
                )


def _lost_sentences(ctx: Context, aligned: SentenceAlignment, tblocks: list[Block], lost_s: list[Unit],
                    reported: set[int]) -> Generator[Finding, None, bool]:
    """Source sentences of MIN_SENTENCE_CHARS or more with no counterpart (outside the paragraphs
    already reported); returns whether there was one."""
    found = False
    where: dict[tuple[int, int, int], int] = {}  # each source sentence's first place, as list.index gave it
    for k, (sb, ss, se) in enumerate(aligned.source):
        where.setdefault((sb.index, ss, se), k)
    nears = _targets_near(aligned.beads, aligned.target)
    whole_alignment = _WholeAlignment(aligned)
    for x in lost_s:
        b, s, e = x
        q = _with_opening_quote(b.text, s)
        size = english_size(b.text[q:e])
        if id(x) in reported or size < min(WHOLE_MIN_CHARS, MIN_QUOTE_CHARS, MIN_SENTENCE_CHARS):
            continue
        near = nears(where[(b.index, s, e)])  # (every lost unit is one of aligned.source's)
        place = (near[0], near[1], near[2]) if near else whole(tblocks[0])
        if size >= WHOLE_MIN_CHARS and _unrendered_sentence(whole_alignment, x):
            found = True
            yield ctx.finding(
                SENTENCE_OMITTED, f"the sentence {quote(b.text[q:e], 80)} has no translation",
                source=(b, q, e), target=place, suggestion="translate the missing sentence and insert it here",
            )
            continue
        if size < (MIN_QUOTE_CHARS if q < s or b.text[s:s + 1] in _OPENING_QUOTES else MIN_SENTENCE_CHARS):
            continue
        if near is not None and _fragment_rendered(b.text[s:e], near[0].text[: near[1]]):
            continue
        found = True
        yield ctx.finding(
            PARTIAL_OMISSION, f"the sentence {quote(b.text[q:e], 80)} has no translation",
            source=(b, q, e), target=place, suggestion="translate the missing sentence",
        )
    return found


WHOLE_MIN_CHARS = 15
"""Non-space characters of a lost sentence that TQA016 reports (`We can keep going.`: 15). Lower than TQA003's 30,
since the lexicon must confirm that nothing of the sentence is rendered; hand-set between the shortest labelled lost
sentences of the development splits that pass the lexicon's tests (15, 21, 27: heldout17, heldout14, dev) and
`I repeat.` (8, dev2), too short for a finding of the error level."""
WHOLE_OTHERS_RENDERED = 0.2
"""The share of the other sentences' dictionary words the translation must render (main renderings) for TQA016: a
translation that renders less is too free for the lexicon to vouch that a sentence is missing. Chosen on the
development splits (release 30, `benchmarks/sentence_omitted.py`): the one false candidate it leaves out renders
3 of its 17 (heldout15 `There's facts there now."` → `目前就是这种情况`), the right ones 1 of 4 or more."""
_SENTENCE_START = re.compile(r"[\"“‘'(\[\s]*[A-Z]")


class _WholeAlignment:
    """What TQA016's test (`_unrendered_sentence`) reads of a sentence alignment as a whole, each part computed once,
    on first need, for all its lost sentences (hostile30 #3: rebuilt per lost sentence, the other sentences' words and
    the whole translation's renderings made a paragraph of many lost sentences quadratic). The other sentences of one
    sentence are the whole less that sentence: their words those that some other sentence holds (`held`), their size
    the whole's less its own."""

    def __init__(self, aligned: SentenceAlignment) -> None:
        self.aligned = aligned

    @cached_property
    def texts(self) -> list[str]:
        return [u[0].text[u[1]:u[2]] for u in self.aligned.source]

    @cached_property
    def copies(self) -> dict[int, int]:
        """How many times each unit (by identity) stands in the source sentences."""
        return Counter(id(u) for u in self.aligned.source)

    @cached_property
    def places(self) -> dict[int, int]:
        """Each unit's (first) place among the source sentences, by identity."""
        out: dict[int, int] = {}
        for k, u in enumerate(self.aligned.source):
            out.setdefault(id(u), k)
        return out

    @cached_property
    def words(self) -> list[frozenset[str]]:
        return [content_words(t) for t in self.texts]

    @cached_property
    def held(self) -> Counter[str]:
        """For each dictionary word of the source sentences, how many sentences hold it."""
        return Counter(w for ws in self.words for w in ws)

    @cached_property
    def size(self) -> int:
        return sum(english_size(t) for t in self.texts)

    @cached_property
    def zh(self) -> str:
        return "".join(u[0].text[u[1]:u[2]] for u in self.aligned.target)

    @cached_property
    def zh_size(self) -> float:
        return chinese_size(self.zh)

    @cached_property
    def loosely(self) -> Callable[[Iterable[str]], list[bool]]:
        return loose_renderer(self.zh)

    @cached_property
    def rendered(self) -> frozenset[str]:
        """The source sentences' dictionary words the translation renders (main renderings) or keeps."""
        return matched(frozenset(self.held), self.zh)


def _unrendered_sentence(whole: _WholeAlignment, x: Unit) -> bool:
    """TQA016's test for a source sentence `x` (one of whole.aligned's) with no target bead: it opens as a sentence (a
    capital letter, after any quotation mark or bracket: not a lower-case word or a figure the sentence splitter cut off,
    `approx.` | `100`, `No.` | `3 and it lightened…`, WMT23 NLLB_Greedy beauty-3-en_0089509-89, a sentence cut, not
    dropped), has dictionary words of its own (not in the other source sentences of the bead) and the translation
    renders none of them by any loose rendering, while it renders WHOLE_OTHERS_RENDERED of the other sentences' words
    and is shorter than the whole English predicts. False without the lexicon (no dictionary words)."""
    b, s, e = x
    sentence = _MARKUP_TAG.sub(" ", b.text[s:e])
    if not _SENTENCE_START.match(sentence):
        return False
    k, copies = whole.places[id(x)], whole.copies[id(x)]
    mine, held = whole.words[k], whole.held
    own = frozenset(w for w in content_words(sentence) if held[w] - (copies if w in mine else 0) <= 0)
    if not own:
        return False
    if any(whole.loosely(sorted(own))):
        return False
    only = frozenset(w for w in mine if held[w] <= copies)  # the words no other sentence holds
    rest = len(held) - len(only)
    if not rest or len(whole.rendered) - len(whole.rendered & only) < max(1.0, WHOLE_OTHERS_RENDERED * rest):
        return False
    return sizes_log_ratio(whole.size - copies * english_size(whole.texts[k]) + english_size(sentence), whole.zh_size) < 0


_OPENING_QUOTES = "\"“‘'"


def _with_opening_quote(text: str, s: int) -> int:
    """The start of the sentence at `s` with the quotation mark that opens it: the English sentence splitter leaves an
    opening `"` at the end of the sentence before (`… in a call. "` | `We are not slowing down," he said.`), and
    TQA003 quoted the sentence unbalanced, its closing mark kept and its opening one not (newcomer29 #2)."""
    return s - 1 if s >= 1 and text[s - 1] in _OPENING_QUOTES and (s == 1 or text[s - 2].isspace()) else s


FRAGMENT_RENDERED = 0.3  # of a lost fragment's content words rendered by the translation just before it (the one
# case read, heldout8: 1 of 3, `bidding` and `item` have no rendering the dictionary gives)


def _fragment_rendered(english: str, before: str) -> bool:
    """A 'sentence' that starts in lower case (the English sentence splitter cut after `etc.` or `approx.`) whose
    content words the translation before it renders in part: the translation of the sentence it belongs to holds it."""
    first = english.lstrip(" \"“'(")[:1]
    if not first.islower():
        return False
    words = content_words(english)
    return bool(words) and len(matched(words, before)) >= FRAGMENT_RENDERED * len(words)


def _short_translations(ctx: Context, aligned: SentenceAlignment) -> Iterator[Finding]:
    """Sentence pairs whose translation is much shorter than expected (a clause missing), or cut off
    at the end (its last content words unrendered)."""
    ss, ts = aligned.source, aligned.target
    for bead in aligned.beads:
        if not bead.source or not bead.target:
            continue
        b, s, e = ss[bead.source[-1]]
        en_text = " ".join(ss[i][0].text[ss[i][1] : ss[i][2]] for i in bead.source)
        en = english_size(en_text)
        if en < MIN_CLAUSE_CHARS:
            continue
        zh_text = "".join(ts[j][0].text[ts[j][1] : ts[j][2]] for j in bead.target)
        # an opening linking adverb (`Therefore, …`) is left out of the expected length: a translation may leave it to
        # the order of its sentences (2 findings fewer on WMT22 reference A; over dev..heldout16, 3 fewer of 197
        # confirmed, each on a line that TQA005 reports, cut at a comma)
        ratio = log_ratio(without_linking_opening(en_text), zh_text)
        first, last = ts[bead.target[0]], ts[bead.target[-1]]
        target = (first[0], first[1], last[2]) if first[0] is last[0] else last
        if len(bead.source) == 1 and (ratio < PARTIAL_LOG_RATIO or ratio < CUT_LOG_RATIO and (
                _cut_off(en_text, zh_text) or _names_lost(en_text, zh_text))):
            pct = round(100 * math.exp(ratio))
            yield ctx.finding(
                PARTIAL_OMISSION,
                f"the translation of {quote(b.text[s:e], 80)} is about {pct}% of its expected length: a clause seems missing",
                source=(b, s, e), target=target, suggestion="translate the missing clause",
            )
        elif ratio < 0 and _long_tail_lost(en_text, zh_text):
            yield ctx.finding(
                PARTIAL_OMISSION,
                f"the translation renders hardly any of the last words of {quote(b.text[s:e], 80)}: its end seems cut off",
                source=(b, s, e), target=last, suggestion="translate the end of the sentence",
            )


def _unrendered_source(b: Block, sblocks: list[Block], tblocks: list[Block]) -> bool:
    """A source paragraph of a merged bead whose content words the translation renders at the rate of
    a neighbouring paragraph's translation, not its own (or hardly any, when the translation also
    lacks the paragraph's handles and URLs), while it renders the other paragraphs: the paragraph
    was dropped, not merged."""
    zh = "".join(t.text for t in tblocks)
    words = content_words(b.text)
    m, n = len(matched(words, zh)), len(words)
    ids = [i for i in identifiers(b.text) if not i.startswith("#")]  # hashtags get translated
    zh_lower = zh.lower()
    lost_ids = bool(ids) and not any(i in zh_lower for i in ids)
    if m * RENDERED_LLR + (n - m) * UNRENDERED_LLR > (LOST_ID_LLR if lost_ids else ORPHAN_LLR):
        return False
    others = frozenset().union(*(content_words(o.text) for o in sblocks if o is not b))
    return len(matched(others, zh)) >= ORPHAN_MIN_OTHERS


def _unrendered_target(b: Block, sblocks: list[Block], tblocks: list[Block]) -> bool:
    """A target paragraph of a split bead that renders none of the source's content words although,
    for its length, it should render several: the paragraph was added, not split off."""
    words = frozenset().union(*(content_words(o.text) for o in sblocks))
    han = [len(HAN.findall(t.text)) for t in tblocks]
    mine = len(HAN.findall(b.text))
    if not words or not mine or matched(words, b.text):
        return False
    # the source words the bead's translation renders, shared out by length
    expected = len(matched(words, "".join(t.text for t in tblocks))) * mine / sum(han)
    return expected >= ORPHAN_EXPECTED


def _cut_off(english: str, chinese: str) -> bool:
    """The head of the English sentence is rendered and most of its tail is not, by the dictionary's main
    renderings nor by any looser one that renders no word of the head (`seconds` → `秒`, `button` → `按钮`, but not
    `France` → `法国` after `French`): a compressed translation renders its tail loosely, a cut one not at all."""
    head, tail, lost = tail_unrendered(english, chinese)
    if head < 1 or tail < CUT_TAIL_WORDS or lost < CUT_TAIL_UNRENDERED * tail:
        return False
    words = dictionary_words(english)
    found = found_any(frozenset(words), chinese)
    heads = frozenset().union(*(found.get(w, frozenset()) for w in words[:-tail]))
    return sum(1 for w in words[-tail:] if not found.get(w, frozenset()) - heads) >= CUT_TAIL_UNRENDERED * tail


def _names_lost(english: str, chinese: str) -> bool:
    """The Chinese keeps some of the sentence's Latin-script names and lacks another (the sentence's
    capitalised first word aside): in a short translation, the clause that held it was cut
    ("Gamle Oslo and Alna …, along with Stovner and Grünerløkka" → "Gamle Oslo 和 Alna …")."""
    en, zh = english_names(english), chinese_names(chinese)
    tokens = latin_tokens(english)
    first = {name_key(tokens[0][2])} if tokens else set()
    return bool(en & zh) and bool(en - zh - first)


def _long_tail_lost(english: str, chinese: str) -> bool:
    """Many content words at the end of the English and nearly none rendered, behind a rendered head:
    a cut that the length alone hides when the sentences around it are long (merged sentence beads)."""
    head, tail, lost = tail_unrendered(english, chinese)
    return head >= LONG_TAIL_HEAD and tail >= LONG_TAIL_WORDS and lost >= LONG_TAIL_UNRENDERED * tail


def _targets_near(beads: list[Bead], ts: list[Unit]) -> Callable[[int], Unit | None]:
    """For source sentence i, the place just after the target sentence before the place where it would go (the
    beads walked once for all: walked again for each lost sentence, 7,000 of one paragraph were quadratic)."""
    before: dict[int, Unit | None] = {}
    last: Unit | None = None
    for bead in beads:
        for i in bead.source:
            before.setdefault(i, last)
        if bead.target:
            last = ts[bead.target[-1]]

    def near(i: int) -> Unit | None:
        u = before.get(i, last)
        return None if u is None else (u[0], u[2], u[2])
    return near
