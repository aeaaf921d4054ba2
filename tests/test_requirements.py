"""Document-level safety requirements: what a text must say once it discusses a high-risk
substance, or uses two of them (or one with alcohol, opioids or sedatives) together.

Every text here is written for these tests. A document passes a requirement only where a
sentence affirms the risk of that substance; denials, minimizations, other substances'
risks and generic "ask your doctor" lines do not count.
"""
from __future__ import annotations

import textwrap

import pytest

from claimcheck.engine import Checker
from claimcheck.rulefiles import RuleFileError

KRATOM_DEPENDENCE = "Kratom can lead to dependence, and people who quit after daily use often get withdrawal symptoms."
KRATOM_FDA = "The FDA has not approved kratom for any medical use and has warned consumers to avoid it."
KAVA_LIVER = "Kava has been linked to rare but serious liver damage."


def document_findings(checker, text: str, path: str = "<text>"):
    return [f for f in checker.check_text(text, path=path) if f.scope == "document"]


def subjects(checker, text: str, path: str = "<text>") -> set[str]:
    return {f.subject for f in document_findings(checker, text, path)}


def only(checker, text: str, subject: str):
    found = [f for f in document_findings(checker, text) if f.subject == subject]
    assert len(found) == 1, found
    return found[0]


# ------------------------------------------------------------------------------ kratom


def test_kratom_without_any_safety_language_is_flagged_once(checker):
    text = ("Kratom is a tropical tree whose leaves are dried into a green powder. "
            "Most people stir a teaspoon of kratom into juice. Kratom tastes bitter, so add honey.")
    finding = only(checker, text, "kratom")
    assert finding.category == "safety" and finding.scope == "document"
    assert finding.rule == "safety/kratom-missing-safety-language"
    assert (finding.start, finding.end) == (0, len("Kratom"))  # anchored at the first mention
    assert "dependence" in finding.message and "FDA" in finding.message
    assert "FDA" in finding.correction and "withdrawal" in finding.correction
    assert any("fda.gov" in r for r in finding.references)


def test_kratom_with_both_statements_passes(checker):
    text = f"Kratom leaves are chewed in Thailand. {KRATOM_DEPENDENCE} {KRATOM_FDA}"
    assert subjects(checker, text) == set()


def test_kratom_dependence_without_fda_status_is_still_flagged(checker):
    text = f"Kratom leaves are chewed in Thailand. {KRATOM_DEPENDENCE}"
    finding = only(checker, text, "kratom")
    assert "FDA" in finding.message
    assert "dependence" not in finding.message


def test_kratom_fda_status_without_dependence_is_still_flagged(checker):
    text = f"Kratom leaves are chewed in Thailand. {KRATOM_FDA}"
    finding = only(checker, text, "kratom")
    assert "dependence" in finding.message
    assert "FDA" not in finding.message


@pytest.mark.parametrize("dependence", [
    "Kratom is habit-forming.",
    "Daily kratom users may become dependent on it.",
    "Stopping kratom abruptly can bring on withdrawal.",
    "Kratom carries a real risk of addiction.",
    "Kratom dependence is well documented by poison centers.",
    "Like opioids, kratom can cause physical dependence.",
])
def test_dependence_in_other_words_counts(checker, dependence):
    assert subjects(checker, f"{dependence} {KRATOM_FDA}") == set()


@pytest.mark.parametrize("denial", [
    "Kratom is non-addictive.",
    "Kratom is not addictive at all.",
    "Enjoy kratom without the risk of addiction.",
    "Kratom gives you relief with zero dependence.",
    "Kratom doesn't cause withdrawal.",
    "Kratom is far less addictive than coffee.",
])
def test_denied_or_minimized_dependence_does_not_count(checker, denial):
    finding = only(checker, f"{denial} {KRATOM_FDA}", "kratom")
    assert "dependence" in finding.message


def test_withdrawal_as_a_treated_condition_does_not_count(checker):
    text = f"Some people take kratom to ease opioid withdrawal during recovery. {KRATOM_FDA}"
    assert "dependence" in only(checker, text, "kratom").message


def test_another_substance_dependence_does_not_count_for_kratom(checker):
    text = f"Kratom is a leaf from Southeast Asia. Alcohol can cause dependence and withdrawal. {KRATOM_FDA}"
    assert "dependence" in only(checker, text, "kratom").message


def test_pronoun_sentences_continue_the_topic(checker):
    text = ("Kratom is sold as powder and capsules. It can be habit-forming with daily use. "
            "It has not been approved by the FDA for any medical use.")
    assert subjects(checker, text) == set()


def test_consult_your_doctor_satisfies_nothing(checker):
    text = ("Kratom is sold in smoke shops. Always consult a healthcare professional before "
            "trying kratom, and buy only lab-tested products.")
    assert subjects(checker, text) == {"kratom"}


def test_a_question_is_not_a_statement_of_risk(checker):
    text = f"Is kratom addictive? Readers ask us every week. {KRATOM_FDA}"
    assert "dependence" in only(checker, text, "kratom").message


def test_latin_name_alone_counts_as_discussing_kratom(checker):
    assert subjects(checker, "Mitragyna speciosa grows along rivers in Borneo.") == {"kratom"}


# -------------------------------------------------------------------------------- kava


def test_kava_without_liver_language_is_flagged(checker):
    finding = only(checker, "Kava is a peppery root drink poured at Fijian ceremonies.", "kava")
    assert "liver" in finding.message and "liver" in finding.correction
    assert any("livertox" in r.lower() for r in finding.references)


@pytest.mark.parametrize("liver", [
    KAVA_LIVER,
    "Kava extracts may be hepatotoxic.",
    "Regulators pulled kava after cases of hepatitis and liver failure.",
    "Heavy kava use can damage the liver.",
])
def test_kava_liver_language_counts(checker, liver):
    assert subjects(checker, f"Kava is poured at Fijian ceremonies. {liver}") == set()


@pytest.mark.parametrize("denial", [
    "Kava won't hurt your liver.",
    "Kava carries no risk of liver damage.",
    "If you already have liver damage, talk to a doctor before drinking kava.",
])
def test_kava_liver_denials_and_conditions_do_not_count(checker, denial):
    assert subjects(checker, f"Kava is poured at Fijian ceremonies. {denial}") == {"kava"}


# --------------------------------------------------------------------- St. John's wort


def test_st_johns_wort_interactions(checker):
    base = "St. John's wort is a yellow-flowered herb sold for low mood."
    assert subjects(checker, base) == {"st-johns-wort"}
    assert subjects(checker, f"{base} It interacts with many prescription drugs, including the pill.") == set()
    assert subjects(checker, f"{base} It can make birth control pills less effective.") == set()
    assert subjects(checker, f"{base} It has no drug interactions.") == {"st-johns-wort"}
    assert subjects(checker, f"{base} It's fine to take alongside your other medications.") == {"st-johns-wort"}


# ------------------------------------------------------------------- Amanita muscaria


def test_amanita_needs_both_poison_and_legal_status(checker):
    base = "Amanita muscaria gummies are showing up in vape shops."
    poison = "The fly agaric is a poisonous mushroom."
    legal = "It cannot lawfully be sold as a food or supplement ingredient in the US."
    missing_legal = only(checker, f"{base} {poison}", "amanita-muscaria")
    assert "lawful" in missing_legal.message and "poisonous" not in missing_legal.message
    missing_poison = only(checker, f"{base} {legal}", "amanita-muscaria")
    assert "poisonous" in missing_poison.message
    assert subjects(checker, f"{base} {poison} {legal}") == set()


def test_amanita_called_non_toxic_is_not_poison_language(checker):
    text = "Amanita muscaria is non-toxic once dried. It is not a lawful food ingredient in the US."
    assert "poisonous" in only(checker, text, "amanita-muscaria").message


def test_low_risk_botanicals_need_nothing(checker):
    assert subjects(checker, "Chamomile makes a soothing bedtime tea. Reishi is a woody shelf fungus.") == set()


# ------------------------------------------------------------------------ combinations


SAFE_KAVA_KRATOM = f"{KAVA_LIVER} {KRATOM_DEPENDENCE} {KRATOM_FDA}"


@pytest.mark.parametrize("frame", [
    "Our bar menu features a shot that combines kava and kratom.",
    "Try a shell of kava followed by a kratom tea.",
    "Many regulars stack kratom with kava on Friday nights.",
    "Kava and kratom taken together make a mellow evening.",
])
def test_two_risky_botanicals_used_together(checker, frame):
    found = subjects(checker, f"{SAFE_KAVA_KRATOM} {frame}")
    assert found == {"kava+kratom"}


def test_combination_is_anchored_at_its_first_frame(checker):
    frame = "Some people mix kratom with kava."
    text = f"{SAFE_KAVA_KRATOM} {frame} Later they mix kava with kratom again."
    finding = only(checker, text, "kava+kratom")
    assert finding.start >= text.index(frame) and finding.end <= text.index(frame) + len(frame)
    assert "together" in finding.message and "studied" in finding.correction


def test_mere_co_mention_is_not_a_combination(checker):
    text = f"{SAFE_KAVA_KRATOM} Kava and kratom are unrelated plants from different continents."
    assert subjects(checker, text) == set()


@pytest.mark.parametrize("warning", [
    "Nobody has studied what happens when the two are combined, and mixing them may raise the risk of harm.",
    "Combining them has not been studied and can be dangerous.",
])
def test_combination_warning_satisfies(checker, warning):
    text = f"{SAFE_KAVA_KRATOM} Some cafes pair kava with kratom. {warning}"
    assert subjects(checker, text) == set()


def test_a_warning_not_to_combine_is_not_a_missing_warning(checker):
    assert subjects(checker, f"{KAVA_LIVER} Never mix kava with alcohol.") == set()
    assert subjects(checker, f"{KAVA_LIVER} Don't drink kava with beer or wine.") == set()


@pytest.mark.parametrize("text, expected", [
    (f"{KAVA_LIVER} We love a shell of kava with a cold beer.", "alcohol+kava"),
    (f"{SAFE_KAVA_KRATOM} Some people take kratom alongside prescription opioids.", "kratom+opioids"),
    (f"{KAVA_LIVER} Kava mixes nicely with sleeping pills before bed.", "kava+sedatives"),
])
def test_partner_subjects_are_joined_alphabetically(checker, text, expected):
    assert subjects(checker, text) == {expected}


def test_partner_named_for_an_effect_or_condition_is_not_a_combination(checker):
    text = (f"{SAFE_KAVA_KRATOM} Kratom binds to opioid receptors. Kratom is marketed to people "
            "with opioid use disorder. Its risks resemble those associated with opioids.")
    assert subjects(checker, text) == set()


def test_partner_combined_with_the_current_topic(checker):
    text = f"Our evening blend is built on kava. {KAVA_LIVER} It pairs well with a glass of red wine."
    assert subjects(checker, text) == {"alcohol+kava"}


def test_recipe_measures_mix_what_they_measure(checker):
    text = f"{KAVA_LIVER}\n\n- Island Sour: 2 oz kava, 1 oz white rum and a squeeze of lime."
    assert subjects(checker, text) == {"alcohol+kava"}


def test_two_partners_are_not_a_combination_rule_subject(checker):
    assert subjects(checker, "Never mix alcohol with sleeping pills.") == set()


# ----------------------------------------------------------------- Markdown documents


MARKDOWN_ARTICLE = textwrap.dedent("""\
    # The Friday Wind-Down

    Our shop has a favourite ritual for the end of the week.

    ## What goes in

    - **Kava** — a peppery root drink from Vanuatu
    - **Kratom** — a leaf powder from Borneo
    - a splash of coconut milk

    ## How we serve it

    1. Knead the kava root in cool water.
    2. Follow it with a light kratom tea.

    Enjoy it slowly with friends.
    """)


def test_markdown_article_with_headings_and_lists(checker):
    findings = {f.subject: f for f in document_findings(checker, MARKDOWN_ARTICLE, path="ritual.md")}
    assert set(findings) == {"kava", "kratom", "kava+kratom"}
    assert findings["kava"].text == "Kava" and findings["kava"].line == 7
    assert findings["kratom"].line == 8
    assert findings["kava+kratom"].line == 14


def test_markdown_article_with_the_safety_language_passes(checker):
    safety = textwrap.dedent(f"""\

        ## Before you try it

        - {KAVA_LIVER}
        - {KRATOM_DEPENDENCE}
        - {KRATOM_FDA}
        - Combining the two has never been studied, and it can raise the risk of heavy sedation.
        """)
    assert subjects(checker, MARKDOWN_ARTICLE + safety, path="ritual.md") == set()


