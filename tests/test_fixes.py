"""`--fix`, `--diff` and `--unsafe-fixes`, through the command line: safe and unsafe fixes,
overlapping fixes, line endings, byte-order marks, permissions, files that change under
us or cannot be written, and a second run that changes nothing."""
import codecs
import os
import stat

import pytest
from rule_cli_support import claimcheck

from claimcheck.findings import Finding, Fix
from claimcheck.fixes import apply_fixes, select_fixes

# A rule pack of our own, so the tests do not depend on which shipped rules carry fixes.
PACK = """\
rules:
  - id: efficacy/test-detox
    kind: phrase
    category: efficacy
    severity: warning
    message: "'{match}' promises a detox."
    match:
      phrases: [flushes out toxins]
    fix: {safe: true, replace: clears toxins}
    examples:
      flag: [This tea flushes out toxins.]
      pass: [This tea tastes of pine.]
  - id: efficacy/test-overnight
    kind: phrase
    category: efficacy
    severity: warning
    message: "'{match}' promises instant results."
    match:
      phrases: [toxins overnight]
    fix: {safe: true, replace: toxins gradually}
    examples:
      flag: [It clears toxins overnight.]
      pass: [It clears toxins over weeks.]
  - id: efficacy/test-melts
    kind: phrase
    category: efficacy
    severity: warning
    message: "'{match}' promises fat loss."
    match:
      phrases: [melts fat]
    fix: {safe: false, replace: is a tea}
    examples:
      flag: [This brew melts fat.]
      pass: [This brew is a tea.]
"""


@pytest.fixture(scope="module")
def project(tmp_path_factory):
    """A folder whose config adds the pack; each test writes its articles below it."""
    root = tmp_path_factory.mktemp("project")
    (root / "pack.yaml").write_text(PACK, encoding="utf-8")
    (root / "claimcheck.toml").write_text('extend-rules = ["pack.yaml"]\n', encoding="utf-8")
    return root


@pytest.fixture
def folder(project, request):
    path = project / request.node.name.replace("[", "-").replace("]", "")
    path.mkdir()
    return path


def write_bytes(folder, name: str, data: bytes):
    path = folder / name
    path.write_bytes(data)
    return path


def test_fix_applies_safe_fixes_and_reports_what_remains(folder):
    article = write_bytes(folder, "a.txt", b"Our blend flushes out toxins.\n\nThis brew melts fat.\n")
    result = claimcheck("--fix", article)
    assert article.read_bytes() == b"Our blend clears toxins.\n\nThis brew melts fat.\n"
    assert "Fixed 1 finding (1 remaining)." in result.err
    assert result.code == 1  # the unsafe one remains
    assert "efficacy/test-melts" in result.out and "efficacy/test-detox" not in result.out


def test_unsafe_fixes_only_on_request(folder):
    article = write_bytes(folder, "a.txt", b"This brew melts fat.\n")
    claimcheck("--fix", article)
    assert article.read_bytes() == b"This brew melts fat.\n"
    result = claimcheck("--fix", "--unsafe-fixes", article)
    assert article.read_bytes() == b"This brew is a tea.\n"
    assert "Fixed 1 finding (0 remaining)." in result.err
    assert result.code == 0


def test_diff_prints_a_unified_diff_and_changes_nothing(folder):
    original = b"Our blend flushes out toxins.\n"
    article = write_bytes(folder, "a.txt", original)
    result = claimcheck("--diff", article)
    assert article.read_bytes() == original
    assert result.code == 1
    lines = result.out.splitlines()
    assert lines[0] == f"--- a/{article}" and lines[1] == f"+++ b/{article}"
    assert "-Our blend flushes out toxins." in lines and "+Our blend clears toxins." in lines
    assert "Would fix 1 finding in 1 file." in result.err


def test_diff_of_a_clean_file_is_empty(folder):
    article = write_bytes(folder, "a.txt", b"Chamomile is a daisy-family herb.\n")
    result = claimcheck("--diff", article)
    assert (result.code, result.out) == (0, "")


