"""Round 74: the required safety language in more wordings (reported by users, "associated with", a list under a
risk heading), and a use together named by "them"/"the two" whose pair is spread over the two sentences before."""
import pytest

from claimcheck.api import check_text

KRATOM = "Kratom is a leaf from Southeast Asia that some people take for energy."
KRATOM_FDA = " The FDA has not approved kratom for any medical use."
KAVA = "Kava is a root drink from Vanuatu, served at bars across the islands."
DEPENDENCE = "safety/kratom-missing-safety-language"
LIVER = "safety/kava-missing-safety-language"
COMBO = "safety/combination-missing-safety-language"


def _rules(text: str, path: str = "<text>") -> set[str]:
    return {f.rule for f in check_text(text, path)}


SATISFIED = [
    (DEPENDENCE, KRATOM + " Some users report dependence after daily use." + KRATOM_FDA),
    (DEPENDENCE, KRATOM + " Long-time users have reported dependence after months of daily use." + KRATOM_FDA),
    (DEPENDENCE, KRATOM + " Some users describe physical dependence after months of use." + KRATOM_FDA),
    (DEPENDENCE, KRATOM + " Heavy users describe withdrawal when they cut back." + KRATOM_FDA),
    (DEPENDENCE, KRATOM + " Kratom use has been associated with addiction." + KRATOM_FDA),
    (DEPENDENCE, KRATOM + " Daily use is connected to cases of dependence." + KRATOM_FDA),
    (DEPENDENCE, KRATOM + " The main concern is dependence." + KRATOM_FDA),
    (LIVER, KAVA + " Some drinkers report liver problems after heavy use."),
    (LIVER, KAVA + " Heavy drinkers have described liver trouble after years of use."),
]

MISSING = [
    (DEPENDENCE, KRATOM + " Users report no dependence even after daily use." + KRATOM_FDA),
    (DEPENDENCE, KRATOM + " Users report relief from withdrawal." + KRATOM_FDA),
    (DEPENDENCE, KRATOM + " Some users report opioid withdrawal relief." + KRATOM_FDA),
    (DEPENDENCE, KRATOM + " Users report fewer withdrawal symptoms than with methadone." + KRATOM_FDA),
    (DEPENDENCE, KRATOM + " It is popular with people associated with addiction recovery." + KRATOM_FDA),
    (DEPENDENCE, KRATOM + " Kratom is connected with addiction treatment in some clinics." + KRATOM_FDA),
    (DEPENDENCE, KRATOM + " The main concern is whether it causes dependence." + KRATOM_FDA),
    (DEPENDENCE, KRATOM + " Our main concern is opioid addiction." + KRATOM_FDA),
    (DEPENDENCE, KRATOM + " Kratom has never been linked to addiction." + KRATOM_FDA),
    (DEPENDENCE, KRATOM + " There are no reports of dependence." + KRATOM_FDA),
    (DEPENDENCE, KRATOM + " Reports of dependence are greatly exaggerated." + KRATOM_FDA),
    (DEPENDENCE, KRATOM + " Alcohol dependence has been reported in many people." + KRATOM_FDA),
    (DEPENDENCE, KRATOM + " Consult a healthcare professional before use." + KRATOM_FDA),
    (LIVER, KAVA + " Some drinkers report no liver problems at all."),
    (LIVER, KAVA + " Drinkers report better liver tests after switching from beer."),
    (LIVER, KAVA + " Some drinkers report fewer liver problems than with alcohol."),
    (LIVER, KAVA + " Kava has never been linked to liver damage."),
    (LIVER, KAVA + " The myth that kava harms the liver persists."),
]


@pytest.mark.parametrize("rule, text", SATISFIED)
def test_required_wording_counts(rule, text):
    assert rule not in _rules(text)


@pytest.mark.parametrize("rule, text", MISSING)
def test_near_miss_does_not_count(rule, text):
    assert rule in _rules(text)


