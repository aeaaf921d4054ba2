"""How strong the evidence is for a substance used for a condition (rules/evidence.yaml).

An efficacy finding about a substance and a condition the table covers says what is known in
its correction: the grade in words, the summary and a source, instead of a generic hedge that
may be wrong for that pair ("has not been shown to work" is untrue of kava for anxiety, where
trials disagree).
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

from .regexes import LazyRegex
from .rulefiles import RuleFileError, load_yaml

EVIDENCE_FILE = "evidence.yaml"  # beside the knowledge file
# Where a source counts as authoritative (the reference's own preference, in its order of listing).
AUTHORITIES = ("nih.gov", "cochrane", "fda.gov", "who.int", "medlineplus", "cancer.gov", "mskcc.org", "ema.europa.eu")
# The reference's grade scale, as a correction says it.
GRADE_WORDS = {
    "strong": "supported by consistent high-quality trials (check that the product and dose match them)",
    "moderate": "modest: several trials support a small effect, so cure or guarantee language overstates it",
    "mixed": "mixed: the trials disagree, so an unqualified claim overstates it",
    "preliminary": "unproven: there are only small or early human studies",
    "none": "untested in people: there are no human trials",
    "evidence against": "against the claim: adequate trials found no meaningful effect",
}


@dataclass(frozen=True)
class Evidence:
    substance: str
    condition: str
    aliases: tuple[str, ...]
    grade: str
    summary: str
    sources: tuple[str, ...]

    @property
    def source(self) -> str | None:
        """The source a finding cites: the first from a public health authority or a systematic
        review, else the first secure one, else the first."""
        for preferred in (lambda s: any(host in s for host in AUTHORITIES), lambda s: s.startswith("https://"),
                          lambda s: True):
            found = next((s for s in self.sources if preferred(s)), None)
            if found:
                return found
        return None

    def correction(self, name: str) -> str:
        return (f"Say what is known instead: the evidence for {name} for {self.condition} is "
                f"{GRADE_WORDS[self.grade]}. {self.summary}")


@dataclass
class EvidenceTable:
    entries: list[Evidence]
    _finders: dict[str, tuple[LazyRegex, dict[str, Evidence]]] = field(default_factory=dict, repr=False)

    def __post_init__(self) -> None:
        by_substance: dict[str, dict[str, Evidence]] = {}
        for entry in self.entries:
            names = by_substance.setdefault(entry.substance, {})
            for name in (*_condition_names(entry.condition), *entry.aliases):
                names.setdefault(_key(name), entry)  # the first pair listed keeps a shared name
        for substance, names in by_substance.items():
            # longest first, so "chronic pain" wins over "pain"; an acronym ("OUD", "GAD") only in capitals
            ordered = sorted(names, key=len, reverse=True)
            alternatives = [re.escape(name) if not name.isupper() else f"(?-i:{re.escape(name)})" for name in ordered]
            pattern = LazyRegex(r"(?<!\w)(?:" + "|".join(alternatives) + r")(?!\w)", re.IGNORECASE)
            self._finders[substance] = (pattern, names)

    def find(self, substance: str | None, text: str) -> Evidence | None:
        """The pair for `substance` whose condition `text` names (the longest name), or None."""
        finder = self._finders.get(substance or "")
        if finder is None:
            return None
        pattern, names = finder
        found = [match.group() for match in pattern.finditer(text)]
        if not found:
            return None
        longest = max(found, key=len)
        # an acronym is stored in capitals; any other name lower-cased, also when copy shouts it
        return names.get(longest) or names.get(longest.lower())


def _condition_names(condition: str) -> list[str]:
    """The condition as the table writes it, and as copy does: "cancer (prevention or
    treatment)" is also "cancer", "dementia / Alzheimer's treatment" also "dementia"."""
    bare = re.sub(r"\s*\([^)]*\)", "", condition).strip()
    return [condition, bare, *(part.strip() for part in bare.split(" / "))]


def _key(name: str) -> str:
    return name if name.isupper() else name.lower()


def load_evidence(path: Path, substances) -> EvidenceTable:
    """The table in `path` (empty when there is none), checked against the knowledge base's ids."""
    if not path.exists():
        return EvidenceTable([])
    data = load_yaml(path)
    where = str(path)
    if not isinstance(data, dict) or not isinstance(data.get("evidence"), list):
        raise RuleFileError(where, 1, "an evidence file needs an 'evidence' list")
    entries = []
    for number, item in enumerate(data["evidence"], 1):
        problem = _problem(item, substances)
        if problem:
            raise RuleFileError(where, 1, f"evidence entry {number}: {problem}")
        entries.append(Evidence(item["substance"], item["condition"], tuple(item.get("aliases") or ()), item["grade"],
                                " ".join(item["summary"].split()), tuple(item.get("sources") or ())))
    return EvidenceTable(entries)


def _problem(item, substances) -> str | None:
    if not isinstance(item, dict):
        return "expected a mapping"
    for key in ("substance", "condition", "grade", "summary"):
        if not isinstance(item.get(key), str) or not item[key].strip():
            return f"'{key}' must be a non-empty string"
    if item["substance"] not in substances:
        return f"unknown substance id {item['substance']!r}"
    if item["grade"] not in GRADE_WORDS:
        return f"unknown grade {item['grade']!r} (expected one of: {', '.join(GRADE_WORDS)})"
    aliases = item.get("aliases") or []
    if not isinstance(aliases, list) or not all(isinstance(a, str) and a.strip() for a in aliases):
        return "'aliases' must be a list of non-empty strings"
    sources = item.get("sources", [])
    if not isinstance(sources, list) or not all(isinstance(s, str) and s.startswith(("https://", "http://"))
                                                for s in sources):
        return "'sources' must be a list of web addresses (empty where the reference cites none)"
    return None
