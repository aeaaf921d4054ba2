"""The HTML report in a real browser: headless Chromium driven over the DevTools Protocol.

Skipped when Chromium or websocket-client is missing (scripts/install-test-deps.sh
installs Chromium; CI runs it).
"""
from __future__ import annotations

import io
import json
from pathlib import Path

import pytest

from claimcheck.findings import Finding, locate
from claimcheck.reporters import get_reporter
from claimcheck.run import FileResult, RunResult
from claimcheck.sources import make_source

pytest.importorskip("websocket", reason="websocket-client is not installed (pip install -e '.[test]')")
from chromium import Browser, find_browser  # noqa: E402  (tests/browser is on sys.path)

BROWSER = find_browser()
pytestmark = pytest.mark.skipif(BROWSER is None, reason="chromium is not installed (scripts/install-test-deps.sh)")

ARTICLE = """# Kava at night

Kava is a herb of the mint family, and it is clinically proven to end anxiety.

- It has no side effects.
- Natural means completely safe.

Sleep well.
"""

HOSTILE = """Kava <img src=x onerror="window.pwned = 1"> is clinically proven to work.
<script>window.pwned = 2</script> Nothing else <iframe src="https://example.org/"></iframe> here.
"""


def _finding(text, phrase, category, rule, scope="sentence"):
    start = text.index(phrase) if scope == "sentence" else 0
    end = start + len(phrase) if scope == "sentence" else 0
    return Finding(rule=rule, category=category, scope=scope, severity="warning", subject="kava", start=start,
                   end=end, message=f"Problem with '{phrase}'.", correction=f"e.g. 'Better than {phrase}.'",
                   references=["https://www.nccih.nih.gov/health/kava"])


def _write(tmp_path: Path, name: str, files: list[tuple[str, str, list]]) -> Path:
    results = []
    for path, text, findings in files:
        source = make_source(text, path)
        results.append(FileResult(path, source, locate(findings, path, text)))
    out = io.StringIO()
    get_reporter("html")(RunResult(files=results), out)
    target = tmp_path / name
    target.write_text(out.getvalue(), encoding="utf-8")
    return target


@pytest.fixture(scope="module")
def browser():
    with Browser(BROWSER) as running:
        yield running


@pytest.fixture
def report(tmp_path):
    findings = [
        _finding(ARTICLE, "herb of the mint family", "botanical", "botanical/kava-family"),
        _finding(ARTICLE, "clinically proven", "efficacy", "efficacy/evidence-overstatement"),
        _finding(ARTICLE, "clinically proven to end anxiety", "efficacy", "efficacy/disease-treatment"),
        _finding(ARTICLE, "no side effects", "safety", "safety/no-side-effects"),
        _finding(ARTICLE, "Natural means completely safe", "safety", "safety/natural-means-safe"),
        _finding(ARTICLE, "", "safety", "safety/kava-liver", scope="document"),
    ]
    return _write(tmp_path, "report.html", [("night.md", ARTICLE, findings), ("clean.md", "Tea is nice.\n", [])])


def _state(page) -> dict:
    """Which findings are highlighted and which notes are shown, as the reader sees them."""
    return page.evaluate("""(() => {
      const painted = m => getComputedStyle(m).backgroundColor !== 'rgba(0, 0, 0, 0)';
      const shown = e => e.getClientRects().length > 0;
      const out = {highlighted: {}, notes: {}};
      document.querySelectorAll('mark[data-findings]').forEach(m => {
        m.dataset.findings.split(' ').forEach(id => {
          out.highlighted[id] = (out.highlighted[id] || false) || painted(m);
        });
      });
      document.querySelectorAll('.note').forEach(n => { out.notes[n.dataset.finding] = shown(n); });
      return out;
    })()""")


def test_every_finding_is_highlighted_with_its_note(browser, report):
    page = browser.open(report.as_uri())
    assert page.evaluate("document.documentElement.dataset.ready") == "1"
    state = _state(page)
    assert state["highlighted"] == {"f2": True, "f3": True, "f4": True, "f5": True, "f6": True}
    assert state["notes"] == {f"f{n}": True for n in range(1, 7)}
    # every note is tied to its highlight by the numbered badge after the span
    assert page.evaluate("[...document.querySelectorAll('.badge')].map(b => b.dataset.finding).sort().join()") == \
        "f2,f3,f4,f5,f6"
    banner = page.evaluate("document.querySelector('.banner').innerText")
    assert "Missing safety language" in banner and "Copy" in banner
    assert page.evaluate("document.querySelector('nav.files .clean').innerText").startswith("clean.md")
    assert page.problems() == []


