"""Bad input through the real entry point: every problem is one line naming the file, the
other files are still checked, and the exit code is 2 whenever something went unchecked.
No traceback reaches the user unless they ask for it with --debug."""
from __future__ import annotations

import codecs
import json
import os

import pytest
from rule_cli_support import claimcheck

from claimcheck import run as run_module
from claimcheck import sources

FLAGGED = "Kava is a mushroom from Fiji, clinically proven to cure anxiety.\n"
CLEAN = "Chamomile is a daisy-family herb often brewed as tea.\n"


def write(path, content):
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(content, str):
        path.write_text(content, encoding="utf-8")
    else:
        path.write_bytes(content)
    return path


def run_concise(*args):
    return claimcheck("--isolated", "--format", "concise", *args)


def assert_no_traceback(outcome):
    assert "Traceback" not in outcome.out + outcome.err


def reported_paths(outcome) -> set[str]:
    """Files that got findings in a concise report (``path:line:col: …`` lines)."""
    return {line.split(":")[0] for line in outcome.out.splitlines()
            if line.count(":") >= 3 and ": error:" not in line}


# ------------------------------------------------------------ unreadable inputs


def test_each_bad_input_is_one_line_and_the_good_file_is_still_checked(tmp_path):
    good = write(tmp_path / "good.md", FLAGGED)
    binary = write(tmp_path / "binary.txt", b"kava\x00\x01\x02")
    invalid = write(tmp_path / "latin.txt", "Kava caf\u00e9 is a mushroom.".encode("latin-1"))
    folder_named_like_a_file = tmp_path / "folder.md"
    folder_named_like_a_file.mkdir()
    outcome = run_concise(tmp_path / "missing.md", binary, invalid, good)
    assert outcome.code == 2
    assert_no_traceback(outcome)
    assert f"{good}:1:" in outcome.out  # checked despite the others
    stdout = outcome.out
    assert f"{tmp_path / 'missing.md'}: error: No such file" in stdout
    assert f"{binary}: error: binary file (contains NUL bytes); skipped" in stdout
    assert f"{invalid}: error: invalid UTF-8 at byte 8" in stdout and "--encoding" in stdout
    # A directory named on the command line is walked, not read; it holds nothing to check here.
    assert run_concise(folder_named_like_a_file).code == 0


def test_encoding_flag_decodes_what_utf8_refused(tmp_path):
    latin = write(tmp_path / "latin.txt", "Caf\u00e9 kava is a mushroom.".encode("latin-1"))
    outcome = claimcheck("--isolated", "--format", "json", "--encoding", "latin-1", latin)
    assert outcome.code == 1, outcome.err
    findings = json.loads(outcome.out)["findings"]
    text = "Caf\u00e9 kava is a mushroom."
    assert findings and all(f["text"] == text[f["start"]:f["end"]] for f in findings)


@pytest.mark.parametrize("codec,mark", [("utf-8", codecs.BOM_UTF8), ("utf-16-le", codecs.BOM_UTF16_LE),
                                        ("utf-16-be", codecs.BOM_UTF16_BE)])
def test_byte_order_marks_are_decoded_and_offsets_exclude_them(tmp_path, codec, mark):
    text = "Chamomile is calming.\r\nKava is a mushroom.\r\n"
    path = write(tmp_path / "bom.md", mark + text.encode(codec))
    outcome = claimcheck("--isolated", "--format", "json", path)
    assert outcome.code == 1, outcome.err
    findings = json.loads(outcome.out)["findings"]
    wrong_kind = [f for f in findings if f["rule"] == "botanical/wrong-kind"]
    assert wrong_kind and wrong_kind[0]["line"] == 2
    assert all(f["text"] == text[f["start"]:f["end"]] for f in findings)


def test_empty_file_has_no_findings_and_exits_0(tmp_path):
    outcome = run_concise(write(tmp_path / "empty.md", b""))
    assert outcome.code == 0 and outcome.out.strip() == "" and outcome.err.strip() == ""


def test_permission_denied_is_reported_and_the_run_goes_on(tmp_path, monkeypatch):
    # Simulated: the test suite may run as root, which reads any file whatever its mode.
    denied, good = write(tmp_path / "denied.md", FLAGGED), write(tmp_path / "good.md", FLAGGED)
    real_open = open

    def guarded_open(path, *args, **kwargs):
        if str(path) == str(denied):
            raise PermissionError(13, "Permission denied", str(path))
        return real_open(path, *args, **kwargs)

    monkeypatch.setattr(sources, "open", guarded_open, raising=False)
    outcome = run_concise(denied, good)
    assert outcome.code == 2
    assert f"{denied}: error: Permission denied" in outcome.out
    assert reported_paths(outcome) == {str(good)}


@pytest.mark.skipif(os.name != "posix" or os.geteuid() == 0, reason="root reads files whatever their mode")
def test_permission_denied_for_real(tmp_path):
    denied = write(tmp_path / "denied.md", FLAGGED)
    denied.chmod(0)
    try:
        outcome = run_concise(denied)
    finally:
        denied.chmod(0o644)
    assert outcome.code == 2 and f"{denied}: error: Permission denied" in outcome.out


