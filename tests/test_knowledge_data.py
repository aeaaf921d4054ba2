"""Structural invariants of the botanical knowledge base (rules/botanicals.yaml).

These check the data itself, independently of the code that reads it: every reference
resolves (families, regions), vocabularies are closed, and no phrase belongs to two
entries, so the matcher never has to guess.
"""
from __future__ import annotations

import re
from collections import Counter
from pathlib import Path

import pytest
import yaml

KB_PATH = Path(__file__).resolve().parents[1] / "rules" / "botanicals.yaml"

TOP_LEVEL_KEYS = {"version", "families", "regions", "substances", "partners"}
FAMILY_KEYS = {"latin", "common", "older"}
REGION_KEYS = {"id", "names", "places", "adjectives"}
SUBSTANCE_KEYS = {
    "id", "name", "names", "misspellings", "latin", "family", "kind", "form", "parts",
    "tolerated_parts", "native", "product", "wrong_forms", "confusions", "references", "compounds",
    "several_species", "not_names", "older_families", "species",
}
OPTIONAL_SUBSTANCE_KEYS = {"product", "compounds", "several_species", "not_names", "older_families", "species"}
PARTNER_KEYS = {"id", "names"}
CONFUSION_KEYS = {"wrong", "correction"}

FORMS_BY_KIND = {
    "plant": {"tree", "shrub", "herb", "vine"},
    "fungus": {"mushroom", "polypore", "conk"},
    "alga": {"seaweed", "microalga"},
    "cyanobacterium": {"cyanobacterium"},
}
PARTS = {
    "leaf", "root", "rhizome", "bark", "seed", "fruit", "berry", "flower", "aerial-parts",
    "stem", "twig", "fruiting-body", "mycelium", "sclerotium", "whole-organism", "resin",
}
REQUIRED_IDS = {
    "kratom", "kava", "ashwagandha", "turmeric", "maca", "reishi", "lions-mane", "chaga",
    "cordyceps", "turkey-tail", "psilocybin-mushrooms", "amanita-muscaria", "st-johns-wort",
    "valerian", "panax-ginseng", "eleuthero", "echinacea", "cbd", "hemp-seed", "moringa",
    "spirulina", "chlorella", "sea-moss", "black-seed", "rhodiola", "elderberry", "ginkgo",
    "milk-thistle", "blue-lotus", "green-tea", "yerba-mate", "kanna", "passionflower",
    "chamomile", "ginger",
}
PARTNER_IDS = {"alcohol", "opioids", "sedatives"}
ID_PATTERN = re.compile(r"^[a-z0-9]+(-[a-z0-9]+)*$")
# "Genus species", optionally "Genus species var. epithet"; no authorities.
LATIN_PATTERN = re.compile(r"^[A-Z][a-z]+ [a-z]+( var\. [a-z]+)?$")
# Phrases too ambiguous for a gazetteer matched in lower case.
AMBIGUOUS_PLACE_WORDS = {"georgia", "java", "pacific", "us", "america", "turkey", "chile", "jordan", "chad", "amazon"}
# The same plant legitimately backs two products (CBD from flowers, oil from seeds).
SHARED_LATIN = {"Cannabis sativa": {"cbd", "hemp-seed"}}


@pytest.fixture(scope="module")
def kb() -> dict:
    with KB_PATH.open(encoding="utf-8") as handle:
        return yaml.safe_load(handle)


@pytest.fixture(scope="module")
def substances(kb) -> list[dict]:
    return kb["substances"]


def _strings(values) -> bool:
    return isinstance(values, list) and all(isinstance(v, str) and v.strip() == v and v for v in values)


def test_top_level_shape(kb):
    assert set(kb) == TOP_LEVEL_KEYS
    assert kb["version"] == 1


# --- families -----------------------------------------------------------------------

def test_families_are_well_formed(kb):
    for family in kb["families"]:
        assert set(family) == FAMILY_KEYS, family
        assert re.fullmatch(r"[A-Z][a-z]+aceae", family["latin"]), family["latin"]
        assert _strings(family["common"]), family
        assert _strings(family["older"]), family
        assert all(re.fullmatch(r"[A-Z][a-z]+(aceae|ae)", name) for name in family["older"]), family


def test_family_names_are_unique(kb):
    """Every latin, older and common name resolves to exactly one family."""
    names = Counter()
    for family in kb["families"]:
        for name in {family["latin"], *family["older"], *family["common"]}:
            names[name.lower()] += 1
    assert [n for n, count in names.items() if count > 1] == []


def test_family_labels_start_with_a_family_phrase(kb):
    """Messages say 'the {common[0]} ({latin})', so the first common name is 'X family'."""
    for family in kb["families"]:
        if family["common"]:
            assert family["common"][0].endswith(" family"), family


