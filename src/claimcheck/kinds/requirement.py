"""``kind: requirement`` — safety language a document must carry once it discusses a substance.

Vale's ``conditional`` shape: *if* a document mentions kratom (``when: {mentions: kratom}``)
or uses two risky things together (``when: {used_together: …}``), *then* it must say each
``requires`` concept somewhere, in any wording. A concept ("dependence", "liver-injury"…)
is defined once, in the first requirement that lists it with ``phrases``/``patterns``;
later requirements name it. Matching is on NORM, so registered lemmas match inflected.

A concept match counts only where the sentence affirms the risk:

* not denied: no negation cue close before it in its clause, no conditional, distancing
  or open question over it (hedges count: "may cause dependence" names the risk);
* not minimized: no ``minimizers`` phrase ("without", "non", "zero", "low"…) right before
  it with only ``filler`` words between ("without the high risk of addiction");
* not one of the concept's ``except`` phrases ("opioid withdrawal" is a treated condition);
* said of the substance: the sentence mentions it, or mentions nothing and the substance
  is the document's current topic ("It can cause dependence.").

A combination is a use-together frame in one sentence: a ``joint`` cue (combine, mix,
stack, together…) with two members in its clause, a ``linking`` cue (with, alongside,
followed by…) between two members (the left one may be the current topic), or two
members each given a measured amount ("2 oz kava, 1 oz rum"), or a sentence that opens with
a serving of one and goes on to a serving of the other ("After two shells of kava, we went
out for a few beers"). A frame under negation
("never mix kava with alcohol") is itself the required warning.

A substance whose every mention is ``in_passing`` ("unlike kratom", "we don't sell kava")
is named, not discussed, and needs no language; "add kava to your wine" (``added_to``) and
an ingredient list of measured lines are use-together frames too.

``check`` only records what each chunk shows in the ``DocumentState``; ``finish`` emits
one finding per substance or combination whose requirements are unmet.
"""
from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, fields
from itertools import combinations

import numpy

from spacy.tokens import Doc, Span

from ..annotate import (SPEAKER_LABEL, TABLE_COLUMNS, context_of, doc_text, mentions_of, sentence_at, sentence_start_of, sentence_starts,
                        set_aside_mentions, token_table)
from ..findings import Finding
from ..sources import BLOCK_BREAK
from ..lexicon import lemma_patterns_to_norm
from ..matching import GatedMatcher
from ..rulefiles import RuleFileError
from ..tables import table_rows
from .common import DocumentState, Environment, render

ANY_MEMBER = "+*"  # "kava+*" in state.satisfied: a statement about any combination with kava
DEFAULT_UNLESS = ("negated", "conditional", "question", "attributed")
NEGATION_REACH = 6  # a negation cue denies a concept only this many tokens ahead of it
DISMISS_REACH = 8  # a dismisser ("… is a myth") takes back a concept only this many tokens after it
NEGATORS = {"not", "no", "never", "n't", "nothing"}
CLAUSE_BREAKS = {";", ":", "—", "–", "--", "but", "however", "although", "though", "whereas", "unlike"}
# "rare but serious liver injury": a "but" between a word of rarity and one of severity joins two
# modifiers of one noun phrase, not two clauses, so the risk stays said of the sentence's substance.
RARITY_WORDS = {"rare", "uncommon", "infrequent", "unusual", "occasional", "isolated", "few", "small", "low", "slight",
                "mild", "minor", "modest", "unlikely", "remote", "very", "extremely"}
SEVERITY_WORDS = {"serious", "severe", "real", "significant", "dangerous", "grave", "fatal", "deadly", "life-threatening",
                  "potentially", "sometimes", "possibly", "documented", "important", "notable", "lasting", "permanent",
                  "irreversible", "harmful", "toxic"}
# words that only grade the risk named after them ("rare but severe liver injury", "serious or fatal"): no subject
RISK_MODIFIERS = RARITY_WORDS | SEVERITY_WORDS | {"but", "and", "or", "acute", "possible", "potential", "occasionally"}
ELLIPTICAL_AUXILIARIES = {"does", "do", "did", "is", "are", "was", "will", "wo", "can", "ca", "has", "have"}
HEADLINE_REACH = 4  # "X and Y: the perfect pairing": a joint cue this close after a colon reaches back over it
HEADLINE_JOINERS = {"and", "&", "+", "plus", "with", ",", "the", "a", "your"}  # all a headline's members may be joined by
_CLOCK_TIME = re.compile(r"\d{1,2}(?::\d\d){1,2}")  # "12:40", "1:02:33"
MAX_INGREDIENT_LINE = 12  # tokens: longer lines are prose, not an ingredient list
MAX_LIST_ITEM = 12  # tokens: a longer line after a list's lead-in is prose, and ends the list
SEQUENCE_CUES = {"after"}  # "After two shells of kava, we headed out for a few beers": one session, in sequence
SEQUENCE_SERVINGS = {"few", "couple", "cup", "cups", "shell", "shells", "glass", "glasses", "shot", "shots", "bowl", "bowls",
                     "round", "rounds", "pint", "pints", "bottle", "bottles", "can", "cans", "drink", "drinks", "dose", "doses",
                     "serving", "servings"}  # a serving named without a number: "after a couple of beers"
SEQUENCE_NOT_UNITS = {"year", "years", "month", "months", "week", "weeks", "day", "days", "decade", "decades"}  # "after two years of kava"
# "avoid drinking alcohol while on oxycodone" is advice, not a use
AVOIDING = {"avoid", "avoids", "avoided", "avoiding", "stop", "stopped", "stopping", "quit", "quitting", "skip", "skipped",
            "skipping", "refrain", "resist", "without", "before", "until"}
COMPARING = {"vs", "vs.", "versus", "difference", "differences", "compared", "comparing", "comparison", "or", "than",
             "unlike", "instead", "rather", "which"}  # "kava + kratom: the differences"
PAIR_SIGNS = {"+", "x", "×"}  # "Kava + Kratom", "kratom x kava": a pair served as one
AND_SIGNS = {"&", "and"}  # only "and": a pair with it is served as one when it is summed ("kava & kratom = bliss")
SUM_SIGNS = {"=", "→", "=>"}
SECOND_USE_VERBS = {"have", "has", "had"}  # "take my Xanax and have a shell of kava"
SUBJECT_PRONOUNS = {"i", "we", "you", "they", "he", "she", "everyone", "everybody"}
OPEN_QUOTES = {'"', "“", "'", "‘"}
CLOSE_QUOTES = {'"', "”", "'", "’"}
QUOTE_MARKS = OPEN_QUOTES | CLOSE_QUOTES
# Flat rebuttals that open the sentence after a quoted claim: '"It's addictive." Not true.'
QUOTE_REBUTTALS = [tuple(r.split()) for r in ("not true", "untrue", "false", "wrong", "nope", "no", "myth", "fiction",
                                               "not so", "totally false", "completely false", "debunked",
                                               "that 's a myth", "that 's false", "that 's not true", "that is not true",
                                               "that is false", "that is a myth", "not the case")]
# Openings that pass a risk on as hearsay ("I heard kava can hurt your liver."), which a dismissal may take back.
HEARSAY_OPENERS = [tuple(o.split()) for o in (
    "i heard", "i 've heard", "i have heard", "i 'd heard", "i had heard", "i keep hearing", "i read", "i 've read",
    "i have read", "someone told me", "a friend told me", "my friend says", "people say", "people keep saying",
    "some people say", "they say", "you hear", "you often hear", "you may have heard", "rumor has it", "rumour has it",
    "word is", "the word is")]
DOUBT_QUESTION_WORDS = 8  # tokens: "Is that true?", "Is there any truth to that?"
DISMISSED_SUBJECTS = {"that", "those", "these", "this", "such", "it", "the", "all", "that's", "it's"}
DISMISSAL_WORDS = 6  # the dismisser comes within the answer's first words: "Those stories are overblown"
# "…, but that concern has since been debunked": a later clause that points back at the risk and dismisses it.
# The clause opens (after its break and a conjunction) with a back-reference, then only these words up to the dismisser.
BACK_DISMISSAL_OPENERS = {"but", "yet", "and", "however", "though", "although"}
BACK_DISMISSAL_REFERENCES = {"that", "this", "those", "these", "such", "the", "that's", "it's"}
BACK_DISMISSAL_NOUNS = {"concern", "concerns", "fear", "fears", "worry", "worries", "claim", "claims", "idea", "link", "links",
                        "story", "stories", "theory", "theories", "report", "reports", "notion", "belief", "beliefs", "scare",
                        "warning", "warnings", "connection", "association", "finding", "findings"}
BACK_DISMISSAL_WORDS = BACK_DISMISSAL_NOUNS | {
    "old", "liver", "addiction", "dependence", "interaction", "interactions", "'s", "’s", "is", "are", "was", "were", "has",
    "have", "had", "been", "since", "largely", "long", "now", "mostly", "widely", "thoroughly", "completely", "entirely",
    "turned", "turns", "out", "to", "be", "proven", "proved", "shown", "all", "just", "simply", "a", "an", "total",
    "complete", "big", "later", "well"}
BACK_DISMISS_REACH = 16  # tokens from a risk to a back-pointing dismisser in a later clause of its sentence
MIX_UP_VERBS = {"mix", "mixes", "mixed", "mixing"}  # "mix X up": confuse X, not combine it
MIX_UP_REACH = 5  # tokens of object between "mix" and "up" ("mix kava and kratom up")
RISK_ITEM_WORDS = 8  # the longest line read as an item of a list under a risk heading
PAIR_WORDS = {"them", "both", "the", "two", "these", "those", "pair"}  # the words for the pair before "together"
MIX_UP_OBJECTS = {"them", "it", "two", "both", "pair", "names", "plants", "herbs", "leaves", "products", "things", "substances"}
SENTENCE_PUNCT = {".", "!", "?", ";", ":", "—", "–", "(", ")", "[", "]"}
ORTH = TABLE_COLUMNS.index("ORTH")
LOWER = TABLE_COLUMNS.index("LOWER")


def requirement_lemmas(book) -> set[str]:
    """Lemmas used by requirement patterns (the engine registers them before compiling)."""
    lemmas: set[str] = set()
    for rule in book.rules:
        if rule.kind != "requirement":
            continue
        for requirement in rule.spec.get("requires") or []:
            for pattern in requirement.get("patterns") or []:
                lemmas |= lemma_patterns_to_norm(pattern)[1]
    return lemmas


@dataclass
class Requirement:
    concept: str
    says: str  # what the document must say, for the message
    add: str  # a sentence to add, for the correction


@dataclass
class CompiledRule:
    rule: object
    requirements: list[Requirement]
    mentions: tuple[str, ...] = ()
    together: "UseTogether | None" = None
    in_passing: "InPassing | None" = None


@dataclass
class Hit:
    concept: str
    start: int
    end: int


# a bare no before a warning in the answer: "No. Don't mix them.", "Nope! Never combine them."
_BARE_NO = re.compile(r"^(?:no|nope|nah|absolutely not|definitely not|certainly not|of course not)\s*[.!]+\s+")


@dataclass
class Frame:
    key: str  # "alcohol+kava"
    start: int
    end: int
    sentence_start: int
    negated: bool = False


def _denies_what_precedes(doc: Doc, mention: Span) -> bool:
    """'…, kratom doesn't', '…, kava does not', '…; kratom won't': a mention answered by a bare
    negated auxiliary, taking back what its clause said before it."""
    i = mention.end
    if i < len(doc) and doc[i].lower_ in ELLIPTICAL_AUXILIARIES:
        i += 1
    if i >= len(doc) or not (doc[i].norm_ in NEGATORS or doc[i].lower_ in NEGATORS):
        return False
    return i + 1 >= len(doc) or doc[i + 1].is_punct


# What may stand between a later mention and the negator that excludes it: "…, but never with kava", "not in kava drinkers"
_EXCLUSION_FILLERS = {"with", "in", "for", "from", "by", "among", "even", "but", ",", "—", "–"}


def _excluded_later(doc: Doc, mention: Span) -> bool:
    """'Liver problems have been reported with many herbs, but never with kava': a mention after the risk that a
    negator (or "except") just before it shuts out of what was said."""
    i = mention.start - 1
    while i >= 0 and doc[i].lower_ in _EXCLUSION_FILLERS:
        i -= 1
    return i >= 0 and (doc[i].lower_ in NEGATORS or doc[i].norm_ in NEGATORS or doc[i].lower_ in {"except", "excluding"})


class Clauses:
    """A Doc's clauses: its sentences split at CLAUSE_BREAKS, which the Checker's phrase pass finds."""

    def __init__(self, env: Environment):
        self.breaks = env.phrases.matcher("LOWER")
        self.breaks.add("clause_break", sorted(CLAUSE_BREAKS))

    def around(self, doc: Doc, sentence: Span, index: int) -> tuple[int, int]:
        """The clause of token `index`: [after the last break before it, the next break at or
        after it), within its sentence."""
        breaks = doc.user_data.get("claimcheck.requirement.clause_breaks")
        if breaks is None:
            breaks = doc.user_data["claimcheck.requirement.clause_breaks"] = sorted(
                {s for _, s, _ in self.breaks(doc) if not _joins_modifiers(doc, s)})
        following = bisect_left(breaks, index)  # the first break at or after the token
        left = right = index
        if index > sentence.start:
            left = max(sentence.start, breaks[following - 1] + 1) if following else sentence.start
        if index < sentence.end:
            right = min(sentence.end, breaks[following]) if following < len(breaks) else sentence.end
        return left, right


def _joins_modifiers(doc: Doc, index: int) -> bool:
    """Whether the break at `index` is a "but" between a rarity and a severity word ("rare but serious",
    "uncommon but potentially fatal"), which coordinates modifiers and opens no clause."""
    return (0 < index < len(doc) - 1 and doc[index].lower_ == "but"
            and doc[index - 1].lower_ in RARITY_WORDS and doc[index + 1].lower_ in SEVERITY_WORDS)


def _graded_mixed(doc: Doc, start: int, end: int) -> bool:
    """'mixed' as a grade on a scale of evidence: after 'to' or 'from' and before a parenthesis, a comma, a stop or
    'for'/'in' ("ranges from weak (X) to mixed (Y)", "from mixed for kava to absent for kratom"); not "add kratom
    to mixed drinks" nor "safe to mix kava with …"."""
    if end - start != 1 or doc[start].lower_ != "mixed" or start == 0 or doc[start - 1].lower_ not in ("to", "from"):
        return False
    return end == len(doc) or doc[end].text in ("(", ",", ".", ";", "for", "in")


def _confused(doc: Doc, start: int, end: int) -> bool:
    """A 'mix' whose particle 'up' follows its object ('mix these two up', 'mixing kava and kratom
    up'): taking one thing for another, not using them together."""
    if doc[start:end].text.lower() not in MIX_UP_VERBS:
        return False
    sentence_end = sentence_at(doc, start).end
    mention_ends = {m.end for m in mentions_of(doc)}
    for token in doc[end:min(end + MIX_UP_REACH + 1, sentence_end)]:
        if token.lower_ == "up":  # right after the object: "mix the two up", not "mix the two and end up"
            return token.i in mention_ends or doc[token.i - 1].lower_ in MIX_UP_OBJECTS
        if token.is_punct or token.lower_ in ("with", "into", "in", "for", "to", "before", "after", "then"):
            return False
    return False


