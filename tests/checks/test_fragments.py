from tests.helpers import fails, findings, passes

from transqa.checks.fragments import dangling
from transqa.engine import check_documents
from transqa.load.markdown import parse_markdown
from transqa.load.text import parse_text


def test_title_cut_after_an_open_phrase() -> None:
    fs = [f for f in findings(None, "# 推广和合作中的\n\n正文第一句。\n") if f.code == "TQA506"]
    assert len(fs) == 1 and "title" in fs[0].message and fs[0].target is not None and fs[0].target.text == "中的"


def test_a_title_cut_after_a_comma() -> None:
    # archive shape: the title's last clause lost, its comma left (`# 你知道，对于孩子们来说，`)
    f = fails("TQA506", None, "# 卡吉特:你知道，对于孩子们来说，\n\n正文第一句。\n")
    assert "title" in f.message and f.target is not None and f.target.text == "，"
    passes("TQA506", None, "# 卡吉特:你知道，对于孩子们来说\n\n正文第一句。\n")


def test_paragraph_cut_after_a_preposition() -> None:
    fs = [f for f in findings(None, "他指出，首席执行官马克·扎克伯格将在\n\n下一段。\n") if f.code == "TQA506"]
    assert len(fs) == 1 and "“在”" in fs[0].message


def test_a_paragraph_cut_after_a_comma_before_prose() -> None:
    # archive (zyngas-newest-title-castleville…): the paragraph stops on `，` and the next one starts another topic
    zh = "你会看到像鱼在池塘里跳跃，树摇动，和其他与游戏动作相关的音效，\n\n在社交方面，你可以访问你朋友的王国。\n"
    f = fails("TQA506", None, zh)
    assert "paragraph" in f.message and f.target is not None and f.target.text == "，"
    # a lead-in to a quotation or a list, a salutation; with the original (a comma may join two segments), the omission rules
    for ok in ("首席执行官杰克·多西在一份声明中补充道，\n\n> “安全性和消费者信任是我们成功的基础。”\n",
               "举个例子，这是我们在调查中看到的情况，\n\n*   33%有卫星订阅\n", "嗨，朋友们，\n\n是的，我确实同意斯蒂芬的观点。\n"):
        passes("TQA506", None, ok)
    passes("TQA506", "You will see fish jumping in ponds, trees swaying.\n\nOn the social side, you can visit.\n", zh)
    # a plain-text file, often one segment a line (WMT), which a translator may join with a comma
    text = parse_text("zh.txt", zh.replace("\n\n", "\n"))
    assert not [f for f in check_documents(None, text).findings if f.code == "TQA506"]
    assert [f for f in check_documents(None, parse_markdown("zh.md", zh)).findings if f.code == "TQA506"]



def test_a_comma_end_in_a_transcript_broken_into_caption_lines_passes() -> None:
    # archive (groupon-mason-charlie-rose, read in release 25): an interview that keeps its source's caption lines ends
    # most paragraphs mid-sentence; a comma at a line's end there is the line break, the sentence goes on below
    lines = ["总的会员基数——我忘了是多少了。好像是六，七，", "我想是七千万左右，然后我们在三十五个国家",
             "上周又增加了四个国家的业务和团队", "所以增长的速度非常快而且还在加快", "我们每天都在招聘新的员工和销售人员",
             "这是一个我们从来没有想过的规模"]
    passes("TQA506", None, "\n\n".join(lines) + "\n")
    # the same comma end among paragraphs that end their sentences is reported
    whole = [lines[0]] + [line + "。" for line in lines[1:]]
    fails("TQA506", None, "\n\n".join(whole) + "\n")


