"""Round 72: text that looks like the required safety language but is not, so the document's missing-language
finding must stay (the risk said of another substance in a coordinated clause, denied or minimised, reported and
rebutted, asked, hypothetical, historical, or the same words in another sense), and genuine warnings in varied
wording that must keep counting."""
import pytest

from claimcheck.api import check_text
from requirement_concepts import CONCEPTS

KR = 'Kratom is a leaf from Southeast Asia, sold as powder and capsules.'
KR_FDA = ' The FDA has not approved kratom for any medical use.'
KR_DEP = ' Kratom can cause dependence and withdrawal.'
KV = 'Kava is a root drink from Vanuatu, served at bars across the islands.'
SJ = "St. John's wort is a yellow flower that some people take for low mood."
AM = 'Amanita muscaria, the red-and-white fly agaric, is sold online as gummies.'
AM_LAW = ' It is not a lawful food or supplement ingredient in the US.'
AM_POI = ' Fly agaric is poisonous.'


NEAR_MISSES = [
    ("dep", KR + ' Experts say kratom is addictive, but they are wrong.' + KR_FDA),
    ("dep", KR + ' Opioids are addictive, and kratom is a popular alternative.' + KR_FDA),
    ("dep", KR + ' Alcohol is habit-forming, and many drinkers switch to kratom.' + KR_FDA),
    ("dep", KR + " Its risks are minor; addiction isn't one of them." + KR_FDA),
    ("dep", KR + ' Critics say kratom is addictive, but the research says otherwise.' + KR_FDA),
    ("dep", KR + ' Is kratom addictive?' + KR_FDA),
    ("dep", KR + ' Kratom was once thought to be addictive.' + KR_FDA),
    ("dep", KR + ' If kratom were addictive, we would have seen it by now.' + KR_FDA),
    ("dep", KR + ' Side effects like withdrawal are uncommon.' + KR_FDA),
    ("dep", KR + ' Withdrawal is rare with kratom.' + KR_FDA),
    ("dep", KR + ' Claims that kratom causes addiction are overblown.' + KR_FDA),
    ("dep", KR + ' Kratom dependence is a myth.' + KR_FDA),
    ("dep", KR + ' Heroin withdrawal is brutal, and kratom is sold as a way through it.' + KR_FDA),
    ("dep", KR + ' Opioid addiction ruins lives; kratom helps some people leave it behind.' + KR_FDA),
    ("dep", KR + ' Kratom addiction only happens in extreme cases.' + KR_FDA),
    ("dep", KR + ' Tianeptine is addictive, so steer clear of gas-station pills.' + KR_FDA),
    ("dep", KR + ' Nobody gets hooked on kratom.' + KR_FDA),
    ("dep", KR + ' The idea that kratom causes withdrawal has been debunked.' + KR_FDA),
    ("dep", KR + ' Kratom is far less addictive than people think, and dependence is uncommon.' + KR_FDA),
    ("dep", KR + ' Does kratom lead to dependence? Not in our experience.' + KR_FDA),
    ("dep", KR + ' Opioids cause dependence, and kratom is the gentle cousin.' + KR_FDA),
    ("fda", KR + KR_DEP + ' The FDA has warned about acetaminophen overdoses.'),
    ("fda", KR + KR_DEP + ' Is kratom FDA-approved?'),
    ("fda", KR + KR_DEP + ' Critics claim the FDA has warned against kratom, but no such warning exists.'),
    ("fda", KR + KR_DEP + ' The FDA has warned against opioids, and kratom is an alternative.'),
    ("fda", KR + KR_DEP + ' Our new logo has not been approved by the design team yet.'),
    ("fda", KR + KR_DEP + ' The FDA has approved kratom for nothing yet, but that will change soon.'),
    ("fda", KR + KR_DEP + ' If the FDA had warned against kratom, we would stop selling it.'),
    ("liver", KV + ' Alcohol is hard on the liver, and kava is a nice alternative.'),
    ("liver", KV + ' Acetaminophen can cause liver damage, and kava is gentler.'),
    ("liver", KV + " Its risks are minor; liver damage isn't one of them."),
    ("liver", KV + ' Can kava cause liver damage?'),
    ("liver", KV + ' Kava was once blamed for liver damage, but newer studies cleared it.'),
    ("liver", KV + ' The liver damage scare around kava is overblown.'),
    ("liver", KV + ' Critics say kava causes liver damage, but they are wrong.'),
    ("liver", KV + ' If kava caused liver damage, the islanders would know.'),
    ("liver", KV + " Unlike beer, kava won't damage the liver."),
    ("liver", KV + " Beer is tough on the liver, and kava is the islanders' answer."),
    ("liver", KV + ' Binge drinking causes liver damage, so kava bars offer a softer night out.'),
    ("liver", KV + ' Kava liver damage is a myth spread by the pharma lobby.'),
    ("liver", KV + ' Heavy drinking strains the liver, and that is why we love kava.'),
    ("liver", KV + ' Kava has never been linked to liver damage.'),
    ("sjw", SJ + ' Stress can make medicines less effective.'),
    ("sjw", SJ + " Grapefruit juice interacts with many medicines; St. John's wort is a gentle herb."),
    ("sjw", SJ + " Alcohol interacts with many medicines, and St. John's wort is a natural mood lifter."),
    ("sjw", SJ + " St. John's wort interactions are rare."),
    ("sjw", SJ + " Does St. John's wort interact with birth control?"),
    ("sjw", SJ + " Some say it interferes with the pill, but that's a myth."),
    ("sjw", SJ + ' Our forum lets you interact with other readers.'),
    ("sjw", SJ + ' Old phones stop working after a few years.'),
    ("sjw", SJ + ' My knees work less well in winter.'),
    ("sjw", SJ + " St. John's wort doesn't interact with any medicines."),
    ("sjw", SJ + ' Antibiotics can make birth control less effective.'),
    ("sjw", SJ + ' Poor sleep can make antidepressants less effective.'),
    ("sjw", SJ + ' Skipping doses makes medications less effective.'),
    ("sjw", SJ + ' Our website may stop working during maintenance.'),
    ("sjw", SJ + ' If it interacted with medicines, pharmacists would warn us.'),
    ("poison", AM + ' The death cap is poisonous.' + AM_LAW),
    ("poison", AM + ' Destroying angels are deadly.' + AM_LAW),
    ("poison", AM + ' Amanita muscaria is not poisonous at all.' + AM_LAW),
    ("poison", AM + ' Is fly agaric poisonous?' + AM_LAW),
    ("poison", AM + " Some say fly agaric is toxic, but that's a myth." + AM_LAW),
    ("poison", AM + ' Poison ivy grows along the trail where we forage.' + AM_LAW),
    ("poison", AM + ' If fly agaric were toxic, reindeer would not eat it.' + AM_LAW),
    ("poison", AM + ' Its toxicity is overblown.' + AM_LAW),
    ("poison", AM + ' The death cap, Amanita phalloides, is deadly.' + AM_LAW),
    ("law", AM + AM_POI + ' Selling raw milk is not legal.'),
    ("law", AM + AM_POI + ' Parking here is not legal after 6 pm.'),
    ("law", AM + AM_POI + ' It is not illegal to own fly agaric in most states.'),
    ("law", AM + AM_POI + ' Is fly agaric legal?'),
    ("law", AM + AM_POI + ' Psilocybin is illegal in most states.'),
    ("law", AM + AM_POI + ' Cannabis edibles are not legal in every state.'),
    ("law", AM + AM_POI + " Some say fly agaric gummies are illegal, but that's a myth."),
    ("combo", 'Kava has been linked to liver injury. We drink kava with beer. Mixing kava with alcohol raises no extra risk.'),
    ("combo", "Kava has been linked to liver injury. We drink kava with beer. Some say combining them raises the risks, but that's overblown."),
    ("fda", KR + KR_DEP + ' The loan was not approved by the bank.'),
    ("law", AM + AM_POI + ' It is not legal to park here after 6 pm.'),
    ("sjw", SJ + ' Expired medicines may stop working.'),
]

