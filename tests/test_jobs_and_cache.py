"""Parallel jobs give exactly the serial output; the result cache answers only for what it
was computed from: the same text, rules, settings and code."""
from __future__ import annotations

import json
import os
import pickle
from pathlib import Path
from types import SimpleNamespace

import pytest
from cli_support import CLEAN, FLAGGED, invoke

import claimcheck.run as run_module

PACK = """\
rules:
  - id: efficacy/detox-claim
    kind: phrase
    category: efficacy
    severity: warning
    summary: Promises that a product detoxes the body.
    message: "'{match}' promises a detox no study has measured."
    match:
      phrases: [PHRASE]
    examples:
      flag: [This tea PHRASE overnight.]
      pass: [Your liver and kidneys clear waste without help from a tea.]
"""
DETOX = "Our nettle tea flushes out toxins.\n"  # (not "cleanses the blood": the shipped efficacy/organ-detox would stand for the sentence)


def write(path: Path, text: str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def touch_later(path: Path) -> None:
    """Move a file's mtime clearly forward, whatever the file system's resolution."""
    stat = path.stat()
    os.utime(path, ns=(stat.st_atime_ns, stat.st_mtime_ns + 2_000_000_000))


def output(*args) -> str:
    result = invoke(*args)
    assert result.exit_code in (0, 1), result.output
    return result.stdout


def rules_in(report: str) -> list[str]:
    return [f["rule"] for f in json.loads(report)["findings"]]


@pytest.fixture
def site(tmp_path, monkeypatch) -> Path:
    """Ten articles in three formats, some clean, some with several findings."""
    monkeypatch.chdir(tmp_path)
    folder = tmp_path / "site"
    for number in range(10):
        body = FLAGGED if number % 3 else CLEAN
        if number % 4 == 0:
            write(folder / "pages" / f"page{number}.html", f"<h1>Page {number}</h1><p>{body}</p>")
        elif number % 2:
            write(folder / f"post{number}.md", f"# Post {number}\n\n{body}\n- Kratom cures opioid addiction.\n")
        else:
            write(folder / "notes" / f"note{number}.txt", body + "\nKava is completely safe with alcohol.\n")
    return folder


@pytest.fixture
def refuse_to_check(monkeypatch):
    """After this, any file that is actually checked (not served from the cache) fails the test."""

    def check_one(*args, **kwargs):
        raise AssertionError("checked again instead of served from the cache")

    def arm():
        monkeypatch.setattr(run_module, "check_one", check_one)

    return arm


@pytest.fixture
def count_checks(monkeypatch):
    calls = []
    real = run_module.check_one

    def check_one(*args, **kwargs):
        calls.append(args[3])
        return real(*args, **kwargs)

    monkeypatch.setattr(run_module, "check_one", check_one)
    return calls


# ----------------------------------------------------------------------------- jobs


@pytest.mark.parametrize("output_format", ["json", "text", "sarif"])
def test_two_jobs_report_exactly_what_one_job_reports(site, output_format):
    serial = output("--no-cache", "--jobs", "1", "--format", output_format, site)
    parallel = output("--no-cache", "--jobs", "2", "--format", output_format, site)
    assert parallel == serial
    if output_format == "json":
        assert len({f["path"] for f in json.loads(serial)["findings"]}) >= 6


def test_jobs_keep_input_order_and_errors(site, tmp_path):
    missing = tmp_path / "missing.md"
    arguments = ["--no-cache", "--format", "json", site / "post9.md", missing, site, site / "post1.md"]
    serial, parallel = invoke("--jobs", "1", *arguments), invoke("--jobs", "3", *arguments)
    assert parallel.exit_code == serial.exit_code == 2
    assert parallel.stdout == serial.stdout
    assert parallel.stderr == serial.stderr


@pytest.fixture
def read_ahead(monkeypatch):
    """Runs as if the checker still had to be built, so files are read ahead while it is;
    the run waits for the reader to finish (else how far it gets depends on the machine).
    The list it returns gets, per run, how many tasks came to the workers already read."""
    prepared = []
    leave = run_module._read_ahead.__exit__

    def wait_then_leave(self, *exc_info):
        if self.reader is None:  # a serial run reads nothing ahead
            return leave(self, *exc_info)
        self.reader.join(timeout=60)
        outcome = leave(self, *exc_info)
        prepared.append(sum(task.prepared is not None for task in self.tasks))
        return outcome

    monkeypatch.setattr(run_module.CheckerPool, "built", lambda self, extend_rules=(): False)
    monkeypatch.setattr(run_module._read_ahead, "__exit__", wait_then_leave)
    return prepared


@pytest.mark.parametrize("cached", [False, True])
def test_files_read_ahead_give_the_serial_report(site, tmp_path, read_ahead, cached):
    (site / "latin1.txt").write_bytes("Kava r\xe9duit le stress.\n".encode("latin-1"))  # an input error
    cache = ["--cache-dir", tmp_path / "cache"] if cached else ["--no-cache"]
    serial = invoke("--no-cache", "--jobs", "1", "--format", "json", site)
    parallel = invoke(*cache, "--jobs", "2", "--format", "json", site)
    assert read_ahead == [10 if cached else 11]  # with a cache, the undecodable file fails at the look-up
    assert parallel.exit_code == serial.exit_code == 2
    assert (parallel.stdout, parallel.stderr) == (serial.stdout, serial.stderr)
    assert "latin1.txt" in serial.stderr


def test_a_record_cut_off_by_the_stop_is_read_again(site, read_ahead, monkeypatch):
    def cut_off_after_one(tasks, records):
        for task, keep in ((tasks[0], None), (tasks[1], 7)):
            record = pickle.dumps(run_module._read(task, run_module._WORK))
            records.write(len(record).to_bytes(4, "little") + record[:keep])
        records.flush()

    monkeypatch.setattr(run_module, "_read_into", cut_off_after_one)
    serial = output("--no-cache", "--jobs", "1", "--format", "json", site)
    assert output("--no-cache", "--jobs", "2", "--format", "json", site) == serial
    assert read_ahead == [1]


def test_no_temporary_folder_means_no_read_ahead(site, read_ahead, monkeypatch):
    import tempfile

    def unwritable():
        raise OSError("read-only file system")

    monkeypatch.setattr(tempfile, "TemporaryFile", unwritable)
    serial = output("--no-cache", "--jobs", "1", "--format", "json", site)
    assert output("--no-cache", "--jobs", "2", "--format", "json", site) == serial
    assert read_ahead == []  # the workers read every file


def test_jobs_must_be_positive(site):
    from typer.testing import CliRunner

    from claimcheck.cli import app

    assert CliRunner().invoke(app, ["--jobs", "0", str(site)]).exit_code == 2


# ---------------------------------------------------------------------------- cache


def test_an_unchanged_folder_is_answered_from_the_cache(site, tmp_path, refuse_to_check):
    cache = tmp_path / "cache"
    first = output("--cache-dir", cache, "--format", "json", site)
    assert (cache / "CACHEDIR.TAG").is_file() and (cache / ".gitignore").read_text().strip().endswith("*")
    refuse_to_check()
    for jobs in ("1", "2"):
        assert output("--cache-dir", cache, "--jobs", jobs, "--format", "json", site) == first


def test_cached_results_are_complete_for_every_format(site, tmp_path):
    cache = tmp_path / "cache"
    for output_format in ("json", "text", "html", "sarif"):
        fresh = output("--no-cache", "--format", output_format, site)
        output("--cache-dir", cache, "--format", output_format, site)
        assert output("--cache-dir", cache, "--format", output_format, site) == fresh


def test_editing_a_rule_pack_invalidates_the_cache(tmp_path, monkeypatch, count_checks):
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("CLAIMCHECK_CACHE_DIR")  # so the config's cache-dir decides
    pack = write(tmp_path / "pack.yaml", PACK.replace("PHRASE", "detoxes your body"))
    write(tmp_path / "claimcheck.toml", 'extend-rules = ["pack.yaml"]\ncache-dir = "cache"\n')
    article = write(tmp_path / "article.md", DETOX)
    assert "efficacy/detox-claim" not in rules_in(output("--format", "json", article))
    assert len(count_checks) == 1
    write(pack, PACK.replace("PHRASE", "flushes out toxins"))
    touch_later(pack)
    assert "efficacy/detox-claim" in rules_in(output("--format", "json", article))
    assert len(count_checks) == 2
    output("--format", "json", article)
    assert len(count_checks) == 2  # the new rules' result is cached in turn
    assert (tmp_path / "cache").is_dir()


def test_changing_the_config_invalidates_the_cache(tmp_path, monkeypatch, count_checks):
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("CLAIMCHECK_CACHE_DIR")
    config = write(tmp_path / "claimcheck.toml", "")
    article = write(tmp_path / "article.md", FLAGGED)
    everything = rules_in(output("--format", "json", article))
    assert any(rule.startswith("efficacy/") for rule in everything)
    write(config, 'ignore = ["efficacy"]\n')
    narrowed = rules_in(output("--format", "json", article))
    assert narrowed and not any(rule.startswith("efficacy/") for rule in narrowed)
    write(config, 'ignore = ["efficacy"]\n[severity]\n"safety" = "info"\n')
    severities = {f["severity"] for f in json.loads(output("--format", "json", article))["findings"]
                  if f["category"] == "safety"}
    assert severities == {"info"}
    assert len(count_checks) == 3
    write(config, "")
    assert rules_in(output("--format", "json", article)) == everything
    assert len(count_checks) == 3  # the first settings' results were still cached
    assert (tmp_path / ".claimcheck_cache" / "CACHEDIR.TAG").is_file()  # next to the config: the project root


def test_command_line_selection_is_part_of_the_key(site, tmp_path, count_checks):
    cache = tmp_path / "cache"
    article = site / "post1.md"
    full = rules_in(output("--cache-dir", cache, "--format", "json", article))
    only_safety = rules_in(output("--cache-dir", cache, "--select", "safety", "--format", "json", article))
    assert set(only_safety) < set(full)
    assert len(count_checks) == 2


def test_editing_a_file_invalidates_its_entry_only(site, tmp_path, count_checks):
    cache = tmp_path / "cache"
    output("--cache-dir", cache, "--jobs", "1", site)
    assert len(count_checks) == 10
    post = site / "post1.md"
    write(post, post.read_text(encoding="utf-8") + "\nTurmeric is a mushroom.\n")
    report = output("--cache-dir", cache, "--jobs", "1", "--format", "json", site)
    assert count_checks[10:] == [str(post)]
    assert any(f["path"] == str(post) and f["rule"] == "botanical/wrong-kind" for f in json.loads(report)["findings"])


def test_same_text_under_another_name_reports_that_name(site, tmp_path):
    cache = tmp_path / "cache"
    output("--cache-dir", cache, site / "post1.md")
    copy = write(tmp_path / "copy.md", (site / "post1.md").read_text(encoding="utf-8"))
    report = json.loads(output("--cache-dir", cache, "--format", "json", copy))
    assert report["findings"] and {f["path"] for f in report["findings"]} == {str(copy)}


def test_no_cache_never_writes(site, tmp_path, monkeypatch):
    cache = tmp_path / "cache"
    monkeypatch.setenv("CLAIMCHECK_CACHE_DIR", str(cache))
    output("--no-cache", site)
    output("--no-cache", "--cache-dir", tmp_path / "other", site)
    assert not cache.exists() and not (tmp_path / "other").exists()
    assert not (tmp_path / ".claimcheck_cache").exists()


def test_fix_writes_a_file_the_cache_then_sees_as_new(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    article = write(tmp_path / "a.txt", "Our blend flushes out toxins.\n")
    cache = tmp_path / "cache"
    before = output("--cache-dir", cache, "--format", "json", article)
    invoke("--cache-dir", cache, "--fix", "--unsafe-fixes", article)
    after = output("--cache-dir", cache, "--format", "json", article)
    fresh = output("--no-cache", "--format", "json", article)
    assert after == fresh
    if article.read_text(encoding="utf-8") != "Our blend flushes out toxins.\n":
        assert after != before


# ------------------------------------------------------------------------------ API


def test_python_api_returns_finding_objects(site):
    import claimcheck
    from claimcheck.findings import Finding

    findings = claimcheck.check_text(FLAGGED, path="draft.md")
    assert findings and all(isinstance(f, Finding) for f in findings)
    assert {f.path for f in findings} == {"draft.md"}
    run = claimcheck.check_paths([site])
    assert len(run.files) == 10 and all(isinstance(f, Finding) for f in run.findings)


# Ctrl-C reaches every process of the group. A forked worker (and the read-ahead reader)
# ignores it, so only the parent answers (no worker tracebacks); and a cache entry is
# written whole or not at all: an interrupt while it is written removes the temporary
# file. Near miss: a write that is not interrupted leaves the entry and nothing else.
def _sigint_disposition(_):
    import signal

    return signal.getsignal(signal.SIGINT) is signal.SIG_IGN


def test_forked_workers_leave_ctrl_c_to_the_parent():
    import signal

    with run_module._process_pool(2) as processes:
        assert processes is not None
        assert processes.map(_sigint_disposition, range(4)) == [True] * 4
    assert signal.getsignal(signal.SIGINT) is not signal.SIG_IGN


@pytest.mark.parametrize("interrupt", [KeyboardInterrupt, SystemExit, OSError])
def test_an_interrupted_cache_write_leaves_no_temporary_file(tmp_path, monkeypatch, interrupt):
    import claimcheck.cache as cache_module

    def replace_interrupted(source, target):
        raise interrupt()

    monkeypatch.setattr(cache_module.os, "replace", replace_interrupted)
    target = tmp_path / "entry.json"
    with pytest.raises(interrupt):
        cache_module._write_atomically(target, b"{}")
    assert list(tmp_path.iterdir()) == []


def test_a_cache_write_leaves_the_entry_only(tmp_path):
    import claimcheck.cache as cache_module

    cache_module._write_atomically(tmp_path / "entry.json", b'{"key": 1}')
    assert [p.name for p in tmp_path.iterdir()] == ["entry.json"]
    assert (tmp_path / "entry.json").read_bytes() == b'{"key": 1}'


def test_an_interrupted_store_is_a_miss_not_a_half_entry(tmp_path, monkeypatch):
    import claimcheck.cache as cache_module

    cache = cache_module.ResultCache(tmp_path / "cache")

    def replace_interrupted(source, target):
        raise KeyboardInterrupt()

    monkeypatch.setattr(cache_module.os, "replace", replace_interrupted)
    with pytest.raises(KeyboardInterrupt):
        cache.store("ab" + "0" * 62, [], 0, "text", "text", "\n")
    monkeypatch.undo()
    assert cache.load("ab" + "0" * 62) is None
    assert not [p for p in (tmp_path / "cache").rglob("*") if p.suffix == ".tmp"]


def test_compiled_entries_are_pruned_to_the_most_recently_used_of_their_kind(tmp_path, monkeypatch):
    import claimcheck.cache as cache_module

    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    folder = tmp_path / "claimcheck" / "compiled"
    kept = cache_module.COMPILED_KEPT_PER_KIND
    entry_of = {}

    def build(number):
        rule_file = tmp_path / f"rules-{number}.yaml"
        rule_file.write_text(f"version: {number}\n")
        before = set(folder.glob("*.pickle")) if folder.exists() else set()
        assert cache_module.compiled("rulebook", [rule_file], lambda: SimpleNamespace(number=number)).number == number
        (entry,) = set(folder.glob("*.pickle")) - before
        os.utime(entry, (1_000 + number, 1_000 + number))  # built in this order, a second apart
        entry_of[number] = entry

    (tmp_path / "other.yaml").write_text("x\n")
    cache_module.compiled("regex-programs", [tmp_path / "other.yaml"], SimpleNamespace)
    for number in range(kept + 3):
        build(number)
    assert {p.name for p in folder.glob("rulebook-*.pickle")} == {entry_of[n].name for n in range(3, kept + 3)}
    assert len(list(folder.glob("regex-programs-*.pickle"))) == 1  # another kind is not counted

    # the oldest entry, read again, is in use: the next build removes the one after it
    rule_file = tmp_path / "rules-3.yaml"
    assert cache_module.compiled("rulebook", [rule_file], lambda: pytest.fail("built again")).number == 3
    build(kept + 3)
    assert entry_of[3].exists() and not entry_of[4].exists()
