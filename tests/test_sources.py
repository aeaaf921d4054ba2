"""The read stage: decoding files and masking markup without moving any offset."""
from __future__ import annotations

import codecs
import io
import os
import re
import sys

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from claimcheck import sources
from claimcheck.sources import (
    Source,
    SourceError,
    decode,
    detect_format,
    make_source,
    mask_html,
    mask_markdown,
    read_source,
)

CERTAIN_BOUNDARY = re.compile(r"\n[ ]*\n|\u2029")  # a blank line, or the one-character block break
ANY_BOUNDARY = re.compile(r"[\n\u2029]")  # a line break may end a sentence


def offset_in_prose(text: str, prose: str, phrase: str) -> int:
    """Find ``phrase`` in the prose and check the same offset holds it in the text."""
    assert len(prose) == len(text)
    start = prose.index(phrase)
    assert text[start : start + len(phrase)] == phrase
    return start


def between(prose: str, first: str, second: str) -> str:
    """The prose separating two phrases (first occurrence of each)."""
    start = prose.index(first) + len(first)
    return prose[start : prose.index(second, start)]


def assert_only_masked(text: str, prose: str) -> None:
    """Every character is the original, a space or a newline (entities excepted)."""
    assert len(prose) == len(text)
    for original, shown in zip(text, prose):
        assert shown == original or shown in " \n\u2029", (original, shown)


# ---------------------------------------------------------------------- detection


@pytest.mark.parametrize(
    ("path", "expected"),
    [
        ("notes.md", "markdown"),
        ("NOTES.MD", "markdown"),
        ("post.markdown", "markdown"),
        ("page.mdx", "markdown"),
        ("index.html", "html"),
        ("index.htm", "html"),
        ("doc.xhtml", "html"),
        ("label.txt", "text"),
        ("README", "text"),
        ("<stdin>", "text"),
    ],
)
def test_format_follows_the_extension(path, expected):
    assert detect_format(path) == expected


# ----------------------------------------------------------------------- decoding


def write(tmp_path, name: str, data: bytes) -> str:
    path = tmp_path / name
    path.write_bytes(data)
    return str(path)


def test_plain_utf8_is_read_as_is(tmp_path):
    source = read_source(write(tmp_path, "a.txt", "Ashwagandha — calming.\n".encode()))
    assert source.text == "Ashwagandha — calming.\n"
    assert (source.encoding, source.has_bom, source.format) == ("utf-8", False, "text")
    assert source.prose == source.text


def test_utf8_byte_order_mark_is_removed_from_the_text(tmp_path):
    path = write(tmp_path, "a.md", codecs.BOM_UTF8 + b"# Lemon balm\n")
    source = read_source(path)
    assert source.text == "# Lemon balm\n"
    assert (source.encoding, source.has_bom) == ("utf-8-sig", True)
    assert source.path == path
    assert source.format == "markdown"


@pytest.mark.parametrize(
    ("bom", "codec"),
    [(codecs.BOM_UTF16_LE, "utf-16-le"), (codecs.BOM_UTF16_BE, "utf-16-be")],
)
def test_utf16_with_a_byte_order_mark(tmp_path, bom, codec):
    words = "Chamomile’s flowers\r\nare steeped.\r\n"
    source = read_source(write(tmp_path, "a.txt", bom + words.encode(codec)))
    assert source.text == words
    assert (source.encoding, source.has_bom, source.newline) == ("utf-16", True, "\r\n")


def test_utf32_mark_is_not_mistaken_for_utf16():
    data = codecs.BOM_UTF32_LE + "Valerian root".encode("utf-32-le")
    assert decode(data, "a.txt") == ("Valerian root", "utf-32", True)


def test_invalid_utf8_names_the_byte_offset():
    with pytest.raises(SourceError) as caught:
        decode(b"Rooibos tea\xff is red", "a.txt")
    assert str(caught.value) == "invalid UTF-8 at byte 11 (use --encoding to choose another)"


def test_invalid_utf8_after_a_bom_counts_bytes_from_the_file_start():
    with pytest.raises(SourceError, match=r"^invalid UTF-8 at byte 5 \(use --encoding"):
        decode(codecs.BOM_UTF8 + b"ab\xc3(", "a.txt")


