"""Botanical identity, audit round 64 (helper a73): the rest of the knowledge base.

Earlier rounds probed kava, kratom, ashwagandha, maca and the mushrooms; this one probed the
other entries (rhodiola, valerian, St. John's wort, ginkgo, milk thistle, echinacea, moringa,
spirulina, chlorella, blue lotus, passionflower, kanna, ginseng kinds, …). Gaps found and fixed:

* a product that "uses" a part: "Rhodiola capsules use the leaves", "our valerian uses only
  the flowers" (a part object of use/uses after a product subject);
* a three-column listing line, name | own binomial | part, with a bare part word ending the
  line: "Rhodiola | Rhodiola rosea | Leaf", "Kava | Piper methysticum | Leaves";
* plant parts said of a cyanobacterium or a single-celled alga ("spirulina leaves") are a wrong
  kind, as they already were for fungi;
* the verb "leaves" after a fungus or alga ("reishi leaves a bitter aftertaste") names no part;
* a subject that already names the part ("ginkgo nuts are the seeds of Ginkgo biloba", "turmeric
  leaves are the leaves of Curcuma longa") says nothing about what the product is made from;
* elder's older family, Caprifoliaceae (the reference: "older still"), is not an error
  ("elderberry was once placed in the honeysuckle family"), by a new optional `older_families`
  entry key; another wrong family still is;
* ginkgo called a "flowering herb" (a gymnosperm: the reference's "herb/flowering plant" confusion;
  plain "herb" stays accepted);
* "polypore" alone is a growth form, not the family Polyporaceae ("maitake is a polypore").

Each table carries near misses: the right part in the same syntax, negations, questions, other
subjects, lists that include the right part, and breadcrumbs. All sentences are written for these tests."""
import pytest
from botanical_support import _flags, _shown


FLAG = [
    # a product "uses" a part
    ("Rhodiola capsules use the leaves.", "botanical/wrong-part", "rhodiola"),
    ("Our valerian product uses only the flowers.", "botanical/wrong-part", "valerian"),
    ("Ginkgo supplements use the bark of the tree.", "botanical/wrong-part", "ginkgo"),
    ("Most turmeric powders use the dried leaves.", "botanical/wrong-part", "turmeric"),
    ("Milk thistle extracts typically use the leaves.", "botanical/wrong-part", "milk-thistle"),
    ("Our St. John's wort uses the roots of the plant.", "botanical/wrong-part", "st-johns-wort"),
    ("Kava supplements use the leaves of the plant.", "botanical/wrong-part", "kava"),
    ("Reishi supplements use the roots.", "botanical/wrong-kind", "reishi"),
    # name | own binomial | part
    ("Rhodiola | Rhodiola rosea | Leaf", "botanical/wrong-part", "rhodiola"),
    ("Ashwagandha | Withania somnifera | Flower", "botanical/wrong-part", "ashwagandha"),
    ("Kava | Piper methysticum | Leaves", "botanical/wrong-part", "kava"),
    ("Blue lotus | Nymphaea caerulea | Root", "botanical/wrong-part", "blue-lotus"),
    ("Ginkgo | Ginkgo biloba | Bark", "botanical/wrong-part", "ginkgo"),
    # plant parts of a cyanobacterium or microalga
    ("Spirulina leaves are rich in protein.", "botanical/wrong-kind", "spirulina"),
    ("Chlorella roots absorb nutrients from the pond.", "botanical/wrong-kind", "chlorella"),
    # the verb "leaves" does not hide a real part
    ("Lion's mane leaves are chopped into soups.", "botanical/wrong-kind", "lions-mane"),
    ("Reishi leaves that are dried make a tea.", "botanical/wrong-kind", "reishi"),
    # a head part that differs from the subject's own part word
    ("Kava root is the leaf of the kava plant.", "botanical/wrong-part", "kava"),
    ("Turmeric spice is the seed of the Curcuma plant.", "botanical/wrong-part", "turmeric"),
    # ginkgo is a gymnosperm
    ("Ginkgo is a flowering herb.", "botanical/wrong-kind", "ginkgo"),
    # older families are per entry
    ("Elderberry belongs to the rose family.", "botanical/wrong-family", "elderberry"),
    ("Valerian belongs to the Viburnaceae.", "botanical/wrong-family", "valerian"),
    ("Chamomile belongs to the honeysuckle family.", "botanical/wrong-family", "chamomile"),
    # "polypore family" still names the family
    ("Chaga belongs to the polypore family.", "botanical/wrong-family", "chaga"),
    # the rest of the knowledge base, already covered (kept as regression guards)
    ("Rhodiola is a medicinal mushroom that grows in the Arctic.", "botanical/wrong-kind", "rhodiola"),
    ("Turkey tail is a flowering herb used in teas.", "botanical/wrong-kind", "turkey-tail"),
    ("Sea moss is a moss that grows on coastal rocks.", "botanical/wrong-kind", "sea-moss"),
    ("Valerian tea is brewed from the flowers of the valerian plant.", "botanical/wrong-part", "valerian"),
    ("Moringa powder comes from the bark of the moringa tree.", "botanical/wrong-part", "moringa"),
    ("Echinacea (Silybum marianum) is a daisy.", "botanical/wrong-latin-name", "echinacea"),
    ("Passionflower (Passiflora edulis) is used for sleep.", "botanical/wrong-latin-name", "passionflower"),
    ("Rhodiola is a member of the rose family.", "botanical/wrong-family", "rhodiola"),
    ("Black seed comes from the carrot family (Apiaceae).", "botanical/wrong-family", "black-seed"),
    ("Blue lotus originated in Southeast Asia.", "botanical/wrong-region", "blue-lotus"),
    ("Yerba mate is native to China.", "botanical/wrong-region", "yerba-mate"),
]

