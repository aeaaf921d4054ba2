"""Properties that hold for any input: checking never raises, every finding points at the
text it quotes, output does not depend on luck, and fixes neither collide nor run away.

Inputs are arbitrary Unicode and generated plain text, Markdown and HTML mixing wellness
claims with the characters that break offset arithmetic (combining marks, emoji and ZWJ
sequences, right-to-left script, CRLF, lone CR, tabs, zero-width characters, long lines).
The number of examples comes from the hypothesis profile chosen in conftest.py.
"""
from __future__ import annotations

import json
import os
import re
import subprocess
import sys
import tempfile
from pathlib import Path

from cli_support import invoke
from hypothesis import example, given
from hypothesis import strategies as st

from claimcheck.fixes import apply_fixes, fix_source, select_fixes
from claimcheck.sources import make_source

CLAIMS = [
    "Kava is a mushroom.", "kava mushroom", "Our kava is clinically proven to cure anxiety.",
    "Kratom has no side effects.", "Kratom is derived from the kava drink.", "Turmeric cures arthritis.",
    "Ashwagandha is a seaweed from Peru.", "Take kratom with alcohol for a stronger effect.",
    "St. John's wort is completely safe.", "Reishi is a flowering plant.", "backed by science",
    "non-addictive", "Studies suggest chamomile may help sleep.", "No study shows kava cures anything.",
    "Kava can cause liver injury.", "CBD", "kratom", "kava", "Kava is in the mint family.",
    "Kava leaves make the drink.", "Turmeric, a mushroom, is in the mint family.",
]
AWKWARD = [
    "e\u0301", "\u0301", "\U0001F33F", "\U0001F469\u200D\U0001F52C", "\U0001F1EB\U0001F1EF",
    "\u05E9\u05DC\u05D5\u05DD", "\u0643\u0627\u0641\u0627", "\u200F", "\u202E", "\u200B", "\u200D",
    "\uFEFF", "\u00A0", "\u2028", "\u2029", "\r\n", "\r", "\n", "\n\n", "\t", " ", ". ", "! ", "? ",
    "\u2026", "\u201Cquoted\u201D", "(", ")", "\u00AD", "\U00010348", "\x00", "\x0b", "\x0c", "\x85",
]
MARKDOWN = [
    "# ", "## ", "- ", "* ", "1. ", "> ", "`", "```\n", "~~~\n", "[", "](http://example.com)", "![alt](x.png)",
    "**", "_", "~~", "|", "| --- |", "---\n", "<b>", "</b>", "<!-- ", " -->", "&amp;", "&#8217;", "\\",
    "    ", "[ ] ", "[x] ", "<https://example.com>", "===\n", "+++\n",
]
HTML = [
    "<p>", "</p>", "<li>", "</li>", "<ul>", "<br>", "<br/>", "<h1>", "</h1>", "<script>", "</script>",
    "<style>", "</style>", "<!-- ", " -->", "&amp;", "&nbsp;", "&#8217;", "&#x1F33F;", "&bogus;",
    "<a href='x'>", "</a>", "<title>", "</title>", "<![CDATA[", "]]>", "<", ">", "<pre>", "</pre>",
    "<td>", "</td>", "<div dir='rtl'>", "</div>",
]


def documents(markup: list[str]) -> st.SearchStrategy[str]:
    pieces = st.one_of(
        st.sampled_from(CLAIMS), st.sampled_from(CLAIMS), st.sampled_from(CLAIMS),
        st.sampled_from(AWKWARD), st.sampled_from(markup or AWKWARD),
        st.text(max_size=12),
        st.builds(lambda word, n: (word + " ") * n, st.sampled_from(["kava", "a", "cure", "x"]),
                  st.integers(100, 1500)),  # a very long line
    )
    return st.lists(pieces, max_size=25).map("".join)


ANY_DOCUMENT = st.one_of(
    st.tuples(st.text(), st.sampled_from(["text", "markdown", "html"])),
    st.tuples(documents([]), st.just("text")),
    st.tuples(documents(MARKDOWN), st.just("markdown")),
    st.tuples(documents(HTML), st.just("html")),
)

LINE_BREAK = re.compile(r"\r\n|\r|\n")


def expected_position(text: str, offset: int) -> tuple[int, int]:
    """1-based line and column, counting CRLF, lone CR and LF each as one line break."""
    line_start, line = 0, 1
    for found in LINE_BREAK.finditer(text):
        if found.end() > offset:
            break
        line_start, line = found.end(), line + 1
    return line, offset - line_start + 1


def assert_findings_point_into(text: str, findings) -> None:
    for finding in findings:
        assert 0 <= finding.start <= finding.end <= len(text), finding
        assert finding.text == text[finding.start:finding.end]
        assert (finding.line, finding.column) == expected_position(text, finding.start)
        assert (finding.end_line, finding.end_column) == expected_position(text, finding.end)
        if finding.fix is not None:
            assert 0 <= finding.fix.start <= finding.fix.end <= len(text), finding.fix
    assert [f.sort_key for f in findings] == sorted(f.sort_key for f in findings)


@given(ANY_DOCUMENT)
@example(("\x0b<p>Kava is a mushroom.", "html"))  # a vertical tab once crashed line segmentation
def test_checking_never_raises_and_every_finding_quotes_its_text(checker, document):
    text, format = document
    findings = checker.check_source(make_source(text, "doc", format))
    assert_findings_point_into(text, findings)


