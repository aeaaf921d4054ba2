"""Read stage: turn a file (or stdin, or a string) into a :class:`Source`.

A ``Source`` carries two strings of identical length:

* ``text``  -- the decoded original, exactly as in the file (CRLF and lone CR kept,
  only a byte-order mark removed).  Fixes and reported spans index into it.
* ``prose`` -- what the checker reads.  Masking only *replaces* characters, code
  point for code point, so an offset found in ``prose`` is the same offset in
  ``text`` and no offset map is needed downstream.

For every index ``i``, ``prose[i]`` is ``text[i]``, a space or ``"\\n"``.  The one
exception is an HTML entity (``&amp;``, ``&#8217;``) that decodes to one code
point: that character is written at the position of the ``&`` and the rest of the
entity becomes spaces, so ``kava&nbsp;root`` reads ``kava root`` (decoded
whitespace is written as a plain space so it never creates a line break).  The
rare entities that decode to several code points are left as written.

Line breaks.  A lone ``"\\r"`` reads as ``"\\n"``; in a ``"\\r\\n"`` pair the
``"\\r"`` reads as a space, so a CRLF file does not look like it is double-spaced.

Block ends, which the segmenter relies on.  ``"\\n"`` is a *possible* sentence
boundary; ``"\\n"``, optional spaces, ``"\\n"`` (a blank line) is a *certain* one.

* Markdown: every leaf block (paragraph, heading, table cell) is followed by the
  masked characters separating it from the next block.  The first and the last of
  those characters become ``"\\n"``, so two blocks are separated by a blank line
  whenever at least two characters lie between them (list bullets, ``#`` markers,
  ``>`` markers, the spaces around a table pipe, or an actual blank line supply
  them).  A single separating character -- the newline between a heading and a
  paragraph written directly under it, or the pipe in ``|a|b|`` -- becomes one
  ``"\\n"``.  Newlines inside a block (a paragraph or list item wrapped over several
  lines) are left alone: the segmenter decides.
* HTML: the first character of every opening and closing tag of a block-level
  element (and of ``<br>``) becomes ``"\\n"``, so ``<li>a</li><li>b</li>`` reads
  ``"\\n   a\\n    \\n   b\\n    "``.

Choices worth knowing: Markdown images are blanked entirely, alt text included
(alt text is a description, not copy); strikethrough (``~~``) is enabled besides
tables; GitHub task boxes (``[ ]``/``[x]``) are blanked at the start of a list
item; HTML ``<title>`` (in ``<head>``) is shown, as are description and title meta tags; MDX
``import``/``export`` paragraphs and ``{/* comments */}`` are masked.
"""
from __future__ import annotations

import codecs
import html
import os
import re
import sys
from bisect import bisect_right
from collections import Counter
from dataclasses import dataclass
from functools import cache
from html.parser import HTMLParser
from itertools import accumulate
from operator import itemgetter
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from markdown_it.token import Token

__all__ = [
    "Source",
    "SourceError",
    "decode",
    "detect_format",
    "make_source",
    "mask_html",
    "mask_markdown",
    "read_source",
]

DEFAULT_MAX_BYTES = 20_000_000
# NUL bytes this early mean the file is not text (same heuristic as git and grep).
BINARY_SNIFF_BYTES = 8192

_MARKDOWN_EXTENSIONS = {".md", ".markdown", ".mdx"}
_HTML_EXTENSIONS = {".html", ".htm", ".xhtml"}


BLOCK_BREAK = "\u2029"  # in prose: a block ends here, whatever the text around it looks like


class SourceError(Exception):
    """One-line, user-facing problem with an input.

    The message never repeats the path (the CLI prints ``path: message``); the path
    is kept on ``.path`` for callers that report errors another way.
    """

    def __init__(self, message: str, path: str | None = None) -> None:
        super().__init__(message)
        self.path = path


@dataclass
class Source:
    """One input, decoded.  ``prose`` is ``text`` masked for checking (same length);
    ``encoding``, ``has_bom`` and ``newline`` let a fixer write the file back as it was."""

    path: str
    text: str
    prose: str
    format: str
    encoding: str
    has_bom: bool
    newline: str

    def __post_init__(self) -> None:
        # Every later stage trusts offsets in prose to be offsets in text.
        if len(self.prose) != len(self.text):
            raise ValueError("prose must be exactly as long as text")


def detect_format(path: str) -> str:
    """Return ``"markdown"``, ``"html"`` or ``"text"`` from the file extension."""
    extension = os.path.splitext(path)[1].lower()
    if extension in _MARKDOWN_EXTENSIONS:
        return "markdown"
    if extension in _HTML_EXTENSIONS:
        return "html"
    return "text"


# --------------------------------------------------------------------------- reading


