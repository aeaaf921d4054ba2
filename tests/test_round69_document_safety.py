"""Document-level safety requirements, audit round 85 (theme: what counts as the warning).

Whole short documents (news, FAQ, podcast transcript, forum post, product page) about kratom, kava, St. John's
wort, Amanita muscaria and combinations. Fixed here:

* a clause whose subject is a pronoun for the topic says its risk of the topic even when it names a partner
  (alcohol, opioids, sedatives) as a likeness or an object: "It's an opioid-like plant, people get dependent on it,
  and the FDA has warned against it", "It interacts with alcohol, sedatives and many medicines"; but not when the
  risk's comma part names the partner, points back at it ("…, which are addictive", "…, and people get dependent on
  them") or is an appositive of it ("…opioids, a drug class that causes dependence");
* the FDA refusing Amanita muscaria as a food or supplement ingredient with the mushroom as the object: "The FDA has
  not approved Amanita muscaria as a food ingredient or dietary supplement", "has not cleared it for use in foods"
  (not "has not yet approved our new label as a food ingredient list", nor "as a treatment").

Near misses stay flagged: the warning said of another substance, dismissed, reported then denied, the supplement
disclaimer, a general "consult your doctor". All texts are written for these tests."""
import pytest

import claimcheck


def _document(text):
    return {(f.rule, f.subject) for f in claimcheck.check_text(text, path="post.md") if f.scope == "document"}


KRATOM = "safety/kratom-missing-safety-language"
KAVA = "safety/kava-missing-safety-language"
SJW = "safety/st-johns-wort-missing-safety-language"
AMANITA = "safety/amanita-missing-safety-language"
COMBO = "safety/combination-missing-safety-language"