def test_crlf_line_endings_are_kept(folder):
    article = write_bytes(folder, "a.txt", b"First line.\r\nOur blend flushes out toxins.\r\nLast line.\r\n")
    claimcheck("--fix", article)
    assert article.read_bytes() == b"First line.\r\nOur blend clears toxins.\r\nLast line.\r\n"


def test_utf8_byte_order_mark_is_kept(folder):
    article = write_bytes(folder, "a.md", codecs.BOM_UTF8 + "Café blend flushes out toxins.\n".encode())
    claimcheck("--fix", article)
    assert article.read_bytes() == codecs.BOM_UTF8 + "Café blend clears toxins.\n".encode()


@pytest.mark.parametrize("mark, codec", [(codecs.BOM_UTF16_LE, "utf-16-le"), (codecs.BOM_UTF16_BE, "utf-16-be")])
def test_utf16_encoding_and_byte_order_are_kept(folder, mark, codec):
    article = write_bytes(folder, "a.txt", mark + "Our blend flushes out toxins.\r\n".encode(codec))
    claimcheck("--fix", article)
    assert article.read_bytes() == mark + "Our blend clears toxins.\r\n".encode(codec)


def test_overlapping_fixes_are_applied_in_separate_rounds(folder):
    # Both rules match "toxins": the first fix is applied, the second is found again
    # in the fixed text and applied in the next round.
    article = write_bytes(folder, "a.txt", b"This tea flushes out toxins overnight.\n")
    result = claimcheck("--fix", article)
    assert article.read_bytes() == b"This tea clears toxins gradually.\n"
    assert "Fixed 2 findings (0 remaining)." in result.err
    assert result.code == 0


def test_overlapping_fixes_are_never_applied_together():
    def finding(start, end, replacement):
        return Finding("r", "efficacy", "sentence", "warning", None, start, end, "m", "c",
                       fix=Fix(start, end, replacement, True))

    chosen = select_fixes([finding(4, 8, "Y"), finding(8, 9, "Z"), finding(2, 6, "X")])
    assert [(f.start, f.end, f.replacement) for f in chosen] == [(2, 6, "X"), (8, 9, "Z")]
    assert apply_fixes("abcdefghij", chosen) == "abXghZj"
    # Two edits at the same place (an insertion and a replacement) conflict too.
    chosen = select_fixes([finding(2, 2, "W"), finding(2, 6, "X")])
    assert len(chosen) == 1


def test_second_fix_run_changes_nothing(folder):
    article = write_bytes(folder, "a.txt", b"This tea flushes out toxins overnight.\r\nThis brew melts fat.\r\n")
    claimcheck("--fix", article)
    after_first = article.read_bytes()
    os.utime(article, (1, 1))
    result = claimcheck("--fix", article)
    assert article.read_bytes() == after_first
    assert os.stat(article).st_mtime == 1  # not even rewritten
    assert "Fixed 0 findings (1 remaining)." in result.err


def test_permissions_are_kept(folder):
    article = write_bytes(folder, "a.txt", b"Our blend flushes out toxins.\n")
    os.chmod(article, 0o640)
    claimcheck("--fix", article)
    assert stat.S_IMODE(os.stat(article).st_mode) == 0o640
    assert article.read_bytes() == b"Our blend clears toxins.\n"
    assert [p.name for p in folder.iterdir()] == ["a.txt"]  # no temporary file left behind


def test_read_only_file_is_not_written(folder):
    original = b"Our blend flushes out toxins.\n"
    article = write_bytes(folder, "a.txt", original)
    os.chmod(article, 0o444)
    try:
        result = claimcheck("--fix", article)
    finally:
        os.chmod(article, 0o644)
    assert article.read_bytes() == original
    assert result.code == 2
    problem = [line for line in (result.out + result.err).splitlines() if "read-only" in line]
    assert problem == [f"{article}: file is read-only; not fixed"]


