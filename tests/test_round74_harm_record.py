"""Round 194 audit (file named for the harm-record theme), safety at sentence scope: a claimed clean record of harm
("there has never been a single documented case of harm from kratom", "no one has ever been hurt by kava", "zero
adverse events have ever been reported"), tolerance or withdrawal denied with itself as the subject ("tolerance to
kratom never builds up", "withdrawal just doesn't happen"), and a plain safety word after a short question naming a
vulnerable group ("Pregnant? Kava is a gentle, safe way to unwind."). Hedged, warned, attributed, questioned and
trial-scoped wordings pass, as do a pace or an onset ("doesn't build as fast", "doesn't develop overnight") and a
question naming no vulnerable group ("Hungry? …")."""
import pytest

FLAGS = [
    # a record of no harm that nobody kept
    ("There has never been a single documented case of harm from kratom.", "safety/harm-record-denied"),
    ("There's never been one reported death from kratom, not one.", "safety/harm-record-denied"),
    ("There has never been a recorded death from kava tea.", "safety/harm-record-denied"),
    ("Believe it or not, there has never been a confirmed case of liver failure from our kava drink.", "safety/harm-record-denied"),
    ("No one has ever been hurt by kava.", "safety/harm-record-denied"),
    ("Nobody has ever been hospitalized from drinking our kava.", "safety/harm-record-denied"),
    ("No customer has ever gotten sick from our kratom powder.", "safety/harm-record-denied"),
    ("Not a single person has ever been harmed by our ashwagandha gummies.", "safety/harm-record-denied"),
    ("Zero adverse events have ever been reported for our kratom.", "safety/harm-record-denied"),
    ("Zero deaths have ever been attributed to kratom.", "safety/harm-record-denied"),
    ("Not a single case of liver damage has ever been linked to our kava.", "safety/harm-record-denied"),
    ("In 20 years, not one injury has been tied to our kava.", "safety/harm-record-denied"),
    ("No case of harm has ever been documented for kava tea.", "safety/harm-record-denied"),
    ("There are no documented cases of kava toxicity, ever.", "safety/harm-record-denied"),
    # tolerance and withdrawal denied as the subject
    ("Tolerance to kratom never builds up if you take breaks on weekends.", "safety/tolerance-denied"),
    ("Kratom tolerance doesn't build up when you rotate strains.", "safety/tolerance-denied"),
    ("You'll find that tolerance to our kava simply never develops.", "safety/tolerance-denied"),
    ("Tolerance won't set in with our red vein capsules.", "safety/tolerance-denied"),
    ("With kanna, withdrawal just doesn't happen.", "safety/tolerance-denied"),
    ("Withdrawal from kratom never occurs if you cycle strains.", "safety/tolerance-denied"),
    ("Tolerance is never an issue with our kratom capsules.", "safety/tolerance-denied"),
    ("Kratom withdrawal is not a problem.", "safety/tolerance-denied"),
    # a plain safety word after a question naming a vulnerable group
    ("Pregnant? Kava is a gentle, safe way to unwind.", "safety/vulnerable-group-asked-safe"),
    ("Pregnant? Don't worry, ashwagandha is safe.", "safety/vulnerable-group-asked-safe"),
    ("Breastfeeding? Our valerian tea is a safe choice.", "safety/vulnerable-group-asked-safe"),
    ("On blood thinners? Ginkgo is fine.", "safety/vulnerable-group-asked-safe"),
    ("On antidepressants? St. John's wort is a safe, natural choice.", "safety/vulnerable-group-asked-safe"),
    ("Nursing? Our ashwagandha gummies are gentle and safe.", "safety/vulnerable-group-asked-safe"),
    ("Diabetic? Our cinnamon capsules are a safe bet.", "safety/vulnerable-group-asked-safe"),
]