def test_safety_language_in_a_later_chunk_counts(checker):
    filler = "Walking in the park is a pleasant way to spend an afternoon with friends.\n\n" * 1800
    text = "Kratom is sold as a green powder.\n\n" + filler + KRATOM_DEPENDENCE + " " + KRATOM_FDA
    assert len(text) > 100_000  # checked in more than one chunk
    assert subjects(checker, text) == set()


def test_a_combination_in_an_earlier_chunk_is_what_a_later_warning_is_about(checker):
    filler = "Walking in the park is a pleasant way to spend an afternoon with friends.\n\n" * 1800
    warning = "Nobody has studied what happens when the two are combined, and mixing them may raise the risk of harm."
    text = f"Some cafes pair kava with kratom.\n\n{filler}{SAFE_KAVA_KRATOM} {warning}"
    assert len(text) > 100_000  # checked in more than one chunk
    assert subjects(checker, text) == set()


# ------------------------------------------------------------------ rules are data


def test_requirement_examples_in_the_rule_files(checker):
    for rule in checker.book.by_kind("requirement"):
        for text in rule.examples["flag"]:
            assert rule.id in {f.rule for f in checker.check_text(text)}, (rule.id, text)
        for text in rule.examples["pass"]:
            assert rule.id not in {f.rule for f in checker.check_text(text)}, (rule.id, text)


def test_a_new_substance_needs_only_yaml(tmp_path):
    pack = tmp_path / "valerian.yaml"
    pack.write_text(textwrap.dedent("""\
        rules:
          - id: safety/valerian-drowsiness
            kind: requirement
            category: safety
            severity: info
            when: {mentions: valerian}
            requires:
              - concept: drowsiness
                says: "that it can make you drowsy"
                add: "{Name} can make you drowsy; don't drive after taking it."
                phrases: [drowsy, drowsiness, sleepy]
              - concept: liver-injury
                says: "that it has rarely been linked to liver injury"
                add: "{Name} has rarely been linked to liver injury."
            message: "The document discusses {name} but never says {missing}."
            correction: "Add: {add}"
            examples:
              flag: ["Valerian root tea before bed."]
              pass: ["Valerian can make you drowsy and has rarely been linked to liver injury."]
        """), encoding="utf-8")
    checker = Checker(extra_rule_paths=[pack])
    found = [f for f in checker.check_text("Valerian root makes a calming tea. It can leave you drowsy.")
             if f.rule == "safety/valerian-drowsiness"]
    assert len(found) == 1 and found[0].subject == "valerian"
    assert "liver" in found[0].message and "drowsy" not in found[0].message
    assert not [f for f in checker.check_text("Valerian makes you sleepy, and it has been tied to liver injury.")
                if f.rule == "safety/valerian-drowsiness"]


def test_an_undefined_concept_is_a_rule_file_error(tmp_path):
    pack = tmp_path / "broken.yaml"
    pack.write_text(textwrap.dedent("""\
        rules:
          - id: safety/valerian-broken
            kind: requirement
            category: safety
            severity: info
            when: {mentions: valerian}
            requires:
              - concept: no-such-concept
            message: "missing {missing}"
        """), encoding="utf-8")
    with pytest.raises(RuleFileError, match="no-such-concept"):
        Checker(extra_rule_paths=[pack])


# ------------------------------------------- generalisation: paraphrases and take-backs

SJW_INTERACTIONS = "St. John's wort interacts with a long list of prescription drugs."
AMANITA_LEGAL = "Fly agaric may not lawfully be used as a food ingredient in the US."


@pytest.mark.parametrize("dependence", [
    "I was hooked on kratom within a month.",
    "Plenty of daily kratom drinkers get hooked.",
    "With kratom, the withdrawals were brutal for me.",
    "Kratom withdrawal is real, and it lasts about a week.",
    "Kratom withdrawal can hit hard once you taper down.",
    "Regular users say kratom is hard to quit.",
])
def test_dependence_said_in_first_person_and_plain_words_counts(checker, dependence):
    assert subjects(checker, f"{dependence} {KRATOM_FDA}") == set()


@pytest.mark.parametrize("denial", [
    "With kratom you can stop whenever you like with no withdrawal at all.",
    "You can quit kratom cold turkey without withdrawal.",
    "The kratom addiction myth refuses to die.",
    "All the talk of kratom withdrawal is overblown.",
    "Kratom hooks nobody.",
])
def test_dependence_taken_back_does_not_count(checker, denial):
    assert subjects(checker, f"{denial} {KRATOM_FDA}") == {"kratom"}


@pytest.mark.parametrize("status", [
    "Kratom is FDA-unapproved.",
    "Kratom remains unapproved by the FDA for any condition.",
    "Kratom is sold without FDA approval.",
    "Kratom has never been approved as a treatment for anything.",
    "The FDA hasn't signed off on kratom for any use.",
])
def test_fda_status_in_other_words_counts(checker, status):
    assert subjects(checker, f"{KRATOM_DEPENDENCE} {status}") == set()


@pytest.mark.parametrize("near_miss", [
    "These statements have not been evaluated by the Food and Drug Administration.",
    "Kratom is legal in most states, and the FDA regulates foods and drugs.",
    "The FDA has warned consumers about fly agaric gummies.",  # another substance's warning
])
def test_fda_near_misses_do_not_count_for_kratom(checker, near_miss):
    text = f"Kratom is a leaf sold as powder. {KRATOM_DEPENDENCE} {near_miss}"
    assert "kratom" in subjects(checker, text)


@pytest.mark.parametrize("dismissal", [
    "Busting the kava liver damage myth.",
    "The claim that kava causes liver damage is a myth.",
    "The kava liver injury scare was blown out of proportion.",
])
def test_kava_liver_risk_dismissed_later_in_the_clause_does_not_count(checker, dismissal):
    assert subjects(checker, f"Kava is a root drink. {dismissal}") == {"kava"}


@pytest.mark.parametrize("kept", [
    "Kava liver damage is no myth: it has been linked to rare cases of liver failure.",
    "Kava has been linked to liver damage. Cases are rare but can be severe.",
    "Liver injury from kava is rare, but it has happened.",
])
def test_kava_liver_risk_with_rarity_or_a_refuted_myth_still_counts(checker, kept):
    assert subjects(checker, f"Kava is a root drink. {kept}") == set()


@pytest.mark.parametrize("interactions", [
    "St. John's wort may make the contraceptive pill less reliable.",
    "St. John's wort changes the blood levels of many medicines.",
    "St. John's wort can lower the effectiveness of birth control.",
    "With St. John's wort, some prescriptions do not work as well.",
])
def test_st_johns_wort_interactions_in_other_words_count(checker, interactions):
    assert subjects(checker, f"St. John's wort is a yellow flower. {interactions}") == set()


@pytest.mark.parametrize("dismissal", [
    "Drug interactions with St. John's wort are rare and overblown.",
    "St. John's wort drug interactions are nothing to worry about.",
    "St. John's wort has no drug interactions worth mentioning.",
])
def test_st_johns_wort_interactions_called_rare_or_overblown_do_not_count(checker, dismissal):
    assert subjects(checker, f"St. John's wort is a yellow flower. {dismissal}") == {"st-johns-wort"}


def test_amanita_poisonings_count_as_poison_language(checker):
    text = f"Fly agaric candies have led to a wave of poisonings. {AMANITA_LEGAL}"
    assert subjects(checker, text) == set()


# ---------------------------------------------- generalisation: passing mentions, frames


@pytest.mark.parametrize("text, expected", [
    # named only to contrast or to exclude: not discussed
    (f"Compared with kratom, kava tastes earthier. {KAVA_LIVER}", set()),
    (f"Kava, unlike kratom, comes from a root. {KAVA_LIVER}", set()),
    ("Our tea shop does not sell kratom, kava or fly agaric products. Try the oolong.", set()),
    ("No kratom, no kava and no CBD: just honest herbal tea.", set()),
    # discussed as well, or the cue governs something else: still needs the language
    (f"Unlike kratom, kava comes from a root. Kratom leaves are dried and powdered. {KAVA_LIVER}", {"kratom"}),
    ("There is no shortage of kratom vendors online, and kratom sells fast.", {"kratom"}),
    (f"Our bar serves no alcohol, only kava. {KAVA_LIVER}", set()),
    ("We don't sell capsules, but our kratom powder ships fast.", {"kratom"}),
])
def test_substances_named_only_in_passing_are_not_discussed(checker, text, expected):
    assert subjects(checker, text) == expected


def test_a_passing_mention_does_not_move_the_anchor(checker):
    text = "Unlike kava, this is a leaf. Kratom powder is sold by the ounce."
    finding = only(checker, text, "kratom")
    assert text[finding.start:finding.end] == "Kratom"
    text = "Unlike kratom, kava is a root. Kava is served in shells."
    finding = only(checker, text, "kava")
    assert (finding.start, finding.end) == (text.index("kava"), text.index("kava") + 4)


@pytest.mark.parametrize("text", [
    f"{KAVA_LIVER} {KRATOM_DEPENDENCE} {KRATOM_FDA} Kava and kratom are often lumped together by journalists.",
    f"{KAVA_LIVER} {KRATOM_DEPENDENCE} {KRATOM_FDA} Shoppers get kava and kratom mixed up all the time.",
    f"{KAVA_LIVER} Sip kava with dinner instead of wine.",
    f"{KAVA_LIVER} Many people switched from wine to kava.",
])
def test_relating_two_things_is_not_using_them_together(checker, text):
    assert subjects(checker, text) == set()


@pytest.mark.parametrize("text, key", [
    (f"{KAVA_LIVER} Add a spoonful of kava to a glass of chilled white wine.", "alcohol+kava"),
    (f"{KAVA_LIVER} Stir the instant kava into your rum punch.", "alcohol+kava"),
    (f"{KRATOM_DEPENDENCE} {KRATOM_FDA} I dropped some kratom powder into a can of beer.", "alcohol+kratom"),
])
def test_adding_one_to_the_other_uses_them_together(checker, text, key):
    assert subjects(checker, text) == {key}


def test_ingredient_list_lines_mix_what_they_measure(checker):
    text = f"{KAVA_LIVER}\n\nIngredients:\n\n- 2 oz prepared kava\n- 3 oz pineapple juice\n- 1 oz dark rum\n\nShake with ice."
    assert subjects(checker, text) == {"alcohol+kava"}


def test_quantities_in_separate_prose_sentences_are_not_a_recipe(checker):
    text = (f"{KAVA_LIVER} A typical kava serving is 2 tablespoons of root powder kneaded in water for ten "
            "minutes before it is strained and served. A standard drink is 12 ounces of beer, "
            "according to the CDC, and most adults know their limit.")
    assert subjects(checker, text) == set()


@pytest.mark.parametrize("dependence, counts", [
    ("With kratom, dependence is a real risk.", True),
    ("Kratom addiction is a genuine concern for daily users.", True),
    ("With kratom, dependence is not a risk.", False),
    ("With kratom, addiction is rarely a problem.", False),
])
def test_dependence_named_as_a_risk(checker, dependence, counts):
    assert subjects(checker, f"{dependence} {KRATOM_FDA}") == (set() if counts else {"kratom"})


def test_hepatic_wording_counts_for_kava(checker):
    assert subjects(checker, "Kava drinks are popular. Regulators recorded hepatic injury in kava users.") == set()


@pytest.mark.parametrize("text, expected", [
    (f"{KRATOM_DEPENDENCE} {KRATOM_FDA} Some people take kratom while still on methadone.", {"kratom+opioids"}),
    (f"{KAVA_LIVER} A few readers drink kava while taking Ambien.", {"kava+sedatives"}),
    (f"{KRATOM_DEPENDENCE} {KRATOM_FDA} She uses kratom between doses of her prescribed opioids.", {"kratom+opioids"}),
    # the solvent of an extract is not a second product
    ("Our St. John's wort is extracted with organic alcohol. "
     "St. John's wort interacts with many medicines, including birth control.", set()),
    (f"{KAVA_LIVER} This kava tincture is made with grain alcohol.", set()),
])
def test_while_on_is_use_together_and_a_solvent_is_not(checker, text, expected):
    assert subjects(checker, text) == expected


