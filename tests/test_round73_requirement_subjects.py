"""Round 73: a warning-like sentence that names no substance counts as the document's required safety language
only when its own subject is the substance: a pronoun or noun pointing back at it, a generic use of it, or no
subject at all (an imperative, "Over time, …"). A subject that is another noun phrase ("Social media can be toxic",
"Mixing cleaning products raises the risk of toxic fumes") says the risk of something else, and a question about
a combination ("Does mixing them increase the risk?") warns of nothing."""
import pytest

from claimcheck.api import check_text
from requirement_concepts import CONCEPTS

KR = 'Kratom is a leaf from Southeast Asia, sold as powder and capsules.'
KR_FDA = ' The FDA has not approved kratom for any medical use.'
KV = 'Kava is a root drink from Vanuatu, served at bars across the islands.'
SJ = "St. John's wort is a yellow flower that some people take for low mood."
AM = 'Amanita muscaria, the red-and-white fly agaric, is sold online as gummies.'
AM_LAW = ' It is not a lawful food or supplement ingredient in the US.'
CB = 'Kava has been linked to liver injury. We drink kava with beer.'



def _document(concept, sentence):
    return {"dep": KR + ' ' + sentence + KR_FDA, "liver": KV + ' ' + sentence, "sjw": SJ + ' ' + sentence,
            "poison": AM + ' ' + sentence + AM_LAW, "combo": CB + ' ' + sentence}[concept]


# the risk said of another subject, or asked: the document still never warns
OTHER_SUBJECTS = [
    ("poison", "Social media can be toxic."),
    ("poison", "That ex of yours was toxic."),
    ("poison", "Office politics can get toxic fast."),
    ("poison", "The wild berries nearby are poisonous."),
    ("poison", "Some houseplants are poisonous to cats."),
    ("poison", "Social media, sadly, can be toxic."),
    ("poison", "Is it poisonous?"),
    ("combo", "Mixing cleaning products raises the risk of toxic fumes."),
    ("combo", "Does mixing them increase the risk?"),
    ("combo", "Could combining them raise the risk?"),
    ("combo", "Stress raises the risk of heart disease."),
    ("combo", "Smoking increases the risk of cancer."),
    ("combo", "Skipping sleep raises the risk of accidents."),
    ("combo", "Mixing bleach and ammonia creates dangerous interactions."),
    ("combo", "Icy roads raise the risk of crashes."),
    ("dep", "Social media can be addictive."),
    ("dep", "Video games are addictive for some teens."),
    ("dep", "Sugar is habit-forming, say some nutritionists."),
    ("dep", "Gambling apps are designed to be addictive."),
    ("dep", "Is it addictive?"),
    ("liver", "Fatty food can be hard on the liver."),
    ("liver", "Too much sugar has been linked to liver damage."),
    ("liver", "Obesity is a leading cause of liver damage."),
    ("liver", "Some painkillers can damage the liver."),
    ("liver", "Does it cause liver damage?"),
    ("sjw", "Antibiotics can make birth control less effective."),
    ("sjw", "Alcohol interacts with many medications."),
    ("sjw", "Certain antacids interact with other medicines."),
    ("sjw", "Smoking can make some medications less effective."),
    ("sjw", "Grapefruit interferes with statins."),
    ("sjw", "Does it interact with the pill?"),
    ("sjw", "Some painkillers interact with blood thinners."),
    ("poison", "Bleach fumes can be toxic."),
    ("dep", "Online shopping can be addictive."),
    ("liver", "Processed food may strain the liver."),
    ("poison", "Our competitors' marketing is toxic."),
    ("dep", "Reality TV can be addictive."),
    ("poison", "Car exhaust is toxic."),
    ("sjw", "Certain foods interact with blood thinners."),
    ("combo", "Combining work and study raises the risk of burnout."),
]

