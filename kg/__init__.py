"""henan-kg: a knowledge graph of Henan manufacturing news, built with spaCy, rdflib and Oxigraph."""

from __future__ import annotations

__version__ = "0.1.0"
