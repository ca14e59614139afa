"""Clause coverage of aligned pairs: what real MT drops inside a paragraph that lengths alone miss.

Measured on real MT outputs read by people who never saw these rules (`benchmarks/real/wmt-mt`):
weak systems cut a sentence at its first comma (the translation ends in `，` while the English goes
on), drop the opening clause and keep the rest, drop speaker tags, handles and URLs, drop the
attribution of a quote, and repeat a phrase over and over. Each rule names the English words that
went missing.
"""

from __future__ import annotations

import dataclasses
import difflib
import functools
import itertools
import re
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Iterator

import regex

from transqa.checks.omission import (
    ANSWER_NOT_TRANSLATION,
    PARTIAL_OMISSION,
    SENTENCE_OMITTED,
    is_marked_note,
)
from transqa.checks.transliteration.rules import NAME_DROPPED, NAME_LITERAL, PERSON_DROPPED
from transqa.context import Context, quote
from transqa.findings import Finding, Location, Severity, without_inside
from transqa.lang.addedsentence import added_sentence
from transqa.lang.english import LINKING_WORDS
from transqa.lang.glosses import found_any
from transqa.lang.length import log_ratio
from transqa.lang.lexicon import (
    chinese_words,
    content_words,
    dictionary_words,
    loose_renderings,
    loosely_rendered,
    matched,
    reduplicable_words,
    rendered_flags,
    renderings,
    tail_unrendered,
)
from transqa.lang.reliability import reliability
from transqa.lang.script import HAN, HAN_CLASS, HAN_RANGE, IDENTIFIER, han_count, is_han
from transqa.lang.transliterate import is_common_word, is_headword, rendering_score
from transqa.memo import per_pair
from transqa.model import Block
from transqa.quantities.reldays import TIME_WORDS
from transqa.registry import rule

SENTENCE_CUT = rule(
    "TQA005", "sentence-cut", "omission", Severity.ERROR,
    "The translation stops at a comma, colon, open quote or dash where the English goes on",
    """
    What it checks: a translated paragraph whose last character is a comma (`，` `,` `、`), a colon,
    a semicolon, an opening quote or bracket, a dash or a trailing ellipsis, or that ends in a
    conjunction or preposition and a full stop (`玩弄一些与.`; not a word the lexicon knows, such as
    `参与。`), while its English
    paragraph ends a sentence, and the translation is below 86% of its expected length (110% when
    the English ends in `.`, `!` or `?`) or leaves three quarters of the English tail unrendered (a
    reference may run a sentence on into the next line), unless the English opens a quotation that goes on in the next paragraph, or ends by closing a quotation that the
    translation closes too, after an end mark of its own, before its comma (`…do that "Take cover now!!"` →
    `…通常会“立即躲起来！！”，`). A translation that ends in
    the Chinese ellipsis (`……`) trails off on purpose and counts as cut only where an English ellipsis would.
    A translation that stops at a comma with as many clauses as the English has or more, and whose last clause renders
    the English's last content word (one the English has only once: `…my Keurig machine gives me an error message that
    the pod is not compatible with my machine.` proves nothing by `机器`), is a whole sentence run on into the next line
    (`English is my second language.` → `英语是我的第二语言，`), not a cut, nor is one of an English sentence of a single clause (no comma, colon, dash or
    conjunction) at its expected length or more; nor is one at 70% of its expected length or more that renders every
    dictionary word (two or more) of the clause the report would name as lost: the translation puts that clause
    earlier and runs on (`…, although the airline said its flights were continuing to operate.` →
    `尽管英国航空公司称其航班作业仍会照常进行，但…“失望”，`), unless the translation is that later clause alone,
    opening with its subordinator and stopping at the comma, while the English, one sentence, opens with its main
    clause (`This happened even when I made sure the ring and my finger was completely dry.` → `尽管我确保戒指和手指完全干燥,`):
    then the main clause is reported as lost; nor one whose next translated paragraph renders (by two
    Han characters or more) half or more of the dictionary words of that clause that the next English paragraph
    lacks, this translation none of them: the sentence runs on into the next line, which took its tail
    (`These neighbors and I share a fence.` / `It separates our back yards.` → `我们的后院挨着，` / `仅一篱笆之隔。`).
    An English paragraph that ends in a colon ends its clause: a translation that stops at a comma
    there is cut, one that ends in a colon is not; nor is one that ends in a colon after `以下`, `如下`, `下列` or
    `下面` announcing the next paragraphs while its English announces them (`following`, `next`, `below`, `as
    follows`) with no colon of its own (`Ok, please do me the favour to follow the next steps>` → `好的，请执行以下步骤：`). When the English itself stops at a comma or an ellipsis, the translation must be below 60% of its
    expected length and leave the English tail unrendered, or, where the English trails off in an
    ellipsis, stop at a comma and render no content word of the English's last clause. A translation that ends in a connective that cannot end a sentence (`为了。`, `因为。`, `虽然。`, `而不是。`) is
    reported at any length. A translation that stops on a Chinese word with no punctuation at all (`…是深为民`)
    while its English ends a sentence is cut when it renders four or more content words of the English's first
    three fifths and no rendering of the English's last content word (a whole translation that only drops
    its full stop renders it), unless it ends on a quoted phrase the English closes before its end. The report names the English clause that has no translation: the
    clause after the last English word the Chinese renders (CC-CEDICT lexicon, the `lexicon` extra),
    or, without the lexicon, the clauses beyond the number the Chinese has.

    Why it matters: weak MT (NLLB above all) stops at the first comma of a sentence and drops the
    main clause; the paragraph reads like a fragment and its point is lost.

    Example: EN `When the storm reached the coast on Sunday, officials ordered 3,000 residents to
    leave.`, ZH `周日风暴抵达海岸时，`

    Fix: translate the rest of the sentence.
    """,
    needs_source=True,
)
OPENING_DROPPED = rule(
    "TQA006", "opening-dropped", "omission", Severity.WARNING,
    "The opening clause of a sentence has no translation",
    """
    What it checks: an aligned paragraph whose translation is below 74% of the length the English
    predicts (70% when the opening has one content word, 82% when it has three or more) and renders none
    of the content words of the English opening clause (up to a comma or conjunction; words the
    CC-CEDICT lexicon knows; a word counts as rendered by any rendering the dictionary gives it, single
    characters included, but not by one that renders a later word of the paragraph too) while it
    renders two or more words after it, and keeps none of the opening's figures or Latin-script names.
    The report names the opening up to the clause boundary before the first rendered word; without a
    boundary, up to that word, when the translation begins with its rendering and two or more words
    before it are unrendered (`Too bad the company does not know…` → `公司不知道…`). When the opening is a clause of
    time with its own subject (`When I…`, `So, once we…`, `After the…`; not `while`, often concessive) and the
    translation has no word that tells a time (`当`, `时`, `后`, `前`, `一旦`, `随着`, `一…就`…), any length below the
    expected one will do: a rendering of that clause keeps such a word (`When I purchased the unit, I thought…` →
    `我认为…`).
    Also: a translation below 78% of its expected length that opens with a connective (`然后`, `并且`,
    `如果`, `尽管`, `因为`, `所以`, `但是`…) rendering a conjunction that stands further on in the English,
    not at its start: the English before that conjunction is reported (`All going into English, and
    then from the English…` → `然后从英语转化为其他语言`), unless the connective renders the English's first
    word (`Moreover, …` → `而且，…`). For an opener that Chinese may put first
    (`为了`, `作为`, `而是`, `即使`, `除非`), only when no content word of that English is rendered.
    Also, past any clause boundary: a translation below 86% of its expected length that begins with the
    rendering of an English word before which two or more content words have no rendering at all: the English
    before that word is reported (`It isn't my term, it is a term used to describe…` → `描述…`), unless that
    word or the next tells the time (`year`, `Tuesday`, `night`…), which Chinese puts first. And wherever the
    translation begins: a translation below 64% of its expected length in which three or more content words before
    the first rendered one have no rendering at all, and half or more of the words from there on are rendered
    (`So, these new sentences will actually try to solve two problems…` → `通过一个实验, 解决两个问题.`).
    None of these when the translation opens with a clause of its own, up to a comma, that renders no English word
    after the opening (`As long as you are happy…, please…` → `如果你满意，请…`): it stands for the opening.
    Nor when the opening is one linking adverb (`Therefore,`, `However,`) or the translation begins with a
    transliteration of a name of the opening (`Tottenham Hotspur have already…` → `托特纳姆热刺队…`), nor when the
    opening ends at a comma of a serial list and the translation's first clause is a list joined by `、`
    (`Any Charges On Shipping, Handling And Insurance Are Non-Refundable.` → `邮费、处理费和保险不可退款。`), nor when the
    opening repeats the whole English paragraph before it word for word and that paragraph's translation ends in a
    comma (`Whatever is needed.` / `Whatever is needed, the federal government…` → `无论你需要什么，` / `联邦政府都会提供…`:
    said once, at the line break).

    Why it matters: MT drops an introductory clause (`So, when some session is happening, …`,
    `The instructions are easy enough and …`) and keeps a fluent main clause, so nobody notices.

    Example: EN `With the negative constraints I did something a little more complicated in the
    decoding.`, ZH `我在解码中做了一些更复杂的事情。`

    Fix: translate the opening clause.
    """,
    needs_source=True,
)
TAG_DROPPED = rule(
    "TQA007", "tag-dropped", "omission", Severity.WARNING,
    "A speaker tag, handle or URL of the source is missing from the translation",
    """
    What it checks: speaker and entity tags of transcripts (`(PERSON4)`, `[PROJECT1]`), @handles,
    emoji shortcodes of posts (`:morty:`; spaces or a full-width colon inside the copy are forgiven),
    e-mail addresses, domains and URLs of an English paragraph that its translation neither copies
    nor renders (a tag may be translated as `（人4）`). URLs and domains are the link rules' (TQA101). A
    hashtag inside a sentence counts as a word: it is reported when the translation neither keeps it nor
    renders it (any dictionary rendering: `#trans woman` → `跨性别女性` is kept); tag lines before or after
    the text are not checked, nor a handle the translation spells otherwise (a handle sharing a long run of
    characters with it: a transcript's `@kpotionus` written `@skinpotionus`). The addressee handle that opens a
    reply is checked too (`@user24 looking forward to…` → `期待看到…`): professional translators keep it. A paragraph of hashtags alone
    (`#FalconGameBooks`) whose translation keeps none of them and renders none of their words (camel case split:
    falcon, game, books) but says something in Chinese is reported too: a stock phrase stands in its place.
    Also: a chat placeholder (`#PRS_ORG#`) that the translation has fewer times than the English (a whole one
    missing, fewer `#` than two per placeholder less one: `订单号#` is TQA305's), and an acronym in brackets after
    the words it names (`security code (CVV)`) that the translation lacks, unless it abbreviates those words
    (`Central Bank of Nigeria (CBN)`) or the translation puts Chinese words in brackets (`（美联社）`). And an item
    marker typed at the start of a plain-text paragraph (`1)`, `12.`, `a)`, and `Q.`/`A.` in a source whose
    paragraphs open with both) that the translation does not open with (no letter, figure, Chinese numeral, `第`,
    `问`/`答` or bullet; a translation that is a Markdown list item has its marker in the list):
    `A. Please check…` → `请检查…`.

    Why it matters: a translation copies these as they are; when one is missing, the clause or
    speaker change it belonged to was usually dropped with it.

    Example: EN `(PERSON4) I think the essay was good`, ZH `我认为这篇文章很好`

    Fix: restore the tag, handle or URL (and whatever was dropped with it).
    """,
    needs_source=True,
)
ATTRIBUTION_DROPPED = rule(
    "TQA008", "attribution-dropped", "omission", Severity.WARNING,
    "The attribution of a quote or claim (`she said`, `according to`) has no translation",
    """
    What it checks: an English paragraph with an attribution (`," Biden said.`, `, he told
    reporters`, `according to …`) whose translation has no verb or marker of speech or source
    (说, 表示, 称, 据, 指出, 透露, 告诉, 写道 and the like; not a character of a word that says nothing of speech:
    问题, 数据, 知道, 道歉). The attribution, after a comma or a quotation mark, may have a subject of a few words
    (`, the officials said`) or follow its verb (`, claim Marca.`), or open the paragraph (`Ms Hyslop said: "…"`).
    The attribution of a quotation (a quotation mark
    before it: `…," he said.`) counts only in a translation below 82% of its expected length, since a
    translation may name the speaker where the quotation opens, in the paragraph before
    (`发言人……：` then `“……”`); reported speech (`…, it said.`, `according to …`) counts at any length.
    So does the source a headline names after a colon at its end (`… In 20 Minutes: Report`, `…: Police`) when the
    translation renders none of its words either (`：报告`, `警方` keep it).

    Why it matters: dropping "she said" turns a quoted opinion into the paper's own claim.

    Example: EN `"We will get through this together," he said.`, ZH `我们将一起度过这个难关。`

    Fix: translate the attribution.
    """,
    needs_source=True,
)
PHRASE_REPEATED = rule(
    "TQA009", "phrase-repeated", "addition", Severity.ERROR,
    "The translation says again a phrase, word or time that the source says once",
    """
    What it checks: a Chinese paragraph in which one clause follows itself three or more times (two when it has four
    or more Han characters), or a run of two to twelve Han characters repeats four times in a row, while the English
    paragraph repeats no clause. Also: a run of 14 or more Han characters said twice, apart, in the translation of a
    one-sentence English paragraph that repeats no three words in a row, when the translation is longer than its
    expected length (above 110%): a part of the sentence rendered again in place of another. And a dictionary word
    written twice in a row (`希望希望`) that renders one English word, said once, whose neighbours (two words either
    side) the translation renders; and any common word of CC-CEDICT written twice in a row or with 还, 也, 又 or a
    quotation mark between (`要么要么用过`, `并可以还可以雇佣`, `正在“正在`), or with a light verb between (`检验进行检验`:
    进行, 加以, 予以, 作出, 做出; a verb too), its doubling no entry of its own and neither copy part of a longer word
    beside it; not a sound (`嘎吱嘎吱`), a verb (`修复修复`, which Chinese grammar doubles), one character run on
    (`哇哇哇哇`) or a pronoun doubled for "such and such" (`说我如何如何`); and not where English words may share it
    (two render it, `markings were incorrectly marked` → `标记标记错误`, or one does beside a word the translation leaves
    unrendered, `quest missions` → `任务任务`) or the English says a word or phrase twice in a row itself (`if you if
    you`). And a clause that says again the end of the clause before it (three Han characters or more), alone or after
    a linking word (`…还要服务两年，还要服务两年。`, `…尚未结案的谋杀事件，尤其是尚未结案的谋杀事件`), where the English
    does not say the end of a segment again. And a word of time (a day of the week, 今天, 明天, 下周, 去年…) said twice
    in one sentence of the translation where the English paragraph says it once (`高压将在下周初持续到下周初。` for
    `…through early next week.`), unless the second copy opens a clause of its own (`…，所以明天会…`).

    Why it matters: a degenerate MT decoder loops (`关键是, 关键是, 关键是, …` 56 times in one real output) and the
    translation of the sentence is lost behind the loop; a word or a time said twice reads as a slip, and the copy
    often stands where other words of the source should be.

    Example: EN `The key is to act now.`, ZH `关键是，关键是，关键是，关键是现在就行动。`; EN `High pressure will
    prevail through early next week.`, ZH `高压将在下周初持续到下周初。`

    Fix: say it once, where it renders the source, and translate there the words the repetition replaced, if any.
    """,
    needs_source=True,
)
SENTENCE_ADDED = rule(
    "TQA010", "sentence-added", "addition", Severity.WARNING,
    "The translation has a sentence that the source does not have",
    """
    What it checks: a translated paragraph with more sentences than its English one (of one or two
    sentences) whose last sentence is short (2 to 40 Han characters) and renders none of the English content words
    (CC-CEDICT lexicon, the `lexicon` extra) while the sentences before it render two or more, one of them among
    the English's last two (the translation has reached the end of the source). Dots of an ellipsis and an
    exclamation inside a quoted title (`“狗的早餐！”而离开床`) end no sentence. A last sentence marked as a note
    (`（译注：…）`, `译者注：…`, the markers TQA002 accepts for a paragraph) is the translator's, not added.

    Also: an English sentence translated twice, one translation after the other, each of the two Chinese
    sentences rendering half or more of its content words (the second is reported). And, in a paragraph of more
    sentences than its English (a semicolon of the English ends one), a whole sentence anywhere (six Han characters
    or more) three quarters of whose dictionary words (three at least) have no counterpart in the English, that
    renders no English content word the other sentences do not, while the other sentences render one of each English
    sentence and leave no three English content words in a row unrendered (`该公司还计划明年在美国上市。` inside a
    translated paragraph of three sentences); a reply in the paragraph (TQA013) is reported as that alone. And, in a
    paragraph of more sentences than its English, a last sentence (four Han characters or more) that the next
    paragraph's translation opens with, word for word, or a first sentence that the previous one ends with
    (`大家好！我来自爱沙尼亚。` before `我来自爱沙尼亚，在那里我是国防军的一员。`): the neighbour's sentence run in. And a
    fragment ending in the subword joiner `@@` of a machine translation system (`…运动水平。FOLFO@@`) where the English
    has none.

    Why it matters: weak MT appends a stock phrase of its training data (`现在,我们来看看`, "now let's
    look at") after the translation; a reader takes it for the author's words.

    Example: EN `So, there is a certain skill in that, which needs to be practiced.`, ZH
    `这其中有一定的技巧，需要练习。现在，我们来看看`

    Fix: remove the added sentence.
    """,
    needs_source=True,
)
CLAUSE_DROPPED = rule(
    "TQA012", "clause-dropped", "omission", Severity.WARNING,
    "A clause inside or at the end of a sentence has no translation",
    """
    What it checks: an aligned paragraph (one English, one Chinese) whose translation is below 74%
    of the length the English predicts and that renders none of the content words of one English
    clause (between commas, semicolons, dashes or conjunctions; two or more words the CC-CEDICT
    lexicon knows; a word counts as rendered under a base form the plain lookup misses, `reduction` → reduce,
    and by a dictionary phrase that ends in it, `noise reduction` → 降噪, `bottom line` → 底线, or by any
    rendering the glosses give, single characters included, `as soon as possible` → 尽快) while it renders three or more and at least half of the content words of the rest
    of the paragraph, counted the same way (one of them at least by a main rendering). `and` or `or` between two
    capitalised words joins a name (`the Council for Childhood and Motherhood`), not two clauses. The report names
    the clause; a quotation dropped with its marks (below) is named whole instead. The opening clause is TQA006's, a sentence cut at a comma TQA005's.
    Also, at any length: a translation with an empty pair of quotation or title marks (`想加入我的""?`, `“”`, `《》`)
    where the English quotes words (`Want to join my "pod"?`): the quoted words were dropped, the marks kept.
    And a translation below 86% of its expected length with no quotation or title mark at all where the English
    quotes 20 characters or more (`…, who replied: "Says the heart and soul of …"` → `…民主党人。`): the quotation
    was dropped with its marks.
    And a translation below its expected length (and at or below 95% of the length the English predicts without
    the phrase), of an English paragraph of one or two sentences, that renders three or more and 70% or more of the
    English's other content words but none of a run of them, in a row within a clause, that holds two or more words
    a clean professional translation nearly always
    renders (on 17 of 20 lines or more of WMT21 references A and B and WMT22 reference B: `ministry`, `government`,
    `hospital`, `week`; `data/en_reliability.json`): the phrase is reported (`The country's health ministry
    reported 300 new cases…` → `周二新增300例病例…`).
    And a translation below 82% of its expected length with no negator at all (不 没 未 无 非 别…) where the English
    negates (`not`, `n't`, `never`, `neither`, `nor`, `cannot`; `not only`, `No 10`, `no doubt`, tag questions, `not …
    long` and a `not … until` rendered 直到/才 left out) and renders a third or less of the two or more content words
    from the negator to the next comma, quote mark or stop: the negated clause is reported (`It is not thought to be
    a serious outbreak at this stage, with The Athletic reporting…` → `据《运动报》报道…`), the claim lost with its
    negation.
    And, at any length of the paragraph, a sentence of it (the sentence alignment) whose translation is below 74% of
    the length the sentence predicts and renders 90% or more of its content words (three at least) but a third or
    fewer of those of one clause of three or more (`Automatically renews each year, unless the renewal is cancelled
    before the day you are due to be charged in my.norton.com or by contacting Norton Support.` → `每年自动续订，除非在
    my.norton.com或通过联系诺顿支持取消续订。`): the longest run of the clause's words left untranslated is reported
    (`day you are due to be charged`), or the clause when no two of its unrendered words stand in a row.

    Why it matters: MT drops a trailing clause after `and`, or a qualifying clause in the middle of a
    long sentence, and the rest reads fluently, so nobody notices.

    Example: EN `The instructions are easy enough and I had it installed within an hour, but the
    cable is far too short for the car.`, ZH `说明很简单，我在一个小时内就安装好了。`

    Fix: translate the clause, or the words reported.
    """,
    needs_source=True,
)
RULES = (SENTENCE_CUT, OPENING_DROPPED, TAG_DROPPED, ATTRIBUTION_DROPPED, PHRASE_REPEATED, SENTENCE_ADDED,
         CLAUSE_DROPPED)

