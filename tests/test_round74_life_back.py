"""Round 208: a product said to give someone their life, health or a body function back ("gives fibromyalgia patients
their life back", "gave me my life back": efficacy/life-back), a body function said to be fixed ("will fix your
focus", "repairs your mood": efficacy/body-reset with the fixed-functions lexicon), and a disease group named with a
possessive disease or after more verbs of benefit ("sharpens memory in people with Alzheimer's", "Crohn's patients":
efficacy/disease-group). Hedged, negated, attributed and questioned forms, other agents than a product (therapy,
quitting, an app, a walk) and a substance named as its harm ("kratom withdrawal", "treatment for kratom addiction")
pass."""
import pytest


@pytest.mark.parametrize("text, rule", [
    ("Ginkgo sharpens memory in people with Alzheimer's.", "efficacy/disease-group"),
    ("Bacopa sharpens recall in adults with Parkinson's disease.", "efficacy/disease-group"),
    ("Our turmeric capsules lift energy in Crohn's patients.", "efficacy/disease-group"),
    ("Ashwagandha raises energy levels for Hashimoto's sufferers.", "efficacy/disease-group"),
    ("Rhodiola elevates stamina in people living with chronic fatigue syndrome.", "efficacy/disease-group"),
    ("Our elderberry syrup protects the lungs of children with asthma.", "efficacy/disease-group"),
    ("Cordyceps revitalizes tired muscles in people with lupus.", "efficacy/disease-group"),
    ("Reishi gives cancer patients their energy back.", "efficacy/life-back"),
    ("Kratom gives fibromyalgia patients their life back.", "efficacy/life-back"),
    ("Our CBD tincture has given thousands of arthritis sufferers their mobility back.", "efficacy/life-back"),
    ("This kratom blend hands chronic pain sufferers their lives back.", "efficacy/life-back"),
    ("Kratom gave me my life back after years of back pain.", "efficacy/life-back"),
    ("Cordyceps gave my husband back his stamina after chemo.", "efficacy/life-back"),
    ("This reishi tea will give you your health back.", "efficacy/life-back"),
    ("Maca gave her her libido back within a month.", "efficacy/life-back"),
    ("Kava will fix your focus.", "efficacy/body-reset"),
    ("Rhodiola will fix your energy slump.", "efficacy/body-reset"),
    ("Our blend repairs your focus.", "efficacy/body-reset"),
    ("Ginger fixes your digestion overnight.", "efficacy/body-reset"),
    ("Our ashwagandha gummies fixed my mood in a week.", "efficacy/body-reset"),
    ("Maca repairs your sex drive.", "efficacy/body-reset"),
    ("This ginseng blend will restore your concentration.", "efficacy/body-reset"),
    ("Our moringa powder normalizes your digestion.", "efficacy/body-reset"),
    ("Saffron heals your mood.", "efficacy/body-reset"),
    ("Fix your focus with our lion's mane capsules.", "efficacy/body-reset"),
])
def test_life_back_and_fixed_functions_are_flagged(rules_fired, text, rule):
    assert rule in rules_fired(text, "efficacy")


@pytest.mark.parametrize("text", [
    "Ginkgo may sharpen memory in people with Alzheimer's, but trials disagree.",
    "In people with Alzheimer's, ginkgo did not improve memory.",
    "Does ginkgo sharpen memory in people with Alzheimer's?",
    "Kava calms people who feel anxious before flights.",
    "People with Parkinson's should not take kava without advice.",
    "Raising kids with ADHD is hard; our chamomile tea won't change that.",
    "Parkinson's Law says work expands to fill the time available.",
    "Lion's mane helps you focus in class.",
    "Fix your focus with a 10-minute walk.",
    "This app fixes your focus.",
    "We fixed our shipping page.",
    "Kava won't fix your focus.",
    "Rhodiola might fix your energy slump, though the evidence is thin.",
    "Some people say rhodiola fixes their energy slump.",
    "There is no evidence that maca repairs your libido.",
    "Is it true that maca repairs your libido?",
    "No supplement will fix your focus if you sleep four hours.",
    "Our kava shop will fix your order if something is missing.",
    "Sleep repairs your mood more than any herb.",
    "Give your patients their life back with better pain care.",
    "Physical therapy gave me my life back after the surgery.",
    "Our new support team will give you your weekend back.",
    "The refund gave me my money back.",
    "Sellers claim kratom gives fibromyalgia patients their life back, but no trial supports this.",
    "Kratom did not give fibromyalgia patients their life back.",
    "Can reishi give cancer patients their energy back?",
    "Kratom never gave me my life back; rehab did.",
    "Kratom took my life away; quitting gave me my life back.",
    "Quitting kratom will give you your life back.",
    "Stopping kratom gave me my appetite back.",
    "Kratom withdrawal ended and gave me my life back.",
    "Treatment for kratom addiction gives people their lives back.",
    "Recovery from kratom addiction gave me my life back.",
    "Give yourself your life back: quit kratom with medical help.",
    "Many users report that kava gave them their sleep back.",
    "Reishi may give cancer patients some energy back, early studies suggest.",
    "The kava bar gives regulars their favorite seats back every Friday.",
    "Our blend gives you your morning back: no more brewing.",
])
def test_life_back_near_misses_pass(rules_fired, text):
    fired = rules_fired(text, "efficacy")
    assert not fired & {"efficacy/life-back", "efficacy/body-reset", "efficacy/disease-group", "efficacy/cure-claim"}, fired
