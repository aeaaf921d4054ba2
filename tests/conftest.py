import pytest


@pytest.fixture(autouse=True)
def private_result_cache(tmp_path_factory, monkeypatch):
    """Each test gets an empty result cache of its own, so a result cached by another
    test (or another run) never stands in for the check a test is about."""
    monkeypatch.setenv("CLAIMCHECK_CACHE_DIR", str(tmp_path_factory.mktemp("claimcheck-cache")))


@pytest.fixture(scope="session")
def checker():
    """One compiled pipeline for the whole test session (building it takes about a second)."""
    from claimcheck.engine import Checker

    return Checker()


@pytest.fixture(scope="session")
def check(checker):
    """The botanical findings of a text, from the session's pipeline."""
    def run(text: str):
        return [f for f in checker.check_text(text) if f.category == "botanical"]

    return run


@pytest.fixture(scope="session")
def rules_fired(checker):
    def fired(text: str, category: str | None = None) -> set[str]:
        """Sentence-scope rules that fire on `text` (document-level requirements are tested apart)."""
        return {f.rule for f in checker.check_text(text)
                if f.scope == "sentence" and (category is None or f.category == category)}

    return fired


# Hypothesis profiles: "ci" (the default) keeps the property tests to a few seconds each;
# HYPOTHESIS_PROFILE=thorough explores far more inputs when hunting for a bug locally.
from hypothesis import HealthCheck, settings  # noqa: E402

settings.register_profile("ci", max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
settings.register_profile("thorough", max_examples=1000, deadline=None,
                          suppress_health_check=[HealthCheck.too_slow])
settings.load_profile(__import__("os").environ.get("HYPOTHESIS_PROFILE", "ci"))