def read_source(
    path: str,
    *,
    encoding: str | None = None,
    max_bytes: int | None = DEFAULT_MAX_BYTES,
    stdin_text: str | bytes | None = None,
    stdin_filename: str | None = None,
) -> Source:
    """Read, decode and mask one input; ``"-"`` means standard input.

    For stdin the reported path and the format come from ``stdin_filename``.
    ``stdin_text`` lets a caller that already holds stdin pass it in: bytes (what the
    command line reads) are decoded and size-checked as a file's are; a string is used
    as is (a leading BOM is dropped).
    """
    if path == "-":
        shown_path = stdin_filename or "<stdin>"
        if isinstance(stdin_text, bytes):
            data = _limit_size(stdin_text, None, max_bytes, shown_path)
            text, used_encoding, has_bom = decode(data, shown_path, encoding)
        elif stdin_text is not None:
            has_bom = stdin_text.startswith("\ufeff")
            text = stdin_text[1:] if has_bom else stdin_text
            used_encoding = encoding or "utf-8"
        else:
            data = _limit_size(sys.stdin.buffer.read(), None, max_bytes, shown_path)
            text, used_encoding, has_bom = decode(data, shown_path, encoding)
    else:
        shown_path = path
        data = _read_bytes(path, max_bytes)
        text, used_encoding, has_bom = decode(data, path, encoding)
    return _build_source(text, shown_path, detect_format(shown_path), used_encoding, has_bom)


def _read_bytes(path: str, max_bytes: int | None) -> bytes:
    """Read a file as bytes (never universal newlines), refusing oversized files."""
    try:
        # Checked first: on some platforms opening a directory fails with
        # "Permission denied", which would send the user looking in the wrong place.
        if os.path.isdir(path):
            raise SourceError("Is a directory", path)
        with open(path, "rb") as handle:
            declared_size = os.fstat(handle.fileno()).st_size
            if max_bytes is not None and declared_size > max_bytes:
                raise SourceError(_too_large_message(declared_size, max_bytes), path)
            # Pipes and special files report size 0: read one byte past the limit.
            data = handle.read() if max_bytes is None else handle.read(max_bytes + 1)
    except FileNotFoundError:
        raise SourceError("No such file", path) from None
    except IsADirectoryError:
        raise SourceError("Is a directory", path) from None
    except PermissionError:
        raise SourceError("Permission denied", path) from None
    except OSError as error:
        raise SourceError(error.strerror or type(error).__name__, path) from None
    return _limit_size(data, declared_size, max_bytes, path)


def _limit_size(data: bytes, declared_size: int | None, max_bytes: int | None, path: str) -> bytes:
    if max_bytes is not None and len(data) > max_bytes:
        actual = max(len(data), declared_size or 0)
        raise SourceError(_too_large_message(actual, max_bytes), path)
    return data


def _too_large_message(size: int, limit: int) -> str:
    return (
        f"file is {_human_size(size)}, over the {_human_size(limit)} limit "
        "(raise it with --max-file-size)"
    )


def _human_size(size: int) -> str:
    """Decimal units, matching how --max-file-size is documented (20 MB = 20,000,000)."""
    if size >= 1_000_000:
        return f"{size / 1_000_000:.1f} MB"
    if size >= 1_000:
        return f"{size / 1_000:.1f} kB"
    return f"{size} bytes"


# -------------------------------------------------------------------------- decoding

# UTF-32 marks are tested first: the UTF-32-LE mark begins with the UTF-16-LE one.
_BYTE_ORDER_MARKS = (
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)


def decode(data: bytes, path: str, encoding: str | None = None) -> tuple[str, str, bool]:
    """Decode file bytes to ``(text, encoding, has_bom)``; the BOM is never in ``text``.

    Without an explicit ``encoding``: a byte-order mark decides, otherwise the data
    must be strict UTF-8 (guessing a legacy encoding would silently corrupt the
    text a fix is later written back to).  ``path`` only labels the error.
    """
    bom_encoding = next((name for mark, name in _BYTE_ORDER_MARKS if data.startswith(mark)), None)
    codec_name = _codec_name(encoding, path) if encoding else None
    wide = (bom_encoding or codec_name or "").startswith(("utf-16", "utf-32"))
    # UTF-16/32 text is full of NUL bytes; anything else with NULs is binary.
    if not wide and b"\x00" in data[:BINARY_SNIFF_BYTES]:
        raise SourceError("binary file (contains NUL bytes); skipped", path)

    if encoding:
        text = _decode_strictly(data, encoding, path, hint="")
        # "utf-16" and "utf-8-sig" consume a mark; other codecs leave it as U+FEFF.
        consumed = bom_encoding is not None and codec_name == codecs.lookup(bom_encoding).name
        left_in_text = text.startswith("\ufeff")
        return (text[1:] if left_in_text else text), encoding, consumed or left_in_text
    hint = " (use --encoding to choose another)"
    if bom_encoding:
        # The utf-8-sig, utf-16 and utf-32 codecs all consume their mark.
        return _decode_strictly(data, bom_encoding, path, hint), bom_encoding, True
    return _decode_strictly(data, "utf-8", path, hint), "utf-8", False


def _codec_name(encoding: str, path: str) -> str:
    try:
        return codecs.lookup(encoding).name
    except LookupError:
        raise SourceError(f"unknown encoding {encoding!r}", path) from None


def _decode_strictly(data: bytes, encoding: str, path: str, hint: str) -> str:
    try:
        return data.decode(encoding)
    except UnicodeDecodeError as error:
        # utf-8-sig reports offsets after its 3-byte mark; users need file offsets.
        offset = error.start + (len(codecs.BOM_UTF8) if encoding == "utf-8-sig" else 0)
        label = _display_encoding(encoding)
        raise SourceError(f"invalid {label} at byte {offset}{hint}", path) from None


