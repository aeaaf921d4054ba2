"""Round 63: overstated efficacy in social-media and ad copy (claim hashtags, before/after copy, passive
cure testimonies, "nothing works like" rankings) and a universal denial widened by a parenthetical
("Nothing, turmeric included, cures arthritis"), with their near misses."""
import pytest

FLAG = [
    # a hashtag carries the claim (efficacy/claim-hashtag)
    ("Slept through the night for the first time in years! #curedmyinsomnia #valerian", "efficacy/claim-hashtag"),
    ("Great night. #curedmyinsomnia #valerian", "efficacy/claim-hashtag"),
    ("#anxietyfree since I switched to our kava blend.", "efficacy/claim-hashtag"),
    ("Six months of chaga tea and #cancerfree!", "efficacy/claim-hashtag"),
    ("Off my meds and #painfree thanks to kratom.", "efficacy/claim-hashtag"),
    ("Two capsules of feverfew a day and my calendar is #migrainefree.", "efficacy/claim-hashtag"),
    ("#healed by reishi after years of chronic fatigue.", "efficacy/claim-hashtag"),
    ("Our kava = #noanxiety, guaranteed.", "efficacy/claim-hashtag"),
    ("#HealedByReishi #chaga", "efficacy/claim-hashtag"),
    ("Our valerian tea #NoMoreInsomnia", "efficacy/claim-hashtag"),
    # before/after copy in one sentence (efficacy/before-after)
    ("Before kava: daily panic attacks; after kava: none.", "efficacy/before-after"),
    ("Eight migraines a month before our feverfew, and after: zero.", "efficacy/before-after"),
    ("Joint pain before our turmeric — after two weeks: gone.", "efficacy/before-after"),
    # a passive cure testimony with the product as agent (efficacy/healed-by)
    ("I was healed by reishi after five years of chronic fatigue!", "efficacy/healed-by"),
    ("My psoriasis? Healed by our calendula cream.", "efficacy/healed-by"),
    ("After a decade of migraines, I was finally healed by feverfew.", "efficacy/healed-by"),
    ("We were cured with our valerian tea of years of insomnia.", "efficacy/healed-by"),
    # "nothing works like" a product for an effect (efficacy/superlative)
    ("Nothing works like our kava for anxiety.", "efficacy/superlative"),
    ("Nothing, absolutely nothing, works like our passionflower tincture for anxiety.", "efficacy/superlative"),
    ("Nothing works like valerian for sleep.", "efficacy/superlative"),
    ("Nothing, absolutely nothing, beats our kava for anxiety.", "efficacy/superlative"),
    # a second, held-out round of the same shapes
    ("Three bottles of our turmeric later and I'm officially #arthritisfree 🙌", "efficacy/claim-hashtag"),
    ("#CuredMyAnxiety with ashwagandha. Not a doctor, just sharing.", "efficacy/claim-hashtag"),
    ("Before kava: social anxiety; after kava: none!", "efficacy/before-after"),
    ("Before turmeric, I had joint pain every morning; after turmeric, nothing.", "efficacy/before-after"),
    ("I was cured by ashwagandha of my adrenal fatigue.", "efficacy/healed-by"),
]

PASS = [
    # hashtags that are topics
    "Evening ritual with our kava. #kava #wellness #selfcare",
    "New drop! #reishi #mushroomcoffee #morningroutine",
    "Our turmeric latte, now #glutenfree and #sugarfree.",
    "Our kava is #caffeinefree and #alcoholfree.",
    "#anxiety #mentalhealth: what the research on kava says, and what it does not.",
    "Feeling #blessed and #healedbyjesus this Sunday.",
    "Our sleep tea with valerian is #caffeinefree and tastes great.",
    # a hashtag naming an event, or a medical treatment credited
    "Join our #painfree challenge: stretch daily, and sip our ginger tea for flavor.",
    "Survivor story: #cancerfree after chemo, and now I enjoy chaga tea.",
    "Chaga is not a cure. #cancerfree for five years thanks to surgery and chemo.",
    "Does kava make you #anxietyfree? No trial shows that.",
    # attributed, questioned, debunked hashtags
    "Influencers say their turmeric #healed their arthritis, but no trial supports that.",
    "Is #curedmyinsomnia real? There is no good evidence that valerian cures insomnia.",
    # before/after about taste, price, packaging; hedged or partial outcomes
    "Before: bitter and muddy. After our new recipe: smooth and earthy kava.",
    "Before: $49.99. After: $29.99 for our turmeric capsules.",
    "Before: three plastic tubs a month; after our refill pouches of kava: zero plastic.",
    "Before our new recipe the kava was bitter; after: none of that bitterness.",
    "Before kava: daily panic attacks; after kava: still some, but fewer, in my experience.",
    "Her insomnia got worse after the move; after valerian, nothing changed.",
    "Migraine days before the feverfew trial: 8; after: 7.",
    "Before our new grinder, kava prep took an hour; after: zero fuss.",
    "Before our subscription: $60 a month; after: zero shipping fees on kava.",
    # numbers about sales or shipping, hedged answers
    "Did our kava sell out? Absolutely — by 70% more orders than last month.",
    "Does ashwagandha lower cortisol? Maybe — one small study saw a drop of about 20%.",
    # passive "healed by" with no condition, another agent, or attributed
    "I was healed by the kindness of my kava circle.",
    "I was healed by reishi! Such a beautiful mushroom to photograph.",
    "I was cured of my insomnia by therapy; the valerian tea is just a bedtime treat.",
    "I was healed by surgery after years of arthritis, and turmeric tea kept me company.",
    "I was healed by nature, and kava was part of the ritual, after years of burnout.",
    "We were healed by the community, not the kava, after the storm.",
    "My aunt says she was healed by turmeric after years of arthritis, but no trial supports that.",
    # "nothing works like" with no product or no health effect
    "Nothing works like a hot bath for sleep, and chamomile tea is a pleasant extra.",
    "Nothing works like turmeric for colour in a curry.",
    "Nothing works like kava for a Friday night with friends.",
    "Nothing works like ashwagandha for stress, some users say, but trials are small.",
    "Nothing, not even our kava, works like therapy for anxiety.",
    # a universal denial widened by a parenthetical set off by commas
    "Nothing, turmeric included, cures arthritis.",
    "No herb, kava included, cures anxiety.",
    "No supplement, ashwagandha or otherwise, eliminates stress.",
    "Nothing, not even reishi, cures cancer.",
]


@pytest.mark.parametrize("text,rule", FLAG)
def test_flags(checker, text, rule):
    rules = [f.rule for f in checker.check_text(text) if f.scope == "sentence"]
    assert rule in rules, (text, rules)


@pytest.mark.parametrize("text", PASS)
def test_passes(checker, text):
    found = [(f.rule, f.text) for f in checker.check_text(text) if f.category == "efficacy"]
    assert not found, (text, found)