def test_a_word_end_in_a_transcript_broken_into_caption_lines_passes() -> None:
    # archive heldout4 (groupon-mason-charlie-rose): in the same caption-line transcript a line that stops on `是`, `但是`
    # or `因为` goes on in the next paragraph (`…它是` / `还创造了一个有利可图的商业模式`); its reader labelled none
    lines = ["自从梅森 2008 年创办 Groupon 以来，它已经呈指数级增长。它", "已经在全球 300 多个城市拥有 3500 万用户。它是",
             "还创造了一个有利可图的商业模式，预计将导致", "今年数亿美元的收入", "他做到了这一切，却没有失去幽默感。这些交易是",
             "每天都有 Groupon 的员工写的奇怪的描述"]
    passes("TQA506", None, "\n\n".join(lines) + "\n")
    # the same end among paragraphs that end their sentences is reported
    whole = [line + "。" for line in lines[:1]] + [lines[1]] + [line + "。" for line in lines[2:]]
    fails("TQA506", None, "\n\n".join(whole) + "\n")


def test_complete_endings_pass() -> None:
    for zh in ("# 谷歌音乐测试版仍然存在\n", "# 受支持还是受打击：愿资金与你同在\n", "参议院：37 票支持，22 票反对\n",
               "# 免费交友网站让付费网站望尘莫及\n", "他们将手机发推服务引入埃及\n", "这是他们的现在\n",
               "# 商用无人机现在是合法的\n", "他的律师说：\n\n- 纳税额；和\n"):
        passes("TQA506", None, zh)


def test_a_paragraph_continued_by_the_next_is_a_split_not_a_cut() -> None:
    passes("TQA506", None, "他们的产品可以从东南亚和\n\n，以及欧洲其他地区购买。\n")


def test_dangling_words() -> None:
    assert dangling("但是让我们惊讶的是它对") == "对"
    assert dangling("适用于亚马逊或") == "或"
    assert dangling("这是一个派对") is None
    # a determiner with its noun lost, a `之` with its head noun lost; words that end in 之 are whole
    assert dangling("说实话，这里没有任何") == "任何"
    assert dangling("它是今年最值得投资的项目之") == "之"
    assert dangling("旧的系统被新的取而代之") is None
    assert dangling("价格随之") is None
    assert dangling("没有任何问题") is None


def test_run_on_after_a_quotation_without_a_full_stop() -> None:
    fs = [f for f in findings(None, "人们认为这项服务“非常有意义”当然，一家公司明智的做法是继续投资。\n") if f.code == "TQA507"]
    assert len(fs) == 1 and "“当然”" in fs[0].message
    assert fs[0].suggestion is not None and "“非常有意义”。当然，" in fs[0].suggestion


def test_run_on_between_two_clauses() -> None:
    fs = [f for f in findings(None, "该系统每天收集超过 100 万条垃圾邮件然后，它使用这些数据。\n") if f.code == "TQA507"]
    assert len(fs) == 1 and "垃圾邮件。然后，" in (fs[0].suggestion or "")
    assert len([f for f in findings(None, "他将讨论“创新经济中的资本主义”Janeway 是一位经济学家。\n") if f.code == "TQA507"]) == 1


def test_sentences_that_are_punctuated_pass() -> None:
    for zh in (
        "他说：“我们会继续投资。”然而，市场并不看好。\n",
        "这很难。但当然，后知之明是容易的。\n",
        "与跨国公司的说法相反，旧金山的数据不同。\n",
        "在扩张的同时，公司也在裁员。\n",
        "只要这是现实，那么事实上，内容公司就会受益。\n",
        "“机会是巨大的，”他说。\n",
        "“我们很满意，”Chasen 说。\n",
    ):
        passes("TQA507", None, zh)


def test_an_opener_after_its_clause_pronoun_subject_is_no_run_on() -> None:
    # wmt-mt heldout6 (GTCOM, `Of course, they don't.` → `他们当然，不会。`): 当然 is an adverb after the subject 他们
    passes("TQA507", None, "他们当然，不会。\n")
    passes("TQA507", None, "这很难。我们因此，决定推迟发布。\n")
    # a noun ending in the same character is no pronoun subject: the full stop before 当然 is still lost
    fails("TQA507", None, "这个问题困扰了许多用户当然，我们会修复它。\n")


