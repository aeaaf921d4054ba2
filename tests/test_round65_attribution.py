"""A risk denial reported after the fact ("…, sellers claim, but …") that the writer answers with the risk
is distanced; the same report left standing, or answered with a denied risk, is not. A taste compared is no risk."""
import pytest

FLAG = [
    "Kava is completely safe, sellers claim.",
    "Kava is completely safe, sellers claim, and it will never harm your liver.",
    "Our kratom is non-addictive, the brand insists, and you will love it.",
    "Kava is completely safe; some people report mild stomach upset.",
    "Kratom is safer than a cup of coffee.",
    "Valerian is gentler than coffee, and just as easy to take.",
]

PASS = [
    "Kava is completely safe, sellers claim, but liver injury has been reported.",
    "Kratom is non-addictive, vendors insist, yet many users develop dependence.",
    "Our kava is totally harmless, the label says, but it can harm the liver in rare cases.",
    "This matcha has a flavor that is gentler than espresso.",
    "Its taste is gentler than coffee, and the aroma is softer than black tea.",
]


@pytest.mark.parametrize("text", FLAG)
def test_flags(checker, text):
    assert [f for f in checker.check_text(text) if f.category == "safety" and f.scope == "sentence"], text


@pytest.mark.parametrize("text", PASS)
def test_passes(checker, text):
    found = [(f.rule, f.text) for f in checker.check_text(text) if f.category == "safety" and f.scope == "sentence"]
    assert not found, (text, found)
