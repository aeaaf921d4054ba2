"""Running a check over many inputs: files, directories and standard input.

Each input is read, checked and turned into a `FileResult`; a bad input becomes an
`InputError` (one line naming the file) and never stops the others.
"""
from __future__ import annotations

import os
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from .findings import Finding
from .sources import Source, SourceError, read_source

DEFAULT_INCLUDE = ("*.md", "*.markdown", "*.txt", "*.html", "*.htm")


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


@dataclass
class RunResult:
    files: list[FileResult] = field(default_factory=list)
    errors: list[InputError] = field(default_factory=list)

    @property
    def findings(self) -> list[Finding]:
        return [f for result in self.files for f in result.findings]


def expand_paths(paths: Iterable[str]) -> Iterator[str | InputError]:
    """Files as given; directories walked recursively for the default file types."""
    for path in paths:
        if path == "-" or not os.path.isdir(path):
            yield path
            continue
        for root, dirs, files in os.walk(path):
            dirs[:] = sorted(d for d in dirs if not d.startswith("."))
            for name in sorted(files):
                if any(Path(name).match(pattern) for pattern in DEFAULT_INCLUDE):
                    yield os.path.join(root, name)


def check_inputs(checker, paths: Iterable[str], *, encoding: str | None = None,
                 stdin_filename: str | None = None, stdin_text: str | None = None) -> RunResult:
    result = RunResult()
    for item in expand_paths(paths):
        if isinstance(item, InputError):
            result.errors.append(item)
            continue
        try:
            source = read_source(item, encoding=encoding, stdin_text=stdin_text if item == "-" else None,
                                 stdin_filename=stdin_filename)
        except SourceError as error:
            result.errors.append(InputError(item, str(error)))
            continue
        result.files.append(FileResult(source.path, source, checker.check_source(source)))
    return result
