"""``kind: relation`` — a claim with a subject, a verb and an object in one clause.

"Kratom eliminates withdrawal", "our formula cures anxiety", "kava amplifies kratom's
effects": a verb phrase from the rule's ``verbs`` with, to its left in the same clause, a
subject (a substance mention, or ``it``/``this`` and product nouns when the rule allows)
and, to its right within ``max_gap`` tokens, an object from ``objects`` (a lexicon, or
``substance`` for another substance than the subject). With ``imperative: true`` a sentence
that opens with the verb ("Beat anxiety with kava", "Say goodbye to migraines: ginger chews")
takes as its subject the substance or product named after the object.
"""
from __future__ import annotations

import re
from bisect import bisect_left

from spacy.tokens import Doc

from ..annotate import (TABLE_COLUMNS, context_of, mention_starts, mentions_of, sentence_bounds, sentence_start_of,
                        token_table)

from ..product_names import brand_name_text, takes_brand_names
from .common import (PRONOUN_SUBJECTS, DocumentState, Environment, blocked_by_context, comparison_aside, fix_from_rule,
                     make_finding, mentions_in, topic_before)
from .phrase import BenefitLabels
from .qualifiers import Qualifiers

CLAUSE_BREAKS = {";", "—", "–", ":", "(", ")", "but", "however", "although", "though", "whereas", "while", "unlike"}
# An imperative slogan names its product later in the same clause ("Beat anxiety — naturally — with
# kava", "Kiss migraines goodbye: ginger chews"), never after one of these.
IMPERATIVE_BREAKS = {";", "but", "however", "although", "though", "whereas", "unlike", "instead"}
# Walking left from a verb, these end the search for its subject: "people who stop…" is about
# people, and after ", and" a new clause usually brings its own subject.
SUBJECT_BARRIERS = {"who", "whom", "whose", "when", "if", "because", "since", "after", "before", "until", "among", "amongst",
                    "upon"}
# With ``timed_commands`` a time or manner phrase opened by one of these between an instruction's product and its purpose
# does not hide the product: "Use kava before bed to relieve anxiety", "Take turmeric after workouts to reduce
# inflammation", "Use valerian when you need to treat insomnia" (see RelationRules._timed_command). The phrase has at
# most MAX_TIMED words, none of TIMED_NOT: not "… before asking your doctor to treat …" (the doctor's purpose), "…
# before trying to treat …" (the trying's).
TIMED_BARRIERS = {"before", "after", "when", "until", "upon"}
MAX_TIMED = 6
TIMED_NOT = {"not", "no", "never", "n't", "n’t", "doctor", "doctors", "physician", "physicians", "pharmacist", "pharmacists",
             "nurse", "nurses", "provider", "gp", "vet", "surgeon", "ask", "asking", "asked", "tell", "telling", "told",
             "try", "trying", "tried", "decide", "deciding", "decided", "start", "starting", "begin", "beginning", "plan",
             "planning", "going", "attempt", "attempting", "learn", "learning", "he", "she", "they", "someone", "somebody",
             "it", "stop", "stopping", "quit", "quitting"}
# Before the instruction's verb only these (and bullets, quotes): "Just take …", "Simply drink …"; else the verb opens
# the sentence as an imperative slogan's does (see _opens_sentence).
COMMAND_LEADS = {"just", "simply", "then", "also", "always", "now", "so", "and", "tonight", "instead", "first", "next"}
# The product is the verb's object, at most MAX_COMMAND_FILLERS words after it ("two capsules of turmeric", "a cup of
# valerian tea"), and at most MAX_COMMAND_TAIL words before the phrase ("valerian an hour before bed", "elderberry syrup
# to your tea each morning"); none of COMMAND_SKIPS between the verb and it ("Take your medication with kava …",
# "Take your pills instead of kava …").
MAX_COMMAND_FILLERS = 4
MAX_COMMAND_TAIL = 4
COMMAND_SKIPS = {"with", "without", "instead", "rather", "than", "not", "no", "and", "or", "but", "except", "alongside"}
# Right before the verb these make it a gerund with a subject of its own: "kratom can cause constipation
# and, on stopping, diarrhoea" (the reader stops).
GERUND_MARKERS = {"on"}
# An introductory clause that opens with one of these and ends in a comma ("If you use it daily, taper slowly to reduce
# withdrawal", "When you stop kratom, drink water to ease withdrawal", "Whenever I drink kava, meditation calms my
# anxiety") has its own subject: the main clause after the comma names its subject there ("If you have insomnia,
# valerian cures it") or has none (an imperative, whose product is named after the verb). INTRO_LEADS may open the
# clause before the word ("Even if …", "And when …").
SUBORDINATORS = {"if", "when", "whenever", "once", "unless", "since", "after", "before", "until", "till", "because",
                 "while", "whilst", "though", "although"}
INTRO_LEADS = {"and", "but", "so", "even", "only", "now", "just", "also", "then", "or"}
NEW_CLAUSE = {"and", "or", "so"}
# "Beta-glucans in reishi activate immune cells, so your body can fight off cancer": a result clause whose subject is
# the reader's body (the `body-systems` lexicon, or these) and whose verb follows one of ENABLED_MODALS claims the
# outcome for the substance that enables it; a result clause with another subject ("so your doctor can treat …", "so
# your oncologist can shrink …") has its own agent, and the substance before it is no subject of its verb.
ENABLING_BODIES = {"body", "immune system", "immune cells", "white blood cells", "t cells", "defenses", "defences",
                   "natural defenses", "natural defences", "system", "organs", "tissues"}
ENABLED_MODALS = {"can", "will", "'ll", "’ll"}
ENABLING_FILLERS = {"own", "finally", "naturally", "then", "now", "better", "more", "easily", "effectively", "actually",
                    "really"}  # "so that your own body can finally …"
MAX_ENABLED_SUBJECT = 5  # words after the determiner of the result clause's subject: "your body's own immune cells"
# An introductory phrase before an imperative ("Tonight, beat …") is not one of these: they open a
# subordinate clause ("If you have the flu, treat it …") or make the verb a reply ("Yes, …").
INTRO_BLOCKERS = SUBJECT_BARRIERS | {"unless", "whether", "while", "although", "though", "once", "yes", "no", "i",
                                     "you", "we", "they", "he", "she", "it", "people", "doctors"}
# After an article or a number a one-word verb of the rule's list is a noun: "two blocks from the clinic", "the control
# group" (phrases such as "the best thing for" keep their article).
NOUN_MARKERS = {"a", "an", "the"}
# `not_after` words are looked for this many tokens after a substance object.
NOT_AFTER_REACH = 3
# A drug named right after these is one a label line's product replaces or beats, not its subject.
DRUG_FREE = {"without", "no", "than"}
DRUG_FREE_FILLERS = {"a", "an", "any", "the", "your", "other", "prescription"}  # "without prescription drugs"
# A drug right after the verb, closed by a comma, is the verb's object: "Kava beats Xanax, with no hangover" beats no
# hangover (it compares kava to a drug, which drug-comparison reports). Single words of the `drugs` lexicon.
DRUG_OBJECT_CLOSERS = {",", "—", "–"}
# Testimonials in the first person name the product after the object ("I beat insomnia with valerian").
FIRST_PERSON = {"i", "we"}
# Between the teller and the verb: adverbs ("finally", any "-ly") and auxiliaries ("I have cured", "we've beaten").
TESTIMONY_FILLERS = {"finally", "just", "also", "then", "soon", "have", "has", "had", "'ve", "’ve", "'d", "’d"}
# A promise to the reader names the product after its object too: "(So) you can finally beat insomnia with valerian",
# "Now you'll beat the flu with our elderberry". "You" is a teller only with one of PROMISE_MODALS before the verb,
# and only at the sentence start or after one of PROMISE_OPENERS there ("If you can't beat insomnia with valerian"
# opens a condition).
PROMISE_MODALS = {"can", "will", "'ll", "’ll"}
PROMISE_OPENERS = {"so", "now", "and", "today", "tonight"}
# Before a name that is the object of the verb before "and" (see _subject), these make it an ingredient of the product
# the clause is about, and so the subject still: "(It) contains valerian and treats insomnia", "Blended with chamomile
# and relieves anxiety". Looked for up to INGREDIENT_REACH words before the name.
INGREDIENT_LEADS = {"contains", "contain", "containing", "includes", "include", "including", "with", "combines",
                    "features", "packs", "blends", "has", "plus", "of"}
INGREDIENT_REACH = 3
# A testimony told of others ("my sister healed her eczema with sea moss", "thousands of customers have cured their
# insomnia with our valerian") claims an outcome only with an outcome verb: "my mom treats her arthritis with
# turmeric" tells a habit.
REPORTED_TELLERS = {"he", "she", "they", "customers", "users", "people", "patients", "clients", "buyers", "readers",
                    "members", "parents", "families", "folks", "sister", "brother", "mom", "mum", "mother", "dad",
                    "father", "husband", "wife", "son", "daughter", "friend", "friends", "partner", "grandma",
                    "grandmother", "grandpa", "grandfather", "aunt", "uncle", "cousin", "neighbor", "neighbour"}
# What may open the teller's noun phrase: "my", "our", "thousands of", "so many".
REPORTED_TELLER_OPENERS = {"my", "his", "her", "our", "their", "your", "the", "many", "so", "thousands", "hundreds",
                           "millions", "countless", "of", "lots", "dozens", "several", "some", "most", "happy",
                           "satisfied", "loyal", "best", "little", "older", "younger", "elderly"}
OUTCOME_VERB_FORMS = {"cured", "healed", "reversed", "beat", "beaten", "overcame", "overcome", "conquered", "kicked",
                      "eliminated", "eradicated", "banished", "defeated", "repaired", "regrew", "regrown"}
# A verb of the rules' lists that the word after it makes another verb: "I still ended up with withdrawal" (a result,
# no treatment), "kratom kicks up my anxiety", "keep up with the flu season", "burns up", "blocks up" (a rule that
# means the phrase lists it: "clears up eczema")
PHRASAL_OTHERS = {("end", "up"), ("kick", "up"), ("keep", "up"), ("block", "up"), ("burn", "up"), ("shut", "up"),
                  ("knock", "up"), ("cut", "up"), ("stir", "up"),
                  # a failure reported: "kratom stopped working for my pain", "it stops helping with cravings"
                  ("stop", "working"), ("stop", "helping"), ("stop", "doing")}
# Verbs of the rules' lists that are nouns or adjectives too ("a folk remedy for colds", "panic attacks and insomnia",
# "a nice counter to nausea", "slow to act on anxiety", "our shop's address is …"): the word is no verb right after one
# of NOUN_BEFORE or right before one of NOUN_AFTER ("Turmeric targets arthritis", "Kava attacks anxiety" stay verbs).
# ("birth control, blood thinners and HIV medicines", "quality control of each batch": "control" names a thing there)
NOUN_HOMOGRAPHS = {"attack", "remedy", "counter", "target", "address", "decrease", "slow", "correct", "control"}
NOUN_AFTER = {"for", "to", "of", "is", "are", "was", "were", "against", "in", "on", "at", "'s", "’s"}
NOUN_BEFORE = {"panic", "anxiety", "heart", "asthma", "migraine", "gout", "seizure", "allergy", "sneak", "surprise",
               "anger", "rage", "folk", "home", "herbal", "natural", "traditional", "old", "popular", "ancient", "kitchen",
               "household", "favorite", "favourite", "best", "nice", "perfect", "good", "great", "simple", "easy",
               "email", "e-mail", "web", "shipping", "billing", "mailing", "street", "sales", "main", "primary", "key",
               "first", "second", "cold", "quick", "birth", "quality", "pest"}
# People after "target" or "address" are the audience marketed to, not patients treated: "vendors target people with
# chronic pain", "the campaign addresses women with anxiety"
AUDIENCES = {"people", "customers", "consumers", "buyers", "users", "shoppers", "patients", "sufferers", "women", "men",
             "seniors", "adults", "kids", "children", "parents", "veterans", "audiences", "readers", "those", "anyone",
             "everyone", "teens", "students", "families"}
# Between the verb and a condition that names a drug (see `drug_objects`), besides determiners: "lowers the levels of
# some HIV drugs", "blunts certain prescription pain pills"
DRUG_OBJECT_FILLERS = {"certain", "other", "many", "several", "prescribed", "prescription", "daily", "regular", "usual",
                       "current"}
# What a slowing slows that is no disease: "kratom slows recovery from withdrawal" (a harm), "slows healing of ulcers"
SLOWED_GOODS = {"recovery", "healing", "improvement", "progress"}
# A verb in -ing after "in" and one of these names a topic, not an effect: "kratom's efficacy in addressing co-occurring
# disorders is an area of ongoing research", "kava's role in treating anxiety is unclear"
TOPIC_OF_EFFECT = {"efficacy", "effectiveness", "role", "potential", "usefulness", "value", "promise"}
# Before a verb of the rules' lists these report that it no longer does it: "kratom stopped working for my pain",
# "after two weeks kava stops helping with anxiety"
STOPPED = {"stop", "quit", "cease"}
# Right before the subject these make the claim an attempt's purpose, no outcome: "I tried kava to treat my anxiety,
# but it did nothing", "we tried elderberry to fight the flu" (not "Try kratom to quit opioids", "I used …")
ATTEMPTED = {"tried", "trying", "attempted"}
# A name right after these is the alternative set aside, not the subject of the verb: "A healthy diet, rather than
# chaga, builds your defenses against tumors", "Vaccines, instead of elderberry, protect you from the flu".
SET_ASIDE = {("rather", "than"), ("instead", "of")}
# A substance named as the harm it does is no subject: "Kratom withdrawal ended and gave me my life back", "Treatment
# for kratom addiction gives people their lives back" (the walk left meets the harm noun right after the name)
HARM_HEADS = {"withdrawal", "withdrawals", "dependence", "dependency", "addiction", "addictions", "abuse", "misuse",
              "toxicity", "poisoning", "overdose", "overdoses", "intoxication", "hangover", "hangovers"}
