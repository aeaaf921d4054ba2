"""Native-region claims of the identity check: "Indonesian kava", "kava is native to …",
"it hails from …". A sentence may name several places for one substance; the claim is
wrong only when none of them is in the substance's native range (``rules/botanicals.yaml``).
Trade and cultivation ("imported from", "grown in") are not origin claims.

``RegionClaims`` is a mixin of ``IdentityRules``: it uses the same per-document state
(``doc``, ``covering``, ``ending``, ``region_claims``) and attachment helpers.
"""
from __future__ import annotations

from spacy.tokens import Span

from .identity_frames import HYPHENS, PLANT_HEADS


FRONTED_SUBJECT_GAP = 3  # words between the comma and the subject: "…, our organic kava"


class RegionClaims:
    def _fronted_subject(self, place_end: int, sentence: Span):
        """The substance right after the comma that closes a fronted phrase ("Native to Indonesia, our kava"),
        with only a few plain words (a determiner, an adjective) between; None otherwise."""
        comma = self._next(place_end - 1, sentence)
        if comma is None or self._text(comma) != ",":
            return None
        k = self._next(comma, sentence)
        for _ in range(FRONTED_SUBJECT_GAP + 1):
            if k is None:
                return None
            if k in self.covering and self.covering[k].start == k:
                return self._owner_of_mention(self.covering[k], "origin")
            if not self._word(k).is_alpha:
                return None
            k = self._next(k, sentence)
        return None

    def _collect_region(self, d, sentence: Span) -> None:
        rule = self.rules.get("wrong-region")
        if rule is None:
            return
        owner = None
        cue_start = None
        text = self._span_text(d.start, d.end).lower()
        after = self._next(d.end - 1, sentence)
        if text in self.region_adjectives and after is not None and self._low(after) in self.tradition_nouns:
            return  # "a staple of Chinese medicine": a tradition, not an origin
        if text in self.region_adjectives and self._language_after_from(d, after, sentence):
            return  # "the word kava comes from Greek": a language, not a place
        if text in self.region_adjectives and after is not None and after in self.covering \
                and self.covering[after].start == after:
            owner = self._owner_of_mention(self.covering[after], "compound")
        if owner is None and self._respectively(sentence):
            # "Maca and kava come from Peru and Vanuatu, respectively": each name has its own place, in
            # order, after the first place's cue; when the counts differ ("… the Pacific", no region)
            # nothing is said of any
            regions = self.regions_by_sentence[sentence.start]
            cue_start = next((c for c in (self._origin_cue(r, sentence) for r in regions) if c is not None), None)
            if cue_start is not None:
                subjects = [m for m in self.mentions if sentence.start <= m.start < cue_start]
                places = [r for r in regions if r.start > cue_start]
                if len(subjects) == len(places) >= 2 and d in places:
                    mention = subjects[places.index(d)]
                    self._add_region_claim(rule, d, cue_start, self._owner_of_mention(mention, "origin"), sentence)
                return
        if owner is None:
            cue_start = self._origin_cue(d, sentence)
            if cue_start is None:
                cue_start = self._habitat_cue(d, sentence)  # "chaga grows in the tropics"
                if cue_start is not None:
                    self.habitat_cued.add(d.start)  # the claim is of the climate, not of a native place
            if cue_start is not None:
                listed = self._coordinated_subjects(cue_start, d, sentence)
                if listed:  # "Kratom and kava, both native to …": the claim is said of every name of the list
                    # a product word before the list ("our ginger and turmeric are both from Peru") makes each a product
                    first = self._owner_of_mention(listed[-1], "origin")
                    sourcing = self._sourcing(d, cue_start, first, sentence)
                    for mention in listed:
                        self._add_region_claim(rule, d, cue_start, self._owner_of_mention(mention, "origin"), sentence,
                                               sourcing)
                    return
                before = self._name_before_aside(self._prev(cue_start, sentence), sentence)
                if before is not None and before in self.ending and self._epithet(self.ending[before], cue_start, sentence):
                    return  # "kratom is the kava of Thailand": the place names what kratom is to it, not kava's home
                if before is not None and before in self.ending:
                    owner = self._owner_of_mention(self.ending[before], "origin")
                elif before is not None and (self._low(before) in self.ORGANISM_NOUNS
                                             or self._low(before) in self.part_ids) \
                        and (self._low(cue_start) not in self.SOURCING_WORDS or self._in_wild_land(d, sentence)) \
                        and self._prev(before, sentence) in self.ending:
                    # "kratom trees grow wild in …", "the kava plant originated in …" (not "kratom trees
                    # from …", which may name where a crop was bought)
                    owner = self._owner_of_mention(self.ending[self._prev(before, sentence)], "origin")
                elif before is not None and self._text(before) == "," and self._low(cue_start) not in self.SOURCING_WORDS \
                        and self._named_part_before(before, sentence) is not None:
                    # "maca root, native to the Andes, …", "kratom leaf powder, indigenous to …"
                    owner = self._owner_of_mention(self._named_part_before(before, sentence), "origin")
                elif before is not None and self._low(before) in ("'s", "has", "have", "had") and self._low(cue_start) != "of" \
                        and self._prev(before, sentence) in self.ending:
                    # "kava's native to …", "kratom's from …": the "'s" of a contracted "is" (a
                    # possessive is followed by its noun: "kava's native range")
                    owner = self._owner_of_mention(self.ending[self._prev(before, sentence)], "origin")
                elif before is None and self._low(cue_start) not in ("from", "of", "comes", "come", "came", "coming"):
                    # a fronted origin phrase describes the subject after its comma: "Native to Indonesia, our
                    # kava …", "Grown wild in Fiji, kratom …" (not "From Fiji, our kava …", which may be shipping)
                    owner = self._fronted_subject(d.end, sentence)
                else:
                    owner = self._walk(cue_start, d.end, sentence, participle=True)
                    if owner is None and before is not None:  # "It hails from …"
                        owner = self._coref_owner(before, sentence)
                    if owner is None:  # "Kratom, which grows wild in …", "kava, that comes from …"
                        owner = self._relative_subject(cue_start, sentence)
                    if owner is None and before is not None and self._text(before) == "," \
                            and self._low(cue_start) not in ("from", "of"):
                        owner = self._clause_subject(before, sentence)  # "kratom is a tree, native to …"
                    if owner is None:  # "kratom is harvested from trees native to …"
                        owner = self._source_plant_owner(cue_start, sentence)
                    if owner is None:  # "kava is a shrub that is native to …", "… a tree that comes from …"
                        owner = self._kind_clause_owner(cue_start, sentence)
                    if owner is None and before is not None and self._low(cue_start) == "from" \
                            and self._harvested_wild(cue_start, d, sentence):
                        owner = self._harvested_apposition(before, sentence)
            elif text in self.region_adjectives or (after is not None and after not in self.covering
                                                    and self._low(after) in self.kind_classes) \
                    or self._possessive_plant(d, sentence):
                # Without a cue only an adjective describes origin ("kratom, a Fijian leaf"), or a
                # name before a kind noun ("a South Pacific herb"); a bare place is where
                # something happens ("kava bars are opening across Asia").
                owner = self._walk(d.start, d.end, sentence, participle=False)
            if owner is None and (cue_start is None or self._low(cue_start) == "of"):
                owner = self._source_plant_region(d, after, sentence)  # "made from a Thai shrub"
            if owner is None:
                owner = self._where_it_grows(d, sentence)  # "… in the South Pacific, where it grows wild"
            if owner is None:
                owner = self._fronted_wild(d, sentence)  # "In Africa, kava grows wild …"
            if owner is None and cue_start is not None:
                owner = self._inverted_origin(cue_start, d, sentence)  # "From … Fiji comes our kratom"
            if owner is None:
                owner = self._native_home(d, sentence)  # "… in Thailand, the plant's native home"
            if owner is None:
                owner = self._possessive_home(d, sentence)  # "kava's homeland, Thailand, …"
            if owner is None:
                owner = self._table_fact_owner(d, sentence, "region")  # "| Kava | Thailand |" under "Native range"
        if owner is None:
            return
        self._add_region_claim(rule, d, cue_start, owner, sentence)

    SOURCE_PLACE_PREPS = ("in", "across", "throughout")

    def _source_plant_region(self, d, after: int | None, sentence: Span):
        """'Kratom is made from the leaves of a Polynesian tree', 'kava is brewed from the roots of a
        tropical tree in Southeast Asia': a place before a source frame's plant noun, or after it
        behind 'in', says where the plant, i.e. the frame's subject, is native (a farm or a seller
        between them, 'a tree grown on farms in …', is no plant noun)."""
        if after is not None and after not in self.covering and self._word(after).is_alpha \
                and self._low(after) not in self.SOURCE_HEADS and self._low(after) not in self.stops:
            after = self._next(after, sentence)  # one modifier between: "a Southeast Asian pepper plant"
        if after is not None and after not in self.covering and self._low(after) in self.SOURCE_HEADS:
            return self._source_frame_owner(after, sentence)
        j = self._prev(d.start, sentence)
        if j is not None and self._low(j) == "the":
            j = self._prev(j, sentence)
        if j is None or self._low(j) not in self.SOURCE_PLACE_PREPS:
            return None
        h = self._prev(j, sentence)
        if h is None or h in self.covering or self._low(h) not in self.SOURCE_HEADS:
            return None
        return self._source_frame_owner(h, sentence)

    # Nouns a climate adjective names a habitat with: "tropical climates", "freshwater lakes", "arctic regions"
    HABITAT_NOUNS = frozenset({"climates", "climate", "regions", "region", "zones", "zone", "areas", "forests", "forest",
                               "rainforests", "rainforest", "jungles", "jungle", "woods", "woodlands", "lowlands",
                               "highlands", "swamps", "wilds", "waters", "water", "lakes", "lake", "rivers", "river",
                               "ponds", "pond", "streams", "stream", "habitats", "habitat", "environments",
                               "conditions", "latitudes", "belt", "belts", "islands", "soils", "heat", "sun"})
    HABITAT_PREPS = frozenset({"in", "from", "across", "throughout", "on"})
    HABITAT_ADVERBS = frozenset({"deep", "best", "well", "only", "wild", "also", "even", "too", "abundantly"})
    HABITAT_GAP = 3  # words between the verb and the preposition, or the preposition and the habitat

    def _habitat_cue(self, d, sentence: Span) -> int | None:
        """'grows in the tropics', 'is found mainly in tropical climates', 'thrives in hot, humid jungles',
        'harvested from freshwater lakes': a growing or gathering verb (an adverb at most between), a
        preposition and the habitat (a determiner and plain modifiers between). Only for a climate or
        habitat region, where growing anywhere is growing wild: before a place the verb may mean farming."""
        text = self._span_text(d.start, d.end).lower()
        if not d.value & self.habitat_regions and text not in self.climate_names:
            return None
        after = self._next(d.end - 1, sentence)
        if text in self.region_adjectives and after is not None and (self._word(after).is_alpha
                                                                     or self._text(after) in HYPHENS):
            # an adjective before a noun: "found in tropical climates", not "found in tropical smoothie bowls"
            if self._low(after) not in self.HABITAT_NOUNS:
                return None
        k, steps = self._prev(d.start, sentence), 0
        while k is not None and steps < self.HABITAT_GAP and k not in self.covering \
                and self._low(k) not in self.HABITAT_PREPS \
                and (self._text(k) == "," or (self._word(k).is_alpha and (
                    self._low(k) in self.determiners or self._low(k) not in self.stops))):
            k, steps = self._prev(k, sentence), steps + 1
        if k is None or self._low(k) not in self.HABITAT_PREPS:
            return None
        verb, steps = self._prev(k, sentence), 0
        while verb is not None and steps < 2 and verb not in self.covering and self._word(verb).is_alpha \
                and self._low(verb) not in self.habitat_verbs and (
                    self._low(verb).endswith("ly") or self._low(verb) in self.HABITAT_ADVERBS):
            verb, steps = self._prev(verb, sentence), steps + 1  # "found mainly in", "grows naturally in"
        if verb is None or self._low(verb) not in self.habitat_verbs:
            return None
        return verb

    def _respectively(self, sentence: Span) -> bool:
        said = self.respectively.get(sentence.start)
        if said is None:
            said = self.respectively[sentence.start] = any(
                self._low(i) == "respectively" for i in range(sentence.start, sentence.end))
        return said

    def _add_region_claim(self, rule, d, cue_start: int | None, owner, sentence: Span,
                          sourcing: bool | None = None) -> None:
        if cue_start is not None and owner.start is not None and self._farmed_naturally(cue_start, d, owner, sentence):
            return
        if self._blocked(rule, d.start, d.end):
            return
        key = (owner.substance, sentence.start)
        entry = self.region_claims.setdefault(key, [owner, sentence, []])
        if sourcing is None:
            sourcing = self._sourcing(d, cue_start, owner, sentence)
        entry[2].append((d, cue_start, sourcing))

    def _possessive_home(self, d, sentence: Span):
        """'Kava's homeland, Thailand, …', 'the kratom tree's native range is the South Pacific':
        a substance's native-home noun (``botanical-native-homes``) after its possessive "'s",
        then the place, set off by a comma or after a copula (and 'the'). The place must close its
        phrase when set off by commas ('kava's homeland, Vanuatu, …'), so a list or clause after the
        comma ('kava's homeland, where Fiji and Tonga …') says nothing of it."""
        k = self._prev(d.start, sentence)
        if k is not None and self._low(k) == "the":
            k = self._prev(k, sentence)
        if k is None:
            return None
        link = self._low(k)
        if link not in (",", "is", "was", ":", "—", "–"):
            return None
        if link in (",", "—", "–"):
            after = self._next(d.end - 1, sentence)
            if after is not None and self._low(after) in self.LANDSCAPE_WORDS:  # "the South Pacific islands"
                after = self._next(after, sentence)
            if after is not None and self._text(after) not in (",", ".", ";", ")", "!", "—", "–"):
                return None
        home_last = self._prev(k, sentence)
        if home_last is None:
            return None
        home = self._ends_with(home_last, self.native_homes_end, sentence)
        if home is None:
            return None
        mark = self._prev(home, sentence)
        if mark is None or self._low(mark) not in self.POSSESSIVE_MARKS | {"whose"}:
            return None
        before = self._prev(mark, sentence)
        if self._low(mark) == "whose":  # "kava, whose native home is Thailand, …"
            if link not in ("is", "was") or before is None or self._text(before) != ",":
                return None
            before = self._prev(before, sentence)
        if before is not None and before not in self.ending and self._low(before) in PLANT_HEADS:
            before = self._prev(before, sentence)  # "the kava plant's native region"
        if before is None or before not in self.ending:
            return None
        owner = self._owner_of_mention(self.ending[before], "origin")
        return type(owner)(owner.substance, None, "origin") if owner else None

    # Modifiers of "<place>'s <modifier> <plant or part>" that make the plant the place's own:
    # "the South Pacific's favorite tea leaf", "Siberia's hardiest root", "the Andes' own herb".
    # Others speak of a market or a debate ("America's most controversial leaf") and are left out.
    HOME_MODIFIERS = {"favorite", "favourite", "beloved", "own", "native", "ancient", "traditional", "sacred",
                      "famous", "famed", "prized", "treasured", "legendary", "indigenous", "golden", "hardiest",
                      "hardy", "humble", "miracle", "signature", "iconic", "national", "magic", "magical", "mystical",
                      "precious", "revered", "cherished", "storied", "original", "oldest", "finest", "best-loved",
                      "best-known", "best", "loved", "known", "most", "wild", "secret", "tea", "medicinal", "healing"}
    POSSESSIVE_MARKS = {"'s", "'", "’s", "’"}

    def _possessive_plant(self, d, sentence: Span) -> bool:
        """'the South Pacific's favorite tea leaf', 'Siberia's hardiest root', 'Indonesia's
        traditional root': a place's own plant or plant part, a native claim. The head is a plant
        word or a part word that closes its phrase ('Fiji's favorite root drink' and 'America's
        favorite spice' name a product people like there, not where the plant grows)."""
        k = d.end  # the raw next token: a bare "'" ("the Andes' own root") counts as a quote elsewhere
        if k >= sentence.end or self._low(k) not in self.POSSESSIVE_MARKS:
            return False
        head, words = self._next(k, sentence), 0
        while head is not None and words < 3:
            low = self._low(head)
            if low in self.part_ids or self.kind_classes.get(low) == "plant":
                break
            if self._text(head) in HYPHENS:
                head = self._next(head, sentence)
                continue
            if low not in self.HOME_MODIFIERS:
                return False
            head, words = self._next(head, sentence), words + 1
        if head is None or not (self._low(head) in self.part_ids or self.kind_classes.get(self._low(head)) == "plant"):
            return False
        after = self._next(head, sentence)
        return after is None or (self._word(after).is_punct and self._text(after) not in HYPHENS) \
            or self._low(after) in self.stops or self._low(after) in self.copulas

    SOURCING_CUES = {("from",), ("comes", "from"), ("come", "from"), ("came", "from")}
    SOURCING_WORDS = {"from", "of", "comes", "come", "came", "coming"}
    GROWING_NOUNS = {"tree", "trees", "plant", "plants", "shrub", "shrubs", "bush", "bushes", "vine", "vines"}
    # the organism after its name, whatever its kind: "chaga mushrooms grow in …", "sea moss seaweed is found in …"
    ORGANISM_NOUNS = GROWING_NOUNS | {"mushroom", "mushrooms", "fungus", "fungi", "conk", "conks", "seaweed",
                                      "seaweeds", "alga", "algae"}

    def _sourcing(self, d, cue_start: int | None, owner, sentence: Span) -> bool:
        """'Jamaican ginger', 'organic ginger from Peru', 'our moringa comes from Ghana': where a
        product was grown, not a native claim. A place adjective before the name, a bare 'from'
        right after it, or '(comes) from' said of a product ('our', 'organic', 'ginger powder');
        never when the name is called wild ('wild turmeric from Peru')."""
        if owner.start is None or owner.start not in self.covering:
            return False
        mention = self.covering[owner.start]
        before = self._prev(mention.start, sentence)
        modifiers, steps = set(), 0
        while before is not None and steps < 4 and before not in self.covering \
                and (self._word(before).is_alpha or self._text(before) in HYPHENS) \
                and self._low(before) not in self.stops and self._low(before) not in self.copulas:
            modifiers.add(self._low(before))  # "our organic", "fresh Hawaiian", "wild"
            before, steps = self._prev(before, sentence), steps + 1
        if modifiers & {"wild", "wildcrafted", "wild-harvested", "native"}:
            return False
        if cue_start is None:
            return owner.frame == "compound" and d.end <= mention.start  # "Jamaican ginger"
        cue = self._lows(cue_start, d.start)
        while cue and cue[-1] in self.determiners:
            cue = cue[:-1]  # "from the Philippines"
        if cue not in self.SOURCING_CUES:
            return False
        after = self._next(mention.end - 1, sentence)
        while after is not None and (self._low(after) in self.part_ids or self._low(after) in self.product_words):
            after = self._next(after, sentence)  # "ginger root powder from …"
        if after == cue_start and cue == ("from",):
            return True  # "ginger from Peru", "turmeric root from Hawaii"
        named_product = self._next(mention.end - 1, sentence) != after
        return bool(modifiers & self.sourcing_modifiers) or named_product

    LIST_QUANTIFIERS = ("both", "all", "each")
    LIST_JOINERS = ("and", "&", ",")

    def _coordinated_subjects(self, cue_start: int, d, sentence: Span) -> list[Span]:
        """The names of a list an origin cue is said of, when there are two or more: "Kratom and kava, both
        native to …", "kava, kratom and maca, all from …", "kava and kratom are (both) native to …", "Both kava
        and kratom come from …". A single name, or a list not joined to the cue by a copula, a comma and
        "both"/"all", or "both", is left to the other frames ("we sell kava and kratom native to …"), and so are
        places shared out among the names ("kava and kratom are native to Fiji and Thailand (respectively)")."""
        if any(self._low(k) == "respectively" for k in range(sentence.start, sentence.end)):
            return []
        after = self._next(d.end - 1, sentence)
        if after is not None and self._low(after) in ("and", "or", "&", "/"):
            return []
        before = self._prev(d.start, sentence)
        while before is not None and self._low(before) in self.determiners:
            before = self._prev(before, sentence)
        if before is not None and self._low(before) in ("and", "or", "&", "/"):
            return []
        k = self._prev(cue_start, sentence)
        k, count = self._listed_head(k, cue_start, sentence)
        quantified = k is not None and self._low(k) in self.LIST_QUANTIFIERS
        if quantified or count:
            k = self._prev(k, sentence)
            quantified = True
        linked = k is not None and self._low(k) in ("are", "were")
        if linked:
            k = self._prev(k, sentence)
        elif quantified and k is not None and self._text(k) == ",":
            k = self._prev(k, sentence)
        elif not quantified:
            return []
        listed: list[Span] = []
        while k is not None and k in self.ending:
            mention = self.ending[k]
            listed.append(mention)
            j = self._prev(mention.start, sentence)
            if j is None or self._low(j) not in self.LIST_JOINERS:
                break
            if self._low(j) in ("and", "&"):
                comma = self._prev(j, sentence)
                if comma is not None and self._text(comma) == ",":
                    j = comma  # the serial comma: "kava, kratom, and maca"
            k = self._prev(j, sentence)
        if len({m.label_ for m in listed}) < 2 or (count and count != len(listed)):
            return []
        return listed

    LISTED_HEAD_MODIFIERS = 2

    def _listed_head(self, k: int | None, cue_start: int, sentence: Span) -> tuple[int | None, int]:
        """'kava and kratom are both roots from …', 'kava and kratom, two leaves from …': a plural kind or part
        word (after up to two plain modifiers) between a list's quantifier, count or copula and the origin cue
        names what each item is. The token before that noun phrase (the quantifier, the count or the copula)
        and the count it gives (0 for none) are returned; else `k` unchanged and 0."""
        if k is None or k in self.covering or self._low(cue_start) not in ("from", "native", "indigenous", "endemic"):
            return k, 0
        low = self._low(k)
        if not ((low in self.kind_classes or low in self.part_ids) and low.endswith("s")):
            return k, 0
        j, modifiers = self._prev(k, sentence), 0
        while j is not None and modifiers < self.LISTED_HEAD_MODIFIERS and j not in self.covering \
                and self._word(j).is_alpha and self._low(j) not in self.stops and self._low(j) not in self.copulas \
                and self._low(j) not in self.COUNTS and self._low(j) not in self.LIST_QUANTIFIERS \
                and self._low(j) not in self.determiners:
            j, modifiers = self._prev(j, sentence), modifiers + 1
        if j is None:
            return k, 0
        if self._low(j) in self.COUNTS and self._low(j) not in self.LIST_QUANTIFIERS:
            return j, self.COUNTS[self._low(j)]
        if self._low(j) in self.LIST_QUANTIFIERS or self._low(j) in ("are", "were"):
            return j, 0
        return k, 0

    def _clause_subject(self, comma: int, sentence: Span):
        """'Kratom is a tropical tree, a relative of coffee, native to …': a trailing origin
        phrase describes the sentence's subject when it is the only substance named before it."""
        before = [m for m in self.mentions if sentence.start <= m.start and m.end <= comma]
        if not before or len({m.label_ for m in before}) > 1:
            return None
        first = before[0]
        k = self._prev(first.start, sentence)
        if k is not None and self._low(k) not in self.determiners:
            return None  # the name is not the subject: "we sell kratom, native to …"
        after = self._next(first.end - 1, sentence)
        if after is None or (self._low(after) not in self.copulas and self._text(after) != ","):
            return None
        return self._owner_of_mention(first, "origin")

    WHERE_PLACE_WORDS = 2  # "the South Pacific islands where …", "Thailand's rainforests, where …"

    def _where_it_grows(self, d, sentence: Span):
        """'used in the South Pacific, where it grows wild', 'from the South Pacific islands where
        kratom grows wild': a place said to be the wild range. A place noun or two may follow the
        name before 'where'; 'is native there' counts like 'grows wild'."""
        where, steps = self._next(d.end - 1, sentence), 0
        while where is not None and steps < self.WHERE_PLACE_WORDS and where not in self.covering and (
                self._low(where) in ("'s", "'") or (self._word(where).is_alpha and self._low(where) not in self.stops)):
            steps += self._low(where) not in ("'s", "'")
            where = self._next(where, sentence)
        if where is not None and self._text(where) == ",":
            where = self._next(where, sentence)
        if where is None or self._low(where) != "where":
            return None
        subject = self._next(where, sentence)
        if subject is None:
            return None
        verb = self.covering[subject].end if subject in self.covering else subject + 1
        verb = self._next(verb - 1, sentence)
        if verb is not None and subject in self.covering and self._low(verb) in self.GROWING_NOUNS:
            verb = self._next(verb, sentence)  # "where kratom trees grow wild"
        rest = [self._low(k) for k in range(verb, min(sentence.end, verb + 2))] if verb is not None else []
        grows = rest[:1] in (["grows"], ["grow"], ["grew"]) and rest[1:2] in (
            ["wild"], ["natively"], ["naturally"], ["native"])
        native = rest[:1] in (["is"], ["are"], ["was"]) and rest[1:2] in (["native"], ["indigenous"], ["endemic"])
        if not rest or not (grows or native or rest[0] in ("originated", "originates", "evolved")):
            return None
        if subject in self.covering:
            return self._owner_of_mention(self.covering[subject], "origin")
        if self._low(subject) not in ("it", "they"):
            return None
        owner = self._coref_owner(subject, sentence)
        return type(owner)(owner.substance, None, "origin") if owner else None

    MAX_INVERTED_GAP = 3  # words between the place and the verb: "From Fiji's green highlands comes …"

    def _inverted_origin(self, cue_start: int, d, sentence: Span):
        """'From the highlands of Fiji comes our kratom': an origin phrase that opens the sentence,
        then an origin verb and the substance as its subject (after a determiner and modifiers)."""
        if self._low(cue_start) != "from":
            return None
        k = self._prev(cue_start, sentence)
        while k is not None and not self._word(k).is_alpha:
            k = self._prev(k, sentence)  # quotes, bullets, emoji before the opening "From"
        if k is not None:
            return None
        verb, steps = self._next(d.end - 1, sentence), 0
        while verb is not None and steps < self.MAX_INVERTED_GAP and verb not in self.covering \
                and self._low(verb) not in self.inverted_origin_verbs and (
                    self._word(verb).is_alpha or self._low(verb) in ("'s", "'") or self._text(verb) in HYPHENS):
            verb, steps = self._next(verb, sentence), steps + 1
        if verb is None or self._low(verb) not in self.inverted_origin_verbs:
            return None
        j = self._next(verb, sentence)
        if j is not None and self._low(j) in self.determiners and j not in self.covering:
            j = self._next(j, sentence)  # "our", "the"
        steps = 0
        while j is not None and steps < 2 and j not in self.covering and self._word(j).is_alpha \
                and self._low(j) not in self.stops and self._low(j) not in self.determiners:
            j, steps = self._next(j, sentence), steps + 1  # "our finest organic kratom"
        if j is None or j not in self.covering or self.covering[j].start != j:
            return None
        return self._owner_of_mention(self.covering[j], "origin")

    def _native_home(self, d, sentence: Span):
        """'harvested in northern Thailand, the plant's native home', '… in Fiji, its homeland',
        '… in Fiji, the birthplace of kava': an appositive that calls the place the substance's
        native home, whatever verb placed it there (so 'grown in' becomes a native claim)."""
        k = self._next(d.end - 1, sentence)
        if k is None or self._text(k) not in (",", "—", "–", "("):
            return None
        k = self._next(k, sentence)
        owner = None
        if k is not None and self._low(k) in ("its", "their"):
            owner, k = self._coref_owner(k, sentence), self._next(k, sentence)
        else:
            if k is not None and self._low(k) == "the":
                k = self._next(k, sentence)
            # "the plant's", "kava's": a coreference phrase or a name, then "'s"
            n, steps = k, 0
            while n is not None and steps < 3 and self._low(n) not in ("'s", "'"):
                n, steps = self._next(n, sentence), steps + 1
            if n is not None and self._low(n) in ("'s", "'"):
                before = self._prev(n, sentence)
                if before in self.ending and self.ending[before].start == k:
                    owner = self._owner_of_mention(self.ending[before], "origin")
                elif before is not None and self._ends_with(before, self.coreference, sentence) is not None:
                    owner = self._coref_owner(before, sentence)
                if owner is not None:
                    k = self._next(n, sentence)
        home_end = self._phrase_at(k, self.native_homes, sentence) if k is not None else None
        if home_end is None:
            return None
        if owner is None:  # "the birthplace of kava"
            of = self._next(home_end - 1, sentence)
            j = self._next(of, sentence) if of is not None and self._low(of) == "of" else None
            if j is not None and self._low(j) in self.determiners:
                j = self._next(j, sentence)
            if j is None or j not in self.covering or self.covering[j].start != j:
                return None
            owner = self._owner_of_mention(self.covering[j], "origin")
        return type(owner)(owner.substance, None, "origin") if owner else None

    def _farmed_naturally(self, cue_start: int, d, owner, sentence: Span) -> bool:
        """'Our turmeric grows naturally in Hawaii': 'naturally' after one's own or an organic
        crop means farmed without chemicals, not a wild range ('wild kava grows naturally …' is)."""
        if not any(self._low(k) == "naturally" for k in range(cue_start, d.start)):
            return False
        k, steps = self._prev(owner.start, sentence), 0
        while k is not None and steps < 3:
            if self._low(k) in ("our", "my", "your", "their", "organic", "organically", "farmed", "cultivated"):
                return True
            k, steps = self._prev(k, sentence), steps + 1
        return False

    def _fronted_wild(self, d, sentence: Span):
        """'In Africa, kava grows wild along the roadsides' / 'Across Asia, wild kava grows
        naturally': a fronted place that opens the sentence, then a substance said to grow wild
        (or be native) there."""
        p = self._prev(d.start, sentence)
        if p is not None and self._low(p) == "the":
            p = self._prev(p, sentence)
        if p is None or self._low(p) not in ("in", "across", "throughout") \
                or self._prev(p, sentence) is not None:
            return None
        comma = self._next(d.end - 1, sentence)
        if comma is None or self._text(comma) != ",":
            return None
        j = self._next(comma, sentence)
        if j is not None and self._low(j) in self.determiners:
            j = self._next(j, sentence)
        if j is not None and self._low(j) == "wild" and j not in self.covering:
            j = self._next(j, sentence)
        if j is None or j not in self.covering or self.covering[j].start != j:
            return None
        mention = self.covering[j]
        verb = self._next(mention.end - 1, sentence)
        rest = self._next(verb, sentence) if verb is not None else None
        if verb is None or rest is None:
            return None
        v, r = self._low(verb), self._low(rest)
        if (v in ("grows", "grow") and r in ("wild", "naturally", "natively")) \
                or (v in ("is", "are") and r in ("native", "indigenous", "endemic")):
            return self._owner_of_mention(mention, "origin")
        return None

    # A kind of land before a preposition keeps the place the origin: "from islands in the South Pacific",
    # "from the rainforests across Southeast Asia" ("from a supplier in Thailand" is sourcing)
    LANDSCAPE_WORDS = frozenset({"islands", "island", "forests", "forest", "rainforests", "rainforest", "jungles", "jungle",
                                 "highlands", "lowlands", "mountains", "hills", "valleys", "swamps", "coasts", "regions",
                                 "parts", "areas", "countries", "nations", "tropics", "wilds", "soils", "archipelagos"})

    # Wild land: a crop "grown in the forests of Fiji" grows wild there (not "in the hills of", which farms).
    WILD_LANDSCAPES = frozenset({"forests", "forest", "rainforests", "rainforest", "jungles", "jungle", "wilds",
                                 "swamps", "woods", "woodlands"})
    GROW_VERBS = frozenset({"grows", "grow", "grown", "growing", "grew", "found", "thrives", "thrive", "thriving",
                            "flourishes", "flourish", "flourishing"})
    WILD_IN = frozenset({"in", "across", "throughout"})

    def _in_wild_land(self, d, sentence: Span) -> bool:
        """'… from the rainforests of Brazil': the place is named as the wild land something grows in."""
        k = self._prev(d.start, sentence)
        k = self._prev(k, sentence) if k is not None and self._low(k) == "of" else None
        return k is not None and self._low(k) in self.WILD_LANDSCAPES

    def _named_part_before(self, comma: int, sentence: Span):
        """The mention before '<part or plant word> (<product word>) ,': 'maca root,', 'kratom leaf powder,'."""
        k, words = self._prev(comma, sentence), 0
        while k is not None and words < 2 and k not in self.ending and (
                self._low(k) in self.part_ids or self._low(k) in self.GROWING_NOUNS
                or (words == 0 and self._low(k) in self.product_forms)):
            k, words = self._prev(k, sentence), words + 1
        return self.ending[k] if words and k is not None and k in self.ending else None

    def _wild_habitat_cue(self, d, sentence: Span) -> int | None:
        """'grown in the forests of Fiji', 'grows in the dense jungles of Borneo': the verb that
        opens a growing phrase whose land is wild, an origin cue like 'grows wild in'."""
        k = self._prev(d.start, sentence)
        if k is not None and self._low(k) in self.determiners:
            k = self._prev(k, sentence)
        if k is not None and self._low(k) in self.WILD_IN:
            return self._host_tree_cue(k, sentence)
        k = self._prev(d.start, sentence)
        if k is None or self._low(k) != "of":
            return None
        k = self._prev(k, sentence)
        if k is None or self._low(k) not in self.WILD_LANDSCAPES:
            return None
        k = self._prev(k, sentence)
        if k is not None and self._low(k) not in self.WILD_IN and self._low(k) not in self.determiners \
                and self._word(k).is_alpha and self._low(k) not in self.stops:
            k = self._prev(k, sentence)  # one modifier: "the dense forests of"
        if k is not None and self._low(k) in self.determiners:
            k = self._prev(k, sentence)
        if k is None or self._low(k) not in self.WILD_IN:
            return None
        verb = self._prev(k, sentence)
        return verb if verb is not None and self._low(verb) in self.GROW_VERBS else None

    # Living hosts a wild fungus grows on: "chaga grows on birch trees in …". Logs and stumps are
    # left out: mushrooms are farmed on them ("our shiitake grows on oak logs in Oregon").
    HOST_TREES = frozenset({"tree", "trees", "trunks", "trunk"})

    def _host_tree_cue(self, wild_in: int, sentence: Span) -> int | None:
        """'chaga grows on oak trees in the Amazon': a growth verb, 'on', a living tree (one or two
        modifiers before it) and 'in': where the organism grows on its host is where it grows wild."""
        k = self._prev(wild_in, sentence)
        if k is None or self._low(k) not in self.HOST_TREES:
            return None
        steps = 0
        k = self._prev(k, sentence)
        while k is not None and steps < 2 and self._low(k) != "on" and self._word(k).is_alpha \
                and k not in self.covering and (self._low(k) in self.determiners or self._low(k) not in self.stops):
            k, steps = self._prev(k, sentence), steps + 1
        if k is None or self._low(k) != "on":
            return None
        verb = self._prev(k, sentence)
        return verb if verb is not None and self._low(verb) in self.GROW_VERBS else None

    def _language_after_from(self, d, after: int | None, sentence: Span) -> bool:
        """Is a region adjective with no noun after it the object of "from" (the language a word comes
        from: "the name comes from Tongan")? A place after "from" is a noun ("from Tonga"), and an
        adjective before a noun still names one ("from Tongan farms")."""
        before = self._prev(d.start, sentence)
        if before is None or self._low(before) != "from":
            return False
        return after is None or (self._word(after).is_punct and self._text(after) not in HYPHENS) \
            or self._low(after) in ("and", "or", "but", "which", "where", "meaning")

    def _epithet(self, mention, cue_start: int, sentence: Span) -> bool:
        """Is "the <mention> of" a title another substance (or another species of the mention's entry)
        is given: after that substance and a copula or comma ("kratom is the kava of Thailand",
        "ashwagandha, the ginseng of India, …")?"""
        if self._low(cue_start) != "of":
            return False
        the = self._prev(mention.start, sentence)
        link = self._prev(the, sentence) if the is not None and self._low(the) == "the" else None
        if link is None or not (self._low(link) in self.copulas or self._text(link) == ","):
            return False
        subject_end = self._prev(link, sentence)
        if subject_end is None or subject_end not in self.ending:
            return False
        subject = self.ending[subject_end]  # "Korean ginseng is the American ginseng of Asia": another species
        return subject.label != mention.label or self._species_differ(subject, mention)

    def _origin_cue(self, d, sentence: Span) -> int | None:
        """Start of an origin cue ('from', 'native to', 'grows wild in') a few words before d.
        A weak 'of' ('the drink of Fiji') counts only when no stronger cue precedes it."""
        wild = self._wild_habitat_cue(d, sentence)
        if wild is not None:
            return wild
        found: list[int] = []
        crossed = False  # a preposition between cue and place: "comes from a supplier in Thailand"
        i, steps = d.start - 1, 0
        while i >= sentence.start and steps < 6:
            word = self._word(i)
            if word.skippable:
                i -= 1
                continue
            start = self._ends_with(i, self.origin_cues, sentence)
            if start is not None:
                if word.low == "from" and (crossed or (start == i and self._trade_or_source(i, sentence)
                                                       and not self._harvested_wild(i, d, sentence))):
                    return None
                found.append(start)
                if word.low != "of":
                    return start
            if i in self.covering or (word.is_punct and word.text not in HYPHENS):
                break
            if start is None and word.low in self.stops and word.low not in ("of", "and", "or", "&") \
                    and not (i > sentence.start and self._low(i - 1) in self.LANDSCAPE_WORDS):
                crossed = True
            i, steps = i - 1, steps + 1
        return found[0] if found else None

    SOURCE_PLANT_GAP = 8  # words between "from" and the plant noun: "from the dried roots of a tall Thai shrub"

    def _source_plant_owner(self, cue_start: int, sentence: Span):
        """'Kratom is harvested from trees native to …', 'kava is made from the roots of a shrub that
        grows wild in …': the plant a source frame names (a bare plant noun, or the plant whose part is
        named) is the frame's subject itself, so where that plant is native is where the subject is.
        Not when the source is a named substance or some other thing ('bowls carved from trees …':
        the frame's subject must be a substance), nor when the frame's verb has another source."""
        return self._source_noun_owner(self._prev(cue_start, sentence), sentence)

    # Head nouns of a source frame's plant ("a tropical evergreen, a member of …"); a family word's
    # kin noun may head it too ("from a relative of coffee", "from a member of the coffee family").
    SOURCE_HEADS = GROWING_NOUNS | {"herb", "herbs", "evergreen", "evergreens"}
    SOURCE_KIN_HEADS = {"member", "members", "relative", "relatives", "cousin", "cousins"}
    SOURCE_RELATIVE_VERBS = {"is", "are", "was", "were"}

    def _source_noun_owner(self, h: int | None, sentence: Span, link: int | None = None):
        """The subject of a source frame whose plant noun ends at token h and is described right
        after it: 'made from the roots of a shrub [in the coffee family]', '… of a shrub (that is)
        [native to …]', '… of a tropical evergreen, [a member of …]', or before it ('from a
        [pepper-family] tree': h is the noun after the description). A description that is itself
        the source's head ('from [a member of the coffee family]') starts at `link`, right after
        'from' (or a part's 'of'). Where that plant belongs, or is native, is where the subject does."""
        if h is not None and link is not None and self._low(link) in ("a", "an", "member", "members", "relative",
                                                                      "relatives", "cousin", "cousins") \
                and (self._low(h) == "from" or (self._low(h) == "of" and self._prev(h, sentence) is not None
                                               and self._low(self._prev(h, sentence)) in self.part_ids)):
            return self._source_frame_owner(link, sentence)
        if h is not None and self._low(h) in self.SOURCE_RELATIVE_VERBS:
            h = self._prev(h, sentence)  # "a tree that is native to …", "a shrub which is part of …"
            if h is None or self._low(h) not in ("that", "which"):
                return None
        if h is not None and self._low(h) in ("that", "which"):
            h = self._prev(h, sentence)
            if h is not None and self._text(h) == ",":
                h = self._prev(h, sentence)
        elif h is not None and self._text(h) == "," and link is not None and self._low(link) in ("a", "an"):
            h = self._prev(h, sentence)  # "from a tropical evergreen, a member of the pepper family"
        if h is None or h in self.covering or self._low(h) not in self.SOURCE_HEADS:
            return None
        return self._source_frame_owner(h, sentence)

    def _source_frame_owner(self, h: int, sentence: Span):
        """The subject of the source frame whose 'from' opens the plant phrase ending at h (see
        _source_noun_owner), or None."""
        k, steps = self._prev(h, sentence), 0
        while k is not None and steps < self.SOURCE_PLANT_GAP and self._low(k) != "from":
            word = self._word(k)
            low = word.low
            if word.text in HYPHENS and steps:
                k = self._prev(k, sentence)  # "from a pepper-family tree": one word with its hyphen
                continue
            if k in self.covering or not word.is_alpha or low in self.kind_classes \
                    or (low in self.stops and low not in ("a", "an", "the", "of")):
                return None
            if low == "of":  # "the roots of a shrub": only a part word may own the plant
                part = self._prev(k, sentence)
                if part is None or self._low(part) not in self.part_ids or part in self.covering:
                    return None
            k, steps = self._prev(k, sentence), steps + 1
        if k is None or self._low(k) != "from":
            return None
        verb, back = self._prev(k, sentence), 0
        while verb is not None and back < 2 and self._low(verb) not in self.source_verbs \
                and self._word(verb).is_alpha and verb not in self.covering:
            verb, back = self._prev(verb, sentence), back + 1  # "made traditionally from"
        if verb is None or self._low(verb) not in self.source_verbs or self._source_prep(verb) != k:
            return None
        _, source, _, _ = self._source_window(k, sentence)
        if source is not None:
            return None
        owner = self._source_subject(verb, sentence)
        if owner is not None and owner.start is not None and owner.start < verb:
            # the subject is the substance or its product ("kratom leaves are …", "kava powder is …"),
            # not a thing named after it ("kava cups are carved from trees …"); an article opens a part
            # word's kind clause ("kava is a root that comes from …", see _kind_clause_owner)
            for j in range(self.covering[owner.start].end, verb):
                low = self._low(j)
                if not (self._word(j).skippable or low in self.part_ids or low in self.product_forms
                        or low in self.SOURCE_SUBJECT_LINKS or low in (",", "which", "that", "a", "an")):
                    return None
        return owner

    SOURCE_SUBJECT_LINKS = {"is", "are", "was", "were", "be", "been", "being", "'s", "’s", "usually", "typically",
                            "traditionally", "often", "mostly", "mainly", "also", "still", "actually", "originally",
                            "generally", "always", "all", "itself", "themselves"}

    def _harvested_wild(self, from_at: int, d, sentence: Span) -> bool:
        """'harvested from the rainforests of Brazil', 'gathered from the forests of Siberia': a harvest
        verb right before 'from' and a wild land before the place name where it grows wild there
        (not trade: 'imported from the forests of …' is still shipping, nor 'harvested from farms in …')."""
        verb = self._prev(from_at, sentence)
        return verb is not None and self._low(verb) in self.HARVEST_VERBS and self._in_wild_land(d, sentence)

    def _harvested_apposition(self, verb: int, sentence: Span):
        """'Kava, harvested from the forests of Thailand, …', 'kava root, gathered from the jungles
        of …': a wild-harvest participle set off by a comma after a name (or a name and its part) is
        said of that name."""
        comma = self._prev(verb, sentence)
        if comma is None or self._text(comma) != ",":
            return None
        before = self._prev(comma, sentence)
        if before is not None and before in self.ending:
            return self._owner_of_mention(self.ending[before], "origin")
        named = self._named_part_before(comma, sentence)
        return self._owner_of_mention(named, "origin") if named is not None else None

    HARVEST_VERBS = frozenset({"harvested", "gathered", "collected", "picked", "foraged", "wildcrafted",
                               "wild-harvested", "wild-crafted", "wildharvested"})

    def _trade_or_source(self, from_at: int, sentence: Span) -> bool:
        """'imported from', 'we ship our kava from', 'harvested from': trade or sourcing, not origin."""
        k, steps = self._prev(from_at, sentence), 0
        while k is not None and steps < 4:
            low = self._low(k)
            if low in self.commerce or (low in self.source_verbs and low not in ("comes", "come", "came")):
                return True
            if self._word(k).is_punct:
                return False
            k, steps = self._prev(k, sentence), steps + 1
        return False

    def _flush_regions(self):
        rule = self.rules.get("wrong-region")
        claims, self.region_claims = self.region_claims, {}
        for (substance_id, _), (owner, sentence, items) in claims.items():
            substance = self.knowledge.substances.get(substance_id)
            if substance is None or not substance.native:
                continue
            species = self._species_at(substance, owner.start)  # "American ginseng, native to Korea"
            native = set(species.native if species is not None else substance.native)
            habitats = self.habitat_regions - self.excluded_habitats.get(substance_id, set())
            farmed = self.farmed_in.get(substance_id, set())
            # Climates and habitats ("tropical", "grows in the Amazon rainforest") are judged among themselves:
            # a climate that fits does not make a wrong native place right ("a tropical tree, native to …").
            climate = [item for item in items if item[0].start in self.habitat_cued
                       or item[0].value <= self.habitat_regions]
            places = [item for item in items if not any(item is other for other in climate)]
            # A weak "of" ("a staple of Chinese medicine", "the drink of Fiji") decides only when no
            # stronger cue ("comes from", "native to") speaks for the same substance in the sentence.
            strong = [item for item in places if item[1] is None or self._low(item[1]) != "of"]
            if strong and len(strong) < len(places):
                places = strong
            places_ok = any(d.value & native or (sourcing and d.value & farmed) for d, _, sourcing in places)
            climate_ok = any(d.value & (habitats | native) for d, _, _ in climate)
            wrong = (places if not places_ok else []) + (climate if not climate_ok else [])
            if not wrong:
                continue
            d, cue_start, _ = wrong[0]
            start = cue_start if cue_start is not None and owner.start is None else d.start
            end = d.end
            if owner.start is not None and owner.start >= d.end:  # "Indonesian kava"
                end = self.covering[owner.start].end
            facts = self._species_facts(substance, species) if species is not None else {}
            yield from self._report(rule, owner, substance, sentence, start, end,
                                    **{**facts, "claimed": self._region_name(d)}, fix=None)
        self.habitat_cued = set()

    def _region_name(self, d) -> str:
        text = self._span_text(d.start, d.end)
        if text.lower() in self.region_adjectives or text.lower() in self.plant_modifier_regions:
            region = self.knowledge.regions[sorted(d.value)[0]]
            return region.names[0] if region.names else text
        return text
