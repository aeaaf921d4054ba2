"""``kind: identity`` — botanical identity errors, checked against the knowledge base.

One check drives every ``botanical/*`` rule: it finds *descriptors* (kind words such as
"mushroom", part words such as "leaves", family names, region names) with one
phrase list, attaches each to the substance it describes through the frames marketers
write in, and compares what the text says with the facts in ``rules/botanicals.yaml``:

* compound      "kava mushroom drink", "kava-mushroom blend", "Indonesian kava"
* apposition    "kava, a mushroom-based drink", "Kratom—the … mushroom drink", "Meet kratom: …"
* copula        "kratom is a fungus", "it's native to …" (pronouns resolve to the last mention),
                "kava's a mushroom drink" (a "'s" before an article is "is")
* segment       "Sea Moss Gel 16 oz | wildcrafted moss", "Kava - the … mushroom", "Maca 🌱 our
                favourite mushroom" (listing separators: identity_segments.py)
* fronted       "Like most mosses, sea moss …", "As a member of the pepper family, kratom …"
* source        "brewed from sun-dried kava leaves", "made from the plant's roots",
                "a leaf from the kava tree", "pressed from hemp seeds"
* family link   "belongs to the Rubiaceae family", "a member of the mint family"
* origin        "from Fiji", "native to …", "grows wild in …"
* Latin         "Kava (Mitragyna speciosa)"
* possessive    "the kava tree's kratom leaves"
* bare source   "CBD from hemp seed oil" (two names joined by "from")
* relative      "Kratom, which comes from …", "kava, that grows wild in …" (source and origin verbs)
* alias         "kratom, also called kava,", "kava (aka Mitragyna speciosa)", "Valerian is passionflower."
* sameness      "kava and kratom are the same plant", "… are in the same family"
* table / label "| Kava | Mushroom |" (under a heading saying what the cell is), "Kava — mushroom"
* referring     "Reishi grows on oaks. This plant is bitter.", "Kava is popular. The drink is made from
                the leaves." (a definite noun phrase standing for the last sentence's subject:
                identity_referring.py)

A description only attaches across words that can sit inside one noun phrase: it stops
at clause words, prepositions and another mention, so "kratom and kava are unrelated —
one is a coffee-family tree" attaches nothing. The words (kind and part vocabularies,
frame cues, stop words) live in ``rules/botanical.yaml``; the facts in the knowledge base.

Descriptions written before their substance, kinship and Latin-name links live in
``identity_frames.py``; native-region claims in ``identity_regions.py``; family claims in
``identity_families.py``; part-word frames in ``identity_parts.py``.

Only sentences holding a descriptor (or two mentions, for the Latin and possessive
frames) are examined, so the cost on ordinary text is its share of the phrase pass. Of those,
only sentences that name a substance (a mention or a coreference word) are walked, and
only for descriptions that contradict a substance named there (``_may_contradict``).
"""
from __future__ import annotations

import dataclasses
from bisect import bisect_right
from operator import itemgetter
from typing import NamedTuple

import numpy
from spacy.tokens import Doc, Span

from ..annotate import TABLE_COLUMNS, WordSet, mentions_of, sentence_at, sentence_start_of, set_aside_mentions, token_table
from ..findings import Fix
from ..knowledge import Knowledge, Species, Substance
from .common import DocumentState, Environment, blocked_by_context, doc_text, make_finding, render
from .identity_families import PLANT_HEADS, FamilyClaims
from .identity_fields import FieldLines
from .identity_frames import HYPHENS, DescriptionFrames
from .identity_parts import PartFrames
from .identity_referring import ReferringPhrases
from .identity_regions import RegionClaims
from .identity_segments import NOT_PRODUCT_FORMS, SegmentFrames

# Words and signs that join a name to others: the left side of "=" is then a combination.
JOINING = {"+", "&", "/", ",", "and", "or", "plus", "with", "x", "vs", "vs.", "versus", "=", "==", "->", "→"}
QUOTES = {'"', "“", "”", "'", "‘", "’", "*", "_", "`"}
# What joins a name to a list before it ("kava and kratom plants"): the name does not stand alone.
NAME_LIST_JOINERS = frozenset({"and", "or", "&", "/", "nor", "plus", "with"})
HARD_BREAKS = {".", ";", "!", "?", ")", "]", "|", "•", "→", "…"}
APPOSITION_MARKS = {",", "—", "–", "--", ":", "("}
POSSESSIVE = {"'s", "’s", "'", "’"}
PRONOUNS = {"i", "you", "we", "they", "he", "she", "it", "everyone", "everybody", "people", "someone", "anyone"}
# A clause about a name that opens with one of these ("the kava we sell is …") lets the copula find
# the name up to this many words further back than a plain noun phrase does.
CONTACT_SUBJECTS = {"i", "you", "we", "they", "people", "most", "many"}
CONTACT_CLAUSE_EXTRA = 3
EQUALS = {"=", "=="}  # a headline's copula: "KAVA = NATURE'S CHILL MUSHROOM"
# The last word of a sameness link that a plain modifier may follow: "the same species as (the) | wild caterpillar
# fungus", "just another name for | Tibetan yartsa gunbu"; the link must hold one of SAMENESS_WORDS.
SAMENESS_ENDS = {"as", "the", "for"}
SAMENESS_WORDS = {"same", "name"}
APPOSITION_LINKS = {",", "—", "–", "--", "("}  # what opens an appositive identity link ("kratom, a type of kava")
MAX_WALK = 9  # tokens a description may run before its link word
MAX_WINDOW = 7  # tokens after "from" in which a source is looked for
ORTH_COLUMN = TABLE_COLUMNS.index("ORTH")
MATCH_LABELS = ("same-plant-name", "constituent", "absent-compound", "kind", "part", "family", "family-bare", "region", "wrong-form", "accepted", "source", "corrective",
                "coreference", "referring", "other-latin", "host-growth")


class Word:
    """What the frames read of a token. All of it belongs to the spelling (the lexeme), so
    it is worked out once per spelling instead of building a Token at every look."""

    __slots__ = ("text", "low", "is_punct", "is_alpha", "skippable")

    def __init__(self, lexeme):
        self.text: str = lexeme.orth_
        self.low: str = lexeme.lower_.replace("’", "'")  # lower case with straight apostrophes
        self.is_punct: bool = lexeme.is_punct
        self.is_alpha: bool = lexeme.is_alpha
        self.skippable: bool = lexeme.is_space or self.text in QUOTES  # frames step over these


class Words(dict):
    """Word by ORTH hash, filled as spellings are met."""

    def __init__(self, vocab):
        super().__init__()
        self.vocab = vocab

    def __missing__(self, orth: int) -> Word:
        word = self[orth] = Word(self.vocab[orth])
        return word


class Descriptor(NamedTuple):
    start: int
    end: int
    role: str  # kind | part | family | region
    value: object  # kind class, part id, family latin, or frozenset of region ids


class Owner(NamedTuple):
    substance: str
    start: int | None  # first token of the owning mention, when it is in the sentence
    frame: str


Match = tuple[int, int, str]  # start, end, label


def _resolve_overlaps(matches: list[Match]) -> list[Match]:
    """The matches that stand, by (start, end): of overlapping ones the one
    spacy.util.filter_spans keeps (the longest, of equally long ones the first; see _tie_rank for
    equal spans), and with
    it the part and kind matches over exactly its tokens ("bark" is a part word and also a
    wrong description of chaga). Most matches overlap no other: only runs of overlapping
    ones are ranked."""
    standing: list[Match] = []
    run: list[Match] = []
    run_end = 0
    for match in sorted(matches, key=itemgetter(0)):  # stable: equal starts stay in match order
        if run and match[0] >= run_end:
            standing += run if len(run) == 1 else _resolve_run(run)
            run = []
        run_end = max(run_end, match[1]) if run else match[1]
        run.append(match)
    if run:
        standing += run if len(run) == 1 else _resolve_run(run)
    return standing


# Of matches over exactly the same tokens, which stands — an explicit order, never the order
# the phrase pass happens to give: a family reading before a wrong form ("a kind of rose" says
# the rose family), and part and kind words last, as they are kept beside the winner anyway
# (see `also` below).
_TIE_ORDER = ("family", "family-bare", "wrong-form", "region", "source", "corrective", "part", "kind")


def _tie_rank(label: str) -> int:
    return -_TIE_ORDER.index(label) if label in _TIE_ORDER else -len(_TIE_ORDER)


def _resolve_run(run: list[Match]) -> list[Match]:
    """_resolve_overlaps for matches that overlap one another."""
    ranked = sorted(run, key=lambda match: (match[1] - match[0], -match[0], _tie_rank(match[2])), reverse=True)
    longest, seen = [], set()
    for match in ranked:  # spacy.util.filter_spans, on tuples
        start, end, _ = match
        if start not in seen and end - 1 not in seen:
            longest.append(match)
            seen.update(range(start, end))
    bounds = {(start, end) for start, end, _ in longest}
    roles_at = {(start, label) for start, _, label in longest}
    # A wrong form is wrong for its own substances only; the kind or part word that heads it
    # still describes any other ("turkey tail is a flowering plant": a plant; "reishi is a
    # tree bark": bark).
    heads = {end for start, end, label in longest if label == "wrong-form" and end - start > 1}
    also = [(start, end, label) for start, end, label in run if label in ("part", "kind")
            and ((start, end) in bounds or (end in heads and end - start == 1)) and (start, label) not in roles_at]
    return sorted(sorted(longest, key=itemgetter(0)) + also, key=itemgetter(0, 1))


def _apostrophe_spellings(word: str) -> set[str]:
    """The spellings a Word's `low` (straight apostrophes) stands for: each apostrophe
    straight or curly ("it's": "it's", "it’s")."""
    spellings = {""}
    for n, piece in enumerate(word.split("'")):
        marks = ("'", "’") if n else ("",)
        spellings = {spelling + mark + piece for spelling in spellings for mark in marks}
    return spellings


def _no_plant_parts(substance) -> bool:
    """A fungus, a cyanobacterium or a single-celled alga has no leaves, roots, bark or flowers:
    "spirulina leaves", "chlorella roots", "lion's mane leaves" call it a plant (a wrong kind). A
    seaweed is left out: its blades and holdfast are loosely called leaves and roots."""
    return substance.kind in ("fungus", "cyanobacterium") or substance.form == "microalga"


def _article(word: str) -> str:
    return ("an " if word[:1].lower() in "aeiou" else "a ") + word


def _join(items: list[str]) -> str:
    items = [i for i in dict.fromkeys(items) if i]
    if len(items) <= 1:
        return "".join(items)
    return ", ".join(items[:-1]) + " and " + items[-1]


def _match_case(replacement: str, original: str) -> str:
    if original.isupper() and len(original) > 1:
        return replacement.upper()
    if original[:1].isupper():
        return replacement[:1].upper() + replacement[1:]
    return replacement


def _plural(word: str) -> str:
    if word.endswith("f"):
        return word[:-1] + "ves"
    if word.endswith(("s", "x", "ch", "sh")):
        return word + "es"
    if word.endswith("y") and word[-2:-1] not in "aeiou":
        return word[:-1] + "ies"
    return word + "s"