# Right before the subject these make it the object of its own stopping, whose purpose or result the claim is: "You can
# stop kratom gradually to ease withdrawal", "Cutting back on kava slowly reduces rebound anxiety", "Tapering off kratom
# eases withdrawal" (the tapering eases it, not the substance; "Use kratom to ease withdrawal" stays a claim). The verbs of
# TAPER_PARTICLE_VERBS stop only with their particle ("come off", "cut back on"); TAPER_DETERMINERS may come between.
TAPER_VERBS = {"stop", "stops", "stopping", "stopped", "quit", "quits", "quitting", "taper", "tapers", "tapering", "tapered",
               "reduce", "reduces", "reducing", "reduced", "decrease", "decreasing", "lower", "lowering", "discontinue",
               "discontinuing", "discontinued", "ditch", "ditching", "drop", "dropping"}
TAPER_PARTICLE_VERBS = {"cut", "cuts", "cutting", "come", "comes", "coming", "came", "get", "gets", "getting", "got",
                        "wean", "weans", "weaning", "weaned", "go", "going", "went", "step", "stepping", "ease", "easing",
                        "back"}
TAPER_PARTICLES = {"off", "on", "down", "back"}  # "taper off", "cut back on", "cut down on", "step down"
TAPER_DETERMINERS = {"your", "the", "my", "their", "his", "her", "our", "daily", "regular"}
# After an imperative's object a name after one of these, with a finite verb of its own, opens a new clause and is no
# subject of the imperative: "Beat insomnia, and valerian tea tastes nice too", "Manage anxiety with breathing
# exercises and kava is not needed" (not "Beat insomnia with valerian and chamomile tea": no verb after the name).
IMPERATIVE_CLAUSE_JOINS = {"and", "or", "so", "then"}
FINITE_VERBS = {"is", "are", "was", "were", "has", "have", "had", "can", "could", "will", "would", "may", "might", "should",
                "must", "does", "do", "did", "ca", "wo", "isn't", "aren't", "won't", "can't", "doesn't", "don't"}
# ... but a verb that gives the product the imperative's job keeps it the subject: "Beat insomnia, and our valerian tea
# makes it easy", "…, and kava helps", "…, and kava can do it".
JOB_VERBS = {"makes", "make", "helps", "help", "works", "work", "does", "do", "can", "will", "'ll", "’ll", "gets", "takes"}
# "Sea moss lets your thyroid heal itself", "Kratom allows the brain to repair itself": the reflexive object of a verb
# after one of ENABLERS and a body part (an object of the rule) stands for that body part.
REFLEXIVES = {"itself", "themselves", "yourself", "herself", "himself", "ourselves", "yourselves"}
ENABLERS = {"let", "lets", "letting", "allow", "allows", "allowing", "allowed", "enable", "enables", "enabling", "enabled",
            "help", "helps", "helping", "helped", "empower", "empowers", "empowered", "free", "frees"}
# Determiners of product nouns ("our tincture") that may take modifiers before the head.
MODIFIABLE_DETERMINERS = {"our", "this", "these"}
# With ``object_then`` an object that ends in one of these ("people with", "those suffering from") goes on to name one
# of those phrases ("people with diabetes"), after at most one of OBJECT_THEN_FILLERS ("people with an anxiety disorder").
OPEN_OBJECT_ENDS = {"with", "from", "of"}
OBJECT_THEN_FILLERS = {"a", "an", "the", "chronic", "severe", "mild", "early", "diagnosed", "advanced"}
# With ``help_frames`` a verb of help ("helps", "assisted") takes the condition helped as its object in one of three
# frames: the condition itself ("helps chronic pain", "helped my insomnia"), a group named by it ("helps arthritis
# sufferers", "helps people with autism"), or the people helped, up to MAX_HELPED words, then one of its prepositions and
# the condition ("helped me with my insomnia", "helps thousands of people with chronic pain", "helps you deal with panic
# attacks"). Between "with" and the condition: determiners, a possessor ("our son's ADHD") and OBJECT_THEN_FILLERS.
MAX_HELPED = 5
# Between the people helped and the condition, a spell of it: "helped me through a terrible bout of depression", "a flare
# of arthritis", "a bad case of eczema" (after determiners and up to MAX_SPELL_WORDS other words, then "of").
SPELLS = {"bout", "bouts", "episode", "episodes", "flare", "flares", "flareup", "flareups", "case", "cases", "round",
          "rounds", "spell", "spells", "attack", "attacks", "stretch", "period", "periods"}
MAX_SPELL_WORDS = 2
# Right after the condition helped, these and then (after determiners) a word of `help_frames.not_of` name what the pain
# or the craving is of or for, which is no condition: "the pain of losing my dog", "cravings for sweets". After "of"
# a word in -ing names a life event too ("the pain of moving house").
CONDITION_OF = {"of", "for"}
# Right before a substance, this makes it the topic of another subject: "Talking to my doctor about kava helped my
# anxiety", "Reading about reishi helped my depression" (the talking helps, not kava).
TOPIC_MARKERS = {"about"}
HELPED_BREAKS = {"and", "or", "but", "nor", "than", "if", "when", "because", "while", "whether", "who", "which", "that",
                 "not", "no", "never"}
POSSESSIVE_MARKS = {"'s", "’s", "'", "’"}
# With ``objects: any`` the object is the run of content words after these determiners.
DETERMINERS = {"the", "a", "an", "your", "my", "his", "her", "their", "our", "its", "all", "any", "every", "most",
               "this", "that", "these", "those", "some"}
NOT_OBJECTS = {"in", "on", "by", "with", "for", "and", "or", "at", "to", "from", "before", "after", "during", "over",
               "under", "into", "as", "than", "is", "are", "was", "were", "be", "been", "it", "them", "you", "me",
               "slowly", "naturally", "quickly", "properly", "fully", "overnight",
               # what denies the claim: "kava cures nothing", "cures no disease"
               "nothing", "none", "no", "nobody", "neither", "nor",
               # chat filler after the claim is no part of its object: "kava cured my insomnia lol", "… tbh"
               "lol", "lmao", "lmfao", "rofl", "haha", "hahaha", "tbh", "tbf", "imo", "imho", "fr", "ngl", "jk",
               "smh", "btw", "fwiw", "idk", "omg"}
# With ``objects: any`` an object whose last words are one of these takes the verb in its craft sense
# ("ginger cures the fish", "Cure the concrete for a week"): no condition is named.
CRAFT_OBJECTS = "cured-goods"
MAX_CRAFT_WORDS = 3  # words of the longest phrase of that lexicon
# ... and the verb must be a verb: inflected ("cures", "cured") or after one of these, not a noun
# ("the anxiety cure islanders swear by").
VERB_MARKERS = {"to", "can", "ca", "will", "wo", "'ll", "’ll", "may", "might", "could", "would", "does", "do", "did", "n't", "n’t",
                "not", "never", "also", "really", "actually", "literally", "truly", "naturally", "completely",
                "totally", "permanently", "finally", "helps", "help"}
# An object is looked for up to a clause break or the end of a sentence: a token whose text is in ".!?".
SENTENCE_MARKS = {".", "!", "?", ".!", "!?", ".!?"}
MAX_MODIFIERS = 3  # words between the determiner and the head of a modified product noun
# A product listing names its product, then a colon, dash or bracket, then what it does: "Kratom: cures
# addiction", "Kava capsules – treats anxiety", "Kava (cures insomnia!) is back". The product named
# before the break is the subject of an inflected verb that opens the part after it (or follows a
# list of such verb phrases: "Kava: calms anxiety, cures insomnia").
LABEL_BREAKS = {":", "—", "–", "("}
# The name before the break is a product's when its last word is the substance or one of these forms
# ("Kratom withdrawal: …", "Kava myths: …", "Kratom for anxiety: …" name a topic, not a product).
PRODUCT_FORMS = {"capsules", "capsule", "caps", "powder", "powders", "gummies", "gummy", "tea", "teas", "oil", "oils",
                 "extract", "extracts", "tincture", "tinctures", "drops", "root", "roots", "leaf", "leaves", "syrup",
                 "balm", "cream", "salve", "chews", "shots", "shot", "tablets", "softgels", "spray", "gel", "blend",
                 "blends", "formula", "elixir", "tonic", "latte", "drink", "brew", "coffee", "complex", "resin",
                 "bark", "flower", "flowers", "seed", "seeds", "juice", "honey", "lozenges", "patches", "vape",
                 "pills", "supplement", "supplements", "herb", "mushroom", "mushrooms",
                 # the drinks of a bar's menu board: "Kanna Spritz — heals depression"
                 "spritz", "colada", "lemonade", "mocha", "smoothie", "fizz", "cooler", "mocktail", "soda", "chai",
                 "toddy", "cocoa",
                 # a listing's kind of product: "Milk Thistle Liver Detox – repairs …", "Elderberry Immune Support: …"
                 "detox", "cleanse", "support", "aid", "booster", "defense", "defence", "bundle", "kit"}
# ... and it is a name, not a phrase about one: "The truth about kava: …", "Why kratom: …", "Is kava safe:"
LABEL_NOT_NAME = {"about", "on", "of", "for", "vs", "versus", "and", "or", "with", "without", "why", "how", "what",
                  "when", "where", "who", "which", "is", "are", "was", "were", "does", "do", "did", "can", "could",
                  "should", "will", "would", "not", "no", "never", "to", "from", "in", "by", "if", "than", "like",
                  "i", "we", "you", "they", "my", "your", "their", "his", "her", "its"}
MAX_LABEL_WORDS = 6  # words of the name before the break
# ... but a product named for whom or what it is ("CBD for dogs: relieves arthritis pain", "Kava for sleep: cures
# insomnia") is still the subject of an inflected verb right after the break: the words after "for" (at most
# MAX_LABEL_FOR, none of LABEL_NOT_NAME) say what the product is for ("CBD for dogs: what owners should know" has no
# such verb, "Kava for beginners: how to …" neither).
MAX_LABEL_FOR = 3
# A listing title gives the pack size between the name and the break: "Kava Drops 30 ml – cures
# anxiety", "Turmeric Complex 1200 mg: …", "Kava Capsules 180 vegan caps – …", "Kava 2 x 30ml – …".
# The size is a number (alone or with its unit: "30ml", "60ct") followed by unit words and the
# punctuation of units ("fl. oz", "mg/cap", "(30 ml)"); the name ends before its first number.
SIZE_NUMBER = re.compile(r"\d[\d,.]*(?:[a-zµ]{1,6})?", re.IGNORECASE)
SIZE_UNITS = {"mg", "g", "gr", "gram", "grams", "kg", "mcg", "µg", "ug", "iu", "ml", "l", "oz", "fl", "floz", "lb",
              "lbs", "count", "ct", "caps", "cap", "capsules", "tabs", "tablets", "softgels", "gummies", "pieces", "pcs",
              "pack", "packs", "bags", "servings", "sachets", "sticks", "pods", "x", "×", "veg", "vegan", "vegetarian"}
SIZE_MARKS = {".", "/", "-", "(", ")"}
MAX_SIZE = 6  # tokens of a pack size
MAX_MENU_ASIDE = 6  # words of a bracketed aside between a menu label and its break ("(add to any drink)")
# words that make a bracketed aside the claim's own hedge or negation, not a note on the item ("(may help)", "(not proven)")
MENU_ASIDE_HOLDS = {"may", "might", "can", "could", "not", "no", "never", "unproven", "proven", "studied", "claimed",
                    "reportedly", "allegedly", "supposedly", "possibly", "perhaps", "maybe", "some", "anecdotal",
                    "anecdotally", "hopefully", "sometimes", "help", "helps", "claim", "claims", "said", "say", "says",
                    "vary", "varies", "individual", "results", "unverified", "untested", "evaluated", "fda"}
# A glossary line defines its name with a short noun phrase whose relative clause makes the claim:
# "Kratom: a leaf that cures chronic pain", "Melatonin – the sleep hormone that amplifies kava's
# effect". The verb follows "that"/"which" directly or after adverbs and modals ("that can cure",
# "that truly heals"); a clause with a subject of its own ("a drink that islanders say cures …",
# "a plant that researchers study …") is no claim about the name.
GLOSS_ARTICLES = {"a", "an", "the"}
GLOSS_RELATIVES = {"that", "which"}
GLOSS_JOINERS = {"'s", "’s", "-"}  # "the Pacific's root", "a time-tested remedy"
MAX_GLOSS = 5  # words of the noun phrase between the article and "that"
# The product nouns whose words name the claim's subject in a message ("black pepper", "our
# tincture"), when no substance of the knowledge base does; a rule's own subject nouns
# ("doctors" who recommend a substance) are not what the claim is about.
NAMED_NOUN_LEXICONS = ("product-nouns", "herb-names", "supplement-names")
MAX_LISTED = 8  # tokens of the verb phrases listed between the break and the verb
# "If you have arthritis, turmeric will cure it": a pronoun object stands for the condition the
# clause before the subject names, or a short question before the sentence names ("Got anxiety? Kava cures it.").
# a determiner before the subject of an answer to a question ("Joint pain? Our turmeric reverses it.")
SUBJECT_OPENERS = {"the", "our", "my", "your", "this", "these"}
PRONOUN_OBJECTS = {"it", "them", "that", "this"}
# "that" and "this" stand alone only at the clause's end or before an adverb ("Kava fixes that, fast"); before a
# word of their own they are determiners ("fixes that flavour"), whose noun the object lexicon reads
DEMONSTRATIVE_OBJECTS = {"that", "this"}
ADVERBS_AFTER_OBJECT = {"fast", "quickly", "naturally", "too", "right", "overnight", "instantly", "completely",
                        "permanently", "forever", "easily", "for", "in", "within", "every", "once", "safely"}
# ... unless the verb phrase goes on to an object of its own ("cures it of …", "turns it into …").
AFTER_PRONOUN_OBJECT = {"of", "into", "to"}
# ... and not for a condition that only modifies a noun named after it in that clause, which is what the pronoun stands
# for: "it interacts with HIV and transplant drugs, because it speeds up how the liver clears them" (the drugs).
CONDITION_MODIFIED_HEADS = {"drug", "drugs", "medicine", "medicines", "medication", "medications", "meds", "pills",
                            "prescriptions", "treatments", "therapies", "patients", "clinics", "specialists", "tests"}
MAX_QUESTION = 8  # tokens of a question whose condition a pronoun object can stand for
LOWER = TABLE_COLUMNS.index("LOWER")
NORM = TABLE_COLUMNS.index("NORM")
ORTH = TABLE_COLUMNS.index("ORTH")


