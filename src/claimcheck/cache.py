"""The result cache: what checking a file found, kept until anything it depends on changes.

As ruff does, an entry is keyed by everything that decides a file's findings, so a stale
entry can never be returned, only missed:

* the file's decoded text, its format (from its name) and the encoding asked for;
* the rule set: the content of every rule and knowledge file loaded (shipped and
  ``extend-rules`` packs);
* the effective settings for that file: which rules are enabled there and at what
  severity (``select``, ``ignore``, ``per-file-ignores``, ``severity``), and whether
  unused suppressions are reported;
* claimcheck itself: its version, the spaCy version (its ``about.py``) and a hash of
  claimcheck's own code, so an edited checkout never reuses results of the code it replaced.

An entry is a small JSON file (never pickle: a cache directory can come from anywhere)
holding the findings, the suppressed count and the masked prose (for the HTML report).
Writes go to a temporary file renamed into place, so parallel runs never see half an
entry. The default directory is ``.claimcheck_cache`` in the project root (the folder of
the config file that governs the current directory, else the current directory);
``CLAIMCHECK_CACHE_DIR``, the ``cache-dir`` config key or ``--cache-dir`` move it.
"""
from __future__ import annotations

import hashlib
import json
import os
import signal
import tempfile
from pathlib import Path

from . import __version__
from .findings import Finding, Fix

CACHE_DIR_NAME = ".claimcheck_cache"
ENV_CACHE_DIR = "CLAIMCHECK_CACHE_DIR"
FORMAT_VERSION = "1"
_CACHEDIR_TAG = ("Signature: 8a477f597d28d172789f06886806bc55\n"
                 "# This file is a cache directory tag created by claimcheck.\n")

_code_hash: str | None = None
_rules_hashes: dict[int, tuple[object, str]] = {}


def code_fingerprint() -> str:
    """claimcheck's version, spaCy's version and a hash of claimcheck's own source files."""
    global _code_hash
    if _code_hash is None:
        digest = hashlib.sha256(f"{__version__}\0{FORMAT_VERSION}\0".encode() + _spacy_version_stamp())
        package = Path(__file__).parent
        for path in sorted(package.rglob("*")):
            if path.suffix in (".py", ".json") and "__pycache__" not in path.parts:
                digest.update(path.relative_to(package).as_posix().encode() + b"\0" + path.read_bytes())
        _code_hash = digest.hexdigest()
    return _code_hash


def _spacy_version_stamp() -> bytes:
    """spaCy's ``about.py`` (its version), read without importing spaCy or
    ``importlib.metadata`` (either costs more than the rest of a cached run's start)."""
    import importlib.util

    try:
        spec = importlib.util.find_spec("spacy")
        return Path(spec.origin).with_name("about.py").read_bytes()
    except (ImportError, AttributeError, TypeError, OSError):
        from importlib.metadata import version

        return version("spacy").encode()


def rules_fingerprint(book) -> str:
    """A hash of every rule and knowledge file a RuleBook was loaded from."""
    if getattr(book, "source_digest", None):
        return book.source_digest
    cached = _rules_hashes.get(id(book))
    if cached is not None and cached[0] is book:
        return cached[1]
    from .knowledge import knowledge_files

    digest = hashlib.sha256()
    paths = [*book.files, *(knowledge_files(book.knowledge_path) if book.knowledge_path else [])]
    for path in paths:
        digest.update(str(path).encode() + b"\0" + Path(path).read_bytes() + b"\0")
    _rules_hashes[id(book)] = (book, digest.hexdigest())
    return _rules_hashes[id(book)][1]


def settings_fingerprint(config, rules, path: str, report_unused_suppressions: bool) -> str:
    """The settings that shape one file's findings: enabled rules and their severities."""
    from .suppressions import UNUSED_SUPPRESSION_RULE

    by_path = any(layer.per_file_ignores for layer in config.layers)  # then the path matters: no memo
    memo = (id(config), id(rules), report_unused_suppressions)
    known = None if by_path else _settings_fingerprints.get(memo)
    if known is not None and known[0] is config and known[1] is rules:
        return known[2]
    chosen = [(rule.id, config.severity_for(rule.id, rule.category, rule.severity))
              for rule in [*rules, UNUSED_SUPPRESSION_RULE] if config.rule_enabled(rule.id, rule.category, path)]
    fingerprint = json.dumps([chosen, report_unused_suppressions])
    if not by_path:
        _settings_fingerprints[memo] = (config, rules, fingerprint)  # the objects kept: their ids stay theirs
    return fingerprint


