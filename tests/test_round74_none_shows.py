"""A bare "none" of the studies just named, or "not one study", denies the finding after it ("The trials are
small, and none shows that it prevents dementia", "Not one study has proven that kratom treats addiction"), as
"none of them" and "no study" do. "Not one" alone stays no negation ("not one side effect" is the claim). Own fix
of the nineteenth session, from a café-culture article probe.

All sentences are written for these tests."""
import pytest


def _efficacy(checker, text: str) -> set[str]:
    return {f.rule for f in checker.check_text(text, path="a.md") if f.category == "efficacy"}


@pytest.mark.parametrize("text", [
    "Lion's mane has been tried in a few small trials, and none shows that it prevents dementia.",
    "Three trials tested reishi; none has shown that it shrinks tumors.",
    "Several groups studied turmeric, but none found that it heals arthritis.",
    "Not one study has proven that kratom treats addiction.",
    "Not one clinical trial has shown that elderberry cures the flu.",
])
def test_none_of_the_studies_denies_the_finding(checker, text):
    assert _efficacy(checker, text) == set()


@pytest.mark.parametrize("text", [
    "Lion's mane trials are small, and one shows that it prevents dementia.",
    "Three trials tested reishi; each has shown that it shrinks tumors.",
    "Not one day goes by without customers telling us kava cured their anxiety.",
])
def test_a_study_that_shows_it_still_flags(checker, text):
    assert _efficacy(checker, text)
