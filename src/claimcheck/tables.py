"""Markdown table rows in a Doc's text: each row is a sentence ("| Kava | Mushroom |"), rows
are separated by a line break (plain text) or a block break (masked Markdown, see
`sources.BLOCK_BREAK`), and the heading row sits above the delimiter row ("|---|:---:|")."""
from __future__ import annotations

import re

from .sources import BLOCK_BREAK

DELIMITER_ROW = re.compile(r"^\|?\s*:?-{2,}:?\s*(\|\s*:?-{2,}:?\s*)*\|?$")


def table_heading(text: str, row_start: int) -> list[str] | None:
    """The heading cells (lower case, spaces collapsed) of the table whose row starts at
    character `row_start`, found by walking up its rows to the delimiter row. None when the
    row is in no table with a heading."""
    end = _line_break_before(text, row_start)
    while end > 0:
        start = _line_break_before(text, end) + 1
        line = text[start:end].strip()
        if not line.startswith("|"):
            return None
        if DELIMITER_ROW.match(line):
            heading_end = start - 1
            if heading_end <= 0:
                return None
            heading = text[_line_break_before(text, heading_end) + 1:heading_end].strip()
            if not heading.startswith("|"):
                return None
            return [" ".join(cell.split()).lower().rstrip(":") for cell in heading.strip("|").split("|")]
        end = start - 1
    return None


def _line_break_before(text: str, end: int) -> int:
    """Where the line ending before `end` breaks; -1 at the start."""
    return max(text.rfind("\n", 0, end), text.rfind(BLOCK_BREAK, 0, end))
