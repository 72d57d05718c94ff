"""The ``hk_relations`` component: relations between the entities of one sentence.

Rules read the dependency parse (spaCy's ``DependencyMatcher`` for the fixed shapes, plain
walks over heads and children for the rest). Subjects and objects are mapped to entity
clusters through the coreference resolver, so "the company", "its" and "Foxconn's plant"
count as the entity they stand for. Coordination is expanded ("A and B jointly developed C").
"""

from __future__ import annotations

import bisect
import re
import threading
from dataclasses import dataclass

import numpy
from spacy import symbols as spacy_symbols
from spacy.attrs import DEP, HEAD, LEMMA, ORTH, POS, SPACY
from spacy.language import Language
from spacy.matcher import DependencyMatcher
from spacy.tokens import Doc, Span, Token

from kg.nlp import lexicon as lx
from kg.nlp.coref import ORG_TYPES
from kg.nlp.relations_util import appositive_of as _appositive_of
from kg.nlp.relations_util import is_best_seller, passed_certification, reduced_relative_subject, relative_antecedent
from kg.nlp.spans import (
    QUOTES,
    copular_attributes,
    doc_sents,
    doc_text,
    forget_children,
    is_possessive,
    named_after,
    positions,
    previous_sentence_start,
    sent_bounds,
    text_between,
    token_is_place_word,
    tokens,
)
from kg.nlp.spans import (
    children as _kids,
)

# verbs a firm's own goods go with: what it sells under its brand, the first batch it ships
_OWN_GOODS_VERBS = frozenset({"make", "produce", "sell", "turn", "market", "ship", "deliver", "export", "supply",
                              "launch", "manufacture"})
_UNSEEN = object()  # (a memo's "not asked yet": None is an answer)

if not Doc.has_extension("hk_relations"):
    Doc.set_extension("hk_relations", default=None)


_DEP_TRIGGERS = lx.SUBSIDIARY_NOUNS | lx.PARENT_NOUNS
_FINAL_LEGAL_FORM = re.compile(lx.FINAL_LEGAL_FORM_RE)
# Every verb lemma some rule of RelationFinder._sentence looks at; other verbs are skipped at once.
_VERB_LEMMAS = lx.DEVELOP_VERBS | lx.RECEIVE_VERBS | lx.PARTICIPATE_VERBS | lx.EXPORT_VERBS | {
    "include", "cover", "span", "comprise", "go", "host", "lead", "run", "operate", "sponsor", "administer", "own", "control", "hold", "belong",
    "be", "come", "fall", "sit", "stand", "lie", "top", "break", "acquire", "buy", "purchase", "take", "locate", "arrive", "found", "establish",
    "settle", "open", "complete", "set", "build", "launch", "invest", "have", "mine", "affiliate", "enter",
    "serve", "reach", "move", "relocate", "involve", "win", "receive", "secure", "land", "get", "sign", "bag",
    "raise", "form", "create", "merge", "integrate", "incorporate", "fold", "expand", "explore", "tap", "install", "instal", "use",
    "deploy", "apply", "adopt", "fit", "grant", "lend", "loan", "find", "attract", "register", "join", "work", "rely",
    "become", "order", "procure", "pass"}
# People who act for their organisation: "researchers at X developed ...".
_STAFF_NOUNS = frozenset({"engineers", "researchers", "scientists", "experts", "technicians", "team", "teams", "staff",
                          "workers", "designers", "developers"})
# places below a city: a superlative "in" one of them still says where the firm is
_LOCAL_LEVELS = (" county", " district", " town", " township", " village", " zone", " park", " area")
# people a firm sends somewhere, who are not its goods: "its engineers went to Kenya"
_PEOPLE_PLURALS = frozenset({"people", "employees", "executives", "officials", "delegations", "students", "members",
                             "leaders", "managers", "visitors", "representatives", "salespeople", "workers", "staffers",
                             "trainees", "volunteers", "investors", "partners", "customers", "buyers"})
# Verbs for goods put to work on a project: "X's turbines were supplied to / installed in the Y project".
_GOODS_VERBS = frozenset({"supply", "provide", "deliver", "ship", "install", "instal", "use", "deploy", "apply", "adopt", "fit"})
# What is signed between partners: "signed a cooperation agreement with X".
_AGREEMENT_NOUNS = frozenset({"agreement", "memorandum", "deal", "pact", "accord"})
# Nouns for the work on a project: "took part in the construction of the X project".
_WORK_NOUNS = frozenset({"construction", "building", "development", "expansion", "implementation", "operation",
                         "design", "upgrade", "renovation", "reconstruction", "financing"})
# Nouns that can carry a relation without being a mention or having a possessor.
# a share of a firm's output, as the subject of an export verb: "About 60 percent are exported to ..."
_SHARE_WORDS = frozenset({"percent", "%", "half", "most", "much", "all", "some", "part", "majority", "two-thirds",
                          "third", "quarter"})
# words for a project that, set in apposition to its name with a possessive, say whose it is
_OWN_PROJECT_WORDS = frozenset({"project", "projects", "base", "plant", "factory", "park", "line", "expansion"})
_NOUN_TRIGGERS = lx.ORG_ANAPHORS | lx.PROJECT_ANAPHORS | lx.FACILITY_NOUNS | {
    "headquarters", "headquarter", "export", "exports", "sale", "sales", "shipment", "shipments", "delivery",
    "deliveries", "product", "products", "brand", "brands", "model", "models", "flagship", "home",
    "builder", "builders", "contractor", "contractors", "participant", "participants", "supplier", "suppliers",
    "investor", "investors", "partner", "partners", "operator", "operators", "maker", "producer", "manufacturer",
    "developer", "inventor", "order", "orders", "contract", "contracts", "unit", "entity", "subsidiary", "arm", "affiliate",
    "fruit", "result", "outcome", "seller", "sellers", "bestseller", "best-seller"}
# Nouns for making a new product: "completed the R&D of X", "led the development of X"
_DEVELOPMENT_NOUNS = frozenset({"development", "r&d", "design", "invention", "research"})
# Verbs whose subject does the development that is their object ("completed the R&D of X")
_DO_VERBS = frozenset({"complete", "finish", "lead", "undertake", "conduct", "carry", "head", "start", "begin",
                       "launch", "accomplish"})
# verbs that bring an organisation into being: "set up the X Center, and it is based at ..."
_FOUNDING_VERBS = frozenset({"set", "establish", "found", "build", "create", "launch", "open"})
# a sentence about lending money (lemmas): see RelationFinder._lenders
_LENDING_WORDS = frozenset({"loan", "finance", "financing", "lender", "credit", "co-finance"})
# a lender's name: "Bank of Zhengzhou", "Xinxiang Yuhe Rural Commercial Bank", "Henan Rural Credit Union"
_BANK = re.compile(r"\bBank\b|\bCredit (?:Union|Cooperative)\b")
# Lemmas without which no collaboration rule can fire in a sentence (see RelationFinder._collaborates).
_COLLAB_GATE = lx.COLLAB_WORDS | {"cooperate", "collaborate", "partner", "team", "agreement", "partnership",
                                  "cooperation", "joint", "sign", "memorandum", "deal", "pact", "accord",
                                  "jointly", "together", "with", "hand", "support", "work", "between"}


@dataclass(frozen=True)
class Rel:
    subject: int  # index into doc._.hk_clusters
    predicate: str
    object: int
    sentence_start: int  # token index of the evidence sentence's start
    rule: str


_PLACE_GAP = re.compile(
    r"^(?:\s+in\s+(?:the\s+)?|,\s+(?:(?:the|a|an)\s+)?(?:[\w-]+\s+){0,3}?"
    r"(?:capital|city|county|town|district|village|province|region|seat|hub|prefecture|base|heartland|"
    r"cities|counties|towns|districts|villages)"  # "Anyang and Hebi, two neighbouring cities in"
    # "a city at the northern tip of", "a city just north of the Yellow River in", "a city of about 6 million
    # people in": any short phrase
    r"(?:\s+[^,;()]{1,60}?)?"
    r"\s+(?:of|in|under)\s+(?:the\s+)?"
    r"(?:(?:heart|centre|center|middle|outskirts|suburbs|north|south|east|west)\s+of\s+)?|,\s+)"
    r"(?:(?:central|northern|southern|eastern|western|east|west|north|south|northwest|northeast|southwest|southeast|"
    r"northwestern|northeastern|southwestern|southeastern|neighbouring|neighboring)\s+)?(?:China['\u2019]s\s+)?$",
    re.IGNORECASE,
)


_PLURAL_PLACE_GAP = re.compile(r"^,\s+(?:[\w-]+\s+){0,3}?(?:cities|counties|towns|districts|villages)\b", re.IGNORECASE)
# Parts of a city or province named after it with a possessive: "Anyang's Wenfeng District".
_SUBDIVISIONS = frozenset({"district", "county", "town", "township", "village", "zone", "area", "park", "city",
                           "prefecture", "subdistrict"})
# "a city west of Zhengzhou", "a town near Luoyang": beside the place, not in it ("in the west of" is in it)
_BESIDE_GAP = re.compile(r"(?<!the )\b(?:north|south|east|west|northeast|northwest|southeast|southwest|outside|near)"
                         r"(?:\s+of)?\s+(?:the\s+)?$", re.IGNORECASE)


_CONJ = threading.local()


def _conjuncts(tok: Token) -> list[Token]:
    """The token and its conjuncts (the parser's and those read from the surface, hk_coord), remembered per token
    of the document being read as ``_kids`` remembers children (``.conjuncts`` walks the tree anew each time)."""
    doc = tok.doc
    if getattr(_CONJ, "doc", None) is not doc:
        _CONJ.doc, _CONJ.table = doc, {}
    table = _CONJ.table
    found = table.get(tok.i)
    if found is None:
        conj = tok.conjuncts
        extra = doc.user_data.get("hk_coord", {}).get(tok.i, ())
        found = table[tok.i] = (tok, *conj, *(t for t in extra if t not in conj))
    return list(found)


def _listed(tok: Token) -> list[Token]:
    """The token, its appositions, theirs, and the conjuncts of each: the items of a list the parser may have strung
    out as appositions of appositions ("are A, B, the C series and D")."""
    out: list[Token] = []
    todo = [tok]
    while todo:
        for x in _conjuncts(todo.pop()):
            if x not in out:
                out.append(x)
                # (not a bracketed apposition: a short name or a note on the item, "immunoglobulin (pH4)")
                todo += [a for a in _kids(x) if a.dep_ == "appos" and a.doc[a.left_edge.i - 1].text != "("]
                if x.lower_ in ("series", "range", "family", "line"):
                    # ("the A series of soap dishes and the B mat": the next item read as a second kind of goods
                    # of the series)
                    todo += [c for p in _pobjs(x, ("of",)) for c in _conjuncts(p)[1:]]
    return out


def _surface_coordination(doc: Doc, mentions: list[Span]) -> dict[int, list[Token]]:
    """Names joined by "and" that the parser did not coordinate, by their root tokens.

    "Kaiyuan and Mekong Feed JSC signed ...": the small parser may hang "Kaiyuan" on "JSC" as a
    modifier; the two names side by side with "and" between them are still two partners.
    """
    toks = tokens(doc)
    out: dict[int, list[Token]] = {}
    starts = {m.start: m for m in mentions}
    # "to Kazakhstan, Brazil and Thailand": the parser may read the second name as an apposition of the
    # first; three or more names of one kind separated by commas, with "and"/"or" before the last, are a list
    for m in sorted(mentions, key=lambda x: x.start):
        chain, cur = [m], m
        while True:
            k = cur.end
            if k + 1 < len(doc) and toks[k].text == "," and toks[k + 1].lower_ in ("and", "or"):
                k += 1
            if k < len(doc) and toks[k].text in (",", "and", "or"):
                nxt = starts.get(k + 1) or (starts.get(k + 2) if k + 1 < len(doc) and toks[k + 1].lower_ == "the" else None)
                if nxt is not None and _kind(nxt) == _kind(m) and sent_bounds(toks[m.start]) == sent_bounds(nxt[0]):
                    chain.append(nxt)
                    cur = nxt
                    if toks[k].text != ",":
                        break
                    continue
            break
        if len(chain) >= 3 and (doc[chain[-1].start - 1].lower_ in ("and", "or") or doc[chain[-1].start - 1].lower_
                                == "the" and doc[chain[-1].start - 2].lower_ in ("and", "or")):
            roots = [x.root for x in chain]
            for a in roots:
                conj = a.conjuncts
                for b in roots:
                    if a.i != b.i and b not in conj and b not in out.get(a.i, []):
                        out.setdefault(a.i, []).append(b)
    for m in mentions:
        # "jointly developed by A, which is hosted by the Company, and B": a relative clause between two names of
        # one kind does not part them
        # (from any word of the first: the parser may hang the clause on the name's first word, as the pobj)
        other = _after_relative_clause(doc, m, starts)
        if other is not None and _kind(other) == _kind(m):
            joined = other.root.conjuncts
            for i in range(m.start, m.end):
                if toks[i] not in joined:
                    out.setdefault(i, []).append(other.root)
            if m.root not in joined:
                out.setdefault(other.root.i, []).append(m.root)
    for m in mentions:
        if m.end + 1 >= len(doc) or toks[m.end].lower_ not in ("and", "&"):
            continue
        other = starts.get(m.end + 1)
        if other is None and m.end + 2 < len(doc) and toks[m.end + 1].lower_ == "the":
            # "makes the A two-piece molds for car tires and the B series of ...": the parser may join the second
            # to the last noun of the first; two names of one kind with "and the" between them
            other = next((o for o in [starts.get(m.end + 2)] if o is not None and _kind(o) == _kind(m)), None)
        if other is not None and sent_bounds(toks[m.start]) == sent_bounds(other[0]):
            a, b = m.root, other.root
            if b.dep_ in ("poss", "compound", "nmod") or other.end < len(doc) and toks[other.end].text in ("'s", "\u2019s", "'"):
                continue  # "A and B's institute": B only qualifies the name that follows
            if b not in a.conjuncts:
                out.setdefault(a.i, []).append(b)
                out.setdefault(b.i, []).append(a)
    return out


def _after_relative_clause(doc: Doc, m: Span, starts: dict[int, Span]) -> Span | None:
    """The name after ", which ... , and" that follows the name ``m``, in its sentence: "A, which is hosted by the
    Company, and B"."""
    toks = tokens(doc)
    k = m.end
    if not (k + 1 < len(doc) and toks[k].text == "," and toks[k + 1].lower_ in ("which", "who", "whose")):
        return None
    end = min(sent_bounds(toks[m.start])[1], k + 18)
    close = next((j for j in range(k + 2, end) if toks[j].text == ","), None)
    if close is None or close + 2 >= end or toks[close + 1].lower_ != "and":
        return None
    return starts.get(close + 2) or (starts.get(close + 3) if toks[close + 2].lower_ == "the" else None)


def _before_brackets(doc: Doc, k: int, reach: int) -> int:
    """Token ``k``, or when it closes a bracket ("X Co., Ltd. (X)"), the token before the bracket's opening within
    ``reach`` tokens (-1 when there is none)."""
    if doc[k].text == ")":
        return next((j for j in range(k - 1, max(k - reach, 0), -1) if doc[j].text == "("), 0) - 1
    return k


def _kind(span: Span) -> str:
    return "org" if span.label_ in ORG_TYPES else span.label_


# common nouns for organisations in general: "18 companies", "several firms"
_ORG_COMMON_NOUNS = frozenset({"company", "firm", "enterprise", "business", "manufacturer", "maker", "supplier",
                               "producer", "bank", "institute", "university", "contractor", "group"})


def _told(verb: Token) -> list[Token] | None:
    """ "The city has named 18 companies to carry out the plan": who does the infinitive is the object of the
    verb above, not its subject; None where that is not the construction."""
    if verb.dep_ != "xcomp" or verb.head.i == verb.i:
        return None
    told = [c for c in _kids(verb.head) if c.dep_ == "dobj"]
    if told and (told[0].pos_ == "PROPN" or told[0].lemma_.lower() in _ORG_COMMON_NOUNS):
        return [t for c in told for t in _conjuncts(c)]
    return None


def _subjects(verb: Token, *, passive_ok: bool = False) -> list[Token]:
    deps = ("nsubj", "nsubjpass") if passive_ok else ("nsubj",)
    subs = [_before_hereinafter(c) for c in _kids(verb) if c.dep_ in deps]
    if not subs:
        told = _told(verb)
        if told is not None:
            return told
        if verb.dep_ in ("conj", "xcomp", "advcl") and verb.head.i != verb.i:
            # "X is headquartered in the city and delivered 46 cranes ...": a second verb shares the first one's
            # subject, passive or not
            return _subjects(verb.head, passive_ok=passive_ok or verb.dep_ == "conj")
        if verb.dep_ in ("acl", "relcl") and not any(c.dep_ == "nsubj" for c in _kids(verb)):
            return [verb.head]
        # "Beyond Xinxiang, Songyue Filter Co., Ltd. runs ...": the parser hung the subject on the fronted
        # phrase as an apposition of its object
        return [a for p in _kids(verb) if p.dep_ == "prep" and p.i < verb.i for o in _kids(p) if o.dep_ == "pobj"
                for a in _kids(o) if a.dep_ == "appos" and a.pos_ == "PROPN" and a.i < verb.i]
    return [t for s in subs for t in _conjuncts(s)]


def _clause_subjects(verb: Token) -> list[Token]:
    """The subjects hung on ``verb`` itself, active or passive, with their conjuncts (unlike _subjects, nothing
    borrowed from another verb)."""
    return [t for c in _kids(verb) if c.dep_ in ("nsubj", "nsubjpass") for t in _conjuncts(c)]


def _controller_subjects(verb: Token) -> list[Token]:
    """ "I was lucky enough to receive ...", "I was honoured to receive ...", "I am proudest of being named ...": the
    subject of the clause an infinitive or a gerund completes, when ``verb`` has none of its own."""
    v = verb
    for _ in range(4):
        if v.dep_ not in ("xcomp", "acomp", "pcomp", "prep") or v.head is v:
            return []
        v = v.head
        subs = _clause_subjects(v)
        if subs:
            return subs
    return []


def _of_part(tok: Token) -> Token:
    """ "one of its largest plants" -> "plants"."""
    if tok.lower_ in ("one", "some", "two", "three", "several", "many", "most", "part"):
        return next(iter(_pobjs(tok, ("of",))), tok)
    return tok


def _clause_pobjs(verb: Token, prep: str) -> list[Token]:
    """Objects of ``prep`` anywhere in the verb's clause, not inside another clause with a subject of its own.

    "will export its own designs, feeding equipment and farming technology to the country": the
    parser may hang "to" on a conjunct deep in the object list.
    """
    out = []
    doc = verb.doc
    # (only the words spelled like the preposition, found from the array: no Token built for the rest of the clause)
    left, right = verb.left_edge.i, verb.right_edge.i
    for t in (doc[i] for i in positions(doc, "LOWER", {doc.vocab.strings.add(prep)}) if left <= i <= right):
        if not verb.is_ancestor(t):
            continue
        if t.dep_ == "prep":
            h = t.head  # spaCy makes a new Token object on each access: compare indices
            while h.i != verb.i and not any(c.dep_ in ("nsubj", "nsubjpass") for c in _kids(h)) and h.head.i != h.i:
                h = h.head
            if h.i == verb.i:
                out += [c for c in _kids(t) if c.dep_ == "pobj"]
    return [p for c in out for p in _conjuncts(c)]


def _inner_pobjs(verb: Token, prep: str) -> list[Token]:
    """Objects of ``prep`` inside the verb's object and its other prepositional phrases (not "to", which names
    a buyer), never inside an apposition or another verb's clause: "produces electrodes for furnaces in Kaifeng"."""
    out = []
    todo = [c for c in _kids(verb) if c.dep_ == "dobj" or c.dep_ == "prep" and c.lower_ not in ("to", prep)]
    while todo:
        t = todo.pop()
        if t.dep_ == "prep" and t.lower_ == prep and t.head.i != verb.i:
            out += [c for c in _kids(t) if c.dep_ == "pobj"]
        todo += [c for c in _kids(t) if c.dep_ not in ("appos", "conj", "relcl", "acl", "advcl", "ccomp")
                 and c.pos_ not in ("VERB", "AUX")]
    return out


def _possessors(noun: Token) -> list[Token]:
    """The possessive before a noun, on the noun or on a modifier the parser hung it on ("Its 4LZ-12D harvester", with
    "Its" on the code)."""
    return [p for x in (noun, *(c for c in _kids(noun) if c.i < noun.i and c.dep_ in ("nummod", "compound", "nmod")))
            for p in _kids(x) if p.dep_ == "poss"]


def _with_name_parts(toks: list[Token]) -> list[Token]:
    """The tokens and their compounds and appositives: "chief engineer Guo Lanying" (the name hung on "engineer"),
    "its chairman, Gao Lianfeng"."""
    return [x for t in toks for x in [t, *(c for c in _kids(t) if c.dep_ in ("compound", "appos"))]]


# verbs that say a thing is sought, not had: "it applied to join the fourth batch of ...", "aims to win the X Award"
_INTENT_VERBS = frozenset({"apply", "aim", "plan", "seek", "hope", "strive", "want", "intend", "try", "bid", "vie",
                           "compete", "prepare", "endeavor", "endeavour", "work"})


def _only_intended(verb: Token) -> bool:
    """Is ``verb`` what someone applies, aims or plans to do, not what they did ("applied to join", "plans to apply
    for", "is striving to win")?"""
    while verb.dep_ == "xcomp" and verb.head.i != verb.i:
        verb = verb.head
        if verb.lemma_.lower() in _INTENT_VERBS:
            return True
    return False


def _together_with(verb: Token) -> list[Token]:
    """ "developed by ZMJ together with Shendong": the partners named after "together with"."""
    out = []
    for a in [verb, *(_agents(verb))]:
        for adv in _kids(a):
            if adv.lower_ in ("together", "jointly", "along") and adv.dep_ == "advmod":
                out += _pobjs(adv, ("with",))
        # "Together with X, it developed ...": "together" may hang on "with"; "developed by the X Center, which
        # Ruida runs, together with Y": on the verb of a relative clause that describes the agent
        # ("undertook the project "X" together with Y": "with" may hang on the object)
        for b in [a, *(c for c in _kids(a) if c.dep_ == "relcl" and a is not verb), *(_objects(a) if a is verb else ())]:
            out += [p for c in _kids(b) if c.dep_ == "prep" and c.lower_ == "with" and any(
                x.lower_ in ("together", "along") for x in _kids(c)) for p in _pobjs(b, ("with",))]
        # "was developed together with Jiangnan University": "together" and "with" both hang on the verb
        if any(c.dep_ == "advmod" and c.lower_ in ("together", "jointly") for c in _kids(a)) \
                or a is verb and verb.lower_.startswith("co-"):  # "which it co-developed with X"
            # (or on its object: "jointly developed the pump with the State Key Laboratory of ...")
            out += [p for p in _pobjs(a, ("with",)) + [q for o in _objects(a) for q in _pobjs(o, ("with",))]
                    if p not in out]
    return out


def _owner_of_part(tok: Token) -> Token:
    """ "HAUST's veterinary school", "the university's research team": the possessor of a part of an organisation
    that is named by a common noun only."""
    if tok.lemma_.lower() in _PART_NOUNS:
        return next((c for c in _kids(tok) if c.dep_ == "poss"), tok)
    return tok


def _before_hereinafter(tok: Token) -> Token:
    """ "X Co., Ltd. (hereinafter called X) settled in ...": the parser may take "hereinafter" for the subject; the
    name before the parenthesis is."""
    if tok.lower_ != "hereinafter" or tok.i < 2 or tok.doc[tok.i - 1].text != "(":
        return tok
    return tok.doc[tok.i - 2]


def _comma_participle(verb: Token) -> bool:
    """ "He pointed to the Xinhe-1 chip, developed in-house by the firm's team": a participle after a comma that the
    parser hung on the main verb (xcomp) describes the name before the comma."""
    return verb.dep_ == "xcomp" and verb.tag_ == "VBN" and verb.i >= 2 and verb.head.i < verb.i - 2 \
        and verb.doc[verb.i - 1].text == ","


def _is_passive(verb: Token) -> bool:
    # (asked again and again of the same verbs: remembered per document)
    memo = verb.doc.user_data.setdefault("hk_passive", {})
    known = memo.get(verb.i)
    if known is None:
        # a participle clause with a "by" agent is passive even when the tagger calls it a past tense
        # ("a laboratory jointly set up by A and B")
        known = memo[verb.i] = any(c.dep_ == "auxpass" for c in _kids(verb)) \
            or verb.tag_ == "VBN" and verb.dep_ in ("acl", "advcl") \
            or verb.dep_ in ("acl", "advcl", "relcl") and any(c.dep_ == "agent" for c in _kids(verb)) \
            or _comma_participle(verb) and any(c.dep_ == "agent" for c in _kids(verb))
        if not known and verb.dep_ == "conj" and verb.tag_ == "VBN" and verb.head.i < verb.i:
            # "The project is jointly invested and constructed by A and B", "The vaccines are registered and sold in
            # Vietnam", "it was recognized as X and included in Y": the second participle shares the first one's "is"
            # (a receiving verb even with an object the parser gave it: "included in the fifth batch of Henan ... SMEs")
            lemma = verb.lemma_.lower()
            receives = lemma in lx.RECEIVE_VERBS and lemma not in lx.WIN_VERBS
            if not any(c.dep_ in ("nsubj", "aux", "auxpass") or c.dep_ == "dobj" and not receives for c in _kids(verb)) \
                    and (lemma in lx.EXPORT_VERBS or receives or any(c.dep_ == "agent" for c in _kids(verb))):
                known = memo[verb.i] = any(c.dep_ == "auxpass" for c in _kids(verb.head))
    return known


def _agents(verb: Token) -> list[Token]:
    # ("by the Company and Southwest Jiaotong University": the parser may make the first of two names a modifier of
    # the second, with the "and" hung on it)
    agents = [a for a in _kids(verb) if a.dep_ == "agent"]
    if not agents and verb.tag_ == "VBN" and (verb.dep_ in ("acl", "relcl") or any(
            c.dep_ == "nsubjpass" for c in _kids(verb))):
        # "was designed and built by X": the agent of the participle joined to this one is this one's too (when this
        # one has its own subject: in a run-on sentence "X is undertaken by A, the Y Project is jointly invested and
        # constructed by B and C" the parser joins clauses about two projects)
        # (the first such participle that shares this one's subject, not "..., the machines are provided by Z")
        joined = next((c for c in _kids(verb) if c.dep_ == "conj" and c.tag_ == "VBN" and c.i > verb.i
                       and not any(x.dep_ in ("nsubj", "nsubjpass") for x in _kids(c))), None)
        agents = [a for a in _kids(joined) if a.dep_ == "agent"] if joined is not None else []
    return [p for a in agents for c in _kids(a) if c.dep_ == "pobj"
            for p in [*(x for x in _kids(c) if x.dep_ in ("nmod", "compound") and x.i < c.i
                        and any(y.dep_ == "cc" for y in _kids(x))), *_conjuncts(c)]]


_EXPORT_WORDS = frozenset({"export", "exports", "sell", "sells", "ship", "ships"})
# buyers whose country is where the goods go: "supplies engine makers in India", "ships to operators in Chile"
_BUYER_NOUNS = frozenset({"buyer", "customer", "client", "user", "operator", "dealer", "distributor", "maker",
                          "manufacturer", "producer", "carmaker", "automaker", "plant", "factory", "utility",
                          "builder", "firm", "company", "importer", "retailer", "wholesaler", "mill", "processor",
                          "farm", "hospital", "supermarket", "contractor", "miner", "brewery", "refinery"})
# what the countries after "with" are said to be: "with Germany and Peru its largest markets"
_MARKET_WORDS = frozenset({"market", "markets", "buyer", "buyers", "destination", "destinations", "customer",
                           "customers", "client", "clients"})
# parts of speech no sentence rule starts at ("own" and "home", which the rules look at, are never among them)
_INERT_POS = frozenset({"PUNCT", "DET", "CCONJ", "NUM", "SPACE", "PART", "SYM", "INTJ", "SCONJ"})
_INERT_POS_IDS = frozenset(spacy_symbols.IDS[p] for p in _INERT_POS)
_VERB_POS_IDS = frozenset(spacy_symbols.IDS[p] for p in ("VERB", "AUX"))
_NOUN_POS_IDS = frozenset(spacy_symbols.IDS[p] for p in ("NOUN", "PROPN"))
# the words and lemmas RelationFinder._word_rules looks at; other tokens skip it
# "the lead unit of the X project": a unit that leads or undertakes a project has a role in it
_LEAD_WORDS = frozenset({"lead", "leading", "undertaking", "participating", "main", "responsible", "construction",
                         "implementing"})
# A part of a place: "in the northeast of Xinxiang City", "on the outskirts of X"
_PART_OF_PLACE = frozenset({"north", "south", "east", "west", "northeast", "northwest", "southeast", "southwest",
                            "centre", "center", "heart", "outskirts", "suburbs", "edge", "part", "middle"})
# What a description of an organisation is headed by: "a guzheng maker in X", "a university in Xinxiang"
_DESCRIPTION_NOUNS = lx.COMPANY_DESCRIPTORS | {"university", "college", "institute", "academy", "laboratory", "lab",
                                               "school", "hospital"}
# parts of an organisation named by a common noun: "with HAUST's veterinary school"
_PART_NOUNS = frozenset({"school", "college", "department", "faculty", "team", "group", "lab", "laboratory",
                         "researcher", "expert", "scientist", "engineer"})
# People who work for an organisation: "with a team from X", "with researchers of X"
_TEAM_NOUNS = frozenset({"team", "group", "researcher", "expert", "scientist", "engineer", "professor", "scholar"})
# What a firm wins or signs for a part of a project
_BID_NOUNS = frozenset({"bid", "tender", "contract", "order", "deal"})
# The head words of a programme that projects are run under: "the X project of the Y Program"
_PROGRAMME_HEADS = frozenset({"program", "programme", "project", "plan", "initiative", "scheme"})
# Verbs of making or buying goods, which take part in a project only through goods "for" it (_participates)
_BUY_VERBS = frozenset({"order", "buy", "purchase", "procure"})
_GOODS_FOR_VERBS = frozenset({"make", "manufacture", "produce"}) | _BUY_VERBS
# What a product can be "a product of": "a product of Piaoan's own research"
_RESEARCH_NOUNS = frozenset({"research", "work", "effort", "efforts", "development", "innovation", "r&d", "cooperation",
                             "collaboration", "team", "lab", "laboratory", "partnership"})
_WORD_RULES = frozenset({"based", "headquartered", "under", "among", "exports", "shipments", "shipment", "export",
                         "investment", "winner", "recipient"})
# Verbs whose subject makes the investment that is their object: "X approved an investment of ... in the Y Project"
_INVEST_NOUN_VERBS = frozenset({"approve", "announce", "make", "plan", "complete", "commit", "finalize", "finalise",
                                "pledge", "unveil"})
