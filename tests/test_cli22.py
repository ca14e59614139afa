"""Release twenty-two, command line: --statistics honours -o; a Japanese or Korean translation is refused unless
--force-chinese; the HTML report marks the source side; number suggestions keep the source's digits."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from transqa.cli import main

S = str(Path(__file__).resolve().parents[1] / "corpora" / "samples") + "/"


@pytest.mark.parametrize("name", ["stats.txt", "stats.json"])
def test_statistics_goes_to_the_output_file(tmp_path: Path, capsys: pytest.CaptureFixture[str], name: str) -> None:
    assert main(["check", S + "solar-startup.en.md", S + "solar-startup.zh.md", "--statistics"]) == 1
    shown = capsys.readouterr().out
    out = tmp_path / name
    assert main(["check", S + "solar-startup.en.md", S + "solar-startup.zh.md", "--statistics", "-o", str(out)]) == 1
    captured = capsys.readouterr()
    assert captured.out == ""
    if name.endswith(".json"):  # release 23: JSON, as the extension says (it was the tab-separated text)
        rows = [line.split("\t") for line in shown.splitlines()]
        assert json.loads(out.read_text(encoding="utf-8")) == [
            {"count": int(n), "code": c, "name": r, "severity": sev.strip("[]")} for n, c, r, sev in rows]
    else:
        assert out.read_text(encoding="utf-8") == shown != ""
    assert f"wrote the statistics report to {out}" in captured.err



def test_statistics_of_a_clean_pair_replace_an_older_output_file(tmp_path: Path) -> None:
    # review 22: no findings gave no counts and left FILE as it was (the counts of an earlier run), silently
    en, zh = tmp_path / "a.en.md", tmp_path / "a.zh.md"
    en.write_text("# Solar start-up raises money\n\nThe company said on Tuesday that it had raised money.\n", encoding="utf-8")
    zh.write_text("# 太阳能初创企业融资\n\n该公司周二表示，已经完成融资。\n", encoding="utf-8")
    out = tmp_path / "stats.txt"
    out.write_text("1 TQA201 number-changed\n", encoding="utf-8")
    assert main(["check", str(en), str(zh), "--statistics", "-o", str(out)]) == 0
    assert out.read_text(encoding="utf-8") == "0 findings\n"  # said, not empty (release 41, mend item 4)

JAPANESE = ("# ソーラー新興企業が資金を調達\n\n東京に本社を置く新興企業は、太陽光パネルの新しい製造方法を開発したと発表した。"
            "同社によると、生産コストは従来の半分になるという。\n")
KOREAN = "# 태양광 스타트업, 투자 유치\n\n서울에 본사를 둔 이 스타트업은 새로운 태양광 패널 제조 방법을 개발했다고 밝혔다.\n"
CHINESE_WITH_KANA = ("# 任天堂发布新游戏\n\n任天堂周二表示，其新游戏《ポケモン》将于下月在中国上市，"
                     "公司预计这款游戏的销量将超过前作，并计划在明年推出更多语言版本。\n")


@pytest.mark.parametrize(("text", "language"), [(JAPANESE, "Japanese"), (KOREAN, "Korean")], ids=["ja", "ko"])
def test_check_refuses_a_japanese_or_korean_translation(tmp_path: Path, capsys: pytest.CaptureFixture[str],
                                                        text: str, language: str) -> None:
    target = tmp_path / "t.zh.md"
    target.write_text(text, encoding="utf-8")
    assert main(["check", str(target)]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and f"looks like {language}, not Chinese" in err and "--force-chinese" in err
    main(["check", str(target), "--force-chinese"])  # checked as Chinese
    assert "looks like" not in capsys.readouterr().err


def test_a_chinese_translation_quoting_a_kana_title_is_checked(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    target = tmp_path / "t.zh.md"
    target.write_text(CHINESE_WITH_KANA, encoding="utf-8")
    assert main(["check", str(target)]) in (0, 1)
    assert "looks like" not in capsys.readouterr().err


def test_audit_reports_a_japanese_translation_as_an_error_entry(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    import json

    folder = tmp_path / "zh"
    folder.mkdir()
    (folder / "ja.md").write_text(JAPANESE, encoding="utf-8")
    (folder / "zh.md").write_text(CHINESE_WITH_KANA, encoding="utf-8")
    base = ["audit", str(folder), "--jobs", "1", "--no-cache", "-q", "--store", str(tmp_path / "s.sqlite")]
    main([*base, "-o", str(tmp_path / "r.jsonl")])
    records = {Path(r["target"]).name: r for r in map(json.loads, (tmp_path / "r.jsonl").read_text().splitlines())}
    assert records["ja.md"]["error"]["kind"] == "wrong-language" and "looks like Japanese" in records["ja.md"]["error"]["message"]
    assert records["zh.md"]["error"] is None
    assert main([*base, "-o", str(tmp_path / "f.jsonl"), "--force-chinese"]) in (0, 1)
    assert all(json.loads(line)["error"] is None for line in (tmp_path / "f.jsonl").read_text().splitlines())


def _worker_in_a_pool(stopping: object, ready: object) -> None:
    import time

    from transqa.audit import worker

    worker.ignore_interrupt(True, stopping)
    ready.set()  # type: ignore[attr-defined]
    with worker._STATE:
        worker._BUSY = True  # as while it checks an article
    while True:
        time.sleep(1)


@pytest.mark.skipif(not Path("/proc/self/status").exists(), reason="Linux /proc")
def test_a_worker_whose_stop_merged_into_the_groups_sigterm_ends_with_the_parents_flag() -> None:
    # GNU `timeout` (or `kill -TERM -PGID`) signals the group while the parent terminates its pool: the pool's own
    # SIGTERM to a worker merged into the group's one still pending there, and the worker, having taken only a
    # SIGTERM from someone else, waited for the parent's for ever (pool.join() with it: a hang, 1 full-suite run in 4)
    import multiprocessing
    import signal

    from tests.helpers import sigterm_taken

    ctx = multiprocessing.get_context("fork")
    stopping, ready = ctx.RawValue("b", 0), ctx.Event()
    proc = ctx.Process(target=_worker_in_a_pool, args=(stopping, ready), daemon=True)
    proc.start()
    try:
        assert ready.wait(60)
        sigterm_taken(proc.pid, proc.is_alive)  # from another process, as the group's; until its thread took it
        assert proc.is_alive()  # not the parent's stop: it waits (an idle worker must not die holding the queue's lock)
        stopping.value = 1  # the parent terminates the pool; its own SIGTERM was lost in the merge
        proc.join(60)
        assert proc.exitcode == 128 + signal.SIGTERM
    finally:
        if proc.is_alive():
            proc.kill()


@pytest.mark.parametrize(("en", "zh", "want"), [
    ("$12,345,678,901,234,567,891", "12345678901234567 亿美元", "123456789012.34567891 亿美元"),  # 20 digits: a float keeps 17
    ("$2.4719 billion", "2471.9 亿美元", "24.719 亿美元"),
    ("12.3456789 million people", "12.3456789 亿人", "1234.56789 万"),  # was rounded to 4 places: 1234.5679 万
    ("99.123456 percent", "89.123456%", "99.123456%"),  # was 6 significant digits: 99.1235%
], ids=["20-digits", "billion", "million", "percent"])
def test_a_number_suggestion_keeps_the_source_digits(en: str, zh: str, want: str) -> None:
    from tests.helpers import findings

    got = [f for f in findings(f"# Test\n\nThe firm reported {en} on Monday.\n", f"# 测试\n\n该公司周一报告了 {zh}。\n")
           if f.code.startswith("TQA2") and f.suggestion]
    assert [f.suggestion for f in got] == [want], [(f.code, f.message, f.suggestion) for f in got]


PAIR_EN = ("# Solar startup raises money\n\nThe startup said on Monday that it raised $20 million from investors.\n\n"
           "The company plans to build three new factories in Texas next year.\n\n"
           "Its chief executive said demand for panels has never been stronger.\n")
PAIR_ZH = ("# 太阳能初创公司融资\n\n这家初创公司周一表示，已从投资者处筹集了 2000 万美元。\n\n"
           "Its chief executive said demand for panels has never been stronger.\n")


def test_the_html_report_marks_every_source_place_on_the_english_side() -> None:
    # TQA001 (a paragraph omitted) and TQA401 (a paragraph left in English) were marked on the Chinese side only:
    # a place covering (nearly) the whole English paragraph was listed, never marked, so the English reader of a
    # row of two paragraphs could not tell which one had no translation
    import re

    from transqa.engine import check_documents
    from transqa.load import parse
    from transqa.load.markdown import parse_markdown
    from transqa.report.html import render_html

    r = check_documents(parse("en.md", PAIR_EN), parse_markdown("zh.md", PAIR_ZH))
    page = render_html([r])
    english = "".join(re.findall(r'<td class="en">(.*?)</td>', page, flags=re.S))
    placed = [(n, f.code) for n, f in enumerate(r.findings, start=1) if f.source is not None]
    assert {"TQA001", "TQA401"} <= {code for _n, code in placed}
    for n, code in placed:
        assert f'data-f="{n}"' in english, code
    omitted = re.search(r'<mark class="sev-error whole"[^>]*>(.*?)</mark>', english)
    assert omitted is not None and omitted.group(1) == "The company plans to build three new factories in Texas next year."


def test_a_slip_of_a_pinyin_name_outside_the_common_surnames_is_found_with_the_original() -> None:
    # 习 left SURNAMES (the census's hundred commonest surnames; it changed none of the development splits' findings):
    # without the original a window starting with it is no name now, with it the English `Xi Jinping` makes it one
    from tests.helpers import findings

    from transqa.checks.transliteration.homophones import SURNAMES

    en = "# Talks\n\nXi Jinping met the delegation on Monday.\n\nXi Jinping said trade matters.\n\nXi Jinping left on Tuesday.\n"
    zh = "# 会谈\n\n习近平周一会见了代表团。\n\n习近平说贸易很重要。\n\n习进平周二离开。\n"
    assert "习" not in SURNAMES
    assert [f.target.text for f in findings(en, zh) if f.code == "TQA310" and f.target] == ["习进平"]
    assert not [f for f in findings(None, zh) if f.code == "TQA310"]


def test_a_stop_while_a_result_is_stored_terminates_the_pool_there(tmp_path: Path) -> None:
    # a stop raised in the audit loop's own body (storing a result, the progress bar), not inside the executor's
    # generator: the pool is terminated there and then, with the garbage collector off (a guard: the loop closes the
    # executor's generator explicitly; before, reference counting did, which a reference cycle would defer)
    import gc
    import multiprocessing

    from transqa.audit.discover import from_paths
    from transqa.audit.run import run_audit

    folder = tmp_path / "zh"
    folder.mkdir()
    seed = (Path(S) / "solar-startup.zh.md").read_bytes()
    for i in range(6):
        (folder / f"a{i}.zh.md").write_bytes(seed)
    jobs = from_paths([str(folder)], None, None, None)

    def stop(_n: int, _checked: bool) -> None:
        raise KeyboardInterrupt

    gc.disable()  # only an explicit close may end the pool here
    try:
        results = run_audit(jobs, None, workers=2, progress=stop)
        with pytest.raises(KeyboardInterrupt):
            list(results)
        assert multiprocessing.active_children() == []
    finally:
        gc.enable()