def test_nul_bytes_mean_binary(tmp_path):
    path = write(tmp_path, "photo.md", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
    with pytest.raises(SourceError) as caught:
        read_source(path)
    assert str(caught.value) == "binary file (contains NUL bytes); skipped"
    assert caught.value.path == path


def test_utf16_without_a_mark_needs_an_explicit_encoding():
    data = "Hibiscus".encode("utf-16-le")
    with pytest.raises(SourceError, match="binary"):
        decode(data, "a.txt")
    assert decode(data, "a.txt", encoding="utf-16-le") == ("Hibiscus", "utf-16-le", False)


def test_explicit_encoding_overrides_utf8(tmp_path):
    source = read_source(write(tmp_path, "a.txt", b"Tisane \xe0 la menthe"), encoding="latin-1")
    assert source.text == "Tisane à la menthe"
    assert source.encoding == "latin-1"


@pytest.mark.parametrize(
    ("data", "encoding"),
    [
        (codecs.BOM_UTF8 + b"Sage", "utf-8"),
        (codecs.BOM_UTF8 + b"Sage", "utf-8-sig"),
        (codecs.BOM_UTF16_LE + "Sage".encode("utf-16-le"), "utf-16"),
        (codecs.BOM_UTF16_LE + "Sage".encode("utf-16-le"), "utf-16-le"),
    ],
)
def test_explicit_encoding_still_drops_and_reports_a_bom(data, encoding):
    assert decode(data, "a.txt", encoding=encoding) == ("Sage", encoding, True)


def test_explicit_encoding_errors_name_the_encoding_and_offset():
    with pytest.raises(SourceError, match=r"^invalid UTF-8 at byte 2$"):
        decode(b"ab\xff", "a.txt", encoding="utf-8")


def test_unknown_encoding_is_a_source_error():
    with pytest.raises(SourceError, match="unknown encoding 'klingon-8'"):
        decode(b"text", "a.txt", encoding="klingon-8")


def test_empty_file_is_an_empty_source(tmp_path):
    source = read_source(write(tmp_path, "empty.md", b""))
    assert (source.text, source.prose, source.newline) == ("", "", "\n")


def test_missing_file(tmp_path):
    with pytest.raises(SourceError, match="^No such file$"):
        read_source(str(tmp_path / "absent.md"))


def test_directory(tmp_path):
    with pytest.raises(SourceError, match="^Is a directory$"):
        read_source(str(tmp_path))


def test_permission_denied(tmp_path, monkeypatch):
    # Simulated: the test suite may run as root, which can read any file.
    def refuse(*args, **kwargs):
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(sources, "open", refuse, raising=False)
    with pytest.raises(SourceError, match="^Permission denied$"):
        read_source(write(tmp_path, "a.md", b"text"))


def test_files_over_the_limit_are_refused_before_reading(tmp_path):
    path = tmp_path / "huge.md"
    with open(path, "wb") as handle:
        handle.truncate(52_400_000)  # sparse: nothing is written or read
    with pytest.raises(SourceError) as caught:
        read_source(str(path))
    assert str(caught.value) == (
        "file is 52.4 MB, over the 20.0 MB limit (raise it with --max-file-size)"
    )


def test_small_limits_are_reported_in_bytes(tmp_path):
    path = write(tmp_path, "a.txt", b"x" * 25)
    with pytest.raises(SourceError, match=r"^file is 25 bytes, over the 10 bytes limit"):
        read_source(path, max_bytes=10)
    assert read_source(path, max_bytes=25).text == "x" * 25
    assert read_source(path, max_bytes=None).text == "x" * 25


def test_error_messages_are_single_lines(tmp_path):
    problems = [
        lambda: read_source(str(tmp_path / "absent")),
        lambda: read_source(str(tmp_path)),
        lambda: decode(b"\x00", "a"),
        lambda: decode(b"\xff", "a"),
        lambda: decode(b"", "a", encoding="nope"),
        lambda: read_source(write(tmp_path, "b.txt", b"12345"), max_bytes=1),
    ]
    for problem in problems:
        with pytest.raises(SourceError) as caught:
            problem()
        assert "\n" not in str(caught.value) and "Traceback" not in str(caught.value)


# ---------------------------------------------------------------------- newlines


def test_crlf_is_kept_in_text_and_reads_as_single_line_breaks(tmp_path):
    source = read_source(write(tmp_path, "a.txt", b"Nettle tea.\r\nIt is green.\r\n"))
    assert source.text == "Nettle tea.\r\nIt is green.\r\n"
    assert source.newline == "\r\n"
    # The "\r" of a pair reads as a space, so CRLF never looks like a blank line.
    assert source.prose == "Nettle tea. \nIt is green. \n"


def test_lone_carriage_returns_read_as_newlines(tmp_path):
    source = read_source(write(tmp_path, "a.txt", b"Old Mac file\rsecond line\r"))
    assert source.text == "Old Mac file\rsecond line\r"
    assert source.newline == "\r"
    assert source.prose == "Old Mac file\nsecond line\n"


@pytest.mark.parametrize(
    ("text", "newline"),
    [
        ("one line", "\n"),
        ("a\nb\nc\r\n", "\n"),
        ("a\r\nb\r\nc\n", "\r\n"),
        ("a\rb\rc\n", "\r"),
        ("a\r\nb\n", "\n"),  # a tie prefers "\n"
    ],
)
def test_newline_is_the_most_frequent_line_ending(text, newline):
    assert make_source(text).newline == newline


# ------------------------------------------------------------------------- stdin


def test_stdin_text_takes_its_name_and_format_from_stdin_filename():
    source = read_source("-", stdin_text="# Elderberry\n", stdin_filename="draft.md")
    assert (source.path, source.format) == ("draft.md", "markdown")
    assert source.prose == "  Elderberry\n"


def test_stdin_without_a_name(monkeypatch):
    fake_stdin = io.TextIOWrapper(io.BytesIO(codecs.BOM_UTF8 + "Peppermint\r\n".encode()))
    monkeypatch.setattr(sys, "stdin", fake_stdin)
    source = read_source("-")
    assert (source.path, source.format, source.text) == ("<stdin>", "text", "Peppermint\r\n")
    assert (source.encoding, source.has_bom) == ("utf-8-sig", True)


def test_stdin_bytes_obey_the_size_limit(monkeypatch):
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(b"x" * 50)))
    with pytest.raises(SourceError, match="over the 40 bytes limit"):
        read_source("-", max_bytes=40)


