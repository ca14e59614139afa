"""HOSTILE25's bugs in `fix`, `fix --write` and the result store: each reproducer reduced to a test; the growth
bugs are bounded by counting re-checks (`transqa.fix.RECHECKS`), never by timing."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

from transqa.cli import main

_ZH = "# 标题\n\nMail.ru 周二表示，收入增长 1 . 5 亿美元。\n\nMail.ru 的用户上升，mail . ru 称。\n\n彭博 T2 报道称，Mail.ru 将扩张。\n"


def test_5_an_orig_that_links_to_the_target_is_not_taken_for_a_backup(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    target = tmp_path / "a.zh.md"
    target.write_text(_ZH, encoding="utf-8")
    os.symlink("a.zh.md", tmp_path / "a.zh.md.orig")
    main(["fix", "--write", str(target)])
    assert "mail . ru" not in target.read_text(encoding="utf-8")
    kept = tmp_path / "a.zh.md.orig.1"
    assert kept.read_text(encoding="utf-8") == _ZH  # the text before the repair is somewhere
    assert f"kept in {kept}" in capsys.readouterr().err
    assert os.readlink(tmp_path / "a.zh.md.orig") == "a.zh.md"  # the link is left as it was


def _pair(n: int) -> tuple[str, str]:
    """HOSTILE25 #1: the first paragraph's TQA207 repair (1 . 5 → 1.5) is rejected (it brings TQA201 against
    $250 million); each of the n others carries a certain TQA303 repair (T2 debris)."""
    en = ["# Mail.ru reports results", "Revenue was $250 million in the quarter."]
    zh = ["# Mail.ru 公布业绩", "该季度收入为 1 . 5 亿美元。"]
    for i in range(n):
        en.append(f"Bloomberg reported that Mail.ru opened office number {i + 1} in Moscow.")
        zh.append(f"据彭博 T2 报道，Mail.ru 在莫斯科开设了第 {i + 1} 个办公室。")
    return "\n\n".join(en) + "\n", "\n\n".join(zh) + "\n"


def test_1_a_rejected_repair_costs_a_few_checks_not_one_per_repair(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from transqa import fix
    from transqa.engine import check_paths

    # the first repair is rejected as it was before release 49's reread: TQA201's message quoting the repaired figure
    # read as a new finding (the reread reads the repaired text into the earlier messages, and accepts it). What this
    # test proves is the cost of one rejection among n, not its cause, so the old comparison is set here
    monkeypatch.setattr(fix, "_same", lambda f, repaired=(): (f.code, f.message, f.source.text if f.source else ""))
    n = 40
    en, zh = _pair(n)
    (tmp_path / "p.en.md").write_text(en, encoding="utf-8")
    (tmp_path / "p.zh.md").write_text(zh, encoding="utf-8")
    result = check_paths(str(tmp_path / "p.en.md"), str(tmp_path / "p.zh.md"))
    fix.RECHECKS.clear()
    fp = fix.plan(result)
    assert sorted({e.code for e in fp.applied}) == ["TQA303"] and len(fp.applied) == n  # the same repairs as one by one
    assert "1 . 5 亿" in fp.repaired and "T2" not in fp.repaired
    assert fix.RECHECKS["text"] <= 6  # all, the 40 on lines with nothing new, the suspect, the result; one per candidate (43) before


class _Passes(list):  # type: ignore[type-arg]
    """A findings list that counts the passes over it."""

    passes = 0

    def __iter__(self):  # type: ignore[no-untyped-def]
        _Passes.passes += 1
        return super().__iter__()


def test_2_the_code_named_for_each_repair_is_looked_up_not_scanned_for(tmp_path: Path) -> None:
    from dataclasses import replace

    from transqa import fix
    from transqa.engine import check_paths

    paragraphs = ["# 报道"] + [f"Mail.ru 第 {i} 段称，收入增长 {i % 9 + 1} . 5 亿美元，彭博 T2 报道，mail . ru 与 Mail.ru 合作。Mail.ru 表示满意。"
                               for i in range(40)]
    (tmp_path / "f.zh.md").write_text("\n\n".join(paragraphs) + "\n", encoding="utf-8")
    result = check_paths(None, str(tmp_path / "f.zh.md"))
    counted = replace(result, findings=_Passes(result.findings))
    _Passes.passes = 0
    fp = fix.plan(counted)
    assert len(fp.applied) >= 80  # 120 before newcomer 43 #2: without the original `彭博 T2`'s deletion is suggested
    assert {e.named for e in fp.applied} >= {"TQA315"}
    assert _Passes.passes <= 30  # a few passes per check (one check here), not one per repair (≥ 100 before)


@pytest.mark.parametrize("damage", ["unknown-code", "null-findings"])
def test_6_a_damaged_stored_row_is_checked_again_with_a_notice(tmp_path: Path, capsys: pytest.CaptureFixture[str], damage: str) -> None:
    import json
    import shutil
    import sqlite3

    from tests.conftest import ROOT

    arc = tmp_path / "arc"
    arc.mkdir()
    for name in ("battery-recall.zh.md", "battery-recall.en.md"):
        shutil.copy(ROOT / "corpora/samples" / name, arc / name)
    store = tmp_path / "s.sqlite"
    args = ["audit", str(arc), "--store", str(store), "--no-progress", "--format", "sarif", "-o", str(tmp_path / "r.sarif")]
    assert main(args) == 1  # the sample has findings
    db = sqlite3.connect(store)
    for key, line in list(db.execute("select key, line from results")):
        doc = json.loads(line)
        if damage == "unknown-code":
            doc["findings"][0]["code"] = "TQA000"
        else:
            doc["findings"] = None
        db.execute("update results set line=? where key=?", (json.dumps(doc, ensure_ascii=False), key))
    db.commit()
    db.close()
    capsys.readouterr()
    assert main(args) == 1  # checked again: the same findings, not exit 3 nor a clean pass
    said = capsys.readouterr()
    assert "1 stored result could not be read: checked again" in said.out + said.err


def test_7_a_baseline_saved_with_a_bom_is_read(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    target = tmp_path / "a.zh.md"
    target.write_text(_ZH, encoding="utf-8")
    plain, bom = tmp_path / "b.json", tmp_path / "bom.json"
    main(["check", str(target), "--write-baseline", str(plain), "-q"])
    bom.write_bytes(b"\xef\xbb\xbf" + plain.read_bytes())
    capsys.readouterr()
    assert main(["check", str(target), "--baseline", str(bom), "-q"]) == 0  # every finding is in the baseline
    assert "not a baseline" not in capsys.readouterr().err


def _patch_applies(folder: Path, diff: bytes) -> bool:
    import subprocess

    got = subprocess.run(["patch", "-p1", "--dry-run", "-F0", "-d", str(folder)], input=diff, capture_output=True, check=False)
    return got.returncode == 0


_BOM = "收入增长 1 . 5 亿美元，mail . ru 称。Mail.ru 很好，Mail.ru 不错。\n\n彭博 T2 报道称。\n"


@pytest.mark.skipif(shutil.which("patch") is None, reason="needs patch(1)")
def test_3_the_diff_of_a_file_with_a_bom_applies_to_it(tmp_path: Path, capsysbinary: pytest.CaptureFixture[bytes],
                                                        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    Path("b.zh.md").write_bytes(b"\xef\xbb\xbf" + _BOM.encode("utf-8"))
    main(["fix", "b.zh.md"])
    said = capsysbinary.readouterr()
    assert b"git apply FILE" in said.err and _patch_applies(tmp_path, said.out)  # exactly, with no fuzz


@pytest.mark.skipif(shutil.which("patch") is None, reason="needs patch(1)")
@pytest.mark.parametrize("encoding", ["utf-8-sig", "gbk", "utf-16"])
def test_4_the_audit_patch_applies_or_names_the_articles_it_leaves_out(tmp_path: Path, capsys: pytest.CaptureFixture[str],
                                                                       monkeypatch: pytest.MonkeyPatch, encoding: str) -> None:
    monkeypatch.chdir(tmp_path)
    Path("arc").mkdir()
    Path("arc/u.zh.md").write_text(_ZH, encoding="utf-8")
    Path("arc/x.zh.md").write_bytes(_ZH.encode(encoding))
    main(["audit", "arc", "--no-cache", "-o", "o.jsonl", "--no-progress", "--fix", "fixes.patch"])
    out = capsys.readouterr().out
    patch = Path("fixes.patch").read_bytes()
    assert b"a/arc/u.zh.md" in patch and _patch_applies(tmp_path, patch)
    if encoding == "utf-8-sig":
        assert b"a/arc/x.zh.md" in patch
    else:  # left out, and said
        assert b"x.zh.md" not in patch and "arc/x.zh.md" in out and "transqa fix --write" in out


@pytest.mark.parametrize("encoding", ["utf-8-sig", "gbk", "utf-16"])
def test_8_a_repaired_copy_keeps_the_encoding_of_the_target(tmp_path: Path, encoding: str) -> None:
    target, copy, written = tmp_path / "a.zh.md", tmp_path / "copy.md", tmp_path / "w.zh.md"
    target.write_bytes(_ZH.encode(encoding))
    written.write_bytes(_ZH.encode(encoding))
    main(["fix", str(target), "-o", str(copy), "-q"])
    main(["fix", str(written), "--write", "-q"])
    assert copy.read_bytes() == written.read_bytes() != target.read_bytes()  # as --write writes it


def test_9_a_summary_that_cannot_be_written_names_what_was_and_the_store_notice(tmp_path: Path, capsys: pytest.CaptureFixture[str],
                                                                                monkeypatch: pytest.MonkeyPatch) -> None:
    import errno

    import transqa.cli as cli
    from transqa.atomic import write_error

    real = cli.write_text

    def full(path: str | Path, text: str, what: str = "output") -> None:
        if str(path).endswith("sum.html"):
            raise write_error(path, OSError(errno.ENOSPC, "No space left on device"))
        real(path, text, what)

    monkeypatch.setattr(cli, "write_text", full)
    (tmp_path / "arc").mkdir()
    (tmp_path / "arc" / "a.zh.md").write_text(_ZH, encoding="utf-8")
    (tmp_path / "s.sqlite").write_bytes(b"not a database, not at all" * 100)
    out = tmp_path / "o.jsonl"
    code = main(["audit", str(tmp_path / "arc"), "--store", str(tmp_path / "s.sqlite"), "-o", str(out), "--no-progress",
                 "--summary", str(tmp_path / "sum.html")])
    err = capsys.readouterr().err
    assert code == 2 and out.read_text(encoding="utf-8")
    assert "no space left on the device; the summary was not written (written: " in err and "o.jsonl)" in err
    assert "nothing was written" not in err and f"the result store {tmp_path / 's.sqlite'} cannot be used" in err