def test_run_on_after_a_bare_but() -> None:
    fs = [f for f in findings(None, "这与脸书目前的座右铭“让世界开放和互联”相去甚远但当然，后知之明是 20/20。\n") if f.code == "TQA507"]
    assert len(fs) == 1 and "相去甚远。但当然，" in (fs[0].suggestion or "")
    passes("TQA507", None, "这与目前的座右铭相去甚远，但当然，后知之明是容易的。\n")


def test_run_on_between_a_name_and_a_demonstrative_subject() -> None:
    fs = [f for f in findings(None, "他于 2010 年加入 Mozilla 该组织已经开始寻找他的替代者。\n") if f.code == "TQA507"]
    assert len(fs) == 1 and "加入 Mozilla。该组织" in (fs[0].suggestion or "")
    for zh in ("他于 2010 年加入 Mozilla。该组织已经开始寻找他的替代者。\n", "谷歌收购了该公司。\n"):
        passes("TQA507", None, zh)



def test_run_on_between_a_name_and_a_year_or_an_if() -> None:
    # archive shapes: `…MTV 网络和 NBC2010 年，向移动设备…`, `…不是 Windows Mobile 如果我的期望…`
    f = fails("TQA507", None, "它的客户包括 ESPN、福克斯和 NBC2010 年，它向移动设备交付了内容。\n")
    assert f.suggestion is not None and "NBC。2010 年" in f.suggestion
    f = fails("TQA507", None, "它绝对不是 Windows Mobile 如果我的期望不是由以前的版本决定的。\n")
    assert f.suggestion is not None and "Mobile。如果" in f.suggestion
    for zh in ("NBC 在 2010 年向移动设备交付了内容。\n", "Windows 2010 年版本发布了。\n", "如果你用 Windows Mobile，如果不行就换。\n",
               "他们用 Q2010 年报告。\n", "**Nutrisystem**\n如果你不能为自己做饭，这是一个选择。\n"):
        passes("TQA507", None, zh)


def test_two_label_quote_items_on_one_line_are_run_together() -> None:
    zh = "纽约:“很有希望。”伦敦:“还差得远。”\n"
    f = fails("TQA507", None, zh)
    assert f.suggestion is not None and "伦敦" in f.suggestion and "new line" in f.suggestion
    # the next turn of a dialogue (a speech verb before the colon) belongs to the same paragraph
    passes("TQA507", None, "“你们准备好了吗？”他回答说:“当然。”\n")


def test_items_on_lines_of_their_own_are_not_run_together() -> None:
    passes("TQA507", None, "纽约:“很有希望。”\n伦敦:“还差得远。”\n")


def test_run_on_with_the_writer_or_a_pronoun_as_the_next_subject() -> None:
    # archive: `他的第一个习惯是“积极主动”我没看过这本书`, `“98%是肌肉”他甚至用二进制代码`, `“其他输入”该公司表示`
    for zh, nxt in (
        ("他的第一个习惯是“积极主动”我没看过这本书。\n", "我没看过这本书"),
        ("他的身体“98%是肌肉”他甚至用二进制代码和人说话。\n", "他甚至用二进制"),
        ("这些数据来自“其他输入”该公司表示，它不会公开。\n", "该公司表示"),
    ):
        fs = [f for f in findings(None, zh) if f.code == "TQA507"]
        assert len(fs) == 1 and f"“{nxt}" in fs[0].message, (zh, [f.message for f in fs])
    for zh in (
        "他强烈“建议”我阅读它。\n",  # the object of the verb before the quotation
        "他建立了一个网站来“证明”他仍在使用这个商标。\n",
        "他说：“我们很好。”我认为他是对的。\n",  # the quotation ended its sentence
    ):
        passes("TQA507", None, zh)


def test_run_on_with_an_opening_adverbial_after_a_quotation() -> None:
    # archive: `…它称之为“外部资源”最后，如上所述…`, `…称之为“设备”当技术准备就绪时，我们将…`
    for zh, nxt in (
        ("它把这些内容称为“外部资源”最后，如上所述，它已经超越了搜索。\n", "最后，"),
        ("他们把这一代称为“设备”当技术准备就绪时，我们将进入下一代。\n", "当技术准备就"),
    ):
        fs = [f for f in findings(None, zh) if f.code == "TQA507"]
        assert len(fs) == 1 and f"“{nxt}" in fs[0].message, (zh, [f.message for f in fs])
    passes("TQA507", None, "他坚持到最后，终于赢了。\n")  # no quotation: `到最后，` is one sentence
    passes("TQA507", None, "他说：“我们很好。”最后，他离开了。\n")  # the quotation ended its sentence


