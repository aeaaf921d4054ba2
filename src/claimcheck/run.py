"""Running a check over many inputs: files, directories and standard input.

Each input is read, checked with the settings that govern it (see `config`), filtered
through its suppression comments and turned into a `FileResult`; a bad input becomes an
`InputError` (one line naming the file) and never stops the others.  A broken config
(`ConfigError`) does stop the run: the caller reports it.
"""
from __future__ import annotations

import os
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from .collection import paused as paused_collection
from .config import DEFAULT_FAIL_ON, ConfigError, ConfigResolver, FileConfig, selector_matches
from .discover import DEFAULT_INCLUDE, expand_paths  # noqa: F401 - re-exported
from .findings import Finding, locate
from .sources import DEFAULT_MAX_BYTES, Source, SourceError, read_source
from .suppressions import UNUSED_SUPPRESSION_RULE, filter_suppressed, parse_directives, unused_suppressions

if TYPE_CHECKING:
    from .cache import ResultCache


@dataclass
class InputError:
    path: str
    message: str

    def to_dict(self) -> dict:
        return {"path": self.path, "message": self.message}


@dataclass
class FileResult:
    path: str
    source: Source
    findings: list[Finding]
    fail_on: str = DEFAULT_FAIL_ON
    suppressed: int = 0


@dataclass
class RunResult:
    files: list[FileResult] = field(default_factory=list)
    errors: list[InputError] = field(default_factory=list)
    # Metadata of every rule that could have fired (for SARIF and statistics), by id.
    rules: dict = field(default_factory=dict)

    @property
    def findings(self) -> list[Finding]:
        return [f for result in self.files for f in result.findings]


_BUILT: dict[tuple, object] = {}
_BOOKS: dict[tuple, object] = {}


def _rule_files_stamp(paths: tuple[Path, ...]) -> tuple:
    """What a Checker was built from: the extra rule files and when each last changed."""
    files = []
    for path in paths:
        files.extend(sorted(path.glob("*.yaml")) if path.is_dir() else [path])
    return tuple((str(f), f.stat().st_mtime_ns if f.exists() else 0) for f in files)


class CheckerPool:
    """One Checker per distinct set of extra rule files: building one costs about a second,
    so checkers are kept for the life of the process (an API user or a test session
    running the command many times) and rebuilt only when a rule file changes."""

    def __init__(self, base=None):
        self._base = base

    def get(self, extend_rules: tuple[Path, ...] = ()):
        if not extend_rules and self._base is not None:
            return self._base
        key = _rule_files_stamp(tuple(extend_rules))
        if key not in _BUILT:
            with paused_collection():  # importing spaCy, as building the Checker, makes objects for good
                from .engine import Checker

            _BUILT[key] = Checker(book=self.book(extend_rules), extra_rule_paths=list(extend_rules))
        return _BUILT[key]

    def built(self, extend_rules: tuple[Path, ...] = ()) -> bool:
        if not extend_rules and self._base is not None:
            return True
        return _rule_files_stamp(tuple(extend_rules)) in _BUILT

    def book(self, extend_rules: tuple[Path, ...] = ()):
        """The rules a Checker would use, without building one (no spaCy): enough to plan a
        run and to look results up in the cache."""
        if not extend_rules and self._base is not None:
            return self._base.book
        key = _rule_files_stamp(tuple(extend_rules))
        if key in _BUILT:
            return _BUILT[key].book
        if key not in _BOOKS:
            from .rulebook import load_rulebook

            _BOOKS[key] = load_rulebook(list(extend_rules))
        return _BOOKS[key]


