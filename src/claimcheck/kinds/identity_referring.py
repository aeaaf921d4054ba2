"""Referring noun phrases of the identity check: a definite noun phrase that opens a sentence
and stands for the substance the sentence before named.

    Kava is popular in Fiji. The drink is made from the root.      "the drink" = kava
    Reishi grows on oaks. This plant is bitter.                    "this plant" = reishi, called a plant
    Kava is a Pacific drink. This mushroom drink is relaxing.      kava, called a mushroom

Such a phrase is "the", "this" or "that", up to three plain modifiers and a singular head: a
kind word ("plant", "mushroom") or a drink word (``botanical-referring-heads``), followed by a
predicate (a copula, an auxiliary or a verb of ``botanical-referring-predicates``, after an
adverb at most). It stands for a substance only when

* the sentence before names it as its subject (set-aside names such as "unlike kratom" left
  out, see annotate.set_aside_mentions), and
* the sentence before holds nothing else the head could stand for (a *rival*): "Chaga grows on
  a birch. The tree is …" means the birch. Rivals of a kind head are words of its kind (only the
  singular ones, but for "tree", "shrub" and "vine": "grows on oaks. This plant …" does not mean
  the oaks, "grows on birch trees. The tree must be alive" does), plant part words and herb names
  for "plant" and "herb", host trees for "plant" and "tree"; rivals of a drink head are drink
  words, partner mentions and other substances ("kava with beer. The drink …"). A rival that describes the
  substance itself ("Kava is a Pacific drink. The drink …") is no rival.

The kind word inside such a phrase is checked as a description of the substance, unless a
substance named earlier in the text is of that kind ("… reishi. Kava is a root. The mushroom …").

``ReferringPhrases`` is a mixin of ``IdentityRules``: it reads the same per-document state.
"""
from __future__ import annotations

from spacy.tokens import Span

from ..annotate import sentence_at, set_aside_mentions


