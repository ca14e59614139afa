"""Release twenty-two, command line: --statistics honours -o; a Japanese or Korean translation is refused unless
--force-chinese; the HTML report marks the source side; number suggestions keep the source's digits."""

from __future__ import annotations

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
    assert out.read_text(encoding="utf-8") == shown != ""
    assert f"wrote the statistics report to {out}" in captured.err


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
    main(["check", str(target), "--force-chinese"])  # checked as Chinese (hangul alone: "holds no Chinese text")
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
