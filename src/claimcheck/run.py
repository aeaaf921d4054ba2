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

from .config import DEFAULT_FAIL_ON, ConfigError, ConfigResolver, FileConfig, selector_matches
from .discover import DEFAULT_INCLUDE, expand_paths  # noqa: F401 - re-exported
from .findings import Finding, locate
from .sources import DEFAULT_MAX_BYTES, Source, SourceError, read_source
from .suppressions import UNUSED_SUPPRESSION_RULE, filter_suppressed, parse_directives, unused_suppressions


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
            from .engine import Checker

            _BUILT[key] = Checker(extra_rule_paths=list(extend_rules))
        return _BUILT[key]


def check_inputs(checker, paths: Iterable[str], *, encoding: str | None = None,
                 stdin_filename: str | None = None, stdin_text: str | None = None,
                 configs: ConfigResolver | None = None, force_exclude: bool = False,
                 report_unused_suppressions: bool = False,
                 progress: Callable[[list[str]], Iterable[str]] | None = None) -> RunResult:
    """Check every input; `checker` is a Checker (used as is) or a `CheckerPool`."""
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
    for item in progress(items) if progress else items:
        shown = (stdin_filename or "<stdin>") if item == "-" else item
        config = configs.for_path(stdin_filename or os.getcwd()) if item == "-" else configs.for_path(item)
        active = pool.get(config.extend_rules)
        if id(config) not in validated:
            validate_selectors(config, active.book.rules)
            validated.add(id(config))
        for rule in active.book.rules:
            result.rules.setdefault(rule.id, rule)
        try:
            limit = DEFAULT_MAX_BYTES if config.max_file_size is None else config.max_file_size or None
            source = read_source(item, encoding=encoding, stdin_text=stdin_text if item == "-" else None,
                                 stdin_filename=stdin_filename, max_bytes=limit)
        except SourceError as error:
            result.errors.append(InputError(shown, str(error)))
            continue
        result.files.append(check_one(active, source, config, shown, report_unused_suppressions))
    return result


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
