"""Part words of the identity check: which part of a plant the text names as the product.

* compound   "turmeric leaves, dried and ground into a spice" (a part after the name, in a
             product context)
* head       "kratom, the root of a Southeast Asian tree", "turmeric spice is the ground
             seed of the Curcuma plant" (a part as the head of a description, with "of" and
             a plant after it); "kratom, the leaf of the kava plant" names another
             substance as the plant, a conflation

``PartFrames`` is a mixin of ``IdentityRules``: it reads the same per-document state
(``doc``, ``covering``, ``rules``) and token helpers.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Span

from .identity_frames import HYPHENS

if TYPE_CHECKING:  # annotations only; identity.py imports this module
    from ..knowledge import Substance
    from .identity import Descriptor, Owner

MAX_OF_OBJECT = 6  # tokens after "of" in which the plant is looked for


class PartFrames:
    def _check_compound_part(self, d: Descriptor, owner: Owner, substance: Substance, sentence: Span):
        """'turmeric leaves, dried and ground into a spice': a part named in a product context."""
        if substance.kind == "fungus" or self._part_ok(d.value, substance):
            return
        words = {self._low(i) for i in range(sentence.start, sentence.end) if not (owner.start or 0) <= i < d.end}
        if not words & self.part_contexts or words & self.warnings:
            return
        yield from self._report_wrong_part(owner, substance, sentence, d)

    def _report_wrong_part(self, owner, substance, sentence: Span, d):
        rule = self.rules.get("wrong-part")
        if rule is None or self._blocked(rule, d.start, d.end) or self._predicate_negated(d.end, sentence):
            return
        yield from self._report(rule, owner, substance, sentence, d.start, d.end,
                                claimed=self._span_text(d.start, d.end).lower(), fix=self._part_fix(d, substance))

    def _predicate_negated(self, start: int, sentence: Span) -> bool:
        """'kava leaves are not used in the drink': a negation in the clause after a subject."""
        end = start
        while end < sentence.end and self._text(end) not in (",", ";", ":", "—", "–") and self._low(end) != "but":
            end += 1
        return bool(self.doc._.context.cues_in(start, end, "negation"))

    def _part_ok(self, part: str, substance: Substance) -> bool:
        known = set(substance.parts) | set(substance.tolerated_parts)
        if not known or part in known:
            return True
        if part == "flower" and "aerial-parts" in known:
            return True
        if part in ("leaf", "stem", "flower") and "aerial-parts" in known:
            return True
        return False

    def _compound_through(self, j: int, start: int, sentence: Span):
        """The name a part word at `start` compounds with across what stands between ('reishi
        mushroom root', 'kratom tree bark'), or a part or kind word across the name's own Latin
        binomial ('Kava (Piper methysticum) Leaf Powder', 'Chaga (Inonotus obliquus) Herb Tea')."""
        is_part = self._low(start) in self.part_ids
        if not is_part and self._low(start) not in self.kind_classes:
            return None
        if is_part and self.kind_classes.get(self._low(j)) in ("plant", "fungus"):  # one kind word between
            k = self._prev(j, sentence)
            if k is not None and k in self.ending:
                return self._owner_of_mention(self.ending[k], "compound")
            return None
        if self._text(j) != ")":
            return None
        opening = self._opening(j, sentence)
        k = self._prev(opening, sentence) if opening is not None else None
        inner = self._mention_at(self._next(opening, sentence)) if opening is not None else None
        if k is None or k not in self.ending or inner is None or self._next(inner.end - 1, sentence) != j:
            return None
        if inner.label_ != self.ending[k].label_:
            return None  # "Kava (Mitragyna speciosa) leaf" is a Latin-name error, reported there
        return self._owner_of_mention(self.ending[k], "compound")

    def _on_host(self, part_at: int, sentence: Span) -> bool:
        """'birch bark', 'the bark of old oaks': a part of the tree a fungus grows on."""
        before = self._prev(part_at, sentence)
        if before is not None and self._low(before) in self.hosts:
            return True
        of = self._next(part_at, sentence)
        if of is None or self._low(of) != "of":
            return False
        k = self._next(of, sentence)
        for _ in range(3):
            if k is None or k in self.covering:
                return False
            if self._low(k) in self.hosts:
                return True
            k = self._next(k, sentence)
        return False

    def _check_head_part(self, d, owner, substance, sentence: Span):
        """'Kratom, the root of a … tree' / 'turmeric spice is the seed of the Curcuma plant':
        a part word heads a description of the substance and "of" names the plant it is from.
        Without a plant after "of" the phrase is figurative ("the root of the problem")."""
        of = self._next(d.end - 1, sentence)
        if of is None or self._low(of) != "of":
            return
        plant = None
        k, steps = of + 1, 0
        while k < sentence.end and steps < MAX_OF_OBJECT:
            if self._skippable(k):
                k += 1
                continue
            if k in self.covering:
                plant = self.covering[k]
                break
            if self.kind_classes.get(self._low(k)) == "plant":
                plant = self.doc[k]
                break
            word = self._word(k)
            if (word.is_punct and word.text not in HYPHENS) or (
                    self._low(k) in self.stops and self._low(k) not in ("the",)):
                return
            k, steps = k + 1, steps + 1
        if plant is None:
            return
        if isinstance(plant, Span) and plant.label_ != substance.id:  # "kratom, the leaf of the kava plant"
            yield from self._report_conflation(owner, plant, sentence, d.start)
            return
        if self._part_ok(d.value, substance):
            return
        yield from self._report_wrong_part(owner, substance, sentence, d)
