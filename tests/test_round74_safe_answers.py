"""Risk questions answered by a pronoun and its copula, audit round 200: "Is kava safe? It is, completely." says yes
(safety/risk-question-affirmed) and "Kratom is addictive? It isn't." says no (safety/risk-question-denied), and a
one-word risk waved away for the seller's product ("Withdrawal? Not with our kratom.", "Tolerance? Never an issue with
our kava.") is a no too. A pronoun's no that denies less than was asked ("It doesn't always.", "It can't be ruled
out.", "It isn't that simple.") leaves the question open, and so does a yes that hedges, warns or reports.

All sentences are written for these tests."""
import pytest

AFFIRMED = "safety/risk-question-affirmed"
DENIED = "safety/risk-question-denied"
RISK_RULES = {AFFIRMED, DENIED}


def _fired(checker, text: str, path: str = "page.md") -> set[str]:
    return {f.rule for f in checker.check_text(text, path=path) if f.scope == "sentence"}


FLAGGED = [
    # a copula yes to a safety question
    ("Is kava safe? It is, completely.", AFFIRMED),
    ("Is kratom safe to take daily? It is, 100%.", AFFIRMED),
    ("Are these gummies safe for kids? They are, totally.", AFFIRMED),
    ("Is it safe to mix kava and beer? It is!", AFFIRMED),
    ("Is our ashwagandha safe? It absolutely is.", AFFIRMED),
    ("Is this chamomile tea safe for toddlers? It is, absolutely!", AFFIRMED),
    ("Are our elderberry gummies safe for kids? They definitely are.", AFFIRMED),
    ("Is it safe to drink kava while pregnant? It is.", AFFIRMED),
    ("Are kratom capsules safe? They are, 100 percent.", AFFIRMED),
    ("Is kava safe? The short answer: it is.", AFFIRMED),
    # a statement-question echoing a risk, or a question, answered with a copula no
    ("Kratom is addictive? It isn't.", DENIED),
    ("Valerian is habit-forming? It's not.", DENIED),
    ("Kava is bad for the liver? It is not.", DENIED),
    ("Kratom gummies are addictive? They aren't.", DENIED),
    ("Is kratom addictive? It isn't.", DENIED),
    ("Is kava bad for your liver? It’s not.", DENIED),
    ("Are kratom capsules addictive? They're not.", DENIED),
    ("Is St. John's wort habit-forming? It isn't, not even slightly.", DENIED),
    ("Kratom is dangerous? It isn't!", DENIED),
    ("Is kava addictive? It really isn't.", DENIED),
    ("**Q: Is kratom addictive?**\n\n**A:** It isn't, not at all.\n", DENIED),
    # a one-word risk waved away for the seller's own product
    ("Tolerance? Never an issue with our kava.", DENIED),
    ("Withdrawal? Not with our kratom.", DENIED),
    ("Side effects? None with our CBD.", DENIED),
    ("Addiction? Not with our kava.", DENIED),
    ("Dependence? Not a problem with our kratom.", DENIED),
    ("Tolerance? Not a concern with our kratom extract.", DENIED),
    ("Overdose? Not with our kava.", DENIED),
    ("Side effects? Never a problem with our kratom.", DENIED),
    ("Withdrawal? Never with our kava shots.", DENIED),
    # an auxiliary no that answers the question asked
    ("Can kratom hurt you? It can't.", DENIED),
    ("Does kratom cause withdrawal? It doesn't.", DENIED),
]

PASSING = [
    # a yes that keeps a warning, hedges, confines or reports
    "Is kava safe? It is, for most healthy adults at normal doses, but it has been linked to liver injury.",
    "Is kava safe? It can be, in moderation.",
    "Is kava safe? It is, but ask your doctor first.",
    "Is kratom safe? It is, according to vendors, but the FDA disagrees.",
    "Is kava safe? It is, according to vendors.",
    "Is kava safe? It is, probably, for most people.",
    "Is kava safe? It is, in small amounts.",
    "Is kava safe? It is for some people.",
    "Is kava safe? It is, in moderation and away from alcohol.",
    "Is ashwagandha safe? It is generally well tolerated, but can upset the stomach.",
    "Is valerian safe for long-term use? It is unclear.",
    "Is kava safe? It is what it is.",
    # a yes to the risk is a warning
    "Is kratom addictive? It is.",
    "Is kratom addictive? It can be.",
    "Kratom is addictive? It is, sadly.",
    "Is kratom addictive? It is, for many daily users.",
    "Is kratom withdrawal real? It is.",
    "Does kratom cause withdrawal? It does.",
    # a no to safety, or a no that denies less than was asked
    "Is kava safe? It is not.",
    "Is kava safe? It isn't, for people with liver disease.",
    "Is it safe to mix kava and beer? It isn't.",
    "Does kratom cause withdrawal? It doesn't always.",
    "Does kava hurt your liver? It doesn't matter how much you drink, it can.",
    "Can kratom hurt you? It can't be ruled out.",
    "Does kratom cause withdrawal? Short answer: it doesn't always.",
    "Is kratom addictive? It isn't that simple.",
    "Is kava dangerous? It's not without risks.",
    "Is kratom dangerous? It's not harmless.",
    "Is kava bad for your liver? It is not clear.",
    "Is kratom addictive? It might be.",
    "Is kava safe during pregnancy? It is not known.",
    # the risk fragment answered with the risk, or a hedge, a report, another question
    "Withdrawal? Yes, it happens — taper slowly.",
    "Side effects? Nausea and constipation are common.",
    "Tolerance? It builds fast with daily use.",
    "Withdrawal? Not with our kratom, sellers claim, but users report otherwise.",
    "Withdrawal? Not with our kratom, sellers claim.",
    "Tolerance? Not with our kratom, at least at first, but daily use builds it.",
    "Side effects? None that we know of, but ask your doctor.",
    "Withdrawal? Not with our kratom? That is what the ads say.",
    "Tolerance? Does it build with our kava?",
    "Tolerance is never an issue with our kava?",
    # no risk asked about
    "Is it vegan? It is!",
    "Is our kava gluten-free? It is, completely.",
    "Is kratom legal in Ohio? It is.",
    "Is shipping free? It is, totally.",
    "Price? Not with our kratom.",
    "Shipping? Never an issue with our kava.",
    "Pain tolerance? Not an issue with our kava.",
    "Heat tolerance? Never an issue with our kava plants.",
    "Is this kava bar safe? It is, we have security.",
    # questions left open
    "Is kava safe?",
    "Is kratom addictive? Read on.",
]


@pytest.mark.parametrize("text,rule", FLAGGED)
def test_risk_question_answered_by_pronoun_or_waved_fragment_is_flagged(checker, text, rule):
    assert rule in _fired(checker, text)


@pytest.mark.parametrize("text", PASSING)
def test_answer_that_warns_hedges_or_denies_less_passes(checker, text):
    assert not RISK_RULES & _fired(checker, text)
