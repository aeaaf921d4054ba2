"""Sentence segmentation on tricky plain text: headings and list items without final
periods, paragraphs, hard-wrapped lines, abbreviations, decimals, quotes, ellipses,
emoji, CRLF line endings and URLs. Every case is written for these tests.

Each case gives the text and the sentences expected, compared after stripping the
surrounding whitespace (line breaks belong to the sentence they end).
"""
from __future__ import annotations

import pytest

from claimcheck.engine import build_nlp


@pytest.fixture(scope="module")
def nlp():
    return build_nlp()  # segmentation needs no rules or knowledge base


def sentences(nlp, text: str) -> list[str]:
    return [s.text.strip() for s in nlp(text).sents if s.text.strip()]


CASES = [
    # headings and list items without final punctuation
    ("heading-then-sentence", "# Kava basics\nKava is a root drink.", ["# Kava basics", "Kava is a root drink."]),
    ("heading-then-lowercase", "# Our turmeric\ncures nothing at all", ["# Our turmeric", "cures nothing at all"]),
    ("title-line-then-sentence", "Why Valerian Helps\nMost people sleep a little sooner.",
     ["Why Valerian Helps", "Most people sleep a little sooner."]),
    ("dash-bullets", "Benefits:\n- a calmer mood\n- easier sleep\n- fewer jitters",
     ["Benefits:", "- a calmer mood", "- easier sleep", "- fewer jitters"]),
    ("star-bullets-after-colon", "You will need:\n* one coconut shell\n* cold water",
     ["You will need:", "* one coconut shell", "* cold water"]),
    ("bullet-symbol", "Pack list\n• ginger chews\n• peppermint tea", ["Pack list", "• ginger chews", "• peppermint tea"]),
    ("numbered-list", "Steps\n1. Boil the water\n2. Add the root\n3. Strain into a cup",
     ["Steps", "1. Boil the water", "2. Add the root", "3. Strain into a cup"]),
    ("numbered-paren-list", "Options:\n1) chamomile\n2) lemon balm", ["Options:", "1) chamomile", "2) lemon balm"]),
    ("wrapped-bullet", "- Kava is made from the ground root\n  of a pepper-family shrub\n- It numbs the tongue",
     ["- Kava is made from the ground root\n  of a pepper-family shrub", "- It numbs the tongue"]),
    # paragraphs and hard wraps
    ("paragraphs-without-periods", "The first paragraph ends without a period\n\nThe second one does.",
     ["The first paragraph ends without a period", "The second one does."]),
    ("hard-wrap-lowercase", "Kava is made from the root\nof a Pacific shrub and is\nserved in coconut shells.",
     ["Kava is made from the root\nof a Pacific shrub and is\nserved in coconut shells."]),
    ("hard-wrap-before-proper-noun", "The drink comes from islands such as\nVanuatu and Fiji, where it is shared.",
     ["The drink comes from islands such as\nVanuatu and Fiji, where it is shared."]),
    ("hard-wrap-after-comma", "Our tea includes chamomile,\nGinger and a little lemon peel.",
     ["Our tea includes chamomile,\nGinger and a little lemon peel."]),
    ("line-ending-period", "Elderberry syrup is sweet.\nRaw berries are not safe to eat.",
     ["Elderberry syrup is sweet.", "Raw berries are not safe to eat."]),
    # abbreviations
    ("doctor", "Dr. Okafor suggests a low dose.", ["Dr. Okafor suggests a low dose."]),
    ("us-mid-sentence", "It is grown in the U.S. by small farms.", ["It is grown in the U.S. by small farms."]),
    ("uk-and-us", "The U.K. and the U.S. both regulate it.", ["The U.K. and the U.S. both regulate it."]),
    ("eg", "Mild herbs, e.g. chamomile, suit beginners.", ["Mild herbs, e.g. chamomile, suit beginners."]),
    ("ie", "Pick one calming herb, i.e. valerian, for the evening.",
     ["Pick one calming herb, i.e. valerian, for the evening."]),
    ("approx", "Each scoop is approx. 2 grams of powder.", ["Each scoop is approx. 2 grams of powder."]),
    ("fig", "See Fig. 3 for the harvest calendar.", ["See Fig. 3 for the harvest calendar."]),
    ("vs", "Green tea vs. yerba mate: which has more caffeine?",
     ["Green tea vs. yerba mate: which has more caffeine?"]),
    ("st-johns-wort", "St. John's wort blooms in midsummer. It has yellow petals.",
     ["St. John's wort blooms in midsummer.", "It has yellow petals."]),
    ("et-al", "Lindqvist et al. found small effects on fatigue.", ["Lindqvist et al. found small effects on fatigue."]),
    ("mount", "We picked nettles near Mt. Hood last spring.", ["We picked nettles near Mt. Hood last spring."]),
    ("phd", "Maria Costa, Ph.D., studies adaptogens.", ["Maria Costa, Ph.D., studies adaptogens."]),
    ("number-abbreviation", "Try the No. 7 blend after dinner.", ["Try the No. 7 blend after dinner."]),
    # numbers
    ("decimal-mg", "The capsule holds 3.5 mg of melatonin.", ["The capsule holds 3.5 mg of melatonin."]),
    ("decimal-then-sentence", "Take 1.5 g daily. Stop if you feel sick.", ["Take 1.5 g daily.", "Stop if you feel sick."]),
    ("percent", "Hemp must contain under 0.3% THC by dry weight.", ["Hemp must contain under 0.3% THC by dry weight."]),
    # quotes, brackets, ellipses, emoji
    ("quote-with-period", "She told us, \u201cIt helped me sleep.\u201d Then she ordered more.",
     ["She told us, \u201cIt helped me sleep.\u201d", "Then she ordered more."]),
    ("question-inside-quote", "He asked \"Is it safe?\" and nobody answered.",
     ["He asked \"Is it safe?\" and nobody answered."]),
    ("exclamation-in-parentheses", "Kava (a root, not a mushroom!) is mildly numbing.",
     ["Kava (a root, not a mushroom!) is mildly numbing."]),
    ("ellipsis-mid-sentence", "The calm fades\u2026 slowly, over a few hours.",
     ["The calm fades\u2026 slowly, over a few hours."]),
    ("ellipsis-then-capital", "I gave it two weeks... Nothing changed.", ["I gave it two weeks...", "Nothing changed."]),
    ("emoji-between-sentences", "Best brew ever! \U0001F375 Try it tonight.", ["Best brew ever! \U0001F375", "Try it tonight."]),
    ("emoji-line", "Evening ritual \U0001F319\nA warm cup of chamomile.", ["Evening ritual \U0001F319", "A warm cup of chamomile."]),
    # questions, URLs, line endings
    ("question-answer", "Is kava addictive? Rarely, at usual doses.", ["Is kava addictive?", "Rarely, at usual doses."]),
    ("url-with-dots", "Read more at www.example.org/herbs/kava.html before buying.",
     ["Read more at www.example.org/herbs/kava.html before buying."]),
    ("https-url", "Visit https://nccih.nih.gov/health/kava for the fact sheet.",
     ["Visit https://nccih.nih.gov/health/kava for the fact sheet."]),
    ("crlf-lines", "Line one ends here.\r\nLine two ends too.\r\n\r\nA new paragraph without a period",
     ["Line one ends here.", "Line two ends too.", "A new paragraph without a period"]),
    ("crlf-hard-wrap", "A long sentence about maca that\r\nwraps onto a second line.",
     ["A long sentence about maca that\r\nwraps onto a second line."]),
    ("crlf-bullets", "Avoid if you are:\r\n- pregnant\r\n- on blood thinners",
     ["Avoid if you are:", "- pregnant", "- on blood thinners"]),
]


