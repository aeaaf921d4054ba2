"""The HTML report: rendered from hand-made findings so it is tested apart from the rules.

Unit tests parse the page with the standard library; the browser tests (tests/browser)
load it in headless Chromium.
"""
from __future__ import annotations

import io
import re
from html.parser import HTMLParser

import pytest

from claimcheck.findings import Finding, Fix, locate
from claimcheck.reporters import get_reporter
from claimcheck.reporters.html_report import split_blocks, wording_to_copy
from claimcheck.run import FileResult, InputError, RunResult
from claimcheck.sources import make_source

ARTICLE = """# Evening kava

Kava is a herb of the mint family from the Andes.
It is clinically proven to end anxiety.

- Take one cup before bed.
- It has no side effects at all.

Rest well.
"""


def finding(text, phrase, *, rule="efficacy/evidence-overstatement", category="efficacy", severity="warning",
            correction="Say what kind of evidence exists, e.g. 'Kava has been studied for anxiety.'",
            occurrence=0, fix=None, references=("https://www.nccih.nih.gov/health/kava",)):
    start = [m.start() for m in re.finditer(re.escape(phrase), text)][occurrence]
    return Finding(rule=rule, category=category, scope="sentence", severity=severity, subject="kava",
                   start=start, end=start + len(phrase), message=f"'{phrase}' is wrong for kava.",
                   correction=correction, fix=fix, references=list(references))


def document_finding(correction="Add: 'Kava has been linked to rare but severe liver injury.'"):
    return Finding(rule="safety/kava-liver", category="safety", scope="document", severity="error",
                   subject="kava", start=0, end=0, message="The article mentions kava but not its liver risk.",
                   correction=correction, references=["https://www.nccih.nih.gov/health/kava"])


def result_for(path, text, findings):
    source = make_source(text, path)
    return FileResult(source.path, source, locate(findings, source.path, text))


def demo_findings(text):
    return [
        finding(text, "herb of the mint family", rule="botanical/kava-family", category="botanical",
                severity="error", correction="Kava is a shrub of the pepper family (Piperaceae)."),
        finding(text, "from the Andes", rule="botanical/kava-origin", category="botanical", severity="error",
                correction="Kava comes from the Pacific Islands."),
        finding(text, "clinically proven", fix=Fix(0, 0, "studied for its potential")),
        finding(text, "no side effects", rule="safety/no-side-effects", category="safety", severity="error",
                correction="State the known risks instead, e.g. 'Kava can cause side effects.'"),
        document_finding(),
    ]


def render(run: RunResult) -> str:
    out = io.StringIO()
    get_reporter("html")(run, out)
    return out.getvalue()


class Page(HTMLParser):
    """Elements with their attributes, plus the text of each document body without
    its notes (the article's own text, as a reader sees it)."""

    VOID = {"meta", "input", "br", "hr", "img", "link"}

    def __init__(self, markup: str):
        super().__init__(convert_charrefs=True)
        self.elements: list[tuple[str, dict]] = []
        self.stack: list[tuple[str, dict]] = []
        self.bodies: list[str] = []
        self.scripts: list[str] = []
        self.feed(markup)

    def handle_starttag(self, tag, attrs):
        attributes = dict(attrs)
        self.elements.append((tag, attributes))
        if tag == "article":
            self.bodies.append("")
        if tag not in self.VOID:
            self.stack.append((tag, attributes))

    def handle_endtag(self, tag):
        while self.stack:
            if self.stack.pop()[0] == tag:
                break

    def handle_data(self, data):
        tags = [tag for tag, _ in self.stack]
        if tags and tags[-1] == "script":
            self.scripts.append(data)
        if "article" in tags and "aside" not in tags:
            self.bodies[-1] += data

    def find(self, tag, **attrs):
        return [a for t, a in self.elements if t == tag and all(a.get(k.replace("_", "-")) == v
                                                                  for k, v in attrs.items())]


def words(text: str) -> list[str]:
    return text.split()


@pytest.fixture
def demo_run():
    return RunResult(files=[result_for("kava.md", ARTICLE, demo_findings(ARTICLE))])


def test_every_sentence_finding_has_a_highlight_and_a_note(demo_run):
    page = Page(render(demo_run))
    inline = [f for f in demo_run.findings if f.scope == "sentence"]
    marks = page.find("mark")
    for number, item in enumerate(sorted(demo_run.findings, key=lambda f: f.start), 1):
        if item.scope != "sentence":
            continue
        anchor = f"f{number}"
        covering = [m for m in marks if anchor in m["data-findings"].split()]
        assert covering, f"no highlight for {item.rule}"
        assert item.category in covering[0]["data-categories"].split()
        note = page.find("div", id=f"note-{anchor}")
        assert note and note[0]["data-category"] == item.category
    assert len(page.find("div", **{"class": "note"})) == len(demo_run.findings)
    assert len(inline) == 4


