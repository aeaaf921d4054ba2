"""What every rule kind shares: the per-document state, context gating, subjects, findings."""
from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field

from spacy.strings import hash_string
from spacy.tokens import Doc, Span

from ..annotate import (TABLE_COLUMNS, context_of, contrasted_sentence, doc_text, mention_starts, mentions_of,
                        other_substance_starts, plain_word, sentence_bounds, sentence_index_of, sentence_start_chars,
                        sentence_start_of, sentence_starts, set_aside_mentions, set_aside_others, token_table)
from ..findings import Finding, Fix
from ..knowledge import Knowledge
from ..matching import Gates
from ..phrase_index import PhraseIndex
from ..product_names import BrandNames
from ..rulebook import Rule, RuleBook

PRONOUN_SUBJECTS = {"it", "this", "they"}
# The plural words that take up what the sentences before named ("Ashwagandha and rhodiola are popular. Both are
# …", "Each of them is …", "All three are …", "These drinks are …", "The tea is …"), when a verb, "of them" or a
# product's noun comes right after them: not "each of us", "these days", "those who", "both my parents", "the streets".
_PLURAL_POINTERS = frozenset({"both", "each", "all", "these", "those"})
_DEFINITE = frozenset({"the", "this", "that", "these", "those", "our", "your"})
# the verbs after a plural pointer, and after "each"
_POINTER_VERBS = frozenset({"are", "were", "have", "had", "can", "could", "will", "would", "may", "might", "must",
                            "should", "do", "contain", "work", "remain", "stay", "seem", "come", "offer", "'re", "’re",
                            "also", "really", "truly", "all", "two", "three", "four", "five"})
_EACH_VERBS = frozenset({"is", "was", "has", "had", "can", "could", "will", "would", "may", "might", "must", "should",
                         "does", "contains", "works", "remains", "stays", "seems", "comes", "offers", "also", "really",
                         "truly", "one"})
_POINTER_OF = frozenset({"them", "these", "those", "the"})
_PRODUCT_NOUNS = frozenset({"drink", "drinks", "tea", "teas", "brew", "brews", "beverage", "beverages", "shot", "shots",
                            "root", "roots", "leaf", "leaves", "plant", "plants", "herb", "herbs", "mushroom",
                            "mushrooms", "gummy", "gummies", "capsule", "capsules", "pill", "pills", "tablet",
                            "tablets", "tincture", "tinctures", "extract", "extracts", "powder", "powders", "product",
                            "products", "supplement", "supplements", "remedy", "remedies", "blend", "blends",
                            "tonic", "tonics", "botanicals", "adaptogens"})


def _hashes(words) -> frozenset[int]:
    return frozenset(hash_string(word) for word in words)


_PRONOUN_HASHES = _hashes(PRONOUN_SUBJECTS)
_PLURAL_HASHES, _DEFINITE_HASHES = _hashes(_PLURAL_POINTERS), _hashes(_DEFINITE)
_POINTER_VERB_HASHES, _POINTER_OF_HASHES = _hashes(_POINTER_VERBS), _hashes(_POINTER_OF)
_EACH, _EACH_VERB_HASHES = hash_string("each"), _hashes(_EACH_VERBS)
_PRODUCT_NOUN_HASHES, _OF = _hashes(_PRODUCT_NOUNS), hash_string("of")
_POINTER_HASHES = _PRONOUN_HASHES | _PLURAL_HASHES | _DEFINITE_HASHES
_NOUN_FOLLOWERS = _POINTER_VERB_HASHES | _EACH_VERB_HASHES | _hashes((",", "—", "–", "(", "taste", "tastes"))


def points_back(lowers: list[int]) -> bool:
    """Does a sentence (its LOWER hashes) point back at what was named before it: "it", "this" or "they"
    anywhere, or a plural pointer or a product noun after a determiner, a verb after them ("Both are …", "Each
    of them is …", "These drinks are …", "The tea is …")?"""
    if _POINTER_HASHES.isdisjoint(lowers):
        return False
    if not _PRONOUN_HASHES.isdisjoint(lowers):
        return True
    last = len(lowers) - 1
    for i, word in enumerate(lowers):
        if i == last:
            break
        following = lowers[i + 1]
        if word in _DEFINITE_HASHES and following in _PRODUCT_NOUN_HASHES and i + 2 <= last and (
                lowers[i + 2] in _NOUN_FOLLOWERS):  # "The tea is …", not "the tea shop is …"
            return True
        verbs = _EACH_VERB_HASHES if word == _EACH else _POINTER_VERB_HASHES
        if word in _PLURAL_HASHES and (following in verbs or (
                following == _OF and i + 2 <= last and lowers[i + 2] in _POINTER_OF_HASHES)):
            return True
    return False


_LOWER = TABLE_COLUMNS.index("LOWER")