@pytest.mark.parametrize("kept", [
    "Kratom can cause addiction, a fact some sellers call a myth.",
    "Kratom dependence is no hoax.",
    "Kratom can cause dependence; that is not hype.",
])
def test_a_dismisser_beyond_a_comma_or_negated_keeps_the_risk(checker, kept):
    assert subjects(checker, f"{kept} {KRATOM_FDA}") == set()


# ------------------------------------------------------------ second red-team round

@pytest.mark.parametrize("text, expected", [
    # a verb that relates two things is not a use-together frame
    (f"{KRATOM_DEPENDENCE} {KRATOM_FDA} In rat studies, scientists contrasted kratom with opioids.", set()),
    (f"{KAVA_LIVER} Try to replace your nightly wine with kava.", set()),
    # near miss: the same linking cue with a use verb is a frame
    (f"{KRATOM_DEPENDENCE} {KRATOM_FDA} Some people take kratom with opioids.", {"kratom+opioids"}),
])
def test_relating_verbs_do_not_combine(checker, text, expected):
    assert subjects(checker, text) == expected


@pytest.mark.parametrize("text, expected", [
    # the current topic is the other half even when the substance is named again later on
    (f"{KRATOM_DEPENDENCE} {KRATOM_FDA} I take a few grams on top of my benzos, and my friend drinks kratom tea daily.",
     {"kratom+sedatives"}),
    # near miss: a substance named before the cue is the left half, not the topic
    (f"{KRATOM_DEPENDENCE} {KRATOM_FDA} {KAVA_LIVER} Kava is sipped from shells with friends.", set()),
])
def test_topic_is_the_left_half_unless_a_substance_comes_first(checker, text, expected):
    assert subjects(checker, text) == expected


@pytest.mark.parametrize("label, counts", [
    ("Myth: kava harms your liver.", False),
    ("Myth #3 - kava can damage the liver.", False),
    ("Fact: kava can damage the liver.", True),
    ("Some call it a myth, but kava can damage the liver.", True),
])
def test_a_myth_label_dismisses_the_sentence(checker, label, counts):
    assert subjects(checker, f"Kava is a Pacific root drink. {label}") == (set() if counts else {"kava"})


@pytest.mark.parametrize("liver, counts", [
    ("Reports tied kava extracts to cases of severe hepatic harm.", True),
    ("Kava has been associated with serious liver problems in a few drinkers.", True),
    ("Kava is not linked to liver problems, sellers say.", False),
    ("Skip kava if you have liver problems.", False),
])
def test_liver_wording_for_kava(checker, liver, counts):
    assert subjects(checker, f"Kava is a Pacific root drink. {liver}") == (set() if counts else {"kava"})


@pytest.mark.parametrize("dependence, counts", [
    ("Daily kratom use can leave you physically reliant on it.", True),
    ("People can become physically dependent on kratom.", True),
    ("Kratom won't make you physically dependent on it.", False),
])
def test_reliance_wording_for_kratom(checker, dependence, counts):
    assert subjects(checker, f"{dependence} {KRATOM_FDA}") == (set() if counts else {"kratom"})


@pytest.mark.parametrize("text, expected", [
    ("St. John's wort lifts mood. It can make your birth control fail.", set()),
    ("St. John's wort lifts mood. Your prescriptions can become useless with it.", set()),
    ("St. John's wort lifts mood. It has very few drug interactions.", {"st-johns-wort"}),
    ("St. John's wort lifts mood. Diets fail; this won't.", {"st-johns-wort"}),
])
def test_st_johns_wort_failure_and_few_interactions(checker, text, expected):
    assert subjects(checker, text) == expected


@pytest.mark.parametrize("text, expected", [
    (f"Kratom is a leaf. Quitting kratom can bring flu-like withdrawal. {KRATOM_FDA}", set()),
    (f"Kratom is a leaf. After quitting kratom I felt no withdrawal at all. {KRATOM_FDA}", {"kratom"}),
    (f"{KRATOM_DEPENDENCE} The FDA says kratom is unsafe.", set()),
    (f"{KRATOM_DEPENDENCE} The FDA never said kratom is unsafe.", {"kratom"}),
])
def test_quitting_forms_and_fda_calling_it_unsafe(checker, text, expected):
    assert subjects(checker, text) == expected


@pytest.mark.parametrize("text, expected", [
    (f"{KAVA_LIVER} Kava and wine: the perfect pairing for a summer night.", {"alcohol+kava"}),
    (f"{KAVA_LIVER} Kava and wine — never mix them.", set()),
    # near misses: one member before the colon, or the joint cue too far after it
    (f"{KAVA_LIVER} Wine lovers, listen: kava pairs well with pineapple.", set()),
    (f"{KAVA_LIVER} Kava and wine: both are social drinks, and honey and lemon make a lovely pairing.", set()),
])
def test_a_headline_pairing_reaches_back_over_its_colon(checker, text, expected):
    assert subjects(checker, text) == expected


@pytest.mark.parametrize("text, expected", [
    # a risk said of another thing in its own clause says nothing of the substance
    ("Kava is a root drink. Beer has been linked to liver damage; kava is the gentler choice.", {"kava"}),
    ("Kratom is a leaf. Opioids are addictive; kratom is just a plant. " + KRATOM_FDA, {"kratom"}),
    # near misses: the substance's own clause, or a clause that names nothing
    ("Kava is a root drink. Beer is fun; kava has been linked to liver damage.", set()),
    ("Kava is a root drink, but it has been linked to liver damage.", set()),
])
def test_a_risk_is_said_of_what_its_clause_names(checker, text, expected):
    assert subjects(checker, text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Kava is a root drink. Stories that kava harms the liver have been debunked.", {"kava"}),
    ("Kava is a root drink. Fears that kava damages the liver are unfounded.", {"kava"}),
    ("Kava is a root drink. Reports that kava damages the liver have not been debunked.", set()),
    (f"Kratom is a leaf. Kratom can be addicting. {KRATOM_FDA}", set()),
    (f"{KRATOM_DEPENDENCE} Federal regulators have cautioned consumers against using kratom.", set()),
])
def test_debunked_addicting_and_cautioned_consumers(checker, text, expected):
    assert subjects(checker, text) == expected


@pytest.mark.parametrize("text, expected", [
    (f"Kratom is a leaf. Pills cause dependence and withdrawal, kratom doesn't. {KRATOM_FDA}", {"kratom"}),
    ("Kava is a root drink. Liquor can damage the liver, kava won't.", {"kava"}),
    # near misses: the substance is not answered by a bare negation
    (f"Kratom is a leaf. Pills cause dependence, and kratom does too. {KRATOM_FDA}", set()),
    (f"Kratom is a leaf. Heavy use can cause dependence in kratom users who don't taper. {KRATOM_FDA}", set()),
])
def test_an_elliptical_denial_takes_the_risk_back(checker, text, expected):
    assert subjects(checker, text) == expected


# ------------------------------------------------- paraphrased safety language (audit follow-up)

KRATOM_BASE = ("Kratom is a leaf from a Southeast Asian tree, sold as powder and capsules. People who use it "
               "daily can become dependent, and stopping can bring withdrawal.")


# Kratom's regulatory status in other words: federal health regulators, "cleared"/"evaluated",
# warnings to stay away. Near misses: facility marketing (FDA-registered, cGMP), the
# supplement-label disclaimer, legality, and state bans or drug scheduling, which say nothing of
# the FDA's position (GUIDELINES: not approved by the FDA, or the FDA has warned against it).
@pytest.mark.parametrize("status, counts", [
    ("No kratom product has been cleared by U.S. regulators to treat any condition.", True),
    ("Federal health officials have urged people to stay away from kratom.", True),
    ("The FDA says it is not safe for any use.", True),
    ("Kratom has not been evaluated or approved by health authorities for any medical use.", True),
    ("It has not been cleared by the FDA.", True),
    ("Kratom is banned in several states and countries.", False),
    ("Six states have banned kratom outright.", False),
    ("Kratom is illegal in some countries, including Australia.", False),
    ("The DEA once proposed placing kratom's alkaloids in Schedule I.", False),
    ("In 2016 the DEA moved to make it a Schedule I drug.", False),
    ("The DEA lists kratom as a drug of concern.", False),
    ("Health agencies have cautioned the public against using it.", True),
    ("Public health authorities advise consumers to avoid kratom.", True),
    ("Our kratom is packed in an FDA-registered facility.", False),
    ("Every batch is made in an FDA-inspected facility that follows cGMP.", False),
    ("Our cGMP-certified kratom is third-party lab tested.", False),
    ("Kratom is legal in most states.", False),
    ("Kratom is not banned anywhere in our state.", False),
    ("No state has banned kratom.", False),
    ("Kratom has never been banned by the FDA.", False),
    ("Kratom is not a controlled substance.", False),
    ("These statements have not been evaluated by the Food and Drug Administration.", False),
    ("The FDA has not evaluated these statements.", False),
    ("The DEA dropped its plan to ban kratom after public comments.", False),
    ("The government failed to ban kratom in 2016.", False),
    ("Every lot is cleared of heavy metals by lab testing.", False),
    ("Health officials recommend drinking plenty of water in hot weather.", False),
    ("Regulators say kratom is safe for adults.", False),
    ("On my schedule I take it at nine, before work.", False),
])
def test_kratom_regulatory_status_paraphrases(checker, status, counts):
    assert subjects(checker, f"{KRATOM_BASE} {status} Store it somewhere dry.") == (set() if counts else {"kratom"})


# Kava's liver risk named as a concern, a risk or the reason for a ban. Near misses: the liver
# praised or the risk denied, dismissed or conditional, the reader's own liver concerns, a
# withdrawal from sale for another reason.
@pytest.mark.parametrize("liver, counts", [
    ("Germany once banned kava over liver concerns.", True),
    ("It has been linked to liver problems in a small number of drinkers.", True),
    ("There have been rare cases of hepatotoxicity.", True),
    ("Kava supplements raised liver safety concerns in Europe.", True),
    ("Several countries restricted kava because of liver risks.", True),
    ("Regulators pulled kava from shelves over fears about liver safety.", True),
    ("Kava was pulled from European shelves after reports of liver failure.", True),
    ("Health agencies have raised concerns about its effects on the liver.", True),
    ("Kava is gentle on the liver.", False),
    ("Traditional kava causes no liver problems.", False),
    ("Kava has no liver concerns when prepared traditionally.", False),
    ("Kava poses little to no liver risk.", False),
    ("The old liver concerns about kava are overblown.", False),
    ("Liver concerns about kava have been debunked.", False),
    ("People with liver concerns should talk to a doctor first.", False),
    ("If you have any liver concerns, ask your doctor.", False),
    ("Kava supports liver health and liver safety.", False),
    ("Germany once banned kava, but the ban was overturned.", False),
    ("Kava was pulled from the menu after the owner retired.", False),
])
def test_kava_liver_paraphrases(checker, liver, counts):
    text = f"Kava is the ceremonial root drink of Fiji and Vanuatu. {liver} Strain it through a cloth bag."
    assert subjects(checker, text) == (set() if counts else {"kava"})


# St. John's wort: a warning not to take it with medicines. Near misses: a consult, even about the
# reader's other medicines (GUIDELINES: it must say that it interacts), permission to combine,
# non-drug pairings, advice about stopping an antidepressant.
@pytest.mark.parametrize("interaction, counts", [
    ("Don't combine it with SSRIs.", True),
    ("Never take it with antidepressants or blood thinners.", True),
    ("Avoid taking it alongside prescription medications.", True),
    ("It should not be taken with birth control pills.", True),
    ("It interacts with birth control pills, antidepressants and blood thinners.", True),
    ("It can make many medications less effective.", True),
    ("Talk to your pharmacist about your other medicines before you start.", False),
    ("Check with a pharmacist before taking it with any prescription drug.", False),
    ("Tell your doctor about all the medicines you take before starting it.", False),
    ("Ask your doctor before starting any supplement.", False),
    ("Talk to your doctor about your mood.", False),
    ("Ask your doctor before stopping any prescription antidepressant.", False),
    ("Don't stop taking your antidepressants without talking to your doctor.", False),
    ("It's safe to combine it with SSRIs.", False),
    ("You can take it with your usual medications.", False),
    ("There is no need to avoid taking it with your medications.", False),
    ("Don't combine it with other teas; it tastes best alone.", False),
    ("Don't mix it with lemon balm and chamomile.", False),
    ("Never take it with an empty stomach.", False),
])
def test_st_johns_wort_interaction_paraphrases(checker, interaction, counts):
    text = (f"St. John's wort is a yellow-flowered herb used for low mood. {interaction} "
            "Steep a teaspoon for five minutes.")
    assert subjects(checker, text) == (set() if counts else {"st-johns-wort"})


