"""Risk answers, audit round 127: an FAQ that answers a risk question by confining the risk to misuse or excess
("Is kratom addictive? Only if you abuse it.", "Does kava hurt your liver? Not at normal doses."), the same shape
as a statement ("Kratom is only addictive if you abuse it."), and requirements said by a short answer: a flat no
to an approval question ("Is kratom FDA approved? No.") says it is not approved, and a warning answer to a
question about a combination ("What about mixing kava with alcohol? Don't.") is the combination warning.

All sentences are written for these tests."""
import pytest

KRATOM = "safety/kratom-missing-safety-language"
COMBINATION = "safety/combination-missing-safety-language"
DENIED = "safety/risk-question-denied"
CONFINED = "safety/risk-confined-to-misuse"
KRATOM_DEPENDENCE = "Kratom can cause dependence and withdrawal."
KRATOM_BOTH = KRATOM_DEPENDENCE + " The FDA has not approved kratom for any medical use."
KAVA_LIVER = "Kava has been linked to liver injury."


def _fired(checker, text: str, path: str = "page.md") -> set[str]:
    return {f.rule for f in checker.check_text(text, path=path) if f.scope == "sentence"}


def _missing(checker, text: str) -> set[tuple[str, str]]:
    return {(f.rule, f.subject) for f in checker.check_text(text, path="page.md") if f.scope == "document"}


FLAGGED = [
    # a risk question answered by confining the risk to misuse or excess
    ("**Is kratom addictive?**\nNot when it is used responsibly.", DENIED),
    ("**Is kratom addictive?**\nOnly if people abuse it.", DENIED),
    ("**Can kratom make you dependent?**\nRarely, and only at extremely high doses.", DENIED),
    ("**Does kava damage your liver?**\nOnly if you combine it with alcohol.", DENIED),
    ("**Is kava hard on the liver?**\nNot at normal serving sizes.", DENIED),
    ("Q: Is our kratom habit-forming?\nA: Only for the few who misuse it.", DENIED),
    ("**Will I go through withdrawal after kratom?**\nOnly if you take far too much.", DENIED),
    ("**Can kava hurt you?**\nNot if you buy from a reputable vendor.", DENIED),
    ("Is valerian addictive? Not when taken as the label directs, as directed.", DENIED),
    ("**Is kratom dangerous?**\nOnly when abused.", DENIED),
    # the same shape as a statement
    ("Kratom is only addictive if you abuse it.", CONFINED),
    ("Our kratom is habit-forming only when people misuse it.", CONFINED),
    ("Kava only damages the liver when combined with alcohol.", CONFINED),
    ("Kratom withdrawal only happens to heavy users.", CONFINED),
    ("Kratom can only become addictive at massive doses.", CONFINED),
    ("Kava is only bad for your liver if you mix it with booze.", CONFINED),
    ("Kratom only leads to dependence in people who abuse it.", CONFINED),
    ("Liver injury from kava only occurs when people drink it with alcohol.", CONFINED),
    ("We sell kratom. Addiction only strikes those who overuse it.", CONFINED),
]

PASSING = [
    # the risk affirmed, with or without a condition
    "**Is kratom addictive?**\nYes, regular use can lead to dependence.",
    "**Does kava hurt your liver?**\nIt can; rare cases of serious liver injury have been reported.",
    "**Is kratom addictive?**\nYes, especially at high doses.",
    "**Is kratom addictive?**\nIt can be, particularly with daily use.",
    "**Does kava harm the liver?**\nIt can, especially when mixed with alcohol.",
    "**Does kratom cause withdrawal?**\nYes, and not only in heavy users.",
    "**Is kratom habit forming?**\nNot if you take it as directed, but dependence can still develop with daily use.",
    "**Is kava bad for your liver?**\nIn rare cases, even at normal doses.",
    # a condition that is no misuse, or an answer that is no answer
    "**Is kratom addictive?**\nOnly a doctor can tell you how it will affect you.",
    "**Is kava dangerous for your liver?**\nOnly rarely, but serious cases have been reported.",
    "**Is kratom addictive?**\nNot only that: it can cause withdrawal too.",
    "**Is kava risky?**\nNot with a quality product? Wrong: liver injury has been reported with premium brands too.",
    "**Is kratom addictive?**\nOnly if you take it every day, and many users do.",
    "**Does kava cause liver damage?**\nOnly rarely, and it has happened at normal doses too.",
    # not a risk question
    "**Is kratom legal in Ohio?**\nNot when used responsibly.",
    "**Does kratom work for back pain?**\nOnly if you take enough.",
    "**Does kava taste bitter?**\nNot when brewed properly.",
    "**Is kava safe?**\nOnly if your doctor agrees.",
    # benign uses of "only" and "rarely"
    "Only buy kava made from the noble root.",
    "Rarely do we see a harvest of such quality.",
    "Only if your doctor agrees should you combine them.",
    "Our kava is only sold to adults with a valid ID.",
    "Kava's calm only sets in when you drink a heavy dose.",
    "The discount only applies to heavy users of our kratom subscription.",
    # the statement affirmed, attributed, negated or asked
    "Kratom is addictive, especially if you take it daily.",
    "Kava can harm the liver, especially when mixed with alcohol.",
    "Kratom withdrawal is worst in heavy users, but daily users at normal doses get it too.",
    "Some sellers claim kratom is only addictive if you abuse it, but dependence follows regular use too.",
    "Is kratom only addictive if you abuse it?",
    "Kratom is addictive even when people use it responsibly.",
    "Kratom withdrawal is not only a problem for heavy users.",
    "Dependence doesn't only happen to heavy users; it happens to daily users at normal doses.",
    "Our kratom tea is only sold in 50 g packs to discourage excessive use.",
    "Alcohol withdrawal only strikes heavy drinkers, but kratom withdrawal can affect anyone who uses it daily.",
]


