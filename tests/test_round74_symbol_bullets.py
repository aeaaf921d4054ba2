"""Symbol bullets and stuttered certainty, audit round 212: a one-line blurb whose items an emoji, a check mark, a star
or a bullet sets off ("Kava: no hangover 🌿 no side effects") reads like a comma-separated list, so a "no" before the
first item does not govern the next one; and a claim stuttered into one-word fragments ("Kava works. Every. Single.
Time.", "No. Side. Effects.") or closed by "Every single time." is one sentence with the claim it emphasises.

All sentences are written for these tests."""
import pytest

from claimcheck.engine import build_nlp


def _fired(checker, text: str, path: str = "page.txt") -> set[str]:
    return {f.rule for f in checker.check_text(text, path=path) if f.scope == "sentence"}


FLAGGED = [
    ("Kava: no hangover 🌿 no side effects", "safety/no-side-effects"),
    ("Kava: no crash 🌿 no side effects", "safety/no-side-effects"),
    ("Kava: no hangover ✔ no side effects", "safety/no-side-effects"),
    ("Our kava: 🌿 no hangover 🌿 no side effects", "safety/no-side-effects"),
    ("Kava: no hangover 🌿 no addiction", "safety/non-addictive"),
    ("Kava tonic • no hangover • no side effects", "safety/no-side-effects"),
    ("Kratom ✔ no jitters ✔ no withdrawal ✔ all day energy", "safety/non-addictive"),
    ("Our kratom capsules ★ no crash ★ non-habit forming", "safety/non-addictive"),
    ("Ashwagandha gummies ✨ no grogginess ✨ no side effects ✨ vegan", "safety/no-side-effects"),
    ("Valerian drops ✅ no morning fog ✅ zero side effects", "safety/no-side-effects"),
    ("Kava: no crash ✔️ no side effects ✔️ no regrets", "safety/no-side-effects"),
    ("Kratom • no hangover • completely safe", "safety/absolute-safety"),
    ("Ashwagandha 🌿 calms 🌿 cures insomnia", "efficacy/cure-claim"),
    ("Reishi 🍄 no crash 🍄 heals your gut", "efficacy/cure-claim"),
    ("Turmeric ✔ no bloating ✔ reverses arthritis", "efficacy/cure-claim"),
    ("Kava works. Every. Single. Time.", "efficacy/certainty"),
    ("Our ashwagandha calms me. Every. Single. Time.", "efficacy/certainty"),
    ("Maca works. Every. Time.", "efficacy/certainty"),
    ("Rhodiola works. Every single time.", "efficacy/certainty"),
    ("Our valerian tea helps me sleep! Without fail.", "efficacy/certainty"),
    ("Kava: No. Side. Effects.", "safety/no-side-effects"),
    ("Our chamomile drops: Zero! Side! Effects!", "safety/no-side-effects"),
]

PASSING = [
    "Kava 🌿 vegan 🌿 gluten-free",
    "Kava: no sugar 🌿 no caffeine 🌿 no alcohol",
    "Kava: no additives ✔ no fillers ✔ lab tested",
    "Kratom ★ fresh ★ fast shipping ★ great prices",
    "Kava bar 🌿 no cover charge 🌿 no dress code",
    "No side effects? Not quite. 🌿 Kava can upset your stomach.",
    "Kava may help you relax 🌿 talk to your doctor first",
    "Kava is not free of side effects 🌿 it can harm the liver",
    "Is kava free of side effects? 🤔 Not always.",
    "Sellers claim no side effects 🌿 but kava has been linked to liver injury",
    "Our kava: 🌿 no hangover 🌿 may cause drowsiness",
    "Ashwagandha 🌿 may calm 🌿 studies ongoing",
    "Kratom ✔ not FDA approved ✔ can cause dependence",
    "Kava 🌿 traditional Fijian drink 🌿 made from the root",
    "Kava might work. Every. Single. Time.",
    "The recipe works. Every. Single. Time.",
    "The kettle whistles. Every time.",
    "Kava works for some. Every time I drink it, I sleep.",
    "No. Side. Effects? Not with kava, sadly.",
    "No. 5 side effects were reported for the kava trial.",
    "Kava calms some people.\n\nEvery. Single. Time. we test a batch, we log it.",
]


@pytest.mark.parametrize("text,rule", FLAGGED)
def test_symbol_lists_and_stutters_are_flagged(checker, text, rule):
    assert rule in _fired(checker, text)


@pytest.mark.parametrize("text", PASSING)
def test_near_misses_pass(checker, text):
    assert not _fired(checker, text)


@pytest.fixture(scope="module")
def nlp():
    return build_nlp()


@pytest.mark.parametrize("text,sentences", [
    ("Kava works. Every. Single. Time.", ["Kava works. Every. Single. Time."]),
    ("Kava works. Every. Single. Time. Try it today.", ["Kava works. Every. Single. Time.", "Try it today."]),
    ("No. Side. Effects. Just calm.", ["No. Side. Effects.", "Just calm."]),
    ("Is it safe? No. Never.", ["Is it safe?", "No. Never."]),
    ("Kava is great. Really. Try it.", ["Kava is great.", "Really.", "Try it."]),
    ("Kava works. Every single time.", ["Kava works. Every single time."]),
    ("Kava: no hangover 🌿 no side effects", ["Kava: no hangover 🌿 no side effects"]),
])
def test_stutter_segmentation(nlp, text, sentences):
    assert [s.text for s in nlp(text).sents] == sentences
