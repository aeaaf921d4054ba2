"""Audit round 74: prescriptive and rhetorical frames that present a botanical as the treatment for a disease.

"X is a must for anyone with <condition>", "should be in every <sufferer>'s cabinet" (efficacy/must-have-for-condition);
"Every diabetic should be taking X", "No diabetic should be without X", "a must for diabetics"
(efficacy/prescribed-for-condition); "Why suffer with <condition> when X can heal it?" (efficacy/why-suffer, whose
"can" hedges nothing); "Why pay for therapy when X …" (efficacy/drug-substitution). Near misses: advice to see a
doctor, everyday goals, other subjects, real questions, hedged, negated and attributed sentences, prohibitions.

All sentences are written for these tests."""
import pytest

import claimcheck


def _rules(text):
    return {f.rule for f in claimcheck.check_text(text, path="copy.md") if f.scope == "sentence"}


FLAG = [
    ("Kratom is a must for anyone with chronic pain.", "efficacy/must-have-for-condition"),
    ("Ashwagandha is a must-have for anyone with anxiety.", "efficacy/must-have-for-condition"),
    ("Turmeric is essential for anyone living with arthritis.", "efficacy/must-have-for-condition"),
    ("Elderberry syrup is a must for every asthma sufferer.", "efficacy/must-have-for-condition"),
    ("Kava should be in every anxiety sufferer's medicine cabinet.", "efficacy/must-have-for-condition"),
    ("Ginger is a must for anyone with nausea from chemo.", "efficacy/must-have-for-condition"),
    ("Lion's mane is essential for anyone with Alzheimer's.", "efficacy/must-have-for-condition"),
    ("Every diabetic should be taking cinnamon.", "efficacy/prescribed-for-condition"),
    ("Every arthritis patient needs turmeric.", "efficacy/prescribed-for-condition"),
    ("No diabetic should be without berberine.", "efficacy/prescribed-for-condition"),
    ("Every migraine sufferer should try feverfew.", "efficacy/prescribed-for-condition"),
    ("Each insomniac should be drinking chamomile tea.", "efficacy/prescribed-for-condition"),
    ("All migraine patients should be on feverfew.", "efficacy/prescribed-for-condition"),
    ("Berberine is a must for diabetics.", "efficacy/prescribed-for-condition"),
    ("If you have arthritis, you need turmeric.", "efficacy/prescribed-for-condition"),
    ("If you suffer from insomnia, you need valerian.", "efficacy/prescribed-for-condition"),
    ("If you suffer from migraines, you should be taking feverfew.", "efficacy/prescribed-for-condition"),
    ("If you live with chronic pain, you must try kratom.", "efficacy/prescribed-for-condition"),
    ("Anyone with high blood pressure should be taking garlic.", "efficacy/prescribed-for-condition"),
    ("Anyone suffering from type 2 diabetes should take berberine.", "efficacy/prescribed-for-condition"),
    ("Everyone with anxiety needs ashwagandha.", "efficacy/prescribed-for-condition"),
    ("Every diabetic should be taking red yeast rice.", "efficacy/prescribed-for-condition"),
    ("Every depression patient should try St. John's wort.", "efficacy/prescribed-for-condition"),
    ("Every anxiety sufferer needs our kava blend.", "efficacy/prescribed-for-condition"),
    ("Anyone with dementia should be taking lion's mane daily.", "efficacy/prescribed-for-condition"),
    ("Why suffer with arthritis when turmeric can heal it?", "efficacy/why-suffer"),
    ("Why put up with migraines when feverfew can stop them?", "efficacy/why-suffer"),
    ("Why live with insomnia when valerian can fix it?", "efficacy/why-suffer"),
    ("Why suffer through depression when St. John's wort works?", "efficacy/why-suffer"),
    ("Why pay for therapy when ashwagandha can fix your stress?", "efficacy/drug-substitution"),
    ("Why would anyone see a psychiatrist when St. John's wort lifts depression naturally?", "efficacy/drug-substitution"),
    ("Why waste money on counseling when our CBD gummies melt anxiety away?", "efficacy/drug-substitution"),
    ("Why go to rehab when kratom does the same thing?", "efficacy/drug-substitution"),
    ("Why pop painkillers when kratom does the job?", "efficacy/drug-substitution"),
]