# ------------------------------------------------------------------ make_source


def test_make_source_defaults():
    source = make_source("Fennel seeds.")
    assert isinstance(source, Source)
    assert (source.path, source.format, source.encoding, source.has_bom) == (
        "<text>", "text", "utf-8", False,
    )


def test_make_source_format_from_path_or_argument():
    assert make_source("# T", "x.md").prose == "  T"
    assert make_source("# T", "x.txt", format="markdown").prose == "  T"
    assert make_source("<b>T</b>", format="html").prose == "   T    "


def test_unknown_format_is_refused():
    with pytest.raises(SourceError, match="unknown format 'rtf'"):
        make_source("x", format="rtf")


def test_source_refuses_prose_of_another_length():
    with pytest.raises(ValueError):
        Source("p", "abc", "ab", "text", "utf-8", False, "\n")


# ------------------------------------------------------------------------ markdown


def test_yaml_front_matter_is_blanked_but_its_prose_fields():
    text = "---\nslug: kava-cures-anxiety\ntags: [kava]\ntitle: Kava cures anxiety\n---\nKava is a pepper.\n"
    prose = mask_markdown(text)
    assert "slug" not in prose and "tags" not in prose and "title" not in prose and "kava-cures" not in prose
    assert prose.startswith("   \n")
    offset_in_prose(text, prose, "Kava cures anxiety")
    offset_in_prose(text, prose, "Kava is a pepper.")


def test_toml_front_matter_is_blanked_but_its_prose_fields():
    text = '+++\ntitle = "Turmeric heals"\ndraft = true\n+++\n\nTurmeric is a rhizome.\n'
    prose = mask_markdown(text)
    assert "title" not in prose and "draft" not in prose and '"' not in prose
    offset_in_prose(text, prose, "Turmeric heals")
    offset_in_prose(text, prose, "Turmeric is a rhizome.")


# What a static site publishes from its front matter (the page title and description, as
# HTML's title and description meta tags): each value a block of its own, nothing else shown.
@pytest.mark.parametrize("front_matter, shown, hidden", [
    ('description: "Reishi calms the mind"', ["Reishi calms the mind"], ['"', "description"]),
    ("Summary: 'Maca lifts energy'", ["Maca lifts energy"], ["'", "Summary"]),
    ("excerpt: Ginger eases nausea # editor's note", ["Ginger eases nausea"], ["editor's note"]),
    ("meta_description: Kava soothes stress", ["Kava soothes stress"], ["meta_description"]),
    ("seo:\n  og-title: Sage for memory\n  keywords: sage memory", ["Sage for memory"], ["keywords", "sage memory"]),
    ("description: >-\n  Valerian helps you sleep\n  through the night.\nauthor: Jo Lee",
     ["Valerian helps you sleep", "through the night."], ["author", "Jo Lee", ">-"]),
    ("title:\n  - Not a scalar", [], ["Not a scalar"]),
    ("titles: Turmeric for joints\nsubtitle_image: hero.png", [], ["Turmeric", "hero"]),
    ('headline: "unclosed', [], ["unclosed"]),
])
def test_front_matter_prose_fields_are_revealed(front_matter, shown, hidden):
    text = f"---\n{front_matter}\n---\nChamomile is a flower.\n"
    prose = mask_markdown(text)
    assert_masking_only(text, prose)
    for value in shown:
        offset_in_prose(text, prose, value)
    for word in hidden:
        assert word not in prose
    assert CERTAIN_BOUNDARY.search(prose[:prose.index("Chamomile")]) or not shown


def test_a_front_matter_claim_is_reported_on_its_line():
    import claimcheck

    text = "---\nlayout: post\ndescription: Our ashwagandha cures anxiety\n---\n\nAshwagandha is a shrub.\n"
    found = [f for f in claimcheck.check_text(text, path="post.md") if f.category == "efficacy"]
    assert [(f.line, text[f.start:f.end]) for f in found] == [(3, "ashwagandha cures anxiety")]


def test_unclosed_dashes_are_a_thematic_break_not_front_matter():
    text = "---\nGinger is a root.\n"
    prose = mask_markdown(text)
    offset_in_prose(text, prose, "Ginger is a root.")
    assert "-" not in prose


