"""``kind: phrase`` — a claim recognised by its wording.

Phrases go to the Checker's shared phrase pass (on NORM, so inflections match); token
patterns go to a GatedMatcher that runs each only on sentences holding its trigger words
(spaCy's Matcher costs about 14 ms per pattern per MB, the phrase pass almost nothing). Every match is then
checked against the Doc's context marks (``unless``) and the rule's ``except`` phrases.
"""
from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import replace

from spacy.tokens import Doc

from ..annotate import (TABLE_COLUMNS, answer_lead_in, answers_another_verb, denies_less, answer_text, context_of, mentions_of, opens_list_item, sentence_bounds, sentence_start_chars,
                        sentence_start_of, token_table)
from ..drug_names import is_generic_drug_name
from ..lexicon import lemma_patterns_to_norm
from ..matching import GatedMatcher
from ..product_names import takes_brand_names
from ..regexes import AnchorSearch, LazyRegex, stored_programs
from .common import (PRONOUN_SUBJECTS, DocumentState, Environment, blocked_by_context, comparison_aside, doc_text, fix_from_rule, mentions_in,
                     make_finding, points_back, sentence_chars, subject_near, topic_before)
from .qualifiers import Qualifiers


_LOWER = TABLE_COLUMNS.index("LOWER")

# what may come right before a clause's subject: a clause mark or a conjunction (`not_said_of: {clause_subject}`)
_CLAUSE_SUBJECT_LEADS = frozenset({",", ";", ":", "—", "–", "(", "and", "but", "so", "yet", "because", "since", "while",
                                   "though", "although", "honestly", "really", "then", "now"})

# `not_said_of`: the verbs that link a subject to what a phrase says of it ("the bar is safe",
# "the Wi-Fi feels completely safe"); "'s" counts only as the nearest word before the match
LINKING_VERBS = {"is", "are", "was", "were", "be", "been", "being", "am", "'s", "’s", "'re", "’re", "seem", "seems",
                 "seemed", "feel", "feels", "felt", "remain", "remains", "remained", "stay", "stays", "stayed", "look",
                 "looks", "sound", "sounds"}
# auxiliaries between a subject and its linking verb ("the subscription model has been proven")
SUBJECT_AUXILIARIES = {"has", "have", "had", "will", "would", "can", "could", "may", "might", "must", "should", "shall",
                       "'ll", "’ll", "'d", "’d"}
# where the subject of a linking verb begins: a clause boundary before it
SUBJECT_BOUNDARIES = {",", ";", ":", "—", "–", "(", ")", '"', "“", "”", "that", "which", "who", "because", "since",
                      "so", "but", "while", "although", "though", "when", "if", "where", "whether", "unless", "until"}
# a preposition ends a subject's head noun phrase: "the Wi-Fi at our kava bar" (Wi-Fi), "kava from our bar" (kava)
SUBJECT_PREPOSITIONS = {"of", "from", "at", "in", "on", "inside", "near", "by", "behind", "around", "with", "for",
                        "across", "outside", "within", "throughout", "among", "under", "over", "beside", "next"}
# The verbs after a sentence-opening "that" that make it a pronoun pointing back at the sentence before ("That's
# clinically proven."), not a determiner ("That bar is safe") or a conjunction.
THAT_VERBS = ("'s", "’s", "is", "was", "has", "had", "will", "would", "can", "could", "must")
DETERMINERS = {"the", "our", "this", "that", "these", "those", "your", "my", "their", "his", "her", "its", "a", "an"}
# `not_said_of: {antecedents}` (see _pronoun_for): words between a clause-opening pronoun and the match ("it's
# totally safe", "they should be completely harmless"), what may join its clause to the one before ("…, and it's
# safe", "…, so it's safe"), the marks that end that clause, the marks that end the clause before it, words that
# point at something named before (the clause before says "it": "Everyone loves it, and it's safe"), and words after
# which a noun has ended its phrase ("the water should be pure")
_PRONOUN_GAP = frozenset({"is", "are", "was", "were", "be", "been", "'s", "’s", "'re", "’re", "will", "would", "can",
                          "could", "may", "might", "should", "must", "'ll", "’ll", "also", "always", "just", "really",
                          "still", "both", "all", "seem", "seems", "feels", "feel", "stays", "remains", "perfectly",
                          "completely", "totally", "entirely", "absolutely", "very", "quite", "pretty", "super", "so",
                          "definitely", "100", "%"})
_CLAUSE_JOINS = frozenset({"and", "so", "but", "because", "since", "as", "then", "yet", "plus"})
_CLAUSE_MARKS = frozenset({",", ";", ":", "—", "–"})
_STRONG_MARKS = frozenset({";", ":", "—", "–"})
_POINTERS = frozenset({"it", "its", "they", "them", "their", "this", "these", "those"})
_NOUN_PHRASE_ENDS = frozenset(LINKING_VERBS | SUBJECT_AUXILIARIES | SUBJECT_PREPOSITIONS | {"and", "or", "to", "that",
                                                                                             "which", "you", "we", "here",
                                                                                             "there", "first", "now", "today",
                                                                                             "too", "again"})
# the words that open a phrase naming what goes with a subject ("kava with ginger", "kava plus lemon")
_MODIFIER_OPENERS = frozenset({"with", "plus"})
_GOES_WITH = frozenset({"with", "plus", "alongside", "for", "in", "into", "to"})
# adverbs that may close a clause after its last noun ("Boil the kettle first; it's safe")
# between a `uncredited_mentions` phrase and the product: "without any feverfew", "stopped taking my daily elderberry",
# "without drinking the elderberry tea"; and what joins a product to one listed before it ("without feverfew or herbs")
_UNCREDITED_SKIPPED = frozenset({"any", "a", "an", "the", "my", "our", "your", "his", "her", "their", "all", "of",
                                 "those", "these", "that", "this", "its", "daily", "usual", "regular", "own", "nightly",
                                 "morning", "favorite", "favourite", "taking", "using", "drinking", "buying", "trying"})
_UNCREDITED_LIST_JOINS = frozenset({"or", "and", "nor", ",", "/"})
_TRAILING_ADVERBS = frozenset({"first", "here", "there", "now", "today", "too", "again", "daily", "well"})
# `near: {antecedent: true}`: tokens of a question just before a claim whose phrase the claim's pronoun can stand
# for ("Joint pain? Turmeric makes it vanish."), as for a relation's pronoun object
MAX_QUESTION = 8


