"""What a translator, an editor and a pipeline met in the CLI, the loader and the reports: a translation left
mostly in English that audit skipped, a literal `<!--` after text, duplicate keys in a glossary or the
configuration, audit --fix on a symbolic link, and the summaries' wording."""

from __future__ import annotations

from pathlib import Path

import pytest
from tests.helpers import run_cli

# a translation left mostly in English: its file name says Chinese, a few Han characters at the end
MOSTLY_ENGLISH = (
    "# Apple launches a new phone\n\n"
    "Apple on Tuesday launched a new phone with a bigger screen and a faster chip, the company said.\n\n"
    "The phone will cost $999 and ship next month in the United States and Europe, according to the company.\n\n"
    "苹果公司表示，这款手机将于下月发货。\n"
)


def test_check_reports_a_mostly_english_translation(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    p = tmp_path / "phone.zh.md"
    p.write_text(MOSTLY_ENGLISH, encoding="utf-8")
    code, out, _ = run_cli(capsys, "check", "--format", "concise", str(p))
    assert code == 1 and out.count("TQA401") == 2, out
    # two such files are two translations, not an original and its translation
    q = tmp_path / "phone2.zh.md"
    q.write_text(MOSTLY_ENGLISH, encoding="utf-8")
    code, out, _ = run_cli(capsys, "check", "--format", "concise", str(p), str(q))
    assert code == 1 and out.count("TQA401") == 4, out


def test_audit_reports_a_mostly_english_translation(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "phone.zh.md").write_text(MOSTLY_ENGLISH, encoding="utf-8")
    (tmp_path / "README.md").write_text("# Notes\n\nThese are the archive's articles, one file each.\n", encoding="utf-8")
    store = str(tmp_path / "s.sqlite")
    for given in (str(tmp_path), str(tmp_path / "phone.zh.md")):  # a folder, and the file itself
        code, out, err = run_cli(capsys, "audit", "--format", "concise", "--no-progress", "-j", "1", "--store", store, given)
        assert code == 1 and out.count("TQA401") == 2 and "README.md" not in out, (out, err)
        assert "no translation to check" not in err


EN_3 = ("Title\n\nThe company said on Tuesday that it would cut 500 jobs. It will also close two factories in Ohio and Texas "
        "by the end of the year, the statement said.\n\nSecond paragraph here.\n")


def test_a_literal_comment_marker_after_text_is_reported() -> None:
    from tests.helpers import fails, passes

    zh = "# 标题\n\n第一段，正常 <!-- 编辑注：待核实\n\n第二段。\n"
    f = fails("TQA511", None, zh)
    assert f.target is not None and (f.target.line, f.target.column, f.target.text) == (3, 8, "<!--")
    assert "show on the page as text" in f.message
    for shown_as_meant in ("第一段 \\<!-- 字面\n", "第一段 &lt;!-- 字面\n", "第一段 `<!--` 字面\n", "第一段 <!-- 注 --> 继续。\n"):
        passes("TQA511", None, "# 标题\n\n" + shown_as_meant)


def test_a_comment_never_closed_inside_an_html_block_is_reported() -> None:
    from tests.helpers import fails, passes

    for zh, col in (("# 标题\n\n<div>\n<!-- 注释\n\n第二段。\n", 1), ("# 标题\n\n<div><!-- 注释\n\n第二段。\n", 6)):
        f = fails("TQA511", None, zh)
        assert f.target is not None and f.target.column == col and "the page hides the paragraph after it" in f.message
    passes("TQA511", None, "# 标题\n\n<div>\n<!-- 注释\n\n第二段。 -->\n")  # closed later: the browser ends it there


def test_the_omission_after_a_literal_marker_is_placed_before_it() -> None:
    from tests.helpers import fails

    f = fails("TQA003", EN_3, "# 标题\n\n该公司周二表示将裁员500人。<!-- 编辑注：待核实\n\n第二段。\n")
    assert f.target is not None and f.target.column == 16  # after 。, not inside `<!`


@pytest.mark.parametrize("text, key", [
    ("keep: [Paytm]\naccept:\n  Apple: 苹果\nkeep: [Mail.ru]\n", "'keep' is given twice (line 4)"),
    ("accept:\n  Apple: 苹果\n  Apple: 苹果公司\n", "'Apple' is given twice (line 3)"),
])
def test_a_key_given_twice_in_a_glossary_is_one_error(tmp_path: Path, capsys: pytest.CaptureFixture[str], text: str, key: str) -> None:
    from tests.helpers import one_error

    (tmp_path / "g.yaml").write_text(text, encoding="utf-8")
    (tmp_path / "a.zh.md").write_text("# 标题\n\n苹果公司表示，这款手机将于下月发货。\n", encoding="utf-8")
    code, _, err = run_cli(capsys, "check", "--isolated", "--glossary", str(tmp_path / "g.yaml"), str(tmp_path / "a.zh.md"))
    assert code == 2
    one_error(err, key, alone=True)


def test_a_key_given_twice_in_the_configuration_is_one_error(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from tests.helpers import one_error

    (tmp_path / "transqa.toml").write_text('select = ["TQA1"]\nselect = ["TQA2"]\n', encoding="utf-8")
    (tmp_path / "a.zh.md").write_text("# 标题\n\n苹果公司表示，这款手机将于下月发货。\n", encoding="utf-8")
    code, _, err = run_cli(capsys, "check", "--config", str(tmp_path / "transqa.toml"), str(tmp_path / "a.zh.md"))
    assert code == 2
    one_error(err, "a key given twice (at line 2", alone=True)


def test_audit_fix_names_the_file_a_link_writes(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    import os
    import shutil
    import subprocess

    from tests.conftest import ROOT

    (tmp_path / "store").mkdir()
    (tmp_path / "site").mkdir()
    shutil.copy(ROOT / "corpora/seed/alibaba-russia-mail-ru.zh.md", tmp_path / "store" / "seed.zh.md")
    os.symlink("../store/seed.zh.md", tmp_path / "site" / "seed.zh.md")
    patch = tmp_path / "site.patch"
    run_cli(capsys, "audit", "--no-progress", "-j", "1", "--store", str(tmp_path / "s.sqlite"), "--fix", str(patch),
            "--format", "summary", str(tmp_path / "site"))
    text = patch.read_text(encoding="utf-8")
    assert text.startswith(f"# {tmp_path / 'site' / 'seed.zh.md'} is a symbolic link to {tmp_path / 'store' / 'seed.zh.md'}")
    assert "--- a/store/seed.zh.md\n+++ b/store/seed.zh.md\n" in text
    if shutil.which("patch"):
        subprocess.run(["patch", "-s", "-p1", "-d", str(tmp_path), "-i", str(patch)], check=True)
        assert (tmp_path / "site" / "seed.zh.md").is_symlink()  # written through, the link kept
        assert (tmp_path / "store" / "seed.zh.md").read_text(encoding="utf-8") != (ROOT / "corpora/seed/alibaba-russia-mail-ru.zh.md").read_text(encoding="utf-8")


def test_fix_says_how_to_apply_its_diff(tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    import shutil

    from tests.conftest import ROOT

    shutil.copy(ROOT / "corpora/seed/alibaba-russia-mail-ru.zh.md", tmp_path / "seed.zh.md")
    monkeypatch.chdir(tmp_path)
    _, out, err = run_cli(capsys, "fix", "seed.zh.md")
    assert out.startswith("--- a/seed.zh.md") and "transqa: to apply the diff: save it (> FILE), then `git apply FILE` or `patch -p1 < FILE`" in err
    _, _, err = run_cli(capsys, "fix", str(tmp_path / "seed.zh.md"))  # named from the root in the diff
    assert "then `patch -p1 -d / < FILE`" in err


def test_a_report_thrown_away_is_not_announced(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    import os

    from tests.conftest import ROOT

    seed = str(ROOT / "corpora/seed/alibaba-russia-mail-ru.zh.md")
    _, _, err = run_cli(capsys, "check", "-f", "json", "-o", os.devnull, seed)
    assert "wrote" not in err, err
    _, _, err = run_cli(capsys, "audit", "--no-progress", "-j", "1", "--store", str(tmp_path / "s.sqlite"), "-f", "jsonl", "-o", os.devnull, seed)
    assert "wrote" not in err, err
    _, _, err = run_cli(capsys, "check", "-f", "json", "-o", str(tmp_path / "r.json"), seed)
    assert "wrote the json report to" in err


def test_a_translation_is_looked_at_as_a_table_once(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from transqa import tabular
    from transqa.engine import check_paths

    calls: list[int] = []
    shape = tabular.table_shape
    monkeypatch.setattr(tabular, "table_shape", lambda path, raw: calls.append(len(raw)) or shape(path, raw))
    p = tmp_path / "a.zh.md"
    p.write_text("# 标题\n\n苹果公司表示，这款手机将于下月发货。\n", encoding="utf-8")
    check_paths(None, str(p))
    assert len(calls) == 1  # the early look (the whole file) told: not again after the load
    q = tmp_path / "b.zh.md"
    q.write_text("# 标题\n\n" + "长" * 40_000 + "\n", encoding="utf-16")  # NUL bytes: only the loaded text can tell
    calls.clear()
    check_paths(None, str(q))
    assert len(calls) == 1


def test_the_glossary_uses_recaches_public_digest() -> None:
    import re

    from transqa import glossary, recache

    assert callable(recache.code_version)
    assert not re.search(r"from transqa\.\w+ import _\w", Path(glossary.__file__).read_text(encoding="utf-8"))


def test_the_hidden_source_paragraphs_are_computed_once_and_carried(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from transqa import engine
    from transqa.report import render_text
    from transqa.result import pair_mismatch

    calls: list[int] = []
    real = engine.hidden_source
    monkeypatch.setattr(engine, "hidden_source", lambda s, t, b: calls.append(1) or real(s, t, b))
    (tmp_path / "a.en.md").write_text("# Title\n\nFirst paragraph of the story here.\n\nSecond paragraph of the story here.\n\n"
                                      "Third paragraph of the story here.\n", encoding="utf-8")
    (tmp_path / "a.zh.md").write_text("# 标题\n\n故事的第一段在这里。\n\n<!-- 编辑注\n\n故事的第二段在这里。\n\n故事的第三段在这里。\n", encoding="utf-8")
    r = engine.check_paths(str(tmp_path / "a.en.md"), str(tmp_path / "a.zh.md"))
    assert r.hidden and not any(f.code in ("TQA001", "TQA003") for f in r.findings)
    pair_mismatch(r)
    assert "hidden by an unclosed comment in the Chinese" in render_text([r], width=100)
    assert len(calls) == 1


def test_the_summarys_message_cut_keeps_what_the_rule_says() -> None:
    from transqa.audit.summary import EXAMPLE_MESSAGE_CHARS, _cut

    got = _cut("“Apple on Tuesday launched a new phone with a bigger screen…” is left in English")
    assert got.endswith("…” is left in English") and len(got) <= EXAMPLE_MESSAGE_CHARS
    got = _cut("the sentence “It will also close two factories in Ohio and Texas by the end of the year, the…” has no translation")
    assert got.startswith("the sentence “It will") and got.endswith("…” has no translation") and len(got) <= EXAMPLE_MESSAGE_CHARS
    assert _cut("stray token “T2” (a leaked MT placeholder): delete it from the text now please ok").endswith("from…")


def test_the_text_and_html_summaries_give_their_sections_in_one_order(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    import shutil

    from tests.conftest import ROOT

    shutil.copy(ROOT / "corpora/samples/wind-farm.zh.md", tmp_path / "wind-farm.zh.md")
    base = ["audit", "--no-progress", "-j", "1", "--store", str(tmp_path / "s.sqlite"), str(tmp_path / "wind-farm.zh.md")]
    run_cli(capsys, *base, "--summary", str(tmp_path / "s.html"))
    run_cli(capsys, *base, "--summary", str(tmp_path / "s.txt"))
    page, text = (tmp_path / "s.html").read_text(encoding="utf-8").lower(), (tmp_path / "s.txt").read_text(encoding="utf-8")
    names = ["by severity", "by rule", "by category", "articles by score", "by folder", "by year"]
    assert [page.index(n) for n in names] == sorted(page.index(n) for n in names)
    assert [text.index(n) for n in names] == sorted(text.index(n) for n in names)
