"""A deterministic corpus of wellness articles for the benchmark.

Each article is Markdown of about 1,000 words about one botanical (a quarter of them kratom,
kava or St. John's wort): a title, sometimes a byline, and sections on sourcing, testing,
brewing, storage, cooking, history, the research, safety, shipping, customer care,
gardening, travel, fitness, sleep, skincare, company and community news, with paragraphs,
bullet and numbered lists, block quotes, links, emphasis and sometimes a FAQ. Sentences come
from about 550 neutral templates (and about 300 more for headings, list items, FAQ
questions, quotes and recipe steps) whose slots are filled from word lists written for this
corpus (about 5,500 distinct words: ingredients, dishes, tools, plants, places, trades,
verbs, used in several inflected forms), invented brand, product and village names,
people's names, cities and numbers (doses, percentages, prices, years). Each list is drawn
with a Zipf-like skew, so a few fillers are common and most are rare; half the articles use
contractions; body sentences run from 6 to about 40 words (15 on average).

Most sentences are ordinary copy that must pass: neutral facts, recipes, sourcing,
storage, hedged and attributed claims, safety language. About one body sentence in 13
is one of the FLAGGED templates that claimcheck should report (a botanical error, an
overstated efficacy claim, a risk-minimizing claim), and half the kratom, kava and St.
John's wort articles get no safety sentence, so most of those lack the safety language
they need. Generated with no flagged sentences (two seeds, 1,000 articles each), the
corpus drew no sentence-level finding from claimcheck as of commit eab3568.

Measured at the time of writing (seed 2024):

    articles                                 200          1,000
    words                                    219,516      1,094,103
    distinct lower-cased whitespace tokens   10,394       19,123
      of them without URLs                   10,064       17,629
    hapax legomena                           39%          35% of the types
    claimcheck findings                      1,080        4,977 (one per ~13 sentences)

The most common words are function words ("the" 6%, "a" 4%, "and" 3%, "in" 2%); by
rank the frequencies fall off roughly as 1 / rank. The previous version of this corpus
had about 510 distinct tokens, which made spaCy's tokenizer cache unrealistically
effective. Real copy of this size still has more (20,000-40,000), so the tokenizer does
a little less work here than on real text. The same seed always gives the same text;
generating 1,000 articles takes about a second.
"""
from __future__ import annotations

import random
import re
import zlib
from bisect import bisect_right
from itertools import accumulate
from pathlib import Path

# ---------------------------------------------------------------------------------------
# Word lists, written for this corpus. Items are comma-separated; each list is drawn with
# a Zipf-like skew (see _Pool): the first words of a list (after a fixed shuffle) are
# frequent, the last ones rare. Words that claimcheck treats as claims ("cure", "safe",
# "proven", disease names) are kept out of these lists; they appear only in FLAGGED.
# ---------------------------------------------------------------------------------------

# Adjectives for people's work, weeks, reviews, experiments: general and evaluative.
ADJ = """
quiet, bright, simple, careful, patient, honest, modest, practical, thoughtful, cheerful, familiar, humble,
steady, lovely, pleasant, odd, curious, peculiar, remarkable, notable, memorable, ordinary, unusual,
typical, generous, glowing, kind, warm, lively, hectic, busy, slow, long, short, tiring, rewarding,
productive, frustrating, satisfying, messy, tidy, chaotic, calm, cheerful, gloomy, sunny, grey, wet, dry,
cold, hot, strange, funny, serious, gentle, rough, clever, awkward, charming, delightful, agreeable,
surprising, unexpected, predictable, interesting, enjoyable, exhausting, relaxing, demanding,
straightforward, complicated, tricky, fiddly, painstaking, meticulous, thorough, detailed, brief, lengthy,
rambling, concise, candid, frank, friendly, warm-hearted, good-natured, easygoing, fussy, particular,
stubborn, determined, tireless, hardworking, diligent, seasoned, experienced, knowledgeable, skilled,
talented, capable, reliable, dependable, trustworthy, consistent, inconsistent, erratic, mixed, promising,
disappointing, encouraging, sobering, humbling, eye-opening, enlightening, instructive, useful, helpful,
handy, valuable, worthwhile, pointless, lukewarm, enthusiastic, sceptical, doubtful, cautious, hopeful,
optimistic, pessimistic, nervous, relaxed, hurried, leisurely, punctual, unhurried, restless, sleepy, proud,
sheepish, bashful, chatty, reserved, shy, outgoing, sociable, solitary, nostalgic, sentimental,
old-fashioned, newfangled, ambitious, unassuming, low-key, understated, bold, daring, adventurous, timid,
homely, down-to-earth, unpretentious, elaborate, lavish, frugal, thrifty, sensible, rational, whimsical,
playful, earnest, wry, dry-humoured, light-hearted, bittersweet, memorable, forgettable, average, middling,
decent, respectable, excellent, superb, splendid, marvellous, terrific, wonderful, dreadful, awful,
miserable, soggy, stormy, brisk, frantic, peaceful, sleepless, late, early, overdue, belated, long-awaited,
last-minute, spontaneous, planned, unplanned, annual, weekly, monthly, occasional, regular, rare, frequent,
recurring, seasonal, one-off, informal, formal, casual, absorbing, baffling, bewildering, breezy, brilliant,
bumpy, carefree, cheery, comical, convivial, crowded, dazzling, deft, dignified, dizzying, dogged, dreamy,
eccentric, effortless, electric, endearing, energetic, engrossing, exacting, exhilarating, fascinating,
fiery, fleeting, forgiving, formidable, fraught, gentle-paced, giddy, gruelling, harmonious, haphazard,
heartening, heartfelt, heroic, hilarious, homespun, idyllic, immersive, impromptu, improvised, inventive,
jolly, jubilant, laborious, laid-back, languid, meandering, mellow, merry, methodical, modest-sized, moving,
muddled, mundane, nerve-racking, nimble, noble, novel, offbeat, orderly, painless, patchy, perplexing,
picturesque, pioneering, plucky, poignant, polished, quaint, quick-witted, rambunctious, raucous,
refreshing, resourceful, riotous, rollicking, rowdy, rugged, rustic, scrappy, serene, shambolic, shrewd,
sociable, soothing, spirited, splendid, sprightly, spry, stately, stoic, stormy, strenuous, sublime,
sunny-natured, taxing, tense, tentative, thankless, thrilling, tranquil, tumultuous, uncomplicated,
uneventful, unflappable, unforgettable, unglamorous, unorthodox, uplifting, upbeat, vexing, vigorous,
wholehearted, wistful, witty, zany, zealous, zestful
"""

# Adjectives for places: towns, markets, roads, landscapes, rooms.
PADJ = """
sleepy, bustling, crowded, narrow, winding, steep, hilly, rocky, sandy, windswept, sheltered, remote, leafy,
sunlit, shaded, misty, cobbled, whitewashed, half-timbered, ramshackle, pretty, charming, faded, grand,
modest, tiny, sprawling, tucked-away, little-known, popular, lively, peaceful, dusty, muddy, breezy, chilly,
green, lush, terraced, wooded, stony, marshy, coastal, riverside, lakeside, hillside, upland, lowland,
frosty, snowy, overgrown, neglected, restored, renovated, converted, historic, old, new, family-run,
independent, cosy, spacious, cramped, cluttered, spotless, shabby, smart, stylish, quirky, welcoming, noisy,
silent, hectic, empty, half-empty, airy, bright, dim, draughty, sun-baked, rain-soaked, fog-bound,
low-lying, high-altitude, mountainous, volcanic, fertile, barren, arid, dry, humid, tropical, temperate,
alpine, northern, southern, eastern, western, central, outlying, rural, suburban, industrial, agricultural,
medieval, colonial, Victorian, art deco, modernist, brutalist, pastel-coloured, brick-built, stone-built,
timber-framed, thatched, tin-roofed, tiled, vaulted, arcaded, pedestrianised, tree-lined, canal-side,
harbourside, clifftop, hilltop, valley-floor, out-of-the-way, off-grid, well-kept, unkempt, tumbledown,
atmospheric, photogenic, touristy, unspoilt, lived-in, workaday, humming, drowsy, vibrant, colourful, drab,
gritty, elegant, genteel
"""

# Adjectives for things: tools, packaging, furniture, equipment.
TADJ = """
sturdy, durable, flimsy, fragile, reusable, recyclable, compostable, airtight, watertight, insulated,
padded, sealed, labelled, numbered, handwritten, printed, embossed, stamped, faded, polished, scratched,
dented, battered, secondhand, vintage, antique, modern, old, new, tiny, enormous, slender, hefty,
lightweight, compact, bulky, sleek, chunky, heavy, simple, plain, ornate, decorative, functional, sensible,
ingenious, handmade, rusty, glossy, matte, wooden, metal, enamel, ceramic, glass, cardboard, paper, cotton,
linen, woollen, bamboo, steel, copper, brass, tin, clay, stoneware, earthenware, cast-iron, wicker, rattan,
cork, leather, canvas, felt, hessian, jute, waxed, lacquered, painted, unpainted, varnished, oiled, chipped,
cracked, mended, patched, repainted, borrowed, inherited, second-hand, spare, trusty, beloved, ancient,
brand-new, shiny, dull, squeaky, wobbly, rickety, solid, hollow, folding, stackable, portable, collapsible,
adjustable, refillable, washable, dishwasher-proof, oven-proof, heatproof, hand-thrown, hand-carved,
hand-stitched, machine-made, mass-produced, bespoke, oversized, undersized, lockable, striped, spotted,
checked, monogrammed, engraved
"""

FLAVOR = """
earthy, nutty, malty, grassy, floral, fruity, citrusy, lemony, honeyed, caramel-like, buttery, creamy,
toasty, smoky, peppery, spicy, warming, zesty, tangy, tart, sour, sweet, savoury, salty, bitter,
bittersweet, mellow, rounded, robust, delicate, subtle, bold, rich, bright, clean, crisp, vegetal,
herbaceous, minty, piney, resinous, woody, brothy, umami-rich, mineral, chalky, flinty, briny, seaweedy,
hay-like, tobacco-like, leathery, chocolatey, cocoa-like, coffee-like, molasses-like, treacly, jammy,
plummy, cherry-like, apricot-like, peachy, appley, pear-like, melon-like, coconutty, almondy, hazelnut-like,
walnut-like, sesame-like, vanilla-like, anise-like, gingery, camphor-like, astringent, drying, puckering,
silky, velvety, syrupy, thin, watery, full-bodied, light-bodied, lingering, smooth, grainy, sharp, muted,
faint, intense, pronounced, restrained, balanced, complex, straightforward, toasted-grain, biscuity, bready,
yeasty, nutmeg-like, rosy, violet-scented, musky, dusty, damp-earth, forest-floor, mossy, green-apple,
stone-fruit, dried-fruit, raisiny, figgy, date-like, toffee-like, burnt-sugar, marmalade-like, sherbet-like,
peppercorn-sharp, chilli-warm, savoury-sweet, sweet-sour
"""

COLOR = """
amber, ochre, mustard, lemon-yellow, butter-yellow, cream, ivory, off-white, beige, tan, khaki, olive,
moss-green, sage-green, pea-green, emerald, jade, teal, turquoise, sky-blue, slate-blue, navy, indigo,
violet, lilac, plum, burgundy, maroon, crimson, brick-red, rust, terracotta, copper, bronze, chestnut,
chocolate-brown, coffee-brown, mahogany, charcoal, graphite, ash-grey, dove-grey, pearl, silver, golden,
honey-coloured, caramel, toffee, sand-coloured, straw-coloured, pale green, deep red, bright orange, dusky
pink, coral, salmon, peach, apricot, tangerine, pumpkin-orange, forest-green, bottle-green, grass-green,
mint-green, petrol-blue, cobalt, cornflower-blue, duck-egg blue, oxblood, claret, raspberry-pink, blush,
buff, fawn, taupe, mushroom-grey, pewter, gunmetal, jet-black
"""

# Sentence adverbs that can open a sentence.
SENTADV = """
admittedly, honestly, frankly, happily, interestingly, unsurprisingly, fortunately, unfortunately, usually,
generally, typically, in practice, on balance, by and large, as a rule, in fairness, if anything, as it
happens, on the whole, more often than not, for the most part, all the same, even so, naturally,
understandably, predictably, curiously, oddly, luckily, sadly, mercifully, thankfully, realistically,
practically speaking, in short, put simply, to be clear, in theory, at heart, in truth
"""

ADV = """
slowly, quickly, gently, carefully, briefly, roughly, loosely, firmly, lightly, evenly, thoroughly,
patiently, quietly, happily, reluctantly, eagerly, occasionally, usually, neatly, tidily, tightly, snugly,
warmly, calmly, steadily, gradually, cheerfully, proudly, cautiously, deliberately, casually, sparingly,
generously, liberally, methodically, lazily, busily, briskly, leisurely, unhurriedly, systematically,
thoughtfully, meticulously, painstakingly, diligently, attentively, skilfully, expertly, clumsily, noisily,
silently, gracefully, awkwardly, hurriedly, hastily, absent-mindedly, wistfully, fondly, stubbornly,
doggedly, resolutely, tentatively, gingerly, delicately, vigorously, energetically, sluggishly, sleepily,
drowsily, groggily, merrily, gleefully, grudgingly, dutifully, faithfully, religiously, routinely,
habitually, periodically, intermittently, sporadically, endlessly, repeatedly, constantly, continually,
consistently, evenly, unevenly, loosely, haphazardly, randomly, precisely, accurately, roughly,
approximately, exactly, neatly, messily, cleanly, smoothly, boldly, bravely, brightly, cosily, crisply,
deftly, dreamily, earnestly, faintly, fiercely, freely, gladly, gratefully, heartily, hopefully, idly,
jauntily, keenly, knowingly, lovingly, loyally, mildly, modestly, nimbly, openly, playfully, politely,
promptly, quaintly, readily, restlessly, rhythmically, ruefully, serenely, shrewdly, sleekly, softly,
solemnly, sternly, stiffly, strongly, sweetly, swiftly, tenderly, tersely, thankfully, tirelessly, uneasily,
vaguely, warily, wearily, wisely, wryly, zealously
"""

INGREDIENT = """
rolled oats, steel-cut oats, brown rice, jasmine rice, basmati rice, wild rice, quinoa, millet, buckwheat,
pearl barley, bulgur wheat, couscous, polenta, cornmeal, spelt flour, rye flour, wholemeal flour, plain
flour, chickpea flour, almond flour, coconut flour, oat milk, almond milk, soy milk, cashew milk, coconut
milk, whole milk, buttermilk, Greek yoghurt, natural yoghurt, cottage cheese, ricotta, feta, halloumi,
parmesan, mozzarella, goat's cheese, butter, ghee, olive oil, sesame oil, rapeseed oil, sunflower oil,
coconut oil, walnut oil, honey, maple syrup, date syrup, molasses, brown sugar, demerara sugar, icing sugar,
dark chocolate, cocoa powder, cacao nibs, vanilla extract, vanilla pods, sea salt, flaky salt, black pepper,
chilli flakes, smoked paprika, cumin seeds, coriander seeds, fennel seeds, mustard seeds, cardamom pods,
star anise, nutmeg, allspice, bay leaves, fresh thyme, fresh rosemary, fresh parsley, fresh coriander, fresh
dill, fresh chives, fresh basil, fresh mint, lemon zest, lime juice, orange peel, grated apple, sliced
pears, ripe bananas, frozen berries, blueberries, raspberries, strawberries, blackberries, redcurrants,
cherries, apricots, dried figs, dates, raisins, sultanas, dried cranberries, prunes, mango chunks,
pineapple, papaya, kiwi fruit, pomegranate seeds, avocado, cucumber, courgette, aubergine, red peppers,
cherry tomatoes, tinned tomatoes, tomato paste, red onion, spring onions, shallots, leeks, celery sticks,
carrots, parsnips, beetroot, sweet potato, butternut squash, pumpkin, cauliflower, broccoli, kale, spinach,
chard, rocket, watercress, lettuce, cabbage, Brussels sprouts, green beans, peas, broad beans, edamame,
chickpeas, red lentils, green lentils, black beans, kidney beans, butter beans, tofu, tempeh, eggs,
vegetable stock, miso paste, soy sauce, tamari, rice vinegar, balsamic vinegar, tahini, peanut butter,
almond butter, sunflower seeds, pumpkin seeds, chia seeds, flaxseed, sesame seeds, poppy seeds, walnuts,
pecans, hazelnuts, almonds, cashews, pistachios, pine nuts, desiccated coconut, coconut flakes, oat bran,
wheat germ, puffed rice, granola, crackers, sourdough bread, rye bread, pitta bread, tortillas, soba
noodles, rice noodles, spaghetti, penne, orzo, gnocchi, button mushrooms, oyster mushrooms, sweetcorn,
radishes, fennel bulb, artichoke hearts, olives, capers, gherkins, sauerkraut, kimchi, baking powder,
bicarbonate of soda, agar flakes, cornflour, arrowroot, cream cheese, whipping cream, crème fraîche,
buckwheat groats, freekeh, farro, teff flour, sorghum, amaranth, black rice, red rice, sticky rice, udon
noodles, glass noodles, ramen noodles, egg noodles, lasagne sheets, rigatoni, fusilli, farfalle, linguine,
tagliatelle, pappardelle, ciabatta, baguette, brioche, bagels, crumpets, English muffins, oatcakes, rice
cakes, matzo, naan, chapatis, flatbreads, corn tortillas, blue cheese, cheddar, gruyère, comté, manchego,
pecorino, gorgonzola, stilton, wensleydale, brie, camembert, paneer, labneh, skyr, kefir, quark, mascarpone,
clotted cream, soured cream, evaporated milk, condensed milk, golden syrup, treacle, agave syrup, coconut
sugar, muscovado sugar, caster sugar, jaggery, palm sugar, white miso, red miso, gochujang, harissa,
sriracha, fish sauce, oyster sauce, hoisin sauce, black bean sauce, sweet chilli sauce, Worcestershire
sauce, Dijon mustard, wholegrain mustard, horseradish sauce, mayonnaise, aioli, pesto, salsa verde,
chimichurri, za'atar, sumac, dukkah, ras el hanout, garam masala, curry leaves, asafoetida, lemongrass,
galangal, makrut lime leaves, tamarind paste, pandan leaves, coconut cream, peanuts, macadamias, Brazil
nuts, candied peel, glacé cherries, marzipan, rosewater, orange blossom water, pomegranate molasses, apple
sauce, pear purée, quince paste, lemon curd, blackcurrant jam, apricot jam, marmalade, mincemeat, chestnut
purée, tinned peaches, frozen peas, frozen spinach, frozen mango, celeriac, swede, turnips, kohlrabi, pak
choi, choi sum, mangetout, sugar snap peas, runner beans, samphire, sea beet, wild garlic leaves,
chanterelles, porcini, chestnut mushrooms, Jerusalem artichokes, salsify, okra, plantain, cassava, yam,
taro, breadfruit, jackfruit, lychees, rambutan, guava, passion fruit, dragon fruit, star fruit, persimmon,
quince, medlar, damsons, greengages, sloes, elderflower cordial, gooseberries, loganberries, tayberries,
cranberries, lingonberries, cloudberries
"""

# What goes into a hot or cold drink.
ADDIN = """
honey, maple syrup, oat milk, almond milk, whole milk, soy milk, coconut milk, a slice of lemon, a sprig of
mint, a little vanilla, a cardamom pod, a strip of orange peel, ice, sparkling water, a splash of apple
juice, a spoonful of cocoa, a drop of rosewater, a pinch of nutmeg, lemon juice, lime juice, a few
raspberries, a dash of cream, frothed milk, cold water, a date, a teaspoon of tahini, a spoon of yoghurt
"""

MILK = "oat milk, almond milk, whole milk, soy milk, coconut milk, cashew milk, water, apple juice, rice milk"

DISH = """
porridge, overnight oats, granola bars, flapjacks, banana bread, oat cookies, shortbread, scones, muffins,
pancakes, crêpes, waffles, flatbreads, soda bread, focaccia, energy balls, date squares, rice pudding, chia
pudding, panna cotta, custard, fruit crumble, apple cake, carrot cake, lemon drizzle cake, brownies, fudge,
chutney, jam, marmalade, pickles, relish, salsa, hummus, pesto, dressing, marinade, soup, broth, stew,
curry, dal, chilli, risotto, pilaf, paella, stir-fry, noodle soup, ramen, salad, slaw, frittata, omelette,
shakshuka, quiche, tart, pie, pasties, dumplings, fritters, burgers, meatballs, kebabs, tray bake, gratin,
casserole, hotpot, tagine, smoothie, smoothie bowl, milkshake, lassi, iced latte, hot chocolate, spiced
milk, lemonade, cordial, iced tea, sorbet, ice lollies, frozen yoghurt, parfait, trifle, cheesecake, flan,
clafoutis, galette, strudel, bagels, pretzels, congee, miso soup, gazpacho, minestrone, chowder, bisque,
ribollita, pho, laksa, biryani, kedgeree, jambalaya, gumbo, goulash, borscht, pierogi, gyoza, bao buns,
spring rolls, samosas, pakoras, bhajis, falafel, tabbouleh, fattoush, mezze, bruschetta, crostini, arancini,
polenta cake, frangipane tart, bakewell tart, treacle tart, eccles cakes, bara brith, parkin, gingerbread,
teacakes, hot cross buns, babka, stollen, panettone, madeleines, macarons, meringues, pavlova, eton mess,
fool, syllabub, posset, rice salad, grain bowl, buddha bowl, poke bowl, sushi rolls, onigiri, okonomiyaki,
bibimbap, kimchi pancakes, dosa, idli, uttapam, paratha, roti, chana masala, saag, korma, rendang, satay,
nasi goreng, pad thai, tom yum, green curry, massaman curry, ceviche, tacos, quesadillas, enchiladas,
tamales, empanadas, arepas, feijoada, pão de queijo, chimichurri steak, moussaka, spanakopita, souvlaki,
baklava, halva, tahini cookies, muesli, bircher muesli, granola clusters, trail mix
"""

