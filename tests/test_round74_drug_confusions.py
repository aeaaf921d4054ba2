"""Drug-side identity confusions of the reference's "common confusions" column (rows 1, 17, 28): kratom called kin
of the opium poppy (it is a coffee-family tree), concentrated 7-OH called plain kratom leaf, CBD called marijuana or
THC, and green tea extract equated with brewed tea. Negations, questions, attributions, comparisons and true kinship
above the family pass."""
import pytest


@pytest.mark.parametrize("text", [
    "Kratom is related to the opium poppy.",
    "Kratom is a cousin of the opium poppy.",
    "Our kratom is a close relative of opium poppies.",
    "Kratom and the opium poppy are closely related plants.",
    "Kratom and the poppy are related.",
    "Kratom belongs to the same family as the opium poppy.",
    "Kratom, a close relative of the opium poppy, grows in Thailand.",
])
def test_kratom_called_kin_of_the_poppy(rules_fired, text):
    assert "botanical/wrong-family" in rules_fired(text)


@pytest.mark.parametrize("text", [
    "Kratom is not related to the opium poppy.",
    "Is kratom related to the opium poppy?",
    "Some sellers say kratom is related to the opium poppy, but it belongs to the coffee family.",
    "Kratom's alkaloids act on opioid receptors, though it is not a poppy.",
    "Unlike the opium poppy, kratom is a tree in the coffee family.",
    "Both kratom and the opium poppy yield alkaloids.",
    "Kratom and the opium poppy are related only in their effects.",
    # black seed (Ranunculaceae) and the poppy (Papaveraceae) share an order: kin above the family
    "Black seed is related to the poppy.",
    "Black seed and poppy are related.",
])
def test_no_poppy_kinship_claimed_or_a_true_one(rules_fired, text):
    assert "botanical/wrong-family" not in rules_fired(text)


def test_a_same_family_claim_across_one_order_is_still_wrong(rules_fired):
    assert "botanical/wrong-family" in rules_fired("Black seed is in the same family as the poppy.")


@pytest.mark.parametrize("text", [
    "7-OH is just natural kratom.",
    "7-OH tablets are pure kratom leaf.",
    "These 7-OH gummies are just kratom.",
    "7-OH products are really just kratom powder.",
    "Our 7-OH shots are nothing more than concentrated kratom.",
    "7-hydroxymitragynine is the same thing as kratom leaf.",
    "7OH is just natural kratom.",
    "7-OH and kratom leaf are the same thing.",
])
def test_concentrated_7oh_called_kratom_leaf(rules_fired, text):
    assert "botanical/concentrate-as-leaf" in rules_fired(text)


@pytest.mark.parametrize("text", [
    "7-OH is an alkaloid found in kratom leaf.",
    "7-OH is a kratom alkaloid.",
    "7-OH is kratom's most potent alkaloid.",
    "7-OH is much stronger than kratom leaf.",
    "7-OH is more than just kratom.",
    "7-OH is kratom-derived but far more potent.",
    "7-OH is not the same as natural kratom leaf.",
    "Is 7-OH just kratom?",
    "Some vendors claim 7-OH is just kratom.",
    "If 7-OH were just kratom, the FDA would not single it out.",
])
def test_7oh_described_truly_or_the_claim_denied(rules_fired, text):
    assert "botanical/concentrate-as-leaf" not in rules_fired(text)


@pytest.mark.parametrize("text", [
    "CBD is marijuana.",
    "CBD is just weed.",
    "CBD is pot.",
    "CBD tinctures are basically weed.",
    "CBD oil is the same as THC oil.",
    "CBD oil is really just THC.",
    "Cannabidiol is another name for THC.",
    "CBD and THC are the same compound.",
    "CBD and marijuana are one and the same.",
    "CBD gummies are nothing more than weed gummies.",
])
def test_cbd_called_marijuana_or_thc(rules_fired, text):
    assert "botanical/cbd-as-marijuana" in rules_fired(text)


@pytest.mark.parametrize("text", [
    "CBD comes from the same plant as marijuana.",
    "CBD and THC are both cannabinoids.",
    "CBD and THC have the same chemical formula but act differently.",
    "CBD is not marijuana.",
    "CBD isn't weed.",
    "Is CBD the same as weed?",
    "People often assume CBD is weed.",
    "CBD is THC-free.",
    "CBD is marijuana-free.",
    "CBD is weed's calmer cousin.",
    "CBD is safer than THC for daytime use.",
    "CBD is extracted from hemp, not marijuana.",
    "CBD is found in both hemp and marijuana.",
    "CBD oil is different from THC oil.",
])
def test_cbd_set_apart_from_marijuana_or_compared(rules_fired, text):
    assert "botanical/cbd-as-marijuana" not in rules_fired(text)


@pytest.mark.parametrize("text", [
    "Green tea extract is the same as drinking a cup of green tea.",
    "Green tea extract capsules are equivalent to a cup of green tea.",
    "Green tea extract pills are just like drinking green tea.",
    "Green tea extract is identical to a cup of brewed green tea.",
    "Taking green tea extract is no different from drinking green tea.",
    "Matcha extract is the same as matcha tea.",
])
def test_green_tea_extract_equated_with_brewed_tea(rules_fired, text):
    assert "botanical/extract-as-brewed-tea" in rules_fired(text)


@pytest.mark.parametrize("text", [
    "Green tea extract is more concentrated than brewed tea.",
    "Green tea extract is stronger than brewed green tea.",
    "Green tea extract is made from green tea leaves.",
    "Green tea extract is not the same as drinking a cup of green tea.",
    "Green tea extract is different from brewed tea.",
    "Is green tea extract the same as drinking green tea?",
    "Green tea extract is the same as green tea extract from other brands.",
    "Green tea extract has the same catechins as green tea leaves.",
    "Green tea extract is the same as green tea in one way: both come from Camellia sinensis.",
])
def test_green_tea_extract_set_apart_or_compared(rules_fired, text):
    assert "botanical/extract-as-brewed-tea" not in rules_fired(text)


@pytest.mark.parametrize("text, rule", [
    ("Matcha comes from a different plant than green tea.", "botanical/same-plant"),
    ("Try our caffeine-free green tea.", "botanical/caffeine-denied"),
])
def test_the_other_green_tea_confusions_still_flag(rules_fired, text, rule):
    assert rule in rules_fired(text)
