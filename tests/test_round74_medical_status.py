"""False medical or regulatory standing, audit round 195: doctors said to prescribe a botanical (expert-endorsement),
the FDA said to clear or authorize a product (regulatory-approval), and other regulators, the WHO, insurers and
"prescription medicine" status (medical-standing). True standings (Epidiolex, Sativex, a drug, a country's past),
denials, hedges, questions and distanced reports pass.

All sentences are written for these tests."""
import pytest


def _fired(checker, text: str, path: str = "page.md") -> set[str]:
    return {f.rule for f in checker.check_text(text, path=path) if f.scope == "sentence"}


FLAGGED = [
    # doctors prescribing
    ("Doctors now prescribe kratom for chronic pain.", "efficacy/expert-endorsement"),
    ("Many doctors prescribe ashwagandha for anxiety.", "efficacy/expert-endorsement"),
    ("Psychiatrists are now prescribing ashwagandha for depression.", "efficacy/expert-endorsement"),
    ("Top oncologists prescribe our reishi capsules to chemo patients.", "efficacy/expert-endorsement"),
    ("Hospitals across the country prescribe elderberry for the flu.", "efficacy/expert-endorsement"),
    ("Integrative physicians prescribe cordyceps for fatigue.", "efficacy/expert-endorsement"),
    ("Doctors prescribe maca for infertility.", "efficacy/expert-endorsement"),
    ("Endocrinologists prescribe ginseng to lower blood sugar.", "efficacy/expert-endorsement"),
    # the FDA clearing or authorizing
    ("The FDA has cleared our CBD oil for seizures.", "efficacy/regulatory-approval"),
    ("Our CBD gummies are FDA-authorized for epilepsy.", "efficacy/regulatory-approval"),
    ("The FDA has now cleared kava for anxiety.", "efficacy/regulatory-approval"),
    ("The FDA has officially authorized our kratom capsules for chronic pain.", "efficacy/regulatory-approval"),
    ("Kava is an FDA-authorized treatment for anxiety.", "efficacy/regulatory-approval"),
    ("This lion's mane tincture is authorized by the FDA for memory loss.", "efficacy/regulatory-approval"),
    # other regulators and health bodies
    ("This kava extract is approved by Health Canada for anxiety.", "efficacy/medical-standing"),
    ("Health Canada has approved kava as a treatment for anxiety.", "efficacy/medical-standing"),
    ("Our turmeric capsules are approved by the EMA for arthritis.", "efficacy/medical-standing"),
    ("The European Medicines Agency approved our echinacea for colds.", "efficacy/medical-standing"),
    ("The TGA has approved our elderberry syrup for the flu.", "efficacy/medical-standing"),
    ("Kratom capsules, now TGA approved for chronic pain.", "efficacy/medical-standing"),
    ("Echinacea, now approved by the TGA for colds, is back in stock.", "efficacy/medical-standing"),
    ("Health Canada-approved valerian drops for insomnia.", "efficacy/medical-standing"),
    ("Lion's mane is EMA-approved for Alzheimer's disease.", "efficacy/medical-standing"),
    ("Our lion's mane is licensed by the MHRA for dementia.", "efficacy/medical-standing"),
    # the standing and the treatment claim overlap: the treatment claim is reported
    ("Our lion's mane is licensed by the MHRA to treat dementia.", "efficacy/disease-treatment"),
    ("The WHO recognizes moringa as a cure for malnutrition.", "efficacy/medical-standing"),
    ("Kratom has been recognized by the World Health Organization as a treatment for opioid withdrawal.",
     "efficacy/medical-standing"),
    ("Our black seed oil is recognised by the NHS as a treatment for asthma.", "efficacy/medical-standing"),
    ("Our reishi is clinically approved for cancer patients.", "efficacy/medical-standing"),
    # insurers
    ("Our valerian tincture is covered by insurance as a treatment for insomnia.", "efficacy/medical-standing"),
    ("Medicare covers our turmeric supplement for arthritis.", "efficacy/medical-standing"),
    ("Insurance companies now cover kratom as a pain treatment.", "efficacy/medical-standing"),
    ("Good news: your health insurance now covers our ashwagandha gummies for anxiety.", "efficacy/medical-standing"),
    ("Medicaid pays for turmeric as an arthritis treatment.", "efficacy/medical-standing"),
    # the standing of a drug said of a botanical
    ("Elderberry is now a prescription medicine for influenza.", "efficacy/medical-standing"),
    ("Our turmeric is an approved treatment for rheumatoid arthritis.", "efficacy/medical-standing"),
    ("Rhodiola is a licensed treatment for depression.", "efficacy/medical-standing"),
    ("Our CBD oil is a prescription-only medicine for epilepsy.", "efficacy/medical-standing"),
]

