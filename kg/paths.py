"""The one place that finds files: ontology, shapes, saved queries, corpus and store.

Nothing is resolved against the working directory except the user-facing defaults
for ``--corpus`` and ``--store``, which are documented in ``kg --help``.
"""

from __future__ import annotations

import os
from pathlib import Path

_PACKAGE = Path(__file__).resolve().parent


def ontology_dir() -> Path:
    """The ontology folder: inside the package in a wheel install, at the repo top in a checkout."""
    for candidate in (_PACKAGE / "ontology", _PACKAGE.parent / "ontology"):
        if (candidate / "henan-kg.ttl").is_file():
            return candidate
    raise FileNotFoundError("henan-kg ontology not found: the installation is incomplete")


def ontology_file() -> Path:
    return ontology_dir() / "henan-kg.ttl"


def shapes_file() -> Path:
    return ontology_dir() / "shapes.ttl"


def queries_dir() -> Path:
    return ontology_dir() / "queries"


def known_entities_file() -> Path:
    return ontology_dir() / "known-entities.json"


def default_corpus() -> Path:
    return Path(os.environ.get("KG_CORPUS", "corpus"))


def default_store() -> str:
    return os.environ.get("KG_STORE", str(Path(".kg") / "store"))
