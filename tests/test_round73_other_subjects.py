"""Efficacy and safety claims whose subject is something other than the product, audit round 107: a practice
("Meditation works better than Xanax"), a drug ("Ibuprofen is stronger than aspirin"), a food or drink ("Coffee works
better than any pill") or a person ("My doctor is better than any pill") named as the subject before the claim, in a
sentence that names no product, is not credited to the document's topic (`practice_subjects: {before_match: true}`);
the same claims said of the product, by a pronoun or as a bare label line, stay flagged.

All sentences are written for these tests."""
import pytest

LEAD = "Kava is popular.\n\n"


def _fired(checker, text: str) -> set[str]:
    return {f.rule for f in checker.check_text(LEAD + text + "\n", path="page.md") if f.scope == "sentence"}


OTHER_SUBJECTS = [
    'Exercise fights aging better than any pill.',
    'Meditation works better than Xanax for some people.',
    "A good night's sleep cures most bad moods.",
    'Walking every day is clinically proven to lower blood pressure.',
    'Therapy is the best treatment for anxiety.',
    'Ibuprofen reduces inflammation.',
    'Drinking water prevents kidney stones.',
    'Yoga works as well as antidepressants for mild low mood, one trial found.',
    'Breathing exercises are more effective than pills for panic, my therapist says.',
    'Regular sleep beats any sleeping pill.',
    'Cognitive behavioral therapy outperforms sleeping pills over the long run.',
    'Running is better than Prozac for my mood.',
    'Massage is a natural alternative to painkillers for tension headaches.',
    'Tai chi rivals ibuprofen for knee pain in older adults.',
    'Box breathing works just as well as Ativan when I panic.',
    'Journaling is stronger than any antidepressant.',
    'Cold showers are more powerful than coffee at waking you up.',
    'Sunlight is the best medicine.',
    'Exercise cures depression.',
    'Yoga eliminates stress completely.',
    'Meditation is guaranteed to calm your mind.',
    'Therapy is completely safe with no side effects.',
    'Stretching is 100% safe for everyone.',
    'Walking has no side effects.',
    'Sleep heals everything.',
    'Ibuprofen is stronger than aspirin.',
    'SSRIs work better than benzodiazepines over the long term.',
    'Melatonin is completely safe for kids.',
    'Ibuprofen cures headaches.',
    'Coffee works better than any pill for my mornings.',
    'Green vegetables are better than supplements.',
    'Water is more effective than any sports drink.',
    'Coffee is completely safe in moderation.',
    'Green vegetables prevent cancer.',
    'Drinking water cures headaches.',
    'My doctor says nothing works better than Xanax.',
    'Most users found yoga more effective than Prozac.',
    'My doctor is better than any pill.',
    'Some people think meditation replaces medication.',
    'Is kava better than Xanax?',
    'Kava is not better than Xanax.',
    'Kava may not work as well as prescription drugs.',
    'Nothing replaces a good doctor.',
    'Our new website works better than the old one.',
    'Coffee is safe for most adults.',
    'Exercise is safe during pregnancy for most women.',
    'Statins lower cholesterol.',
    'Metformin is safer than insulin for some patients.',
    'Yoga is a miracle for back pain.',
    "Exercise is nature's antidepressant.",
    "Sleep is nature's Prozac.",
    'Laughter is the best medicine.',
    'Walking is completely safe for everyone.',
    'Therapy is non-addictive.',
    'Exercise is 100% safe and natural.',
    'Coffee is a natural alternative to Adderall for some students.',
    'Meditation can replace your anxiety meds, says one author.',
    'Ibuprofen has no serious side effects when used briefly.',
    'Therapy is a safe alternative to sleeping pills.',
    'Breathing exercises guarantee results in days.',
    'Yoga cures insomnia.',
    'Massage instantly relieves anxiety.',
    'Stretching eliminates back pain for good.',
    'Walking boosts your immune system by 50%.',
    'A daily walk reverses diabetes.',
    'Exercise is scientifically proven to reduce anxiety.',
    'Our customers love yoga, which beats any pill.',
    'Exercise works better than drugs for depression in several trials.',
    'Most users say meditation beats medication.',
    'Water has zero side effects.',
    'Sleep has no side effects.',
    'Unlike sleeping pills, a warm bath has no side effects.',
    'Pilates beats painkillers for my lower back.',
    'Acupuncture works as well as morphine for some patients, a small study claimed.',
    'Naproxen is more effective than acetaminophen for cramps.',
    'Cycling has zero side effects and costs nothing.',
    'Fresh air is a natural alternative to sleeping pills.',
    'Counseling is better than medication for many teens.',
    'Warm showers work better than any pill before bed.',
]

