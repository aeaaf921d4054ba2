"""Condition coverage, audit round 74: named diseases and syndromes the `conditions` lexicon did not know
(morning sickness, restless legs syndrome, GERD's "reflux", PCOS spelled out, carpal tunnel, plantar fasciitis,
AFib, BPH, SIBO, H. pylori, nail fungus, canker sores …), their initials and singulars, and a disease's
characteristic sign in lay words ("the ringing in your ears", "a runny nose"). Ordinary states stay
structure/function claims, nutrient deficiencies are no diseases (21 CFR 101.93(g)(1)), and words that are also
ordinary English ("piles", bee "hives") are left out.

All sentences are written for these tests."""
import pytest


def _fired(checker, text: str, path: str = "page.md") -> set[str]:
    return {f.rule for f in checker.check_text(text, path=path) if f.scope == "sentence"}


FLAGGED = [
    # women's health and pregnancy
    ("Chamomile soothes morning sickness.", "efficacy/disease-treatment"),
    ("Ginger relieves morning sickness.", "efficacy/disease-treatment"),
    ("Our ginger chews get rid of motion sickness on any boat.", "efficacy/disease-treatment"),
    ("Vitex treats polycystic ovary syndrome.", "efficacy/disease-treatment"),
    ("Chasteberry eases PMDD.", "efficacy/disease-treatment"),
    ("Evening primrose oil relieves premenstrual syndrome.", "efficacy/disease-treatment"),
    ("Black cohosh calms menopausal symptoms for good.", "efficacy/disease-treatment"),
    # digestive
    ("Peppermint oil eases IBS.", "efficacy/disease-treatment"),
    ("Our drops stop silent reflux.", "efficacy/disease-treatment"),
    ("Marshmallow root soothes reflux after every meal.", "efficacy/disease-treatment"),
    ("Oregano oil eliminates SIBO.", "efficacy/disease-treatment"),
    ("Oregano oil kills H. pylori.", "efficacy/disease-treatment"),
    ("Slippery elm heals stomach ulcers.", "efficacy/cure-claim"),
    ("Our licorice extract heals an ulcer in days.", "efficacy/cure-claim"),
    ("Our capsules relieve diverticulosis.", "efficacy/disease-treatment"),
    ("Our tincture relieves a hiatal hernia.", "efficacy/disease-treatment"),
    # nervous system
    ("Valerian relieves restless legs syndrome.", "efficacy/disease-treatment"),
    ("Our magnesium blend calms restless legs at night.", "efficacy/disease-treatment"),
    ("Our tincture eases RLS.", "efficacy/disease-treatment"),
    ("Skullcap soothes trigeminal neuralgia.", "efficacy/disease-treatment"),
    ("Lion's mane reverses ALS.", "efficacy/cure-claim"),
    # heart, blood, glands
    ("Hawthorn controls AFib.", "efficacy/disease-treatment"),
    ("Ginkgo cures Raynaud's.", "efficacy/cure-claim"),
    ("Ashwagandha heals Hashimoto's.", "efficacy/cure-claim"),
    ("Milk thistle reverses NAFLD.", "efficacy/cure-claim"),
    ("Our licorice tea fixes hypotension.", "efficacy/cure-claim"),
    # urinary and prostate
    ("Saw palmetto shrinks BPH.", "efficacy/disease-treatment"),
    ("Cranberry prevents bladder infections.", "efficacy/disease-treatment"),
    ("Our capsules calm an overactive bladder.", "efficacy/disease-treatment"),
    ("Turmeric dissolves a kidney stone.", "efficacy/disease-treatment"),
    # joints, tendons, feet
    ("Turmeric treats plantar fasciitis.", "efficacy/disease-treatment"),
    ("Devil's claw soothes carpal tunnel syndrome.", "efficacy/disease-treatment"),
    ("Boswellia heals tendinitis.", "efficacy/cure-claim"),
    ("Arnica gets rid of bursitis.", "efficacy/disease-treatment"),
    # skin, mouth, infections
    ("Our cream clears up nail fungus in two weeks.", "efficacy/disease-treatment"),
    ("Tea tree oil gets rid of toenail fungus.", "efficacy/disease-treatment"),
    ("Lemon balm zaps canker sores.", "efficacy/disease-treatment"),
    ("Manuka honey heals cellulitis.", "efficacy/cure-claim"),
    ("Goldenseal cures MRSA.", "efficacy/cure-claim"),
    ("Nettle relieves urticaria.", "efficacy/disease-treatment"),
    ("Calendula heals diaper rash overnight.", "efficacy/cure-claim"),
    # initials, and more named diseases of women, the ear and the mouth
    ("Cinnamon reverses T2D for good.", "efficacy/cure-claim"),
    ("Our tincture relieves ME/CFS.", "efficacy/disease-treatment"),
    ("Our capsules suppress HSV-1 outbreaks.", "efficacy/disease-treatment"),
    ("Our kava drops calm GAD.", "efficacy/disease-treatment"),
    ("Curcumin heals IBD.", "efficacy/cure-claim"),
    ("Astragalus reverses CKD.", "efficacy/cure-claim"),
    ("Our boric acid blend clears up bacterial vaginosis.", "efficacy/disease-treatment"),
    ("Green tea extract shrinks uterine fibroids.", "efficacy/disease-treatment"),
    ("Our tincture relieves painful periods.", "efficacy/disease-treatment"),
    ("Our tea soothes a toothache.", "efficacy/disease-treatment"),
    ("Garlic oil drops cure earaches.", "efficacy/cure-claim"),
    # a disease's sign in lay words
    ("Our drops stop the ringing in your ears.", "efficacy/disease-treatment"),
    ("Our elderberry syrup clears a runny nose overnight.", "efficacy/disease-treatment"),
    # other frames take the same lexicon
    ("Vitex is the best natural remedy for PCOS.", "efficacy/effective-for"),
    ("Our magnesium spray is a natural cure for restless legs.", "efficacy/cure-claim"),
    ("Say goodbye to morning sickness with our ginger chews.", "efficacy/disease-treatment"),
    ("No more plantar fasciitis: our turmeric balm works.", "efficacy/condition-farewell"),
]

