"""The reference's "common confusions" column, row by row: chaga put on a tree that is not its host
(botanical/wrong-host), the cultivated Cordyceps militaris called the same species as the wild caterpillar
fungus (cordyceps' species), and blue lotus called the sacred lotus through a sameness link followed by more
words ("the same flower as the sacred lotus of India")."""
import pytest


@pytest.mark.parametrize("text", [
    "Our chaga is harvested from pine trees.",
    "These chaga chunks were gathered from spruce trees in Quebec.",
    "Chaga thrives on pine trees across Siberia.",
    "Foragers pick chaga off hemlocks in late winter.",
    "Chaga mushrooms grow mostly on conifers.",
    "We harvest our chaga from old cedar trees.",
    "Chaga is wild-harvested from spruce trees in Finland.",
    "Our chaga grows on birch and pine trees.",
    "Chaga is a parasite of fir trees.",
])
def test_chaga_on_a_tree_that_is_not_its_host(rules_fired, text):
    assert "botanical/wrong-host" in rules_fired(text)


@pytest.mark.parametrize("text", [
    "Chaga grows on birch.",
    "Chaga is harvested from living birch trees in Finland.",
    "Our chaga grows on white birch in the boreal forest.",
    "Chaga is never found on pine trees.",
    "Chaga does not grow on pine trees.",
    "Does chaga grow on pine trees?",
    "If your chaga came from pine trees, it is not chaga.",
    "Sellers who say chaga grows on conifers are wrong.",
    "Some sellers claim their chaga grows on pine trees, but it only grows on birch.",
    "Chaga may grow on pine trees.",
    "Chaga is gathered in spruce and birch forests.",
    "Chaga is harvested from living birch trees in pine forests.",
    "Chaga grows on birch, never on pine.",
    "Unlike chaga, reishi grows on pine.",
    "Turkey tail grows on fallen pine logs too.",
    "Chaga mycelium was grown on pine sawdust in the lab.",
])
def test_chaga_on_birch_or_denied_on_conifers_passes(rules_fired, text):
    assert "botanical/wrong-host" not in rules_fired(text)


@pytest.mark.parametrize("text", [
    "Cordyceps militaris is the same species as the wild caterpillar fungus.",
    "Cordyceps militaris is the same as Ophiocordyceps sinensis.",
    "Cordyceps militaris and Ophiocordyceps sinensis are the same fungus.",
    "Cordyceps militaris is the same fungus as yartsa gunbu.",
    "Ophiocordyceps sinensis is just another name for Cordyceps militaris.",
    "Our Cordyceps militaris is the same mushroom as Tibetan yartsa gunbu.",
])
def test_cultivated_cordyceps_called_the_wild_species(rules_fired, text):
    assert "botanical/conflation" in rules_fired(text)


@pytest.mark.parametrize("text", [
    "Cordyceps militaris is not the same species as yartsa gunbu.",
    "Cordyceps militaris and the caterpillar fungus are different species.",
    "Cordyceps militaris and Ophiocordyceps sinensis are different species.",
    "Is Cordyceps militaris the same fungus as yartsa gunbu?",
    "Some vendors claim Cordyceps militaris is the same as the wild caterpillar fungus.",
    "Cordyceps militaris is cheaper than wild Ophiocordyceps sinensis.",
    "Cordyceps is also called caterpillar fungus.",
    "Yartsa gunbu, the caterpillar fungus, grows on the Tibetan Plateau.",
    "Cordyceps militaris grows in North America.",
])
def test_cordyceps_species_kept_apart_pass(rules_fired, text):
    assert not rules_fired(text, "botanical")


def test_the_wild_species_keeps_its_own_range(rules_fired):
    assert "botanical/wrong-region" in rules_fired("Caterpillar fungus is native to North America.")


@pytest.mark.parametrize("text", [
    "Blue lotus is the same flower as the sacred lotus of India.",
    "Blue lotus is the same plant as the sacred lotus found in Hindu temples.",
    "Blue Egyptian water lily is the same flower as the lotus of India.",
    "Blue lotus is simply another name for the sacred lotus of Asia.",
    "Blue lotus is just another name for the sacred lotus.",
])
def test_blue_lotus_called_the_sacred_lotus(rules_fired, text):
    assert "botanical/wrong-family" in rules_fired(text)


@pytest.mark.parametrize("text", [
    "Blue lotus is not the sacred lotus.",
    "Blue lotus and sacred lotus are different plants.",
    "Blue lotus is a water lily, not the sacred lotus of India.",
    "Blue lotus is often confused with the sacred lotus of India.",
    "Blue lotus is not the same flower as the sacred lotus of Asia.",
    "Blue lotus is not just another name for the sacred lotus.",
    "Is blue lotus the same flower as the sacred lotus of India?",
    "Blue lotus looks like the sacred lotus of India.",
    "Blue lotus is the same color as the lotus of Hindu art.",
    "Some sellers call blue lotus 'lotus', but it is a water lily.",
    "Sacred lotus is revered in India.",
])
def test_blue_lotus_kept_apart_from_the_sacred_lotus_passes(rules_fired, text):
    assert not rules_fired(text, "botanical")


@pytest.mark.parametrize("text", [
    "Kava is the same as the coffee of the Pacific.",   # a bare "the same as" likens
    "Kava is the wild kratom.",                         # no sameness link: a likening
    "Kava is the same price as premium kratom.",
    "Matcha is the same as ordinary green tea.",
])
def test_likenings_and_true_sameness_pass(rules_fired, text):
    assert not rules_fired(text, "botanical")


@pytest.mark.parametrize("text", [
    "Kava is the same plant as the wild kratom.",
    "Kratom is just another name for Fijian kava.",
    "Korean ginseng is the same plant as wild American ginseng.",
])
def test_a_modifier_after_a_sameness_link_still_names_the_other_plant(rules_fired, text):
    assert "botanical/conflation" in rules_fired(text)
