"""New genres end to end, audit round 153: a marketplace listing with bullets and a Q&A block, podcast show
notes with timestamps, a video description with hashtags, a carousel (one line a slide), a supplement-facts
label with directions and warnings, and a spa menu. Plus a listing's tally of the product working ("works
for 9 out of 10 customers", efficacy/user-percentage).

All texts are written for these tests."""
import pytest


def _fired(checker, text: str, path: str = "page.md") -> set[str]:
    return {f.rule for f in checker.check_text(text, path=path) if f.scope == "sentence"}


def _all(checker, text: str, path: str = "page.md") -> set[tuple[str, str | None]]:
    return {(f.rule, f.subject) for f in checker.check_text(text, path=path)}


# A listing's tally of buyers or users the product worked for.
TALLY_FLAGGED = [
    "Our kava works for 9 out of 10 customers.",
    "Our valerian drops work for 95% of users.",
    "Valerian drops that worked for 95% of our customers.",
    "This ashwagandha blend works for 4 in 5 buyers.",
]
TALLY_PASSING = [
    "Does our kava work for 9 out of 10 customers? Not in any trial.",
    "Kava may work for 9 out of 10 customers.",
    "Kava does not work for 9 out of 10 customers.",
    "Our ginger tea works for 9 out of 10 recipes.",
    "The kava shop works for 9 out of 10 weekends.",
    "Kava works for 9 out of 10 customers, sellers claim, but no trial supports this.",
    "In a small pilot, ashwagandha worked for 1 in 4 participants and not for the rest.",
]


@pytest.mark.parametrize("text", TALLY_FLAGGED)
def test_tally_of_users_is_flagged(checker, text):
    assert "efficacy/user-percentage" in _fired(checker, text)


@pytest.mark.parametrize("text", TALLY_PASSING)
def test_tally_near_misses_pass(checker, text):
    assert "efficacy/user-percentage" not in _fired(checker, text)


# Lines of the six genres, each checked on its own.
GENRE_FLAGGED = [
    ("- Clinically proven to melt away stress in one shell of our kava", "efficacy/evidence-overstatement"),
    ("✅ Non-drowsy, non-addictive kava formula", "safety/non-addictive"),
    ("Q: Can I drink this kava with wine?\nA: Yes, totally safe to mix with a glass of wine.", "safety/safe-combination"),
    ("12:40 — why kava beats Xanax", "efficacy/drug-equivalence"),
    ("21:05 — Kratom, the coffee-family leaf, and why it has no withdrawal", "safety/non-addictive"),
    ("33:30 — Lion's mane, the brain-boosting herb root", "botanical/wrong-kind"),
    ("Chaga, the birch tree bark, gives it an earthy flavor.", "botanical/wrong-kind"),
    ("Cordyceps is guaranteed to boost your energy and stamina.", "efficacy/certainty"),
    ("Slide 2: Kava is a mushroom drink from Fiji", "botanical/wrong-kind"),
    ("Slide 3: Ashwagandha cures adrenal fatigue", "efficacy/cure-claim"),
    ("Sea moss is a moss that grows on rocks by the ocean", "botanical/wrong-kind"),
    ("St. John's Wort 300 mg. Safe to take with any medication.", "safety/safe-combination"),
    ("Kratom Tea Service — a soothing kratom mushroom brew", "botanical/wrong-kind"),
    ("A warming body wrap made from fresh turmeric leaves and coconut oil.", "botanical/wrong-part"),
    ("Deep tissue massage with CBD from cold-pressed hemp seed oil.", "botanical/conflation"),
    ("Ashwagandha Moon Milk — guaranteed deep sleep", "efficacy/certainty"),
]
GENRE_PASSING = [
    "Kava comes from the root of a Pacific shrub in the pepper family.",
    "41:10 — Listener question: can ashwagandha help with thyroid issues?",
    "18:22 — Does reishi actually work? We dig into the research",
    "Reishi is a medicinal mushroom, and some small studies suggest it may support sleep.",
    "Slide 4: Science says ashwagandha may help with stress — but results are mixed",
    "Warning: May cause drowsiness. Do not drive or operate machinery after use.",
    "Take 1 capsule twice daily. Do not exceed 4 capsules in 24 hours.",
    "Kava Bar Flight — sample three noble kavas from Vanuatu",
    "Reishi Hot Cocoa — with the medicinal mushroom reishi, known for its calming effects",
    "Turmeric Body Polish — turmeric root paste, traditionally used in Indian bridal rituals",
]


@pytest.mark.parametrize("text,rule", GENRE_FLAGGED)
def test_genre_lines_are_flagged(checker, text, rule):
    assert rule in _fired(checker, text)


@pytest.mark.parametrize("text", GENRE_PASSING)
def test_genre_lines_pass(checker, text):
    assert not _fired(checker, text)


LABEL = """Supplement Facts
Serving Size: 1 scoop (2 g)
Kratom leaf powder (Mitragyna speciosa) 2 g

Directions: Mix 1 scoop with water. Do not exceed 3 servings per day.
Warnings: May be habit forming. Stopping after daily use can cause withdrawal.
*These statements have not been evaluated by the Food and Drug Administration. This product is not intended to diagnose, treat, cure, or prevent any disease.
"""


def test_label_disclaimer_does_not_stand_for_the_fda_warning(checker):
    # the structure/function disclaimer is not "not approved for any medical use"
    assert ("safety/kratom-missing-safety-language", "kratom") in _all(checker, LABEL)


def test_label_warnings_satisfy_kava_language(checker):
    text = "Kava Kava Root Capsules\n\nDirections: Take 2 capsules at bedtime.\nWarning: Kava may cause liver damage.\n"
    assert not _all(checker, text)


# Known code-level misses, left for the owner of the code (see the round-153 report).
SHOW_NOTES = "04:15 — Our guest's story of quitting benzos\n12:40 — Why kava is a gentler option\n"


def test_timestamped_show_notes_are_no_recipe(checker):
    assert not any(rule == "safety/combination-missing-safety-language" for rule, _ in _all(checker, SHOW_NOTES))


QA = "Kava root powder. Kava has been linked to liver damage.\n\nQ: Is this the same as kratom?\nA: No, kratom is a different plant.\n\nQ: Can I drink it with wine?\nA: Yes, it is safe to mix with wine.\n"


@pytest.mark.xfail(strict=True, reason="'it' in a listing's Q&A resolves to the last substance named (kratom), not the product (kava)")
def test_listing_question_pronoun_is_the_product(checker):
    assert ("safety/safe-combination", "kava") in _all(checker, QA)