@dataclass
class DocumentState:
    """What a document has shown so far, across the chunks it is checked in."""

    offset: int = 0  # character offset of the current chunk in the source
    first_mention: dict[str, tuple[int, int]] = field(default_factory=dict)  # id -> (start, end) chars
    last_substance: str | None = None  # the most recent substance mentioned (for "it", "the plant")
    mentioned: set[str] = field(default_factory=set)
    # id -> mentions that only name a business ("a kava lounge", "a kratom vendor"); one such mention alone
    # does not discuss the substance, two or more do (a kava bar's own page)
    business_mentions: dict[str, int] = field(default_factory=dict)
    satisfied: dict[str, set[str]] = field(default_factory=dict)  # concept -> substance ids it was said of ("*" = any)
    combinations: dict[str, tuple[int, int]] = field(default_factory=dict)  # "a+b" -> first frame (chars)
    last_combination: str | None = None  # the most recent use-together frame ("them" in "keep them apart")


@dataclass
class Environment:
    """What a rule kind needs to compile its rules: the vocabulary, facts and lexicons."""

    nlp: object
    knowledge: Knowledge
    book: RuleBook
    phrases: PhraseIndex  # every phrase list goes here: one pass per Doc for all of them
    gates: Gates  # every GatedMatcher's gates: one pass per Doc for all of them
    brands: BrandNames  # products named by their brand: found once per Doc for the rule kinds that take them


class _Blank(dict):
    def __missing__(self, key):
        return "{" + key + "}"


def render(template: str, **values) -> str:
    return _fill(template, _known(values))


def _known(values: dict) -> _Blank:
    """The values a template may name: a field without one stays as written."""
    return _Blank({key: value for key, value in values.items() if value is not None})


def _fill(template: str, known: _Blank) -> str:
    return template.format_map(known) if template else ""


def _inside_quotes(doc: Doc, sentence_start: int, start: int) -> bool:
    text = doc_text(doc)
    before = text[doc[sentence_start].idx: doc[start].idx]
    opened = before.count("“") > before.count("”") or before.count('"') % 2 == 1
    if opened:
        return True
    # a quotation carried over from the sentence before: 'The sign read, "Elderberry prevents the flu. Guaranteed."'
    # (the second sentence's quote closes with nothing opening it in its sentence)
    sentence_end = sentence_bounds(doc, start)[1]
    last = doc[sentence_end - 1]
    after = text[doc[start].idx:last.idx + len(last.text)]
    straight = before.count('"') + after.count('"')
    return straight % 2 == 1 or before.count("“") + after.count("“") < after.count("”")


def blocked_by_context(doc: Doc, rule: Rule, start: int, end: int, own: tuple[int, int] | None = None) -> bool:
    """True when the hedges, negation, attribution, question or conditional marks on the Doc
    exempt the claim in tokens [start, end) from this rule. Cues inside ``own`` (default: the
    claim itself) are part of the claim's wording ("won't interact with …") and exempt nothing."""
    context = context_of(doc)
    unless = rule.unless
    kinds = context.kinds_over(start, end, own)
    sentence_start, sentence_end = sentence_bounds(doc, start)
    if "negated" in unless and "negation" in kinds:
        return True
    if "hedged" in unless and "hedge" in kinds:
        return True
    if "conditional" in unless and "conditional" in kinds:
        return True
    if "harm" in unless and "harm" in kinds and _affirmed_harm(context, start, end):
        return True
    if "attributed" in unless:
        if "distancing" in kinds:
            return True
        reported = ("report" in kinds or _inside_quotes(doc, sentence_start, start)
                    or context.cues_in(sentence_start, sentence_end, "report"))
        if reported and _rebutted(doc, sentence_start, sentence_end):
            return True
        if reported and _countered(doc, own or (start, end), sentence_start, sentence_end):
            return True  # a reported denial answered "…, vendors claim, but it can."
        if reported and rule.category == "safety" and _harm_after(context, end, sentence_end):
            return True  # a reported risk denial the writer answers with the risk: "…, sellers claim, but it can harm the liver"
        if reported and _spoken(doc, sentence_start, sentence_end, start) and _answered_later(
                doc, rule, own or (start, end), sentence_start):
            return True
    question = context.questions.get(sentence_start)
    if "question" in unless and question == "open" and not _compared_title(doc, sentence_start, sentence_end, end):
        return True
    if "negated" in unless and question == "no":
        return True
    return False


# A comparison's title before a colon, and the question after it: "Maca Root vs Maca Mushroom: Which Is Better?"
# asks which to pick, not whether the title's names are right.
_COMPARING = frozenset({"vs", "vs.", "versus", "or"})
_COMPARISON_QUESTIONS = frozenset({"which", "what", "how", "who"})
_TITLE_VERBS = frozenset({"is", "are", "was", "were", "be", "'s", "’s", "'re", "isn't", "aren't", "does", "do", "did",
                          "can", "could", "should", "would", "will", "has", "have", "really", "actually"})