def _rebutted_report(doc: Doc, index: int, dismissers: set[str]) -> bool:
    """A risk stated only to be knocked down: a sentence that is all one quotation ('"It's deadly." Not true.'),
    or hearsay ("I heard kava can hurt your liver."), answered by a next sentence that opens with a flat
    rebuttal ("False!") or dismisses what was heard ("Those stories are overblown."). A doubting question
    between them ("Is that true?") is passed over."""
    sentence = sentence_at(doc, index)
    words = [t for t in sentence if not t.is_space and t.text not in ("*", "**", "_", "-", "•")]
    if len(words) < 3:
        return False
    quoted = words[0].text in OPEN_QUOTES and words[-1].text in CLOSE_QUOTES and not any(
        t.text in QUOTE_MARKS for t in words[1:-1] if t.text not in ("'", "’"))  # one quotation
    lowers = [t.lower_ for t in words]
    if not quoted and not any(lowers[:len(opener)] == list(opener) for opener in HEARSAY_OPENERS):
        return False
    end = sentence.end
    if end < len(doc) and not quoted:
        question = sentence_at(doc, end)
        if question.text.rstrip().endswith("?") and len(question) <= DOUBT_QUESTION_WORDS:
            end = question.end  # "Is that true?"
    if end >= len(doc):
        return False
    answer = [t.lower_ for t in sentence_at(doc, end) if not t.is_space and t.text not in ("*", "**", "_")]
    for rebuttal in QUOTE_REBUTTALS:
        n = len(rebuttal)
        if answer[:n] == list(rebuttal) and (len(answer) == n or answer[n] in (".", "!", ",", ";", ":", "—", "–", "-")
                                             or answer[n:n + 2] == ["at", "all"]):
            return True
    # hearsay dismissed: "Those stories are overblown.", "That's a myth.", "Such fears are exaggerated."
    return not quoted and bool(answer) and answer[0] in DISMISSED_SUBJECTS and any(
        word in dismissers for word in answer[1:DISMISSAL_WORDS])


@dataclass(frozen=True)
class WordLists:
    """The English word lists the clause tests below read, from the ``lexicons`` of rules/requirements.yaml (a
    field's lexicon is its name with dashes: ``reporting_verbs`` is ``reporting-verbs``); built once, in
    RequirementRules, and lowered."""
    reporting_verbs: frozenset[str]  # "Critics say …", "Kava was once blamed for …"
    rebuttal_openers: frozenset[str]  # "…, but the research says otherwise"
    rebuttal_words: frozenset[str]  # "otherwise", "cleared", "a myth"
    rebuttal_after_no: frozenset[str]  # "but no such warning exists"
    counter_claimants: frozenset[str]  # "…, but sellers insist otherwise"
    both_openers: frozenset[str]  # "both are hard on the liver", "each of them…"
    topic_pronouns: frozenset[str]
    warned_about: frozenset[str]  # "The FDA has warned about acetaminophen overdoses"
    subject_openers: frozenset[str]  # "And", "Sadly"
    subject_pointers: frozenset[str]  # "it", "this herb", "these gummies"
    non_subject_leads: frozenset[str]  # "Over time, …", imperatives
    subject_verbs: frozenset[str]  # "can", "causes", "raises"
    use_gerunds: frozenset[str]  # "Mixing them", "Taking it daily"
    generic_subject_words: frozenset[str]  # "Long-term use", "Daily doses", "Heavy users"
    reporting_subject_verbs: frozenset[str]  # "Doctors warn of …"
    own_subject_words: frozenset[str]  # "These gummies", "The red caps", "Kavalactones"
    advice_openers: frozenset[str]  # "…, so don't mix it with alcohol"
    advice_leads: frozenset[str]  # "never", "avoid", "ask", "do" (before a negator)
    refused_sale_verbs: frozenset[str]  # "we don't serve kava"
    sale_limits: frozenset[str]  # "… before noon", "… to anyone under 21"

    @classmethod
    def of(cls, lexicons: dict) -> WordLists:
        return cls(**{field.name: frozenset(word.lower() for phrase in lexicons.get(field.name.replace("_", "-"), ())
                                            for word in str(phrase).split())
                      for field in fields(cls)})


def _reported_then_rebutted(doc: Doc, hit, sentence: Span, lists: WordLists) -> bool:
    """"Critics say kratom is addictive, but the research says otherwise", "Kava was once blamed for liver damage, but
    newer studies cleared it": a risk reported or believed (a verb of saying or believing before it) and rebutted in
    a later "but" clause of the sentence is not affirmed. "…, but sellers insist otherwise": a counter-claim put in
    the mouth of an interested party leaves the warning said."""
    if not any(doc[i].lower_ in lists.reporting_verbs for i in range(sentence.start, hit.start)):
        return False
    i = hit.end
    while i < sentence.end and doc[i].lower_ not in lists.rebuttal_openers:
        i += 1
    negated = False
    for token in doc[i + 1:sentence.end]:
        word = token.lower_
        if (word in ("no", "nothing") and token.i + 1 < sentence.end
                and doc[token.i + 1].lower_ in lists.rebuttal_after_no):
            return True  # "but no such warning exists"
        if word in lists.counter_claimants:
            return False
        if token.norm_ in NEGATORS or word in NEGATORS:
            negated = True
        elif word in lists.rebuttal_words:
            return not negated
    return False


def _dismissed_back(between: Span) -> bool:
    """The words from a risk to a dismisser end in a clause that points back at the risk and holds nothing else
    ("…liver damage, but that concern has since been debunked"; "…addiction — those stories are overblown"); not
    "addiction, a fact sellers call a myth" nor "…, but the liver damage is no myth"."""
    words = [t for t in between if not t.is_space]
    i = len(words)
    while i and not (words[i - 1].lower_ in CLAUSE_BREAKS or words[i - 1].text in SENTENCE_PUNCT or words[i - 1].text == ","):
        i -= 1
    rest = [t.lower_ for t in words[i:]]
    while rest and rest[0] in BACK_DISMISSAL_OPENERS:
        rest = rest[1:]
    if not rest or rest[0] not in BACK_DISMISSAL_REFERENCES:
        return False
    if rest[0] == "the" and not any(w in BACK_DISMISSAL_NOUNS for w in rest[1:3]):  # not "the hype about kava drinks"
        return False
    return all(w in BACK_DISMISSAL_WORDS for w in rest[1:])


LIKENESS_CUES = [tuple(c.split()) for c in ("like", "just like", "much like", "as with", "similar to", "similarly to",
                                              "same as", "the same as")]
LIKENESS_OPENERS = {"but", "and", "so", "also", "and,"}
LIKENESS_FILLER = {"a", "an", "the", "other", "many", "most", "some"}
LIKENESS_JOINERS = {",", "and", "or", "/"} | LIKENESS_FILLER
LIKENESS_HEADS = {"tea", "teas", "powder", "powders", "root", "roots", "leaf", "leaves", "extract", "extracts", "products",
                  "product", "supplements", "drinks", "drink", "itself", "use", "users"}


def likened_starts(doc: Doc) -> frozenset[int]:
    """Mentions named only as the standard of a comparison that opens a sentence and ends at a comma: "Like
    St. John's wort, saffron …", "Much like opioids, it can cause dependence", "As with kava or alcohol, …".
    Such a mention is named in passing, and what the sentence goes on to say is said of its subject too."""
    found = doc.user_data.get("claimcheck.requirement.likened")
    if found is not None:
        return found
    likened: set[int] = set()
    mentions = mentions_of(doc)
    if mentions:
        sentence_of = sentence_start_of(doc)
        by_start = {m.start: m for m in mentions}
        done: set[int] = set()
        for mention in mentions:
            floor = sentence_of[mention.start]
            if floor in done or mention.start - floor > 8:
                continue
            words = [t for t in doc[floor:mention.start] if not t.is_space]
            while words and not words[0].is_alpha:
                words = words[1:]
            lowers = [t.lower_ for t in words]
            while lowers and lowers[0] in LIKENESS_OPENERS:
                lowers = lowers[1:]
            while lowers and lowers[-1] in LIKENESS_FILLER:
                lowers = lowers[:-1]
            if tuple(lowers) not in LIKENESS_CUES:
                continue
            done.add(floor)
            group, i = [mention], mention.end
            while i < len(doc) and sentence_of[i] == floor:
                j = i
                while j < len(doc) and doc[j].lower_ in LIKENESS_JOINERS:
                    j += 1
                # "like kava or alcohol", not "Like kava, kratom …"
                if j in by_start and any(t.lower_ in ("and", "or", "/") for t in doc[i:j]):
                    group.append(by_start[j])
                    i = by_start[j].end
                    continue
                break
            k = i
            while k < len(doc) and k - i < 2 and doc[k].lower_ in LIKENESS_HEADS:
                k += 1
            if k < len(doc) and doc[k].text == "," and sentence_of[k] == floor:
                likened.update(m.start for m in group)
    found = doc.user_data["claimcheck.requirement.likened"] = frozenset(likened)
    return found


# A clause whose subject is a pronoun for the document's topic ("It's an opioid-like plant, people get dependent on it,
# and the FDA has warned against it"): a partner (alcohol, opioids, sedatives) it names is compared or an object, not
# what the clause's risk is said of, unless that risk's comma-delimited part names the partner or opens by pointing
# back at it ("…, which are addictive", "…, and opioids cause dependence", "…, and people get dependent on them").
PRONOUN_SUBJECTS = {"it", "they"}
PRONOUN_OPENERS = {"yeah", "yes", "yep", "well", "honestly", "and", "so", "also", "plus", "basically", "look", "okay", "ok",
                   "oh", "sure", "actually", "frankly", "now", "see", "really", "still"}
LIKENESS_SUFFIXES = {"like", "style", "type", "esque", "ish"}  # "an opioid-like plant", "alcohol-style effects"
SEGMENT_OPENERS = {"and", "or", "so", "then", "plus", "also", "yet"}
SEGMENT_BACK_POINTERS = {"which", "who", "whom", "whose", "where", "that", "this", "these", "those", "such", "both", "each"}
PLURAL_BACK_REFERENCES = {"them", "they", "their", "theirs", "those", "these"}
# A later comma part continues the pronoun's clause only when it opens with a coordinator or a new clause's subject
# ("…, people get dependent on it", "…, so regular users…", "…, it can be hard on the liver"); one that opens
# otherwise is an appositive or a relative of the partner ("…, a drug class that causes dependence").
SPLICE_OPENERS = SEGMENT_OPENERS | {"it", "people", "users", "folks", "you", "we", "i", "anyone", "someone", "everyone",
                                    "regular", "daily", "heavy", "frequent", "long-term", "consumers", "customers"}


def _pronoun_subject_clause(doc: Doc, clause_start: int, clause_end: int, hit, in_clause: list[Span]) -> bool:
    """Whether a clause that names only partners opens with a pronoun subject ("It", "They") and says its risk
    of that subject: every partner is a hyphenated likeness ("opioid-like"), or the risk's comma-delimited part
    names no partner and opens like a clause of its own that does not point back at one, or it is the pronoun's own part and names partners
    only after the risk word ("It interacts with alcohol")."""
    if not in_clause or any(m.kb_id_ != "partner" for m in in_clause):
        return False
    i = clause_start
    while i < clause_end and (not doc[i].is_alpha or doc[i].lower_ in PRONOUN_OPENERS):
        i += 1
    if i >= clause_end or doc[i].lower_ not in PRONOUN_SUBJECTS or any(m.start < i for m in in_clause):
        return False
    opener = doc[i].lower_
    if all(m.end + 1 < len(doc) and doc[m.end].text == "-" and doc[m.end + 1].lower_ in LIKENESS_SUFFIXES
           for m in in_clause):
        return True
    left = hit.start
    while left > clause_start and doc[left - 1].text != ",":
        left -= 1
    right = hit.end
    while right < clause_end and doc[right].text != ",":
        right += 1
    if any(left <= m.start < right for m in in_clause):
        # the pronoun's own part, naming partners only after the risk word: "It interacts with alcohol, sedatives…"
        return left <= i and all(m.start >= hit.start for m in in_clause if left <= m.start < right)
    j = left
    while j < right and not doc[j].is_alpha:
        j += 1
    if left > i and (j >= right or doc[j].lower_ not in SPLICE_OPENERS):
        return False  # "…opioids, a drug class that causes dependence", "…alcohol, the drink most tied to liver damage"
    while j < right and (not doc[j].is_alpha or doc[j].lower_ in SEGMENT_OPENERS):
        j += 1
    if j < right and doc[j].lower_ in SEGMENT_BACK_POINTERS:
        return False
    return opener == "they" or not any(doc[k].lower_ in PLURAL_BACK_REFERENCES for k in range(left, right))


PART_BREAKS = {",", ";", ":", "—", "–"}
BOTH_LEADS = SEGMENT_OPENERS | {"because", "since", "as", "but", "given"}  # "…, because the two are…"


def _both_with_pronoun(doc: Doc, sentence_start: int, index: int, lists: WordLists) -> bool:
    """Whether the part of the sentence (after its last comma, semicolon or colon before token `index`) opens
    with "both"/"the two"/"each" (``both_openers``: "both are hard on the liver", "the two are rough on the liver",
    "each of them…"), after a pronoun (``topic_pronouns``) earlier in the sentence: the pair it points back at holds
    the one thing the sentence names and the pronoun, the topic."""
    i = index
    while i > sentence_start and doc[i - 1].text not in PART_BREAKS:
        i -= 1
    if i <= sentence_start:
        return False
    part_start = i
    while i < index and (not doc[i].is_alpha or doc[i].lower_ in BOTH_LEADS):
        i += 1
    if i >= index:
        return False
    word = doc[i].lower_
    if not (word in lists.both_openers or (word == "the" and doc[i + 1].lower_ == "two")):
        return False
    return any(doc[k].lower_ in lists.topic_pronouns for k in range(sentence_start, part_start))


COORDINATED_OPENERS = SEGMENT_OPENERS | {"so", "but", "while", "whereas", "which", "that", "making", "leaving"}


def _coordinated_part_end(doc: Doc, index: int, clause_end: int) -> int | None:
    """The comma that ends the part of the clause holding token `index`, when the next part opens a coordinated
    clause of its own (", and kava is…", ", so kava bars…", ", which is why…"); None otherwise."""
    i = index
    while i < clause_end and doc[i].text != ",":
        i += 1
    j = i + 1
    if i >= clause_end or j >= clause_end or doc[j].lower_ not in COORDINATED_OPENERS:
        return None
    return i


def _own_subject_other(doc: Doc, hit, clause_start: int, other_starts: list[int]) -> bool:
    """Whether another risky subject (not in the knowledge base) stands in the hit's comma part before it:
    "Acetaminophen can cause liver damage, and…", "Heavy drinking strains the liver, and…"."""
    left = hit.start
    while left > clause_start and doc[left - 1].text != ",":
        left -= 1
    return bool(_starting_in(other_starts, other_starts, left, hit.start))