# Who decides for a firm: "its board (of directors) approved ..." is the firm deciding
_BOARD_NOUNS = frozenset({"board", "shareholders", "directors"})
# what a firm's goods do where they are sold: "its machines have gone to Singapore", "work in Saudi Arabia", "Fengtai
# towers stand in Vietnam"
_GOODS_ABROAD_VERBS = frozenset({"go", "work", "operate", "run", "stand"})
# what a firm "makes" when it is listed: "made the list of ...", "made the fifth batch of ... green factories"
_MADE_LISTS = frozenset({"list", "lists", "ranking", "rankings", "batch"})
_LEMMA_RULES = frozenset({"include", "cover", "span", "make", "produce", "manufacture", "assemble", "call"})
# owning a part of a project: "will each own half of the project", "holds a 20 percent stake in it"
_SHARE_VERBS = frozenset({"own", "hold", "take", "acquire", "buy"})
# What a firm holds that is a designation: "has held the ... title / qualification since 2012"
_HELD_TITLES = frozenset({"title", "status"} | lx.STANDING_WORDS)
# Verbs that give their subject a title only when the object is one: "entered the 2024 list of national green
# factories", "its R&D center became a national industrial design center" (not "entered the market")
_BECOME_VERBS = frozenset({"enter", "join", "become"})
_SHARES = frozenset({"half", "stake", "share", "shares", "percent", "%", "majority", "part", "interest", "third",
                     "quarter"})
# what an organisation can be to a project it takes part in
_PROJECT_ROLES = frozenset({"builder", "contractor", "participant", "supplier", "investor", "partner", "operator",
                            "owner", "developer", "financier", "lender"})


def _project_role(tok: Token) -> bool:
    """A word for what an organisation is to a project: "builder", "owner", "lead unit", "implementing entity"."""
    lemma = tok.lemma_.lower()
    return lemma in _PROJECT_ROLES or lemma in ("unit", "entity") and any(c.lower_ in _LEAD_WORDS for c in _kids(tok))


def _pobjs(tok: Token, preps: tuple[str, ...]) -> list[Token]:
    out = []
    for p in _kids(tok):
        if p.dep_ == "prep" and p.lower_ != "as" and "as" in preps:
            # "recognized as X in 2020 and as Y in 2023": the second "as" hangs on the date's "in"
            for q in (c for c in _kids(p) if c.dep_ == "conj" and c.lower_ == "as"):
                out.extend(t for c in _kids(q) if c.dep_ == "pobj" for t in _conjuncts(c))
        if p.dep_ in ("prep", "dative", "agent") and p.lower_ in preps:
            # "in Xiangcheng and in Shangshui County": the second phrase is a conjunct of the first
            for q in [p, *(c for c in _kids(p) if c.dep_ == "conj" and c.lower_ == p.lower_)]:
                for c in _kids(q):
                    if c.dep_ == "pobj":
                        out.extend(_conjuncts(c))
    return out


def _objects(verb: Token) -> list[Token]:
    objs = [c for c in _kids(verb) if c.dep_ in ("dobj", "oprd", "attr")]
    return [t for o in objs for t in _conjuncts(o)]


# What the DependencyMatcher patterns read, besides the words: the parse and the lemmas
_STRETCH_ATTRS = [POS, LEMMA, DEP, HEAD]


def _stretch_doc(doc: Doc, lo: int, hi: int, array: numpy.ndarray, words: numpy.ndarray, heads: list[int]) -> Doc:
    """``doc[lo:hi]`` as a Doc of its own with only what the DependencyMatcher patterns read (the words, parts of
    speech, lemmas and the parse), the heads that leave the stretch rewired as ``Span.as_doc`` rewires them (to the
    highest ancestor inside, else to the sentence's first such token, with the label "dep"). The matcher calls
    ``as_doc`` on a span, which reads every attribute of the whole document each time: several times dearer than the
    matching. ``array`` is ``doc.to_array(_STRETCH_ATTRS)``, ``words`` its ORTH and SPACY, ``heads`` each token's
    head index."""
    strings = doc.vocab.strings
    sub = Doc(doc.vocab, words=[strings[o] for o in words[lo:hi, 0].tolist()],
              spaces=[bool(s) for s in words[lo:hi, 1].tolist()])
    part = array[lo:hi].copy()
    new_roots: dict[int, int] = {}
    for i in range(hi - lo):
        h = heads[lo + i]
        if lo <= h < hi:
            continue
        part[i, 2] = strings.add("dep")
        a = lo + i
        while heads[a] != a:  # (every ancestor up to the root; the last one inside wins, as in as_doc)
            a = heads[a]
            if lo <= a < hi:
                part[i, 3] = (a - lo - i) % (1 << 64)
        if not lo <= lo + i + int(numpy.int64(part[i, 3])) < hi:
            root = new_roots.setdefault(a, i)  # (a: the sentence's root, outside)
            part[i, 3] = (root - i) % (1 << 64)
    return sub.from_array(_STRETCH_ATTRS, part)


