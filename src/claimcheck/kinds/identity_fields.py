"""Field lines: a product's facts written as "Key: value" lines.

Spec sheets and listings give a botanical's identity as labelled fields, on the name's own
line after a separator or on the lines under a heading that is only the name:

* "Kava | Part used: leaves", "Kratom — Family: Piperaceae"
* "Kratom" / "Origin: Peru" / "Part used: caps"   (field lines under a name heading)
* "Origin: Peru" / "Product: Kava root powder"     (a name field in the block, above or below)

The key says what the value is (lexicons ``botanical-field-*-keys`` in botanical.yaml: kind,
part, family, Latin name, native region), and the value is checked as that fact of the
named substance. Only a short value counts: descriptors of the key's sort joined by commas,
"and", "or" or a slash, after at most two plain modifiers ("Type: perennial flowering
plant" is too long to read as one fact; "Part used: root (leaves are discarded)" stops at
the parenthesis). Any other key ("Ships from: Texas", "Country of origin: USA") says nothing
of what the substance is.

``FieldLines`` is a mixin of ``IdentityRules`` (same per-document state and helpers).
"""
from __future__ import annotations

from typing import NamedTuple

import numpy

from spacy.tokens import Span

from ..annotate import sentence_at

FIELD_SORTS = ("kind", "part", "family", "latin", "region", "origin")
NAME_SORT = "name"  # "Product: Kratom leaf powder", "Herb: Ashwagandha": the line names the block's substance
MAX_KEY_WORDS = 4
MAX_FIELD_LINES = 12  # field lines between a heading and the line read
MAX_VALUE_MODIFIERS = 2
VALUE_JOINERS = {",", "and", "or", "&", "/"}
VALUE_STOPS = {"(", "[", ";", "|", "—", "–", "--", ".", "!", "?"}
HEADING_MARKS = {"#", "##", "###", "####", "-", "*", "•", ":", "**"}


class FieldLine(NamedTuple):
    sort: str       # one of FIELD_SORTS
    owner: object   # Owner of the substance named
    key_start: int
    value_start: int
    value_end: int


