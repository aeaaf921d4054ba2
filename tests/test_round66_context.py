"""Round 66: context reading around reported and quoted speech. A speech verb after a closing quote or in a
trailing comma clause reports what it follows ('"…," the old guide insisted'), and a pronoun verdict on the
speaker ("but he was wrong", "They are mistaken.", "His sister knew better.") rebuts it, in its sentence or the
next. A verdict pointing back through a demonstrative ("…, which is false.", "… That's a myth.", "… It is simply
untrue.") denies the writer's own sentence before it. A warning coordinated after a benefit ("experts agree that X
eases anxiety and should not be mixed with alcohol") affirms the risk, not the benefit. Near misses: a report with
no rebuttal or with an approving reply stays a claim, as does a denied verdict ("that's no myth", "that's not a
myth"), a verdict that does not close its clause ("which is why …") and a writer's own claim after a rebutted
report; emphasis ("Period.", "Full stop.") neither hides a claim nor makes one of a benign sentence."""
import pytest

FLAG = [
    # a report with no rebuttal: the quoted or trailing-attributed claim stays flagged
    ('"Kratom is a fungus," my aunt insisted.', "botanical/wrong-kind"),
    ('"Reishi shrinks tumors," the brochure promised.', "efficacy/disease-treatment"),
    ("Kava cures anxiety, my neighbor says.", "efficacy/cure-claim"),
    ("Kava is a mushroom, the captain muttered.", "botanical/wrong-kind"),
    ("My trainer tells everyone that turmeric cures arthritis.", "efficacy/cure-claim"),
    ("The company announced that its kratom cures opioid addiction.", "efficacy/cure-claim"),
    ('"Kratom beats withdrawal every time!" Dana shouted across the room.', "efficacy/disease-treatment"),
    ('"Kava is totally safe," the bartender assured me.', "safety/absolute-safety"),
    # an approving reply makes it the writer's
    ("Kratom is non-addictive, the seller claimed, and he was right.", "safety/non-addictive"),
    ('"Kava is a mushroom," the sailor insisted, and he was right.', "botanical/wrong-kind"),
    ('"Kava is 100% safe," he said. He was right.', "safety/absolute-safety"),
    ('"Kratom cured my back pain," my uncle told me. He is never wrong.', "efficacy/cure-claim"),
    # the writer's own claim after a rebutted report is not rebutted
    ("My doctor said kratom is addictive, but she was wrong. Kratom is completely non-addictive.",
     "safety/non-addictive"),
    ("Some people think kava is dangerous, but they are wrong: kava has no side effects.", "safety/no-side-effects"),
    # a denied verdict, or one that does not close its clause, takes nothing back
    ("Kava cures anxiety, and that's no myth.", "efficacy/cure-claim"),
    ("Kava eases anxiety. That's not a myth.", "efficacy/disease-treatment"),
    ("Kratom cures addiction. That's a fact, not a myth.", "efficacy/cure-claim"),
    ("Kava relieves anxiety, which is why it is so popular.", "efficacy/disease-treatment"),
    ("Our kava is completely safe. That's wrong to doubt.", "safety/absolute-safety"),
    ("Our kava has no side effects, unlike cheap imports — it's fake.", "safety/no-side-effects"),
    # a warning after a benefit does not excuse the benefit
    ("Experts agree that ashwagandha relieves stress and should not be combined with sedatives.",
     "efficacy/evidence-overstatement"),
    ("Doctors agree that kava eases anxiety and should never be taken with alcohol.", "efficacy/evidence-overstatement"),
    # emphasis does not hide a claim
    ("Reishi heals the liver. Period.", "efficacy/cure-claim"),
    ("Lion's mane reverses memory loss. Full stop.", "efficacy/cure-claim"),
]

PASS = [
    # a pronoun verdict on the speaker, in the same sentence or the next
    ('"Kava grows wild in Thailand," the ferryman claimed, but he was wrong.'),
    ("The shopkeeper claimed kratom is a mushroom, but she was wrong."),
    ('"Kava is a mushroom," the sailor insisted. He was wrong: kava is a plant.'),
    ('"Kava is a mushroom," my grandfather insisted, but he was wrong about that.'),
    ("Some blogs claim ashwagandha cures insomnia; they are wrong."),
    ("Turmeric cures arthritis, the ads say. They are mistaken."),
    ("Valerian cures insomnia, some forums insist, but they're wrong."),
    # speech told by its manner, or spread to all, and answered
    ("Kava is a mushroom, the captain muttered, but he was wrong."),
    ('"Kratom is a mushroom," Jonah declared, but he was wrong.'),
    ("My trainer tells everyone that turmeric cures arthritis. She is wrong about that."),
    ('"Kava is totally safe," the bartender assured me. He was wrong.'),
    ('"Kratom is a mushroom!" Jonah shouted. His sister knew better: kratom is a tree leaf.'),
    ("Critics say kratom is a mushroom, but they know better than that."),
    # a verdict pointing back through a demonstrative
    ("Kratom cures addiction, which is wrong."),
    ("Kratom cures addiction. That's a myth."),
    ("Ashwagandha cures insomnia. It's a total myth."),
    ("Ashwagandha cures insomnia. It is simply not true."),
    ("Ashwagandha cures insomnia, which is a myth."),
    ("Turmeric cures everything, which is just wrong."),
    ("Kava has no side effects. That is false."),
    ("Kava has no side effects, which is utterly false."),
    # rebuttals already read, with the speech verb after the claim
    ("Ashwagandha cures insomnia, some forums claim, but that is false."),
    ("Reishi cures cancer, the label promises. That is simply untrue."),
    ('"Kava is made from the leaves," the guide told us, which is incorrect.'),
    ("Kratom cures addiction, some vendors claim, which is false."),
    ('"Reishi cures cancer," the pamphlet claimed — a claim no trial supports.'),
    ("The sailor insisted kava is a mushroom. That is a myth; kava is a plant."),
    # questions, hedges, the writer's own correct statements quoted
    ("Does kratom cure addiction?"),
    ("Kratom may help some people with withdrawal, though the evidence is thin."),
    ('"Kava comes from Fiji and Vanuatu," I wrote last year.'),
    ('"Kava is made from the root," our guide explained.'),
    # a warning agreed on, with no benefit before it
    ("Experts agree that kava is potent and should not be mixed with alcohol."),
    ("Doctors agree that kratom and alcohol should not be mixed."),
    ("Studies show that St. John's wort is popular and interacts with the pill."),
    # emphasis on a benign sentence
    ("Reishi is a mushroom. Period."),
    ("Kava is a plant. Full stop."),
    ("Kava should not be mixed with alcohol. Period."),
]


@pytest.mark.parametrize("text,rule", FLAG)
def test_flags(checker, text, rule):
    rules = [f.rule for f in checker.check_text(text) if f.scope == "sentence"]
    assert rule in rules, (text, rules)


@pytest.mark.parametrize("text", PASS)
def test_passes(checker, text):
    found = [(f.rule, f.text) for f in checker.check_text(text) if f.scope == "sentence"]
    assert not found, (text, found)