# A translation that ends where a sentence cannot end; `:(` `：(` are emoticons and `。“` a closing
# quote typed the wrong way round, not open ones.
_ZH_CUT = re.compile(
    r"(?:[，,、：:；;]|(?<![。！？!?.…\s])[“「『‘]|(?<![:：;；])[（(]|(?<![.…])(?:\.\.\.|…+)|[-–—])\s*$"
)
# …or in a conjunction or preposition with nothing after it but a full stop (`玩弄一些与.`, `甚至更.`), unless
# it ends a word the lexicon knows (`参与。`, `柔和。`)
_ZH_DANGLING = re.compile(rf"([{HAN_RANGE}])([与和及或更把被从跟])\s*[.。]\s*$")
# …or in a connective that cannot end a sentence at all (`这也是为了。`, `虽然。`): a broken sentence at any length
# (`而不是。`, "rather than" with what it is set against lost: 2 lines of the 13 WMT22 systems, both cut, none in a reference)
_ZH_DANGLING_WORD = re.compile(r"(为了|因为|由于|对于|关于|以及|并且|而且|如果|虽然|尽管|例如|比如|而不是|而非)\s*[.。]\s*$")
# An English paragraph that itself stops there (a line broken mid-sentence in the source)
_EN_OPEN = re.compile(r"(?:[,;]|\.\.+|…|[-–—])[\"'”’)\]]*\s*$")
_EN_ELLIPSIS = re.compile(r"(?:\.\.+|…)[\"'”’)\]]*\s*$")
_ZH_COMMA_END = re.compile(r"[，,、]\s*$")
# An English paragraph that ends in a colon ends its clause (a list or a quotation follows): a translation
# that stops at a comma there is cut, one that ends in a colon too is whole
_EN_COLON = re.compile(r":[\"'”’)\]]*\s*$")
_ZH_COLON = re.compile(r"[:：]\s*$")
_EN_MARKUP = re.compile(r"</?[a-z_]+/?>")
# A translation that ends on a Han character (or a closing quote after one) with no punctuation at all
_ZH_BARE_END = regex.compile(HAN_CLASS + r"[\"”’」』]?$")
# …cut mid-sentence when it renders this many content words of the English's first three fifths and nothing of its
# last word. Read on all WMT22/23 system outputs: of 13 such lines 12 were cut off mid-sentence, the other a whole
# translation that dropped its full stop and ends on a quoted phrase the English closes earlier (`…是一条它不允许跨越的“红线”`
# for `is a "red line" it will not allow to be crossed.`: now left out); with fewer words
# rendered in the head, most were whole short sentences without a full stop (`我在攒钱搬家`)
UNPUNCTUATED_HEAD = 4
_EN_QUOTE_END = re.compile(r"[\"”’']\s*$")
UNPUNCTUATED_SHOWN = 6  # characters of the translation's end shown in the report
# below its expected length, the last word rendered only before the last clause (_ZH_CLAUSES) counts as unrendered
UNPUNCTUATED_LAST_LOG_RATIO = 0.0  # (WMT22 system outputs, WMT21 and WMT24 references)
MIN_CUT_WORDS = 3  # English words of a paragraph worth reporting as cut ("Sunday Cont." is not)
# …and evidence that something is missing: the translation below 86% of its expected length, or
# three quarters of the last two fifths of the English content words unrendered (a reference may end
# a line in a comma when its sentence runs on into the next line, WMT22 news)
CUT_LOG_RATIO = -0.15
CUT_TAIL_WORDS = 2
CUT_TAIL_UNRENDERED = 0.75
# An English paragraph that ends a sentence (`.`, `!`, `?`) while its translation stops at a comma is cut
# at nearly any length (weak MT keeps a long first clause and drops a short second one, `…, and it's only
# May.`); the translation must only be below 110% of its expected length (none of the sentence-level WMT22/23
# references of the real dev set that ends so is longer)
_EN_SENTENCE_END = re.compile(r"[.!?][\"'”’)]*\s*$")
CUT_SENTENCE_LOG_RATIO = 0.1
CUT_OPEN_LOG_RATIO = -0.5
# The clause a cut would have lost is there: every dictionary word of it (two or more) has a rendering in the
# translation (any the glosses give), and the translation is at 70% of its expected length or more. A reference that
# runs a sentence on into the next line, or puts the last clause first (`…, although the airline said its flights were
# continuing to operate.` → `尽管英国航空公司称其航班作业仍会照常进行，但…感到“失望”，`). Over the dev, dev2, dev3 and
# heldout7-16 sets this drops 3 TQA005 findings, all false (WMT22 reference A runs on), and none that a label confirms
# (at 75% of the clause's words rendered, 4 false and 3 right ones; at 55% of the length, 3 false and 2 right).
# An English sentence of one clause (no comma, colon, dash or conjunction: nowhere to cut it) whose translation is at its
# expected length or more is whole, however it ends (`We treat the disabled like crap.` → `我们视残疾人如草芥，`, a
# reference running on). Over the dev..heldout16 sets no TQA005 finding at 100% of the length or more is on such a
# sentence (4 confirmed ones are, each on a sentence of two to four clauses); WMT22 reference A: 2 findings fewer.
ONE_CLAUSE_LOG_RATIO = 0.0
KEPT_CLAUSE_WORDS = 2
KEPT_CLAUSE_LOG_RATIO = -0.35
# The Chinese ellipsis (`……`, two U+2026) is written on purpose: a translation that ends in it trails off as a translator
# chose (`…blah blah blah` → `…没礼貌……`), and counts as cut only where an English that trails off would (far too short
# and its tail unrendered). Over the five dev sets no TQA005 finding stops at `……` (the 4 on `...` are MT cuts, right);
# WMT22 reference A had one, now left out.
_ZH_TRAILING_OFF = re.compile(r"……[\"”’」』）)]*\s*$")
ATTRIBUTION_LOG_RATIO = -0.2  # a quotation's attribution counts as dropped in a translation below 82% of its length
# (WMT21 and WMT22 references name the speaker where the quotation opens, in the paragraph before); reported
# speech at any length (7 development sets, 11,279 lines: 6 lines added, 6 right; WMT21, WMT22 and WMT24
# references: 1 line added, a real drop of `it said`)
_QUOTE_MARK = re.compile(r"[\"“”]")

# Where a clause of English begins: after a comma, semicolon, colon or dash, or at a conjunction
_CLAUSE_PUNCT = re.compile(r"[,;:]\s+|\s+[-–—]+\s+|\.\.\.\s*")
_CLAUSE_WORD = re.compile(
    r"\b(?:and|but|so|or|because|which|who|whose|where|when|while|although|though|if|since|until|unless)\b",
    re.IGNORECASE,
)
_EN_WORD = re.compile(r"[A-Za-z]{3,}")
_ZH_CLAUSES = re.compile(r"[，,、；;：:—]+")  # between Chinese clauses: a comma, enumeration comma, semicolon, colon or dash

OPENING_MIN_CONTENT = 4  # content words of a paragraph worth checking
OPENING_RENDERED_AFTER = 2  # content words after the opening that the translation renders
# The translation's length (log of its share of the expected one) below which an opening with this many content
# words, none rendered, counts as dropped: 70% for one word (`So, the archiver person,`), 74% for two (`With the
# negative constraints`), 82% for three or more (`As noted by someone else,`). One word at 74% would add 7 labelled
# lines of the real dev set but drop the injected benchmark's omission precision to 0.937, three at 86% fires on
# two more clean WMT22 references.
OPENING_LOG_RATIOS = {1: -0.35, 2: -0.3, 3: -0.2}
# …at any length below the expected one when the opening is a clause of time with its own subject (`When I purchased
# the unit, I thought…`, `So, once we have secured the dictionary…`) and the translation holds no word that tells a
# time at all (当, 时, 后, 前, 一旦, 随着, 每当, 一…就): a Chinese rendering of such a clause keeps one of them, so the
# clause was dropped rather than rephrased. Measured with benchmarks/omission_narrow.py (signal `temp-open-subj-0`,
# release 32, as a sentence-bead signal): on the development wmt-mt splits (25,298 lines) 5 lines fired, all labelled
# partial omissions (2 that no rule found before), no unlabelled line; over WMT22 references A and B and the 13 WMT22
# systems (30,555 lines) none; over WMT23 reference A and the 4 systems outside news 5 lines, all NLLB's, all dropped
# clauses. `while` is left out: it is as often concessive (`While I have long since known…` → `虽然我早就知道…`,
# WMT22 reference A 262, and the same line in 3 systems, fired when it was in).
TEMPORAL_OPENING_LOG_RATIO = 0.0
_EN_TEMPORAL_OPENING = re.compile(
    r"^[\s\"“'(]*(?:(?:and|so|but|then|now),?\s+)?(?:when|whenever|once|after|before|as soon as|until)\s+"
    r"(?:i|we|you|he|she|they|it|someone|people|the|my|our|your|his|her|their)\b",
    re.IGNORECASE,
)
_ZH_TIME_MARKER = re.compile(r"当|时|后|前|之际|期间|一旦|随着|每当|每次|一.{0,8}就|同时|直到|直至|才|刚")
OPENING_MAX_CHARS = 400  # an opening clause is shorter than this
OPENING_BARE_WORDS = 2  # unrendered words before the first rendered one, for an opening without a clause boundary
# …or the translation opens with a connective (`然后`, `如果`) that renders a conjunction further on in the
# English, not its first word, and is below 78% of its expected length: the clauses before it were dropped
CONNECTIVE_LOG_RATIO = -0.25
CONNECTIVE_MIN_WORDS = 2  # English words (three letters or more) before that conjunction
# …or the translation begins with the rendering of an English word that two or more unrendered content words
# precede, and is below 86% of its expected length: the English before that word is lost, clause boundary or not
# (`It isn't my term, it is a term used to describe…` → `描述…`). Measured on the WMT22/23/24 references (about 7,000
# lines, 2023 news left out) and the real dev/dev2/dev3 outputs: at 86%, 2 more labelled lines and no reference, no
# unlabelled line; at 90%, one reference (`You can find instructions…` → `以下链接介绍了…`); at 100%, five
LEAD_LOG_RATIO = -0.15
LEAD_LOST_WORDS = 2
# …or, wherever the translation begins, three or more content words before the first rendered one have no rendering
# at all, half or more of the words from there on are rendered, and the translation is below 64% of its expected
# length: a whole lead was dropped (`So, these new sentences will actually try to solve two problems with one
# experiment.` → `通过一个实验, 解决两个问题.`; the translation reorders what is left, so it need not begin with that
# word). Measured as a curve over the 22 development wmt-mt splits and WMT22 references A and B (release 31,
# benchmarks/omission_lead.py, lines base31 lists MISSED counted as new): at 3 words and 64% it fires on no unlabelled
# line and no reference line, 3 missed labels new; at 3 words and 70%, 4 new against 1 unlabelled and 2 of reference A;
# at 2 words and 64%, 4 new against 1 unlabelled and 1 of each reference; at 3 words and 78%, 10 new against 9.
RUN_LOG_RATIO_OPENING = -0.45
RUN_LOST_WORDS = 3
# The share was meant to be a half (the curve above), but TQA012's RUN_RENDERED_SHARE = 0.7, bound later in this module,
# overrode it from the day both existed: every figure since measured TQA006 at 0.7, which is kept (exact); a half is
# not measured since (release forty-one found the clash).
LEAD_RUN_RENDERED_SHARE = 0.7  # of the content words from the first rendered one on
# …unless that word tells the time, which a Chinese sentence puts first (`Villa face an away game … on Tuesday night`
# → `周二晚上，维拉…`): over all WMT22/23 outputs the two findings of that kind were such reorderings
_TIME_WORDS = frozenset(
    "year years yearly annually day days daily week weeks weekly month months monthly today tonight yesterday tomorrow "
    "morning mornings afternoon evening evenings night nights hour hours minute minutes season spring summer autumn "
    "winter weekend monday tuesday wednesday thursday friday saturday sunday".split()
)
_ZH_CONNECTIVES = (
    ("然后", "then"), ("接着", "then"), ("并且", "and"), ("而且", "and"), ("以及", "and"), ("尽管", "yet|although|though"),
    ("虽然", "although|though"), ("如果", "if"), ("假如", "if"), ("因为", "because"), ("所以", "so"), ("因此", "so"),
    ("但是", "but|yet"), ("但", "but|yet"), ("或者", "or"),
    # purpose, role and contrast openers: NLLB starts a translation at an inner `to`/`as`/`but`
    # (`…, so that we don't lose that session again.` → `为了避免再次失去那个会议.`). A Chinese sentence may put such a
    # clause first (`为了…，我们…`), so the English before the conjunction must have no content word rendered
    # (_REORDERING). On the real dev/dev2/dev3 outputs these add 6 labelled lines and no unlabelled one; on the
    # WMT22/23/24 references (about 7,000 lines) none. `直到` (until) is left out: `X eluded him until…` → `直到…，他…`
    # is how a reference renders it (WMT23 news, the injected benchmark's clean text)
    ("为了", "to|so that|in order to"), ("作为", "as"), ("而是", "but|rather|instead"), ("即使", "even if|even though"),
    ("除非", "unless"), ("当", "when|while|as"), ("一旦", "once"),
)
_CONNECTIVE_ENGLISH = dict(_ZH_CONNECTIVES)  # a Chinese connective -> the English words it renders
_REORDERING = frozenset({"为了", "作为", "而是", "即使", "除非", "当", "一旦"})
CLAUSE_MIN_WORDS = 2  # content words of an inner or closing clause, none rendered,
CLAUSE_RENDERED_SHARE = 0.5  # while this share of the other content words is rendered (3 or more)
CLAUSE_LOG_RATIO = -0.3  # and the translation is below 74% of its expected length (at 82%, 4 clean WMT references)
CLAUSE_MIN_OTHERS = 3  # (three or more of them)
# The rest of the paragraph is counted rendered by the measure that finds the clause unrendered: a main rendering, a
# derived form, a dictionary phrase or any rendering the glosses give (a professional translation renders only about
# 47% of the English content words by the main renderings alone, so a share of a half by those missed dropped
# clauses in the translations that render their rest loosely: `…, the environmentalist Greens and the pro-business
# Free Democrats.` → `…中左翼社会民主党和支持商业的自由民主党组成。`). One of them at least by a main rendering. Over
# the dev, dev2, dev3 and heldout7-16 line pairs below 74% of their expected length the clause test alone then holds
# on 48 more lines that a label calls an omission, 3 more unlabelled lines of labelled documents and 1 more line of
# WMT22 reference A (with no main rendering required: 49, 3 and 2); most of those lines other rules report already:
# in the scores, partial-omission 237 -> 244 of 576 labels found, truncation 254 -> 255, 13 right findings more and
# 4 false (one a clause that is dropped, unlabelled), 1 more on reference A.
CLAUSE_MIN_MAIN = 1
# `and`/`or` between two capitalised words joins the words of a name (`the National Council for Childhood and
# Motherhood`), not two clauses: the words after it are no clause of their own (1 false TQA012 finding, heldout15)
_NAME_JOINED = re.compile(r"\b[A-Z][\w'’-]*\s+((?:and|or)\s)[A-Z]")

# Speaker and entity tags of the WMT speech transcripts: (PERSON4), [ORGANIZATION5], [PROJECT1]
_TAG = re.compile(r"[(\[]([A-Z][A-Z_]{2,}?)(\d+)[)\]]")

# An attribution: `," Biden said.`, `, he told reporters`, `said Professor Lee,`, `according to`; `, the officials said`,
# `, the Oakland department said on Twitter` (a subject of up to five words after an article); inverted after a comma or
# quote (`, claim Marca.`, `" added President …`); and a capitalised subject of two to five words opening the paragraph
# (`Ms Hyslop said:`, `The Event Industry Advisory Group said the sector…`; not `says`, a headline's tense: `Kanye West says
# he can beat…`). With _ZH_NOT_SPEECH, over dev, dev2, dev3, heldout14 and heldout15 these add 10 findings, 9 on a
# labelled dropped attribution (partial-omission 199 → 204 of 386 found), the other on `he said his major concern was`
# → `他主要担心的问题是` (unlabelled); none on WMT22 reference A.
ATTRIBUTION = re.compile(
    r"[,\"”]\s*(?:(?:[A-Z][\w.'’-]*\s+){1,3}|(?:he|she|they|it|we|I)\s+|(?:the|a|an)\s+(?:[\w'’-]+\s+){0,4})"
    r"(?:said|says|told|added|explained|wrote|insisted|warned|argued)\b"
    r"|\b(?:said|says)\s+(?:[A-Z][\w.'’-]*\s*){1,3}[.,]"
    r"|[,\"”]\s*(?:said|says|added|claim|claims|claimed)\s+(?:the\s+)?[A-Z]"
    r"|^(?:[A-Z][\w.'’-]*\s+){2,5}(?:said|told)\b"
    r"|\baccording to\b"
    r"|:\s+(?P<source>(?:[A-Z][a-z]+\s+)?(?:Reports?|Police|Sources?|Officials?|Study|Survey|Experts?|Data|Govt|Government|Ministry))\s*$"
)
# `source`: the source a headline names after a colon at its end (`Molecular Diagnosis Test Can Detect Omicron Variant
# In 20 Minutes: Report`, `ATTRIBUTION`'s last alternative): a kept source is its word's rendering (`：报告`), which is
# no marker of speech. Over the 22 development wmt-mt splits (release 31) the form ends 19 lines, 4 with the source
# missing (all labelled partial omissions or additions, all missed before), 15 with it rendered; none of WMT22
# references A and B lacks it.
_ZH_ATTRIBUTION = re.compile(
    r"说|表示|称|道|据|根据|指出|告诉|透露|写|介绍|强调|认为|提到|宣布|补充|解释|声明|指|援引|报道|消息|讲|问|答|回应|坦言|直言|谈|显示|来源|批评"
)
# …not the character inside a word that says nothing of speech (`问题` problem, `数据` data, `知道` know, `道歉`
# apologise): `“我们不会对此道歉”。` for `"We can't make apologies for doing so," he added.` has no marker of speech
_ZH_NOT_SPEECH = re.compile(
    r"问题|数据|证据|占据|依据|知道|道歉|道德|道路|街道|频道|渠道|轨道|通道|难道|味道|一道|名称|称为|称作|简称|号称|称号|"
    r"指数|指标|手指|指挥|指导|谈判|答案|写作|书写|讲座|显示器"
)


