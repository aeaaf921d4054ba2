"""The gated matcher runs a token pattern only where its required words occur — and must
never skip a sentence the pattern would match."""
import pytest

from claimcheck.matching import GatedMatcher, _reachable, column_list


@pytest.fixture(scope="module")
def nlp(checker):
    return checker.nlp


def test_pattern_runs_where_its_words_are(nlp):
    matcher = GatedMatcher(nlp)
    matcher.add("proof", [{"LOWER": "clinically"}, {"NORM": "prove"}])  # "proven" and "proved" norm to "prove"
    found = matcher(nlp("Nothing here. Our maca was clinically proven. Or clinically proved."))
    assert [key for key, _, _ in found] == ["proof", "proof"]


def test_within_keeps_the_matches_of_the_named_keys_and_sentences(nlp):
    """`within` (key, sentence start): an exception pattern is looked for only where its rule matched."""
    matcher = GatedMatcher(nlp)
    matcher.add("proof", [{"LOWER": "clinically"}, {"NORM": "prove"}])
    matcher.add("other", [{"LOWER": "clinically"}, {"LOWER": "tested"}])
    doc = nlp("Our maca was clinically proven. It is clinically tested. Or clinically proved.")
    everything = matcher(doc)
    assert [key for key, _, _ in everything] == ["proof", "other", "proof"]
    first = list(doc.sents)[0].start
    assert matcher(doc, within={("proof", first)}) == everything[:1]
    assert matcher(doc, within={("other", first)}) == []
    assert matcher(doc, within=set()) == []


def test_contractions_pass_the_gate(nlp):
    """'n't' reads 'not' inside "isn't": the gate must still let the sentence through."""
    matcher = GatedMatcher(nlp)
    matcher.add("denial", [{"LOWER": {"IN": ["is", "are"]}}, {"LOWER": {"IN": ["n't", "n’t"]}}, {"LOWER": "addictive"}])
    assert matcher(nlp("Kratom isn't addictive, they said."))
    assert matcher(nlp("Kratom isn’t addictive."))


@pytest.mark.parametrize("text", ["Jane Roe, M.D., recommends kava.", "Dr. Roe recommends kava."])
def test_a_word_that_is_one_token_only_in_another_case_passes_the_gate(nlp, text):
    """Lower-case "m.d." and "dr." split, but the tokens "M.D." and "Dr." are whole, with those LOWER values: a gate
    of "doctor" alone would skip these sentences."""
    matcher = GatedMatcher(nlp)
    matcher.add("title", [{"LOWER": {"IN": ["m.d.", "dr.", "doctor"]}}, {"OP": "*"}, {"LOWER": "recommends"}])
    matcher.add("hyphen", [{"LOWER": {"IN": ["non-toxic", "safe"]}}, {"LOWER": "kava"}])  # "non-toxic" is never one token
    assert [key for key, _, _ in matcher(nlp(text))] == ["title"]
    assert [key for key, _, _ in matcher(nlp("It is safe kava."))] == ["hyphen"]


def test_column_lists_are_the_tokens_hashes(nlp):
    """The anchors (and brand names) read a Doc's hashes from one list per attribute, sliced per sentence."""
    doc = nlp("Kava is CALMING. Our ZenLeaf™ tincture isn’t addictive!\n\nTry it — 2 drops.")
    for name in ("ORTH", "LOWER", "NORM"):
        assert column_list(doc, name) == [getattr(token, name.lower()) for token in doc]


def test_gates_of_common_words_and_split_words_match_as_spacy_does(nlp):
    """A pattern whose every required token has a common word still gets a gate (of those words), and a word
    the tokenizer splits ("non-toxic") leaves the other words of its token as the gate: the matches are
    spaCy Matcher's."""
    from spacy.matcher import Matcher

    patterns = {
        "common": [{"LOWER": {"IN": ["can", "could"]}}, {"LOWER": {"IN": ["my", "your", "pregnant"]}},
                   {"LOWER": {"IN": ["wife", "kids"]}}],
        "split": [{"LOWER": {"IN": ["raw", "fresh-picked", "non-toxic"]}}, {"LOWER": "kava"}],
    }
    gated, plain = GatedMatcher(nlp), Matcher(nlp.vocab)
    for key, pattern in patterns.items():
        gated.add(key, pattern)
        plain.add(key, [pattern])
        assert gated.entries[-1].gates, key
    doc = nlp("Can my kids drink it? Could your wife try some. Raw kava is bitter. Non-toxic kava, fresh-picked kava. "
              "Can I? My kids. Kava raw.")
    expected = sorted((nlp.vocab.strings[key], start, end) for key, start, end in plain(doc))
    assert sorted(gated(doc)) == expected and len(expected) == 3


def test_sentences_without_the_words_are_skipped(nlp):
    matcher = GatedMatcher(nlp)
    matcher.add("synergy", [{"LOWER": "synergy"}, {"LOWER": "between"}])
    assert matcher(nlp("A calm evening. No synergy here, just tea.")) == []


# A pattern's spaCy Matcher is compiled at once for rules never built before (so a bad pattern
# fails on load), and on first use for rules a Checker has built before.

def test_new_rules_compile_their_patterns_at_once(nlp):
    matcher = GatedMatcher(nlp)
    with pytest.raises(ValueError):
        matcher.add("broken", [{"LOWER": "cures", "OP": "??"}])


def test_rules_built_before_compile_a_pattern_when_a_sentence_needs_it(nlp):
    from claimcheck.phrase_index import PhraseIndex

    index = PhraseIndex(nlp, {("ORTH", "unused"): (1,)})  # a stored table: these rules built before
    matcher = GatedMatcher(nlp, index)
    matcher.add("proof", [{"LOWER": "clinically"}, {"NORM": "prove"}])
    matcher.add("synergy", [{"LOWER": "synergy"}, {"LOWER": "between"}])
    assert matcher._matchers == [None, None]
    found = matcher(nlp("Our maca was clinically proven to work."))
    assert [key for key, _, _ in found] == ["proof"]
    assert matcher._matchers[0] is not None and matcher._matchers[1] is None


def test_reachable_positions_are_those_of_every_previous_position():
    """`_reachable` (one read per position of the window) gives what trying each previous position's range gives."""
    import random
    rng = random.Random(7)
    for _ in range(3000):
        size = rng.randint(1, 25)
        column = [rng.randint(0, 3) for _ in range(size)]
        words = frozenset(rng.sample(range(4), rng.randint(1, 2)))
        reached = sorted(rng.sample(range(size), rng.randint(1, min(size, 5))))
        least = rng.randint(0, 3)
        most = least + rng.randint(0, 6)
        expected = sorted({q for p in reached for q in range(p + least, min(p + most + 1, size)) if column[q] in words})
        assert _reachable(reached, least, most, column, words, size) == expected
