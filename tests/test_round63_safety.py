"""Safety, audit round 63: risk questions in FAQ and Q&A layouts.

A question about a risky use (with alcohol, with medicines, in pregnancy, "is it safe?") answered with
a flat yes is a risk-minimizing claim (safety/risk-question-affirmed), the counterpart of a risk question
answered with a flat no (safety/risk-question-denied). Layouts: one line, "Q:/A:" labels, bold questions,
headings as questions followed by a paragraph, one-word answers. Near misses: an answer that warns, hedges
or sets a condition, a no, benign questions, questions left unanswered. Also: a "no" that goes on to a
greater risk is no denial, and "no upper limit" of anything but a dose is no overdose claim.

All sentences are written for these tests."""
import pytest

import claimcheck


def _sentence_rules(text):
    return {f.rule for f in claimcheck.check_text(text, path="faq.md") if f.scope == "sentence"}


AFFIRMED = [
    "Can I take St. John's wort with my oral contraceptive pill? Yes, no problem at all.",
    "Q: Can I take St. John's wort with my birth control?\nA: Yep, that's fine.",
    "Can I drink alcohol with kava? Sure, go ahead.",
    "Is it OK to mix kratom with my pain pills? Absolutely!",
    "Q: Safe during pregnancy? A: Yes, 100%.",
    "Our ashwagandha gummies\n\nQ: Safe during pregnancy?\nA: Yes, 100%.",
    "**Can I have a glass of wine after my kava shell?**\n\nOf course! Enjoy.",
    "Kratom FAQ\n\n## Can I take kratom with my antidepressants?\n\nYes. Thousands of our customers do.",
    "Is kava safe? Yes.",
    "Is it safe to give valerian to my kids? Definitely!",
    "Could you take kratom while on methadone? Yep.",
    "Is it fine to drink beer with kava? Go for it!",
    "Is our CBD oil safe for dogs? Totally.",
    "Can I stack phenibut and kratom? Sure thing.",
    "Is kratom safe to take every day? 100%.",
    "Kava FAQ\n\nCan I drink it after a few beers?\nSure!",
    "Is it okay to use CBD while breastfeeding? Yes, it's natural.",
    "Can I take ginkgo with warfarin? Yes, of course.",
    "Is St. John's wort safe with antidepressants? Yes, 100 percent.",
    "Is it safe to drive after kava? Yes.",
    "Can I take kava with Xanax? You bet!",
    "Q. Can I use CBD with my blood pressure medication?\nA. Yes, no worries.",
    "Question: Can pregnant women drink chamomile tea?\nAnswer: Yes.",
    "Can I give my toddler kratom tea? Yes!",
    "Can I drink kava and drive? Yes.",
    "Can I take kratom if I'm on antidepressants? Absolutely.",
    "Is kratom OK with my Zoloft? Yes!",
    "Can you drink on kratom? Heck yes.",
]

AFFIRMED_PASSING = [
    # the answer warns, hedges or sets a condition
    "Can I take St. John's wort with my birth control? Yes, but only after talking to your doctor.",
    "Can I take kratom with my antidepressants? Yes, it can interact.",
    "Is kava safe? Usually, in small amounts.",
    "Is kava safe? Yes, for most healthy adults at the label dose.",
    "Can I drink alcohol with kava? Yes. But keep it light and never drive.",
    "Can I take St. John's wort with my birth control? Yes — if you use a backup method.",
    "Can I take kava with my medication? Yes, unless it is a sedative.",
    "Kratom FAQ\n\n## Can I take kratom with my antidepressants?\n\nYes. Talk to your doctor first.",
    # the answer is no, or no answer at all
    "Can I drink alcohol with kava? No — never mix them.",
    "Is kava safe during pregnancy? No. Avoid it.",
    "Can I take valerian with my sleeping pills?",
    "Can I drink kava while pregnant? We don't recommend it.",
    "Is kava safe? That depends on the dose.",
    # benign questions, or a yes to a risk
    "Can I drink kava cold? Yes!",
    "Can I mix kratom powder into smoothies? Yes!",
    "Can I take ashwagandha with food? Yes, it is gentler on the stomach.",
    "Is it safe to store kava in the fridge? Yes.",
    "Is it safe to buy kratom online? Yes.",
    "Is turmeric safe to cook with? Yes.",
    "Is this kava bar safe? Yes, we have security staff.",
    "Does kratom interact with antidepressants? Yes, it does.",
    "Is kratom addictive? Yes.",
    "Can I take kratom with my meds? It can cause problems.",
    "Can I take St. John's wort with the pill? It can make the pill less effective.",
    "Can I take kava with alcohol? Yes, it can be dangerous, so don't.",
    "Can I take kava with me on a plane? Yes, in checked luggage.",
    "Can I take CBD with coffee? Yes.",
    "Can I drink kava with my friends? Yes!",
    "Can I take kava with wine? Many readers ask us this. The short answer is no.",
    "Is kratom safe to use with opioids? Definitely not.",
    "Our kava guide.\n\nIs it safe to use a blender? Yes, a high-speed one works best.",
    "Our kava guide.\n\nIs it safe to use tap water? Yes.",
    "Can I take kava with my meds? Yes, we get this question a lot!",
    "Is kava safe? Yes? No? Let's look at the evidence.",
]