# Use together in sequence: a sentence opening "After <a serving of X>," that goes on to a serving
# of Y. Near misses: a span of time, no serving of the second, a stop word or relating verb before
# it, an event rather than a serving ("after the kava ceremony").
@pytest.mark.parametrize("text, expected", [
    (f"{KAVA_LIVER} After two shells of kava, we headed to the bar for a few beers. It was a fun night.", {"alcohol+kava"}),
    (f"{KAVA_LIVER} After a couple of beers, we opened a bag of kava.", {"alcohol+kava"}),
    (f"{KRATOM_DEPENDENCE} {KRATOM_FDA} After 4 grams of kratom, I took my usual dose of oxycodone.", {"kratom+opioids"}),
    (f"{KAVA_LIVER} After two years of kava, I quit beer for good.", set()),
    (f"{KAVA_LIVER} After a few weeks of kava, my wine habit faded.", set()),
    (f"{KAVA_LIVER} After a cup of kava, alcohol tastes flat.", set()),
    (f"{KAVA_LIVER} After two shells of kava, I never touched beer again.", set()),
    (f"{KAVA_LIVER} After three shells of kava, I swapped beer for water.", set()),
    (f"{KAVA_LIVER} After a long day, I skip beer and drink kava.", set()),
    (f"{KAVA_LIVER} After the kava ceremony, the chief thanked the guests for the wine they brought.", set()),
    (f"{KAVA_LIVER} After a few bowls of kava, the band played and everyone sang.", set()),
])
def test_use_together_in_sequence(checker, text, expected):
    assert subjects(checker, text) == expected


# "without worrying about" a risk tells the reader to ignore it: no warning. Near misses: the
# reader's own worry, a warning followed by advice.
@pytest.mark.parametrize("text, expected", [
    ("Sip kava every evening without worrying about liver damage.", {"kava"}),
    ("Kava is a root drink. No need to worry about liver damage with our noble varieties.", {"kava"}),
    ("St. John's wort is a sunny herb. Take it without having to worry about drug interactions.", {"st-johns-wort"}),
    (f"Stop worrying about addiction and enjoy kratom daily. {KRATOM_FDA}", {"kratom"}),
    ("Kava is a root drink. It has been linked to liver damage; if you worry about your liver, skip it.", set()),
    ("Kava is a root drink. Kava has been linked to liver damage, so never drink it daily without a doctor's advice.",
     set()),
])
def test_a_risk_the_reader_need_not_worry_about_is_no_warning(checker, text, expected):
    assert subjects(checker, text) == expected


# ------------------------------------------------- paraphrases, round 3 (audit pattern K)

# Kratom dependence without the words "dependence" or "withdrawal": reliance ("leaves you reliant
# on it", "come to rely on it"), and what regular users go through when they stop, named as a list
# of symptoms. Near misses: "dependent on the dose", a shop reliant on growers, relying on reviews,
# symptoms that faded after quitting something else, stopping without regular use, a denial.
@pytest.mark.parametrize("dependence, counts", [
    ("Taken every day, it can leave your body reliant on the leaf.", True),
    ("Some regular users end up physically reliant on kratom.", True),
    ("Over a few months, many people come to rely on it.", True),
    ("Your body can start to need the powder.", True),
    ("Heavy users who quit tend to feel irritable and achy for a week, with chills and yawning.", True),
    ("Stopping after a year of daily use brought me sweats, restless legs and cravings.", True),
    ("Insomnia, diarrhea and irritability are common once long-term users stop.", True),
    ("How strong it feels is dependent on the dose.", False),
    ("Our store is reliant on small farms for its kratom.", False),
    ("Shoppers come to rely on our staff for advice.", False),
    ("When I quit coffee and took up kratom, my irritability eased.", False),
    ("People who stop after a week rarely notice aches or chills.", False),
    ("Stop by the shop and ask how it helps with aches after the gym.", False),
])
def test_kratom_dependence_paraphrases(checker, dependence, counts):
    text = f"Kratom is sold as a powder in smoke shops. {dependence} {KRATOM_FDA}"
    assert subjects(checker, text) == (set() if counts else {"kratom"})


# St. John's wort interactions as a change in how the body or the liver processes medicines.
# Near misses: how the body processes stress, how you feel (with a medicine named later).
@pytest.mark.parametrize("interaction, counts", [
    ("It changes how your body processes lots of prescription drugs.", True),
    ("The herb alters the way the liver breaks down many medicines.", True),
    ("It speeds up how fast your body clears some medications.", True),
    ("It changes how your body processes stress.", False),
    ("It changes how you feel within a month; ask about medication options too.", False),
])
def test_st_johns_wort_processing_paraphrases(checker, interaction, counts):
    text = f"St. John's wort is a meadow flower brewed as tea. {interaction}"
    assert subjects(checker, text) == (set() if counts else {"st-johns-wort"})


# Combination rows: "little research on the combination", "hardly studied together" say the pair is
# unstudied; a bare "don't mix them" names no risk and does not count, while an imperative with its
# reason does. Near misses: "little research" and "hardly studied" about one substance alone.
@pytest.mark.parametrize("said, expected", [
    ("There is little research on the combination.", set()),
    ("The two have barely been studied together.", set()),
    ("Research on the pairing remains scarce.", set()),
    ("Few studies have looked at the combo.", set()),
    ("Don't mix them: together they raise the risk of heavy sedation.", set()),
    ("Never combine the two, because the combination is dangerous.", set()),
    ("Don't mix them.", {"alcohol+kava"}),
    ("Never combine the two.", {"alcohol+kava"}),
    ("Keep them apart.", {"alcohol+kava"}),
    ("Avoid mixing them at parties.", {"alcohol+kava"}),
    ("There is little research on kava for sleep.", {"alcohol+kava"}),
    ("Kava has hardly been studied in teenagers.", {"alcohol+kava"}),
])
def test_combination_row_needs_the_risk_or_the_missing_research(checker, said, expected):
    text = f"{KAVA_LIVER} Plenty of guests drink kava alongside a cold beer. {said}"
    assert subjects(checker, text) == expected


# Drinks named by their kind ("a cold lager", "a gin and tonic") are alcohol too; words that only
# look like one ("gin-free", "ginger") are not.
@pytest.mark.parametrize("pairing, combined", [
    ("Some regulars mix their kava with a cold lager.", True),
    ("Plenty of guests drink kava with gin.", True),
    ("We combine kava and prosecco at parties.", True),
    ("Our kava bar serves ginger shots and gin-free mocktails.", False),
])
def test_alcohol_named_by_the_drink(checker, pairing, combined):
    text = f"Kava is a Pacific root drink, and it has been linked to liver injury.\n\n{pairing}\n"
    assert ("alcohol+kava" in subjects(checker, text)) == combined


# Audit 6. Co-use named without a joint or linking cue: a verb of taking before "X and <partner>",
# alternating, "on the same night"; a singular opioid after a possessive or an article, "pain pills"
# and someone's painkillers are opioids. Near misses: both named but not taken together, one or the
# other, a confusion ("mixed up with", "confuse it with"), and "opioid" as an effect or receptor.
@pytest.mark.parametrize("sentence, expected", [
    ("Regulars drink kava and a couple of lagers every Friday.", {"alcohol+kava"}),
    ("At our gatherings people sip kava and wine all evening.", {"alcohol+kava"}),
    ("Some hosts alternate kava and rum punch.", {"alcohol+kava"}),
    ("Our guests go back and forth between kava and beer.", {"alcohol+kava"}),
    ("Many people take kava and their sleeping pills on the same night.", {"kava+sedatives"}),
    ("Don't drink kava and beer in one sitting.", set()),
    ("Kava and beer are the two classic drinks of Fiji.", set()),
    ("Villagers drink kava, and visitors drink beer.", set()),
    ("Visitors drink kava or beer, rarely both.", set()),
    ("We stock kava and wine in separate fridges.", set()),
    ("Unlike wine, kava leaves you clear-headed.", set()),
])
def test_use_together_by_coordination(checker, sentence, expected):
    text = f"{KAVA_LIVER} {sentence}"
    assert {s for s in subjects(checker, text) if "+" in s} == expected


@pytest.mark.parametrize("sentence, expected", [
    ("Some patients take kratom with a smaller dose of their opioid.", {"kratom+opioids"}),
    ("Many users take kratom and their opioid together.", {"kratom+opioids"}),
    ("A few take kratom with your usual pain pills.", {"kratom+opioids"}),
    ("People take kratom alongside their painkillers.", {"kratom+opioids"}),
    ("Some take kratom with an opioid.", {"kratom+opioids"}),
    ("Kratom acts on your opioid receptors.", set()),
    ("Kratom acts like an opioid with a ceiling on its effect.", set()),
    ("Kratom leaves blend with an opioid-like kick.", set()),
    ("Kratom is often confused with kava.", set()),
    ("Kratom is sometimes mixed up with kava.", set()),
    ("People often confuse it with kava.", set()),
    ("It is unrelated to kava.", set()),
])
def test_opioid_partners_and_confusions(checker, sentence, expected):
    text = f"{KRATOM_DEPENDENCE} {KRATOM_FDA} {sentence}"
    found = subjects(checker, text)
    assert {s for s in found if "+" in s} == expected
    if not expected:
        assert "kava" not in found  # a confusion names kava without discussing it


# Audit 7. A saint's-name herb as people type it: with or without "St."'s full stop, "Saint", the
# possessive's apostrophe or the possessive itself ("St John wort"); each still needs the
# interactions statement. A different herb with a similar word ("Johnny-jump-up") is no mention.
@pytest.mark.parametrize("name", ["St John wort", "St. Johns Wort", "Saint John wort", "St.John's wort",
                                  "ST JOHNS WORT", "St. John’s wort", "St John's-wort"])
def test_st_johns_wort_spellings_need_the_interactions_statement(checker, name):
    base = f"{name} capsules are sold for low mood."
    assert subjects(checker, base) == {"st-johns-wort"}
    assert subjects(checker, f"{base} It interacts with many prescription drugs, including the pill.") == set()


@pytest.mark.parametrize("text", ["Johnny-jump-up is a small violet for spring beds.",
                                  "John planted wort for his home brew.",
                                  "Saint John's Hospital opened a new wing."])
def test_near_misses_of_st_johns_wort_name_no_substance(checker, text):
    assert subjects(checker, text) == set()


# Audit 11. Kratom's dependence said without the word: users "find it hard to cut back" or "give it
# up", and what stopping abruptly or cold turkey brings (aches, cravings, sweats). Near misses: a
# taste that is hard to cut, advice to stop suddenly if a symptom appears, and stopping that is not
# followed by any symptom.
@pytest.mark.parametrize("said, counts", [
    ("People who use kratom every day often find it hard to cut back.", True),
    ("Regular kratom users say it is difficult to give it up.", True),
    ("Daily kratom drinkers describe a habit that is tough to kick.", True),
    ("Stopping kratom abruptly can bring on aches, irritability and cravings.", True),
    ("Heavy users who quit kratom cold turkey report sweats and insomnia for days.", True),
    ("Kratom's bitterness is hard to cut, even with honey.", False),
    ("Stop kratom suddenly if you get nausea.", False),
    ("Kratom users who stop abruptly usually feel fine.", False),
    ("It is hard to give advice about kratom strains.", False),
])
def test_kratom_dependence_said_without_the_word(checker, said, counts):
    text = f"Kratom is sold as capsules and powder. {said} {KRATOM_FDA}"
    assert subjects(checker, text) == (set() if counts else {"kratom"})


# Audit 11. Amanita's legal status said through a regulator's view: "does not consider … lawful
# ingredients", "doesn't regard it as a legal food additive". Near misses: the same verbs with a word
# that is not about lawfulness, or a lawfulness word that is not about food.
@pytest.mark.parametrize("said, counts", [
    ("The FDA does not consider Amanita muscaria or its compounds lawful ingredients in food.", True),
    ("Regulators don't regard fly agaric as a legal food additive.", True),
    ("The agency does not treat Amanita extracts as approved supplement ingredients.", True),
    ("The FDA does not consider Amanita muscaria a priority, so gummies keep selling.", False),
    ("Most foragers do not consider the fly agaric a legal hazard.", False),
])
def test_amanita_legal_status_through_a_regulators_view(checker, said, counts):
    text = f"Amanita muscaria gummies are sold online. Amanita muscaria is poisonous. {said}"
    assert subjects(checker, text) == (set() if counts else {"amanita-muscaria"})


