"""Small parse helpers shared by the entity and relation components."""

from __future__ import annotations

from spacy.tokens import Token

from kg.nlp import lexicon as lx


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


def is_best_seller(tok: Token) -> bool:
    """ "Its best sellers are X and Y": "seller" with "best" before it names a firm's goods."""
    return tok.lower_ in ("seller", "sellers") and any(c.lower_ == "best" for c in tok.children)


def relative_antecedent(tok: Token) -> Token:
    """What a relative pronoun stands for: "the brush, which is self-developed" -> brush; any other token itself."""
    if tok.lower_ in ("which", "that") and tok.head.dep_ == "relcl":
        return tok.head.head
    if tok.lower_ == "which" and tok.head.dep_ == "conj" and tok.head.head.dep_ == "relcl" and tok.head.head.i < tok.i:
        return tok.head.head.head  # "the X technology, which the firm patented in 2019 and which earned ..."
    return tok


def reduced_relative_subject(verb: Token) -> Token | None:
    """ "Its ... reduction process, developed in-house in the 2000s, cut ...": the tagger reads the participle as a
    past tense with the thing developed as its subject. That subject, or None where that is not the case."""
    doc = verb.doc
    if verb.tag_ not in ("VBD", "VBN") or verb.i < 2 or doc[verb.i - 1].text != ",":
        return None
    if any(c.dep_ in ("aux", "auxpass") for c in verb.children):
        return None
    subj = next((c for c in verb.children if c.dep_ == "nsubj" and c.i == verb.i - 2 and c.pos_ == "NOUN"), None)
    if subj is None or not any(c.dep_ == "conj" and c.i > verb.i and c.pos_ == "VERB" for c in verb.children):
        return None  # the real main verb comes after the participle's phrase ("..., cut the energy ...")
    return subj


def passed_certification(verb: Token) -> bool:
    """Is ``verb`` "passed" with a certification or review as its object ('passed the re-certification as a "National
    High-tech Enterprise"': what a firm passes to hold a title)?"""
    return verb.lemma_.lower() == "pass" and verb.pos_ in ("VERB", "AUX") and any(
        c.dep_ == "dobj" and c.lower_ in lx.CERTIFICATION_NOUNS for c in verb.children)