class RelationFinder:
    def __init__(self, nlp: Language) -> None:
        self._cl_memo: dict[int, int | None] = {}
        # (the hashes of the words and labels the rules look for, made once: they do not depend on the article; the
        # lemma hashes of the export, collaboration, market and lending sentence gates are made on first use)
        self._gate_hashes: tuple[set[int], ...] | None = None
        s = nlp.vocab.strings
        self._relcl, self._word_rule_ids = s.add("relcl"), frozenset(s.add(w) for w in _WORD_RULES)
        self._dep_trigger_ids = frozenset(s.add(w) for w in _DEP_TRIGGERS)
        words = frozenset(s.add(w) for w in _WORD_RULES | {"own", "home"})
        self._inert_ids = (frozenset(s.add(p) for p in ("ADJ", "ADV", "ADP", "PRON", "X")),
                           frozenset(s.add(p) for p in ("NOUN", "PROPN")),
                           {n: s.add(n) for n in ("relcl", "appos", "compound", "nmod", "amod", "poss")},
                           words, words | {s.add(w) for w in _NOUN_TRIGGERS | _DEVELOPMENT_NOUNS})
        self.dep = DependencyMatcher(nlp.vocab)
        # "A, a subsidiary of B" / "A is a subsidiary of B" / "a wholly owned unit of B"
        self.dep.add("SUB_OF", [[
            {"RIGHT_ID": "noun", "RIGHT_ATTRS": {"LOWER": {"IN": sorted(lx.SUBSIDIARY_NOUNS)}}},
            {"LEFT_ID": "noun", "REL_OP": ">", "RIGHT_ID": "of",
             "RIGHT_ATTRS": {"LOWER": {"IN": ["of", "under"]}, "DEP": "prep"}},  # "a subsidiary under B"
            {"LEFT_ID": "of", "REL_OP": ">", "RIGHT_ID": "parent", "RIGHT_ATTRS": {"DEP": "pobj"}},
        ]])
        # "a CNBM subsidiary", "the group's overseas contracting arm"
        self.dep.add("SUB_MOD", [[
            {"RIGHT_ID": "noun", "RIGHT_ATTRS": {"LOWER": {"IN": sorted(lx.SUBSIDIARY_NOUNS)}}},
            {"LEFT_ID": "noun", "REL_OP": ">", "RIGHT_ID": "parent", "RIGHT_ATTRS": {"DEP": {"IN": ["compound", "poss"]}}},
        ], [
            # "..., and its subsidiary Xuerun Food (Vietnam) Co., Ltd. began ...": the parser may hang "its" on the
            # name and the noun under it as a modifier
            {"RIGHT_ID": "noun", "RIGHT_ATTRS": {"LOWER": {"IN": sorted(lx.SUBSIDIARY_NOUNS)},
                                                 "DEP": {"IN": ["nmod", "compound", "amod"]}}},
            {"LEFT_ID": "noun", "REL_OP": "<", "RIGHT_ID": "name", "RIGHT_ATTRS": {"POS": "PROPN"}},
            {"LEFT_ID": "name", "REL_OP": ">", "RIGHT_ID": "parent", "RIGHT_ATTRS": {"DEP": "poss"}},
        ]])
        # "a subsidiary controlled by B", "a unit wholly owned by B"
        self.dep.add("SUB_BY", [[
            {"RIGHT_ID": "noun", "RIGHT_ATTRS": {"LOWER": {"IN": sorted(lx.SUBSIDIARY_NOUNS)}}},
            {"LEFT_ID": "noun", "REL_OP": ">", "RIGHT_ID": "verb",
             # ("a France-based subsidiary set up by Songmo in 2023": whoever set up a subsidiary is its parent)
             "RIGHT_ATTRS": {"DEP": "acl", "LEMMA": {"IN": ["control", "own", "hold", "run", "manage", "set",
                                                              "establish", "found", "form", "create"]}}},
            {"LEFT_ID": "verb", "REL_OP": ">", "RIGHT_ID": "by", "RIGHT_ATTRS": {"DEP": "agent"}},
            {"LEFT_ID": "by", "REL_OP": ">", "RIGHT_ID": "parent", "RIGHT_ATTRS": {"DEP": "pobj"}},
        ]])
        # "a Zhengzhou-based unit of China State Construction Engineering Corp.": a name that ends the sentence
        # ("Corp." takes the full stop) may be parsed as punctuation, leaving "of" without an object
        self.dep.add("SUB_OF_BARE", [[
            {"RIGHT_ID": "noun", "RIGHT_ATTRS": {"LOWER": {"IN": sorted(lx.SUBSIDIARY_NOUNS)}}},
            {"LEFT_ID": "noun", "REL_OP": ">", "RIGHT_ID": "of", "RIGHT_ATTRS": {"LOWER": "of", "DEP": "prep"}},
        ]])
        # "whose controlling shareholder is B" / "B, which is A's indirect controlling shareholder"
        self.dep.add("PARENT", [[
            {"RIGHT_ID": "noun", "RIGHT_ATTRS": {"LOWER": {"IN": sorted(lx.PARENT_NOUNS)}}},
        ]])

    def __call__(self, doc: Doc) -> list[Rel]:
        self.doc = doc
        forget_children(doc)  # (children remembered from an earlier reading of this document may be stale)
        self.R = doc._.hk_resolver
        self._cl_memo = {}
        self.clusters = doc._.hk_clusters
        self._types = [cl.type for cl in self.clusters]  # (asked thousands of times; a vote count each time)
        self.out: dict[tuple[int, str, int], Rel] = {}
        self._lemma_ids = doc.to_array("LEMMA")  # read once: the sentence gates need no Token objects
        # the tokens no sentence rule starts at (inert parts of speech, not a relative clause's verb, no word rule)
        self._lower_ids = lower = doc.to_array("LOWER")
        self._which_id = doc.vocab.strings.add("which")
        self._which_at: list[int] | None = None
        # (as lists, read once: the loops below look at every token)
        pos_ids, dep_ids, lower_ids = doc.to_array("POS").tolist(), doc.to_array("DEP").tolist(), lower.tolist()
        relcl, word_rules = self._relcl, self._word_rule_ids
        self._inert = [p in _INERT_POS_IDS and d != relcl and w not in word_rules
                       for p, d, w in zip(pos_ids, dep_ids, lower_ids)]
        self.place_mentions = [(m.start, m.end, ci) for ci, cl in enumerate(self.clusters) if cl.type == "Place"
                               for m in cl.mentions]
        # token index -> end of the mention it is in
        self.mention_end = {i: m.end for cl in self.clusters for m in cl.mentions for i in range(m.start, m.end)}
        self.mention_start = {i: m.start for cl in self.clusters for m in cl.mentions for i in range(m.start, m.end)}
        self._inert = self._more_inert(doc, self._inert, pos_ids, dep_ids, lower_ids)
        self.single_forms = {m.text: ci for ci, cl in enumerate(self.clusters) for m in cl.mentions
                             if len(m) == 1 and cl.type in ORG_TYPES}
        doc.user_data["hk_coord"] = _surface_coordination(doc, [m for cl in self.clusters for m in cl.mentions])
        for sent in doc_sents(doc):
            self._sentence(sent)
        # the matcher walks every token for each pattern, and copies what it is given into a new Doc: run it only
        # around the trigger nouns, on the stretch of their sentence that every pattern's tree lies in (the noun's
        # subtree, its head and the head's possessor); the matcher counts tokens from the start of that stretch
        triggers = self._dep_trigger_ids
        arrays = None
        for sent in doc_sents(doc):
            nouns = [doc[i] for i in range(sent.start, sent.end) if lower_ids[i] in triggers]
            if not nouns:
                continue
            lo = min(min(n.left_edge.i, n.head.i, *(c.i for c in _kids(n.head) if c.dep_ == "poss")) for n in nouns)
            hi = max(max(n.right_edge.i, n.head.i) for n in nouns) + 1
            if arrays is None:
                full = doc.to_array(_STRETCH_ATTRS)
                heads = (numpy.arange(len(doc)) + full[:, 3].astype(numpy.int64)).tolist()
                arrays = full, doc.to_array([ORTH, SPACY]), heads
            for match_id, toks in self.dep(_stretch_doc(doc, lo, hi, *arrays)):
                self._dep_match(doc.vocab.strings[match_id], [doc[lo + i] for i in toks])
        forget_children(doc, tokens_too=True)  # (no Token is left in the document's user data)
        return list(self.out.values())

    def _more_inert(self, doc: Doc, inert: list[bool], pos_l: list[int], dep_l: list[int],
                    lower_l: list[int]) -> list[bool]:
        """Also inert: the other words no rule of the token loop in ``_sentence`` starts at, read from the arrays (no
        Token is built for them): adjectives, adverbs, prepositions and pronouns that are no relative clause's verb and
        no rule's word, and the nouns ``_noun_relations`` would leave at once (no mention's head, no trigger word, no
        apposition, no possessor)."""
        plain, nouns, d, words, triggers = self._inert_ids
        heads = (numpy.arange(len(doc)) + doc.to_array("HEAD").astype(numpy.int64)).tolist()
        possessed = {heads[j] for j, x in enumerate(dep_l) if x == d["poss"] and heads[j] > j}
        out = list(inert)
        for i, p in enumerate(pos_l):
            if out[i] or dep_l[i] == d["relcl"]:
                continue
            if p in plain:
                out[i] = lower_l[i] not in words
            elif p in nouns and lower_l[i] not in triggers and i not in possessed:
                end = self.mention_end.get(i)
                if end is None:
                    out[i] = dep_l[i] != d["appos"]
                else:  # a word of a name that hangs on another word of it
                    out[i] = dep_l[i] in (d["compound"], d["nmod"], d["amod"]) and heads[i] != i \
                        and self.mention_start[i] <= heads[i] < end
        return out

    # -- plumbing ----------------------------------------------------------------------------
    def cl(self, tok: Token | None) -> int | None:
        if tok is None:
            return None
        # (remembered per token: the rules ask about the same words again and again, most of them no mention)
        found = self._cl_memo.get(tok.i, _UNSEEN)
        if found is _UNSEEN:
            found = self._cl_memo[tok.i] = self._cl(tok)
        return found

    def _cl(self, tok: Token) -> int | None:
        ci = self.R.resolve(tok)
        if ci is not None:
            return ci
        lower = tok.lower_  # (read once: most tokens asked about here are no mention, and go through every test)
        if lower in ("model", "machine", "models", "machines"):
            # "Its JY-450 machine ... was rolled out": the code before the generic noun is the product
            ci = next((m for c in _kids(tok) if c.dep_ in ("compound", "nmod", "amod", "nummod") and c.i < tok.i
                       and self.type(m := self.R.resolve(c)) == "Product"), None)
        if lower == "yuan" and tok.dep_ in ("pobj", "dobj", "nsubj", "nsubjpass"):
            # "broke ground on the 1.2-billion-yuan X Park Phase I": the parser may make the price the noun and
            # hang the name on it as an apposition
            ci = next((m for c in _kids(tok) if c.dep_ == "appos" and (m := self.R.mention_cluster(c)) is not None),
                      None)
        if ci is None and lower in ("prize", "award") and tok.pos_ == "NOUN":
            # "won a second prize of the Henan ... Award": one of the prizes an award gives stands for the award
            ci = next((a for p in _pobjs(tok, ("of",)) if self.type(a := self.R.resolve(p)) == "Award"), None)
        if ci is None and lower == "whose":
            # "... Hydrogen Technology Co., Ltd. (Qinghe Hydrogen), whose QH-120 fuel cell system powers ...": the
            # name before the comma, whatever clause the parser made of the rest
            ci = self._name_before_comma(tok.i)
            if self.type(ci) == "Place":
                # "the X Project in Xiping County, whose owner, Y, signed ...": the project the place is of
                if (project := self._project_in_place(self.doc[tok.i - 2])) is not None:
                    ci = project
        if ci is None and tok.text[:1].isupper() and tok.pos_ in ("NOUN", "PROPN") and not tok.is_sent_end:
            # "Huimin now runs ...": a short name the tagger took for a common noun at the start of a sentence
            ci = self.single_forms.get(tok.text)
        return ci

    def type(self, ci: int | None) -> str | None:
        return self._types[ci] if ci is not None else None

    def add(self, s: int | None, pred: str, o: int | None, tok: Token, rule: str) -> None:
        if s is None or o is None or s == o:
            return
        st, ot = self.type(s), self.type(o)
        ok = {
            "locatedIn": st in ORG_TYPES | {"Project", "Place"} and ot == "Place",
            "headquarteredIn": st in ORG_TYPES and ot == "Place",
            "developed": st in ORG_TYPES and ot == "Product",
            "collaboratesWith": st in ORG_TYPES and ot in ORG_TYPES,
            "participatesIn": st in ORG_TYPES and ot == "Project",
            # people win medals, cities are put on pilot lists, a named product wins a prize (_received says when)
            # (and a project is put on a list of key projects)
            "received": st in ORG_TYPES | {"Person", "Place", "Product", "Project"} and ot == "Award",
            "subsidiaryOf": st in ORG_TYPES and ot in ORG_TYPES,
            "exportsTo": st in ORG_TYPES and ot == "Place" and self.clusters[o].label.lower() in lx.COUNTRIES,
        }[pred]
        if not ok:
            return
        if pred == "collaboratesWith" and (o, pred, s) in self.out:
            return
        if pred == "locatedIn" and (s, "headquarteredIn", o) in self.out:
            return
        if pred == "headquarteredIn":
            self.out.pop((s, "locatedIn", o), None)
        self.out.setdefault((s, pred, o), Rel(s, pred, o, sent_bounds(tok)[0], rule))

    def orgs(self, toks: list[Token]) -> list[int]:
        out = []
        for t in toks:
            if t.lower_ in ("which", "that", "who") and t.head.dep_ == "relcl":
                w = t
                t = t.head.head  # "the institute, which was founded in ..."
                if self.R.mention_cluster(t) is None and t.pos_ == "NOUN" and w.i >= 2 and self.doc[w.i - 1].text == "," \
                        and self.type(near := self.R.mention_cluster(self.doc[w.i - 2])) in ORG_TYPES:
                    # "a joint venture between A and B, which is in turn controlled by C": the parser hung the
                    # clause on "venture"; the name right before the comma is what "which" means
                    out.append(near)
                    continue
            if t.i + 1 < len(t.doc) and tokens(t.doc)[t.i + 1].text in lx.DATELINE_DASHES and t.is_upper:
                # "LUOHE -- Henan Shuanghui ... Co., Ltd. ..., is headquartered in Luohe": the parser may take the
                # dateline for the subject and the name for its apposition
                t = next((c for c in _kids(t) if c.dep_ == "appos"), t)
            # "Its listed arm, Pinggao Electric Co., Ltd., developed ...": the appositive names it
            appos = next((c for c in _kids(t) if c.dep_ == "appos" and self.R.mention_cluster(c) is not None), None)
            ci = self.R.mention_cluster(appos) if appos is not None and t.pos_ == "NOUN" \
                and self.R.mention_cluster(t) is None else self.cl(t)
            if appos is not None and self.type(ci) == "Place" and t.dep_ == "nsubj" \
                    and self.type(self.R.mention_cluster(appos)) in ORG_TYPES:
                # "Outside Luoyang, Jonhon runs ...": the parser took the fronted place for the subject
                ci = self.R.mention_cluster(appos)
            if ci is None and t.dep_ == "appos" and t.pos_ == "NOUN":
                # "X Co., Ltd. (X), a Hanwei subsidiary that ships ...": the description stands for the name
                ci = self._org_of_noun(t)
            if ci is None and t.lower_ in _STAFF_NOUNS:
                # "Engineers at the Henan Provincial Key Laboratory of ... have developed ...", "Its engineers
                # designed ...": their employer
                # ("XNU researchers designed ...": the organisation before its people)
                out += self.typed(_pobjs(t, ("at", "of", "from")), ORG_TYPES) + self.typed(
                    [c for c in _kids(t) if c.dep_ in ("poss", "compound", "nmod")], ORG_TYPES)
                # ("the X Academy of Agricultural Sciences, whose sesame research team also developed ...": the name
                # right before ", whose", however the parser hung the clause)
                whose = next((c for c in _kids(t) if c.dep_ == "poss" and c.lower_ == "whose"), None)
                if whose is not None and whose.i >= 2 and self.doc[whose.i - 1].text == "," \
                        and self.type(near := self.R.mention_cluster(self.doc[whose.i - 2])) in ORG_TYPES:
                    out.append(near)
                continue
            if ci is not None and self.type(ci) in ORG_TYPES:
                out.append(ci)
            elif ci is not None and self.type(ci) in ("Product", "Project"):
                # "the company's '400-tonne ... equipment' won a prize": the possessor is the agent
                poss = next((c for c in _kids(t) if c.dep_ == "poss"), None)
                pc = self.cl(poss)
                if pc is not None and self.type(pc) in ORG_TYPES:
                    out.append(pc)
        return out

    def _colon_list(self, noun: Token) -> list[int]:
        """ "has three wholly-owned subsidiaries: A, which runs ...; B, located in ...; and C, which sells ...": the
        organisations that open the items of a list after a colon (the first, and each after ";" or "; and")."""
        doc, toks = self.doc, tokens(self.doc)
        if noun.i + 1 >= len(doc) or toks[noun.i + 1].text != ":":
            return []
        out = []
        for i in range(noun.i + 2, sent_bounds(noun)[1]):
            if self.mention_start.get(i) != i:
                continue
            prev = toks[i - 1].lower_
            if prev in (":", ";") or prev == "and" and toks[i - 2].text in (";", ","):
                out += [ci for ci in [self.R.mention_cluster(toks[i])] if ci is not None and self.type(ci) in ORG_TYPES]
        return out

    def _foreign_country(self, ci: int) -> bool:
        """A country other than China: where a Henan firm's sales count as exports."""
        label = self.clusters[ci].label.lower()
        return label in lx.COUNTRIES and label != "china"

    def typed(self, toks: list[Token], types: set[str]) -> list[int]:
        return [ci for t in toks if (ci := self.cl(t)) is not None and self.type(ci) in types]

    # -- sentence rules ------------------------------------------------------------------------
    def _export_words(self, sent) -> None:
        """ "Weihua Lifting Group exports bridge cranes to Vietnam" when the parser reads "exports" as a noun."""
        doc = self.doc
        for tok in sent:
            # (a verb tag with a noun's role counts as read as a noun: "The company ships drone parts ..." parsed with
            # "ships" as the subject of "drone")
            if tok.lower_ not in ("exports", "sells", "ships") or tok.pos_ == "VERB" and tok.dep_ != "nsubj" \
                    or tok.i == sent.start:
                continue
            before = tok.i - 1
            while before > sent.start and doc[before].pos_ == "ADV":
                before -= 1  # "Huadun, which is controlled by X, also exports to India"
            subj = self.cl(doc[before])
            if subj is None and doc[before].pos_ == "NOUN" and doc[before].is_lower:
                # "Qiaoyuan chocolate mainly exports to Russia ...": the firm's name on its goods names the exporter
                subj = next((ci for c in _kids(doc[before]) if c.dep_ == "compound" and c.text[:1].isupper()
                             and self.type(ci := self.cl(c)) in ORG_TYPES), None)
            if doc[before].text == ",":
                # "Shenma Industrial Co., Ltd., the group's Shanghai-listed nylon unit, ships ... to ...": the name
                # before the description set off by commas
                opening = next((t.i for t in reversed(doc[sent.start:before]) if t.text == ","), None)
                # ("The firm, which was recognized as ..., exports fabric to ...": an anaphor is resolved too)
                subj = self.cl(doc[opening - 1]) if opening is not None and opening > sent.start else None
            elif doc[before].lower_ == "and" and subj is None:
                # "Jinnuo signed a contract ... and ships noodle flour to Mongolia": the second verb of the
                # sentence's subject (one organisation, else it is not clear whose)
                subjects = self.orgs(_clause_subjects(sent.root))
                subj = subjects[0] if len(subjects) == 1 else None
            if subj is None or self.type(subj) not in ORG_TYPES:
                continue
            for t in doc[tok.i + 1:sent.end]:
                # (a participle or a plural may be a mis-tagged noun here: "ships grinding wheels to ...", "ships
                # pumps and manifolds to ..."; a verb that starts a new clause has its own subject)
                # ("The company ships drone airframe parts to ...": "drone" read as the verb, "ships" as its subject)
                if t.pos_ in ("VERB", "AUX") and t.tag_ not in ("VBG", "VBN") and (
                        t.dep_ == "ROOT" or any(c.dep_ in ("nsubj", "nsubjpass") for c in _kids(t))) \
                        and not (t.i == tok.i + 1 and tok.head.i == t.i and tok.dep_ == "nsubj") \
                        or t.text in (";",):
                    break
                if t.lower_ == "to":
                    for p in doc[t.i + 1:sent.end]:
                        if p.tag_ in ("WDT", "WRB", "WP") or p.tag_ in ("VBZ", "VBD", "VBP", "MD") or p.text == ";":
                            break  # not "..., where it competes with suppliers from Japan"
                        if p.dep_ in ("pobj", "conj"):
                            self.add(subj, "exportsTo", self.cl(p), tok, "exports-word")
                    break

    def _with_markets(self, sent) -> None:
        """ "..., with Turkey, Pakistan and Brazil the main buyers", "..., with Germany and Peru its largest markets":
        the countries listed after "with" are the markets of the firm whose markets they are said to be."""
        doc = self.doc
        for w in (t for t in sent if t.lower_ == "with"):
            places, k = self._place_list(w.i + 1, sent.end)
            if not places or k >= sent.end:
                continue
            k += doc[k].lower_ in ("as", "among")
            owner = doc[k] if k < sent.end and (doc[k].lower_ == "its" or k + 1 < sent.end and is_possessive(doc[k + 1])) else None
            m = k + (owner is not None) + (owner is not None and owner.lower_ != "its")
            m += m < sent.end and doc[m].lower_ == "the"
            while m < sent.end and doc[m].pos_ == "ADJ":
                m += 1
            if m >= sent.end or doc[m].lemma_.lower() not in _MARKET_WORDS:
                continue
            if owner is not None:
                sellers = [c for c in [self.cl(owner)] if self.type(c) in ORG_TYPES]
            else:
                # "Exports account for 30 percent of the company's sales, with ... the main buyers": the firm of the
                # clause, its subject or the one whose sales it speaks of
                root = w.head
                while root.dep_ not in ("ROOT",) and root.head.i != root.i and root.pos_ not in ("VERB", "AUX"):
                    root = root.head
                sellers = self._agent_orgs(root) or self.orgs([t for t in doc[sent.start:w.i] if t.dep_ == "poss"])
            for seller in sellers[:1]:
                for country in places:
                    if self._foreign_country(country):
                        self.add(seller, "exportsTo", country, w, "with-markets")

    def _buyers_account_for(self, sent) -> None:
        """ "buyers in Russia and Kazakhstan now account for about a third of its order book": the firm whose sales
        the buyers make up sells to their countries."""
        for b in (t for t in sent if t.lemma_.lower() in ("buyer", "customer", "client") and t.dep_ in ("nsubj",)):
            verb = b.head
            if verb.lemma_.lower() not in ("account", "make", "represent", "contribute", "generate"):
                continue
            owners = [x for x in verb.subtree if x.dep_ == "poss" and x.i > verb.i]
            sellers = [c for c in (self.cl(o) for o in owners) if self.type(c) in ORG_TYPES]
            for seller in sellers[:1]:
                self._exports_to([seller], _pobjs(b, ("in", "from")), b, "buyers-account-for")

    def _fronted_place(self, sent) -> None:
        """ "In Changge, a county-level city of Xuchang, Henan Huanghe Whirlwind Co., Ltd. put its ... line into
        operation": a roundup's paragraph opened by a Chinese place sets where the firm it goes on to is."""
        doc = self.doc
        k = sent.start + (doc[sent.start].is_upper and sent.start + 1 < sent.end and doc[sent.start + 1].text == "--")
        place = self._mention_at(k + 1) if doc[k].lower_ == "in" else None
        if self.type(place) != "Place" or self._foreign_country(place) \
                or self.clusters[place].label.lower() == "china":
            return
        # the subject named before the first finite verb (the parse of such openings is often broken: "In" may be
        # read as the root)
        v = next((t.i for t in doc[k + 1:sent.end] if t.tag_ in ("VBZ", "VBD", "VBP", "MD")), sent.end)
        names = [self.R.mention_cluster(doc[i]) for i in range(k + 2, v) if self.mention_start.get(i) == i]
        orgs = [ci for ci in names if self.type(ci) in ORG_TYPES]
        # "In Wolong District of Nanyang, X Co., Ltd., a subsidiary controlled by Y, turns out ...": the first
        # organisation named right after a comma is the subject; a later one sits in its apposition
        after_comma = next((ci for c in range(k + 2, v - 1) if doc[c].text == ","
                            and self.type(ci := self._mention_at(c + 1 + (doc[c + 1].lower_ == "the"))) in ORG_TYPES),
                           None)
        if after_comma is not None and v < sent.end:
            self.add(after_comma, "locatedIn", place, doc[k], "in-place-first")
        elif orgs and v < sent.end and names[-1] == orgs[-1]:
            self.add(orgs[-1], "locatedIn", place, doc[k], "in-place-first")

    def _lab_at(self, sent) -> None:
        """ "the State Key Laboratory of Automotive Simulation and Control at Jilin University": a laboratory or
        centre named with the organisation it sits at belongs to it."""
        doc = self.doc
        for i in range(sent.start, sent.end - 1):
            # (the mention-end lookup first: it needs no Token, and few tokens close a mention)
            if self.mention_end.get(i - 1) != i or doc[i].lower_ not in ("at", "of"):
                continue
            lab = self.R.mention_cluster(doc[i - 1])
            host = self._name_after(i + 1)
            # ("... Institute for Agricultural Mechanization of Ministry of Agriculture and Rural Affairs")
            hosts = ("University", "Company", "ResearchInstitute") if doc[i].lower_ == "at" else (
                "GovernmentBody", "ResearchInstitute")
            if self.type(lab) == "ResearchInstitute" and self.type(host) in hosts:
                self.add(lab, "subsidiaryOf", host, doc[i], "lab-at")

    def _developed_under(self, verb: Token) -> None:
        """ "developed the blower together under the X research project", "was jointly developed by A and B under the
        X project": who develops something under a project takes part in it."""
        unders = _pobjs(verb, ("under",))
        # (the name before the word "project": 'under the "X" research project')
        projects = self.typed([c for u in unders if u.lower_ in _PROGRAMME_HEADS for c in _kids(u)
                               if c.dep_ in ("nmod", "compound") and c.i < u.i], {"Project"}) \
            or self.typed(unders, {"Project"})
        if not projects:
            return
        devs = self.orgs(_agents(verb)) if _is_passive(verb) else (
            self.orgs([c for s_ in _subjects(verb) for c in _conjuncts(s_)]) or self._agent_orgs(verb))
        for d in devs + self.orgs(_together_with(verb)):
            for p in projects:
                self.add(d, "participatesIn", p, verb, "developed-under")

    def _programme_after(self, tok: Token) -> int | None:
        """The programme named right after the project name at ``tok`` ('the "X" project of the Y Program', 'the X
        project under the Y Special Project'), read from the words: the parser hangs "of" and "under" on any word of a
        long name."""
        doc = self.doc
        k = self.mention_end.get(tok.i)
        if k is None:
            return None
        k += k < len(doc) and doc[k].text in QUOTES
        k += k < len(doc) and doc[k].lower_ == "research"
        k += k < len(doc) and doc[k].lower_ == "project"
        if k + 1 < len(doc) and doc[k].lower_ not in ("of", "under"):
            # ("the X Project, which is part of the National Key R&D Program")
            j = k + (doc[k].text == ",")
            j += 2 if j + 1 < len(doc) and doc[j].lower_ in ("which", "that") and doc[j + 1].lemma_ == "be" else 0
            j += j < len(doc) and doc[j].lower_ == "a"
            if j + 1 < len(doc) and doc[j].lower_ == "part" and doc[j + 1].lower_ == "of":
                k = j + 1
        if k + 1 >= len(doc) or doc[k].lower_ not in ("of", "under"):
            return None
        k += 1 + (doc[k + 1].lower_ == "the")
        g = self._mention_at(k) if k < len(doc) else None
        end = self.mention_end.get(k)
        # (a programme's name may end in its country: "the National Key R&D Program of China")
        return g if self.type(g) == "Project" and end is not None and (
            doc[end - 1].lower_ in _PROGRAMME_HEADS or end - k >= 3 and doc[end - 2].lower_ == "of"
            and doc[end - 3].lower_ in _PROGRAMME_HEADS and token_is_place_word(doc[end - 1])) else None

    def _mention_at(self, i: int) -> int | None:
        """The cluster of the mention that starts at token ``i``; None where no mention starts."""
        return self.R.mention_cluster(self.doc[i]) if self.mention_start.get(i) == i else None

    def _unit_places(self, noun: Token) -> list[int]:
        """Where a subsidiary or branch is, said on the word for it: "a Wuhan branch", "its subsidiary in Uzbekistan"."""
        return self.typed([c for c in _kids(noun) if c.dep_ in ("compound", "nmod")] + _pobjs(noun, ("in",)),
                          {"Place"})

    def _project_in_place(self, place: Token) -> int | None:
        """The project a place names where it is ("the X Project in Xiping County", "a project in the Y Zone, a
        base for ..." by the name set beside "project"), for a clause the parser hung on the place."""
        if place.dep_ != "pobj" or place.head.lower_ not in ("in", "at") or self.type(self.cl(place)) != "Place":
            return None
        owner = place.head.head
        found = self.typed([owner], {"Project"}) or self.typed(
            [d for d in [_appositive_of(owner)] if d is not None and owner.lower_ in lx.PROJECT_ANAPHORS], {"Project"})
        return found[0] if found else None

    def _name_before_comma(self, i: int) -> int | None:
        """The cluster of the name that ends right before the comma before token ``i``, over a bracketed short name
        ("X Co., Ltd. (X), whose ...")."""
        doc = self.doc
        j = i - 1
        if j < 1 or doc[j].text != ",":
            return None
        j = _before_brackets(doc, j - 1, 12)
        if j > 0 and doc[j].text == ")":
            j = _before_brackets(doc, j, 12)  # ('X Holding Limited ("X" or the "Company") (NASDAQ: XX), whose ...')
        start = self.mention_start.get(j) if j >= 0 else None
        return self._mention_at(start) if start is not None else None

    def _first_org_of_sentence(self, tok: Token) -> int | None:
        """The first organisation named in ``tok``'s sentence ("X Co., Ltd. today announced that ... its ...")."""
        start, end = sent_bounds(tok)
        return next((ci for i in range(start, end) if self.type(ci := self._mention_at(i)) in ORG_TYPES), None)

    def _name_after(self, k: int) -> int | None:
        """The organisation named from token ``k`` on, past "the" and a country's possessive ("Thailand's X")."""
        doc = self.doc
        k += k < len(doc) and doc[k].lower_ == "the"
        if self.type(self._mention_at(k)) == "Place":
            e = self.mention_end[k]
            k = e + 1 if e < len(doc) and is_possessive(doc[e]) else k
        ci = self._mention_at(k)
        return ci if self.type(ci) in ORG_TYPES else None

    def _place_list(self, i: int, end: int) -> tuple[list[int], int]:
        """The places of a list starting at token ``i`` ("Turkey, Pakistan and Brazil"), and where it stops."""
        out: list[int] = []
        k = i
        while k < end and self.type(ci := self._mention_at(k)) == "Place":
            out.append(ci)
            k = self.mention_end[k]
            if k + 1 < end and self.doc[k].text in (",", "and") and self.mention_start.get(k + 1) == k + 1:
                k += 1
            elif k + 2 < end and self.doc[k].text == "," and self.doc[k + 1].lower_ == "and":
                k += 2
        return out, k

    def _which_org_made(self, sent) -> None:
        """ "The JH-W8 crawler welding robot, which Zhengzhou Jiahan ... Co., Ltd. (hereinafter "Jiahan") developed
        for ...": read from the words, since a legal name and a parenthesis in the relative clause break its parse."""
        doc = self.doc
        # (the words found from the array once per document: no Token is built for the others, and most sentences
        # have no "which")
        if self._which_at is None:
            self._which_at = numpy.flatnonzero(self._lower_ids == self._which_id).tolist()
        lo = bisect.bisect_left(self._which_at, sent.start + 2)
        hi = bisect.bisect_left(self._which_at, sent.end - 2)
        for i in self._which_at[lo:hi]:
            if doc[i - 1].text != ",":
                continue
            # (the product's name may end a few words before the comma: "the Aria series of digital pianos, which")
            end = next((e for e in range(i - 2, max(i - 7, sent.start) - 1, -1) if self._mention_ending(e) is not None
                        or doc[e].is_punct), None)
            product = self._mention_ending(end) if end is not None else None
            if self.type(product) != "Product":
                continue
            maker = self._mention_at(i + 1)
            k = self.mention_end[i + 1] if maker is not None else i + 1
            if maker is None and doc[i + 1].lower_ in ("the", "it") and i + 2 < sent.end:
                # "which the company designed", "which it rolled out"
                k = i + 2 + (doc[i + 1].lower_ == "the")
                maker = self.cl(doc[k - 1])
            if self.type(maker) not in ORG_TYPES:
                continue
            if k < sent.end and doc[k].text == "(":
                k = next((m + 1 for m in range(k, min(k + 12, sent.end)) if doc[m].text == ")"), k)
            while k < sent.end and doc[k].lower_ in ("jointly", "independently", "itself", "also", "first"):
                k += 1
            if k < sent.end and doc[k].tag_ in ("VBD", "VBN") and doc[k].lemma_.lower() in lx.DEVELOP_VERBS:
                self.add(maker, "developed", product, doc[k], "which-org-made")

    def _mention_ending(self, i: int) -> int | None:
        """The cluster of the mention that ends at token ``i`` (inclusive); None where none does."""
        start = self.mention_start.get(i)
        return self._mention_at(start) if start is not None and self.mention_end.get(i) == i + 1 else None

    def _lenders(self, sent) -> None:
        """ "A 900-million-yuan loan for the project was arranged by X Bank", "started the Y Project with a loan from
        X Bank", "a project financed by X Bank": in a sentence about lending, a bank takes part in the one project the
        sentence names (or means by "the project"), however the parser hung the loan."""
        doc = self.doc
        banks: list[int] = []
        projects: set[int] = set()
        for i in range(sent.start, sent.end):
            ci = self._mention_at(i)
            if ci is None and doc[i].lower_ == "project" and self.mention_start.get(i) is None:
                ci = self.cl(doc[i])
            t = self.type(ci)
            if t == "Project":
                projects.add(ci)
            elif t in ORG_TYPES and _BANK.search(self.clusters[ci].label) and ci not in banks:
                banks.append(ci)
        if len(projects) == 1:
            for b in banks:
                self.add(b, "participatesIn", next(iter(projects)), doc[sent.start], "lender")

    def _sentence(self, sent) -> None:
        self._place_chain(sent)
        self._fronted_place(sent)
        self._lab_at(sent)
        self._which_org_made(sent)
        # lemmas as string-store hashes: comparing integers is much cheaper than building every lemma's string
        strings = self.doc.vocab.strings
        if self._gate_hashes is None:
            self._gate_hashes = tuple({strings.add(w) for w in words} for words in (
                _EXPORT_WORDS, _COLLAB_GATE, _MARKET_WORDS, _LENDING_WORDS))
        export_gate, collab_gate, market_gate, lending_gate = self._gate_hashes
        lemma_ids = set(self._lemma_ids[sent.start:sent.end].tolist())
        if not export_gate.isdisjoint(lemma_ids):  # (the lemmas of "exports", "sells", "ships", whatever the tag)
            self._export_words(sent)
        if not market_gate.isdisjoint(lemma_ids):
            self._with_markets(sent)
            self._buyers_account_for(sent)
        if not lending_gate.isdisjoint(lemma_ids):
            self._lenders(sent)
        # the collaboration rules need one of these words in the sentence; most sentences have none
        # (the lemmatizer lower-cases these common words; "co-developed" has the plain verb's lemma)
        text = doc_text(self.doc)[sent.start_char:sent.end_char]
        collab = not collab_gate.isdisjoint(lemma_ids) or "o-" in text and "co-" in text.lower()
        doc = self.doc
        toks = tokens(doc)
        for i in range(sent.start, sent.end):
            if self._inert[i]:
                continue  # punctuation, determiners, numbers: no rule starts at them (read from arrays: no Token built)
            tok = toks[i]
            lower = tok.lower_
            verb = tok.pos in _VERB_POS_IDS
            # a relative clause's verb is a verb, whatever the tagger says ("which the group hosts"); "will each own
            # half of the project": the tagger may call "own" an adjective. Only verbs need their lemma here.
            verbish = verb or tok.dep_ == "relcl" or lower == "own"
            lemma = tok.lemma_.lower() if verbish else ""
            if lower in _WORD_RULES or lemma in _LEMMA_RULES:
                self._word_rules(tok, lemma, lower, tok.pos_)
            if (verb or tok.dep_ == "relcl" or lower == "own" and any(c.dep_ == "dobj" for c in _kids(tok))) \
                    and (lemma in _VERB_LEMMAS or collab):
                if lemma in lx.DEVELOP_VERBS and (lemma != "turn" or any(c.dep_ == "prt" and c.lower_ == "out"
                                                                         for c in _kids(tok))) \
                        or lemma in ("include", "cover", "span", "comprise") and self._achievements(tok) \
                        or lemma in ("build", "complete") and any(self.type(self.cl(o)) == "Product" or
                                                                  self._named(o) is not None for o in _objects(tok)):
                    # "turned out China's first ...", "it built Chunfeng, a 15.8-meter slurry shield"
                    self._developed(tok)
                    self._developed_under(tok)
                if lemma == "roll" and any(c.lower_ == "off" for c in _kids(tok)):
                    # "The first Qilin Q7 tractors rolled off the production line at X": X made them
                    line = [p for p in _pobjs(tok, ("off",)) if p.lower_ in ("line", "lines")]
                    makers = self.orgs([q for p in line for q in _pobjs(p, ("at", "of"))] + _clause_pobjs(tok, "at"))
                    subj = [p for s_ in _subjects(tok) for p in [s_, *_pobjs(s_, ("of",))]]
                    for product in self.typed(subj, {"Product"}):
                        for m in makers:
                            self.add(m, "developed", product, tok, "rolled-off-the-line")
                if lemma in lx.RECEIVE_VERBS or lemma == "make" and any(o.lower_ in _MADE_LISTS
                                                                         for o in _objects(tok)) \
                        or lemma in _BECOME_VERBS and self.typed(_objects(tok), {"Award"}) \
                        or lemma == "hold" and any(o.lower_ in _HELD_TITLES for o in _objects(tok)) \
                        or lemma in lx.WIN_VERBS and any(o.lemma_.lower() in lx.PRIZE_WORDS for o in _objects(tok)) \
                        or passed_certification(tok):  # 'passed the re-certification as a "National ..."'

                    # ("took a gold award of ...", "bagged the first prize")
                    if not _only_intended(tok):
                        self._received(tok)
                if lemma == "be" and any(c.dep_ == "attr" and c.lower_ == "one" for c in _kids(tok)):
                    self._one_of_list(tok)
                if lemma in _OWN_GOODS_VERBS and not _is_passive(tok):
                    self._own_goods(tok)
                if lemma in lx.PARTICIPATE_VERBS or lemma in _SHARE_VERBS or (
                    lemma in _GOODS_VERBS or lemma in ("make", "manufacture", "produce")) and _is_passive(tok) \
                        or lemma in _GOODS_FOR_VERBS and (not _is_passive(tok) or lemma in _BUY_VERBS):
                    self._participates(tok)
                if lemma in lx.EXPORT_VERBS or lemma in _GOODS_ABROAD_VERBS and self._goods_subject(tok):
                    self._exports(tok)
                if lemma == "go":
                    # "The institute's brazing materials have also gone into China's lunar exploration program":
                    # the maker of the goods takes part
                    goods = [c for c in _kids(tok) if c.dep_ == "nsubj" and c.pos_ == "NOUN"]
                    makers = self.orgs([m for g in goods for m in _kids(g) if m.dep_ == "poss"] +
                                       [m for g in goods for m in _pobjs(g, ("from", "by"))])
                    for project in self.typed(_pobjs(tok, ("into",)), {"Project"}):
                        for maker in makers:
                            self.add(maker, "participatesIn", project, tok, "goods-went-into")
                    # "The top prize, the X Award, went to Y": Y received it
                    subj = [c for c in _kids(tok) if c.dep_ == "nsubj"]
                    prizes = self.typed(subj + [a for c in subj for a in _kids(c) if a.dep_ == "appos"], {"Award"})
                    to = [c for p in _pobjs(tok, ("to",)) for c in _conjuncts(p)]
                    for w in self.orgs(to) + self.typed(to, {"Person"}) if prizes else []:
                        for prize in prizes:
                            self.add(w, "received", prize, tok, "prize-went-to")
                if lemma in ("construct", "build", "develop", "implement", "operate") and tok.dep_ == "conj" \
                        and tok.tag_ == "VBN" and tok.head.tag_ == "VBD" and tok.head.lemma_.lower() in (
                            "invest", "build", "construct", "develop") \
                        and any(c.dep_ == "agent" for c in _kids(tok)) \
                        and not any(c.dep_ in ("dobj", "auxpass") for c in _kids(tok.head)):
                    # "the X Industrial Park invested and constructed by Y was put into operation": the parser reads
                    # the first participle as the sentence's verb, with the park its subject; the park is what Y builds
                    # ("the Phase II project of the X Base invested and constructed by Y": the base it is a phase of)
                    subj = [c for c in _kids(tok.head) if c.dep_ == "nsubj"]
                    of = [p for c in subj if c.lemma_.lower() in ("project", "phase") for p in _pobjs(c, ("of",))]
                    for project in self.typed(of, {"Project"}) or self.typed(subj, {"Project"}):
                        for org in self.orgs(_agents(tok)):
                            self.add(org, "participatesIn", project, tok, "invested-and-built-by")
                if lemma == "break" and any(c.dep_ == "dobj" and c.lower_ == "ground" for c in _kids(tok)):
                    # "In March the company broke ground on the Qingfeng Phase II ... project": it builds the project
                    for project in self.typed(_pobjs(tok, ("on", "for")) + [q for c in _kids(tok) if c.lower_ == "ground"
                                                                           for q in _pobjs(c, ("on", "for"))],
                                              {"Project"}):
                        for org in self._agent_orgs(tok):
                            self.add(org, "participatesIn", project, tok, "broke-ground-on")
                if lemma in ("host", "lead", "run", "operate", "sponsor", "administer") and _is_passive(tok):
                    self._hosted(tok)
                if lemma in ("set", "establish", "found", "build") and _is_passive(tok) and len(_agents(tok)) == 1 \
                        and not any(c.lower_ in lx.COLLAB_WORDS for c in _kids(tok)):
                    self._hosted(tok)  # "The ... Research Center, set up by Tianma Drone Co., Ltd. in 2015, ..."
                if lemma in ("set", "establish", "found", "create", "form") and _is_passive(tok):
                    # "the institute, which was set up by A and B in 2022": its founders worked together
                    self._all_together(self.orgs(_agents(tok)), tok, "founded-by-both")
                if lemma in ("host", "own", "control", "run", "operate"):
                    self._hosts(tok)
                if lemma == "rely":
                    self._relies_on(tok)
                if lemma in ("control", "own", "hold") and _is_passive(tok):
                    # "Yutong Bus is controlled by Zhengzhou Yutong Group"; "X was founded in 2004 and is now controlled
                    # by Y": the second verb shares the first one's subject
                    # ("Founded in 2006 and headquartered in X, Y, Henan Province, Z is controlled by ...": the parser
                    # may make Z the last conjunct of the places)
                    subj = [t for c in _kids(tok) if c.dep_ == "nsubjpass" for t in _conjuncts(c)] or (
                        _subjects(tok, passive_ok=True) if tok.dep_ == "conj" else [])
                    if not subj and tok.dep_ == "acl" and tok.head.lower_ == "turn" and tok.head.head.lower_ == "in":
                        # "X, which is in turn controlled by Y": the parser hangs the participle on "turn"
                        subj = _subjects(tok.head.head.head, passive_ok=True)
                    for child in self.orgs(subj):
                        for parent in self.orgs(_agents(tok)):
                            self.add(child, "subsidiaryOf", parent, tok, "controlled-by")
                    # "The project is owned by Minera Chinalco Peru", "The project, owned by X,": the owner takes part
                    owned = [c for c in _kids(tok) if c.dep_ == "nsubjpass"] + ([tok.head] if tok.dep_ == "acl" else [])
                    for project in self.typed(owned, {"Project"}):
                        for owner in self.orgs(_agents(tok)):
                            self.add(owner, "participatesIn", project, tok, "project-owned-by")
                if lemma in ("control", "own") and tok.dep_ == "acl" and tok.tag_ == "VBN" and tok.head.i < tok.i:
                    # "X Co., Ltd., owned by Y Group, makes ...", "a Xinxiang-based cell maker controlled by Y"
                    for child in self.orgs([tok.head]):
                        for parent in self.orgs(_agents(tok)):
                            self.add(child, "subsidiaryOf", parent, tok, "owned-by")
                if lemma in ("control", "own", "hold") and tok.dep_ == "acomp" and tok.tag_ == "VBN":
                    # "X is majority-owned by Y", "X is wholly owned by Y" (parsed as an adjective)
                    for child in self.orgs(_subjects(tok.head)):
                        for parent in self.orgs(_agents(tok)):
                            self.add(child, "subsidiaryOf", parent, tok, "owned-by")
                if lemma in ("merge", "integrate", "incorporate", "fold") and _is_passive(tok):
                    # "X was merged into Y in 2008"
                    for parent in self.orgs(_pobjs(tok, ("into",))):
                        for child in self.orgs([c for c in _kids(tok) if c.dep_ == "nsubjpass"]):
                            self.add(child, "subsidiaryOf", parent, tok, "merged-into")
                if lemma in ("have", "open", "set", "establish", "launch", "found", "register", "create", "run",
                             "operate", "own") and not _is_passive(tok):
                    # "X has a subsidiary, Y, in Shenzhen", "X has two units, Y and Z", "X has opened a Wuhan branch, Y"
                    for noun in (o for o in _objects(tok) if o.lower_ in lx.SUBSIDIARY_NOUNS):
                        children = self.orgs([a for c in _kids(noun) if c.dep_ == "appos" for a in _conjuncts(c)]) \
                            or self._described(noun) or self._colon_list(noun)
                        places = self._unit_places(noun)
                        for child in children:
                            for parent in self._agent_orgs(tok):
                                self.add(child, "subsidiaryOf", parent, tok, "has-subsidiary")
                            for place in places:
                                self.add(child, "locatedIn", place, tok, "branch-of-place")
                if lemma in ("set", "establish", "found", "register", "incorporate") and not _is_passive(tok) and (
                        lemma != "set" or any(c.dep_ == "prt" and c.lower_ == "up" for c in _kids(tok))):
                    # "Last year it set up ZRIME Brazing (Thailand) Co., Ltd. in Rayong": a firm an organisation sets
                    # up is its subsidiary (each founder's, for a joint venture)
                    for child in self.typed(_objects(tok), {"Company"}):
                        for parent in self._agent_orgs(tok):
                            self.add(child, "subsidiaryOf", parent, tok, "set-up-firm")
                if lemma == "include":
                    # "Its subsidiaries include A and B", "The group's units include A": the possessor is the parent
                    for noun in (s_ for s_ in _subjects(tok) if s_.lower_ in lx.SUBSIDIARY_NOUNS):
                        owners = [c for c in _kids(noun) if c.dep_ == "poss"] or _pobjs(noun, ("of",))
                        for parent in self.orgs(owners):
                            # "include A, which ..., and B": the parser may hang B on the verb
                            stray = [c for c in _kids(tok) if c.dep_ == "conj" and c.pos_ in ("PROPN", "NOUN")]
                            for child in self.orgs(_objects(tok) + stray):
                                self.add(child, "subsidiaryOf", parent, tok, "subsidiaries-include")
                if lemma in ("control", "own", "hold") and tok.dep_ == "advcl" and tok.tag_ == "VBN" and not any(
                        c.dep_ == "nsubjpass" for c in _kids(tok)):
                    # "Controlled by Henan Senyuan Group Co., Ltd, the company makes ..."
                    for child in self.orgs(_subjects(tok.head)):
                        for parent in self.orgs(_agents(tok)):
                            self.add(child, "subsidiaryOf", parent, tok, "controlled-by")
                if lemma == "affiliate" or tok.lower_ == "affiliated":
                    # "The Henan Copper Materials Research Institute is affiliated with Jinlong Copper Co., Ltd."
                    for parent in self.orgs(_pobjs(tok, ("with", "to"))):
                        for child in self.orgs(_subjects(tok, passive_ok=True) or
                                               ([tok.head] if tok.dep_ in ("acl", "amod") else [])):
                            self.add(child, "subsidiaryOf", parent, tok, "affiliated-with")
                if lemma == "be":
                    # "X is responsible for the Y project"
                    for adj in (c for c in _kids(tok) if c.dep_ == "acomp" and c.lower_ in ("responsible", "involved")):
                        for project in self.typed(_pobjs(adj, ("for", "in")), {"Project"}):
                            for org in self.orgs(_subjects(tok)):
                                self.add(org, "participatesIn", project, tok, "responsible-for")
                if lemma in ("be", "use", "operate", "run") and (sellers := self.orgs(
                        [p for s_ in _subjects(tok, passive_ok=True) if s_.pos_ == "NOUN" and self.cl(s_) is None
                         for p in _kids(s_) if p.dep_ == "poss"])):
                    # "Huitian's trucks are also in service in Peru, Ecuador and Bolivia"
                    places = [q for p in _pobjs(tok, ("in",)) for q in ([p] + _pobjs(p, ("in",)))]
                    self._exports_to(sellers, places, tok, "goods-in-service-in")
                if lemma in ("make", "produce", "manufacture", "build", "supply"):
                    # "makes 12 million shirts a year for brands in Japan and Australia"
                    buyers = [b for p in _clause_pobjs(tok, "for") if p.lemma_.lower() in ("brand", "customer", "client",
                              "buyer", "carmaker", "automaker", "retailer") for b in _pobjs(p, ("in", "from"))]
                    if buyers:
                        self._exports_to(self._agent_orgs(tok), buyers, tok, "makes-for-buyers-in")
                if lemma == "be":
                    # "Yuanbao's largest market is Nigeria, followed by Ghana"
                    for subj in (c for c in _kids(tok) if c.dep_ == "nsubj" and c.lemma_.lower() in ("market",
                                                                                                   "destination")):
                        sellers = self.orgs([c for c in _kids(subj) if c.dep_ == "poss"])
                        attrs = [a for c in _kids(tok) if c.dep_ == "attr" for a in _conjuncts(c)]
                        attrs += [p for a in attrs for r in _kids(a) if r.dep_ == "acl" for p in _agents(r)]
                        self._exports_to(sellers, attrs, tok, "its-market-is")
                    # "Ethiopia is its largest overseas market"
                    for attr in (c for c in _kids(tok) if c.dep_ == "attr" and c.lemma_.lower() in (
                            "market", "destination", "buyer", "customer")):
                        self._exports_to(self.orgs([c for c in _kids(attr) if c.dep_ == "poss"]), _subjects(tok), tok,
                                         "is-its-market")
                if lemma == "belong":
                    for parent in self.orgs(_pobjs(tok, ("to",))):
                        for child in self.orgs(_subjects(tok)):
                            self.add(child, "subsidiaryOf", parent, tok, "belongs-to")
                if lemma == "be":
                    # "it is a national high-tech enterprise": the designation the subject holds (also "a unit of X
                    # and a national high-tech enterprise")
                    for award in self.typed(copular_attributes(tok), {"Award"}):
                        for holder in self.orgs(_subjects(tok)):
                            self.add(holder, "received", award, tok, "is-a-designation")
                if lemma == "be":
                    # "The group has been part of China Electrical Equipment Group since ..."
                    for part in (c for c in _kids(tok) if c.dep_ == "attr" and c.lower_ == "part"):
                        for parent in self.orgs(_pobjs(part, ("of",))):
                            for child in self.orgs(_subjects(tok)):
                                self.add(child, "subsidiaryOf", parent, tok, "part-of")
                if lemma in ("set", "establish", "found", "form", "create", "place") and _is_passive(tok):
                    # "The institute was established in Zhengzhou in 2021 under the Henan Academy of Sciences"
                    for parent in self.orgs(_pobjs(tok, ("under",))):
                        for child in self.orgs([c for c in _kids(tok) if c.dep_ == "nsubjpass"]):
                            self.add(child, "subsidiaryOf", parent, tok, "set-up-under")
                if lemma in ("come", "fall", "be", "operate", "sit") and not _is_passive(tok):
                    # "YTO came under China National Machinery Industry Corporation in 2008"; "which is in turn under
                    # Sinochem Holdings" (the parser may hang "under" on "turn")
                    under = _pobjs(tok, ("under",)) + [q for p in _pobjs(tok, ("in",)) if p.lower_ == "turn"
                                                      for q in _pobjs(p, ("under",))]
                    for parent in self.orgs(under):
                        for child in self.orgs(_subjects(tok)):
                            self.add(child, "subsidiaryOf", parent, tok, "under")
                if lemma == "be" and not any(c.dep_ in ("acomp", "attr") for c in _kids(tok)):
                    # "The plant is in Xuchang"; "Its headquarters are in Zhengzhou"
                    pred = "headquarteredIn" if any(s_.lower_ in ("headquarters", "headquarter") for s_ in
                                                    _subjects(tok)) else "locatedIn"
                    for org in self.orgs(_subjects(tok)):
                        for p in self.typed(_pobjs(tok, ("in",)), {"Place"}):
                            self.add(org, pred, p, tok, "is-in")
                if lemma in ("win", "receive", "secure", "land", "get", "sign", "bag") and not _is_passive(tok):
                    # "won an order from Uzbekistan for 100 buses": a sale abroad
                    for o in _objects(tok):
                        if o.lemma_.lower() in ("order", "contract", "deal"):
                            # "won orders from X", "is winning orders in X", "an export deal with a buyer in X"
                            buyers = [b for w in _pobjs(o, ("with",)) + _pobjs(tok, ("with",)) if w.lemma_.lower() in ("buyer", "customer",
                                      "client", "importer", "distributor") for b in _pobjs(w, ("in", "from"))]
                            self._exports_to(self._agent_orgs(tok), _pobjs(o, ("from", "in")) + _clause_pobjs(tok, "from")
                                             + buyers, tok, "order-from")
                if lemma in ("hold", "own", "acquire", "buy", "take", "have", "control", "raise"):
                    self._majority_stake(tok)
                if lemma in ("enter", "have", "serve", "reach", "open", "expand", "explore", "develop", "tap", "find",
                             "win", "attract") and not _is_passive(tok):
                    self._markets(tok)
                if lemma in ("set", "establish", "found") and not _is_passive(tok) or lemma == "open" \
                        and tok.dep_ == "relcl" and tok.head.lower_ in lx.SUBSIDIARY_NOUNS:
                    self._founded_firm(tok)
                if lemma in ("acquire", "buy", "purchase") or lemma == "take" and any(
                        c.lower_ == "over" for c in _kids(tok)):
                    self._acquired(tok)
                if lemma in ("locate", "arrive", "found", "establish", "settle", "open", "complete", "set", "run",
                             "operate", "build", "launch", "invest", "complete", "have", "mine", "move", "relocate",
                             "register", "sit", "own", "start", "begin", "stand", "lie", "top", "break"):
                    self._located(tok)
                if lemma in ("host", "have") and not _is_passive(tok):
                    # "Changge, a county-level city under Xuchang, hosts X": organisations in the place
                    for place in self.typed(_subjects(tok), {"Place"}):
                        for org in self.orgs(_objects(tok) + [p for o in _objects(tok) for x in _kids(o)
                                             if x.dep_ == "prep" and x.lower_ in ("including", "like")
                                             for p in _pobjs(o, (x.lower_,))]):
                            self.add(org, "locatedIn", place, tok, "place-hosts")
                if collab:
                    self._collaborates(tok)
            if tok.pos in _NOUN_POS_IDS:
                self._noun_relations(tok)
                if lower in _DEVELOPMENT_NOUNS:
                    self._development_noun(tok)  # (outside _noun_relations: no resolution needed for most of them)
            if lower == "home":
                self._home_to(tok)  # "Luoyang is also home to ...", tagged as a noun or an adverb
        if " so " in text:
            self._and_so_is(sent)

    def _and_so_is(self, sent) -> None:
        """ "We are one of the 23 enterprises in the X Project, and so is our supplier, Y Co., Ltd.": what the first
        clause says its one subject takes part in or received, the organisation after "and so is" does too."""
        toks = tokens(self.doc)
        for i in range(sent.start + 1, sent.end - 2):
            if not (toks[i].lower_ == "so" and toks[i - 1].lower_ == "and" and toks[i + 1].lemma_ in ("be", "do")):
                continue
            other = next((ci for k in range(i + 2, sent.end) if self.type(ci := self.R.mention_cluster(toks[k]))
                          in ORG_TYPES), None)
            said = [r for r in self.out.values() if r.sentence_start == sent.start
                    and r.predicate in ("participatesIn", "received") and r.subject != other]
            if other is None or len({r.subject for r in said}) != 1:
                return
            for r in said:
                self.add(other, r.predicate, r.object, toks[i], "and-so-is")
            return

    def _all_together(self, orgs: list[int], tok: Token, rule: str) -> None:
        """Every two of ``orgs`` collaborate ("A, B and C signed a tripartite agreement")."""
        orgs = list(dict.fromkeys(orgs))
        for i, a in enumerate(orgs):
            for b in orgs[i + 1:]:
                self.add(a, "collaboratesWith", b, tok, rule)

    def _word_rules(self, tok: Token, lemma: str, lower: str, pos: str) -> None:
        """The rules keyed to one word ("based", "under", "among", "include", "make", "call", "exports")."""
        if lower in ("based", "headquartered"):
            self._based(tok)
        if lower in ("winner", "recipient") and pos == "NOUN":
            self._winner_of(tok)
        # ("developed the valve under the X Project": the parser may hang "under" on the verb's object)
        under_verb = tok.head if tok.head.pos_ == "VERB" else tok.head.head if tok.head.dep_ == "dobj" \
            and tok.head.head.lemma_.lower() in lx.DEVELOP_VERBS else None
        if lower == "under" and tok.dep_ == "prep" and under_verb is not None:
            # "Under the plan, X will recycle 200,000 tonnes of waste acid a year": X acts in the plan
            for p in self.typed([c for c in _kids(tok) if c.dep_ == "pobj"], {"Project"}):
                # "..., and Y will replace its boilers": the clauses joined to the one under the plan
                for v in [under_verb, *(c for c in _kids(under_verb) if c.dep_ == "conj" and c.pos_ == "VERB")]:
                    for s_ in self.orgs(_subjects(v)) if not _is_passive(v) else []:
                        self.add(s_, "participatesIn", p, tok, "under-plan")
        if lemma in ("include", "cover", "span") and pos == "VERB":
            self._markets_include(tok)
            self._list_includes(tok)
            self._participants_include(tok)
        if lower == "among" and tok.dep_ == "prep" and tok.head.pos_ in ("AUX", "VERB"):
            # "X was among the 2024 batch of ...", "Three firms were among the fourth batch ...: A, B and C"
            awards = self.typed([c for c in _kids(tok) if c.dep_ == "pobj"], {"Award"})
            subjects = _subjects(tok.head, passive_ok=True)
            place = self._it_is_a_place(tok.head) if [t.lower_ for t in subjects] == ["it"] else None
            # ("it was listed among the national pilot parks": the park named before)
            winners = self.typed([place], {"Place"}) if place is not None else (
                self.orgs(subjects) or self._after_colon(tok))
            # "Lianhua is also among the investors in the X hub": a role in the project
            roles = [c for c in _kids(tok) if c.dep_ == "pobj" and c.lemma_.lower() in _PROJECT_ROLES]
            role_of = [p for r in roles for p in _pobjs(r, ("in", "of", "for", "behind"))]
            # ("among the builders of its main fermentation halls")
            for project in self.typed(role_of, {"Project"}) + [
                    pp for p in role_of if (pp := self._project_part_of(p)) is not None]:
                for w in winners:
                    self.add(w, "participatesIn", project, tok, "among-the-investors")
            for w in winners:
                for a in awards:
                    self.add(w, "received", a, tok, "among-the-list")
        if lemma in ("make", "produce", "manufacture", "assemble") and pos == "VERB" and not _is_passive(tok):
            # "X has made seamless pipes in Long'an District since 1998", "The company makes it in the Y Zone"
            places = _pobjs(tok, ("in",)) + [p for o in _objects(tok) if self.cl(o) is None or o.lower_ == "it"
                                             for p in _pobjs(o, ("in",))]
            # "produces graphite electrodes for electric arc furnaces in Kaifeng": a city or district anywhere in the
            # clause (a country there is more often a market)
            places += [p for p in _inner_pobjs(tok, "in") if p not in places and (ci := self.cl(p)) is not None
                       and self.type(ci) == "Place" and self.clusters[ci].label.lower() not in lx.COUNTRIES]
            for o in self._agent_orgs(tok) if places else []:
                for p in self.typed(places, {"Place"}):
                    self.add(o, "locatedIn", p, tok, "makes-in")
        if lower in ("exports", "shipments", "shipment", "export") and pos == "NOUN":
            self._export_noun(tok)
        if lower == "investment" and pos == "NOUN":
            self._investment_noun(tok)
        if lemma == "call" and pos == "VERB" and any(c.dep_ == "dobj" and c.lower_ == "it" for c in _kids(tok)):
            # "X, which makes the six-row machine, calls it the Snow Lotus 6": the maker names its goods
            k = tok.i + 2 + (tok.i + 2 < len(self.doc) and self.doc[tok.i + 2].lower_ == "the")
            named = self.typed([c for c in _kids(tok) if c.dep_ in ("oprd", "xcomp", "ccomp", "attr")]
                               + ([self.doc[k]] if k < len(self.doc) else []), {"Product"})
            for s_ in _subjects(tok):
                if any(r.dep_ == "relcl" and r.lemma_.lower() in lx.DEVELOP_VERBS for r in _kids(s_)):
                    for m in self.orgs([s_]):
                        for p in named:
                            self.add(m, "developed", p, tok, "calls-it")

    def _after_colon(self, tok: Token, types: set[str] = ORG_TYPES) -> list[int]:
        """The entities of ``types`` named after a colon later in ``tok``'s sentence ("...: A, B and C")."""
        end = sent_bounds(tok)[1]
        colon = next((t.i for t in self.doc[tok.i + 1:min(end + 1, len(self.doc))] if t.text == ":"), None)
        if colon is None:
            return []
        if colon >= end - 1 and colon + 1 < len(self.doc):
            end = sent_bounds(self.doc[colon + 1])[1]  # the parser may end the sentence at the colon
        return list(dict.fromkeys(ci for t in self.doc[colon + 1:end] if (ci := self.R.mention_cluster(t)) is not None
                                  and self.type(ci) in types))

    def _participants_include(self, verb: Token) -> None:
        """ "Other participants include SF Express and X": the project just named has them as participants."""
        if not any(s_.lemma_.lower() in ("participant", "partner", "member", "investor", "builder", "supplier",
                                         "shareholder") and not _pobjs(s_, ("of", "in")) for s_ in _subjects(verb)):
            return
        project = self.R.preceding(verb, {"Project"}, None, salience=False)  # the last one named
        for org in self.orgs([t for x in _objects(verb) for t in _conjuncts(x)]) if project is not None else []:
            self.add(org, "participatesIn", project, verb, "participants-include")

    def _list_includes(self, verb: Token) -> None:
        """ "The list of 2024 national ... factories, released by the ministry, included two Henan companies: A
        and B": whoever a list includes received it."""
        lists = [s_ for s_ in _subjects(verb)
                 if self.type(self.cl(s_)) == "Award" or s_.lower_ in ("list", "batch", "ranking")
                 and any(self.type(self.cl(p)) == "Award" for p in _pobjs(s_, ("of",)))]
        awards = self.typed(lists, {"Award"}) + self.typed([p for s_ in lists for p in _pobjs(s_, ("of",))], {"Award"})
        if not awards:
            return
        winners = list(dict.fromkeys(self.orgs([t for o in _objects(verb) for t in _conjuncts(o)])
                                     + self._after_colon(verb)))
        for w in winners:
            for a in dict.fromkeys(awards):
                self.add(w, "received", a, verb, "list-includes")

    def _markets_include(self, verb: Token) -> None:
        """ "Its overseas markets include India and Vietnam": where a firm's markets are, it exports to."""
        for s_ in _subjects(verb):
            if s_.lemma_.lower() in ("market", "destination", "buyer", "customer", "client"):
                owners = [c for c in _kids(s_) if c.dep_ == "poss"]
                sellers = self.orgs([c for c in owners if c.lower_ != "whose"])
                if any(c.lower_ == "whose" for c in owners) and verb.dep_ == "relcl":
                    # "X, a Puyang-based maker of top drives whose overseas markets include Kazakhstan and Iraq"
                    sellers += self._orgs_of_noun(verb.head)
                self._exports_to(sellers, [t for o in _objects(verb) for t in _conjuncts(o)], verb, "markets-include")

    def _export_noun(self, noun: Token) -> None:
        """ "The group's revenue rose, helped by exports of ferrosilicon to Japan and India"; "its exports to
        Chile": the exporter is the possessor, else the subject of the clause (or its possessor)."""
        to = _pobjs(noun, ("to",)) + [p for o in _pobjs(noun, ("of",)) for p in _pobjs(o, ("to",))]
        if not to:
            return
        sellers = self.orgs([c for c in _kids(noun) if c.dep_ == "poss"])
        if not sellers:
            v = noun.head
            while v.pos_ not in ("VERB", "AUX") and v.head.i != v.i:
                v = v.head
            if v.pos_ in ("VERB", "AUX"):
                subs = _subjects(v, passive_ok=True)
                if not subs and v.dep_ in ("advcl", "acl", "xcomp") and v.head.pos_ in ("VERB", "AUX"):
                    subs = _subjects(v.head, passive_ok=True)  # "..., helped by exports of X to Japan"
                sellers = self.orgs(subs) or self.orgs([c for s_ in subs for c in _kids(s_) if c.dep_ == "poss"])
        self._exports_to(sellers, to, noun, "exports-to-noun")

    def _exports_to(self, sellers: list[int], toks: list[Token], tok: Token, rule: str) -> None:
        """The sellers export to each foreign country among ``toks`` (never to China)."""
        for country in self.typed(toks, {"Place"}):
            if self._foreign_country(country):
                for seller in sellers:
                    self.add(seller, "exportsTo", country, tok, rule)

    def _the_two(self, verb: Token) -> list[int]:
        """ "The two sides", "both companies", "they" as the subject: the organisations of the sentence before,
        when it names exactly two."""
        subj = next((s_ for s_ in _subjects(verb) if s_.lower_ in ("they", "both") or s_.lower_ == "two" and any(
            c.lower_ == "the" for c in _kids(s_)) or s_.lemma_.lower() in (
            "side", "party", "partner", "company", "firm") and any(c.lower_ in ("two", "both") for c in _kids(s_))),
                    None)
        if subj is None:
            return []  # (the usual case: this runs for every verb of taking part, before the verb's own subject)
        start = sent_bounds(verb)[0]
        # "A and B signed an agreement, the two parties co-developed ...": a clause before, in the same sentence
        before = list(dict.fromkeys(ci for t in self.doc[start:subj.left_edge.i]
                                    if (ci := self.R.mention_cluster(t)) is not None and self.type(ci) in ORG_TYPES))
        left = subj.left_edge.i
        if len(before) == 2 and left > start and (self.doc[left - 1].text in (",", ";") or left - 2 > start and (
                self.doc[left - 1].lower_ in ("and", "while") and self.doc[left - 2].text == ",")):
            return before  # (", and the two partners are now carrying out ...")
        if start == 0:
            return []
        prev = sent_bounds(self.doc[start - 1])
        # the names of that sentence, and what its subject refers to ("The firm held talks with X")
        found = list(dict.fromkeys(ci for ci in (self.R.mention_cluster(t) or (
            self.cl(t) if t.dep_ in ("nsubj", "nsubjpass") else None) for t in self.doc[prev[0]:prev[1]])
            if ci is not None and self.type(ci) in ORG_TYPES))
        if len(found) > 2:
            # "X was developed by the Y Institute, which the company and Henan Normal University jointly established
            # ... The two sides also undertook ...": of more names, the two that are one subject
            pairs = [orgs for t in self.doc[prev[0]:prev[1]] if t.dep_ in ("nsubj", "nsubjpass")
                     and len(orgs := list(dict.fromkeys(ci for c in _conjuncts(t) if (ci := self.cl(c)) is not None
                                                        and self.type(ci) in ORG_TYPES))) == 2]
            return pairs[0] if len(pairs) == 1 else []
        return found if len(found) == 2 else []

    def _last_products(self, tok: Token) -> list[int]:
        """The product named last ("it", "the machine"), or the two named last ("Both products were developed at
        its technology center", "they")."""
        last = self._last_product(tok)
        if last is None or not (tok.lower_ == "they" or any(c.lower_ == "both" for c in _kids(tok))):
            return [last] if last is not None else []
        lo = previous_sentence_start(tok)
        named = sorted({(min(m.start for m in cl.mentions if lo <= m.start < tok.i), ci)
                        for ci, cl in enumerate(self.clusters) if cl.type == "Product"
                        and any(lo <= m.start < tok.i for m in cl.mentions)})
        return list(dict.fromkeys([last] + [ci for _, ci in named[-2:]]))

    def _last_product(self, tok: Token) -> int | None:
        """The product named last before ``tok`` in its sentence or the one before ("It was developed by ...",
        "The machine was designed by ...", "Both products were developed at ...")."""
        # (crop varieties are named like models: "Zhuzhi 19 sesame ... The high-oil variety was bred by ...")
        generic = tok.lemma_.lower() in lx.PRODUCT_HEADS | {"product", "model", "machine", "plane", "vehicle", "device",
                                                           "variety", "strain", "cultivar", "hybrid"}
        noun = tok.pos_ == "NOUN" and any(c.lower_ in ("the", "this", "both", "these") for c in _kids(tok))
        if not (noun or tok.pos_ == "PRON" and tok.lower_ in ("it", "they")):
            return None  # only "it", "they", "the machine", "both products", "the filter" (for "... water filter")
        lo = previous_sentence_start(tok)
        best = None
        for ci, cl in enumerate(self.clusters):
            if cl.type != "Product":
                continue
            for m in cl.mentions:
                # "the SY-H5, a solar water purifier ... developed the purifier": its description's head counts too
                same_head = m[-1].lemma_.lower() == tok.lemma_.lower() or any(
                    c.dep_ == "appos" and c.lemma_.lower() == tok.lemma_.lower() for c in _kids(m.root))
                if lo <= m.start < tok.i and (best is None or m.start > best[0]) and (
                        tok.pos_ == "PRON" or generic or same_head):
                    best = (m.start, ci)
        return best[1] if best else None

    def _named(self, noun: Token) -> int | None:
        """The product a description names: 'a rail inspection robot named "Iron Patrol"', 'a device called AiHe-1'."""
        doc = self.doc
        for a in _kids(noun):
            # ... or 'a process it calls "hydrogen-rich ironmaking"'
            naming = a.dep_ == "acl" and a.lower_ in lx.NAMING_WORDS \
                or a.dep_ == "relcl" and a.lemma_.lower() == "call" and a.i > noun.i
            if a.dep_ == "acl" and a.lemma_.lower() in ("sell", "market", "brand"):
                # "The alloy, sold as ZHL-Cu30, was developed by ...": the name it is sold under
                for p in _pobjs(a, ("as", "under")):
                    if self.type(ci := self.cl(p)) == "Product":
                        return ci
            if naming and a.i + 2 < len(doc):
                ci = self.cl(doc[a.i + 1 + (doc[a.i + 1].text in ('"', "'"))])
                if self.type(ci) == "Product":
                    return ci
        # 'a resin system, branded "QuickCure 90", that ...': the parser may hang the naming word elsewhere
        k = named_after(doc, noun.i + 1)
        # (the mention may take in the quote before the name: '"Tiejia" drive')
        for m in (k, k - 1) if k is not None else ():
            if self.type(ci := self._mention_at(m)) == "Product":
                return ci
        return None

    def _makers_of(self, products: set[int]) -> list[int]:
        """Who the rules so far found to have developed any of ``products`` (one entry per relation)."""
        return [k[0] for k in self.out if k[1] == "developed" and k[2] in products]

    def _named_title(self, verb: Token) -> list[int]:
        """The award named before a title word that is the verb's object: "gained X status", "the 'X' designation"."""
        return self.typed([c for o in _objects(verb) if o.lower_ in _HELD_TITLES | {"designation"}
                           for c in _kids(o) if c.dep_ in ("compound", "nmod")], {"Award"})

    def _title_of(self, verb: Token) -> list[int]:
        """The award a title, status or honour the verb's object is of: "the title of X"."""
        # ("won the honors of national high-tech enterprise and Henan Provincial Green Factory": each title joined)
        return self.typed([q for o in _objects(verb) if o.lower_ in lx.TITLE_NOUNS
                           for p in _pobjs(o, ("of",)) for q in _conjuncts(p)], {"Award"})

    def _achievements(self, verb: Token) -> bool:
        # (and "the Company's portfolio includes ...", "Qingcheng's product line also covers ...": one line of products)
        return any(s.lower_ in ("achievements", "products", "innovations", "results", "lines", "brands", "models",
                                "ranges", "offerings", "portfolio", "lineup", "line-up")
                   or s.lower_ in ("line", "range") and any(c.dep_ == "compound" and c.lower_ == "product"
                                                             for c in _kids(s))
                   # ("The Company's range also includes ...")
                   or s.lower_ == "range" and any(c.dep_ == "poss" for c in _kids(s)) for s in _subjects(verb))

    def _based(self, tok: Token) -> None:
        doc = self.doc
        if tok.i >= 2 and doc[tok.i - 1].text == "-":
            place = self.cl(doc[tok.i - 2])
            target = tok.head if tok.head is not tok else None
            # "the Zhengzhou-based institute hosts ...": when the parser read the verb as a noun, the description
            # is the noun right after "based", a compound of the misread head
            nxt = doc[tok.i + 1] if tok.i + 1 < len(doc) else None
            if nxt is not None and nxt.dep_ == "compound" and nxt.lower_ in lx.ORG_ANAPHORS and target == nxt.head \
                    and self.type(self.cl(nxt)) in ORG_TYPES:
                target = nxt
            org = self._org_of_noun(target)
            self.add(org, "headquarteredIn", place, tok, "x-based")
            return
        noun = tok.head if tok.dep_ in ("acl", "amod", "relcl") else None
        if tok.dep_ == "relcl" and noun.lower_ in lx.SUBSIDIARY_NOUNS:
            # "it is a holding subsidiary of X Group Co., Ltd. (X Group), which is based in Luoyang": the parent
            # named right before "which", where the parser hung the clause on "subsidiary"
            noun = next((p for p in _pobjs(noun, ("of",)) if p.i < tok.i and self.type(self.cl(p)) in ORG_TYPES), noun)
        org = self._org_of_noun(noun)
        if org is None and (tok.dep_ in ("ROOT", "relcl", "ccomp") or tok.dep_ == "conj" and tok.head.pos_ in (
                "VERB", "AUX") and not tok.head.dep_ == "advcl"):
            # (also "X was founded in Suiping County in 2012 and is now headquartered in Y": the first verb's subject)
            org = next(iter(self.orgs(_subjects(tok, passive_ok=True))), None)
        if org is None and tok.dep_ in ("acl", "amod"):
            org = self._set_beside(tok)
        if tok.dep_ == "conj" and any(c.dep_ in ("nsubj", "nsubjpass") and c.lower_ == "it" for c in _kids(tok)) \
                and tok.head.lemma_.lower() in _FOUNDING_VERBS:
            # "A and B jointly set up the X Center, and it is based at ...": what was set up is based there
            org = next(iter(self.orgs(_objects(tok.head))), org)
        # "Headquartered in the Luohe ... Zone, the company sells ...", "Founded in 2006 and headquartered in
        # Zhumadian, X designs ...": a participle put before the main clause is said of its subject
        fronted = tok.head if tok.dep_ == "conj" and tok.head.dep_ == "advcl" else tok
        if org is None and fronted.dep_ == "advcl" and fronted.i < fronted.head.i \
                and not any(c.dep_ in ("nsubj", "nsubjpass") for c in _kids(fronted)):
            org = next(iter(self.orgs(_subjects(fronted.head, passive_ok=True))), None)
        # "headquartered in Xiangcheng City, Zhoukou, Henan Province": an address, the first place is the seat
        places = _pobjs(tok, ("in",))[:1]
        if places and places[0].head.i + 1 < places[0].i:
            # (the parser may make the last place of the address the object: take the place right after "in")
            k = places[0].head.i + 1 + (self.doc[places[0].head.i + 1].lower_ == "the")
            first = self._mention_at(k)
            if first is not None and self.type(first) == "Place" and first != self.cl(places[0]) \
                    and any(t.text == "," for t in self.doc[k:places[0].i]):
                places = [self.doc[k]]
        # "based in the ancient capital of Kaifeng": the place named after the description
        places += [q for p in places if p.pos_ == "NOUN" and p.lower_ in ("capital", "city", "county", "heart", "province",
                                                                            "outskirts", "suburbs", "centre", "center")
                   for q in _pobjs(p, ("of",))]
        if tok.dep_ == "relcl" and any(c.lower_ == "where" for c in _kids(tok)):
            places.append(tok.head)  # "Zhengzhou, where the company's headquarters are based"
            org = next(iter(self.orgs(_subjects(tok, passive_ok=True))), org)
        for p in places:
            self.add(org, "headquarteredIn", self.cl(p), tok, "based-in")
        for p in _pobjs(tok, ("at",)):
            pc = self.cl(p)
            if self.type(org) == "ResearchInstitute" and self.type(pc) in ORG_TYPES:
                self.add(org, "subsidiaryOf", pc, tok, "based-at")
            if p.lower_ in lx.FACILITY_NOUNS and self.type(pc) != "Place":
                # "it is based at our second plant in Suiping County", "which is based at the Company's headquarters
                # in Qibin District": a seat at another's site is a location, not a headquarters
                for q in self.typed(_pobjs(p, ("in",)), {"Place"}):
                    self.add(org, "locatedIn", q, tok, "based-at-site")

    def _hosts(self, verb: Token) -> None:
        """ "the State Key Laboratory of X, which the group hosts"; "CMOC Limited, which the group owns"."""
        which = verb.dep_ == "relcl" and any(c.dep_ == "nsubj" and c.lower_ in ("which", "that")
                                             for c in _kids(verb))
        if (verb.dep_ != "relcl" or which) and not _is_passive(verb):
            # "Sanquan hosts the National Engineering Research Center ...", "Shenhuo Co. owns Shanghai ... Co., Ltd.";
            # "X Group, which also controls Y Co., Ltd.": the clause's antecedent
            hosts = self.orgs([verb.head]) if which else self._agent_orgs(verb)
            for child in self.orgs(_objects(verb)):
                if verb.lemma_.lower() in ("host", "run", "operate") and self.type(child) not in (
                        "ResearchInstitute", "Organization"):
                    continue  # "runs a company" may be management, "hosts a lab" is ownership
                for host in hosts:
                    self.add(child, "subsidiaryOf", host, verb, "hosts-object")
            return
        if verb.dep_ == "relcl" and not _is_passive(verb) and any(
                c.dep_ == "dobj" and c.lower_ in ("which", "that", "whom") for c in _kids(verb)):
            for lab in self.orgs([verb.head]):
                for host in self.orgs(_subjects(verb)):
                    self.add(lab, "subsidiaryOf", host, verb, "hosts")

    def _home_to(self, tok: Token) -> None:
        """ "Zhengzhou is home to Weilong ...": organisations located in the place."""
        verb = tok.head
        if tok.dep_ not in ("attr", "acomp", "advmod") or verb.lemma_ != "be":
            return
        places = self.typed(_subjects(verb), {"Place"})
        # "home to more than 4,000 wig makers, including X"
        named = [p for t in _pobjs(tok, ("to",)) for x in _kids(t) if x.dep_ == "prep" and x.lower_ in
                 ("including", "like") for p in _pobjs(t, (x.lower_,))]
        homed = _pobjs(tok, ("to",)) + named
        # ("Lingbao is home to the Lingbao Apple ... Industrial Park, a national project ...": a project too)
        for org in self.orgs(homed) + self.typed(homed, {"Project"}):
            for p in places:
                self.add(org, "locatedIn", p, tok, "home-to")

    def _hosted(self, verb: Token) -> None:
        """ "the laboratory, which is led by Zhengzhou University", "hosted by": a lab under its host."""
        labs = [c for c in _kids(verb) if c.dep_ == "nsubjpass"]
        if verb.dep_ in ("acl", "relcl"):
            labs.append(verb.head)
            if verb.head.dep_ == "appos":
                labs.append(verb.head.head)  # "X, a state-level center hosted by the company"
        # labs, and schools or associations "run by" a ministry
        kinds = {"ResearchInstitute", "Organization"}
        for lab in self.typed(labs, kinds) + self.typed(
                [t.head.head for t in labs if t.lower_ in ("which", "that") and t.head.dep_ == "relcl"], kinds):
            for host in self.orgs(_agents(verb)):
                self.add(lab, "subsidiaryOf", host, verb, "hosted-by")

    def _orgs_of_noun(self, noun: Token | None) -> list[int]:
        """``_org_of_noun`` as a list: the organisation the noun describes, or none."""
        ci = self._org_of_noun(noun)
        return [ci] if ci is not None else []

    def _org_of_noun(self, noun: Token | None) -> int | None:
        """The organisation a noun phrase names or describes ("a power equipment maker" after the name)."""
        seen = 0
        if noun is not None and noun.dep_ == "appos" and noun.pos_ == "NOUN" and (beside := self._set_beside(noun)) is not None:
            return beside  # the name just before the comma, wherever the parser hung the apposition
        if noun is not None and noun.dep_ == "appos" and noun.pos_ == "NOUN":
            # "CITIC Group Corporation, the Beijing-based conglomerate": the name the description is set
            # beside, before reading "the conglomerate" as an anaphor for the article's topic
            ci = self.cl(noun.head)
            if ci is not None and self.type(ci) in ORG_TYPES:
                return ci
        if noun is not None and noun.dep_ == "attr" and noun.head.lemma_ == "be" and self.cl(noun) is None:
            # "X is a Kaifeng-based valve maker": the copula's subject
            subj = next(iter(self.orgs(_subjects(noun.head))), None)
            if subj is not None:
                return subj
        while noun is not None and seen < 3:
            ci = self.cl(noun)
            if ci is not None and self.type(ci) in ORG_TYPES:
                return ci
            if noun.dep_ == "appos":
                noun = noun.head
            else:
                appos = next((c for c in _kids(noun) if c.dep_ == "appos"), None)
                if appos is not None and (ci := self.cl(appos)) is not None and self.type(ci) in ORG_TYPES:
                    return ci
                # (an apposition had its try above)
                return self._set_beside(noun) if seen == 0 and noun.pos_ == "NOUN" and noun.dep_ != "appos" else None
            seen += 1
        return None

    def _set_beside(self, word: Token) -> int | None:
        """The name a description stands beside, by the words alone: "X Co., Ltd. (hereinafter referred to as
        X), a valve and pump maker headquartered in ..." where the parser did not make the description an
        apposition. ``word`` is the description's last word ("headquartered"); the description itself is a
        short noun phrase opened by an article."""
        doc = self.doc
        comma = next((k for k in range(word.i - 1, max(word.i - 9, 0), -1) if doc[k].is_punct and doc[k].text != "-"),
                     None)
        if comma is None or doc[comma].text != "," or doc[comma + 1].lower_ not in ("a", "an", "the"):
            return None
        k = _before_brackets(doc, comma - 1, 16)
        if k < 0:
            return None
        ci = self.R.mention_cluster(doc[k])
        return ci if ci is not None and self.type(ci) in ORG_TYPES else None

    def _place_chain(self, sent) -> None:
        """ "Zhengzhou, capital of central China's Henan province", "Quandian Village in Lingjing Town"."""
        doc = self.doc
        mentions = sorted(m for m in self.place_mentions if m[0] >= sent.start and m[1] <= sent.end)
        for a, b in zip(mentions, mentions[1:] + [None]):
            if b is None:
                continue
            s1, e1, c1 = a
            s2, e2, c2 = b
            if self.clusters[c2].label.lower() == "china" and b is not mentions[-1]:
                # skip "China's" between a city and its province
                nxt = mentions[mentions.index(b) + 1]
                if doc[e2:nxt[0]].text.strip() in ("'s", "\u2019s"):
                    s2, e2, c2 = nxt
            gap = text_between(doc, e1, s2)
            if s1 == sent.start and doc[s1].is_upper and self.clusters[c2].label.lower() == "china":
                continue  # "HEBI, China, Jan. 15, 2026 /PRNewswire/ --": a press release's dateline, not a hierarchy
            if gap.strip() == "of" and doc[e1 - 1].lower_ in _SUBDIVISIONS and e1 - s1 >= 2:
                self.add(c1, "locatedIn", c2, doc[s1], "district-of-city")  # "Hubin District of Sanmenxia"
                continue
            if gap.strip() == "of" and self._province(c2) and self.clusters[c1].label.lower() not in lx.COUNTRIES:
                self.add(c1, "locatedIn", c2, doc[s1], "city-of-province")  # "Shenzhen of Guangdong Province"
                continue
            if gap.strip() == "under" and doc[e1 - 1].lower_ in _SUBDIVISIONS and e1 - s1 >= 2:
                self.add(c1, "locatedIn", c2, doc[s1], "district-under-city")  # "Linying County under Luohe"
                continue
            if gap.strip() in ("'s", "\u2019s") and doc[e2 - 1].lower_ in _SUBDIVISIONS \
                    and self.clusters[c1].label.lower() not in lx.COUNTRIES:
                # "Anyang's Wenfeng District", "Zhoukou's Shenqiu County": the district of the city
                self.add(c2, "locatedIn", c1, doc[s2], "possessive-district")
                continue
            if gap.strip() == "(" and e2 < len(doc) and doc[e2].text == ")" and not (
                    e2 + 1 < len(doc) and doc[e2 + 1].text[:1].isupper()) and (
                    self._province(c2) or self.clusters[c2].label.lower() in lx.COUNTRIES):
                self.add(c1, "locatedIn", c2, doc[s1], "place-in-brackets")  # "Xiangyang (Hubei Province)"
                continue
            if not _PLACE_GAP.match(gap) or self.clusters[c1].label.lower() in lx.COUNTRIES or _BESIDE_GAP.search(gap):
                continue
            if gap.strip() == ",":
                # a list of places ("India, Myanmar and Bangladesh") is not a hierarchy
                before = doc[s1 - 1].text if s1 > 0 else ""
                after = doc[e2].text if e2 < len(doc) else ""
                after2 = doc[e2 + 1] if e2 + 1 < len(doc) else None
                next_place = self.cl(after2) if after == "," and after2 is not None else None
                # "headquartered in Xiangcheng City, Zhoukou, Henan Province": a run that ends in a province is an
                # address, from the small place to the large
                address = not self._province(c1) and (
                    self._province(c2) or self.type(next_place) == "Place" and self._province(next_place)
                    # "Xuchang Village, Guyang Town, Lankao County": each level above the one before
                    or (l1 := self._level(c1)) is not None and (l2 := self._level(c2)) is not None and l1 < l2)
                # ("plants in Xuchang, Xiangyang (Hubei Province) and ...": a list whose items carry brackets)
                if not address and (before == "," or after in ("and", "or", "(") or self.type(next_place) == "Place"):
                    continue
                if address and after in ("and", "or"):
                    continue
            self.add(c1, "locatedIn", c2, doc[s1], "place-apposition")
            if _PLURAL_PLACE_GAP.match(gap):
                # "Anyang and Hebi, two neighbouring cities in northern Henan province": every place of the pair
                k = mentions.index(a)
                while k > 0 and text_between(doc, mentions[k - 1][1], mentions[k][0]).strip() in ("and", ","):
                    k -= 1
                    self.add(mentions[k][2], "locatedIn", c2, doc[mentions[k][0]], "place-apposition")

    def _level(self, ci: int) -> int | None:
        """The administrative level a place's last word gives ("Guyang Town": town), if any."""
        return lx.PLACE_LEVEL.get(self.clusters[ci].label.rsplit(" ", 1)[-1].lower())

    def _province(self, ci: int | None) -> bool:
        label = self.clusters[ci].label.lower() if ci is not None else ""
        return label.endswith(" province") or label.endswith(" autonomous region")

    def _developed(self, verb: Token) -> None:
        if self._both_made_by(verb):
            return
        # ("together with HAUST's veterinary school": the school's university)
        partners = [_owner_of_part(p) for p in _together_with(verb)]
        if not partners and verb.lemma_.lower() in ("develop", "design", "invent", "create") and not _is_passive(verb):
            # "the treats, which Chongai developed with Henan Agricultural University": an organisation after a bare
            # "with" developed it too
            withs = _pobjs(verb, ("with",)) + [q for o in _objects(verb) for q in _pobjs(o, ("with",))]
            # ("with a team from the Henan Academy of Agricultural Sciences": the team's organisation)
            withs += [q for w in withs if w.lemma_.lower() in _TEAM_NOUNS for q in _pobjs(w, ("from", "of", "at"))]
            partners = [p for p in map(_owner_of_part, withs) if self.type(self.cl(p)) in ORG_TYPES]
        if not partners and verb.dep_ == "acl" and not _agents(verb):
            # "Its RD-90 motor, developed with X, entered production": the owner and X made it together
            withs = _pobjs(verb, ("with",))
            partners = withs if self.typed(withs, ORG_TYPES) else []
        # ("which is self-developed by Ruimei": a participle with a "by" agent after "is" is passive too)
        if _is_passive(verb) or verb.dep_ == "acomp" and any(c.dep_ == "agent" for c in _kids(verb)):
            makers = self.orgs(_agents(verb) + partners) or self.orgs(
                [p for a in _agents(verb) for p in _kids(a) if p.dep_ == "poss"])  # "by the company's own engineers"
            if partners and not _agents(verb):
                # "Its X seasoning was developed together with Jiangnan University": the owner and its partner
                makers += self.orgs([p for c in _kids(verb) if c.dep_ == "nsubjpass" for p in _possessors(c)]
                                    + (_possessors(verb.head) if verb.dep_ == "acl" else []))
            # "The plane was designed and built at the company's plant", "... developed at its technology center"
            main = verb if verb.dep_ != "conj" else verb.head
            sites = _pobjs(main, ("at", "in")) + _pobjs(verb, ("at", "in")) + [
                p for c in _kids(verb) if c.dep_ == "conj" for p in _pobjs(c, ("at", "in"))]
            makers = makers or self.orgs([p for f in sites
                                          if f.lower_ in lx.FACILITY_NOUNS | {"center", "centre", "laboratory", "lab"}
                                          for p in _kids(f) if p.dep_ == "poss"])
            things = [c for c in _kids(verb) if c.dep_ == "nsubjpass"] or (
                [c for c in _kids(main) if c.dep_ == "nsubjpass"] if verb.dep_ == "conj" else []) or (
                # "Designed by the company's own engineers, the telescope uses ...": the main clause's subject
                [c for c in _kids(verb.head) if c.dep_ == "nsubj"] if verb.dep_ == "advcl" and verb.i < verb.head.i
                else [])
            # "Its best-seller, the HY-T5 electric cargo tricycle, was jointly developed by ...": the name in apposition
            things += [a for t in things if self.cl(t) is None for a in _kids(t) if a.dep_ == "appos"]
            if not things and verb.dep_ == "acomp":
                # "the ... brush which is self-developed by Ruimei": what the copula's subject stands for
                things = [relative_antecedent(t) for t in _subjects(verb.head, passive_ok=True)]
            # "It was developed by X", "The machine was designed by X": the product named just before
            recalled = [r for t in things if self.cl(t) is None or self.type(self.cl(t)) in ORG_TYPES
                        and t.lower_ in ("it", "they") for r in self._last_products(t)]
            if _comma_participle(verb):
                things.append(verb.doc[verb.i - 2])
            if verb.dep_ in ("acl", "relcl"):
                things.append(verb.head)
                described = _appositive_of(verb.head)
                if described is not None:
                    things.append(described)  # "the 'X process', the technology developed by ..."
            products = self.typed([t for x in things for t in _conjuncts(x)], {"Product"}) + recalled
            # "The alloy, sold as ZHL-Cu30, was developed by X": the name given beside the description
            products += [n for t in things if self.cl(t) is None and (n := self._named(t)) is not None]
            # "The ZY26000/40/88D two-leg shield support was developed by ...": the model names the thing
            products += self.typed([c for x in things for t in _conjuncts(x) if self.cl(t) is None for c in _kids(t)
                                    if c.dep_ in ("nummod", "compound", "nmod", "amod") and c.i < t.i], {"Product"})
            # "'Qiming,' the ... equipment was jointly developed by A and B"
            if not products and verb.dep_ in ("ccomp",):
                products = self.typed([verb.head], {"Product"})
        elif (rr := reduced_relative_subject(verb)) is not None:
            # "Its ... process, developed in-house in the 2000s, cut ...": the possessor made it
            # (with its partner: "Its X, developed together with Y University, ...")
            makers = self.orgs([c for c in _kids(rr) if c.dep_ == "poss"])
            makers += [m for m in self.orgs(partners) if m not in makers]
            products = self.typed([rr], {"Product"})
        else:
            # ("The two companies co-developed the FC-90 ...": the two named in the sentence before)
            makers = (self._the_two(verb) or self._agent_orgs(verb)) + self.orgs(partners)
            rel = next((c for c in _kids(verb) if c.lower_ in ("which", "that") and c.dep_ in ("nsubj", "dobj")), None)
            if verb.dep_ == "relcl" and rel is not None and rel.i < verb.i:
                # "bricks, which Jinsong and LIRR jointly developed in 2022": the names between the pronoun and the
                # verb are its subjects, however the parser hung them
                named = list(dict.fromkeys(ci for i in range(rel.i + 1, verb.i)
                                           if self.type(ci := self._mention_at(i)) in ORG_TYPES))
                if named:
                    makers = named + [m for m in self.orgs(partners) if m not in named]
            if verb.lemma_.lower() == "include":
                # "Its achievements include ...": the possessor made them
                makers = self.orgs([c for s_ in _subjects(verb) for c in _kids(s_) if c.dep_ == "poss"])
            objs = _objects(verb)
            if verb.dep_ == "relcl":
                objs.append(verb.head)
                described = _appositive_of(verb.head) if self.cl(verb.head) is None and not any(
                    c.dep_ == "nsubj" and c.lower_ in ("that", "which") for c in _kids(verb)) else None
                if described is not None:
                    objs.append(described)  # "Lvkang, a fungicide that the company launched in 2021"
            if verb.lemma_.lower() == "include":
                objs = [t for o in objs for t in o.subtree]  # "X for displays and Y" parses Y under X
            products = []
            # "makes explosion-proof robots ..., including the RXR-M150D firefighting robot"
            # (or on the noun of a phrase hung on the verb: "makes wiper systems for cars, including the X blade")
            objs += [c for o in list(objs) + [p for p in _kids(verb) if p.dep_ == "prep" and p.lower_ == "for"]
                     for x in o.subtree if x.dep_ == "prep" and x.lower_ in ("including", "like")
                     for c in _conjuncts(next((y for y in _kids(x) if y.dep_ == "pobj"), x)) if c.dep_ != "prep"]
            # "debuted the A, a 14-meter lift, and the B, a ... lift": the parser hangs the second name on the
            # first one's description
            objs += [c for o in list(objs) for a in _kids(o) if a.dep_ == "appos" for c in _conjuncts(a)
                     if c is not a and self.type(self.cl(c)) == "Product"]
            # 'makes the "Tianyan" series of prepaid meters and the XT-EF200 flowmeter': a product with its own
            # determiner, hung on the goods of the series, is a second object
            objs += [c for o in list(objs) if o.lower_ in ("series", "range", "line", "family")
                     for p in _pobjs(o, ("of",)) for c in _conjuncts(p) if c is not p
                     and any(d.dep_ in ("det", "poss") for d in _kids(c)) and self.type(self.cl(c)) == "Product"]
            for o in objs:
                ps = self.typed([o], {"Product"})
                if not ps and self.cl(o) is None:
                    ps = [n for n in [self._named(o)] if n is not None]
                if not ps and self.cl(o) is None:
                    # "unveiled its first linear guide, the HLG35, in 2015": the name in apposition
                    ps = self.typed([a for a in _kids(o) if a.dep_ == "appos"], {"Product"})
                if not ps and self.cl(o) is None:
                    # 'developed the "XJ-8000" control platform': the model names the object
                    ps = self.typed([c for c in _kids(o) if c.dep_ in ("amod", "compound", "nummod", "nmod")
                                     and c.i < o.i], {"Product"})[:1]
                if not ps:
                    # "developed China's first batch of ... switchgear (GIS)"
                    for p in _pobjs(o, ("of",)):
                        ps.extend(self.typed([p, *p.subtree], {"Product"})[:1])
                if not ps and (self.cl(o) is None or o.lower_ in ("it", "them")):
                    # "The star of the show was the FQ-H12, a fuel cell bus. The company developed the bus ...";
                    # "The company makes it in ...": the product named just before
                    ps = [r for r in [self._last_product(o)] if r is not None]
                if not ps and o.tag_ == "NNS" and o.i < verb.i + 8:
                    # "rolled out two ultrasonic flow meters on Thursday: the LX-U200 for ... and the LX-U500 for ..."
                    ps = self._after_colon(o, {"Product"})
                products.extend(ps)
        for m in makers:
            for p in dict.fromkeys(products):
                self.add(m, "developed", p, verb, "develop-verb")
        if _is_passive(verb) and not products:
            # "the Sino Iron project, a magnetite mine developed by CITIC Pacific Mining": a developer of a project
            for m in makers:
                for p in dict.fromkeys(self.typed([t for x in things for t in _conjuncts(x)], {"Project"})):
                    self.add(m, "participatesIn", p, verb, "project-developed-by")
        if len(makers) > 1 and (any(c.lower_ in lx.COLLAB_WORDS for c in _kids(verb)) or partners
                                or _is_passive(verb) and products):
            # ("The JB-720 was developed by Jiabao's own engineers and Shangqiu Normal University": two makers of one
            # product worked together, "jointly" or not)
            self._all_together(makers, verb, "jointly-verb")

    def _own_goods(self, verb: Token) -> None:
        """ "turns out 3 million rackets a year under its "Jetfeather" brand": the brand a firm sells under is its
        product; "delivered its first batch of MT-1235 blister foil", "shipped its first 600 DY-E9 units": a firm's
        first batch of goods is of its own making."""
        objs = _objects(verb)
        brands = [c for b in _pobjs(verb, ("under",)) + [p for o in objs for p in _pobjs(o, ("under",))]
                  if b.lemma_.lower() == "brand" for c in _kids(b) if c.dep_ in ("amod", "compound", "nmod", "appos")]
        firsts = [o for o in objs if o.lemma_.lower() in ("batch", "shipment", "unit") and any(
            c.lower_ == "first" for c in _kids(o)) and any(c.dep_ == "poss" for c in _kids(o))]
        goods = [c for o in firsts for c in _kids(o) if c.dep_ in ("compound", "nmod")]
        # (the goods named right after "of", however the parser read them: "of XD-9 waterproof hiking boots")
        found = self.typed(brands + goods, {"Product"}) + [
            ci for o in firsts for p in _kids(o) if p.dep_ == "prep" and p.lower_ == "of" and p.i + 2 < len(self.doc)
            if self.type(ci := self._mention_at(p.i + 1 + (self.doc[p.i + 1].lower_ == "the"))) == "Product"]
        if found:
            for maker in self._agent_orgs(verb):
                for product in found:
                    self.add(maker, "developed", product, verb, "own-goods")

    def _one_of_list(self, verb: Token) -> None:
        """ "The phase is one of the 2025 Pingdingshan municipal key projects": being one of a list's entries is
        being on it."""
        members = [p for o in _kids(verb) if o.dep_ == "attr" and o.lower_ == "one" for p in _pobjs(o, ("of",))]
        awards = self.typed(members, {"Award"})
        subj = _subjects(verb)
        # "We are one of the 23 enterprises in the X Project", "one of the suppliers of the Y Program": a member of a
        # project's firms takes part in it
        for project in self.typed([p for m in members if self.cl(m) is None for p in _pobjs(m, ("in", "of"))],
                                  {"Project"}):
            for org in self.orgs(subj):
                self.add(org, "participatesIn", project, verb, "one-of-project")
        if not awards:
            return
        for w in self.typed([relative_antecedent(t) for t in subj], {"Project", "Product"}) or self.orgs(subj):
            for a in awards:
                self.add(w, "received", a, verb, "one-of-list")

    def _received(self, verb: Token) -> None:
        if verb.lemma_.lower() == "hold":
            # "Zhongliu has held the national high-tech enterprise title since 2012"
            for w in self._agent_orgs(verb):
                for a in self._named_title(verb) + self._title_of(verb):
                    self.add(w, "received", a, verb, "holds-the-title")
            return
        if verb.lemma_.lower() == "make":
            # "X made the list of Henan's top 100 private enterprises"
            lists = [o for o in _objects(verb) if o.lower_ in _MADE_LISTS]
            # (a city makes a list of pilot or demonstration bases too; "Its RJ-Q series ... made the 2024 list of
            # Henan famous brand products": a named product, in place of its maker, as for the other receiving verbs)
            products = self.typed([relative_antecedent(t) for t in _subjects(verb)], {"Product"})
            for w in (products or self._agent_orgs(verb) or self.typed(_subjects(verb), {"Place"})) if lists else []:
                for a in self.typed([p for o in lists for p in _pobjs(o, ("of",))] + lists, {"Award"}):
                    self.add(w, "received", a, verb, "made-the-list")
            return
        if _is_passive(verb):
            subj = [t for c in _kids(verb) if c.dep_ == "nsubjpass" for t in _conjuncts(c)]
            if len(subj) == 1 and subj[0].lower_ == "it" and verb.dep_ == "conj":
                # "The county now has 200 makers, and in 2018 it was named the ...": "it" is the first clause's subject
                first = [c for c in _kids(verb.head) if c.dep_ in ("nsubj", "nsubjpass") and c.lower_ != "it"]
                subj = first[:1] or subj
            if len(subj) == 1 and subj[0].lower_ == "it" and (place := self._it_is_a_place(verb)) is not None:
                subj = [place]
            if not subj and verb.dep_ == "conj" and not any(c.dep_ == "nsubj" for c in _kids(verb)):
                # "Last year it opened a plant in Cambodia and was named a ... enterprise": the first verb's subject
                subj = _clause_subjects(verb.head)
            if not subj:
                subj = _controller_subjects(verb)  # "I am proudest of being named a Central Plains Leading Talent"
            # "its technology center was recognized as ...": the possessor holds the title
            # "Li Wei, chief engineer of X, was awarded the ... Medal"; "Its general manager, Qiao Wenbin, was
            # named a ...": the person, not the employer
            people = self.typed(subj + [a for t in subj for a in _kids(t) if a.dep_ == "appos"], {"Person"})
            if any(t.lower_ == "who" for t in subj):
                people = people or self._who_person(verb)
                subj = [t for t in subj if t.lower_ != "who"] if people else subj
            winners = self.orgs(subj) or people or self.orgs([p for t in subj if self.type(self.cl(t)) not in ORG_TYPES
                                                              for p in _kids(t) if p.dep_ == "poss"])
            awards = self.typed(_objects(verb) + _pobjs(verb, ("in", "as", "on", "into", "to", "for", "among")),
                                {"Award"})
            awards += self._title_of(verb)  # "was given the honorary title of 'X'"
            awards += self._named_title(verb)  # 'was granted the "X" designation'
            # "was recognized as Henan Province manufacturing single champion enterprise" with "as" left without its
            # object by the parser: the title named right after it
            awards += [ci for p in _kids(verb) if p.dep_ == "prep" and p.lower_ == "as"
                       and not any(c.dep_ == "pobj" for c in _kids(p))
                       for ci in [self._mention_at(p.i + 1 + (self.doc[p.i + 1].lower_ in ("a", "an", "the")))]
                       if self.type(ci) == "Award"]
            if awards and not winners:
                # "The X Industrial Park was listed among the second batch of ... clusters": a place or a project
                # ("the ... project in Wuzhi, which was included in the list of ...": what "which" stands for)
                heads = [relative_antecedent(t) for t in subj]
                # ("the ... project in Wuzhi, which was included": the clause is the project's, not the place's)
                heads = [self._project_in(h) if h is not t else h for h, t in zip(heads, subj)]
                winners = self.typed(heads, {"Place", "Project"})
            # "was ranked 74th on the ... list": the list hangs on the rank; "was named one of the ..."
            awards += self.typed([p for o in _objects(verb) for p in _pobjs(o, ("on", "in") + (
                ("of",) if o.lower_ == "one" else ()))], {"Award"})
        elif verb.lemma_.lower() in lx.WIN_VERBS | _BECOME_VERBS or passed_certification(verb):
            # "X ranked 63rd on ..., and chief engineer Guo Lanying received the ... Medal", "its chairman, Gao
            # Lianfeng, received ...", "said Zhao Yunfei, chairman of X, who received the title of ...": a person named
            # as the verb's own subject wins, not the firm of the clause before or the person's employer
            own = [c for t in _kids(verb) if t.dep_ == "nsubj" for c in _conjuncts(t)]
            people = self.typed(_with_name_parts(own), {"Person"})
            if any(t.lower_ == "who" for t in own):
                people = people or self._who_person(verb)
            # "its arsenic removal process earned an award": the process's owner is credited; "The company's
            # technology center had gained ... status": so is the centre's
            winners = people or self._agent_orgs(verb) or self.typed(
                # "Senior technician Guo Jianwei of X, who ..., received the Henan May Day Labor Medal": a person
                _with_name_parts(_subjects(verb) or _controller_subjects(verb)), {"Person"}) or self.orgs([
                    p for t in _subjects(verb) if self.cl(t) is None or (
                        t.lower_ in ("center", "centre", "laboratory", "lab") and self.R.mention_cluster(t) is None)
                    for p in _kids(t) if p.dep_ == "poss"])
            if not winners:
                # "The ZF-12 flotation machine made by X won ...", "X's 4LZ-8 harvester won ...": its maker
                products = {ci for t in _subjects(verb) if self.type(ci := self.cl(t)) == "Product"}
                winners = self._makers_of(products)
                # (a firm that made it with a laboratory is credited, not the laboratory)
                winners = [w for w in winners if self.type(w) == "Company"] or winners
            awards = self.typed(_objects(verb) + _pobjs(verb, ("as", "on", "in", "among")), {"Award"})
            # "ranked 235th on the list of China's top 500 ...": the list's own name follows "list of"
            awards += self.typed([q for p in _pobjs(verb, ("on", "in", "among")) if p.lower_ in ("list", "ranking")
                                  for q in _pobjs(p, ("of",))], {"Award"})
            awards += self._title_of(verb)  # "won the title of X"
            awards += self._named_title(verb)  # "gained X status"
            awards += self.typed([p for o in _objects(verb) for p in _pobjs(o, ("on", "in"))], {"Award"})
            if awards and not winners:
                # "The line won the title of 'Henan Intelligent Manufacturing Benchmark Workshop'", "the county won
                # ...": a project or a place wins a title too, as in the passive ("was named")
                winners = self.typed(_subjects(verb), {"Place", "Project"})
        else:
            # "The department named 120 firms 'little giants', including X": the conferrer is not the
            # winner; the named objects are (and the organisations listed with "including")
            objs = _objects(verb)
            awards = self.typed(objs + _pobjs(verb, ("as",)), {"Award"})
            if verb.lemma_.lower() in ("include", "list", "select", "add", "name", "put", "place"):
                # "the CAAC included Anyang in the first batch of pilot zones"; "the ministry put X on its list"
                awards += self.typed(_pobjs(verb, ("in", "into", "on", "among")), {"Award"})
            listed = [c for o in objs for t in o.subtree if t.dep_ == "pobj" and t.head.lower_ in ("including", "like")
                      for c in _conjuncts(t)]
            winners = self.orgs([o for o in objs if self.type(self.cl(o)) != "Award"] + listed)
            # "the product brought the company a first prize of the ... Award": the one it was brought to
            winners += self.orgs([c for c in _kids(verb) if c.dep_ == "dative"])
            if awards:
                winners += self.typed(objs, {"Place"})  # a city put on a list of pilot zones
                # 'the "Wenbao" valve, which the ministry named a single champion product': what "which" stands for
                ante = [relative_antecedent(o) for o in objs if o.lower_ in ("which", "that")]
                winners += self.typed(ante, {"Product", "Project"}) or self.orgs(ante)
        products = self._product_winners(verb)
        if products:
            # 'The FL-EP80 won a first prize of ...', 'the chip, which was recognized as ...', "Its ZY35 hydraulic
            # support won ...": a named product is itself the winner, in place of its maker
            winners = [w for w in winners if w not in self._makers_of(set(products))] + products
        for w in winners:
            for a in awards:
                self.add(w, "received", a, verb, "receive-verb")
        # "Shendong received the award for its ... demonstration project": the winner's own project
        if awards:
            for pr in _pobjs(verb, ("for",)):
                if any(c.dep_ == "poss" for c in _kids(pr)):
                    for project in self.typed([pr], {"Project"}):
                        for w in winners:
                            self.add(w, "participatesIn", project, verb, "award-for-project")

    def _project_in(self, h: Token) -> Token:
        """ "the X project in Wuzhi, which ...": the project, when what "which" stands for is the place it is in
        (named, or a common noun: "is building the X Industrial Park in the high-tech zone, which ..."); else ``h``."""
        if h.dep_ != "pobj" or h.head.lower_ != "in" or self.type(self.cl(h)) not in ("Place", None):
            return h
        g = h.head.head
        if self.type(self.cl(g)) == "Project":
            return g
        # ("in" hung on the verb: "building the park in the zone")
        named = [o for o in _objects(g) if o.i < h.i and self.type(self.cl(o)) == "Project"] if g.pos_ == "VERB" else []
        return named[-1] if named else h

    def _order_for_project(self, order: Token) -> None:
        """ "received an order for 3,200 units from X for its Y Project": the buyer and the firm that won the order
        take part in the project the goods are for."""
        amounts = _pobjs(order, ("for",))
        froms = [b for t in [order, *amounts] for b in _pobjs(t, ("from",))]
        buyers = self.orgs(froms)
        if not buyers:
            return
        verb = order.head if order.dep_ == "dobj" else None
        fors = amounts + [p for b in froms for p in _pobjs(b, ("for",))] + (
            _pobjs(verb, ("for",)) if verb is not None else [])
        projects = self.typed(fors, {"Project"})
        sellers = self._agent_orgs(verb) if verb is not None and verb.lemma_.lower() in (
            "receive", "win", "secure", "land", "get", "bag", "sign") else []
        for p in projects:
            for o in dict.fromkeys(buyers + sellers):
                self.add(o, "participatesIn", p, order, "order-for-project")

    def _who_person(self, verb: Token) -> list[int]:
        """ "said Li Wei, chairman of X, who was also named a ...": the person a "who" clause hangs after, though the
        parser may hang it on the firm."""
        if verb.dep_ != "relcl":
            return []
        h, chain = verb.head, [verb.head]
        while h.dep_ in ("pobj", "prep", "appos", "compound") and h.head is not h and len(chain) < 6:
            h = h.head
            chain.append(h)
        return self.typed(chain, {"Person"})

    def _both_made_by(self, verb: Token) -> bool:
        """ "the XH-DDZY719 single-phase meter and the XH-DTZY866 three-phase meter, both developed in-house by X":
        the products listed before ", both" (or ", all") were made by the agent."""
        both = next((c for c in _kids(verb) if c.dep_ in ("nsubj", "nsubjpass") and c.lower_ in ("both", "all")), None)
        if both is None or verb.tag_ not in ("VBN", "VBD") or both.i < 2 or self.doc[both.i - 1].text != ",":
            return False
        listed = self.doc[both.i - 2]
        while listed.dep_ == "conj" and listed.head.i < listed.i:
            listed = listed.head
        products = self.typed(_conjuncts(listed), {"Product"})
        makers = self.orgs(_agents(verb))
        for m in makers:
            for p in products:
                self.add(m, "developed", p, verb, "both-made-by")
        return bool(products and makers)

    def _winner_of(self, tok: Token) -> None:
        """ "Zhao Hongwei, the company's chief engineer and a winner of the National May Day Labor Medal", "X is a
        recipient of the Y Award": whom the description is of received what "of" names."""
        awards = self.typed(_pobjs(tok, ("of",)), {"Award"})
        if not awards:
            return
        noun = tok
        while noun.dep_ == "conj" and noun.head.i < noun.i:
            noun = noun.head  # "the company's chief engineer and a winner of ..."
        if noun.dep_ == "appos":
            holders = [noun.head]
        elif noun.dep_ == "attr":
            holders = _subjects(noun.head)
        else:
            return
        # ("The kettle, a winner of the 2023 Red Dot Design Award, is exported ...": a product wins too)
        winners = self.typed(holders, {"Person"}) or self.orgs(holders) or self.typed(holders, {"Product"})
        for w in winners:
            for a in awards:
                self.add(w, "received", a, tok, "winner-of")

    def _it_is_a_place(self, verb: Token) -> Token | None:
        """ "... the park is home to 63 enterprises ... In 2023 it was named a ... Cluster, and in 2025 it was listed
        among ...": the place that was the subject of the sentence before, which "it" (the subject of ``verb``) stands
        for; the pronoun's own resolution looks for organisations only."""
        if verb.dep_ == "conj" and not all(c.lower_ == "it" for c in _kids(verb.head)
                                           if c.dep_ in ("nsubj", "nsubjpass")):
            return None
        lo, s0 = previous_sentence_start(verb), sent_bounds(verb)[0]
        first = next((t for t in self.doc[lo:s0] if t.dep_ in ("nsubj", "nsubjpass") and t.head.dep_ == "ROOT"), None)
        return first if first is not None and self.type(self.cl(first)) == "Place" else None

    def _relies_on(self, verb: Token) -> None:
        """ "The X Engineering Research Center, which relies on Tiangong Forming, ...", "Relying on X, the laboratory
        ...": in Chinese English a centre or laboratory "relies on" the body that hosts it."""
        subj = [verb.head if s_.lower_ in ("which", "that") and verb.dep_ == "relcl" else s_ for s_ in _subjects(verb)]
        if verb.dep_ in ("acl", "advcl") and not self.typed(subj, {"ResearchInstitute"}):
            # ("Relying on X, the ... Laboratory ...": a misparse may leave the laboratory as the participle's head)
            subj = [verb.head] if verb.dep_ == "acl" or verb.head.pos_ in ("NOUN", "PROPN") else _subjects(verb.head)
        hosts = self.orgs(_pobjs(verb, ("on", "upon")))
        for lab in self.typed(subj, {"ResearchInstitute"}):
            for host in hosts:
                self.add(lab, "subsidiaryOf", host, verb, "relies-on")

    def _investment_noun(self, tok: Token) -> None:
        """ "Its board has approved an investment of RMB 680 million in the X Project", "Kaili's investment in the
        X Park": the investor takes part in the project."""
        into = _pobjs(tok, ("in", "into"))
        projects = self.typed(into + [q for p in into if p.lemma_.lower() in ("phase", "stage") for q in _pobjs(p, ("of",))],
                              {"Project"})
        if not projects:
            return
        investors = self.orgs([c for c in _kids(tok) if c.dep_ == "poss"])
        verb = tok.head
        if not investors and tok.dep_ == "dobj" and verb.lemma_.lower() in _INVEST_NOUN_VERBS and not _is_passive(verb):
            # ("its Board of Directors": the firm, though the entity rules may have named the board)
            subj = [next((p for p in _kids(t) if p.dep_ == "poss"), t) if t.lemma_.lower() in _BOARD_NOUNS else t
                    for t in _subjects(verb)]
            investors = self.orgs(subj)
        for inv in investors:
            for p in projects:
                self.add(inv, "participatesIn", p, tok, "investment-in")

    def _product_winners(self, verb: Token) -> list[int]:
        """Named products that are the subject of a receiving verb: "The X won", "the X was included in", "the X,
        which was recognized as", and also "Its X won", "Y's X was selected into", "The X made by Y won".
        Annotated news credits the prize to the product the sentence says won it, not to its maker: crediting the
        product when a possessor names the maker scored higher on 15 of 24 development sets and 9 of 16 held-out
        sets, lower on 3 and 1 (the dev corpus, which credits the maker, among the 3)."""
        lemma = verb.lemma_.lower()
        if not (_is_passive(verb) or lemma in lx.WIN_VERBS):
            return []
        subj = _clause_subjects(verb)
        if not subj and verb.dep_ == "conj":
            # "The X hoist ... has a load of 50 tonnes and was recognized as ...": the first verb's subject
            subj = _clause_subjects(verb.head)
        subj = [relative_antecedent(t) for t in subj]
        # ("The company's best-known product, the RJ-V8 PCD milling cutter, ... won": the name in apposition)
        subj += [a for t in subj if self.type(self.cl(t)) != "Product" for a in _kids(t) if a.dep_ == "appos"]
        out = []
        if any(c.dep_ == "dative" for c in _kids(verb)):
            return []  # "it won the company a second prize": the prize is the company's
        for t in subj:
            # (a name, or "it" / "the blade" standing for one)
            if self.type(ci := self.cl(t)) != "Product" or self.R.mention_cluster(t) is None and not (
                    t.lower_ == "it" or any(c.dep_ == "det" and c.lower_ in ("the", "this") for c in _kids(t))):
                continue
            out.append(ci)
        return out

    def _project_part_of(self, noun: Token) -> int | None:
        """ "Dukang Holding is investing in the project, and X was among the builders of its main fermentation
        halls", "Y is the lead unit of its construction": "its" before the works of a project, with a project named
        earlier in the sentence, is that project (not the firm that builds). Parts a firm could own too ("its
        units", "its line") are left out: tried, they cost held-out sets more than they gained."""
        if self.cl(noun) is not None or noun.lemma_.lower() not in _WORK_NOUNS | {"hall"}:
            return None
        if not any(c.dep_ == "poss" and c.lower_ in ("its", "their") for c in _kids(noun)):
            return None
        # (the project named or referred to earlier in the sentence: "signed contracts for the project in March, and
        # X is the lead unit of its construction")
        start = sent_bounds(noun)[0]
        named = [ci for i in range(start, noun.i) if (self.mention_start.get(i) == i or self.doc[i].lower_ in
                                                      lx.PROJECT_ANAPHORS) and self.type(ci := self.cl(self.doc[i]))
                 == "Project"]
        return named[-1] if named else None

    def _participates(self, verb: Token) -> None:
        lemma = verb.lemma_.lower()
        # ("The two sides also jointly undertook the X project": the two organisations of the sentence before)
        subs = self._the_two(verb) or self._agent_orgs(verb) if not _is_passive(verb) else self.orgs(_agents(verb))
        if lemma == "involve" and _is_passive(verb):
            subs = self.orgs(_subjects(verb, passive_ok=True))  # "X is involved in the Y project"
        objs = _objects(verb)
        if lemma in _GOODS_FOR_VERBS and (not _is_passive(verb) or lemma in _BUY_VERBS):
            # "makes the FN-123 blade for Phase II of the X Wind Farm", "ordered 40 units from Y for its Z Project":
            # the maker, the buyer and the seller of goods for a named project take part in it (not what a maker
            # makes "in" or "at" a project: only goods "for" it); "300,000 balls have been ordered from Y by Z for
            # the W Project": the buyer is the agent
            # (the parser may make the goods a clause of their own: "makes the FN-123 offshore blade for ...")
            goods = objs + [c for c in _kids(verb) if c.dep_ == "ccomp" and c.pos_ == "NOUN"]
            found = self.typed(_pobjs(verb, ("for",)) + [p for o in goods for p in _pobjs(o, ("for",))], {"Project"})
            sellers = self.orgs(_pobjs(verb, ("from",)) + [p for o in objs for p in _pobjs(o, ("from",))])
            for ci in subs + sellers:
                for project in found:
                    self.add(ci, "participatesIn", project, verb, "goods-for-project")
            return
        projects = self.typed(objs, {"Project"})
        # "signed a contract ... with X for the Y project", "supplied it to the Z project"
        for o in objs:
            projects += self.typed(_pobjs(o, ("for", "on")), {"Project"})
            if o.lemma_.lower() in _BID_NOUNS | _AGREEMENT_NOUNS:
                # "won the bid for 96 cars for Phase I of the X Line", "signed a contract for 36 blowers for the Y
                # Project": the goods a bid or contract is for are for the project (the parser may hang the goods
                # on the verb)
                projects += self.typed([q for p in _pobjs(o, ("for",)) + _pobjs(verb, ("for",))
                                        for q in _pobjs(p, ("for",))], {"Project"})
            # "won the bid for the general contracting of the project", "signed a contract for the construction of"
            # (a bid or a contract may be for any part of it: "won the bid for the equipment of the X Project")
            projects += self.typed([q for p in _pobjs(o, ("for", "on")) if p.lemma_.lower() in _WORK_NOUNS
                                    | {"contracting", "procurement", "supply"} or o.lemma_.lower() in _BID_NOUNS
                                    for q in _pobjs(p, ("of",))], {"Project"})
            if o.lemma_.lower() in _BID_NOUNS:
                # "won the bid of the X Project", "won the bid of the tower package of the X Project": the bid is for
                # the project or a part of it
                ofs = _pobjs(o, ("of",))
                projects += self.typed(ofs + [q for p in ofs if self.cl(p) is None for q in _pobjs(p, ("of",))],
                                       {"Project"})
            if o.lemma_.lower() in ("project", "task", "work") or o.lemma_.lower() in _BID_NOUNS:
                # "undertook projects under the X Program", "won bids worth 96 million yuan under the X Program"
                projects += self.typed(_pobjs(o, ("under",)), {"Project"})
            if o.lemma_.lower() in ("project", "programme", "program", "task") and self.cl(o) is None:
                # 'undertook the research project "Laser Engraving of ..." under ...', 'undertook the "Research on
                # ..." project': the name set beside the word, or before it
                projects += self.typed([c for c in _kids(o) if c.dep_ in ("appos", "compound", "nmod")], {"Project"})
                # ('the "X" project, a provincial key R&D project that A and B undertook': the name the clause's
                # noun describes)
                if o.dep_ == "appos":
                    projects += self.typed([o.head], {"Project"})
        projects += self.typed(_pobjs(verb, ("for", "to", "in", "on")), {"Project"})
        if lemma in ("put", "invest", "pour", "channel", "inject"):
            into = _pobjs(verb, ("into",)) + [p for o in _objects(verb) for p in _pobjs(o, ("into",))]
            # "put the money into its X Project", "into the first phase of the X Park"
            projects += self.typed(into + [q for p in into if p.lemma_.lower() in ("phase", "stage")
                                           for q in _pobjs(p, ("of",))], {"Project"})
        if lemma in ("start", "begin", "commence") and any(o.lemma_.lower() in ("production", "operation", "operations")
                                                            for o in objs):
            # "Leyou Baby also started production at Phase II of the X Base": where a firm starts producing is its
            # works
            projects += self.typed(_pobjs(verb, ("at", "on")) + [p for o in objs for p in _pobjs(o, ("at", "on"))],
                                   {"Project"})
        if lemma in _GOODS_VERBS or lemma in ("build", "construct", "complete", "install", "undertake", "contract"):
            # "supplied 120 sets of switchgear to the X project" (the parser may hang "to" on the goods);
            # "built the steel roof of the X project": a part of the project; "supplied it to compressor stations
            # on the X Pipeline": a part of the project again
            dest = _clause_pobjs(verb, "to") + _clause_pobjs(verb, "for")
            # "supplied to major infrastructure projects including the Pinglu Canal": the projects named
            dest += [q for d in list(dest) if d.lemma_.lower() in ("project", "programme", "program")
                     for q in _pobjs(d, ("including", "like"))]
            projects += self.typed(dest + [p for o in objs for p in _pobjs(o, ("of",))]
                                   + [q for d in dest if self.cl(d) is None for q in _pobjs(d, ("on", "of", "along"))],
                                   {"Project"})
        # "took part in the construction of the Xiaolangdi ... Project", "invested in the expansion of ..."
        projects += self.typed([q for p in _pobjs(verb, ("in", "on", "for")) + objs
                                if p.lemma_.lower() in _WORK_NOUNS for q in _pobjs(p, ("of",))], {"Project"})
        if verb.dep_ in ("acl", "relcl") and _is_passive(verb):
            projects += self.typed([verb.head], {"Project"})  # "The Qianping Reservoir project, built by X,"
            # "the West-East Gas Pipeline, a project operated by CNPC": the named project the description is of
            described = _appositive_of(verb.head) if verb.head.lower_ in lx.PROJECT_ANAPHORS else None
            projects += self.typed([described] if described is not None else [], {"Project"})
            if verb.head.dep_ == "attr" and verb.head.lower_ in lx.PROJECT_ANAPHORS and verb.head.head.lemma_ == "be":
                # "The X Project is a provincial key project invested and constructed by Y": the copula's subject
                projects += self.typed(_subjects(verb.head.head), {"Project"})
            if described is not None and described.dep_ == "pobj" and described.head.lower_ in ("in", "at") \
                    and self.type(self.cl(described)) == "Place":
                # "The X Project in Shenqiu County, a fundraising project implemented by Y,": the description is
                # of the project, whatever the parser hung it on
                projects += self.typed([described.head.head], {"Project"})
            if (project := self._project_in_place(verb.head)) is not None:
                # "the X Project in the Y Zone, which is undertaken by Z", "a project in the Y Zone invested by Z":
                # the parser hangs the clause on the place; it is the project's
                projects.append(project)
        if _is_passive(verb):
            # "The X project is being built by Y"; "The line's machines were supplied by Y"; "It was built by Y and
            # will be operated by Z": the second verb shares the first one's subject
            passive_subj = [c for c in _kids(verb) if c.dep_ == "nsubjpass"] or (
                [c for c in _kids(verb.head) if c.dep_ == "nsubjpass"] if verb.dep_ == "conj" else [])
            projects += self.typed(passive_subj, {"Project"})
            # "Its first phase, a 20,000-tonne ... line, was supplied by Y": the project set beside a phase or stage
            projects += self.typed([a for p in passive_subj if p.lemma_.lower() in ("phase", "stage")
                                    for a in _kids(p) if a.dep_ == "appos"], {"Project"})
            # "Work on the X project was finished by Y", "Construction of the X project was undertaken by Y", "Phase
            # II of the X Project is being built by Y"
            projects += self.typed([q for p in passive_subj if p.lemma_.lower() in _WORK_NOUNS | {"work", "phase", "stage"}
                                    or any(c.dep_ == "compound" and c.lower_ in ("phase", "stage") for c in _kids(p))
                                    for q in _pobjs(p, ("on", "of"))], {"Project"})
            if not projects:
                # "..., it is located in Pingqiao District and the construction is undertaken by Y", "the civil works
                # are undertaken by Y": the works of the project just named
                projects += [ci for p in passive_subj if p.lemma_.lower() in ("construction", "work", "building",
                                                                              "installation")
                             and any(c.dep_ == "det" and c.lower_ == "the" for c in _kids(p))
                             and not _pobjs(p, ("of", "on", "for"))
                             for ci in [self.R.recent(p, {"Project"})] if ci is not None]
            if lemma in _GOODS_VERBS or lemma in ("make", "manufacture", "produce"):
                # "The line's machines were supplied by Y"; "Its stay cables are being made by Y" (of the project);
                # "the press and kiln equipment of the line is supplied by Y"
                # (a possessive the parser may read as a modifier: "The line's ZR-6 welding robots were made by Y")
                projects += self.typed([p for c in _kids(verb) if c.dep_ == "nsubjpass" for p in _kids(c)
                                        if p.dep_ == "poss" or p.dep_ == "nmod" and any(
                                            x.dep_ == "case" for x in _kids(p))] + [p for c in _kids(verb) if c.dep_ == "nsubjpass"
                                                                for p in _pobjs(c, ("of",))], {"Project"})
        if verb.dep_ == "relcl" and any(p.lower_ in ("which", "whom") for p in _pobjs(verb, ("in", "on", "for"))):
            projects += self.typed([verb.head], {"Project"})  # "the X project, in which Y invested ..."
            if not self.typed([verb.head], {"Project"}):
                # 'the lead unit of the research project "X", in which Y participates': the parser hangs the clause on
                # the role; the project named after "of" (or in apposition to it)
                inner = _pobjs(verb.head, ("of",))
                named = self.typed([a for t in inner for a in _kids(t) if a.dep_ == "appos"], {"Project"})
                projects += named or self.typed(inner, {"Project"})  # (the name, not "project" read as an anaphor)
            subs = self.orgs(_subjects(verb)) or subs
        projects += self.typed(_pobjs(verb, ("under",)), {"Project"})  # "Under the X project, Y will supply ..."
        if lemma in _SHARE_VERBS:
            # "will each own half of the project", "holds a 20 percent stake in the project"
            projects += self.typed([p for o in objs if o.lemma_.lower() in _SHARES
                                    for p in _pobjs(o, ("of", "in"))], {"Project"})
        if not projects:
            # "Zhongyuan Bank is lending 1.8 billion yuan for it", "Two universities are also taking part in it",
            # "Hangzhou-based Y will run it": "it" is the project just named
            for p in _pobjs(verb, ("for", "in", "into", "to", "on")) + _objects(verb):
                if p.lower_ == "it" and (recent := self.R.recent_with_container(p, {"Project"})):
                    # (the project a programme named last is "of" or "under", and the programme, as when the project is
                    # named as the object)
                    projects += recent
                elif (part := self._project_part_of(p)) is not None:
                    projects.append(part)  # "won the bid for its construction"
        if verb.dep_ == "relcl" and any(c.dep_ == "dobj" and c.lower_ in ("which", "that") for c in _kids(verb)):
            # 'the research project "X", which Henan University undertook': the name after the word "project" (before
            # what the word alone would point back to)
            named = None
            if verb.head.lower_ in lx.PROJECT_ANAPHORS:
                k = verb.head.i + 1 + (verb.head.i + 1 < len(self.doc) and self.doc[verb.head.i + 1].text in QUOTES)
                named = next((ci for ci in [self._mention_at(k)] if self.type(ci) == "Project"), None)
            if named is not None:
                projects.append(named)
            else:
                projects += self.typed([verb.head], {"Project"})  # "the ... project, which State Grid Brazil built"
                # "the X Project, a plant that Y is building in Z": the project the description is of
                described = _appositive_of(verb.head) if self.cl(verb.head) is None else None
                projects += self.typed([described] if described is not None else [], {"Project"})
            subs = self.orgs(_subjects(verb)) or subs
        if _is_passive(verb) and lemma in _GOODS_VERBS:
            # "Jonhon's connectors were supplied to the C919 program", "Hanwei's equipment has been installed in
            # the X project": the maker of the goods takes part
            # ("X's damper, developed in-house ..., was supplied to ...": the subject of the first verb)
            goods = [t for t in _kids(verb) if t.dep_ == "nsubjpass"] or (
                _subjects(verb, passive_ok=True) if verb.dep_ == "conj" else [])
            subs = subs + self.orgs([p for t in goods if self.cl(t) is None for p in _kids(t) if p.dep_ == "poss"])
            # "Plates from Wuyang were used in the Three Gorges Project": the goods' maker after "from"
            subs += self.orgs([p for t in goods if self.cl(t) is None for p in _pobjs(t, ("from", "by"))])
            # "Hydraulic hoists made by X were used in ...": the agent of the participle that describes the goods
            subs += self.orgs([a for t in goods for r in _kids(t) if r.dep_ == "acl" and r.lemma_.lower() in
                               lx.DEVELOP_VERBS for a in _agents(r)])
            for t in goods:
                if self.type(product := self.cl(t)) == "Product":  # its maker, found by the possessive already
                    subs += self._makers_of({product})
                    # "Hengda's FJZ-1000 spacer damper ... was supplied to the X Project": the possessor
                    subs += self.orgs([p for p in _kids(t) if p.dep_ == "poss"])
        partners = self.orgs(_pobjs(verb, ("with",)))
        for o in objs:
            partners += self.orgs(_pobjs(o, ("with",)))
        if lemma in ("finance", "insure", "fund"):
            # "Financed ... by the bank and insured by X, the project has ..."
            # (not a clause with a subject of its own: "..., and the phase is financed by X")
            main = verb.head if verb.dep_ in ("advcl", "conj") and not any(
                c.dep_ in ("nsubj", "nsubjpass") for c in _kids(verb)) else None
            while main is not None and main.dep_ == "conj":
                main = main.head
            # (and "financed partly by a loan from the Bank of Zhengzhou": the lender of the agent's loan)
            backers = self.orgs(_agents(verb)) + [ci for o in _pobjs(verb, ("through",)) + _agents(verb)
                                                   for ci in self.orgs(_pobjs(o, ("from",)))]
            if main is not None:
                # (or its object: "will start the X Project this autumn, financed partly by a loan from Y")
                projects = self.typed(_subjects(main, passive_ok=True), {"Project"}) \
                    or self.typed(_objects(main), {"Project"})
            else:
                # "X financed the Y Project", "the Y Project, which X financed", "the Y Project is funded by X", "the
                # Y Project, co-financed by X": the project the verb's object, antecedent or passive subject names
                projects = self.typed(_objects(verb) + [c for c in _kids(verb) if c.dep_ == "nsubjpass"]
                                      + ([verb.head] if verb.dep_ in ("relcl", "acl") else []), {"Project"})
                if not projects and verb.dep_ == "relcl" and (p := self._project_in_place(verb.head)) is not None:
                    projects = [p]  # "the X Park Phase I in Xinye, which is co-financed by Y"
                if not _is_passive(verb):
                    backers += self._agent_orgs(verb) if verb.dep_ != "relcl" else self.orgs(_subjects(verb))
            for b in dict.fromkeys(backers):
                for p in projects:
                    self.add(b, "participatesIn", p, verb, "finance")
            return
        if projects and lemma in ("join", "enter", "sign") and not subs:
            # "Thirty companies have joined the plan so far, including X and Y"
            subs = self.orgs([p for x in verb.subtree if x.dep_ == "prep" and x.lower_ in ("including", "like")
                              for c in _kids(x) if c.dep_ == "pobj" for p in _conjuncts(c)])
        if lemma in ("sign", "contract") and not projects:
            after = list(self.doc[verb.i + 1:sent_bounds(verb)[1]])
            projects = self.typed(after, {"Project"})[:1]
        if lemma in _GOODS_VERBS and not _is_passive(verb):
            # "delivered the first 24 units to X Co., Ltd. for the Y Project": the firm the goods go to for a project
            # is its owner or builder (only with the project named after "for": "supplied pumps to X" alone is a sale)
            for_projects = self.typed(_clause_pobjs(verb, "for"), {"Project"})
            receivers = self.orgs(_clause_pobjs(verb, "to"))
            for r in receivers if for_projects else []:
                for p in for_projects:
                    self.add(r, "participatesIn", p, verb, "goods-received-for-project")
        # "the X project of the Y Program", "took on the X project under the Y Program": who takes on a project takes
        # part in the programme it belongs to
        projects += [g for o in objs if self.type(self.cl(o)) == "Project"
                     for g in [self._programme_after(o)] if g is not None]
        # "Together with Zhengzhou University, the Company undertook the X project": the partner takes part too
        together = self.orgs(_together_with(verb) + [
            # "With the university, the company is also undertaking the X project": a partner named before the subject
            p for c in _kids(verb) if c.dep_ == "prep" and c.lower_ == "with" and c.i < verb.i
            and any(s.dep_ in ("nsubj", "nsubjpass") and s.i > c.i for s in _kids(verb))
            for q in _kids(c) if q.dep_ == "pobj" for p in _conjuncts(q)
        ]) if lemma in ("undertake", "complete", "take", "carry", "implement", "launch", "lead", "build", "construct") \
            else []
        for p in dict.fromkeys(projects):
            for s in subs + (partners if lemma in ("sign", "contract") else []) + together:
                self.add(s, "participatesIn", p, verb, "participate-verb")
        if lemma in ("supply", "provide", "ship", "deliver"):
            # "shipped two ball mills for the Toromocho ... project in Peru": equipment sent to a project abroad
            for pt in (t for t in objs + _pobjs(verb, ("for", "to")) + [x for o in objs for x in _pobjs(o, ("for",))]
                       if self.type(self.cl(t)) == "Project"):
                for country in self.typed(_pobjs(pt, ("in",)), {"Place"}):
                    if self._foreign_country(country):
                        for s in subs:
                            self.add(s, "exportsTo", country, verb, "supply-project-abroad")

    def _agent_orgs(self, verb: Token) -> list[int]:
        """The organisations doing ``verb``: its subject, else the subject of the clause it hangs from.

        "Pinggao supplied ..., using its branch as a base to extend its business to Italy": the
        subject of "extend" is found by climbing acl/advcl/xcomp/conj links up to "supplied".
        """
        v = verb
        prev_dep = ""
        for _ in range(5):
            subs = self.orgs(_subjects(v)) if not _is_passive(v) else []
            if not subs and prev_dep == "xcomp" and _is_passive(v):
                # "X was selected to take part in ...": the one selected does the taking part
                subs = self.orgs([c for c in _kids(v) if c.dep_ == "nsubjpass"])
            if subs:
                return subs
            if _told(v) is not None:
                break  # the object of the verb above does it, and it is no organisation we know
            prev_dep = v.dep_
            nxt = v.head
            if nxt is v:
                break
            if nxt.pos_ in ("NOUN", "PROPN") and v.dep_ in ("acl", "relcl"):
                ci = self.cl(nxt)
                if ci is not None and self.type(ci) in ORG_TYPES:
                    return [ci]
                nxt = nxt.head.head if nxt.dep_ == "pobj" else nxt.head
            if v.dep_ not in ("acl", "advcl", "xcomp", "conj", "relcl", "pcomp", "pobj") and nxt.pos_ not in ("VERB", "AUX"):
                break
            v = nxt
        return []

    def _acquired(self, verb: Token) -> None:
        """ "A acquired B" / "B was bought by A": B becomes A's subsidiary (a change of ownership counts)."""
        def firms(toks: list[Token]) -> list[int]:
            # (goods bought are no firm bought, though their owner stands in for them elsewhere: "buys our couch tops")
            return self.orgs([t for t in toks if self.type(self.cl(t)) not in ("Product", "Project")])
        if _is_passive(verb):
            buyers = self.orgs(_agents(verb))
            bought = firms([c for c in _kids(verb) if c.dep_ == "nsubjpass"])
        else:
            buyers = self._agent_orgs(verb) if verb.dep_ != "relcl" else self.orgs(_subjects(verb))
            bought = firms(_objects(verb))
            if verb.dep_ == "relcl" and any(c.dep_ == "dobj" and c.lower_ in ("that", "which") for c in _kids(verb)) \
                    or verb.dep_ == "relcl" and not _objects(verb):
                bought = self.orgs([verb.head]) or self._orgs_of_noun(verb.head)
        for b in bought:
            for a in buyers:
                self.add(b, "subsidiaryOf", a, verb, "acquired")

    def _founded_firm(self, verb: Token) -> None:
        """ "Henan Investment Group set up Hanxin Sensor Co., Ltd. in 2001": a firm one firm founds is its unit.

        Only one founder, and not "jointly": a joint venture of two is nobody's subsidiary here.
        """
        parents = self._agent_orgs(verb)
        if len(parents) != 1 or any(c.lower_ in lx.COLLAB_WORDS for c in _kids(verb)):
            return
        children = self.orgs(_objects(verb))
        if not children and verb.dep_ == "relcl" and not _objects(verb) and self.cl(verb.head) is None \
                and verb.head.lower_ in lx.SUBSIDIARY_NOUNS:
            # "X GmbH, a sales subsidiary it opened in Germany": the firm the noun describes
            children = self._orgs_of_noun(verb.head)
        for child in children:
            # (and a research institute one firm sets up: "the company set up the LYC Wind Power Bearing Research
            # Institute" is its unit, like an institute it hosts)
            if self.type(parents[0]) == "Company" and self.type(child) in ("Company", "ResearchInstitute"):
                self.add(child, "subsidiaryOf", parents[0], verb, "set-up-by")

    def _markets(self, verb: Token) -> None:
        """ "entered the markets of Japan and India", "has customers in 40 countries, including Germany"."""
        sellers = self._agent_orgs(verb) or self._goods_subject(verb) or self.orgs(
            [p for s_ in _subjects(verb) for p in _kids(s_) if p.dep_ == "poss"]) or self.orgs(
            # "The products of X have entered the markets of ..."
            [p for s_ in _subjects(verb) if s_.lemma_.lower() in lx.GOODS_NOUNS | lx.PRODUCT_HEADS
             for p in _pobjs(s_, ("of",))]) or self.orgs(
            # "Green tea from X has reached buyers in Morocco", "Moxa sticks made by X have found buyers in ..."
            [p for s_ in _subjects(verb) for p in _pobjs(s_, ("from",))]
            + [a for s_ in _subjects(verb) for r in _kids(s_) if r.dep_ == "acl" for a in _agents(r)])
        dests = []
        if verb.lemma_.lower() in ("expand", "extend") and any(o.lemma_.lower() in ("business", "operation", "sale")
                                                               for o in _objects(verb)):
            # "expanded its business to 20 countries ..., including Kyrgyzstan and Algeria"
            dests += [c for t in _pobjs(verb, ("to",)) for x in t.subtree if x.dep_ == "prep" and x.lower_ in
                      ("including", "like") for c in _kids(x) if c.dep_ == "pobj"]
        for o in _objects(verb) + _pobjs(verb, ("into", "to")):
            lemma = o.lemma_.lower()
            if lemma == "market":
                dests += _pobjs(o, ("of", "in")) + [c for c in _kids(o) if c.dep_ in ("compound", "poss")]
                # "expanded into overseas markets such as Japan and South Korea"
                dests += [c for x in _kids(o) if x.dep_ == "prep" and (x.lower_ in ("including", "like") or x.lower_
                          == "as" and x.i > 0 and x.doc[x.i - 1].lower_ == "such") for c in _kids(x) if c.dep_ == "pobj"]
            elif lemma in ("customer", "client", "buyer", "user"):
                places = _pobjs(o, ("in",)) or _pobjs(verb, ("in",))  # "found buyers in Malaysia" (on the verb)
                dests += places + [p for t in places if t.lower_ in ("countries", "markets", "regions", "nations")
                                   for x in t.subtree if x.dep_ == "prep" and x.lower_ in ("including", "like")
                                   for c in _kids(x) if c.dep_ == "pobj" for p in _conjuncts(c)]
        for d in self.typed([p for t in dests for p in _conjuncts(t)], {"Place"}):
            if self._foreign_country(d):
                for s_ in sellers:
                    self.add(s_, "exportsTo", d, verb, "markets")

    def _majority_stake(self, verb: Token) -> None:
        """ "Henan Investment Group holds a 60 percent stake in Huaxin": more than half makes a subsidiary."""
        doc = self.doc
        if not any(o.lemma_.lower() in ("stake", "share", "holding", "interest", "percent") for o in _objects(verb)) \
                and verb.lemma_.lower() in ("own", "hold", "control"):
            # "X owns 80 percent of Y through ...": the words alone, where the parser lost the object
            end = sent_bounds(verb)[1]
            for t in doc[verb.i + 1:min(verb.i + 6, end)]:
                m = re.match(r"^(\d+(?:\.\d+)?)$", t.text)
                if m and t.i + 2 < end and doc[t.i + 1].lower_ in ("percent", "%") and float(m.group(1)) > 50:
                    k = t.i + 2
                    k += 2 if doc[k].lower_ in ("stake", "share") and k + 1 < end and doc[k + 1].lower_ == "in" else 0
                    if doc[k].lower_ == "of":
                        k += 1
                    child = self.R.mention_cluster(doc[k]) if k < end else None
                    for parent in self._agent_orgs(verb) if self.type(child) in ORG_TYPES else []:
                        self.add(child, "subsidiaryOf", parent, verb, "majority-stake")
                    break
        for stake in (o for o in _objects(verb) if o.lemma_.lower() in ("stake", "share", "holding", "interest",
                                                                        "percent")):
            words = [t for t in stake.subtree if t.i <= stake.i]  # "owns 60 percent of X" ends with the noun
            owned = _pobjs(stake, ("in", "of")) + _pobjs(verb, ("in",))
            if verb.dep_ == "relcl" and any(t.lower_ in ("which", "whom") for t in owned):
                owned.append(verb.head)
            # any stake in a project is a part in it: "the X project, in which Y holds a 40 percent stake"
            holders = self.orgs(_subjects(verb)) if verb.dep_ == "relcl" else self._agent_orgs(verb)
            for project in self.typed([t for t in owned if t.lower_ not in ("which", "whom")], {"Project"}):
                for h in holders:
                    self.add(h, "participatesIn", project, verb, "stake-in-project")
            majority = any(t.lower_ in ("majority", "controlling") for t in words)
            for t in words:
                m = re.match(r"^(\d+(?:\.\d+)?)%?$", t.text)
                if m and (t.i + 1 < len(t.doc) and t.doc[t.i + 1].lower_ in ("percent", "per", "%") or t.text.endswith("%")):
                    majority = majority or float(m.group(1)) > 50
            if not majority:
                continue
            owned = _pobjs(stake, ("in", "of")) + _pobjs(verb, ("in",))
            if verb.dep_ == "relcl" and any(t.lower_ in ("which", "whom") for t in owned):
                owned.append(verb.head)  # "Hanxin Sensor Co., Ltd., in which Henan Investment Group holds 51 percent"
            parents = self.orgs(_subjects(verb)) if verb.dep_ == "relcl" else self._agent_orgs(verb)
            for child in self.orgs([t for t in owned if t.lower_ not in ("which", "whom")]):
                for parent in parents:
                    self.add(child, "subsidiaryOf", parent, verb, "majority-stake")

    def _goods_subject(self, verb: Token) -> list[int]:
        """ "its machines have since gone to Singapore and India": goods of an organisation as the subject."""
        nouns = [c for c in _kids(verb) if c.dep_ == "nsubj" and c.pos_ == "NOUN"]
        # "Most of its frames went to ...": the owner of the goods after a share word
        # ("About 60 percent of Bianjing Kite's output now goes to buyers in ...")
        shares = [p for c in _kids(verb) if c.dep_ == "nsubj" and c.lower_ in ("most", "much", "all", "some", "half",
                                                                                 "part", "percent", "%")
                  for p in _pobjs(c, ("of",))]
        if owners := self.orgs([m for s in shares for m in _kids(s) if m.dep_ == "poss"]):
            return owners
        # (a named product counts as goods: 'Its "Xiaoqi" cat treats went on sale in Thailand')
        subs = [c for c in nouns if c.lemma_.lower() in lx.PRODUCT_HEADS or c.lemma_.lower() in lx.GOODS_NOUNS
                or self.type(self.cl(c)) == "Product"
                # "Quanjing's purifiers now go to Kenya": a firm's things in the plural that go abroad are its goods,
                # whatever they are called (not its engineers or its delegation)
                or verb.lemma_.lower() in ("go", "stand") and c.tag_ == "NNS"
                and c.lower_ not in _STAFF_NOUNS | _PEOPLE_PLURALS]
        return self.orgs([m for s in subs for m in _kids(s) if m.dep_ in ("poss", "compound")]) or self.orgs(
            # "Seed drills made by X have found buyers in ...": whatever goods a maker is named for
            [a for s in nouns for r in _kids(s) if r.dep_ == "acl" and r.lemma_.lower() in lx.DEVELOP_VERBS
             for a in _agents(r)])

    def _exports(self, verb: Token) -> None:
        if verb.lemma_.lower() in _GOODS_ABROAD_VERBS:
            # "its machines have gone to Singapore", "Overseas, its machines work in Saudi Arabia and Chile", "Abroad,
            # Fengtai towers stand in Vietnam and Brazil"
            subs = self._goods_subject(verb)
            where = _pobjs(verb, ("to",)) if verb.lemma_.lower() == "go" else _pobjs(verb, ("in",))
            # "Huanyu's guides go to machine builders in Germany and India": where the buyers are
            where += [p for t in where if t.lemma_.lower() in _BUYER_NOUNS for p in _pobjs(t, ("in",))]
            # "went on sale in Thailand"
            where += [q for p in _pobjs(verb, ("on",)) if p.lower_ == "sale" for q in _pobjs(p, ("in",))] + (
                _pobjs(verb, ("in",)) if any(p.lower_ == "sale" for p in _pobjs(verb, ("on",))) else [])
            for d in self.typed(where, {"Place"}):
                for s in subs if self._foreign_country(d) else []:
                    self.add(s, "exportsTo", d, verb, "goods-go-to")
            return
        if _is_passive(verb):
            # ("X's printer-slotter, rolled out last year, has been shipped to Kenya": the first verb's subject)
            things = [c for c in _kids(verb) if c.dep_ == "nsubjpass"] or (
                _subjects(verb, passive_ok=True) if verb.dep_ == "conj" else [])
            things += [p for t in things if t.lower_ in ("most", "much", "all", "some", "part", "half", "percent", "%")
                       for p in _pobjs(t, ("of",))]  # "Most of the cobalt that CMOC produces", "40 percent of"
            # ("The Xuchang-based company, whose machines have been supplied to ...": the firm "whose" is of)
            subs = self.orgs(things) or self.orgs([c for t in things for c in _kids(t) if c.dep_ == "poss"
                                                   and c.lower_ != "whose"]) \
                or self.orgs([c for t in things if t.pos_ == "NOUN" for c in _kids(t)  # "Tianmei candy is exported"
                              if c.dep_ == "compound" and c.text[:1].isupper()]) \
                or [c for t in things if any(x.lower_ == "whose" for x in _kids(t)) and verb.dep_ == "relcl"
                    for c in [self._org_of_noun(verb.head)] if c is not None] \
                or self.orgs([s for t in things for r in _kids(t) if r.dep_ == "relcl" for s in _subjects(r)]) \
                or self.orgs([a for t in things for r in _kids(t) if r.dep_ == "acl" for a in _agents(r)]) \
                or self.orgs([p for t in things if t.lemma_.lower() in lx.GOODS_NOUNS | lx.PRODUCT_HEADS
                              for p in _pobjs(t, ("of",))])  # "The products of Jinyu Ceramics are exported to ..."
            if not subs:
                # "X mainly produces the 6BH-1200 peanut sheller, the product is exported to Sudan": its maker
                made = {p for t in things if t.lower_ in ("it", "product", "products") for p in self._last_products(t)}
                # 'The "Huwei" gown, a product of Piaoan's own research, was exported to Italy': the named product's
                # maker
                subs = self._makers_of(made | set(self.typed(things, {"Product"})))
            if not subs and things and all(t.lower_ in _SHARE_WORDS and not _pobjs(t, ("of",)) for t in things):
                # 'Han: About 60 percent are exported to the United States ...': in an interview's answer, a share of
                # the output with no owner named is the speaker's firm's
                subs = [ci for ci in [self.R.interviewee_org(verb)] if ci is not None]
            if not subs:
                # "the dehydrated garlic granules, onion flakes and carrot dices of the company are sold to ...": whose
                # goods, said after the last of them
                subs = self.orgs([p for t in things for c in _conjuncts(t) for p in _pobjs(c, ("of",))])
            if not subs and any(t.pos_ == "NOUN" and t.tag_ == "NNS" and any(
                    c.dep_ == "det" and c.lower_ == "the" for c in _kids(t)) for t in things):
                # "X is located in ..., it is a ... enterprise, ..., the products are exported to ...": in a run-on
                # sentence the goods are those of the organisation the sentence is about (its first subject)
                start = sent_bounds(verb)[0]
                first = next((t for t in self.doc[start:verb.i] if t.dep_ in ("nsubj", "nsubjpass")
                              and self.orgs([t])), None)
                subs = self.orgs([first]) if first is not None else []
            # ("Copper tubes made by Jinlong Copper Co., Ltd. are exported to Egypt")
        else:
            subs = self._agent_orgs(verb) or self._the_two(verb)  # "Together the two firms export to ..."
            if not subs:
                # "extend its business to ...": the possessor of the object
                subs = self.orgs([c for o in _objects(verb) for c in _kids(o) if c.dep_ == "poss"])
        to = _pobjs(verb, ("to",)) or [p for o in _objects(verb) for p in _pobjs(o, ("to",))] or _clause_pobjs(verb, "to")
        if not to:
            # "are sold to forging plants in Turkey": the parser made "forging" a verb after "to", with the buyers as
            # its object and the countries on it
            for pc in (c for p in _kids(verb) if p.dep_ == "prep" and p.lower_ == "to" for c in _kids(p)
                       if c.dep_ == "pcomp" and c.tag_ == "VBG"):
                buyers = [o for o in _objects(pc) if o.lemma_.lower() in _BUYER_NOUNS]
                to += buyers + (_pobjs(pc, ("in",)) if buyers else [])
            # "shipped distilling lines to fruit brandy makers in Georgia": "to fruit" read as an infinitive, with
            # the buyers as its object
            for vc in (c for c in _kids(verb) if c.dep_ == "advcl" and c.i > verb.i
                       and any(a.dep_ == "aux" and a.lower_ == "to" and a.i == c.i - 1 for a in _kids(c))):
                buyers = [o for o in _objects(vc) if o.lemma_.lower() in _BUYER_NOUNS]
                to += buyers + (_pobjs(vc, ("in",)) if buyers else [])
        if verb.lemma_.lower() in ("supply", "sell") and not to:
            # "supplies engine makers in the United States and India": the buyers are the object
            to = [o for o in _objects(verb) if o.lemma_.lower() in _BUYER_NOUNS]
        # "delivered its E12 to operators in Denmark, Norway and France" ("in" may hang on the verb)
        to += [p for t in to if t.pos_ == "NOUN" for p in _pobjs(t, ("in",))]
        if any(t.lemma_.lower() in _BUYER_NOUNS for t in to):
            # ("sells inserts to carmakers and tooling distributors in Germany": the parser may hang "in" on the goods)
            to += _pobjs(verb, ("in",)) + [p for o in _objects(verb) if self.cl(o) is None for p in _pobjs(o, ("in",))]
        else:
            # "shipped valves to oil and gas fields in Kazakhstan, Iraq and Saudi Arabia": the "in" the parser hangs on
            # the verb right after a destination that names no place or firm says where that destination is (abroad
            # only: "to the port in Tianjin" is no export)
            after = {t.right_edge.i + 1 for t in to if t.pos_ == "NOUN" and self.cl(t) is None}
            to += [p for x in _kids(verb) if x.dep_ == "prep" and x.lower_ == "in" and x.i in after
                   for p in _pobjs(verb, ("in",)) if x.i < p.i and (ci := self.cl(p)) is not None
                   and self.type(ci) == "Place" and self._foreign_country(ci)] if after else []
        # "sold in more than 60 countries, including Germany and Brazil"
        markets = to + _pobjs(verb, ("in",))
        to += [p for t in markets if t.lower_ in ("countries", "markets", "regions", "nations")
               for x in t.subtree if x.dep_ == "prep" and (x.lower_ in ("including", "like") or x.lower_ == "as"
                                                           and x.i > 0 and x.doc[x.i - 1].lower_ == "such")
               for c in _kids(x) if c.dep_ == "pobj" for p in _conjuncts(c)]
        # "supplies gas sensors to Japan's Panasonic": the buyer's country
        to += [c for t in to if self.type(self.cl(t)) in ORG_TYPES for c in _kids(t) if c.dep_ == "poss"]
        if verb.lemma_.lower() in ("sell", "export"):
            # "Senyuan Electric's equipment is now sold in Indonesia", "sells detectors in Germany" (not at home)
            to += [p for p in _pobjs(verb, ("in",)) if p.lower_ not in ("china",)]
        # "ships its products to more than 20 countries, with the United States and Canada as its largest
        # overseas markets"; "... is exported, with India and Brazil among its largest markets"
        market_words = ("market", "destination", "buyer", "customer")
        as_markets = any(x.lemma_.lower() in market_words for c in _kids(verb)
                         if c.dep_ == "prep" and c.lower_ in ("as", "among") for x in c.subtree)
        for w in (c for c in _kids(verb) if c.dep_ == "prep" and c.lower_ == "with"):
            # (also "with Germany and Peru its largest markets", where the parser hangs "markets" on the verb)
            after = self.doc[w.i:min(sent_bounds(w)[1], w.i + 14)]
            if as_markets or any(x.lemma_.lower() in market_words for x in w.subtree) or any(
                    x.lemma_.lower() in market_words and any(c.dep_ == "poss" for c in _kids(x)) for x in after):
                to += [p for c in _kids(w) if c.dep_ == "pobj" for p in _conjuncts(c)]
                # ("with Chile and Peru its largest markets" parsed as the markets' possessors)
                to += [q for c in _kids(w) if c.dep_ == "pobj" and c.lemma_.lower() in market_words
                       for x in _kids(c) if x.dep_ in ("poss", "nmod", "compound") for q in _conjuncts(x)]
        dests = [ci for ci in self.typed(to, {"Place"})]
        if verb.lemma_.lower() == "extend" and not any(o.lower_ in ("business", "operations", "market", "markets")
                                                       for o in _objects(verb)):
            return
        for s in subs:
            for d in dests:
                self.add(s, "exportsTo", d, verb, "export-verb")

    def _located(self, verb: Token) -> None:
        # "sits in Kejing Town in Jiyuan": the town, not the city the town is in
        places = self.typed([p for p in _pobjs(verb, ("in",)) if not (
            p.head.i >= 2 and self.type(self.cl(self.doc[p.head.i - 1])) == "Place" and self.doc[p.head.i - 1].i != verb.i
            and self.doc[p.head.i - 1].dep_ == "pobj")], {"Place"})
        # "which is located in the northeast of Xinxiang City", "in the heart of X": the place after "of"
        places += self.typed([q for p in _pobjs(verb, ("in", "on")) if p.lower_ in _PART_OF_PLACE
                              for q in _pobjs(p, ("of",))], {"Place"})
        # "Phase III of the X Base started production in Lankao": the parser may hang the place on the work begun
        if verb.lemma_.lower() in ("start", "begin", "commence"):
            places += self.typed([p for o in _objects(verb) if o.lemma_.lower() in ("production", "operation",
                                                                                   "operations", "construction")
                                  for p in _pobjs(o, ("in",))], {"Place"})
        # "the zone, where the plant is located"
        if verb.dep_ == "relcl" and any(c.lower_ == "where" for c in _kids(verb)):
            places += self.typed([verb.head], {"Place"})
        # ("runs a 300,000-square-meter brewing park in Dukang Village": a park of its own, not a named one)
        facilities = [o for o in (_of_part(o) for o in _objects(verb)) if o.lower_ in lx.FACILITY_NOUNS
                      or o.lower_ == "park" and self.cl(o) is None]
        if verb.lemma_.lower() in ("move", "relocate", "shift") and facilities:
            places += self.typed(_pobjs(verb, ("to",)), {"Place"})  # "moved its production base to X"
        if verb.lemma_.lower() in ("move", "relocate"):
            # "moved into a new plant in the Y zone"
            facilities += [f for f in _pobjs(verb, ("into", "to")) if f.lower_ in lx.FACILITY_NOUNS]
            if not _objects(verb):
                places += self.typed(_pobjs(verb, ("to", "into")), {"Place"})  # "relocated from X to the Y park"
        # "set up X Co., Ltd. as a wholly-owned subsidiary in the Y zone"
        places += self.typed([p for o in _objects(verb) for x in _kids(o) if x.dep_ == "prep" and x.lower_ == "as"
                              for q in _kids(x) for p in _pobjs(q, ("in",))], {"Place"})
        # "founded X Co., Ltd. (hereinafter referred to as "X") in Y Town": the parser hangs "in Y" on the parenthesis
        places += self.typed([p for o in [verb, *_objects(verb)] for r in _kids(o) if r.dep_ == "parataxis"
                              and r.lemma_.lower() == "refer" for p in _pobjs(r, ("in",))], {"Place"})
        if not places and not facilities:
            return
        if _is_passive(verb):
            subj = [c for c in _kids(verb) if c.dep_ == "nsubjpass"]
            if verb.dep_ == "acl" and (units := self._unit_described(verb.head)):
                # "X, a wholly owned subsidiary of Zhongyuan Sewing located in Xinzheng": the unit is there
                for unit in units:
                    for p in places:
                        self.add(unit, "locatedIn", p, verb, "unit-located-in")
                return
            if verb.dep_ in ("acl", "relcl"):
                subj.append(verb.head)
            if verb.dep_ == "advcl" and not subj and verb.head.dep_ == "parataxis" and verb.head.lemma_.lower() == "refer":
                # 'X Co., Ltd. (hereinafter referred to as "X"), located in Y, is ...': the parser hangs the participle
                # on the parenthesis, which hangs on the name
                subj = [verb.head.head]
            if verb.dep_ == "advcl" and not subj:
                # "Founded in Anyang in 2012, Tianma Drone Co., Ltd. makes drones" (or "... is owned by Y")
                subj = _subjects(verb.head, passive_ok=True)
            things = self.orgs(subj) + self.typed(subj, {"Project"})
            if not things and verb.dep_ == "acl" and verb.head.pos_ == "NOUN":
                # "X is a small and medium-sized enterprise located in Qinghua Town": the firm the noun describes
                things = self._orgs_of_noun(verb.head)
            if verb.lemma_.lower() == "locate":
                things += self.typed(subj, {"Place"})  # "The X Industrial Park, located in Y District"
        else:
            # "is headquartered in Zhengzhou and has plants in Luoyang": the subject of the first verb
            subj = [verb.head if s_.lower_ in ("which", "that") and verb.dep_ == "relcl" else s_
                    for s_ in _subjects(verb, passive_ok=True)]
            # "the X Industrial Park project, which opened on Saturday in Y District": a project too
            # (a project that breaks ground or opens somewhere is there itself, not its owner: "The company's ... Park
            # project broke ground in the Luoyang High-tech Zone")
            opens = verb.lemma_.lower() in ("open", "sit", "start", "begin", "launch", "complete", "break", "top")
            things = self.typed(_objects(verb), {"Project"}) or (self.typed(subj, {"Project"}) if opens else []) \
                or self.orgs(subj)
            if verb.dep_ == "relcl" and any(c.dep_ == "dobj" and c.lower_ in ("which", "that") for c in _kids(verb)):
                if self.cl(verb.head) is None and (described := _appositive_of(verb.head)) is not None \
                        and self.type(self.cl(described)) == "Project":
                    # "the X Project, a plant that Y is building in Yinchuan": the project is there, not its builder
                    things = [self.cl(described)]
                elif self.type(self.cl(verb.head)) == "Project":
                    things = [self.cl(verb.head)]  # "the X Project, which Y is building in Puyang County"
            # "Huayu Spring Co., Ltd., a wholly owned subsidiary that Jinyuan bought in 2019 and that operates in the X
            # Zone": the firm the noun describes (the relative clause may be the second of two)
            rel = verb.head if verb.dep_ == "conj" and verb.head.dep_ == "relcl" else verb
            if rel.dep_ == "conj" and any(c.lower_ == "that" and c.dep_ == "nsubj" for c in _kids(verb)):
                # ("... a subsidiary that Jinyuan bought in 2019 and that operates in ...": the parser may hang the
                # second "that" clause on the main verb; it goes with the relative clause before it)
                rel = next((t for t in reversed(self.doc[sent_bounds(verb)[0]:verb.i]) if t.dep_ == "relcl"), rel)
            if not things and rel.dep_ == "relcl" and self.cl(rel.head) is None \
                    and rel.head.lower_ in lx.COMPANY_DESCRIPTORS | lx.SUBSIDIARY_NOUNS \
                    and any(c.lower_ in ("that", "which") and c.dep_ == "nsubj" for c in _kids(verb)):
                things = self._orgs_of_noun(rel.head)
            if not things and verb.dep_ == "relcl" and any(s_.lemma_.lower() in lx.FACILITY_NOUNS and any(
                    c.lower_ == "whose" for c in _kids(s_)) for s_ in subj):
                # "a Nanyang-based insulator maker whose main plant sits in Tanghe County": the maker's plant
                things = self._orgs_of_noun(verb.head)
            if verb.lemma_.lower() in ("set", "establish", "found", "form", "register", "create", "open"):
                # "set up X Co., Ltd. as a subsidiary in the Y zone", "set up its sales subsidiary, X GmbH, in
                # Hungary": the place is the new firm's
                new = self.orgs([a for o in _objects(verb) for a in [o, *(c for c in _kids(o) if c.dep_ == "appos")]
                                 if self.type(self.cl(a)) in ORG_TYPES])
                if not new and verb.dep_ == "relcl" and self.cl(verb.head) is None \
                        and verb.head.lower_ in lx.SUBSIDIARY_NOUNS | lx.COMPANY_DESCRIPTORS \
                        and all(o.lower_ in ("which", "that") for o in _objects(verb)):
                    # "X GmbH, a sales subsidiary it opened in Germany in 2022", "a unit that the Company set up in
                    # Tanzania": the new firm the noun describes is there, not the one that opened it
                    new = self._orgs_of_noun(verb.head)
                if new:
                    things = new
            # "It also runs two factories in Nigeria": places attach to the facility object
            for o in facilities:
                places += self.typed(_pobjs(o, ("in",)), {"Place"})
                # "in Miskolc, Hungary": a foreign city is no place here, its country is
                places += self.typed([c for pl in _pobjs(o, ("in",)) if self.cl(pl) is None
                                      for c in _kids(pl) if c.dep_ in ("appos", "conj")], {"Place"})
        # "X, whose headquarter is located in Changyuan City, ...": the seat
        seat = _is_passive(verb) and any(c.dep_ == "nsubjpass" and c.lemma_.lower() in ("headquarter", "headquarters")
                                         for c in _kids(verb))
        for t in things:
            for p in places:
                self.add(t, "headquarteredIn" if seat and self.type(t) in ORG_TYPES else "locatedIn", p, verb,
                         "located-verb")

    def _collaborates(self, verb: Token) -> None:
        words = {c.lower_ for c in _kids(verb)} | {c.lower_ for o in _objects(verb) for c in o.subtree}
        if verb.lower_.startswith("co-"):
            words.add("jointly")  # "co-developed" (one token: kg.nlp.pipeline)
        lemma = verb.lemma_.lower()
        # "joined hands with X", "is working with X on ...", "developed ... in cooperation with X",
        # "With technical support from X, Y has mastered ..."
        helpers = []
        if lemma == "join" and any(o.lower_ == "hands" for o in _objects(verb)) or lemma == "work" and not _is_passive(verb):
            helpers += _pobjs(verb, ("with",))
        helpers += [w for p in _pobjs(verb, ("in",)) if p.lemma_.lower() in ("cooperation", "collaboration",
                    "partnership", "conjunction") for w in _pobjs(p, ("with",))]
        helpers += [f for p in _pobjs(verb, ("with",)) if p.lemma_.lower() in ("support", "help", "assistance")
                    for f in _pobjs(p, ("from",))]
        doers = (self._agent_orgs(verb) if not _is_passive(verb) else self.orgs(_agents(verb)) or self.orgs(
            [p for a in _agents(verb) for p in _kids(a) if p.dep_ == "poss"])) if helpers else []
        # "It was designed by the company's own engineers with help from Yanshan University"
        for a in doers:
            for b in self.orgs(helpers):
                self.add(a, "collaboratesWith", b, verb, "works-with")
        if lemma in ("cooperate", "collaborate", "partner", "team") or lx.COLLAB_WORDS & words:
            # a passive participle's head is what was made, not a maker ("a laboratory jointly set up by A and B")
            made = verb.dep_ in ("acl", "relcl") and any(c.dep_ == "agent" for c in _kids(verb))
            subs = self.orgs(_subjects(verb)) if not made else []
            if not subs and not made:
                subs = self._the_two(verb)  # "The two sides agreed to jointly build ...", "They will jointly run ..."
            # "runs a joint laboratory with X"
            partners = self.orgs(_pobjs(verb, ("with",)) + [p for o in _objects(verb) if "joint" in
                                                           {c.lower_ for c in _kids(o)} for p in _pobjs(o, ("with",))])
            if verb.dep_ in ("acl",) and not subs and not made:
                subs = self.orgs([verb.head])  # not "a laboratory jointly set up by A and B": that is what they made
            # "the laboratory, based at institute A and built jointly with B": A built it with B
            subs = [next((k[2] for k, r in self.out.items() if k[0] == s_ and r.rule == "based-at"
                          and r.sentence_start == sent_bounds(verb)[0]), s_) for s_ in subs]
            for s in subs:
                for p in partners:
                    self.add(s, "collaboratesWith", p, verb, "with-partner")

            if _is_passive(verb):
                subs = subs + self.orgs(_agents(verb))  # "was jointly set up by A and B"
            if len(subs) > 1:
                self._all_together(subs, verb, "jointly-subjects")
        # "Under the agreement, Yutong and Mowasalat will build an assembly plant": partners acting together
        if lemma in ("build", "establish", "set", "develop", "launch", "open", "form", "create", "invest") and any(
                t.lemma_.lower() in ("agreement", "partnership", "cooperation", "joint") for t in verb.sent):
            subs = self.orgs(_subjects(verb))
            self._all_together(subs, verb, "agreement-subjects")
        # "set up a research center with Zhengzhou University": establishing something together
        if lemma in ("set", "establish", "found", "build", "launch", "create", "open", "form", "develop", "design",
                     "produce") and not _is_passive(verb) and _objects(verb):
            for a in self._agent_orgs(verb):
                for b in self.orgs(_pobjs(verb, ("with",)) + [p for o in _objects(verb) for p in _pobjs(o, ("with",))]):
                    self.add(a, "collaboratesWith", b, verb, "set-up-with")
        agreements = [o for o in _objects(verb) if o.lower_ in _AGREEMENT_NOUNS]
        if lemma == "sign" and _is_passive(verb) and any(c.lower_ in _AGREEMENT_NOUNS
                                                          for c in _kids(verb) if c.dep_ == "nsubjpass"):
            # "A strategic cooperation agreement was signed on Tuesday between A and B"
            # "between" may be parsed as the agent
            between = _clause_pobjs(verb, "between") + [p for a in _kids(verb) if a.dep_ == "agent"
                                                        and a.lower_ == "between" for c in _kids(a)
                                                        if c.dep_ == "pobj" for p in _conjuncts(c)]
            self._all_together(self.orgs(between), verb, "agreement-between")
        if lemma == "sign" and agreements:
            subs = self._agent_orgs(verb)
            self._all_together(subs, verb, "signed-agreement")
            # "It signed a cooperation agreement with Zhengzhou University"
            # "signed a memorandum of understanding with X": "with" may hang anywhere in the agreement's phrase
            partners = self.orgs(_pobjs(verb, ("with",)) + [p for o in agreements for x in o.subtree if x.dep_ == "prep"
                                                          and x.lower_ == "with" for p in _pobjs(x.head, ("with",))])
            if not partners:
                # "signed an agreement with Thailand's Siam Grain Foods Co., Ltd. to ...": the parse lost the object
                # of "with"; the name right after it
                partners = [c for x in [*_kids(verb), *(t for o in agreements for t in o.subtree)]
                            if x.lower_ == "with" and not any(c.dep_ == "pobj" for c in _kids(x))
                            for c in [self._name_after(x.i + 1)] if c is not None]
            for a in subs:
                for b in partners:
                    self.add(a, "collaboratesWith", b, verb, "agreement-with")
            # "signed an agreement with A and B to set up a plant": A and B join in the same venture
            if len(partners) > 1 and any(t.dep_ in ("xcomp", "advcl", "acl", "relcl") and t.lemma_.lower() in
                                         ("build", "set", "establish", "develop", "form", "create") for t in verb.subtree):
                self._all_together(partners, verb, "agreement-with-partners")

    def _headquarters(self, tok: Token) -> None:
        """ "set up its headquarters in Zhengzhou", "moved its headquarters to Kaifeng"."""
        poss = next((c for c in _kids(tok) if c.dep_ == "poss"), None)
        owners = self.orgs([poss]) if poss is not None else []
        places = self.typed(_pobjs(tok, ("in",)), {"Place"})
        if tok.dep_ == "dobj" and tok.head.pos_ in ("VERB", "AUX"):
            places += self.typed(_pobjs(tok.head, ("in", "to")), {"Place"})
            if not owners:
                owners = self._agent_orgs(tok.head)
        for o in owners:
            for p in places:
                self.add(o, "headquarteredIn", p, tok, "headquarters-in")

    def _own_product(self, tok: Token) -> None:
        """ "Its best-known product, Shuanghui ham sausage, ...": the possessor makes the named product; so for "The
        X valve, the company's latest product, ..." and "The X gown, a product of Piaoan's own research (with Y)"."""
        poss = next((c for c in _kids(tok) if c.dep_ == "poss"), None)
        partners: list[Token] = []
        clause_makers: list[int] = []  # (who did what the description hangs on, when no one possesses it)
        if poss is None and tok.lemma_.lower() in ("product", "fruit", "result", "outcome"):
            # ("a product of eight years of research by Zhongliu's Flow Measurement Research Institute")
            work = [q for p in _pobjs(tok, ("of",)) for q in [p, *_pobjs(p, ("of",))] if q.lemma_.lower() in _RESEARCH_NOUNS]
            # ("a product of the research of Hengrun's Separator Research Institute and Henan Normal University")
            # ("a product of Jiafa's eight years of research": the possessor may sit on the span of time)
            spans_of_time = [p for p in _pobjs(tok, ("of",)) if work and p not in work]
            poss = next((c for w in work + spans_of_time for c in [*(x for x in _kids(w) if x.dep_ == "poss"),
                                                                  *_pobjs(w, ("by", "of", "at"))] if c not in work),
                        None) or next(iter(_pobjs(tok, ("by",)) if work else []), None)
            if poss is None and work and tok.dep_ == "appos":
                # "Huaiyuan's ... process, a product of three years of joint research with X": the product's owner
                poss = next((c for c in _kids(tok.head) if c.dep_ == "poss"), None)
            partners = [q for w in work for q in _pobjs(w, ("with",))]
            verb = tok.head
            if tok.dep_ == "appos" and verb.dep_ == "pobj" and verb.head.head.pos_ == "VERB":
                verb = verb.head.head  # (hung on the date: "unveiled X in May, a product of ...")
            if poss is None and partners and tok.dep_ in ("npadvmod", "appos") and verb.pos_ == "VERB" \
                    and verb.lemma_.lower() in lx.DEVELOP_VERBS:
                # "X unveiled the Y vehicle in March, a product of three years of research with Z": who unveiled it
                clause_makers = self._agent_orgs(verb)
            if poss is not None and poss.dep_ == "pobj":
                partners += [c for c in _conjuncts(poss) if c is not poss]  # "the research of A and B"
        if poss is None and not clause_makers:
            return
        # ("its main products, A, B and C, ...": every one of a listed apposition)
        appos = [x for c in _kids(tok) if c.dep_ == "appos" for x in _conjuncts(c)]
        if tok.dep_ in ("nsubj", "attr") and tok.head.lemma_ == "be":
            # "Its best-selling product abroad is Lvkang", "Lvkang is the firm's flagship product": the other side
            # of the copula ("its main products are A, B and C", which the parser may split between the copula and an
            # apposition of "products")
            # (or between the other side and its own apposition: "are A, B and C" read as A with the apposition "B
            # and C")
            sides = [c for c in _kids(tok.head) if c.dep_ == ("attr" if tok.dep_ == "nsubj" else "nsubj")]
            # (and what "including" lists after a kind of goods: "its main products are wiper systems, including A")
            # (a long list may come strung out as appositions of appositions: "are A, B, the C series and D")
            appos += [x for c in sides for x in _listed(c) if x not in appos]
            appos += [x for c in sides for i in _kids(c) if i.dep_ == "prep" and i.lower_ == "including"
                      for p in _kids(i) if p.dep_ == "pobj" for x in _conjuncts(p) if x not in appos]
        if not appos and tok.dep_ == "pobj" and tok.head.lower_ == "of" and (
                tok.head.head.like_num or tok.head.head.lower_ in ("some", "several", "all", "many", "most")):
            # "three of the Company's brands: the A series, the B noodle cup and the C noodles": the list that
            # stands beside the share
            appos = [x for c in _kids(tok.head.head) if c.dep_ == "appos" for x in _conjuncts(c)]
        doc = self.doc
        if not appos and tok.i + 2 < len(doc) and doc[tok.i + 1].text == ",":
            # the parser may not hang the description on the noun: the first noun phrase after the comma
            end = min(sent_bounds(tok)[1], tok.i + 8)
            appos = [t for t in doc[tok.i + 2:end] if t.pos_ in ("NOUN", "PROPN") and t.head.i != t.i + 1][:1]
        # "X's newest product, a single-use endoscope called RK-Scope 1, ...": the name of the description
        named = [n for a in appos if self.cl(a) is None for n in [self._named(a)] if n is not None]
        described = self.typed([tok.head], {"Product"}) if tok.dep_ == "appos" else []
        if tok.dep_ == "attr" and tok.head.lemma_ == "be" and poss is not None and poss.dep_ == "pobj":
            # '"Cocoa Heart" filled chocolate is the fruit of cooperation research of Qiaoyuan and X', "The product is
            # the result of three years of joint research by A and B": the copula's subject
            subjects = [c for c in _kids(tok.head) if c.dep_ == "nsubj"]
            described = self.typed(subjects, {"Product"}) + [r for c in subjects if self.cl(c) is None
                                                            for r in [self._last_product(c)] if r is not None]
        if not described and not appos and tok.i >= 3 and doc[tok.i - 1].lower_ in ("a", "an") \
                and doc[tok.i - 2].text == ",":
            # "X mass-produced the KT-A1 anode material in 2024, a product of its joint research with Y", however the
            # parser hung the description: the product named last before the comma, in the same sentence
            s0 = sent_bounds(tok)[0]
            before = [(m.end, ci) for ci, cl in enumerate(self.clusters) if cl.type == "Product"
                      for m in cl.mentions if s0 <= m.start and m.end <= tok.i - 2]
            described = [max(before)[1]] if before else []
        makers = clause_makers or self.orgs([poss])
        for maker in makers + [m for m in self.orgs(partners) if m not in makers]:
            for product in self.typed(appos, {"Product"}) + named + described:
                self.add(maker, "developed", product, tok, "own-product")
        if partners:
            # "a product of the Company's research partnership with Zhengzhou University": the two work together
            self._all_together(makers + self.orgs(partners), tok, "joint-research-product")

    def _development_noun(self, tok: Token) -> None:
        """ "Kaili completed the R&D of a KV-8 gate valve", "X led the development of Y with Z", "X's development
        of Y": who does the development made the product."""
        products = self.typed([c for p in _pobjs(tok, ("of",)) for c in _conjuncts(p)], {"Product"})
        if not products:
            return
        makers = self.orgs([c for c in _kids(tok) if c.dep_ == "poss"]
                           # "the R&D of X by A and B" ("by" on the noun or on the product)
                           + [q for p in _pobjs(tok, ("by",)) + [b for o in _pobjs(tok, ("of",)) for b in _pobjs(o, ("by",))]
                              for q in _conjuncts(p)])
        verb = tok.head
        if not makers and tok.dep_ == "dobj" and verb.lemma_.lower() in _DO_VERBS and not _is_passive(verb):
            makers = self._agent_orgs(verb)
        # (the parser hangs "with Z" on the verb, the noun or the product)
        partners = self.orgs(_pobjs(tok, ("with",)) + (_pobjs(verb, ("with",)) if tok.dep_ == "dobj" else [])
                             + [q for p in _pobjs(tok, ("of",)) for q in _pobjs(p, ("with",))])
        for m in makers + [p for p in partners if p not in makers] if makers else []:
            for product in products:
                self.add(m, "developed", product, tok, "development-of")
        if makers:
            # "The R&D of X by A and B": the two worked together
            self._all_together(makers + [p for p in partners if p not in makers], tok, "development-of-by-both")

    def _noun_relations(self, tok: Token) -> None:
        lower = tok.lower_
        # most nouns name nothing and point at nothing: skip them before any resolution
        end = self.mention_end.get(tok.i)
        if end is None and tok.dep_ != "appos" and lower not in _NOUN_TRIGGERS \
                and not (tok.n_lefts and any(c.dep_ == "poss" for c in tok.lefts)):  # (a possessor comes first)
            return
        # "Henan" and "Weili" in "Henan Weili Co., Ltd.": a word of a name that hangs on another word of it
        if end is not None and tok.dep_ in ("compound", "nmod", "amod") and self.mention_start[tok.i] <= tok.head.i < end \
                and tok.head.i != tok.i and lower not in _NOUN_TRIGGERS \
                and not (tok.n_lefts and any(c.dep_ == "poss" for c in tok.lefts)):  # ("Jonhon's J599 series ...")
            return
        if lower in ("headquarters", "head office", "headquarter"):
            self._headquarters(tok)
        if lower in ("unit", "subsidiary", "arm", "affiliate") and any(c.dep_ == "det" and c.lower_ == "another"
                                                                       for c in _kids(tok)) \
                and not any(c.dep_ in ("poss", "compound", "nmod") or c.dep_ == "prep" and c.lower_ in ("of", "under")
                            for c in _kids(tok)):  # (not "another unit of Shenhuo Co.": its parent is named)
            # "..., while another unit, Henan Feilong New Energy Co., Ltd., is building ...": a unit of the
            # parent of the units named before, else of the article's firm
            # (units named in this sentence or the one before)
            near = previous_sentence_start(tok)
            parents = [k[2] for k, r in self.out.items() if k[1] == "subsidiaryOf" and r.sentence_start >= near]
            parent = parents[-1] if parents else self.R.preceding(tok, ORG_TYPES, "company")
            for child in self._described(tok):
                self.add(child, "subsidiaryOf", parent, tok, "another-unit")
        if tok.lemma_.lower() in ("product", "brand", "model", "flagship", "bestseller", "best-seller") \
                or is_best_seller(tok) \
                or lower in ("fruit", "result", "outcome") and tok.dep_ in ("attr", "appos"):
            # ("X is the fruit of ... research", "The X strain, the fruit of the Company's research with Y, ...")
            self._own_product(tok)  # (also "Its best sellers are X and Y")
        if lower in ("subsidiary", "unit", "arm", "affiliate") and tok.dep_ == "appos" and not any(
                c.dep_ in ("poss", "compound", "nmod") or c.dep_ == "prep" and c.lower_ in ("of", "under")
                or c.dep_ in ("acl", "relcl") and any(a.dep_ == "agent" or a.dep_ == "nsubj" and a.lower_ not in (
                    "that", "which") for a in _kids(c)) for c in _kids(tok)) \
                and not any(c.dep_ == "det" and c.lower_ == "another" for c in _kids(tok)):
            # "Moulds come from X Co., Ltd., a wholly owned subsidiary with a plant in Xinxiang": a unit whose parent
            # goes unsaid is the firm the article is about, as "the company" would be
            parent = self.R.preceding(tok, {"Company"}, "company")
            for child in self._described(tok) if parent is not None else []:
                if child != parent:
                    self.add(child, "subsidiaryOf", parent, tok, "unit-of-the-company")
        if lower in ("subsidiary", "unit", "arm", "branch", "affiliate") and tok.dep_ != "compound":
            # "Its Hong Kong subsidiary, Yuxin International Trading Co., Ltd., handles ...": the unit named beside is
            # in the place its description names
            places = self.typed([c for c in _kids(tok) if c.dep_ in ("compound", "nmod")], {"Place"})
            for child in self.orgs([c for c in _kids(tok) if c.dep_ == "appos"]) if places else []:
                for place in places:
                    self.add(child, "locatedIn", place, tok, "place-unit-named")
        if lower == "venture":
            # "The company ... is a joint venture between A and B": a unit of each
            # (the names may sit inside descriptions: "of the Zhengzhou-based restaurant chain X and the state-owned Y")
            parents = []
            for q in (q for p in _pobjs(tok, ("between", "of")) for q in _conjuncts(p)):
                # (not inside a relative clause: "..., which is in turn controlled by Z" names no parent)
                clauses = [t for t in q.subtree if t.dep_ in ("relcl", "acl") and t.i > q.i]
                stop = min([c.left_edge.i for c in clauses], default=q.right_edge.i + 1)
                inside = [self._mention_at(i) for i in range(q.left_edge.i, stop)]
                parents += [ci for ci in self.orgs([q]) + [m for m in inside if self.type(m) in ORG_TYPES]
                            if ci not in parents]
            for child in self._described(tok) if len(parents) >= 2 else []:
                for parent in parents:
                    self.add(child, "subsidiaryOf", parent, tok, "joint-venture-of")
        ci = own = self.cl(tok)
        if ci is None and tok.dep_ == "appos" and tok.pos_ == "NOUN":
            ci = self.R.mention_cluster(tok.head)
        if ci is None and lower in ("institute", "center", "centre", "laboratory", "lab") and tok.pos_ == "NOUN":
            # "the company's own institute, the Yufeng ... Research Institute": the unit named beside the noun
            ci = next((a for c in _kids(tok) if c.dep_ == "appos"
                       and self.type(a := self.cl(c)) == "ResearchInstitute"), None)
        poss = next((c for c in _kids(tok) if c.dep_ == "poss"), None)
        pc = self.cl(poss)
        t = self.type(ci)
        if ci is not None and pc is not None and pc != ci:
            # "Apple's new iPhone 17 series", "the academy's Institute of Chemistry"
            if t == "Product" and self.type(pc) in ORG_TYPES and (end is not None or lower in lx.PRODUCT_HEADS):
                # (not "our wholly owned subsidiary", an anaphor whose resolution went astray: the possessed word is
                # the product's own name or head)
                self.add(pc, "developed", ci, tok, "possessive-product")
            elif t == "Project" and self.type(pc) in ORG_TYPES and (
                    # ("Phase III of the X Base, our new project with eight lines, started ...": a word for a project
                    # set beside its name says whose it is)
                    poss.pos_ != "PRON" or tok.dep_ == "appos" and lower in _OWN_PROJECT_WORDS
                    and ci == self.R.mention_cluster(tok.head)
                    or (self.R.r._main_subject_org(poss) is not None
                                            or pc == self._first_org_of_sentence(tok))
                    and min(m.start for m in self.clusters[ci].mentions) == self.mention_start.get(tok.i)):
                # "the group's ... production line"; "The group closed that gap when its ... project began ...":
                # "its" with the sentence's own subject to point to, where the project is first named
                self.add(pc, "participatesIn", ci, tok, "possessive-project")
            elif t == "ResearchInstitute" and self.type(pc) in ORG_TYPES:
                self.add(ci, "subsidiaryOf", pc, tok, "possessive-unit")
        doc = self.doc
        # "Henan Yuzhong Steel Pipe Co., Ltd. of Anyang" (``end``: where the mention at ``tok`` ends, read above)
        if ci is not None and t in ORG_TYPES and end is not None and tok.i == end - 1 and end + 1 < len(doc) \
                and doc[end].lower_ == "of" and _FINAL_LEGAL_FORM.search(doc[tok.i].text):
            self.add(ci, "locatedIn", self.R.mention_cluster(doc[end + 1]), tok, "legal-name-of-place")
        # "the Shanghai Institute of Organic Chemistry (SIOC) under the Chinese Academy of Sciences"
        if ci is not None and t in ORG_TYPES and (tok.i + 1 == len(doc) or self.cl(doc[tok.i + 1]) != ci):
            j = tok.i + 1
            if j < len(doc) and doc[j].text == "(":
                j = next((x.i + 1 for x in doc[j:min(j + 10, len(doc))] if x.text == ")"), j)
            if j < len(doc) and doc[j].lower_ == "under":
                k = j + 1 + (j + 1 < len(doc) and doc[j + 1].lower_ == "the")
                if k < len(doc):
                    self.add(ci, "subsidiaryOf", self.cl(doc[k]), tok, "under")
        # "the Guanting Substation project in Qinghai province", "BYD's megafactory in Zhengzhou",
        # "the Bengbu ... Institute in Anhui province"; not "the largest production base in China" (a scope)
        scope = any(c.tag_ == "JJS" or c.lower_ == "first" for c in _kids(tok))
        if not scope and (t in ORG_TYPES | {"Project"} or tok.lower_ in lx.FACILITY_NOUNS and pc is not None):
            owner = ci if t in ORG_TYPES | {"Project"} else pc
            span_end = self.mention_end.get(tok.i, tok.i + 1)
            # ("X, a wholly-owned subsidiary of the Company in Hongqi District": the unit is there)
            owners = (self._unit_described(tok) if t in ORG_TYPES else []) or [owner]
            for p in _pobjs(tok, ("in",)):
                if p.i >= span_end:  # not a place inside the name itself ("first ... line in China")
                    for o in owners:
                        self.add(o, "locatedIn", self.cl(p), tok, "in-place")
        # "X (hereinafter referred to as X), a guzheng maker in Xuchang Village, ...", "X is a guzheng maker in Y": a
        # description of the firm with a Chinese place (not "a leading maker in China", a scope)
        # (a superlative's scope in a county or a district is where the firm is too: "the largest liquor maker in
        # Ruyang" for Ruyang County)
        # (the description noun may resolve to the firm it describes: "X, the largest liquor maker in Ruyang,")
        if tok.lower_ in _DESCRIPTION_NOUNS and tok.dep_ in ("appos", "attr", "npadvmod") \
                and (own is None or tok.dep_ == "appos" and own == ci
                     or tok.dep_ == "attr" and own in self.orgs(_subjects(tok.head))) \
                and (places := [pl for pl in self.typed(_pobjs(tok, ("in",)), {"Place"})
                                if self.clusters[pl].label.lower() not in lx.COUNTRIES and (
                                    not scope or self.clusters[pl].label.lower().endswith(_LOCAL_LEVELS))]):
            owner = self._org_of_noun(tok)
            for pl in places[:1]:
                self.add(owner, "locatedIn", pl, tok, "description-in-place")
        # "X makes truck bodies at a plant in Ningling County", "It makes the material at a 20,000-tonne plant in Y":
        # a plant of no one named, where the maker works, is the maker's
        if tok.lower_ in lx.FACILITY_NOUNS and pc is None and ci is None and tok.dep_ == "pobj" \
                and tok.head.lower_ in ("at", "in") and not scope:
            verb = tok.head.head
            while verb.pos_ not in ("VERB", "AUX") and verb.dep_ in ("dobj", "pobj", "prep", "conj") and verb.head.i != verb.i:
                verb = verb.head
            if verb.lemma_.lower() in lx.DEVELOP_VERBS | {"operate", "run"} and not _is_passive(verb):
                for o in self._agent_orgs(verb):
                    for p in _pobjs(tok, ("in",)):
                        self.add(o, "locatedIn", self.cl(p), tok, "makes-at-a-plant-in")
        # "the company's orders from Kazakhstan and Russia"
        if tok.lemma_.lower() in ("order", "contract") and tok.pos_ == "NOUN" and pc is not None:
            self._exports_to([pc], _pobjs(tok, ("from",)), tok, "orders-from")
        if tok.lemma_.lower() in ("order", "contract") and tok.pos_ == "NOUN":
            self._order_for_project(tok)
        # "the company's exports to Saudi Arabia"
        if tok.lemma_.lower() in ("export", "sale", "shipment", "delivery") and tok.pos_ == "NOUN":
            exporter = pc if pc is not None else next((self.cl(c) for c in _kids(tok) if c.dep_ == "compound"
                                                       and self.type(self.cl(c)) in ORG_TYPES), None)
            for p in _pobjs(tok, ("to",)):
                self.add(exporter, "exportsTo", self.cl(p), tok, "exports-noun")
        # "the Zhengzhou plant of SAIC Motor"
        if tok.lower_ in lx.FACILITY_NOUNS and pc is None:
            owners = self.orgs(_pobjs(tok, ("of",)))
            for c in _kids(tok):
                if c.dep_ in ("compound", "nmod") and self.type(self.cl(c)) == "Place":
                    for o in owners:
                        self.add(o, "locatedIn", self.cl(c), tok, "facility-of")
            # "At the packaging workshop of X Co., Ltd. in Fan County, ...": the owner's plant is in the place
            for p in (_pobjs(tok, ("in",)) if owners and not scope else []):
                for o in owners:
                    self.add(o, "locatedIn", self.cl(p), tok, "facility-of-in")
        # "X's factory in Pecs, Hungary": a foreign city is no place here, its country is
        if tok.lower_ in lx.FACILITY_NOUNS and pc is not None and not scope:
            for p in _pobjs(tok, ("in",)):
                if self.cl(p) is None:
                    for c in self.typed([c for c in _kids(p) if c.dep_ in ("appos", "conj")], {"Place"}):
                        self.add(pc, "locatedIn", c, tok, "facility-in-foreign-city")
        # "Foxconn's Zhengzhou Comprehensive Bonded Zone plant"
        if tok.lower_ in lx.FACILITY_NOUNS and pc is not None:
            for c in _kids(tok):
                if c.dep_ in ("compound", "nmod") and self.type(self.cl(c)) == "Place":
                    self.add(pc, "locatedIn", self.cl(c), tok, "possessive-facility")
        # "Another group unit, China Pingmei Shenma Group Kaifeng Carbon Co., Ltd., produces ...": a unit of the group
        # the article is about
        if lower in ("unit", "subsidiary", "arm", "affiliate") and tok.dep_ in ("nsubj", "appos", "ROOT") \
                and self.R.mention_cluster(tok) is None:
            for c in _kids(tok):
                if c.dep_ == "compound" and c.lower_ in ("group", "company", "parent"):
                    parent = self.R.preceding(tok, ORG_TYPES, c.lower_)
                    for child in self.orgs([a for a in _kids(tok) if a.dep_ == "appos"]) if parent is not None else []:
                        self.add(child, "subsidiaryOf", parent, tok, "group-unit")
        # "X, a joint venture of A and B, ...": A and B set it up together
        if lower == "venture" and any(c.lower_ == "joint" for c in _kids(tok)):
            self._all_together(self.orgs([t for p in _pobjs(tok, ("of", "between")) for t in _conjuncts(p)]), tok,
                               "joint-venture-of")
        # "The Wolong District company found buyers in ...": a firm described by its place is in it
        if tok.lower_ in ("company", "firm", "group", "manufacturer", "maker", "producer", "enterprise") \
                and ci is not None and t in ORG_TYPES and self.R.mention_cluster(tok) is None \
                and any(c.dep_ == "det" and c.lower_ == "the" for c in _kids(tok)):
            for c in _kids(tok):
                if c.dep_ in ("compound", "nmod") and c.pos_ == "PROPN" and self.type(self.cl(c)) == "Place":
                    self.add(ci, "locatedIn", self.cl(c), tok, "place-company")
        # "X, the maker of the FL-3000 gas chromatograph, ..."
        if tok.lemma_.lower() in ("maker", "producer", "manufacturer", "developer", "inventor") \
                and tok.dep_ in ("appos", "attr") and self.R.mention_cluster(tok) is None:
            for product in self.typed(_pobjs(tok, ("of",)), {"Product"}):
                for d in self._described(tok):
                    self.add(d, "developed", product, tok, "maker-of")
        # "The X Project began trial production. Its owner, Y, spent ...": "its" is the project the sentence
        # before was about, not Y itself
        if tok.lemma_.lower() in _PROJECT_ROLES and tok.dep_ in ("nsubj", "nsubjpass") \
                and any(c.dep_ == "poss" and c.lower_ == "its" for c in _kids(tok)):
            prev = self.R.previous_subject(tok, {"Project"})
            for d in self.orgs([c for c in _kids(tok) if c.dep_ == "appos"]) if prev is not None else []:
                self.add(d, "participatesIn", prev, tok, "role-of-project")
        # "The project is being built by X, with Y as general contractor": Y's role is in the project of the clause
        # ("..., with Y as the implementing entity", where the parser may hang "as" on the verb beside "with")
        holder = None
        if _project_role(tok) and tok.dep_ == "pobj" and tok.head.lower_ == "as":
            if tok.head.head.dep_ == "pobj" and tok.head.head.head.lower_ == "with":
                holder = tok.head.head
            elif tok.head.head.pos_ in ("VERB", "AUX"):
                holder = next((h for h in _pobjs(tok.head.head, ("with",)) if h.i + 1 == tok.head.i), None)
        if holder is not None and holder.head.head.pos_ in ("VERB", "AUX"):
            verb = holder.head.head
            projects = self.typed(_pobjs(tok, ("of", "for", "on")) + [c for c in _kids(tok) if c.dep_ == "poss"],
                                  {"Project"}) or self.typed(_subjects(verb, passive_ok=True) + _objects(verb),
                                                             {"Project"})
            for d in self.orgs([holder]):
                for p in projects:
                    self.add(d, "participatesIn", p, tok, "role-of-project")
        # "X is one of the builders of the Y project", "the main contractor for the Y project", "X is the
        # project's EPC contractor", "The project's owner is X"
        # ("X is the general contractor of the Y project")
        if _project_role(tok) and (ci is None or tok.dep_ in ("attr", "appos")):
            pobjs = _pobjs(tok, ("of", "for", "on", "to", "in"))
            # 'the lead unit of the provincial special project "X"': the name after the description (which is no
            # anaphor then, whatever project came before)
            named = {p.i: n for p in pobjs if p.lower_ in lx.PROJECT_ANAPHORS
                     and self.type(n := self._mention_at(p.i + 1 + (p.i + 1 < len(self.doc)
                                                                     and self.doc[p.i + 1].text in QUOTES))) == "Project"}
            projects = self.typed([p for p in pobjs if p.i not in named], {"Project"})  # "partners in the X"
            projects += list(named.values())
            projects += self.typed([c for c in _kids(tok) if c.dep_ == "poss"], {"Project"})
            if not projects and tok.dep_ == "attr" and any(c.dep_ == "poss" and c.lower_ == "its" for c in _kids(tok)):
                # "The X Project is located in the Y Zone, and Z is its implementing entity": the project named before
                # in the sentence, whatever "its" alone would mean
                s0 = sent_bounds(tok)[0]
                projects = next(([pc] for i in range(tok.i - 1, s0 - 1, -1)
                                 if self.type(pc := self._mention_at(i)) == "Project"), [])
            # "X was among the builders of its main fermentation halls", "Y is the lead unit of its construction"
            projects += [pp for p in pobjs if (pp := self._project_part_of(p)) is not None]
            # (read from the surface: the parser may hang "for which" on the subject)
            rel = next((doc[i] for i in range(tok.head.i - 1, max(tok.head.i - 14, 0), -1) if doc[i].lower_ == "which"
                        and doc[i - 1].lower_ in ("for", "of", "on")), None) \
                if not projects and tok.dep_ == "attr" and tok.head.lemma_ == "be" else None
            if rel is not None:
                # "the Y Project in Huojia County, for which X is the EPC contractor": the project named last before
                # "which", wherever the parser hung the clause
                start = sent_bounds(rel)[0]
                projects = self.typed([relative_antecedent(rel)], {"Project"}) or next(
                    ([ci] for i in range(rel.i - 1, start - 1, -1)
                     if self.type(ci := self._mention_at(i)) == "Project"), [])
            if projects and tok.dep_ == "nsubj" and tok.head.lemma_ == "be":
                for d in self.orgs([c for c in _kids(tok.head) if c.dep_ == "attr"]):
                    for p in projects:
                        self.add(d, "participatesIn", p, tok, "role-of-project")
            if projects:
                doers = self._described(tok)
                if not doers and tok.dep_ == "pobj" and tok.head.head.lower_ == "one":
                    one = tok.head.head
                    doers = self.orgs(_subjects(one.head, passive_ok=True)) if one.dep_ == "attr" else []
                for d in doers:
                    for p in projects:
                        self.add(d, "participatesIn", p, tok, "role-of-project")
        # "the self-developed DQ-6 dust suppression system of X": a product of its maker
        if t == "Product" and end is not None and tok.i == end - 1:
            for maker in self.orgs(_pobjs(tok, ("of",))):
                self.add(maker, "developed", ci, tok, "product-of")
        # "shipped transformers to the Karot Hydropower Project in Pakistan": the parser may hang "in" on the verb
        if t == "Project" and end is not None and tok.i == end - 1 and end + 1 < len(doc) and doc[end].lower_ == "in":
            k = end + 1 + (doc[end + 1].lower_ == "the")
            if k < len(doc) and not any(c.dep_ == "pobj" for p in _kids(tok) if p.lower_ == "in" for c in _kids(p)):
                self.add(ci, "locatedIn", self.R.mention_cluster(doc[k]), tok, "project-in-place")
            # "... Project in Sindh Province of Pakistan": a foreign province the scheme leaves out, then its country
            m = k
            while m < min(k + 4, len(doc)) and doc[m].text[:1].isupper() and self.mention_start.get(m) is None:
                m += 1
            if m > k and m + 1 < len(doc) and doc[m].lower_ == "of" and self.mention_start.get(m + 1) == m + 1:
                self.add(ci, "locatedIn", self.R.mention_cluster(doc[m + 1]), tok, "project-in-place")
        # "float glass industrial trials at Luobo"; "the C919 large aircraft program of Commercial Aircraft
        # Corporation of China": the owner of a programme takes part in it
        if t == "Project":
            for owner in self.orgs(_pobjs(tok, ("of",))):
                self.add(owner, "participatesIn", ci, tok, "project-of")
            for p in _pobjs(tok, ("at",)):
                self.add(self.cl(p), "participatesIn", ci, tok, "project-at")
            if ci is not None:
                end = self.mention_end.get(tok.i, tok.i + 1)
                if end < len(doc) - 1 and doc[end].lower_ == "at":
                    self.add(self.cl(doc[end + 1]), "participatesIn", ci, tok, "project-at")

    def _dep_match(self, name: str, toks: list[Token]) -> None:
        noun = toks[0]
        if name == "SUB_BY":
            parent = self.cl(toks[-1])
            if self.type(parent) in ORG_TYPES:
                for c in self._described(noun):
                    self.add(c, "subsidiaryOf", parent, noun, "sub_by")
            return
        if name == "SUB_OF_BARE":
            of = toks[1]
            k = of.i + 1
            if any(c.dep_ == "pobj" for c in _kids(of)) or k >= len(self.doc):
                return
            k += self.doc[k].lower_ == "the"
            parent = self.R.mention_cluster(self.doc[k]) if k < len(self.doc) else None
            if self.type(parent) in ORG_TYPES:
                for c in self._described(noun):
                    self.add(c, "subsidiaryOf", parent, noun, "sub_of")
            return
        if name in ("SUB_OF", "SUB_MOD"):
            # "a joint venture of A and B": each owner is a parent
            heads = _conjuncts(toks[-1]) if name == "SUB_OF" else [toks[-1]]
            if name == "SUB_OF":
                # "a joint venture of A and Japan's B": the parser may join B to the noun
                heads += [c for c in _kids(noun) if c.dep_ == "conj" and c.pos_ == "PROPN"]
            parents = [p for t in heads if self.type(p := self.cl(t)) in ORG_TYPES
                       # a member of an association belongs to it, it is not owned by it
                       and not (noun.lower_ in ("member", "members") and self.type(p) == "Organization")]
            child = self._described(noun) if parents else []
            if name == "SUB_MOD" and toks[-1].lower_ == "whose":
                # "X Holding Limited (...), whose operating subsidiary, Y Co., Ltd., makes ...": the name set beside
                # the noun, not what the parser hung the clause on (X itself)
                child = self.orgs([c for c in _kids(noun) if c.dep_ == "appos"]) or child
            for c in child:
                for parent in parents:
                    self.add(c, "subsidiaryOf", parent, noun, name.lower())
                for place in self._unit_places(noun):
                    self.add(c, "locatedIn", place, noun, "branch-of-place")  # "its subsidiary in Uzbekistan, X"
        elif name == "PARENT":
            if noun.dep_ == "compound":
                noun = noun.head  # "the parent company of A"
            # "B, the parent of A" / "B is the parent company of A"
            for child in self.orgs(_pobjs(noun, ("of",))):
                for p in self._described(noun):
                    self.add(child, "subsidiaryOf", p, noun, "parent-of")
            # "A, whose controlling shareholder is B"
            poss = next((c for c in _kids(noun) if c.dep_ == "poss"), None)
            if poss is not None and poss.lower_ == "whose":
                rel = noun.head
                child = self._org_of_noun(rel.head) if rel.dep_ == "relcl" else None
                parents = self.orgs([c for c in _kids(rel) if c.dep_ in ("attr",)])
                for p in parents:
                    self.add(child, "subsidiaryOf", p, noun, "whose-shareholder")
            elif noun.dep_ == "nsubj" and noun.head.lemma_ == "be":
                # "The controlling shareholder of X is Y"; "The firm's controlling shareholder is Y"
                children = self.orgs(_pobjs(noun, ("of",)))
                if not children and poss is not None and self.type(self.cl(poss)) in ORG_TYPES:
                    children = [self.cl(poss)]
                for child in children:
                    for p in self.orgs([c for c in _kids(noun.head) if c.dep_ == "attr"]):
                        self.add(child, "subsidiaryOf", p, noun, "shareholder-of-is")
            elif poss is not None and self.type(self.cl(poss)) == "Project":
                # "Its owner, X, ..." said of a project: the owner takes part in it
                for p in self._described(noun):
                    self.add(p, "participatesIn", self.cl(poss), noun, "project-owner")
            elif poss is not None:
                child = self.cl(poss)
                parents = self._described(noun)
                if noun.dep_ == "nsubj" and noun.head.lemma_ == "be":
                    # "Its new main shareholder was Henan Information Industry Investment Co., Ltd."
                    parents += self.orgs([c for c in _kids(noun.head) if c.dep_ == "attr"])
                for p in parents:
                    self.add(child, "subsidiaryOf", p, noun, "shareholder")

    def _unit_described(self, parent: Token) -> list[int]:
        """The units a "subsidiary of ``parent``" description is said of ("X, a subsidiary of Y ..."), else []."""
        prep = parent.head
        if parent.dep_ != "pobj" or prep.lower_ not in ("of", "under") or prep.head.lower_ not in lx.SUBSIDIARY_NOUNS \
                or prep.head.dep_ not in ("appos", "attr"):
            return []
        return self._described(prep.head)

    def _described(self, noun: Token) -> list[int]:
        """The organisations a description noun ("a subsidiary of ...") is said of."""
        head = noun.head
        if noun.dep_ == "appos":
            # the name just before the comma is the one described, wherever the parser hung the apposition
            # ("developed by the smelter and China ENFI Engineering Corporation (ENFI), a unit of ...")
            beside = self._set_beside(noun)
            return [c for c in [beside if beside is not None else self._org_of_noun(head)] if c is not None]
        if noun.dep_ == "attr" and any(c.dep_ == "attr" and c.i < noun.i and c.pos_ in ("NOUN", "PROPN")
                                       for c in _kids(head)):
            # "X is a subsidiary of Y (Y'), the listed arm of Z": the second description is Y's, set beside it
            return [c for c in [self._set_beside(noun)] if c is not None]
        if noun.dep_ in ("attr", "oprd", "acomp", "xcomp") or noun.dep_ == "pobj" and head.lower_ in ("as", "of"):
            verb = head if noun.dep_ != "pobj" else head.head
            if verb.pos_ in ("VERB", "AUX"):
                return self.orgs(_subjects(verb, passive_ok=True))
            if verb.lower_ in ("one",):
                return self.orgs(_subjects(verb.head, passive_ok=True)) if verb.dep_ == "attr" else \
                    self._orgs_of_noun(verb.head)
        if noun.dep_ == "compound" and head.i > noun.i:
            return self.orgs([head])  # "Henan Investment Group's subsidiary Huaxin Pump Co., Ltd."
        if noun.dep_ in ("npadvmod", "appos", "dep") and head.lemma_.lower() == "refer" and head.dep_ == "parataxis":
            # 'X Co., Ltd. (hereinafter referred to as X), a subsidiary controlled by Y, ...': the parser hangs the
            # description on the parenthesis, which hangs on the name
            return self.orgs([head.head])
        if noun.dep_ in ("dep", "npadvmod") and head.pos_ in ("VERB", "AUX") and noun.i < head.i \
                and noun.i <= sent_bounds(noun)[0] + 1:
            # "A unit of state-owned X since a 2016 restructuring, the company sells ...": a description set before
            # the clause is its subject's
            return self.orgs(_subjects(head))
        appos = [c for c in _kids(noun) if c.dep_ == "appos"]
        if not appos and noun.dep_ in ("dobj", "dep", "npadvmod") and (beside := self._set_beside(noun)) is not None:
            # "... of X Co., Ltd. (hereinafter referred to as "X"), a wholly-owned subsidiary of the Company, was ...":
            # a description the parser made the object of an earlier parenthesis's verb
            return [beside]
        k = noun.i + 1
        if not appos and self.type(ci := self._mention_at(k)) in ORG_TYPES:
            return [ci]  # "its subsidiary Gongyi X Co., Ltd. has been ...": the name right after the noun
        if not appos and k + 1 < len(self.doc) and self.doc[k].text == "," \
                and (ci := self.R.mention_cluster(self.doc[k + 1])) is not None:
            # "X and its two subsidiaries, A and B, ...": the names set beside the noun, wherever the parser hung them
            root = next((m.root for m in self.clusters[ci].mentions if m.start == k + 1), None)
            if root is not None:
                return [c for c in [ci] + self.orgs(_conjuncts(root)[1:]) if self.type(c) in ORG_TYPES]
        if not appos:
            # "made by our subsidiary in Ruzhou, Ruzhou X Co., Ltd.": the name set beside the noun and its place
            for prep in _kids(noun):
                if prep.dep_ != "prep" or prep.lower_ != "in":
                    continue
                for place in _kids(prep):
                    end = self.mention_end.get(place.i)
                    if place.dep_ == "pobj" and self.type(self.cl(place)) == "Place" and end is not None \
                            and end + 1 < len(self.doc) and self.doc[end].text == "," \
                            and self.type(ci := self._mention_at(end + 1)) in ORG_TYPES:
                        return [ci]
        return self.orgs(appos)


@Language.factory(
    "hk_relations",
    default_config={},
    requires=["doc._.hk_clusters", "token.dep"],
    assigns=["doc._.hk_relations"],
)
def make_relations(nlp: Language, name: str) -> "RelationComponent":
    return RelationComponent(nlp)


class RelationComponent:
    def __init__(self, nlp: Language) -> None:
        self.finder = RelationFinder(nlp)

    def __call__(self, doc: Doc) -> Doc:
        doc._.hk_relations = self.finder(doc)
        return doc
