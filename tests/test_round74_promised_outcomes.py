"""Promised outcomes, audit round 191: a health result promised to the reader in the future tense ("You will
feel calmer within a week", "Your blood sugar will normalize", "Expect deeper sleep from night one", "Trust me,
lion's mane will fix your memory") and a benefit claim closed to doubt ("Ashwagandha lowers stress. Full stop.").
Warnings, logistics, sensations, hedged, negated, attributed and questioned futures pass.

All sentences are written for these tests."""
import pytest


def _fired(checker, text: str, path: str = "page.md") -> set[str]:
    return {f.rule for f in checker.check_text(text, path=path) if f.scope == "sentence"}


FLAGGED = [
    ('You will feel calmer within a week of starting ashwagandha.', 'efficacy/promised-outcome'),
    ("I promise you'll sleep better with valerian.", 'efficacy/promised-outcome'),
    ("Trust me, lion's mane will fix your memory.", 'efficacy/promised-outcome'),
    ("You'll never need sleeping pills again.", 'efficacy/promised-outcome'),
    ('Your joint pain will be a thing of the past.', 'efficacy/promised-outcome'),
    ('Within 30 days, your blood sugar will normalize.', 'efficacy/promised-outcome'),
    ('Expect deeper sleep from night one.', 'efficacy/promised-outcome'),
    ('Ashwagandha lowers stress. Full stop.', 'efficacy/promised-outcome'),
    ('Kava relieves anxiety, period.', 'efficacy/disease-treatment'),
    ('With our reishi tea you will definitely sleep better.', 'efficacy/promised-outcome'),
    ("Take two capsules of our turmeric and you'll certainly notice less joint pain.", 'efficacy/promised-outcome'),
    ('After a week on rhodiola, you will wake up refreshed every morning.', 'efficacy/promised-outcome'),
    ("Start our kava drops tonight and you'll feel relaxed in minutes.", 'efficacy/promised-outcome'),
    ('With ashwagandha your anxiety will disappear.', 'efficacy/symptom-gone'),
    ('Your headaches will vanish once you start feverfew.', 'efficacy/symptom-gone'),
    ('Thanks to our elderberry syrup, your cold will be gone in two days.', 'efficacy/symptom-gone'),
    ('Your cholesterol will improve with our berberine blend.', 'efficacy/promised-outcome'),
    ("With our valerian you'll never struggle to fall asleep again.", 'efficacy/promised-outcome'),
    ("You'll never suffer another migraine with butterbur.", 'efficacy/promised-outcome'),
    ("Expect better focus in days with our lion's mane.", 'efficacy/promised-outcome'),
    ('Expect calmer evenings from day one with our kava blend.', 'efficacy/promised-outcome'),
    ("I guarantee you'll feel more energetic with our maca.", 'efficacy/certainty'),
    ('Trust me, ashwagandha will melt your stress away.', 'efficacy/promised-outcome'),
    ('Our chamomile tea helps you relax. Period.', 'efficacy/promised-outcome'),
    ('Turmeric reduces inflammation. End of story.', 'efficacy/disease-treatment'),
    ('Rhodiola boosts energy. Full stop.', 'efficacy/promised-outcome'),
    ('You will lose weight with our green tea extract.', 'efficacy/promised-outcome'),
    ('With ashwagandha your anxiety will disappear.', 'efficacy/symptom-gone'),
    ('Your bloating will go away with our ginger tea.', 'efficacy/symptom-gone'),
    ('Your stress will melt away with our kava.', 'efficacy/promised-outcome'),
    ('Our chamomile tea helps you relax. Period.', 'efficacy/promised-outcome'),
    ('Your sleep will improve within a week on our valerian.', 'efficacy/promised-outcome'),
    ('Your mood will soar with saffron.', 'efficacy/promised-outcome'),
    ("You'll feel like a new person after a month of maca.", 'efficacy/promised-outcome'),
    ('Expect to sleep better from the first night with our reishi.', 'efficacy/promised-outcome'),
    ('Mark my words: this kava will calm your nerves.', 'efficacy/promised-outcome'),
    ("You'll fall asleep faster with our valerian tea.", 'efficacy/promised-outcome'),
    ("Our reishi tea. You'll sleep like a baby.", 'efficacy/promised-outcome'),
    ('You will have more energy with our rhodiola.', 'efficacy/promised-outcome'),
]

