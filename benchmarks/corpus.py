"""A deterministic corpus of wellness articles for the benchmark.

Each article is Markdown of about 1,000 words: a title, a few sections of paragraphs and
bullet lists, built from the sentence templates below. Most sentences are ordinary
copy that must pass (neutral facts, hedged and attributed claims, safety language);
about one in twelve carries something claimcheck should report (a botanical error, an
overstated or risk-minimizing claim), and articles about kratom, kava or St. John's wort
often leave out the safety language they need. The same seed always gives the same text.
"""
from __future__ import annotations

import random
from pathlib import Path

SUBSTANCES = [
    # (name as written, its part, its region, a plausible use)
    ("ashwagandha", "root", "India", "everyday stress"),
    ("turmeric", "rhizome", "South Asia", "joint comfort"),
    ("maca", "root", "the Andes", "energy"),
    ("reishi", "fruiting body", "East Asia", "sleep"),
    ("lion's mane", "fruiting body", "North America", "focus"),
    ("chaga", "sclerotium", "boreal forests", "immune support"),
    ("rhodiola", "root", "the Arctic", "mental fatigue"),
    ("valerian", "root", "Europe", "sleep"),
    ("chamomile", "flower", "Europe", "relaxation"),
    ("elderberry", "berry", "Europe", "seasonal wellness"),
    ("ginger", "rhizome", "South Asia", "nausea"),
    ("green tea", "leaf", "East Asia", "alertness"),
    ("moringa", "leaf", "South Asia", "nutrition"),
    ("spirulina", "biomass", "Central America", "protein"),
    ("echinacea", "root", "North America", "colds"),
    ("passionflower", "aerial parts", "the Americas", "calm"),
]
RISKY = [("kratom", "leaf", "Southeast Asia"), ("kava", "root", "the Pacific Islands"),
         ("St. John's wort", "flowering tops", "Europe")]

TITLES = [
    "A Beginner's Guide to {Sub}", "What to Know About {Sub} Before You Buy", "{Sub} in the Kitchen and Beyond",
    "Our Team's Notes on {Sub}", "The Story of {Sub}", "{Sub} and {Other}: A Side-by-Side Look",
    "How We Source Our {Sub}", "Everyday Rituals With {Sub}",
]
HEADINGS = [
    "Where it comes from", "How people use it", "What the research says", "Buying tips", "How to brew it",
    "Storage and shelf life", "Our sourcing", "Frequently asked questions", "A short history", "The bottom line",
]

# Copy that must pass: facts, hedges, attributions, negations, safety language.
NEUTRAL = [
    "{Sub} has been part of traditional practice in {region} for generations.",
    "Most of our {sub} comes from small farms that we visit every year.",
    "The {part} is dried slowly, then milled into a fine powder for capsules and teas.",
    "Many people stir a spoonful of {sub} into warm milk in the evening.",
    "We test every batch for heavy metals and microbes before it leaves the warehouse.",
    "Store the powder in a cool, dry cupboard away from direct sunlight.",
    "Preliminary research suggests {sub} may help with {use}, although the trials so far are small.",
    "Some studies suggest that {sub} might support {use}, but more research is needed.",
    "Early evidence on {sub} and {use} is mixed, and larger trials are still underway.",
    "Researchers are still studying whether {sub} has any effect on {use}.",
    "Talk to your doctor or pharmacist before adding {sub} to your routine, especially if you take medication.",
    "If you are pregnant or nursing, ask a health professional before using any herbal product.",
    "Our customers often tell us they enjoy the earthy taste of {sub} in smoothies.",
    "The flavour is mild, slightly bitter and a little nutty, so it pairs well with honey.",
    "Start with a small amount and see how your body responds over a week or two.",
    "A typical serving is about one teaspoon, or two capsules, once a day with food.",
    "Harvest season in {region} runs from late summer into the autumn months.",
    "Quality varies a great deal between suppliers, so look for third-party testing.",
    "We publish the certificate of analysis for every lot on the product page.",
    "Nothing on this page is medical advice, and {sub} is not a substitute for treatment.",
    "In {region}, {sub} is traditionally prepared as a simple infusion or decoction.",
    "The plant grows best in well-drained soil with plenty of morning sun.",
    "Like any active product, {sub} can cause side effects and interact with some medicines.",
    "Our blend pairs {sub} with {other} for a rounder, gentler flavour.",
    "Is {sub} right for everyone? Not necessarily, and that is worth saying plainly.",
    "Sellers sometimes claim that {sub} is clinically proven, but no large trial has shown that.",
    "You can read more about the evidence on the NCCIH website, which we link below.",
    "Prices rose this year because of a poor harvest and higher shipping costs.",
    "**Tip:** keep a simple journal for the first month so you can notice any changes.",
    "See our [sourcing page](https://example.com/sourcing) for photos from the farms.",
]
# Copy claimcheck should report.
FLAGGED = [
    "{Sub} is clinically proven to melt away stress in just seven days.",
    "Our {sub} capsules cure anxiety, guaranteed.",
    "{Sub} has no side effects, so you can take as much as you like.",
    "Because it is 100% natural, {sub} is completely safe for everyone.",
    "Studies have shown that {sub} doubles your energy overnight.",
    "{Sub}, a rare adaptogenic mushroom from the Amazon, anchors the formula.",
    "Science has proven that {sub} works better than prescription sleeping pills.",
    "{Sub} is completely non-addictive and safe to take every day.",
    "Doctors agree that {sub} belongs in every medicine cabinet.",
    "{Sub} reverses aging and eliminates inflammation for good.",
]
RISKY_NEUTRAL = [
    "{Sub} is made from the {part} of a plant native to {region}.",
    "People have used {sub} socially in {region} for a very long time.",
]
RISKY_SAFETY = {
    "kratom": "Kratom can cause dependence and withdrawal, and the FDA has not approved it for any use.",
    "kava": "Kava has been linked to rare but severe liver injury.",
    "St. John's wort": "St. John's wort interacts with many medicines, including birth control and antidepressants.",
}
LIST_ITEMS = [
    "Choose organic {sub} when you can.", "Check the **Latin name** on the label.", "Buy from sellers who test.",
    "Keep the jar sealed.", "Start low and go slow.", "Ask a pharmacist about interactions.",
]


