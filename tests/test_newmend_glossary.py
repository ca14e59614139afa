"""Release forty-one, a newcomer's items 4 and 5 (task newmend): what a glossary says of a name is said once, by the
glossary's rule: renderings it accepts for one term are one rendering (TQA310, TQA314), a rejected rendering is its
TQA601 alone, and a term rendered word by word is its TQA602 alone, at the rendering's place."""

from __future__ import annotations

from pathlib import Path

from transqa.config import Settings
from transqa.engine import check_documents
from transqa.load.markdown import parse_markdown
from transqa.load.text import parse_text

G7_ZH = ("德国外交部长周六警告说，在与G7国家的同行会晤后发表讲话时，寻找恢复协议的方法的时间不多了。\n\n"
         "德国外交部长在英国利物浦告诉记者，七国集团外长正在讨论伊朗问题。\n\n"
         "美国国务院一名高级官员表示，G7国家之间进行了激烈的对话。\n\n预计G7会议将导致联合呼吁伊朗缓和其核计划。\n")


def _found(tmp: Path, glossary: str | None, zh: str, en: str | None = None) -> list[tuple[str, int, int]]:
    settings = Settings()
    if glossary is not None:
        (tmp / "g.yaml").write_text(glossary, encoding="utf-8")
        settings = Settings(glossary=(str(tmp / "g.yaml"),))
    source = parse_text("a.en.txt", en) if en is not None else None
    found = check_documents(source, parse_markdown("a.zh.md", zh), settings).findings
    return [(f.code, f.target.line, f.target.column) for f in found if f.target and f.code in ("TQA310", "TQA312", "TQA314", "TQA601", "TQA602")]


def test_renderings_a_glossary_accepts_for_one_term_are_one_rendering(tmp_path: Path) -> None:
    assert ("TQA310", 3, 18) in _found(tmp_path, None, G7_ZH)
    assert _found(tmp_path, "accept: {G7: [七国集团, G7]}\n", G7_ZH) == []


def test_a_form_the_glossary_does_not_accept_is_still_two_forms(tmp_path: Path) -> None:
    # keep: [G7] keeps the Latin form: 七国集团 is not the glossary's, and TQA310 says to write G7
    assert ("TQA310", 3, 18) in _found(tmp_path, "keep: [G7]\n", G7_ZH)
    assert ("TQA310", 3, 18) in _found(tmp_path, "accept: {Group of Eight: [八国集团, G8]}\n", G7_ZH)


def test_a_rejected_rendering_is_the_glossarys_finding_alone(tmp_path: Path) -> None:
    zh = ("# 热衷于...文化产业如何反击数字寄生虫(TCTV)\n\n> 原文：<https://web.archive.org/web/http://techcrunch.com/2011/11/04/"
          "keen-on-how-the-culture-business-can-fight-back-against-digital-parasites-tctv/>\n\n安德鲁·基恩与作家罗伯特·莱文谈论文化产业。\n")
    assert ("TQA314", 1, 3) in _found(tmp_path, None, zh)
    assert _found(tmp_path, "reject: {热衷于: Keen On}\n", zh) == [("TQA601", 1, 3)]


def test_a_term_rendered_word_by_word_is_the_glossarys_finding_at_the_rendering(tmp_path: Path) -> None:
    en = "The talks are part of the Normandy Format, which also includes Germany and France.\n"
    zh = "这次会谈是诺曼底格式的一部分，德国和法国也参与其中。\n"
    assert ("TQA312", 1, 6) in _found(tmp_path, None, zh, en)
    assert _found(tmp_path, "accept: {Normandy Format: [诺曼底模式]}\n", zh, en) == [("TQA602", 1, 6)]
