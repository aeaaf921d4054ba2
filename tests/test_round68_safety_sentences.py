"""Round 68 audit, safety sentences: a vulnerable group named only in a short question before the assurance
("Pregnant? Our kava is still safe for you."), what an overdose or "too much" denial is of (a product, or a food,
a drink, an activity: "you can't overdose on broccoli, but kratom is different"), more of the product said to
be harmless, and a drug's risks denied in other words than "safe" ("a gentle alternative to painkillers"); each
with near misses that must pass."""
import pytest

FLAGS = [
    # a group asked about, then "you" assured
    ("Pregnant? Our kava is still safe for you.", "safety/vulnerable-group-asked"),
    ("Nursing? Relax, our lemon balm drops are fine for you.", "safety/vulnerable-group-asked"),
    ("Over 65 and on blood thinners? Our ginkgo capsules are completely fine for you.", "safety/vulnerable-group-asked"),
    ("Got teens? Our kratom gummies are safe for them.", "safety/vulnerable-group-asked"),
    ("Expecting? You can still take our valerian safely.", "safety/vulnerable-group-asked"),
    ("Seniors? Our kava is okay for you.", "safety/vulnerable-group-asked"),
    # (an assurance to everyone is also blanket safety, the finding reported)
    ("Have kids? Our elderberry gummies are safe for everyone.", "safety/absolute-safety"),
    ("Breastfeeding? Our chamomile tea is fine for you to drink.", "safety/vulnerable-group-asked"),
    # overdose of the product, however named
    ("You can't overdose on our kratom.", "safety/no-overdose"),
    ("You cannot overdose on herbal kava tea.", "safety/no-overdose"),
    ("There's no such thing as too much ashwagandha.", "safety/no-overdose"),
    ("Nobody has ever overdosed on water or kava.", "safety/no-overdose"),
    ("You can't overdose on sunshine or our kratom.", "safety/no-overdose"),
    ("You can't overdose on kava, unlike alcohol.", "safety/no-overdose"),
    ("You could never take too much of our ashwagandha.", "safety/no-overdose"),
    ("You can't overdose on our lime gummies.", "safety/no-overdose"),
    # more of the product said to be harmless
    ("Taking more of our kratom is never a problem.", "safety/no-overdose"),
    ("Taking more of your kratom is never an issue.", "safety/no-overdose"),
    ("More of our kava is always fine, so drink up.", "safety/no-overdose"),
    ("Extra kratom capsules are never a problem.", "safety/no-overdose"),
    # a drug's risks denied in other words
    ("Our kratom is a gentle alternative to prescription painkillers.", "safety/safe-alternative"),
    ("Kava is a gentler alternative to Xanax for anxious nights.", "safety/safe-alternative"),
    ("Kava is a non-addictive alternative to benzos.", "safety/safe-alternative"),
    ("Kratom is a risk-free substitute for oxycodone.", "safety/safe-alternative"),
    ("Our valerian is a side-effect-free alternative to sleeping pills.", "safety/safe-alternative"),
]

PASSES = [
    # a warning or referral to the group, a denial, a hedge, no group asked
    "Pregnant? Avoid kava.",
    "Nursing? Ask your doctor before you try our valerian.",
    "Pregnant? Our kava isn't safe for you.",
    "Pregnant? Our kava might not be safe for you.",
    "Pregnant? Nobody knows whether kava is safe for you.",
    "Pregnant? Our ginger tea is safe for you in food amounts.",
    "Nursing? Our valerian is fine for you only after your doctor says so.",
    "Pregnant? Is kava safe for you? No.",
    "Pregnant? Our kava lounge is safe for you.",
    "Hungry? Our kava snacks are safe for you.",
    "Vegan? Our ashwagandha gummies are fine for you.",
    "Older than 21? Our kava is fine for you.",
    "Expecting? Congratulations! Our kava is safe for you.",
    "Have kids? Store our kratom where it is safe from them.",
    "What about seniors? Most studies of valerian exclude them, so we can't say it's safe for them.",
    # the overdose or "too much" of a food, a drink, an activity or care
    "You can't overdose on broccoli, but kratom is different.",
    "You cannot overdose on spinach, though kava is another story.",
    "There's no way to overdose on walking, but our kratom needs care.",
    "You can't overdose on broccoli and kale, but kratom is different.",
    "Make a double batch: there's no such thing as too much lime. Serve it with kava.",
    "There's no such thing as too much whipped cream on this kava sundae.",
    "You can never have too much basil, says our kava bar chef.",
    "Nobody has ever overdosed on yoga; kratom is another matter.",
    "Overdosing on salad is basically impossible, unlike kratom.",
    "You could never take too much of the fruit, but kratom is another story.",
    "You can never take too much care with kratom.",
    # dosage advice, other things than the product
    "Never take more than the label says of our kratom.",
    "Taking more of our kratom than the label says is never a good idea.",
    "Taking more of our kratom is never a good idea.",
    "More of the cinnamon is never a problem in this kava drink.",
    "More of our kava tea bags are never a problem to find in stock.",
    # an alternative to no drug, denied, or asked about
    "Our kava soap is a gentle alternative to harsh soaps.",
    "Kava is a gentle alternative to a night out.",
    "Kava is a non-alcoholic alternative to beer.",
    "Kava is a non-stimulant alternative to coffee.",
    "Kratom is not a gentle alternative to opioids.",
    "Is kratom a gentle alternative to opioids? No.",
    # testimonials that report harm
    "I took kava every day and it wrecked my liver.",
    "I was told kratom couldn't hurt me; I ended up in the ER.",
]


@pytest.mark.parametrize("text,rule", FLAGS)
def test_safety_sentence_is_flagged(rules_fired, text, rule):
    assert rule in rules_fired(text, "safety")


@pytest.mark.parametrize("text", PASSES)
def test_safety_near_miss_passes(rules_fired, text):
    assert not rules_fired(text, "safety")