class PhraseRules:
    def __init__(self, rules, env: Environment):
        self.env = env
        self.rules = {rule.id: rule for rule in rules}
        strings = env.nlp.vocab.strings
        self.key_of = {rule.id: strings.add(rule.id) for rule in rules}  # the phrase lists' keys are rule ids
        self.partner = strings.add("partner")  # the kb_id of a partner mention
        self.phrases = env.phrases.matcher("NORM")
        self.exact_phrases = env.phrases.matcher("LOWER")  # no inflections: "improves", not "improved"
        self.mention_words = env.phrases.matcher("NORM")
        self.patterns = GatedMatcher(env.nlp, env.phrases, env.gates)
        self.exceptions = env.phrases.matcher("NORM")
        # `except_patterns`: token patterns overlapping a match that cancel it, as `except` phrases do ("safe to visit",
        # "safe from mold": a word after the match that turns it away from the product's use)
        self.exception_patterns = GatedMatcher(env.nlp, env.phrases, env.gates)
        self.near = env.phrases.matcher("NORM")
        self.harms = env.phrases.matcher("NORM")  # see _harm_of_the_only_substance
        self.harms.add("harm", env.book.lexicons.get("substance-harms", []))
        self.between_of = {rule.id: {w.lower() for w in rule.spec.get("between", [])} for rule in rules}
        # `near: {then: [...]}`: the word that must follow the near phrase (or the sentence ends): "No more anxiety,
        # thanks to …", not "no more cold hands", "no more pain in the wallet"
        self.near_then = {rule.id: {w.lower() for w in rule.spec["near"]["then"]}
                          for rule in rules if (rule.spec.get("near") or {}).get("then")}
        # `near: {statement_subjects: [...]}`: "…, which is a myth" judges the statement before it, not the match, unless
        # the match stands right before it ("kratom withdrawal, which is a myth")
        # `near: {slot: [...]}`: words that count only in the comparison's slot, right after the match and its
        # determiners ("a natural alternative to estrogen", not "better than soy for healthy estrogen levels")
        self.near_slot = {rule.id: {w.lower() for w in env.book.lexicon(rule.spec["near"]["slot"], rule.origin)}
                          for rule in rules if (rule.spec.get("near") or {}).get("slot")}
        self.near_statement_subjects = {rule.id: {w.lower() for w in rule.spec["near"]["statement_subjects"]}
                                        for rule in rules if (rule.spec.get("near") or {}).get("statement_subjects")}
        # `near` rules that can end only at one of their listed phrases (see _near_end): a match in a Doc without one
        # of those is dropped before anything else is read of it ("doesn't stand a chance" after any condition named)
        self.near_phrase_rules = {self.key_of[rule.id] for rule in rules if rule.spec.get("near") and not any(
            rule.spec["near"].get(option) for option in ("history", "generic_drug_names", "slot", "antecedent"))}
        # `headless`: a label line that opens with the claim and names no product ("Proven to reduce hair
        # loss by 60%") is about the product the label is on, when it names a condition and no drug
        self.headless = env.phrases.matcher("NORM")
        self.headless_blockers = env.phrases.matcher("NORM")
        # "Key benefits: ✓ cures insomnia": a benefits label makes the page's product the subject of its list
        self.benefit_labels = BenefitLabels(env)
        self.pronoun_hashes = {env.nlp.vocab.strings.add(word) for word in PRONOUN_SUBJECTS}
        self.that_hash = env.nlp.vocab.strings.add("that")
        self.that_verb_hashes = {env.nlp.vocab.strings.add(word) for word in THAT_VERBS}
        # `not_said_of`: nouns a match may describe without being about a product ("our kava bar is
        # completely safe", "a risk-free trial"), and verbs whose object it then describes ("try it risk-free")
        self.not_said_of = env.phrases.matcher("NORM")
        self.not_said_verbs: dict[str, set[str]] = {}
        # `not_said_of: {antecedents: [...]}`: nouns a clause-opening "it" stands for when the clause before names one
        # and no product ("Use filtered water; it's totally safe", "The strainer is nylon, and it's harmless")
        self.not_said_antecedents: dict[str, set[str]] = {}
        # `not_said_of: {clause_subject: true}`: one of the nouns heads the clause right before the match, whatever its
        # verb ("Methadone got me off opioids, and …", "…, but NA keeps me clean")
        self.not_said_subjects: set[str] = set()
        # `by_subject`: the rule as worded for one substance, with what is known of it (rule id, substance id) -> rule
        self.by_subject: dict[tuple[str, str], object] = {}
        # `qualified_by`: qualifiers that, in the match's sentence, limit or refer the claim ("in small
        # amounts", "but check with your vet"); shared with the relation kind (see qualifiers.py)
        self.qualifiers = Qualifiers(env)
        # `practice_subjects`: a claim in a sentence that names no substance and no product, only a practice before it
        # ("good sleep hygiene works every time", "walking after meals significantly lowers blood sugar") is about the
        # practice, not a product
        self.practices = env.phrases.matcher("NORM")
        self.practice_products = env.phrases.matcher("NORM")
        self.practice_rules: set[str] = set()
        # `practice_subjects: {before_match: true}`: the practice (or drug, food, person) must be the subject before the
        # match ("Meditation works better than Xanax"), not a word of the match or its object ("better than any pill")
        self.practice_before: set[str] = set()
        # `near: {history: ...}`: a testimony told across sentences ("I suffered from migraines for a decade. Since
        # starting feverfew, I haven't had a single one."): the patterns that say, in the condition's sentence, that a
        # person had it, and the names (drugs) that credit the end to something else (see _told_arc)
        self.history: dict[str, dict] = {}
        self.history_persons: dict[str, set[str]] = {}  # words naming who had it, one of which the sentence holds
        self.history_patterns = GatedMatcher(env.nlp, env.phrases, env.gates)
        self.history_blockers = env.phrases.matcher("NORM")
        self.history_brief = env.phrases.matcher("NORM")  # `unless`: a condition had briefly ("since Monday")
        self.arc_start: int | None = None  # the sentence where the last arc found was told (its product is the subject)
        # (rule id, regex, anchors): checked on load (see validation.regex_problem); only the
        # sentences holding one of the rule's `regex_anchors` (lower case) are searched
        self.regexes: list[tuple[str, LazyRegex, tuple[str, ...] | None]] = []
        self.product_words_of: dict[str, int] = {}  # rule id -> key (hash) of its `requires_mention` words
        # `subject_links`: the product is the claim's subject, named inside the match or right before it with only
        # these words between ("valerian is the most effective …"; not "the best treatment for kratom addiction is …")
        self.subject_links = {rule.id: {w.lower() for w in rule.spec["subject_links"]}
                              for rule in rules if rule.spec.get("subject_links")}
        # `product_after`: a match ending with one of its `ends` words ("the answer is", "science backs") names the
        # product right after it, past its `skip` words ("For anxiety, the answer is kava", "Science backs our kava")
        self.product_after = {rule.id: ({w.lower() for w in rule.spec["product_after"]["ends"]},
                                        {w.lower() for w in rule.spec["product_after"].get("skip", ())})
                              for rule in rules if rule.spec.get("product_after")}
        # `answered_fragment`: a verbless question fragment that opens with the claim is answered by the product the
        # next sentence opens with ("The answer to anxiety? Kava."): a claim, not a question
        self.unquestioned = {rule.id: replace(rule, spec={**rule.spec, "unless": sorted(rule.unless - {"question"})})
                             for rule in rules if rule.spec.get("answered_fragment")}
        # `answered_fragment: {openers, answer_skip}`: the fragment may open with one of `openers` ("What's the safest
        # painkiller?", "Looking for the safest sleep aid?"), and its answer must name the product first, past only its
        # `answer_skip` words ("Try our kava.", "Kratom, hands down."; not "Ask your doctor about kratom.")
        self.fragment_openers = {rule.id: tuple(sorted((tuple(o.lower().split()) for o in rule.spec["answered_fragment"].get("openers", ())),
                                                       key=len, reverse=True))
                                 for rule in rules if isinstance(rule.spec.get("answered_fragment"), dict)}
        self.fragment_answer_skip = {rule.id: frozenset(w.lower() for w in rule.spec["answered_fragment"]["answer_skip"])
                                     for rule in rules if isinstance(rule.spec.get("answered_fragment"), dict)
                                     and "answer_skip" in rule.spec["answered_fragment"]}
        # `substances`: the subject must be one of these (a claim that is wrong only of some substances)
        self.subject_substances = {rule.id: {strings.add(s) for s in rule.spec["substances"]}
                                   for rule in rules if rule.spec.get("substances")}
        # `uncredited_mentions`: a product the sentence names only where the writer says it is not taken is credited
        # with nothing ("I haven't been sick in years, and I've never taken echinacea"): by rule id, its `before`
        # phrases, as tuples of their words' lower case (see _uncredited)
        self.uncredited = {rule.id: {tuple(w.lower().split()) for w in env.book.lexicon(spec["before"], rule.origin)}
                           for rule in rules if (spec := rule.spec.get("uncredited_mentions"))}
        # `subject_after_fragment`: "Kratom? It's basically like coffee." (see _fragment_names)
        self.subject_after_fragment = {rule.id for rule in rules if rule.spec.get("subject_after_fragment")}
        # `myth_of_harm_before`: the first words of the myth labels of context.yaml ("Myth:", "Misconception #2 —")
        self.myth_label_words = {label.split()[0].lower() for label in (env.book.context or {}).get("myth_label_nouns", ())}
        product_words: dict[tuple[str, ...], int] = {}
        # a brand name ("ZenLeaf", "Golden Calm®") is a product word for the rules that take product words
        self.brands = env.brands
        self.brand_rules = {rule.id for rule in rules if takes_brand_names(rule.spec.get("requires_mention"))}
        # `question`: a rule answered by the next sentence. `answer_unless`: words in the answer that take the
        # flat answer back ("Yes, but ask your doctor", "No, it is far riskier"); `answer_yes`: more openings that
        # answer yes to this rule's question ("Sure, go ahead.")
        self.answer_unless = {rule.id: _word_regex(rule.spec.get("answer_unless", ()))
                              for rule in rules if rule.spec.get("question")}
        self.answer_yes = {rule.id: tuple(phrase.lower() for phrase in rule.spec.get("answer_yes", ()))
                           for rule in rules if rule.spec.get("question")}
        # `answer_no`: more openings that answer no to this rule's question ("Doesn't exist.", "A myth.")
        self.answer_no = {rule.id: tuple(phrase.lower() for phrase in rule.spec.get("answer_no", ()))
                          for rule in rules if rule.spec.get("question")}
        # an answer after a lead-in ("The short answer is yes.", "In a word: no.") is read with the shared answers of
        # context.yaml (annotate reads only an answer that opens its sentence), the longest first
        context = env.book.context or {}
        self.shared_answers = tuple(sorted(((phrase.lower(), kind) for kind, phrases in context.get("answers", {}).items()
                                            for phrase in phrases), key=lambda item: -len(item[0])))
        self.non_answers = tuple(phrase.lower() for phrase in context.get("non_answers", ()))
        # `answer_confined`: an answer that opens with a condition ("Only if…", "Not when…") and confines the risk
        # to misuse or excess ("Only if you abuse it.", "Not at normal doses.") denies it for every other use
        self.answer_confined = {rule.id: (tuple(phrase.lower() for phrase in rule.spec["answer_confined"]["openings"]),
                                          _word_regex(rule.spec["answer_confined"]["conditions"]))
                                for rule in rules if rule.spec.get("question") and rule.spec.get("answer_confined")}
        # `answer_trivial`: an answer that makes the risk asked about trivial or a benefit ("Side effects? Just a calmer
        # mind.", "Withdrawal? Mild, at worst.") or, after a question naming the only one ("Its only side effect?"),
        # names any one item ("Better sleep!"), and names none of `unless` (a real harm, a hedge, a doctor)
        self.answer_trivial = {rule.id: (tuple(p.lower() for p in rule.spec["answer_trivial"]["openings"]),
                                         frozenset(w.lower() for w in rule.spec["answer_trivial"].get("only", ())),
                                         frozenset(w.lower() for w in rule.spec["answer_trivial"].get("only_asked", ())),
                                         _word_regex(rule.spec["answer_trivial"]["unless"]))
                               for rule in rules if rule.spec.get("question") and rule.spec.get("answer_trivial")}
        # `not_of`: nouns an overdose or "too much" may be of without being about a product ("you can't overdose on
        # broccoli"); `asked_of`: the groups a short question before the match must name ("Pregnant? It's safe for you.")
        self.not_of = env.phrases.matcher("NORM")
        self.asked_of = env.phrases.matcher("NORM")
        regex_sources: list[tuple[str, str, tuple[str, ...] | None]] = []
        # `match: {regex_unless_study: [...]}`: words that, in a regex hit's sentence or the sentence before it in
        # its paragraph, make the label line a study's reported result ("Kava trial (n=60). Adverse events: none")
        self.regex_study: dict[str, re.Pattern] = {}
        for rule in rules:
            for option, matcher in (("not_of", self.not_of), ("asked_of", self.asked_of)):
                if rule.spec.get(option):
                    matcher.add(rule.id, list(env.book.lexicon(rule.spec[option], rule.origin)))
            near = rule.spec.get("near")
            if near:
                phrases = env.book.lexicon(near.get("phrases") or {"lexicon": near.get("lexicon")}, rule.origin)
                self.near.add(rule.id, list(phrases))
                history = near.get("history")
                if history:
                    self.history[rule.id] = history
                    self.history_persons[rule.id] = {w.lower() for w in history.get("persons", ())}
                    for pattern in history["patterns"]:
                        self.history_patterns.add_checked(rule.id, lemma_patterns_to_norm(pattern)[0], rule.origin,
                                                          f"rule {rule.id!r} near.history")
                    blockers = env.book.lexicon(history.get("unless_named"), rule.origin)
                    if blockers:
                        self.history_blockers.add(rule.id, list(blockers))
                    brief = env.book.lexicon(history.get("unless"), rule.origin)
                    if brief:
                        self.history_brief.add(rule.id, list(brief))
            headless = rule.spec.get("headless")
            if headless:
                self.headless.add(rule.id, list(env.book.lexicon(headless["conditions"], rule.origin)))
                self.headless_blockers.add(rule.id, list(env.book.lexicon(headless["unless_named"], rule.origin)))
            match = rule.spec.get("match") or {}
            phrases = env.book.lexicon(match.get("phrases"), rule.origin)
            if phrases:
                self.phrases.add(rule.id, list(phrases))
            if match.get("regex"):
                gate = tuple(sorted({a.lower() for a in match.get("regex_anchors") or []})) or None
                regex_sources.append((rule.id, match["regex"], gate))
                study = _study_regex(env.book.lexicon(match.get("regex_unless_study"), rule.origin))
                if study is not None:
                    self.regex_study[rule.id] = study
            exact = env.book.lexicon(match.get("exact_phrases"), rule.origin)
            if exact:
                self.exact_phrases.add(rule.id, list(exact))
            requires = rule.spec.get("requires_mention") or ((near or {}).get("history") or {}).get("products")
            if isinstance(requires, (dict, list)):
                # rules sharing a product-word lexicon share its matches
                words = tuple(sorted(set(env.book.lexicon(requires, rule.origin))))
                if words not in product_words:
                    key = f"product-words#{len(product_words)}"
                    self.mention_words.add(key, list(words))
                    product_words[words] = strings.add(key)
                self.product_words_of[rule.id] = product_words[words]
            for pattern in match.get("patterns") or []:
                self.patterns.add_checked(rule.id, lemma_patterns_to_norm(pattern)[0], rule.origin,
                                          f"rule {rule.id!r}", greedy="LONGEST")
            exceptions = env.book.lexicon(rule.spec.get("except"), rule.origin)
            if exceptions:
                self.exceptions.add(rule.id, list(exceptions))
            for pattern in rule.spec.get("except_patterns") or []:
                self.exception_patterns.add_checked(rule.id, lemma_patterns_to_norm(pattern)[0], rule.origin,
                                                    f"rule {rule.id!r} except_patterns")
            not_said_of = rule.spec.get("not_said_of")
            if not_said_of:
                nouns = env.book.lexicon(not_said_of.get("nouns"), rule.origin)
                if nouns:
                    self.not_said_of.add(rule.id, list(nouns))
                self.not_said_verbs[rule.id] = {env.phrases.words(w)[0].norm_
                                                for w in env.book.lexicon(not_said_of.get("verbs"), rule.origin) if w.strip()}
                antecedents = env.book.lexicon(not_said_of.get("antecedents"), rule.origin)
                if antecedents:
                    self.not_said_antecedents[rule.id] = {w.lower() for w in antecedents}
                if not_said_of.get("clause_subject"):
                    self.not_said_subjects.add(rule.id)
            for substance, wording in (rule.spec.get("by_subject") or {}).items():
                self.by_subject[rule.id, substance] = replace(
                    rule, message=wording.get("message", rule.message), correction=wording.get("correction", rule.correction))
            practice_subjects = rule.spec.get("practice_subjects")
            if practice_subjects:
                self.practice_rules.add(rule.id)
                if practice_subjects.get("before_match"):
                    self.practice_before.add(rule.id)
                self.practices.add(rule.id, list(env.book.lexicon(practice_subjects["practices"], rule.origin)))
                self.practice_products.add(rule.id, list(env.book.lexicon(practice_subjects["unless_named"], rule.origin)))
            self.qualifiers.add(rule, env.book)
        programs = stored_programs((pattern, re.IGNORECASE) for _, pattern, _ in regex_sources)
        self.regexes = [(rule_id, LazyRegex(pattern, re.IGNORECASE, programs.get((pattern, re.IGNORECASE))), gate)
                        for rule_id, pattern, gate in regex_sources]
        self.regex_anchors = AnchorSearch([gate for _, _, gate in regex_sources])

    @staticmethod
    def _merge_overlaps(matches: list[tuple[str, int, int]]) -> list[tuple[str, int, int]]:
        """Overlapping matches of one rule ("clinically proven" + "proven to") become their union."""
        merged: list[tuple[str, int, int]] = []
        for rule_id, start, end in sorted(matches, key=lambda m: (m[0], m[1], -m[2])):
            if merged and merged[-1][0] == rule_id and start < merged[-1][2]:
                merged[-1] = (rule_id, merged[-1][1], max(end, merged[-1][2]))
            else:
                merged.append((rule_id, start, end))
        return merged

    def _matches(self, doc: Doc) -> list[tuple[str, int, int]]:
        strings = doc.vocab.strings
        found = [(strings[m], s, e) for m, s, e in self.phrases(doc)]
        found += [(strings[m], s, e) for m, s, e in self.exact_phrases(doc)]
        found += self.patterns(doc)
        if self.regexes:
            found += self._regex_matches(doc)
        return found

    def _regex_matches(self, doc: Doc) -> list[tuple[str, int, int]]:
        """Each regex searched in each sentence's text on its own (so ``^`` and ``$`` are the
        sentence's ends); with anchors, only in the sentences that hold one."""
        text = doc_text(doc)
        starts = sentence_start_chars(doc)
        lowered = text.lower()
        if len(lowered) != len(text):  # a character whose lower case is longer ("İ"): offsets would drift
            lowered = "".join(c if len(c.lower()) != 1 else c.lower() for c in text)
        found = []
        anchor_starts = self.regex_anchors.starts(lowered)
        for (rule_id, regex, anchors), occurrences in zip(self.regexes, anchor_starts):
            if anchors is None:
                candidates = range(len(starts))
            else:
                holding = {bisect_right(starts, at) - 1 for at in occurrences}
                candidates = [i for i in sorted(holding) if i >= 0]
            study = self.regex_study.get(rule_id)
            for number in candidates:
                start_char, end_char = sentence_chars(doc, number)
                hits = list(regex.finditer(text[start_char:end_char]))
                # (the study words are looked for only around a hit: most candidate sentences hold none)
                if hits and study is not None and _reports_study(doc, text, study, number, start_char, end_char):
                    continue
                for hit in hits:
                    span = doc.char_span(start_char + hit.start(), start_char + hit.end(), alignment_mode="expand")
                    if span is not None and len(span):
                        found.append((rule_id, span.start, span.end))
        return found

    def _near_end(self, doc: Doc, rule, start: int, end: int, near: dict[int, list[tuple[int, int]]],
                  mention_words=None) -> int | None:
        """For rules with `near`: the end of the first listed phrase within `after` tokens of the
        match, in its sentence (and, with `between`, with a connective in between); else None.
        With `then`, the word after the phrase must be one of those (or the sentence ends there). With
        `antecedent`, a listed phrase before the match that its pronoun stands for counts too (see
        _antecedent): then the match's own end."""
        spec = rule.spec["near"]
        sentence_start, sentence_end = sentence_bounds(doc, start)
        if rule.id in self.history:
            return end if mention_words is not None and self._told_arc(
                doc, rule, (sentence_start, sentence_end), start, end, near.get(self.key_of[rule.id], ()),
                mention_words) else None
        limit = min(self._near_sentence_end(doc, spec, end, sentence_end), end + int(spec.get("after", 5)))
        between = self.between_of[rule.id]
        then = self.near_then.get(rule.id)
        statement_subjects = self.near_statement_subjects.get(rule.id)
        not_across = spec.get("not_across")
        across_verbs = spec.get("across_after", ())  # words a not_across word belongs to: "reaching for"
        phrases = near.get(self.key_of[rule.id], ())
        for near_start, near_end in phrases:
            if not (end <= near_start < limit):
                continue
            if between and not any(t.lower_ in between for t in doc[end:near_start]):
                continue
            if not_across and any(doc[i].lower_ in not_across and doc[i - 1].lower_ not in across_verbs
                                  for i in range(end, near_start)):
                continue  # the phrase is past the match's own object: "better than water when taken with ibuprofen"
            if then and near_end < sentence_end and (doc[near_end].lower_ not in then or (
                    doc[near_end].text == "-" and not doc[near_end - 1].whitespace_)):
                continue  # a hyphen against the phrase joins a compound: "no hangover-free guarantee"
            if self._harm_of_the_only_substance(doc, near_start, (sentence_start, sentence_end)):
                continue
            if statement_subjects and _judges_statement(doc, sentence_start, start, end, near_start, statement_subjects):
                continue
            return near_end
        if spec.get("generic_drug_names"):
            # a generic drug name no lexicon lists, told by its stem: "works as well as pantoprazole" (drug_names.py)
            for i in range(end, limit):
                if not_across and doc[i].lower_ in not_across and doc[i - 1].lower_ not in across_verbs:
                    break
                if is_generic_drug_name(doc[i].lower_):
                    return i + 1
        slot = self.near_slot.get(rule.id)
        if slot:
            i = end
            while i < limit and doc[i].lower_ in SLOT_DETERMINERS:
                i += 1
            if i < limit and doc[i].lower_ in slot and (i + 1 >= sentence_end or (
                    doc[i + 1].lower_ not in SLOT_NOUN_HEADS and not (doc[i + 1].text == "-" and not doc[i].whitespace_))):
                return i + 1  # not a compound's first half: "antibiotic-laced feed", "estrogen levels"
        if spec.get("antecedent") and self._antecedent(doc, sentence_start, start, phrases, not_across):
            return end
        return None

    def _told_arc(self, doc: Doc, rule, sentence: tuple[int, int], start: int, end: int,
                  phrases: list[tuple[int, int]], mention_words) -> bool:
        """`near: {history: ...}`: is the match the end of a testimony's arc? A listed phrase (a condition) is named
        before it, in its sentence or one of the `sentences` before it in its paragraph, not denied, in a sentence
        that names one of `persons` and where one of the `patterns` says the person had it ("I suffered from migraines for a decade."); and the product
        (a substance or one of `products`) is named in the match's sentence or in an earlier sentence of the arc that
        neither denies nor hedges ("Then I found kava. Now I'm calm every day."; not "I tried valerian, but it didn't
        help."). Not when a sentence of the arc before the match asks, hedges, reports or supposes, nor when the
        condition's names one of `unless` (had briefly: "since Monday"), nor when one of `unless_named` is named after
        the condition, outside the match (a drug: "Then my doctor prescribed sertraline."). Sets `arc_start`."""
        spec = self.history[rule.id]
        persons = self.history_persons[rule.id]
        context = context_of(doc)
        key = self.product_words_of.get(rule.id)
        text = doc_text(doc)

        def names(told: tuple[int, int]) -> bool:
            return (None, told[0]) in mention_words or (key, told[0]) in mention_words

        credited = names(sentence)
        told, limit = sentence, start
        for _ in range(int(spec.get("sentences", 2)) + 1):
            if told is not sentence:
                if doc[told[1] - 1].text == "?" or context.questions.get(told[0]) or any(
                        context.cues_in(told[0], told[1], kind) for kind in ("hedge", "conditional", "report", "distancing")):
                    return False  # an arc asked, hedged or reported is not told as fact
            conditions = [(s, e) for s, e in phrases if told[0] <= s and e <= limit
                          and "negation" not in context.kinds_over(s, e)]
            if conditions and (not persons or any(doc[i].lower_ in persons for i in range(told[0], told[1]))) \
                    and self.history_patterns(doc, within={(rule.id, told[0])}):
                if len(self.history_brief) and any(told[0] <= s and e <= told[1] for _, s, e in self.history_brief(doc)):
                    return False  # "I've had a cold since Monday"
                after = min(e for _, e in conditions)
                if len(self.history_blockers) and any(
                        after <= s and e <= sentence[1] and not (s < end and start < e)
                        for _, s, e in self.history_blockers(doc)):
                    return False  # a drug named after the condition: the end is the drug's
                self.arc_start = told[0]
                return credited or (names(told) and not context.cues_in(told[0], told[1], "negation"))
            if told is not sentence and names(told) and not context.cues_in(told[0], told[1], "negation"):
                credited = True
            told = _sentence_before(doc, text, told)
            if told is None:
                return False
            limit = told[1]
        return False

    @staticmethod
    def _near_sentence_end(doc: Doc, spec: dict, end: int, sentence_end: int) -> int:
        """Where a `near` phrase may end: the match's sentence, or with `next_sentence`, when the match ends its
        sentence (only marks after it), the next sentence of its paragraph too ("10,000 reviews can't be wrong. Kava
        works.")."""
        if not spec.get("next_sentence") or sentence_end >= len(doc):
            return sentence_end
        if any(not (doc[i].is_punct or doc[i].is_space) for i in range(end, sentence_end)):
            return sentence_end
        if not _same_paragraph(doc, doc_text(doc), sentence_end):
            return sentence_end
        return sentence_bounds(doc, sentence_end)[1]

    def _names_product_next(self, doc: Doc, rule, start: int, end: int, near, mention_words) -> bool:
        """With `near: {next_sentence: true}`: does the next sentence, where the match's `near` phrase is, name the
        product ("Thousands of customers can't be wrong. Our kratom works.")?"""
        spec = rule.spec.get("near") or {}
        if not spec.get("next_sentence"):
            return False
        sentence_end = sentence_bounds(doc, start)[1]
        near_end = self._near_end(doc, rule, start, end, near)
        if near_end is None or near_end <= sentence_end:
            return False
        key = self.product_words_of.get(rule.id)
        return (None, sentence_end) in mention_words or (key, sentence_end) in mention_words

    def _near_blocked(self, doc: Doc, rule, end: int, near_end: int, near: dict[int, list[tuple[int, int]]]) -> bool:
        """Is the `near` phrase ending at `near_end` exempted by a cue outside its own words? A negation inside the
        phrase ("so it can't be harmful", "so it can't hurt") is its wording, as a cue inside the match is; read only
        when a cue outside the match covers it."""
        near_start = min((s for s, e in near.get(self.key_of[rule.id], ()) if e == near_end and s >= end),
                         default=near_end - 1)
        return blocked_by_context(doc, rule, near_end - 1, near_end, own=(near_start, near_end))

    @staticmethod
    def _antecedent(doc: Doc, sentence_start: int, start: int, phrases: list[tuple[int, int]],
                    not_across=None) -> bool:
        """`near: {antecedent: true}`: is one of the phrases named before the match, which holds a pronoun
        standing for it: earlier in its sentence ("Kratom withdrawal is rough, but kava makes it disappear"),
        or in a short question just before it that names no substance ("Menopause symptoms? Maca makes them
        disappear."). A question naming a substance ("Does maca cure hot flushes?") leaves the pronoun open.
        With `not_across`, a phrase with one of those words between it and the match belongs to another clause
        ("Kava is no cure for anxiety, but for a calm evening, kava is the answer")."""
        lowest = sentence_start
        if sentence_start > 0:
            question_start, question_end = sentence_bounds(doc, sentence_start - 1)
            if (doc[question_end - 1].text == "?" and question_end - question_start <= MAX_QUESTION
                    and not any(question_start <= m.start < question_end for m in mentions_of(doc))):
                lowest = question_start
        return any(lowest <= near_start and near_end <= start
                   and not (not_across and any(t.lower_ in not_across for t in doc[near_end:start]))
                   for near_start, near_end in phrases)

    def _harm_of_the_only_substance(self, doc: Doc, at: int, sentence: tuple[int, int]) -> bool:
        """Is the phrase at token `at` a harm of the substance named right before it, the only one the
        sentence names ("the best treatment for kratom withdrawal is buprenorphine", "an antidote to
        kava toxicity")? Treating it is no claim about the substance. "Kava is a remedy for kratom
        withdrawal" names another, which the claim is about."""
        if not any(start == at for _, start, _ in self.harms(doc)):
            return False
        sentence_start, sentence_end = sentence
        named = [m for m in mentions_of(doc) if sentence_start <= m.start < sentence_end and m.kb_id != self.partner]
        return len({m.label for m in named}) == 1 and any(m.end == at for m in named)

    @staticmethod
    def _clause_subject_start(doc: Doc, start: int) -> int:
        """Start of the substance mention that opens the claim's clause ("X is as effective as …")."""
        sentence_start, _ = sentence_bounds(doc, start)
        for mention in reversed([m for m in mentions_of(doc) if sentence_start <= m.start and m.end <= start]):
            between = doc[mention.end:start]
            if len(between) <= 4 and not any(t.text in ",;:—–()" for t in between):
                return mention.start
            break
        return start

    @staticmethod
    def _described_noun(doc: Doc, sentence: tuple[int, int], start: int, end: int) -> tuple[int | None, int, int | None]:
        """What a match at tokens [start, end) describes: (the end of the head noun of its clause's
        subject before a linking verb, or None; the start of the words right after it; the index of
        the verb of its clause when no linking verb comes first, or None). "The Wi-Fi at our kava bar
        is completely safe": the head ends after "Wi-Fi"; "Kava from our bar is safe": after "Kava"."""
        sentence_start, _ = sentence
        copula = None
        if doc[start].lower_ in LINKING_VERBS:  # the match opens with its verb ("is non-toxic")
            copula = start
        else:
            for i in range(start - 1, max(sentence_start, start - 4) - 1, -1):
                token = doc[i]
                if token.lower_ in LINKING_VERBS:
                    copula = i
                    break
                if not token.is_alpha and token.text != "%" and not token.like_num:
                    break
        head_end = None
        verb = None
        if copula is not None:
            left = copula
            while left > sentence_start:
                token = doc[left - 1]
                lower = token.lower_
                if lower in SUBJECT_BOUNDARIES or lower in LINKING_VERBS:
                    break
                if lower in ("and", "or", "&") and doc[left].lower_ in DETERMINERS:
                    break  # "…, and the bar is safe": a new clause, not "our bar and lounge"
                left -= 1
            if left == copula and left - 1 > sentence_start and doc[left - 1].lower_ in ("that", "which") \
                    and doc[left - 2].is_alpha:
                return left - 1, end, None  # a relative clause: "ink that is totally harmless" (ink)
            subject_end = copula
            while subject_end > left and doc[subject_end - 1].lower_ in SUBJECT_AUXILIARIES:
                subject_end -= 1  # "the model has been proven", "the bar will be safe": the auxiliary is no head
            for i in range(left, subject_end):
                if doc[i].lower_ in SUBJECT_PREPOSITIONS and i > left:
                    subject_end = i
                    break
            while subject_end > left and not doc[subject_end - 1].is_alpha:
                subject_end -= 1  # a closing quote or bracket
            if subject_end > left:
                head_end = subject_end
        else:
            left = start
            while left > sentence_start and doc[left - 1].lower_ not in SUBJECT_BOUNDARIES and not doc[left - 1].is_punct:
                left -= 1
            verb = left if left < start else None
        after = end
        return head_end, after, verb

    def _said_of_other(self, doc: Doc, rule_id: str, sentence: tuple[int, int], start: int, end: int,
                       nouns: dict[int, set[tuple[int, int]]], word_spans) -> bool:
        """`not_said_of`: the match describes one of the rule's nouns (a venue, a device, a material,
        a sale), not a product: as the head of its clause's subject ("the kratom shop is totally
        safe"), as the noun right after it ("a risk-free trial"), or as the object of one of its
        verbs ("try our kava risk-free")."""
        head_end, after, verb = self._described_noun(doc, sentence, start, end)
        spans = nouns.get(self.key_of[rule_id], set())
        if head_end is not None and any(e == head_end for _, e in spans):
            return True
        if spans and self._apposed_to(doc, sentence, start, spans):
            return True
        if any(s == after for s, _ in spans):
            return True
        # the subject of the clause the match opens: "experts agree (that) the packaging is recyclable", "doctors agree
        # that our new label is clearer" (a determiner first, then the noun or one word and the noun)
        _, sentence_end = sentence
        j = after + 1 if after < sentence_end and doc[after].lower_ == "that" else after
        if j < sentence_end - 1 and doc[j].lower_ in DETERMINERS and any(
                s == j + 1 or (s == j + 2 and doc[j + 1].is_alpha) for s, _ in spans):
            return True
        # a question opening with its linking verb puts the subject right before the match: "Is this kava bar safe?"
        if any(e == start for _, e in spans) and doc[_opening(doc, sentence)].lower_ in _QUESTION_LINKS:
            return True
        # `clause_subject`: the noun (maybe after a determiner) opens the match's clause and ends right before it:
        # "Methadone got me off opioids, and …", "…, but NA keeps me clean" (not "Unlike methadone, kratom got me off
        # opioids": the comma ends that phrase; not "I quit methadone got me off …": a word before the noun)
        if rule_id in self.not_said_subjects:
            sentence_start, _ = sentence
            for s, e in spans:
                if e != start:
                    continue
                i = s - 1 if s > sentence_start and doc[s - 1].lower_ in DETERMINERS else s
                if i <= _opening(doc, sentence) or doc[i - 1].lower_ in _CLAUSE_SUBJECT_LEADS:
                    return True
        verbs = self.not_said_verbs.get(rule_id)
        if verb is not None and verbs:
            _, sentence_end = sentence
            opening = _opening(doc, (verb, sentence_end))
            if opening < start and doc[opening].norm_ in verbs:
                return True
            # "you can try it risk-free", "order your bottle risk-free today": a subject, maybe a modal, then the verb
            for i in range(opening, min(start, opening + 4)):
                if doc[i].norm_ in verbs:
                    return True
        antecedents = self.not_said_antecedents.get(rule_id)
        return bool(antecedents) and self._pronoun_for(doc, rule_id, sentence, start, antecedents, word_spans)

    def _pronoun_for(self, doc: Doc, rule_id: str, sentence: tuple[int, int], start: int, antecedents: set[str],
                     word_spans) -> bool:
        """`not_said_of: {antecedents}`: the match's clause opens with "it" or "they" (maybe after "and", "so"), and
        the clause before it (back to a semicolon, a colon, a dash or the sentence's start; the sentence before's
        last one when the pronoun opens its sentence) names one of the nouns and no substance, product word or
        pronoun: the pronoun stands for that noun ("Use filtered water; it's totally safe", "The water should be
        pure, so it's safe to drink with your kava"), not for the product ("Kava is made with water, and it's
        totally safe")."""
        sentence_start, _ = sentence
        i = start - 1
        while i >= sentence_start and doc[i].lower_ in _PRONOUN_GAP:
            i -= 1
        if i < sentence_start or doc[i].lower_ not in ("it", "they"):
            return False
        j = i - 1
        while j >= sentence_start and doc[j].lower_ in _CLAUSE_JOINS:
            j -= 1
        if j >= sentence_start:
            if doc[j].text not in _CLAUSE_MARKS:
                return False  # "it" inside a clause: "Kava makes it totally safe"
            begin, end = sentence_start, j
        elif sentence_start > 0:
            begin, end = sentence_bounds(doc, sentence_start - 1)
            while end > begin and (doc[end - 1].is_punct or doc[end - 1].is_space):
                end -= 1
        else:
            return False
        for k in range(end - 1, begin - 1, -1):
            if doc[k].text in _STRONG_MARKS:
                begin = k + 1
                break
        if not 0 < end - begin <= 30:
            return False
        if any(begin <= m.start < end for m in mentions_of(doc)):
            return False
        key = self.product_words_of.get(rule_id)
        if key is not None and any(m == key and begin <= s < end for m, s, _ in word_spans):
            return False
        if any(doc[k].lower_ in _POINTERS for k in range(begin, end)):
            return False
        # "it" as the dummy subject of a clause about a substance ("It is perfectly safe to mix reishi with alcohol"), or
        # for the substance the sentence goes on to name ("It's just a plant, so kava is risk-free"); not a substance
        # the noun goes with or is for ("it's safe to drink with your kava", "safe for kava prep")
        _, sentence_end = sentence
        if any(start <= m.start < sentence_end and doc[m.start - 1].lower_ not in _GOES_WITH
               and not (doc[m.start - 1].lower_ in DETERMINERS and doc[m.start - 2].lower_ in _GOES_WITH)
               for m in mentions_of(doc)):
            return False
        # the noun is the clause's subject ("The water should be pure", "Tap water is fine") or its last word ("Use
        # filtered water", "Boil the kettle first"), not a noun inside it ("in a steamy kitchen, the powder can clump")
        last = end - 1
        while last > begin and doc[last].lower_ in _TRAILING_ADVERBS:
            last -= 1
        if doc[last].lower_ in antecedents:
            return True
        for k in range(begin, min(begin + 4, end)):
            if doc[k].lower_ in antecedents:
                return (k + 1 >= end or doc[k + 1].lower_ in _NOUN_PHRASE_ENDS) and all(
                    doc[i].is_alpha and doc[i].lower_ not in SUBJECT_PREPOSITIONS for i in range(begin, k))
            if not doc[k].is_alpha or doc[k].lower_ in SUBJECT_PREPOSITIONS:
                return False
        return False

    def _head_before_modifier(self, doc: Doc, sentence_start: int, start: int, subject: str) -> str:
        """A safety claim's subject named before a "with" or "plus" phrase that names another substance: "Kava with a
        pinch of ginger is completely safe" is about kava, the head of the subject, not ginger. The head opens its
        clause, the phrase has words only, and the subject's linking verb follows it."""
        named = [m for m in mentions_of(doc) if sentence_start <= m.start and m.end <= start and m.kb_id != self.partner]
        if len(named) < 2 or named[-1].label_ != subject or named[-2].end >= named[-1].start:
            return subject
        head, last = named[-2], named[-1]
        if doc[head.end].lower_ not in _MODIFIER_OPENERS or any(
                not t.is_alpha or t.lower_ in LINKING_VERBS or t.lower_ in SUBJECT_BOUNDARIES for t in doc[head.end + 1:last.start]):
            return subject
        k = head.start - 1
        while k >= sentence_start and doc[k].lower_ in DETERMINERS:
            k -= 1
        if k >= sentence_start and doc[k].text not in _CLAUSE_MARKS:
            return subject  # "Mix kava with ginger …": the head is an object
        rest = list(range(last.end, start + 1)) if doc[start].lower_ in LINKING_VERBS else list(range(last.end, start))
        verb = next((k for k in rest if doc[k].lower_ in LINKING_VERBS | SUBJECT_AUXILIARIES), None)
        if verb is None or verb - last.end > 2 or not all(doc[k].is_alpha for k in range(last.end, verb)):
            return subject
        return head.label_

    @staticmethod
    def _apposed_to(doc: Doc, sentence: tuple[int, int], start: int, spans: set[tuple[int, int]]) -> bool:
        """The match describes a noun through a comma: right after it ("Epidiolex, approved by the FDA in 2018") or
        after an appositive that a determiner opens ("Epidiolex, a purified CBD solution, is FDA-approved")."""
        sentence_start, _ = sentence
        j = start
        while j > sentence_start and doc[j - 1].lower_ in LINKING_VERBS | SUBJECT_AUXILIARIES:
            j -= 1
        if j - 1 <= sentence_start or doc[j - 1].text != ",":
            return False
        ends = {e for _, e in spans}
        if j == start and j - 1 in ends:
            return True
        for i in range(j - 2, max(sentence_start, j - 10), -1):
            if doc[i].text == ",":
                return i in ends and doc[i + 1].lower_ in ("a", "an", "the")
            if not (doc[i].is_alpha or doc[i].text == "-"):
                return False
        return False

    def _about_practice(self, doc: Doc, rule_id: str, sentence: tuple[int, int], start: int, end: int, mention_words,
                        practices) -> bool:
        """`practice_subjects`: the sentence names no substance, none of the rule's `unless_named` words and no
        pronoun that may stand for a product, and one of its `practices` comes before the claim's end: "a consistent
        sleep schedule works every time", "box breathing calms my anxiety every time"."""
        sentence_start, sentence_end = sentence
        if (None, sentence_start) in mention_words:
            return False
        spans = [(s, e) for s, e, _ in practices.get(self.key_of[rule_id], ()) if sentence_start <= s and e <= end]
        if rule_id in self.practice_before:
            spans = [(s, e) for s, e in spans if e <= start and _heads_clause(doc, sentence_start, s, e, start)]
        if not spans:
            return False
        # a pronoun, unless it is the practice's determiner ("this stretching routine", "this breathing exercise")
        starts = {s for s, _ in spans}
        if any(doc[i].lower_ in PRONOUN_SUBJECTS and not (i + 1 in starts or i + 2 in starts)
               for i in range(sentence_start, sentence_end)):
            return False
        return not any(r == rule_id and sentence_start <= s < sentence_end
                       for r, s, _ in practices.get("products", ()))

    def _of_other(self, doc: Doc, rule_id: str, sentence: tuple[int, int], start: int, end: int) -> bool:
        """`not_of`: what the match denies an overdose or "too much" of is one of the rule's nouns (a food, a drink,
        an activity): named right after "on", "of", "from", "much" or "many" in the match or right after it, or right
        after the match, maybe after a determiner and one more word ("you can't overdose on fresh vegetables",
        "no such thing as too much lime"). Not when a substance is named there ("overdose on our kava")."""
        _, sentence_end = sentence
        points = {end} | {i + 1 for i in range(start, min(end + 1, sentence_end)) if doc[i].lower_ in _OF_WORDS}
        key = self.key_of[rule_id]
        # the noun ends its noun phrase: not "our lime gummies", "the mint tea"
        starts = {s for m, s, e in self.not_of(doc) if m == key and start <= s < sentence_end and (
            e >= sentence_end or not doc[e].is_alpha or doc[e].lower_ in _OF_PHRASE_ENDS)}
        if not starts:
            return False
        named = {m.start for m in mentions_of(doc) if start <= m.start < sentence_end}
        # coordinated with a substance, the denial holds of both: "nobody has overdosed on water or kava"
        starts = {s for s in starts if not any(s < n <= s + 5 and _coordinated(doc, n) for n in named)}
        for at in points:
            while at < sentence_end and doc[at].lower_ in DETERMINERS:
                at += 1
            if at < sentence_end and at not in named and (at in starts or (
                    at + 1 in starts and doc[at].is_alpha and at + 1 not in named)):
                return True
        return False

    def _asked_of(self, doc: Doc, rule_id: str, sentence_start: int) -> bool:
        """`asked_of`: the sentence before the match is a short question naming one of the rule's groups
        ("Pregnant?", "Over 65 and on blood thinners?"), which the match's "you" stands for."""
        if sentence_start == 0:
            return False
        question_start, question_end = sentence_bounds(doc, sentence_start - 1)
        if doc[question_end - 1].text != "?" or question_end - question_start > MAX_QUESTION + 2:
            return False
        key = self.key_of[rule_id]
        return any(m == key and question_start <= s < question_end for m, s, _ in self.asked_of(doc))

    def _label_line(self, doc: Doc, rule_id: str, sentence: tuple[int, int], start: int, headless, blockers) -> bool:
        """The claim opens a sentence that names a condition of the rule's `headless` list and none of
        its `unless_named` words: a label line whose subject is the product it is printed on. A claim in the list
        after a benefits label ("Key benefits: less fatigue — clinically proven") is one too."""
        sentence_start, sentence_end = sentence
        opening = _opening(doc, sentence)
        if start > opening and doc[start].lower_ in LINKING_VERBS:
            return False  # the match opens with its verb after a subject: "Cutting salt is proven to …"
        if start > opening + 2:  # "Clinically tested and proven to …" opens with its first words
            label = self.benefit_labels.heads(doc, sentence)
            if label is None or start < label:
                return False
        if any(r == rule_id and sentence_start <= s < sentence_end for r, s, _ in blockers):
            return False
        return any(r == rule_id and sentence_start <= s < sentence_end for r, s, _ in headless)

    def _fragments_name_product(self, doc: Doc, rule_id: str, sentence: tuple[int, int], mention_words) -> bool:
        """A headline run of short fragments names its product after the claim that opens it: "Zero side effects.
        100% natural. Try CBD." The claim's sentence and each one up to the one naming the product have at most
        `FRAGMENT_WORDS` words, in one paragraph (no blank line between them). With `product_next`, the sentence right
        after the claim's names its product at any length: "Forget the drugstore! Our elderberry syrup keeps colds away." """
        key = self.product_words_of.get(rule_id)
        if _word_count(doc, sentence) > FRAGMENT_WORDS:
            return False
        end = sentence[1]
        any_length = bool(self.rules[rule_id].spec.get("product_next"))
        for ahead in range(FRAGMENTS_AHEAD):
            if end >= len(doc) or doc[end - 1].text_with_ws.count("\n") + doc[end].text_with_ws.count("\n") > 1:
                return False  # a blank line: the next paragraph
            following = sentence_bounds(doc, end)
            long = _word_count(doc, following) > FRAGMENT_WORDS
            if long and not (any_length and ahead == 0):
                return False
            if long:
                return self._opens_with_product(doc, key, following)
            if (None, following[0]) in mention_words or (key, following[0]) in mention_words:
                # not a fragment that denies or hedges the product's part: "Anxiety? Gone. Not thanks to kava.",
                # "Insomnia? What insomnia? Valerian may help."
                return not any(context_of(doc).cues_in(following[0], following[1], kind) for kind in ("negation", "hedge"))
            end = following[1]
        return False

    def _opens_with_product(self, doc: Doc, key, sentence: tuple[int, int]) -> bool:
        """`product_next`: does the sentence after a short claim name the product in its first words, as the claim's
        replacement, and assert it ("Our elderberry syrup keeps colds away", "Just kava, every night")? Not a sentence
        that denies, hedges, reports, asks or conditions ("Kava did not replace it", "Ask your pharmacist whether
        elderberry …"), nor one that names the product late ("My doctor switched me to sertraline, and I still enjoy kava")."""
        first, last = sentence[0], min(sentence[1], sentence[0] + _PRODUCT_OPENING)
        named = any(first <= m.start < last for m in mentions_of(doc)) or (
            key is not None and any(m == key and first <= s < last for m, s, _ in self.mention_words(doc)))
        return named and _asserts(doc, sentence)

    def _fragment_after_product(self, doc: Doc, rule_id: str, sentence: tuple[int, int], mention_words,
                                start: int) -> bool:
        return bool(self.rules[rule_id].spec.get("product_before")) and self._product_before(
            doc, rule_id, sentence, mention_words, start)

    def _product_before(self, doc: Doc, rule_id: str, sentence: tuple[int, int], mention_words, start: int) -> bool:
        """`product_before`: is the claim a review fragment about the product the sentence just before names, in one
        paragraph? Either the claim follows one short comma fragment ("Tried the CBD gummies. Sleeping like a baby, zero
        anxiety.") and the sentence before names the product (a substance or a `requires_mention` word); or the claim
        opens a short fragment and a short sentence before it names the product, maybe with a short question between
        ("Feverfew daily. Migraines? Gone.") — a `requires_mention` word (a herb the knowledge base does not hold)
        carried to the next fragment as a substance is. Not after a sentence that asks, denies or hedges ("No feverfew.
        Migraines: gone.")."""
        opens = _opens(doc, sentence, start)
        if not opens and not _after_fragment(doc, sentence, start):
            return False
        if _word_count(doc, sentence) > (FRAGMENT_WORDS if opens else FRAGMENT_WORDS * 2):
            return False
        key = self.product_words_of.get(rule_id)
        text = doc_text(doc)
        if opens:
            previous = _sentence_before(doc, text, sentence)
            if previous is not None and doc[previous[1] - 1].text == "?" and previous[1] - previous[0] <= MAX_QUESTION \
                    and (None, previous[0]) not in mention_words and (key, previous[0]) not in mention_words:
                previous = _sentence_before(doc, text, previous)  # the question the claim answers: "Migraines? Gone."
            if previous is None or _word_count(doc, previous) > FRAGMENT_WORDS:
                return False
        else:
            previous = _sentence_before(doc, text, sentence)
            if previous is None:
                return False
        if (None, previous[0]) not in mention_words and (key, previous[0]) not in mention_words:
            return False
        context = context_of(doc)
        if doc[previous[1] - 1].text == "?" or context.questions.get(previous[0]):
            return False
        return not any(context.cues_in(previous[0], previous[1], kind) for kind in ("negation", "hedge", "conditional"))

    def _mentions_product(self, doc: Doc, rule_id: str, sentence: tuple[int, int], mention_words,
                          state: DocumentState, start: int) -> bool:
        """Is the sentence about a product: does it name a substance (or, with a lexicon, a product
        word), or — in a document that has named one — say "it"/"this", or open with the claim
        itself, as a bullet on a product page does ("Clinically proven to…")?"""
        sentence_start = sentence[0]
        key = self.product_words_of.get(rule_id)
        if (None, sentence_start) in mention_words or (key, sentence_start) in mention_words:
            return True
        if _opens(doc, sentence, start) and self._fragments_name_product(doc, rule_id, sentence, mention_words):
            return True
        if topic_before(doc, sentence_start, state) is None:
            # no substance named yet: "it" may still stand for the product the sentence before named ("Our
            # tincture ships today. It cures anxiety."), or a review fragment for the one it follows
            return (key is not None and sentence_start > 0 and self._has_pronoun(doc, sentence)
                    and (key, sentence_start_of(doc)[sentence_start - 1]) in mention_words) or (
                    self._fragment_after_product(doc, rule_id, sentence, mention_words, start))
        if _opens(doc, sentence, start) or self.rules[rule_id].spec.get("topic_suffices"):
            return True
        if self._has_pronoun(doc, sentence, pointers=True):
            return True
        if self._fragment_after_product(doc, rule_id, sentence, mention_words, start):
            return True
        # the list after a benefits label is about the product the page named: "Benefits include: lower cortisol,
        # better sleep — all proven by science."
        label = self.benefit_labels.heads(doc, sentence)
        return label is not None and start >= label

    def _uncredited(self, doc: Doc, rule_id: str, sentence: tuple[int, int], start: int, end: int, word_spans) -> bool:
        """`uncredited_mentions`: does the sentence name products outside the match [start, end) only where the writer
        says they are not taken? A named product is not taken under a negation that is not the match's own ("and I've
        never taken echinacea", "we don't use elderberry") or after one of the `before` phrases and the determiners
        after it ("without any feverfew", "I stopped taking elderberry"). Each undoes the other ("I wouldn't go a winter
        without elderberry", "I never miss my echinacea": "miss" is a `before` phrase), so an odd count of them leaves
        the product untaken. A sentence that names no product is left to `requires_mention`."""
        sentence_start, sentence_end = sentence
        key = self.product_words_of.get(rule_id)
        spans = {s: e for m, s, e in word_spans if m == key and sentence_start <= s < sentence_end and not start <= s < end}
        spans.update((m.start, m.end) for m in mentions_of(doc) if m.kb_id != self.partner
                     and sentence_start <= m.start < sentence_end and not start <= m.start < end)
        if not spans:
            return False
        before = self.uncredited[rule_id]
        negations = [c for c in context_of(doc).cues_in(sentence_start, sentence_end, "negation")
                     if not start <= c.start < end and c.scope_start < c.scope_end]
        longest = max((len(phrase) for phrase in before), default=0)
        ends = {e: s for s, e in spans.items()}
        after: dict[int, bool] = {}

        def after_phrase(at: int) -> bool:
            """Is the product at `at` named after a `before` phrase, maybe past determiners and modifiers ("without my
            daily elderberry"), or listed after one that is ("without any feverfew or supplements")?"""
            i = at
            while True:
                words = tuple(t.lower_ for t in doc[max(sentence_start, i - longest):i])
                if any(words[len(words) - len(phrase):] == phrase for phrase in before if len(phrase) <= len(words)):
                    return True  # "ran out of feverfew": the phrase may end in a skipped word
                if not (i > sentence_start and doc[i - 1].lower_ in _UNCREDITED_SKIPPED and at - i < 3):
                    break
                i -= 1
            if i - 1 > sentence_start and doc[i - 1].lower_ in _UNCREDITED_LIST_JOINS and i - 1 in ends:
                return after[ends[i - 1]]
            return False

        for at in sorted(spans):
            after[at] = after_phrase(at)
        return all((sum(c.scope_start <= at < c.scope_end for c in negations) + after[at]) % 2 == 1 for at in spans)

    def _harm_after(self, doc: Doc, start: int, end: int, own: tuple[int, int] | None = None) -> bool:
        """A harm stated in tokens [start, end), not denied: a harm cue, or, with `own`, a harm named right after a
        substance ("kratom withdrawal", "kava toxicity"). A negation inside `own` (the match: "doctors don't want you
        to know that kava can hurt your liver") denies nothing after it."""
        context = context_of(doc)
        negations = [c for c in context.cues_in(max(0, start - 12), end, "negation")
                     if not (own and own[0] <= c.start < own[1])]
        harms = [c.start for c in context.cues_in(start, end, "harm")]
        if own:
            named_ends = {m.end for m in mentions_of(doc) if start <= m.start < end and m.kb_id != self.partner}
            if named_ends:
                harms += [s for _, s, e in self._harm_spans(doc) if start <= s and e <= end and s in named_ends]
        return any(not any(c.scope_start <= at < c.scope_end for c in negations)
                   and not any(t.lower_ in _HARM_DENIALS for t in doc[max(start, at - 2):at])
                   for at in harms)

    def _harm_spans(self, doc: Doc) -> list[tuple[int, int, int]]:
        """The substance harms of the Doc (found once per Doc)."""
        spans = doc.user_data.get(_HARM_SPANS)
        if spans is None:
            spans = doc.user_data[_HARM_SPANS] = self.harms(doc)
        return spans

    def _myth_of_harm_before(self, doc: Doc, rule_id: str, sentence: tuple[int, int]) -> bool:
        """`myth_of_harm_before`: does the sentence before, in the paragraph, file a risk as a myth under a label that
        opens it ("Myth: Kratom is addictive.", "Myth #2 — kava damages the liver"), so that a short answer denying it
        by pronoun ("Fact: It isn't.") waves the risk away? After the label the myth says one of `states` ("addictive",
        "toxic"), or one of `verbs` and later one of `objects` ("causes … withdrawal"; not "cures withdrawal"), and
        nothing else in it denies ("Myth: kava has no side effects"). A safety claim filed as a myth ("Myth: kratom is
        harmless.") states no risk."""
        previous = _sentence_before(doc, doc_text(doc), sentence)
        if previous is None:
            return False
        spec = self.rules[rule_id].spec["myth_of_harm_before"]
        cues = context_of(doc).cues_in(previous[0], previous[1], "negation")
        label = next((c for c in cues if c.start <= previous[0] + 3 and doc[c.start].lower_ in self.myth_label_words), None)
        if label is None or any(c is not label and c.start >= label.scope_start for c in cues):
            return False
        words = [t.lower_ for t in doc[label.scope_start:previous[1]]]

        def at(phrases) -> list[int]:
            found = []
            for phrase in phrases:
                parts = phrase.lower().split()
                found += [i for i in range(len(words) - len(parts) + 1) if words[i:i + len(parts)] == parts]
            return found

        if at(spec.get("states", ())):
            return True
        verbs = at(spec.get("verbs", ()))
        objects = at(spec.get("objects", ()))
        return bool(verbs) and any(o > min(verbs) for o in objects)

    def _backs_harm_before(self, doc: Doc, match: tuple[int, int], sentence: tuple[int, int], mention_words) -> bool:
        """`unless_harm_before`: does a bare proof claim, in a sentence that names no product, point back at a harm the
        sentence before it states ("Kava can damage the liver. Studies prove it.", "Kratom can cause dependence.
        That's a medical fact.")? Proof of a risk is no overstated benefit, as the `harm` exemption has it within one
        sentence. Not a claim that names its own effect ("Kratom withdrawal is brutal. Clinically proven to ease it.")."""
        sentence_start, sentence_end = sentence
        if sentence_start == 0 or (None, sentence_start) in mention_words or any(
                (key, sentence_start) in mention_words for key in self.product_words_of.values()):
            return False
        if any(t.lower_ == "to" for t in doc[match[0]:sentence_end]):
            return False
        # a harm stated, not denied ("Kava calms anxiety without liver damage. Studies prove it." backs a benefit)
        return self._harm_after(doc, sentence_start_of(doc)[sentence_start - 1], sentence_start,
                                own=(sentence_start, sentence_start))

    def _has_pronoun(self, doc: Doc, sentence: tuple[int, int], pointers: bool = False) -> bool:
        """Does the sentence say "it", "this" or "they" (with `pointers`, also "Both are …", "These drinks are …":
        `points_back`), or open with a demonstrative "that" and its verb, which point back at the claim before it as
        "this" does ("That's a scientific fact.", "That has been proven.")?"""
        lowers = token_table(doc)[sentence[0]:sentence[1], _LOWER].tolist()  # no Token per word
        if points_back(lowers) if pointers else not self.pronoun_hashes.isdisjoint(lowers):
            return True
        return len(lowers) > 1 and lowers[0] == self.that_hash and lowers[1] in self.that_verb_hashes

    def _names_brand(self, doc: Doc, sentence: tuple[int, int]) -> bool:
        """Does the sentence name a product by its brand name ("ZenLeaf", "Golden Calm®"), or say "it" right after
        the sentence that named it ("Meet ZenLeaf. It cures anxiety.")?"""
        sentence_start, sentence_end = sentence
        if self.brands.may_name(doc, sentence_start, sentence_end) and any(
                sentence_start <= s < sentence_end for s, _ in self.brands.spans(doc)):
            return True
        if sentence_start == 0 or not self._has_pronoun(doc, sentence):
            return False
        before = sentence_start_of(doc)[sentence_start - 1]
        return self.brands.may_name(doc, before, sentence_start) and any(
            before <= s < sentence_start for s, _ in self.brands.spans(doc))

    def _answer_names_product(self, doc: Doc, rule_id: str, sentence: tuple[int, int], word_spans) -> bool:
        """A question answered by the next sentence may name its product only there: "Is it addictive? Not at
        all, our kratom is plant-based." (Whether that sentence answers "no" is the question's state.) Only in
        the answer itself, before any full stop ("No. We sell kava." can be one sentence: "No." is also an
        abbreviation)."""
        if sentence[1] >= len(doc):
            return False
        answer_start, answer_end = sentence_bounds(doc, sentence[1])
        key = self.product_words_of.get(rule_id)
        starts = [m.start for m in mentions_of(doc) if m.kb_id != self.partner and answer_start <= m.start < answer_end]
        starts += [s for m, s, _ in word_spans if m == key and answer_start <= s < answer_end]
        if not starts:
            return False
        stop = next((i for i in range(answer_start, answer_end) if doc[i].text[-1:] in ".!?"), answer_end)
        return min(starts) < stop

    @staticmethod
    def _answer_bounds(doc: Doc, question_end: int) -> list[tuple[int, int]]:
        """The answer to the question ending at `question_end`: its next sentence, and the one after it when that
        goes on in the same paragraph and is no new question ("Yes. But only with your doctor's OK."). A sentence
        that only leads in ("Honestly?", "**A (Mark, herbalist):**") goes on to the next one in its paragraph."""
        if question_end >= len(doc):
            return []
        text = doc_text(doc)
        first = sentence_bounds(doc, question_end)
        bounds = [first]
        while (first[1] < len(doc) and len(bounds) < 3 and _same_paragraph(doc, text, first[1])
               and not answer_lead_in(_said(doc, text, first))[0]):
            first = sentence_bounds(doc, first[1])
            bounds.append(first)
        if first[1] < len(doc):
            second = sentence_bounds(doc, first[1])
            if _same_paragraph(doc, text, first[1]) and "?" not in text[doc[second[0]].idx:doc[second[1] - 1].idx + len(doc[second[1] - 1])]:
                bounds.append(second)
        return bounds

    @staticmethod
    def _answer_said(doc: Doc, question_end: int) -> tuple[str, bool]:
        """What the answer to the question ending at `question_end` says, lower-cased, past a speaker label ("A:")
        and a lead-in ("The short answer is", "In a word,", "TL;DR:", "A (Mark, herbalist):"), and whether it had a
        lead-in. A sentence that is only a lead-in ("Honestly?") goes on in the next sentence of its paragraph."""
        text = doc_text(doc)
        bounds = sentence_bounds(doc, question_end)
        said, led = answer_lead_in(_said(doc, text, bounds))
        for _ in range(2):
            if said or bounds[1] >= len(doc) or not _same_paragraph(doc, text, bounds[1]):
                break
            bounds = sentence_bounds(doc, bounds[1])
            said, more = answer_lead_in(_said(doc, text, bounds))
            led = led or more
        return said, led

    def _opens_answer(self, doc: Doc, question_end: int, openings: tuple[str, ...]) -> bool:
        """Does the sentence after the question open with one of `openings` (after a speaker label, "A:", and a
        lead-in, "The short answer is")?"""
        if not openings or question_end >= len(doc):
            return False
        return _opens_with(self._answer_said(doc, question_end)[0], openings) is not None

    def _answer_kind(self, doc: Doc, rule_id: str, question_end: int) -> str | None:
        """"yes" or "no" when the answer opens with the rule's own yes or no (`answer_yes`, `answer_no`) or, after a
        lead-in, with one of the shared answers ("The short answer is yes."); "open" for a yes and no or a non-answer
        after a lead-in ("In a word, it depends", "Short answer: no idea"); None otherwise."""
        if question_end >= len(doc):
            return None
        said, led = self._answer_said(doc, question_end)
        # an answer that asks again only echoes the question: "Withdrawal? Not with our kratom? That's what the ads say."
        answers = [] if said.rstrip(" \n*_").endswith("?") else (
            [(o, "yes") for o in self.answer_yes.get(rule_id, ())] + [(o, "no") for o in self.answer_no.get(rule_id, ())])
        if led:
            if said.startswith(self.non_answers):
                return "open"
            answers += self.shared_answers
        best = max(((len(o), kind, o) for o, kind in answers if _opens_with(said, (o,)) is not None), default=None)
        if best is None:
            return None
        # a pronoun's yes to another verb or no that denies less leaves it open: "Short answer: it doesn't always."
        _, kind, opening = best
        question = doc[sentence_bounds(doc, question_end - 1)[0]:question_end].text
        if (kind == "yes" and answers_another_verb(said, opening, question)
                or kind == "no" and denies_less(said, opening, question)):
            return "open"
        return kind

    def _confines_answer(self, doc: Doc, rule_id: str, question_end: int) -> bool:
        """`answer_confined`: does the answer open with a condition ("Only if", "Not when", "Rarely, and only") and
        name misuse or excess in its sentence ("Only if you abuse it.", "Not at normal doses.")?"""
        confined = self.answer_confined.get(rule_id)
        if confined is None or not self._opens_answer(doc, question_end, confined[0]):
            return False
        start, end = sentence_bounds(doc, question_end)
        said = doc_text(doc)[doc[start].idx:doc[end - 1].idx + len(doc[end - 1])].rstrip(" \n*_")
        # an answer that asks again only echoes the question: "Not with a quality product? Wrong — …"
        return not said.endswith("?") and bool(confined[1].search(said))

    def _trivial_answer(self, doc: Doc, rule_id: str, start: int, question_end: int) -> bool:
        """`answer_trivial`: does the answer open with a trivial or benign item ("Just a calmer mind.", "Mild, at
        worst.") or, when one of the `only` words comes right before the match ("Its only side effect?", "The only real
        risk?"), state anything at all ("Better sleep!"), and name none of the `unless` words in its sentence?"""
        trivial = self.answer_trivial.get(rule_id)
        if trivial is None or question_end >= len(doc):
            return False
        openings, only, only_asked, unless = trivial
        said = self._answer_said(doc, question_end)[0].rstrip(" \n*_")
        if not said or "?" in said:
            return False
        opening = _opens_with(said, openings)
        if opening is not None:  # the opening's own words ("nothing serious", "nothing but") are not the answer's
            return unless is None or not unless.search(said, len(opening))
        if not only or doc[start].lower_ not in only_asked or (unless is not None and unless.search(said)):
            return False
        sentence_start = sentence_bounds(doc, start)[0]
        return any(doc[i].lower_ in only for i in range(max(sentence_start, start - 3), start))

    def _answer_takes_back(self, doc: Doc, rule_id: str, question_end: int) -> bool:
        """Does the answer say something that takes the flat yes or no back: a warning, a hedge, a condition
        ("Yes, but only after talking to your doctor", "No, it is far riskier")?"""
        pattern = self.answer_unless.get(rule_id)
        if pattern is None:
            return False
        text = doc_text(doc)
        return any(pattern.search(text, doc[s].idx, doc[e - 1].idx + len(doc[e - 1]))
                   for s, e in self._answer_bounds(doc, question_end))

    def _product_right_after(self, doc: Doc, rule_id: str, sentence: tuple[int, int], end: int, word_spans) -> int | bool | None:
        """`product_after`: for a match ending with one of the rule's `ends` words, the end of a substance or one of
        the rule's product words named right after it, past its `skip` words ("the answer is simple: kava", "science
        backs our ashwagandha"), else False; None for a match ending otherwise (the other checks decide)."""
        ends, skip = self.product_after[rule_id]
        if doc[end - 1].lower_ not in ends:
            return None
        i = end
        while i < sentence[1] and doc[i].lower_ in skip:
            i += 1
        if i >= sentence[1]:
            return False
        key = self.product_words_of.get(rule_id)
        ends = [m.end for m in mentions_of(doc) if m.start == i and m.kb_id != self.partner]
        ends += [e for m, s, e in word_spans if m == key and s == i]
        return max(ends, default=False)

    def _answered_fragment(self, doc: Doc, rule_id: str, sentence: tuple[int, int], start: int) -> bool:
        """`answered_fragment`: is the claim's sentence a short verbless question that opens with it ("The answer to
        anxiety?", "Nature's secret to beating insomnia?"), answered in the next sentence of its paragraph, which opens
        with the product and asserts it ("Kava.", "Valerian, every night.")? Not a real question ("Is kava the
        answer to anxiety?", "What is the cure for insomnia?"), nor an answer that denies, hedges or reports ("Not kava.",
        "Maybe kava.", "Sellers say kava.")."""
        sentence_start, sentence_end = sentence
        last = sentence_end - 1
        while last > start and not doc[last].text.strip("*_ \n\t"):
            last -= 1
        if doc[last].text != "?":
            return False
        opening = _opening(doc, sentence)
        for opener in self.fragment_openers.get(rule_id, ()):  # "What's the safest painkiller?": past its opener
            if opening + len(opener) <= start and tuple(t.lower_ for t in doc[opening:opening + len(opener)]) == opener:
                opening += len(opener)
                break
        if _word_count(doc, (opening, sentence_end)) > _FRAGMENT_QUESTION_WORDS:
            return False
        if start - opening > 3 or any(doc[i].lower_ in _NOT_FRAGMENT_QUESTION for i in range(opening, last)):
            return False
        if sentence_end >= len(doc) or not _same_paragraph(doc, doc_text(doc), sentence_end):
            return False
        answer = sentence_bounds(doc, sentence_end)
        if doc[_opening(doc, answer)].lower_ in _UNSURE_ANSWERS:
            return False  # "Maybe kava.", "Probably not kava."
        if any(doc[i].text == "?" for i in range(answer[0], answer[1])):
            return False  # asked again: "Kava? No."
        key = self.product_words_of.get(rule_id)
        skip = self.fragment_answer_skip.get(rule_id)
        if skip is not None:  # the product first, past only the rule's own words: "Try our kava.", not "Ask about kava."
            first = _opening(doc, answer)
            while first < answer[1] and (doc[first].lower_ in skip or doc[first].is_punct or doc[first].is_space):
                first += 1
            return (any(m.start == first and m.kb_id != self.partner for m in mentions_of(doc))
                    or (key is not None and any(m == key and s == first for m, s, _ in self.mention_words(doc)))) \
                and _asserts(doc, answer)
        return self._opens_with_product(doc, key, answer)

    def _answered_by_product(self, doc: Doc, rule_id: str, sentence: tuple[int, int], start: int) -> bool:
        """With `subject_links`: a question fragment that names no product itself ("The safest painkiller?",
        not "The safest way to take kava?") and is answered by the product ("Kratom.") has the product as its subject."""
        if rule_id not in self.unquestioned or any(sentence[0] <= m.start < sentence[1] and m.kb_id != self.partner
                                                   for m in mentions_of(doc)):
            return False
        return self._answered_fragment(doc, rule_id, sentence, start)

    def _names_subject(self, doc: Doc, rule_id: str, sentence_start: int, start: int, end: int,
                       word_spans: list[tuple[int, int, int]]) -> bool:
        """`subject_links`: is a substance or one of the rule's product words named inside the match (a product
        word that is the match's last word is its head, "rest is the best remedy", unless "than" precedes it), or right before it in its
        sentence with at most four of the link words between?"""
        links = self.subject_links[rule_id]
        only = self.subject_substances.get(rule_id)
        key = self.product_words_of.get(rule_id)
        if only is not None:  # a named substance of those or one of the rule's words, never a brand name
            named = [(m.start, m.end) for m in mentions_of(doc) if m.label in only]
            named += [(s, e) for m, s, e in word_spans if m == key]
            # the subject's head, not a word inside it: "a blend of hibiscus and green tea is …", "instead of
            # matcha, a … rooibos"
            if any(self._subject_of(doc, links, sentence_start, start, end, s, e)
                   and not (sentence_start < s < start and doc[s - 1].lower_ in _NOT_HEADS) for s, e in named):
                return True
            return rule_id in self.subject_after_fragment and _fragment_names(doc, links, sentence_start, start, named)
        named = [(m.start, m.end) for m in mentions_of(doc) if m.kb_id != self.partner]
        # a product word that ends the match is its own head, not a subject ("rest is the best remedy"), unless it
        # is what "than" compares ("nothing works better for cramps than black cohosh")
        named += [(s, e) for m, s, e in word_spans
                  if m == key and not (start < s and e == end and doc[s - 1].lower_ != "than")]
        if any(self._subject_of(doc, links, sentence_start, start, end, s, e) for s, e in named):
            return True
        # a brand name ("ZenLeaf is the best remedy …"), looked for last: the Doc's brand names cost a pass
        return rule_id in self.brand_rules and self.brands.may_name(doc, sentence_start, end) and any(
            self._subject_of(doc, links, sentence_start, start, end, s, e) for s, e in self.brands.spans(doc))

    @staticmethod
    def _subject_of(doc: Doc, links: set[str], sentence_start: int, start: int, end: int, s: int, e: int) -> bool:
        """Is the name at [s, e) inside the match [start, end), or right before it with only link words between?"""
        if start <= s and e <= end:
            return True
        if not (sentence_start <= s and e <= start):
            return False
        # a comparison set off right before the match: "Kratom, unlike fentanyl, can't kill you" says it of the name
        # before the aside; "Opioids, unlike kratom, won't slow your breathing" not of the contrasted name inside it
        k = start - 1
        while k >= e:
            if doc[k].text in (",", ")", "—", "–"):
                aside = comparison_aside(doc, k, sentence_start)
                if aside is not None:
                    if aside[0] < s:  # the name inside the aside: a contrasted one is no subject, a similar one is
                        return not aside[1] and start - e <= 4 and all(t.lower_ in links for t in doc[e:start])
                    start = aside[0]
                    break
            if doc[k].lower_ not in links:
                break
            k -= 1
        return start - e <= 4 and all(t.lower_ in links for t in doc[e:start])

    @staticmethod
    def _sells_partner_pairing(doc: Doc, rule, sentence_start: int, sentence_end: int) -> bool:
        """Whether a sentence naming alcohol, an opioid or a sedative sells the pairing for a pleasant effect
        (one of the rule's `partner_benefit` words) and warns of nothing (none of its `unless` words): "kava
        and wine together create a deeper relaxation than either alone", not "kava and alcohol together
        deepen the sedation". Read only for a match in such a sentence, which is rare."""
        spec = rule.spec.get("partner_benefit")
        if not spec:
            return False
        lowers = {t.lower_ for t in doc[sentence_start:sentence_end]}
        return not lowers.isdisjoint(spec["words"]) and lowers.isdisjoint(spec.get("unless", ()))

    def check(self, doc: Doc, state: DocumentState):
        strings = doc.vocab.strings
        matches = sorted(self._merge_overlaps(self._matches(doc)), key=lambda m: (m[1], -m[2]))
        sentence_of = sentence_start_of(doc)
        exceptions = [(strings[m], s, e) for m, s, e in self.exceptions(doc)]
        if self.exception_patterns and matches:
            # an exception pattern cancels a match it overlaps: it is looked for only in its rule's matched sentences
            exceptions += self.exception_patterns(doc, within={(rule_id, sentence_of[i]) for rule_id, start, end in matches
                                                                for i in range(start, end)})
        near: dict[int, list[tuple[int, int]]] = {}  # rule key -> its `near` phrases (start, end), by start
        for m, s, e in sorted(self.near(doc), key=lambda m: m[1]):
            near.setdefault(m, []).append((s, e))
        # (key of a product-word list or None for a substance, sentence start): what each sentence names
        word_spans = self.mention_words(doc)
        mention_words = {(m, sentence_of[s]) for m, s, _ in word_spans}
        partner_sentences = set()  # sentences naming a combination partner (alcohol, opioids, sedatives)
        for m in mentions_of(doc):
            if m.kb_id == self.partner:
                partner_sentences.add(sentence_of[m.start])
            else:
                mention_words.add((None, sentence_of[m.start]))
        headless = [(strings[m], s, e) for m, s, e in self.headless(doc)] if len(self.headless) else []
        blockers = [(strings[m], s, e) for m, s, e in self.headless_blockers(doc)] if headless else []
        said_of_nouns: dict[int, set[tuple[int, int]]] = {}  # rule key -> (start, end) of its `not_said_of` nouns
        for m, s, e in self.not_said_of(doc) if len(self.not_said_of) else ():
            said_of_nouns.setdefault(m, set()).add((s, e))
        qualifiers = None  # found when a rule with `qualified_by` first needs them
        practices = None  # found when a rule with `practice_subjects` first needs them
        reported: set[tuple[str, int]] = set()
        questions = context_of(doc).questions
        for rule_id, start, end in matches:
            rule = self.rules[rule_id]
            sentence = sentence_bounds(doc, start)  # no Span: most matches stop early
            sentence_start, sentence_end = sentence
            if (rule_id, sentence_start) in reported:
                continue  # one finding per rule and sentence
            if self.key_of[rule_id] in self.near_phrase_rules and self.key_of[rule_id] not in near:
                continue
            if rule.spec.get("question") and sentence_start not in questions:
                continue  # a rule read only in a question's answer, matched in a sentence that asks nothing
            if any(r == rule_id and s < end and start < e for r, s, e in exceptions):
                continue
            if rule.spec.get("denied_after") and not _denied_after(doc, start, end):
                continue  # first: a risk taken back is rare
            if rule.spec.get("unless_partner") and sentence_start in partner_sentences \
                    and not self._sells_partner_pairing(doc, rule, sentence_start, sentence_end):
                continue
            if rule.spec.get("not_of") and self._of_other(doc, rule_id, sentence, start, end):
                continue
            if rule.spec.get("asked_of") and not self._asked_of(doc, rule_id, sentence_start):
                continue
            if rule.spec.get("echoes_question") and not _echoes_question(doc, sentence, start, end):
                continue
            if rule.spec.get("myth_of_harm_before") and not self._myth_of_harm_before(doc, rule_id, sentence):
                continue
            if rule_id in self.not_said_verbs and self._said_of_other(doc, rule_id, sentence, start, end, said_of_nouns,
                                                                      word_spans):
                continue
            if rule_id in self.qualifiers:
                if qualifiers is None:
                    qualifiers = self.qualifiers.find(doc)
                if self.qualifiers.qualified(doc, rule_id, sentence, qualifiers, claim=(start, start)):
                    continue
            by_brand = False
            if rule.spec.get("requires_mention") and not self._mentions_product(
                    doc, rule_id, sentence, mention_words, state, start) and not (
                    by_brand := rule_id in self.brand_rules and self._names_brand(doc, sentence)) and not (
                    rule.spec.get("headless") and self._label_line(doc, rule_id, sentence, start, headless, blockers)) and not (
                    rule.spec.get("question") and self._answer_names_product(doc, rule_id, sentence, word_spans)) and not (
                    rule_id in self.unquestioned and self._answered_fragment(doc, rule_id, sentence, start)) and not (
                    self._names_product_next(doc, rule, start, end, near, mention_words)):
                continue
            if rule_id in self.uncredited and self._uncredited(doc, rule_id, sentence, start, end, word_spans):
                continue
            if rule_id in self.practice_rules:
                if practices is None:
                    practices = {"products": [(strings[m], s, e) for m, s, e in self.practice_products(doc)]}
                    for m, s, e in self.practices(doc):
                        practices.setdefault(m, []).append((s, e, None))
                if self._about_practice(doc, rule_id, sentence, start, end, mention_words, practices):
                    continue
            after = self._product_right_after(doc, rule_id, sentence, end, word_spans) \
                if rule_id in self.product_after else None
            if after is False:
                continue
            if after is None and rule_id in self.subject_links and not self._names_subject(
                    doc, rule_id, sentence_start, start, end, word_spans) and not (
                    self._answered_by_product(doc, rule_id, sentence, start)):
                continue
            if after:
                end = after  # the claim names its product: "the answer is kava"
            # a question fragment the product answers ("The answer to anxiety? Kava.") is read as a statement
            context_rule = self.unquestioned[rule_id] if (
                rule_id in self.unquestioned and questions.get(sentence_start) == "open"
                and self._answered_fragment(doc, rule_id, sentence, start)) else rule
            if rule.spec.get("near"):
                near_end = self._near_end(doc, rule, start, end, near, mention_words)
                if near_end is None or (blocked_by_context(doc, context_rule, near_end - 1, near_end, own=(start, end))
                                        and self._near_blocked(doc, context_rule, end, near_end, near)):
                    continue
                end = near_end
            question = questions.get(sentence_start)
            asked = rule.spec.get("question")
            if asked:
                if question == "open":
                    answered = self._answer_kind(doc, rule_id, sentence_end)
                    if answered in ("yes", "no"):
                        question = answered
                    elif asked == "denied" and answered is None and (
                            self._confines_answer(doc, rule_id, sentence_end)
                            or self._trivial_answer(doc, rule_id, start, sentence_end)):
                        question = "no"
                if question != ("no" if asked == "denied" else "yes") or self._answer_takes_back(doc, rule_id, sentence_end):
                    continue
                end = sentence_end
                # the question ends at its mark, not at the emphasis and line breaks after it ("Is it safe?**\n\n")
                while end - 1 > start and not doc[end - 1].text.strip("*_ \n\t"):
                    end -= 1
            elif blocked_by_context(doc, context_rule, start, end):
                continue
            if rule.spec.get("unless_harm_before") and self._backs_harm_before(doc, (start, end), sentence, mention_words):
                continue
            if rule.spec.get("unless_harm_after") and self._harm_after(doc, end, sentence_end, own=(start, end)):
                continue
            # a brand name says nothing of what the product holds: no substance the text named before
            subject = None if by_brand else subject_near(doc, start, end, state)
            if rule_id in self.history and self.arc_start is not None:
                # the product the arc names, not one the document named before it
                told = [m for m in mentions_in(doc, self.arc_start, sentence_end) if m.kb_id_ != "partner"]
                subject = told[-1].label_ if told else None
            if subject is not None and rule.category == "safety":
                subject = self._head_before_modifier(doc, sentence_start, start, subject)
            if rule.spec.get("include_subject"):
                start = self._clause_subject_start(doc, start)
            span = doc[start:end]
            reported.add((rule_id, sentence_start))
            rule = self.by_subject.get((rule_id, subject), rule) if subject else rule
            yield make_finding(rule, doc, state, span.start_char, span.end_char, subject, self.env.knowledge,
                               fix=fix_from_rule(rule, doc, span.start_char, span.end_char))