def _compared_title(doc: Doc, sentence_start: int, sentence_end: int, end: int) -> bool:
    """Does the finding ending at `end` close a verbless comparison title ("X vs Y") before a colon that opens a
    question ("Which is better?")? Only the title's few words are read."""
    colon = next((i for i in range(end, min(end + 2, sentence_end)) if doc[i].text == ":"), None)
    if colon is None or colon + 1 >= sentence_end or colon - sentence_start > 12:
        return False
    if doc[colon + 1].lower_ not in _COMPARISON_QUESTIONS:
        return False
    title = [doc[i].lower_ for i in range(sentence_start, colon)]
    return not _TITLE_VERBS.intersection(title) and bool(_COMPARING.intersection(title))


def _affirmed_harm(context, start: int, end: int) -> bool:
    """A harm cue governs [start, end) and is not itself negated ("no risk of bleeding")."""
    return any(c.kind == "harm" and c.scope_start < end and start < c.scope_end
               and "negation" not in context.kinds_at(c.start) for c in context.cues)


def _harm_after(context, start: int, end: int) -> bool:
    """An affirmed harm cue in [start, end)."""
    return any("negation" not in context.kinds_at(c.start) for c in context.cues_in(start, end, "harm"))


def _rebutted(doc: Doc, sentence_start: int, sentence_end: int) -> bool:
    return (bool(context_of(doc).cues_in(sentence_start, sentence_end, "rebuttal"))
            or _in_next_sentence(doc, sentence_end, "rebuttal"))


def _in_next_sentence(doc: Doc, sentence_end: int, kind: str) -> bool:
    """Does the sentence after the one ending at `sentence_end` hold a cue of `kind`?"""
    if sentence_end >= len(doc):
        return False
    following_end = min(bisect_right(sentence_start_of(doc), sentence_end), len(doc))
    return bool(context_of(doc).cues_in(sentence_end, following_end, kind))


def _countered(doc: Doc, own: tuple[int, int], sentence_start: int, sentence_end: int) -> bool:
    """A reported claim that holds a negation ("doesn't cause dependence", "no withdrawal"), answered by an
    affirmative ellipsis after it in its sentence or in the next ("…, but it can.", "It does.")."""
    context = context_of(doc)
    if context.negators.isdisjoint(range(own[0], own[1])):
        return False
    return bool(context.cues_in(own[1], sentence_end, "counter")) or _in_next_sentence(doc, sentence_end, "counter")


ANSWER_REACH = 40  # sentences after a reported claim that its answer may come in
# The writer approving what was reported before any answer comes ("She's right about that.", "We couldn't agree
# more."): the claim is the writer's too, whatever a later section says.
_APPROVAL = re.compile(r"\b(?:(?:she|he|they|you)(?:'s|’s|'re|’re| is| are) (?:absolutely |quite |so )?(?:right|correct)"
                       r"|(?:we|i) (?:couldn't|couldn’t|could not) agree more|(?:we|i) (?:fully |completely |totally )?agree"
                       r"|spot on|exactly right)\b", re.IGNORECASE)
ANSWER_HEADINGS = 2  # headings an answer may lie past ("## The claim" … "## What the evidence says")
# what a verdict naming no substance points back with: "That is not true.", "There is no evidence for this.",
# "Calling it a safe alternative is simply wrong.", "The science says otherwise."
_BACK_REFERENCES = frozenset({"that", "this", "these", "those", "such", "it", "its", "they", "them", "claim", "claims",
                              "idea", "line", "promise", "promises", "otherwise"})
_REPLY_WORDS = frozenset({"yes", "no", "nope", "yeah", "yep", "nah", "not", "absolutely", "sure", "right", "correct"})
_ANSWER_STOP_WORDS = frozenset({"that", "this", "with", "from", "have", "been", "will", "your", "their", "they",
                                "them", "than", "then", "what", "when", "which", "were", "also", "just", "very"})


# report cues that name who sells or what a thing is, not someone speaking: "Most CBD on the market is …" is the
# writer's own sentence; an answer far off does not set it aside
_SELLER_WORDS = frozenset({"market", "markets", "sellers", "vendors", "marketers", "advertisers", "manufacturers",
                           "retailers", "seller", "vendor", "salesman", "clerk", "customer", "reader", "testimonial",
                           "testimonials", "a", "the", "one"})


