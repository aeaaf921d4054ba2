"""Drug nouns, audit round 187: a botanical called a medicine by a noun phrase — a possessive or a praise before a
drug class ("Kava is my anxiety medicine now", "the only sleeping pill I need"), "think of it as your …", "is like
taking …", "does the job of …", "… straight from nature", "the … nature made" — and "plant-based" or "botanical" before
a drug class. Literal drugs, warnings, negations, questions, "sleep aid" (an evidence matter) and "nootropic" as a
marketing category pass.

All sentences are written for these tests."""
import pytest


def _fired(checker, text: str, path: str = "page.md") -> set[str]:
    return {f.rule for f in checker.check_text(text, path=path) if f.scope == "sentence"}


DRUG_RULES = {"efficacy/drug-noun", "efficacy/drug-comparison", "efficacy/drug-likeness", "efficacy/drug-equivalence"}

FLAGGED = [
    ("Kava is my anxiety medicine now.", "efficacy/drug-noun"),
    ("Rhodiola is my antidepressant.", "efficacy/drug-noun"),
    ("Our kava is our anxiety medication.", "efficacy/drug-noun"),
    ("Ashwagandha is the only sleeping pill I need.", "efficacy/drug-noun"),
    ("Valerian is the best sleeping pill on the market.", "efficacy/drug-noun"),
    ("Our saffron capsules are your plant-based antidepressant.", "efficacy/drug-comparison"),
    ("Kava is my anti-anxiety medication.", "efficacy/drug-noun"),
    ("Passionflower is the go-to sleeping pill for our customers.", "efficacy/drug-noun"),
    ("Kava is a drug-free anxiety pill.", "efficacy/drug-noun"),
    ("Think of it as your daily antidepressant.", "efficacy/drug-noun"),
    ("Think of our passionflower tea as your nightly sleeping pill.", "efficacy/drug-noun"),
    ("Drinking our kava is like taking a Xanax.", "efficacy/drug-noun"),
    ("Kava is like taking an anxiety pill.", "efficacy/drug-noun"),
    ("Lion's mane does the job of Adderall.", "efficacy/drug-noun"),
    ("Ginger does the job of a painkiller.", "efficacy/drug-noun"),
    ("Your new favorite anxiety medication, straight from nature.", "efficacy/drug-noun"),
    ("Lion's mane: the smart drug nature made.", "efficacy/drug-noun"),
    ("Our CBD oil is the pain medication nature intended.", "efficacy/drug-noun"),
    ("Our lion's mane is the ADHD medication you've been looking for.", "efficacy/drug-noun"),
    ("Meet your new painkiller: turmeric.", "efficacy/drug-noun"),
    ("It's basically an antidepressant in a gummy.", "efficacy/drug-noun"),
    ("Skullcap is a plant-based tranquilizer.", "efficacy/drug-comparison"),
    ("Our kanna is a botanical antidepressant.", "efficacy/drug-comparison"),
    ("Rhodiola is a natural stimulant drug.", "efficacy/drug-comparison"),
    ("Lion's mane is a plant-based smart drug.", "efficacy/drug-comparison"),
]

PASSING = [
    "Sertraline is an antidepressant.",
    "Your anxiety medication may interact with kava.",
    "Kava is not a substitute for your anxiety medication.",
    "Don't stop your antidepressant.",
    "Is kava your new favorite anxiety medication?",
    "Kava is not my anxiety medicine.",
    "Ashwagandha is not the only sleeping pill I need.",
    "Some sellers claim kava is basically Xanax, but that is false.",
    "Never think of kava as your anxiety medication.",
    "Chamomile tea is a gentle sleep aid.",
    "Melatonin is the only sleep aid I use.",
    "Lion's mane is a popular nootropic.",
    "Lion's mane is a nootropic mushroom.",
    "Our matcha is a natural alternative to coffee.",
    "Exercise is the best antidepressant, some doctors say.",
    "Caffeine is a stimulant.",
    "Coffee is my favorite stimulant.",
    "If you take a blood thinner, avoid ginkgo.",
    "Garlic is a natural blood thinner, so stop taking it a week before surgery.",
    "Kava is like taking a warm bath.",
    "Think of our tea as your evening wind-down.",
    "Meet your new morning ritual: matcha.",
    "Dr. Lee is board-certified in sleep medicine and recommends chamomile tea for relaxation.",
    "Our founder, an expert in pain medicine, blends the teas.",
    "The only antibiotic you need for strep is the one your doctor prescribes.",
    "Ask your doctor whether your blood thinner is safe with turmeric.",
    "My antidepressant made me drowsy, so I skip kava.",
    "Taking kava with alcohol is like taking a double dose of a sedative.",
]


@pytest.mark.parametrize("text,rule", FLAGGED)
def test_drug_nouns_are_flagged(checker, text, rule):
    assert rule in _fired(checker, text)


@pytest.mark.parametrize("text", PASSING)
def test_drug_noun_near_misses_pass(checker, text):
    assert not (_fired(checker, text) & DRUG_RULES)
