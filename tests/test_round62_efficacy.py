"""Round 62: overstated efficacy in conversational and social copy (Q&A answers that stand for the
condition with a pronoun, slogans that bid a disease farewell, testimonials the seller adopts or
distances, double negatives that vouch for a claim), with their near misses."""
import pytest

FLAG = [
    # a short question names the condition, the answer's pronoun stands for it (efficacy/makes-it-vanish)
    ("Menopause symptoms? Maca makes them disappear.", "efficacy/makes-it-vanish"),
    ("Joint pain? Turmeric makes it vanish overnight.", "efficacy/makes-it-vanish"),
    ("Joint pain? Our turmeric makes it vanish overnight.", "efficacy/makes-it-vanish"),
    ("Hot flashes? Our maca blend makes them a thing of the past.", "efficacy/makes-it-vanish"),
    ("Tired of insomnia? Our valerian makes it disappear in a week.", "efficacy/makes-it-vanish"),
    ("Migraines? Feverfew sends them packing.", "efficacy/makes-it-vanish"),
    ("Kratom withdrawal is rough, but kava makes it go away.", "efficacy/makes-it-vanish"),
    # insomnia asked in everyday words (conditions lexicon), answered with a pronoun
    ("Can't sleep? Valerian fixes it, every time.", "efficacy/cure-claim"),
    ("Cannot sleep? Our valerian makes it disappear.", "efficacy/makes-it-vanish"),
    ("Trouble sleeping? Valerian ends it for good.", "efficacy/disease-treatment"),
    # slogans that bid a condition farewell (efficacy/condition-farewell)
    ("No more anxiety, ever, thanks to our kava.", "efficacy/condition-farewell"),
    ("No more insomnia with valerian.", "efficacy/condition-farewell"),
    ("Bye-bye insomnia with valerian!", "efficacy/condition-farewell"),
    ("No more migraines: feverfew, two capsules a day.", "efficacy/condition-farewell"),
    ("Adios, arthritis pain! Turmeric gummies have arrived.", "efficacy/condition-farewell"),
    ("No more sugar cravings with our cinnamon tea.", "efficacy/condition-farewell"),
    # the product cured the person (efficacy/cured-me)
    ("After ten years of insomnia, valerian finally cured me.", "efficacy/cured-me"),
    ('"After 10 years of insomnia, valerian finally cured me." Results like this are typical.', "efficacy/cured-me"),
    ("Got eczema? Our chamomile balm will heal you.", "efficacy/cured-me"),
    ("Insomnia? Our valerian will heal you.", "efficacy/cured-me"),
    # a promise that the attacks never come back
    ("Never have another panic attack, thanks to our kava.", "efficacy/illness-free-testimony"),
    # a double negative vouches for the claim after it
    ("Thousands of five-star reviews can't be wrong: our kratom ends chronic pain.", "efficacy/disease-treatment"),
    ("You can't go wrong: kava cures anxiety.", "efficacy/cure-claim"),
    ("The reviews don't lie: kava cures anxiety.", "efficacy/cure-claim"),
    # already caught before this round; kept as a guard
    ("Say goodbye to anxiety with our kava.", "efficacy/disease-treatment"),
    ("Kiss insomnia goodbye with our valerian tea.", "efficacy/disease-treatment"),
    ("Our ashwagandha works better than Xanax.", "efficacy/drug-comparison"),
    ("Turmeric works just as well as ibuprofen.", "efficacy/drug-equivalence"),
    ("Ashwagandha lowers cortisol by 60% in just two weeks.", "efficacy/outcome-amount"),
    ("Struggling with anxiety? Kava eliminates it in minutes.", "efficacy/disease-treatment"),
    ("Is reishi good for cancer? Yes! Reishi shrinks tumors naturally.", "efficacy/disease-treatment"),
    # the answer's subject after a determiner ("Our turmeric reverses it")
    ("Tired of arthritis? Our turmeric reverses it.", "efficacy/cure-claim"),
    ("Anxiety? Our kava gets rid of it.", "efficacy/disease-treatment"),
    ("Eczema? My calendula balm heals it.", "efficacy/cure-claim"),
]

