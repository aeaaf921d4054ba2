"""``--format json``: the stable, versioned machine format."""
from __future__ import annotations

import json

from . import summary

JSON_VERSION = 1


def report(run, out, **options) -> None:
    payload = {
        "version": JSON_VERSION,
        "findings": [f.to_dict() for f in run.findings],
        "summary": summary(run),
        "errors": [e.to_dict() for e in run.errors],
    }
    json.dump(payload, out, ensure_ascii=False, indent=2)
    out.write("\n")