# A risk said in a clause that names no substance counts for the document's topic only when the clause's own subject
# is the topic: a pronoun or a noun pointing back at it ("it", "this herb", "the tea", "these gummies"), a generic use
# of it ("Long-term use", "Daily doses", "Heavy users", "Mixing them", "Taking it daily"), or none at all (an imperative,
# "Over time, …"). A subject that is another noun phrase says the risk of something else: "Social media can be
# toxic", "Mixing cleaning products raises the risk of toxic fumes", "Antibiotics can make birth control less effective".
# The words it is read by are the WordLists (requirements.yaml's lexicons):
# - subject_pointers: what points back at the topic ("it", "this", "these", "both", "the two");
# - non_subject_leads: a first word that opens no noun-phrase subject: a preposition or subordinator, an imperative,
#   "there", a negator;
# - subject_verbs: the verb of the subject's clause: the subject ends before it;
# - use_gerunds: a gerund of use opening the subject: what it takes decides ("Mixing them", "Mixing cleaning products");
# - generic_subject_words: words a generic use of the topic is made of: "Long-term use", "Daily doses", "Heavy users",
#   "Some people", "Raw caps", "Rare cases of", "Too much of", "Regular drinkers", "The combination", "Extracts";
# - own_subject_words: the topic's forms, parts and constituents ("These gummies", "The red caps", "Kavalactones");
# - reporting_subject_verbs: a subject that reports the risk ("Doctors warn of …");
# - subject_openers: leading words left out before the subject ("And", "Sadly").
def _foreign_subject(doc: Doc, hit, clause_start: int, clause_end: int, lists: WordLists) -> bool:
    """Whether the risk at `hit`, in a clause that names no substance, has a subject of its own that is another noun
    phrase ("Social media can be toxic", "Mixing cleaning products raises the risk…") rather than the topic, a pointer
    back at it, a generic use of it, or nothing (an imperative, "Over time, …")."""
    part = hit.start
    while part > clause_start and doc[part - 1].text != ",":
        part -= 1
    words = _subject_words(doc, part, hit.start, lists)
    if not words and doc[hit.start].lower_ in lists.use_gerunds:
        # the pattern holds its subject: "Mixing bleach and … dangerous"
        words = _subject_words(doc, hit.start, hit.end, lists)
    if words and words[0] in lists.subject_verbs and part > clause_start:
        first = clause_start
        while first < part and doc[first].text != ",":
            first += 1
        words = _subject_words(doc, clause_start, first, lists)  # "Social media, sadly, can be toxic"
    if not words or words[0] in lists.non_subject_leads:
        return False
    if all(w in RISK_MODIFIERS for w in words):
        return False  # the risk's own modifiers, as a list item opens: "…; rare but severe liver injury"
    part_end = hit.end
    while part_end < clause_end and doc[part_end].text not in (",", ";", ":", ".", "!", "?", "—", "–"):
        part_end += 1
    if any(w in lists.subject_pointers or w in lists.reporting_subject_verbs for w in words) or any(
            w in lists.subject_pointers for w in _subject_words(doc, hit.start, part_end, lists)):
        return False  # "Taking it daily …", "Doctors warn of …", "Regulators have not authorised it"
    subject = []
    for w in words:
        if w in lists.subject_verbs:
            break
        subject.append(w)
    while subject and subject[0] in lists.use_gerunds:
        subject = subject[1:]  # "Mixing them", "Taking large doses", "Mixing" alone
    if subject and subject[0] in lists.non_subject_leads:
        return False  # "Stopping after a year of daily use …"
    head_end = next((i for i, w in enumerate(subject) if i and w in lists.non_subject_leads), len(subject))
    subject = subject[:head_end]  # the head before its modifiers: "Stopping suddenly after months of use", "people who quit"
    last = len(subject) - 1
    return any(w not in lists.generic_subject_words and w not in lists.own_subject_words
               and not (i < last and len(w) > 4 and w.endswith("ed"))  # a participle before the head: "Powdered leaf"
               for i, w in enumerate(subject))


WARNING_STEMS = ("warn", "caution", "advis", "alert")
OBJECT_ENDS = (",", ";", ":", ".", "!", "?", "—", "–", "(")


def _foreign_warned_object(doc: Doc, hit, clause_end: int, lists: WordLists, other_starts: list[int]) -> bool:
    """Whether a warning at `hit`, in a clause that names no substance, warns of another thing: "The FDA has warned
    about acetaminophen overdoses", "The FDA warns against tianeptine", "The FDA warns against using expired
    sunscreen". Its object after "about"/"against" (warned_about), up to a comma or a preposition, counts for the
    topic only when it is a pointer, a generic use or the topic's own forms ("against it", "about its risks",
    "against using these products", "against daily use")."""
    if hit.end < clause_end and doc[hit.end].lower_ in lists.warned_about:
        cue = hit.end
    elif doc[hit.end - 1].lower_ in lists.warned_about and hit.end - 1 > hit.start:
        cue = hit.end - 1
    else:
        return False
    if not any(t.lower_.startswith(WARNING_STEMS) for t in doc[hit.start:cue]):
        return False
    if other_starts and _starting_in(other_starts, other_starts, cue + 1, min(clause_end, cue + 3)):
        return True
    end = cue + 1
    while end < clause_end and doc[end].text not in OBJECT_ENDS and not (
            end > cue + 1 and doc[end].lower_ in lists.non_subject_leads):
        end += 1
    words = _subject_words(doc, cue + 1, end, lists)
    while words and words[0] in lists.use_gerunds:
        words = words[1:]  # "against using it", "against taking expired pills"
    if not words or any(w in lists.subject_pointers for w in words):
        return False
    last = len(words) - 1
    return any(w not in lists.generic_subject_words and w not in lists.own_subject_words
               and not (i < last and len(w) > 4 and w.endswith("ed"))
               for i, w in enumerate(words))


def _subject_words(doc: Doc, start: int, end: int, lists: WordLists) -> list[str]:
    """The lowered words in [start, end), leading openers ("And", "Sadly") left out."""
    words = [t.lower_ for t in doc[start:end]
             if t.is_alpha or (not t.is_punct and any(c.isalpha() for c in t.text)) or t.lower_ in ("'s", "’s")]
    while words and words[0] in lists.subject_openers and not (words[0] == "what" and len(words) > 1):
        words = words[1:]
    return words


def _advised_partners(doc: Doc, hit, in_clause: list[Span], lists: WordLists) -> set[int]:
    """The starts of the partners (alcohol, opioids, sedatives) named after the risk at `hit` in a comma part of
    advice about the topic: the part opens (over ``advice_openers``) with an imperative (``advice_leads``; "do" only
    before a negator) and names the topic by a pronoun (``topic_pronouns``) before the partner: "There are rare
    reports of liver injury, so do not mix it with alcohol", "Interactions are common, so ask before taking it with
    alcohol". Such a partner is an object of the advice, not what the risk is said of."""
    advised = set()
    for m in in_clause:
        if m.kb_id_ != "partner" or m.start < hit.end:
            continue
        comma = m.start - 1
        while comma >= hit.end and doc[comma].text != ",":
            comma -= 1
        if comma < hit.end:
            continue
        j = comma + 1
        while j < m.start and doc[j].lower_ in lists.advice_openers:
            j += 1
        if j >= m.start or doc[j].lower_ not in lists.advice_leads:
            continue
        if doc[j].lower_ == "do" and doc[j + 1].lower_ not in NEGATORS:
            continue  # "…, and so do opioids"
        if any(doc[k].lower_ in lists.topic_pronouns for k in range(j + 1, m.start)):
            advised.add(m.start)
    return advised


# What may open a sentence before its subject: "The", "Plain acetaminophen …" is not covered, "But acetaminophen" is.
OPENING_WORDS = {"the", "but", "and", "also", "meanwhile", "however", "then", "now", "so"}


def _substance_mentions(doc: Doc) -> list[Span]:
    """The mentions of substances, partners left out, listed once per Doc."""
    found = doc.user_data.get("claimcheck.requirement.substance_mentions")
    if found is None:
        found = doc.user_data["claimcheck.requirement.substance_mentions"] = [
            m for m in mentions_of(doc) if m.kb_id_ != "partner"]
    return found


def _starting_in(spans: list[Span], starts: list[int], low: int, high: int) -> list[Span]:
    """The spans (sorted by start, `starts` their starts) that start in [low, high)."""
    return spans[bisect_left(starts, low):bisect_left(starts, high)]


# --------------------------------------------------------------------------- concepts


class Concepts:
    """Every concept's phrases and patterns, compiled once; ``hits`` finds affirmed ones."""

    def __init__(self, env: Environment, lists: WordLists):
        self.env = env
        self.lists = lists
        self.make = env.phrases.words
        self.phrases = env.phrases.matcher("NORM")
        self.after_mention = env.phrases.matcher("NORM")
        self.patterns = GatedMatcher(env.nlp, env.phrases, env.gates)
        self.exceptions = env.phrases.matcher("NORM")
        self.minimizers = env.phrases.matcher("NORM")
        self.dismissers = env.phrases.matcher("NORM")
        self.answered_no = env.phrases.matcher("NORM")
        self.filler: dict[str, set[str]] = {}
        self.unless: dict[str, set[str]] = {}
        self.defined: dict[str, str] = {}  # concept -> origin of its definition
        self.key_of: dict[str, int] = {}  # concept -> its key in the phrase lists (the hash of its name)
        self.name_of: dict[int, str] = {}  # the reverse, looked up once per match instead of the StringStore
        self.dismisser_words: set[str] = set()  # one-word dismissers of every concept ("overblown", "myth")
        self.risk_headings = {" ".join(h.lower().split()) for h in env.book.lexicons.get("table-risk-headings", [])}

    def define(self, name: str, spec: dict, origin: str) -> None:
        book = self.env.book
        if name in self.defined:
            raise RuleFileError(origin.rsplit(":", 1)[0], getattr(spec, "line", 0),
                                f"concept {name!r} is defined twice (first at {self.defined[name]})")
        self.defined[name] = origin
        key = self.key_of[name] = self.env.nlp.vocab.strings.add(name)
        self.name_of[key] = name
        make = self.make
        lists = {"phrases": self.phrases, "after_mention": self.after_mention, "except": self.exceptions,
                 "minimizers": self.minimizers, "dismissers": self.dismissers, "answered_no": self.answered_no}
        for key, matcher in lists.items():
            phrases = book.lexicon(spec.get(key), origin)
            if phrases:
                matcher.add(name, list(phrases))
        for pattern in spec.get("patterns") or []:
            self.patterns.add_checked(name, lemma_patterns_to_norm(pattern)[0], origin, f"concept {name!r}")
        self.filler[name] = {make(w)[0].norm_ for w in book.lexicon(spec.get("filler"), origin) if w.strip()}
        self.dismisser_words |= {w.lower() for w in book.lexicon(spec.get("dismissers"), origin) if " " not in w.strip()}
        self.unless[name] = set(spec.get("unless", DEFAULT_UNLESS))

    def _candidates(self, doc: Doc) -> list[Hit]:
        name_of = self.name_of
        found = [Hit(name_of[m], s, e) for m, s, e in self.phrases(doc)]
        found += [Hit(key, start, end) for key, start, end in self.patterns(doc)]
        after_mention = self.after_mention(doc)
        if after_mention:
            mention_ends = {m.end for m in _substance_mentions(doc)}
            risk_cells = self._risk_cell_starts(doc)
            for m, s, e in after_mention:
                if s in mention_ends or (s - 1 in mention_ends and doc[s - 1].lower_ in ("'s", "’s")) or s in risk_cells:
                    found.append(Hit(name_of[m], s, e))
        return found

    def _risk_cell_starts(self, doc: Doc) -> set[int]:
        """Where the cells of a table's risk column start ("| Kratom | Dependence |" under "| Herb | Main risk |"):
        a risk word opening such a cell is said of the row's substance, as one right after its name is."""
        starts = set()
        for row in table_rows(doc, doc.user_data.get("claimcheck.text") or doc.text):
            for (start, end), heading in zip(row.cells, row.heading):
                first = next((i for i in range(start, end) if not doc[i].is_space), None)
                if first is not None and heading in self.risk_headings:
                    starts.add(first)
        return starts | self._risk_item_starts(doc)

    def _risk_item_starts(self, doc: Doc) -> set[int]:
        """Where the short lines under a risk heading start ("## Risks" or "Side effects:" on a line of its own, then
        "- Dependence", "- Nausea"): a risk word opening such an item is said of the document's topic, as one in a
        table's risk column is. The items run to the first line of more than ``RISK_ITEM_WORDS`` words."""
        text = doc_text(doc)
        lines = re.split(f"[\n{BLOCK_BREAK}]", text)
        starts, offset, under, offsets = set(), 0, False, None
        for line in lines:
            words = line.strip(" \t#*_-+•>").rstrip(": ").lower().split()
            if not words:
                pass
            elif " ".join(words).rstrip(":") in self.risk_headings:
                under = True
            elif under and len(words) <= RISK_ITEM_WORDS:
                if offsets is None:
                    offsets = [t.idx for t in doc]
                i = bisect_left(offsets, offset)
                while i < len(doc) and doc[i].idx < offset + len(line) and not doc[i].is_alpha:
                    i += 1  # a list marker kept in plain text: "- Dependence", "1. Dependence"
                if i < len(doc) and doc[i].idx < offset + len(line):
                    starts.add(i)
            else:
                under = False
            offset += len(line) + 1
        return starts

    def hits(self, doc: Doc) -> list[Hit]:
        """Concept matches that affirm their risk, one per concept and sentence position."""
        candidates = self._candidates(doc)
        if not candidates:
            return self._answered_no(doc)
        # by concept key; only the candidates' concepts are kept (minimizers like "no" match everywhere)
        wanted = {self.key_of[hit.concept] for hit in candidates}
        exceptions = [(m, s, e) for m, s, e in self.exceptions(doc) if m in wanted]
        minimizer_ends: dict[int, list[int]] = {}
        for m, s, e in self.minimizers(doc):
            if m in wanted:
                minimizer_ends.setdefault(m, []).append(e)
        dismisser_spans: dict[int, list[tuple[int, int]]] = {}
        for m, s, e in self.dismissers(doc):
            if m in wanted:
                dismisser_spans.setdefault(m, []).append((s, e))
        negations = [cue for cue in context_of(doc).cues if cue.kind == "negation"]
        affirmed, seen = [], set()
        for hit in sorted(candidates, key=lambda h: (h.start, -h.end)):
            if (hit.concept, hit.start) in seen or any(h.concept == hit.concept and h.start <= hit.start < h.end
                                                        for h in affirmed):
                continue
            seen.add((hit.concept, hit.start))
            key = self.key_of[hit.concept]
            if any(c == key and s < hit.end and hit.start < e for c, s, e in exceptions):
                continue
            if self._minimized(doc, hit, minimizer_ends.get(key, ())):
                continue
            if self._dismissed(doc, hit, dismisser_spans.get(key, ())):
                continue
            if self._denied(doc, hit, negations):
                continue
            if _rebutted_report(doc, hit.start, self.dismisser_words):
                continue
            if _reported_then_rebutted(doc, hit, sentence_at(doc, hit.start), self.lists):
                continue
            affirmed.append(hit)
        return affirmed + self._answered_no(doc, negations)

    def _answered_no(self, doc: Doc, negations: list | None = None) -> list[Hit]:
        """`answered_no`: a question answered no says the concept: "Is kratom FDA approved? No." says it is not
        approved. Not a question that is itself negated ("Isn't kratom FDA approved? No.")."""
        found = self.answered_no(doc) if "?" in doc_text(doc) else []
        if not found:
            return []
        context = context_of(doc)
        if negations is None:
            negations = [cue for cue in context.cues if cue.kind == "negation"]
        hits = []
        for m, s, e in found:
            if context.question_state(sentence_at(doc, s)) != "no":
                continue
            if any(cue.scope_start < e and s < cue.scope_end for cue in negations):
                continue
            hits.append(Hit(self.name_of[m], s, e))
        return hits

    def _minimized(self, doc: Doc, hit: Hit, ends) -> bool:
        filler = self.filler.get(hit.concept, set())
        sentence_start = sentence_start_of(doc)[hit.start]
        for end in ends:
            if sentence_start <= end <= hit.start and all(t.norm_ in filler for t in doc[end:hit.start]):
                return True
        return False

    @staticmethod
    def _dismissed(doc: Doc, hit: Hit, spans) -> bool:
        """A dismisser later in the clause ("the kava liver damage myth", "interactions are
        rare") takes the risk back, unless a negator stands between ("is no myth"); so does
        one that labels the sentence ("Myth: kava harms your liver", "Myth #2 - …")."""
        if not spans:
            return False
        sentence = sentence_at(doc, hit.start)
        sentence_end = sentence.end
        for start, end in spans:
            if sentence.start <= start and end < hit.start and all(not t.is_alpha for t in doc[sentence.start:start]):
                label_end = end
                while label_end < hit.start and (doc[label_end].like_num or doc[label_end].text in ("#", "No.")):
                    label_end += 1
                if doc[label_end].text in (":", "-", "—", "–"):
                    return True
        for start, _ in spans:
            if not hit.end <= start < sentence_end or start - hit.end > BACK_DISMISS_REACH:
                continue
            between = doc[hit.end:start]
            if any(t.lower_ in CLAUSE_BREAKS or t.text in SENTENCE_PUNCT or t.text == "," or t.norm_ in NEGATORS
                   for t in between):  # "addiction, a fact sellers call a myth" keeps the risk
                if _dismissed_back(between):
                    return True
                continue
            if start - hit.end <= DISMISS_REACH:
                return True
        return False

    def _denied(self, doc: Doc, hit: Hit, negations: list) -> bool:
        context = context_of(doc)
        unless = self.unless.get(hit.concept, set(DEFAULT_UNLESS))
        sentence = sentence_at(doc, hit.start)
        if "negated" in unless:
            for cue in negations:
                if not (cue.scope_start < hit.end and hit.start < cue.scope_end):
                    continue
                if cue.start < hit.end and hit.start < cue.end:
                    continue  # the negation is part of the concept ("has not been studied", "cannot legally")
                if cue.end <= hit.start:  # forward cue: only close ones, not across a comma or colon
                    between = doc[cue.end:hit.start]  # ("don't mix them: together they raise the risk")
                    if len(between) > NEGATION_REACH or any(t.text in (",", ":") for t in between):
                        continue
                return True
            if context.question_state(sentence) == "no":
                return True
        kinds = context.kinds_over(hit.start, hit.end)
        if "conditional" in unless and "conditional" in kinds:
            return True
        if "attributed" in unless and "distancing" in kinds:
            return True
        if "question" in unless and context.question_state(sentence) == "open":
            return True
        return False


