"""`qualified_by`, shared by the phrase and relation kinds: words that, with the claim, limit or refer it
("in small amounts", "but check with your vet") or, for a reported study result, take it back ("…; a larger
trial found no benefit", "…, but the result has not been replicated", "In a 2019 pilot, …; larger trials are
needed").

A rule declares

    qualified_by:
      phrases: [...]          # qualifiers, as words
      patterns: [[...], ...]  # qualifiers, as token patterns
      reported: [[...], ...]  # only when the claim is a study's result: one of these token patterns ("trials
                              #   found", "in a 2019 pilot") opens the claim's sentence before the claim, or
                              #   follows a claim in the past tense ("turmeric eased knee pain in a pilot")
      next_sentence: true     # a qualifier in the next sentence of its paragraph counts too ("…. Larger trials
                              #   are needed."; not a heading or paragraph after it)

A qualifier counts when its own words are not negated ("it is not true that larger trials are needed") and,
for a claim whose substance is known, when what follows it in its sentence names no other substance ("more
research is needed on kratom" qualifies no claim about kava)."""
from __future__ import annotations

from spacy.tokens import Doc

from ..annotate import context_of, mentions_of, sentence_bounds, sentence_index_of, sentence_starts
from ..lexicon import lemma_patterns_to_norm
from ..matching import GatedMatcher


# words that open a new clause between a past-tense claim and a study report after it
CLAUSE_OPENERS = {",", ";", ":", "—", "–", "(", "and", "but", "yet", "so", "while", "whereas", "although", "though"}