def test_highlighted_text_is_the_finding_span(demo_run):
    markup = render(demo_run)
    for phrase in ("herb of the mint family", "clinically proven", "no side effects"):
        assert re.search(r"<mark [^>]*>" + re.escape(phrase) + "</mark>", markup), phrase


def test_note_shows_message_correction_copy_button_and_references(demo_run):
    markup = render(demo_run)
    page = Page(markup)
    assert "&#x27;clinically proven&#x27; is wrong for kava." in markup
    copies = [b["data-copy"] for b in page.find("button", **{"class": "copy"})]
    assert "studied for its potential" in copies          # a fix's replacement
    assert "Kava can cause side effects." in copies       # the example quoted in a correction
    assert "Kava is a shrub of the pepper family (Piperaceae)." in copies  # the correction itself
    links = page.find("a", href="https://www.nccih.nih.gov/health/kava")
    assert links and all(link["rel"] == "noopener noreferrer" for link in links)


def test_visible_text_is_the_article_text(demo_run):
    page = Page(render(demo_run))
    source = demo_run.files[0].source
    assert words(page.bodies[0]) == words(source.prose)


def test_headings_paragraphs_and_lists_are_kept(demo_run):
    markup = render(demo_run)
    assert re.search(r"<h2>Evening kava</h2>", markup)
    assert re.search(r"<ul><li>Take one cup before bed\.</li>\s*<li>It has <mark", markup)
    assert "<p>Rest well.</p>" in markup


def test_document_findings_are_a_banner_with_text_to_copy(demo_run):
    markup = render(demo_run)
    banner = re.search(r'<div class="banner".*?</div></div>', markup, re.S).group(0)
    assert "Missing safety language" in banner
    assert 'data-copy="Kava has been linked to rare but severe liver injury."' in banner
    assert markup.index('class="banner"') < markup.index('<article class="body">')


def test_summary_counts_categories_and_severities_with_filters(demo_run):
    page = Page(render(demo_run))
    filters = {box["data-filter"] for box in page.find("input")}
    assert filters == {"botanical", "efficacy", "safety"}
    rows = {a["data-category"] for a in page.find("tr") if "data-category" in a}
    assert rows == filters
    assert "5 findings" in render(demo_run)


def test_several_files_are_listed_and_linked_clean_ones_as_clean():
    run = RunResult(
        files=[result_for("a.md", ARTICLE, demo_findings(ARTICLE)),
               result_for("clean.md", "Chamomile tea is a pleasant evening drink.\n", []),
               result_for("b.txt", ARTICLE, [finding(ARTICLE, "clinically proven")])],
        errors=[InputError("missing.md", "No such file")])
    markup = render(run)
    page = Page(markup)
    assert page.find("a", href="#doc-1") and page.find("a", href="#doc-3")
    assert page.find("section", id="doc-1") and page.find("section", id="doc-3")
    assert not page.find("section", id="doc-2")
    assert re.search(r'<li class="clean"><span>clean\.md</span> <span class="count">clean</span>', markup)
    assert "missing.md" in markup and "No such file" in markup
    # numbering runs across files, so every anchor is unique
    ids = [a["id"] for _, a in page.elements if "id" in a]
    assert len(ids) == len(set(ids))


HOSTILE = """# <script>window.pwned = 1</script> kava

Kava <img src=x onerror="window.pwned = 2"> is clinically proven to work.
A "quoted" & 'single' <b>bold</b> claim, </textarea></mark></p> and ]]> end.
"""


@pytest.mark.parametrize("path", ["hostile.md", "hostile.txt", "hostile.html", "<img src=x onerror=alert(1)>.md"])
def test_hostile_article_text_is_escaped(path):
    findings = [finding(HOSTILE, "clinically proven",
                        correction="e.g. '<script>alert(1)</script>'",
                        references=["javascript:alert(1)", "https://example.org/?a=<b>&c=\"d\""])]
    findings[0].message = "<img src=x onerror=alert(2)>"
    run = RunResult(files=[result_for(path, HOSTILE, findings)])
    markup = render(run)
    page = Page(markup)
    assert not page.find("img")
    assert not [a for _, a in page.elements if any(name.startswith("on") for name in a)]
    assert len(page.find("script")) == 1 and "pwned" not in "".join(page.scripts)
    assert "alert" not in "".join(page.scripts)
    assert not page.find("a", href="javascript:alert(1)")
    assert words(page.bodies[0]) == words(run.files[0].source.prose)
    if path.endswith(".txt"):  # plain text shows the markup as written, as text
        assert "&lt;script&gt;window.pwned = 1&lt;/script&gt;" in markup
        assert "&lt;img src=x onerror=&quot;window.pwned = 2&quot;&gt;" in markup