@pytest.mark.parametrize("text,rule", FLAGGED)
def test_flagged(checker, text, rule):
    assert rule in _fired(checker, text)


@pytest.mark.parametrize("text", PASSING)
def test_passing(checker, text):
    assert not _fired(checker, text) & {DENIED, CONFINED, "safety/risk-minimized", "safety/risk-denied"}


FDA_NO = [
    "**Is kratom FDA approved?**\nNo.",
    "Q: Is kratom FDA approved?\nA: Nope.",
    "**Has the FDA approved kratom?**\nNo, it hasn't.",
    "**Is kratom approved by the FDA?**\nNo, it isn't.",
    "Q: Did the FDA approve kratom for pain?\nA: No.",
]


@pytest.mark.parametrize("faq", FDA_NO)
def test_flat_no_to_approval_question_says_not_approved(checker, faq):
    assert (KRATOM, "kratom") not in _missing(checker, f"{KRATOM_DEPENDENCE}\n\n{faq}")


FDA_NOT_SAID = [
    "**Is kratom FDA approved?**\nYes, since 2019.",
    "**Isn't kratom FDA approved?**\nNo.",
    "**Is kratom legal?**\nNo.",
    "**Is kratom natural?**\nNo doubt.",
]


@pytest.mark.parametrize("faq", FDA_NOT_SAID)
def test_approval_not_said(checker, faq):
    assert (KRATOM, "kratom") in _missing(checker, f"{KRATOM_DEPENDENCE}\n\n{faq}")


def test_affirmed_dependence_answer_still_counts(checker):
    text = "Q: Is kratom addictive?\nA: Yes, it can be.\n\nThe FDA has not approved kratom for any medical use."
    assert (KRATOM, "kratom") not in _missing(checker, text)


def test_yes_to_approval_of_an_approved_drug_passes(checker):
    assert not _fired(checker, "**Is Epidiolex FDA approved?**\nYes.")


WARNED = [
    ("**What about mixing kava with alcohol?**\nThat's a bad idea.", "alcohol+kava"),
    ("**What about mixing kava with alcohol?**\nDon't.", "alcohol+kava"),
    ("**Can I drink kava with alcohol?**\nNo. Don't mix them.", "alcohol+kava"),
    ("Q: What about kava and wine?\nA: Avoid it.", "alcohol+kava"),
    ("**Can I take kratom with a beer?**\nPlease don't.", "alcohol+kratom"),
]


@pytest.mark.parametrize("faq,key", WARNED)
def test_warning_answer_to_combination_question(checker, faq, key):
    assert (COMBINATION, key) not in _missing(checker, f"{KRATOM_BOTH} {KAVA_LIVER}\n\n{faq}")


NOT_WARNED = [
    "**What about mixing kava with alcohol?**\nPeople love it.",
    "**What about mixing kava with alcohol?**\nDon't worry, it's fine.",
    "**Have you tried kava with beer?**\nNever had the chance, but friends love it.",
    "**Is it dangerous to mix kava with alcohol?**\nNo.",
    "**Can I drink kava with alcohol?**\nSure, plenty of people do.",
]


@pytest.mark.parametrize("faq", NOT_WARNED)
def test_combination_not_warned(checker, faq):
    assert (COMBINATION, "alcohol+kava") in _missing(checker, f"{KAVA_LIVER}\n\n{faq}")
