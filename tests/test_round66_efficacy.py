"""Round 66, efficacy: label lines, benefit lists and first-person reports. A benefits label ("Key benefits:",
"What it does:", "Benefits include") makes the page's product the subject of the list after it; a label about
something else does not. A first-person report of a harm or a failure ("I still ended up with withdrawal") is no
efficacy claim, and a doctor's approval as the condition of use is no endorsement."""
import pytest

import claimcheck

PAGE = "Our rhodiola capsules are made from wild-harvested root.\n\n"
TINCTURE = "This page is about valerian tincture, our best seller.\n\n"

FLAG = [
    (PAGE, "Benefits include: less fatigue, sharper focus — all proven by science.", "efficacy/evidence-overstatement"),
    (PAGE, "Key benefits: ✓ cures depression ✓ ends burnout", "efficacy/cure-claim"),
    (TINCTURE, "What it does: reverses insomnia", "efficacy/cure-claim"),
    (TINCTURE, "Main benefits: eliminates anxiety and cures insomnia.", "efficacy/disease-treatment|efficacy/cure-claim"),
    (TINCTURE, "Benefits: treats anxiety, clinically proven to end insomnia.",
     "efficacy/disease-treatment|efficacy/evidence-overstatement"),
    (PAGE, "Health benefits include curing depression and reversing burnout.", "efficacy/cure-claim"),
    (TINCTURE, "Benefits:\n\n- cures insomnia\n- ends anxiety", "efficacy/cure-claim"),
    (TINCTURE, "Key benefits:\n- relieves anxiety\n- ends insomnia", "efficacy/disease-treatment"),
    ("", "Key benefits: ✓ cures insomnia ✓ ends anxiety", "efficacy/cure-claim"),
    ("", "What it does: reverses arthritis", "efficacy/cure-claim"),
    (PAGE, "Good for: reduces inflammation and joint pain.", "efficacy/disease-treatment"),
    (PAGE, "Benefits: relieves anxiety without prescription drugs.", "efficacy/disease-treatment"),
    ("", "Eases back pain without prescription painkillers.", "efficacy/disease-treatment"),
    ("", "Key benefits: less fatigue and fewer migraines, clinically proven.", "efficacy/evidence-overstatement"),
    ("Kava root powder, 250 g.\n\n", "Kava's key benefits: ends anxiety, cures insomnia.",
     "efficacy/disease-treatment|efficacy/cure-claim"),
    # first-person testimony of a benefit still follows the existing rules
    ("", "Turmeric ended my knee pain for good.", "efficacy/disease-treatment"),
    ("", "Elderberry clears up a cold in two days.", "efficacy/disease-treatment"),
    ("", "Kava stops anxiety in minutes.", "efficacy/disease-treatment"),
    ("", "Kava helps stop anxiety attacks.", "efficacy/disease-treatment"),
    ("", "Try kratom to quit opioids.", "efficacy/addiction-recovery"),
    ("", "I tried kava and it cured my anxiety.", "efficacy/cure-claim"),
    ("", "Our ashwagandha is doctor recommended for stress.", "efficacy/evidence-overstatement"),
]

PASS = [
    # a label about something else, hedged or denied, or a list of no claims
    (PAGE, "Benefits of exercise include: lower stress, better sleep — all proven by science."),
    (PAGE, "Benefits of therapy: cures insomnia in many patients."),
    (TINCTURE, "Benefits of meditation: lowers anxiety, eases insomnia."),
    (TINCTURE, "Benefits of walking:\n- lowers anxiety\n- eases insomnia"),
    (PAGE, "Ingredients: rhodiola root extract, rice flour, vegetable cellulose capsule."),
    (PAGE, "Nutrition facts: calories 5, sodium 0 mg, sugar 0 g."),
    (PAGE, "Shipping: free over $40, ships in 2 days, returns within 30 days."),
    (PAGE, "May support: steady energy, calm focus, restful sleep."),
    (PAGE, "Possible benefits include: less fatigue and sharper focus, though the studies are small."),
    (PAGE, "Side effects include: dizziness, dry mouth and insomnia."),
    (PAGE, "Price: $24 for 60 capsules, $40 for 120."),
    (PAGE, "What it does not do: cure depression or end burnout."),
    (TINCTURE, "What it does not do:\n- cure insomnia\n- end anxiety"),
    (TINCTURE, "Key benefits: ✓ may ease anxiety ✓ may support sleep"),
    (TINCTURE, "Key benefits: ✓ vegan ✓ gluten-free ✓ third-party tested"),
    (TINCTURE, "Benefits: free shipping, cancel anytime, sale ends Friday."),
    (TINCTURE, "What it does: nothing for anxiety, according to two trials."),
    (TINCTURE, "Risks: worsens anxiety, causes insomnia."),
    (TINCTURE, "Customers claim the benefits include: ends anxiety, cures insomnia."),
    (TINCTURE, "Claimed benefits: cures insomnia, ends anxiety (none of this is proven)."),
    (TINCTURE, "Good for: gifting, travel, and late-night tea rituals."),
    ("", "Benefits: helps the team treat anxiety"),
    ("", "Lowers blood pressure, which is why prescription drugs like lisinopril are used."),
    # first-person reports of a harm or a failure
    ("", "I've taken kratom daily for years and I still ended up with withdrawal."),
    ("", "I switched to kratom and ended up with worse withdrawal than before."),
    ("", "We gave our son elderberry and he still ended up with the flu."),
    ("", "Kratom ended up causing me more anxiety."),
    ("", "Kratom ends up making withdrawal worse for many people."),
    ("", "Kratom kicks up my anxiety in the afternoon."),
    ("", "I still ended up with migraines after a month of feverfew."),
    ("", "I took ashwagandha for months and ended up with a stomach ache."),
    ("", "We tried elderberry, but our daughter still ended up in hospital with the flu."),
    ("", "Kratom didn't cure my anxiety."),
    ("", "Kratom never fixed my back pain, and I ended up with constipation."),
    ("", "Valerian did nothing for my insomnia, so I stopped."),
    ("", "Kava made my anxiety worse."),
    ("", "Kratom stopped working for my pain after a month."),
    ("", "After two weeks kava stops helping with anxiety for most people."),
    ("", "Ashwagandha quit working for my stress after a month."),
    # the purpose of an attempt, no outcome
    ("", "I tried kava to treat my anxiety, but it did nothing."),
    ("", "We tried elderberry to fight the flu."),
    ("", "Many people have tried kratom to ease opioid withdrawal."),
    # a doctor's approval as the condition of use
    ("", "Kava is fine for people on medication only after a doctor approves it."),
    ("", "Start ginkgo only once your doctor approves it."),
    ("", "Take valerian only when your doctor recommends it."),
    ("", "Don't combine kava with sleep aids unless your doctor approves."),
]


@pytest.mark.parametrize("before,text,rule", FLAG)
def test_flags(before, text, rule):
    rules = [f.rule for f in claimcheck.check_text(before + text) if f.scope == "sentence"]
    assert set(rule.split("|")) & set(rules), rules  # "a|b": one finding per sentence, either rule may hold it


@pytest.mark.parametrize("before,text", PASS)
def test_passes(before, text):
    findings = [f for f in claimcheck.check_text(before + text) if f.scope == "sentence" and f.category == "efficacy"]
    assert not findings, [(f.rule, f.text) for f in findings]
