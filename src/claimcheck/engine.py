"""The pipeline: read → segment → annotate → check → report, for one text at a time.

`Checker` builds the spaCy pipeline and compiles every rule once; `check_source` runs a
source through it in paragraph-aligned chunks (bounded memory on large files, and spaCy's
max_length never reached) and returns located findings in a stable order.
"""
from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import replace

import spacy
from spacy.attrs import IDS

from . import annotate, segment  # noqa: F401 - registers the pipeline components
from .cache import load_phrase_index, store_phrase_index
from .collection import paused as paused_collection
from .findings import SEVERITY_RANK, Finding, locate
from .kinds.common import DocumentState, Environment
from .kinds.identity import IdentityRules
from .kinds.phrase import PhraseRules
from .kinds.relation import RelationRules
from .kinds.requirement import RequirementRules, requirement_lemmas
from .knowledge import knowledge_files, load_knowledge
from .lexicon import lemma_patterns_to_norm, register_lemmas
from .matching import Gates
from .phrase_index import PhraseIndex
from .product_names import BrandNames
from .rulebook import RuleBook, load_rulebook
from .sources import Source, make_source
from .table_answers import TableAnswers
from .tokenizer import TOKENIZER_NAME
from .validation import check_references

CHUNK_CHARS = 100_000
_PARAGRAPH_BREAK = re.compile(r"\n[ \t]*\n")

KIND_CHECKERS = {
    "phrase": PhraseRules,
    "relation": RelationRules,
    "identity": IdentityRules,
    "requirement": RequirementRules,
}


def _collect_lemmas(book: RuleBook) -> set[str]:
    lemmas = set(book.lexicons.get("lemmas", []))
    for rule in book.rules:
        for pattern in (rule.spec.get("match") or {}).get("patterns") or []:
            lemmas |= lemma_patterns_to_norm(pattern)[1]
    return lemmas | requirement_lemmas(book)


# The lexical attributes the pipeline's components and the rule kinds read (Token.is_alpha…)
READ_LEXICAL_ATTRIBUTES = frozenset({"LOWER", "NORM", "IS_ALPHA", "IS_PUNCT", "IS_SPACE", "LIKE_NUM"})


def keep_lexical_attributes(vocab, book: RuleBook) -> None:
    """spaCy computes every lexical attribute of each new word in Python (its shape, whether it
    looks like a URL or a number, is a stop word…): a sixth of tokenizing new text. A Checker's
    vocabulary computes those its code reads and those its rules' token patterns name (any
    upper-case key in a rule, lexicon or context spec); the others stay unset."""
    names = READ_LEXICAL_ATTRIBUTES | book.token_attributes()
    kept = {IDS[name] for name in names if name in IDS}
    vocab.lex_attr_getters = {attr: getter for attr, getter in vocab.lex_attr_getters.items() if attr in kept}


def build_nlp():
    nlp = spacy.blank("en", config={"nlp": {"tokenizer": {"@tokenizers": TOKENIZER_NAME}}})
    segment.add_abbreviations(nlp)
    nlp.add_pipe("sentence_punctuation")
    nlp.add_pipe("line_boundaries")
    nlp.add_pipe("substance_mentions")
    nlp.add_pipe("context_cues")
    nlp.max_length = CHUNK_CHARS * 4
    return nlp


