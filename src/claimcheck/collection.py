"""Python's garbage collector, kept out of the way while a Checker is built."""
from __future__ import annotations

import gc
from contextlib import contextmanager


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
        if enabled:
            gc.enable()
