"""Brand names as a claim's subject (src/claimcheck/product_names.py): a product named only by its
own name ("ZenLeaf", "Golden Calm®", "Golden Calm Gummies", "our new blend, Golden Calm,") counts as a
product word for phrase rules and as a subject for relation rules; institutions, places, peoples,
people, drugs, headings and hedged/negated/attributed/questioned claims stay unflagged."""
import pytest


def sentence_findings(checker, text):
    return [f for f in checker.check_text(text) if f.scope == "sentence"]


# Claims whose subject is a brand name: a trademark sign, an inner capital, a product form, or an
# introduction earlier in the text marks it.
BRAND_CLAIMS = [
    'ZenLeaf cures anxiety.',
    'Golden Calm® is clinically proven to reduce anxiety.',
    'ZenLeaf™ cures anxiety.',
    'Try Golden Calm, which is clinically proven to reduce anxiety.',
    'ZenLeaf Capsules cure anxiety.',
    'NeuroCalm has no side effects.',
    'SleepWell Drops are completely safe for everyone.',
    'Golden Calm Gummies are guaranteed to end insomnia.',
    'Blue Lotus Tonic is 100% effective against stress.',
    'MoodLift reverses depression in two weeks.',
    'Serenity Root™ is non-addictive and safe to take daily.',
    'Our new blend, Golden Calm, eliminates withdrawal symptoms.',
    'Calmaroo® heals inflammation naturally.',
    'Vital Roots Tincture is scientifically proven to lower blood pressure.',
    'PureRelief works for everyone.',
    'Island Dream Elixir has zero side effects.',
    'Doctors agree that RestEase is the best sleep aid.',
    'Golden Calm is a kava tincture. Golden Calm cures anxiety.',
    'Ocean Mind Softgels treat opioid addiction.',
    'BrainBoost Pro is clinically proven to improve memory.',
    'Morning Glow Tea is completely safe with alcohol.',
    'Our new tincture, Calmaroo, is guaranteed to end insomnia.',
    'Try Golden Calm: it works for everyone.',
    'ZenLeaf has been shown in clinical studies to reverse anxiety.',
    'Golden Calm Gummies: no side effects, ever.',
    'HempHaven™ oil is a safe alternative to opioids.',
    'Golden Calm, our kava blend, heals anxiety.',
    'Golden Calm is a kava tincture. It cures anxiety. Golden Calm is also non-addictive.',
]


@pytest.mark.parametrize("text", BRAND_CLAIMS)
def test_brand_name_claims_are_flagged(checker, text):
    assert sentence_findings(checker, text), text


# Near misses: capitalised names that are no product (institutions, places, peoples, people, drugs,
# headings), and brand claims that are hedged, negated, attributed or asked.
BRAND_NEAR_MISSES = [
    'Johns Hopkins researchers found that exercise reduces anxiety.',
    'Harvard Health says meditation may help with anxiety.',
    'Dr. Weil recommends chamomile for sleep.',
    'New Zealand cures its lamb with salt.',
    'Golden Calm may help with anxiety.',
    'Does ZenLeaf cure anxiety? No.',
    'How Golden Calm Works',
    'Golden Gate Park hosts a farmers market.',
    'Pacific Islanders drink kava at ceremonies.',
    'Some users say NeuroCalm helps them relax.',
    'There is no evidence that ZenLeaf cures anxiety.',
    'The company claims Golden Calm cures anxiety, but no trial supports this.',
    'Can MoodLift reverse depression?',
    'Mayo Clinic staff say the supplement is being studied.',
    'The Food and Drug Administration has not approved ZenLeaf.',
    'Whole Foods Market sells herbal teas.',
    'Golden Calm is being studied for anxiety.',
    'New York City has many kava bars.',
    'ZenLeaf is not proven to cure anxiety.',
    'Preliminary research suggests SleepWell Drops may improve sleep.',
    'The United States Pharmacopeia sets standards for supplements.',
    'Los Angeles is a sunny city.',
    'Tylenol is not completely safe at high doses.',
    'Golden Calm Gummies come in three flavors.',
    'Johns Hopkins treats opioid addiction at its clinics.',
    'Mayo Clinic doctors treat depression every day.',
    'New York City is completely safe for tourists.',
    'Golden Gate Park is completely safe at night.',
    'Alcoholics Anonymous has helped millions beat addiction.',
    'Traditional Chinese Medicine treats insomnia with acupuncture.',
    'Sarah Jones cured her insomnia with better sleep habits.',
    'Dr. Oz says ZenLeaf cures anxiety, but no study backs this.',
    'Tylenol cures headaches.',
    'OxyContin is non-addictive, the company once claimed falsely.',
    'Is NeuroCalm completely safe? Not for everyone.',
    'ZenLeaf does not cure anxiety.',
    'Critics say Golden Calm® is not proven to work.',
    'Harvard Medical School researchers treat depression with therapy.',
    'Whole Foods Market is completely safe to shop at.',
    'The Betty Ford Center treats addiction.',
]


