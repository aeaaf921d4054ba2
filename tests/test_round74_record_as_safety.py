"""Safety, audit round 163: a seller's record of no complaints or reports offered as proof of safety ("Not one
customer has ever reported a side effect", "we've never heard of anyone getting addicted"), studies said to show
no harm ("Studies show no liver damage from kava"), and "not one side effect".

All sentences are written for these tests."""
import pytest


def _fired(checker, text: str, path: str = "page.md") -> set[str]:
    return {f.rule for f in checker.check_text(text, path=path) if f.scope == "sentence"}


RECORD = "safety/no-reports-as-proof"
NO_SIDE = "safety/no-side-effects"

FLAGGED = [
    ("Kava has not one side effect.", NO_SIDE),
    ("Our kratom capsules have not a single side effect.", NO_SIDE),
    ("Not one customer has ever reported a side effect from our kava.", RECORD),
    ("Not a single user has complained of withdrawal from our kratom powder.", RECORD),
    ("None of our customers has reported side effects from kava.", RECORD),
    ("None of my clients have ever had a bad reaction to this ashwagandha.", RECORD),
    ("No customer has ever reported liver problems from our kava extract.", RECORD),
    ("In ten years of selling kratom, we've never had a single complaint about side effects.", RECORD),
    ("Our kratom is popular. Our customers have never reported withdrawal.", RECORD),
    ("Our kratom customers have never experienced any side effects.", RECORD),
    ("Our kratom capsules ship fast. We've sold a million bottles and never heard of anyone getting addicted.", RECORD),
    ("I sell kratom and have never heard of a single customer getting hooked.", RECORD),
    ("Our kava capsules are popular. Zero reported side effects in over 50,000 orders.", NO_SIDE),
    ("Zero complaints about side effects from our CBD gummies.", RECORD),
    ("Not one complaint of withdrawal from our kratom in five years.", RECORD),
    ("Zero reported cases of addiction among our kratom buyers.", RECORD),
    ("There are a dozen kava studies, and none shows any liver damage.", RECORD),
    ("Studies show no liver damage from traditional kava.", RECORD),
    ("Research has found no side effects from St. John's wort.", RECORD),
    ("Studies have shown no signs of addiction to kratom.", RECORD),
    ("We have never received one report of withdrawal from our kratom.", RECORD),
    ("Our kava tea is popular. Our customers have never had a bad reaction to it.", RECORD),
    ("Studies show no side effects from kava at any dose.", RECORD),
    ("We've never heard of anyone getting sick from our elderberry syrup.", RECORD),
]

PASSING = [
    "No serious adverse events were reported in the 8-week ashwagandha trial.",
    "Few side effects have been reported in short-term kava trials, but liver injury has occurred.",
    "Our kratom shop has had not one late delivery in ten years.",
    "Zero complaints about shipping since we opened our kava bar.",
    "No reports of harm doesn't mean kava is safe.",
    "Zero complaints about side effects is not proof that our kratom is safe.",
    "Our kratom is popular. Zero complaints about side effects from our kratom doesn't mean it's safe.",
    "Has any customer ever reported a side effect from our kava?",
    "Has not one customer ever reported a side effect from your kava?",
    "Some sellers claim not one customer has reported withdrawal from their kratom, but that proves nothing.",
    "It is not true that none of our customers has reported side effects from kava.",
    "We cannot say that no customer has ever had a reaction to our kava.",
    "If no customer has reported side effects, that still doesn't mean kava is safe.",
    "Not one customer has complained about the taste of our kava.",
    "None of our customers has reported a problem with their kratom order.",
    "Our customers have never reported a shipping problem with our kava.",
    "We've never had a complaint about the price of our kava.",
    "I've never heard of anyone getting lost on the way to our kava bar.",
    "Drowsiness is not a side effect of chamomile tea in most people.",
    "Studies show no benefit of ginkgo for memory.",
    "A 2020 study of 60 adults found no liver damage after 4 weeks of aqueous kava.",
    "Kava studies are small, and none shows a lasting benefit.",
    "Customers have reported side effects, including nausea, from our kratom.",
    "Not every customer reports side effects, but some do.",
    "Several customers have reported withdrawal after stopping our kratom.",
    "Case reports show liver damage from kava extracts.",
    "Studies show kava can cause liver damage in rare cases.",
    "Report any side effects from our kava to your doctor.",
    "Not one of our kava bars has had a health code violation.",
    "Our ashwagandha has not one gram of added sugar.",
    "Our kava is popular. None of our customers have reported effects on their sleep yet, so we're running a survey.",
    "Our kava is popular. Researchers found no liver damage in the 8-week trial of aqueous kava.",
    "Studies found no liver damage in adults taking 250 mg of kava daily for 8 weeks.",
    "Our kratom is popular. We have never had a complaint about withdrawal, and kratom can cause dependence.",
    "Our kratom is popular. No customer has reported any withdrawal, but that does not mean it cannot happen.",
]


@pytest.mark.parametrize("text,rule", FLAGGED)
def test_record_offered_as_safety_is_flagged(checker, text, rule):
    assert rule in _fired(checker, text)


@pytest.mark.parametrize("text", PASSING)
def test_scoped_results_other_records_and_warnings_pass(checker, text):
    fired = _fired(checker, text)
    assert RECORD not in fired and NO_SIDE not in fired
