"""``--format html``: one self-contained, annotated HTML file editors can open and share.

Each checked document is rendered from its ``prose`` (the visible text, with the same
offsets as the original) as headings, paragraphs and lists.  Every sentence-level
finding becomes a highlighted span with a numbered note in the margin; document-level
findings become a banner at the top of their document.  The page makes no network
request: its CSS and script are inline and a Content-Security-Policy forbids loads.

Everything taken from an article, a path or a rule is escaped; the only markup in the
page is written here.
"""
from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from html import escape
from importlib import resources

from ..sources import BLOCK_BREAK
from . import summary

CATEGORIES = ("botanical", "efficacy", "safety")
SEVERITIES = ("error", "warning", "info")
CSP = ("default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; "
       "img-src data:; base-uri 'none'; form-action 'none'")

_BLANK_LINE = re.compile(r"\n[ \t\r\f\v]*\n")
_LIST_MARKER = re.compile(r"^[ \t>]*(?:([-*+])|(\d{1,9})[.)])[ \t]+(?:\[[ xX]\][ \t]+)?$")
_HEADING_MARKER = re.compile(r"^[ \t]{0,3}(#{1,6})[ \t]+$")
_QUOTE_MARKER = re.compile(r"^[ \t]*>[ \t>]*$")
_SETEXT_UNDERLINE = re.compile(r"^[ \t]{0,3}(=+|-+)[ \t]*$")
_OPEN_TAG = re.compile(r"<([a-zA-Z][a-zA-Z0-9]*)")
_QUOTES = "'\"\u2018\u2019\u201c\u201d"
_QUOTED_WORDING = re.compile(r"(?:e\.g\.,?|Add:)\s*['\"\u2018\u201c](.+)['\"\u2019\u201d]\s*\.?\s*$", re.S)


def _asset(name: str) -> str:
    return resources.files(__package__).joinpath("html_assets", name).read_text(encoding="utf-8")


# ----------------------------------------------------------------------------- blocks


@dataclass
class Block:
    """A run of visible text: ``kind`` is p, h2, h3, h4, li, oli (ordered item) or quote."""

    kind: str
    start: int
    end: int


def split_blocks(text: str, prose: str, fmt: str) -> list[Block]:
    """Cut the visible text into blocks at blank lines, then name each from its markup."""
    prose = prose.replace(BLOCK_BREAK, "\n")  # a one-character block break reads as a line break here
    blocks: list[Block] = []
    position = 0
    pieces = []
    for gap in _BLANK_LINE.finditer(prose):
        pieces.append((position, gap.start()))
        position = gap.end() - 1  # the second newline starts the next piece
    pieces.append((position, len(prose)))
    for start, end in pieces:
        start, end = _trim(prose, start, end)
        if start < end:
            blocks.extend(_classify(text, prose, fmt, start, end))
    return blocks


def _trim(prose: str, start: int, end: int) -> tuple[int, int]:
    while start < end and prose[start].isspace():
        start += 1
    while end > start and prose[end - 1].isspace():
        end -= 1
    return start, end


def _line_prefix(text: str, offset: int) -> str:
    line_start = max(text.rfind("\n", 0, offset), text.rfind("\r", 0, offset)) + 1
    return text[line_start:offset]


def _next_line(text: str, offset: int) -> str:
    breaks = [found for found in (text.find("\n", offset), text.find("\r", offset)) if found >= 0]
    if not breaks:
        return ""
    start = min(breaks) + 1
    if text.startswith("\n", start) and text[start - 1] == "\r":
        start += 1
    stop = [found for found in (text.find("\n", start), text.find("\r", start)) if found >= 0]
    return text[start:min(stop)] if stop else text[start:]


