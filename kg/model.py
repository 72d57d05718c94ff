"""Plain data passed between the extractor, the RDF builder, the store and the CLI.

``Extraction.to_json()`` is the contract printed by ``kg extract --format json``.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any


@dataclass(frozen=True)
class Article:
    """One parsed article: metadata, the text to extract from, and what was cut off as noise."""

    id: str
    title: str | None
    date: str | None  # ISO 8601 date (YYYY-MM-DD) when the source gives one
    source: str | None
    author: str | None
    url: str | None
    text: str  # headline + body: every offset in an Extraction points into this
    body_start: int  # where the body begins inside ``text``
    noise: str = ""  # page furniture removed before and after the body
    source_file: str | None = None
    content_hash: str = ""

    def metadata(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "title": self.title,
            "date": self.date,
            "source": self.source,
            "author": self.author,
            "url": self.url,
        }


@dataclass
class Mention:
    start: int
    end: int
    text: str
    sentence: int


@dataclass
class Entity:
    id: str  # entity IRI
    label: str  # canonical name
    type: str  # ontology class local name
    aliases: list[str] = field(default_factory=list)
    mentions: list[Mention] = field(default_factory=list)


@dataclass
class Evidence:
    sentence: str
    start: int
    end: int
    index: int  # sentence index


@dataclass
class Relation:
    subject: str  # entity IRI
    predicate: str  # ontology property local name
    object: str  # entity IRI
    evidence: Evidence
    rule: str = ""  # which rule found it, for debugging and evaluation


@dataclass
class Sentence:
    index: int
    start: int
    end: int
    text: str


@dataclass
class Extraction:
    article: Article
    entities: list[Entity]
    relations: list[Relation]
    sentences: list[Sentence]

    def to_json(self) -> dict[str, Any]:
        return {
            "article": self.article.metadata(),
            "entities": [asdict(e) for e in self.entities],
            "relations": [
                {
                    "subject": r.subject,
                    "predicate": r.predicate,
                    "object": r.object,
                    "evidence": {
                        "sentence": r.evidence.sentence,
                        "start": r.evidence.start,
                        "end": r.evidence.end,
                        "index": r.evidence.index,
                    },
                    "rule": r.rule,
                }
                for r in self.relations
            ],
        }

    def entity(self, iri: str) -> Entity | None:
        return next((e for e in self.entities if e.id == iri), None)