class Qualifiers:
    def __init__(self, env):
        self.strings = env.nlp.vocab.strings
        self.phrases = env.phrases.matcher("NORM")
        self.patterns = GatedMatcher(env.nlp, env.phrases, env.gates)
        self.reports = GatedMatcher(env.nlp, env.phrases, env.gates)
        self.rules: set[str] = set()
        self.reported_rules: set[str] = set()
        self.next_sentence: set[str] = set()

    def add(self, rule, book) -> None:
        """Read a rule's `qualified_by`, if it has one."""
        spec = rule.spec.get("qualified_by")
        if not spec:
            return
        self.rules.add(rule.id)
        phrases = book.lexicon(spec.get("phrases"), rule.origin)
        if phrases:
            self.phrases.add(rule.id, list(phrases))
        for pattern in spec.get("patterns") or []:
            self.patterns.add_checked(rule.id, lemma_patterns_to_norm(pattern)[0], rule.origin,
                                      f"rule {rule.id!r}: qualified_by", greedy="LONGEST")
        if spec.get("reported"):
            self.reported_rules.add(rule.id)
            for pattern in spec["reported"]:
                self.reports.add_checked(rule.id, lemma_patterns_to_norm(pattern)[0], rule.origin,
                                         f"rule {rule.id!r}: qualified_by.reported", greedy="LONGEST")
        if spec.get("next_sentence"):
            self.next_sentence.add(rule.id)

    def __contains__(self, rule_id: str) -> bool:
        return rule_id in self.rules

    def find(self, doc: Doc) -> tuple[list[tuple[str, int, int]], dict, list[tuple[str, int, int]] | None]:
        """The Doc's qualifier phrases and study reports, (rule id, start, end) each, and a cache of the qualifier
        patterns found so far: found once per Doc, when a rule with `qualified_by` first needs them (the reports
        only when some rule needs them; the patterns only in the sentences of the claims asked about)."""
        strings = self.strings
        qualifiers = [(strings[m], s, e) for m, s, e in self.phrases(doc)] if len(self.phrases) else []
        reports = self.reports(doc) if self.reports else None
        return qualifiers, {}, reports

    def _patterns_in(self, doc: Doc, rule_id: str, start: int, end: int, cache: dict) -> list[tuple[str, int, int]]:
        """The rule's qualifier patterns in the sentences of tokens [start, end), found once per rule and span."""
        key = (rule_id, start, end)
        found = cache.get(key)
        if found is None:
            if not self.patterns:
                found = []
            else:
                within = {(rule_id, s) for s in sentence_starts(doc) if start <= s < end}
                found = self.patterns(doc, within=within)
            cache[key] = found
        return found

    def qualified(self, doc: Doc, rule_id: str, sentence: tuple[int, int], found, claim: tuple[int, int] | None = None,
                  past: bool = False, subject: str | None = None) -> bool:
        """Whether the claim of `rule_id` in `sentence` is qualified. `claim` is the claim's (start, verb start)
        and `past` whether its verb is in the past tense (for `reported`); `subject` the substance it is about."""
        phrases, patterns_found, reports = found
        sentence_start, sentence_end = sentence
        if rule_id in self.reported_rules and not self._reported(doc, rule_id, sentence, reports, claim, past):
            return False
        reach_end = sentence_end
        if rule_id in self.next_sentence and sentence_end < len(doc):
            index = sentence_index_of(doc)
            if not index.opens_block(index.number_at[sentence_end]):  # the next sentence, in the same paragraph
                reach_end = index.bounds(sentence_end)[1]
        qualifiers = phrases + self._patterns_in(doc, rule_id, sentence_start, reach_end, patterns_found)
        context = None
        for r, s, e in qualifiers:
            if r != rule_id or not sentence_start <= s < reach_end:
                continue
            context = context or context_of(doc)
            if self._negated(doc, context, s) or self._widened(doc, s):
                continue
            if subject is not None and self._about_other(doc, s, subject):
                continue
            return True
        return False

    @staticmethod
    def _negated(doc: Doc, context, start: int) -> bool:
        """A negation before the qualifier denies it ("it is not true that larger trials are needed"). The
        qualifier's own "no" or "not" ("found it no better than placebo", "has not been replicated") is what it
        says: a cue that opens inside it, whatever its scope, denies nothing of it."""
        return any(cue.scope_end > start for cue in context.cues_in(sentence_bounds(doc, start)[0], start, "negation"))

    @staticmethod
    def _widened(doc: Doc, start: int) -> bool:
        """"Even" before the qualifier widens the claim instead of limiting it: "withdrawal is mild, even for (heavy)
        daily users", "safe even in large amounts"."""
        for i in range(start - 1, max(-1, start - 4), -1):
            word = doc[i].lower_
            if word == "even":
                return True
            if not doc[i].is_alpha or word in CLAUSE_OPENERS:
                return False
        return False

    @staticmethod
    def _reported(doc: Doc, rule_id: str, sentence: tuple[int, int], reports, claim, past: bool) -> bool:
        """A study report frames the claim: it opens the sentence before the claim ("Trials found …", "In a
        2019 pilot, …"), or follows a claim in the past tense ("… eased knee pain in a 2019 pilot")."""
        if not reports or claim is None:
            return False
        sentence_start, sentence_end = sentence
        claim_start, verb_start = claim
        return any(r == rule_id and sentence_start <= s < sentence_end
                   and (e <= claim_start or (past and s > verb_start and not Qualifiers._clause_between(doc, verb_start, s)))
                   for r, s, e in reports)

    @staticmethod
    def _clause_between(doc: Doc, start: int, end: int) -> bool:
        """A new clause opens between the claim's verb and a report after it ("Kava eased my anxiety, and a
        small study found …"): the report is of something else, not where the claim was found."""
        return any(doc[i].lower_ in CLAUSE_OPENERS for i in range(start + 1, end))

    @staticmethod
    def _about_other(doc: Doc, start: int, subject: str) -> bool:
        """What follows the qualifier in its sentence names another substance than the claim's ("…; more
        research is needed on kratom")."""
        end = sentence_bounds(doc, start)[1]
        return any(start <= m.start < end and m.label_ != subject and m.kb_id_ != "partner" for m in mentions_of(doc))
