"""The botanical knowledge base: facts about each substance, loaded once from YAML.

Facts live in ``rules/botanicals.yaml`` (built from the project's reference notes, with
their sources); nothing here repeats them.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path

from .evidence import EVIDENCE_FILE, EvidenceTable, load_evidence
from .rulefiles import RuleFileError, load_yaml
from .validation import validate_knowledge_file

KINDS = ("plant", "fungus", "alga", "cyanobacterium")


@dataclass(frozen=True)
class Family:
    latin: str
    common: tuple[str, ...]
    older: tuple[str, ...]

    @property
    def label(self) -> str:
        return f"the {self.common[0]} ({self.latin})" if self.common else self.latin

    def names(self) -> tuple[str, ...]:
        return (self.latin, *self.older, *self.common)


@dataclass(frozen=True)
class Region:
    id: str
    names: tuple[str, ...]
    places: tuple[str, ...]
    adjectives: tuple[str, ...]


@dataclass(frozen=True)
class Species:
    """One species of an entry whose names cover several (`several_species`): the names that
    name it alone ("American ginseng"), its Latin names and where it is native. A name the
    species share ("ginseng", "red ginseng") is in none of them and keeps the entry's facts."""

    name: str
    names: tuple[str, ...]
    latin: tuple[str, ...]
    native: tuple[str, ...]

    @cached_property
    def keys(self) -> frozenset[str]:
        return frozenset(_name_key(n) for n in (*self.names, *self.latin))


def _name_key(text: str) -> str:
    """A mention's text as a species name: lower case, one space, no possessive."""
    key = " ".join(text.lower().replace("\u2019", "'").split())
    return key.removesuffix("'s").removesuffix("'")


@dataclass(frozen=True)
class Substance:
    id: str
    name: str
    names: tuple[str, ...]
    misspellings: tuple[str, ...]
    latin: tuple[str, ...]
    family: str
    kind: str
    form: str
    parts: tuple[str, ...]
    tolerated_parts: tuple[str, ...]
    native: tuple[str, ...]
    product: str
    wrong_forms: tuple[str, ...]
    confusions: tuple[dict, ...]
    references: tuple[str, ...]
    compounds: tuple[str, ...] = ()  # names that are its defining compound ("psilocybin"), lower case
    several_species: bool = False  # its names cover more than one species (Asian and American ginseng)
    not_names: tuple[str, ...] = ()  # longer phrases that name something else ("amanita phalloides")
    # families it was placed in before, that are other entries' families now (elder in Caprifoliaceae)
    older_families: tuple[str, ...] = ()
    # the species its names cover, for the names and Latin names that name one alone (Asian and
    # American ginseng): region and Latin-name checks read that species' facts
    species: tuple[Species, ...] = ()

    def species_named(self, text: str) -> Species | None:
        """The species a mention's text names alone ("American ginseng", "Panax quinquefolius",
        plurals and possessives too), or None (a name the species share, an entry without any)."""
        if not self.species:
            return None
        key = _name_key(text)
        for candidate in (key, key.removesuffix("s")):
            for species in self.species:
                if candidate in species.keys:
                    return species
        return None

    def in_family(self, family: str) -> bool:
        """Its family, or one it was placed in before ("elder, in the honeysuckle family")."""
        return family == self.family or family in self.older_families

    @property
    def display_name(self) -> str:
        return self.name[:1].upper() + self.name[1:]


@dataclass(frozen=True)
class Partner:
    """A non-botanical substance that matters for combination safety (alcohol, opioids…)."""

    id: str
    names: tuple[str, ...]


@dataclass
class Knowledge:
    substances: dict[str, Substance]
    families: dict[str, Family]
    regions: dict[str, Region]
    partners: dict[str, Partner]
    source: str = ""
    evidence: EvidenceTable = field(default_factory=lambda: EvidenceTable([]))  # from evidence.yaml beside it
    _family_by_name: dict[str, Family] = field(default_factory=dict, repr=False)

    def __post_init__(self) -> None:
        for family in self.families.values():
            for name in family.names():
                self._family_by_name[name.lower()] = family

    def family_named(self, name: str) -> Family | None:
        return self._family_by_name.get(name.lower().removesuffix(" family").strip())

    def family_of(self, substance: Substance) -> Family:
        return self.families[substance.family]