def test_code_blocks_are_blanked():
    text = (
        "Before the code.\n\n"
        "```python\nclaim = 'cures colds'\n```\n\n"
        "~~~\nalso cures flu\n~~~\n\n"
        "    indented cures everything\n\n"
        "After the code.\n"
    )
    prose = mask_markdown(text)
    assert "cures" not in prose and "python" not in prose and "`" not in prose
    offset_in_prose(text, prose, "Before the code.")
    offset_in_prose(text, prose, "After the code.")


def test_inline_code_is_blanked_with_its_backticks():
    text = "Run ``echo `cure` now`` or `x` before bed."
    prose = mask_markdown(text)
    assert prose == "Run " + " " * len("``echo `cure` now``") + " or " + " " * 3 + " before bed."


def test_links_keep_their_text_only():
    text = 'Read [the kava monograph](https://example.org/kava "Kava facts") first.'
    prose = mask_markdown(text)
    start = offset_in_prose(text, prose, "the kava monograph")
    assert prose[start - 1] == " "
    assert "example" not in prose and "facts" not in prose and "(" not in prose
    assert prose.endswith(" first.")


def test_link_destinations_with_parentheses_and_angle_brackets():
    text = "See [one](https://x.org/a_(b)) and [two](<https://x.org/c d> 'T') too."
    prose = mask_markdown(text)
    assert re.sub(" +", " ", prose) == "See one and two too."


def test_reference_links_and_definitions():
    text = "Try [lemon balm][lb] or [sage][] or [mint].\n\n[lb]: https://x.org/lb\n[sage]: <https://x.org/s>\n[mint]: /m 'Mint'\n"
    prose = mask_markdown(text)
    assert "x.org" not in prose and "Mint" not in prose and "[" not in prose
    assert prose.split() == ["Try", "lemon", "balm", "or", "sage", "or", "mint", "."]


def test_images_are_blanked_including_alt_text():
    text = "Leaves ![kava cures stress](kava.png 'Kava') in a cup."
    prose = mask_markdown(text)
    assert "cures" not in prose and "png" not in prose
    assert re.sub(" +", " ", prose) == "Leaves in a cup."


def test_autolinks_are_blanked():
    text = "Sources: <https://example.org/valerian> and <mail@example.org>."
    prose = mask_markdown(text)
    assert re.sub(" +", " ", prose) == "Sources: and ."


def test_html_in_markdown():
    text = (
        "<!-- TODO: say it cures insomnia -->\n"
        "<div class=\"note\">\nRaw block cures\n</div>\n\n"
        "Chamomile <span class=\"x\">is a daisy</span> <!-- hidden claim --> relative.\n"
    )
    prose = mask_markdown(text)
    # a raw HTML block shows its text, as a rendered page does; comments and tags stay hidden
    assert "TODO" not in prose and "hidden" not in prose
    assert "class" not in prose and "<" not in prose
    offset_in_prose(text, prose, "is a daisy")
    offset_in_prose(text, prose, "Raw block cures")
    assert re.sub(r"\s+", " ", prose.strip()) == "Raw block cures Chamomile is a daisy relative."


def test_atx_heading_markers_are_blanked_and_heading_ends_a_line():
    text = "## Kava and the liver ##\nKava has been studied.\n"
    prose = mask_markdown(text)
    assert "#" not in prose
    offset_in_prose(text, prose, "Kava and the liver")
    assert "\n" in between(prose, "liver", "Kava has")


def test_heading_content_that_looks_like_a_marker():
    text = "# #1 remedy #\n"
    prose = mask_markdown(text)
    assert prose.index("#1 remedy") == 2


def test_setext_underlines_are_blanked():
    text = "Passionflower\n=============\nIt climbs.\n\nSub\n---\n"
    prose = mask_markdown(text)
    assert "=" not in prose and "-" not in prose
    assert CERTAIN_BOUNDARY.search(between(prose, "Passionflower", "It climbs."))


def test_list_markers_and_task_boxes_are_blanked():
    text = "- Ginger\n* Fennel\n+ Anise\n1. Clove\n2) Nutmeg\n- [ ] Buy sage\n- [x] Dry thyme\n"
    prose = mask_markdown(text)
    assert re.sub(r"\s+", " ", prose).strip() == "Ginger Fennel Anise Clove Nutmeg Buy sage Dry thyme"
    for word in ("Ginger", "Fennel", "Anise", "Clove", "Nutmeg", "Buy sage", "Dry thyme"):
        offset_in_prose(text, prose, word)


def test_list_items_end_sentences_but_wrapped_items_stay_whole():
    text = "- Lavender oil is\n  used in baths\n- Rosemary aids\n  memory, some say\n"
    prose = mask_markdown(text)
    # Two items: a certain boundary.  Inside one item: a single newline.
    assert CERTAIN_BOUNDARY.search(between(prose, "baths", "Rosemary"))
    assert between(prose, "is", "used") == "\n  "


