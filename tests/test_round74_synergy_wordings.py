"""Combination (synergy) claims in everyday marketing wordings, audit round 154: a pair or a trio sold as a team whose
joint effect is established ("team up for the deepest sleep", "join forces to supercharge your immune system", "work
hand in hand to crush stress", "together … twice as powerful", "a power couple for deep sleep", "the dynamic duo your
brain has been waiting for", "1+1=3") is flagged by efficacy/synergy-teamwork, as GUIDELINES' "unsupported combination
claims". Teamwork in a kitchen or a business, people who team up, what a body absorbs, and every drug-interaction
warning ("kava and alcohol team up to slow your breathing") pass, as do hedged, negated, attributed and asked claims.

All sentences are written for these tests."""
import pytest


def _fired(checker, text: str) -> set[str]:
    return {f.rule for f in checker.check_text(text + "\n", path="page.md") if f.scope == "sentence"}



FLAG = [
    ("Melatonin, valerian root and kava team up for the deepest sleep of your life.", "efficacy/synergy-teamwork"),
    ("Reishi and chaga join forces to supercharge your immune system.", "efficacy/synergy-teamwork"),
    ("Ashwagandha and rhodiola work hand in hand to crush stress.", "efficacy/synergy-teamwork"),
    ("Together, turmeric and ginger are twice as powerful.", "efficacy/synergy-teamwork"),
    ("In this blend, lion's mane and cordyceps join forces for laser focus.", "efficacy/synergy-teamwork"),
    ("Skullcap and valerian work in tandem to switch off a racing mind.", "efficacy/synergy-teamwork"),
    ("Ashwagandha and magnesium are a power couple for deep, restorative sleep.", "efficacy/synergy-teamwork"),
    ("Lion's mane and bacopa are the dynamic duo your brain has been waiting for.", "efficacy/synergy-teamwork"),
    ("With reishi and cordyceps, 1+1=3 for your energy.", "efficacy/synergy-teamwork"),
    ("Kava and kratom join forces to melt your stress away.", "efficacy/synergy-teamwork"),
    ("Holy basil and ashwagandha work hand-in-hand to balance cortisol.", "efficacy/synergy-teamwork"),
    ("Rhodiola and ginseng team up to fight fatigue.", "efficacy/synergy-teamwork"),
    ("Together, reishi and chaga are twice as effective at fighting inflammation.", "efficacy/synergy-teamwork"),
    ("Valerian and hops work together to bring on deep sleep.", "efficacy/synergy-teamwork"),
    ("Echinacea and elderberry join forces against colds and flu.", "efficacy/synergy-teamwork"),
    ("Ginkgo and bacopa form a dynamic duo for memory.", "efficacy/synergy-teamwork"),
    ("Chamomile and lemon balm have teamed up to help you unwind.", "efficacy/synergy-teamwork"),
    ("Maca is three times as energizing when combined with ginseng.", "efficacy/synergy-teamwork"),
    ("Reishi and turkey tail unite to shield your immune system.", "efficacy/synergy-teamwork"),
    ("Cordyceps and rhodiola are a powerhouse pair for endurance.", "efficacy/synergy-teamwork"),
    ("Reishi plus chaga: one plus one equals three for your immunity.", "efficacy/synergy-teamwork"),
    ("Ashwagandha and shatavari partner up to balance your hormones.", "efficacy/synergy-teamwork"),
    ("Kava and passionflower, 1 + 1 = 3 when it comes to calm.", "efficacy/synergy-teamwork"),
    ("Magnesium and melatonin team up to give you the deepest sleep ever.", "efficacy/synergy-teamwork"),
    ("Ginseng and ginkgo work together to sharpen your memory.", "efficacy/synergy-teamwork"),
    ("Maca and ginseng are a dynamic duo for your energy levels.", "efficacy/synergy-teamwork"),
    ("Reishi and chaga, two ancient mushrooms, join forces to protect your immune system.", "efficacy/synergy-teamwork"),
    ("Turmeric and ginger work in harmony to soothe sore joints.", "efficacy/synergy-teamwork"),
    ("Ginger and peppermint team up to settle your stomach.", "efficacy/synergy-teamwork"),
    # (not "… to rewire your brain": a brain rewired is a repair claim, efficacy/cure-claim, reported first)
    ("Lion's mane and psilocybin join forces to sharpen your focus.", "efficacy/synergy-teamwork"),
    # already flagged by the older synergy rules, kept here as the theme's variations
    ("Maca and ginseng combine to double your stamina.", "efficacy/synergy"),
    ("Chamomile and lavender enhance each other's calming effects.", "efficacy/synergy"),
    ("Reishi and turkey tail each boost the other's immune power.", "efficacy/synergy"),
    ("Black seed oil potentiates the anti-inflammatory action of turmeric.", "efficacy/synergy"),
    ("Pairing elderberry with echinacea multiplies the immune benefits.", "efficacy/synergy"),
]

