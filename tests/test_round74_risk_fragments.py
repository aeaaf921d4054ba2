"""Risk fragments, audit round 74: a risk named in a verbless question and waved away in its answer fragment
("Side effects? Just a calmer mind.", "Kratom withdrawal? Mild, at worst.", "Its only side effect? Better sleep!"):
safety/risk-question-denied's `answer_trivial`. An answer that keeps a real harm, hedges, sends to a doctor or does
not know passes, and so do questions about no risk ("Price? Just $20.").

All sentences are written for these tests."""
import pytest

RULE = "safety/risk-question-denied"


def _fired(checker, text: str, path: str = "page.md") -> set[str]:
    return {f.rule for f in checker.check_text(text, path=path) if f.scope == "sentence"}


FLAGGED = [
    "Our kava is brewed fresh daily. Its only side effect? Better sleep!",
    "Our kava is brewed fresh daily. Side effects? Just a calmer mind.",
    "Our kava is brewed fresh daily. The only real side effect of kava? A numb tongue.",
    "Our kratom is lab tested. Kratom withdrawal? Mild, at worst.",
    "Our ashwagandha capsules ship free. Side effects? Only a deeper sleep.",
    "Our kratom powder is fresh. Withdrawal? Just a little tiredness.",
    "Our valerian tincture is potent. Downsides? Merely some drowsiness.",
    "Our kratom is lab tested. Addiction? Minor, if anything.",
    "Our kava is brewed fresh daily. The only risk with our kava? Relaxing too much.",
    "Our kratom is lab tested. Side effects? Nothing but good vibes.",
    "Our kava is brewed fresh daily. Liver damage? Nothing serious.",
    "Our kratom is lab tested. Withdrawal symptoms? Barely noticeable.",
    "Our kratom is lab tested. Withdrawal? Mild and short-lived.",
    "Our kratom is lab tested. Is kratom addictive? Just a little.",
    "Our kratom is lab tested. Does kratom cause withdrawal? Only a mild one.",
    "Our kava is brewed fresh daily. What are the side effects? Just a numb tongue.",
    "Our kava is brewed fresh daily. Any side effects? Just relaxation.",
    "Our kava is brewed fresh daily. Danger? Minimal.",
    "# Kava FAQ\n\n**Side effects?**\n\nJust a calmer mind.\n",
]

PASSING = [
    "Our kava is brewed fresh daily. Side effects? Nausea and, rarely, liver injury.",
    "Our kratom is lab tested. Kratom withdrawal? It can be rough: aches, insomnia, cravings.",
    "Our kava is brewed fresh daily. Side effects? Ask your doctor.",
    "Our kava is brewed fresh daily. Side effects? Possibly just a numb tongue, but liver injury has been reported.",
    "Our kava is brewed fresh daily. Side effects? Mostly a numb tongue; heavy use has been linked to liver injury.",
    "Our kava is brewed fresh daily. Price? Just $20.",
    "Our kava is brewed fresh daily. Taste? Mild and earthy.",
    "Our kava is brewed fresh daily. Strength? Mild, at worst.",
    "Our kava is brewed fresh daily. Side effects? Just the usual ones: nausea, headache, and liver injury in rare cases.",
    "Our kratom is lab tested. Withdrawal? Only if you stop suddenly after daily use, and it can be severe.",
    "Our kava is brewed fresh daily. The only side effect? We can't promise that; see the label.",
    "Our kava is brewed fresh daily. The only side effect? None that we know of, but ask your doctor.",
    "Our kratom is lab tested. Side effects? Just like any drug: dependence, nausea, constipation.",
    "Our kava is brewed fresh daily. Its only drawback? The taste.",
    "Our kava is brewed fresh daily. Its only downside? The price.",
    "Our kava is brewed fresh daily. Benefits? Just a calmer mind.",
    "Our kratom is lab tested. Kratom withdrawal? Mild, at worst, according to sellers; doctors describe it as serious.",
    "Our kratom is lab tested. Withdrawal? Mild for some, severe for others.",
    "Our kava is brewed fresh daily. The only real side effect of kava? Liver injury, in rare cases.",
    "Our kava is brewed fresh daily. The only side effect of kava? Not quite: liver injury has been reported.",
    "Our kava is brewed fresh daily. The only side effect? Nobody knows yet.",
    "Our kava is brewed fresh daily. The only risk? You might love it too much.",
    "Our kava is brewed fresh daily. Side effects? Nothing serious in most people, but liver injury has been reported.",
    "Our kava is brewed fresh daily. Is kava dangerous? Just ask your doctor first.",
    "Our kava is brewed fresh daily. Risks? Just the ones every supplement has: talk to your doctor.",
    "Our kava is brewed fresh daily. Worried about side effects? Just read the label and ask your doctor.",
    "Our kava is brewed fresh daily. The sole risk of our kava? Liver injury, rarely.",
    "Our kratom is lab tested. Is kratom addictive? A little, yes: daily use can cause dependence.",
    "Our kava is brewed fresh daily. Side effects? Just a numb tongue? Not quite: liver injury has been reported.",
]


@pytest.mark.parametrize("text", FLAGGED)
def test_risk_waved_away_in_answer_fragment_is_flagged(checker, text):
    assert RULE in _fired(checker, text)


@pytest.mark.parametrize("text", PASSING)
def test_answer_that_keeps_the_risk_or_asks_no_risk_passes(checker, text):
    assert RULE not in _fired(checker, text)
