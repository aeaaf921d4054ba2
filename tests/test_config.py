"""Configuration files: discovery, validation, precedence — mostly through the CLI."""
from __future__ import annotations

from pathlib import Path

import pytest

from claimcheck.config import ConfigError, ConfigResolver, FileConfig, Settings, find_config_file, load_settings
from cli_support import CLEAN, FLAGGED, findings_of, invoke, rules_of


def write(path: Path, text: str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


@pytest.fixture(autouse=True)
def in_tmp(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("CI", raising=False)
    return tmp_path


# ------------------------------------------------------------------ reading one file


def test_pyproject_table_is_read(tmp_path):
    path = write(tmp_path / "pyproject.toml", '[project]\nname = "x"\n[tool.claimcheck]\nignore = ["efficacy"]\n')
    settings = load_settings(path)
    assert settings.ignore == ("efficacy",)
    assert settings.root == tmp_path


def test_pyproject_without_table_is_not_a_config(tmp_path):
    write(tmp_path / "pyproject.toml", '[project]\nname = "x"\n')
    assert find_config_file(tmp_path) is None


def test_dedicated_file_wins_over_pyproject_in_the_same_folder(tmp_path):
    write(tmp_path / "pyproject.toml", "[tool.claimcheck]\nignore = ['safety']\n")
    write(tmp_path / "claimcheck.toml", "ignore = ['efficacy']\n")
    assert find_config_file(tmp_path).name == "claimcheck.toml"
    write(tmp_path / ".claimcheck.toml", "ignore = ['botanical']\n")
    assert find_config_file(tmp_path).name == ".claimcheck.toml"


def test_nearest_config_walking_up(tmp_path):
    write(tmp_path / "claimcheck.toml", "ignore = ['efficacy']\n")
    deep = tmp_path / "a" / "b"
    deep.mkdir(parents=True)
    assert find_config_file(deep) == tmp_path / "claimcheck.toml"
    write(tmp_path / "a" / "pyproject.toml", "[tool.claimcheck]\nfail-on = 'error'\n")
    assert find_config_file(deep) == tmp_path / "a" / "pyproject.toml"


@pytest.mark.parametrize("body, key, problem", [
    ("colour = 'red'\n", "colour", "unknown key"),
    ("fail-on = 'sometimes'\n", "fail-on", "must be one of"),
    ("select = 'efficacy'\nignore = [3]\n", "ignore", "list of non-empty strings"),
    ("[severity]\n'efficacy/cure-claim' = 'fatal'\n", "severity.efficacy/cure-claim", "must be one of"),
    ("extend-rules = ['missing.yaml']\n", "extend-rules", "does not exist"),
    ("per-file-ignores = ['x']\n", "per-file-ignores", "must be a table"),
])
def test_broken_values_name_file_and_key(tmp_path, body, key, problem):
    path = write(tmp_path / "claimcheck.toml", body)
    with pytest.raises(ConfigError) as raised:
        load_settings(path)
    message = str(raised.value)
    assert message.startswith(f"{path}: key '{key}': ")
    assert problem in message and "\n" not in message


def test_pyproject_keys_are_named_with_their_table(tmp_path):
    path = write(tmp_path / "pyproject.toml", "[tool.claimcheck]\nfail-on = 1\n")
    with pytest.raises(ConfigError, match=r"key 'tool\.claimcheck\.fail-on'"):
        load_settings(path)


def test_invalid_toml_is_one_line(tmp_path):
    path = write(tmp_path / "claimcheck.toml", "select = [\n")
    with pytest.raises(ConfigError, match="invalid TOML"):
        load_settings(path)


# -------------------------------------------------------------------- rule selection


def layer(**values) -> Settings:
    values = {k: tuple(v) if isinstance(v, list) else v for k, v in values.items()}
    return Settings(**values)


@pytest.mark.parametrize("layers, rule, enabled", [
    ([], "efficacy/cure-claim", True),
    ([layer(select=["efficacy"])], "safety/no-side-effects", False),
    ([layer(select=["efficacy/"])], "efficacy/cure-claim", True),
    ([layer(ignore=["efficacy/cure"])], "efficacy/cure-claim", False),
    ([layer(ignore=["efficacy/cure"])], "efficacy/certainty", True),
    # Within a layer the more specific selector wins.
    ([layer(select=["efficacy/cure-claim"], ignore=["efficacy"])], "efficacy/cure-claim", True),
    ([layer(select=["efficacy"], ignore=["efficacy/cure-claim"])], "efficacy/cure-claim", False),
    # A later layer's select starts afresh; its ignore adds to what is off.
    ([layer(ignore=["efficacy"]), layer(select=["efficacy/cure-claim"])], "efficacy/cure-claim", True),
    ([layer(ignore=["efficacy"]), layer(ignore=["safety"])], "efficacy/certainty", False),
])
def test_select_and_ignore_precedence(layers, rule, enabled):
    assert FileConfig(tuple(layers)).rule_enabled(rule, rule.split("/")[0]) is enabled


def test_severity_override_most_specific_wins():
    config = FileConfig((layer(severity=(("efficacy", "info"), ("efficacy/cure-claim", "error"))),))
    assert config.severity_for("efficacy/cure-claim", "efficacy", "warning") == "error"
    assert config.severity_for("efficacy/certainty", "efficacy", "warning") == "info"
    assert config.severity_for("safety/no-overdose", "safety", "warning") == "warning"


def test_explicit_config_must_hold_a_table(tmp_path):
    path = write(tmp_path / "pyproject.toml", "[project]\nname = 'x'\n")
    with pytest.raises(ConfigError, match="table not found"):
        ConfigResolver(config_path=path)


# ---------------------------------------------------------------- through the CLI


def test_config_is_found_per_checked_file(tmp_path):
    write(tmp_path / "strict" / "article.md", FLAGGED)
    write(tmp_path / "relaxed" / "article.md", FLAGGED)
    write(tmp_path / "relaxed" / "claimcheck.toml", "ignore = ['efficacy']\n")
    by_path: dict[str, set] = {}
    for finding in findings_of(tmp_path):
        by_path.setdefault(Path(finding["path"]).parent.name, set()).add(finding["category"])
    assert "efficacy" in by_path["strict"]
    assert "efficacy" not in by_path.get("relaxed", set())


def test_explicit_config_and_isolated(tmp_path):
    write(tmp_path / "article.md", FLAGGED)
    write(tmp_path / "claimcheck.toml", "ignore = ['efficacy']\n")
    write(tmp_path / "elsewhere.toml", "select = ['efficacy']\n")
    discovered = rules_of("article.md")
    assert discovered and not any(r.startswith("efficacy/") for r in discovered)
    chosen = rules_of("--config", "elsewhere.toml", "article.md")
    assert chosen and all(r.startswith("efficacy/") for r in chosen)
    isolated = rules_of("--isolated", "article.md")
    assert any(r.startswith("efficacy/") for r in isolated) and isolated - chosen


def test_command_line_overrides_the_file(tmp_path):
    write(tmp_path / "article.md", FLAGGED)
    write(tmp_path / "pyproject.toml", "[tool.claimcheck]\nselect = ['safety']\nfail-on = 'never'\n")
    assert invoke("article.md").exit_code == 0  # fail-on never from the file
    assert invoke("--fail-on", "info", "article.md").exit_code == 1
    rules = rules_of("--select", "efficacy", "article.md")
    assert rules and all(r.startswith("efficacy/") for r in rules)
    rules = rules_of("--select", "efficacy,safety", "--ignore", "efficacy/evidence-overstatement", "article.md")
    assert "efficacy/evidence-overstatement" not in rules


def test_fail_on_threshold_from_config(tmp_path):
    write(tmp_path / "article.md", FLAGGED)
    severities = {f["severity"] for f in findings_of("article.md")}
    assert "error" in severities
    write(tmp_path / "claimcheck.toml", "fail-on = 'error'\n[severity]\nefficacy = 'warning'\nbotanical = 'info'\n"
                                        "safety = 'info'\n")
    assert invoke("article.md").exit_code == 0
    assert invoke("--fail-on", "warning", "article.md").exit_code == 1


def test_severity_overrides_show_in_the_report(tmp_path):
    write(tmp_path / "article.md", FLAGGED)
    write(tmp_path / ".claimcheck.toml", "[severity]\n'efficacy/' = 'info'\n")
    efficacy = [f for f in findings_of("article.md") if f["category"] == "efficacy"]
    assert efficacy and {f["severity"] for f in efficacy} == {"info"}


def test_per_file_ignores(tmp_path):
    write(tmp_path / "news" / "a.md", FLAGGED)
    write(tmp_path / "blog" / "a.md", FLAGGED)
    write(tmp_path / "claimcheck.toml", "[per-file-ignores]\n'news/*.md' = ['efficacy']\n")
    categories = {(Path(f["path"]).parent.name, f["category"]) for f in findings_of(".")}
    assert ("blog", "efficacy") in categories
    assert ("news", "efficacy") not in categories


def test_exclude_from_config_and_flag(tmp_path):
    write(tmp_path / "content" / "drafts" / "a.md", FLAGGED)
    write(tmp_path / "content" / "live" / "b.md", FLAGGED)
    write(tmp_path / "content" / "live" / "c.md", FLAGGED)
    write(tmp_path / "claimcheck.toml", "exclude = ['drafts/']\n")
    paths = {Path(f["path"]).name for f in findings_of("content")}
    assert paths == {"b.md", "c.md"}
    paths = {Path(f["path"]).name for f in findings_of("--exclude", "c.md", "content")}
    assert paths == {"b.md"}


def test_extend_rules_adds_a_rule(tmp_path):
    write(tmp_path / "house" / "style.yaml", """\
rules:
  - id: house/miracle
    kind: phrase
    category: efficacy
    severity: error
    summary: Our house style bans the word miracle.
    message: "'{match}' is banned by house style."
    match:
      phrases: [miracle herb]
""")
    write(tmp_path / "article.md", "Ashwagandha is a miracle herb for busy people.\n")
    assert "house/miracle" not in rules_of("article.md")
    write(tmp_path / "claimcheck.toml", "extend-rules = ['house/style.yaml']\n")
    assert "house/miracle" in rules_of("article.md")


@pytest.mark.parametrize("body, key", [
    ("fail-on = 'loudly'\n", "fail-on"),
    ("ignore = ['no-such-rule']\n", "ignore"),
    ("unknown-thing = true\n", "unknown-thing"),
])
def test_broken_config_is_one_line_and_exit_2(tmp_path, body, key):
    write(tmp_path / "article.md", CLEAN)
    config = write(tmp_path / "claimcheck.toml", body)
    result = invoke("article.md")
    assert result.exit_code == 2
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1
    assert str(config) in lines[0] and f"key '{key}'" in lines[0]


def test_unknown_selector_on_the_command_line(tmp_path):
    write(tmp_path / "article.md", CLEAN)
    result = invoke("--select", "efficacyy", "article.md")
    assert result.exit_code == 2
    assert "key 'select'" in result.stderr and "efficacyy" in result.stderr


def test_stdin_filename_selects_the_config(tmp_path):
    write(tmp_path / "quiet" / "claimcheck.toml", "ignore = ['efficacy']\n")
    loud = rules_of("-", "--stdin-filename", "note.md", input=FLAGGED)
    assert any(r.startswith("efficacy/") for r in loud)
    quiet = rules_of("-", "--stdin-filename", "quiet/note.md", input=FLAGGED)
    assert not any(r.startswith("efficacy/") for r in quiet)
