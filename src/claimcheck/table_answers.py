"""Bare answers in a table's cells, read with their headers.

A comparison table says things only a cell and its headers say together::

    | Product   | Benefit    | Side effects |        |                    | Kava | Kratom |
    | --------- | ---------- | ------------ |        |--------------------|------|--------|
    | Kava root | Relaxation | None         |        | Addictive?         | No   | No     |

Read as a row ("| Kava root | Relaxation | None |") the "None" is said of nothing; with its
column's header and its row's product it is "Kava root. Side effects: None.", a sentence
the rules already read. `TableAnswers.fragments` finds each body cell of a pipe table that is
a bare answer ("none", "zero", "no", "yes", "✓", "not at all", …: the ``table_answers_*`` lists
of ``context.yaml``) and writes that fragment for it: the row's first cell is the product and
the column's header the question, or, in a transposed table (products across the heading row,
questions down the first column), the other way round. The engine checks each fragment as a
small document of its own and reports what it finds on the cell itself.

Not read: cells with more than a bare answer (they are read in their row, as before), tables
that report a study ("| Outcome | Kava group | Placebo |"), cells under a myth, claim or fact
heading, a "0" in a table of figures, and a no under a label that is itself negative ("Non-habit
forming? ✗" says it is habit forming).
"""
from __future__ import annotations

import re
from typing import NamedTuple

from .sources import BLOCK_BREAK

# GFM's delimiter row: a cell of one hyphen or more, with its alignment colons ("|:-:|---|")
_DELIMITER_ROW = re.compile(r"\|?\s*:?-+:?\s*(\|\s*:?-+:?\s*)*\|?")
_LINE = re.compile(f"[^\n{BLOCK_BREAK}]*")
_EDGE_MARKS = " \t*_`~.!"  # emphasis left in plain text, a closing full stop
_SAMPLE_SIZE = re.compile(r"\bn\s*=\s*\d")  # "Kava (n=50)": a study arm
_MAX_SUBJECT_WORDS = 6
_MAX_LABEL_WORDS = 10


class Fragment(NamedTuple):
    text: str  # "Kava root. Side effects: None."
    read_from: int  # where the question starts in `text`: a finding before it is about the product alone
    start: int  # the answer cell's characters in the checked text
    end: int
    own_claim: bool  # a transposed table's cell: each is said of another product, not one claim with its row


class _Cell(NamedTuple):
    text: str  # stripped, spaces collapsed
    start: int
    end: int


def _cells(line: str, at: int) -> list[_Cell]:
    """The cells of a table row with their character offsets, the outer pipes dropped."""
    bounds = [-1] + [i for i, character in enumerate(line) if character == "|"] + [len(line)]
    cells = []
    for left, right in zip(bounds, bounds[1:]):
        raw = line[left + 1:right]
        stripped = raw.strip()
        start = at + left + 1 + (len(raw) - len(raw.lstrip()))
        cells.append(_Cell(" ".join(stripped.split()), start, start + len(stripped)))
    if line.lstrip().startswith("|"):
        cells = cells[1:]
    if line.rstrip().endswith("|"):
        cells = cells[:-1]
    return cells


def _words(text: str) -> list[str]:
    return re.findall(r"[\w'’%=-]+", text.lower())