_HARM_SPANS = "claimcheck.phrase.harm_spans"
# words right before a harm (maybe with one between: "without any liver damage") that deny it
_HARM_DENIALS = frozenset({"without", "no", "zero", "never", "not", "nor", "free"})
# the words after which `not_of` reads what an overdose or "too much" is of
_OF_WORDS = {"on", "of", "from", "much", "many"}
# words after which a noun phrase has ended ("overdose on water but not on kava", "too much lime in the punch")
_OF_PHRASE_ENDS = SUBJECT_PREPOSITIONS | SUBJECT_BOUNDARIES | {
    "and", "or", "nor", "is", "are", "was", "were", "unlike", "like", "than", "to", "as", "says", "said", "either",
    "ever", "alone", "yet", "today", "anyway", "really", "right", "here", "there", "during", "after", "before", "into",
    "onto", "per", "every", "all", "this", "these", "anymore", "too", "you", "we", "i", "they", "can", "could"}


def _coordinated(doc: Doc, at: int) -> bool:
    """Does a coordinator ("and", "or") stand right before token `at`, maybe with a determiner between ("or our kava")?"""
    before = at - 1
    if before > 0 and doc[before].lower_ in DETERMINERS:
        before -= 1
    return before >= 0 and doc[before].lower_ in ("and", "or", "nor", "&")


