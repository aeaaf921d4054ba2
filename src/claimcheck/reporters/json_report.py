"""``--format json``: the stable, versioned machine format.

Indented at the top level, one finding (and one error) per line, as ``jq -c`` would print
them: a finding greps as one line, and json's C encoder writes it. An indented dump of
every finding goes through json's pure-Python encoder instead, which took a fifth of
re-checking a cached repository."""
from __future__ import annotations

import json

from . import summary

JSON_VERSION = 1

_encode = json.JSONEncoder(ensure_ascii=False).encode


def report(run, out, **options) -> None:
    out.write(f'{{\n  "version": {JSON_VERSION},\n'
              f'  "findings": {_one_per_line(f.to_dict() for f in run.findings)},\n'
              f'  "summary": {json.dumps(summary(run), ensure_ascii=False, indent=2).replace(chr(10), chr(10) + "  ")},\n'
              f'  "errors": {_one_per_line(e.to_dict() for e in run.errors)}\n}}\n')


def _one_per_line(items) -> str:
    lines = ",\n".join(f"    {_encode(item)}" for item in items)
    return f"[\n{lines}\n  ]" if lines else "[]"