# Audit 11. A pointer to coverage elsewhere names a substance without discussing it ("we covered kratom
# shots in issue 38", "see our guide to kava"). Near misses: the same document discussing the
# substance after the pointer, and "see" or "our" alone before a mention.
@pytest.mark.parametrize("text, expected", [
    ("This month we tested CBD gummies. We covered kratom shots back in issue 38.", set()),
    ("CBD is sold as oils and creams. For evening drinks, see our guide to kava.", set()),
    ("Our CBD review is below. We've written about kratom before, and our advice hasn't changed.", set()),
    ("CBD oils are everywhere. Read our kava explainer for the basics.", set()),
    ("We covered kratom shots in issue 38. Kratom shots are stronger than leaf tea.", {"kratom"}),
    ("You will see kratom shots next to the energy drinks.", {"kratom"}),
    ("Our kava is ground from noble roots.", {"kava"}),
])
def test_pointers_to_other_coverage_are_mentions_in_passing(checker, text, expected):
    assert subjects(checker, text) == expected


# Audit 11. A pair named in one sentence and used together in the next through a word for the pair:
# "mix the two", "combine both", "take them together", "a combination of the two". Near misses: a
# bare "them" ("mix them into juice"), a negated or conditional cue, a relating verb ("confuse the
# two"), and a previous sentence that names three things or only one.
@pytest.mark.parametrize("sentences, expected", [
    ("Kava and beer are a Friday ritual here. Many guests mix the two.", {"alcohol+kava"}),
    ("Kava and beer are a Friday ritual here. Some guests take them together.", {"alcohol+kava"}),
    ("Kava and beer are a Friday ritual here. Regulars like to combine both.", {"alcohol+kava"}),
    ("Kava and beer are a Friday ritual here. A combination of the two is the house special.", {"alcohol+kava"}),
    ("Kava and beer are sold at the bar. Many guests mix them into juice.", set()),
    ("Kava and beer are a Friday ritual here. Never mix the two.", set()),
    ("Kava and beer are a Friday ritual here. If you combine the two, go slowly.", set()),
    ("Kava and beer are a Friday ritual here. Tourists often confuse the two.", set()),
    ("Kava is a Friday ritual here. Many guests mix the two kinds of root.", set()),
])
def test_a_pair_used_together_in_the_next_sentence(checker, sentences, expected):
    text = f"{KAVA_LIVER} {sentences}"
    assert {s for s in subjects(checker, text) if "+" in s} == expected


# Audit 14. A name hyphenated to a colour or shape word describes a look, not the substance:
# "a kava-coloured sauce", "kratom-green paint", "an amanita-shaped lamp". Near misses still
# discuss the substance: "kava-flavoured" gummies, a spaced hyphen, a colour word as a separate
# noun ("kava brown rice bowls"), or another mention in the document.
@pytest.mark.parametrize("text, expected", [
    ("The sauce turned a murky, kava-coloured brown after an hour.", set()),
    ("We painted the hallway a soft kratom-green.", set()),
    ("The lamp is amanita-shaped, with a red cap and white spots.", set()),
    ("Her scarf was a dusty, kava-tinted beige.", set()),
    ("Our kava-flavoured gummies are popular.", {"kava"}),
    ("The sauce turned kava - coloured.", {"kava"}),
    ("Kava brown rice bowls are on the menu.", {"kava"}),
    ("Our kava-coloured tea is brewed from real kava root.", {"kava"}),
])
def test_a_colour_or_shape_compound_is_a_mention_in_passing(checker, text, expected):
    assert subjects(checker, text) == expected


# Audit 16. "rare but serious liver injury": a "but" between a rarity word and a severity word joins two
# modifiers of one noun phrase, so the risk stays said of the substance even when another member is
# named later in the sentence. Near misses: a "but" that opens a clause about something else.
@pytest.mark.parametrize("text, expected", [
    ("Kava has been linked to rare but serious liver injury, so avoid it with alcohol.", set()),
    ("Kava has been tied to uncommon but potentially fatal liver damage, so never take it with wine.", set()),
    ("Kava is linked to infrequent but severe liver injury; don't drink alcohol with it.", set()),
    ("Kava has been linked to rare but documented liver failure when taken with alcohol.", set()),
    ("Kava has been linked to rare but serious liver injury in people who also drank alcohol.", set()),
    ("Kava is calming, but alcohol has been linked to liver damage.", {"kava"}),
    ("Kava is rare but alcohol is linked to liver damage.", {"kava"}),
    ("Kava is mild but wine has been linked to liver damage.", {"kava"}),
])
def test_a_but_joining_rarity_and_severity_opens_no_clause(checker, text, expected):
    assert subjects(checker, text) == expected


# Audit 18. A list whose lead-in line excludes its items ("None of our products contain:", "Free from:")
# names them in passing: a clean-label "never list" does not discuss kava or kratom. Near misses: a list
# under a lead-in that excludes something else ("We never use fillers in these:"), a plain product
# list, and a substance discussed in prose after the list.
@pytest.mark.parametrize("text, path, expected", [
    ("None of our products contain:\n\n- kava or kratom\n- artificial dyes\n\nWe use ginger and mint.", "a.md", set()),
    ("Free from:\n- St. John's wort\n- added sugar\n- gelatin\n", "a.txt", set()),
    ("What you'll never find in our gummies:\n\n* Amanita muscaria\n* corn syrup\n", "a.md", set()),
    ("Our teas do not contain any of the following:\n- kratom\n- kava\n\nEvery tin is organic.", "a.txt", set()),
    ("Banned ingredients:\n- ephedra\n- kratom leaf\n", "a.txt", set()),
    ("We never use fillers in these:\n- kratom capsules\n- kava tablets\n", "a.txt", {"kava", "kratom"}),
    ("Our bestsellers:\n- kava root powder\n- kratom capsules\n", "a.txt", {"kava", "kratom"}),
    ("None of our products contain:\n- gluten\n- dairy\n\nOur kava tea is brewed from noble root and served warm "
     "with coconut milk every evening at the counter.", "a.txt", {"kava"}),
    ("Not sure where to start? Try these:\n- kratom capsules\n- kava shots\n", "a.txt", {"kava", "kratom"}),
])
def test_a_list_under_an_excluding_lead_in_names_its_items_in_passing(checker, text, path, expected):
    assert subjects(checker, text, path) == expected


# Audit 18. An ingredient list measures every line by the quantity that opens it, even when a member
# stands more than three tokens after the number ("- 4 tbsp medium-grind kava root powder"). Near
# misses: one short line that opens with a number ("10 Reasons to Choose Kava Over Wine"), and a
# list that names only one member.
@pytest.mark.parametrize("text, expected", [
    ("You will need:\n- 4 tbsp medium-grind kava root powder\n- 3 oz spiced rum\n- ice", {"alcohol+kava"}),
    ("Ingredients:\n- 2 heaped scoops of finely ground kava\n- 1 shot dark rum\n- 1 cup pineapple juice", {"alcohol+kava"}),
    ("For two:\n- 1 bottle chilled prosecco\n- 3 teaspoons instant noble kava extract\n- mint", {"alcohol+kava"}),
    ("10 Reasons to Choose Kava Over Wine\n\nKava is calming.", set()),
    ("3 Things Kava Drinkers Say About Beer\n\nKava is calming.", set()),
    ("Shopping list:\n- 2 bags of noble kava root\n- 1 pack of paper cups\n\nWe do not serve alcohol.", set()),
])
def test_every_line_of_an_ingredient_list_is_measured(checker, text, expected):
    found = subjects(checker, text + "\n\n" + KAVA_LIVER)
    assert found == expected


# Audit 18. "mix X up" with its object between verb and particle is confusing one thing for another,
# not using them together. Near misses: "mix ... and end up", "wake up" after a real mix, and a mix
# with a linking cue.
@pytest.mark.parametrize("text, expected", [
    ("Kava and kratom are different plants. Shoppers mix the two up all the time.", set()),
    ("Kava and kratom sound alike, and new buyers often mix these two up.", set()),
    ("It is easy to mix kava and kratom up when you shop online.", set()),
    ("Kava and beer are popular here. Some guests mix the two and end up sleepy.", {"alcohol+kava"}),
    ("Some people mix kava with beer and wake up groggy.", {"alcohol+kava"}),
    ("Kava and rum: mix them in a shaker, then top up with soda.", {"alcohol+kava"}),
])
def test_mixing_two_things_up_is_confusing_them(checker, text, expected):
    preamble = f"{KAVA_LIVER} {KRATOM_DEPENDENCE} {KRATOM_FDA}\n\n"
    assert subjects(checker, preamble + text) == expected


# Audit 18. A regulator named by a common noun ("the agency", "the administration", "regulators") that
# has not signed off on kratom, or has not given it approval, states its FDA status. Near misses: an
# agency that signs off on something else, and one that gives no refund.
@pytest.mark.parametrize("text, expected", [
    ("The agency has not signed off on kratom for any condition.", set()),
    ("The Food and Drug Administration has never signed off on it.", set()),
    ("Regulators have not given kratom their approval.", set()),
    ("The FDA has never granted the leaf a green light for medical use.", set()),
    ("Our ad agency signed off on the new kratom label.", {"kratom"}),
    ("The agency has not given us a refund for the kratom shipment.", {"kratom"}),
    ("The shipping agency has not signed the customs form yet.", {"kratom"}),
])
def test_a_regulator_that_has_not_signed_off_states_fda_status(checker, text, expected):
    assert subjects(checker, f"Kratom is sold as a green powder. {KRATOM_DEPENDENCE} {text}") == expected


# Audit 18. A sentence that is only a quotation, answered by a next sentence that opens with a flat
# rebuttal ('"It's deadly." Not true.'), states a risk only to knock it down. Near misses: a quotation
# answered by agreement or by a word that merely opens a sentence ("No doubt"), and a quote inside a
# sentence of reported speech.
@pytest.mark.parametrize("text, expected", [
    ('"Amanita muscaria is poisonous." Not true.', {"amanita-muscaria"}),
    ('**“It is toxic.”** False! Amanita muscaria is just misunderstood.', {"amanita-muscaria"}),
    ('"The fly agaric is deadly." That\'s a myth.', {"amanita-muscaria"}),
    ('"Amanita muscaria is poisonous." True: it can cause seizures.', set()),
    ('"Amanita muscaria is poisonous." No doubt about it.', set()),
    ('The ranger said, "Amanita muscaria is toxic." No one argued.', set()),
])
def test_a_quoted_risk_flatly_rebutted_does_not_count(checker, text, expected):
    lawful = "Amanita muscaria is not a lawful food ingredient in the US."
    assert subjects(checker, f"{lawful}\n\n{text}") == expected


# Audit 18. Risk language in less common wordings: withdrawal that "can occur" or "sets in", a herb that
# "doesn't play well with" prescriptions or is "dangerous" taken with an SSRI, a mushroom that "sends
# people to the hospital". Near misses: the treated condition ("opioid withdrawal can happen fast"), a
# comma before the verb, a denial ("is not dangerous"), a non-drug partner, and someone else's hospital stay.
@pytest.mark.parametrize("text, expected", [
    (f"Kratom is a leaf. Withdrawal often occurs after daily use. {KRATOM_FDA}", set()),
    (f"Kratom is a leaf. Withdrawal symptoms typically set in within a day of the last dose. {KRATOM_FDA}", set()),
    (f"Kratom is a leaf. Opioid withdrawal can happen fast. {KRATOM_FDA}", {"kratom"}),
    (f"Kratom is a leaf. It eases opioid withdrawal, which can begin within hours. {KRATOM_FDA}", {"kratom"}),
    ("St. John's wort is an herb. It doesn't play well with many prescriptions.", set()),
    ("St. John's wort is an herb. Combining it with an SSRI can be dangerous.", set()),
    ("St. John's wort is an herb. Taking it alongside blood thinners is risky.", set()),
    ("St. John's wort is an herb. Taking it with antidepressants is not dangerous.", {"st-johns-wort"}),
    ("St. John's wort is an herb. Taking it with food is risky for a sensitive stomach.", {"st-johns-wort"}),
    ("St. John's wort is an herb. It plays well with most herbal teas.", {"st-johns-wort"}),
    ("Amanita muscaria is a red mushroom. It has sent dozens of foragers to the hospital.", set()),
    ("Amanita muscaria is a red mushroom. Eating it can land you in the ER.", set()),
    ("Amanita muscaria is a red mushroom. Our founder landed in the hospital after a bike crash.", {"amanita-muscaria"}),
])
def test_uncommon_wordings_of_the_required_risks(checker, text, expected):
    if "Amanita" in text:
        text += " It is not a lawful food ingredient in the US."
    assert subjects(checker, text) == expected


