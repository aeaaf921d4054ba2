"""``claimcheck rules`` (list), ``claimcheck rules test`` (run every rule's examples) and
``claimcheck rule ID`` (explain one rule).

Listing and explaining read only the rule YAML (no spaCy); testing builds the checker.
Rules come from the shipped files, the project's ``extend-rules`` and ``--extend-rules``.
"""
from __future__ import annotations

import json
import os
import sys
from enum import Enum
from pathlib import Path
from typing import Optional

import typer

EXIT_OK, EXIT_FAILED, EXIT_ERROR = 0, 1, 2


class ListFormat(str, Enum):
    text = "text"
    json = "json"


class Category(str, Enum):
    botanical = "botanical"
    efficacy = "efficacy"
    safety = "safety"


rules_app = typer.Typer(add_completion=False, rich_markup_mode=None, invoke_without_command=True, no_args_is_help=False,
                        help="List the rules, or test them against their own examples.")
rule_app = typer.Typer(add_completion=False, rich_markup_mode=None, help="Explain one rule.")

EXTEND_OPTION = typer.Option(None, "--extend-rules", help="Also load this rule file or folder (repeatable).")


def _fail(message: str) -> None:
    typer.echo(f"claimcheck: {message}", err=True)
    raise typer.Exit(EXIT_ERROR)


def _configured_rule_paths() -> tuple[Path, ...]:
    """The ``extend-rules`` of the configuration that governs the current folder."""
    try:
        from .config import ConfigError, ConfigResolver
    except ImportError:  # configuration support not present
        return ()
    try:
        return tuple(ConfigResolver().for_path(os.getcwd()).extend_rules)
    except ConfigError as error:
        _fail(str(error))
    return ()


def _load_book(extra: list[Path]):
    from .rulebook import load_rulebook
    from .rulefiles import RuleFileError

    paths = [*_configured_rule_paths(), *(Path(p) for p in extra)]
    try:
        return load_rulebook(paths)
    except RuleFileError as error:
        _fail(str(error))


@rules_app.callback()
def list_rules(
    ctx: typer.Context,
    category: Optional[Category] = typer.Option(None, "--category", "-c", help="Only rules of this category."),
    output_format: ListFormat = typer.Option(ListFormat.text, "--format", "-f", help="Output format."),
    extend_rules: Optional[list[Path]] = EXTEND_OPTION,
) -> None:
    """List every rule: id, category, severity, fixable, summary."""
    if ctx.invoked_subcommand is not None:
        return
    _list_rules(category, output_format, extend_rules)


def _list_rules(category: Optional[Category], output_format: ListFormat, extend_rules) -> None:
    from . import ruledocs

    book = _load_book(extend_rules or [])
    rules = [r for r in book.rules if category is None or r.category == category.value]
    rows = [ruledocs.listing(rule) for rule in rules]
    if output_format is ListFormat.json:
        typer.echo(json.dumps({"rules": rows}, ensure_ascii=False, indent=2))
        return
    width = max((len(row["id"]) for row in rows), default=10)
    typer.echo(f"{'ID':<{width}}  {'CATEGORY':<9}  {'SEVERITY':<8}  {'FIX':<6}  SUMMARY")
    for row in rows:
        typer.echo(f"{row['id']:<{width}}  {row['category']:<9}  {row['severity']:<8}  "
                   f"{row['fix'] or '-':<6}  {row['summary']}")
    typer.echo(f"\n{len(rows)} rule{'s' if len(rows) != 1 else ''}", err=True)


@rules_app.command("test")
def test_rules_command(
    paths: Optional[list[Path]] = typer.Argument(None, help="Rule files or folders to test (default: every rule)."),
    output_format: ListFormat = typer.Option(ListFormat.text, "--format", "-f", help="Output format."),
    extend_rules: Optional[list[Path]] = EXTEND_OPTION,
) -> None:
    """Check every rule's examples (and the knowledge base's generated checks)."""
    from .rulefiles import RuleFileError

    paths = list(paths or [])
    for path in paths:
        if not path.exists():
            _fail(f"{path}: No such file")
    try:
        from .engine import Checker
        from .ruletests import test_rules

        book = _load_book([*(extend_rules or []), *paths])
        checker = Checker(book)
        chosen = _rules_from(book, paths) if paths else book.rules
        report = test_rules(checker, chosen, include_knowledge=not paths)
    except RuleFileError as error:
        _fail(str(error))
    if output_format is ListFormat.json:
        typer.echo(json.dumps(report.to_dict(), ensure_ascii=False, indent=2))
    else:
        for rule in report.missing:
            typer.echo(f"{rule.origin}: {rule.id}: needs examples with at least one 'flag' and one 'pass'")
        for failure in report.failures + report.knowledge_failures:
            typer.echo(f"{failure.check.origin}: {failure.line()}")
        failed = len(report.failures)
        line = (f"{report.rules} rule{'s' if report.rules != 1 else ''}, {report.examples} examples: "
                f"{report.examples - failed} passed, {failed} failed")
        if report.missing:
            line += f"; {len(report.missing)} rule{'s' if len(report.missing) != 1 else ''} without examples"
        if report.knowledge_checks:
            known_failed = len(report.knowledge_failures)
            line += (f"; knowledge base: {report.knowledge_checks} generated checks, "
                     f"{report.knowledge_checks - known_failed} passed, {known_failed} failed")
        typer.echo(line)
    raise typer.Exit(EXIT_OK if report.ok else EXIT_FAILED)