# A headline made of short fragments ("Zero side effects. 100% natural. Try CBD."): how many words each may have,
# and how many fragments after the claim may name its product.
FRAGMENT_WORDS = 5
# `answered_fragment`: the words of a verbless question fragment ("Nature's answer to stubborn joint pain?"), and the
# words that make it a real question or a clause ("Is kava the answer to anxiety?", "What's the cure for insomnia?")
_FRAGMENT_QUESTION_WORDS = 8
_UNSURE_ANSWERS = frozenset({"maybe", "perhaps", "possibly", "probably", "arguably", "not", "no", "never", "hardly"})
_NOT_FRAGMENT_QUESTION = frozenset({"is", "are", "was", "were", "be", "isn't", "aren't", "do", "does", "did",
                                    "can", "could", "should", "would", "will", "has", "have", "what", "which", "who",
                                    "how", "why", "where", "when", "whether", "if", "not", "no", "never", "really"})
FRAGMENTS_AHEAD = 2
_PRODUCT_OPENING = 4  # `product_next`: the product named within the first words of the sentence after the claim


# what may stand between a comparison and the word in its slot ("better than the vaccine", "as well as your estrogen")
SLOT_DETERMINERS = frozenset({"a", "an", "the", "your", "their", "my", "any", "prescription", "synthetic"})
# a slot word that only modifies the noun after it is no drug: "an alternative to estrogen levels", "vaccine makers"
SLOT_NOUN_HEADS = frozenset({"levels", "level", "production", "balance", "makers", "maker", "companies", "booster",
                             "boosters", "dominance", "receptors", "deficiency", "schedule", "debate", "hesitancy"})