TOOL = """
saucepan, frying pan, stockpot, baking tray, loaf tin, mixing bowl, wooden spoon, whisk, spatula, ladle,
sieve, colander, grater, peeler, paring knife, chopping board, rolling pin, measuring jug, kitchen scale,
blender, food processor, stick blender, spice grinder, pestle and mortar, coffee grinder, kettle, teapot,
tea strainer, cafetière, milk frother, thermos flask, jam jar, kilner jar, storage tin, lunchbox, tea towel,
oven glove, cooling rack, piping bag, pastry brush, ice cube tray, slow cooker, pressure cooker, rice
cooker, dehydrator, toaster, grill pan, wok, skillet, casserole dish, ramekin, mug, teacup, tumbler, carafe,
pitcher, tongs, mandoline, zester, melon baller, potato masher, salad spinner, steamer basket, bamboo
steamer, tagine pot, paella pan, crêpe pan, griddle, waffle iron, sandwich press, jelly mould, bundt tin,
springform tin, muffin tray, pie dish, tart tin, pudding basin, butter dish, gravy boat, soup tureen, cake
stand, bread bin, bread knife, cleaver, knife block, sharpening steel, mezzaluna, funnel, jar opener, bottle
brush, cheese grater, nutcracker, egg timer, thermometer
"""

GPLANT = """
runner beans, broad beans, sugar snap peas, rhubarb, gooseberries, blackcurrants, raspberry canes,
strawberry plants, apple trees, pear trees, plum trees, cherry trees, fig trees, grapevines, tomatoes,
chillies, sweet peppers, courgettes, pumpkins, squash, cucumbers, lettuces, spinach, chard, kale, leeks,
onions, garlic, potatoes, carrots, parsnips, beetroot, radishes, turnips, celeriac, sweetcorn, marigolds,
nasturtiums, sweet peas, dahlias, tulips, daffodils, crocuses, snowdrops, bluebells, foxgloves, hollyhocks,
cornflowers, cosmos, zinnias, lupins, peonies, geraniums, fuchsias, hydrangeas, camellias, rhododendrons,
azaleas, magnolias, lilacs, jasmine, clematis, wisteria, climbing roses, ferns, hostas, ornamental grasses,
box hedging, yew hedging, beech hedging, thyme, rosemary, oregano, marjoram, chives, parsley, coriander,
dill, tarragon, bay, lovage, sorrel, borage, lemon thyme, catmint, yarrow, tansy, meadowsweet, wild garlic,
salad leaves, microgreens, alliums, irises, agapanthus, alstroemeria, anemones, aquilegia, astrantia,
begonias, bergenia, buddleja, camassia, campanula, cannas, chrysanthemums, cyclamen, delphiniums, dianthus,
echinops, erigeron, eryngium, euphorbia, freesias, gaura, gladioli, heleniums, hellebores, heuchera,
honesty, hyacinths, kniphofia, lavender, liatris, lobelia, muscari, narcissi, nerines, pansies, penstemons,
petunias, phlox, primulas, ranunculus, rudbeckia, salvias, scabious, sedums, snapdragons, stocks, verbena,
veronica, violas, wallflowers, asparagus, artichokes, cardoons, aubergines, melons, okra, tomatillos,
kohlrabi, pak choi, mizuna, mustard greens, land cress, claytonia, oca, yacón, Jerusalem artichokes,
blueberry bushes, cranberry bushes, redcurrants, whitecurrants, jostaberries, quince trees, medlar trees,
mulberry trees, hazelnut bushes, olive saplings, lemon trees, kumquats, passion fruit vines
"""

GTHING = """
raised bed, compost heap, water butt, cold frame, greenhouse, polytunnel, potting shed, trellis, pergola,
wheelbarrow, watering can, hosepipe, seed tray, propagator, cloche, plant label, garden fork, spade, trowel,
hoe, rake, pruning saw, string line, bamboo cane, netting, leaf mould bin, wood-chip path, gravel path,
brick edging, stepping stone, bird feeder, bird bath, bee hotel, log pile, wildlife pond, rockery, herb
spiral, fence panel, garden gate, bench, sundial, rain gauge, hedge trimmer, kneeling pad, potting bench,
dibber, riddle, soil sieve, leaf blower, lawn mower, scythe, edging iron, bulb planter, hori-hori knife,
garden twine, plant support, obelisk, arch, wormery, hotbed, seed packet, seed tin, cold store, root cellar,
apple store, onion string
"""

LANDSCAPE = """
valley, ridge, hillside, slope, terrace, plateau, gorge, ravine, creek, stream, river bank, estuary, delta,
floodplain, marsh, wetland, bog, meadow, pasture, orchard, grove, copse, woodland, forest edge, clearing,
heath, moor, escarpment, foothill, mountain pass, summit, crater, lava field, dune, beach, cove, bay,
headland, cliff, lagoon, reef, harbour, island, inlet, fjord, lake shore, reservoir, waterfall, spring,
canal, irrigation channel, paddy, field margin, hedgerow, farm track, dirt road, salt marsh, shingle spit,
sand bar, tidal flat, mudflat, limestone pavement, scree slope, boulder field, glacier, moraine, tarn,
corrie, col, saddle, spur, bluff, mesa, butte, canyon, arroyo, savannah, steppe, tundra, taiga edge,
scrubland, chaparral, heathland, downland, fenland, polder, water meadow, ox-bow lake, millpond, weir, ford,
sunken lane, drove road, holloway, bridleway
"""

SPOT = """
market hall, fish market, flower market, night market, farmers' market, bus station, railway station, ferry
terminal, harbour wall, town square, cathedral, chapel, monastery, museum, library, bookshop, bakery, tea
house, coffee bar, noodle shop, food stall, street kitchen, guesthouse, hostel, inn, botanical garden,
public park, allotment site, community garden, old quarter, waterfront, promenade, pier, lighthouse, castle,
fort, bridge, viaduct, tram stop, taxi rank, post office, pharmacy, spice shop, hardware store, laundrette,
bike hire shop, covered arcade, rooftop terrace, courtyard, cloister, cemetery, city wall, gatehouse, old
mill, creamery, cheese shop, fishmonger, greengrocer, butcher's, deli, patisserie, chocolate shop, ice-cream
parlour, dumpling house, tapas bar, taverna, trattoria, canteen, food hall, covered market, flea market,
antique shop, record shop, junk shop, charity shop, haberdashery, ironmonger, pottery studio, weaving
workshop, print shop, gallery, concert hall, theatre, cinema, town hall, clock tower, bandstand, lido,
bathhouse, hot spring, boathouse, marina, fishing harbour, dry dock, customs house, warehouse district,
railway arch, station café, bus shelter
"""

FARMTHING = """
drying shed, drying rack, solar dryer, seed bank, tractor, irrigation pump, storage barn, packing house,
nursery bed, shade net, compost yard, washing station, sorting table, weighing scale, moisture meter,
grinding mill, cleaning line, cold store, delivery van, loading dock, cattle shed, goat pen, beehive,
chicken run, woodlot, windbreak, rainwater tank, water filter, generator, solar panel, office cabin,
canteen, training room, toolshed, seed drill, rotavator, trailer, quad bike, pickup truck, grain silo, hay
barn, threshing floor, winnowing basket, sieve frame, drying floor, kiln, smokehouse, root store
"""

CONTAINER = """
kraft paper pouch, glass jar, amber bottle, dropper bottle, tin, cardboard tube, paper bag, cotton bag,
refill pouch, gift box, wooden crate, screw-top jar, flip-top tin, stoneware pot, tea caddy, canister,
sachet, foil pouch, resealable bag, clip-top jar, tube, pump bottle, spray bottle, compact tin
"""

PACKING = """
mailer box, padded envelope, shipping carton, tissue paper, paper tape, compostable liner, cork stopper,
screw cap, tamper seal, label, lot sticker, insert card, recipe card, scoop, desiccant packet, shrink band,
pallet wrap, corrugated divider, honeycomb paper, paper void fill, string tie, wax seal, ribbon, sleeve,
sticker sheet, leaflet, postcard, thank-you card, return label, packing slip, cardboard corner
"""

SHIP = """
courier, tracking number, delivery slot, parcel locker, customs form, dispatch note, returns label,
collection point, sorting depot, pick list, packing bench, delivery driver, signature, doorstep, post office
counter, next-day service, weekend delivery, express service, pallet, freight container, shipping lane,
port, airfreight, consignment, invoice, receipt, order number, confirmation email, delivery estimate,
backorder, restock, bill of lading, packing list, customs broker, bonded warehouse
"""

SERVICE = """
sample pack, trial size, gift card, bundle box, refill subscription, tasting set, starter kit, mixed box,
seasonal box, gift set, travel tin, recipe booklet, brewing kit, taster pack
"""

ACTIVITY = """
morning walk, evening stroll, slow jog, hill walk, bike ride, swim, yoga class, pilates session, stretching
routine, breathing exercise, bodyweight circuit, kettlebell session, rowing session, climbing session, dance
class, tai chi session, spin class, park run, trail run, paddleboard outing, kayak trip, gardening session,
dog walk, cold-water dip, sauna visit, foam-rolling session, balance drill, mobility routine, core workout,
resistance-band workout, step class, tennis match, badminton game, five-a-side match, netball game, golf
round, bowls match, hike, skipping session, stair climb, canoe trip, cross-country ski, snowshoe walk,
orienteering event, bouldering session, aqua aerobics class, Nordic walk, ballroom class, salsa class, Zumba
class, boxing class, fencing lesson, archery session, rounders game, volleyball game, ultimate frisbee
match, cricket net, hockey practice
"""

SLEEPTHING = """
pillow, duvet, blanket, weighted blanket, eye mask, pair of earplugs, blackout blind, bedside lamp, reading
light, alarm clock, sunrise lamp, white-noise machine, desk fan, hot-water bottle, mattress topper,
paperback, journal, notebook, crossword book, sketchpad, radio, audiobook, knitting basket, jigsaw, cotton
nightshirt, pair of bed socks, sleep diary
"""

SKIN = """
face mask, clay mask, serum, moisturiser, body lotion, hand cream, lip balm, face oil, toner, cleanser,
facial mist, body scrub, bath soak, bath salts, bar of soap, shampoo bar, conditioner, hair oil, scalp oil,
sunscreen, after-sun gel, foot cream, body butter, cleansing balm, eye cream, night cream, day cream, hand
wash, body wash, bath bomb, massage oil, solid perfume, deodorant balm, beard oil
"""

HISTORY = """
manuscript, ledger, diary, letter, map, engraving, woodcut, almanac, cookbook, price list, shipping record,
customs ledger, temple record, travel journal, trade catalogue, botanical print, seed catalogue, estate
inventory, probate record, newspaper advertisement, sales ledger, account book, bill of sale, receipt book,
household manual, recipe notebook, pharmacopoeia, traveller's account, missionary report, naval log, parish
register, market charter, guild record, tax roll, tithe map
"""

PEOPLE_OLD = """
merchants, traders, physicians, botanists, collectors, explorers, missionaries, surveyors, pharmacists,
herbalists, cooks, scribes, printers, booksellers, naturalists, gardeners, monks, nuns, sailors, ship's
surgeons, customs officers, grocers, tea merchants, pedlars, drovers, caravan leaders, innkeepers,
apothecaries, spice dealers, dockworkers, clerks, shopkeepers, cartographers, diplomats
"""

OLDTHING = """
porcelain jar, wooden chest, clay pot, bronze mortar, brass scale, glass bottle, paper packet, woven basket,
lacquered box, pewter tin, oak cabinet, leather pouch, stoneware crock, copper canister, tea chest, sea
chest, apothecary jar, linen sack, earthenware pitcher, iron-bound trunk
"""

WEATHER = """
rain, drizzle, showers, downpours, monsoon rains, fog, mist, frost, hail, sleet, snow, heat, humidity,
drought, dry spell, heatwave, cold snap, wind, gusts, storms, thunderstorms, sunshine, cloud, mild weather,
late frosts, early frosts, wet spring, dry summer, long autumn, short winter, sea fret, gales, squalls,
freezing fog, black ice, hoar frost, spring tides, flash floods, dust storms
"""

ANIMAL = """
blackbirds, robins, wrens, sparrows, starlings, swallows, swifts, house martins, goldfinches, bullfinches,
jays, magpies, crows, rooks, owls, kestrels, buzzards, herons, kingfishers, ducks, geese, swans, gulls,
terns, puffins, cormorants, pelicans, parrots, hornbills, hummingbirds, butterflies, moths, bumblebees,
honeybees, hoverflies, ladybirds, dragonflies, beetles, earthworms, frogs, toads, newts, lizards, geckos,
tortoises, hedgehogs, squirrels, rabbits, hares, foxes, badgers, deer, goats, sheep, cows, water buffalo,
donkeys, mules, horses, ponies, llamas, alpacas, yaks, camels, pigs, chickens, guinea fowl, dogs, cats,
woodpeckers, nuthatches, treecreepers, long-tailed tits, blue tits, great tits, coal tits, chaffinches,
greenfinches, siskins, redpolls, linnets, yellowhammers, skylarks, meadow pipits, wagtails, dippers,
sandpipers, curlews, lapwings, oystercatchers, plovers, egrets, storks, cranes, ibises, flamingos, kites,
harriers, falcons, eagles, vultures, bee-eaters, rollers, hoopoes, orioles, weaver birds, sunbirds, mynas,
bulbuls, kingbirds, cardinals, chickadees, juncos, grebes, coots, moorhens, otters, water voles, beavers,
bats, shrews, dormice, stoats, weasels, martens, pine martens, red squirrels, marmots, ibex, chamois,
mouflon, wild boar, monkeys, macaques, langurs, gibbons, lemurs, fruit bats, mongooses, civets, pangolins,
porcupines, armadillos
"""

TREE = """
oak, ash, beech, birch, hornbeam, alder, willow, poplar, aspen, lime, sycamore, maple, sweet chestnut,
walnut, hazel, elm, rowan, juniper, pine, spruce, fir, larch, cedar, cypress, eucalyptus, acacia, baobab,
mango, coconut palm, date palm, olive, cork oak, tamarind, banyan, teak, mahogany, jacaranda, frangipani,
magnolia, plane, monkey puzzle, sequoia, wild cherry, crab apple, whitebeam, field maple, black poplar,
Scots pine, yew, box, holm oak, stone pine, carob, pistachio, almond, pomegranate, loquat, persimmon,
mulberry, fig, kapok, flame tree, rain tree, silk cotton, sal, deodar, rhododendron, bamboo, tree fern,
cabbage palm, bottlebrush, paperbark, ironbark, silver birch
"""

ROLE = """
head of quality, farm manager, buyer, co-founder, operations lead, warehouse supervisor, customer care lead,
lab technician, quality analyst, product developer, recipe developer, food writer, staff writer, editor,
photographer, illustrator, copywriter, packaging designer, supply chain manager, logistics coordinator,
accountant, office manager, agronomist, soil scientist, field officer, cooperative chair, grower, harvester,
drying-shed foreman, miller, taster, shop manager, barista, tea buyer, pharmacist, dietitian, nurse,
physiotherapist, yoga teacher, running coach, swimming coach, gardener, head gardener, beekeeper, forager,
chef, pastry chef, baker, café owner, market trader, retired teacher, student, volunteer, translator,
historian, librarian, archivist, museum curator, tour guide, driver, ferry captain, customs broker, web
developer, bookkeeper, social media manager, sales lead, wholesale manager, events coordinator, intern,
apprentice, quality technician, microbiologist, chemist, botanist, ethnobotanist, anthropologist,
journalist, radio presenter, podcaster, potter, carpenter, joiner, electrician, plumber, builder, architect,
surveyor, printer, bookbinder, sign painter, graphic designer, web designer, data analyst, software
engineer, project manager, fundraiser, community organiser, youth worker, school cook, caterer, cheesemaker,
butcher, fishmonger, greengrocer, florist, allotment secretary, parish councillor, postwoman, postman
"""

BIZ = """
warehouse, office, studio, workshop, test kitchen, tasting room, stockroom, shop, café, packing room, print
room, photo studio, meeting room, staff kitchen, yard, loading bay, showroom, pop-up shop, market stall,
back office, mail room, goods-in bay, lab, storeroom, attic office, converted barn
"""

BIZTHING = """
spreadsheet, purchase order, contract, price list, budget, forecast, stock count, audit, inspection,
certificate, licence, insurance policy, bank loan, grant application, crowdfunding campaign, annual report,
newsletter, blog, podcast, video, photo shoot, catalogue, website, product page, checkout page, label
design, style guide, rota, to-do list, whiteboard, wall planner, shared inbox, order book, supplier list,
batch record, cleaning log, training manual, risk assessment, team meeting, away day
"""

HOUSEHOLD = """
kettle, toaster, teapot, doormat, coat hook, umbrella stand, shoe rack, laundry basket, clothes horse,
ironing board, broom, dustpan, mop, bucket, stepladder, toolbox, torch, candle, matchbox, radio, record
player, bookcase, armchair, sofa, rug, cushion, throw, lampshade, mirror, picture frame, clock, calendar,
noticeboard, fruit bowl, vase, plant pot, window box, fridge magnet, recipe tin, biscuit tin, button jar,
sewing box, knitting bag, shopping trolley, bicycle, bike lock, pannier, rucksack, holdall, suitcase, picnic
basket, cool box, deckchair, hammock, washing line, peg bag, airer, draught excluder, hot-water bottle, tea
cosy, egg cup, butter knife, cake tin, bread board, fruit crate
"""

MATERIAL = """
oak, pine, beech, walnut, cherry wood, bamboo, cork, linen, cotton, wool, jute, hessian, canvas, leather,
felt, silk, enamel, stoneware, earthenware, porcelain, terracotta, glass, recycled glass, tin, copper,
brass, steel, cast iron, aluminium, slate, marble, granite, limestone, sandstone, brick, concrete,
cardboard, kraft paper, tissue, beeswax, soy wax, rattan, wicker, seagrass
"""

HOBBY = """
knitting, crochet, embroidery, quilting, pottery, woodturning, bookbinding, calligraphy, printmaking,
linocut printing, watercolour painting, sketching, photography, birdwatching, stargazing, fishing, foraging,
jam-making, bread-making, cheese-making, home brewing of kombucha, beekeeping, bell-ringing, choir singing,
folk dancing, chess, crosswords, jigsaws, sea swimming, wild camping, cycling, rambling, allotment
gardening, bonsai, origami, paper marbling, candle-making, soap-making, basket weaving, furniture
restoration, upholstery, dressmaking, darning, mending, genealogy, local history, metal detecting, fossil
hunting, rock pooling, orienteering, geocaching, model railways, board games
"""

BOOK = """
novel, cookbook, field guide, memoir, travel guide, atlas, poetry collection, short-story collection,
biography, history book, gardening manual, seed catalogue, zine, comic, graphic novel, magazine, newspaper,
almanac, picture book, sketchbook, notebook, diary, recipe card, pamphlet, essay collection, children's
encyclopaedia, dictionary, phrasebook, road atlas, bird guide, tree guide, foraging guide
"""

CLOTHING = """
wellies, raincoat, waterproof jacket, fleece, jumper, cardigan, sun hat, straw hat, woolly hat, scarf,
gloves, gardening gloves, apron, overalls, work boots, walking boots, sandals, flip-flops, trainers, hiking
socks, thermal vest, linen shirt, cotton dress, shorts, cargo trousers, denim jacket, gilet, poncho,
headlamp, sunglasses, rucksack, bum bag, tote bag, market basket, shawl, sarong, kimono
"""

VEHICLE = """
tuk-tuk, minibus, night bus, ferry, sleeper train, local train, cargo bike, tandem, moped, motorbike, pickup
truck, jeep, camper van, rowing boat, canoe, longboat, fishing boat, river ferry, cable car, funicular,
tram, rickshaw, bullock cart, mule, hired bicycle, shared taxi, coach, hovercraft
"""

BUILDING = """
barn, farmhouse, cottage, chapel, granary, kiln, watermill, windmill, smithy, dairy, stable block, coach
house, tithe barn, oast house, dovecote, pump house, signal box, station house, lock keeper's cottage,
boathouse, bothy, shepherd's hut, longhouse, stilt house, adobe house, terraced house, townhouse, tenement,
warehouse, mill building, tannery, brewhouse, bakehouse, ice house, glasshouse
"""

EVENT = """
harvest festival, open day, farm fair, trade fair, street party, book launch, food festival, village fete,
agricultural show, seed swap, apple day, wassail, craft market, night market, summer fair, winter market,
charity walk, fun run, quiz night, supper club, cookery class, tasting evening, garden open day, plant sale,
car boot sale, jumble sale, ceilidh, barn dance, music festival, film night
"""

SCIENCE = """
chromatography, microscopy, spectroscopy, moisture analysis, ash testing, a heavy-metals panel, a microbial
count, a pesticide screen, a reference standard, calibration, sample preparation, a retained sample, a batch
record, a duplicate test, a blind sample, a control chart, the lab's method, a validated method, an
accredited lab, an out-of-spec result, a retest, a chain-of-custody form, a sieve analysis, particle size,
bulk density, water activity, colour grading, an aroma panel
"""

ABSTRACT = """
patience, curiosity, care, effort, attention, skill, practice, habit, routine, ritual, tradition, memory,
nostalgia, trust, honesty, transparency, fairness, respect, gratitude, humour, rhythm, comfort, warmth,
pleasure, enjoyment, flavour, texture, aroma, colour, quality, consistency, reliability, value, price, cost,
demand, supply, scarcity, abundance, variety, choice, simplicity, complexity, convenience, craft, design,
detail, planning, guesswork, luck, timing, climate, geography, culture, language, community, family,
friendship, hospitality, generosity, stubbornness, thrift, ingenuity, persistence, pride, modesty, kindness,
trial and error, common sense, good timing, optimism, scepticism, caution, candour, courtesy, diligence,
discipline, enthusiasm, forethought, frugality, goodwill, hard work, imagination, independence, instinct,
loyalty, neighbourliness, open-mindedness, organisation, perseverance, precision, resourcefulness,
restraint, self-reliance, sociability, stamina, teamwork, tenacity, thoroughness, tolerance, versatility,
wit, know-how, elbow grease, local knowledge, a good memory, a sense of humour, a steady hand, a long view
"""