# ------------------------------------------------------------------- use-together frames


class UseTogether:
    """Finds sentences where two members (substances or partners) are used together."""

    def __init__(self, spec: dict, env: Environment, origin: str, clauses: Clauses):
        book = env.book
        make = env.phrases.words
        self.vocab = env.nlp.vocab
        self.clauses = clauses
        where = origin.rsplit(":", 1)[0]
        self.substances = set(spec.get("substances") or [])
        self.partners = set(spec.get("partners") or [])
        unknown = [s for s in self.substances if s not in env.knowledge.substances]
        unknown += [p for p in self.partners if p not in env.knowledge.partners]
        if unknown:
            raise RuleFileError(where, getattr(spec, "line", 0), f"used_together names unknown substance(s) {unknown}")
        self.joint = env.phrases.matcher("NORM")
        self.joint.add("joint", list(book.lexicon(spec.get("joint"), origin)))
        self.linking = env.phrases.matcher("NORM")
        self.linking.add("linking", list(book.lexicon(spec.get("linking"), origin)))

        def cue_matcher(words, key: str):
            matcher = env.phrases.matcher("NORM")
            cues = book.lexicon(words, origin)
            if cues:
                matcher.add(key, list(cues))
            return matcher

        def first_norms(words) -> set[str]:
            return {make(w)[0].norm_ for w in book.lexicon(words, origin) if w.strip()}

        self.not_joint = cue_matcher(spec.get("not_joint"), "not_joint")
        added_to = spec.get("added_to") or {}
        self.added_to = cue_matcher(added_to.get("cues"), "added_to")
        self.adding_verbs = first_norms(added_to.get("verbs"))
        # "regulars order both in one evening": a joint cue of one occasion, with a verb of taking before it
        occasions = spec.get("occasions") or {}
        self.occasions = cue_matcher(occasions.get("cues"), "occasion")
        self.occasion_verbs = first_norms(occasions.get("verbs"))
        # "drink kava after your kratom", "a kava shell before a beer": an order in time joins two members only when
        # the left one is taken (a verb of taking or a serving next to it) and the right one ends its phrase
        # ("kava was used before alcohol arrived", "after kava, kratom is our best seller" join nothing)
        ordered = spec.get("ordered") or {}
        self.ordered = cue_matcher(ordered.get("cues"), "ordered")
        self.ordered_verbs = first_norms(ordered.get("verbs"))
        self.ordered_servings = first_norms(ordered.get("servings"))
        self.ordered_followers = first_norms(ordered.get("followed_by"))
        self.ordered_apart = first_norms(ordered.get("apart"))
        self.right_stop = first_norms(spec.get("right_stop"))
        self.filler = first_norms(spec.get("filler"))
        self.not_a_use = {make(w)[0].norm_ for w in book.lexicon(spec.get("partner_not_before"), origin)}
        self.not_a_partner = {make(w)[-1].norm_ for w in book.lexicon(spec.get("partner_not_after"), origin)}
        self.not_linking_after = {make(w)[0].norm_ for w in book.lexicon(spec.get("linking_not_after"), origin)}
        self.relating_verbs = {make(w)[0].norm_ for w in book.lexicon(spec.get("relating_verbs"), origin)}
        # "my cousin quit heroin with kratom", "got off methadone with kratom": the left member is what is left
        # behind, the right one the means; a substitution, not a use together (``leaving``)
        leaving = spec.get("leaving") or {}
        self.leaving_verbs = {tuple(t.norm_ for t in make(w)) for w in book.lexicon(leaving.get("verbs"), origin) if w.strip()}
        self.leaving_filler = {make(w)[0].norm_ for w in book.lexicon(leaving.get("filler"), origin) if w.strip()}
        self.leaving_longest = max((len(v) for v in self.leaving_verbs), default=0)
        self.use_verbs = {make(w)[0].norm_ for w in book.lexicon(spec.get("use_verbs"), origin) if w.strip()}
        self.use_forms = {make(w)[0].norm_ for w in book.lexicon(spec.get("use_forms"), origin) if w.strip()}
        # one product holding two substances uses them together: "each gummy contains amanita extract and kava root"
        self.contain_verbs = {make(w)[0].norm_ for w in book.lexicon(spec.get("contain_verbs"), origin) if w.strip()}
        self.contain_forms = self.use_forms | {make(w)[0].norm_ for w in book.lexicon(spec.get("contain_parts"), origin)
                                               if w.strip()}
        self.use_schedule = [tuple(t.lower_ for t in make(w)) for w in book.lexicon(spec.get("use_schedule"), origin) if w.strip()]
        # "While tapering off oxycodone, I take kratom": one member in a state of use (``concurrent``)
        concurrent = spec.get("concurrent") or {}
        words = lambda key: {make(w)[0].norm_ for w in book.lexicon(concurrent.get(key), origin) if w.strip()}
        self.concurrent_cues = words("cues")
        self.concurrent_lead = words("lead")
        self.concurrent_states = words("states")
        self.concurrent_after = words("after")
        self.concurrent_verbs = words("verbs") | self.use_verbs
        self.concurrent_cue_hashes = [numpy.uint64(self.vocab.strings.add(w)) for w in sorted(self.concurrent_cues)]
        self.tapering = {make(w)[0].norm_ for w in ("tapering", "weaning", "coming", "taper")}  # "tapering off X"
        self.then_hash = numpy.uint64(self.vocab.strings.add("then"))
        self.plus_hash = numpy.uint64(self.vocab.strings.add("+"))
        # signs that join a pair into one serving: "kava + kratom", "kratom x kava", "kava & kratom = …"
        self.sign_hashes = [numpy.uint64(self.vocab.strings.add(sign)) for sign in sorted(PAIR_SIGNS | AND_SIGNS)]
        self.measured = bool(spec.get("measured", True))
        self.max_gap = int(spec.get("max_gap", 4))
        self.max_left = int(spec.get("max_left", 8))
        self._is_quantity: dict[int, bool] = {}  # ORTH hash -> has a digit or is like_num ("2", "two")
        # the members' ids and the partner mark as hashes, to compare with the mentions' label and kb_id
        strings = self.vocab.strings
        self.substance_keys = {strings.add(s) for s in self.substances}
        self.sequence_cue_hashes = [numpy.uint64(strings.add(word)) for word in sorted(SEQUENCE_CUES)]
        self.partner_keys = {strings.add(p) for p in self.partners}
        self.partner_mark = strings.add("partner")
        # alcohol named by a drink that is no name of it ("your favorite cocktail", "a glass of red", "a few
        # shots"): members of a use-together frame only (``drinks``), not mentions
        drinks = spec.get("drinks") or {}
        self.drink_partner = drinks.get("partner", "alcohol")
        if drinks and self.drink_partner not in self.partners:
            raise RuleFileError(where, getattr(spec, "line", 0), f"used_together drinks name unknown partner {self.drink_partner!r}")
        self.drinks = env.phrases.matcher("NORM")
        named = list(book.lexicon(drinks.get("names"), origin)) if drinks else []
        counted = list(book.lexicon(drinks.get("counted"), origin)) if drinks else []
        if named or counted:
            self.drinks.add("drink", named + counted)
        self.counted_drinks = {make(w)[-1].norm_ for w in counted if w.strip()}
        self.drink_counts = {make(w)[0].norm_ for w in book.lexicon(drinks.get("counts"), origin) if w.strip()}
        self.drink_not_after = {make(w)[-1].norm_ for w in book.lexicon(drinks.get("not_after"), origin) if w.strip()}
        self.drink_followers = {make(w)[0].norm_ for w in book.lexicon(drinks.get("followed_by"), origin) if w.strip()}
        self.drink_hashes = [numpy.uint64(strings.add(make(w)[-1].lower_)) for w in named + counted if w.strip()]
        self.drink_label = strings.add(self.drink_partner)
        self.holders = {make(w)[0].norm_ for w in book.lexicon(spec.get("holders"), origin) if w.strip()}
        self.pair_openers = {t.norm_ for w in book.lexicon(spec.get("pair_openers"), origin) if w.strip() for t in make(w)}
        self.both_not_after = {make(w)[0].norm_ for w in book.lexicon(spec.get("both_not_after"), origin) if w.strip()}
        self.both_hash = numpy.uint64(strings.add("both"))
        warning = spec.get("warning_answers") or {}
        self.warning_openings = tuple(w.strip().lower() for w in book.lexicon(warning.get("openings"), origin) if w.strip())
        self.warning_not = tuple(w.strip().lower() for w in book.lexicon(warning.get("not"), origin) if w.strip())
        self.the_mix = env.phrases.matcher("NORM")
        the_mix = list(book.lexicon(spec.get("added_to_mix"), origin))
        if the_mix:
            self.the_mix.add("the_mix", the_mix)
        self.the_mix_hashes = [numpy.uint64(strings.add(make(w)[-1].lower_)) for w in the_mix if w.strip()]

    def members(self, doc: Doc) -> list[Span]:
        """Mentions that can be half of a combination ('opioid receptors' is not an opioid)."""
        members = []
        for mention in mentions_of(doc):
            if mention.kb_id == self.partner_mark:
                if mention.label not in self.partner_keys:
                    continue
                if mention.end < len(doc) and doc[mention.end].norm_ in self.not_a_use:
                    continue
                if mention.start > 0 and doc[mention.start - 1].norm_ in self.not_a_partner:
                    continue  # "a virgin mojito"
            elif mention.label not in self.substance_keys:
                continue
            members.append(mention)
        if self.drink_hashes and self._cue_positions(doc, self.drink_hashes):
            members = self._with_drinks(doc, members)
        return members

    def _with_drinks(self, doc: Doc, members: list[Span]) -> list[Span]:
        """The members and, among them, the drinks that name alcohol in a use ('pair it with your favorite
        cocktail', 'kava and a glass of red', 'a couple of shots'). Not a drink named by what it is made of or
        without ('a kava cocktail', 'an alcohol-free cocktail'), one that goes on to a noun ('a cocktail of
        kavalactones', 'shots of ginger', 'cocktail sauce'), nor a counted drink without a count ('kava shots')."""
        taken = {i for m in mentions_of(doc) for i in range(m.start, m.end)}
        ends = {m.end for m in mentions_of(doc)}
        found = []
        for _, start, end in self.drinks(doc):
            if any(i in taken for i in range(start, end)) or start in ends:
                continue
            before = doc[start - 1].norm_ if start > 0 else ""
            if before in self.drink_not_after or before in self.not_a_partner:
                continue
            if end < len(doc) and doc[end].is_alpha and doc[end].norm_ not in self.drink_followers:
                continue
            if doc[end - 1].norm_ in self.counted_drinks:
                count = before
                if count == "of" and start > 1:
                    count = doc[start - 2].norm_  # "a couple of shots"
                if count not in self.drink_counts:
                    continue
            found.append(Span(doc, start, end, label=self.drink_label, kb_id=self.partner_mark))
        if not found:
            return members
        return sorted(members + found, key=lambda m: m.start)

    def _key(self, a: str, b: str) -> str | None:
        if a == b or (a in self.partners and b in self.partners):
            return None
        return "+".join(sorted((a, b)))

    def _right_members(self, doc: Doc, cue_end: int, sentence: Span, by_start: dict[int, Span]) -> list[Span]:
        """Members right after a linking cue, over filler words ('with a glass of wine'),
        and those coordinated with them ('alongside alcohol or sleeping pills')."""
        found, i, loose = [], cue_end, 0
        gap = 0
        while i < sentence.end:
            if i in by_start:
                mention = by_start[i]
                found.append(mention)
                i, gap, loose = mention.end, 0, 0
                if i < sentence.end and doc[i].lower_ in ("or", "and", ",", "&", "/"):
                    i += 1
                    continue
                break
            token = doc[i]
            if token.text in SENTENCE_PUNCT or token.text == "," or gap >= self.max_gap or token.norm_ in self.right_stop:
                break
            if token.norm_ not in self.filler:
                loose += 1
                if loose > 1 or not token.is_alpha:
                    break
            gap += 1
            i += 1
        return found

    def mark_warned(self, doc: Doc, frames: list[Frame]) -> list[Frame]:
        """`warning_answers`: a use together asked about and answered with a warning is the warning itself, as a
        negated one is: "What about mixing kava with alcohol? Don't.", "Can I take kratom with my pills? No. Never
        combine them." (the warning opens the answer, or the sentence after a bare no)."""
        if not self.warning_openings or not frames:
            return frames
        questions = context_of(doc).questions
        for frame in frames:
            state = questions.get(frame.sentence_start)
            if frame.negated or state is None:
                continue
            question = sentence_at(doc, frame.sentence_start)
            if question.end >= len(doc):
                continue
            answer = sentence_at(doc, question.end)
            if self._warns(doc, answer):
                frame.negated = True
            elif state == "no" and answer.end < len(doc) and sum(t.is_alpha for t in answer) <= 3:
                after = sentence_at(doc, answer.end)
                if "\n\n" not in doc_text(doc)[answer.end_char:after.start_char] and self._warns(doc, after):
                    frame.negated = True
        return frames

    def _warns(self, doc: Doc, sentence: Span) -> bool:
        said = SPEAKER_LABEL.sub("", doc_text(doc)[sentence.start_char:sentence.end_char].strip(" \n*_").lower(), count=1)
        said = said.replace("’", "'")
        # after a bare no in the same sentence ("No. Don't mix them.": "No." may be read as an abbreviation)
        said = _BARE_NO.sub("", said, count=1) or said
        if said.startswith(self.warning_not):
            return False
        return any(said == o or (said.startswith(o) and not said[len(o):len(o) + 1].isalnum()) for o in self.warning_openings)

    def _added(self, doc: Doc, sentence: Span, cue_start: int, members: list[Span]) -> bool:
        """'to'/'into' joins two members only as 'add <member> to …': an adding verb, then a
        member, then the cue, in one clause."""
        clause_start, _ = self.clauses.around(doc, sentence, cue_start)
        left = [m for m in members if clause_start <= m.start and m.end <= cue_start and cue_start - m.end <= self.max_gap]
        if not left:
            return False
        return any(t.norm_ in self.adding_verbs for t in doc[clause_start:left[-1].start])

    def frames(self, doc: Doc, topic_before) -> list[Frame]:
        members = self.members(doc)
        if not members:
            return []
        context = context_of(doc)
        frames: list[Frame] = []
        by_start = {m.start: m for m in members}
        member_starts = [m.start for m in members]
        substance_starts = [m.start for m in _substance_mentions(doc)]

        def add(a: Span | str, b: Span, cue_start: int, cue_end: int, sentence: Span) -> None:
            a_id = a if isinstance(a, str) else a.label_
            key = self._key(a_id, b.label_)
            if key is None:
                return
            points = [cue_start, cue_end, b.start, b.end] + ([] if isinstance(a, str) else [a.start, a.end])
            negated = "negation" in context.kinds_over(cue_start, cue_end)
            frames.append(Frame(key, min(points), max(points), sentence.start, negated))

        not_joint = [(s, e) for _, s, e in self.not_joint(doc)]
        occasion_cues = [(start, end) for _, start, end in self.occasions(doc)]
        if occasion_cues:
            occasion_cues = [(start, end) for start, end in occasion_cues
                             if any(t.norm_ in self.occasion_verbs
                                    for t in doc[self.clauses.around(doc, sentence_at(doc, start), start)[0]:start])]
        for start, end in [(start, end) for _, start, end in self.joint(doc)] + occasion_cues:
            if any(s < end and start < e for s, e in not_joint):
                continue  # "kava and kratom often get lumped together"
            if _confused(doc, start, end):
                continue  # "people mix these two up", "it's easy to mix kava and kratom up"
            if _graded_mixed(doc, start, end):
                continue  # "the evidence ranges from limited (kava) to mixed (kratom)"
            sentence = sentence_at(doc, start)
            if bisect_left(member_starts, sentence.end) - bisect_left(member_starts, sentence.start) < 2:
                # a use together needs two members in the sentence, or "the two" standing for the previous one's
                frame = self._anaphoric(doc, start, end, sentence, members, member_starts, context)
                if frame is not None:
                    frames.append(frame)
                continue
            left, right = self.clauses.around(doc, sentence, start)
            if left > sentence.start and doc[left - 1].text in (":", "—", "–", "--") and start - left <= HEADLINE_REACH:
                head, _ = self.clauses.around(doc, sentence, left - 1)  # "Kava and wine: the perfect pairing"
                named = [m for m in members if head <= m.start and m.end < left]
                covered = {i for m in named for i in range(m.start, m.end)}
                if len(named) >= 2 and all(i in covered or doc[i].norm_ in HEADLINE_JOINERS for i in range(head, left - 1)):
                    left = head
            # a drink that is itself the cue is no second member: "Kava, the Pacific's answer to the cocktail"
            inside = [m for m in _starting_in(members, member_starts, left, right)
                      if m.end <= right and not (m.start < end and start < m.end)]
            if inside and any(t.norm_ in self.relating_verbs for t in doc[max(left, inside[0].start - 3):inside[0].start]):
                continue  # "we reviewed kava and kratom one after the other", "we sold kava and beer on the same night"
            for a, b in combinations(inside, 2):
                add(a, b, start, end, sentence)
        # cue ends with a member starting within reach of `_right_members` ("with", "to" are everywhere)
        in_reach = {start - gap for start in member_starts for gap in range(self.max_gap + 1)}
        cues = [(start, end, False) for _, start, end in self.linking(doc) if end in in_reach]
        cues += [(start, end, True) for _, start, end in self.added_to(doc) if end in in_reach]
        cues += [(start, end, "ordered") for _, start, end in self.ordered(doc) if end in in_reach]
        for start, end, needs_verb in cues:
            ordered = needs_verb == "ordered"
            needs_verb = needs_verb is True
            nearest = bisect_left(member_starts, end)
            sentence = sentence_at(doc, start)
            if member_starts[nearest] >= sentence.end:
                continue
            if start > sentence.start and doc[start - 1].norm_ in self.not_linking_after:
                continue
            if start > sentence.start and doc[start - 1].norm_ in self.holders:
                continue  # a thing that holds or sells them: "a menu with kava and beer", "a fridge stocked with beer"
            if needs_verb and not self._added(doc, sentence, start, members):
                continue
            rights = self._right_members(doc, end, sentence, by_start)
            if not rights:
                continue
            clause_start, _ = self.clauses.around(doc, sentence, start)
            lefts = [m for m in _starting_in(members, member_starts, max(clause_start, start - self.max_left), start)
                     if m.end <= start]
            if ordered:
                if not lefts or not self._taken_in_order(doc, lefts[-1], start, end, rights[0], clause_start, sentence):
                    continue
                rights = rights[:1]
            # "kratom is often confused with kava", "people mix it up with kava": a relating verb, or a
            # relating phrase that ends on the cue, between the left member (or the clause's start) and the cue
            before = doc[lefts[-1].end if lefts else max(clause_start, start - 4):start]
            if any(t.norm_ in self.relating_verbs for t in before) or any(e == start for s, e in not_joint):
                continue
            # "I unwind with a shell of kava and a couple of beers": the cue takes both members it is followed by,
            # coordinated with "and" (not "or"), one of them a partner
            for first, second in zip(rights, rights[1:]):
                if (doc[first.end].lower_ in ("and", "&") and first.end < second.start
                        and self.partner_mark in (first.kb_id, second.kb_id)):
                    add(first, second, start, end, sentence)
            if lefts and lefts[-1].end < len(doc) and doc[lefts[-1].end].norm_ in self.holders:
                lefts = []  # "Kava bars with beer on tap": a place, not the substance taken
            if lefts:
                left: Span | str = lefts[-1]
                if any(t.norm_ in self.relating_verbs for t in doc[max(clause_start, left.start - 3):left.start]):
                    continue  # "compared kratom with opioids", "replace your wine with kava"
                if self.leaving_verbs and self._left_behind(doc, left.start, clause_start):
                    continue  # "my cousin quit heroin with kratom": heroin is left behind, by means of kratom
            elif (headed := self._colon_head(doc, sentence, clause_start, members)) is not None:
                left = headed  # "a kava colada: this same recipe plus a shot of rum"
            else:
                named = substance_starts[bisect_left(substance_starts, sentence.start):bisect_left(substance_starts, sentence.end)]
                if any(s < start or not any(r.start <= s <= r.end + 1 for r in rights) for s in named):
                    # the sentence names a substance before the cue: the current topic is not the other half;
                    # nor one after it apart from the cue's members ("while on oxycodone, patients should not
                    # use kratom": ``_concurrent`` reads that; "with a cup of Red Borneo kratom tea" is one)
                    continue
                topic = topic_before(sentence.start)
                if topic not in self.substances:
                    continue
                left = topic
            for right_member in rights:
                add(left, right_member, start, end, sentence)
        if self.use_verbs:
            frames.extend(self._coordinated(doc, members, by_start, context))
        frames.extend(self._in_sequence(doc, members, by_start))
        if self.concurrent_cues:
            frames.extend(self._concurrent(doc, members, by_start, context))
        frames.extend(self._then_sequence(doc, members, by_start, context))
        frames.extend(self._plus_pair(doc, by_start))
        frames.extend(self._taking_both_back(doc, members, member_starts, context))
        frames.extend(self._never_both(doc, members, by_start))
        if self.measured:
            frames.extend(self._measured(doc, members))
        if self.the_mix_hashes and frames and self._cue_positions(doc, self.the_mix_hashes):
            frames.extend(self._added_to_the_mix(doc, members, frames, context))
        return frames

    def _taken_in_order(self, doc: Doc, left: Span, cue: int, cue_end: int, right: Span, floor: int, sentence: Span) -> bool:
        """'Drink kava after your kratom', 'a kava shell before a beer', 'a beer after their kratom': the left
        member is taken (a verb of taking or a serving right before it, over filler words, or a serving right
        after it), only filler and servings stand between it and the cue, and the right member ends its phrase
        (punctuation, a time or a preposition next, over forms and servings). Not 'kava was used in the Pacific
        before alcohol arrived', 'kratom is used after opioids are stopped'."""
        between = doc[left.end:cue]
        if any(t.norm_ not in self.ordered_servings and t.norm_ not in self.use_forms for t in between):
            return False
        if any(t.norm_ in self.ordered_apart for t in doc[floor:cue]):
            return False  # "wait a day after a shell of kava before any alcohol": spaced apart, not taken together
        # the second is a serving of its own ("after your kratom", "before a beer"), not a phase of life with a bare
        # name ("people take kratom after opioids to ease withdrawal", "after his last opioid")
        lead = doc[cue_end:right.start]
        if not len(lead) or any(t.norm_ not in self.filler for t in lead):
            return False
        i, taken = left.start, bool(between)
        while not taken and i > floor and left.start - i <= self.max_gap:
            token = doc[i - 1]
            if token.norm_ in self.ordered_verbs or token.norm_ in self.ordered_servings:
                taken = True
            elif token.norm_ not in self.filler:
                break
            i -= 1
        if not taken:
            return False
        j = right.end
        while j < sentence.end and j - right.end < 3 and (doc[j].norm_ in self.use_forms or doc[j].norm_ in self.ordered_servings):
            j += 1
        return j >= sentence.end or not doc[j].is_alpha or doc[j].norm_ in self.ordered_followers

    def _left_behind(self, doc: Doc, start: int, floor: int) -> bool:
        """Is the member at token `start` the object of a verb of leaving something behind ('quit', 'kicked',
        'got off', 'broke free from'), over determiners only ('quit his oxycodone with kratom')? Not over a gerund:
        'stopped taking kratom with my oxycodone' says the two were taken together."""
        i = start
        while i > floor and doc[i - 1].norm_ in self.leaving_filler:
            i -= 1
        for n in range(1, self.leaving_longest + 1):
            if i - n >= floor and tuple(doc[k].norm_ for k in range(i - n, i)) in self.leaving_verbs:
                return True
        return False

    def _added_to_the_mix(self, doc: Doc, members: list[Span], frames: list[Frame], context) -> list[Frame]:
        """'We drink kava with a couple of beers. Some nights I add a little kratom to the mix.': an adding verb,
        a member and 'to'/'into'/'in' before a word for the combination ('the mix', 'the stack') join that member
        to each half of the last use-together frame of the three sentences before. Not 'add honey to the mix' (no
        member), nor a mix no frame named before ('Kava is a root. Add kratom to the mix?' uses nothing named)."""
        found = []
        starts = sentence_starts(doc)
        for _, start, end in self.the_mix(doc):
            if start == 0 or doc[start - 1].lower_ not in ("to", "into", "in"):
                continue
            sentence = sentence_at(doc, start)
            member = next((m for m in reversed(members) if sentence.start <= m.start and m.end < start), None)
            if member is None or any(doc[i].norm_ not in self.filler for i in range(member.end, start - 1)):
                continue
            clause_start, _ = self.clauses.around(doc, sentence, member.start)
            if not any(t.norm_ in self.adding_verbs for t in doc[max(clause_start, member.start - 4):member.start]):
                continue
            number = bisect_left(starts, sentence.start)
            floor = starts[max(0, number - 3)]
            earlier = [f for f in frames if floor <= f.sentence_start < sentence.start]
            if not earlier:
                continue
            negated = bool(context.kinds_over(start, end) & {"negation"})
            if "conditional" in context.kinds_over(start, end):
                continue
            for part in earlier[-1].key.split("+"):
                key = self._key(member.label_, part)
                if key:
                    found.append(Frame(key, member.start, end, sentence.start, negated))
        return found

    def _colon_head(self, doc: Doc, sentence: Span, clause_start: int, members: list[Span]) -> Span | None:
        """'My friend makes a kava colada: this same recipe plus a shot of rum': a clause after a colon
        or dash that opens by referring back ('this', 'that', 'the same', 'it') describes what the clause
        before it names, so a substance named there, and no other member, is the cue's left half (not "kava: the
        bar next door pours beer", whose clause opens on a thing of its own)."""
        mark = clause_start - 1
        if mark < sentence.start or doc[mark].text not in (":", "—", "–", "--"):
            return None
        opening = [t.lower_ for t in doc[clause_start:min(clause_start + 2, sentence.end)]]
        if not (opening[:1] in (["this"], ["that"], ["it"], ["same"]) or opening == ["the", "same"]):
            return None
        head, _ = self.clauses.around(doc, sentence, mark)
        named = [m for m in members if head <= m.start and m.end <= mark]
        if len({m.label_ for m in named}) != 1 or named[-1].label_ not in self.substances:
            return None
        return named[-1]

    def _anaphoric(self, doc: Doc, start: int, end: int, sentence: Span, members: list[Span],
                   member_starts: list[int], context) -> Frame | None:
        """'Kava and beer are a Friday ritual. Many guests mix the two.': a joint cue right next to a
        word for the pair ('mix the two', 'combine both', 'take them together', 'a combination of
        the two') uses together the two members of the sentence before, if it names exactly two.
        Not 'mix them' ('them' may be anything) nor a negated or conditional cue ('never mix the
        two' names no risk, and 'if you combine the two' uses nothing)."""
        after = [t.lower_ for t in doc[end:min(end + 3, sentence.end)]]
        if after[:1] == ["of"]:
            after = after[1:]
        before = [t.lower_ for t in doc[max(sentence.start, start - 2):start]]
        together = doc[start:end].text.lower() == "together"
        # "Kratom and kava are sold here. Regulars stack them.": a bare "them" only for a pair that opens
        # the sentence before as its subject, with nothing else named there, and nothing named here
        # ("mix them into juice", "pair them with snacks": each with a third thing; "mix them up")
        them = (after[:1] == ["them"] and not together
                and not {"up", "with", "into", "in", "apart", "out", "down"} & {t.lower_ for t in doc[end + 1:min(end + 4, sentence.end)]})
        spread = None  # the pair named one member a sentence, over the two sentences before
        if them:
            previous = sentence_at(doc, sentence.start - 1) if sentence.start else None
            if previous is None or _starting_in(members, member_starts, sentence.start, sentence.end):
                return None
            if not self._opens_with_pair(doc, previous, members, member_starts):
                # "Kratom lifts you. Kava calms you. Better yet, combine them.": only opening words before the cue
                # ("We sell cups and capsules; combine them" names its own pair)
                spread = self._spread_pair(doc, sentence, members, member_starts)
                if spread is None or not self._opened_plainly(doc, sentence.start, start):
                    return None
                if {"on", "onto"} & {t.lower_ for t in doc[end + 1:min(end + 4, sentence.end)]}:
                    return None  # "stack them on the shelf"
        if not (them or after[:1] in (["both"],) or after[:2] in (["the", "two"], ["these", "two"], ["those", "two"],
                                                           ["the", "pair"])
                or (together and (before[-1:] in (["them"], ["both"]) or before[-2:] == ["the", "two"]))):
            return None
        if sentence.start == 0 or context.kinds_over(start, end) & {"negation", "conditional"}:
            return None
        previous = sentence_at(doc, sentence.start - 1)
        named = _starting_in(members, member_starts, previous.start, previous.end)
        labels = sorted({m.label_ for m in named})
        if len(labels) != 2:
            labels = spread or self._spread_pair(doc, sentence, members, member_starts)
            if labels is None or not self._opened_plainly(doc, sentence.start, start):
                return None  # "Kava is sold in bags. Kratom in tins. We ship them together.": shipped, not used
        key = self._key(*labels)
        if key is None:
            return None
        return Frame(key, start, end, sentence.start)

    def _taking_both_back(self, doc: Doc, members: list[Span], member_starts: list[int], context) -> list[Frame]:
        """'Kratom lifts you up. Kava calms you down. Take both for a balanced evening.': a verb of taking
        right before 'both' ('both of them'), in a sentence that names no member, takes the pair named in the
        sentence before (or one member a sentence over the two before, with only opening words before the
        verb), as 'take kratom and kava' does. Not 'take both separately', 'take both seriously', nor a
        negated or conditional verb, nor 'both' that opens a pair after it ('we drink both: kava and beer')."""
        frames = []
        for b in self._cue_positions(doc, [self.both_hash]):
            if b == 0 or doc[b - 1].norm_ not in self.use_verbs:
                continue
            sentence = sentence_at(doc, b)
            if sentence.start == 0 or _starting_in(members, member_starts, sentence.start, sentence.end):
                continue
            after = [t.norm_ for t in doc[b + 1:min(b + 5, sentence.end)]]
            if self.both_not_after & set(after):
                continue
            if context.kinds_over(b - 1, b + 1) & {"negation", "conditional"}:
                continue
            previous = sentence_at(doc, sentence.start - 1)
            labels = sorted({m.label_ for m in _starting_in(members, member_starts, previous.start, previous.end)})
            if len(labels) != 2:
                labels = self._spread_pair(doc, sentence, members, member_starts)
                if labels is None or not self._opened_plainly(doc, sentence.start, b - 1):
                    continue
            key = self._key(*labels)
            if key is not None:
                frames.append(Frame(key, b - 1, b + 1, sentence.start))
        return frames

    def _never_both(self, doc: Doc, members: list[Span], by_start: dict[int, Span]) -> list[Frame]:
        """'Choose kava or kratom, never both', 'kava or beer, but not both': two members offered as a choice, then
        'never'/'not' 'both', warn against the pair as 'never mix kava and kratom' does (a negated frame; not
        'kava or kratom, or both')."""
        frames = []
        by_end = {m.end: m for m in members}
        for b in self._cue_positions(doc, [self.both_hash]):
            i = b - 1
            if i < 0 or doc[i].lower_ not in ("never", "not"):
                continue
            i -= 1
            if i >= 0 and doc[i].lower_ in ("but", "and"):
                i -= 1
            if i < 0 or doc[i].text not in (",", ";", "—", "–"):
                continue
            j = i
            while j > 0 and j not in by_end and i - j < 3 and doc[j - 1].norm_ in self.use_forms:
                j -= 1  # "kava or kratom tea, never both"
            right = by_end.get(j)
            if right is None or right.start < 2 or doc[right.start - 1].lower_ != "or":
                continue
            left = by_end.get(right.start - 1)
            if left is None:
                continue
            key = self._key(left.label_, right.label_)
            if key:
                frames.append(Frame(key, left.start, b + 1, sentence_at(doc, b).start, True))
        return frames

    def _opened_plainly(self, doc: Doc, low: int, high: int) -> bool:
        """Whether the words before a cue are only opening words, verbs of use and the word for the pair
        ("Better yet, combine them", "Many customers use them together"): any other word may name what the
        pair word stands for, or what is done with it ("We ship them together", "We sell cups and lids; mix them")."""
        return all(t.norm_ in self.pair_openers or t.norm_ in self.use_verbs or t.lower_ in PAIR_WORDS for t in doc[low:high])

    def _spread_pair(self, doc: Doc, sentence: Span, members: list[Span], member_starts: list[int]) -> list[str] | None:
        """'If you need energy, pick kratom. If you need to relax, pick kava. Combine them.': the two sentences
        before, in the same paragraph, each name one member and no other substance, and the members differ."""
        if sentence.start == 0:
            return None
        previous = sentence_at(doc, sentence.start - 1)
        if previous.start == 0:
            return None
        before = sentence_at(doc, previous.start - 1)
        between = doc_text(doc)[doc[before.start].idx:doc[sentence.start].idx]
        if "\n\n" in between or BLOCK_BREAK in between:
            return None  # another paragraph, a heading or a list item: the pair is not what "them" points back at
        substance_starts = [m.start for m in _substance_mentions(doc)]
        labels = []
        for span in (previous, before):
            named = _starting_in(members, member_starts, span.start, span.end)
            if len({m.label_ for m in named}) != 1:
                return None
            others = bisect_left(substance_starts, span.end) - bisect_left(substance_starts, span.start)
            if others > sum(1 for m in named if m.kb_id_ != "partner"):
                return None  # another substance named there may be the other half ("Kratom wakes you, and ashwagandha…")
            labels.append(named[0].label_)
        return sorted(labels) if labels[0] != labels[1] else None

    def _opens_with_pair(self, doc: Doc, sentence: Span, members: list[Span], member_starts: list[int]) -> bool:
        """'Both kratom and kava are …', 'Kava & beer are …': two members coordinated at the sentence's start."""
        named = _starting_in(members, member_starts, sentence.start, sentence.end)
        if len(named) != 2:
            return False
        i = sentence.start
        while i < named[0].start and (not doc[i].is_alpha or doc[i].lower_ == "both"):
            i += 1
        return i == named[0].start and named[1].start == named[0].end + 1 and doc[named[0].end].lower_ in ("and", "&")

    def _coordinated(self, doc: Doc, members: list[Span], by_start: dict[int, Span], context) -> list[Frame]:
        """'Guests drink kava and beer', 'they take kratom and their opioid': a verb of taking, then
        (over filler words) one member, 'and', and (over filler) another, one of them a partner. Not
        'drink kava or beer' (one or the other), nor 'drink kava, and tourists drink beer'."""
        frames = []
        sentence_of = sentence_start_of(doc)
        for member in members:
            sentence_start = sentence_of[member.start]
            i = member.start
            while i > sentence_start and member.start - i < self.max_gap and doc[i - 1].norm_ in self.filler \
                    and doc[i - 1].norm_ not in self.use_verbs and doc[i - 1].lower_ not in ("and", "or", ","):
                i -= 1
            if i > sentence_start and doc[i - 1].text in (",", ":"):
                verb = self._taking_both(doc, i - 1, sentence_start)
                if verb is None:
                    continue
            elif i == sentence_start or (doc[i - 1].norm_ not in self.use_verbs
                                         and doc[i - 1].norm_ not in self.contain_verbs):
                continue
            else:
                verb = i - 1
            contained = doc[verb].norm_ in self.contain_verbs
            j = self._past_schedule(doc, member.end)
            if contained:  # "contains kratom extract and kava root": the part or form after the member
                while j < len(doc) and j - member.end < 2 and doc[j].norm_ in self.contain_forms:
                    j += 1
                if j < len(doc) and doc[j].text == ",":
                    continue  # "contains kratom, and kava is sold apart": a new clause
            if j < len(doc) and doc[j].text == ",":
                j += 1
            if j >= len(doc) or doc[j].lower_ not in ("and", "&", "plus", "+"):
                continue
            j += 1
            if j < len(doc) and (doc[j].norm_ in self.use_verbs or doc[j].norm_ in SECOND_USE_VERBS):
                j += 1  # "I still take my Xanax most nights and have a shell of kava"
            gap = 0
            while j < len(doc) and j not in by_start and gap < self.max_gap and doc[j].norm_ in self.filler \
                    and (doc[j].lower_ not in ("and", "or", ",") or _serving_or_two(doc, j)):
                j += 1
                gap += 1
            other = by_start.get(j)
            if other is None or sentence_of[other.start] != sentence_start:
                continue
            if contained:
                if other.end < len(doc) and doc[other.end].norm_ in self.contain_verbs:
                    continue  # "kava contains kavalactones and kratom contains mitragynine": a clause of its own
                if self.partner_mark in (member.kb_id, other.kb_id):
                    continue  # "the tincture contains kava and alcohol": a solvent, not a drink taken with it
            elif self.partner_mark not in (member.kb_id, other.kb_id):
                continue  # "people take kava and kratom": perhaps each on its own; a joint cue says more
            key = self._key(member.label_, other.label_)
            if key:
                negated = "negation" in context.kinds_over(verb, verb + 1)
                frames.append(Frame(key, verb, other.end, sentence_start, negated))
        return frames

    def _taking_both(self, doc: Doc, mark: int, sentence_start: int) -> int | None:
        """'I've been taking both in the evening, kratom around 6 and a Xanax before bed', 'we drink
        both: kava and beer': a verb of taking with 'both', then (over a few words) the comma or colon at
        ``mark`` that opens the pair. The verb's index, or None."""
        for b in range(mark - 1, max(sentence_start, mark - 6) - 1, -1):
            if doc[b].is_punct:
                return None
            if doc[b].lower_ in ("seriously", "turns", "apart"):
                return None  # "take both seriously", "take both in turns", "take both apart"
            if doc[b].lower_ == "both":
                if b > sentence_start and doc[b - 1].norm_ in self.use_verbs:
                    return b - 1
                return None
        return None

    def _past_schedule(self, doc: Doc, j: int) -> int:
        """Past a product form and a time of day after a member: 'kratom [powder] [in the morning] and …'.
        A form alone is skipped only with a time of day after it ('kratom tea and …' stays as it was)."""
        k = j
        while k < len(doc) and k - j < 2 and doc[k].norm_ in self.use_forms:
            k += 1
        for words in self.use_schedule:
            end = k + len(words)
            if end <= len(doc) and all(doc[k + n].lower_ == w for n, w in enumerate(words)):
                return end
        # a clock time: "kratom around 6 and a Xanax before bed", "kava at 7 pm and a beer at 9"
        # (an hour past 12 only with its minutes or am/pm: "took kratom at 19 and oxycodone at 25" are ages)
        if k + 2 < len(doc) and doc[k].lower_ == "at" and doc[k + 1].lower_ in ("around", "about"):
            k += 1  # "kratom at around 5 pm"
        if k + 1 < len(doc) and doc[k].lower_ in ("around", "at", "about", "by") and _clock(doc[k + 1].lower_):
            end = k + 2
            marked = end < len(doc) and doc[end].lower_ in ("am", "pm", "a.m.", "p.m.", "o'clock", "o’clock")
            if marked or _clock(doc[k + 1].lower_, twelve=True):
                return end + 1 if marked else end
        return j

    def _in_sequence(self, doc: Doc, members: list[Span], by_start: dict[int, Span]) -> list[Frame]:
        """'After two shells of kava, we headed to the bar for a few beers': a sentence that opens
        with 'after' and a measured serving of one member, then, past a comma, takes a serving of
        another ('a few beers', 'some wine'). Not 'after two years of kava, I quit beer' (a span
        of time), 'after a cup of kava, alcohol tastes flat' (no serving of the second), nor a
        second member after a stop word or a relating verb ('never touched beer', 'swapped beer for tea')."""
        frames = []
        # Only the sentences opening within three tokens before a cue word can open with it: the
        # cue words found in the token table (a Token per sentence start was most of the cost)
        lowers = token_table(doc)[:, LOWER]
        found = sorted(i for word in self.sequence_cue_hashes for i in (lowers == word).nonzero()[0].tolist())
        if not found:
            return frames
        starts = sentence_starts(doc)
        candidates = dict.fromkeys(start for position in found
                                   for start in starts[bisect_left(starts, position - 3):bisect_right(starts, position)])
        for start in candidates:
            cue = start
            while cue < len(doc) and not doc[cue].is_alpha and cue - start < 3:
                cue += 1  # a list marker or an opening quote
            if cue >= len(doc) or doc[cue].lower_ not in SEQUENCE_CUES:
                continue
            sentence = sentence_at(doc, cue)
            left = next((m for m in members if cue < m.start < sentence.end), None)
            if left is None or left.start - cue - 1 > self.max_gap:
                continue
            lead = doc[cue + 1:left.start]
            served = self._quantity_before(doc, left.start, cue + 1) or any(t.lower_ in SEQUENCE_SERVINGS for t in lead)
            if (not served or any(t.lower_ in SEQUENCE_NOT_UNITS for t in lead)
                    or any(t.text in SENTENCE_PUNCT or t.text == "," for t in lead)):
                continue
            if left.end < sentence.end and doc[left.end].lower_ in SUBJECT_PRONOUNS:
                comma = left.end - 1  # no comma: "After a round of kava we head to the pub for a few beers"
            else:
                comma = next((t.i for t in doc[left.end:sentence.end] if t.text == ","), None)
                if comma is None or any(t.text != "," for t in doc[left.end:comma] if t.is_punct):
                    continue
            for i in range(comma + 1, sentence.end):
                token = doc[i]
                if i in by_start and i > comma + 1:
                    right = by_start[i]
                    if doc[i - 1].norm_ in self.filler and doc[i - 1].text != ",":
                        key = self._key(left.label_, right.label_)
                        if key:
                            frames.append(Frame(key, cue, right.end, sentence.start))
                    break
                if (token.text in SENTENCE_PUNCT or token.norm_ in self.right_stop or token.norm_ in NEGATORS
                        or token.norm_ in self.relating_verbs):
                    break
        return frames

    def _cue_positions(self, doc: Doc, hashes) -> list[int]:
        """Where any of these words (LOWER hashes) stands, from the token table (no walk over Tokens)."""
        lowers = token_table(doc)[:, LOWER]
        return sorted(i for word in hashes for i in (lowers == word).nonzero()[0].tolist())

    def _use_verb_before(self, doc: Doc, start: int, floor: int, verbs: set[str]) -> int | None:
        """The verb of taking right before a member (over filler words and 'on': 'dosing kratom',
        'kept drinking a glass of wine', 'lean on kratom'), or None."""
        i, gap = start, 0
        while i > floor and gap <= self.max_gap:
            token = doc[i - 1]
            if token.norm_ in verbs:
                return i - 1
            if token.norm_ not in self.filler and token.lower_ != "on" or token.lower_ in ("and", "or"):
                return None
            i -= 1
            gap += 1
        return None

    def _concurrent(self, doc: Doc, members: list[Span], by_start: dict[int, Span], context) -> list[Frame]:
        """'While tapering off oxycodone, I take kratom every evening', 'during my first week on
        temazepam I kept drinking kava', 'I use kratom to get through my oxycodone taper', 'I kept
        drinking beer while I was on kratom': a cue of time ('while', 'during', 'get through') then,
        over a few words, one member in a state of use (on it, taking it, tapering off it, its taper),
        and in the same sentence a verb of taking another. Not a concessive 'while kava is legal, …'
        (no state of use), 'while off oxycodone', nor a negated or avoided use ('I never touched
        kratom', 'avoid drinking alcohol')."""
        frames = []
        found = self._cue_positions(doc, self.concurrent_cue_hashes)
        if not found:
            return frames
        for cue in found:
            if doc[cue].lower_ == "through" and (cue == 0 or doc[cue - 1].lower_ not in ("get", "gets", "getting", "got")):
                continue
            sentence = sentence_at(doc, cue)
            i, lead = cue + 1, []
            while i < sentence.end and i not in by_start and len(lead) < 7 and doc[i].norm_ in self.concurrent_lead:
                lead.append(doc[i].norm_)
                i += 1
            first = by_start.get(i)
            if first is None:
                continue
            after = doc[first.end].norm_ if first.end < sentence.end else ""
            if not (self.concurrent_states & set(lead) or after in self.concurrent_after):
                continue
            if "off" in lead and not (self.tapering & set(lead)):
                continue  # "while off oxycodone" uses none of it
            end = first.end + (1 if after in self.concurrent_after else 0)
            for other in members:
                if not (sentence.start <= other.start < sentence.end) or cue <= other.start < end:
                    continue
                key = self._key(first.label_, other.label_)
                if key is None:
                    continue
                floor = end if other.start >= end else sentence.start
                verb = self._use_verb_before(doc, other.start, floor, self.concurrent_verbs)
                if verb is None:
                    continue
                before = [t.norm_ for t in doc[max(sentence.start, verb - 2):verb]]
                if (context.kinds_over(verb, verb + 1) & {"negation", "conditional"} or NEGATORS & set(before)
                        or AVOIDING & set(before)):
                    continue
                frames.append(Frame(key, min(cue, verb), max(end, other.end), sentence.start))
        return frames

    def _then_sequence(self, doc: Doc, members: list[Span], by_start: dict[int, Span], context) -> list[Frame]:
        """'I mix up a shell of kava and then head out for a couple of glasses of wine': a serving of
        one member, 'then' (after 'and' or a comma), and further on a serving of another. Not 'now
        and then', 'back then', nor a member after a stop word ('then skip the wine')."""
        frames = []
        for then in self._cue_positions(doc, [self.then_hash]):
            if then == 0 or doc[then - 1].lower_ not in ("and", ",") or (then > 1 and doc[then - 2].lower_ in ("now", "every")):
                continue  # not "now and then", "every now and then"
            sentence = sentence_at(doc, then)
            lefts = [m for m in members if sentence.start <= m.start and m.end <= then - 1
                     and self._served(doc, m.start, sentence.start)]
            if not lefts:
                continue
            left = lefts[-1]
            if any(t.norm_ in NEGATORS or t.norm_ in self.relating_verbs for t in doc[sentence.start:left.start]):
                continue
            if context.kinds_over(then, then + 1) & {"negation", "conditional"}:
                continue
            for i in range(then + 1, sentence.end):
                token = doc[i]
                if i in by_start:
                    right = by_start[i]
                    if i - 1 > then and doc[i - 1].norm_ in self.filler and self._served(doc, i, then + 1):
                        key = self._key(left.label_, right.label_)
                        if key:
                            frames.append(Frame(key, left.start, right.end, sentence.start))
                    break
                if (token.text in SENTENCE_PUNCT or token.norm_ in self.right_stop or token.norm_ in NEGATORS
                        or token.norm_ in self.relating_verbs or token.norm_ in AVOIDING):
                    break
        return frames

    def _served(self, doc: Doc, start: int, floor: int) -> bool:
        """A serving or a number among the few words before a member: 'a shell of', 'two glasses of'."""
        lead = doc[max(floor, start - 4):start]
        return (self._quantity_before(doc, start, floor) or any(t.lower_ in SEQUENCE_SERVINGS for t in lead)) \
            and not any(t.lower_ in SEQUENCE_NOT_UNITS for t in lead)

    def _plus_pair(self, doc: Doc, by_start: dict[int, Span]) -> list[Frame]:
        """'Kratom + beer weekend', 'Kava + Kratom "Trainwreck"', 'kratom x kava': two members joined by a sign,
        or by '&'/'and' when the pair is summed ('kava & kratom = bliss'), in a sentence that compares nothing
        ('kava + kratom: the differences'). Negated when the sign or a joint cue of its sentence is ('never mix
        kava + kratom')."""
        frames = []
        context = None
        by_end = {m.end: m for m in by_start.values()}
        for plus in self._cue_positions(doc, self.sign_hashes):
            left = by_end.get(plus)
            right = by_start.get(plus + 1)
            if left is None or right is None:
                continue
            # two substances joined by a sign ("Kava + Kratom \"Trainwreck\"", "kratom x kava") are a blend as a
            # partner's are; "&" is only "and", a use when the pair is summed ("Kava & kratom = bliss")
            if doc[plus].lower_ in AND_SIGNS and not (right.end < len(doc) and doc[right.end].text in SUM_SIGNS):
                continue
            sentence = sentence_at(doc, plus)
            if any(t.lower_ in COMPARING for t in sentence):
                continue
            key = self._key(left.label_, right.label_)
            if key:
                if context is None:
                    context = context_of(doc)
                # "Never mix kava + kratom.", "Kava + kratom flights, never mixed in one cup": the sign or a
                # joint cue of its sentence denied
                negated = "negation" in context.kinds_over(plus, plus + 1) or any(
                    sentence.start <= start and end <= sentence.end and "negation" in context.kinds_over(start, end)
                    for _, start, end in self.joint(doc))
                frames.append(Frame(key, left.start, right.end, sentence.start, negated))
        return frames

    def _quantity_before(self, doc: Doc, start: int, floor: int) -> bool:
        """A number ("2", "1.5oz", "two") among the three tokens before `start`, none before `floor`. Not a clock
        time: show notes' and video chapters' timestamps ("12:40 — why kava beats Xanax") measure nothing."""
        is_quantity = self._is_quantity
        for orth in token_table(doc)[max(floor, start - 3):start, ORTH].tolist():
            if orth not in is_quantity:
                lexeme = self.vocab[orth]
                is_quantity[orth] = (any(ch.isdigit() for ch in lexeme.orth_) or lexeme.like_num) \
                    and not _CLOCK_TIME.fullmatch(lexeme.orth_)
            if is_quantity[orth]:
                return True
        return False

    def _measured(self, doc: Doc, members: list[Span]) -> list[Frame]:
        """Recipe lines: '2 oz kava, 1 oz aged rum' mixes what it measures, and so does an
        ingredient list, a run of short lines that each start with a quantity."""
        sentence_of = sentence_start_of(doc)
        starts = sentence_starts(doc)
        is_line: dict[int, bool] = {}  # sentence number -> whether it is an ingredient line

        def line(number: int) -> bool:
            if number not in is_line:
                start = starts[number]
                end = starts[number + 1] if number + 1 < len(starts) else len(doc)
                is_line[number] = end - start <= MAX_INGREDIENT_LINE and self._quantity_before(doc, start + 3, start)
            return is_line[number]

        def in_list(number: int) -> bool:
            """An ingredient line next to another: a list, not one short sentence that opens with a
            number ("10 Reasons to Choose Kava Over Wine")."""
            return line(number) and ((number > 0 and line(number - 1)) or (number + 1 < len(starts) and line(number + 1)))

        # a member further into a line of an ingredient list is measured by the line's quantity too:
        # "- 4 tbsp medium-grind kava root powder" (the number is more than three tokens back)
        by_line: set[int] = set()  # starts of the members measured only by their line
        measured = []
        for m in members:
            if self._quantity_before(doc, m.start, sentence_of[m.start]):
                measured.append(m)
            elif in_list(bisect_left(starts, sentence_of[m.start])):
                measured.append(m)
                by_line.add(m.start)
        if len(measured) < 2:
            return []

        def group(sentence_start: int) -> int:
            """The start of the run of ingredient lines ending with this sentence, if it is one."""
            first = bisect_left(starts, sentence_start)
            while first > 0 and line(first) and line(first - 1):
                first -= 1
            return starts[first]

        by_group: dict[int, list[Span]] = {}
        for mention in measured:
            by_group.setdefault(group(sentence_of[mention.start]), []).append(mention)
        frames = []
        for measured in by_group.values():
            for a, b in combinations(measured, 2):
                if (a.start in by_line or b.start in by_line) and sentence_of[a.start] == sentence_of[b.start]:
                    continue  # one line's quantity measures one ingredient
                key = self._key(a.label_, b.label_)
                if key:
                    frames.append(Frame(key, min(a.start, b.start), max(a.end, b.end), sentence_of[b.start]))
        return frames


