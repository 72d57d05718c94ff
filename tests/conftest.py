"""Shared fixtures: where the repository and its test data are (never resolved from the working directory)."""

from __future__ import annotations

from pathlib import Path

import pytest

REPO_ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="session")
def repo_root() -> Path:
    return REPO_ROOT


@pytest.fixture(scope="session")
def seed_corpus(repo_root: Path) -> Path:
    """The corpus shipped with the repository (the two seed articles)."""
    return repo_root / "corpus"


@pytest.fixture(scope="session")
def seeds_gold(repo_root: Path) -> Path:
    """Hand-made gold annotations for the seed articles, in the dev-corpus format."""
    return repo_root / "tests" / "data" / "seeds-gold"