LISTS = [
    "## Risks\n\n- Dependence\n- Withdrawal\n- Constipation",
    "Risks:\n\n- Dependence\n- Withdrawal",
    "**Side effects**\n- Nausea\n- Addiction",
    "## Known risks\n\n1. Dependence after daily use\n2. Nausea",
]
LISTS_MISSING = [
    "## What we like\n\n- Dependence on coffee is gone\n- Energy",
    "## Risks\n\n- No dependence\n- Mild nausea",
    "## Risks\n\n- Nausea\n\nDependence is a myth.",
    "## Risks\n\n- Nausea\n- Constipation",
]


@pytest.mark.parametrize("path", ["x.md", "x.txt"])
@pytest.mark.parametrize("section", LISTS)
def test_list_under_risk_heading_counts(section, path):
    text = KRATOM + "\n\n" + section + "\n\n" + KRATOM_FDA.strip() + "\n"
    assert DEPENDENCE not in _rules(text, path)


@pytest.mark.parametrize("path", ["x.md", "x.txt"])
@pytest.mark.parametrize("section", LISTS_MISSING)
def test_list_near_miss_does_not_count(section, path):
    text = KRATOM + "\n\n" + section + "\n\n" + KRATOM_FDA.strip() + "\n"
    assert DEPENDENCE in _rules(text, path)


USED_TOGETHER = [
    "If you need energy, pick kratom. If you need to relax, pick kava. Better yet, combine them for the ultimate mood boost.",
    "Kratom gives focus and kava brings calm. Stack the two for a productive yet relaxed day.",
    "Our shop sells kratom. We also brew kava. Many customers use them together.",
    "Kratom is an energizer. Kava is a relaxer. Try them together this weekend.",
    "Kava tastes earthy. Kratom tastes bitter. Mix the two into one smoothie.",
    "Kava relaxes you. Alcohol does too. Combine them for a fun night out.",
    "Kratom is popular. Kava is popular too. Stack them for better results.",
    "Kratom is energizing. Kava is relaxing. Pair them for the best of both worlds.",
    "I used to drink kava. Then I found kratom. Now I mix them every night.",
    "Kratom gives you energy. A glass of wine helps you unwind. Combine them for a perfect afternoon.",
    "Kratom lifts you up. Kava calms you down. Take both for a balanced evening.",
    "Kratom eases pain. So do opioids. Some people take both.",
    "We stock kava and kratom. Many regulars drink both of them in one evening.",
]
NOT_USED_TOGETHER = [
    "Kratom is energizing. Kava is relaxing. Don't combine them: mixing the two raises risks that have not been studied.",
    "Kratom is energizing. Kava is relaxing. Choose one of them, not both.",
    "Kratom is energizing. Kava is relaxing. Never combine them.",
    "Kratom is energizing. Kava is relaxing. Do not take them together.",
    "Kava relaxes. Kratom energizes. If you combine them, go slow.",
    "Kava relaxes. Kratom energizes. Compare them before you buy.",
    "Kava is served in coconut shells. Kratom comes as powder. We sell cups and capsules; combine them to save on shipping.",
    "Kava is served at bars. Kratom is sold at gas stations. Our customers love both stores. Combine them into one trip.",
    "Kava is relaxing. Ginger and lemon are great flavors. Combine them in a tea.",
    "Kratom is a leaf. Our staff and volunteers run the shop. Use them together on busy days.",
    "Kratom is a leaf from Asia.\n\nThe weather was lovely.\n\nWe had cake and cookies.\n\nKava is a root.\n\nTry them together.",
    "Kratom gives you energy.\n\nKava helps you unwind. Combine them.",
    "Kava comes in bags. Kratom comes in tins. Stack them on the shelf.",
    "Kava is sold in bags. Kratom is sold in capsules. We ship them together in one box.",
    "Kratom is legal in most states. Kava is legal everywhere. Lawmakers often group them together.",
    "Kratom is from Asia, and ashwagandha is from India. Kava is from the Pacific. Combine them.",
    "Kava is relaxing. Kratom is energizing. Which of them is better? Compare them side by side.",
    "Kratom lifts you up. Kava calms you down. Take both separately, on different days.",
    "Kratom lifts you up. Kava calms you down. We take both seriously.",
    "We stock kava and kratom. Customers take both home.",
    "Kratom lifts you up. Kava calms you down. Never take both.",
    "Kratom lifts you up. Kava calms you down. If you take both, tell your doctor.",
    "Kratom lifts you up. Kava calms you down. I have tried both.",
    "Kratom lifts you up. Kava calms you down. Take either, not both.",
    "Kratom is a leaf. Ginger and lemon are fresh. Take both with honey.",
]


