"""A business that says it does not sell, serve or stock a substance names it in passing (round 154's own
fix, from a café-menu probe): "We don't serve kava or kratom", "We never stock kratom products". A document
whose every mention is such a refusal does not discuss the substance; one that goes on to discuss it, or limits
the refusal ("before noon", "to anyone under 21"), does.

All sentences are written for these tests."""
import pytest

MISSING = {"safety/kava-missing-safety-language", "safety/kratom-missing-safety-language"}


def _missing(checker, text: str) -> set[str]:
    return {f.rule for f in checker.check_text(text, path="menu.md") if f.rule in MISSING}


@pytest.mark.parametrize("line", [
    "We don't serve kava or kratom, only espresso drinks and herbal teas.",
    "This café never serves kratom or kava.",
    "Our counter doesn't stock kava, and we never stock kratom products either.",
    "We do not brew kava here; try the spiced chai instead.",
    "Our bar doesn't offer kratom or kava in any form.",
    "The kitchen never pours kava, just cold brew and lemonade.",
])
def test_a_refused_sale_names_the_substance_in_passing(checker, line):
    assert _missing(checker, f"# Weekend menu\n\nOat lattes and scones all day.\n{line}\n") == set()


@pytest.mark.parametrize("line", [
    "We serve kava and kratom every Friday night.",
    "Kratom shots are poured at the bar until midnight, and kava is served by the shell.",
    "We don't serve kratom or kava before noon, but after that both are on tap.",
    "We never sell kava or kratom to anyone under 21.",
    "We don't pour kratom or kava without checking ID.",
])
def test_a_served_substance_is_discussed(checker, line):
    assert _missing(checker, f"# Weekend menu\n\nOat lattes and scones all day.\n{line}\n") == MISSING
