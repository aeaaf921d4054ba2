"""``kind: phrase`` — a claim recognised by its wording.

Phrases go to one PhraseMatcher (on NORM, so inflections match); token patterns go to one
Matcher that only runs on sentences holding one of its trigger words (the Matcher costs
about 14 ms per pattern per MB, the PhraseMatcher almost nothing). Every match is then
checked against the Doc's context marks (``unless``) and the rule's ``except`` phrases.
"""
from __future__ import annotations

import re
from bisect import bisect_right

from spacy.tokens import Doc

from ..annotate import (TABLE_COLUMNS, context_of, mentions_of, sentence_bounds, sentence_start_chars, sentence_start_of,
                        token_table)
from ..lexicon import lemma_patterns_to_norm
from ..matching import GatedMatcher
from .common import (PRONOUN_SUBJECTS, DocumentState, Environment, blocked_by_context, doc_text, fix_from_rule,
                     make_finding, sentence_chars, subject_near, topic_before)


_LOWER = TABLE_COLUMNS.index("LOWER")


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
        self.patterns = GatedMatcher(env.nlp, env.phrases)
        self.exceptions = env.phrases.matcher("NORM")
        self.near = env.phrases.matcher("NORM")
        self.between_of = {rule.id: {w.lower() for w in rule.spec.get("between", [])} for rule in rules}
        # `headless`: a label line that opens with the claim and names no product ("Proven to reduce hair
        # loss by 60%") is about the product the label is on, when it names a condition and no drug
        self.headless = env.phrases.matcher("NORM")
        self.headless_blockers = env.phrases.matcher("NORM")
        self.pronoun_hashes = {env.nlp.vocab.strings.add(word) for word in PRONOUN_SUBJECTS}
        # (rule id, regex, anchors): checked on load (see validation.regex_problem); only the
        # sentences holding one of the rule's `regex_anchors` (lower case) are searched
        self.regexes: list[tuple[str, re.Pattern, tuple[str, ...] | None]] = []
        self.product_words_of: dict[str, int] = {}  # rule id -> key (hash) of its `requires_mention` words
        # `subject_links`: the product is the claim's subject, named inside the match or right before it with only
        # these words between ("valerian is the most effective …"; not "the best treatment for kratom addiction is …")
        self.subject_links = {rule.id: {w.lower() for w in rule.spec["subject_links"]}
                              for rule in rules if rule.spec.get("subject_links")}
        product_words: dict[tuple[str, ...], int] = {}
        for rule in rules:
            near = rule.spec.get("near")
            if near:
                phrases = env.book.lexicon(near.get("phrases") or {"lexicon": near.get("lexicon")}, rule.origin)
                self.near.add(rule.id, list(phrases))
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
                self.regexes.append((rule.id, re.compile(match["regex"], re.IGNORECASE), gate))
            exact = env.book.lexicon(match.get("exact_phrases"), rule.origin)
            if exact:
                self.exact_phrases.add(rule.id, list(exact))
            requires = rule.spec.get("requires_mention")
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
        for rule_id, regex, anchors in self.regexes:
            if anchors is None:
                candidates = range(len(starts))
            else:
                holding = {bisect_right(starts, at) - 1 for anchor in anchors for at in _occurrences(lowered, anchor)}
                candidates = [i for i in sorted(holding) if i >= 0]
            for number in candidates:
                start_char, end_char = sentence_chars(doc, number)
                for hit in regex.finditer(text[start_char:end_char]):
                    span = doc.char_span(start_char + hit.start(), start_char + hit.end(), alignment_mode="expand")
                    if span is not None and len(span):
                        found.append((rule_id, span.start, span.end))
        return found

    def _near_end(self, doc: Doc, rule, start: int, end: int, near: dict[int, list[tuple[int, int]]]) -> int | None:
        """For rules with `near`: the end of the first listed phrase within `after` tokens of the
        match, in its sentence (and, with `between`, with a connective in between); else None."""
        spec = rule.spec["near"]
        _, sentence_end = sentence_bounds(doc, start)
        limit = min(sentence_end, end + int(spec.get("after", 5)))
        between = self.between_of[rule.id]
        for near_start, near_end in near.get(self.key_of[rule.id], ()):
            if not (end <= near_start < limit):
                continue
            if between and not any(t.lower_ in between for t in doc[end:near_start]):
                continue
            return near_end
        return None

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
    def _label_line(doc: Doc, rule_id: str, sentence: tuple[int, int], start: int, headless, blockers) -> bool:
        """The claim opens a sentence that names a condition of the rule's `headless` list and none of
        its `unless_named` words: a label line whose subject is the product it is printed on."""
        sentence_start, sentence_end = sentence
        if start > _opening(doc, sentence) + 2:  # "Clinically tested and proven to …" opens with its first words
            return False
        if any(r == rule_id and sentence_start <= s < sentence_end for r, s, _ in blockers):
            return False
        return any(r == rule_id and sentence_start <= s < sentence_end for r, s, _ in headless)

    def _fragments_name_product(self, doc: Doc, rule_id: str, sentence: tuple[int, int], mention_words) -> bool:
        """A headline run of short fragments names its product after the claim that opens it: "Zero side effects.
        100% natural. Try CBD." The claim's sentence and each one up to the one naming the product have at most
        `FRAGMENT_WORDS` words, in one paragraph (no blank line between them)."""
        key = self.product_words_of.get(rule_id)
        if _word_count(doc, sentence) > FRAGMENT_WORDS:
            return False
        end = sentence[1]
        for _ in range(FRAGMENTS_AHEAD):
            if end >= len(doc) or doc[end - 1].text_with_ws.count("\n") + doc[end].text_with_ws.count("\n") > 1:
                return False  # a blank line: the next paragraph
            following = sentence_bounds(doc, end)
            if _word_count(doc, following) > FRAGMENT_WORDS:
                return False
            if (None, following[0]) in mention_words or (key, following[0]) in mention_words:
                return True
            end = following[1]
        return False

    def _mentions_product(self, doc: Doc, rule_id: str, sentence: tuple[int, int], mention_words,
                          state: DocumentState, start: int) -> bool:
        """Is the sentence about a product: does it name a substance (or, with a lexicon, a product
        word), or — in a document that has named one — say "it"/"this", or open with the claim
        itself, as a bullet on a product page does ("Clinically proven to…")?"""
        sentence_start, sentence_end = sentence
        if (None, sentence_start) in mention_words or (self.product_words_of.get(rule_id), sentence_start) in mention_words:
            return True
        if start <= _opening(doc, sentence) + 1 and self._fragments_name_product(doc, rule_id, sentence, mention_words):
            return True
        if topic_before(doc, sentence_start, state) is None:
            return False
        if start <= _opening(doc, sentence) + 1 or self.rules[rule_id].spec.get("topic_suffices"):
            return True
        lowers = token_table(doc)[sentence_start:sentence_end, _LOWER].tolist()  # no Token per word
        return not self.pronoun_hashes.isdisjoint(lowers)

    def _names_subject(self, doc: Doc, rule_id: str, sentence_start: int, start: int, end: int,
                       word_spans: list[tuple[int, int, int]]) -> bool:
        """`subject_links`: is a substance or one of the rule's product words named inside the match (a product
        word that is the match's last word is its head, "rest is the best remedy", unless "than" precedes it), or right before it in its
        sentence with at most four of the link words between?"""
        links = self.subject_links[rule_id]
        key = self.product_words_of.get(rule_id)
        named = [(m.start, m.end) for m in mentions_of(doc) if m.kb_id != self.partner]
        # a product word that ends the match is its own head, not a subject ("rest is the best remedy"), unless it
        # is what "than" compares ("nothing works better for cramps than black cohosh")
        named += [(s, e) for m, s, e in word_spans
                  if m == key and not (start < s and e == end and doc[s - 1].lower_ != "than")]
        for s, e in named:
            if start <= s and e <= end:
                return True
            if sentence_start <= s and e <= start and start - e <= 4 and all(t.lower_ in links for t in doc[e:start]):
                return True
        return False

    def check(self, doc: Doc, state: DocumentState):
        strings = doc.vocab.strings
        exceptions = [(strings[m], s, e) for m, s, e in self.exceptions(doc)]
        near: dict[int, list[tuple[int, int]]] = {}  # rule key -> its `near` phrases (start, end), by start
        for m, s, e in sorted(self.near(doc), key=lambda m: m[1]):
            near.setdefault(m, []).append((s, e))
        # (key of a product-word list or None for a substance, sentence start): what each sentence names
        sentence_of = sentence_start_of(doc)
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
        reported: set[tuple[str, int]] = set()
        for rule_id, start, end in sorted(self._merge_overlaps(self._matches(doc)), key=lambda m: (m[1], -m[2])):
            rule = self.rules[rule_id]
            sentence = sentence_bounds(doc, start)  # no Span: most matches stop early
            sentence_start, sentence_end = sentence
            if (rule_id, sentence_start) in reported:
                continue  # one finding per rule and sentence
            if any(r == rule_id and s < end and start < e for r, s, e in exceptions):
                continue
            if rule.spec.get("unless_partner") and sentence_start in partner_sentences:
                continue
            if rule.spec.get("requires_mention") and not self._mentions_product(
                    doc, rule_id, sentence, mention_words, state, start) and not (
                    rule.spec.get("headless") and self._label_line(doc, rule_id, sentence, start, headless, blockers)):
                continue
            if rule_id in self.subject_links and not self._names_subject(
                    doc, rule_id, sentence_start, start, end, word_spans):
                continue
            if rule.spec.get("near"):
                near_end = self._near_end(doc, rule, start, end, near)
                if near_end is None or blocked_by_context(doc, rule, near_end - 1, near_end, own=(start, end)):
                    continue
                end = near_end
            question = context_of(doc).questions.get(sentence_start)
            if rule.spec.get("question") == "denied":
                if question != "no":
                    continue
                end = sentence_end
            elif blocked_by_context(doc, rule, start, end):
                continue
            subject = subject_near(doc, start, end, state)
            if rule.spec.get("include_subject"):
                start = self._clause_subject_start(doc, start)
            span = doc[start:end]
            reported.add((rule_id, sentence_start))
            yield make_finding(rule, doc, state, span.start_char, span.end_char, subject, self.env.knowledge,
                               fix=fix_from_rule(rule, doc, span.start_char, span.end_char))


# A headline made of short fragments ("Zero side effects. 100% natural. Try CBD."): how many words each may have,
# and how many fragments after the claim may name its product.
FRAGMENT_WORDS = 5
FRAGMENTS_AHEAD = 2


def _word_count(doc: Doc, sentence: tuple[int, int]) -> int:
    return sum(1 for token in doc[sentence[0]:sentence[1]] if not (token.is_punct or token.is_space))


def _opening(doc: Doc, sentence: tuple[int, int]) -> int:
    """The sentence's first token that is neither space nor punctuation (else its start)."""
    sentence_start, sentence_end = sentence
    return next((i for i in range(sentence_start, sentence_end) if not (doc[i].is_space or doc[i].is_punct)),
                sentence_start)


def _occurrences(text: str, word: str):
    """Where `word` occurs in `text` (str.find: far cheaper than a regex over the whole text)."""
    at = text.find(word)
    while at >= 0:
        yield at
        at = text.find(word, at + 1)