# the substance, a pointer back at it, a generic use of it, or an imperative: the warning counts
OWN_SUBJECTS = [
    ("poison", "It is poisonous."),
    ("poison", "This mushroom is toxic."),
    ("poison", "The mushroom is poisonous if eaten raw."),
    ("poison", "These gummies can be toxic."),
    ("poison", "Eating it raw can be toxic."),
    ("poison", "Don't eat it: it is poisonous."),
    ("poison", "The caps are poisonous."),
    ("poison", "Raw caps are poisonous."),
    ("poison", "Even small doses can be toxic."),
    ("poison", "It contains toxins that can cause seizures."),
    ("combo", "Mixing them raises the risk of heavy sedation."),
    ("combo", "Combining the two increases the risk of liver strain."),
    ("combo", "Together they raise the risk of sedation."),
    ("combo", "Don't combine them; it raises the risk of sedation."),
    ("combo", "Using both at once increases the risk of liver harm."),
    ("combo", "The combination has not been studied."),
    ("combo", "This combo raises the risk of blackouts."),
    ("combo", "Mixing raises the risk of heavy sedation."),
    ("combo", "Drinking both in one night can overload the liver."),
    ("dep", "It can be addictive."),
    ("dep", "Long-term use can lead to dependence."),
    ("dep", "Daily doses can cause dependence."),
    ("dep", "Heavy users report withdrawal when they stop."),
    ("dep", "Regular use can cause dependence."),
    ("dep", "The leaf is habit-forming."),
    ("dep", "This herb can be addictive."),
    ("dep", "Taking it every day can lead to dependence."),
    ("dep", "These capsules can be habit-forming."),
    ("dep", "Over time, it can become habit-forming."),
    ("dep", "Don't take it daily: it can cause dependence."),
    ("dep", "Users can become dependent."),
    ("dep", "Some people become dependent on it."),
    ("liver", "It has been linked to liver damage."),
    ("liver", "The root can be hard on the liver."),
    ("liver", "Heavy use has been linked to liver damage."),
    ("liver", "Long-term use may harm the liver."),
    ("liver", "The drink has been tied to rare liver injury."),
    ("liver", "Regular drinkers should watch for signs of liver damage."),
    ("liver", "Rare cases of liver failure have been reported."),
    ("liver", "Extracts have been linked to liver injury."),
    ("liver", "Drinking it daily may strain the liver."),
    ("liver", "Doctors warn of liver damage."),
    ("sjw", "It interacts with many medicines."),
    ("sjw", "This herb can make birth control less effective."),
    ("sjw", "The flower interacts with antidepressants."),
    ("sjw", "Taking it can make the pill less effective."),
    ("sjw", "These capsules interact with warfarin."),
    ("sjw", "Don't take it with antidepressants: it interacts with them."),
    ("sjw", "It can interfere with prescription drugs."),
    ("sjw", "The supplement interacts with many drugs."),
    # the substance's parts, forms and constituents, and a risk that is its own subject
    ("liver", "The active compounds can harm the liver."),
    ("liver", "Kavalactones can strain the liver."),
    ("liver", "Withdrawal aside, liver damage is the main concern."),
    ("dep", "The alkaloid mitragynine is addictive."),
    ("dep", "Quitting cold turkey brings withdrawal."),
    ("dep", "The main risk is dependence."),
    ("dep", "Addiction is a real risk."),
    ("poison", "Muscimol and ibotenic acid are toxic."),
    ("poison", "Every part of the mushroom is poisonous."),
    ("poison", "The red caps are toxic."),
    ("sjw", "The active ingredient interacts with many medicines."),
    ("sjw", "Hyperforin makes many drugs less effective."),
    ("combo", "The pairing raises the risk of heavy sedation."),
    ("combo", "Both at once raise the risk of sedation."),
    ("combo", "Stacking sedating substances raises the risks."),
    ("dep", "Stopping suddenly after months of use can bring withdrawal."),
    ("dep", "Most people who quit report cravings and withdrawal."),
    ("dep", "Frequent dosing builds tolerance and dependence."),
    ("dep", "Your body can become dependent."),
    ("liver", "A handful of liver injury cases prompted bans in Europe."),
    ("liver", "Acetone extracts were linked to liver damage."),
]


def _missing(concept, text):
    rule, word = CONCEPTS[concept]
    return any(f.rule == rule and word in f.message for f in check_text(text, path="probe.md"))


@pytest.mark.parametrize("concept,sentence", OTHER_SUBJECTS)
def test_risk_of_another_subject_is_not_the_warning(concept, sentence):
    assert _missing(concept, _document(concept, sentence))


@pytest.mark.parametrize("concept,sentence", OWN_SUBJECTS)
def test_risk_of_the_substance_counts(concept, sentence):
    assert not _missing(concept, _document(concept, sentence))


@pytest.mark.parametrize("text", [
    "Kratom is a leaf from Thailand. Powdered leaf can be addictive, and the FDA has not approved it.",
    "Kava is a Pacific drink. Fermented brews have been linked to liver damage.",
])
def test_a_participle_before_an_own_head_still_counts(text):
    """A participle modifying the substance's own noun ("Powdered leaf", "Fermented brews") leaves the warning the
    topic's; only the head decides."""
    assert not [f for f in check_text(text) if f.rule.endswith("missing-safety-language")]


def test_a_participle_before_a_foreign_head_does_not_count():
    text = "Kava is a Pacific drink. Contaminated water has been linked to liver damage."
    assert [f for f in check_text(text) if f.rule == "safety/kava-missing-safety-language"]