def test_page_loads_nothing_from_the_network(demo_run):
    markup = render(demo_run)
    page = Page(markup)
    csp = page.find("meta", **{"http-equiv": "Content-Security-Policy"})
    assert csp and "default-src 'none'" in csp[0]["content"]
    for tag, attrs in page.elements:
        for name in ("src", "srcset", "data", "poster", "action"):
            assert name not in attrs, (tag, attrs)
        if tag == "link":
            raise AssertionError("no <link> elements: stylesheets and icons are inline or absent")
        if "href" in attrs and tag != "a":
            raise AssertionError((tag, attrs))
        if tag == "a":
            assert attrs["href"].startswith(("#", "https://", "http://"))
    assert not re.search(r"url\(|@import|@font-face", markup)


def test_overlapping_findings_split_without_losing_or_repeating_text():
    text = "Kava is clinically proven safe for everyone.\n"
    findings = [finding(text, "clinically proven safe"),
                finding(text, "proven safe for everyone", rule="safety/risk-free", category="safety"),
                finding(text, "safe", rule="safety/x", category="safety")]
    run = RunResult(files=[result_for("o.md", text, findings)])
    page = Page(render(run))
    assert words(page.bodies[0]) == words(text)
    assert "".join(page.bodies[0].split()) == "".join(text.split())
    marks = page.find("mark")
    assert [m["data-findings"] for m in marks] == ["f1", "f1 f2", "f3 f1 f2", "f2"]
    assert marks[2]["data-active"] == "safety"  # the narrowest span's colour


def test_findings_in_html_sources_are_placed_on_visible_text():
    text = ("<html><head><title>Kava</title></head><body><h1>Kava &amp; sleep</h1>\n"
            "<p>Kava is clinically\nproven to help.</p><ul><li>No side effects.</li></ul></body></html>")
    findings = [finding(text, "clinically\nproven"), finding(text, "No side effects", category="safety")]
    run = RunResult(files=[result_for("page.html", text, findings)])
    markup = render(run)
    page = Page(markup)
    assert re.search(r"<h2>Kava &amp;\s+sleep</h2>", markup)
    assert "<li><mark" in markup
    assert words(page.bodies[0]) == words(run.files[0].source.prose)
    assert len(page.find("mark")) == 2


def test_blocks_follow_markdown_structure():
    source = make_source("# Title\nFirst line.\n\n1. one\n2. two\n\n> quote\n\nSetext\n---\nBody.\n", "x.md")
    kinds = [(b.kind, source.prose[b.start:b.end]) for b in split_blocks(source.text, source.prose, "markdown")]
    assert kinds == [("h2", "Title"), ("p", "First line."), ("oli", "one"), ("oli", "two"),
                     ("quote", "quote"), ("h3", "Setext"), ("p", "Body.")]


def test_wording_to_copy_prefers_fix_then_quoted_example():
    text = "Kava is clinically proven."
    assert wording_to_copy(finding(text, "clinically proven", fix=Fix(0, 1, "studied"))) == "studied"
    assert wording_to_copy(finding(text, "clinically proven",
                                   correction="Warn, e.g. 'Don't mix kava with alcohol.'")) == \
        "Don't mix kava with alcohol."
    assert wording_to_copy(document_finding("Add: Kava can harm the liver.")) == "Kava can harm the liver."


def test_cli_writes_the_html_report(tmp_path):
    pytest.importorskip("claimcheck.engine")
    from typer.testing import CliRunner

    from claimcheck.cli import app

    try:
        from claimcheck.engine import Checker

        Checker()
    except Exception as error:  # the knowledge base may not be in this checkout yet
        pytest.skip(f"engine cannot load: {error}")
    article = tmp_path / "a.md"
    article.write_text("Kava is clinically proven to cure anxiety and has no side effects.\n")
    clean = tmp_path / "clean.md"
    clean.write_text("Chamomile is a pleasant evening tea.\n")
    output = tmp_path / "report.html"
    result = CliRunner().invoke(app, ["--format", "html", "--output", str(output), str(article), str(clean)])
    assert result.exit_code in (0, 1), result.output
    markup = output.read_text()
    assert markup.startswith("<!DOCTYPE html>") and "<mark" in markup and 'class="clean"' in markup


def test_a_span_over_two_blocks_is_marked_in_both_with_one_badge_and_one_note():
    text = "First paragraph ends here.\n\nSecond one starts here.\n"
    spanning = finding(text, "ends here.\n\nSecond one")
    empty = finding(text, "Second")
    empty.end = empty.start
    masked = finding(text, "\n\n")  # only blank text: listed above the document, not lost
    run = RunResult(files=[result_for("s.md", text, [spanning, empty, masked])])
    markup = render(run)
    page = Page(markup)
    assert [m["data-findings"] for m in page.find("mark")] == ["f1", "f1"]
    # numbered by start: f1 spanning, f2 the blank span, f3 the empty span at "Second"
    assert [a["id"] for a in page.find("a", **{"class": "badge"})] == ["f3", "f1"]
    outside = markup[markup.index("Findings outside the visible text"):markup.index('<article')]
    assert 'id="note-f2"' in outside and len(page.find("div", **{"class": "note"})) == 3
    assert words(page.bodies[0]) == words(text)
    ids = [a["id"] for _, a in page.elements if "id" in a]
    assert len(ids) == len(set(ids))
