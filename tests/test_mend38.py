"""Release 38, a newcomer's findings (mend): multiplier suggestions in words, currencies named by the article, …"""

from __future__ import annotations

import pytest
from tests.helpers import findings


def _number(en: str | None, zh: str) -> list[tuple[str, str | None, str | None]]:
    return [(f.code, f.target.text if f.target else None, f.suggestion) for f in findings(en, zh) if f.category == "number"]


@pytest.mark.parametrize(("en", "zh", "target", "fix"), [
    ("The price is twice as high as last year.", "价格是去年的三倍。", "的三倍", "的两倍"),  # a level: its own wording
    ("The number of subscribers will double by 2030.", "订户数量将增加三倍，到 2030 年。", "增加三倍", "翻一番"),  # growth by
    ("Costs will triple by 2030.", "到 2030 年成本将增加三倍。", "增加三倍", "增加到三倍"),
    ("The scheme is twice the size of the old one.", "该计划的规模是旧计划的 3 倍。", "的 3 倍", "的两倍"),
])
def test_multiple_suggested_in_words(en: str, zh: str, target: str, fix: str) -> None:
    got = [(t, s) for c, t, s in _number(en, zh) if c == "TQA201"]
    assert got and got[0][0] == target and got[0][1].replace(" ", "") == fix.replace(" ", "")


def test_growth_by_half_is_a_multiple() -> None:
    """`will double` → 增加一半 (x1.5) is a changed multiple; 增加一半 for `rise by half` is not."""
    assert [(c, t) for c, t, _ in _number("The number of subscribers will double by 2030.", "订户数量将增加一半，到 2030 年。")] == [
        ("TQA201", "增加一半")]
    assert _number("Costs rose 50% last year.", "去年成本增加了一半。") == []


def test_fold_quoted_without_article() -> None:
    got = [f.source.text for f in findings("Analysts expect a 3-fold rise in rents.", "分析师预计租金将上涨 30%。") if f.code == "TQA201"]
    assert got == ["3-fold"]


@pytest.mark.parametrize(("zh", "want"), [
    ("任天堂的新配件将于 12 月 10 日以 1500 英镑(19.50 美元)的价格登陆日本零售商。", "日元"),  # a price in Japan
    ("该公司去年的利润为 4900 万欧元(约 6760 万美元)，收入为 21.9 亿美元，而去年同期的收入为 16 亿英镑。", "欧元"),
    ("这家公司筹集了 500 万美元，每篇文章的奖金为 10 英镑，另外还有 200 万美元的贷款。", "美元"),  # nothing else named
])
def test_stray_currency_suggests_the_article_s_currency(zh: str, want: str) -> None:
    got = [f for f in findings(None, zh) if f.code == "TQA212" and "英镑" in (f.target.text if f.target else "")]
    assert len(got) == 1 and got[0].suggestion.startswith(want) and "amount(s)" not in got[0].message and "(1 amount of" in got[0].message


def test_stray_currency_glossed_in_dollars_names_none() -> None:
    got = [f for f in findings(None, "新配件将于 12 月 10 日以 1500 英镑(19.50 美元)的价格在商店发售。") if f.code == "TQA212"]
    assert len(got) == 1 and "美元" not in got[0].suggestion.partition("(")[0]


def test_doubled_word_keeps_the_quote_mark_between() -> None:
    en = "The UN's humanitarian chief warned this week that Afghanistan's economic collapse is \"happening before our eyes\"."
    zh = "本周，联合国人道主义事务负责人警告说，阿富汗的经济崩溃正在“正在我们眼前发生”。"
    got = [(f.target.text, f.suggestion) for f in findings(en, zh) if f.code == "TQA009"]
    assert got == [("正在“正在", "正在“")]


def test_header_command_keeps_the_reading_options(tmp_path, capsys) -> None:  # type: ignore[no-untyped-def]
    from tests.helpers import run_cli

    en, zh = tmp_path / "a.en", tmp_path / "a.zh"
    en.write_text("Sales doubled last year.\n# Not a heading\nSee [the site](https://example.com).\n", encoding="utf-8")
    zh.write_text("去年销售额增长了三倍。\n# 不是标题\n见[该网站](https://example.com)。\n", encoding="utf-8")
    _code, out, _err = run_cli(capsys, "check", "--one-per-line", str(en), str(zh))
    assert out.splitlines()[0] == f"transqa check --one-per-line {en} {zh}"
    _code, out, _err = run_cli(capsys, "check", "--no-color", str(en), str(zh))
    assert out.splitlines()[0] == f"transqa check {en} {zh}"  # the other options are not repeated