def test_nested_lists_and_block_quotes():
    text = "> Quoted claim\n> continues here\n>\n> - nested item\n\n1. outer\n   - inner\n"
    prose = mask_markdown(text)
    assert ">" not in prose and "-" not in prose and "1." not in prose
    assert between(prose, "claim", "continues") == "\n  "
    assert CERTAIN_BOUNDARY.search(between(prose, "here", "nested item"))
    assert CERTAIN_BOUNDARY.search(between(prose, "outer", "inner"))


def test_emphasis_and_strikethrough_delimiters_are_blanked():
    text = "*Kava* is __not__ a ***cure*** and ~~never~~ _was_."
    prose = mask_markdown(text)
    assert prose == " Kava  is   not   a    cure    and   never    was ."


def test_escapes_and_hard_breaks():
    text = "Price \\*not\\* a claim\\\nnext line  \nlast \\x"
    prose = mask_markdown(text)
    assert prose == "Price  *not * a claim \nnext line  \nlast \\x"


def test_table_rows_read_as_written():
    text = (
        "| Herb | Part used | Note |\n"
        "|:-----|:---------:|-----:|\n"
        "| Kava | root | pepper \\| family |\n"
        "|Sage|leaf||\n"
    )
    prose = mask_markdown(text)
    # a row is one block, its pipes shown: "| Kava | Mushroom |" reads as it does in plain text
    assert prose.startswith("| Herb | Part used | Note |\u2029|:-----|:---------:|-----:|\u2029| Kava | root |")
    for cell in ("Herb", "Part used", "Note", "Kava", "root", "Sage", "leaf"):
        offset_in_prose(text, prose, cell)
    escaped = text.index("pepper")  # the backslash is markup, the pipe is text
    assert prose[escaped : escaped + len("pepper \\| family")] == "pepper  | family"
    assert not ANY_BOUNDARY.search(between(prose, "Herb", "Part used"))
    assert between(prose, "Note", "Kava") == " |\u2029|:-----|:---------:|-----:|\u2029| "  # rows: block breaks
    assert between(prose, "Sage", "leaf") == "|"
    assert prose.count("\\") == 0


@pytest.mark.parametrize(
    "text",
    [
        "> | Herb | Kind |\n> |---|---|\n> | Kava | plant |\n",  # in a block quote
        "- list\n\n  | Herb | Kind |\n  | - | - |\n  | Kava | plant |\n",  # in a list item
        "Herb | Kind\n--- | ---\n Kava | plant\n",  # without outer pipes
    ],
)
def test_table_rows_inside_containers(text):
    prose = mask_markdown(text)
    assert ">" not in prose
    assert not ANY_BOUNDARY.search(between(prose, "Kava", "plant"))
    assert CERTAIN_BOUNDARY.search(between(prose, "Kind", "Kava"))


def test_table_cells_with_code_and_links():
    text = "| a | b |\n|---|---|\n| `cures all` | [Valerian](https://v.org/x) |\n"
    prose = mask_markdown(text)
    assert "cures" not in prose and "v.org" not in prose
    offset_in_prose(text, prose, "Valerian")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("kava&nbsp;root", "kava      root"),
        ("salt &amp; pepper", "salt &     pepper"),
        ("St John&#8217;s wort", "St John’      s wort"),
        ("&#x41;nise", "A     nise"),
        ("&bogus; stays", "&bogus; stays"),
        ("`&amp;` in code", "        in code"),
        ("two&#10;lines", "two     lines"),  # a decoded line break must not end a sentence
        ("&NotEqualTilde; is two code points", "&NotEqualTilde; is two code points"),
    ],
)
def test_markdown_entities_decode_in_place(text, expected):
    assert mask_markdown(text) == expected


def test_markdown_with_crlf_keeps_offsets():
    text = "# Holy basil\r\n\r\nTulsi is *sacred* in India.\r\n- one item\r\n"
    prose = mask_markdown(text)
    assert "\r" not in prose
    offset_in_prose(text, prose, "Holy basil")
    offset_in_prose(text, prose, "sacred")
    offset_in_prose(text, prose, "one item")


def test_non_ascii_and_nul_do_not_shift_offsets():
    text = "# Rooibos 🍵\n\nAspalathus linearis — 南非 *tea*\0 [x](y) done.\n"
    prose = mask_markdown(text)
    offset_in_prose(text, prose, "Rooibos 🍵")
    offset_in_prose(text, prose, "南非")
    offset_in_prose(text, prose, "done.")


def test_blocks_are_separated_by_blank_line_patterns():
    text = "# Title\n\nFirst paragraph.\n\n> Quote.\n\n- Item.\n\nLast paragraph.\n"
    prose = mask_markdown(text)
    for first, second in [("Title", "First"), ("paragraph.", "Quote."), ("Quote.", "Item."), ("Item.", "Last")]:
        assert CERTAIN_BOUNDARY.search(between(prose, first, second))


# ---------------------------------------------------------------------------- html


