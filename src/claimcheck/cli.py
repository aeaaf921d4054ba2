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
    sarif = "sarif"
    github = "github"
    junit = "junit"
    html = "html"


class FailOn(str, Enum):
    error = "error"
    warning = "warning"
    info = "info"
    never = "never"


# Help and usage errors in click's plain layout: typer's rich layout imports rich's Markdown
# renderer and more (about 0.1 s) before printing a line, and `--help` should be instant.
app = typer.Typer(add_completion=False, rich_markup_mode=None, help="Fact-check wellness copy: botanical errors, overstated efficacy, "
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


def exit_code(run) -> int:
    """2 for input errors; 1 when a finding reaches the ``fail-on`` of its file; else 0."""
    if run.errors:
        return EXIT_ERROR
    from .findings import SEVERITY_RANK

    for result in run.files:
        if result.fail_on != "never" and any(
                SEVERITY_RANK[f.severity] >= SEVERITY_RANK[result.fail_on] for f in result.findings):
            return EXIT_FINDINGS
    return EXIT_CLEAN


def _fail(message: str) -> typer.Exit:
    typer.echo(f"claimcheck: {message}", err=True)
    return typer.Exit(EXIT_ERROR)


@app.command(epilog="Rules: 'claimcheck rules' lists them, 'claimcheck rule ID' explains one, "
             "'claimcheck rules test [PATHS]' runs their examples.")
def check(
    paths: list[str] = typer.Argument(None, help="Files or directories to check; '-' reads standard input."),
    output_format: OutputFormat = typer.Option(OutputFormat.text, "--format", "-f", help="Output format."),
    output: Optional[Path] = typer.Option(None, "--output", "-o", help="Write the report to this file."),
    quiet: bool = typer.Option(False, "--quiet", "-q", help="Print findings only."),
    stdin_filename: Optional[str] = typer.Option(None, help="Name of the text read from '-': picks its "
                                                 "format and its config."),
    encoding: Optional[str] = typer.Option(None, help="Decode inputs with this encoding instead of UTF-8."),
    max_file_size: Optional[str] = typer.Option(None, "--max-file-size", help="Refuse files larger than this, "
                                                "e.g. 50MB or 500kB; 0 for no limit [default: config, else 20MB]."),
    fail_on: Optional[FailOn] = typer.Option(None, "--fail-on", help="Lowest severity that makes the exit "
                                             "code 1 [default: config, else info]."),
    config: Optional[Path] = typer.Option(None, "--config", help="Use this config file instead of "
                                          "looking for one."),
    isolated: bool = typer.Option(False, "--isolated", help="Ignore every config file."),
    select: Optional[list[str]] = typer.Option(None, "--select", help="Check only these rule ids, id prefixes "
                                               "or categories (comma-separated; replaces the config's)."),
    ignore: Optional[list[str]] = typer.Option(None, "--ignore", help="Skip these rule ids, id prefixes or "
                                               "categories (comma-separated)."),
    exclude: Optional[list[str]] = typer.Option(None, "--exclude", help="Skip paths matching this glob when "
                                                "walking directories (repeatable)."),
    force_exclude: bool = typer.Option(False, "--force-exclude", help="Apply excludes to files named on the "
                                       "command line too (for pre-commit)."),
    statistics: bool = typer.Option(False, "--statistics", help="Print the number of findings per rule "
                                    "instead of the findings."),
    report_unused_suppressions: bool = typer.Option(False, "--report-unused-suppressions",
                                                    help="Report suppression comments that silenced nothing."),
    fix: bool = typer.Option(False, "--fix", help="Apply every safe fix in place, then report what remains."),
    diff: bool = typer.Option(False, "--diff", help="Print the fixes as a unified diff; change nothing."),
    unsafe_fixes: bool = typer.Option(False, "--unsafe-fixes", help="With --fix or --diff, also apply fixes "
                                      "marked unsafe."),
    version: bool = typer.Option(False, "--version", callback=_version, is_eager=True, help="Show the version."),
    debug: bool = typer.Option(False, "--debug", help="Show the full traceback of an internal error."),
    jobs: Optional[int] = typer.Option(None, "--jobs", "-j", min=1, help="Check files in this many processes "
                                       "[default: one per core]; 1 checks them one after another."),
    no_cache: bool = typer.Option(False, "--no-cache", help="Neither read nor write the result cache."),
    cache_dir: Optional[Path] = typer.Option(None, "--cache-dir", help="Keep the result cache in this folder "
                                             "[default: $CLAIMCHECK_CACHE_DIR, config cache-dir, else "
                                             ".claimcheck_cache in the project root]."),
) -> None:
    """Check articles and report what is wrong, why, and the correction."""
    if not paths:
        raise _fail("no input; give files, directories or '-' (see --help)")
    from .config import ConfigError, ConfigResolver, flag_settings, parse_size
    from .progress import progress_bar, wanted
    from .rulefiles import RuleFileError
    from .run import CheckerPool, check_inputs

    try:
        size_limit = parse_size(max_file_size) if max_file_size is not None else None
    except ValueError as error:
        raise _fail(f"--max-file-size {error}")
    if output is not None and (output.is_dir() or not output.absolute().parent.is_dir()):
        # told now, not after checking every file
        problem = "Is a directory" if output.is_dir() else "No such file or directory"
        raise _fail(f"{output}: cannot write the report ({problem})")
    if select is not None and not any(part.strip() for value in select for part in value.split(",")):
        # an empty selection would check nothing and pass: most likely an unset variable
        raise _fail("--select: no rule id, id prefix or category given (it was empty)")
    flags = flag_settings(select=select, ignore=ignore or (), exclude=exclude or (),
                          fail_on=fail_on.value if fail_on else None, max_file_size=size_limit)
    try:
        configs = ConfigResolver(flags=flags, config_path=config, isolated=isolated)
        stdin_text = _read_stdin() if "-" in paths else None
        result_cache = None
        if not no_cache:
            from .cache import ResultCache, default_cache_dir

            result_cache = ResultCache(cache_dir or default_cache_dir(configs))
        run = check_inputs(CheckerPool(), paths, encoding=encoding, stdin_filename=stdin_filename,
                           stdin_text=stdin_text, configs=configs, force_exclude=force_exclude,
                           report_unused_suppressions=report_unused_suppressions,
                           progress=progress_bar if wanted(output_format.value, quiet) else None,
                           jobs=jobs, cache=result_cache)
    except (ConfigError, RuleFileError) as error:
        raise _fail(str(error))
    if fix or diff:
        from .fixes import fix_checked_run

        fixed = fix_checked_run(run, configs, unsafe=unsafe_fixes, dry_run=diff,
                                skip=frozenset({stdin_filename or "<stdin>"} if "-" in paths else ()),
                                report_unused_suppressions=report_unused_suppressions)
        if diff:  # the diff is the whole output
            sys.stdout.write("".join(fixed.diffs))
            for error in run.errors:
                typer.echo(f"{error.path}: {error.message}", err=True)
            if not quiet:
                typer.echo(fixed.line(dry_run=True), err=True)
            raise typer.Exit(EXIT_ERROR if run.errors else EXIT_FINDINGS if fixed.diffs else EXIT_CLEAN)
        if not quiet:
            typer.echo(fixed.line(dry_run=False), err=True)
    if output is not None:
        try:
            with open(output, "w", encoding="utf-8") as stream:
                _report(run, output_format.value, stream, color=False, quiet=quiet, statistics=statistics)
        except OSError as error:
            raise _fail(f"{output}: cannot write the report ({error.strerror or error})")
    else:
        _report(run, output_format.value, sys.stdout, color=_use_color(None), quiet=quiet, statistics=statistics)
    if output_format.value not in ("text", "concise", "github") or statistics:
        for error in run.errors:
            typer.echo(f"{error.path}: {error.message}", err=True)
    raise typer.Exit(exit_code(run))


def _read_stdin() -> bytes:
    """Standard input as bytes, decoded later as a file's are (BOM, --encoding, binary and
    invalid UTF-8 errors); a closed standard input reads as empty."""
    stream = sys.stdin
    if stream is None:
        return b""
    buffer = getattr(stream, "buffer", None)
    if buffer is None:  # a text-only stream (an embedding application's)
        return stream.read().encode("utf-8", "surrogateescape")
    return buffer.read()


def _report(run, output_format: str, stream, *, color: bool, quiet: bool, statistics: bool) -> None:
    if statistics:
        from .reporters import statistics as statistics_report

        statistics_report.report(run, stream, as_json=output_format == "json")
        return
    from .reporters import get_reporter

    get_reporter(output_format)(run, stream, color=color, quiet=quiet)


# A check with plain arguments (known options, valid values) is parsed here and calls
# `check` directly: typer builds a pydantic adapter for each of its 25 parameters, which
# costs about a tenth of a second per run, a third of a run answered from the cache.
# Anything else (--help, --version, a mistake that needs typer's message, an unusual form
# such as combined short flags) goes to typer, so behaviour never differs.
_FLAGS = {"--quiet": "quiet", "-q": "quiet", "--isolated": "isolated", "--force-exclude": "force_exclude",
          "--statistics": "statistics", "--report-unused-suppressions": "report_unused_suppressions",
          "--fix": "fix", "--diff": "diff", "--unsafe-fixes": "unsafe_fixes", "--debug": "debug",
          "--no-cache": "no_cache"}
_VALUED = {"--format": ("output_format", OutputFormat), "-f": ("output_format", OutputFormat),
           "--output": ("output", Path), "-o": ("output", Path), "--stdin-filename": ("stdin_filename", str),
           "--encoding": ("encoding", str), "--max-file-size": ("max_file_size", str),
           "--fail-on": ("fail_on", FailOn), "--config": ("config", Path), "--select": ("select", list),
           "--ignore": ("ignore", list), "--exclude": ("exclude", list), "--jobs": ("jobs", int),
           "-j": ("jobs", int), "--cache-dir": ("cache_dir", Path)}


def _plain_check_arguments(argv: list[str]) -> dict | None:
    """The parameters typer would pass to `check` for these arguments, or None when typer
    itself must parse them."""
    values: dict = {"paths": None, "output_format": OutputFormat.text, "version": None, "jobs": None}
    values.update({name: False for name in _FLAGS.values()})
    index = 0
    while index < len(argv):
        word = argv[index]
        index += 1
        if word == "-" or not word.startswith("-"):
            values["paths"] = [*(values["paths"] or []), word]
            continue
        name, equals, value = word.partition("=") if word.startswith("--") else (word, "", "")
        if name in _FLAGS and not equals:
            values[_FLAGS[name]] = True
            continue
        if name not in _VALUED:
            return None
        if not equals:
            if index >= len(argv):
                return None
            value = argv[index]
            index += 1
        if not value or value.startswith("-"):
            return None
        parameter, kind = _VALUED[name]
        if kind is list:
            values[parameter] = [*(values.get(parameter) or []), value]
        elif kind is int:
            if not value.isascii() or not value.isdigit() or int(value) < 1:
                return None
            values[parameter] = int(value)
        elif kind in (OutputFormat, FailOn):
            if value not in kind._value2member_map_:
                return None
            values[parameter] = kind(value)
        else:
            values[parameter] = kind(value)
    for parameter in ("select", "ignore", "exclude", "output", "stdin_filename", "encoding", "max_file_size",
                      "fail_on", "config", "cache_dir"):
        values.setdefault(parameter, None)
    return values


def _check_directly(values: dict) -> None:
    """Run `check` as typer's standalone mode would: always ends in SystemExit."""
    import errno

    try:
        check(**values)
        sys.exit(EXIT_CLEAN)
    except typer.Exit as done:
        sys.exit(done.exit_code)
    except KeyboardInterrupt:
        sys.exit(130)
    except OSError as error:
        if error.errno != errno.EPIPE:
            raise
        from typer._click.utils import PacifyFlushWrapper

        sys.stdout, sys.stderr = PacifyFlushWrapper(sys.stdout), PacifyFlushWrapper(sys.stderr)
        sys.exit(1)


def main() -> None:
    """The entry point.  No traceback reaches a user: an unexpected error is one line and
    exit code 2, and ``--debug`` shows the traceback instead.  (Click itself handles usage
    errors, Ctrl-C and a closed output pipe.)"""
    arguments = sys.argv[1:]
    try:
        from .cli_rules import dispatch

        if dispatch(arguments):  # `claimcheck rules …` / `claimcheck rule ID`
            return
        plain = _plain_check_arguments(arguments)
        if plain is not None:
            _check_directly(plain)
        app(prog_name="claimcheck")
    except Exception as error:  # noqa: BLE001 - the last line of defence
        if "--debug" in arguments:
            import traceback

            traceback.print_exc()
        else:
            summary = " ".join(str(error).split())[:200] or "no details"
            typer.echo(f"claimcheck: internal error: {type(error).__name__}: {summary}; "
                       "rerun with --debug for the traceback", err=True)
        sys.exit(EXIT_ERROR)


def console_entry() -> None:
    """The installed command: `main`, then an exit that skips the interpreter's teardown.
    Freeing the pipeline object by object (spaCy's vocabulary, the matchers' memory pools)
    takes about a fifth of a second after the report is out, as long again as checking an
    article; mypy ends its command the same way. Every file is closed and every worker
    joined by then: only the standard streams need flushing."""
    from .collection import freeze_what_is_built

    freeze_what_is_built()
    try:
        main()
        code = EXIT_CLEAN
    except SystemExit as done:
        code = done.code
    if code is None:
        code = EXIT_CLEAN
    elif not isinstance(code, int):  # sys.exit("message"), as Python's own exit prints it
        print(code, file=sys.stderr)
        code = 1
    for stream in (sys.stdout, sys.stderr):
        try:
            stream.flush()
        except (OSError, ValueError):  # a closed pipe or stream: nothing more can be shown
            pass
    os._exit(code)


if __name__ == "__main__":
    console_entry()
