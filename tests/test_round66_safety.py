"""Safety, audit round 66: dosage denials, older relatives on medicines, withdrawal promises, and the subject of
a risk comparison or an overdose denial.

Dosage denials ("more is never a problem", "double or triple the serving, it's fine", "doubling the dose is
perfectly fine"); "won't leave you with any withdrawal symptoms"; "gentle enough for your grandma on her heart
meds"; "no more dangerous than" only when the product is its subject, and "no way to overdose" not when the
overdose is of water or sunscreen. Near misses: dosing advice, negated, hedged, attributed and questioned claims,
other subjects (water, sleep, caffeine, exercise), a relative named in a warning.

All sentences are written for these tests."""
import pytest

import claimcheck


def _sentence_rules(text):
    return {f.rule for f in claimcheck.check_text(text, path="page.md") if f.scope == "sentence"}


FLAGGED = [
    ("Kratom won't leave you with any withdrawal symptoms.", "safety/non-addictive"),
    ("Our kava tea will not leave you with withdrawal.", "safety/non-addictive"),
    ("This kratom blend never leaves users with withdrawal symptoms.", "safety/non-addictive"),
    ("Our kratom will never leave anyone with cravings.", "safety/non-addictive"),
    ("With our kratom capsules, more is never a problem.", "safety/no-overdose"),
    ("With our ashwagandha gummies, extra capsules are never an issue.", "safety/no-overdose"),
    ("Taking more capsules is always fine.", "safety/no-overdose"),
    ("Double or triple the serving of our kava, it's fine.", "safety/no-overdose"),
    ("Feel free to double the dose of our kratom powder.", "safety/no-overdose"),
    ("Go ahead and double up on the dose of our kratom, no problem.", "safety/no-overdose"),
    ("Tripling your serving of kava is never a problem.", "safety/no-overdose"),
    ("Doubling the dose of our kratom is perfectly fine.", "safety/no-overdose"),
    ("There's no such thing as too much ashwagandha.", "safety/no-overdose"),
    ("Our kava is gentle enough for your grandma on her heart meds.", "safety/vulnerable-groups"),
    ("Our valerian drops are safe for your grandpa on his blood pressure pills.", "safety/vulnerable-groups"),
    ("Our kratom is gentle enough for grandma.", "safety/vulnerable-groups"),
    ("Our kava is safe for grandparents, too.", "safety/vulnerable-groups"),
    ("Kratom is no more dangerous than coffee.", "safety/no-riskier-than"),
    ("Our kava tea is really no riskier than a glass of juice.", "safety/no-riskier-than"),
    ("Honestly, kava is no more toxic than green tea.", "safety/no-riskier-than"),
]

PASSING = [
    "There's no way to overdose on water, but you can on kratom.",
    "You can't overdose on sunscreen, but kratom is another story.",
    "You can't overdose on vegetables, but you can on ashwagandha supplements.",
    "There's no such thing as too much water during a kava ceremony.",
    "Caffeine is no more dangerous than many herbs, yet kratom is riskier.",
    "Exercise is no more dangerous than walking, but kava can hurt your liver.",
    "Coffee is no more addictive than tea, but kratom can cause dependence.",
    "Kratom is no more dangerous than coffee, say sellers, but the FDA disagrees.",
    "Start with a small dose of kratom and wait an hour.",
    "Never double the serving of our kava.",
    "Do not double or triple the serving of kratom.",
    "If you miss a dose, don't double the dose; it's fine to skip it and take the next one of kratom.",
    "Is it fine to double the dose of kava?",
    "Double the recipe of this kava smoothie for a crowd; it's easy.",
    "Doubling the dose of kratom is not safe.",
    "Doubling the dose of kratom is a bad idea.",
    "More is not better with kratom: higher doses raise the risk of side effects.",
    "With kratom, more is not always better.",
    "More water is never a problem when you take kava.",
    "More sleep is never a problem, and kava won't replace it.",
    "Some sellers say it's fine to double the serving of kratom; it is not.",
    "Is kava safe for pregnant women? No — avoid it.",
    "Pregnant? Avoid our kava.",
    "Pregnant? Talk to your doctor before taking kava.",
    "Our kratom is not for children.",
    "Kava is not for pregnant women or children.",
    "Don't give kava to your grandma on her heart meds.",
    "Ask your doctor before giving valerian to grandma, especially on heart meds.",
    "Our grandma's kava recipe is a family favorite.",
    "Kava is not safe for your grandma if she takes heart medicine.",
    "Grandma takes heart meds, so kava is not for her.",
    "Sellers claim kratom won't leave you with withdrawal symptoms, but users report otherwise.",
    "Kratom may leave you with withdrawal symptoms if you stop suddenly.",
    "Kratom can leave users with withdrawal and cravings.",
    "Will kratom leave you with withdrawal symptoms?",
    "Kratom never leaves you with less withdrawal than opioids do.",
    "Some people say there's no such thing as too much kava, but liver injury has been reported.",
]

# in a document about a product, a recipe's servings, cups and spices are no dose
RECIPE = "Our turmeric latte with kava is a cozy evening drink. "
PASSING += [RECIPE + text for text in [
    "Double the serving size; it's fine to store leftovers in the fridge.",
    "Feel free to double the servings if you're making it for two.",
    "Double the servings for guests, it's easy.",
    "Extra cups are fine to keep in the freezer.",
    "More cups of this recipe are fine for a party.",
    "More of the cinnamon is fine if you like it spicy.",
    "Feel free to double the scoop of cocoa for a richer drink.",
]]


@pytest.mark.parametrize(("text", "rule"), FLAGGED)
def test_flagged(text, rule):
    assert rule in _sentence_rules(text)


@pytest.mark.parametrize("text", PASSING)
def test_passes(text):
    assert not _sentence_rules(text)
