"""Efficacy leftovers, audit round 93: a claim label with its verb before a colon ("**Cures:** insomnia"),
a doctor's endorsement said of a prescription drug ("Buprenorphine is … prescribed by doctors"), and a
marker that ends its sentence with the full stop kept on it by the tokenizer ("lower your A1C.").

All sentences are written for these tests."""
import pytest


def _fired(checker, text: str, path: str = "page.md") -> set[str]:
    return {f.rule for f in checker.check_text(text, path=path) if f.scope == "sentence"}


# A product page's claim label: the inflected verb, a colon, then the condition right after it.
LABEL_FLAGGED = [
    ("# Nightfall Kava Blend\n\n**Cures:** insomnia and anxiety\n", "efficacy/cure-claim"),
    ("# Joint Ease Turmeric Capsules\n\nTreats: joint pain\n", "efficacy/disease-treatment"),
    ("# Head Clear Ginger Chews\n\nRelieves: migraines and tension headaches\n", "efficacy/disease-treatment"),
    ("# Skin Calm Calendula Balm\n\nHeals: eczema and psoriasis\n", "efficacy/cure-claim"),
    ("# Gluco Balance Cinnamon\n\n- **Reverses:** type 2 diabetes\n", "efficacy/cure-claim"),
    ("# Winter Shield Elderberry Syrup\n\nPrevents:  colds and flu\n", "efficacy/disease-treatment"),
]
LABEL_PASSING = [
    "# Sleepy Valerian Tea\n\n**Cures:** none claimed\n",
    "# Sleepy Valerian Tea\n\nCures: see your doctor\n",
    "# Valerian and sleep\n\n## Cures?\n\nValerian is a traditional herb.\n",
    "# Sleepy Valerian Tea\n\n## Cures:\n\nInsomnia is common in winter, and valerian is a traditional tea.\n",
    "# Sleepy Valerian Tea\n\nCures: ask a pharmacist about insomnia.\n",
    "# Sleepy Valerian Tea\n\nTreats: myths about arthritis.\n",
    "# Sleepy Valerian Tea\n\nTreats: arthritis? No tea does that.\n",
    "# Sleepy Valerian Tea\n\nCures: insomnia, according to some sellers; the evidence says otherwise.\n",
    "# Holiday Baking\n\nTreats: diabetes-friendly brownies with cinnamon\n",
    "# Holiday Baking\n\nTreats: migraine-safe snacks for ginger lovers\n",
    "# Sleepy Valerian Tea\n\nRelieves: stress\n",
]


@pytest.mark.parametrize("text,rule", LABEL_FLAGGED)
def test_colon_label_claims_are_flagged(checker, text, rule):
    assert rule in _fired(checker, text)


@pytest.mark.parametrize("text", LABEL_PASSING)
def test_colon_label_near_misses_pass(checker, text):
    assert not {r for r in _fired(checker, text) if r.startswith("efficacy/")}


# A doctor's endorsement of a named prescription drug is true of the drug; the same words of a product are not.
ENDORSED_FLAGGED = [
    "Our kratom capsules are recommended by doctors.",
    "This kava blend is trusted by physicians.",
    "Our kratom tea is prescribed by doctors across the state.",
    "Xanax is prescribed by doctors, and our kava is prescribed by naturopaths.",
]
ENDORSED_PASSING = [
    "Buprenorphine is an opioid substitute prescribed by doctors; kratom is not.",
    "Metformin is recommended by physicians; cinnamon is not.",
    "Naltrexone, prescribed by doctors for alcohol use disorder, is not the same as kudzu.",
    "Methadone is prescribed by physicians in licensed clinics, unlike kratom.",
]


@pytest.mark.parametrize("text", ENDORSED_FLAGGED)
def test_endorsement_of_product_is_flagged(checker, text):
    assert "efficacy/evidence-overstatement" in _fired(checker, text, "<text>")


@pytest.mark.parametrize("text", ENDORSED_PASSING)
def test_endorsement_of_drug_passes(checker, text):
    assert "efficacy/evidence-overstatement" not in _fired(checker, text, "<text>")


# A marker at the end of its sentence, the full stop kept on it ("A1C."), and a marker moved by a drug or practice.
MARKER_FLAGGED = [
    "Our turmeric gummies lower your A1C.",
    "This berberine blend reduces HbA1c.",
    "Our bitter melon capsules cut your fasting A1C.",
    "Gymnema tea slashes A1C.",
]
MARKER_PASSING = [
    "Cinnamon does not lower A1C.",
    "Can cinnamon lower your A1C?",
    "Some small studies suggest cinnamon may lower A1C.",
    "Ask your doctor to check your A1C. Cinnamon is a spice.",
    "Statins lower LDL cholesterol. Ask your doctor before adding turmeric.",
    "Metformin lowers blood sugar. Cinnamon is a spice.",
    "Exercise lowers blood pressure. Our turmeric is a spice.",
]


@pytest.mark.parametrize("text", MARKER_FLAGGED)
def test_marker_claims_are_flagged(checker, text):
    assert "efficacy/marker-effect" in _fired(checker, text, "<text>")


@pytest.mark.parametrize("text", MARKER_PASSING)
def test_marker_near_misses_pass(checker, text):
    assert "efficacy/marker-effect" not in _fired(checker, text, "<text>")