# A table's risk column: a risk word opening a cell under "Main risk", "Side effects", "Warnings"… is said of
# the row's substance, as "kratom dependence" is. Near misses: the same word under another heading, a
# minimized cell ("No dependence"), and a cell that only starts elsewhere.
@pytest.mark.parametrize("heading, cell, expected", [
    ("Main risk", "Dependence", set()),
    ("Side effects", "Addiction, nausea", set()),
    ("Warnings", "Withdrawal after daily use", set()),
    ("What to watch", "Dependence", {"kratom"}),
    ("Benefit", "Dependence recovery", {"kratom"}),
    ("Main risk", "No dependence", {"kratom"}),
    ("Main risk", "Low dependence risk", {"kratom"}),
])
def test_a_risk_column_names_the_risk_of_its_row(checker, heading, cell, expected):
    text = (f"Kratom leaves are sold as powder. {KRATOM_FDA}\n\n"
            f"| Herb | {heading} |\n|---|---|\n| Kratom | {cell} |\n")
    assert subjects(checker, text, "guide.md") == expected


# Hearsay knocked down: a risk passed on as hearsay ("I heard…", "People say…") and then dismissed ("Those
# stories are overblown.", "That's a myth."), past a doubting question, is no warning. Near misses: hearsay
# confirmed, the writer's own statement of the risk, and a dismissal of something else.
@pytest.mark.parametrize("text, expected", [
    ("I heard kava can hurt your liver. Is that true?\nThose stories are overblown.", {"kava"}),
    ("People say kava can damage the liver. Such fears are exaggerated.", {"kava"}),
    ("You may have heard that kava harms the liver. That's a myth.", {"kava"}),
    ("I heard kava can hurt your liver. Is that true?\nYes: kava has been linked to liver injury.", set()),
    ("People say kava can damage the liver, and they are right.", set()),
    ("Kava has been linked to liver injury. Those stories are worth reading.", set()),
    ("I heard kava can hurt your liver. That is a real risk, so ask your doctor.", set()),
])
def test_hearsay_risk_dismissed_is_no_warning(checker, text, expected):
    assert subjects(checker, f"Kava is a root drink we serve.\n\n{text}") == expected


# Raw HTML blocks in Markdown are read as a rendered page shows them: an FAQ accordion's answer, a
# figure caption or a closing disclaimer <div> can carry the required language. Near misses: the same
# sentence in an HTML comment, and an accordion whose answer denies the risk.
@pytest.mark.parametrize("block, expected", [
    ("<details>\n<summary>Is it addictive?</summary>\nYes. Daily users can become dependent and go through withdrawal.\n</details>",
     set()),
    ("<figure>\n<img src=\"leaf.jpg\">\n<figcaption>Kratom leaf. Regular use can lead to dependence.</figcaption>\n</figure>",
     set()),
    ("<div class=\"disclaimer\">\nKratom is habit-forming; stopping after daily use brings withdrawal.\n</div>", set()),
    ("<!--\nKratom is habit-forming; stopping after daily use brings withdrawal.\n-->", {"kratom"}),
    ("<details>\n<summary>Is it addictive?</summary>\nNo, kratom is not addictive.\n</details>", {"kratom"}),
])
def test_html_blocks_in_markdown_can_carry_the_language(checker, block, expected):
    text = f"# Our kratom\n\nKratom leaf powder is sold in pouches. {KRATOM_FDA}\n\n{block}\n\nStore it somewhere dry.\n"
    assert subjects(checker, text, "faq.md") == expected


# A hard-wrapped line inside a sentence reads as a space, so a required phrase split over two lines
# still counts ("has not\napproved", "linked to liver\ndamage"). Near misses: a denial split the same way,
# and a line that ends a heading before the word that would complete the phrase.
@pytest.mark.parametrize("text, expected", [
    ("Kratom is habit-forming, and the FDA has not\napproved it for any medical use.", set()),
    ("Kratom can be habit\nforming, and the FDA has not approved it for any medical use.", set()),
    ("Kava is a root drink. It has been linked to liver\ndamage in heavy users.", set()),
    ("Kava is a root drink that has been linked to\nliver injury.", set()),
    ("Kratom is habit-forming, and the FDA has not\nbanned it.", {"kratom"}),
    ("Kava is a root drink. It is not linked to liver\ndamage, our vendor says.", {"kava"}),
    ("# Kava and the liver\nDamage reports are rare.", {"kava"}),
])
def test_a_hard_wrapped_line_does_not_split_a_required_phrase(checker, text, expected):
    assert subjects(checker, text, "notes.txt") == expected


# A risk said of something outside the knowledge base that carries the same risk (comfrey, phenibut,
# acetaminophen) is not said of the document's topic. Near misses: the topic named in the clause, a
# comparison after the risk ("like nicotine"), and the other thing named only in another clause.
@pytest.mark.parametrize("text, expected", [
    ("Kava is a root drink. Be careful: comfrey has been linked to liver damage.", {"kava"}),
    ("Kava is a root drink. Acetaminophen is linked to liver injury too.", {"kava"}),
    (f"Kratom is sold as powder. {KRATOM_FDA} Phenibut is highly addictive.", {"kratom"}),
    (f"Kratom is sold as powder. {KRATOM_FDA} Like tianeptine, it can cause dependence.", {"kratom"}),
    ("Kava is a root drink. Like comfrey, kava has been linked to liver damage.", set()),
    (f"Kratom is sold as powder. {KRATOM_FDA} It is habit-forming, like nicotine.", set()),
    ("Kava is a root drink. We never add comfrey; kava itself has been linked to liver damage.", set()),
    ("Kava is a root drink. It has been linked to liver damage.", set()),
])
def test_a_risk_of_another_substance_is_not_the_topics(checker, text, expected):
    assert subjects(checker, text) == expected


# A substance the document sets aside for other coverage is named in passing: in a sentence that says
# so, or in the sentence before one that points back at it and names nothing. Near misses: a deferral
# of something else, a discussion that goes on after the pointer, and a back-reference to other topics.
@pytest.mark.parametrize("text, expected", [
    ("Magnesium helps some people sleep. Kratom is outside the scope of this guide.", set()),
    ("Magnesium helps some people sleep. Readers ask about kratom and kava. Those deserve their own articles.", set()),
    ("Magnesium helps some people sleep. We will cover kava in a future issue.", set()),
    ("Magnesium helps some people sleep. Readers ask about kava. That is a topic for another day.", set()),
    ("Kava is a root drink served cold. We will cover dosing in a future issue.", {"kava"}),
    ("Readers ask about kava. That deserves its own article. Kava is served cold in bars.", {"kava"}),
    ("Kava is a root drink served cold. Its history deserves a separate article.", {"kava"}),
    ("Kava is a root drink served cold. Magnesium is outside the scope of this guide.", {"kava"}),
])
def test_a_substance_set_aside_for_other_coverage_is_named_in_passing(checker, text, expected):
    assert subjects(checker, text) == expected


# Alcohol named as a taste or a tincture's solvent is not a drink taken with the substance. Near misses:
# alcohol served with it.
@pytest.mark.parametrize("text, expected", [
    ("Our kava tincture is earthy, with a sharp alcohol bite.", set()),
    ("The kava extract comes with a faint alcohol taste.", set()),
    ("We serve kava with a shot of alcohol.", {"alcohol+kava"}),
    ("We serve kava with alcohol on Fridays.", {"alcohol+kava"}),
])
def test_alcohol_as_a_taste_is_no_combination(checker, text, expected):
    text = f"{KAVA_LIVER} {text}"
    assert {s for s in subjects(checker, text) if "+" in s} == expected


# Audit 28: dependence named after tolerance in a list satisfies kratom's dependence requirement ("can produce
# tolerance, dependence and withdrawal"); tolerance alone, or of something else, does not. "Mixed" as a verdict
# on evidence ("ranges from limited for kava to mixed for kratom", "mixed results") uses nothing together.
KRATOM_FDA = "The FDA has not approved kratom for any medical use."


@pytest.mark.parametrize("text, expected", [
    (f"Kratom is a tree leaf. Kratom can produce tolerance, dependence and withdrawal. {KRATOM_FDA}", set()),
    (f"Kratom is a tree leaf. Daily kratom use can lead to tolerance and physical dependence. {KRATOM_FDA}", set()),
    (f"Kratom is a tree leaf. Regular use can cause tolerance or addiction. {KRATOM_FDA}", set()),
    (f"Kratom is a tree leaf. Kratom can produce tolerance over time. {KRATOM_FDA}", {"kratom"}),
    (f"Kratom is a tree leaf. Kratom can produce tolerance, nausea and constipation. {KRATOM_FDA}", {"kratom"}),
])
def test_audit28_dependence_after_tolerance(checker, text, expected):
    assert subjects(checker, text) == expected


KRATOM_SAFE = "Kratom can cause dependence, and the FDA has not approved it for any medical use."


@pytest.mark.parametrize("text, expected", [
    ("Evidence ranges from limited (kava) to mixed (kratom).", set()),
    ("Trials of kava and kratom have produced mixed results.", set()),
    ("Studies on kava and kratom show mixed evidence at best.", set()),
    ("Some people mix kava with kratom.", {"kava+kratom"}),
    ("Kava and kratom are often mixed in one shell.", {"kava+kratom"}),
    ("Add kratom to mixed kava shells.", {"kava+kratom"}),
    ("It is perfectly fine to mix kava with kratom.", {"kava+kratom"}),
])
def test_audit28_mixed_evidence_is_no_combination(checker, text, expected):
    text = f"{KAVA_LIVER} {KRATOM_SAFE} {text}"
    assert {s for s in subjects(checker, text) if "+" in s} == expected


# Audit 35 (long and multi-substance pages): a drink taken "between rounds of" the other is used with it,
# but a choice "between cups of kava and glasses of wine" is not; a verb of taking whose first member is
# followed by a product form and a time of day ("kratom powder in the morning and my oxycodone at night")
# is a daily schedule of both, while years or another subject are not; a sentence naming nothing right
# after one that opens with another risky subject ("Acetaminophen is …") says its risk of that subject;
# and a look-alike ("it looked just like a bowl of kava") names the substance in passing.
KRATOM_SAFE_35 = "Kratom can cause dependence and withdrawal, and the FDA has not approved it for any medical use."


@pytest.mark.parametrize("text, expected", [
    (f"{KAVA_LIVER} Some guests drink a beer between rounds of kava.", {"alcohol+kava"}),
    (f"{KAVA_LIVER} A few of us sip wine between shells of kava on Fridays.", {"alcohol+kava"}),
    (f"{KRATOM_SAFE_35} He took his oxycodone between cups of kratom tea.", {"kratom+opioids"}),
    (f"{KAVA_LIVER} We drink kava, and between bowls of kava we eat chips.", set()),
    (f"{KAVA_LIVER} The difference between cups of kava and glasses of wine is the buzz.", set()),
    (f"{KAVA_LIVER} Choosing between shells of kava and a glass of wine is easy for me.", set()),
    (f"{KAVA_LIVER} Between rounds of kava, guests play cards.", set()),
    (f"{KRATOM_SAFE_35} I took kratom powder in the morning and my oxycodone at night.", {"kratom+opioids"}),
    (f"{KRATOM_SAFE_35} She takes kratom in the evening and her Xanax before bed.", {"kratom+sedatives"}),
    (f"{KRATOM_SAFE_35} I took kratom capsules every morning and oxycodone at night for a month.", {"kratom+opioids"}),
    (f"{KRATOM_SAFE_35} I took kratom in 2019 and oxycodone in 2022.", set()),
    (f"{KRATOM_SAFE_35} I took kratom in the morning and a walk at night.", set()),
    (f"{KRATOM_SAFE_35} I took kratom in the morning, and my brother took oxycodone.", set()),
    (f"{KRATOM_SAFE_35} I took kratom powder in the morning or oxycodone at night, never both.", set()),
])
def test_audit35_rounds_and_schedules_are_use_together(checker, text, expected):
    assert {s for s in subjects(checker, text) if "+" in s} == expected