def _cap(text: str) -> str:
    return text[:1].upper() + text[1:]


def _fill(template: str, rng: random.Random, main: tuple, other: str) -> str:
    name, part, region = main[0], main[1], main[2]
    use = main[3] if len(main) > 3 else "relaxation"
    return template.format(sub=name, Sub=_cap(name), part=part, region=region, use=use, other=other,
                           Other=_cap(other))


def article(number: int, words: int = 1000, seed: int = 2024) -> str:
    """The article with this number: about `words` words of Markdown."""
    rng = random.Random(seed * 100_003 + number)
    risky = rng.random() < 0.25
    main = rng.choice(RISKY) if risky else rng.choice(SUBSTANCES)
    other = rng.choice([s[0] for s in SUBSTANCES if s[0] != main[0]])
    lines = [f"# {_fill(rng.choice(TITLES), rng, main, other)}", ""]
    count = 0
    while count < words:
        heading = rng.choice(HEADINGS)
        lines += [f"## {heading}", ""]
        for _ in range(rng.randint(2, 3)):
            sentences = []
            for _ in range(rng.randint(3, 6)):
                roll = rng.random()
                if roll < 0.08:
                    template = rng.choice(FLAGGED)
                elif risky and roll < 0.16:
                    template = rng.choice(RISKY_NEUTRAL)
                else:
                    template = rng.choice(NEUTRAL)
                subject = main if rng.random() < 0.8 else rng.choice(SUBSTANCES)
                sentences.append(_fill(template, rng, subject, other))
            paragraph = " ".join(sentences)
            count += len(paragraph.split())
            lines += [paragraph, ""]
        if rng.random() < 0.4:
            items = rng.sample(LIST_ITEMS, 3)
            lines += [f"- {_fill(item, rng, main, other)}" for item in items] + [""]
            count += sum(len(item.split()) for item in items)
    if risky and rng.random() < 0.5:
        lines += [RISKY_SAFETY[main[0]], ""]
    return "\n".join(lines)


def write_corpus(directory: Path, files: int = 1000, words: int = 1000, seed: int = 2024) -> int:
    """Write `files` articles into `directory` (in sub-folders of 100); return the word count."""
    total = 0
    for number in range(files):
        folder = directory / f"part-{number // 100:02d}"
        folder.mkdir(parents=True, exist_ok=True)
        text = article(number, words, seed)
        (folder / f"article-{number:04d}.md").write_text(text, encoding="utf-8")
        total += len(text.split())
    return total