def _classify(text: str, prose: str, fmt: str, start: int, end: int) -> list[Block]:
    if fmt == "markdown":
        prefix = _line_prefix(text, start)
        heading = _HEADING_MARKER.match(prefix)
        if heading:
            line_end = prose.find("\n", start, end)
            kind = f"h{min(len(heading.group(1)) + 1, 4)}"
            if line_end < 0:
                return [Block(kind, start, end)]
            rest_start, rest_end = _trim(prose, line_end, end)
            rest = _classify(text, prose, fmt, rest_start, rest_end) if rest_start < rest_end else []
            return [Block(kind, start, line_end)] + rest
        listed = _LIST_MARKER.match(prefix)
        if listed:
            return [Block("oli" if listed.group(2) else "li", start, end)]
        if _QUOTE_MARKER.match(prefix):
            return [Block("quote", start, end)]
        underline = _SETEXT_UNDERLINE.match(_next_line(text, end))
        if underline and "\n" not in prose[start:end]:
            return [Block("h2" if underline.group(1)[0] == "=" else "h3", start, end)]
        return [Block("p", start, end)]
    if fmt == "html":
        tags = _OPEN_TAG.findall(text, max(0, start - 400), start)
        tag = tags[-1].lower() if tags else ""
        if tag in ("h1", "h2", "h3", "h4", "h5", "h6"):
            return [Block(f"h{min(int(tag[1]) + 1, 4)}", start, end)]
        if tag == "li":
            return [Block("li", start, end)]
        if tag == "blockquote":
            return [Block("quote", start, end)]
    return [Block("p", start, end)]


# --------------------------------------------------------------------------- findings


@dataclass
class Note:
    """A finding with the number and anchor it has in the page."""

    number: int
    finding: object

    @property
    def anchor(self) -> str:
        return f"f{self.number}"


@dataclass
class Document:
    index: int
    result: object
    inline: list[Note] = field(default_factory=list)
    banner: list[Note] = field(default_factory=list)

    @property
    def anchor(self) -> str:
        return f"doc-{self.index}"


def wording_to_copy(finding) -> str:
    """The corrected wording a copy button puts on the clipboard: the replacement of a
    fix, else the example quoted in the correction, else the correction itself."""
    if finding.fix is not None and finding.fix.replacement.strip():
        return finding.fix.replacement
    quoted = _QUOTED_WORDING.search(finding.correction or "")
    if quoted:
        return quoted.group(1).strip()
    correction = (finding.correction or "").strip()
    return correction[4:].strip() if correction.startswith("Add:") else correction


def _highlight(prose: str, block: Block, notes: list[Note], badged: set[int]) -> str:
    """Escaped text of a block with every overlapping span marked.

    Spans are flattened into segments at every start and end inside the block, so
    marks never nest and no character is written twice or dropped; each segment names
    all the findings covering it.  A numbered badge follows the end of each span whose
    number is in ``badged`` (a span running over several blocks gets one, in its last);
    an empty span gets only its badge.
    """
    spans, points = [], []
    for note in notes:
        start, end = max(note.finding.start, block.start), min(note.finding.end, block.end)
        if start < end:
            spans.append((start, end, note))
        elif note.finding.start == note.finding.end and note.number in badged:
            points.append((min(max(start, block.start), block.end), note))
    cuts = sorted({block.start, block.end} | {s for s, _, _ in spans} | {e for _, e, _ in spans})
    out = [_badge(note) for at, note in points if at == block.start]
    for left, right in zip(cuts, cuts[1:]):
        covering = [note for start, end, note in spans if start <= left and right <= end]
        piece = escape(prose[left:right])
        if covering:
            # The narrowest span is the one a reader looks at: its colour wins.
            covering.sort(key=lambda n: (n.finding.end - n.finding.start, n.number))
            categories = []
            for note in covering:
                if note.finding.category not in categories:
                    categories.append(note.finding.category)
            ids = " ".join(note.anchor for note in covering)
            piece = (f'<mark data-findings="{ids}" data-categories="{" ".join(categories)}" '
                     f'data-active="{categories[0]}">{piece}</mark>')
        out.append(piece)
        out.extend(_badge(note) for start, end, note in spans if end == right and note.number in badged)
        out.extend(_badge(note) for at, note in points if at == right and at != block.start)
    return "".join(out)


def _badge(note: Note) -> str:
    return (f'<a class="badge" id="{note.anchor}" href="#note-{note.anchor}" data-finding="{note.anchor}" '
            f'data-category="{escape(note.finding.category)}" data-n="{note.number}" '
            f'aria-label="note {note.number}"></a>')


def _references(finding) -> str:
    """Links named by their site (the full address is the link and its tooltip)."""
    if not finding.references:
        return ""
    items = []
    for url in finding.references:
        web = re.match(r"https?://(?:www\.)?([^/?#]+)", url, re.I)
        if web:
            items.append(f'<a href="{escape(url)}" title="{escape(url)}" rel="noopener noreferrer" '
                         f'target="_blank">{escape(web.group(1))}</a>')
        else:
            items.append(f"<span>{escape(url)}</span>")
    return f'<p class="refs">Sources: {", ".join(items)}</p>'