def _judges_statement(doc: Doc, sentence_start: int, start: int, end: int, near_start: int, subjects: set[str]) -> bool:
    """Is the near phrase at `near_start` said of a pronoun subject ("which is", "that's simply") that stands for the
    statement before it rather than for the match [start, end)? The match stands for itself only when it opens the
    sentence, after nothing but a determiner or the substance's name ("Kratom withdrawal — that's a myth"); "kratom
    helps with withdrawal, which is a myth" judges the whole statement."""
    k = near_start - 1
    if k > end and doc[k].lower_ not in LINKING_VERBS:
        k -= 1  # one adverb: "which is simply a myth"
    if not (k - 1 >= end and doc[k].lower_ in LINKING_VERBS and doc[k - 1].lower_ in subjects):
        return False
    named = {i for m in mentions_of(doc) if sentence_start <= m.start < start for i in range(m.start, m.end)}
    return any(token.is_alpha and token.i not in named and token.lower_ not in DETERMINERS
               for token in doc[sentence_start:start])


def _denied_after(doc: Doc, start: int, end: int) -> bool:
    """`denied_after`: is the match in the scope of a negation that comes after it, the writer taking it back — a
    verdict or short rebuttal after it in its sentence ("…, which is false.", "… — it doesn't."), or one opening the
    next sentence, which marks this one with a cue of no words ("… That's a myth.")? Not "kava does not harm the
    liver": that negation comes first."""
    sentence_start, sentence_end = sentence_bounds(doc, start)
    return any(cue.scope_start <= start and end <= cue.scope_end and (cue.start >= end or cue.start == cue.end)
               for cue in context_of(doc).cues_in(sentence_start, sentence_end, "negation"))