FLAGGED = [
    ('I stay away from kratom. Kava can hurt the liver, and opioids are addictive. The FDA has warned against opioids.',
     {(KRATOM, 'kratom')}),
    ("Kratom is a Thai leaf. Some say kratom is addictive, but that's a myth. These statements have not been evaluated by the FDA.",
     {(KRATOM, 'kratom')}),
    ('Kratom is a Thai leaf. It is nothing like opioids, which are addictive, and the FDA has warned against opioids. Consult your doctor.',
     {(KRATOM, 'kratom')}),
    ("Kratom is a Thai leaf. It's milder than opioids, and opioids can cause dependence. Consult your doctor before use.",
     {(KRATOM, 'kratom')}),
    ('We sell kratom capsules. Unlike opioids, it is not addictive, and it has no withdrawal. The FDA has warned against it.',
     {(KRATOM, 'kratom')}),
    ("Kratom: it's gentler than alcohol, whose users get dependent, and the FDA has not approved it for any medical use.",
     {(KRATOM, 'kratom')}),
    ("Kava is relaxing. It's gentler than alcohol, which is hard on the liver.",
     {(KAVA, 'kava')}),
    ("Kava is relaxing. It's gentler than wine, and wine is hard on the liver.",
     {(KAVA, 'kava')}),
    ('Kava is relaxing. Kratom has been linked to liver injury.',
     {(KAVA, 'kava'), (KRATOM, 'kratom')}),
    ("Kava is relaxing. Some people claim kava causes liver damage, but that's a myth.",
     {(KAVA, 'kava')}),
    ("St. John's wort is popular for mood. Grapefruit interacts with many medicines. Ask your doctor.",
     {(SJW, 'st-johns-wort')}),
    ('Amanita muscaria is a red mushroom. It is toxic. These statements have not been evaluated by the FDA.',
     {(AMANITA, 'amanita-muscaria')}),
    ('Amanita muscaria is a red mushroom. It is toxic. The FDA has approved many food dyes as food ingredients.',
     {(AMANITA, 'amanita-muscaria')}),
    ("Amanita muscaria is a red mushroom. The FDA has not approved it as a food ingredient. Some say it's poisonous, but that's a myth.",
     {(AMANITA, 'amanita-muscaria')}),
    ('Amanita muscaria is a red mushroom. It is toxic. The FDA has not yet approved our new label as a food ingredient list.',
     {(AMANITA, 'amanita-muscaria')}),
    ('Kava and kratom are often stacked. Kava has been linked to liver injury. Kratom can cause dependence and the FDA has warned against it.',
     {(COMBO, 'kava+kratom')}),
    ("Kratom is a Thai leaf. It's a substitute for opioids, and people get dependent on them. The FDA has warned against it.",
     {(KRATOM, 'kratom')}),
    ('Kratom is a Thai leaf. It is often used alongside opioids, which cause dependence. The FDA has warned against it.',
     {(COMBO, 'kratom+opioids'), (KRATOM, 'kratom')}),
    ('Kava is popular. It replaced alcohol for me, and alcohol is what wrecked my liver.',
     {(KAVA, 'kava')}),
    ("Kava is popular. It's a nice swap for alcohol, which is hard on the liver, and honestly it tastes fine.",
     {(KAVA, 'kava')}),
    ("St. John's wort is a flower. It is no sedative, and sedatives interact with many medicines.",
     {(SJW, 'st-johns-wort')}),
    ('PRODUCT: Fly Agaric Tincture. This mushroom tincture is crafted from Amanita muscaria caps. Not for sale in Louisiana.',
     {(AMANITA, 'amanita-muscaria')}),
    ('Amanita muscaria is toxic. The FDA has not approved Amanita muscaria as a treatment for anxiety.',
     {(AMANITA, 'amanita-muscaria')}),
    ('Amanita muscaria is toxic. Has the FDA approved it as a food ingredient? Not yet, sellers say.',
     {(AMANITA, 'amanita-muscaria')}),
    ('Amanita muscaria is toxic. If the FDA has not approved it as a food ingredient, why is it sold everywhere?',
     {(AMANITA, 'amanita-muscaria')}),
    ("SPRINGFIELD — A downtown smoke shop was fined on Tuesday for selling kratom to minors. It's often marketed as an alternative to opioids, which are highly addictive. The owner said the FDA has never warned about kratom. He called addiction claims overblown.",
     {(KRATOM, 'kratom')}),
    ("FAQ: Is kava like alcohol? It's milder than alcohol. Can it hurt my liver? Alcohol certainly can, since it is toxic to the liver.",
     {(KAVA, 'kava')}),
    ("FAQ: Is kava safe? Q: Does it damage the liver? A: No, it doesn't damage the liver, unlike alcohol.",
     {(KAVA, 'kava')}),
    ("MAYA: So you've been taking St. John's wort? RAJ: Yeah. People say it interacts with the pill, but that's a myth. MAYA: Good to know.",
     {(SJW, 'st-johns-wort')}),
    ("Re: fly agaric tea. Tried Amanita muscaria once. Honestly it's no more toxic than alcohol, which is poisonous in large amounts. The FDA never approved it as a food ingredient.",
     {(AMANITA, 'amanita-muscaria')}),
    ("Re: fly agaric tea. Tried Amanita muscaria once. It's nothing like psilocybin. The poison stories are overblown, and the FDA has not approved it as a dietary supplement ingredient.",
     {(AMANITA, 'amanita-muscaria')}),
    ('Kratom Capsules — 60 ct. Our kratom is lab tested. These statements have not been evaluated by the Food and Drug Administration. Consult your healthcare provider before use.',
     {(KRATOM, 'kratom')}),
    ("Kratom Capsules — 60 ct. It's an opioid-free way to unwind, and it is not approved for any medical use. Consult your doctor.",
     {(KRATOM, 'kratom')}),
    ("We mix kava with a splash of rum at parties. Kava has been linked to liver injury. It's like alcohol, so the buzz stacks nicely.",
     {(COMBO, 'alcohol+kava')}),
    ('Kava is a Pacific drink. Kratom can cause dependence. It is also not FDA approved.',
     {(KAVA, 'kava')}),
    ('Kratom is a Thai leaf. It helps people get off opioids, a drug class that causes dependence. The FDA has warned against it.',
     {(KRATOM, 'kratom')}),
    ('Kratom is a Thai leaf. It helps people get off opioids, drugs that cause dependence. The FDA has warned against it.',
     {(KRATOM, 'kratom')}),
    ('Kava is calming. It eases cravings for alcohol, something that wrecks the liver.',
     {(KAVA, 'kava')}),
    ('Kava is calming. It is an alternative to alcohol, the drink most tied to liver damage.',
     {(KAVA, 'kava')}),
    ('Kratom is a Thai leaf. It is not an opioid, opioids are addictive, and the FDA has warned against them.',
     {(KRATOM, 'kratom')}),
    ('Kratom is a Thai leaf. It replaces opioids for some, and the FDA has warned against opioids.',
     {(KRATOM, 'kratom')}),
    ("Kava is calming. It's safer than alcohol, the liver damage comes from drinking.",
     {(KAVA, 'kava')}),
    ("Kratom is a Thai leaf. It's sometimes laced with opioids, which can cause dependence, and the FDA has warned about laced products.",
     {(COMBO, 'kratom+opioids'), (KRATOM, 'kratom')}),
]