GENUINE = [
    # a warning reported, and countered only by an interested party or not rebutted at all
    ("fda", KR + KR_DEP + ' The FDA says kratom is not safe, but sellers insist otherwise.'),
    ("dep", KR + ' Doctors say kratom can cause dependence, but many users disagree.' + KR_FDA),
    ("dep", KR + ' Experts say kratom is addictive, but it is still popular.' + KR_FDA),
    ("liver", KV + ' Researchers believe kava can harm the liver, but cases are rare.'),
    ("dep", KR + ' Some say kratom is harmless, but it can cause dependence.' + KR_FDA),
    ("dep", KR + ' Regular kratom use can lead to dependence.' + KR_FDA),
    ("dep", KR + ' Kratom is addictive, and quitting brings withdrawal.' + KR_FDA),
    ("dep", KR + ' People who use it daily can become dependent on it.' + KR_FDA),
    ("dep", KR + ' Kratom is habit-forming.' + KR_FDA),
    ("dep", KR + ' Like opioids, kratom can cause addiction.' + KR_FDA),
    ("dep", KR + ' Stopping kratom after months of daily use can bring withdrawal.' + KR_FDA),
    ("dep", KR + ' Kratom withdrawal is real, and it can be rough.' + KR_FDA),
    ("dep", KR + ' Withdrawal from kratom is no myth.' + KR_FDA),
    ("dep", KR + ' Although opioids are riskier, kratom is addictive too.' + KR_FDA),
    ("dep", KR + ' Some say kratom is harmless, but it can cause dependence.' + KR_FDA),
    ("fda", KR + KR_DEP + ' The FDA has warned consumers not to use kratom.'),
    ("fda", KR + KR_DEP + ' Kratom is not FDA-approved for any use.'),
    ("fda", KR + KR_DEP + ' No kratom product has been approved by the FDA.'),
    ("fda", KR + KR_DEP + ' It is not approved as a drug or supplement.'),
    ("liver", KV + ' Kava has been linked to liver damage.'),
    ("liver", KV + ' Kava can be hard on the liver, so skip it if you drink.'),
    ("liver", KV + ' Rare cases of liver failure have been tied to kava extracts.'),
    ("liver", KV + ' Like alcohol, kava can harm the liver.'),
    ("liver", KV + ' Germany banned kava over liver concerns.'),
    ("liver", KV + ' Kava is linked to rare but serious liver injury.'),
    ("liver", KV + ' Kava is relaxing, but it has been linked to liver damage.'),
    ("liver", KV + ' Kava is gentler than alcohol, but it can still damage the liver.'),
    ("sjw", SJ + " St. John's wort interacts with many medicines."),
    ("sjw", SJ + ' It can make birth control less effective.'),
    ("sjw", SJ + ' It weakens the effect of warfarin and the pill.'),
    ("sjw", SJ + ' Combined with an SSRI, it can cause serotonin syndrome.'),
    ("sjw", SJ + ' It speeds up the breakdown of many drugs, so they may stop working.'),
    ("sjw", SJ + ' It interferes with antidepressants, HIV drugs and transplant medicines.'),
    ("poison", AM + ' Fly agaric is toxic.' + AM_LAW),
    ("poison", AM + ' Amanita muscaria is a poisonous mushroom.' + AM_LAW),
    ("poison", AM + ' Eating it can cause vomiting, delirium and seizures.' + AM_LAW),
    ("poison", AM + ' Unlike the death cap, fly agaric is rarely fatal, but it is still poisonous.' + AM_LAW),
    ("law", AM + AM_POI + ' The FDA says it is not a lawful food ingredient.'),
    ("law", AM + AM_POI + ' Amanita muscaria is not legal as a food or supplement ingredient in the US.'),
    ("law", AM + AM_POI + ' It cannot legally be sold as a food in the US.'),
    ("law", AM + AM_POI + ' The FDA has not approved Amanita muscaria as a food ingredient.'),
    ("combo", 'Kava has been linked to liver injury. We drink kava with beer. Mixing them raises the risk of heavy sedation.'),
    ("combo", 'Kava has been linked to liver injury. We drink kava with beer. The combination has not been studied.'),
    ("dep", KR + ' Kratom is sold in smoke shops, and it can be addictive.' + KR_FDA),
    ("dep", KR + ' It is habit-forming, and kratom users should know that.' + KR_FDA),
    ("dep", KR + ' Opioids and kratom can both cause dependence, and neither is risk-free.' + KR_FDA),
    ("liver", KV + ' Regular use is hard on the liver, so kava drinkers should get checked.'),
    ("liver", KV + ' Kava, like beer, can be hard on the liver, and some countries restricted it.'),
    ("sjw", SJ + ' Your birth control may stop working while you take it.'),
    ("sjw", SJ + " Antidepressants may not work as well with St. John's wort."),
    ("sjw", SJ + ' The herb can make warfarin less effective.'),
    ("law", AM + AM_POI + ' Fly agaric gummies are illegal as food in the US.'),
    ("law", AM + AM_POI + ' It is not legal.'),
    ("fda", KR + KR_DEP + ' Kratom has not been approved.'),
    ("fda", KR + KR_DEP + ' It has not been approved by the U.S. Food and Drug Administration.'),
]


def _missing(concept, text):
    rule, word = CONCEPTS[concept]
    return any(f.rule == rule and word in f.message for f in check_text(text, path="probe.md"))


@pytest.mark.parametrize("concept,text", NEAR_MISSES)
def test_near_miss_does_not_count_as_the_warning(concept, text):
    assert _missing(concept, text)


@pytest.mark.parametrize("concept,text", GENUINE)
def test_genuine_warning_counts(concept, text):
    assert not _missing(concept, text)
