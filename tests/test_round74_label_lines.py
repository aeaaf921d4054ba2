"""Label lines and enabling constructions, audit round 74 (a118): a product page's bullet whose first verb of
benefit is one the `benefits` lexicon did not know ("Nourishes the gut and heals leaky gut", "Settles the stomach and
cures acid reflux"), and a mechanism followed by a result clause whose subject is the reader's body ("Beta-glucans in
reishi activate immune cells, so your body can fight off cancer").

All sentences are written for these tests."""
import pytest


def _fired(checker, text: str, path: str = "page.md") -> set[str]:
    return {f.rule for f in checker.check_text(text, path=path) if f.scope == "sentence"}


def _label(title: str, line: str) -> str:
    return f"# {title}\n\n- {line}\n"


LABEL_FLAGGED = [
    ("Sea Moss Gel", "Nourishes the gut and heals leaky gut syndrome", "efficacy/cure-claim"),
    ("Sea Moss Gel", "Settles the stomach and cures acid reflux", "efficacy/cure-claim"),
    ("Sea Moss Gel", "Hydrates skin and clears eczema", "efficacy/disease-treatment"),
    ("Sea Moss Gel", "Energizes you and beats chronic fatigue", "efficacy/disease-treatment"),
    ("Electrolyte Drops", "Replenishes minerals and cures hangovers", "efficacy/cure-claim"),
    ("Beet Root Powder", "Fuels your workouts and lowers high blood pressure", "efficacy/disease-treatment"),
    ("Beet Root Powder", "Nourishes your heart, energizes you and reverses heart disease", "efficacy/cure-claim"),
    ("Rosehip Collagen", "Rejuvenates tired skin and cures acne", "efficacy/cure-claim"),
    ("Night Tea", "Relaxes the nervous system and cures insomnia", "efficacy/cure-claim"),
    ("Mood Gummies", "Uplifts your mood and ends depression", "efficacy/disease-treatment"),
    ("Zinc Lozenges", "Invigorates your defenses and kills viruses", "efficacy/disease-treatment"),
    ("Green Juice", "Purifies the blood and cures hepatitis", "efficacy/cure-claim"),
    ("Kelp Capsules", "Fortifies the thyroid and heals hypothyroidism", "efficacy/cure-claim"),
    ("Ginger Chews", "Settles the tummy and stops nausea", "efficacy/disease-treatment"),
]

LABEL_PASSING = [
    ("Sea Moss Gel", "Ships fast and arrives fresh"),
    ("Sea Moss Gel", "May support the gut and help with occasional bloating"),
    ("Sea Moss Gel", "Nourishes the skin and hydrates deeply"),
    ("Sea Moss Gel", "Settles in the fridge and thickens overnight"),
    ("Sea Moss Gel", "Energizes your mornings and tastes great"),
    ("Beet Root Powder", "Fuels workouts and supports healthy circulation"),
    ("Ginger Chews", "Settles the stomach and may ease occasional nausea"),
    ("Night Tea", "Relaxes the mind and helps you unwind"),
    ("Green Juice", "Energizes you and does not cure anything"),
    ("Our Story", "Nourishes our community and fights poverty"),
    ("About Our Founder", "Runs a clinic and heals people with words"),
    ("Meet the Team", "Recharges by hiking and treats clients with kindness"),
    ("Face Serum", "Brightens dull skin and hydrates for 24 hours"),
    ("Face Serum", "Renews your subscription automatically and ships free"),
]

ENABLING_FLAGGED = [
    ("Beta-glucans in reishi activate immune cells, so your body can fight off cancer.\n", "efficacy/disease-treatment"),
    ("Elderberry flavonoids block viral entry, so your body can beat the flu faster.\n", "efficacy/disease-treatment"),
    ("Chaga's antioxidants protect cells, so your immune system can kill cancer cells.\n",
     "efficacy/disease-treatment"),
    ("Berberine activates AMPK, so that your body can cure type 2 diabetes on its own.\n", "efficacy/cure-claim"),
    ("Garlic's allicin widens blood vessels, so your body can heal high blood pressure.\n", "efficacy/cure-claim"),
    ("Astragalus strengthens white blood cells, so your body's own immune cells can destroy tumors.\n",
     "efficacy/disease-treatment"),
    ("Our elderberry gummies prime your defenses, so your body will beat the flu in days.\n",
     "efficacy/disease-treatment"),
]

ENABLING_PASSING = [
    "Black pepper raises curcumin uptake, so your body can absorb it.\n",
    "Ginger settles the stomach so you can sleep.\n",
    "Keep a log of your kava use so your doctor can check your liver.\n",
    "Tell your doctor about supplements so your care team can treat cancer safely.\n",
    "Reishi does not activate immune cells so your body can fight off cancer.\n",
    "Does reishi activate immune cells so your body can fight off cancer?\n",
    "Some sellers claim reishi activates immune cells so your body can fight off cancer, but no trial supports this.\n",
    "Turmeric may calm inflammation, so your joints could feel better, but studies are mixed.\n",
    "Elderberry isn't a vaccine, so your body can still catch the flu.\n",
    "Magnesium glycinate is gentle, so your gut can tolerate it.\n",
    "Echinacea is so popular that pharmacies can barely stock it.\n",
]


@pytest.mark.parametrize("title,line,rule", LABEL_FLAGGED)
def test_label_line_after_a_verb_of_benefit_is_flagged(checker, title, line, rule):
    assert rule in _fired(checker, _label(title, line))


@pytest.mark.parametrize("title,line", LABEL_PASSING)
def test_label_lines_without_a_claim_pass(checker, title, line):
    assert not {r for r in _fired(checker, _label(title, line)) if r.startswith("efficacy/")}


@pytest.mark.parametrize("text,rule", ENABLING_FLAGGED)
def test_result_clause_of_the_body_is_flagged(checker, text, rule):
    assert rule in _fired(checker, text)


@pytest.mark.parametrize("text", ENABLING_PASSING)
def test_result_clauses_without_a_claim_pass(checker, text):
    assert not {r for r in _fired(checker, text) if r.startswith("efficacy/")}
