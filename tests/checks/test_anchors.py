from tests.helpers import fails, findings, passes

U = "https://example.com/a"


def only(code: str, zh: str) -> list[str]:
    return [f.message for f in findings(None, zh) if f.code == code]


def test_anchor_that_is_only_a_full_stop() -> None:
    fs = [f for f in findings(None, f"我们此前报道过类似服务（Zilok 等）[。]({U})\n") if f.code == "TQA106"]
    assert len(fs) == 1 and "only punctuation" in fs[0].message
    assert fs[0].target is not None and fs[0].target.text == "。"
    assert fs[0].suggestion is not None and "Zilok" in fs[0].suggestion


def test_anchor_that_starts_with_a_comma() -> None:
    (m,) = only("TQA106", f"Zynga 已经[抢走了]({U})[，这可能是一个不错的选择。]({U}/b)\n")
    assert "starts with “，”" in m
    assert len(only("TQA106", f"新功能现在面向中国[、日本]({U})和韩国用户开放。\n")) == 1


def test_well_placed_anchors_pass() -> None:
    for zh in (
        f"据[《纽约时报》报道]({U})，该公司正在考虑出售。\n",
        f"这家公司[筹集了 1000 万美元]({U})。\n",
        f"他[在博客中写道]({U})：“我们会继续投资。”\n",
        f"详见 [.NET 框架]({U}) 的说明。\n",
        f"访问 [https://example.com/a]({U})。\n",
    ):
        for code in ("TQA106", "TQA107", "TQA108"):
            passes(code, None, zh)


def test_anchor_that_swallows_sentences() -> None:
    zh = (f"丹麦移动社交网络 ZYB 曾获得我们给予[高分的移动社交网络，已经被沃达丰以 3150 万欧元收购。"
          f"该公司刚刚筹集了 300 万美元的风险投资。]({U})\n")
    (m,) = only("TQA107", zh)
    assert "sentence end" in m
    long_tail = f"他说，[交易正在调查中，目前还不清楚司法部是否会放过谷歌，尤其是在线旅游业一直非常反对这项交易。]({U})\n"
    assert len(only("TQA107", long_tail)) == 1


def test_names_with_marks_and_short_tails_are_not_swallowed_sentences() -> None:
    passes("TQA107", None, f"他们推出了[鹦鹉 AR。无人机]({U})。\n")  # AR.Drone: the mark is part of a name
    passes("TQA107", None, f"[雅虎！未来几周将推出回答 API 的新版本]({U})\n")  # Yahoo!
    passes("TQA107", None, f"该公司获得了[1800 万美元的风险投资。]({U})\n")  # short: the link's own clause


def test_anchor_cut_to_a_function_word() -> None:
    assert "is only" in only("TQA108", f"它与 Imity 等公司[比较]({U}/1)[和]({U}/2)[竞争]({U}/3)。\n")[0]
    assert "starts with" in only("TQA108", f"她从 [2008 年]({U}/1)[和 2009 年]({U}/2)开始的演示文稿。\n")[0]
    assert "ends on" in only("TQA108", f"今天早些时候，[Business Insider 在]({U})刊登了一篇报道。\n")[0]


def test_an_anchor_that_is_only_than_like_or_even_or_a_lone_day_is_cut() -> None:
    # archive: `网络上很少有东西[比](…) Turntable`, `包括[像](…)脚的模式`, `视频上的[甚至](…)！`, `于 7 月[日](…)推出`
    assert "is only" in only("TQA108", f"过去几个月里，网络上很少有东西[比]({U}) Turntable 更火。\n")[0]
    assert "is only" in only("TQA108", f"分析客户的购物行为，包括[像]({U})脚的模式。\n")[0]
    assert "is only" in only("TQA108", f"他上传了视频上的[甚至]({U})！\n")[0]
    assert "day's number" in only("TQA108", f"该公司于 7 月[日]({U})推出。\n")[0]
    for anchor in ("比较", "偶像", "日本", "生日"):
        passes("TQA108", None, f"这是 5 月[{anchor}]({U})的一部分。\n")
    passes("TQA108", None, f"这是我们的[日]({U})。\n")  # not after a month


def test_words_that_end_like_a_function_word_are_complete() -> None:
    for anchor in ("电视无处不在", "走向", "泳池派对", "反对政治自由", "和平协议", "与会者", "埃及"):
        passes("TQA108", None, f"这是[{anchor}]({U})的一部分。\n")


