"""Round 70: failed promises. A past expectation ("was supposed to", "were meant to", "was expected to", "was
promised to") that its own sentence then denies ("and it did not", "but they didn't work for me", "but it made it
worse", "; instead …", "but no luck") states no efficacy: the claim between them is negated. Near misses stay
claims: the present tense ("is supposed to cure"), a kept promise ("…, and it did!", "and it does"), a denial that
does not close its clause ("and it did not disappoint", "and it didn't just help"), an expectation with no denial,
and a claim of the writer's own before or after a failed promise about something else."""
import pytest

FLAG = [
    # the present tense, or a past expectation nobody denies
    ("Kratom is supposed to cure depression.", "efficacy/cure-claim"),
    ("Our kava is meant to cure social anxiety.", "efficacy/cure-claim"),
    ("Reishi was expected to cure my eczema.", "efficacy/cure-claim"),
    # a kept promise
    ("Kava was supposed to cure my panic attacks, and it did!", "efficacy/cure-claim"),
    ("Kratom was meant to cure my sciatica and it does.", "efficacy/cure-claim"),
    ("The CBD oil was supposed to cure my insomnia and it worked.", "efficacy/cure-claim"),
    # a denial that does not close its clause
    ("Kava was expected to cure my anxiety and it did not disappoint.", "efficacy/cure-claim"),
    ("Kratom was meant to cure my migraines, and it didn't just help, it cured them.", "efficacy/cure-claim"),
    ("Kava was supposed to cure my anxiety, and it did not take long to work.", "efficacy/cure-claim"),
    # the writer's own claim beside a failed promise about something else
    ("Kratom cures depression; the kava was supposed to help too, but it didn't.", "efficacy/cure-claim"),
    ("Kratom cures back pain, and my parcel was supposed to ship Friday, but no luck.", "efficacy/cure-claim"),
    ("The turmeric was supposed to arrive Monday, but it didn't; still, it cures arthritis.", "efficacy/cure-claim"),
    # the expectation after the claim
    ("Kratom cures depression, and it was supposed to.", "efficacy/cure-claim"),
]

PASS = [
    ("Kratom was supposed to treat my depression and it did not.", None),
    ("The kava was meant to cure my anxiety, but it made it worse.", None),
    ("Ashwagandha was expected to fix my sleep; it didn't.", None),
    ("My kratom was supposed to cure my chronic pain, but it did nothing.", None),
    ("The CBD gummies were supposed to cure my insomnia, but they didn't work for me.", None),
    ("Turmeric was meant to reverse my arthritis — it did nothing at all.", None),
    ("Kava was expected to eliminate my panic attacks, yet no such luck.", None),
    ("The reishi tincture was promised to cure my eczema; it was a waste of money.", None),
    ("Lion's mane was supposed to reverse my memory loss; instead my brain fog got worse.", None),
    ("These kratom capsules were meant to eliminate my withdrawal symptoms, but they didn't.", None),
    ("The ashwagandha was promised to cure my insomnia, but no luck.", None),
    ("Kratom was supposed to cure my back pain, but instead I got constipation.", None),
    ("Kava was supposed to cure my anxiety, but it only made things worse.", None),
]


@pytest.mark.parametrize("text,rule", FLAG)
def test_flags(checker, text, rule):
    rules = [f.rule for f in checker.check_text(text) if f.scope == "sentence"]
    assert rule in rules, (text, rules)


@pytest.mark.parametrize("text,_", PASS)
def test_passes(checker, text, _):
    found = [(f.rule, f.text) for f in checker.check_text(text) if f.scope == "sentence"]
    assert not found, (text, found)