def test_html_keeps_only_visible_text():
    text = (
        "<!DOCTYPE html>\n<html><head><title>Kava cures all</title>\n"
        "<style>p { color: red }</style><script>var cure = 1;</script></head>\n"
        "<body><noscript>enable js</noscript><template>tpl text</template>"
        "<svg><text>svg words</text></svg>"
        "<p class=\"lead\">Kava is a <em>pepper</em> relative.</p><!-- a cure? -->"
        "<img alt=\"cure photo\"></body></html>"
    )
    prose = mask_html(text)
    assert_only_masked(text, prose)
    for hidden in ("cure photo", "cure?", "cure =", "color", "DOCTYPE", "enable", "tpl", "svg", "lead"):
        assert hidden not in prose
    offset_in_prose(text, prose, "Kava is a")
    offset_in_prose(text, prose, "pepper")
    assert re.sub(r"\s+", " ", prose).strip() == "Kava cures all Kava is a pepper relative."  # the title is shown


def test_html_block_elements_end_sentences():
    text = "<ul><li>Ginger</li><li>Clove</li></ul><h2>Dose</h2><p>One cup</p>"
    prose = mask_html(text)
    assert CERTAIN_BOUNDARY.search(between(prose, "Ginger", "Clove"))
    assert CERTAIN_BOUNDARY.search(between(prose, "Clove", "Dose"))
    assert CERTAIN_BOUNDARY.search(between(prose, "Dose", "One cup"))


def test_html_inline_elements_do_not_break_sentences():
    text = "<p>Take <strong>one</strong> <a href=\"/dose\">cup</a> <span>daily</span>.</p>"
    prose = mask_html(text)
    assert "\n" not in between(prose, "Take", "daily")
    assert "dose" not in prose


def test_html_br_is_a_line_break():
    text = "<p>Line one<br>Line two<br/>Line three</p>"
    prose = mask_html(text)
    assert between(prose, "one", "Line two") == "\n   "
    assert between(prose, "two", "Line three") == "\n    "


def test_html_code_and_pre_are_not_checked():
    text = "<p>Run <code>cure --all</code> then</p><pre>cures\neverything</pre><p>done</p>"
    prose = mask_html(text)
    assert "cure" not in prose
    offset_in_prose(text, prose, "done")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("kava&nbsp;root", "kava      root"),
        ("salt &amp; pepper", "salt &     pepper"),
        ("John&#8217;s", "John’      s"),
        ("&#x41nise", "A    nise"),
        ("&nosuch; stays", "&nosuch; stays"),
        ("&NotEqualTilde;", "&NotEqualTilde;"),
        ("tab&Tab;bed", "tab     bed"),
        ("a &lt;b&gt;", "a <   b>   "),
    ],
)
def test_html_entities_decode_in_place(text, expected):
    assert mask_html(text) == expected


def test_html_offsets_survive_line_breaks():
    text = "<div>\r\n  <p>First\r\n  line</p>\n<p>Second\rone</p>\n</div>"
    prose = mask_html(text)
    assert "\r" not in prose
    offset_in_prose(text, prose, "First")
    offset_in_prose(text, prose, "line")
    offset_in_prose(text, prose, "Second")
    offset_in_prose(text, prose, "one")


def test_html_head_without_end_tag_ends_at_the_body():
    text = "<head><meta name=\"keywords\" content=\"Hidden\"><body><p>Shown</p>"
    prose = mask_html(text)
    assert "Hidden" not in prose
    offset_in_prose(text, prose, "Shown")


def test_html_title_and_descriptions_are_read_as_sentences_of_their_own():
    text = ('<html><head><title>Kava Calms Everyone</title><meta charset="utf-8">\n'
            '<meta name="description" content="Our kava is a mushroom tea.">'
            "<meta property='og:description' content='Relief in minutes.'/>"
            '<meta name="keywords" content="kava cure"><meta name="viewport" content="width=device-width">'
            "</head><body><p>Welcome</p></body></html>")
    prose = mask_html(text)
    assert_only_masked(text, prose)
    for shown in ("Kava Calms Everyone", "Our kava is a mushroom tea.", "Relief in minutes."):
        offset_in_prose(text, prose, shown)
    for hidden in ("kava cure", "width", "utf-8", "description", "content"):
        assert hidden not in prose
    assert CERTAIN_BOUNDARY.search(between(prose, "Everyone", "Our kava"))
    assert CERTAIN_BOUNDARY.search(between(prose, "tea.", "Relief"))


def test_html_malformed_markup_does_not_raise():
    for text in ["<![<p>x", "<![ bogus >text", "a <b", "<!", "</", "<a href='", "&#"]:
        assert_only_masked(text, mask_html(text))
    assert "text" in mask_html("<![ bogus >text")


# ------------------------------------------------------------------------ properties

BOUNDED = settings(max_examples=200, deadline=None)


def assert_masking_only(text: str, prose: str) -> None:
    """Equal length; each character is kept, a space, a newline (or block break), or part of an entity."""
    assert len(prose) == len(text)
    entity_positions = {m.start() for m in re.finditer("&", text)}
    for index, (original, shown) in enumerate(zip(text, prose)):
        assert shown == original or shown in " \n\u2029" or index in entity_positions


