"""A progress bar on stderr for long runs in a terminal; never in CI logs or pipes."""
from __future__ import annotations

import os
import sys
from collections.abc import Iterator

MIN_FILES = 6
HUMAN_FORMATS = ("text", "concise")


def wanted(output_format: str, quiet: bool, stream=None) -> bool:
    """A bar only helps a person watching: a terminal, not CI, a human format."""
    stream = stream or sys.stderr
    return (output_format in HUMAN_FORMATS and not quiet and not os.environ.get("CI")
            and hasattr(stream, "isatty") and stream.isatty())


def progress_bar(items: list[str]) -> Iterator[str]:
    """Yield `items`, showing a bar when there are enough of them to wait for."""
    if len(items) < MIN_FILES:
        yield from items
        return
    from rich.console import Console
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

    columns = (TextColumn("checking"), BarColumn(), MofNCompleteColumn(), TimeRemainingColumn(),
               TextColumn("{task.description}", style="dim"))
    with Progress(*columns, console=Console(stderr=True), transient=True) as progress:
        task = progress.add_task("", total=len(items))
        for item in items:
            progress.update(task, description=os.path.basename(item))
            yield item
            progress.advance(task)

