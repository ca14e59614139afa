"""TQA315 (untranslated.split_head), late1 of release 42: a site's name broken at its dot whose head machine translation
split into two English words (`drop post . it` for Dropost.it) is reported whole, with the article's own spelling."""

from __future__ import annotations

from transqa.checks.untranslated import split_head


def test_a_head_split_in_two_words_takes_the_articles_spelling() -> None:
    text = "**drop post . it**"
    article = text + "\n使用 Dropost.it，你可以看到视频。发布到 Dropost.it 的消息可以设置为私人。"
    assert split_head(text, 7, "post", "it", lambda: article) == (2, "Dropost.it")


def test_a_word_before_that_does_not_join_the_head_is_left() -> None:
    text = "我们用了 open post . it 的服务"
    article = text + "\n使用 Dropost.it，你可以看到视频。"
    assert split_head(text, 10, "post", "it", lambda: article) is None


def test_no_word_before_is_left() -> None:
    assert split_head("访问 post . it 吧", 3, "post", "it", lambda: "Dropost.it") is None