PRODUCT_CLAIMS = [
    ('It works better than Xanax.', 'efficacy/drug-equivalence'),
    ('This tea fights aging better than any pill.', 'efficacy/life-extension'),
    ('Our kava is better than Xanax.', 'efficacy/drug-comparison'),
    ('Better than Xanax!', 'efficacy/drug-comparison'),
    ('Kava works better than Xanax for anxiety.', 'efficacy/drug-comparison'),
    ('Kava is as effective as Valium.', 'efficacy/drug-comparison'),
    ('Kava is a natural alternative to benzodiazepines.', 'efficacy/drug-equivalence'),
    ('Our kava drink replaces your anxiety meds.', 'efficacy/drug-comparison'),
    ('Kava cures anxiety.', 'efficacy/cure-claim'),
    ('Kava is completely safe with no side effects.', 'safety/absolute-safety'),
    ('It is 100% safe for everyone.', 'safety/absolute-safety'),
    ('This blend is clinically proven to lower anxiety.', 'efficacy/disease-treatment'),
    ('Kava outperforms SSRIs.', 'efficacy/drug-equivalence'),
    ('Kava with your yoga practice is better than Xanax.', 'efficacy/drug-comparison'),
    ('After yoga, kava works better than any pill.', 'efficacy/drug-comparison'),
    ('Like exercise, kava fights aging better than any pill.', 'efficacy/drug-comparison'),
    ('Skip the pills: kava works better than Xanax.', 'efficacy/drug-substitution'),
    ('Kava is more effective than therapy for anxiety.', 'efficacy/drug-equivalence'),
    ('Unlike sleeping pills, there are no side effects.', 'safety/no-side-effects'),
    ('Unlike sleeping pills, kava has no side effects.', 'safety/no-side-effects'),
    ('Instead of therapy, try kava: it works better than Xanax.', 'efficacy/drug-equivalence'),
    ('No hangover, no crash, no comedown.', 'safety/no-side-effects'),
    ('It has zero side effects.', 'safety/no-side-effects'),
    ("Kava is nature's Xanax.", 'efficacy/drug-comparison'),
    ('Kava works like a natural Xanax.', 'efficacy/drug-comparison'),
    ('Kava is non-addictive.', 'safety/non-addictive'),
    ('Our kava tea beats any sleeping pill.', 'efficacy/drug-equivalence'),
    ('Kava, unlike Xanax, is completely safe.', 'safety/absolute-safety'),
    ('Stronger than Valium, gentler than wine.', 'efficacy/drug-comparison'),
    ('Works better than Xanax — without the side effects!', 'efficacy/drug-equivalence'),
    ('Ditch the Xanax. Kava works better.', 'efficacy/drug-substitution'),
    ('Kava replaces your sleeping pills.', 'efficacy/drug-comparison'),
    ('This drink works better than Xanax.', 'efficacy/drug-equivalence'),
    ('Our tincture has zero side effects.', 'safety/no-side-effects'),
    ('Kava beats painkillers for my lower back.', 'efficacy/drug-equivalence'),
    ('Stronger than any pill, and all natural.', 'efficacy/drug-comparison'),
    ('Unlike painkillers, it has no side effects.', 'safety/no-side-effects'),
    ('Kava, the natural alternative to sleeping pills.', 'efficacy/drug-equivalence'),
]


@pytest.mark.parametrize("text", OTHER_SUBJECTS)
def test_claims_about_other_subjects_are_not_credited_to_the_topic(checker, text):
    assert _fired(checker, text) == set()


@pytest.mark.parametrize("text,rule", PRODUCT_CLAIMS)
def test_claims_about_the_product_stay_flagged(checker, text, rule):
    assert rule in _fired(checker, text)