# wordings an older rule already flags: any sentence-scope safety finding will do
ALREADY = [
    "Not one reported injury in thousands of years of use of kava.",
    "Kratom has never harmed anyone.",
    "You won't build a tolerance to kava.",
    "No withdrawal, no tolerance, no hangover.",
    "Kratom doesn't cause withdrawal if you cycle strains.",
    "Under 18? Our kava shots are completely harmless.",
    "Withdrawal from kava is never a concern.",
]

PASSES = [
    # hedged, warned or scoped
    "Few cases of harm from kratom have been documented.",
    "There have been documented cases of liver injury from kava.",
    "Poison centers have recorded deaths involving kratom.",
    "No serious adverse events were reported in the 8-week kava trial.",
    "Zero adverse events were reported over 12 weeks in the ashwagandha study.",
    "No adverse events were reported among the 60 participants taking ashwagandha.",
    "No serious harm has been reported in most kava trials, but liver injury case reports exist.",
    "Tolerance to kratom may build more slowly with breaks.",
    "Tolerance to kratom builds quickly.",
    "Tolerance to kratom develops in most daily users.",
    "Tolerance to kava does not seem to build in the same way.",
    "Tolerance to kratom doesn't build as fast as tolerance to opioids, but it builds.",
    "Tolerance to kratom doesn't develop overnight, so watch your dose.",
    "Withdrawal from kratom doesn't happen to everyone, but it is common.",
    "Kratom withdrawal is a real problem for many users.",
    "Kratom can cause tolerance and withdrawal.",
    "It is not true that kratom withdrawal doesn't exist.",
    "It is false that tolerance to kratom never builds up.",
    "Our kratom farm has a spotless safety record.",
    # attributed and distanced, negated, conditional, questions
    "Vendors claim no one has ever been hurt by kratom, but poison centers disagree.",
    "Sellers insist no one has ever been harmed by kratom; the FDA disagrees.",
    "It is not true that no one has ever been hurt by kratom.",
    "Claims that no one has ever been hurt by kava are false.",
    "It may be that no one has ever been hurt by kava tea, but we cannot know.",
    "Some vendors say tolerance to kratom never builds up, but users report otherwise.",
    "If tolerance never built up, kratom would be easier to use safely.",
    "Has anyone ever been hurt by kava?",
    "Has there ever been a documented case of harm from kava?",
    "Does tolerance to kratom never build up?",
    # the same words about something else
    "There has never been a large trial of kratom.",
    "There has never been a better time to try our kava.",
    "No one has ever been hurt at our kava bar.",
    "Nobody has ever been hurt in our kava lounge.",
    "No one has been hurt by the new checkout page at our kratom shop.",
    # a question fragment followed by a warning, a referral, a doubt, or naming no vulnerable group
    "Pregnant? Skip kava.",
    "Pregnant? Kava is not safe for you.",
    "Pregnant? Kava isn't safe, so skip it.",
    "Pregnant? Kava is not recommended.",
    "Pregnant? Ashwagandha is not a safe choice.",
    "Pregnant? Kava may not be safe for you.",
    "Pregnant? We can't say whether kava is safe.",
    "Pregnant? Vendors claim kava is safe, but no study supports this.",
    "Pregnant? Talk to your midwife before trying ashwagandha.",
    "Nursing? Our chamomile tea is safe in small amounts, but check with your midwife.",
    "Pregnant? Decaf is fine, but skip the kava.",
    "Pregnant? Our kava is safe to skip for now; try our ginger tea instead.",
    "Hungry? Kava is a gentle, safe way to unwind after dinner.",
    "Traveling? Our kava drink is a safe, easy way to unwind.",
    "Under 18? You can't buy our kava.",
]


@pytest.mark.parametrize("text,rule", FLAGS)
def test_denied_risk_is_flagged(rules_fired, text, rule):
    assert rule in rules_fired(text)


@pytest.mark.parametrize("text", ALREADY)
def test_wordings_older_rules_flag_stay_flagged(rules_fired, text):
    assert rules_fired(text, "safety")


@pytest.mark.parametrize("text", PASSES)
def test_hedged_warned_or_unrelated_passes(rules_fired, text):
    assert not rules_fired(text, "safety")