def speech_marked(zh: str) -> bool:
    """Whether the translation has a verb or marker of speech or source (_ZH_ATTRIBUTION) outside the words that
    only share its character (_ZH_NOT_SPEECH)."""
    return _ZH_ATTRIBUTION.search(_ZH_NOT_SPEECH.sub(lambda m: "\u3000" * len(m.group(0)), zh)) is not None

# Sentences: Chinese ones end in 。！？ (or a full stop typed after a Han character, as NLLB does), not
# inside an ellipsis typed as dots (`感觉像是...所有人。`) nor before the closing quote they belong to; after
# a quote only when a full stop closes it (`“狗的早餐！”而离开床` quotes a title inside the sentence)
_ZH_SENTENCE_END = re.compile(
    rf"(?<=[。！？!?])(?![”’\"」』）)!?！？])|(?<=。[”’」』）)])|(?<=[{HAN_RANGE}]\.)(?!\.)"
)
_EN_SENTENCE_SPLIT = re.compile(r"[.!?]+[\"'”’)]*(?:\s+|$)")
# Han characters of an added last sentence. The cap of 20 (ada1f76a, 2026-11-30) had no measurement of its own: the
# rule was built on MT's appended stock phrases (`现在，我们来看看`, 7). A whole added sentence of 22 (fixb29 #4, in a
# paragraph whose English has a stretch the lexicon does not find rendered, so lang.addedsentence's test does not
# take it) was missed. Measured at 60 (release 29, /work/briefs/score_all29.sh against base29): the 18 development
# splits and WMT22 reference A gain and lose no finding, so no labelled row is that long; 40, twice the old cap, keeps
# the rule to a sentence, not a paragraph's worth of text the lexicon reads badly.
ADDED_MIN_HAN, ADDED_MAX_HAN = 2, 40
ADDED_HEAD_RENDERED = 2  # English content words the sentences before it render
# …in a paragraph of one or two English sentences: in longer ones a professional translation splits and
# rephrases freely, and a short last sentence often shares no word the lexicon knows (9 in WMT24's references)
ADDED_MAX_EN_SENTENCES = 2
_ZH_SAID_END = re.compile(r"(?:说|道|表示|称)\s*[。.！!]?\s*$")
_EN_SAID = re.compile(r"\b(?:said|says|say|told|asked|added|wrote)\b", re.IGNORECASE)
ADDED_END_WORDS = 2  # …and the sentences before it render one of the English's last two content words

_ZH_SEGMENT = re.compile(r"[^，,、。.！!？?；;\s]+")  # a clause or phrase between marks (or spaces)
_ZH_LOOP = regex.compile(rf"({HAN_CLASS}{{2,12}}?)\1{{3,}}")
_EN_SEGMENT = re.compile(r"[,.;!?]+\s*")
_EN_WORD_RUN = re.compile(r"\b([A-Za-z]+)(?:[\s,]+\1\b){2,}", re.IGNORECASE)
REPEAT_WORD_HAN = 3  # Han characters of a phrase that can render one repeated English word


def _en_sentences(text: str) -> int:
    """The number of English sentences (non-empty pieces between sentence stops; a last one needs no stop)."""
    return len([x for x in _EN_SENTENCE_SPLIT.split(text) if x.strip()])


def check(ctx: Context) -> Iterator[Finding]:
    if ctx.source is None:
        return
    blocks = ctx.source.blocks
    qa = functools.cache(lambda: _questions_and_answers(blocks))  # read once, when a `Q.`/`A.` marker is lost
    for k, sblocks, tblocks in ctx.pairs():
        en_block, zh_block = sblocks[-1], tblocks[-1]
        en_text = "\n".join(b.text for b in sblocks)
        zh_text = "\n".join(b.text for b in tblocks)
        cut = _check_cut(ctx, en_block, zh_block)
        if cut is not None:
            yield cut
        elif len(sblocks) == 1 and len(tblocks) == 1:
            # a quotation dropped with its marks is named whole, before any clause inside it
            dropped = list(_check_opening(ctx, en_block, zh_block)) or list(_check_quote_lost(ctx, en_block, zh_block))
            yield from dropped or _check_clause(ctx, k, en_block, zh_block)
            yield from _check_tag_line(ctx, en_block, zh_block)
        yield from _check_copies(ctx, sblocks, tblocks, zh_text) or _check_tags(ctx, sblocks, tblocks, en_text, zh_text)
        yield from _check_item_marker(ctx, sblocks[0], tblocks[0], qa)
        if len(sblocks) == 1 and not speech_marked(zh_text):
            yield from _attribution_lost(ctx, en_block, zh_block, zh_text)
        repeats = [f for b in tblocks for f in _check_repeat(ctx, b, en_text)]
        yield from repeats
        if len(sblocks) == 1 and len(tblocks) == 1:
            if not repeats:
                again = list(_check_tail_again(ctx, en_block, zh_block))
                yield from again or _check_said_twice(ctx, en_block, zh_block)  # a loop is reported once, as a loop
                yield from _check_doubled_word(ctx, en_block, zh_block)
                yield from _check_time_twice(ctx, en_block, zh_block)
            yield from _check_empty_quote(ctx, en_block, zh_block)
            added = list(_check_sentences_added(ctx, en_block, zh_block)) or list(_check_subword_marker(ctx, en_block, zh_block))
            yield from added or _check_neighbour_run_in(ctx, en_block, zh_block)


# ---------------------------------------------------------------------- a sentence cut at a comma
def _tail_lost(english: str, chinese: str) -> bool:
    head, tail, lost = tail_unrendered(english, chinese)
    return tail >= CUT_TAIL_WORDS and lost >= CUT_TAIL_UNRENDERED * tail


def _check_cut(ctx: Context, en_block: Block, zh_block: Block) -> Finding | None:
    zh = zh_block.text.rstrip()
    en = _EN_MARKUP.sub("", en_block.text).rstrip()
    m = _ZH_CUT.search(zh) or _dangling(zh)
    if m is None:
        return _dangling_word(ctx, en, zh_block) or _unpunctuated_cut(ctx, en_block, en, zh_block)
    if _ZH_COLON.search(zh) and (_EN_COLON.search(en) or _announces(en, zh)):
        return None
    ratio = log_ratio(en, zh)
    if len(_EN_WORD.findall(en)) < MIN_CUT_WORDS:
        return None
    if not _trailed_off_clause_lost(en, zh) and _not_cut(en, en_block.text, zh, ratio):
        return None
    if en.count('"') % 2 or en.count("“") > en.count("”"):
        return None  # a quotation that goes on in the next paragraph: the translation may run on too
    start, end = _lost_span(en_block.text, zh)
    if (_EN_QUOTE_CLOSES_END.search(en) and _ZH_QUOTE_CLOSED_COMMA.search(zh)
            and (ratio >= CUT_LOG_RATIO or _clause_kept(en_block.text[start:end], zh))):
        return None  # the English ends by closing a quotation, the translation closes it at its own end mark: whole
    if ratio >= KEPT_CLAUSE_LOG_RATIO and _clause_kept(en_block.text[start:end], zh):
        main = _main_clause_lost(en_block.text, zh)
        if main is None:
            return None  # the clause named as lost is rendered: the sentence runs on, or its clauses are in another order
        start, end = main  # the subordinate clause came first and the main clause never came
    if _ZH_COMMA_END.search(zh) and _tail_carried(ctx, en_block, zh_block, en_block.text[start:end]):
        return None  # the sentence runs on into the next paragraph, which renders the clause named as lost
    at = m.start(m.lastindex or 0)  # a dangling word: the word itself
    stop = zh[at:].strip()
    return ctx.finding(
        SENTENCE_CUT,
        f"the translation stops at {quote(stop)}: {quote(en_block.text[start:end], 100)} has no translation",
        source=(en_block, start, end), target=(zh_block, at, len(zh)),
        suggestion="translate the rest of the sentence",
    )


# A translation that is one subordinate clause stopping at a comma (`尽管我确保戒指和手指完全干燥,`: it opens with a
# subordinator and has no other clause) while its English, one sentence, opens with its main clause and puts the
# subordinate one after it (`This happened even when I made sure the ring and my finger was completely dry.`): the
# translation put the subordinate clause first, as Chinese does, and stopped before the main clause. The tail the
# report would name is rendered, so the kept-clause excuse took it for clauses in another order; the main clause is
# what is lost. Measured per sentence bead (`benchmarks/omission_partial48.py`, `sub-only-comma-en-end`) on the 33,972
# lines of the 22 development wmt-mt splits against the release-47 end listings: 22 lines fired, all labelled (21
# already found by TQA005, 1 missed partial omission added), none unlabelled; WMT22 references A and B: none. Without
# the English's sentence end, 11 wrong lines (`Used when the 6x4" (10x15cm) is too small,` → `当…太小时使用，`: the
# English stops at the comma too); with the English opening with a subordinator allowed, `So, if we take some samples
# during the training.` → `如果我们在训练中取一些样本,` (a fragment in English as well).
_ZH_SUBORDINATE_ONLY = re.compile(
    r"^[\s\"“”'‘’「(（]*(?:(?:但是?|可是|而且|并且|甚至|尤其是|特别是|就算|不过)[，,]?)?"
    r"(?P<opener>尽管|虽然|虽说|即使|即便|哪怕|如果|假如|要是|倘若|当|每当|因为|由于|只要|除非|一旦)"
    r"[^，,、；;：:。！？!?]*[，,、]\s*$"
)
_EN_SUBORDINATE_OPENING = re.compile(
    r"^[\s\"“'(]*(?:(?:and|but|so|or|then|now),?\s+)?(?:when|whenever|while|if|although|though|even|because|since|as|"
    r"once|unless|until|after|before|whether)\b", re.IGNORECASE)
_EN_SUBORDINATOR = re.compile(
    r"\b(?:(?:even|especially|only|just)\s+)?(?:when|whenever|while|if|although|though|because|since|unless|once|"
    r"until|after|before)\b", re.IGNORECASE)


def _main_clause_lost(english: str, zh: str) -> tuple[int, int] | None:
    """(start, end) of the English's main clause when the translation is only the subordinate clause that follows it
    (`_ZH_SUBORDINATE_ONLY`), stopping at a comma: the English is one sentence ending in `.`, `!` or `?`, does not open
    with a subordinator, and has one after its first word; None otherwise."""
    text = english.rstrip()
    sub = _ZH_SUBORDINATE_ONLY.match(zh)
    if sub is None or not _EN_SENTENCE_END.search(text) or _en_sentences(text) != 1:
        return None
    if _EN_SUBORDINATE_OPENING.match(text):
        return None
    at = _rendered_subordinator(sub.group("opener"), text)
    if at is None and (first := _EN_SUBORDINATOR.search(text)) is not None:
        at = first.start()
    start = len(text) - len(text.lstrip())
    if at is None:
        return None
    end = len(text[:at].rstrip(" ,;:-–—"))
    if end <= start or _clause_kept(text[start:end], zh) or _own_word_rendered(text[start:end], text[end:], zh):
        return None  # the one Chinese clause renders the main clause too, after the subordinate one and no comma
    return start, end


def _own_word_rendered(clause: str, rest: str, zh: str) -> bool:
    """Whether a dictionary word of the clause that the rest of the English lacks has a rendering in the translation
    (`The ring slipped off even when my finger was dry.` → `即使我的手指完全干燥戒指也会滑落，`: `ring` by `戒指`; the
    clause has one dictionary word, too few for `_clause_kept`)."""
    words = frozenset(dictionary_words(clause)) - frozenset(dictionary_words(rest))
    return any(found_any(words, zh).values()) if words else False


def _rendered_subordinator(opener: str, english: str) -> int | None:
    """Where the first English subordinator after the first word that the Chinese opener renders by `_ZH_CONNECTIVES`
    starts (`如果` → `if`, `即使` → `even if|even though`), so an inner `when`/`if` of the main clause is not taken for it
    (`He quit when asked if the store had closed because …`); None when the opener has no entry or its English is absent
    (then the first `_EN_SUBORDINATOR` stands: `尽管` for `even when`)."""
    en_words = _CONNECTIVE_ENGLISH.get(opener)
    m = None if en_words is None else re.search(rf"(?<=\S)\s+(?P<word>\b(?:{en_words})\b)", english, re.IGNORECASE)
    return None if m is None else m.start("word")


# An English paragraph that ends by closing a quotation with its sentence's end mark (`…do that "Take cover now!!"`)
# and a translation that closes that quotation after an end mark of its own and only then puts a comma
# (`…通常会“立即躲起来！！”，`): the translation reaches the English's last word, the comma runs on into the next line.
# WMT22 reference B t1_hofpuyp: the one TQA005 of this kind on references A and B, false.
_EN_QUOTE_CLOSES_END = re.compile(r"[.!?…]+[\"”’']\s*$")
_ZH_QUOTE_CLOSED_COMMA = re.compile(r"[。！？!?…]+[”」』\"’]\s*[，,]\s*$")

# A translation that ends in a colon after `以下`/`如下`/`下列`/`下面` (`请执行以下步骤：`) announces what the next
# paragraphs hold, as its English does without a colon (`…follow the next steps>`, `…the following`): it is whole.
# An English with a colon of its own inside is left to the rule (`He said the following: …` → `他说了以下内容：` is cut).
# WMT22 reference A: 1 TQA005 of 5 is of this kind.
_ZH_ANNOUNCE = re.compile(r"(?:以下|如下|下列|下面)[^，,。：:]{0,6}[:：]\s*$")
_EN_ANNOUNCE = re.compile(r"\b(?:following|next|below|as follows)\b", re.IGNORECASE)


def _announces(en: str, zh: str) -> bool:
    """The translation ends in a colon announcing what follows (`以下步骤：`), its English announces it too and has no colon."""
    return bool(_ZH_ANNOUNCE.search(zh)) and bool(_EN_ANNOUNCE.search(en)) and ":" not in en


def _not_cut(en: str, text: str, zh: str, ratio: float) -> bool:
    """A translation that stops at a comma or an open mark and is no cut: the English stops there too, the translator
    trails off on purpose, or the sentence is whole and runs on into the next paragraph. `en` is the English with its
    markup masked, `text` the block's text."""
    if _EN_OPEN.search(en) and (ratio >= CUT_OPEN_LOG_RATIO or not _tail_lost(en, zh)):
        return True  # the English stops there too, unless the translation is far too short and lacks its tail
    if _ZH_TRAILING_OFF.search(zh) and (ratio >= CUT_OPEN_LOG_RATIO or not _tail_lost(en, zh)):
        return True  # the translator trails off on purpose, with the Chinese ellipsis
    ends = _EN_SENTENCE_END.search(en) is not None
    if not _tail_lost(en, zh) and (ratio >= (CUT_SENTENCE_LOG_RATIO if ends else CUT_LOG_RATIO)
                                   or ends and _ZH_COMMA_END.search(zh) and _ends_on_last_word(text, zh)):
        return True  # a whole sentence whose translation runs on into the next paragraph
    # one clause, nowhere to cut it, translated at its full length: it runs on
    return ends and ratio >= ONE_CLAUSE_LOG_RATIO and not _clause_starts(en)


# A reference may join two source lines into one sentence and move a word between them (`These neighbors and I share
# a fence.` / `It separates our back yards.` → `我们的后院挨着，` / `仅一篱笆之隔。`): the clause named as lost is rendered in
# the next paragraph's translation. Evidence: a dictionary word of that clause which the next English paragraph does
# not have, rendered (two Han characters or more, by no string that renders a word of the next English) in the next
# translation and not in this one (dev2: `There was remote work prior to 2020.` → `在2020年之前,` is cut, though the
# next line renders `remotely` and `jobs` by `远程` and `工作`). CARRIED_SHARE of the
# clause's such words must be (WMT22 reference A: 1 TQA005 of 5 is of this kind, its share 1/2).
CARRIED_SHARE = 0.5


def _tail_carried(ctx: Context, en_block: Block, zh_block: Block, clause: str) -> bool:
    """Whether the next translated paragraph renders CARRIED_SHARE or more of the dictionary words of the clause
    named as lost that the next English paragraph lacks (by two Han characters or more that render no word of the
    next English), this translation none."""
    if ctx.source is None:
        return False
    sblocks, tblocks = ctx.source.blocks, ctx.target.blocks
    if en_block.index + 1 >= len(sblocks) or zh_block.index + 1 >= len(tblocks):
        return False
    after = content_words(sblocks[en_block.index + 1].text)
    words = frozenset(dictionary_words(clause)) - after
    if not words:
        return False
    next_zh = tblocks[zh_block.index + 1].text
    # what renders the next English there (`远程` for `remotely`, `工作` for `jobs`) is no evidence of this clause
    own = {t for ts in found_any(after, next_zh).values() for t in ts}
    here = found_any(words, zh_block.text)
    there = found_any(words, next_zh)
    carried = [w for w in words if not here.get(w) and any(len(t) >= 2 and t not in own for t in there.get(w, ()))]
    return len(carried) >= CARRIED_SHARE * len(words)


def _lost_span(english: str, zh: str) -> tuple[int, int]:
    """The English a translation cut short lacks: from `missing_tail` (the whole paragraph when nothing fits) to its end."""
    start = missing_tail(english, zh)
    end = len(english.rstrip())
    return (0 if start >= end else start), end


def _clause_kept(clause: str, zh: str) -> bool:
    """Every dictionary word of the clause (KEPT_CLAUSE_WORDS or more) has some rendering in the translation."""
    words = frozenset(dictionary_words(clause))
    if len(words) < KEPT_CLAUSE_WORDS:
        return False
    found = found_any(words, zh)
    return all(found.get(w) for w in words)


def _ends_on_last_word(en: str, zh: str) -> bool:
    """The translation's last clause renders the English's last content word (`English is my second language.`
    → `英语是我的第二语言，`): the sentence is whole and only runs on into the next paragraph, as a reference does
    when it joins two source lines into one sentence; a cut keeps the head and loses the last word with the tail.
    False when that word stands earlier in the English too: its rendering may be the earlier one's. Over the 22
    development wmt-mt splits and WMT22 references A and B (release 34) this changes one line, a labelled cut (NLLB,
    `…my Keurig machine … with my machine.` → `…我的凯瑞格机器给我一个错误信息,`), and no reference line."""
    words = _content_words(en)
    clauses = [c for c in _ZH_CLAUSES.split(_ZH_CUT.sub("", zh.rstrip())) if c.strip()]
    if not words or len(clauses) <= len(_clause_starts(en)):
        return False  # fewer Chinese clauses than English ones: the cut came at a clause boundary
    last = words[-1][2]
    if any(w == last for _, _, w in words[:-1]):
        return False  # the word stands earlier too: its rendering may be that one's (`my Keurig machine … my machine.`)
    return bool(found_any(frozenset({last}), clauses[-1]).get(last))


def _trailed_off_clause_lost(en: str, zh: str) -> bool:
    """An English that trails off (`…but finally...`, `- everyone ...`) whose translation stops at a comma
    instead of an ellipsis, and renders no content word of the English's last clause: the comma is where the
    translation gave up, not the English's trailing off (`改变我的生活,努力工作,`)."""
    if not _EN_ELLIPSIS.search(en) or not _ZH_COMMA_END.search(zh):
        return False
    starts = _clause_starts(en)
    if not starts:
        return False
    words = [w for w in _content_words(en) if w[0] >= starts[-1]]
    return bool(words) and not any(rendered_flags([w for _, _, w in words], zh))


