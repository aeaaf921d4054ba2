"""Lemma-level matching on a blank pipeline.

``spacy.blank("en")`` has no lemmatizer (its lookup tables are a large extra download), so
rules that say ``LEMMA: cure`` are compiled to ``NORM`` patterns instead: every inflection
of each lemma a rule uses is registered once in the vocabulary with that lemma as its
norm. Lexeme attributes cost nothing per token, and inflections that are not real words
are harmless.
"""
from __future__ import annotations

import functools
from collections.abc import Iterable

from spacy.attrs import NORM
from spacy.vocab import Vocab

_VOWELS = "aeiou"
_IRREGULAR = {
    "be": ["is", "are", "was", "were", "been", "being", "'re", "’re", "'m"],
    "have": ["has", "had", "having", "'ve", "’ve"],
    "do": ["does", "did", "done", "doing"],
    "show": ["shown"],
    "prove": ["proven"],
    "take": ["took", "taken"],
    "give": ["gave", "given"],
    "get": ["got", "gotten"],
    "make": ["made"],
    "keep": ["kept"],
    "fight": ["fought"],
    "beat": ["beaten"],
    "grow": ["grew", "grown"],
    "know": ["knew", "known"],
    "drive": ["drove", "driven"],
    "go": ["went", "gone"],
    "feel": ["felt"],
    "leave": ["left"],
    "win": ["won"],
    "find": ["found"],
    "bring": ["brought"],
    "say": ["said"],
    "tell": ["told"],
    "write": ["wrote", "written"],
    "seek": ["sought"],
    "wake": ["woke", "woken"],
    "sleep": ["slept"],
    "can": ["could"],
    "will": ["would", "'ll", "’ll"],
    "shrink": ["shrank", "shrunk"],
    "leaf": ["leaves"],
    "study": ["studies", "studied"],
    # treatment and recovery verbs in testimonials ("I overcame insomnia", "shook off the flu",
    # "threw out my sleeping pills", "rode out withdrawal")
    "overcome": ["overcame"],
    "shake": ["shook", "shaken"],
    "throw": ["threw", "thrown"],
    "ride": ["rode", "ridden"],
}


def inflections(lemma: str) -> set[str]:
    """Regular English noun and verb forms of a (lower-case, single-word) lemma."""
    forms = {lemma, *_IRREGULAR.get(lemma, ())}
    if not lemma.isalpha() or len(lemma) < 2:
        return forms
    if lemma.endswith("y") and lemma[-2] not in _VOWELS:
        forms |= {lemma[:-1] + "ies", lemma[:-1] + "ied", lemma + "ing"}
    elif lemma.endswith(("s", "x", "z", "ch", "sh")):
        forms |= {lemma + "es", lemma + "ed", lemma + "ing"}
    else:
        forms.add(lemma + "s")
    if lemma.endswith("e"):
        forms |= {lemma + "d", lemma[:-1] + "ing"}
    elif not lemma.endswith("y") or lemma[-2] in _VOWELS:
        forms |= {lemma + "ed", lemma + "ing"}
        if (len(lemma) >= 3 and lemma[-1] not in _VOWELS + "wxy" and lemma[-2] in _VOWELS
                and lemma[-3] not in _VOWELS):
            forms |= {lemma + lemma[-1] + "ed", lemma + lemma[-1] + "ing"}
    return forms


def register_lemmas(vocab: Vocab, lemmas: Iterable[str]) -> None:
    """Give every inflection of each lemma the lemma as its NORM.

    Words already in the vocabulary are updated now; the rest get their norm when they
    first appear, through the vocabulary's NORM getter — creating thousands of lexemes up
    front would cost a noticeable part of a cold start."""
    norms: dict[str, str] = {}
    # Deterministic when forms collide: a word that is an inflection of another lemma ("has" of "have",
    # though a rule also lists "has") takes that lemma, whatever order the set of lemmas comes in;
    # between two other lemmas the first in alphabetical order wins.
    for lemma in sorted({lemma.lower() for lemma in lemmas}):
        for form in inflections(lemma):
            if form not in norms or norms[form] == form:
                norms[form] = lemma
    # British spellings of -ize verbs ("authorised", "recognises", "minimising") take the -ize lemma,
    # unless a rule lists the -ise spelling as a lemma of its own.
    for lemma in sorted({lemma.lower() for lemma in lemmas}):
        if len(lemma) >= 6 and lemma.endswith("ize"):
            stem = lemma[:-3]
            for form in inflections(lemma):
                if form.startswith(stem + "iz"):
                    norms.setdefault(stem + "is" + form[len(stem) + 2:], lemma)
    for form, lemma in norms.items():
        for variant in {form, form.capitalize(), form.upper()}:
            if variant in vocab:
                vocab[variant].norm_ = lemma
    default = vocab.lex_attr_getters.get(NORM) or str.lower
    vocab.lex_attr_getters[NORM] = functools.partial(_norm_of, norms, default)


def _norm_of(norms: dict[str, str], default, string: str) -> str:
    return norms.get(string.lower()) or default(string)


def lemma_patterns_to_norm(pattern: list[dict]) -> tuple[list[dict], set[str]]:
    """Rewrite LEMMA keys of a token pattern as NORM; return the pattern and its lemmas."""
    lemmas: set[str] = set()
    rewritten = []
    for token_spec in pattern:
        spec = dict(token_spec)
        if "LEMMA" in spec:
            value = spec.pop("LEMMA")
            if isinstance(value, dict):
                value = {op: [v.lower() for v in vals] if isinstance(vals, list) else vals
                         for op, vals in value.items()}
                for vals in value.values():
                    if isinstance(vals, list):
                        lemmas.update(vals)
            else:
                value = value.lower()
                lemmas.add(value)
            spec["NORM"] = value
        rewritten.append(spec)
    return rewritten, lemmas


def literal_words(spec: dict) -> list[str]:
    """The words a token-pattern spec requires literally (NORM, LOWER or ORTH; one or an IN list)."""
    for key in ("NORM", "LOWER", "ORTH"):
        value = spec.get(key)
        if isinstance(value, str):
            return [value]
        if isinstance(value, dict) and isinstance(value.get("IN"), list):
            return list(value["IN"])
    return []


def pattern_trigger_words(pattern: list[dict]) -> list[str]:
    """Words of the pattern's first required literal token; empty when it has none, which
    rules refuse: without a word to look for, a pattern would run on every sentence."""
    for spec in pattern:
        if spec.get("OP") in ("?", "*", "!") or str(spec.get("OP", "")).startswith("{0"):
            continue
        words = literal_words(spec)
        if words:
            return words
    return []
