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


rules_app = typer.Typer(add_completion=False, invoke_without_command=True, no_args_is_help=False,
                        help="List the rules, or test them against their own examples.")
rule_app = typer.Typer(add_completion=False, help="Explain one rule.")

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
        files |= {os.path.abspath(f) for f in found}
    return [rule for rule in book.rules if os.path.abspath(rule.origin.rsplit(":", 1)[0]) in files]


@rule_app.command()
def explain_rule(
    rule_id: str = typer.Argument(..., metavar="ID", help="A rule id, e.g. efficacy/certainty."),
    output_format: ListFormat = typer.Option(ListFormat.text, "--format", "-f", help="Output format."),
    extend_rules: Optional[list[Path]] = EXTEND_OPTION,
) -> None:
    """Explain a rule: what it flags, why, examples, the correction, references."""
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
    app = rules_app if argv[0] == "rules" else rule_app
    app(args=argv[1:], prog_name=f"claimcheck {argv[0]}")
    return True


if __name__ == "__main__":  # pragma: no cover
    dispatch(sys.argv[1:])