def _dangling_word(ctx: Context, en: str, zh_block: Block) -> Finding | None:
    """A translation that ends in a connective with nothing after it (`…，这也是为了。`) while the English
    ends a sentence: whatever its length, a clause is missing after it, or the clause it opens was made up."""
    zh = zh_block.text.rstrip()
    m = _ZH_DANGLING_WORD.search(zh)
    if m is None or _EN_OPEN.search(en) or len(_EN_WORD.findall(en)) < MIN_CUT_WORDS:
        return None
    return ctx.finding(
        SENTENCE_CUT,
        f"the translation ends in {quote(zh[m.start():])}, a connective with nothing after it: a clause is missing or made up",
        target=(zh_block, m.start(), len(zh)),
        suggestion="translate the sentence to its end, or remove the added connective",
    )


def _unpunctuated_cut(ctx: Context, en_block: Block, en: str, zh_block: Block) -> Finding | None:
    """A translation that stops on a Chinese word with no punctuation after it (`…是深为民`, `…他们更喜欢子弹"`)
    while its English ends a sentence, renders UNPUNCTUATED_HEAD or more content words of the English's first
    three fifths and no rendering at all (any the dictionary gives) of the English's last content word: the
    output was cut off mid-sentence. A whole translation that only drops its full stop still renders the
    English's last word, or is short (a short sentence does not reach the head count)."""
    zh = zh_block.text.rstrip()
    if not _ZH_BARE_END.search(zh) or not _EN_SENTENCE_END.search(en) or len(_EN_WORD.findall(en)) < MIN_CUT_WORDS:
        return None
    if not zh[-1].isalnum() and not _EN_QUOTE_END.search(en):
        return None  # the Chinese ends on a quoted phrase the English closes earlier: reordered (`…跨越的“红线”`), not cut
    words = _content_words(en_block.text)  # offsets into the block (it masks markup itself)
    if not words or tail_unrendered(en, zh)[0] < UNPUNCTUATED_HEAD:
        return None
    last = words[-1]
    if found_any(frozenset({last[2]}), zh).get(last[2]) and not _last_word_lost(last[2], en, zh):
        return None
    end = len(en_block.text.rstrip())
    start = missing_tail(en_block.text, zh)
    if not 0 < start < end:
        start = last[0]
    at = _word_start(zh, max(0, len(zh) - UNPUNCTUATED_SHOWN))
    return ctx.finding(
        SENTENCE_CUT,
        f"the translation stops mid-sentence at {quote(zh[at:])} with no punctuation: "
        f"{quote(en_block.text[start:end], 100)} has no translation",
        source=(en_block, start, end), target=(zh_block, at, len(zh)),
        suggestion="translate the rest of the sentence",
    )


WORD_START_REACH = 6  # characters `_word_start` moves back at most (a CC-CEDICT headword is 4 at most)


def _word_start(zh: str, at: int) -> int:
    """`at` moved back, by WORD_START_REACH characters at most, to where a word starts: the text's start, a character that is
    not Chinese on either side, or a place no CC-CEDICT headword of 2 to 4 characters runs across (newcomer 41 item 8:
    TQA005 quoted `坛全体会议上`, cutting 论坛; now `国际论坛全体会议上`). `at` itself when none is that near."""
    for p in range(at, max(-1, at - WORD_START_REACH - 1), -1):
        if p == 0 or not (is_han(zh[p - 1]) and is_han(zh[p])):
            return p
        if not any(is_headword(zh[i:j]) for i in range(max(0, p - 3), p) for j in range(p + 1, min(len(zh), i + 4) + 1) if j - i >= 2):
            return p
    return at


def _last_word_lost(word: str, en: str, zh: str) -> bool:
    """The English's last content word rendered only before the last clause of a translation that is shorter than
    expected (`…the project.` → `…该项目…，使用不正确的数据试图吸引`): the rendering is an earlier mention, the cut came
    before the word's own place. Over all WMT22 system outputs this adds 4 lines, all cut mid-sentence (at any length
    6, two of them whole translations that only drop the full stop); none on the WMT21 references, one on the WMT24
    references, which does drop the end of its sentence (`…像沙奎尔·奥尼尔，或者` for `…, or Yao Ming.`)."""
    return log_ratio(en, zh) < UNPUNCTUATED_LAST_LOG_RATIO and not found_any(
        frozenset({word}), _ZH_CLAUSES.split(zh)[-1]).get(word)


def _dangling(zh: str) -> re.Match[str] | None:
    m = _ZH_DANGLING.search(zh)
    words = chinese_words()
    if m is None or not words or m.group(1) + m.group(2) in words:
        return None
    return m


@per_pair
def _content_words(text: str) -> list[tuple[int, int, str]]:
    """(start, end, word) of the English words the lexicon knows, handles and URLs masked out."""
    masked = IDENTIFIER.sub(lambda m: " " * len(m.group(0)), _EN_MARKUP.sub(lambda m: " " * len(m.group(0)), text))
    return [(m.start(), m.end(), m.group(0).lower()) for m in _EN_WORD.finditer(masked) if renderings(m.group(0).lower())]


def _clause_starts(text: str) -> list[int]:
    """Offsets where an English clause may begin: after , ; : or a dash, and at a conjunction."""
    starts = {m.end() for m in _CLAUSE_PUNCT.finditer(text)}
    starts.update(m.start() for m in _CLAUSE_WORD.finditer(text) if m.start() > 0)
    return sorted(s for s in starts if 0 < s < len(text.rstrip()))


def clause_starts(text: str) -> list[int]:
    """Offsets where an English clause may begin (after , ; : or a dash, and at a conjunction)."""
    return _clause_starts(text)


def missing_tail(english: str, chinese: str) -> int:
    """Where the untranslated end of an English paragraph begins, for a translation cut short: the
    first clause boundary after the last content word the Chinese renders (the lexicon), or, without
    lexicon evidence, the boundary after as many clauses as the Chinese has. 0 when nothing fits."""
    starts = _clause_starts(english)
    if not starts:
        return 0
    words = _content_words(english)
    flags = rendered_flags([w for _, _, w in words], chinese)
    rendered = [end for (_, end, _), hit in zip(words, flags, strict=True) if hit]
    if rendered:
        after = [s for s in starts if s >= rendered[-1]]
        return after[0] if after else starts[-1]
    n = len([c for c in _ZH_CLAUSES.split(chinese.strip()) if c.strip()])
    return starts[min(max(n, 1), len(starts)) - 1]


# ---------------------------------------------------------------------- the opening clause dropped
# An opening that is one linking adverb alone (`Therefore, we can send the goods…` → `我们会…发货。`) is not reported:
# a translation may leave the link to the sentence before to the order of its sentences, and the claim is whole. Over
# the dev, dev2, dev3, heldout14 and heldout15 sets no labelled TQA006 finding has a one-word opening of this kind;
# the WMT22 reference A has one (`Therefore`). Time words (`Overnight`, `Yesterday`) are not among them: a dropped
# time phrase changes the claim. (LINKING_WORDS, transqa.lang.english)


def _check_opening(ctx: Context, en_block: Block, zh_block: Block) -> Iterator[Finding]:
    en, zh = en_block.text, zh_block.text
    ratio = log_ratio(en, zh)
    end = _connective_opening(en, zh) if ratio < CONNECTIVE_LOG_RATIO else 0
    words = _content_words(en)
    untimed = _temporal_opening_untimed(en, zh)
    flags = functools.cache(lambda: _own_flags(words, zh))  # built once, for whichever of the three tests asks first
    if end <= 0 and len(words) >= OPENING_MIN_CONTENT and (untimed or ratio < max(OPENING_LOG_RATIOS.values())):
        end, lost = _opening_lost(en, zh, words, flags())
        limit = TEMPORAL_OPENING_LOG_RATIO if untimed else OPENING_LOG_RATIOS[min(lost, max(OPENING_LOG_RATIOS))] if lost else 0.0
        if lost == 0 or ratio >= limit:
            end = 0
    if end <= 0 and len(words) >= OPENING_MIN_CONTENT and ratio < LEAD_LOG_RATIO:
        end = _lead_lost(en, zh, words, flags())
    if end <= 0 and len(words) >= OPENING_MIN_CONTENT and ratio < RUN_LOG_RATIO_OPENING:
        end = _lead_run_lost(en, zh, words, flags())
    if end <= 0 or _first_clause_apart(en, end, words, zh) or en[:end].strip(" \"“'(").lower() in LINKING_WORDS:
        return
    if _opens_with_name(en[:end], zh) or _list_opening(en, end, zh) or _opening_said_before(ctx, en_block, zh_block, en[:end]):
        return
    yield ctx.finding(
        OPENING_DROPPED,
        f"the opening {quote(en[:end], 100)} has no translation",
        source=(en_block, 0, end), target=(zh_block, 0, 0), suggestion="translate the opening clause",
    )


_EN_EDGE_MARKS = " \t\"“”'‘’.,;:!?…"


def _opening_said_before(ctx: Context, en_block: Block, zh_block: Block, opening: str) -> bool:
    """The opening repeats the whole English paragraph before it, word for word (`Whatever is needed.` / `Whatever is
    needed, the federal government is going to supply it,"`), and the translation of that paragraph ends in a comma,
    running on into this one (`无论你需要什么，` / `联邦政府都会提供，”`): the translator said the repeated words once, at
    the line break, not dropped them. WMT22 reference B pa.10292: the one TQA006 of this kind on references A and B."""
    if ctx.source is None or en_block.index == 0 or zh_block.index == 0:
        return False
    before = ctx.source.blocks[en_block.index - 1].text.strip(_EN_EDGE_MARKS).lower()
    said = " ".join(opening.strip(_EN_EDGE_MARKS).lower().split())
    return bool(said) and " ".join(before.split()) == said and _ZH_COMMA_END.search(ctx.target.blocks[zh_block.index - 1].text) is not None


def _temporal_opening_untimed(en: str, zh: str) -> bool:
    """Whether the English opens with a clause of time that has its own subject (`When I purchased the unit, …`) while
    the translation holds no word that tells a time (TEMPORAL_OPENING_LOG_RATIO)."""
    return _EN_TEMPORAL_OPENING.match(en) is not None and _ZH_TIME_MARKER.search(zh) is None


_ZH_CLAUSE_BREAK = re.compile(r"[，,；;：:]")
# A name of the opening that the translation begins with, transliterated (`Tottenham Hotspur have already been
# struggling with the virus, with…` → `托特纳姆热刺队有…`): the opening is rendered in part, the translation starts where
# the English does. A rendering_score (1.0: the same skeleton) of OPENING_NAME_SCORE or more matches `托特纳姆` to Tottenham (0.95),
# `布莱顿` to Brighton (0.95), not `我们在收到` (0.10). WMT22 reference A: one TQA006 fewer; dev, dev2, dev3, heldout14,
# heldout15: no labelled TQA006 lost.
OPENING_NAME_SCORE = 0.8
OPENING_NAME_CHARS = 6  # the longest run at the start of the translation read as a name
_EN_NAME = re.compile(r"\b[A-Z][a-z]{2,}\b")


# An opening that ends at a comma of a serial list (`Any Charges On Shipping, Handling And Insurance Are
# Non-Refundable.` → `邮费、处理费和保险不可退款。`) is no clause: the comma separates the list's items, and a translation
# whose first clause is a list (`、`) renders them in one phrase. WMT22 reference A: 1 TQA006 of 4 is of this kind.
_EN_LIST_AFTER = re.compile(r",\s+[A-Za-z]+(?:\s+[A-Za-z]+)?\s+(?:and|or)\s+[A-Za-z]+", re.IGNORECASE)


def _list_opening(en: str, end: int, zh: str) -> bool:
    """Whether the opening ends at a comma before the last items of a serial list (`, Handling And Insurance`) and
    the translation's first clause is a list joined by `、`."""
    return bool(_EN_LIST_AFTER.match(en, end)) and "、" in _ZH_CLAUSE_BREAK.split(zh.strip(), maxsplit=1)[0]


def _opens_with_name(opening: str, zh: str) -> bool:
    """Whether the translation begins (after quotes and brackets) with a transliteration of a capitalised word of the
    English opening (OPENING_NAME_SCORE or more, runs of two to OPENING_NAME_CHARS characters)."""
    m = _ZH_LEAD.match(zh)
    lead = zh[m.end() if m else 0 :][:OPENING_NAME_CHARS]
    runs = [lead[:k] for k in range(2, len(lead) + 1) if all(HAN.match(c) for c in lead[:k])]
    return any(rendering_score(n, run) >= OPENING_NAME_SCORE for n in _EN_NAME.findall(opening) for run in runs)


def _first_clause_apart(en: str, end: int, words: list[tuple[int, int, str]], zh: str) -> bool:
    """The translation opens with a clause of its own, up to a comma, that renders none of the English words after
    the opening (`As long as you are happy with your purchase, please…` → `如果你满意，请…`; `Therefore, …` → `因此，…`):
    that clause stands for the opening, loosely rendered, and nothing was dropped. An opening that was dropped leaves
    the translation to begin with the rendering of a later clause."""
    parts = _ZH_CLAUSE_BREAK.split(zh.strip(), maxsplit=1)
    if len(parts) < 2 or not HAN.search(parts[0]) or not HAN.search(parts[1]):
        return False
    later = frozenset(w for s, _, w in words if s >= end)
    return bool(later) and not found_any(later, parts[0])


def _lead_start(words: list[tuple[int, int, str]], flags: list[bool | None], lost: int) -> int | None:
    """The index of the first English word the Chinese renders, when OPENING_RENDERED_AFTER or more words are rendered,
    that word starts within OPENING_MAX_CHARS and `lost` or more content words before it have no rendering; else None.
    The common opening of _lead_lost and _lead_run_lost."""
    if sum(1 for f in flags if f) < OPENING_RENDERED_AFTER:
        return None
    k = next(i for i, hit in enumerate(flags) if hit)
    if words[k][0] > OPENING_MAX_CHARS or sum(1 for f in flags[:k] if f is False) < lost:
        return None
    return k


def _lead_end(en: str, zh: str, words: list[tuple[int, int, str]], k: int) -> int:
    """The end of the English lead before word `k` (its trailing determiner and marks cut), or 0 when the lead holds a
    figure or a Latin-script token the Chinese keeps, or word `k` or the next tells the time (Chinese puts the time
    first: `…renews each year` → `每年自动续期`, a reordering)."""
    first = words[k][0]
    if any(c.isdigit() for c in en[:first]) or _kept_token(en[:first], en[first:], zh):
        return 0
    if any(w in _TIME_WORDS for _, _, w in words[k : k + 2]):
        return 0
    return len(_TRAILING_DETERMINER.sub("", en[:first]).rstrip(" ,;:"))


def _lead_lost(en: str, zh: str, words: list[tuple[int, int, str]], flags: list[bool | None]) -> int:
    """The end of the English before the first word the Chinese renders, when the Chinese begins with that word's
    rendering and LEAD_LOST_WORDS or more content words before it have no rendering at all (`It isn't my term, it
    is a term used to describe…` → `描述…`): the translation starts further on in the sentence, whatever the clause
    boundaries. 0 if not, or when the English before it holds a figure or a Latin-script token the Chinese keeps."""
    k = _lead_start(words, flags, LEAD_LOST_WORDS)
    if k is None or not _begins_with(zh, words[k][2]):
        return 0
    return _lead_end(en, zh, words, k)


def _lead_run_lost(en: str, zh: str, words: list[tuple[int, int, str]], flags: list[bool | None]) -> int:
    """The end of the English before the first word the Chinese renders, when RUN_LOST_WORDS or more content words
    before it have no rendering at all and LEAD_RUN_RENDERED_SHARE or more of the words from it on are rendered, wherever
    the Chinese begins (`With the negative constraints I did something…` → `我在解码中做了…`). 0 if not, or when the
    English before it holds a figure or a Latin-script token the Chinese keeps, or that word or the next tells the
    time."""
    k = _lead_start(words, flags, RUN_LOST_WORDS)
    if k is None or sum(1 for f in flags[k:] if f) < LEAD_RUN_RENDERED_SHARE * len(flags[k:]):
        return 0
    return _lead_end(en, zh, words, k)


def _own_flags(words: list[tuple[int, int, str]], zh: str) -> list[bool | None]:
    """For each English content word in order: True when the Chinese renders it (any rendering the
    dictionary gives, single characters included) by a string that renders no later word of the paragraph, None when its only renderings there are shared with a later word
    (`information … information`, `want … need` both rendered by `需要`), False when nothing renders it."""
    found = found_any(frozenset(w for _, _, w in words), zh)
    out: list[bool | None] = []
    later: set[str] = set()  # what renders the words after this one (built from the end: linear)
    for _, _, w in reversed(words):
        mine = found.get(w)
        out.append(False if mine is None else True if mine - later else None)
        later.update(mine or ())
    return out[::-1]


def _connective_opening(en: str, zh: str) -> int:
    """The end of the English dropped before the conjunction that the translation's opening connective
    renders (`All going into English, and then from…` → `然后从英语…`); 0 if the English starts with it."""
    head = zh.lstrip(" \"“'(（")
    for zh_word, en_words in _ZH_CONNECTIVES:
        if not head.startswith(zh_word):
            continue
        pattern = re.compile(rf"\b(?:{en_words})\b", re.IGNORECASE)
        m = pattern.search(en)
        if m is None or m.start() == 0 or not en[: m.start()].strip(" ,;:-–—"):
            return 0
        if pattern.match(en.lstrip("\"“' ")) or len(_EN_WORD.findall(en[: m.start()])) < CONNECTIVE_MIN_WORDS:
            return 0
        if _opens_with_rendering(en, zh_word):
            return 0  # the connective renders the English's first word (`Moreover, …` → `而且，…`): nothing dropped
        if zh_word in _REORDERING and any(rendered_flags([w for _, _, w in _content_words(en[: m.start()])], zh)):
            return 0  # the clause may only stand first in the Chinese: the English before it is rendered after it
        return len(en[: m.start()].rstrip(" ,;:"))
    return 0


def _opens_with_rendering(en: str, zh_word: str) -> bool:
    """Whether the first word of the English is one that the Chinese connective renders (`Moreover`, `Furthermore`,
    `Also` → `而且`; `Therefore` → `因此`), by the dictionary: the translation begins where the English does."""
    m = _EN_WORD.search(en)
    return m is not None and m.start() <= 2 and zh_word in renderings(m.group(0).lower())


def _opening_lost(en: str, zh: str, words: list[tuple[int, int, str]], flags: list[bool | None]) -> tuple[int, int]:
    """(end, unrendered words) of an English opening clause none of whose content words the Chinese
    renders (words rendered only by what also renders a later word count for neither side) while it
    renders words after it: the text up to the last clause boundary before the first rendered word,
    with an unrendered content word in it and no figure or Latin-script name the Chinese keeps. Without
    a clause boundary, the text up to that word when the Chinese begins with its rendering (it starts
    where the English goes on: `Too bad the company does not know…` → `公司不知道…`) and two or more
    words before it are unrendered. (0, 0) if there is none."""
    if sum(1 for f in flags if f) < OPENING_RENDERED_AFTER:
        return 0, 0
    k = next(i for i, hit in enumerate(flags) if hit)
    first = words[k][0]
    before = [s for s in _clause_starts(en) if s <= first]
    # without a boundary, the opening holds no figure (`comes 30 years after`: a quantity of the clause)
    bare = not before and not any(c.isdigit() for c in en[:first]) and _begins_with(zh, words[k][2])
    if bare:
        before = [first]
    if not before or before[-1] > OPENING_MAX_CHARS:
        return 0, 0  # not an opening clause: the translation leaves out most of the paragraph (TQA003's)
    lost = sum(1 for (s, _, _), hit in zip(words, flags, strict=True) if before and s < before[-1] and hit is False)
    if not lost or bare and lost < OPENING_BARE_WORDS or _kept_token(en[: before[-1]], en[before[-1] :], zh):
        return 0, 0
    return len(_TRAILING_DETERMINER.sub("", en[: before[-1]]).rstrip(" ,;:")), lost


