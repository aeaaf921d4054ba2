"""Descriptions set off from their product by a listing separator rather than a comma.

Product titles and captions separate a name from what it is with a pipe, a bullet, a
spaced hyphen, a dash or an emoji, and may put a size between them:

* "Sea Moss Gel 16 oz | wildcrafted moss from …"   (a bare description segment of a title)
* "Kava - the Pacific's favourite mushroom"          (a spaced hyphen used as a dash)
* "Ashwagandha 🌿 my favourite mushroom"             (an emoji before a determined description)

The segment after the separator describes the product only when it is one noun phrase:
not a clause ("Kava 🌿 my favourite mushroom is reishi"), not another item of a list
("Kava 🌙 the mushroom latte ☀️ oat cookies", "Home | Kava | Mushrooms"), and, when it has
no determiner, only in a product title (a product word or a size before the separator)
with a singular kind word as its head ("Kava Tea | Wild Mushrooms | Gift Sets" lists
categories).

``SegmentFrames`` is a mixin of ``IdentityRules``: it reads the same per-document state
(``doc``, ``covering``, ``ending``) and token helpers.
"""
from __future__ import annotations

import unicodedata

from spacy.tokens import Span

from ..tables import DELIMITER_ROW, line_break_after, table_heading
from .common import doc_text
from .identity_frames import DASHES, HYPHENS, _is_plural

BARS = {"|", "¦", "•", "·", "‣", "▪"}
# Determiners that open a description after an emoji: "Ashwagandha 🌿 my favourite mushroom".
# An indefinite one is as often the next item of a caption ("Kava 🌙 a mushroom latte ☀️").
SYMBOL_DETERMINERS = {"my", "our", "your", "their", "his", "her", "the", "this", "its"}
# Product words that are verbs or determiners, not a product's form ("our", "made", "used").
NOT_PRODUCT_FORMS = {"our", "used", "use", "uses", "made", "sold", "dried", "sun-dried", "ground", "milled",
                     "brewed", "steeped", "pressed", "harvested", "picked", "hand-picked"}
MAX_MODIFIERS = 3  # plain words between the separator and the kind word of a bare segment
MAX_CELL_MODIFIERS = 2  # plain words before the kind word of a table cell or a label line
# Product forms sold in the plural: a title segment ending in one is still one product.
COUNT_FORMS = {"capsules", "caps", "vcaps", "tablets", "tabs", "gummies", "softgels", "drops", "chews", "lozenges",
               "granules", "flakes", "pills", "sachets"}
BULLETS = {"-", "•", "·", "‣", "▪", "+"}


def _is_symbol(text: str) -> bool:
    return bool(text) and all(unicodedata.category(ch) in ("So", "Sk", "Mn", "Cf") for ch in text)


