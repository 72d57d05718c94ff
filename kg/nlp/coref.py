"""The ``hk_coref`` component: one cluster per entity, whatever form the text names it by.

Merges, within one article: forms with the same normalised key ("Henan" / "Henan province",
case variants); acronyms and short forms the text defines in parentheses, including
"(hereinafter referred to as ...)"; "known as ..." and "the trade name of ..."; short names
used later ("Pinggao" for "Pinggao Group Co., Ltd."); surnames used alone. It also resolves
"the company", "the group", "it" and the like for the relation rules.
"""

from __future__ import annotations

import operator
import re
from collections import Counter
from dataclasses import dataclass, field

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from kg.namespace import entity_key
from kg.nlp import lexicon as lx
from kg.nlp.entities import SPANS_KEY, place_short_form
from kg.nlp.spans import (
    QUOTES,
    abbreviates,
    based_follows,
    children,
    forget_children,
    lowercase_words,
    news_outlets,
    not_an_english_word,
    positions,
    previous_sentence_start,
    quote_marks,
    sent_bounds,
    sentence_bounds,
    span_text,
    text_of,
    token_is_place_word,
    tokens,
)

ORG_TYPES = frozenset({"Company", "ResearchInstitute", "University", "GovernmentBody", "Organization"})
_LEGAL_TAIL = lx.LEGAL_TAIL
# ('(hereinafter "Hengrun HK")': the quoted short name may follow the word itself)
_HEREINAFTER = re.compile(r"^\(?\s*(?:hereinafter|hereafter)\s+(?:(?:referred\s+to\s+as|called|the)\s+|(?=[\"\u201c]))",
                          re.I)
# ('(stock code: 603719, hereinafter referred to as ...)', '(formerly X Factory, hereinafter referred to as ...)': a
# stock code or a former name may come first)
_HEREINAFTER_AFTER_CODE = re.compile(r"^(?:stock\s+code|SZSE|SSE|HKEX|SHSE|BSE|formerly|previously)[^;]{0,90}?[,;]\s*"
                                     r"(?:hereinafter|hereafter)\s+(?:referred\s+to\s+as|called|the)\s+", re.I)
# a stock code in a parenthesis after a firm's name: "301587.SZ", "600519.SH", "0700.HK", "SZSE: 002594",
# "stock code 301596"
_STOCK_CODE = re.compile(r"\b\d{4,6}\.(?:SZ|SH|SS|BJ|HK)\b|\b(?:SZSE|SSE|HKEX|SHSE|BSE)\s*:\s*\d{4,6}\b"
                         r"|\b[Ss]tock code:?\s*\d{4,6}\b")
# a quoted brand opening a product's descriptive name (after its model code, if any: 'LX-17 "Lingxi" harmonic reducer')
# ('HB5043XLC "Xuehu" light refrigerated truck': a code without a hyphen, letters and digits)
_QUOTED_BRAND = re.compile(r'^(?:(?:[A-Z0-9][A-Za-z0-9]*(?:[-/][A-Za-z0-9.]+)+|[A-Z]+\d[A-Z\d]*) )?'
                           r'"([A-Z][^"]{0,40})" [a-zA-Z]')
_VOTES = operator.itemgetter(1)
# Type decided by the name's own form outranks a type guessed by the statistical NER.
_TYPE_RANK = {"head": 3, "context": 2, "ner": 1}


def _named_as_unit(span: Span) -> bool:
    """ "X is a wholly-owned subsidiary of Y", "Y owns X": the mention is of a firm said to be another's unit."""
    root = span.root
    head = root.head
    if root.dep_ in ("nsubj", "nsubjpass") and head.lemma_.lower() == "be":
        return any(c.dep_ == "attr" and c.lower_ in lx.SUBSIDIARY_NOUNS for c in children(head))
    # "handled by X Co., Ltd. (X), a wholly-owned subsidiary of the foundry": described as one in apposition
    if any(c.dep_ == "appos" and c.lower_ in lx.SUBSIDIARY_NOUNS for c in children(root)):
        return True
    # (the object, or what the parser took for a second subject after the verb)
    return root.dep_ in ("dobj", "nsubj") and root.i > head.i and head.lemma_.lower() in ("own", "control", "acquire",
                                                                                          "hold")


@dataclass
class Cluster:
    mentions: list[Span] = field(default_factory=list)
    type_votes: Counter = field(default_factory=Counter)
    defined_aliases: set[str] = field(default_factory=set)

    known: str = ""  # canonical name from the known-entities file, if any mention matched it
    known_type: str = ""

    @property
    def type(self) -> str:
        if self.known_type:
            return self.known_type
        # (asked thousands of times per article: the vote is counted again only when the votes changed; the first
        # of equal counts wins, as with Counter.most_common)
        key = tuple(self.type_votes.items())
        cached = self.__dict__.get("_type")
        if cached is not None and cached[0] == key:
            return cached[1]
        voted = max(key, key=_VOTES)[0] if key else "Organization"
        self.__dict__["_type"] = (key, voted)
        return voted

    @property
    def label(self) -> str:
        if self.known:
            return self.known
        # (asked again and again by the relation rules: computed once per state of the mentions)
        key = (len(self.mentions), self.type, len(self.defined_aliases))
        cached = self.__dict__.get("_label")
        if cached is not None and cached[0] == key:
            return cached[1]
        label = self._compute_label()
        self.__dict__["_label"] = (key, label)
        return label

    def _compute_label(self) -> str:
        texts = [span_text(m) for m in self.mentions]
        forms = [t for t in texts if t not in self.defined_aliases] or texts
        if self.type == "Product":
            # '"Yunduo" latex mattress': the quoted brand is the product's name, the words after it describe it (the
            # description stays an alias)
            forms = [b.group(1) if (b := _QUOTED_BRAND.match(f)) is not None else f for f in forms]
        lowered = {f.lower() for f in forms}
        # "Luoyang Xinqianglians" beside "Luoyang Xinqianglian" is a possessive or plural slip, not the name
        forms = [f for f in forms if not (f.lower().endswith("s") and f.lower()[:-1] in lowered)] or forms
        # a name beats a description ("Qiming" over "world's largest diameter vertical shaft boring machine");
        # then the fullest form; a dateline in capitals ("PINGDINGSHAN --") is the last choice
        named = any(_is_name(f) for f in forms)
        return max(forms, key=lambda f: (not named or _is_name(f), not (f.isupper() and len(f) > 4), len(_core(f)),
                                         len(f), -forms.index(f)))

    def aliases(self) -> list[str]:
        label = self.label
        seen: dict[str, str] = {}
        for m in self.mentions:
            text = span_text(m)
            if text.lower() != label.lower():
                seen.setdefault(text.lower(), text)
            if self.type == "Product" and (brand := _QUOTED_BRAND.match(text)) is not None \
                    and brand.group(1).lower() != label.lower():
                # (the brand alone names it too)
                seen.setdefault(brand.group(1).lower(), brand.group(1))
            title = text[len("list of "):] if text.lower().startswith("list of ") else ""
            if self.type == "Award" and len(title) > 4:
                seen.setdefault(title.lower(), title)  # "list of China's top 100 ...": the list's title alone
            code = _leading_code(text)
            if self.type == "Product" and code is not None and code.lower() != label.lower():
                seen.setdefault(code.lower(), code)  # "FY-ST4500 belt": the model code alone names it too
        return sorted(seen.values())


def _leading_code(text: str) -> str | None:
    """The model code a product's longer name opens with, after a brand word if any: "FY-ST4500" of "FY-ST4500 belt",
    "PT-610" of "Huanghe PT-610 desktop computer" (the code alone names the product later)."""
    words = text.split()
    if len(words) >= 2 and _MODEL_CODE.match(words[0]):
        return words[0]
    if len(words) >= 3 and words[0].isalpha() and words[0].istitle() and _MODEL_CODE.match(words[1]):
        return words[1]
    return None


def _is_name(form: str) -> bool:
    """A proper name rather than a lower-case description."""
    return form[:1].isupper() or form[:1].isdigit() and any(ch.isupper() for ch in form)


def _core(name: str) -> str:
    return _LEGAL_TAIL.sub("", name).strip(" ,")


def _core_words(name: str) -> list[str]:
    return re.findall(r"[\w'&-]+", _core(name).lower())


class _Clusters:
    def __init__(self, doc: Doc) -> None:
        self.doc = doc
        self.parent: dict[int, int] = {}
        self.spans: list[Span] = list(doc.spans.get(SPANS_KEY, []))
        self.defined: dict[int, str] = {}
        self.in_parentheses: set[int] = set()  # defined by "Name (ACRONYM)" or "(hereinafter referred to as X)"
        self.unions = 0  # how many merges so far: what the resolver caches about clusters is valid until the next

    def find(self, i: int) -> int:
        while self.parent.get(i, i) != i:
            i = self.parent[i]
        return i

    def union(self, keep: int, other: int) -> None:
        a, b = self.find(keep), self.find(other)
        if a != b:
            self.parent[b] = a
            self.unions += 1


def _span_at(spans: list[Span], start: int, end: int) -> int | None:
    for n, s in enumerate(spans):
        if s.start == start and s.end == end:
            return n
    return None


# Rules that type a name by the words around it (a descriptor, an apposition, a list it stands in):
# more reliable than the statistical NER label, less than the name's own head noun.
_CONTEXT_SOURCES = frozenset({"product-appos", "brand+product", "model-code", "such-as", "person", "government",
                              "proper+list", "proper+project", "product-name", "quoted-appos", "quoted-project",
                              "quoted-brand", "model-name", "called", "ranking"})


def _type_source(span: Span) -> str:
    from kg.nlp.spans import head_type, span_words

    if head_type(span_words(span)) or _LEGAL_TAIL.search(span_text(span)):
        return "head"
    if span.id_ in _CONTEXT_SOURCES:
        return "context"
    return "ner"


def _is_initials(acronym: str, span: Span) -> bool:
    """ "DRC" for "Democratic Republic of the Congo": the capitals of the name, in order."""
    initials = "".join(t.text[0] for t in span if t.text[:1].isupper())
    return acronym.isupper() and 2 <= len(acronym) <= 6 and acronym == initials


def _abbreviates(acronym: str, span: Span) -> bool:
    """ "XJTU" for "Xi'an Jiaotong University" (spans.abbreviates); the legal form gives no letter."""
    return abbreviates(acronym, [t.text for t in span if t.text[:1].isupper() and not _LEGAL_TAIL.search(t.text)])


def _initials_merges(c: _Clusters) -> None:
    """ "XNU" for "Xinyang Normal University" where the text never puts it in brackets: an acronym of three to six
    capitals that are the initials of exactly one organisation's name in the article."""
    spans = c.spans
    orgs = [m for m, sp in enumerate(spans) if len(sp) >= 3 and sp.label_ in ORG_TYPES]
    if not orgs:
        return
    for n, sp in enumerate(spans):
        text = span_text(sp)
        if len(sp) != 1 or sp.label_ not in ORG_TYPES | {"Unknown"} or not (3 <= len(text) <= 6) \
                or not text.isalpha() or not text.isupper():
            continue
        if any(c.find(m) == c.find(n) for m in orgs):
            continue  # already one with its full name (brackets)
        roots = {c.find(m) for m in orgs if _is_initials(text, spans[m])}
        if not roots:
            # (an abbreviation that also takes letters from inside the words: "XJTU", "HAUT")
            roots = {c.find(m) for m in orgs if _abbreviates(text, spans[m])}
        if len(roots) == 1:
            c.union(next(iter(roots)), n)