@BOUNDED
@given(st.text())
def test_any_text_masks_safely(text):
    assert_masking_only(text, mask_markdown(text))
    assert_masking_only(text, mask_html(text))


MARKUP_PIECES = st.sampled_from(
    ["# ", "## ", "- ", "* ", "1. ", "> ", "`", "```\n", "[", "]", "(", ")", "![", "<", ">",
     "&amp;", "&#8217;", "\\", "*", "_", "~~", "|", "---", "\n", "\r\n", "\r", "\t", "    ",
     "<!--", "-->", "<p>", "</p>", "<script>", "http://x.y", "[ ] ", "===", "+++", "word"]
)  # fmt: skip


@BOUNDED
@given(st.lists(st.one_of(MARKUP_PIECES, st.text(max_size=4)), max_size=30).map("".join))
def test_markup_soup_masks_safely(text):
    assert_masking_only(text, mask_markdown(text))
    assert_masking_only(text, mask_html(text))


class _Words:
    """Unique, self-delimiting words, so each can be found exactly once."""

    def __init__(self) -> None:
        self.count = 0
        self.visible: list[str] = []
        self.hidden: list[str] = []

    def shown(self) -> str:
        self.count += 1
        word = f"vis{self.count}q"
        self.visible.append(word)
        return word

    def masked(self) -> str:
        self.count += 1
        word = f"hid{self.count}q"
        self.hidden.append(word)
        return word


INLINE_KINDS = [
    "word", "emphasis", "strong", "strike", "code", "link", "image", "autolink", "html",
    "entity", "escape",
]
BLOCK_KINDS = [
    "paragraph", "wrapped", "heading", "setext", "bullets", "ordered", "nested", "quote",
    "quoted_list", "fence", "table",
]  # fmt: skip


def render_inline(kind: str, words: _Words) -> str:
    if kind == "word":
        return words.shown()
    if kind == "emphasis":
        return f"*{words.shown()}*"
    if kind == "strong":
        return f"__{words.shown()}__"
    if kind == "strike":
        return f"~~{words.shown()}~~"
    if kind == "html":
        return f'<span title="{words.masked()}">{words.shown()}</span>'
    if kind == "code":
        return f"`{words.masked()}`"
    if kind == "link":
        return f'[{words.shown()}](https://{words.masked()}.org "{words.masked()}")'
    if kind == "image":
        return f"![{words.masked()}]({words.masked()}.png)"
    if kind == "autolink":
        return f"<https://{words.masked()}.org>"
    if kind == "entity":
        return f"{words.shown()}&amp;{words.shown()}"
    return f"\\*{words.shown()}"


def render_block(kind: str, inlines: list[str], words: _Words) -> list[str]:
    """One block as a list of lines; each inline kind list is never empty."""
    def line() -> str:  # rendered only when used: rendering consumes words
        return " ".join(render_inline(inline, words) for inline in inlines)

    if kind == "heading":
        return [f"## {line()} ##"]
    if kind == "setext":
        return [line(), "-----"]
    if kind == "bullets":
        return [f"- {render_inline(k, words)}" for k in inlines]
    if kind == "ordered":
        return [f"{n}. {render_inline(k, words)}" for n, k in enumerate(inlines, 1)]
    if kind == "wrapped":
        return [line(), line()]
    if kind == "nested":
        return [f"- {line()}", f"  - {line()}"]
    if kind == "quoted_list":
        return [f"> - {line()}", f"> - {line()}"]
    if kind == "quote":
        return [f"> {line()}"]
    if kind == "fence":
        return ["```", " ".join(words.masked() for _ in inlines), "```"]
    if kind == "table":
        cells = [render_inline(k, words) for k in inlines]
        return ["| " + " | ".join(cells) + " |", "|" + "---|" * len(cells),
                "| " + " | ".join(words.shown() for _ in cells) + " |"]
    return [line()]


MARKDOWN_DOCUMENTS = st.tuples(
    st.booleans(),
    st.sampled_from(["\n", "\r\n"]),
    st.lists(
        st.tuples(
            st.sampled_from(BLOCK_KINDS),
            st.lists(st.sampled_from(INLINE_KINDS), min_size=1, max_size=4),
        ),
        min_size=1,
        max_size=6,
    ),
)


@BOUNDED
@given(MARKDOWN_DOCUMENTS)
def test_generated_markdown_reveals_exactly_the_prose(document):
    front_matter, newline, blocks = document
    words = _Words()
    lines: list[str] = []
    if front_matter:
        lines += ["---", f"slug: {words.masked()}", "---"]
    block_words: list[list[str]] = []
    for kind, inlines in blocks:
        first_new = len(words.visible)
        lines += render_block(kind, inlines, words) + [""]
        block_words.append(words.visible[first_new:])
    text = newline.join(lines)
    prose = mask_markdown(text)

    assert_masking_only(text, prose)
    for word in words.visible:
        offset_in_prose(text, prose, word)
    for word in words.hidden:
        assert word not in prose
    # Consecutive blocks never run together into one line.
    for earlier, later in zip(block_words, block_words[1:]):
        if earlier and later:
            assert CERTAIN_BOUNDARY.search(between(prose, earlier[-1], later[0]))