PASS = [
    # cooking and flavour
    "Ginger and turmeric team up in this curry.",
    "Ginger and turmeric join forces in this golden soup.",
    "Turmeric and ginger work hand in hand in our kitchen.",
    "Maca and cacao are a dynamic duo in a morning smoothie.",
    "Ginger and lemon team up to brighten this ginger tea recipe.",
    # business and people
    "Our herbalists team up with farmers in Vanuatu to source kava.",
    "Our founders team up with local growers to harvest turmeric.",
    "We teamed up with a kava bar to bring you this guide.",
    "Reishi growers in Oregon join forces to fight the new import rules.",
    "Kava vendors have joined forces against the proposed ban.",
    "Our teams work together to bring you the freshest ashwagandha.",
    "Reishi and chaga are a dynamic duo in our shop window.",
    # drug-interaction warnings
    "Kava can amplify the effects of alcohol.",
    "Kratom and opioids together can slow your breathing.",
    "Combining them may potentiate sedation.",
    "Kava and alcohol team up to slow your breathing; never mix them.",
    "Kava and kratom combine to deepen sedation, so never take them together.",
    "Kava and kratom combine to slow breathing, which can be dangerous.",
    "Kratom and benzodiazepines work together to depress breathing.",
    "Mixing kava with benzodiazepines can potentiate their sedative effects.",
    "Kratom potentiates the effects of opioids, which raises the risk of overdose.",
    "Alcohol and kava together are twice as dangerous.",
    "Kratom and alcohol are a dangerous duo for your liver.",
    "St. John's wort and antidepressants combine to raise serotonin dangerously.",
    "Two farmers team up to grow kava in Hawaii.",
    # practices and organs
    "Sleep and exercise work together to lower stress, and chamomile tea is a nice extra.",
    "Your liver and kidneys work together to filter toxins, with or without kava.",
    # absorption is no joint effect, and calcium with vitamin D is an established pairing
    "Calcium and vitamin D work together to support bone health.",
    "Vitamin D and calcium work together to support bone health.",
    "Turmeric and black pepper combine to boost curcumin absorption.",
    # hedged, negated, attributed, asked
    "Reishi and chaga may work well together.",
    "Studies suggest ginseng and ginkgo may work together to support memory.",
    "There is no evidence that kava and kratom work better together.",
    "No study shows that reishi and chaga join forces to boost immunity.",
    "Whether turmeric and ginger are twice as powerful together has never been tested.",
    "Sellers claim kava and kratom team up to melt stress, but no trial has tested the pair.",
    "Some users say reishi and chaga work hand in hand.",
    "Researchers are testing whether valerian and hops work together to improve sleep.",
    "Do reishi and chaga work better together?",
    "Can ashwagandha and rhodiola team up to fight fatigue?",
    "Is ashwagandha twice as powerful with rhodiola?",
    "Ashwagandha and rhodiola can team up to fight fatigue, according to the brand.",
    "Rhodiola and ginseng don't team up to fight fatigue; that is marketing.",
    # plain descriptions of a blend
    "Our tea is a blend of reishi and chaga.",
    "Ashwagandha and rhodiola are often combined.",
    "Valerian and hops are often paired in sleep teas.",
    "Ashwagandha and rhodiola are a popular combination.",
    "Reishi and chaga combine in our blend, each at 500 mg.",
    "Kava and kratom combine to create a unique experience.",
    "Reishi and lion's mane combine beautifully in a morning latte.",
    "Our turmeric and ginger gummies combine two classic roots in one chew.",
    "Twice as strong as our old formula, this ashwagandha is 600 mg per capsule.",
    "Lion's mane and cordyceps are twice as expensive together as they are alone.",
]


@pytest.mark.parametrize("text,rule", FLAG)
def test_synergy_wording_flagged(checker, text, rule):
    assert rule in _fired(checker, text)


@pytest.mark.parametrize("text", PASS)
def test_synergy_near_miss_passes(checker, text):
    assert not _fired(checker, text), text