def test_visible_article_text_is_the_source_text(browser, report):
    page = browser.open(report.as_uri())
    text = page.evaluate("""(() => {
      const body = document.querySelector('article.body').cloneNode(true);
      body.querySelectorAll('aside').forEach(a => a.remove());
      return body.textContent;
    })()""")
    assert text.split() == make_source(ARTICLE, "night.md").prose.split()


def test_category_filter_hides_and_shows_highlights(browser, report):
    page = browser.open(report.as_uri())
    page.evaluate("document.querySelector('input[data-filter=efficacy]').click()")
    state = _state(page)
    assert state["highlighted"]["f3"] is False and state["highlighted"]["f4"] is False
    assert state["highlighted"]["f2"] is True and state["highlighted"]["f5"] is True
    assert state["notes"]["f3"] is False and state["notes"]["f2"] is True
    assert page.evaluate("location.hash") == "#hide=efficacy"
    page.evaluate("document.querySelector('input[data-filter=efficacy]').click()")
    state = _state(page)
    assert all(state["highlighted"].values()) and all(state["notes"].values())


def test_hash_presets_the_filter(browser, report):
    page = browser.open(report.as_uri() + "#hide=safety,botanical")
    state = _state(page)
    assert state["highlighted"] == {"f2": False, "f3": True, "f4": True, "f5": False, "f6": False}
    assert page.evaluate("document.querySelector('.banner').hidden") is True
    assert page.evaluate("document.querySelector('input[data-filter=safety]').checked") is False


def test_copy_button_copies_the_corrected_wording(browser, report):
    page = browser.open(report.as_uri())
    copied = page.evaluate("""(async () => {
      let captured = null;
      const button = document.querySelector('#note-f2 button.copy');
      if (navigator.clipboard) navigator.clipboard.writeText = async t => { captured = t; };
      document.execCommand = () => { captured = document.activeElement.value; return true; };
      button.click();
      await new Promise(r => setTimeout(r, 50));
      return [captured, button.textContent];
    })()""")
    assert copied == ["Better than herb of the mint family.", "Copied"]


def test_no_request_leaves_the_page(browser, report):
    page = browser.open(report.as_uri())
    page.evaluate("document.querySelectorAll('input[data-filter]').forEach(b => b.click())")
    assert page.requests() == [report.as_uri()]
    assert page.problems() == []


def test_hostile_article_is_shown_never_run(browser, tmp_path):
    findings = [_finding(HOSTILE, "clinically proven", "efficacy", "efficacy/evidence-overstatement")]
    report = _write(tmp_path, "hostile.html", [("hostile.txt", HOSTILE, findings)])
    page = browser.open(report.as_uri())
    assert page.evaluate("typeof window.pwned") == "undefined"
    assert page.evaluate("document.querySelectorAll('article img, article script, article iframe').length") == 0
    body = page.evaluate("document.querySelector('article.body').innerText")
    assert '<img src=x onerror="window.pwned = 1">' in body and "<script>window.pwned = 2</script>" in body
    assert page.requests() == [report.as_uri()]
    assert page.problems() == [], json.dumps(page.events)[:2000]


def test_dark_mode_and_print_stay_readable(browser, report):
    page = browser.open(report.as_uri())
    page.call("Emulation.setEmulatedMedia", {"features": [{"name": "prefers-color-scheme", "value": "dark"}]})
    dark = page.evaluate("""(() => {
      const luminance = c => { const [r, g, b] = c.match(/\\d+/g).map(Number); return (r + g + b) / 3; };
      const body = getComputedStyle(document.body);
      return [luminance(body.backgroundColor), luminance(body.color)];
    })()""")
    assert dark[0] < 60 and dark[1] > 180
    page.call("Emulation.setEmulatedMedia", {"media": "print", "features": []})
    printed = page.evaluate("""(() => {
      const note = document.querySelector('.notes');
      const mark = document.querySelector('mark[data-active=botanical]');
      return [getComputedStyle(note).float, getComputedStyle(document.querySelector('button.copy')).display,
              getComputedStyle(mark).backgroundColor !== 'rgba(0, 0, 0, 0)',
              getComputedStyle(document.body).backgroundColor];
    })()""")
    assert printed == ["none", "none", True, "rgb(255, 255, 255)"]
