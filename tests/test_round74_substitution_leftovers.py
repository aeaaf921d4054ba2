"""Round 74 (audit121): leftovers of the drug-substitution rounds — a farewell to a drug with the product as its
replacement ("No more Xanax. Just kava."), a possessive before the drug ("swapped the kids' Tylenol"), and a short
order whose replacement is named in a longer next sentence ("Forget the drugstore! Our elderberry syrup …")."""
import pytest


SUBSTITUTIONS = [
    'No more Xanax. Just kava.',
    'No more sleeping pills — just our valerian blend.',
    'No more Ambien, just a cup of our chamomile tea at night.',
    'No more painkillers! Our turmeric capsules do the job.',
    'No more antidepressants: saffron is all I take now.',
    "No more Adderall. Our lion's mane coffee keeps me focused.",
    'No more statins, thanks to our red yeast rice blend.',
    "We swapped the kids' Tylenol for elderberry syrup.",
    "I swapped my husband's Ambien for our valerian tea.",
    "She traded her daughter's inhaler for mullein tea.",
    "We ditched the kids' antibiotics and gave them elderberry.",
    'Forget the drugstore! Our elderberry syrup keeps colds away.',
    'Forget the pharmacy. Our kava calms you down.',
    'Skip the drugstore. Our ashwagandha gummies handle your stress.',
    'Ditch the pharmacy. Try kava.',
    'Forget the drugstore — our valerian tea knocks out insomnia.',
    'Say goodbye to sleeping pills with our valerian blend.',
    'No more melatonin. Just our tart cherry tea.',
    'Forget Ambien. Our chamomile tea works better.',
    'Forget the drugstore. Elderberry works.',
    'Forget the drugstore!! Elderberry syrup keeps colds away.',
    "We swapped my son's Adderall for lion's mane.",
    'Forget the pharmacy, just brew some ginger tea.',
    'No more Tylenol. Just turmeric.',
    'No more opioids — kratom is all I need.',
    'No more drugs, just kratom.',
    'No more prescription painkillers, just kratom.',
    'Forget the drugstore! Our elderberry syrup is sold online too.',
    'Skip the drugstore: our elderberry syrup keeps colds away.',
    'No more sleeping pills. Our valerian blend knocks you out every night.',
]

NEAR_MISSES = [
    'No more ibuprofen for my knees since I started turmeric.',
    'No more Xanax for me: my doctor switched me to therapy.',
    'No more coffee. Just kava.',
    'No more sugary drinks. Just kava.',
    'No more plastic bottles — just our valerian blend in glass.',
    "We swapped the kids' juice for water.",
    "We swapped the kids' soda for elderberry syrup.",
    'Forget the drugstore brands; buy from a pharmacy you trust.',
    'Forget the drugstore shelves; our kava ships straight to you.',
    'Forget the pharmacy line: order your valerian online.',
    'No more Xanax? Kava has not been shown to replace it.',
    "Don't say no more Xanax just because you drink kava.",
    "Never swap the kids' Tylenol for elderberry syrup without asking your pediatrician.",
    "Some parents say they swapped their kids' Tylenol for elderberry syrup, but there is no evidence for that.",
    'Do not stop your Xanax for kava; talk to your doctor first.',
    'Customers claim no more Xanax once they start kava, but no trial supports it.',
    'No more Xanax, just kava? Not so fast: mixing them is dangerous.',
    'No more than two Xanax a week, and never with kava.',
    'Kava may help some people relax; it is no replacement for Xanax.',
    'Never combine Xanax with kava.',
    'No more waiting at the pharmacy: our kava ships in two days.',
    'No more pharmacy lines. Just order kava online.',
    "We swapped the kids' cereal for oatmeal with a spoon of elderberry.",
    'Forget the drugstore candy aisle; our elderberry gummies taste better.',
    'I swapped my old kava brand for yours.',
    'No more sleeping pills? Ask your doctor before trying valerian.',
    'No more pills to swallow: our kava now comes as a powder.',
    'No more antibiotics for every cold — just elderberry syrup.',
    "We swapped the dog's food for a grain-free brand with turmeric.",
    'No more Xanax. My doctor switched me to sertraline, and I still enjoy kava.',
    'Forget the pharmacy. Never stop a prescription for kava without your doctor.',
    'No more Xanax. Kava did not replace it; my psychiatrist did.',
    'Forget the drugstore! Ask your pharmacist whether elderberry is safe with your meds.',
    "No more statins. That was my doctor's decision, not a kava thing.",
    'Skip the pharmacy. Studies have not shown that kava replaces anxiety medication.',
    'No more pills to swallow: our kava now comes as a powder.',
    'No more Tylenol? Our turmeric is no replacement for it.',
]


@pytest.mark.parametrize("text", SUBSTITUTIONS)
def test_substitution_flagged(rules_fired, text):
    assert "efficacy/drug-substitution" in rules_fired(text, "efficacy")


@pytest.mark.parametrize("text", NEAR_MISSES)
def test_near_miss_passes(rules_fired, text):
    assert rules_fired(text, "efficacy") == set()