def _display_encoding(encoding: str) -> str:
    name = codecs.lookup(encoding).name
    if name.startswith("utf"):
        return name.upper().removesuffix("-SIG")
    return encoding


def _dominant_newline(text: str) -> str:
    crlf = text.count("\r\n")
    counts = {"\n": text.count("\n") - crlf, "\r\n": crlf, "\r": text.count("\r") - crlf}
    # max() keeps the first of equal counts, so ties (and no newline) give "\n".
    return max(counts, key=counts.__getitem__)


# ----------------------------------------------------------------------- construction


def make_source(text: str, path: str = "<text>", format: str | None = None) -> Source:
    """Build a Source from a string (Python API and tests); format defaults by path."""
    return _build_source(text, path, format or detect_format(path), "utf-8", False)


def _build_source(text: str, path: str, format: str, encoding: str, has_bom: bool) -> Source:
    maskers = {"markdown": mask_markdown, "html": mask_html, "text": _mask_plain}
    if format not in maskers:
        raise SourceError(f"unknown format {format!r} (expected markdown, html or text)", path)
    return Source(
        path=path,
        text=text,
        prose=maskers[format](text),
        format=format,
        encoding=encoding,
        has_bom=has_bom,
        newline=_dominant_newline(text),
    )


# ------------------------------------------------------------------- masking helpers


def _normalise_line_breaks(text: str) -> str:
    """CRLF reads " \\n" and a lone CR "\\n": one line break each, same length."""
    return text.replace("\r\n", " \n").replace("\r", "\n")


def _blank(text: str) -> str:
    """Everything masked: spaces, with line breaks kept (see module docstring)."""
    return "\n".join(map(" ".__mul__, map(len, _normalise_line_breaks(text).split("\n"))))


def _mask_plain(text: str) -> str:
    """Plain text is all prose; only line breaks are normalised."""
    return _normalise_line_breaks(text)


def _reveal(prose: list[str], text: str, index: int) -> None:
    """Let the checker read one original character (line breaks stay normalised)."""
    if text[index] not in "\r\n":
        prose[index] = text[index]


def _readable(decoded_char: str) -> str:
    """A decoded entity character as prose: whitespace (``&nbsp;``, ``&#10;``) reads
    as a plain space so an entity never creates a line break."""
    return " " if decoded_char.isspace() else decoded_char


# ------------------------------------------------------------------------- markdown

@cache
def _markdown_parser():
    """Built on first use: a run answered from the result cache never parses Markdown.

    Two core rules are left to the caller: ``normalize`` (the masker already turns
    NUL into U+FFFD and only has to fold line breaks, with plain ``str.replace``)
    and ``inline``, because most inline content is plain text that needs no parse.
    """
    from markdown_it import MarkdownIt

    parser = MarkdownIt("commonmark").enable(["table", "strikethrough"])
    # Keep entities and escapes as separate tokens: their source form (markup) is what
    # lets us find them in the text; text_join would merge them into plain text.
    parser.disable(["text_join", "normalize", "inline"])
    return parser


_TASK_BOX = re.compile(r"\[[ xX]\](?=[ \t]|$)")
_FRONT_MATTER_FENCES = {"---": ("---", "..."), "+++": ("+++",)}
# Front-matter fields a site publishes as prose (the page title and description that search
# results and link previews show, as HTML's title and description meta tags), YAML or TOML:
# `key: value`, `key = "value"`, a quoted value, or a block scalar (`key: >-`) on the lines below.
_FRONT_MATTER_PROSE = re.compile(
    r"(?P<indent>[ \t]*)(?P<key>title|subtitle|description|summary|excerpt|headline|lead|teaser|tagline"
    r"|(?:seo|meta|og|twitter)[_-](?:title|description))[ \t]*[:=][ \t]*(?P<value>.*?)[ \t]*$",
    re.IGNORECASE)
# MDX (and Docusaurus Markdown): a top-level paragraph of ESM, "import X from './x'",
# "import './style.css'", "export const meta = {...}", is code, never copy.  The shapes
# are JavaScript's, so prose ("import duties on kava from Fiji rose", "export markets
# grew") does not match: an import needs a quoted module, an export a declaration.
_MDX_ESM = re.compile(
    r"import\s+(?:['\"]|[\w$*{][^\n]*?\bfrom\s*['\"])"
    r"|export\s+(?:default\b|const\s|let\s|var\s|function\b|async\s+function\b|class\s|\{|\*)")
# An MDX comment, "{/* note */}", wherever it sits: never shown.
_MDX_COMMENT = re.compile(r"\{/\*.*?\*/\}", re.DOTALL)
# A table's delimiter row ("|---|:---:|"), after any container markers (">") before it.
_DELIMITER_ROW = re.compile(r"[|:-][|:\- \t]*$")
_BLOCK_SCALAR = re.compile(r"[|>][-+0-9]*(?:[ \t]+#.*)?")
# Where an inline token's content lies in the source: (content start, source start, length).
_Runs = list[tuple[int, int, int]]