@pytest.mark.parametrize("text", BRAND_NEAR_MISSES)
def test_brand_name_near_misses_pass(checker, text):
    assert not sentence_findings(checker, text), [(f.rule, f.text) for f in sentence_findings(checker, text)]


# A brand name says nothing of what the product holds: the finding's subject stays null and the
# message names the product by its brand ("ZenLeaf"), not a substance named earlier.
@pytest.mark.parametrize("text, name", [
    ("Kava is a root. ZenLeaf cures anxiety.", "ZenLeaf"),
    ("Golden Calm® heals inflammation.", "Golden Calm"),
])
def test_brand_subject_is_null(checker, text, name):
    findings = sentence_findings(checker, text)
    assert findings and findings[-1].subject is None and name in findings[-1].message


def test_brand_names_found(checker):
    from claimcheck.product_names import BrandNames
    names = BrandNames(checker.book.lexicons)
    doc = checker.nlp("Our new blend, Golden Calm, is here. Later, Golden Calm sold out at Golden Gate Park. Does NeuroCalm work?")
    assert [doc[s:e].text for s, e in names.spans(doc)] == ["Golden Calm", "Golden Calm", "NeuroCalm"]


# First names with an inner capital are people, not products.
@pytest.mark.parametrize("text", ["JoAnn cured her insomnia.", "MaryAnn cured her insomnia with sleep hygiene."])
def test_camel_case_first_names_are_no_brand(checker, text):
    assert not sentence_findings(checker, text)


# "it"/"they" right after the sentence that named a product (by brand name or product noun) stands for
# it, in a document that names no substance; "Meet" introduces a name; a sentence ending in a full
# stop is prose, not a Title Case heading. Other subjects, hedges and questions in that sentence pass.
@pytest.mark.parametrize("text", [
    "Meet ZenLeaf. It cures anxiety.",
    "ZenLeaf is back in stock. It reverses memory loss.",
    "Try Golden Calm tonight. It ends insomnia for good.",
    "Golden Calm Gummies are our bestseller. They cure anxiety.",
    "Take NeuroCalm; it cures insomnia.",
    "ZenLeaf™ ships today. It has no side effects.",
    "Our tincture ships today. It cures anxiety.",
    "Our gummies are vegan. They are completely safe.",
])
def test_pronoun_after_a_named_product_is_its_subject(checker, text):
    assert sentence_findings(checker, text)


@pytest.mark.parametrize("text", [
    "Meet ZenLeaf. It tastes like mint.",
    "Our tincture ships in a glass bottle. It keeps the extract fresh.",
    "Our tincture ships today. Exercise cures nothing.",
    "ZenLeaf ships today. Some studies suggest it may help with anxiety.",
    "Our tincture ships today. Does it cure anxiety? No.",
    "Meet Sarah Jones, our herbalist. She cures her own bacon.",
    "ZenLeaf ships today.\n\nOur founder grew up on a farm. It cured him of city life.",
    "## How Golden Calm Works",
])
def test_pronoun_after_a_named_product_near_misses(checker, text):
    assert not sentence_findings(checker, text), [(f.rule, f.text) for f in sentence_findings(checker, text)]
