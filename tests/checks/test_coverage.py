"""Clause coverage (TQA005-TQA009): the shapes of real MT defects, each with a translation that passes."""

from __future__ import annotations

import pytest
from tests.helpers import codes, fails, findings, grows_linearly, needs_lexicon, passes

from transqa.checks.coverage import clause_rendering, missing_tail, partly_rendered_clause

STORM = "When the storm reached the coast on Sunday, officials ordered 3,000 residents to leave."


def test_sentence_cut_at_a_comma_names_the_missing_clause() -> None:
    f = fails("TQA005", STORM, "周日风暴抵达海岸时，\n")
    assert "officials ordered 3,000 residents to leave." in f.message
    assert f.source is not None and f.source.text == "officials ordered 3,000 residents to leave."
    en = "I don't know if prevention is possible, but it's worth trying."
    f = fails("TQA005", en, "我不知道预防是否可能,\n")
    assert f.source is not None and f.source.text == "but it's worth trying."


@pytest.mark.parametrize("zh", ["周日风暴抵达海岸时，官员下令 3000 名居民撤离。\n", "周日风暴抵达海岸时，官员下令 3000 名居民撤离\n"])
def test_sentence_cut_passes_a_whole_translation(zh: str) -> None:
    passes("TQA005", STORM, zh)


def test_sentence_cut_open_quote_ellipsis_and_not_emoticons() -> None:
    fails("TQA005", "She said the plan was simple and would work for everyone involved.", "她说：“\n")
    fails("TQA005", "Or I tried it with Marian and it's… I don't know how many BLEU points lower.", "或者我试过玛丽安，它是...\n")
    passes("TQA005", "I am genuinely sorry to read that, my friend. :(", "读到这些真的很难过：(\n")
    passes("TQA005", "The reason is to share it with others and to allow them to analyse it.\"", "原因是与他人分享，并让他们分析。“\n")


def test_sentence_cut_not_when_the_english_stops_too() -> None:
    passes("TQA005", "Here are the four steps I outline, with some progress in each:", "以下是我概述的四个步骤，每一步都有进展：\n")
    passes("TQA005", "Or maybe I, I don't remember now,", "或者也许我，我现在不记得了，\n")


def test_sentence_cut_short_second_clause_of_a_whole_sentence() -> None:
    # the English ends a sentence: a translation cut at a comma is reported even at its expected length
    f = fails("TQA005", "After a long phone call they charged me again for a new order with a small discount.",
              "经过长时间电话，他们又向我收取了新订单费用,\n")
    assert f.source is not None and "discount" in f.source.text
    # …but not a translation far longer than the English predicts (a sentence run on into the next line)
    passes("TQA005", "Kinda the opposite.", "恰恰相反，这是完全不同的另一回事，而且还会继续下去，\n")


@needs_lexicon
def test_sentence_cut_last_word_rendered_only_where_the_english_has_it_earlier() -> None:
    # a whole sentence runs on into the next line: its last clause renders the English's last word
    passes("TQA005", "Each time I switch on the printer it shows an error message about the ink.",
           "每次我打开打印机时，它都会显示一条关于墨水的错误信息，\n")
    # …but a word the English has earlier too proves nothing of its tail: the rendering is the earlier one's
    en = "Each time I switch on the printer it shows an error message that there is no paper in the printer."
    f = fails("TQA005", en, "每次我打开打印机时它都会显示一条错误信息，\n")
    assert f.source is not None and f.source.text.endswith("printer.")


@needs_lexicon
def test_sentence_cut_at_a_dangling_conjunction() -> None:
    f = fails("TQA005", "Playing around a bit with Flutter.", "玩弄一些与.\n")
    assert f.target is not None and f.target.text == "与."
    passes("TQA005", "Nobody really wants to take part in this cult.", "这种邪教，没有人真正想要参与。\n")
    passes("TQA005", "The lace pattern is elegant and soft.", "蕾丝图案优雅而柔和。\n")


def test_sentence_ending_in_a_connective_at_any_length() -> None:
    en = "She still keeps her to-do list and plans her week carefully, even on holiday."
    f = fails("TQA005", en, "她仍然保留着待办事项清单，并仔细计划她的一周，即使在度假时也是如此，这也是为了。\n")
    assert "为了" in f.message
    passes("TQA005", en, "她仍然保留着待办事项清单，即使在度假时也会仔细计划她的一周。\n")


def test_sentence_ending_in_rather_than_is_cut() -> None:
    # "rather than" with what it is set against lost
    en = "It is best to call them once they are near your address instead of waiting at the door."
    f = fails("TQA005", en, "最好是在他们接近您的地址时给他们打电话，而不是。\n")
    assert "而不是" in f.message
    passes("TQA005", en, "最好是在他们接近您的地址时给他们打电话，而不是在门口等。\n")


@needs_lexicon
def test_sentence_cut_where_the_english_trails_off_too_when_far_too_short() -> None:
    # the English ends in an ellipsis or a comma, so a comma in the translation alone proves nothing; below
    # 60% of its length and without the English tail it is cut all the same
    en = "To worry about every small failure in a world where success is so often handed to the people who least deserve it..."
    fails("TQA005", en, "在一个成功常常被交给人的世界里,\n")
    passes("TQA005", en, "在一个成功常常被交给最不配得到它的人的世界里，为每一个小小的失败而担忧……\n")
    passes("TQA005", "So, maybe if you have two copies of the same long sentence in the corpus,", "所以，如果你在语料库中有同一个长句的两个副本，\n")


@needs_lexicon
def test_sentence_cut_where_the_english_trails_off_and_its_last_clause_is_lost() -> None:
    # the English trails off in an ellipsis; a translation that stops at a comma instead and renders nothing
    # of the English's last clause gave up there, at any length
    en = "We spent the whole summer fixing the old house and painting every room, but the neighbors..."
    f = fails("TQA005", en, "我们花了整个夏天修理老房子，粉刷每个房间，\n")
    assert f.source is not None and "neighbors" in f.source.text
    passes("TQA005", en, "我们花了整个夏天修理老房子，粉刷每个房间，但是邻居们……\n")
    passes("TQA005", en, "我们花了整个夏天修理老房子，粉刷每个房间，但是邻居们，\n")


@needs_lexicon
def test_sentence_cut_before_the_colon_that_ends_the_english() -> None:
    # a colon ends the English clause (a list follows); the translation stops at a comma before its last clause
    en = "The four steps I outline are up for debate, with some progress made in each:"
    f = fails("TQA005", en, "我所概述的四个步骤正在进行讨论,\n")
    assert "with some progress made in each:" in f.message
    passes("TQA005", en, "我所概述的四个步骤仍有争议，每一步都取得了一些进展：\n")


def test_missing_tail_without_lexicon_evidence_counts_clauses() -> None:
    en = "First clause here, second clause there, third clause everywhere."
    assert en[missing_tail(en, "第一，")] == "s"  # "second clause there, …": one Chinese clause kept
    assert missing_tail("no boundary at all", "完全") == 0


@needs_lexicon
def test_opening_dropped() -> None:
    en = "So, when the morning session is happening, we need the names and terminology for that session."
    f = fails("TQA006", en, "我们需要这些会议的名称和术语.\n")
    assert "So, when the morning session is happening" in f.message
    passes("TQA006", en, "所以，当某个会议正在进行时，我们需要该会议的名称和术语。\n")


@needs_lexicon
def test_opening_dropped_with_two_content_words() -> None:
    en = "But for the positive constraints, I only compared the training approach with this very simple stuff."
    f = fails("TQA006", en, "只是比较了训练方法和这个非常简单的东西.\n")
    assert "But for the positive constraints" in f.message
    passes("TQA006", en, "但对于正约束，我只比较了训练方法和这个非常简单的东西。\n")