def _has_inline_markup(content: str) -> bool:
    """Whether an enabled inline rule can start in ``content`` (an image's ``![`` has
    its ``[``); without one, markdown-it makes the whole content one text token.
    Nine ``in`` tests are several times faster than one regex character class."""
    return ("[" in content or "*" in content or "_" in content or "`" in content
            or "<" in content or "&" in content or "\\" in content or "~" in content
            or "\n" in content)


def mask_markdown(text: str) -> str:
    """Return the prose of a Markdown document (same length as ``text``)."""
    return _MarkdownMasker(text).mask()


class _MarkdownMasker:
    """Reveals the text of inline tokens; everything else stays masked.

    markdown-it gives block tokens line ranges (``.map``) but inline tokens no
    offsets, so each inline token's ``content`` is first located line by line in
    the source, as runs ``(content start, source start, length)``, then its children
    are found in that content in order, with a cursor that also steps over what
    they do not show (link destinations, code).  What is revealed is collected as
    ``(offset, string)`` writes laid over the blank text at the end.
    """

    def __init__(self, text: str) -> None:
        self.text = text
        # Same length as text: NUL is what markdown-it turns into U+FFFD.
        self.source = text.replace("\0", "\ufffd")
        self.blank = _blank(text)
        # Line n starts at line_starts[n]; the blank text breaks lines where markdown-it does.
        line_widths = map((1).__add__, map(len, self.blank.split("\n")))
        self.line_starts = list(accumulate(line_widths, initial=0))
        self.line_count = len(self.line_starts) - 1
        self.env: dict = {}  # markdown-it's: link reference definitions
        self.writes: list[tuple[int, str]] = []
        self.blocks: list[tuple[int, int]] = []  # first and last visible offsets

    def mask(self) -> str:
        front_matter_end = self._front_matter_end()
        if front_matter_end:
            self._reveal_front_matter_prose(front_matter_end)
        # Front matter becomes blank lines, so token line numbers stay valid.
        parse_input = self.blank[:front_matter_end] + self.source[front_matter_end:]
        parse_input = parse_input.replace("\r\n", "\n").replace("\r", "\n")
        tokens = _markdown_parser().parse(parse_input, self.env)
        row_cursors: dict[int, int] = {}
        tables: list[list[int]] = []
        cells_of_row: dict[int, list[tuple[int, int]]] = {}  # row line -> its cells' source ranges
        for index, token in enumerate(tokens):
            if token.type == "table_open" and token.map:
                tables.append(token.map)
            if token.type == "html_block" and token.map:
                self._reveal_html_block(token)
                continue
            if token.type != "inline" or not token.map:
                continue
            opener = tokens[index - 1].type if index else ""
            if opener == "paragraph_open" and token.level == 1 and _MDX_ESM.match(token.content):
                continue  # MDX import/export: code
            in_cell = opener in ("th_open", "td_open")
            if in_cell:
                runs = self._locate_cell(token, row_cursors)
                if runs:
                    cells_of_row.setdefault(token.map[0], []).append((runs[0][1], runs[-1][1] + runs[-1][2]))
            elif opener == "heading_open" and tokens[index - 1].markup.startswith("#"):
                runs = self._locate_atx_heading(token)
            else:
                runs = self._locate_lines(token)
            in_list_item = index >= 2 and tokens[index - 2].type == "list_item_open"
            blocks_before = len(self.blocks)
            self._reveal_inline(token.content, runs, in_list_item)
            if in_cell:
                del self.blocks[blocks_before:]  # a row is one block, made by _reveal_table_rows
        self._reveal_table_rows(tables, cells_of_row)
        self._mark_block_ends()
        prose = _overlay(self.blank, self.writes)
        if "{/*" in self.text:
            prose = _blank_spans(prose, self.blank, _MDX_COMMENT.finditer(self.text))
        return prose

    def _reveal_table_rows(self, tables: list[list[int]], cells_of_row: dict[int, list[tuple[int, int]]]) -> None:
        """Each table row reads as written, "| Kava | Mushroom |": its pipes are shown and the row
        is one block, so it is one sentence, as in plain text, and a cell is read beside its
        neighbours and under its heading (the delimiter row "|---|---|" is shown too)."""
        for first_line, end_line in tables:
            for line in range(first_line, min(end_line, self.line_count)):
                start, line_text = self._line_text(line)
                if line == first_line + 1:  # the delimiter row
                    found = _DELIMITER_ROW.search(line_text)
                    shown = [start + i for i in range(found.start(), found.end())
                             if line_text[i] in "|:-"] if found else []
                else:
                    cells = cells_of_row.get(line, [])
                    shown = [start + i for i, character in enumerate(line_text) if character == "|"
                             and not (i and line_text[i - 1] == "\\")
                             and not any(a <= start + i < b for a, b in cells)]
                    edges = [offset for a, b in cells for offset in (a, b - 1)]
                    if not shown and not edges:
                        continue
                    self.blocks.append((min(shown + edges), max(shown + edges)))
                    self.writes += [(offset, "|") for offset in shown]
                    continue
                if shown:
                    self.blocks.append((shown[0], shown[-1]))
                    self.writes += [(offset, self.source[offset]) for offset in shown]

    def _reveal_html_block(self, token: Token) -> None:
        """The visible text of a raw HTML block, as an HTML page shows it: an FAQ accordion
        (``<details><summary>Is it addictive?</summary> It can be. …</details>``), a caption
        in a ``<figure>``, a ``<div>`` disclaimer.  Tags, comments and hidden elements stay
        masked.  Only a top-level block whose source reads exactly as its content is
        revealed (inside a list item or a blockquote its lines carry container markers)."""
        start = self.line_starts[token.map[0]]
        end = self.line_starts[min(token.map[1], self.line_count)]
        segment = self.source[start:end]
        if segment.replace("\r\n", "\n").replace("\r", "\n").rstrip("\n") != token.content.rstrip("\n"):
            return
        original = self.text[start:end]
        masked = mask_html(original)
        shown = [index for index, character in enumerate(masked)
                 if (not character.isspace() and character == original[index])
                 or (character == "\n" and original[index] not in "\r\n")]
        visible = [index for index in shown if not masked[index].isspace()]
        if not visible:
            return
        self.writes += [(start + index, masked[index]) for index in shown]
        self.blocks.append((start + visible[0], start + visible[-1]))

    def _front_matter_end(self) -> int:
        """Offset just past a leading ``---``/``+++`` front-matter block, or 0 if none."""
        closers = _FRONT_MATTER_FENCES.get(self._line_text(0)[1].rstrip())
        if closers is None:
            return 0
        for line in range(1, self.line_count):
            start, line_text = self._line_text(line)
            if line_text.rstrip() in closers:
                return start + len(line_text)
        return 0  # an unclosed "---" is a thematic break, not front matter

    def _reveal_front_matter_prose(self, front_matter_end: int) -> None:
        """Reveal the values of the front matter's prose fields, each a block of its own."""
        line = 1
        while line < self.line_count and self.line_starts[line] < front_matter_end:
            start, line_text = self._line_text(line)
            line += 1
            field = _FRONT_MATTER_PROSE.fullmatch(line_text)
            if field is None:
                continue
            value, at = field["value"], start + field.start("value")
            if _BLOCK_SCALAR.fullmatch(value):  # the value is the more indented lines below
                pieces = []
                while line < self.line_count and self.line_starts[line] < front_matter_end:
                    start, line_text = self._line_text(line)
                    content = line_text.strip()
                    if content and len(line_text) - len(line_text.lstrip()) <= len(field["indent"]):
                        break
                    if content:
                        pieces.append((start + line_text.index(content), content))
                    line += 1
                self._reveal_pieces(pieces)
                continue
            if len(value) >= 2 and value[0] == value[-1] and value[0] in "\"'":
                value, at = value[1:-1], at + 1
            elif value[:1] in ("", "[", "{", "&", "*", "!", "#", "|", ">", "'", '"'):
                continue  # a list, a mapping, an alias, a tag, a comment or an unclosed quote: no prose
            else:
                value = value.split(" #")[0].rstrip()  # a plain YAML value ends at a comment
            self._reveal_pieces([(at + len(value) - len(value.lstrip()), value.strip())])

    def _reveal_pieces(self, pieces: list[tuple[int, str]]) -> None:
        """Show each (offset, text) of the source as it is, all as one block."""
        pieces = [(offset, text) for offset, text in pieces if text]
        if pieces:
            self.writes += pieces
            self.blocks.append((pieces[0][0], pieces[-1][0] + len(pieces[-1][1]) - 1))

    # -- locating inline content in the source ---------------------------------

    def _line_text(self, line: int) -> tuple[int, str]:
        """Start and text of a line, without its line break."""
        start, end = self.line_starts[line], self.line_starts[line + 1] - 1
        if end > start and self.source[end - 1] == "\r":  # the CR of a CRLF
            end -= 1
        return start, self.source[start:end]

    def _locate_lines(self, token: Token) -> _Runs:
        """Paragraphs and setext headings: each content line is a suffix of its
        source line once container markers are cut (the last also loses trailing
        whitespace; a tab split by indentation may add leading spaces)."""
        runs = []
        content_start = 0
        for number, piece in enumerate(token.content.split("\n")):
            line = token.map[0] + number
            if line < self.line_count:
                line_start, line_text = self._line_text(line)
                suffix = _suffix_run(piece, line_text, line_start)
                if suffix:
                    lost, source_start = suffix
                    runs.append((content_start + lost, source_start, len(piece) - lost))
            content_start += len(piece) + 1  # the newline itself: already "\n" in prose
        return runs

    def _locate_atx_heading(self, token: Token) -> _Runs:
        """``## Title ##``: the title follows the opening run of ``#``."""
        line_start, line_text = self._line_text(token.map[0])
        hashes = line_text.find("#")
        while 0 <= hashes < len(line_text) and line_text[hashes] == "#":
            hashes += 1
        found = line_text.find(token.content, max(hashes, 0))
        if found < 0:
            return []
        return [(0, line_start + found, len(token.content))]

    def _locate_cell(self, token: Token, row_cursors: dict[int, int]) -> _Runs:
        """Cells are found left to right in their row; the table parser has already
        turned each escaped ``\\|`` into ``|``, so the backslashes are skipped."""
        line = token.map[0]
        line_start, line_text = self._line_text(line)
        cursor = row_cursors.get(line, 0)
        content = token.content
        found = line_text.find(content.replace("|", "\\|"), cursor) if content else -1
        if found < 0:
            return []
        runs = []
        content_start, position = 0, found
        for number, part in enumerate(content.split("|")):
            if number:
                position += 1  # the escaping backslash stays masked
                part = "|" + part
            runs.append((content_start, line_start + position, len(part)))
            content_start += len(part)
            position += len(part)
        row_cursors[line] = position
        return runs

    # -- revealing inline children ---------------------------------------------

    def _reveal_inline(self, content: str, runs: _Runs, in_list_item: bool) -> None:
        if _has_inline_markup(content):
            parser = _markdown_parser()
            children: list[Token] = []
            parser.inline.parse(content, parser, self.env, children)
            walker = _InlineWalker(content)
            walker.walk(children)
            visible, entities = walker.visible, walker.entities
        else:  # one text token: all of it shows
            visible, entities = [(0, len(content))], []
        hidden_prefix = 3 if in_list_item and _TASK_BOX.match(content) else 0
        text, writes = self.text, self.writes
        solid: list[int] = []  # first and last non-space offsets of each revealed chunk
        first_run = 0
        for start, end in visible:
            start = max(start, hidden_prefix)
            # Both lists are in content order: runs wholly before this range are done.
            while first_run < len(runs) and runs[first_run][0] + runs[first_run][2] <= start:
                first_run += 1
            index = first_run
            while index < len(runs) and runs[index][0] < end:
                run_start, source_start, length = runs[index]
                index += 1
                first = source_start + max(start, run_start) - run_start
                chunk = text[first:source_start + min(end, run_start + length) - run_start]
                if not chunk:
                    continue
                writes.append((first, chunk))
                kept = chunk.lstrip()
                if kept:
                    solid += (first + len(chunk) - len(kept), first + len(chunk.rstrip()) - 1)
        for position, decoded in entities:
            offset = _source_offset(runs, position) if position >= hidden_prefix else -1
            if offset >= 0:
                writes.append((offset, _readable(decoded)))
                if not decoded.isspace():
                    solid.append(offset)
        # Spaces at a block's edge belong to the gap, where they can become "\n".
        if solid:
            self.blocks.append((min(solid), max(solid)))

    def _mark_block_ends(self) -> None:
        """Turn the masked gap between consecutive blocks into a sentence end."""
        ordered = sorted(self.blocks)
        for (_, previous_last), (next_first, _) in zip(ordered, ordered[1:]):
            gap_start, gap_end = previous_last + 1, next_first
            if gap_end == gap_start + 1:
                # One character between two blocks (a heading right above a paragraph, a
                # table pipe): U+2029 PARAGRAPH SEPARATOR marks a certain sentence end there.
                self.writes.append((gap_start, BLOCK_BREAK))
            elif gap_end > gap_start:
                self.writes.append((gap_start, "\n"))
                self.writes.append((gap_end - 1, "\n"))


