"""TQA510: two clause or sentence marks where one belongs (shapes from the archive)."""

from tests.helpers import findings


def _510(zh: str) -> list[tuple[str, str | None]]:
    return [(f.message, f.suggestion) for f in findings(None, "# 标题\n\n" + zh + "\n") if f.code == "TQA510"]


def test_a_full_stop_after_a_quotation_that_ends_its_sentence() -> None:
    got = _510("他说：“我认为这是不可能的。”。随后公司发表了声明。")
    assert len(got) == 1 and "full stop after a quotation" in got[0][0]
    assert _510("他说：“你确定吗？”。") and not _510("它会提示用户“试试土豚！”。")  # a quotation inside the sentence
    assert not _510("他说：“我认为这是不可能的。”随后公司发表了声明。")


def test_two_marks_in_a_row_keep_the_one_an_editor_keeps() -> None:
    assert _510("商家采用率很低。，因为它们都需要下载应用。")[0][1] == "keep “，”: “商家采用率很低，因为它们都需要下载应用。”"  # whole clauses (newcomer 27 item 9)
    assert "keep “？”" in (_510("企业软件会是什么样子？。我们来看看。")[0][1] or "")
    assert "keep “、”" in (_510("最近由软银资本、、RRE 风险投资领投。")[0][1] or "")
    assert "keep “。”" in (_510("“抱歉亲爱的。，”他的母亲回应道。")[0][1] or "")  # the quotation closes: the full stop stays
    assert "keep “。”" in (_510("平台使用得更频繁。。")[0][1] or "")
    assert "keep “、”" in (_510("使缺水皮肤细腻，、柔软、清爽。")[0][1] or "")  # (wmt22 GTCOM)


def test_emphasis_ellipsis_emoticons_and_names_are_not_doubled_marks() -> None:
    for zh in ("太棒了！！", "真的吗？！", "投资者要保持快乐。；-)",
               "用户在 Yahoo！、ICQ、AIM 上聊天。", "如果你经营雅虎！，你会怎么做？", "调用IDirect3D：：CreateViewport（）", "`a。，b` 是代码"):
        assert not _510(zh), zh


def test_a_long_paragraph_of_marks_is_checked_in_linear_time() -> None:
    import time

    # the test for a name before ！/？ or ：： searched the whole paragraph before each pair: 200,000 marks took minutes
    zh = ("好！，" + "好：：") * 15000
    start = time.process_time()
    got = _510(zh)
    assert time.process_time() - start < 10
    # each pair is still found: a paragraph's first PER_PARAGRAPH listed, the rest counted in one finding (fixb29 #3)
    from transqa.context import PER_PARAGRAPH

    assert len(got) == PER_PARAGRAPH + 1
    assert [m for m, _s in got if m.startswith(f"{30000 - PER_PARAGRAPH} more doubled punctuation marks")]


def test_full_width_emoticons_are_not_doubled_marks() -> None:
    # a quotation introduced by a colon that ends with a Latin word's ！ still reports the full stop after it: the
    # ！ is the quoted sentence's, not a name's; inside the sentence (no colon) the full stop is the sentence's own
    assert _510("他们看到：“用你的脸书账户注册 YouTube！”。")
    assert not _510("他们看到“用你的脸书账户注册 YouTube！”。")
    # MT writes the emoticons ;) and :) with full-width marks
    for zh in ("祝大家周末愉快。；）", "真开心。：）", "好的。：-）"):
        assert not _510(zh), zh


def test_an_ellipsis_written_with_full_stops_is_reported_as_one() -> None:
    # hostile33 #2: three or more full stops were left alone as an ellipsis; readers mark them (`……` belongs)
    assert _510("梅森说，交易传播得更快，因为“社交图”。。。只是开始。") == [
        ("“。。。”: an ellipsis written with full stops", "write “……”: “……只是开始。”")]
    got = _510("当地企业从未有过吸引顾客的好方法。。。。因此，Groupon 所做的是")
    assert len(got) == 1 and got[0][1] == "write “……”: “当地企业从未有过吸引顾客的好方法……因此，”"
    assert [m for m, _ in _510("他停顿了一下。。。然后说。。")] == [
        "“。。。”: an ellipsis written with full stops", "“。。”: two punctuation marks where one belongs"]
    assert not _510("`a。。。b` 是代码") and not _510("他停顿了一下……然后说")
    assert not _510("。" * 5000)  # a line of nothing but punctuation is damaged, not an ellipsis (TQA001 with the original)
