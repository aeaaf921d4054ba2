"""Safety and certainty words in senses that are not about health, audit round 74: a money-back guarantee or a
kitchen result is no promise of a health benefit ("Money-back guarantee on every maca order", "ghee works every time
for a golden sear"); safe to visit, keep or grow, safe FROM a threat (protected) and safe FOR an object or a surface
are no assurance that taking the product is risk-free; and others' past belief, reported ("Ancient Greeks thought
valerian cured epilepsy"), is held at a distance. The genuine claims in the same shapes stay flagged.

All sentences are written for these tests."""
import pytest


def _fired(checker, text: str, path: str = "page.md") -> set[str]:
    return {f.rule for f in checker.check_text(text, path=path) if f.scope == "sentence"}


GUARANTEE_FLAGGED = [
    ("Guaranteed results or your money back: our rhodiola lifts your mood.", "efficacy/certainty"),
    ("Our valerian is guaranteed to end your sleepless nights or your money back.", "efficacy/disease-treatment"),
    ("Money-back guarantee if our chamomile doesn't calm you down.", "efficacy/certainty"),
    ("A full money-back guarantee unless our kava eases your tension.", "efficacy/certainty"),
    ("Our lemon balm works every time for my tension headaches.", "efficacy/certainty"),
    ("This passionflower tincture works every time.", "efficacy/certainty"),
    ("Kava works every time to calm me before a flight.", "efficacy/certainty"),
    ("Our valerian always works for my insomnia.", "efficacy/effective-for"),
]
GUARANTEE_PASSING = [
    "A money-back guarantee comes with every bag of our rhodiola.",
    "Our kava kits are covered by a 60-day money-back guarantee.",
    "We stand behind every maca order with a money-back guarantee.",
    "Money-back guarantee on all lion's mane grow kits.",
    "Ghee works every time for a golden sear.",
    "Turmeric works every time to colour the broth.",
    "Fresh ginger works every time in this stir-fry recipe.",
    "Coconut oil always works for greasing a cake tin, and for seasoning a wok too.",
    "Vinegar works every time for cleaning our kava strainers.",
    "Our cinnamon works every time for a crunchy crumble topping.",
    "This hack with ginger root works every time.",
]

SAFETY_FLAGGED = [
    ("Our kratom is perfectly safe to take every morning.", "safety/absolute-safety"),
    ("Our kava is completely safe for teenagers.", "safety/absolute-safety"),
    ("Our ashwagandha tea is totally safe to drink.", "safety/absolute-safety"),
    ("Our reishi capsules are 100% safe.", "safety/absolute-safety"),
    ("Our kratom is entirely safe for your kidneys.", "safety/absolute-safety"),
    ("Our kava is completely safe from side effects.", "safety/absolute-safety"),
    ("Our valerian is perfectly safe for your body.", "safety/absolute-safety"),
    ("Kratom is completely safe to keep taking for years.", "safety/absolute-safety"),
]
SAFETY_PASSING = [
    "The kava plantation is completely safe to tour with a guide.",
    "Our lion's mane grow bags are perfectly safe to keep on a kitchen shelf.",
    "The turmeric greenhouse is totally safe for school groups.",
    "Our ashwagandha seedlings are completely safe to plant in pots.",
    "Dried kratom leaves are perfectly safe to handle without gloves.",
    "Our chamomile is totally safe to mail abroad in its tin.",
    "The valerian roots stay completely safe from damp in our vacuum bags.",
    "Our sealed kava pouches keep the powder perfectly safe from oxidation.",
    "Our reishi slices are completely safe from insects in this jar.",
    "Our turmeric stain remover is perfectly safe for granite counters.",
    "Kava root water is completely safe for the lawn.",
    "Spent ashwagandha is totally safe for compost.",
    "Our chamomile fields are harmless to bees.",
    "Our kratom samplers are risk-free to return within 30 days.",
    "Our kratom warehouse is completely safe and fully insured.",
]

BELIEF_FLAGGED = [
    ("Medieval herbalists believed that valerian cured epilepsy, and they were right.", "efficacy/cure-claim"),
    ("Folk healers thought kava cured gonorrhea. They were right.", "efficacy/cures-anything"),
    ("My uncle swore turmeric cured his gout, and it cured mine too.", "efficacy/cure-claim"),
    ("Doctors now know that reishi kills tumour cells.", None),
    ("Who would have thought that ashwagandha cures infertility!", "efficacy/cure-claim"),
    ("My doctor thought I was exaggerating when turmeric cured my arthritis.", "efficacy/cure-claim"),
    ("Valerian cures epilepsy.", "efficacy/cure-claim"),
    ("Grandpa thought ginger cured everything, and honestly it does.", "efficacy/cure-claim"),
    ("Old herbalists believed valerian cured insomnia; today we know it does.", "efficacy/cure-claim"),
    ("Our first customers believed our kava cured their insomnia.", "efficacy/cure-claim"),
    ("The old healers believed kava was completely safe, and it still is.", "safety/absolute-safety"),
]
BELIEF_PASSING = [
    "Ancient Romans thought valerian cured epilepsy.",
    "Medieval healers believed that turmeric cured jaundice.",
    "Nineteenth-century settlers thought ginseng cured fatigue.",
    "Early sailors believed that ginger cured seasickness.",
    "Some Pacific communities once believed kava healed infections.",
    "Victorian apothecaries were convinced that chamomile cured colic.",
    "The ancients thought reishi was a miracle mushroom.",
    "Renaissance doctors thought ginger cured the plague, and it does not.",
    "Early explorers long believed kava healed wounds.",
]


@pytest.mark.parametrize("text,rule", GUARANTEE_FLAGGED + SAFETY_FLAGGED)
def test_flagged(checker, text, rule):
    assert rule in _fired(checker, text)


@pytest.mark.parametrize("text", GUARANTEE_PASSING + SAFETY_PASSING + BELIEF_PASSING)
def test_passing(checker, text):
    assert not _fired(checker, text)


@pytest.mark.parametrize("text,rule", BELIEF_FLAGGED)
def test_belief_endorsed_or_own_flagged(checker, text, rule):
    fired = _fired(checker, text)
    assert fired if rule is None else rule in fired