def test_a_directory_that_cannot_be_listed_is_reported(tmp_path, monkeypatch):
    good = write(tmp_path / "content" / "good.md", FLAGGED)
    locked = tmp_path / "content" / "locked"
    write(locked / "hidden.md", FLAGGED)
    real_scandir = os.scandir

    def guarded_scandir(path="."):
        if os.fspath(path) == str(locked):
            raise PermissionError(13, "Permission denied", os.fspath(path))
        return real_scandir(path)

    monkeypatch.setattr(os, "scandir", guarded_scandir)
    outcome = run_concise(tmp_path / "content")
    assert outcome.code == 2
    assert f"{locked}: error: cannot list directory (Permission denied)" in outcome.out
    assert reported_paths(outcome) == {str(good)}


# ------------------------------------------------------------ size limit


def test_files_over_the_size_limit_are_refused_with_the_limit_named(tmp_path):
    big = write(tmp_path / "big.md", FLAGGED * 40)
    small = write(tmp_path / "small.md", FLAGGED)
    outcome = run_concise("--max-file-size", "1kB", big, small)
    assert outcome.code == 2
    assert f"{big}: error: file is 2.6 kB, over the 1.0 kB limit (raise it with --max-file-size)" in outcome.out
    assert reported_paths(outcome) == {str(small)}
    assert run_concise("--max-file-size", "0", big).code == 1  # 0: no limit
    assert run_concise("--max-file-size", "1MB", big).code == 1


def test_size_limit_from_the_config_file_and_the_flag_wins(tmp_path):
    write(tmp_path / "claimcheck.toml", 'max-file-size = "100B"\n')
    big = write(tmp_path / "big.md", FLAGGED * 3)
    refused = claimcheck("--format", "concise", big)
    assert refused.code == 2 and "over the 100 bytes limit" in refused.out
    assert claimcheck("--format", "concise", "--max-file-size", "10kB", big).code == 1


@pytest.mark.parametrize("value", ["lots", "-5", "1XB", ""])
def test_a_bad_size_is_one_line_and_exit_2(tmp_path, value):
    outcome = run_concise("--max-file-size", value, write(tmp_path / "a.md", CLEAN))
    assert outcome.code == 2
    assert outcome.err.strip().count("\n") == 0 and "--max-file-size must be a size" in outcome.err


def test_a_bad_size_in_the_config_names_file_and_key(tmp_path):
    config = write(tmp_path / "claimcheck.toml", "max-file-size = true\n")
    outcome = claimcheck("--config", config, write(tmp_path / "a.md", CLEAN))
    assert outcome.code == 2
    assert outcome.err.strip() == (f"claimcheck: {config}: key 'max-file-size': must be a size such as "
                                   "20MB, 500kB or 0 (no limit), not True")


# ------------------------------------------------------------ symlinks


@pytest.mark.skipif(not hasattr(os, "symlink"), reason="needs symlinks")
def test_symlink_loops_do_not_trap_the_walk(tmp_path):
    content = tmp_path / "content"
    good = write(content / "sub" / "good.md", FLAGGED)
    (content / "sub" / "up").symlink_to(content, target_is_directory=True)  # a directory loop
    (content / "sub" / "back").symlink_to(content / "sub", target_is_directory=True)
    outcome = run_concise(content)
    assert outcome.code == 1, outcome.out
    assert reported_paths(outcome) == {str(good)}  # each file once, through its real path
    (content / "self.md").symlink_to(content / "self.md")  # a file link that points at itself
    (content / "gone.md").symlink_to(content / "nowhere.md")
    outcome = run_concise(content)
    assert outcome.code == 2
    assert f"{content / 'self.md'}: error: Too many levels of symbolic links" in outcome.out
    assert f"{content / 'gone.md'}: error: No such file" in outcome.out
    assert reported_paths(outcome) == {str(good)}


# ------------------------------------------------------------ broken config and rule files


def test_a_directory_given_as_the_config_or_the_output_file(tmp_path):
    article = write(tmp_path / "a.md", CLEAN)
    as_config = claimcheck("--config", tmp_path, article)
    assert as_config.code == 2 and as_config.err.strip().count("\n") == 0
    assert f"{tmp_path}: Is a directory" in as_config.err
    as_output = claimcheck("--isolated", "--output", tmp_path, article)
    assert as_output.code == 2 and as_output.err.strip().count("\n") == 0
    assert f"{tmp_path}: cannot write the report (Is a directory)" in as_output.err


@pytest.mark.parametrize("config_text", ["select = [", "fail-on = 'sometimes'", "[tool.claimcheck]\nunknown = 1"])
def test_a_broken_config_is_one_line_and_exit_2(tmp_path, config_text):
    write(tmp_path / "claimcheck.toml", config_text + "\n")
    outcome = claimcheck(write(tmp_path / "a.md", FLAGGED))
    assert outcome.code == 2
    assert_no_traceback(outcome)
    assert outcome.err.strip().count("\n") == 0 and "claimcheck.toml" in outcome.err


