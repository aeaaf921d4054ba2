"""Round 74: customer testimonials on a seller's page are the seller's claims (the FDA treats them so), not reported
speech that a later line answers. A quotation signed with a dash ("— Verified buyer", "- Jess, Ohio"), a star rating, a
"verified buyer" tag or a reviews heading marks a testimonial; only a later sentence about its story answers it (one
that repeats the story's words or speaks of the reviews themselves), not the page's required safety line ("Kratom is
not approved by the FDA."), the supplement boilerplate or a results-may-vary disclaimer. News reports, hearings and
forum threads answered later keep passing, and a testimonial rebutted right after it too.

All sentences are written for these tests."""
import pytest

SAFETY = "Kratom can cause dependence and is not approved by the FDA."
SHOP = "Orders ship within two days. Keep the pouch sealed and dry."


def _fired(checker, text: str) -> set[str]:
    return {f.rule for f in checker.check_text(text, path="page.md") if f.scope == "sentence"}


FLAGGED = [
    (f'⭐⭐⭐⭐⭐ "Smoothest kratom I have bought. My back pain disappeared." — Verified buyer\n\n{SHOP}\n\n{SAFETY}',
     "efficacy/symptom-gone"),
    (f'"This kava wiped out my anxiety." — Carla, NM\n\n{SHOP}\n\nKava has been linked to liver damage. Kava is not '
     f'approved by the FDA to treat anxiety.', "efficacy/disease-treatment"),
    (f'## Reviews\n\n"Kratom cured my lupus." — Owen P.\n\n"Quick delivery." — Bea\n\n{SHOP}\n\nKratom is not approved '
     f'by the FDA.', "efficacy/cure-claim"),
    (f'"Green Malay kratom eliminated my withdrawal in a weekend!" - Nate, Iowa\n\nBrowse the shop.\n\n{SAFETY}',
     "efficacy/disease-treatment"),
    (f'4.9 out of 5: "This kratom cured my chronic pain." — verified customer\n\n{SHOP}\n\n{SAFETY}', "efficacy/cure-claim"),
    (f'"Kratom has no side effects for me at all." — Verified Purchase\n\n{SHOP}\n\n{SAFETY}', "safety/no-side-effects"),
    (f'"Kratom healed my shoulder pain."\n— Irene, Reno\n\n{SHOP}\n\n{SAFETY}', "efficacy/cure-claim"),
    (f'## What our customers say\n\n"Kratom cured my insomnia," Pete wrote.\n\n{SHOP}\n\n{SAFETY}', "efficacy/cure-claim"),
    # a disclaimer is no rebuttal: results may vary, personal experiences, the supplement boilerplate
    (f'"Kratom cured my arthritis." — Verified buyer\n\n*Individual results may vary.* {SAFETY}', "efficacy/cure-claim"),
    (f'"Kratom cured my gout." — Hal\n\nTestimonials reflect personal experiences. Customer reviews have not been '
     f'evaluated by the FDA. {SAFETY}', "efficacy/cure-claim"),
    (f'"Kratom cured my sciatica." — Verified buyer\n\nThese statements have not been evaluated by the Food and Drug '
     f'Administration. This product is not intended to diagnose, treat, cure or prevent any disease. {SAFETY}',
     "efficacy/cure-claim"),
]

PASSING = [
    # answered, about the story: its words, or the reviews themselves
    f'"Kratom cured my arthritis." — Verified buyer\n\n{SHOP}\n\nReviews like these are not evidence. {SAFETY}',
    f'"Kava cured my panic attacks." — Gwen\n\n{SHOP}\n\nThe FDA has not approved kava for panic attacks and no study '
    f'supports that use. Kava has been linked to liver damage.',
    f'"Kratom healed my back pain." — Verified buyer\n\n{SHOP}\n\nNo trial has shown that kratom heals back pain.',
    '"It cured me," one buyer wrote. We cannot confirm claims like this.',
    '"Kratom cured my back pain." — Verified buyer\n\nWe cannot confirm claims like this.',
    # news, hearings, forum threads answered later, as before
    'A caller told the committee, "Kratom cured my addiction." She spoke for ten minutes. The board thanked her.'
    '\n\nThe state toxicologist said there is no evidence kratom treats addiction.',
    'Posted by lana: "Kratom cured my back pain." I have used it a year. Anyone else?\n\nReply from pharm_d: There is '
    'no evidence that kratom treats back pain, and it can cause dependence.',
    '"Kratom cured me" — that was the message at the hearing. Lawmakers listened. The vote was delayed.\n\nThere is no '
    'evidence kratom treats addiction.',
    # hedged, negated, benign testimonials
    '"Kratom may have eased my back pain a little." — Verified buyer',
    '"Kava did not cure my anxiety, but I like the taste." — Carla, NM',
    f'"Fast shipping and friendly service." — Verified buyer\n\n{SAFETY}',
    '"Kava tastes earthy and I like the ritual." — Tom\n\nKava has been linked to liver damage.',
]


@pytest.mark.parametrize("text, rule", FLAGGED)
def test_testimonials_stay_the_sellers_claims(checker, text, rule):
    assert rule in _fired(checker, text)


@pytest.mark.parametrize("text", PASSING)
def test_answers_about_the_story_and_news_reports_pass(checker, text):
    assert not _fired(checker, text)