_TRAILING_DETERMINER = re.compile(r"(?:\s+(?:the|a|an|this|that|these|those|my|your|our|their|his|her|its))+\s*$", re.IGNORECASE)
_ZH_LEAD = re.compile(r"^[\s\"“”'‘’(（「『《]*")


def _begins_with(zh: str, word: str) -> bool:
    """Whether the Chinese text (after quotes and brackets) begins with a rendering of the English word."""
    m = _ZH_LEAD.match(zh)
    lead = zh[m.end() if m else 0 :]
    return any(t and lead.startswith(t) for t in found_any(frozenset({word}), zh).get(word, ()))


_TOKEN = re.compile(r"\d+(?:[.,]\d+)*|[A-Za-z][A-Za-z0-9]+")


def _kept_token(head: str, rest: str, zh: str) -> bool:
    """Whether the Chinese keeps a figure or a Latin-script word of the English head that the rest of
    the English does not have (`10 exchange-traded funds, or ETFs` → `10只…ETF`): the head is translated."""
    later = {t.lower() for t in _TOKEN.findall(rest)}
    zh_lower = zh.lower()
    for t in _TOKEN.findall(head):
        low = t.lower()
        if low in later or (t.isalpha() and (t[0].islower() or t == head.lstrip(" \"“'(").split(" ")[0])):
            continue  # a common word, or the capitalised first word of the sentence
        stem = low[:-1] if low.endswith("s") and len(low) > 3 else low
        if stem in zh_lower:
            return True
    return False


# ---------------------------------------------------------------------- a clause dropped inside
def _check_clause(ctx: Context, k: int, en_block: Block, zh_block: Block) -> Iterator[Finding]:
    en, zh = en_block.text, zh_block.text
    words = _content_words(en)
    ratio = log_ratio(en, zh)  # once: both measures below read it
    span, what = None, "clause"
    if len(words) >= CLAUSE_MIN_WORDS + CLAUSE_MIN_OTHERS and ratio < RUN_LOG_RATIO:
        names = [w for _, _, w in words]
        loose = loose_flags(names, zh)  # once: both measures below read it
        if ratio < CLAUSE_LOG_RATIO:
            span = _clause_lost(en, words, rendered_flags(names, zh), loose)
        if span is None and _en_sentences(en) <= RUN_MAX_SENTENCES:
            span, what = _missing_run(en, zh, words, loose), "phrase"
        if span is None and ratio < NEGATED_LOG_RATIO:
            span, what = _negated_clause_lost(en, zh, words, loose), "negated clause"
    subject, lost = f"the {what}", "has no translation"
    if span is None:
        found = _sentence_clause_lost(ctx, k, en_block)
        if found is None:
            return
        span = found[:2]
        subject, lost, what = _PARTLY_LOST[found[2]]
    start, end = span
    yield ctx.finding(
        CLAUSE_DROPPED,
        f"{subject} {quote(en[start:end], 100)} {lost}",
        source=(en_block, start, end), target=(zh_block, 0, 0), suggestion=f"translate the {what}",
    )


# A clause mostly unrendered inside a sentence the translation otherwise renders (issue 18, release 44;
# `benchmarks/omission_clauses.py`, setting `base-bead-k3-x34-y90-g30`): in a sentence bead of the paragraph (the
# sentence alignment of the omission check) below 74% of its expected length, a clause (TQA012's boundaries) of three
# or more dictionary words at most a third of which the bead's Chinese renders by any rendering (or keeps in Latin
# letters), while it renders 90% or more of the bead's other content words (three at least). Over the 33,972 lines of
# the 22 development wmt-mt splits it fired on 27 lines with an omission-kind label and 1 with none (a WMT21 reference
# B compressing a quotation, heldout15), adding 7 labels the r43 end listings showed MISSED (4 real MT:
# `before the day you are due to be charged` in two systems, NLLB's `that includes both` and `Will still linger a bit
# longer on here`), none of WMT22 references A and B (2,037 lines each). Measured and not taken (same script): the rest
# rendered for 80% (11 labels added, 3 wrong lines, 1 line of reference A), clauses of two words (7 and 1, as taken, but
# 0.05 per 100 more on the wider cuts), no clause word rendered at 82% (8 added, 9 wrong, 2 of reference A), any length
# (hundreds of wrong lines).
SENTENCE_CLAUSE_LOG_RATIO = -0.3
SENTENCE_CLAUSE_MIN_WORDS = 3
SENTENCE_CLAUSE_RENDERED = 0.34  # of the clause's content words at most
SENTENCE_CLAUSE_REST = 0.9  # of the bead's other content words at least
SENTENCE_CLAUSE_MIN_OTHERS = 3
# the message for each `clause_rendering` span (its `how`): the words reported are the words left untranslated; the
# last item names them in the suggestion (`translate the words` on the run: review of release 45)
_PARTLY_LOST = {
    "none": ("the clause", "has no translation", "clause"),
    "partly": ("the clause", "has almost no translation (a third of its words or fewer)", "clause"),
    "run": ("the words", "have no translation (the clause holding them renders a third of its words or fewer)", "words"),
}


def _sentence_clause_lost(ctx: Context, k: int, en_block: Block) -> tuple[int, int, str] | None:
    """(start, end, how) in `en_block` of the first clause a sentence bead of paragraph bead k (one block a side)
    leaves mostly unrendered while rendering the rest of the sentence (the constants above); `how` as
    `clause_rendering`'s ("none", "partly" or "run": what the span is); None if there is none."""
    aligned = ctx.sentence_alignment(k)
    if aligned is None:
        return None
    for bead in aligned.beads:
        if not bead.source or not bead.target or any(aligned.source[i][0] is not en_block for i in bead.source):
            continue
        a, b = aligned.source[bead.source[0]][1], aligned.source[bead.source[-1]][2]
        zh = "".join(t.text[x:y] for t, x, y in (aligned.target[j] for j in bead.target))
        en = en_block.text[a:b]
        if log_ratio(en, zh) >= SENTENCE_CLAUSE_LOG_RATIO:
            continue
        found = clause_rendering(en, zh)
        if found is not None:
            return a + found[0], a + found[1], found[2]
    return None


def partly_rendered_clause(en: str, zh: str) -> tuple[int, int] | None:
    """(start, end) of `clause_rendering`'s span (the clause, or the run of its words left unrendered); None if there
    is none."""
    found = clause_rendering(en, zh)
    return None if found is None else (found[0], found[1])


def clause_rendering(en: str, zh: str) -> tuple[int, int, str] | None:
    """(start, end, how) of the first clause of one English sentence (TQA012's boundaries, `clause_starts`) with
    SENTENCE_CLAUSE_MIN_WORDS or more dictionary words, at most SENTENCE_CLAUSE_RENDERED of them rendered by any
    rendering (`loose_flags`) or kept in Latin letters in the Chinese `zh`, while SENTENCE_CLAUSE_REST or more of the
    sentence's other content words (SENTENCE_CLAUSE_MIN_OTHERS at least) are; None if there is none. `how` says what
    the span is: "none" the clause, none of its words rendered; "run" the longest run (two words or more) of the
    clause's unrendered words between rendered ones (`_unrendered_run`); "partly" the clause, some of its words
    rendered but no two unrendered in a row (release 45: the message named a run "the clause"). No length test (the
    caller's). Linear in the sentence: each clause's words found by bisect and counted by running sums."""
    words = _content_words(en)
    if len(words) < SENTENCE_CLAUSE_MIN_WORDS + SENTENCE_CLAUSE_MIN_OTHERS:
        return None
    names = [w for _, _, w in words]
    low = zh.lower()
    flags = [f or (len(w) > 2 and w in low) for f, w in zip(loose_flags(names, zh), names, strict=True)]
    rendered = list(itertools.accumulate(flags, initial=0))
    starts = [s for s, _, _ in words]
    bounds = [0, *(s for s in _clause_starts(en) if 0 < s < len(en)), len(en)]
    for a, b in itertools.pairwise(bounds):
        i, j = bisect_left(starts, a), bisect_left(starts, b)
        n, cov = j - i, rendered[j] - rendered[i]
        rest_n, rest_cov = len(words) - n, rendered[-1] - cov
        if n < SENTENCE_CLAUSE_MIN_WORDS or cov > SENTENCE_CLAUSE_RENDERED * n:
            continue
        if rest_n >= SENTENCE_CLAUSE_MIN_OTHERS and rest_cov >= SENTENCE_CLAUSE_REST * rest_n:
            run = _unrendered_run(words, flags, i, j) if cov else None
            if run is not None:
                return run[0], run[1], "run"
            return a + len(en[a:b]) - len(en[a:b].lstrip()), len(en[:b].rstrip(" ,;:.!?")), "partly" if cov else "none"
    return None


def _unrendered_run(words: list[tuple[int, int, str]], flags: list[bool], i: int, j: int) -> tuple[int, int] | None:
    """(start, end) of the longest run (the first of equals) of unrendered words among words[i:j] that some rendered
    word of them bounds, two words or more: a clause partly rendered is reported by the words it
    left untranslated (release 44 review: `unless the renewal is cancelled before the day you are due to be charged in
    my.norton.com` named 除非, 取消 and my.norton.com of the Chinese untranslated); None if there is no such run."""
    best: tuple[int, int] | None = None
    k = i
    while k < j:
        if flags[k]:
            k += 1
            continue
        e = k
        while e < j and not flags[e]:
            e += 1
        if e - k >= 2 and (best is None or e - k > best[1] - best[0]):
            best = (k, e)
        k = e
    return None if best is None else (words[best[0]][0], words[best[1] - 1][1])


def _clause_lost(en: str, words: list[tuple[int, int, str]], flags: list[bool],
                 loose: list[bool]) -> tuple[int, int] | None:
    """(start, end) of the English clause after the first with the most content words, none of them
    rendered (not even by a derived form or a dictionary phrase ending in it, `loose`: `noise reduction` → 降噪,
    `draw the line` → 底线, nor by any rendering the glosses give, `as soon as possible` → 尽快), while the words
    outside it are mostly rendered; None if there is none. A clause's words are a range
    of `words` (in text order), counted through prefix sums: each clause counted every word of the paragraph
    (quadratic: 4,000 clauses took 30 s)."""
    named = {m.start(1) for m in _NAME_JOINED.finditer(en)}
    bounds = [0, *(s for s in _clause_starts(en) if s not in named), len(en.rstrip())]
    starts = [s for s, _, _ in words]
    hits, near = [0], [0]
    for hit, other in zip(flags, loose, strict=True):
        hits.append(hits[-1] + bool(hit))
        near.append(near[-1] + bool(hit or other))
    best: tuple[int, int, int] | None = None
    for a, b in zip(bounds[1:], bounds[2:], strict=False):
        i, j = bisect_left(starts, a), bisect_left(starts, b)
        inside, outside = j - i, len(words) - (j - i)
        # the rest counts as rendered by the same measure that finds the clause unrendered (any rendering)
        rendered_outside = near[-1] - (near[j] - near[i])
        if inside < CLAUSE_MIN_WORDS or near[j] - near[i] or rendered_outside < CLAUSE_MIN_OTHERS:
            continue
        if rendered_outside < CLAUSE_RENDERED_SHARE * outside or hits[-1] - (hits[j] - hits[i]) < CLAUSE_MIN_MAIN:
            continue
        if best is None or inside > best[0]:
            best = (inside, a, b)
    if best is None:
        return None
    return best[1], len(en[: best[2]].rstrip(" ,;:.!?"))


# A negated clause dropped with its negation (issue 18, release 29; `benchmarks/omission_narrow.py`, signal
# `neg-clause-short`, measured sentence by sentence): an English `not`, `n't`, `never`, `neither`, `nor` or `cannot`
# (the idioms of NEGATION_IDIOM left out), no negator at all in the Chinese (EN/ZH lists of omission_signals.py, release
# 24), the translation below 82% of its expected length, and the words from the negator to the next comma, quote mark
# or stop (two content words or more) rendered for a third or less by any rendering: the negated claim is gone, not
# paraphrased (`It is not thought to be a serious outbreak at this stage, with The Athletic reporting…` → `据《运动报》报
# 道…`). Over the eighteen wmt-mt development splits it fired on 29 lines, 28 with an omission-kind label (4 that no rule
# found: metro.co.uk 1284 in two systems, bright_helpings 86, a substitution of heldout15) and one free rendering of a
# professional reference already reported false; over whole WMT22 and WMT23 (news left out) outputs, 33 lines, all
# real defects (31 NLLB_Greedy truncations and drops); none of 5,632 lines of WMT22 references A and B and WMT23
# reference A. Wider, measured the same way and not taken: any length (35 lines, 31 right, 4 free renderings of WMT21
# references in heldout14-15, one a real drop nobody labelled), the negation alone without the clause test (P 0.70,
# 0.39 per 100 lines of reference A).
NEGATED_LOG_RATIO = -0.2
_EN_NEGATOR = re.compile(r"\b(?:not|never|neither|nor|cannot)\b|n['’]t\b", re.IGNORECASE)
# Chinese markers of negation, absence or refusal (a negation may be rendered as 无-, 非-, 缺乏, 拒绝, 未能)
_ZH_NEGATOR = re.compile(r"[不没未无非别勿否莫毋甭免拒缺禁绝休难]")
# Negations that negate nothing a reader could lose: `No 10`, `nothing but`, `no more than`, `not only`, `not-`, a tag
# question (`isn't it?`), `don't hesitate`, `no problem`, `no idea`, `not his real name` (omission_signals.py)
NEGATION_IDIOM = re.compile(
    r"\bno\.?\s*\d|\bnothing but\b|\bno (?:fewer|less|more|longer)\b|\bmore often than not\b|\bnot (?:only|just)\b|"
    r"\bnot-|n['’]t hesitate\b|\bno (?:problem|doubt|matter|idea)\b|n['’]t (?:it|they|he|she|you|we|there)\?|"
    r"\bnot (?:his|her|their) real\b", re.IGNORECASE)
NEGATED_UNTIL = re.compile(r"\b(?:until|unless|till)\b", re.IGNORECASE)
_ZH_UNTIL = re.compile("才|直到|除非")  # `not … until` → 直到 … 才
NOT_LONG = re.compile(r"\b(?:take|took|taken|be|been)\b(?:\s+\w+){0,2}\s+long\b", re.IGNORECASE)  # `won't be long` → 请稍后
_NEGATED_STOP = re.compile(r"[,;:\"“”‘’()!?.—–]|\s-\s")
_NEGATED_STOP_AT = re.compile(f"(?={_NEGATED_STOP.pattern})")
NEGATED_MIN_WORDS = 2
NEGATED_RENDERED_SHARE = 1 / 3


def _negated_clause_lost(en: str, zh: str, words: list[tuple[int, int, str]], loose: list[bool]) -> tuple[int, int] | None:
    """(start, end) of the English from a negator to the next comma, quote mark or stop when the Chinese has no negator
    and renders a third or less of that stretch's content words (NEGATED_MIN_WORDS or more), `not … long` and a `not …
    until` rendered 直到/才 left out; None otherwise. `words` and `loose` are the paragraph's content words and their
    any-rendering flags (loose_flags). Linear in the paragraph (hostile29 #1): the stops and the last `until` are found
    once, each negator's words by bisect over the word starts and counted by running sums, and a `not … long` sought
    again only past the one found before."""
    if _ZH_NEGATOR.search(zh):
        return None
    masked = NEGATION_IDIOM.sub(lambda m: " " * len(m.group(0)), en)
    stops = [s.start() for s in _NEGATED_STOP_AT.finditer(masked)]  # every place a stop starts at, overlapping ones too
    last_until = max((u.start() for u in NEGATED_UNTIL.finditer(masked)), default=-1) if _ZH_UNTIL.search(zh) else -1
    starts = [s for s, _e, _w in words]
    rendered = list(itertools.accumulate(loose, initial=0))  # rendered[i]: words before the i-th rendered
    # clause end → (where a `not … long` was last sought, where the first one from there starts, -1: none): the
    # search tries each place independently of where it starts, so the answer holds up to the place found, and a
    # paragraph with no stop does not search to its end again for each negator
    long_at: dict[int, tuple[int, int]] = {}
    for m in _EN_NEGATOR.finditer(masked):
        k = bisect_left(stops, m.end())
        end = stops[k] if k < len(stops) else len(masked.rstrip())
        sought, found = long_at.get(end, (len(masked) + 1, -1))
        if m.end() < sought or 0 <= found < m.end():
            found_long = NOT_LONG.search(masked, m.end(), end)
            sought, found = long_at[end] = (m.end(), found_long.start() if found_long else -1)
        if last_until >= m.end() or found >= 0:
            continue
        first, past = bisect_left(starts, m.end()), bisect_left(starts, end)
        inside = past - first
        if inside >= NEGATED_MIN_WORDS and rendered[past] - rendered[first] <= NEGATED_RENDERED_SHARE * inside:
            return m.start(), end
    return None


def content_word_spans(text: str) -> list[tuple[int, int, str]]:
    """(start, end, word) of the English words the lexicon knows, handles and URLs masked out."""
    return _content_words(text)


def loose_flags(names: list[str], zh: str) -> list[bool]:
    """Whether the Chinese renders each English word by any rendering: a main one, a derived form's, a dictionary
    phrase's that ends in it or any the glosses give (the measure TQA012 finds a clause unrendered by)."""
    anywhere = found_any(frozenset(names), zh)
    return [near or w in anywhere for w, near in zip(names, loosely_rendered(names, zh), strict=True)]


# A run of words a clean translation nearly always renders, none rendered (`benchmarks/omission_reliability.py`, which
# prints these figures). Over the wmt-mt label sets (one line a pair, other rules aside) and WMT22 reference A, at
# reliability 0.85 (a word rendered on 17 of 20 calibration lines or more), two such words in a run within a clause
# (not across a comma, dash or conjunction), the translation below its expected length, the rest of the paragraph
# rendered for 70% or more (three words at least: the translation is otherwise complete) and the translation at or
# below 95% of the length the English without the run predicts: fired on 9 lines of the non-dev splits, partial
# omissions found on 7 (4 that no rule found before: heldout8 2, real MT; heldout16 2, injected; dev 1 more), 1 line
# with no omission label (heldout15: WMT21 reference B drops `as they compete with Europe's best again` itself),
# none of reference A. At 0.8: the same 4, 15 lines fired, 2 unlabelled (`the amount of people in an area` →
# `客流量`, a paraphrase). Looser, each measured the same way: the rest rendered for 35% (0.8): 6 found before missed,
# 29 lines fired, 1 of reference A (a real drop of `in the Premier League` by the reference), but 3 findings more on
# the clean copies of the injected benchmark's slice (tests/test_benchmark.py, 5 per 458 paragraphs, above its bound
# of 1 per 100), as at 0.85 and with the rest's length below 90%; at reliability 0.7: 8 unlabelled lines, 5 of
# reference A; at 0.9 and one word: 217 unlabelled, 86 of reference A; without the rest's length: 55 unlabelled, 9
# of reference A.
RUN_RELIABILITY = 0.85
RUN_MIN_WORDS = 2
RUN_RENDERED_SHARE = 0.7
RUN_MIN_OTHERS = 3
RUN_LOG_RATIO = 0.0
RUN_REST_LOG_RATIO = -0.05
RUN_MAX_SENTENCES = 2  # sentences of an English paragraph: the table was measured on lines of one or two (none lost)
_RUN_STOP = re.compile(r"[.!?;:,]\s|\s[-–—]+\s|[()\"“”]")  # a run of words stops at a clause's or a sentence's end