@needs_lexicon
def test_opening_dropped_before_the_conjunction_the_opening_connective_renders() -> None:
    en = "The first draft goes to the regional editors on Monday, and then from the editors it will go to every newsroom."
    f = fails("TQA006", en, "然后从编辑们那里发到各个新闻编辑室。\n")
    assert "The first draft goes to the regional editors on Monday" in f.message
    passes("TQA006", en, "初稿周一交给地区编辑，然后从编辑们那里发到各个新闻编辑室。\n")
    # an English sentence that itself opens with the conjunction is not cut
    passes("TQA006", "And then from the editors it will go to every newsroom in the country.", "然后从编辑们那里发到全国各个新闻编辑室。\n")


@needs_lexicon
def test_opening_dropped_before_a_purpose_clause_the_translation_opens_with() -> None:
    # `为了` renders the inner `to` of the English: what stands before it was dropped
    en = "One coupon per customer still applies as we try to make sure everyone in the queue gets a plate."
    f = fails("TQA006", en, "为了确保排队的每个人都能拿到一个盘子。\n")
    assert "One coupon per customer still applies as we try" in f.message
    passes("TQA006", en, "每位顾客仍限用一张优惠券，我们正努力确保排队的每个人都能拿到一个盘子。\n")
    # an English sentence that opens with the purpose clause is not cut
    passes("TQA006", "To make sure everyone in the queue gets a plate, we allow one coupon per customer.", "为了人人有盘，一人一券。\n")
    # …nor one whose Chinese puts the purpose first and renders the English before it after it (`商店` for `shop`)
    passes("TQA006", "The shop limits coupons per customer so that everyone in the long queue outside gets a plate.",
           "为了人人有盘，商店限券。\n")


@needs_lexicon
def test_opening_dropped_at_moderate_length_when_three_words_are_lost() -> None:
    # a translation at about 80% of its length loses a long opening (three content words unrendered)
    en = "After the heavy autumn floods destroyed the harvest, the farmers asked the government for help with seeds."
    zh = "农民们请求政府在种子方面给予帮助。\n"
    f = fails("TQA006", en, zh)
    assert "After the heavy autumn floods destroyed the harvest" in f.message
    passes("TQA006", en, "秋季洪水毁了收成之后，农民们请求政府在种子方面给予帮助。\n")


@needs_lexicon
def test_one_word_opening_dropped_from_a_short_translation() -> None:
    # one content word is weak evidence: it takes a translation below 70% of its expected length
    en = "Reluctantly, the minister signed the new budget for the schools and hospitals."
    f = fails("TQA006", en, "部长签署了学校和医院的新预算。\n")
    assert "Reluctantly" in f.message
    passes("TQA006", en, "部长不情愿地签署了学校和医院的新预算。\n")


@needs_lexicon
def test_an_opening_that_is_one_linking_adverb_is_not_reported() -> None:
    # the translation leaves the link to the order of its sentences; a one-word opening that qualifies is reported
    passes("TQA006", "Therefore, the minister signed the budget.", "部长签署了预算。\n")
    passes("TQA006", "However, the minister quietly signed the new budget for schools.", "部长签署了学校的新预算。\n")
    en = "{}, the minister signed the new budget for the schools and hospitals."
    fails("TQA006", en.format("Reluctantly"), "部长签署了学校和医院的新预算。\n")


@needs_lexicon
def test_an_opening_whose_name_the_translation_begins_with_is_not_dropped() -> None:
    en = "Tottenham have already been struggling with the virus, with their match against Brighton on Sunday postponed."
    passes("TQA006", en, "托特纳姆队周日与布莱顿队的比赛被推迟。\n")
    fails("TQA006", en, "周日与布莱顿队的比赛被推迟。\n")


@needs_lexicon
def test_a_clause_whose_adjective_is_rendered_by_its_verb_is_not_dropped() -> None:
    # `acceptable` → `接受` (accept): a derived form, not a dropped clause
    en = "We do not have the facility to accept credit or debit cards directly, but these are acceptable though Paypal."
    passes("TQA012", en, "我们不接受信用卡或借记卡付款，但接受 Paypal 付款。\n")


@needs_lexicon
def test_opening_without_a_clause_boundary_dropped_where_the_translation_starts_later() -> None:
    # no comma after the opening: the translation begins with the rendering of the first word it renders
    en = "Really too bad the council does not know how to protect its library."
    f = fails("TQA006", en, "市议会不知道如何保护图书馆。\n")
    assert "the opening “Really too bad” has" in f.message
    passes("TQA006", en, "真是太糟糕了，市议会不知道如何保护图书馆。\n")


@needs_lexicon
def test_opening_dropped_where_the_translation_begins_further_on_at_moderate_length() -> None:
    # the translation begins with the rendering of `describe`; two content words before it have none: the English
    # up to that word is lost, past the comma, at about 80% of the expected length (one lost word by the clause rule)
    en = ("It isn't my invention, it is a phrase used to describe a game built around a central hero "
          "(usually older, usually male) guarding another person.")
    f = fails("TQA006", en, "描述围绕中心英雄（通常年纪较大，通常是男性）守护另一个人而建立的游戏。\n")
    assert f.source is not None and f.source.text == "It isn't my invention, it is a phrase used to"
    passes("TQA006", en, "这不是我的发明，而是用来描述围绕中心英雄（通常年纪较大，通常是男性）守护另一个人而建立的游戏的说法。\n")
    # a translation at its expected length that begins further on is a reordering, not a loss
    passes("TQA006", en, "描述围绕着一个中心英雄（通常年纪较大，通常是男性）守护另一个人而建立起来的游戏。\n")
    # nor is one that begins with the time, which Chinese puts first (`renews` unknown to the dictionary)
    passes("TQA006", "Automatically renews each year, unless the renewal is cancelled before the day you are charged.",
           "每年自动续期，除非您在扣款那天之前取消续期。\n")


@needs_lexicon
def test_opening_dropped_when_its_word_is_rendered_only_by_a_later_words_rendering() -> None:
    # `information` stands in the opening and after it: the one 信息 of the translation renders the later one
    en = ("The developers are eager to display more information, and I think that the extra information "
          "is a burden for the viewers.")
    f = fails("TQA006", en, "我认为额外的信息对观众来说是负担。\n")
    assert "The developers are eager to display more information" in f.message
    passes("TQA006", en, "开发者急于展示更多信息，我认为额外的信息对观众来说是负担。\n")


@needs_lexicon
def test_opening_kept_by_its_figure_or_acronym_is_translated() -> None:
    # the Chinese renders the opening by words the dictionary does not know, but keeps its figure and acronym
    en = ("The regulator authorized 10 exchange-traded funds, or ETFs, that invest in bitcoin, "
          "including funds proposed by giants and by smaller financial companies.")
    passes("TQA006", en, "监管机构批准了10只投资于比特币的ETF，其中包括巨头以及小型金融公司推出的基金。\n")


@needs_lexicon
def test_short_opening_before_a_connective_is_reported() -> None:
    # too few content words for the opening-clause check, but the connective 然后 renders a later `then`
    en = "All going into English, and then from the English into every language."
    f = fails("TQA006", en, "然后从英语转化为其他语言。\n")
    assert "All going into English" in f.message
    passes("TQA006", en, "全部先译成英语，然后从英语转化为其他语言。\n")


