"""Running the command line in-process (typer's CliRunner) the way a user would."""
from __future__ import annotations

import json

from typer.testing import CliRunner

from claimcheck.cli import app

# Short articles of our own: one with clear problems, one without any.
FLAGGED = (
    "Kava, a mushroom drink from Fiji, is clinically proven to cure anxiety.\n"
    "\n"
    "Turmeric cures arthritis.\n"
    "\n"
    "Our kratom capsules have no side effects.\n"
)
CLEAN = "Chamomile is a daisy-family herb often brewed as tea.\n"


def _needs_subcommand() -> bool:
    # With a single command typer runs it directly; once other commands exist the
    # checker is reached as `claimcheck check`.
    return len(app.registered_commands) + len(app.registered_groups) > 1


def invoke(*args, input: str | None = None):
    arguments = [str(a) for a in args]
    if _needs_subcommand():
        arguments = ["check", *arguments]
    return CliRunner().invoke(app, arguments, input=input, catch_exceptions=False)


def findings_of(*args, input: str | None = None) -> list[dict]:
    """Findings reported as JSON for the given command-line arguments."""
    result = invoke("--format", "json", *args, input=input)
    assert result.exit_code in (0, 1), result.output
    return json.loads(result.stdout)["findings"]


def rules_of(*args, input: str | None = None) -> set[str]:
    return {f["rule"] for f in findings_of(*args, input=input)}
