"""rules/context.yaml is validated like every rule file: a broken cue list is one clear line."""
import shutil

import pytest

from claimcheck import rulebook
from claimcheck.rulefiles import RuleFileError


@pytest.fixture
def shipped_copy(tmp_path, monkeypatch):
    copy = tmp_path / "rules"
    shutil.copytree(rulebook.shipped_rules_dir(), copy)
    monkeypatch.setattr(rulebook, "shipped_rules_dir", lambda: copy)
    return copy


def test_shipped_context_file_is_valid():
    assert rulebook.load_rulebook().context["cues"]


def test_unknown_cue_key_is_reported_with_file_and_line(shipped_copy):
    context = shipped_copy / "context.yaml"
    context.write_text(context.read_text(encoding="utf-8") + "  - kind: hedge\n    direction: sideways\n"
                       "    phrases: [perhaps]\n", encoding="utf-8")
    with pytest.raises(RuleFileError) as raised:
        rulebook.load_rulebook()
    assert "context.yaml:" in str(raised.value) and "sideways" in str(raised.value)


def test_unquoted_yes_no_in_cue_lists_is_reported(shipped_copy):
    context = shipped_copy / "context.yaml"
    context.write_text(context.read_text(encoding="utf-8") + "  - kind: negation\n    phrases: [no, nope]\n",
                       encoding="utf-8")
    with pytest.raises(RuleFileError) as raised:
        rulebook.load_rulebook()
    assert "context.yaml:" in str(raised.value)


# A qualified lack of evidence ("no good clinical evidence", "no scientific proof") rebuts an attributed claim as
# "no evidence" does. Near misses: the same words about something else after the writer's own claim.
@pytest.mark.parametrize("text, flagged", [
    ("Forum posts claim kratom cures depression, but there is no good clinical evidence for that.", False),
    ("Some sellers say turmeric reverses arthritis; there is no scientific proof of it.", False),
    ("Reddit threads claim kava cures anxiety. There is no reliable clinical evidence for this.", False),
    ("Our kratom cures depression, and there is no scientific proof of any harm.", True),
    ("Kratom cures depression. There is no good clinical evidence about its side effects, though.", True),
])
def test_qualified_lack_of_evidence_rebuts(rules_fired, text, flagged):
    assert bool(rules_fired(text, "efficacy")) == flagged


# "and" + a finite verb of benefit starts a second predicate, which a negation or hedge before it does not
# govern: "has no side effects and cures anxiety". Near misses: the verb inside a denied complement ("no
# evidence that kava cures anxiety and improves sleep") and a predicate that claims nothing.
@pytest.mark.parametrize("text, category, flagged", [
    ("Ashwagandha has no side effects and cures anxiety.", "efficacy", True),
    ("Our reishi has no fillers and eliminates joint pain for good.", "efficacy", True),
    ("It may calm you and cures insomnia for good.", "efficacy", True),
    ("There is no evidence that kava cures anxiety and improves sleep.", "efficacy", False),
    ("No study shows that valerian cures insomnia and reduces stress.", "efficacy", False),
    ("Our tea has no caffeine and calms the nerves.", "efficacy", False),
])
def test_a_second_predicate_ends_a_negation(rules_fired, text, category, flagged):
    assert bool(rules_fired(text, category)) == flagged
