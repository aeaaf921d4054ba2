"""The JSON report is an interface tools are built on: its shape, offsets and exit codes."""
import json

from cli_support import CLEAN, FLAGGED, invoke

FINDING_KEYS = {"path", "rule", "category", "scope", "severity", "subject", "line", "column", "end_line",
                "end_column", "start", "end", "text", "message", "correction", "fix", "references"}


def write(folder, name, text):
    path = folder / name
    path.write_text(text, encoding="utf-8")
    return path


def test_json_has_the_documented_shape(tmp_path):
    article = write(tmp_path, "article.txt", FLAGGED)
    result = invoke("--format", "json", article, tmp_path / "missing.txt")
    assert result.exit_code == 2  # an input could not be checked
    report = json.loads(result.stdout)
    assert set(report) == {"version", "findings", "summary", "errors"}
    assert report["version"] == 1
    assert report["findings"], "the flagged article must produce findings"
    for finding in report["findings"]:
        assert set(finding) == FINDING_KEYS
        assert finding["category"] in ("botanical", "efficacy", "safety")
        assert finding["scope"] in ("sentence", "document")
        assert finding["severity"] in ("error", "warning", "info")
        assert finding["fix"] is None or set(finding["fix"]) == {"start", "end", "replacement"}
        assert all(reference.startswith("https://") for reference in finding["references"])
    summary = report["summary"]
    assert summary["files"] == 1 and summary["findings"] == len(report["findings"])
    assert sum(summary["by_category"].values()) == summary["findings"]
    assert sum(summary["by_severity"].values()) == summary["findings"]
    assert report["errors"] == [{"path": str(tmp_path / "missing.txt"), "message": report["errors"][0]["message"]}]


def test_each_finding_and_error_is_one_line(tmp_path):
    article = write(tmp_path, "article.txt", FLAGGED + 'He said "it cures…"\tand left.\n')
    result = invoke("--format", "json", article, tmp_path / "missing.txt")
    report = json.loads(result.stdout)
    lines = result.stdout.splitlines()
    one_line = [json.loads(line.strip().rstrip(",")) for line in lines if line.startswith("    {")]
    assert one_line == report["findings"] + report["errors"]
    assert lines[:3] == ["{", '  "version": 1,', '  "findings": [']
    clean = json.loads(invoke("--format", "json", write(tmp_path, "clean.txt", CLEAN)).stdout)
    assert clean["findings"] == [] and clean["errors"] == []


def test_offsets_slice_the_original_text(tmp_path):
    text = "Intro line — café ☕\r\n\r\n" + FLAGGED.replace("\n", "\r\n")
    article = tmp_path / "crlf.txt"
    article.write_bytes(text.encode("utf-8"))
    report = json.loads(invoke("--format", "json", article).stdout)
    lines = text.split("\n")
    for finding in report["findings"]:
        assert text[finding["start"]:finding["end"]] == finding["text"]
        line = lines[finding["line"] - 1]
        assert line[finding["column"] - 1:].startswith(finding["text"].split("\r")[0][:20])


def test_subjects_are_canonical_ids(tmp_path):
    article = write(tmp_path, "a.txt", "Kava and kratom are stacked in our evening blend.\n")
    report = json.loads(invoke("--format", "json", article).stdout)
    subjects = {f["subject"] for f in report["findings"] if f["scope"] == "document"}
    assert {"kava", "kratom", "kava+kratom"} <= subjects


def test_exit_codes(tmp_path):
    assert invoke(write(tmp_path, "clean.txt", CLEAN)).exit_code == 0
    assert invoke(write(tmp_path, "flagged.txt", FLAGGED)).exit_code == 1
    assert invoke(tmp_path / "nope.txt").exit_code == 2
    assert invoke().exit_code == 2


def test_one_bad_file_does_not_stop_the_others(tmp_path):
    article = write(tmp_path, "flagged.txt", FLAGGED)
    binary = tmp_path / "image.txt"
    binary.write_bytes(b"\x89PNG\x00\x00\x01")
    result = invoke("--format", "json", binary, article)
    report = json.loads(result.stdout)
    assert result.exit_code == 2
    assert {f["path"] for f in report["findings"]} == {str(article)}
    assert [e["path"] for e in report["errors"]] == [str(binary)]


def test_standard_input(tmp_path):
    result = invoke("--format", "json", "-", "--stdin-filename", "draft.md", input="# Draft\n\nTurmeric cures arthritis.\n")
    report = json.loads(result.stdout)
    assert result.exit_code == 1
    assert {f["path"] for f in report["findings"]} == {"draft.md"}