class ReferringPhrases:
    def _setup_referring(self, book, make) -> None:
        def words(name: str) -> set[str]:
            return {w.lower() for w in book.lexicons.get(name, [])}

        self.referring_heads = words("botanical-referring-heads")
        self.referring_determiners = words("botanical-referring-determiners")
        self.referring_predicates = words("botanical-referring-predicates")
        self.referring_adverbs = words("botanical-referring-adverbs")
        self.drink_words = words("botanical-drink-words")
        self.herb_names = {tuple(t.lower_ for t in make(name)) for name in book.lexicons.get("herb-names", [])}
        self.heading_words = words("botanical-heading-words")
        self.step_modifiers = words("botanical-step-modifiers")
        self.step_removals = words("botanical-step-removals")

    # -- the phrase

    def _referring_start(self, sentence: Span) -> int | None:
        """The determiner opening the sentence, when it is one a referring phrase starts with."""
        k = sentence.start
        while k < sentence.end and self._skippable(k):
            k += 1
        if k < sentence.end and self._low(k) in self.referring_determiners:
            return k
        return None

    def _is_referring_head(self, i: int) -> bool:
        low = self._low(i)
        if low in self.referring_heads:
            return True
        return low in self.kind_classes and not self._plural_word(low)

    def _plural_word(self, low: str) -> bool:
        return low.endswith("s") and not low.endswith(("ss", "us")) and low not in ("species",)

    def _referring_head_at(self, start: int, head: int, sentence: Span) -> bool:
        """Tokens [start, head] are a referring phrase: the determiner, plain modifiers and the
        head, with a predicate after it."""
        if not 0 < head - start <= 4 or not self._is_referring_head(head):
            return False
        for k in range(start + 1, head):
            low = self._low(k)
            if self._skippable(k):
                continue
            if not self._word(k).is_alpha or k in self.covering or low in self.stops or low in self.copulas \
                    or low in self.determiners:
                return False
        if head in self.covering:
            return False
        after = self._next(head, sentence)
        steps = 0
        while after is not None and steps < 2 and self._low(after) in self.referring_adverbs:
            after, steps = self._next(after, sentence), steps + 1
        return after is not None and (self._low(after) in self.copulas or self._low(after) in self.referring_predicates)

    def _referring_phrase_head(self, d, sentence: Span) -> tuple[int, int] | None:
        """(determiner, head) of the referring phrase a kind word at d is part of: its head or a
        modifier of its head ('this mushroom drink')."""
        start = self._referring_start(sentence)
        if start is None or d.start <= start:
            return None
        for head in range(d.end - 1, min(sentence.end, start + 5)):
            if self._referring_head_at(start, head, sentence):
                return start, head
        return None

    # -- what it stands for

    def _referring_antecedent_at(self, i: int, sentence: Span) -> tuple[str, int] | None:
        """(substance, determiner) of a referring phrase ending at token i ('The drink' before
        'is made from …')."""
        start = self._referring_start(sentence)
        if start is None or not self._referring_head_at(start, i, sentence):
            return None
        antecedent = self._referring_antecedent(start, i, sentence)
        return (antecedent, start) if antecedent else None

    def _referring_antecedent(self, start: int, head: int, sentence: Span) -> str | None:
        """The substance the referring phrase [start, head] stands for, or None."""
        if sentence.start == 0:
            return None
        previous = sentence_at(self.doc, sentence.start - 1)
        aside = set_aside_mentions(self.doc)
        antecedent = self._antecedent(start)
        named = [m for m in self.mentions if previous.start <= m.start and m.end <= previous.end
                 and m.start not in aside]
        if antecedent is None or not named or named[0].label_ != antecedent \
                or self._subject_mention(named[0]) != antecedent:
            # only the subject of the sentence right before: "Our blend adds chamomile. The tea …"
            # may mean the blend, and further back other things are named
            return None
        if self._has_rival(head, antecedent, previous):
            return None
        return antecedent

    def _rivals(self, head_low: str) -> tuple[set[str], bool]:
        """Words the head could stand for besides the substance, and whether plant part words and
        herb names count too."""
        if head_low in self.referring_heads:
            return self.drink_words | self.referring_heads, False
        kind = self.kind_classes.get(head_low)
        same = {w for w, c in self.kind_classes.items() if c == kind}
        if kind != "plant":
            return same, False
        woody = {"tree": {"tree", "trees"}, "shrub": {"shrub", "shrubs", "bush", "bushes"},
                 "bush": {"shrub", "shrubs", "bush", "bushes"}, "vine": {"vine", "vines"}}
        if head_low in woody:  # a tree is no herb: "… on a tree trunk. This herb …" can mean the substance
            rivals = woody[head_low] | {"plant", "plants"}
            return rivals | (self.hosts if head_low == "tree" else set()), False
        if head_low in ("herb", "herbs"):
            return {"herb", "herbs", "plant", "plants"}, True
        return same | self.hosts, True

    def _has_rival(self, head: int, antecedent: str, previous: Span) -> bool:
        """The sentence before holds something else the head could stand for."""
        rivals, plant_parts = self._rivals(self._low(head))
        drink_head = self._low(head) in self.referring_heads
        # "Chaga grows on birch trees. The tree must be alive": a generic "the tree" stands for a plural host
        woody_head = self._low(head) in ("tree", "shrub", "bush", "vine")
        if drink_head:
            if any(previous.start <= m.start < previous.end and m.label_ != antecedent for m in self.mentions):
                return True  # "Kava pairs well with chamomile. The tea …"
            if any(previous.start <= p < previous.end for p in self.partner_starts):
                return True  # "Kava and beer flow at the party. The drink …"
        for k in range(previous.start, previous.end):
            if k in self.covering:
                continue
            low = self._low(k)
            if low in rivals:
                if not drink_head and not woody_head and self._plural_word(low):
                    continue  # "grows on oaks. This plant …": a singular head does not stand for a plural
            elif not (plant_parts and low in self.part_ids):
                continue
            if self._describes(k, antecedent, previous):
                continue  # "Kava is a Pacific drink. The drink …"
            return True
        if plant_parts:
            lows = self._lows(previous.start, previous.end)
            for name in self.herb_names:
                n = len(name)
                if any(lows[k:k + n] == name for k in range(len(lows) - n + 1)):
                    return True  # "… blended with licorice root. This herb …"
        return False

    def _describes(self, k: int, antecedent: str, sentence: Span) -> bool:
        """The word at k is said of the substance itself: right after its name ("kava drink") or
        as the head of its predicate ("kava is a (Pacific) drink"), not a thing beside it ("kava is
        poured beside mango juice")."""
        j = self._prev(k, sentence)
        steps = 0
        while j is not None and steps < 2 and j not in self.ending and self._word(j).is_alpha \
                and self._low(j) not in self.stops and self._low(j) not in self.determiners \
                and self._low(j) not in self.copulas and j not in self.covering:
            j, steps = self._prev(j, sentence), steps + 1  # modifiers: "a Pacific drink"
        if j is not None and j in self.ending:
            return steps == 0 and self.ending[j].label_ == antecedent  # "kava drink"
        if j is not None and self._low(j) in self.determiners:
            j = self._prev(j, sentence)
        while j is not None and self._low(j) in self.link_adverbs:
            j = self._prev(j, sentence)
        if j is None or self._low(j) not in self.copulas:
            return False
        j = self._prev(j, sentence)
        return j is not None and j in self.ending and self.ending[j].label_ == antecedent

    def _earlier_fits(self, d, start: int) -> bool:
        """A substance named before the phrase is of the kind it names: it may stand for that one."""
        aside = set_aside_mentions(self.doc)
        for m in self.mentions:
            if m.end > start:
                break
            substance = self.knowledge.substances.get(m.label_)
            if m.start not in aside and substance is not None and self._fits(d, substance):
                return True
        return False

    # -- how-to headings

    def _heading_owner(self, d, sentence: Span):
        """'How to make reishi tea: pick the leaves from the plant …', 'To brew kava, pound the
        leaves …', 'Chaga tea recipe: grind the roots …': a heading that opens the sentence and
        names one substance alone (after 'how to'/'to' and a verb, with determiners, product and
        heading words around it) before a colon (a comma after 'to …'); a bare 'the/its/their
        <part or kind word>' in the step after it, with plain or -ed/-est modifiers at most,
        stands for that substance (a kind word only when it is 'plant' or 'herb': 'the tree' of a
        fungus recipe is its host). Not when the step names another substance or herb, the part
        has an owner of its own ('the leaves of basil'), or the step takes something out or warns
        ('discard the leaves', 'never use the leaves')."""
        if d.role == "kind" and self._low(d.start) not in ("plant", "plants", "herb", "herbs"):
            return None  # "break the chunks from the tree": a tree in a fungus recipe is its host
        after = self._next(d.end - 1, sentence)
        if after is not None and self._low(after) == "of":
            return None  # "the leaves of basil"
        k = sentence.start
        while k < sentence.end and self._skippable(k):
            k += 1
        starts_with_to = False
        if k < sentence.end and self._low(k) == "how":
            k += 1
        if k < sentence.end and self._low(k) == "to":
            starts_with_to = True
            k += 2  # "to make", "to brew"
        mark = None
        for j in range(k, min(sentence.end, k + 8)):
            if self._text(j) == ":" or (starts_with_to and self._text(j) == ","):
                mark = j
                break
        if mark is None or d.start <= mark:
            return None
        named = [m for m in self.mentions if sentence.start <= m.start < mark]
        if len(named) != 1 or named[0].start < k:
            return None
        for j in range(k, mark):
            if j in self.covering or self._skippable(j):
                continue
            low = self._low(j)
            if not (low in self.determiners or low in self.product_words or low in self.drink_words
                    or low in self.heading_words):
                return None
        if any(m.start > mark for m in self.mentions if m.start < sentence.end) \
                or any(p >= sentence.start and p < sentence.end for p in self.partner_starts):
            return None
        lows = self._lows(mark + 1, sentence.end)
        if any(low in self.step_removals or low in self.warnings for low in lows):
            return None
        for name in self.herb_names:
            n = len(name)
            if any(lows[i:i + n] == name for i in range(len(lows) - n + 1)):
                return None  # "add the mint leaves"
        j = self._prev(d.start, sentence)
        while j is not None and j > mark and self._low(j) not in ("the", "its", "their"):
            low = self._low(j)
            if not self._word(j).is_alpha or not (low in self.step_modifiers or low.endswith(("est", "ed"))):
                return None
            j = self._prev(j, sentence)
        if j is None or j <= mark:
            return None
        return self._owner_of_mention(named[0], "heading")
