"""Study reports, audit round 120: an accurate report of trials (a past-tense effect set against placebo, a trial
described by its size or length, the contrary result in the same sentence) is no establishment claim, while
"studies show X does Y" and proof verbs stay flagged; and a monograph's section label ("Adverse effects:",
"Cautions:") followed by a list that names dependence is kratom's dependence warning.

All sentences are written for these tests."""
import pytest

MY_RULES = {"efficacy/study-shows-benefit", "efficacy/marker-effect", "efficacy/outcome-amount",
            "efficacy/evidence-overstatement"}


def _fired(checker, text: str, path: str = "page.md") -> set[str]:
    return {f.rule for f in checker.check_text(text, path=path) if f.scope == "sentence"}


def _missing(checker, text: str) -> set[str]:
    return {f.rule for f in checker.check_text(text, path="page.md") if f.scope == "document"}


REPORT_FLAGGED = [
    ("Studies show kava reduces anxiety.", "efficacy/study-shows-benefit"),
    ("Research shows ashwagandha lowers cortisol.", "efficacy/study-shows-benefit"),
    ("Trials prove kava cures anxiety.", "efficacy/study-shows-benefit"),
    ("Science confirms ashwagandha lowers cortisol.", "efficacy/evidence-overstatement"),
    ("Trials prove kava works better than placebo for anxiety.", "efficacy/study-shows-benefit"),
    ("Studies show our kava reduces anxiety more than placebo.", "efficacy/study-shows-benefit"),
    ("Science has shown ashwagandha reduces stress better than placebo.", "efficacy/study-shows-benefit"),
    ("Studies confirm ashwagandha reduces cortisol compared with placebo.", "efficacy/study-shows-benefit"),
    ("A 2019 study proved that ashwagandha lowers cortisol.", "efficacy/study-shows-benefit"),
    ("Our 2019 trial shows ashwagandha lowers cortisol.", "efficacy/study-shows-benefit"),
    ("Studies found valerian improves sleep.", "efficacy/study-shows-benefit"),
    # evidence in general, undescribed, stays an establishment claim even with its comparator (as test_context_round3
    # holds for "Trials found St. John's wort worked better than placebo …")
    ("Trials found ashwagandha reduced perceived stress more than placebo.", "efficacy/study-shows-benefit"),
    ("Researchers found tart cherry juice improved sleep time compared with a placebo drink.",
     "efficacy/study-shows-benefit"),
    ("Ashwagandha lowers cortisol more than placebo.", "efficacy/marker-effect"),
    ("Our formula raises testosterone compared with placebo.", "efficacy/marker-effect"),
    ("Our ashwagandha lowered cortisol more than any other brand.", "efficacy/marker-effect"),
    ("Trials of 500 people prove that ashwagandha lowers cortisol.", "efficacy/marker-effect"),
    ("Tongkat ali raises testosterone, as a 2018 trial of 63 adults showed.", "efficacy/marker-effect"),
    ("Our hibiscus tea drops blood pressure by 20 points, as trials in 200 adults proved.", "efficacy/marker-effect"),
    ("Backed by a 2020 randomized trial, our ashwagandha lowers cortisol by 30%.", "efficacy/outcome-amount"),
    ("Our tongkat ali boosts testosterone by 40%.", "efficacy/outcome-amount"),
]