def _copy_button(wording: str) -> str:
    return f'<button type="button" class="copy" data-copy="{escape(wording)}">Copy</button>'


def _note(note: Note) -> str:
    finding = note.finding
    subject = f'<span class="subject">{escape(finding.subject)}</span>' if finding.subject else ""
    head = (f'<header><a class="num" href="#{note.anchor}">{note.number}</a>'
            f'<span class="cat">{escape(finding.category)}</span>'
            f'<span class="sev sev-{escape(finding.severity)}">{escape(finding.severity)}</span>{subject}</header>')
    body = [f'<p class="message">{escape(finding.message)}</p>']
    correction = (finding.correction or "").strip()
    wording = wording_to_copy(finding) if correction else ""
    if correction and _bare(correction) != _bare(wording):
        body.append(f'<p class="correction">{escape(correction)}</p>')
    if wording:
        label = '<span class="label">Replace with</span> ' if finding.fix is not None else ""
        body.append(f'<div class="wording"><span>{label}<q>{escape(wording)}</q></span>'
                    f'{_copy_button(wording)}</div>')
    body.append(_references(finding))
    where = f" · line {finding.line}" if finding.line and finding.scope == "sentence" else ""
    body.append(f'<p class="rule"><code>{escape(finding.rule)}</code>{where}</p>')
    return (f'<div class="note" id="note-{note.anchor}" data-finding="{note.anchor}" '
            f'data-category="{escape(finding.category)}" data-severity="{escape(finding.severity)}">'
            f'{head}{"".join(body)}</div>')


def _bare(text: str) -> str:
    """A correction without an 'Add:' label, quotes or final stop, to spot one that
    says nothing beyond the wording shown under it."""
    text = text.strip()
    if text.startswith("Add:"):
        text = text[4:]
    return text.strip().rstrip(".").strip(_QUOTES).rstrip(".").strip()


# ---------------------------------------------------------------------------- layout


def _touches(finding, block: Block) -> bool:
    if finding.start == finding.end:
        return block.start <= finding.start <= block.end
    return finding.start < block.end and block.start < finding.end


def _render_body(document: Document) -> tuple[str, list[Note]]:
    """The document's text as rows of (block, notes); returns the notes it could not
    place on any visible text, so the caller lists them instead of losing them."""
    source = document.result.source
    blocks = split_blocks(source.text, source.prose, source.format)
    placed: set[int] = set()
    touching = [[n for n in document.inline if _touches(n.finding, block)] for block in blocks]
    last_block = {n.number: index for index, notes in enumerate(touching) for n in notes}
    rows: list[tuple[str, list[Note]]] = []
    list_kind, items, item_notes = None, [], []

    def flush_list():
        nonlocal list_kind, items, item_notes
        if items:
            tag = "ol" if list_kind == "oli" else "ul"
            rows.append((f"<{tag}>{''.join(items)}</{tag}>", item_notes))
        list_kind, items, item_notes = None, [], []

    for index, (block, notes) in enumerate(zip(blocks, touching)):
        fresh = [n for n in notes if n.number not in placed]
        placed.update(n.number for n in notes)
        badged = {n.number for n in notes if last_block[n.number] == index}
        html_text = _highlight(source.prose, block, notes, badged)
        if block.kind in ("li", "oli"):
            if list_kind not in (None, block.kind):
                flush_list()
            list_kind = block.kind
            items.append(f"<li>{html_text}</li>\n")
            item_notes.extend(fresh)
            continue
        flush_list()
        tag = {"p": "p", "quote": "blockquote"}.get(block.kind, block.kind)
        rows.append((f"<{tag}>{html_text}</{tag}>", fresh))
    flush_list()
    out = []
    for markup, notes in rows:
        # The notes come first so that, floated into the margin, they start level
        # with the text they annotate; narrow screens and print move them below it.
        aside = f'<aside class="notes">{"".join(_note(n) for n in notes)}</aside>' if notes else ""
        out.append(f'<div class="row">{aside}<div class="text">{markup}</div></div>\n')
    unplaced = [n for n in document.inline if n.number not in placed]
    return "".join(out), unplaced


