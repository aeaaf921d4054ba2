"""Kava-bar menus and clinic pages, audit round 134: a pair joined by a sign ("Kava + Kratom", "kratom x
kava", "kava & kratom = …") is a use together; a short bracketed aside between a menu item and its claim
("CBD Shot (add to any drink) — melts away anxiety") leaves the item the claim's subject; a practice's record of
curing a disease with herbs ("has helped hundreds of patients reverse their diabetes with herbal protocols"); a
detox sold as a program or cleanse that flushes heavy metals or toxins.

All sentences are written for these tests."""
import pytest

COMBO = "safety/combination-missing-safety-language"


def _combos(checker, text: str) -> set[str]:
    return {f.subject for f in checker.check_text(text, path="menu.md") if f.rule == COMBO}


def _fired(checker, text: str) -> set[str]:
    return {f.rule for f in checker.check_text(text, path="page.md") if f.scope == "sentence"}


# two members joined by a sign, or an "and"/"&" pair that is summed
COMBO_FLAGGED = [
    ('Kava + Kratom "Nightcap" — two roots, one cup.', "kava+kratom"),
    ("Kratom + kava = your new Friday ritual.", "kava+kratom"),
    ("Kava & kratom = pure bliss after a long shift.", "kava+kratom"),
    ("Kava and kratom = the house favorite.", "kava+kratom"),
    ("Kratom x Kava: the collab pour, tonight only.", "kava+kratom"),
    ("KAVA X KRATOM night every second Thursday.", "kava+kratom"),
    ("The Islander: kava + kratom over crushed ice.", "kava+kratom"),
    ("Kava + kratom + kanna — the triple pour.", "kava+kratom"),
    ("Kava + St. John's wort tea for slow evenings.", "kava+st-johns-wort"),
    ("Ask for the kava/kratom blend at the bar.", "kava+kratom"),
    ("Order any kava with a kratom shot on top.", "kava+kratom"),
    ("Add a kratom shot to any kava for two dollars.", "kava+kratom"),
    ("Kratom + beer weekend starts Friday.", "alcohol+kratom"),
]
COMBO_PASSING = [
    "Kava vs. kratom: which root is which?",
    "Kava or kratom? Pick one for tonight.",
    "Kava (not kratom) is all we pour here.",
    "Kava + kratom compared, side by side.",
    "Kratom + kava: the differences explained.",
    "Never mix kava + kratom.",
    "Don't combine kava + kratom in one night.",
    "Kava + kratom flights: one of each, never mixed in the same cup.",
    "Kava & kratom tastings every Saturday.",
    "We sell 2 x kava shells for ten dollars.",
    "Our menu lists kava, kratom and kombucha.",
    "Kava + kratom. Mixing them adds to the risks of each, and the combination has not been studied.",
]

# a bracketed aside between a menu item and its claim
ASIDE_FLAGGED = [
    ("CBD Shot (add to any drink) — melts away anxiety.", "efficacy/disease-treatment"),
    ("Kava Tea (ask about refills) — relieves anxiety fast.", "efficacy/disease-treatment"),
    ("Kratom Capsules (ships free) – treats chronic pain.", "efficacy/disease-treatment"),
    ("Turmeric Tonic (seasonal) – reverses arthritis.", "efficacy/cure-claim"),
    ("Lion's Mane Coffee (decaf available) — reverses dementia.", "efficacy/cure-claim"),
    ("Valerian Drops (2 oz bottle) – cures insomnia.", "efficacy/cure-claim"),
    ("Kava Colada (served frozen, with pineapple) — cures anxiety.", "efficacy/cure-claim"),
]
ASIDE_PASSING = [
    "CBD Shot (may help) — melts away anxiety.",
    "CBD Shot (not proven) — eliminates anxiety.",
    "CBD Shot (results vary) — eases anxiety.",
    "CBD Shot (not evaluated by the FDA) — eases anxiety.",
    "CBD Gummies (some say) — cure anxiety.",
    "Kava Tea (claimed to) — relieves anxiety.",
    "Turmeric Tonic (seasonal) – a warm spiced drink.",
    "CBD Shot (add to any drink) — a calming add-on.",
    "Golden Milk Latte (Piper methysticum) – reverses arthritis.",
    "Our team (three herbalists, one chef) — loves kava.",
    "Kava Bar (open late) — we pour kava until two.",
]

