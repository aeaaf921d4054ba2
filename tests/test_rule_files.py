"""Rule and knowledge files are validated on load: each problem is one line naming the
file and line, and the command exits 2. User rule packs get the same treatment."""
import json
import textwrap
from pathlib import Path

import pytest
from rule_cli_support import claimcheck

from claimcheck.validation import KNOWLEDGE_SCHEMA, RULES_SCHEMA, regex_problem

GOOD_RULE = """\
rules:
  - id: efficacy/detox-claim
    kind: phrase
    category: efficacy
    severity: warning
    summary: Promises that a product detoxes the body.
    message: "'{match}' promises a detox no study has measured."
    match:
      phrases: [flushes out toxins, detoxes your body]
    examples:
      flag: [This tea flushes out toxins overnight.]
      pass: [Your liver and kidneys clear waste without help from a tea.]
"""


def write(folder: Path, name: str, text: str) -> Path:
    path = folder / name
    path.write_text(textwrap.dedent(text), encoding="utf-8")
    return path


def load_error(tmp_path, text: str):
    pack = write(tmp_path, "pack.yaml", text)
    result = claimcheck("rules", "--extend-rules", pack)
    assert result.code == 2, result.out + result.err
    lines = result.err.strip().splitlines()
    assert len(lines) == 1, result.err
    return lines[0]


def test_schemas_are_valid_json_schema_shipped_in_the_package():
    from jsonschema import Draft202012Validator

    for schema in (RULES_SCHEMA, KNOWLEDGE_SCHEMA):
        assert schema.parent.name == "schema" and schema.parent.parent.name == "claimcheck"
        Draft202012Validator.check_schema(json.loads(schema.read_text(encoding="utf-8")))


def test_a_good_pack_loads_and_is_listed(tmp_path):
    pack = write(tmp_path, "pack.yaml", GOOD_RULE)
    result = claimcheck("rules", "--extend-rules", pack)
    assert result.code == 0, result.err
    assert "efficacy/detox-claim" in result.out


def test_unknown_key_names_the_key_and_its_line(tmp_path):
    message = load_error(tmp_path, GOOD_RULE.replace("    summary:", "    sumary: oops\n    summary:"))
    assert message.startswith(f"claimcheck: {tmp_path / 'pack.yaml'}:6:")
    assert "unknown key 'sumary'" in message and "did you mean 'summary'" in message


def test_wrong_type(tmp_path):
    message = load_error(tmp_path, GOOD_RULE.replace("severity: warning", "severity: [warning]"))
    assert "pack.yaml:5:" in message and "'severity' must be one of" in message


def test_examples_must_be_text(tmp_path):
    message = load_error(tmp_path, GOOD_RULE.replace(
        "flag: [This tea flushes out toxins overnight.]",
        "flag:\n        - Try it: this tea flushes out toxins."))
    assert "examples.flag[0]" in message and "quote it" in message


def test_duplicate_id_names_the_first_definition(tmp_path):
    pack = write(tmp_path, "pack.yaml", GOOD_RULE)
    twin = write(tmp_path, "twin.yaml", GOOD_RULE)
    result = claimcheck("rules", "--extend-rules", pack, "--extend-rules", twin)
    assert result.code == 2
    assert "twin.yaml:2: duplicate rule id 'efficacy/detox-claim'" in result.err
    assert "pack.yaml:2" in result.err


def test_duplicate_of_a_shipped_id(tmp_path):
    message = load_error(tmp_path, GOOD_RULE.replace("efficacy/detox-claim", "efficacy/certainty"))
    assert "duplicate rule id 'efficacy/certainty'" in message


def test_unknown_lexicon_reference(tmp_path):
    message = load_error(tmp_path, GOOD_RULE.replace("phrases: [flushes out toxins, detoxes your body]",
                                                     "phrases: {lexicon: conditons}"))
    assert "pack.yaml:9:" in message and "unknown lexicon 'conditons'" in message
    assert "did you mean 'conditions'" in message


def test_unknown_substance_reference(tmp_path):
    pack = write(tmp_path, "pack.yaml", """\
        rules:
          - id: safety/kava-liver-note
            kind: requirement
            category: safety
            severity: warning
            message: Articles about kava should mention liver injury.
            when: {mentions: kavva}
            requires: [{concept: liver-injury}]
        """)
    result = claimcheck("rules", "test", pack)
    assert result.code == 2
    assert result.err.strip().count("\n") == 0
    assert "pack.yaml:7:" in result.err and "unknown substance 'kavva'" in result.err
    assert "did you mean 'kava'" in result.err


