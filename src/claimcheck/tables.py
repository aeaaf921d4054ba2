"""Markdown table rows in a Doc's text: each row is a sentence ("| Kava | Mushroom |"), rows
are separated by a line break (plain text) or a block break (masked Markdown, see
`sources.BLOCK_BREAK`), and the heading row sits above the delimiter row ("|---|:---:|")."""
from __future__ import annotations

import re
from bisect import bisect_left
from typing import NamedTuple

from spacy.tokens import Doc

from .sources import BLOCK_BREAK
from .token_table import TABLE_COLUMNS, token_table

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


class TableRow(NamedTuple):
    cells: list[tuple[int, int]]  # token ranges [start, end) between the row's pipes (empty for an empty cell)
    heading: list[str]  # its table's heading cells, as `table_heading` gives them


def table_rows(doc: Doc, text: str) -> list[TableRow]:
    """The rows of the Doc's tables that have a heading: lines that open with a pipe, under
    a heading row and a delimiter row. A row without its closing pipe keeps its last cell."""
    if "|" not in text:
        return []
    table = token_table(doc)
    offsets = table[:, TABLE_COLUMNS.index("IDX")]
    bars = (table[:, 0] == doc.vocab.strings.add("|")).nonzero()[0].tolist()
    rows: list[TableRow] = []
    line_start = None
    for number, bar in enumerate(bars):
        at = int(offsets[bar])
        start = _line_break_before(text, at) + 1
        if start == line_start:
            continue  # a later pipe of a row already read
        line_start = start
        if text[start:at].strip():
            continue  # the line does not open with a pipe
        heading = table_heading(text, at)
        if not heading:
            continue
        row_end = bisect_left(offsets, line_break_after(text, at), lo=bar)
        row_bars = [b for b in bars[number:] if b < row_end]
        if any(not doc[i].is_space for i in range(row_bars[-1] + 1, row_end)):
            row_bars.append(row_end)  # a row without its closing pipe
        rows.append(TableRow([(left + 1, right) for left, right in zip(row_bars, row_bars[1:])], heading))
    return rows


def line_break_after(text: str, start: int) -> int:
    ends = [end for end in (text.find("\n", start), text.find(BLOCK_BREAK, start)) if end >= 0]
    return min(ends) if ends else len(text)


def _line_break_before(text: str, end: int) -> int:
    """Where the line ending before `end` breaks; -1 at the start."""
    return max(text.rfind("\n", 0, end), text.rfind(BLOCK_BREAK, 0, end))