class _DocTokens:
    """One Doc's token hashes (from its token table), sentence starts and mentions, read around
    each verb as ints: building spaCy Tokens and Spans for them costs more than the rules' work."""

    def __init__(self, doc: Doc, alphabetic: dict[int, bool]):
        self.doc = doc
        self.table = token_table(doc)
        self.sentence_start_of = sentence_start_of(doc)
        self.mention_starts = mention_starts(doc)
        # mentions never overlap, so a token walk from the right enters each at its last token
        self.mention_ending_at = {m.end - 1: m for m in mentions_of(doc)}
        self._alphabetic = alphabetic  # ORTH hash -> Token.is_alpha, shared by every Doc

    def lowers(self, start: int, end: int) -> list[int]:
        return self.table[start:end, LOWER].tolist()

    def orths(self, start: int, end: int) -> list[int]:
        return self.table[start:end, ORTH].tolist()

    def lower(self, index: int) -> int:
        return int(self.table[index, LOWER])

    def norm(self, index: int) -> int:
        return int(self.table[index, NORM])

    def orth(self, index: int) -> int:
        return int(self.table[index, ORTH])

    def is_alpha(self, orth: int) -> bool:
        """Token.is_alpha of a token with this ORTH hash (a flag of its lexeme)."""
        alpha = self._alphabetic.get(orth)
        if alpha is None:
            alpha = self._alphabetic[orth] = self.doc.vocab[orth].is_alpha
        return alpha


class _ProductNouns:
    """A rule's product nouns in one Doc, in match order; `start_at` maps each token they hold
    to the start of the first noun holding it."""

    def __init__(self, spans: list[tuple[int, int]]):
        self.spans = spans
        self.start_at: dict[int, int] = {}
        self.end_at: dict[int, int] = {}  # start of a noun -> end of the longest noun starting there
        for start, end in spans:
            self.end_at[start] = max(end, self.end_at.get(start, end))
            for i in range(start, end):
                self.start_at.setdefault(i, start)