def _blank_spans(prose: str, blank: str, matches) -> str:
    """``prose`` with each match's span masked again (line breaks kept, as in ``blank``)."""
    pieces, end = [], 0
    for match in matches:
        pieces += (prose[end:match.start()], blank[match.start():match.end()])
        end = match.end()
    pieces.append(prose[end:])
    return "".join(pieces)


def _overlay(blank: str, writes: list[tuple[int, str]]) -> str:
    """``blank`` with each ``(offset, string)`` written over it, later writes winning."""
    pieces = []
    end = 0
    for offset, string in sorted(writes, key=itemgetter(0)):
        if offset < end:  # rare overlap (a block end marked on a revealed edge space): in order
            prose = list(blank)
            for offset, string in writes:
                prose[offset:offset + len(string)] = string
            return "".join(prose)
        pieces += (blank[end:offset], string)
        end = offset + len(string)
    pieces.append(blank[end:])
    return "".join(pieces)


def _suffix_run(piece: str, line_text: str, line_start: int) -> tuple[int, int] | None:
    """Where ``piece`` ends its line: ``(characters lost at its start, source start)``."""
    for candidate in (line_text, line_text.rstrip()):
        if candidate.endswith(piece):
            return 0, line_start + len(candidate) - len(piece)
    stripped = piece.lstrip()
    trimmed_line = line_text.rstrip()
    if stripped and trimmed_line.endswith(stripped):
        return len(piece) - len(stripped), line_start + len(trimmed_line) - len(stripped)
    return None