class FieldLines:
    def _load_field_keys(self, book) -> None:
        self.field_keys: dict[tuple[str, ...], str] = {}
        for sort in (*FIELD_SORTS, NAME_SORT):
            for key in book.lexicons.get(f"botanical-field-{sort}-keys", []):
                self.field_keys[tuple(key.lower().split())] = sort
        self.field_key_ends = {key[-1] for key in self.field_keys}  # a colon after another word starts no field

    def _find_field_lines(self, doc) -> dict[int, FieldLine]:
        """The field lines of the document by sentence start, with the substance they speak of."""
        lines: dict[int, FieldLine] = {}
        if not self.field_keys or not self.mentions:
            return lines
        colon = doc.vocab.strings[":"]
        names: dict[int, object] = {}
        unowned: list[tuple[int, Span]] = []
        for c in numpy.flatnonzero(numpy.asarray(self.orths) == colon).tolist():
            if not c or (self._word(c - 1).is_alpha and self._low(c - 1) not in self.field_key_ends):
                continue
            sentence = sentence_at(doc, c)
            sort, _, before = self._field_key(c, sentence)
            if sort == NAME_SORT:
                value = self._next(c, sentence)
                if before is None and value is not None:
                    owner = self._line_name(value, sentence.end, sentence)
                    if owner is not None:
                        names[sentence.start] = owner
                continue
            field = self._field_at(c, sentence, lines)
            if field is not None:
                lines[sentence.start] = field
            elif sort is not None and before is None:
                unowned.append((c, sentence))
        for c, sentence in unowned if names else ():
            owner = self._block_name(sentence, lines, names, {s.start for _, s in unowned})
            field = self._field_at(c, sentence, lines, owner) if owner is not None else None
            if field is not None:
                lines[sentence.start] = field
        return lines

    def _block_name(self, sentence: Span, lines: dict, names: dict, unowned: set[int]):
        """'Origin: Fiji' / 'Product: Kava root powder': the substance a name field names in the
        block of field lines around `sentence` (above or below it, lines next to each other),
        when the block names one substance only."""
        doc, found = self.doc, {}
        for step in (-1, 1):
            start, end = sentence.start, sentence.end
            for _ in range(MAX_FIELD_LINES):
                if (step < 0 and start == 0) or (step > 0 and end >= len(doc)):
                    break
                near = sentence_at(doc, start - 1 if step < 0 else end)
                if near.start not in lines and near.start not in names and near.start not in unowned:
                    break
                gap = doc.text[doc[near.end - 1].idx:doc[start].idx] if step < 0 else \
                    doc.text[doc[end - 1].idx:doc[near.start].idx]
                if "\n" not in gap:
                    break
                if near.start in names:
                    found[names[near.start].substance] = names[near.start]
                start, end = near.start, near.end
        return next(iter(found.values())) if len(found) == 1 else None

    def _field_key(self, colon: int, sentence: Span) -> tuple[str | None, int | None, int | None]:
        """The key's sort and first token, and the token before the key (None at the line's start)."""
        words: list[int] = []
        k = self._prev(colon, sentence)
        while k is not None and len(words) <= MAX_KEY_WORDS and self._word(k).is_alpha and k not in self.covering:
            words.insert(0, k)
            k = self._prev(k, sentence)
        for n in range(len(words), 0, -1):  # the longest key that reaches the colon
            key = tuple(self._low(i) for i in words[-n:])
            sort = self.field_keys.get(key)
            if sort is not None:
                before = words[-n - 1] if n < len(words) else k
                return sort, words[-n], before
        return None, None, None

    def _field_at(self, colon: int, sentence: Span, lines: dict[int, FieldLine], block_name=None) -> FieldLine | None:
        sort, key_start, before = self._field_key(colon, sentence)
        if sort is None or sort == NAME_SORT:
            return None
        while before is not None and self._text(before) in ("-", "*", "•") and self._prev(before, sentence) is None:
            before = None  # a bulleted field line
        if before is None:
            owner = block_name or self._heading_of(sentence, lines)
        elif self._segment_kind(before) in ("bar", "dash", "hyphen"):
            owner = self._line_name(sentence.start, before, sentence)  # "Kava | Part used: …"
        else:
            return None
        if owner is None:
            return None
        value_start = self._next(colon, sentence)
        if value_start is None:
            return None
        value_end = value_start
        k = value_start
        while k is not None and self._text(k) not in VALUE_STOPS and self._segment_kind(k) not in ("bar", "dash"):
            value_end = k + 1
            k = self._next(k, sentence)
        return FieldLine(sort, owner, key_start, value_start, value_end)

    def _line_name(self, start: int, end: int, sentence: Span):
        """The substance a line names when tokens [start, end) are only a name, a few product
        or part words, and heading marks ('## Kava root', 'Kratom powder:')."""
        tokens = [i for i in range(start, end) if not self._skippable(i) and self._text(i) not in HEADING_MARKS]
        if not tokens or tokens[0] not in self.covering:
            return None
        mention = self.covering[tokens[0]]
        rest = [i for i in tokens if i >= mention.end]
        if len(rest) > 2 or any(self._low(i) not in self.product_words and self._low(i) not in self.part_ids
                                for i in rest):
            return None
        return self._owner_of_mention(mention, "field")

    def _heading_of(self, sentence: Span, lines: dict[int, FieldLine]):
        """The name heading the block of field lines that `sentence` belongs to: the line just
        before it (or before the field lines above it) when that line is only a name."""
        doc = self.doc
        start = sentence.start
        for _ in range(MAX_FIELD_LINES):
            if start == 0:
                return None
            above = sentence_at(doc, start - 1)
            if above.start in lines:
                start = above.start  # another field line of the same block
                continue
            if "\n" not in doc.text[doc[above.end - 1].idx:doc[start].idx]:
                return None  # the sentence before ends inside a line: it is no heading
            return self._line_name(above.start, above.end, above)
        return None

    # ------------------------------------------------------------------ checking

    def _value_descriptors(self, field: FieldLine, descriptors: list) -> list | None:
        """The descriptors filling the value, or None when the value holds anything else than
        them, joiners and at most two plain modifiers before each."""
        inside = [d for d in descriptors if field.value_start <= d.start and d.end <= field.value_end]
        covered = {i for d in inside for i in range(d.start, d.end)}
        latin = []
        for mention in self.mentions:
            if field.value_start <= mention.start and mention.end <= field.value_end:
                latin.append(mention)
                covered.update(range(mention.start, mention.end))
        modifiers = 0
        for i in range(field.value_start, field.value_end):
            if i in covered or self._skippable(i):
                modifiers = 0 if i in covered else modifiers
                continue
            low = self._low(i)
            if low in VALUE_JOINERS:
                modifiers = 0
                continue
            modifiers += 1
            if modifiers > MAX_VALUE_MODIFIERS or not self._word(i).is_alpha or low in self.stops \
                    or low in self.determiners:
                return None
        if modifiers and not (modifiers == 1 and self._low(field.value_end - 1) == "only" and inside):
            return None  # a modifier closing the value modifies nothing: "Type: mushroom free" ("Part used: seeds only" holds)
        return inside, latin

    def _check_field_lines(self, descriptors: list):
        for sentence_start, field in self.field_lines.items():
            found = self._value_descriptors(field, descriptors)
            if found is None:
                continue
            inside, mentions = found
            substance = self.knowledge.substances.get(field.owner.substance)
            if substance is None:
                continue
            sentence = sentence_at(self.doc, field.value_start)
            if field.sort in ("kind", "part"):
                for d in inside:
                    if d.role not in ("kind", "part") or (d.role == "part") != (field.sort == "part"):
                        continue
                    frame = "table-part" if d.role == "part" else "table"
                    owner = field.owner._replace(frame=frame)
                    yield from self._check_kind_or_part(d, owner, sentence, d.end)
            elif field.sort == "family":
                rule = self.rules.get("wrong-family")
                for d in inside:
                    if rule is None or d.role not in ("family", "family-bare") or substance.in_family(d.value):
                        continue
                    if not self._blocked(rule, d.start, d.end):
                        claimed = self.knowledge.families.get(d.value)
                        yield from self._report(rule, field.owner, substance, sentence, field.key_start, d.end,
                                                claimed=self._family_phrase(claimed) if claimed else str(d.value),
                                                fix=self._family_fix(d, substance))
                    break
            elif field.sort == "latin":
                rule = self.rules.get("wrong-latin-name")
                for mention in mentions:
                    other = self.knowledge.substances.get(mention.label_)
                    if rule is None or mention.kb_id_ != "latin" or other is None \
                            or set(other.latin) & set(substance.latin):
                        continue
                    if not self._blocked(rule, mention.start, mention.end):
                        yield from self._report(rule, field.owner, substance, sentence, field.key_start,
                                                mention.end, claimed=mention.text,
                                                other=f"the Latin name of {other.name}", fix=None)
                    break
            else:  # a region: wrong when no place named fits (where it is farmed fits an "Origin")
                regions = [d for d in inside if d.role == "region"]
                species = self._species_at(substance, field.owner.start)
                native = set(species.native if species is not None else substance.native)
                farmed = self.farmed_in.get(substance.id, set()) if field.sort == "origin" else set()
                rule = self.rules.get("wrong-region")
                if rule is None or not regions or not native or any(d.value & (native | farmed) for d in regions):
                    continue
                d = regions[0]
                if not self._blocked(rule, d.start, d.end):
                    facts = self._species_facts(substance, species) if species is not None else {}
                    yield from self._report(rule, field.owner, substance, sentence, field.key_start, regions[-1].end,
                                            **{**facts, "claimed": self._region_name(d)}, fix=None)
