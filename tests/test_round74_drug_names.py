"""Round 74, the drugs and treatments a comparison, substitution or "alternative" claim names: hormone therapies
(HRT, TRT, estrogen), vaccines and the flu shot, the everyday over-the-counter categories and their brands (antacids,
PPIs, antihistamines, decongestants, laxatives, cough syrup, cold medicine), anxiolytics and ADHD stimulants, and generic
names told by their stem (pantoprazole, losartan, sumatriptan: drug_names.py). Foods and everyday things compared, hedged,
negated, attributed and questioned comparisons, and words with a drug-like ending that are no drug, pass."""
import pytest

import claimcheck
from claimcheck.drug_names import is_generic_drug_name


def _fired(text: str) -> set[str]:
    return {f.rule for f in claimcheck.check_text(text) if f.scope == "sentence"}


FLAGGED = [
    ('Maca is a safe alternative to hormone replacement therapy.', 'safety/safe-alternative'),
    ('Maca root is a safe, natural alternative to hormone replacement therapy.', 'safety/safe-alternative'),
    ('Maca is a natural alternative to HRT.', 'efficacy/drug-equivalence'),
    ('Maca is a natural alternative to TRT.', 'efficacy/drug-equivalence'),
    ('Black cohosh is a natural alternative to estrogen.', 'efficacy/drug-equivalence'),
    ('Elderberry is a natural alternative to the flu shot.', 'efficacy/drug-equivalence'),
    ('Elderberry works better than the flu vaccine.', 'efficacy/drug-equivalence'),
    ('Ginger is a natural alternative to antacids.', 'efficacy/drug-equivalence'),
    ('Ginger works better than Pepto-Bismol.', 'efficacy/drug-equivalence'),
    ('Peppermint oil works as well as Nexium.', 'efficacy/drug-equivalence'),
    ('Butterbur is a natural alternative to Claritin.', 'efficacy/drug-equivalence'),
    ('Echinacea works better than cold medicine.', 'efficacy/drug-equivalence'),
    ('Kava is as effective as Buspirone.', 'efficacy/drug-equivalence'),
    ('Our red clover capsules are a natural alternative to hormone therapy.', 'efficacy/drug-equivalence'),
    ('Dong quai works as well as estrogen therapy for hot flashes.', 'efficacy/drug-equivalence'),
    ('Tongkat ali is a natural alternative to testosterone replacement therapy.', 'efficacy/drug-equivalence'),
    ('Our elderberry syrup works better than a flu shot.', 'efficacy/drug-equivalence'),
    ('Licorice root tea is a natural alternative to Prilosec.', 'efficacy/drug-equivalence'),
    ('Our DGL licorice chews work better than Tums.', 'efficacy/drug-equivalence'),
    ('Slippery elm is a natural alternative to proton pump inhibitors.', 'efficacy/drug-equivalence'),
    ('Fenugreek works as well as omeprazole for heartburn.', 'efficacy/drug-equivalence'),
    ('Stinging nettle is a natural alternative to allergy pills.', 'efficacy/drug-equivalence'),
    ('Our nettle capsules work better than Zyrtec.', 'efficacy/drug-equivalence'),
    ('Butterbur works as well as antihistamines for hay fever.', 'efficacy/drug-equivalence'),
    ('Quercetin is a natural alternative to Allegra.', 'efficacy/drug-equivalence'),
    ('Our mullein tea works better than cough syrup.', 'efficacy/drug-equivalence'),
    ('Elderberry works better than Tamiflu.', 'efficacy/drug-equivalence'),
    ('Our psyllium blend works better than Miralax.', 'efficacy/drug-equivalence'),
    ('Berberine works as well as metformin.', 'efficacy/drug-equivalence'),
    ('Red yeast rice is a natural alternative to Lipitor.', 'efficacy/drug-equivalence'),
    ('Red yeast rice works as well as simvastatin.', 'efficacy/drug-equivalence'),
    ('Hawthorn is a natural alternative to lisinopril.', 'efficacy/drug-equivalence'),
    ('Hawthorn works as well as losartan for blood pressure.', 'efficacy/drug-equivalence'),
    ('Our motherwort drops work better than metoprolol.', 'efficacy/drug-equivalence'),
    ('Bacopa is a natural alternative to Adderall.', 'efficacy/drug-equivalence'),
    ("Our lion's mane works better than ADHD stimulants.", 'efficacy/drug-equivalence'),
    ('Saffron extract works as well as fluoxetine.', 'efficacy/drug-equivalence'),
    ('Ashwagandha is a natural alternative to anti-anxiety drugs.', 'efficacy/drug-equivalence'),
    ('Kava works better than lorazepam.', 'efficacy/drug-equivalence'),
    ('Our feverfew capsules work better than sumatriptan.', 'efficacy/drug-equivalence'),
    ('Garlic is a natural alternative to amoxicillin.', 'efficacy/drug-equivalence'),
    ('Oregano oil works better than antibiotics like doxycycline.', 'efficacy/drug-equivalence'),
    ('Manuka honey works as well as penicillin.', 'efficacy/drug-equivalence'),
    ('Our gymnema works as well as Januvia.', 'efficacy/drug-equivalence'),
    ('Our berberine is a natural alternative to Ozempic.', 'efficacy/drug-equivalence'),
    ('Horny goat weed works better than sildenafil.', 'efficacy/drug-equivalence'),
    ('Chamomile is a natural alternative to NyQuil.', 'efficacy/drug-equivalence'),
    ('Turmeric works better than Aleve.', 'efficacy/drug-equivalence'),
    ('Our oregano oil is a natural alternative to cold and flu medicine.', 'efficacy/drug-equivalence'),
    ('Tongkat ali works better than testosterone shots.', 'efficacy/drug-equivalence'),
    ('Our elderberry gummies work better than the vaccine.', 'efficacy/drug-equivalence'),
    ('Maca is a natural alternative to hormones.', 'efficacy/drug-equivalence'),
    ('Our oregano oil is stronger than any antibiotic.', 'efficacy/drug-equivalence'),
    ('Kava is a safe alternative to buspirone.', 'safety/safe-alternative'),
    ('Our ginger tea is a safe alternative to antacids.', 'safety/safe-alternative'),
    ('Peppermint capsules are a natural alternative to pantoprazole.', 'efficacy/drug-equivalence'),
    ('Our feverfew is a natural alternative to rizatriptan.', 'efficacy/drug-equivalence'),
    ('Use ginger instead of Nexium for heartburn.', "efficacy/drug-substitution"),
    ('Ditch the Tums and sip our ginger tea.', "efficacy/drug-substitution"),
    ('I stopped my Prilosec once I found slippery elm.', "efficacy/drug-substitution"),
    ('Take butterbur instead of Claritin this spring.', "efficacy/drug-substitution"),
    ("Our elderberry syrup means you won't need Tamiflu.", "efficacy/drug-substitution"),
    ('I swapped my HRT for maca.', "efficacy/drug-substitution"),
    ('I no longer take my omeprazole thanks to our DGL licorice.', "efficacy/drug-substitution"),
    ('Take our kava instead of buspirone.', "efficacy/drug-substitution"),
    ('Try our turmeric instead of lisinopril.', "efficacy/drug-substitution"),
    ('Kava is better than reaching for a Xanax.', 'efficacy/drug-equivalence'),
    ('Our valerian is a natural alternative to reaching for sleeping pills.', 'efficacy/drug-equivalence'),
    ('Kava is better than relying on Xanax.', 'efficacy/drug-equivalence'),
    ('Turmeric works better than a daily dose of ibuprofen.', 'efficacy/drug-equivalence'),
    ('Ginger is more effective than taking Pepto-Bismol.', 'efficacy/drug-equivalence'),
]

