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
