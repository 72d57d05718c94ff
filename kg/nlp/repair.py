"""The ``hk_parse_repair`` component: mend one systematic misparse of the small English pipeline, and
give "co-developed" (kept whole by the tokenizer, kg.nlp.pipeline) the lemma of the plain verb.

"Kaili supplied valves to the X Project", "Weihua shipped cranes to Chile": after a name, a past
participle followed by a bare plural is read as an adjective ("supplied valves" as a noun phrase)
and the plural becomes the root of a sentence with no verb, its subject hanging on it. Every
relation rule downstream then misses the clause. The repair makes the participle the root again,
the name its subject and the plural its object; nothing else in the sentence moves. It runs after
the parser and before the entity finder, so every later component sees the mended tree.
"""

from __future__ import annotations

import numpy
from spacy.language import Language
from spacy.tokens import Doc, Token

from kg.nlp import lexicon as lx
from kg.nlp.lexicon import CO_VERB_FORMS, MASS_VERB_FORMS
from kg.nlp.spans import doc_text, positions


@Language.factory("hk_parse_repair", default_config={}, assigns=["token.dep", "token.head", "token.tag", "token.lemma"])
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


# "co-developed" -> "develop": the lemma of a co- verb the tokenizer keeps whole (kg.nlp.pipeline); set here rather
# than by patterns in spaCy's attribute ruler, which would slow that component for every token
_CO_LEMMAS = {form: lemma for verbs in (CO_VERB_FORMS, MASS_VERB_FORMS) for lemma, forms in verbs.items()
              for form in forms}


class ParseRepair:
    def __init__(self) -> None:
        self._co_ids: dict[int, str] = {}

    def __call__(self, doc: Doc) -> Doc:
        if not self._co_ids:
            self._co_ids = {doc.vocab.strings.add(form): lemma for form, lemma in _CO_LEMMAS.items()}
        # (most articles have no co-, mass- or re- verb: skip the array)
        if "o-" in (text := doc_text(doc)) or "ss-" in text or "re-" in text:
            for i in positions(doc, "LOWER", self._co_ids.keys()):
                doc[i].lemma_ = self._co_ids[doc[i].lower]
        # (amod tokens found from the array: no Token is built for the others)
        amod = doc.vocab.strings.add("amod")
        fixes = [(tok, subj) for i in numpy.flatnonzero(doc.to_array("DEP") == amod).tolist()
                 if (subj := _misread_verb(tok := doc[i])) is not None]
        for verb, subj in fixes:
            obj = verb.head
            verb.head = verb
            verb.dep_ = "ROOT"
            verb.tag_ = "VBD"
            obj.head = verb
            obj.dep_ = "dobj"
            subj.head = verb
            subj.dep_ = "nsubj"
        if ":" in doc_text(doc):
            _speaker_labels(doc)
        _fronted_appositions(doc)
        _fronted_participles(doc)
        _fronted_years(doc)
        if ")," in doc_text(doc):
            _second_attributes(doc)
        return doc


_ORG_NOUNS = lx.COMPANY_DESCRIPTORS | lx.SUBSIDIARY_NOUNS | lx.ORG_ANAPHORS | lx.PARENT_NOUNS | {
    "partner", "partners", "customer", "client", "supplier"}


def _fronted_appositions(doc: Doc) -> None:
    """"Through its trading arm, X Co., Ltd., its extracts are exported to ...": the parser may make the name set off
    after a fronted phrase the verb's subject (a second subject, or the only one with the real subject hung on it as
    an apposition); it is an apposition to the phrase's last noun, a word for an organisation."""
    subj_ids = {doc.vocab.strings.add("nsubj"), doc.vocab.strings.add("nsubjpass")}
    heads = doc.to_array("HEAD").astype("int64")  # (relative offsets, stored unsigned)
    deps = doc.to_array("DEP").tolist()
    by_head: dict[int, list[int]] = {}
    for i, d in enumerate(deps):
        if d in subj_ids:
            by_head.setdefault(i + int(heads[i]), []).append(i)
    for verb_i, subjects in by_head.items():
        first = doc[subjects[0]]
        left = first.left_edge.i
        if first.pos_ != "PROPN" or left < 2 or doc[left - 1].text != "," or first.i > verb_i:
            continue
        noun = doc[left - 2]
        # (a word for an organisation: not "In Nanyang, about 250 kilometers to the southwest, X ...")
        if noun.pos_ != "NOUN" or noun.dep_ != "pobj" or noun.head.head.i != verb_i or noun.head.i > left \
                or noun.lower_ not in _ORG_NOUNS:
            continue
        if len(subjects) == 1:
            real = next((c for c in first.children if c.dep_ == "appos" and c.pos_ == "NOUN" and first.i < c.i < verb_i
                         and doc[c.left_edge.i - 1].text == ","), None)
            if real is None:
                continue
            real.head = doc[verb_i]
            real.dep_ = first.dep_
        first.head = noun
        first.dep_ = "appos"


