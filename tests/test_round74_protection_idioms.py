"""Hyperbolic protection idioms, audit round 201: an immune system beyond harm ("a bulletproof immune system",
"an immune system of steel"), immunity promised with nothing after it ("it basically makes you immune"), the
proverb's doctor kept away by a product, a product as armour against colds, germs that stand no chance, and an
illness-free spell of years credited to a product. Figurative and brand uses ("bulletproof coffee", "bulletproof
packaging"), structure/function claims ("supports a healthy immune system"), hedges, negations, questions and
attributed claims pass.

First-person testimony that reports an illness-free spell beside a product ("I haven't been sick in two years
on elderberry gummies") is flagged, as main already flags "haven't been sick once" (efficacy/illness-free-testimony).

All sentences are written for these tests."""
import pytest


def _fired(checker, text: str, path: str = "page.md") -> set[str]:
    return {f.rule for f in checker.check_text(text, path=path) if f.scope == "sentence"}


FLAGGED = [
    ("Take reishi daily for a bulletproof immune system.", "efficacy/invulnerable-immunity"),
    ("Our chaga elixir gives your family a bulletproof immune system this winter.", "efficacy/invulnerable-immunity"),
    ("Ginger shots every morning: the secret to an unbreakable immune system.", "efficacy/invulnerable-immunity"),
    ("Build ironclad immunity with our turkey tail capsules.", "efficacy/invulnerable-immunity"),
    ("Our astragalus tincture gives you an impenetrable immune shield.", "efficacy/invulnerable-immunity"),
    ("Andrographis makes your immune system unbreakable.", "efficacy/invulnerable-immunity"),
    ("Elderberry syrup will make your kids' immune systems invincible.", "efficacy/invulnerable-immunity"),
    ("With reishi in your cup, your immunity becomes bulletproof.", "efficacy/invulnerable-immunity"),
    ("Lion's mane gives you an immune system of iron.", "efficacy/invulnerable-immunity"),
    ("Chaga tea every morning — it basically makes you immune.", "efficacy/invulnerable-immunity"),
    ("Our mushroom blend keeps the whole family immune all season.", "efficacy/invulnerable-immunity"),
    ("Cold-proof yourself this winter with our echinacea tea.", "efficacy/invulnerable-immunity"),
    ("A spoon of black seed oil a day keeps the doctor away, literally.", "efficacy/invulnerable-immunity"),
    ("One dropper of our oregano oil a day keeps the doctor away.", "efficacy/invulnerable-immunity"),
    ("Turmeric keeps the doctor away, trust me.", "efficacy/invulnerable-immunity"),
    ("Echinacea: your body's armor against every cold", "efficacy/invulnerable-immunity"),
    ("Elderberry lozenges: your daily armour against coughs and colds.", "efficacy/invulnerable-immunity"),
    ("Astragalus root tea: a shield against winter flu.", "efficacy/invulnerable-immunity"),
    ("Echinacea is your armor against colds and flu.", "efficacy/disease-treatment"),
    ("Our elderberry syrup is a force field against the flu.", "efficacy/disease-treatment"),
    ("Germs don't stand a chance against our moringa blend.", "efficacy/no-chance"),
    ("Pathogens don't stand a chance against our olive leaf extract.", "efficacy/no-chance"),
    ("With our astragalus drops, you'll be immune to every bug going around.", "efficacy/prevention-promise"),
    ("Our moringa powder makes you immune against germs.", "efficacy/prevention-promise"),
    ("I haven't been sick in two years thanks to my daily elderberry gummies.", "efficacy/illness-free-testimony"),
    ("Elderberry syrup every morning, and I haven't been sick in over a year.", "efficacy/illness-free-testimony"),
]

PASSING = [
    "Our bulletproof packaging keeps the reishi powder fresh.",
    "Try our bulletproof coffee recipe with a scoop of lion's mane.",
    "I blended chaga into my bulletproof coffee this morning.",
    "Bulletproof Coffee now sells a mushroom blend with chaga.",
    "Our reishi tincture comes in an unbreakable bottle.",
    "Our kratom tins are bulletproof and airtight.",
    "Ironclad guarantee: if you don't love our chamomile tea, we refund you.",
    "Elderberry may support immune function.",
    "Our elderberry syrup supports a healthy immune system.",
    "Our ashwagandha supports healthy immune function as part of a balanced diet.",
    "No herb makes you immune to the flu.",
    "No supplement gives you a bulletproof immune system.",
    "Echinacea won't make you immune; wash your hands.",
    "Does elderberry make you immune to colds?",
    "Can elderberry really keep the doctor away?",
    "Is chaga really a bulletproof immune booster? The evidence says no.",
    "Sellers say reishi gives you a bulletproof immune system, but no trial supports this.",
    "The ads call moringa an immune shield, a claim no study backs.",
    "If elderberry made you immune, nobody would need a flu shot.",
    "An apple a day keeps the doctor away, as the old saying goes.",
    "An apple a day keeps the doctor away, and our ginger tea tastes like apple pie.",
    "A daily walk keeps the doctor away more reliably than any ginseng pill.",
    "Our ginger tea won't keep the doctor away, but it tastes great.",
    "Nothing keeps the doctor away, not even turmeric.",
    "Echinacea is no armor against colds, whatever the ads say.",
    "Wear a mask; no tea is a shield against viruses.",
    "This turmeric latte is the armor I wear against a hard Monday.",
    "The moringa farm's fence is a shield against goats.",
    "Germs don't stand a chance against soap and hot water; herbs are another matter.",
    "Germs don't stand a chance against a good hand sanitizer, echinacea or not.",
    "Kava bars are immune to trends, it seems.",
    "Some research suggests elderberry might shorten colds.",
    "I haven't been sick once since we moved to the coast.",
]


@pytest.mark.parametrize("text,rule", FLAGGED)
def test_protection_idioms_are_flagged(checker, text, rule):
    assert rule in _fired(checker, text)


@pytest.mark.parametrize("text", PASSING)
def test_near_misses_pass(checker, text):
    assert not {r for r in _fired(checker, text) if r.startswith("efficacy/")}