WHEN = """
last spring, last summer, last autumn, last winter, in early March, in late April, at the start of May, in
mid-June, towards the end of August, just before Christmas, over the new year, one wet Tuesday, on a Friday
afternoon, after a long lunch, around sunset, late one night, at dawn, during the rainy season, during the
dry season, at harvest time, between harvests, in the off-season, during the school holidays, on a bank
holiday, one weekend in October, the week before Easter, a few years ago, the summer before last, on our
second visit, on our first trip, the morning after the festival
"""

MONTH = "January, February, March, April, May, June, July, August, September, October, November, December"
SEASON = "spring, summer, autumn, winter"
DAY = "Monday, Tuesday, Wednesday, Thursday, Friday, Saturday, Sunday"

FIRST = """
Amara, Anika, Ben, Carla, Dev, Elena, Farah, Gareth, Hana, Ibrahim, Jonas, Kofi, Lena, Mateo, Nadia, Oskar,
Priya, Quentin, Sami, Tomas, Uma, Viktor, Wen, Yara, Zoe, Aditya, Beatriz, Callum, Dalia, Emeka, Freya,
Gustavo, Helga, Imran, Jun, Kerstin, Luca, Mei, Nikhil, Olga, Pablo, Rania, Soren, Talia, Ulrich, Valentina,
Wilhelmina, Xavier, Yusuf, Zainab, Aoife, Bram, Chiara, Dmitri, Esther, Fintan, Greta, Hamid, Ines, Jakob,
Keiko, Leila, Malik, Noor, Orla, Pieter, Rafael, Saoirse, Teodor, Ugo, Vera, Wanjiru, Yasmin, Zeynep, Arjun,
Bianca, Cormac, Divya, Eamon, Fatima, Gideon, Hiroshi, Isla, Juliette, Kwame, Lars, Marta, Niamh, Omar,
Paloma, Ravi, Sofia, Tariq, Ursula, Vikram, Wiebke, Xiomara, Yannick, Zora, Anneke, Bashir, Cecilia, Declan,
Emilia, Felix, Gwen, Harun, Ilse, Joaquin, Kaveh, Liesel, Magnus, Nell, Odile, Parisa, Rowan, Selin, Theo,
Valeria, Wojciech, Yuki, Agnieszka, Bongani, Clementine, Diego, Efua, Florian, Grazia, Henrik, Ikaika, Jana,
Kalani, Lorenzo, Mirela, Nuno, Oksana, Pedro, Rhiannon, Sven, Tamsin, Ulla, Vusi, Wren, Ximena, Yiannis,
Zofia, Adaeze, Bjorn, Cosima, Dario, Elif, Fergus, Giulia, Hamza, Idris, Johanna, Kenji, Lowri, Mehmet,
Nilufar, Otto, Petra, Rashid, Signe, Tobias, Una, Vasco, Wilma, Yosef, Zuzana, Alejandro, Birgit, Cyrus,
Dorota, Eero, Filipa, Goran, Hedda, Ayesha, Bilal, Camille, Dominika, Eszter, Faisal, Gabriela, Hugo,
Ingrid, Jasper, Kamala, Leon, Maryam, Nathaniel, Ottilie, Pavel, Ruth, Stellan, Thandiwe, Umar, Vivienne,
Walter, Yolanda, Zaid, Abena, Björk-Anna, Cristina, Daniyar, Elodie, Fredrik, Gaia, Hassan, Ivo, Jelena,
Kiri, Lucía, Milo, Nkechi, Olivier, Pilar, Quinn, Renata, Seamus, Tereza, Ulf, Vanya, Wairimu, Yaw, Zarina,
Alistair, Berit, Cathal, Delphine, Edmund, Femi, Gunnar, Hyun-woo, Isidora, Jiro, Kasia, Lindiwe, Marcus,
Nasrin, Oona, Piotr, Rosalind, Sakura, Tadhg, Uchenna, Vilja, Wolfgang, Yerlan, Zita, Anouk, Bernard,
Agathe, Benedikt, Carys, Demetrios, Eilidh, Fumiko, Guillermo, Halima, Ignacio, Jorunn, Kaito, Ljiljana,
Mads, Nomvula, Ottavio, Pernille, Radek, Sunniva, Tendai, Ugne, Vesna, Wanda, Yevgenia, Zacharias, Aurelio,
Bronagh, Conor, Dagmar, Elisabetta, Finnian, Gisela, Hannes, Inka, Jozef, Kirsi, Lamin, Marisol, Nanami,
Oisín, Paulina, Rui, Svetlana, Thabo, Ulrike, Vincenzo, Wambui, Yasuko, Zdenka, Ahmad, Bettina, Cheng,
Dilnoza, Eun-ji, Fenna, Grigor, Hye-jin, Ioana, Jadwiga, Kemal, Liang, Mónica, Nestor, Ondine, Pranav,
Rosaria, Sebastián, Tuulikki, Valtteri, Wyn, Xin, Yaroslav, Zarah, Arvid, Chidi, Dagny, Emre, Fiona,
Gulnara, Hector, Itzel, Jonah, Katja, Leandro, Morag, Nicolás, Oluwaseun, Perpetua, Reza, Solveig, Thiago,
Unni, Vilhelm, Winifred, Yohannes, Zélie, Alma, Bo, Ciarán, Davina
"""

LAST = """
Okafor, Lindqvist, Moreau, Haddad, Tanaka, Fernandes, Kowalski, Nakamura, Osei, Petrov, Rossi, Schmidt,
Varga, Whitfield, Achterberg, Bianchi, Castellano, Demir, Eriksen, Fitzgerald, Gallagher, Hoffmann, Iyer,
Jansen, Kaur, Laine, Mbeki, Novak, O'Brien, Pereira, Quinlan, Reyes, Sato, Tran, Ulloa, Vasquez, Weber,
Yilmaz, Zielinski, Abernathy, Bergström, Cardoso, Dubois, Ekström, Farouk, Grønlund, Horvath, Ivanova,
Jaramillo, Kimura, Lombardi, Mensah, Nieminen, Oyelaran, Pacheco, Rasmussen, Sandoval, Takahashi, Urquhart,
Van Dijk, Wójcik, Yamamoto, Zamora, Adeyemi, Brennan, Chaudhry, Delacroix, Esposito, Fonseca, Gutierrez,
Halvorsen, Ibarra, Jovanović, Karimi, Lachance, Mancini, Nordin, Olsen, Papadopoulos, Quintero, Rahman,
Sørensen, Torres, Umarov, Villanueva, Wainwright, Xu, Yeboah, Zapata, Albrecht, Barros, Cunningham,
Drummond, Engel, Ferreira, Greenhalgh, Holloway, Ishikawa, Jablonski, Kelleher, Lundgren, Marchetti, Ndlovu,
Oduya, Pellegrini, Ramsay, Sinclair, Thorne, Unwin, Vidal, Wilkinson, Yoshida, Zeller, Ambrose, Blackwood,
Coelho, Dunmore, Eastwood, Fairbairn, Gilchrist, Hartley, Ingram, Jessop, Kirkland, Lockhart, Macintyre,
Northcott, Ogilvie, Pemberton, Rutherford, Tennant, Underhill, Vickers, Waddington, Youngblood, Abara,
Bakshi, Cavanagh, Dimitriou, Ellingsen, Fagerlund, Gashi, Hakimi, Ilunga, Jaworski, Kamau, Lewandowski,
Maalouf, Nyström, O'Sullivan, Popescu, Quigley, Rosenthal, Szabo, Tkachenko, Uddin, Valdés, Wieczorek,
Yamada, Zografos, Ahlberg, Bose, Carrasco, Daoud, Estrada, Fujita, Gonzaga, Hashemi, Iqbal, Johansson,
Kovacs, Lindgren, Mwangi, Nakagawa, Obi, Pires, Ruiz, Saarinen, Tshabalala, Uysal, Vo, Wu, Yeo, Zhou,
Andersson, Bauer, Chowdhury, Doyle, Eze, Fischer, Gomez, Hansen, Inoue, Jung, Kiplagat, Larsen, Molina,
Nilsson, Ortega, Park, Ramos, Silva, Thompson, Ueda, Vargas, Walsh, Yusuf, Ziegler, Asante, Brandt, Correia,
Duarte, Eberhardt, Flores, Gill, Hughes, Ito, Juarez, Keane, Lopes, Murphy, Nunes, Owusu, Pham, Ross,
Santos, Tan, Ueno, Vieira, Ward, Young, Zimmermann, Arslan, Bennett, Castro, Abiodun, Berglund, Ciobanu,
Dragomir, Eklund, Farrugia, Gerber, Hollis, Ilic, Jakobsen, Kaminski, Lacroix, Moretti, Nguyen, Oakes,
Prentice, Radu, Strand, Tolentino, Ulrich, Vukovic, Westergaard, Yildiz, Zubiri, Aitken, Bhatt, Coyle, Dahl,
Edwards, Frost, Garside, Hegarty, Imai, Jenkins, Kotze, Lyle, McBride, Nakashima, Okonkwo, Purcell, Rhys,
Salo, Tahir, Usher, Vance, Whelan, Yardley, Zorn, Amundsen, Bravo, Costa, Dufresne, Ekwueme, Fabre, Gordon,
Heikkinen, Isaksen, Jurado, Kruger, Lemaire, Mehta, Nordqvist, Orlov, Pajari, Rinaldi, Szymański, Teixeira,
Ustinov, Valente, Wallin
"""

CITY = """
Bristol, Leeds, Norwich, Exeter, Aberdeen, Galway, Cork, Lyon, Bordeaux, Nantes, Ghent, Utrecht, Leipzig,
Freiburg, Graz, Bologna, Turin, Porto, Seville, Valencia, Gothenburg, Bergen, Tampere, Aarhus, Tartu,
Ljubljana, Brno, Kraków, Wrocław, Cluj, Plovdiv, Thessaloniki, Izmir, Tbilisi, Portland, Asheville, Boulder,
Madison, Burlington, Santa Fe, Tucson, Savannah, Halifax, Winnipeg, Hobart, Dunedin, Wellington, Adelaide,
Perth, Cairns, Kyoto, Sapporo, Busan, Taipei, Chiang Mai, Penang, Hoi An, Luang Prabang, Pokhara, Pune,
Mysore, Kochi, Colombo, Kandy, Muscat, Marrakesh, Essaouira, Arusha, Kampala, Kigali, Accra, Dakar,
Windhoek, Stellenbosch, Medellín, Arequipa, Valparaíso, Montevideo, Córdoba, Florianópolis, Recife, Mérida,
Puebla, Quito, Cuenca, Sucre, Rotterdam, Antwerp, Bilbao, Málaga, Granada, Palermo, Naples, Split,
Dubrovnik, Sarajevo, Tirana, Skopje, Riga, Vilnius, Tallinn, Turku, Uppsala, Malmö, Odense, Hamburg, Bremen,
Dresden, Salzburg, Innsbruck, Basel, Lausanne, Geneva, Strasbourg, Lille, Rennes, Toulouse, Montpellier,
Marseille, Nice, Genoa, Verona, Padua, Trieste, Bath, York, Durham, Inverness, Cardiff, Swansea, Belfast,
Limerick, Kilkenny, Brighton, Cambridge, Oxford, Sheffield, Glasgow, Dundee, Plymouth, Canterbury, Lincoln,
Chester, Shrewsbury, Hereford, Totnes, Hebden Bridge, Whitby, Keswick, Kendal, Aviemore, Oban, Stornoway,
Kirkwall, Lerwick, Tenby, Aberystwyth, Bangor, Dingle, Westport, Sligo, Kinsale, Bruges, Leuven, Maastricht,
Groningen, Delft, Haarlem, Münster, Heidelberg, Tübingen, Bamberg, Regensburg, Lucerne, Bern, Annecy,
Avignon, Arles, Nîmes, Perpignan, Girona, Tarragona, Zaragoza, Salamanca, Santiago de Compostela, Coimbra,
Braga, Évora, Faro, Lucca, Siena, Perugia, Ravenna, Modena, Parma, Lecce, Matera, Bari, Catania, Syracuse,
Zadar, Piran, Kotor, Ohrid, Veliko Tarnovo, Sibiu, Brașov, Timișoara, Pécs, Eger, Olomouc, Český Krumlov,
Gdańsk, Toruń, Poznań, Lublin, Kaunas, Pärnu, Oulu, Rovaniemi, Tromsø, Ålesund, Stavanger, Trondheim,
Aalborg, Visby, Lund, Halifax, Saskatoon, Kelowna, Asbury Park, Ithaca, Missoula, Bozeman, Taos, Flagstaff,
Eugene, Bellingham, Duluth, Marquette, Ann Arbor, Bloomington, Chattanooga, Charleston, Beaufort, Key West,
Nelson, Napier, Rotorua, Launceston, Fremantle, Byron Bay, Ballarat, Nagano, Kanazawa, Takayama, Matsumoto,
Nara, Gyeongju, Jeonju, Tainan, Hualien, Ipoh, Malacca, Hue, Da Lat, Battambang, Kampot, Shillong, Udaipur,
Jodhpur, Hampi, Pondicherry, Madurai, Galle, Ella, Nizwa, Sur, Fez, Chefchaouen, Tangier, Agadir, Jinja,
Mbale, Moshi, Lamu, Mombasa, Kumasi, Saint-Louis, Swakopmund, Franschhoek, Hermanus, Knysna, Oaxaca City,
Antigua Guatemala, San Cristóbal, Valladolid, Popayán, Salento, Cajamarca, Huaraz, Trujillo, Salta, Mendoza,
Bariloche, Colonia, Paraty, Ouro Preto
"""

# Invented brand and product names: syllables put together.
BRAND_HEAD = """
Ver, Sol, Mos, Lun, Ar, Bel, Cal, Dor, El, Fen, Gal, Hal, Il, Jun, Kel, Lor, Mar, Nor, Or, Pel, Quill, Ros,
Sel, Tal, Ul, Val, Wyn, Yel, Zan, Bram, Cor, Dun, Ev, Fal, Glen, Heth, Ith, Kest, Lin, Mel, Nev, Ost, Pim,
Rav, Sten, Tor, Wil, Ash, Birch, Clo, Drift, Fern, Hazel, Larch, Oak, Reed, Thorn, Brin, Cass, Del, Em,
Fray, Gwin, Har, Ives, Jess, Kin, Lark, Marl, Nith, Orr, Pell, Quen, Rill, Sor, Tam, Ush, Vane, Wend, Yarr,
Zel, Aber, Bryn, Cael, Dray, Elm, Fenn, Gorse, Holt, Iver, Knoll, Loam
"""
BRAND_MID = "a, e, i, o, an, en, in, ar, er, or, el, il, al, ol, am, em, ow, ay"
BRAND_TAIL = """
dale, brook, field, wood, ford, mere, wick, stead, holm, by, ton, ley, more, stone, well, vale, haven, moor,
crest, light, root, leaf, grove, hearth, bloom, fold, lane, gate, path, ridge, spring, thorn, va, lia, ra,
na, ta, ria, lis, vos, dra, nia, ello, ino, ova, ika, ura, ette, ane, ora, ine, ix, um, wyn, beck, combe,
garth, howe, tor, scar, thwaite, shaw, hurst, den, cote, worth, side, end, bourne
"""
LINE = """
Evening, Morning, Daybreak, Nightfall, Hearth, Harbour, Meadow, Orchard, Field, Forest, Coast, Summit,
Garden, Kitchen, Pantry, Ritual, Everyday, Weekend, Slow, Quiet, Bright, Golden, Green, Amber, Wild,
Heritage, Founders, Harvest, Season, Studio, Classic, Simple, Root & Branch, Stillwater, Lantern, Compass,
Almanac, Fireside, Lowland, Highland, Riverbank, Tidewater, Copperpot, Windrow, Fieldnotes
"""
FORMAT = """
capsules, powder, tea, tincture, latte blend, loose-leaf tea, tea bags, drink mix, gummies, tablets,
extract, drops, syrup, honey, granola, cocoa, broth, chews, sachets, softgels, oil
"""

LIVESTOCK = "goats, sheep, chickens, ducks, geese, cows, pigs, bees, donkeys, rabbits, guinea fowl, turkeys, alpacas"

WILDFLOWER = """
bluebells, cowslips, primroses, wood anemones, lesser celandines, red campion, ragged robin, meadow
cranesbill, knapweed, field scabious, harebells, bird's-foot trefoil, yellow rattle, lady's bedstraw, ox-eye
daisies, corn marigolds, field poppies, viper's bugloss, teasels, rosebay willowherb, purple loosestrife,
marsh marigolds, water forget-me-nots, germander speedwell, herb robert, wood sorrel, dog violets,
cuckooflowers, bugle, thrift, sea campion, sea holly, bell heather, bog asphodel, cotton grass, bee orchids,
common spotted orchids, snake's head fritillaries, pasque flowers, wild thyme, rock roses, kidney vetch,
tufted vetch, meadow vetchling, toadflax, ground ivy, greater stitchwort, cow parsley, hogweed, sweet
cicely, lady's mantle, globeflowers, wood cranesbill, bistort, devil's-bit scabious, betony, agrimony, musk
mallow, common mallow, chicory, wild carrot, water mint, gipsywort, hemp agrimony, fleabane, ragwort,
tormentil, heath spotted orchids, sundews, butterworts, grass of Parnassus, wood avens, water avens
"""

INSECT = """
lacewings, shield bugs, solitary bees, leafcutter bees, mason bees, wasps, hornets, crickets, grasshoppers,
damselflies, mayflies, caddisflies, pond skaters, whirligig beetles, stag beetles, ground beetles, rove
beetles, click beetles, soldier beetles, glow-worms, fireflies, cicadas, mantises, woodlice, millipedes,
centipedes, spiders, harvestmen, snails, slugs, aphids, thrips, cabbage whites, peacock butterflies, red
admirals, painted ladies, comma butterflies, brimstones, orange-tips, small coppers, common blues, holly
blues, meadow browns, ringlets, gatekeepers, speckled woods, hawk-moths, tiger moths, ermine moths,
hummingbird hawk-moths, swallowtails
"""

SEAFOOD = """
mackerel, sardines, anchovies, herring, cod, haddock, pollock, hake, plaice, lemon sole, turbot, sea bass,
bream, grey mullet, trout, salmon, char, pike, perch, carp, eels, brown crab, spider crab, lobsters,
langoustines, prawns, brown shrimp, mussels, clams, cockles, oysters, scallops, whelks, squid, octopus,
cuttlefish, sea urchins, tuna, swordfish, snapper, grouper, tilapia, catfish
"""

ROCK = """
granite, basalt, limestone, sandstone, slate, shale, chalk, flint, marble, quartzite, schist, gneiss,
gabbro, pumice, volcanic tuff, red clay, sandy loam, silt, peat, laterite, ironstone, mudstone, dolomite,
serpentine rock, river gravel, glacial till, alluvium, black volcanic soil, terra rossa
"""

MUSIC = """
fiddle, accordion, harmonium, tabla, sitar, oud, bouzouki, mandolin, banjo, ukulele, guitar, double bass,
cello, violin, flute, tin whistle, bagpipes, harp, upright piano, brass band, choir, steel band, gamelan,
drum kit, djembe, kora, marimba, harmonica, saxophone, trumpet, trombone, clarinet, oboe, cornet, tuba,
concertina, hurdy-gurdy, bodhrán, charango, pan pipes, balalaika, santoor
"""

SONG = """
folk songs, sea shanties, hymns, jazz standards, ballads, work songs, lullabies, reels, jigs, waltzes,
polkas, marching tunes, protest songs, love songs, carols, harvest songs, skipping rhymes, football chants,
pop hits from the eighties, old film tunes
"""

OFFICE = """
laptop, printer, label printer, barcode scanner, till, card reader, webcam, headset, router, stapler, hole
punch, filing cabinet, whiteboard, highlighter, fountain pen, clipboard, microwave, coffee machine, water
cooler, pinboard, franking machine, parcel scale, shredder, desk lamp, swivel chair, standing desk, monitor,
keyboard, mouse mat, extension lead, phone charger, tape gun, box cutter, rubber stamp, ink pad, date stamp,
label maker, filing tray, desk fan, radiator, kettle, biscuit tin, wall calendar, noticeboard, key cabinet,
first-aid kit, fire blanket
"""

QUALITY_NOUN = """
aroma, colour, texture, grind, moisture, freshness, sweetness, bitterness, sharpness, smoothness, body,
finish, strength, depth, brightness, clarity, consistency, crunch, chew, bite, density, weight, size, shape,
shine, warmth, character, balance, acidity, saltiness, heat, spice, fragrance, scent
"""

SKILL = """
grafting, pruning, seed saving, hedge laying, dry-stone walling, thatching, weaving, basketry, cheesemaking,
baking, fermenting, pickling, smoking fish, drying fruit, milling, bookkeeping, beekeeping, composting,
rainwater harvesting, terracing, irrigation, soil testing, tree planting, coppicing, charcoal burning,
natural dyeing, spinning, knitting, joinery, wheelwrighting, blacksmithing
"""

ARCH = """
beams, rafters, lintels, gables, dormer windows, sash windows, shutters, flagstones, floorboards, skirting
boards, cornices, archways, alcoves, niches, balconies, verandas, porches, porticoes, courtyards, cloisters,
stairwells, landings, cellars, attics, lofts, chimney breasts, inglenooks, hearths, mantelpieces, bay
windows, skylights, transoms, fanlights, door knockers, boot scrapers, weather vanes, downpipes, gutters,
eaves, barge boards, pantiles, slate roofs, thatch, render, lime plaster, timber cladding, wattle and daub,
adobe walls, rammed-earth walls, terracotta tiles
"""

FABRIC = """
linen, cotton, calico, muslin, cheesecloth, hessian, canvas, denim, corduroy, tweed, flannel, felt, wool,
merino, alpaca wool, mohair, cashmere, silk, chiffon, organza, velvet, chenille, gingham, seersucker,
chambray, poplin, jersey, fleece fabric, oilcloth, waxed cotton, ticking, damask, brocade, batik, ikat,
kente cloth, madras, paisley, tartan, houndstooth, herringbone, broderie anglaise
"""

SOUND = """
clatter, hum, rattle, creak, clink, rustle, crackle, hiss, whistle, murmur, chatter, bustle, buzz, drone,
thud, patter, drip, gurgle, splash, rumble, chime, toll, clang, jangle, tinkle, whirr, purr, birdsong,
church bells, distant traffic, a radio playing, a kettle coming to the boil, rain on the roof
"""