PASSING = [
    "Kava can make you drowsy; you will feel drowsy, so don't drive.",
    "You'll need to take ashwagandha daily for weeks before judging it.",
    'You may feel calmer with ashwagandha.',
    'Most people notice some change with valerian; you might not.',
    "You'll receive your ashwagandha order in 3 days.",
    "You'll never need to reorder our kava with auto-ship.",
    'Expect delivery of your turmeric capsules in 2 days.',
    'Your doctor will want to know what supplements you take, including kava.',
    'With valerian you may sleep better.',
    'You might notice a calmer mood with chamomile.',
    "You won't necessarily sleep better with valerian.",
    'Will you sleep better with valerian?',
    'In the trial, participants taking ashwagandha reported they felt calmer after eight weeks.',
    'Trust me, the view is worth it.',
    "I promise you'll love the taste of our chamomile tea.",
    'Trust me, our kava bar has the best music in town.',
    'Expect some stomach upset at first with turmeric.',
    'You will feel the taste of kava numb your tongue.',
    'Your symptoms will not disappear with kava alone; see a doctor.',
    "Don't expect better sleep overnight with valerian.",
    'Expect results to vary with ashwagandha.',
    'Our kava ships free. Period.',
    'Kava is not a mushroom. Full stop.',
    'Kava can harm the liver. End of story.',
    'If you take it daily, you may notice deeper sleep with valerian.',
    "You'll never guess which herb is the oldest in our shop: chamomile.",
    'Your order will be gone from the warehouse within a day, ashwagandha fans.',
    'Your package will arrive in two days with our reishi tea.',
    "You'll see the difference in price with our bulk turmeric.",
    "Some sellers promise you'll sleep better with valerian, but trials are mixed.",
    'Expect the kava to taste earthy.',
    'Your stress will not vanish overnight with ashwagandha.',
    'Will your joint pain disappear with turmeric? Probably not.',
    "You'll feel the warmth of ginger tea right away.",
    'You will need to stop kava if your skin turns yellow.',
    "You'll feel better once you stop drinking kava daily.",
    'Your blood pressure will drop if you combine kava with these drugs.',
    "You'll get better results with ashwagandha if you take it with food.",
    'Trust me, this turmeric latte recipe will impress your guests.',
    "You'll never need another kava bowl: ours lasts a lifetime.",
    "Your energy will dip when you quit caffeine; ashwagandha won't change that.",
    'Expect more flavor from our whole-leaf chamomile.',
    'Expect fewer choices in our kava range this winter.',
    'You will feel the effects of kava within 20 minutes, including a numb tongue.',
    "I promise you'll find our ashwagandha guide useful.",
    'Your liver will thank you for skipping kava.',
    'You will feel some tingling when you apply our arnica gel.',
    "In week one you'll feel tired while your body adjusts to ashwagandha.",
    "You'll see fewer options on our kava page while we restock.",
    "You'll notice more bitterness in our turmeric tea if you steep it longer.",
    'Expect less caffeine in our green tea blend.',
    'Expect more pain before it gets better with kratom withdrawal.',
    'Your anxiety will not improve with kava alone.',
    'Does your sleep improve with valerian? Ours did not.',
    "Many readers told us they'll never need sleeping pills again after trying valerian, but evidence is weak.",
    'Our study found that you will not sleep better with valerian than with placebo.',
    "Your cough will improve on its own in a week; elderberry won't speed that up.",
    "Kava won't help anxiety. Period.",
    'Kratom causes dependence. Period.',
    'Your doctor will check your liver if you take kava.',
    'Your weight will be checked at every visit, ashwagandha or not.',
    'Trust me, our ashwagandha gummies taste great.',
    "Trust me, you'll love the kava ceremony.",
    'You will feel the kava numb your lips.',
    "Claims that you'll sleep better with valerian are overstated.",
    "Maybe you'll sleep better with valerian, maybe not.",
    "You'll probably sleep better with valerian.",
    "You'll likely feel calmer on ashwagandha, though results vary.",
    "Your sleep will improve once you quit kratom, and the cravings fade.",
]


@pytest.mark.parametrize("text,rule", FLAGGED)
def test_promised_outcomes_are_flagged(checker, text, rule):
    assert rule in _fired(checker, text)


@pytest.mark.parametrize("text", PASSING)
def test_promised_outcome_near_misses_pass(checker, text):
    assert "efficacy/promised-outcome" not in _fired(checker, text)