def _asserts(doc: Doc, sentence: tuple[int, int]) -> bool:
    """Does the sentence assert, neither asking nor denying, hedging, reporting, distancing or conditioning?"""
    context = context_of(doc)
    if context.questions.get(sentence[0]) == "open":
        return False
    return not any(context.cues_in(sentence[0], sentence[1], kind)
                   for kind in ("negation", "hedge", "report", "distancing", "conditional"))


def _word_count(doc: Doc, sentence: tuple[int, int]) -> int:
    return sum(1 for token in doc[sentence[0]:sentence[1]] if not (token.is_punct or token.is_space))


# a linking verb that opens a question, before its subject: "Is this kava bar safe?"
_QUESTION_LINKS = frozenset({"is", "are", "was", "were"})

# words before a name that make it part of a longer subject, not its head
_NOT_HEADS = frozenset({"of", "and", "&", "with", "plus", "or", "than", "unlike", "from", "like", "besides", "vs", "versus"})

# words before a practice, a drug or a food that make it no subject of the claim after it: "Unlike sleeping pills, …",
# "Skip the pills and …", "Instead of therapy …"
_NOT_SUBJECT_OPENERS = _NOT_HEADS | {"unlike", "instead", "skip", "ditch", "forget", "replace", "swap", "stop", "quit",
                                     "over", "after", "before", "alongside", "without"}