def test_run_on_with_a_conjunction_or_a_demonstrative_subject_after_a_quotation() -> None:
    # archive: `…帮助耐克“在一个资源受限的世界里茁壮成长”虽然绿色产品…`, `…感觉自己“才刚刚开始”简而言之，…`,
    # `…申请了一种“热插拔媒体存储设备”该专利接着提出…`, `…口号是“赋予下一代创造性的表现”这是一个雄心勃勃的…目标`
    for zh, nxt in (
        ("目的是帮助耐克“在一个资源受限的世界里茁壮成长”虽然绿色产品肯定会吸引消费者。\n", "虽然绿色产品"),
        ("但他们感觉自己“才刚刚开始”简而言之，这意味着 Animoto 希望继续增长。\n", "简而言之，"),
        ("苹果公司已经申请了一种“热插拔媒体存储设备”该专利接着提出了快速卸载设备的想法。\n", "该专利接着提出"),
        ("该公司的口号是“赋予下一代创造性的表现”这是一个雄心勃勃的开放式目标。\n", "这是一个雄心勃"),
        ("众筹领域“非常拥挤”但 Wefunder 希望与竞争对手不同。\n", "但 Wefun"),
        ("他们统称为“主要 OTT 玩家”Facebook Messenger 是其中较小的一个。\n", "Faceboo"),
        ("汤姆是一个“值得关注的广告人”Tom 拥有斯坦福大学的学位。\n", "Tom 拥有"),
        ("讲故事的尝试还处于“初级阶段”关于第二点，他指出了问题。\n", "关于第二点"),
        ("他指出旧广告“很好地延伸到了这一点”扎克伯格强调，在脸书，用户体验是第一位的。\n", "扎克伯格强调"),
    ):
        fs = [f for f in findings(None, zh) if f.code == "TQA507"]
        assert len(fs) == 1 and f"“{nxt}" in fs[0].message, (zh, [f.message for f in fs])
    for zh in (
        "我们决定用“爱丽丝”这个名字。\n",  # a demonstrative with its measure word: the quotation's apposition
        "只要拿出“原力”她就会吓得逃跑。\n",
        "他们的“统计引擎”根据可配置的规则操作。\n",  # the quotation is the subject
        "用户可以“飞越”该区域。\n",  # the object of a quoted verb
        "这只是“这是否可行”的问题。\n",
        "他说：“我们很好。”但他离开了。\n",  # the quotation ended its sentence
        "“苹果开始变得有点自大了，*”奥布莱恩说，以此来阐述他的观点。\n",  # ended by a comma inside the emphasis
        "这个名为“西班牙圣器”的网站报道说，该书已经翻译。\n",
    ):
        passes("TQA507", None, zh)
    # `”所以，` is an opener of both kinds: one finding
    assert len([f for f in findings(None, "他们称之为“品牌参与”所以，如果你爱旧金山。\n") if f.code == "TQA507"]) == 1


def test_a_paragraph_that_stops_on_de_lost_its_noun() -> None:
    # archive (facebook-trends): `脸书可以把我们与朋友分享的链接变成一个自动挖掘世界的`
    f = fails("TQA506", None, "我们听说，脸书可以把我们与朋友分享的链接变成一个自动挖掘世界的\n")
    assert "“的”" in f.message
    for zh in (
        "只要有元数据，以增量方式使用它是非常容易的\n",  # a 是…的 statement
        "托德:所以商业模式是建造它，他们会来的\n",
        "# 我们是怎么做到的\n",  # a title
        "*   小的\n*   快的\n",  # list items
        "这是他们自己的。\n",
        "或者雇个更好的\n",  # a post written without punctuation (WMT24 social media)
        "好的，但希望找到更好的\n",  # a comparative made a noun (WMT23 `would like to find something better`)
    ):
        passes("TQA506", None, zh)
    fails("TQA506", None, "好的，但希望找到一个自动挖掘世界的\n")  # not a comparative: the noun is lost