@needs_lexicon
def test_glosses_render_single_characters_phrases_and_inflections() -> None:
    from transqa.lang.glosses import all_renderings, forms

    assert "门" in all_renderings("door") and "希望" in all_renderings("wish") and "一次" in all_renderings("time")
    assert "stop" in forms("stopped") and "apply" in forms("applied")
    # a word rendered by a single character of the translation counts as rendered: no dropped opening
    passes("TQA006", "This time around, the French army said, the United States warned us about the announcement.",
           "这一次，法国军方说，美国就这一声明警告了我们。\n")


@needs_lexicon
def test_glosses_know_irregular_forms_qualified_glosses_and_country_names() -> None:
    from transqa.lang.glosses import all_renderings, forms

    # irregular past tenses, participles and plurals reach their base forms
    assert "tell" in forms("told") and "woman" in forms("women") and "find" in forms("found")
    assert "告诉" in all_renderings("told") and "女人" in all_renderings("women")
    # a gloss qualified after a comma (`London, capital of United Kingdom`, `media, esp. news media`)
    assert "伦敦" in all_renderings("london") and "媒体" in all_renderings("media")
    # demonyms and the countries CC-CEDICT glosses only in a long phrase
    assert "英国" in all_renderings("britain") and "英国" in all_renderings("british")
    assert "伊朗" in all_renderings("iranian") and "美国" in all_renderings("american")
    assert all_renderings("the") == ()


@needs_lexicon
def test_clause_dropped_inside_a_sentence() -> None:
    en = "The museum opened a new wing on Friday, with ancient pottery from the river valley, and the city was very happy."
    f = fails("TQA012", en, "博物馆周五开放了新的展厅，城市非常高兴。\n")
    assert "with ancient pottery from the river valley" in f.message
    passes("TQA012", en, "博物馆周五开放了新的展厅，展出来自河谷的古代陶器，城市非常高兴。\n")


@needs_lexicon
def test_a_clause_mostly_unrendered_in_a_sentence_otherwise_rendered() -> None:
    # release 44 (benchmarks/omission_clauses.py): one word of the clause rendered (取消, cancelled), the rest of the
    # sentence all rendered, the sentence below 74% of its expected length (heldout4, Online-W ecommerce_en_46:308)
    en = ("Automatically renews each year, unless the renewal is cancelled before the day you are due to be charged in "
          "my.norton.com or by contacting Norton Support.")
    f = fails("TQA012", en, "每年自动续订，除非在my.norton.com或通过联系诺顿支持取消续订。\n")
    # the reported span is the clause's longest run of unrendered words (fixrev r44 item 8), not the rendered 取消/除非
    assert "“day you are due to be charged”" in f.message and "almost no translation" not in f.message
    # release 45: the span is the clause's unrendered run, so the message names words, not "the clause"
    assert f.message.startswith("the words “day you are due to be charged” have no translation (the clause holding")
    assert f.suggestion == "translate the words"  # as the message says (review of release 45: was "the clause")
    passes("TQA012", en, "每年自动续订，除非在您应被收费之日前在my.norton.com或通过联系诺顿支持取消续订。\n")


@needs_lexicon
def test_clause_rendering_says_what_its_span_is() -> None:
    # release 45 (issue 18 item 3): the message said "the clause" where the span was the clause's unrendered run
    en = "The museum opened a new wing on Friday, with ancient pottery from the valley, and the city was very happy."
    spans = {zh: clause_rendering(en, zh) for zh in ("博物馆周五开放了新翼楼，城市很快乐。", "博物馆周五开放了新翼楼，有陶器，城市很快乐。",
                                                    "博物馆周五开放了新翼楼，有山谷，城市很快乐。")}
    got = [(en[s[0] : s[1]], s[2]) if s else None for s in spans.values()]
    assert got == [("with ancient pottery from the valley", "none"), ("with ancient pottery from the valley", "partly"),
                   ("ancient pottery", "run")]


def test_partly_rendered_clause_is_linear() -> None:
    # a sentence of thousands of clauses: each clause's words found by bisect, not by a scan of the sentence
    def work(n: int) -> tuple[int, int] | None:
        return partly_rendered_clause(", ".join(["the red house"] * n) + ".", "红色的房子")
    assert grows_linearly(work, 1500) is None


@needs_lexicon
def test_a_clause_rendered_by_a_looser_rendering_is_not_dropped() -> None:
    # `as soon as possible` → `尽快`: a word of the clause rendered by any rendering the glosses give
    passes("TQA012", "Kindly message us via Amazon chat and someone from our team will get back to you as soon as possible.",
           "请通过 Amazon 聊天联系我们，我们会尽快回复。\n")


def test_speaker_tags_handles_and_urls() -> None:
    fails("TQA007", "(PERSON17) Anyone else can work on the non-native accent thing.", "任何人都可以研究非母语口音。\n")
    passes("TQA007", "(PERSON17) Anyone else can work on the non-native accent thing.", "（人17）任何人都可以研究非母语口音。\n")
    passes("TQA007", "(PERSON17) Anyone else can work on the non-native accent thing.", "(PERSON17) 任何人都可以研究非母语口音。\n")
    f = fails("TQA007", "I think the essay @user13 wrote was good and I liked it a lot.", "我认为这篇文章很好，我很喜欢。\n")
    assert "@user13" in f.message
    passes("TQA007", "I think the essay @user13 wrote was good and I liked it a lot.", "我认为 @user13 写的文章很好，我很喜欢。\n")
    # a reply's addressee is reported too since release 31 (WMT24 reference A keeps 60 of 61): tests/test_omit31.py
    fails("TQA007", "@user13 I think the essay was good and I liked it a lot.", "我认为这篇文章很好，我很喜欢。\n")
    passes("TQA007", "Read the full report at example.org/reports/2024 before Friday.", "周五前阅读完整报告。\n")  # TQA101's
    passes("TQA007", "We love #flutter and its tools for building apps.", "我们喜欢 #颤振 及其构建应用的工具。\n")

@needs_lexicon
def test_emoji_shortcode_dropped() -> None:
    f = fails("TQA007", 'or "Modal editors are useless today" :morty:', '或"现代编辑是无用的".\n')
    assert f.source is not None and f.source.text == ":morty:"
    passes("TQA007", 'or "Modal editors are useless today" :morty:', '或"现代编辑是无用的" :morty:\n')
    passes("TQA007", 'Hold my keyboard :partyparrot:', '握住我的键盘 ：p artyparrot：\n')  # kept, spaced by the MT
    passes("TQA007", "We met at 10:30: the talk ran late.", "我们10:30见面：讲座拖堂了。\n")  # a time is no shortcode
    # a shortcode written as the picture it stands for is kept (a site shows `:smile:` as 😄)
    passes("TQA007", "He replied with a :smile: on the thread.", "他在帖子里回复了一个 😄。\n")
    passes("TQA007", "Great job :+1: :tada:", "干得好 👍🎉\n")
    fails("TQA007", "Great job :thumbsup: :partyparrot:", "干得好 👍\n")  # one picture for two shortcodes


def test_hashtag_inside_a_sentence_dropped() -> None:
    en = "Calling into the #Fediverse makes me feel like a whale singing through the ocean!"
    f = fails("TQA007", en, "让我感觉像鲸鱼在海洋中唱歌!\n")
    assert "#Fediverse" in f.message
    passes("TQA007", en, "在 #Fediverse 中呼唤让我感觉像鲸鱼在海洋中唱歌!\n")
    # a hashtag that is a dictionary word counts as rendered by its translation
    fails("TQA007", "Casper the #rat is an absolute unit these days.", "卡斯珀最近真是个大块头。\n")
    passes("TQA007", "Casper the #rat is an absolute unit these days.", "这只老鼠卡斯珀最近真是个大块头。\n")
    # tag lines after the text are dropped by professional translators too, and a lower-case tag the
    # dictionary does not know may be translated in a way it cannot tell
    passes("TQA007", "Calling into the fediverse makes me feel like a whale. #mastodon #whales", "在联邦宇宙中呼唤让我感觉像一头鲸鱼。\n")
    passes("TQA007", "The cashier is a fairly obvious #trans woman.", "收银员是个明显的跨性别女性。\n")


