"""Headline fragments whose answer makes a condition vanish, audit round 198: "Insomnia? Not anymore, thanks to our
valerian tea.", "Panic attacks? Never again, with kanna.", the echo "Anxiety? What anxiety?" (rule
efficacy/symptom-echo-answer, option `echoes_question`), and a myth-and-fact pair whose fact denies a risk by pronoun
("Myth: Kratom is addictive. Fact: It isn't.", rule safety/myth-risk-denied, option `myth_of_harm_before`).

All sentences are written for these tests."""
import pytest


def _fired(checker, text: str, path: str = "ad.md") -> set[str]:
    return {f.rule for f in checker.check_text(text, path=path) if f.scope == "sentence"}


GONE = "efficacy/symptom-gone-answer"
ECHO = "efficacy/symptom-echo-answer"
MYTH = "safety/myth-risk-denied"

FLAGGED = [
    ("Insomnia? Not anymore, thanks to our valerian tea.", GONE),
    ("Heartburn? Not anymore, thanks to our ginger chews.", GONE),
    ("Sleep apnea? Not any more, thanks to our lavender oil.", GONE),
    ("Our ashwagandha gummies. Panic attacks? Not since week two.", GONE),
    ("Insomnia? Not since I found valerian.", GONE),
    ("Panic attacks? Never again, with kanna.", GONE),
    ("Kratom every morning. Back pain? Never again.", GONE),
    ("Hangovers? Never again, with our milk thistle shots.", GONE),
    ("PMS? Never again! Our chasteberry blend is a game changer.", GONE),
    ("Gout? No more! Our tart cherry capsules did it.", GONE),
    ("Brain fog? Say goodbye with lion's mane.", GONE),
    ("Bloating? Say goodbye to it with our ginger blend.", GONE),
    ("Tinnitus? Kiss it goodbye with our ginkgo formula.", GONE),
    ("Eczema flare-ups? Bye-bye, thanks to our calendula cream.", GONE),
    ("Joint pain? Goodbye, thanks to turmeric.", GONE),
    ("Your cat's anxiety? Gone in 20 minutes with our CBD drops.", GONE),
    ("Your horse's arthritis? Gone in days with our devil's claw powder.", GONE),
    ("Psoriasis? Gone within a month with our neem oil.", GONE),
    ("Kava before bed. Insomnia? A thing of the past.", GONE),
    ("Migraines? Never again. Our feverfew tincture changed my life.", GONE),
    ("Anxiety? What anxiety? Kava has me covered.", ECHO),
    ("Headaches? What headaches? Our feverfew tincture has me covered.", ECHO),
    ("High blood pressure? What high blood pressure? Hibiscus tea daily.", ECHO),
    ("Our valerian drops. Insomnia? What insomnia?", ECHO),
    ("Myth: Kratom is addictive. Fact: It isn't.", MYTH),
    ("Myth: Kava damages the liver. Fact: It doesn't.", MYTH),
    ("Myth: Kratom causes withdrawal. Fact: It does not.", MYTH),
    ("Misconception: kava is toxic to the liver. Reality: it isn't.", MYTH),
    ("Myth: St. John's wort interacts with antidepressants. Fact: It doesn't.", MYTH),
    ("Myth: Kratom can be habit-forming. The truth: it can't.", MYTH),
]

PASSING = [
    "Insomnia? It may help some people.",
    "Anxiety? Talk to a doctor first.",
    "Headache? Gone after a nap.",
    "Insomnia? Not anymore, since I quit coffee.",
    "Heartburn? Not anymore, since I stopped eating late.",
    "Migraines? Never again, since I started sleeping eight hours.",
    "Psoriasis? Gone within a month after my dermatologist changed my cream.",
    "Kava? Never again, anxiety came back worse.",
    "Kratom? Not anymore, withdrawal was hell.",
    "Valerian? Gone, insomnia is back.",
    "Panic attacks? Never take kanna with antidepressants.",
    "Panic attacks? Never again should you face them alone; call a helpline.",
    "Insomnia? Never again ignore it; see a sleep specialist.",
    "Joint pain? Say goodbye to cheap supplements and see a rheumatologist.",
    "Brain fog? Say goodbye to late-night screens, not hello to supplements.",
    "Bitterness? Not anymore with our cold-brew kava.",
    "Lumps in your kava? Gone with our new strainer.",
    "Our ginger chews. Questions? Not anymore, our FAQ covers it.",
    "Anxiety? Gone. Not thanks to kava, though.",
    "Joint pain? Gone? Not with turmeric, in my case.",
    "Insomnia? Not anymore, says the label, but no trial backs it.",
    "Depression? Not anymore, my therapist helped me. I still drink chamomile tea.",
    "Anxiety? What helps? Kava, some say, but ask your doctor.",
    "Kava? What kava? I never drink it.",
    "Moved to the coast. Migraines? What migraines?",
    "Insomnia? What insomnia? Valerian may help some people.",
    "Myth: kava is a mushroom. Fact: it is a root.",
    "Myth: kratom is harmless. Fact: it isn't.",
    "Myth: kava is safe with alcohol. Fact: it isn't.",
    "Myth: kratom is not addictive. Fact: it is.",
    "Myth: kratom cures withdrawal. Fact: it doesn't.",
    "Myth: kava has no side effects. Fact: it does not.",
    "Myth: kava causes liver damage. Fact: it may, in rare cases.",
    "Myth: Kava is addictive. Fact: There is little evidence it is.",
]

_RULES = {GONE, ECHO, MYTH}


@pytest.mark.parametrize("text,rule", FLAGGED)
def test_vanished_conditions_are_flagged(checker, text, rule):
    assert rule in _fired(checker, text)


@pytest.mark.parametrize("text", PASSING)
def test_vanished_condition_near_misses_pass(checker, text):
    assert not _fired(checker, text) & _RULES
