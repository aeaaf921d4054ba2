"""Document-level safety requirements, audit round 71 (theme: required safety language).

Whole short articles (blog posts, product pages, FAQs, lists, tables, footnotes) that discuss kratom,
kava, St. John's wort, Amanita muscaria or a combination: without the required language they get one
document finding for the right subject; with it, in fresh wordings, none. Also: the FDA's position said
with a longer subject ("No medical use of kratom has been approved by the FDA") or in a relative clause
("the FDA, which has cautioned the public"); a risk said of a compared thing that opens the sentence ("Like
opioids, it can cause addiction") is said of the topic too, and the compared thing alone is named in passing
("Like St. John's wort, saffron …"); a risk taken back in a later clause that points at it ("…, but that
concern has been debunked") does not count; the signs of poisoning ("can cause vomiting, delirium and
seizures") say Amanita muscaria is poisonous; a harm the pair makes worse ("the two together intensify
sedation", "mixing kava with alcohol can overload the liver") is the combination's warning. A substance named only to decline coverage ("we don't cover kratom here"), set
aside ("Kratom aside, …") or as a word ("the word awa") is named in passing.

All texts are written for these tests."""
import pytest

import claimcheck


def _document(text):
    return {(f.rule, f.subject) for f in claimcheck.check_text(text, path="post.md") if f.scope == "document"}


KRATOM = "safety/kratom-missing-safety-language"
KAVA = "safety/kava-missing-safety-language"
SJW = "safety/st-johns-wort-missing-safety-language"
AMANITA = "safety/amanita-missing-safety-language"
COMBO = "safety/combination-missing-safety-language"

KR_WARNED = "Kratom can be habit-forming, and stopping after daily use brings withdrawal. The FDA has not approved it for any medical use."
KV_WARNED = "Kava has been tied to rare cases of liver injury."

FLAGGED = [
    ("# Week one with kratom\n\nI began taking a red vein powder for my knee.\nMost mornings I stir two grams into juice.\n",
     {(KRATOM, "kratom")}),
    ("## Mitragyna speciosa\n\nFarm workers chewed the leaves for centuries.\nDaily use can leave you physically dependent, "
     "and quitting brings withdrawal symptoms.\n", {(KRATOM, "kratom")}),
    ("Kratom FAQ\n\n**Is it regulated?** The FDA has warned consumers not to use kratom.\n**How is it taken?** As a tea.\n",
     {(KRATOM, "kratom")}),
    ("Our kratom capsules are tested twice.\nUnlike prescription opioids, kratom does not cause dependence.\n"
     "The FDA has not approved kratom for any medical use.\n", {(KRATOM, "kratom")}),
    ("Kratom is addictive. No wonder people trust products approved by the FDA.", {(KRATOM, "kratom")}),
    ("Kratom is addictive. The FDA, which never warned about it, is silent.", {(KRATOM, "kratom")}),
    ("# Island Calm kava drink\n\nNoble root from Vanuatu, peppery and gently numbing.\nServe chilled.\n", {(KAVA, "kava")}),
    ("Kava has been enjoyed in Fiji for generations.\nNo liver problems have been linked to kava made the traditional way.\n",
     {(KAVA, "kava")}),
    ("Yaqona opens every village meeting.\nThe root is pounded and mixed with water in a wooden bowl.\n", {(KAVA, "kava")}),
    ("Experts once feared kava caused liver damage, but that concern has been debunked.", {(KAVA, "kava")}),
    ("Kava has been linked to liver damage, but those reports have since been shown to be overblown.", {(KAVA, "kava")}),
    ("Kava is from Fiji. It can damage the liver, but the old reports were overblown.", {(KAVA, "kava")}),
    ("# St. John's wort for grey days\n\nA sunny herb of European folk medicine.\nTake one capsule twice daily. "
     "Talk to your doctor before starting any supplement.\n", {(SJW, "st-johns-wort")}),
    ("St. John's wort rarely interacts with medications.", {(SJW, "st-johns-wort")}),
    ("# Fly agaric\n\nThe red cap with white spots is a storybook favourite.\nSome people dry the caps for tea.\n",
     {(AMANITA, "amanita-muscaria")}),
    ("Fly agaric can cause mild nausea and vivid dreams. It is illegal in US foods.", {(AMANITA, "amanita-muscaria")}),
    ("Fly agaric does not cause seizures. It is illegal in US foods.", {(AMANITA, "amanita-muscaria")}),
    (KV_WARNED + "\nFriday nights: a shell of kava followed by a cold beer.", {(COMBO, "alcohol+kava")}),
    (KR_WARNED + "\nSome readers take kratom on top of their prescription painkillers.", {(COMBO, "kratom+opioids")}),
    (KV_WARNED + "\nI drink kava alongside Xanax on bad nights.", {(COMBO, "kava+sedatives")}),
    ("Kava can harm the liver. " + KR_WARNED + "\nStack kava and kratom for a smooth evening.", {(COMBO, "kava+kratom")}),
    (KV_WARNED + "\nChase your kava with a beer.", {(COMBO, "alcohol+kava")}),
    (KR_WARNED + "\nOn weekends I wash my kratom down with a couple of beers.", {(COMBO, "alcohol+kratom")}),
    # a harm named for the pair must be made worse, affirmed, and said in the pair's sentence
    # named again, discussed
    ("Kratom aside, most herbs are gentle. Kratom powder is sold in gas stations.", {(KRATOM, "kratom")}),
    ("Kratom, aside from being bitter, is popular.", {(KRATOM, "kratom")}),
    ("We don't cover kratom here. Kratom is a leaf sold in shops.", {(KRATOM, "kratom")}),
    (KV_WARNED + "\nKava and wine together deepen the relaxation.", {(COMBO, "alcohol+kava")}),
    (KV_WARNED + "\nKava with beer does not intensify sedation.", {(COMBO, "alcohol+kava")}),
    (KV_WARNED + "\nKava with a beer is our favourite. Beer can strain the liver.", {(COMBO, "alcohol+kava")}),
]

