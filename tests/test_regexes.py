import pickle
import re

import pytest

from claimcheck.regexes import LazyRegex, compile_pattern, program_of, stored_programs


def test_a_lazy_regex_finds_what_the_compiled_one_finds():
    lazy = LazyRegex(r"\bcures?\b", re.IGNORECASE)
    text = "It Cures colds; two cures; no curess."
    assert [m.span() for m in lazy.finditer(text)] == [m.span() for m in re.finditer(r"\bcures?\b", text, re.I)]
    assert lazy.search("nothing here") is None


def test_a_lazy_regex_compiles_on_first_use_and_pickles_as_its_source():
    lazy = LazyRegex(r"kava|kratom")
    assert lazy._compiled is None
    lazy.search("kava")
    copy = pickle.loads(pickle.dumps(lazy))
    assert copy._compiled is None and (copy.pattern, copy.flags) == (lazy.pattern, lazy.flags)
    assert copy.search("a kratom leaf").group() == "kratom"


PATTERNS = [
    (r"\bcures?\b", re.IGNORECASE),
    (r"(?x) (?P<herb>kava|kratom) \s+ (?:is|was) \s+ (safe|fine)", 0),
    (r"(?<![\w'’])(?:no|zero)\s+side[\s-]effects?(?![\w'’])", re.IGNORECASE),
    (r"^[\W_]*guaranteed[\W_]*$|(?i:miracle)\s+(\w+)", re.MULTILINE),
]


@pytest.mark.parametrize("pattern, flags", PATTERNS)
def test_a_pattern_rebuilt_from_its_program_is_the_compiled_pattern(pattern, flags):
    program = program_of(pattern, int(flags))
    assert program is not None
    rebuilt = compile_pattern(pattern, flags, pickle.loads(pickle.dumps(program)))
    compiled = re.compile(pattern, flags)
    assert rebuilt == compiled and rebuilt.groupindex == compiled.groupindex
    text = "Kava is safe. No side-effects!\nguaranteed\nA Miracle root cures all; zero side effects"
    assert [m.span() for m in rebuilt.finditer(text)] == [m.span() for m in compiled.finditer(text)]


def test_a_program_the_engine_refuses_just_compiles_the_pattern():
    flags, code, *rest = program_of(r"kava|kratom")
    broken = (flags, code[: len(code) // 2], *rest)  # cut short: the engine's own check rejects it
    assert compile_pattern(r"kava|kratom", 0, broken).search("a kratom leaf").group() == "kratom"
    assert compile_pattern(r"kava|kratom", 0, ("not", "a", "program")).pattern == "kava|kratom"


def test_stored_programs_are_kept_in_the_compiled_cache(tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    patterns = [(pattern, int(flags)) for pattern, flags in PATTERNS]
    first = stored_programs(patterns)
    assert set(first) == set(patterns)
    assert list((tmp_path / "claimcheck" / "compiled").glob("regex-programs-*.pickle"))
    monkeypatch.setattr("claimcheck.regexes.program_of", lambda *_: pytest.fail("compiled again"))
    assert stored_programs(reversed(patterns)) == first


def test_a_lazy_regex_with_a_program_finds_the_same_and_pickles_without_it():
    program = program_of(r"\bcures?\b", re.IGNORECASE)
    lazy = LazyRegex(r"\bcures?\b", re.IGNORECASE, program)
    assert [m.span() for m in lazy.finditer("It Cures; two cures")] == [(3, 8), (14, 19)]
    assert pickle.loads(pickle.dumps(lazy)).program is None


def _find_all(text: str, word: str) -> list[int]:
    found, at = [], text.find(word)
    while at >= 0:
        found.append(at)
        at = text.find(word, at + 1)
    return found


def test_anchor_search_finds_what_str_find_finds():
    from claimcheck.regexes import AnchorSearch

    anchor_sets = [("period", "full stop"), None, ("'ll", "will", "ill"), ("aa",), ("period",), ()]
    search = AnchorSearch(anchor_sets)
    text = "you'll sleep, you will. period. periodically, full stop; aaaa ill-will"
    found = search.starts(text)
    for anchors, starts in zip(anchor_sets, found):
        expected = sorted(at for anchor in anchors or () for at in _find_all(text, anchor))
        assert sorted(starts) == expected  # overlapping ("aaaa", "will" in "ill-will") and shared anchors too
    assert found[3] == [57, 58, 59]  # "aaaa" holds "aa" three times


def test_anchor_search_without_anchors_finds_nothing():
    from claimcheck.regexes import AnchorSearch

    assert AnchorSearch([None, ()]).starts("any text at all") == [[], []]
    assert AnchorSearch([]).starts("any text") == []
