"""A botanical sold as a licence to do something harmful, audit round 175 (safety/harm-cancelled): the product
makes drinking, smoking or bingeing safe — "drink worry-free", "party without the consequences", "cancels out the
damage from alcohol", "so you can keep smoking", "hangover-proof", "eat whatever you want — our tea flushes it out".
Hedged, negated, attributed, questioned and conditional statements pass, as do "worry-free" said of shipping,
"guilt-free" said of sugar, the taste of alcohol cancelled, and drinking a named drink ("keep drinking it").

All sentences are written for these tests."""
import pytest

RULE = "safety/harm-cancelled"


def _fired(checker, text: str) -> set[str]:
    return {f.rule for f in checker.check_text(text + "\n", path="page.md") if f.scope == "sentence"}


FLAG = [
    "Take milk thistle before a night out and drink worry-free.",
    "Milk thistle lets you party without the consequences for your liver.",
    "Kudzu cancels out the damage from alcohol.",
    "Our dandelion root tonic will undo the damage of a weekend of drinking.",
    "Our mullein tea neutralizes the toxins from smoking.",
    "Mullein protects your lungs so you can keep smoking.",
    "Eat whatever you want — our detox tea flushes it out.",
    "Our hangover-proof blend pairs milk thistle with ginger.",
    "Drink guilt-free with our dandelion liver tonic.",
    "One scoop of this milk thistle blend will cancel out a night of drinking.",
    "Pop two capsules of our liver formula and party all weekend without the damage.",
    "This kudzu extract offsets alcohol's toxic effects.",
    "Our NAC supplement neutralizes cigarette toxins.",
    "Smokers love our mullein blend because it lets them keep on smoking.",
    "Dandelion root erases last weekend's boozing.",
    "Take our turmeric shot so that the booze can't damage your liver.",
    "With our milk thistle gummies you can binge worry free.",
    "Our herbal vape lets you vape guilt-free.",
    "Hangover-proof your weekend with our kudzu capsules.",
    "Thanks to our milk thistle formula, you can keep drinking all weekend.",
    "With kudzu in your bag, booze all night without a care.",
    "Our liver detox tonic wipes out the effects of a big night of drinking.",
    "Milk thistle counteracts the harm done by years of smoking.",
    "Take NAC and milk thistle so the alcohol won't hurt your liver.",
]

PASS = [
    "Milk thistle may support liver health.",
    "Milk thistle does not undo alcohol damage.",
    "No supplement cancels out heavy drinking.",
    "Ginger tea settles the stomach; drink water.",
    "Worry-free returns on all our supplements.",
    "Worry-free shipping on every herbal blend over $50.",
    "Can milk thistle undo a night of drinking?",
    "Nothing, not even milk thistle, can cancel out a night of heavy drinking.",
    "Some sellers claim kudzu cancels out the damage from alcohol, but there is no evidence for this.",
    "A 2019 study tested whether milk thistle offsets liver damage from alcohol.",
    "Quitting smoking undoes much of the damage from smoking over time.",
    "Drink guilt-free with our hibiscus tea: zero sugar and only 5 calories.",
    "The lime in our kava cocktail cancels out the bitterness of the root.",
    "Lemon cancels out the taste of the alcohol in this herbal bitters recipe.",
    "Kava lets you relax without the hangover.",
    "Don't expect milk thistle to let you drink worry-free.",
    "If milk thistle cancelled out a night of drinking, everyone would take it.",
    "Milk thistle won't cancel out the damage from alcohol, so drink in moderation.",
    "Drinking water between drinks can offset the dehydration from alcohol.",
    "Mint neutralizes the smell of smoking on your breath.",
    "Eat whatever you like on weekends; moderation matters more than any supplement.",
    "Our chamomile tea tastes so mild that you can keep drinking it all evening.",
    "Stay hydrated so you can keep drinking water with your herbal supplements.",
    "Our ginseng tea lets you keep on going all day.",
    "Book a ride home and drink worry-free tonight.",
    "Quit smoking and drink less; no herb undoes that damage.",
]


@pytest.mark.parametrize("text", FLAG)
def test_licence_to_harm_flags(checker, text):
    assert RULE in _fired(checker, text)


@pytest.mark.parametrize("text", PASS)
def test_near_misses_pass(checker, text):
    assert RULE not in _fired(checker, text)
