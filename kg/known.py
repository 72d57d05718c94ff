"""Known entities: a user-editable list that fixes a split or a wrong type without touching code.

The file is JSON, by default ``known-entities.json`` in the corpus directory::

    {"entities": [
      {"name": "Hon Hai Precision Industry", "type": "Company", "aliases": ["Foxconn", "Hon Hai"]}
    ]}

Every listed form (name and aliases, matched case-insensitively) becomes a mention of one entity
with that canonical name and type, in every article, through spaCy's ``entity_ruler``. The
canonical name decides the IRI, so the same entity gets the same node in every article.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path

from kg.errors import InputError
from kg.namespace import ENTITY_TYPES

FILE_NAME = "known-entities.json"


@dataclass(frozen=True)
class KnownEntity:
    name: str
    type: str
    aliases: tuple[str, ...] = field(default_factory=tuple)

    def forms(self) -> list[str]:
        return [self.name, *self.aliases]


def known_file(corpus: str | Path) -> Path:
    return Path(corpus) / FILE_NAME


def load_known(path: str | Path | None) -> tuple[KnownEntity, ...]:
    """Read and check a known-entities file; a missing file means none."""
    if path is None:
        return ()
    path = Path(path)
    if not path.is_file():
        return ()
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (UnicodeDecodeError, ValueError) as exc:
        raise InputError(f"{path}: not valid JSON ({exc})") from None
    items = data.get("entities") if isinstance(data, dict) else None
    if not isinstance(items, list):
        raise InputError(f'{path}: expected {{"entities": [{{"name", "type", "aliases"}}, ...]}}')
    out = []
    for n, item in enumerate(items):
        where = f"{path}: entities[{n}]"
        if not isinstance(item, dict) or not isinstance(item.get("name"), str) or not item["name"].strip():
            raise InputError(f"{where}: needs a non-empty \"name\"")
        type_ = item.get("type", "Organization")
        if type_ not in ENTITY_TYPES:
            raise InputError(f"{where}: type {type_!r} is not one of {', '.join(ENTITY_TYPES)}")
        aliases = item.get("aliases", [])
        if not isinstance(aliases, list) or not all(isinstance(a, str) and a.strip() for a in aliases):
            raise InputError(f"{where}: \"aliases\" must be a list of non-empty strings")
        out.append(KnownEntity(item["name"].strip(), type_, tuple(a.strip() for a in aliases)))
    return tuple(out)


def ruler_patterns(known: tuple[KnownEntity, ...]) -> list[dict]:
    """entity_ruler patterns: each form labelled with its type, ``id`` the canonical name."""
    return [{"label": k.type, "pattern": form, "id": k.name} for k in known for form in k.forms()]