PASSING = [
    "I stay away from kratom. It's an opioid-like plant, people do get dependent on it, and the FDA has warned against it.",
    'Forum post: I quit kratom last year. It works on the same receptors as opioids, folks get hooked on it, and the FDA has warned consumers not to use it.',
    'Q: Is kratom safe? A: It acts a little like an opioid, so regular users can become dependent on it, and it is not approved by the FDA for any medical use.',
    "HOST: Let's talk kratom. GUEST: It's basically a mild opioid, people get addicted to it, and the FDA has warned people to avoid it.",
    'Kratom is sold in gas stations. It hits opioid receptors and can cause withdrawal when you stop. The FDA has not approved it for any use.',
    "I love kava. It's an alcohol-like drink, and it has been linked to liver damage.",
    "Kava bars are popping up. It's a sedative-like drink, but it has been tied to cases of liver injury.",
    "St. John's wort is a yellow flower. It works a bit like an antidepressant, and it interacts with many medicines.",
    "St. John's wort is popular for mood. Like alcohol, it can interact with many medications, including birth control.",
    'Amanita muscaria is a red mushroom. It is toxic. The FDA has not approved Amanita muscaria as a food ingredient or dietary supplement.',
    'Fly agaric gummies are trendy. The mushroom is poisonous, and the FDA has not authorized it as a food ingredient.',
    'Amanita muscaria is poisonous. The FDA has not recognized it as safe for use in food.',
    'Amanita muscaria is poisonous. The FDA has not cleared Amanita muscaria for use in foods or supplements.',
    'Amanita muscaria is poisonous. The agency never approved fly agaric extracts as dietary supplement ingredients.',
    "Kratom is a Thai leaf. They say it's like an opioid, people get hooked on it, and the FDA has warned against it.",
    'Kratom is sold at gas stations. It sits next to alcohol on the shelf, and it can cause dependence. The FDA has not approved it.',
    'Kratom was my way out. It got me off opioids, and then I got dependent on it. The FDA has warned against it.',
    "Kratom: yeah, it's like alcohol, people can get dependent on it and the FDA has warned against it.",
    "Kava is popular. It's like alcohol, it can be hard on the liver.",
    "St. John's wort is a flower. It interacts with alcohol, sedatives and many prescription medicines.",
    'Amanita muscaria is toxic. Regulators have not authorised Amanita muscaria gummies as a lawful food.',
    "SPRINGFIELD — A downtown smoke shop was fined on Tuesday for selling kratom to minors. Officials said the leaf is sold in capsules and shots. It acts on opioid receptors, users can develop dependence on it, and the FDA has not approved it for any medical use. The shop's owner declined to comment.",
    "FAQ: Is kava like alcohol? It's a sedative-like drink from the Pacific. Can it hurt my liver? It has been tied to rare cases of severe liver injury, so skip it if you drink alcohol heavily.",
    "MAYA: So you've been taking St. John's wort? RAJ: Yeah, for my mood. It's a bit like an SSRI, and it interacts with a lot of meds, including my birth control. MAYA: Good to know.",
    "Re: fly agaric tea. Tried Amanita muscaria once. It's toxic, it made me vomit all night, and the FDA has said it is not a lawful food ingredient. Never again.",
    'Kratom Capsules — 60 ct. Our kratom is lab tested. Warning: it can be habit-forming and cause withdrawal, and it is not approved by the FDA to diagnose, treat or cure any disease. Keep out of reach of children.',
    "We mix kava with a splash of rum at parties. It's a sedative-like drink, and mixing it with alcohol raises the risk of liver strain; the combination has not been studied. Kava has been linked to liver injury.",
    "Kratom is a Thai leaf. It's no opioid, but people can still get dependent on it. The FDA has warned against it.",
]


@pytest.mark.parametrize("text, expected", FLAGGED)
def test_flagged(text, expected):
    assert _document(text) == expected


@pytest.mark.parametrize("text", PASSING)
def test_passing(text):
    assert _document(text) == set()