@needs_lexicon
def test_a_line_of_hashtags_replaced_by_a_stock_phrase() -> None:
    f = fails("TQA007", "#SpaceGameBooks\n", "现在我们可以看到\n")
    assert "#SpaceGameBooks" in f.message and f.source is not None and f.source.text == "#SpaceGameBooks"
    passes("TQA007", "#SpaceGameBooks\n", "#SpaceGameBooks\n")  # kept
    passes("TQA007", "#SpaceGameBooks\n", "#太空游戏书\n")  # translated as a hashtag
    passes("TQA007", "#startups #dreams\n", "创业,梦想\n")  # its words rendered


def test_a_handle_the_translation_spells_otherwise_is_not_dropped() -> None:
    # a transcript's handle, written as the account is really called by the translator (WMT24 reference)
    en = "And you can follow Skin Potion on Instagram @kpotionus and visit their website."
    passes("TQA007", en, "你可以在Instagram @skinpotionus上关注Skinpotion，并访问他们的网站。\n")
    fails("TQA007", en, "你可以在Instagram上关注Skinpotion，并访问他们的网站。\n")
    fails("TQA007", en, "你可以在Instagram @travelbug 上关注Skinpotion，并访问他们的网站。\n")


def test_attribution_dropped_in_its_wider_shapes() -> None:
    # a subject of several words after the comma, a verb before its subject, a subject that opens the paragraph
    fails("TQA008", "The cases came to light after a screening camp was held at the bank, the officials said.",
          "在该银行举办筛查营后，这些病例被发现。\n")
    passes("TQA008", "The cases came to light after a screening camp was held at the bank, the officials said.",
           "官员们说，在该银行举办筛查营后，这些病例被发现。\n")
    fails("TQA008", "No fewer than 12 first team stars have been transfer-listed by the giants, claim Marca.",
          "这家豪门至少将12名一线球星列入转会名单。\n")
    fails("TQA008", 'Ms Hyslop said: "Most of the sector will not be able to operate for some time."',
          "“多数行业一段时间内还无法运营。”\n")
    passes("TQA008", "Kanye West says he can beat Joe Biden in the election", "侃爷豪言会在选举中击败拜登\n")


def test_a_word_that_only_shares_a_character_with_a_verb_of_speech_is_no_attribution() -> None:
    # `道歉` (apologise) holds 道, `问题` (problem) holds 问: neither says who spoke
    fails("TQA008", '"We can\'t make apologies for doing so," he added.', "“我们不会对此道歉”。\n")
    fails("TQA008", "The problem is still unsolved, according to the report.", "这个问题仍未解决。\n")
    passes("TQA008", "The problem is still unsolved, according to the report.", "据报道，这个问题仍未解决。\n")


def test_attribution_dropped() -> None:
    en = "We're going to get through this together and the government is not going away,\" he said."
    f = fails("TQA008", en, "我们将一起度过这个难关，政府不会离开。\n")
    assert "he said" in f.message
    passes("TQA008", en, "他说：“我们将一起度过这个难关，政府不会离开。”\n")
    passes("TQA008", "That said, I'm biased.", "话虽如此，我还是有偏见的。\n")


def test_reported_speech_attribution_dropped_at_full_length() -> None:
    # real MT drops `it said` from a long sentence and keeps every other word: the length is normal
    en = ("The flaw, found in free software that runs many web servers, was reported to the foundation on "
          "June 3 by a Dutch security firm, it said.")
    f = fails("TQA008", en, "该漏洞存在于运行许多网络服务器的免费软件中，一家荷兰安全公司于6月3日向基金会报告了该漏洞。\n")
    assert "it said" in f.message
    passes("TQA008", en, "该基金会表示，该漏洞存在于运行许多网络服务器的免费软件中，一家荷兰安全公司于6月3日向基金会报告了该漏洞。\n")
    # a quotation's attribution at full length: the translation may name the speaker where the quotation opens
    quoted = "\"We suggest the council reopens the two bridges to traffic before the summer holidays begin,\" he said."
    passes("TQA008", quoted, "“我们建议市议会在暑假开始前重新开放这两座桥梁的交通。”\n")


def test_phrase_repeated() -> None:
    en = "Ashanti Development has been working with communities in Ghana for nearly 20 years."
    f = fails("TQA009", en, "关键是, 关键是, 关键是, 关键是, 关键是\n")
    assert "关键是" in f.message and "5 times" in f.message
    fails("TQA009", "and re-evaluate, with a sel T F, the missing ones", "需要重新评估, 需要重新评估,\n")
    fails("TQA009", en, "阿散蒂发展组织关键是关键是关键是关键是关键是\n")
    passes("TQA009", "Love, love, love this colour!", "爱，爱，爱这种颜色！\n")
    # a word the source says three times, rendered three times; a longer phrase looping over it is still a loop
    blah = "Jerry: blah blah blah your fault, damn kids have no respect, blah blah blah"
    passes("TQA009", blah, "杰瑞：废话，废话，废话，你的错，该死的孩子们不尊重人，废话，废话，废话\n")
    fails("TQA009", blah, "杰瑞：该死的孩子没有尊重，该死的孩子没有尊重，该死的孩子没有尊重\n")
    passes("TQA009", en, "阿散蒂发展组织与加纳社区合作了近 20 年。\n")


def test_long_run_said_twice_in_a_one_sentence_translation() -> None:
    en = ("The council's plan to rebuild the old harbour bridge before the summer, which was first agreed in March, "
          "has been delayed by the resignation of the chief engineer.")
    f = fails("TQA009", en, "市议会在夏季之前重建旧港口大桥的计划最早在三月商定，由于总工程师辞职，这一辞职推迟了市议会在夏季之前重建旧港口大桥的计划。\n")
    assert f.target is not None and f.target.text == "市议会在夏季之前重建旧港口大桥的计划"
    passes("TQA009", en, "市议会在夏季之前重建旧港口大桥的计划最早在三月商定，如今因总工程师辞职而推迟。\n")
    # the English says the words twice too: so may the translation
    en2 = ("The plan to rebuild the old harbour bridge east of the city was agreed in March, and the plan to rebuild "
           "the old harbour bridge east of the city was dropped in May.")
    # a loop is reported once, as a loop, not also as a run said twice
    loop = "关键是, " * 15
    assert codes(en, loop + "\n").count("TQA009") == 1
    passes("TQA009", en2, "重建位于城东的旧港口大桥的计划于三月商定，而重建位于城东的旧港口大桥的计划于五月被放弃了，令人感到非常失望和不满。\n")


