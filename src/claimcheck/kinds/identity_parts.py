"""Part words of the identity check: which part of a plant the text names as the product.

* compound   "turmeric leaves, dried and ground into a spice" (a part after the name, in a
             product context)
* head       "kratom, the root of a Southeast Asian tree", "turmeric spice is the ground
             seed of the Curcuma plant" (a part as the head of a description, with "of" and
             a plant after it); "kratom, the leaf of the kava plant" names another
             substance as the plant, a conflation; without "of", an indefinite description the part
             heads and closes ("kava is a leaf", "maca, a berry grown in Peru,")
* of / whose "the leaves of the kava plant are pounded into the drink", "kava, whose leaves
             are brewed …" (a part named before its plant, in a clause that makes a product
             of it)

``PartFrames`` is a mixin of ``IdentityRules``: it reads the same per-document state
(``doc``, ``covering``, ``rules``) and token helpers.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Span

from ..annotate import sentence_at
from .identity_frames import HYPHENS

if TYPE_CHECKING:  # annotations only; identity.py imports this module
    from ..knowledge import Substance
    from .identity import Descriptor, Owner

MAX_OF_OBJECT = 6  # tokens after "of" in which the plant is looked for
# What ends the clause of a part named before its plant: "the leaves of the kava plant are
# heart-shaped; the drink is made from the root" says nothing about the drink's leaves.
CLAUSE_ENDS = {";", ":", "—", "–", "--", "(", ")", "but", "while", "whereas", "although", "though", "unlike", "yet",
               "except", "instead", "rather"}
COORDINATORS = {"and", "or", "so", "but", "nor"}
# Context words that say too little alone about what the product is made of ("the leaves of
# the kava plant shade our porch").
WEAK_CONTEXTS = {"our", "product", "products", "source", "mg", "g", "grams", "ingredient", "ingredients", "sold"}


class PartFrames:
    def _check_compound_part(self, d: Descriptor, owner: Owner, substance: Substance, sentence: Span):
        """'turmeric leaves, dried and ground into a spice': a part named in a product context."""
        if substance.kind == "fungus" or self._part_ok(d.value, substance):
            return
        if self._span_text(d.start, d.end).lower() in self.capsule_words:
            return  # "kava caps": capsules
        words = {self._low(i) for i in range(sentence.start, sentence.end) if not (owner.start or 0) <= i < d.end}
        if words & self.warnings or words & self.part_other_uses:
            return
        if not words & self.part_contexts and not self._prepared_part(d, owner, sentence) \
                and not self._praised_part(d, owner, sentence):
            return
        if self._right_part_elsewhere(d, owner, substance, sentence):
            return
        yield from self._report_wrong_part(owner, substance, sentence, d)

    RICHNESS_LINKS = {("rich", "in"), ("packed", "with"), ("loaded", "with"), ("full", "of"), ("high", "in"),
                      ("bursting", "with"), ("brimming", "with"), ("abundant", "in")}
    AUXILIARIES = {"can", "could", "may", "might", "will", "would", "should", "must", "do", "does", "did", "have",
                   "has", "had", "get", "gets", "got"}

    def _praised_part(self, d, owner, sentence: Span) -> bool:
        """'Turmeric leaves, rich in curcumin, eliminate inflammation': the part is the subject
        of the sentence, praised in an appositive for what it holds, and then made to act (an
        active verb after the appositive): the part presented as the product. 'Maca leaves,
        rich in fibre, are fed to goats' (a copula) and 'turmeric leaves, rich in aroma, wrap
        rice cakes' (another use, see botanical-part-other-uses) are not."""
        start = owner.start if owner.start is not None else d.start
        before = self._prev(start, sentence)
        if before is not None and not (self._low(before) in self.determiners or (
                self._word(before).is_punct and self._text(before) not in HYPHENS)):
            return False
        comma = self._next(d.end - 1, sentence)
        if comma is None or self._text(comma) != ",":
            return False
        first = self._next(comma, sentence)
        second = self._next(first, sentence) if first is not None else None
        if second is None or (self._low(first), self._low(second)) not in self.RICHNESS_LINKS:
            return False
        k, steps = self._next(second, sentence), 0
        while k is not None and steps < 6 and self._text(k) != ",":
            if self._word(k).is_punct and self._text(k) not in HYPHENS:
                return False
            k, steps = self._next(k, sentence), steps + 1
        verb = self._next(k, sentence) if k is not None and self._text(k) == "," else None
        if verb is None or not self._word(verb).is_alpha or verb in self.covering:
            return False
        low = self._low(verb)
        return low not in self.stops and low not in self.copulas and low not in self.AUXILIARIES \
            and low not in self.determiners and not low.endswith("ed")

    CONTRAST_BREAKS = {"but", "while", "whereas", "although", "though", "yet", "however", ";", "—", "–", "--"}

    def _right_part_elsewhere(self, d, owner, substance, sentence: Span) -> bool:
        """'Turmeric leaves are edible, but the spice comes from the rhizome': the product words
        stand in another clause (after a contrast), which names the part truly used; the part's
        own clause says nothing of the product."""
        start = owner.start if owner.start is not None else d.start
        left = start
        while left > sentence.start and self._low(left - 1) not in self.CONTRAST_BREAKS:
            left -= 1
        right = d.end
        while right < sentence.end and self._low(right) not in self.CONTRAST_BREAKS:
            right += 1
        own = {self._low(i) for i in range(left, right) if not start <= i < d.end}
        if own & self.part_contexts or self._prepared_part(d, owner, sentence):
            return False
        for i in [*range(sentence.start, left), *range(right, sentence.end)]:
            part = self.part_ids.get(self._low(i))
            if part is not None and self._part_ok(part, substance) and not self._part_ok(d.value, substance):
                return True
        return False

    PREPARATION_LINKS = {",", "and", "then", "is", "are", "was", "were", "be", "been", "being", "finely", "freshly",
                         "coarsely", "thinly", "first", "well"}

    def _prepared_part(self, d, owner, sentence: Span) -> bool:
        """'Grate fresh turmeric leaves', 'turmeric leaves, peeled and grated': a preparation
        of roots (botanical-part-preparations) applied to the part itself: before the name
        with at most a determiner and modifiers between, or after the part with only commas,
        'and', a copula or an adverb between, and not modifying a noun of its own ('with
        grated coconut')."""
        if not self.part_preparations:
            return False
        k, steps = self._prev(owner.start if owner.start is not None else d.start, sentence), 0
        while k is not None and steps < 3 and self._word(k).is_alpha and k not in self.covering \
                and self._low(k) not in self.part_preparations \
                and (self._low(k) in self.determiners or self._low(k) not in self.stops):
            k, steps = self._prev(k, sentence), steps + 1  # "grate fresh …", "peel the …"
        if k is not None and self._low(k) in self.part_preparations:
            return True
        k, steps = self._next(d.end - 1, sentence), 0
        while k is not None and steps < 4 and self._low(k) in self.PREPARATION_LINKS:
            k, steps = self._next(k, sentence), steps + 1
        if k is None or self._low(k) not in self.part_preparations:
            return False
        after = self._next(k, sentence)
        return after is None or not self._word(after).is_alpha or self._low(after) in self.stops \
            or self._low(after) in self.part_preparations

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

    def _check_part_before_name(self, d: Descriptor, sentence: Span):
        """A part named before its plant, in a clause that makes a product of it: 'the leaves of
        the kava plant are pounded into the drink', 'our maca blend uses the leaves of the maca
        plant', 'kava, whose leaves are brewed into a drink, …'. After 'from' or 'of' the part
        is a source frame's ('made from the leaves of …'). Fungi are left out: their plant-only
        parts are the kind check's."""
        from .identity import Owner

        found = self._whose_owner(d, sentence) or self._of_owner(d, sentence)
        if found is None:
            return
        mention, phrase_end, clause = found
        substance = self.knowledge.substances.get(mention.label_)
        if substance is None or substance.kind == "fungus" or self._part_ok(d.value, substance):
            return
        start, end = clause
        words = {self._low(i) for i in range(start, end) if not d.start <= i < phrase_end}
        if not (words & self.part_contexts) - WEAK_CONTEXTS:
            if not self._product_voice(d, sentence) or words & self.part_other_uses:
                return
        if {self._low(i) for i in range(sentence.start, sentence.end)} & self.warnings:
            return
        rule = self.rules.get("wrong-part")
        if rule is None or self._blocked(rule, d.start, d.end) or self._predicate_negated(phrase_end, sentence):
            return
        owner = Owner(mention.label_, None, "part-of")
        yield from self._report(rule, owner, substance, sentence, d.start, phrase_end,
                                claimed=self._span_text(d.start, d.end).lower(), fix=self._part_fix(d, substance))

    def _product_voice(self, d: Descriptor, sentence: Span) -> bool:
        """'We use only the flowers of …', 'I harvest just the young leaves of …': the part is the
        object of a maker's verb (botanical-product-voice-verbs) whose subject is the seller, 'we'
        or 'I' (adverbs and up to two plain modifiers between), so the sentence says what the
        product is made of. 'Farmers who grow kava use the leaves as mulch' has another subject."""
        if not self.voice_verbs:
            return False
        k, modifiers = self._prev(d.start, sentence), 0
        while k is not None and self._low(k) not in self.voice_verbs:
            low = self._low(k)
            if low in self.determiners or low in self.voice_adverbs:
                k = self._prev(k, sentence)
                continue
            if not self._word(k).is_alpha or low in self.stops or k in self.covering or modifiers >= 2:
                return False
            k, modifiers = self._prev(k, sentence), modifiers + 1  # "the finest young leaves"
        if k is None:
            return False
        k = self._prev(k, sentence)
        if k is not None and self._text(k) in HYPHENS:  # "we hand-pick"
            k = self._prev(k, sentence)
            k = self._prev(k, sentence) if k is not None else None
        while k is not None and self._low(k) in self.voice_adverbs:
            k = self._prev(k, sentence)  # "we only use", "we carefully harvest"
        return k is not None and self._low(k) in self.voice_subjects

    def _whose_owner(self, d: Descriptor, sentence: Span):
        """'kava, whose leaves are brewed …': the mention before 'whose', the end of the part
        word, and the relative clause (to the next comma or the sentence's end)."""
        j = self._prev(d.start, sentence)
        if j is None or self._low(j) != "whose":
            return None
        k = self._prev(j, sentence)
        if k is not None and self._text(k) == ",":
            k = self._prev(k, sentence)
        if k is None:
            return None
        mention = self.ending.get(k)
        if mention is None and k not in self.covering and self._low(k) in self.SOURCE_HEADS:
            # "kratom is a plant whose roots are brewed …", "kava, a shrub whose leaves …": the plant noun
            # a copula or apposition says a name is (attached as a kind word is)
            owner = self._walk(k, k + 1, sentence, participle=False)
            if owner is not None and owner.start is not None and owner.start in self.covering:
                mention = self.covering[owner.start]
        if mention is None:
            return None
        end = d.end
        while end < sentence.end and self._text(end) not in (",", *CLAUSE_ENDS) and self._low(end) not in CLAUSE_ENDS:
            end += 1
        return mention, d.end, (j, end)

    def _of_owner(self, d: Descriptor, sentence: Span):
        """'the leaves of the (Andean) kava plant': the mention after 'of' (a determiner and one
        modifier at most between), the end of the phrase (with a plant word after the name),
        and the clause around it. Not after a preposition ('made from the leaves of …')."""
        before = self._prev(d.start, sentence)
        while before is not None and self._low(before) in self.determiners:
            before = self._prev(before, sentence)
        if before is not None and self._low(before) == "of":
            # "an extract of the leaves of the kava plant": a product made of the part
            product = self._prev(before, sentence)
            if product is None or self._low(product) not in self.product_words or product in self.covering:
                return None
        elif before is not None and (self._low(before) in self.stops or before in self.covering):
            return None
        of = self._next(d.end - 1, sentence)
        if of is None or self._low(of) != "of":
            return None
        k, modifiers = self._next(of, sentence), 0
        while k is not None and k not in self.covering:
            if self._low(k) in self.determiners:
                k = self._next(k, sentence)
                continue
            if not self._word(k).is_alpha or self._low(k) in self.stops or modifiers:
                return None
            k, modifiers = self._next(k, sentence), modifiers + 1
        if k is None or self.covering[k].start != k:
            return None
        mention = self.covering[k]
        end = mention.end
        after = self._next(end - 1, sentence)
        if after is not None and self.kind_classes.get(self._low(after)) == "plant":
            end, after = after + 1, self._next(after, sentence)
        if after is not None and (self._low(after) in self.part_ids or self._low(after) in self.kind_classes
                                  or self._low(after) in self.product_words or self._text(after) in HYPHENS):
            return None  # "the leaves of the kava root powder": not the plant
        return mention, end, self._clause(d.start, end, sentence)

    def _clause(self, start: int, end: int, sentence: Span) -> tuple[int, int]:
        """The clause holding tokens [start, end): bounded by CLAUSE_ENDS and by a comma before
        a coordinator ('…, and the drink is …')."""
        def boundary(i: int) -> bool:
            if self._text(i) in CLAUSE_ENDS or self._low(i) in CLAUSE_ENDS:
                return True
            if self._text(i) == ",":
                following = self._next(i, sentence)
                return following is not None and self._low(following) in COORDINATORS
            return False

        first = start
        while first > sentence.start and not boundary(first - 1):
            first -= 1
        last = end
        while last < sentence.end and not boundary(last):
            last += 1
        return first, last

    def _part_ok(self, part: str, substance: Substance) -> bool:
        known = set(substance.parts) | set(substance.tolerated_parts)
        if not known or part in known:
            return True
        whole = self.subparts.get(part)
        if whole is not None:  # "the petals" of a flower product; saffron is its stigmas alone
            only = self.only_subparts.get(substance.id)
            return part in only if only else self._part_ok(whole, substance)
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
        if not is_part and self._low(j) in self.part_ids and j + 1 == start:
            # "Kava Root Mushroom Tea", "kratom leaf fungus powder": the name's part word between the
            # name and a kind word that a product word follows (a product title, one compound).
            # "kava root and mushroom tea", "kava root & reishi mushroom tea" name two products.
            k = self._prev(j, sentence)
            after = self._next(start, sentence)
            if k is not None and k in self.ending and k + 1 == j and after is not None \
                    and self._low(after) in self.product_words and self._word(after).is_alpha:
                return self._owner_of_mention(self.ending[k], "compound")
            return None
        if is_part and self.kind_classes.get(self._low(j)) in ("plant", "fungus"):  # one kind word between
            k = self._prev(j, sentence)
            if k is not None and k in self.ending:
                return self._owner_of_mention(self.ending[k], "compound")
            return None
        if is_part and self._low(j) in self.compound_modifiers and j not in self.covering:
            # one product modifier between: "Lion's Mane Herbal Root Extract", "Kava Organic Leaf Tea"
            k = self._prev(j, sentence)
            if k is not None and k in self.ending and k + 1 == j:
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

    FRUIT_VERBS = {"fruit", "fruits"}
    # What may stand before the subject of "<fungus> fruits <in late summer>".
    SUBJECT_MODIFIERS = {"wild", "cultivated", "mature", "healthy", "indoor", "outdoor", "farmed", "young", "most",
                         "some", "all", "many", "older", "established"}
    # Adverbs and time words after the verb "fruits": "fruits readily", "fruits year-round".
    VERB_FOLLOWERS = {"best", "readily", "freely", "well", "again", "once", "twice", "early", "late", "reliably",
                      "year", "year-round", "yearly", "annually", "every", "each", "seasonally", "quickly",
                      "rarely", "often", "only", "abundantly", "heavily", "prolifically", "profusely"}
    # Verbs a plural "… fruits" subject would take: "reishi fruits from Oregon are dried".
    NOUN_PREDICATES = {"is", "are", "was", "were", "go", "goes", "went", "make", "makes", "give", "gives", "contain",
                       "contains", "have", "has", "taste", "tastes", "add", "adds", "lend", "lends", "come", "comes"}
    CLAUSE_BREAKS = {",", ";", ".", "!", "?", ":", "—", "–", "when", "where", "if", "while", "because", "until",
                     "unless", "once", "as", "since", "and", "but", "so", "whenever"}

    def _fruits_as_verb(self, d, sentence: Span) -> bool:
        """'Reishi fruits in late summer', 'lion's mane fruits on dead beech logs': the verb
        "fruits" (forms fruiting bodies) after its subject, not the part. The name opens the
        clause (after a determiner or 'wild' at most) and "fruits" ends it or is followed by
        an adverb, a time word or a preposition whose phrase has no verb of its own after it
        ('reishi fruits from Oregon are dried' is the part)."""
        if d.end - d.start != 1 or self._low(d.start) not in self.FRUIT_VERBS:
            return False
        j = self._prev(d.start, sentence)
        if j is None or j not in self.ending:
            return False
        k = self._prev(self.ending[j].start, sentence)
        while k is not None and (self._low(k) in self.determiners or self._low(k) in self.SUBJECT_MODIFIERS):
            k = self._prev(k, sentence)
        if k is not None and self._text(k) not in (",", ":", ";", "—", "–"):
            return False
        after = self._next(d.start, sentence)
        if after is None or self._text(after) in (".", "!", ";"):
            return True
        low = self._low(after)
        if self._text(after) == ",":
            nxt = self._next(after, sentence)
            return nxt is not None and self._low(nxt) in ("and", "but", "then")
        if low in self.VERB_FOLLOWERS or (low.endswith("ly") and self._word(after).is_alpha):
            return True
        if low in self.CLAUSE_BREAKS:
            return low not in ("and", "as")  # "fruits when the weather is warm"; "fruits and berries"
        if low not in self.stops or low in ("or", "&", "of", "like", "such", "including"):
            return False
        k = self._next(after, sentence)
        while k is not None and self._low(k) not in self.CLAUSE_BREAKS:
            if self._low(k) in self.NOUN_PREDICATES:
                return False
            k = self._next(k, sentence)
        return True

    HOST_KINDS = {"tree", "trees"}

    # Verbs of a fungus living on its host: "chaga grows on birch trees", "lion's mane thrives on dead oaks".
    HOST_GROWTH_VERBS = frozenset({"grows", "grow", "growing", "grew", "grown", "lives", "live", "living", "thrives",
                                   "thrive", "thriving", "sprouts", "sprout", "sprouting", "feeds", "feed", "feeding"})
    # Words between "on" and the host: "on dead oak logs", "on the trunks of living birches" is left alone.
    HOST_GROWTH_MODIFIERS = frozenset({"the", "a", "an", "dead", "living", "old", "fallen", "decaying", "rotting",
                                       "dying", "mature", "wild", "white", "silver", "paper", "downed", "standing"})
    # Host words that name a tree's species or its wood, not a tree in general ("kratom grows on a tall trunk").
    HOST_GROWTH_SKIP = frozenset({"trunk", "trunks", "host", "hosts"})

    def _check_host_growth(self):
        """'As with chaga, maca grows on birch trees', 'ashwagandha, like reishi, grows on oak logs': a plant
        said to grow on a host tree's species or its dead wood, as a wood-decay or parasitic fungus does. Only
        substances of kind plant that are no vines (a vine may climb an oak), and only the substance the verb
        is said of (see _attach)."""
        rule = self.rules.get("wrong-kind")
        if rule is None:
            return
        for verb in self.host_growth_at:
            sentence = sentence_at(self.doc, verb)
            if not self._names_a_substance(verb):
                continue
            k, steps = verb + 2, 0
            while k < sentence.end and steps < 3 and self._low(k) in self.HOST_GROWTH_MODIFIERS:
                k, steps = k + 1, steps + 1
            if k >= sentence.end or k in self.covering or self._low(k) not in self.hosts \
                    or self._low(k) in self.HOST_GROWTH_SKIP:
                continue
            end = k + 1
            if end < sentence.end and self._low(end) in ("tree", "trees", "wood", "logs", "log", "bark", "stumps"):
                end += 1
            if self._sentence_is_corrective(sentence) or self._blocked(rule, verb, end):
                continue
            owner = self._attach(verb, verb + 1, sentence, participle=True)
            for each in self._source_co_subjects(verb, owner, None, sentence):  # "kava and kratom both grow on …"
                substance = self.knowledge.substances.get(each.substance) if each is not None else None
                if substance is None or substance.kind != "plant" or substance.form == "vine":
                    continue
                yield from self._report(rule, each, substance, sentence, verb, end, fix=None,
                                        claimed="a fungus that grows on trees")
    GATHERING_VERBS = {"harvested", "harvest", "harvests", "taken", "pulled", "obtained", "sourced", "gathered",
                       "collected", "foraged", "picked"}

    def _host_tree(self, kind_at: int, verb: int, sentence: Span) -> bool:
        """'harvested from birch trees', 'harvested from trees in the boreal forest': the tree
        a fungus is gathered from, not what the fungus is. A tree named by its host species
        ('birch trees', 'old oak trees'), or any tree after a verb of gathering."""
        if self._low(kind_at) not in self.HOST_KINDS:
            return False
        before = self._prev(kind_at, sentence)
        if before is not None and self._low(before) in self.hosts:
            return True
        return self._low(verb) in self.GATHERING_VERBS

    def _on_host(self, part_at: int, sentence: Span, verb: int | None = None) -> bool:
        """'birch bark', 'the bark of old oaks', 'birch tree bark': a part of the tree a fungus
        grows on; after a verb of gathering, any tree's ('harvested from tree bark')."""
        before = self._prev(part_at, sentence)
        if before is not None and self._low(before) in self.HOST_KINDS:
            if verb is not None and self._low(verb) in self.GATHERING_VERBS:
                return True
            before = self._prev(before, sentence)  # "birch tree bark"
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

    HEAD_PART_MODIFIERS = 2  # plain words between the article and the part: "a bitter green leaf"
    HEAD_PART_PLURAL_COPULAS = {"are", "were"}

    def _indefinite_head_part(self, d, sentence: Span) -> bool:
        """'Kava is a leaf.', 'Kratom is a root from Fiji.', 'Maca, a small berry grown in Peru, …': a part word
        heading an indefinite description of the name ('a'/'an' and up to two plain modifiers before it, or a bare
        plural after 'are'), which closes its noun phrase: a punctuation mark, a stop word ('from', 'that',
        'like'), a postmodifier ('grown', 'native') or another participle follows. 'Kava is a root crop', 'a leaf
        tea', 'a leaf-free drink' make the part a modifier; 'a root and leaf blend' names a product of both."""
        after = self._next(d.end - 1, sentence)
        if after is not None:
            low = self._low(after)
            word = self._word(after)
            if word.is_punct:
                if self._text(after) in HYPHENS or self._text(after) in ("/", "&"):
                    return False
            elif low in ("and", "or", "nor"):
                nxt = self._next(after, sentence)
                if nxt is not None and (self._low(nxt) in self.part_ids or self._low(nxt) in self.kind_classes):
                    return False  # "a root and leaf blend"
            elif not (low in self.stops or low in self.postmodifiers or (low.endswith("ed") and word.is_alpha)):
                return False
        k, modifiers = self._prev(d.start, sentence), 0
        while k is not None and modifiers < self.HEAD_PART_MODIFIERS and self._word(k).is_alpha \
                and k not in self.covering and self._low(k) not in self.stops and self._low(k) not in self.determiners \
                and self._low(k) not in self.copulas and self._low(k) not in self.part_ids \
                and self._low(k) not in self.kind_classes and self._low(k) not in self.figurative:
            k, modifiers = self._prev(k, sentence), modifiers + 1
        if k is None:
            return False
        if self._low(k) in ("a", "an"):
            return True
        return not modifiers and self._low(k) in self.HEAD_PART_PLURAL_COPULAS and self._low(d.end - 1).endswith("s")

    def _check_head_part(self, d, owner, substance, sentence: Span):
        """'Kratom, the root of a … tree' / 'turmeric spice is the seed of the Curcuma plant':
        a part word heads a description of the substance and "of" names the plant it is from.
        Without a plant after "of" the phrase is figurative ("the root of the problem")."""
        of = self._next(d.end - 1, sentence)
        if of is None or self._low(of) != "of":
            if self._indefinite_head_part(d, sentence) and not self._part_ok(d.value, substance):
                yield from self._report_wrong_part(owner, substance, sentence, d)  # "Kava is a leaf."
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
        if owner.start is not None and owner.start in self.covering:
            named = self._next(self.covering[owner.start].end - 1, sentence)
            if named is not None and self.part_ids.get(self._low(named)) == d.value:
                return  # "ginkgo nuts are the seeds of Ginkgo biloba": the subject already is that part
        yield from self._report_wrong_part(owner, substance, sentence, d)
