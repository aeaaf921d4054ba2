"""Family claims of the identity check: "belongs to the pepper family", "a member of the
Rubiaceae", "kanna is a (small) cactus", "rhodiola is a kind of rose", and the subject of
"X is a kind of / the same as / a true D" links that wrong forms share.

``FamilyClaims`` is a mixin of ``IdentityRules``: it reads the same per-document state
(``doc``, ``covering``, ``ending``, ``rules``) and attachment helpers.
"""
from __future__ import annotations

from spacy.tokens import Span

from .identity_frames import HYPHENS, PLANT_HEADS




class FamilyClaims:
    def _check_family(self, d, sentence: Span):
        rule = self.rules.get("wrong-family")
        if rule is None:
            return
        owner = None
        j = self._prev(d.start, sentence)
        if j is not None:
            link = self._ends_with(j, self.family_links, sentence)
            if link is not None:
                before = self._name_before_aside(self._prev(link, sentence), sentence)
                verb_before = self._prev(before, sentence) if before is not None else None
                verb_before = self._name_before_aside(verb_before, sentence)
                if before is not None and before in self.ending:
                    owner = self._owner_of_mention(self.ending[before], "family")
                elif self._low(link) == "whose" and before is not None and self._text(before) == "," \
                        and verb_before in self.ending:
                    owner = self._owner_of_mention(self.ending[verb_before], "family")  # "kratom, whose family is …"
                elif (verb_before is not None and verb_before in self.ending
                      and (self._word(before).is_alpha or self._low(before) in ("'s", "’s"))
                      and self._low(before) not in self.stops):
                    owner = self._owner_of_mention(self.ending[verb_before], "family")  # "kratom sits in the …"
                elif before is not None and self._text(before) in (",", "—", "–", "--") \
                        and self._named_again(before, sentence, "family") is not None:
                    owner = self._named_again(before, sentence, "family")  # "milk thistle, Silybum marianum, belongs to …"
                elif before is not None and self._text(before) in (",", "—", "–", "--") \
                        and (opening := self._opening_name(verb_before, sentence)) is not None:
                    # the family in apposition to the sentence's opening name: "Kava, from the Rubiaceae
                    # family, …", "Our kava root — in the coffee family — …" (not "Unlike kava, in the …")
                    owner = self._owner_of_mention(opening, "family")
                else:
                    owner = self._walk(link, d.end, sentence, participle=False)
                    if owner is None and before is not None:
                        owner = self._coref_owner(before, sentence)
            elif j not in self.ending and (owner := self._possessive_family_owner(j, sentence)) is not None:
                pass  # "chamomile, a member of kava's coffee family", "kava's coffee-family cousins"
            elif j not in self.ending:
                owner = self._walk(d.start, d.end, sentence, participle=False)
        if owner is None:
            owner = self._source_family_owner(d, sentence)  # "made from the root of a shrub in the coffee family"
        if owner is None and j is not None:
            link = self._ends_with(j, self.family_links, sentence)
            if link is not None:  # "kava is a shrub that belongs to the coffee family"
                owner = self._kind_clause_owner(link, sentence, parts=True)  # "… a root that belongs to …"
        if owner is None:
            owner = self._table_fact_owner(d, sentence, "family")  # "| Kava | Rubiaceae |" under "Family"
        if owner is None:
            return
        for each in self._with_co_subjects(owner, sentence):  # "kratom and kava are in the pepper family"
            substance = self.knowledge.substances.get(each.substance)
            if substance is None:
                continue
            genus = self._wrong_genus(d, substance)  # "Siberian ginseng is a Panax species"
            if substance.in_family(d.value) and genus is None:
                continue
            if self._blocked(rule, d.start, d.end):
                return
            claimed = self.knowledge.families.get(d.value)
            values = {"claimed": self._family_phrase(claimed) if claimed else str(d.value)}
            if genus is not None and substance.in_family(d.value) and substance.latin:
                values = {"claimed": f"the genus {genus}",
                          "family": f"the genus {substance.latin[0].split()[0]}, in {self._facts(substance)['family']}"}
            yield from self._report(rule, each, substance, sentence, d.start, d.end,
                                    fix=self._family_fix(d, substance), **values)

    def _source_family_owner(self, d, sentence: Span):
        """The subject of a source frame whose plant the family at d describes: 'kava comes from a
        shrub in the coffee family', '… from a plant belonging to …', '… from a member of …', '… from
        a pepper-family tree', 'from the root of Piper methysticum, which belongs to …' (a relative
        clause after a name speaks of that name)."""
        after = self._next(d.end - 1, sentence)
        if after is not None and after not in self.covering and self._low(after) in self.SOURCE_HEADS:
            return self._source_frame_owner(after, sentence)
        j = self._prev(d.start, sentence)
        link = self._ends_with(j, self.family_links, sentence) if j is not None else None
        if link is None:
            return None
        owner = self._relative_subject(link, sentence)
        if owner is not None:
            return owner
        return self._source_noun_owner(self._prev(link, sentence), sentence, link)

    def _possessive_family_owner(self, j: int, sentence: Span):
        """'kava's coffee family', 'the kratom tree's pepper family': a family right after a name's
        possessive "'s" is that name's family. Not a contracted copula ("kava's in the …" puts a word between)."""
        if self._low(j) not in ("'s", "’s", "'", "’"):
            return None
        k = self._prev(j, sentence)
        if k is not None and k not in self.ending and self._low(k) in PLANT_HEADS:
            k = self._prev(k, sentence)  # "the kava plant's coffee family"
        if k is None or k not in self.ending:
            return None
        return self._owner_of_mention(self.ending[k], "possessive")

    # words that may stand before a sentence's opening name without making it anything but the subject
    OPENING_DETERMINERS = {"our", "the", "this", "their", "my", "your", "organic", "pure", "premium"}

    # product nouns that may follow the opening name: "Kava root, from the …", "Kratom powder, in the …"
    OPENING_PRODUCT_NOUNS = {"root", "roots", "leaf", "leaves", "powder", "extract", "tea", "drink", "capsules",
                             "tincture", "bark", "seed", "seeds"}

    def _opening_name(self, end: int | None, sentence: Span) -> Span | None:
        """The mention that opens the sentence and ends at `end` (or just before a product noun there)."""
        if end is None:
            return None
        if end not in self.ending and self._low(end) in self.OPENING_PRODUCT_NOUNS:
            end = self._prev(end, sentence)
        if end is None or end not in self.ending:
            return None
        mention = self.ending[end]
        return mention if self._opens_sentence(mention, sentence) else None

    def _opens_sentence(self, mention: Span, sentence: Span) -> bool:
        """The mention opens the sentence, after at most a determiner ('Kava …', 'Our kava root …')."""
        k = self._prev(mention.start, sentence)
        if k is None:
            return True
        return self._low(k) in self.OPENING_DETERMINERS and self._prev(k, sentence) is None

    def _linked_subject(self, d, sentence: Span):
        """The subject of 'X is a kind of D', 'X is the same as D', 'X is a true D', and of a
        sameness link in apposition: 'X, the same spice as (regular) D'."""
        j = self._prev(d.start, sentence)
        start = self._ends_with(j, self.identity_links, sentence) if j is not None else None
        if start is None:  # "kanna is a small cactus", "rhodiola is a kind of wild rose"
            j = self._before_modifiers(d.start, sentence)
            # "the same spice as regular cumin": modifiers after a sameness link's "as" too
            if self._indefinite_link_end(j) or (j is not None and self._low(j) == "as"):
                start = self._ends_with(j, self.identity_links, sentence)
        if start is None:
            return None
        start = self._link_article(start, sentence)  # "is simply a hardy | variety of"
        if self._low(j) == "as":
            mark = self._prev(start, sentence)  # "black seed, the same spice as cumin"
            named = self._prev(mark, sentence) if mark is not None and self._text(mark) in (",", "—", "–", "--") \
                else None
            if named is not None and named in self.ending:
                return self._owner_of_mention(self.ending[named], "apposition")
        copula = self._prev(start, sentence)
        while copula is not None and self._low(copula) in self.link_adverbs:
            copula = self._prev(copula, sentence)  # "is basically the same as"
        if copula is not None and self._text(copula) in (",", "—", "–", "--", "(") \
                and self._low(start) in ("a", "an", "the") and self._next(start, sentence) is not None \
                and any(self._low(k) in self.TYPE_CLASSIFIERS for k in range(start, j + 1)):
            # "rhodiola, a hardy variety of rose,": a classifying appositive of the name before it
            named = self._prev(copula, sentence)
            if named is not None and named in self.ending:
                return self._owner_of_mention(self.ending[named], "apposition")
            return None
        if copula is None or self._low(copula) not in self.copulas:
            return None
        return self._subject(copula, sentence)

    APPOSITION_MARKS = (",", "—", "–", "--", "(")

    def _family_apposition(self, d, after: int | None, sentence: Span):
        """'echinacea, a cactus from the Sonoran desert, …', 'kanna, a small cactus native to …':
        a family's noun with 'a'/'an' (and up to two plain modifiers) in apposition right after a
        name, closed by a postmodifier, 'from', or a comma, dash or parenthesis that no
        coordinator follows ('I bought kava, a cactus, and soil' is a list)."""
        article = self._prev(d.start, sentence)
        if article is not None and self._low(article) not in ("a", "an"):
            article = self._before_modifiers(d.start, sentence)
        if article is None or self._low(article) not in ("a", "an"):
            return None
        mark = self._prev(article, sentence)
        named = self._prev(mark, sentence) if mark is not None and self._text(mark) in self.APPOSITION_MARKS else None
        if named is None or named not in self.ending:
            return None
        if after is None:
            return None  # "… kava, a cactus." ends like a list
        low = self._low(after)
        if low == "from" or low in self.postmodifiers:
            return self._owner_of_mention(self.ending[named], "apposition")
        if self._text(after) in (",", "—", "–", "--", ")"):
            following = self._next(after, sentence)
            if following is not None and self._low(following) not in ("and", "or", "&", "nor"):
                return self._owner_of_mention(self.ending[named], "apposition")
        return None

    def _check_bare_family(self, d, sentence: Span):
        """'kanna is a cactus', 'rhodiola is a kind of rose': a family's common noun as the head,
        or as the modifier of a plant noun ('kratom is a pepper plant')."""
        after = self._next(d.end - 1, sentence)
        head_end = d.end
        classed = False  # "rhodiola, a rose variety from Siberia": a classifier after the family noun
        if after is not None and self._low(after) in PLANT_HEADS:
            head_end = after + 1
            after = self._next(after, sentence)
        elif after is not None and self._low(after) in self.CLASS_HEADS:
            head_end, classed = after + 1, True
            after = self._next(after, sentence)
        owner = self._relation_owner(d, sentence)  # "kava, a cousin of coffee"
        kin = owner is not None
        if owner is None:
            # Only as the head noun: "kanna is a cactus", "… a cactus from the Karoo"; not
            # "kava is the coffee of the Pacific", "kava is a coffee substitute".
            determiner = self._prev(d.start, sentence)
            indefinite = self._indefinite_link_end(determiner) or self._indefinite_link_end(
                self._before_modifiers(d.start, sentence))
            if after is not None and not (self._word(after).is_punct and self._text(after) not in HYPHENS) and not (
                    indefinite and self._low(after) in self.stops and self._low(after) not in ("of", "for")) and not (
                    indefinite and self._low(after) in self.postmodifiers) and not (  # "a cactus native to …"
                    self._low(after) in self.SAMENESS_POSTMODIFIERS and self._after_sameness_link(d.start, sentence)):
                # "blue lotus is the same flower as the sacred lotus of India": a sameness link names the other
                # plant whatever follows it; "kava is the coffee of the Pacific" likens
                return
            owner = self._linked_subject(d, sentence) or self._alias_owner(d.start, sentence)
            if owner is None and not classed:
                owner = self._family_apposition(d, after, sentence)
            if owner is None and classed:
                owner = self._classed_apposition(d.start, sentence)
        substance = self.knowledge.substances.get(owner.substance) if owner else None
        if substance is None or substance.in_family(d.value):
            return
        if kin and substance.family and owner.start is not None and not any(
                self._low(i) in self.KIN_RANK_WORDS for i in range(owner.start, d.start)) \
                and self.family_orders.get(substance.family, substance.family) == self.family_orders.get(d.value) \
                and self._span_text(d.start, d.end).lower() not in {w.lower() for w in substance.wrong_forms}:
            # "black seed is related to the poppy": kin above the family (both Ranunculales), as _report_kinship; not
            # a plant the substance is known to be mistaken for ("kanna is a cousin of the cactus")
            return
        rule = self.rules.get("wrong-family")
        if rule is None or self._blocked(rule, d.start, d.end):
            return
        claimed = self.knowledge.families.get(d.value)
        end = after + 1 if after is not None and self._low(after) in self.relation_nouns else head_end
        yield from self._report(rule, owner, substance, sentence, d.start, end,
                                claimed=self._family_phrase(claimed) if claimed else str(d.value), fix=None)

    # what may follow a family's noun after a sameness link: "… as the sacred lotus of India", "… from Asia"
    SAMENESS_POSTMODIFIERS = {"of", "from", "in", "that", "which", "native", "revered", "worshipped", "grown",
                              "found", "sacred", "seen", "pictured", "depicted", "famous", "known"}

    def _after_sameness_link(self, start: int, sentence: Span) -> bool:
        """Does a sameness link with a noun ('the same flower as the', 'just another name for the') end right before
        `start`, or before plain modifiers there?"""
        for j in (self._prev(start, sentence), self._before_modifiers(start, sentence)):
            link = self._ends_with(j, self.identity_links, sentence) if j is not None else None
            # a noun of what both are ("the same flower as"), or a name ("another name for"): not a bare "the same
            # as the coffee of the Pacific", which likens
            if link is not None and any(self._low(k) in self.sameness_nouns or self._low(k) == "name"
                                        for k in range(link, j + 1)):
                return True
        return False

    def _family_phrase(self, family) -> str:
        common = next((c for c in family.common if c.endswith("family")), None)
        return f"the {common} ({family.latin})" if common else f"the family {family.latin}"