# (config, rules, flag) -> fingerprint: most files of a run share their configuration, and
# working the settings out costs a test per rule
_settings_fingerprints: dict[tuple, tuple] = {}


def default_cache_dir(configs=None) -> Path:
    """``CLAIMCHECK_CACHE_DIR``, else the ``cache-dir`` of the config governing the current
    directory, else ``.claimcheck_cache`` in the project root."""
    if os.environ.get(ENV_CACHE_DIR):
        return Path(os.environ[ENV_CACHE_DIR])
    if configs is not None:
        config = configs.for_path(os.getcwd())
        for layer in reversed(config.layers):
            if getattr(layer, "cache_dir", None) is not None:
                return layer.cache_dir
        sources = config.sources
        if sources:
            return Path(os.path.abspath(sources[0])).parent / CACHE_DIR_NAME
    return Path(os.getcwd()) / CACHE_DIR_NAME


def finding_to_entry(finding: Finding) -> dict:
    entry = finding.to_dict()
    del entry["path"]
    entry["fix"] = [finding.fix.start, finding.fix.end, finding.fix.replacement, finding.fix.safe] if finding.fix else None
    return entry


def finding_from_entry(entry: dict, path: str) -> Finding:
    fix = entry["fix"]
    return Finding(rule=entry["rule"], category=entry["category"], scope=entry["scope"], severity=entry["severity"],
                   subject=entry["subject"], start=entry["start"], end=entry["end"], message=entry["message"],
                   correction=entry["correction"], fix=Fix(*fix) if fix else None,
                   references=list(entry["references"]), path=path, text=entry["text"], line=entry["line"],
                   column=entry["column"], end_line=entry["end_line"], end_column=entry["end_column"])


class ResultCache:
    """Findings per file, in `directory`. Every failure to read or write is a miss: the
    cache only ever saves time."""

    def __init__(self, directory: Path | str):
        self.directory = Path(directory)
        self.entries = self.directory / f"v{FORMAT_VERSION}"
        self._prepared = False

    def key(self, text: str, file_format: str, encoding: str | None, book, settings: str) -> str:
        digest = hashlib.sha256()
        for part in (code_fingerprint(), rules_fingerprint(book), settings, file_format, encoding or ""):
            digest.update(part.encode() + b"\0")
        digest.update(text.encode("utf-8", "surrogatepass"))
        return digest.hexdigest()

    def _path(self, key: str) -> Path:
        return self.entries / key[:2] / f"{key}.json"

    def load(self, key: str) -> dict | None:
        try:
            with open(self._path(key), encoding="utf-8") as handle:
                entry = json.load(handle)
        except (OSError, ValueError):
            return None
        return entry if isinstance(entry, dict) and entry.get("key") == key else None

    def store(self, key: str, findings: list[Finding], suppressed: int, prose: str, text: str, newline: str) -> None:
        entry = {"key": key, "findings": [finding_to_entry(f) for f in findings], "suppressed": suppressed,
                 "prose": None if prose == text else prose, "newline": newline}
        try:
            self._prepare()
            folder = self._path(key).parent
            folder.mkdir(parents=True, exist_ok=True)
            data = json.dumps(entry, ensure_ascii=False, separators=(",", ":")).encode("utf-8")
            _write_atomically(self._path(key), data)
        except OSError:
            pass

    def _prepare(self) -> None:
        """Mark the folder as a cache: ignored by git and by backup tools."""
        if self._prepared:
            return
        self.directory.mkdir(parents=True, exist_ok=True)
        for name, text in ((".gitignore", "# Created by claimcheck.\n*\n"), ("CACHEDIR.TAG", _CACHEDIR_TAG)):
            marker = self.directory / name
            if not marker.exists():
                marker.write_text(text, encoding="utf-8")
        self._prepared = True


# ------------------------------------------------------------------ compiled rule files


def user_cache_dir() -> Path:
    """The per-user cache folder (``$XDG_CACHE_HOME/claimcheck``, else ``~/.cache/claimcheck``)."""
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return Path(base) / "claimcheck"


