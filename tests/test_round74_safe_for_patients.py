"""Round 74: safety assurances to people on medicines or with medical conditions, and for use without end.

"People on antidepressants can safely take St. John's wort", "If you take blood pressure meds, ashwagandha is
fine", "Kava is safe for people with liver problems", "You can drink kava every day for years with no problems".
Hedged, negated, questioned, referred and qualified statements, diet and allergen labels and benign uses pass.
"""

import pytest

import claimcheck


def _rules(text):
    return {f.rule for f in claimcheck.check_text(text, path="probe.md") if f.scope == "sentence"}


FLAG = [
    ("People on antidepressants can safely take St. John's wort.", "safety/safe-combination"),
    ("Seniors on blood pressure medication can safely take ashwagandha.", "safety/safe-combination"),
    ("Women on birth control can safely use our St. John's wort drops.", "safety/safe-combination"),
    ("Anyone on lithium may safely take our ashwagandha.", "safety/safe-combination"),
    ("Patients taking insulin can take our ginseng safely.", "safety/safe-combination"),
    ("Folks taking SSRIs can use our St. John's wort tea safely.", "safety/safe-combination"),
    ("If you take blood pressure meds, ashwagandha is fine.", "safety/safe-combination"),
    ("If you're on antidepressants, our St. John's wort is no problem.", "safety/safe-combination"),
    ("When you're on blood thinners, our turmeric is totally fine.", "safety/safe-combination"),
    ("Even if you're on warfarin, our turmeric is fine.", "safety/safe-combination"),
    ("Kava is fine even if you're on antidepressants.", "safety/safe-combination"),
    ("Our St. John's wort is safe for people who take antidepressants.", "safety/safe-combination"),
    ("Our ginkgo is safe for those who are on blood thinners.", "safety/safe-combination"),
    ("It's safe to take St. John's wort with your antidepressants.", "safety/safe-combination"),
    ("It is safe to take St. John's wort alongside your birth control.", "safety/safe-combination"),
    ("Kava is safe for people with liver problems.", "safety/vulnerable-groups"),
    ("Ashwagandha is safe for people with thyroid conditions.", "safety/vulnerable-groups"),
    ("Our kratom is fine for people with heart conditions.", "safety/vulnerable-groups"),
    ("Our valerian tea is suitable for people with high blood pressure.", "safety/vulnerable-groups"),
    ("Our kava is safe for people with depression.", "safety/vulnerable-groups"),
    ("People with liver disease can safely drink kava.", "safety/vulnerable-groups"),
    ("Folks with kidney disease can safely drink our hibiscus tea.", "safety/vulnerable-groups"),
    ("You can drink kava every day for years with no problems.", "safety/absolute-safety"),
    ("You can use our ashwagandha indefinitely.", "safety/absolute-safety"),
    ("You can take our St. John's wort every day for the rest of your life.", "safety/absolute-safety"),
    ("You may take our valerian nightly for years.", "safety/absolute-safety"),
    ("I've taken kava every day for ten years with no problems.", "safety/absolute-safety"),
    ("I have taken ashwagandha every night for five years and never had a problem.", "safety/absolute-safety"),
    ("Kava is safe for daily use over many years.", "safety/absolute-safety"),
    ("There is no limit to how long you can take our valerian.", "safety/absolute-safety"),
    ("Our ashwagandha is gentle. Take it every day for as long as you like.", "safety/absolute-safety"),
    ("You are safe to take our kratom every day for years.", "safety/absolute-safety"),
    ("Go ahead and take our ashwagandha indefinitely.", "safety/absolute-safety"),
    ("Our valerian can be taken indefinitely.", "safety/absolute-safety"),
    ("Years of daily kratom use caused me no problems at all.", "safety/absolute-safety"),
    ("Taking heart medication? Our hawthorn is completely fine for you.", "safety/vulnerable-group-asked"),
    ("Already on Zoloft? You can safely add our St. John's wort.", "safety/vulnerable-group-asked"),
    ("On statins? Our berberine capsules are safe for you.", "safety/vulnerable-group-asked"),
    ("St. John's wort is safe for anyone with bipolar disorder.", "safety/vulnerable-groups"),
    ("People with epilepsy can use our ginkgo safely.", "safety/vulnerable-groups"),
    ("Our kava is safe for patients on antidepressants.", "safety/safe-combination"),
]

PASS = [
    "Ask your doctor whether kava is safe with your medicines.",
    "Kava is popular. It is not safe for people on antidepressants.",
    "People on blood thinners should avoid ginkgo.",
    "Kava is popular. Is it safe to take with my meds?",
    "Most people can take ashwagandha safely for up to three months, but check with your doctor if you take thyroid medicine.",
    "Safe for people with celiac disease: our ashwagandha gummies are gluten-free.",
    "Our ashwagandha gummies are suitable for vegans and people with celiac disease.",
    "Safe for people with lactose intolerance: our ashwagandha gummies are dairy-free.",
    "Our kava lounge is wheelchair-accessible.",
    "Our kava lounge is fine for people with disabilities.",
    "People on antidepressants cannot safely take St. John's wort.",
    "Can people on antidepressants safely take St. John's wort?",
    "Can patients taking insulin take ginseng safely?",
    "People on antidepressants can safely take most common foods, but not St. John's wort.",
    "Women on birth control should not use St. John's wort.",
    "If you take blood pressure meds, ashwagandha may not be right for you.",
    "If you take blood pressure meds, ask your doctor before trying ashwagandha.",
    "If you're on warfarin, ginkgo is not fine.",
    "If you're on blood thinners, turmeric may not be safe.",
    "If you take blood pressure meds, ashwagandha is fine only after your doctor approves it.",
    "Is ashwagandha fine if you take blood pressure meds?",
    "Even if you take antidepressants, you should avoid St. John's wort.",
    "Is kava safe for people with liver disease?",
    "Kava is not safe for people with liver problems.",
    "Our licorice tea is not suitable for people with high blood pressure.",
    "Nobody knows whether kratom is safe for people with heart conditions.",
    "Some sellers say St. John's wort is safe for people on antidepressants, but it is not.",
    "You should not take kava every day for years.",
    "Long-term use of kava has been linked to liver injury.",
    "The long-term safety of ashwagandha has not been studied.",
    "You can't take kava indefinitely.",
    "You may take our valerian for up to four weeks.",
    "I took kava every day for years and ended up with liver damage.",
    "I drank kava daily for years, with no problems until my liver enzymes rose.",
    "Our kratom is not safe for daily use over many years.",
    "Our kava shells last for years with no problems.",
    "You can drink water every day for years with no problems.",
    "Store our kava in a cool place for as long as you like.",
    "People who take antidepressants should know that St. John's wort interacts with them.",
    "Taking heart medication? Ask your pharmacist before trying hawthorn.",
    "Already on Zoloft? Don't add St. John's wort.",
    "On statins? Our berberine capsules are not safe for you.",
    "People with epilepsy should avoid ginkgo.",
    "Our valerian should not be taken indefinitely.",
    "Years of daily kratom use left me dependent.",
    "It is unclear whether kava is safe for people with hepatitis.",
    "Our kava lounge is safe for people with hearing loss.",
    "Our kava gummies are safe for people with braces.",
    "People with depression can safely talk to a counselor about kava.",
]


@pytest.mark.parametrize("text,rule", FLAG)
def test_flagged(text, rule):
    assert rule in _rules(text), text


@pytest.mark.parametrize("text", PASS)
def test_passes(text):
    assert not _rules(text), (text, _rules(text))
