"""Helpers of the botanical test tables (the `check` fixture is in conftest.py)."""


def _shown(found):
    return [(f.rule, f.subject, f.text) for f in found]


def _flags(check, text, rule, subject):
    found = check(text)
    assert any(f.rule == rule and f.subject == subject for f in found), _shown(found)