@BOUNDED
@given(
    st.lists(
        st.tuples(
            st.sampled_from(["p", "li", "div", "h2", "td", "span", "em", "script", "style", "code"]),
            st.sampled_from(["", "&amp;", "<br>", "\n", "\r\n", "<!-- c -->"]),
        ),
        min_size=1,
        max_size=8,
    )
)
def test_generated_html_reveals_exactly_the_visible_text(elements):
    words = _Words()
    parts = []
    for tag, extra in elements:
        hidden = tag in ("script", "style", "code")
        word = words.masked() if hidden else words.shown()
        parts.append(f"<{tag} title=\"{words.masked()}\">{word}{extra}</{tag}>")
    text = "<body>" + "".join(parts) + "</body>"
    prose = mask_html(text)
    assert_masking_only(text, prose)
    for word in words.visible:
        offset_in_prose(text, prose, word)
    for word in words.hidden:
        assert word not in prose


def test_os_error_messages_stay_short(tmp_path, monkeypatch):
    def fail(*args, **kwargs):
        raise OSError(5, "Input/output error")

    monkeypatch.setattr(sources, "open", fail, raising=False)
    with pytest.raises(SourceError, match="^Input/output error$"):
        read_source(write(tmp_path, "a.md", b"x"))
    assert os.path.exists(tmp_path / "a.md")


# Raw HTML blocks in Markdown show their text as a rendered page does (an FAQ accordion, a figure
# caption, a disclaimer <div>), with <summary> and the like ending a sentence; comments, scripts and
# tags stay hidden, and a block inside a list item (its lines carry markers) is left masked.
@pytest.mark.parametrize("text, shown, hidden", [
    ("<details>\n<summary>Is it safe?</summary>\nAsk a pharmacist.\n</details>\n", ["Is it safe?", "Ask a pharmacist."], ["summary"]),
    ("<figure>\n<figcaption>Dried kava root.</figcaption>\n</figure>\n", ["Dried kava root."], ["figcaption"]),
    ("<div>\nKava is a root.\n</div>\n", ["Kava is a root."], ["div"]),
    ("<!--\nKava cures all.\n-->\n", [], ["cures"]),
    ("<script>\nvar kava = 'cures';\n</script>\n", [], ["cures"]),
])
def test_html_block_text_is_shown(text, shown, hidden):
    assert_masked(text, shown, hidden)


def assert_masked(text: str, shown: list[str], hidden: list[str]) -> None:
    """Masking keeps every offset, shows the `shown` pieces where they stand and hides the `hidden` ones."""
    prose = mask_markdown(text)
    assert len(prose) == len(text)
    for piece in shown:
        offset_in_prose(text, prose, piece)
    for piece in hidden:
        assert piece not in prose


def test_html_block_summary_is_a_sentence_of_its_own():
    text = "<details>\n<summary>Is it safe</summary>\nAsk a pharmacist.\n</details>\n"
    prose = mask_markdown(text)
    assert "\n" in prose[prose.index("safe"):prose.index("Ask")]


# Audit 51: MDX (and Docusaurus Markdown) ESM paragraphs ("import X from './x'", "export const meta = {...}")
# and "{/* comments */}" are code, never copy; prose that opens with "import"/"export" or holds braces stays shown.
@pytest.mark.parametrize("text, shown, hidden", [
    ('import Callout from "../components/Callout";\n\nKava is a root.\n', ["Kava is a root."], ["Callout", "import"]),
    ("import { Tabs, Tab } from '@site/tabs';\nimport './kava.css';\n\nKava is a root.\n", ["Kava is a root."], ["Tabs", "kava.css"]),
    ('export const meta = { claim: "reishi cures cancer" };\n\nReishi is a fungus.\n', ["Reishi is a fungus."], ["cures"]),
    ("export default function Page() { return null }\n\nText.\n", ["Text."], ["Page"]),
    ("{/* reishi cures cancer: draft */}\n\nReishi is a fungus.\n", ["Reishi is a fungus."], ["cures"]),
    ("Reishi is a fungus {/* cures cancer */} sold dried.\n", ["Reishi is a fungus", "sold dried."], ["cures"]),
    ("import duties on kava from Fiji rose last year.\n", ["import duties on kava from Fiji rose last year."], []),
    ("export markets for kava grew in 2024.\n", ["export markets for kava grew in 2024."], []),
    ("- import kava from 'Fiji' only\n", ["kava"], []),
    ("Kava {bold claim} is a root.\n", ["Kava {bold claim} is a root."], []),
])
def test_audit51_mdx_code_is_masked(text, shown, hidden):
    assert_masked(text, shown, hidden)
