"""claimcheck: a fact-checking linter for wellness copy.

The Python API (`check_text`, `check_paths`) is imported lazily so that `claimcheck --help`
never pays for importing spaCy.
"""
__version__ = "0.1.0"

__all__ = ["__version__", "check_text", "check_paths"]


def __getattr__(name):
    if name in ("check_text", "check_paths"):
        from . import api

        return getattr(api, name)
    raise AttributeError(name)
