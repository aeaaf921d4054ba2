"""The Checker's tokenizer skips spaCy's affix searches on plain words only where they can
never match, so it must split every text exactly as spaCy's own English tokenizer does."""
import random
import re

import pytest
import spacy

from claimcheck.engine import build_nlp
from claimcheck.segment import add_abbreviations
from spacy.util import compile_infix_regex

from claimcheck.tokenizer import DROPPED_EXCEPTIONS, EXTRA_INFIXES, never_matches_plain_words, skipping_plain_words


@pytest.fixture(scope="module")
def tokenizers():
    reference = spacy.blank("en")
    # spaCy's splitting with the tokenizer's two stated departures ("Kava+kratom", "(seasonal):")
    reference.tokenizer.infix_finditer = compile_infix_regex(
        list(reference.Defaults.infixes) + EXTRA_INFIXES).finditer
    reference.tokenizer.rules = {text: pieces for text, pieces in reference.tokenizer.rules.items()
                                 if text not in DROPPED_EXCEPTIONS}
    add_abbreviations(reference)
    return build_nlp().tokenizer, reference.tokenizer


@pytest.mark.parametrize("pattern, never", [
    (r"\.", True),
    (r"[0-9]+", True),
    (r"\d", True),
    (r"(?<=[0-9])(?:km|mg)$", True),  # a unit needs a digit before it
    (r"'s$", True),
    (r"(?:\.|,|;)$", True),
    (r"[^A-Za-z]", True),
    (r"x?\.", True),
    (r"[a-z]+\.$", True),
    (r"(?=\d)\w", True),
    (r"ab", False),
    (r"a|\.", False),  # one alternative is all letters
    (r"[^a]", False),  # a negated class still admits other letters
    (r"\w", False),
    (r"x*", False),  # matches the empty string
    (r".", False),
    (r"(?!\d)[a-z]", False),  # a negative lookaround requires nothing
    (r"k", False),
])
def test_which_regexes_never_match_plain_words(pattern, never):
    assert never_matches_plain_words(re.compile(pattern)) is never


@pytest.mark.parametrize("pattern", [r"(?i)\u212a", r"(?i:\u017f)"])
def test_case_folding_is_never_trusted(pattern):
    # The Kelvin sign folds to "k" and the long s to "s": an ignore-case regex is left alone
    regex = re.compile(pattern)
    assert regex.search("k") or regex.search("s")
    assert not never_matches_plain_words(regex)


def test_a_skipping_search_answers_like_the_regex():
    regex = re.compile(r"(?<=[0-9])(?:km|mg)$")
    search = skipping_plain_words(regex.search)
    for text in ["mg", "km", "5mg", "10km", "Mg", "a5mg", "x", "500"]:
        assert (search(text) is None) == (regex.search(text) is None), text
    finditer = skipping_plain_words(re.compile(r"(?<=[a-z])-(?=[a-z])").finditer, no_match=())
    assert list(finditer("wellness")) == [] and [m.start() for m in finditer("co-op")] == [2]
    kept = re.compile(r"ab").search
    assert skipping_plain_words(kept) is kept  # could match plain words: not wrapped
    assert skipping_plain_words(None) is None


def test_spacys_english_affix_regexes_are_skipped_on_plain_words(tokenizers):
    ours, _ = tokenizers
    for name in ("prefix_search", "suffix_search", "url_match", "infix_finditer"):
        assert not isinstance(getattr(getattr(ours, name), "__self__", None), re.Pattern), name


def test_a_varied_text_is_split_as_spacy_splits_it(tokenizers):
    ours, reference = tokenizers
    text = ("Don't take 500mg of kratom (Mitragyna speciosa) with alcohol; it's risky! See https://example.org/faq "
            "or e-mail info@example.com. St. John's wort, e.g., interacts with SSRIs... 10km/h, 38°C, US$20, "
            "“Ashwagandha”—an adaptogen?—isn't a cure. Café-style kava… :) #wellness @brand co-op 3x/day "
            "Dr. Smith's self-care tips: 1) rest 2) water. ¡Hola! Кава 2-3 g/kg. n't 'tis ma'am")
    assert [t.text for t in ours(text)] == [t.text for t in reference(text)]


def test_random_pieces_are_split_as_spacy_splits_them(tokenizers):
    ours, reference = tokenizers
    rng = random.Random(7)
    alphabet = ("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789 .,;:!?'\"()[]-–—/@#$%&*+=<>_~"
                "’“”…°µ²éßК€")
    for _ in range(20_000):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(1, 12)))
        assert [t.text for t in ours(text)] == [t.text for t in reference(text)], text


def test_stored_proofs_answer_as_the_proof_does():
    from claimcheck.tokenizer import stored_proofs
    regexes = [re.compile(r"[0-9]+"), re.compile(r"ab"), re.compile(r"(?<=[a-z])-(?=[a-z])")]
    for _ in range(2):  # built, then read back from the compiled cache
        proofs = stored_proofs(regexes)
        assert proofs == {(r.pattern, r.flags): never_matches_plain_words(r) for r in regexes}
    kept, wrapped = regexes[1].search, regexes[0].search
    assert skipping_plain_words(kept, proofs=proofs) is kept  # able to match plain words: not wrapped
    assert skipping_plain_words(wrapped, proofs=proofs)("wellness") is None


def test_the_affix_expressions_are_spacys():
    from spacy.util import compile_prefix_regex, compile_suffix_regex

    from claimcheck.tokenizer import affix_expressions

    defaults = spacy.blank("en").Defaults
    assert affix_expressions(defaults) == (compile_prefix_regex(defaults.prefixes).pattern,
                                           compile_suffix_regex(defaults.suffixes).pattern,
                                           compile_infix_regex([*defaults.infixes, *EXTRA_INFIXES]).pattern)