SMELL = """
woodsmoke, fresh bread, cut grass, wet earth, sea air, diesel, coffee, toasted spices, hot dust, drying hay,
pine resin, ripe fruit, roasting nuts, frying onions, warm tar, lime blossom, jasmine, orange peel, old
books, beeswax polish, damp stone, compost, petrichor, seaweed, fresh paint
"""

SPORT = """
football, cricket, rugby, tennis, badminton, squash, table tennis, netball, basketball, volleyball, hockey,
hurling, Gaelic football, rowing, sailing, windsurfing, surfing, swimming, athletics, cycling, fell running,
orienteering, climbing, bouldering, skiing, snowboarding, skating, curling, golf, bowls, darts, snooker,
petanque, archery, fencing, judo, karate, boxing, wrestling, gymnastics
"""

STREET = """
Mill Lane, Station Road, Church Street, Market Street, Harbour Road, Quay Street, High Street, Bridge
Street, Chapel Lane, Orchard Way, Tannery Lane, Rope Walk, Brewery Yard, Cooper's Row, Dyer Street, Weaver's
Lane, Salt Lane, Fish Street, Hop Garden Road, Malthouse Lane, Kiln Lane, Forge Road, Castle Hill, Abbey
Road, Priory Walk, Canal Side, Wharf Road, Ferry Lane, Union Street, Victoria Road
"""

UNIT = """
kilo, litre, tonne, hectare, acre, metre, kilometre, mile, gram, sack, crate, pallet, jar, tin, box, carton,
drum, barrel, bale, bundle, basket, tray, batch, lot, shift, season, harvest, week, month
"""

COOKV2 = """
baste, brine, coddle, devil, dredge, emulsify, flambé, glaze, julienne, macerate, parboil, purée, render,
scald, score, shred, smoke, temper, truss, zest, ladle, spoon, pipe, crimp, dot, drizzle, dollop, crack,
separate, cream, rub in, blitz, bash, bruise, muddle, steep, decant
"""

GARDENV2 = """
hoe between, sow direct, earth up, pinch out, tie in, cut back, deadhead, thin out, harden off, prick out,
pot on, plant out, net, mulch around, water in, feed, stake, shear, coppice, pollard, layer, sow in modules,
sow in drills, broadcast, rake over, scarify, aerate, top-dress, edge
"""

CROP = """
wheat, barley, oats, rye, maize, sorghum, millet, rice, cassava, yams, sweet potatoes, groundnuts, soybeans,
lentils, chickpeas, pigeon peas, cowpeas, mung beans, sesame, sunflowers, rapeseed, linseed, cotton, sugar
cane, sugar beet, tobacco, coffee, cocoa, cardamom, black pepper vines, vanilla orchids, bananas, plantains,
mangoes, papayas, avocados, citrus, apples, pears, plums, apricots, peaches, cherries, grapes, olives,
almonds, walnuts, hazelnuts, cashews, macadamias, pecans, coconuts, dates, pomegranates, figs, quinces,
persimmons, kiwis, potatoes, onions, cabbages, carrots, tomatoes, chillies, aubergines, okra, pumpkins,
melons, watermelons
"""

FARMTASK = """
ploughing, harrowing, sowing, transplanting, weeding, hoeing, thinning, irrigating, mulching, pruning,
grafting, harvesting, threshing, winnowing, drying, sorting, grading, bagging, weighing, hauling, milking,
shearing, lambing, calving, hedging, ditching, fencing, walling, mending nets, mending fences, mending
roofs, clearing drains, spreading manure, turning compost
"""

EXERCISE = """
squats, lunges, press-ups, planks, side planks, burpees, star jumps, mountain climbers, step-ups, calf
raises, glute bridges, bird dogs, dead bugs, wall sits, bear crawls, crab walks, hip circles, shoulder
rolls, arm circles, cat-cow stretches, child's pose, downward dog, sun salutations, warrior poses, hamstring
stretches, quad stretches, hip flexor stretches, pull-ups, chin-ups, rows, deadlifts, kettlebell swings,
goblet squats, farmer's carries, skipping, shadow boxing, hill sprints, strides
"""

SKININGREDIENT = """
shea butter, cocoa butter, mango butter, jojoba oil, rosehip oil, sweet almond oil, apricot kernel oil,
sunflower oil, squalane, glycerin, colloidal oatmeal, kaolin clay, bentonite clay, rhassoul clay, zinc
oxide, beeswax, candelilla wax, vitamin E, oat extract, cucumber extract, cornflower water, orange flower
water, rose water, sea salt, sugar crystals, coffee grounds, honey, lanolin, castile soap
"""

ERA = """
the Roman period, the Song dynasty, the Ming dynasty, the Qing dynasty, the Mughal period, the Edo period,
the Meiji era, the Ottoman period, the Hanseatic period, the Georgian era, the Victorian era, the Edwardian
era, the interwar years, the post-war years, the Tudor period, the Stuart period, the Renaissance, the
Enlightenment, the early modern period, the late Middle Ages, the colonial period
"""

FRUITVARIETY = """
Bramley apples, Cox apples, Russet apples, Braeburn apples, Conference pears, Comice pears, Williams pears,
Victoria plums, greengages, Morello cherries, Alphonso mangoes, Kesar mangoes, Medjool dates, Deglet Nour
dates, Meyer lemons, Amalfi lemons, Seville oranges, blood oranges, clementines, satsumas, Nashi pears, Fuyu
persimmons, Hass avocados, Cavendish bananas, Pink Lady apples, Gala apples, Rainier cherries, Concord
grapes, Muscat grapes, Thompson raisins, Black Mission figs, Brown Turkey figs
"""

DRINK = """
flat white, cortado, macchiato, americano, mocha, cold brew, filter coffee, barley water, lemon barley
water, kombucha, water kefir, horchata, agua fresca, lassi, ayran, hot chocolate, chocolate milk, apple
juice, pear juice, elderflower pressé, tonic water, soda water, lemonade, limeade, orange squash, jasmine
tea, Earl Grey, breakfast tea, lapsang souchong, chai, spiced apple juice
"""

EMOTION = """
delight, relief, pride, surprise, amusement, curiosity, nostalgia, contentment, gratitude, excitement,
impatience, frustration, bewilderment, embarrassment, glee, wonder, awe, calm, satisfaction, doubt, hope,
determination, affection, admiration, disbelief, mild panic, quiet triumph, wry amusement
"""

TRAVELV2 = """
amble along, barter at, browse, bump into, catch the bus to, chat with, detour through, doze on, duck into,
gaze at, haggle at, hop off at, idle at, jostle through, meander through, nip into, pause at, peer into,
potter around, ramble along, rest at, roam around, saunter past, scramble up, shelter under, snack at,
squeeze into, trudge up, tour, trek to, wade across, wait out the rain at
"""

VILLAGE_HEAD = """
Ka, Lo, Ma, Na, Pa, Sa, Ta, Ba, Da, Ga, Ha, Ja, Ko, Mo, No, Po, So, To, Ki, Mi, Ni, Pi, Ri, Ti, Ku, Mu, Nu,
Pu, Ru, Tu, Bel, Dor, Kal, Mar, Nal, Pol, Sar, Tal, Val, Zar, Ash, Ben, Cor, Fen, Gar, Hol, Ler
"""
VILLAGE_MID = "la, ra, na, ta, ma, ka, li, ri, ni, ti, lo, ro, no, to, lu, ru, nu, an, en, in, ar, er, al"
VILLAGE_TAIL = """
pur, gaon, wadi, kot, dong, son, mura, yama, pampa, bamba, cocha, marca, huasi, tepec, lan, vik, by, dal,
berg, heim, ville, ac, ano, ena, ola, ita, ayo, ungu, anga, ela, oni, asi, eti, oko, ubu, akka
"""
PRODUCT_FORMAT = ("Blend, Powder, Tea, Tincture, Latte Mix, Drink Mix, Extract, Syrup, Cocoa, Broth, Oil, Tonic,"
                  " Infusion")

TEXTURE = """
flaky, crumbly, chewy, gooey, fudgy, springy, crisp-edged, tender, silky, velvety, creamy, fluffy, light,
dense, moist, sticky, crunchy, crackly, brittle, squidgy, jammy, glossy, custardy, cakey, biscuity, doughy,
pillowy, airy, nubbly, grainy, gritty, lumpy, smooth, thick, runny, set, wobbly, caramelised, charred,
blistered, golden-edged, puffed, sunken, risen, cracked-topped, sugar-crusted
"""

ROOM = """
kitchen, larder, pantry, scullery, utility room, conservatory, porch, hallway, landing, box room, spare
room, attic, cellar, garage, garden room, sunroom, study, snug, dining room, back kitchen, boot room,
potting room, workshop, summer house, bothy kitchen
"""

HOLIDAY = """
Diwali, Eid, Christmas, Lunar New Year, Nowruz, Hanukkah, Easter, Midsummer, Thanksgiving, Carnival, Holi,
Obon, Chuseok, the Day of the Dead, Bonfire Night, Hogmanay, Songkran, Onam, Pongal, Vesak, Harvest Home,
Candlemas, Michaelmas, Whitsun, Lammas, the summer solstice, the winter solstice, Ramadan, Passover, Rosh
Hashanah, Midsummer's Eve, Saint Lucia's Day, Burns Night, May Day
"""

INFRA = """
level crossing, roundabout, hairpin bend, toll road, ring road, bypass, flyover, underpass, footbridge,
suspension bridge, swing bridge, causeway, jetty, slipway, lock gates, tunnel, cattle grid, lay-by, passing
place, bus lane, cycle path, towpath, canal lock, railway cutting, embankment, signal box
"""

MEDIA = """
column, feature, interview, profile, review, newsletter, podcast episode, radio segment, photo essay, short
film, documentary, magazine piece, trade journal, local paper, blog post, recipe column, letters page,
weekend supplement, travel section, food section, gardening column, community bulletin
"""

CLOUD = """
cumulus, stratus, cirrus, low cloud, high cloud, sea mist, valley fog, mackerel sky, thunderheads, drizzle
clouds, broken cloud, clear skies, hazy sunshine, bright spells, scattered showers
"""

DISCIPLINE = """
botany, chemistry, agronomy, ecology, anthropology, ethnobotany, food science, microbiology, soil science,
geography, economics, history, linguistics, archaeology, mycology, horticulture, forestry, statistics,
nutrition science, sensory science, packaging design, logistics
"""

CHAT = """
the weather, football, house prices, the new bypass, the school run, holiday plans, the allotment waiting
list, the bus timetable, the price of butter, a neighbour's new puppy, the village fete, the cricket scores,
bin collection day, the leaky roof, the best route to the coast, last night's quiz, the state of the
pavements, whose turn it is to buy milk, the office plants, the new café on the corner, the radio phone-in,
the parking situation, the summer rota, the broken printer, the annual bake-off, the Christmas party, the
staff photo, a long-running argument about biscuits
"""

ROLE2 = """
ceramicist, weaver, textile designer, seed saver, orchard keeper, hedge layer, stonemason, thatcher,
boatbuilder, fisherman, fishmonger, cheesemonger, oyster farmer, mushroom grower, market gardener,
smallholder, shepherd, goatherd, dairy farmer, hill farmer, arable farmer, land agent, ecologist, ranger,
countryside warden, lock keeper, harbourmaster, station master, bus driver, taxi driver, courier,
postmaster, shopkeeper, café manager, cook, kitchen porter, sous chef, food stylist, food photographer,
cookery teacher, school librarian, primary teacher, music teacher, choir leader, church warden, bell-ringer,
village historian
"""

# Adjectives for jars, tins and bottles.
CADJ = """
narrow-necked, wide-mouthed, screw-top, flip-top, lidded, resealable, refillable, airtight, amber, clear,
frosted, ribbed, squat, tall, stackable, labelled, recycled, reusable, compostable, lightweight, sturdy
"""

MACHINE = """
tractor, irrigation pump, seed drill, rotavator, trailer, quad bike, pickup truck, generator, grinding mill,
solar dryer, cleaning line, moisture meter, weighing scale, two-wheel tractor, water pump, chaff cutter,
threshing machine, winnowing fan, chainsaw, brush cutter, hammer mill, sack sewer, forklift, seed cleaner
"""

# Verbs for samples and sacks, for documents, and for doing up a room.
SAMPLEV = """
weigh, sieve, photograph, log, label, taste, smell, grade, check, record, seal, split, bag, scan, measure,
inspect, compare, rank, number, date, sample, sort, tip out, spread out, look over
"""
DOCV = """
draft, edit, proofread, redesign, translate, print, photocopy, laminate, file, archive, circulate, present,
discuss, revise, simplify, shorten, reformat, illustrate, caption, upload, publish, review, approve, sign,
update, check, renumber, index, catalogue, digitise, back up, scan, stamp, post, email, read through, tidy
up, colour-code, annotate, summarise, double-check
"""
HOUSEV = """
clean, sweep, paint, varnish, sand, scrub, tile, plaster, rewire, replumb, insulate, shelve, strip,
whitewash, polish, repoint, reglaze, lay, fit, hang, mend, patch, clear, fill, prime, seal
"""

# Verbs, inflected by _inflect.
COOKV = """
stir, whisk, fold, simmer, blend, pour, sprinkle, drizzle, toast, roast, bake, steam, poach, chop, slice,
dice, grate, mash, knead, roll, spread, scatter, season, warm, chill, strain, sieve, steep, brew, froth,
layer, toss, marinate, glaze, measure, weigh, soak, rinse, drain, trim, peel, crumble, grind, pulse, swirl,
garnish, portion, cover, grease, dust, sift, blanch, char, sear, braise, caramelise, infuse, whip, churn,
thaw, reheat, sauté, griddle, stuff, skewer
"""
GARDENV = """
sow, plant, water, mulch, prune, weed, hoe, rake, dig, feed, stake, deadhead, harvest, thin, transplant,
divide, net, shade, compost, edge, clip, train, propagate, graft, lift, dry, label, pot, repot, tie, chit,
earth up, cover, fleece, trim
"""
TRAVELV = """
wander through, walk past, stop at, drive past, cycle to, sit in, explore, visit, photograph, sketch, queue
outside, shelter in, linger in, stumble on, hunt for, look around, climb up to, stroll along, pop into, wait
at, eat at, pass through, return to, head for
"""

# Inflection: irregular past forms, and verbs that double their last consonant ("stir", "stirred").
_IRREGULAR = {
    "grow": "grew", "make": "made", "take": "took", "bring": "brought", "buy": "bought", "find": "found",
    "keep": "kept", "leave": "left", "send": "sent", "spend": "spent", "build": "built", "hold": "held",
    "ride": "rode", "drive": "drove", "write": "wrote", "sell": "sold", "tell": "told", "feel": "felt",
    "meet": "met", "sit": "sat", "stand": "stood", "run": "ran", "eat": "ate", "grind": "ground", "put": "put",
    "set": "set", "spread": "spread", "pay": "paid", "dig": "dug", "hang": "hung", "sweep": "swept",
    "wake": "woke", "catch": "caught", "think": "thought", "lead": "led", "read": "read", "go": "went",
    "come": "came", "see": "saw", "split": "split", "lay": "laid", "feed": "fed", "cut": "cut",
    "proofread": "proofread", "broadcast": "broadcast",
}
_DOUBLE = {
    "bag", "strip", "fit", "split", "clip", "chit", "pop", "trek", "hop", "chat", "nip", "rub", "shred", "dot",
    "label", "devil", "reformat", "whip", "cut", "stir", "chop", "trim", "pat", "dip", "snip", "slip", "ship",
    "plan", "drop", "skim", "tip", "wrap", "scrub", "jog", "nap", "sip", "pin", "pot", "repot", "stop", "tag",
    "tap", "top", "net", "log", "dig", "plot", "map", "mop", "prop", "blot", "spot", "thin", "scan", "char", "sit",
    "set", "put", "run",
}

NUMBER_WORDS = ["two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "twelve", "fifteen",
                "twenty"]

# ---------------------------------------------------------------------------------------
# What the articles are about. Parts, native places and Latin names are correct (they
# agree with claimcheck's knowledge base); the wrong ones used by the flagged templates
# are listed beside them.
# ---------------------------------------------------------------------------------------

# name, kind, part used (as written), native places, hedgeable uses, Latin name,
# wrong parts, wrong native regions
SUBSTANCES = [
    ("ashwagandha", "plant", "root", ["India", "Rajasthan", "Madhya Pradesh", "South Asia"],
     ["everyday stress", "sleep quality", "exercise recovery"], "Withania somnifera",
     ["bark", "berries"], ["the Amazon", "the Andes", "North America"]),
    ("turmeric", "plant", "rhizome", ["India", "Kerala", "Tamil Nadu", "Sri Lanka"],
     ["joint comfort", "digestion"], "Curcuma longa", ["leaves", "flowers"], ["the Andes", "Scandinavia"]),
    ("maca", "plant", "root", ["Peru", "the Andes", "the Junín plateau"], ["energy", "stamina", "mood"],
     "Lepidium meyenii", ["leaves", "seeds"], ["India", "the Himalayas", "Africa"]),
    ("reishi", "fungus", "fruiting body", ["Japan", "China", "East Asia"], ["sleep", "relaxation"],
     "Ganoderma lucidum", [], []),
    ("lion's mane", "fungus", "fruiting body", ["Japan", "North America", "Europe"],
     ["focus", "memory", "mental clarity"], "Hericium erinaceus", [], []),
    ("chaga", "fungus", "conk", ["Finland", "Siberia", "the boreal forest"], ["immune health"],
     "Inonotus obliquus", [], []),
    ("cordyceps", "fungus", "fruiting body", ["the Tibetan Plateau", "Nepal", "Bhutan"],
     ["stamina", "exercise performance"], "Cordyceps militaris", [], []),
    ("valerian", "plant", "root", ["Germany", "the Balkans", "Europe"], ["sleep", "restlessness"],
     "Valeriana officinalis", ["leaves", "flowers"], ["South America", "the Amazon"]),
    ("ginseng", "plant", "root", ["Korea", "China", "Manchuria"], ["energy", "mental fatigue"],
     "Panax ginseng", ["leaves", "berries"], ["Africa", "South America"]),
    ("eleuthero", "plant", "root", ["Siberia", "Korea", "Manchuria"], ["endurance", "mental fatigue"],
     "Eleutherococcus senticosus", ["leaves", "berries"], ["India", "the Mediterranean"]),
    ("echinacea", "plant", "root", ["North America", "the Great Plains", "Ontario"],
     ["seasonal wellness", "immune health"], "Echinacea purpurea", ["bark", "seeds"], ["Europe", "Asia", "Africa"]),
    ("moringa", "plant", "leaves", ["India", "the Himalayan foothills", "Uttarakhand"], ["nutrition", "iron intake"],
     "Moringa oleifera", ["bark", "root"], ["the Andes", "Europe"]),
    ("black seed", "plant", "seeds", ["Syria", "the Mediterranean", "the Middle East"], ["digestion"],
     "Nigella sativa", ["leaves", "root"], ["North America", "the Andes"]),
    ("rhodiola", "plant", "root", ["the Arctic", "Scandinavia", "Siberia"], ["mental fatigue", "stress"],
     "Rhodiola rosea", ["leaves", "flowers"], ["Africa", "the Amazon"]),
    ("elderberry", "plant", "berries", ["Europe", "Austria", "North America"], ["seasonal wellness", "immune health"],
     "Sambucus nigra", ["bark", "root"], ["South America"]),
    ("ginkgo", "plant", "leaves", ["China", "Zhejiang", "East Asia"], ["memory", "circulation"],
     "Ginkgo biloba", ["bark", "root"], ["Europe", "Africa", "North America"]),
    ("milk thistle", "plant", "seeds", ["the Mediterranean", "Greece", "Crete"], ["liver health"],
     "Silybum marianum", ["root", "leaves"], ["the Andes", "Japan"]),
    ("green tea", "plant", "leaves", ["Japan", "China", "Yunnan"], ["alertness", "focus"],
     "Camellia sinensis", ["root", "flowers"], ["South America", "Africa"]),
    ("yerba mate", "plant", "leaves", ["Paraguay", "Argentina", "Brazil"], ["alertness", "energy"],
     "Ilex paraguariensis", ["root", "bark"], ["Asia", "Africa", "Europe"]),
    ("passionflower", "plant", "leaves and flowers", ["North America", "the Appalachian Mountains"],
     ["calm", "sleep"], "Passiflora incarnata", ["root", "bark"], ["Africa", "Asia"]),
    ("chamomile", "plant", "flowers", ["Europe", "Egypt", "the Mediterranean"], ["relaxation", "sleep", "digestion"],
     "Matricaria chamomilla", ["root", "bark"], ["South America"]),
    ("ginger", "plant", "rhizome", ["India", "Kerala", "Southeast Asia"], ["digestion"],
     "Zingiber officinale", ["leaves", "flowers"], ["Europe", "South America"]),
    ("saffron", "plant", "flowers", ["Greece", "Iran", "the Mediterranean"], ["mood"],
     "Crocus sativus", ["root", "leaves"], ["South America", "Japan"]),
    ("maitake", "fungus", "fruiting body", ["Japan", "North America"], ["immune health"],
     "Grifola frondosa", [], []),
    ("shiitake", "fungus", "fruiting body", ["Japan", "China"], ["immune health"],
     "Lentinula edodes", [], []),
]
RISKY = [
    ("kratom", "plant", "leaves", ["Thailand", "Indonesia", "Borneo", "Southeast Asia"], ["energy"],
     "Mitragyna speciosa", ["root", "bark"], ["the Amazon", "Africa", "South America"]),
    ("kava", "plant", "root", ["Vanuatu", "Fiji", "the Pacific Islands", "Tonga"], ["relaxation"],
     "Piper methysticum", ["leaves", "flowers"], ["Southeast Asia", "Africa", "South America"]),
    ("St. John's wort", "plant", "flowering tops", ["Europe", "Greece", "the Mediterranean"], ["mood"],
     "Hypericum perforatum", ["root", "bark"], ["South America"]),
]
# Sentences that give each risky substance the safety language claimcheck requires.
RISKY_SAFETY = {
    "kratom": [
        "Kratom can cause dependence and withdrawal, and the FDA has not approved it for any use.",
        "Regular kratom use can lead to dependence, and the FDA has not approved kratom for any medical use.",
        "The FDA has not approved kratom for any use, and people who take it daily can become dependent on it.",
    ],
    "kava": [
        "Kava has been linked to rare but severe liver injury.",
        "Kava has been linked to cases of serious liver damage, so people with liver problems should avoid it.",
        "Several countries restricted kava after reports of liver injury, and that risk is worth taking seriously.",
    ],
    "St. John's wort": [
        "St. John's wort interacts with many medicines, including birth control and antidepressants.",
        "St. John's wort can make many medicines less effective, including birth control pills and blood thinners.",
        "St. John's wort interacts with a long list of drugs, so check with a pharmacist before you take it.",
    ],
}

