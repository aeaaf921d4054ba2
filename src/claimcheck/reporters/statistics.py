"""``--statistics``: how many findings each rule produced, most frequent first."""
from __future__ import annotations

import json
from collections import Counter


def rule_counts(run) -> list[dict]:
    counts = Counter(f.rule for f in run.findings)
    fixable = Counter(f.rule for f in run.findings if f.fix is not None)
    rows = []
    for rule_id, count in sorted(counts.items(), key=lambda item: (-item[1], item[0])):
        rule = run.rules.get(rule_id)
        rows.append({"rule": rule_id, "count": count, "fixable": fixable[rule_id],
                     "summary": getattr(rule, "summary", "") or ""})
    return rows


def report(run, out, *, as_json: bool = False) -> None:
    rows = rule_counts(run)
    if as_json:
        json.dump(rows, out, ensure_ascii=False, indent=2)
        out.write("\n")
        return
    width = max((len(row["rule"]) for row in rows), default=0)
    for row in rows:
        marker = "[*]" if row["fixable"] else "   "
        out.write(f"{row['count']:>5}  {row['rule']:<{width}}  {marker} {row['summary']}".rstrip() + "\n")
    total = sum(row["count"] for row in rows)
    out.write(f"{total:>5}  total\n" if rows else "No findings.\n")
