"""Project configuration: ``[tool.claimcheck]`` in pyproject.toml, or ``claimcheck.toml`` /
``.claimcheck.toml``, found by walking up from each checked file (as ruff does).

A broken file is one line, ``path: key 'x': problem``, raised as `ConfigError`.
Command-line flags arrive as a `Settings` layer that `ConfigResolver` puts on top of
whatever file applies to a path.  Nothing here imports spaCy.
"""
from __future__ import annotations

import os
import re
import sys
from dataclasses import dataclass, field, replace
from functools import lru_cache
from pathlib import Path

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover - exercised on 3.10 only
    import tomli as tomllib

# Looked for in this order in each directory, as ruff does (.ruff.toml, ruff.toml, pyproject.toml).
CONFIG_FILES = (".claimcheck.toml", "claimcheck.toml", "pyproject.toml")
SEVERITIES = ("error", "warning", "info")
FAIL_ON = ("error", "warning", "info", "never")
DEFAULT_FAIL_ON = "info"


class ConfigError(Exception):
    """One-line, user-facing problem with a configuration file or flag."""

    def __init__(self, path: str, key: str | None, problem: str):
        self.path, self.key, self.problem = str(path), key, problem
        where = f"{self.path}: key '{key}'" if key else self.path
        super().__init__(f"{where}: {problem}")


@dataclass(frozen=True)
class Settings:
    """One layer of settings.  ``None`` means "not set here": a lower layer decides."""

    select: tuple[str, ...] | None = None
    ignore: tuple[str, ...] = ()
    severity: tuple[tuple[str, str], ...] = ()
    extend_rules: tuple[Path, ...] = ()
    per_file_ignores: tuple[tuple[str, tuple[str, ...]], ...] = ()
    fail_on: str | None = None
    exclude: tuple[str, ...] = ()
    max_file_size: int | None = None  # bytes; 0 means no limit
    cache_dir: Path | None = None  # where the result cache lives (see cache.py)
    # Where the settings came from; globs and rule paths are relative to `root`.
    path: Path | None = None
    root: Path | None = None


@dataclass(frozen=True)
class FileConfig:
    """The settings that apply to one checked file: the file's layer, then the flags."""

    layers: tuple[Settings, ...] = ()

    @property
    def extend_rules(self) -> tuple[Path, ...]:
        return tuple(p for layer in self.layers for p in layer.extend_rules)

    @property
    def fail_on(self) -> str:
        chosen = [layer.fail_on for layer in self.layers if layer.fail_on is not None]
        return chosen[-1] if chosen else DEFAULT_FAIL_ON

    @property
    def max_file_size(self) -> int | None:
        """The size limit in bytes (0: none), or ``None`` when no layer sets one."""
        chosen = [layer.max_file_size for layer in self.layers if layer.max_file_size is not None]
        return chosen[-1] if chosen else None

    @property
    def sources(self) -> list[Path]:
        return [layer.path for layer in self.layers if layer.path is not None]

    def excluded(self, path: str | Path, is_dir: bool = False) -> bool:
        """Whether a walked path matches an ``exclude`` glob of any layer."""
        return any(_glob_match(layer.exclude, layer.root, path, is_dir) for layer in self.layers)

    def rule_enabled(self, rule_id: str, category: str, path: str | Path | None = None) -> bool:
        """Apply each layer's select/ignore, then per-file ignores (ruff's precedence:
        within a layer the more specific selector wins, and a later layer's ``select``
        starts afresh)."""
        enabled = True
        for layer in self.layers:
            selected = _specificity(layer.select, rule_id, category) if layer.select is not None else 0
            ignored = _specificity(layer.ignore, rule_id, category)
            if layer.select is not None:
                enabled = selected > ignored
            elif ignored:
                enabled = False
        if enabled and path is not None:
            for layer in self.layers:
                for glob, selectors in layer.per_file_ignores:
                    if _glob_match((glob,), layer.root, path) and _specificity(selectors, rule_id, category):
                        return False
        return enabled

    def severity_for(self, rule_id: str, category: str, default: str) -> str:
        best, chosen = 0, default
        for layer in self.layers:
            for selector, severity in layer.severity:
                score = _specificity((selector,), rule_id, category)
                if score and score >= best:
                    best, chosen = score, severity
        return chosen

    def selectors(self) -> list[tuple[Settings, str, str]]:
        """Every rule selector written in the settings, as ``(layer, key, selector)``."""
        found = []
        for layer in self.layers:
            for key, values in (("select", layer.select or ()), ("ignore", layer.ignore),
                                ("severity", [s for s, _ in layer.severity]),
                                ("per-file-ignores", [s for _, group in layer.per_file_ignores for s in group])):
                found.extend((layer, key, value) for value in values)
        return found


