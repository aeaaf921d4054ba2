"""A testimony told across sentences, audit round 179: a condition a person had for long, then a product
credited with its complete or lasting end in the same sentence or one of the next two
(efficacy/testimony-arc, `near: {history: ...}`), and the near misses that must pass: partial or hedged
relief, an end credited to no product or to a drug, therapy or practice, a failure, an ordinary short
illness, a wish, and an arc rejected or reported.

All sentences are written for these tests."""
import pytest

RULE = "efficacy/testimony-arc"


def _fired(checker, text: str) -> set[str]:
    return {f.rule for f in checker.check_text(text, path="page.md") if f.scope == "sentence"}


ARCS = [
    "I've had insomnia for 15 years and nothing worked. Two weeks on this valerian and I sleep like a baby every night.",
    "I suffered from migraines for a decade. Since starting feverfew, I haven't had a single one.",
    "For years I had eczema. After a month of turmeric, my skin is completely clear.",
    "My arthritis was so bad I couldn't walk. Three months of turmeric later, I'm hiking again.",
    "My anxiety was crippling. Then I found kava. Now I'm calm every day.",
    "My daughter has struggled with eczema since she was a baby. We switched to our calendula balm and her skin has "
    "been completely clear for six months.",
    "She battled panic attacks for most of her adult life. After a month of ashwagandha she no longer has them.",
    "Chronic back pain ruled my life. Three weeks on turmeric capsules and it's completely gone.",
    "My husband suffered from insomnia for years. Now, thanks to our valerian tea, he sleeps through the night.",
    "I lived with fibromyalgia for a decade. Two months of CBD oil later, I'm back to normal.",
    "I've suffered from psoriasis my whole life. This turmeric cream cleared it in a month, and it's been gone ever since.",
    "For twenty years I had acid reflux. Then a friend gave me ginger capsules. Now I'm completely cured.",
    "Joint pain plagued me for years. One bottle of our turmeric blend later, I'm running again.",
    "I have had anxiety all my life. Since I started ashwagandha, I feel calm every single day.",
    "I struggled with insomnia for years. With this chamomile blend, I sleep every night.",
]

NOT_ARCS = [
    "I've had insomnia for years. Valerian helped a little, and I sleep a bit better, though not every night.",
    "I suffered from migraines for a decade. I tried feverfew, but it didn't help. Now I take sumatriptan and I haven't "
    "had a single one.",
    "My anxiety was crippling. Then I started therapy. Now I'm calm every day.",
    "My anxiety was crippling. Then my doctor prescribed sertraline. Now I'm calm every day.",
    "I had trouble sleeping last week. I drank chamomile tea and slept well.",
    "I've had insomnia for years. Valerian may be helping; I sleep every night now, mostly.",
    "Sellers tell stories like this: a customer had eczema for years, and after turmeric her skin was completely clear. "
    "No trial supports them.",
    "In a 2019 trial, participants who had suffered from insomnia for years took valerian for four weeks. They slept "
    "every night without waking, the authors reported.",
    "I've had insomnia for years. Does valerian make you sleep like a baby every night?",
    "For years I had eczema. After a month of turmeric, my skin is a little clearer, though not completely clear.",
    "My dog had arthritis for years. We tried turmeric. Now he's walking again, but only with his daily carprofen.",
    "My arthritis was bad for years. I moved to Arizona and I'm hiking again. I also sell turmeric.",
    "I suffered from migraines for years. Turmeric lattes are tasty. My neurologist put me on a preventive and I haven't "
    "had one since.",
    "My mother had arthritis all her life. Turmeric was her favorite spice. She was hiking again at seventy after her "
    "knee replacement.",
    "I've had insomnia for years. I sleep every night now that I've quit caffeine.",
    "I suffered from migraines for years. My sister swears by feverfew. I haven't tried it.",
    "I've had eczema for years. I'm hoping that turmeric will make my skin completely clear.",
    "I've had insomnia for years. If valerian worked for everyone, we'd all sleep like a baby every night.",
    "I've had a cold since Monday. Ginger tea with honey, and now it's gone.",
    "My anxiety was crippling in college. Now, twenty years later, I teach yoga and drink kava. I'm calm every day.",
    "I've had insomnia for years. I drink valerian tea every night, and some nights I still lie awake.",
    "I've suffered from anxiety for years. I think kava helps; I feel calm most days.",
    "For years I had insomnia. Valerian is not a cure; I still sleep badly most nights.",
    "He's lived with asthma all his life. Ginger is in his tea. He's running again after his new inhaler.",
    "I've been drinking kava for years. My friends say I'm calm every day.",
]


@pytest.mark.parametrize("text", ARCS)
def test_testimony_arc_is_flagged(checker, text):
    assert RULE in _fired(checker, text)


@pytest.mark.parametrize("text", NOT_ARCS)
def test_near_miss_is_not_an_arc(checker, text):
    assert RULE not in _fired(checker, text)


def test_arc_names_the_product_it_tells_not_one_named_before(checker):
    text = ("Our ashwagandha ships today.\n\nFor years my psoriasis was unbearable. Our calendula cream fixed it: my skin "
            "is totally clear now.")
    findings = [f for f in checker.check_text(text, path="page.md") if f.rule == RULE]
    assert findings and findings[0].subject is None