def _run_stops(en: str, end: int, start: int) -> bool:
    """Whether a clause or a sentence ends between one word's end and the next word's start: a stop, a comma, a dash,
    a bracket or quotation mark, or a conjunction that opens a clause (`…in the Premier League and there is…`)."""
    return bool(_RUN_STOP.search(en, end, start) or _CLAUSE_WORD.search(en, end, start))


def missing_run(en: str, zh: str) -> tuple[int, int] | None:
    """(start, end) of the run of English content words, in a row within a clause (`_run_stops`), none rendered by any
    rendering, that holds the most words a clean translation nearly always renders (`reliability` RUN_RELIABILITY or
    more; RUN_MIN_WORDS at least; the first such run on a tie), in a translation that renders the rest; None if there
    is none."""
    if log_ratio(en, zh) >= RUN_LOG_RATIO or _en_sentences(en) > RUN_MAX_SENTENCES:
        return None
    words = _content_words(en)
    return _missing_run(en, zh, words, loose_flags([w for _, _, w in words], zh))


def unrendered_runs(en: str, words: list[tuple[int, int, str]], flags: list[bool]) -> Iterator[tuple[int, int]]:
    """Each maximal run (i, j) of the content words `words` (spans in `en`) whose `flags` say unrendered, cut where a
    clause stops (`_run_stops`); in order. `_missing_run` takes its best; benchmarks/omission_lexrun49.py reads them all."""
    i = 0
    while i < len(words):
        if flags[i]:
            i += 1
            continue
        j = i + 1
        while j < len(words) and not flags[j] and not _run_stops(en, words[j - 1][1], words[j][0]):
            j += 1
        yield i, j
        i = j


def _missing_run(en: str, zh: str, words: list[tuple[int, int, str]], flags: list[bool]) -> tuple[int, int] | None:
    """`missing_run` once its length tests passed, over the English's content words and their `loose_flags`."""
    names = [w for _, _, w in words]
    best: tuple[int, int, int] | None = None
    for i, j in unrendered_runs(en, words, flags):
        strong = sum(reliability(w) >= RUN_RELIABILITY for w in names[i:j])
        if strong >= RUN_MIN_WORDS and (best is None or strong > best[0]):
            best = (strong, i, j)
    if best is None:
        return None
    _, i, j = best
    outside = len(words) - (j - i)
    rendered = sum(flags)
    if rendered < RUN_MIN_OTHERS or rendered < RUN_RENDERED_SHARE * outside:
        return None
    start, end = words[i][0], words[j - 1][1]
    if log_ratio(en[:start] + en[end:], zh) >= RUN_REST_LOG_RATIO:
        return None
    return start, end


# A quotation of the English (20 characters or more between its marks) and any quotation or title mark of a translation.
# A translation keeps a quotation's marks; one with none at all and below 86% of its expected length has dropped the
# quotation (`…, who replied: "Says the heart and soul of …"` → `…民主党人。`). Over the WMT22/23 references and WMT24's
# (about 6,600 lines, 2023 news left out) no reference has this below 100% of its length; over the WMT22/23 system
# outputs it stands on lines cut at a comma (TQA005's) and on one of the dev2 set, a quotation dropped.
_EN_LONG_QUOTE = re.compile(r"\"([^\"]{20,})\"|“([^“”]{20,})”")
_ZH_ANY_QUOTE = re.compile(r"[“”\"「」『』‘’'《》]")
QUOTE_LOST_LOG_RATIO = -0.15
# A translation that renders half the quotation's content words or more kept the quotation without its marks
# (`…"for violating our hateful conduct policy," …` → `因违反仇恨行为政策暂时被冻结`; a `"` written for an apostrophe,
# `their customers" computer systems`, making a quotation of plain words): over the wmt-mt development splits (dev,
# dev2, dev3, heldout7-21), 2 of the 3 findings of this shape were such (wmt21 references, heldout15), the third
# (`"a bit of a basketball game,"` → nothing of basketball, heldout14) renders 1 of its 3 content words.
QUOTE_LOST_RENDERED_SHARE = 0.5


def _check_quote_lost(ctx: Context, en_block: Block, zh_block: Block) -> Iterator[Finding]:
    """A quotation of the English that the translation has no marks for, in a translation too short to hold it, that
    renders fewer than QUOTE_LOST_RENDERED_SHARE of the quotation's content words."""
    m = _EN_LONG_QUOTE.search(en_block.text)
    if m is None or _ZH_ANY_QUOTE.search(zh_block.text) or log_ratio(en_block.text, zh_block.text) >= QUOTE_LOST_LOG_RATIO:
        return
    start, end = m.span(1) if m.group(1) is not None else m.span(2)
    words = [w for _, _, w in _content_words(en_block.text[start:end])]
    if words and sum(loose_flags(words, zh_block.text)) >= QUOTE_LOST_RENDERED_SHARE * len(words):
        return
    yield ctx.finding(
        CLAUSE_DROPPED,
        f"the quotation {quote(en_block.text[start:end], 100)} has no translation: the translation has no quotation marks",
        source=(en_block, start, end), target=(zh_block, 0, 0), suggestion="translate the quotation",
    )


# A paragraph of hashtags alone (`#FalconGameBooks`): a translation keeps them, or renders their words (`#创业`). Over the
# WMT22/23 (2023 news left out) and WMT24 references and system outputs, three translations of such a line keep no
# hashtag: one renders their words (`创业,可持续发展`), the two others render none, a stock phrase put in their place
# (`现在我们可以看到`, "now we can see"; `通过网络,`)
_EN_TAGS_ONLY = re.compile(r"\s*(?:#[\w-]+[\s,.]*)+$")
_TAG_WORD = re.compile(r"[A-Z]?[a-z]+|[A-Z]+(?![a-z])")
TAG_LINE_MIN_HAN = 2  # Han characters of a translation that says something in the hashtags' place


def _check_tag_line(ctx: Context, en_block: Block, zh_block: Block) -> Iterator[Finding]:
    """A paragraph of hashtags whose translation keeps none of them and renders none of their words (camel case
    split: `#FalconGameBooks` is falcon, game, books) but says something in Chinese: the translation is of
    something else."""
    en, zh = en_block.text, zh_block.text
    if not _EN_TAGS_ONLY.match(en) or "#" in zh or "＃" in zh or len(HAN.findall(zh)) < TAG_LINE_MIN_HAN:
        return
    words = frozenset(w.lower() for w in _TAG_WORD.findall(en.replace("#", " ")))
    if found_any(words, zh):
        return
    start = en.index("#")
    yield ctx.finding(
        TAG_DROPPED,
        f"the hashtags {quote(en.strip())} have no translation: {quote(zh.strip(), 40)} renders none of them",
        source=(en_block, start, len(en.rstrip())), target=(zh_block, 0, len(zh.rstrip())),
        suggestion="restore the hashtags, and remove what stands in their place",
    )


# ---------------------------------------------------------------------- tags, handles, URLs
def _tag_kept(name: str, number: str, chinese: str) -> bool:
    """The tag is in the Chinese as it is (PERSON4) or translated (人4, 项目1)."""
    return f"{name}{number}" in chinese or bool(regex.search(rf"{HAN_CLASS}\s*{number}(?!\d)", chinese))


def _check_copies(ctx: Context, sblocks: list[Block], tblocks: list[Block], zh: str) -> list[Finding]:
    """What a translation copies and this one lacks: a chat placeholder (a whole one fewer) or an acronym in
    brackets; at most one finding, before the tags, handles and URLs of _check_tags."""
    lost = _placeholder_lost(ctx, sblocks, tblocks[0], zh.count("#") + zh.count("＃"))
    if lost is not None:
        return [lost]
    for b in sblocks:
        acronym = _acronym_lost(b.text, zh)
        if acronym is not None:
            return [_tag_finding(ctx, b, acronym[0], acronym[1], tblocks[0])]
    return []


def _check_tags(ctx: Context, sblocks: list[Block], tblocks: list[Block], en: str, zh: str) -> Iterator[Finding]:
    zh_lower = zh.lower()
    zh_tags = zh.count("#") + zh.count("＃")

    def hashtags_lost(b: Block) -> bool:  # the translation has fewer hashtags (`#颤振` keeps one)
        return b.text.count("#") > zh_tags

    squeezed = "".join(zh_lower.split()).replace("：", ":")  # `：p artyparrot：` keeps `:partyparrot:`
    pictures = len(_PICTURE.findall(zh))  # emoji of the translation: each may stand for one shortcode
    for b in sblocks:
        for m in _TAG.finditer(b.text):
            if not _tag_kept(m.group(1), m.group(2), zh):
                yield _tag_finding(ctx, b, m.start(), m.end(), tblocks[0])
                return
        for m in _SHORTCODE.finditer(b.text):
            if m.group(1).lower() not in squeezed:
                if pictures > 0:
                    pictures -= 1  # written as the picture it stands for (`:smile:` as 😄)
                    continue
                yield _tag_finding(ctx, b, m.start(), m.end(), tblocks[0])
                return
        for mi in IDENTIFIER.finditer(b.text):
            ident = mi.group(0).rstrip(".")
            if ident.startswith("$") or ident.lower() in zh_lower:
                continue
            if ident.startswith("#"):
                if b.text.startswith("#", mi.end()) and ident[1:].isupper():
                    continue  # a placeholder (`order #NUMBER#`): TQA305 checks it
                if hashtags_lost(b) and _lost_hashtag(ident, b.text, mi.start(), zh):
                    yield _tag_finding(ctx, b, mi.start(), mi.start() + len(ident), tblocks[0])
                    return
                continue
            if _identifier_excused(ident, b, mi.start(), zh_lower):
                continue
            yield _tag_finding(ctx, b, mi.start(), mi.start() + len(ident), tblocks[0])
            return


def _identifier_excused(ident: str, b: Block, start: int, zh_lower: str) -> bool:
    """Whether a handle, e-mail address, URL or domain the translation does not copy is no omission of TQA007's."""
    if ident.startswith("@"):
        # a handle the translation spells otherwise. A reply's addressee (the handle that opens the paragraph) is no
        # excuse: WMT24 reference A keeps 60 of the 61 that open a line, and the readers of heldout18 labelled the one
        # it drops and two the injector dropped or cut as partial omissions (release 31; before, all were excused)
        return _handle_corrected(ident, zh_lower)
    if "@" not in ident:
        return True  # a URL or domain: the link rules' (TQA101); reporting the written-out ones too put 7 false
        # omission findings on the injected draws (social posts whose URL the injector drops as a link): P 0.945
    # `Amazon.com` as a company name gets translated
    return "." in ident and "/" not in ident and ident.count(".") == 1 and ident.split(".")[0][:1].isupper()


# A placeholder of an anonymised chat (`#PRS_ORG#`, `#NAME#`): every WMT22 reference (two of 58 lines each) keeps as
# many `#` as the source's placeholders need; 6 system output lines of the 13 systems lack a whole one, each a
# mention dropped with the words around it (`a book from #PRS_ORG# in your #PRS_ORG# e reader` → `你的#PRS_ORG#阅读器`)
_CHAT_PLACEHOLDER = re.compile(r"#[A-Z][A-Z_]+#")


def _placeholder_lost(ctx: Context, sblocks: list[Block], near: Block, zh_hashes: int) -> Finding | None:
    """A pair whose translation has fewer `#` than two per placeholder of the English, less one placeholder
    (a changed one, `订单号#`, is TQA305's): a mention was dropped. Reported over the placeholders' span."""
    total = sum(len(_CHAT_PLACEHOLDER.findall(b.text)) for b in sblocks)
    if total == 0 or zh_hashes > 2 * total - 2:
        return None
    b = next(b for b in sblocks if _CHAT_PLACEHOLDER.search(b.text))
    tags = list(_CHAT_PLACEHOLDER.finditer(b.text))
    return ctx.finding(
        TAG_DROPPED,
        f"the source has {total} placeholders ({quote(tags[0].group(0))}) and the translation {zh_hashes // 2}: a mention was dropped",
        source=(b, tags[0].start(), tags[-1].end()), target=(near, 0, 0),
        suggestion="translate the words that went with the missing placeholder",
    )


# An acronym in brackets after the words it names (`security code (CVV)`): a translation keeps it. Over the WMT22
# references (12 each) none drops one, over WMT23's 3 of 11, each the initials of the words before it (`Central Bank of
# Nigeria (CBN)`, `megawatts (MW)`) or a dateline's agency translated in brackets (`（美联社）`); of the WMT22 systems
# HuaweiTSC drops all 12.
_BRACKETED_ACRONYM = re.compile(r"\(([A-Z][A-Za-z]{0,2}[A-Z]{1,5})(?:TM|™)?\)")
_ZH_BRACKETED_HAN = regex.compile(rf"[(（]{HAN_CLASS}+[)）]")
# Latin words in brackets of the translation: an acronym spelt out there (`JURUPA VALLEY (CBSLA)` → `朱鲁帕谷 (CBS Los
# Angeles)`, wmt21 reference A, heldout14: the one false finding of TQA007's acronym over the wmt-mt development splits)
_ZH_BRACKETED_LATIN = re.compile(r"[(（]([A-Za-z][A-Za-z .&'-]{2,80})[)）]")


def _acronym_lost(en: str, zh: str) -> tuple[int, int] | None:
    """(start, end) of an acronym in brackets that the Chinese lacks (in any case), when it does not abbreviate the
    words before it (their letters, in order: the Chinese renders those words), the Chinese puts no Chinese words
    in brackets (a translated acronym) and no Latin words in brackets that it abbreviates (spelt out: `CBS Los Angeles`
    for CBSLA)."""
    if _ZH_BRACKETED_HAN.search(zh):
        return None
    zh_lower = zh.lower()
    spelt = [m.group(1).lower() for m in _ZH_BRACKETED_LATIN.finditer(zh)]
    for m in _BRACKETED_ACRONYM.finditer(en):
        acronym = m.group(1)
        if acronym.lower() in zh_lower:
            continue
        before = " ".join(en[max(0, m.start() - 120) : m.start()].split()[-6:]).lower()  # a window: linear time
        letters = re.compile(".*".join(re.escape(c) for c in acronym.lower()))
        if letters.search(before) or any(w[0] == acronym[0].lower() and letters.match(w) for w in spelt):
            continue
        return m.start(), m.end()
    return None


# An emoji shortcode of a post (`:morty:`, `:partyparrot:`): a translation copies it as it is. Every WMT22/23 reference
# keeps the four it meets; the outputs that lose one lose the clause or the line's end with it.
_SHORTCODE = re.compile(r"(?<![\w:/]):([a-z][a-z0-9_+-]{1,30}):(?![\w/])")
_PICTURE = re.compile("[\U0001F000-\U0001FAFF\u2600-\u27BF\u2B50\u2B55]")  # an emoji, as a site shows a shortcode
_ZH_HANDLE = re.compile(r"@([A-Za-z0-9_.-]{4,})")
HANDLE_MIN_CHARS = 5  # characters two spellings of one handle share in a row,
HANDLE_SHARE = 0.6  # and at least this share of the source's handle


def _handle_corrected(handle: str, zh_lower: str) -> bool:
    """The translation has a handle that shares a long run of characters with this one: a spelling the
    translator corrected (a transcript's `@kpotionus` → `@skinpotionus`), not a handle dropped."""
    name = handle[1:].lower()
    need = max(HANDLE_MIN_CHARS, HANDLE_SHARE * len(name))
    for other in _ZH_HANDLE.findall(zh_lower):
        m = difflib.SequenceMatcher(None, name, other, autojunk=False).find_longest_match(0, len(name), 0, len(other))
        if m.size >= need:
            return True
    return False


def _lost_hashtag(tag: str, text: str, at: int, zh: str) -> bool:
    """A hashtag inside a sentence that the translation neither keeps nor renders: a capitalised one
    (`#Fediverse`, a name, kept as it is) or one whose word the dictionary knows (`the #rat` → 老鼠); of
    other lower-case ones (`#trans woman` → 跨性别女性) the rendering cannot be told."""
    word = tag[1:].lower()
    if not tag[1:2].isupper() and not renderings(word):
        return False
    head, tail = _TAG_LINE.match(text), _TAG_LINE.match(text, at + len(tag))
    if head is None or head.end() >= at or tail is None or tail.end() >= len(text):
        return False  # tags before or after the text: references drop those
    return not found_any(frozenset({word}), zh)


_TAG_LINE = re.compile(r"(?:[#@][\w-]+|[\s.!?,;:…]+)*")


# An item marker that opens a plain-text paragraph: `Q.`/`A.` of a list of questions and answers (`:` or `)` after the
# letter too), `1)`/`12.` of a numbered list, `a)` of a lettered one. A Markdown list item's marker is structure, not
# text (the parser strips it), so only a marker typed in the text counts, and a translation that is a list item
# keeps it. Over WMT21-24's references (50 English lines open with one: WMT22 A and B 20 each, WMT23 5, WMT24 5)
# every translation keeps it (the letter or figure, a Chinese numeral, `第`, or `问`/`答` for Q/A); over the 22
# development wmt-mt splits (release 35) 278 lines open with one, 264 translations keep it, 7 drop it (all labelled
# partial omissions, none found before) and 7 render `A.` as `一个。` (labelled mistranslations: kept, a numeral).
# `Q.`/`A.` count only in a source whose paragraphs open with both (an initial, `A. Smith said`, is no marker).
_EN_ITEM_MARKER = re.compile(r"(?P<qa>[QA])[.:)]\s+(?=[A-Z])|\d{1,2}[.)]\s+(?=[A-Za-z])|[a-h]\)\s+(?=[A-Za-z])")
# …kept: the same letter or figure (any width, in brackets), a Chinese numeral, `第`, `问`/`答`, or a bullet of its own
_ZH_ITEM_KEPT = re.compile(r"[(（\[【]?(?:[A-Za-zＡ-Ｚａ-ｚ0-9０-９一二三四五六七八九十第问答]|[•·＊*#-])")
_ZH_ITEM_LEAD = re.compile(r"[\s\"“”'‘’*_>]*")


def item_marker_lost(english: str, chinese: str) -> tuple[int, int, bool] | None:
    """(start, end, whether it is `Q`/`A`) of the item marker that opens an English paragraph (`Q. `, `A. `, `1) `,
    `12. `, `a) `; the span without its space) when its translation opens with no marker of its own (a Latin letter or
    figure, full width too, a Chinese numeral, `第`, `问`/`答`, a bracket or bullet); None when the English opens with
    none or the translation keeps one."""
    m = _EN_ITEM_MARKER.match(english)
    if m is None:
        return None
    rest = _ZH_ITEM_LEAD.sub("", chinese, count=1)  # the marks before its first word (the pattern matches at 0)
    if not rest or _ZH_ITEM_KEPT.match(rest):
        return None
    return m.start(), m.start() + len(m.group(0).rstrip()), m.group("qa") is not None


def _questions_and_answers(blocks: list[Block]) -> bool:
    """Paragraphs of the source open with `Q` markers and with `A` markers both (a list of questions and answers)."""
    seen = {m.group("qa") for b in blocks if (m := _EN_ITEM_MARKER.match(b.text)) is not None}
    return {"Q", "A"} <= seen


def _check_item_marker(ctx: Context, en_block: Block, zh_block: Block, qa: Callable[[], bool]) -> Iterator[Finding]:
    """An item marker opening the English plain-text paragraph (`Q.`, `A.`, `1)`) that its translation lacks
    (item_marker_lost); a translation that is a list item has its marker in the list's structure, and a heading's
    number (`## 1. Introduction` → `## 引言`) is the heading rules' concern. `qa`: whether the source's paragraphs open
    with both `Q` and `A` markers (_questions_and_answers, read once per pair)."""
    if en_block.kind != "paragraph" or zh_block.kind == "list_item":
        return
    lost = item_marker_lost(en_block.text, zh_block.text)
    if lost is None or (lost[2] and not qa()):
        return
    yield _tag_finding(ctx, en_block, lost[0], lost[1], zh_block)