def test_tail_of_a_clause_said_again() -> None:
    # written for the test: the end of a clause said again as the next clause, alone or after a linking word
    en = "The club can extend his contract by a year, so he will stay for two more seasons."
    f = fails("TQA009", en, "俱乐部可以续约一年，因此他还会再留两个赛季，还会再留两个赛季。\n")
    assert f.target is not None and f.target.text == "还会再留两个赛季"
    en2 = "What the police need is help with clearing some of the old robberies."
    f = fails("TQA009", en2, "警方需要的是帮助侦破一些多年未破的抢劫案，尤其是多年未破的抢劫案。\n")
    assert f.target is not None and f.target.text == "尤其是多年未破的抢劫案"
    passes("TQA009", en2, "警方需要的是帮助侦破一些多年未破的抢劫案。\n")
    # a parallel: another word before the shared end
    passes("TQA009", "You never know whether it comes in two minutes or in ten.", "你不知道它是两分钟内到，还是十分钟内到。\n")
    # three characters said again are enough since release 38 (`一直做，一直做`: over the WMT21-23 outputs and references
    # outside the 2023 news documents that tail length added only its labelled line); two are not
    fails("TQA009", "He left the shop and went home.", "他离开了商店回了家，回了家。\n")
    passes("TQA009", "He left the shop and went home.", "他离开了商店回家，回家。\n")
    # the English says the end again too
    passes("TQA009", "It was a long, long night, a very long night.", "那是一个漫长的夜晚，非常漫长的夜晚。\n")
    passes("TQA009", "We waited for the train, for the train.", "我们等着那列火车到站，那列火车到站。\n")


@needs_lexicon
def test_sentence_added_at_the_end() -> None:
    en = "So, there is a certain skill in that, which needs to be practiced."
    f = fails("TQA010", en, "这其中有一定的技巧，需要练习。现在，我们来看看\n")
    assert f.target is not None and f.target.text == "现在，我们来看看"
    passes("TQA010", en, "这其中有一定的技巧，需要练习。\n")
    # a translation that splits the sentence in two renders the source in both
    passes("TQA010", en, "这其中有一定的技巧。这种技巧需要练习。\n")


@needs_lexicon
def test_sentence_added_not_an_ellipsis_a_quoted_title_or_the_last_clause() -> None:
    # dots inside a sentence are no sentence end
    en = "I don't remember the exact item, but it was something like paper plates (or something that would be near them...plastic forks?"
    passes("TQA010", en, "我不记得确切的物品了，但它有点像纸盘（或者靠近它们的东西... 塑料叉？\n")
    # an exclamation inside a quoted title does not end the sentence
    en = 'That doggo was not getting off the bed not even for "Dog\'s Breakfast - Breakfast for Dog\'s!"'
    passes("TQA010", en, '那只狗不会为了"狗的早餐 - 狗的早餐！"而离开床。\n')
    # the translation has not reached the end of the source: its last sentence renders the last clause in
    # words the dictionary does not know, not an addition
    en = "Most boards are mass market boards such as sector 9s or Loaded Tan Tien's … I have both and I'm not hating."
    passes("TQA010", en, "大多数滑板都是大众市场的滑板，例如 sector 9s 或 Loaded Tan Tien... 我两者都有。我并不讨厌。\n")
    # an attribution placed after the quote is the source's
    en = ('"The statement will also be strong on the importance of getting Iran back to the table," the official, '
          'briefing reporters on the condition of anonymity, said.')
    passes("TQA010", en, "这位官员在向记者介绍情况时说：“该声明还将强调让伊朗重返谈判桌的重要性。”匿名，说。\n")
    # an added sentence after a translation that reached the end of the source is still reported
    en = "If you want comic book perfection, it would be best to view the comics in person at our store before bidding!"
    fails("TQA010", en, "如果你想找到完美的漫画，最好是在竞标前亲自到我们的商店查看漫画！我们可以尝试手动复位。\n")


def test_a_full_translation_has_no_coverage_finding() -> None:
    en = (
        "Heavy snow closed dozens of roads across the north on Sunday, the regional government said, "
        "and thousands of homes lost power."
    )
    zh = "地区政府表示，周日大雪导致北部数十条道路关闭，数千户家庭断电。\n"
    assert not {"TQA005", "TQA006", "TQA007", "TQA008", "TQA009", "TQA012"} & set(codes(en, zh))


def test_an_english_answer_is_reported_not_refused(tmp_path) -> None:  # type: ignore[no-untyped-def]
    from transqa.engine import check_paths
    from transqa.errors import InputError

    en = tmp_path / "a.en.md"
    en.write_text("The company raised 5 million dollars on Monday, its chief executive said.\n", encoding="utf-8")
    zh = tmp_path / "a.zh.md"
    zh.write_text("I'm sorry, but I can't translate this text for you. Is there anything else I can help with?\n", encoding="utf-8")
    result = check_paths(str(en), str(zh))
    assert "TQA401" in {f.code for f in result.findings}
    with pytest.raises(InputError, match="the original itself"):
        check_paths(str(en), str(en))


def test_an_english_answer_in_place_of_one_paragraph_is_reported() -> None:
    # an answer instead of the translation of one paragraph of several (self-written shape): left in English
    en = "The shop will be closed on Monday for the public holiday.\n\nIt will open again on Tuesday morning, the owner said.\n"
    zh = "商店将于周一因公共假期关闭。\n\nI'm sorry, but I can't translate this text for you.\n"
    f = fails("TQA401", en, zh)
    assert "I'm sorry" in f.message


def test_real_mt_shapes_sample_matches_gold() -> None:
    from tests.test_corpora import ROOT, _compare, _gold

    from transqa.engine import check_paths

    base = ROOT / "corpora" / "real-mt-shapes"
    result = check_paths(str(base / "team-meeting.en.txt"), str(base / "team-meeting.zh.md"))
    _compare(result, _gold(base / "team-meeting.gold.tsv"))
    # a reply in place of a translated paragraph: one finding, the reply (not a short translation, not an omission)
    reply = check_paths(str(base / "library-vote.en.txt"), str(base / "library-vote.zh.md"))
    _compare(reply, _gold(base / "library-vote.gold.tsv"))


@needs_lexicon
def test_translation_cut_mid_sentence_with_no_punctuation() -> None:
    # real MT output stops mid-word with nothing after it (sentences written for this test)
    en = ("The council published a report on Monday urging residents to save water, pointing to the dry summer, "
          "the low rivers and the rising demand of farms as signs of a coming drought.")
    zh = "理事会周一发布了一份报告，敦促居民节约用水，指出干燥的夏季、低水位的河流和农场日益增长的需求是即将到来的"
    f = fails("TQA005", en, zh + "\n")
    assert "no punctuation" in f.message and f.source is not None and "drought" in f.source.text
    # the whole translation without its full stop renders the last word: no finding
    passes("TQA005", en, zh + "干旱的迹象\n")
    # a short sentence without a full stop: too few words rendered to tell
    passes("TQA005", "I am saving money to buy a house in the city.", "我在攒钱\n")
    # the Chinese ends on a quoted phrase the English closes before its end: reordered, not cut
    en2 = ('For the council, the plan to close three schools and sell the land is a "red line" it will not '
           "allow anyone to cross in the coming years.")
    passes("TQA005", en2, "对理事会来说，关闭三所学校并出售土地的计划是一条它不允许的“红线”\n")


@needs_lexicon
def test_translation_cut_before_a_word_it_renders_earlier() -> None:
    # the English's last word is rendered in an earlier clause (an earlier mention), and the translation stops
    # mid-sentence before the word's own place, shorter than expected (sentences written for this test)
    en = ("The new water project was criticised by many farmers, and its critics paid for articles with false figures "
          "to turn voters in the region against the project.")
    zh = "新的用水项目受到许多农民的批评，其批评者花钱发表了数据不实的文章，试图让该地区的选民"
    f = fails("TQA005", en, zh + "\n")
    assert "no punctuation" in f.message and f.source is not None and "against the project" in f.source.text
    # whole, with the word in the last clause: no finding
    passes("TQA005", en, zh + "反对这个项目\n")
    # a whole translation at its expected length that reorders the word into an earlier clause: no finding
    passes("TQA005", "You can return the item within thirty days and we will refund the full price of the item.",
           "您可以在三十天内退回该商品，我们将全额退款给您，并且您无需支付任何额外的费用或运费\n")


