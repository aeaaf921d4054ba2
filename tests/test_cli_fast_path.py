"""The command line parses plain `check` arguments itself (typer's per-option setup costs a
tenth of a second a run). These tests keep that fast path equal to typer's own parsing."""
import inspect
from unittest import mock

import pytest
import typer.main

from claimcheck import cli


def parameters_typer_passes(argv: list[str]) -> dict:
    """What typer would call `check` with, captured without running it."""
    captured = {}
    command = typer.main.get_command(cli.app)
    with mock.patch.object(command, "callback", side_effect=lambda **kw: captured.update(kw)):
        command.main(argv, standalone_mode=False)
    return captured


def normalised(values: dict) -> dict:
    """Unset list options arrive as None or as an empty tuple; `check` treats both alike."""
    return {name: (list(value) or None) if isinstance(value, (list, tuple)) else value
            for name, value in values.items()}


def test_every_option_of_check_is_known_to_the_fast_path():
    options = {p.name for p in inspect.signature(cli.check).parameters.values()} - {"paths", "version"}
    known = set(cli._FLAGS.values()) | {name for name, _ in cli._VALUED.values()}
    assert options == known


@pytest.mark.parametrize("argv", [
    ["article.md"],
    ["a.md", "b.txt", "-"],
    ["--format", "json", "-o", "out.json", "a.md"],
    ["--format=sarif", "--fail-on", "warning", "a.md"],
    ["-q", "--select", "efficacy", "--select", "safety/no-side-effects", "--ignore", "botanical", "docs/"],
    ["--fix", "--unsafe-fixes", "--jobs", "2", "--no-cache", "--cache-dir", "/tmp/cc", "a.md"],
    ["--stdin-filename", "draft.md", "--encoding", "latin-1", "--max-file-size", "5MB", "-"],
    ["--config", "cc.toml", "--isolated", "--exclude", "drafts/", "--force-exclude", "--statistics", "x"],
])
def test_fast_path_passes_what_typer_passes(argv):
    assert normalised(cli._plain_check_arguments(argv)) == normalised(parameters_typer_passes(argv))


@pytest.mark.parametrize("argv", [["--help"], ["--version"], ["--format", "yaml", "a.md"], ["--jobs", "0", "a"],
                                  ["-qo", "out.txt", "a.md"], ["--unknown", "a.md"], ["--output"]])
def test_anything_unusual_is_left_to_typer(argv):
    assert cli._plain_check_arguments(argv) is None
