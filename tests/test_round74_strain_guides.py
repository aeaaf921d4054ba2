"""Strain guides and product cards, audit round 74: praise for a disease in a fragment whose subject is the card's
label ("**Red Horn** — … Great for chronic back pain."), after a semicolon or a colon ("smooth and bright; perfect
for beating depression"), a ticked list of conditions under a benefits label ("Effects: pain relief ✓ opiate
withdrawal ✓", "Good for: anxiety, insomnia"), and a strain guide's pick ("Maeng Da is the go-to strain for
chronic pain").

All sentences are written for these tests."""
import pytest


def _fired(checker, text: str, path: str = "card.md") -> set[str]:
    return {f.rule for f in checker.check_text(text, path=path) if f.scope == "sentence"}


FLAGGED = [
    ("Our kratom strains. **Red Horn** — a favourite for deep calm. Great for chronic back pain and insomnia.",
     "efficacy/praised-fragment"),
    ("Our kratom strains. **Green Borneo** — smooth and bright; perfect for beating depression.",
     "efficacy/praised-fragment"),
    ("Kava menu. **Fiji Waka** — earthy and calming; ideal for anxiety and panic attacks.", "efficacy/praised-fragment"),
    ("Kava guide. Vanuatu Borogu: perfect for social anxiety.", "efficacy/praised-fragment"),
    ("Our kratom shop. **White Sumatra** — energizing; great for fighting depression.", "efficacy/praised-fragment"),
    ("Our kratom shop. Excellent for arthritis and joint pain.", "efficacy/praised-fragment"),
    ("Our CBD oil. Wonderful for migraines.", "efficacy/praised-fragment"),
    ("Our kava line. Perfect for easing anxiety attacks.", "efficacy/praised-fragment"),
    ("Our turmeric capsules. Amazing for arthritis.", "efficacy/praised-fragment"),
    ("Our kratom. Super Green Malay — great for nerve pain.", "efficacy/praised-fragment"),
    ("Valerian root tea. Ideal for insomnia.", "efficacy/praised-fragment"),
    ("Kratom guide. Red Maeng Da: the go-to strain for opiate withdrawal.", "efficacy/praised-fragment"),
    ("Lion's mane extract — great for depression and anxiety.", "efficacy/praised-fragment"),
    ("Our kava. Ideal for treating insomnia.", "efficacy/praised-fragment"),
    ("Our kratom strains. Top pick for chronic pain sufferers.", "efficacy/praised-fragment"),
    ("Our reishi. Great for high blood pressure.", "efficacy/praised-fragment"),
    ("Our kratom strains. **Gold Bali** — mellow, long-lasting; excellent for opioid withdrawal.",
     "efficacy/praised-fragment"),
    ("Kratom catalogue. Effects: pain relief ✓ anxiety relief ✓ opiate withdrawal ✓", "efficacy/condition-checklist"),
    ("Kratom catalogue. Benefits: ✓ chronic pain ✓ insomnia ✓ depression", "efficacy/condition-checklist"),
    ("Kava bar menu. Good for: anxiety, insomnia, muscle pain", "efficacy/condition-checklist"),
    ("Kratom strains. Best for: opiate withdrawal, chronic pain", "efficacy/condition-checklist"),
    ("Ashwagandha gummies. Uses: anxiety ✓ insomnia ✓ stress ✓", "efficacy/condition-checklist"),
    ("Maeng Da kratom is the go-to strain for chronic pain.", "efficacy/praised-for"),
    ("Kratom catalogue. Green Bali is the go-to strain for pain relief.", "efficacy/praised-for"),
    ("Among our kratom strains, Red Bali is the go-to choice for opiate withdrawal.", "efficacy/praised-for"),
]

PASSING = [
    "Our kratom strains. Great for beginners.",
    "Our kratom strains. Perfect for a long workday.",
    "Our kava. Ideal for people new to kava.",
    "Kratom catalogue. Effects: relaxing ✓ earthy ✓ smooth ✓",
    "Our kava powder. Great in smoothies.",
    "Our kava. Not for people with liver disease.",
    "Our kava. Avoid if you have liver problems.",
    "Kratom catalogue. Good for: 30 servings",
    "Kratom catalogue. Best for: evening use",
    "Our kava. It may be good for mild anxiety, some users say.",
    "Our kratom. Great for back pain? The evidence is thin.",
    "Our kratom. Stretching is great for back pain.",
    "Our kava. Side effects: nausea ✓ headache ✓ drowsiness ✓",
    "Our kava. Possible effects: drowsiness, upset stomach.",
    "Our kratom strains. **Red Horn** — a favourite for deep calm. Great for evening wind-down.",
    "Our kratom strains. **Green Borneo** — smooth and bright; perfect for mornings.",
    "Kava menu. **Fiji Waka** — earthy and calming; ideal for social gatherings.",
    "Our kratom shop. Not great for anxiety, honestly.",
    "Our kava. Great for game night with friends.",
    "Kratom guide. Ice is great for pain after a workout.",
    "Our kratom. Warnings: addiction ✓ withdrawal ✓ liver injury ✓",
    "Our kratom. Risks: dependence, withdrawal, seizures.",
    "Kava menu. Perfect for sharing with friends.",
    "Our ashwagandha. Ideal for people with diabetes thanks to zero sugar.",
    "Kratom catalogue. Effects: mild euphoria ✓ energy ✓ focus ✓",
    "Our kratom. Sellers claim it is great for chronic pain, but no trial shows it.",
    "Our kava. Some users say it is perfect for anxiety.",
    "Our kratom. Therapy is ideal for depression.",
    "Our kava. Good for: 2 weeks after opening.",
    "Our turmeric. Great for curries and golden milk.",
    "Our kratom strains. Not ideal for people with heart disease.",
    "Our kava. Great for relaxation after work.",
    "Our kava. Is it good for anxiety? Studies are mixed.",
    "Our kratom. Physical therapy is perfect for chronic back pain.",
    "Our kava guide. Yoga: great for back pain.",
    "Our kava guide. Ibuprofen: good for back pain.",
    "Maeng Da is the go-to strain for early mornings.",
    "Some users say Red Bali is the go-to strain for back pain.",
    "Kratom guide. Physical therapy is the go-to for back pain.",
]