class SegmentFrames:
    def _segment_kind(self, i: int) -> str | None:
        """What token i separates with: 'bar' (a pipe or bullet), 'dash' (an en or em dash),
        'hyphen' (a hyphen with a space either side), 'symbol' (an emoji), or None."""
        text = self._text(i)
        if text in BARS:
            return "bar"
        if text in DASHES:
            return "dash"
        if text in HYPHENS:
            doc = self.doc
            return "hyphen" if i > 0 and doc[i - 1].whitespace_ and doc[i].whitespace_ else None
        if not self._word(i).is_alpha and _is_symbol(text):
            return "symbol"
        return None

    def _segment_owner(self, mark: int, start: int, end: int, sentence: Span):
        """The product a description at tokens [start, end) describes across the separator at
        `mark`, or None (the caller's frames then go on as before)."""
        kind = self._segment_kind(mark)
        if kind is None:
            return None
        # The product: a name, then at most product, part and size words ("Sea Moss Gel 16 oz").
        j = self._prev(mark, sentence)
        while j is not None and self._segment_kind(j) == "symbol":
            j = self._prev(j, sentence)  # "Kava 🌿🍄 …"
        titled = False
        while j is not None and j not in self.ending:
            low = self._low(j)
            if any(c.isdigit() for c in low) or low in self.quantity_units or (
                    self._word(j).is_alpha and low not in NOT_PRODUCT_FORMS
                    and (low in self.product_words or low in self.part_ids)):
                titled, j = True, self._prev(j, sentence)
                continue
            break
        if j is None or j not in self.ending:
            return None
        mention = self.ending[j]
        if kind in ("bar", "dash", "hyphen"):
            owner = self._segment_compound(mention, mark, start, end, sentence)  # "Reishi – Plant Extract"
            if owner is None:
                owner = self._segment_family(mention, mark, start, end, sentence)  # "Kratom Leaf | Piperaceae"
            if owner is not None:
                return owner
        if kind == "bar" and not titled:
            owner = self._table_owner(start, end, sentence)  # "| Kava | Mushroom |"
            if owner is not None:
                return owner
        if kind in ("dash", "hyphen") and not titled:
            owner = self._label_line(mention, mark, start, end, sentence)  # "Kava — mushroom"
            if owner is not None or kind == "dash":
                return owner  # a dash right after the name is else the apposition frame's ("Kava — the …")
        # The description: from the first word after the separator to the kind word.
        first = self._next(mark, sentence)
        while first is not None and first < start and self._segment_kind(first) == "symbol":
            first = self._next(first, sentence)
        if first is None or first > start:
            return None
        opener = self._low(first)
        second = self._next(first, sentence)
        possessor = second is not None and second < start and self._low(second) in ("'s", "'") \
            and self._word(first).is_alpha  # "Kava - Fiji's favourite mushroom"
        if kind == "symbol":
            if opener not in SYMBOL_DETERMINERS and not possessor:
                return None
        elif opener not in self.determiners and not possessor and not self._bare_segment(
                mention, first, start, end, sentence, titled):
            return None
        if not self._segment_is_phrase(end, sentence, kind):
            return None
        return self._owner_of_mention(mention, "apposition")

    def _segment_compound(self, mention: Span, mark: int, start: int, end: int, sentence: Span):
        """'Reishi – Plant Extract', 'Kava | Leaf Powder | 500 g', 'Chaga — Herbal Leaf Tea — 100 g':
        a product title whose name alone opens the line, then a segment that
        is a product named by a singular kind or part word: at most two plain modifiers, the word,
        one or two product forms, and the segment's end. It reads as the compound "Reishi Plant
        Extract". Not in a Markdown table (its cells pair by headings), not when another name is on
        the line ("Kava | Mushroom Tea | Reishi"), nor a plural ("Kava | Mushroom Teas": a category)."""
        if self._table_cells(sentence) is not None:
            return None
        plural = _is_plural(self._low(end - 1))
        if plural and self._low(end - 1) not in self.part_ids:
            return None
        if self._next(mention.end - 1, sentence) != mark:
            return None  # "Maca Root Powder | Mushroom Gummies": a title already named its product; this is another
        # other names on the line: only the product's own Latin name between ("Maca | Lepidium meyenii | Leaf Powder")
        if any(m is not mention and sentence.start <= m.start < sentence.end
               and (m.label_ != mention.label_ or m.start > mention.start) for m in self.mentions):
            return None
        before = self._prev(mention.start, sentence)
        listed = False  # "Maca | Lepidium meyenii | …": a listing of the name, its binomial, and what it is
        if before is not None and self._segment_kind(before) == "bar" and mention.kb_id_ == "latin":
            name = self._prev(before, sentence)  # "Maca | Lepidium meyenii | …": the common name opens the title
            opening = self.ending.get(name) if name is not None else None
            if opening is not None and opening.label_ == mention.label_ and opening.kb_id_ != "latin":
                before = self._prev(opening.start, sentence)
                listed = True
        if before is not None and not (self._text(before) in BULLETS and self._prev(before, sentence) is None):
            return None  # "Home | Kava | Mushroom Tea": the name is not the title's head
        modifiers = [k for k in range(mark + 1, start) if not self._skippable(k)]
        if len(modifiers) > MAX_CELL_MODIFIERS or any(
                not self._word(k).is_alpha or self._low(k) in self.stops or self._low(k) in self.determiners
                or k in self.covering for k in modifiers):
            return None
        k, forms, last = self._next(end - 1, sentence), 0, end - 1
        while k is not None and forms < 2 and self._word(k).is_alpha and (self._low(k) in self.product_forms or (
                self._low(k) in self.product_words and self._low(k) not in NOT_PRODUCT_FORMS)):
            last, k, forms = k, self._next(k, sentence), forms + 1
        # "Rhodiola | Rhodiola rosea | Leaf", "Kava | Piper methysticum | Leaves": after the name and its own
        # binomial, a part word that ends the line is the listing's part column, singular or plural.
        part_column = listed and not forms and self._low(end - 1) in self.part_ids and (
            k is None or self._text(k) in (".", "!"))
        if plural and not part_column:
            return None  # "Kava | Mushrooms", "Kava | Leaves Tea": a category
        if not forms and not part_column and not self._size_segment_after(end, sentence):
            return None  # "Kava | Mushroom | Reishi": a bare word may be a category or the next item
        if _is_plural(self._low(last)) and self._low(last) not in COUNT_FORMS and not part_column:
            return None  # "Kava – Mushroom Teas": a category ("Maca – Leaf Capsules" is one product)
        if k is not None and self._segment_kind(k) is None and self._text(k) not in (".", "!") \
                and not any(c.isdigit() for c in self._text(k)):
            return None  # the segment runs on: "Kava – Plant Extract Guide for beginners"
        if part_column:
            return self._owner_of_mention(mention, "table-part")  # the part as a fact, as in a table's part column
        return self._owner_of_mention(mention, "compound")

    def _size_segment_after(self, end: int, sentence: Span) -> bool:
        """'Ashwagandha | Adaptogenic Mushroom | 90 caps': the segment is followed by a separator
        and a size or count ('90 caps', '100 g', '2 oz'), so the line is one product's title and
        the segment names the product itself."""
        k = self._next(end - 1, sentence)
        if k is None or self._segment_kind(k) not in ("bar", "dash", "hyphen"):
            return False
        size = self._next(k, sentence)
        return size is not None and any(c.isdigit() for c in self._text(size))

    def _segment_family(self, mention: Span, mark: int, start: int, end: int, sentence: Span):
        """'Kratom Leaf — Piperaceae — 1 kg', 'Kava | Rubiaceae': a Latin family name alone in the
        segment after a product title names the product's family. Not in a Markdown table (its
        cells pair by headings), nor when another name is on the line."""
        if self._table_cells(sentence) is not None or self._next(mark, sentence) != start:
            return None
        if self._span_text(start, end).lower() not in self.latin_family_names:
            return None
        if any(m is not mention and sentence.start <= m.start < sentence.end for m in self.mentions):
            return None
        after = self._next(end - 1, sentence)
        if after is not None and self._segment_kind(after) is None and self._text(after) not in (".", "!"):
            return None
        return self._owner_of_mention(mention, "apposition")

    def _bare_segment(self, mention: Span, first: int, start: int, end: int, sentence: Span, titled: bool) -> bool:
        """'Sea Moss Gel 16 oz | wildcrafted moss from …': a description segment with no
        determiner. Only in a product title that opens its line or segment, for one singular
        kind word heading the segment after one to three plain modifiers (a one-word segment
        is a label or the next item: "Kava Root Powder | Mushroom | Kratom")."""
        if not titled or end - start != 1 or self._low(start) not in self.kind_classes \
                or _is_plural(self._low(start)):
            return False
        modifiers = [k for k in range(first, start) if not self._skippable(k) and self._text(k) not in HYPHENS]
        words = sum(self._text(k - 1) not in HYPHENS for k in modifiers)  # "hand-picked" is one modifier
        if not 0 < words <= MAX_MODIFIERS or any(
                not self._word(k).is_alpha or self._low(k) in self.stops or k in self.covering for k in modifiers):
            return False
        after = self._next(end - 1, sentence)
        if after is not None and self._segment_kind(after) is None and not self._word(after).is_punct \
                and self._low(after) not in self.stops:
            return False  # "| Mushroom Gummies |": the kind word modifies another product
        k = self._prev(mention.start, sentence)
        modifiers = 0
        while k is not None and self._segment_kind(k) is None:
            if not self._word(k).is_alpha or self._low(k) in self.stops or modifiers >= MAX_MODIFIERS:
                return False  # "We sell kava tea | …": the name is not the title's head
            k, modifiers = self._prev(k, sentence), modifiers + 1
        return True

    def _segment_is_phrase(self, end: int, sentence: Span, kind: str) -> bool:
        """The description ends its segment as a noun phrase: no copula or other name follows
        before the next separator ('Kava 🌿 my favourite mushroom is reishi'), and after an
        emoji no further item follows another emoji ('Kava 🌙 the mushroom latte ☀️ oat cookies')."""
        k = self._next(end - 1, sentence)
        while k is not None and self._low(k) in self.product_words and self._word(k).is_alpha:
            k = self._next(k, sentence)  # "my favourite mushroom tea"
        if k is not None and self._segment_kind(k) is None and not self._word(k).is_punct \
                and self._low(k) not in self.stops:
            return False  # "Kava 🌿 the mushroom tea can wait": the phrase runs into a clause
        while k is not None:
            separator = self._segment_kind(k)
            if separator is not None:
                if kind != "symbol" or separator != "symbol":
                    return True
                following = self._next(k, sentence)
                while following is not None and self._segment_kind(following) == "symbol":
                    following = self._next(following, sentence)
                return following is None or not self._word(following).is_alpha
            low = self._low(k)
            if k in self.covering or (low in self.copulas and low not in ("'s", "'")):
                return False
            k = self._next(k, sentence)
        return True

    # ------------------------------------------------------------------ tables and label lines

    def _table_cells(self, sentence: Span) -> list[tuple[int, int]] | None:
        """The cells of a Markdown table row, as token ranges between its bars, when the
        sentence is one (it opens with a bar: each row is a sentence of its own)."""
        tokens = [i for i in range(sentence.start, sentence.end) if not self._skippable(i)]
        if not tokens or self._text(tokens[0]) != "|":
            return None
        cells, start = [], None
        for i in tokens:
            if self._text(i) == "|":
                if start is not None:
                    cells.append((start, i))
                start = i + 1
        if start is not None and start <= tokens[-1]:
            cells.append((start, tokens[-1] + 1))  # a row without its closing bar
        return cells

    def _table_fact_owner(self, d, sentence: Span, sort: str):
        """'| Kava | Rubiaceae | Root |' under 'Name | Family | Part used', '| Kava | Southeast Asia |'
        under 'Name | Native range': a cell under a heading that is a field key of `sort`
        (``botanical-field-family-keys``, ``botanical-field-region-keys``) gives that fact of the
        name in the row's first cell. Only under a heading row; 'Ships from' or 'Origin' say nothing
        of where the plant is native."""
        k = sentence.start
        while k < sentence.end and self._skippable(k):
            k += 1
        if k >= sentence.end or self._text(k) != "|" or self._table_cells(sentence) is None:
            return None  # a row opens with its bar: most sentences stop here
        headings = {" ".join(key) for key, each in self.field_keys.items() if each == sort}
        return self._table_owner(d.start, d.end, sentence, headings=headings)

    def _table_owner(self, start: int, end: int, sentence: Span, latin: bool = False, headings=None):
        """'| Kava | Mushroom |', '| Kratom | Piper methysticum |': the name in a table row's first
        cell, described by a cell of its own holding the description [start, end) (after up to
        two plain modifiers; a Latin name alone). The pairing holds under a heading that says
        what the item is ('Kind', 'Source', 'Latin name'; for a part word 'Part used'), or, in a
        table without a heading row, in a two-column row or as a bare kind word in the second of
        three or more cells. 'Pairs with', 'Avoid mixing with', a heading row itself, or other
        cells of a headerless row leave the cells unpaired."""
        cells = self._table_cells(sentence)
        if not cells or len(cells) < 2:
            return None
        column = next((n for n, (a, b) in enumerate(cells) if a <= start and end <= b), None)
        if not column:
            return None
        content = [i for i in range(*cells[column]) if not self._skippable(i)]
        if not content or content[-1] != end - 1:
            return None  # "| Mushroom tea |", "| Mushroom-free |": the word modifies another
        modifiers = [i for i in content if i < start]
        if len(modifiers) > (0 if latin else MAX_CELL_MODIFIERS) or any(
                not self._word(i).is_alpha or self._low(i) in self.stops or self._low(i) in self.determiners
                or i in self.covering for i in modifiers):
            return None
        first = [i for i in range(*cells[0]) if not self._skippable(i)]
        mention = self._mention_at(first[0]) if first else None
        if mention is None or any(i >= mention.end and self._low(i) not in self.product_words
                                  and self._low(i) not in self.part_ids for i in first if i >= mention.start):
            return None  # the first cell is the name alone (or with product words: "Kava root")
        heading = table_heading(doc_text(self.doc), self.doc[sentence.start].idx)
        if headings is not None:  # a fact column named by its heading (see _table_fact_owner)
            if heading is None or column >= len(heading) or heading[column] not in headings:
                return None
            return self._owner_of_mention(mention, "table")
        if heading is None:
            if (len(cells) == 2 or (not latin and self._bare_kind_cell(cells, column, content))) \
                    and not self._heading_row(sentence):
                return self._owner_of_mention(mention, "table")
            return None
        text = self._span_text(start, end).lower()
        part = not latin and text in self.part_ids and text not in self.fungus_only
        headings = self.table_part_headings if part else self.table_headings
        if column >= len(heading) or heading[column] not in headings:
            return None
        return self._owner_of_mention(mention, "table-part" if part else "table")

    def _bare_kind_cell(self, cells: list[tuple[int, int]], column: int, content: list[int]) -> bool:
        """'| Kava | Fungus | Vanuatu |' in a table without a heading row: the second cell is a
        kind word alone, and no later cell names a substance ('| Kava | Mushroom | Reishi |'
        compares)."""
        if column != 1 or len(content) != 1 or self._low(content[0]) in self.part_ids:
            return False
        return not any(i in self.covering for a, b in cells[2:] for i in range(a, b))

    def _heading_row(self, sentence: Span) -> bool:
        """'| Kava | Mushroom |' above '|---|---|': the row heads columns, it describes nothing."""
        text = doc_text(self.doc)
        row_end = line_break_after(text, self.doc[sentence.start].idx)
        below = text[row_end + 1:line_break_after(text, row_end + 1)].strip()
        return DELIMITER_ROW.match(below) is not None

    def _label_line(self, mention: Span, mark: int, start: int, end: int, sentence: Span):
        """'Kava — mushroom', '- Kratom - wild fungus': a line that is only a name, a dash and a
        bare description (up to two plain modifiers before the kind word), ending there."""
        before = self._prev(mention.start, sentence)
        if before is not None and not (self._text(before) in BULLETS and self._prev(before, sentence) is None):
            return None
        if self._next(mention.end - 1, sentence) != mark:
            return None
        modifiers = [i for i in range(mark + 1, start) if not self._skippable(i)]
        if len(modifiers) > MAX_CELL_MODIFIERS or any(
                not self._word(i).is_alpha or self._low(i) in self.stops or self._low(i) in self.determiners
                or i in self.covering for i in modifiers):
            return None
        after = self._next(end - 1, sentence)
        if after is not None and self._text(after) not in (".", "!"):
            return None
        return self._owner_of_mention(mention, "apposition")

