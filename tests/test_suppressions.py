"""Suppression comments, each form through the CLI, plus the directive parser itself."""
from __future__ import annotations

import pytest

from claimcheck.suppressions import parse_directives
from cli_support import findings_of, invoke

CURE = "Turmeric cures arthritis."
SIDE_EFFECTS = "Our kratom capsules have no side effects."
PROOF = "Our rhodiola drops are clinically proven to sharpen focus."


@pytest.fixture(autouse=True)
def in_tmp(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    return tmp_path


def check(tmp_path, name: str, text: str, *flags) -> list[dict]:
    (tmp_path / name).write_text(text, encoding="utf-8")
    return findings_of("--isolated", *flags, name)


def lines_and_rules(findings) -> set[tuple[int, str]]:
    return {(f["line"], f["rule"]) for f in findings}


def test_baseline_the_sentences_are_flagged(tmp_path):
    found = lines_and_rules(check(tmp_path, "a.md", f"{CURE}\n\n{SIDE_EFFECTS}\n\n{PROOF}\n"))
    assert (1, "efficacy/cure-claim") in found
    assert (3, "safety/no-side-effects") in found
    assert (5, "efficacy/evidence-overstatement") in found


def test_disable_next_line_with_a_rule_and_a_reason(tmp_path):
    text = f"<!-- claimcheck-disable-next-line efficacy/cure-claim -- quoted from a reader letter -->\n{CURE}\n\n{CURE}\n"
    found = lines_and_rules(check(tmp_path, "a.md", text))
    assert (2, "efficacy/cure-claim") not in found
    assert (4, "efficacy/cure-claim") in found


def test_disable_next_line_only_silences_the_named_rule(tmp_path):
    text = f"<!-- claimcheck-disable-next-line safety -->\n{CURE} {SIDE_EFFECTS}\n"
    found = lines_and_rules(check(tmp_path, "a.md", text))
    assert (2, "efficacy/cure-claim") in found
    assert not any(rule.startswith("safety/") for _, rule in found)


def test_disable_next_line_without_rules_silences_everything(tmp_path):
    text = f"<!-- claimcheck-disable-next-line -->\n{CURE} {SIDE_EFFECTS}\n"
    assert check(tmp_path, "a.md", text) == []


def test_disable_enable_range(tmp_path):
    text = (f"{CURE}\n\n<!-- claimcheck-disable efficacy -->\n\n{CURE}\n\n{PROOF}\n\n{SIDE_EFFECTS}\n\n"
            f"<!-- claimcheck-enable efficacy -->\n\n{CURE}\n")
    found = lines_and_rules(check(tmp_path, "a.md", text))
    assert (1, "efficacy/cure-claim") in found
    assert not any(line in (5, 7) for line, _ in found)
    assert (9, "safety/no-side-effects") in found  # not named by the range
    assert (13, "efficacy/cure-claim") in found


def test_disable_everything_then_reenable_one_rule(tmp_path):
    text = (f"<!-- claimcheck-disable -->\n{CURE}\n<!-- claimcheck-enable efficacy/cure-claim -->\n\n"
            f"{CURE} {SIDE_EFFECTS}\n")
    found = lines_and_rules(check(tmp_path, "a.md", text))
    assert found == {(5, "efficacy/cure-claim")}


def test_range_in_html(tmp_path):
    text = (f"<html><body>\n<!-- claimcheck-disable efficacy/cure-claim -->\n<p>{CURE}</p>\n"
            f"<!-- claimcheck-enable -->\n<p>{CURE}</p>\n</body></html>\n")
    found = lines_and_rules(check(tmp_path, "page.html", text))
    assert (3, "efficacy/cure-claim") not in found
    assert (5, "efficacy/cure-claim") in found


def test_trailing_ignore_in_plain_text(tmp_path):
    text = (f"{CURE}  # claimcheck: ignore efficacy/cure-claim -- a headline we quote\n"
            f"{CURE}\n"
            f"{SIDE_EFFECTS} # claimcheck: ignore\n")
    found = lines_and_rules(check(tmp_path, "a.txt", text))
    assert (1, "efficacy/cure-claim") not in found
    assert (2, "efficacy/cure-claim") in found
    assert not any(line == 3 for line, _ in found)


def test_ignore_comment_must_end_the_line(tmp_path):
    text = f"# claimcheck: ignore efficacy, but this comment goes on. {CURE}\n"
    found = lines_and_rules(check(tmp_path, "a.txt", text))
    assert (1, "efficacy/cure-claim") in found


def test_unused_suppressions_are_reported_on_request(tmp_path):
    text = (f"<!-- claimcheck-disable-next-line efficacy/cure-claim, safety/no-overdose -->\n{CURE}\n\n"
            "<!-- claimcheck-disable-next-line -->\nChamomile is a daisy-family herb.\n\n"
            f"{SIDE_EFFECTS} # claimcheck: ignore safety\n")
    assert not [f for f in check(tmp_path, "a.md", text) if f["rule"] == "suppression/unused"]
    unused = [f for f in check(tmp_path, "a.md", text, "--report-unused-suppressions")
              if f["rule"] == "suppression/unused"]
    assert [(f["line"], "safety/no-overdose" in f["message"]) for f in unused] == [(1, True), (4, False)]
    original = text
    for finding in unused:
        assert original[finding["start"]:finding["end"]].startswith("<!-- claimcheck-disable-next-line")


def test_unused_suppressions_affect_the_exit_code(tmp_path):
    (tmp_path / "a.md").write_text("<!-- claimcheck-disable -->\nChamomile is a daisy-family herb.\n")
    assert invoke("--isolated", "a.md").exit_code == 0
    assert invoke("--isolated", "--report-unused-suppressions", "a.md").exit_code == 1


def test_parser_reads_lines_rules_and_reasons():
    text = ("intro\n<!-- claimcheck-disable-next-line a/b c -- why not -->\nx\n"
            "<!--claimcheck-disable-->\ny # claimcheck: ignore d,e\r\n<!-- claimcheck-enable a -->")
    directives = parse_directives(text)
    assert [(d.kind, d.rules, d.reason, d.line) for d in directives] == [
        ("next-line", ("a/b", "c"), "why not", 3),
        ("disable", (), "", 4),
        ("ignore", ("d", "e"), "", 5),
        ("enable", ("a",), "", 6),
    ]


# Directive names, read exactly: `disable-line` silences the line it is on (ESLint's name);
# a misspelt name ("disable-file", "disable-lines", "disable-next-line-x") silences
# nothing (it was read as `disable` or `disable-next-line` with a rule named "-file" and
# hid the rule for the rest of the file) and --report-unused-suppressions names it.
# Near misses: the known names with no space before `-->` or with a reason still work.
DIRECTIVE_NAMES = [
    # (text, lines still reported)
    (f"{CURE} <!-- claimcheck-disable-line efficacy/cure-claim -->\n\n{CURE}\n", {3}),
    (f"{CURE} <!-- claimcheck-disable-line -->\n\n{CURE}\n", {3}),
    (f"{CURE} <!-- claimcheck-disable-line efficacy -- a quoted ad -->\n\n{CURE}\n", {3}),
    (f"{CURE}\n<!-- claimcheck-disable-line efficacy/cure-claim -->\n{CURE}\n", {1, 3}),
    (f"<!-- claimcheck-disable-file efficacy/cure-claim -->\n{CURE}\n\n{CURE}\n", {2, 4}),
    (f"{CURE} <!-- claimcheck-disable-lines efficacy -->\n\n{CURE}\n", {1, 3}),
    (f"<!-- claimcheck-disable-next-line-x efficacy -->\n{CURE}\n\n{CURE}\n", {2, 4}),
    (f"<!-- claimcheck-disabled -->\n{CURE}\n", {2}),
    (f"<!-- claimcheck-disable-->\n{CURE}\n<!--claimcheck-enable-->\n{CURE}\n", {4}),
    (f"<!-- claimcheck-disable -- quoted -->\n{CURE}\n<!-- claimcheck-enable -->\n{CURE}\n", {4}),
    (f"<!-- claimcheck-disable-next-line\n  efficacy/cure-claim -->\n{CURE}\n\n{CURE}\n", {5}),
]


@pytest.mark.parametrize("text, reported", DIRECTIVE_NAMES)
def test_directive_names_are_read_exactly(tmp_path, text, reported):
    found = check(tmp_path, "a.md", text)
    assert {f["line"] for f in found if f["rule"] == "efficacy/cure-claim"} == reported


@pytest.mark.parametrize("name", ["claimcheck-disable-file", "claimcheck-disable-lines", "claimcheck-disabled"])
def test_an_unknown_directive_is_reported_by_name(tmp_path, name):
    found = check(tmp_path, "a.md", f"<!-- {name} -->\n{CURE}\n", "--report-unused-suppressions")
    unused = [f for f in found if f["rule"] == "suppression/unused"]
    assert len(unused) == 1 and f"unknown directive '{name}'" in unused[0]["message"]
    assert any(f["rule"] == "efficacy/cure-claim" for f in found)


def test_a_used_disable_line_is_not_reported_as_unused(tmp_path):
    found = check(tmp_path, "a.md", f"{CURE} <!-- claimcheck-disable-line efficacy/cure-claim -->\n",
                  "--report-unused-suppressions")
    assert [f["rule"] for f in found] == []