def _tag_finding(ctx: Context, b: Block, start: int, end: int, near: Block) -> Finding:
    return ctx.finding(
        TAG_DROPPED,
        f"{quote(b.text[start:end])} of the source is missing from the translation",
        source=(b, start, end), target=(near, 0, 0), suggestion="restore it, with what was dropped with it",
    )


def _attribution_lost(ctx: Context, en_block: Block, zh_block: Block, zh_text: str) -> Iterator[Finding]:
    """The English's attribution, for a translation with no marker of speech: a quotation's attribution only when
    the translation is short (the speaker may be named where the quotation opens), reported speech always."""
    m = ATTRIBUTION.search(en_block.text)
    if m is None:
        return
    source = m.group("source")
    if source and found_any(frozenset(w.lower() for w in source.split()), zh_text):
        return
    quoted = _QUOTE_MARK.search(en_block.text, 0, m.end()) is not None
    if quoted and log_ratio(en_block.text, zh_text) >= ATTRIBUTION_LOG_RATIO:
        return
    start, end = _attribution_span(en_block.text, m.start(), m.end())
    yield ctx.finding(
        ATTRIBUTION_DROPPED,
        f"the attribution {quote(en_block.text[start:end])} has no translation",
        source=(en_block, start, end), target=ctx.target_sentences_of((en_block, start, end), zh_block),
        suggestion="translate who said it",
    )


def _attribution_span(text: str, start: int, end: int) -> tuple[int, int]:
    """The attribution itself: from its first word to the next clause boundary or the end."""
    while start < end and not text[start].isalnum():
        start += 1
    after = [s for s in _clause_starts(text) if s > end and not _CLAUSE_WORD.match(text, s)]
    stop = after[0] if after else len(text.rstrip())
    return start, len(text[:stop].rstrip(" ,;:."))


# ---------------------------------------------------------------------- a phrase repeated
def _longest_run(text: str) -> tuple[int, str, int]:
    """(copies, segment, offset of the first copy) of the longest run of one segment (_ZH_SEGMENT) repeated in a row
    in `text`, the first such run on a tie; (1, "", 0) with no repeat."""
    best, run, first, before = (1, "", 0), 1, 0, None
    for m in _ZH_SEGMENT.finditer(text):
        run, first = (run + 1, first) if m.group(0) == before else (1, m.start())
        if run > best[0]:
            best = (run, m.group(0), first)
        before = m.group(0)
    return best


def _check_repeat(ctx: Context, b: Block, english: str) -> Iterator[Finding]:
    run, seg, at = _longest_run(b.text)
    han = len(HAN.findall(seg))
    phrase = seg if (run >= 3 and han >= 2) or (run >= 2 and han >= 4) else ""
    if not phrase:
        m = _ZH_LOOP.search(b.text)
        if m is None:
            return
        phrase, run, at = m.group(1), len(m.group(0)) // len(m.group(1)), m.start()
    en_segments = [x.lower() for x in _EN_SEGMENT.split(english) if x.strip()]
    if any(x == y for x, y in zip(en_segments, en_segments[1:], strict=False)):
        return  # the source repeats itself too ("love, love, love")
    if len(HAN.findall(phrase)) <= REPEAT_WORD_HAN and _EN_WORD_RUN.search(english):
        return  # a word the source says three times (`blah blah blah` → `废话，废话，废话`)
    yield ctx.finding(  # at the loop's first copy, not the phrase's first use in the paragraph (str.find: fixb29 #1)
        PHRASE_REPEATED,
        f"{quote(phrase)} is repeated {run} times in a row; the source says it once",
        target=(b, at, len(b.text.rstrip())), suggestion="replace the loop with a translation of the source",
    )


# A dictionary word said twice in a row (`希望希望他能…` for `hope he'll…`). Over the WMT22/23 references (about 6,000
# lines) a word doubled so stands in 4, 2 of them a sound (`嘎吱嘎吱`, no rendering of an English word) and one a
# reference's own slip (`卡纳克神庙神庙`); in the system outputs, of 17, those where two English words share the
# rendering (`quest missions` → `任务任务`, `smooth and slick` → `光滑光滑`) were first read as translations, not
# repeats; the readers of dev2 label the same shape (`express shipping courier` → `快递快递`) an addition, and
# `doubled_common_word` below reports it.
DOUBLED_MAX_LOOKS = 8
_ZH_DOUBLED = regex.compile(rf"({HAN_CLASS}{{2,4}})\1")
# a word or a phrase of up to three words said twice in a row (`very very`, `if you if you`: a speaker's restart)
_EN_REPEATED_WORD = re.compile(r"\b(\w+(?:\W+\w+){0,2})\W+\1\b", re.IGNORECASE)


def _check_doubled_word(ctx: Context, en_block: Block, zh_block: Block) -> Iterator[Finding]:
    """A word of the dictionary written twice in a row that renders exactly one content word of the English, which
    the English does not say twice in a row."""
    # the Chinese first: 1 paragraph in 300 doubles, and the English pattern's backreference costs 4 times the Chinese
    # one (339 benchmark pairs, r37); both halves below need a doubling, and every `_ZH_DOUBLED` match (as every
    # doubling `doubled_common_word` takes) is a `_ZH_DOUBLED_LINKED` match
    if _ZH_DOUBLED_LINKED.search(zh_block.text) is None or _EN_REPEATED_WORD.search(en_block.text):
        return
    looks = itertools.islice(_ZH_DOUBLED.finditer(zh_block.text), DOUBLED_MAX_LOOKS)
    known = chinese_words()
    tokens = [t.lower() for t in _EN_WORD.findall(en_block.text)]
    for m in looks:  # each look scans the English
        w = m.group(1)
        end = m.start() + len(w)
        if w not in known or any(zh_block.text[k:end] in known for k in range(max(0, m.start() - 4), m.start())):
            continue  # `基础设施设施`: the end of a longer word, then the word
        at = [i for i, t in enumerate(tokens) if w in loose_renderings(t)]
        if len({tokens[i] for i in at}) != 1:
            continue
        near = {t for i in at for t in tokens[max(0, i - 2) : i + 3] if t != tokens[i] and renderings(t)}
        if near - matched(frozenset(near), zh_block.text):
            continue  # the word beside it has no rendering: both English words are rendered so (`quest missions`)
        yield ctx.finding(
            PHRASE_REPEATED, f"{quote(w)} is said twice in a row ({quote(m.group(0))}); the source says it once",
            target=(zh_block, m.start(), m.end()), suggestion=w,
        )
        return
    common = doubled_common_word(zh_block.text)
    if common is not None and not _shared_rendering(common[2], tokens, zh_block.text):
        start, end, w = common
        span = zh_block.text[start:end]
        # a quote mark between the copies stays (`正在“正在我们眼前发生”` → `正在“`: the suggestion `正在` replaced the span
        # and lost the opening “, newcomer 38 item 6); a linking 还/也/又 or a light verb goes with the second copy
        between = span[len(w) : len(span) - len(w)]
        keep = w + between.strip() if between.strip() and not HAN.search(between) else w
        yield ctx.finding(
            PHRASE_REPEATED, f"{quote(w)} is said twice ({quote(span)}); the source says it once",
            target=(zh_block, start, end), suggestion=keep,
        )


# A common word of CC-CEDICT (2 to 4 Han characters, lower-case pinyin) written twice in a row, or with 还, 也 or 又 between,
# where the doubled form is no entry of its own and neither copy is part of a longer entry beside it: `要么要么用过，要么…`
# for `have either used one or…`, `并可以还可以雇佣` for `can hire`, `快递快递` for `express shipping courier` (real-MT
# additions missed in heldout19, heldout8 and dev2, which `_check_doubled_word`'s first test leaves: the word list lacks
# 要么 and 快递, and 可以 is said with 还 between). Not where the English words may share the word (`_shared_rendering`),
# one character said four times (`哇哇哇哇`: a loop, or a sound), a word Chinese grammar doubles (`reduplicable_words`: a
# sound, `嘎吱嘎吱`, or a verb, `把土修复修复`), nor a pronoun Chinese doubles for "such and such" (`说我如何如何`).
# Measured before building, over all WMT22 outputs (ecommerce_en_36/47 left out): 10 places, all doublings of a system
# (退货退货, 可口可口, 淡入淡入…; 任务任务 for `quest missions` in 4 more, before `_shared_rendering`); over WMT22 references A
# and B, WMT21 references A and B and WMT24 reference A (about 10,000 lines): reference A of WMT22 none, 防守防守 (B),
# 修复修复 (WMT24 A, a verb doubled to soften it) and 享有享有 (a slip of WMT24 A). Verbs left out, all three go (with the
# slip), and of the outputs' 10, 退货退货 (3), 淡入淡入 and 希望希望 (the first test's): 5 left, 3 of them labelled (dev2,
# heldout8, heldout19), 1 in a document its reader labelled nothing in (`快递快递`, heldout7, the doubling labelled in
# dev2), 可口可口 in none read. With 和/或 between, 47 more
# places, mostly two English synonyms rendered by one word (`不满意或不满意` for `dissatisfied or unhappy`): another kind.
# Release 38: a quotation mark between the two copies too (`经济崩溃正在“正在我们眼前发生”`, a labelled addition of
# heldout6): over every WMT21/22/23 output and reference (about 40,000 lines), that place alone.
# And a verb said again as the object of a light verb (`检验进行检验` for `checked`): over every WMT21/22/23 output and
# reference, with 进行, 加以, 予以, 作出 or 做出 between, that one place (a labelled addition of heldout21); the verb is
# then no reduplication (`reduplicable_words` does not excuse it).
_LIGHT_VERBS = ("进行", "加以", "予以", "作出", "做出")
_ZH_DOUBLED_LINKED = regex.compile(rf"({HAN_CLASS}{{2,4}})([还也又]?|[“”\"「」『』‘’]\s*|{'|'.join(_LIGHT_VERBS)})\1")
_DOUBLED_PRONOUNS = frozenset({"如何", "怎样", "怎么", "什么", "这样", "那样", "如此", "这般", "那般", "某某"})
DOUBLED_NEAR = 3  # Han characters read before and after the doubling for a longer entry that holds one copy


def _shared_rendering(w: str, tokens: list[str], zh: str) -> bool:
    """The doubling may render two English words: two different words render `w` (`letter markings were incorrectly
    marked` → `字母标记标记错误`, a noun then its verb), or a word beside the one that does (two words either side) has no
    rendering in the translation (`quest missions` → `任务任务`, `express shipping courier` → `快递快递`): the test of
    `_check_doubled_word`'s first part. Measured: the readers leave such doublings unlabelled (`任务任务` in 4 outputs,
    `快递快递` in 1) as often as not (`快递快递` labelled once, dev2): without this test, 1 labelled, 5 not."""
    at = [i for i, t in enumerate(tokens) if w in loose_renderings(t)]
    if len({tokens[i] for i in at}) >= 2:
        return True
    near = {t for i in at for t in tokens[max(0, i - 2) : i + 3] if t != tokens[i] and renderings(t)}
    return bool(near - matched(frozenset(near), zh))


def doubled_common_word(zh: str) -> tuple[int, int, str] | None:
    """(start, end, word) of the first common word of the dictionary written twice in a row, or with 还/也/又 between,
    whose doubling is no entry of its own and neither copy of which is part of a longer entry beside it; else None."""
    for m in itertools.islice(_ZH_DOUBLED_LINKED.finditer(zh, overlapped=True), DOUBLED_MAX_LOOKS):
        w = m.group(1)
        if len(set(w)) == 1 or w in _DOUBLED_PRONOUNS or not is_common_word(w) or is_headword(m.group(0)) \
                or m.group(2) not in _LIGHT_VERBS and w in reduplicable_words():  # (last: the one test that may build an index)
            continue
        first_end, second = m.start() + len(w), m.end() - len(w)
        if any(is_headword(zh[k:first_end]) for k in range(max(0, m.start() - DOUBLED_NEAR), m.start())):
            continue  # `基础设施设施`: the end of a longer word, then the word
        if any(is_headword(zh[second:k]) for k in range(m.end() + 1, min(len(zh), m.end() + DOUBLED_NEAR) + 1)):
            continue  # `研究研究生`: the word, then the start of a longer one
        return m.start(), m.end(), w
    return None


# A word of time said twice in one Chinese sentence whose English paragraph says it once (`高压将在下周初持续到下周初。` for
# `…prevail through early next week.`; `周日，利比亚…的可能性在周日几近破灭` for `…appeared close to collapse on Sunday`): MT
# renders the time phrase again in place of another part of the sentence. Release 38, over every WMT21/22/23 output and
# reference (about 40,000 lines): those 2 places (labelled additions of heldout9 and heldout13, found by no rule) and
# one reference that renders `Sunday` and `Sundays` as 周末 twice (weekend: left out of the list, its English
# counterpart is as often a day). A week word before 末 (上周末, last weekend) is another word. The days of the week are
# counted by value from the quantity readers (`chinese_quantities`, `english_quantities`: 周日, 星期日 and 星期天 one day;
# not the 周 of a frequency, 每周一次 once a week, 两周一次 every two weeks); the relative words are the shared table's
# (quantities.reldays.TIME_WORDS: 今天 today … 明年 next year), each English one counted as a word of the lower-case text.
_TIME_SAID_TWICE: tuple[tuple[re.Pattern[str], re.Pattern[str]], ...] = tuple(
    (re.compile(zh), re.compile(rf"\b{en}\b")) for zh, en in TIME_WORDS)
_ZH_SENTENCE_RUN = re.compile(r"[^。！？!?]+")
# …unless the second opens a clause of its own, after a comma and at most a linking word (`我明天的预约已取消，所以明天会
# 第二次拍…` for `I've got a cancellation for tomorrow, so it's take two…`, WMT24 reference A): Chinese says the time
# again at the head of the clause it governs. The two labelled repeats are inside one clause (`…在下周初持续到下周初`,
# `周日，…的可能性在周日几近破灭`).
_CLAUSE_HEAD = re.compile(r"[，,；;：:]\s*(?:所以|因此|因而|于是|但是?|可是|而且?|并且|然后|那么|那)?\s*$")


def _check_time_twice(ctx: Context, en_block: Block, zh_block: Block) -> Iterator[Finding]:
    """TQA009: a word of time (a day of the week, by its value; `_TIME_SAID_TWICE`: today, next week, last year…) said
    twice in one sentence of the translation while the English paragraph says its counterpart once at most, the second
    not at the head of a clause of its own (`_CLAUSE_HEAD`)."""
    text, english = zh_block.text, en_block.text.lower()
    days = sorted((q for q in ctx.target_quantities.get(zh_block.index, ()) if q.kind == "weekday"),
                  key=lambda q: (q.start, q.end))
    en_days = [q.value for q in ctx.source_quantities.get(en_block.index, ()) if q.kind == "weekday"]
    runs = [(m.start(), m.end()) for m in _ZH_SENTENCE_RUN.finditer(text)]
    starts = [a for a, _ in runs]
    # each day bucketed once into the sentence that holds it (the sentence starting last at or before it, when it ends
    # inside it), not every sentence against the paragraph's every day: the same places, in the same order (days by
    # value, then by place)
    day_places: dict[int, dict[float, list[tuple[int, int]]]] = {}
    for q in days:
        i = bisect_right(starts, q.start) - 1
        if i >= 0 and q.end <= runs[i][1]:
            day_places.setdefault(i, {}).setdefault(q.value, []).append((q.start, q.end))
    in_english: dict[re.Pattern[str] | float, int] = {}
    for i, (run_start, run_end) in enumerate(runs):
        said: list[tuple[list[tuple[int, int]], re.Pattern[str] | float]] = [
            (places, v) for v, places in sorted(day_places.get(i, {}).items(), key=lambda vp: vp[0])]
        # the words of time, each searched within the sentence (literals of Han characters; `(?!末)` reads the end of
        # the sentence as the end of the text, where a sentence mark stood: the same), in _TIME_SAID_TWICE's order
        said += [(places, en) for zh, en in _TIME_SAID_TWICE if (places := [m.span() for m in zh.finditer(text, run_start, run_end)])]
        for places, en in said:
            if len(places) < 2:
                continue
            if en not in in_english:
                in_english[en] = en_days.count(en) if isinstance(en, float) else len(en.findall(english))
            if in_english[en] >= 2:
                continue
            (start, _), (second, end) = places[0], places[1]
            if not _CLAUSE_HEAD.search(text, run_start, second):
                yield ctx.finding(
                    PHRASE_REPEATED, f"{quote(text[second:end])} is said twice in one sentence ({quote(text[start:end], 60)}); "
                    "the source says it once", target=(zh_block, second, end),
                    suggestion=_time_once(ctx, en_block, en, text[second:end]),
                )
                return


def _time_once(ctx: Context, en_block: Block, en: re.Pattern[str] | float, word: str) -> str:
    """TQA009's advice for a word of time said twice in a sentence: say it once, naming the English word it renders,
    and translate what the extra copy may stand for (mend 39 item 4: "say the time once, and translate the part of the
    sentence the repetition replaced" read wrong where the translator only said the time again in another place,
    `周日，…在周日几近破灭` for `On Sunday, … all but vanished`: nothing was replaced). Which copy to keep is not
    said: Chinese fronts a time (`周日，…`) where English ends with it, so the places do not tell (the share of the
    paragraph's length picked the wrong copy of `今天商店将关闭，假期后今天…` for `close today and reopen after…`)."""
    english = en_block.text
    if isinstance(en, float):
        said = next((english[q.start : q.end] for q in ctx.source_quantities.get(en_block.index, ()) if q.kind == "weekday" and q.value == en), "")
    else:
        said = english[m.start() : m.end()] if (m := en.search(english.lower())) else ""
    where = f"where it renders {quote(said)}" if said else "where it renders the English"
    return f"say {word} once, {where}, and drop the other copy (or translate there the words it stands for)"


# A clause that says again the end of the clause before it, alone or after a linking word (`也就是说他实际上还要服务两年，
# 还要服务两年`, `破解一些尚未结案的谋杀事件，尤其是尚未结案的谋杀事件`): the tail said twice. Over the WMT21 references
# A and B, WMT22 reference A and the 13 WMT22 outputs and WMT24 reference A (about 33,000 lines), a tail of 3 or more
# Han characters said again so stands in one line, a loop (`该死的孩子没有尊重，该死的孩子没有尊重，…`); of 2, in four
# more (`帽子，帽子`, `视频，视频`); after any other short word (`两分钟内到，还是十分钟内到`, `化油器排气软管，油箱排气软管`)
# it is a parallel, not a repeat. heldout14 and heldout15 label four such tails (5 to 9 characters) as additions.
# Release 38: at 3 rather than 4, over every WMT21/22/23 output and reference (about 40,000 lines) one place more, a
# labelled addition (`所以，这真的应该一直做，一直做。`, heldout21); the other two places are the same at 4.
TAIL_AGAIN_HAN = 3
_TAIL_AGAIN_LINKS = frozenset({"", "尤其是", "特别是", "尤其", "特别", "即", "也就是", "就是", "更是", "甚至"})
_ZH_TAIL_CLAUSE = re.compile(r"[，,；;]")
_ZH_TAIL_END = re.compile(r"[。！？!?…”’\"'」』）)\s.]+$")