def _parenthetical_aliases(c: _Clusters) -> None:
    """ "Name (ACRONYM)" and "Name (hereinafter referred to as Short)"."""
    doc = c.doc
    toks = tokens(doc)
    spans = c.spans
    for n, span in enumerate(list(spans)):
        i = span.end
        if i < len(doc) and toks[i].text in QUOTES:
            i += 1  # the "Report on ..." (hereinafter referred to as the "Report")
        if i >= len(doc) or toks[i].text != "(":
            continue
        # ('(hereinafter referred to as "Xingchen" or the "Company", stock code 301596)' runs to 17 words)
        close = next((j for j in range(i + 1, min(i + 28, len(doc))) if toks[j].text == ")"), None)
        if close is None or close == i + 1:
            continue
        if close + 1 < len(doc) and toks[close + 1].text[:1].isupper() and toks[close + 1].pos_ == "PROPN":
            continue  # "the China (Luohe) Food Expo": a name around a parenthesis, not an alias
        if span.label_ == "Place" and not (close == i + 2 and _is_initials(toks[i + 1].text, span)):
            continue  # "Zhengzhou (Henan)": only an acronym of the place's own words names the place

        inner = doc[i + 1:close]
        if re.search(r"""\bthe ["\u201c]?(?:Company|Issuer)\b""", inner.text) and span.label_ in ORG_TYPES:
            # '(... or the "Company")': a press release defines what "the Company" means in it (a prospectus,
            # what "the Issuer" means)
            doc.user_data["hk_the_company"] = n
        elif _STOCK_CODE.search(inner.text) and span.label_ in ORG_TYPES and "hk_the_company" not in doc.user_data:
            # '("Hengrun", 301587.SZ)': the listed firm an announcement or an investor Q&A is about
            doc.user_data["hk_listed_issuer"] = n
        m = _HEREINAFTER.match(inner.text) or _HEREINAFTER_AFTER_CODE.match(inner.text)
        if m and inner[0].lower_ in ("formerly", "previously") and span.label_ in ORG_TYPES:
            # '(formerly X Factory, hereinafter referred to as "Y")': the former name is the firm's too
            former = _span_at(spans, inner.start + 1, next((t.i for t in inner if t.text == ","), inner.end))
            if former is not None and spans[former].label_ in ORG_TYPES | {"Unknown"}:
                c.defined[former] = spans[former].text
                c.union(n, former)
        if m:
            inner = doc.char_span(inner.start_char + m.end(), inner.end_char, alignment_mode="contract") or inner
        quoted = len(inner) > 2 and inner[0].text in QUOTES
        while len(inner) and (inner[0].text in QUOTES or inner[0].lower_ in ("the", "formerly", "previously", "now",
                                                                               "also", "or", "former")):
            inner = inner[1:]  # "(formerly Henan Songhe Gourmet Powder Co., Ltd.)"
        if len(inner) >= 3 and inner[-2].lower_ in ("for", "in") and inner[-1].lower_ == "short":
            inner = inner[:-2]  # '("Zhongliu" for short)'
        if quoted:
            # '("Tianrui Rail" or the "Company", 301276.SZ)': the first quoted form is the short name
            close_q = next((t.i for t in inner if t.text in QUOTES), None)
            if close_q is not None and close_q < inner.end - 1:
                inner = doc[inner.start:close_q]
        while len(inner) and inner[-1].text in QUOTES:
            inner = inner[:-1]
        if not len(inner) or len(inner) > 6 or inner[0].like_num or any(t.ent_type_ in ("DATE", "MONEY") for t in inner):
            continue
        if not any(t.text[:1].isupper() for t in inner):
            continue
        k = _span_at(spans, inner.start, inner.end)
        if k is not None and spans[k].label_ == "Place" and (
                inner.text.lower() in lx.COUNTRIES or inner[-1].lower_ in ("province", "region")):
            continue  # "Nuevo Leon (Mexico)", "Xiangyang (Hubei Province)": where it is, not another name for it
        if k is None:
            overl = [j for j, s in enumerate(spans) if s.start < inner.end and inner.start < s.end]
            for j in overl:
                spans[j] = Span(doc, spans[j].start, spans[j].start, label=spans[j].label_)  # emptied
            spans.append(Span(doc, inner.start, inner.end, label=span.label_))
            k = len(spans) - 1
        else:
            # the acronym takes the type of the name it abbreviates
            spans[k] = Span(doc, inner.start, inner.end, label=span.label_)
        c.defined[k] = spans[k].text
        c.in_parentheses.add(k)
        c.union(n, k)