def test_anchor_cut_before_the_noun_of_its_clause() -> None:
    (m,) = only("TQA108", f"苹果已经获得了一项专利，可以[锁定被盗的]({U})(或借来的)无线设备。\n")
    assert "cut before its noun" in m and "“被盗的”" in m
    passes("TQA108", None, f"苹果获得了一项[锁定被盗设备]({U})的专利。\n")


def test_anchor_that_starts_with_the_when_of_the_clause_before() -> None:
    zh = "所以至少比第一次在这里预览[时有更广泛的选择。](https://example.com/guba)\n"
    fs = [f for f in findings(None, zh) if f.code == "TQA108"]
    assert len(fs) == 1 and "starts with the function word “时”" in fs[0].message
    for ok in ("他在[时代周刊](https://example.com/t)上写道。\n", "据[时报](https://example.com/t)报道。\n",
               "[时有更广泛的选择](https://example.com/t)。\n"):
        passes("TQA108", None, ok)


def test_an_anchor_that_cuts_an_institutions_name_in_two() -> None:
    f = fails("TQA108", None, "Facebook 向斯坦福[大学医学院](https://example.com/x)捐赠了 25 万美元。\n")
    assert f.suggestion is not None and "[斯坦福大学医学院]" in f.suggestion
    passes("TQA108", None, "这家[公司](https://example.com/x)今天宣布了新产品。\n")
    passes("TQA108", None, "Facebook 向[斯坦福大学](https://example.com/x)捐赠了 25 万美元。\n")


def test_an_anchor_that_starts_with_de_before_a_han_character_is_cut() -> None:
    # archive: `当我今天听到[的新闻](…)`, `在今年[的一系列失误](…)`: the link took the particle of the words before it
    (m,) = only("TQA108", f"当我今天听到[的新闻]({U})，我并不惊讶。\n")
    assert "starts with the function word “的”" in m
    assert len(only("TQA108", f"这家初创公司在今年[的一系列失误]({U})之后裁员。\n")) == 1
    for zh in (f"这[的确]({U})是一个好消息。\n", f"他说[的话]({U})没有人相信。\n", f"这家公司[的士业务]({U})增长很快。\n"):
        passes("TQA108", None, zh)


def test_an_anchor_opened_inside_a_clause_that_runs_to_the_sentence_end_swallows_it() -> None:
    # archive (4chan-takes-down-mastercard…): `黑客[组织维基解密和朱利安·阿桑奇的支持活动。](…)`
    (m,) = only("TQA107", f"这是对黑客[组织维基解密和朱利安·阿桑奇的支持活动。]({U})\n")
    assert "runs to the end of its sentence (18 characters)" in m  # Han characters counted, not words
    passes("TQA107", None, f"这家公司筹集了[1000 万美元。]({U})\n")  # five: the amount and its full stop
    passes("TQA107", None, f"[阅读我们对这款新手机的完整评论和测试结果。]({U})\n")  # the paragraph is the link


def test_an_anchor_that_runs_to_the_colon_closing_its_paragraph_swallows_the_lead_in() -> None:
    # archive shape: the link took the whole sentence that introduces the next block, colon and all
    (m,) = only("TQA107", f"在我们去年的[帖子中，当这家公司在扩张的时候，我们注意到了它的一些支出，用于购买存储系统:]({U})\n")
    assert "runs to the end of its sentence" in m
    assert len(only("TQA107", f"收银台那边的[好伙计们很友好地用图表显示了这些数据：]({U})\n")) == 1  # glued: from 10
    passes("TQA107", None, f"他在推文中[写道:]({U})\n")  # a short anchor: the verb the link belongs to
    passes("TQA107", None, f"[该公司发布了两个备受期待的新产品，这两个产品已经在研发中了:]({U}) [下载]({U}/b)\n")  # more follows
    passes("TQA107", None, f"这家公司[宣布了一项非常重要的新计划的详细内容如下:]({U})还有更多。\n")  # the sentence goes on


def test_an_anchor_on_a_place_name_that_starts_with_de_is_whole() -> None:
    # 的黎波里 is Tripoli: the anchor holds the name, not the particle before it
    passes("TQA108", None, "# 标题\n\n利比亚首都[的黎波里](http://a.com/tripoli)今天发生了爆炸。\n")
    fails("TQA108", None, "# 标题\n\n当我今天听到[的新闻](http://a.com/x)时很惊讶。\n")