def test_every_x_family_phrase_has_its_bare_form(kb):
    """Lookups strip ' family' from the text, so 'pepper family' needs 'pepper' too."""
    for family in kb["families"]:
        common = {c.lower() for c in family["common"]}
        for name in common:
            if name.endswith(" family"):
                assert name.removesuffix(" family") in common, (family["latin"], name)


# --- regions ------------------------------------------------------------------------

def test_regions_are_well_formed(kb):
    ids = [region["id"] for region in kb["regions"]]
    assert len(ids) == len(set(ids))
    for region in kb["regions"]:
        assert set(region) == REGION_KEYS, region
        assert ID_PATTERN.match(region["id"]), region["id"]
        assert region["names"] and _strings(region["names"]), region["id"]
        assert _strings(region["places"]), region["id"]
        assert _strings(region["adjectives"]), region["id"]


def test_regions_avoid_ambiguous_words(kb):
    for region in kb["regions"]:
        for phrase in region["names"] + region["places"] + region["adjectives"]:
            assert phrase.lower() not in AMBIGUOUS_PLACE_WORDS, (region["id"], phrase)


def test_required_regions_exist(kb):
    ids = {region["id"] for region in kb["regions"]}
    assert {"southeast-asia", "pacific-islands", "south-asia", "east-asia", "andes", "amazon",
            "south-america", "north-america", "europe", "mediterranean", "africa",
            "southern-africa", "arctic", "middle-east", "central-asia", "russia"} <= ids


# --- substances ---------------------------------------------------------------------

def test_at_least_the_required_substances(substances):
    ids = [s["id"] for s in substances]
    assert len(substances) >= 34
    assert len(ids) == len(set(ids)), [i for i, n in Counter(ids).items() if n > 1]
    assert REQUIRED_IDS <= set(ids), REQUIRED_IDS - set(ids)


def test_substance_keys(substances):
    for s in substances:
        assert SUBSTANCE_KEYS - OPTIONAL_SUBSTANCE_KEYS <= set(s) <= SUBSTANCE_KEYS, (s.get("id"), set(s) ^ SUBSTANCE_KEYS)


def test_ids_are_lowercase_hyphenated(substances):
    for s in substances:
        assert ID_PATTERN.match(s["id"]), s["id"]


def test_substance_fields_have_the_right_types(substances):
    for s in substances:
        assert isinstance(s["name"], str) and s["name"], s["id"]
        for key in ("names", "latin", "parts", "native", "references"):
            assert s[key] and _strings(s[key]), (s["id"], key)
        for key in ("misspellings", "tolerated_parts", "wrong_forms"):
            assert _strings(s[key]), (s["id"], key)
        if "product" in s:
            assert isinstance(s["product"], str) and s["product"], s["id"]
        assert all(w == w.lower() for w in s["wrong_forms"]), s["id"]


def test_families_exist(kb, substances):
    families = {f["latin"] for f in kb["families"]}
    for s in substances:
        assert s["family"] in families, (s["id"], s["family"])


def test_native_regions_exist(kb, substances):
    regions = {r["id"] for r in kb["regions"]}
    for s in substances:
        assert set(s["native"]) <= regions, (s["id"], set(s["native"]) - regions)
        assert len(s["native"]) == len(set(s["native"])), s["id"]


def test_kind_form_and_parts_vocabularies(substances):
    for s in substances:
        assert s["kind"] in FORMS_BY_KIND, (s["id"], s["kind"])
        assert s["form"] in FORMS_BY_KIND[s["kind"]], (s["id"], s["kind"], s["form"])
        assert set(s["parts"]) <= PARTS, (s["id"], set(s["parts"]) - PARTS)
        assert set(s["tolerated_parts"]) <= PARTS, (s["id"], set(s["tolerated_parts"]) - PARTS)
        assert not set(s["parts"]) & set(s["tolerated_parts"]), s["id"]


def test_fungal_parts_match_the_kind(substances):
    fungal_parts = {"fruiting-body", "mycelium", "sclerotium"}
    for s in substances:
        if s["kind"] == "fungus":
            assert set(s["parts"]) <= fungal_parts, s["id"]
        else:
            assert not set(s["parts"]) & fungal_parts, s["id"]


def test_no_phrase_names_two_substances(substances):
    """A name or misspelling belongs to exactly one substance (case-insensitive)."""
    owner: dict[str, str] = {}
    clashes = []
    for s in substances:
        for phrase in {p.lower() for p in s["names"] + s["misspellings"]}:
            if phrase in owner and owner[phrase] != s["id"]:
                clashes.append((phrase, owner[phrase], s["id"]))
            owner[phrase] = s["id"]
    assert clashes == []


