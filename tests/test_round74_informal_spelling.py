"""Texting spellings and safety phrasing variants, audit round 74 (theme: informal spelling).

Comments, reviews and social posts write "u", "ur", "ppl", "side fx", "yrs", "w/" and contractions without the
apostrophe ("cant", "wont", "doesnt"). The tokenizer gives a texting spelling the NORM of the word it stands for
(`tokenizer.TEXTING_NORMS`), phrases match on NORM, and the token patterns of safety/no-side-effects, non-addictive
and absolute-safety read their negation on NORM ("nt" from "wont" is "not") and "u"/"ur" beside "you"/"your". "its"
is left alone: it is mostly the possessive ("its leaves", "its liver effects").

Safety phrasing: "is safe and non-toxic" (a coordinated "non-toxic", as "is non-toxic" alone), praise of a product's
safety record or profile ("an excellent safety record"), and "your liver will be fine". Plain "Kratom is safe." and
a bare "safe" passes by project decision; "safe to use every day" / "safe for daily use" now flag (safety/regular-use-safe,
tests/test_round74_safe_regular_use.py).

All texts are written for these tests."""
import pytest

import claimcheck


def _rules(text):
    return {f.rule for f in claimcheck.check_text(text, path="post.md") if f.scope == "sentence"}


FLAGGED = [
    ("kava = anxiety relief w/ no side fx", "safety/no-side-effects"),
    ("this kava has zero side fx", "safety/no-side-effects"),
    ("honestly kratom doesnt have any side fx lol", "safety/no-side-effects"),
    ("my ashwagandha gummies have no side fx whatsoever", "safety/no-side-effects"),
    ("u wont get any side effects from our valerian", "safety/no-side-effects"),
    ("kratom cant hurt u its just a leaf", "safety/absolute-safety"),
    ("kava wont damage ur liver", "safety/absolute-safety"),
    ("kratom wont hurt u its natural", "safety/absolute-safety"),
    ("kava cant hurt ur body", "safety/absolute-safety"),
    ("kratom cant harm u", "safety/absolute-safety"),
    ("kratom dont cause withdrawal", "safety/absolute-safety"),
    ("kava doesnt cause liver damage", "safety/absolute-safety"),
    ("ur liver will be fine with kava trust me", "safety/absolute-safety"),
    ("Your kidneys will be totally fine on our kratom.", "safety/absolute-safety"),
    ("u dont need to worry about side effects w/ this kava", "safety/absolute-safety"),
    ("Kava is safe and non-toxic.", "safety/absolute-safety"),
    ("Kava from noble cultivars is safe and non-toxic.", "safety/absolute-safety"),
    ("Our kratom is natural, pure and non toxic.", "safety/absolute-safety"),
    ("kava is safe n non toxic", "safety/absolute-safety"),
    ("Kratom has a great safety profile.", "safety/absolute-safety"),
    ("Kava has an excellent safety record.", "safety/absolute-safety"),
    ("Our ashwagandha has an outstanding safety profile.", "safety/absolute-safety"),
    ("kratom isnt addictive", "safety/non-addictive"),
    ("kratom aint addictive", "safety/non-addictive"),
    ("u cant get addicted to kratom", "safety/non-addictive"),
    ("kratom wont leave u dependent", "safety/non-addictive"),
    ("kava cant addict u", "safety/non-addictive"),
    ("been drinking kava for 10 yrs w/ no problems", "safety/tradition-safety-record"),
]

PASSING = [
    "Kava root is ground, and its leaves are chewed in some places.",
    "its liver effects are still debated for kava",
    "kratom and its alkaloids can cause dependence",
    "Kratom is safe.",
    "Our kava comes in safe and non-toxic packaging.",
    "The packaging is safe and non-toxic.",
    "The site is safe to use every day.",
    "Kava is not safe and non-toxic, despite what sellers say.",
    "Is kava safe and non-toxic?",
    "Sellers claim kava is safe and non-toxic, but liver injury has been reported.",
    "Is kratom safe to use every day?",
    "Regulators reviewed its safety record.",
    "The FDA reviewed kratom's safety record and found problems.",
    "Kava does not have a great safety profile.",
    "Does kava have an excellent safety record?",
    "Kratom has a poor safety record.",
    "The kava bar has a great safety record.",
    "Our kratom farm has a spotless safety record.",
    "Researchers found kava had a good safety profile in an 8-week trial.",
    "Critics say kratom has a great safety record, but poison centers disagree.",
    "Is ur liver going to be fine with kava?",
    "Check that your liver is fine before you start kava.",
    "u can get hooked on kratom",
    "u can get addicted to kratom, it isnt harmless",
    "kratom can hurt ur liver",
    "kava can damage ur liver so be careful",
    "kava is not safe for ur liver",
    "kratom isnt safe, u can get hooked",
    "kava wont fix ur anxiety overnight",
    "i wont lie, kratom can be addictive",
    "u wont believe how calm kava makes u",
    "dont believe anyone who says kratom has no side fx",
    "kava isnt risk free",
    "the kava shop wont hurt ur wallet",
    "kava w/ coconut milk tastes great",
    "Kava cant cause liver damage? Wrong, it can.",
]


@pytest.mark.parametrize("text,rule", FLAGGED)
def test_flagged(text, rule):
    assert rule in _rules(text)


@pytest.mark.parametrize("text", PASSING)
def test_passing(text):
    assert not _rules(text)


def test_texting_spellings_take_the_norm_of_their_word():
    doc = claimcheck.engine.default_checker().nlp.make_doc("no side fx, u cant hurt ur liver w/ it. The BC coast. its root")
    norms = {token.text: token.norm_ for token in doc}
    effects = claimcheck.engine.default_checker().nlp.make_doc("effects")[0].norm_
    assert norms["fx"] == effects
    assert (norms["u"], norms["ur"], norms["w/"], norms["nt"]) == ("you", "your", "with", "not")
    assert norms["BC"] == "bc" and norms["its"] == "its"