def _source_offset(runs: _Runs, position: int) -> int:
    """Source offset of one content position, or -1 if it was not located."""
    index = bisect_right(runs, position, key=itemgetter(0)) - 1
    if index < 0:
        return -1
    run_start, source_start, length = runs[index]
    return source_start + position - run_start if position < run_start + length else -1


class _InlineWalker:
    """Finds where each inline child token sits in its parent's ``content``.

    After :meth:`walk`, ``visible`` lists the (start, end) content ranges the checker reads
    and ``entities`` the (position, decoded character) of each entity to write.
    """

    def __init__(self, content: str) -> None:
        self.content = content
        self.visible: list[tuple[int, int]] = []
        self.entities: list[tuple[int, str]] = []
        self.hidden_depth = 0  # inside inline HTML that shows no copy (<code>, <script>, …)

    def walk(self, children: list[Token]) -> None:
        self._walk(children, 0, record=True)

    def _walk(self, children: list[Token], cursor: int, record: bool) -> int:
        """Advance the cursor through ``children``; with ``record`` false (image alt
        text) only the position is tracked.  Returns the cursor after the last."""
        content = self.content
        skipping_autolink = False
        for child in children:
            kind = child.type
            if skipping_autolink:  # its text child is the URL again
                skipping_autolink = kind != "link_close"
                continue
            if kind == "text":
                found = content.find(child.content, cursor)
                if found < 0:
                    continue
                if record and not self.hidden_depth:
                    self.visible.append((found, found + len(child.content)))
                cursor = found + len(child.content)
            elif kind == "text_special":  # an escape or an entity; markup is its source
                found = content.find(child.markup, cursor)
                if found < 0:
                    continue
                shown = record and not self.hidden_depth
                if shown and child.info == "escape":
                    # "\*" reads " *"; a backslash that escapes nothing ("\x") is text.
                    literal = child.content == child.markup
                    first = found if literal else found + 1
                    self.visible.append((first, found + len(child.markup)))
                elif shown and len(child.content) == 1:
                    self.entities.append((found, child.content))
                elif shown:  # decodes to several code points: leave it as written
                    self.visible.append((found, found + len(child.markup)))
                cursor = found + len(child.markup)
            elif kind == "code_inline":
                cursor = _skip_code_span(content, cursor, child.markup)
            elif kind == "html_inline":
                cursor = _after(content, child.content, cursor)
                tag = _INLINE_TAG.match(child.content)
                if tag and tag.group(2).lower() in _HIDDEN_ELEMENTS and not child.content.endswith("/>"):
                    # '<code>kava cures anxiety</code>' in a paragraph is code, as in an HTML page
                    self.hidden_depth = max(0, self.hidden_depth + (-1 if tag.group(1) else 1))
            elif kind in ("softbreak", "hardbreak"):
                cursor = _after(content, "\n", cursor)
            elif kind == "link_open" and child.markup == "autolink":
                cursor = _after(content, ">", _after(content, "<", cursor))
                skipping_autolink = True
            elif kind == "link_open":
                cursor = _after(content, "[", cursor)
            elif kind == "link_close":
                cursor = _skip_link_tail(content, cursor)
            elif kind == "image":
                start = _after(content, "![", cursor)
                if start != cursor:
                    cursor = self._walk(child.children or [], start, record=False)
                    cursor = _skip_link_tail(content, cursor)
            elif child.markup:  # emphasis and strikethrough delimiters
                cursor = _after(content, child.markup, cursor)
        return cursor