def test_a_short_quoted_epithet_before_a_name_is_no_run_on() -> None:
    # archive (yandex-translate-app-english-ui): “本土谷歌” describes Yandex, one noun phrase
    passes("TQA507", None, "# 标题\n\n俄罗斯“本土谷歌”Yandex 正在为其应用增加一个英文界面。\n")
    fails("TQA507", None, "# 标题\n\n他说“我们会继续努力做得更好”Google 也在做同样的事。\n")


def test_a_title_or_paragraph_that_stops_on_the_copula_is_cut() -> None:
    # archive: `# WhatsApp 怎么了？脸书可能想买它，这就是`, `**什么是**`, `…这是一个很好的方式，但是`
    f = fails("TQA506", None, "# WhatsApp 怎么了？脸书可能想买它，这就是\n")
    assert f.target is not None and f.target.text == "是"
    fails("TQA506", None, "**什么是**\n")
    f = fails("TQA506", None, "这是一个很好的方式来表达某人擅长他们的手艺，但是\n")
    assert f.target is not None and f.target.text == "但是"
    for alone in ("但是", "还是"):  # the paragraph is the word alone: named whole, not as its last character
        f = fails("TQA506", None, f"{alone}\n")
        assert f.target is not None and f.target.text == alone and f"“{alone}”" in f.message
    # an answer that leaves its predicate out after a hedge is complete
    for zh in ("# 微软的神秘产品:游戏桌？是的，可能是\n", "# 免费国际电话被取消了…不完全是\n", "# 这不是 iPhone 5…但我有点希望它是\n",
               "绝对是\n", "一直都是\n", "我也是\n"):  # WMT23 (Most definitely), WMT24 (is was: always has been)
        passes("TQA506", None, zh)


def test_a_title_cut_after_a_modal_verb() -> None:
    # archive shape: "so you don't have to" kept word for word, the verb the modal governs lost
    f = fails("TQA506", None, "# 这家公司测试在线客服，所以你不必\n\n正文第一句。\n")
    assert f.target is not None and f.target.text == "不必"
    fails("TQA506", None, "# 某网站讨厌这款手机，所以你应该\n\n正文第一句。\n")
    passes("TQA506", None, "# 这家公司测试在线客服，所以你不必亲自测试\n\n正文第一句。\n")
    passes("TQA506", None, "# 新功能\n\n正文第一句。\n")  # 功能 ends on 能, no modal


def test_an_article_that_stops_on_a_dash_is_cut() -> None:
    """The article's last paragraph stops on a dash after a Han character: the rest is lost. Within the article a
    dash may end a turn the next speaker interrupts (an interview), which is no cut."""
    f = fails("TQA506", None, "# 标题\n\n我们讨论了很多。\n\nDG:我们已经讨论了如何对系统进行分层-\n")
    assert f.target is not None and f.target.text == "-" and f.target.line == 5
    fails("TQA506", None, "# 标题\n\n他们的报告说——\n")
    passes("TQA506", None, "# 标题\n\n罗斯:有一个术语—\n\n梅森:我想不止这些。\n")
    passes("TQA506", None, "# 标题\n\n价格为 100-200 美元。\n\n型号是 A-\n")  # no Han character before it
    # with the original: the English trails off on a dash too (a transcript), nothing is lost
    passes("TQA506", "We said a lot.\n\nBut only you would do that -\n", "我们说了很多。\n\n但只有你会这么做 -\n")
    fails("TQA506", "We said a lot.\n\nBut only you would do that.\n", "我们说了很多。\n\n但只有你会这么做 -\n")