def _spoken(doc: Doc, sentence_start: int, sentence_end: int, start: int) -> bool:
    """Whether a claim is clearly someone else's words, as an answer far from it needs: a verb of saying in its
    sentence ("says", "told the committee", "insisted"), or a quotation that is speech, not a quoted term: one that
    opens the sentence, follows a comma or colon ('the sign read, "…"'), or runs on from the sentence before. Not
    a noun ("sellers", "the market") and not scare quotes ('thanks to the "entourage effect"')."""
    context = context_of(doc)
    for cue in context.cues_in(sentence_start, sentence_end, "report"):
        if any(plain_word(t) not in _SELLER_WORDS for t in doc[cue.start:cue.end] if t.is_alpha):
            return True
    text = doc_text(doc)
    first = doc[sentence_start].idx
    before = text[first:doc[start].idx]
    opening = max(before.rfind('"'), before.rfind("“"))
    if opening < 0:
        return _inside_quotes(doc, sentence_start, start)  # a quotation carried over from the sentence before
    lead = before[:opening].rstrip()
    return not lead.strip("*_ ") or lead[-1] in ",:"


# A customer testimonial on a seller's page is the seller's claim, not speech a later line answers: a quotation
# signed with a dash ('"Kratom cured my back pain." — Verified buyer', '"…" - Jess, Ohio'), a star rating, a
# "verified buyer" tag, or a quotation under a reviews heading ("## What our customers say"). Only a later sentence
# about the claim answers it (see _answered_later); the page's required safety line or a results-may-vary
# disclaimer does not.
_DASH_SIGNATURE = re.compile(r"[\"”][*_)\]]*[ \t]*\n?[ \t>]*(?:—|–|--|-)[ \t]*[^\W\d][^\n]*", re.UNICODE)
_SIGNATURE_WORDS = 7  # a signature after the dash is a name and a place or a tag: "— Maria, TX", "— Verified buyer"
# a clause after the dash, not a signature: '"Kratom cured me" — that was the message at the hearing', '"…" — said a
# caller', a news quotation's attribution
_NOT_SIGNATURE = frozenset({"is", "was", "are", "were", "that", "this", "it", "said", "says", "told", "tells", "wrote",
                            "writes", "asked", "added", "claimed", "claims", "testified", "according", "that's", "that’s",
                            "it's", "it’s", "which", "who", "but", "and"})
_RATING_MARKS = re.compile(r"[⭐★]|\bverified (?:buyer|purchase|purchaser|customer|reviewer|review|owner)\b"
                           r"|\b[1-5](?:\.\d)? ?(?:/ ?5\b|out of (?:5|five)\b|stars?\b)", re.IGNORECASE)
_REVIEW_HEADING_WORDS = frozenset({"review", "reviews", "testimonial", "testimonials"})
_CUSTOMER_WORDS = frozenset({"customer", "customers", "client", "clients", "buyer", "buyers", "user", "users"})
_CUSTOMER_HEADING_VERBS = frozenset({"say", "saying", "says", "said", "stories", "story", "love", "think", "results"})
# what a sentence names when it speaks of the testimonials themselves: "Such reviews are not evidence …", "We
# cannot confirm claims like this."
_TESTIMONY_NOUNS = frozenset({"testimonial", "testimonials", "review", "reviews", "story", "stories", "anecdote",
                              "anecdotes", "claim", "claims"})
# a regulator's status or warning ("not approved by the FDA", "the FDA has warned", "have not been evaluated"): the
# page's required safety line and its boilerplate, not an answer to a customer's story
_STATUS_WORDS = frozenset({"approved", "approve", "approves", "warn", "warns", "warned", "warning", "evaluated"})
# what a denial of purpose is followed by: boilerplate, not a denial of the effect
_DISCLAIMED = frozenset({"intended", "meant", "designed"})
REVIEW_HEADING_REACH = 40  # sentences back to the heading a testimonial may sit under
# a review's filler, shared with any later sentence: no sign that the sentence is about the story
_TESTIMONY_STOP_STEMS = frozenset(w[:4] for w in _ANSWER_STOP_WORDS | {
    "best", "ever", "love", "loved", "great", "product", "products", "really", "every", "after", "since", "years",
    "months", "weeks", "would", "could", "about", "much", "more", "stuff", "highly", "recommend", "order", "ordered",
    "shipping", "thank", "thanks", "tried", "taking", "take", "used", "using", "first", "time"})


def _testimonial(doc: Doc, index, number: int, text: str) -> bool:
    """Is sentence `number` (a reported claim) a customer testimonial: its line carries a dash signature after a
    quotation or a rating mark, or it sits under a reviews heading? Called only for a claim about to be set aside
    by a far answer."""
    first, last = index.starts[number], index.ends[number]
    begin = text.rfind("\n", 0, doc[first].idx) + 1
    line_end = text.find("\n", doc[last - 1].idx)
    line_end = len(text) if line_end < 0 else line_end
    following = text.find("\n", line_end + 1)  # the signature may stand on the line below the quotation
    following = len(text) if following < 0 else following
    line = text[begin:line_end]
    if _RATING_MARKS.search(line):
        return True
    for window in (line, text[begin:following]):
        for signature in _DASH_SIGNATURE.finditer(window):
            words = signature.group().lower().split()
            if len(words) <= _SIGNATURE_WORDS + 1 and _NOT_SIGNATURE.isdisjoint(w.strip(".,;:!?") for w in words):
                return True
    for earlier in range(number - 1, max(number - 1 - REVIEW_HEADING_REACH, -1), -1):
        if index.is_heading(earlier):
            words = {plain_word(t) for t in index.words(earlier)}
            return bool(words & _REVIEW_HEADING_WORDS or (words & _CUSTOMER_WORDS and words & _CUSTOMER_HEADING_VERBS))
    return False


