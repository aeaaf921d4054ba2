"""A health professional's first-person recommendation or prescription of a botanical for a disease, audit
round 174: "As a physician, I recommend turmeric to all my patients with arthritis", "I prescribe ashwagandha to my
anxious patients", "In my clinic, we use kratom for opioid withdrawal" (efficacy/professional-recommendation), and
the clinician's own patients named with their condition before the product ("I tell my patients with insomnia to
take valerian", "My patients with migraines take feverfew every day": efficacy/prescribed-for-condition).

A writer who names no profession ("I recommend kava for anxiety") is a layperson's opinion, not a professional's
endorsement, and is left alone here, as are hedged or cautious advice, advice against a product, a drug prescribed,
advice to ask a doctor and research reports.

All sentences are written for these tests."""
import pytest

PRO = "efficacy/professional-recommendation"
PRESCRIBED = "efficacy/prescribed-for-condition"


def _fired(checker, text: str, path: str = "page.md") -> set[str]:
    return {f.rule for f in checker.check_text(text, path=path) if f.scope == "sentence"}


FLAGGED = [
    ("As a physician, I recommend turmeric to all my patients with arthritis.", PRO),
    ("I prescribe ashwagandha to my anxious patients.", PRO),
    ("As a pharmacist, kava is what I recommend for anxiety.", PRO),
    ("In my clinic, we use kratom for opioid withdrawal.", PRO),
    ("As a naturopath, I recommend valerian root for insomnia.", PRO),
    ("As an MD, I recommend berberine for type 2 diabetes.", PRO),
    ("In my 20 years of practice, I have recommended St. John's wort for depression.", PRO),
    ("As a herbalist, I give echinacea to every client with a cold.", PRO),
    ("I'm a pharmacist, and I recommend kava for anxiety.", PRO),
    ("I am a doctor and I recommend cannabidiol for epilepsy.", PRO),
    ("As doctors, we recommend valerian for insomnia.", PRO),
    ("As a physician, I prescribe saw palmetto for an enlarged prostate.", PRO),
    ("As a board-certified rheumatologist, I routinely recommend boswellia for osteoarthritis.", PRO),
    ("As an integrative doctor with 15 years of experience, I prescribe rhodiola for depression.", PRO),
    ("In my 10 years as a naturopath, I have prescribed goldenseal for infections.", PRO),
    ("In our clinic, we prescribe kava for generalized anxiety.", PRO),
    ("As a pharmacist, I suggest echinacea to customers with colds.", PRO),
    ("As a physician, I recommend garlic to lower blood pressure.", PRO),
    ("I recommend milk thistle to all my patients with fatty liver.", PRO),
    ("I tell my patients to take feverfew for migraines.", PRO),
    ("As a doctor, I prescribe kratom for chronic pain.", PRO),
    ("I tell my patients with insomnia to take valerian.", PRESCRIBED),
    ("As a nurse, I always tell my patients with high blood pressure to take garlic.", PRESCRIBED),
    ("I always tell my clients with anxiety to drink chamomile tea.", PRESCRIBED),
    ("I start my patients with arthritis on turmeric.", PRESCRIBED),
    ("My patients with migraines take feverfew every day.", PRESCRIBED),
    ("As a GP, my go-to for anxiety is ashwagandha.", PRESCRIBED),
    ("As a physician, I tell every patient with prediabetes to take cinnamon.", PRESCRIBED),
    ("As a cardiologist, I've prescribed hawthorn for heart failure for years.", PRO),
    ("As a pediatrician, I recommend chamomile for colic.", PRO),
    ("In my 20+ years of clinical practice, we have used kratom for opioid withdrawal.", PRO),
    ("In my experience as a doctor, I recommend valerian for insomnia.", PRO),
]

