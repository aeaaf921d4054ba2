"""Verdicts and tables: a claim judged false where it stands, and Markdown table rows.

A verdict after a claim ("— false.", a "| False |" cell, "Verdict: false." as the next
sentence) denies it; a table's myth column denies its cells, and a claim column set beside a
column of facts holds its cells at a distance. Each table pairs variations with near misses
that reuse the same words. Sentences are written for these tests."""
import pytest

# A verdict that closes its clause, after a lead or a pipe, or opening the next sentence of the paragraph.
VERDICTS_AFTER_THE_CLAIM = [
    "Kratom cures opioid addiction - false.",
    "Turmeric prevents Alzheimer's — not true.",
    "Our kava has no side effects: a myth.",
    "Ginkgo prevents dementia (unproven).",
    "Ashwagandha cures anxiety -- debunked!",
    "Elderberry syrup is guaranteed to stop the flu – wrong.",
    "Kava is a mushroom - incorrect.",
    "Reishi cures cancer | FALSE |",
    "Claim: kava is completely safe. Verdict: false.",
    "“Kratom cures opioid addiction.” False: no trial supports this.",
    "Does valerian cure insomnia for everyone? Not true.",
    "Chaga is a plant.\nWrong: it is a fungus that grows on birch.",
]

# The same words where they give no verdict on the claim, which stays flagged.
NOT_VERDICTS = [
    ("Kava has no side effects — false claims like this are everywhere, but ours is the real thing.", "safety"),
    ("Kratom cures opioid addiction, no evidence needed.", "efficacy"),
    ("Our kratom cures opioid addiction. Wrong dosing is the only risk.", "efficacy"),
    ("Our turmeric cures arthritis.\n\nFalse. That was what I thought, until I tried it.", "efficacy"),
    ("Ashwagandha cures anxiety, unproven as that may sound to skeptics.", "efficacy"),
    ("Our kava is completely safe | True |", "safety"),
    ("Kava is a mushroom, no fake fillers added.", "botanical"),
]


@pytest.mark.parametrize("text", VERDICTS_AFTER_THE_CLAIM)
def test_a_verdict_denies_the_claim_before_it(rules_fired, text):
    assert not rules_fired(text)


@pytest.mark.parametrize(("text", "category"), NOT_VERDICTS)
def test_verdict_words_that_judge_nothing(rules_fired, text, category):
    assert rules_fired(text, category)


def _markdown_findings(checker, text: str) -> list[tuple[int, str]]:
    return [(f.line, f.rule) for f in checker.check_text(text, "page.md") if f.scope != "document"]


# Markdown tables: (table, the (line, rule) findings it should get).
TABLES = [
    # a row reads as one sentence: the name and what the next cells say it is
    ("| Botanical | Type | Part used |\n|---|---|---|\n| Kava | Mushroom | Root |\n| Reishi | Fungus | Fruiting body |\n",
     [(3, "botanical/wrong-kind")]),
    ("| Herb | Part used |\n| :-- | --: |\n| Kava | Leaves |\n", [(3, "botanical/wrong-part")]),
    ("> | Name | Kind |\n> |---|---|\n> | Chaga | Herb |\n", [(3, "botanical/wrong-kind")]),
    # a product table promises what its cells say
    ("| Product | What it does |\n|---|---|\n| Our kava tincture | Cures anxiety |\n", [(3, "efficacy/cure-claim")]),
    # myth columns deny, claim columns beside facts are held at a distance, verdict cells decide
    ("| Myth | Fact |\n|---|---|\n| Kava has no side effects | It has been linked to liver injury |\n"
     "| Reishi is a plant | Reishi is a fungus |\n", []),
    ("| Common misconception | The reality |\n|---|---|\n| Kratom is completely safe | It can cause dependence |\n", []),
    ("| What sellers say | What the evidence says |\n| --- | --- |\n| Kratom cures opioid addiction | No trial shows it |\n", []),
    ("| Claim | Verdict |\n|---|---|\n| Turmeric cures arthritis | False |\n| Kava is completely safe | True |\n",
     [(4, "safety/absolute-safety")]),
    # near misses: a claim heading with no column of facts, a fact heading alone, a myth column's neighbour
    ("| Claim | Price |\n|---|---|\n| Our kava is completely safe | $20 |\n", [(3, "safety/absolute-safety")]),
    ("| Product | Fact |\n|---|---|\n| Our kava | Completely safe for daily use |\n", [(3, "safety/absolute-safety")]),
    ("| Myth | Our view |\n|---|---|\n| Kava is risky | Our kava is completely safe |\n", [(3, "safety/absolute-safety")]),
]


@pytest.mark.parametrize(("text", "expected"), TABLES)
def test_markdown_tables(checker, text, expected):
    assert _markdown_findings(checker, text) == expected


# A pipe ends a clause: in a product title or a table row, a hedge or a negation in one segment does not
# govern the next ("Not for children | Cures anxiety"). Near misses: a hedge or negation inside the segment it
# qualifies, and an attribution rebutted after a pipe.
PIPE_SEGMENTS = [
    ("Not for children | Kava tincture | Cures anxiety", "efficacy"),
    ("Kava Root Powder | May support relaxation | Cures insomnia", "efficacy"),
    ("Kava Root Powder | No fillers | Completely safe", "safety"),
]
PIPE_SEGMENTS_PASSING = [
    "Kava Root Powder | May support relaxation",
    "Kava Root Powder | Not a cure for anxiety",
    "Sellers claim kava cures anxiety | no trial supports this",
]


@pytest.mark.parametrize(("text", "category"), PIPE_SEGMENTS)
def test_a_pipe_ends_a_cue_scope(rules_fired, text, category):
    assert rules_fired(text, category)


@pytest.mark.parametrize("text", PIPE_SEGMENTS_PASSING)
def test_cues_inside_their_own_segment(rules_fired, text):
    assert not rules_fired(text)


# Audit 28: a fact-check sets its claim out under a label in a heading ("## Claim 2: …", "# Fact check: …") and
# gives the verdict in the block under it; the verdict judges the labelled heading across the blank line. Near
# misses: an unlabelled heading, a verdict that is no denial, a label that names no claim.
@pytest.mark.parametrize("text, flagged", [
    ('## Claim 1: "Kava detoxes your liver"\n\n**Rating: False.** Kava has been linked to liver injury.', False),
    ('# Fact check: a post says turmeric "cures arthritis"\n\n**Verdict: False**\n\nNo trial shows it.', False),
    ('## The myth: reishi cures cancer\n\nVerdict: false. No study shows it.', False),
    ('## Kava detoxes your liver\n\n**Rating: False.** Kava has been linked to liver injury.', True),
    ('## Claim 1: turmeric cures arthritis\n\n**Rating: True.** We stand by it.', True),
    ('## Our promise: turmeric cures arthritis\n\n**False** hopes are common.', True),
])
def test_audit28_verdict_under_a_labelled_heading(rules_fired, text, flagged):
    assert bool(rules_fired(text)) == flagged
