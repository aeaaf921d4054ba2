"""Round 69 audit, safety sentences: safety inferred from a quality label ("lab-tested, so it's safe"), a known harm
minimized by likening it to an everyday one ("kratom withdrawal is like quitting coffee"), and permission to combine a
risky pair with a qualifier of amount ("you can mix kava and alcohol in moderation"); each with near misses that must
pass (purity claims, idioms, warning comparisons, negations, questions, harmless partners)."""
import pytest

FLAGS = [
    # a quality label offered as proof of safety
    ("Every batch of our kava is third-party tested, which means it's completely safe.", "safety/quality-means-safe"),
    ("This kratom is GMP-certified, so you know it's safe.", "safety/quality-means-safe"),
    ("Pure, wild-harvested kava: that means it's safe.", "safety/quality-means-safe"),
    ("Our kratom is independently tested, so it's safe.", "safety/quality-means-safe"),
    ("Our kava powder is certified organic, so it's perfectly safe for everyone.", "safety/quality-means-safe"),
    ("All our kratom is batch tested, meaning it's harmless.", "safety/quality-means-safe"),
    ("Our valerian is pharmaceutical grade, so it's safe to take nightly.", "safety/quality-means-safe"),
    ("Our kanna extract is lab-verified and therefore harmless.", "safety/quality-means-safe"),
    # a harm likened to an everyday one
    ("Quitting kratom is like giving up caffeine.", "safety/harm-likened-to-everyday"),
    ("Kratom withdrawal feels like a mild cold.", "safety/harm-likened-to-everyday"),
    ("The withdrawal from kratom is no worse than skipping your morning coffee.", "safety/harm-likened-to-everyday"),
    ("Kratom addiction is comparable to a caffeine habit.", "safety/harm-likened-to-everyday"),
    ("Kava's liver risk is no greater than that of acetaminophen.", "safety/harm-likened-to-everyday"),
    ("Kratom withdrawal is basically a bad hangover.", "safety/harm-likened-to-everyday"),
    ("Kratom withdrawal is similar to a caffeine headache.", "safety/harm-likened-to-everyday"),
    ("Honestly, kratom withdrawal is no harder than giving up sugar.", "safety/harm-likened-to-everyday"),
    ("Kava's liver toxicity is comparable to that of ibuprofen.", "safety/harm-likened-to-everyday"),
    ("Kratom withdrawal is only a couple of days of mild discomfort.", "safety/harm-likened-to-everyday"),
    ("Kratom dependence is nothing more than a coffee habit.", "safety/harm-likened-to-everyday"),
    # permission to combine, with an amount
    ("You can combine kratom and alcohol in small amounts.", "safety/safe-combination"),
    ("You can drink kava with beer in moderation.", "safety/safe-combination"),
    ("You can still have kratom with a few drinks in moderation.", "safety/safe-combination"),
    ("You may have a glass of wine after kava in moderation.", "safety/safe-combination"),
    ("A beer or two with your kratom is fine.", "safety/safe-combination"),
    ("A little alcohol with kratom is okay.", "safety/safe-combination"),
    ("A couple of drinks after your kava is totally fine.", "safety/safe-combination"),
    ("One drink with kava won't hurt.", "safety/safe-combination"),
    ("A shot of vodka with your kratom won't hurt.", "safety/safe-combination"),
    ("It's okay to have a glass of wine after kava.", "safety/safe-combination"),
    ("It's fine to drink a couple of beers after your kava.", "safety/safe-combination"),
    ("It's fine to take your sleeping pills after kava.", "safety/safe-combination"),
    ("Having a beer after kratom is okay in moderation.", "safety/safe-combination"),
    ("Having a glass of wine after kava is perfectly fine.", "safety/safe-combination"),
]

PASSES = [
    # a quality label with what it shows, a purity claim, a denial, an idiom, a venue
    "Our kratom is lab-tested, so you know what's in it.",
    "Our kava is tested for heavy metals, so it's clean of lead.",
    "Our kratom is lab-tested, but that does not make it safe.",
    "Lab testing doesn't mean kratom is safe.",
    "Our ashwagandha is organic, so it's free of pesticides.",
    "Our kratom is lab-tested, so it's safe from contamination with salmonella.",
    "Our kratom is lab-tested, so it's safe to say you know exactly what's in it.",
    "Every batch is third-party tested, so there's no risk of mold or heavy metals.",
    "Our kava is lab-tested for kavalactone content, and the FDA still warns about liver injury.",
    "Lab-tested kava is safer than untested kava, but no kava is risk-free.",
    "Is lab-tested kratom safe?",
    "Our shop is clean, so it's safe to visit.",
    "Lab-tested, decarboxylated and completely free of fillers: meet our kava gummies.",
    # comparisons that warn, deny the likeness, are attributed or name a drug, not an everyday habit
    "Kratom withdrawal can be severe, unlike quitting coffee.",
    "Kratom withdrawal is not like quitting coffee; it can be severe.",
    "Kratom withdrawal is nothing like quitting coffee.",
    "Kratom withdrawal is far worse than quitting coffee.",
    "Kratom dependence is worse than a coffee habit.",
    "Some users describe kratom withdrawal as mild, like quitting coffee, but others report severe symptoms.",
    "Kratom withdrawal is similar to opioid withdrawal.",
    "Kratom withdrawal is like opioid withdrawal, only milder, and it can still be severe.",
    "Quitting coffee is like a mild withdrawal.",
    "Our kava tastes like coffee.",
    "Kratom withdrawal is not just a few days of feeling off.",
    "Kratom withdrawal is just a few days away if you stop suddenly; plan a taper with your doctor.",
    "Kratom's side effects are like those of coffee: jitters and nausea at high doses.",
    # combinations warned against, asked about, negated, attributed, or with a harmless partner
    "Never mix kava and alcohol.",
    "Don't combine kratom with alcohol, even in moderation.",
    "You can't mix kava and alcohol, even in moderation.",
    "You should never combine kratom with alcohol, not even in small amounts.",
    "Ask your doctor before mixing kava with alcohol.",
    "Can you mix kava and alcohol in moderation?",
    "Is a beer with your kratom fine?",
    "Is it okay to have a glass of wine after kava?",
    "It's not okay to have a glass of wine after kava.",
    "Having a beer after kratom is not okay.",
    "You can mix kava with coconut milk in moderation.",
    "You can drink kava with coconut milk in small amounts.",
    "A glass of water with your kava is fine.",
    "A glass of milk with your kava is fine.",
    "You can enjoy kava in moderation with friends.",
    "Drink alcohol in moderation.",
    "A glass of wine after dinner is fine.",
    "You can mix alcohol and soda in moderation.",
    "Some people say a beer with kratom is fine, but the FDA warns against it.",
    "Your doctor may say a beer with kava is fine, but the FDA disagrees.",
]


@pytest.mark.parametrize("text,rule", FLAGS)
def test_safety_sentence_is_flagged(rules_fired, text, rule):
    assert rule in rules_fired(text, "safety")


@pytest.mark.parametrize("text", PASSES)
def test_safety_near_miss_passes(rules_fired, text):
    assert not rules_fired(text, "safety")
