"""Round 74: a Markdown table's bare answer cell ("None", "No", "✓") is read with its headers: the column's
header and the row's product ("Kava root. Side effects: None."), or in a transposed table the row's
question and the column's product ("Kava. Addictive? No."). The finding sits on the cell."""
import pytest


def _table(*rows: str) -> str:
    return "\n".join(rows) + "\n"


def _sentence_findings(checker, text: str, path: str = "page.md"):
    return [f for f in checker.check_text(text, path=path) if f.scope == "sentence"]


FLAG = [
    # (table, rule, subject, the cell's text)
    (_table("| Botanical | What it's for | Side effects |", "| --- | --- | --- |",
            "| Kava drink | Winding down | None |"), "safety/no-side-effects", "kava", "None"),
    (_table("| Herb | Typical dose | Known side effects |", "|---|---|---|",
            "| Ashwagandha | 300 mg | Zero |"), "safety/no-side-effects", "ashwagandha", "Zero"),
    (_table("| Herb | Known side effects |", "|:--|:-:|", "| Kratom | **none** |"),
     "safety/no-side-effects", "kratom", "none"),
    (_table("| Name | Side effects |", "| --- | --- |", "| Kratom extract | None reported |"),
     "safety/no-side-effects", "kratom", "None reported"),
    (_table("| | Kratom tea |", "|---|---|", "| Habit-forming? | No |"),
     "safety/risk-question-denied", "kratom", "No"),
    (_table("| Compare | Kava shot |", "|---|---|", "| Can you mix it with beer? | ✔ |"),
     "safety/risk-question-affirmed", "kava", "✔"),
    (_table("| | St. John's wort |", "|---|---|", "| OK with antidepressants? | ✅ |"),
     "safety/risk-question-affirmed", "st-johns-wort", "✅"),
    (_table("| Supplement | Drug interactions |", "| --- | --- |", "| St. John's wort capsules | Nil |"),
     "safety/safe-combination", "st-johns-wort", "Nil"),
    (_table("| Product | Safe while pregnant |", "| --- | --- |", "| Kava tincture | Yes |"),
     "safety/risk-question-affirmed", "kava", "Yes"),
    (_table("| Question | Answer |", "| --- | --- |", "| Is kratom habit forming? | Not at all |"),
     "safety/risk-question-denied", "kratom", "Not at all"),
    (_table("| Strain | Withdrawal |", "| --- | --- |", "| Green Malay kratom | None |"),
     "safety/non-addictive", "kratom", "None"),
    (_table("| | Kratom |", "|---|---|", "| FDA approved? | Yes |"), "efficacy/regulatory-approval", "kratom", "Yes"),
    # no outer pipes
    (_table("Product | Side effects", "--- | ---", "Kava paste | Zero"), "safety/no-side-effects", "kava", "Zero"),
]


@pytest.mark.parametrize("text,rule,subject,cell", FLAG)
def test_bare_answer_cell_read_with_its_headers(checker, text, rule, subject, cell):
    found = [f for f in _sentence_findings(checker, text) if f.rule == rule and f.subject == subject]
    assert found, [(f.rule, f.subject, f.text) for f in _sentence_findings(checker, text)]
    assert found[0].text == cell
    last_line = text.rstrip("\n").split("\n")[-1]
    assert found[0].line == 3
    assert found[0].column == last_line.index(cell) + 1


def test_transposed_table_reads_each_column_for_its_product(checker):
    text = _table("| | Kava | Kratom |", "|---|---|---|", "| Addictive? | No | No |", "| Safe with alcohol? | Yes | Yes |",
                  "| Plant part | Root | Leaf |")
    found = {(f.rule, f.subject, f.line, f.column) for f in _sentence_findings(checker, text)}
    assert ("safety/risk-question-denied", "kava", 3, 16) in found
    assert ("safety/risk-question-denied", "kratom", 3, 21) in found
    assert ("safety/risk-question-affirmed", "kava", 4, 24) in found
    assert ("safety/risk-question-affirmed", "kratom", 4, 30) in found
    assert not [f for f in _sentence_findings(checker, text) if f.line == 5]


