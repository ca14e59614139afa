"""The HTML report in real headless Chromium (Debian's chromium, driven through Playwright)."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from tests.conftest import ROOT, ZUCK_EN, ZUCK_ZH, need_shared

from transqa.cli import main

ARTIFACTS = ROOT / "tests" / "artifacts"
CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
        "--disable-sync", "--no-first-run", "--disable-quic"]


@pytest.fixture(scope="module")
def browser():  # noqa: ANN201
    if CHROMIUM is None:
        pytest.skip("chromium is not installed (apt-get install chromium; .ci/run does it)")
    sync_api = pytest.importorskip("playwright.sync_api")
    with sync_api.sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        yield b
        b.close()


def _open(browser, path: Path, shot: str):  # noqa: ANN001, ANN202
    page = browser.new_page(viewport={"width": 1400, "height": 1000})
    problems: list[str] = []
    page.on("console", lambda m: problems.append(m.text) if m.type in ("error", "warning") else None)
    page.on("pageerror", lambda e: problems.append(str(e)))
    page.on("dialog", lambda d: (problems.append("dialog: " + d.message), d.dismiss()))
    page.on("request", lambda r: problems.append("network: " + r.url) if not r.url.startswith(("file:", "data:")) else None)
    page.goto(path.as_uri())
    page.wait_for_load_state("load")
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / shot), full_page=True)
    return page, problems


def test_seed_report_in_chromium(browser, tmp_path: Path) -> None:  # noqa: ANN001
    out = tmp_path / "seed.html"
    assert main(["check", "corpora/seed/alibaba-russia-mail-ru.zh.md", "--format", "html", "-o", str(out)]) == 1
    page, problems = _open(browser, out, "seed-report.png")
    assert problems == []
    items = page.locator("li.finding")
    assert items.count() == 8 and all(items.nth(i).is_visible() for i in range(8))
    assert page.locator("mark", has_text="pay TM").is_visible()
    assert "original was not available" in page.inner_text("main")
    # filters: hide the name category, then errors altogether
    page.locator("input[value=cat-name]").uncheck()
    assert page.inner_text("#shown") == "3"
    page.locator("input[value=sev-error]").uncheck()
    assert page.inner_text("#shown") == "0"
    page.close()


def test_zuckerberg_side_by_side_in_chromium(browser, tmp_path: Path) -> None:  # noqa: ANN001
    need_shared(ZUCK_EN, ZUCK_ZH)
    out = tmp_path / "zuck.html"
    main(["check", str(ZUCK_EN), str(ZUCK_ZH), "--format", "html", "-o", str(out)])
    page, problems = _open(browser, out, "zuckerberg-report.png")
    assert problems == []
    assert page.locator("table.pair tr").count() == 11  # header + 10 beads, all 1-1
    assert page.locator("td.en mark", has_text="come across this fascinating five-minute interview").is_visible()
    assert page.locator("td.zh mark", has_text="《T2》").is_visible()
    assert page.locator("li.finding").count() == 4
    page.close()


def test_article_html_is_shown_escaped_never_run(browser, tmp_path: Path) -> None:  # noqa: ANN001
    hostile = tmp_path / "hostile.zh.md"
    hostile.write_text(
        "# 标题 <script>window.pwned=1;alert(1)</script>\n\n"
        "据彭博 T2 报道，<img src=x onerror=\"window.pwned=2\"> 和 `<b>代码</b>` 都是文本。\n\n"
        "第二段 \"><script>window.pwned=3</script> 结束。\n",
        encoding="utf-8",
    )
    out = tmp_path / "hostile.html"
    main(["check", str(hostile), "--format", "html", "-o", str(out)])
    page, problems = _open(browser, out, "hostile-report.png")
    assert page.evaluate("window.pwned === undefined")
    assert not [p for p in problems if p.startswith("dialog")]
    text = page.inner_text("main")
    assert "<script>window.pwned=1;alert(1)</script>" in text or "window.pwned=1" in text
    assert page.locator("main script").count() == 0 and page.locator("main img").count() == 0
    page.close()


def test_audit_index_links_each_article(browser, tmp_path: Path) -> None:  # noqa: ANN001
    site = tmp_path / "site"
    main(["audit", str(ROOT / "corpora" / "samples"), "--store", str(tmp_path / "s.sqlite"), "-o", str(tmp_path / "o.jsonl"),
          "--no-progress", "--html-dir", str(site)])
    page, problems = _open(browser, site / "index.html", "audit-index.png")
    assert problems == [] and page.locator("a").count() == len(list((ROOT / "corpora" / "samples").glob("*.zh.md")))
    page.locator("a", has_text="solar-startup").click()
    page.wait_for_load_state("load")
    assert page.locator("li.finding").count() == 4
    page.close()