EVIL_PACK = """\
rules:
  - id: efficacy/aaa
    kind: phrase
    category: efficacy
    severity: warning
    summary: A pattern that backtracks catastrophically.
    message: "'{match}' is a test."
    match:
      regex: '(a+)+$'
    examples:
      flag: [aaaa]
      pass: [bbbb]
"""


@pytest.mark.parametrize("pack_text,problem", [
    (EVIL_PACK, "pack.yaml:9: rule 'efficacy/aaa': regex '(a+)+$' can backtrack catastrophically"),
    ("rules:\n  - id: [unclosed\n", "pack.yaml:3: invalid YAML"),
    (EVIL_PACK.replace("kind: phrase", "kind: phrasal"), "pack.yaml:3:"),
])
def test_an_unsafe_or_broken_rule_pack_stops_the_check_before_any_text_is_read(tmp_path, pack_text, problem):
    write(tmp_path / "pack.yaml", pack_text)
    config = write(tmp_path / "rules.toml", 'extend-rules = ["pack.yaml"]\n')
    # The input the evil pattern would take exponential time on: never reached.
    article = write(tmp_path / "a.txt", "a" * 5000 + "!\n")
    outcome = claimcheck("--config", config, article)
    assert outcome.code == 2
    assert_no_traceback(outcome)
    lines = outcome.err.strip().splitlines()
    assert len(lines) == 1 and problem in lines[0], outcome.err


def test_a_safe_user_regex_copes_with_long_adversarial_lines(tmp_path):
    pack = EVIL_PACK.replace("'(a+)+$'", r"'\bdetox(es|ing)?\b'").replace("[aaaa]", "[It detoxes.]")
    write(tmp_path / "pack.yaml", pack.replace("[bbbb]", "[It does not.]"))
    config = write(tmp_path / "rules.toml", 'extend-rules = ["pack.yaml"]\n')
    article = write(tmp_path / "a.txt", "a" * 20000 + " detoxing " + "a" * 20000 + "\n")
    outcome = claimcheck("--config", config, "--format", "json", article)
    assert outcome.code == 1, outcome.err
    assert [f["rule"] for f in json.loads(outcome.out)["findings"]] == ["efficacy/aaa"]


# ------------------------------------------------------------ internal errors


@pytest.fixture
def broken_checker(monkeypatch):
    def explode(*args, **kwargs):
        raise RuntimeError("the pipeline fell over\nwith a second line")

    monkeypatch.setattr(run_module, "check_one", explode)


def test_an_internal_error_is_one_line_with_a_hint(tmp_path, broken_checker):
    outcome = run_concise(write(tmp_path / "a.md", CLEAN))
    assert outcome.code == 2
    assert_no_traceback(outcome)
    assert outcome.err.strip() == ("claimcheck: internal error: RuntimeError: the pipeline fell over with a "
                                   "second line; rerun with --debug for the traceback")


def test_debug_shows_the_traceback(tmp_path, broken_checker):
    outcome = run_concise("--debug", write(tmp_path / "a.md", CLEAN))
    assert outcome.code == 2
    assert "Traceback" in outcome.err and "RuntimeError: the pipeline fell over" in outcome.err
    assert "rerun with --debug" not in outcome.err


# An --output that cannot be written (its folder is missing, or it is a folder) is one
# line and exit 2 before any file is checked, not after the whole run. Near misses: a new
# file in an existing folder, relative or absolute, is written.
@pytest.mark.parametrize("target, problem", [
    ("missing/report.json", "No such file or directory"),
    ("missing/deeper/report.json", "No such file or directory"),
    (".", "Is a directory"),
])
def test_an_unwritable_output_fails_before_checking(tmp_path, monkeypatch, target, problem):
    article = write(tmp_path / "a.md", FLAGGED)
    monkeypatch.chdir(tmp_path)

    def never(*args, **kwargs):
        raise AssertionError("checked before the output was known to be writable")

    monkeypatch.setattr(run_module, "check_inputs", never)
    outcome = claimcheck("--isolated", "--format", "json", "--output", target, article)
    assert outcome.code == 2 and outcome.err.strip().count("\n") == 0
    assert f"{target}: cannot write the report ({problem})" in outcome.err


@pytest.mark.parametrize("relative", [True, False])
def test_an_output_in_an_existing_folder_is_written(tmp_path, monkeypatch, relative):
    article = write(tmp_path / "a.md", FLAGGED)
    (tmp_path / "out").mkdir()
    monkeypatch.chdir(tmp_path)
    target = "out/report.json" if relative else str(tmp_path / "out" / "report.json")
    outcome = claimcheck("--isolated", "--format", "json", "--output", target, article)
    assert outcome.code == 1
    assert (tmp_path / "out" / "report.json").read_text(encoding="utf-8").startswith("{")
    plain = claimcheck("--isolated", "--format", "json", "--output", "here.json", article)
    assert plain.code == 1 and (tmp_path / "here.json").exists()