PASSING = [
    # a writer who names no profession
    "I recommend kava for a relaxing evening.",
    "I recommend kava for anxiety.",
    "I'm not a doctor, but I recommend kava for anxiety.",
    "As a chef, I recommend turmeric in every soup.",
    "I recommend valerian to my friends with insomnia.",
    "In my yoga practice, I use kava for anxiety.",
    "In my kitchen, I use turmeric for inflammation.",
    "As a mom, I give elderberry syrup to my kids for colds.",
    "As a doctor's daughter, I recommend turmeric for arthritis.",
    "As a doctor once told me, I recommend turmeric for arthritis.",
    # no disease: a professional's taste or habit
    "As a physician, I recommend turmeric in curries because it tastes great.",
    "As a nurse, I recommend chamomile tea for winding down after a long shift.",
    "As a nutritionist, I recommend turmeric in your cooking because it adds colour.",
    # hedged, cautious, negated or past
    "I tell my patients kava may help mild anxiety, but to watch their liver.",
    "As a physician, I may recommend turmeric for arthritis in some patients.",
    "As a doctor, I recommend St. John's wort for depression only after checking for drug interactions.",
    "As a physician, I never recommend kratom.",
    "As a physician, I would never recommend kratom for pain.",
    "As a doctor, I do not prescribe kratom for opioid withdrawal.",
    "As a physician, I recommend kava with caution for anxiety, and only short-term.",
    "As a physician, I recommend kava for anxiety, but I check liver enzymes first.",
    "As a pharmacist, I recommend St. John's wort for depression, but never with other antidepressants.",
    "As a physician, I recommend turmeric for arthritis if your doctor agrees.",
    "As a physician, I used to recommend ginkgo for memory, until the trials came back negative.",
    # against the product, or another treatment
    "As a pharmacist, I recommend against kratom for anyone.",
    "As a pharmacist, I recommend kava be avoided by anyone with liver disease.",
    "As a doctor, I recommend patients with anxiety avoid kava.",
    "As a physician, I recommend exercise over turmeric for arthritis.",
    "As a doctor, I recommend sertraline for depression.",
    "As a doctor, I prescribe metformin for diabetes, not cinnamon.",
    "In my clinic, we use buprenorphine to treat opioid withdrawal.",
    "I prescribe physical therapy to my patients with arthritis.",
    "As a physician, I prescribe rest for the flu.",
    "I tell my patients to stop kava before surgery.",
    "I tell my patients with liver disease to avoid kava.",
    "I tell my patients with depression to take their medication, not St. John's wort.",
    "I tell my patients with anxiety to try meditation before kava.",
    # advice to ask, warnings, reports and questions
    "Ask your doctor before taking St. John's wort.",
    "As a physician, I recommend talking to your doctor before trying turmeric.",
    "As a pharmacist, I recommend that you ask your doctor before taking ashwagandha for anxiety.",
    "As a pharmacist, I recommend checking interactions before you take St. John's wort.",
    "As a pharmacist, I tell my patients that St. John's wort interacts with birth control.",
    "As a doctor, I tell patients that kratom can cause dependence and withdrawal.",
    "In my clinic, we screen for kava use in patients with liver disease.",
    "A 2020 survey of physicians found that 30% recommend turmeric to patients with arthritis.",
    "Many of my patients with arthritis take turmeric.",
    "My patients with arthritis ask me about turmeric all the time.",
    "In my practice, patients with arthritis often ask about turmeric.",
    "As a physician, I'm often asked whether turmeric helps arthritis.",
    "Do you recommend ashwagandha for anxiety, doctor?",
    "Should doctors recommend turmeric for arthritis?",
]


@pytest.mark.parametrize("text,rule", FLAGGED)
def test_professional_recommendation_is_flagged(checker, text, rule):
    assert rule in _fired(checker, text)


@pytest.mark.parametrize("text", PASSING)
def test_near_misses_pass(checker, text):
    assert not _fired(checker, text) & {PRO, PRESCRIBED, "efficacy/expert-endorsement"}