def test_rendered_once_then_kept_twice_with_the_original() -> None:
    """WMT22 Online-Y abcnews.53861 shape: 德贝里 in a `·` name, then `DeBerry` kept twice; reported alone and with the original."""
    en = ("Frank DeBerry, the resort's president, said all six men held passes.\n\n"
          "\"They had gone out into the forest,\" DeBerry said.\n\n\"People got excited,\" DeBerry said.\n")
    zh = "度假村总裁弗兰克·德贝里表示，所有六名男子都持有通行证。\n\n“他们已经进入了森林，” DeBerry 说。\n\n“人们很兴奋，” DeBerry 说。\n"
    alone = [f.target.text for f in findings(None, zh) if f.code == "TQA310"]
    paired = [f.target.text for f in findings(en, zh) if f.code == "TQA310"]
    assert alone == paired == ["德贝里"]


def test_period_name_finding_says_why_not_today_s_rendering() -> None:
    """With the original, `TheFacebook` (the name then) is the repair; the message names the article's 脸书 as not it,
    which the translation alone advises (it cannot see the original's word)."""
    en = ("Facebook users now make up 11% of the world's population.\n\n"
          "Zuckerberg seems impressed by seeing people using TheFacebook at college parties.\n\n"
          "The Facebook founder said it did not need to be more.\n\nFacebook was founded in 2004.\n")
    zh = "脸书用户现在占世界人口的 11%。\n\n扎克伯格似乎对看到人们在大学聚会上使用 Facebook 印象深刻。\n\n这位脸书创始人说不一定要更多。\n\n脸书于 2004 年创立。\n"
    got = [f for f in findings(en, zh) if f.code == "TQA310"]
    assert [(f.target.text, f.suggestion) for f in got] == [("Facebook", "TheFacebook")] and "“脸书”" in got[0].message


def test_excerpt_starts_after_the_previous_sentence_s_stop(tmp_path, capsys) -> None:  # type: ignore[no-untyped-def]
    """However long the sentence before, a shortened excerpt never starts `…. In retrospect` (newcomer 38 item 11)."""
    import re

    from tests.helpers import run_cli

    seen = 0
    for k in range(0, 40):
        before = " ".join(["word"] * 80) + "."
        middle = "In retrospect, " + "a" * (40 + k) + " and the company, which was small then, sold"  # about 100 cells
        en, zh = tmp_path / f"{k}.en", tmp_path / f"{k}.zh"
        en.write_text(f"{before} {middle} 5 million phones that year.\n", encoding="utf-8")
        zh.write_text("单词" * 60 + "。回想起来，当时还很小的这家公司那年卖出了 8 百万部手机。\n", encoding="utf-8")
        _code, out, _err = run_cli(capsys, "check", "--no-color", "--select", "TQA201", str(en), str(zh))
        seen += "…" in out
        assert not re.search(r"…\s*[.,;:!?]", out), out
    assert seen


def test_help_says_what_check_reads_and_audit_s_default_once(capsys) -> None:  # type: ignore[no-untyped-def]
    import re

    from tests.helpers import run_cli

    _code, out, _err = run_cli(capsys, "check", "--help")
    flat = " ".join(out.replace("│", " ").split())
    assert "Chinese Markdown;" not in flat and "Chinese translation (Markdown or text)" in flat
    _code, out, _err = run_cli(capsys, "audit", "--help")
    flat = " ".join(out.replace("│", " ").split())
    jobs = flat[flat.index("--jobs") : flat.index("--jobs") + 200]
    assert "all cores" in jobs and not re.search(r"\[default: \d", jobs)


def test_number_changed_doc_names_multipliers() -> None:
    from transqa.registry import rules

    assert "multiplier" in rules()["TQA201"].doc


def test_summary_examples_link_to_the_article_pages(tmp_path, capsys) -> None:  # type: ignore[no-untyped-def]
    import re
    import shutil
    from pathlib import Path

    from tests.helpers import run_cli

    folder = tmp_path / "arch"
    folder.mkdir()
    shutil.copy(Path(__file__).parent.parent / "corpora" / "samples" / "chip-merger.zh.md", folder / "chip-merger.zh.md")
    run_cli(capsys, "audit", str(folder), "--no-progress", "--isolated", "-j", "1", "--html-dir", str(tmp_path / "site"),
            "-o", str(tmp_path / "r.jsonl"), "--summary", str(tmp_path / "s.html"))
    page = (tmp_path / "s.html").read_text(encoding="utf-8")
    cells = re.findall(r"<td class=p>(.*?)</td></tr>", page.partition('id="by-rule"')[2].partition("</table>")[0])
    assert cells and all(c.startswith('<a href="site/') for c in cells)