def test_but_between_two_quoted_words_is_no_run_on() -> None:
    # archive theres-no-i-in-tim line 33 (read31's one wrong finding): `“令人震惊”但“性感”的` is one noun phrase
    zh = "他展示了“令人震惊”但“性感”的儿童图片。\n"
    assert not [f for f in findings(None, zh) if f.code == "TQA507"]
    assert [f for f in findings(None, "他说这只是“短期支持”但我们认为它会持续下去。\n") if f.code == "TQA507"]


def test_a_quoted_noun_with_its_head_and_verb_is_no_run_on() -> None:
    # hostile31: the speaker branch took any two Han characters for a name, the Latin one a generic `App` for one
    for zh in ("他们在“双十一”期间表示，销量比去年翻了一番。\n", "文件称，“十四五”规划指出，要加快数字化发展。\n",
               "税务总局推出的“个人所得税申报”App 今天正式上线。\n"):
        assert not [f for f in findings(None, zh) if f.code == "TQA507"], zh
    for zh in ("这是一场“滔天大罪”黛西说，我们所有人都有责任。\n", "它被称为“主要 OTT 玩家”Facebook Messenger 是其中之一。\n"):
        assert [f for f in findings(None, zh) if f.code == "TQA507"], zh


def test_a_link_over_the_verb_after_by_or_with_loses_the_object() -> None:
    """Issue 19: `由`/`与` directly before a link that covers the verb (`由[发布的](…)`, `与[达成了…](…)`) lost the name
    that was its object; a noun phrase in the link is the object (`与[三星的 Bada](…)`)."""
    f = fails("TQA506", None, "# 标题\n\n这是刚刚由[发布的](https://a.example/x)。\n")
    assert f.target is not None and f.target.text == "发布的"
    fails("TQA506", None, "# 标题\n\n这项技术与[达成了合作关系](https://a.example/x)，很成功。\n")
    passes("TQA506", None, "# 标题\n\n这项技术将与[三星的 Bada](https://a.example/x)合作。\n")
    passes("TQA506", None, "# 标题\n\n这轮融资由[合作基金](https://a.example/x)牵头。\n")
    passes("TQA506", None, "# 标题\n\n他是最近被[收购的](https://a.example/x)公司的创始人。\n")  # passive 被: no object needed


def test_a_link_ending_on_a_names_possessive_before_a_clause_end_is_cut() -> None:
    """A link that stops on a Latin name's `的` where its clause ends (`[…VisualGraph 的](…)。`): the noun is lost; with
    the noun after the link (`[Dropbox 的](…)新一轮融资`) it is complete."""
    f = fails("TQA506", None, "# 标题\n\n昨天，该公司宣布[收购了初创公司 VisualGraph 的](https://a.example/x)。\n")
    assert f.target is not None and f.target.text.endswith("VisualGraph 的")
    passes("TQA506", None, "# 标题\n\n该基金将领导 [Dropbox 的](https://a.example/x)新一轮融资。\n")
    passes("TQA506", None, "# 标题\n\n这是 Foursquare [上个月底推出的](https://a.example/x)。\n")  # a verb's 的: nominal
    passes("TQA506", None, "# 标题\n\n他说:“这不再是关于它的事”,[Weblogs SL 的](https://a.example/x)。\n")  # the name alone


def test_a_title_that_stops_on_a_determiners_of_is_cut() -> None:
    """`# …和一个非盈利的`: the determiner's noun is lost; a `是…的` title (`# 它不是真的`) and an adjective made a noun
    (`# 新的和改进的`) are complete."""
    f = fails("TQA506", None, "# 联合创始人下台；将专注于帮助 TechStars 和一个非盈利的\n\n正文第一句。\n")
    assert f.target is not None and f.target.text == "的"
    fails("TQA506", None, "# 某公司开发工具栏来追踪 TinyURL 和所有其他的\n\n正文第一句。\n")
    passes("TQA506", None, "# GrandCentral 的“一生一个号码”不是真的\n\n正文第一句。\n")
    passes("TQA506", None, "# 博客推荐:新的和改进的\n\n正文第一句。\n")


