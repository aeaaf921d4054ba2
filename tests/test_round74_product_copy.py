"""Product-page and label copy, audit round 74: a label line whose claim is its second predicate ("Supports
restful sleep and ends insomnia"), product forms the checker did not know as subjects ("our pre-workout", "this
sleep aid", "each gummy"), and a pairing said with "microdosing" or "blending" that raises an effect
("Microdosing lion's mane with psilocybin amplifies neurogenesis").

All sentences are written for these tests."""
import pytest


def _fired(checker, text: str, path: str = "page.md") -> set[str]:
    return {f.rule for f in checker.check_text(text, path=path) if f.scope == "sentence"}


# A list item under a product title, with no subject: the claim is the verb joined to the first one.
BULLET_FLAGGED = [
    ("# Valerian Night Gummies\n\n- Promotes relaxation and ends insomnia\n", "efficacy/disease-treatment"),
    ("# Valerian Night Gummies\n\n- Supports restful sleep, calms the mind and relieves anxiety\n",
     "efficacy/disease-treatment"),
    ("# Turmeric Joint Complex\n\n- Supports joint comfort and reduces arthritis pain\n", "efficacy/disease-treatment"),
    ("# Turmeric Joint Complex\n\n- Supports mobility and protects against osteoarthritis\n",
     "efficacy/disease-treatment"),
    ("# Ashwagandha Gummies\n\n- Supports thyroid health and helps with hypothyroidism\n", "efficacy/disease-treatment"),
    ("# Elderberry Syrup\n\n* Soothes the throat & knocks out colds fast\n", "efficacy/disease-treatment"),
    ("# Valerian Night Gummies\n\n- Supports restful sleep and cures insomnia\n", "efficacy/cure-claim"),
    ("Boosts energy, sharpens focus and treats ADHD.\n", "efficacy/disease-treatment"),
]
BULLET_PASSING = [
    "# Valerian Night Gummies\n\n- Vegan and gluten-free\n",
    "# Valerian Night Gummies\n\n- Supports sustainable farming and helps local growers\n",
    "# Valerian Night Gummies\n\n- May help with occasional sleeplessness\n",
    "# Valerian Night Gummies\n\n- Supports restful sleep and may ease occasional stress\n",
    "# Valerian Night Gummies\n\n- Ships free and arrives in two days\n",
    "# Valerian Night Gummies\n\n- Tastes like berries and dissolves quickly\n",
    "# Turmeric Joint Complex\n\n- Contains 500 mg of curcumin and black pepper\n",
    "# Turmeric Joint Complex\n\n- Supports joint comfort; not intended to treat arthritis\n",
    "# Turmeric Joint Complex\n\n- Supports joint comfort and is being studied for arthritis\n",
    "Ships in two days and helps with returns.\n",
    "Our team supports local farms and helps with community gardens.\n",
    "Does it help with insomnia? Some customers say it supports sleep and helps with occasional restlessness.\n",
    "Is our kava safe? Supports calm and relieves anxiety, or so the reviews claim, but no trial shows it.\n",
    # a person's doings in a bio, not a product's effect: the first verb is no verb of benefit
    "## About our herbalist\n\n- Sells herbal teas and treats patients with anxiety\n",
    "- Runs a clinic and treats insomnia with CBT\n",
    "Says the tea helps and relieves her anxiety.\n",
]

