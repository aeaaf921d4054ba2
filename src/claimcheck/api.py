"""The Python API: the same work as the command line, returning `Finding` objects."""
from __future__ import annotations

from collections.abc import Iterable

from .engine import default_checker
from .findings import Finding
from .run import RunResult, check_inputs
from .sources import make_source


def check_text(text: str, path: str = "<text>", format: str | None = None) -> list[Finding]:
    """Check one text; `format` is "text", "markdown" or "html" (default: from `path`'s extension)."""
    return default_checker().check_source(make_source(text, path, format))


def check_paths(paths: Iterable[str], encoding: str | None = None) -> RunResult:
    """Check files and directories; bad inputs are collected in `RunResult.errors`."""
    return check_inputs(default_checker(), list(paths), encoding=encoding)