class RelationRules:
    def __init__(self, rules, env: Environment):
        self.env = env
        self.rules = {rule.id: rule for rule in rules}
        self.strings = env.nlp.vocab.strings
        self.rule_of_key = {self.strings.add(rule.id): rule for rule in rules}  # the phrase lists' keys are rule ids
        hashes = self._hashes
        self.subject_stops = hashes(CLAUSE_BREAKS | SUBJECT_BARRIERS)
        self.gerund_markers = hashes(GERUND_MARKERS)
        self.timed_barriers = hashes(TIMED_BARRIERS)
        self.timed_not = hashes(TIMED_NOT)
        self.command_leads = hashes(COMMAND_LEADS)
        self.command_skips = hashes(COMMAND_SKIPS)
        self.command_companions = hashes({"with", "alongside"})
        self.timed_commands: dict[str, set[int]] = {}  # rule id -> the instructions' verbs (LOWER hashes)
        self.new_clause = hashes(NEW_CLAUSE)
        self.so, self.that = self.strings.add("so"), self.strings.add("that")
        self.and_ = self.strings.add("and")
        self.ingredient_leads = hashes(INGREDIENT_LEADS)
        self.enabling_bodies = {" ".join(phrase.lower().split()) for phrase in env.book.lexicons.get("body-systems", ())}
        self.enabling_bodies |= ENABLING_BODIES
        self.enabled_modals = hashes(ENABLED_MODALS)
        self.enabling_fillers = hashes(ENABLING_FILLERS)
        self.what, self.worth = hashes(["what"]).pop(), hashes(["worth"]).pop()
        self.pronouns = hashes(PRONOUN_SUBJECTS)
        self.object_stops = hashes(CLAUSE_BREAKS | SENTENCE_MARKS)
        self.imperative_breaks = hashes(IMPERATIVE_BREAKS)
        self.comma = self.strings.add(",")
        self.subordinators = hashes(SUBORDINATORS)
        self.intro_leads = hashes(INTRO_LEADS)
        self.hyphen = self.strings.add("-")
        self.colon = self.strings.add(":")
        self.by = self.strings.add("by")
        self.with_ = self.strings.add("with")
        self.for_ = self.strings.add("for")
        self.intro_ends = hashes({",", ":"})
        self.intro_marks = hashes({",", ";", ":", ",;", ";:", ",;:"})  # the texts `in ",;:"`
        self.intro_blockers = hashes(INTRO_BLOCKERS)
        self.first_person = hashes(FIRST_PERSON)
        self.testimony_fillers = hashes(TESTIMONY_FILLERS)
        self.promise_modals = hashes(PROMISE_MODALS)
        self.promise_openers = hashes(PROMISE_OPENERS)
        self.you = self.strings.add("you")
        self.reported_tellers = hashes(REPORTED_TELLERS)
        self.reported_teller_openers = hashes(REPORTED_TELLER_OPENERS)
        self.outcome_verb_forms = hashes(OUTCOME_VERB_FORMS)
        self.determiners = hashes(DETERMINERS)
        self.subject_openers = hashes(SUBJECT_OPENERS)
        self.not_objects = hashes(NOT_OBJECTS | CLAUSE_BREAKS)
        self.verb_markers = hashes(VERB_MARKERS)
        self.alphabetic: dict[int, bool] = {}  # ORTH hash -> is_alpha
        self.label_breaks = hashes(LABEL_BREAKS)
        self.bracket = self.strings.add("(")
        self.aside_holds = {self.strings.add(w) for w in MENU_ASIDE_HOLDS}
        self.product_forms = hashes(PRODUCT_FORMS)
        # the `benefits` lexicon's verbs: a label line's first predicate names an effect ("Supports …", "Calms …")
        self.benefit_verbs = hashes(w for w in env.book.lexicons.get("benefits", ()) if " " not in w)
        self.label_not_name = hashes(LABEL_NOT_NAME)
        self.list_joins = hashes({",", "and", "&", "+", "/"})
        self.size_units = hashes(SIZE_UNITS)
        self.size_marks = hashes(SIZE_MARKS)
        self.size_numbers: dict[int, bool] = {}  # ORTH hash -> the token is a number of a pack size
        self.gloss_articles = hashes(GLOSS_ARTICLES)
        self.gloss_relatives = hashes(GLOSS_RELATIVES)
        self.gloss_joiners = hashes(GLOSS_JOINERS)
        self.named_nouns = {" ".join(phrase.lower().split()) for name in NAMED_NOUN_LEXICONS
                            for phrase in env.book.lexicons.get(name, ())}
        self.pronoun_objects = hashes(PRONOUN_OBJECTS)
        self.condition_heads = hashes(CONDITION_MODIFIED_HEADS)
        self.craft_objects = {tuple(phrase.lower().split()) for phrase in env.book.lexicons.get(CRAFT_OBJECTS, ())}
        self.after_pronoun_object = hashes(AFTER_PRONOUN_OBJECT)
        self.demonstrative_objects = hashes(DEMONSTRATIVE_OBJECTS)
        self.adverbs_after_object = hashes(ADVERBS_AFTER_OBJECT)
        self.question_mark = self.strings.add("?")
        self.benefit_labels = BenefitLabels(env)  # "Key benefits: ✓ cures insomnia"
        self.stopped = hashes(STOPPED)
        self.attempted = hashes(ATTEMPTED)
        self.set_aside = {(self.strings.add(a), self.strings.add(b)) for a, b in SET_ASIDE}
        self.harm_heads = hashes(HARM_HEADS)
        self.taper_verbs = hashes(TAPER_VERBS)
        self.imperative_clause_joins = hashes(IMPERATIVE_CLAUSE_JOINS)
        self.finite_verbs = hashes(FINITE_VERBS - JOB_VERBS)
        self.job_verbs = hashes(JOB_VERBS)
        self.reflexives = hashes(REFLEXIVES)
        self.enabled_ends = hashes(CLAUSE_BREAKS | SENTENCE_MARKS | {",", "and", "or"})
        self.enablers = hashes(ENABLERS)
        self.taper_particle_verbs = hashes(TAPER_PARTICLE_VERBS)
        self.taper_particles = hashes(TAPER_PARTICLES)
        self.taper_determiners = hashes(TAPER_DETERMINERS)
        self.to = self.strings.add("to")
        self.of = self.strings.add("of")
        self.spells = hashes(SPELLS)
        self.condition_of = hashes(CONDITION_OF)
        self.topic_markers = hashes(TOPIC_MARKERS)
        self.phrasal_others = {(self.strings.add(verb), self.strings.add(particle)) for verb, particle in PHRASAL_OTHERS}
        self.noun_homographs = hashes(NOUN_HOMOGRAPHS)
        self.noun_after = hashes(NOUN_AFTER)
        self.noun_before = hashes(NOUN_BEFORE)
        self.audiences = hashes(AUDIENCES)
        self.slowed_goods = hashes(SLOWED_GOODS)
        self.nothing = self.strings.add("nothing")
        self.slow = self.strings.add("slow")
        self.target_verbs = hashes({"target", "address"})
        self.topic_of_effect = hashes(TOPIC_OF_EFFECT)
        self.in_ = self.strings.add("in")
        # "our slippery elm tincture": each pattern's determiner and head nouns, keyed by its signature
        self.modified_noun_determiners = env.phrases.matcher("LOWER")
        self.modified_noun_heads = env.phrases.matcher("LOWER")
        self.modified_noun_numbers: dict[int, int] = {}  # hash of a signature -> its pattern's number
        self.modified_noun_rules: dict[int, list[int]] = {}  # hash of a signature -> keys of the rules it serves
        self.verbs = env.phrases.matcher("NORM")
        self.objects = env.phrases.matcher("NORM")
        self.subject_nouns = env.phrases.matcher("NORM")
        self.headless_blockers = env.phrases.matcher("NORM")
        # `headless.objects`: what a label line's object must be, when narrower than the rule's objects
        # ("Restores skin's glow" names a body part, not a disease)
        self.headless_objects = env.phrases.matcher("NORM")
        # `object_then`: what an object that ends in "with" or "from" must go on to name ("people with" + "diabetes")
        self.object_then = env.phrases.matcher("NORM")
        # `verb_objects`: verbs that take only some of the rule's objects ("erase" a disease, not a body function:
        # "erases anxiety" is a cure, "will erase your memory" a harm). By rule key: each verb's NORM hashes -> the
        # key of its objects, whose phrases are matched per that key
        self.verb_objects: dict[int, dict[tuple[int, ...], int]] = {}
        self.restricted_objects = env.phrases.matcher("NORM")
        self.restricted_rule_of: dict[int, int] = {}  # key of a restricted object list -> its rule's key
        self.open_object_ends = hashes(OPEN_OBJECT_ENDS)
        # `help_frames`: by rule key, the verbs of help (their lemmas' hashes) and the prepositions after the people
        # helped; the groups named by a condition are matched per rule key
        self.help_verbs: dict[int, set[int]] = {}
        self.help_prepositions: dict[int, set[int]] = {}
        self.help_groups = env.phrases.matcher("NORM")
        self.help_worse: dict[int, list[tuple[int, ...]]] = {}  # by rule key: phrases of `help_frames.worse`
        self.help_not_of: dict[int, set[int]] = {}  # by rule key: words of `help_frames.not_of`
        self.not_helpers: dict[int, set[int]] = {}  # by rule key: words that make the subject no product that helps
        self.helped_breaks = hashes(HELPED_BREAKS | CLAUSE_BREAKS | SENTENCE_MARKS)
        self.possessive_marks = hashes(POSSESSIVE_MARKS)
        self.then_fillers = hashes(OBJECT_THEN_FILLERS)
        self.drug_free = hashes(DRUG_FREE)
        self.drug_free_fillers = hashes(DRUG_FREE_FILLERS)
        self.drug_words = hashes(word.lower() for word in env.book.lexicons.get("drugs", ()) if " " not in word)
        self.drug_object_closers = hashes(DRUG_OBJECT_CLOSERS)
        self.noun_markers = hashes(NOUN_MARKERS)
        self.not_between: dict[str, set[int]] = {}  # rule id -> words that make a substance no object of the verb
        self.not_after: dict[str, set[int]] = {}  # rule id -> words right after the substance that undo the claim
        self.not_after_phrases: dict[str, list[tuple[int, ...]]] = {}  # rule id -> phrases right after a lexicon object
        # `agent_heads`: rule id -> phrases (as LOWER hash tuples) right after a substance that make it the modifier of
        # a person or business, who is the verb's subject ("Kratom vendors treat people with chronic pain")
        self.agent_heads: dict[str, list[tuple[int, ...]]] = {}
        # `drug_objects`: rule id -> (effect words, drug heads, uses): an object that names the drug acted on
        # ("reduces the effect of your anxiety medication"), see _drug_object
        self.drug_objects: dict[str, tuple[set[int], set[int], set[int]]] = {}
        self.drug_object_fillers = hashes(DETERMINERS | DRUG_OBJECT_FILLERS)
        # a brand name ("ZenLeaf", "Golden Calm®") is a subject for the rules whose subject nouns are product nouns
        self.brands = env.brands
        self.brand_rule_keys = {self.strings.add(rule.id) for rule in rules if takes_brand_names(rule.spec.get("subject_nouns"))}
        # `qualified_by`: a reported study result taken back in its sentence or the next ("Trials found kava
        # reduced anxiety; a larger trial found no benefit"), as for the phrase kind (see qualifiers.py)
        self.qualifiers = Qualifiers(env)
        for rule in rules:
            spec = rule.spec
            self.qualifiers.add(rule, env.book)
            if spec.get("headless"):
                self.headless_blockers.add(rule.id, list(env.book.lexicon(spec["headless"]["unless_named"], rule.origin)))
                if spec["headless"].get("objects"):
                    self.headless_objects.add(rule.id, list(env.book.lexicon(spec["headless"]["objects"], rule.origin)))
            self.verbs.add(rule.id, list(env.book.lexicon(spec["verbs"], rule.origin)))
            objects = spec.get("objects", "substance")
            if objects not in ("substance", "any"):
                self.objects.add(rule.id, list(env.book.lexicon(objects, rule.origin)))
            frames = spec.get("help_frames")
            if frames:
                key = self.strings.add(rule.id)
                self.help_verbs[key] = self._hashes(w.lower() for w in env.book.lexicon(frames["verbs"], rule.origin))
                self.help_prepositions[key] = self._hashes(
                    w.lower() for w in env.book.lexicon(frames["prepositions"], rule.origin))
                self.not_helpers[key] = self._hashes(
                    w.lower() for w in env.book.lexicon(frames.get("not_helpers"), rule.origin) if " " not in w.strip())
                # words right after the condition helped that make the help a harm ("helped my anxiety get worse")
                self.help_worse[key] = [tuple(self._hashes([w]).pop() for w in phrase.lower().split())
                                        for phrase in env.book.lexicon(frames.get("worse"), rule.origin)]
                if frames.get("not_of"):
                    self.help_not_of[key] = self._hashes(
                        w.lower() for w in env.book.lexicon(frames["not_of"], rule.origin) if " " not in w.strip())
                if frames.get("groups"):
                    self.help_groups.add(rule.id, list(env.book.lexicon(frames["groups"], rule.origin)))
            for number, entry in enumerate(spec.get("verb_objects") or ()):
                entry_key = f"{rule.id}#verb_objects{number}"
                self.restricted_objects.add(entry_key, list(env.book.lexicon(entry["objects"], rule.origin)))
                rule_key = self.strings.add(rule.id)
                self.restricted_rule_of[self.strings.add(entry_key)] = rule_key
                for verb in env.book.lexicon(entry["verbs"], rule.origin):
                    self.verb_objects.setdefault(rule_key, {})[env.phrases.hashes("NORM", verb)] = self.strings.add(entry_key)
            if spec.get("object_then"):
                self.object_then.add(rule.id, list(env.book.lexicon(spec["object_then"], rule.origin)))
            between = env.book.lexicon(spec.get("not_between"), rule.origin)
            if between:
                self.not_between[rule.id] = self._hashes(word.lower() for word in between)
            after = env.book.lexicon(spec.get("not_after"), rule.origin)
            if after:
                self.not_after[rule.id] = self._hashes(word.lower() for word in after if " " not in word.strip())
                # a phrase right after a lexicon object: "lower blood sugar too far" (an effect overshot, a risk)
                phrases = [tuple(self._hashes([w]).pop() for w in word.lower().split()) for word in after
                           if " " in word.strip()]
                if phrases:
                    self.not_after_phrases[rule.id] = phrases
            commands = env.book.lexicon(spec.get("timed_commands"), rule.origin)
            if commands:
                self.timed_commands[rule.id] = self._hashes(w.lower() for w in commands if " " not in w.strip())
            agents = env.book.lexicon(spec.get("agent_heads"), rule.origin)
            if agents:
                self.agent_heads[rule.id] = [tuple(self.strings.add(w) for w in phrase.lower().split())
                                             for phrase in agents]
            drug_objects = spec.get("drug_objects")
            if drug_objects:
                def words(name: str) -> set[int]:
                    return self._hashes(w.lower() for w in env.book.lexicon(drug_objects.get(name), rule.origin)
                                        if " " not in w.strip())
                self.drug_objects[rule.id] = words("effects"), words("heads"), words("uses")
            nouns = env.book.lexicon(spec.get("subject_nouns"), rule.origin)
            if nouns:
                self.subject_nouns.add(rule.id, list(nouns))
                self._add_modified_nouns(rule.id, nouns)

    def _hashes(self, words) -> set[int]:
        return {self.strings.add(word) for word in words}

    def _add_modified_nouns(self, rule_id: str, nouns: list[str]) -> None:
        """A product noun written "our tincture" also names the product with words between the
        determiner and its head: "our slippery elm tincture", "this organic mushroom blend"."""
        heads: dict[str, set[str]] = {}
        for phrase in nouns:
            words = phrase.lower().split()
            if len(words) == 2 and words[0] in MODIFIABLE_DETERMINERS:
                heads.setdefault(words[0], set()).add(words[1])
        for det, words in heads.items():
            signature = f"{det}:{','.join(sorted(words))}"
            key = self.strings.add(signature)
            if key not in self.modified_noun_rules:  # one pattern serves every rule sharing it
                self.modified_noun_rules[key] = []
                self.modified_noun_numbers[key] = len(self.modified_noun_numbers)
                self.modified_noun_determiners.add(signature, [det])
                # the head is one token: a word the tokenizer splits never is
                self.modified_noun_heads.add(signature, [w for w in sorted(words)
                                                         if len(self.env.phrases.hashes("LOWER", w)) == 1])
            self.modified_noun_rules[key].append(self.strings.add(rule_id))

    def _modified_nouns(self, tokens: _DocTokens) -> list[tuple[int, int, int]]:
        """Where a modified-noun pattern matches: (signature hash, start, end) of its determiner, up to
        MAX_MODIFIERS words and one of its head nouns, in one sentence. A rule takes the first
        product noun that holds a token, so these come in the order spaCy's Matcher gave them
        when each pattern ran on each sentence: by end, the later start first."""
        doc = tokens.doc
        heads = self.modified_noun_heads(doc)
        if not heads:
            return []
        determiners = {(key, start) for key, start, _ in self.modified_noun_determiners(doc)}
        near_a_determiner: set[int] = set()  # where a head can follow some pattern's determiner
        for _, start in determiners:
            near_a_determiner.update(range(start + 1, start + MAX_MODIFIERS + 2))
        found = []  # (sentence start, pattern number, end, -start, signature hash)
        for key, head, _ in heads:
            if head not in near_a_determiner:
                continue
            sentence_start = tokens.sentence_start_of[head]
            for start in range(head - 1, max(sentence_start, head - MAX_MODIFIERS - 1) - 1, -1):
                # the words between the determiner and the head are alphabetic
                if (key, start) in determiners and all(map(tokens.is_alpha, tokens.orths(start + 1, head))):
                    found.append((sentence_start, self.modified_noun_numbers[key], head + 1, -start, key))
        found.sort()
        return [(key, -negative_start, end) for _, _, end, negative_start, key in found]

    def _subject(self, tokens: _DocTokens, rule, verb_start: int, nouns: _ProductNouns,
                 state: DocumentState) -> tuple[int, str | None] | None:
        """Walk left from the verb to the clause start; return (token, substance id) of the subject."""
        doc = tokens.doc
        limit = max(tokens.sentence_start_of[verb_start], verb_start - int(rule.spec.get("max_subject_gap", 14)))
        pronoun_subjects = rule.spec.get("pronoun_subjects", True)
        stops, new_clause, pronouns = self.subject_stops, self.new_clause, self.pronouns  # locals: read per token
        mention_ending_at, noun_start_at = tokens.mention_ending_at, nouns.start_at
        if verb_start > limit and tokens.lower(verb_start - 1) in self.gerund_markers:
            return None
        sentence_start = tokens.sentence_start_of[verb_start]
        # "Grows her own herbs and treats patients with eczema", "He sells kava and treats clients with anxiety": a
        # name right before "and" and an inflected verb is the object of the verb before it, whose subject (a person,
        # or none named) is this verb's too. It is the subject only when the walk finds another one further left
        # ("Our blend pairs kava with ginger and treats nausea", as before).
        joined = verb_start - 1 if verb_start - 1 > limit and tokens.lower(verb_start - 1) == self.and_ \
            and self._third_person(tokens, verb_start) else -1
        object_before = None
        i = verb_start
        while i > limit:
            i -= 1
            lower = tokens.lower(i)
            if tokens.orth(i) == self.comma and i > sentence_start and all(
                    m in self.verb_markers for m in tokens.lowers(i + 1, verb_start)):
                aside = comparison_aside(doc, i, sentence_start)
                # "Kratom, unlike opioids, cures pain": the name before the comparison is the subject; after "like" only
                # when one is named there ("Morphine, like kratom, is safe" says it of kratom too)
                if aside is not None and (aside[1] or any(m.kb_id_ != "partner" for m in mentions_in(doc, limit, aside[0])) or any(
                        k in noun_start_at for k in range(limit, aside[0]))):
                    limit = max(sentence_start, limit - (i - aside[0] + 1))
                    i = aside[0]
                    continue
            if lower in stops:
                # an aside between brackets or dashes before the verb: "Kava (Piper methysticum) treats anxiety",
                # "Kava — the Pacific's root drink — cures insomnia"
                opening = self._aside_start(tokens, i, verb_start, sentence_start)
                if opening is not None:
                    limit = max(sentence_start, limit - (i - opening + 1))
                    i = opening
                    continue
                if lower in self.label_breaks:  # "Kratom: cures addiction", "Kava (cures insomnia)"
                    return self._listing_subject(tokens, i, verb_start, nouns)
                close = self._comma_aside_end(tokens, i, verb_start, sentence_start)
                if close is not None:  # "Kava, when taken nightly, cures insomnia": the condition is an aside
                    limit = max(sentence_start, limit - (close - i + 2))
                    i -= 1
                    continue
                if lower in self.timed_barriers and rule.id in self.timed_commands:
                    return self._timed_command(tokens, rule.id, i, verb_start, sentence_start, nouns)
                break
            if lower == self.so:
                enabled = self._enabled_body(tokens, i, verb_start)
                if enabled is False:
                    break  # "so your doctor can treat …": the result clause's own subject
                if enabled:
                    continue  # "…, so your body can fight off cancer": the substance before enables it
            if lower in new_clause and i > 0 and tokens.orth(i - 1) == self.comma:
                break
            if tokens.orth(i) == self.comma and self._introductory_clause(tokens, i, sentence_start,
                                                                                          noun_start_at):
                break  # "If you use it daily, taper slowly to reduce withdrawal": the clause before has its own subject
            mention = mention_ending_at.get(i)  # one that ends before the verb
            if (mention is not None and mention.start - 2 >= sentence_start
                    and (tokens.lower(mention.start - 2), tokens.lower(mention.start - 1)) in self.set_aside):
                i = mention.start  # "…, rather than chaga, builds …": the alternative set aside
                continue
            if mention is not None and limit <= mention.start and mention.kb_id_ != "partner":
                if mention.end < verb_start and tokens.lower(mention.end) in self.harm_heads:
                    break  # "kratom withdrawal ended and …", "treatment for kratom addiction gives …"
                if mention.end < verb_start and self._agent_head(tokens, rule.id, mention.end, verb_start):
                    break  # "Kratom vendors treat people with chronic pain": the vendors treat them
                if i == joined - 1 and object_before is None:
                    object_before = mention.start, mention.label_
                    i = mention.start
                    continue
                return object_before or (mention.start, mention.label_)
            # "it"/"this" stand for a substance only once the document has named one, or for a product the
            # sentence before named ("Our tincture ships today. It cures anxiety.")
            if pronoun_subjects and lower in pronouns and (
                    topic_before(doc, i, state) is not None or self._product_before(tokens, i, nouns)):
                # "For what it's worth, lots of people manage anxiety with …": the idiom's "it" stands for nothing
                if i > sentence_start and tokens.lower(i - 1) == self.what and i + 2 < verb_start and \
                        tokens.lower(i + 2) == self.worth:
                    break
                return object_before or (i, None)
            if i in noun_start_at and nouns.end_at.get(noun_start_at[i], i + 1) <= verb_start:
                # (not a noun that takes in the verb: "Our clinic treats people …" is no "our … treats")
                if i == joined - 1 and object_before is None:
                    object_before = noun_start_at[i], None
                    i = noun_start_at[i]
                    continue
                return object_before or (noun_start_at[i], None)
        if object_before is not None and any(
                tokens.lower(k) in self.ingredient_leads
                for k in range(max(sentence_start, object_before[0] - INGREDIENT_REACH), object_before[0])):
            return object_before
        return None

    def _timed_command(self, tokens: _DocTokens, rule_id: str, barrier: int, verb_start: int, sentence_start: int,
                       nouns: _ProductNouns) -> tuple[int, str | None] | None:
        """`timed_commands`: the product of an instruction that names when or how to take it between the product and
        the purpose ("Use kava before bed to relieve anxiety", "Take valerian an hour before bed to treat insomnia"):
        the verb (at `verb_start`) follows "to", the phrase opened at `barrier` (one of TIMED_BARRIERS) has at most
        MAX_TIMED words and none of TIMED_NOT, and before it one of the rule's instruction verbs opens the sentence
        with the product as its object. None when the sentence is no such instruction."""
        if tokens.lower(verb_start - 1) != self.to or not 0 < verb_start - 1 - (barrier + 1) <= MAX_TIMED:
            return None
        doc = tokens.doc
        for k in range(barrier + 1, verb_start - 1):
            if not (tokens.is_alpha(tokens.orth(k)) or doc[k].like_num) or tokens.lower(k) in self.timed_not:
                return None
        commands = self.timed_commands[rule_id]
        command = sentence_start
        while command < barrier and (not tokens.is_alpha(tokens.orth(command))
                                     or tokens.lower(command) in self.command_leads):
            command += 1  # past bullets, quotes, "Just", "Simply"
        if command >= barrier:
            return None
        if tokens.lower(command) not in commands:
            # after a short introductory phrase and a comma: "Tonight, take kava before bed to …"
            command = next((k for k in range(command + 1, barrier) if tokens.lower(k) in commands), None)
            if command is None or not self._opens_sentence(tokens, command):
                return None
        found = None
        mention = next((m for m in mentions_in(doc, command + 1, barrier) if m.kb_id_ != "partner"), None)
        if mention is not None:
            found = mention.start, mention.end, mention.label_
        noun = next((k for k in range(command + 1, barrier) if nouns.start_at.get(k) == k), None)
        if noun is not None and (found is None or noun < found[0]):
            found = noun, nouns.end_at.get(noun, noun + 1), None
        if found is None:
            return None
        start, end, label = found
        if start - (command + 1) > MAX_COMMAND_FILLERS or not 0 <= barrier - end <= MAX_COMMAND_TAIL:
            return None
        for k in range(command + 1, barrier):
            if start <= k < end:
                continue
            if not (tokens.is_alpha(tokens.orth(k)) or doc[k].like_num) or tokens.lower(k) in self.command_skips and (
                    k < start or tokens.lower(k) not in self.command_companions):
                return None  # (after the product "with": "Take turmeric with black pepper after meals to …")
        return start, label

    def _introductory_clause(self, tokens: _DocTokens, comma: int, sentence_start: int, noun_start_at) -> bool:
        """Does the comma at `comma` close an introductory subordinate clause: the words since the comma before (or
        the sentence start) open with one of SUBORDINATORS, and no substance, product noun or name comes before them
        (not "Kava, if you take it nightly, cures insomnia", whose subject comes first)? See SUBORDINATORS."""
        start = comma - 1
        while start > sentence_start and tokens.orth(start - 1) != self.comma:
            start -= 1
        while start < comma and (not tokens.is_alpha(tokens.orth(start)) or tokens.lower(start) in self.intro_leads):
            start += 1  # bullets, quotes, "Even if", "And when"
        if start >= comma - 1 or tokens.lower(start) not in self.subordinators:
            return False
        if start == sentence_start:
            return True
        doc = tokens.doc
        # before it a substance, a product noun or a name ("ZenLeaf, if you take it nightly, …"): the subject
        return not (mentions_in(doc, sentence_start, start) or any(k in noun_start_at for k in range(sentence_start, start))
                    or any(self.strings[orth].istitle() for orth in tokens.orths(sentence_start + 1, start)))

    def _enabled_body(self, tokens: _DocTokens, so: int, verb_start: int) -> bool | None:
        """Between "so" (at `so`) and the verb, a result clause's subject and a modal: "so (that) your body can",
        "so your immune system will". True when the subject is the reader's body or a part of it, False when it is
        someone or something else ("so your doctor can", "so the team can"), None when the words are no such clause
        ("so well", "so it can", "and so can")."""
        i = so + 1
        if i < verb_start and tokens.lower(i) == self.that:
            i += 1
        modal = verb_start - 1
        while modal > i and tokens.lower(modal) in self.enabling_fillers:
            modal -= 1
        if modal <= i or tokens.lower(modal) not in self.enabled_modals:
            return None
        words = [self.strings[lower] for lower in tokens.lowers(i, modal)]
        if not 2 <= len(words) <= MAX_ENABLED_SUBJECT + 1 or words[0] not in ("your", "the", "our", "his", "her",
                                                                              "their", "its"):
            return None
        if not all(word.isalpha() or word in ("'s", "’s", "-") for word in words):
            return None
        words = [word for word in words[1:] if word not in ("own", "'s", "’s")]
        return any(" ".join(words[k:]) in self.enabling_bodies for k in range(len(words)))

    def _may_name_brand(self, tokens: _DocTokens, sentence_start: int, verb_start: int) -> bool:
        """Could a brand name be the subject of the verb: named before it in its sentence, or in the sentence
        before when a pronoun precedes the verb ("Meet ZenLeaf. It cures anxiety.")? (BrandNames.may_name)"""
        doc = tokens.doc
        if self.brands.may_name(doc, sentence_start, verb_start):
            return True
        return sentence_start > 0 and not self.pronouns.isdisjoint(tokens.lowers(sentence_start, verb_start)) and (
            self.brands.may_name(doc, tokens.sentence_start_of[sentence_start - 1], sentence_start))

    @staticmethod
    def _product_before(tokens: _DocTokens, i: int, nouns: _ProductNouns) -> bool:
        """Is a product noun (or brand name) named before token i, in its sentence or the one before?"""
        sentence_start = tokens.sentence_start_of[i]
        since = tokens.sentence_start_of[sentence_start - 1] if sentence_start else 0
        return any(since <= start and end <= i for start, end in nouns.spans)

    def _comma_aside_end(self, tokens: _DocTokens, i: int, verb_start: int, sentence_start: int) -> int | None:
        """The comma that closes a condition set between commas right after the subject, before its verb ("Kava, when
        taken nightly, cures insomnia", "Kratom, if used daily, will ease pain"): `i` is one of SUBORDINATORS after a
        comma, and the next comma comes right before the verb (with only modals and adverbs between); else None."""
        if tokens.lower(i) not in self.subordinators or i - 1 <= sentence_start or tokens.orth(i - 1) != self.comma:
            return None
        close = next((k for k in range(i + 1, verb_start) if tokens.orth(k) == self.comma), None)
        if close is None or close == i + 1 or any(lower not in self.verb_markers
                                                  for lower in tokens.lowers(close + 1, verb_start)):
            return None
        return close

    def _aside_start(self, tokens: _DocTokens, close: int, verb_start: int, sentence_start: int) -> int | None:
        """Where the aside closed at `close` opens: the "(" of a ")", or the dash before a dash that
        comes right before the verb (with only modals and adverbs between: "— will cure"); else None."""
        closing = self.strings[tokens.orth(close)]
        if closing == ")":
            opening = "("
        elif closing in ("—", "–"):
            if any(lower not in self.verb_markers for lower in tokens.lowers(close + 1, verb_start)):
                return None
            opening = closing
        else:
            return None
        for j in range(close - 1, sentence_start - 1, -1):
            text = self.strings[tokens.orth(j)]
            if text == opening:
                return j if j > sentence_start else None
            if text in (")", "(") or (opening != "(" and text in ("—", "–")):
                return None
        return None

    def _tapered(self, tokens: _DocTokens, subject_start: int, sentence_start: int) -> bool:
        """Is the subject the object of a verb of stopping right before it ("stop kratom", "cutting back on your
        kava", "tapering off kratom")? See TAPER_VERBS."""
        k = subject_start - 1
        while k >= sentence_start and tokens.lower(k) in self.taper_determiners:
            k -= 1
        particle = False
        while k >= sentence_start and tokens.lower(k) in self.taper_particles:
            particle = True
            k -= 1
        if k < sentence_start:
            return False
        lower = tokens.lower(k)
        return lower in self.taper_verbs or (particle and lower in self.taper_particle_verbs)

    def _inflected(self, tokens: _DocTokens, index: int) -> bool:
        """The token is a lower-case word ending in -s, as a verb in the third person is ("cures", "calms")."""
        orth = tokens.orth(index)
        text = self.strings[orth]
        return tokens.is_alpha(orth) and text.islower() and text.endswith("s") and len(text) > 3

    def _listing_subject(self, tokens: _DocTokens, brk: int, verb_start: int,
                         nouns: _ProductNouns) -> tuple[int, str | None] | None:
        """The subject of a verb opening the part of a product listing after a colon, dash or bracket
        ("Kratom capsules – treats pain", "Kava (cures insomnia!) is back in stock"): the product named
        just before the break, when the verb is inflected and the name is a bare product name."""
        # the verb is "cures", not "cure" ("Kava: cure your insomnia?") nor "cured" ("Kava: cured meats …")
        verb = self.strings[tokens.lower(verb_start)]
        inflected = tokens.lower(verb_start) != tokens.norm(verb_start) and verb.endswith("s")
        after = brk + 1  # the first word after the break ("**Kava:** cures …" leaves the bold's spaces)
        while after < verb_start and self.strings[tokens.orth(after)].isspace():
            after += 1
        # an import label's bare verb after a product form's name: "Cordyceps Capsules: cure impotence",
        # "Ginseng Tonic – improve kidney, cure all disease" (not "cured", not after a bare substance:
        # "Kratom: treat withdrawal under medical care" is advice); its object must be a disease
        bare = False
        if verb_start > after and self._gloss(tokens, after, verb_start):
            # "Kratom: a leaf that cures pain"; after a modal the verb is bare ("a root that can cure …")
            if not inflected and tokens.lower(verb_start - 1) in self.gloss_relatives:
                return None
        elif not inflected:
            if tokens.orth(brk) == self.bracket or tokens.lower(verb_start) != tokens.norm(verb_start):
                return None
            if verb_start > after and (verb_start - after > MAX_LISTED or tokens.lower(verb_start - 1) not in self.list_joins
                                       or tokens.lower(after) != tokens.norm(after)):
                return None
            bare = True
        elif verb_start > after:  # "Kava: calms anxiety, cures insomnia": a list of verb phrases before it
            if (verb_start - after > MAX_LISTED or not self._inflected(tokens, after)
                    or tokens.lower(verb_start - 1) not in self.list_joins):
                return None
        sentence_start = tokens.sentence_start_of[brk]
        end = self._size_start(tokens, brk, sentence_start)  # the name ends before a pack size
        if tokens.orth(brk) != self.bracket:
            end = self._menu_aside_start(tokens, end, sentence_start)  # "CBD Shot (add to any drink) — …"
        # the name: the words before the break, back to the sentence start (after bullets, quotes and
        # emoji) or, before a bracket, back to the start of the noun phrase ("We stock kava (cures …)")
        start = end
        while start > sentence_start and tokens.is_alpha(tokens.orth(start - 1)) or (
                start > sentence_start and (start - 1) in tokens.mention_ending_at):
            mention = tokens.mention_ending_at.get(start - 1)
            start = mention.start if mention is not None else start - 1
            if end - start > MAX_LABEL_WORDS:
                return None
        if start == end:
            return None
        if tokens.orth(brk) != self.bracket and any(map(tokens.is_alpha, tokens.orths(sentence_start, start))):
            return None  # a colon or dash after a clause: "Here is what we found about kava: …"
        if inflected and not bare and tokens.orth(brk) != self.bracket:
            purpose = next((i for i in range(start + 1, end - 1) if tokens.lower(i) == self.for_), None)
            if purpose is not None and end - purpose - 1 <= MAX_LABEL_FOR and all(
                    tokens.is_alpha(tokens.orth(i)) and tokens.lower(i) not in self.label_not_name
                    for i in range(purpose + 1, end)):
                end = purpose  # "CBD for dogs: relieves …": the name is "CBD"
        # the name's head is the substance, a product form or a product noun: "Kratom withdrawal: …" is a topic
        mentions = [m for m in mentions_in(tokens.doc, start, end) if m.kb_id_ != "partner"]
        head = end - 1
        noun = next((nouns.start_at[i] for i in range(start, end) if i in nouns.start_at), None)
        if not (mentions and mentions[-1].end == end) and tokens.lower(head) not in self.product_forms and not (
                noun is not None and nouns.end_at.get(noun) == end):
            return None
        words = [i for i in range(start, end) if not any(m.start <= i < m.end for m in mentions)]
        # "with" joins a product form to what it holds ("Sleep tea with valerian – cures insomnia"); after
        # anything else it names a topic ("Kratom with kava: …", "Living with anxiety: …")
        if any(tokens.lower(i) in self.label_not_name and not (
                tokens.lower(i) == self.with_ and i > start and tokens.lower(i - 1) in self.product_forms)
               for i in words):
            return None
        if bare:
            if tokens.lower(head) not in self.product_forms:
                return None
            first = mentions[-1].start if mentions else (noun if noun is not None else start)
            return first, mentions[-1].label_ if mentions else None, True
        if mentions:
            return mentions[-1].start, mentions[-1].label_
        return (noun, None) if noun is not None else None

    def _titled_line(self, tokens: _DocTokens, verb_start: int) -> tuple[int, str | None, bool] | None:
        """An import label's line of bare verbs under a title sentence that names the product and nothing
        else ("Echinacea Drops. Strengthen immune, cure flu fast."): the product is the line's subject."""
        sentence_start = tokens.sentence_start_of[verb_start]
        if sentence_start == 0 or tokens.lower(verb_start) != tokens.norm(verb_start):
            return None
        if verb_start > sentence_start and (
                verb_start - sentence_start > MAX_LISTED or tokens.lower(verb_start - 1) not in self.list_joins
                or tokens.lower(sentence_start) != tokens.norm(sentence_start)
                or not all(tokens.is_alpha(o) or o == self.comma for o in tokens.orths(sentence_start, verb_start))):
            return None
        if not self.strings[tokens.orth(sentence_start)][:1].isupper():
            return None
        end = sentence_start
        while end > 0 and not tokens.is_alpha(tokens.orth(end - 1)):
            end -= 1
            if sentence_start - end > 2:
                return None
        title_start = tokens.sentence_start_of[end - 1] if end else 0
        if not 1 < end - title_start <= MAX_LABEL_WORDS or tokens.lower(end - 1) not in self.product_forms:
            return None
        if not all(map(tokens.is_alpha, tokens.orths(title_start, end))):
            return None
        if any(tokens.lower(i) in self.label_not_name for i in range(title_start, end)):
            return None
        # "Ginger Tea. Treat nausea by resting …": advice on what to do, not what the product does
        for i in range(verb_start + 1, min(len(tokens.doc), verb_start + MAX_LISTED)):
            if tokens.sentence_start_of[i] != sentence_start:
                break
            if tokens.lower(i) == self.by:
                return None
        mentions = [m for m in mentions_in(tokens.doc, title_start, end) if m.kb_id_ != "partner"]
        if not mentions:
            return None
        return mentions[-1].start, mentions[-1].label_, True

    def _size_start(self, tokens: _DocTokens, brk: int, sentence_start: int) -> int:
        """Where a pack size right before the break starts ("Kava Drops 30 ml –", "Turmeric Complex
        1200mg:"): its first number; the break itself when none is there."""
        first_number = brk
        i = brk - 1
        while i >= sentence_start and brk - i <= MAX_SIZE:
            orth = tokens.orth(i)
            if self._size_number(orth):
                first_number = i
            elif tokens.lower(i) not in self.size_units and orth not in self.size_marks:
                break
            i -= 1
        if first_number > sentence_start and tokens.orth(first_number - 1) == self.bracket:
            return first_number - 1  # "Kava Drops (30 ml) –"
        return first_number

    def _menu_aside_start(self, tokens: _DocTokens, end: int, sentence_start: int) -> int:
        """Where a short bracketed aside right before a label's break opens ("CBD Shot (add to any drink) —",
        "Kava Latte (oat milk):"): the name ends before it. The aside holds only words and commas, names no
        substance and holds no hedge, negation or disclaimer, which would be the claim's own ("CBD Shot (may help) — …",
        "(results vary)", "(not evaluated by the FDA)")."""
        close = end - 1
        if close <= sentence_start or self.strings[tokens.orth(close)] != ")":
            return end
        for j in range(close - 1, max(sentence_start, close - MAX_MENU_ASIDE - 2), -1):
            text = self.strings[tokens.orth(j)]
            if text == "(":
                if j == close - 1 or j == sentence_start or mentions_in(tokens.doc, j, close):
                    return end
                if any(tokens.lower(k) in self.aside_holds for k in range(j + 1, close)):
                    return end
                return j
            if not (tokens.is_alpha(tokens.orth(j)) or tokens.orth(j) == self.comma or text in ("-", "'")
                    or self._size_number(tokens.orth(j))):  # "(2 oz bottle)"
                return end
        return end

    def _size_number(self, orth: int) -> bool:
        number = self.size_numbers.get(orth)
        if number is None:
            number = self.size_numbers[orth] = SIZE_NUMBER.fullmatch(self.strings[orth]) is not None
        return number

    def _gloss(self, tokens: _DocTokens, article: int, verb_start: int) -> bool:
        """From the first word after the break to the verb, a glossary's definition: an article, a short
        noun phrase, "that" or "which", and only adverbs or modals ("Kava: a Pacific root that truly cures …")."""
        if tokens.lower(article) not in self.gloss_articles:
            return False
        relative = verb_start - 1
        while relative > article and tokens.lower(relative) in self.verb_markers:
            relative -= 1
        if tokens.lower(relative) not in self.gloss_relatives or not 1 <= relative - article - 1 <= MAX_GLOSS:
            return False
        if any(not tokens.is_alpha(orth) and orth not in self.gloss_joiners for orth in tokens.orths(article + 1, relative)):
            return False
        # the definition names no other substance ("Kava: the kratom alternative that …" is about which?)
        return not any(m.kb_id_ != "partner" for m in mentions_in(tokens.doc, article + 1, relative))

    def _opens_sentence(self, tokens: _DocTokens, verb_start: int) -> bool:
        """The verb is the sentence's first word (after quotes, bullets, emoji), or the first
        after a short introductory phrase and a comma ("This winter, protect your family from
        the flu with …") that names no substance and opens no subordinate clause ("If you …,")."""
        sentence_start = tokens.sentence_start_of[verb_start]
        before = tokens.orths(sentence_start, verb_start)
        if not any(map(tokens.is_alpha, before)):
            return True
        # a short label before a colon works the same way ("Subject: Beat insomnia …", "Pro tip: cure …")
        return (len(before) <= 5 and before[-1] in self.intro_ends
                and not any(lower in self.intro_blockers or orth in self.intro_marks
                            for lower, orth in zip(tokens.lowers(sentence_start, verb_start - 1), before[:-1]))
                and not mentions_in(tokens.doc, sentence_start, verb_start))

    def _label_line(self, tokens: _DocTokens, rule, rule_key: int, verb_start: int, blockers) -> bool:
        """With ``headless``, a sentence that opens with the inflected verb and names no product and no
        drug ("Lowers blood sugar naturally", "Relieves migraines in minutes") is a label line: its
        subject is the product it is printed on."""
        if not rule.spec.get("headless"):
            return False
        if not self._third_person(tokens, verb_start):
            return False
        # the claim may be a later predicate of the line: "Supports thyroid health and helps with hypothyroidism"
        first = verb_start if self._opens_sentence(tokens, verb_start) else self._first_predicate(tokens, verb_start)
        if first is None:
            return False
        # a label line is capitalised: "cures arthritis" in a block of its own is the rest of a split sentence
        if not self.strings[tokens.orth(first)][:1].isupper():
            return False
        return (rule_key, tokens.sentence_start_of[verb_start]) not in blockers

    def _third_person(self, tokens: _DocTokens, index: int) -> bool:
        """The word is a verb's third-person form, as a label line's verbs are ("Relieves", "Supports")."""
        lower = tokens.lower(index)
        return lower != tokens.norm(index) and self.strings[lower].endswith("s")

    def _first_predicate(self, tokens: _DocTokens, verb_start: int) -> int | None:
        """Where a label line's first predicate starts when the verb at `verb_start` is a later one joined to it by
        "and" or a comma ("Supports restful sleep and cures insomnia", "Boosts energy, sharpens focus and treats
        ADHD"): an inflected verb of benefit opening the sentence (not a person's doings: "Sells teas and treats
        patients with anxiety"), then at most MAX_LISTED words (no substance named), then the join. None when the
        verb is not so joined."""
        if tokens.lower(verb_start - 1) not in self.list_joins:
            return None
        sentence_start = tokens.sentence_start_of[verb_start]
        first = sentence_start
        while first < verb_start and not tokens.is_alpha(tokens.orth(first)):
            first += 1  # past a bullet or an emoji
        if not 1 < verb_start - first <= MAX_LISTED + 1 or not self._third_person(tokens, first) \
                or tokens.norm(first) not in self.benefit_verbs:
            return None
        if not all(tokens.is_alpha(o) or o == self.comma or tokens.lower(i) in self.list_joins
                   for i, o in zip(range(first, verb_start), tokens.orths(first, verb_start))):
            return None
        if mentions_in(tokens.doc, first, verb_start) or not self._opens_sentence(tokens, first):
            return None
        return first

    def _listed_benefit(self, tokens: _DocTokens, rule, rule_key: int, verb_start: int, blockers) -> bool:
        """With ``headless``, an inflected verb that opens an item of the list after a benefits label ("Key
        benefits: ✓ cures insomnia ✓ ends anxiety", "What it does: reverses arthritis", "Benefits include curing
        …", "Top benefits:" then "- cures insomnia"): its subject is the product the label is about. The item opens
        at the label's end, after a list mark or comma, or after "and"."""
        if not rule.spec.get("headless") or tokens.lower(verb_start) == tokens.norm(verb_start):
            return False
        sentence_start = tokens.sentence_start_of[verb_start]
        if (rule_key, sentence_start) in blockers:
            return False
        previous = verb_start - 1
        if previous >= sentence_start and tokens.is_alpha(tokens.orth(previous)) and \
                tokens.lower(previous) not in self.list_joins:
            return False
        doc = tokens.doc
        heads = self.benefit_labels.heads(doc, sentence_bounds(doc, verb_start))
        return heads is not None and verb_start >= heads

    def _done_without(self, tokens: _DocTokens, index: int) -> bool:
        """The drug at ``index`` follows "without"/"no"/"than", an article or "other" between."""
        before = index - 1
        while before >= 0 and index - before <= 2 and tokens.lower(before) in self.drug_free_fillers:
            before -= 1
        return before >= 0 and tokens.lower(before) in self.drug_free

    def _hyphen_compound(self, tokens: _DocTokens, verb_start: int) -> bool:
        """The verb is the second half of a hyphenated adjective ("CBD-treated patients", "the
        turmeric-treated group"): a study arm named by what it was given, not a claim that the
        substance treats anything. The hyphen touches both words; a spaced dash ("Kava - treats
        anxiety") is a label line's break."""
        if tokens.orth(verb_start - 1) != self.hyphen:
            return False
        doc = tokens.doc
        return not doc[verb_start - 2].whitespace_ and not doc[verb_start - 1].whitespace_

    def _homograph_noun(self, tokens: _DocTokens, verb: int, sentence_start: int) -> bool:
        """A verb of NOUN_HOMOGRAPHS used as a noun or adjective, or with an audience or a good as its object."""
        doc = tokens.doc
        after = tokens.lower(verb + 1) if verb + 1 < len(doc) else None
        if after in self.noun_after or (verb > sentence_start and tokens.lower(verb - 1) in self.noun_before):
            return True
        norm = tokens.norm(verb)
        following = tokens.lowers(verb + 1, min(len(doc), verb + 4))
        if norm in self.target_verbs and not self.audiences.isdisjoint(following):
            return True
        return norm == self.slow and not self.slowed_goods.isdisjoint(following)

    def _noun_marker(self, tokens: _DocTokens, index: int) -> bool:
        """The token makes the verb after it a noun: an article or a number ("two blocks from")."""
        return tokens.lower(index) in self.noun_markers or tokens.doc.vocab[tokens.orth(index)].like_num

    def _testimony(self, tokens: _DocTokens, verb_start: int) -> bool:
        """A testimonial names the product after its object as a slogan does: "I overcame insomnia
        with valerian", "we finally beat the flu thanks to elderberry", "my sister healed her eczema
        with sea moss". The verb follows its teller (and at most two adverbs or auxiliaries) at the
        start of its sentence or clause; a teller other than "I"/"we" needs an outcome verb."""
        sentence_start = tokens.sentence_start_of[verb_start]
        i = verb_start - 1
        skipped = 0
        promised = False  # a modal skipped: "you can finally beat …"
        while (i >= sentence_start and skipped < 2
               and (tokens.is_alpha(tokens.orth(i)) or tokens.lower(i) in self.testimony_fillers
                    or tokens.lower(i) in self.promise_modals)
               and tokens.lower(i) not in self.first_person and tokens.lower(i) not in self.reported_tellers
               and tokens.lower(i) != self.you):
            lower = tokens.lower(i)
            promised = promised or lower in self.promise_modals
            if lower not in self.testimony_fillers and not promised and not self.strings[lower].endswith("ly"):
                return False
            i -= 1
            skipped += 1
        if i < sentence_start:
            return False
        if tokens.lower(i) == self.you:
            return promised and (i == sentence_start or not tokens.is_alpha(tokens.orth(i - 1)) or (
                tokens.lower(i - 1) in self.promise_openers
                and (i - 1 == sentence_start or not tokens.is_alpha(tokens.orth(i - 2)))))
        if promised:
            return False
        if tokens.lower(i) in self.first_person:
            return i == sentence_start or not tokens.is_alpha(tokens.orth(i - 1))
        if tokens.lower(i) not in self.reported_tellers or tokens.lower(verb_start) not in self.outcome_verb_forms:
            return False
        i -= 1
        while i >= sentence_start and tokens.lower(i) in self.reported_teller_openers:
            i -= 1
        return i < sentence_start or not tokens.is_alpha(tokens.orth(i))

    def _imperative_subject(self, tokens: _DocTokens, object_end: int,
                            nouns: _ProductNouns) -> tuple[int, str | None] | None:
        """The product an imperative claim is about: a substance mention or product noun after
        its object, in the same sentence ("… with our kava", "…: two ginger chews")."""
        doc = tokens.doc
        _, sentence_end = sentence_bounds(doc, object_end - 1)
        clause_end = next((i for i, lower in enumerate(tokens.lowers(object_end, sentence_end), object_end)
                           if lower in self.imperative_breaks), sentence_end)
        clause_end = self._new_clause(tokens, object_end, clause_end, nouns)
        context = context_of(doc)
        for mention in mentions_in(tokens.doc, object_end, clause_end):
            # "treat a cold with rest, not echinacea": a denied product is not the subject
            if mention.kb_id_ != "partner" and "negation" not in context.kinds_at(mention.start):
                return mention.start, mention.label_
        for start, _ in nouns.spans:
            if object_end <= start < clause_end:
                return start, None
        return None

    def _new_clause(self, tokens: _DocTokens, object_end: int, clause_end: int, nouns: _ProductNouns) -> int:
        """Where a clause with a subject of its own opens after an imperative's object: "and" (see
        IMPERATIVE_CLAUSE_JOINS), a name (a substance, a product form after it, a product noun) and a finite verb."""
        for i in range(object_end, clause_end - 2):
            if tokens.lower(i) not in self.imperative_clause_joins:
                continue
            k = i + 1
            while k < clause_end and tokens.lower(k) in self.determiners:
                k += 1
            mention = next((m for m in mentions_in(tokens.doc, k, clause_end) if m.start == k), None)
            if mention is not None:
                k = mention.end
            elif k in nouns.end_at:
                k = nouns.end_at[k]
            else:
                continue
            while k < clause_end and tokens.lower(k) in self.product_forms:
                k += 1
            if k < clause_end and self._finite(tokens, k):
                return i
        return clause_end

    def _finite(self, tokens: _DocTokens, index: int) -> bool:
        """The word is a finite verb: an auxiliary or modal, or a lower-case word in -s that is no plural of a product
        form ("tastes", "works"; not "teas", "drops")."""
        lower = tokens.lower(index)
        if lower in self.job_verbs:
            return False
        if lower in self.finite_verbs:
            return True
        text = self.strings[tokens.orth(index)]
        return self._inflected(tokens, index) and not text.endswith("ss") and lower not in self.product_forms

    def _reflexive_object(self, tokens: _DocTokens, rule_key: int, verb_start: int, verb_end: int, subject_start: int,
                          objects: dict[tuple[int, int], int]) -> int | None:
        """"Sea moss lets your thyroid heal itself": after an enabling verb (ENABLERS), a body part of the rule's
        objects, "to" perhaps, the verb and a reflexive pronoun; the end of the reflexive, else None. The verb may
        also end its clause, uninflected: "Ashwagandha will help your thyroid heal.", "helps your immune system bounce
        back" (the end of the verb)."""
        if verb_end >= len(tokens.doc):
            return None
        if tokens.lower(verb_end) in self.reflexives:
            end = verb_end + 1
        elif self._enabled_clause_end(tokens, verb_start, verb_end):
            end = verb_end
        else:
            return None
        body_end = verb_start - 1 if verb_start - 1 > subject_start and tokens.lower(verb_start - 1) == self.to \
            else verb_start
        for k in range(subject_start + 1, body_end):
            if objects.get((rule_key, k)) != body_end:
                continue
            j = k
            while j > subject_start and tokens.lower(j - 1) in self.determiners:
                j -= 1
            if j - 1 > subject_start and tokens.lower(j - 1) in self.enablers:
                return end
        return None

    def _enabled_body_before(self, tokens: _DocTokens, rule_key: int, verb_start: int, sentence_start: int,
                             objects: dict[tuple[int, int], int]) -> bool:
        """Cheaply, before `_reflexive_object`: one of the rule's objects ends right before the verb, or before "to"
        and the verb ("your thyroid heal", "the brain to repair")."""
        ends = (verb_start, verb_start - 1) if tokens.lower(verb_start - 1) == self.to else (verb_start,)
        return any(objects.get((rule_key, k)) in ends for k in range(max(sentence_start, verb_start - 4), verb_start))

    def _topic_of_other(self, tokens: _DocTokens, subject_start: int, sentence_start: int) -> bool:
        """Is the subject, after determiners, the topic of another noun or verb ("Talking to my doctor about kava",
        "Reading about our tincture")?"""
        i = subject_start
        while i > sentence_start and tokens.lower(i - 1) in self.determiners:
            i -= 1
        return i > sentence_start + 1 and tokens.lower(i - 1) in self.topic_markers

    def _enabled_clause_end(self, tokens: _DocTokens, verb_start: int, verb_end: int) -> bool:
        """Does the verb at `verb_start` (one word, or a word and its particle: "bounce back"), uninflected, end its
        clause ("… help your thyroid heal.", "… help your liver heal naturally, and …")?"""
        if verb_end - verb_start not in (1, 2) or tokens.lower(verb_start) != tokens.norm(verb_start):
            return False
        i = verb_end
        while i < len(tokens.doc) and tokens.lower(i) in self.adverbs_after_object:
            i += 1
        return i >= len(tokens.doc) or tokens.lower(i) in self.enabled_ends

    def _helped_object(self, tokens: _DocTokens, rule, rule_key: int, verb_end: int,
                       objects: dict[tuple[int, int], int], groups: dict[tuple[int, int], int]) -> int | None:
        """`help_frames`: the end of the condition a verb of help is about (see MAX_HELPED), else None ("helps you
        sleep", "helped me with my homework", "helps to talk to a doctor about chronic pain")."""
        sentence_end = sentence_bounds(tokens.doc, verb_end - 1)[1]
        i = verb_end
        while i < sentence_end and tokens.lower(i) in self.determiners:
            i += 1
        for j in dict.fromkeys((verb_end, i)):  # "helps arthritis sufferers", "helps those with arthritis"
            if (rule_key, j) in groups:
                end = groups[rule_key, j]
                if tokens.lower(end - 1) not in self.open_object_ends:
                    return self._helped_end(tokens, rule, rule_key, end, sentence_end)
                return self._condition_after(tokens, rule, rule_key, end, sentence_end, objects)
        if i < sentence_end and (rule_key, i) in objects:  # "helps chronic pain", "helped my insomnia"
            return self._helped_end(tokens, rule, rule_key, objects[rule_key, i], sentence_end)
        prepositions = self.help_prepositions[rule_key]
        for k in range(verb_end, min(sentence_end, verb_end + MAX_HELPED + 1)):
            lower = tokens.lower(k)
            if lower in prepositions:  # "helped me with my insomnia", "helps patients with arthritis get moving"
                return self._condition_after(tokens, rule, rule_key, k + 1, sentence_end, objects)
            if lower in self.helped_breaks or not (tokens.is_alpha(tokens.orth(k)) or lower in self.possessive_marks):
                return None
        return None

    def _condition_after(self, tokens: _DocTokens, rule, rule_key: int, i: int, sentence_end: int,
                         objects: dict[tuple[int, int], int]) -> int | None:
        """The end of a condition at `i`, after determiners, a possessor ("our son's") and fillers, else None."""
        i = _past(tokens, i, sentence_end, self.determiners)
        if i + 2 < sentence_end and tokens.lower(i + 1) in self.possessive_marks and (rule_key, i) not in objects:
            i += 2  # "with our son's ADHD"
        i = _past(tokens, i, sentence_end, self.then_fillers)
        if i < sentence_end and (rule_key, i) in objects:
            return self._helped_end(tokens, rule, rule_key, objects[rule_key, i], sentence_end)
        # a spell of the condition: "through a terrible bout of depression", "with a flare of arthritis"
        for k in range(i, min(sentence_end - 2, i + MAX_SPELL_WORDS + 1)):
            if tokens.lower(k) in self.spells and tokens.lower(k + 1) == self.of:
                j = _past(tokens, _past(tokens, k + 2, sentence_end, self.determiners), sentence_end, self.then_fillers)
                if j < sentence_end and (rule_key, j) in objects:
                    return self._helped_end(tokens, rule, rule_key, objects[rule_key, j], sentence_end)
                return None
            if not tokens.is_alpha(tokens.orth(k)):
                return None
        return None

    def _helped_end(self, tokens: _DocTokens, rule, rule_key: int, end: int, sentence_end: int) -> int | None:
        """`end`, unless the word right after the condition undoes it (`not_after`: "anxiety scores", "cancer
        research"), makes it part of a hyphened compound ("anxiety-free") or says it got worse (`help_frames.worse`:
        "helped my anxiety get worse", "helps people with addiction relapse")."""
        if end >= sentence_end:
            return end
        if tokens.lower(end) in self.not_after.get(rule.id, ()) or tokens.orth(end) == self.hyphen:
            return None
        # right after the condition, or after one more word of it ("helps withdrawal symptoms get worse")
        if any(at + len(p) <= sentence_end and tuple(tokens.lowers(at, at + len(p))) == p
               for at in (end, end + 1) for p in self.help_worse[rule_key]):
            return None
        if self._of_no_condition(tokens, rule_key, end, sentence_end):
            return None
        return end

    def _of_no_condition(self, tokens: _DocTokens, rule_key: int, end: int, sentence_end: int) -> bool:
        """`help_frames.not_of`: does the condition ending at `end` go on to name, after "of" or "for" and
        determiners, what it is of or for that is no condition ("the pain of losing my dog", "the pain of my divorce",
        "cravings for sweets")? After "of" a word in -ing names a life event too."""
        not_of = self.help_not_of.get(rule_key)
        if not_of is None or end >= sentence_end or tokens.lower(end) not in self.condition_of:
            return False
        j = end + 1
        while j < sentence_end and tokens.lower(j) in self.determiners:
            j += 1
        return j < sentence_end and (tokens.lower(j) in not_of or (
            tokens.lower(end) == self.of and tokens.is_alpha(tokens.orth(j)) and tokens.doc[j].lower_.endswith("ing")))

    @staticmethod
    def _object_in_reach(tokens: _DocTokens, rule, rule_key: int, verb_end: int,
                         objects: dict[tuple[int, int], int], reach: int = 0) -> bool:
        """What `_object` needs first, cheaply: a substance mention or one of the rule's objects starting
        within ``max_gap`` tokens of the verb, or within `reach` when it is wider (most verbs have none: their claim
        is not looked for)."""
        reach = verb_end + max(reach, int(rule.spec.get("max_gap", 6)))
        kind = rule.spec.get("objects", "substance")
        if kind == "any":
            return True
        if kind == "substance":
            nearest = bisect_left(tokens.mention_starts, verb_end)
            return nearest < len(tokens.mention_starts) and tokens.mention_starts[nearest] < reach
        return any((rule_key, i) in objects for i in range(verb_end, reach))

    def _object(self, tokens: _DocTokens, rule, rule_key: int, verb_end: int, subject_id: str | None,
                objects: dict[tuple[int, int], int]) -> int | None:
        sentence_start, sentence_end = sentence_bounds(tokens.doc, verb_end - 1)
        limit = min(sentence_end, verb_end + int(rule.spec.get("max_gap", 6)))
        if rule.spec.get("objects") == "any":
            verb = verb_end - 1
            if (tokens.lower(verb) == tokens.norm(verb) and verb > sentence_start
                    and tokens.lower(verb - 1) not in self.verb_markers):
                return None  # an uninflected form after a noun or determiner is the noun "cure"
            i = verb_end
            while i < limit and tokens.lower(i) in self.determiners:
                i += 1
            def content(j: int) -> bool:
                return j < limit and tokens.is_alpha(tokens.orth(j)) and tokens.lower(j) not in self.not_objects
            if not content(i):
                return None
            first = i
            while content(i + 1):  # the whole noun phrase: "my chronic hiccups"
                i += 1
            words = tuple(self.strings[lower] for lower in tokens.lowers(first, i + 1))
            hyphenated = i + 1 < len(tokens.doc) and self.strings[tokens.orth(i + 1)] in ("-", "–")
            if not hyphenated and any(words[-n:] in self.craft_objects for n in range(1, min(MAX_CRAFT_WORDS, len(words)) + 1)):
                return None  # "cures the fish", "cures pork bellies": the craft sense ("fish-market hiccups" is no fish)
            return i + 1
        # the object comes before the first clause break or sentence mark
        stop = next((i for i, lower in enumerate(tokens.lowers(verb_end, limit), verb_end)
                     if lower in self.object_stops), limit)
        if rule.spec.get("objects", "substance") == "substance":
            for mention in mentions_in(tokens.doc, verb_end, limit):
                if stop < mention.start:
                    return None
                if mention.label_ != subject_id and mention.kb_id_ != "partner":
                    # "enhances the flavor of turmeric": what is amplified is not the substance's effect
                    blocked = self.not_between.get(rule.id)
                    if blocked and not blocked.isdisjoint(tokens.lowers(verb_end, mention.start)):
                        return None
                    # "doctors recommend kava be avoided", "… kava only for short periods"
                    undone = self.not_after.get(rule.id)
                    after = tokens.lowers(mention.end, min(sentence_end, mention.end + NOT_AFTER_REACH))
                    if undone and not undone.isdisjoint(after):
                        return None
                    return mention.end
            return None
        # "beats Xanax, with no hangover": the drug after the verb is its object, and the comma closes it
        i = verb_end
        while i < stop and tokens.lower(i) in self.drug_free_fillers:
            i += 1
        if (i + 1 < stop and tokens.lower(i) in self.drug_words and tokens.lower(i + 1) in self.drug_object_closers
                and (rule_key, i) not in objects):
            stop = i + 1
        end = next((objects[rule_key, i] for i in range(verb_end, stop) if (rule_key, i) in objects), None)
        # "reduced anxiety scores", "lowered pain ratings": a measure of the condition, read in a trial
        undone = self.not_after.get(rule.id)
        if end is not None and undone and end < sentence_end and tokens.lower(end) in undone:
            return None
        phrases = self.not_after_phrases.get(rule.id)
        if end is not None and phrases and any(end + len(p) <= sentence_end and tuple(tokens.lowers(end, end + len(p))) == p
                                               for p in phrases):
            return None
        if end is not None and self._of_no_condition(tokens, rule_key, end, sentence_end):
            return None  # "eases the pain of losing a loved one"
        if end is not None and rule.id in self.drug_objects and self._drug_object(
                tokens, rule.id, verb_end, next(i for i in range(verb_end, stop) if (rule_key, i) in objects), end,
                sentence_end):
            return None  # "reduces the effect of your anxiety medication": an interaction
        return end

    def _agent_head(self, tokens: _DocTokens, rule_id: str, i: int, verb_start: int) -> bool:
        """`agent_heads`: does one of the rule's agent phrases start at `i` (right after a substance) and end before
        the verb ("Kratom vendors treat …", "Kava bar owners relieve …")?"""
        for phrase in self.agent_heads.get(rule_id, ()):
            if i + len(phrase) <= verb_start and tuple(tokens.lowers(i, i + len(phrase))) == phrase:
                return True
        return False

    def _drug_object(self, tokens: _DocTokens, rule_id: str, verb_end: int, start: int, end: int,
                     sentence_end: int) -> bool:
        """`drug_objects`: is the condition found at `start`..`end` only the name of a drug the verb acts on, right
        after it ("blocks your blood pressure pills") or after one of the `effects` words and "of" ("reduces the
        effect of your anxiety medication", "lowers the levels of some HIV drugs")? The condition is followed by
        one of `heads` (not then by one of `uses`: "cuts pain medication use" claims less need for it), and only
        determiners, DRUG_OBJECT_FILLERS, `effects` words and "of" come between the verb and the condition ("reduces
        the need for pain medication" claims that it eases pain)."""
        effects, heads, uses = self.drug_objects[rule_id]
        if end >= sentence_end or tokens.lower(end) not in heads:
            return False
        if end + 1 < sentence_end and tokens.lower(end + 1) in uses:
            return False
        return all(lower in self.drug_object_fillers or lower in effects or lower == self.of
                   for lower in tokens.lowers(verb_end, start))

    def _then_end(self, tokens: _DocTokens, rule_key: int, object_end: int,
                  object_then: dict[tuple[int, int], int]) -> int | None:
        """`object_then`: the end of the phrase an open object ("people with") goes on to name, right after it or
        after one filler ("people with an anxiety disorder"); else None ("people with busy lives")."""
        sentence_end = sentence_bounds(tokens.doc, object_end - 1)[1]
        for i in (object_end, object_end + 1):
            if i >= sentence_end:
                return None
            if (rule_key, i) in object_then:
                return object_then[rule_key, i]
            if tokens.lower(i) not in self.then_fillers:
                return None
        return None

    def _pronoun_object(self, tokens: _DocTokens, rule, rule_key: int, verb_end: int, subject_start: int,
                        objects: dict[tuple[int, int], int]) -> int | None:
        """A pronoun right after the verb standing for a condition named before the subject: in a
        clause of its own in the sentence ("If your child has ADHD, CBD oil will fix it"), or in a
        short question just before it ("Suffering from insomnia? Valerian cures it.")."""
        if rule.spec.get("objects", "substance") in ("substance", "any"):
            return None
        doc = tokens.doc
        sentence_start, sentence_end = sentence_bounds(doc, verb_end - 1)
        if verb_end >= sentence_end or tokens.lower(verb_end) not in self.pronoun_objects:
            return None
        if verb_end + 1 < sentence_end and tokens.lower(verb_end + 1) in self.after_pronoun_object:
            return None
        if (tokens.lower(verb_end) in self.demonstrative_objects and verb_end + 1 < sentence_end
                and tokens.is_alpha(tokens.orth(verb_end + 1))
                and tokens.lower(verb_end + 1) not in self.adverbs_after_object):
            return None  # "fixes that flavour"
        # the pronoun stands for nothing named between the condition and the verb ("If you have
        # arthritis, kava tea will not…", "If you have a cold and a kava cup, wash it")
        def condition_before(start: int, end: int) -> bool:
            return any((rule_key, i) in objects and objects[rule_key, i] <= end
                       and self.condition_heads.isdisjoint(tokens.lowers(objects[rule_key, i], end))
                       for i in range(start, end))
        clause_end = subject_start
        while clause_end > sentence_start and tokens.orth(clause_end - 1) != self.comma:
            clause_end -= 1
        if clause_end > sentence_start:  # a clause before the subject's, ended by a comma
            if not mentions_in(doc, sentence_start, clause_end) and condition_before(sentence_start, clause_end):
                return verb_end + 1
            return None
        opens = subject_start == sentence_start or (
            subject_start == sentence_start + 1 and tokens.lower(sentence_start) in self.subject_openers)
        if not opens or sentence_start == 0:
            return None
        previous_start, previous_end = sentence_bounds(doc, sentence_start - 1)
        if (tokens.orth(previous_end - 1) == self.question_mark and previous_end - previous_start <= MAX_QUESTION
                and not mentions_in(doc, previous_start, previous_end)
                and condition_before(previous_start, previous_end)):
            return verb_end + 1
        return None

    def _noun_spans(self, tokens: _DocTokens) -> dict[int, list[tuple[int, int]]]:
        """By rule key: the product nouns of the rule, in match order."""
        noun_spans: dict[int, list[tuple[int, int]]] = {}
        for rule_key, s, e in self.subject_nouns(tokens.doc):
            noun_spans.setdefault(rule_key, []).append((s, e))
        for signature, s, e in self._modified_nouns(tokens):
            for rule_key in self.modified_noun_rules[signature]:
                noun_spans.setdefault(rule_key, []).append((s, e))
        return noun_spans

    def check(self, doc: Doc, state: DocumentState):
        verbs = self.verbs(doc)
        if not verbs:
            return
        tokens = _DocTokens(doc, self.alphabetic)
        sentence_of = tokens.sentence_start_of
        # (rule key, start) -> end of the first of the rule's objects there (so the matches are read backwards)
        objects = {(rule_key, s): e for rule_key, s, e in reversed(self.objects(doc))}
        noun_spans: dict[int, list[tuple[int, int]]] | None = None  # found for the first verb that gets that far
        nouns: dict[int, _ProductNouns] = {}
        branded_nouns: dict[int, _ProductNouns | None] = {}

        def branded(rule_key: int) -> _ProductNouns | None:
            """A rule's product nouns and the Doc's brand names ("ZenLeaf cures …"), None without any. Looked
            for only where no other subject is found: brand names are found per Doc, and most claims name their
            product otherwise."""
            if rule_key not in self.brand_rule_keys:
                return None
            if rule_key not in branded_nouns:
                brands = self.brands.spans(doc)
                branded_nouns[rule_key] = _ProductNouns(nouns[rule_key].spans + brands) if brands else None
            return branded_nouns[rule_key]

        # a drug the label line does without ("Relieves anxiety without pills") does not make the drug its subject
        # ("Cures depression without a prescription", "with no other pills": an article between)
        blockers = {(rule_key, sentence_of[s]) for rule_key, s, _ in self.headless_blockers(doc)
                    if not self._done_without(tokens, s)}
        headless_objects: dict[tuple[int, int], int] | None = None  # found for the first label line that needs them
        object_then: dict[tuple[int, int], int] | None = None  # found for the first open object ("people with")
        reported: set[tuple[int, int]] = set()  # (rule key, sentence start)
        qualifiers = None  # found when a rule with `qualified_by` first needs them
        help_groups: dict[tuple[int, int], int] | None = None  # found for the first verb of help that needs them
        every_object = objects
        restricted: dict[int, dict[tuple[int, int], int]] | None = None  # by entry key, found for the first verb that takes them
        for rule_key, start, end in verbs:
            rule = self.rule_of_key[rule_key]
            objects = every_object
            entry_key = self.verb_objects[rule_key].get(tuple(tokens.norm(i) for i in range(start, end))) \
                if rule_key in self.verb_objects else None
            if entry_key is not None:  # a verb that takes only some of the rule's objects ("erase" + a disease)
                if restricted is None:
                    restricted = {}
                    for key, s, e in reversed(self.restricted_objects(doc)):
                        restricted.setdefault(key, {})[self.restricted_rule_of[key], s] = e
                objects = restricted.get(entry_key, {})
            sentence_start = sentence_of[start]
            if (rule_key, sentence_start) in reported:
                continue
            helping = end - start == 1 and tokens.norm(start) in self.help_verbs.get(rule_key, ())
            if helping:
                if help_groups is None:
                    help_groups = {(k, s): e for k, s, e in reversed(self.help_groups(doc))}
                if not (self._object_in_reach(tokens, rule, rule_key, end, objects, reach=2 * MAX_HELPED)
                        or any((rule_key, i) in help_groups for i in range(end, end + 3))):
                    continue
            elif not self._object_in_reach(tokens, rule, rule_key, end, objects) and not (
                    end < len(doc) and (tokens.lower(end) in self.pronoun_objects or tokens.lower(end) in self.reflexives
                                        or self._enabled_body_before(tokens, rule_key, start, sentence_start, objects))):
                continue
            if end - start == 1 and start > sentence_start and self._noun_marker(tokens, start - 1):
                continue
            if end - start == 1 and end < len(doc) and (tokens.norm(start), tokens.lower(end)) in self.phrasal_others:
                continue  # "ended up with withdrawal"
            if start > sentence_start and tokens.norm(start - 1) in self.stopped:
                continue  # "stopped working for my pain"
            if end < len(doc) and tokens.lower(end) == self.nothing:
                continue  # "turmeric improved nothing for my arthritis"
            if end - start == 1 and tokens.norm(start) in self.noun_homographs and self._homograph_noun(tokens, start,
                                                                                                     sentence_start):
                continue  # "a folk remedy for anxiety", "panic attacks and insomnia", "vendors target people with pain"
            if (start > sentence_start + 1 and tokens.lower(start - 1) == self.in_
                    and tokens.lower(start - 2) in self.topic_of_effect and self.strings[tokens.lower(start)].endswith("ing")):
                continue  # "kratom's efficacy in treating anxiety is an area of ongoing research": a topic
            if start > sentence_start + 1 and self._hyphen_compound(tokens, start):
                continue
            if rule_key not in nouns:
                if noun_spans is None:
                    noun_spans = self._noun_spans(tokens)
                nouns[rule_key] = _ProductNouns(noun_spans.get(rule_key, []))
            subject = self._subject(tokens, rule, start, nouns[rule_key], state)
            by_brand = False
            if subject is None and self._may_name_brand(tokens, sentence_start, start) and branded(rule_key) is not None:
                subject = self._subject(tokens, rule, start, branded(rule_key), state)
                by_brand = subject is not None
            if subject is None and rule.spec.get("headless") and start == sentence_start or (
                    subject is None and rule.spec.get("headless") and tokens.lower(start - 1) in self.list_joins):
                subject = self._titled_line(tokens, start)
            imperative = subject is None and rule.spec.get("imperative", False) and (
                self._opens_sentence(tokens, start) or self._testimony(tokens, start))
            label = subject is None and (self._label_line(tokens, rule, rule_key, start, blockers)
                                         or self._listed_benefit(tokens, rule, rule_key, start, blockers))
            if subject is None and not imperative and not label:
                continue
            if subject is not None and subject[0] > sentence_start and tokens.lower(subject[0] - 1) in self.attempted \
                    and tokens.lower(start - 1) == self.to:
                continue  # "I tried kava to treat my anxiety": the purpose of an attempt
            if subject is not None and sentence_start < subject[0] < start and self._topic_of_other(
                    tokens, subject[0], sentence_start):
                continue  # "Talking to my doctor about kava helped my anxiety": the talking helped
            if helping and subject is not None and subject[0] < start and not self.not_helpers[rule_key].isdisjoint(
                    tokens.lowers(subject[0], start)):
                continue  # "Our kava guide helps people with anxiety find a brand": the guide helps, not kava
            if subject is not None and not imperative and self._tapered(tokens, subject[0], sentence_start):
                continue  # "Stop kratom slowly to ease withdrawal": the stopping eases it
            subject_id = subject[1] if subject else None
            blocked = self.not_between.get(rule.id)
            if subject is not None and blocked and not blocked.isdisjoint(tokens.lowers(subject[0], start)):
                continue  # "kava's earthy flavor complements ginger's heat": the subject is its flavor, not its effect
            object_start = end
            if label and subject is None and end < len(doc) and tokens.orth(end) == self.colon:
                # a claim label, the verb then a colon ("Cures: insomnia and anxiety", "Relieves: migraines"): its
                # object follows the colon directly ("Cures: none claimed", "Cures: see your doctor" name none)
                object_start = end + 1
                while object_start < len(doc) - 1 and doc[object_start].is_space:  # "**Cures:** insomnia"
                    object_start += 1
                object_end = objects.get((rule_key, object_start)) if rule.spec.get("objects") not in (
                    None, "substance", "any") and sentence_of[object_start] == sentence_start else None
                if object_end is not None and object_end < len(doc) - 1 and self._hyphen_compound(tokens, object_end + 1):
                    object_end = None  # "Treats: diabetes-friendly brownies": the noun "treats", a compound after it
            elif helping:
                object_end = self._helped_object(tokens, rule, rule_key, end, objects, help_groups)
            else:
                object_end = self._object(tokens, rule, rule_key, end, subject_id, objects)
            if object_end is None and subject is not None and not helping:
                object_end = self._pronoun_object(tokens, rule, rule_key, end, subject[0], objects)
            if object_end is None and subject is not None and not imperative and not helping:
                object_end = self._reflexive_object(tokens, rule_key, start, end, subject[0], objects)
            if object_end is not None and rule.spec.get("object_then") and tokens.lower(object_end - 1) in self.open_object_ends:
                if object_then is None:
                    object_then = {(k, s): e for k, s, e in reversed(self.object_then(doc))}
                object_end = self._then_end(tokens, rule_key, object_end, object_then)
            if object_end is None:
                continue
            if imperative:
                subject = self._imperative_subject(tokens, object_end, nouns[rule_key])
                if (subject is None and self.brands.may_name(doc, *sentence_bounds(doc, start))
                        and branded(rule_key) is not None):
                    subject = self._imperative_subject(tokens, object_end, branded(rule_key))
                    by_brand = subject is not None
                if subject is None and not label:
                    continue
                subject_id = subject[1] if subject else None
            bare = subject is not None and len(subject) == 3  # an import label's bare verb: its object is a disease
            if bare and (not rule.spec.get("headless") or (rule_key, sentence_start) in blockers):
                continue
            if (subject is None or bare) and (rule.spec.get("headless") or {}).get("objects"):  # a label line: its object must be one of these
                if headless_objects is None:
                    headless_objects = {(k, s): e for k, s, e in reversed(self.headless_objects(doc))}
                if object_start == end:
                    object_end = self._object(tokens, rule, rule_key, end, None, headless_objects)
                else:
                    object_end = headless_objects.get((rule_key, object_start))
                if object_end is None:
                    continue
            # cues governing the verb ("can help" hedges the word after "help", as it does "with" of "help with")
            if blocked_by_context(doc, rule, start, min(object_end, end + 1) if helping else end):
                continue
            if imperative and subject is not None and subject[0] >= end:
                # a cue said after the product an imperative names ("Fight the flu with elderberry, or so the label
                # says", "Treat a cold with echinacea, though the evidence is thin"): its scope opens after the name,
                # the writer's own wording before it, which here is the claim
                subject_end = next((m.end for m in mentions_in(doc, subject[0], len(doc)) if m.start == subject[0]),
                                   nouns[rule_key].end_at.get(subject[0], subject[0] + 1))
                if subject_end < len(doc) and blocked_by_context(doc, rule, start, subject_end + 1,
                                                                 own=(start, subject_end + 1)):
                    continue
            span = doc[min(subject[0], start) if subject else start:object_end]
            names: dict[str, str] = {}
            brand_end = dict(self.brands.spans(doc)).get(subject[0]) if by_brand and subject_id is None else None
            if brand_end is not None:
                name = brand_name_text(doc, subject[0], brand_end)  # "Golden Calm cures …": no substance to name
                names = {"name": name, "Name": name}
            elif subject_id is None:
                subject_id, names = self._noun_subject(tokens, subject[0] if subject else None, nouns[rule_key],
                                                       start, state)
            if rule.id in self.qualifiers:
                if qualifiers is None:
                    qualifiers = self.qualifiers.find(doc)
                verb = self.strings[tokens.lower(start)]
                if self.qualifiers.qualified(doc, rule.id, sentence_bounds(doc, start), qualifiers,
                                             claim=(span.start, start), subject=subject_id,
                                             past=verb.endswith("ed") or verb in OUTCOME_VERB_FORMS):
                    continue
            reported.add((rule_key, sentence_start))
            yield make_finding(rule, doc, state, span.start_char, span.end_char, subject_id, self.env.knowledge,
                               fix=fix_from_rule(rule, doc, span.start_char, span.end_char),
                               verb=doc[start:end].text, object=doc[object_start:object_end].text, **names)

    def _noun_subject(self, tokens: _DocTokens, subject_start: int | None, nouns: _ProductNouns, verb_start: int,
                      state: DocumentState) -> tuple[str | None, dict[str, str]]:
        """The substance and the message's name for a claim whose subject is no substance mention. A
        pronoun, "our tincture" or "this herb" stand for the substance the text was talking about;
        a product noun that names a thing of its own ("black pepper", "melatonin"), or one with no
        substance before it, is named in the message by its own words ("black pepper amplifies …
        claims a combined effect of black pepper …"), not as "this product"."""
        doc = tokens.doc
        end = nouns.end_at.get(subject_start) if subject_start is not None else None
        if end is None:
            return topic_before(doc, verb_start, state), {}
        for mention in mentions_in(doc, subject_start, end):  # "ashwagandha root extract"
            if mention.kb_id_ != "partner":
                return mention.label_, {}
        lowers = [self.strings[lower] for lower in tokens.lowers(subject_start, end)]
        # a modified noun is named by its determiner and head: "our slippery elm tincture" is "our tincture"
        if " ".join(lowers) not in self.named_nouns and f"{lowers[0]} {lowers[-1]}" not in self.named_nouns:
            return topic_before(doc, verb_start, state), {}  # a rule's own subject: "doctors recommend …"
        topic = None
        if lowers[0] in DETERMINERS or lowers[0] in {"each", "one", "every"}:
            topic = topic_before(doc, verb_start, state)  # "our tincture", "this herb": the product named before
            if topic is not None:
                return topic, {}
        head = lowers[-1]
        if head.endswith("s") and not head.endswith(("ss", "us", "is")):
            return None, {}  # "these gummies": the messages say "{name} cures", "{Name} has been studied"
        # as written, but a capital that only opens the sentence or a title-case listing is dropped
        name = "".join((token.text.lower() if token.text.istitle() else token.text) + token.whitespace_
                       for token in doc[subject_start:end]).strip()
        return None, {"name": name, "Name": name[:1].upper() + name[1:]}


def _past(tokens: _DocTokens, i: int, end: int, words: set[int]) -> int:
    """The first token from `i` on (before `end`) whose lower case is none of `words`."""
    while i < end and tokens.lower(i) in words:
        i += 1
    return i
