"""Release twenty's leftovers from review and from newcomers: code health and CLI behaviour."""

from __future__ import annotations

import ast
import json
import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from tests.conftest import ROOT, benchmark_module, user_docs
from tests.helpers import run_cli


def _wmt_tree(txt: Path, source: str, reference: str, metadata: str) -> None:
    rows = [("canary", "canary en", "canary zh"), ("d1", "One.", "一。"), ("d1", " Two. ", "二。"), ("d2", "Three.", ""),
            ("d2", "Four.", "四。"), ("d1", "Five.", "五。")]
    for name, col in ((source, 1), (reference, 2)):
        (txt / name).parent.mkdir(parents=True, exist_ok=True)
        (txt / name).write_text("\n".join(r[col] for r in rows) + "\n", encoding="utf-8")
    (txt / metadata).parent.mkdir(parents=True, exist_ok=True)
    (txt / metadata).write_text("".join(json.dumps({"docid": r[0]}) + "\n" for r in rows), encoding="utf-8")


def test_wmt_documents_of_both_benchmarks_are_read_by_one_function(tmp_path: Path) -> None:
    # clean_refs.documents (WMT22) and run.wmt_documents (WMT24) group the same way: by doc id, canary and
    # half-blank pairs left out, paragraphs stripped
    run, clean_refs = benchmark_module("run"), benchmark_module("clean_refs")
    want = [("d1", [("One.", "一。"), ("Two.", "二。"), ("Five.", "五。")]), ("d2", [("Four.", "四。")])]
    t22 = tmp_path / clean_refs.BASE
    _wmt_tree(t22, "sources/generaltest2022.en-zh.src.en", "references/generaltest2022.en-zh.ref.A.zh",
              "metainfo/generaltest2022.en-zh.meta.derived.jsonl")
    assert clean_refs.documents(tmp_path, 60) == want
    assert clean_refs.documents(tmp_path, 2) == want[1:]
    _wmt_tree(tmp_path / "corpora/wmt/wmt24_general_en-zh/txt", "sources/en-zh.txt", "references/en-zh.refA.txt",
              "metadata/en-zh.jsonl")
    assert run.wmt_documents(tmp_path) == [("d1", "One.\nTwo.\nFive.\n", "一。\n\n二。\n\n五。\n"), ("d2", "Four.\n", "四。\n")]
    assert clean_refs.wmt_paragraphs is run.wmt_paragraphs


# `from`, then the module's dotted name (spaces and line continuations may part its pieces, and dots may make it
# relative), then `import`: every statement that imports from a transqa module starts so (a match in a string or a
# comment only costs a parse)
_FROM_TRANSQA = re.compile(r"\bfrom[\s\\]*[.\s\\]*transqa[\w.\s\\]*?\bimport\b")


def _imports_from_transqa(text: str) -> Iterator[ast.ImportFrom] | None:
    """The `from transqa… import` statements of a module's text, each parsed alone from its `from` to its closing
    parenthesis or the end of its line, line numbers the module's; None when one of them does not parse alone (a
    line continuation, a `)` in a comment of its list, a match inside a string): the caller parses the whole text.
    ast.parse of all 212 files' whole text and ast.walk of its ~600,000 nodes took 2.7 of the test's CPU s."""
    out = []
    for m in _FROM_TRANSQA.finditer(text):
        bracket = text[m.end():].lstrip(" \t").startswith("(")
        end = text.find(")", m.end()) + 1 if bracket else text.find("\n", m.end())
        try:
            node = ast.parse(text[m.start():end if end > 0 else len(text)]).body[0]
        except SyntaxError:
            return None
        if isinstance(node, ast.ImportFrom):
            out.append(ast.increment_lineno(node, text.count("\n", 0, m.start())))
    return iter(out)


def _private_imports(root: Path) -> list[str]:
    """`from transqa.X import _name` in the files under root, but those a package keeps to itself: its `__init__`
    importing from its own modules, and its modules importing the helpers of the package's `common` module."""
    out = []
    for path in sorted(root.rglob("*.py")):
        here = ".".join(path.relative_to(ROOT / "src").with_suffix("").parts) if root.name == "src" else ""
        package = here.removesuffix(".__init__") if path.name == "__init__.py" else here.rpartition(".")[0]
        text = path.read_text(encoding="utf-8")
        nodes = _imports_from_transqa(text)
        for node in ast.walk(ast.parse(text)) if nodes is None else nodes:
            if not isinstance(node, ast.ImportFrom) or not (node.module or "").startswith("transqa"):
                continue
            own = package and (node.module == f"{package}.common" or (path.name == "__init__.py"
                                                                        and node.module.startswith(f"{package}.")))
            out += [f"{path.relative_to(ROOT)}:{node.lineno} {node.module}.{a.name}" for a in node.names
                    if a.name.startswith("_") and not a.name.startswith("__") and not own]
    return out


