"""What counts as the condition a claim treats, audit round 147.

- A body system enabled to recover or bounce back is repaired (efficacy/cure-claim): "Ashwagandha will help your
  thyroid recover", "helps your immune system bounce back", "helped my thyroid heal" (a past "helped" enables too).
- A spell of the condition is the condition helped (efficacy/disease-treatment): "helped me through a terrible bout
  of depression", "a flare of arthritis", "a nasty case of eczema".
- What a pain or a craving is of or for may be no condition (help_frames.not_of): "the pain of losing my dog",
  "the pain of my divorce", "cravings for sweets" (cravings alone, or for alcohol, still flag).
- A substance that is the topic of another subject is not the helper: "Talking to my doctor about kava helped my
  anxiety", "Learning about CBD cured my insomnia" ("Drinking kava helped my anxiety" still flags).
- "gone" is matched by its lemma, which "went", "go" share: a condition that went up, on or through the roof has not
  gone (efficacy/symptom-gone: "my pain tolerance went up").

All sentences are written for these tests."""
import pytest


def _fired(checker, text: str, path: str = "page.md") -> set[str]:
    return {f.rule for f in checker.check_text(text, path=path) if f.scope == "sentence"}


FLAGGED = [
    ("Ashwagandha will help your thyroid recover.", "efficacy/cure-claim"),
    ("Our reishi extract helps your immune system bounce back.", "efficacy/cure-claim"),
    ("Ashwagandha helped my thyroid heal.", "efficacy/cure-claim"),
    ("Milk thistle helps your liver regenerate.", "efficacy/cure-claim"),
    ("Taking ashwagandha cured my insomnia.", "efficacy/cure-claim"),
    ("Using CBD oil cured my migraines.", "efficacy/cure-claim"),
    ("Kratom helped me recover from opioid addiction.", "efficacy/cure-claim"),
    ("Ashwagandha helped me through a terrible bout of depression.", "efficacy/disease-treatment"),
    ("Turmeric helped me through a flare of arthritis.", "efficacy/disease-treatment"),
    ("Echinacea helped me through a round of bronchitis.", "efficacy/disease-treatment"),
    ("Turmeric helped me through a nasty case of arthritis.", "efficacy/disease-treatment"),
    ("Kratom helps people with chronic pain.", "efficacy/disease-treatment"),
    ("Kava helped me with my insomnia.", "efficacy/disease-treatment"),
    ("Reishi helps your body fight cancer.", "efficacy/disease-treatment"),
    ("Drinking kava helped my anxiety.", "efficacy/disease-treatment"),
    ("Chewing kratom leaves helped my back pain.", "efficacy/disease-treatment"),
    ("Kava helped me with the pain of arthritis.", "efficacy/disease-treatment"),
    ("CBD helped with cravings for alcohol.", "efficacy/disease-treatment"),
    ("Kratom helps with cravings during opioid withdrawal.", "efficacy/disease-treatment"),
    ("Kratom made my back pain go away.", "efficacy/symptom-gone"),
    ("Since starting turmeric my arthritis pain is gone.", "efficacy/symptom-gone"),
    ("My back pain has really gone down since I started kratom.", "efficacy/symptom-gone"),
]

PASSED = [
    "Does ashwagandha help your thyroid recover?",
    "Ashwagandha may help some people, but it will not help your thyroid recover.",
    "Your thyroid can recover after surgery with proper medical care.",
    "Our team will help your business recover.",
    "The market helped the stock bounce back.",
    "Sleep helped my thyroid recover.",
    "Kava helps you recover from a long day.",
    "People who stop kratom usually recover within a week.",
    "Most people recover from the flu without elderberry.",
    "Some users say kava helped them through a bout of anxiety, but evidence is weak.",
    "Kava helped me through a bout of bad weather.",
    "Kratom helped me through a round of interviews.",
    "Exercise helped me through a bout of depression.",
    "Kava helped me with the pain of losing my dog.",
    "Reishi helped me through the pain of my divorce.",
    "Kava eases the pain of losing a loved one.",
    "Kava helped me through a period of grief.",
    "Our kratom helps you with cravings for sweets.",
    "Chromium helps with cravings for carbs and sugar.",
    "Talking to my doctor about kava helped my anxiety.",
    "Reading about reishi helped my depression.",
    "Learning about CBD cured my insomnia.",
    "Talking to my therapist helped my anxiety.",
    "Kratom helped my pain tolerance go up.",
    "My pain tolerance went up after kratom.",
    "My anxiety went up after drinking kava.",
    "Kava made my anxiety go through the roof.",
    "My insomnia went on for weeks even with valerian.",
    "My anxiety is going to take time to settle, kava or not.",
]


@pytest.mark.parametrize("text,rule", FLAGGED)
def test_condition_claim_flags(checker, text, rule):
    assert rule in _fired(checker, text), text


@pytest.mark.parametrize("text", PASSED)
def test_condition_near_miss_passes(checker, text):
    assert not {r for r in _fired(checker, text) if r.startswith("efficacy/")}, text