PASSING = [
    # true standings
    "Epidiolex, a purified CBD drug, is FDA approved for certain seizure disorders.",
    "Sativex, a cannabis extract, is approved by the MHRA for MS spasticity.",
    "Galantamine, first isolated from snowdrops, is an approved medicine for Alzheimer's disease.",
    "Buprenorphine is an approved medicine for opioid withdrawal, unlike kratom.",
    "Sertraline is a licensed treatment for depression; St. John's wort is not.",
    "Turmeric has GRAS status as a food ingredient.",
    "The FDA cleared a new device for migraine.",
    "The FDA has officially authorized a new migraine drug.",
    "Health Canada has approved several cannabis-derived drugs, but not our CBD oil.",
    "Our kava is made in a Health Canada-licensed facility.",
    "Our valerian is Health Canada licensed.",
    "The WHO recognizes kava as a traditional drink of the Pacific.",
    # history and a country's practice
    "Kava was once sold as a prescription anxiolytic in Germany before the liver warnings.",
    "Kava was once a prescription medicine for anxiety in Germany.",
    "St. John's wort is approved in Germany for mild depression.",
    "German doctors prescribed kava for anxiety in the 1990s.",
    # denials
    "The FDA has not approved kratom for any medical use.",
    "No agency has approved kava as a treatment for anxiety.",
    "Health Canada has not approved kava for anxiety.",
    "Turmeric is not an approved treatment for rheumatoid arthritis.",
    "No insurer covers ashwagandha as a treatment for anything.",
    "Doctors do not prescribe kratom for chronic pain.",
    "Doctors recommend against kratom for chronic pain.",
    # hedges, questions, caution
    "Doctors may recommend turmeric for mild joint pain in some cases.",
    "Physicians may prescribe valerian in some countries, though evidence is weak.",
    "Do doctors prescribe kratom for pain?",
    "Does insurance cover kava for anxiety? No.",
    "Is our CBD oil cleared by the FDA for seizures? No.",
    "Is lion's mane EMA-approved for Alzheimer's disease? No.",
    "Doctors prescribe kava with caution, if at all.",
    # attributed and distanced
    "The brand says doctors prescribe it; we found no doctor who does.",
    "Marketers say the TGA approved their kava for anxiety, which is false.",
    "A seller told us that Health Canada approved their kava for anxiety; it had not.",
    "Claims that doctors prescribe kratom for pain are false.",
    # advice and other subjects
    "Ask your doctor before taking ashwagandha.",
    "Some doctors are studying reishi in cancer patients.",
    "Doctors recommend staying hydrated while taking kratom.",
    "Doctors prescribe buprenorphine for opioid withdrawal.",
    "Doctors prescribe clomiphene for infertility, not maca.",
    "Insurance covers your doctor's visit for anxiety, but not our kava.",
    "Your doctor can prescribe medication for anxiety; kava is not a substitute.",
    "Doctors prescribe rest and fluids for the flu, and elderberry tea is a comfort.",
]


@pytest.mark.parametrize(("text", "rule"), FLAGGED)
def test_flagged(checker, text, rule):
    assert rule in _fired(checker, text)


@pytest.mark.parametrize("text", PASSING)
def test_passing(checker, text):
    assert not {r for r in _fired(checker, text) if r.startswith("efficacy/")}
