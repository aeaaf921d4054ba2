"""Everyday likening, audit round 157: a high-risk substance likened as a whole to an everyday drink
("kratom is basically like a strong cup of coffee", "kava is just a relaxing drink, like a glass of wine")
minimizes its risks (safety/likened-to-everyday-drink). A property likened, a low-risk herb, a negated,
hedged, attributed and distanced, or questioned comparison, and a comparison whose sentence warns, pass.

All sentences are written for these tests."""
import pytest

RULE = "safety/likened-to-everyday-drink"


def _fired(checker, text: str, path: str = "page.md") -> set[str]:
    return {f.rule for f in checker.check_text(text, path=path) if f.scope == "sentence"}


FLAGGED = [
    "Kratom is basically like a strong cup of coffee.",
    "Taking kratom is like drinking a few cups of coffee.",
    "Kava is just a relaxing drink, like a glass of wine without the hangover.",
    "Kratom is no different from your morning coffee.",
    "Honestly, kratom is just like coffee.",
    "Our green maeng da is really no different than an energy drink.",
    "Kava is basically the same as having a beer after a long shift.",
    "Sipping kava is the same as sipping a glass of white wine.",
    "Using kratom every day is no different from having your daily latte.",
    "Kratom is pretty much like a mug of strong black tea.",
    "Our kratom powder is essentially just coffee from a different tree.",
    "Kava is like a beer, only from a root.",
    "Kava is comparable to a glass of red wine.",
    "Kratom is similar to downing an energy drink.",
    "Kava's just like having a couple of cold beers.",
    "Amanita muscaria is basically like a glass of wine.",
    "7-OH is basically like a double espresso.",
    "Psilocybin mushrooms are basically like a few craft beers.",
    "Kratom tea is kind of like a cup of green tea.",
    "Kava kava is no different from a nightcap of wine.",
    "Kava is about the same as a light beer.",
    "Our kava shots are just like a cocktail, minus the alcohol.",
]

PASSING = [
    # a property or a part likened, not the substance as a whole
    "Kratom's stimulating effect at low doses is often compared to coffee.",
    "Kava tastes earthy and peppery, a bit like muddy water.",
    "Kratom leaves are steeped like tea.",
    "Kratom, like coffee, belongs to the Rubiaceae family.",
    "Kava bars are like coffee shops for people who skip alcohol.",
    "Kratom is basically a coffee relative from Southeast Asia.",
    "Kava is similar to wine in its flavor, which changes with the cultivar.",
    "Kratom is no different from coffee in its effects at low doses.",
    "Kratom is like coffee in that both come from trees in the same family.",
    "Kava is like beer to Fijians, a drink shared at every gathering.",
    "Kratom is like coffee for Thai farmers, who chew the leaves in the fields.",
    "Kava is prepared like tea, by kneading the ground root in water.",
    "Kava is a drink, like tea, made from a root.",
    "Kratom is a tree in the same family as coffee.",
    "Kratom is like green tea, a leaf steeped in hot water.",
    # the substance's own drink, not an everyday one
    "Kava root is the same as the drink served in kava bars.",
    "Kratom powder is just like the tea, only stronger.",
    "Kava is similar to the drinks sold at a nakamal.",
    # low-risk herbs and other subjects
    "Chamomile is just like a cup of tea.",
    "Peppermint is basically like a cup of herbal tea.",
    "Yerba mate is no different from coffee.",
    "Green tea is just like coffee, but with less caffeine.",
    "The kava ceremony is like sharing a beer with friends.",
    # negated, debunking, warning
    "Kratom is not just like coffee: it can cause dependence.",
    "Kratom is not the same as coffee.",
    "Kratom is nothing like coffee.",
    "Kratom, unlike coffee, can cause dependence.",
    "Kratom is more than just coffee: it has opioid-like effects.",
    "Kratom is the same as coffee, except that it can cause dependence.",
    "Kava is like a glass of wine, but it can damage your liver.",
    "Kratom is basically like coffee, but it is not approved by the FDA.",
    "Kava is like a beer, yet it has been linked to liver damage.",
    "No, kava is not just like wine.",
    "Kratom's effect is just like coffee.",
    "Kava lounges are the same as wine bars.",
    # hedged, attributed and distanced, questioned
    "Kratom may feel like a cup of coffee at low doses, but it can cause dependence.",
    "Vendors say kratom is like coffee, but it can cause dependence.",
    "Is kratom just like coffee?",
    "If kratom is just like coffee, why do people struggle to quit it?",
]


@pytest.mark.parametrize("text", FLAGGED)
def test_substance_likened_to_everyday_drink_is_flagged(checker, text):
    assert RULE in _fired(checker, text)


@pytest.mark.parametrize("text", PASSING)
def test_property_likened_or_qualified_comparison_passes(checker, text):
    assert RULE not in _fired(checker, text)