def test_cell_finding_keeps_the_row_finding_and_has_no_fix(checker):
    text = _table("| Product | Benefit | Side effects |", "| --- | --- | --- |", "| Kava root | Cures anxiety | None |")
    found = _sentence_findings(checker, text)
    assert {f.rule for f in found} == {"efficacy/cure-claim", "safety/no-side-effects"}
    cell = next(f for f in found if f.rule == "safety/no-side-effects")
    assert cell.fix is None and text[cell.start:cell.end] == "None"


def test_plain_text_table_is_read_too(checker):
    text = _table("| Herb | Side effects |", "| --- | --- |", "| Kava | None |")
    assert {f.rule for f in _sentence_findings(checker, text, path="page.txt")} == {"safety/no-side-effects"}


PASS = [
    _table("| | Kava | Kratom |", "|---|---|---|", "| Plant part | Root | Leaf |"),
    _table("| | Kava | Kratom |", "|---|---|---|", "| Addictive? | Yes, with daily use | Yes |"),
    _table("| Plan | Price | Returns |", "| --- | --- | --- |", "| Kava monthly box | $30 | None |"),
    _table("| Option | Cost | Returns |", "| --- | --- | --- |", "| Standard shipping | $5 | None |"),
    _table("| Herb | Side effects |", "| --- | --- |", "| Kava | Nausea, liver injury (rare) |"),
    _table("| Herb | Side effects |", "| --- | --- |"),
    _table("| Herb | Side effects |", "| --- | --- |", "| Kava | See below |"),
    _table("| Herb | Side effects |", "| --- | --- |", "| Kava | - |", "| Kratom | N/A |"),
    _table("| | Kratom |", "|---|---|", "| Addictive? | Yes |", "| Withdrawal? | Yes |"),
    _table("| | Kratom |", "|---|---|", "| FDA approved? | No |", "| Safe with alcohol? | No |"),
    _table("| Product | Added sugar | Caffeine |", "| --- | --- | --- |", "| Kava drink | None | 0 |"),
    _table("| | Kava | Kratom |", "|---|---|---|", "| Vegan? | Yes | Yes |", "| Third-party tested? | Yes | No |"),
    _table("| Herb | In stock | Organic |", "| --- | --- | --- |", "| Kratom | Yes | No |"),
    # a study's results, not a product's claim
    _table("| Outcome | Kava group (n=60) | Placebo group (n=60) |", "| --- | --- | --- |",
           "| Serious adverse events | 0 | 0 |"),
    _table("| Measure | Kava extract | Placebo |", "| --- | --- | --- |", "| Adverse events | None | None |"),
    # a negative label answered no says the risk is there
    _table("| Feature | Kratom capsules |", "|:-|:-:|", "| Non-habit forming? | ✗ |"),
    # no product in the table: the answer is said of nothing the rules know
    _table("| Feature | Ours | Theirs |", "| --- | --- | --- |", "| Side effects | None | Many |"),
    _table("| | Kratom sampler | Kava kit |", "| --- | --- | --- |", "| Returns accepted? | No | No |"),
    # a count among other figures
    _table("| Herb | Studies | Serious events |", "| --- | --- | --- |", "| Kava | 12 | 0 |"),
    # a myth column is judged, not said
    _table("| Herb | Myth | Fact |", "| --- | --- | --- |", "| Kava | None | Liver injury is rare but real |"),
    # the same cells outside a table stay as they are
    "Kava root\n\nNone\n",
]


@pytest.mark.parametrize("text", PASS)
def test_table_near_misses_pass(checker, text):
    assert not _sentence_findings(checker, text), [(f.rule, f.text) for f in _sentence_findings(checker, text)]