# ------------------------------------------------------------------- mentions in passing


def _serving_or_two(doc: Doc, i: int) -> bool:
    """'a shell or two of kava': an 'or' between a serving and a number is part of the amount."""
    return (doc[i].lower_ == "or" and 0 < i < len(doc) - 1 and doc[i - 1].lower_ in SEQUENCE_SERVINGS
            and doc[i + 1].lower_ in ("two", "three", "so"))


def _clock(word: str, twelve: bool = False) -> bool:
    """'6', '6pm', '7:30', '10am': an hour of the day (with ``twelve``, a bare number only up to 12)."""
    digits = word.removesuffix("am").removesuffix("pm")
    hours, _, minutes = digits.partition(":")
    if not hours.isdigit() or not 1 <= int(hours) <= 24 or (minutes and not (minutes.isdigit() and len(minutes) == 2)):
        return False
    return not twelve or int(hours) <= 12 or digits != word or bool(minutes)


class InPassing:
    """Mentions that name a substance without discussing it: right after a cue ("unlike
    kratom", "we don't sell kava"), over filler, or coordinated with such a mention
    ("no kratom, kava or amanita products"); or joined by a hyphen to a ``likeness`` word that
    makes the name a colour or shape ("a kava-coloured sauce", "a mushroom-shaped lamp")."""

    def __init__(self, spec: dict, env: Environment, origin: str, lists: WordLists):
        make = env.phrases.words
        self.lists = lists
        self.cues = env.phrases.matcher("NORM")
        self.cues.add("in_passing", list(env.book.lexicon(spec.get("cues"), origin)))
        self.filler = {make(w)[0].norm_ for w in env.book.lexicon(spec.get("filler"), origin) if w.strip()}
        self.likeness = {w.strip().lower() for w in env.book.lexicon(spec.get("likeness"), origin) if w.strip()}
        self.list_leads = env.phrases.matcher("NORM")
        leads = env.book.lexicon(spec.get("list_leads"), origin)
        if leads:
            self.list_leads.add("list_lead", list(leads))
        self.list_filler = {make(w)[0].norm_ for w in env.book.lexicon(spec.get("list_filler"), origin) if w.strip()}
        self.out_of_scope = env.phrases.matcher("NORM")
        scope_cues = env.book.lexicon(spec.get("out_of_scope"), origin)
        if scope_cues:
            self.out_of_scope.add("out_of_scope", list(scope_cues))
        self.back_references = {make(w)[0].norm_ for w in env.book.lexicon(spec.get("back_references"), origin) if w.strip()}
        self.business = {make(w)[0].norm_ for w in env.book.lexicon(spec.get("business"), origin) if w.strip()}

    def business_starts(self, doc: Doc, mentions: list[Span]) -> set[int]:
        """Mentions that name a business, not the substance: the word right after is a business noun ("it
        used to be a kava lounge", "a kratom vendor took over the kiosk"). ``finish`` lets one such mention
        alone in a document pass as named in passing."""
        if not self.business:
            return set()
        return {m.start for m in mentions if m.end < len(doc) and doc[m.end].norm_ in self.business}

    def _likeness(self, doc: Doc, mention: Span) -> bool:
        """'kava-coloured', 'kratom-green': the mention only describes what the hyphen joins it to."""
        end = mention.end
        return (bool(self.likeness) and end + 1 < len(doc) and doc[end].text == "-"
                and not doc[end].whitespace_ and not doc[end - 1].whitespace_
                and doc[end + 1].lower_ in self.likeness)

    def starts(self, doc: Doc, mentions: list[Span]) -> set[int]:
        alike = {mention.start for mention in mentions if self._likeness(doc, mention)}
        likened = likened_starts(doc)
        # "Kratom aside, most of these herbs are gentle": set aside at the head of its sentence
        sentence_of = sentence_start_of(doc)
        aside = {m.start for m in mentions if m.end + 1 < len(doc) and doc[m.end].lower_ == "aside"
                 and doc[m.end + 1].text == "," and all(not t.is_alpha for t in doc[sentence_of[m.start]:m.start])}
        return (alike | aside | {m.start for m in mentions if m.start in likened} | self._after_cues(doc, mentions)
                | self._in_excluding_list(doc, mentions) | self._set_out_of_scope(doc, mentions))

    def _set_out_of_scope(self, doc: Doc, mentions: list[Span]) -> set[int]:
        """Mentions a document sets aside for other coverage: in a sentence that says so ("Kratom is
        outside the scope of this guide"), or in the sentence before one that opens by pointing back
        at them and names nothing ("Readers ask about kratom and kava. Those deserve their own
        articles.")."""
        if not mentions:
            return set()
        cue_starts = [s for _, s, _ in self.out_of_scope(doc)]
        if not cue_starts:
            return set()
        sentence_of = sentence_start_of(doc)
        starts = sentence_starts(doc)
        mentioned_in = {sentence_of[m.start] for m in mentions}
        scoped = set()
        for cue in cue_starts:
            sentence = sentence_of[cue]
            scoped.add(sentence)
            first = next((t for t in doc[sentence:cue] if not t.is_space and not t.is_punct), None)
            number = bisect_right(starts, sentence) - 1
            if (sentence not in mentioned_in and number > 0 and first is not None
                    and first.norm_ in self.back_references):
                scoped.add(starts[number - 1])
        return {m.start for m in mentions if sentence_of[m.start] in scoped}

    def _in_excluding_list(self, doc: Doc, mentions: list[Span]) -> set[int]:
        """'None of our products contain:' / 'Free from:' followed by short list lines ('kratom, kava',
        'St. John's wort'): every line of a list whose lead-in line (ending with a colon) excludes what
        follows names its items in passing. The list runs over short lines up to the next colon line
        or the first line of prose."""
        if not mentions:
            return set()
        lead_ends = [e for _, _, e in self.list_leads(doc)]
        if not lead_ends:
            return set()
        sentence_of = sentence_start_of(doc)
        starts = sentence_starts(doc)
        bounds = list(zip(starts, starts[1:] + [len(doc)]))
        passing: set[int] = set()
        in_list: set[int] = set()  # sentence starts of excluded list lines
        leads = {sentence_of[e - 1] for e in lead_ends}
        for number, (start, end) in enumerate(bounds):
            if start not in leads:
                continue
            words = [t for t in doc[start:end] if not t.is_space]
            if not words or words[-1].text != ":":
                continue
            # the exclusion governs the list: only filler between it and the colon ("None of our products
            # contain:", "What you'll never find in our gummies:"), not "We never use fillers in these:"
            colon = words[-1].i
            if not any(start < e <= colon and all(t.is_space or t.norm_ in self.list_filler for t in doc[e:colon])
                       for e in lead_ends):
                continue
            for item_start, item_end in bounds[number + 1:]:
                item = [t for t in doc[item_start:item_end] if not t.is_space]
                if (not item or len(item) > MAX_LIST_ITEM or item[-1].text in (":", "?")
                        or "\n" not in doc[item_start:item_end].text_with_ws):
                    break
                in_list.add(item_start)
        if in_list:
            passing = {m.start for m in mentions if sentence_of[m.start] in in_list}
        return passing

    def _limited_sale(self, doc: Doc, cue_end: int, mention: Span, mentions: list[Span]) -> bool:
        """'we don't serve kava before noon', 'we never sell kratom or kava to anyone under 21': a refusal to sell
        with a limit after its mentions (over the coordinated ones) sells the substance otherwise."""
        if doc[cue_end - 1].lower_ not in self.lists.refused_sale_verbs:
            return False
        sentence_of = sentence_start_of(doc)
        named = {i for m in mentions for i in range(m.start, m.end)}
        i = mention.end
        while i < len(doc) and sentence_of[i] == sentence_of[mention.start] and (doc[i].norm_ in self.filler or i in named):
            i += 1
        return i < len(doc) and sentence_of[i] == sentence_of[mention.start] and doc[i].lower_ in self.lists.sale_limits

    def _after_cues(self, doc: Doc, mentions: list[Span]) -> set[int]:
        cue_ends = {e for _, _, e in self.cues(doc)}
        if not cue_ends:
            return set()
        ordered_cue_ends = sorted(cue_ends)
        passing: set[int] = set()
        previous_end = None
        sentence_of = sentence_start_of(doc)
        for mention in mentions:
            floor = sentence_of[mention.start]
            if previous_end is None:
                nearest = bisect_left(ordered_cue_ends, floor)
                if nearest == len(ordered_cue_ends) or ordered_cue_ends[nearest] > mention.start:
                    continue  # no cue between its sentence start and it for the walk below to reach
            i = mention.start
            while i > floor and i not in cue_ends and i != previous_end and doc[i - 1].norm_ in self.filler:
                i -= 1
            if i in cue_ends and self._limited_sale(doc, i, mention, mentions):
                previous_end = None
            elif i in cue_ends or (previous_end is not None and floor < previous_end == i):
                passing.add(mention.start)
                previous_end = mention.end
            else:
                previous_end = None
        return passing


