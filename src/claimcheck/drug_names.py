"""Generic drug names told by their stems.

Most generic drug names end in a stem the naming councils (USAN/INN) assign to a drug class:
omeprazole and esomeprazole (-prazole), atorvastatin (-statin), lisinopril (-pril), losartan (-sartan),
metoprolol (-olol), famotidine (-tidine), doxycycline (-cycline), azithromycin (-mycin), amoxicillin
(-cillin), ciprofloxacin (-floxacin), sumatriptan (-triptan), sitagliptin (-gliptin), semaglutide
(-glutide), sildenafil (-afil), fluoxetine (-oxetine), lorazepam (-azepam), alprazolam (-azolam),
oseltamivir (-vir). A comparison that names one ("works as well as pantoprazole") names a drug the
`drugs` lexicon cannot list in full. Read only for a word in a comparison's slot, never per token of a
document. Short words are left out so English words with the same ending are not drugs ("April",
"pistol"); so are the listed English words that share a long stem.
"""
from __future__ import annotations

import re

_STEMS = re.compile(
    r"(?:prazole|conazole|vastatin|statin|pril|sartan|olol|tidine|cycline|mycin|micin|cillin|floxacin|triptan|"
    r"gliptin|glutide|gliflozin|afil|oxetine|azepam|azolam|dipine|triptyline|lukast|tadine|fenadine|profen|coxib|"
    r"tinib|parin|semide|thiazide|vir)$")
_MIN_LENGTH = 7
# English words (and names) with a stem's ending
_NOT_DRUGS = frozenset({"carpool", "tarpool", "pistol", "festival", "survivor", "bristol"})


def is_generic_drug_name(word: str) -> bool:
    """Does a lower-case word end in a generic drug stem and look like a drug name (letters only, long enough)?"""
    return (len(word) >= _MIN_LENGTH and word.isalpha() and word not in _NOT_DRUGS
            and _STEMS.search(word) is not None)
