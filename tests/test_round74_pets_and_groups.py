"""Pets and groups, audit round 74: a pet-supplement page's product forms (hemp chews, calming treats, pet
drops) count as the product a safety or efficacy claim is about; a safety promise for one animal ("safe to give
your dog", "fine for any cat") or for people named by their condition ("safe for diabetics", "safe for heart
patients") assures a vulnerable group; vet endorsements without the hyphen ("veterinarian recommended",
"formulated by vets") claim proof as the hyphenated forms do.

All sentences are written for these tests."""
import pytest


def _fired(checker, text: str, path: str = "page.md") -> set[str]:
    return {f.rule for f in checker.check_text(text, path=path) if f.scope == "sentence"}


FLAGGED = [
    ("Our hemp chews are totally safe.", "safety/absolute-safety"),
    ("These soft chews are perfectly harmless.", "safety/absolute-safety"),
    ("Our calming treats carry zero risk.", "safety/absolute-safety"),
    ("Our pet drops are 100% safe.", "safety/absolute-safety"),
    ("This hemp oil is completely harmless for older cats.", "safety/absolute-safety"),
    ("Our calming bites are absolutely safe, even at double the dose.", "safety/absolute-safety"),
    ("Calming chews like ours are safe for kittens and old cats alike.", "safety/vulnerable-groups"),
    ("Passionflower is perfectly okay to give your puppy.", "safety/vulnerable-groups"),
    ("Chamomile is fine for your dog.", "safety/vulnerable-groups"),
    ("Our hemp treats are gentle enough for every pet.", "safety/vulnerable-groups"),
    ("Your cat can safely take our valerian drops.", "safety/vulnerable-groups"),
    ("Our turmeric capsules are safe for diabetics.", "safety/vulnerable-groups"),
    ("Licorice root tea is fine for hypertensives.", "safety/vulnerable-groups"),
    ("Our ginkgo is completely suitable for stroke patients.", "safety/vulnerable-groups"),
    ("Cinnamon extract is safe for people with type 1 diabetes.", "safety/vulnerable-groups"),
    ("Our hemp chews are veterinarian approved.", "efficacy/evidence-overstatement"),
    ("Vet recommended turmeric treats for stiff joints.", "efficacy/evidence-overstatement"),
    ("Our calming chews were formulated by veterinarians.", "efficacy/evidence-overstatement"),
    ("Our CBD oil is trusted by vets across the country.", "efficacy/evidence-overstatement"),
    ("Recommended by vets, our hemp drops settle nervous dogs.", "efficacy/evidence-overstatement"),
    ("Prediabetic? You can safely take our gymnema tea.", "safety/vulnerable-group-asked"),
    ("Got puppies? Our calming chews are safe for them.", "safety/vulnerable-group-asked"),
]

PASSING = [
    "Lavender oil is toxic to cats, so keep the diffuser out of their room.",
    "Is hemp oil safe for puppies? Ask your vet first.",
    "No calming chew is completely safe for every dog.",
    "Carrots are safe for dogs as an occasional snack.",
    "Safe for cats? Nobody has studied it.",
    "Our chews are baked in a pet-friendly kitchen.",
    "Hemp oil might be safe for most healthy adult dogs, but ask your vet.",
    "Check with a veterinarian before giving your dog valerian.",
    "One seller says its hemp chews are completely safe, though no study backs that.",
    "Our hemp chews are not safe for dogs with liver disease.",
    "Are calming treats safe for senior cats?",
    "Our kennel is perfectly safe for puppies.",
    "The dog chews on its toy, which is completely safe.",
    "Our chews ship in recyclable, dog-safe tins.",
    "Garlic and onions are dangerous for dogs.",
    "Chamomile is not safe for cats.",
    "Our sugar-free elderberry gummies are safe for diabetics.",
    "Our cinnamon gummies have no added sugar, so they are fine for diabetics.",
    "Is berberine safe for diabetics? Ask your doctor.",
    "Ginseng may not be safe for people with diabetes.",
    "Our vet recommended a new food after the checkup.",
    "My vet recommended we pause the valerian chews before her dental surgery.",
    "Our veterinarian approved a lower dose of the hemp oil.",
    "As the vet recommended, we give the chews with dinner.",
    "Take your cat to the vet if it chews a lily.",
    "Our calming chews are no substitute for a vet visit.",
    "Treats that are safe for dogs include plain cooked chicken.",
    "Diabetic? Check with your doctor before trying our berberine.",
    "Have a puppy? Our chew toys are safe for them.",
]


@pytest.mark.parametrize("text,rule", FLAGGED)
def test_pet_and_group_claims_are_flagged(checker, text, rule):
    assert rule in _fired(checker, text)


@pytest.mark.parametrize("text", PASSING)
def test_near_misses_pass(checker, text):
    assert not (_fired(checker, text) & {"safety/absolute-safety", "safety/vulnerable-groups",
                                          "safety/vulnerable-group-asked", "efficacy/evidence-overstatement",
                                          "efficacy/expert-endorsement"})