PASS = [
    # a determiner before the answer's subject, but no claim of cure
    "Tired of arthritis? Our turmeric paste colours it yellow.",
    "Arthritis? The turmeric in our shop won't reverse it.",
    "Insomnia? Our valerian tea may ease it for some people.",
    # hedged, negated, debunking answers
    "Menopause symptoms? Maca may help some women feel better.",
    "Menopause symptoms? Maca may make them easier for some women.",
    "Can't sleep? Valerian might help, though the evidence is mixed.",
    "Does maca cure menopause? No.",
    "Does maca help hot flashes? No supplement makes them disappear.",
    "Q: Does kava cure anxiety? A: No. Small trials suggest modest effects at best.",
    "Q: Will reishi make my allergies disappear? A: No, nothing makes them disappear.",
    "Is reishi good for cancer? No. There is no reliable evidence that reishi treats cancer.",
    "No more insomnia? Valerian has not been shown to deliver that.",
    "Our kava may mean no more anxiety for some people.",
    "After years of insomnia, I found that valerian tea did not cure me.",
    "Anxiety? Kava may heal you over time.",
    "Is it true that reishi will heal you of cancer? No.",
    "Can't sleep? Try a warm bath and a cup of chamomile.",
    "Can't sleep? Blame the coffee, not the kava.",
    "I can't sleep without my chamomile tea.",
    "If you can't sleep after kava, stop taking it.",
    "Some nights I can't sleep, and valerian tea is part of my wind-down.",
    # questions without an answer
    "Can kratom ease withdrawal?",
    "Is turmeric good for arthritis?",
    # attributed and distanced
    "Some customers say reishi healed them, but no trial supports this.",
    '"Kratom cured my back pain," one reviewer wrote; we cannot confirm claims like this.',
    '"Reishi healed my eczema," a customer told us. We can\'t verify that, and reishi is not a treatment for eczema.',
    "Customers say no more insomnia after valerian, but no trial supports it.",
    "My aunt swears turmeric cured her arthritis, but no trial supports that.",
    "Sellers claim kava works better than Xanax, but no trial has compared them directly.",
    # the pronoun stands for something else, or no condition was named
    "Coffee stains on your mug? A turmeric scrub makes them vanish.",
    "Lumpy sauce? Whisking in the turmeric makes them disappear.",
    "Worried about the bitter taste of kava? Honey makes it disappear.",
    "Got a headache from too much kava? Water makes it go away.",
    "Is turmeric good for arthritis? Our turmeric latte makes it disappear fast, the sellers say.",
    "Anxiety runs in my family. Kava makes it disappear, some say, but the trials disagree.",
    # comparisons, worries about something else, another subject
    "Kava gave no more anxiety relief than placebo.",
    "No more anxiety about what to cook, with these turmeric recipes.",
    "There is no more evidence for kava in anxiety than for chamomile.",
    "Surgery cured me of the arthritis pain; the turmeric latte is just a treat.",
    "Kava healed me after a hard breakup, and the evenings are calmer now.",
    "I never had another migraine after the surgery, though I still drink feverfew tea.",
    # recipe and lifestyle uses of the same words
    "Say goodbye to winter with this bright soup.",
    "Say goodbye to bland mornings with our maca latte.",
    "A pinch of turmeric fixes a bland soup.",
    "No more bland soups: add turmeric.",
    "No more waiting for your turmeric order.",
    "No more cold hands: our ginger tea warms you up.",
    "No more pain in the wallet: turmeric capsules now 20% off.",
    "Bye bye pain at checkout, our turmeric is on sale.",
    "No more headaches from cheap coffee: our matcha is smooth.",
    "Bye-bye, summer! Our pumpkin spice chai is back.",
    "Farewell to the farmers market season; our turmeric stall will be back in May.",
    "Never have another bland curry, thanks to our turmeric blend.",
    "Never have another cold brew go flat, thanks to our yerba mate concentrate.",
    "Kiss soggy crusts goodbye with this baking tip.",
    "Tired of boring smoothies? Maca adds a nutty, caramel flavor.",
    "Before: a cluttered pantry. After: a tidy shelf of teas.",
    "Our new packaging cuts plastic use by 50%.",
    "Ashwagandha sales grew by 40% last year.",
    "#reishi #morningritual 🙌",
    # double negatives about something else, and real negations next to them
    "Customers can't be wrong about the taste: our kava is earthy and smooth.",
    "Numbers don't lie: our kava sold out in a day.",
    "Reviews can lie: no, kava does not cure anxiety.",
    "We can't be sure kava cures anxiety.",
    "Kava doesn't lie about its bitterness, and it is not a cure for anxiety.",
]


@pytest.mark.parametrize("text,rule", FLAG)
def test_flagged(rules_fired, text, rule):
    assert rule in rules_fired(text, "efficacy")


@pytest.mark.parametrize("text", PASS)
def test_passes(rules_fired, text):
    assert rules_fired(text, "efficacy") == set()
