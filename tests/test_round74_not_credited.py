"""Claims that credit a product with nothing, audit round 203.

1. efficacy/cure-claim: a removal verb ("erase", "eradicate") takes a disease only (`verb_objects`): "erases
   anxiety" and "eradicates memory loss" are cures, but a body function or an organ erased ("will erase your
   memory") is a harm said of the product, and "your memories of the trip" no function at all. The repair verbs
   still take a function ("restores your memory", "will fix your memory").
2. efficacy/illness-free-testimony: a product the sentence names only where the writer says it is not taken
   (`uncredited_mentions`: under a negation that is not the claim's own, or after "without", "stopped taking",
   "quit", ...) is credited with nothing: "I haven't been sick in years, and I've never taken echinacea". Two of
   them undo each other: "I never miss my daily echinacea", "I never leave home without my elderberry".

All sentences are written for these tests."""
import pytest


def _fired(checker, text: str, path: str = "page.md") -> set[str]:
    return {f.rule for f in checker.check_text(text, path=path) if f.scope == "sentence"}


FLAGGED = [
    # cures by a removal verb: the object is a disease
    ("Kava erases anxiety in a week.", "efficacy/cure-claim"),
    ("Ginkgo eradicates memory loss.", "efficacy/cure-claim"),
    ("Valerian erases insomnia overnight.", "efficacy/cure-claim"),
    ("St. John's wort will erase your depression.", "efficacy/cure-claim"),
    ("Our ashwagandha erases stress and anxiety.", "efficacy/cure-claim"),
    ("Erase your anxiety with kava.", "efficacy/cure-claim"),
    ("Our tincture eradicates the flu.", "efficacy/cure-claim"),
    # a function repaired: repair verbs keep the repaired-functions objects
    ("Bacopa restores your memory.", "efficacy/cure-claim"),
    ("Lion's mane will fix your memory.", "efficacy/cure-claim"),
    ("Reishi will heal your memory.", "efficacy/cure-claim"),
    ("Bacopa will rebuild your memory.", "efficacy/cure-claim"),
    ("Kava will erase your stress and restore your memory.", "efficacy/cure-claim"),
    # the product credited, named outside any negation
    ("I haven't been sick in years since I started echinacea.", "efficacy/illness-free-testimony"),
    ("I haven't been sick in years, and I take echinacea every day.", "efficacy/illness-free-testimony"),
    ("I haven't been sick in years; I take elderberry every morning.", "efficacy/illness-free-testimony"),
    ("Since I started elderberry syrup, my kids haven't been sick once, and they don't take antibiotics.",
     "efficacy/illness-free-testimony"),
    ("I haven't had a single migraine since I started feverfew, and I don't take any pills.",
     "efficacy/illness-free-testimony"),
    ("I haven't been sick since I started taking echinacea, and I never forget it.", "efficacy/illness-free-testimony"),
    # two negations undo each other: the product is taken
    ("I haven't had a cold in three years, and I never miss my daily echinacea.", "efficacy/illness-free-testimony"),
    ("I haven't had a migraine since January, and I never run out of feverfew.", "efficacy/illness-free-testimony"),
    ("I haven't been sick in years and I never leave home without my elderberry.", "efficacy/illness-free-testimony"),
    ("You won't catch a cold this winter with our elderberry gummies.", "efficacy/illness-free-testimony"),
]

PASSING = [
    # a function or a memory erased: a harm, no cure
    "Kava will erase your memory.",
    "Kava will erase your memories of the trip.",
    "This tea will erase your memories of a bad day.",
    "Kratom eradicated my memory.",
    "Kratom erased my short-term memory.",
    "Kava erased my short-term memory for a whole evening.",
    "Kratom can erase your focus and your memory.",
    "Kratom eradicated my motivation and my memory.",
    "Our kava tea erases your gut.",
    "Erase your memory with kava.",
    # negated, hedged, asked
    "No supplement will erase your anxiety overnight.",
    "Kava will not erase your anxiety.",
    "Can ashwagandha erase anxiety? Not really.",
    # the product named only where it is not taken
    "I haven't been sick in years, and I've never taken echinacea.",
    "I haven't had a cold since I quit sugar; I don't take any herbs.",
    "My kids haven't been sick once this winter, and we don't use elderberry syrup.",
    "I haven't had a migraine since March, without any feverfew or supplements.",
    "We haven't caught a cold in two years and we never bought elderberry.",
    "I haven't been sick in over a year, and no, I don't take echinacea.",
    "I haven't had a migraine in months, and I have never tried feverfew.",
    "I haven't been ill in ages, though I've never touched ginseng.",
    "I don't take elderberry anymore, and I haven't been sick in years.",
    "I stopped taking echinacea and I haven't been sick in years.",
    "I haven't been sick in years even without echinacea.",
    "We haven't been sick once, and we skip the elderberry.",
    "Haven't been sick in two years and I don't even take elderberry.",
    "I haven't been sick all winter, and not because of echinacea.",
    "I haven't had an outbreak in a year, and I quit lemon balm in March.",
    "I've never been one for herbs, but I haven't been sick in years.",
]


@pytest.mark.parametrize("text,rule", FLAGGED)
def test_flagged(checker, text, rule):
    assert rule in _fired(checker, text)


@pytest.mark.parametrize("text", PASSING)
def test_passing(checker, text):
    fired = _fired(checker, text)
    assert not {r for r in fired if r in ("efficacy/cure-claim", "efficacy/illness-free-testimony")}, fired
