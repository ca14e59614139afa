"""What newcomers, a hostile tester and reviewers met in the last release: the hook's missing file and
baseline, a suppression directive opening a paragraph's line, Ctrl-C while a Dask cluster starts, audit's
--write-baseline refused before work, the HTML row of an omitted paragraph, a table given as the translation."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from tests.conftest import ROOT
from tests.helpers import seeded_cache

from transqa.cli import main

S = ROOT / "corpora" / "samples"


@pytest.mark.slow
def test_ctrl_c_while_a_local_dask_cluster_starts_is_one_line(tmp_path: Path) -> None:
    # the SIGINT reached Dask's event-loop thread (blocked in the main thread only), the main thread then raised
    # inside LocalCluster(): the half-made cluster's atexit close printed "AssertionError: Status.init" tracebacks
    pytest.importorskip("dask.distributed")
    folder = tmp_path / "a"
    folder.mkdir()
    (folder / "a.zh.md").write_bytes((S / "solar-startup.zh.md").read_bytes())
    script = textwrap.dedent(f"""
        import os, signal, sys
        from distributed.deploy import spec
        real = spec.SpecCluster._correct_state
        def interrupted(self):  # Ctrl-C as the cluster starts its workers, sent from the event-loop thread
            os.kill(os.getpid(), signal.SIGINT)
            return real(self)
        spec.SpecCluster._correct_state = interrupted
        sys.argv = ["transqa", "audit", {str(folder)!r}, "--executor", "dask", "-j", "1", "--no-cache",
                    "--store", {str(tmp_path / "s.sqlite")!r}, "-q", "--format", "concise"]
        from transqa.__main__ import run
        run()
    """)
    got = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=120,
                         env={**os.environ, "TRANSQA_CACHE_DIR": str(seeded_cache(tmp_path / "cache"))})  # no index built anew
    assert got.returncode == 130, got.stderr
    assert got.stderr.startswith("transqa: interrupted") and got.stderr.count("\n") == 1, got.stderr


def test_the_hook_names_a_missing_file_and_checks_the_others(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    # `transqa audit … -- missing.md good.md` (the hook's command) stopped at the missing file and reported nothing
    good = tmp_path / "good.zh.md"
    good.write_bytes((ROOT / "corpora" / "seed" / "alibaba-russia-mail-ru.zh.md").read_bytes())  # target-only findings
    missing = tmp_path / "missing.md"
    code = main(["audit", "--format", "concise", "--quiet", "--jobs", "1", "--store", str(tmp_path / "s.sqlite"), "--",
                 str(missing), str(good)])
    got = capsys.readouterr()
    assert code == 2  # an unreadable input of a batch (README's exit codes)
    assert f"{missing}: error: no such file\n" in got.out  # (the concise line names the file once, release 22)
    assert f"{good}:" in got.out and " TQA" in got.out
    assert main(["audit", "--format", "concise", "--quiet", "--", str(missing)]) == 2  # alone: the one-line error
    assert capsys.readouterr().err == f"transqa: error: {missing}: no such file or folder\n"


@pytest.mark.parametrize("command", ["check", "audit"])
def test_the_configuration_names_a_baseline(command: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    # the hook's command ends in `--`: a baseline had to be a configuration key to be used there at all
    (tmp_path / ".git").mkdir()
    (tmp_path / "qa").mkdir()
    target = tmp_path / "a.zh.md"
    target.write_bytes((ROOT / "corpora" / "seed" / "alibaba-russia-mail-ru.zh.md").read_bytes())
    (tmp_path / "transqa.toml").write_text('baseline = "qa/b.json"\n', encoding="utf-8")
    run = [command, "--format", "concise", "-q"] + (["--store", str(tmp_path / "s.sqlite"), "--"] if command == "audit" else [])
    assert main([*run, str(target)]) == 2  # not recorded yet: the error names the key
    assert "transqa.toml: baseline: no such file" in capsys.readouterr().err
    # recording ignores the configured baseline (it would record nothing), then the same command hides them all
    assert main([command, str(target), "--write-baseline", str(tmp_path / "qa" / "b.json"), "-q", "--format", "concise"]
                + (["--store", str(tmp_path / "s.sqlite")] if command == "audit" else [])) == 0
    assert " TQA" in capsys.readouterr().out
    assert main([*run, str(target)]) == 0
    assert capsys.readouterr().out == ""
    (tmp_path / "transqa.toml").write_text("baseline = 3\n", encoding="utf-8")
    assert main([*run, str(target)]) == 2
    assert "baseline: expected a file name" in capsys.readouterr().err


@pytest.mark.parametrize("where", ["input", "missing folder"])
def test_audit_refuses_a_baseline_it_could_not_write_before_any_article(where: str, tmp_path: Path,
                                                                         capsys: pytest.CaptureFixture[str]) -> None:
    # it checked every article (their findings on standard output), then refused the baseline file
    target = tmp_path / "a.zh.md"
    target.write_bytes((ROOT / "corpora" / "seed" / "alibaba-russia-mail-ru.zh.md").read_bytes())
    before = target.read_bytes()
    out = target if where == "input" else tmp_path / "nowhere" / "b.json"
    assert main(["audit", str(target), "--store", str(tmp_path / "s.sqlite"), "--format", "concise", "-q",
                 "--write-baseline", str(out)]) == 2
    got = capsys.readouterr()
    assert got.out == "" and got.err.count("\n") == 1, got
    assert ("is an input of this run" if where == "input" else "cannot be written") in got.err
    assert target.read_bytes() == before


def test_a_directive_opening_a_paragraph_s_line_keeps_the_paragraph(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    # `<!--` at the start of a line opens a CommonMark HTML block that runs to the end of the line holding `-->`:
    # the paragraph after the directive was markup, reported omitted (TQA001), and the directive unused (TQA900)
    from transqa.load.markdown import parse_markdown

    line = "<!-- transqa: ignore[TQA202] 已核实 -->  该公司周二表示，在最新一轮融资中筹集了 700 万美元。"
    doc = parse_markdown("a.zh.md", f"# 标题\n\n{line}\n\n它计划明年招聘 200 名工程师。\n")
    assert [b.text for b in doc.blocks] == ["标题", "该公司周二表示，在最新一轮融资中筹集了 700 万美元。", "它计划明年招聘 200 名工程师。"]
    assert doc.lines.position(doc.blocks[1].file_start) == (3, line.index("该") + 1)
    assert [b.text for b in parse_markdown("b.md", "<!-- a note -->\n\n<!-- x --> <br>\n\n正文。\n").blocks] == ["正文。"]
    en = tmp_path / "a.en.md"
    en.write_text("# Solar startup raises money\n\nThe company raised $70 million in its latest round, it said on Tuesday.\n\n"
                  "It plans to hire 200 engineers next year.\n", encoding="utf-8")
    zh = tmp_path / "a.zh.md"
    zh.write_text(f"# 太阳能初创公司融资\n\n{line}\n\n它计划明年招聘 200 名工程师。\n", encoding="utf-8")
    assert main(["check", str(en), str(zh), "-f", "concise", "--isolated"]) == 0
    assert capsys.readouterr().out == ""  # suppressed as the directive says; no TQA001, no TQA900
    zh.write_text(f"# 太阳能初创公司融资\n\n{line.replace('TQA202', 'TQA201')}\n\n它计划明年招聘 200 名工程师。\n", encoding="utf-8")
    main(["check", str(en), str(zh), "-f", "concise", "--isolated"])
    out = capsys.readouterr().out
    assert f"{zh}:3:{line.index('700') + 1}: TQA202 " in out and "TQA001" not in out, out


def test_the_html_report_lists_an_omitted_paragraph_on_its_own_row(tmp_path: Path) -> None:
    # TQA001 was listed under the next paragraph's row (where the translation should be inserted)
    import re

    en = tmp_path / "a.en.md"
    en.write_text("# Solar startup raises money\n\nThe company raised $70 million in its latest round, it said on Tuesday.\n\n"
                  "It plans to hire 200 engineers next year.\n", encoding="utf-8")
    zh = tmp_path / "a.zh.md"
    zh.write_text("# 太阳能初创公司融资\n\n它计划明年招聘 200 名工程师。\n", encoding="utf-8")
    main(["check", str(en), str(zh), "-o", str(tmp_path / "r.html"), "-q", "--isolated"])
    rows = re.findall(r'<tr class="para[^"]*">.*?</tr>', (tmp_path / "r.html").read_text(encoding="utf-8"))
    omitted = [row for row in rows if "TQA001" in row]
    assert len(omitted) == 1 and 'class="para missing"' in omitted[0], rows
    assert "The company raised $70 million" in omitted[0] and "招聘" not in omitted[0]


def test_a_jsonl_finding_and_its_baseline_fingerprint_join_by_position(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    # two ids on purpose (README): `fingerprint` (rule and text, SARIF's too) and the baseline's (with context);
    # a pipeline joins them by position, and the baseline file records exactly those
    import json

    target = tmp_path / "a.zh.md"
    target.write_bytes((ROOT / "corpora" / "seed" / "alibaba-russia-mail-ru.zh.md").read_bytes())
    main(["audit", str(target), "--store", str(tmp_path / "s.sqlite"), "-o", str(tmp_path / "o.jsonl"), "-q",
          "--write-baseline", str(tmp_path / "b.json")])
    record = json.loads((tmp_path / "o.jsonl").read_text(encoding="utf-8"))
    ids = record["baseline_fingerprints"]
    assert len(ids) == len(record["findings"]) > 1
    # the two “mail . ru” of one line: the baseline tells them apart by what precedes them, `fingerprint` (since
    # release 22) by their occurrence index; the two ids differ
    assert len({f["fingerprint"] for f in record["findings"]}) == len(set(ids)) == len(ids)
    assert not {f["fingerprint"] for f in record["findings"]} & set(ids)
    from transqa.baseline import baseline_prints
    from transqa.codec import decode_finding

    raw = target.read_text(encoding="utf-8")
    assert ids == baseline_prints([decode_finding(f) for f in record["findings"]], raw)
    recorded = json.loads((tmp_path / "b.json").read_text(encoding="utf-8"))["files"]["a.zh.md"]
    assert sorted(recorded) == sorted(set(ids))


def test_no_module_builds_its_keep_and_prune_step_from_dictcache_s_private_helpers(tmp_path: Path,
                                                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    import re

    from transqa.lang import dictcache

    src = ROOT / "src" / "transqa"
    private = [str(p.relative_to(src)) for p in src.rglob("*.py") if p.name != "dictcache.py"
               and re.search(r"from transqa\.lang\.dictcache import [^\n]*\b_\w+", p.read_text(encoding="utf-8"))]
    assert private == []
    monkeypatch.setenv("TRANSQA_CACHE_DIR", str(tmp_path / "cache"))
    assert dictcache.keep("code-a-1.hash", "code-a-*.hash", b"0123456789ab")
    assert dictcache.keep("code-a-2.hash", "code-a-*.hash", b"ba9876543210")  # the earlier version goes
    assert sorted(p.name for p in (tmp_path / "cache" / "index").iterdir()) == ["code-a-2.hash"]
    assert dictcache.read_kept("code-a-2.hash", 12) == b"ba9876543210"
    assert dictcache.keep("g-1.marshal", "g-*.marshal", ("x", ("y",)), "glossary")
    assert dictcache.read_index(tmp_path / "cache" / "index" / "g-1.marshal", "glossary") == ("x", ("y",))


def test_the_baseline_refusal_says_what_the_writer_would_say(tmp_path: Path) -> None:
    # refuse_baseline_output repeated the writer's messages (transqa.atomic) in its own words
    from transqa import baseline
    from transqa.atomic import OutputError, write_text

    out = str(tmp_path / "nowhere" / "b.json")
    with pytest.raises(OutputError) as refused:
        baseline.refuse_baseline_output(out, None, [])
    with pytest.raises(OutputError) as written:
        write_text(Path(out), "{}\n", "baseline")
    assert str(refused.value) == str(written.value)
    assert "nothing was written" not in Path(baseline.__file__).read_text(encoding="utf-8")


def test_the_t2s_table_builder_takes_no_argument_it_does_not_use() -> None:
    import inspect

    from transqa.lang import script

    assert list(inspect.signature(script._build_t2s).parameters) == []


def test_the_notice_naming_a_written_file_is_one_line(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    # `-o "r\x1b[2J\n.json"`: the notice wrote the name raw (a newline, a terminal escape)
    out = tmp_path / "r\x1b[2J\nx.json"
    main(["check", str(S / "solar-startup.zh.md"), "-o", str(out)])
    err = "".join(ln + "\n" for ln in capsys.readouterr().err.splitlines() if "beside it is not used" not in ln)  # (release 35)
    assert out.exists() and err.count("\n") == 1 and "\x1b" not in err and "wrote the json report to" in err, err
    fixed = tmp_path / "f\nx.md"
    main(["fix", str(ROOT / "corpora" / "seed" / "alibaba-russia-mail-ru.zh.md"), "-o", str(fixed)])
    err = capsys.readouterr().err
    assert fixed.exists() and "wrote the repaired translation to" in err
    assert all(line.startswith("transqa: ") for line in err.splitlines()), err
