"""Loading rule and knowledge YAML with line numbers, so errors can name file and line."""
from __future__ import annotations

from functools import cache
from pathlib import Path


class RuleFileError(Exception):
    """A broken rule or knowledge file: reported as one line, ``path:line: problem``."""

    def __init__(self, path: str, line: int, problem: str):
        self.path, self.line, self.problem = str(path), line, problem
        super().__init__(f"{self.path}:{line}: {problem}" if line else f"{self.path}: {problem}")


class LineDict(dict):
    """A mapping that remembers the line (1-based) where it started in its YAML file."""

    line: int = 0
    key_lines: dict = {}  # key -> line (1-based) where that key is written


@cache
def _line_loader():
    """A YAML loader whose mappings remember their lines. Built on first use: a run whose
    compiled rules come from the cache never parses YAML, so it need not import the parser."""
    import yaml

    class LineLoader(yaml.SafeLoader):
        def construct_mapping(self, node, deep=False):  # noqa: D102 - yaml hook
            mapping = LineDict(super().construct_mapping(node, deep=deep))
            mapping.line = node.start_mark.line + 1
            mapping.key_lines = {}
            for key_node, _ in node.value:
                key = self.construct_object(key_node, deep=deep)
                if isinstance(key, (str, int, float, bool)) or key is None:
                    mapping.key_lines[key] = key_node.start_mark.line + 1
            return mapping

    LineLoader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, LineLoader.construct_mapping)
    return LineLoader


def load_yaml(path: Path):
    try:
        text = Path(path).read_text(encoding="utf-8")
    except OSError as error:
        raise RuleFileError(str(path), 0, error.strerror or str(error)) from None
    except UnicodeDecodeError as error:
        raise RuleFileError(str(path), 0, f"invalid UTF-8 at byte {error.start}") from None
    import yaml

    try:
        return yaml.load(text, Loader=_line_loader())
    except yaml.YAMLError as error:
        mark = getattr(error, "problem_mark", None)
        problem = getattr(error, "problem", None) or str(error).splitlines()[0]
        raise RuleFileError(str(path), mark.line + 1 if mark else 0, f"invalid YAML: {problem}") from None


def shipped_rules_dir() -> Path:
    """The rules that ship with claimcheck: inside the installed package, else the checkout's."""
    packaged = Path(__file__).with_name("rules")
    if packaged.is_dir():
        return packaged
    return Path(__file__).resolve().parents[2] / "rules"