# marks that end a clause, and words that open a phrase after a noun it modifies ("Deep sleep with none of the side
# effects": the sleep is the promised benefit, not what the claim is said of)
_SUBJECT_CLAUSE_MARKS = frozenset({",", ":", ";", "—", "–", "-", "(", "|"})
_SUBJECT_MODIFIERS = frozenset({"with", "without", "minus", "plus"})


def _heads_clause(doc: Doc, sentence_start: int, s: int, e: int, start: int) -> bool:
    """`practice_subjects: {before_match}`: is the name at [s, e) the subject of the claim at `start` — no clause mark
    between them and no modifier right after it ("Unlike sleeping pills, …", "Deep sleep with no side effects"), and no
    word before it in its clause that makes it an object or a comparison ("Skip the pills and …", "Instead of
    therapy …")?"""
    if any(t.text in _SUBJECT_CLAUSE_MARKS for t in doc[e:start]) or (e < start and doc[e].lower_ in _SUBJECT_MODIFIERS):
        return False  # not "Deeper sleep — better than Ambien", "Deep sleep with none of the side effects"
    for i in range(s - 1, sentence_start - 1, -1):  # back to the start of its clause ("Unlike pills, a warm bath …")
        if doc[i].text in _SUBJECT_CLAUSE_MARKS:
            return True
        if doc[i].lower_ in _NOT_SUBJECT_OPENERS:
            return False
    return True


