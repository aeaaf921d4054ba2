"""Immune claims, audit round 131: the body's defenses armed against a disease ("reishi arms your immune system
against viruses", "chaga builds your defenses against tumors", "astragalus mobilizes your T cells against cancer")
and sent after it ("primes your immune cells to attack cancer", "trains your T cells to hunt down tumor cells"),
while a general immune-support claim naming no disease, practices, vaccines and drugs, hedged, negated, attributed
and questioned claims, and "against" said of packaging, flavour, weather or garden pests pass. A name set aside
("…, rather than chaga, …", "instead of elderberry") is no subject of the verb after it.

All sentences are written for these tests."""
import pytest


def _fired(checker, text: str, path: str = "page.md") -> set[str]:
    return {f.rule for f in checker.check_text(text, path=path) if f.scope == "sentence"}


FLAGGED = [
    ("Thanks to its beta-glucans, turkey tail strengthens the immune system against cancer.", "efficacy/disease-treatment"),
    ("Reishi arms your immune system against viruses.", "efficacy/disease-treatment"),
    ("Chaga builds your defenses against tumors.", "efficacy/disease-treatment"),
    ("Our mushroom blend primes your immune cells to attack cancer.", "efficacy/disease-treatment"),
    ("Astragalus trains your T cells to hunt down tumor cells.", "efficacy/disease-treatment"),
    ("Echinacea gives your immune system what it needs to beat the flu.", "efficacy/disease-treatment"),
    ("Elderberry fortifies your immune system against colds and flu.", "efficacy/disease-treatment"),
    ("Our reishi extract strengthens your body's defenses against infections.", "efficacy/disease-treatment"),
    ("Astragalus boosts your immune system against the flu.", "efficacy/disease-treatment"),
    ("This echinacea tincture reinforces your defenses against winter colds.", "efficacy/disease-treatment"),
    ("Our mushroom complex empowers your natural killer cells to attack tumors.", "efficacy/disease-treatment"),
    ("Elderberry supercharges your immune defenses against the flu virus.", "efficacy/disease-treatment"),
    ("Echinacea builds up your immune system against colds.", "efficacy/disease-treatment"),
    ("Turkey tail activates your immune system against tumors.", "efficacy/disease-treatment"),
    ("Garlic fortifies your defenses against infections all winter.", "efficacy/disease-treatment"),
    ("Chaga tea arms your body's defenses against tumors.", "efficacy/disease-treatment"),
    ("Astragalus root mobilizes your T cells against cancer.", "efficacy/disease-treatment"),
    ("Our tonic strengthens your immune response against COVID.", "efficacy/disease-treatment"),
    ("Reishi hunts down cancer cells.", "efficacy/disease-treatment"),
    ("Our blend helps your T cells hunt down tumors.", "efficacy/disease-treatment"),
    ("Cordyceps equips your immune system to fight off infections.", "efficacy/disease-treatment"),
    ("Elderberry prepares your immune system to fight off the flu.", "efficacy/disease-treatment"),
    ("Chaga bolsters your immunity against cancer.", "efficacy/prevention-promise"),
    ("Olive leaf extract builds your immunity against herpes.", "efficacy/prevention-promise"),
    ("Chaga, rather than drugs, fights cancer.", "efficacy/disease-treatment"),
]

PASSING = [
    "Turkey tail supports immune health.",
    "Sleep and exercise strengthen the immune system against infections.",
    "Vaccines train your immune system to fight the flu.",
    "Researchers are studying whether turkey tail strengthens the immune response in cancer patients.",
    "Turkey tail may help the immune system in people having chemotherapy.",
    "No mushroom arms your immune system against cancer.",
    "Does reishi protect against viruses?",
    "Our packaging protects the capsules against moisture.",
    "Chaga builds flavor against the bitterness of coffee.",
    "Reishi supports a healthy immune system.",
    "Astragalus helps maintain normal immune function.",
    "Elderberry may strengthen the immune system against colds, but the evidence is thin.",
    "Does turkey tail really arm your immune system against cancer?",
    "There is no evidence that chaga builds your defenses against tumors.",
    "Some sellers claim reishi arms your immune system against viruses, but no trial supports this.",
    "Immunotherapy drugs prime your T cells to attack tumors.",
    "The flu shot prepares your immune system to fight the virus.",
    "Hand washing strengthens your defenses against colds.",
    "Reishi builds a rich, earthy base against the sweetness of honey.",
    "Echinacea might help your immune system fight colds.",
    "A small study suggests turkey tail may strengthen immune responses in breast cancer patients.",
    "Can elderberry arm your immune system against the flu?",
    "Elderberry supports your natural defenses.",
    "Astragalus does not train T cells to hunt tumors.",
    "The new vaccine arms your immune system against COVID.",
    "Vaccines, not elderberry, train your immune system against the flu.",
    "A healthy diet, rather than chaga, builds your defenses against tumors.",
    "A healthy diet, rather than chaga, fights cancer.",
    "Vaccines, instead of elderberry, protect you from the flu.",
    "Kratom withdrawal can bring panic attacks and insomnia.",
    "Reishi has been studied for priming the immune system against cancer.",
    "Kava can trigger a panic attack in people with anxiety.",
    "Turkey tail may prime your immune cells to attack cancer, but human trials are lacking.",
    "Kava users often press the cup to the body against the cold.",
    "Elderberry shrubs have good resistance to fungal disease in the garden.",
    "Kratom leaves build up resistance to pain relief over time, users report.",
    "Cordyceps fungi attack insects, then sprout from their bodies.",
    "Chaga fungus tends to attack birch trees that are already weakened.",
    "Echinacea's defenses against deer make it a good garden plant.",
    "Turmeric, like any supplement, cannot replace your immune system against infections.",
    "Lion's mane could, in theory, support the immune system against infections, but no human trial shows it.",
    "Some people believe reishi arms the immune system against cancer; evidence is lacking.",
    "We hunted down the best kava bars for people with anxiety.",
]


@pytest.mark.parametrize("text,rule", FLAGGED)
def test_armed_defense_claims_are_flagged(checker, text, rule):
    assert rule in _fired(checker, text)


@pytest.mark.parametrize("text", PASSING)
def test_near_misses_pass(checker, text):
    assert not _fired(checker, text), text
