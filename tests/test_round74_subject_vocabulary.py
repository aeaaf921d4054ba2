"""Claim subjects outside the knowledge base, audit round 109: kitchen remedies and everyday foods in their
product forms ("beetroot juice", "celery juice", "coconut oil") and psychoactive botanicals (ayahuasca,
ibogaine, peyote) are named in rules/lexicons.yaml `herb-names`, so the claim rules read them as a claim's
subject. Words that often mean something else (honey, lemon, olive, rosemary) are left out bare; household
products with real label uses (baking soda, castor oil) are other subjects, not products the rules hold to
account.

All sentences are written for these tests."""
import pytest


def _fired(checker, text: str, path: str = "page.md") -> set[str]:
    return {f.rule for f in checker.check_text(text, path=path) if f.scope == "sentence"}


FLAGGED = [
    ("Garlic cures the common cold.", "efficacy/cure-claim"),
    ("Garlic is proven to lower cholesterol.", "efficacy/disease-treatment"),
    ("Raw garlic kills the flu virus within a day.", "efficacy/disease-treatment"),
    ("Beetroot juice treats high blood pressure.", "efficacy/disease-treatment"),
    ("Beetroot powder is proven to lower blood pressure.", "efficacy/disease-treatment"),
    ("Beet juice reverses hypertension naturally.", "efficacy/cure-claim"),
    ("Celery juice heals eczema and psoriasis.", "efficacy/cure-claim"),
    ("Cranberry juice cures urinary tract infections.", "efficacy/cure-claim"),
    ("Cranberries prevent bladder infections.", "efficacy/disease-treatment"),
    ("Cayenne pepper cures stomach ulcers.", "efficacy/cure-claim"),
    ("Onion juice regrows hair and cures baldness.", "efficacy/cure-claim"),
    ("Coconut oil reverses dementia.", "efficacy/cure-claim"),
    ("Extra virgin olive oil prevents heart disease and cancer.", "efficacy/disease-treatment"),
    ("Raw cacao is scientifically proven to cure depression.", "efficacy/cure-claim"),
    ("Lemon water cures acid reflux.", "efficacy/cure-claim"),
    ("Raw honey heals stomach ulcers.", "efficacy/cure-claim"),
    ("Pomegranate juice reverses prostate cancer.", "efficacy/cure-claim"),
    ("Kombucha cures candida and IBS.", "efficacy/cure-claim"),
    ("Bone broth reverses autoimmune disease.", "efficacy/cure-claim"),
    ("Apricot kernels cure cancer.", "efficacy/cure-claim"),
    ("Essiac tea shrinks tumors.", "efficacy/disease-treatment"),
    ("Liquid chlorophyll cures acne.", "efficacy/cure-claim"),
    ("Ayahuasca heals trauma at its root.", "efficacy/cure-claim"),
    ("Ayahuasca cures depression in a single ceremony.", "efficacy/cure-claim"),
    ("Ibogaine cures opioid addiction.", "efficacy/cure-claim"),
    ("Peyote treats alcoholism.", "efficacy/disease-treatment"),
    ("Huachuma heals depression and PTSD.", "efficacy/cure-claim"),
    ("Salvia divinorum cures anxiety.", "efficacy/cure-claim"),
    ("Iboga is a miracle cure for addiction.", "efficacy/cure-claim"),
    ("Ibogaine works better than methadone.", "efficacy/drug-equivalence"),
    ("Ayahuasca is more effective than antidepressants.", "efficacy/drug-equivalence"),
    ("Garlic is nature's antibiotic.", "efficacy/drug-comparison"),
    ("Beetroot shots work better than blood pressure pills.", "efficacy/drug-equivalence"),
    ("Peyote is a safe alternative to antidepressants.", "safety/safe-alternative"),
    ("Kambo has no side effects.", "safety/no-side-effects"),
    ("Celery juice has zero side effects.", "safety/no-side-effects"),
    ("Salvia divinorum is completely non-addictive.", "safety/non-addictive"),
    ("Cranberry extract is 100% effective against UTIs.", "efficacy/effective-for"),
]

PASSING = [
    # cooking, cleaning and gardening copy
    "Garlic keeps the sauce from sticking.",
    "Lemon juice prevents the avocado from browning.",
    "Onion prevents the stew from tasting flat.",
    "Coconut oil prevents the pan from sticking.",
    "Olive oil keeps the bread moist.",
    "Cayenne adds heat to the chili.",
    "The chef cured the salmon with salt and garlic.",
    "Lemon juice removes rust stains from clothes.",
    "Oregano thrives in full sun and dry soil.",
    "This garlic shrimp is a guaranteed crowd-pleaser.",
    "Cranberry sauce goes well with roast turkey.",
    # words that are not the food: a term of address, a colour, a person, a place
    "Honey, this tea won't cure your cold, sorry.",
    "My honey cured my bad mood with a hug.",
    "Lemon is the accent color of this season's collection.",
    "Olive Johnson treats patients at the downtown clinic.",
    "Cayenne is the capital of French Guiana.",
    # hedged, negated, attributed, questioned
    "Garlic may modestly lower blood pressure, according to some small trials.",
    "There is no good evidence that garlic cures the common cold.",
    "Some people claim beetroot juice treats high blood pressure, but the evidence is limited.",
    "Does celery juice really cure eczema?",
    "Cranberry juice does not cure urinary tract infections.",
    "Researchers are studying whether ayahuasca may help with depression.",
    "Some clinics claim ibogaine cures opioid addiction, but no trial has shown this.",
    "Can ibogaine treat addiction?",
    "Ibogaine does not cure opioid addiction.",
    # correct statements, risks, other subjects
    "Honey can soothe a cough in children over one year old.",
    "Ibogaine has been linked to fatal heart rhythm problems.",
    "Ayahuasca can cause dangerous interactions with antidepressants.",
    "Peyote is a small cactus native to Mexico and Texas.",
    "Apricot kernels contain amygdalin, which releases cyanide.",
    "Baking soda relieves heartburn.",
    "Castor oil relieves constipation.",
    "Drinking water prevents dehydration.",
    "Exercise lowers blood pressure.",
]


@pytest.mark.parametrize("text,rule", FLAGGED)
def test_new_subjects_are_flagged(checker, text, rule):
    assert rule in _fired(checker, text)


@pytest.mark.parametrize("text", PASSING)
def test_near_misses_pass(checker, text):
    assert _fired(checker, text) == set()


def test_food_subject_is_not_credited_to_an_earlier_substance(checker):
    found = [f for f in checker.check_text("Kava calms the mind. Garlic is a safe alternative to antibiotics.")
             if f.rule == "safety/safe-alternative"]
    assert found and all(f.subject != "kava" for f in found)


def test_substance_claim_beside_a_food_keeps_its_subject(checker):
    found = [f for f in checker.check_text("Kava has no side effects, and you can take it with garlic.")
             if f.rule == "safety/no-side-effects"]
    assert [f.subject for f in found] == ["kava"]