# An inline HTML tag: "/" for a closing one, and its name.
_INLINE_TAG = re.compile(r"<(/?)([A-Za-z][\w-]*)")


def _after(content: str, piece: str, cursor: int) -> int:
    """Position just after the next ``piece``; the cursor itself if there is none."""
    found = content.find(piece, cursor)
    return cursor if found < 0 else found + len(piece)


def _skip_code_span(content: str, cursor: int, fence: str) -> int:
    """Position after a code span opened by the backtick run ``fence``."""
    opening = content.find(fence, cursor)
    if opening < 0:
        return cursor
    position = opening + len(fence)
    while True:
        position = content.find("`", position)
        if position < 0:
            return opening + len(fence)
        run_end = position
        while run_end < len(content) and content[run_end] == "`":
            run_end += 1
        if run_end - position == len(fence):
            return run_end
        position = run_end


def _skip_link_tail(content: str, cursor: int) -> int:
    """Position after ``](url "title")``, ``][label]``, ``][]`` or ``]``.

    Mirrors markdown-it's link rule: an inline destination that does not parse
    falls back to the reference forms.
    """
    from markdown_it.helpers import parseLinkDestination, parseLinkTitle

    label_end = content.find("]", cursor)
    if label_end < 0:
        return cursor
    position = label_end + 1
    limit = len(content)
    if position < limit and content[position] == "(":
        inner = _skip_link_space(content, position + 1)
        if inner < limit:
            destination = parseLinkDestination(content, inner, limit)
            if destination.ok:
                inner = _skip_link_space(content, destination.pos)
                if inner != destination.pos:
                    title = parseLinkTitle(content, inner, limit)
                    if title.ok:
                        inner = _skip_link_space(content, title.pos)
        if inner < limit and content[inner] == ")":
            return inner + 1
    if position < limit and content[position] == "[":
        scan = position + 1
        while scan < limit:
            if content[scan] == "\\":
                scan += 2
                continue
            if content[scan] == "]":
                return scan + 1
            if content[scan] == "[":
                break
            scan += 1
    return position


def _skip_link_space(content: str, position: int) -> int:
    while position < len(content) and content[position] in " \t\n":
        position += 1
    return position


# ----------------------------------------------------------------------------- html