@pytest.mark.parametrize("text, expected", [
    ("Kava is a root drink. Acetaminophen is in many cold remedies. Taken above the dose it has been linked to "
     "liver damage.", {"kava"}),
    ("Kava is a root drink. But comfrey is another story. It has been linked to liver damage.", {"kava"}),
    ("Kava is a root drink. It has been linked to liver damage.", set()),
    ("Acetaminophen is in many cold remedies. Kava is a root drink. It has been linked to liver damage.", set()),
    ("Kava is a root drink. Many people take it with acetaminophen. It has been linked to liver damage.", set()),
    ("Kava is a root drink and gentler than acetaminophen. It has been linked to liver damage.", set()),
])
def test_audit35_risk_after_another_subject(checker, text, expected):
    assert subjects(checker, text) == expected


@pytest.mark.parametrize("text, expected", [
    ("We serve it in coconut shells. It looked just like a bowl of kava, but it is only ginger.", set()),
    ("The toy mushroom resembles a fly agaric, red with white spots.", set()),
    ("It looks like a cup of kava. Kava is a root drink from Fiji that we serve daily.", {"kava"}),
    ("It looks like kava is back in fashion. Bars serve it nightly.", {"kava"}),
    ("Kava looks like muddy water. We serve it daily.", {"kava"}),
])
def test_audit35_look_alike_is_in_passing(checker, text, expected):
    assert subjects(checker, text) == expected


# Audit 41 (captions, menus, listings, threads, newsletters): a substance named once, as the name of a
# business ("it used to be a kava lounge", "a kratom vendor took the kiosk"), is named in passing, but two
# such names (a kava bar's own page) or any other mention discuss it; "taking both, kratom around 6 and a
# Xanax before bed" (a verb of taking with "both", then the pair) and a clock time after the first member
# use the two together; "pale ale" and "IPA" are alcohol (not "ginger ale"); and 7-OH products (kratom's
# concentrated alkaloid) are kratom, while a bare "7-OH" (any 7-hydroxy compound) is not.
@pytest.mark.parametrize("text, expected", [
    ("The shop next door used to be a kava lounge. Now it sells bread and pastries.", set()),
    ("A kratom vendor took over the kiosk by the station. The bakery opened on Monday.", set()),
    ("Rise Bakery opened on Main. Two kava bars closed this year on the same street.", set()),
    ("Come to our kava bar tonight. The kava bar is open until 1 am.", {"kava"}),
    ("The kava lounge downtown serves kava from Fiji every night.", {"kava"}),
    ("It used to be a kava lounge. We drink kava at home now.", {"kava"}),
    ("We bought a bar of soap. Kava is a root drink.", {"kava"}),
    ("Kratom shops sell powder. Some people take kratom daily.", {"kratom"}),
])
def test_audit41_business_name_in_passing(checker, text, expected):
    assert subjects(checker, text) == expected


@pytest.mark.parametrize("text, expected", [
    (f"{KRATOM_SAFE_35} Lately I've been taking both in the evening, kratom around 6 and a Xanax before bed.",
     {"kratom+sedatives"}),
    (f"{KRATOM_SAFE_35} I take both, kratom and my oxycodone.", {"kratom+opioids"}),
    (f"{KAVA_LIVER} We drink both: kava and a cold beer.", {"alcohol+kava"}),
    (f"{KRATOM_SAFE_35} I take kratom at 7 pm and my Xanax at 10.", {"kratom+sedatives"}),
    (f"{KRATOM_SAFE_35} She takes kratom around 6 and a Valium before bed.", {"kratom+sedatives"}),
    (f"{KRATOM_SAFE_35} I like both, kratom and my Xanax, but never together.", set()),
    (f"{KRATOM_SAFE_35} I take both seriously, kratom and alcohol.", set()),
    (f"{KRATOM_SAFE_35} Both are sold here, kratom and Xanax.", set()),
    (f"{KRATOM_SAFE_35} I take kratom around 6 and my sister drinks wine.", set()),
    (f"{KRATOM_SAFE_35} I took kratom at 7 and then quit for good.", set()),
    (f"{KRATOM_SAFE_35} I take kratom at 19:30 and my Xanax at 23:00.", {"kratom+sedatives"}),
    (f"{KAVA_LIVER} Regulars sip a pale ale between rounds of kava.", {"alcohol+kava"}),
    (f"{KAVA_LIVER} Some guests drink kava and an IPA on Fridays.", {"alcohol+kava"}),
    (f"{KAVA_LIVER} Some guests drink kava and a ginger ale on Fridays.", set()),
])
def test_audit41_taking_both_and_clock_times(checker, text, expected):
    assert {s for s in subjects(checker, text) if "+" in s} == expected


@pytest.mark.parametrize("text, expected", [
    ("Our 7-OH tablets hold 15 mg each. Start with half a tablet.", {"kratom"}),
    ("New 7-OH shots are in stock at the counter.", {"kratom"}),
    ("Each tablet holds 15 mg of 7-hydroxymitragynine.", {"kratom"}),
    (f"{KRATOM_SAFE_35} Our 7-OH tablets hold 15 mg each.", set()),
    ("7-OH-CBD is the main active metabolite of CBD.", set()),
    ("The 7-OH metabolite of the drug is measured in blood.", set()),
    ("7-OH-CBD gummies are new this month.", set()),
])
def test_audit41_seven_oh_products_are_kratom(checker, text, expected):
    assert subjects(checker, text) == expected


# Audit 45: a kinship claim ("sold as a relative of kava", "a cousin of kratom") names the other substance
# only to place the first, so a document that does nothing more with it needs no language for it; a
# document that goes on to discuss it still does.
@pytest.mark.parametrize("text, expected", [
    (f"{KRATOM_SAFE_35} Some shops market kratom as a relative of kava.", set()),
    (f"{KRATOM_SAFE_35} Kratom is sometimes called a cousin of kava, which it is not.", set()),
    (f"{KRATOM_SAFE_35} Sellers describe it as a close relative of kava, the Pacific root drink.", set()),
    (f"{KRATOM_SAFE_35} Kratom is no cousin of kava. Kava bars sell both, and regulars drink kava nightly.", {"kava"}),
    (f"{KRATOM_SAFE_35} Kratom is a relative of coffee. Our kava shells are poured at 8.", {"kava"}),
    (f"{KAVA_LIVER} A relative of mine takes kratom every day.", {"kratom"}),
])
def test_audit45_kinship_claims_name_in_passing(checker, text, expected):
    assert {s for s in subjects(checker, text) if "+" not in s} == expected


# Audit 45: "not been studied in pregnancy / in children" is about another group of users and does not say a
# combination is unstudied; a statement about the pair itself still does.
@pytest.mark.parametrize("text, expected", [
    (f"{KAVA_LIVER} I sip kava with a glass of wine. Many of these herbs haven't been studied in pregnancy.", {"alcohol+kava"}),
    (f"{KAVA_LIVER} We pour kava with a beer chaser. None of this has been tested in children.", {"alcohol+kava"}),
    (f"{KAVA_LIVER} I sip kava with a glass of wine. Kava has not been studied during pregnancy.", {"alcohol+kava"}),
    (f"{KAVA_LIVER} I sip kava with a glass of wine. The pairing hasn't been studied in humans.", set()),
    (f"{KAVA_LIVER} I sip kava with a glass of wine. The pair has not been studied, especially in pregnancy.", set()),
    (f"{KAVA_LIVER} I sip kava with a glass of wine. Mixing them has never been studied.", set()),
])
def test_audit45_unstudied_in_other_groups(checker, text, expected):
    assert {s for s in subjects(checker, text) if "+" in s} == expected



# Audit 47 (used together): one member in a state of use after a cue of time ("while tapering off
# X", "during my first month on X", "to get through my X taper") and a verb of taking another in the
# same sentence; "after a serving of X" with no comma when a subject pronoun follows; a serving of X,
# "and then", a serving of Y; a bare "them" with a joint cue when the sentence before opens with the
# pair; "X + beer" with a partner; "take X most nights and have Y"; "at around 5 pm". Near misses: a
# concessive "while", "while off X", avoided or negated uses, replacements, places ("beer halls").
@pytest.mark.parametrize("text, expected", [
    (f"{KRATOM_SAFE_35} While weaning off hydrocodone, he doses kratom before bed.", {"kratom+opioids"}),
    (f"{KRATOM_SAFE_35} During my codeine taper I used kratom at lunch.", {"kratom+opioids"}),
    (f"{KRATOM_SAFE_35} I lean on kratom to get through my methadone taper.", {"kratom+opioids"}),
    (f"{KRATOM_SAFE_35} He kept taking kratom while he was on Suboxone.", {"kratom+opioids"}),
    (f"{KAVA_LIVER} While I'm on Ativan, I still sip kava on weekends.", {"kava+sedatives"}),
    (f"{KAVA_LIVER} Throughout my first weeks on Klonopin I had a bowl of kava nightly.", {"kava+sedatives"}),
    (f"{KAVA_LIVER} After one shell of kava we stroll over for a few pints of beer.", {"alcohol+kava"}),
    (f"{KAVA_LIVER} We split a bowl of kava and then order two glasses of prosecco.", {"alcohol+kava"}),
    (f"{KAVA_LIVER} Both kava and gin are served upstairs. Guests combine them on Fridays.", {"alcohol+kava"}),
    (f"{KRATOM_SAFE_35} Kratom + whiskey evenings became a habit.", {"alcohol+kratom"}),
    (f"{KAVA_LIVER} {KRATOM_SAFE_35} I drink a bowl of kava. Then I follow it with a mug of Maeng Da kratom tea.",
     {"kava+kratom"}),
    (f"{KRATOM_SAFE_35} I take my Xanax most nights and have some kratom at noon.", {"kratom+sedatives"}),
    (f"{KRATOM_SAFE_35} I take kratom at about 3 pm and a Valium at 10 pm.", {"kratom+sedatives"}),
    (f"{KRATOM_SAFE_35} While tapering off codeine I took kratom daily. Using kratom with opioids adds to the "
     "risks of each and has not been studied.", set()),
    (f"{KRATOM_SAFE_35} While kratom is sold in gas stations, opioids need a prescription.", set()),
    (f"{KRATOM_SAFE_35} While off methadone for a year, I began kratom.", set()),
    (f"{KRATOM_SAFE_35} While tapering off codeine, avoid drinking beer.", set()),
    (f"{KRATOM_SAFE_35} During my months on Suboxone I never took kratom.", set()),
    (f"{KRATOM_SAFE_35} While on codeine, people should not use kratom.", set()),
    (f"{KRATOM_SAFE_35} During the opioid epidemic kratom vendors multiplied.", set()),
    (f"{KRATOM_SAFE_35} I finished my codeine taper in May and started kratom in the fall.", set()),
    (f"{KAVA_LIVER} After ten years of beer I now drink kava instead.", set()),
    (f"{KAVA_LIVER} After a cup of kava I never crave a beer.", set()),
    (f"{KAVA_LIVER} Back then a bowl of kava cost less than a pint of beer.", set()),
    (f"{KAVA_LIVER} I have a shell of kava now and then, and a glass of wine rarely.", set()),
    (f"{KAVA_LIVER} Drink a cup of kava, then skip the glass of wine.", set()),
    (f"{KAVA_LIVER} {KRATOM_SAFE_35} Kava and kratom are different plants. Shoppers mix them up.", set()),
    (f"{KAVA_LIVER} {KRATOM_SAFE_35} Kava and kratom are in stock. Staff can compare them for you.", set()),
    (f"{KAVA_LIVER} {KRATOM_SAFE_35} We sell teas, kava and kratom. People mix them with juice.", set()),
    (f"{KAVA_LIVER} Kava and beer sell well. Bars pair them with snacks.", set()),
    (f"{KAVA_LIVER} Kava and rum are on the shelf. Bartenders blend them into punch.", set()),
    (f"{KAVA_LIVER} {KRATOM_SAFE_35} Kava + kratom: what are the differences?", set()),
    (f"{KAVA_LIVER} New kava bars open alongside beer halls and wine shops.", set()),
    (f"{KAVA_LIVER} I traded my nightly glass of wine for a shell of kava.", set()),
])
def test_audit47_used_together_concurrent_and_sequence(checker, text, expected):
    assert {s for s in subjects(checker, text) if "+" in s} == expected