def _answered_later(doc: Doc, rule: Rule, claim: tuple[int, int], sentence_start: int) -> bool:
    """A reported claim answered further on, past the next sentence: in a news report, a hearing, a Q&A column or
    a forum thread, what someone said is often answered a few sentences, a paragraph or a section later ("A retired
    electrician told the committee kratom cured his addiction. … The state toxicologist said there is no clinical
    evidence that kratom treats opioid addiction."). A later sentence answers it when it holds
    * a rebuttal ("no evidence", "not true", "isn't supported by"), or
    * for a claim of benefit or identity, a denial whose scope repeats a word of the claim ("turmeric does not cure
      arthritis" answers "… told me turmeric cures arthritis"; "lion's mane is a mushroom, not an herb root"), or
    * for a denied risk, an affirmed harm ("St. John's wort interacts with the pill" answers "… is safe with any
      medication"),
    and is about the claim's substance: one it names, or, naming none but pointing back ("That is not true.",
    "calling it a safe alternative is simply wrong"), the one last named before it. The search
    stops at a "Q:" block (the next question of a column) and after ANSWER_HEADINGS headings; past a heading the
    substance must be named under it (a verdict on raw milk in the next section answers no kratom claim). An
    approving reply ("She's right") holds no rebuttal and answers nothing. Called only for a reported claim that
    would otherwise be flagged, so it reads a few sentences, not the Doc."""
    context = context_of(doc)
    index = sentence_index_of(doc)
    number = int(index.numbers[sentence_start])
    starts, ends = index.starts, index.ends
    denied_risk = rule.category == "safety"  # its claim is itself a denial: a harm answers it, a denial does not
    text = doc_text(doc)
    mentions, mention_at = mentions_of(doc), mention_starts(doc)

    def substances(first: int, last: int, floor: int) -> set[str]:
        """What sentence tokens [first, last) are about: the substances named there, else the last one named
        since `floor`."""
        named = {m.label_ for m in mentions[bisect_left(mention_at, first):bisect_left(mention_at, last)]
                 if m.kb_id_ != "partner"}
        if named:
            return named
        before = [m for m in mentions[bisect_left(mention_at, floor):bisect_left(mention_at, first)]
                  if m.kb_id_ != "partner"]
        return {before[-1].label_} if before else set()

    claimed = substances(starts[number], ends[number], 0)
    if not claimed:
        return False
    claim_start, claim_end = claim
    named = {i for m in mentions[bisect_left(mention_at, claim_start):bisect_left(mention_at, claim_end)]
             for i in range(m.start, m.end)}
    stems = _content_stems(doc[claim_start:claim_end], named, {w[:4] for w in _ANSWER_STOP_WORDS})

    testimonial = _testimonial(doc, index, number, text)
    if testimonial:  # what the customer's story is about: its sentence's words ("cured my panic attacks")
        named |= {i for m in mentions[bisect_left(mention_at, starts[number]):bisect_left(mention_at, ends[number])]
                  for i in range(m.start, m.end)}
        told = _content_stems(doc[starts[number]:ends[number]], named, _TESTIMONY_STOP_STEMS)
    headings, floor = 0, starts[number]
    for later in range(number + 1, min(number + 1 + ANSWER_REACH, len(starts))):
        own = index.words(later)
        if not own:
            continue
        if _APPROVAL.search(text, doc[starts[later]].idx, own[-1].idx + len(own[-1].text)):
            return False
        if (index.opens_block(later) and plain_word(own[0]) in ("q", "question") and len(own) > 1
                and own[1].text in (":", ".")):
            return False  # the next question of a column: its answer is not this one's
        if index.is_heading(later):
            headings += 1
            if headings > ANSWER_HEADINGS:
                return False
            floor = starts[later]
            continue
        previous = index.words(later - 1)
        if previous and previous[-1].text == "?" and plain_word(own[0]) in _REPLY_WORDS:
            continue  # "Is that wrong? No, it is not.": the reply answers the question, whichever way it was put
        first, last = starts[later], ends[later]
        answers = False
        for cue in context.cues_in(first, last):
            if cue.kind == "rebuttal" and cue.end > cue.start:
                answers = True
            elif cue.kind == "negation" and not denied_risk:
                if cue.end < last and plain_word(doc[cue.end]) in _DISCLAIMED:
                    continue  # "This product is not intended to diagnose, treat, cure …": a disclaimer, no denial
                scope = doc[max(cue.scope_start, first):min(cue.scope_end, last)]
                answers = any(plain_word(t)[:4] in stems for t in scope if t.is_alpha)
            elif cue.kind == "harm" and denied_risk:
                answers = "negation" not in context.kinds_at(cue.start)
            if answers and testimonial and not _about_testimony(doc, cue, own, told):
                answers = False  # the page's safety line or disclaimer, not an answer to the customer's story
            if answers:
                break
        if not answers:
            continue
        if not any(plain_word(t) in _BACK_REFERENCES for t in own) and not mentions[
                bisect_left(mention_at, first):bisect_left(mention_at, last)]:
            continue  # "Regulators disagree.", naming nothing and pointing back at nothing, answers what is next to it
        if substances(first, last, floor) & claimed:
            return True
    return False


