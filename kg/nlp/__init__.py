"""spaCy components of henan-kg. Importing this package registers the factories."""

from __future__ import annotations

from kg.nlp import coref, entities, legal, relations, repair  # noqa: F401  (registers @Language.factory components)
from kg.nlp.pipeline import load_pipeline

__all__ = ["load_pipeline"]