PASS = [
    # the right part in the same frames
    "Ginkgo supplements use the leaves of the tree.",
    "Valerian supplements use the roots of the plant.",
    "Kava supplements use the root, not the leaves.",
    "Kava supplements use the leaves and the roots.",
    "Echinacea products use the flowers or the root.",
    "Passionflower supplements use the leaves and stems.",
    "Moringa products use the leaves, seeds and pods.",
    "Chamomile teas use the flower heads.",
    "Rhodiola | Rhodiola rosea | Root",
    "Kava | Piper methysticum | Root",
    "Blue lotus | Nymphaea caerulea | Flowers",
    "Milk thistle | Silybum marianum | Seed",
    "Reishi | Ganoderma lucidum | Fruiting body",
    # negations, questions, attribution, other subjects, other objects
    "Valerian supplements don't use the flowers.",
    "Do kava supplements use the leaves?",
    "Some brands claim their kava uses the leaves, but the drink is made from the root.",
    "Farmers who grow kava use the leaves as mulch.",
    "Unlike kava, kratom products use the leaves.",
    "Kava bars use coconut shells as cups.",
    "Reishi growers use the logs of oak trees.",
    # listings that are not name | binomial | part
    "Home | Kava | Leaves",
    "Ginger | Leaf",
    "Kava | Piper methysticum | Leaves | Stems",
    # the verb "leaves"
    "Reishi leaves a bitter aftertaste.",
    "Spirulina leaves a fishy aftertaste.",
    "Chlorella leaves no bitter taste.",
    "Cordyceps leaves you energized.",
    "Turkey tail leaves your gut happy.",
    "Sea moss leaves a slimy texture on the tongue.",
    # the subject already names the part
    "Ginkgo nuts are the seeds of Ginkgo biloba.",
    "Turmeric leaves are the leaves of Curcuma longa, used to wrap food.",
    "Ginkgo is an ancient herb in Chinese medicine.",
    "Ginkgo is not a flowering herb.",
    # an older family of the entry
    "Elderberry was once placed in the honeysuckle family.",
    "Elderberry belongs to the Caprifoliaceae.",
    "Valerian belongs to the honeysuckle family.",
    # "polypore" as a growth form
    "Maitake, also called hen of the woods, is a polypore.",
    "Chaga is a polypore.",
    "Turkey tail (Trametes versicolor) is a polypore.",
    # correct facts and accepted names across the knowledge base
    "Rhodiola is a succulent herb from the Arctic.",
    "Spirulina, often called blue-green algae, is sold as a powder.",
    "Sea moss is a red seaweed, not a true moss.",
    "Moringa is a popular superfood.",
    "Elderberry is a botanical often made into syrup.",
    "Is cordyceps an herb?",
    "Moringa oil is pressed from the seeds of the moringa tree.",
    "Echinacea tea is made from the leaves and flowers.",
    "St. John's wort supplements use the flowering tops of the plant.",
    "Roman chamomile (Chamaemelum nobile) differs from German chamomile.",
    "Valerian belongs to the Valerianaceae family.",
    "Elderberry belongs to the Adoxaceae family.",
    "Passionflower is native to the southeastern United States.",
    "Echinacea is not native to Europe.",
    "Is echinacea native to Europe?",
]


@pytest.mark.parametrize("text,rule,subject", FLAG, ids=[t[0][:40] for t in FLAG])
def test_round64_flags(check, text, rule, subject):
    _flags(check, text, rule, subject)


@pytest.mark.parametrize("text", PASS, ids=[t[:40] for t in PASS])
def test_round64_passes(check, text):
    found = [f for f in check(text) if f.category == "botanical"]
    assert not found, _shown(found)
