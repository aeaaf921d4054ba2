"""Explainer precision, audit round 220: careful consumer-health explainers that produced findings on main. A bare
"none" of the products just named denies what follows ("…, but none is approved by the FDA"); a claim reported and
then called baseless in the next sentence ("There is no scientific basis for that figure."); remedies as a shelf of
products an herb goes into ("combined with echinacea in cold remedies"); a trial's result with its weakness named
("…, but most trials were small"); "birth control" as a noun; and kratom's required language said as "serious harm,
including addiction" and "neither is FDA-approved". The claims themselves keep flagging.

All sentences are written for these tests."""
import pytest


def _fired(checker, text: str, path: str = "page.md") -> set[str]:
    return {f.rule for f in checker.check_text(text, path=path) if f.scope == "sentence"}


def _missing(checker, text: str) -> set[str]:
    return {f.rule for f in checker.check_text(text, path="page.md") if f.scope == "document"}


FLAGGED = [
    ("Our CBD is FDA approved, unlike the others.", "efficacy/regulatory-approval"),
    ("Nobody disputes it: this kava is FDA approved.", "efficacy/regulatory-approval"),
    ("Kava is completely safe, none is harmful.", "safety/absolute-safety"),
    ("Other brands exist, but none is as safe as our kratom.", "safety/absolute-safety"),
    ("Sea moss has 92 of the 102 minerals your body needs, according to fans.", "efficacy/complete-nutrition"),
    ("Sea moss has 92 of the 102 minerals your body needs. There is no scientific basis for worrying about iodine.",
     "efficacy/complete-nutrition"),
    ("Echinacea is the cold remedy your family needs.", "efficacy/condition-cure"),
    ("Echinacea is one of the best cold remedies.", "efficacy/condition-cure"),
    ("Find relief in our cold remedies with echinacea.", "efficacy/condition-cure"),
    ("Our elderberry flu cures are available now.", "efficacy/condition-cure"),
    ("In a 2016 trial, curcumin reduced knee pain.", "efficacy/disease-treatment"),
    ("Turmeric relieves knee pain, but the study was short.", "efficacy/disease-treatment"),
    ("Kava cures anxiety, though the trial lasted only a week.", "efficacy/cure-claim"),
    ("CBD can control seizures.", "efficacy/disease-treatment"),
    ("Kratom will control pain in minutes.", "efficacy/disease-treatment"),
]

PASSING = [
    "CBD treats for pets are sold widely, but none is approved by the FDA for animals.",
    "Lots of turmeric pills are out there; none is FDA approved.",
    "Many herbs are sold for sleep, but none is guaranteed to work.",
    "There are many kava brands, and none is completely safe.",
    "Ashwagandha extracts vary; none is risk-free.",
    "Social media posts claim sea moss contains 92 of the 102 minerals the body needs. There is no scientific basis "
    "for that figure.",
    "Influencers say sea moss has 92 of the 102 minerals your body needs. There is no source for that number.",
    "Sellers claim reishi cures cancer. There is no scientific basis for this.",
    "It is often combined with echinacea in cold remedies, but there is little evidence that it helps colds.",
    "Echinacea is a common ingredient in cold remedies.",
    "Many cold remedies sold in pharmacies contain zinc or echinacea.",
    "Ginger turns up in over-the-counter nausea remedies.",
    "Elderberry goes into many OTC flu remedies.",
    "In a 2016 meta-analysis of eight trials with 606 patients, curcumin extracts reduced knee pain about as much as "
    "ibuprofen, but most trials were small and lasted less than three months.",
    "In a 2016 trial of 100 adults, curcumin eased knee pain, but the study was short.",
    "In a 2019 pilot, ashwagandha eased anxiety. The trial was small and industry-funded.",
    "A 2017 study found valerian relieved insomnia, but it lasted only four weeks.",
    "St. John's wort can make birth control, blood thinners and HIV medicines less effective.",
    "Kava can weaken birth control and HIV medicines.",
    "Our reishi undergoes quality control for purity.",
]


@pytest.mark.parametrize("text,rule", FLAGGED)
def test_claims_keep_flagging(checker, text, rule):
    assert rule in _fired(checker, text)


@pytest.mark.parametrize("text", PASSING)
def test_explainer_sentences_pass(checker, text):
    assert not _fired(checker, text)


KRATOM_MISSING = "safety/kratom-missing-safety-language"

KRATOM_WARNED = [
    "# 7-OH\n\nKratom and 7-OH can both lead to addiction, and neither is FDA-approved for medical use.\n",
    "# Kratom\n\nKratom can lead to addiction. Kratom and kava are sold in bars, but none of them has been approved "
    "by the FDA.\n",
    "# Kratom\n\nThe FDA has not approved kratom and warns that it can cause serious harm, including addiction.\n",
]

KRATOM_SILENT = [
    # approval by someone who is no regulator, and a harm denied
    "# Kratom\n\nKratom can lead to addiction. Our logos? None was approved by the design team.\n",
    "# Kratom\n\nThe FDA warns about kratom. It causes no harm, including addiction, say fans.\n",
    "# Kratom\n\nThe FDA warns about kratom. Kratom is used to treat harm, including opioid addiction.\n",
]


@pytest.mark.parametrize("text", KRATOM_WARNED)
def test_kratom_warning_wordings_count(checker, text):
    assert KRATOM_MISSING not in _missing(checker, text)


@pytest.mark.parametrize("text", KRATOM_SILENT)
def test_kratom_warning_still_missing(checker, text):
    assert KRATOM_MISSING in _missing(checker, text)
