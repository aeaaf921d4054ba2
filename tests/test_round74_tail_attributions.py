"""Round 74 leftovers: a claim made to hang on its hearsay source being right ("…, if the reviews are right"),
and relief from a disease credited to a product ("Thousands have found relief from arthritis with our turmeric
blend").

All sentences are written for these tests."""
import pytest


def _fired(checker, text: str, path: str = "page.md") -> set[str]:
    return {f.rule for f in checker.check_text(text, path=path) if f.scope == "sentence"}


# A trailing "if <hearsay source> <is right>" leaves the claim to its source (as "…, if you believe the hype" does);
# a source that vouches, a condition of use, or a person's word stated as fact stays a claim.
TRAILING_PASSING = [
    "Soothe your anxiety with kava, if the online reviews are right.",
    "Kava cures anxiety, if the label is to be believed.",
    "Ashwagandha reverses hypothyroidism, assuming the testimonials are true.",
    "Turmeric heals arthritis, at least if the reviews are anything to go by.",
    "Kratom treats opioid withdrawal, if the forums are right.",
    "Reishi cures cancer, if the sellers are telling the truth.",
    "Elderberry prevents the flu, if even half of the testimonials are accurate.",
]
TRAILING_FLAGGED = [
    ("Kava cures anxiety, as my doctor confirmed.", "efficacy/cure-claim"),
    ("Kava cures anxiety, says science.", "efficacy/cure-claim"),
    ("Kava cures anxiety, and it works.", "efficacy/cure-claim"),
    ("Kava cures anxiety, and the reviews are right.", "efficacy/cure-claim"),
    ("Kava cures anxiety, if you take it daily.", "efficacy/cure-claim"),
    ("Kratom cures back pain, says my neighbor.", "efficacy/cure-claim"),
    ("Kava cures anxiety, if the reviews are right, and science agrees.", "efficacy/cure-claim"),
]


@pytest.mark.parametrize("text", TRAILING_PASSING)
def test_a_claim_conditional_on_its_hearsay_source_passes(checker, text):
    assert not {r for r in _fired(checker, text) if r.startswith("efficacy/")}, text


@pytest.mark.parametrize("text,rule", TRAILING_FLAGGED)
def test_a_vouched_or_conditioned_claim_is_still_flagged(checker, text, rule):
    assert rule in _fired(checker, text)


RELIEF_FLAGGED = [
    ("Patients with Lyme disease have found lasting relief with our cat's claw protocol.", "efficacy/relief-found-with"),
    ("Customers with psoriasis have found amazing relief with our calendula cream.", "efficacy/relief-found-with"),
    ("People with IBS find relief with our peppermint oil capsules.", "efficacy/relief-found-with"),
    ("After years of migraines, I finally found relief with feverfew.", "efficacy/relief-found-with"),
    ("Thousands have found relief from arthritis with our turmeric blend.", "efficacy/relief-from-found-with"),
    ("My mom found relief from her gout with tart cherry extract.", "efficacy/relief-from-found-with"),
    ("I finally found lasting relief from my migraines thanks to feverfew.", "efficacy/relief-from-found-with"),
]
RELIEF_PASSING = [
    "Some patients report relief with cat's claw, but trials are lacking.",
    "Many people find relief from back pain with stretching.",
    "I found relief from arthritis with physical therapy.",
    "Some people have found relief from arthritis with turmeric, but the evidence is thin.",
    "Did anyone find relief from insomnia with valerian?",
    "Have people with arthritis found relief with turmeric?",
    "I found relief from the summer heat with our hibiscus iced tea.",
    "I found relief with a cool shower after drinking kava.",
    "I found relief with our kava tea after a long day.",
    "Nobody has found relief from Lyme disease with cat's claw in a trial.",
    "Patients with arthritis have not found relief with turmeric in controlled trials.",
    "My aunt says she found relief from arthritis with turmeric, but no trial supports that.",
]


@pytest.mark.parametrize("text,rule", RELIEF_FLAGGED)
def test_relief_from_a_disease_credited_to_a_product_is_flagged(checker, text, rule):
    assert rule in _fired(checker, text)


@pytest.mark.parametrize("text", RELIEF_PASSING)
def test_relief_without_a_product_credited_or_with_doubt_passes(checker, text):
    assert not {r for r in _fired(checker, text) if r.startswith("efficacy/relief")}, text


# Names joined by "+" between letters, and "):" after a parenthesis, are split (spaCy keeps "Kava+kratom" whole and
# reads "):" as an emoticon), so the substance and the claim after the label are found.
TOKENS = [
    ("Kava+kratom: the stack", ["Kava", "+", "kratom", ":", "the", "stack"]),
    ("Reishi Cocoa (seasonal): cures", ["Reishi", "Cocoa", "(", "seasonal", ")", ":", "cures"]),
    ("C++ and 5+3 and A+ grades", ["C++", "and", "5", "+", "3", "and", "A+", "grades"]),
]


@pytest.mark.parametrize("text,pieces", TOKENS)
def test_plus_between_letters_and_paren_colon_are_split(checker, text, pieces):
    from claimcheck.engine import build_nlp
    assert [t.text for t in build_nlp().tokenizer(text)] == pieces


JOINED_FLAGGED = [
    ("Our kava+kratom blend cures anxiety.", "efficacy/cure-claim"),
    ("Kava+kratom is a safe combination.", "safety/safe-combination"),
    ("Reishi Cocoa (seasonal): cures insomnia.", "efficacy/cure-claim"),
    ("Turmeric Latte (limited): reverses arthritis.", "efficacy/cure-claim"),
]
JOINED_PASSING = [
    "Combining kava+kratom raises risks and has not been studied.",
    "Our Reishi Cocoa (seasonal): a cozy evening drink.",
    "Vitamin B+C gummies taste great.",
]


@pytest.mark.parametrize("text,rule", JOINED_FLAGGED)
def test_claims_about_joined_names_are_flagged(checker, text, rule):
    assert rule in _fired(checker, text)


@pytest.mark.parametrize("text", JOINED_PASSING)
def test_benign_joined_names_pass(checker, text):
    assert not _fired(checker, text), text
