"""The shared phrase pass: every list gets the matches a PhraseMatcher of its own would give,
and the phrases' token hashes kept with the compiled rules change nothing."""
from claimcheck.engine import Checker
from claimcheck.phrase_index import PhraseIndex


def test_each_list_gets_its_own_matches(checker):
    index = PhraseIndex(checker.nlp)
    claims, cures = index.matcher("NORM"), index.matcher("LOWER")
    claims.add("proof", ["clinically proven", "proven"])
    cures.add("cure", ["cures"])
    cures.add("proof", ["Proven"])  # the same key in another list stays apart (LOWER: any case)
    doc = checker.nlp.make_doc("Clinically proven: it cures what the proof cured.")
    strings = checker.nlp.vocab.strings
    assert [(strings[k], s, e) for k, s, e in claims(doc)] == [("proof", 0, 2), ("proof", 1, 2)]
    assert [(strings[k], s, e) for k, s, e in cures(doc)] == [("proof", 1, 2), ("cure", 4, 5)]
    assert len(claims) == 1 and len(cures) == 2


def test_string_phrases_match_like_docs(checker):
    by_text, by_doc = PhraseIndex(checker.nlp), PhraseIndex(checker.nlp)
    phrases = ["side effects", "St. John's wort", "non-addictive", "won't"]
    by_text.matcher("NORM").add("x", phrases)
    by_doc.matcher("NORM").add("x", [checker.nlp.make_doc(p) for p in phrases])
    doc = checker.nlp.make_doc("No side-effects? St. John’s wort is non-addictive and won't hurt; side effects vary.")
    assert by_text.matches(doc, 1) == by_doc.matches(doc, 1)


def test_phrase_hashes_kept_with_the_compiled_rules_change_no_finding(tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    text = ("Kava is a mushroom from Peru. Clinically proven to cure anxiety, with no side effects!\n\n"
            "Our kratom capsules are non-addictive. Studies suggest ashwagandha may ease stress.")
    tokenizing = Checker()
    assert tokenizing.phrase_index.fresh
    assert list((tmp_path / "claimcheck" / "compiled").glob("phrases-*.pickle"))
    loading = Checker()
    assert loading.phrase_index.tokenized and not loading.phrase_index.fresh  # nothing tokenized or built again
    found = [f.to_dict() for f in tokenizing.check_text(text)]
    assert found and found == [f.to_dict() for f in loading.check_text(text)]


def test_stored_lookups_serve_only_lists_with_the_same_phrases(checker):
    def index_of(phrases, built=None):
        index = PhraseIndex(checker.nlp, built=built)
        index.matcher("NORM").add("claim", phrases)
        index.build()
        return index

    doc = checker.nlp.make_doc("It cures anxiety and calms the mind.")
    first = index_of(["cures", "calms the mind"])
    assert first.fresh and first.matches(doc, 1)
    same = index_of(["cures", "calms the mind"], built=first.stored()[1])
    assert not same.fresh and same._tables is first._tables
    other = index_of(["cures anxiety"], built=first.stored()[1])  # other phrases: built anew, never the stored
    assert other.fresh and [(s, e) for _, s, e in other.matches(doc, 1)] == [(1, 3)]


def test_the_lists_fingerprint_holds_across_hash_seeds():
    """A list filled from a set in arbitrary order would make every new process build the lookups again."""
    import os
    import subprocess
    import sys

    probe = "from claimcheck.engine import Checker; print(Checker().phrase_index._fingerprint())"
    prints = {subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True,
                             env={**os.environ, "PYTHONHASHSEED": seed}).stdout for seed in ("1", "2")}
    assert len(prints) == 1


def test_words_are_the_tokens_of_the_phrase(checker):
    index = PhraseIndex(checker.nlp)
    for phrase in ["can't", "St. John’s wort", "non-addictive", "Marketers say"]:
        tokens = checker.nlp.make_doc(phrase)
        assert [tuple(w) for w in index.words(phrase)] == [(t.text, t.lower_, t.norm_) for t in tokens]
    assert index.fresh and ("WORDS", "can't") in index.tokenized


# The index finds phrases in the token table, not with spaCy's PhraseMatcher: every list must
# get exactly the spans a PhraseMatcher of its own gives, whatever the phrases' lengths, overlaps
# and shared openings, at the Doc's edges too.
_LISTS = {
    "LOWER": [["kava"], ["kava root"], ["kava root extract"], ["root"], ["no", "no side effects"],
              ["side effects"], ["side effects of kava"], ["St. John's wort"], ["-"]],
    "NORM": [["take"], ["take kava"], ["take kava with alcohol"], ["take kava daily"], ["not"],
             ["not safe"], ["not safe with alcohol"], ["with alcohol"], ["alcohol"]],
}
_TEXTS = [
    "Kava root extract has no side effects of kava. Take kava with alcohol? Not safe with alcohol",
    "kava kava root root kava root extract extract",
    "No side effects. no side effects of kava! St. John's wort - and St. John’s wort.",
    "take kava daily; takes kava with alcohol; took kava daily, not safe",
    "alcohol",
    "",
    "kava root",
]


def _reference_matches(nlp, attr, phrase_lists, doc):
    from spacy.matcher import PhraseMatcher

    found = []
    for number, phrases in enumerate(phrase_lists):
        matcher = PhraseMatcher(nlp.vocab, attr=attr)
        matcher.add(f"list{number}", [nlp.make_doc(p) for p in phrases])
        found.append(sorted((s, e) for _, s, e in matcher(doc)))
    return found


def test_every_list_gets_what_its_own_phrase_matcher_finds(checker):
    nlp = checker.nlp
    index = PhraseIndex(nlp)
    lists = {attr: [index.matcher(attr) for _ in phrase_lists] for attr, phrase_lists in _LISTS.items()}
    for attr, phrase_lists in _LISTS.items():
        for matcher, phrases in zip(lists[attr], phrase_lists):
            matcher.add("key", phrases)
    for text in _TEXTS:
        doc = nlp(nlp.make_doc(text))
        for attr, phrase_lists in _LISTS.items():
            ours = [[(s, e) for _, s, e in matcher(doc)] for matcher in lists[attr]]
            assert ours == _reference_matches(nlp, attr, phrase_lists, doc), (attr, text)


def test_a_phrase_on_another_attribute_is_read_from_the_doc(checker):
    index = PhraseIndex(checker.nlp)
    shaped = index.matcher("SHAPE")
    shaped.add("dose", [checker.nlp.make_doc("10x")])
    doc = checker.nlp(checker.nlp.make_doc("It is 50x stronger, not 5x."))
    assert [(s, e) for _, s, e in shaped(doc)] == [(2, 3)]
