"""Round 74: first-person and community voices that are not overstated — forum posts, recovery stories, balanced
reviews, replies that correct a myth — pass; the same substances stated as cures, denials of risk or recoveries
credited to the product keep flagging.

Classes fixed here:
- a recovery story that credits treatment, a program, a drug or the people around the writer ("I tried kratom once.
  Treatment saved my life.", "Methadone got me off opioids, and …", "…, but NA keeps me clean"): the subject before
  "saved my life", "kept me clean" is not the product (efficacy/recovery-testimony `practice_subjects` and
  `not_said_of: {clause_subject}`);
- a degree or doubt said after a comma as the sentence's last words ("…, at least a little.", "…, to some degree.",
  "…, kind of.", "…, I think."): rules/context.yaml `trailing_cues`;
- a benefit that did not last or held only some nights ("helped with the pain at first", "on some nights"): the
  backward hedges of "sometimes", "some days";
- the writer's own trial up to now ("No side effects so far", "no side effects yet"): safety/no-side-effects
  `except_patterns` (not "no side effects so far reported", "yet discovered": a record of reports);
- a reported claim the writer then doubts or answers ("I don't think it did.", "…, but CBD hasn't been shown to cure
  arthritis."): rebuttal cues.

All sentences are written for these tests."""
import pytest

KRATOM = "Kratom can cause dependence and withdrawal, and the FDA has warned against it."
KAVA = "Kava has been linked to liver damage."


def _fired(checker, text: str) -> set[str]:
    return {f.rule for f in checker.check_text(text, path="post.md") if f.scope == "sentence"}


PASSING = [
    # recovery credited to treatment, a program, a drug or people
    f"I tried kratom once in early recovery. Treatment saved my life. {KRATOM}",
    f"I dabbled with kratom, but I don't recommend it. Suboxone saved my life. {KRATOM}",
    f"I used kratom for a year. Buprenorphine got me clean. {KRATOM}",
    f"Someone at a meeting pushed kratom on me. Narcotics Anonymous keeps me clean. {KRATOM}",
    f"I tried kava after rehab. Rehab and my family got me sober, not a root drink. {KAVA}",
    f"Methadone got me off heroin years ago, and I thought kratom was harmless, but it hooked me too. {KRATOM}",
    f"I used kratom for a while, but NA keeps me clean these days. {KRATOM}",
    f"I stayed away from kratom. My counselor kept me sober through the worst of it. {KRATOM}",
    # degree and doubt after a comma
    f"Kava helps me with social anxiety at parties, at least a little. {KAVA}",
    "Ashwagandha eased my exam stress, to some degree. It also gave me heartburn.",
    "Turmeric lattes help my joint stiffness, kind of. Hard to tell with everything else I changed.",
    "Lion's mane sharpens my focus, I think. Could be the extra sleep.",
    "CBD takes the edge off my back pain on most evenings, at least somewhat.",
    # a benefit that faded or came some nights only
    f"I used kratom for back pain. It helped with the pain at first, but I needed more and more of it. {KRATOM}",
    "Valerian helped my insomnia on some nights. It smells awful.",
    "Ashwagandha calmed my anxiety early on, then it stopped doing anything.",
    "Valerian helped me sleep for the first week, then it stopped doing much.",
    # the writer's own trial up to now
    f"Been drinking kava a few nights a week. No side effects so far for me, other than the numb mouth. {KAVA}",
    "Two weeks into ashwagandha with zero side effects so far, but I'm watching my thyroid levels.",
    "So far, no side effects from the CBD gummies, knock on wood.",
    "Reishi capsules, day ten: no side effects yet, and no benefits either.",
    # a reported claim doubted or answered
    "My grandmother swore turmeric milk fixed every cold she ever had. I don't think it cured anything.",
    "My neighbor says kava cures anxiety. I don't think it does.",
    "Replying to the guy who said CBD cured his arthritis: glad you feel better, but CBD hasn't been shown to cure "
    "arthritis.",
    "Someone in my group said reishi cured her cancer, but reishi has not been proven to treat cancer.",
    # balanced posts that already passed stay passing
    f"Day 6 off kratom. The withdrawal has been rough, but my doctor's taper is helping. {KRATOM}",
    "Has anyone used CBD oil for back pain? My sister says it works for her but I'm skeptical.",
    "Pharmacist here. St. John's wort interacts with many medicines, including birth control and antidepressants.",
]

FLAGGED = [
    # the product credited, or the cure stated as fact
    (f"I tried everything. Kratom saved my life. {KRATOM}", "efficacy/recovery-testimony"),
    (f"I tried kratom. It saved my life. {KRATOM}", "efficacy/recovery-testimony"),
    (f"Treatment failed me, but kratom kept me clean. {KRATOM}", "efficacy/recovery-testimony"),
    (f"My dad quit oxycodone with the help of kratom. {KRATOM}", "efficacy/recovery-testimony"),
    ("Kratom cured my anxiety and my back pain in a week.", "efficacy/cure-claim"),
    ("Kava cures anxiety, at least for now.", "efficacy/cure-claim"),
    ("Kava cures anxiety, I'm sure.", "efficacy/cure-claim"),
    ("Kava helps with anxiety, at least a little, and it cures insomnia.", "efficacy/disease-treatment"),
    ("Kava calms anxiety at first sip.", "efficacy/disease-treatment"),
    ("Kratom helps with pain.", "efficacy/disease-treatment"),
    # a denial of side effects that is a property or a record of reports
    ("Kava has no side effects.", "safety/no-side-effects"),
    ("Our kava has no side effects so far reported.", "safety/no-side-effects"),
    ("Kava has no side effects yet discovered.", "safety/no-side-effects"),
    ("No side effects so far in thousands of users of our kratom.", "safety/no-side-effects"),
    ("Kava has no side effects, so far as anyone knows.", "safety/no-side-effects"),
    # a report not answered, or answered with agreement
    ("My neighbor says kava cures anxiety. I don't think anything else comes close.", "efficacy/cure-claim"),
    ("Kava cures anxiety; it has been shown to in trials.", "efficacy/cure-claim"),
]


@pytest.mark.parametrize("text", PASSING)
def test_personal_and_community_posts_pass(checker, text):
    assert not _fired(checker, text)


@pytest.mark.parametrize("text, rule", FLAGGED)
def test_overstated_claims_still_flag(checker, text, rule):
    assert rule in _fired(checker, text)