# an email's header label before its line: "Subject: Zero side effects", "Re: Completely safe for everyone"
_HEADER_LABELS = frozenset({"subject", "re", "fwd", "fw", "preheader"})
# a verbless list of denials before the claim: "Zero hangover, zero risk", "No crash, no jitters, no risk"
_DENIALS = frozenset({"zero", "no", "without"})


def _opening(doc: Doc, sentence: tuple[int, int]) -> int:
    """The sentence's first token that is neither space nor punctuation (else its start)."""
    sentence_start, sentence_end = sentence
    return next((i for i in range(sentence_start, sentence_end) if not (doc[i].is_space or doc[i].is_punct)),
                sentence_start)


def _opens(doc: Doc, sentence: tuple[int, int], start: int) -> bool:
    """Does the claim at `start` open its sentence: at its first word (or the one after), after an email's header
    label ("Subject: Zero side effects"), or after a verbless list of denials ("Zero hangover, zero risk")? Only the
    few words before the claim are read."""
    opening = _opening(doc, sentence)
    if start <= opening + 1:
        return True
    if start - opening > 12:
        return False
    if doc[opening].lower_ in _HEADER_LABELS and opening + 1 < start and doc[opening + 1].text == ":":
        opening += 2
        if start <= opening + 1:
            return True
    # each item "zero/no <one to three words>," up to the claim
    i = opening
    while i < start:
        if doc[i].lower_ not in _DENIALS:
            return False
        comma = next((j for j in range(i + 1, min(i + 5, start)) if doc[j].text == ","), None)
        if comma is None or any(not doc[j].is_alpha for j in range(i + 1, comma)) or comma == i + 1:
            return False
        i = comma + 1
    return i == start


# words that open a fragment which is no verdict on the product but a time, a condition or a contrast ("Before kava,
# zero sleep", "If anything, …", "But honestly, …")
_NOT_FRAGMENT_OPENERS = frozenset({"before", "after", "until", "till", "since", "if", "unless", "when", "whenever", "without",
                                   "despite", "but", "except", "unlike", "instead", "still", "yet", "even", "though",
                                   "although", "because", "not", "no", "never", "while", "once", "otherwise"})
_FRAGMENT_NEGATIONS = frozenset({"not", "never", "n't", "nothing", "nor", "hardly", "barely"})


def _after_fragment(doc: Doc, sentence: tuple[int, int], start: int) -> bool:
    """Does the claim at `start` follow one short comma-set fragment that opens its sentence, of one to four words
    with no other mark ("Sleeping like a baby, zero anxiety", "Best purchase ever, no more insomnia")? Not a fragment
    that sets a time, a condition or a contrast ("Before kava, …", "If anything, …") or denies ("Not once, …")."""
    opening = _opening(doc, sentence)
    if start < opening + 2 or start > opening + 5 or doc[start - 1].text != ",":
        return False
    if doc[opening].lower_ in _NOT_FRAGMENT_OPENERS:
        return False
    return all((doc[i].is_alpha or doc[i].text.replace("-", "").isalpha() or (  # "pain-free", split or not
        doc[i].text == "-" and i > opening and not doc[i - 1].whitespace_ and not doc[i].whitespace_))
               and doc[i].lower_ not in _FRAGMENT_NEGATIONS for i in range(opening, start - 1))


def _sentence_before(doc: Doc, text: str, sentence: tuple[int, int]) -> tuple[int, int] | None:
    """The sentence before this one in its paragraph, if it has words."""
    if sentence[0] == 0 or not _same_paragraph(doc, text, sentence[0]):
        return None
    previous = sentence_bounds(doc, sentence[0] - 1)
    return previous if _word_count(doc, previous) else None


_FRAGMENT_PRONOUNS = frozenset({"it", "this"})


def _fragment_names(doc: Doc, links: set[str], sentence_start: int, start: int, named: list[tuple[int, int]]) -> bool:
    """`subject_after_fragment`: does the match's sentence open with "it" (only link words between it and the match),
    and the sentence before it, in its paragraph, name one of `named` and nothing else ("Kratom? It's basically like
    coffee.", "Our kava tea. It is just like a beer.")? Not "Kratom helps. It's like coffee.": that sentence says more."""
    if doc[sentence_start].lower_ not in _FRAGMENT_PRONOUNS or start - sentence_start > 4 or not all(
            t.lower_ in links for t in doc[sentence_start + 1:start]):
        return False
    previous = _sentence_before(doc, doc_text(doc), (sentence_start, start))
    if previous is None:
        return False
    inside = [(s, e) for s, e in named if previous[0] <= s and e <= previous[1]]
    if not inside:
        return False
    covered = {i for s, e in inside for i in range(s, e)}
    return all(i in covered or not doc[i].is_alpha or doc[i].lower_ in links or doc[i].lower_ in _FRAGMENT_LEADS
               for i in range(*previous))


# words a fragment may hold besides the substance: "And kratom?", "What about kava?", "Our kava."
_FRAGMENT_LEADS = frozenset({"and", "so", "what", "about", "as", "for", "now", "our", "my", "your", "this", "the"})


def _study_regex(words) -> re.Pattern | None:
    """`regex_unless_study`: one case-blind regex for the words (a word character at an end must stand alone:
    "trial", not "trials" unless listed; "n=" before a number)."""
    alternatives = []
    for word in sorted({w.strip().lower() for w in words if w.strip()}, key=len, reverse=True):
        body = r"\s*".join(re.escape(part) for part in word.split())
        alternatives.append((r"(?<!\w)" if word[0].isalnum() else "") + body + (r"(?!\w)" if word[-1].isalnum() else ""))
    return re.compile("|".join(alternatives), re.IGNORECASE) if alternatives else None


def _reports_study(doc: Doc, text: str, study: re.Pattern, number: int, start_char: int, end_char: int) -> bool:
    """Does sentence `number`, or the sentence before it in its paragraph (no blank line between), name a study?"""
    if study.search(text, start_char, end_char):
        return True
    if number == 0:
        return False
    before_start, before_end = sentence_chars(doc, number - 1)
    if "\n\n" in text[before_end:start_char].replace("\r", "").replace(" ", "").replace("\t", ""):
        return False
    return study.search(text, before_start, before_end) is not None


def _word_regex(phrases) -> re.Pattern | None:
    """One case-blind regex for whole words or phrases (straight or curly apostrophes)."""
    if not phrases:
        return None
    alternatives = sorted({re.escape(p.lower()).replace("'", "['’]") for p in phrases}, key=len, reverse=True)
    return re.compile(r"(?<![\w'’])(?:" + "|".join(alternatives) + r")(?![\w'’])", re.IGNORECASE)


# A benefits label ("Key benefits:", "Benefits include", "What it does:") ends with one of these; after "include"
# a colon may follow.
_LABEL_ENDS = frozenset({":", "—", "–", "include"})
LIST_ITEMS_BACK = 10  # list items looked through for the label that heads them


class BenefitLabels:
    """The `benefit-labels` lexicon: a sentence that opens with one of these phrases and a colon ("Key benefits:
    ✓ cures insomnia", "What it does: reverses arthritis", "Benefits include: …"), or a label line of its own
    followed by list items ("Top benefits:" then "- ends anxiety"), lists what the product of the page does. The
    label may follow a substance's name ("Kava's key benefits:"); a label about something else ("Benefits of
    exercise include …", "Possible benefits:") is not one of these phrases and heads no claim."""

    def __init__(self, env: Environment):
        labels = {tuple(word.norm_ for word in env.phrases.words(phrase))
                  for phrase in env.book.lexicons.get("benefit-labels", ())}
        self.labels = sorted(labels, key=len, reverse=True)
        self.first_words = {label[0] for label in self.labels}

    def end(self, doc: Doc, sentence: tuple[int, int]) -> int | None:
        """The token after the label that opens the sentence (after its colon), or None."""
        sentence_start, sentence_end = sentence
        i = sentence_start
        while i < sentence_end and not doc[i].is_alpha:  # bullets, ticks, emoji, quotes
            i += 1
        if i >= sentence_end:
            return None
        mention = next((m for m in mentions_of(doc) if m.start == i), None)
        if mention is not None:  # "Kava benefits:", "Ashwagandha's key benefits:"
            i = mention.end
            if i < sentence_end and doc[i].lower_ in ("'s", "’s"):
                i += 1
        if i >= sentence_end or doc[i].norm_ not in self.first_words:
            return None
        for label in self.labels:
            end = i + len(label)
            if end >= sentence_end or tuple(t.norm_ for t in doc[i:end]) != label:
                continue
            if doc[end].lower_ == "of" and mention is None:  # "Benefits of kava:", "Key benefits of our kava:"
                at = end + 1
                if at < sentence_end and doc[at].lower_ in ("our", "this", "the"):
                    at += 1
                named = next((m for m in mentions_of(doc) if m.start == at), None)
                if named is None or named.end >= sentence_end:
                    return None
                end = named.end
            ending = doc[end].norm_
            if ending not in _LABEL_ENDS:
                return None
            end += 1
            if ending == "include" and end < sentence_end and doc[end].text == ":":
                end += 1
            return end
        return None

    def heads(self, doc: Doc, sentence: tuple[int, int]) -> int | None:
        """Where the claims a label governs start in the sentence: after the label that opens it, or at its start
        when it is an item of a list ("- cures insomnia", "✓ ends anxiety") whose heading line is a label alone."""
        end = self.end(doc, sentence)
        if end is not None:
            return end
        if not self.first_words or not _list_item(doc, sentence):
            return None
        before = sentence[0]
        for _ in range(LIST_ITEMS_BACK):
            if before == 0:
                return None
            previous = sentence_bounds(doc, before - 1)
            if not _list_item(doc, previous):
                end = self.end(doc, previous)
                last = previous[1]
                while last > previous[0] and doc[last - 1].is_space:
                    last -= 1
                return sentence[0] if end is not None and end == last else None
            before = previous[0]
        return None


def _list_item(doc: Doc, sentence: tuple[int, int]) -> bool:
    """Does the sentence open with a list marker ("-", "*", "•", "✓", "1."), or open a Markdown item whose marker
    masking blanked?"""
    sentence_start, sentence_end = sentence
    i = sentence_start
    while i < sentence_end and doc[i].is_space:
        i += 1
    if i == sentence_end:
        return False
    return (not doc[i].is_alpha and doc[i].text not in ('"', "“", "'", "‘", "(")) or opens_list_item(doc, sentence_start)


def _said(doc: Doc, text: str, bounds: tuple[int, int]) -> str:
    """A sentence's text, lower-cased, past a speaker label ("A:", "Guest:")."""
    last = doc[bounds[1] - 1]
    return answer_text(text[doc[bounds[0]].idx:last.idx + len(last)])


def _same_paragraph(doc: Doc, text: str, start: int) -> bool:
    """Does the sentence starting at token `start` go on the paragraph of the one before it?"""
    return "\n\n" not in text[doc[start - 1].idx:doc[start].idx]


def _opens_with(said: str, openings: tuple[str, ...]) -> str | None:
    """The first of `openings` that `said` is or opens with (a whole word or phrase), or None."""
    return next((o for o in openings if said == o or (said.startswith(o) and not _goes_on(said[len(o):len(o) + 1]))), None)


def _goes_on(character: str) -> bool:
    """Does this character go on the word before it: a letter, a digit or an apostrophe ("you can't" is no "you can")?"""
    return character.isalnum() or character in "'’"


def _echoes_question(doc: Doc, sentence: tuple[int, int], start: int, end: int) -> bool:
    """`echoes_question`: the match opens its sentence, a short question ("What anxiety?"), and repeats after its first
    word the last words of the short question just before it ("Anxiety? What anxiety?", "Joint pain? What joint
    pain?"): the echo that waves the thing asked about away. Not another question ("Anxiety? What helps?")."""
    sentence_start, sentence_end = sentence
    if start != sentence_start or sentence_start == 0 or doc[sentence_end - 1].text != "?":
        return False
    echoed = [t.lower_ for t in doc[start + 1:sentence_end - 1]]
    question_start, question_end = sentence_bounds(doc, sentence_start - 1)
    if not echoed or doc[question_end - 1].text != "?" or question_end - question_start > MAX_QUESTION:
        return False
    asked = [t.lower_ for t in doc[question_start:question_end - 1]]
    return len(echoed) <= len(asked) and asked[-len(echoed):] == echoed