def test_a_sentence_translated_twice() -> None:
    en = "You can call the rider once he sis near to the address place on this order using the call rider function on the app."
    zh = "您可以要求的车手一旦他姐姐附近的地址的地方在这个命令使用呼叫车手功能的应用。使用应用程序上的呼叫骑手功能，一旦他在此订单上的地址附近，您就可以呼叫这位骑手。\n"
    f = fails("TQA010", en, zh)
    assert f.target is not None and f.target.text.startswith("使用应用程序")
    # one translation, split in two sentences: the second renders the rest
    passes("TQA010", en, "一旦骑手到了这个订单的地址附近。您就可以使用应用程序上的呼叫功能联系他。\n")


def test_a_quotation_dropped_with_its_marks() -> None:
    en = 'The post was mocked by many readers, including the city council, who replied: "Says the heart and soul of this town."'
    f = fails("TQA012", en, "这篇帖子遭到了许多读者的嘲笑，其中包括市议会。\n")
    assert f.source is not None and f.source.text == "Says the heart and soul of this town."
    passes("TQA012", en, "这篇帖子遭到了许多读者的嘲笑，其中包括市议会，市议会回复说：“这话出自本镇的灵魂人物。”\n")
    # a translation that drops the marks but keeps the quotation's length renders it as reported speech
    passes("TQA012", en, "这篇帖子遭到了许多读者的嘲笑，其中包括市议会，市议会回复说这话出自本镇的核心与灵魂人物之口。\n")


def test_an_empty_quotation_drops_the_quoted_words() -> None:
    f = fails("TQA012", 'Want to join my "pod"?', '想加入我的""?\n')
    assert f.source is not None and f.source.text == "pod"
    fails("TQA012", 'I tried installing both "bells" into the transmitter several times.', "我试图将两个“”安装到发射器中好几次。\n")
    passes("TQA012", 'Want to join my "pod"?', '想加入我的"pod"?\n')
    passes("TQA012", 'Want to join my "pod"?', "想加入我的“小圈子”吗？\n")
    passes("TQA012", "Want to join my pod?", '想加入我的""?\n')  # nothing quoted in the English: another rule's
def test_a_paragraph_of_thousands_of_clauses_takes_linear_time() -> None:
    # 8,000 clauses in one English sentence: the clause-dropped check counted every word of the paragraph for each
    # clause (quadratic: 4,000 clauses took 30 s, so 2,000 about 7 s against linear tenths; 6ce722e3). The family of
    # TQA012 alone is run (coverage: the other families' linear work was half the test's CPU s and hid part of the
    # quadratic term)
    from transqa.config import Settings
    from transqa.engine import check_documents
    from transqa.load import parse, parse_markdown

    def work(n: int) -> object:
        return check_documents(parse("en.md", "He resigned three weeks before the elections" + ", and two days after the vote" * n + ".\n"),
                               parse_markdown("zh.md", "他在选举前辞职" + "，在投票后" * n + "。\n"), Settings(select=("TQA012",))).findings

    grows_linearly(work, 500)



@needs_lexicon
def test_opening_connective_that_renders_the_first_english_word_drops_nothing() -> None:
    en = "Moreover, we make it one of our central goals to answer questions as fast and as soon as possible."
    passes("TQA006", en, "而且，我们把尽快回答问题作为中心目标之一。\n")
    f = fails("TQA006", "Our staff answer every question within the hour, and then the manager checks the replies.", "而且经理会检查回复。\n")
    assert "Our staff answer every question within the hour" in f.message


@needs_lexicon
def test_clause_rendered_by_a_dictionary_phrase_is_not_dropped() -> None:
    # `noise reduction` → 降噪, `draw the line` → 底线: compounds whose characters render no single word
    en = ("HQV video processing represents the best in video technology today, with the highest quality de-interlacing, "
          "noise reduction, and scaling performance for both standard and high definition signals.")
    passes("TQA012", en, "HQV视频处理代表最好视频技术，有最高质量去隔行、降噪和标清高清信号缩放性能。\n")
    en = "Not having a choice, as well as endangering customers, is where I draw the line."
    passes("TQA012", en, "没得选择，也危及顾客，是我的底线。\n")


def test_a_placeholder_is_no_hashtag() -> None:
    passes("TQA007", "The new order is order #NUMBER# and it will be there in just 20 minutes.", "新订单是订单号#，它将在短短20分钟内到达那里。\n")


def test_a_chat_placeholder_said_fewer_times_in_the_translation() -> None:
    en = "If you want to open a book bought from #PRS_ORG# in your #PRS_ORG# reader, just sync the reader."
    f = fails("TQA007", en, "如果你想在你的#PRS_ORG#阅读器中打开一本书，只需同步阅读器。\n")
    assert "#PRS_ORG#" in f.message
    passes("TQA007", en, "如果你想在你的#PRS_ORG#阅读器中打开从#PRS_ORG#购买的书，只需同步阅读器。\n")
    passes("TQA007", "The new order is order #NUMBER# and it will be there soon.", "新订单是订单号#，很快就会到达。\n")  # TQA305's


def test_an_acronym_in_brackets_dropped() -> None:
    en = "Enter your card number, security code (CVV), name on the card, and expiration date."
    f = fails("TQA007", en, "输入您的卡号、安全码、卡上的姓名和到期日期。\n")
    assert "(CVV)" in f.message
    passes("TQA007", en, "输入您的卡号、安全码（CVV）、卡上的姓名和到期日期。\n")
    # the initials of the words before it, or translated in brackets: references drop or translate those
    passes("TQA007", "The Central Bank of Nigeria (CBN) has blamed the banks for the cash shortage.", "尼日利亚中央银行将现金短缺归咎于银行。\n")
    passes("TQA007", "BERLIN (AP) - Hans Modrow, the last communist leader of East Germany, has died.", "柏林（美联社）-东德最后一位共产党领导人汉斯·莫德罗去世。\n")


@needs_lexicon
def test_a_word_said_twice_in_a_row() -> None:
    en = "And some Tory MPs hope he'll continue that streak by managing to rescue himself from plummeting poll ratings."
    f = fails("TQA009", en, "一些保守党议员希望希望他能继续保持这种势头，设法摆脱民意调查支持率暴跌的局面。\n")
    assert "希望希望" in f.message
    passes("TQA009", en, "一些保守党议员希望他能继续保持这种势头，设法摆脱民意调查支持率暴跌的局面。\n")
    # two English words that share the rendering in two parts of the sentence (a noun, then its verb), and a sound
    passes("TQA009", "Some of the letter markings were incorrectly marked so I had to figure it out.", "一些字母标记标记错误，所以我不得不自己想办法。\n")
    passes("TQA009", "The unit has developed a very annoying rattling noise from the fan.", "这台机器的风扇发出了非常烦人的嘎吱嘎吱的声音。\n")


