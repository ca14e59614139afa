"""Release 33, names (issue 17): which form TQA310 points a name at. Short pairs in the shape of real output (the
TechCrunch archive's Sejas article; WMT22 en.ndtv.com.58695, `Sam Stafford`)."""

from tests.helpers import findings


def _tqa310(en: str | None, zh: str) -> list[tuple[int, str, str | None]]:
    return [(f.target.line, f.target.text, f.suggestion) for f in findings(en, zh) if f.code == "TQA310" and f.target]


def test_an_even_latin_name_is_pointed_at_the_first_of_two_forms_heard_as_well() -> None:
    # 塞哈斯 (line 1) and 塞加斯 (line 3) both sound like Sejas (0.95): `Sejas` takes the article's first form, as
    # 塞加斯 does; the code points' order gave `Sejas` → 塞加斯, the form reported as the slip
    zh = ("詹妮特·塞哈斯是一名移民，为了庆祝她的19岁生日，她和男友一起看了电影。\n\n"
          "影院的助理经理发现了塞加斯的拍摄并报了警。Sejas 声称拍这个视频是给她的弟弟看的。\n")
    got = _tqa310(None, zh)
    assert (3, "Sejas", "塞哈斯") in got and (3, "塞加斯", "塞哈斯") in got


STAFFORD_EN = ("Memorial meetings were organised at the residence of Sam Stafford, one of the agitators who died.\n\n"
               "The Krishak Mukti Sangram Samiti paid tributes to the agitators at Sam Stafford's Hatigaon residence.\n\n"
               "All Assam Students' Union chief adviser Samujjal Kumar Bhattacharya said the protests will go on.\n")


def test_a_person_introduced_in_chinese_is_no_slip_in_an_article_that_keeps_names_in_latin() -> None:
    # the article keeps its names in Latin script, but 山姆·斯塔福德 introduces the person first, whole: the later
    # `Sam Stafford` is the odd form (the reader's label), replaced whole; the convention rule made it 山姆·Stafford
    zh = ("纪念会在死亡的煽动者之一山姆·斯塔福德的住所举行。\n\n"
          "Krishak Mukti Sangram Samiti 在Sam Stafford的Hatigaon住所向煽动者致敬。\n\n"
          "All Assam Students' Union首席顾问Samujjal Kumar Bhattacharya说，抗议活动将继续。\n")
    assert _tqa310(STAFFORD_EN, zh) == [(3, "Sam Stafford", "山姆·斯塔福德")]  # 山 is no transliteration character


def test_a_latin_name_after_its_dotted_rendering_is_replaced_whole() -> None:
    # one place each way, the later one reported (`_later_script`): the given name too, not `Sam 斯塔福德`
    en = ("Memorial meetings were organised at the residence of Sam Stafford, one of the agitators who died, and a "
          "playground in Guwahati.\n\nThe farmers' group paid tributes to the agitators at Sam Stafford's residence in Guwahati.\n")
    zh = ("纪念会在已故煽动者之一萨姆·斯塔福德的住所和古瓦哈蒂的一个游乐场举行。\n\n"
          "农民团体在Sam Stafford位于Guwahati的住所向煽动者致敬。\n")
    assert (3, "Sam Stafford", "萨姆·斯塔福德") in _tqa310(en, zh)


def test_both_names_of_a_title_are_weighed_against_the_body() -> None:
    # 马里奥·安德烈蒂。 (烈 is no transliteration character) gives the form 安德烈蒂, not 安德: the title's `Andretti` is
    # reported beside its `Mario`, so that a fix of the title changes both (archive google-chrome-os-mario-andretti)
    zh = ("# 谷歌内部代号为“Mario”和“Andretti”的上网本？\n\n最近的 bug 报告提到两种新机器：“马里奥”和“安德烈蒂”。\n\n"
          "它们必须很快。基本上，它们一定像马里奥·安德烈蒂。\n\n下个月将是“马里奥”还是“安德烈蒂”越过终点线？\n")
    got = _tqa310(None, zh)
    assert (1, "Mario", "马里奥") in got and (1, "Andretti", "安德烈蒂") in got


def test_the_onset_of_a_rendering_is_heard_as_the_sound_score_hears_it() -> None:
    # 帕帕基波斯 for Papakipos (a k before i written 基 ji) and 福斯特尔 for Forstall (the r after a vowel unsounded):
    # introduced in Chinese first, as often as the Latin name later; the onset test compared BK with BS, FL with FS
    zh = ("两名高层员工乔·休伊特和马修·帕帕基波斯据说正在秘密进行这个项目。\n\n"
          "Papakipos 也有这个项目的完美背景。Papakipos 被认为是一个摇滚明星开发者。\n\n"
          "我们能确定的是休伊特和帕帕基波斯正在秘密合作。\n")
    assert [g[1:] for g in _tqa310(None, zh)] == [("Papakipos", "帕帕基波斯")] * 2
    zh2 = ("我要让斯科特·福斯特尔上来给我们展示最新的。\n\n福斯特尔说这是测试版软件。\n\n演示时间。Forstall 回到舞台上。\n\n"
           "Forstall 正在展示提醒功能。\n")
    assert [g[1:] for g in _tqa310(None, zh2)] == [("Forstall", "福斯特尔")] * 2


def test_a_bare_latin_name_before_the_paragraph_that_glosses_its_rendering() -> None:
    # `Uri Geller` and `James Randi` bare, then 乌里·盖勒（Uri Geller） and 詹姆斯·兰迪（James Randi）: the translation chose
    # the renderings, glossed where it first wrote them; the bare Latin names before are the odd ones, though written
    # together (WMT22 Online-B t1_h0856ek); the Latin-convention rule took the glossed renderings and reported nothing
    en = ("This is letting Uri Geller try and pull his shit on James Randi.\n\nNo, it isn't.\n\n"
          "This is Uri Geller trying to pull his shit on James Randi, and hiring a company whose CEO believes Geller's powers are real.\n")
    zh = ("这让 Uri Geller 试图对 James Randi 拉屎。\n\n不，这不对。\n\n"
          "这是乌里·盖勒（Uri Geller）试图对詹姆斯·兰迪（James Randi）拉屎，并聘请了一家首席执行官相信盖勒的能力是真实的公司。\n")
    got = _tqa310(en, zh)
    assert (1, "Uri Geller", "乌里·盖勒") in got and (1, "James Randi", "詹姆斯·兰迪") in got


def test_an_even_split_made_by_the_file_name_needs_the_spelling_s_own_consonants() -> None:
    # 布吉 (bu-ji) twice, `Boogie` once and in the file's name: heard as the name (a g before i written 吉), but an even
    # split made by the slug is too thin for a looser onset: the Chinese majority's (archive heldout4, the reader marks
    # `Boogie`); with the spelling's own consonants (`Kajeet`, 卡吉特) the slug still keeps the Latin form
    from transqa.engine import check_documents
    from transqa.load.markdown import parse_markdown

    zh = ("# 布吉拿着 USB 麦克风\n\n穿上你的迪斯科服，因为*布吉*正在为 Wii 和 PS2 做准备。\n\n"
          "他们说了“版本”，因此这将使我们相信 *Boogie* 将会登陆其他平台。\n")
    doc = parse_markdown("boogie-gets-down-with-usb-mic-and-looks-to-go-multiplatform.md", zh)
    got = [(f.target.text, f.suggestion) for f in check_documents(None, doc).findings if f.code == "TQA310" and f.target]
    assert got == [("Boogie", "布吉")]