# ---------------------------------------------------------------------------------------
# Sentence templates. {slot} names a word list above, a number maker (see _NUMBERS) or a
# fact about the article; a capital first letter capitalises, a_ adds "a"/"an", _s makes
# a plural, _ed/_ing/_3 inflect a verb. Each topic: headings, sentences, list items.
# ---------------------------------------------------------------------------------------

TOPICS = {
    "sourcing": (
        ["Where our {sub} comes from", "Meet the growers", "From {place} to your cupboard", "Our sourcing",
         "How {brand} buys {sub}", "A visit to {farm}", "The {season} harvest", "Who grows it",
         "Traceability, lot by lot", "Paying growers fairly", "Notes from {place}", "Why we buy direct",
         "The farm behind the {format}", "A day at {farm}", "What a good harvest looks like"],
        [
            "Most of our {sub} comes from {farm}, {a_padj} farm in {place} that we have visited every {season} since "
            "{recentyear}.",
            "{Farmer} has worked the same {landscape} for {number} decades and still keeps a handwritten ledger of "
            "every harvest.",
            "The {part} {part_is} harvested by hand, dried {adv} in {a_tadj} {farmthing} and milled in {town} before "
            "packing.",
            "We pay the growers about {pct} above the local price, and part of that premium has gone into a new "
            "{farmthing}.",
            "Every lot is traceable to a single field, and the lot number on your {container} tells you which one.",
            "When we first visited {place} in {recentyear}, the {farmthing} was little more than a shed with a tin "
            "roof.",
            "Our buyer, {person}, tasted samples from {small} suppliers before choosing the {flavor} lots for the "
            "{season} batch.",
            "The cooperative in {place} now has {smallcount} members, and many of them also grow {gplant} and "
            "{gplant} for the local market.",
            "It takes about {small} days for a truck to bring the dried {part} from the farm to the port, depending "
            "on the {weather}.",
            "{Farmer} showed us how the {part} {part_is} sorted by size on {a_tadj} {farmthing}, a job that takes "
            "most of the morning.",
            "Good {sub} starts with good soil, and {farm} rotates its fields with {gplant} every few years.",
            "We buy directly wherever we can, which means fewer middlemen and a clearer picture of who did the work.",
            "A spell of {weather} in {month} delayed the harvest by {small} weeks, so this year's lot arrived later "
            "than usual.",
            "Some of the {farmthing_s} on the farm were built with money from a regional grant in {year}.",
            "We publish photos of every farm we buy from, including the {adj} corners that rarely make it into "
            "brochures.",
            "The growers sell the smaller pieces locally, where they end up in {dish} and {dish}.",
            "{Person}, who chairs the cooperative, told us that young people are coming back to the {landscape} "
            "because prices are steadier.",
            "Our contract with {farm} runs for {number} years, so the farm can plan ahead instead of guessing each "
            "season.",
            "Shade trees such as {tree} and {tree} grow between the rows and give the {animal} somewhere to nest.",
            "A {padj} dirt road is the only way in, and after heavy {weather} it can be closed for days.",
            "{Farmer} laughed when we asked about the {tadj} {farmthing}, which has outlived {number} owners.",
            "Harvest season in {place} runs from late summer into the autumn months.",
            "The {weather} this year was kinder than last, and {farmer} expects {a_adj} crop.",
            "Our agreement with the growers is written in plain language and translated into the local dialect.",
            "Two of the families we buy from have started keeping {livestock} and selling the manure to neighbours.",
            "Most households in {place} keep a small patch of {sub} beside the {gplant} and the {gplant}.",
            "The {farmthing} at {farm} doubles as a classroom on {day}s, when {farmer} teaches grafting to teenagers.",
            "Coming down from the {landscape} with full baskets takes about {hours}, with a tea stop halfway.",
            "A {padj} {building} on the edge of the farm now stores the season's seed and the {farmthing}.",
            "We met {farmer}'s neighbour, {person}, who switched from {gplant} to {sub} after a run of poor prices.",
            "The growers have {docv_ed} their own records since {recentyear}, which makes our audits far simpler.",
            "When the {part} arrives in {town}, it is {samplev_ed}, {samplev_ed} and {samplev_ed} before anyone "
            "opens a sack for tasting.",
            "It is a long way from {village} to the port, and the {part} travels by {vehicle}, then by truck, then "
            "by ship, then by train, before it reaches our {biz} in {town} some {number} weeks after harvest.",
            "{Farmer}'s {relative} is a {role2}, and the two of them share a {building} at the edge of {village}.",
            "The harvest usually ends just before {holiday}, and the whole village celebrates with {dish}.",
            "Roads in the area are rough: a {infra}, a {infra} and then an hour of dirt track.",
            "The drying shed has {tadj} {arch} and a floor of {rock}, and it smells of {smell} all summer.",
            "{Farmer} sells about {count} {unit_s} a year to us and the rest to {role_s} in {town}.",
            "Listen at the drying shed and you hear the {sound} of the sorting table and, further off, {sound}.",
            "A {hectares} plot on {rock} needs about {small} people at harvest, most of them {farmer}'s relatives.",
            "We first met {farmer} at {a_event} in {town}, over {dish} and a great deal of {abstract}.",
            "The nearest village, {village}, has a school, a clinic, {a_spot} and a weekly market.",
            "Growers from {village} and {village} bring their {part} to the cooperative's {farmthing} by {vehicle}.",
            "The farm grows {crop}, {crop} and some {crop} for the family alongside the {sub}.",
            "The year runs to a rhythm of {farmtask}, {farmtask} and {farmtask}, with a festival when the harvest is "
            "in.",
            "{Farmer} grew up in {village} and came back after {number} years in {city}.",
            "Our first order from {village} was a single {unit}; this year it was {smallcount}.",
            "The fields sit on {rock}, which drains quickly and warms early in the spring.",
            "{Wildflower} and {wildflower} line the field margins, and {farmer} leaves them uncut until the seed has "
            "set.",
            "Between the rows, {farmer} plants {gplant} to keep the soil covered and the {insect} busy.",
            "The families here still practise {skill} and {skill}, and the older growers teach both at the "
            "{building}.",
            "We {samplev_ed} every sack at the farm gate, then again when it reached {town}.",
            "{A_tadj} {machine} and an old {machine} are the farm's only machinery.",
            "{Farmer}'s {relative} keeps the accounts in {a_tadj} ledger, and the figures go back to {recentyear}.",
            "On the slope above the farm, {animal} nest in the old {building_s}.",
            "Rainfall here averages {rainmm} a year, most of it between {month} and {month}.",
            "The {hectares} farm is split into {small} plots, each with its own harvest date.",
            "Most of the work happens between first light and dusk, and {farmer} stops for {dish} at midday.",
        ],
        ["Farm: {farm}, in {place}", "Grower since {recentyear}: {farmer}", "Harvest: {month} to {month}",
         "Drying: {adv} in {a_tadj} {farmthing}", "Milled in {town}", "Lot size: about {count} kg",
         "Price premium paid: {pct} above local market", "Certified organic since {recentyear}",
         "Shipped by sea from the nearest port", "Photos on our [sourcing page]({url})"],
    ),
    "quality": (
        ["Testing and quality", "What happens in the lab", "How we check every batch",
         "Quality control, step by step", "From field to jar", "Our certificates", "Why we test",
         "What a certificate of analysis tells you"],
        [
            "We test every batch for heavy metals and microbes before it leaves the warehouse.",
            "Samples go to an independent lab in {city}, and results usually come back within {small} working days.",
            "The certificate of analysis for lot {lot} is on the product page, along with the harvest date.",
            "Moisture content has to stay below {lowpct} or the powder can clump inside the {container}.",
            "{Person}, our {role}, checks the colour and aroma of each delivery against a reference sample kept in "
            "{a_tadj} tin.",
            "If a lot fails any test, we send it back to the supplier and explain exactly why.",
            "We turn away roughly one lot in {number}, usually for moisture or for stray twigs and grit.",
            "Identity testing confirms that the material really is {sub} and not a cheaper look-alike.",
            "Our lab notebook for {recentyear} runs to {smallcount} pages, most of them fairly dull reading.",
            "The mill is cleaned between batches, and a laminated checklist hangs by the door so nothing is skipped.",
            "Under the microscope, the lab can see the cell structure of the {part} and spot anything out of place.",
            "We keep a retained sample of every lot for {number} years in case a question comes up later.",
            "Third-party testing costs us about {price} per lot, which we think is money well spent.",
            "Quality varies a great deal between suppliers, so look for third-party testing.",
            "We publish the certificate of analysis for every lot on the product page.",
            "A musty smell or a {color} tinge is usually the first sign that a sample needs a closer look.",
            "The lab in {city} uses the same methods as the national food agency, which makes results easy to "
            "compare.",
            "Our {role} signs off each lot only after reading the full report, not just the summary page.",
            "Results for the last {smallcount} lots are in a spreadsheet anyone can download.",
            "{Person} spent {number} weeks in {city} learning how the lab runs {science}.",
            "Each report covers {science}, {science} and {science}, and the lab signs every page.",
            "Our {tadj} moisture meter was calibrated in {month}, and the certificate is pinned above the {biz} sink.",
            "An out-of-spec result is not the end of the world; it usually means a retest and a phone call to "
            "{farmer}.",
            "Each sample is {samplev_ed}, {samplev_ed} and then {samplev_ed} again by a second person before the lot "
            "is released.",
            "{Person} is {docv_ing} the results from {month}, which means the report will be late but accurate.",
            "A sample that fails on {qualitynoun} is set aside, retested by the lab in {city}, and only then, if the "
            "second result agrees with the first, sent back to the grower with a copy of both reports.",
            "{Person} {docv_ed} the {bizthing} on {day} and {docv_ed} the {bizthing} on {day}, which is a normal "
            "week in quality.",
            "Our {office} sits next to the {office}, which tells you everything about the size of the {biz}.",
            "Samples are judged on {qualitynoun}, {qualitynoun} and {qualitynoun}, in that order.",
            "A lot with weak {qualitynoun} goes into our blends, where a stronger lot balances it out.",
            "The retained samples live in {a_cadj} {container} on a shelf above the {office}.",
        ],
        ["Heavy metals: tested every lot", "Microbes: tested every lot", "Identity: checked by microscopy",
         "Moisture: below {lowpct}", "Retained sample kept for {number} years", "Lab: independent, in {city}",
         "Report for lot {lot}: [download]({url})", "Also checked: {science}"],
    ),
    "kitchen": (
        ["In the kitchen", "A simple recipe", "How to use it in cooking", "{Dish} with {sub}",
         "Our favourite {dish}", "Breakfast ideas", "Cooking with {sub}", "What to make this {season}",
         "A {flavor} {dish} for {day} nights", "From our test kitchen", "Quick ideas for busy mornings",
         "Recipe: {dish} with {ingredient}"],
        [
            "Many people stir a spoonful of {sub} into warm {milk} in the evening.",
            "The flavour is {flavor} and slightly {flavor}, so it pairs well with {ingredient} and {ingredient}.",
            "Our {role}, {person}, likes to add half a teaspoon to {dish}, along with {ingredient} and a pinch of "
            "{ingredient}.",
            "{Cookv} the {ingredient} with the {ingredient} until everything is evenly coated, then set it aside for "
            "{minutes}.",
            "For a quick {dish}, combine {ingredient}, {ingredient} and a little {ingredient} in a large bowl.",
            "This {dish} keeps for {small} days in the fridge and freezes well in a lidded tub.",
            "If you find the taste too {flavor}, soften it with {addin} or a squeeze of lime.",
            "A {flavor} note comes through when you {cookv} it with {ingredient}, which surprised a few of us in the "
            "test kitchen.",
            "Try it in {dish}: the {ingredient} softens the {flavor} edge and the colour turns a pleasant {color}.",
            "We tested this recipe {small} times before we were happy with the ratio of {ingredient} to {ingredient}.",
            "Leftover {dish} makes a good lunch the next day, especially with {ingredient} on the side.",
            "You will need {a_tool}, {a_tool} and about {minutes} of patience.",
            "Heat {ml} of {milk} in a small pan until it just starts to steam, but do not let it boil.",
            "Serve the {dish} warm with a dusting of {ingredient} and a few spoonfuls of {ingredient}.",
            "The batter should be thick enough to coat the back of a spoon.",
            "Children in the office preferred the version with extra {ingredient}, while the adults went for "
            "{ingredient}.",
            "A reader in {city} wrote to say she makes a double batch of {dish} every {day}.",
            "The recipe serves {number}, but it scales up easily for a crowd.",
            "Swap the {ingredient} for {ingredient} if you want a different texture.",
            "If your oven runs hot, turn it down a little and add a few minutes to the cooking time.",
            "The colour of {sub} can stain wooden spoons and pale chopping boards, so rinse them straight away.",
            "{Person} grew up eating {dish} with {ingredient} and still makes it the way {first} taught the family.",
            "Our blend pairs {sub} with {other} for a rounder, softer flavour.",
            "{Other} is another favourite in the office, especially in {dish}.",
            "It is not the prettiest {dish}, but it disappears from the staff fridge within the hour.",
            "A splash of {ingredient} at the end lifts the whole pot.",
            "If you have never cooked with {sub} before, {dish} is a forgiving place to start.",
            "We like it best with {ingredient}, though {first} insists that {ingredient} is the better match.",
            "Weigh the {ingredient} rather than using cups; it makes the result far more consistent.",
            "The {dish} from our {season} newsletter was the most printed recipe on the site last year.",
            "A {tadj} {tool} from {first}'s grandmother still comes out every time we make {dish}.",
            "Toast the {ingredient} in a dry pan first; it takes {minutes} and makes a real difference.",
            "The trick with {dish} is resting time, so make it the night before if you can.",
            "On cold evenings, {person} serves it with {dish} and a bowl of {ingredient}.",
            "If {ingredient} is hard to find, {ingredient} works nearly as well and costs less.",
            "The {flavor}, {flavor} finish goes especially well with {ingredient} and {ingredient}.",
            "{First} was {cookv_ing} the {ingredient} when the power went off, so the {dish} became a cold {dish} "
            "instead.",
            "Once everything is {cookv_ed} and {cookv_ed}, the {dish} needs nothing more than a little {ingredient}.",
            "{Person} {cookv_3} the {ingredient} by hand, which takes longer but gives the {dish} a better "
            "{qualitynoun}.",
            "We spent a whole {day} {cookv_ing} and {cookv_ing}, and the result was {a_adj} {dish} that nobody could "
            "stop eating, least of all {first}, who had three helpings and then asked for the recipe.",
            "After {cookv2_ing} the {ingredient}, {cookv2} the {ingredient} and let everything settle for {minutes}.",
            "The {dish} should come out {texture} on the outside and {texture} in the middle.",
            "Ours came out {texture} and a little {texture}, which {first} insists is how it should be.",
            "We make a big batch of {dish} for {holiday}, and a smaller one for {holiday}.",
            "Our {room} is too small for a proper test kitchen, so most recipes are tried in {first}'s {room}.",
            "The {dish} featured in a {media} in the {city} paper, and we have been making it ever since.",
            "{Cookv2} the {ingredient}, then {cookv2} the {ingredient} and leave both to rest for {minutes}.",
            "The kitchen fills with the smell of {smell} and {smell} long before the {dish} is ready.",
            "Our test kitchen has {tadj} {arch}, {a_tadj} {tool} and a radio stuck on a station that plays {song}.",
            "A {number}-minute {dish} is about as much effort as most of us manage on a {day}.",
            "{First}'s version uses {ingredient}, {ingredient}, {ingredient} and a spoonful of {ingredient}, and it "
            "is excellent.",
            "{Tool_s} and {tool_s} crowd the test-kitchen drawers, and nobody can ever find the {tool}.",
            "{Fruitvariety} work beautifully here, though any firm fruit will do.",
            "Serve it with {drink} or a glass of cold water.",
            "The recipe came from {first}'s {relative} in {village}, who makes it with {fruitvariety}.",
            "{Cookv_ing} the {ingredient} {adv} keeps it from catching on the bottom of the pan.",
            "{First} {cookv_3} the {ingredient} while {first} {cookv_3} the {ingredient}, and lunch is ready in "
            "{minutes}.",
            "Serve it alongside grilled {seafood} or a plate of {ingredient}.",
            "The {qualitynoun} of the finished {dish} depends mostly on the {ingredient}.",
            "The best {seafood} we ate all year came with a spoonful of herb butter at a {spot} in {city}.",
            "A {tadj} {tool} and a {tadj} {tool} are the only pieces of kit this recipe needs.",
            "{First}'s {relative} makes {dish} with {ingredient} and refuses to share the exact amounts.",
        ],
        ["{Grams} {ingredient}", "{Grams} {ingredient}", "{Spoons} {ingredient}", "{Spoons} of {sub}", "{Ml} {milk}",
         "A pinch of {ingredient}", "A handful of {ingredient}", "{Number} tablespoons {ingredient}",
         "{Ingredient}, to serve", "Optional: {ingredient} or {ingredient}"],
    ),
    "brewing": (
        ["How to brew it", "Making a good cup", "Preparation", "Serving size", "How much to use",
         "Powder, capsules or tea?", "Getting the most flavour", "A slower cup"],
        [
            "A typical serving is about one teaspoon, or two capsules, once a day with food.",
            "Steep {grams} of the dried {part} in {ml} of water just off the boil for {minutes}.",
            "The label suggests {mg} to {mg} a day; start at the lower end and keep a note of how you get on.",
            "A longer steep gives a more {flavor} cup, while a short one stays {flavor} and light.",
            "In {place}, {sub} is traditionally prepared as a simple infusion or decoction.",
            "Hard water can make the cup taste {flavor}, so a filter jug is worth trying.",
            "Use a small whisk or a milk frother so the powder does not settle at the bottom of the cup.",
            "The water temperature matters more than most people think: around {temp} works well here.",
            "One {container} holds about {servings} servings, or roughly a month if you use it every day.",
            "Capsules are convenient on busy mornings, but the powder is cheaper per serving.",
            "Start with a small amount and see how your body responds over a week or two.",
            "Each capsule contains {mg} of {sub} and nothing else apart from the vegetable shell.",
            "Tinctures are measured in drops; {number} drops in a little water is the usual starting point.",
            "{Person} brews a pot in the morning and drinks it cold in the afternoon, with {addin}.",
            "A {tadj} flask keeps the tea warm for hours, which suits a long day at the desk.",
            "The second steep is lighter and a little {flavor}, and some people prefer it.",
            "If the powder clumps, whisk it into a paste with a spoonful of cold water first.",
            "We weigh each capsule on a scale accurate to {tenth}, so the amount on the label is the amount you get.",
            "Every pack of our {product} comes with a scoop that holds exactly {grams}.",
            "Most people settle into a routine within a week: a cup after lunch, or one with {addin} in the evening.",
            "A {tadj} teapot and a timer are all the equipment you really need.",
        ],
        ["Serving: {grams} or {number} capsules", "Water: {ml} at about {temp}", "Steep: {minutes}",
         "Best with: {addin}", "Keep a note of how you feel", "Do not exceed the amount on the label"],
    ),
    "storage": (
        ["Storage and shelf life", "Keeping it fresh", "How long does it keep?", "Storing {sub} at home",
         "Cupboard or fridge?"],
        [
            "Store the powder in a cool, dry cupboard away from direct sunlight.",
            "Once opened, a {container} of {sub} keeps its {flavor} aroma for about {small} months.",
            "Humidity is the enemy: in a steamy kitchen, the powder can take up moisture and clump within weeks.",
            "Reseal the pouch after every use, pressing out as much air as you can.",
            "We add a desiccant packet to every {container}; please do not eat it, and keep it away from pets.",
            "The best-before date is printed under the lid, next to the lot number.",
            "If the colour fades from {color} to a duller {color}, the flavour has probably faded too.",
            "Do not keep the jar above the cooker or the kettle, where steam can get in.",
            "Tincture bottles last longer in the dark, which is why ours are {color} glass.",
            "Freezing is unnecessary and can let in condensation when the bag is opened.",
            "A {tadj} tin on a low shelf is about the best home a bag of powder can have.",
            "{Person} keeps a small tin on the desk and refills it from the big bag once a week.",
            "Capsules keep longer than loose powder because less air reaches the contents.",
            "A {cadj} {container} with a tight lid beats any clever gadget.",
        ],
        ["Cool, dry and dark", "Reseal after every use", "Use within {small} months of opening",
         "Keep the desiccant packet in the {container}", "Away from the kettle and the cooker"],
    ),
    "shipping": (
        ["Shipping and delivery", "Where we ship", "Getting your order to you", "Delivery times this {season}",
         "A note on packaging", "How your parcel is packed", "Less plastic, better boxes"],
        [
            "Orders placed before {clock} on a weekday leave our warehouse in {town} the same day.",
            "Standard delivery takes {small} to {small} working days, and you will get a tracking number by email.",
            "We ship to {smallcount} countries, although customs rules mean a few products cannot go everywhere.",
            "During the {season} sale our packing team handled about {count} orders in a single week.",
            "If your parcel has not arrived after {number} days, contact our support team and we will chase the "
            "courier.",
            "Every box is packed by hand at the {biz} in {town}, usually by {first} or {first}.",
            "We switched to {tadj} {packing_s} in {year}, and our plastic use has fallen by about {pct} since.",
            "Parcels to {city} go via a sorting depot that can add a day during busy periods.",
            "Shipping is free over {price}; below that we charge a flat {price} to cover the courier.",
            "Our courier can leave parcels with a neighbour or in a parcel locker if nobody is home.",
            "Heat can soften gummies in transit, so in {month} we add an insulated liner to those orders.",
            "International customers may have to pay import duties, which are set by the destination country.",
            "A week of {weather} in {month} held up deliveries across the north, and we thank everyone for their "
            "patience.",
            "The {packing} is made from recycled card and can go straight into the recycling.",
            "Paper tape, paper fill and a printed {packing}: that is the whole list of packing materials.",
            "We reuse the boxes our suppliers send us, which is why your parcel may carry someone else's logo.",
            "Our van does a loop of {town} every {day} for local customers who prefer to collect.",
            "{Person} in the warehouse can pack about {smallcount} orders on a good day, with the radio on.",
            "A parcel to {city} once took {number} weeks, after a customs form went missing somewhere in between.",
            "Each {container} is wrapped in {packing} and tucked into {a_tadj} {packing}.",
            "Freight from {place} arrives by sea and then by lorry, which is slow but far cheaper than air.",
            "The {ship} for every order goes out by email, and {first} answers any questions about it.",
        ],
        ["Free delivery over {price}", "Dispatch: same day before {clock}", "Tracking on every order",
         "Plastic-free {packing_s}", "Collection from our {biz} in {town}", "Returns: {returndays} days"],
    ),
    "service": (
        ["Customer care", "Returns and refunds", "Talk to us", "What our customers ask", "Subscriptions",
         "A word from the care team"],
        [
            "Our support team is around from nine to five, Monday to Friday, and we reply to most emails within a "
            "day.",
            "If something arrives broken, send us a photo and we will post a new one straight away.",
            "You can pause or cancel a subscription from your account page at any time.",
            "We read every review and reply personally, even when the answer is a simple thank you.",
            "Unopened products can be sent back within {returndays} days for a full refund.",
            "{Person} from our care team answered {count} messages last {month}, many of them about delivery dates.",
            "Customers often tell us they enjoy the {flavor} taste of {sub} in smoothies.",
            "If you would like a {service}, just ask and we will add it to your next order.",
            "Reviews on our site are unedited, including the critical ones.",
            "We cannot give personal medical advice by email, but we can point you to independent sources.",
            "The most common question in {month} was about the new {container}, which some people found hard to open.",
            "A {service} with {small} products costs {price}, and every {container} in it is full size.",
            "We answer the phone ourselves; there is no call centre, just {first}, {first} and whoever is nearest.",
            "Loyalty points never expire, and you can spend them on anything in the shop.",
            "A {adj} email from a customer in {city} is pinned to the {biz} noticeboard.",
            "The {service} makes a good present, and we can add a handwritten card at no extra cost.",
            "Most messages arrive on {day} mornings and express {emotion}, {emotion} or, occasionally, {emotion}.",
            "{Person} answers the {ship} questions, and {person} handles anything about {service_s}.",
        ],
        ["Phone: weekdays, nine to five", "Email: replies within one working day",
         "Returns: {returndays} days, unopened", "Subscriptions: pause or cancel any time",
         "Live chat on the [help page]({url})"],
    ),
    "garden": (
        ["Growing it yourself", "In the garden", "Notes from the allotment", "Planting and care",
         "A {season} garden", "What's growing behind the {biz}", "The {padj} border"],
        [
            "The plant grows best in well-drained soil with plenty of morning sun.",
            "{Gardenv} the {gplant} in {month}, when the soil has warmed and the last {weather} has passed.",
            "Our head gardener, {person}, grows {gplant}, {gplant} and {gplant} beside {a_tadj} {gthing} behind the "
            "{biz}.",
            "A layer of mulch keeps weeds down and holds moisture through a dry summer.",
            "{Animal} visit the {gthing} most mornings, and the {animal} have taken over the hedge.",
            "If you have heavy clay, dig in plenty of leaf mould and raise the beds a little.",
            "We {gardenv_ed} the {gplant} {when}, and they are already twice the size.",
            "In a pot, give the plant a deep drink once a week rather than a splash every day.",
            "Seeds from {city} arrived in a paper bag, each packet labelled by hand.",
            "The {gplant} along the fence drew {animal} and {animal} all through {month}.",
            "Frost pockets at the bottom of the {landscape} catch out the {gplant} almost every year.",
            "{A_gthing} and {a_gthing} are really all you need to get started.",
            "Old {tree} trees shade the north side of the plot, so we keep that corner for ferns.",
            "{Gardenv_ing} the {gplant} is a job for a mild evening, with a flask of tea and no hurry.",
            "The soil here is {padj} and a little acidic, which the {gplant} seem to like.",
            "{First} keeps a garden diary going back to {year}, noting every late frost and every early swallow.",
            "A visitor from {city} asked why we leave the seed heads standing; the answer is the {animal}.",
            "Rainwater from the shed roof fills a water butt that lasts most of the summer.",
            "The {tadj} {gthing} by the gate was a present from the allotment society in {year}.",
            "We grow {gplant} for the {animal} and {gplant} for ourselves, and both seem happy with the deal.",
            "{Person} swears by {a_gthing}; {first} thinks it is a waste of money.",
            "{First} has {gardenv_ed} and {gardenv_ed} the same beds for {number} years, and the soil shows it.",
            "Most of {month} went on {gardenv_ing} the {gplant} and {gardenv_ing} the {gplant}, with the {animal} "
            "watching from the fence.",
            "If the {gplant} look tired in late summer, {gardenv2} them and give the bed a good soak; by the "
            "following {season} they are usually back to their old selves, and the {insect} return with them.",
            "{Gardenv2} the {gplant} in {month} and again in {month} if the weather stays mild.",
            "Apart from the {sound} of the {animal}, the allotment is quiet before eight.",
            "{First} keeps {gthing_s}, {gthing_s} and a {tadj} {gthing} in a shed that smells of {smell}.",
            "The {gplant} went in on {street}, in a neighbour's front garden, and did better than ours.",
            "Patches of {wildflower} have seeded themselves along the path, and the {insect} love them.",
            "Our soil sits over {rock}, so we add compost every autumn and never dig deeper than a spade.",
            "{Insect} and {insect} keep the {insect} in check, so we have not needed to spray in years.",
            "{Gardenv_ing} takes patience; {first} spent most of {month} on the {gplant} alone.",
            "Last {season} the {gplant} failed, the {gplant} thrived and the {wildflower} came up everywhere.",
            "The {tadj} {gthing_s} along the south wall were built by volunteers from the {event}.",
            "{First} {gardenv_3} the {gplant} on {day}s and leaves the {gplant} to look after themselves.",
        ],
        ["Sow: {month}", "Plant out: after the last frost", "Soil: well drained",
         "Position: full sun or light shade", "Water: deeply, once a week", "Companions: {gplant} and {gplant}",
         "{Gardenv} in {month}"],
    ),
    "travel": (
        ["A trip to {place}", "Travel notes", "On the road", "Postcard from {city}", "What we saw", "Getting there",
         "Where to eat in {city}", "A weekend in {city}"],
        [
            "We {travelv_ed} the {spot} in {city} {when}, where stalls sell {ingredient} and {ingredient} by the "
            "kilo.",
            "The bus from {city} takes {hours} and winds past {padj} {landscape_s} and groves of {tree}.",
            "{Person}, a {role} we met at the {spot}, took us to {a_padj} {spot} that does not appear in any "
            "guidebook.",
            "Evenings in {city} are for {dish} at the {spot}, where the owner remembers every returning face.",
            "Bring a warm jacket: even in {month}, the {landscape} can turn cold after dark.",
            "On the way back we stopped at the {spot}, which has been run by the same family since {year}.",
            "The {animal} in the {landscape} above the village are worth the early start.",
            "We stayed at {a_padj} guesthouse near the {spot}, where breakfast was {dish} and strong coffee.",
            "If you go, go in {month}: the {weather} has passed and the hills are at their greenest.",
            "A ferry from {city} runs twice a day, weather permitting, and the crossing takes {minutes}.",
            "We {travelv_ed} the {spot}, {travelv_ed} the {spot} and still had time for {dish} before the last train.",
            "The {spot} in {city} is {padj}, {padj} and, on a {day} morning, almost empty.",
            "{First} insisted we try the {dish} at a tiny {spot} near the station, and {first} was right.",
            "Nobody in the village was in a hurry, least of all the {animal} dozing by the road.",
            "The guidebook from {year} we carried was out of date, but the {spot} was exactly where it said.",
            "Our driver, {first}, knew every {landscape} by name and most of the {animal} too.",
            "Coming from {city}, the first thing you notice is the quiet; the second is the smell of {ingredient}.",
            "A short walk from the {spot} brings you out on a {landscape} with views across the valley.",
            "We took the {vehicle} from {city}, which was slower than the {vehicle} but far more fun.",
            "Pack {clothing}, {clothing} and a {clothing}; the weather changes by the hour.",
            "The {padj} {building} by the river is now a café, and its {dish} alone is worth the detour.",
            "{Person} runs a {hobby} group in the back room of the {spot} every {day}.",
            "If you only have a day in {city}, spend it at the {spot} and the {spot}, and eat whatever {first} "
            "recommends.",
            "We spent the morning {travelv_ing} the {spot} and the afternoon {travelv2_ing} the {spot}.",
            "{First} {travelv_ed} the {spot} while the rest of us {travelv2_ed} the {spot}, and we met again for "
            "{dish}.",
            "If you have time after {travelv_ing} the {spot}, take the {vehicle} up to the {landscape}, where there "
            "is a {padj} {spot} that serves {drink} and, on a clear afternoon, looks out over {village} and the "
            "valley beyond.",
            "Beyond the {infra}, the road narrows to a single track with a {infra} every mile or so.",
            "The morning brought {cloud} and the afternoon {cloud}, and the {landscape} changed colour by the hour.",
            "We arrived just before {holiday}, when every {spot} in {city} was busy and every bus was full.",
            "A {role2} at the {spot} told us about the {infra} that washed away in {year} and took a month to "
            "rebuild.",
            "The old town is all {arch}, {arch} and {padj} alleys, and the {spot} on {street} is easy to miss.",
            "Most evenings there is {sport} on the square, and on {day}s a {music} band plays {song}.",
            "The {vehicle} smelled of {smell} and {smell}, and the driver played {song} the whole way.",
            "We bought {fabric} and {fabric} at the market, and a {tadj} {household} that barely fitted in the bag.",
            "From the {spot} on {street}, it is a {number}-minute walk to the {landscape}.",
            "{Spot_s}, {building_s} and {padj} {landscape_s}: the valley has a little of everything.",
            "The {sound} of the {spot} starts at dawn, and by nine the smell of {smell} fills the street.",
            "We {travelv2_ed} the {spot} and {travelv2_ed} the {spot} before the {weather} set in.",
            "Try to {travelv2} the {spot} early, before the tour buses arrive from {city}.",
            "The {spot} in {village} serves the best {drink} we had all trip.",
            "Arriving in {village}, we felt a mix of {emotion} and {emotion} that lasted most of the week.",
            "In the harbour, boats land {seafood} and {seafood} before dawn, and the {spot} opens at six.",
            "A {music} player and a {music} player kept the whole {spot} going until midnight with {song}.",
            "The {padj} {building_s} on the hillside were once used for {skill}.",
            "Locals still practise {skill}, and {person} showed us how it is done.",
            "The road climbs through {wildflower} and {wildflower} before dropping into the valley.",
            "We passed {smallcount} {building_s} and not a single car between {city} and the coast.",
            "Walking boots are essential: the path is {rock} and loose gravel most of the way.",
            "{First}'s {relative} runs the {spot}, and the {dish} there is the best in {city}.",
            "From the {landscape} you can see the {landscape}, the {spot} and, on a clear day, the sea.",
            "{Spot_s} and {spot_s} crowd the old town, and most of them close for a long lunch.",
        ],
        ["Getting there: {vehicle} from {city}, {hours}", "Stay: {a_padj} guesthouse near the {spot}",
         "Eat: {dish} at the {spot}", "Best time: {month}", "Bring: {clothing} and cash", "Don't miss: the {spot}"],
    ),
    "history": (
        ["A short history", "The story of {sub}", "{Sub} through the centuries", "From {history} to shop shelf",
         "Old recipes, new kitchens", "What the old books say", "A name with a past"],
        [
            "{Sub} has been part of traditional practice in {place} for generations.",
            "A {history} from {oldyear} lists {sub} among the goods carried by {oldpeople} along the old trade "
            "routes.",
            "By the {century}, {sub} was sold in {city} by {oldpeople} who kept it in {a_oldthing}.",
            "Early European accounts of {sub} are often muddled, mixing it up with other goods from the same ports.",
            "A museum in {city} holds {a_history} that mentions {sub} alongside {ingredient} and {ingredient}.",
            "The name comes from a local word, and the spelling varied a great deal until the {century}.",
            "For most of its history, {sub} was an everyday household item rather than a luxury.",
            "In the {century}, a traveller named {person} described {sub} in a letter sent from {city}.",
            "We found an old price list in an archive in {city}: in {oldyear}, {sub} cost about {oldprice} a pound.",
            "Trade records from {oldyear} show {smallcount} chests passing through the port in a single season.",
            "The {history} is now in a private collection, but a photograph of it hangs in our {biz}.",
            "Historians disagree about when {sub} first reached {city}, and the records are patchy.",
            "Cookbooks from the {century} mention it only in passing, usually in {dish} or {dish}.",
            "Families in {place} passed down their own ways of preparing it, and {first}'s grandmother had three.",
            "{A_oldthing} of the kind {oldpeople} used sits in the window of our {biz}, borrowed from a collector in "
            "{city}.",
            "The {history} was written by {a_role} who spent {number} years in {city} and wrote about almost "
            "everything.",
            "Most of what we know comes from a single {history}, so treat the details with some caution.",
            "Scholars of {discipline} and {discipline} have both written about {sub}, though rarely about the same "
            "things.",
            "A {media} from {oldyear} describes {sub} being sold at a {holiday} fair in {city}.",
            "The {building} on {street} still has its original {arch} and {arch}, and a plaque from {oldyear}.",
            "{History_s} and {history_s} from the period mention {sub} only rarely, and usually in lists.",
            "A {tadj} {oldthing} lined with {fabric} turned up in a {city} attic, along with {a_history}.",
            "During {era}, traders in {city} kept {sub} alongside {fruitvariety} and bolts of {fabric}.",
            "A {history} from {era} mentions the plant's use in {dish}, though the recipe itself is lost.",
            "By {era}, {sub} had reached {city}, carried by {oldpeople} who also dealt in {crop}.",
            "In {city}, {oldpeople} sold it alongside {seafood}, salt and {ingredient}.",
            "The {building} where the {oldpeople} stored their goods still stands near the {spot} in {city}.",
            "Records from the {century} describe {skill} and {skill} in the same breath as {sub}.",
            "A {history} from {oldyear} survives in {city}, its pages stained with what looks like {ingredient}.",
        ],
        ["{Century}: first written records", "{Oldyear}: {a_history} lists it among traded goods",
         "{Oldyear}: sold by {oldpeople} in {city}", "Today: grown and sold worldwide"],
    ),
    "evidence": (
        ["What the research says", "The evidence so far", "What we know and what we don't", "Reading the studies",
         "A note on claims", "Science, honestly", "What the trials found"],
        [
            "Preliminary research suggests {sub} may help with {use}, although the trials so far are small.",
            "Some studies suggest that {sub} might support {use}, but more research is needed.",
            "Early evidence on {sub} and {use} is mixed, and larger trials are still underway.",
            "Researchers are still studying whether {sub} has any effect on {use}.",
            "A {year} review found only {small} small trials on {sub}, most of them short and with fewer than "
            "{smallcount} participants.",
            "Sellers sometimes claim that {sub} is clinically proven, but no large trial has shown that.",
            "Most of the research so far has been done in cells or animals, which tells us little about people.",
            "We would rather tell you what is uncertain than promise results we cannot back up.",
            "If a study is funded by a seller, that is worth knowing, though it does not make the findings wrong.",
            "You can read more about the evidence on the NCCIH website, which we link below.",
            "The honest answer is that we do not yet know how well {sub} works for {use}.",
            "Traditional use is interesting history, but it is not the same thing as evidence from a controlled "
            "trial.",
            "Small pilot studies have looked at {sub} and {use}; the results are promising but far from settled.",
            "A trial in {city} with {smallcount} adults reported modest changes in {use}, but it had no placebo "
            "group.",
            "Effects seen in one small study often shrink or vanish when a larger team tries to repeat it.",
            "When you read a headline about {sub}, check how many people were in the study and for how long.",
            "Our {role}, {person}, keeps a reading list of the trials on {sub}, with notes on their limits.",
            "The amounts used in most studies were around {mg} a day, taken for {weeks}.",
            "Animal studies can point researchers in a direction, but they cannot tell you what {sub} will do for "
            "you.",
            "We will update this section when the larger trial from {city} publishes its results.",
        ],
        ["Human trials: few and small", "Typical study length: {weeks}", "Typical amount studied: {mg} a day",
         "Read the [NCCIH overview]({url})", "Look for placebo-controlled trials"],
    ),
    "safety": (
        ["Who should be careful", "Safety first", "Side effects and interactions", "Before you start",
         "Talk to a professional", "Reading the label"],
        [
            "Talk to your doctor or pharmacist before adding {sub} to your routine, especially if you take "
            "medication.",
            "If you are pregnant or nursing, ask a health professional before using any herbal product.",
            "Like any active product, {sub} can cause side effects and interact with some medicines.",
            "Nothing on this page is medical advice, and {sub} is not a substitute for treatment.",
            "Keep all supplements out of reach of children, in their original containers.",
            "People with liver or kidney conditions should check with their doctor first.",
            "Surgery is another reason to pause: tell your surgeon about every supplement you take.",
            "Is {sub} right for everyone? Not necessarily, and that is worth saying plainly.",
            "More is not better; stick to the amount on the label.",
            "If you notice anything unusual after starting {sub}, stop taking it and speak to a doctor.",
            "Supplements are not reviewed for safety before they go on sale, which is one more reason to be careful.",
            "Bring the bottle to your next appointment so your doctor can see exactly what is in it.",
        ],
        ["Pregnant or nursing? Ask first", "Taking medication? Ask a pharmacist", "Stick to the label amount",
         "Keep out of reach of children", "Stop and see a doctor if anything feels wrong"],
    ),
    "fitness": (
        ["Moving more", "Our team's training notes", "Exercise and rest", "A weekly routine", "Lunchtime habits"],
        [
            "{Person} from our {biz} swapped the lunchtime scroll for a {activity} and has kept it up since {month}.",
            "A {activity} after work is the easiest habit we know, and it costs nothing.",
            "We asked {small} colleagues about their routines: the most popular answer was a {activity}, followed by "
            "a {activity}.",
            "Warm up for {minutes} before a {activity}, and build up slowly if you are new to it.",
            "The local club in {town} runs a free {activity} every {day} morning, rain or shine.",
            "Drink water, eat a proper meal and get some sleep; no supplement does the work of those three.",
            "{Person} is training for the {city} half marathon and logs every {activity} in {a_tadj} notebook.",
            "The {activity} on {day} evenings started with {number} of us and now fills the car park.",
            "A {activity} in the {weather} is still better than the one you skipped.",
            "{First} swears by a {activity} before breakfast; {first} prefers one after dark.",
            "Rest days count as training, and {person} takes them just as seriously.",
            "Bring {clothing} and {clothing}; the {activity} goes ahead whatever the weather.",
            "A ten-minute circuit of {exercise}, {exercise} and {exercise} fits into most lunch breaks.",
            "{First} starts every {activity} with {exercise} and finishes with {exercise}.",
            "If {exercise} feel too hard, start with {exercise} and build up over a few weeks.",
            "The club's warm-up is always the same: {exercise}, {exercise}, then a slow lap.",
            "After a {activity}, {first} has {dish} and a long glass of water.",
            "Our walking group has members aged {age} to {oldage}, and the oldest sets the pace.",
            "{Activity_s} in the {landscape} beat any gym, according to {first}.",
        ],
        ["{Day}: {activity}", "{Day}: {activity}", "{Day}: rest", "Weekend: {activity}", "Every day: a short walk"],
    ),
    "sleep": (
        ["Better evenings", "Winding down", "Notes on sleep", "The evening routine", "After dark"],
        [
            "A regular bedtime matters more than any single product, including ours.",
            "Dim the lights an hour before bed and leave the phone in another room if you can.",
            "{Person} keeps {a_sleepthing} and {a_sleepthing} by the bed and reads a few pages of {a_book}.",
            "A cool, dark bedroom helps most people settle; around eighteen degrees is a common suggestion.",
            "Caffeine late in the day can linger for hours, so our evening blend contains none.",
            "Some of us swear by {a_sleepthing}, others by {a_sleepthing}; the point is a routine you will keep.",
            "If poor sleep lasts for weeks, that is a reason to see a doctor rather than to try another tea.",
            "Our {product} is caffeine-free and tastes {flavor}, which makes it an easy last cup of the day.",
            "{First} writes three lines in a journal before bed, a habit picked up from a {role} in {city}.",
            "Weekends are the hard part: a lie-in feels good but shifts the whole week.",
            "An evening of {hobby} with the radio on is {first}'s idea of winding down.",
            "{First}'s {room} has blackout curtains, a {tadj} {sleepthing} and absolutely no phones.",
            "On summer nights, {cloud} and a late sunset make it hard to settle, so the blinds come down early.",
            "{First} falls asleep to {song} on the radio, which the rest of us find baffling.",
            "A chapter of {a_book} and a cup of something warm is about as far as our evening routine goes.",
        ],
        ["Same bedtime, most nights", "Lights down an hour before bed", "Phone out of the bedroom", "A cool room",
         "No caffeine after {clock}"],
    ),
    "skincare": (
        ["For your skin", "Bath and body", "Our skincare range", "The {skin}, explained"],
        [
            "Our {skin} uses {ingredient} and {sub} in a base of shea butter.",
            "Patch test any new {skin} on the inside of your wrist and wait a day before using it widely.",
            "The {skin} comes in {a_cadj} {container} that you can refill at our shop in {town}.",
            "Fragrance-free versions of the {skin} and the {skin} are available for sensitive noses.",
            "{Person}, our product developer, spent {small} months adjusting the texture of the {skin} until it felt "
            "right.",
            "The scent is {flavor} and fades within the hour, so it will not clash with perfume.",
            "A little goes a long way: one {container} of the {skin} lasts most people about {small} months.",
            "Ingredients are listed on the back of the {container} in order of weight, from most to least.",
            "The {skin} is made in batches of {smallcount} in a {padj} workshop in {town}.",
            "The {skin} is packed in {a_cadj} {container} with a {fabric} pouch for travelling.",
            "{Skin_s} and {skin_s} are made on {street} in {town}, in a room that smells of {smell}.",
            "Our {skin} combines {skiningredient}, {skiningredient} and a little {sub}.",
            "{Skiningredient} gives the {skin} its texture, and {skiningredient} keeps it from feeling greasy.",
            "The {skin} is unscented apart from a hint of {skiningredient}.",
        ],
        ["Patch test first", "Fragrance-free option", "Refills in our {town} shop", "Made in small batches"],
    ),
    "company": (
        ["News from {brand}", "Behind the scenes", "What's new this {season}", "Meet the team",
         "A note from {founder}", "Our story", "The year in numbers"],
        [
            "{Brand} started in {recentyear} in a small kitchen in {town}, with {small} jars and a borrowed {tool}.",
            "{Founder} set up the company after a trip to {city}, where the idea first took shape over {dish}.",
            "This {season} we moved into a larger {biz} on the edge of {town}, with room for a proper test kitchen.",
            "Our team has grown to {smallcount} people, including {first}, who joined as {role} in {month}.",
            "We are closed on {day} for a staff day out, so orders placed then will ship on the next working day.",
            "Prices rose this year because of a poor harvest and higher shipping costs.",
            "The {product} is back in stock after a {adj} few weeks, and we have ordered more to avoid running out "
            "again.",
            "We now print our labels with vegetable-based inks at a small press in {city}.",
            "{Brand} is a member of a local business network, and we buy our {packing_s} from a firm down the road.",
            "Our {biz} runs on renewable electricity, and the van will be swapped for an electric one next {season}.",
            "Last year we sold {count} tins and answered {count} emails, and {first} baked {small} cakes.",
            "The {product} costs {price} for {grams}, which works out at about {price} per serving.",
            "{Founder} still packs orders on {day}s, mostly to hear what customers are saying.",
            "We give {lowpct} of profits to a fund that pays school fees in the villages we buy from.",
            "A {adj} review in a {city} newspaper sent so many orders our way that we ran out of boxes.",
            "The {biz} used to be {a_building}, and the old {tadj} beams are still there.",
            "Our {bizthing} for next year includes a second {biz} and, if {first} gets their way, a proper coffee "
            "machine.",
            "{First}, our {role}, joined from a {biz} in {city} and brought a {tadj} {household} that now lives by "
            "the door.",
            "{First} is {docv_ing} the {bizthing} this week, so please send any changes by {day}.",
            "Every {bizthing} gets {docv_ed}, {docv_ed} and {docv_ed} before it leaves the {biz}.",
            "{Person} {docv_3} the {bizthing_s} on {day}s and {docv_3} the {bizthing_s} on {day}s, and somehow still "
            "finds time to bake.",
            "When we moved into the {biz} on {street}, it took {number} weekends of {housev_ing}, {housev_ing} and "
            "{housev_ing} before it looked anything like a place of work, and the {arch} still need attention.",
            "Over tea the conversation wandered from {chat} to {chat}, which is how most of our meetings go.",
            "{First} studied {discipline} before joining us, and {first} came from {discipline}; both are useful "
            "here.",
            "We were featured in a {media} this {season}, which brought a flurry of orders and a few {adj} emails.",
            "The {room} at the back of the {biz} doubles as a photo studio when the light is right.",
            "Our {biz} on {street} used to be {a_building}; the {arch} and the {arch} are original.",
            "{Role_s} and {role_s} share one long table in the {biz}, which makes for lively lunches.",
            "The team plays {sport} on {day} evenings, badly but with great enthusiasm.",
            "{First} {docv_ed} the {bizthing_s} while {first} {docv_ed} the {bizthing_s}, and the week was done.",
            "We have {count} {unit_s} of stock on the shelves and {smallcount} {container_s} waiting for labels.",
            "Our {event_s} and {event_s} are listed on the [events page]({url}), along with directions.",
            "{First} {docv_ed} the {bizthing} and {first} {docv_ed} the {bizthing}, which counts as a productive "
            "{day} here.",
            "Our old {office} finally gave up in {month}, and its successor is {a_tadj} model from a {spot} in "
            "{town}.",
            "The {biz} is small enough that the {office}, the {office} and the {office} share one shelf.",
            "Staff get a day a year for volunteering, and most spend it at the {event} in {town}.",
            "{Founder} still teaches the {skill} course at the {building} in {town} every {season}.",
            "We have {smallcount} {container_s} of samples in the {biz} and a spreadsheet of {count} rows to match.",
            "{A_tadj} {office} is not glamorous, but it keeps the {biz} running.",
            "We are a team of {smallcount} in {town}, plus {first}'s dog, who supervises the {biz}.",
        ],
        ["Founded: {recentyear}, in {town}", "Team: {smallcount} people", "Orders shipped last year: {count}",
         "Growers we buy from: {smallcount}", "Read our [annual report]({url})"],
    ),
    "community": (
        ["Around town", "Events this {season}", "Out and about", "Community notes", "What the team did this month",
         "Reading and listening", "The {event}"],
        [
            "We had a stall at the {event} in {town} and ran out of samples by eleven.",
            "{Person} runs a {hobby} evening at the {spot} on the first {day} of the month, and everyone is welcome.",
            "This month's staff book club read {a_book} by a writer from {city}, and the discussion went on past "
            "closing time.",
            "The {event} raised {price} for the food bank, mostly through {first}'s {dish}.",
            "A local school visited the {biz} in {month}, and the children asked better questions than most "
            "journalists.",
            "If you are near {town} on {day}, come and say hello at the {event}.",
            "Our neighbours at the {spot} lent us {a_household} for the day, which was kind of them.",
            "{First} took up {hobby} this year and has filled the {biz} shelves with the results.",
            "The {hobby} group that meets in our {biz} has grown to {smallcount} members.",
            "We are sponsoring the {event} again, and {person} is judging the {dish} competition.",
            "Thanks to everyone who came to the {event}; the {weather} did its best, but the turnout was wonderful.",
            "Next month we are hosting a {hobby} workshop with {person}, a {role} from {city}.",
            "{Person} wrote {a_book} about {hobby}, and a signed copy is in our shop.",
            "The {spot} in {town} is collecting winter coats and spare {household_s} for a winter appeal.",
            "Volunteers from the team spent a {day} clearing the {landscape} behind the {building}.",
            "The {hobby} group has been {docv_ing} a history of {street}, and {first} is {docv_ing} the photographs.",
            "Local {role_s}, {role_s} and at least one {role} turned up to help at the {event}, and between them "
            "they set up the tables, ran the raffle and shared out the leftovers.",
            "Lunch-table topics this month: {chat}, {chat} and, inevitably, {chat}.",
            "Our {role2} neighbour, {person}, gave a talk on {discipline} at the {building} that ran an hour over.",
            "The {holiday} market on {street} is the busiest day of our year, and the whole team pitches in.",
            "A {media} about our {event} ran in the local paper, with a photo of {first} looking startled.",
            "{Person}, a {role2} from {village}, spoke about {skill} and {skill} to a packed room.",
            "The {event} will have {sport}, a {music} band and, if {first} gets organised, a {dish} stall.",
            "A {fabric} banner made by the {hobby} group hangs over the door of the {spot} on {street}.",
            "{Book_s} and {book_s} for the swap shelf can be left at the {biz} on {street}.",
            "The {sound} of the {event} carried all the way up {street}, and plenty of neighbours followed it.",
            "The {event} ended, as these things do, in {emotion} and a long queue for {drink}.",
            "{First} described the first {event} as pure {emotion}, and the second as slightly less so.",
            "The band from the {spot} played {song} at the {event}, and nobody wanted to leave.",
            "A {skill} demonstration by {person} drew the biggest crowd of the day.",
            "{First} led a walk to see the {wildflower} and came back with a list of {smallcount} species.",
            "Children at the {event} built insect hotels out of {material} and old {household_s}.",
            "The {hobby} club meets in the {building} behind the {spot}; tea and biscuits are provided.",
            "This year's raffle prizes included {a_book}, {a_tadj} {household} and a box of our {format}.",
            "{Person} plays {a_music} in a {song} group that rehearses above the {spot}.",
        ],
        ["{Event}: {day} {day_of_month} {month}, {town}", "{Hobby} evening: first {day} of the month",
         "Book club: {a_book}", "Volunteering: the {landscape} clean-up", "More on our [events page]({url})"],
    ),
    "home": (
        ["At home", "Small rituals", "Around the house", "A tidier cupboard", "Making space"],
        [
            "A {tadj} {household} by the kettle holds everything we need for the morning cup.",
            "{Person} keeps the tea tins on {a_tadj} shelf made from old {material} floorboards.",
            "We asked readers to send photos of their tea corners, and the winner had {a_tadj} {household} and a "
            "view of the {landscape}.",
            "Glass jars with handwritten labels look lovely, but a {material} tin keeps the light out better.",
            "A {tadj} tray, a {tadj} mug and ten quiet minutes: that is most of the ritual.",
            "{First} reuses our {container_s} for buttons, seeds and spare keys.",
            "The {household} in our photos is {a_tadj} one from a market in {city}, not something we sell.",
            "Clearing one shelf for tea and spices made the whole kitchen feel calmer, according to {first}.",
            "A {material} {household} and {a_tadj} {household} make a good start on a tidy corner.",
            "Winter evenings here mean {hobby}, {a_book} and a pot of something warm.",
            "{Fabric} curtains, {a_tadj} {household} and the {sound} of the kettle: that is the whole ritual.",
            "The tea shelf in {first}'s kitchen is an old plank of {tree}, sanded and oiled.",
            "A {fabric} tea towel over {a_tadj} basket keeps the dust off the tins.",
            "The {household_s} and {household_s} in our photos are borrowed from {first}'s flat.",
            "{Material} shelves, {material} jars and a few {household_s}: the corner came together for under {price}.",
            "A {household} from a {spot} in {city} holds the tea things, and a {tadj} {household} holds everything "
            "else.",
        ],
        ["A {tadj} tray", "{A_tadj} {household}", "Jars with labels", "Ten quiet minutes"],
    ),
}

