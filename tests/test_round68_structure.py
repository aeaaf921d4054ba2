"""Document structure, audit round 68 (helper a83): lists under a lead-in line, and inline HTML code.

A list takes the stance of the line that leads into it: under a hedging lead-in ("Some users report:") its items are
hedged, under an attributing one ("Sellers claim:") held at a distance, under a lead-in or heading that names myths
("Myths:", "## Common misconceptions") or denies the claims it lists ("Claims we can't support:") denied
(annotate._lead_in_list_cues). Near misses that must still flag: a benefits lead-in, a testimonial lead-in, a
negated lead-in that names no claims ("No more sleepless nights:"), "Myths and facts:", the writer's own advice
("the pairings we suggest for beginners:"), the paragraph after the list, a "Fact:" item under a myths heading, a
loose list's later items. Inline HTML code in Markdown ('<code>kava cures anxiety</code>') is code, not copy
(sources._InlineWalker). Every finding's line and column point at the claim inside the list item.

All sentences are written for these tests."""
import pytest

import claimcheck
from claimcheck.annotate import opens_list_item, sentence_starts
from claimcheck.engine import default_checker

WARNED = "Kava has been linked to rare liver injury.\n\n"


def _sentence_rules(text, path="post.md"):
    return {f.rule for f in claimcheck.check_text(text, path=path) if f.scope == "sentence"}


PASS = [
    # hedging lead-ins
    "Some users report:\n\n- it cures insomnia\n- it has no side effects\n",
    "Early studies suggest it:\n\n1. eliminates anxiety\n2. cures insomnia\n",
    "Some people find that kava:\n* cures their insomnia\n* ends their panic attacks\n",
    # attributing lead-ins
    "Sellers claim:\n\n- kava cures anxiety\n- it is 100% safe\n",
    "What vendors claim:\n\n- Kava is completely safe\n  - and it cures anxiety\n",
    # myth lead-ins and headings
    "Myths:\n\n- Kratom cures opioid addiction\n- Kava has no side effects\n",
    "Common kava misconceptions:\n\n- kava cures depression\n- kava is non-addictive\n",
    "## Common myths\n\n- Kava has no side effects\n- Kratom cures depression\n",
    "## Five kava myths\n\n1. Kava cures anxiety\n2. Kava is completely safe\n",
    # denied claims
    "Claims we can't support:\n\n- cures anxiety\n- completely safe\n",
    "Things we don't claim:\n\n1. kava cures anxiety\n2. kava has no side effects\n",
    "Promises we will never make:\n\n- kava cures insomnia\n",
    # inline HTML code in Markdown
    "Tag posts with <code>kava cures anxiety</code> in the CMS.\n",
    "The field reads <code>no side effects</code> by default.\n",
]


@pytest.mark.parametrize("body", PASS)
@pytest.mark.parametrize("path", ["post.md", "post.txt"])
def test_list_under_a_distancing_lead_in_passes(body, path):
    if path == "post.txt" and "<code>" in body:
        pytest.skip("plain text has no HTML")
    assert not _sentence_rules(WARNED + body, path) & {
        "efficacy/cure-claim", "efficacy/disease-treatment", "efficacy/cures-anything",
        "safety/no-side-effects", "safety/absolute-safety", "safety/non-addictive"}, body


FLAG = [
    ("Why customers love it:\n\n- kratom cures opioid addiction\n", "efficacy/cure-claim"),
    ("Why customers love it:\n\n- kava has no side effects\n", "safety/no-side-effects"),
    ("No more sleepless nights:\n\n- Kava cures insomnia\n", "efficacy/cure-claim"),
    ('Our customers say it best:\n\n- "Kava cured my anxiety!"\n', "efficacy/cure-claim"),
    ("Myths and facts:\n\n- Kratom cures opioid addiction\n", "efficacy/cure-claim"),
    ("Here are the pairings we suggest for beginners:\n\n- Kava cures anxiety\n", "efficacy/cure-claim"),
    ("Some users report:\n\n- it eases pain\n\nKava cures insomnia.\n", "efficacy/cure-claim"),
    ("Myths:\n\n- Kava cures anxiety\n\n## Kava cures insomnia\n", "efficacy/cure-claim"),
    ("Sellers claim:\n\n- kava calms you\n\nKava is completely safe.\n", "safety/absolute-safety"),
    ("## Kava myths\n\n- Myth: kava cures depression.\n- Fact: kava cures anxiety.\n", "efficacy/cure-claim"),
    ("Myths:\n\n- Kava calms you\n\n- Kava has no side effects\n", "safety/no-side-effects"),  # a loose list
    ("Tag posts with <code>tea</code>, as kava cures anxiety.\n", "efficacy/cure-claim"),
    ("Kava <em>cures</em> anxiety.\n", "efficacy/cure-claim"),
]


