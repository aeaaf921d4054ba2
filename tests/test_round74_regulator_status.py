"""False regulatory status claimed for a botanical, round 74: a regulator said to have found kratom, kava,
Amanita muscaria or CBD safe ("the FDA recognizes kava as safe", "GRAS certified": safety/regulator-declared-safe),
and other words for an FDA approval there is none of ("FDA compliant", "endorsed by the FDA", "government approved",
"the FDA has approved kratom": efficacy/regulatory-approval). True statements of status, facilities, packaging,
hemp seed foods that are GRAS, the FDA acting on sellers, and the one approved CBD drug pass.

All sentences are written for these tests."""
import pytest


def _fired(checker, text: str) -> set[str]:
    return {f.rule for f in checker.check_text(text, path="page.md") if f.scope == "sentence"}


SAFE = "safety/regulator-declared-safe"
APPROVAL = "efficacy/regulatory-approval"

FLAGGED = [
    ("Our kratom has been recognized by the FDA as a safe daily supplement.", SAFE),
    ("The FDA recognises kava as safe for regular use.", SAFE),
    ("The FDA has formally declared kratom safe for adults over 21.", SAFE),
    ("The FDA says our kava is safe to drink nightly.", SAFE),
    ("The government considers kratom a safe herbal supplement.", SAFE),
    ("The FDA lists kava as generally recognized as safe.", SAFE),
    ("According to the FDA, kratom is perfectly safe.", SAFE),
    ("Kava is safe, according to the FDA.", SAFE),
    ("Kratom is deemed safe by the FDA.", SAFE),
    ("Our amanita muscaria gummies are GRAS certified.", SAFE),
    ("Fly agaric caps are generally recognized as safe.", SAFE),
    ("This CBD tincture is GRAS.", SAFE),
    ("Our kratom leaf powder is fully FDA compliant.", APPROVAL),
    ("This kava root extract is endorsed by the FDA.", APPROVAL),
    ("Our kratom capsules are sanctioned by the FDA for daily use.", APPROVAL),
    ("Our elderberry syrup got the green light from the FDA.", APPROVAL),
    ("Kratom is federally approved.", APPROVAL),
    ("Our kava drink is government-approved and relaxing.", APPROVAL),
    ("The FDA has approved kratom for chronic back pain.", APPROVAL),
    ("Our ashwagandha carries the FDA's stamp of approval.", APPROVAL),
    ("Kratom is fully compliant with FDA regulations.", APPROVAL),
    ("Kratom, which the FDA recognizes as safe, is our bestseller.", SAFE),
    ("Kava, declared safe by the FDA in 2020, pairs well with citrus.", SAFE),
    ("The FDA states that kratom is safe when used responsibly.", SAFE),
    ("Our kava has earned GRAS status.", SAFE),
]

PASSING = [
    "The FDA has not recognized kratom as safe for any use.",
    "The FDA says kratom is not safe for any medical use.",
    "The FDA says it is unclear whether kava is safe at high doses.",
    "Does the FDA recognize kava as safe?",
    "Is kratom FDA approved? No.",
    "Amanita muscaria is not generally recognized as safe.",
    "The FDA told sellers that Amanita muscaria is not GRAS.",
    "Hulled hemp seed and hemp seed oil are generally recognized as safe.",
    "Hemp seed protein is GRAS, unlike CBD.",
    "Add ginger, which the FDA lists as GRAS, to the broth.",
    "The FDA recognizes that kava can injure the liver.",
    "The FDA recognized the dangers of kratom in 2018.",
    "The FDA warned consumers not to use kratom.",
    "There are no FDA-approved uses for kratom.",
    "Kratom is legal in most states.",
    "Our kava is bottled in an FDA-registered facility.",
    "Our kratom ships in FDA-compliant packaging.",
    "Our labels are compliant with FDA regulations.",
    "The FDA endorsed a plan to monitor kava liver injuries.",
    "The FDA has sanctioned kratom vendors for false claims.",
    "The FDA has cleared kratom shipments at the border only after testing.",
    "The FDA backed a study of kratom withdrawal.",
    "Epidiolex is the only CBD product approved by the FDA.",
    "Kratom is not federally approved for any use.",
    "Government agencies have not approved kratom.",
    "The FDA has said kratom is unsafe.",
    "The FDA said no kratom product is safe.",
    "The FDA says that neither kava nor kratom is safe in large doses.",
    "Kratom vendors falsely claim the FDA recognizes kratom as safe.",
    "The FDA has approved CBD for seizures in the form of Epidiolex.",
    "Our kratom is produced under FDA compliant GMP standards.",
    "Our kratom vendor is FDA compliant.",
    "The kava bar is government approved.",
    "The government approved funding for a kratom study.",
    "A kratom company filed a GRAS notice, which the FDA rejected.",
    "Kratom sellers sometimes cite GRAS status they do not have.",
    "CBD brands want GRAS status for their oils.",
    "Kratom has never received GRAS status.",
]


@pytest.mark.parametrize("text,rule", FLAGGED)
def test_false_regulatory_status_is_flagged(checker, text, rule):
    assert rule in _fired(checker, text)


@pytest.mark.parametrize("text", PASSING)
def test_true_status_and_near_misses_pass(checker, text):
    assert not _fired(checker, text) & {SAFE, APPROVAL}