# Sentences that fit any section.
GENERAL = [
    "**Tip:** keep a simple journal for the first month so you can notice any changes.",
    "See our [sourcing page]({url}) for photos from the farms.",
    "If you are curious, our [guide to {topic}]({url}) goes into more detail.",
    '{Person}, our {role}, put it simply: "Good {sub} should taste of something."',
    "The {product} is what most people try first.",
    "We get asked about this a lot, usually by email and usually on {day}s.",
    "That is still true today.",
    "It sells out every {season}.",
    "The colour is a deep {color}.",
    "Nobody in the office complained.",
    "*Note:* prices on this page were correct in {month} {year}.",
    "Not everything we try works, and the {adj} experiments rarely make it onto the blog.",
    "The short version: buy from someone who tests, and store it somewhere cool.",
    "There is more on this in our [{season} newsletter]({url}).",
    "We will update this page when the next lot arrives from {place}.",
    "{First} disagrees, and has said so at length.",
    "The {animal} outside the {biz} window did not seem to mind.",
    "A {dish} was on the table by the time we finished writing this.",
    "Thanks to {person} in {city} for the photographs.",
    "If you have a question we have not answered, write to us; {first} reads every message.",
    "It was {a_adj} week, and the {weather} did not help.",
    "We owe a lot of this to {abstract} and {abstract}, and a little to {abstract}.",
    "{First} calls it *the {adj} method*, and the name has stuck.",
    "You will find the full list on the [{topic} page]({url}).",
    "The {qualitynoun} is what people notice first, and the {qualitynoun} is what keeps them coming back.",
    "{First} has worked here for {number} years and still learns something every week.",
    "The {animal} in our logo were drawn by {first}'s {relative}.",
    "There is {a_tadj} {office} in the corner of the {biz} that nobody remembers buying.",
    "Our {role} (and resident {hobby} enthusiast) {first} put together this section.",
    "The \N{LEFT DOUBLE QUOTATION MARK}{adj} batch\N{RIGHT DOUBLE QUOTATION MARK}, as the team calls it, sold out in "
    "{small} days.",
    "Questions, corrections and/or recipes are always welcome: write to {first} at the {biz}.",
    "(If you are reading this in {month}, the {season} lot is already on its way.)",
    "Prices: {price} for the small {container}, {price} for the large one (about {servings} servings).",
    "Two things matter most here: {qualitynoun} and {qualitynoun}; everything else is detail.",
]