@pytest.mark.parametrize("text, rule", FLAGGED)
def test_card_claims_flagged(checker, text, rule):
    assert rule in _fired(checker, text)


@pytest.mark.parametrize("text", PASSING)
def test_card_near_misses_pass(checker, text):
    assert not {r for r in _fired(checker, text) if r.startswith("efficacy/")}


CARD = """# Our kratom strains

**Red Bali** — the go-to strain for pain relief and deep relaxation. Great for chronic back pain and insomnia.

**Yellow Vietnam** — balanced and mood-lifting; perfect for beating depression.

Effects: pain relief ✓ anxiety relief ✓ opiate withdrawal ✓

**Green Malay** — bright and clean. Great for beginners.

Effects: relaxing ✓ earthy ✓ smooth ✓

- **Good for:** anxiety, insomnia
- **Best for:** evening use
- Good for: 30 servings

Not for people with liver disease. Great in smoothies.
"""


def test_strain_card_page(checker):
    lines = {(f.line, f.rule) for f in checker.check_text(CARD, path="card.md") if f.scope == "sentence"}
    assert {line for line, _ in lines} == {3, 5, 7, 13}
    assert (7, "efficacy/condition-checklist") in lines and (13, "efficacy/condition-checklist") in lines


# Fragments with the words of efficacy/effective-for, a "Recommended for" label, and a list that closes with praise.
MORE_FLAGGED = [
    ("Our kratom. Effective for chronic pain.", "efficacy/praised-fragment"),
    ("Our kratom strains. **Red Bali** — highly effective for opiate withdrawal.", "efficacy/praised-fragment"),
    ("Our kava. Works wonders for anxiety.", "efficacy/praised-fragment"),
    ("Our kratom. **Red Bali** — a game changer for chronic pain.", "efficacy/praised-fragment"),
    ("Our kratom. Recommended for chronic pain.", "efficacy/praised-fragment"),
    ("Our kava. Calming, relaxing, and great for anxiety.", "efficacy/praised-fragment"),
    ("Our kratom. Recommended for: chronic pain, anxiety", "efficacy/condition-checklist"),
    ("Our kava. Effective for: anxiety, insomnia", "efficacy/condition-checklist"),
    ("Kava bar menu. Good for: headaches and migraines", "efficacy/condition-checklist"),
]
MORE_PASSING = [
    "Our kava. Effective for beginners who want a mild cup.",
    "Our kava. A lifesaver for busy parents.",
    "Our kava. Is it effective for anxiety? Trials are mixed.",
    "Our kava. Ibuprofen — effective for pain.",
    "Our kava. Not recommended for people with liver disease.",
    "Our kava. Recommended for adults over 18.",
    "Our kava. Recommended for: evening use",
    "Our kava. Ideal for: sleep, relaxation, wind-down",
    "Our kava. Effects: drowsiness ✓ numb lips ✓",
    "Our kava. Uses: ceremonies, social gatherings",
    "Our kava. Benefits: may reduce anxiety in some people.",
    "Our kava guide. Massage: ideal for back pain.",
    "Our kratom. Shipping: great for orders over $50.",
    "Our kratom. Great for caregivers with back pain.",
]


@pytest.mark.parametrize("text, rule", MORE_FLAGGED)
def test_more_card_claims_flagged(checker, text, rule):
    assert rule in _fired(checker, text)


@pytest.mark.parametrize("text", MORE_PASSING)
def test_more_card_near_misses_pass(checker, text):
    assert not {r for r in _fired(checker, text) if r.startswith("efficacy/")}


def test_verb_list_is_the_verb_rules(checker):
    """A benefits list whose items are verbs is reported by the verb's own rule, not as a checklist."""
    text = "Our rhodiola capsules are made from root.\n\n- Key benefits: ✓ cures depression ✓ ends burnout\n"
    assert "efficacy/cure-claim" in _fired(checker, text)