def _fronted_participles(doc: Doc) -> None:
    """"Founded in 1998 and headquartered in the X Zone, Luohe, Henan Province, Doukang Food is a national high-tech
    enterprise": the parser may make the fronted participle the root, the firm one more item of the list of places
    before it and "is" a passive auxiliary, so that the sentence has no subject. The copula becomes the root again,
    the name its subject and the participle a clause on it."""
    root_id = doc.vocab.strings.add("ROOT")
    for i in numpy.flatnonzero(doc.to_array("DEP") == root_id).tolist():
        verb = doc[i]
        if verb.tag_ != "VBN" or not verb.is_sent_start:
            continue
        aux = next((c for c in verb.children if c.dep_ in ("auxpass", "aux") and c.lemma_ == "be" and c.i > i + 3), None)
        if aux is None:
            continue
        name = doc[aux.i - 1]
        left = name.left_edge.i
        if name.pos_ != "PROPN" or name.dep_ not in ("conj", "appos") or not i < name.head.i < left \
                or doc[left - 1].text != "," or any(t.pos_ != "PROPN" for t in doc[left:name.i]):
            continue  # (a name set off by a comma right before the copula, nothing else)
        aux.head = aux
        aux.dep_ = "ROOT"
        verb.head = aux
        verb.dep_ = "advcl"
        name.head = aux
        name.dep_ = "nsubj"
        for c in [c for c in verb.children if c.i > aux.i]:
            c.head = aux  # (the closing period, and anything else the participle held after the copula)


def _fronted_years(doc: Doc) -> None:
    """"In 2024 Qihe Copper Foil and Jinwei Glass Fiber were both recognized as ...": with no comma after a fronted
    year, the parser may read the year as a number on the name and the name as the object of "In", so that the verb
    has no subject. The year becomes the object of "In" and the name the verb's subject."""
    for i in positions(doc, "ORTH", [doc.vocab.strings.add("In")]):
        prep = doc[i]
        if not prep.is_sent_start or i + 2 >= len(doc):
            continue
        year = doc[i + 1]
        if not (year.like_num and len(year.text) == 4 and year.text[:2] in ("19", "20")) or year.dep_ != "nummod":
            continue
        name = year.head
        verb = prep.head
        if name.head.i != i or name.dep_ != "pobj" or name.pos_ != "PROPN" or verb.pos_ not in ("VERB", "AUX") \
                or verb.i <= name.i or any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in verb.children):
            continue
        passive = any(c.dep_ == "auxpass" for c in verb.children)
        year.head = prep
        year.dep_ = "pobj"
        name.head = verb
        name.dep_ = "nsubjpass" if passive else "nsubj"


def _second_attributes(doc: Doc) -> None:
    """"X is a holding subsidiary of Y Co., Ltd. (Y Group), a state-owned investor based in Shangqiu": the parser may
    hang the description after the short name in brackets on "is" as a second attribute of X; it describes Y, the name
    before the brackets, as an apposition."""
    attr = doc.vocab.strings.add("attr")
    for i in numpy.flatnonzero(doc.to_array("DEP") == attr).tolist():
        second = doc[i]
        left = second.left_edge.i
        if left < 4 or doc[left - 1].text != "," or doc[left - 2].text != ")":
            continue
        opening = next((k for k in range(left - 3, max(left - 12, 0), -1) if doc[k].text == "("), None)
        if opening is None or opening < 1:
            continue
        name = doc[opening - 1]
        first = next((c for c in second.head.children if c.dep_ == "attr" and c.i < name.i), None)
        if first is None or name.pos_ != "PROPN" or not first.left_edge.i <= name.i <= first.right_edge.i:
            continue
        second.head = name
        second.dep_ = "appos"


def _speaker_labels(doc: Doc) -> None:
    """An interview's speaker label ("Li: The Qinghe smart bed, which we developed ..., won a ...") is no subject
    of the sentence that follows it, though the parser may make it one: the label's word becomes a bare dependent
    where the verb has another subject after the colon."""
    colon = doc.vocab.strings.add(":")
    for c in numpy.flatnonzero(doc.to_array("ORTH") == colon).tolist():
        if c == 0 or c + 1 >= len(doc):
            continue
        start = doc[c].sent.start if doc.has_annotation("SENT_START") else 0
        if not 1 <= c - start <= 4 or not all(t.text[:1].isupper() or t.text == "," for t in doc[start:c]):
            continue
        label = doc[c - 1]
        if label.dep_ in ("nsubj", "nsubjpass") and any(
                x.dep_ in ("nsubj", "nsubjpass") and x.i > c for x in label.head.children):
            label.dep_ = "dep"
        elif label.dep_ in ("nsubj", "nsubjpass") and label.head.i > c:
            # "Zhou: Xintian's subsidiary X Co., Ltd., in Xinzheng, produces ...": the parser hangs the real subject
            # on the label as an apposition; it becomes the verb's subject
            subj = next((x for x in label.children if x.dep_ == "appos" and c < x.i < label.head.i), None)
            if subj is not None:
                subj.head = label.head
                subj.dep_ = label.dep_
                label.dep_ = "dep"