def test_unknown_substance_of_a_phrase_rule(tmp_path):
    pack = write(tmp_path, "pack.yaml", GOOD_RULE.replace(
        "    examples:", "    subject_links: [is]\n    substances: [yerba-matte]\n    examples:"))
    result = claimcheck("rules", "test", pack)
    assert result.code == 2
    assert result.err.strip().count("\n") == 0
    assert "pack.yaml:11:" in result.err and "unknown substance 'yerba-matte'" in result.err
    assert "did you mean 'yerba-mate'" in result.err


def test_invalid_regex(tmp_path):
    message = load_error(tmp_path, GOOD_RULE.replace("phrases: [flushes out toxins, detoxes your body]",
                                                     "regex: 'flush(es out'"))
    assert "pack.yaml:9:" in message and "invalid regex" in message


def test_catastrophic_regex(tmp_path):
    message = load_error(tmp_path, GOOD_RULE.replace("phrases: [flushes out toxins, detoxes your body]",
                                                     "regex: '(a+)+$'"))
    assert "pack.yaml:9:" in message and "backtrack catastrophically" in message


@pytest.mark.parametrize("pattern", [r"(a+)+$", r"(a*)*", r"(a|a)*", r"(a|ab)*", r"(\w+\s?)+x", r"(?:x+y?)+"])
def test_regexes_that_can_backtrack_are_rejected(pattern):
    assert "catastrophically" in (regex_problem(pattern) or "")


@pytest.mark.parametrize("pattern", [r"\bkava\b", r"(ab)+", r"(x|y)*", r"a+b+", r"(?:\s+\w+){0,3}",
                                     r"detox(es|ing)?", r"[a-z]+-free"])
def test_ordinary_regexes_are_accepted(pattern):
    assert regex_problem(pattern) is None


def test_missing_required_key(tmp_path):
    message = load_error(tmp_path, GOOD_RULE.replace("    severity: warning\n", ""))
    assert "pack.yaml:2:" in message and "missing required key 'severity'" in message


def test_broken_yaml_is_one_line(tmp_path):
    message = load_error(tmp_path, "rules:\n  - id: [unclosed\n")
    assert "pack.yaml:" in message and "invalid YAML" in message