@pytest.mark.parametrize("text, expected", [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_segmentation(nlp, text, expected):
    assert sentences(nlp, text) == expected


def test_sentences_cover_the_text(nlp):
    text = "Intro line\n\n- item one\n- item two\n\nA closing sentence. Another one!"
    doc = nlp(text)
    assert "".join(s.text_with_ws for s in doc.sents) == text


@pytest.mark.parametrize("text", [
    "Hello there! “Is it?” he asked. Wow!! Fine... (Yes.) Next one?! Done.",
    "One. Two? Three! 'Four.' \"Five?\" [Six.] Seven",
    "Approx. 3.5 g daily, e.g. in tea; see Fig. 2 vs. the U.S. data. Then stop.",
    "No punctuation at all",
    "?!",
    "Ends with quote.”\n\nNew paragraph starts here. And continues。Here",
])
def test_sentence_punctuation_matches_spacys_sentencizer(text):
    import spacy

    from claimcheck import segment

    reference = spacy.blank("en")
    segment.add_abbreviations(reference)
    reference.add_pipe("sentencizer")
    ours = spacy.blank("en")
    segment.add_abbreviations(ours)
    ours.add_pipe("sentence_punctuation")
    assert [t.is_sent_start for t in ours(text)] == [t.is_sent_start for t in reference(text)]


# Audit 26: an opening quote after a sentence's end opens the next sentence (the sentencizer leaves it with the
# one before); a closing quote, or a quote with a space after it, stays where it was.
@pytest.mark.parametrize("text, sentences", [
    ('Kava is popular. "Cures anxiety" is a red flag.', ["Kava is popular.", '"Cures anxiety" is a red flag.']),
    ("Kava is great. “Kava cures it,” he said.", ["Kava is great.", "“Kava cures it,” he said."]),
    ("It helps! 'Miracle root' is what they call it.", ["It helps!", "'Miracle root' is what they call it."]),
    ('He said "stop." Then he left.', ['He said "stop."', "Then he left."]),
    ('Done. " Spaced quote." Next.', ['Done. "', 'Spaced quote."', "Next."]),
    # the "#" of a hashtag and the "@" of a handle open the next sentence too; a "#" with a space after it does not
    ("Great night. #sleepwell", ["Great night.", "#sleepwell"]),
    ("We loved it! #kava #wellness", ["We loved it!", "#kava #wellness"]),
    ("Try it. @kavahouse has it.", ["Try it.", "@kavahouse has it."]),
    ("It works. # of users: 5", ["It works. #", "of users: 5"]),
])
def test_opening_quote_starts_the_next_sentence(nlp, text, sentences):
    doc = nlp(text)
    assert [s.text.strip() for s in doc.sents] == sentences


# Hard wraps: a line break the segmenter keeps inside a sentence reads as a space for the tokenizer
# (same length, so offsets hold); breaks that may end a sentence stay. Near misses: a heading line, a
# list item, a line ending in a full stop, and a capital after a line that could end a sentence.
@pytest.mark.parametrize("prose, expected", [
    ("the FDA has not\napproved it", "the FDA has not approved it"),
    ("linked to liver\ndamage, and to\nnausea.", "linked to liver damage, and to nausea."),
    ("# Kava\nKava is a root.", "# Kava\nKava is a root."),
    ("We sell:\n- kava\n- kratom", "We sell:\n- kava\n- kratom"),
    ("Kava is a root.\nIt is served cold.", "Kava is a root.\nIt is served cold."),
    ("Kava is a root\nKratom is a leaf", "Kava is a root\nKratom is a leaf"),
    ("Kava is a root\n\ndrink", "Kava is a root\n\ndrink"),
])
def test_join_wrapped_lines(prose, expected):
    from claimcheck.segment import join_wrapped_lines
    assert join_wrapped_lines(prose) == expected


def test_a_sentence_rule_matches_across_a_hard_wrap(checker):
    findings = [f for f in checker.check_text("Kava is completely\nsafe for everyone.", path="a.txt")
                if f.rule == "safety/absolute-safety"]
    assert findings and "\n" in findings[0].text  # the reported span is the original text


def test_wraps_are_found_where_the_lookbehind_regex_finds_them():
    import random
    import re

    from claimcheck.segment import _wraps

    wrap = re.compile(r"(?<=\S)\n(?=\S)")
    rng = random.Random(5)
    alphabet = ["a", "B", ".", " ", "\t", "\n", "\n", "\r", "\u2029", "\u00a0", "\u3000", "\v", "—", "1"]
    texts = ["", "\n", "a\nb", "\na", "a\n", "a\n\nb", "a \nb", "a\n b", "a\r\nb", "a\u00a0\nb", "a\n\u2029"]
    texts += ["".join(rng.choice(alphabet) for _ in range(rng.randint(1, 30))) for _ in range(5_000)]
    for text in texts:
        assert _wraps(text) == [match.start() for match in wrap.finditer(text)], repr(text)
