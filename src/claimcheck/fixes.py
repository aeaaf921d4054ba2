"""Applying fixes: choose fixes that do not overlap, apply them to the original text,
check again, repeat (as ruff does), then write the file back atomically.

A fix is a replacement of ``text[start:end]`` in the decoded text the file was read as;
that text keeps its own line endings, so applying fixes to it never changes them. The
write re-encodes with the file's encoding and byte-order mark, keeps its permissions,
and refuses when the file changed since it was read or is read-only.
"""
from __future__ import annotations

import codecs
import difflib
import os
import stat
import tempfile
from collections.abc import Callable
from dataclasses import dataclass, replace

from .findings import Finding, Fix
from .sources import Source, make_source

MAX_ROUNDS = 5  # fix, re-check, fix again: bounded, as a fix may enable or reveal another


class WriteError(Exception):
    """Why a fixed file was not written (one line, without the path)."""


@dataclass
class FixOutcome:
    original: Source
    source: Source  # the fixed text (the original when nothing applied)
    findings: list[Finding]  # what remains after fixing, located in the fixed text
    fixed: int  # fixes applied over all rounds

    @property
    def changed(self) -> bool:
        return self.source.text != self.original.text


def applicable(finding: Finding, unsafe: bool) -> bool:
    return finding.fix is not None and (finding.fix.safe or unsafe)


def select_fixes(findings: list[Finding], unsafe: bool = False, text: str | None = None) -> list[Fix]:
    """The fixes to apply together: sorted by position, each one skipped when it overlaps
    one already chosen (the next round picks it up if it still applies)."""
    candidates = sorted({f.fix for f in findings if applicable(f, unsafe)},
                        key=lambda fix: (fix.start, fix.end, fix.replacement))
    chosen: list[Fix] = []
    for fix in candidates:
        if text is not None and text[fix.start:fix.end] == fix.replacement:
            continue  # changes nothing
        if chosen and (fix.start < chosen[-1].end or fix.start == chosen[-1].start):
            continue
        chosen.append(fix)
    return chosen


def apply_fixes(text: str, fixes: list[Fix]) -> str:
    """Apply non-overlapping fixes (sorted by start) to ``text``."""
    pieces, cursor = [], 0
    for fix in fixes:
        pieces.append(text[cursor:fix.start])
        pieces.append(fix.replacement)
        cursor = fix.end
    pieces.append(text[cursor:])
    return "".join(pieces)


def fix_source(source: Source, findings: list[Finding], recheck: Callable[[Source], list[Finding]],
               unsafe: bool = False, max_rounds: int = MAX_ROUNDS) -> FixOutcome:
    """Fix ``source`` (already checked: ``findings``) until no applicable fix is left."""
    current, fixed = source, 0
    for _ in range(max_rounds):
        fixes = select_fixes(findings, unsafe, current.text)
        if not fixes:
            break
        text = apply_fixes(current.text, fixes)
        fixed += len(fixes)
        current = replace(make_source(text, source.path, source.format),
                          encoding=source.encoding, has_bom=source.has_bom)
        findings = recheck(current)
    return FixOutcome(source, current, findings, fixed)


# ----------------------------------------------------------------------------- diffs


def unified_diff(outcome: FixOutcome) -> str:
    before = outcome.original.text.splitlines(keepends=True)
    after = outcome.source.text.splitlines(keepends=True)
    path = outcome.original.path
    lines = []
    for line in difflib.unified_diff(before, after, fromfile=f"a/{path}", tofile=f"b/{path}"):
        if line.endswith(("\r\n", "\n", "\r")):
            lines.append(line)
        else:
            lines.append(line + "\n\\ No newline at end of file\n")
    return "".join(lines)


# ----------------------------------------------------------------------------- writing

# UTF-32-LE's mark starts with UTF-16-LE's, so it is tested first.
_MARKS = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)


def encode_like(text: str, source: Source, on_disk: bytes) -> bytes:
    """``text`` encoded as ``source`` was read: same encoding, same byte-order mark (and,
    for UTF-16/32, the same byte order as the file on disk)."""
    if source.has_bom:
        for mark, codec in _MARKS:
            if on_disk.startswith(mark):
                return mark + text.encode(codec)
        return ("\ufeff" + text).encode(source.encoding)
    return text.encode(source.encoding)