def test_extend_rules_from_config_runs_alongside_shipped_rules(tmp_path, monkeypatch):
    write(tmp_path, "pack.yaml", GOOD_RULE)
    (tmp_path / "claimcheck.toml").write_text('extend-rules = ["pack.yaml"]\n', encoding="utf-8")
    article = tmp_path / "article.md"
    article.write_text("This tea flushes out toxins.\n\nOur valerian capsules are clinically proven to deepen sleep.\n", encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    result = claimcheck("--format", "json", article)
    assert result.code == 1, result.err
    fired = {f["rule"] for f in json.loads(result.out)["findings"]}
    assert {"efficacy/detox-claim", "efficacy/evidence-overstatement"} <= fired


def test_broken_pack_from_config_stops_the_check_with_exit_2(tmp_path, monkeypatch):
    write(tmp_path, "pack.yaml", GOOD_RULE.replace("kind: phrase", "kind: phrases"))
    (tmp_path / "claimcheck.toml").write_text('extend-rules = ["pack.yaml"]\n', encoding="utf-8")
    article = tmp_path / "article.md"
    article.write_text("Chamomile is a daisy.\n", encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    result = claimcheck(article)
    assert result.code == 2
    assert "pack.yaml:3:" in result.err and "'kind' must be one of" in result.err


def test_knowledge_file_problems_are_one_line(tmp_path):
    from claimcheck.knowledge import load_knowledge
    from claimcheck.rulefiles import RuleFileError

    broken = write(tmp_path, "botanicals.yaml", """\
        families:
          - {latin: Piperaceae}
        substances:
          - id: kava
            family: Piperaceae
            kind: shrubbery
        """)
    with pytest.raises(RuleFileError) as raised:
        load_knowledge(broken)
    assert str(raised.value).startswith(f"{broken}:6:")
    assert "'kind' must be one of" in str(raised.value)


def test_a_regex_rule_matches_and_tests_itself(tmp_path):
    pack = write(tmp_path, "pack.yaml", """\
        rules:
          - id: efficacy/test-percent-potent
            kind: phrase
            category: efficacy
            severity: info
            message: "'{match}' quotes a potency figure nobody measured."
            match: {regex: '\\b\\d{2,3}\\s?(?:%|percent) (?:more )?potent\\b'}
            examples:
              flag: [Our extract is 300% more potent than tea., A 50 percent potent blend.]
              pass: [Our extract is potent., Take 2 capsules.]
        """)
    result = claimcheck("rules", "test", pack)
    assert result.code == 0, result.out + result.err
    assert "1 rule, 4 examples: 4 passed, 0 failed" in result.out


def test_requirement_rule_fields_are_checked_too(tmp_path):
    message = load_error(tmp_path, """\
        rules:
          - id: safety/test-kava-note
            kind: requirement
            category: safety
            severity: warning
            message: Say that kava can harm the liver.
            when: {mentions: kava}
            requires:
              - concept: liver-harm
                phrase: [liver injury]
        """)
    assert "pack.yaml:10:" in message and "unknown key 'phrase'" in message and "did you mean 'phrases'" in message


def test_identity_rule_fields_are_checked_too(tmp_path):
    message = load_error(tmp_path, """\
        rules:
          - id: botanical/test-kind
            kind: identity
            category: botanical
            severity: error
            message: wrong kind
            check: wrong-kind
            plant_onyl: [leaf]
        """)
    assert "pack.yaml:8:" in message and "unknown key 'plant_onyl'" in message and "did you mean 'plant_only'" in message


# A Checker's vocabulary computes only the lexical attributes its code reads and its rules name:
# a pack's token pattern on any other attribute (a URL, a word's shape) still matches new words.
URL_RULE = """\
rules:
  - id: efficacy/cure-link
    kind: phrase
    category: efficacy
    severity: warning
    summary: Sends readers to a page that sells a cure.
    message: "'{match}' links a cure."
    match:
      patterns:
        - [{LOWER: cure}, {LOWER: at}, {LIKE_URL: true}]
        - [{LOWER: cure}, {LOWER: code}, {SHAPE: "XXXdd"}]
"""


@pytest.mark.parametrize("text, flagged", [
    ("Find the kratom cure at zqvxcures.example.org today.", True),
    ("Use the kava cure code QZV42 at checkout.", True),
    ("Find the kratom cure at the pharmacy today.", False),
    ("Use the kava cure code qzv42 at checkout.", False),
])
def test_pack_patterns_on_other_lexical_attributes_match_new_words(tmp_path, text, flagged):
    from claimcheck.engine import Checker

    checker = Checker(extra_rule_paths=[write(tmp_path, "pack.yaml", URL_RULE)])
    fired = {f.rule for f in checker.check_text(text)}
    assert ("efficacy/cure-link" in fired) == flagged


def test_the_code_reads_only_the_lexical_attributes_a_checker_computes():
    """A token attribute read in the code but missing from READ_LEXICAL_ATTRIBUTES would be
    silently False or empty for every new word."""
    import re

    from claimcheck import engine

    source = Path(engine.__file__).parent
    lexical = re.compile(r"\.(is_alpha|is_ascii|is_digit|is_lower|is_upper|is_title|is_punct|is_space|is_stop|"
                         r"is_bracket|is_quote|is_left_punct|is_right_punct|is_currency|like_url|like_num|"
                         r"like_email|shape_?|lang_?)\b")
    read = {match.upper().rstrip("_") for path in source.rglob("*.py")
            for match in lexical.findall(path.read_text(encoding="utf-8"))}
    assert read and read <= engine.READ_LEXICAL_ATTRIBUTES


# `rules test FILE` inside a project whose config already loads FILE (through a folder or
# the file itself), or a file named twice: one file, loaded once, where it was refused as
# a duplicate of its own rules. Near miss: two different files with the same id are
# still a duplicate.
SAME_FILE_TWICE = [
    # (config's extend-rules, arguments after `rules test`)
    (["house"], ["house/pack.yaml"]),
    (["house/pack.yaml"], ["house/pack.yaml"]),
    (["house"], ["house"]),
    (["house/pack.yaml"], ["house/"]),
    ([], ["house/pack.yaml", "house"]),
    ([], ["--extend-rules", "house", "house/pack.yaml"]),
    (["house", "house/pack.yaml"], []),
]


@pytest.mark.parametrize("extend, arguments", SAME_FILE_TWICE)
def test_a_rule_file_named_twice_is_loaded_once(tmp_path, monkeypatch, extend, arguments):
    (tmp_path / "house").mkdir()
    write(tmp_path / "house", "pack.yaml", GOOD_RULE)
    (tmp_path / "claimcheck.toml").write_text(f"extend-rules = {extend!r}\n".replace("'", '"'), encoding="utf-8")
    result = claimcheck("rules", "test", *arguments, cwd=tmp_path, monkeypatch=monkeypatch)
    assert "duplicate rule id" not in result.err
    assert result.code == 0, result.err + result.out
    if arguments:
        assert result.out.strip().splitlines()[-1].startswith("1 rule, ")


def test_two_files_with_one_id_are_still_a_duplicate(tmp_path, monkeypatch):
    write(tmp_path, "one.yaml", GOOD_RULE)
    write(tmp_path, "two.yaml", GOOD_RULE)
    result = claimcheck("rules", "test", "one.yaml", "two.yaml", cwd=tmp_path, monkeypatch=monkeypatch)
    assert result.code == 2 and "duplicate rule id" in result.err