@pytest.mark.parametrize("body, rule", FLAG)
def test_list_under_a_plain_lead_in_still_flags(body, rule):
    assert rule in _sentence_rules(WARNED + body), body


def test_finding_in_a_list_item_points_at_the_item():
    text = WARNED + "Why customers love it:\n\n- kratom cures opioid addiction\n"
    findings = [f for f in claimcheck.check_text(text, path="post.md") if f.rule == "efficacy/cure-claim"]
    assert len(findings) == 1
    finding = findings[0]
    assert (finding.line, finding.column) == (5, 3)
    assert text[finding.start:finding.end] == finding.text


def _items(text, path):
    checker = default_checker()
    from claimcheck import segment
    from claimcheck.sources import make_source
    doc = checker.nlp(checker._make_doc(segment.join_wrapped_lines(make_source(text, path, None).prose)))
    return [opens_list_item(doc, start) for start in sentence_starts(doc)
            if any(not t.is_space for t in doc[start:start + 3])]


@pytest.mark.parametrize("path", ["a.md", "a.txt"])
def test_opens_list_item(path):
    text = "Key benefits:\n\n- cures insomnia\n- ends anxiety\n\nA paragraph follows.\n"
    assert _items(text, path) == [False, True, True, False]


REFERENCES = WARNED + (
    "## References\n\n"
    "- Park, H. (2018). Kava extract eliminates anxiety in adults: a pilot trial. Planta Med, 84, 1-8.\n"
    "- Park H (2019). Kava cures insomnia: a case series. Phytomedicine 12:3-9.\n"
    "- Nguyen, T. H., & Lee, K. (2021). Kava has no side effects at low doses. Phytother Res, 35, 1-9.\n")


@pytest.mark.parametrize("path", ["refs.md", "refs.txt"])
def test_author_year_reference_entries_claim_nothing(path):
    assert not _sentence_rules(REFERENCES, path)


@pytest.mark.parametrize("sentence", [
    "Park, H. (2018) showed that kava cures anxiety.",
    "Kim J. (2020) proved kava cures insomnia.",
])
def test_a_citation_in_prose_still_claims(sentence):
    assert "efficacy/cure-claim" in _sentence_rules(WARNED + sentence + "\n")


# A benefits label line over a list without the product in its items ("Key benefits:" then "- cures insomnia"): the
# items are the product's claims in Markdown, where masking blanks the marker, as in plain text (phrase._list_item).
LABELLED = [
    ("Our kava drops\n\nTop benefits:\n\n- cures insomnia\n- ends panic attacks for good\n", "efficacy/cure-claim"),
    ("Ashwagandha gummies\n\nKey benefits:\n\n1. eliminates anxiety\n2. lowers cortisol\n", "efficacy/disease-treatment"),
    ("Our kratom capsules\n\nMain benefits:\n* relieves chronic pain\n* restores deep sleep\n", "efficacy/disease-treatment"),
]


@pytest.mark.parametrize("body, rule", LABELLED)
@pytest.mark.parametrize("path", ["label.md", "label.txt"])
def test_items_under_a_benefits_label_are_the_products_claims(body, rule, path):
    assert rule in _sentence_rules(WARNED + body, path), body


@pytest.mark.parametrize("body", [
    "Our kava drops\n\nTasting notes:\n\n- earthy\n- peppery, with a numbing finish\n",
    "Our kava drops\n\nKey benefits:\n\nWe never claim our drops cure insomnia.\n",
    "Our kava drops\n\nSome users report:\n\n- it cures insomnia\n",
])
def test_items_under_other_lead_ins_are_no_benefit_claims(body):
    assert not _sentence_rules(WARNED + body, "label.md") & {"efficacy/cure-claim", "efficacy/disease-treatment"}, body
