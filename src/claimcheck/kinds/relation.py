"""``kind: relation`` — a claim with a subject, a verb and an object in one clause.

"Kratom eliminates withdrawal", "our formula cures anxiety", "kava amplifies kratom's
effects": a verb phrase from the rule's ``verbs`` with, to its left in the same clause, a
subject (a substance mention, or ``it``/``this`` and product nouns when the rule allows)
and, to its right within ``max_gap`` tokens, an object from ``objects`` (a lexicon, or
``substance`` for another substance than the subject). With ``imperative: true`` a sentence
that opens with the verb ("Beat anxiety with kava", "Say goodbye to migraines: ginger chews")
takes as its subject the substance or product named after the object.
"""
from __future__ import annotations

from spacy.tokens import Doc

from ..annotate import sentence_at
from ..matching import GatedMatcher

from .common import (PRONOUN_SUBJECTS, DocumentState, Environment, blocked_by_context, fix_from_rule,
                     make_finding, mentions_in, topic_before)

CLAUSE_BREAKS = {";", "—", "–", ":", "(", ")", "but", "however", "although", "though", "whereas", "while", "unlike"}
# An imperative slogan names its product later in the same clause ("Beat anxiety — naturally — with
# kava", "Kiss migraines goodbye: ginger chews"), never after one of these.
IMPERATIVE_BREAKS = {";", "but", "however", "although", "though", "whereas", "unlike", "instead"}
# Walking left from a verb, these end the search for its subject: "people who stop…" is about
# people, and after ", and" a new clause usually brings its own subject.
SUBJECT_BARRIERS = {"who", "whom", "whose", "when", "if", "because", "since", "after", "before", "until", "among", "amongst"}
NEW_CLAUSE = {"and", "or", "so"}
# An introductory phrase before an imperative ("Tonight, beat …") is not one of these: they open a
# subordinate clause ("If you have the flu, treat it …") or make the verb a reply ("Yes, …").
INTRO_BLOCKERS = SUBJECT_BARRIERS | {"unless", "whether", "while", "although", "though", "once", "yes", "no", "i",
                                     "you", "we", "they", "he", "she", "it", "people", "doctors"}
# Testimonials in the first person name the product after the object ("I beat insomnia with valerian").
FIRST_PERSON = {"i", "we"}
# Determiners of product nouns ("our tincture") that may take modifiers before the head.
MODIFIABLE_DETERMINERS = {"our", "this", "these"}
# With ``objects: any`` the object is the run of content words after these determiners.
DETERMINERS = {"the", "a", "an", "your", "my", "his", "her", "their", "our", "its", "all", "any", "every", "most",
               "this", "that", "these", "those", "some"}
NOT_OBJECTS = {"in", "on", "by", "with", "for", "and", "or", "at", "to", "from", "before", "after", "during", "over",
               "under", "into", "as", "than", "is", "are", "was", "were", "be", "been", "it", "them", "you", "me",
               "slowly", "naturally", "quickly", "properly", "fully", "overnight"}
# ... and the verb must be a verb: inflected ("cures", "cured") or after one of these, not a noun
# ("the anxiety cure islanders swear by").
VERB_MARKERS = {"to", "can", "ca", "will", "wo", "'ll", "may", "might", "could", "would", "does", "do", "did", "n't",
                "not", "never", "also", "really", "actually", "literally", "truly", "naturally", "completely",
                "totally", "permanently", "finally", "helps", "help"}