PASSING = [
    # hedged, negated, attributed, questions, research reports
    "Peppermint oil may ease IBS symptoms.",
    "Peppermint oil does not cure IBS.",
    "A trial tested peppermint oil in IBS.",
    "Peppermint oil capsules were tested in a small trial of adults with IBS.",
    "Can valerian relieve restless legs syndrome?",
    "Sellers claim vitex cures PCOS, but no trial supports this.",
    "Ginger may help with morning sickness, and several trials support this.",
    "There is no good evidence that saw palmetto shrinks BPH.",
    "Saw palmetto did not improve BPH symptoms in a large NIH trial.",
    "Turmeric has been studied for plantar fasciitis.",
    "Chasteberry is sometimes used for PMDD, though evidence is limited.",
    # ordinary states stay structure/function claims
    "Chamomile eases occasional stress.",
    "Valerian supports occasional sleeplessness.",
    "Peppermint eases bloating after a meal.",
    "Arnica soothes muscle soreness after exercise.",
    "Ginseng relieves tiredness.",
    "Our balm soothes tired legs after a long hike.",
    "Our magnesium soothes restless nights.",
    "Our capsules support healthy prostate function.",
    "Chasteberry supports a healthy menstrual cycle.",
    "Cranberry supports urinary tract health.",
    # nutrient deficiencies are no diseases (21 CFR 101.93(g)(1)); beauty concerns are no diseases
    "Our tea relieves iron deficiency.",
    "Our capsules relieve vitamin D deficiency.",
    "Our capsules relieve cellulite.",
    # the same words in other senses, and conditions named with no claim
    "We donated 10% of kava sales to the ALS Association this year.",
    "Our founder ran a marathon for ALS research.",
    "The farm sits below a cataract on the river, where we dry our kratom leaves.",
    "Reflux the ginger in ethanol for two hours to make the extract.",
    "Our cream clears up the fungus on your patio furniture.",
    "Propolis protects hives from mites.",
    "Our tea clears up piles of paperwork on a slow afternoon.",
    "Motion sickness on the ferry meant we arrived late to the kava ceremony.",
    "Pregnant women with morning sickness should talk to their midwife before taking any herb.",
    "Do not use kava if you have Hashimoto's or any liver condition.",
    "A runny nose is the first sign of a cold; rest and fluids help.",
    "The bipolar transistor in our scale reduces noise.",
    "Gad, our head grower, treats every kava root with care.",
    "Strep and flu season is here; wash your hands.",
    "Fibroids are common, and most cause no symptoms.",
    "Our capsules relieve low libido.",
    "Our gum gets rid of bad breath.",
]


@pytest.mark.parametrize("text,rule", FLAGGED)
def test_named_conditions_are_flagged(checker, text, rule):
    assert rule in _fired(checker, text)


@pytest.mark.parametrize("text", PASSING)
def test_near_misses_pass(checker, text):
    assert not {r for r in _fired(checker, text) if r.startswith("efficacy/")}