# a practice's record of curing a disease with herbs or "naturally"
RECORD_FLAGGED = [
    "Dr. Lena Ortiz, ND, has helped hundreds of patients reverse their type 2 diabetes with herbal protocols.",
    "Our clinic has helped thousands beat anxiety naturally.",
    "She has helped over 400 clients overcome depression with adaptogens.",
    "Hundreds of our patients have beaten fibromyalgia with our herbal protocol.",
    "Our naturopaths have cured thousands of cases of eczema.",
    "Our herbalists have helped countless women to heal endometriosis with botanicals.",
]
RECORD_PASSING = [
    "Dr. Ortiz has helped hundreds of patients manage their diabetes alongside their doctors.",
    "We do not treat cancer, but we can support you alongside your oncologist.",
    "She treats patients with anxiety.",
    "Book a consultation to learn whether herbal medicine is right for you.",
    "Our clinic has helped thousands of families eat better with herbal teas.",
    "Our therapists have helped thousands beat anxiety with talk therapy.",
    "Our clinic has helped thousands sleep better with herbal teas.",
    "Some herbalists claim to have helped hundreds reverse diabetes with herbs, but no trial supports this.",
    "Has herbal medicine helped thousands beat anxiety? The evidence says no.",
    "Dr. Ortiz has helped hundreds of patients find a practitioner they trust.",
    "Exercise has helped thousands beat depression naturally.",
    "Meditation has helped millions overcome anxiety naturally.",
]

# a detox sold as a program, protocol or cleanse
DETOX_FLAGGED = [
    "Our herbal detox program flushes heavy metals from your body in 14 days.",
    "This 7-day cleanse flushes toxins from your liver.",
    "Our liver detox protocol removes heavy metals from your body.",
    "The 21-day cleanse detoxifies your kidneys.",
    "Our juice cleanse detoxes your liver and kidneys.",
    "This detox kit draws out toxins from your colon.",
]
DETOX_PASSING = [
    "Our detox program may support healthy habits.",
    "Our 14-day program flushes the fear out of cooking.",
    "This detox program does not remove heavy metals; only chelation under medical care does.",
    "A chelation program under medical care removes heavy metals from the blood.",
    "The cleanse includes daily walks and plenty of water.",
    "Water flushes waste from your body through your kidneys.",
    "Does a juice cleanse really detox your liver?",
    "Some people say the cleanse detoxes the liver, but there is no evidence.",
]


@pytest.mark.parametrize("text,subject", COMBO_FLAGGED)
def test_sign_pairs_are_used_together(checker, text, subject):
    assert subject in _combos(checker, text)


@pytest.mark.parametrize("text", COMBO_PASSING)
def test_sign_pair_near_misses(checker, text):
    assert not _combos(checker, text)


@pytest.mark.parametrize("text,rule", ASIDE_FLAGGED)
def test_menu_aside_keeps_the_item_as_subject(checker, text, rule):
    assert rule in _fired(checker, text)


@pytest.mark.parametrize("text", ASIDE_PASSING)
def test_menu_aside_near_misses(checker, text):
    assert not {r for r in _fired(checker, text) if r.startswith("efficacy/")}


@pytest.mark.parametrize("text", RECORD_FLAGGED)
def test_practice_cure_records_are_flagged(checker, text):
    assert "efficacy/practice-cure-record" in _fired(checker, text)


@pytest.mark.parametrize("text", RECORD_PASSING)
def test_practice_bios_pass(checker, text):
    assert not {r for r in _fired(checker, text) if r.startswith("efficacy/")}


@pytest.mark.parametrize("text", DETOX_FLAGGED)
def test_detox_programs_are_flagged(checker, text):
    assert "efficacy/organ-detox" in _fired(checker, text)


@pytest.mark.parametrize("text", DETOX_PASSING)
def test_detox_program_near_misses(checker, text):
    assert "efficacy/organ-detox" not in _fired(checker, text)
