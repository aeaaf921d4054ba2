"""The command line. Kept free of spaCy imports at module level so that ``--help``,
``--version`` and ``claimcheck rules`` start fast; the checker is imported only to check."""
from __future__ import annotations

import os
import sys
from enum import Enum
from pathlib import Path
from typing import Optional

import typer

from . import __version__

EXIT_CLEAN, EXIT_FINDINGS, EXIT_ERROR = 0, 1, 2


class OutputFormat(str, Enum):
    text = "text"
    concise = "concise"
    json = "json"


class FailOn(str, Enum):
    error = "error"
    warning = "warning"
    info = "info"
    never = "never"


app = typer.Typer(add_completion=False, help="Fact-check wellness copy: botanical errors, overstated efficacy, "
                  "and missing or contradicted safety language.")


def _version(value: bool) -> None:
    if value:
        typer.echo(f"claimcheck {__version__}")
        raise typer.Exit()


def _use_color(output: Optional[Path]) -> bool:
    if output is not None or os.environ.get("NO_COLOR"):
        return False
    if os.environ.get("FORCE_COLOR"):
        return True
    return sys.stdout.isatty()


def exit_code(findings, errors, fail_on: str) -> int:
    if errors:
        return EXIT_ERROR
    from .findings import SEVERITY_RANK

    if fail_on == "never":
        return EXIT_CLEAN
    threshold = SEVERITY_RANK[fail_on]
    return EXIT_FINDINGS if any(SEVERITY_RANK[f.severity] >= threshold for f in findings) else EXIT_CLEAN


@app.command()
def check(
    paths: list[str] = typer.Argument(None, help="Files or directories to check; '-' reads standard input."),
    output_format: OutputFormat = typer.Option(OutputFormat.text, "--format", "-f", help="Output format."),
    output: Optional[Path] = typer.Option(None, "--output", "-o", help="Write the report to this file."),
    quiet: bool = typer.Option(False, "--quiet", "-q", help="Print findings only."),
    stdin_filename: Optional[str] = typer.Option(None, help="Name (and format) of the text read from '-'."),
    encoding: Optional[str] = typer.Option(None, help="Decode inputs with this encoding instead of UTF-8."),
    fail_on: FailOn = typer.Option(FailOn.info, "--fail-on", help="Lowest severity that makes the exit code 1."),
    version: bool = typer.Option(False, "--version", callback=_version, is_eager=True, help="Show the version."),
) -> None:
    """Check articles and report what is wrong, why, and the correction."""
    if not paths:
        typer.echo("claimcheck: no input; give files, directories or '-' (see --help)", err=True)
        raise typer.Exit(EXIT_ERROR)
    from .engine import Checker
    from .reporters import get_reporter
    from .rulefiles import RuleFileError
    from .run import check_inputs

    try:
        checker = Checker()
    except RuleFileError as error:
        typer.echo(f"claimcheck: {error}", err=True)
        raise typer.Exit(EXIT_ERROR)
    stdin_text = sys.stdin.read() if "-" in paths else None
    run = check_inputs(checker, paths, encoding=encoding, stdin_filename=stdin_filename, stdin_text=stdin_text)
    reporter = get_reporter(output_format.value)
    if output is not None:
        with open(output, "w", encoding="utf-8") as stream:
            reporter(run, stream, color=False, quiet=quiet)
    else:
        reporter(run, sys.stdout, color=_use_color(None), quiet=quiet)
    if output_format.value not in ("text", "concise"):
        for error in run.errors:
            typer.echo(f"{error.path}: {error.message}", err=True)
    raise typer.Exit(exit_code(run.findings, run.errors, fail_on.value))


def main() -> None:
    app(prog_name="claimcheck")


if __name__ == "__main__":
    main()