def test_an_anchor_that_opens_and_closes_inside_clauses_across_a_comma_swallowed_them() -> None:
    # archive (u-k-security-agency…, skype-for-android…): the anchor took the end of one clause and the start of the next
    (m,) = only("TQA107", f"根据卫报的[报道，至少从 2010 年 6 月开始，NSA 向英国]({U})政府通信总部提供了数据。\n")
    assert "across a clause boundary" in m
    fails("TQA107", None, f"据商业内幕的[报道，电子商务巨头]({U})易贝正以 7500 万美元收购米洛。\n")
    # a number's comma, an anchor that ends its clause or starts one, a function word's cut (TQA108's) are not it
    passes("TQA107", None, f"他会给你[10，000 美元的津贴]({U})来帮你擦桌子。\n")
    passes("TQA107", None, f"据商业内幕[报道，电子商务巨头易贝]({U})，正在收购米洛。\n")
    passes("TQA107", None, f"[报道，电子商务巨头]({U})易贝正在收购米洛。\n")


def test_an_anchor_that_ends_on_according_to_or_is_only_one_of_lost_its_object() -> None:
    # archive: `兑换脸书提供的新[之一](…)`; not `我们最近[写了关于](…) Ajax.org`, the original's own anchor (`we [wrote about]`)
    passes("TQA108", None, f"我们最近[写了关于]({U}) Ajax.org 的报道。\n")
    assert "is only" in only("TQA108", f"或在当地实体店兑换脸书提供的新[之一]({U})。\n")[0]
    assert "“根据”" in only("TQA108", f"管理员可以设置它，[这样根据]({U})规定执行。\n")[0]
    for anchor in ("毫无根据", "最有趣的专利之一", "关于我们"):
        passes("TQA108", None, f"这是[{anchor}]({U})的一部分。\n")


def test_an_anchor_that_opens_a_bracket_it_does_not_close() -> None:
    # archive (japans-32-best-iphone-apps…): `**23。** [由 Appliya (](…)`, the app's name moved to the next line
    f = fails("TQA108", None, "**23。** [由 Appliya (](https://example.com/a)\n")
    assert "bracket" in f.message and "由 Appliya" in (f.suggestion or "")
    passes("TQA108", None, "你可以看看[Foo (Bar) 的评测](https://example.com/a)。\n")  # closed inside
    passes("TQA108", None, "[ipad 呢:(](https://example.com/a)\n")  # a frowning face


def test_an_anchor_that_closes_a_bracket_opened_before_the_link() -> None:
    # archive (digg-says-diggbar-is-not-evil…): `(丹尼·沙利文[解释了这里的区别)](…)`: the brackets balance as text but
    # the link's end moved inside them; so `(我们最近在进行了一次 [TC 婴儿床之旅)，并将入住](…)`, `(…[登台)。](…)`
    f = fails("TQA108", None, f"而不是 301 重定向(丹尼·沙利文[解释了这里的区别)]({U})，从表面上看，这似乎不太合适。\n")
    assert "bracket" in f.message and "解释了这里的区别" in (f.suggestion or "")
    assert len(only("TQA108", f"何(旁注:博塔将在下周的 Disrupt SF 上[登台)。]({U})\n")) == 1
    passes("TQA108", None, f"他的公司(见[这篇报道]({U}))已经上市。\n")  # closed after the link
    passes("TQA108", None, f"真不错[太好了 :)]({U})。\n")  # a smile, no bracket opened before


def test_an_anchor_that_ends_on_a_demonstrative_before_its_noun_is_cut() -> None:
    # archive shapes: `[Jason Sobel 在 2008 年的这个](…)演示`, `iPhone 的[这款](…)组合条形码扫描器`
    (m,) = only("TQA108", f"以及[某位工程师在 2008 年的这个]({U})演示。\n")
    assert "这个" in m
    only("TQA108", f"这是适用于 iPhone 的[这款]({U})组合条形码扫描器。\n")
    # the English pronoun `this`, linked as it was, and a demonstrative with nothing after it
    # and `这个`/`那个` as the object of a preposition ("I called that", "bitter about that": an editor's reading)
    for zh in (f"要么[这个]({U})是一个股票广告。\n", f"包括[这个]({U})在读写网络上的报道。\n", f"我第一次[听到这个]({U})。\n",
               f"当时[我把那个]({U})叫做抄袭。\n", f"是的，[我仍然对那个]({U})感到痛苦。\n",
               f"他们[报道了这个]({U})的后续。\n"):
        assert not only("TQA108", zh)