# Product forms named without a substance: a supplement page's own product.
PRODUCT_FLAGGED = [
    ("Our pre-workout increases VO2 max by 11%.", "efficacy/marker-effect"),
    ("Pre-workouts increase VO2 max by 15%.", "efficacy/marker-effect"),
    ("This sleep aid raises melatonin levels by 40%.", "efficacy/outcome-amount"),
    ("Our protein powder increases muscle mass by 15%.", "efficacy/outcome-amount"),
    ("Our super greens boost immunity by 200%.", "efficacy/outcome-amount"),
    ("This testosterone booster doubles your sperm count.", "efficacy/marker-effect"),
    ("Our sleep aid cures insomnia.", "efficacy/cure-claim"),
    ("Our fat burner melts belly fat and cures obesity.", "efficacy/cure-claim"),
    ("Our immune booster prevents the flu.", "efficacy/disease-treatment"),
    ("Each gummy relieves anxiety in minutes.", "efficacy/disease-treatment"),
    ("Our salve heals eczema.", "efficacy/cure-claim"),
    ("Our lozenges knock out colds fast.", "efficacy/disease-treatment"),
    ("Our pre-workout works for everyone.", "efficacy/certainty"),
    ("This fat burner is guaranteed to work.", "efficacy/certainty"),
    ("Our pre-workout is clinically proven to boost performance.", "efficacy/evidence-overstatement"),
]
PRODUCT_PASSING = [
    "Our pre-workout contains 150 mg of caffeine.",
    "Our greens powder contains 12 grams of fiber per serving.",
    "Our pre-workout may increase endurance in some people.",
    "Our protein powder has 25 g of protein per scoop.",
    "Each gummy contains 5 mg of melatonin.",
    "One scoop contains 20 grams of protein.",
    "Our fat burner may support metabolism.",
    "Some people say our sleep aid helps them fall asleep faster.",
    "Prescription sleep aids can cause dependence.",
    "These shots protect against the flu.",
    "This protein blocks the flu virus in lab cells.",
    "Flu shots lower your risk of hospitalization by 40%.",
    "Exercise increases VO2 max by 15%.",
    "Does our pre-workout increase VO2 max?",
    "Our pre-workout does not increase VO2 max by 11%; no product can promise that.",
    "Our pre-workout tastes like blue raspberry.",
]

# A pairing said as microdosing or blending, raising an effect.
SYNERGY_FLAGGED = [
    ("Microdosing lion's mane with psilocybin amplifies neurogenesis.", "efficacy/synergy"),
    ("Microdosing lion's mane with psilocybin enhances neuroplasticity.", "efficacy/synergy"),
    ("Blending reishi and chaga doubles the immune benefits.", "efficacy/synergy"),
    ("Combining lion's mane with cordyceps boosts BDNF.", "efficacy/synergy"),
]
SYNERGY_PASSING = [
    "Ashwagandha and rhodiola are often taken together.",
    "Microdosing psilocybin boosts creativity, some users say.",
    "Microdosing lion's mane with psilocybin might amplify neurogenesis.",
    "Does combining lion's mane with psilocybin amplify neurogenesis?",
    "There is no evidence that lion's mane with psilocybin amplifies neurogenesis.",
    "Blending reishi with hot water boosts the flavor.",
    "Black pepper increases the absorption of curcumin.",
    "Some people pair lion's mane with psilocybin, though the combination has not been studied.",
]


@pytest.mark.parametrize("text,rule", BULLET_FLAGGED)
def test_second_predicate_of_a_label_line_is_flagged(checker, text, rule):
    assert rule in _fired(checker, text)


@pytest.mark.parametrize("text", BULLET_PASSING)
def test_label_lines_without_a_claim_pass(checker, text):
    assert not {r for r in _fired(checker, text) if r.startswith("efficacy/")}


@pytest.mark.parametrize("text,rule", PRODUCT_FLAGGED)
def test_product_forms_are_subjects(checker, text, rule):
    assert rule in _fired(checker, text)


@pytest.mark.parametrize("text", PRODUCT_PASSING)
def test_product_forms_without_a_claim_pass(checker, text):
    assert not _fired(checker, text)


@pytest.mark.parametrize("text,rule", SYNERGY_FLAGGED)
def test_microdosed_and_blended_pairings_are_flagged(checker, text, rule):
    assert rule in _fired(checker, text)


@pytest.mark.parametrize("text", SYNERGY_PASSING)
def test_pairings_without_a_claim_pass(checker, text):
    assert not _fired(checker, text)


# The first word must be a verb the rules know: a list of nouns ending in a claim verb's noun is no label line.
NOUN_LIST_PASSING = [
    "# Holiday Baking\n\n- Cookies, cakes and treats for people with diabetes\n",
    "# Holiday Baking\n\n- Brownies and treats for diabetes-friendly diets\n",
]


@pytest.mark.parametrize("text", NOUN_LIST_PASSING)
def test_noun_lists_pass(checker, text):
    assert not _fired(checker, text)
