"""Popularity offered as proof, audit round 207: reviews, ratings, customer counts and sales presented as proof that a
botanical works ("Thousands of reviews prove our kava works", "The testimonials don't lie: our maca boosts libido":
efficacy/crowd-proof), and a product presented as the only one of its kind that works ("Lion's mane is the only
nootropic that actually works": efficacy/only-one-that-works). A first-person report of the only product that worked,
naming no benefit ("It's the only supplement that works for me"), is testimony and passes, as "Kava worked for me" does.

All sentences are written for these tests."""
import pytest


def _fired(checker, text: str, path: str = "page.md") -> set[str]:
    return {f.rule for f in checker.check_text(text, path=path) if f.scope == "sentence"}


FLAGGED = [
    # the crowd proves it
    ("Our kava is ground by hand in Fiji. Thousands of five-star reviews prove it works.", "efficacy/crowd-proof"),
    ("Thousands of reviews prove our kava works.", "efficacy/crowd-proof"),
    ("Half a million happy customers prove that our moringa boosts energy.", "efficacy/crowd-proof"),
    ("Our 12,000 five-star ratings confirm this lemon balm calms nerves.", "efficacy/crowd-proof"),
    ("Our 4.9-star rating proves this ashwagandha reduces stress.", "efficacy/crowd-proof"),
    ("Thousands of verified reviews have proven our rhodiola fights fatigue.", "efficacy/crowd-proof"),
    ("The sales numbers prove it: our cordyceps increases stamina.", "efficacy/crowd-proof"),
    ("The ratings prove it: our chamomile blend helps you sleep.", "efficacy/crowd-proof"),
    # ... is the proof
    ("Five-star reviews are proof that our lion's mane sharpens focus.", "efficacy/crowd-proof"),
    ("Ten thousand satisfied customers are living proof that our CBD oil works.", "efficacy/crowd-proof"),
    ("Our customers are the proof: ashwagandha lowers stress.", "efficacy/crowd-proof"),
    ("Our reviews are all the proof you need that this kava works.", "efficacy/crowd-proof"),
    # ... doesn't lie, speaks for itself
    ("The testimonials don't lie: our maca boosts libido.", "efficacy/crowd-proof"),
    ("Customers don't lie: this tulsi tea melts away stress.", "efficacy/crowd-proof"),
    ("Reviews never lie: our maca works.", "efficacy/crowd-proof"),
    ("Our sales speak for themselves: ashwagandha works.", "efficacy/crowd-proof"),
    ("Our sales say it all: lion's mane sharpens memory.", "efficacy/crowd-proof"),
    # units sold
    ("A million bottles sold proves our reishi boosts immunity.", "efficacy/crowd-proof"),
    ("We've sold over two million jars, proof that our sea moss boosts immunity.", "efficacy/crowd-proof"),
    ("Our ashwagandha has sold a million bottles, proof that it melts stress away.", "efficacy/crowd-proof"),
    # the only one that works
    ("Lion's mane is the only nootropic that actually works.", "efficacy/only-one-that-works"),
    ("Our valerian tea is the one sleep aid that really works.", "efficacy/only-one-that-works"),
    ("Cordyceps is the only pre-workout supplement that really works!", "efficacy/only-one-that-works"),
    ("Our turmeric is the only joint supplement that actually helps.", "efficacy/only-one-that-works"),
    ("Ashwagandha is the one adaptogen that truly works, period.", "efficacy/only-one-that-works"),
    ("Lion's mane: the only brain supplement that actually works.", "efficacy/only-one-that-works"),
    ("Kanna is really the only natural mood booster that works.", "efficacy/only-one-that-works"),
    ("Valerian root — the one sleep remedy that actually works.", "efficacy/only-one-that-works"),
    ("Our elderberry syrup is the only immune booster that consistently works.", "efficacy/only-one-that-works"),
    ("Of the three strains, Red Bali is the only one that actually works.", "efficacy/only-one-that-works"),
    ("Our ashwagandha: the only stress formula on the market that actually works.", "efficacy/only-one-that-works"),
    ("Valerian is the only sleep aid that works without grogginess.", "efficacy/only-one-that-works"),
    ("For sleep, valerian is the only remedy that really works.", "efficacy/only-one-that-works"),
    # a headline with no full stop
    ("Lion's Mane Gummies - The Only Nootropic That Actually Works\n", "efficacy/only-one-that-works"),
]