def test_an_anchor_right_after_a_latin_name_that_runs_across_a_comma_to_its_sentence_end_swallows_it() -> None:
    # archive shape: `以色列创业公司 face.com[提供支持，该公司已经向脸书提供了其技术。](…)`: opened inside its clause, as after Han
    fs = only("TQA107", f"新功能由以色列创业公司 face.com[提供支持，该公司已经向脸书提供了其技术。]({U})\n")
    assert len(fs) == 1
    # no comma: a name's anchor that took the full stop only; after a space: the anchor may open its own clause
    passes("TQA107", None, f"它支持 W3C[移动网络最佳实践建议的全部内容。]({U})\n")
    passes("TQA107", None, f"新功能由 face.com [提供支持，该公司已经向脸书提供了其技术。]({U})\n")


def _swallow_hint(zh: str) -> str:
    (f,) = [f for f in findings(None, zh) if f.code == "TQA107"]
    return f.suggestion or ""


def test_a_swallowing_anchors_suggestion_is_never_the_anchor_itself_nor_a_leftover_character() -> None:
    """The suggested anchor is the noun phrase the link names, or none: not the whole anchor (`[好伙计们…数据:]`), not the
    postposition or clause opener before the first comma (`[中，…]`, `[开始，…]`)."""
    plain = "shorten the anchor to the words the link refers to"
    assert _swallow_hint(f"收银台那边的[好伙计们很友好地用图表显示了这些数据:]({U})\n") == plain
    assert _swallow_hint(f"雅虎[在为其关闭这项服务的决定辩护时写道:]({U})\n") == plain
    assert _swallow_hint(f"在这次演示的预览视频[中，他还提供了一些关于更广泛愿景的想法:]({U})\n") == plain
    assert _swallow_hint(f"从亚马逊新的指导页面[开始，这项服务的工作方式如下:]({U})\n") == plain
    assert _swallow_hint(f"他告诉[说，该服务近一半的现有用户进行了某种形式的额外购买。]({U})\n") == plain
    assert _swallow_hint(f"就在这家公司[停留一下，看看它的父亲节礼物清单和许多配饰。]({U})\n") == plain  # a verb phrase


def test_a_swallowing_anchors_suggestion_is_the_noun_phrase_the_link_names() -> None:
    assert _swallow_hint(f"在今天的一条[推文中，该公司声明如下:]({U})\n").endswith("(perhaps “推文”)")
    assert "(perhaps “公开信”)" in _swallow_hint(f"他发布了一封给公司支持者的[公开信，解释为什么这款平板电脑从未出现。]({U})\n")
    assert "(perhaps “主题演讲”)" in _swallow_hint(f"他[发表了一个典型的直率的主题演讲，他认为我们当前的技术进步正在减速。]({U})\n")
    assert "(perhaps “TechCrunch”)" in _swallow_hint(f"正如 [TechCrunch 在公司首次公开募股当天报道的那样，这家公司的股票以 42 美元开盘，比昨晚的最终价格上涨了不少。]({U})\n")
    assert "(perhaps “example.com”)" in _swallow_hint(f"有人[怀疑是否是这家公司以高价收购了域名 example.com。]({U})\n")
    assert "(perhaps “观察”)" in _swallow_hint(f"它[宣布了一个改版的“观察”页面，更加干净并在此后不断改进。]({U})\n")
    # a quotation or a term in quotes is no title: only a noun for what is linked after it makes one
    assert "perhaps" not in _swallow_hint(f"这款应用的[采用已经超出了公司“积极进取”的预期，他再次提到了平板电脑。]({U})\n")
    across = _swallow_hint(f"他们推出了[改进版 Messenger 应用程序，并且从某些设备发送短信]({U})的功能。\n")
    assert across == "put the link around the words it refers to (perhaps “改进版 Messenger 应用程序”), not across the comma"
    assert _swallow_hint(f"一批创业公司[瞄准了 Flickr，但截至目前它仍然是]({U})我们每天使用的网站。\n") == (
        "put the link around the words it refers to, not across the comma")