@needs_lexicon
def test_a_common_word_said_twice_or_with_a_linking_adverb_between() -> None:
    # real WMT22 additions (heldout19, heldout8, dev2): a word the word list lacks doubled, a modal said again after 还
    en = "Those who know it have either used one or wished they had one."
    assert "要么要么" in fails("TQA009", en, "那些知道它的人要么要么用过，要么希望他们有一个。\n").message
    passes("TQA009", en, "那些知道它的人要么用过，要么希望他们有一个。\n")
    fails("TQA009", "Players can furnish their own homes and can hire NPCs.", "玩家可以布置自己的房子，并可以还可以雇佣NPC。\n")
    fails("TQA009", "We can arrange 5-11 business days express shipping courier (India post parcel.)", "我们可以安排5-11个工作日的快递快递（印度邮政包裹）。\n")
    # the word renders one English word whose neighbour is not rendered (`quest missions`), and the English
    # restarting a phrase (`if you if you`)
    passes("TQA009", "Sail the oceans for underwater exploring and gathering, quest missions, trade, and so much more.", "航行海洋，水下探索和收集，任务任务，贸易等等。\n")
    passes("TQA009", "Oh yeah, I do not know if you if you catch it.", "是的，我不知道你如果如果你抓住了它。\n")
    # Chinese doubles a pronoun for "such and such"; a word then a longer word that starts with it; one character run on
    passes("TQA009", "Many people even told me to my face what I was like.", "甚至很多人当着我的面说我如何如何。\n")
    passes("TQA009", "They study the graduate students.", "他们研究研究生。\n")
    passes("TQA009", "I fixed up last year's soil and started planting.", "我把去年用过的土修复修复，开始种瓜了。\n")  # a verb
    passes("TQA009", "Wow ha ha!", "哇哇哇哇哇哈哈！\n")


@needs_lexicon
def test_a_one_clause_sentence_run_on_at_a_comma_is_whole() -> None:
    # a reference joins two source lines into one sentence: its line renders the English to its last word, then `，`
    passes("TQA005", "French is my first language.", "法语是我的第一语言，\n")
    passes("TQA005", "Nobody here understands this.", "这里没人明白，\n")
    # …while a translation with fewer clauses than the English, cut at their boundary, is still cut
    fails("TQA005", "I am reading my tenth novel, and it's only spring.", "我现在正在读第十本小说,\n")


@needs_lexicon
def test_an_opening_rendered_by_a_clause_of_its_own_is_not_dropped() -> None:
    # the translation's first clause renders nothing of the English after the opening: it stands for the opening
    passes("TQA006", "As long as you are happy with the product, please leave a positive comment for us.",
           "如果你满意，请给我们一个好评。\n")
    # …while a first clause that renders the later English leaves the opening dropped
    fails("TQA006", "The team had already been struggling with the illness, with their match on Sunday postponed "
          "after nine players tested positive.", "有九名球员检测呈阳性，因此周日比赛推迟。\n")


def test_a_translation_that_trails_off_with_the_chinese_ellipsis_is_not_cut() -> None:
    # `……` is written on purpose; a comma in its place, or `……` on a translation far too short, is a cut
    en = "Jerry: blah blah blah your fault, damn kids have no respect, blah blah blah"
    passes("TQA005", en, "杰瑞：……就是你的错，死孩子，没礼貌……\n")
    fails("TQA005", en, "杰瑞：……就是你的错，死孩子，没礼貌，\n")


@needs_lexicon
def test_sentence_cut_not_when_the_clause_named_lost_is_rendered() -> None:
    # a reference that puts the last clause first and runs the sentence on into the next line: every word of the
    # clause a cut would have lost is rendered, at 70% of the expected length or more
    en = "The company said it was disappointed by the new rules, although its flights were continuing to operate."
    passes("TQA005", en, "尽管该公司的航班继续运营，但它表示对新规定感到失望，\n")
    # the same translation without that clause is cut
    f = fails("TQA005", en, "该公司表示对新规定感到失望，\n")
    assert f.source is not None and "flights" in f.source.text


@needs_lexicon
def test_clause_dropped_where_the_rest_is_rendered_loosely() -> None:
    # the rest of the sentence is rendered, by renderings the main ones do not give (中右翼, 自由党): counted as
    # rendered by the measure that finds the dropped list item unrendered
    en = ("The city council is run by a coalition of the centre-right Christian Democrats, the environmentalist Greens "
          "and the pro-business Liberals.")
    f = fails("TQA012", en, "市议会由中右翼基督教民主党和支持商业的自由党联合执政。\n")
    assert f.source is not None and "Greens" in f.source.text
    passes("TQA012", en, "市议会由中右翼基督教民主党、环保主义的绿党和支持商业的自由党联合执政。\n")


@needs_lexicon
def test_and_between_two_capitalised_words_joins_a_name_not_two_clauses() -> None:
    # `Childhood and Motherhood` is one name: `and Motherhood back in March` is no clause of its own that was dropped
    en = ("Nearly half of local families struggle with rising rents, said Anna Berg, an adviser to the Council for "
          "Childhood and Motherhood back in March.")
    passes("TQA012", en, "儿童理事会顾问安娜·伯格表示，近一半的当地家庭难以承受房租。\n")


def test_sentence_cut_not_in_one_clause_translated_at_full_length() -> None:
    # a sentence of one clause has nowhere to be cut: at its full length, the translation runs on into the next line
    # (`garbage` has no rendering in it: not a run-on that renders the English's last word)
    passes("TQA005", "My neighbours treat their old dog like garbage.", "我的邻居们对待老狗就如同草芥，\n")
    fails("TQA005", "My neighbours treat their old dog like garbage.", "我的邻居们对待，\n")
    # …but a sentence of two clauses may have lost its second at that length
    fails("TQA005", "My neighbours never mow their lawn, and the weeds grow into my garden.", "我的邻居们从来不修剪他们家的草坪，\n")


@needs_lexicon
def test_sentence_cut_not_when_the_next_translation_renders_the_lost_clause() -> None:
    # a reference joins two source lines into one sentence and moves `fence` into the second (`篱笆`), which the next
    # English line does not have: the sentence runs on; a cut leaves the lost clause to no paragraph
    en = "My neighbors got a dog about three years ago.\n\nThese neighbors and I share a fence.\n\nIt separates our back yards.\n"
    passes("TQA005", en, "我的邻居三年前买了只狗。\n\n我们的后院挨着，\n\n仅一篱笆之隔。\n")
    fails("TQA005", en, "我的邻居三年前买了只狗。\n\n我们的后院挨着，\n\n它把我们的后院隔开。\n")
    fails("TQA005", STORM + "\n\nThe roads were closed.\n", "周日风暴抵达海岸时，\n\n道路被封闭。\n")


def test_sentence_cut_not_at_a_colon_that_announces_the_next_paragraphs() -> None:
    # `以下步骤：` announces the next paragraphs, as the English does without a colon of its own
    en = "Ok, please do me the favour to follow the next steps>\n\nPlug the wall charger into a power outlet.\n"
    passes("TQA005", en, "好的，请执行以下步骤：\n\n把充电器插到插座上。\n")
    # an English colon inside the sentence: what follows it is in the same paragraph, and lost
    en = "He said the following: the company will close its plant in Ohio next year.\n\nThe roads were closed.\n"
    fails("TQA005", en, "他说了以下内容：\n\n道路被封闭。\n")


@needs_lexicon
def test_opening_not_dropped_at_a_comma_of_a_serial_list() -> None:
    # `Shipping, Handling And Insurance` is one list (a Title-Case line): its first item ends at no clause boundary
    en = "Any Charges On Shipping, Handling And Insurance Are Non-Refundable."
    passes("TQA006", en, "邮费、处理费和保险不可退款。\n")


@needs_lexicon
def test_sentence_cut_when_the_next_translation_renders_only_its_own_english() -> None:
    # `远程` and `工作` render the next line's `remotely` and `jobs`: no evidence that it took this line's tail
    en = ("There was remote work prior to 2020.\n\n"
          "There are still going to be jobs that can be accomplished remotely for the foreseeable future.\n")
    fails("TQA005", en, "在2020年之前,\n\n在可预见的未来, 仍有很多工作可以远程完成.\n")