@given(ANY_DOCUMENT)
def test_checking_twice_gives_the_same_report(checker, document):
    text, format = document
    first = [f.to_dict() for f in checker.check_source(make_source(text, "doc", format))]
    second = [f.to_dict() for f in checker.check_source(make_source(text, "doc", format))]
    assert first == second


@given(ANY_DOCUMENT, st.booleans())
def test_chosen_fixes_never_overlap_and_stay_in_range(checker, document, unsafe):
    text, format = document
    findings = checker.check_source(make_source(text, "doc", format))
    fixes = select_fixes(findings, unsafe=unsafe, text=text)
    for fix in fixes:
        assert 0 <= fix.start <= fix.end <= len(text)
        assert text[fix.start:fix.end] != fix.replacement
    for before, after in zip(fixes, fixes[1:]):
        assert before.end <= after.start and before.start != after.start
    # Applying them changes the text exactly where they say, nowhere else.
    fixed = apply_fixes(text, fixes)
    assert len(fixed) == len(text) + sum(len(f.replacement) - (f.end - f.start) for f in fixes)
    if fixes:
        assert fixed[:fixes[0].start] == text[:fixes[0].start]
        tail = len(text) - fixes[-1].end
        assert fixed[len(fixed) - tail:] == text[fixes[-1].end:]


@given(ANY_DOCUMENT, st.booleans())
def test_fixing_then_rechecking_converges(checker, document, unsafe):
    text, format = document
    source = make_source(text, "doc", format)
    outcome = fix_source(source, checker.check_source(source), checker.check_source, unsafe=unsafe)
    # What remains is reported against the fixed text, exactly as a fresh check would.
    fresh = checker.check_source(outcome.source)
    assert [f.to_dict() for f in outcome.findings] == [f.to_dict() for f in fresh]
    assert_findings_point_into(outcome.source.text, outcome.findings)
    # A fixed text has nothing left to fix, so fixing it again changes nothing.
    again = fix_source(outcome.source, fresh, checker.check_source, unsafe=unsafe)
    assert again.source.text == outcome.source.text and again.fixed == 0


# ------------------------------------------------------------ through the command line

FILE_DOCUMENT = st.one_of(
    st.tuples(documents(MARKDOWN), st.just(".md")),
    st.tuples(documents(HTML), st.just(".html")),
    st.tuples(documents([]), st.just(".txt")),
).map(lambda document: without_nul(document))


def _check_file_through_cli(text: str, suffix: str, *extra: str):
    """The JSON run's result and the file's text afterwards."""
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / f"article{suffix}"
        path.write_bytes(text.encode("utf-8"))
        result = invoke("--isolated", "--no-cache", "--format", "json", *extra, path)
        after = path.read_bytes().decode("utf-8")
    return result, after


def without_nul(document):
    # A NUL byte makes a file binary, which is refused (tested in test_robustness.py).
    text, suffix = document
    return text.replace("\x00", ""), suffix


@given(FILE_DOCUMENT)
@example(("\ufeffKava is a mushroom.", ".md"))
def test_the_json_report_quotes_the_file_exactly(document):
    text, suffix = document
    result, _ = _check_file_through_cli(text, suffix)
    assert result.exit_code in (0, 1), result.output
    if text.startswith("\ufeff"):
        text = text[1:]  # a byte-order mark: not part of the text, offsets start after it
    for finding in json.loads(result.stdout)["findings"]:
        assert finding["text"] == text[finding["start"]:finding["end"]]
        assert (finding["line"], finding["column"]) == expected_position(text, finding["start"])


@given(FILE_DOCUMENT)
def test_fix_on_disk_converges_and_keeps_line_endings(document):
    text, suffix = document
    result, after = _check_file_through_cli(text, suffix, "--fix", "--unsafe-fixes")
    assert result.exit_code in (0, 1), result.output
    assert after.count("\r\n") == text.count("\r\n")
    rerun, again = _check_file_through_cli(after, suffix, "--fix", "--unsafe-fixes")
    assert again == after  # nothing left to fix
    assert rerun.exit_code == result.exit_code


def test_reports_do_not_depend_on_hash_seeds_or_worker_processes(tmp_path):
    """Two processes with different string hashing, one checking serially and one with
    workers, give byte-identical JSON reports."""
    examples = sorted(str(p) for p in (Path(__file__).parents[1] / "examples").glob("*.md"))
    mixed = tmp_path / "mixed.md"
    mixed.write_text("\n\n".join(CLAIMS) + "\n", encoding="utf-8")
    reports = []
    for seed, jobs in (("1", "1"), ("2", "4")):
        environment = {**os.environ, "PYTHONHASHSEED": seed, "NO_COLOR": "1"}
        command = [sys.executable, "-m", "claimcheck", "--isolated", "--no-cache", "--jobs", jobs,
                   "--format", "json", *examples, str(mixed)]
        done = subprocess.run(command, capture_output=True, text=True, env=environment, timeout=300)
        assert done.returncode in (0, 1), done.stderr
        reports.append(done.stdout)
    assert json.loads(reports[0])["findings"], "the corpus should produce findings"
    assert reports[0] == reports[1]
