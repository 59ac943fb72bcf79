"""The report in a real headless browser (the system's chromium driven by playwright; `make browser`).

The browser is $SURGERY_CHROMIUM, else ``chromium`` or ``chromium-browser`` on PATH. Skipped with the
reason when it or playwright is missing, unless SURGERY_REQUIRE_BROWSER=1 (CI), where a missing
browser is a failure. Never downloads a browser.
"""
from __future__ import annotations

import io
import os
import shutil
from pathlib import Path

import numpy as np
import pytest
from click.testing import CliRunner
from PIL import Image

from surgery.cli import cli
from test_report import make_run

_FOUND = os.environ.get("SURGERY_CHROMIUM") or shutil.which("chromium") or shutil.which("chromium-browser")
CHROMIUM = Path(_FOUND) if _FOUND else None
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync"]
REQUIRED = os.environ.get("SURGERY_REQUIRE_BROWSER") == "1"


def _unavailable() -> str | None:
    if CHROMIUM is None or not CHROMIUM.exists():
        return (f"no chromium (SURGERY_CHROMIUM={CHROMIUM} does not exist)" if CHROMIUM else
                "no chromium on PATH (install Debian's chromium, or set SURGERY_CHROMIUM)")
    try:
        import playwright.sync_api  # noqa: F401
    except ImportError:
        return "the playwright package is missing (pip install -e '.[dev]')"
    return None


@pytest.fixture(scope="module")
def browser_page(tmp_path_factory):
    reason = _unavailable()
    if reason:
        if REQUIRED:
            pytest.fail(f"SURGERY_REQUIRE_BROWSER=1 but {reason}")
        pytest.skip(reason)
    from playwright.sync_api import sync_playwright

    root = make_run(tmp_path_factory.mktemp("run"), extras=True)
    out = root / "report.html"
    result = CliRunner().invoke(cli, ["report", "--run", str(root), "--out", str(out), "--windows", "2"])
    assert result.exit_code == 0, result.output
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=str(CHROMIUM), args=ARGS)
        page = browser.new_page(viewport={"width": 1200, "height": 900})
        errors: list[str] = []
        page.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
        page.on("pageerror", lambda e: errors.append(str(e)))
        page.on("request", lambda r: errors.append(f"request {r.url}") if not r.url.startswith(("file:", "data:")) else None)
        page.goto(out.as_uri(), wait_until="load")
        yield page, errors, root
        browser.close()


def _png_pixels(png: bytes) -> np.ndarray:
    return np.asarray(Image.open(io.BytesIO(png)).convert("RGB"), dtype=np.float32)


def test_page_loads_without_errors_or_network(browser_page):
    page, errors, _ = browser_page
    assert page.title() == "head-surgery report: toy"
    assert errors == []


def test_grid_has_one_cell_per_head(browser_page):
    page, _, _ = browser_page
    assert page.locator("table.grid a.cell").count() == 6
    assert page.locator("section.head").count() == 6
    assert page.locator("section.head:visible").count() == 0  # collapsed until asked for


def test_clicking_a_cell_shows_that_head_with_token_labels(browser_page):
    page, errors, _ = browser_page
    page.click('a.cell[href="#L0H1"]')
    section = page.locator("section#L0H1")
    section.wait_for(state="visible")
    assert page.locator("section.head:visible").count() == 1
    assert section.locator("img.hm").count() == 4 and section.locator("img.hm").first.is_visible()
    labels = section.locator(".ylab").first.locator("div")
    assert labels.count() == 12 and labels.nth(0).inner_text() == "<s>"
    assert "return P.first(ctx)" in section.locator("pre.src").inner_text()
    assert page.evaluate("document.querySelectorAll('#L0H1 img.hm')[0].naturalWidth") == 12
    assert errors == []


def test_screenshot_is_not_blank(browser_page):
    page, _, root = browser_page
    page.click('a.cell[href="#L0H0"]')
    page.locator("section#L0H0 img.hm").first.scroll_into_view_if_needed()
    png = page.screenshot()
    (root / "screenshot.png").write_bytes(png)
    px = _png_pixels(png)
    assert px.shape[0] > 100 and px.shape[1] > 100
    assert px.std() > 10  # not a blank page: text, heatmaps and coloured cells
    assert len(np.unique(px.reshape(-1, 3), axis=0)) > 20