def test_partner_names_do_not_clash_with_substances(kb, substances):
    substance_phrases = {p.lower() for s in substances for p in s["names"] + s["misspellings"]}
    partner_phrases = Counter(p.lower() for partner in kb["partners"] for p in partner["names"])
    assert [p for p, n in partner_phrases.items() if n > 1] == []
    assert set(partner_phrases) & substance_phrases == set()


def test_latin_names(substances):
    owners: dict[str, set[str]] = {}
    for s in substances:
        for binomial in s["latin"]:
            assert LATIN_PATTERN.match(binomial), (s["id"], binomial)
            owners.setdefault(binomial, set()).add(s["id"])
    shared = {name: ids for name, ids in owners.items() if len(ids) > 1}
    assert shared == SHARED_LATIN


def test_references_are_https_urls(substances):
    for s in substances:
        assert len(s["references"]) >= 1, s["id"]
        for url in s["references"]:
            assert url.startswith("https://") and " " not in url, (s["id"], url)
        assert len(s["references"]) == len(set(s["references"])), s["id"]


def test_confusions_are_well_formed(substances):
    for s in substances:
        assert isinstance(s["confusions"], list), s["id"]
        assert len(s["confusions"]) <= 3, s["id"]
        for confusion in s["confusions"]:
            assert set(confusion) == CONFUSION_KEYS, (s["id"], confusion)
            assert isinstance(confusion["wrong"], str) and confusion["wrong"], s["id"]
            assert isinstance(confusion["correction"], str), s["id"]
            assert confusion["correction"].endswith("."), (s["id"], confusion["correction"])


def test_partners(kb):
    assert {p["id"] for p in kb["partners"]} == PARTNER_IDS
    for partner in kb["partners"]:
        assert set(partner) == PARTNER_KEYS, partner
        assert partner["names"] and _strings(partner["names"]), partner["id"]


# --- a few facts the whole checker leans on -------------------------------------------

@pytest.mark.parametrize("substance_id, kind, form, family", [
    ("kratom", "plant", "tree", "Rubiaceae"),
    ("kava", "plant", "shrub", "Piperaceae"),
    ("ginkgo", "plant", "tree", "Ginkgoaceae"),
    ("spirulina", "cyanobacterium", "cyanobacterium", "Microcoleaceae"),
    ("chlorella", "alga", "microalga", "Chlorellaceae"),
    ("sea-moss", "alga", "seaweed", "Gigartinaceae"),
    ("chaga", "fungus", "conk", "Hymenochaetaceae"),
    ("reishi", "fungus", "polypore", "Polyporaceae"),
    ("ashwagandha", "plant", "shrub", "Solanaceae"),
    ("blue-lotus", "plant", "herb", "Nymphaeaceae"),
])
def test_key_facts(substances, substance_id, kind, form, family):
    s = next(s for s in substances if s["id"] == substance_id)
    assert (s["kind"], s["form"], s["family"]) == (kind, form, family)


def test_kava_and_kratom_regions_do_not_overlap(substances):
    by_id = {s["id"]: s for s in substances}
    assert by_id["kava"]["native"] == ["pacific-islands"]
    assert "pacific-islands" not in by_id["kratom"]["native"]
    assert "southeast-asia" in by_id["kratom"]["native"]


def test_cbd_and_hemp_seed_use_different_parts(substances):
    by_id = {s["id"]: s for s in substances}
    assert "seed" not in by_id["cbd"]["parts"]
    assert by_id["hemp-seed"]["parts"] == ["seed"]


def test_several_species_marks_entries_whose_names_are_different_plants(kb):
    """Entries grouping species (ginseng: Panax ginseng and P. quinquefolius; chamomile: Matricaria and
    Chamaemelum) say so, since "Asian ginseng and American ginseng are different plants" is true; an entry whose
    Latin names are synonyms of one species does not."""
    by_id = {s["id"]: s for s in kb["substances"]}
    for grouping in ("panax-ginseng", "chamomile", "echinacea", "reishi", "cordyceps"):
        assert by_id[grouping].get("several_species") is True, grouping
    for one_species in ("green-tea", "kava", "kratom", "yerba-mate"):
        assert not by_id[one_species].get("several_species"), one_species


def test_not_names_begin_with_a_name_of_their_entry(substances):
    """A `not_names` phrase hides a shorter name of its own entry that it begins with ("amanita phalloides" hides
    "amanita", "a. virosa" the abbreviated genus of its Latin name); it is never a name of the entry itself."""
    for s in substances:
        names = {n.lower() for n in s.get("names", [])} | {n.lower() for n in s.get("latin", [])}
        genera = {b.split()[0].lower() for b in s.get("latin", [])}
        starts = names | genera | {g[0] + "." for g in genera}
        for phrase in s.get("not_names", []):
            assert phrase.lower() not in names, (s["id"], phrase)
            assert phrase.split()[0].lower() in starts, (s["id"], phrase)
