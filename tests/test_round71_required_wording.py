"""Round 71: the required safety language said in other words (risk lists, plain-English harm, "both"
pointing back at the topic and a partner), and the near misses that must not count."""
import pytest

from claimcheck.api import check_text

KRATOM_FDA = " The FDA has not approved kratom for any medical use."
KRATOM = "Kratom is a leaf from Southeast Asia."
KAVA = "Kava is a root drink from Vanuatu, served at bars across the islands."
SJW = "St. John's wort is a yellow flower that some people take for low mood."

RULES = {"kratom": "safety/kratom-missing-safety-language", "kava": "safety/kava-missing-safety-language",
         "sjw": "safety/st-johns-wort-missing-safety-language"}

SATISFIED = [
    ("kratom", "Kratom is not approved by the FDA for any medical use, and the agency has warned about its risks, including addiction."),
    ("kratom", KRATOM + " Risks of kratom include dependence." + KRATOM_FDA),
    ("kratom", KRATOM + " The FDA has warned about kratom's risks, including addiction."),
    ("kratom", KRATOM + " Kratom's downsides: dependence, nausea and constipation." + KRATOM_FDA),
    ("kratom", KRATOM + " Side effects can include dependence and withdrawal." + KRATOM_FDA),
    ("kratom", KRATOM + " Known risks include nausea, constipation and addiction." + KRATOM_FDA),
    ("kratom", KRATOM + " The biggest risk with kratom is dependence." + KRATOM_FDA),
    ("kratom", KRATOM + " Among the risks of kratom use are dependence and withdrawal." + KRATOM_FDA),
    ("kratom", KRATOM + " The hazards of daily use include dependence." + KRATOM_FDA),
    ("kava", KAVA + " Please don't combine it with alcohol; both are hard on the liver."),
    ("kava", KAVA + " Don't drink it with wine, because the two are rough on the liver."),
    ("kava", KAVA + " Kava is tough on the liver."),
    ("kava", KAVA + " Kava can be taxing for the liver."),
    ("kava", KAVA + " Kava can be harsh on your liver."),
    ("kava", KAVA + " Heavy kava drinking can tax the liver."),
    ("kava", KAVA + " Large doses can overload your liver."),
    ("sjw", SJW + " It can make birth control less effective."),
    ("sjw", SJW + " It makes antidepressants and the pill less reliable."),
    ("sjw", SJW + " It messes with many prescription drugs."),
    ("sjw", SJW + " It clashes with several prescription medicines."),
    ("sjw", SJW + " It can stop birth control from working."),
    ("sjw", SJW + " It can keep your medicines from working."),
]

MISSING = [
    ("kratom", KRATOM + " Its risks do not include addiction." + KRATOM_FDA),
    ("kratom", KRATOM + " Its risks include nausea and constipation." + KRATOM_FDA),
    ("kratom", KRATOM + " People turn to kratom for problems such as addiction." + KRATOM_FDA),
    ("kratom", KRATOM + " Kratom's risks are low compared with opioid addiction." + KRATOM_FDA),
    ("kratom", KRATOM + " Side effects of kratom are mild, and withdrawal is rare." + KRATOM_FDA),
    ("kratom", KRATOM + " Its risks, such as addiction, are overblown." + KRATOM_FDA),
    ("kratom", KRATOM + " Are its risks, like addiction, real?" + KRATOM_FDA),
    ("kratom", KRATOM + " The risks of alcohol include addiction." + KRATOM_FDA),
    ("kratom", KRATOM + " A common concern is whether it causes addiction." + KRATOM_FDA),
    ("kratom", KRATOM + " Its effects include relief from withdrawal." + KRATOM_FDA),
    ("kratom", KRATOM + " The danger of opioid addiction drives people to it." + KRATOM_FDA),
    ("kava", KAVA + " Kava is not tough on the liver."),
    ("kava", KAVA + " Unlike alcohol, kava isn't hard on the liver."),
    ("kava", KAVA + " Alcohol is rough on the liver; kava is a gentler choice."),
    ("kava", KAVA + " Is kava tough on the liver?"),
    ("kava", KAVA + " If kava were hard on the liver, we would know."),
    ("kava", KAVA + " Tylenol can overload the liver."),
    ("kava", KAVA + " Beer and wine: both are hard on the liver."),
    ("kava", KAVA + " Don't combine it with wine; both are delicious."),
    ("kava", KAVA + " Kava is easy on the liver."),
    ("kava", KAVA + " Kava won't tax your liver."),
    ("sjw", SJW + " It does not make birth control less effective."),
    ("sjw", SJW + " Does it make antidepressants less effective?"),
    ("sjw", SJW + " It can make your morning run less effective."),
    ("sjw", SJW + " It messes with your sleep schedule."),
    ("sjw", SJW + " It never messes with your medications."),
]


def _rules(text):
    return {f.rule for f in check_text(text, path="probe.md")}


@pytest.mark.parametrize("subject,text", SATISFIED)
def test_required_wording_counts(subject, text):
    assert RULES[subject] not in _rules(text)


@pytest.mark.parametrize("subject,text", MISSING)
def test_near_miss_does_not_count(subject, text):
    assert RULES[subject] in _rules(text)