def selector_matches(selector: str, rule_id: str, category: str) -> bool:
    return _specificity((selector,), rule_id, category) > 0


def _specificity(selectors, rule_id: str, category: str) -> int:
    """How precisely the best of `selectors` names the rule: 0 when none does.

    A rule id, an id prefix ("efficacy/", "efficacy/cure") or a category name; the
    longer the matching text, the more specific.
    """
    best = 0
    for selector in selectors:
        if selector == "ALL":
            best = max(best, 1)
        elif rule_id.startswith(selector) or selector == category:
            best = max(best, len(selector) + 1)
    return best


def _glob_match(globs, root: Path | None, path: str | Path, is_dir: bool = False) -> bool:
    """gitignore-style matching of `path` relative to `root` (or the path as given)."""
    if not globs:
        return False
    candidate = Path(path)
    if root is not None:
        try:
            candidate = Path(os.path.abspath(candidate)).relative_to(root)
        except ValueError:
            return False
    text = candidate.as_posix() + ("/" if is_dir else "")
    return _compiled(tuple(globs)).match_file(text)


@lru_cache(maxsize=256)
def _compiled(globs: tuple[str, ...]):
    import pathspec

    return pathspec.GitIgnoreSpec.from_lines(list(globs))


# ---------------------------------------------------------------------------- reading


def load_settings(path: Path) -> Settings | None:
    """Read one config file; ``None`` for a pyproject.toml with no ``[tool.claimcheck]``."""
    path = Path(path)
    try:
        with open(path, "rb") as handle:
            data = tomllib.load(handle)
    except FileNotFoundError:
        raise ConfigError(path, None, "no such file") from None
    except OSError as error:
        raise ConfigError(path, None, error.strerror or type(error).__name__) from None
    except tomllib.TOMLDecodeError as error:
        raise ConfigError(path, None, f"invalid TOML: {error}") from None
    except UnicodeDecodeError as error:
        raise ConfigError(path, None, f"invalid UTF-8 at byte {error.start}") from None
    if path.name == "pyproject.toml":
        table = data.get("tool", {}).get("claimcheck")
        if table is None:
            return None
        prefix = "tool.claimcheck."
    else:
        # claimcheck.toml may hold the table at the top level or under [tool.claimcheck].
        table, prefix = data, ""
        if set(data) == {"tool"} and "claimcheck" in data["tool"]:
            table, prefix = data["tool"]["claimcheck"], "tool.claimcheck."
    if not isinstance(table, dict):
        raise ConfigError(path, prefix.rstrip(".") or "tool.claimcheck", "must be a table")
    return parse_settings(table, path, prefix)


def parse_settings(table: dict, path: Path, prefix: str = "") -> Settings:
    """Validate a config table; paths and globs in it are relative to the file's directory."""
    root = Path(os.path.abspath(path)).parent

    def fail(key: str, problem: str):
        raise ConfigError(path, prefix + key, problem)

    def strings(key: str) -> tuple[str, ...]:
        value = table[key]
        if isinstance(value, str):
            value = [value]
        if not isinstance(value, list) or not all(isinstance(v, str) and v for v in value):
            fail(key, "must be a list of non-empty strings")
        return tuple(value)

    known = {"select", "ignore", "severity", "extend-rules", "per-file-ignores", "fail-on", "exclude",
             "max-file-size", "cache-dir"}
    for key in table:
        if key not in known:
            fail(key, f"unknown key (expected one of: {', '.join(sorted(known))})")
    settings = Settings(path=Path(path), root=root)
    if "select" in table:
        settings = replace(settings, select=strings("select"))
    if "ignore" in table:
        settings = replace(settings, ignore=strings("ignore"))
    if "exclude" in table:
        settings = replace(settings, exclude=strings("exclude"))
    if "fail-on" in table:
        if table["fail-on"] not in FAIL_ON:
            fail("fail-on", f"must be one of {', '.join(FAIL_ON)}, not {table['fail-on']!r}")
        settings = replace(settings, fail_on=table["fail-on"])
    if "cache-dir" in table:
        if not isinstance(table["cache-dir"], str) or not table["cache-dir"]:
            fail("cache-dir", "must be a non-empty string (a folder, relative to this file)")
        settings = replace(settings, cache_dir=(root / table["cache-dir"]).resolve())
    if "max-file-size" in table:
        try:
            settings = replace(settings, max_file_size=parse_size(table["max-file-size"]))
        except ValueError as error:
            fail("max-file-size", str(error))
    if "severity" in table:
        overrides = table["severity"]
        if not isinstance(overrides, dict):
            fail("severity", "must be a table of rule = severity")
        for selector, level in overrides.items():
            if level not in SEVERITIES:
                fail(f"severity.{selector}", f"must be one of {', '.join(SEVERITIES)}, not {level!r}")
        settings = replace(settings, severity=tuple(overrides.items()))
    if "per-file-ignores" in table:
        groups = table["per-file-ignores"]
        if not isinstance(groups, dict):
            fail("per-file-ignores", "must be a table of glob = [rules]")
        parsed = []
        for glob, selectors in groups.items():
            if isinstance(selectors, str):
                selectors = [selectors]
            if not isinstance(selectors, list) or not all(isinstance(s, str) and s for s in selectors):
                fail(f"per-file-ignores.{glob}", "must be a list of rules")
            parsed.append((glob, tuple(selectors)))
        settings = replace(settings, per_file_ignores=tuple(parsed))
    if "extend-rules" in table:
        rule_paths = []
        for entry in strings("extend-rules"):
            resolved = (root / entry).resolve()
            if not resolved.exists():
                fail("extend-rules", f"{entry!r} does not exist")
            rule_paths.append(resolved)
        settings = replace(settings, extend_rules=tuple(rule_paths))
    return settings


