"""Stacks and pairings sold for a combined benefit, audit round 185 (efficacy/synergy-stack): the pairing praised
as the best one ("the ultimate sleep stack", "a match made in heaven"), a pairing for an effect doubled or made
total ("for double the stress relief"), one ingredient taken with another to cancel, balance or smooth out the
other's downside ("take kratom with kava to cancel out the crash"), and a headline sum ("Kratom + Kava = Pure
Bliss"). Neutral, warning, hedged, culinary, listed and asked pairings pass.

All sentences are written for these tests."""
import pytest


def _fired(checker, text: str, path: str = "page.md") -> set[str]:
    return {f.rule for f in checker.check_text(text, path=path) if f.scope == "sentence"}


FLAGGED = [
    # the pairing praised as the best one
    ("Valerian and kava together make the ultimate sleep stack.", "efficacy/synergy-stack"),
    ("Lion's mane plus bacopa is the ultimate brain stack.", "efficacy/synergy-stack"),
    ("Ashwagandha and magnesium make the perfect bedtime duo.", "efficacy/synergy-stack"),
    ("Skullcap and passionflower: the unbeatable bedtime combo.", "efficacy/synergy-stack"),
    ("Lemon balm and chamomile: a match made in heaven for frazzled nerves.", "efficacy/synergy-stack"),
    ("Valerian and hops are the ultimate bedtime pairing.", "efficacy/synergy-stack"),
    ("Elderberry and zinc: the dream team for cold season.", "efficacy/synergy-stack"),
    # a pairing for an effect doubled or made total
    ("Stack ashwagandha with rhodiola for double the stress relief.", "efficacy/synergy-stack"),
    ("Our blend pairs reishi and chaga for total immune defense.", "efficacy/synergy-stack"),
    ("This stack of maca and tongkat gives you twice the energy.", "efficacy/synergy-stack"),
    ("Pair turmeric with boswellia for double the joint relief.", "efficacy/synergy-stack"),
    ("Our lion's mane and cordyceps combo delivers twice the focus.", "efficacy/synergy-stack"),
    ("Stack kava with kratom for maximum relaxation.", "efficacy/synergy-stack"),
    ("Combining reishi, chaga and lion's mane gives you triple the benefits.", "efficacy/synergy-stack"),
    # one ingredient cancelling, balancing or smoothing out another's downside
    ("Take kratom with kava to cancel out the crash.", "efficacy/synergy-stack"),
    ("Adding kava to your kratom smooths out the jitters.", "efficacy/synergy-stack"),
    ("Taking kava with your kratom cancels out the nausea.", "efficacy/synergy-stack"),
    ("Mix kava into your kratom tea to smooth out the comedown.", "efficacy/synergy-stack"),
    ("Add chamomile to your valerian to round off the grogginess.", "efficacy/synergy-stack"),
    ("Rhodiola balances out the sedation of ashwagandha.", "efficacy/synergy-stack"),
    ("A little kava smooths out the jitters from kratom.", "efficacy/synergy-stack"),
    ("Green tea's L-theanine cancels out the caffeine crash from guarana.", "efficacy/synergy-stack"),
    ("Kava takes the edge off kratom.", "efficacy/synergy-stack"),
    # a headline sum
    ("Kratom + Kava = Pure Bliss", "efficacy/synergy-stack"),
    ("Ashwagandha + Rhodiola = Zero Stress", "efficacy/synergy-stack"),
    ("Reishi + Chaga = Immunity on Autopilot", "efficacy/synergy-stack"),
    ("Kava + Kratom = Zen", "efficacy/synergy-stack"),
    # what efficacy/synergy already owned stays its own
    ("Kava and kratom make an unbeatable combo for anxiety.", "efficacy/synergy"),
    ("Pairing ashwagandha with rhodiola gives you double the calm.", "efficacy/synergy"),
]

PASSING = [
    # neutral, warning, hedged, attributed, denied, asked
    "Many people take kava and kratom together.",
    "Don't stack kratom with kava.",
    "Combining kava with alcohol raises liver risk.",
    "Some people pair reishi with chaga, though no studies have tested the combination.",
    "Can you stack ashwagandha with rhodiola?",
    "Never take kratom with kava to cancel out the crash; the combination is risky.",
    "Is kava and CBD a match made in heaven? Nobody has tested it.",
    "Kratom and kava are not a match made in heaven: together they deepen sedation.",
    "Kava and kratom aren't the ultimate sleep stack.",
    "Valerian and kava may be the ultimate sleep stack.",
    "Sellers call valerian and kava the ultimate sleep stack, but no trial supports this.",
    "Some users say kava takes the edge off kratom, but this has not been studied.",
    "Rhodiola may balance out the sedation some people feel from ashwagandha, but this is untested.",
    "Stacking kava with alcohol doubles the risk of liver damage.",
    "Stack ashwagandha with rhodiola for double the side effects.",
    "Kava and kratom: a dangerous duo.",
    "Kava + alcohol = trouble.",
    "Mixing kratom with opioids can cancel out the warning signs of overdose.",
    # culinary, taste, a drink, an ingredient list, food
    "Kava pairs well with pineapple juice.",
    "Turmeric and black pepper pair well in curries.",
    "Contains reishi and chaga.",
    "Mix kratom into your coffee.",
    "Chamomile and honey are a match made in heaven.",
    # said of friends and couples too: a duo or pair praised with no benefit, a match with nothing it is for
    "Kava and good friends: a match made in heaven.",
    "Ginger and turmeric are the perfect duo.",
    "Kava and CBD are a match made in heaven.",
    "Reishi and chaga, a true power couple.",
    "Ginger and lemon are the perfect pair for a winter tea.",
    "Turmeric and ginger are the ultimate pairing in a golden curry.",
    "Reishi and chaga make a perfect pair in our mushroom hot chocolate.",
    "Adding honey to kava smooths out the bitter taste.",
    "Reishi + chaga = an earthy, bitter brew.",
    "Take kratom with food to cancel out the nausea.",
    "Take kava with a meal to cancel out the nausea.",
    "Mix kava powder with cold water for maximum effect.",
    "Blend the kratom powder well for maximum benefits.",
    "Combine reishi with exercise and sleep for total recovery.",
    "Take turmeric together with black pepper for maximum absorption.",
    # other subjects and benign uses of the words
    "Kava takes the edge off a long day for some drinkers.",
    "Kava smooths out the rough edges of a long week.",
    "Rhodiola balances out the sedation of the antihistamine.",
    "Our kava bar serves the ultimate sleep playlist on Fridays.",
    "Stack the kava bowls on the top shelf.",
    "Kratom vendors and kava bars are a power couple of the gray market.",
    "Our kava team is the dream team of customer service.",
    "Kava and kratom are the perfect pair of botanicals to avoid mixing.",
    "Stack your reishi and chaga orders together for double the rewards points.",
    "Pair kava with friends for double the fun.",
    "Our kava bar's happy hour offers double the shells for half the price.",
    "Ashwagandha and rhodiola are often sold as a stack.",
    "Our new duo pack contains reishi and chaga capsules.",
]


@pytest.mark.parametrize(("text", "rule"), FLAGGED)
def test_flagged(checker, text, rule):
    assert rule in _fired(checker, text)


@pytest.mark.parametrize("text", PASSING)
def test_passing(checker, text):
    assert not {r for r in _fired(checker, text) if r.startswith("efficacy/synergy")}