@pytest.mark.parametrize("text", AFFIRMED)
def test_risk_question_answered_yes_is_flagged(text):
    assert "safety/risk-question-affirmed" in _sentence_rules(text)


@pytest.mark.parametrize("text", AFFIRMED_PASSING)
def test_risk_question_with_warning_or_benign_passes(text):
    assert "safety/risk-question-affirmed" not in _sentence_rules(text)


DENIED = [
    "Is kratom addictive? No.",
    "Is kava bad for your liver? Nope, not at all.",
    "Kava FAQ\n\nIs it addictive?\nNo.",
]

DENIED_PASSING = [
    "Is kratom as risky as a cup of coffee? No, it is far riskier.",
    "Is kratom only as addictive as caffeine? No — much more addictive than that.",
    "Is kava as harmful as people say? No, it is worse.",
    "Is kratom habit-forming? It can be, with daily use.",
]


@pytest.mark.parametrize("text", DENIED)
def test_risk_question_answered_no_is_flagged(text):
    assert "safety/risk-question-denied" in _sentence_rules(text)


@pytest.mark.parametrize("text", DENIED_PASSING)
def test_no_that_goes_on_to_a_greater_risk_passes(text):
    assert "safety/risk-question-denied" not in _sentence_rules(text)


OVERDOSE = [
    "Brew our kava as strong as you like, there is no upper limit.",
    "With kava there is no upper limit on how many shells you can drink.",
    "There's no upper limit on how much kratom you can take.",
    "Our chamomile has no upper limit on the daily dose.",
]

OVERDOSE_PASSING = [
    "There is no upper limit on how many kava recipes you can try.",
    "Our kava bar has no upper limit on party size.",
    "There is no upper limit to the number of flavors of our ashwagandha gummies.",
]


@pytest.mark.parametrize("text", OVERDOSE)
def test_no_upper_limit_of_a_dose_is_flagged(text):
    assert "safety/no-overdose" in _sentence_rules(text)


@pytest.mark.parametrize("text", OVERDOSE_PASSING)
def test_no_upper_limit_of_something_else_passes(text):
    assert "safety/no-overdose" not in _sentence_rules(text)


# A yes and a no at once ("Yes and no: it depends") leaves the question open: neither a flat yes nor a flat denial.
# An answer word before a colon still answers ("No: never mix them" is a no).
@pytest.mark.parametrize("text, rule", [
    ("Is kratom safe with alcohol? Yes and no: it depends on how much.", "safety/safe-combination"),
    ("Can I mix kava with beer? Yes and no.", "safety/risk-question-affirmed"),
    ("Is kratom addictive? No and yes, depending on the dose.", "safety/risk-question-denied"),
])
def test_yes_and_no_leaves_the_question_open(text, rule):
    assert rule not in _sentence_rules(text)


@pytest.mark.parametrize("text, rule", [
    ("Can I mix kava with beer? Yes: go ahead.", "safety/risk-question-affirmed"),
    ("Is kratom addictive? No: not at all.", "safety/risk-question-denied"),
])
def test_an_answer_before_a_colon_still_answers(text, rule):
    assert rule in _sentence_rules(text)
