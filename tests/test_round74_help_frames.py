"""Help frames, audit round 143: a verb of help ("helps", "helped", "assists") makes a disease-treatment claim
with the condition helped as its object (efficacy/disease-treatment `help_frames`): the condition itself ("helps
chronic pain", "helped my insomnia"), a group named by it ("helps arthritis sufferers", "helps kids with autism"),
or the people helped, then "with"/"through" and the condition ("helped me with my insomnia", "helps thousands of
people with chronic pain", "helps you deal with panic attacks"). Not when the helper is no product ("our staff",
"our kava guide"), nothing helped is a condition ("my homework", "helps you sleep"), "helps to …", a cause named
by the condition ("helps cancer research"), or the claim is hedged, negated, attributed, asked or conditional.

All sentences are written for these tests."""
import pytest


def _fired(checker, text: str, path: str = "page.md") -> set[str]:
    return {f.rule for f in checker.check_text(text, path=path) if f.scope == "sentence"}


FLAGGED = [
    'Kratom helps chronic pain go away.',
    'Kratom helps withdrawal symptoms fade.',
    'Drinking kava helps my anxiety.',
    'Kava helps with anxiety.',
    'Kava helped with my insomnia.',
    'Valerian helps you beat insomnia.',
    'Kratom helps you manage chronic pain.',
    'This CBD oil will help with anxiety.',
    'Kratom helps people with chronic pain.',
    'Kratom has helped thousands of people with chronic pain.',
    'Kava helped me with my insomnia.',
    'Kava helped my insomnia.',
    'Kratom helps chronic pain.',
    'Our CBD oil will help you with your anxiety.',
    'Kratom will help you with chronic pain.',
    'CBD helps kids with autism.',
    'Our formula helps patients with arthritis get moving again.',
    'Kava helps you deal with panic attacks.',
    'Turmeric assists people with arthritis.',
    'Turmeric really helps my joint pain.',
    'Our valerian drops helped my husband with his insomnia.',
    "Lion's mane helps seniors with memory loss.",
    'Ginger helps anyone with nausea.',
    'Saffron helps those with depression.',
    'Elderberry helps my kids with colds.',
    'Our kava tea helps people struggling with anxiety.',
    'Feverfew helps migraine sufferers.',
    'CBD helps arthritis sufferers.',
    "Skullcap helped us with our son's ADHD.",
    'Kratom helped my back pain.',
    'Black cohosh helps women with hot flashes.',
    'Echinacea helps you fight off the flu.',
    'Our turmeric capsules help people with rheumatoid arthritis.',
    'Kratom helps thousands with opioid withdrawal.',
    "St. John's wort helped me through my depression.",
    'CBD oil helps children with epilepsy.',
    'Valerian helps insomniacs.',
    'Kava assisted me with my panic attacks.',
    'Our kava capsules have helped countless customers with anxiety.',
    'CBD has helped so many people with seizures.',
    'Kratom is helping thousands of veterans with PTSD.',
    'Help your dog with arthritis with our turmeric chews.',
    'Our reishi extract assists cancer patients.',
    "Lion's mane helps Alzheimer's patients.",
    'Helps joint pain and stiffness.',
    'Kava really helped my panic attacks.',
    'Valerian will help your insomnia.',
]

PASSING = [
    # the condition helped gets worse: a harm
    'Kava helped my anxiety get worse.',
    'Kava helps withdrawal symptoms get worse.',
    'Kratom helps people with addiction relapse.',
    'Mixing kava with alcohol helps liver damage develop.',
    # a support service
    'Kratom Support: helps families cope with addiction',
    'Kratom can help with opioid addiction.',
    'Kava may help with anxiety.',
    'Our staff helps people with chronic pain find the right product.',
    'Doctors help patients with arthritis.',
    'Our guide helps people with insomnia choose a tea.',
    'Our store helps people with disabilities access our products.',
    'Kratom helped me with my homework.',
    'Kava helped me with my move.',
    'Valerian helps you sleep.',
    'Kava does not help with anxiety.',
    'Kava might help people with anxiety, but trials are mixed.',
    'Some users say kratom helps their chronic pain.',
    'Does kava help with insomnia?',
    'Kava can help cause liver damage.',
    'It helps to talk to a doctor about chronic pain.',
    'Our pharmacist helps customers with arthritis pick a brace.',
    "Kratom didn't help my back pain at all.",
    'Sellers claim kratom helps people with chronic pain, but no trial supports this.',
    'Ginger helps with digestion after a big meal.',
    'Chamomile helps you relax in the evening.',
    'Our team helps you with your order.',
    'Turmeric helps the curry with its color.',
    'Kratom never helped my insomnia.',
    'Can turmeric help people with arthritis?',
    'Kava may help you deal with panic attacks.',
    'Our nurses help kids with autism learn new skills.',
    'If kava helped my insomnia, I would buy more.',
    'Kratom helps people with busy lives stay focused.',
    'Our blog helps people with chronic pain understand their options.',
    'Kava helps you unwind with friends.',
    'Peppermint helps you with your focus at work.',
    'Turmeric may help people with arthritis move more easily.',
    'This website helps those with allergies find safe foods.',
    'Kava helps anxiety researchers understand the brain.',
    'Every bottle of our turmeric helps cancer research.',
    'Proceeds from our kava sales help cancer charities.',
    'Kava helps you relax, and interacts with medicines for anxiety.',
    'Our kava guide helps people with anxiety find a safe brand.',
    'Kratom helps, but it can cause dependence and withdrawal.',
    'Kava helped my friends with their move, and my anxiety got worse.',
    'Kava is a huge help with the dishes.',
    'Chamomile helps you sleep without a headache the next morning.',
    'Kava can help people with anxiety.',
    "Kratom won't help you with chronic pain.",
    'No herb helps people with cancer.',
    'Some say CBD helps kids with autism, but there is no good evidence.',
    'Does CBD help kids with autism?',
    'If turmeric helps your joint pain, keep a diary.',
    'Elderberry helped us pick a flavor.',
    'Turmeric helps with the color of the curry.',
    'Kava helps in social settings where anxiety is common.',
]


@pytest.mark.parametrize("text", FLAGGED)
def test_help_frame_is_a_disease_treatment_claim(checker, text):
    assert "efficacy/disease-treatment" in _fired(checker, text), text


@pytest.mark.parametrize("text", PASSING)
def test_help_near_miss_passes(checker, text):
    assert not {r for r in _fired(checker, text) if r.startswith("efficacy/")}, text


# A body part enabled to heal, with the verb ending its clause (no "itself"): efficacy/cure-claim's body-system
# objects, read by relation.py's enabled-body path.
ENABLED_FLAGGED = [
    "Ashwagandha will help your thyroid heal.",
    "Milk thistle helps your liver repair naturally.",
    "Our reishi tea helps your immune system reset.",
    "Turmeric lets your gut heal, and it tastes great.",
]

ENABLED_PASSING = [
    "Give your liver time to heal after you stop kava.",
    "Kava may help your liver heal.",
    "Rest lets your joints heal.",
    "Does milk thistle help your liver heal?",
    "Your liver needs weeks to heal.",
]


@pytest.mark.parametrize("text", ENABLED_FLAGGED)
def test_enabled_body_heals_is_a_cure_claim(checker, text):
    assert "efficacy/cure-claim" in _fired(checker, text), text


@pytest.mark.parametrize("text", ENABLED_PASSING)
def test_enabled_body_near_miss_passes(checker, text):
    assert not {r for r in _fired(checker, text) if r.startswith("efficacy/")}, text