def check_inputs(checker, paths: Iterable[str], *, encoding: str | None = None,
                 stdin_filename: str | None = None, stdin_text: str | bytes | None = None,
                 configs: ConfigResolver | None = None, force_exclude: bool = False,
                 report_unused_suppressions: bool = False,
                 progress: Callable[[list[str]], Iterable[str]] | None = None,
                 jobs: int | None = 1, cache: "ResultCache | None" = None) -> RunResult:
    """Check every input; `checker` is a Checker (used as is) or a `CheckerPool`.

    With ``jobs`` > 1 (``None``: one per core) files are checked by that many worker
    processes; results come back in input order, exactly as a serial run gives them.
    With a `ResultCache`, a file whose text, rules and settings were checked before is
    not checked again."""
    pool = checker if isinstance(checker, CheckerPool) else CheckerPool(checker)
    configs = configs or ConfigResolver(isolated=True)
    validated: set[int] = set()
    result = RunResult()
    if report_unused_suppressions:
        result.rules[UNUSED_SUPPRESSION_RULE.id] = UNUSED_SUPPRESSION_RULE

    def excluded(path: str, is_dir: bool) -> bool:
        return configs.for_path(path).excluded(path, is_dir)

    def unlisted(path: str, problem: str) -> None:
        result.errors.append(InputError(path, problem))

    items = list(expand_paths(paths, excluded, force_exclude, on_error=unlisted))
    tasks = []
    for item in items:  # settings and rules first: a broken config stops the run before any check
        shown = (stdin_filename or "<stdin>") if item == "-" else item
        config = configs.for_path(stdin_filename or os.getcwd()) if item == "-" else configs.for_path(item)
        book = pool.book(config.extend_rules)
        if id(config) not in validated:
            validate_selectors(config, book.rules)
            validated.add(id(config))
        for rule in book.rules:
            result.rules.setdefault(rule.id, rule)
        tasks.append(_Task(item, shown, config))
    global _WORK
    _WORK = _Work(pool, encoding, stdin_filename, stdin_text, report_unused_suppressions, cache)
    # The cache is consulted here, before any worker starts: an answered file costs a read,
    # a hash and a small JSON load, and a run the cache answers entirely never forks or
    # loads spaCy. Only the files left are checked, by workers when there are enough.
    answered = [_look_up(task, _WORK) if cache is not None and task.item != "-" else None for task in tasks]
    to_check = [task for task, outcome in zip(tasks, answered) if outcome is None]
    workers = _worker_count(jobs, to_check)
    if workers > 1 or len(to_check) > 1:
        # built once here: inherited by every forked worker, and frozen out of the collector's way
        unbuilt = [rules for rules in {task.config.extend_rules for task in to_check} if not pool.built(rules)]
        with _read_ahead(to_check if workers > 1 and unbuilt else []):
            for extend_rules in unbuilt:
                pool.get(extend_rules)
    with _process_pool(workers) as processes:
        if processes:
            chunk = max(1, min(16, len(to_check) // (workers * 8)))
            checked = processes.imap(_check_task, to_check, chunksize=chunk)
        else:
            checked = map(_check_task, to_check)
        shown_items = iter(progress([task.item for task in tasks])) if progress else None
        for outcome in answered:
            if shown_items is not None:
                next(shown_items, None)
            if outcome is None:
                outcome = next(checked)
            if isinstance(outcome, InputError):
                result.errors.append(outcome)
            else:
                result.files.append(outcome)
        if shown_items is not None:
            next(shown_items, None)  # let the bar finish
    _WORK = None
    return result


# ------------------------------------------------------------------ checking one input


@dataclass
class _Task:
    item: str
    shown: str
    config: FileConfig
    # After a cache miss: the decoded file (text, encoding used, BOM) and its cache key, so
    # the file is read once.
    decoded: tuple | None = None
    cache_key: str | None = None
    # Read ahead while the checker was being built: what reading gave, pickled.
    prepared: bytes | None = None


@dataclass
class _Work:
    """What every task of a run shares; worker processes inherit it when they fork."""

    pool: CheckerPool
    encoding: str | None
    stdin_filename: str | None
    stdin_text: str | bytes | None
    report_unused_suppressions: bool
    cache: "ResultCache | None"


_WORK: _Work | None = None
# Below this many files, starting worker processes costs more than it saves.
MIN_FILES_PER_WORKER = 4


def _worker_count(jobs: int | None, tasks: list[_Task]) -> int:
    import multiprocessing

    if jobs is None:
        jobs = os.cpu_count() or 1
    if jobs <= 1 or "fork" not in multiprocessing.get_all_start_methods():
        return 1
    if any(task.item == "-" for task in tasks):
        return 1  # standard input belongs to this process
    return max(1, min(jobs, len(tasks) // MIN_FILES_PER_WORKER))


class _process_pool:
    """A pool of forked workers (None for one job). Forked workers start with the
    parent's compiled checkers, so none of them loads the rules again."""

    def __init__(self, workers: int):
        self.workers, self.pool = workers, None

    def __enter__(self):
        import gc

        # Objects alive now (the compiled checkers) are never collected during the run: the
        # collector would walk them again and again, and in a forked worker touch (and so
        # copy) every page of the inherited checker.
        gc.freeze()
        if self.workers > 1:
            import multiprocessing

            self.pool = multiprocessing.get_context("fork").Pool(self.workers, initializer=_ignore_interrupts)
        return self.pool

    def __exit__(self, *exc_info):
        import gc

        if self.pool is not None:
            self.pool.terminate() if exc_info[0] else self.pool.close()
            self.pool.join()
        gc.unfreeze()
        return False


class _read_ahead:
    """Reads the files in a forked process while this one imports spaCy and builds the
    checker. That takes about a second on one core, and reading (decoding, masking) is a
    sixth of checking a file: the other core does it meanwhile. The reader appends each
    outcome, pickled and length-prefixed, to a temporary file; on leaving, it is stopped
    and every whole record goes to its task (`task.prepared`, unpickled by the worker
    that checks it). The checking workers read the rest as usual. A file rather than a
    pipe: nobody here drains a pipe while the build holds this process."""

    def __init__(self, tasks: list[_Task]):
        self.tasks, self.reader = tasks, None

    def __enter__(self):
        if self.tasks:
            import multiprocessing
            import tempfile

            try:
                self.records = tempfile.TemporaryFile()
            except OSError:  # no writable temporary folder: the workers read every file
                return self
            self.reader = multiprocessing.get_context("fork").Process(
                target=_read_into, args=(self.tasks, self.records), daemon=True)
            self.reader.start()
        return self

    def __exit__(self, *exc_info):
        if self.reader is None:
            return False
        self.reader.terminate()
        self.reader.join()
        with self.records:
            self.records.seek(0)
            data = self.records.read() if exc_info[0] is None else b""
        position = 0
        for task in self.tasks:
            end = position + 4 + int.from_bytes(data[position:position + 4], "little")
            if position + 4 > len(data) or end > len(data):
                break  # not read yet, or cut off mid-record by the stop
            task.prepared, task.decoded = data[position + 4:end], None
            position = end
        return False


def _ignore_interrupts() -> None:
    """In a worker: Ctrl-C reaches the whole process group, but only the parent answers it
    (it stops the workers); a worker that took it would print a traceback of its own."""
    import signal

    signal.signal(signal.SIGINT, signal.SIG_IGN)


def _read_into(tasks: list[_Task], records) -> None:
    import pickle

    _ignore_interrupts()
    for task in tasks:
        record = pickle.dumps(_read(task, _WORK), protocol=pickle.HIGHEST_PROTOCOL)
        records.write(len(record).to_bytes(4, "little") + record)
        records.flush()


def _size_limit(config: FileConfig) -> int | None:
    return DEFAULT_MAX_BYTES if config.max_file_size is None else config.max_file_size or None


def _check_task(task: _Task):
    """Check one input (in this process or a worker): a FileResult or an InputError."""
    work = _WORK
    if task.prepared is not None:
        import pickle

        source = pickle.loads(task.prepared)
    else:
        source = _read(task, work)
    if isinstance(source, InputError):
        return source
    checked = check_one(work.pool.get(task.config.extend_rules), source, task.config, task.shown,
                        work.report_unused_suppressions)
    if task.cache_key is not None:
        work.cache.store(task.cache_key, checked.findings, checked.suppressed, source.prose, source.text,
                         source.newline)
    return checked


def _read(task: _Task, work: _Work) -> Source | InputError:
    """Read, decode and mask one input: what checking it starts from."""
    try:
        if task.decoded is not None:
            from dataclasses import replace

            from .sources import detect_format, make_source

            text, used_encoding, has_bom = task.decoded
            return replace(make_source(text, task.shown, detect_format(task.shown)), encoding=used_encoding,
                           has_bom=has_bom)
        return read_source(task.item, encoding=work.encoding,
                           stdin_text=work.stdin_text if task.item == "-" else None,
                           stdin_filename=work.stdin_filename, max_bytes=_size_limit(task.config))
    except SourceError as error:
        return InputError(task.shown, str(error))


def _look_up(task: _Task, work: _Work) -> FileResult | InputError | None:
    """The cached result for one file, its read error, or None (then the task holds what
    checking it needs)."""
    from .cache import finding_from_entry, settings_fingerprint
    from .sources import _read_bytes, decode, detect_format

    try:
        text, used_encoding, has_bom = decode(_read_bytes(task.item, _size_limit(task.config)), task.item,
                                              work.encoding)
    except SourceError as error:
        return InputError(task.shown, str(error))
    book = work.pool.book(task.config.extend_rules)
    settings = settings_fingerprint(task.config, book.rules, task.shown, work.report_unused_suppressions)
    key = work.cache.key(text, detect_format(task.shown), work.encoding, book, settings)
    entry = work.cache.load(key)
    if entry is None:
        task.decoded, task.cache_key = (text, used_encoding, has_bom), key
        return None
    prose = entry["prose"] if entry["prose"] is not None else text
    source = Source(task.shown, text, prose, detect_format(task.shown), used_encoding, has_bom, entry["newline"])
    findings = [finding_from_entry(f, task.shown) for f in entry["findings"]]
    return FileResult(task.shown, source, findings, fail_on=task.config.fail_on, suppressed=entry["suppressed"])


def check_one(checker, source: Source, config: FileConfig, path: str,
              report_unused_suppressions: bool = False) -> FileResult:
    """Check one source: rule selection, severity overrides, then suppressions."""

    def enabled(finding: Finding) -> bool:
        return config.rule_enabled(finding.rule, finding.category, path)

    findings = checker.check_source(source, rule_filter=enabled)
    for finding in findings:
        finding.severity = config.severity_for(finding.rule, finding.category, finding.severity)
    directives = parse_directives(source.text)
    kept = filter_suppressed(findings, directives)
    suppressed = len(findings) - len(kept)
    if report_unused_suppressions:
        unused = [f for f in unused_suppressions(directives) if enabled(f)]
        for finding in unused:
            finding.severity = config.severity_for(finding.rule, finding.category, finding.severity)
        kept = sorted(kept + locate(unused, source.path, source.text), key=lambda f: f.sort_key)
    return FileResult(source.path, source, kept, fail_on=config.fail_on, suppressed=suppressed)


def validate_selectors(config: FileConfig, rules) -> None:
    """A selector that names no rule is a mistake worth stopping for (a typo silently
    selecting nothing would turn the linter off)."""
    from .rulebook import CATEGORIES

    known = list(rules) + [UNUSED_SUPPRESSION_RULE]
    categories = set(CATEGORIES) | {UNUSED_SUPPRESSION_RULE.category}
    for layer, key, selector in config.selectors():
        if selector == "ALL" or selector in categories or any(selector_matches(selector, r.id, r.category) for r in known):
            continue
        where = layer.path if layer.path is not None else "command line"
        raise ConfigError(where, key, f"{selector!r} matches no rule id, id prefix or category")
