"""Likening shapes, audit round 165 (the rest of round 157): kratom, kava, Amanita or psilocybin likened as a whole to
an everyday drink in shapes the rule missed ("think of kratom as …", a clause-opening "it" after a fragment that only
names the substance, a relative clause, a soft or energy drink), and "no upper limit to how much you will love …",
which is no dose.

All sentences are written for these tests."""
import pytest

LIKENED = "safety/likened-to-everyday-drink"
OVERDOSE = "safety/no-overdose"


def _fired(checker, text: str, path: str = "page.md") -> set[str]:
    return {f.rule for f in checker.check_text(text, path=path) if f.scope == "sentence"}


FLAGGED = [
    ("Think of kratom as a strong cup of coffee.", LIKENED),
    ("Just think of our kava as your evening glass of wine.", LIKENED),
    ("Think of kratom as nothing more than a morning espresso.", LIKENED),
    ("Think of kratom as an energy drink from a tree.", LIKENED),
    ("Kratom? It's basically like coffee.", LIKENED),
    ("Kava? It is just like a couple of beers.", LIKENED),
    ("Our kratom powder. It's no different from a cup of coffee.", LIKENED),
    ("Kratom: it's basically like a strong coffee.", LIKENED),
    ("Kava, which is just like a beer, helps you unwind.", LIKENED),
    ("Kratom, which is really no different from coffee, keeps you going.", LIKENED),
    ("Kratom is no different from a soft drink.", LIKENED),
    ("Kava is basically like a fizzy drink.", LIKENED),
    ("Kratom is comparable to a sports drink.", LIKENED),
    ("Kratom is just like an espresso shot.", LIKENED),
    ("Kava is pretty much like a latte.", LIKENED),
    ("There is no upper limit to how much kratom you can take.", OVERDOSE),
    ("There's no upper limit on how much you can take of our kava.", OVERDOSE),
]

PASSING = [
    "Kratom, like coffee, belongs to the Rubiaceae family.",
    "Its stimulating effect at low doses is often compared to coffee.",
    "Kava bars are like coffee shops.",
    "Think of kava bars as coffee shops without the caffeine.",
    "Think of the kava ceremony as a glass of wine shared among friends.",
    "Think of chamomile as a cup of tea.",
    "Think of kratom as coffee's botanical cousin.",
    "Think of kratom's effect as a cup of coffee.",
    "Think of kava as a tea made from the root of the plant.",
    "Don't think of kratom as a cup of coffee: it can cause dependence.",
    "Never think of kava as just a glass of wine.",
    "Some people think of kratom as a cup of coffee, but it can cause dependence.",
    "Should you think of kratom as a cup of coffee?",
    "Treat kava like you would a glass of wine.",
    "Kratom? It's a tree in the coffee family.",
    "Kratom? It might be like coffee for some people.",
    "Kratom helps me focus. It's basically like coffee.",
    "Kratom? It's not like coffee at all: it can cause dependence.",
    "Chamomile? It's basically like tea.",
    "Kava, which is made from a root, is not like beer.",
    "Kava, which tastes like muddy water, is served in a coconut shell.",
    "Kratom is comparable to soft drugs in some ways.",
    "Kava is like a soft drink in its fizziness.",
    "Is kava no different from a soft drink?",
    "There is no upper limit to how much you will love this kava bar.",
    "There's no upper limit to how much our customers love this kratom lounge.",
    "No upper limit on how much you'll enjoy our kava lounge.",
]


@pytest.mark.parametrize("text,rule", FLAGGED)
def test_likened_shapes_are_flagged(checker, text, rule):
    assert rule in _fired(checker, text)


@pytest.mark.parametrize("text", PASSING)
def test_near_misses_pass(checker, text):
    assert not _fired(checker, text) & {LIKENED, OVERDOSE}