def test_file_changed_between_read_and_write_is_not_overwritten(folder, monkeypatch):
    import claimcheck.run as run_module

    article = write_bytes(folder, "a.txt", b"Our blend flushes out toxins.\n")
    edited = b"Someone else's edit, saved while claimcheck was fixing.\n"
    real_check_one = run_module.check_one

    def check_one_then_someone_saves(*args, **kwargs):
        result = real_check_one(*args, **kwargs)
        article.write_bytes(edited)  # the re-check of the fixed text runs after the read
        return result

    monkeypatch.setattr(run_module, "check_one", check_one_then_someone_saves)
    result = claimcheck("--fix", article)
    assert article.read_bytes() == edited
    assert result.code == 2
    assert f"{article}: file changed since it was read; not fixed" in result.out + result.err


def test_standard_input_is_checked_but_never_rewritten(folder, monkeypatch):
    import io

    target = write_bytes(folder, "named.txt", b"Our blend flushes out toxins.\n")
    monkeypatch.setattr("sys.stdin", io.StringIO("Our blend flushes out toxins.\n"))
    result = claimcheck("--fix", "--stdin-filename", target, "-")
    assert target.read_bytes() == b"Our blend flushes out toxins.\n"
    assert result.code == 1


def test_a_pack_with_fixes_passes_its_own_examples(project):
    result = claimcheck("rules", "test", project / "pack.yaml")
    assert result.code == 0, result.out + result.err
    assert "3 rules, 6 examples: 6 passed, 0 failed" in result.out


def test_a_shipped_safe_fix_corrects_a_botanical_family(tmp_path):
    article = tmp_path / "kava.md"
    article.write_bytes(b"# Kava\r\n\r\nKava is a member of the mint family.\r\n")
    result = claimcheck("--isolated", "--select", "botanical", "--fix", article)
    assert article.read_bytes() == b"# Kava\r\n\r\nKava is a member of the pepper family.\r\n"
    assert "Fixed 1 finding (0 remaining)." in result.err
    assert result.code == 0
    again = claimcheck("--isolated", "--select", "botanical", "--fix", article)
    assert article.read_bytes() == b"# Kava\r\n\r\nKava is a member of the pepper family.\r\n"
    assert "Fixed 0 findings (0 remaining)." in again.err


# --diff on standard input prints its diff (labelled with --stdin-filename, else <stdin>)
# and exits 1, where it said "Would fix 0 findings" and exited 0; --fix still never
# writes a file named by --stdin-filename. Near miss: a clean stdin gives no diff, exit 0.
STDIN_DIFFS = [
    # (stdin text, --stdin-filename, label in the diff, exit code)
    ("Our blend flushes out toxins.\n", None, "<stdin>", 1),
    ("Our blend flushes out toxins.\n", "drafts/tea.md", "drafts/tea.md", 1),
    ("Intro.\r\n\r\nOur blend flushes out toxins.\r\n", "tea.txt", "tea.txt", 1),
    ("Our blend tastes of pine.\n", "tea.md", None, 0),
]


@pytest.mark.parametrize("text, name, label, code", STDIN_DIFFS)
def test_diff_of_standard_input(project, monkeypatch, text, name, label, code):
    import io

    monkeypatch.setattr("sys.stdin", io.TextIOWrapper(io.BytesIO(text.encode()), newline=""))
    result = claimcheck("--diff", *(("--stdin-filename", name) if name else ()), "-", cwd=project,
                        monkeypatch=monkeypatch)
    assert result.code == code, result.err
    if label is None:
        assert result.out == ""
        return
    assert result.out.startswith(f"--- a/{label}\n+++ b/{label}\n")
    assert "+Our blend clears toxins." in result.out
    assert ("\r\n" in result.out) is ("\r\n" in text)


def test_fix_never_writes_the_file_named_for_standard_input(folder, monkeypatch):
    import io

    target = write_bytes(folder, "named.md", b"Our blend flushes out toxins.\n")
    monkeypatch.setattr("sys.stdin", io.TextIOWrapper(io.BytesIO(b"Our blend flushes out toxins.\n")))
    claimcheck("--fix", "--stdin-filename", target, "-")
    assert target.read_bytes() == b"Our blend flushes out toxins.\n"
