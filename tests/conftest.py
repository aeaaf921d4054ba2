import pytest


@pytest.fixture(scope="session")
def checker():
    """One compiled pipeline for the whole test session (building it takes about a second)."""
    from claimcheck.engine import Checker

    return Checker()


@pytest.fixture(scope="session")
def rules_fired(checker):
    def fired(text: str, category: str | None = None) -> set[str]:
        """Sentence-scope rules that fire on `text` (document-level requirements are tested apart)."""
        return {f.rule for f in checker.check_text(text)
                if f.scope == "sentence" and (category is None or f.category == category)}

    return fired
