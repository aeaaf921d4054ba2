"""Python's garbage collector, kept out of the way while a Checker is built."""
from __future__ import annotations

import gc
from contextlib import contextmanager


_freeze_what_is_built = False


def freeze_what_is_built() -> None:
    """For a process that ends with its run (the command): what `paused` blocks build then
    lives as long as the process, so the collector is told to skip it for good. Enabling
    the collector again otherwise starts a collection over every object made meanwhile
    (spaCy's import, the Checker), about 50 ms of a cold check. Not done for an API user,
    whose own uncollected objects a freeze would keep for good too."""
    global _freeze_what_is_built
    _freeze_what_is_built = True


@contextmanager
def paused():
    """No collection inside: importing spaCy and building a Checker make hundreds of thousands
    of objects that live as long as the process and free almost none, and the collector, run
    again and again over them as they pile up, took about a tenth of what a cold check adds to spaCy's own start."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if _freeze_what_is_built:
            gc.freeze()
        if enabled:
            gc.enable()