class TableAnswers:
    def __init__(self, context: dict) -> None:
        def words(key: str) -> set[str]:
            return {" ".join(str(w).lower().split()) for w in context.get(key, [])}

        self.yes = words("table_answers_yes")
        self.no = words("table_answers_no")
        self.none = words("table_answers_none")
        self.marks = {mark: "Yes" for mark in words("table_answer_marks_yes")}
        self.marks.update({mark: "No" for mark in words("table_answer_marks_no")})
        self.study_words = words("table_study_words")
        self.negative_labels = words("table_negative_label_words")
        self.skipped_headings = (words("table_myth_headings") | words("table_claim_headings")
                                 | words("table_fact_headings"))
        self.answers = self.yes | self.no | self.none | set(self.marks)

    def _answer(self, cell: str) -> tuple[str, str] | None:
        """(the answer as the fragment writes it, its kind: "yes", "no" or "none"), or None."""
        key = " ".join(cell.strip(_EDGE_MARKS).lower().split())
        if key in self.marks:
            written = self.marks[key]
            return written, written.lower()
        if not key or key not in self.answers:
            return None
        written = cell.strip(_EDGE_MARKS)
        return written, ("yes" if key in self.yes else "no" if key in self.no else "none")

    def fragments(self, text: str, mention_starts: list[int]) -> list[Fragment]:
        """The fragments of every bare answer cell in `text`'s pipe tables; `mention_starts` are the
        character offsets of the substances named in `text` (not a partner such as alcohol), which tell a
        transposed table."""
        if "|" not in text or "-" not in text:
            return []
        lines = [(m.start(), m.group()) for m in _LINE.finditer(text)]
        lines = [(at, line) for at, line in lines if at == 0 or text[at - 1] in f"\n{BLOCK_BREAK}"]
        found = []
        for number, (at, line) in enumerate(lines):
            if number == 0 or "|" not in line or not _DELIMITER_ROW.fullmatch(line.strip()):
                continue
            head_at, head_line = lines[number - 1]
            if "|" not in head_line:
                continue
            heading = _cells(head_line, head_at)
            body = []
            for row_at, row_line in lines[number + 1:]:
                if "|" not in row_line or not row_line.strip():
                    break
                body.append(_cells(row_line, row_at))
            found += self._table(heading, body, mention_starts)
        return found

    def _table(self, heading: list[_Cell], body: list[list[_Cell]], mention_starts: list[int]) -> list[Fragment]:
        if len(heading) < 2 or not body:
            return []
        labels = heading + [row[0] for row in body if row]
        if any(word in self.study_words for cell in labels for word in _words(cell.text)) or any(
                _SAMPLE_SIZE.search(cell.text) for cell in labels):
            return []  # a study's results: "| Outcome | Kava group | Placebo |"

        def names_substance(cell: _Cell) -> bool:
            return any(cell.start <= at < cell.end for at in mention_starts)

        across = sum(names_substance(cell) for cell in heading[1:])
        down = sum(names_substance(row[0]) for row in body if row)
        questions_down = any(row[0].text.endswith("?") for row in body if row)
        transposed = across > down or (across == down and (not heading[0].text or questions_down))
        figures = sum(any(c.isdigit() for c in cell.text) for row in body for cell in row[1:])
        fragments = []
        for row in body:
            if len(row) != len(heading):
                continue  # a row that does not line up with its heading (an escaped pipe, a stray one)
            for column in range(1, len(row)):
                cell = row[column]
                answer = self._answer(cell.text)
                if answer is None:
                    continue
                written, kind = answer
                if written == "0" and figures > 1:
                    continue  # a count among other figures
                subject, label = (heading[column], row[0]) if transposed else (row[0], heading[column])
                if heading[column].text.lower().rstrip(":") in self.skipped_headings:
                    continue
                fragment = self._fragment(subject.text, label.text, written, kind)
                if fragment:
                    text, read_from = fragment
                    fragments.append(Fragment(text, read_from, cell.start, cell.end, transposed))
        return fragments

    def _fragment(self, subject: str, label: str, answer: str, kind: str) -> tuple[str, int] | None:
        subject = subject.strip(_EDGE_MARKS + ":")
        label = label.strip(" \t*_`~")
        if not subject or len(_words(subject)) > _MAX_SUBJECT_WORDS:
            return None
        if subject.endswith("?"):  # a question and answer table: "| Is kratom addictive? | No |"
            return f"{subject} {answer}.", 0
        label = label.rstrip(":").rstrip()
        label_words = _words(label)
        if not label_words or len(label_words) > _MAX_LABEL_WORDS:
            return None
        if kind == "no" and (label_words[0] in self.negative_labels
                             or any(word.endswith("-free") for word in label_words)):
            return None  # "Non-habit forming? No" says it is habit forming
        if not label.endswith("?"):
            label += "?" if kind in ("yes", "no") else ":"
        opening = f"{subject}. "
        return f"{opening}{label} {answer}.", len(opening)