REPORT_PASSING = [
    "**Evidence:** Several randomized trials found kava extract reduced anxiety scores more than placebo; a 16-week "
    "trial in generalized anxiety disorder found no benefit.",
    "A 2019 trial in 60 stressed adults found ashwagandha lowered cortisol compared with placebo.",
    "In a 2012 randomized trial of 75 adults, kava extract reduced anxiety scores more than placebo.",
    "Several small trials found valerian improved sleep quality slightly, but larger trials found no effect.",
    "A Cochrane review found St. John's wort worked better than placebo for mild depression.",
    "A double-blind trial of 57 men found ashwagandha raised testosterone compared with placebo.",
    "In a 2018 placebo-controlled trial, tongkat ali raised testosterone in 63 stressed adults.",
    "A 12-week trial in 120 adults found ginseng lowered fasting glucose versus placebo.",
    "A small 2019 trial found ashwagandha lowered cortisol by 23% compared with placebo.",
    "Two trials found ashwagandha improved sleep quality more than placebo.",
    "Trials found valerian improved sleep more than placebo; later trials found no difference.",
    "Early trials found ginkgo improved memory, but a large trial of 3,000 older adults found no effect on dementia.",
    "Randomized trials found tart cherry juice improved sleep time compared with a placebo drink.",
    "In a 2016 crossover study of 24 cyclists, cordyceps raised VO2 max slightly more than placebo.",
    "Placebo-controlled trials found fenugreek raised free testosterone slightly.",
    "Early studies found ashwagandha improved sleep, while a later trial found no significant benefit.",
    "The trial found cordyceps raised VO2 max slightly compared with placebo, but the effect was small.",
]


@pytest.mark.parametrize("text,rule", REPORT_FLAGGED)
def test_overstated_evidence_stays_flagged(checker, text, rule):
    assert rule in _fired(checker, text)


@pytest.mark.parametrize("text", REPORT_PASSING)
def test_study_reports_pass_the_evidence_rules(checker, text):
    assert not _fired(checker, text) & MY_RULES


KRATOM = "# Kratom\n\nKratom is the leaf of Mitragyna speciosa. The FDA has not approved kratom for any medical use.\n\n"
KRATOM_MISSING = "safety/kratom-missing-safety-language"

LABEL_LISTS_WARN = [
    "**Adverse effects:** nausea, constipation, weight loss, insomnia; dependence and a withdrawal syndrome after "
    "regular use; seizures and liver injury reported.",
    "**Side effects:** nausea, itching, constipation, dry mouth, frequent urination, loss of appetite; with daily use, "
    "dependence.",
    "Risks: tolerance; addiction; liver injury in rare cases.",
    "Safety — seizures, liver injury, dependence.",
    "Cautions: sedation at high doses; interactions with other drugs; dependence.",
    "Adverse reactions: dizziness, drowsiness; physical dependence; withdrawal on stopping.",
]

LABEL_LISTS_SILENT = [
    "Side effects: none",
    "Risks: none known",
    "Warnings: dependence is a myth",
    "Side effects: none; no dependence, no withdrawal.",
    "Safety: kratom is not addictive and causes no withdrawal.",
    "Risks: low compared with opioid addiction.",
    "Benefits: relief from opioid withdrawal.",
    "Side effects: mild nausea; unlike opioids, no withdrawal.",
    "Side effects: nausea; dependence is overblown.",
    "Warnings: keep out of reach of children; store in a cool, dry place.",
]


@pytest.mark.parametrize("line", LABEL_LISTS_WARN)
def test_a_section_label_list_naming_dependence_is_the_warning(checker, line):
    assert KRATOM_MISSING not in _missing(checker, KRATOM + line + "\n")


@pytest.mark.parametrize("line", LABEL_LISTS_SILENT)
def test_a_label_that_denies_or_omits_dependence_is_no_warning(checker, line):
    assert KRATOM_MISSING in _missing(checker, KRATOM + line + "\n")


KAVA = "# Kava\n\nKava is a drink made from the root of Piper methysticum.\n\n"
KAVA_MISSING = "safety/kava-missing-safety-language"


# a list item that opens with the risk's own grading ("rare but severe") has no subject of its own: it is the topic's
@pytest.mark.parametrize("line,missing", [
    ("**Adverse effects:** headache, drowsiness; rare but severe liver injury.", False),
    ("Rare but severe liver injury has occurred.", False),
    ("Adverse effects: none; liver injury is a myth.", True),
    ("Alcohol causes rare but severe liver injury.", True),
    ("Side effects: none, not even liver injury.", True),
])
def test_graded_liver_injury_in_a_label_list_is_kava_warning(checker, line, missing):
    assert (KAVA_MISSING in _missing(checker, KAVA + line + "\n")) == missing