# Openers for a sentence whose first word is in _LOWERABLE, and tails that can replace a
# sentence's final full stop: they vary sentence length.
PREFIXES = [
    "{Sentadv}, ", "According to {person}, ", "As {first} likes to say, ",
    "In our experience, ", "To be fair, ", "Like most things here, ", "Whatever the season, ",
    "As anyone in {town} will tell you, ", "For {first} and the rest of the team, ", "From what we have seen, ",
    "Speaking for the {biz} at least, ", "As {person}, our {role}, reminded us, ", "In {town}, as elsewhere, ",
    "Then again, ", "On a good day, ", "Most {day}s, ", "Every {season}, ",
]
SUFFIXES = [
    ", at least in our experience.", ", or so {first} tells us.", ", as far as we can tell.", ", more or less.",
    " \N{EM DASH} or at least that is how {first} tells it.",
    ", as {first} reminded us at the last team meeting.", ", as we mentioned in the [{season} newsletter]({url}).",
    ", and we are happy to answer questions about it.", ", according to notes kept by {person}.",
    ", which {first} wrote up for the {biz} noticeboard.", ", and {first} has the photos to prove it.",
    " \N{EM DASH} a detail {person} was keen to point out.", ", as our {role} will happily explain.",
    " (more on that below).", " (see the photos from {month}).", " (thanks, {first}!).", " (yes, really).",
    " (we checked twice).", " \N{EM DASH} ask {first} if you want the details.", "; {first} keeps the notes.",
    " (and, on one memorable {day}, in {city}).",
]
_LOWERABLE = {"The", "A", "We", "Our", "Most", "Many", "Some", "This", "It", "You", "Every", "Each", "One",
              "Good", "Shade", "Harvest", "Samples", "Capsules", "Customers", "Reviews", "Nobody", "Old", "Seeds",
              "Frost", "Parcels", "Orders", "Standard", "Shipping", "Prices", "Trade", "Cookbooks", "Historians",
              "Families", "Rainwater", "Children", "Leftover", "Tinctures", "Identity", "Moisture", "Weekends",
              "Loyalty", "Unopened", "Effects", "Traditional", "Animal", "Glass", "Clearing", "Winter", "Volunteers"}

# FAQ questions, each with the topic its answer comes from.
QUESTIONS = [
    ("How should I store {sub}?", "storage"), ("How long does delivery take?", "shipping"),
    ("Can I cook with {sub}?", "kitchen"), ("Where is your {sub} grown?", "sourcing"),
    ("Is the packaging recyclable?", "shipping"), ("Do you ship to {city}?", "shipping"),
    ("What does {sub} taste like?", "kitchen"), ("Can I take {sub} with my medication?", "safety"),
    ("How much should I take?", "brewing"), ("Is every lot tested?", "quality"),
    ("Can I return an opened {container}?", "service"), ("What does the research actually say?", "evidence"),
    ("How do I brew the loose {part}?", "brewing"), ("Who grows it?", "sourcing"),
    ("Can I grow it at home?", "garden"), ("Why did the price change?", "company"),
    ("What is the difference between the capsules and the powder?", "brewing"),
    ("Is {sub} suitable during pregnancy?", "safety"), ("Where does the name come from?", "history"),
    ("Can I change my subscription?", "service"), ("Do you have a shop I can visit?", "company"),
    ("Do you run events?", "community"), ("What is the best way to keep the tins tidy?", "home"),
]

QUOTES = [
    "I put a spoonful in my {dish} every morning, and the {flavor} taste has grown on me.",
    "The parcel arrived in {number} days, wrapped in paper with a handwritten note.",
    "We visited {farm} {when} and came home with a notebook full of recipes.",
    "Honestly, I bought it for the {color} tin and stayed for the flavour.",
    "It is the only thing in my cupboard that my {relative} asks to borrow.",
    "I was sceptical, and I still read the studies, but I like the ritual of the evening cup.",
    "Customer service sorted out a lost parcel in one email. That never happens.",
    "The {dish} recipe on the card is now a {day} fixture in our house.",
    "Growing it is slow work, and prices that do not swing every year make all the difference.",
    "We dry it the way my {relative} did, on racks in the shade, turning it every few hours.",
    "You can taste the difference between a rushed harvest and a patient one.",
    "I like knowing which field it came from. The lot number feels like a postcard.",
    "My {relative} and I share a tin, which means we argue about whose turn it is to reorder.",
    "The {event} stall was the friendliest in the whole market.",
]
RELATIVE = ("grandmother, grandfather, mother, father, aunt, uncle, sister, brother, neighbour, flatmate, husband, "
            "wife, partner")

TITLES = [
    "A Beginner's Guide to {Sub}", "What to Know About {Sub} Before You Buy", "{Sub} in the Kitchen and Beyond",
    "Our Team's Notes on {Sub}", "The Story of {Sub}", "{Sub} and {Other}: A Side-by-Side Look",
    "How We Source Our {Sub}", "Everyday Rituals With {Sub}", "{Number} Things We Learned Visiting {Place}",
    "{Sub}, From {Place} to Your Kitchen", "A {Season} With {Sub}", "Cooking With {Sub}: {Number} Easy Recipes",
    "Why We Test Every Lot of {Sub}", "{Brand} Field Notes: {Sub}", "The Honest Guide to {Sub}",
    "{Sub}: What the Research Does and Doesn't Say", "Inside Our {Season} Harvest of {Sub}",
    "Brewing a Good Cup of {Sub}", "{Sub} 101", "Questions We Get About {Sub}", "Meet the Growers Behind Our {Sub}",
    "{Number} Ideas for {Sub} This {Season}", "A Short History of {Sub}", "Storing, Brewing and Enjoying {Sub}",
]

LINK_TEXT = ("sourcing, testing, recipes, storage, brewing, shipping, returns, growers, history, research, safety, "
             "subscriptions")

STEPS = [
    "{Cookv} the {ingredient} and {ingredient} in {a_tool} for {minutes}.",
    "Add {spoons} of {sub} and stir {adv}.",
    "Pour the mixture into {a_tool} and leave it to rest for {minutes}.",
    "Heat the oven to {oven} and line a baking tray with baking paper.",
    "Taste, adjust with a little {ingredient}, and serve.",
    "Top with {ingredient} and a spoonful of {ingredient}.",
    "Let it cool, then keep it in a lidded jar for up to {small} days.",
    "Bring {ml} of water to a gentle simmer.",
    "Stir in the {ingredient} and cook for another {minutes}.",
    "Cook {adv} until the {dish} looks glossy and smells {flavor}.",
    "Whisk {grams} of {ingredient} with {ml} of {milk} until smooth.",
    "Scatter over the {ingredient} and bake for {minutes}, until golden at the edges.",
    "Leave to cool on a rack before slicing.",
    "Divide between {number} bowls and finish with {ingredient}.",
    "{Cookv} {grams} of {ingredient} and set aside.",
]

CLOSINGS = [
    "This article is for general information and is not medical advice.",
    "Written by the {brand} team in {town}. Photos by {person}.",
    "Updated {month} {year}. Spotted a mistake? Email us and {first} will correct it.",
    "Prices and availability were correct when we published this piece.",
]


# ---------------------------------------------------------------------------------------
# Copy claimcheck should report. Each entry: (template, what the subject must be).
# ---------------------------------------------------------------------------------------
FLAGGED = [
    # efficacy
    ("{Sub} is clinically proven to {benefit}.", None),
    ("Our {sub} {format} cure {condition}, guaranteed.", None),
    ("Studies have shown that {sub} doubles your energy overnight.", None),
    ("Science has proven that {sub} works better than {drug}.", None),
    ("Doctors agree that {sub} belongs in every medicine cabinet.", None),
    ("{Sub} reverses aging and eliminates inflammation for good.", None),
    ("{Sub} is the natural {curecondition} cure you have been waiting for.", None),
    ("Thanks to {sub}, my {condition} is completely gone.", None),
    ("{Sub} works just like {likedrug}, without the prescription.", None),
    ("After {number} weeks of {sub}, I was able to stop taking my {drug} for good.", None),
    ("Our {sub} blend is FDA approved for {condition}.", None),
    ("Ditch the {drug} and reach for {sub} instead.", None),
    ("Since we started on {sub}, the kids haven't been sick once.", None),
    ("{Sub} is highly effective for {condition}.", None),
    ("{Sub} improves focus by {bigpct} in just {number} days.", None),
    ("Taken together, {sub} and {other} amplify each other's effects.", None),
    ("{Sub} works for everyone, every single time.", None),
    ("This {sub} tonic heals your gut and restores your immune system.", None),
    ("A daily cup of {sub} prevents {condition}.", None),
    ("{Sub} is a miracle cure for {condition}.", None),
    ("Research confirms that {sub} eliminates {condition} naturally.", None),
    ("{Sub} treats {condition} without the side effects of {drug}.", None),
    ("With a {bigpct} success rate, {sub} is the answer to {condition}.", None),
    # safety
    ("{Sub} has no side effects, so you can take as much as you like.", None),
    ("Because it is 100% natural, {sub} is completely safe for everyone.", None),
    ("{Sub} is completely non-addictive and safe to take every day.", None),
    ("{Sub} is perfectly safe during pregnancy and for young children.", None),
    ("You can't overdose on {sub}, so don't worry about the dose.", None),
    ("{Sub} won't interact with any of your medications.", None),
    ("It is perfectly safe to mix {sub} with alcohol at a party.", None),
    ("{Sub} is a safe alternative to {drug}.", None),
    ("Is {sub} addictive? Not at all.", None),
    ("{Sub} is totally harmless, even at high doses.", None),
    ("It's just a plant, so {sub} is risk-free.", None),
    # botanical
    ("{Sub}, a rare adaptogenic mushroom from the Amazon, anchors the formula.", "plant"),
    ("{Sub} is a mushroom that has been foraged in {place} for centuries.", "plant"),
    ("Like other medicinal mushrooms, {sub} is best taken as a hot-water extract.", "plant"),
    ("{Sub} is a flowering herb that thrives in {place}.", "fungus"),
    ("{Sub} is a leafy plant, and we use only the roots.", "fungus"),
    ("Our {sub} is made from the {wrongpart} of the plant, dried in the shade.", "wrongpart"),
    ("Our {sub} powder is ground from the {wrongpart}, never the stems.", "wrongpart"),
    ("{Sub} is native to {wrongregion}, where it still grows wild.", "wrongregion"),
    ("{Sub} grows wild in {wrongregion}, mostly along roadsides and field edges.", "wrongregion"),
    ("{Sub} ({wronglatin}) has a long history in folk medicine.", "plant"),
    ("{Sub} belongs to the mint family, which explains its fresh aroma.", "plant"),
]
BENEFIT = """
melt away stress in just seven days, double your energy, sharpen your memory, burn belly fat, end brain fog,
boost your immune system, balance your hormones, lower blood pressure, stop hair loss, clear acne, reverse
cognitive decline, relieve joint pain, eliminate anxiety, restore deep sleep
"""
CONDITION = """
anxiety, insomnia, arthritis, migraines, acne, eczema, depression, high blood pressure, diabetes, colds, the
flu, inflammation, joint pain, IBS, chronic fatigue, high cholesterol, psoriasis, back pain
"""
DRUG = """
ibuprofen, sleeping pills, antidepressants, Xanax, statins, metformin, Prozac, painkillers, antibiotics,
prescription drugs, blood pressure medication, Adderall
"""
# Narrower lists for templates that do not match every condition or drug above.
CURE_CONDITION = ("anxiety, insomnia, arthritis, acne, eczema, depression, diabetes, inflammation, joint pain, "
                  "psoriasis, back pain")
