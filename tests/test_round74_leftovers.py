"""Leftovers, audit round 126: bare "7-OH" named as kratom's concentrated alkaloid ("7-OH is totally
non-addictive"), a promise to the reader that names the product after its object ("So you can finally beat
insomnia with valerian"), "makes it possible for your body to …" as an enabling construction (no hedge), a name
right before "and" and an inflected verb read as the object of the verb before it ("Grows her own herbs and
treats patients with eczema": a person's bio), a body clock that is no body reset, and the kava liver warning
said of "homemade brews".

All sentences are written for these tests."""
import pytest


def _fired(checker, text: str, path: str = "page.md") -> set[str]:
    return {f.rule for f in checker.check_text(text, path=path) if f.scope == "sentence"}


def _all(checker, text: str, path: str = "page.md") -> set[str]:
    return {f.rule for f in checker.check_text(text, path=path)}


FLAGGED = [
    # 7-OH named alone is kratom's alkaloid
    ("7-OH is totally non-addictive.", "safety/non-addictive"),
    ("Honestly, 7-OH carries no risk of addiction.", "safety/non-addictive"),
    ("7-OH has no side effects at all.", "safety/no-side-effects"),
    ("7-hydroxymitragynine is not habit-forming.", "safety/non-addictive"),
    ("7-OH is a mushroom from Fiji.", "botanical/wrong-kind"),
    # a promise to the reader, the product after the object
    ("So you can finally beat insomnia with valerian.", "efficacy/disease-treatment"),
    ("You can finally beat insomnia with valerian.", "efficacy/disease-treatment"),
    ("Now you can beat insomnia with our valerian drops.", "efficacy/disease-treatment"),
    ("You'll beat the flu in two days with our elderberry syrup.", "efficacy/disease-treatment"),
    ("You will overcome anxiety with our kava blend.", "efficacy/disease-treatment"),
    ("Beat insomnia naturally with our valerian tea.", "efficacy/disease-treatment"),
    # enabling constructions
    ("Our sea moss gel makes it possible for your body to reverse hypothyroidism.", "efficacy/cure-claim"),
    ("Our sea moss gel makes it possible for your body to heal eczema.", "efficacy/cure-claim"),
    ("Turmeric makes it possible for your immune system to destroy cancer cells.", "efficacy/disease-treatment"),
    ("Reishi made it possible for my body to beat cancer.", "efficacy/disease-treatment"),
    ("Sea moss makes it possible to reverse hypothyroidism.", "efficacy/cure-claim"),
    ("Our sea moss gel helps your body heal eczema.", "efficacy/cure-claim"),
    ("This tonic enables the body to reverse type 2 diabetes.", "efficacy/cure-claim"),
    # a name before "and" + verb is still the subject when it is an ingredient or another subject stands before it
    ("It contains valerian and treats insomnia.", "efficacy/disease-treatment"),
    ("Blended with chamomile and relieves anxiety.", "efficacy/disease-treatment"),
    ("Our formula includes ashwagandha and treats anxiety.", "efficacy/disease-treatment"),
    ("Our blend pairs kava with ginger and treats nausea.", "efficacy/disease-treatment"),
    ("Try our kava and beat insomnia.", "efficacy/disease-treatment"),
    ("I took valerian and beat insomnia.", "efficacy/disease-treatment"),
    ("This tincture treats people with eczema.", "efficacy/disease-treatment"),
    # a body clock reset by a product is a body-reset claim
    ("Our kava tea resets your body clock after a long flight.", "efficacy/body-reset"),
    ("Our cleanse resets your body for the new year.", "efficacy/cure-claim"),
]

PASSING = [
    "7-OH is not non-addictive; it can cause dependence.",
    "Is 7-OH non-addictive? Not according to the FDA.",
    "Some vendors claim 7-OH is non-addictive, but this is false.",
    "7-OH may be habit-forming.",
    "7-OH is a kratom alkaloid.",
    "If you can't beat insomnia with valerian, see a doctor.",
    "You can't beat insomnia with valerian alone.",
    "Can you beat insomnia with valerian? The evidence is mixed.",
    "You may beat insomnia with valerian, but the trials are small.",
    "So you can finally beat the heat with our hibiscus tea.",
    "You can finally beat your personal record with our protein shake.",
    "Patients can beat insomnia with valerian.",
    "So you can finally beat insomnia with better sleep habits.",
    "Our sea moss gel may make it possible for your body to heal eczema.",
    "Sea moss does not make it possible for your body to heal eczema.",
    "Some sellers say sea moss makes it possible for your body to heal eczema.",
    "Does sea moss make it possible for your body to reverse hypothyroidism?",
    "Our sea moss gel makes it possible for your body to absorb iodine.",
    "Telehealth makes it possible for patients to treat insomnia at home.",
    "A good night's sleep makes it possible for your body to heal wounds.",
    "Our turmeric latte makes it possible to enjoy a warm drink without caffeine.",
    "- Grows her own herbs and treats patients with eczema",
    "Dr. Lee treats patients with anxiety using diet and sleep coaching.",
    "She uses herbs and treats patients with eczema.",
    "He sells kava and treats clients with anxiety.",
    "Jane grows ginger and treats her nausea with it.",
    "- Teaches yoga, brews kombucha and treats clients with insomnia",
    "Our naturopath prescribes turmeric and treats arthritis patients.",
    "Light in the morning helps reset your body clock.",
    "Melatonin can help reset your body clock after travel.",
    "Reset your body's internal clock with morning sunlight.",
    "Morning sunlight resets your body's clock, and our kava helps you unwind.",
    "Night shifts disrupt your body clock.",
    "Reset your body with a weekend of hiking.",
]


@pytest.mark.parametrize("text,rule", FLAGGED)
def test_flagged(checker, text, rule):
    assert rule in _fired(checker, text)


@pytest.mark.parametrize("text", PASSING)
def test_passing(checker, text):
    assert not _fired(checker, text)


# 7-OH joined to another parent compound, or a chemical group, is no kratom mention
@pytest.mark.parametrize("text", ["7-OH-CBD is a metabolite studied in the lab.", "7-OH DHEA is sold as a supplement.",
                                  "The 7-OH metabolite was measured in plasma."])
def test_other_7_hydroxy_compounds_are_not_kratom(checker, text):
    assert not any(f.subject == "kratom" for f in checker.check_text(text, path="page.md"))


KAVA = "safety/kava-missing-safety-language"


@pytest.mark.parametrize("warning", [
    "Homemade kava brews can hurt the liver.",
    "Kava drinks have been tied to liver damage.",
    "Homemade brews can hurt the liver.",
    "Home-made brews can hurt the liver.",
    "Store-bought shots have been tied to liver damage.",
    "Bottled drinks have been linked to liver injury.",
    "Instant powders can be hard on the liver.",
])
def test_kava_liver_warning_satisfied(checker, warning):
    assert KAVA not in _all(checker, f"Kava calms the mind. {warning}")


@pytest.mark.parametrize("other", [
    "Homemade cocktails can hurt the liver.",
    "Store-bought painkillers have been tied to liver damage.",
    "Bottled alcohol can hurt the liver.",
    "Homemade brews never hurt the liver.",
    "Kava has never been tied to liver damage.",
    "Does kava hurt the liver?",
])
def test_kava_liver_warning_not_satisfied(checker, other):
    assert KAVA in _all(checker, f"Kava calms the mind. {other}")