def _rules_from(book, paths: list[Path]) -> list:
    files = set()
    for path in paths:
        found = sorted(path.glob("*.yaml")) if path.is_dir() else [path]
        files |= {os.path.realpath(f) for f in found}
    return [rule for rule in book.rules if os.path.realpath(rule.origin.rsplit(":", 1)[0]) in files]


@rule_app.command()
def explain_rule(
    rule_id: str = typer.Argument(..., metavar="ID", help="A rule id, e.g. efficacy/certainty."),
    output_format: ListFormat = typer.Option(ListFormat.text, "--format", "-f", help="Output format."),
    extend_rules: Optional[list[Path]] = EXTEND_OPTION,
) -> None:
    """Explain a rule: what it flags, why, examples, the correction, references."""
    _explain_rule(rule_id, output_format, extend_rules)


def _explain_rule(rule_id: str, output_format: ListFormat, extend_rules) -> None:
    import difflib

    from . import ruledocs

    book = _load_book(extend_rules or [])
    rule = book.get(rule_id)
    if rule is None:
        close = difflib.get_close_matches(rule_id, [r.id for r in book.rules], n=1, cutoff=0.5)
        _fail(f"unknown rule {rule_id!r}" + (f" (did you mean {close[0]!r}?)" if close else "")
              + "; 'claimcheck rules' lists them")
    if output_format is ListFormat.json:
        typer.echo(json.dumps(ruledocs.as_json(rule), ensure_ascii=False, indent=2))
    else:
        typer.echo(ruledocs.explain(rule), nl=False)


def dispatch(argv: list[str]) -> bool:
    """Run ``rules ...`` or ``rule ...`` from the command line; False when argv is neither."""
    if not argv or argv[0] not in ("rules", "rule"):
        return False
    quick = _plain_arguments(argv)
    if quick is not None:
        _run_quickly(*quick)
    app = rules_app if argv[0] == "rules" else rule_app
    app(args=argv[1:], prog_name=f"claimcheck {argv[0]}")
    return True


# Listing and explaining are what editors and scripts call most: their plain forms are parsed
# here, without typer, whose option handling imports pydantic (a tenth of a second). Anything
# else (help, `rules test`, a mistake that needs typer's message) goes to typer.
_VALUES = {"--category": "category", "-c": "category", "--format": "format", "-f": "format",
           "--extend-rules": "extend"}


def _plain_arguments(argv: list[str]):
    """(command, rule id, category, format, extend paths) for a plain `rules`/`rule` call; else None."""
    command, rest = argv[0], argv[1:]
    found: dict = {"category": None, "format": ListFormat.text, "extend": []}
    positional = []
    index = 0
    while index < len(rest):
        word = rest[index]
        name, equals, value = word.partition("=") if word.startswith("--") else (word, "", "")
        if name in _VALUES:
            if not equals:
                if index + 1 >= len(rest):
                    return None
                index += 1
                value = rest[index]
            key = _VALUES[name]
            try:
                if key == "category":
                    if command != "rules":
                        return None
                    found["category"] = Category(value)
                elif key == "format":
                    found["format"] = ListFormat(value)
                else:
                    found["extend"].append(Path(value))
            except ValueError:
                return None
        elif word.startswith("-"):
            return None
        else:
            positional.append(word)
        index += 1
    if (command == "rules" and positional) or (command == "rule" and len(positional) != 1):
        return None
    return command, positional[0] if positional else None, found["category"], found["format"], found["extend"]


def _run_quickly(command, rule_id, category, output_format, extend_rules) -> None:
    """Run a plain call as typer would: always ends in SystemExit."""
    import errno

    try:
        if command == "rules":
            _list_rules(category, output_format, extend_rules or None)
        else:
            _explain_rule(rule_id, output_format, extend_rules or None)
    except typer.Exit as done:
        sys.exit(done.exit_code)
    except OSError as error:
        if error.errno != errno.EPIPE:
            raise
        from typer._click.utils import PacifyFlushWrapper

        sys.stdout, sys.stderr = PacifyFlushWrapper(sys.stdout), PacifyFlushWrapper(sys.stderr)
        sys.exit(1)
    sys.exit(0)


if __name__ == "__main__":  # pragma: no cover
    dispatch(sys.argv[1:])
