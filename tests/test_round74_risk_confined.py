"""Risks confined to a bad product, a misuse or someone else, audit round 159: "Only adulterated kratom is
dangerous.", "Liver damage from kava happens only with cheap extracts.", "The liver cases were caused by bad
extracts, not traditional kava.", "Kratom is safe as long as you don't take more than 5 grams." each wave the risk
away for the reader's own product and use (safety/risk-confined-to-misuse), while graded or scoped warnings that
keep the risk, advice, hedged, negated, attributed and asked claims, and other senses of "only" pass. And a
"when it's made from stems" clause picks out which products harm; it does not say what kava is made of
(botanical/wrong-part).

All sentences are written for these tests."""
import pytest

CONFINED = "safety/risk-confined-to-misuse"
WRONG_PART = "botanical/wrong-part"


def _fired(checker, text: str) -> set[str]:
    return {f.rule for f in checker.check_text(text, path="page.md") if f.scope == "sentence"}


FLAGGED = [
    # a bad product
    "Only adulterated kava is harmful.",
    "Only synthetic kratom can be lethal.",
    "Only gas-station kratom is dangerous.",
    "Only cheap kava extracts damage the liver.",
    "Kava liver damage happens only with low-quality extracts.",
    "Kratom overdoses only occur with laced or counterfeit products.",
    "Liver injury from kava only comes from stems and peels.",
    "Kava is only toxic if it's made from peels and leaves.",
    "Kratom is only addictive when you buy contaminated powder.",
    # the harm blamed on a bad product, not the product
    "The kava liver cases were caused by poor extracts, not the traditional root drink.",
    "Those kratom deaths were linked to adulterated batches, not kratom itself.",
    # someone else
    "Kava trouble only affects heavy drinkers.",
    "Kratom is only a risk for people who mix it with other drugs.",
    "Kratom is only dangerous for those who combine it with benzodiazepines.",
    "Kava is only a danger for people with pre-existing liver disease.",
    "Kratom side effects only happen if you take way too much.",
    "Kratom dependence only develops at extremely high doses.",
    # safety promised on a condition of dose or product
    "Kratom is perfectly safe as long as you don't take more than 4 grams.",
    "Kava is harmless as long as you stick to noble varieties.",
    "Kava is harmless provided you buy from a reputable vendor.",
    "Kratom is risk-free as long as you never mix it with alcohol.",
    "As long as you buy quality kratom, there's no real risk.",
    "Provided that you drink noble kava, there are no liver worries.",
]

PASSING = [
    # graded or scoped warnings that keep the risk
    "Most kava liver cases involved extracts; root drinks seem lower risk, though not risk-free.",
    "The risk of kratom dependence rises with heavy use.",
    "Contaminated kratom has killed people, and uncontaminated kratom can still cause dependence.",
    "Kava can harm the liver at ordinary doses, and the risk is higher with extracts.",
    "Kava products made from stems and peels have been tied to liver injury.",
    "Dependence can develop at ordinary doses, not only with heavy use.",
    "Kratom is not only dangerous when combined with other drugs; alone it can cause dependence.",
    # advice
    "Only buy kava from vendors who test for contaminants.",
    "Only use kava made from the root, and never mix it with alcohol.",
    # hedged, negated, attributed, asked
    "Kava might only harm the liver when it is made from stems, but the evidence is unclear.",
    "It is false that only adulterated kratom is dangerous.",
    "Vendors claim only adulterated kratom is dangerous, but pure kratom causes dependence too.",
    "Is only cheap kava bad for the liver?",
    # other senses of "only" and of the condition
    "Kratom only grows in Southeast Asia.",
    "Our kava is only sold online.",
    "Only cheap kava tastes this muddy.",
    "Kratom's effects only kick in at high doses.",
    "As long as you buy noble kava, you get the traditional flavor.",
    "Kratom stays fresh as long as you keep it dry.",
    "Shipping is fine as long as you order more than two bags of kratom.",
    "Chamomile tea is safe as long as you are not allergic to ragweed.",
]


@pytest.mark.parametrize("text", FLAGGED)
def test_flagged(checker, text):
    # "perfectly safe as long as…": safety/absolute-safety may report the same words first
    assert _fired(checker, text) & {CONFINED, "safety/absolute-safety"}


@pytest.mark.parametrize("text", PASSING)
def test_passing(checker, text):
    assert CONFINED not in _fired(checker, text)


WRONG_PART_FLAGGED = [
    "Kava is made from the leaves.",
    "Our kava is brewed from the stems when the harvest is poor.",
    "Kava drinks made from leaves are popular in Fiji.",
    "Our kava made from leaves is never dangerous.",
]

WRONG_PART_PASSING = [
    "Kava only harms the liver when it's made from stems and leaves.",
    "Kava can be risky when it is made from peels.",
    "When kava is made from leaves, it can hurt the liver.",
    "Kava powders made from stems have been linked to liver damage.",
]


@pytest.mark.parametrize("text", WRONG_PART_FLAGGED)
def test_wrong_part_flagged(checker, text):
    assert WRONG_PART in _fired(checker, text)


@pytest.mark.parametrize("text", WRONG_PART_PASSING)
def test_wrong_part_passing(checker, text):
    assert WRONG_PART not in _fired(checker, text)
