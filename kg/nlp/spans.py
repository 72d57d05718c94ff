"""Token-level helpers shared by the entity, alias and relation components."""

from __future__ import annotations

import functools
import re
import threading
from collections.abc import Collection

from spacy.tokens import Doc, Span, Token

from kg.nlp import lexicon as lx

QUOTES = {'"', "\u201c", "\u201d", "``", "''"}
NUMERIC_ENTS = {"DATE", "TIME", "MONEY", "PERCENT", "QUANTITY", "CARDINAL", "ORDINAL"}
MONTHS = {"january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
          "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov",
          "dec", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"}
UNIT_RE = re.compile(r"^(?:[kmgt]?w|[kmgt]?wh|[km]?v|kv|mw|mwh|gw|gwh|tonnes?|tons?|carats?|km|kilometers?|meters?|"
                     r"metres?|mm|cm|kg|mt|mtpa|sq|square|cubic|mpa|hp)$", re.IGNORECASE)
PROPER_CONNECTORS = {"of", "and", "&", "for", "on", "de", "du", "des", "la", "le", "del", "van", "von",
                     "do", "da", "dos", "das"}  # (Portuguese: "Serra do Vento Wind Complex")


_LEXICAL = threading.local()


def positions(doc: Doc, attr: str, wanted: Collection[int]) -> list[int]:
    """The indices of the tokens whose ``attr`` ("ORTH", "LOWER" or "SHAPE": a word's own, which no component
    changes) is in ``wanted``, read from the document's array, so that no Token is built for the other words. (For an
    article's few hundred words a set lookup per word is twice as fast as ``numpy.isin``, which sorts; the arrays are
    read once per document, as several rules ask, and indexed by value: a rule's words are looked up, not every word
    of the article.)"""
    memo = getattr(_LEXICAL, "memo", None)
    if memo is None or memo[0] is not doc or memo[1] != len(doc):
        memo = _LEXICAL.memo = (doc, len(doc), {})
    index = memo[2].get(attr)
    if index is None:
        index = memo[2][attr] = {}
        for i, v in enumerate(doc.to_array(attr).tolist()):
            index.setdefault(v, []).append(i)
    if len(wanted) == 1:  # (the common case: one word's positions)
        return list(index.get(next(iter(wanted)), ()))
    wanted = wanted if isinstance(wanted, (set, frozenset)) else set(wanted)
    hits = [index[v] for v in (index.keys() & wanted if len(wanted) > len(index) else wanted) if v in index]
    if len(hits) == 1:
        return list(hits[0])
    return sorted(i for found in hits for i in found)


def quote_marks(doc: Doc) -> list[int]:
    """The indices of the quote-mark tokens, in order (from the ORTH array: no Token built for the other words), found
    once per document."""
    found = doc.user_data.get("hk_quote_marks")
    if found is None or found[0] != len(doc):
        found = doc.user_data["hk_quote_marks"] = (
            len(doc), positions(doc, "ORTH", {doc.vocab.strings.add(q) for q in QUOTES}))
    return found[1]


def is_possessive(tok: Token) -> bool:
    return tok.text in ("'s", "'", "\u2019s", "\u2019") and tok.tag_ == "POS"


_CAMEL = re.compile(r"^[a-z]{1,3}[A-Z][A-Za-z0-9]*$")


def is_name_token(tok: Token) -> bool:
    """A token that can be part of a proper name: capitalised, not a date word, not a sentence-initial common word."""
    text = tok.text
    if not text:
        return False
    first = text[0]
    if not first.isupper():
        if first.isdigit() and _HOLIDAY_DAY.match(text) and _holiday_in_title(tok.doc, tok.i - 1):
            return True  # "the National March 8th Red-Banner Pacesetter", "the Henan May 1 Labor Medal"
        # "iPhone", "eVTOL": lower-case first letter, capital inside (most tokens stop here, cheaply)
        return bool(_CAMEL.match(text)) and tok.ent_type_ not in NUMERIC_ENTS and tok.ent_type_ not in ("DATE", "TIME")
    cache = tok.doc.user_data.setdefault("hk_name_tokens", {})
    known = cache.get(tok.i)
    if known is None:
        known = cache[tok.i] = _is_capitalised_name_token(tok, text)
    return known


_VERB_FORMS = frozenset({"be", "is", "are", "was", "were", "been", "being", "has", "have", "had"})


# A season's name inside a firm's name: "Jiaozuo Huayu Spring Co., Ltd.", "Golden Autumn Foods Group"
_SEASON_IN_FIRM = re.compile(r"\s+(?:[A-Z][\w&-]*\s+){0,3}(?:Co\.|Company|Ltd|Limited|Group|Corp)")


_HOLIDAY_DAY = re.compile(r"^(?:1|1st|8|8th)$")
# the official words a holiday's title opens with: "National May 1 Labor Medal", "Henan Province March 8th ..."
_TITLE_OPENERS = frozenset({"national", "provincial", "province", "henan", "china", "municipal", "city", "all-china"})


def _holiday_in_title(doc: Doc, m: int) -> bool:
    """Does the month at ``m``, with the day after it ("May 1", "March 8th"), stand inside a title (an official word
    before it, a capitalised word after)?"""
    return 0 < m and m + 2 < len(doc) and doc[m].lower_ in ("may", "march") and doc[m].text[:1].isupper() \
        and bool(_HOLIDAY_DAY.match(doc[m + 1].text)) and doc[m + 2].text[:1].isupper() \
        and doc[m - 1].lower_ in _TITLE_OPENERS and doc[m - 1].text[:1].isupper()


def _hyphen_joined(tok: Token) -> bool:
    """ "the Five-Star After-Sales Service Certification": a capitalised word hyphened to the capitalised word after
    it is part of one word, whatever its own part of speech."""
    doc = tok.doc
    return tok.i + 2 < len(doc) and not tok.whitespace_ and doc[tok.i + 1].text == "-" \
        and not doc[tok.i + 1].whitespace_ and doc[tok.i + 2].text[:1].isupper() and tok.text[:1].isupper()


def _is_capitalised_name_token(tok: Token, text: str) -> bool:
    if tok.lower_ in ("spring", "summer", "autumn", "winter") and tok.ent_type_ == "DATE" \
            and _SEASON_IN_FIRM.match(doc_text(tok.doc), tok.idx + len(text)):
        return True
    if tok.lower_ == "may" and tok.i + 1 < len(tok.doc) and tok.doc[tok.i + 1].text == "Day" \
            and tok.i + 2 < len(tok.doc) and tok.doc[tok.i + 2].text[:1].isupper():
        return True  # "the National May Day Labor Medal": the holiday in a title, not the month
    if tok.lower_ in ("may", "march") and _holiday_in_title(tok.doc, tok.i):
        return True  # "the National March 8th Red-Banner Pacesetter": Women's Day, not a date
    if tok.ent_type_ in ("DATE", "TIME") or tok.lower_ in MONTHS and not (
            # "said Ma Jun": a given name after a Chinese surname, not the month
            tok.i > 0 and tok.doc[tok.i - 1].text in lx.CHINESE_SURNAMES and not tok.doc[tok.i - 1].is_sent_start
            and tok.doc[tok.i - 1].ent_type_ in ("PERSON", "")):
        return False
    if tok.lower_ in _VERB_FORMS and not tok.is_sent_start:
        return False  # "... and LUZ Be included in the list": a stray capital on a verb
    if (tok.pos_ in ("PRON", "DET", "ADP", "CCONJ", "SCONJ", "PART", "PUNCT") or tok.lower_ in ("the", "a", "an")) \
            and not _hyphen_joined(tok):
        return False
    if tok.is_sent_start and tok.pos_ in ("NOUN", "ADJ", "X") and not_an_english_word(tok) \
            and tok.lemma_.lower() not in ENGLISH_WORDS:
        return True  # "Tianrui exports panels ...": no English word, so a name, whatever the tagger says
    if tok.is_sent_start and tok.pos_ not in ("PROPN",) and not tok.ent_type_ and not tok.is_upper:
        # a capitalised first word is a name only if the name goes on ("Lingjing Town grew")
        nxt = tok.doc[tok.i + 1] if tok.i + 1 < len(tok.doc) else None
        return bool(nxt is not None and nxt.text[:1].isupper() and (nxt.pos_ == "PROPN" or nxt.lower_ in lx.HEAD_TYPES)
                    and tok.pos_ not in ("DET", "ADP", "PRON", "ADV", "SCONJ", "CCONJ", "AUX"))
    return True


_NUMERIC_NAME = re.compile(r"^\d[\w/.,-]*[A-Za-z][\w/.-]*$")  # (and "4,100mm")


def numeric_name_start(tok: Token) -> bool:
    """Digit-led tokens that open a name ("400kV/220kV Kozienice ...")."""
    text = tok.text
    return text[:1].isdigit() and bool(_NUMERIC_NAME.match(text))


_POWER_WORDS = frozenset({"hydropower", "power", "nuclear", "hydroelectric", "thermal", "solar", "wind", "pumped-storage",
                          "storage"})


def head_type(words: list[str]) -> str | None:
    """The type a list of lower-cased name words implies through its head noun."""
    return _head_type(tuple(words))


_RANKING_WORDS = re.compile(r"\btop (?:\d+|three|five|ten|twenty|fifty|hundred)\b|\bfortune (?:global|china) \d+\b"
                            r"|\bfirst[- ](?:\(?set\)?|sets) of major\b")


# words that make a name with a finance word in it a maker's ("Power Exchange Technology", "Insurance Equipment")
_INDUSTRY_WORDS = frozenset({"technology", "technologies", "equipment", "machinery", "materials", "electric",
                             "electronics", "software", "engineering", "intelligent", "systems", "information"})


def _a_maker_after(words: list[str], k: int) -> bool:
    """Whether an industry word follows the finance word ``words[k]``: "Henan Yuneng Power Exchange Technology Co.,
    Ltd." is a maker, not a bank or an exchange."""
    return not _INDUSTRY_WORDS.isdisjoint(words[k + 1:])


@functools.lru_cache(maxsize=8192)
def _head_type(words: tuple[str, ...]) -> str | None:
    # (the same names are asked about many times per article, and across articles)
    core = list(words)
    comp_at = next((k for k, w in enumerate(core) if k > 0 and w in ("of", "for", "on")), None)
    head_region = core[:comp_at] if comp_at is not None else core
    complement = " ".join(core[comp_at + 1:]) if comp_at is not None else ""
    if core[-1:] == ["group"] and comp_at is not None:
        return "Company"  # "China Academy of Machinery Science and Technology Group": a state group, not an academy
    if "academy" in head_region:
        comp = complement.removeprefix("the ")
        # ("China Academy of Building Research", "Henan Academy of Forestry", "Zhumadian Academy of Industry
        # Innovation": an academy of a field does research; the Chinese Academy of Engineering is an honorary society,
        # an academy of arts a school, unless of sciences and arts)
        if any(comp.startswith(s) for s in lx.ACADEMY_OF_SCIENCE) or "sciences" in head_region \
                or comp and comp != "engineering" and not comp.endswith("arts"):
            return "ResearchInstitute"
        return "Organization"
    if len(head_region) >= 2 and head_region[-1] in ("station", "plant", "farm", "complex", "park") \
            and head_region[-2] in _POWER_WORDS:
        return "Project"  # "Baihetan Hydropower Station", "Lankao Yellow River Beach Wind Farm": a named construction work
    joined = " ".join(core)
    if _RANKING_WORDS.search(joined):
        # (also "Henan Province First Set of Major Technical Equipment": a designation, whatever place it names)
        return "Award"  # "Henan Top 100 Enterprises", "Fortune Global 500": rankings
    if head_region[-2:] == ["city", "cluster"]:
        return "Project"  # "Zhengzhou Fuel Cell Vehicle Demonstration City Cluster": a programme of several cities
    found = None
    for k in range(len(head_region) - 1, -1, -1):
        w = head_region[k].strip(".,")
        if w in lx.HEAD_TYPES or w + "." in lx.HEAD_TYPES:
            found = lx.HEAD_TYPES.get(w) or lx.HEAD_TYPES[w + "."]
            if w in lx.FINANCE_WORDS and _a_maker_after(head_region, k):
                found = "Company"
            break
    if found == "Company" and head_region[-1] == "base" and head_region[k] != "base" \
            and head_region[-2] not in ("pilot", "test"):
        # "Huojia Spent Battery Recycling Base": a works named for its trade, not a firm ("X Battery"); (a pilot or
        # test base is as often a research facility, left as it was)
        return None
    if found == "Project" and head_region[-1] in ("technology", "technologies", "process"):
        return "Product"  # "Pit Mud Microbiome Regulation Technology": a technology named for what it regulates
    if found == "ResearchInstitute" and head_region[-1:] == ["institute"] and complement in (
            "technology", "science and technology", "engineering and technology"):
        return "University"  # "Anyang Institute of Technology", "Harbin Institute of Technology": degree-granting
    if found in (None, "Company") and core[-1:] in (["project"], ["programme"], ["program"]) and comp_at is not None:
        return "Project"  # "Middle Route of the South-to-North Water Diversion Project": the name ends as a project's
    if found in ("Company", None) and lx.FINANCE_WORDS & set(head_region) and not _a_maker_after(
            head_region, max(k for k, w in enumerate(head_region) if w in lx.FINANCE_WORDS)):
        return "Organization"  # a bank, an insurer, an exchange
    if found == "ResearchInstitute" and head_region and head_region[-1] in ("center", "centre"):
        before = head_region[-2] if len(head_region) > 1 else ""
        if before == "certification":
            return "Organization"  # "China Quality Certification Centre": a certification body, no research
        if before in ("recruitment", "exhibition", "convention", "trade", "shopping", "service", "data",
                      "logistics", "distribution", "medical", "call", "visitor", "sports", "fitness", "press"):
            return None
    return found


def token_is_place_word(tok: Token) -> bool:
    return tok.lower_ in lx.CHINA_PLACES or tok.lower_ in lx.COUNTRIES


def span_words(span: Span | list[Token]) -> list[str]:
    """The lower-case words of a span (or of its tokens, listed once), without punctuation but "&"."""
    toks = tokens(span.doc)[span.start:span.end] if isinstance(span, Span) else span
    return [t.lower_ for t in toks if not t.is_punct or t.text == "&"]


def doc_text(doc: Doc) -> str:
    """``doc.text``, built once: spaCy joins every token on each access."""
    text = doc.user_data.get("hk_text")
    if text is None:
        text = doc.user_data["hk_text"] = doc.text
    return text


def span_text(span: Span) -> str:
    """``span.text``, cut from the document's text by character offsets: spaCy builds every Token of the span to join
    their texts, and the rules ask for the same names' texts again and again."""
    return doc_text(span.doc)[span.start_char:span.end_char]


def char_bounds(doc: Doc) -> tuple[list[int], list[int]]:
    """The start and end character of every token, read from the document's arrays once."""
    bounds = doc.user_data.get("hk_char_bounds")
    if bounds is None or len(bounds[0]) != len(doc):
        starts = doc.to_array("IDX").tolist()
        lengths = doc.to_array("LENGTH").tolist()
        bounds = doc.user_data["hk_char_bounds"] = (starts, [a + n for a, n in zip(starts, lengths)])
    return bounds


def text_of(doc: Doc, start: int, end: int) -> str:
    """``doc[start:end].text`` without building the Span or its Tokens."""
    end = min(end, len(doc))  # (clamped as a slice is)
    if end <= start:
        return ""
    starts, ends = char_bounds(doc)
    return doc_text(doc)[starts[start]:ends[end - 1]]


def text_between(doc: Doc, end: int, start: int) -> str:
    """The characters between a span ending at token ``end`` and one starting at token ``start``."""
    starts, ends = char_bounds(doc)
    return doc_text(doc)[ends[end - 1]:starts[start]]


def based_follows(doc: Doc, i: int) -> bool:
    """Whether "-based" or "-headquartered" starts at token ``i`` ("the Linzhou-based company")."""
    return i + 1 < len(doc) and doc[i].text == "-" and doc[i + 1].lower_ in ("based", "headquartered")


def lowercase_words(doc: Doc) -> frozenset[str]:
    """Words the article writes in lower case somewhere, built once: a capitalised one of them
    opening a sentence ("Coal's long cycles ...") is a common word, not a name."""
    words = doc.user_data.get("hk_lower_words")
    if words is None:
        words = doc.user_data["hk_lower_words"] = frozenset(re.findall(r"(?<![\w-])[a-z]+(?![\w-])", doc_text(doc)))
    return words


_DATELINE_TAG = re.compile(r"\(([A-Z][A-Za-z.&' ]{1,30})\)\s*(?:--|\u2014)")


def news_outlets(doc: Doc) -> frozenset[str]:
    """The names of news outlets in this article: the well-known ones and the agency of a dateline's brackets
    ("LUOYANG, Sept. 18 (Xinhua) --"), built once."""
    found = doc.user_data.get("hk_outlets")
    if found is None:
        tags = {m.group(1) for m in _DATELINE_TAG.finditer(doc_text(doc))}
        found = doc.user_data["hk_outlets"] = lx.MEDIA_OUTLETS | tags
    return found


def forget_children(doc: Doc, *, tokens_too: bool = False) -> None:
    """Drop the remembered children (a component may read a document whose parse changed since), and with
    ``tokens_too`` the remembered tokens (valid as long as the document's length is, but not left in its user data
    once our components are done)."""
    doc.user_data.pop("hk_kids", None)
    if tokens_too:
        doc.user_data.pop("hk_toks", None)


def tokens(doc: Doc) -> list[Token]:
    """Every Token of the document, built once: ``doc[i]`` builds a new Token object on each access, and the rules
    read the same words again and again. (A Token reads the document's arrays, so a repaired parse shows through;
    a retokenised document has another length, and gets a new list.)"""
    toks = doc.user_data.get("hk_toks")
    if toks is None or len(toks) != len(doc):
        toks = doc.user_data["hk_toks"] = list(doc)
    return toks


def children(tok: Token) -> tuple[Token, ...]:
    """``tok.children``, remembered per token of the document: the rules ask for the same tokens' children again and
    again, and spaCy walks the sentence and builds new Token objects on every call."""
    doc = tok.doc
    table = doc.user_data.get("hk_kids")
    if table is None:
        # (every token's children at once, from the heads array and the tokens built once: in index order, as
        # ``tok.children`` gives them)
        toks = tokens(doc)
        lists: list[list[Token]] = [[] for _ in toks]
        for i, head in enumerate(doc.to_array("HEAD").astype("int64").tolist()):
            if head:
                lists[i + head].append(toks[i])
        table = doc.user_data["hk_kids"] = [tuple(k) for k in lists]
    return table[tok.i]


def copular_attributes(tok: Token) -> list[Token]:
    """What "be" says its subject is: the attributes, and the nouns joined to them ("X is a unit of Y and a national
    high-tech enterprise")."""
    attrs = [c for c in children(tok) if c.dep_ == "attr"]
    return attrs + [c for a in attrs for c in children(a) if c.dep_ == "conj" and c.pos_ == "NOUN"]


def doc_ents(doc: Doc) -> tuple[Span, ...]:
    """``doc.ents``, built once: spaCy makes new Span objects on each access."""
    ents = doc.user_data.get("hk_ents")
    if ents is None:
        ents = doc.user_data["hk_ents"] = tuple(doc.ents)
    return ents


def doc_sents(doc: Doc) -> tuple[Span, ...]:
    """``doc.sents``, built once: spaCy walks the document and makes new Span objects on each access."""
    sents = doc.user_data.get("hk_sents")
    if sents is None or sents and (sents[-1].end != len(doc) or sents[-1].doc is not doc):
        sents = doc.user_data["hk_sents"] = tuple(doc.sents)
    return sents


def ent_at(doc: Doc) -> list[Span | None]:
    """For each token, the named entity it is in (the NER's entities never overlap), built once."""
    table = doc.user_data.get("hk_ent_at")
    if table is None or len(table) != len(doc):
        table = [None] * len(doc)
        for ent in doc_ents(doc):
            for i in range(ent.start, ent.end):
                table[i] = ent
        doc.user_data["hk_ent_at"] = table
    return table


def sentence_bounds(doc: Doc) -> list[tuple[int, int]]:
    """For each token index, (start, end) of its sentence, built once (a loop over the tokens reads it directly)."""
    bounds = doc.user_data.get("hk_sent_bounds")
    if bounds is None or len(bounds) != len(doc):
        bounds = [(0, 0)] * len(doc)
        for sent in doc_sents(doc):
            for i in range(sent.start, sent.end):
                bounds[i] = (sent.start, sent.end)
        doc.user_data["hk_sent_bounds"] = bounds
    return bounds


def sent_bounds(tok: Token) -> tuple[int, int]:
    """(start, end) token indices of the token's sentence; ``token.sent`` walks the doc each time."""
    doc = tok.doc
    bounds = doc.user_data.get("hk_sent_bounds")  # (inline: asked tens of thousands of times per article)
    if bounds is None or len(bounds) != len(doc):
        bounds = sentence_bounds(doc)
    return bounds[tok.i]


def previous_sentence_start(tok: Token) -> int:
    """Where the sentence before ``tok``'s starts (its own, in the first sentence): the window in which "it" or
    "the machine" looks back for what it means."""
    start = sent_bounds(tok)[0]
    return sent_bounds(tok.doc[start - 1])[0] if start > 0 else start


def sentence_index(doc: Doc) -> dict[int, int]:
    """Token index of each sentence start -> sentence number."""
    return {s.start: n for n, s in enumerate(doc_sents(doc))}


def has_count(tok: Token) -> bool:
    """The noun is counted ("six EPC projects", "seven substations"): a generic plural, not a name."""
    return any(c.dep_ == "nummod" and c.pos_ == "NUM" and not _followed_by_unit(c) and not _serial_number(c)
               for c in tok.children)


def _serial_number(tok: Token) -> bool:
    """ "No. 2" ("No" "." "2" as the tokenizer splits it), "Number 2": a serial number, not a count."""
    doc = tok.doc
    return tok.i >= 1 and doc[tok.i - 1].lower_ in ("no.", "number") \
        or tok.i >= 2 and doc[tok.i - 1].text == "." and doc[tok.i - 2].lower_ == "no" and not doc[tok.i - 2].whitespace_


def _followed_by_unit(tok: Token) -> bool:
    doc = tok.doc
    nxt = doc[tok.i + 1] if tok.i + 1 < len(doc) else None
    if nxt is None:
        return False
    if nxt.text == "-":
        return True
    return bool(UNIT_RE.match(nxt.text))


# Common English nouns and adjectives (the base pipeline's lemmatizer index), set when the entity
# component is built: a capitalised word that opens a sentence and is none of them is a name ("Tianrui
# exports ..."), however the tagger reads it. (The index holds a few place names too, "luoyang".)
ENGLISH_WORDS: set[str] = set()
ENGLISH_ADJECTIVES: set[str] = set()  # (the adjectives of that index)
ENGLISH_NOUNS: set[str] = set()  # (and its nouns)


def not_an_english_word(tok: Token) -> bool:
    """A word the lemmatizer's index does not know (never a number), once that index is loaded."""
    if not ENGLISH_WORDS or not tok.is_alpha or tok.like_num:
        return False
    return not in_word_index(tok.lower_, ENGLISH_WORDS)


def in_word_index(low: str, index: set[str]) -> bool:
    """Is the lower-case word in the lemmatizer's ``index``, itself or as a plural? (The index holds base forms: a
    plural of a known noun is English too, "Membrane Processes", "Technologies".)"""
    return low in index or low.endswith("s") and (low[:-1] in index or low.endswith("es") and low[:-2] in index
                                                  or low.endswith("ies") and low[:-3] + "y" in index)


def set_english_words(nlp) -> None:  # noqa: ANN001 - a spacy Language
    if ENGLISH_WORDS or "lemmatizer" not in nlp.pipe_names:
        return
    try:
        index = nlp.get_pipe("lemmatizer").lookups.get_table("lemma_index")
    except (KeyError, ValueError):
        return
    for pos in ("noun", "adj"):
        if pos in index:
            ENGLISH_WORDS.update(index[pos])
    if "adj" in index:
        ENGLISH_ADJECTIVES.update(index["adj"])
    if "noun" in index:
        ENGLISH_NOUNS.update(index["noun"])


def named_after(doc: Doc, end: int) -> int | None:
    """Where the name starts that a description ending at ``end`` is given: 'a resin system, branded "QuickCure 90"',
    'the crawler drive, known as the "Tiejia" drive', 'a sensor called AirEye'; else None."""
    n = len(doc)
    k = end + (end < n and doc[end].text == ",")
    if k < n and doc[k].lower_ in lx.NAMING_WORDS:
        k += 1
    elif k + 1 < n and doc[k].lower_ in ("known", "sold", "marketed") and doc[k + 1].lower_ == "as":
        k += 2
    else:
        return None
    k += k < n and doc[k].lower_ == "the"
    k += k < n and doc[k].text in QUOTES
    return k if k < n and doc[k].text[:1].isupper() else None


def abbreviates(acronym: str, words: list[str]) -> bool:
    """ "XJTU" for "Xi'an Jiaotong University", "HAUT" for "Henan University of Technology", "SZSE" for "Shenzhen
    Stock Exchange": the initial of every word of ``words`` (a name's capitalised words), in order, each word perhaps
    giving one or two letters more from inside it, as Chinese institutions abbreviate their names."""
    letters = acronym.lower()
    words = [w.lower() for w in words]

    def match(a: int, w: int, extra: int) -> bool:
        if w == len(words):
            return a == len(letters)
        if a >= len(letters) or letters[a] != words[w][0]:
            return False
        if match(a + 1, w + 1, extra):
            return True
        # the word's initial, then up to two of its inner letters, in order
        k = 1
        for ch in words[w][1:]:
            if extra + k > 2 or a + k >= len(letters):
                break
            if ch == letters[a + k]:
                if match(a + k + 1, w + 1, extra + k):
                    return True
                k += 1
        return False

    return 3 <= len(acronym) <= 6 and acronym.isupper() and len(words) >= 2 and match(0, 0, 0)
