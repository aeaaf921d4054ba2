"""Running `claimcheck …` through its real entry point (`claimcheck.cli.main`), in-process
so the compiled checker is reused, with the exit code, stdout and stderr returned."""
from __future__ import annotations

import io
import subprocess
import sys
from contextlib import redirect_stderr, redirect_stdout
from dataclasses import dataclass


@dataclass
class Outcome:
    code: int
    out: str
    err: str


def claimcheck(*args, cwd=None, monkeypatch=None) -> Outcome:
    """Run the command line in this process (``main()`` as the console script does)."""
    from claimcheck.cli import main

    argv = ["claimcheck", *[str(a) for a in args]]
    out, err = io.StringIO(), io.StringIO()
    saved_argv = sys.argv
    sys.argv = argv
    code = 0
    try:
        if monkeypatch is not None and cwd is not None:
            monkeypatch.chdir(cwd)
        with redirect_stdout(out), redirect_stderr(err):
            try:
                main()
            except SystemExit as exit:
                code = exit.code if isinstance(exit.code, int) else (0 if exit.code is None else 1)
    finally:
        sys.argv = saved_argv
    return Outcome(code, out.getvalue(), err.getvalue())


def claimcheck_process(*args, cwd=None) -> Outcome:
    """Run the command line as a separate process (for what a fresh start imports)."""
    done = subprocess.run([sys.executable, "-m", "claimcheck", *[str(a) for a in args]],
                          capture_output=True, text=True, cwd=cwd, timeout=120)
    return Outcome(done.returncode, done.stdout, done.stderr)