def _content_stems(tokens, named: set[int], stop_stems: set[str]) -> set[str]:
    """The first four letters of each content word of `tokens` (four letters or more, not a name in `named`), a
    filler stem (`stop_stems`) left out: what a later sentence must repeat to be about them."""
    return {plain_word(t)[:4] for t in tokens if t.i not in named and t.is_alpha and len(t.text) >= 4} - stop_stems


def _about_testimony(doc: Doc, cue, own: list, stems: set[str]) -> bool:
    """Does a later sentence (its words `own`, answering with `cue`) answer a testimonial: a rebuttal that is no
    regulator's status line, in a sentence that repeats a word of the claim or speaks of testimony ("Such reviews
    are not evidence"); a denial or a harm repeating a word of the claim ("Kratom does not cure back pain")?"""
    if cue.kind == "rebuttal" and _STATUS_WORDS.intersection(plain_word(t) for t in doc[cue.start:cue.end]):
        return False
    words = [plain_word(t) for t in own if t.is_alpha]
    if any(word[:4] in stems for word in words):
        return True
    return cue.kind == "rebuttal" and not _TESTIMONY_NOUNS.isdisjoint(words)


def mentions_in(doc: Doc, start: int, end: int) -> list[Span]:
    """The mentions inside tokens [start, end), in order."""
    starts = mention_starts(doc)
    mentions = mentions_of(doc)[bisect_left(starts, start):bisect_left(starts, end)]
    return [m for m in mentions if m.end <= end]


def topic_before(doc: Doc, token_index: int, state: DocumentState) -> str | None:
    """The substance the text was last talking about before a token ("it", "the plant"): in the
    last sentence before it that names one, the first named, which is most often that sentence's
    subject ("Our elderberry syrup is made with honey, ginger and cloves. It stops the flu": the
    syrup, not the cloves). Not a substance only set aside ("Unlike kratom, it …"), nor one the token's own
    sentence sets aside before it ("Kava is a root. Kratom is a leaf. Unlike kratom, it …": kava), nor one
    named in a sentence that tells two apart ("Kratom and kava are NOT the same thing. … it's cured my insomnia":
    what came before). None when a later sentence, before the token's own, names only a substance the knowledge
    base does not hold ("Kava calms the mind. Melatonin works. It is a safe alternative …")."""
    mentions = mentions_of(doc)
    aside = set_aside_mentions(doc)  # "Unlike kratom, it …" is not about kratom
    topic = fallback = None
    skipped = None  # the start of a sentence that only tells substances apart
    last = bisect_left(mention_starts(doc), token_index) - 1
    # what the token's own sentence sets aside before it is not what it stands for: "Kava is a root. Kratom is a
    # leaf. Unlike kratom, it is …" (kava)
    own_start = sentence_bounds(doc, token_index)[0] if token_index < len(doc) else len(doc)
    excluded = set()
    for position in range(last, -1, -1):
        if mentions[position].start < own_start:
            break
        if mentions[position].start in aside:
            excluded.add(mentions[position].label_)
    for position in range(last, -1, -1):
        mention = mentions[position]
        if (mention.end > token_index or mention.kb_id_ == "partner" or mention.start in aside
                or mention.label_ in excluded):
            continue
        bounds = sentence_bounds(doc, mention.start)
        if bounds[0] == skipped:
            continue
        if topic is not None and bounds != sentence_bounds(doc, topic.start):
            break
        if topic is None and skipped is None and _contrasting(doc, bounds, mentions, position):
            skipped = bounds[0]
            fallback = next(m for m in mentions[bisect_left(mention_starts(doc), bounds[0]):position + 1]
                            if m.kb_id_ != "partner" and m.start not in aside)
            continue
        topic = mention
    topic = topic or fallback  # "Kava is different from kratom. It is …": nothing before it to point to
    others = _talked_about_others(doc)
    if others:
        own_sentence = sentence_bounds(doc, token_index)[0] if token_index < len(doc) else len(doc)
        last_other = bisect_left(others, own_sentence) - 1
        if last_other >= 0 and (topic is None or others[last_other] >= sentence_bounds(doc, topic.start)[1]):
            return None  # "Melatonin works wonders." after the last sentence naming a known substance
    return topic.label_ if topic is not None else state.last_substance