@pytest.mark.parametrize("text", USED_TOGETHER)
def test_pair_over_two_sentences_is_used_together(text):
    assert COMBO in _rules(text)


@pytest.mark.parametrize("text", NOT_USED_TOGETHER)
def test_pair_word_that_uses_nothing_together(text):
    assert COMBO not in _rules(text)


def test_spread_pair_with_its_warning_is_satisfied():
    text = ("Kratom gives you energy. Kava helps you unwind. Combine them for a perfect afternoon. "
            "Mixing the two raises the risk of heavy sedation, and the combination has not been studied.")
    assert COMBO not in _rules(text)


# ---- round 211: the required language in medical, report and agency wordings; dismissals still missing it

SJW_RULE = "safety/st-johns-wort-missing-safety-language"
AMANITA_RULE = "safety/amanita-missing-safety-language"


def _document_rules(text: str) -> set[str]:
    return {f.rule for f in check_text(text, "post.md") if f.scope == "document"}


CARRIES_WARNING = [
    KAVA + " Rare cases of serious hepatic problems have been reported in kava drinkers, so talk to a doctor if you have any liver condition.",
    KAVA + " Hepatotoxicity has been documented in a small number of users.",
    KAVA + " Elevated liver enzymes have been seen in heavy drinkers of kava.",
    KAVA + " Liver problems have been reported with kava supplements, so skip it if you have liver disease.",
    KAVA + " Heavy kava use has been associated with abnormal liver function tests.",
    KAVA + " Watch for signs of liver trouble, such as yellowing skin or dark urine, and stop drinking kava if they appear.",
    KAVA + " Kava may raise liver enzymes, so get your liver checked if you drink it often.",
    KAVA + " Serious liver reactions have occurred in people taking kava extracts.",
    KAVA + " Heavy kava drinking can leave the liver inflamed.",
    KAVA + " Some people developed yellow skin and liver inflammation after taking kava pills.",
    KAVA + " Hepatic adverse events have been reported with kava.",
    KAVA + " Abnormal liver tests have been found in people who drink a lot of kava.",
    KAVA + " Doctors have described cases of kava-induced hepatitis.",
    KAVA + " There are documented instances of liver failure after kava use.",
    KAVA + " A few heavy users went on to develop jaundice.",
    KAVA + " Liver injury has been noted in a handful of kava drinkers.",
    KAVA + " Heavy use can push up your liver enzymes.",
    KAVA + " Cases of kava-associated liver injury have been described in medical journals.",
    KAVA + " Look out for symptoms of liver damage like dark urine while drinking kava.",
    KRATOM + " It can be habit-forming. Kratom is not approved by the Food & Drug Administration.",
    KRATOM + " Daily kratom use can turn compulsive." + KRATOM_FDA,
    KRATOM + " For some people, use becomes compulsive within months." + KRATOM_FDA,
]

STILL_MISSING = [
    KAVA + " Some claim kava hurts the liver, but that's a myth.",
    KAVA + " Kava is good for your liver.",
    KAVA + " Kava lowers elevated liver enzymes.",
    KAVA + " People with elevated liver enzymes love our kava.",
    KAVA + " No cases of liver injury have been reported in kava drinkers.",
    KAVA + " Liver problems have never been reported with our kava.",
    KAVA + " Kava has been linked to better liver function.",
    KAVA + " Alcohol raises liver enzymes, so switch to kava.",
    KAVA + " Could kava cause jaundice? Not according to the data.",
    KAVA + " Claims that kava causes hepatitis are unfounded.",
    KAVA + " Kava never leaves the liver damaged.",
    KAVA + " Check the signs of liver trouble before you blame kava: it's usually the alcohol.",
    KAVA + " Some bloggers said kava caused liver failure, but that's false.",
    KAVA + " Liver problems have not been reported with kava.",
    KAVA + " Kava does not raise liver enzymes.",
    KAVA + " Kava reduces raised liver enzymes in rats.",
    KAVA + " If you have raised liver enzymes, ask your doctor.",
    KAVA + " Cases of liver injury blamed on kava turned out to be hoaxes.",
    KAVA + " Cases of hepatitis A are rising in the region; wash your hands.",
    KRATOM + " Is kratom addictive? Not at all." + KRATOM_FDA,
    KRATOM + " Kratom withdrawal is mild, like skipping coffee." + KRATOM_FDA,
    KRATOM + " Kratom withdrawal is mild." + KRATOM_FDA,
    KRATOM + " Quitting kratom is no worse than quitting coffee." + KRATOM_FDA,
    KRATOM + " Kratom use never becomes compulsive." + KRATOM_FDA,
    KRATOM + " Kratom can be habit-forming. Kratom is approved by the Food & Drug Administration.",
    KRATOM + " Kratom can be habit-forming. The FDA approved kratom for pain relief last year.",
]