class RelationRules:
    def __init__(self, rules, env: Environment):
        self.env = env
        self.rules = {rule.id: rule for rule in rules}
        make = env.nlp.make_doc
        vocab = env.nlp.vocab
        self.verbs = env.phrases.matcher("NORM")
        self.objects = env.phrases.matcher("NORM")
        self.subject_nouns = env.phrases.matcher("NORM")
        self.headless_blockers = env.phrases.matcher("NORM")
        for rule in rules:
            spec = rule.spec
            if spec.get("headless"):
                self.headless_blockers.add(rule.id, [make(p) for p in env.book.lexicon(spec["headless"]["unless_named"], rule.origin)])
            self.verbs.add(rule.id, [make(p) for p in env.book.lexicon(spec["verbs"], rule.origin)])
            objects = spec.get("objects", "substance")
            if objects not in ("substance", "any"):
                self.objects.add(rule.id, [make(p) for p in env.book.lexicon(objects, rule.origin)])
            nouns = env.book.lexicon(spec.get("subject_nouns"), rule.origin)
            if nouns:
                self.subject_nouns.add(rule.id, [make(p) for p in nouns])
                self._add_modified_nouns(rule.id, nouns)

    def _add_modified_nouns(self, rule_id: str, nouns: list[str]) -> None:
        """A product noun written "our tincture" also names the product with words between the
        determiner and its head: "our slippery elm tincture", "this organic mushroom blend"."""
        heads: dict[str, set[str]] = {}
        for phrase in nouns:
            words = phrase.lower().split()
            if len(words) == 2 and words[0] in MODIFIABLE_DETERMINERS:
                heads.setdefault(words[0], set()).add(words[1])
        if not heads:
            return
        if not hasattr(self, "modified_nouns"):
            self.modified_nouns = GatedMatcher(self.env.nlp, self.env.phrases)  # gated on the head nouns
            self.modified_noun_rules: dict[str, list[str]] = {}  # one pattern serves every rule sharing it
        for det, words in heads.items():
            signature = f"{det}:{','.join(sorted(words))}"
            if signature not in self.modified_noun_rules:
                self.modified_noun_rules[signature] = []
                self.modified_nouns.add(signature, [{"LOWER": det}, *([{"IS_ALPHA": True, "OP": "?"}] * 3),
                                                    {"LOWER": {"IN": sorted(words)}}])
            self.modified_noun_rules[signature].append(rule_id)

    def _subject(self, doc: Doc, rule, verb_start: int, subject_nouns,
                 state: DocumentState) -> tuple[int, str | None] | None:
        """Walk left from the verb to the clause start; return (token, substance id) of the subject."""
        sentence = sentence_at(doc, verb_start)
        limit = max(sentence.start, verb_start - int(rule.spec.get("max_subject_gap", 14)))
        mentions = [m for m in mentions_in(doc, limit, verb_start) if m.kb_id_ != "partner"]
        i = verb_start - 1
        while i >= limit:
            token = doc[i]
            if token.lower_ in CLAUSE_BREAKS or token.lower_ in SUBJECT_BARRIERS:
                break
            if token.lower_ in NEW_CLAUSE and i > 0 and doc[i - 1].text == ",":
                break
            for mention in reversed(mentions):
                if mention.start <= i < mention.end:
                    return mention.start, mention.label_
            # "it"/"this" stand for a substance only once the document has named one
            if (rule.spec.get("pronoun_subjects", True) and token.lower_ in PRONOUN_SUBJECTS
                    and topic_before(doc, i, state) is not None):
                return i, None
            noun_start = next((s for s, e in subject_nouns if s <= i < e), None)
            if noun_start is not None:
                return noun_start, None
            i -= 1
        return None

    @staticmethod
    def _opens_sentence(doc: Doc, verb_start: int) -> bool:
        """The verb is the sentence's first word (after quotes, bullets, emoji), or the first
        after a short introductory phrase and a comma ("This winter, protect your family from
        the flu with …") that names no substance and opens no subordinate clause ("If you …,")."""
        sentence = sentence_at(doc, verb_start)
        before = doc[sentence.start:verb_start]
        if all(not t.is_alpha for t in before):
            return True
        # a short label before a colon works the same way ("Subject: Beat insomnia …", "Pro tip: cure …")
        return (len(before) <= 5 and before[-1].text in (",", ":")
                and not any(t.lower_ in INTRO_BLOCKERS or t.text in ",;:" for t in before[:-1])
                and not mentions_in(doc, sentence.start, verb_start))

    def _label_line(self, doc: Doc, rule, verb_start: int, blockers) -> bool:
        """With ``headless``, a sentence that opens with the inflected verb and names no product and no
        drug ("Lowers blood sugar naturally", "Relieves migraines in minutes") is a label line: its
        subject is the product it is printed on."""
        if not rule.spec.get("headless"):
            return False
        verb = doc[verb_start]
        if not (verb.lower_.endswith("s") and verb.lower_ != verb.norm_):
            return False
        sentence = sentence_at(doc, verb_start)
        return (rule.id, sentence.start) not in blockers and self._opens_sentence(doc, verb_start)

    @staticmethod
    def _first_person(doc: Doc, verb_start: int) -> bool:
        """A testimonial names the product after its object as a slogan does: "I overcame insomnia
        with valerian", "we finally beat the flu thanks to elderberry". The verb follows "I"/"we" (and
        at most two adverbs) at the start of its sentence or clause."""
        sentence = sentence_at(doc, verb_start)
        i = verb_start - 1
        skipped = 0
        while i >= sentence.start and skipped < 2 and doc[i].is_alpha and doc[i].lower_ not in FIRST_PERSON:
            if not doc[i].lower_.endswith("ly") and doc[i].lower_ not in {"finally", "just", "also", "then", "soon"}:
                return False
            i -= 1
            skipped += 1
        if i < sentence.start or doc[i].lower_ not in FIRST_PERSON:
            return False
        return i == sentence.start or not doc[i - 1].is_alpha

    @staticmethod
    def _imperative_subject(doc: Doc, object_end: int, subject_nouns) -> tuple[int, str | None] | None:
        """The product an imperative claim is about: a substance mention or product noun after
        its object, in the same sentence ("… with our kava", "…: two ginger chews")."""
        sentence = sentence_at(doc, object_end - 1)
        clause_end = next((t.i for t in doc[object_end:sentence.end] if t.lower_ in IMPERATIVE_BREAKS), sentence.end)
        context = doc._.context
        for mention in mentions_in(doc, object_end, clause_end):
            # "treat a cold with rest, not echinacea": a denied product is not the subject
            if mention.kb_id_ != "partner" and "negation" not in context.kinds_at(mention.start):
                return mention.start, mention.label_
        for start, _ in subject_nouns:
            if object_end <= start < clause_end:
                return start, None
        return None

    def _object(self, doc: Doc, rule, verb_end: int, subject_id: str | None, objects) -> int | None:
        sentence = sentence_at(doc, verb_end - 1)
        limit = min(sentence.end, verb_end + int(rule.spec.get("max_gap", 6)))
        if rule.spec.get("objects") == "any":
            verb = doc[verb_end - 1]
            before = doc[verb.i - 1] if verb.i > sentence.start else None
            if verb.lower_ == verb.norm_ and before is not None and before.lower_ not in VERB_MARKERS:
                return None  # an uninflected form after a noun or determiner is the noun "cure"
            i = verb_end
            while i < limit and doc[i].lower_ in DETERMINERS:
                i += 1
            def content(j: int) -> bool:
                return (j < limit and doc[j].is_alpha and doc[j].lower_ not in NOT_OBJECTS
                        and doc[j].lower_ not in CLAUSE_BREAKS)
            if not content(i):
                return None
            while content(i + 1):  # the whole noun phrase: "my chronic hiccups"
                i += 1
            return i + 1
        if rule.spec.get("objects", "substance") == "substance":
            for mention in mentions_in(doc, verb_end, limit):
                if any(t.lower_ in CLAUSE_BREAKS or t.text in ".!?" for t in doc[verb_end:mention.start]):
                    return None
                if mention.label_ != subject_id and mention.kb_id_ != "partner":
                    return mention.end
            return None
        for i in range(verb_end, limit):
            if doc[i].lower_ in CLAUSE_BREAKS or doc[i].text in ".!?":
                return None
            for start, end in objects:
                if start == i:
                    return end
        return None

    def check(self, doc: Doc, state: DocumentState):
        strings = doc.vocab.strings
        objects: dict[str, list[tuple[int, int]]] = {}
        for m, s, e in self.objects(doc):
            objects.setdefault(strings[m], []).append((s, e))
        nouns: dict[str, list[tuple[int, int]]] = {}
        for m, s, e in self.subject_nouns(doc):
            nouns.setdefault(strings[m], []).append((s, e))
        if hasattr(self, "modified_nouns"):
            for signature, s, e in self.modified_nouns(doc):
                for owner in self.modified_noun_rules[signature]:
                    nouns.setdefault(owner, []).append((s, e))
        blockers = {(strings[m], sentence_at(doc, s).start) for m, s, e in self.headless_blockers(doc)}
        reported: set[tuple[str, int]] = set()
        for match_id, start, end in self.verbs(doc):
            rule_id = strings[match_id]
            rule = self.rules[rule_id]
            sentence = sentence_at(doc, start)
            if (rule_id, sentence.start) in reported:
                continue
            subject = self._subject(doc, rule, start, nouns.get(rule_id, []), state)
            imperative = subject is None and rule.spec.get("imperative", False) and (
                self._opens_sentence(doc, start) or self._first_person(doc, start))
            label = subject is None and self._label_line(doc, rule, start, blockers)
            if subject is None and not imperative and not label:
                continue
            subject_id = subject[1] if subject else None
            object_end = self._object(doc, rule, end, subject_id, objects.get(rule_id, []))
            if object_end is None:
                continue
            if imperative:
                subject = self._imperative_subject(doc, object_end, nouns.get(rule_id, []))
                if subject is None and not label:
                    continue
                subject_id = subject[1] if subject else None
            if blocked_by_context(doc, rule, start, end):  # cues governing the verb
                continue
            span = doc[min(subject[0], start) if subject else start:object_end]
            reported.add((rule_id, sentence.start))
            yield make_finding(rule, doc, state, span.start_char, span.end_char,
                               subject_id or topic_before(doc, start, state), self.env.knowledge,
                               fix=fix_from_rule(rule, doc, span.start_char, span.end_char),
                               verb=doc[start:end].text, object=doc[end:object_end].text)
