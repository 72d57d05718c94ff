"""The ``hk_parse_repair`` component: mend one systematic misparse of the small English pipeline.

"Kaili supplied valves to the X Project", "Weihua shipped cranes to Chile": after a name, a past
participle followed by a bare plural is read as an adjective ("supplied valves" as a noun phrase)
and the plural becomes the root of a sentence with no verb, its subject hanging on it. Every
relation rule downstream then misses the clause. The repair makes the participle the root again,
the name its subject and the plural its object; nothing else in the sentence moves. It runs after
the parser and before the entity finder, so every later component sees the mended tree.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc, Token


@Language.factory("hk_parse_repair", default_config={}, assigns=["token.dep", "token.head", "token.tag"])
def make_parse_repair(nlp: Language, name: str) -> "ParseRepair":
    return ParseRepair()


def _misread_verb(tok: Token) -> Token | None:
    """The subject of ``tok`` when ``tok`` is a finite verb the parser read as a modifier of its object; else None."""
    if tok.dep_ != "amod" or tok.tag_ not in ("VBD", "VBN") or tok.i == 0:
        return None
    obj = tok.head
    if obj.dep_ != "ROOT" or obj.i <= tok.i or obj.pos_ != "NOUN" or obj.tag_ != "NNS":
        return None
    # a subject (hung on the participle or on the plural) ends right before the participle: "Kaili | supplied valves"
    # ("Henan Kaili Valve Co., Ltd. supplied valves": a proper name may hang on the plural as a modifier too)
    subj = next((c for c in [*tok.children, *obj.children] if c.i < tok.i and (
        c.dep_ == "nsubj" or c.dep_ in ("nmod", "compound") and c.pos_ == "PROPN")), None)
    if subj is None or subj.right_edge.i != tok.i - 1:
        return None
    # (nothing between the participle and its object but other modifiers: "shipped heavy cranes")
    if any(t.pos_ in ("VERB", "AUX", "ADP", "PUNCT") for t in tok.doc[tok.i + 1:obj.i]):
        return None
    return subj


class ParseRepair:
    def __call__(self, doc: Doc) -> Doc:
        fixes = [(tok, subj) for tok in doc if tok.dep_ == "amod" and (subj := _misread_verb(tok)) is not None]
        for verb, subj in fixes:
            obj = verb.head
            verb.head = verb
            verb.dep_ = "ROOT"
            verb.tag_ = "VBD"
            obj.head = verb
            obj.dep_ = "dobj"
            subj.head = verb
            subj.dep_ = "nsubj"
        return doc