def compiled(kind: str, paths, build):
    """``build()``, or what it returned last time for files with the same contents.

    Parsing the rule YAML and validating it against the schemas takes most of a second;
    its result, pickled in the user's own cache folder (like Python's ``__pycache__``,
    never in a project folder), loads in a few milliseconds. The key holds every file's
    path and bytes and claimcheck's code, so an edited rule file or checkout rebuilds.
    Anything that goes wrong with the cache just builds; a build that fails (a broken rule
    file) is never stored.
    """
    import pickle

    def digest() -> str:
        state = hashlib.sha256(f"{kind}\0{code_fingerprint()}".encode())
        for path in paths:
            state.update(str(path).encode() + b"\0" + Path(path).read_bytes() + b"\0")
        return state.hexdigest()

    try:
        before = digest()
        target = user_cache_dir() / "compiled" / f"{kind}-{before[:32]}.pickle"
        with open(target, "rb") as handle:
            value = pickle.load(handle)
        _mark_used(target)
        return value
    except OSError:
        if "target" not in locals():
            return build()  # a file cannot be read: building reports it
    except (EOFError, pickle.UnpicklingError, AttributeError, ImportError, ValueError, TypeError):
        pass
    value = build()
    try:
        if digest() != before:
            return value  # a file changed while it was read: keep nothing
        # What the result cache keys on: exactly the bytes this value was built from.
        value.source_digest = before
    except (OSError, AttributeError):
        return value
    _store_pickle(target, value)
    return value


# Compiled entries of one kind kept per user: every edit of a rule file and every claimcheck
# version makes a new one, so without a bound the folder grows by a megabyte a build.
COMPILED_KEPT_PER_KIND = 8


def _store_pickle(target: Path, value) -> None:
    """Write a pickle atomically; a cache that cannot be written is just not kept."""
    import pickle

    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        _write_atomically(target, pickle.dumps(value, protocol=pickle.HIGHEST_PROTOCOL))
    except (OSError, pickle.PicklingError, TypeError, AttributeError):
        return
    _prune_compiled(target)


def _mark_used(target: Path) -> None:
    """Date an entry that was read, so pruning keeps the entries in use, not the newest built."""
    try:
        os.utime(target)
    except OSError:
        pass


def _prune_compiled(kept: Path) -> None:
    """Remove all but the `COMPILED_KEPT_PER_KIND` most recently used entries of ``kept``'s
    kind ("rulebook-<digest>.pickle"). Another process may be pruning too, or reading an entry
    removed here: that reader has it open or builds it again."""
    kind = kept.name.rsplit("-", 1)[0]
    entries = []
    try:
        with os.scandir(kept.parent) as folder:
            for entry in folder:
                if entry.name.endswith(".pickle") and entry.name.rsplit("-", 1)[0] == kind:
                    try:
                        entries.append((entry.stat().st_mtime, entry.path))
                    except OSError:
                        pass  # removed meanwhile
    except OSError:
        return
    entries.sort(reverse=True)
    for _, stale in entries[COMPILED_KEPT_PER_KIND:]:
        if stale != str(kept):
            try:
                os.unlink(stale)
            except OSError:
                pass


def _write_atomically(target: Path, data: bytes) -> None:
    """Write ``data`` to a temporary file beside ``target``, then rename it over ``target``.
    Ctrl-C and a worker's stop (SIGTERM) wait until the file is whole and in place, so an
    interrupted run leaves no half-written entry and no stray temporary file."""
    held = {signal.SIGINT, signal.SIGTERM}
    block = hasattr(signal, "pthread_sigmask")
    if block:
        previous = signal.pthread_sigmask(signal.SIG_BLOCK, held)
    try:
        handle, temporary = tempfile.mkstemp(dir=target.parent, suffix=".tmp")
        try:
            with os.fdopen(handle, "wb") as stream:
                stream.write(data)
            os.replace(temporary, target)
        except BaseException:
            try:
                os.unlink(temporary)
            except OSError:
                pass
            raise
    finally:
        if block:
            signal.pthread_sigmask(signal.SIG_SETMASK, previous)


def _phrase_index_path(book) -> Path | None:
    digest = getattr(book, "source_digest", None)  # rules, knowledge and code, as `compiled` read them
    return user_cache_dir() / "compiled" / f"phrases-{digest[:32]}.pickle" if digest else None


def load_phrase_index(book) -> tuple[dict, tuple | None]:
    """What a Checker built from the same rule files and code stored of its PhraseIndex
    (`PhraseIndex.stored`): the phrases' token hashes and the lookups; nothing when there is
    none to trust."""
    import pickle

    path = _phrase_index_path(book)
    try:
        with open(path, "rb") as handle:
            tokenized, built = pickle.load(handle)
        if isinstance(tokenized, dict) and (built is None or isinstance(built, tuple)):
            _mark_used(path)
            return tokenized, built
    except (OSError, TypeError, EOFError, pickle.UnpicklingError, AttributeError, ImportError, ValueError):
        pass
    return {}, None


def store_phrase_index(book, stored: tuple[dict, tuple | None]) -> None:
    path = _phrase_index_path(book)
    if path is not None:
        _store_pickle(path, stored)

