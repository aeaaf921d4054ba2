"""Round 209 audit, lethality and breathing risks denied, comparative safety profiles and worst-case minimizing: a
product said not to kill, not to be lethal, to have no lethal dose or not to slow breathing (safety/lethality-denied),
said to have a better safety profile or record than a drug (safety/safer-than), or a symptom given as the worst that
can happen (safety/only-side-effect) is flagged; a warning, a question, a hedge, an attribution, a negation, another
subject ("a walk won't kill you"), another object ("won't kill the flavor") and a taste as the worst part pass."""
import pytest

LETHAL = "safety/lethality-denied"
SAFER = "safety/safer-than"
WORST = "safety/only-side-effect"

FLAGS = [
    # killing denied, the product the subject
    ("Kava can't kill you.", LETHAL),
    ("Our ashwagandha gummies will never kill anyone.", LETHAL),
    ("Kratom won't kill you, unlike heroin.", LETHAL),
    ("Frankly, kratom simply cannot kill you.", LETHAL),
    ("Even in large amounts, kava won't kill you.", LETHAL),
    ("Kratom has not killed a single person.", LETHAL),
    # lethal, deadly, fatal denied
    ("Kratom isn't lethal.", LETHAL),
    ("Kava is never deadly, even for beginners.", LETHAL),
    ("Blue lotus is non-lethal.", LETHAL),
    ("There is no known fatal dose of kratom.", LETHAL),
    ("Kava has no lethal dose.", LETHAL),
    ("You can't fatally overdose on our kava.", LETHAL),
    # dying from it denied, the product named in the claim
    ("It's totally impossible to die from taking kratom.", LETHAL),
    ("You will never die from kava.", LETHAL),
    ("No one dies of kratom.", LETHAL),
    ("Nobody has died from our kava tea.", LETHAL),
    # breathing
    ("Unlike morphine, kratom doesn't slow your breathing.", LETHAL),
    ("Kava will not depress respiration.", LETHAL),
    ("Kratom can't shut down your breathing like fentanyl can.", LETHAL),
    ("Kratom won't keep you from breathing.", LETHAL),
    ("You won't stop breathing after taking kratom.", LETHAL),
    ("Kratom does not lead to respiratory depression.", LETHAL),
    ("Kratom carries zero respiratory depression risk.", LETHAL),
    # a better safety profile or record than a drug
    ("Kratom has a better safety profile than codeine.", SAFER),
    ("Our kava has a much cleaner safety record than Valium.", SAFER),
    ("Valerian boasts a gentler side-effect profile than Ambien.", SAFER),
    ("Kava's safety profile is way better than that of benzos.", SAFER),
    ("Compared with prescription painkillers, kratom has a far safer profile.", SAFER),
    # a symptom as the worst there is
    ("Kava hangovers are the worst it gets.", WORST),
    ("A bit of nausea is the worst that will happen with kratom.", WORST),
    ("The worst our kava will do is leave you a little drowsy.", WORST),
    ("The worst it gets from kratom is mild constipation.", WORST),
]

PASSES = [
    # warnings and questions
    "Kratom can kill you when mixed with opioids.",
    "Kava can kill you if it damages your liver badly enough.",
    "Can kratom kill you?",
    "Is it impossible to die from kratom?",
    "Does kratom slow your breathing?",
    "High doses of kratom may slow breathing.",
    "Kratom can stop your breathing when combined with alcohol.",
    "Kratom is deadly in combination with other depressants.",
    "There is a lethal dose of kratom, and it is lower with other sedatives.",
    # hedged, attributed, negated
    "Kratom might not slow breathing as much as opioids, but it is still risky.",
    "Sellers claim kratom can't kill you, yet the CDC counted it in overdose deaths.",
    "It is a myth that kava can't kill you.",
    "Never assume kratom won't kill you.",
    "Kratom alkaloids did not cause respiratory depression in mice.",
    # other subjects and objects
    "Unlike opioids, kratom is not approved for any use.",
    "Kava won't kill the flavor of your smoothie.",
    "This cleanser won't kill your skin's good bacteria.",
    "A short walk won't kill you, even if you drink kava.",
    "One bad review won't kill our kratom shop.",
    "You can't die from boredom at our kava bar.",
    "Kratom is not a lethal weapon against pain.",
    "Nobody knows the lethal dose of kratom.",
    # comparisons the other way, hedged or unsettled
    "Ibuprofen has a better safety profile than kratom.",
    "Kava's safety profile is still debated.",
    "Kratom may have a better safety profile than opioids, but no trial has shown it.",
    "Does kratom have a better safety profile than Tylenol?",
    "The new painkiller has a better safety profile than older opioids.",
    # the worst part is a taste, a place or a time
    "The worst part of kava is the taste.",
    "The worst thing about kratom is the bitter flavor.",
    "The worst kava bars serve weak brews.",
    "The worst it gets is when you mix kava with alcohol, which strains the liver.",
    "Kava hangovers are the worst-kept secret on the island.",
]


@pytest.mark.parametrize("text,rule", FLAGS)
def test_denial_is_flagged(rules_fired, text, rule):
    assert rule in rules_fired(text)


@pytest.mark.parametrize("text", PASSES)
def test_warning_or_other_subject_passes(rules_fired, text):
    assert not rules_fired(text, "safety")