def tail_said_again(zh: str) -> tuple[int, int] | None:
    """(start, end) in `zh` of the first clause that repeats the end of the clause before it (TAIL_AGAIN_HAN Han
    characters or more, the clause before it longer), alone or after a linking word of _TAIL_AGAIN_LINKS; else None.
    A clause that repeats the whole clause before it is _check_repeat's."""
    starts = [0, *(m.end() for m in _ZH_TAIL_CLAUSE.finditer(zh))]
    ends = [m.start() for m in _ZH_TAIL_CLAUSE.finditer(zh)] + [len(zh)]
    for (a0, a1), (b0, b1) in itertools.pairwise(zip(starts, ends, strict=True)):
        before, clause = _ZH_TAIL_END.sub("", zh[a0:a1]), _ZH_TAIL_END.sub("", zh[b0:b1])
        k = 0
        while k < min(len(before), len(clause)) and before[-1 - k] == clause[-1 - k]:
            k += 1
        if k < len(before) and len(HAN.findall(clause[len(clause) - k :])) >= TAIL_AGAIN_HAN \
                and clause[: len(clause) - k] in _TAIL_AGAIN_LINKS:
            return b0, b0 + len(clause)
    return None


def _en_tail_again(english: str) -> bool:
    """The English says the end of one segment again as the next (`clean, very clean`; `so far, so far`)."""
    segments = [x.lower().split() for x in _EN_SEGMENT.split(english) if x.strip()]
    return any(b and a[-len(b):] == b for a, b in itertools.pairwise(segments) if len(b) <= len(a))


def _check_tail_again(ctx: Context, en_block: Block, zh_block: Block) -> Iterator[Finding]:
    """A clause that says the end of the clause before it again (tail_said_again), where the English does not."""
    span = tail_said_again(zh_block.text)
    if span is None or _en_tail_again(en_block.text):
        return
    start, end = span
    yield ctx.finding(
        PHRASE_REPEATED, f"{quote(zh_block.text[start:end])} says again the end of the clause before it; the source says it once",
        target=(zh_block, start, end), suggestion="remove the repeated words",
    )


# A long run of Han characters that a translation says twice, apart, in a translation longer than its English predicts,
# where the English is one sentence and repeats no three words: the translation renders one part of the sentence again
# in place of another (`国际社会要求利比亚政治阶层坚持…的能力，…，这一任命阻碍了国际社会要求利比亚政治阶层坚持…的能力`).
# Over the WMT22/23/24 references (about 7,000 lines, 2023 news left out) and the real dev/dev2/dev3 outputs, runs of 10
# to 13 characters said twice stand in four references (a name or phrase the translator repeats for a pronoun); 14 or
# more in none, and in two outputs: that one and a loop TQA009 reports already.
TWICE_RUN_HAN = 14
TWICE_RUN_LOG_RATIO = 0.1  # the translation is longer than expected (above 110%)
_EN_WORDS_ANY = re.compile(r"[a-z0-9']+")


def _check_said_twice(ctx: Context, en_block: Block, zh_block: Block) -> Iterator[Finding]:
    """A run of TWICE_RUN_HAN Han characters (counting Han only) that the translation of a one-sentence English
    paragraph holds twice, the two not overlapping, while the English repeats no three words in a row."""
    zh = zh_block.text
    # counted by runs first (a regex match per run, not one per character): most paragraphs stop here
    if han_count(zh) < 2 * TWICE_RUN_HAN or log_ratio(en_block.text, zh) <= TWICE_RUN_LOG_RATIO:
        return
    if _en_sentences(en_block.text) != 1:
        return
    words = _EN_WORDS_ANY.findall(en_block.text.lower())
    triples = list(zip(words, words[1:], words[2:], strict=False))
    if len(set(triples)) < len(triples):
        return  # the English repeats itself
    han = [i for i, ch in enumerate(zh) if HAN.match(ch)]
    chars = "".join(zh[i] for i in han)
    seen: dict[str, int] = {}
    for a in range(len(chars) - TWICE_RUN_HAN + 1):
        run = chars[a : a + TWICE_RUN_HAN]
        first = seen.setdefault(run, a)
        if a - first >= TWICE_RUN_HAN:
            k = TWICE_RUN_HAN
            while a + k < len(chars) and first + k < a and chars[first + k] == chars[a + k]:
                k += 1  # the whole run said twice
            start, end = han[a], han[a + k - 1] + 1
            yield ctx.finding(
                PHRASE_REPEATED,
                f"{quote(zh[start:end])} is said twice; the source says it once",
                target=(zh_block, start, end), suggestion="translate the part of the sentence this repetition replaced",
            )
            return


# ---------------------------------------------------------------------- an MT system's subword marker left
# A Latin fragment ending in the subword joiner `@@` of BPE-trained MT (`…运动水平。FOLFO@@`): the decoder's debris, not a
# word of the source. Release 38, over every WMT21/22/23 output and reference (about 40,000 lines): that one place, a
# labelled addition of heldout2 (LanguageX) that no rule found. Tried from a run's first letter only (the lookbehind):
# tried at every letter, a long Latin run with no `@@` was read to its end from each (hostile38: quadratic).
_SUBWORD_MARKER = re.compile(r"(?<![A-Za-z0-9])[A-Za-z0-9]*@@(?:[A-Za-z0-9]+(?:@@)?)*")


def _check_subword_marker(ctx: Context, en_block: Block, zh_block: Block) -> Iterator[Finding]:
    """TQA010: a run ending in `@@` (`_SUBWORD_MARKER`) in the translation where the English has no `@@`."""
    m = _SUBWORD_MARKER.search(zh_block.text)
    if m is None or "@@" in en_block.text:
        return
    yield ctx.finding(
        SENTENCE_ADDED, f"{quote(m.group(0))} is a machine translation's subword debris (the `@@` joiner), no word of the source",
        target=(zh_block, m.start(), m.end()), suggestion="remove it",
    )


# ---------------------------------------------------------------------- a neighbour's sentence run in
# The first clause of the next paragraph's translation said again as the last sentence of this one (`大家好！我来自爱沙尼亚。`
# before `我来自爱沙尼亚，在那里…`), or the last of the previous one said again as this one's first: MT running a line into
# its neighbour. Release 38: over every WMT21/22/23 output and reference (about 40,000 lines) a paragraph of more
# sentences than its English with such a sentence (four Han characters or more) is found twice, both labelled additions
# that no rule found (Online-W, heldout2 and heldout4); no reference line.
RUN_IN_MIN_HAN = 4
_BARE = re.compile(r"[\s。！？!?.，,、“”\"'‘’「」]+")


def _check_neighbour_run_in(ctx: Context, en_block: Block, zh_block: Block) -> Iterator[Finding]:
    """TQA010: the last sentence of `zh_block` opens the next target block word for word, or its first sentence ends
    the previous one (punctuation and spaces aside), where the translation has more sentences than its English (the
    neighbours by Block.index, the block's place in the document)."""
    sentences = [x for x in _ZH_SENTENCE_END.split(zh_block.text.rstrip()) if x.strip()]
    if len(sentences) < 2 or len(sentences) <= _en_sentences(en_block.text):
        return
    i, blocks = zh_block.index, ctx.target.blocks
    for s, j, at_end in ((sentences[-1], i + 1, True), (sentences[0], i - 1, False)):
        key = _BARE.sub("", s)
        if not 0 <= j < len(blocks) or han_count(s) < RUN_IN_MIN_HAN:
            continue
        other = _BARE.sub("", blocks[j].text)
        if other.startswith(key) if at_end else other.endswith(key):
            # the last sentence's own place (its text may stand earlier in the paragraph too: str.find took that copy)
            at = zh_block.text.rfind(s.strip()) if at_end else zh_block.text.find(s.strip())
            yield ctx.finding(
                SENTENCE_ADDED, f"the sentence {quote(s.strip(), 60)} is the {'next' if at_end else 'previous'} "
                "paragraph's, run in here: the source of this paragraph does not say it",
                target=(zh_block, at, at + len(s.strip())), suggestion="remove the sentence (the other paragraph translates it)",
            )
            return


# ---------------------------------------------------------------------- a sentence added at the end
def _check_sentences_added(ctx: Context, en_block: Block, zh_block: Block) -> Iterator[Finding]:
    """A last sentence added (_check_added), an English sentence translated twice (_check_twice): both split the
    two sides into sentences once, here."""
    sentences = [x for x in _ZH_SENTENCE_END.split(zh_block.text.rstrip()) if x.strip()]
    en_sentences = _en_sentences(en_block.text)
    found = [*_check_added(ctx, en_block, zh_block, sentences, en_sentences),
             *_check_twice(ctx, en_block, zh_block, sentences, en_sentences)]
    yield from found or _check_added_anywhere(ctx, en_block, zh_block)


def _check_added_anywhere(ctx: Context, en_block: Block, zh_block: Block) -> Iterator[Finding]:
    """A whole sentence with no source anywhere in the paragraph (`lang.addedsentence`, issue 18)."""
    s = added_sentence(en_block.text, zh_block.text)
    if not s or is_marked_note(s.strip()):
        return
    at = zh_block.text.find(s)
    yield ctx.finding(
        SENTENCE_ADDED, f"the sentence {quote(s.strip(), 60)} renders nothing of the source",
        target=(zh_block, at, at + len(s.rstrip())), suggestion="remove the added sentence",
    )


def _check_added(ctx: Context, en_block: Block, zh_block: Block, sentences: list[str],
                 en_sentences: int) -> Iterator[Finding]:
    """A short last sentence that renders nothing of the English. `sentences` are the translation's (split by
    _ZH_SENTENCE_END), `en_sentences` the number of the English's (_EN_SENTENCE_SPLIT)."""
    zh = zh_block.text.rstrip()
    if len(sentences) < 2 or len(sentences) <= en_sentences or en_sentences > ADDED_MAX_EN_SENTENCES:
        return
    last = sentences[-1]
    if not ADDED_MIN_HAN <= len(HAN.findall(last)) <= ADDED_MAX_HAN or is_marked_note(last):
        return  # a translator's note inside the paragraph (`…。（译注：…）`) is accepted, as one in a paragraph of its own
    if _ZH_SAID_END.search(last) and _EN_SAID.search(en_block.text):
        return  # the attribution of the quote, placed after it (`…”匿名，说。` for `…, the official … said.`)
    words = content_words(en_block.text)
    head = matched(words, zh[: len(zh) - len(last)])
    if matched(words, last) or len(head) < ADDED_HEAD_RENDERED or not _ends_rendered(en_block.text, head):
        return
    at = len(zh) - len(last.lstrip())
    yield ctx.finding(
        SENTENCE_ADDED, f"the last sentence {quote(last.strip())} renders nothing of the source",
        target=(zh_block, at, len(zh)), suggestion="remove the added sentence",
    )


# An empty pair of quotation or title marks in a translation, and a quotation of the English with words in it. Over all
# WMT21-23 references and WMT22/23 outputs (about 40,000 lines) the translation has one twice, both outputs that drop
# the quoted word (`"pod"` → `""`, `"bells"` → `""`), and no reference.
_ZH_EMPTY_QUOTE = re.compile(r"“\s*”|\"\s*\"|「\s*」|『\s*』|《\s*》")
_EN_QUOTED = re.compile(r"\"([^\"]*[A-Za-z0-9][^\"]*)\"|“([^“”]*[A-Za-z0-9][^“”]*)”")


def _check_empty_quote(ctx: Context, en_block: Block, zh_block: Block) -> Iterator[Finding]:
    """The translation keeps the marks of a quotation and drops the words inside (`想加入我的""?`)."""
    m = _ZH_EMPTY_QUOTE.search(zh_block.text)
    if m is None or _ZH_EMPTY_QUOTE.search(en_block.text):
        return
    spans = [q.span(1) if q.group(1) is not None else q.span(2) for q in _EN_QUOTED.finditer(en_block.text)]
    zh_lower = zh_block.text.lower()
    lost = [(a, z) for a, z in spans if en_block.text[a:z].lower() not in zh_lower]  # not kept as it is
    if not lost:
        return
    start, end = lost[0]
    yield ctx.finding(
        CLAUSE_DROPPED, f"the quotation {quote(en_block.text[start:end], 100)} has no translation: the marks {quote(m.group(0))} are empty",
        source=(en_block, start, end), target=(zh_block, m.start(), m.end()), suggestion="translate the quoted words",
    )


TWICE_MIN_WORDS = 5  # distinct English content words of a sentence worth the test
TWICE_MIN_HAN = 4  # Han characters of each of the two Chinese sentences
# Share of the English content words that each of the two Chinese sentences renders. Over all WMT21-23 references
# and WMT22/23 outputs (about 40,000 lines) one line has it at 0.5 (and at 0.4): an output that gives a broken and a
# fixed translation one after the other; at 0.25, 8 outputs and 3 references, all two sentences of one English one.
TWICE_SHARE = 0.5


def _check_twice(ctx: Context, en_block: Block, zh_block: Block, sentences: list[str],
                 en_sentences: int) -> Iterator[Finding]:
    """One English sentence translated twice, one translation after the other (`您可以要求的车手一旦…。使用应用程序上的
    呼叫骑手功能，…您就可以呼叫这位骑手。`): each of the two Chinese sentences renders half or more of the English
    content words (any rendering the dictionary gives). Reported as the second sentence added. `sentences` and
    `en_sentences` as for _check_added."""
    zh = zh_block.text.rstrip()
    if len(sentences) != 2 or any(len(HAN.findall(x)) < TWICE_MIN_HAN for x in sentences) or en_sentences != 1:
        return
    words = frozenset(w for _, _, w in _content_words(en_block.text))
    if len(words) < TWICE_MIN_WORDS:
        return
    first, second = found_any(words, sentences[0]), found_any(words, sentences[1])
    if sum(1 for w in words if first.get(w) and second.get(w)) < TWICE_SHARE * len(words):
        return
    at = len(zh) - len(sentences[1].lstrip())
    yield ctx.finding(
        SENTENCE_ADDED, f"the sentence is translated twice: {quote(sentences[1].strip(), 60)} renders again what the sentence before it renders",
        target=(zh_block, at, len(zh)), suggestion="keep one translation",
    )


def _ends_rendered(english: str, rendered: frozenset[str]) -> bool:
    """One of the last ADDED_END_WORDS content words of the English is rendered before the added sentence: the
    translation has reached the end of the source, so what follows is not the rendering of its last clause
    (`…like paper plates (or something near them...plastic forks?` → `…纸盘（或者靠近它们的东西... 塑料叉？`)."""
    known = content_words(english)
    last = [w for w in _EN_WORD.findall(english.lower()) if w in known][-ADDED_END_WORDS:]
    return any(w in rendered for w in last)


def without_reply_added(findings: list[Finding]) -> list[Finding]:
    """The findings less a TQA010 in a translated paragraph that a TQA013 names as a reply: the reply is the one
    defect (`抱歉，我无法翻译这句话中的不雅用语。` before the translation has no source either; heldout16)."""
    replies = {f.target_block for f in findings if f.code == ANSWER_NOT_TRANSLATION.code and f.target_block is not None}
    if not replies:
        return findings
    return [f for f in findings if not (f.code == SENTENCE_ADDED.code and f.target_block in replies)]


def without_inside_dropped(findings: list[Finding]) -> list[Finding]:
    """One defect, one finding, where TQA003 and a clause rule name the same lost English text (places compared on the
    source side, file offsets):
    - a sentence TQA003 reports dropped whole (`has no translation`) accounts for a clause of it (TQA012, TQA006), its
      attribution (TQA008), a tail cut from it (TQA005) and a name of it said to be translated as common words or left
      out (TQA312, TQA313, TQA321): those go, and TQA003's suggestion (translate the missing sentence) mends them all;
    - a sentence TQA003 reports shortened (`about N% of its expected length: a clause seems missing`) that holds the
      tail TQA005 names (`the translation stops at "，": … has no translation`) goes instead: the cut's tail is the
      part that is missing, and TQA005 says where the translation stops;
    - a sentence TQA003 reports shortened that holds the clause TQA012 names goes too: the clause is the specific
      place (newcomer 26 item 7, "one lost clause, two findings"); when the clause is shorter than half of what the
      length says is missing (CLAUSE_SHORT), TQA012 says so, as more than that clause may be lost. (A clause TQA006 or
      TQA008 names may be only part of what is lost: TQA003 stays beside it.)
    A newcomer's reading of planted omissions (release 24) got a TQA012, or a TQA312 `→ Harborlight`, beside the
    TQA003 of the same sentence, a sentence cut at a comma both a TQA005 and a TQA003; over the sixteen real-MT
    development splits 133 such pairs, the recall of every labelled kind unchanged (no dropped finding was alone on its line)."""
    clauses = {CLAUSE_DROPPED.code, OPENING_DROPPED.code, ATTRIBUTION_DROPPED.code, SENTENCE_CUT.code}
    inside = clauses | {NAME_LITERAL.code, NAME_DROPPED.code, PERSON_DROPPED.code}
    kept = without_inside(findings, _dropped_whole, lambda f: f.code in inside, side="source")
    named = [f.source for f in kept if f.code in (SENTENCE_CUT.code, CLAUSE_DROPPED.code) and f.source is not None]
    if not named:
        return kept

    def holds(s: Location, c: Location) -> bool:
        return s.offset <= c.offset and c.end_offset <= s.end_offset

    def vaguer(f: Finding) -> bool:
        s = f.source
        return (f.code == PARTIAL_OMISSION.code and not _dropped_whole(f) and s is not None
                and any(holds(s, c) for c in named))

    shortened = [f for f in kept if vaguer(f)]
    out = []
    for f in kept:
        if f in shortened:
            continue
        outer = next((o for o in shortened if f.code == CLAUSE_DROPPED.code and f.source and o.source and holds(o.source, f.source)), None)
        out.append(_more_may_be_lost(f, outer) if outer is not None else f)
    return out


CLAUSE_SHORT = 0.75
"""A clause TQA012 names that is shorter than this share of what its sentence's TQA003 says is missing (the English
sentence's length times the share below its expected length) is said to be perhaps not all that is lost. Chosen on the
two cases read, not measured on labels: the newcomer's planted omission (a 43-character clause of about 93 missing: both
clauses of the tail were dropped) and test_omission's cut tail (`raising spending on hospitals`, 29 of about 44: `and
public transport` was lost with it); both are partial, and the length estimate is rough, so only a clause of three
quarters of the missing length or more is taken as all that is missing."""


def _more_may_be_lost(clause: Finding, shortened: Finding) -> Finding:
    """TQA012 standing for the TQA003 of its sentence (without_inside_dropped): its place in the original is that
    sentence and its message quotes it, as TQA003's did (a figure of the sentence lost outside the clause stays within
    the finding: with the clause's place alone, one number:dropped label of dev was no longer covered), and it says
    that more may be lost when the clause is short of what the length says is missing."""
    m = re.search(r"^the translation of (.*) is about (\d+)% of its expected length", shortened.message)
    s, c = shortened.source, clause.source
    if m is None or s is None or c is None:
        return clause
    missing = (s.end_offset - s.offset) * (1 - int(m.group(2)) / 100)
    if c.end_offset - c.offset >= CLAUSE_SHORT * missing:  # the sentence still quoted: a figure of it lost is named
        return dataclasses.replace(clause, source=s, message=f"{clause.message} (its sentence {m.group(1)} is translated at "
                                                             f"about {m.group(2)}% of its expected length)")
    return dataclasses.replace(clause, source=s, message=f"{clause.message}, and more of its sentence {m.group(1)} may be "
                                                         f"missing (its translation is about {m.group(2)}% of its expected length)")


def _dropped_whole(f: Finding) -> bool:
    """A TQA016 finding, or a TQA003 one of a sentence with no translation at all (not one shortened)."""
    return f.code == SENTENCE_OMITTED.code or f.code == PARTIAL_OMISSION.code and f.message.endswith("has no translation")