@pytest.mark.parametrize("text", CARRIES_WARNING)
def test_required_language_in_unusual_wordings_is_recognized(text):
    assert not {r for r in _document_rules(text) if r in (LIVER, DEPENDENCE)}


@pytest.mark.parametrize("text", STILL_MISSING)
def test_dismissed_or_unrelated_language_still_missing(text):
    assert _document_rules(text) & {LIVER, DEPENDENCE}


def test_withdrawal_said_mild_to_severe_still_counts():
    text = KRATOM + " Kratom withdrawal can range from mild to severe." + KRATOM_FDA
    assert DEPENDENCE not in _document_rules(text)


@pytest.mark.parametrize("text", [
    "St. John's wort is a yellow flower. It speeds up how the liver clears many drugs, including antidepressants.",
    "St. John's wort is a herb. It can lower the levels of many prescription medicines in your blood.",
    "St. John's wort is a herb. It can render oral contraceptives unreliable.",
])
def test_st_johns_wort_interaction_wordings(text):
    assert SJW_RULE not in _document_rules(text)


@pytest.mark.parametrize("text", [
    "St. John's wort is a herb. It does not make the pill unreliable.",
    "St. John's wort is a herb. It does not interact with any medicines.",
    "St. John's wort is a herb. Drug interactions with it are a myth.",
])
def test_st_johns_wort_denied_interactions_still_missing(text):
    assert SJW_RULE in _document_rules(text)


@pytest.mark.parametrize("text", [
    "Amanita muscaria is a mushroom. It is poisonous. Federal regulators say it may not be used in foods.",
    "Amanita muscaria is a mushroom. It is poisonous. It cannot be sold as a dietary supplement in the US.",
    "Fly agaric is a red and white mushroom. It is toxic. The FDA says it is not GRAS and is an unapproved food additive.",
])
def test_amanita_lawful_status_wordings(text):
    assert AMANITA_RULE not in _document_rules(text)


@pytest.mark.parametrize("text", [
    "Amanita muscaria is a mushroom. It is poisonous. Dried caps should not be used in foods without cooking.",
    "Amanita muscaria is a mushroom. It is poisonous. It is legal to sell in most states.",
    "Amanita muscaria is a mushroom. It's not actually toxic when dried properly. It is not a lawful food ingredient in the US.",
])
def test_amanita_advice_or_denial_still_missing(text):
    assert AMANITA_RULE in _document_rules(text)


# A risk said of other things, with the topic shut out by a negator just before its name, is not said of it; one
# that names the topic still is.
@pytest.mark.parametrize("sentence, carries_warning", [
    ("Liver problems have been reported with many herbs, but never with kava.", False),
    ("Liver injury has been seen with many herbs, but not with kava.", False),
    ("Liver injuries have been reported in drinkers of alcohol, not kava.", False),
    ("Liver injury has been linked to many herbal products except kava.", False),
    ("Rare liver injury has been reported, even with kava.", True),
    ("Liver damage has been linked to kava, not just to alcohol.", True),
    ("Liver damage has been reported in people taking kava, but not in every study.", True),
])
def test_a_risk_that_shuts_the_topic_out(sentence, carries_warning):
    assert (LIVER not in _document_rules(f"{KAVA} {sentence}")) == carries_warning
