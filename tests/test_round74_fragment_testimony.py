"""Testimony in verbless review fragments after a sentence naming the product: "Off my Xanax now.", "Pain-free for
the first time in years.", "Anxiety? Gone.", "Our ashwagandha: goodbye insomnia.", "Zero colds, zero flu." The
fragment is about the product the sentence before it named; without one (or with the credit given elsewhere, a
hedge, a negation, a question left open, or a benign use of the same words) it is no claim."""
import pytest


@pytest.mark.parametrize("text, rule", [
    ("I switched to kava last year. Off my Xanax now.", "efficacy/recovery-testimony"),
    ("Kava tastes like dirt, but it works. Off my Xanax now.", "efficacy/recovery-testimony"),
    ("Three months on saffron. Off all my antidepressants since spring.", "efficacy/recovery-testimony"),
    ("Kratom every morning. Off the oxycodone for good.", "efficacy/recovery-testimony"),
    ("Kratom gave me my life back. Off my pain meds for a year.", "efficacy/recovery-testimony"),
    ("Kratom changed everything. Pain-free for the first time in years.", "efficacy/illness-free-testimony"),
    ("Kratom capsules since June. Pain-free at last.", "efficacy/illness-free-testimony"),
    ("Turmeric every day. Finally pain-free.", "efficacy/illness-free-testimony"),
    ("Black seed oil twice a day. Migraine-free since January.", "efficacy/illness-free-testimony"),
    ("Started CBD oil for my back. Pain-free now.", "efficacy/illness-free-testimony"),
    ("Kava every night. Anxiety? Gone.", "efficacy/symptom-gone-answer"),
    ("Kava before bed. Headaches? Gone.", "efficacy/symptom-gone-answer"),
    ("Our turmeric capsules. Joint pain? Gone for good.", "efficacy/symptom-gone-answer"),
    ("Our ashwagandha: goodbye insomnia.", "efficacy/condition-farewell"),
    ("My valerian routine: goodbye, insomnia!", "efficacy/condition-farewell"),
    ("Lemon balm tea at night: goodbye anxiety.", "efficacy/condition-farewell"),
    ("Tried our valerian drops. Zero insomnia, eight hours a night.", "efficacy/condition-farewell"),
    ("Elderberry all winter. Zero colds, zero flu.", "efficacy/condition-farewell"),
    # kept from before
    ("Started kratom in March. No more pain pills!", "efficacy/drug-substitution"),
    ("Two weeks of lion's mane. Brain fog: gone.", "efficacy/symptom-gone"),
    ("Reishi tea daily. Haven't had a cold in three years.", "efficacy/illness-free-testimony"),
    ("Goodbye insomnia, hello valerian.", "efficacy/disease-treatment"),
])
def test_fragment_testimony_is_flagged(rules_fired, text, rule):
    assert rule in rules_fired(text, "efficacy")


@pytest.mark.parametrize("text", [
    "Off my Xanax now, thanks to my doctor's taper.",
    "I switched to kava last year. Off my Xanax now, thanks to my doctor's taper.",
    "Kratom is not approved by the FDA. Off my Xanax now thanks to my psychiatrist's plan.",
    "Started kava. Still anxious, honestly.",
    "Sleeping like a baby.",
    "Tried the CBD gummies. Sleeping like a baby.",
    "Switched doctors last year. Off my Xanax now.",
    "Goodbye, summer!",
    "Pain-free shipping on every order.",
    "Our kava bar: pain-free shipping on orders over $50.",
    "zero sugar, zero guilt",
    "Our chamomile tea: zero sugar, zero caffeine.",
    "Oat milk latte: zero cholesterol, zero guilt.",
    "Not pain-free yet.",
    "Started kratom in May. Not pain-free yet, but better.",
    "Kratom for a month. Pain-free? Hardly.",
    "Moved to the coast. Pain-free for the first time in years.",
    "Physical therapy twice a week. Pain-free for the first time in years.",
    "New mattress last month. Pain-free mornings at last.",
    "Kava every night. Anxiety? Still there, sadly.",
    "Kava every night. Anxiety? Ask your doctor.",
    "Kava every night. Anxiety? Maybe a little less.",
    "Kava every night. Is anxiety gone? Not really.",
    "Moved to the coast last year. Migraines? Gone.",
    "Our ashwagandha: goodbye, summer slump sale!",
    "Our lavender candle: goodbye, stress!",
    "Turmeric latte recipe. Goodbye, boring mornings!",
    "Started kava. Goodbye insomnia? Not quite.",
    "Ashwagandha gummies. Zero anxiety? Not for me.",
    "Kava tastes like dirt. Off to the store now.",
    "Tried kratom. Off the couch and hiking again.",
    "Kava night with friends. Off my feet for a bit.",
    "Reishi coffee. Off to work I go.",
    "Kratom changed nothing. Still in pain.",
])
def test_fragments_without_a_product_claim_pass(rules_fired, text):
    assert not rules_fired(text, "efficacy")
