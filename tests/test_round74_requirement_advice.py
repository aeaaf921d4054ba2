"""Required safety language said with advice naming a partner, audit round 148: a harm sentence that names no
substance, continuing a document about one, and ends with advice about it that names alcohol, opioids or sedatives
("There are rare reports of liver injury, so do not mix it with alcohol") says the harm of the topic; the partner is
an object of the advice, not the harm's subject. A harm said of the partner itself, or of another subject, still
does not count. Reports of dependence ("Dependence has been reported") count as kratom's dependence language.

All sentences are written for these tests."""
import pytest

KAVA = "safety/kava-missing-safety-language"
KRATOM = "safety/kratom-missing-safety-language"
SJW = "safety/st-johns-wort-missing-safety-language"
COMBINATION = "safety/combination-missing-safety-language"
FDA = " The FDA has not approved kratom for any medical use."


def _missing(checker, text: str) -> set[str]:
    return {f.rule for f in checker.check_text(text, path="page.md") if f.scope == "document"}


SATISFIED = [
    ("Kava is made from the root.\n\nThere are rare reports of liver injury, so do not mix it with alcohol.\n", KAVA),
    ("Kava is a Pacific drink.\n\nSome visitors worry about the liver: there are rare reports of liver injury, mostly "
     "linked to extracts made from stems and leaves, so don't mix it with alcohol and skip it if you have liver "
     "problems.\n", KAVA),
    ("Our kava comes from Vanuatu. Liver damage has been reported, so never drink it with alcohol.", KAVA),
    ("We brew kava every Friday. Cases of liver injury are on record, so avoid combining it with beer or wine.", KAVA),
    ("Kava is a root. Severe liver injury has occurred in rare cases, so please don't take it with alcohol.", KAVA),
    ("Kava relaxes the body. There have been reports of liver toxicity, and never mix it with alcohol.", KAVA),
    ("Kava is calming. Liver injury has been reported, so keep it away from alcohol.", KAVA),
    ("Kava has been linked to liver injury, so never mix it with alcohol.", KAVA),
    ("Kava is earthy. There are rare reports of liver injury, so skip it if you have liver problems.", KAVA),
    ("Kava is made from the root. Liver injury has been reported, so never mix it with alcohol; the combination "
     "raises the risk.", KAVA),
    ("Kava is made from the root.\n\nThere are rare reports of liver injury, so do not mix it with alcohol.\n\n"
     "Alcohol also damages the liver.", KAVA),
    ("Kratom is a leaf from Southeast Asia. Dependence has been reported, so never combine it with opioids." + FDA, KRATOM),
    ("Kratom comes in powder. Withdrawal can happen, so don't mix it with sedatives." + FDA, KRATOM),
    ("Kratom is sold as powder. Addiction is possible, so do not take it with alcohol." + FDA, KRATOM),
    ("Kratom is a leaf. There are reports of dependence." + FDA, KRATOM),
    ("Kratom is a leaf. Cases of addiction have been reported." + FDA, KRATOM),
    ("Kratom is a leaf. Withdrawal symptoms have been documented." + FDA, KRATOM),
    ("St. John's wort is a yellow flower. Interactions are common, so ask before taking it with the pill.", SJW),
    ("St. John's wort is a yellow flower. Drug interactions are common, so never combine it with alcohol.", SJW),
    ("St. John's wort is popular. It interacts with many medicines, so ask your pharmacist before taking it with "
     "alcohol.", SJW),
]

STILL_MISSING = [
    # the harm is the partner's or another subject's
    ("Kava is made from the root. Alcohol damages the liver.", KAVA),
    ("Kava is made from the root. Alcohol can cause liver injury, so don't mix it with kava.", KAVA),
    ("Kava is made from the root. Liver damage from alcohol is common, so skip the beer.", KAVA),
    ("Kava is made from the root. Liver injury has been linked to alcohol, so skip it.", KAVA),
    ("Kava is made from the root. Heavy drinking causes liver injury, so avoid alcohol.", KAVA),
    ("Kava is made from the root. Acetaminophen can cause liver damage, so never take it with alcohol.", KAVA),
    ("Kava is made from the root. Alcohol is hard on the liver, so never drink it before a kava session.", KAVA),
    ("Kava is made from the root. Opioids cause liver injury, and do not mix them with alcohol.", KAVA),
    ("Kratom is a leaf. Opioids cause dependence, so never combine them with alcohol." + FDA, KRATOM),
    ("Kratom is a leaf. Alcohol dependence is common, so do not drink." + FDA, KRATOM),
    ("Kratom is a leaf. Opioid withdrawal has been reported, so never combine it with alcohol." + FDA, KRATOM),
    ("Kratom is a leaf. Caffeine withdrawal has been reported." + FDA, KRATOM),
    ("St. John's wort is a flower. Grapefruit interacts with many medicines, so ask before taking it.", SJW),
    # the harm denied, dismissed, asked, conditional or attributed
    ("Kava is made from the root. There are no reports of liver injury, so feel free to mix it with alcohol.", KAVA),
    ("Kava is made from the root. Are there reports of liver injury? Don't mix it with alcohol.", KAVA),
    ("Kava is made from the root. Liver injury is a myth, so don't worry about alcohol.", KAVA),
    ("Kava is made from the root. Is there a risk of liver injury, so never mix it with alcohol?", KAVA),
    ("Kava is made from the root. If liver injury occurs, do not mix it with alcohol.", KAVA),
    ("Kava is made from the root. Critics say liver injury is common, but never mix it with alcohol.", KAVA),
    ("Kratom is a leaf. Dependence is not a concern, so never combine it with opioids." + FDA, KRATOM),
    ("Kratom is a leaf. There are no reports of dependence, so never combine it with opioids." + FDA, KRATOM),
    ("Kratom is a leaf. Dependence has never been reported." + FDA, KRATOM),
    ("Kratom is a leaf. Has dependence been reported?" + FDA, KRATOM),
    # a combination discussed with no word that combining raises the risk ("especially with alcohol" names when the
    # harm is worse, not that the pair raises it or is unstudied), or with advice to ask
    ("Liver injury has been reported with kava, especially with alcohol.", COMBINATION),
    ("St. John's wort is popular. It interacts with many medicines, so ask your pharmacist before taking it with "
     "alcohol.", COMBINATION),
    ("Kava is made from the root. There are no reports of liver injury, so feel free to mix it with alcohol.", COMBINATION),
]


@pytest.mark.parametrize("text,rule", SATISFIED)
def test_satisfied(checker, text, rule):
    assert rule not in _missing(checker, text)


@pytest.mark.parametrize("text,rule", STILL_MISSING)
def test_still_missing(checker, text, rule):
    assert rule in _missing(checker, text)


def test_advice_to_avoid_the_partner_is_the_combination_warning(checker):
    text = "Kava is made from the root.\n\nThere are rare reports of liver injury, so do not mix it with alcohol.\n"
    assert _missing(checker, text) == set()
