"""Release 37 (issues 17, 19): TQA317 leaves a rendering the sentence reads as its own word (a verb after an adverb, a
particle 的, a clause that names the thing in Latin) and a read-back through a longer English word; 时间轴 is an
established name (judged sample of the archive)."""

from __future__ import annotations

from tests.helpers import name_as_word, needs_lexicon

# Target kept in Latin four times; one real slip (目标 as the retailer) beside renderings the sentence reads as words
_TARGET = ("# Target 的新商店\n\nTarget 今天推出了新商店。\n\nTarget 的商店面向 Pinterest 用户。\n\n"
           "这些板块专门针对 Pinterest 群体。\n\n零售商为类别提要中的黄金位置付费。\n\n"
           "这将帮助 Target 发现潜在的收购目标。\n\n这家店由目标公司经营。\n")


@needs_lexicon
def test_a_rendering_the_sentence_reads_as_its_own_word_is_not_reported() -> None:
    # archive target-experiments-with-a-pinterest…: 专门针对 (targeted at), 提要中的 (in the feed's), and 目标 in a
    # clause that writes Target itself; the slip before 公司 stays
    assert name_as_word("zh/target-store.md", _TARGET) == [("目标", "Target")]


@needs_lexicon
def test_a_verb_after_a_modal_is_the_verb_and_the_name_before_it_stays() -> None:
    # archive the-t-mobile-amaze-4g-review…: `也许惊奇不会惊讶`, maybe the Amaze won't amaze (read back from the slug)
    zh = ("# T-Mobile Amaze 4G 评测\n\nAmaze 的相机很好。\n\n我很喜欢 Amaze 的屏幕。\n\n也许惊奇不会惊讶。\n")
    assert name_as_word("zh/the-t-mobile-amaze-4g-review.md", zh) == [("惊奇", "Amaze")]


@needs_lexicon
def test_a_read_back_through_a_longer_english_word_is_not_the_name() -> None:
    # archive video-review-mode-rcc-1000…: 型号, `model`, spells `mode` with a letter over; 模式 is Mode's own word
    zh = ("# 视频评测：Mode RCC-1000\n\nMode 的回收中心很大。\n\nMode 还做别的产品。\n\n我评论的型号实际上是 RCC-1075。\n")
    assert name_as_word("zh/video-review-mode-rcc-1000.md", zh) == []
    assert name_as_word("zh/video-review-mode-rcc-1000.md", zh.replace("型号", "模式产品")) == [("模式", "Mode")]


@needs_lexicon
def test_established_feature_and_programme_names_are_not_reported() -> None:
    # judged established by a reader: Facebook Timeline's 时间轴
    zh = ("# 脸书：视频应用从 Timeline 获得推动\n\nTimeline 应用增长很快。\n\n它在 Timeline 上首次亮相。\n\n"
          "脸书时间轴集成很受欢迎。\n")
    assert name_as_word("zh/facebook-video-apps-timeline.md", zh) == []