def _tuple(value) -> tuple:
    if value is None:
        return ()
    if isinstance(value, (list, tuple)):
        return tuple(value)
    return (value,)


def load_knowledge(path: Path) -> Knowledge:
    """The knowledge base in `path`, parsed and validated once per content (see `cache.compiled`)."""
    from .cache import compiled

    return compiled("knowledge", knowledge_files(path), lambda: _load_knowledge(path))


def knowledge_files(path: Path) -> list[Path]:
    """The knowledge file and, when there is one, the evidence table beside it."""
    evidence = evidence_path(path)
    return [path, evidence] if evidence.exists() else [path]


def evidence_path(path: Path) -> Path:
    return Path(path).with_name(EVIDENCE_FILE)


def _load_knowledge(path: Path) -> Knowledge:
    data = load_yaml(path)
    where = str(path)
    if not isinstance(data, dict) or "substances" not in data:
        raise RuleFileError(where, 1, "a knowledge file needs a 'substances' list")
    validate_knowledge_file(data, where)
    try:
        families = {
            f["latin"]: Family(f["latin"], _tuple(f.get("common")), _tuple(f.get("older")))
            for f in data.get("families", [])
        }
        regions = {
            r["id"]: Region(r["id"], _tuple(r.get("names")), _tuple(r.get("places")), _tuple(r.get("adjectives")))
            for r in data.get("regions", [])
        }
        partners = {p["id"]: Partner(p["id"], _tuple(p.get("names"))) for p in data.get("partners", [])}
        substances = {}
        for entry in data["substances"]:
            substance = Substance(
                id=entry["id"],
                name=entry.get("name", entry["id"]),
                names=_tuple(entry.get("names")),
                misspellings=_tuple(entry.get("misspellings")),
                latin=_tuple(entry.get("latin")),
                family=entry["family"],
                kind=entry["kind"],
                form=entry.get("form", ""),
                parts=_tuple(entry.get("parts")),
                tolerated_parts=_tuple(entry.get("tolerated_parts")),
                native=_tuple(entry.get("native")),
                product=entry.get("product") or "",
                wrong_forms=_tuple(entry.get("wrong_forms")),
                confusions=_tuple(entry.get("confusions")),
                references=_tuple(entry.get("references")),
                compounds=tuple(name.lower() for name in _tuple(entry.get("compounds"))),
                several_species=bool(entry.get("several_species")),
                not_names=_tuple(entry.get("not_names")),
                older_families=_tuple(entry.get("older_families")),
                species=tuple(Species(sp["name"], _tuple(sp.get("names")), _tuple(sp.get("latin")),
                                      _tuple(sp.get("native"))) for sp in entry.get("species") or ()),
            )
            if substance.id in substances:
                raise RuleFileError(where, getattr(entry, "line", 0), f"duplicate substance id '{substance.id}'")
            for family in (substance.family, *substance.older_families):
                if family not in families:
                    raise RuleFileError(where, getattr(entry, "line", 0),
                                        f"substance '{substance.id}' names unknown family '{family}'")
            unknown_regions = [r for r in (*substance.native, *(r for sp in substance.species for r in sp.native))
                               if r not in regions]
            if unknown_regions:
                raise RuleFileError(where, getattr(entry, "line", 0),
                                    f"substance '{substance.id}' names unknown region(s) {unknown_regions}")
            substances[substance.id] = substance
    except (KeyError, TypeError) as error:
        raise RuleFileError(where, 0, f"malformed knowledge entry: missing or wrong field {error}") from None
    return Knowledge(substances, families, regions, partners, source=where,
                     evidence=load_evidence(evidence_path(path), substances))