PASSING = [
    # a drug named past the compared thing's own clause, a compound, a slot word before its noun
    'Our kava works better than shots of espresso for a calm evening.',
    'Ginger works better than water when taken with omeprazole.',
    'Our maca works better than coffee, and my doctor still has me on atorvastatin.',
    'Elderberry syrup is better than plain honey for kids, and their vaccines are still up to date.',
    'Our turmeric is more potent than the cheap stuff sold at Bristol festivals.',
    'Maca is a natural alternative to caffeine for those on HRT.',
    'Our chamomile tea is a natural alternative to wine for winding down.',
    'Our ashwagandha gummies are better than the antibiotic-laced feed industry, says our farmer.',
    'Maca is a natural alternative to caffeine for those on Xanax.',
    'Ginger works better than water when taken with ibuprofen.',
    'Our kava works better than beer for people who take Prozac.',
    'Chamomile is more soothing than coffee for anyone on antidepressants.',
    'Oat milk is a natural alternative to dairy.',
    'Our kombucha is a great alternative to sugary sodas.',
    'Our ginger tea is a natural alternative to coffee in the morning.',
    'Maca is not a safe alternative to hormone replacement therapy.',
    'Some sellers claim maca is a natural alternative to HRT, but no trial supports this.',
    'Is black cohosh a natural alternative to estrogen?',
    "Do not use St. John's wort instead of your antidepressant.",
    'Elderberry is no substitute for the flu shot.',
    'Elderberry may work as well as Tamiflu, but the evidence is preliminary.',
    'The flu vaccine works better than any herbal remedy.',
    'Omeprazole works better than ranitidine for some patients.',
    'Ginger may be a natural alternative to antacids for mild nausea, early studies suggest.',
    'Our April sale ends on Friday; kava ships from Bristol.',
    "Our kava festival sold better than last year's.",
    'Ashwagandha gummies taste better than Tums.',
    'Stevia is a natural alternative to sugar.',
    'Our beeswax candles are a natural alternative to paraffin.',
    'Coconut oil is a natural alternative to store-bought lotion.',
    'Our chamomile tea works better than a heating pad, say our happy customers? No, try both.',
    'Butterbur is not a natural alternative to Claritin.',
    'Many people look for a natural alternative to HRT; ask your doctor about the options.',
    'Maca has been studied as an alternative to hormone therapy, with mixed results.',
    'There is no natural alternative to the flu shot.',
    'Hawthorn does not work as well as lisinopril.',
    'Kava does not work better than Buspirone.',
    'Our turmeric latte is a cozy alternative to a pistol-hot espresso.',
    'Our survivor stories show that reishi tea is a calm alternative to soda.',
    'Red yeast rice contains monacolin K, the same compound as lovastatin.',
    'Sildenafil works better than tadalafil for some men, a urologist says.',
    'Our hemp seed oil is a natural alternative to olive oil.',
    'Honey works better than sugar in this recipe.',
    'Red clover works better than soy for supporting healthy estrogen levels.',
    'Our maca tastes better than any testosterone booster powder.',
    'Elderberry syrup is cheaper than the flu shot, but it is no replacement for it.',
    'Get your flu shot; elderberry is not a substitute for the vaccine.',
    'Nexium works better than Tums for chronic reflux, my gastroenterologist says.',
    'The flu vaccine is more effective than any supplement.',
    'Hormone replacement therapy works better than black cohosh for hot flashes, trials show.',
    'Ask your doctor whether hormone therapy or a natural alternative to HRT is right for you.',
    'Is maca really a safe alternative to HRT?',
    'Peppermint oil may work as well as some antispasmodics, a small trial suggested.',
    'Our ginger chews are a tasty alternative to Tums-style candies? No: ginger is not an antacid.',
    'Kava does not replace buspirone or any anxiety medication.',
    'Do not stop taking omeprazole without talking to your doctor, even if ginger helps.',
    'Turmeric is a natural alternative to saffron in rice dishes.',
    'Our red clover tea is a gentle alternative to black tea.',
    'Lisinopril works better than hawthorn for high blood pressure.',
    'Elderberry gummies are more popular than cough drops this winter.',
    "Our ashwagandha is better than the competition's on price and purity.",
    'Maca is a natural alternative to coffee, and it supports healthy hormones? Ask your doctor.',
    'Our wild yam cream works better than lotion for dry skin around testosterone injection sites.',
    'Elderberry is better than nothing, but it is not a vaccine.',
    'Vitex works better than soy for progesterone balance, some herbalists claim.',
    'Tongkat ali is not a natural alternative to testosterone.',
    'Ashwagandha is more popular than ever among people on levothyroxine.',
    "Don't take ginger instead of your omeprazole without asking your doctor.",
    'I stopped my Prilosec because my doctor switched me to Pepcid.',
    'Use our ginger tea instead of a sugary soda.',
]


@pytest.mark.parametrize("text,rules", FLAGGED)
def test_flags(text, rules):
    fired = _fired(text)
    assert fired & set(rules.split("|")), (text, fired)


@pytest.mark.parametrize("text", PASSING)
def test_passes(text):
    fired = {r for r in _fired(text) if r in DRUG_RULES}
    assert not fired, (text, fired)


DRUG_RULES = {"efficacy/drug-equivalence", "efficacy/drug-substitution", "efficacy/drug-comparison", "efficacy/drug-likeness",
              "efficacy/drug-substitute", "safety/safe-alternative"}


@pytest.mark.parametrize("word", ["omeprazole", "atorvastatin", "lisinopril", "losartan", "metoprolol", "famotidine",
                                  "doxycycline", "azithromycin", "amoxicillin", "ciprofloxacin", "sumatriptan", "sitagliptin",
                                  "semaglutide", "sildenafil", "fluoxetine", "lorazepam", "alprazolam", "oseltamivir"])
def test_generic_stems(word):
    assert is_generic_drug_name(word)


@pytest.mark.parametrize("word", ["april", "pistol", "festival", "survivor", "bristol", "capital", "pril", "statin-free"])
def test_not_generic_names(word):
    assert not is_generic_drug_name(word)