PASSING = [
    "# Kratom\n\n## Kratom is habit-forming and not FDA-approved\n\nWe stock green and white strains.\n",
    "Before you buy kratom:\n\n- It can lead to dependence, and withdrawal can be rough when you stop.\n"
    "- The FDA has warned consumers against it.\n- Keep it away from children.\n",
    "Kratom tea is popular in Thai villages.[1]\n\n[1] Kratom can be addictive, and users who stop often report withdrawal. "
    "It is not approved by the FDA for any medical use.\n",
    "| Herb | Main risks |\n|---|---|\n| Kratom | Dependence and withdrawal; FDA has warned against its use |\n"
    "| Chamomile | Allergy in people sensitive to ragweed |\n",
    "Q: Can kratom be habit forming?\nA: Yes. Daily users can become dependent and have withdrawal when they stop.\n\n"
    "Q: Is it FDA approved?\nA: No. The FDA has never approved kratom for any medical use.\n",
    # the FDA's position with a long subject, or in a relative clause
    "Kratom leaves act on opioid receptors.\nOver weeks of daily use, many people find it hard to quit.\n"
    "No medical use of kratom has been approved by the FDA, which has repeatedly cautioned the public about it.\n",
    "Kratom is addictive. Kratom is sold everywhere; the FDA, which has repeatedly cautioned the public about it, has little power.",
    # a risk said of a compared thing that opens the sentence is said of the topic too
    "Mitragyna speciosa is a tree whose leaves are sold as kratom.\nLike opioids, it can cause addiction and withdrawal.\n"
    "It has not been approved by the FDA for any use.\n",
    "Kava is from Fiji. Like alcohol, it can damage the liver.",
    "Kava is from Fiji. Much like alcohol, it can be hard on the liver and has been linked to liver injury.",
    # a thing named only as the standard of a comparison is named in passing
    "Like St. John's wort, saffron has been studied for low mood.",
    "Much like kava and kratom, this root is sold as a powder.",
    "Just like kratom tea, our ginger brew is bitter.",
    # a dismissal in a later clause that does not point back at the risk, or is negated
    "Kava has been linked to liver damage, but that is no myth.",
    "Kava has been linked to liver damage, but the hype about kava drinks is overblown.",
    "Kava has been linked to liver damage, but the liver damage is no myth.",
    "Kava is a calming root drink.\nRare but serious cases of liver injury have been reported in kava users.\n",
    "# Kava bar guide\n\n### Kava and your liver: rare cases of liver damage have been reported\n\nStart with a half shell.\n",
    "Q: Is kava hard on the liver?\nA: It can be. Kava has been linked to liver injury, including some cases needing a transplant.\n",
    "| Drink | Safety notes |\n|---|---|\n| Kava | Linked to liver damage |\n| Green tea | Extract may stress the liver |\n",
    "St. John's wort can make birth control pills, blood thinners and antidepressants work less well.",
    "Our St. John's wort tincture\n\nCautions:\n- Interacts with many prescription drugs, including the pill and warfarin.\n",
    "Hypericum is the botanical name for St. John's wort.\nHypericum interacts with a long list of medicines.\n",
    "Fly agaric facts:\n- Poisonous: it can cause vomiting, confusion and seizures.\n- Not legal as a food or supplement ingredient in the US.\n",
    # the signs of poisoning say it is poisonous
    "Fly agaric gummies are everywhere this year. The mushroom contains ibotenic acid and muscimol, which can cause vomiting, "
    "delirium and seizures. The FDA says it is not generally recognized as safe.",
    "Amanita muscaria: eating the raw cap can bring on convulsions and coma. It is not a lawful food ingredient in the US.",
    "Our strawberry cake is topped with a red and white cap that resembles a fly agaric.",
    # named only to decline coverage, set aside, or as a word
    "# 5 adaptogens\n\nAshwagandha is popular. (We don't cover kratom or kava here.)",
    "This guide will not discuss St. John's wort; see your pharmacist.",
    "Kratom aside, most of the herbs in this list are gentle.",
    "The word awa means bitter in Hawaiian.",
    # combinations warned, refused, or never used together
    KV_WARNED + "\nSome people drink kava with beer, but combining them adds to the risks of each and has not been studied.",
    KR_WARNED + "\nMixing kratom with opioids is dangerous: together they raise the risk of breathing problems.",
    KV_WARNED + "\nDo not mix kava with alcohol.",
    KV_WARNED + "\nMixing kava with alcohol can overload the liver.",
    KV_WARNED + "\nWe never serve kava to anyone who has been drinking alcohol, because the two together intensify sedation.",
    KR_WARNED + "\nSome people take kratom with their Valium; doing both at once can deepen drowsiness and slow breathing.",
    KV_WARNED + " " + KR_WARNED + "\nKava and kratom are different plants from different parts of the world.",
    KV_WARNED + "\nMany people drink kava instead of alcohol at parties.",
    KV_WARNED + "\nKava plus beer? Mixing them multiplies the sedation and has never been tested for safety.",
    KR_WARNED + "\n| Combination | Risk |\n|---|---|\n| Kratom + alcohol | Raises the risk of breathing problems; not studied |",
]


@pytest.mark.parametrize("text,expected", FLAGGED)
def test_flagged(text, expected):
    assert _document(text) == expected


@pytest.mark.parametrize("text", PASSING)
def test_passing(text):
    assert _document(text) == set()


def test_anchor_is_first_mention():
    text = "# Notes\n\nOur shop stocks teas.\nThe kratom we sell is from Borneo. Kratom is popular.\n"
    findings = [f for f in claimcheck.check_text(text, path="post.md") if f.scope == "document"]
    assert [(f.subject, text[f.start:f.end]) for f in findings] == [("kratom", "kratom")]
    assert findings[0].start == text.index("kratom")
