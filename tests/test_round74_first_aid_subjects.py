"""First aid at home (ice, heat, rest) is a practice: before a card's praise it is the praise's subject, not the
product the page sells ("Ice — great for pain after a workout" on a kava bar's page)."""
import pytest


@pytest.mark.parametrize("text", [
    "We serve kava from Vanuatu.\n\nIce — great for pain after a workout.",
    "We serve kava from Vanuatu.\n\nA heating pad: perfect for back pain.",
    "Our kratom shop.\n\nRest: great for flu recovery.",
])
def test_first_aid_before_the_praise_is_its_subject(rules_fired, text):
    assert "efficacy/praised-fragment" not in rules_fired(text, "efficacy")


@pytest.mark.parametrize("text", [
    "We serve kava from Vanuatu.\n\nKava — great for anxiety.",
    "Our kratom strains.\n\n**Red Bali** — great for chronic back pain.",
])
def test_the_product_before_the_praise_still_claims(rules_fired, text):
    assert "efficacy/praised-fragment" in rules_fired(text, "efficacy")