def chunk_text(text: str, size: int = CHUNK_CHARS) -> list[tuple[int, str]]:
    """Split text at paragraph breaks into pieces of about `size` characters: (offset, piece)."""
    if len(text) <= size:
        return [(0, text)]
    chunks, start = [], 0
    while start < len(text):
        end = min(start + size, len(text))
        if end < len(text):
            breaks = [m.end() for m in _PARAGRAPH_BREAK.finditer(text, start + size // 2, end)]
            if breaks:
                end = breaks[-1]
            else:
                newline = text.rfind("\n", start + 1, end)
                end = newline + 1 if newline > start else end
        chunks.append((start, text[start:end]))
        start = end
    return chunks


MERGED_CATEGORIES = ("efficacy", "safety")


def one_finding_per_sentence(findings: list[Finding], sentence_of: dict[int, int]) -> list[Finding]:
    """A sentence is flagged once per claim category: the earliest finding stands for it and
    the others' messages are added to it, so a sentence full of claims reads as one claim to
    rewrite rather than a wall of warnings. Botanical errors stay separate: each is a distinct
    fact to correct, often with its own fix."""
    kept: dict[tuple[int, str], Finding] = {}
    said: dict[int, set[tuple[int, int]]] = {}  # id of a kept finding -> the spans its message covers
    result = []
    # of two claims that open at the same word, the graver speaks first: "stop taking my Adderall" (a medicine
    # dropped) before "stop taking my Adderall for good" (a certain effect)
    for finding in sorted(findings, key=lambda f: (f.start, -SEVERITY_RANK[f.severity], -f.end, f.rule)):
        if finding.scope != "sentence" or finding.category not in MERGED_CATEGORIES:
            result.append(finding)
            continue
        key = (sentence_of[id(finding)], finding.category)
        primary = kept.get(key)
        if primary is None:
            kept[key] = finding
            said[id(finding)] = {(finding.start, finding.end)}
            result.append(finding)
            continue
        # a claim inside the first one, or a span already told about, is the same claim seen by
        # another rule: say it once
        inside = finding.start >= primary.start and finding.end <= primary.end
        spans = said[id(primary)]
        if not inside and (finding.start, finding.end) not in spans and finding.message not in primary.message:
            primary.message += f" Also: {finding.message}"
            spans.add((finding.start, finding.end))
        if SEVERITY_RANK[finding.severity] > SEVERITY_RANK[primary.severity]:
            primary.severity = finding.severity
    return result


class _ReferencesChecked:
    """What `cache.compiled` keeps for a book whose references held."""


class Checker:
    """Compiled rules and pipeline; reuse one Checker for many texts."""

    def __init__(self, book: RuleBook | None = None, extra_rule_paths=()):
        with paused_collection():
            self._build(book, extra_rule_paths)

    def _build(self, book: RuleBook | None, extra_rule_paths) -> None:
        self.book = book or load_rulebook(extra_rule_paths)
        self.knowledge = load_knowledge(self.book.knowledge_path)
        self._check_references()
        self.nlp = build_nlp()
        keep_lexical_attributes(self.nlp.vocab, self.book)
        register_lemmas(self.nlp.vocab, _collect_lemmas(self.book))
        phrases = self.phrase_index = PhraseIndex(self.nlp, *load_phrase_index(self.book))
        context = self.book.context
        known_parts = {name.lower() for name in context.get("other_substance_exceptions", [])}
        others = [name for lexicon in context.get("other_substance_lexicons", []) for name in self.book.lexicons.get(
            lexicon, []) if name.lower() not in known_parts]  # "melatonin": a sentence about something else
        self.nlp.get_pipe("substance_mentions").configure(self.knowledge, phrases, others)
        self.nlp.get_pipe("context_cues").configure(self.book.context, phrases)
        env = Environment(self.nlp, self.knowledge, self.book, phrases, Gates(phrases), BrandNames(self.book.lexicons))
        self.kinds = [checker(self.book.by_kind(kind), env)
                      for kind, checker in KIND_CHECKERS.items()]
        self.table_answers = TableAnswers(self.book.context)
        phrases.build()  # every list is complete: compiled here, not in the first check
        if phrases.fresh:
            store_phrase_index(self.book, phrases.stored())

    def _check_references(self) -> None:
        """`check_references` of the book against the knowledge base, once per content of their
        files (see `cache.compiled`): a broken reference raises, and nothing is stored."""
        from .cache import compiled

        if not self.book.files or self.book.knowledge_path is None:  # a book built in memory: checked every time
            check_references(self.book, self.knowledge)
            return
        compiled("references", [*self.book.files, *knowledge_files(self.book.knowledge_path)],
                 lambda: check_references(self.book, self.knowledge) or _ReferencesChecked())

    def check_source(self, source: Source, rule_filter=None) -> list[Finding]:
        state = DocumentState()
        findings: list[Finding] = []
        sentence_of: dict[int, int] = {}  # id(finding) -> start of its sentence
        pieces = chunk_text(segment.join_wrapped_lines(source.prose))
        for offset, piece in pieces:
            doc = self.nlp(self._make_doc(piece))  # nlp.pipe costs more per call than a Doc or two save
            state.offset = offset
            sentence_starts = annotate.sentence_start_chars(doc)
            for kind in self.kinds:
                for finding in kind.check(doc, state):
                    position = bisect_right(sentence_starts, finding.start - offset) - 1
                    sentence_of[id(finding)] = offset + sentence_starts[max(position, 0)]
                    findings.append(finding)
            for finding, own_claim in self._table_answer_findings(doc):
                position = bisect_right(sentence_starts, finding.start) - 1
                sentence_of[id(finding)] = offset + (finding.start if own_claim else sentence_starts[max(position, 0)])
                finding.start += offset
                finding.end += offset
                findings.append(finding)
            # The per-Doc caches (sentence index, spans, context) point back at the Doc: dropped
            # here, the Doc is freed at once instead of by the cycle collector, whose passes over
            # every young object were 6 % of a check.
            doc.user_data.clear()
        for kind in self.kinds:
            finish = getattr(kind, "finish", None)
            if finish:
                findings.extend(finish(state))
        if rule_filter is not None:
            findings = [f for f in findings if rule_filter(f)]
        findings = one_finding_per_sentence(findings, sentence_of)
        locate(findings, source.path, source.text)
        findings.sort(key=lambda f: f.sort_key)
        return findings

    def _table_answer_findings(self, doc) -> list[tuple[Finding, bool]]:
        """What the bare answers in the Doc's tables say when read with their headers ("Kava root. Side
        effects: None.", see `table_answers`): each fragment is checked as a small document of its own and
        its sentence findings are set on the answer's cell (chunk offsets), each with whether it is a claim of
        its own (a transposed table's cell) or one with its row. Findings about the product's
        name alone are left to the row, and a fix, written for the fragment, is dropped."""
        text = doc.user_data.get("claimcheck.text") or doc.text
        if "|" not in text:
            return []
        named = [m.start_char for m in annotate.mentions_of(doc) if m.kb_id_ != "partner"]
        fragments = self.table_answers.fragments(text, named)
        found: list[tuple[Finding, bool]] = []
        seen: dict[str, list[Finding]] = {}
        for fragment in fragments:
            if fragment.text not in seen:
                small = self.nlp(self._make_doc(fragment.text))
                state = DocumentState()
                seen[fragment.text] = [f for kind in self.kinds for f in kind.check(small, state)
                                       if f.scope == "sentence" and f.end > fragment.read_from]
                small.user_data.clear()
            for finding in seen[fragment.text]:
                found.append((replace(finding, start=fragment.start, end=fragment.end, fix=None,
                                      references=list(finding.references)), fragment.own_claim))
        return found

    def _make_doc(self, text: str):
        """The tokenized text, holding the text itself (spaCy's tokenizer never alters it)."""
        doc = self.nlp.make_doc(text)
        doc.user_data["claimcheck.text"] = text
        return doc

    def check_text(self, text: str, path: str = "<text>", format: str | None = None) -> list[Finding]:
        return self.check_source(make_source(text, path, format))


_DEFAULT: Checker | None = None


def default_checker() -> Checker:
    global _DEFAULT
    if _DEFAULT is None:
        _DEFAULT = Checker()
    return _DEFAULT