# Text inside these elements is never visible copy.  (<title> is only the tab label.)
_HIDDEN_ELEMENTS = frozenset(
    {"script", "style", "head", "noscript", "template", "svg", "code", "pre"}
)
# What a reader sees of <head>: the page title and the descriptions search results and link
# previews show (marketers write claims there too).
_SHOWN_META = re.compile(r"(?:og:|twitter:)?(?:description|title)")
_META_CONTENT = re.compile(r"""\bcontent\s*=\s*(?:"([^"]*)"|'([^']*)')""", re.IGNORECASE)
# Elements a browser allows in <head>; any other start tag implies </head>.
_HEAD_ELEMENTS = frozenset(
    {"head", "title", "meta", "link", "style", "script", "base", "noscript", "template"}
)
_BLOCK_ELEMENTS = frozenset(
    {
        "p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol", "td", "th",
        "tr", "table", "br", "hr", "section", "article", "header", "footer",
        "blockquote", "pre", "dt", "dd", "figcaption", "main", "nav", "aside", "title",
        "details", "summary", "figure", "dl",
    }
)  # fmt: skip


def mask_html(text: str) -> str:
    """Return the visible text of an HTML document (same length as ``text``)."""
    parser = _HtmlMasker(text)
    parser.feed(text)
    parser.close()
    return "".join(parser.prose)


class _HtmlMasker(HTMLParser):
    """Reveals visible character data; tags, comments and hidden elements stay masked.

    ``convert_charrefs=False`` makes the parser report entities as separate events
    at their own positions, and every event's ``getpos()`` is turned into an
    absolute offset through a table of line starts.
    """

    def __init__(self, text: str) -> None:
        super().__init__(convert_charrefs=False)
        self.text = text
        self.prose = list(_blank(text))
        # HTMLParser counts only "\n" as a line break, whatever the file uses.
        self._line_starts = [0] + [match.end() for match in re.finditer("\n", text)]
        self._open_hidden: Counter[str] = Counter()
        self._in_title = False

    def parse_marked_section(self, i: int, report: int = 1) -> int:
        """Treat a malformed ``<![`` as a bogus comment, as browsers do, instead of
        letting the standard library's AssertionError escape (seen up to 3.12)."""
        position = (self.lineno, self.offset)
        try:
            return super().parse_marked_section(i, report)
        except AssertionError:
            self.lineno, self.offset = position  # the failed scan moved them
            end = self.rawdata.find(">", i)
            return -1 if end < 0 else end + 1

    def _offset(self) -> int:
        line, column = self.getpos()
        return self._line_starts[line - 1] + column

    def _hidden(self) -> bool:
        hidden = [tag for tag, count in self._open_hidden.items() if count > 0]
        if self._in_title and all(tag == "head" for tag in hidden):
            return False  # the title is shown, though <head> is not
        return bool(hidden)

    def _end_sentence_here(self, tag: str) -> None:
        if tag in _BLOCK_ELEMENTS:
            self.prose[self._offset()] = "\n"

    def handle_starttag(self, tag: str, attrs: list) -> None:
        if self._open_hidden["head"] and tag not in _HEAD_ELEMENTS:
            self._open_hidden["head"] = 0  # e.g. <body> or <p> after an unclosed <head>
        self._end_sentence_here(tag)
        if tag in _HIDDEN_ELEMENTS:
            self._open_hidden[tag] += 1
        elif tag == "title":
            self._in_title = True
        elif tag == "meta":
            self._reveal_meta(attrs)

    def handle_startendtag(self, tag: str, attrs: list) -> None:
        self._end_sentence_here(tag)  # <br/>, <hr/>; a self-closed <svg/> hides nothing
        if tag == "meta":
            self._reveal_meta(attrs)

    def _reveal_meta(self, attrs: list) -> None:
        """A description or title meta tag's content, as a sentence of its own."""
        names = {(value or "").lower() for key, value in attrs if key in ("name", "property")}
        if not any(_SHOWN_META.fullmatch(name) for name in names):
            return
        start = self._offset()
        raw = self.get_starttag_text() or ""
        content = _META_CONTENT.search(raw)
        if content is None:
            return
        group = 1 if content.group(1) is not None else 2
        value_start, value_end = start + content.start(group), start + content.end(group)
        for index in range(value_start, value_end):
            _reveal(self.prose, self.text, index)
        self.prose[value_start - 1] = self.prose[value_end] = "\n"  # its quotes: a sentence of its own

    def handle_endtag(self, tag: str) -> None:
        self._end_sentence_here(tag)
        if tag == "title":
            self._in_title = False
        if self._open_hidden[tag]:
            self._open_hidden[tag] -= 1

    def handle_data(self, data: str) -> None:
        if self._hidden():
            return
        start = self._offset()
        for index in range(start, start + len(data)):
            _reveal(self.prose, self.text, index)

    def handle_entityref(self, name: str) -> None:
        self._reveal_reference("&" + name)

    def handle_charref(self, name: str) -> None:
        self._reveal_reference("&#" + name)

    def _reveal_reference(self, raw: str) -> None:
        if self._hidden():
            return
        start = self._offset()
        if not self.text.startswith(raw, start):
            return
        if self.text.startswith(";", start + len(raw)):
            raw += ";"
        decoded = html.unescape(raw)
        if len(decoded) == 1:
            self.prose[start] = _readable(decoded)
        else:  # not an entity (&nosuch;), or several code points: leave it as written
            for index in range(start, start + len(raw)):
                _reveal(self.prose, self.text, index)