def _contrasting(doc: Doc, bounds: tuple[int, int], mentions: list[Span], position: int) -> bool:
    """Does the sentence `bounds` of mention `position` name two substances or more only to tell them apart?"""
    named = set()
    for mention in mentions[bisect_left(mention_starts(doc), bounds[0]):bisect_left(mention_starts(doc), bounds[1])]:
        if mention.kb_id_ != "partner":
            named.add(mention.label_)
    return len(named) > 1 and contrasted_sentence(doc, bounds[0])


def subject_near(doc: Doc, start: int, end: int, state: DocumentState, partners: bool = False) -> str | None:
    """The substance a claim at tokens [start, end) is about: the nearest mention before it in
    its sentence (the first of a coordination it closes: "Ashwagandha and rhodiola are …"), else after it,
    else the substance the document was last talking about. A mention set aside ("Unlike kratom, it is not
    addictive") is none of these. With no mention before it, a substance the knowledge base does not hold that
    its sentence names before it, no pronoun between, is its subject
    ("Melatonin is a safe alternative to sleeping pills", "Berberine is nature's Ozempic"): None."""
    sentence_start, sentence_end = sentence_bounds(doc, start)
    aside = set_aside_mentions(doc)
    candidates = [m for m in mentions_in(doc, sentence_start, sentence_end)
                  if (partners or m.kb_id_ != "partner") and m.start not in aside]
    before = [m for m in candidates if m.end <= end]
    if before:
        return _first_coordinated(doc, before).label_
    others = _talked_about_others(doc)
    if others:
        position = bisect_left(others, end) - 1
        if position >= 0 and others[position] >= sentence_start and not any(
                plain_word(t) in PRONOUN_SUBJECTS for t in doc[others[position] + 1:start]):
            return None
    if candidates:
        return candidates[0].label_
    return topic_before(doc, start, state)


def _talked_about_others(doc: Doc) -> list[int]:
    """other_substance_starts without the names only set aside ("a gentle alternative to melatonin")."""
    others = other_substance_starts(doc)
    if not others:
        return others
    aside = set_aside_others(doc)
    return [start for start in others if start not in aside] if aside else others


# what joins the names of a coordinated subject: "Ashwagandha and rhodiola are …", "kava, kratom or kanna"
_COORDINATING = frozenset({"and", "or", "&", "/", ",", "plus"})
_COORDINATED_FILLER = frozenset({"a", "an", "the", "our", "your", "their", "some", "both", "either", "neither", "nor"})


def _first_coordinated(doc: Doc, before: list[Span]) -> Span:
    """The last of the mentions `before` a claim, or, when it closes a coordination of names with nothing but
    "and", "or" or commas between them ("Ashwagandha and rhodiola are completely safe", "kava, kratom and
    kanna are …"), the first of them: the coordination is the claim's subject, and its first name the one a
    reader takes it to be about. A name after anything else is the subject of its own clause ("Kava is calming,
    and kratom is completely safe": kratom)."""
    chosen = before[-1]
    lower = None
    for mention in reversed(before[:-1]):
        if mention.end > chosen.start:
            break
        if mention.end == chosen.start:
            break  # one name right after another: "kava kratom"
        if lower is None:
            lower = token_table(doc)[:, _LOWER]
        between = {doc.vocab.strings[h] for h in lower[mention.end:chosen.start].tolist()}
        if not between & _COORDINATING or not between <= _COORDINATING | _COORDINATED_FILLER:
            break
        chosen = mention
    return chosen


