"""Which files to check: paths as given, directories walked for the default file types.

A walk skips hidden directories, anything matching an ``exclude`` glob (from the
command line or the config that governs the path) and, inside a git repository,
anything the repository's ``.gitignore`` files ignore.  Files named explicitly are
always checked, unless ``force_exclude`` (for pre-commit, which names every file).
"""
from __future__ import annotations

import os
from collections.abc import Callable, Iterable, Iterator
from fnmatch import fnmatch
from pathlib import Path

DEFAULT_INCLUDE = ("*.md", "*.markdown", "*.txt", "*.html", "*.htm")

# Given a path and whether it is a directory: should the walk leave it out?
Excluder = Callable[[str, bool], bool]
# Told (path, one-line problem) about a directory the walk could not list.
WalkErrorHandler = Callable[[str, str], None]


def find_repository_root(start: Path) -> Path | None:
    for folder in (start, *start.parents):
        if (folder / ".git").exists():
            return folder
    return None


class GitIgnore:
    """The ``.gitignore`` files of one repository; the deepest file that decides wins."""

    def __init__(self, root: Path):
        self.root = root
        self._specs: dict[Path, object | None] = {}

    def _spec(self, folder: Path):
        if folder not in self._specs:
            import pathspec

            ignore_file = folder / ".gitignore"
            try:
                lines = ignore_file.read_text(encoding="utf-8", errors="replace").splitlines()
            except OSError:
                lines = None
            self._specs[folder] = pathspec.GitIgnoreSpec.from_lines(lines) if lines else None
        return self._specs[folder]

    def ignored(self, path: Path, is_dir: bool) -> bool:
        try:
            relative = path.relative_to(self.root)
        except ValueError:
            return False
        folders = [self.root / Path(*relative.parts[:depth]) for depth in range(len(relative.parts))]
        for folder in reversed(folders):
            spec = self._spec(folder)
            if spec is None:
                continue
            text = path.relative_to(folder).as_posix() + ("/" if is_dir else "")
            decision = spec.check_file(text).include
            if decision is not None:
                return decision
        return False


def expand_paths(paths: Iterable[str], excluded: Excluder | None = None,
                 force_exclude: bool = False, on_error: WalkErrorHandler | None = None) -> Iterator[str]:
    """Yield the files to check, in a stable order; ``-`` and missing paths pass through
    (reading them reports the problem), and so do broken or looping symlinks; each path
    is yielded once, as first given or found.  Symlinked
    directories inside a walk are not followed, so a symlink loop cannot trap it; a
    directory that cannot be listed goes to ``on_error``."""

    def unlisted(error: OSError) -> None:
        if on_error is not None:
            on_error(error.filename or "", f"cannot list directory ({error.strerror or error})")

    ignores: dict[Path | None, GitIgnore | None] = {}
    roots: dict[Path, Path | None] = {}

    def gitignore_for(path: Path) -> GitIgnore | None:
        if path not in roots:
            roots[path] = find_repository_root(path)
        root = roots[path]
        if root not in ignores:
            ignores[root] = GitIgnore(root) if root else None
        return ignores[root]

    def skipped(path: str, is_dir: bool) -> bool:
        if excluded is not None and excluded(path, is_dir):
            return True
        absolute = Path(os.path.abspath(path))
        gitignore = gitignore_for(absolute if is_dir else absolute.parent)
        return gitignore is not None and gitignore.ignored(absolute, is_dir)

    given: set[str] = set()

    def first_time(path: str) -> bool:
        """A file named twice (or named and found in a folder walked) is checked once."""
        key = path if path == "-" else os.path.normcase(os.path.abspath(path))
        if key in given:
            return False
        given.add(key)
        return True

    for path in paths:
        if path == "-" or not os.path.isdir(path):
            if not (force_exclude and path != "-" and excluded is not None and excluded(path, False)):
                if first_time(path):
                    yield path
            continue
        for root, dirs, files in os.walk(path, onerror=unlisted, followlinks=False):
            dirs[:] = sorted(d for d in dirs if not d.startswith(".")
                             and not skipped(os.path.join(root, d), True))
            for name in sorted(files):
                if any(fnmatch(name.lower(), pattern) for pattern in DEFAULT_INCLUDE):
                    candidate = os.path.join(root, name)
                    if not skipped(candidate, False) and first_time(candidate):
                        yield candidate