PASS = [
    "If you have arthritis, ask your doctor whether turmeric is right for you.",
    "Who needs coffee when you have cordyceps?",
    "Ashwagandha is a must-have for your morning routine.",
    "Why take statins when diet changes can help?",
    "Every diabetic should check their feet daily.",
    "Why do some people take kava instead of Xanax?",
    "Turmeric is not a must for arthritis.",
    "Some sellers claim kratom is a must for chronic pain, but no trial supports this.",
    "Is kratom a must for anyone with chronic pain?",
    "Why suffer with arthritis when you could talk to a rheumatologist?",
    "A good pair of shoes is a must for anyone with arthritis.",
    "Every diabetic should talk to their doctor before taking cinnamon.",
    "Kava may be worth trying for anyone with mild anxiety.",
    "Why do people with arthritis take turmeric?",
    "Why suffer in silence when help is a phone call away?",
    "Cinnamon is a must for anyone who loves baking.",
    "Why pay for coffee when you can brew matcha at home?",
    "No kitchen should be without turmeric.",
    "Doctors say exercise is a must for anyone with arthritis.",
    "Turmeric is a must for a good curry.",
    "Every diabetic should know that cinnamon does not replace insulin.",
    "Every diabetic should take their insulin on time, whatever they think of cinnamon.",
    "Should every diabetic be taking cinnamon?",
    "Not every diabetic should be taking cinnamon; ask your doctor first.",
    "Every arthritis patient needs a plan from their doctor, and turmeric is no substitute.",
    "No patient should be taking kava with alcohol.",
    "No patient should use kratom to self-treat opioid withdrawal.",
    "Any patient on warfarin should avoid ginkgo.",
    "Every kava drinker should know about liver risks.",
    "Why pay for therapy when you can journal for free?",
    "Why do people see a therapist when kava is so popular?",
    "Why keep a journal when you take ashwagandha? It helps you notice changes.",
    "Stretching is essential for anyone with back pain; turmeric tea is a nice extra.",
    "Regular exercise is a must for anyone with arthritis, and a turmeric latte can be a tasty treat.",
    "A doctor's visit is a must for anyone with chest pain, whatever kratom sellers say.",
    "Why live with insomnia? Talk to your doctor; valerian is no cure.",
    "Kava is a must-try for anyone who loves Pacific culture.",
    "If you have anxiety, you need support, not just kava.",
    "Anyone with liver disease should avoid kava.",
    "If you have diabetes, you should talk to your doctor before taking cinnamon.",
    "Anyone with high blood pressure should check with a doctor before using licorice.",
    "If you have arthritis, you should not rely on turmeric alone.",
    "Does anyone with arthritis need turmeric?",
    "Anyone with epilepsy should skip ginkgo.",
    "If you have back pain, you should try stretching first; turmeric is a maybe.",
    "Everyone with anxiety needs someone to talk to, and chamomile tea will not replace that.",
    "Anyone with arthritis should take breaks, and a turmeric latte is a nice treat.",
    "If you have heartburn, you should use caution with peppermint.",
    "Many say every diabetic should be taking cinnamon, but the evidence is thin.",
    "Every diabetic should keep glucose tablets and a cinnamon-free snack handy.",
    "Every patient should try a short walk; ginger tea after dinner is optional.",
]

NEW_RULES = {"efficacy/must-have-for-condition", "efficacy/prescribed-for-condition", "efficacy/why-suffer",
             "efficacy/drug-substitution"}


@pytest.mark.parametrize("text,rule", FLAG)
def test_prescriptive_frame_flags(text, rule):
    assert rule in _rules(text)


@pytest.mark.parametrize("text", PASS)
def test_near_miss_passes(text):
    assert not (_rules(text) & NEW_RULES)


@pytest.mark.parametrize("text", [
    "Why take statins when red yeast rice does the same thing?",
    "Why pop sleeping pills when red clover tea does the job?",
])
def test_a_short_word_ending_in_ed_after_when_is_no_condition(checker, text):
    # "when red …" is no "when used …": the when-clause names the product and asserts it
    assert any(f.category == "efficacy" for f in checker.check_text(text, path="a.md"))
