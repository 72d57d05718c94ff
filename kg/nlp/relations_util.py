"""Small parse helpers shared by the entity and relation components."""

from __future__ import annotations

from spacy.tokens import Token


def appositive_of(noun: Token) -> Token | None:
    """The noun a description stands beside: "the 'X process', the home-grown technology ..." -> process.

    The parser often attaches such a description as a second object; a comma right before it,
    after a name, is the sign.
    """
    if noun.dep_ == "appos":
        return noun.head
    left = noun.left_edge
    j = left.i - 1
    doc = noun.doc
    while j >= 0 and doc[j].text in ('"', "\u201d", "''"):
        j -= 1
    if j >= 1 and doc[j].text == ",":
        k = j - 1
        while k >= 0 and doc[k].text in ('"', "\u201d", "''"):
            k -= 1
        if k >= 0 and doc[k].pos_ in ("NOUN", "PROPN"):
            return doc[k]
    return None