PASSING = [
    # popularity with no benefit after it
    "Thousands of reviews mention the earthy taste.",
    "Our customers can't be wrong about the flavor.",
    "Thousands of reviews praise the fast shipping of our kratom.",
    "Thousands of reviews prove our shipping is fast.",
    "Our sales figures prove demand for kava is growing.",
    "We sold 5,000 jars of sea moss last month, proof that demand is strong.",
    "Our sales prove that people love the taste of our turmeric latte.",
    "Our ratings prove customers love the taste of our kava.",
    "Sales speak for themselves: our kava is the best-selling brand in Hawaii.",
    "The reviews don't lie about the flavor: our kava tastes peppery.",
    "Please keep your proof of purchase for returns on kava orders.",
    # a shop's machinery that works
    "Reviews confirm our kava subscription works well for busy people.",
    "Sales figures prove our kava marketing works.",
    "Thousands of reviews prove our kava bar concept works.",
    # negated, hedged, questioned, attributed
    "Reviews are not proof that kava works.",
    "Popularity is not proof that ashwagandha works.",
    "Thousands of reviews don't prove that kava works.",
    "No number of reviews proves that ashwagandha works.",
    "Customer reviews can't prove that lion's mane improves memory.",
    "Customer reviews suggest many people like it for sleep.",
    "Reviews may suggest that kava helps some people relax.",
    "Do thousands of reviews prove that kava works?",
    "Some sellers claim thousands of reviews prove kratom works, but reviews are not evidence.",
    "Influencers say thousands of reviews prove kava works; the studies say otherwise.",
    "Sales figures prove that kava is popular, not that it works.",
    # the only one of something that is no benefit
    "This is the only kava bar in town.",
    "Our chamomile is the only tea that actually tastes good.",
    "Our matcha is the only tea that actually foams well.",
    "This is the only kratom vendor that actually ships on time.",
    "Our maca powder is the only powder that actually works in cold smoothies.",
    "This is the only blender that actually works with frozen kava.",
    "Lion's mane is the only mushroom that grows on this oak.",
    "Our kava is the only brand that ships to Alaska.",
    "Kava is the only drink that Fijians serve at every ceremony.",
    # the only one that works: questioned, hedged, negated, attributed, another subject
    "Is this the only nootropic that actually works?",
    "Could lion's mane be the only nootropic that actually works?",
    "Lion's mane may be the only nootropic that works for some people.",
    "Ashwagandha might be the only adaptogen that truly works.",
    "Kava is not the only remedy that works.",
    "Marketers say lion's mane is the only nootropic that actually works, but no trial supports this.",
    "If it were the only supplement that works, everyone would take it.",
    "The only thing that actually works for anxiety is therapy.",
    "The only thing that actually works is rest, not kava.",
    # first-person testimony naming no benefit
    "It's the only supplement that actually works for me.",
    "Our valerian is the only supplement that works for me.",
    "For me, kava is the only thing that really works.",
    "Personally, ashwagandha is the only supplement that helps.",
    "Kava was the only thing that worked.",
]


@pytest.mark.parametrize("text,rule", FLAGGED)
def test_flagged(checker, text, rule):
    assert rule in _fired(checker, text)


@pytest.mark.parametrize("text", PASSING)
def test_passing(checker, text):
    assert not {r for r in _fired(checker, text) if r.startswith("efficacy/")}