def make_finding(rule: Rule, doc: Doc, state: DocumentState, start_char: int, end_char: int,
                 subject: str | None, knowledge: Knowledge, fix: Fix | None = None, **values) -> Finding:
    substance = knowledge.substances.get(subject) if subject else None
    start_char, end_char = whole_words(doc_text(doc), start_char, end_char)
    fields = {
        "match": " ".join(doc_text(doc)[start_char:end_char].split()),  # markup blanked to spaces: one space
        "subject": subject,
        "name": substance.name if substance else "this product",
        "Name": substance.display_name if substance else "This product",
        **values,
    }
    known = _known(fields)  # built once for the message and the correction
    references = list(rule.references) or (list(substance.references[:2]) if substance else [])
    correction = _fill(rule.correction, known)
    if rule.category == "efficacy" and substance is not None:
        # what is known for this substance and the condition its sentence names
        sentence = max(bisect_right(sentence_start_chars(doc), start_char) - 1, 0)
        sentence_start, sentence_end = sentence_chars(doc, sentence)
        evidence = knowledge.evidence.find(subject, doc_text(doc)[sentence_start:sentence_end])
        if evidence is not None:
            correction = evidence.correction(substance.name)
            if evidence.source:
                references = [evidence.source, *(r for r in references if r != evidence.source)]
    return Finding(
        rule=rule.id,
        category=rule.category,  # type: ignore[arg-type]
        scope=rule.scope,  # type: ignore[arg-type]
        severity=rule.severity,  # type: ignore[arg-type]
        subject=subject,
        start=state.offset + start_char,
        end=state.offset + end_char,
        message=_fill(rule.message, known),
        correction=correction,
        fix=Fix(state.offset + fix.start, state.offset + fix.end, fix.replacement, fix.safe) if fix else None,
        references=references,
    )


def whole_words(text: str, start: int, end: int) -> tuple[int, int]:
    """The span [start, end) widened to the written words it cuts into: a match that starts at a
    clitic ("n't cause" in "doesn't cause") shows the whole word."""
    while 0 < start < end and text[start - 1].isalnum() and text[start].isalnum():
        start -= 1
    while start < end < len(text) and text[end - 1].isalnum() and text[end].isalnum():
        end += 1
    return start, end


def sentence_chars(doc: Doc, number: int) -> tuple[int, int]:
    """The (start_char, end_char) of the Doc's sentence `number`, as its Span gives them: read
    for the few sentences a finding or a regex needs, not for every sentence of the Doc."""
    starts = sentence_starts(doc)
    last = doc[(starts[number + 1] if number + 1 < len(starts) else len(doc)) - 1]
    return sentence_start_chars(doc)[number], last.idx + len(last)


def fix_from_rule(rule: Rule, doc: Doc, start_char: int, end_char: int) -> Fix | None:
    """A rule-declared substitution: ``fix: {replace: {matched text: replacement}, safe: bool}``."""
    spec = rule.fix
    if not spec:
        return None
    matched = doc_text(doc)[start_char:end_char]
    replacements = spec.get("replace", {})
    replacement = replacements.get(matched.lower()) if isinstance(replacements, dict) else replacements
    if replacement is None:
        return None
    if matched[:1].isupper():
        replacement = replacement[:1].upper() + replacement[1:]
    return Fix(start_char, end_char, replacement, bool(spec.get("safe", False)))


# A comparison set off between a subject and its verb: "Kratom, unlike opioids, cures pain", "Kava (just like chamomile)
# eases anxiety", "Kratom — as opposed to oxycodone — prevents relapse". The claim is about the name before the aside, not
# the compared thing inside it. A contrastive lead says the compared thing lacks what the claim says ("Opioids, unlike
# kratom, cure nothing" is no claim about kratom); a similar one says it shares it ("Morphine, like kratom, is safe").
CONTRASTIVE_ASIDE_LEADS = (("unlike",), ("compared", "with"), ("compared", "to"), ("as", "opposed", "to"),
                           ("in", "contrast", "to"), ("in", "contrast", "with"), ("rather", "than"), ("instead", "of"),
                           ("in", "comparison", "to"), ("in", "comparison", "with"), ("versus",), ("vs",), ("vs.",))
SIMILAR_ASIDE_LEADS = (("like",), ("just", "like"), ("much", "like"), ("exactly", "like"), ("similar", "to"),
                       ("just", "as", "with"), ("as", "with"))
_ASIDE_CLOSE_OPEN = {",": ",", ")": "(", "—": "—", "–": "–"}
MAX_ASIDE = 8  # words inside a comparison aside, its lead included


def comparison_aside(doc: Doc, close: int, sentence_start: int) -> tuple[int, bool] | None:
    """Is the token at `close` (a comma, ")" or dash) the end of a comparison aside that opens with one of the leads
    above after a name (the aside's opening mark is not the sentence's first token)? Return (the opening mark's
    index, whether the lead is contrastive), else None."""
    opening = _ASIDE_CLOSE_OPEN.get(doc[close].text)
    if opening is None:
        return None
    for j in range(close - 1, max(sentence_start, close - MAX_ASIDE - 2), -1):
        text = doc[j].text
        if text == opening:
            if j <= sentence_start:
                return None
            words = tuple(t.lower_ for t in doc[j + 1:min(close, j + 4)])
            if any(words[:len(lead)] == lead for lead in CONTRASTIVE_ASIDE_LEADS):
                return j, True
            if any(words[:len(lead)] == lead for lead in SIMILAR_ASIDE_LEADS):
                return j, False
            return None
        if text in _ASIDE_CLOSE_OPEN or text in (";", ":", "(", ".", "!", "?"):
            return None
    return None