def _former_name(c: _Clusters, resolver: "Resolver", verb: Token, by_start: dict[int, int]) -> None:
    """ "ZMJ began in 1958 as the Zhengzhou Coal Mining Machinery Factory"; "... was renamed SEG Automotive"."""
    doc = c.doc
    if verb.lower_ in ("renamed", "called"):
        j = verb.i + 1
        j += doc[j].text in QUOTES if j < len(doc) else 0
    else:
        prep = next((p for p in children(verb) if p.dep_ == "prep" and p.lower_ == "as"), None)
        if prep is None:
            return
        j = prep.i + 1 + (prep.i + 1 < len(doc) and doc[prep.i + 1].lower_ == "the")
    k = by_start.get(j)
    if k is None or c.spans[k].label_ not in ORG_TYPES | {"Unknown"}:
        return
    v = verb
    while not any(x.dep_ in ("nsubj", "nsubjpass") for x in children(v)) and v.dep_ in ("conj", "advcl") \
            and v.head.i != v.i:
        v = v.head  # "ZMJ began ... and was handed over"; "Founded in 1956 as X, the company ..."
    subj = next((x for x in children(v) if x.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is not None and subj.lower_ in ("which", "that") and v.dep_ == "relcl":
        subj = v.head  # "XJ Group Corporation, which started in 1970 as Xuchang Relay Factory"
    target = resolver.resolve_token(subj) if subj is not None else None
    if target is None and subj is not None and subj.lower_ in ("which", "who"):
        target = _name_holder(c, resolver, subj)  # "X, which ... and was called Y until 2012"
    if subj is not None and v is not verb and subj.lower_ in lx.COMPANY_DESCRIPTORS and any(
            x.dep_ == "det" and x.lower_ == "the" for x in children(subj)):
        # "Founded in 1958 as X, the company was restructured ...": a firm's history is told of the article's topic,
        # not of the firm the sentence before happened to name
        target = resolver._preceding(subj.i, ORG_TYPES, topic_only=True) or target
    if target is None and subj is not None:
        # the tagger may take an acronym subject ("ZMJ began ...") for a common noun: match its form
        target = next((n for n, sp in enumerate(c.spans) if len(sp) and span_text(sp) == subj.text and n != k), None)
    if target is not None and c.find(target) != c.find(k) and c.spans[target].label_ in ORG_TYPES | {"Unknown"}:
        c.defined[k] = span_text(c.spans[k])
        c.union(target, k)


_FORMER_WORDS = frozenset({"renamed", "began", "started", "founded", "established"})
_NAMING_PARTICIPLES = frozenset({"known", "called", "dubbed", "nicknamed", "marketed", "branded"})


# verbs of a firm's business abroad, after which "as X" gives the name it trades under: "trades overseas as X"
_TRADE_VERBS = frozenset({"trade", "sell", "market", "export", "operate", "do"})
_ABROAD = frozenset({"abroad", "overseas", "internationally"})


def _last_org_before(c: _Clusters, tok: Token, end: int) -> int | None:
    """The organisation named last before token ``end`` in ``tok``'s sentence."""
    s0 = sent_bounds(tok)[0]
    before = [n for n, sp in enumerate(c.spans) if len(sp) and s0 <= sp.start and sp.end <= end and sp.label_ in ORG_TYPES]
    return max(before, key=lambda n: c.spans[n].end) if before else None


def _name_holder(c: _Clusters, resolver: "Resolver", noun: Token) -> int | None:
    """The entity a noun phrase stands for, through "is a ... maker" and appositions."""
    for _ in range(4):
        target = resolver.resolve_token(noun)
        if target is not None:
            return target
        if noun.lower_ in ("which", "that", "who") and noun.head.dep_ == "relcl":
            noun = noun.head.head  # "X, which trades overseas as Y"
            while noun.dep_ == "pobj" and noun.head.dep_ == "prep" and noun.head.head.pos_ == "NOUN":
                noun = noun.head.head  # "a maker of refractory linings for steel ladles that trades ...": the maker
            if noun.lower_ in lx.COMPANY_DESCRIPTORS and any(x.dep_ == "det" and x.lower_ in ("a", "an")
                                                             for x in children(noun)):
                # "X Co., Ltd. (..., stock code: ...), a Zhengzhou-based maker of ... that ...": the description is of
                # the organisation named just before it in the sentence, however the parser hung it
                return _last_org_before(c, noun, noun.left_edge.i)
        elif noun.lower_ in ("which", "who") and noun.i >= 2 and c.doc[noun.i - 1].text == ",":
            # "X Co., Ltd. (hereinafter ...), which sells abroad ...", parsed with no relative clause: the organisation
            # named just before the comma
            return _last_org_before(c, noun, noun.i)
        elif noun.dep_ == "attr" or noun.dep_ == "appos":
            # "X is a Luohe-based maker that sells abroad ...": the subject the description is of
            nxt = noun.head if noun.dep_ == "appos" else next(
                (c for c in children(noun.head) if c.dep_ in ("nsubj", "nsubjpass")), None)
            if nxt is None:
                return None
            noun = nxt
        else:
            return None
    return None


def _trade_name(c: _Clusters, resolver: "Resolver", tok: Token, by_start: dict[int, int]) -> None:
    """ "a maker that sells abroad under the English trade name Breezway", "X, which trades overseas as Y", "Overseas
    buyers know the hoist maker by its English trade name, Minelift", "better known ... by its English brand Z": the
    name a firm trades under abroad is another name of the firm."""
    doc = c.doc
    if tok.lower_ == "as":
        verb = tok.head
        if verb.lemma_.lower() not in _TRADE_VERBS or not any(
                t.lower_ in _ABROAD for t in doc[verb.i + 1:tok.i]):
            return
        j = tok.i + 1
    else:
        if tok.i < 1 or doc[tok.i - 1].lower_ not in ("trade", "english", "brand") or tok.i + 2 >= len(doc):
            return
        j = tok.i + 1 + (doc[tok.i + 1].text == ",")
        verb = tok
        for _ in range(4):
            if verb.pos_ == "VERB" or verb.head is verb:
                break
            verb = verb.head
        if verb.pos_ != "VERB":
            return
    j += j < len(doc) and doc[j].text in QUOTES
    k = by_start.get(j)
    if k is None or not doc[j].text[:1].isupper():
        return
    if verb.lemma_.lower() == "know" and verb.dep_ not in ("acl", "relcl", "advcl"):
        noun = next((x for x in children(verb) if x.dep_ == "dobj"), None)  # "buyers know the hoist maker by ..."
    elif verb.dep_ in ("acl", "advcl") and verb.lemma_.lower() == "know":
        noun = verb.head  # "the largest maker, better known ... by its English brand Silkiva"
    else:
        v = verb
        while not any(x.dep_ in ("nsubj", "nsubjpass") for x in children(v)) and v.dep_ == "conj" and v.head is not v:
            v = v.head
        noun = next((x for x in children(v) if x.dep_ in ("nsubj", "nsubjpass")), None)
    target = _name_holder(c, resolver, noun) if noun is not None else None
    if target is None or c.find(target) == c.find(k):
        return
    # (a short name the tagger typed apart here is typed by its other mentions: "Huiwei Frozen, which trades ...")
    target_text = span_text(c.spans[target])
    label = c.spans[target].label_ if c.spans[target].label_ in ORG_TYPES else next(
        (s.label_ for s in c.spans if len(s) and span_text(s) == target_text and s.label_ in ORG_TYPES), None)
    if label is None:
        return
    if c.spans[k].label_ != label:
        # (the NER may take a coined trade name for a place or a product: it is the firm's name)
        c.spans[k] = Span(doc, c.spans[k].start, c.spans[k].end, label=label)
    c.defined[k] = c.spans[k].text
    c.union(target, k)


def _known_as_aliases(c: _Clusters, resolver: "Resolver") -> None:
    """ "..., known in the industry as "Sanmo"", "Foxconn, the trade name of Hon Hai ..."."""
    doc = c.doc
    spans = c.spans
    by_start = {s.start: n for n, s in enumerate(spans) if len(s)}
    # (the few words these rules start from, found from the LOWER array: no Token is built for the others)
    wanted = {doc.vocab.strings.add(w) for w in _FORMER_WORDS | _NAMING_PARTICIPLES | {"or", "name", "brand", "as"}}
    for i in positions(doc, "LOWER", wanted):
        tok = doc[i]
        if tok.lower_ in ("as", "name", "brand"):
            _trade_name(c, resolver, tok, by_start)
            if tok.lower_ != "name":
                continue
        if tok.lower_ in _FORMER_WORDS and \
                tok.dep_ in ("ROOT", "conj", "relcl", "advcl"):
            _former_name(c, resolver, tok, by_start)
        if tok.lower_ == "called" and tok.dep_ in ("ROOT", "conj") and any(
                c.dep_ == "auxpass" for c in children(tok)) and any(
                t.lower_ == "until" for t in doc[tok.i + 2:sent_bounds(tok)[1]]):
            _former_name(c, resolver, tok, by_start)  # "... and was called X Factory until 2012": its former name
        if tok.lower_ in _NAMING_PARTICIPLES and tok.dep_ in ("acl", "relcl", "advcl"):
            j = tok.i + 1
            end = min(sent_bounds(tok)[1], tok.i + 8)
            with_as = tok.lower_ in ("known", "marketed", "branded")
            while j < end and with_as and doc[j].lower_ != "as":
                j += 1
            if with_as and j >= end:
                # "known to overseas buyers by its English trade name Purecrest": "by ... name" stands where "as"
                # would (a few more words on)
                end = min(sent_bounds(tok)[1], tok.i + 12)
                # (j on the word "name", which the step over "as" below passes, as it passes "as")
                j = next((x for x in range(tok.i + 2, end - 1) if doc[x].lower_ == "name"
                          and doc[x - 1].lower_ in ("trade", "brand", "english", "its", "the")
                          and doc[x + 1].text[:1].isupper()), end)
                if j >= end:
                    continue  # "a city ... known for its oilfield": no "as", no name (not the next sentence's word)
            j += 1 if with_as else 0
            quoted = j < end and doc[j].text in QUOTES
            while j < end and doc[j].text in QUOTES:
                j += 1
            k = by_start.get(j)
            if k is None and quoted and j < end and doc[j].text[:1].isupper():
                # 'marketed as "Songshan"': a quoted name no rule has taken yet
                close = next((t.i for t in doc[j:end] if t.text in QUOTES), None)
                if close is not None and close > j:
                    spans.append(Span(doc, j, close, label="Unknown"))
                    k = len(spans) - 1
            if k is None:
                continue
            noun = tok.head
            if tok.dep_ == "advcl":
                # "Then known as Shuanghui International, the group bought ...": the main clause's subject
                noun = next((c for c in children(tok.head) if c.dep_ in ("nsubj", "nsubjpass")), noun)
            target = resolver.resolve_token(noun)
            while target is None and noun.dep_ == "appos" and noun.head is not noun:
                noun = noun.head  # "the Luoyang-based company, a CNBM subsidiary long known as ..."
                target = resolver.resolve_token(noun)
            if target is None:
                # 'Its KX-7 relay, marketed as "Tiangong"': the model name before the product noun
                target = next((t for x in children(noun) if x.dep_ in ("compound", "nummod", "nmod") and x.i < noun.i
                               and (t := resolver.resolve_token(x)) is not None), None)
            if target is not None and (spans[target].label_ == "Place") != (spans[k].label_ == "Place"):
                # "ZHENGZHOU -- X's newest product, a ... endoscope called RK-Scope 1": climbing the appositions
                # reached the dateline; a place is never another name of a thing or a firm
                target = None
            if target is not None and c.find(target) != c.find(k):
                c.defined[k] = spans[k].text
                c.union(target, k)
        if tok.lower_ == "or" and tok.i >= 2 and doc[tok.i - 1].text == "," and tok.i + 1 < len(doc):
            # "the Dongfanghong, or "East is Red", brand": a translated or alternative name
            j = tok.i + 1 + (doc[tok.i + 1].text in QUOTES)
            k = by_start.get(j)
            left = next((n for n, s in enumerate(spans) if len(s) and s.end == tok.i - 1), None)
            if k is None and j < len(doc) and (doc[j].text[:1].isupper() or doc[j].like_num and j + 1 < len(doc)
                                               and doc[j + 1].text[:1].isupper()):  # ", or 863 Program"
                close = next((t.i for t in doc[j:min(j + 8, len(doc))] if t.text in QUOTES or t.text in (",", ".", ";")), None)
                if close is not None and left is not None and close > j:
                    spans.append(Span(doc, j, close, label=spans[left].label_))
                    k = len(spans) - 1
            if k is not None and left is not None:
                c.defined[k] = spans[k].text
                c.union(left, k)
        if tok.lower_ == "name" and tok.i >= 2 and doc[tok.i - 1].lower_ == "trade" and tok.i + 2 < len(doc) \
                and doc[tok.i + 1].lower_ == "of":
            k = by_start.get(tok.i + 2)
            left = [n for n, s in enumerate(spans) if len(s) and s.end <= tok.i
                    and sent_bounds(s[0])[0] == sent_bounds(tok)[0]]
            if k is not None and left:
                c.union(k, left[-1])


def _key_merges(c: _Clusters) -> None:
    first: dict[str, int] = {}
    # "Wenshan" after "Wenshan Zhuang and Miao Autonomous Prefecture"
    for n, s in enumerate(c.spans):
        if len(s) and (short := place_short_form(s)) and short != span_text(s):
            first.setdefault(entity_key(short, "Place"), n)
    for n, s in enumerate(c.spans):
        if not len(s):
            continue
        key = entity_key(span_text(s), "Place")
        if key in first:
            c.union(first[key], n)
        else:
            first[key] = n


# the last word of an old state works' name: "Xin'an County Abrasives Plant", "Jiaozuo No. 2 Chemical Fiber Factory"
_WORKS_WORDS = frozenset({"plant", "factory", "works", "mill", "mine"})


def _formerly_merges(c: _Clusters) -> None:
    """ "X Co., Ltd., formerly Y Co., Ltd., makes ...": an organisation's former name set beside it."""
    spans = c.spans
    by_start = {s.start: n for n, s in enumerate(spans) if len(s)}
    for n, s in enumerate(spans):
        if not len(s) or s.label_ not in ORG_TYPES or s.end + 2 >= len(c.doc):
            continue
        k = s.end
        if c.doc[k].text == "(":
            # "X Co., Ltd. (X Pet), formerly Y Factory": past the short form in brackets
            close = next((i for i in range(k + 1, min(k + 10, len(c.doc))) if c.doc[i].text == ")"), None)
            k = close + 1 if close is not None and close + 2 < len(c.doc) else k
        k += c.doc[k].text == ","
        if c.doc[k].lower_ not in ("formerly", "previously") or k + 2 >= len(c.doc):
            continue
        # ("formerly the Xin'an County Abrasives Plant": a works named for its county, which the rules took for a place)
        m = by_start.get(k + 1 + (c.doc[k + 1].lower_ == "the"))
        if m is not None and spans[m].label_ == "Place" and spans[m][-1].lower_ in _WORKS_WORDS:
            spans[m] = Span(c.doc, spans[m].start, spans[m].end, label=s.label_)
        if m is not None and spans[m].label_ in ORG_TYPES | {"Unknown"}:
            c.defined[m] = spans[m].text
            c.union(n, m)


def _known_merges(c: _Clusters) -> None:
    """Every form of one known entity is one cluster."""
    first: dict[str, int] = {}
    for n, s in enumerate(c.spans):
        if len(s) and s.kb_id_:
            if s.kb_id_ in first:
                c.union(first[s.kb_id_], n)
            else:
                first[s.kb_id_] = n


_MODEL_CODE = re.compile(r"^(?=[A-Za-z0-9.-]*\d)(?=[A-Za-z0-9.-]*[A-Z])[A-Z0-9][A-Za-z0-9]*-[A-Za-z0-9-]+(?:\.\d+)?$"
                         r"|^[A-Z]{1,4}\d{2,5}[A-Z]{0,2}$"  # "BD-60", "LX300", "KYG-40.5"
                         r"|^[A-Z]{2,4}-(?:[A-Z][a-z]{1,9}|[A-Z]{1,2})$"  # "JX-Neb", "KH-G"
                         r"|^" + lx.VEHICLE_CODE + r"$")


# the nouns Resolver.resolve_anaphor reads as pointing back ("the company", "the project", "the county", ...)
# (the words of a named project's site or stage that "the <word>" points back to: "the base", "the station", "the phase")
_PROJECT_SITES = frozenset({"base", "station", "phase"})
_ANAPHOR_NOUNS = lx.ORG_ANAPHORS | lx.PROJECT_ANAPHORS | _PROJECT_SITES | {"country", "county", "district", "province",
                                                                          "gigafactory", "park", "zone"}
# the nouns that point back to a project ("the project", "the line", "the base", "the station", "the phase")
_PROJECT_WORDS = lx.PROJECT_ANAPHORS | _PROJECT_SITES
# nouns that stand for their possessor when nothing else resolves them ("the company's plant")
_POSSESSED_NOUNS = lx.FACILITY_NOUNS | {"products", "product"}
# every word Resolver.resolve_anaphor has a rule for (with the article's product head nouns)
_ANAPHOR_WORDS = _ANAPHOR_NOUNS | {"we", "our", "us", "i", "my", "me", "it", "its", "issuer", "latter", "former",
                                   "subsidiary"}


def _place_apposition(doc: Doc, end: int) -> bool:
    """Does ", a county-level city of ...", ", a town in ..." follow token ``end - 1``?"""
    k = end
    if k + 2 >= len(doc) or doc[k].text != "," or doc[k + 1].lower_ not in ("a", "an", "the"):
        return False
    return any(t.lower_ in ("city", "county", "district", "town", "township", "village", "prefecture")
               for t in doc[k + 2:min(k + 6, len(doc))])


def _brand_and_noun_merges(c: _Clusters) -> None:
    """ "Tianjiao yarn" for the "Tianjiao aramid-polyester hybrid yarn", "SkyEye system" for the "SkyEye spectrum
    monitoring system", "Cloud wig" for the "Silkiva Cloud lace wig": a product's (or a project's) own name word and
    its head noun, written later as a short form, when one longer name has both."""
    spans = c.spans
    words_of = [span_text(sp).split() for sp in spans]  # (each name's words, split once)
    for n, s in enumerate(spans):
        words = words_of[n]
        if len(s) != 2 and len(words) == 2 and s.label_ == "Product" and _MODEL_CODE.match(words[0]) \
                and words[1].islower():
            # "the HY-1650 folder-gluer" after "the HY-1650 high-speed flexo folder-gluer": a code and its head noun
            longer = {c.find(m) for m, sp in enumerate(spans) if m != n and sp.label_ == "Product"
                      and len(words_of[m]) > 2 and words_of[m][0] == words[0] and words_of[m][-1] == words[1]}
        elif len(s) == 2 and s.label_ in ("Product", "Project") and s[0].text[:1].isupper() and s[1].is_lower:
            head = s[1].lemma_.lower()
            longer = {c.find(m) for m, sp in enumerate(spans) if m != n and len(sp) >= 3 and sp.label_ == s.label_
                      and any(t.text == s[0].text and any(u.lemma_.lower() == head or u.lower_ == head
                                                           for u in sp[t.i - sp.start + 1:]) for t in sp)}
        elif len(s) == 3 and s.label_ == "Product" and s[0].text[:1].isupper() and s[1].is_lower and s[2].is_lower \
                and s[1].is_alpha:
            # "the Yinyi fin foil" for 'the "Yinyi" hydrophilic fin foil': the name word, one of its words and the head
            head, middle = s[2].lemma_.lower(), s[1].lower_
            longer = {c.find(m) for m, sp in enumerate(spans) if m != n and len(sp) >= 4 and sp.label_ == "Product"
                      and sp[-1].lemma_.lower() == head and any(
                          t.text == s[0].text and any(u.lower_ == middle for u in sp[t.i - sp.start + 1:-1])
                          for t in sp)}
        else:
            continue
        if len(longer) == 1 and c.find(n) not in longer:
            c.defined[n] = span_text(s)
            c.union(next(iter(longer)), n)


def _from_quoted_brand(text: str) -> str:
    """A product's name from its quoted brand on, without the model code before it ('LX-17 "Lingxi" reducer')."""
    brand = _QUOTED_BRAND.match(text)
    return text[brand.start(1) - 1:] if brand is not None and brand.start(1) > 1 else text


def _short_form_merges(c: _Clusters) -> None:
    """Short names used later: "Pinggao" / "Pinggao Group" for "Pinggao Group Co., Ltd."."""
    spans = c.spans
    # ('the YJ-5X650 "Qingyun" ... center', later "the Qingyun": a product is short-named by its brand, not its code)
    core = [_core_words(_from_quoted_brand(span_text(s)) if s.label_ == "Product" else span_text(s)) if len(s) else []
            for s in spans]
    longs = [n for n, s in enumerate(spans) if len(s) and s.label_ in ORG_TYPES | {"Product"}
             and (len(core[n]) >= 2 or len(s) >= 2 and (n in c.defined or "-" in span_text(s)))]
    # ("known as Longbai Group", later "Longbai"; "Freeport-McMoRan", later "Freeport")
    org_like = ORG_TYPES | {"Unknown", "Person"}
    org_forms = {" ".join(core[n]) for n, s in enumerate(spans) if len(s) and s.label_ in ORG_TYPES and core[n]}
    # a form the text itself defines ("... Corporation of China, Ltd. (AVIC)") already has its entity,
    # even where another name starts with it ("AVIC Jonhon Optronic Technology Co., Ltd.")
    anchored = {c.find(k) for k in c.in_parentheses}
    # the names of the article's places ("Luyi" of "Luyi County")
    place_names = {sp[0].lower_ for sp in spans if len(sp) >= 2 and sp.label_ == "Place"
                   and sp[-1].lower_ in ("county", "city", "district", "town", "province")}
    long_places = [m for m, sp in enumerate(spans) if len(sp) >= 2 and sp.label_ == "Place"]
    article_places = place_names | {"china"} | {sp[0].lower_ for sp in spans if len(sp) == 1 and sp.label_ == "Place"}
    described_places = {sp[0].lower_ for sp in spans if len(sp) == 1 and sp.label_ == "Place"
                        and _place_apposition(c.doc, sp.end)}
    # "the BD-60 ultra-thin dicing blade" ... "The BD-60": a model code alone is short for the product it opened
    products: dict[str, list[int]] = {}
    branded = set()  # (products whose code follows a brand word: "Qinyin QY-9 practice guzheng")
    for m, sp in enumerate(spans):
        code = _leading_code(span_text(sp)) if sp.label_ == "Product" else None
        if code is not None:
            products.setdefault(code, []).append(m)
            name_words = span_text(sp).split()
            if len(name_words) > 2 and name_words[1] == code:
                branded.add(m)
    # "the QH-HF series of high-frequency copper clad laminates" ... "The QH-HF series": a series named without its
    # goods is short for the one named with them
    series: dict[str, list[int]] = {}
    for m, sp in enumerate(spans):
        if sp.label_ == "Product" and " series of " in (text := span_text(sp)):
            series.setdefault(text.split(" series of ", 1)[0].lower() + " series", []).append(m)
    for n, s in enumerate(spans):
        same_code = products.get(span_text(s), []) if len(s) and s.label_ == "Product" else []
        if len({c.find(m) for m in same_code}) == 1:
            c.union(same_code[0], n)
        same_series = series.get(span_text(s).lower(), []) if series and len(s) and s.label_ == "Product" else []
        if len({c.find(m) for m in same_series}) == 1:
            c.union(same_series[0], n)
    # legal names by their words without the legal form ("herbcare" for "Herbcare Sdn Bhd"), looked up below
    legal_by_core: dict[tuple[str, ...], list[int]] = {}
    for m, sp in enumerate(spans):
        if len(sp) and sp.label_ in ORG_TYPES and _LEGAL_TAIL.search(span_text(sp)):
            legal_by_core.setdefault(tuple(core[m]), []).append(m)
    # each long name's words without a place's name first, from the list or from the article ("Jiuxiang" for
    # "Ruyang Jiuxiang Brewing Machinery Co., Ltd." where the article names Ruyang), and the words after each prefix
    # that names another organisation of the article, its parent ("Kaicheng" for "CITIC HIC Kaicheng Intelligent
    # Equipment Co., Ltd."); made once per long name, as every short form is held against every long name
    long_forms: dict[int, tuple[list[str], list[tuple[str, list[str]]]]] = {}
    government = {m for m in longs if spans[m].label_ == "GovernmentBody"}
    for m in longs:
        lw = core[m]
        long_forms[m] = (lw[1:] if lw and (lw[0] in lx.CHINA_PLACES or lw[0] in article_places) else lw,
                         [(prefix, lw[k:]) for k in range(1, len(lw) - 1) if (prefix := " ".join(lw[:k])) in org_forms])
    for n, s in enumerate(spans):
        # ("Henan Anxun" for "Henan Anxun Busway Co., Ltd.": a province and a coined word, which the NER calls a
        # place, may be a firm's short name too)
        if not len(s) or s.label_ not in org_like and not (s.label_ == "Place" and (len(s) == 1 or len(s) == 2 and (
                token_is_place_word(s[0]) and not token_is_place_word(s[1]) and not_an_english_word(s[1])))):
            continue
        if c.find(n) in anchored:
            continue
        if any(c.find(m) == c.find(n) and m != n for m in long_places):
            # "Zhengyang", already one with "Zhengyang County", is the county, not "Zhengyang Xinda ... Ltd.", whatever
            # the label of this mention (a headline's "Ruyang's baijiu makers" may be read as a person)
            continue
        words = core[n]
        if not words or _LEGAL_TAIL.search(span_text(s)) or len(words) > 4:
            continue
        if len(s) == 1 and token_is_place_word(s[0]):
            continue
        if len(s) == 1 and s.label_ == "Place" and based_follows(c.doc, s.end):
            continue  # "The Linzhou-based company": the city, not short for "Linzhou Heavy Machinery Group Co., Ltd."
        if len(s) == 1 and s[0].lower_ in described_places:
            # "in Ruzhou, a county-level city of Pingdingshan": the city, not short for "Ruzhou Zhongtan ...", in
            # every mention once one of them is described as a city
            continue
        if len(s) == 1 and s[0].lower_ in lowercase_words(c.doc):
            continue  # "Coal's long boom-and-bust cycles": a common word the article also writes in lower case
        # "Herbcare" for "Herbcare Sdn Bhd": a legal name that is these very words and its legal form is what they
        # mean, before any longer name that has them inside ("Baicao Herbcare (Malaysia) Sdn Bhd")
        # (not when another name starts with them: "CMOC" may be short for "CMOC Group Limited" as for "CMOC
        # Limited", and the rules below weigh the two)
        exact = {c.find(m) for m in legal_by_core.get(tuple(words), ()) if m != n and len(spans[m]) > len(s)}
        if len(exact) == 1 and not any(len(core[m]) > len(words) and core[m][:len(words)] == words for m in longs):
            c.union(next(iter(exact)), n)
            continue
        cands = []
        defined_cands = []
        short_text = " ".join(words)
        for m in longs:
            if m == n:
                continue
            if m in government and (s.label_ == "Place" or words[0] in place_names):
                continue  # "Luyi" is the county, not short for the "Luyi County Bureau of Commerce" named after it
            if m in branded:
                continue  # "Qinyin" is the maker, not short for its "Qinyin QY-9 practice guzheng" (a brand before a code)
            if m in c.defined:
                # an alias ("Shuanghui International") is what a shorter form abbreviates only when nothing
                # else is ("better known as Longbai Group", later "Longbai")
                if core[m][: len(words)] == words:
                    defined_cands.append((len(core[m]), m))
                continue
            lw = core[m]
            if len(words) == 1 and len(lw) == 1 and "-" in lw[0] and lw[0].split("-")[0] == words[0]:
                cands.append((1, m))  # "Freeport" for "Freeport-McMoRan"
                continue
            if len(lw) <= len(words):
                if lw == words[: len(lw)] and len(words) == len(lw) + 0:
                    cands.append((len(lw), m))
                continue
            stripped, parents = long_forms[m]
            after_parent = next((rest for prefix, rest in parents if prefix != short_text), [])
            if lw[: len(words)] == words or stripped[: len(words)] == words or after_parent[: len(words)] == words:
                cands.append((len(lw), m))
            elif len(words) == 2 and any(len(form) >= 3 and form[0] == words[0] and words[1] in form[2:]
                                         for form in (lw, stripped)) \
                    and lx.HEAD_TYPES.get(words[1]) in (None, "Company") and s.label_ != "Place":
                # "Wuyang Steel" for "Wuyang Iron and Steel Co., Ltd.": the first word and a later one (after the
                # place: "Yinhe Pipe" for "Henan Yinhe Cast Pipe Group Co., Ltd.")
                cands.append((len(lw), m))
            elif "".join(words) == "".join(lw) + "s":
                cands.append((len(lw), m))
        cands = cands or defined_cands
        if not cands and (s.label_ in ("Unknown", "Company") or s.label_ == "Place" and len(s) == 1
                          and not token_is_place_word(s[0])) and s[0].text[:1].isupper() \
                and s[0].lower_ not in lowercase_words(c.doc) and not any(w in lx.HEAD_TYPES for w in words):
            # "Shenma" for "China Pingmei Shenma Group", "LYC" for "Luoyang LYC Bearing Co., Ltd.": distinctive
            # words from inside one full name, never written in lower case, used alone
            inner = [(len(core[m]), m) for m in longs if m != n and spans[m].label_ in ORG_TYPES and any(
                core[m][k:k + len(words)] == words for k in range(1, len(core[m]) - len(words) + 1))]
            if len({c.find(m) for _, m in inner}) == 1:
                cands = inner
        if cands:
            # a short name points back: a full name first written after it is not what it means ("Chayuan has
            # shipped ... and its subsidiary Chayuan East Africa Ltd. runs ...")
            before = [x for x in cands if spans[x[1]].start < s.start]
            if not before and s.label_ == "Place" and s.start_char >= (c.doc._.hk_headline_end or 0):
                continue  # "in Linzhou, a county-level city of Anyang": a place in the body before any firm named for it
            # the shortest full name that starts with the short form: "Pinggao" -> "Pinggao Group Co., Ltd.";
            # with none written before it (a headline), any of them, ranked as below
            cands = sorted(before) if before else [(0, m) for _, m in cands]
            # but one the article names more often than the shortest is the topic ("Tianhai" for "Hebi Tianhai
            # Electronic ... Co., Ltd.", named again and again, not for its parent "Henan Tianhai ... Group Corp.")
            if len({c.find(m) for _, m in cands}) > 1:
                size = Counter(c.find(k) for k, sp in enumerate(spans) if len(sp) and sp.start < s.start
                               and words[0] in core[k])  # mentions that carry the short form
                top = max(cands, key=lambda x: size[c.find(x[1])])
                if size[c.find(top[1])] >= 2 * max(1, size[c.find(cands[0][1])]):
                    cands = [(0, top[1])]
            best = [m for length, m in cands if length == cands[0][0]]
            roots = {c.find(m) for m in best}
            if len(roots) > 1:
                # "Pinggao" after "Pinggao Group Co., Ltd." and "Pinggao Electric Co., Ltd.": the entity the
                # article is about (named most often, then first) is the one a bare short name means
                size = Counter(c.find(k) for k, sp in enumerate(spans) if len(sp))
                first = {}
                for k, sp in enumerate(spans):
                    if len(sp):
                        first.setdefault(c.find(k), sp.start)
                ranked = sorted(roots, key=lambda r: (-size[r], first[r]))
                roots = {ranked[0]}
                best = [m for m in best if c.find(m) == ranked[0]]
            # the same short form written twice is one entity already (same text); it never joins two full names
            # ("Songyue" ... "its subsidiary Songyue Andes Ltd." ... "Songyue")
            joined = any(c.find(m) == c.find(n) and core[m] != words and m not in c.defined for m in longs if m != n)
            if len(roots) == 1 and c.find(best[0]) != c.find(n) and not joined:
                c.union(best[0], n)
    # possessive typos and plural variants: "Luoyang Xinqianglians" for "Luoyang Xinqianglian"
    by_text: dict[str, int] = {}
    for m, t in enumerate(spans):
        if len(t):
            by_text.setdefault(span_text(t).lower(), m)
    for n, s in enumerate(spans):
        lowered = span_text(s).lower()
        if len(s) and lowered.endswith("s") and lowered[:-1] in by_text:
            c.union(by_text[lowered[:-1]], n)


def _described_before(c: _Clusters) -> None:
    """ "... rolled out the world's largest diameter vertical shaft boring machine. 'Qiming,' the gigantic piece of
    equipment, was ...": a quoted name with a re-description opens the next sentence, so it names the product
    the sentence before described."""
    spans = c.spans
    for n, s in enumerate(spans):
        if not len(s) or s.id_ not in ("quoted-appos", "quoted") or s.label_ != "Product":
            continue
        start = sent_bounds(s[0])[0]
        if s.start - start > 1 or start == 0:
            continue  # only a name that opens its sentence
        if not any(t.lower_ in ("the", "this") for t in c.doc[s.end:s.end + 3]):
            continue  # and is re-described right after: "'Qiming,' the gigantic piece of equipment"
        prev = sent_bounds(c.doc[start - 1])[0]
        before = [m for m, t in enumerate(spans) if len(t) and t.label_ == "Product" and prev <= t.start < start
                  and not _is_name(t.text)]
        if len(before) == 1:
            c.union(n, before[0])


# the generic nouns for a research unit: "the group's R&D center" beside its name, an interviewee's "our research
# institute" (a unit of the firm "our" stands for, named before)
_UNIT_NOUNS = frozenset({"center", "centre", "institute", "laboratory", "lab", "academy"})


def _generic_unit_appositions(c: _Clusters) -> None:
    """ "the Huanghe Kunpeng Computing Research Institute, the group's Zhengzhou-based R&D center": a unit described
    by a generic noun in apposition to its name is that unit (the name stays its label). (A lone generic noun that
    is no span, "the company's own institute, the X Institute", is read by the relation rules.)"""
    spans = c.spans
    by_token = {i: n for n, s in enumerate(spans) if len(s) for i in range(s.start, s.end)}
    for n, s in enumerate(spans):
        if not len(s) or s.label_ != "ResearchInstitute" or s[-1].lower_ not in _UNIT_NOUNS \
                or not all(t.is_lower or t.text in ("R&D", "-") or "-" in t.text for t in s):
            continue
        root = s[-1]
        if root.dep_ == "appos" and root.head.i in by_token:
            other = by_token[root.head.i]  # "X, the group's R&D center"
        else:
            other = next((by_token[a.i] for a in children(root) if a.dep_ == "appos" and a.i in by_token), None)
        if other is not None and other != n and spans[other].label_ == "ResearchInstitute" \
                and _is_name(spans[other].text) and c.find(other) != c.find(n):
            c.union(other, n)


def _is_speaker_label(span: Span) -> bool:
    """Does the one-word span open a paragraph as an interview's speaker label ("Gao: ...")?"""
    doc = span.doc
    return span.end < len(doc) and doc[span.end].text == ":" and (span.start == 0 or "\n" in doc[span.start - 1].text_with_ws)


def _surname_merges(c: _Clusters) -> None:
    spans = c.spans
    # a "person" merged with a firm is a firm's short name ("Tianhai Electronic"), and a word already merged with a
    # firm is that firm's short name ("Tianhai" for "Henan Tianhai Technology Group Corp."): no surnames here
    firms = {c.find(n) for n, s in enumerate(spans) if len(s) and s.label_ in ORG_TYPES}
    people = [n for n, s in enumerate(spans) if len(s) > 1 and s.label_ == "Person" and c.find(n) not in firms]
    # where each speaker label's word first opens a paragraph ("Gao: ..."), the interview's own introduction before it
    first_label: dict[str, int] = {}
    for s in spans:
        if len(s) == 1 and _is_speaker_label(s):
            first_label.setdefault(span_text(s), s.start)
    for n, s in enumerate(spans):
        if len(s) != 1 or s.label_ not in ("Person", "Company", "Place", "Unknown") or token_is_place_word(s[0]):
            continue
        text = span_text(s)
        hits = {c.find(p) for p in people if spans[p][0].text == text or spans[p][-1].text == text}
        if len(hits) > 1 and _is_speaker_label(s):
            # "... spoke with Gao Shuqin, chairwoman of X ... Gao: My father, Gao Fuheng, began ...": an interview's
            # speaker label is the person introduced before the first label of that name, not one the answers name
            hits = {h for h in hits if min(spans[p].start for p in people if c.find(p) == h) < first_label[text]}
        if len(hits) == 1:
            c.union(hits.pop(), n)
            if s.label_ != "Person":
                # ("Wang recalled", typed a firm by a guess): the surname of a person named in full is that person,
                # and votes so (four such guesses would outvote the full name)
                spans[n] = Span(c.doc, s.start, s.end, label="Person", span_id=s.id_)


# verbs of an interview's introduction: "Its chairman talked with Henan Daily about ...", "told the Dahe Daily"
_TALK_VERBS = frozenset({"talk", "speak", "chat", "sit", "tell", "say"})


def _common_noun(tok: Token) -> bool:
    """A common noun, or one of the words a report capitalises as a defined term ("the Company", "the Group", "the
    Project"), which the tagger takes for proper nouns."""
    return tok.pos_ == "NOUN" or tok.pos_ == "PROPN" and tok.lower_ in ("company", "group", "project")


def _talked_to(tok: Token) -> bool:
    """Is ``tok`` whom someone talked with or told ("talked with Henan Daily", "told Dahe Daily"), or who talked with
    someone ("Henan Daily talked with its chairwoman"): the outlet that interviews, not the organisation the person
    speaks for?"""
    if tok.dep_ == "nsubj" and tok.head.lemma_.lower() in _TALK_VERBS - {"say", "tell"} and any(
            c.dep_ == "prep" and c.lower_ in ("with", "to") for c in children(tok.head)):
        return True
    if tok.dep_ == "pobj" and tok.head.lower_ in ("with", "to"):
        verb = tok.head.head
        return verb.lemma_.lower() in _TALK_VERBS or verb.head.lemma_.lower() in _TALK_VERBS and verb.dep_ == "prt"
    return tok.dep_ in ("dobj", "dative") and tok.head.lemma_.lower() == "tell"


class Resolver:
    """Maps a token to the cluster it refers to: inside a mention, or through an anaphor."""

    def __init__(self, doc: Doc, spans: list[Span], find) -> None:
        self.doc = doc
        self.spans = spans
        self.find = find
        self.token_span: dict[int, int] = {}
        for n, s in enumerate(spans):
            for i in range(s.start, s.end):
                self.token_span[i] = n
        # (merge count, rows, roots of organisation clusters): valid until the next merge
        self._rows: tuple[int, list[tuple[int, int, str, str, int, bool]], set[int]] | None = None
        self._body: int | None = None
        self._subjects: list[bool] | None = None
        self._heads: set[str] | None = None
        self._interviewer_set: set[int] | None = None
        self._outlets: set[str] | None = None  # the news outlets' names, lower-cased (_preceding)
        self._speaker_orgs: dict[tuple[int, int], int | None] = {}  # (paragraph start, merges) -> _speaker_org
        self._static: dict[tuple[int, int, int], tuple[int, str, str, bool]] = {}

    def _product_heads(self) -> set[str]:
        """The last words of the article's product names ("blade" of "BD-60 ultra-thin dicing blade")."""
        if self._heads is None:
            self._heads = {sp[-1].lower_ for sp in self.spans if len(sp) >= 2 and sp.label_ == "Product"
                           and sp[-1].is_lower}
        return self._heads

    def cluster_of_span(self, n: int) -> int:
        return self.find(n)

    def resolve_token(self, tok: Token) -> int | None:
        if tok.i in self.token_span:
            return self.find(self.token_span[tok.i])
        return self.resolve_anaphor(tok)

    def _body_start(self) -> int:
        """The first token after the headline."""
        if self._body is None:
            end = self.doc._.hk_headline_end or 0
            self._body = next((t.i for t in self.doc if t.idx >= end), len(self.doc)) if end else 0
        return self._body

    def _version(self) -> int:
        """How many merges the clusters have seen: what is cached about them holds until the next."""
        return getattr(getattr(self.find, "__self__", None), "unions", 0)

    def _table(self) -> list[tuple[int, int, str, str, int, bool]]:
        """(span, start, label, lower-case text, cluster root, has a legal form) of every span, rebuilt after a merge:
        the anaphor rules below scan it again and again."""
        version = self._version()
        if self._rows is None or self._rows[0] != version:
            # (a span's text and legal form read once: a merge changes only the cluster roots, or a span's label)
            static = self._static
            rows = []
            for n, s in enumerate(self.spans):
                if not len(s):
                    continue
                key = (s.start, s.end, s.label)
                row = static.get(key)
                if row is None:
                    text = span_text(s)
                    row = static[key] = (s.start, s.label_, text.lower(), bool(_LEGAL_TAIL.search(text)))
                rows.append((n, row[0], row[1], row[2], self.find(n), row[3]))
            self._rows = (version, rows, {r[4] for r in rows if r[2] in ORG_TYPES})
        return self._rows[1]

    def _preceding(self, before: int, types: frozenset[str] | set[str], *, head_word: str | None = None,
                   salience: bool = True, topic_only: bool = False) -> int | None:
        """The entity an anaphor before token ``before`` means: the article's most-named candidate, else the nearest."""
        count: Counter = Counter()
        first: dict[int, int] = {}
        last: dict[int, int] = {}
        # (not a name in the headline, which is title case and may be no entity at all)
        body = self._body_start()
        rows = [r for r in self._table() if body <= r[1] < before or before <= body]
        # "the group" means a Group when the article names one, "the academy" an Academy
        named = head_word is not None and any(label in types and head_word in text for _, _, label, text, _, _ in rows)
        # (an outlet reports: "it", "we" or "the company" never means one)
        if self._outlets is None:
            self._outlets = {o.lower() for o in news_outlets(self.doc)}
        outlets = self._outlets
        for _, start, label, text, root, _ in rows:
            if label not in types or text in outlets:
                continue
            if head_word and head_word not in text and (named or head_word not in lx.COMPANY_DESCRIPTORS):
                continue
            count[root] += 1
            first.setdefault(root, start)
            last[root] = max(last.get(root, -1), start)
        if not count:
            return None
        if not salience:
            return max(count, key=lambda r: last[r])
        # "... is home to Henan Senyuan Electric Co., Ltd., the cluster's largest private firm. Controlled by
        # ..., the company makes ...": an organisation introduced in the sentence just before, by its full
        # legal name, is what "the company" at the start of the next sentence means
        sent_start = sent_bounds(self.doc[before])[0]
        if sent_start > 0 and before - sent_start <= 12:
            prev_start = sent_bounds(self.doc[sent_start - 1])[0]
            fresh = [r for r in count if prev_start <= first[r] < sent_start]
            legal = {root for _, _, _, _, root, has_legal in self._table() if has_legal} if fresh else set()
            introduced = [r for r in fresh if r in legal]
            # only when no candidate was the subject there ("Sanquan bought Longfeng ..." keeps Sanquan)
            subjects = {self.find(self.token_span[t.i]) for t in tokens(self.doc)[prev_start:sent_start]
                        if (t.dep_ in ("nsubj", "nsubjpass") or t.dep_ == "ROOT" and t.pos_ == "PROPN")
                        and t.i in self.token_span
                        and (self.spans[self.token_span[t.i]].label_ in types or self._is_org(self.token_span[t.i]))}
            # (a short name there counts too: "Huadun, which is controlled by X Group Co., Ltd., also exports ...
            # In 2023 the firm won ...": the firm is Huadun, not the group named in passing)
            # ("The group also owns ..." after "X is controlled by Y Group Co., Ltd.": X is no group, so Y is meant)
            subjects = {r for r in subjects if r in count or types & ORG_TYPES and not named}
            pronoun_subject = any(t.dep_ in ("nsubj", "nsubjpass") and t.lower_ in ("it", "they")
                                  for t in tokens(self.doc)[prev_start:sent_start])
            if len(introduced) == 1 and not subjects and not pronoun_subject:
                return introduced[0]
        # the subject of the latest earlier sentence that had a candidate as its subject (the focus of
        # the discourse), else the article's topic: the most-named candidate, then the first introduced
        topic = max(count, key=lambda r: (count[r], -first[r]))
        if topic_only:
            return topic
        focus = self._recent_subject(before, set(count), count)
        if focus is not None and focus != topic:
            # every mention of the two, short forms too ("Songyue"), whatever label the rules gave them
            mentions = Counter(root for _, _, _, _, root, _ in rows if root in (topic, focus))
            late = max((start for _, start, _, _, root, _ in rows if root == topic), default=-1)
            if mentions[topic] > mentions[focus] and late >= self._focus_sent_end:
                # "X, the recycling unit of Yuguang, runs ... 'A battery ...,' said a vice president of Yuguang. ...
                # Through its unit Z, the company makes ...": the article's topic, named again since, is back in focus
                return topic
        if focus is not None and focus != topic and self._introduced_as_unit(focus):
            # "Its wholly owned subsidiary X produces modules ... The company ships pumps to ...": a unit
            # introduced as the topic's is not what "the company" means next
            return topic
        if focus is not None:
            return focus
        return topic

    def _the_subsidiary(self, tok: Token) -> int | None:
        """ "Its own subsidiary, X Co., Ltd., makes ... In 2024 the subsidiary was selected into ...": "the
        subsidiary", with nothing of its own to say whose, is the unit last introduced as one (within the last
        three sentences); "a subsidiary of X", "the group's subsidiary" are descriptions, not anaphors."""
        kids = children(tok)
        if tok.pos_ != "NOUN" or not any(c.dep_ == "det" and c.lower_ == "the" for c in kids) or any(
                c.dep_ in ("poss", "compound", "amod", "nmod", "appos") or c.dep_ == "prep" and c.lower_ in (
                    "of", "under", "in") for c in kids):
            return None
        lo = sent_bounds(tok)[0]
        for _ in range(3):
            lo = sent_bounds(self.doc[lo - 1])[0] if lo > 0 else lo
        units = [n for n, sp in enumerate(self.spans) if len(sp) and lo <= sp.start and sp.end <= tok.i
                 and sp.label_ == "Company" and (self._introduced_as_unit(self.find(n), strict=True) or _named_as_unit(sp))]
        return self.find(max(units, key=lambda n: self.spans[n].start)) if units else None

    def _introduced_as_unit(self, root: int, strict: bool = False) -> bool:
        """Was the entity first named right after "subsidiary", "unit" or "arm" ("its subsidiary X", "another
        unit, X")?"""
        first = min((s.start for n, s in enumerate(self.spans) if len(s) and self.find(n) == root), default=None)
        if first is None:
            return False
        before = [t.lower_ for t in self.doc[max(0, first - 3):first] if t.text != ","]
        # (with ``strict``, not "a subsidiary of X", the parent)
        return any(w in lx.SUBSIDIARY_NOUNS for w in before[-2:]) and not (strict and before[-1:] == ["of"])

    def _recent_subject(self, before: int, roots: set[int], count: Counter) -> int | None:
        start = sent_bounds(self.doc[before])[0]
        found: list[int] = []
        found_sent = None
        doc = self.doc
        toks = tokens(doc)
        bounds = sentence_bounds(doc)
        for i in range(start - 1, max(0, start - 120) - 1, -1):
            if found and bounds[i][0] != found_sent:
                break
            n = self.token_span.get(i)
            if n is None:
                continue  # (most tokens: no Token object built for them)
            t = toks[i]
            if t.dep_ not in ("nsubj", "nsubjpass"):
                continue
            h = t.head
            if h.dep_ == "ROOT" or h.dep_ == "conj" and h.head.dep_ == "ROOT":
                root = self.find(n)
                if root in roots:
                    found.append(root)
                    found_sent = sent_bounds(t)[0]
        if not found:
            return None
        self._focus_sent_end = sent_bounds(self.doc[found_sent])[1]
        # "Winsen was named ..., and Hanwei was listed ...": of two subjects of one sentence, the one the
        # article names most is what a later "the company" means
        return max(found, key=lambda r: (count[r], found.index(r) == len(found) - 1))

    def _main_subject_org(self, tok: Token) -> int | None:
        s_start, s_end = sent_bounds(tok)
        # "Through its unit X, the company makes ...": in a phrase put before the main clause, "its" is what the
        # main clause's subject is
        fronted = any(a.dep_ in ("prep", "advcl") and a.head.dep_ == "ROOT" and a.i < a.head.i
                      for a in tok.ancestors)
        deps = self._subject_positions()  # (only subjects are looked at: no Token built for the other words)
        doc = self.doc
        for t in (doc[i] for i in range(s_start, s_end) if deps[i]):
            # (the main clause of reported speech too: "X has started ... its project ..., the company said")
            # (and the first clause of a comma splice, which the parser hangs before the root as a ccomp:
            # "X is a Xinyang-based enterprise ..., its TY-65 charger is sold to Japan")
            main = t.head.dep_ == "ROOT" or t.head.dep_ == "ccomp" and t.head.head.dep_ == "ROOT" and (
                t.head.head.lemma_.lower() in ("say", "announce", "report", "state", "add", "tell")
                or t.head.i < t.head.head.i and tok.i > t.head.i)
            if t.dep_ in ("nsubj", "nsubjpass") and main and (t.i < tok.i or fronted):
                if t.i not in self.token_span:
                    # "Its listed arm, Pinggao Electric Co., Ltd., developed ... which it supplied";
                    # "Huawei's technology is still present ...: servers built on its Kunpeng processors"
                    t = next((c for c in children(t) if c.dep_ in ("appos", "poss") and c.i in self.token_span), t)
                if t.i not in self.token_span:
                    if _common_noun(t) and t.lower_ in lx.ORG_ANAPHORS:
                        # "the smelter was named ..., and its process earned ...": "its" is what "the smelter" is
                        root = self.resolve_anaphor(t)
                        if root is not None and self.spans[root].label_ in ORG_TYPES:
                            return root
                    continue
                n = self.token_span[t.i]
                if self._is_org(n):
                    return self.find(n)
        return None

    def _own_clause_subject_org(self, tok: Token) -> int | None:
        """ "the brake system, which X designed with its own engineers": in a clause of its own with an organisation
        for subject before it, "its" is that organisation (the nearest verb above it that has a subject)."""
        for verb in tok.ancestors:
            if verb.pos_ not in ("VERB", "AUX"):
                continue
            if verb.lemma_.lower() in ("be", "become", "remain"):
                return None  # "X, set up this year, is its wholly owned subsidiary": not X's own
            subj = next((c for c in children(verb) if c.dep_ in ("nsubj", "nsubjpass")), None)
            if subj is None:
                continue
            n = self.token_span.get(subj.i)
            return self.find(n) if n is not None and subj.i < tok.i and self._is_org(n) else None
        return None

    def _of_types(self, n: int, types: set[str]) -> bool:
        """Is span ``n`` of one of these types, or a short form merged with a name that is ("Zhongtian" with
        "Luoyang Zhongtian Heavy Vehicle Co., Ltd.", whether the NER gave the short form no type or took it for a
        place)?"""
        label = self.spans[n].label_
        if label in types:
            return True
        if label not in ("Unknown", "Place"):
            return False
        root = self.find(n)
        # (every typed name of the cluster of these types: not a product's short name the NER took for a firm)
        typed = {row[2] for row in self._table() if row[4] == root and row[2] not in ("Unknown", "Place")}
        return bool(typed) and typed <= types

    def _is_org(self, n: int) -> bool:
        """Is span ``n`` an organisation, or a short form merged with one ("Chayuan" with "Henan Chayuan ... Ltd.")?"""
        if self.spans[n].label_ in ORG_TYPES:
            return True
        self._table()  # brings the cached roots up to date with any merge
        return self.find(n) in self._rows[2]

    def _last_named(self, tok: Token, types: set[str]) -> int | None:
        """The span of the last entity of ``types`` named before ``tok`` in its sentence or the one before, if any."""
        start = previous_sentence_start(tok)
        named = [n for n, s in enumerate(self.spans) if len(s) and start <= s.start < tok.i and s.label_ in types]
        return max(named, key=lambda n: self.spans[n].start) if named else None

    def recent(self, tok: Token, types: set[str]) -> int | None:
        """The last entity of ``types`` named before ``tok`` in its sentence or the one before, if any."""
        last = self._last_named(tok, types)
        return self.find(last) if last is not None else None

    def recent_with_container(self, tok: Token, types: set[str]) -> list[int]:
        """The last entity of ``types`` named before ``tok``, and first the one of ``types`` it is named as what that
        is "of" or "under" ("leads the X project of the Y Program, and Z takes part in it": the project, then the
        programme)."""
        last = self._last_named(tok, types)
        if last is None:
            return []
        root = self.spans[last].root
        found = [self.find(last)]
        if root.dep_ == "pobj" and root.head.lower_ in ("of", "under") \
                and (up := self.token_span.get(root.head.head.i)) is not None and self.spans[up].label_ in types \
                and self.find(up) != found[0]:
            found.insert(0, self.find(up))
        return found

    def _subject_positions(self) -> list[bool]:
        """For each token, whether it is a subject (nsubj or nsubjpass), read once from the parse's arrays: the
        loops that look for subjects need not build a Token for every word."""
        if self._subjects is None:
            strings = self.doc.vocab.strings
            ids = {strings["nsubj"], strings["nsubjpass"]}
            self._subjects = [int(d) in ids for d in self.doc.to_array("DEP")]
        return self._subjects

    def _previous_main_subject(self, tok: Token) -> Token | None:
        """The subject of the main clause of the sentence before ``tok``'s, if that sentence has one."""
        prev_start = sent_bounds(tok)[0]
        if prev_start == 0:
            return None
        start = sent_bounds(self.doc[prev_start - 1])[0]
        deps = self._subject_positions()
        return next((self.doc[i] for i in range(start, prev_start) if deps[i] and self.doc[i].head.dep_ == "ROOT"),
                    None)

    def _main_subject_of_previous(self, tok: Token) -> int | None:
        """The cluster root of the main clause's subject in the sentence before ``tok``'s, whatever its type."""
        t = self._previous_main_subject(tok)
        return self.find(self.token_span[t.i]) if t is not None and t.i in self.token_span else None

    def previous_subject(self, tok: Token, types: set[str]) -> int | None:
        """The subject of the sentence before ``tok``'s, if it is (or points back to) one of ``types``."""
        prev_start = sent_bounds(tok)[0]
        deps = self._subject_positions()
        # the main clause's subject first: "The company, known as ..., grew out of the business that Huawei sold
        # ..., after restrictions made it hard for Huawei to buy chips. Its new main shareholder was ..."
        t = self._previous_main_subject(tok)
        if t is not None:
            root = self.token_span.get(t.i)
            if root is None and _common_noun(t) and (t.lower_ in lx.ORG_ANAPHORS or "Project" in types and t.lower_
                                                     in _PROJECT_WORDS):
                # ("The power station was selected into ... It is also one of ...": the project "the station" means)
                root = self.resolve_anaphor(t)
            if root is not None and self.spans[root].label_ in types:
                return self.find(root)
            if root is None and t.tag_ in ("NNS", "NNPS") and tok.lower_ in ("it", "its"):
                # "Lanfeng's own products are the LF-Z5 ... It was named ...": "it" is no plural, so the firm that owns
                # them
                owner = next((self.token_span[c.i] for c in children(t) if c.dep_ == "poss" and c.i in self.token_span),
                             None)
                if owner is not None and self._of_types(owner, types):
                    return self.find(owner)
        # (in the sentence right before, a short name the NER took for a person, merged with a firm, is that firm:
        # "Lanqiao Dairy has won several honors. It was recognized as ...")
        just_before = sent_bounds(self.doc[prev_start - 1])[0] if prev_start else 0
        for t in (self.doc[i] for i in range(prev_start - 1, max(0, prev_start - 60) - 1, -1) if deps[i]):
            if t.i in self.token_span and (self.spans[n := self.token_span[t.i]].label_ in types or t.i >= just_before
                                           and not types.isdisjoint(ORG_TYPES) and self._is_org(n)):
                return self.find(self.token_span[t.i])
            if t.is_upper and t.i + 1 < len(self.doc) and self.doc[t.i + 1].text in lx.DATELINE_DASHES:
                # "PUYANG -- The X Project ... began ...": the parser makes the dateline the subject
                for x in children(t):
                    if x.dep_ == "appos" and x.i in self.token_span \
                            and self.spans[self.token_span[x.i]].label_ in types:
                        return self.find(self.token_span[x.i])
            if t.pos_ == "NOUN":  # "... said that the laboratory represented ...; Its achievements ..."
                root = self.resolve_anaphor(t)
                if root is not None and self.spans[root].label_ in types:
                    return root
        return None

    def _paragraph_bounds(self, tok: Token) -> tuple[int, int]:
        """(start, end) of ``tok``'s paragraph: its sentence and the ones around it up to a line break."""
        doc = self.doc
        p_start, p_end = sent_bounds(tok)
        while p_start > 0 and "\n" not in doc[p_start - 1].text_with_ws:
            p_start = sent_bounds(doc[p_start - 1])[0]
        while p_end < len(doc) and "\n" not in doc[p_end - 1].text_with_ws:
            p_end = sent_bounds(doc[p_end])[1]
        return p_start, p_end

    def _answering_issuer(self, tok: Token) -> int | None:
        """ "A: Our ZH-W600 arc welding robot ... is still the largest seller": in an investor Q&A record, "we" in an
        answer is the firm the record defines ("the Company") or gives the stock code of."""
        issuer = self.doc.user_data.get("hk_the_company", self.doc.user_data.get("hk_listed_issuer"))
        if issuer is None:
            return None
        doc = self.doc
        p_start = self._paragraph_bounds(tok)[0]
        if p_start + 1 < len(doc) and doc[p_start].text == "A" and doc[p_start + 1].text == ":":
            return self.find(issuer)
        return None

    def _speaker_org(self, tok: Token) -> int | None:
        """ "We sell it to Russia," said Li, general manager of X; 'ZHANG LIPING, chief engineer, Henan Mine: "Our
        hoist ..."': the organisation named in the words around the quote ``tok`` stands in (the attribution in
        the same paragraph, outside the quote marks), if exactly one is."""
        doc = self.doc
        p_start, p_end = self._paragraph_bounds(tok)
        quotes = [i for i in quote_marks(doc) if p_start <= i < p_end]
        if sum(q < tok.i for q in quotes) % 2 == 0:
            return None  # not inside quote marks
        # (the same for every quoted word of the paragraph until the next merge: an interview asks for each "we")
        key = (p_start, self._version())
        found = self._speaker_orgs.get(key, self)
        if found is self:
            inside = set()
            for a, b in zip(quotes[::2], quotes[1::2]):
                inside.update(range(a, b + 1))
            outside = {self.find(n) for n, sp in enumerate(self.spans) if len(sp) and p_start <= sp.start < p_end
                       and sp.start not in inside and self._is_org(n)}
            found = self._speaker_orgs[key] = next(iter(outside)) if len(outside) == 1 else None
        return found

    def _speaker(self, tok: Token) -> int | None:
        """The person whose speaker label opens the paragraph of ``tok`` ("Gao: ..."), if a person's."""
        doc = self.doc
        p_start = self._paragraph_bounds(tok)[0]
        colon = next((i for i in range(p_start + 1, min(p_start + 5, tok.i)) if doc[i].text == ":"), None)
        if colon is None or not all(t.text[:1].isupper() for t in doc[p_start:colon]):
            return None
        label = self.token_span.get(colon - 1)
        if label is None or self.spans[label].label_ != "Person":
            return None  # (the interviewer's label: "CGTN:", "Q:")
        return self.find(label)

    def _interviewee_org(self, tok: Token) -> int | None:
        """ "Gao: Since 2021, we have exported our trucks to ...": in an interview's answer, after a speaker label that
        names a person, "we" is the organisation the person speaks for: the one named where the article introduces
        them ("said Zhou Ming, general manager of X"), else the article's most-named organisation ("CGTN spoke with
        plant manager Gao Ruixue" after a paragraph on the plant's maker)."""
        doc = self.doc
        person = self._speaker(tok)
        if person is None:
            return None
        first = min((sp.start for n, sp in enumerate(self.spans) if len(sp) and self.find(n) == person), default=None)
        if first is None:
            return None
        s_start, s_end = sent_bounds(doc[first])
        # (not the outlet that interviews them: "China Daily spoke with its chairman, Song Liwei", with "China
        # Daily:" as the questions' label)
        interviewers = self._interviewers()
        intro = [n for n, sp in enumerate(self.spans) if len(sp) and s_start <= sp.start < s_end and self._is_org(n)]
        # (and the outlet that talks with them: "Henan Daily talked with its chairwoman, Liang Xiuqin")
        interviewers = interviewers | {self.find(n) for n in intro if _talked_to(self.spans[n].root)}
        named = {self.find(n) for n in intro} - interviewers
        if len(named) == 1:
            return next(iter(named))
        if named:
            return None
        # "Our reporter talked with its chairman, Song Jie": the organisation the introduction's "its" stands for
        its = next((t for t in doc[s_start:s_end] if t.lower_ in ("its", "their") and t.pos_ == "PRON"), None)
        found = self.resolve_anaphor(its) if its is not None else None
        if found in interviewers:
            # ("Henan Daily spoke with its chairman": not the outlet, the firm the sentence before is about)
            found = self.previous_subject(its, ORG_TYPES)
        if found is not None and self._is_org(found) and found not in interviewers:
            return found
        found = self._preceding(tok.i, ORG_TYPES)
        return found if found not in interviewers else None

    def _interviewers(self) -> set[int]:
        """The organisations named as a speaker label at the start of a paragraph ("CGTN: How did you start?"), and
        the news outlets named."""
        if self._interviewer_set is None:
            doc = self.doc
            # (the labels' own words, which need not be mentions: "ECNS:" names the outlet of "ZHUMADIAN (ECNS) --")
            labels = set()
            for i in positions(doc, "ORTH", {doc.vocab.strings.add(":")}):
                if 0 < i and doc[i - 1].text[:1].isupper():
                    start = next((k for k in range(i - 1, max(i - 5, -1), -1)
                                  if k == 0 or "\n" in doc[k - 1].text_with_ws), None)
                    if start is not None:
                        labels.add(text_of(doc, start, i))
            # (and every news outlet named: "CGTN spoke with plant manager Gao" under "Q:" labels)
            labels |= news_outlets(doc)
            self._interviewer_set = {self.find(n) for n, sp in enumerate(self.spans)
                                     if len(sp) and span_text(sp) in labels and self._is_org(n)}
        return self._interviewer_set

    def _latter_or_former(self, tok: Token, latter: bool) -> int | None:
        """ "A and B are also made by the firm; the latter was developed with X": the last (or the first) of the two
        entities of one type named last, in this sentence or the one before."""
        start = sent_bounds(tok)[0]
        if start > 0:
            start = sent_bounds(self.doc[start - 1])[0]
        named = sorted((sp.start, n) for n, sp in enumerate(self.spans)
                       if len(sp) and start <= sp.start and sp.end <= tok.i and (self._is_org(n) or sp.label_ in (
                           "Product", "Project")))
        if not named:
            return None
        label = self.spans[named[-1][1]].label_
        roots: list[int] = []
        for _, n in named:
            if self.spans[n].label_ == label:
                root = self.find(n)
                roots = [r for r in roots if r != root] + [root]
        return (roots[-1] if latter else roots[-2]) if len(roots) >= 2 else None

    def _first_clause_subject(self, tok: Token) -> int | None:
        """ "The FR-8000 flange was developed by A and B, and it won a gold award ...", "The X roving was developed by
        ..., it was awarded ...": "it" as the subject of a second clause is the product or project the first clause
        is about (an organisation there is left to the rules for firms)."""
        verb = tok.head
        first = verb.head if verb.dep_ == "conj" and verb.head.i < verb.i else next(
            (c for c in children(verb) if c.dep_ in ("ccomp", "advcl") and c.i < tok.i and c.pos_ in ("VERB", "AUX")),
            None)
        if first is None:
            return None
        # ("Baihe Electric is located in Wolong District, it is a holding subsidiary of X": a comma splice's "it" is
        # the first clause's subject, a firm too)
        kinds = ("Product", "Project") if first.head.i != verb.i else ("Product", "Project", *ORG_TYPES)
        for c in children(first):
            if c.dep_ not in ("nsubj", "nsubjpass"):
                continue
            if (n := self.token_span.get(c.i)) is not None:
                return self.find(n) if self.spans[n].label_ in kinds else None
            if c.lower_ in ("latter", "former"):
                # "The latter refines the SW-8 series ..., and it also makes ...": what "the latter" stands for
                return self.resolve_anaphor(c)
            if c.lower_ in self._product_heads() and c.pos_ == "NOUN":
                # "The thermostat was developed together with X, and it won ...": the product the first subject
                # stands for
                n = self.resolve_anaphor(c)
                return n if n is not None and self.spans[n].label_ == "Product" else None
        return None

    def resolve_anaphor(self, tok: Token) -> int | None:
        lower = tok.lower_
        if lower not in _ANAPHOR_WORDS and lower not in self._product_heads():
            return None  # (most words: every rule below starts from one of these)
        if lower in ("we", "our", "us") and tok.pos_ == "PRON":
            # (explicit None tests: span 0 is an answer)
            found = self._speaker_org(tok)
            found = self._answering_issuer(tok) if found is None else found
            return self._interviewee_org(tok) if found is None else found
        if lower in ("i", "my", "me") and tok.pos_ == "PRON":
            # "Song: ... I was personally given the Henan May Day Labor Medal": the speaker of an interview's answer
            return self._speaker(tok)
        if lower == "it" and tok.pos_ == "PRON" and tok.dep_ in ("nsubj", "nsubjpass") \
                and (first := self._first_clause_subject(tok)) is not None:
            return first
        if lower == "its" and tok.pos_ == "PRON" and tok.head.dep_ == "nsubjpass" \
                and any(c.dep_ == "agent" for c in children(tok.head.head)):
            # "The X Project went into production in 2024; its rolling mills were supplied by Y", "Z broke
            # ground on the X Base, ..., and its lines will be supplied by Y": the machines someone else supplies
            # after a project was named in the sentence are that project's
            start = sent_bounds(tok)[0]
            named = [(i, self.find(n)) for i in range(start, tok.i) if (n := self.token_span.get(i)) is not None
                     and self.spans[n].label_ == "Project"]
            # ("The base was listed as a key project, and its assembly robots were supplied by Y": a project the
            # sentence's subject points back to)
            named += [(t.i, r) for t in self.doc[start:tok.i] if t.dep_ in ("nsubj", "nsubjpass")
                      and t.lower_ in _PROJECT_WORDS and (r := self.resolve_anaphor(t)) is not None
                      and self.spans[r].label_ == "Project"]
            if named:
                return max(named)[1]
        if lower == "its" and tok.pos_ == "PRON" and (own := self._own_clause_subject_org(tok)) is not None:
            return own
        if lower in ("it", "its") and tok.pos_ == "PRON":
            subj = self._main_subject_org(tok) if tok.dep_ not in ("nsubj",) or tok.head.dep_ != "ROOT" else None
            if subj is not None:
                return subj
            if lower == "it" and tok.dep_ in ("nsubj", "nsubjpass") and tok.head.lemma_.lower() in lx.RECEIVE_VERBS \
                    and tok.head.lemma_.lower() not in ("include", "list", "select", "name", "rank") or lower == "it" \
                    and tok.dep_ == "nsubj" and tok.head.lemma_.lower() in lx.WIN_VERBS:
                # "The TR-EP2 brake control unit ... entered volume production. In November it won the first prize
                # of ...": a product that was the last sentence's main subject wins the prize
                prev = self.previous_subject(tok, {"Product"})
                if prev is not None and self._main_subject_of_previous(tok) == prev:
                    return prev
            if lower == "it" and tok.i >= 1 and self.doc[tok.i - 1].text == ";":
                # "X Co., Ltd., a subsidiary of ..., makes tanks; it earned the Y Award": the subject of the clause
                # before the semicolon
                start = sent_bounds(tok)[0]
                first = next((self.find(self.token_span[t.i]) for t in self.doc[start:tok.i - 1]
                              if t.dep_ in ("nsubj", "nsubjpass") and t.i in self.token_span
                              and self._is_org(self.token_span[t.i])), None)
                if first is not None:
                    return first
            # previous sentence's subject, else the nearest organisation before ("Its vacuum furnaces have been
            # exported": goods belong to an organisation, not to a project that was the last subject)
            goods = lower == "its" and (tok.head.lemma_.lower() in lx.PRODUCT_HEADS | lx.GOODS_NOUNS
                                        or tok.head.dep_ in ("nsubj", "nsubjpass")
                                        and tok.head.head.lemma_.lower() in lx.EXPORT_VERBS) \
                and not (tok.head.dep_ == "nsubjpass" and any(c.dep_ == "agent" for c in children(tok.head.head)))
            # (not "Its steel pipes are being made by X": someone else makes them, for what "its" stands for)
            prev = self.previous_subject(tok, ORG_TYPES if goods else ORG_TYPES | {"Project"})
            found = prev if prev is not None else self._preceding(tok.i, ORG_TYPES)
            if found is None:
                # the article's first sentence ("X Co., Ltd. today announced that ... its project ..."): the
                # organisation named before it in the sentence
                start = sent_bounds(tok)[0]
                found = next((self.find(self.token_span[i]) for i in range(start, tok.i) if i in self.token_span
                              and self._is_org(self.token_span[i])), None)
            return found
        if lower == "subsidiary":
            return self._the_subsidiary(tok)
        if lower in ("latter", "former") and any(c.dep_ == "det" and c.lower_ == "the" for c in children(tok)):
            return self._latter_or_former(tok, lower == "latter")
        if tok.text == "Issuer" and any(c.dep_ == "det" and c.lower_ == "the" for c in children(tok)) \
                and (defined := self.doc.user_data.get("hk_the_company")) is not None:
            return self.find(defined)  # "The Issuer operates 16 stations": the firm the prospectus defined so
        if lower not in _ANAPHOR_NOUNS:
            # "the BD-60 ultra-thin dicing blade ... In June the blade was included in ...": "the" and the head noun
            # of a product named before stand for that product (every other rule below starts from one of the
            # anaphor nouns: most tokens stop here, cheaply)
            mods = [c for c in children(tok) if c.dep_ in ("compound", "amod", "nmod")] \
                if lower in self._product_heads() else []
            if mods and tok.pos_ == "NOUN" and tok.tag_ == "NN" and any(
                    c.dep_ == "det" and c.lower_ in ("the", "this") for c in children(tok)) \
                    and all(c.i < tok.i for c in mods) and tok.i - min(c.i for c in mods) <= 3:
                # "the TH-360 electro-hydraulic control system ... the control system won ...": the last product
                # named that ends in the same words
                phrase = " ".join(t.lower_ for t in self.doc[min(c.i for c in mods):tok.i + 1])
                named = [n for n, sp in enumerate(self.spans) if len(sp) and sp.label_ == "Product" and sp.end <= tok.i
                         and (" " + span_text(sp).lower()).endswith(" " + phrase)]  # (the phrase or its last words)
                return self.find(max(named, key=lambda n: self.spans[n].start)) if named else None
            if lower in self._product_heads() and tok.pos_ == "NOUN" and tok.tag_ == "NN" and any(
                    c.dep_ == "det" and c.lower_ in ("the", "this") for c in children(tok)) and not mods:
                before = [n for n, sp in enumerate(self.spans) if len(sp) and sp.label_ == "Product" and sp.end <= tok.i]
                if not before:
                    return None
                # ("launched the ET504-H, China's first ... electric tractor, ... The tractor was ...": the product
                # last named, when a description right after it has the noun)
                last = max(before, key=lambda n: self.spans[n].start)
                sp = self.spans[last]
                if sp[-1].lower_ == lower or any(t.lower_ == lower for t in self.doc[sp.end:min(sp.end + 12, tok.i)]
                                                 if not t.is_sent_start):
                    return self.find(last)
                named = [n for n in before if self.spans[n][-1].lower_ == lower]
                return self.find(max(named, key=lambda n: self.spans[n].start)) if named else None
            return None
        det = next((c for c in children(tok) if c.dep_ in ("det", "poss")), None)
        if det is None and tok.dep_ == "compound" and tok.head.i > tok.i:
            # "The group ships bricks to India": the tagger read "group ships bricks" as one noun phrase and hung
            # "The" on its head; the determiner before the compound is still the anaphor's
            h = tok.head
            while h.dep_ == "compound" and h.head.i > h.i:
                h = h.head
            # ("the Zhengzhou-based institute hosts ...": modifiers may stand between)
            det = next((c for c in children(h) if c.dep_ in ("det", "poss") and c.i < tok.i and all(
                x.dep_ in ("amod", "npadvmod", "punct", "advmod", "compound") and x.pos_ != "NOUN"
                for x in self.doc[c.i + 1:tok.i])), None)
        # ("the Company", "the Project", capitalised as press releases write them, are tagged as proper nouns)
        # ("The firm mass-produces ...": the tagger may read "firm" as an adjective; its subject role says noun)
        if (tok.pos_ == "NOUN" or tok.pos_ == "PROPN" and tok.lower_ in ("company", "group", "project")
                or tok.pos_ == "ADJ" and tok.dep_ in ("nsubj", "nsubjpass") and lower in lx.ORG_ANAPHORS) \
                and det is not None \
                and det.lower_ in ("the", "this", "its", "that", "our"):
            if det.lower_ == "our" and lower not in _UNIT_NOUNS:
                return None  # ("our company", "our plant" are what "our" stands for; "our research institute" is
                # the institute named before)
            if lower == "country" and det.lower_ in ("the", "this", "that"):
                # "set up a subsidiary in Vietnam and will export ... to the country": the last country named
                named = [n for n, s in enumerate(self.spans) if len(s) and s.end <= tok.i and s.label_ == "Place"
                         and span_text(s).lower() in lx.COUNTRIES]
                return self.find(max(named, key=lambda n: self.spans[n].start)) if named else None
            if lower in lx.PROJECT_ANAPHORS:
                found = self._preceding(tok.i, {"Project"}, salience=False)  # "the project": the last one named
                if found is not None and lower == "project":
                    # ('the lead unit of the "X" project under the National Key R&D Program, and Y participates in the
                    # project': not the programme the project is under, named after it in the sentence)
                    start = sent_bounds(tok)[0]
                    named = [(self.spans[n].start, self.find(n)) for n, sp in enumerate(self.spans)
                             if len(sp) and sp.label_ == "Project" and start <= sp.start < tok.i]
                    if named and max(named)[1] == found and any(
                            self.doc[sp_start - 1].lower_ == "under" or sp_start >= 2
                            and self.doc[sp_start - 2].lower_ == "under" for sp_start, r in named if r == found) \
                            and any(r != found for _, r in named):
                        found = max(x for x in named if x[1] != found)[1]
                return found
            if lower in _PROJECT_SITES and det.lower_ in ("the", "this"):
                # "... put Phase II of the X Manufacturing Base into use, and the base was named ...", "The power
                # station was selected into ...", "The phase was listed among ...": the project named last whose
                # name has the word (and the words before it: "the power station", not "the charging station" for
                # a power station)
                found = self._preceding(tok.i, {"Project"}, head_word=lower, salience=False)
                words = [c.lower_ for c in children(tok) if c.dep_ in ("compound", "amod", "nmod")]
                if found is not None and all(w in span_text(self.spans[found]).lower() for w in words):
                    return found
            if lower in ("county", "district", "province") and det.lower_ in ("the", "this"):
                # "Nanle County, in the northeast of Puyang, ... The county is home to X": the last county named
                return self._preceding(tok.i, {"Place"}, head_word=lower, salience=False)
            if lower in ("zone", "park") and det.lower_ in ("the", "this") and not any(
                    c.dep_ in ("compound", "amod", "nmod") for c in children(tok)):
                # "X settled in the park in 2012": the park or zone named last (a place, or a park being built)
                found = self._preceding(tok.i, {"Place", "Project"}, head_word=lower, salience=False)
                if found is not None:
                    return found
            if lower in ("plant", "factory", "gigafactory", "station", "park") and det.lower_ in ("the", "this"):
                # "The Zhongmu ... Gigafactory project was topped out ... The plant is being built by X": a project
                # named for a plant, named in this sentence or the one before, is what "the plant" means
                project = self.recent(tok, {"Project"})
                if project is not None and any(w in self.spans[project].text.lower() for w in
                                               ("plant", "factory", "gigafactory", "station", "park")):
                    return project
            if lower in lx.ORG_ANAPHORS:
                types = {"institute": {"ResearchInstitute"}, "lab": {"ResearchInstitute"},
                         "laboratory": {"ResearchInstitute"}, "academy": {"ResearchInstitute", "Organization"},
                         "university": {"University"}, "center": {"ResearchInstitute"}, "centre": {"ResearchInstitute"},
                         "bureau": {"GovernmentBody"}, "ministry": {"GovernmentBody"},
                         "commission": {"GovernmentBody"}, "association": {"Organization"}, "bank": {"Organization"},
                         }.get(lower, {"Company"})
                # "the company" means the article's topic; "the new central enterprise" re-describes
                # the entity just introduced
                described = any(c.dep_ == "amod" and c.tag_ in ("JJ", "JJR") and c.lower_ not in ("same", "whole")
                                for c in children(tok))
                if lower in ("plant", "factory", "megafactory", "mill"):
                    lower = "company"
                # "The Luoyang firm": the firm named with Luoyang in its name, when there is one
                # ("The container giant": the firm with "Containers" in its name, when there is one)
                place = next((c for c in children(tok) if c.dep_ in ("compound", "nmod") and c.i == tok.i - 1 and (
                    c.pos_ == "PROPN" or c.pos_ == "NOUN" and c.is_lower and len(c.text) > 3)), None)
                if place is not None and (by_place := self._preceding(tok.i, types, head_word=place.lower_)) is not None:
                    return by_place
                # "X is a Xinyang-based enterprise ..., and the company was included in ...": the subject of an
                # earlier clause of the same sentence, when it is of the right kind
                start = sent_bounds(tok)[0]
                # (a short form counts by the name it is short for: "Zhongtian developed ..., and the company ...")
                same = [self.token_span[t.i] for t in tokens(self.doc)[start:tok.i] if t.dep_ in ("nsubj", "nsubjpass")
                        and t.i in self.token_span and self._of_types(self.token_span[t.i], types)]
                # ("..., the dehydrated garlic granules of the company are sold to ...": the company whose goods are
                # the subject of the clause)
                owner_of_subject = False
                if tok.dep_ == "pobj" and tok.head.lower_ == "of":
                    h = tok.head.head
                    while h.dep_ == "conj" and h.head.i < h.i:
                        h = h.head  # (the last of the goods listed: "granules, flakes and dices of the company")
                    owner_of_subject = h.dep_ in ("nsubj", "nsubjpass")
                if same and lower in lx.COMPANY_DESCRIPTORS and (tok.dep_ in ("nsubj", "nsubjpass") or owner_of_subject) \
                        and not described and det.lower_ in ("the", "this") and self._is_org(same[-1]):
                    return self.find(same[-1])
                # "the Company", capitalised in a press release, is always the one that issued it: the one the
                # release defines as such, else the topic
                issuer = tok.text == "Company" and not tok.is_sent_start
                if issuer and (defined := self.doc.user_data.get("hk_the_company")) is not None:
                    return self.find(defined)
                listed = self.doc.user_data.get("hk_listed_issuer")
                if listed is not None and lower == "company" and det.lower_ == "the" and not described:
                    # an announcement or investor Q&A that gives its firm's stock code: "the company" is that firm
                    return self.find(listed)
                return self._preceding(tok.i, types, head_word=lower, salience=not described, topic_only=issuer)
        # "the company's plant": the possessor carries the reference
        return None


@Language.factory(
    "hk_coref",
    default_config={},
    requires=["doc.spans", "token.dep"],
    assigns=["doc._.hk_clusters"],
)
def make_coref(nlp: Language, name: str) -> "Coref":
    return Coref()


if not Doc.has_extension("hk_clusters"):
    Doc.set_extension("hk_clusters", default=None)
    Doc.set_extension("hk_resolver", default=None)
    Doc.set_extension("hk_headline_end", default=0)


class Coref:
    def __call__(self, doc: Doc) -> Doc:
        forget_children(doc)  # (children remembered from an earlier reading of this document may be stale)
        c = _Clusters(doc)
        _parenthetical_aliases(c)
        resolver = Resolver(doc, c.spans, c.find)
        _known_as_aliases(c, resolver)
        _key_merges(c)
        _formerly_merges(c)
        _known_merges(c)
        _short_form_merges(c)
        _brand_and_noun_merges(c)
        _initials_merges(c)
        _described_before(c)
        _generic_unit_appositions(c)
        _surname_merges(c)
        headline_end = doc._.hk_headline_end
        groups: dict[int, Cluster] = {}
        for n, s in enumerate(c.spans):
            if not len(s):
                continue
            root = c.find(n)
            cl = groups.setdefault(root, Cluster())
            cl.mentions.append(s)
            rank = _TYPE_RANK[_type_source(s)]
            cl.type_votes[s.label_] += 100 ** rank  # a rank outvotes any number of mentions of the rank below
            if n in c.defined:
                cl.defined_aliases.add(c.defined[n])
            if s.kb_id_:
                cl.known, cl.known_type = s.kb_id_, s.label_
        clusters: list[Cluster] = []
        index: dict[int, int] = {}
        for root, cl in groups.items():
            cl.mentions.sort(key=lambda s: s.start)
            # headlines are title case: nothing found only there is trusted
            if headline_end and all(m.end_char <= headline_end for m in cl.mentions):
                continue
            cl.type_votes.pop("Unknown", None)
            if not cl.type_votes:
                continue  # a capitalised word that named nothing the article defines
            index[root] = len(clusters)
            clusters.append(cl)
        doc._.hk_clusters = clusters
        doc._.hk_resolver = _ClusterResolver(resolver, index)
        return doc


class _ClusterResolver:
    """Resolver whose answers are indices into ``doc._.hk_clusters``."""

    def __init__(self, resolver: Resolver, index: dict[int, int]) -> None:
        self.r = resolver
        self.index = index
        self._memo: dict[int, int | None] = {}

    def resolve(self, tok: Token) -> int | None:
        # the relation rules ask about the same tokens again and again
        if tok.i in self._memo:
            return self._memo[tok.i]
        self._memo[tok.i] = answer = self._resolve(tok)
        return answer

    def _resolve(self, tok: Token) -> int | None:
        root = self.r.resolve_token(tok)
        if root is None and tok.lower_ in _POSSESSED_NOUNS:
            # "the company's plant", "Foxconn's Zhengzhou operations": the possessor; "X, whose plant sits in ...": X
            poss = next((c for c in children(tok) if c.dep_ == "poss"), None)
            if poss is not None:
                if poss.lower_ == "whose":
                    rel = next((a for a in tok.ancestors if a.dep_ == "relcl"), None)
                    poss = rel.head if rel is not None else poss
                root = self.r.resolve_token(poss)
        return self.index.get(root) if root is not None else None

    def previous_subject(self, tok: Token, types: set[str]) -> int | None:
        root = self.r.previous_subject(tok, types)
        return self.index.get(root) if root is not None else None

    def recent(self, tok: Token, types: set[str]) -> int | None:
        root = self.r.recent(tok, types)
        return self.index.get(root) if root is not None else None

    def recent_with_container(self, tok: Token, types: set[str]) -> list[int]:
        return [ci for root in self.r.recent_with_container(tok, types) if (ci := self.index.get(root)) is not None]

    def preceding(self, tok: Token, types: set[str], head_word: str | None, *, salience: bool = True) -> int | None:
        """What "the <head_word>" before ``tok`` would mean ("Another group unit, X, ...": which group); without
        salience, the last one named."""
        root = self.r._preceding(tok.i, types, head_word=head_word, salience=salience)
        return self.index.get(root) if root is not None else None

    def interviewee_org(self, tok: Token) -> int | None:
        """In an interview's answer, the organisation the speaker talks for (what "we" would mean there)."""
        root = self.r._interviewee_org(tok)
        return self.index.get(root) if root is not None else None

    def mention_cluster(self, tok: Token) -> int | None:
        n = self.r.token_span.get(tok.i)
        return self.index.get(self.r.find(n)) if n is not None else None