def test_no_private_name_is_imported_across_modules() -> None:
    # an interface is public (letters_heard, lexicon.PARENS and base_forms, needs.is_caseless, features.anchor_total);
    # a package's common module and its __init__ are the package's own
    assert _private_imports(ROOT / "src") == []
    assert _private_imports(ROOT / "benchmarks") == []


EN = "# Title\n\nThe deal is worth 5 dollars, the company said.\n"
ZH = "# 标题\n\n公司表示，这笔交易价值 6 美元。\n"


def _audit(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    return run_cli(capsys, "audit", *args, "--no-cache", "--no-progress", "--format", "concise", "--isolated")


def test_an_original_alone_names_the_translation_it_looked_for(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    # the hook given only X.en.md (an original committed before its translation: its entry allows it) passes, exit 0,
    # and says which file it looked for; a folder with nothing to check keeps its notice
    (tmp_path / "X.en.md").write_text(EN, encoding="utf-8")
    code, out, err = _audit(capsys, "--allow-missing-translation", str(tmp_path / "X.en.md"))
    assert code == 0 and out == ""
    assert f"found no translation of {tmp_path / 'X.en.md'} to check: {tmp_path / 'X.zh.md'} (or {tmp_path / 'X.md'} in Chinese)" in err
    assert "found no translation to check in" not in err
    code, _, err = _audit(capsys, str(tmp_path))  # a folder with nothing to check: an error since release 22
    assert code == 2 and "has no translation to check" in err and "X.zh.md" not in err
    (tmp_path / "X.zh.md").write_text(ZH, encoding="utf-8")
    code, out, err = _audit(capsys, str(tmp_path / "X.en.md"))
    assert code == 1 and "TQA201" in out and "found no translation" not in err


def test_an_original_given_without_its_translation_is_an_error(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    # a pipeline owner: `transqa audit X.en.md` checked nothing and exited 0; it is an input error (exit 2, one line)
    # unless the request allows it (the pre-commit hook's entry); among translations, those are checked, exit 2
    (tmp_path / "X.en.md").write_text(EN, encoding="utf-8")
    code, out, err = _audit(capsys, str(tmp_path / "X.en.md"))
    line = f"transqa: error: {tmp_path / 'X.en.md'}: no translation to check: {tmp_path / 'X.zh.md'} (or {tmp_path / 'X.md'} in Chinese) is not beside it\n"
    assert code == 2 and out == "" and err == line
    (tmp_path / "Y.en.md").write_text(EN, encoding="utf-8")
    code, out, err = _audit(capsys, str(tmp_path / "X.en.md"), str(tmp_path / "Y.en.md"))
    assert code == 2 and err.count("\n") == 1 and "(nor are those of 1 other original given)" in err
    (tmp_path / "b.zh.md").write_text("# 标题\n\n平台使用得更频繁。。\n", encoding="utf-8")  # one warning (TQA510)
    code, out, err = _audit(capsys, "-q", str(tmp_path / "X.en.md"), str(tmp_path / "b.zh.md"))
    assert code == 2 and "b.zh.md:3:9: TQA510" in out and line in err and "notice: found no translation" not in err


def test_upper_case_suffixes_follow_the_convention(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    # X.ZH.MD is a translation (in a folder, or given alone), X.EN.MD its original and stands for it
    (tmp_path / "X.EN.MD").write_text(EN, encoding="utf-8")
    (tmp_path / "X.ZH.MD").write_text(ZH, encoding="utf-8")
    for given in ("X.EN.MD", "X.ZH.MD", ""):
        code, out, _ = _audit(capsys, str(tmp_path / given))
        assert code == 1 and out.count("TQA201") == 1 and "X.ZH.MD:3:" in out, given
    (tmp_path / "X.ZH.MD").unlink()
    code, _, err = _audit(capsys, str(tmp_path / "X.EN.MD"))  # no translation to check: exit 2 (without the hook's flag)
    assert code == 2 and f"{tmp_path / 'X.ZH.MD'} (or {tmp_path / 'X.MD'} in Chinese)" in err


def test_a_linked_original_stands_for_the_translation_beside_the_link(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    # notes/X.en.md → ../drafts/Y.en.md: its translation is notes/X.zh.md (the link's folder and name, as git
    # names a link), not drafts/Y.zh.md
    (tmp_path / "drafts").mkdir()
    (tmp_path / "notes").mkdir()
    (tmp_path / "drafts/Y.en.md").write_text(EN, encoding="utf-8")
    (tmp_path / "drafts/Y.zh.md").write_text(ZH.replace("6", "7"), encoding="utf-8")
    (tmp_path / "notes/X.en.md").symlink_to("../drafts/Y.en.md")
    (tmp_path / "notes/X.zh.md").write_text(ZH.replace("6", "8"), encoding="utf-8")
    code, out, _ = _audit(capsys, str(tmp_path / "notes/X.en.md"))
    assert code == 1 and "notes/X.zh.md:3:" in out and "“8 美元”" in out and "drafts" not in out
    (tmp_path / "notes/X.zh.md").unlink()
    code, out, err = _audit(capsys, str(tmp_path / "notes/X.en.md"))  # no translation to check: exit 2, naming it
    assert code == 2 and out == "" and str(tmp_path / "notes/X.zh.md") in err


def test_summary_file_on_a_terminal_is_the_only_summary(tmp_path: Path, capsys: pytest.CaptureFixture[str],
                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    import sys

    (tmp_path / "a.zh.md").write_text(ZH, encoding="utf-8")
    monkeypatch.setattr(sys.stdout, "isatty", lambda: True)
    code, out, err = run_cli(capsys, "audit", str(tmp_path / "a.zh.md"), "--no-cache", "--no-progress", "--isolated",
                             "--summary", str(tmp_path / "s.txt"))
    assert code == 0 and "audited 1 article" in (tmp_path / "s.txt").read_text(encoding="utf-8")
    assert "audited" not in out + err and f"wrote the summary to {tmp_path / 's.txt'}" in err
    code, out, _ = run_cli(capsys, "audit", str(tmp_path / "a.zh.md"), "--no-cache", "--no-progress", "--isolated")
    assert "audited 1 article" in out  # without --summary the terminal shows it


def test_fix_with_nothing_to_repair_writes_no_diff_and_says_so(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "a.zh.md").write_text(ZH, encoding="utf-8")
    code, out, err = run_cli(capsys, "fix", str(tmp_path / "a.zh.md"), "--isolated")
    assert code == 0 and out == "" and "nothing to repair: no diff written" in err and "to apply" not in err
    (tmp_path / "b.zh.md").write_text("# 标题\n\n他在 mail . ru 工作。mail.ru 很大。mail.ru 很好。\n", encoding="utf-8")
    code, out, err = run_cli(capsys, "fix", str(tmp_path / "b.zh.md"), "--isolated")
    assert "+他在 mail.ru" in out and "nothing to repair" not in err and "to apply the diff" in err


def test_worst_articles_rate_column_is_the_plain_rate_readme_describes(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    # README said only that the score counts a short article as 1,000 characters; the rate column beside it counts
    # one as 200 characters, and README now says so (a newcomer took 5.000 for a misprint of the score's 1.00)
    (tmp_path / "X.en.md").write_text(EN, encoding="utf-8")
    (tmp_path / "X.zh.md").write_text(ZH, encoding="utf-8")
    run_cli(capsys, "audit", str(tmp_path), "--no-cache", "--no-progress", "--isolated", "-o", str(tmp_path / "r.jsonl"),
            "--summary", str(tmp_path / "s.json"))
    worst = json.loads((tmp_path / "s.json").read_text(encoding="utf-8"))["worst"]
    assert [(w["findings"], w["per_1000_chars"], w["score"]) for w in worst] == [(1, 5.0, 1.0)]
    readme = " ".join(user_docs().split())
    assert ("article under 200 characters counting as 200 (a two-line file with one finding reads 5.000, its score 1.00)"
            in readme)


@pytest.mark.parametrize(("module", "name"), [("lang/letters.py", "FLOOR"), ("lang/letters_train.py", "KEEP"),
                                              ("lang/glosses.py", "GLOSS_PREFIX"), ("lang/glosses.py", "GLOSS_SUFFIX")])
def test_tuned_constant_has_its_measurement_line(module: str, name: str) -> None:
    # house rule: the source of every tuned constant (which set, which figures) in the comment block above it
    lines = (ROOT / "src/transqa" / module).read_text(encoding="utf-8").splitlines()
    at = next(i for i, line in enumerate(lines) if line.startswith(f"{name} = "))
    above = []
    for line in reversed(lines[:at]):
        if not line.startswith(("#", "GLOSS_PREFIX = ")):
            break
        above.append(line)
    block = " ".join(above)
    assert "Measured" in block and "benchmarks/real.py" in block and " dev2" in block, name
