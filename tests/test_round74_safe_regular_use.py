"""Safety promised for regular, daily or long-term use (audit round 74): "safe for daily use", "safe to drink every
day", "you can safely take it every night", "daily kava use is safe" (safety/regular-use-safe). Regular use is where
kratom's dependence, kava's liver injury and skin changes and St. John's wort's interactions lie, and the long-term
safety of most herbs is unknown. A plain "kratom is safe" is left alone (main's decision); hedged, negated, questioned,
attributed and limited claims, instructions, studies' findings, and tools, containers and websites pass.

All sentences are written for these tests."""
import pytest

RULE = "safety/regular-use-safe"


def _fired(checker, text: str, path: str = "page.md") -> set[str]:
    return {f.rule for f in checker.check_text(text, path=path) if f.scope == "sentence"}


FLAGGED = [
    "Kratom is safe for daily use.",
    "Our kava is noble kava only, which is safe for daily use.",
    "Kava is safe to drink every day.",
    "Our kratom is safe to take daily.",
    "Kava is safe for everyday use.",
    "You can safely take kratom every day.",
    "Our maeng da kratom powder is fine for regular use.",
    "Our St. John's wort is safe for long-term use.",
    "This kava blend is safe to use regularly.",
    "Our valerian tincture is safe to take every night.",
    "Kava shots are safe for nightly consumption.",
    "Kratom can be safely taken day after day.",
    "You can drink our kava safely every night.",
    "Kava can safely be consumed on a daily basis.",
    "Our Amanita gummies are safe for daily and long-term use.",
    "Kratom is safe to take as often as you like.",
    "Our kava is safe enough to sip every evening.",
    "Daily kratom use is perfectly safe.",
    "Long-term use of St. John's wort is fine.",
    "Taking kratom every morning is safe.",
    "Our kava is fine for years of nightly drinking.",
    "Kratom is a safe daily supplement.",
    "Our kratom capsules are okay to take daily.",
    "Kratom is safe to take everyday.",
]

PASSING = [
    # main's decision: no scope, no intensifier
    "Kratom is safe.",
    # hedged, limited, or a study's finding
    "Kava is generally considered safe for short-term use.",
    "Kava may be safe for up to 8 weeks.",
    "Kava may be safe for daily use for up to 8 weeks.",
    "Kava is safe for daily use for up to 8 weeks.",
    "Our ashwagandha is fine to take daily for a few weeks at a time.",
    "Ashwagandha was safe for daily use in a 12-week trial.",
    "Kava is fine to drink every day in small amounts.",
    "Our turmeric is safe to take daily under medical supervision.",
    "Studies of up to 6 months found no serious problems with kava.",
    # negated, questioned, attributed
    "Kratom is not safe for daily use.",
    "Daily kava use is not safe.",
    "Kava is never safe to drink every night.",
    "You cannot safely take kratom every day.",
    "Is kava safe to drink every day?",
    "Is regular kratom use safe?",
    "Sellers claim kratom is safe for daily use, but daily use leads to dependence.",
    "No one knows whether St. John's wort is safe to take every day.",
    "It is unclear whether kava is safe for long-term use.",
    # instructions, not safety claims
    "Take one kratom capsule daily.",
    "Drink kava every day for a week to feel the effect.",
    "Use our kratom daily for best results.",
    # other subjects: tools, containers, websites, everyday things
    "Our website is safe for everyday use.",
    "Our kava bowls are safe for daily use.",
    "The glass jars keep our kratom fresh and are safe for everyday use.",
    "Our kava strainer bag is fine for daily use and washes easily.",
    "Regular use of our kratom app is safe.",
    "Kava is fine to drink with most everyday foods.",
    "It is safe to say that many people drink kava every day.",
    "The safe daily dose of kava lactones is 250 mg.",
    "Daily kratom use can lead to dependence.",
]


@pytest.mark.parametrize("text", FLAGGED)
def test_regular_use_safety_promises_are_flagged(checker, text):
    assert RULE in _fired(checker, text)


@pytest.mark.parametrize("text", PASSING)
def test_hedged_negated_limited_and_other_subjects_pass(checker, text):
    assert RULE not in _fired(checker, text)


def test_kratom_message_names_dependence(checker):
    findings = [f for f in checker.check_text("Kratom is safe for daily use.", path="page.md") if f.rule == RULE]
    assert findings and "dependence" in findings[0].message


def test_kava_message_names_the_liver(checker):
    findings = [f for f in checker.check_text("Kava is safe to drink every day.", path="page.md") if f.rule == RULE]
    assert findings and "liver" in findings[0].message