@needs_lexicon
def test_phrase_of_reliably_rendered_words_dropped() -> None:
    # a run of words clean translations nearly always render (health 0.9, ministry 0.95), none rendered, inside a
    # clause whose rest is rendered: no clause of its own is lost, so only the reliability run finds it
    en = ("The country's health ministry reported 300 new cases on Tuesday, bringing the total number of infections "
          "in the capital to 5,000.")
    f = fails("TQA012", en, "周二新增300例病例，首都感染总数达到5000例。\n")
    assert f.source is not None and f.source.text == "country's health ministry reported"
    assert "phrase" in f.message
    passes("TQA012", en, "该国卫生部周二报告新增300例病例，首都感染总数达到5000例。\n")


@needs_lexicon
def test_phrase_run_needs_reliable_words_and_a_short_translation() -> None:
    from transqa.checks.coverage import missing_run
    from transqa.lang.reliability import reliability

    assert reliability("ministry") >= 0.8 and reliability("said") < 0.8 and reliability("zzzqx") == 0.0
    en = ("The country's health ministry reported 300 new cases on Tuesday, bringing the total number of infections "
          "in the capital to 5,000.")
    # the same drop padded out to the English's full length is a paraphrase's length: not reported
    assert missing_run(en, "周二新增300例病例，首都感染总数达到5000例，这一数字令人非常担忧，也让人十分不安。") is None
    # unknown or unreliable words in a run do not count (`said`, never in the table's reliable words)
    assert missing_run("He said so, and the team won the final match of the season in London.", "球队赢得了本赛季在伦敦的决赛。") is None


@needs_lexicon
def test_phrase_run_stops_at_a_conjunction() -> None:
    # the run is named within its clause: `and` opens another, so the report names the first phrase only
    en = "Officials said on Monday that the health ministry and the police would open an inquiry into the deaths at the camp."
    f = fails("TQA012", en, "官员周一表示，将对营地的死亡事件展开调查。\n")
    assert f.source is not None and f.source.text == "health ministry"
    passes("TQA012", en, "官员周一表示，卫生部和警方将对营地的死亡事件展开调查。\n")


@needs_lexicon
def test_phrase_run_counts_sentences_not_sentence_ends() -> None:
    # review 22: the two-sentence limit counted stops, so three sentences whose last has no stop counted two
    from transqa.checks.coverage import missing_run

    first = "Officials said on Monday that the health ministry and the police would open an inquiry into the deaths at the camp."
    assert missing_run(first + " Police came.", "官员周一表示，将对营地的死亡事件展开调查。警察来了。") is not None
    assert missing_run(first + " Police came. Many fled", "官员周一表示，将对营地的死亡事件展开调查。警察来了。许多人逃走") is None


# newcomer 24b's own pairs (written for that reading): an article with one sentence dropped at the end of its last
# paragraph, and one with the second sentence of a paragraph dropped
LOOMWISE_EN = '# Loomwise launches an AI tutor for vocational schools\n\nLoomwise, a Berlin startup, on Wednesday launched an AI tutor aimed at vocational schools in Germany and Austria.\n\nThe company raised €12 million last year from Index Ventures and Cherry Ventures, according to [a regulatory filing](https://example.com/filings/loomwise).\n\nThe tutor answers questions about electrical wiring, plumbing and welding, and can grade photos of students\' work.\n\n"Apprentices learn by doing, but they get stuck at night when nobody is around," said co-founder Lena Vogt.\n\nLoomwise says 35 schools have signed up for a pilot, with about 4,000 students.\n\nThe company charges schools €8 per student per month.\n\nIt plans to expand to Switzerland in 2027.\n\nRivals include Sana Labs and the Norwegian startup Kahoot, which has added AI features to its quiz app. The company also said it had hired 40 new teachers in Munich, a figure it expects to double by 2028.\n'
LOOMWISE_ZH = '# Loomwise 推出面向职业学校的 AI 辅导工具\n\n柏林初创公司 Loomwise 周三推出了一款 AI 辅导工具，面向德国和奥地利的职业学校。\n\n根据[一份监管文件](https://example.com/filings/loomwise)，该公司去年从 Index Ventures 和 Cherry Ventures 筹集了 1200 万欧元。\n\n这款辅导工具可以回答有关电气布线、管道和焊接的问题，还能为学生作品的照片打分。\n\n“学徒们在实践中学习，但到了晚上没人在身边时，他们就会卡住，”联合创始人 Lena Vogt 说。\n\nLoomwise 表示，已有 35 所学校报名参加试点，涉及约 4000 名学生。\n\n该公司向学校收取每名学生每月 8 欧元的费用。\n\n它计划于 2027 年扩展到瑞士。\n\n竞争对手包括 Sana Labs 和挪威初创公司 Kahoot，后者已在其测验应用中加入了 AI 功能。\n'
HARBOR_EN = "# Harborlight raises $85 million to map the world's shipping lanes\n\nHarborlight, a San Francisco startup that tracks cargo ships with satellite radar, said on Tuesday that it has raised $85 million in a Series C round led by [Lightspeed Venture Partners](https://lsvp.com/news/harborlight).\n\nHarborlight says its software follows more than 60,000 vessels a day, about 40% of the world's commercial fleet. Customers include the shipping giant Maersk and the insurer Allianz.\n\nThe new funding brings Harborlight's total raised to $142 million, according to [PitchBook data](https://pitchbook.com/profiles/harborlight).\n\nExisting investors, including Sequoia Capital and GV, also took part. Harborlight declined to say how much each investor contributed.\n"
HARBOR_ZH = '# Harborlight 融资 8500 万美元，绘制全球航运路线图\n\nHarborlight 是一家利用卫星雷达追踪货船的旧金山初创公司，该公司周二表示，已在由 [Lightspeed Venture Partners](https://lsvp.com/news/harborlight) 领投的 C 轮融资中筹集了 8500 万美元。\n\nHarborlight 表示，其软件每天跟踪超过 6 万艘船只，约占全球商业船队的 40%。客户包括航运巨头 mae rsk 和保险公司 Allianz。\n\n根据 PitchBook 的数据，这笔新资金使 Harborlight 的融资总额达到 1.42 亿美元。\n\n包括红杉资本和 GV 在内的现有投资者也参与了本轮融资。\n'


@needs_lexicon
def test_a_dropped_sentence_is_one_finding_not_one_per_clause_or_name() -> None:
    # newcomer 24b items 2 and 3: the dropped sentence got TQA003 and also a TQA012 for its last clause, or a TQA312
    # telling the translator to insert the bare name the sentence opens with (`→ Harborlight`)
    got = findings(LOOMWISE_EN, LOOMWISE_ZH)
    assert [f.code for f in got] == ["TQA003"], [(f.code, f.message) for f in got]
    got = [f for f in findings(HARBOR_EN, HARBOR_ZH) if f.category in ("omission", "name")]  # and its planted TQA301
    assert [f.code for f in got] == ["TQA301", "TQA003"], [(f.code, f.message) for f in got]
    assert got[1].source is not None and got[1].source.text.startswith("Harborlight declined")


def test_sentence_cut_to_its_subordinate_clause_names_the_main_clause() -> None:
    # release 48 (issue 18): NLLB puts the subordinate clause first, as Chinese does, and stops before the main clause
    en = "This happened even when I made sure the ring and my finger was completely dry."
    f = fails("TQA005", en, "尽管我确保戒指和手指完全干燥,\n")
    assert f.source is not None and f.source.text == "This happened"
    # the subordinate clause then the main clause (a reference reordering): whole
    passes("TQA005", en, "尽管我确保戒指和手指完全干燥，这种情况还是发生了。\n")
    # the English opens with its subordinate clause and stops there too: nothing to report
    passes("TQA005", "Used when the 6x4 inch print is too small,", "当6x4英寸的照片太小时使用，\n")
