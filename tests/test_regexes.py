import pickle
import re

from claimcheck.regexes import LazyRegex


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