# ------------------------------------------------------------------------ the rule kind


class RequirementRules:
    def __init__(self, rules, env: Environment):
        self.env = env
        # the English word lists of the clause tests (WordLists), from requirements.yaml's lexicons
        self.lists = WordLists.of(env.book.lexicons)
        self.concepts = Concepts(env, self.lists)
        self.clauses = Clauses(env)
        self.rules: list[CompiledRule] = []
        self.combination_words = env.phrases.matcher("NORM")
        # Things, not in the knowledge base, that carry the same risks ("comfrey has been linked to
        # liver damage", "phenibut is addictive"): a risk said of one is not said of the topic.
        self.other_subjects = env.phrases.matcher("NORM")
        self._other_subject_lists: set[tuple] = set()
        self._in_passing_by_lists: dict[tuple, InPassing] = {}
        references: list[tuple[str, str]] = []
        for rule in rules:
            requirements = []
            for spec in rule.spec.get("requires") or []:
                name = spec.get("concept")
                if not name:
                    raise RuleFileError(rule.origin.rsplit(":", 1)[0], getattr(spec, "line", 0),
                                        f"rule {rule.id!r}: each requirement needs a 'concept'")
                if spec.get("phrases") or spec.get("patterns") or spec.get("after_mention"):
                    self.concepts.define(name, spec, rule.origin)
                else:
                    references.append((name, rule.origin))
                requirements.append(Requirement(name, spec.get("says", name), spec.get("add", "")))
            when = rule.spec.get("when") or {}
            compiled = CompiledRule(rule, requirements)
            if "used_together" in when:
                compiled.together = UseTogether(when["used_together"], env, rule.origin, self.clauses)
                words = env.book.lexicon(when["used_together"].get("combination_words"), rule.origin)
                if words:
                    self.combination_words.add("words", list(words))
            else:
                mentions = when.get("mentions")
                mentions = (mentions,) if isinstance(mentions, str) else tuple(mentions or ())
                unknown = [m for m in mentions if m not in env.knowledge.substances]
                if not mentions or unknown:
                    raise RuleFileError(rule.origin.rsplit(":", 1)[0], getattr(rule.spec, "line", 0),
                                        f"rule {rule.id!r}: 'when' needs 'mentions' (known substance ids) or "
                                        f"'used_together'" + (f"; unknown: {unknown}" if unknown else ""))
                compiled.mentions = mentions
                others = tuple(env.book.lexicon(when.get("other_subjects"), rule.origin))
                if others and others not in self._other_subject_lists:
                    self._other_subject_lists.add(others)
                    self.other_subjects.add("other", list(others))
                if when.get("in_passing"):
                    compiled.in_passing = self._in_passing(when["in_passing"], rule.origin)
            self.rules.append(compiled)
        for name, origin in references:
            if name not in self.concepts.defined:
                raise RuleFileError(origin.rsplit(":", 1)[0], 0, f"concept {name!r} is used but never defined")

    def _in_passing(self, spec: dict, origin: str) -> InPassing:
        """Rules with the same in_passing lists share one InPassing, so it runs once per Doc."""
        book = self.env.book
        lists = tuple(tuple(book.lexicon(spec.get(key), origin))
                      for key in ("cues", "filler", "likeness", "list_leads", "list_filler", "out_of_scope", "back_references",
                                 "business"))
        if lists not in self._in_passing_by_lists:
            self._in_passing_by_lists[lists] = InPassing(spec, self.env, origin, self.lists)
        return self._in_passing_by_lists[lists]

    # -- per chunk

    def check(self, doc: Doc, state: DocumentState):
        substance_mentions = _substance_mentions(doc)
        mention_starts = [m.start for m in substance_mentions]
        previous_topic = state.last_substance
        aside = set_aside_mentions(doc)  # "Unlike kratom, it is …": a pronoun never stands for "kratom"

        def topic_before(index: int) -> str | None:
            i = bisect_left(mention_starts, index)
            while i and substance_mentions[i - 1].start in aside:
                i -= 1
            return substance_mentions[i - 1].label_ if i else previous_topic

        frames: list[Frame] = []
        for compiled in self.rules:
            if compiled.together is not None:
                frames.extend(compiled.together.mark_warned(doc, compiled.together.frames(doc, topic_before)))
        frames.sort(key=lambda f: f.start)
        self._record_frames(doc, frames, state)
        self._record_hits(doc, self.concepts.hits(doc), frames, topic_before, state)
        labels = [m.label_ for m in substance_mentions]
        substances_named = set(labels)
        passing: set[int] = set()
        passing_starts: dict[int, set[int]] = {}  # id of an InPassing -> its starts (rules may share one)
        business: set[int] = set()
        for compiled in self.rules:
            finder = compiled.in_passing
            if finder is None or substances_named.isdisjoint(compiled.mentions):
                continue
            if id(finder) not in passing_starts:
                passing_starts[id(finder)] = finder.starts(doc, substance_mentions)
            starts = passing_starts[id(finder)]
            passing |= {m.start for m, label in zip(substance_mentions, labels)
                        if m.start in starts and label in compiled.mentions}
            named = [m for m, label in zip(substance_mentions, labels) if label in compiled.mentions]
            business |= finder.business_starts(doc, named)
        for mention, label in zip(substance_mentions, labels):
            if mention.start in passing:  # "unlike kratom" does not discuss kratom
                pass
            elif mention.start in business:  # "a kava lounge": counted, discussed only if named so again
                state.business_mentions[label] = state.business_mentions.get(label, 0) + 1
            else:
                state.mentioned.add(label)
            if label not in state.first_mention:
                state.first_mention[label] = (state.offset + mention.start_char, state.offset + mention.end_char)
        topics = [m for m in substance_mentions if m.start not in aside]
        if topics:
            state.last_substance = topics[-1].label_
        return []

    def _record_frames(self, doc: Doc, frames: list[Frame], state: DocumentState) -> None:
        for frame in frames:
            span = doc[frame.start:frame.end]
            state.combinations.setdefault(frame.key, (state.offset + span.start_char, state.offset + span.end_char))
            if frame.negated:  # "never mix kava with alcohol" is the warning itself
                for requirement in self._combination_requirements():
                    state.satisfied.setdefault(requirement, set()).add(frame.key)

    def _combination_requirements(self) -> set[str]:
        return {r.concept for c in self.rules if c.together is not None for r in c.requirements}

    def _record_hits(self, doc: Doc, hits: list[Hit], frames: list[Frame], topic_before, state: DocumentState) -> None:
        if not hits:
            if frames:  # a later chunk's "the two" still means this chunk's last combination
                state.last_combination = frames[-1].key
            return
        combination_concepts = self._combination_requirements()
        sentence_of = sentence_start_of(doc)
        word_sentences = {sentence_of[s] for _, s, _ in self.combination_words(doc)}
        mentions = mentions_of(doc)
        mention_starts = [m.start for m in mentions]
        other_starts = sorted(s for _, s, _ in self.other_subjects(doc))
        likened = likened_starts(doc)
        last_combination = getattr(state, "last_combination", None)
        frame_index = 0
        for hit in sorted(hits, key=lambda h: h.start):
            sentence = sentence_at(doc, hit.start)
            while frame_index < len(frames) and frames[frame_index].sentence_start <= sentence.start:
                last_combination = frames[frame_index].key
                frame_index += 1
            named = [m.label_ for m in _starting_in(mentions, mention_starts, sentence.start, sentence.end)]
            clause_start, clause_end = self.clauses.around(doc, sentence, hit.start)
            in_clause = _starting_in(mentions, mention_starts, clause_start, clause_end)
            if in_clause and in_clause[-1].start > hit.end:
                # "Alcohol is hard on the liver, and kava is a nice alternative": a risk said of its own subject, with
                # the substance only in a later coordinated part, is not said of the substance
                part_end = _coordinated_part_end(doc, hit.end, clause_end)
                if part_end is not None and in_clause[-1].start > part_end:
                    before = [m for m in in_clause if m.start < part_end]
                    if before:
                        in_clause = before
                    elif other_starts and _own_subject_other(doc, hit, clause_start, other_starts):
                        continue  # "Heavy drinking strains the liver, and that is why we love kava"
            if in_clause and hit.concept not in combination_concepts and in_clause[-1].start >= hit.end:
                # "There are rare reports of liver injury, so do not mix it with alcohol": the partner is an
                # object of advice about the topic
                advised = _advised_partners(doc, hit, in_clause, self.lists)
                if advised:
                    in_clause = [m for m in in_clause if m.start not in advised]
                    named = [m.label_ for m in _starting_in(mentions, mention_starts, sentence.start, sentence.end)
                             if m.start not in advised]
            if not in_clause and any(m.label_ == topic_before(sentence.start) and _excluded_later(doc, m)
                                     for m in _starting_in(mentions, mention_starts, clause_end, sentence.end)):
                continue  # "Liver problems have been reported with many herbs, but never with kava": not the topic
            if not in_clause and _foreign_subject(doc, hit, clause_start, clause_end, self.lists):
                continue  # "Social media can be toxic", "Mixing cleaning products raises the risk of toxic fumes"
            if not in_clause and other_starts and _starting_in(other_starts, other_starts, clause_start, hit.start):
                continue  # "Grapefruit juice interacts with many medicines; St. John's wort is gentle"
            if not in_clause and _foreign_warned_object(doc, hit, clause_end, self.lists, other_starts):
                continue  # "The FDA has warned about acetaminophen overdoses" warns of acetaminophen, not the topic
            if in_clause:  # "alcohol is linked to liver damage; kava is gentler" says nothing of kava
                # "opioids cause dependence, kratom doesn't", "… with many herbs, but never with kava": a later mention
                # that denies it or is shut out is excluded
                named = [m.label_ for m in in_clause
                         if not (m.start >= hit.end and (_denies_what_precedes(doc, m) or _excluded_later(doc, m)))]
                if not named:
                    continue
                if all(m.start in likened and m.end <= hit.start for m in in_clause):
                    # "Like opioids, it can cause dependence": said of the compared thing and of the topic
                    topic = topic_before(sentence.start)
                    if topic:
                        named.append(topic)
                elif hit.concept not in combination_concepts and _pronoun_subject_clause(doc, clause_start, clause_end,
                                                                                         hit, in_clause):
                    # "It's an opioid-like plant, people get dependent on it": the partner is compared or an
                    # object, and the risk is said of the clause's pronoun subject, the topic
                    topic = topic_before(clause_start)
                    if topic:
                        named.append(topic)
            if len(set(named)) == 1 and _both_with_pronoun(doc, sentence.start, hit.start, self.lists):
                # "Don't combine it with alcohol; both are hard on the liver": "both" is the named partner and
                # the pronoun, the topic
                topic = topic_before(sentence.start)
                if topic:
                    named.append(topic)
            if not named and other_starts and _starting_in(other_starts, other_starts, clause_start, hit.start):
                continue  # "comfrey has been linked to liver damage" says it of comfrey, not of the topic
            if not named and other_starts and self._other_subject_before(doc, sentence, other_starts, mentions,
                                                                         mention_starts):
                continue  # "Acetaminophen is in many remedies. Taken above the dose it has been linked to liver damage."
            said_of = state.satisfied.setdefault(hit.concept, set())
            if named:
                said_of.update(named)
            else:
                topic = topic_before(sentence.start)
                if topic:
                    said_of.add(topic)
            if hit.concept in combination_concepts:
                said_of.update(f.key for f in frames if f.sentence_start == sentence.start)
                distinct = sorted(set(named))
                said_of.update("+".join(pair) for pair in combinations(distinct, 2))
                if len(distinct) <= 1 and sentence.start in word_sentences:
                    if distinct:
                        said_of.add(distinct[0] + ANY_MEMBER)
                    elif last_combination:
                        said_of.add(last_combination)
        if frames:
            last_combination = frames[-1].key
        state.last_combination = last_combination

    @staticmethod
    def _other_subject_before(doc: Doc, sentence: Span, other_starts: list[int], mentions: list[Span],
                              mention_starts: list[int]) -> bool:
        """The sentence before opens with another risky subject and names no substance: a sentence naming
        nothing continues that subject, not the document's topic."""
        if sentence.start == 0:
            return False
        previous = sentence_at(doc, sentence.start - 1)
        opening = [s for s in _starting_in(other_starts, other_starts, previous.start, previous.end)
                   if all(not doc[i].is_alpha or doc[i].lower_ in OPENING_WORDS for i in range(previous.start, s))]
        return bool(opening) and not _starting_in(mentions, mention_starts, previous.start, previous.end)

    # -- per document

    def finish(self, state: DocumentState):
        findings = []
        knowledge = self.env.knowledge
        for compiled in self.rules:
            rule = compiled.rule
            if compiled.together is not None:
                subjects = [key for key in state.combinations
                            if all(part in compiled.together.substances | compiled.together.partners
                                   for part in key.split("+"))]
            else:
                subjects = [s for s in compiled.mentions
                            if s in state.mentioned or state.business_mentions.get(s, 0) > 1]
            for subject in subjects:
                unmet = [r for r in compiled.requirements if not self._satisfied(r.concept, subject, state)]
                if not unmet:
                    continue
                start, end = (state.combinations if compiled.together is not None else state.first_mention)[subject]
                findings.append(self._finding(rule, subject, unmet, start, end, knowledge))
        return findings

    @staticmethod
    def _satisfied(concept: str, subject: str, state: DocumentState) -> bool:
        said_of = state.satisfied.get(concept, set())
        if subject in said_of:
            return True
        if "+" in subject:
            return any(part + ANY_MEMBER in said_of for part in subject.split("+"))
        return False

    def _finding(self, rule, subject: str, unmet: list[Requirement], start: int, end: int, knowledge) -> Finding:
        parts = sorted(subject.split("+"), key=lambda p: p not in knowledge.substances)  # substances first
        names = [knowledge.substances[p].name if p in knowledge.substances else p for p in parts]
        substance = knowledge.substances.get(subject)
        name = substance.name if substance else " and ".join(names)
        values = {
            "subject": subject,
            "name": name,
            "Name": name[:1].upper() + name[1:],
            "names": " and ".join(names),
            "a": names[0],
            "b": names[-1],
            "A": names[0][:1].upper() + names[0][1:],
        }
        values["missing"] = ", nor ".join(render(r.says, **values) for r in unmet)
        values["add"] = " ".join(render(r.add, **values) for r in unmet)
        references = list(rule.references) or (list(substance.references[:2]) if substance else [])
        return Finding(
            rule=rule.id,
            category=rule.category,  # type: ignore[arg-type]
            scope="document",
            severity=rule.severity,  # type: ignore[arg-type]
            subject=subject,
            start=start,
            end=end,
            message=render(rule.message, **values),
            correction=render(rule.correction, **values),
            references=references,
        )