# Audit 51: one product that contains two high-risk substances uses them together ("each gummy contains amanita
# extract and kava root"); a partner it contains is an ingredient or a solvent, and negated, listed-apart or
# unrelated "contains" pass.
AMANITA_SAFE_51 = "Amanita muscaria is poisonous and is not a lawful food or supplement ingredient in the US."


@pytest.mark.parametrize("text, expected", [
    (f"{KAVA_LIVER} {KRATOM_SAFE_35} Our gummies contain kratom extract and kava root.", {"kava+kratom"}),
    (f"{KAVA_LIVER} {AMANITA_SAFE_51} Each gummy contains Amanita muscaria extract and kava root.", {"amanita-muscaria+kava"}),
    (f"{KAVA_LIVER} {KRATOM_SAFE_35} Our shots contain kava root and kratom leaf powder.", {"kava+kratom"}),
    (f"{KAVA_LIVER} Our tincture contains kava and alcohol.", set()),
    (f"{KAVA_LIVER} {KRATOM_SAFE_35} Neither product contains kava and kratom.", set()),
    (f"{KAVA_LIVER} {KRATOM_SAFE_35} No product we sell contains kratom and kava.", set()),
    (f"{KAVA_LIVER} {KRATOM_SAFE_35} This guide contains sections on kava and kratom.", set()),
    (f"{KAVA_LIVER} {KRATOM_SAFE_35} Kava contains kavalactones and kratom contains mitragynine.", set()),
    (f"{KAVA_LIVER} {KRATOM_SAFE_35} Our capsules contain kratom, and kava is served at the bar.", set()),
    (f"{KAVA_LIVER} {KRATOM_SAFE_35} Kratom and kava each contain alkaloids.", set()),
])
def test_audit51_contained_together(checker, text, expected):
    assert {s for s in subjects(checker, text) if "+" in s} == expected


# Audit 50: a clause after a colon that refers back ("this same recipe", "the same brew") describes the substance
# named before the colon, so a partner linked to it there is used with that substance; a clause opening on a thing
# of its own, or naming no partner, is no use together.
@pytest.mark.parametrize("text, expected", [
    (f"{KAVA_LIVER} My friend makes a kava colada: this same recipe plus a shot of dark rum and pineapple juice.",
     {"alcohol+kava"}),
    (f"{KAVA_LIVER} The party kava bowl: the same brew with a splash of vodka.", {"alcohol+kava"}),
    (f"{KAVA_LIVER} We serve kava: the bar next door pours it with beer.", set()),
    (f"{KAVA_LIVER} My friend makes a kava colada: pineapple and coconut, no rum.", set()),
    (f"{KAVA_LIVER} Kava night: this is where you leave the beer at home.", set()),
])
def test_audit50_colon_clause_refers_back(checker, text, expected):
    assert {s for s in subjects(checker, text) if "+" in s} == expected


# Audit 53: required language in wordings a careful writer uses (regulators' verdict "unapproved", warnings put out
# by the agency, "told consumers to steer clear", "not an FDA-approved medicine"; "can become a habit", feeling
# ill when regular use stops; users who developed liver problems; interactions with drugs), and look-alikes that
# are no warning (a trade group or a shop warning consumers, an FDA-registered facility, a reader who has developed
# liver disease, liver tests that came back normal, interacting with people).
@pytest.mark.parametrize("text, expected", [
    # kratom: FDA status
    (f"{KRATOM_DEPENDENCE} Regulators consider kratom an unapproved drug.", set()),
    (f"{KRATOM_DEPENDENCE} Federal officials have labelled kratom an unapproved ingredient.", set()),
    (f"{KRATOM_DEPENDENCE} Kratom remains an unapproved substance in the United States.", set()),
    (f"{KRATOM_DEPENDENCE} The agency has told shoppers to steer clear of kratom.", set()),
    (f"{KRATOM_DEPENDENCE} Kratom isn't an approved drug or supplement.", set()),
    (f"{KRATOM_DEPENDENCE} Kratom is not an FDA-approved medicine.", set()),
    (f"{KRATOM_DEPENDENCE} Health Canada has warned consumers not to use kratom.", set()),
    (f"{KRATOM_DEPENDENCE} The agency has put out several public warnings about kratom.", set()),
    (f"{KRATOM_DEPENDENCE} Regulators have issued a consumer advisory on kratom.", set()),
    (f"{KRATOM_DEPENDENCE} The kratom trade association warns consumers about counterfeit bags.", {"kratom"}),
    (f"{KRATOM_DEPENDENCE} We warned customers by email that kratom prices are rising.", {"kratom"}),
    (f"{KRATOM_DEPENDENCE} Our kratom is packed in an FDA-registered facility.", {"kratom"}),
    (f"{KRATOM_DEPENDENCE} We ship kratom to every state where it's legal.", {"kratom"}),
    (f"{KRATOM_DEPENDENCE} The agency has issued no warnings about kratom.", {"kratom"}),
    (f"{KRATOM_DEPENDENCE} The agency has not issued warnings about kratom.", {"kratom"}),
    (f"{KRATOM_DEPENDENCE} Unlike unapproved products at gas stations, our kratom is lab tested.", {"kratom"}),
    (f"{KRATOM_DEPENDENCE} Officials told kratom vendors to keep clear labels.", {"kratom"}),
    # kratom: dependence
    (f"{KRATOM_FDA} Kratom can become a habit.", set()),
    (f"{KRATOM_FDA} For some people kratom quickly turns into a hard habit.", set()),
    (f"{KRATOM_FDA} After months of daily use, many people feel awful when they skip a dose of kratom.", set()),
    (f"{KRATOM_FDA} Heavy daily users of kratom often feel ill when they cut back.", set()),
    (f"{KRATOM_FDA} Daily kratom users feel sick when they stop.", set()),
    (f"{KRATOM_FDA} With regular use of kratom, the body adapts, and people feel unwell for days when they cut it out.", set()),
    (f"{KRATOM_FDA} Daily users feel sick if they take kratom on an empty stomach.", {"kratom"}),
    (f"{KRATOM_FDA} Make it a habit to drink water with kratom.", {"kratom"}),
    (f"{KRATOM_FDA} Regular users of kratom feel great when they skip the sugary mixers.", {"kratom"}),
    (f"{KRATOM_FDA} With regular use of kratom, people who feel sick should stop taking it.", {"kratom"}),
    (f"{KRATOM_FDA} Withdrawal from caffeine is harder than anything kratom did to me.", {"kratom"}),
    (f"{KRATOM_FDA} Kratom is popular in the addiction recovery community.", {"kratom"}),
    # kava: liver injury
    ("A few kava drinkers developed severe liver problems.", set()),
    ("Some people who took kava extracts suffered acute liver trouble.", set()),
    ("Kava users have developed liver inflammation in rare cases.", set()),
    ("People who have developed liver problems from drinking should ask before trying kava.", {"kava"}),
    ("If you develop liver problems, stop drinking kava.", {"kava"}),
    ("My liver enzyme tests came back normal after a year of kava.", {"kava"}),
    ("Kava pairs with our liver-support blend.", {"kava"}),
    ("None of our kava customers have developed liver problems.", {"kava"}),
    # St. John's wort: interactions with drugs, not with people
    ("St. John's wort can interact with the pill and with antidepressants.", set()),
    ("St. John's wort interferes with the absorption of several drugs.", set()),
    ("Drug interactions with St. John's wort are common.", set()),
    ("St. John's wort interacts with your medications.", set()),
    ("Follow us to interact with other St. John's wort fans.", {"st-johns-wort"}),
    ("St. John's wort tea is a lovely way to interact with friends.", {"st-johns-wort"}),
    ("Our St. John's wort team loves to interact with customers.", {"st-johns-wort"}),
    # a warning against use together is no use together
    (f"{KAVA_LIVER} Don't pair kava with beer or sleeping pills.", set()),
])
def test_audit53_requirement_wordings(checker, text, expected):
    assert subjects(checker, text) == expected


# Wines and cocktails by name are alcohol ("a glass of merlot", "with a margarita"); a virgin, mocktail or
# dealcoholized one is not.
@pytest.mark.parametrize("text, expected", [
    (f"{KAVA_LIVER} I drink kava with a glass of merlot every night.", {"alcohol+kava"}),
    (f"{KAVA_LIVER} Our regulars order kava with a margarita.", {"alcohol+kava"}),
    (f"{KAVA_LIVER} Try kava with a virgin mojito.", set()),
    (f"{KAVA_LIVER} Try kava with a mocktail margarita.", set()),
    (f"{KAVA_LIVER} Try kava with a dealcoholized merlot.", set()),
])
def test_wines_and_cocktails_by_name(checker, text, expected):
    assert {s for s in subjects(checker, text) if "+" in s} == expected


# Audit 59: British spellings of -ize verbs take the -ize lemma ("not authorised for use in food" says what
# "not authorized" says); another Amanita species, or the genus, is no mention of the fly agaric.
@pytest.mark.parametrize("text, expected", [
    ("Amanita muscaria is poisonous. The FDA has stated that Amanita muscaria and its compounds are not authorised "
     "for use in food or dietary supplements.", set()),
    ("Amanita muscaria is poisonous. It has not been authorised for use in foods.", set()),
    ("Amanita muscaria is poisonous. Regulators have not authorised it in food or supplements.", set()),
    ("Amanita muscaria is poisonous. It is authorised for use in foods.", {"amanita-muscaria"}),
    ("Kratom can cause dependence and withdrawal. It is not authorised by the FDA for any medical use.", set()),
    ("Kratom can cause dependence and withdrawal. The FDA has not authorised kratom for any medical use.", set()),
    ("Kratom can cause dependence and withdrawal. The FDA has authorised kratom for medical use.", {"kratom"}),
    ("Some wild mushrooms, including Amanita species, are poisonous to dogs.", set()),
    ("The death cap (Amanita phalloides) is deadly.", set()),
    ("The destroying angel (A. virosa) is pure white.", set()),
    ("The Amanita genus includes the most dangerous mushrooms in the world.", set()),
    ("Amanita mushrooms are poisonous to dogs.", {"amanita-muscaria"}),
    ("Amanita gummies help you relax.", {"amanita-muscaria"}),
    ("The death cap (Amanita phalloides) is deadly. Amanita muscaria gummies help you relax.", {"amanita-muscaria"}),
])
def test_audit59_british_spellings_and_other_amanitas(checker, text, expected):
    assert subjects(checker, text) == expected


# Audit 60: a product holding two substances in measured doses ("contains a low dose of kratom extract and a
# standard dose of kava root") uses them together; a risk named and then raised again by a mixing clause ("Mixing
# either one with alcohol raises it further") says the combination is riskier, but not a bare "raises it" or a
# clause that names no mixing ("the price raises it further").
@pytest.mark.parametrize("text, expected", [
    (f"{KAVA_LIVER} {KRATOM_DEPENDENCE} {KRATOM_FDA} Each bottle contains a measured dose of noble kava root extract "
     "and a low dose of kratom leaf extract.", {"kava+kratom"}),
    (f"{KAVA_LIVER} {KRATOM_DEPENDENCE} {KRATOM_FDA} Our gummies contain a small dose of kratom extract and a "
     "standard dose of kava root.", {"kava+kratom"}),
    (f"{KAVA_LIVER} The shot contains a high dose of kava extract and a full serving of alcohol.", set()),
    (f"{KAVA_LIVER} {KRATOM_DEPENDENCE} {KRATOM_FDA} Our can contains a low dose of kava, and kratom is sold "
     "separately.", set()),
    (f"{KAVA_LIVER} We drink a small shell of kava and a large glass of water.", set()),
    (f"{KAVA_LIVER} Sip a small shell of kava with a large glass of wine.", {"alcohol+kava"}),
    (f"{KAVA_LIVER} {KRATOM_DEPENDENCE} {KRATOM_FDA} Kava and kratom both make you drowsy, so mixing them raises "
     "the risk of sedation. Mixing either one with alcohol raises it further.", set()),
    (f"{KAVA_LIVER} Kava can strain the liver. Drinking it with wine increases that even more.", set()),
    (f"{KAVA_LIVER} Kava can strain the liver. Combining kava and beer compounds it further.", set()),
    (f"{KAVA_LIVER} Kava can strain the liver. Drinking it with wine raises it.", {"alcohol+kava"}),
    (f"{KAVA_LIVER} Drinking kava with wine is fun, and the price raises it further.", {"alcohol+kava"}),
])
def test_audit60_measured_doses_and_risk_raised_further(checker, text, expected):
    assert {s for s in subjects(checker, text) if "+" in s} == expected