def test_a_paragraph_that_stops_on_a_latin_words_of_is_cut() -> None:
    fails("TQA506", None, "# 标题\n\n想了解更多最新的技术，请查看 example.com 的\n")
    passes("TQA506", None, "# 标题\n\n想了解更多最新的技术，请查看 example.com 的评测。\n")


def test_run_on_with_a_place_or_source_adverbial_or_a_pronoun_subject_after_a_quotation() -> None:
    # archive (issue 19): `…同时承担“某些债务”在其破产申请中，SGI 列出了…`, `…达到了“100 万里程碑”在 TechCrunch，我们…`,
    # `…在于“一体化和分散化”根据运营商和制造商的不同，…`, `…“时间线-wp”他不想和脸书过不去`
    for zh, nxt in (
        ("该公司同时承担“某些债务”在其破产申请中，公司列出了五亿美元的债务。\n", "在其破产申请中"),
        ("有多少新应用达到了“一百万里程碑”在 TechCrunch，我们看到很多初创公司。\n", "在 TechC"),
        ("真正区别在于“一体化和分散化”根据运营商的不同，手机运行不同版本。\n", "根据运营商的不"),
        ("这个主题被命名为“时间线主题”他不想和脸书过不去。\n", "他不想和脸书过"),
    ):
        fs = [f for f in findings(None, zh) if f.code == "TQA507"]
        assert len(fs) == 1 and f"“{nxt}" in fs[0].message, (zh, [f.message for f in fs])
    for zh in (
        "瑞典探险队“海洋探险队”在波罗的海探测水下宝藏，发现了一艘沉船。\n",  # the quotation is the subject
        "我们专有的“统计引擎”根据可配置的规则集对此类事件流进行操作，以生成统计。\n",  # its verb, a long adverbial
        "他说：“我们很好。”在这次会议上，他离开了。\n",  # the quotation ended its sentence
        "他们在“黑色星期五”在网上购物，省了很多钱。\n",  # no comma right after the place
    ):
        passes("TQA507", None, zh)


def test_run_on_between_a_latin_word_and_this_with_an_adverbial_or_a_modal() -> None:
    # archive (issue 19): `…高达 20 美元的 eCPMs 这对游戏开发者来说…`, `…数百万条 feeds 这远不如…`
    for zh, nxt in (
        ("广告商提供了高达 20 美元的 eCPMs 这对游戏开发者来说是好消息。\n", "这对游戏开发"),
        ("阅读器每晚要重新订阅数百万条 feeds 这远不如只在变化时推送高效。\n", "这远不如只在"),
    ):
        fs = [f for f in findings(None, zh) if f.code == "TQA507"]
        assert len(fs) == 1 and f"“{nxt}" in fs[0].message, (zh, [f.message for f in fs])
    for zh in (
        "该网站是由 Lisa 和 Brian Sugar 这对夫妻团队创立的。\n",  # an apposition, no `…来说`
        "大约有 20 美元的 eCPMs。这对游戏开发者来说是好消息。\n",
        "@user42 这很有意思，谢谢分享。\n",  # a social post addressing its reader: the handle ends no sentence
    ):
        passes("TQA507", None, zh)


def test_run_on_between_a_latin_word_and_a_discourse_adverbial() -> None:
    # archive (issue 19): `…一个 SL 头像和 Skype 理想情况下，你会…`, `…创业世界不需要 MBAs 事实上，这些…`
    for zh, nxt in (
        ("演示者需要有一个头像和 Skype 理想情况下，你会在会前用过它们。\n", "理想情况下"),
        ("他辩称创业世界不需要 MBAs 事实上，这些学位提供了负价值。\n", "事实上，"),
    ):
        fs = [f for f in findings(None, zh) if f.code == "TQA507"]
        assert len(fs) == 1 and f"“{nxt}" in fs[0].message, (zh, [f.message for f in fs])
    for zh in (
        "与 Perka 相反，Perkville 采取了另一种做法。\n",  # `相反` closes `与…相反`, one clause
        "演示者需要有一个头像和 Skype。理想情况下，你会在会前用过它们。\n",
    ):
        passes("TQA507", None, zh)
