"""The default terminal report: grouped by file, each finding with its line, the sentence
with the span highlighted, the message and the correction; document-level findings in a
section of their own with the text to paste; a closing summary."""
from __future__ import annotations

from rich.console import Console
from rich.text import Text

from . import summary

SEVERITY_STYLE = {"error": "bold red", "warning": "yellow", "info": "cyan"}
CATEGORY_STYLE = {"botanical": "bold magenta", "efficacy": "bold yellow", "safety": "bold red"}
CONTEXT_CHARS = 90


def _excerpt(text: str, start: int, end: int) -> Text:
    """The line holding the span, shortened around it, with the span highlighted."""
    line_start = max(text.rfind("\n", 0, start), text.rfind("\r", 0, start)) + 1
    line_end = len(text)
    for stop in ("\n", "\r"):
        found = text.find(stop, end)
        if found != -1:
            line_end = min(line_end, found)
    span_end = min(end, line_end)
    left = max(line_start, start - CONTEXT_CHARS)
    right = min(line_end, span_end + CONTEXT_CHARS)
    excerpt = Text()
    excerpt.append("…" if left > line_start else "", style="dim")
    excerpt.append(text[left:start])
    excerpt.append(text[start:span_end], style="bold underline")
    excerpt.append(text[span_end:right])
    excerpt.append("…" if right < line_end else "", style="dim")
    return excerpt


def _heading(finding) -> Text:
    heading = Text("  ")
    heading.append(f"{finding.line}:{finding.column}", style="bold")
    heading.append("  ")
    heading.append(finding.severity, style=SEVERITY_STYLE[finding.severity])
    heading.append("  ")
    heading.append(finding.rule, style=CATEGORY_STYLE.get(finding.category, ""))
    if finding.subject:
        heading.append(f"  ({finding.subject})", style="dim")
    return heading


def report(run, out, *, color: bool = False, quiet: bool = False, **options) -> None:
    console = Console(file=out, force_terminal=color, no_color=not color, highlight=False,
                      soft_wrap=not color, width=None if color else 100)
    for result in run.files:
        if not result.findings:
            if not quiet:
                console.print(Text(result.path, style="bold green"), Text(" ✓ no findings", style="green"))
            continue
        console.print(Text(result.path, style="bold underline"))
        sentence_level = [f for f in result.findings if f.scope == "sentence"]
        document_level = [f for f in result.findings if f.scope == "document"]
        for finding in sentence_level:
            console.print(_heading(finding))
            console.print(Text("    ").append(_excerpt(result.source.text, finding.start, finding.end)))
            console.print(Text("    ").append(finding.message))
            if finding.correction:
                console.print(Text("    → ", style="green").append(finding.correction, style="green"))
        if document_level:
            console.print(Text("  Missing safety language", style="bold red"))
            for finding in document_level:
                console.print(_heading(finding))
                console.print(Text("    ").append(finding.message))
                console.print(Text("    → ", style="green").append(finding.correction, style="green"))
        console.print()
    for error in run.errors:
        console.print(Text(f"{error.path}: ", style="bold red").append(error.message))
    if quiet:
        return
    totals = summary(run)
    line = Text(f"{totals['findings']} finding{'s' if totals['findings'] != 1 else ''} in "
                f"{totals['files']} file{'s' if totals['files'] != 1 else ''}", style="bold")
    if totals["by_category"]:
        line.append(" — " + ", ".join(f"{category} {count}" for category, count in totals["by_category"].items()))
    if run.errors:
        line.append(f"; {len(run.errors)} input error{'s' if len(run.errors) != 1 else ''}", style="red")
    console.print(line)
