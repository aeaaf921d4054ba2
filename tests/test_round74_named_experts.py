"""Named experts, audit round 180: a titled person named in the text who recommends, prescribes or swears by a
botanical for a disease ("Dr. Axe recommends ashwagandha for thyroid problems", "Jane Doe, ND, swears by kava for
anxiety") is an expert-endorsement (establishment) claim: efficacy/named-expert-recommendation. The person is told
by a title, a credential, a profession before the name or an appositive, never by a list of names. A named expert's
warning, advice against a product or to see a doctor, a drug, no disease, a hedge or a distancing pass.

All sentences are written for these tests."""
import pytest

RULE = "efficacy/named-expert-recommendation"


def _fired(checker, text: str, path: str = "page.md") -> set[str]:
    return {f.rule for f in checker.check_text(text, path=path) if f.scope == "sentence"}


FLAGGED = [
    "Dr. Rivera recommends turmeric for rheumatoid arthritis.",
    "Doctor Nguyen prescribes St. John's wort for depression.",
    "Prof. Helen Ward recommends ginkgo for dementia.",
    "Tom Becker, MD, PhD, prescribes berberine for type 2 diabetes.",
    "Sarah Cole, RPh, recommends valerian for insomnia.",
    "Ken Ito, M.D., recommends milk thistle for fatty liver disease.",
    "Naturopath Lisa Grant recommends elderberry for the flu.",
    "Cardiologist Mark Hale recommends garlic for high blood pressure.",
    "Dr. Amy Fox, a board-certified psychiatrist, recommends saffron for depression.",
    "Anna Berg, a registered herbalist, swears by feverfew for migraines.",
    "Dr. Lee, an integrative oncologist, recommends turmeric for cancer.",
    "Dr. Nash, the clinic's lead naturopath, recommends elderberry for the flu.",
    "Dr. Weil often prescribes echinacea for colds.",
    "Dr. Weil relies on ginkgo for tinnitus.",
    "Dr. Greene personally recommends black cohosh for hot flashes.",
    "Functional medicine expert Dr. Hyman recommends curcumin for depression.",
    "Dr. Reyes swears by ginger for nausea.",
    "Dr. Kim uses ashwagandha to treat anxiety in her patients.",
    "Dr Axe Recommends Ashwagandha For Thyroid Problems",
]

PASSING = [
    "Dr. Morgan, a hepatologist, warns that kava can damage the liver.",
    "Dr. Lee recommends checking with your doctor before taking kava.",
    "Dr. Patel prescribes donepezil for memory loss.",
    "Dr. Patel prescribes sertraline for depression, not St. John's wort.",
    "Dr. Smith says kava may help some people with anxiety.",
    "Dr. Smith recommends chamomile tea before bed.",
    "Dr. Lee's 2022 pilot tested saffron in people with depression.",
    "Dr. Axe recommends it, but no trial supports it.",
    "Jane Doe, ND, recommends echinacea for colds, but the evidence is weak.",
    "Smith's Apothecary recommends kava for anxiety.",
    "Dr. Lee recommends against kava for anyone with liver disease.",
    "Dr. Lee does not recommend ginkgo for dementia.",
    "Dr. Lee never recommends kratom for pain.",
    "Does Dr. Axe recommend ashwagandha for thyroid problems?",
    "Dr. Brown recommends kava only for short-term anxiety, under supervision.",
    "Dr. Brown recommends avoiding St. John's wort if you take antidepressants for depression.",
    "Dr. Lee recommends turmeric in curries for flavor.",
    "Dr. Chen studies ginseng in patients with diabetes.",
    "Dr. Gupta recommends exercise for depression.",
    "Dr. Morgan, a toxicologist, recommends that kava be avoided by people with liver disease.",
    "Dr. Lee prescribes physical therapy for back pain.",
    "Dr. Lee recommends kava for a relaxing evening.",
    "Dr. Lee, a botanist, recommends planting lavender for bees.",
    "Dr. Kim recommends kava to friends who struggle with anxiety, but warns about liver risks.",
    "Professor Ahmed teaches a course on turmeric and arthritis.",
    "Dr. Park recommended valerian for insomnia in 1998, but later withdrew the advice.",
    "According to one blog, Dr. Axe recommends ashwagandha for thyroid problems without evidence.",
]


@pytest.mark.parametrize("text", FLAGGED)
def test_named_expert_recommendation_is_flagged(checker, text):
    assert RULE in _fired(checker, text)


@pytest.mark.parametrize("text", PASSING)
def test_named_expert_near_misses_pass(checker, text):
    assert RULE not in _fired(checker, text)
