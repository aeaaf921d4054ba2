"""Editorial CI through the command line: inputs, Markdown/HTML masking, offsets that point
into the original file, directory discovery, stdin, start-up cost, progress bar, and the
integration files shipped in the repository."""
from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

import claimcheck
from claimcheck import progress
from cli_support import CLEAN, FLAGGED, findings_of, invoke, rules_of

REPO = Path(__file__).resolve().parents[1]


def subprocess_env(**extra) -> dict:
    """The environment for `python -m claimcheck`: the same claimcheck these tests import."""
    env = {k: v for k, v in os.environ.items() if k != "CI"}
    package_root = str(Path(claimcheck.__file__).resolve().parents[1])
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [package_root, env.get("PYTHONPATH")]))
    env.update(extra)
    return env
CURE = "Turmeric cures arthritis."


@pytest.fixture(autouse=True)
def in_tmp(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("CI", raising=False)
    return tmp_path


def write(path: Path, text: str, newline: str = "\n") -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(text.replace("\n", newline).encode("utf-8"))
    return path


def checked(*args, input: str | None = None) -> list[dict]:
    return findings_of("--isolated", *args, input=input)


def assert_points_into(text: str, finding: dict) -> None:
    """Offsets, lines and columns must all describe the same span of the original text."""
    start, end = finding["start"], finding["end"]
    assert text[start:end] == finding["text"]
    line_starts = [0] + [m.end() for m in re.finditer(r"\r\n|\r|\n", text)]
    for offset, line, column in ((start, finding["line"], finding["column"]),
                                 (end, finding["end_line"], finding["end_column"])):
        assert line_starts[line - 1] + column - 1 == offset


# ---------------------------------------------------------------------- Markdown


MARKDOWN = f"""\
---
notes: {CURE}
---

# What the café serves 🌿

```
{CURE}
```

    {CURE}

Quote `{CURE}` only as an example.
<!-- {CURE} -->
See [the notes](/notes "{CURE}") and ![{CURE}](<{CURE} chart.png>).

Regulars of the café insist that {CURE}
"""


def test_markdown_checks_prose_only(tmp_path):
    write(tmp_path / "page.md", MARKDOWN)
    findings = checked("page.md")
    assert [(f["line"], f["rule"]) for f in findings] == [(17, "efficacy/cure-claim")]


@pytest.mark.parametrize("newline", ["\n", "\r\n"])
def test_markdown_offsets_point_into_the_original(tmp_path, newline):
    path = write(tmp_path / "page.md", MARKDOWN, newline)
    text = path.read_bytes().decode("utf-8")
    findings = checked("page.md")
    assert findings
    for finding in findings:
        assert_points_into(text, finding)


@pytest.mark.parametrize("layout", [
    "# Our turmeric\n\ncures arthritis\n",
    "- Our turmeric\n- cures arthritis\n",
    "| Our turmeric |\n|---|\n| cures arthritis |\n",  # rows are sentences of their own
    "> Our turmeric\n>\n> cures arthritis\n",
    "Our turmeric\n\n> cures arthritis\n",
])
def test_markdown_blocks_are_sentences_of_their_own(tmp_path, layout):
    write(tmp_path / "joined.md", "Our turmeric cures arthritis\n")
    assert [f["rule"] for f in checked("joined.md")] == ["efficacy/cure-claim"]
    write(tmp_path / "split.md", layout)
    assert checked("split.md") == []


def test_markdown_table_row_reads_as_one_sentence(tmp_path):
    # the cells of a row are read side by side, as the plain-text row is
    write(tmp_path / "table.md", "| Product | What it does |\n|---|---|\n| Our turmeric | cures arthritis |\n")
    findings = checked("table.md")
    assert [(f["line"], f["column"], f["rule"]) for f in findings] == [(3, 7, "efficacy/cure-claim")]


def test_heading_directly_above_a_paragraph_is_its_own_sentence(tmp_path):
    write(tmp_path / "split.md", "# Our turmeric\ncures arthritis\n")
    assert checked("split.md") == []


# -------------------------------------------------------------------------- HTML


HTML = f"""\
<!DOCTYPE html>
<html><head><title>{CURE}</title>
<style>/* {CURE} */</style>
<script>var claim = "{CURE}";</script></head>
<body>
<!-- {CURE} -->
<img alt="{CURE}" src="chart.png">
<h2>Our turmeric</h2><p>cures arthritis</p>
<ul><li>Our turmeric</li><li>cures arthritis</li></ul>
<pre>{CURE}</pre>
<p>Caf&eacute; regulars insist &mdash; {CURE}</p>
</body></html>
"""


@pytest.mark.parametrize("newline", ["\n", "\r\n"])
def test_html_checks_visible_text_only_and_offsets_round_trip(tmp_path, newline):
    path = write(tmp_path / "page.html", HTML, newline)
    text = path.read_bytes().decode("utf-8")
    findings = checked("page.html")
    # the title is shown (in the tab and in search results); the style, script, comment, alt text
    # and <pre> are not, and headings and list items end their sentence
    assert [(f["line"], f["rule"]) for f in findings] == [(2, "efficacy/cure-claim"), (11, "efficacy/cure-claim")]
    for finding in findings:
        assert_points_into(text, finding)


def test_plain_text_offsets_round_trip_with_wide_characters(tmp_path):
    text = "Naïve shoppers 🌿 love it.\r\nOur kratom capsules have no side effects.\r\n" + CURE + "\n"
    write(tmp_path / "notes.txt", text, newline="\n")
    findings = checked("notes.txt")
    assert {f["line"] for f in findings} >= {2, 3}
    for finding in findings:
        assert_points_into(text, finding)


# ------------------------------------------------------------------ standard input


def test_stdin_filename_picks_the_format_and_names_the_report():
    findings = checked("-", "--stdin-filename", "drafts/page.html", input=HTML)
    assert [(f["path"], f["line"]) for f in findings] == [("drafts/page.html", 2), ("drafts/page.html", 11)]
    as_text = checked("-", input=HTML)
    assert len(as_text) > 1 and {f["path"] for f in as_text} == {"<stdin>"}


def test_stdin_concise_output_and_exit_code():
    result = invoke("--isolated", "--format", "concise", "-", "--stdin-filename", "note.md", input=CLEAN)
    assert result.exit_code == 0 and result.stdout == ""
    result = invoke("--isolated", "--format", "concise", "-", "--stdin-filename", "note.md", input=FLAGGED)
    assert result.exit_code == 1
    assert all(line.startswith("note.md:") for line in result.stdout.splitlines())


# --------------------------------------------------------------------- discovery


def tree(root: Path, names: list[str]) -> None:
    for name in names:
        write(root / name, FLAGGED)


def reported_files(*args) -> set[str]:
    return {Path(f["path"]).relative_to(Path.cwd()).as_posix() if Path(f["path"]).is_absolute()
            else Path(f["path"]).as_posix() for f in checked(*args)}


def test_directories_are_walked_for_the_default_types(tmp_path):
    tree(tmp_path, ["site/a.md", "site/b.markdown", "site/c.txt", "site/d.html", "site/e.HTM",
                    "site/deep/f.md", "site/notes.rst", "site/script.py", "site/.hidden/g.md"])
    assert reported_files("site") == {"site/a.md", "site/b.markdown", "site/c.txt", "site/d.html",
                                      "site/e.HTM", "site/deep/f.md"}


def test_exclude_globs(tmp_path):
    tree(tmp_path, ["site/a.md", "site/drafts/b.md", "site/c.txt", "site/deep/d.txt"])
    assert reported_files("site", "--exclude", "drafts/", "--exclude", "*.txt") == {"site/a.md"}


def test_explicit_files_ignore_excludes_unless_forced(tmp_path):
    tree(tmp_path, ["site/drafts/b.md"])
    assert reported_files("--exclude", "drafts/", "site/drafts/b.md") == {"site/drafts/b.md"}
    assert reported_files("--exclude", "drafts/", "--force-exclude", "site/drafts/b.md") == set()


def test_gitignore_is_respected_inside_a_git_repository(tmp_path):
    tree(tmp_path, ["repo/a.md", "repo/build/b.md", "repo/docs/c.md", "repo/docs/keep.md", "repo/docs/d.txt"])
    write(tmp_path / "repo/.gitignore", "build/\n*.txt\n")
    write(tmp_path / "repo/docs/.gitignore", "*.md\n!keep.md\n")
    outside = reported_files("repo")
    assert "repo/build/b.md" in outside  # not a repository yet: .gitignore means nothing
    (tmp_path / "repo" / ".git").mkdir()
    assert reported_files("repo") == {"repo/a.md", "repo/docs/keep.md"}
    assert reported_files("repo/docs") == {"repo/docs/keep.md"}


def test_missing_input_is_one_line_and_others_are_still_checked(tmp_path):
    write(tmp_path / "a.md", FLAGGED)
    result = invoke("--isolated", "--format", "concise", "missing.md", "a.md")
    assert result.exit_code == 2
    assert "missing.md: error:" in result.stdout and "a.md:" in result.stdout


# ------------------------------------------------------------ start-up and progress


def test_help_does_not_import_spacy():
    completed = subprocess.run([sys.executable, "-X", "importtime", "-m", "claimcheck", "--help"],
                               capture_output=True, text=True, timeout=120, env=subprocess_env())
    assert completed.returncode == 0
    assert "Usage" in completed.stdout
    imported = {line.rsplit("|", 1)[-1].strip() for line in completed.stderr.splitlines()}
    assert not any(name == "spacy" or name.startswith("spacy.") for name in imported)


class FakeStream:
    def __init__(self, tty: bool):
        self.tty = tty

    def isatty(self) -> bool:
        return self.tty


def test_progress_bar_only_for_people_at_a_terminal(monkeypatch):
    monkeypatch.delenv("CI", raising=False)
    assert progress.wanted("text", quiet=False, stream=FakeStream(True))
    assert not progress.wanted("text", quiet=False, stream=FakeStream(False))
    assert not progress.wanted("sarif", quiet=False, stream=FakeStream(True))
    assert not progress.wanted("text", quiet=True, stream=FakeStream(True))
    monkeypatch.setenv("CI", "true")
    assert not progress.wanted("text", quiet=False, stream=FakeStream(True))


@pytest.mark.skipif(not hasattr(os, "openpty"), reason="needs a pseudo-terminal")
@pytest.mark.parametrize("ci", [False, True])
def test_progress_bar_on_a_terminal_stderr(tmp_path, ci):
    for index in range(8):
        write(tmp_path / "site" / f"page{index}.md", CLEAN)
    controller, terminal = os.openpty()
    env = subprocess_env(TERM="xterm", COLUMNS="100", **({"CI": "true"} if ci else {}))
    completed = subprocess.run([sys.executable, "-m", "claimcheck", "--isolated", "site"], stdout=subprocess.PIPE,
                               stderr=terminal, env=env, timeout=300, cwd=tmp_path)
    os.close(terminal)
    shown = b""
    while True:
        try:
            chunk = os.read(controller, 65536)
        except OSError:
            break
        if not chunk:
            break
        shown += chunk
    os.close(controller)
    assert completed.returncode == 0
    assert (b"checking" in shown) is (not ci)
    assert b"checking" not in completed.stdout


# ----------------------------------------------------------- shipped integrations


def test_pre_commit_hook_definition():
    hooks = yaml.safe_load((REPO / ".pre-commit-hooks.yaml").read_text(encoding="utf-8"))
    hook = next(h for h in hooks if h["id"] == "claimcheck")
    assert hook["language"] == "python"
    assert hook["entry"].split()[0] == "claimcheck"
    assert "--force-exclude" in hook["entry"]
    for name in ("a.md", "b.markdown", "c.txt", "d.html", "e.htm"):
        assert re.search(hook["files"], name)


def test_pre_commit_entry_runs(tmp_path):
    write(tmp_path / "a.md", CLEAN)
    hook = yaml.safe_load((REPO / ".pre-commit-hooks.yaml").read_text(encoding="utf-8"))[0]
    result = invoke("--isolated", *hook["entry"].split()[1:], "a.md")
    assert result.exit_code == 0


def test_ci_examples():
    workflow = yaml.safe_load((REPO / "examples/ci/github-actions.yml").read_text(encoding="utf-8"))
    steps = [step for job in workflow["jobs"].values() for step in job["steps"]]
    assert any("upload-sarif" in step.get("uses", "") for step in steps)
    commands = " ".join(step.get("run", "") for step in steps)
    assert "--format sarif" in commands and "--format github" in commands
    script = REPO / "examples/ci/check-content.sh"
    assert subprocess.run(["bash", "-n", str(script)], timeout=30).returncode == 0
    assert "claimcheck" in script.read_text(encoding="utf-8")


def test_ci_docs_cover_the_formats():
    text = (REPO / "docs/ci.md").read_text(encoding="utf-8")
    for word in ("sarif", "github", "junit", "claimcheck-disable-next-line", "[tool.claimcheck]",
                 "pre-commit", "--report-unused-suppressions"):
        assert word in text


def test_the_command_exits_fast_without_losing_output(tmp_path):
    """`python -m claimcheck` ends with os._exit: a report larger than a pipe's buffer still
    arrives whole, the exit codes are the usual ones, and an error line still reaches stderr."""
    write(tmp_path / "long.md", "\n\n".join(f"Turmeric cures arthritis in {n} days." for n in range(400)))
    write(tmp_path / "clean.md", CLEAN)
    command = [sys.executable, "-m", "claimcheck", "--isolated", "--no-cache", "--format", "json"]

    flagged = subprocess.run([*command, "long.md"], capture_output=True, env=subprocess_env(), timeout=300,
                             cwd=tmp_path)
    assert flagged.returncode == 1
    assert len(flagged.stdout) > 65536
    assert len(json.loads(flagged.stdout)["findings"]) == 400

    clean = subprocess.run([*command, "clean.md"], capture_output=True, env=subprocess_env(), timeout=300,
                           cwd=tmp_path)
    assert clean.returncode == 0

    missing = subprocess.run([*command, "missing.md"], capture_output=True, text=True, env=subprocess_env(),
                             timeout=300, cwd=tmp_path)
    assert missing.returncode == 2
    assert "missing.md" in missing.stderr


# Standard input is read as bytes and decoded as a file is: invalid UTF-8, NUL bytes and
# --encoding get a file's one-line errors and exit codes (not an internal error), and a
# byte-order mark picks the encoding. Near misses: plain UTF-8 and a UTF-8 BOM.
STDIN_BYTES = [
    # (bytes, extra flags, exit code, an error naming stdin, a finding expected)
    ("Caf\xe9 kava is a mushroom drink.\n".encode("latin-1"), (), 2, "invalid UTF-8 at byte 3", False),
    ("Caf\xe9 kava is a mushroom drink.\n".encode("latin-1"), ("--encoding", "latin-1"), 1, None, True),
    (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", (), 2, "binary file", False),
    ("Kava is a mushroom drink.\n".encode("utf-16"), (), 1, None, True),
    (b"\xef\xbb\xbfKava is a mushroom drink.\n", (), 1, None, True),
    (b"Kava is a mushroom drink.\n", (), 1, None, True),
    (b"Chamomile is brewed as tea.\n", (), 0, None, False),
]


@pytest.mark.parametrize("data, flags, code, error, flagged", STDIN_BYTES)
def test_stdin_bytes_are_decoded_as_a_file_is(data, flags, code, error, flagged):
    result = invoke("--isolated", "--format", "json", *flags, "-", "--stdin-filename", "draft.md", input=data)
    assert result.exit_code == code, result.output
    if error:
        assert f"draft.md: {error}" in result.stderr and "internal error" not in result.stderr
    findings = json.loads(result.stdout)["findings"]
    assert bool(findings) is flagged
    if flagged:  # offsets count decoded characters, after any byte-order mark
        first = min(findings, key=lambda f: f["start"])
        assert first["text"].lower().startswith("kava") and first["start"] in (0, len("Café "))


# An empty --select would check nothing and exit 0: most likely an unset variable in a CI
# script, so it is a usage error. Near misses: a selection with a stray comma still works.
@pytest.mark.parametrize("value", ["", ",", " , ", ",,"])
def test_an_empty_select_is_a_usage_error(tmp_path, value):
    (tmp_path / "a.md").write_text(FLAGGED, encoding="utf-8")
    result = invoke("--isolated", f"--select={value}", str(tmp_path / "a.md"))
    assert result.exit_code == 2
    assert "--select: no rule id, id prefix or category given" in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1


@pytest.mark.parametrize("value", ["efficacy,", ",efficacy", "efficacy, "])
def test_a_selection_with_a_stray_comma_still_selects(tmp_path, value):
    (tmp_path / "a.md").write_text(FLAGGED, encoding="utf-8")
    rules = rules_of("--isolated", f"--select={value}", str(tmp_path / "a.md"))
    assert rules and all(rule.startswith("efficacy/") for rule in rules)


# A file named twice, in two spellings, or named and also found in a folder walked, is
# checked (and reported) once, in the place it first appears; so is a missing one. Near
# misses: two different files with the same text, and a symlink (its own path), are each
# checked.
NAMED_TWICE = [
    # (arguments, paths reported in order)
    (["a.md", "a.md"], ["a.md"]),
    (["a.md", "./a.md"], ["a.md"]),
    (["docs", "docs/b.md"], ["docs/b.md"]),
    (["docs/b.md", "docs"], ["docs/b.md"]),
    (["a.md", "copy.md"], ["a.md", "copy.md"]),
    (["a.md", "link.md"], ["a.md", "link.md"]),
]


@pytest.mark.parametrize("arguments, reported", NAMED_TWICE)
def test_a_file_named_twice_is_checked_once(tmp_path, monkeypatch, arguments, reported):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "docs").mkdir()
    for name in ("a.md", "copy.md", "docs/b.md"):
        (tmp_path / name).write_text(FLAGGED, encoding="utf-8")
    (tmp_path / "link.md").symlink_to(tmp_path / "a.md")
    findings = findings_of("--isolated", *arguments)
    paths = list(dict.fromkeys(os.path.normpath(f["path"]) for f in findings))
    assert paths == [os.path.normpath(p) for p in reported]
    single = [f for f in findings if os.path.normpath(f["path"]) == os.path.normpath(reported[0])]
    assert len(single) == len(findings_of("--isolated", reported[0]))


def test_a_missing_file_named_twice_is_one_error(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    result = invoke("--isolated", "--format", "json", "gone.md", "gone.md")
    assert result.exit_code == 2 and result.stderr.count("gone.md") == 1