class IdentityRules(DescriptionFrames, FamilyClaims, FieldLines, PartFrames, ReferringPhrases, RegionClaims, SegmentFrames):
    def __init__(self, rules, env: Environment):
        self.env = env
        self.knowledge: Knowledge = env.knowledge
        self.rules = {rule.spec.get("check", rule.name): rule for rule in rules}
        book = env.book
        make = env.phrases.words

        def spec(key, default):
            for rule in rules:
                if key in rule.spec:
                    return rule.spec[key]
            return default

        def words(name: str) -> set[str]:
            return {w.lower() for w in book.lexicons.get(name, [])}

        def phrases(name: str, by: int = -1) -> dict[str, list[tuple[str, ...]]]:
            """Token tuples of a phrase lexicon, indexed by their last word (see _ends_with) or,
            with `by=0`, their first (see _phrase_at); longest first, so the first that
            matches is the longest."""
            index: dict[str, list[tuple[str, ...]]] = {}
            for phrase in book.lexicons.get(name, []):
                tokens = tuple(t.lower_.replace("’", "'") for t in make(phrase))
                index.setdefault(tokens[by], []).append(tokens)
            for group in index.values():
                group.sort(key=len, reverse=True)
            return index

        self.copulas = words("botanical-copulas")
        self.determiners = words("botanical-determiners")
        self.stops = words("botanical-stops")
        self.postmodifiers = words("botanical-postmodifiers")
        self.source_verbs = {w.split("-")[-1] for w in words("botanical-source-verbs")}
        self.inserted_openers = words("botanical-inserted-openers") | self.postmodifiers
        self.active_source_verbs = {w.split("-")[-1] for w in words("botanical-source-verbs-active")}
        self.source_preps = words("botanical-source-preps")
        self.use_verbs = words("botanical-use-verbs")
        self.commerce = words("botanical-commerce")
        self.warnings = words("botanical-warnings")
        self.product_words = words("botanical-product-words")
        self.product_forms = words("botanical-product-forms")
        self.denial_corrections = words("botanical-denial-corrections")
        self.origin_cues = phrases("botanical-origin-cues")
        self.coreference = phrases("botanical-coreference")
        self.dummy_it = [p for group in phrases("botanical-dummy-it").values() for p in group]
        self.fronted_openers = phrases("botanical-fronted-openers")
        self.comparison_asides = phrases("botanical-comparison-asides", by=0)
        corrective = book.lexicons.get("botanical-corrective", [])
        self.family_links = phrases("botanical-family-links")
        self.identity_links = phrases("botanical-identity-links")
        self.classifiers = words("botanical-classifiers")
        self.contains = phrases("botanical-contains")
        self.part_contexts = words("botanical-part-contexts") or self.product_words
        self.classing_verbs = words("botanical-classing-verbs")
        self.naming_links = phrases("botanical-naming-links", by=0)
        self.example_links = phrases("botanical-example-links", by=0)
        self.relation_links = phrases("botanical-relation-links")
        self.relation_nouns = words("botanical-relation-nouns")
        self.loose_kin = words("botanical-loose-kin-modifiers")
        self.kin_plants = {word.strip().lower(): family.strip() for word, _, family in (
            entry.partition(":") for entry in book.lexicons.get("botanical-kin-plants", []))}
        self.family_orders = {family.strip(): order.strip() for family, _, order in (
            entry.partition(":") for entry in book.lexicons.get("botanical-family-orders", []))}
        self.kind_adjectives = words("botanical-kind-adjectives")
        self.link_adverbs = words("botanical-link-adverbs")
        self.proportion_words = words("botanical-proportion-words")
        self.figurative = words("botanical-figurative-modifiers")
        self.contrasts = words("botanical-contrasts")
        self.correction_openers = phrases("botanical-correction-openers", by=0)
        self.hosts = words("botanical-fungus-hosts")
        self.sourcing_modifiers = words("botanical-sourcing-modifiers")
        self.compound_modifiers = words("botanical-compound-modifiers")
        self.tradition_nouns = words("botanical-tradition-nouns")
        self.business_nouns = words("named-business")  # "the herb shop", "a mushroom company"
        self.quantity_units = words("botanical-quantity-units")
        self.distinguishing = words("botanical-distinguishing-verbs")
        self.part_other_uses = words("botanical-part-other-uses")
        self.voice_verbs = words("botanical-product-voice-verbs")
        self.voice_subjects = words("botanical-product-voice-subjects")
        self.voice_adverbs = words("botanical-product-voice-adverbs")
        self.part_preparations = words("botanical-part-preparations")
        self.native_homes = phrases("botanical-native-homes", by=0)
        self.native_homes_end = phrases("botanical-native-homes")  # by last word: "kava's homeland, Fiji"
        self.inverted_origin_verbs = words("botanical-inverted-origin-verbs")
        self.farmed_in = self._regions_by_substance(book, "botanical-farmed-in")
        # Habitat regions (tropics, freshwater, desert): open to every substance but the ones they exclude
        self.excluded_habitats = self._regions_by_substance(book, "botanical-excluded-habitats")
        self.habitat_regions = frozenset(r for ids in self.excluded_habitats.values() for r in ids)
        self.habitat_verbs = words("botanical-habitat-verbs")
        # Regions that are climates by their names ("the Arctic", "tundra", "taiga"), not by their places (Alaska)
        self.climate_names: set[str] = set()
        for region_id in book.lexicons.get("botanical-climate-regions", []):
            region = self.knowledge.regions.get(region_id)
            if region is None:
                raise ValueError(f"botanical-climate-regions: unknown region {region_id!r}")
            self.climate_names |= {name.lower() for name in (*region.names, *region.adjectives)}
        # Names of one plant's other products that are no entry's names ("black tea": Camellia sinensis)
        self.same_plant_names: dict[str, str] = {}
        for entry in book.lexicons.get("botanical-same-plant-names", []):
            substance_id, _, names = entry.partition(":")
            substance_id = substance_id.strip()
            if substance_id not in self.knowledge.substances:
                raise ValueError(f"botanical-same-plant-names: unknown substance in {entry!r}")
            for name in names.split("|"):
                self.same_plant_names[name.strip().lower()] = substance_id
        # Compounds of a substance given as its name ("curcumin is another name for turmeric"), and compounds a
        # substance lacks said to be in it ("kratom contains morphine"): see _check_constituent_names
        self.constituent_names: dict[str, str] = {}
        self.absent_compounds: dict[str, str] = {}
        for lexicon, table in (("botanical-constituent-names", self.constituent_names),
                               ("botanical-absent-compounds", self.absent_compounds)):
            for entry in book.lexicons.get(lexicon, []):
                substance_id, _, names = entry.partition(":")
                substance_id = substance_id.strip()
                if substance_id not in self.knowledge.substances:
                    raise ValueError(f"{lexicon}: unknown substance in {entry!r}")
                for name in names.split("|"):
                    table[name.strip().lower()] = substance_id
        self.constituent_links = {p for group in phrases("botanical-constituent-name-links").values() for p in group}
        self.latin_links = {p for group in phrases("botanical-latin-links").values() for p in group}
        self.alias_links = {p for group in phrases("botanical-alias-links").values() for p in group}
        self.latin_links |= self.alias_links  # "kratom, also called Piper methysticum,"
        self.sameness_nouns = words("botanical-sameness-nouns")
        self._setup_referring(book, make)

        self.kind_classes: dict[str, str] = {}
        for kind_class, kind_words in (spec("kinds", {}) or {}).items():
            for word in kind_words:
                self.kind_classes[word.lower()] = kind_class
        self.compatible = {k: set(v) for k, v in (spec("compatible", {}) or {}).items()}
        self._denied_words_cache: dict[str, dict[str, str]] = {}  # see _denied_words
        self._denial_adverbs = {str(w).lower() for w in ((spec("denial", {}) or {}).get("adverbs") or [])}
        self.head_only_kinds = set(book.lexicons.get("botanical-head-only-kinds", []))  # "kratom mold" is spoilage, not a kind
        self.kind_nouns = spec("kind_nouns", {}) or {}
        self.replacements = spec("replacements", {}) or {}
        self.identity_templates = spec("identity", {}) or {}
        self.part_ids: dict[str, str] = {}
        for part, part_words in (spec("parts", {}) or {}).items():
            for word in part_words:
                self.part_ids[word.lower()] = part
        self.plant_only = set(spec("plant_only", []) or [])
        self.subparts = {p.strip(): w.strip() for p, _, w in  # "petal" -> "flower"
                         (str(e).partition(":") for e in book.lexicons.get("botanical-subparts", []))}
        self.only_subparts: dict[str, set[str]] = {}  # "saffron" -> {"stigma"}
        for entry in book.lexicons.get("botanical-only-subparts", []):
            substance_id, _, subpart = str(entry).partition(":")
            self.only_subparts.setdefault(substance_id.strip(), set()).add(subpart.strip())
        self.fungus_only = words("botanical-fungus-only-parts")
        self.capsule_words = words("botanical-capsule-words")
        self.table_headings = {" ".join(w.lower().split()) for w in book.lexicons.get("botanical-table-headings", [])}
        self.table_part_headings = {" ".join(w.lower().split())
                                    for w in book.lexicons.get("botanical-table-part-headings", [])}
        self._load_field_keys(book)
        self.under_name_verbs = words("botanical-under-name-verbs")
        self.under_name_nouns = {" ".join(w.lower().split()) for w in book.lexicons.get("botanical-under-name-nouns", [])}
        self.name_bearing_verbs = sorted({tuple(w.lower().split()) for w in book.lexicons.get("botanical-name-bearing-verbs", [])},
                                         key=len, reverse=True)

        # entries whose names cover several species, some of them named alone (Asian, American ginseng)
        self.species_ids = {sub.id for sub in self.knowledge.substances.values() if sub.species}
        self.families: dict[str, str] = {}
        # Latin family names, current and older ("Piperaceae", "Compositae"): alone in a title's segment they place it
        self.latin_family_names = {n.lower() for family in self.knowledge.families.values()
                                   for n in (family.latin, *family.older)}
        self.bare_families: dict[str, str] = {}  # "cactus", "rose": family names only as a predicate head
        for family in self.knowledge.families.values():
            for name in family.names():
                base = name.lower().replace("-", " ")
                bare = base.removesuffix(" family")
                if name in (family.latin, *family.older):
                    self.families[bare] = family.latin
                elif not base.endswith(" family"):
                    self.bare_families[bare] = family.latin
                self.families[bare + " family"] = family.latin
        # A genus places a plant in its family: "the Piper genus", "the genus Mitragyna" (the genus of
        # each substance's accepted binomial). Genus names that are also a substance's name ("the
        # Rhodiola genus", "Amanita") are left to the name.
        # The phrase names the genus too ("a Panax species" is no eleuthero, a ginseng-family shrub
        # of Eleutherococcus): `genus_phrases` keeps it, `genera` each substance's genera.
        names = {n.lower() for sub in self.knowledge.substances.values() for n in (*sub.names, *sub.misspellings)}
        self.genus_phrases: dict[str, str] = {}
        self.genera = {sub.id: {b.split()[0].lower() for b in sub.latin} for sub in self.knowledge.substances.values()}
        for sub in self.knowledge.substances.values():
            genus = sub.latin[0].split()[0].lower() if sub.latin else ""
            if genus and genus not in names and genus not in self.families:
                for phrase in (genus + " genus", "genus " + genus, genus + " species"):
                    self.families[phrase] = sub.family
                    self.genus_phrases[phrase] = sub.latin[0].split()[0]
        self.regions: dict[str, set[str]] = {}
        self.region_adjectives: set[str] = set()
        for region in self.knowledge.regions.values():
            for name in (*region.names, *region.places, *region.adjectives):
                self.regions.setdefault(name.lower(), set()).add(region.id)
            self.region_adjectives |= {a.lower() for a in region.adjectives}
        # "a Pacific shrub": words that name a region only before a plant or part word (see _modifies_plant)
        self.plant_modifier_regions: set[str] = set()
        for entry in book.lexicons.get("botanical-plant-modifier-regions", []):
            word, _, region_id = str(entry).partition(":")
            word, region_id = word.strip().lower(), region_id.strip()
            if region_id in self.knowledge.regions and word not in self.regions:
                self.regions[word] = {region_id}
                self.plant_modifier_regions.add(word)

        self.matcher = env.phrases.matcher("LOWER")
        if self.kind_classes:
            self.matcher.add("kind", list(self.kind_classes))
        if self.part_ids:
            self.matcher.add("part", list(self.part_ids))
        family_phrases = set(self.families)
        family_phrases |= {p.replace(" ", "-") for p in self.families if p.endswith(" family")}
        self.matcher.add("family", sorted(family_phrases))
        self.matcher.add("region", list(self.regions))
        if self.same_plant_names:
            self.matcher.add("same-plant-name", list(self.same_plant_names))
        if self.constituent_names:
            self.matcher.add("constituent", list(self.constituent_names))
        if self.absent_compounds:
            self.matcher.add("absent-compound", list(self.absent_compounds))
        self.wrong_forms: dict[str, set[str]] = {}  # "passion fruit" -> {"passionflower"}
        for substance in self.knowledge.substances.values():
            for phrase in substance.wrong_forms:
                self.wrong_forms.setdefault(phrase.lower(), set()).add(substance.id)
        if self.wrong_forms:
            self.matcher.add("wrong-form", list(self.wrong_forms))
        # a family's common noun that is also a wrong form, read as the wrong form in a source frame
        # ("kratom is derived from the poppy"; elsewhere the family reading stands: "a kind of poppy")
        self.source_wrong_families = words("botanical-source-wrong-family-words")
        not_alone = words("botanical-family-words-not-alone")
        bare = [p for p in self.bare_families
                if p not in self.kind_classes and p not in self.part_ids and p not in not_alone]
        self.matcher.add("family-bare", list(bare))
        accepted = spec("accepted", []) or []
        if accepted:
            self.matcher.add("accepted", list(accepted))
        if self.source_verbs or self.active_source_verbs:
            self.matcher.add("source", sorted(self.source_verbs | self.active_source_verbs | self.use_verbs))
        if corrective:
            self.matcher.add("corrective", list(corrective))
        if self.hosts:  # "grows on", "thrives on": a fungus on its host (see _check_host_growth)
            self.matcher.add("host-growth", [f"{verb} on" for verb in sorted(self.HOST_GROWTH_VERBS)])
        # The tokens that can end a coreference phrase ("it", "the plant"), each spelling as one
        # token: they tell the sentences in which a description can be said of a substance.
        self.matcher.add("coreference", [(env.nlp.vocab.strings.add(spelling.lower()),) for word in self.coreference
                                         for spelling in _apostrophe_spellings(word)])
        # The heads of a referring phrase other than kind words ("The drink is …", see identity_referring.py).
        if self.referring_heads:
            self.matcher.add("referring", sorted(self.referring_heads))
        # Binomials of species outside the knowledge base that copy gives a substance by mistake
        # ("black seed (Cuminum cyminum)"): binomial -> common name.
        self.other_latin: dict[str, str] = {}
        for entry in book.lexicons.get("botanical-other-binomials", []):
            binomial, _, common = str(entry).partition(":")
            self.other_latin[" ".join(binomial.lower().split())] = common.strip()
        if self.other_latin:
            self.matcher.add("other-latin", list(self.other_latin))
        # Genera of the knowledge base's binomials (and of the look-alikes above): "Panax" -> the
        # substances whose binomial it opens. A binomial of one substance's genus given to another
        # ("ashwagandha (Panax somnifera)") is a wrong Latin name even when the species is made up.
        self.genus_of: dict[str, set[str]] = {}
        for substance in self.knowledge.substances.values():
            for binomial in substance.latin:
                self.genus_of.setdefault(binomial.split()[0].lower(), set()).add(substance.id)
        for binomial in self.other_latin:
            self.genus_of.setdefault(binomial.split()[0], set()).add("")
        self.other_latin_pairs = {tuple(b.split()[:2]) for b in self.other_latin}
        self.genus_hashes = WordSet(env.nlp.vocab.strings.add(genus) for genus in self.genus_of)
        self.labels = {env.nlp.vocab.strings.add(label): label for label in MATCH_LABELS}  # by key hash
        self.partner = env.nlp.vocab.strings.add("partner")  # the kb_id of a partner mention
        self.region_claims: dict = {}
        self.habitat_cued: set[int] = set()
        self.words = Words(env.nlp.vocab)
        self.facts_by_substance: dict[str, dict] = {}
        self.asserting: dict[str, object] = {}  # rules without their question exemption, by id

    def _regions_by_substance(self, book, lexicon: str) -> dict[str, set[str]]:
        """A lexicon of "substance-id: region-id …" entries, checked against the knowledge base."""
        regions: dict[str, set[str]] = {}
        for entry in book.lexicons.get(lexicon, []):
            substance_id, _, region_ids = entry.partition(":")
            substance_id, region_ids = substance_id.strip(), set(region_ids.split())
            unknown = region_ids - set(self.knowledge.regions)
            if substance_id not in self.knowledge.substances or unknown:
                raise ValueError(f"{lexicon}: unknown substance or region in {entry!r}")
            regions[substance_id] = region_ids
        return regions

    # ------------------------------------------------------------------ per document

    def check(self, doc: Doc, state: DocumentState):
        if not self.rules:
            return
        everyone = mentions_of(doc)
        mentions = [m for m in everyone if m.kb_id != self.partner]
        self.partner_starts = [m.start for m in everyone if m.kb_id == self.partner]
        matches = self.matcher(doc) if mentions or state.last_substance else []
        found, verbs, self.corrective_at, coreference_at = self._sort_matches(matches)
        if mentions:
            self.other_latin_at.extend(self._genus_binomials(doc, mentions))
        if not (found or verbs or self.corrective_at or self.other_latin_at or self.same_plant_at
                or self.constituent_at or self.host_growth_at) \
                and len(mentions) < 2:
            return
        # A sentence opening with a referring phrase ("This plant is …", "The drink is …") may
        # speak of the substance named before it.
        coreference_at = coreference_at + [i for i in self._referring_heads_at(doc, found, matches)]
        self.doc, self.state = doc, state
        # token i's Word is self.words[self.orths[i]] (a contiguous copy: a strided view indexes slowly)
        self.orths = memoryview(numpy.ascontiguousarray(token_table(doc)[:, ORTH_COLUMN]))
        sentence_start = self.sentence_start = sentence_start_of(doc)
        # A family name such as "ginseng family" wins over the mention inside it.
        family_tokens = {i for start, end, label in found if label == "family" for i in range(start, end)}
        self._index_mentions(mentions, family_tokens, coreference_at, sentence_start)
        self.answer_articles: dict[int, int] = {}
        self.answers = self._answer_sentences()  # "What is kava? A mushroom brew."
        self.naming.update(self.answers)
        self.field_lines = self._find_field_lines(doc)  # "Kava | Part used: leaves", "Origin: Peru" under "Kratom"
        self.naming.update(self.field_lines)
        partner_tokens = {i for m in everyone if m.kb_id == self.partner and m.start not in family_tokens
                          for i in range(m.start, m.end)}
        descriptors = self._descriptors(found, partner_tokens)
        self.wrong_form_at = {d.start: d for d in descriptors if d.role == "wrong-form"}
        if self.source_wrong_families:
            self._add_source_wrong_families(found, descriptors)
        self.regions_by_sentence: dict[int, list[Descriptor]] = {}
        for d in descriptors:
            if d.role == "region":
                self.regions_by_sentence.setdefault(sentence_start[d.start], []).append(d)
        self.named_around: dict[int, list[Substance]] = {}
        self.respectively: dict[int, bool] = {}  # by sentence start: whether it says "respectively"
        self.reported: set[tuple] = set()
        self.region_claims = {}
        self.habitat_cued: set[int] = set()  # starts of places named after a habitat verb ("grows in the tropics")
        findings = list(self._check_field_lines(descriptors))
        for descriptor in descriptors:
            findings.extend(self._check_descriptor(descriptor))
        findings.extend(self._check_sources(verbs, descriptors))
        if self.host_growth_at:
            findings.extend(self._check_host_growth())
        if len(self.mentions) >= 2:
            findings.extend(self._check_mention_pairs())
        if self.same_plant_at:
            findings.extend(self._check_same_plant_names())
        if self.constituent_at:
            findings.extend(self._check_constituent_names())
        for start, end in self.other_latin_at:
            findings.extend(self._check_other_latin(start, end))
        findings.extend(self._flush_regions())
        self.doc = self.state = None
        yield from findings

    def _sort_matches(self, matches) -> tuple[list[Match], list[int], list[int], list[int]]:
        """The phrase matches by use: descriptor matches, and the starts of source verbs
        (in order), corrective words and coreference words."""
        found: list[Match] = []
        verbs, corrective_at, coreference_at = [], [], []
        self.other_latin_at = []
        self.same_plant_at: list[tuple[int, int]] = []
        self.constituent_at: list[tuple[int, int, str]] = []
        self.host_growth_at: list[int] = []
        labels = self.labels
        for key, start, end in matches:
            label = labels[key]
            if label == "coreference":
                coreference_at.append(start)
            elif label == "referring":
                continue  # see _referring_heads_at
            elif label == "source":
                verbs.append(start)
            elif label == "corrective":
                corrective_at.append(start)
            elif label == "other-latin":
                self.other_latin_at.append((start, end))
            elif label == "same-plant-name":
                self.same_plant_at.append((start, end))
            elif label == "host-growth":
                self.host_growth_at.append(start)
            elif label in ("constituent", "absent-compound"):
                self.constituent_at.append((start, end, label))
            else:
                found.append((start, end, label))
        return found, sorted(verbs), corrective_at, coreference_at

    def _index_mentions(self, mentions: list[Span], family_tokens: set[int], coreference_at: list[int],
                        sentence_start: list[int]) -> None:
        """The mentions outside family names (`mentions`), the one ending at (`ending`) and
        covering (`covering`) each token, their ends in order (`mention_ends`), and the
        sentences holding one or a coreference word (`naming`, see _names_a_substance)."""
        kept, ending, covering = [], {}, {}
        naming = {sentence_start[i] for i in coreference_at}
        for mention in mentions:
            start, end = mention.start, mention.end
            if family_tokens and start in family_tokens:
                continue
            kept.append(mention)
            ending[end - 1] = mention
            for i in range(start, end):
                covering[i] = mention
                naming.add(sentence_start[i])
        self.mentions, self.ending, self.covering, self.naming = kept, ending, covering, naming
        self.mention_ends = [m.end for m in kept]

    def _descriptors(self, found: list[Match], partner_tokens: set[int]) -> list[Descriptor]:
        """Descriptor matches, longest first (see _resolve_overlaps), minus accepted names
        and words inside a mention. Only those in a sentence that names a substance, or just
        before one (the "from" of a source frame may open it, see _check_sources), are worked
        out: no frame reads the others."""
        accepted = {i for start, end, label in found if label == "accepted" for i in range(start, end)}
        kept = []
        naming, sentence_start, covering = self.naming, self.sentence_start, self.covering.keys()
        for start, end, label in _resolve_overlaps([match for match in found if match[2] != "accepted"]):
            if sentence_start[start] not in naming and sentence_start[end] not in naming:
                continue
            if accepted and not accepted.isdisjoint(range(start, end)):
                continue
            # A wrong form may itself name another substance ("Amanita …, a classic magic mushroom").
            # So may a kind word that is, alone, a name: "shrooms" (psilocybin mushrooms) is also
            # a word for mushrooms ("kratom shrooms").
            if label not in ("family", "wrong-form") and not (
                    covering.isdisjoint(range(start, end)) and partner_tokens.isdisjoint(range(start, end))) \
                    and not (label == "kind" and self._name_is_kind_word(start, end)):
                continue
            text = self._span_text(start, end).lower()
            if label == "kind":
                value = self.kind_classes.get(text)
            elif label == "part":
                value = self.part_ids.get(text)
            elif label == "wrong-form":
                value = frozenset(self.wrong_forms.get(text, ()))
            elif label == "family-bare":
                value = self.bare_families.get(text.replace("-", " "))
            elif label == "family":
                value = self.families.get(text.replace("-", " ").replace("  ", " "))
                if value is None:
                    value = self.families.get(" ".join(t.lower_ for t in self.doc[start:end] if t.text not in HYPHENS))
            else:
                value = frozenset(self.regions.get(text, ()))
                if text in self.plant_modifier_regions and not self._modifies_plant(start, end):
                    continue
            if value:
                kept.append(Descriptor(start, end, label, value))
        return kept

    def _add_source_wrong_families(self, found: list[Match], descriptors: list[Descriptor]) -> None:
        """A family's bare noun listed in source_wrong_family_words that a wrong form matched over the
        same tokens ("poppy": the poppy family, and what kratom is wrongly said to come from) is a
        wrong form too where a source frame reads it (see _source_window); the family reading, which
        won the tie, stays for the other frames, and before a plant noun ("from the poppy plant" is
        a family claim: see _source_family)."""
        wrong_spans = {(start, end) for start, end, label in found if label == "wrong-form"}
        for d in descriptors:
            if d.role != "family-bare" or d.start in self.wrong_form_at or (d.start, d.end) not in wrong_spans:
                continue
            if d.end < len(self.doc) and self._low(d.end) in PLANT_HEADS:
                continue
            text = self._span_text(d.start, d.end).lower()
            if text in self.source_wrong_families and text in self.wrong_forms:
                self.wrong_form_at[d.start] = Descriptor(d.start, d.end, "wrong-form", frozenset(self.wrong_forms[text]))

    def _modifies_plant(self, start: int, end: int) -> bool:
        """A plant-modifier region word at [start, end) is capitalised and right before a plant's
        kind word or a part word in lower case ("a Pacific shrub", "the Pacific root"); not a name
        that runs on in capitals ("Pacific Leaf Co.", a brand), nor a compound ("Pacific-style")."""
        if not self._text(start)[:1].isupper() or end >= len(self.doc) or not self._text(end).islower():
            return False
        low = self._low(end)
        return self.kind_classes.get(low) == "plant" or low in self.part_ids or low in PLANT_HEADS

    def _name_is_kind_word(self, start: int, end: int) -> bool:
        """Tokens [start, end) are a whole mention that is itself a kind word ("shrooms")."""
        mention = self.covering.get(start)
        return mention is not None and mention.start == start and mention.end == end \
            and self._span_text(start, end).lower() in self.kind_classes

    def _names_a_substance(self, i: int) -> bool:
        """Token i's sentence holds a mention or the last word of a coreference phrase ("it",
        "the plant"). Every frame finds the substance a description is said of inside the
        description's sentence, as a mention or a coreference there, so in the other
        sentences there is nothing to check (told from token i alone: building the
        sentence's Span costs more than the test)."""
        return self.sentence_start[i] in self.naming

    # ------------------------------------------------------------------ token helpers

    def _word(self, i: int) -> Word:
        return self.words[self.orths[i]]

    def _low(self, i: int) -> str:
        return self.words[self.orths[i]].low

    def _text(self, i: int) -> str:
        return self.words[self.orths[i]].text

    def _skippable(self, i: int) -> bool:
        return self.words[self.orths[i]].skippable

    def _span_text(self, start: int, end: int) -> str:
        """The text of tokens [start, end), cut from the Doc's text (Span.text joins tokens)."""
        if end - start == 1:
            return self._text(start)
        return doc_text(self.doc)[self.doc[start].idx:self.doc[end - 1].idx + len(self._text(end - 1))]

    # _prev and _next run at almost every step of every frame: they read the Words themselves
    # (_skippable inlined) and the sentence's bound once.

    def _prev(self, i: int, sentence: Span) -> int | None:
        words, orths, start = self.words, self.orths, sentence.start
        i -= 1
        while i >= start and words[orths[i]].skippable:
            i -= 1
        return i if i >= start else None

    def _next(self, i: int, sentence: Span) -> int | None:
        words, orths, end = self.words, self.orths, sentence.end
        i += 1
        while i < end and words[orths[i]].skippable:
            i += 1
        return i if i < end else None

    def _ends_with(self, i: int, phrases, sentence: Span) -> int | None:
        """Start of the longest phrase of `phrases` (token tuples by last word) ending at token i."""
        group = phrases.get(self._low(i))
        if not group:
            return None
        lows = self._lows(max(sentence.start, i + 1 - len(group[0])), i + 1)  # as many as the longest phrase
        for phrase in group:
            if lows[len(lows) - len(phrase):] == phrase:
                return i + 1 - len(phrase)
        return None

    def _lows(self, start: int, end: int) -> tuple[str, ...]:
        """Tokens [start, end) in lower case with straight apostrophes."""
        words = self.words
        return tuple(words[orth].low for orth in self.orths[start:end])

    def _antecedent(self, i: int) -> str | None:
        """The substance a pronoun or "the plant" at token i stands for: the one named before
        it in its sentence, else the one the sentence before names, or, when that one names
        several, its subject ("Reishi pairs well with kava. It is a mushroom": reishi). A name set
        aside ("unlike kratom", "not psilocybin") is no antecedent."""
        aside = set_aside_mentions(self.doc)
        before = [m for m in self.mentions if m.end <= i and m.start not in aside]
        sentence = sentence_at(self.doc, i)
        if len({m.label_ for m in before if m.start >= sentence.start}) > 1:
            return None  # "kratom is related to kava, but it is …": either could be meant
        if before and before[-1].start < sentence.start:
            previous = [m for m in before if m.start >= self.sentence_start[before[-1].start]]
            if len({m.label_ for m in previous}) > 1:
                return self._subject_mention(previous[0])
        if before:
            return before[-1].label_
        return self.state.last_substance

    def _candidates(self, i: int) -> set[str]:
        """Every substance the pronoun at token i could stand for: the ones the sentence before
        names, when its own sentence names none before it (names set aside left out)."""
        aside = set_aside_mentions(self.doc)
        before = [m for m in self.mentions if m.end <= i and m.start not in aside]
        if not before or before[-1].start >= self.sentence_start[i]:
            return set()
        return {m.label_ for m in before if m.start >= self.sentence_start[before[-1].start]}

    def _subject_mention(self, mention: Span) -> str | None:
        """The substance of the first mention of a sentence when it is the sentence's subject:
        it opens the sentence (after a determiner or modifiers at most) and is no list item
        ("Reishi and kava make a calm pair" has no one subject)."""
        sentence = sentence_at(self.doc, mention.start)
        k, steps = self._prev(mention.start, sentence), 0
        while k is not None and steps < 3:
            low = self._low(k)
            if not self._word(k).is_alpha or (low in self.stops and low not in self.determiners) \
                    or low in self.copulas:
                return None
            k, steps = self._prev(k, sentence), steps + 1
        if k is not None:
            return None
        after = self._next(mention.end - 1, sentence)
        while after is not None and (self._low(after) in self.product_words or self._low(after) in self.part_ids
                                     or self._low(after) in self.kind_classes):
            after = self._next(after, sentence)  # "Reishi mushroom powder pairs …"
        if after is None or self._low(after) in ("and", "or", "&", "/", ",", "nor", "plus"):
            return None
        return mention.label_

    def _referring_heads_at(self, doc: Doc, found: list[Match], matches) -> list[int]:
        """Kind words and drink heads a few words into a sentence that opens with a determiner of
        a referring phrase (the sentences such a phrase can name a substance in)."""
        heads = [start for start, end, label in found if label == "kind" and end - start == 1]
        heads += [start for key, start, end in matches if self.labels[key] == "referring"]
        if not heads:
            return []
        sentence_start = sentence_start_of(doc)
        kept = []
        for i in heads:
            first = sentence_start[i]
            while first < i and (doc[first].is_space or doc[first].text in QUOTES):
                first += 1
            if 0 < i - first <= 4 and doc[first].lower_ in self.referring_determiners:
                kept.append(i)
        return kept

    def _coref_owner(self, i: int, sentence: Span) -> Owner | None:
        start = self._ends_with(i, self.coreference, sentence)
        if start is None:  # "Kava is popular in Fiji. The drink is made from …"
            found = self._referring_antecedent_at(i, sentence)
            return Owner(found[0], found[1], "coreference") if found else None
        if self._in_dummy_phrase(start):
            return None  # "for what it's worth, …": the "it" of a fixed phrase stands for nothing
        antecedent = self._antecedent(start)
        return Owner(antecedent, start, "coreference") if antecedent else None

    def _in_dummy_phrase(self, i: int) -> bool:
        """Token i is the "it" of a fixed phrase that refers to nothing ("for what it's worth",
        "it's worth noting", "as it were")."""
        low = self._low(i)
        for phrase in self.dummy_it:
            for at, word in enumerate(phrase):
                if word == low and i - at >= 0 and self._lows(i - at, i - at + len(phrase)) == phrase:
                    return True
        return False

    # -- answers to "what is X?": "Q: What is kava? A: A mushroom brew from the Pacific."

    QUESTION_ADVERBS = ("exactly", "really", "actually", "even")
    ANSWER_LABELS = ("a", "answer", "ans")
    ANSWER_MODIFIERS = 3  # plain words between the article and the kind word: "a bitter forest mushroom"

    def _answer_sentences(self) -> dict[int, str]:
        """Sentences that answer a question asking what one substance is: the question is '(Q:)
        what is/what's (exactly) <name>?' and nothing else, and the answer opens, after an
        'A:'/'Answer:' label at most, with 'a'/'an'. Keyed by the answer's first token, valued
        by the substance. Found from the mentions (a few per text), not by walking the text."""
        answers = {}
        for m in self.mentions:
            end = m.end
            if end >= len(self.doc) or self._text(end) != "?":
                continue
            question = sentence_at(self.doc, m.start)
            k = self._prev(m.start, question)
            if k is None or self._low(k) not in ("is", "'s", "’s"):
                continue
            k = self._prev(k, question)
            while k is not None and self._low(k) in self.QUESTION_ADVERBS:  # "what exactly is …"
                k = self._prev(k, question)
            if k is None or self._low(k) != "what":
                continue
            opener = self._prev(k, question)
            if opener is not None and self._low(opener) not in ("so", "ok", "okay", "well") and not (
                    self._text(opener) == ":" and opener > 0 and self._low(opener - 1) in ("q", "question", "faq")):
                continue  # "Q: What is kava?", "So what is kava?"; not "Ask what is kava?"
            j = end + 1
            while j < len(self.doc) and self._skippable(j):
                j += 1
            if j + 1 < len(self.doc) and self._low(j) in self.ANSWER_LABELS and self._text(j + 1) == ":":
                j += 2
                while j < len(self.doc) and self._skippable(j):
                    j += 1
            if j < len(self.doc) and self._low(j) in ("a", "an") and j not in self.covering:
                answers[self.sentence_start[j]] = m.label_
                self.answer_articles[self.sentence_start[j]] = j
        return answers

    def _answer_owner(self, d, sentence: Span) -> Owner | None:
        """The substance an answer's opening noun phrase describes: the kind word stands after
        its article and up to three plain modifiers ('A: A bitter forest mushroom')."""
        article = self.answer_articles.get(sentence.start)
        if article is None or not 0 < d.start - article <= self.ANSWER_MODIFIERS + 1:
            return None
        for k in range(article + 1, d.start):
            if not self._word(k).is_alpha or k in self.covering or self._low(k) in self.stops \
                    or self._low(k) in self.kind_classes or self._low(k) in self.part_ids:
                return None
        return Owner(self.answers[sentence.start], None, "answer")

    def _owner_of_mention(self, mention: Span, frame: str) -> Owner:
        return Owner(mention.label_, mention.start, frame)

    # ------------------------------------------------------------------ attachment

    def _attach(self, start: int, end: int, sentence: Span, participle: bool = False) -> Owner | None:
        """The substance a description at tokens [start, end) is said of, or None."""
        j = self._prev(start, sentence)
        if j is not None:
            if j in self.ending:
                return self._owner_of_mention(self.ending[j], "compound")
            owner = self._compound_through(j, start, sentence)
            if owner is not None:
                return owner
            if self._text(j) in HYPHENS:
                k = self._prev(j, sentence)
                if k is not None and k in self.ending:
                    return self._owner_of_mention(self.ending[k], "compound")
            owner = self._possessive_part_owner(j, start, sentence, end)
            if owner is not None:
                return owner
            if participle:  # "milk thistle extract comes from …", "moringa leaf powder comes from …",
                # "kava root comes from …" (a part word right before the verb is the product too)
                k, steps = j, 0
                while k is not None and steps < 2 and (self._low(k) in self.product_words or (
                        self._low(k) in self.part_ids)) and k not in self.covering:
                    k, steps = self._prev(k, sentence), steps + 1
                if steps and k is not None and k in self.ending:
                    return self._owner_of_mention(self.ending[k], "subject")
        return self._walk(start, end, sentence, participle)

    POSSESSIVE_PART_MODIFIERS = 2  # plain words between "'s" and the part: "turmeric's bright green leaves"

    def _possessive_part_owner(self, j: int, start: int, sentence: Span, end: int | None = None) -> Owner | None:
        """'kava's leaves are chewed into the drink', 'turmeric's dried leaves are ground': a part
        word owned by the name before "'s" (up to two plain modifiers between) is the compound
        "<name> <part>", checked in the same product contexts. Only part words ("kava's fruiting
        bodies", "maca's mycelium": the parts only fungi have included): "kava's mushroom cousin"
        names another thing."""
        text = self._span_text(start, end).lower() if end is not None else self._low(start)
        if self._low(start) not in self.part_ids and text not in self.part_ids and text not in self.fungus_only:
            return None
        k, modifiers = j, 0
        while k is not None and self._low(k) not in POSSESSIVE:
            if modifiers >= self.POSSESSIVE_PART_MODIFIERS or not self._word(k).is_alpha or k in self.covering \
                    or self._low(k) in self.stops or self._low(k) in self.part_ids or self._low(k) in self.kind_classes \
                    or self._low(k) in self.determiners:
                return None
            k, modifiers = self._prev(k, sentence), modifiers + 1
        if k is None or self._contracted_copula(k, sentence):
            return None
        m = self._prev(k, sentence)
        if m is None or m not in self.ending:
            return None
        return self._owner_of_mention(self.ending[m], "compound")

    def _walk(self, start: int, end: int, sentence: Span, participle: bool) -> Owner | None:
        i, steps = start - 1, 0
        while i >= sentence.start and steps < MAX_WALK:
            word = self._word(i)
            if word.skippable:
                i -= 1
                continue
            low = word.low
            if i in self.covering:
                return None
            if low in self.copulas:
                if low in POSSESSIVE:
                    j = self._prev(i, sentence)
                    if (j is None or self._low(j) not in ("it", "that", "what", "there", "here", "he", "she")) \
                            and not self._contracted_copula(i, sentence):
                        i, steps = i - 1, steps + 1
                        continue
                return self._subject(i, sentence)
            if word.text in EQUALS:
                return self._equated(i, sentence)
            if not word.is_alpha:  # a pipe, spaced hyphen or emoji between a product and its description
                owner = self._segment_owner(i, start, end, sentence)
                if owner is not None:
                    return owner
            if word.text == "," and steps == 0 and (compared := self._compared_subject(i, sentence)) is not None:
                return compared  # "kratom, like kava, comes from …"
            if word.text in APPOSITION_MARKS or (word.text[:1] == ")" and word.text[-1:] in ",:—–"):
                owner = self._apposition(i, sentence, participle and steps == 0)
                if owner and not (owner.frame == "apposition" and self._fronted_clause(i, end, sentence)):
                    return owner
                if owner:
                    return None
                following = self._next(i, sentence)
                appositive = following is not None and self._low(following) in self.determiners
                # "kratom is a tree, a relative of …", "kava is a shrub, technically a tree": a stacked
                # description is a noun phrase with its determiner, or one closed by a comma ("kava, a
                # drink, wild mushroom tea, is …"). Any other bare one is a list item or the subject of
                # a clause of its own ("… it's worth, old chestnut trees shade the plot").
                determined = any(self._low(k) in self.determiners for k in range(i + 1, start))
                closing, ahead = self._next(end - 1, sentence), 0
                while closing is not None and ahead < 3 and self._word(closing).is_alpha \
                        and self._low(closing) not in self.stops and closing not in self.covering:
                    closing, ahead = self._next(closing, sentence), ahead + 1  # "wild mushroom tea,"
                closed = closing is not None and self._text(closing) in (",", "—", "–", "--")
                if word.text == "," and (appositive or (steps > 0 and (determined or closed))):
                    i, steps = i - 1, steps + 1
                    continue
                return None
            if word.is_punct and word.text not in HYPHENS and word.text != "/":
                return None
            if low in ("both", "all") and i > sentence.start and self._text(i - 1) == ",":
                i -= 1  # "kava and kratom, both native to …": the quantifier opens the appositive
                continue
            if low in self.stops:
                if self._hyphen_joined(i, sentence):  # "my go-to mushroom", "an all-in-one mushroom blend"
                    i, steps = i - 1, steps + 1
                    continue
                before = self._prev(i, sentence)
                if low == "of" and before is not None and self._low(before) in self.classifiers:
                    i, steps = before - 1, steps + 2  # "a type of tree bark"
                    continue
                article = self._part_of_kind(i, start, end, sentence) if low == "of" else None
                if article is not None:
                    # "ashwagandha is the root of a fungus": the part says the whole is of that kind
                    i, steps = article - 1, steps + 3
                    continue
                if low == "as" and before is not None and self._low(before) in self.classing_verbs:
                    verb_before = self._prev(before, sentence)  # "kava counts as a mushroom"
                    if verb_before is not None and verb_before in self.ending:
                        return self._owner_of_mention(self.ending[verb_before], "copula")
                    i, steps = before - 1, steps + 2  # "is classified as", "is often regarded as"
                    continue
                if low in ("like", "as"):
                    return self._fronted(i, end, sentence)
                return None
            if low in self.proportion_words and not any(self._low(k) in self.determiners for k in range(i + 1, start)):
                # "it's half coffee, half mushroom powder": an ingredient of a blend, not its kind ("it is
                # partly a fungus", with its article, still says what it is)
                return None
            i, steps = i - 1, steps + 1
        return None

    def _part_of_kind(self, of: int, start: int, end: int, sentence: Span) -> int | None:
        """'the root of a fungus', 'the leaf of a pepper plant': 'the'/'a' and a part word before
        'of', and after it only a determiner and at most one plain modifier before the kind word,
        which closes its phrase (not 'the root of a mushroom farmer's income'). The article's
        index, or None."""
        part = self._prev(of, sentence)
        article = self._prev(part, sentence) if part is not None else None
        if article is None or self._low(part) not in self.part_ids or self._low(article) not in ("the", "a", "an"):
            return None
        between = [k for k in range(of + 1, start) if not self._skippable(k)]
        if len(between) > 2 or any(not self._word(k).is_alpha or k in self.covering or (
                self._low(k) in self.stops and self._low(k) not in self.determiners) for k in between):
            return None
        after = self._next(end - 1, sentence)
        if after is None or (self._word(after).is_punct and self._text(after) not in HYPHENS) \
                or self._low(after) in self.postmodifiers or self._low(after) in ("from", "that", "which"):
            return article  # "the root of a fungus from Borneo", "… a fungus that grows on …"
        return None

    def _hyphen_joined(self, i: int, sentence: Span) -> bool:
        """Is token i joined by a hyphen, with no space on either side, to the word before it: a part
        of a compound modifier ("go-to", "all-in-one"), not a word of the sentence's own?"""
        hyphen = i - 1
        return (hyphen - 1 >= sentence.start and self._text(hyphen) in HYPHENS
                and not self.doc[hyphen].whitespace_ and not self.doc[hyphen - 1].whitespace_
                and self.doc[hyphen - 1].is_alpha)

    def _contracted_copula(self, i: int, sentence: Span) -> bool:
        """"kava's a mushroom drink", "kratom's basically the same as kava": the "'s" at token i
        is "is" when an article follows it (after link adverbs at most). A possessive "'s" is
        followed by its noun ("kava's roots", "kava's appeal"), never by "a", "an" or "the"."""
        if self._low(i) != "'s":
            return False
        k = self._next(i, sentence)
        while k is not None and self._low(k) in self.link_adverbs:
            k = self._next(k, sentence)
        return k is not None and self._low(k) in ("a", "an", "the")

    def _equated(self, mark: int, sentence: Span) -> Owner | None:
        """'KAVA = NATURE'S CHILL MUSHROOM': an equals sign used as a copula. Its left side must
        be one name alone (after a determiner or modifier, before product words: 'our kava tea
        = …'): a sum or a list ('kava + mushroom coffee = the perfect morning', 'kava and
        reishi = …') or a quantity ('1 cup kava = …') equates a combination, not the name."""
        j = self._prev(mark, sentence)
        if j is not None and self._text(j) == "=" and self._text(mark) == "=":
            j = self._prev(j, sentence)  # "==" is two tokens
        while j is not None and j not in self.ending and self._low(j) in self.product_words \
                and self._word(j).is_alpha:
            j = self._prev(j, sentence)
        if j is None or j not in self.ending:
            return None
        mention = self.ending[j]
        k, modifiers = self._prev(mention.start, sentence), 0
        while k is not None:
            word = self._word(k)
            low = word.low
            if k in self.covering or low in JOINING or any(c.isdigit() for c in low):
                return None
            if word.is_alpha and low not in self.determiners:
                modifiers += 1
                if modifiers > 2 or low in self.stops or low in self.copulas:
                    return None
            k = self._prev(k, sentence)
        return self._owner_of_mention(mention, "copula")

    def _apposition(self, mark: int, sentence: Span, participle: bool) -> Owner | None:
        text = self._text(mark)
        following = self._next(mark, sentence)
        if following is not None and self._low(following) in ("one", "each"):
            after = self._next(following, sentence)
            if after is not None and self._low(after) in self.determiners:
                return None  # "kava and reishi: one a root, one a mushroom"
        if (text[-1:] in (",", "—", "–") or text == "--") and not participle:
            second = self._next(following, sentence) if following is not None else None
            possessor = second is not None and self._low(second) in ("'s", "'") and self._word(following).is_alpha
            also_named = following is not None and (self._low(following) == "aka" or (
                self._low(following) == "also" and second is not None and self._low(second) in ("called", "known")))
            if following is None or (self._low(following) not in self.determiners and not possessor
                                     and not also_named):
                return None
        j = mark if text[:1] == ")" and len(text) > 1 else self._prev(mark, sentence)
        if j is None:
            return None
        if text == ":" and j in self.ending and any(
                sentence.start <= m.start and m.end <= self.ending[j].start for m in self.mentions):
            return None  # "when kava meets reishi: a root and a mushroom …" describes both
        if self._text(j)[:1] == ")":
            opening = self._opening(j, sentence)
            if opening is None:
                return None
            j = self._prev(opening, sentence)
            if j is None:
                return None
        if j in self.ending:
            return self._owner_of_mention(self.ending[j], "apposition")
        if text in (",", "—", "–") and not participle:
            named = self._name_before_head(j, sentence)  # "The kratom plant, a member of the … family"
            if named is not None:
                return self._owner_of_mention(self.ending[named], "apposition")
        if participle and text == ",":
            named = self._name_before_forms(j, sentence)  # "CBD isolate, sourced from …"
            if named is not None:
                return self._owner_of_mention(self.ending[named], "apposition")
        if text in ("—", "–", "--") and not participle:  # a title's dash; a comma may end a fronted phrase
            named = self._name_before_title(j, sentence)  # "Reishi Calm Gummies — the …"
            if named is not None:
                return self._owner_of_mention(self.ending[named], "apposition")
        return self._coref_owner(j, sentence)

    MAX_TITLE_WORDS = 3  # capitalised words between a name and its product form: "Lion's Mane Deep Focus Capsules"

    def _name_before_title(self, j: int, sentence: Span) -> int | None:
        """'Reishi Calm Gummies', 'Kava Island Chill Tincture' ending at token j: a product title, i.e. a
        capitalised name, up to three capitalised title or brand words and a product-form noun (j), or
        None. Only a name alone: not one in a list ('Reishi and Ginseng Calm Gummies' may mean either)."""
        if j in self.covering or self._low(j) not in self.product_forms or not self._text(j)[:1].isupper():
            return None
        k, steps = self._prev(j, sentence), 0
        while k is not None and steps < self.MAX_TITLE_WORDS and k not in self.ending:
            word = self._word(k)
            if k in self.covering or not word.is_alpha or not word.text[:1].isupper() or word.low in self.stops \
                    or word.low in self.kind_classes:
                return None
            k, steps = self._prev(k, sentence), steps + 1
        if not steps or k is None or k not in self.ending:
            return None
        mention = self.ending[k]
        if not self._text(mention.start)[:1].isupper():
            return None
        if self._joined_to_list(mention.start, sentence, NAME_LIST_JOINERS | {"+"}):
            return None
        return k

    def _joined_to_list(self, name_start: int, sentence: Span, joiners: frozenset[str] | None = None) -> bool:
        """Whether the name starting at `name_start` follows a list joiner or another name and a comma
        ('kava and kratom plants', 'reishi, kava root'): then it does not stand alone."""
        before = self._prev(name_start, sentence)
        return before is not None and (self._low(before) in (joiners or NAME_LIST_JOINERS) or (
            self._text(before) == "," and self._prev(before, sentence) in self.ending))

    def _name_before_head(self, j: int, sentence: Span) -> int | None:
        """'the kratom plant', 'kava root' ending at token j: the end of the name right before a
        kind or part word, when that name stands alone (not in a list: 'kava and kratom plants'),
        or None."""
        low = self._low(j)
        if j in self.covering or not (low in self.kind_classes or low in self.part_ids):
            return None
        k = self._prev(j, sentence)
        if k is None or k not in self.ending:
            return None
        if self._joined_to_list(self.ending[k].start, sentence):
            return None
        return k

    def _name_before_forms(self, j: int, sentence: Span) -> int | None:
        """'CBD isolate', 'kava root tincture' ending at token j: the end of the name before at
        most two product-form nouns (isolate, tincture, powder, tea …), or None. Only a name
        alone: not one in a list ('kava and kratom powder, made from …' may mean either)."""
        k, steps = j, 0
        while k is not None and steps < 2 and k not in self.ending and k not in self.covering \
                and self._word(k).is_alpha and self._low(k) in self.product_forms:
            k, steps = self._prev(k, sentence), steps + 1
        if not steps or k is None or k not in self.ending:
            return None
        if self._joined_to_list(self.ending[k].start, sentence):
            return None
        return k

    def _fronted_clause(self, mark: int, end: int, sentence: Span) -> bool:
        """'Alongside reishi, the farm grows vines': the comma at `mark` follows a name set beside
        another subject by a fronted opener, so what comes after it is the main clause, not an
        appositive; unless the description closes there ('Alongside reishi, a vine, chaga …')
        with no list running on past the closing comma."""
        j = self._prev(mark, sentence)
        if j is None or j not in self.ending:
            return False
        k = self._prev(self.ending[j].start, sentence)
        opener = self._ends_with(k, self.fronted_openers, sentence) if k is not None else None
        if opener is None:
            return False
        before = self._prev(opener, sentence)
        if before is not None and self._text(before) not in (",", ":", ";", *HARD_BREAKS, "—", "–", "--"):
            return False  # "grows like reishi, …": not a fronted opener
        if any(self._text(k) == "," for k in range(mark + 1, end)):
            return True
        closing = self._next(end - 1, sentence)
        if closing is None or self._text(closing) not in (",", "—", "–", "--"):
            return True
        k = self._next(closing, sentence)
        while k is not None and self._text(k) not in (",", ";", ".", "!", "?"):
            if self._low(k) in ("and", "or", "&"):
                return True  # "Alongside reishi, the farm grows vines, beans and tobacco"
            k = self._next(k, sentence)
        return False

    def _opening(self, closing: int, sentence: Span) -> int | None:
        for k in range(closing - 1, max(sentence.start, closing - 12) - 1, -1):
            if self._text(k) == "(":
                return k
        return None

    def _name_before_aside(self, i: int | None, sentence: Span) -> int | None:
        """The name right before a bracketed aside that closes at `i` ("Kava (Piper methysticum) belongs to …",
        "Kratom (Mitragyna speciosa) comes from …"), which leaves that name the subject; else `i`."""
        if i is None or self._text(i) != ")":
            return i
        opening = self._opening(i, sentence)
        name = self._prev(opening, sentence) if opening is not None else None
        return name if name is not None and name in self.ending else i

    def _subject(self, copula: int, sentence: Span) -> Owner | None:
        j = self._prev(copula, sentence)
        if j is None:
            return None
        if self._text(j) == ")":
            opening = self._opening(j, sentence)
            j = self._prev(opening, sentence) if opening is not None else None
            if j is None:
                return None
        if self._text(j) in (",", "—", "–"):
            # "Echinacea purpurea — the purple coneflower — is …": skip the inserted appositive; or an inserted
            # relative clause after a comma ("Kava, which bars serve in shells, is …"), when the name before it
            # ends no list ("kava and kratom, which …, are" may mean both).
            for k in range(j - 1, max(sentence.start, j - 14) - 1, -1):
                if self._text(k) == self._text(j):
                    before = self._prev(k, sentence)
                    after = self._next(k, sentence)
                    if before in self.ending and after is not None and self._low(after) in self.determiners:
                        return self._owner_of_mention(self.ending[before], "copula")
                    if before in self.ending and after is not None and self._inserted_participle(after, j):
                        return self._owner_of_mention(self.ending[before], "copula")
                    if self._text(k) == "," and (compared := self._compared_subject(j, sentence)) is not None:
                        return compared  # "kava, like kratom, is …"
                    if before in self.ending and after is not None and self._low(after) == "which" \
                            and self._text(k) == "," and not any(i in self.covering for i in range(after, j)):
                        first = self._prev(self.ending[before].start, sentence)
                        if first is None or not (self._low(first) in ("and", "or", "&", "/", "nor", "plus") or (
                                self._text(first) == "," and self._prev(first, sentence) in self.ending)):
                            return self._owner_of_mention(self.ending[before], "copula")
                    break
            return self._named_again(j, sentence, "copula")
        if j in self.ending:
            return self._owner_of_mention(self.ending[j], "copula")
        if self._low(j) in ("which", "that", "who"):  # "kava, which is a mushroom, …"
            k = self._prev(j, sentence)
            if k is not None and self._text(k) == ",":
                k = self._prev(k, sentence)
                if k is not None and k not in self.ending:
                    k = self._name_before_forms(k, sentence)  # "kava tea, which is …"
            if k is not None and k in self.ending:
                return self._owner_of_mention(self.ending[k], "copula")
        coref = self._coref_owner(j, sentence)
        if coref:
            return coref
        # "Our maca powder is …", "Most CBD on the market is …": the nearest mention a few
        # words back, within the noun phrase. A clause about the mention that opens with a pronoun
        # ("the kava we sell is …", "the blue lotus you see in these teas is …", "the kava that we
        # sell is …") may run a few words longer.
        k, steps = j, 0
        while k >= sentence.start and steps < 5 + CONTACT_CLAUSE_EXTRA:
            if self._skippable(k):
                k -= 1
                continue
            low = self._low(k)
            if k in self.ending:
                if steps < 5 or self._contact_clause(k, sentence):
                    return self._owner_of_mention(self.ending[k], "copula")
                return None
            if low in ("which", "that"):
                # "the kava that we sell is …": an object clause right after the mention
                before = self._prev(k, sentence)
                if before is not None and before in self.ending and self._contact_clause(before, sentence, k):
                    return self._owner_of_mention(self.ending[before], "copula")
                return None
            if (self._word(k).is_punct and self._text(k) not in HYPHENS) or low in (
                    "and", "or", "but", "who", "one", "other", "both", "each", "neither", "either"):
                return None
            if low in self.copulas and low not in POSSESSIVE:
                return None
            k, steps = k - 1, steps + 1
        return None

    COMPARISON_ASIDE_WORDS = 6

    def _compared_subject(self, closing: int, sentence: Span) -> Owner | None:
        """'Kava, like kratom, is …', 'Kratom, similar to kava, comes from …': the comma at `closing` ends a
        comparison aside (see _comparison_aside) right after a name that stands alone (not the last of a
        list: 'reishi and kava, like chaga, are …' may mean both), so that name is the subject."""
        if self._text(closing) != ",":
            return None
        for k in range(closing - 1, max(sentence.start, closing - self.COMPARISON_ASIDE_WORDS - 5) - 1, -1):
            if self._text(k) != ",":
                continue
            before = self._prev(k, sentence)
            if before is None or before not in self.ending or not self._comparison_aside(self._next(k, sentence),
                                                                                           closing):
                return None
            if self._joined_to_list(self.ending[before].start, sentence):
                return None
            opener = self._prev(self.ending[before].start, sentence)
            if opener is not None and self._low(opener) in self.HYPOTHETICAL_OPENERS:
                return None  # "if kava, like kratom, were a mushroom": the conditional's scope ends at the comma
            return self._owner_of_mention(self.ending[before], "copula")
        return None

    HYPOTHETICAL_OPENERS = frozenset({"if", "unless", "whether", "suppose", "supposing", "imagine"})

    def _comparison_aside(self, first: int | None, closing: int) -> bool:
        """Whether tokens [first, closing) are a comparison set off by commas after a name: "kava, like
        kratom, is …", "ashwagandha, just like reishi, is …", "maca, unlike lion's mane, is …". The
        name before it stays the subject: what follows is said of it (and the aside only compares).
        A short phrase: an opener of botanical-comparison-asides and a few words, with no copula,
        clause word or negation in them ("kava, like kratom is, …" is no aside)."""
        if first is None:
            return False
        opened = self._phrase_at(first, self.comparison_asides, sentence_at(self.doc, first))
        if opened is None or opened >= closing or closing - opened > self.COMPARISON_ASIDE_WORDS:
            return False
        return not any(i not in self.covering and self._low(i) in self.copulas
                       or self._low(i) in ("which", "that", "who", "not", "n't", "never")
                       or (self._word(i).is_punct and self._text(i) not in HYPHENS and self._text(i) not in POSSESSIVE)
                       for i in range(opened, closing))

    def _inserted_participle(self, first: int, closing: int) -> bool:
        """Whether tokens [first, closing) are an inserted participle or adjective phrase about the
        name before them: "kava, harvested in Fiji, is …", "suma, native to Brazil, is …", "kava,
        long used in Fiji, is …". It opens with a participle or postmodifier word (not a finite
        verb) and holds no copula, no list word and no substance name (a name there may be the
        subject: "kava, reishi, is …" is no sentence)."""
        low = self._low(first)
        if not (low in self.inserted_openers or (low.endswith("ed") and len(low) > 4 and self._word(first).is_alpha)):
            return False
        return not any(i in self.covering or self._low(i) in self.copulas or self._low(i) in ("and", "or", "nor")
                       for i in range(first, closing))

    def _contact_clause(self, mention_end: int, sentence: Span, after: int | None = None) -> bool:
        """Whether the word after a mention ending at `mention_end` (or after the relative word at `after`)
        is a pronoun that opens a clause about it: "kava [we sell]", "blue lotus [you see in teas]"."""
        nxt = self._next(after if after is not None else mention_end, sentence)
        return nxt is not None and self._low(nxt) in CONTACT_SUBJECTS

    def _named_again(self, closing: int, sentence: Span, frame: str) -> Owner | None:
        """'Ginseng, Panax ginseng, is …', 'kanna, also called sceletium, is …', 'passionflower —
        Passiflora incarnata — grows …': the comma or dash at `closing` ends a second name of the
        mention before the phrase (its Latin binomial or an alias, after a naming link such as
        'also called'), so that mention is the subject. Both names must be of one substance: a
        list ('kava, kratom, is …' never parses) or a conflation ('kratom, also called kava,') is
        left to the mention-pair check."""
        inner = self._prev(closing, sentence)
        if inner is None or inner not in self.ending:
            return None
        second = self.ending[inner]
        mark = self._text(closing)
        # The alias, or the first of a list of aliases of the same substance ("kratom, also known as
        # ketum or biak, is …", "… as ketum, biak or kakuam, is …"): each is tried as the second name.
        aliases, k, listed = [second], self._prev(second.start, sentence), False
        while k is not None and self._low(k) in ("or", "and", ","):
            listed = listed or self._low(k) != ","
            joined = self._prev(k, sentence)
            if self._low(k) in ("or", "and") and joined is not None and self._text(joined) == ",":
                joined = self._prev(joined, sentence)  # "ketum, biak, or kakuam"
            if not listed or joined is None or joined not in self.ending \
                    or self.ending[joined].label_ != second.label_ or self.ending[joined].kb_id_ == "latin":
                break
            aliases.append(self.ending[joined])
            k = self._prev(self.ending[joined].start, sentence)
        for alias in reversed(aliases):  # the first alias, right after the naming link
            owner = self._named_before(alias, mark, sentence, frame)
            if owner is not None:
                return owner
        return None

    def _named_before(self, second: Span, mark: str, sentence: Span, frame: str) -> Owner | None:
        """The mention before `mark` and a naming link that `second` is a second name of (see _named_again)."""
        k = self._prev(second.start, sentence)
        steps = 0
        while k is not None and steps < 5 and self._text(k) != mark:
            k, steps = self._prev(k, sentence), steps + 1
        if k is None or self._text(k) != mark:
            return None
        first = self._prev(k, sentence)
        if first is None or first not in self.ending or self.ending[first].label_ != second.label_:
            return None
        link = tuple(self._low(i) for i in range(k, second.start))
        if mark in ("—", "–"):  # "kava — also called awa — is …": a dash pair sets off the alias as commas do
            link = (",", *link[1:])
        if link not in self.latin_links:
            return None
        return self._owner_of_mention(self.ending[first], frame)

    CLASS_QUANTIFIERS = {"most", "all", "many", "other", "every", "any", "some", "fellow", "its"}

    def _fronted(self, cue: int, end: int, sentence: Span) -> Owner | None:
        """'Like most mosses, sea moss …' / 'As a member of the pepper family, kratom …'."""
        before = self._prev(cue, sentence)
        if before is not None and self._text(before) == ",":  # "sea moss, like all mosses, …"
            mention = self._prev(before, sentence)
            # Only a class the name is counted in ("like most mushrooms", "like all mosses"); a bare
            # peer is a comparison ("sea moss, like kelp, is rich in iodine").
            counted = self._next(cue, sentence)
            if mention is not None and mention in self.ending and self._low(cue) == "like" \
                    and counted is not None and self._low(counted) in self.CLASS_QUANTIFIERS:
                k = self._next(end - 1, sentence)
                if k is not None and self._text(k) in (",", "—", "–"):
                    return self._owner_of_mention(self.ending[mention], "fronted")
            return None
        if before is not None and self._text(before) not in (":", ";", "—", "–"):
            return None
        k = end
        steps = 0
        while k < sentence.end and steps < 6 and self._text(k) != ",":
            if self._word(k).is_punct and self._text(k) not in HYPHENS:
                return None
            k, steps = k + 1, steps + 1
        if k >= sentence.end or self._text(k) != ",":
            return None
        j = self._next(k, sentence)
        if j is not None and self._low(j) in self.determiners:
            j = self._next(j, sentence)
        if j is not None and j in self.covering and self.covering[j].start == j:
            return self._owner_of_mention(self.covering[j], "fronted")
        return None

    # ------------------------------------------------------------------ checks

    def _sentence_is_corrective(self, sentence: Span) -> bool:
        return any(sentence.start <= i < sentence.end for i in self.corrective_at)

    def _blocked(self, rule, start: int, end: int, own: tuple[int, int] | None = None) -> bool:
        """Whether context exempts tokens [start, end); cues inside `own` are the claim's own
        wording (the "sometimes called" of "kratom, sometimes called kava,") and exempt nothing."""
        sentence = sentence_at(self.doc, start)
        if self._sentence_is_corrective(sentence) or self._corrected_after(start, end, sentence):
            return True
        if self._rhetorical(sentence):
            rule = self._asserting(rule)
        return blocked_by_context(self.doc, rule, start, end, own)

    RHETORICAL = (("did", "you", "know", "that"), ("did", "you", "know"))

    def _rhetorical(self, sentence: Span) -> bool:
        """'Did you know (that) kava is a mushroom?': a question that asserts what follows. The
        name must follow at once (after a determiner at most): 'did you know that many people
        think …' reports a belief."""
        k = sentence.start
        while k < sentence.end and self._skippable(k):
            k += 1
        for opener in self.RHETORICAL:
            if self._lows(k, min(sentence.end, k + len(opener))) == opener:
                j = self._next(k + len(opener) - 1, sentence)
                if j is not None and self._low(j) in self.determiners:
                    j = self._next(j, sentence)
                return j is not None and j in self.covering and self.covering[j].start == j
        return False

    def _asserting(self, rule):
        """The rule without its question exemption (for rhetorical questions)."""
        plain = self.asserting.get(rule.id)
        if plain is None:
            unless = [u for u in rule.unless if u != "question"]
            plain = self.asserting[rule.id] = dataclasses.replace(rule, spec={**rule.spec, "unless": unless})
        return plain

    def _check_descriptor(self, d: Descriptor):
        if not self._names_a_substance(d.start):
            return
        sentence = sentence_at(self.doc, d.start)
        if d.role in ("family", "family-bare") and (same := self._family_word_same_plant(d, sentence)) is not None:
            yield from self._report_family_word_same_plant(d, sentence, *same)  # "kratom and coffee: the same plant"
            return
        if d.role == "kind":
            # "Neither kava nor kratom is a plant", "Kava is not a plant.": a true kind denied of each name
            denied = (self._neither_owners(d, sentence) if d.value in self.DENIED_KINDS else []) \
                or self._single_denial_owners(d, sentence)
            if denied:
                yield from self._report_denied_kind(d, denied, sentence)
                return
        if not self._may_contradict(d, sentence):
            return
        if d.role == "family":
            yield from self._check_family(d, sentence)
            return
        if d.role == "family-bare":
            yield from self._check_bare_family(d, sentence)
            return
        if d.role == "wrong-form":
            yield from self._check_wrong_form(d, sentence)
            return
        if d.role == "region":
            self._collect_region(d, sentence)
            return
        if self._is_modifier_of_other_kind(d, sentence):
            return
        if d.role == "kind" and self._quoted_epithet(d, sentence):
            return  # "kava, the 'mushroom of the Pacific'": a nickname in quotes, not what kava is
        if d.role == "part" and self._fruits_as_verb(d, sentence):
            return  # "reishi fruits in late summer"
        if d.role == "kind":  # "Reishi grows on oaks. This plant is bitter."
            phrase = self._referring_phrase_head(d, sentence)
            antecedent = self._referring_antecedent(*phrase, sentence) if phrase is not None else None
            if antecedent is not None:
                if not self._earlier_fits(d, phrase[0]):
                    yield from self._check_kind_or_part(d, Owner(antecedent, phrase[0], "coreference"), sentence,
                                                        phrase[1] + 1)
                return
        owner = self._attach(d.start, d.end, sentence)
        if owner is None and d.role == "kind" and sentence.start in self.answers:
            owner = self._answer_owner(d, sentence)  # "What is kava? A mushroom brew from Fiji."
        if owner is None and d.role == "part" and d.value == "seed":
            owner = self._seed_grower(d, sentence)  # "reishi is grown from seed"
        if owner is not None:
            owners = self._with_co_subjects(owner, sentence)
            if len(owners) > 1 and self._respective(d, sentence):
                return  # "kava and reishi are a root and a mushroom"
            for each in owners:
                yield from self._check_kind_or_part(d, each, sentence, d.end)
        elif d.role in ("part", "kind") and (heading := self._heading_owner(d, sentence)) is not None:
            yield from self._check_kind_or_part(d, heading, sentence, d.end)  # "How to make X tea: pick the leaves"
        elif d.role == "part":  # "the leaves of the kava plant are pounded …", "kava, whose leaves are …"
            yield from self._check_part_before_name(d, sentence)
        elif d.role == "kind":  # "our fungal kava", "mushrooms like kava and reishi"
            owners = self._leading_owners(d, sentence) or self._counted_list_owners(d, sentence) \
                or self._either_owners(d, sentence)
            # "herbs and mushrooms such as reishi and rhodiola": examples of several kinds are
            # checked against all of them; an example that fits none is still wrong.
            others = self._coordinated_kinds(d, sentence) if owners else set()
            for owner, end in owners:
                substance = self.knowledge.substances.get(owner.substance)
                if others and substance is not None and owner.frame == "example" \
                        and others & self._allowed_kinds(substance):
                    continue
                yield from self._check_kind_or_part(d, owner, sentence, end)

    # Verbs of raising a plant: "<name> is grown from seed", "<name> grows from seeds planted in …".
    GROWTH_VERBS = {"grown", "grows", "grow", "growing", "grew", "sprouts", "sprout", "sprouted", "sprouting",
                    "germinates", "germinate", "germinated", "sown", "raised", "propagated", "started", "cultivated",
                    "planted"}

    def _seed_grower(self, d: Descriptor, sentence: Span) -> Owner | None:
        """'Our reishi is grown from seed', 'lion's mane grows from seeds planted in oak logs',
        'chaga sprouts from seeds': a substance raised from seed, as only a plant is. Only a
        substance that is not a plant (a fungus grows from spores or spawn) is returned; 'seed'
        must close its phrase ('grown from seed grain' names grain spawn)."""
        k, steps = self._prev(d.start, sentence), 0
        while k is not None and steps < 2 and self._low(k) != "from" and self._word(k).is_alpha \
                and (self._low(k) in ("a", "the", "its", "their") or self._low(k) not in self.stops) \
                and k not in self.covering:
            k, steps = self._prev(k, sentence), steps + 1
        if k is None or self._low(k) != "from":
            return None
        verb = self._prev(k, sentence)
        if verb is None or self._low(verb) not in self.GROWTH_VERBS:
            return None
        after = self._next(d.end - 1, sentence)
        if after is not None and not (self._word(after).is_punct and self._text(after) not in HYPHENS) \
                and self._low(after) not in self.stops and not self._low(after).endswith("ed") \
                and self._low(after) not in ("each", "every", "all", "year", "once", "twice", "indoors", "outdoors"):
            return None
        owner = self._attach(verb, verb + 1, sentence, participle=True)
        substance = self.knowledge.substances.get(owner.substance) if owner is not None else None
        if substance is None or substance.kind == "plant":
            return None
        return owner

    EPITHET_QUOTES = {'"', "“", "'", "‘"}
    EPITHET_CLOSERS = {'"', "”", "'", "’"}
    EPITHET_WORDS = 5  # words of "<kind> of <…>" before the closing quote: "mushroom of the South Pacific"

    def _quoted_epithet(self, d: Descriptor, sentence: Span) -> bool:
        """'kava, the "mushroom of the Pacific"', 'kratom, the "herb of the gods"': a kind word that opens a
        quoted "<kind> of <…>" is a nickname, a metaphor, not the kind the name is said to be. A bare quoted kind
        ('kava is a "mushroom"') or an unquoted one ('kava, the mushroom of the Pacific') is still checked."""
        doc = self.doc
        if d.start <= sentence.start or doc[d.start - 1].text not in self.EPITHET_QUOTES:
            return False
        if d.end >= sentence.end or doc[d.end].lower_ != "of":
            return False
        for k in range(d.end + 1, min(d.end + 2 + self.EPITHET_WORDS, sentence.end)):
            if doc[k].text in self.EPITHET_CLOSERS:
                return k > d.end + 1
            if not doc[k].is_alpha:
                return False
        return False

    def _may_contradict(self, d: Descriptor, sentence: Span) -> bool:
        """Whether the description contradicts a substance it may be said of (see
        _named_around): working out which one it is said of is the dearer step, and most
        descriptions fit all of them ("kava, a Pacific plant"). Part words are left to the
        frames."""
        substances = self._named_around(sentence)
        if d.role == "kind":
            return any(d.value not in self._allowed_kinds(s) or self._wrong_form(d, s) is not None for s in substances)
        if d.role in ("family", "family-bare"):
            return any(not s.in_family(d.value) for s in substances) or (
                d.role == "family" and any(self._wrong_genus(d, s) is not None for s in substances))
        if d.role == "wrong-form":
            if self.kin_plants and self._span_text(d.start, d.end).lower() in self.kin_plants:
                return bool(substances)  # a kinship with any substance may be wrong ("turmeric is related to cumin")
            return any(s.id in d.value for s in substances)
        if d.role == "region":  # a claim is wrong when none of the sentence's places fits (_flush_regions)
            return any(s.native and (region.value.isdisjoint(s.native) or s.species
                                     and any(region.value.isdisjoint(sp.native) for sp in s.species))
                       for s in substances for region in self.regions_by_sentence[sentence.start])
        return True

    def _wrong_genus(self, d: Descriptor, substance: Substance) -> str | None:
        """The genus a family phrase names ("the genus Panax", "a Panax species") when it is not one of
        the substance's, though the family may be right (eleuthero is Araliaceae, not Panax)."""
        if d.role != "family":
            return None
        genus = self.genus_phrases.get(" ".join(self._low(i) for i in range(d.start, d.end)))
        return genus if genus is not None and genus.lower() not in self.genera.get(substance.id, ()) else None

    def _named_around(self, sentence: Span) -> list[Substance]:
        """The substances a description in the sentence can be said of: those named in it,
        and the one a pronoun in it can stand for (see _antecedent)."""
        substances = self.named_around.get(sentence.start)
        if substances is None:
            first = bisect_right(self.mention_ends, sentence.start)  # the first mention reaching into it
            ids = set()
            for mention in self.mentions[first:]:
                if mention.start >= sentence.end:
                    break
                ids.add(mention.label_)
            ids.add(self.mentions[first - 1].label_ if first else self.state.last_substance)
            if first:  # the subject of the sentence before, which a pronoun may stand for
                ids |= self._candidates(sentence.start)
            substances = self.named_around[sentence.start] = [
                self.knowledge.substances[i] for i in ids if i in self.knowledge.substances]
        return substances

    def _allowed_kinds(self, substance: Substance) -> set[str]:
        return (self.compatible.get(substance.id) or self.compatible.get(substance.form)
                or self.compatible.get(substance.kind, {substance.kind}))

    def _check_kind_or_part(self, d: Descriptor, owner: Owner, sentence: Span, end: int):
        substance = self.knowledge.substances.get(owner.substance)
        if substance is None:
            return
        if owner.frame == "coreference" and owner.start is not None:
            # "Kava pairs well with reishi. It is a mushroom": true of one thing "it" may stand for
            for other in self._candidates(owner.start) - {substance.id}:
                candidate = self.knowledge.substances.get(other)
                if candidate and self._fits(d, candidate):
                    return
        values = {}
        if d.role == "kind":
            if d.value in self.head_only_kinds and owner.frame in ("compound", "possessive", "table-part"):
                return  # "kratom mold", "reishi's mold problem": spoilage of the product, not what it is
            allowed = self._allowed_kinds(substance)
            if d.value in allowed:
                form_word = self._wrong_form(d, substance)
                if form_word is None:
                    return
                values["kind_noun"] = _article(substance.form)
        elif d.role == "part":
            if self._span_text(d.start, d.end).lower() in self.fungus_only:
                if "fungus" in self._allowed_kinds(substance) or (d.value == "spore" and substance.kind != "plant"):
                    return  # an alga's spores are its own
                # "kava is a mushroom cap": a part only fungi have, reported as a wrong kind below
            elif self._part_as_verb(d, owner, sentence):
                return  # "reishi leaves a bitter aftertaste", "its appeal stems from …"
            elif not (_no_plant_parts(substance) and d.value in self.plant_only):
                if owner.frame == "compound":
                    yield from self._check_compound_part(d, owner, substance, sentence)
                elif owner.frame in ("copula", "apposition"):
                    yield from self._check_head_part(d, owner, substance, sentence)
                elif owner.frame == "table-part" and not self._part_ok(d.value, substance):
                    yield from self._report_wrong_part(owner, substance, sentence, d)  # "| Kava | Leaves |"
                return
        rule = self.rules.get("wrong-kind")
        if rule is None or self._blocked(rule, d.start, d.end):
            return
        leading = owner.start is not None and owner.start >= d.end
        fix = self._kind_fix(d, substance, sentence) if owner.frame != "fronted" and not leading else None
        yield from self._report(rule, owner, substance, sentence, d.start, end,
                                claimed=self._claimed_kind(d), fix=fix, **values)

    # Part words that are also verbs, and what follows them as verbs: "reishi leaves a bitter aftertaste",
    # "chlorella leaves no taste", "cordyceps leaves you energized", "spirulina stems from …".
    VERB_PART_OBJECTS = {"leaves": {"no", "nothing", "little", "behind", "plenty", "room", "some", "me", "us", "him",
                                    "them", "most", "many", "lingering", "out"},
                         "stems": {"from"}}

    def _part_as_verb(self, d: Descriptor, owner: Owner, sentence: Span) -> bool:
        """A part word right after a name that is the sentence's verb, not a part of the plant."""
        if owner.frame != "compound" or d.end - d.start != 1:
            return False
        objects = self.VERB_PART_OBJECTS.get(self._low(d.start))
        after = self._next(d.start, sentence)
        if objects is None or after is None:
            return False
        word = self._low(after)
        if word in objects:
            return True
        return self._low(d.start) == "leaves" and (word in self.determiners or word in PRONOUNS) \
            and word not in ("this", "these", "those", "that")

    def _fits(self, d: Descriptor, substance: Substance) -> bool:
        """A kind or part word that is true of the substance."""
        if d.role == "kind":
            return d.value in self._allowed_kinds(substance) and self._wrong_form(d, substance) is None
        if d.role == "part":
            return not (_no_plant_parts(substance) and d.value in self.plant_only) and self._part_ok(d.value, substance)
        return False

    WOODY = {"tree": "tree", "trees": "tree", "shrub": "shrub", "shrubs": "shrub", "bush": "shrub",
             "bushes": "shrub", "vine": "vine", "vines": "vine"}

    def _wrong_form(self, d: Descriptor, substance: Substance) -> str | None:
        """'kratom is a shrub': a woody life form other than the substance's (tree/shrub/vine)."""
        word = self._span_text(d.start, d.end).lower()
        claimed = self.WOODY.get(word)
        if claimed is None or claimed == substance.form:
            return None
        if substance.form not in self.WOODY.values():
            # An herb is no tree and no vine ("chamomile is a small tree"; a shrub is left alone: many
            # herbs are bushy or woody at the base), and an alga none of the three ("chlorella, a
            # water vine"); other forms (fungi, cyanobacteria) are told apart by their kind.
            if not ((substance.form == "herb" and claimed in ("tree", "vine")) or substance.kind == "alga"):
                return None
        if any(self.WOODY.get(name_word) == claimed for name in substance.names for name_word in name.lower().split()):
            return None  # "elder tree" is one of elderberry's names; "mate shrub" makes yerba mate a bush too
        return claimed

    def _is_modifier_of_other_kind(self, d: Descriptor, sentence: Span) -> bool:
        """'tree' in 'birch tree fungus', 'mushroom' in 'mushroom-free': not the head noun."""
        j = self._next(d.end - 1, sentence)
        if j is None:
            return False
        if self._text(j) in HYPHENS:
            k = self._next(j, sentence)
            return k is not None and self._low(k) in ("free", "less", "like", "alternative", "substitute")
        low = self._low(j)
        return low in self.kind_classes or low in self.business_nouns or (
            d.role == "part" and low in ("fungus", "fungi", "mushroom", "mushrooms"))

    def _claimed_kind(self, d: Descriptor) -> str:
        text = self._span_text(d.start, d.end).lower()
        if d.role == "part":
            return text if text.endswith("s") or text in ("bark", "resin") else _article(text)
        if text in ("fungi", "algae", "bacteria", "mycelium", "bark"):
            return text
        if text.endswith("sses"):
            text = text[:-2]
        elif text.endswith("ies"):
            text = text[:-3] + "y"
        elif text.endswith("s") and not text.endswith(("us", "ss", "um")):
            text = text[:-1]
        return _article(text)

    def _kind_fix(self, d: Descriptor, substance: Substance, sentence: Span) -> Fix | None:
        if d.end - d.start != 1:
            return None
        before = self._prev(d.start, sentence)
        if before is not None and self._low(before) in self.part_ids:
            return None  # "kava root mushroom tea": the part is already named; the kind word should go
        
        spec = self.replacements.get(substance.kind) or {}
        after = self._next(d.start, sentence)
        modifier = after is not None and (self._text(after) in HYPHENS or self._low(after) in POSSESSIVE
                                          or self._low(after) in self.product_words)
        if not modifier and after is not None and self._word(after).is_alpha and after not in self.covering \
                and self._low(after) not in self.stops and self._low(after) not in self.determiners \
                and self._low(after) not in PRONOUNS:
            beyond = self._next(after, sentence)  # "kava mushroom relaxation drink"
            modifier = beyond is not None and self._low(beyond) in self.product_words \
                and self._low(beyond) not in ("our", "used", "use", "uses", "made", "sold")
        template = spec.get("modifier" if modifier else "head")
        if not template or (d.role == "part" and not modifier):
            return None
        replacement = render(template, part=self._part_word(substance), form=substance.form or "plant")
        original = self._text(d.start)
        if original.lower() in ("mushrooms", "shrooms", "plants", "herbs", "fungi", "trees", "shrubs", "leaves",
                                "leafs", "roots") \
                and not replacement.endswith("s"):
            replacement = _plural(replacement)
        token = self.doc[d.start]
        return Fix(token.idx, token.idx + len(token.text), _match_case(replacement, original), safe=modifier)

    def _part_word(self, substance: Substance) -> str:
        """The part to name in a fix: the first simple part ('flower' before 'aerial-parts')."""
        parts = [p for p in substance.parts if "-" not in p] or list(substance.parts) or ["plant"]
        return parts[0].replace("-", " ")

    def _part_fix(self, d: Descriptor, substance: Substance) -> Fix | None:
        if d.end - d.start != 1 or not substance.parts:
            return None
        token = self.doc[d.start]
        replacement = self._part_word(substance)
        if token.lower_ != d.value and token.lower_ in ("leaves", "leafs", "roots", "seeds", "flowers", "berries", "beans",
                                                         "stems", "rhizomes", "fruits", "twigs"):
            replacement = replacement if replacement.endswith("s") else _plural(replacement)
        return Fix(token.idx, token.idx + len(token.text), _match_case(replacement, token.text), safe=False)

    # -- wrong forms (family claims: identity_families.py)

    def _check_wrong_form(self, d: Descriptor, sentence: Span, source_of: Owner | None = None):
        """A description the knowledge base lists as wrong for a substance ('kanna … cactus'),
        or a material it is said to be made from (`source_of`: 'pressed from cumin seeds')."""
        after = self._next(d.end - 1, sentence)
        if after is not None and self._text(after) in HYPHENS:
            return  # "cactus-like", "grain-free"
        if source_of is None and self.kin_plants:
            kin_family = self.kin_plants.get(self._span_text(d.start, d.end).lower())
            if kin_family is not None and (kin := self._relation_owner(d, sentence)) is not None:
                yield from self._report_kin_plant(d, kin, kin_family, sentence)  # "turmeric is related to cumin"
                return
            if kin_family is not None and (same := self._same_plant_owner(d, sentence, what="family")) is not None:
                # "black seed and cumin are in the same family", "cumin and nigella belong to the same plant family"
                yield from self._report_kin_plant(d, same[0], kin_family, sentence, end=same[1])
                return
        if source_of is not None and self._span_text(d.start, d.end).lower() in self.kin_plants and any(
                self._low(i) in self.relation_nouns for i in range(max(sentence.start, d.start - 4), d.start)):
            return  # "kava comes from a relative of black pepper": kin, checked as a family claim
        if source_of is not None:
            owner = source_of
        elif any(i in self.covering for i in range(d.start, d.end)):
            # "Amanita …, a classic magic mushroom"; "X is a Y" between two names is left to
            # the mention-pair check, which reports it as a conflation.
            owner = self._attach(d.start, d.end, sentence)
            if owner is not None and owner.frame == "copula":
                return
        else:
            owner = self._linked_subject(d, sentence) or self._alias_owner(d.start, sentence) \
                or self._attach(d.start, d.end, sentence)
        end, claimed = d.end, None
        if owner is None and source_of is None and (same := self._same_plant_owner(d, sentence)) is not None:
            owner, end = same
            claimed = f"the same {self._low(end - 1)} as {self._span_text(d.start, d.end).lower()}"
        if owner is None or owner.substance not in d.value:
            return
        if self._figurative_head(d, sentence):
            return  # "an opioid alternative", "a non-opioid option": the word is no description of the substance
        substance = self.knowledge.substances[owner.substance]
        rule = self.rules.get("wrong-kind")
        if rule is None or self._blocked(rule, d.start, d.end):
            return
        form = _article(substance.form or substance.kind)
        latin = f" ({substance.latin[0]})" if substance.latin else ""
        yield from self._report(rule, owner, substance, sentence, d.start, end,
                                claimed=claimed or self._claimed_kind(d), kind_noun=form + latin, fix=None)

    def _family_word_same_plant(self, d: Descriptor, sentence: Span) -> tuple[Owner, int] | None:
        """'Kratom and coffee come from the same plant', 'blue lotus is the same flower as the sacred lotus':
        a family's common name that is also a plant's ('coffee', 'sacred lotus', not 'the coffee family') in a
        sameness frame with a name: (the name's owner, the end of the frame). Two organisms are one plant only
        if they are one species; a kinship is a family claim, checked by _check_family."""
        words = [self._low(i) for i in range(d.start, d.end)]
        if "family" in words or any(w.endswith("aceae") for w in words):
            return None
        return self._same_plant_owner(d, sentence)

    def _report_family_word_same_plant(self, d: Descriptor, sentence: Span, owner: Owner, end: int):
        substance = self.knowledge.substances.get(owner.substance)
        rule = self.rules.get("wrong-kind")
        if substance is None or rule is None or self._blocked(rule, d.start, d.end):
            return
        text = self._span_text(d.start, d.end).lower()
        if any(text == name.lower() for name in (*substance.names, *substance.misspellings)):
            return
        form = _article(substance.form or substance.kind)
        latin = f" ({substance.latin[0]})" if substance.latin else ""
        yield from self._report(rule, owner, substance, sentence, d.start, end,
                                claimed=f"the same {self._low(end - 1)} as {text}", kind_noun=form + latin, fix=None)

    def _same_plant_owner(self, d: Descriptor, sentence: Span, what: str = "same") -> tuple[Owner, int] | None:
        """'Kava and black pepper are the same plant', 'black pepper and kava are one and the same',
        'kava comes from the same plant as black pepper': a wrong form and a name said to be one organism
        (the sameness frames of two names, identity_frames._sameness)."""
        before = next((self.covering[i] for i in range(d.start - 1, sentence.start - 1, -1) if i in self.covering), None)
        if before is not None:
            between = [i for i in range(before.end, d.start) if not self._skippable(i)]
            if [self._low(i) for i in between] in (["and", "the"], ["&", "the"]):
                between = between[:1]  # "blue lotus and the sacred lotus are the same flower"
            same = self._sameness(before, self.doc[d.start:d.end], between, sentence)
            if same is not None and same[0] == what:
                return Owner(before.label_, before.start, "copula"), max(d.end, same[1] + 1)
        after = next((self.covering[i] for i in range(d.end, sentence.end) if i in self.covering), None)
        if after is not None:
            between = [i for i in range(d.end, after.start) if not self._skippable(i)]
            if [self._low(i) for i in between] in (["and"], ["&"]):
                same = self._sameness(self.doc[d.start:d.end], after, between, sentence)
                if same is not None and same[0] == what:
                    return Owner(after.label_, after.start, "copula"), same[1] + 1
        return None

    def _figurative_head(self, d: Descriptor, sentence: Span) -> bool:
        """'an opioid alternative', 'a cactus substitute': a wrong form that modifies a figurative head
        (botanical-figurative-modifiers); 'a non-opioid option', 'anti-opioid': a wrong form negated by a
        prefix."""
        after = self._next(d.end - 1, sentence)
        if after is not None and self._low(after) in self.figurative:
            return True
        hyphen = self._prev(d.start, sentence)
        if hyphen is not None and self._text(hyphen) in HYPHENS:
            prefix = self._prev(hyphen, sentence)
            return prefix is not None and self._low(prefix) in ("non", "anti", "not")
        return self._low(d.start).startswith("non")

    def _report_kin_plant(self, d: Descriptor, owner: Owner, family: str, sentence: Span, end: int | None = None):
        """A substance said to be kin of a plant of botanical-kin-plants: wrong when the families
        differ, unless both sit in one order (kin above the family, as in _report_kinship)."""
        substance = self.knowledge.substances.get(owner.substance)
        rule = self.rules.get("wrong-family")
        if substance is None or rule is None or not substance.family or substance.family == family \
                or self.family_orders.get(substance.family, substance.family) == self.family_orders.get(family, family):
            return
        if self._blocked(rule, d.start, d.end):
            return
        claimed = self.knowledge.families.get(family)
        if end is None:
            end = d.end
            after = self._next(end - 1, sentence)
            if after is not None and self._low(after) in self.relation_nouns:
                end = after + 1
        start = owner.start if owner.start is not None and owner.start < d.start else d.start
        yield from self._report(rule, owner, substance, sentence, start, end,
                                claimed=self._family_phrase(claimed) if claimed else family, fix=None)

    def _family_fix(self, d: Descriptor, substance: Substance) -> Fix | None:
        family = self.knowledge.families.get(substance.family)
        span = self.doc[d.start:d.end]
        text = span.text
        if family is None:
            return None
        lows = [t.lower_ for t in span]
        if "genus" in lows or " ".join(lows) in self.genus_phrases:
            # "the genus Piper" -> "the genus Mitragyna", "the Piper genus" -> "the Mitragyna genus",
            # "a Panax species" -> "an Eleutherococcus species"
            if not substance.latin:
                return None
            genus = substance.latin[0].split()[0]
            replacement = f"genus {genus}" if lows[0] == "genus" else f"{genus} {lows[-1]}"
            if lows[-1] == "species":
                return None  # the article before it may no longer fit ("a Panax" -> "an Eleutherococcus")
            return Fix(span.start_char, span.end_char, _match_case(replacement, text) if lows[0] == "genus"
                       else replacement, safe=True)
        claimed = self.knowledge.families.get(d.value)
        latin_names = {n.lower() for n in (claimed.latin, *claimed.older)} if claimed else set()
        with_family = text.lower().endswith("family")
        if span[0].text.lower() in latin_names:  # "the Piperaceae (family)" -> "the Rubiaceae (family)"
            replacement = family.latin + (" family" if with_family else "")
        else:
            common = next((c for c in family.common if c.endswith("family")), None)
            if common is None:
                replacement = f"{family.latin} family" if with_family else family.latin
            else:
                replacement = common if with_family else common.removesuffix(" family")
            if any(t.text in HYPHENS for t in span):
                replacement = replacement.replace(" ", "-")
            replacement = _match_case(replacement, text) if not text[:1].isupper() else replacement
        return Fix(span.start_char, span.end_char, replacement, safe=True)

    # -- source frames: "made from …", "a leaf from the kava tree"

    def _check_sources(self, verbs: list[int], descriptors: list[Descriptor]):
        frames = []
        self.bare_family_before = {d.end: d for d in descriptors if d.role == "family-bare"}
        for verb in verbs:
            if not self._names_a_substance(verb):
                continue
            prep = self._source_prep(verb) if self._low(verb) in self.source_verbs else None
            if prep is not None:
                frames.append((verb, prep))
            elif self._low(verb) in self.active_source_verbs:
                yield from self._check_active_source(verb)
            elif self._low(verb) in self.use_verbs:
                yield from self._check_use_source(verb)
        for d in descriptors:  # "a leaf from the kava tree"
            if d.role in ("part", "kind") and d.end < len(self.doc) and self._low(d.end) == "from" \
                    and not self._set_apart(d.start):
                frames.append((d.start, d.end))
            elif d.role == "part" and d.end < len(self.doc) and self._low(d.end) == "of" \
                    and self._wrong_form_of_part(d.start, sentence_at(self.doc, d.start)) \
                    and self._copula_article_before(d.start):
                frames.append((d.start, d.end))  # "black seed is the seed of the cumin plant"
        for verb, prep in sorted(frames):
            if self._names_a_substance(prep):  # the frame's sentence
                yield from self._check_source_frame(verb, prep)
        for mention in self.mentions:
            yield from self._check_bare_plant_source(mention)

    def _check_bare_plant_source(self, mention: Span):
        """'black seed is just black cumin from the cumin plant', 'kava from the black pepper plant': a name
        followed, with no verb, by 'from the' and a wrong form of it that a plant noun heads. Only that
        shape: 'kava from Fiji', 'kava from the islands' name where it comes from, not what."""
        prep = mention.end
        if prep + 3 >= len(self.doc) or self._low(prep) != "from" or self._low(prep + 1) != "the":
            return
        wrong = self.wrong_form_at.get(prep + 2)
        if wrong is None or wrong.end >= len(self.doc) or self._low(wrong.end) not in PLANT_HEADS \
                or mention.label_ not in wrong.value or any(i in self.covering for i in range(wrong.start, wrong.end)):
            return
        sentence = sentence_at(self.doc, prep)
        if wrong.end >= sentence.end:
            return
        yield from self._check_wrong_form(wrong, sentence, self._owner_of_mention(mention, "source"))

    def _copula_article_before(self, at: int) -> bool:
        """'is the seed of', 'are the seeds of', ', the seeds of': a part word that an article and a
        copula (or an apposition comma) put right after the subject."""
        sentence = sentence_at(self.doc, at)
        article = self._prev(at, sentence)
        if article is None or self._low(article) not in ("the", "a", "an"):
            return False
        link = self._prev(article, sentence)
        while link is not None and self._low(link) in self.link_adverbs:
            link = self._prev(link, sentence)
        return link is not None and (self._text(link) == "," or (
            self._low(link) in self.BARE_COPULAS and self._low(link) not in POSSESSIVE))

    WHEN = frozenset({"when", "whenever"})
    WHEN_STOPS = frozenset({"and", "but", "or", "that", "which", "who", "because", "so", "then"})

    def _when_clause(self, verb: int, sentence: Span) -> bool:
        """'Kava only harms the liver when it's made from stems and leaves', 'When kava is made from
        leaves, it can harm the liver': a source verb in a 'when' clause picks out which products
        it speaks of (a hypothetical, like 'if it's made from …'), it does not say what the product
        is made from. Only a 'when' that opens the verb's own clause, a few words before it (its
        subject and auxiliaries): not 'kava is made from the leaves when the root runs out'."""
        k, steps = self._prev(verb, sentence), 0
        while k is not None and steps < 6:
            low = self._low(k)
            if low in self.WHEN:
                return True
            if not self._word(k).is_alpha and low not in ("'s", "’s", "'re", "’re") or low in self.WHEN_STOPS:
                return False
            k, steps = self._prev(k, sentence), steps + 1
        return False

    HARMS = frozenset({"linked", "implicated", "tied", "associated", "blamed", "caused", "cause", "causes", "harm",
                       "harms", "harmed", "damage", "damages", "damaged", "toxic", "hepatotoxic", "dangerous", "unsafe",
                       "risky", "poisoned", "injured"})

    def _harmful_kind(self, verb: int, sentence: Span) -> bool:
        """'Kava drinks made from stems and peels have been linked to liver injury': a source verb
        right after its noun, with no copula or comma ('kava drinks made from …'), picks out the
        products a harm is said of; it does not say the product is made from that part. Only where
        the sentence goes on to a harm within a few words: not 'kava drinks made from leaves are popular'."""
        k = self._prev(verb, sentence)
        if k is None or not self._word(k).is_alpha or self._low(k) in self.copulas or self._low(k) in self.WHEN_STOPS:
            return False
        j, steps = self._next(verb, sentence), 0
        while j is not None and steps < 12:
            if self._low(j) in self.HARMS:
                return True
            if self._low(j) in (".", ";", ":", "!", "?", "not", "never", "n't", "no", "nothing", "hardly"):
                return False  # 'our kava made from leaves is never dangerous' denies the harm
            j, steps = self._next(j, sentence), steps + 1
        return False

    def _set_apart(self, at: int) -> bool:
        """'a different plant from kava', 'an entirely separate herb from kratom': a word that sets
        the noun at `at` apart ('different', 'distinct', …; adverbs and plain modifiers may stand
        between) makes its 'from' a contrast, not a source."""
        sentence = sentence_at(self.doc, at)
        k, steps = self._prev(at, sentence), 0
        while k is not None and steps < 3 and self._word(k).is_alpha and k not in self.covering \
                and self._low(k) not in self.determiners:
            if self._low(k) in self.DIFFERENT:
                return True
            k, steps = self._prev(k, sentence), steps + 1
        return False

    def _check_active_source(self, verb: int):
        """'We grind our maca from the leaves': an active source verb, its object (a mention,
        after at most a determiner) and 'from' a part. Only the part is checked: a source that
        is another substance or a kind word is left to the passive frames."""
        sentence = sentence_at(self.doc, verb)
        j = self._next(verb, sentence)
        if j is not None and self._low(j) in self.determiners:
            j = self._next(j, sentence)
        if j is None or j not in self.covering or self.covering[j].start != j:
            return
        mention = self.covering[j]
        k = self._next(mention.end - 1, sentence)
        if k is None or self._low(k) != "from":
            return
        part_at, source, kind_at, _ = self._source_window(k, sentence)
        if part_at is None or source is not None or kind_at is not None:
            return
        between = [self._low(m) for m in range(k + 1, part_at)]
        if any(w in self.stops or self._word(m).is_punct for w, m in zip(between, range(k + 1, part_at))):
            return  # "from farms near the roots …": the part is not the source itself
        owner = self._owner_of_mention(mention, "source")
        if owner is None:
            return
        substance = self.knowledge.substances.get(owner.substance)
        if substance is None or substance.kind == "fungus":
            return
        part = self.part_ids[self._low(part_at)]
        if self._part_ok(part, substance):
            return
        nxt = self._next(part_at, sentence)
        if nxt is not None and self._low(nxt) == "of":
            return  # "from the leaves of …": whose leaves is another frame's question
        rule = self.rules.get("wrong-part")
        if rule is None or self._blocked(rule, part_at, part_at + 1):
            return
        fix = self._part_fix(Descriptor(part_at, part_at + 1, "part", part), substance)
        anchor = Owner(owner.substance, None, owner.frame)
        yield from self._report(rule, anchor, substance, sentence, verb, part_at + 1,
                                claimed=self._text(part_at).lower(), fix=fix)

    USE_ADVERBS = {"only", "just", "exclusively", "mainly", "mostly", "primarily", "solely", "chiefly", "typically",
                   "usually", "generally", "traditionally"}
    USE_MODIFIERS = {"dried", "fresh", "whole", "young", "raw", "ground", "powdered", "fermented", "mature", "tender",
                     "entire"}
    SUBJECT_OPENERS = {"organic", "pure", "premium", "most", "many", "all", "some", "quality"}

    def _check_use_source(self, verb: int):
        """'Rhodiola capsules use the leaves', 'our valerian uses only the flowers': a product of a plant,
        the sentence's subject (the name, at most two product nouns after it), names a part as what it
        uses. Any right part in the list after the verb ('use the leaves and roots') clears it; a part
        'of' another substance is a conflation frame's question."""
        sentence = sentence_at(self.doc, verb)
        j, nouns = self._prev(verb, sentence), 0
        if j is not None and self._low(j) in self.USE_ADVERBS:
            j = self._prev(j, sentence)  # "milk thistle extracts typically use …"
        while j is not None and j not in self.ending and nouns < 2 and self._low(j) in self.product_words \
                and self._low(j) not in NOT_PRODUCT_FORMS:
            j, nouns = self._prev(j, sentence), nouns + 1
        if j is None or j not in self.ending:
            return
        mention = self.ending[j]
        before = self._prev(mention.start, sentence)
        if before is not None and not (self._low(before) in self.determiners or self._low(before) in self.SUBJECT_OPENERS
                                       or self._text(before) in (":", "-", "—", "–")):
            return  # "farmers who grow kava use the leaves", "unlike kava, kratom products use the leaves"
        k, steps = self._next(verb, sentence), 0
        while k is not None and steps < 4 and (self._low(k) in self.USE_ADVERBS or self._low(k) in self.determiners
                                               or self._low(k) in self.USE_MODIFIERS):
            k, steps = self._next(k, sentence), steps + 1
        if k is None or self._low(k) not in self.part_ids or k in self.covering:
            return
        part_at = k
        owner = self._owner_of_mention(mention, "source")
        substance = self.knowledge.substances.get(owner.substance) if owner else None
        if substance is None:
            return
        part = self.part_ids[self._low(part_at)]
        wrong_kind = _no_plant_parts(substance) and part in self.plant_only  # "reishi supplements use the roots"
        if not wrong_kind and (substance.kind != "plant" or self._part_ok(part, substance)):
            return
        m, ahead = self._next(part_at, sentence), 0
        while m is not None and ahead < 6 and not (self._word(m).is_punct and self._text(m) not in (",", "/")):
            if m in self.covering:
                return  # "use the leaves of kratom", "use the leaves, unlike kava"
            if self._low(m) in self.part_ids and self._part_ok(self.part_ids[self._low(m)], substance):
                return  # "use the leaves and the roots"
            m, ahead = self._next(m, sentence), ahead + 1
        rule = self.rules.get("wrong-kind" if wrong_kind else "wrong-part")
        if rule is None or self._blocked(rule, part_at, part_at + 1):
            return
        fix = None if wrong_kind else self._part_fix(Descriptor(part_at, part_at + 1, "part", part), substance)
        anchor = Owner(owner.substance, None, owner.frame)
        yield from self._report(rule, anchor, substance, sentence, verb, part_at + 1,
                                claimed=self._text(part_at).lower(), fix=fix)

    def _source_prep(self, verb: int) -> int | None:
        """The preposition a source verb governs ('made from', 'prepared traditionally from'), or None."""
        sentence = sentence_at(self.doc, verb)
        j, steps = self._next(verb, sentence), 0
        while j is not None and steps < 3:
            low = self._low(j)
            if low in self.source_preps:
                if low == "with" and self._low(verb) not in ("starts", "start", "started", "made", "brewed"):
                    return None
                return j
            if low == "by" and steps == 0:  # "made by grinding the leaves of …"
                gerund = self._next(j, sentence)
                if gerund is not None and self._low(gerund).endswith("ing") and gerund not in self.covering:
                    return gerund
                return None
            if self._word(j).is_punct or low in self.stops or j in self.covering:
                return None
            j, steps = self._next(j, sentence), steps + 1
        return None

    def _check_source_frame(self, verb: int, prep: int):
        sentence = sentence_at(self.doc, prep)
        if self._when_clause(verb, sentence) or self._harmful_kind(verb, sentence):
            return
        part_at, source, kind_at, wrong_forms = self._source_window(prep, sentence)
        binomial = self._source_binomial(prep, part_at, sentence) \
            if source is None and self._low(prep) in ("from", "of") else None
        if part_at is None and source is None and kind_at is None and not wrong_forms and binomial is None:
            return  # nothing after the preposition that could be wrong
        subject = self._source_subject(verb, sentence)
        for each in self._source_co_subjects(verb, subject, part_at, sentence):
            yield from self._check_source_subject(verb, prep, sentence, each, part_at, source, kind_at, wrong_forms,
                                                  binomial)

    def _source_co_subjects(self, verb: int, subject: Owner | None, part_at: int | None,
                            sentence: Span) -> list[Owner | None]:
        """The subjects a source frame is said of: its subject and, when that name ends a list that opens the
        sentence ('Kratom and kava are (both) made from …', 'Kava and kratom both come from …'), the other
        names of the list (see _with_co_subjects). Parts shared out among the names ('… from the root and the
        leaf, respectively') are said of no one name."""
        before = self._prev(verb, sentence)
        if subject is None and before is not None and self._low(before) in ("both", "all"):
            named = self._prev(before, sentence)  # "kava and kratom both come from …"
            if named is not None and named in self.ending:
                subject = self._owner_of_mention(self.ending[named], "copula")
        if subject is None or subject.start is None or subject.start not in self.covering:
            return [subject]
        owner = subject
        if subject.frame == "compound" and self.covering[subject.start].end == verb:
            owner = Owner(subject.substance, subject.start, "copula")  # "kava and kratom come from …"
        owners = self._with_co_subjects(owner, sentence)
        if len(owners) == 1:
            return [subject]
        if part_at is not None and self._parts_shared(verb, part_at, sentence):
            return []
        return owners

    def _parts_shared(self, verb: int, part_at: int, sentence: Span) -> bool:
        """'… made from the root and the leaf (respectively)', '… come from roots or leaves': the source frame
        of verb names more than one part, to be shared out among the names before it."""
        if any(self._low(k) == "respectively" for k in range(sentence.start, sentence.end)):
            return True
        if any(self._low(k) in ("and", "or", "&", "/", ",") for k in range(verb + 1, part_at)):
            return True
        return self._respective(Descriptor(part_at, part_at + 1, "part", None), sentence, after_only=True)

    def _check_source_subject(self, verb: int, prep: int, sentence: Span, subject: Owner | None,
                              part_at: int | None, source: Span | None, kind_at: int | None, wrong_forms: list,
                              binomial):
        if binomial is not None and subject is not None:  # "kava comes from the roots of Piper nigrum"
            yield from self._check_source_binomial(subject, binomial, verb, sentence)
        for wrong in wrong_forms:
            if self._low(prep) == "with":
                break  # "kava is made with black pepper in some recipes": an ingredient added, not the source
            if subject is not None and subject.substance in wrong.value:
                # "black seed oil is pressed from cumin seeds": a material listed as wrong for the subject
                yield from self._check_wrong_form(wrong, sentence, subject)
                return
        if kind_at is not None and source is None and part_at is None and subject is not None \
                and self._low(prep) in ("from", "of"):
            d = Descriptor(kind_at, kind_at + 1, "kind", self.kind_classes[self._low(kind_at)])
            family = self._source_family(prep, kind_at, sentence)
            if family is not None:  # "yerba mate comes from a coffee bush": a family claim
                substance = self.knowledge.substances.get(subject.substance)
                rule = self.rules.get("wrong-family")
                if substance is not None and rule is not None and not substance.in_family(family.value) \
                        and not self._blocked(rule, family.start, kind_at + 1):
                    claimed = self.knowledge.families.get(family.value)
                    yield from self._report(rule, Owner(subject.substance, None, subject.frame), substance, sentence,
                                            verb, kind_at + 1,
                                            claimed=self._family_phrase(claimed) if claimed else str(family.value),
                                            fix=None)
                return
            if not self._is_modifier_of_other_kind(d, sentence):
                owner = Owner(subject.substance, None, subject.frame)  # the span runs from the verb
                substance = self.knowledge.substances.get(subject.substance)
                allowed = self._allowed_kinds(substance) if substance else set()
                if substance and substance.kind == "fungus" and self._host_tree(kind_at, verb, sentence):
                    return  # "chaga is harvested from birch trees": the tree it grows on
                rule = self.rules.get("wrong-kind")
                if substance and d.value not in allowed and rule and not self._blocked(rule, kind_at, kind_at + 1):
                    yield from self._report(rule, owner, substance, sentence, verb, kind_at + 1,
                                            claimed=self._claimed_kind(d), fix=None)
            return
        prep_is_of_from = self._low(prep) in ("from", "of")
        if source is not None and subject is not None and prep_is_of_from and source.label_ != subject.substance:
            yield from self._report_conflation(subject, source, sentence, verb)
            return
        if part_at is None:
            return
        owner = self._part_owner(part_at, sentence, subject, source)
        if owner is None:
            return
        if subject is not None and owner.substance != subject.substance:
            a = self.knowledge.substances.get(owner.substance)
            b = self.knowledge.substances.get(subject.substance)
            if a and b and set(a.latin) & set(b.latin):
                owner = subject  # "hemp seed oil … from the seeds of Cannabis sativa"
            elif a and b and prep_is_of_from and owner.frame == "source" and owner.start is not None:
                # "kava is made from the leaves of Mitragyna speciosa": the part is another
                # species' own part, so the subject is said to come from that species
                yield from self._report_conflation(subject, self.covering[owner.start], sentence, verb)
                return
        substance = self.knowledge.substances.get(owner.substance)
        if substance is None:
            return
        part = self.part_ids[self._low(part_at)]
        if _no_plant_parts(substance) and part in self.plant_only:
            if self._on_host(part_at, sentence, verb):
                return  # "chaga is harvested from the bark of birch trees": the host's bark
            rule = self.rules.get("wrong-kind")
            claimed = self._text(part_at).lower()
            fix = None
        else:
            if self._part_ok(part, substance):
                return
            rule = self.rules.get("wrong-part")
            claimed = self._text(part_at).lower()
            fix = self._part_fix(Descriptor(part_at, part_at + 1, "part", part), substance)
        if rule is None or self._blocked(rule, part_at, part_at + 1):
            return
        anchor = Owner(owner.substance, None, owner.frame)  # the span runs from the verb
        yield from self._report(rule, anchor, substance, sentence, verb, part_at + 1, claimed=claimed, fix=fix)

    def _source_family(self, prep: int, kind_at: int, sentence: Span) -> Descriptor | None:
        """'from a coffee bush', 'from a pepper plant', 'from the poppy plant': a family's common noun
        modifying the plant noun right after an article and the preposition. ('the coffee plant' names one
        species, so it is a family claim only to be wrong: said of a member of another family.)"""
        if self._low(kind_at) not in PLANT_HEADS:
            return None
        family = getattr(self, "bare_family_before", {}).get(kind_at)
        if family is None or family.end != kind_at:
            return None
        article = self._prev(family.start, sentence)
        if article is None or self._low(article) not in ("a", "an", "the") or self._prev(article, sentence) != prep:
            return None
        return family

    def _source_window(self, prep: int, sentence: Span) -> tuple[int | None, Span | None, int | None, list]:
        """What stands after the preposition of a source frame: the first part word, the first
        mention, the first kind word, and the wrong forms met before either of the first two
        (a wrong form counts when it is wrong for the frame's subject)."""
        part_at, source, kind_at, wrong_forms = None, None, None, []
        k, steps = prep + 1, 0
        previous = None  # the last word looked at
        while k < sentence.end and steps < MAX_WINDOW:
            word = self._word(k)
            if word.skippable:
                k += 1
                continue
            if word.text == "," and source is None and part_at is None:
                following = self._next(k, sentence)
                # "the tea plant, Camellia sinensis": a name in apposition to a kind word. After a place
                # ("Unlike kava, which comes from the Pacific, kratom …") the comma ends the clause.
                if following is not None and following in self.covering and previous is not None \
                        and previous == kind_at and not self._opens_clause(self.covering[following], sentence):
                    k = following
                    continue
            previous = k
            if word.is_punct and word.text not in HYPHENS and word.text not in POSSESSIVE:
                break
            if source is None and k in self.covering:
                source = self.covering[k]
                k = source.end
                steps += 1
                continue
            wrong = self.wrong_form_at.get(k)
            if wrong is not None and source is None and part_at is None and not any(
                    self._low(n) in self.part_ids or self._low(n) in self.kind_classes
                    for n in range(wrong.start, wrong.end)):
                wrong_forms.append(wrong)
            if part_at is None and self._low(k) in self.part_ids and k not in self.covering:
                part_at = k
                owned = self._next(k, sentence)
                if owned is not None and self._low(owned) in POSSESSIVE:
                    inner = self._next(owned, sentence)  # "the crocus flower's petals": the part of the part
                    if inner is not None and self._low(inner) in self.part_ids and inner not in self.covering:
                        part_at = inner
                if source is None:
                    wrong_forms.extend(self._wrong_form_of_part(k, sentence))
                break
            if source is None and self._low(k) in self.kind_classes and k not in self.covering:
                after = self._next(k, sentence)
                if after is not None and (self._low(after) in POSSESSIVE or self._low(after) in self.part_ids):
                    k, steps = after, steps + 1  # "the plant's roots", "the plant roots"
                    continue
                if kind_at is None and (after is None or self._text(after) not in HYPHENS):
                    kind_at = k  # "sea moss gel is made from a moss that …"
                k, steps = k + 1, steps + 1  # "the tea plant, Camellia sinensis": a name may follow
                continue
            if self._low(k) in self.stops and self._low(k) not in ("of", "the"):
                break
            k, steps = k + 1, steps + 1
        return part_at, source, kind_at, wrong_forms

    def _wrong_form_of_part(self, part_at: int, sentence: Span) -> list:
        """'pressed from the seeds of the cumin plant', 'the seeds of cumin': the wrong form that
        owns a source's part word, after 'of' and an article at most (not past a name or another
        word: 'the seeds of a plant unlike cumin')."""
        k = self._next(part_at, sentence)
        if k is None or self._low(k) != "of":
            return []
        k = self._next(k, sentence)
        if k is not None and self._low(k) in ("the", "a", "an"):
            k = self._next(k, sentence)
        wrong = self.wrong_form_at.get(k) if k is not None and k not in self.covering else None
        if wrong is None or any(self._low(n) in self.part_ids for n in range(wrong.start, wrong.end)):
            return []
        return [wrong]

    def _opens_clause(self, mention: Span, sentence: Span) -> bool:
        """'Unlike kava, which comes from a pepper-family shrub, kratom comes from …': a name after the
        comma that closes a source phrase, followed (after its product or part words) by a verb, is
        the subject of the next clause, not a name in apposition to the source's kind word."""
        k = self._next(mention.end - 1, sentence)
        while k is not None and k not in self.covering and (self._low(k) in self.product_words
                                                            or self._low(k) in self.part_ids):
            k = self._next(k, sentence)
        if k is None:
            return False
        low = self._low(k)
        return (low in self.copulas and low not in POSSESSIVE) or low in self.source_verbs \
            or low in self.active_source_verbs or low in self.use_verbs

    def _source_subject(self, verb: int, sentence: Span) -> Owner | None:
        """What a source frame says is made from the source."""
        low_verb = self._low(verb)
        if low_verb in self.part_ids or low_verb in self.kind_classes:
            return self._attach(verb, verb + 1, sentence)
        subject = self._attach(verb, verb + 1, sentence, participle=True)
        if subject is None:
            subject = self._fronted_participle(verb, sentence)
        if subject is None:
            before = self._prev(verb, sentence)
            subject = self._coref_owner(before, sentence) if before is not None else None
        if subject is None and self._prev(verb, sentence) is not None \
                and self._text(self._prev(verb, sentence)) in (",", "—", "–"):
            subject = self._subject(verb, sentence)  # "Saffron, the priciest spice, comes from …"
        if subject is None:
            subject = self._relative_subject(verb, sentence)  # "Kratom, which comes from …"
        if subject is None:
            subject = self._kind_clause_owner(verb, sentence, parts=True)  # "kava is a root that comes from …"
        return subject

    RELATIVES = ("which", "that")

    def _relative_subject(self, verb: int, sentence: Span) -> Owner | None:
        """'Kratom, which comes from …', 'kava, that (originally) grows wild in …': a relative
        pronoun right after a comma that follows a name stands for that name, when the verb
        (after adverbs at most: 'which actually comes from') is the relative clause's own.
        Not after a list ('kava and kratom, which come from …' may mean both), nor without
        the comma ('shops which also sell kava': the pronoun stands for the noun before it)."""
        k, steps = self._prev(verb, sentence), 0
        while k is not None and steps < 2 and k not in self.covering and self._word(k).is_alpha and (
                self._low(k) in self.link_adverbs or self._low(k) in ("originally", "also", "naturally")):
            k, steps = self._prev(k, sentence), steps + 1
        if k is None or self._low(k) not in self.RELATIVES:
            return None
        comma = self._prev(k, sentence)
        if comma is None or self._text(comma) != ",":
            return None
        j = self._prev(comma, sentence)
        if j is not None and j not in self.ending:
            j = self._name_before_forms(j, sentence)  # "Kratom powder, which comes from …"
        if j is None or j not in self.ending:
            return None
        mention = self.ending[j]
        before = self._prev(mention.start, sentence)
        if before is not None and (self._low(before) in ("and", "or", "&", "/", "nor", "plus") or (
                self._text(before) == "," and self._prev(before, sentence) in self.ending)):
            return None  # "kava and kratom, which …", "reishi, chaga, which …"
        return self._owner_of_mention(mention, "copula")

    CLAUSE_COPULAS = ("is", "are", "was", "were")

    def _kind_clause_owner(self, first: int, sentence: Span, parts: bool = False) -> Owner | None:
        """'kava is a shrub that belongs to …', 'kratom, a tree which is native to …', 'kava is a
        plant that is a member of …': a relative clause whose predicate opens at `first`, right after
        'that'/'which' (and 'is'/'are' at most), said of a plant noun ('a shrub', ', which' after it)
        that a copula or apposition says a name is. What the clause says of that plant it says of the
        name: the plant noun is attached as a kind word is (the walk of _attach). Not a clause about
        any other noun ('served in bowls that are part of …'), nor one with a negation or another
        verb between ('a shrub that people say belongs to …'). With `parts`, a part word heads it
        too, for a source frame's clause ('kava is a root that comes from …')."""
        k = self._prev(first, sentence)
        if k is not None and self._low(k) in self.CLAUSE_COPULAS:
            k = self._prev(k, sentence)
        if k is None or self._low(k) not in self.RELATIVES:
            return None
        h = self._prev(k, sentence)
        if h is not None and self._text(h) == "," and self._low(k) == "which":
            h = self._prev(h, sentence)
        if h is None or h in self.covering or not (
                self._low(h) in self.SOURCE_HEADS or self._low(h) in self.CLAUSE_HEADS
                or (parts and self._low(h) in self.part_ids)):
            return None
        return self._walk(h, h + 1, sentence, participle=False)

    # Descriptive nouns of what a plant is used as, which a kind clause may hang on as on a plant noun:
    # "maca is a root vegetable that belongs to …", "turmeric, a spice which is part of …".
    CLAUSE_HEADS = frozenset({"vegetable", "vegetables", "spice", "spices", "crop", "crops", "tuber", "tubers",
                              "rhizome", "rhizomes", "adaptogen", "adaptogens", "botanical", "botanicals",
                              "mushroom", "mushrooms", "fungus", "fungi", "seaweed", "seaweeds", "alga", "algae"})

    def _fronted_participle(self, verb: int, sentence: Span) -> Owner | None:
        """'Brewed from …, our kava blend …' / 'Saffron: harvested from …, saffron …'."""
        before = self._prev(verb, sentence)
        if before is not None and self._text(before) not in (":", ";", "—", "–"):
            return None
        k = verb + 1
        while k < sentence.end and self._text(k) != ",":
            if self._word(k).is_punct and self._text(k) not in HYPHENS and self._text(k) not in POSSESSIVE:
                return None
            k += 1
        if k >= sentence.end:
            return None
        for j in range(k + 1, min(sentence.end, k + 5)):
            if j in self.covering:
                return self._owner_of_mention(self.covering[j], "fronted")
        return None

    def _part_owner(self, part_at: int, sentence: Span, subject: Owner | None, source: Span | None) -> Owner | None:
        j = self._prev(part_at, sentence)
        if j is not None and j in self.ending:
            return self._owner_of_mention(self.ending[j], "compound")
        # "the leaves of the Andean maca plant"
        k = self._next(part_at, sentence)
        if k is not None and self._low(k) == "of":
            for m in range(k + 1, min(sentence.end, k + 5)):
                if m in self.covering:
                    return self._owner_of_mention(self.covering[m], "source")
                if self._word(m).is_punct:
                    break
        # "the plant's roots", "its dried leaves"
        for back in range(1, 4):
            at = part_at - back
            if at < sentence.start:
                break
            if self._ends_with(at, self.coreference, sentence) is not None or self._low(at) in POSSESSIVE:
                if subject is not None:
                    return subject
                return self._coref_owner(at if self._low(at) not in POSSESSIVE else at - 1, sentence)
        if source is not None:
            return None
        if subject is not None:
            return subject
        return None

    def _report_conflation(self, subject: Owner, source: Span, sentence: Span, anchor: int, end: int | None = None,
                           own: tuple[int, int] | None = None):
        rule = self.rules.get("conflation")
        a = self.knowledge.substances.get(subject.substance)
        b = self.knowledge.substances.get(source.label_)
        if rule is None or a is None or b is None:
            return
        # one species of an entry said to be another ("Korean ginseng is American ginseng",
        # "American ginseng is just Panax ginseng"): both names must name a species alone
        mine = self._species_at(a, subject.start) if a.id == b.id else None
        theirs = b.species_named(source.text) if mine is not None else None
        if theirs is None or theirs is mine:
            if not self._conflicting(a, b):
                return
            mine = theirs = None
        if self._blocked(rule, source.start, source.end, own) or self._names_own_family(a, source, sentence):
            return
        if mine is not None:
            other_facts = self._species_facts(b, theirs)
            yield from self._report(rule, Owner(a.id, subject.start, subject.frame), a, sentence, anchor,
                                    end if end is not None else source.end,
                                    **{**self._species_facts(a, mine), "other": f"{theirs.name} ({theirs.latin[0]})",
                                       "other_identity": other_facts["identity"]}, fix=None)
            return
        yield from self._report(rule, Owner(a.id, subject.start, subject.frame), a, sentence, anchor,
                                end if end is not None else source.end,
                                other=b.name, other_identity=self._identity(b), fix=None)

    def _names_own_family(self, a: Substance, source: Span, sentence: Span) -> bool:
        """'Turmeric is a ginger plant': the other name is the common name of the subject's own
        family, modifying a plant noun (the family check reads it)."""
        after = self._next(source.end - 1, sentence)
        family = self.knowledge.families.get(a.family)
        if after is not None and self._low(after) in PLANT_HEADS and not self._low(after).endswith("s"):
            before = self._prev(source.start, sentence)
            if before is not None and self._low(before) == "the":
                # "turmeric is the root of the ginger plant": the one plant named, the species (Zingiber), not
                # a plant of the family ("a ginger plant", "ginger plants")
                return False
        return (after is not None and self._low(after) in PLANT_HEADS and family is not None
                and source.text.lower() in family.common)

    def _conflicting(self, a: Substance, b: Substance) -> bool:
        if a.id == b.id:
            return False
        if not set(a.latin) & set(b.latin):
            return True
        return bool(a.parts and b.parts and not set(a.parts) & set(b.parts))

    # -- pairs of mentions: "Kava (Mitragyna speciosa)", "the kava tree's kratom leaves"

    def _check_mention_pairs(self):
        mentions = self.mentions
        sentence_start = sentence_start_of(self.doc)
        for first, second in zip(mentions, mentions[1:]):
            if sentence_start[first.start] != sentence_start[second.start]:
                continue
            sentence = sentence_at(self.doc, first.start)
            between = [i for i in range(first.end, second.start) if not self._skippable(i)]
            texts = [self._text(i) for i in between]
            one_latin = (first.kb_id_ == "latin") != (second.kb_id_ == "latin")
            # two names of one entry that name different species of it ("Korean ginseng (Panax quinquefolius)")
            latin_differs = first.label_ != second.label_ or (
                one_latin and first.label_ in self.species_ids and self._species_differ(first, second))
            if texts == ["("] and latin_differs:
                yield from self._check_latin(first, second, sentence)
            elif one_latin and latin_differs and self._latin_between(first, second, between,
                                                                                     sentence):
                # "kava, or Mitragyna speciosa,"; "kratom, sometimes called Piper methysticum,"
                yield from self._check_latin(first, second, sentence, own=(between[0], between[-1] + 1))
            elif one_latin and latin_differs and [self._text(i) for i in between] == ["|"] \
                    and self._table_owner(second.start, second.end, sentence, latin=True) is not None \
                    and self._table_owner(second.start, second.end, sentence, latin=True).start == first.start:
                yield from self._check_latin(first, second, sentence)  # "| Kratom | Piper methysticum |"
            elif not one_latin and first.label_ == second.label_ and first.text.lower() != second.text.lower() and (
                    noun := self._difference(first, second, between, sentence)) is not None:
                yield from self._report_split(first, second, sentence, noun)  # "matcha and green tea are different plants"
            elif not one_latin and first.label_ != second.label_ and self._alias_between(first, second, between,
                                                                                          sentence):
                # "kratom, also called kava,"
                yield from self._report_conflation(Owner(first.label_, first.start, "alias"), second, sentence,
                                                   first.start, own=(between[0], between[-1] + 1))
            elif first.kb_id_ != "latin" and first.label_ != second.label_ \
                    and self._example_between(first, second, between, sentence):
                # "psilocybin mushrooms such as Amanita muscaria": the second given as one of the first
                yield from self._report_conflation(Owner(second.label_, second.start, "example"), first, sentence,
                                                   first.start, second.end)
            elif self._relation_between(first, second, between, sentence):
                yield from self._report_kinship(first, second, between, sentence)  # "maca is related to ginseng"
            elif (aside := self._fronted_kin(first, between, sentence)) is not None:
                # "Like its cousin kava, kratom …": the subject after the comma said to be kin of the first
                yield from self._report_kinship(second, first, list(range(aside, first.start)), sentence,
                                                span=(aside, second.end))
            elif (same := self._sameness(first, second, between, sentence)) is not None:
                yield from self._report_sameness(first, second, sentence, *same)  # "kava and kratom are the same plant"
            elif self._bare_copula(first, second, between, sentence):  # "Valerian is passionflower."
                yield from self._report_conflation(Owner(first.label_, first.start, "copula"), second, sentence,
                                                   first.start)
            elif (subject_at := first.start if self._identity_link(between, sentence)
                  else self._identity_after_insert(first, between, sentence)) is not None:
                # "kava is a type of kratom"; "suma, also called Brazilian ginseng, is a true ginseng"
                after = self._next(second.end - 1, sentence)
                parts = 0
                while after is not None and parts < 2 and self._low(after) in self.part_ids and after not in self.covering:
                    after, parts = self._next(after, sentence), parts + 1  # "kratom is a kava root"
                if after is not None and self._low(after) in self.CLASS_HEADS:
                    beyond = self._next(after, sentence)  # "kratom, a kava strain, …", "… a kava variety from …"
                    if beyond is None or self._word(beyond).is_punct or self._low(beyond) in self.stops \
                            or self._low(beyond) in self.postmodifiers:
                        after = beyond
                if after is not None and not (self._word(after).is_punct or self._low(after) in self.stops
                                              or self._low(after) in self.kind_classes
                                              or self._low(after) in self.postmodifiers):
                    continue  # "kava is a kratom alternative"
                if after is not None and self._low(after) == "of" and self._low(between[-1]) == "the":
                    continue  # "ashwagandha is the ginseng of Ayurveda": an epithet, a comparison
                yield from self._report_conflation(Owner(first.label_, subject_at, "copula"), second, sentence,
                                                   subject_at)
            elif self._bare_source_between(first, second, between, sentence):  # "CBD from hemp seed oil"
                yield from self._report_conflation(Owner(first.label_, first.start, "source"), second, sentence,
                                                   first.start)
            elif first.kb_id_ != "latin" and self._source_of_link(between):
                # "hemp seed oil, the natural source of CBD", "kava is the main source of kratom"; not
                # "a source of turmeric-like warmth", "the source of kava flavor" (the name modifies a noun)
                after = self._next(second.end - 1, sentence)
                if after is not None and not ((self._word(after).is_punct and self._text(after) not in HYPHENS)
                                              or self._low(after) in self.stops
                                              or self._low(after) in ("we", "you", "they", "i", "people")):
                    continue
                yield from self._report_conflation(Owner(first.label_, first.start, "copula"), second, sentence,
                                                   first.start)
            elif between and tuple(self._low(i) for i in between) in self.contains.get(self._low(between[-1]), ()):
                a = self.knowledge.substances.get(first.label_)
                b = self.knowledge.substances.get(second.label_)
                # another product of the same plant ("hemp seed oil is rich in CBD"), or the defining compound of
                # another organism ("fly agaric contains psilocybin")
                if a and b and self._conflicting(a, b) and (
                        set(a.latin) & set(b.latin) or second.text.lower() in b.compounds):
                    yield from self._report_conflation(Owner(a.id, first.start, "copula"), second, sentence,
                                                       first.start)
            elif self._possessive_link(between):
                a = self.knowledge.substances.get(second.label_)
                b = self.knowledge.substances.get(first.label_)
                after = self._next(second.end - 1, sentence)
                if after is not None and self._text(after) in HYPHENS:
                    continue
                if a and b and self._conflicting(a, b):
                    yield from self._report_conflation(Owner(a.id, None, "possessive"), first, sentence, first.start,
                                                       second.end)

    def _check_same_plant_names(self):
        """'Green tea and black tea come from different plants', 'black tea comes from a different plant than
        matcha': a name of one plant's other product (botanical-same-plant-names) and a name of its entry, next to
        each other in a sentence, said to be different plants (the frame of _difference)."""
        doc = self.doc
        items = [(m.start, m.end, m.label_, m) for m in self.mentions if m.kb_id_ != "latin"]
        for start, end in self.same_plant_at:
            if start in self.covering or end - 1 in self.covering:
                continue
            name = " ".join(self._low(i) for i in range(start, end))
            substance_id = self.same_plant_names.get(name)
            if substance_id is not None:
                items.append((start, end, substance_id, None))
        items.sort(key=itemgetter(0))
        sentence_start = self.sentence_start
        for (s1, e1, l1, m1), (s2, e2, l2, m2) in zip(items, items[1:]):
            if (m1 is not None and m2 is not None) or l1 != l2 or sentence_start[s1] != sentence_start[s2]:
                continue
            first = m1 if m1 is not None else Span(doc, s1, e1, label=l1)
            second = m2 if m2 is not None else Span(doc, s2, e2, label=l2)
            if first.text.lower() == second.text.lower():
                continue
            sentence = sentence_at(doc, s1)
            between = [i for i in range(e1, s2) if not self._skippable(i)]
            noun = self._difference(first, second, between, sentence)
            if noun is not None:
                yield from self._report_split(first, second, sentence, noun)

    def _check_constituent_names(self):
        """'Curcumin is just another name for turmeric', 'turmeric, also called curcumin,', 'silymarin and milk
        thistle are the same thing': a compound of a substance
        (botanical-constituent-names) given as the substance's name, next to a mention of it in a naming frame.
        'Kratom contains morphine': a compound the substance lacks (botanical-absent-compounds) in a frame of
        botanical-contains. Both are conflations; 'turmeric contains curcumin', 'milk thistle (silymarin)'
        and 'curcumin gives turmeric its color' name no sameness."""
        rule = self.rules.get("conflation")
        if rule is None:
            return
        doc, sentence_start = self.doc, self.sentence_start
        for start, end, label in self.constituent_at:
            if start in self.covering or end - 1 in self.covering:
                continue
            name = " ".join(self._low(i) for i in range(start, end))
            table = self.constituent_names if label == "constituent" else self.absent_compounds
            substance = self.knowledge.substances.get(table.get(name, ""))
            if substance is None:
                continue
            sentence = sentence_at(doc, start)
            compound = Span(doc, start, end, label=substance.id)
            before = [m for m in self.mentions if m.label_ == substance.id and m.kb_id_ != "latin"
                      and sentence_start[m.start] == sentence.start and m.end <= start]
            after = [m for m in self.mentions if m.label_ == substance.id and m.kb_id_ != "latin"
                     and sentence_start[m.start] == sentence.start and m.start >= end]
            pairs = ([(before[-1], compound)] if before else []) + ([(compound, after[0])] if after else [])
            for first, second in pairs:
                between = [i for i in range(first.end, second.start) if not self._skippable(i)]
                if any(i in self.covering for i in between):
                    continue
                claim_end = self._constituent_claim(first, second, between, sentence, label,
                                                    compound_first=first is compound)
                if claim_end is None or self._blocked(rule, start, end):
                    continue
                if label == "constituent":
                    other_identity = f"{compound.text} is a compound of {substance.name}, not another name for it"
                else:
                    other_identity = f"{substance.name} does not contain {compound.text}"
                yield from self._report(rule, Owner(substance.id, first.start, "copula"), substance, sentence,
                                        first.start, claim_end, other=compound.text, other_identity=other_identity,
                                        fix=None)
                break

    def _constituent_claim(self, first: Span, second: Span, between: list[int], sentence: Span, label: str,
                           compound_first: bool) -> int | None:
        """The end of the naming (or containing) claim between a substance's mention and a compound, or None."""
        lows = tuple(self._low(i) for i in between)
        closes = self._next(second.end - 1, sentence)
        closed = closes is None or self._text(closes) in self.CLAUSE_CLOSERS
        if label == "absent-compound":
            # "kratom contains morphine", "kratom leaves are loaded with morphine"; the substance first
            while len(lows) > 1 and (lows[0] in self.part_ids or lows[0] in self.product_words):
                lows = lows[1:]
            if compound_first or not lows or lows not in self.contains.get(lows[-1], ()):
                return None
            return second.end
        if lows == ("(",):
            # "Milk Thistle (Silymarin) | 90 capsules", "Turmeric (Curcumin)": a label naming the compound the
            # product is standardized to, not a synonym
            return None
        if self._alias_between(first, second, between, sentence):
            return second.end  # "turmeric, also called curcumin,"
        same = self._sameness(first, second, between, sentence)
        if same is not None and same[0] == "same":
            return max(same[1] + 1, second.end)  # "silymarin and milk thistle are the same thing"
        if not closed:
            return None  # "curcumin is the turmeric compound", "curcumin is just turmeric's pigment"
        if self._bare_copula(first, second, between, sentence):
            return second.end  # "curcumin is turmeric."
        if not lows or lows[0] not in self.BARE_COPULAS:
            return None
        rest = lows[1:]
        while len(rest) > 1 and rest[0] in self.link_adverbs:
            rest = rest[1:]
        if rest in self.constituent_links or rest in (("just",), ("simply",), ("basically",), ("really",),
                                                       ("actually",), ("essentially",), ("literally",)):
            # "curcumin is just another name for turmeric", "turmeric is simply curcumin"; the subject opens
            # its clause ("the best part of turmeric is just curcumin" names a part)
            k = self._prev(first.start, sentence)
            while k is not None and self._low(k) in self.determiners and k not in self.covering:
                k = self._prev(k, sentence)
            if k is None or (self._word(k).is_punct and self._text(k) not in HYPHENS):
                return second.end
        return None

    def _report_split(self, first: Span, second: Span, sentence: Span, noun: int):
        """'Matcha comes from a different plant than green tea': two names of one organism."""
        rule = self.rules.get("same-plant")
        substance = self.knowledge.substances.get(first.label_)
        if rule is None or substance is None or substance.several_species or self._blocked(rule, noun, noun + 1):
            return  # "are not different plants", "people think they are different plants"
        yield from self._report(rule, Owner(substance.id, first.start, "relation"), substance, sentence, first.start,
                                max(noun + 1, second.end), first=first.text, second=second.text, fix=None)

    # Link words that make a kinship a family (or species) claim: "in the same family as", "a sister species of".
    KIN_RANK_WORDS = {"family", "species"}

    def _report_kinship(self, first: Span, second: Span, between: list[int], sentence: Span,
                        span: tuple[int, int] | None = None):
        """First said to be kin of second (in `between`); `span` is the claim's, when it is not first..second."""
        rule = self.rules.get("wrong-family")
        a = self.knowledge.substances.get(first.label_)
        b = self.knowledge.substances.get(second.label_)
        if rule is None or a is None or b is None or not a.family or not b.family or a.family == b.family:
            return
        if not any(self._low(i) in self.KIN_RANK_WORDS for i in between) and (
                (a.kind == "fungus" and b.kind == "fungus")
                or self.family_orders.get(a.family, a.family) == self.family_orders.get(b.family, b.family)):
            return  # "chaga is related to reishi", "elderberry, a cousin of valerian": kin above the family
        if span is not None:
            if self._blocked(rule, *span):
                return
            start, end = span
        else:
            if self._blocked(rule, second.start, second.end):
                return
            start, end = first.start, second.end
            after = self._next(end - 1, sentence)
            if after is not None and self._low(after) in self.relation_nouns:
                end = after + 1
            elif after is not None and self._low(after) in ("'s", "’s", "'", "’"):
                noun = self._kin_noun_after(self._next(after, sentence), sentence)  # "kava's close cousin"
                if noun is not None:
                    end = noun + 1
        claimed = self.knowledge.families.get(b.family)
        yield from self._report(rule, Owner(a.id, first.start, "relation"), a, sentence, start, end,
                                claimed=self._family_phrase(claimed) if claimed else b.family, fix=None)

    # Sameness nouns that name the organism, not the product: two products of one species
    # ("CBD and hemp seed oil") truly come from the same plant.
    ORGANISM_NOUNS = {"plant", "plants", "species", "herb", "herbs", "shrub", "tree", "vine", "organism", "fungus",
                      "fungi", "mushroom", "mushrooms"}

    def _report_sameness(self, first: Span, second: Span, sentence: Span, what: str, noun: int):
        """'Kava and kratom are the same plant' (a conflation of two substances), 'kava and kratom
        are in the same family' (a family claim, wrong when their families differ)."""
        a = self.knowledge.substances.get(first.label_)
        b = self.knowledge.substances.get(second.label_)
        if a is None or b is None:
            return
        rule = self.rules.get("conflation" if what == "same" else "wrong-family")
        if rule is None or self._blocked(rule, noun, noun + 1):
            return  # "are not the same plant", "people think they are the same plant"
        if what == "same":
            if a.id == b.id and self._species_differ(first, second):  # "Korean and American ginseng …"
                yield from self._report_conflation(Owner(a.id, first.start, "copula"), second, sentence, first.start,
                                                   max(noun + 1, second.end))
                return
            if self._low(noun) in self.ORGANISM_NOUNS and set(a.latin) & set(b.latin):
                return  # "CBD and hemp seed oil come from the same plant": true of two products of one species
            if self._conflicting(a, b):
                yield from self._report_conflation(Owner(a.id, first.start, "copula"), second, sentence, first.start,
                                                   max(noun + 1, second.end))
        elif a.family and b.family and a.family != b.family:
            claimed = self.knowledge.families.get(b.family)
            yield from self._report(rule, Owner(a.id, first.start, "relation"), a, sentence, first.start, noun + 1,
                                    claimed=self._family_phrase(claimed) if claimed else b.family, fix=None)

    def _identity_link(self, between: list[int], sentence: Span) -> bool:
        """'is a type of', 'is the same as', 'are a true': X described as another substance Y."""
        if not between:
            return False
        skip = 1  # the link: a copula, or an equals sign ("maca = a magic mushroom")
        if self._text(between[0]) in APPOSITION_LINKS:
            return self._appositive_identity_link(between, sentence)
        if self._text(between[0]) in EQUALS:
            while skip < len(between) and self._text(between[skip]) in EQUALS:
                skip += 1
            if self._equated(between[skip - 1], sentence) is None:
                return False
        elif self._low(between[0]) not in self.copulas or (
                self._low(between[0]) in POSSESSIVE and not self._contracted_copula(between[0], sentence)):
            return False
        rest = tuple(self._low(i) for i in between[skip:])
        while len(rest) > 1 and rest[0] in self.link_adverbs:  # "is basically the same thing as"
            rest = rest[1:]
        rest = self._drop_link_modifiers(rest)  # "is simply a hardier variety of"
        if rest and rest in self.identity_links.get(rest[-1], ()):
            return True
        # "is a classic psilocybin mushroom": plain modifiers after an indefinite link
        end = self._before_modifiers(between[-1] + 1, sentence) if len(between) > 1 else None
        if end is None or end < between[0] or not (self._indefinite_link_end(end) or self._low(end) in SAMENESS_ENDS):
            return False
        rest = tuple(self._low(i) for i in between[skip:between.index(end) + 1] if i in between)
        while len(rest) > 1 and rest[0] in self.link_adverbs:
            rest = rest[1:]
        if not self._indefinite_link_end(end) and not SAMENESS_WORDS.intersection(rest):
            return False  # "is the wild kratom": only a sameness link keeps a modifier ("the same species as the wild …")
        return bool(rest) and rest in self.identity_links.get(rest[-1], ())

    def _identity_after_insert(self, first: Span, between: list[int], sentence: Span) -> int | None:
        """'Suma, also called Brazilian ginseng, is a true ginseng', 'suma, a vine from Brazil, is
        a true ginseng', 'kava, harvested in Fiji, is kratom': a phrase set off by commas or dashes
        between the first name and an identity link whose copula has the first name (or the name it
        is an alias of) as its subject. The subject's first token, or None."""
        if first.kb_id_ == "latin" or len(between) < 3 or self._text(between[0]) not in (",", "—", "–"):
            return None
        for n in range(len(between) - 1, 0, -1):
            if self._text(between[n - 1]) not in (",", "—", "–"):
                continue
            copula = between[n]
            if self._low(copula) not in self.copulas or self._low(copula) in POSSESSIVE:
                return None
            owner = self._subject(copula, sentence)
            if owner is None or owner.substance != first.label_ or owner.start is None \
                    or not self._identity_link(between[n:], sentence):
                return None
            return owner.start
        return None

    def _appositive_identity_link(self, between: list[int], sentence: Span) -> bool:
        """'kratom, a type of kava,', 'ashwagandha (a kind of ginseng)', 'eleuthero — basically a
        hardier variety of Korean ginseng —': an appositive that classes the first name as the
        second. Only a classifier link ('a type of', 'a strain of') or a sameness link ('the same
        plant as') counts: a bare article ('kava, the kratom of the Pacific') is a comparison."""
        rest = tuple(self._low(i) for i in between[1:])
        while len(rest) > 1 and rest[0] in self.link_adverbs:
            rest = rest[1:]
        rest = self._drop_link_modifiers(rest)
        if rest in (("a",), ("an",)):  # "kratom, a kava strain,": the classifier follows the second name
            second = self._mention_at(self._next(between[-1], sentence))
            after = self._next(second.end - 1, sentence) if second is not None else None
            return after is not None and self._low(after) in self.CLASS_HEADS
        if not rest or rest not in self.identity_links.get(rest[-1], ()):
            return False
        return any(w in self.TYPE_CLASSIFIERS for w in rest) or "same" in rest

    SOURCE_NOUNS = {"source", "sources"}

    def _source_of_link(self, between: list[int]) -> bool:
        """'is the (natural) source of', ', the richest source of', 'are a major source of': the
        first name described as where the second comes from. A copula or an apposition comma,
        a determiner, two plain modifiers at most, 'source of' and a determiner at most."""
        lows = [self._low(i) for i in between]
        if len(lows) < 4 or not (lows[0] == "," or (lows[0] in self.copulas and lows[0] not in POSSESSIVE)):
            return False
        rest = lows[1:]
        while rest and rest[0] in self.link_adverbs:
            rest = rest[1:]
        if rest[-1:] in (["the"], ["a"], ["an"]):
            rest = rest[:-1]
        if len(rest) < 3 or rest[0] not in ("the", "a", "an") or rest[-2] not in self.SOURCE_NOUNS or rest[-1] != "of":
            return False
        modifiers = rest[1:-2]
        return len(modifiers) <= 2 and all(m.isalpha() and m not in self.stops for m in modifiers)

    def _possessive_link(self, between: list[int]) -> bool:
        lows = [self._low(i) for i in between]
        if not any(low in POSSESSIVE for low in lows) or len(lows) > 5:
            return False
        at = next(n for n, low in enumerate(lows) if low in POSSESSIVE)
        before, after = lows[:at], lows[at + 1:]
        if not before and after:
            return False  # "passionflower's effects complement valerian's": two subjects, no source
        allowed = set(self.kind_classes) | set(self.part_ids) | self.product_words | {"drink", "plant", "tree"}
        return all(low in allowed for low in before) and len(after) <= 2 and all(
            low not in self.stops and not self._word(i).is_punct for low, i in zip(after, between[at + 1:]))

    # Endings of a Latin epithet ("somnifera", "purpureum", "officinalis", "sinensis", "nobile").
    EPITHET_ENDINGS = ("a", "us", "um", "is", "ii", "ae", "i", "e", "ens", "ans", "ix", "ex")

    def _genus_binomials(self, doc: Doc, mentions: list[Span]) -> list[tuple[int, int]]:
        """'Panax somnifera', 'Hypericum purpurea': a capitalised genus of the knowledge base and
        a lower-case Latin-looking epithet that together are no binomial the knowledge base knows
        (a known one is a mention, checked by _check_latin)."""
        latin_tokens = {i for m in mentions if m.kb_id_ == "latin" for i in range(m.start, m.end)}
        found = []
        genera = self.genus_hashes.among(token_table(doc)[:-1, TABLE_COLUMNS.index("LOWER")]).nonzero()[0]
        for i in genera.tolist():  # a genus of the knowledge base's, read from the token table: few words are
            genus, epithet = doc[i], doc[i + 1]
            title = genus.text
            if i in latin_tokens or i + 1 in latin_tokens or not (title[:1].isupper() and title[1:].islower()) \
                    or genus.lower_ not in self.genus_of or (genus.lower_, epithet.lower_) in self.other_latin_pairs:
                continue
            low = epithet.lower_
            if not (epithet.text.isalpha() and epithet.text.islower() and len(low) >= 4 and low.endswith(self.EPITHET_ENDINGS)) \
                    or low in self.stops or low in self.part_ids or low in self.kind_classes \
                    or low in self.product_words or low in self.copulas:
                continue
            found.append((i, i + 2))
        return found

    def _check_other_latin(self, start: int, end: int):
        """'Black seed (Cuminum cyminum)', 'blue lotus, or Nelumbo nucifera,': a substance given the
        binomial of a species outside the knowledge base, linked as in _latin_between."""
        rule = self.rules.get("wrong-latin-name")
        sentence = sentence_at(self.doc, start)
        latin = Span(self.doc, start, end)
        name = None
        for mention in self.mentions:
            if mention.end <= start and mention.start >= sentence.start:
                name = mention
            elif mention.start >= start:
                break
        if rule is None or name is None or name.kb_id_ == "latin":
            return
        substance = self.knowledge.substances.get(name.label_)
        binomial = " ".join(latin.text.lower().split())
        genus = binomial.split()[0]
        if binomial not in self.other_latin and (substance is None or name.label_ in self.genus_of.get(genus, ())):
            return  # "milk thistle (Silybum marianus)": the substance's own genus, a misspelling or a synonym
        between = [i for i in range(name.end, start) if not self._skippable(i)]
        if substance is None or not between:
            return
        if not self._latin_between(name, latin, between, sentence) and not self._appositive_binomial(between):
            return
        if self._blocked(rule, start, end, (between[0], between[-1] + 1)):
            return
        last = end
        closing = self._next(end - 1, sentence)
        if closing is not None and self._text(closing) == ")":
            last = closing + 1
        yield from self._report_other_latin(rule, substance, latin, sentence, name.start, last)

    def _report_other_latin(self, rule, substance: Substance, latin: Span, sentence: Span, start: int, end: int,
                            owner_start: int | None = None):
        binomial = " ".join(latin.text.lower().split())
        genus = binomial.split()[0]
        fix = Fix(latin.start_char, latin.end_char, substance.latin[0], safe=True) if substance.latin else None
        if binomial in self.other_latin:
            other = f"the Latin name of {self.other_latin[binomial]}"
        else:
            owners = sorted(self.knowledge.substances[s].name for s in self.genus_of[genus] if s)
            other = f"a species of {latin.text.split()[0]}, the genus of {_join(owners) or 'another plant'}"
        yield from self._report(rule, Owner(substance.id, owner_start, "latin"), substance, sentence, start, end,
                                claimed=latin.text, other=other, fix=fix)

    def _source_binomial(self, prep: int, part_at: int | None, sentence: Span) -> tuple[int, int] | None:
        """'made from Piper nigrum', 'comes from the roots of Piper nigrum', 'brewed from the root of the
        Piper nigrum plant': a binomial outside the knowledge base (see _genus_binomials) right after a source
        frame's preposition, or after its part word and 'of' (an article may stand before either)."""
        starts = dict(self.other_latin_at)
        if not starts:
            return None
        k = self._next(prep, sentence)
        if k is not None and self._low(k) in ("the", "a", "an"):
            k = self._next(k, sentence)
        if k is None or (k not in starts and part_at is None):
            return None
        if k not in starts:
            k = self._next(part_at, sentence)
            if k is None or self._low(k) != "of":
                return None
            k = self._next(k, sentence)
            if k is not None and self._low(k) in ("the", "a", "an"):
                k = self._next(k, sentence)
        return (k, starts[k]) if k in starts else None

    def _check_source_binomial(self, subject: Owner, binomial: tuple[int, int], verb: int, sentence: Span):
        """'Kava comes from the roots of Piper nigrum': a source frame's subject said to come from a species
        outside the knowledge base (not its own genus, unless botanical-other-binomials lists the species)."""
        rule = self.rules.get("wrong-latin-name")
        substance = self.knowledge.substances.get(subject.substance)
        start, end = binomial
        latin = Span(self.doc, start, end)
        key = " ".join(latin.text.lower().split())
        if rule is None or substance is None or not substance.latin or (
                key not in self.other_latin and substance.id in self.genus_of.get(key.split()[0], ())):
            return
        if self._blocked(rule, start, end, (verb, start)):
            return
        yield from self._report_other_latin(rule, substance, latin, sentence, verb, end, subject.start)

    def _appositive_binomial(self, between: list[int]) -> bool:
        """'blue lotus, the sacred lotus (Nelumbo nucifera), …', 'blue lotus — the same sacred lotus
        (Nelumbo nucifera) seen in …': the binomial in parentheses names an appositive noun phrase
        of the name, which opens with a determiner right after the comma or dash and runs four
        words at most ('blue lotus, unlike the sacred lotus (…)' and '… a cousin of the sacred
        lotus (…)' set it apart)."""
        lows = [self._low(i) for i in between]
        if len(lows) < 4 or lows[0] not in (",", "—", "–", "--") or lows[-1] != "(" \
                or lows[1] not in ("the", "a", "an", "this", "that"):
            return False
        words = lows[2:-1]
        return 1 <= len(words) <= 4 and all(
            w.isalpha() and w not in self.stops and w not in self.figurative for w in words)

    def _check_latin(self, name: Span, latin: Span, sentence: Span, own: tuple[int, int] | None = None):
        if name.kb_id_ == "latin" and latin.kb_id_ != "latin":
            name, latin = latin, name
        if name.kb_id_ == "latin" or latin.kb_id_ != "latin":
            return
        rule = self.rules.get("wrong-latin-name")
        substance = self.knowledge.substances.get(name.label_)
        other = self.knowledge.substances.get(latin.label_)
        if rule is None or substance is None or other is None:
            return
        named = claimed = None
        if substance.id == other.id:  # "American ginseng (Panax ginseng)": another species of the entry
            named, claimed = substance.species_named(name.text), substance.species_named(latin.text)
            if named is None or claimed is None or named is claimed:
                return
        elif set(substance.latin) & set(other.latin):
            return
        if self._blocked(rule, latin.start, latin.end, own):
            return
        start, end = min(name.start, latin.start), max(name.end, latin.end)
        closing = self._next(end - 1, sentence)
        if closing is not None and self._text(closing) == ")":
            end = closing + 1
        fix = None
        owner = Owner(substance.id, None, "latin")
        if named is not None:
            fix = Fix(latin.start_char, latin.end_char, named.latin[0], safe=True) if named.latin else None
            yield from self._report(rule, owner, substance, sentence, start, end, fix=fix,
                                    **{**self._species_facts(substance, named), "claimed": latin.text,
                                       "other": f"the Latin name of {claimed.name}"})
            return
        if substance.latin:
            fix = Fix(latin.start_char, latin.end_char, substance.latin[0], safe=True)
        yield from self._report(rule, owner, substance, sentence, start, end,
                                claimed=latin.text, other=f"the Latin name of {other.name}", fix=fix)

    def _species_differ(self, first: Span, second: Span) -> bool:
        substance = self.knowledge.substances.get(first.label_)
        if substance is None:
            return False
        a, b = substance.species_named(first.text), substance.species_named(second.text)
        return a is not None and b is not None and a is not b

    def _species_at(self, substance: Substance, start: int | None) -> Species | None:
        """The species the mention at `start` names alone ("American ginseng"), or None."""
        if not substance.species or start is None:
            return None
        mention = self.covering.get(start)
        return substance.species_named(mention.text) if mention is not None and mention.start == start else None

    def _species_facts(self, substance: Substance, species: Species) -> dict:
        """What a message may say of one species of an entry: its name, Latin name and range."""
        narrowed = dataclasses.replace(substance, name=species.name, latin=species.latin, native=species.native)
        facts = self._substance_facts(narrowed)
        template = self.identity_templates.get(substance.kind)
        facts["identity"] = render(template, **facts) if template else ""
        return facts

    # ------------------------------------------------------------------ findings

    def _identity(self, substance: Substance) -> str:
        return self._facts(substance)["identity"]

    def _facts(self, substance: Substance) -> dict:
        """What a message may say of a substance, the sentence on what it is ("identity")
        included. The same in every finding, so worked out once; callers add to a copy."""
        facts = self.facts_by_substance.get(substance.id)
        if facts is None:
            facts = self.facts_by_substance[substance.id] = self._substance_facts(substance)
            template = self.identity_templates.get(substance.kind)
            facts["identity"] = render(template, **facts) if template else ""
        return facts

    def _substance_facts(self, substance: Substance) -> dict:
        latin = substance.latin[0] if substance.latin else ""
        family = self.knowledge.families.get(substance.family)
        form = substance.form or substance.kind
        return {
            "Name": substance.display_name,
            "name": substance.name,
            "latin": latin,
            "latin_paren": f" ({latin})" if latin else "",
            "of_latin": f" of {latin}" if latin else "",
            "form": form,
            "form_a": _article(form),
            "parts": _join([p.replace("-", " ") for p in substance.parts]) or "plant",
            "family": self._family_phrase(family) if family else substance.family,
            "native": self._native_phrase(substance),
            "kind_noun": self.kind_nouns.get(substance.kind, _article(substance.kind)),
        }

    def _native_phrase(self, substance: Substance) -> str:
        regions = [self.knowledge.regions[r] for r in substance.native if r in self.knowledge.regions]
        specific = [r for r in regions if r.places] or regions
        if len(specific) > 8:
            return "many regions worldwide"
        return _join([r.names[0] if r.names else r.id for r in specific])

    def _report(self, rule, owner: Owner, substance: Substance, sentence: Span, start: int, end: int, fix=None,
                **values):
        key = (rule.id, owner.substance, sentence.start)
        if key in self.reported:
            return
        self.reported.add(key)
        if owner.start is not None and sentence.start <= owner.start < start and start - owner.start <= 14:
            start = owner.start
        nxt = self._next(end - 1, sentence) if end > 0 else None
        if nxt is not None and nxt == end and self._low(nxt) in self.product_words and self._low(nxt) not in (
                "our", "used", "use", "uses", "made", "sold"):
            end = nxt + 1
        span = self.doc[start:end]
        facts = {**self._facts(substance), **values}
        finding = make_finding(rule, self.doc, self.state, span.start_char, span.end_char, substance.id,
                               self.knowledge, fix=fix, **facts)
        finding.references = list(dict.fromkeys([*substance.references, *rule.references]))
        yield finding