def write_fixed(original: Source, text: str) -> None:
    """Replace the file ``original`` was read from with ``text``, atomically.

    Refused (``WriteError``) when the file is read-only or no longer holds what was read.
    """
    path = os.path.realpath(original.path)  # write through a symlink, not over it
    try:
        status = os.stat(path)
        if not status.st_mode & (stat.S_IWUSR | stat.S_IWGRP | stat.S_IWOTH) or not os.access(path, os.W_OK):
            raise WriteError("file is read-only; not fixed")
        with open(path, "rb") as handle:
            on_disk = handle.read()
    except OSError as error:
        raise WriteError(f"cannot read back before writing ({error.strerror or error}); not fixed") from None
    try:
        unchanged = encode_like(original.text, original, on_disk) == on_disk
        data = encode_like(text, original, on_disk)
    except UnicodeEncodeError as error:
        raise WriteError(f"the fix cannot be written in {original.encoding} ({error.reason}); not fixed") from None
    if not unchanged:
        raise WriteError("file changed since it was read; not fixed")
    folder = os.path.dirname(path) or "."
    try:
        with tempfile.NamedTemporaryFile("wb", dir=folder, prefix=".claimcheck-", suffix=".tmp",
                                         delete=False) as temporary:
            temporary_path = temporary.name
            temporary.write(data)
            temporary.flush()
            os.fsync(temporary.fileno())
    except OSError as error:
        raise WriteError(f"cannot write ({error.strerror or error}); not fixed") from None
    try:
        os.chmod(temporary_path, stat.S_IMODE(status.st_mode))
        if hasattr(os, "chown") and (status.st_uid, status.st_gid) != (os.getuid(), os.getgid()):
            try:
                os.chown(temporary_path, status.st_uid, status.st_gid)
            except OSError:
                pass  # only root may give a file away; the content matters more
        os.replace(temporary_path, path)
    except OSError as error:
        try:
            os.unlink(temporary_path)
        except OSError:
            pass
        raise WriteError(f"cannot write ({error.strerror or error}); not fixed") from None


# ----------------------------------------------------------------------------- a whole run


@dataclass
class FixSummary:
    fixed: int = 0
    remaining: int = 0
    would_change: int = 0  # files a --diff run would change
    diffs: list[str] | None = None

    def line(self, dry_run: bool) -> str:
        noun = "finding" if self.fixed == 1 else "findings"
        if dry_run:
            return f"Would fix {self.fixed} {noun} in {self.would_change} file{'' if self.would_change == 1 else 's'}."
        return f"Fixed {self.fixed} {noun} ({self.remaining} remaining)."


def fix_run(run, recheck: Callable[[object, Source], list[Finding]], *, unsafe: bool = False,
            dry_run: bool = False, skip: frozenset[str] = frozenset()) -> FixSummary:
    """Fix every file of a `RunResult` in place (or, with ``dry_run``, only collect diffs).

    ``recheck(file_result, source)`` checks a fixed text exactly as the file was checked
    (same rules, settings and suppressions). A file that cannot be written becomes an
    input error and keeps its findings. Paths in ``skip`` (standard input) are never
    written; a dry run still diffs them.
    """
    from .run import InputError

    summary = FixSummary(diffs=[])
    for result in run.files:
        source = result.source
        if not dry_run and (result.path in skip or not os.path.isfile(source.path)):
            continue  # standard input is checked, never rewritten (but --diff shows its diff)
        outcome = fix_source(source, result.findings, lambda s, r=result: recheck(r, s), unsafe)
        if not outcome.changed:
            continue
        if dry_run:
            summary.fixed += outcome.fixed
            summary.would_change += 1
            summary.diffs.append(unified_diff(outcome))
            continue
        try:
            write_fixed(source, outcome.source.text)
        except WriteError as error:
            run.errors.append(InputError(result.path, str(error)))
            continue
        summary.fixed += outcome.fixed
        result.source = outcome.source
        result.findings = outcome.findings
    summary.remaining = len(run.findings)
    return summary


def fix_checked_run(run, configs, *, unsafe: bool = False, dry_run: bool = False,
                    skip: frozenset[str] = frozenset(), report_unused_suppressions: bool = False) -> FixSummary:
    """`fix_run` for a run made by `run.check_inputs`: each fixed text is re-checked with
    the checker, settings and suppressions that governed its file."""
    from .run import CheckerPool, check_one

    pool = CheckerPool()

    def recheck(result, source: Source) -> list[Finding]:
        config = configs.for_path(result.path)
        checked = check_one(pool.get(config.extend_rules), source, config, result.path, report_unused_suppressions)
        return checked.findings

    return fix_run(run, recheck, unsafe=unsafe, dry_run=dry_run, skip=skip)
