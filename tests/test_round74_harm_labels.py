"""A named harm denied as a label, a list item or a noun phrase, audit round 215: "Kava: no liver damage", "with zero
liver toxicity", "means no liver problems", "liver-damage-free", "without the liver worries" (safety/named-harm-denied),
and the denial stuttered into one-word fragments ("Kava. Not. Addictive.", "Totally. Safe.").

Not flagged: a finding with its verb or its scope ("no liver damage was seen in the trial", "no liver damage reported in
our customers": the record rules judge those), test results ("my labs showed no liver damage"), a group with no liver
problems (a precaution), a harm from something else ("no liver damage from alcohol"), missing data ("no liver toxicity
data"), and a hedged, negated, attributed or questioned denial.

All sentences are written for these tests."""
import pytest


def _fired(checker, text: str, path: str = "page.txt") -> set[str]:
    return {f.rule for f in checker.check_text(text, path=path) if f.scope == "sentence"}


NAMED = "safety/named-harm-denied"

FLAGGED = [
    ("Kava: no liver damage.", NAMED),
    ("Kava with zero liver toxicity.", NAMED),
    ("Kava, no liver risk.", NAMED),
    ("Noble kava means no liver problems.", NAMED),
    ("Ashwagandha: no liver issues, ever.", NAMED),
    ("Our ashwagandha gummies: no liver damage, no jitters.", NAMED),
    ("Green tea extract with zero liver risk.", NAMED),
    ("Turmeric capsules – no liver toxicity.", NAMED),
    ("Pure root kava = no liver toxicity.", NAMED),
    ("Kava extract, liver-damage-free.", NAMED),
    ("Our kava is liver-damage free.", NAMED),
    ("Noble kava: no hepatotoxicity.", NAMED),
    ("Kava root tea. No liver damage. No hangover.", NAMED),
    ("Why our kava? No liver damage and pure calm.", NAMED),
    ("Kava: absolutely no liver risk.", NAMED),
    ("Drink our kava with no liver worries.", NAMED),
    ("Kava, minus the liver damage.", NAMED),
    ("Kava for relaxation without any of the liver risks.", NAMED),
    ("Our kava is free from liver toxicity.", NAMED),
    ("Ashwagandha root powder – no hepatic toxicity.", NAMED),
    ("Kratom leaf: no liver injury, no dependence.", NAMED),
    ("I love our noble kava: no liver problems whatsoever.", NAMED),
    ("Green tea extract capsules with no known liver risks.", NAMED),
    ("✔ No liver damage ✔ No hangover ✔ Pure kava root", NAMED),
    ("Our new kava blend. Zero. Liver. Damage.", NAMED),
    ("Kava. Not. Addictive.", "safety/non-addictive"),
    ("Try our new kava. Not. Addictive.", "safety/non-addictive"),
    ("Kratom capsules. No. Addiction. Ever.", "safety/non-addictive"),
    ("Our kratom shots. Totally. Safe.", "safety/absolute-safety"),
    ("Our Amanita gummies. Completely. Safe!", "safety/absolute-safety"),
    ("Our kava. Zero. Risk.", "safety/absolute-safety"),
]

PASSING = [
    "Kava: no alcohol, no hangover.",
    "Kava: no added sugar.",
    "Kava with zero added sugar.",
    "Our turmeric latte: no dairy, no sugar.",
    "Our kava: no liver damage reported in our 2 customers.",
    "No liver damage has been proven for noble kava in short trials, but rare cases exist.",
    "No liver damage was seen in this small trial, though the study was short.",
    "Kava: no liver damage in healthy volunteers after 4 weeks, but long-term data are lacking.",
    "A 2019 study found no liver damage after six months of kava use.",
    "Kava: no liver damage? Not so fast.",
    "Is there no liver risk with kava? There is.",
    "Kava, no liver risk? Think again.",
    "Does noble kava mean no liver problems?",
    "Never assume kava means no liver risk.",
    "It is false that kava means no liver problems.",
    "Kava is not free of liver risk.",
    "Kava is not without liver risk.",
    "There is no such thing as zero liver risk with kava.",
    "No kava product can claim zero liver toxicity.",
    "Liver-damage-free kava does not exist.",
    "Kava may cause no liver problems at normal doses, but rare injury is documented.",
    "Kava might mean no liver problems for most people, but not for all.",
    "Sellers claim kava causes no liver damage, but the FDA has warned of liver injury.",
    "\"Zero liver toxicity,\" the label says, yet the FDA warns otherwise.",
    "No liver damage, no problem, sellers say, but liver injury has been reported.",
    "Liver: no damage found, the doctor wrote after my knee surgery.",
    "My labs showed no liver damage, but I stopped kava anyway.",
    "Our kava is meant for adults with no liver problems.",
    "Only take ashwagandha if you have no liver issues.",
    "People with no kidney issues can sometimes take turmeric, but ask your doctor.",
    "Milk thistle tea, with no liver damage from alcohol.",
    "Milk thistle: no liver damage from your weekend drinking.",
    "There is no liver toxicity data for kanna.",
    "Doctors say there is no liver damage threshold that is safe for kava extracts.",
    "Our kava has no liver-damaging additives.",
    "Our kava bar has no liver-damaging cocktails on the menu.",
    "Kava has been linked to liver damage.",
    "Kava. Not. Tested. On animals.",
    "Kava. Not. Cheap. But worth it.",
    "Is kratom addictive? Not. Always. But often.",
    "Kava. Totally. Delicious.",
    "Kratom is not safe. Totally. Not. Safe.",
]


@pytest.mark.parametrize("text,rule", FLAGGED)
def test_named_harm_denials_are_flagged(checker, text, rule):
    assert rule in _fired(checker, text)


@pytest.mark.parametrize("text", PASSING)
def test_near_misses_pass(checker, text):
    assert not _fired(checker, text)