# ---------------------------------------------------------------------------- finding


def find_config_file(directory: Path) -> Path | None:
    """The config file that governs `directory`: the nearest one walking up."""
    for folder in (directory, *directory.parents):
        for name in CONFIG_FILES:
            candidate = folder / name
            if candidate.is_file() and (name != "pyproject.toml" or _has_claimcheck_table(candidate)):
                return candidate
    return None


def _has_claimcheck_table(pyproject: Path) -> bool:
    # A pyproject.toml without our table does not stop the walk (ruff skips it too);
    # a cheap text test first, so unrelated broken pyproject files are not our error.
    try:
        text = pyproject.read_text(encoding="utf-8", errors="replace")
    except OSError:
        return False
    return "tool.claimcheck" in text


@dataclass
class ConfigResolver:
    """Settings for each checked path: ``--isolated`` ignores files, ``--config`` fixes one,
    otherwise the nearest file walking up from the path; `flags` always come last."""

    flags: Settings = field(default_factory=Settings)
    config_path: Path | None = None
    isolated: bool = False
    _by_directory: dict[Path, FileConfig] = field(default_factory=dict)
    _by_file: dict[Path, Settings | None] = field(default_factory=dict)

    def __post_init__(self) -> None:
        if self.config_path is not None and not self.isolated:
            # Read now, so a broken --config fails before any file is checked.
            self._fixed = self._settings(Path(self.config_path))
            if self._fixed is None:
                raise ConfigError(self.config_path, "tool.claimcheck", "table not found")

    def for_path(self, path: str | Path) -> FileConfig:
        directory = Path(os.path.abspath(path))
        if not directory.is_dir():
            directory = directory.parent
        if directory not in self._by_directory:
            self._by_directory[directory] = FileConfig(tuple(
                layer for layer in (self._file_layer(directory), self.flags) if layer is not None))
        return self._by_directory[directory]

    def _file_layer(self, directory: Path) -> Settings | None:
        if self.isolated:
            return None
        if self.config_path is not None:
            return self._fixed
        found = find_config_file(directory)
        return self._settings(found) if found else None

    def _settings(self, path: Path) -> Settings | None:
        path = Path(os.path.abspath(path))
        if path not in self._by_file:
            self._by_file[path] = load_settings(path)
        return self._by_file[path]


_SIZE = re.compile(r"(\d+(?:\.\d+)?)\s*([kmg]?)b?", re.IGNORECASE)
_SIZE_UNITS = {"": 1, "k": 1_000, "m": 1_000_000, "g": 1_000_000_000}


def parse_size(value) -> int:
    """A file size limit in bytes from ``20000000``, ``"20MB"``, ``"20 MB"`` or ``"500kB"``
    (decimal units); ``0`` means no limit."""
    if isinstance(value, int) and not isinstance(value, bool) and value >= 0:
        return value
    found = _SIZE.fullmatch(value.strip()) if isinstance(value, str) else None
    if found is None:
        raise ValueError(f"must be a size such as 20MB, 500kB or 0 (no limit), not {value!r}")
    return int(float(found.group(1)) * _SIZE_UNITS[found.group(2).lower()])


def flag_settings(*, select=None, ignore=(), exclude=(), fail_on=None, extend_rules=(),
                  max_file_size: int | None = None) -> Settings:
    """The command-line layer; comma-separated values are split."""

    def split(values) -> tuple[str, ...]:
        return tuple(part.strip() for value in values for part in value.split(",") if part.strip())

    cwd = Path.cwd()
    return Settings(
        select=split(select) if select else None,
        ignore=split(ignore),
        exclude=split(exclude),
        fail_on=fail_on,
        extend_rules=tuple(Path(os.path.abspath(p)) for p in extend_rules),
        max_file_size=max_file_size,
        root=cwd,
    )