def _render_document(document: Document) -> str:
    result = document.result
    counts = Counter(n.finding.category for n in document.inline + document.banner)
    count_text = ", ".join(f"{counts[c]} {c}" for c in CATEGORIES if counts[c])
    parts = [f'<section class="document" id="{document.anchor}">',
             f'<h2 class="path">{escape(result.path)} <span class="counts">{count_text}</span></h2>']
    body, unplaced = _render_body(document)
    for title, notes in (("Missing safety language", document.banner),
                         ("Findings outside the visible text", unplaced)):
        if notes:
            parts.append(f'<div class="banner" role="note"><h3>{title}</h3>')
            parts.extend(_note(n) for n in notes)
            parts.append("</div>")
    parts.append(f'<article class="body">\n{body}</article></section>\n')
    return "".join(parts)


def _render_summary(run, documents: list[Document]) -> str:
    totals = summary(run)
    findings = run.findings
    cells = Counter((f.category, f.severity) for f in findings)
    categories = [c for c in CATEGORIES if totals["by_category"].get(c)] + sorted(
        c for c in totals["by_category"] if c not in CATEGORIES)
    rows = []
    for category in categories:
        row = "".join(f"<td>{cells[(category, s)] or ''}</td>" for s in SEVERITIES)
        rows.append(f'<tr data-category="{escape(category)}"><th scope="row">'
                    f'<label class="filter"><input type="checkbox" checked data-filter="{escape(category)}"> '
                    f'<span class="swatch" data-category="{escape(category)}"></span>{escape(category)}</label></th>'
                    f'{row}<td class="total">{totals["by_category"][category]}</td></tr>')
    severity_totals = "".join(f"<td>{totals['by_severity'].get(s, '') or ''}</td>" for s in SEVERITIES)
    table = ""
    if rows:
        table = ('<table class="counts"><thead><tr><th scope="col">Show category</th>'
                 + "".join(f'<th scope="col">{s}</th>' for s in SEVERITIES)
                 + '<th scope="col">total</th></tr></thead><tbody>' + "".join(rows)
                 + f'</tbody><tfoot><tr><th scope="row">all</th>{severity_totals}'
                 f'<td class="total">{totals["findings"]}</td></tr></tfoot></table>')
    noun = "finding" if totals["findings"] == 1 else "findings"
    files = "file" if totals["files"] == 1 else "files"
    headline = f'<p class="headline"><strong>{totals["findings"]} {noun}</strong> in {totals["files"]} {files}'
    if run.errors:
        headline += f'; {len(run.errors)} could not be read'
    headline += "</p>"
    items = []
    for document in documents:
        result = document.result
        if result.findings:
            counted = len(result.findings)
            items.append(f'<li><a href="#{document.anchor}">{escape(result.path)}</a> '
                         f'<span class="count">{counted} finding{"s" if counted != 1 else ""}</span></li>')
        else:
            items.append(f'<li class="clean"><span>{escape(result.path)}</span> <span class="count">clean</span></li>')
    for error in run.errors:
        items.append(f'<li class="error"><span>{escape(error.path)}</span> '
                     f'<span class="count">not checked: {escape(error.message)}</span></li>')
    file_list = f'<nav class="files" aria-label="Files"><h2>Files</h2><ul>{"".join(items)}</ul></nav>' if items else ""
    return f'<section class="summary" id="summary">{headline}{table}{file_list}</section>\n'


def report(run, out, **options) -> None:
    documents: list[Document] = []
    number = 0
    for index, result in enumerate(run.files, 1):
        document = Document(index, result)
        for finding in sorted(result.findings, key=lambda f: (f.start, f.end, f.rule)):
            number += 1
            note = Note(number, finding)
            (document.banner if finding.scope == "document" else document.inline).append(note)
        documents.append(document)
    title = "claimcheck report"
    if len(run.files) == 1:
        title += f" — {run.files[0].path}"
    out.write("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
              f'<meta http-equiv="Content-Security-Policy" content="{CSP}">\n'
              '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
              '<meta name="color-scheme" content="light dark">\n'
              '<meta name="referrer" content="no-referrer">\n'
              f"<title>{escape(title)}</title>\n<style>\n{_asset('report.css')}</style>\n</head>\n<body>\n"
              f'<header class="top"><h1>{escape(title)}</h1></header>\n<main>\n')
    out.write(_render_summary(run, documents))
    for document in documents:
        if document.result.findings:
            out.write(_render_document(document))
    out.write(f"</main>\n<script>\n{_asset('report.js')}</script>\n</body>\n</html>\n")