LIKE_DRUG = ("ibuprofen, sleeping pills, antidepressants, Xanax, metformin, Prozac, painkillers, Adderall, Valium, "
             "oxycodone")

# ---------------------------------------------------------------------------------------
# Drawing words: a Zipf-like skew over each list, and the slot filler.
# ---------------------------------------------------------------------------------------


def _items(block: str) -> list[str]:
    return list(dict.fromkeys(item.strip() for item in block.replace("\n", " ").split(",") if item.strip()))


class _Pool:
    """A word list drawn with weight 1 / rank ** exponent, in an order fixed by the list's name."""

    __slots__ = ("items", "cumulative", "total")

    def __init__(self, name: str, items: list[str], exponent: float = 1.0):
        items = list(items)
        random.Random(zlib.crc32(name.encode())).shuffle(items)
        self.items = items
        self.cumulative = list(accumulate(1.0 / (rank + 1) ** exponent for rank in range(len(items))))
        self.total = self.cumulative[-1]

    def draw(self, rng: random.Random) -> str:
        return self.items[bisect_right(self.cumulative, rng.random() * self.total)]


_POOLS = {name: _Pool(name, _items(block)) for name, block in {
    # descriptions
    "adj": ADJ, "padj": PADJ, "tadj": TADJ, "cadj": CADJ, "flavor": FLAVOR, "texture": TEXTURE, "color": COLOR,
    "sentadv": SENTADV, "adv": ADV, "emotion": EMOTION, "abstract": ABSTRACT, "qualitynoun": QUALITY_NOUN,
    "sound": SOUND, "smell": SMELL, "when": WHEN,
    # food and drink
    "ingredient": INGREDIENT, "addin": ADDIN, "milk": MILK, "dish": DISH, "tool": TOOL, "seafood": SEAFOOD,
    "fruitvariety": FRUITVARIETY, "drink": DRINK,
    # land, farms, gardens, nature
    "gplant": GPLANT, "gthing": GTHING, "landscape": LANDSCAPE, "farmthing": FARMTHING, "machine": MACHINE,
    "crop": CROP, "farmtask": FARMTASK, "livestock": LIVESTOCK, "wildflower": WILDFLOWER, "insect": INSECT,
    "animal": ANIMAL, "tree": TREE, "rock": ROCK, "weather": WEATHER, "cloud": CLOUD,
    # places, travel, history
    "spot": SPOT, "building": BUILDING, "arch": ARCH, "room": ROOM, "infra": INFRA, "vehicle": VEHICLE,
    "street": STREET, "city": CITY, "history": HISTORY, "oldpeople": PEOPLE_OLD, "oldthing": OLDTHING, "era": ERA,
    # business, shipping, packaging
    "container": CONTAINER, "packing": PACKING, "ship": SHIP, "service": SERVICE, "biz": BIZ,
    "bizthing": BIZTHING, "office": OFFICE, "unit": UNIT, "science": SCIENCE, "media": MEDIA,
    "format": FORMAT, "productformat": PRODUCT_FORMAT, "line": LINE, "topic": LINK_TEXT,
    # people and their lives
    "first": FIRST, "last": LAST, "role": ROLE, "role2": ROLE2, "relative": RELATIVE, "activity": ACTIVITY,
    "exercise": EXERCISE, "sport": SPORT, "sleepthing": SLEEPTHING, "skin": SKIN, "skiningredient": SKININGREDIENT,
    "household": HOUSEHOLD, "material": MATERIAL, "fabric": FABRIC, "clothing": CLOTHING, "hobby": HOBBY,
    "skill": SKILL, "book": BOOK, "music": MUSIC, "song": SONG, "event": EVENT, "holiday": HOLIDAY,
    "discipline": DISCIPLINE, "chat": CHAT,
    # verbs
    "cookv": COOKV, "cookv2": COOKV2, "gardenv": GARDENV, "gardenv2": GARDENV2, "samplev": SAMPLEV, "docv": DOCV,
    "housev": HOUSEV, "travelv": TRAVELV, "travelv2": TRAVELV2,
    # only in FLAGGED
    "benefit": BENEFIT, "condition": CONDITION, "curecondition": CURE_CONDITION, "drug": DRUG, "likedrug": LIKE_DRUG,
}.items()}
_POOLS.update({name: _Pool(name, _items(block), 0.3) for name, block in {
    "month": MONTH, "season": SEASON, "day": DAY}.items()})
_SYLLABLES = [_Pool(name, _items(block)) for name, block in
              (("head", BRAND_HEAD), ("mid", BRAND_MID), ("tail", BRAND_TAIL))]
_VILLAGE_SYLLABLES = [_Pool(name, _items(block)) for name, block in
                      (("vhead", VILLAGE_HEAD), ("vmid", VILLAGE_MID), ("vtail", VILLAGE_TAIL))]


def _cap(text: str) -> str:
    return text[:1].upper() + text[1:]


def _a(word: str) -> str:
    return "an" if word[:1].lower() in "aeiou" and not word.lower().startswith(("one", "eu", "uni", "use")) else "a"


def _plural(noun: str) -> str:
    head, _, last = noun.rpartition(" ")
    if last.endswith(("s", "x", "z", "ch", "sh")):
        last += "es"
    elif last.endswith("y") and last[-2:-1] not in ("a", "e", "i", "o", "u"):
        last = last[:-1] + "ies"
    elif last.endswith("fe"):
        last = last[:-2] + "ves"
    elif last.endswith(("lf", "af", "rf")):
        last = last[:-1] + "ves"
    else:
        last += "s"
    return f"{head} {last}" if head else last


def _inflect(verb: str, form: str) -> str:
    word, _, rest = verb.partition(" ")
    if form == "_3":
        word = _plural(word)
    elif form == "_ed" and word in _IRREGULAR:
        word = _IRREGULAR[word]
    else:
        suffix = "ed" if form == "_ed" else "ing"
        if word in _DOUBLE:
            word += word[-1]
        elif form == "_ed" and word.endswith("e"):
            suffix = "d"
        elif form == "_ing" and word.endswith("ie"):
            word = word[:-2] + "y"
        elif form == "_ing" and word.endswith("e") and not word.endswith(("ee", "ye", "oe")):
            word = word[:-1]
        elif form == "_ed" and word.endswith("y") and word[-2:-1] not in ("a", "e", "i", "o", "u"):
            word = word[:-1] + "i"
        word += suffix
    return f"{word} {rest}" if rest else word


def _brand(rng: random.Random) -> str:
    head, mid, tail = (pool.draw(rng) for pool in _SYLLABLES)
    return head + (mid if rng.random() < 0.4 else "") + tail


def _slug(rng: random.Random) -> str:
    pools = ("adj", "ingredient", "dish", "topic", "spot", "hobby")
    words = [_POOLS[rng.choice(pools)].draw(rng) for _ in range(rng.randint(1, 3))]
    return "-".join("-".join(words).lower().replace("'", "").split())


def _count(rng: random.Random) -> str:
    value = int(10 ** rng.uniform(1.3, 4.3))
    return f"{value:,}" if value >= 10_000 else str(value)


_NUMBERS = {
    "number": lambda r: r.choice(NUMBER_WORDS),
    "small": lambda r: str(r.randint(2, 9)),
    "count": _count,
    "smallcount": lambda r: str(r.randint(12, 240)),
    "pct": lambda r: f"{r.randint(3, 60)}%",
    "lowpct": lambda r: f"{r.randint(1, 12)}%",
    "bigpct": lambda r: f"{r.choice((40, 50, 70, 80, 90, 95, 200, 300))}%",
    "mg": lambda r: f"{r.choice((50, 100, 125, 150, 200, 250, 300, 400, 450, 500, 600, 750, 1000))} mg",
    "grams": lambda r: f"{r.choice((1, 2, 3, 5, 10, 25, 50, 100, 150, 200, 250, 400, 500))} g",
    "ml": lambda r: f"{r.choice((30, 50, 100, 150, 200, 250, 300, 500))} ml",
    "spoons": lambda r: r.choice(("1 tsp", "2 tsp", "½ tsp", "1 tbsp", "2 tbsp", "3 tbsp", "a heaped teaspoon")),
    "temp": lambda r: f"{r.choice((70, 75, 80, 85, 90, 95))}°C",
    "minutes": lambda r: f"{r.choice((3, 4, 5, 8, 10, 12, 15, 20, 25, 30, 40, 45))} minutes",
    "hours": lambda r: f"{r.choice(('two', 'three', 'four', 'five', 'six', 'eight'))} hours",
    "weeks": lambda r: f"{r.choice(('four', 'six', 'eight', 'ten', 'twelve'))} weeks",
    "year": lambda r: str(r.randint(1985, 2024) if r.random() < 0.7 else r.randint(1820, 1984)),
    "rainmm": lambda r: f"{r.randint(6, 40) * 50:,} mm",
    "hectares": lambda r: f"{r.randint(2, 80)}-hectare",
    "age": lambda r: str(r.randint(18, 40)),
    "oldage": lambda r: str(r.randint(62, 91)),
    "recentyear": lambda r: str(r.randint(1980, 2023)),
    "oldyear": lambda r: str(r.randint(1620, 1950)),
    "century": lambda r: r.choice(("1600s", "1700s", "1800s", "seventeenth century", "eighteenth century",
                                   "nineteenth century", "early 1900s")),
    "price": lambda r: f"{r.choice(('$', '£', '€'))}{r.randint(3, 60)}.{r.choice(('00', '50', '95', '99'))}",
    "oldprice": lambda r: r.choice(("two shillings", "a penny", "sixpence", "three pence", "a few cents",
                                    "a florin")),
    "lot": lambda r: f"{r.choice('ABCDEFGHKLMNPRST')}{r.choice('ABCDEFGHKLMNPRST')}-{r.randint(100, 999)}",
    "url": lambda r: f"https://example.com/{_slug(r)}",
    "clock": lambda r: r.choice(("noon", "1 pm", "2 pm", "3 pm", "11 am")),
    "tenth": lambda r: r.choice(("a tenth of a milligram", "a hundredth of a gram", "one milligram")),
    "servings": lambda r: str(r.choice((20, 25, 30, 40, 45, 50, 60, 90))),
    "returndays": lambda r: str(r.choice((14, 30, 60))),
    "oven": lambda r: f"{r.choice((160, 170, 180, 190, 200, 220))}°C",
    "day_of_month": lambda r: str(r.randint(1, 28)),
    "person": lambda r: f"{_POOLS['first'].draw(r)} {_POOLS['last'].draw(r)}",
}


class _Filler(dict):
    """Slot values for str.format_map: fixed facts about the article, or a fresh draw per slot
    (drawn again once when it repeats the previous draw of the same slot)."""

    def __init__(self, rng: random.Random, facts: dict):
        super().__init__(facts)
        self.rng = rng
        self.previous: dict[str, str] = {}

    def __missing__(self, key: str) -> str:
        if key in _POOLS:
            value = _POOLS[key].draw(self.rng)
            if value == self.previous.get(key):
                value = _POOLS[key].draw(self.rng)
            self.previous[key] = value
            return value
        if key in _NUMBERS:
            return _NUMBERS[key](self.rng)
        if key == "village":
            return self.rng.choice(self["villages"])
        if key[0].isupper():
            return _cap(self[key[0].lower() + key[1:]])
        if key.startswith("a_"):
            value = self[key[2:]]
            return f"{_a(value)} {value}"
        if key.endswith("_s"):
            return _plural(self[key[:-2]])
        if key.endswith(("_ed", "_ing", "_3")):
            base, _, form = key.rpartition("_")
            return _inflect(self[base], "_" + form)
        raise KeyError(key)


_CONTRACTED = {
    "do not": "don't", "does not": "doesn't", "did not": "didn't", "is not": "isn't", "are not": "aren't",
    "was not": "wasn't", "has not": "hasn't", "have not": "haven't", "cannot": "can't", "it is": "it's",
    "It is": "It's", "that is": "that's", "That is": "That's", "there is": "there's", "we are": "we're",
    "We are": "We're", "you are": "you're", "You are": "You're", "we will": "we'll", "We will": "We'll",
    "you will": "you'll", "You will": "You'll", "we have been": "we've been", "we would": "we'd",
    "We would": "We'd", "they are": "they're", "let us": "let's",
}
_CONTRACTIBLE = re.compile(r"\b(" + "|".join(sorted(_CONTRACTED, key=len, reverse=True)) + r")\b(?! not)")


def _contract(text: str) -> str:
    """The casual register: "do not" becomes "don't" (never before "not": "you will not" stays)."""
    return _CONTRACTIBLE.sub(lambda match: _CONTRACTED[match.group(1)], text)


def _render(template: str, fill: _Filler) -> str:
    text = template.format_map(fill)
    return _cap(text) if text[:1].isalpha() else text


_SMALL_WORDS = {"a", "an", "and", "the", "of", "on", "in", "to", "for", "with", "from", "by", "at", "or", "is"}


def _title(text: str) -> str:
    words = text.split()
    return " ".join(word if i and word in _SMALL_WORDS else _cap(word) for i, word in enumerate(words))


# ---------------------------------------------------------------------------------------
# Articles.
# ---------------------------------------------------------------------------------------

_FLAG_RATE = 0.075          # of body sentences: about one in thirteen
_SAFETY_RATE = 0.5          # risky articles that carry their safety sentence
_LIFESTYLE = ["kitchen", "shipping", "service", "garden", "travel", "fitness", "sleep", "skincare", "company",
              "storage", "quality", "community", "home"]
_SUBSTANCE_TOPICS = ["sourcing", "evidence", "brewing", "history", "safety", "quality", "kitchen", "storage"]


def _facts(rng: random.Random, main: tuple, other: str) -> dict:
    name, kind, part, places, uses, latin, wrong_parts, wrong_regions = main
    farmer = f"{_POOLS['first'].draw(rng)} {_POOLS['last'].draw(rng)}"
    brand = _brand(rng)
    fmt = _POOLS["format"].draw(rng)
    villages = []
    for _ in range(3):
        head, mid, tail = (pool.draw(rng) for pool in _VILLAGE_SYLLABLES)
        villages.append(head + (mid if rng.random() < 0.6 else "") + tail)
    return {
        "villages": villages,
        "sub": name, "other": other, "part": part, "part_is": "are" if part.endswith("s") else "is",
        "place": rng.choice(places), "use": rng.choice(uses),
        "wrongpart": rng.choice(wrong_parts) if wrong_parts else "leaves",
        "wrongregion": rng.choice(wrong_regions) if wrong_regions else "the Amazon",
        "wronglatin": rng.choice([s[5] for s in SUBSTANCES + RISKY if s[5] != latin]), "farmer": farmer,
        "farm": f"{_POOLS['last'].draw(rng)} "
                f"{rng.choice(('Farm', 'Estate', 'Gardens', 'Cooperative', 'Smallholding'))}",
        "town": _POOLS["city"].draw(rng), "brand": brand, "format": fmt,
        "product": _title(f"{brand} {_POOLS['line'].draw(rng)} {name} {_POOLS['productformat'].draw(rng)}"),
        "founder": f"{_POOLS['first'].draw(rng)} {_POOLS['last'].draw(rng)}",
    }


def _eligible(need: str | None, main: tuple) -> bool:
    """Whether a FLAGGED template's error fits the article's substance (a plant called a mushroom...)."""
    kind, wrong_parts, wrong_regions = main[1], main[6], main[7]
    return (need is None or (need == "plant" and kind == "plant") or (need == "fungus" and kind == "fungus")
            or (need == "wrongpart" and bool(wrong_parts)) or (need == "wrongregion" and bool(wrong_regions)))


class _Writer:
    """Writes one article's sentences, paragraphs and blocks, using each template at most once
    while unused ones remain."""

    def __init__(self, rng: random.Random, main: tuple, other: str):
        self.rng = rng
        self.fill = _Filler(rng, _facts(rng, main, other))
        self.flagged = [template for template, need in FLAGGED if _eligible(need, main)]
        self.used: set[str] = set()
        self.casual = rng.random() < 0.5     # half the articles use contractions

    def pick(self, templates: list[str]) -> str:
        for _ in range(6):
            template = self.rng.choice(templates)
            if template not in self.used:
                break
        self.used.add(template)
        return template

    def sentence(self, topic: str, flag_rate: float = _FLAG_RATE) -> str:
        rng = self.rng
        if rng.random() < flag_rate:
            return _render(self.pick(self.flagged), self.fill)
        text = _render(self.pick(TOPICS[topic][1] if rng.random() < 0.85 else GENERAL), self.fill)
        roll = rng.random()
        if roll < 0.12 and text.split(" ", 1)[0] in _LOWERABLE:
            text = _render(rng.choice(PREFIXES), self.fill) + text[0].lower() + text[1:]
        elif roll > 0.92 and text.endswith(".") and not text.endswith(").") and "[" not in text:
            text = text[:-1] + _render(rng.choice(SUFFIXES), self.fill)
        return _contract(text) if self.casual else text

    def paragraph(self, topic: str, low: int = 2, high: int = 6) -> str:
        return " ".join(self.sentence(topic) for _ in range(self.rng.randint(low, high)))

    def bullets(self, topic: str) -> list[str]:
        items = TOPICS[topic][2]
        chosen = self.rng.sample(items, min(len(items), self.rng.randint(3, 5)))
        return [f"- {_render(item, self.fill)}" for item in chosen]

    def steps(self) -> list[str]:
        chosen = self.rng.sample(STEPS, self.rng.randint(4, 7))
        return [f"{n}. {_render(step, self.fill)}" for n, step in enumerate(chosen, 1)]

    def faq(self) -> list[str]:
        lines = ["## Frequently asked questions", ""]
        for question, topic in self.rng.sample(QUESTIONS, self.rng.randint(3, 5)):
            asked = _render(question, self.fill)
            lines += [f"### {asked}" if self.rng.random() < 0.6 else f"**{asked}**", "",
                      self.paragraph(topic, 1, 3), ""]
        return lines

    def quote(self) -> list[str]:
        said = _render(self.rng.choice(QUOTES), self.fill)
        who = _render(self.rng.choice(("{person}, {role} in {city}", "{person}, {city}",
                                       "{first}, a customer in {city}", "{farmer}, grower")), self.fill)
        return [f"> \N{LEFT DOUBLE QUOTATION MARK}{said}\N{RIGHT DOUBLE QUOTATION MARK} \N{EM DASH} {who}", ""]


def article(number: int, words: int = 1000, seed: int = 2024) -> str:
    """The article with this number: about `words` words of Markdown."""
    rng = random.Random(seed * 100_003 + number)
    risky = rng.random() < 0.25
    main = rng.choice(RISKY) if risky else rng.choice(SUBSTANCES)
    other = rng.choice([s[0] for s in SUBSTANCES if s[0] != main[0]])
    writer = _Writer(rng, main, other)
    fill = writer.fill
    lines = [f"# {_title(_render(rng.choice(TITLES), fill))}", ""]
    if rng.random() < 0.6:
        lines += [_render("*By {person}, {role} \N{MIDDLE DOT} {month} {day_of_month}, {recentyear}*", fill), ""]
    lines += [writer.paragraph(rng.choice(_SUBSTANCE_TOPICS), 3, 5), ""]
    count = sum(len(line.split()) for line in lines)
    faq_done = False
    while count < words:
        start = len(lines)
        if not faq_done and rng.random() < 0.12:
            lines += writer.faq()
            faq_done = True
        else:
            topic = rng.choice(_SUBSTANCE_TOPICS) if rng.random() < 0.5 else rng.choice(_LIFESTYLE)
            lines += [f"## {_render(rng.choice(TOPICS[topic][0]), fill)}", ""]
            for _ in range(rng.randint(1, 3)):
                lines += [writer.paragraph(topic), ""]
            roll = rng.random()
            if roll < 0.3:
                lines += writer.bullets(topic) + [""]
            elif roll < 0.45 and topic == "kitchen":
                lines += writer.steps() + [""]
            elif roll < 0.5:
                lines += writer.quote()
            if rng.random() < 0.3:
                lines += [writer.paragraph(topic, 1, 3), ""]
        count += sum(len(line.split()) for line in lines[start:])
    if risky and rng.random() < _SAFETY_RATE:  # the safety sentence goes into a paragraph of the body
        body = [i for i, line in enumerate(lines) if line[:1].isalpha()]
        lines[rng.choice(body)] += " " + rng.choice(RISKY_SAFETY[main[0]])
    if rng.random() < 0.3:
        lines += ["*" + _render(rng.choice(CLOSINGS), fill) + "*", ""]
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
