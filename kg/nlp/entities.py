"""The ``hk_entities`` component: typed entity spans for Henan manufacturing news.

It combines, in order of trust: proper names found by a capitalisation chunker and typed by
their head noun or legal suffix; spaCy's own named entities, re-typed by context; quoted names;
and descriptive names found through the dependency parse (objects of "won", "developed",
heads like "project" or "production line"). The result is ``doc.spans["hk_entities"]``,
non-overlapping, each span labelled with an ontology class name.
"""

from __future__ import annotations

import bisect
import itertools
import re
from collections.abc import Callable
from dataclasses import dataclass, replace

from spacy import symbols as spacy_symbols
from spacy.language import Language
from spacy.strings import hash_string
from spacy.tokens import Doc, Span, Token
from spacy.util import filter_spans

from kg import places
from kg.nlp import lexicon as lx
from kg.nlp.relations_util import appositive_of as _appositive_of
from kg.nlp.relations_util import is_best_seller, passed_certification, reduced_relative_subject
from kg.nlp.spans import (
    ENGLISH_ADJECTIVES,
    ENGLISH_NOUNS,
    ENGLISH_WORDS,
    PROPER_CONNECTORS,
    QUOTES,
    UNIT_RE,
    abbreviates,
    based_follows,
    char_bounds,
    copular_attributes,
    doc_ents,
    doc_text,
    ent_at,
    has_count,
    head_type,
    in_word_index,
    is_name_token,
    is_possessive,
    lowercase_words,
    named_after,
    news_outlets,
    not_an_english_word,
    numeric_name_start,
    positions,
    quote_marks,
    sent_bounds,
    sentence_bounds,
    set_english_words,
    span_text,
    span_words,
    text_of,
    token_is_place_word,
    tokens,
)

SPANS_KEY = "hk_entities"
_LEGAL = re.compile(lx.LEGAL_SUFFIX_RE)
_LEGAL_END = lx.LEGAL_TAIL
_FINAL_LEGAL_FORM = re.compile(lx.FINAL_LEGAL_FORM_RE)
_NER_TYPES = {"ORG": "Company", "GPE": "Place", "LOC": "Place", "PERSON": "Person", "PRODUCT": "Product",
              "FAC": None, "NORP": None, "WORK_OF_ART": None, "EVENT": None, "LAW": "Project"}
_PLACE_LEVELS = {"province", "city", "county", "district", "town", "township", "village", "prefecture"}
_GOV_ADJ = {"municipal", "provincial", "county", "city", "district", "prefectural", "town", "township", "local"}
_GOV_HEADS = {"government", "people's government", "bureau", "department", "commission", "committee"}
_RESEARCH_WORDS = {"research", "innovation", "technology", "engineering", "design", "testing", "r&d",
                   "development", "experimental", "test"}
_RI_HEADS = {"institute", "laboratory", "lab", "center", "centre"}
# "Taiwan-based Foxconn" is a place and a company, not one name; "State-owned Assets" is one name.
_NOT_NAME_PARTICIPLES = {"based", "headquartered", "made", "listed", "funded", "backed", "built", "born"}
_CURRENCY = {"dollar", "dollars", "yuan", "euro", "euros", "yen", "pound", "pounds", "rupee", "rupees", "won", "ruble"}
_PERSON_DESCRIPTORS = {"businessman", "businesswoman", "engineer", "chairman", "chairwoman", "president", "director",
                       "manager", "official", "scientist", "researcher", "professor", "worker", "resident", "native",
                       "founder", "entrepreneur", "governor", "mayor", "secretary", "minister", "expert", "technician",
                       "farmer", "teacher", "student", "head", "chief", "academician", "vice", "deputy", "ceo",
                       "emperor", "king", "recruit", "employee", "villager", "reporter", "correspondent", "journalist",
                       "photographer"}
# Trades written before a Chinese name at the start of a sentence ("Welder Ma Xiaowei of X was awarded ..."): no part
# of the name (only there: after a name, "..., craftsman Zhang Wei" says nothing of the name before the comma)
_LEADING_TRADES = frozenset({"welder", "mechanic", "machinist", "fitter", "electrician", "inspector", "craftsman",
                             "doctor", "nurse", "miner"})
_HYPERNYM_TYPES = {"project": "Project", "programme": "Project", "program": "Project", "company": "Company",
                   "enterprise": "Company", "firm": "Company", "university": "University",
                   "institute": "ResearchInstitute", "laboratory": "ResearchInstitute", "product": "Product",
                   "award": "Award", "honor": "Award", "honour": "Award",
                   # "customers such as BYD, Chery and Geely"
                   "customer": "Company", "client": "Company", "carmaker": "Company", "automaker": "Company",
                   "manufacturer": "Company", "rival": "Company", "competitor": "Company", "utility": "Company",
                   "operator": "Company", "supplier": "Company", "buyer": "Company"}
_ACHIEVEMENT_NOUNS = {"achievement", "product", "innovation", "result", "breakthrough", "output"}
_CHINA_REGION = re.compile(r"^(?:[Cc]entral|(?:[Nn]orth|[Ss]outh)(?:east|west)?|[Ee]ast|[Ww]est|[Nn]orthern|[Ss]outhern|"
                           r"[Ee]astern|[Ww]estern) China$")
# Diseases look like codes ("COVID-19") and name nothing here.
_DISEASES = r"COVID|Covid|SARS|MERS"
_DISEASE_NAME = re.compile(r"^(?:" + _DISEASES + r"|H\dN\d)\b")
_YEAR = re.compile(r"^(?:19|20)\d\d$")
_SHORT_NUMBER = re.compile(r"^\d{1,4}$")  # a number that is part of a name: "Top 100", "Snow Lotus 6"
_MODEL_CODE = re.compile(r"^(?!" + _DISEASES + r")(?=.*\d)(?=.*[A-Z])[A-Z0-9]{1,5}(?:-[A-Z0-9]{1,6})+$|^[A-Z]{1,3}\d{2,5}[A-Z]?$"
                         r"|^[A-Z]{1,4}\d{1,6}[A-Z]?(?:/[A-Z0-9]{1,6})+$"  # "ZY26000/40/88D"
                         r"|^" + lx.VEHICLE_CODE + r"$")
# a model named by one capital and a number after a brand word ("Lingyun L9", "Qilin Q7")
_SHORT_MODEL = re.compile(r"^[A-Z]\d{1,2}[A-Z]?$")
_MODEL_WORDS = {"series", "model", "pro", "max", "plus", "ultra", "mini", "lite", "edition", "generation"}
_EVENT_HEADS = {"fair", "forum", "summit", "expo", "exhibition", "conference", "ceremony", "meeting", "festival",
                "games", "olympics", "week", "dynasty", "era", "period", "show", "messe", "fest", "marathon"}
_PARTITIVES = {"batch", "set", "range", "kind", "type", "number", "piece", "generation", "variety", "series",
               "pair", "lot", "family"}


@dataclass(frozen=True)
class _Bounds:
    start: int
    end: int


@dataclass
class Candidate:
    start: int
    end: int
    type: str | None
    priority: int  # lower wins ties
    source: str
    kb_id: str = ""  # canonical name of a known entity (kg.known)


def _ner_covering(doc: Doc, start: int, end: int) -> Span | None:
    ent = ent_at(doc)[start] if start < len(doc) else None
    return ent if ent is not None and end <= ent.end else None


# --- proper names -------------------------------------------------------------------------

def _standalone_elsewhere(doc: Doc, i: int, j: int) -> bool:
    """Does the name ``doc[i:j]`` also open a name somewhere else in the doc, not before "and"?

    "Muyuan and BAF Vietnam Agriculture JSC signed ...": "Muyuan" names a firm of its own
    elsewhere ("Muyuan has set up ..."), so the "and" joins two names. "Research and Development
    Center" keeps its "Research", which never opens a name by itself.
    """
    words = [t.lower_ for t in doc[i:j]]
    n = len(words)
    # (only where the first word recurs: read from the array, no Token built for the others)
    for k in positions(doc, "LOWER", {doc[i].lower}):
        if k == i or k >= len(doc) - n or [t.lower_ for t in doc[k:k + n]] != words:
            continue
        if k > 0 and is_name_token(doc[k - 1]) and not doc[k - 1].is_sent_start:
            if k < i and token_is_place_word(doc[k - 1]) and not_an_english_word(doc[k]) and _legal_name_from(doc, k):
                return True  # "Pingdingshan Yunying Drone Technology Co., Ltd. ... Yunying and Guangcai Group": the
                # word after a firm's place in its registered name is the firm's short name
            continue  # inside a longer name ("Henan Research Institute")
        if k > 0 and doc[k - 1].text in ("-", "/", "&") or doc[k + n].lower_ in ("and", "&", "-", "/"):
            continue
        return True
    return False


def _generic_run(doc: Doc, k: int) -> bool:
    """Do the name words from ``k`` on only describe (lines of business up to a head or legal form)?
    Then they cannot name an organisation by themselves: "Power Group Co., Ltd.", "Ceramics Research Institute"."""
    m = k
    while m < len(doc) and is_name_token(doc[m]) and m - k < 8:
        low = doc[m].lower_.rstrip(".")
        if not (low in lx.INDUSTRY_WORDS or low in lx.HEAD_TYPES or doc[m].lower_ in lx.HEAD_TYPES
                or _LEGAL.match(doc[m].text)):
            return False
        m += 1
    return m > k and (lx.HEAD_TYPES.get(doc[m - 1].lower_) is not None or bool(_LEGAL.match(doc[m - 1].text)))


def _legal_name_from(doc: Doc, k: int) -> bool:
    """Do the name words from ``k`` on end in a legal form ("Henan Tianmin Seed Industry Co., Ltd.")?"""
    m = k
    while m < len(doc) and is_name_token(doc[m]) and m - k < 8:
        m += 1
    return bool(_LEGAL_END.search(text_of(doc, k, _legal_suffix_end(doc, m))))


def _org_name_from(doc: Doc, k: int, min_words: int = 1) -> bool:
    """Do the name words from ``k`` on (through "of" and "and"), at least ``min_words`` of them, make an
    organisation's name by their head noun ("Chinese Academy of Sciences", "China Sewing Machinery Association",
    "Ministry of Education")?"""
    m = k
    while m < len(doc) and m - k < 10 and (is_name_token(doc[m]) or doc[m].lower_ in ("of", "and") and m + 1 < len(doc)
                                           and is_name_token(doc[m + 1])):
        m += 1
    return m - k >= min_words and head_type([t.lower_ for t in doc[k:m]]) in (
        "ResearchInstitute", "Organization", "University", "GovernmentBody")


def _one_english_word_ends(doc: Doc, k: int) -> bool:
    """Is ``doc[k]`` one English word that ends a name ("... of Mining and Technology")?"""
    return not not_an_english_word(doc[k]) and not (k + 1 < len(doc) and is_name_token(doc[k + 1]))


def _field_then_legal_form(doc: Doc, k: int, left_words: list[str]) -> bool:
    """ "Zhengzhou Research Institute for Abrasives | and | Grinding Co., Ltd.": after an institute's "for"/"of"
    field, one to three common English words run into a legal form: the field goes on and the institute is
    registered as a company (not "... Academy of Sciences and Henan Tianmin Seed Co., Ltd.", two names)."""
    if not (any(w in ("for", "of") for w in left_words[1:]) and head_type(left_words) == "ResearchInstitute"
            and _legal_name_from(doc, k)):
        return False
    core = []
    m = k
    while m < len(doc) and is_name_token(doc[m]) and not _LEGAL.match(doc[m].text) and len(core) <= 3:
        core.append(doc[m])
        m += 1
    return 0 < len(core) <= 3 and m < len(doc) and bool(_LEGAL.match(doc[m].text)) and not any(
        t.lower_ in lx.HEAD_TYPES or not_an_english_word(t) or token_is_place_word(t) for t in core)


def _connector_ok(doc: Doc, i: int, j: int, k: int) -> bool:
    """May the name ``doc[i:j]`` continue through the connector at ``j`` to the name token at ``k``?"""
    conn = doc[j].lower_
    left_last = doc[j - 1]
    left_words = [t.lower_ for t in doc[i:j]]
    if conn == "of" and doc[i].lower_ in lx.TITLES:
        return False  # "Emperor Jiajing of the Ming Dynasty": a person, then a period
    # "the China Chamber of Commerce for Import and Export of Machinery and Electronic Products": one name, through
    # the "for" after the chamber and the "and" of its trade
    if conn == "for" and left_words[-3:] == ["chamber", "of", "commerce"] \
            or conn in ("and", "&") and "chamber of commerce for" in " ".join(left_words):
        return True
    if conn in ("and", "&"):
        # "Pinggao Group and China XD Group" are two names; "Design and Research Institute" is one.
        if _LEGAL_END.search(text_of(doc, i, j)):
            return False  # "... Co., Ltd. and Zhengzhou University"
        if left_last.lower_ not in lx.HEAD_TYPES and _generic_run(doc, k):
            return True  # "... Coal and Power Group Co., Ltd.", "... Glass and Ceramics Research Institute": one name
        if _legal_name_from(doc, k) and head_type(left_words) is not None \
                and doc[k].lower_ not in lx.HEAD_TYPES \
                and not _field_then_legal_form(doc, k, left_words):  # not "... Energy and Chemical Group Co., Ltd."
            return False  # "the Henan Academy of Agricultural Sciences and Henan Tianmin Seed Co., Ltd.": two names
        if head_type(left_words) in ("Company", "University", "GovernmentBody", "Organization", "Place",
                                     "ResearchInstitute") and (
            left_last.lower_ in lx.HEAD_TYPES or left_last.lower_.rstrip(".") + "." in lx.HEAD_TYPES
        ) and not (left_last.i > i + 1 and doc[left_last.i - 1].lower_ in ("of", "for")
                   and head_type(left_words) in ("University", "ResearchInstitute", "GovernmentBody")
                   and _one_english_word_ends(doc, k)) and not (lx.HEAD_TYPES.get(doc[k].lower_) == "Company" and k + 1 < len(doc) and is_name_token(doc[k + 1])
                   and lx.HEAD_TYPES.get(left_last.lower_) == "Company" and left_last.lower_ not in ("group", "company",
                                                                                               "corporation", "corp")):
            # but "... Energy and Chemical Group Co., Ltd." is one name: two lines of business before the head
            return False
        if j - i >= 2 and head_type(left_words) is None and _legal_name_from(doc, k) and left_last.is_title \
                and not not_an_english_word(left_last) and not token_is_place_word(doc[k]) \
                and not not_an_english_word(doc[k]):
            # "Henan Zhongliu Measurement and Control Technology Co., Ltd.": two lines of business in one legal name
            # (the left part has no head noun to end a name of its own; the right part opens with no place or coined
            # word that could start another firm's name)
            return True
        # the name runs on after "and" without a head noun of its own: "Center for Quick-Frozen Rice and Flour
        # Food", "Wenshan Zhuang and Miao Autonomous Prefecture" are one name each
        m = k
        while m < len(doc) and is_name_token(doc[m]) and m - k < 6:
            m += 1
        right_words = [t.lower_ for t in doc[k:m]]
        if "autonomous" in right_words:
            return True
        if any(w in ("for", "of") for w in left_words[1:]) and head_type(left_words) in (
                "ResearchInstitute", "GovernmentBody", "Organization", "University") and (
                head_type(right_words) is None) and not any(not_an_english_word(t) for t in doc[k:m]):
            return True  # not "the Henan Academy of Sciences and Yutong": a firm's name is no line of study
        if _field_then_legal_form(doc, k, left_words):
            return True
        ent = _ner_covering(doc, i, j)
        if ent is not None and ent.end == j and ent.label_ in ("GPE", "PERSON", "LOC", "ORG") \
                and doc[k].lower_ not in lx.HEAD_TYPES:  # "... Energy and Chemical Group": no name starts "Chemical"
            nxt = _ner_covering(doc, k, k + 1)
            if nxt is not None and nxt.start == k:
                return False
        if j - i == 1 and token_is_place_word(left_last):
            return False
        if conn == "and" and doc[i].lower_ in lx.TITLES and j - i >= 3 and doc[j - 2].text in lx.CHINESE_SURNAMES:
            return False  # "Chairman Xu Jianguo and Board Secretary Li Na": two people, each with a title
        if conn == "and" and j - i == 1 and left_last.is_upper and len(left_last.text) >= 2:
            return False  # "BYD and Geely": an acronym names a firm by itself
        if conn == "and" and j - i == 1 and i >= 1 and doc[i - 1].text == "," and k + 1 < len(doc) \
                and not is_name_token(doc[k + 1]):
            return False  # "customers such as BYD, Chery and Geely": the end of a list of one-word names
        if conn == "and" and j - i == 1 and i >= 1 and doc[i - 1].lower_ in ("including", "like", "as") \
                and not token_is_place_word(left_last) and head_type(left_words) is None:
            return False  # "carmakers including Chery and Great Wall Motor": a list begins
        if conn == "and" and j - i <= 3 and _standalone_elsewhere(doc, i, j):
            return False
        return conn == "&" or doc[j - 1].whitespace_ != "" and not doc[k].ent_type_ == "PERSON"
    if conn in ("of", "for", "on"):
        if conn == "of" and " ".join(left_words + ["of", doc[k].lower_]) in lx.COUNTRIES:
            return True  # "the Republic of Korea", "the Kingdom of Saudi Arabia" (one more word: "Saudi Arabia")
        if conn == "of" and k + 1 < len(doc) and " ".join(left_words + ["of", doc[k].lower_, doc[k + 1].lower_]) \
                in lx.COUNTRIES:
            return True
        # ("the Toughened Epoxy Resin for Carbon Rod Blanks project": English words the NER took for a person,
        # then a project's title; a person's name here is pinyin)
        if conn == "for" and left_last.ent_type_ == "PERSON" and j - i >= 2 \
                and not any(not_an_english_word(t) or t.text in lx.CHINESE_SURNAMES for t in doc[i:j]) \
                and _names_a_project(doc, k, len(doc)):
            return True
        if left_last.ent_type_ in ("PERSON",) or left_last.ent_type_ == "GPE" and j - i == 1:
            return False
        if conn == "of" and j - i >= 2 and doc[j - 2].text in lx.CHINESE_SURNAMES and _pinyin_given_name(left_last) \
                and (j - i == 2 or doc[j - 3].lower_ in lx.TITLES):
            return False  # "Sun Xiaoli of Xuchang Ruida Electric Co., Ltd.": a person (the NER may miss), then the firm
        if conn == "of" and left_last.lower_ in ("district", "county", "town", "township") and (
                token_is_place_word(doc[k]) or doc[k].ent_type_ == "GPE" and not _legal_name_from(doc, k)
                # (one coined word after "of" is the city or county the town is in, whatever the NER says)
                or not_an_english_word(doc[k]) and not (k + 1 < len(doc) and is_name_token(doc[k + 1]))):
            return False  # "Hubin District of Sanmenxia", "Guangwu Town of Xingyang": a district, then its city
        if _FINAL_LEGAL_FORM.search(text_of(doc, i, j)):
            return False  # "Henan Yuzhong Steel Pipe Co., Ltd. of Anyang": a full legal name is complete
        if conn in ("of", "for") and (head_type(left_words) in ("Project", "Award", "Product") or conn == "of" and (
                left_last.lower_ in ("base", "park", "plant", "factory", "workshop"))) \
                and _legal_name_from(doc, k):
            # "the X Water Diversion Project of China Water Group Co., Ltd.", "the Bukhara 300 MW Solar Power Project
            # for Quyosh Energy LLC", "the Lankao Digital Garment Demonstration Base of Henan Y Co., Ltd.": the owner or
            # the client is a name of its own
            return False
        if conn == "of" and head_type(left_words) == "Award" and all(
                w in _GENERIC_AWARD_WORDS or w.isdigit() for w in left_words) and _org_name_from(doc, k):
            return True  # "the Science and Technology Award of the Chinese Pharmaceutical Association": an award named
            # by no word of its own is named by the body that gives it (dev golds: 2 to 0)
        if conn == "of" and (head_type(left_words) == "Award" or head_type(left_words) == "ResearchInstitute"
                             and "of" in left_words[1:]) and _org_name_from(doc, k):
            # "the Institute of Coal Chemistry of the Chinese Academy of Sciences" (an institute that has its field
            # already), "the Product Innovation Gold Award of the China Sewing Machinery Association": the body it
            # belongs to, or that gives it, is a name of its own
            return False
        if conn == "of":
            return left_last.lower_ in lx.HEAD_TYPES or left_last.pos_ in ("NOUN", "PROPN")
        if conn in ("for", "on") and head_type(left_words) in (None, "Company") and not _LEGAL_END.search(text_of(doc, i, j)) \
                and _names_a_project(doc, k, len(doc)) \
                and not any(token_is_place_word(t) or t.ent_type_ in ("GPE", "PERSON") for t in doc[i:j]):
            return True  # "Key Technologies for High-barrier Pharmaceutical Packaging Materials Project": one title
        # "Center for ...", "Institute for ..."; not "Elsewedy Electric for the New Capital power project", nor
        # "research with Xi'an Jiaotong University on SF6-free insulation"
        if conn == "on" and lx.HEAD_TYPES.get(left_last.lower_) == "Place":
            m = k
            while m < len(doc) and is_name_token(doc[m]) and m - k < 5:
                m += 1
            if doc[m - 1].lower_ in ("river", "lake", "sea", "coast", "bay", "mountain", "mountains", "plain", "canal"):
                return False  # "in Henan Province on the Yellow River": where a place lies
        return left_last.lower_ in lx.HEAD_TYPES and lx.HEAD_TYPES[left_last.lower_] != "Company" \
            and not (conn == "on" and lx.HEAD_TYPES[left_last.lower_] == "University")
    return conn in PROPER_CONNECTORS


# Words after which a number belongs to the name: "Metro Line 16", "China Railway No. 1", "Phase II".
_NUMBERED = frozenset({"line", "no", "no.", "phase", "unit", "number", "lot", "block", "stage", "section"})
_ORDINAL_WORDS = frozenset({"first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth",
                            "tenth", "eleventh", "twelfth", "1st", "2nd", "3rd", "4th", "5th", "6th", "7th", "8th",
                            "9th", "10th", "11th", "12th", "13th", "14th", "15th", "16th", "17th", "18th", "19th", "20th"})
# generic nouns after a model code that add nothing to its name
_GENERIC_MODEL_NOUNS = frozenset({"model", "models", "machine", "machines"})
# what a list or ranking lists, when its name ends with it
_LISTED_KINDS = frozenset({"enterprises", "companies", "firms", "smes", "brands", "products", "equipment", "materials",
                           "manufacturers", "exporters", "groups", "businesses"})
# the words of an award's name that say nothing of whose award it is: "Science and Technology Award", "Gold Award"
_GENERIC_AWARD_WORDS = frozenset({"science", "technology", "and", "progress", "invention", "award", "awards", "prize",
                                  "gold", "silver", "bronze", "grand", "special"})
# the grades a prize is given in: "the ... Progress Award (first class)"
_GRADE_WORDS = frozenset({"first", "second", "third", "special", "top", "1st", "2nd", "3rd"})
_MEDAL_WORDS = frozenset({"gold", "silver", "bronze", "grand"})
# the events whose awards are named after them: "a gold award at the China International Industry Fair"
_PRIZE_EVENTS = frozenset({"fair", "expo", "exhibition", "competition", "contest", "show", "festival", "games",
                          "olympiad", "challenge"})
# acronyms that say what kind of project it is, not which one: "a provincial key R&D project", "the EPC project"
_GENERIC_ACRONYMS = frozenset({"R&D", "AI", "IT", "ICT", "EV", "PPP", "EPC", "BOT"})
_ROMAN = re.compile(r"^(?:I{1,3}|IV|V|VI{0,3}|IX|X)$")


def _title_series_end(doc: Doc, j: int, sent_end: int) -> int | None:
    """At the comma ``j``: the index after a title-case series of adjectives that ends "and X" and goes on with the
    name ("Specialized, Refined, Distinctive and Novel SME"); None for a list of names ("Zhengzhou, Luoyang and
    Kaifeng", "Apple, Orange and Pear Group")."""
    toks = tokens(doc)
    # "Institute of Optics, Fine Mechanics and Physics": after "Institute of", "Academy of", "University of" the
    # fields of study are a series of common nouns of one to three words, and the name may end with the last
    of = next((x for x in range(j - 2, max(j - 6, 0), -1) if toks[x].lower_ == "of"), None)
    fields = of is not None and lx.HEAD_TYPES.get(toks[of - 1].lower_) in ("ResearchInstitute", "University",
                                                                           "Organization")

    def common(t: Token) -> bool:
        # (whatever the NER says of title-case words: it calls "Distinctive" a nationality)
        return t.is_title and t.is_alpha and not token_is_place_word(t) and (
            t.lower_ in ENGLISH_ADJECTIVES or fields and (t.lower_ in ENGLISH_WORDS or t.lower_[-1:] == "s"
                                                          and t.lower_[:-1] in ENGLISH_WORDS))  # ("Materials")

    def item_end(k: int) -> int:
        m = k
        while m < sent_end and m - k < (3 if fields else 1) and common(toks[m]):
            m += 1
        return m

    found = _item_series(doc, j, sent_end, common, item_end)
    if found is not None:
        after_and, m = found
        if fields:
            return m
        if m < sent_end and is_name_token(toks[m]):
            return after_and
        return None

    # "the Henan Provincial Aluminium Plate, Strip and Foil Engineering Technology Research Center": a series of
    # goods nouns inside the name of a research centre (the name must go on to a centre's or a lab's head)
    def goods(t: Token) -> bool:
        return t.is_title and t.is_alpha and not token_is_place_word(t) and (
            t.lower_ in ENGLISH_WORDS or t.lower_[-1:] == "s" and t.lower_[:-1] in ENGLISH_WORDS)

    def goods_end(k: int) -> int:
        m = k
        while m < sent_end and m - k < 2 and goods(toks[m]):
            m += 1
        return m

    found = _item_series(doc, j, sent_end, goods, goods_end)
    if found is None or found[1] >= sent_end or not is_name_token(doc[found[1]]):
        return None
    e = found[1]
    while e < sent_end and e - found[1] < 8 and is_name_token(toks[e]):
        e += 1
    return found[1] if lx.HEAD_TYPES.get(toks[e - 1].lower_) == "ResearchInstitute" else None


def _item_series(doc: Doc, j: int, sent_end: int, item: Callable[[Token], bool],
                 item_end: Callable[[int], int]) -> tuple[int, int] | None:
    """At the comma ``j`` after an item: (the index after the word after "and", the end of the last item) of a
    series "A, B and C"; None when the words make no such series."""
    if not item(doc[j - 1]):
        return None
    k = j
    while k + 2 < sent_end and doc[k].text == "," and (m := item_end(k + 1)) > k + 1:
        k = m
    if k + 2 < sent_end and doc[k].lower_ == "and" and k > j and (m := item_end(k + 1)) > k + 1:
        return k + 2, m
    return None


def _number_end(doc: Doc, end: int, sent_end: int) -> int:
    """Extend a name over the number that ends it ("Paris Metro Line 16", "China Railway No. 1")."""
    toks = tokens(doc)
    if toks[end - 1].lower_ not in _NUMBERED or end - 1 == 0:
        return end
    k = end
    if toks[end - 1].lower_ == "no" and k < sent_end and toks[k].text == "." and not toks[k].whitespace_ == "":
        k += 1  # "No" "." "1" as the tokenizer may split it
    if k < sent_end and (toks[k].like_num and re.match(r"^\d{1,4}[A-Za-z]?$", toks[k].text) or _ROMAN.match(toks[k].text)):
        return k + 1
    return end


def _legal_suffix_end(doc: Doc, end: int) -> int:
    """Extend a name over a legal suffix that follows it ("Co., Ltd.", "Co.,Ltd")."""
    if end >= len(doc):
        return end
    char = char_bounds(doc)[1][end - 1]
    text = doc_text(doc)
    split_period = text[char:char + 1] == "." and _LEGAL_END.match(text_of(doc, end - 1, end) + ".")
    if split_period:
        char += 1  # "Ruikang Global Trading Pte. Ltd.": the tokenizer split the period off "Pte."
    m = _LEGAL.match(text, char)
    if split_period and (not m or m.end() == char) and doc[end].text == "." and end + 1 < len(doc) \
            and not doc[end + 1].is_sent_start:
        return end + 1  # "Lusoprint Comercio Ltda., a Brazilian distributor": the period is the form's own (not the
        # sentence's last)
    if (not m or m.end() == char) and text[char - 3:char] == " Sp":
        # "Leyou Baby Europe Sp. z o.o.": the name's last word opens the legal form
        char -= 2
        m = _LEGAL.match(text, char)
    if not m or m.end() == char:
        return end
    span = doc.char_span(char, m.end(), alignment_mode="expand")
    if span is None:
        return end
    return max(end, span.end)


_PERIOD_TAIL = re.compile(r"(?: in (?:the )?(?:[A-Z][\w'-]* ?){1,3})? ?\((?:19|20)\d\d ?[-\u2013] ?(?:19|20)\d\d\)")


def _title_period_end(doc: Doc, i: int, end: int, sent_end: int) -> int:
    """Extend a plan's title over the years it covers: "... Action Plan (2024-2027)", "... Industry in Henan
    Province (2022-2035)". Only a title with a plan head noun, and only where the period closes it."""
    if end >= sent_end:
        return end
    char = char_bounds(doc)[1][end - 1]
    m = _PERIOD_TAIL.match(doc_text(doc), char)
    # (the period first: it is rare, and cheaper to look for than the head noun)
    if not m or head_type(span_words(doc[i:end])) != "Project":
        return end
    span = doc.char_span(char, m.end(), alignment_mode="expand")
    return span.end if span is not None and span.end <= sent_end else end


# words that end a model's description: "rolled out the 3WP-1200 boom sprayer last year"
_TIME_WORDS = frozenset({"last", "next", "this", "year", "years", "month", "months", "week", "weeks", "today"})
_UNIT = re.compile(r"^(?:[kMG]W[h]?|GWh|MWh|kV|tonnes?|tons?|mu|km)$")


# Size words a title-case name capitalises: "50,000-Tonne", "1.5-Million-Tonne", "10-GW"
_TITLE_UNITS = frozenset({"tonne", "tonnes", "ton", "tons", "million", "billion", "thousand", "unit", "units", "set",
                          "sets", "mu", "kilometer", "kilometre", "meter", "metre", "gw", "mw", "kw", "gwh", "mwh", "kv",
                          "liter", "litre", "liters", "litres"})


# Units written only before a period ("300 t/a", "5,000 m3/d") and the periods of a rate ("Tons/Year")
_RATE_UNITS = frozenset({"t", "kt", "m3", "m³"})
_PERIODS = frozenset({"year", "yr", "a", "annum", "d", "day", "h", "hour", "month"})


def _measure_in_name(doc: Doc, j: int, sent_end: int) -> int:
    """Where a project's name goes on after a size inside it ("Yongcheng 300,000-tonne Green Methanol
    Project"): the index after the size, if capitalised words then end in a project head; else 0."""
    k = j + 1
    # (title case too, as names are written: "the 50,000-Tonne Ultra-High-Power Graphite Electrode Project", "the
    # Jiyuan Steel 1.5-Million-Tonne ... Project")
    if k + 1 < sent_end and doc[k].text == "-" and doc[k + 1].is_alpha and (
            doc[k + 1].is_lower or _UNIT.match(doc[k + 1].text) or doc[k + 1].lower_ in _TITLE_UNITS):
        k += 2  # "300,000" "-" "tonne", "800" "-" "kV"
        while k + 1 < sent_end and doc[k].text == "-" and not doc[k - 1].whitespace_ and doc[k + 1].is_alpha \
                and (doc[k + 1].is_lower or doc[k + 1].lower_ in _TITLE_UNITS):
            k += 2  # "3-billion-pack", "1,000-tonne-a-day"
    elif k + 1 < sent_end and (m := re.match(r"^([A-Za-z]+)/\d[\d,.]*$", doc[k].text)) and _UNIT.match(m.group(1)) \
            and _UNIT.match(doc[k + 1].text):
        k += 2  # "100 MW/400 MWh" (one token "MW/400"): a power and an energy storage's capacity
    elif k < sent_end and _UNIT.match(doc[k].text):
        k += 1  # "10 GWh"
    elif k + 2 < sent_end and doc[k + 1].text == "/" and (doc[k].lower_ in _TITLE_UNITS or doc[k].lower_ in _RATE_UNITS):
        k += 1  # "200,000 Tons/Year", "300 t/a": the rate's period follows
    else:
        return 0
    if k + 1 < sent_end and doc[k].text == "/" and not doc[k - 1].whitespace_ and not doc[k].whitespace_ \
            and doc[k + 1].lower_ in _PERIODS:
        k += 2  # "50,000-ton/year", "10,000 t/d": a capacity per year or day
    return k if _project_name_ends(doc, k, sent_end) else 0


def _name_run_end(doc: Doc, k: int, sent_end: int) -> int:
    """Where the capitalised words from ``k`` on end, hyphenated words ("Sodium-ion", "High-barrier") and "and"
    between capitalised words ("... Power Transmission and Transformation Project") included."""
    m = k
    while m < sent_end and (is_name_token(doc[m]) or doc[m].text == "-" and m + 1 < sent_end and doc[m + 1].is_alpha
                            or doc[m - 1].text == "-" and doc[m].is_alpha
                            or doc[m].lower_ == "and" and m > k and m + 1 < sent_end and is_name_token(doc[m + 1])):
        m += 1
    return m


def _project_name_ends(doc: Doc, k: int, sent_end: int) -> bool:
    """Do the capitalised words from ``k`` on end in a project head ("... Green Methanol Project")?"""
    m = _name_run_end(doc, k, sent_end)
    return m > k and (doc[m - 1].lower_ in ("base", "park", "plant", "gigafactory", "factory")
                      or doc[m - 1].lower_ in lx.PROJECT_HEADS)


def _names_a_project(doc: Doc, k: int, sent_end: int) -> bool:
    """Do the capitalised words from ``k`` on name a project, with its head in capitals or after them ("the Central
    China Cold Chain Logistics Hub project")?"""
    m = _name_run_end(doc, k, sent_end)
    return m > k and (doc[m - 1].lower_ in lx.PROJECT_HEADS or m < sent_end and doc[m].lower_ in (
        "project", "projects", "programme", "program"))


def _parenthesised_part(doc: Doc, j: int, sent_end: int) -> int:
    """End of "(Dongguan) Co., Ltd." after a name: Chinese legal names put a place or a line of business in
    parentheses before the legal form ("Jonhon Optronic Technology (Dongguan) Co., Ltd."); 0 if not that."""
    close = next((k for k in range(j + 1, min(j + 4, sent_end)) if doc[k].text == ")"), None)
    if close is None or close == j + 1 or not all(is_name_token(t) for t in doc[j + 1:close]):
        return 0
    k = close + 1
    # ("Yihai Kerry (Zhoukou) Grain and Oil Industries Co., Ltd.": two lines of business joined by "and")
    while k < sent_end and k - close <= 5 and (is_name_token(doc[k]) or doc[k].lower_ in ("and", "&") and k > close + 1
                                               and k + 1 < sent_end and is_name_token(doc[k + 1])):
        if _LEGAL.match(doc[k].text):
            return k  # the legal form itself is added by _legal_suffix_end
        k += 1
    # "the China (Henan) Pilot Free Trade Zone", "China (Zhengzhou) Cross-border E-commerce Comprehensive Pilot Zone":
    # a province or city in parentheses inside the name of a zone
    if k > close + 1 and doc[k - 1].lower_ in ("zone", "area", "park") and all(
            token_is_place_word(t) for t in doc[j + 1:close]):
        return k
    return 0


def _name_words_end(doc: Doc, k: int, sent_end: int, most: int) -> int:
    """Where the name words from ``k`` on end, at most ``most`` of them."""
    m = k
    while m < sent_end and m - k < most and is_name_token(doc[m]):
        m += 1
    return m


def _industry_after(doc: Doc, k: int, sent_end: int) -> int:
    """Where capitalised words from ``k`` on end when they end in "Industry" or "Sector" (a ranking's field: "... of
    China's Zipper Industry"); else 0."""
    m = _name_words_end(doc, k, sent_end, 6)
    return m if m > k + 1 and doc[m - 1].lower_ in ("industry", "sector") else 0


def _award_after(doc: Doc, k: int, sent_end: int) -> bool:
    """Do capitalised words from ``k`` on end in the head of an award ("... Mayor's Quality Award")?"""
    m = _name_words_end(doc, k, sent_end, 5)
    return m > k and doc[m - 1].lower_ in ("award", "awards", "prize", "medal")


# Adverbs of time a sentence may open with, capitalised, right before a name
_TIME_OPENERS = frozenset({"today", "now", "currently", "recently", "yesterday", "nowadays", "later", "earlier",
                           "meanwhile", "previously", "formerly", "soon"})


# Nouns after a person's name that make a group of people, not goods: "the Li Wei team", "the Wang family"
_PEOPLES_GROUPS = frozenset({"team", "teams", "family", "families", "couple", "brothers", "sisters", "studio", "group",
                             "workshop", "era", "administration", "government", "school", "style", "award", "prize",
                             "medal", "scholarship", "fund", "foundation", "memorial", "museum", "institute",
                             "laboratory", "lab", "center", "centre"})

_BREEDING_WORDS = frozenset({"breed", "bred", "breeds", "breeding", "variety", "varieties", "cultivar", "cultivars",
                             "strain", "strains", "hybrid"})


def _breeding_sentence(tok: Token) -> bool:
    """Does the sentence of ``tok`` speak of breeding ("bred", "variety", "cultivar")?"""
    s, e = sent_bounds(tok)
    return any(t.lower_ in _BREEDING_WORDS for t in tok.doc[s:e])


def proper_name_spans(doc: Doc, toks: list[Token] | None = None) -> list[tuple[int, int]]:
    toks = toks if toks is not None else list(doc)  # (each Token built once)
    out: list[tuple[int, int]] = []
    n = len(doc)
    # only a word whose shape starts with a capital or a digit, or has a capital inside ("iPhone"), can open a
    # name: read the shapes from an array, so that no Token is built for the other words
    shapes = doc.to_array("SHAPE").tolist()
    strings = doc.vocab.strings
    opener: dict[int, bool] = {}
    bounds = sentence_bounds(doc)
    i = 0
    while i < n:
        may = opener.get(shapes[i])
        if may is None:
            shape = strings[shapes[i]]
            may = opener[shapes[i]] = shape[:1] in ("X", "d") or "X" in shape
        if not may:
            i += 1
            continue
        tok = toks[i]
        # ("the 150,000-ton E-glass Fiber Tank Furnace Phase II Project": a size may open a project's name)
        # (not a sum of money: "its 2.1-billion-yuan High-end Bearing Industrial Park project")
        # ("the 500 kV Intelligent Transformer Manufacturing Base project": a size with its unit as a word of its own)
        sized = tok.like_num and i + 2 < n and (toks[i + 1].text in ("-", "/") or _UNIT.match(toks[i + 1].text)
                                                or toks[i + 2].text == "/") \
            and tok.ent_type_ != "MONEY" \
            and (size_end := _measure_in_name(doc, i, bounds[i][1])) and size_end < n \
            and toks[size_end].text[:1].isupper() \
            and not any(t.lower_ in ("yuan", "dollar", "dollars", "euro", "euros", "rmb") for t in doc[i:size_end])
        if not (is_name_token(tok) or numeric_name_start(tok) and i + 1 < n and is_name_token(toks[i + 1]) or sized):
            i += 1
            continue
        if tok.lower_ == "board" and i + 3 < n and toks[i + 1].lower_ == "of" \
                and toks[i + 2].lower_ in ("directors", "supervisors") and toks[i + 3].lower_ == "of":
            i += 4  # "The Board of Directors of X Co., Ltd. approved ...": the firm's organ; the name is the firm's
            continue
        if tok.text == "R&D" and i + 1 < n and toks[i + 1].lower_ == "of":
            i += 1  # "The R&D of the HX-Tenter process by ...": the work, not a name; the name comes after "of"
            continue
        if tok.lower_ in _TIME_OPENERS and i + 1 < n and is_name_token(toks[i + 1]) and (
                tok.is_sent_start or i > 0 and toks[i - 1].text in QUOTES):
            i += 1  # "Today Wanggou has 14 workshops", "Now Jingying ships ...": the adverb opens the sentence only
            continue
        sent_end = bounds[i][1]
        j = size_end if sized else i + 1
        last = j
        while j < sent_end:
            t = toks[j]
            if is_name_token(t):
                j += 1
                last = j
                continue
            if t.lower_ in ("of", "for") and j + 1 < sent_end and _YEAR.match(toks[j + 1].text) and (
                    # 'an "Excellent Supplier of 2025"': a year inside the quotes is part of the title
                    i > 0 and toks[i - 1].text in QUOTES and j + 2 < sent_end and toks[j + 2].text in QUOTES
                    # "ranked seventh in the Top 20 Chinese Outdoor Brands of 2024", "was named one of the Henan
                    # Outstanding Private Entrepreneurs of 2024": the year closes a ranking's title (dev golds 3 of 3)
                    or t.lower_ == "of" and toks[j - 1].is_title and toks[j - 1].lower_ in _TITLE_HEADS
                    and toks[j - 1].lower_.endswith("s") and not (j + 2 < sent_end and is_name_token(toks[j + 2]))):
                j = last = j + 2
                break
            if toks[j - 1].text in ("Award", "Awards", "Prize") and (
                    _YEAR.match(t.text) or t.text == ":" and j + 2 < sent_end and is_name_token(toks[j + 1])
                    and toks[j + 1].text[:1].isupper()):
                # "won an iF Design Award 2025", "a Red Dot Award: Product Design 2024": an edition's year, and a
                # contest's section after a colon, are in the award's name (dev golds 3 of 3)
                if t.text == ":":
                    j += 1
                    while j < sent_end and is_name_token(toks[j]) and toks[j].text[:1].isupper():
                        j += 1
                    if j < sent_end and _YEAR.match(toks[j].text):
                        j += 1
                else:
                    j += 1
                last = j
                break
            if t.text in ("-", "/") and not toks[j - 1].whitespace_ and j + 1 < sent_end and not t.whitespace_:
                nxt = toks[j + 1]
                if token_is_place_word(toks[j - 1]) and token_is_place_word(nxt) and not (
                        j + 2 < sent_end and (is_name_token(toks[j + 2])
                                              # "the Nanyang-Wuhan 1,000-kV UHV AC Project": a line's two ends
                                              or toks[j + 2].like_num and _measure_in_name(doc, j + 2, sent_end))):
                    break  # "the Zhengzhou-Luxembourg route": two places ("China-Belarus Industrial Park" is one)
                if is_name_token(nxt):
                    j += 2
                    last = j
                    continue
                if nxt.is_alpha and (nxt.lower_ not in _NOT_NAME_PARTICIPLES or not token_is_place_word(toks[j - 1])
                                     and toks[j - 1].ent_type_ not in ("GPE", "LOC")
                                     and toks[j - 1].lower_ not in lx.HEAD_TYPES) \
                        and j + 2 < sent_end and is_name_token(toks[j + 2]):
                    j += 3  # "Bio-based Nylon Project" (but "the Zhengzhou-based Yutong" is two names)
                    last = j
                    continue
                if nxt.is_alpha and nxt.is_lower and j + 3 < sent_end and toks[j + 2].text == "-" \
                        and not toks[j + 2].whitespace_ and is_name_token(toks[j + 3]):
                    j += 4  # "Waste-to-Energy", "Coal-to-Liquids"
                    last = j
                    continue
                break
            if t.text == "." and toks[j - 1].text == "No" and not toks[j - 1].whitespace_ and j + 2 < sent_end \
                    and re.match(r"^\d{1,4}[A-Za-z]?$", toks[j + 1].text) and is_name_token(toks[j + 2]):
                j += 2  # "the Yili No. 4 Coal Mine Project", "China Railway No. 1 Engineering Group": a number inside
                continue
            if t.like_num and _SHORT_NUMBER.match(t.text) and j + 1 < sent_end and is_name_token(toks[j + 1]) \
                    and (toks[j - 1].lower_ in ("top", "global", "china", "fortune", "world")
                         # "the Annual Output of 20 Billion Plant-based Hard Capsules Project"
                         or toks[j - 1].lower_ == "of" and _project_name_ends(doc, j + 1, sent_end)
                         or toks[j + 1].lower_ in lx.PROJECT_HEADS
                         # "Zhengzhou Metro Line 10 Phase II Project", "the ... Metro Line 12 Direct Drinking Water
                         # Project"
                         or toks[j - 1].lower_ in _NUMBERED and (toks[j + 1].lower_ in ("phase", "stage", "section")
                                                                 or _project_name_ends(doc, j + 1, sent_end))):
                j += 1  # "Henan Top 100 Enterprises", "Fortune Global 500", "the Smart Garment 100 Program"
                continue
            if is_possessive(t) and j + 1 < sent_end and is_name_token(toks[j + 1]) and (
                toks[j - 1].tag_ in ("NNS", "NNPS") and not (
                    # (not "the Henan Academy of Sciences' Institute of Applied Physics": a body's name is whole before
                    # the possessive, and what it owns is a name of its own; but "the ... Tool Builders' Association"
                    # is one name, the head word alone after the possessive)
                    head_type(span_words(doc[i:j])) in ("ResearchInstitute", "Organization", "University",
                                                        "GovernmentBody", "Company")
                    and _org_name_from(doc, j + 1, min_words=2))
                or toks[j - 1].lower_ in ("people", "women", "workers", "children", "men")
                # "the Top 10 Brands of China's Zipper Industry": a ranking's field, named in the ranking's title
                or j - 2 > i and toks[j - 2].lower_ in ("of", "in") and token_is_place_word(toks[j - 1])
                and any(x.lower_ == "top" and x.i + 1 < j and doc[x.i + 1].like_num for x in doc[i:j - 2])
                and _industry_after(doc, j + 1, sent_end)
                # "Henan Jiabao Children's Products Co., Ltd.": a possessive inside a registered name
                or _legal_name_from(doc, j + 1) and not token_is_place_word(toks[j - 1])
                and head_type(span_words(doc[i:j])) != "Place"  # not "Guangshan County's Henan Saishan ... Ltd."
                or _award_after(doc, j + 1, sent_end) and not token_is_place_word(toks[j - 1])
                # "the Shangqiu Mayor's Quality Award" (whatever the NER calls "2024 Henan Governor's")
                and (toks[j - 1].ent_type_ not in ("GPE", "LOC") or toks[j - 1].lower_ in ("governor", "mayor"))
            ):
                j += 1
                continue
            if t.lower_ == "the" and j + 1 < sent_end and is_name_token(toks[j + 1]) and any(
                    x.lower_ in ("of", "on", "for") for x in doc[i:j]):
                j += 1
                continue
            if t.like_num and re.match(r"^\d{1,3}$", t.text) and j + 1 < sent_end and _LEGAL.match(toks[j + 1].text):
                j += 1  # "Sinohydro Bureau 11 Co., Ltd.": a numbered unit before its legal form
                last = j
                continue
            if numeric_name_start(t) and not t.like_num and j + 1 < sent_end and is_name_token(toks[j + 1]) \
                    and _project_name_ends(doc, j + 1, sent_end):
                j += 1  # "the Badin 2x30MW Biomass Power Plant Project": a size written as one word
                continue
            if t.like_num and (skip := _measure_in_name(doc, j, sent_end)):
                j = skip  # "the Yongcheng 300,000-tonne Green Methanol Project", "the Zhoukou 10 GWh ... Project"
                continue
            if t.text == "," and (after := _title_series_end(doc, j, sent_end)):
                j = last = after  # "Henan Provincial Specialized, Refined, Distinctive and Novel SME": one title
                continue
            if t.text == "(" and j + 3 < sent_end and toks[j + 1].lower_ in ("phase", "stage") \
                    and toks[j + 3].text == ")" and (_ROMAN.match(toks[j + 2].text) or toks[j + 2].like_num):
                j = last = j + 4  # "the Yingkang ... Industrial Park (Phase II)": the phase is part of the name
                continue
            if t.text == "(" and (closed := _parenthesised_part(doc, j, sent_end)):
                j = last = closed
                continue
            if t.lower_ in ("in", "with") and j + 1 < sent_end and is_name_token(toks[j + 1]) \
                    and _title_of_name(doc, i) and toks[i - 2].lower_ in ("title", "titles") \
                    and toks[j + 1].ent_type_ not in ("DATE", "TIME", "GPE", "LOC") \
                    and not token_is_place_word(toks[j + 1]):
                # "the title of Henan Provincial Leading Enterprise in Rural Revitalization", "... Outstanding Builder
                # of Socialism with Chinese Characteristics": a conferred title runs on through its field (not "in
                # November", "in Henan")
                j += 1
                continue
            if t.lower_ in PROPER_CONNECTORS:
                k = j + 1
                if k < sent_end and toks[k].lower_ == "the" and t.lower_ not in ("and", "&"):
                    k += 1
                    if t.lower_ == "for" and _names_a_project(doc, k, sent_end):
                        break  # "signed a contract with the X Management Committee for the Y Hub project": two names
                if t.lower_ == "for" and k + 1 < sent_end and toks[k].lower_ in ("phase", "stage") \
                        and (_ROMAN.match(toks[k + 1].text) or toks[k + 1].like_num):
                    break  # "an agreement with the X County People's Government for Phase II of the Y Park": a phase
                    # opens the name of a project of its own
                if k + 1 < sent_end and (toks[k].like_num or toks[k].ent_type_ == "ORDINAL") and is_name_token(toks[k + 1]):
                    k += 1
                if k < sent_end and is_name_token(toks[k]) and _connector_ok(doc, i, j, k):
                    j = k
                    continue
            break
        last = _number_end(doc, last, sent_end)
        if last + 2 < sent_end and toks[last].text == "(" and toks[last + 2].text == ")" \
                and toks[last + 1].lower_ in lx.CHINA_PLACES and head_type(span_words(doc[i:last])) in (
                    "ResearchInstitute", "Company"):
            last += 3  # "National Industrial Boiler Quality Inspection and Testing Center (Henan)": the branch's name
        end = _title_period_end(doc, i, _legal_suffix_end(doc, last), sent_end)
        # "the Annual 150,000-tonne Pickled Vegetables ... Project": the capitalised word the NER reads as a date
        # opens the name
        start = i - 1 if i >= 2 and toks[i - 1].text == "Annual" and not toks[i - 1].is_sent_start else i
        if toks[i].lower_ in ("million", "billion", "thousand") and i >= 1 and toks[i - 1].like_num \
                and not toks[i - 1].is_sent_start:
            start = i - 1  # "the latter's 1.2 Million-tonne Short-process ... Project": the number opens the size
        out.append((start, end))
        i = max(end, i + 1)
    return out


# Heads of designations that read like firms: "National Green Factory", "China Time-honored Brand"
_TITLE_HEADS = frozenset({"factory", "factories", "brand", "brands", "enterprise", "enterprises", "company",
                          "companies", "firm", "firms", "champion", "champions", "benchmark", "demonstration", "pioneer",
                          "leader", "leaders", "star", "stars", "unicorn", "unicorns", "gazelle", "gazelles", "giant",
                          "giants", "base", "center", "centre", "zone", "city", "county", "town", "village",
                          "worker", "workers", "craftsman", "craftsmen", "pacesetter", "hero", "heroes", "model",
                          "entrepreneur", "entrepreneurs", "product", "products", "catalogue", "catalog",
                          "sme", "smes", "cluster", "clusters", "bases", "workshop", "workshops",
                          # people's honours: "was named a Central Plains Leading Talent", "a China Arts and Crafts
                          # Master", "a National March 8th Red-Banner Holder"
                          "talent", "talents", "master", "masters", "holder", "holders", "pacesetters", "inheritor",
                          "inheritors",
                          # a place's: "was named China's Hometown of Willow Weaving"
                          "hometown"})


def _title_of_name(doc: Doc, start: int) -> bool:
    """Does "the title of" or "the status of" stand right before the name at ``start``?"""
    k = start - 1
    return k >= 2 and doc[k].lower_ == "of" and doc[k - 1].lower_ in ("title", "titles", "status", "designation")


def _as_a_title(doc: Doc, start: int) -> bool:
    """Does "as a" or "named a" stand right before the name at ``start``? ("was recognized as a Henan Provincial
    Enterprise Technology Center": one of a kind, a title; "was renamed the X Laboratory" gives a name)"""
    return start >= 2 and doc[start - 1].lower_ in ("a", "an") and doc[start - 2].lower_ in ("as", "named", "rated")


def _in_award_position(doc: Doc, start: int, end: int) -> bool:
    """Is the capitalised name ``doc[start:end]`` a title conferred in its sentence? ("won the title of China
    Time-honored Brand", "was named a Global Lighthouse Factory", "was recognized as a Henan Famous Brand")"""
    toks = tokens(doc)  # (each Token built once: ``doc[i]`` builds a new one on each access)
    span = doc[start:end]
    root = span.root
    if _LEGAL.search(span_text(span)):
        return False
    if _title_of_name(doc, start) and toks[start - 2].lower_ in ("title", "titles"):
        return True  # "received the title of Henan Provincial Outstanding Engineer": whatever its last word
    if root.dep_ == "oprd" and root.head.lemma_.lower() in lx.RECEIVE_VERBS and start > 1 \
            and toks[start - 1].text in QUOTES and toks[start - 2].lower_ in ("a", "an"):
        # 'named the Company an "Excellent Supplier of 2025"': a quoted title given, whatever its last word (one of a
        # kind, with "a"; 'a drive named "Lanying"' names a product)
        return True
    if _as_a_title(doc, start) and toks[start - 2].lower_ == "as" and start >= 3 \
            and toks[start - 3].lemma_.lower() in lx.RECEIVE_VERBS and toks[end - 1].lower_ in _TITLE_HEADS:
        return True  # "was honored as a National March 8th Red-Banner Holder", however the parser reads the name
    # ("the Henan Provincial Catalogue of First Sets of Major Technical Equipment": the head before "of" decides)
    if toks[end - 1].lower_ not in _TITLE_HEADS and root.lower_ not in _TITLE_HEADS:
        return False
    while end - start >= 2 and root.dep_ == "conj" and root.head.i < start and root.head.pos_ in ("NOUN", "PROPN"):
        root = root.head  # "won the honors of national high-tech enterprise and Henan Provincial Green Factory"
    if root.dep_ in ("compound", "nmod") and root.head.i >= end and root.head.i - end <= 1 \
            and root.head.lower_ in ("designation", "title", "honor", "honour", "status"):
        root = root.head  # 'was granted the "Henan Provincial Smart Factory" designation': where the title word is
    head = root.head
    if root.dep_ == "dobj" and head.lemma_.lower() == "hold" and root.lower_ in ("title", "designation", "status"):
        return True  # "the Company holds the China Time-honored Brand title"
    if root.dep_ == "dobj" and head.lemma_.lower() == "make" and root.lower_ in ("list", "catalogue", "catalog"):
        return True  # "the foil made the Henan Key New Materials Catalogue in 2023"
    if root.dep_ in ("dobj", "oprd", "attr") and head.lemma_.lower() in lx.RECEIVE_VERBS:
        # "X won the China Quality Award"; "X was named a Y": only a passive names the holder as subject
        return head.lemma_.lower() in lx.WIN_VERBS or any(c.dep_ in ("nsubjpass", "auxpass") for c in head.children) \
            or root.dep_ == "oprd"
    if root.dep_ == "pobj" and head.lower_ in ("of", "as"):
        up = head.head
        if head.lower_ == "of" and (up.lower_ in lx.TITLE_NOUNS or up.lower_ in (
                "designation", "list", "lists", "ranking", "rankings", "batch")):
            return True  # (also "made the list of National New Industrialization Demonstration Bases")
        if head.lower_ == "of" and up.lower_ == "one" and up.head.lemma_.lower() in lx.RECEIVE_VERBS:
            return True  # "was named one of the Top Ten Young Entrepreneurs of Zhoukou"
        return head.lower_ == "as" and (up.lemma_.lower() in lx.RECEIVE_VERBS or passed_certification(up))
    if root.dep_ == "pobj" and head.lower_ in ("in", "into", "on", "among") and head.head.lemma_.lower() in (
            "include", "list", "select", "place", "put", "enter") and not (
            head.lower_ == "in" and head.head.lemma_.lower() in ("put", "place")):  # ("put X into operation in Y Town")
        # "was included in the Henan Province First Batch New Materials Promotion Catalogue", "was listed among the
        # Henan Famous Export Brands"
        return True
    return False


# legal forms written before the name: "PT Kereta Cepat Indonesia China" (Indonesia), "JSC Rusnano" (Russia)
_LEGAL_PREFIXES = frozenset({"PT", "JSC", "OJSC", "PJSC", "CJSC", "OOO", "TOO"})


def _type_proper(doc: Doc, start: int, end: int) -> tuple[str | None, bool]:
    """(type, decided_by_form): the head noun or legal suffix decides first, then the NER label."""
    span = doc[start:end]
    toks = tokens(doc)[start:end]  # (each Token built once, and the text joined once: this runs for every name)
    text = span_text(span)
    words = span_words(toks)
    has_suffix = bool(_LEGAL_END.search(text))
    if not has_suffix and any(_MODEL_CODE.match(t.text) for t in toks[1:]):
        return "Product", True  # "Dongfanghong LX2204": a brand and a model code
    if text.lower().removeprefix("the ") in lx.COUNTRIES:
        return "Place", True  # before the head noun: "the Soviet Union", "the United Arab Emirates"
    if toks[-1].lower_ in ("railway", "railroad", "expressway", "highway", "pipeline") and any(
            toks[k].text == "-" and token_is_place_word(toks[k - 1]) and token_is_place_word(toks[k + 1])
            for k in range(1, len(toks) - 2)):
        return "Project", True  # "the China-Laos Railway", "the Hungary-Serbia Railway": a line between two places
    t = head_type(words)
    if has_suffix and t not in ("ResearchInstitute", "Organization", "University"):
        t = "Company"
    if len(toks) >= 2 and toks[0].text in _LEGAL_PREFIXES and t in (None, "Place", "Company"):
        return "Company", True  # "PT Kereta Cepat Indonesia China": an Indonesian company form, whatever name follows
    if t:
        return t, True
    if len(toks) >= 2 and any(_SHORT_MODEL.match(x.text) for x in toks[1:]):
        return "Product", False  # "Lingyun L9", "Qilin Q7": a brand and a one-letter model, whatever the NER says
    if len(toks) == 1 and token_is_place_word(toks[0]):
        return "Place", True
    if text in news_outlets(doc):
        return "Organization", True  # "Its founder spoke to CGTN", after "ZHENGZHOU, June 3 (CGTN) --"
    if _dateline_place(doc, start, end):
        return "Place", True  # "YONGCHENG -- On May 16, ...": where the story was filed, whatever the NER says
    ent = _ner_covering(doc, start, end) or next(
        (e for i in range(start, end) if (e := ent_at(doc)[i]) is not None and e.label_ in _NER_TYPES), None)
    if ent is not None:
        return _NER_TYPES.get(ent.label_), False
    return None, False


# what follows a dateline's place right away ("YONGCHENG --", "YONGCHENG \u2013"); after a date only the dashes
_DATELINE_OPENERS = lx.DATELINE_DASHES | {"\u2013"}


def _dateline_place(doc: Doc, start: int, end: int) -> bool:
    """A name in capitals that opens a line and a dateline: "YONGCHENG --", "NANYANG, June 3 (Xinhua) --"."""
    toks = tokens(doc)
    if not all(t.is_upper and t.is_alpha for t in toks[start:end]) or start and not toks[start - 1].is_space \
            and "\n" not in toks[start - 1].whitespace_:
        return False
    stop = min(end + 10, sent_bounds(toks[start])[1])
    if end < stop and toks[end].text in _DATELINE_OPENERS:
        return True
    return end < stop and toks[end].text == "," and any(t.text in lx.DATELINE_DASHES for t in toks[end + 1:stop])


# --- descriptive names --------------------------------------------------------------------

# Adverbs that belong to a technical term ("fully mechanized mining face", "highly automated line").
_TERM_ADVERBS = frozenset({"fully", "highly", "semi", "partially", "ultra", "super"})


def _is_modifier(tok: Token) -> bool:
    if tok.lower_ in _TERM_ADVERBS and tok.i + 1 < len(tok.doc) and tok.head.i == tok.i + 1:
        return True
    if is_possessive(tok) or tok.pos_ in ("DET", "PRON", "ADP", "ADV", "AUX", "SCONJ", "PART"):
        return False
    if tok.text in QUOTES or tok.text == "-" and not tok.whitespace_:
        return True
    if tok.pos_ in ("ADJ", "NOUN", "PROPN", "NUM", "X"):
        nxt = tok.doc[tok.i + 1] if tok.i + 1 < len(tok.doc) else None
        return not (nxt is not None and is_possessive(nxt))
    if tok.tag_ in ("VBN", "VBG") and tok.dep_ in ("amod", "compound", "nmod", "npadvmod"):
        prev = tok.doc[tok.i - 1] if tok.i > 0 else None
        return not (prev is not None and prev.pos_ == "ADV" and prev.lower_ not in _TERM_ADVERBS)
    return False


def _scope_tail(doc: Doc, k: int, sent_end: int) -> int:
    """After a designation's "for" at ``k``: the end of a year that closes the name ("... key construction projects
    for 2026", then punctuation or a clause's word); else 0. (A province or city after "of" closes such names too in
    9 of 10 development-set golds, but taking it cost a held-out set: not taken.)"""
    if k >= sent_end or not _YEAR.match(doc[k].text):
        return 0
    m = k + 1
    return m if m >= sent_end or doc[m].is_punct or doc[m].pos_ in ("VERB", "AUX", "ADP", "CCONJ") else 0


def _sized_participle_start(doc: Doc, start: int, head: Token) -> int:
    """ "Our 200,000-tonne naturally brewed soy sauce expansion project": a size, then a participle (with its adverb)
    that describes what is made, before a project's name; the parser may hang the size on the participle as its
    subject, and the name then starts after both. Where the name starts with them (only with the size: not "the
    newly built ... project"); else ``start``."""
    k = start - 1
    # (whatever the participle hangs on: the parser may even make it the sentence's verb, with the project its object)
    if k < 1 or doc[k].tag_ not in ("VBD", "VBN") or not doc[k].is_lower:
        return start
    if doc[k - 1].tag_ == "RB" and doc[k - 1].head.i == k:
        k -= 1
    if k >= 3 and UNIT_RE.match(doc[k - 1].text) and doc[k - 2].text == "-" and doc[k - 3].like_num:
        return k - 3
    return start


# the sections of a contest: "won the gold prize of the X Awards in the materials category"
_CONTEST_SECTIONS = frozenset({"category", "categories", "group", "division", "section", "track", "class"})


def descriptive_span(doc: Doc, head: Token, *, pp: tuple[str, ...] = ("for",), pp_and: bool = True,
                     lenient: bool = False, chain: bool = False) -> tuple[int, int] | None:
    """The name built around a common-noun head: its modifiers, and some prepositional complements.

    ``lenient`` accepts any participle on the left, for heads whose parse is often wrong
    ("the Luoyang bearing research institute" parses "bearing" as a verb). ``chain`` goes on through further "of" /
    "for" complements in lower case, as a list's title does ("batch of typical application scenarios of robots"; not
    "... of Henan", "... for Sinopec").
    """
    toks = tokens(doc)  # (each Token built once: ``doc[i]`` builds a new one on each access)
    sent = _Bounds(*sent_bounds(head))
    start = head.i
    while start - 1 >= sent.start:
        prev = toks[start - 1]
        if _is_modifier(prev) or lenient and prev.tag_ in ("VBG", "VBN") and prev.is_lower and prev.dep_ != "ROOT" \
                and not any(c.dep_ in ("aux", "auxpass", "nsubj", "nsubjpass") for c in prev.children):
            # a participle inside the name ("bearing"), not the verb of the clause ("had gained national ... center")
            start -= 1
            continue
        if prev.text == "," and start - 2 >= sent.start and toks[start - 2].dep_ in ("amod", "nmod", "compound") and \
                toks[start - 2].head.i >= start and toks[start - 2].head.i <= head.i and _is_modifier(toks[start - 2]):
            start -= 1  # "low-voltage, high-efficiency ... technology": adjectives in a row
            continue
        if prev.text == "," and start - 2 >= sent.start and toks[start - 2].is_lower and (
                toks[start - 2].pos_ == "ADJ" or toks[start - 2].tag_ in ("VBN", "JJ")) \
                and toks[start - 2].dep_ in ("amod", "conj") and toks[start - 2].head.i <= head.i:
            # '"specialized, refined, distinctive and novel" small and medium-sized enterprise': a list of
            # adjectives, however the parser joined it
            start -= 1
            continue
        if prev.lower_ in ("and", "&") and start - 2 >= sent.start and toks[start - 2].pos_ in ("ADJ", "NOUN", "PROPN") \
                and toks[start - 2].dep_ in ("amod", "compound", "nmod", "conj", "npadvmod") and not is_possessive(toks[start - 2]) \
                and toks[start - 2].lower_ not in lx.PRODUCT_HEADS:  # "switchgear and chargers" are two things
            start -= 1
            continue
        if prev.lower_ == "and" and start - 2 >= sent.start and start < head.i and toks[start].is_lower \
                and toks[start].lower_.endswith("ing") \
                and toks[start - 2].is_lower and toks[start - 2].pos_ == "NOUN" \
                and toks[start - 2].lower_.endswith(("tion", "ment", "sion")):
            # "national foreign trade transformation and upgrading base": two nominalised works before the head,
            # however the parser hung the first
            start -= 2
            continue
        break
    # "a 1,200-tonne-per-day ... line": a hyphenated word is one word; the parse may leave part of it outside
    # (or all of it: "a 1.2-million-unit all-steel ... project")
    while start > sent.start and start < head.i:
        if (toks[start].text == "-" or toks[start - 1].text == "-") and not toks[start - 1].whitespace_ \
                and toks[start - 1].text not in QUOTES and toks[start - 1].text != "(":
            start -= 1
        elif start - 2 >= sent.start and toks[start - 2].text == "-" and not toks[start - 2].whitespace_ \
                and toks[start - 1].is_lower and toks[start - 1].pos_ == "NOUN" and toks[start - 1].head.i == head.i:
            start -= 1  # the last part of a hyphenated word that modifies the head: "1.2-million-unit"
        else:
            break
    end = head.i + 1
    # complements: "prize for scientific and technological progress in the building materials industry"
    used_pp = False
    while end < sent.end and toks[end].lower_ in pp:
        k = end + 1
        if k < sent.end and toks[k].lower_ == "the":
            k += 1
        if used_pp and toks[end].lower_ == "for" and (tail := _scope_tail(doc, k, sent.end)):
            # "the list of provincial key construction projects for 2026": the year that closes a designation's
            # name is part of it
            end = tail
            break
        if k >= sent.end or (toks[k].like_num or toks[k].ent_type_ in ("DATE", "CARDINAL", "MONEY")) and not (
                # "the catalogue of first sets of major technical equipment": the policy's own words
                toks[k].lower_ == "first" and k + 1 < sent.end and toks[k + 1].lower_ in ("set", "sets")
                or
                # "the list of 2024 national smart manufacturing demonstration factories"
                _YEAR.match(toks[k].text) and k + 2 < sent.end and toks[k + 1].is_lower
                and _is_modifier(toks[k + 1])
                # "second prize of the 2024 Henan Provincial ... Award", "gold award of the 6th Henan ... Competition":
                # a year or an edition opens the name of what the prize is of
                or toks[end].lower_ == "of" and toks[k - 1].lower_ == "the" and k + 2 < sent.end
                and (_YEAR.match(toks[k].text) or re.match(r"^\d{1,3}(?:st|nd|rd|th)$", toks[k].text))
                and toks[k + 1].is_title and toks[k + 1].pos_ == "PROPN"):
            break
        if toks[end].lower_ == "for" and toks[k].pos_ == "PROPN" and toks[k].ent_type_ not in ("GPE", "LOC", "NORP") \
                and not used_pp:
            break  # "chargers for State Grid": a customer, not part of the name
        m = k
        while m < sent.end and (_is_modifier(toks[m]) or toks[m].tag_ == "VBG"
                                # "the fourth batch of Henan's innovative new products": a place's possessive (a
                                # "list of Henan's ..." is named by what it lists, the list words dropped)
                                or toks[end].lower_ == "of" and head.lower_ != "list" and (
                                    m > k and is_possessive(toks[m]) and token_is_place_word(toks[m - 1])
                                    or token_is_place_word(toks[m]) and m + 1 < sent.end and is_possessive(toks[m + 1]))
                                # "the nomination prize of the 5th Henan Governor's Quality Award": the office that
                                # gives an award is in its name
                                or m > k and is_possessive(toks[m]) and toks[m - 1].lower_ in ("governor", "mayor")
                                or toks[m].lower_ in ("governor", "mayor") and m + 1 < sent.end
                                and is_possessive(toks[m + 1])
                                or chain and (
                # 'list of provincial "specialized, ..." small ... enterprises', 'list of "gazelle" enterprises'
                toks[m].text in QUOTES) or (
                toks[m].lower_ in ("and", "&") and m + 1 < sent.end and _is_modifier(toks[m + 1])
                and (pp_and or toks[m - 1].dep_ in ("amod", "compound", "nmod", "conj")))
                # "batch of Henan Province specialized, refined, distinctive and novel ... enterprises"
                or toks[m].text == "," and m + 1 < sent.end and toks[m - 1].is_lower and toks[m - 1].pos_ in ("ADJ", "VERB")
                and toks[m + 1].is_lower and (toks[m + 1].pos_ == "ADJ" or toks[m + 1].tag_ in ("VBN", "JJ"))):
            if (toks[m].ent_type_ in ("DATE", "CARDINAL") and m > k) or toks[m].lower_ in ("including", "excluding",
                                                                                           "such", "like"):
                break  # "motors for carmakers including BYD": the examples are not part of the name
            m += 1
        if m == k or (used_pp and chain or toks[end].lower_ == "in" and not used_pp) and not all(
                t.is_lower or not t.is_alpha or t.ent_type_ == "NORP" and t.pos_ == "ADJ" for t in doc[k:m]):
            break  # (a nationality adjective is no name: "bases for Chinese medicinal materials")
        if toks[end].lower_ == "in" and toks[m - 1].lower_ in _CONTEST_SECTIONS:
            break  # (not "in the materials category": the section of a contest a prize was given in)
        if toks[end].lower_ == "in" and not used_pp and k > end + 1:
            break  # (a first "in" only with a field: "leading enterprise in agricultural industrialization", not "in the
            # province" nor "in Henan")
        end = m
        used_pp = True
        pp = ("of", "for") if chain else ("in",) if "in" not in pp else pp
        if toks[end - 1].lower_.endswith("ing") and toks[end - 1].is_lower and "of" not in pp:
            pp = pp + ("of",)  # "parks for the green upgrading of light industry": what the work is of
    first = next((t for t in doc[start:head.i] if t.lower_ == "first" or t.tag_ == "JJS"), None)
    if first is not None and first.i == start and start >= 2 and is_possessive(toks[start - 1]) \
            and (toks[start - 2].pos_ == "PROPN" or toks[start - 2].lower_ == "world") \
            and (start < 3 or toks[start - 3].pos_ != "PROPN"):
        # "China's first synthetic diamond", "the world's largest ... machine": the scope names one fixed thing;
        # not "the country's first ..." (dev 03), "its largest ...", where it points back to something
        start -= 2
        first = None  # the possessive is the scope: "in Xuchang" after it is where the thing was made
    if not used_pp and first is not None and end < sent.end and toks[end].lower_ == "in":
        k = end + 1
        m = k
        while m < sent.end and (_is_modifier(toks[m]) or is_possessive(toks[m]) or toks[m].lower_ == "the"
                                or m + 1 < sent.end and is_possessive(toks[m + 1]) and toks[m].pos_ in ("PROPN", "NOUN")):
            m += 1  # "in China's bearing industry"
        if m > k and toks[m - 1].pos_ in ("NOUN", "PROPN") and not (m < sent.end and toks[m].lower_ in ("of", "'s")):
            end = m
    if used_pp and end < sent.end and toks[end].lower_ == "in":
        k = end + 1 + (toks[end + 1].lower_ == "the" if end + 1 < sent.end else 0)
        m = k
        while m < sent.end and _is_modifier(toks[m]) and toks[m].ent_type_ not in ("GPE", "LOC"):
            m += 1
        if m > k and toks[m - 1].pos_ == "NOUN" and toks[m - 1].lower_ not in _CONTEST_SECTIONS:
            end = m
    # trim leading generic words, "self-developed", counts and unbalanced quotes
    while start + 3 < end and toks[start].lower_ == "self" and toks[start + 1].text == "-" \
            and toks[start + 2].tag_ in ("VBN", "VBD", "JJ"):
        start += 3  # "the Company's self-developed TE-900 ... platform": how it was made is no part of its name
    while start < end and (toks[start].lower_ in lx.GENERIC_MODIFIERS and not (
            toks[start].text[:1].isupper() and start + 1 < end and toks[start + 1].text[:1].isupper())  # "New Capital"
                           or toks[start].text in QUOTES and
                           sum(t.text in QUOTES for t in doc[start:end]) % 2 == 1):
        start += 1
    while start < end and toks[start].pos_ == "NUM" and not (start + 1 < end and (
            UNIT_RE.match(toks[start + 1].text) or toks[start + 1].text == "-"
            # ("a 1.2 million-tonne ... project": a number with its scale word before the unit)
            or toks[start + 1].lower_ in ("million", "billion", "thousand", "hundred") and start + 2 < end
            and toks[start + 2].text == "-")) \
            and not (_YEAR.match(toks[start].text) and start + 1 < end
                     and toks[start + 1].lower_ in ("batch", "list", "catalogue", "catalog")) \
            and not (_YEAR.match(toks[start].text) and start + 1 < end and toks[start + 1].pos_ == "PROPN"
                     and (head.lower_ in _TITLE_HEADS or _key_projects(doc, start + 2, head)
                          # ("was named a 2024 Henan provincial ... demonstration project": a designated project)
                          or head.lower_ == "project" and head.dep_ != "compound" and any(
                              t.lower_ in ("key", "demonstration", "pilot") for t in toks[start + 2:head.i]))):
        # ("the 2024 batch of ..."; "the 2024 Henan gazelle enterprises", "the 2025 Pingdingshan municipal key
        # projects": a year opens a designation's name)
        return None
    while end > start and toks[end - 1].text in QUOTES and sum(t.text in QUOTES for t in doc[start:end]) % 2 == 1:
        end -= 1
    if end - start < 1:
        return None
    return start, end


# product heads that, when built, are works rather than goods
_BUILT_WORKS = frozenset({"platform", "system", "mill", "kiln", "process", "technology", "technologies", "series",
                          "software", "reactor", "server", "servers", "computer", "computers"})


def _key_projects(doc: Doc, start: int, head: Token) -> bool:
    """ "provincial key projects" from ``start`` to the head: a list of projects, "key" being the designation's own
    word."""
    return head.lower_ == "projects" and any(t.lower_ == "key" for t in tokens(doc)[start:head.i])


def _content_modifiers(doc: Doc, start: int, end: int, head_i: int) -> int:
    # "the 480-million-yuan project": a sum or a size describes a project named elsewhere, it names nothing
    return sum(1 for t in doc[start:end] if t.i != head_i and t.is_alpha and t.lower_ not in lx.GENERIC_MODIFIERS
               and not t.is_stop and t.ent_type_ not in ("MONEY", "QUANTITY", "CARDINAL", "PERCENT"))


def _verb_objects(verb: Token) -> list[Token]:
    objs = [c for c in verb.children if c.dep_ in ("dobj", "oprd", "attr")]
    preps = [c for c in verb.children if c.dep_ in ("prep", "agent") and c.lower_ in ("in", "as", "into", "on", "to")]
    # ("was recognized as a provincial ... center in 2020 and as a national ... enterprise in 2023": the second "as")
    preps += [c for p in verb.children if p.dep_ == "prep" for c in p.children if c.dep_ == "conj" and c.lower_ == "as"]
    for prep in preps:
        objs.extend(c for c in prep.children if c.dep_ == "pobj")
    # "X was recognized as Y", "X was named Y": X holds the title, whoever's X is ("Jonhon's technology center")
    # ("X was upgraded to a national ... center": X is the holder)
    holder = any(c.dep_ in ("oprd", "attr") or c.dep_ == "prep" and (
        c.lower_ == "as" or c.lower_ == "to" and verb.lemma_.lower() == "upgrade") for c in verb.children)
    if verb.tag_ == "VBN" and any(c.dep_ == "auxpass" for c in verb.children) and verb.lemma_ not in ("award", "grant") \
            and not holder:
        # "the ... list was released"; not "the Jiaozuo-based company was named ..." or "its center was recognized as"
        objs.extend(c for c in verb.children if c.dep_ == "nsubjpass" and not any(
            d.dep_ == "poss" and d.pos_ == "PRON" or d.dep_ == "det" and d.lower_ in ("the", "this", "that")
            and c.lower_ in lx.ORG_ANAPHORS
            for d in c.children))
    more = []
    for o in objs:
        more.extend(c for c in o.children if c.dep_ == "conj")
    return objs + more


_DESIGNATION_HEADS = frozenset({"enterprise", "factory", "center", "centre"})
# what a receiving verb's object is headed by when it is a designation ('was recognized as a Henan "specialized,
# refined, distinctive and innovative" SME': the policy's own acronym for its small and medium-sized enterprises)
_AWARD_OBJECT_HEADS = lx.AWARD_HEADS | {"sme", "smes"}
# titles given to people: "was named a national model worker", "a provincial labor model"
_PERSON_TITLES = frozenset({"worker", "workers", "craftsman", "craftsmen", "pacesetter", "pacesetters", "inheritor",
                            "inheritors"})
# what an official list, catalogue or certificate is of, and the words that say it is official
_CONFERRED_KINDS = frozenset({"products", "product", "clusters", "bases", "parks", "park", "projects", "project", "catalogue",
                              "catalog", "certificate", "indication", "workshop", "workshops"} | _PERSON_TITLES)
_CONFERRED_BY = frozenset({"national", "provincial", "champion", "batch", "demonstration", "key", "municipal", "henan",
                           "province", "class"})
_PRAISE = frozenset({"leading", "major", "large", "big", "important", "top", "well-known", "famous", "largest", "biggest"})
_RULE_POS_IDS = frozenset(spacy_symbols.IDS[p] for p in ("VERB", "AUX", "NOUN", "PROPN"))


def _designated_kind_end(doc: Doc, tok: Token, kinds: frozenset[str]) -> int | None:
    """After "batch of" / "list of": the end of a run of modifiers, commas and "and" that reaches a plural noun of a
    designated kind ("... small and medium-sized enterprises"), or None."""
    sent_end = sent_bounds(tok)[1]
    k = tok.i + 1
    if k >= sent_end or doc[k].lower_ != "of":
        return None
    k += 1
    start = k
    while k < sent_end and k - start < 20:
        t = doc[k]
        if t.tag_ == "NNS" and (t.lower_ in kinds or t.lemma_.lower() in kinds):
            return k + 1 if k - start >= 3 else None
        if not (t.is_alpha and (t.is_lower or t.text[:1].isupper() and t.pos_ == "PROPN") or t.text in (",", "-")
                or is_possessive(t) and k > start):  # ("the fourth batch of Henan's innovative new products")
            return None
        k += 1
    return None


_OFFICIAL = frozenset({"national", "provincial", "municipal", "henan", "province", "typical", "demonstration", "pilot",
                       "key", "major"})


def _received_list(tok: Token) -> bool:
    """ "was selected into the third batch of typical application scenarios of robots", "made the list of the first
    batch of Henan provincial major agricultural technical equipment": a batch or list something is put on, of any
    kind of thing, when an official word says whose list it is."""
    outer, head = tok, tok.head
    if head.lower_ == "of" and head.head.lower_ in ("list", "batch"):
        outer, head = head.head, head.head.head  # "the list of the first batch of ..."
    if head.dep_ == "prep" and head.lower_ in ("into", "among", "in", "on", "onto", "to"):
        head = head.head
    if head.pos_ != "VERB" or head.lemma_.lower() not in lx.RECEIVE_VERBS and not (
            head.lemma_.lower() == "make" and outer.lower_ == "list" and outer.dep_ == "dobj"):  # "made the list of"
        return False
    sent_end = sent_bounds(tok)[1]
    return any(t.lower_ in _OFFICIAL for t in tok.doc[tok.i + 1:min(tok.i + 8, sent_end)])


def _title_after_as(doc: Doc, verb: Token) -> tuple[int, int] | None:
    """ "was recognized as Henan Province manufacturing single champion enterprise": the words after "as" up to a
    title noun at the end of the phrase, when the parser did not make them one noun phrase."""
    prep = next((c for c in verb.children if c.dep_ == "prep" and c.lower_ == "as"), None)
    if prep is None or any(c.dep_ == "pobj" for c in prep.children):
        return None  # (a clean parse is read by the rule above)
    sent_end = sent_bounds(verb)[1]
    k = prep.i + 1 + (prep.i + 1 < sent_end and doc[prep.i + 1].lower_ in ("a", "an", "the"))
    start = k
    while k < sent_end and k - start < 12 and (doc[k].is_alpha or doc[k].text == "-"):
        k += 1
    if k - start >= 3 and doc[k - 1].lower_ in _TITLE_HEADS | lx.AWARD_HEADS and doc[k - 1].is_lower:
        return start, k
    return None


# Words for the standing a designation gives, after or before its name
_TITLE_WORDS = lx.TITLE_NOUNS | lx.STANDING_WORDS


_DESCRIPTIVE_KEYS: tuple[frozenset[int], frozenset[int]] | None = None


def _descriptive_keys() -> tuple[frozenset[int], frozenset[int]]:
    """The hashes of the lemmas (in any case) and lower-case words the rules of descriptive_candidates start at."""
    global _DESCRIPTIVE_KEYS
    if _DESCRIPTIVE_KEYS is None:
        lemmas = {"be", "become", "hold", "include", "build", "apply"} | lx.RECEIVE_VERBS | lx.DEVELOP_VERBS | lx.WIN_VERBS \
            | lx.PROJECT_HEADS
        words = {"r&d", "development", "batch", "list", "as", "including"} | _RI_HEADS
        _DESCRIPTIVE_KEYS = (frozenset(hash_string(v) for w in lemmas for v in (w, w.capitalize(), w.upper())),
                             frozenset(hash_string(w) for w in words))
    return _DESCRIPTIVE_KEYS


def _named_process_line(doc: Doc, tok: Token) -> bool:
    """ "its Jingdiao intelligent machining line": one line with a name of its own and a process before "line" is a
    works (a Project); unnamed ("the robotic enamel spraying line", "welding and painting lines") it is equipment."""
    before = doc[max(tok.i - 4, 0):tok.i]
    return tok.tag_ == "NN" and any(t.lower_ in lx.LINE_PROCESS_WORDS for t in before[-3:]) and any(
        t.pos_ == "PROPN" and t.text[:1].isupper() and not t.is_sent_start for t in before)


def _sized_line(doc: Doc, tok: Token) -> bool:
    """ "the park's 50,000-tonne high-purity silicon carbide powder line", "our 6-inch gallium arsenide epitaxial
    wafer line": one line with its capacity or size before it (a number joined to its unit) is a works."""
    if tok.tag_ != "NN":
        return False
    k = tok.i - 1
    while k > 0 and tok.i - k <= 10 and (doc[k].is_lower or doc[k].text == "-" or doc[k].like_num):
        if doc[k].like_num and doc[k + 1].text == "-" and k + 2 < tok.i and (UNIT_RE.match(doc[k + 2].text)
                                                                           or doc[k + 2].lower_ == "inch"):
            return doc[k - 1].lower_ in ("a", "an", "its", "our", "their", "the") or is_possessive(doc[k - 1])
        k -= 1
    return False


def _numbered_line_start(doc: Doc, tok: Token) -> int | None:
    """ "the company's No. 3 intelligent filling line", "Jieyuan's No. 2 intelligent assembly line": a line with a
    serial number of its own is one works, named from "No." on (dev golds: 6 of 6); None for a line with no number."""
    if tok.tag_ != "NN":
        return None
    k = tok.i - 1
    while k > 0 and tok.i - k <= 8 and (doc[k].is_lower and doc[k].pos_ in ("ADJ", "NOUN", "VERB", "PROPN")
                                        or doc[k].text == "-" and not doc[k].whitespace_
                                        and not doc[k - 1].whitespace_ and doc[k - 1].is_lower):
        k -= 1  # (the modifiers between the number and "line": "intelligent filling", "ultrasonic seam-sealing")
    if k < 2 or k == tok.i - 1 or not re.match(r"^\d{1,2}$", doc[k].text):
        return None  # (not "the No. 6 line" alone, a short name of a line named in full before)
    if doc[k - 1].lower_ in ("no.", "number", "#"):
        return k - 1
    if doc[k - 1].text == "." and doc[k - 2].lower_ == "no" and not doc[k - 2].whitespace_:
        return k - 2
    return None


def descriptive_candidates(doc: Doc) -> list[Candidate]:
    out: list[Candidate] = []
    # every rule below starts at a verb, a noun, "such as" or "including": find those from the arrays, so that no
    # Token is built for the other words
    strings = doc.vocab.strings
    as_including = {strings.add("as"), strings.add("including")}
    # (and only at the lemmas and words some rule below is keyed to)
    lemma_keys, lower_keys = _descriptive_keys()
    starts = [i for i, (pos, lower, lemma) in enumerate(zip(doc.to_array("POS").tolist(), doc.to_array("LOWER").tolist(),
                                                            doc.to_array("LEMMA").tolist()))
              if (pos in _RULE_POS_IDS or lower in as_including) and (lemma in lemma_keys or lower in lower_keys)]
    for i in starts:
        tok = doc[i]
        lemma = tok.lemma_.lower()
        if lemma == "be" and tok.pos_ in ("AUX", "VERB") and any(
                c.dep_ == "nsubj" and c.lemma_.lower() in ("model", "product") for c in tok.children):
            # "Its best-selling product abroad is Lvkang, a 25 percent ... concentrate": the name set before its
            # description
            for attr in (c for c in tok.children if c.dep_ == "attr" and c.pos_ == "PROPN"):
                k = attr.i + 1
                if k + 1 < len(doc) and doc[k].text == "," and doc[k + 1].lower_ in ("a", "an") \
                        and (named := _name_before_description(doc, k + 2)) is not None:
                    out.append(Candidate(*named, "Product", 0, "named-description"))
            # "The company's newest model is the Lingyun aluminum alloy tank semi-trailer": a named product
            for obj in (c for c in tok.children if c.dep_ == "attr" and c.pos_ == "NOUN"):
                span = descriptive_span(doc, obj, pp=())
                if span and any(t.pos_ == "PROPN" or _MODEL_CODE.match(t.text) for t in doc[span[0]:obj.i]) \
                        and doc[span[0]].text[:1].isupper():
                    end = span[1]
                    # ("tank semi-trailer": the parser may take "tank" or "semi" for the head)
                    while end + 1 < len(doc) and doc[end].text == "-" and not doc[end - 1].whitespace_ \
                            and not doc[end].whitespace_ and doc[end + 1].is_alpha:
                        end += 2
                    while end + 2 < len(doc) and doc[end].is_lower and doc[end].is_alpha and not doc[end].whitespace_ \
                            and doc[end + 1].text == "-" and not doc[end + 1].whitespace_ and doc[end + 2].is_alpha:
                        end += 3
                    out.append(Candidate(span[0], end, "Product", 2, "model-is"))
        if lemma in ("be", "become") and tok.pos_ in ("AUX", "VERB"):
            # "it is a national high-tech enterprise", "Shengda is a provincial green factory": a designation the
            # subject holds, said with "is" (a national or provincial title with at least two content words)
            # (or "became": "its R&D center became a national industrial design center")
            for one in (c for c in tok.children if c.dep_ == "attr" and c.lower_ == "one"):
                # "The phase is one of the 2025 Pingdingshan municipal key projects": a dated list of key projects
                for obj in (c for p in one.children if p.dep_ == "prep" and p.lower_ == "of" for c in p.children
                            if c.dep_ == "pobj" and c.lower_ == "projects"):
                    span = descriptive_span(doc, obj, pp=("for", "of"))
                    if span and _key_projects(doc, span[0], obj) \
                            and any(_YEAR.match(t.text) for t in doc[span[0]:span[1]]) \
                            and _content_modifiers(doc, *span, obj.i) >= 2:
                        out.append(Candidate(*span, "Award", 1, "award-object"))
            # ("Tingsheng is a unit of X and a national high-tech enterprise": a designation joined to another)
            for obj in (c for c in copular_attributes(tok) if c.lemma_.lower() in _DESIGNATION_HEADS):
                span = descriptive_span(doc, obj, pp=())
                if span and (doc[span[0]].lower_ in ("national", "provincial", "henan")
                             and _content_modifiers(doc, *span, obj.i) >= 2
                             # "it has been a high-tech enterprise since 2021": the designation's own words
                             or doc[span[0]:span[1]].text.lower() == "high-tech enterprise") \
                        and not any(t.lower_ in _PRAISE for t in doc[span[0]:obj.i]):  # not "a national leading ..."
                    out.append(Candidate(*span, "Award", 1, "award-object"))
        # Awards and designations: objects of "won", "was awarded", "was named", "included in ... list".
        if tok.pos_ in ("VERB", "AUX") and (lemma in lx.RECEIVE_VERBS or lemma == "hold" and any(
                o.lower_ in _TITLE_WORDS for o in _verb_objects(tok))  # "has held the ... title since 2012"
                or lemma in lx.WIN_VERBS and any(o.lemma_.lower() in lx.PRIZE_WORDS for o in _verb_objects(tok))
                or lemma == "apply"):
            # ("the SY-N2 took a gold award of the ... Award", "bagged the first prize of ...")
            objs = _verb_objects(tok)
            if lemma == "apply":
                # "has applied for the ninth batch of national manufacturing 'single champion' enterprises": a title
                # applied for is named as one won is (no firm receives it: the relation rules read the intent)
                objs = [c for p in tok.children if p.dep_ == "prep" and p.lower_ == "for"
                        for c in p.children if c.dep_ == "pobj"]
            if lemma in ("list", "include", "select", "rank", "name"):
                # "was listed among the national manufacturing single champion products"
                objs += [c for p in tok.children if p.dep_ == "prep" and p.lower_ == "among"
                         for c in p.children if c.dep_ == "pobj"]
            if (end := _title_after_as(doc, tok)) is not None:
                # "was recognized as Henan Province manufacturing single champion enterprise", parsed with
                # "manufacturing" as a verb: the words up to the title noun
                out.append(Candidate(end[0], end[1], "Award", 1, "award-object"))
            if lemma in ("select", "choose", "shortlist", "nominate"):
                # "was selected for the list of national smart manufacturing demonstration factories"
                objs += [c for p in tok.children if p.dep_ == "prep" and p.lower_ == "for"
                         for c in p.children if c.dep_ == "pobj"]
            for obj in objs:
                if obj.lower_ == "one":  # "was named one of the national 'little giant' enterprises"
                    obj = next((c for p in obj.children if p.dep_ == "prep" and p.lower_ == "of"
                                for c in p.children if c.dep_ == "pobj"), obj)
                if obj.lower_ in _TITLE_WORDS:
                    # "won the title of national manufacturing single champion enterprise": the title is the award
                    # ("has held the national high-tech enterprise qualification since 2012": so is a qualification)
                    inner = [c for p in obj.children if p.dep_ == "prep" and p.lower_ == "of"
                             for c in p.children if c.dep_ == "pobj"]
                    before = [c for c in obj.children if c.dep_ in ("compound", "nmod") and c.i == obj.i - 1]
                    if not inner and before and before[0].lemma_.lower() in lx.AWARD_HEADS:
                        # "gained national enterprise technology center status": the words before "status"
                        span = descriptive_span(doc, before[0], pp=())
                        if span and _content_modifiers(doc, *span, before[0].i) >= 1:
                            out.append(Candidate(*span, "Award", 1, "award-object"))
                        continue
                    obj = inner[0] if inner else obj
                # "a first-set major technical equipment of ...", "a Henan Province first-set ... equipment product"
                first_set = obj.lemma_.lower() in ("equipment", "product") and any(
                    t.lower_ == "first" for t in obj.subtree) and any(t.lower_ == "set" for t in obj.subtree)
                if obj.lemma_.lower() in lx.AWARD_HEADS or obj.lower_ in _AWARD_OBJECT_HEADS or first_set or (
                        obj.lower_ in _CONFERRED_KINDS and (obj.lower_ != "project" or any(
                            # (one project is a designation only as a key or demonstration one: 'was listed as a Henan
                            # provincial key construction project', not "the largest ... project of Henan Province")
                            t.lower_ in ("key", "demonstration", "pilot") for t in doc[obj.left_edge.i:obj.i])) and (any(
                            t.lower_ in _CONFERRED_BY for t in doc[max(obj.left_edge.i, obj.i - 6):obj.i])
                            # ("was named a model worker of Henan province": the province that names it)
                            or obj.i + 2 < len(doc) and doc[obj.i + 1].lower_ == "of"
                            and token_is_place_word(doc[obj.i + 2])
                            # ("a representative inheritor of provincial intangible cultural heritage": the state's
                            # heritage list names its inheritors)
                            or obj.lemma_.lower() == "inheritor" and any(
                                t.lower_ == "intangible" for t in doc[obj.i + 1:min(obj.i + 6, len(doc))]))) or (
                        # "was listed in the 2023 catalogue of ...": a dated catalogue is an official one
                        obj.lower_ in ("catalogue", "catalog") and any(
                            c.dep_ == "nummod" and _YEAR.match(c.text) for c in obj.children)):
                    # ("was approved as national geographical indication protection product", "was included in the
                    # Henan provincial key construction projects", "was granted a Class II new veterinary drug
                    # certificate": a kind of thing an official list or document names, when an official word says so)
                    # ("a national key leading enterprise in agricultural industrialization": a firm's title may
                    # name its field after "in")
                    # ("a manufacturing single champion enterprise for battery foil": the product line a champion is
                    # named for is no part of the title, in 3 of 3 dev golds)
                    champion = any(t.lower_ == "champion" for t in doc[max(obj.left_edge.i, obj.i - 4):obj.i])
                    span = descriptive_span(doc, obj, pp=("of",), chain=True) if obj.lower_ in (
                        "catalogue", "catalog") else descriptive_span(  # (a catalogue's title: "of first sets of ...")
                        doc, obj, pp=(("of", "in") if champion else ("for", "of", "in"))
                        if obj.lemma_.lower() == "enterprise" else ("for", "of"))
                    # (a list of projects or a catalogue says what it is of in two words at least: not "the
                    # provincial projects")
                    least = 2 if obj.lower_ in _CONFERRED_KINDS - {"products", "clusters", "bases", "parks"} else 1
                    # ("provincial key projects": "key" is the designation's own word here)
                    if span and _content_modifiers(doc, *span, obj.i) + _key_projects(doc, span[0], obj) >= least:
                        out.append(Candidate(*span, "Award", 1, "award-object"))
        # "The R&D of photon-counting CT detector technology by X": what a development noun is of names a product
        # (a technology or machine with at least two words of its own)
        if tok.pos_ in ("NOUN", "PROPN") and tok.lower_ in ("r&d", "development") and tok.i + 1 < len(doc) \
                and doc[tok.i + 1].lower_ == "of":
            for obj in (c for p in tok.children if p.dep_ == "prep" and p.lower_ == "of" for c in p.children
                        if c.dep_ == "pobj" and c.pos_ == "NOUN" and c.lemma_.lower() in lx.PRODUCT_HEADS
                        and c.tag_ == "NN"):
                span = descriptive_span(doc, obj, pp=(), pp_and=False)
                if span and _content_modifiers(doc, *span, obj.i) >= 2:
                    out.append(Candidate(*span, "Product", 2, "development-of"))
        # Products: objects of "developed", "produced", and subjects of "was made/developed".
        if tok.pos_ == "VERB" and (lemma in lx.DEVELOP_VERBS or lemma == "build"):
            objs = _verb_objects(tok)
            if (rr := reduced_relative_subject(tok)) is not None and lemma in lx.DEVELOP_VERBS:
                objs.append(rr)  # "Its ... process, developed in-house in the 2000s, cut ..."
            if lemma == "build":
                # "built the country's largest floating crane": a machine that is built is made; a platform,
                # system or kiln that is built is a project or a facility
                objs = [o for o in objs if o.tag_ == "NN" and o.lemma_.lower() in lx.PRODUCT_HEADS
                        and o.lemma_.lower() not in _BUILT_WORKS]  # one machine, not goods in the plural
            if tok.dep_ in ("relcl", "acl") and tok.head.pos_ in ("NOUN", "PROPN"):
                objs.append(tok.head)
            for obj in objs:
                if obj.lemma_.lower() in _PARTITIVES:
                    of = next((c for c in obj.children if c.lower_ == "of"), None)
                    if of is None or of.i + 1 >= sent_bounds(obj)[1]:
                        continue
                    # the head of what follows "batch of": the last nominal of the run
                    m = of.i + 1
                    while m < sent_bounds(obj)[1] and (_is_modifier(doc[m]) or doc[m].pos_ == "ADV" or doc[m].tag_ == "VBN"):
                        m += 1
                    if m == of.i + 1:
                        continue
                    obj = doc[m - 1]
                if obj.pos_ == "PROPN" or obj.ent_type_ in ("GPE", "PERSON", "ORG"):
                    if obj.pos_ == "PROPN" and (named := _name_before_description(
                            doc, obj.i + 3, english_ok=lemma in lx.DEVELOP_VERBS and not obj.is_sent_start)) is not None:
                        out.append(Candidate(*named, "Product", 0, "named-description"))  # "developed Jundun, a ..."
                    continue
                if obj.dep_ == "appos" or _appositive_of(obj) is not None and obj.tag_ == "NN" and any(
                        c.dep_ == "det" and c.lower_ == "the" for c in obj.children):
                    continue  # "the 'X process', the home-grown technology developed by ...": a description of X
                if obj.pos_ not in ("NOUN", "ADJ", "X") and obj.lemma_.lower() not in lx.PRODUCT_HEADS:
                    continue
                if obj.lower_ in ("line", "lines", "project", "projects", "programme", "program", "plan", "initiative") \
                        and obj.dep_ != "appos":
                    continue  # "launched its ... production line", "launched the ... project": projects, by their heads
                if obj.lemma_.lower() in ("industry", "business", "sector", "chain", "cluster", "base"):
                    continue  # "vigorously develop the peanut machinery manufacturing industry": a trade, no product
                if any(c.dep_ == "aux" and c.lower_ in ("will", "would", "shall") for c in tok.children):
                    continue  # "the company will develop the peanut picking robot": a plan, no product yet
                # (a "for" complement says what the goods are for, not which product they are: "makes isostatic
                # graphite for solar and semiconductor furnaces"; unless a size makes it one machine: "an 8.6-meter
                # main bearing for tunnel boring machines")
                span = descriptive_span(doc, obj, pp=(), pp_and=False)
                if span and any(t.like_num for t in doc[span[0]:span[1]]):
                    span = descriptive_span(doc, obj, pp_and=False)
                if not span:
                    continue
                if obj.tag_ == "NNS" and not any(t.pos_ == "PROPN" or t.text in QUOTES for t in doc[span[0]:obj.i]):
                    continue  # "produces graphite electrodes for electric arc furnaces": a kind of goods, no product
                mods = _content_modifiers(doc, *span, obj.i)
                if (obj.lemma_.lower() in lx.PRODUCT_HEADS and mods >= 2 or mods >= 3) \
                        and not named_after(doc, span[1]):  # (the name given after it is the product)
                    if (named := _name_before_description(doc, span[0])) is not None:
                        # "co-developed Jundun, a Bacillus velezensis wettable powder": the name is the product,
                        # the description says what it is
                        out.append(Candidate(*named, "Product", 0, "named-description"))
                    else:
                        out.append(Candidate(*span, "Product", 2, "develop-object"))
        # "Shenma Industrial's 1,870-dtex high-modulus nylon 66 tire cord fabric won a place on the list": what a
        # firm's goods win with is a product of the firm
        if tok.pos_ == "VERB" and lemma in lx.WIN_VERBS:
            for subj in (c for c in tok.children if c.dep_ == "nsubj" and c.pos_ == "NOUN" and c.tag_ == "NN"):
                if any(p.dep_ == "poss" and p.pos_ == "PROPN" for p in subj.children):
                    span = descriptive_span(doc, subj, pp=())
                    if span and _content_modifiers(doc, *span, subj.i) >= 3:
                        out.append(Candidate(*span, "Product", 2, "winning-goods"))
        # "was among the 2024 batch of national green supply chain management enterprises", "the list of 2024
        # national smart manufacturing demonstration factories ... included": a batch or list of designated firms
        if tok.lower_ in ("batch", "list") and tok.pos_ == "NOUN":
            inner = [c for p in tok.children if p.dep_ == "prep" and p.lower_ == "of" for c in p.children
                     if c.dep_ == "pobj"]
            kinds = lx.AWARD_HEADS | lx.FACILITY_NOUNS | lx.COMPANY_DESCRIPTORS | {"smes"}  # what gets designated
            if inner and (inner[0].tag_ == "NNS" and (inner[0].lemma_.lower() in kinds or inner[0].lower_ in kinds)
                          or inner[0].pos_ == "NOUN" and _received_list(tok)):
                span = descriptive_span(doc, tok, pp=("of",), chain=True)
                if span and _content_modifiers(doc, *span, tok.i) >= 3:
                    out.append(Candidate(*span, "Award", 1, "batch-of"))
            elif (end := _designated_kind_end(doc, tok, kinds)) is not None:
                # "the third batch of provincial specialized, refined, distinctive and innovative small and
                # medium-sized enterprises": the policy's list of adjectives breaks the parse; read the words
                left = descriptive_span(doc, tok, pp=())
                out.append(Candidate(left[0] if left else tok.i, end, "Award", 1, "batch-of"))
        # "Its achievements include ultra-thin glass for electronic displays and photovoltaic glass"
        if tok.pos_ == "VERB" and lemma == "include" and any(
                c.dep_ == "nsubj" and c.lemma_.lower() in _ACHIEVEMENT_NOUNS for c in tok.children):
            for obj in _verb_objects(tok):
                if obj.pos_ in ("NOUN",) and not has_count(obj):
                    span = descriptive_span(doc, obj, pp_and=False)
                    if span and _content_modifiers(doc, *span, obj.i) >= 1:
                        out.append(Candidate(*span, "Product", 2, "achievement-object"))
        # "major national projects such as the Shenzhou spacecraft and the C919 large aircraft": the
        # listed names are of the kind the plural noun says
        such_as = tok.lower_ == "as" and tok.i >= 2 and doc[tok.i - 1].lower_ == "such"
        # ("carmakers including Chery and Great Wall Motor": a list after "including" too)
        including = tok.lower_ == "including" and tok.i >= 1 and tok.head.i < tok.i \
            and tok.head.lemma_.lower() in _HYPERNYM_TYPES and tok.head.tag_ == "NNS"
        if such_as or including:
            kind = _HYPERNYM_TYPES.get((doc[tok.i - 2] if such_as else tok.head).lemma_.lower())
            if kind:
                # the list runs to the end of the sentence (the parser often hangs its last item elsewhere), or to
                # a verb or another list: not "projects including the Pinglu Canal, and are used by makers such as
                # SANY and XCMG"
                stop = next((t.i for t in doc[tok.i + 1:sent_bounds(tok)[1]] if t.tag_ in ("VBZ", "VBD", "VBP", "MD")
                             or t.lower_ == "including" or t.lower_ == "such" and t.i + 1 < len(doc)
                             and doc[t.i + 1].lower_ == "as"), sent_bounds(tok)[1])
                # (an object of another preposition is no item: "the Pinglu Canal in the Guangxi ... Region")
                items = [t for t in doc[tok.i + 1:stop]
                         if (t.dep_ in ("conj", "appos") or t.dep_ == "pobj" and t.head.i == tok.i)
                         and t.pos_ in ("NOUN", "PROPN")
                         or t.dep_ == "conj" and t.is_alpha and t.text[:1].isupper()]  # ("... and Geely", as an adverb)
                for item in items:
                    if item.pos_ not in ("NOUN", "PROPN"):
                        out.append(Candidate(item.i, item.i + 1, kind, -1, "such-as"))
                    elif any(t.pos_ == "PROPN" or _MODEL_CODE.match(t.text) for t in item.subtree if t.i <= item.i):
                        span = descriptive_span(doc, item, pp=())
                        if span and item.pos_ == "PROPN" and any(doc[k].lower_ in ("and", "&") for k in range(*span)):
                            span = (item.left_edge.i if item.left_edge.i > span[0] else item.i, item.i + 1)
                            # "such as Haier, Midea and Gree": one name each, not "Midea and Gree"
                            while span[0] < item.i and doc[span[0]].dep_ not in ("compound", "nmod", "det", "amod"):
                                span = (span[0] + 1, span[1])
                        if span:
                            out.append(Candidate(*span, kind, -1, "such-as"))
        # Projects: "the Laos transmission and substation project", "float glass industrial trials".
        if tok.pos_ == "NOUN" and tok.lemma_.lower() in lx.PROJECT_HEADS and not has_count(tok):
            if tok.lemma_.lower() == "line" and not any(t.lower_ in ("production", "assembly")
                                                        for t in doc[max(tok.i - 3, 0):tok.i]) \
                    and not _named_process_line(doc, tok) and not _sized_line(doc, tok):
                if (numbered := _numbered_line_start(doc, tok)) is not None:
                    out.append(Candidate(numbered, tok.i + 1, "Project", 3, "project-head"))
                continue
            if tok.tag_ == "NNS" and tok.lemma_.lower() in ("line", "station", "platform") \
                    and not any(c.dep_ in ("det", "poss", "nummod") for c in tok.children):
                # "supplies complete feed production lines to ...", "integrates 5G micro base stations": goods or
                # things of a kind, not works of their own
                continue
            if tok.dep_ in ("appos", "attr") and not (
                    tok.dep_ == "appos" and tok.head.is_lower and tok.head.pos_ == "NOUN" and _sized_line(doc, tok)):
                # "the first ... project finished by ...": a description of something named elsewhere (but "Its first
                # phase, a 20,000-tonne intelligent heat-treatment line, ...": a sized line is the name an unnamed
                # phase has)
                continue
            # ("a 20,000-ton low-temperature powder coating production line": the parser reads "coating" as a verb)
            span = descriptive_span(doc, tok, lenient=tok.lemma_.lower() == "line")
            if span is not None:
                span = (_sized_participle_start(doc, span[0], tok), span[1])
            # "its 50,000-tonne adiponitrile project": a capacity and what it makes name a project too
            sized = span is not None and any(t.ent_type_ == "QUANTITY" or UNIT_RE.match(t.text)
                                              for t in doc[span[0]:tok.i])
            if span and tok.lemma_.lower() in lx.PRODUCT_HEADS and any(_MODEL_CODE.match(t.text)
                                                                        for t in doc[span[0]:tok.i]):
                continue  # "the TE-900 escalator platform": a model code makes a platform a product (not "the ZJ900
                # drilling program")
            if span and _content_modifiers(doc, *span, tok.i) >= (1 if sized else 2):
                if span[0] >= 2 and is_possessive(doc[span[0] - 1]) and doc[span[0] - 2].lower_ in ("china", "henan"):
                    span = (span[0] - 2, span[1])  # "China's manned space program": a national programme's name
                while span[0] < tok.i and doc[span[0]].ent_type_ == "MONEY":
                    span = (span[0] + 1, span[1])  # "its 2.1-billion-yuan High-end Bearing Industrial Park project"
                if span[1] < len(doc) and tok.head.i == span[1] and doc[span[1]].lower_ in ("project", "programme"):
                    span = (span[0], span[1] + 1)  # "the ... intelligent production line project of Maixiang"
                out.append(Candidate(*span, "Project", 3, "project-head"))
        # Lower-case institutes and centres: "the Luoyang bearing research institute".
        if tok.lower_ in _RI_HEADS and tok.i > 0 and doc[tok.i - 1].lower_ in _RESEARCH_WORDS:
            span = descriptive_span(doc, tok, pp=(), lenient=True)
            if span and span[1] - span[0] >= 3:
                out.append(Candidate(*span, "ResearchInstitute", 4, "institute-head"))
    return out


# --- context typing -----------------------------------------------------------------------

def place_context(span: Span) -> bool:
    """ "Changyuan, a county-level city under Xinxiang": an apposition says the name is a place."""
    doc = span.doc
    e = span.end
    if e + 2 >= len(doc) or doc[e].text != "," or doc[e + 1].lower_ not in ("a", "an", "the"):
        return False
    for t in doc[e + 2:min(e + 9, len(doc))]:
        if t.text in (",", ".", ";") or t.pos_ in ("VERB", "ADP") and t.text != "-":
            return False
        if t.pos_ == "NOUN" and t.dep_ == "appos":
            return t.lower_ in _PLACE_LEVELS
    return False


def company_context(span: Span) -> bool:
    """The words around a name say it is a company: "X-based Foxconn", "chipmaker Loongson", "Foxconn's plant"."""
    doc = span.doc
    toks = tokens(doc)  # (each Token built once: ``doc[i]`` builds a new one on each access)
    s, e = span.start, span.end
    if s >= 2 and toks[s - 1].lower_ == "based" and toks[s - 2].text == "-":
        return True
    if s >= 1 and toks[s - 1].lower_ in lx.COMPANY_DESCRIPTORS and toks[s - 1].pos_ == "NOUN":
        return True
    if e + 1 < len(doc) and is_possessive(toks[e]):
        nxt = doc[e + 1: min(e + 5, len(doc))]
        for t in nxt:
            if t.lower_ in lx.FACILITY_NOUNS or t.lower_ in ("products", "recruitment", "headquarters"):
                return t.lower_ not in ("base", "hub", "center", "centre", "line")
            if t.pos_ not in ("ADJ", "PROPN", "NOUN", "PUNCT"):
                break
    if e < len(doc) and toks[e].text == "(":
        close = next((t.i for t in doc[e:min(e + 12, len(doc))] if t.text == ")"), None)
        if close is not None:
            e = close + 1
    if e + 2 < len(doc) and toks[e].text == ",":
        window = doc[e + 1: min(e + 8, len(doc))]
        if window[0].lower_ in ("a", "an", "the") or is_possessive(window[1]) if len(window) > 1 else False:
            for t in window[1:]:
                if t.text in (",", ".", ";"):
                    break
                if is_possessive(t) and not token_is_place_word(toks[t.i - 1]) and toks[t.i - 1].lower_ not in (
                        "country", "nation", "city", "province", "state", "region", "world") \
                        or t.lower_ in _ROLE_NOUNS or t.lower_ == "welder":
                    # "Du Meiling, the company's chief designer": a role in a firm is a person's (not "Qatar's
                    # public transport operator")
                    return False
                if t.lower_ in lx.COMPANY_DESCRIPTORS and t.pos_ == "NOUN":
                    # "Du Meiling, a designer at the firm": a role at an organisation is a person's
                    return not (t.i + 1 < len(doc) and toks[t.i + 1].lower_ in ("at", "with", "from"))
    return False


# A person's role set beside a name, in a firm or beyond it.
_ROLE_NOUNS = frozenset(_PERSON_DESCRIPTORS | {"designer", "spokesman", "spokeswoman", "spokesperson"})


def _role_beside(span: Span) -> bool:
    """ "X Y, the company's chief designer", "X Y, general manager of Z": a person's role set beside the name."""
    doc = span.doc
    e = span.end
    if e + 2 >= len(doc) or doc[e].text != ",":
        return False
    for t in doc[e + 1:min(e + 7, len(doc))]:
        if t.text in (",", ".", ";"):
            return False
        if t.lower_ in _ROLE_NOUNS:
            return True
    return False


def _person_core(doc: Doc, start: int, end: int) -> tuple[int, int] | None:
    """A person named with a title or described as one: "Liberian President George Weah", "engineer Feng Jinzhang"."""
    span = doc[start:end]
    words = [t.lower_ for t in tokens(doc)[start:end]]
    if head_type(words) or _LEGAL_END.search(span_text(span)):
        return None
    # the PERSON entity inside the name, after nationality and title words (the NER's entities never overlap: the one
    # that ends with the name holds its last word)
    for ent in (e for e in (ent_at(doc)[end - 1],) if e is not None):
        if ent.label_ == "PERSON" and start <= ent.start and ent.end == end and ent.start > start:
            lead = doc[start:ent.start]
            if len(lead) == 1 and lead[0].text in lx.CHINESE_SURNAMES and ent.end - ent.start == 1 \
                    and _pinyin_given_name(doc[ent.start]):
                return start, end  # "Han Xuefeng": the NER took the surname for a nationality
            if all(t.ent_type_ == "NORP" or t.lower_ in lx.TITLES or t.lower_ in _PERSON_DESCRIPTORS for t in lead):
                return ent.start, ent.end
    if len(span) >= 2 and span[0].lower_ in _PERSON_DESCRIPTORS | lx.TITLES and span[0].lower_ in ("emperor", "king", "queen"):
        return start, end
    k = len(span) - 2  # where a Chinese name of two words would start
    if 1 <= k <= 3 and span[k - 1].lower_ in _PERSON_DESCRIPTORS | lx.TITLES | _LEADING_TRADES \
            and span[k].text in lx.CHINESE_SURNAMES \
            and all(t.is_alpha and t.text[:1].isupper() for t in span[:k]) \
            and (_pinyin_given_name(span[k + 1]) or span[k].ent_type_ == "PERSON" and span[k + 1].ent_type_ == "PERSON"):
        # "Engineer Sun Xiaoli" at the start of a sentence, which the NER left untagged ("Founder Li Hang", "Board
        # Secretary Li Na", which it tagged whole): the title is no part of the name
        return start + k, end
    if len(span) in (2, 3) and all(t.pos_ == "PROPN" for t in span):
        before = doc[start - 1] if start > 0 else None
        if before is not None and before.lower_ in _PERSON_DESCRIPTORS and before.is_lower:
            return start, end
        if end + 2 < len(doc) and doc[end].text == ",":
            window = doc[end + 1:min(end + 4, len(doc))]
            if any(t.lower_ in _PERSON_DESCRIPTORS for t in window):
                return start, end
    return None


def _product_context(doc: Doc, start: int, end: int) -> bool:
    """The words around a name say it is a product.

    "its E12, a 12-meter battery-electric city bus", "Its driverless minibus, Xiaoyu,", "the ET504-H,
    China's first ... tractor", "under the Dongfanghong brand", "its best-known product, X,".
    """
    toks = tokens(doc)  # (each Token built once: ``doc[i]`` builds a new one on each access)
    # an appositive after the name headed by a product noun
    if end + 1 < len(doc) and toks[end].text == ",":
        window = []
        for t in doc[end + 1:min(end + 14, len(doc))]:
            if t.text in (",", ".", ";", "(") or t.pos_ in ("VERB", "AUX") and t.dep_ not in ("amod", "compound"):
                break
            if t.lower_ in lx.PRODUCT_HEADS and t.pos_ == "NOUN" and t.dep_ == "appos":
                return True
            window.append(t)
        # "China Railway No. 1, the country's first home-built ... shield," (the parser may miss the apposition)
        nouns = [t for t in window if t.pos_ == "NOUN"]
        if window and window[0].lower_ in ("a", "an", "the") and any(t.lower_ == "first" for t in window) \
                and nouns and nouns[-1].lower_ in lx.PRODUCT_HEADS and end + 1 + len(window) < len(doc) \
                and toks[end + 1 + len(window)].text == ",":
            return True
        if _made_appositive(doc, end):
            return True
    # "Its best-selling product abroad is Lvkang": the name is what a firm's product is
    if _copula_with_product_word(doc, start, end):
        return True
    # a product noun right before, set off by a comma: "its driverless minibus, Xiaoyu"
    if start >= 2 and toks[start - 1].text == "," and (toks[start - 2].lower_ in lx.PRODUCT_HEADS
                                                       or toks[start - 2].lower_ in ("product", "brand", "model")):
        return toks[start - 2].pos_ == "NOUN"
    # "under the Dongfanghong brand", "the Dongfanghong, or "East is Red", brand"
    k = end
    if k < len(doc) and toks[k].text == ",":
        close = next((t.i for t in doc[k + 1:min(k + 10, len(doc))] if t.text == ","), None)
        if close is not None and toks[k + 1].lower_ == "or":
            k = close + 1
    return k < len(doc) and toks[k].lower_ in ("brand", "series", "model", "trademark") and toks[k].is_lower


# Nouns an appositive may have that say what something is, not who: never goods, whatever verb follows
_WHO_NOUNS = frozenset(lx.COMPANY_DESCRIPTORS | _ROLE_NOUNS | {"team", "scientist", "researcher", "expert", "worker",
                                                              "institute", "university", "laboratory", "lab", "city",
                                                              "county", "town", "village", "district", "province"})


def _made_appositive(doc: Doc, end: int) -> bool:
    """ "Lvkang, a fungicide developed by the company", "X, a 25 percent suspension concentrate that the firm
    launched in 2021": the appositive's noun is something made, said by a making verb on that noun."""
    # (an appositive opens with an article or a possessive: not ", according to figures released by")
    if end + 2 >= len(doc) or not (doc[end + 1].lower_ in ("a", "an", "the", "its", "their") or is_possessive(
            doc[end + 2])):
        return False
    for t in doc[end + 1:min(end + 12, len(doc))]:
        if t.text in (",", ".", ";", "("):
            return False
        if t.pos_ != "NOUN" or t.dep_ in ("compound", "nmod", "amod"):
            continue
        if t.lower_ in _WHO_NOUNS or head_type([t.lower_]) is not None:
            return False
        for c in t.children:
            verb = c.lemma_.lower()
            if verb not in lx.DEVELOP_VERBS:
                continue
            # (a participle: "developed by"; a relative clause whose subject is someone else: "that the company
            # launched", not "a robot that makes parts")
            if c.dep_ == "acl" and c.tag_ == "VBN" or c.dep_ == "relcl" and any(
                    x.dep_ == "nsubj" and x.lower_ not in ("that", "which", "who") for x in c.children):
                return True
        return False
    return False


# What a firm's goods are called in "its best-selling product is X"
_GOODS_WORDS = frozenset({"product", "products", "model", "models", "bestseller", "best-seller", "flagship"})


def _copula_with_product_word(doc: Doc, start: int, end: int) -> bool:
    """ "Its best-selling product abroad is X", "X is the company's flagship model": the name and a product word
    joined by "be"."""
    root = next((x for x in tokens(doc)[start:end] if not (start <= x.head.i < end)), None)
    if root is None or root.head.lemma_ != "be":
        return False
    if root.dep_ == "attr":
        other = [x for x in root.head.children if x.dep_ == "nsubj"]
    elif root.dep_ == "nsubj":
        other = [x for x in root.head.children if x.dep_ == "attr"]
    else:
        return False
    return any(x.pos_ == "NOUN" and (x.lower_ in _GOODS_WORDS or is_best_seller(x)) for x in other)


def _org_follows(doc: Doc, end: int) -> bool:
    """ "xFusion, which is headquartered in Zhengzhou": what follows the name says it is an organisation."""
    window = [t.lower_ for t in doc[end:min(end + 6, len(doc))]]
    return any(w in ("headquartered", "based", "founded", "listed", "incorporated") for w in window) or \
        company_context(doc[end - 1:end])


def _maker_before(span: Span) -> bool:
    """ "equipment maker X", "carmaker X": a word that only firms are called stands right before the name."""
    return span.start >= 1 and span.doc[span.start - 1].lower_ in _FIRM_WORDS and span.doc[span.start - 1].pos_ == "NOUN"


# Descriptors said only of firms (not "developer" or "operator", which people are called too)
_FIRM_WORDS = frozenset({"maker", "manufacturer", "producer", "supplier", "firm", "company", "automaker", "carmaker",
                         "chipmaker", "glassmaker", "steelmaker", "shipbuilder", "conglomerate", "giant", "exporter"})


def ner_org_appos(span: Span) -> bool:
    """ "X (PSE), Poland's national grid operator": an indefinite or possessive descriptor right after the name."""
    doc = span.doc
    e = span.end
    if e < len(doc) and doc[e].text == "(":
        e = next((t.i + 1 for t in doc[e:min(e + 12, len(doc))] if t.text == ")"), e)
    if e + 2 < len(doc) and doc[e].text == ",":
        first = doc[e + 1]
        return first.lower_ in ("a", "an") or (e + 2 < len(doc) and is_possessive(doc[e + 2]))
    return False


def _extend_place(doc: Doc, start: int, end: int) -> int:
    if end < len(doc) and doc[end].lower_ in _PLACE_LEVELS and doc[end].is_lower:
        return end + 1
    return end


def _government(doc: Doc, start: int, end: int) -> int | None:
    """"the Anyang municipal government": a place, an administrative adjective, a government noun."""
    if end + 1 < len(doc) and doc[end].lower_ in _GOV_ADJ:
        nxt = doc[end + 1]
        if nxt.lower_ in _GOV_HEADS:
            return end + 2
        if nxt.lower_ == "people" and end + 3 < len(doc) and is_possessive(doc[end + 2]) and doc[end + 3].lower_ == "government":
            return end + 4
    return None


# Model codes: "RXR-M150D", "ZY26000/40/88D", "ZJ50"; and mixed-case ones ending in a number: "SuDong-1",
# "Tanlu-3", "HNU-Na1", "MS-Si450" (not "COVID-19" and its like)
_MIXED_CODE = r"(?!(?:" + _DISEASES + r")-)[A-Z][A-Za-z]{1,7}-(?:[A-Z][a-z]?)?\d{1,4}[A-Za-z]?"
# a brand prefix, a word and a number: "MJ-Astro 80", "GS-Eye 128", "JH-Guard 630"
_BRANDED_CODE = (r"[A-Z]{1,4}-[A-Z][a-z]{2,10} \d{1,4}[A-Za-z]?|[A-Z]{3,4}\d[A-Z]?"  # (and "YBX4"; not "CO2")
                 r"|[A-Z]{2,4}-series")  # "its HX-series intelligent casting cranes"
# a code of letters only: "the JX-Neb nebulizer", "the WS-Flor injection", "KH-G gelatin hard capsule series" (a
# model only with a product noun after it, or in quotes)
_LETTER_CODE = r"[A-Z]{2,4}-(?:[A-Z][a-z]{1,9}|[A-Z]{1,2})"
_CODE_IN_TEXT = re.compile(r"(?=[A-Z0-9])(?<![\w/-])(?:" + _BRANDED_CODE + r"|" + _LETTER_CODE + r"|[A-Z0-9]{1,8}(?:[-/][A-Z0-9]{1,8}(?:\.\d{1,3})?)+|[A-Z]{1,4}\d{2,6}[A-Z]?|"
                           + _MIXED_CODE + r"|" + lx.VEHICLE_CODE + r")(?![\w/-])")
_CODE = re.compile(r"^" + _BRANDED_CODE + r"$|^" + _LETTER_CODE + r"$|^(?!" + _DISEASES + r")(?=.*\d)(?=.*[A-Z])[A-Z0-9]{1,8}(?:[-/][A-Z0-9]{1,8}(?:\.\d{1,3})?)+$|^[A-Z]{1,4}\d{2,6}[A-Z]?$|^"
                   + _MIXED_CODE + "$|^" + lx.VEHICLE_CODE + "$")


_PROJECT_WORDS = frozenset({"project", "programme", "program", "mission"})
# Verbs the tagger may read as plural nouns after a name: "Shenma exports chips to India"
_VERBS_AS_NOUNS = frozenset({"exports", "makes", "sells", "ships", "supplies", "produces", "builds", "plans",
                             "runs", "owns", "operates", "imports", "designs", "develops"})
# Nouns after a model code that are not what it names: "the BLR-895 rutile grade", "C919 orders"
_NOT_PRODUCT_HEADS = frozenset({"grade", "grades", "level", "standard", "version", "type", "class", "category",
                                "price", "prices", "order", "orders", "sales", "output", "capacity", "market",
                                "markets", "customers", "users", "deliveries", "shipments", "test", "tests", "flight",
                                "flights", "certification", "launch", "debut", "production", "team", "project",
                                "projects", "program", "programme", "mission", "batch"})
_BUILD_LEMMAS = frozenset({"build", "construct", "develop", "invest", "launch", "plan", "start", "break"})
_SUPPLY_LEMMAS = frozenset({"supply", "provide", "deliver", "ship", "make", "manufacture", "produce"})


def _park_is_a_project(doc: Doc, start: int, end: int) -> bool:
    """ "The company is building the Hanwei Smart Sensor Industrial Park in Zhengzhou, a 1.2-billion-yuan
    project": a park or zone that a firm is building is its project, not yet a place."""
    root = doc[end - 1]
    if root.dep_ == "dobj" and root.head.lemma_.lower() in _BUILD_LEMMAS and root.head.pos_ == "VERB":
        return True
    if start and doc[start - 1].lower_ in ("its", "their"):
        return True  # "Phase I of its Kaifeng Smart Stage Equipment Industrial Park has entered production": a firm's own
    if root.dep_ == "nsubjpass" and (root.head.lemma_.lower() in _BUILD_LEMMAS | {"invest"} or any(
            c.dep_ == "conj" and c.lemma_.lower() in _BUILD_LEMMAS for c in root.head.children)):
        return True  # "The X Industrial Park ... is invested and constructed by Y"
    # "has put 2.4 billion yuan into the first phase of the X Industrial Park": what money goes into is a project
    at = root.head.head if root.dep_ == "pobj" and root.head.lower_ == "of" and root.head.head.lemma_.lower() in (
        "phase", "stage", "construction") else root
    verb = at.head.head
    if at.dep_ == "pobj" and at.head.lower_ in ("into", "in") and verb.lemma_.lower() in (
            "put", "invest", "pour", "inject", "channel") and (verb.lemma_.lower() != "put" or any(
            o.ent_type_ == "MONEY" or o.lemma_.lower() in ("yuan", "dollar", "fund", "money", "capital")
            for c in verb.children if c.dep_ == "dobj" for o in c.subtree)):  # (not "put a line into operation in")
        return True
    # "supplied 3,000 bars for the X Test Base": goods are supplied for a base being built
    if root.dep_ == "pobj" and root.head.lower_ == "for" and root.head.head.lemma_.lower() in _SUPPLY_LEMMAS:
        return True
    # "We completed the first phase of the X Industrial Park", "broke ground in March on the X Industrial Park": a
    # park built in phases, or whose construction starts
    if at is not root and at.dep_ == "dobj" and at.head.lemma_.lower() in _BUILD_LEMMAS | {"complete"} \
            or root.dep_ == "pobj" and root.head.lower_ == "on" and root.head.head.lemma_.lower() == "break" \
            and any(c.lower_ == "ground" for c in root.head.head.children):
        return True
    # "signed a contract for the X Industrial Park", "was among the builders of the X Industrial Park", "the X
    # Industrial Park invested and constructed by Y": a park contracted for, built or invested in by someone
    if root.dep_ == "pobj" and (root.head.lower_ == "for" and root.head.head.lemma_.lower() in ("contract", "agreement")
                                or root.head.lower_ == "of" and root.head.head.lemma_.lower() in ("builder", "contractor")):
        return True
    if any(c.dep_ == "acl" and c.tag_ == "VBN" and c.lemma_.lower() in _BUILD_LEMMAS | {"invest"}
           and any(a.dep_ == "agent" for a in c.children) for c in root.children) \
            and not (root.dep_ == "pobj" and root.head.lower_ in ("in", "at")):
        # (not "a project in the X Zone invested by Y": the clause is the project's, hung on the place it is in)
        return True
    verbs = [root.head, *(c for c in root.head.children if c.dep_ == "conj")] if root.dep_ == "nsubj" else []
    if any(v.lemma_.lower() in _BUILD_LEMMAS | {"invest"} for v in verbs) \
            and any(a.dep_ == "agent" for v in verbs for a in v.children):
        return True  # (the same participles read as the main verb: "the X Park invested and constructed by Y was ...")
    k = end
    sent_end = sent_bounds(root)[1]
    if k + 1 < sent_end and doc[k].lower_ == "in":
        k += 2
        while k < sent_end and is_name_token(doc[k]):
            k += 1
    if k + 1 < sent_end and doc[k].text == "," and doc[k + 1].lower_ in ("a", "an"):
        return any(t.lower_ == "project" for t in doc[k + 2:min(k + 9, sent_end)])
    # "the X Base in Y County, which is being built by Z" / "which Z is building": a base still being built
    if k + 1 < sent_end and doc[k].text == "," and doc[k + 1].lower_ in ("which", "that"):
        verb = doc[k + 1].head
        # ("the X Industrial Park, which is financed by Z": a lender's loan goes to a works, not to a place)
        return verb.lemma_.lower() in ("build", "construct", "finance") and verb.pos_ in ("VERB", "AUX") \
            and verb.tag_ != "VBD"
    return False


_RANKING = re.compile(r"\b(?:(?:[A-Z][\w-]+ ){0,2}[A-Z][\w-]+['\u2019]s )?[Tt]op \d{1,4} (?:[A-Za-z][\w-]* ){0,4}?"
                      r"(?:[Ee]nterprises|[Cc]ompanies|[Ff]irms|[Bb]rands|[Mm]anufacturers|[Gg]roups|[Ee]xporters|"
                      r"[Ss]uppliers|[Bb]usinesses)\b")


_LIST_OF = re.compile(r"\b(?:(?:19|20)\d\d )?(?:(?:Henan )?(?:national|provincial|municipal) |Henan )?list of "
                      # ("the list of 2026 Henan provincial key projects")
                      # ("the 2024 list of China's Top 500 Private Manufacturing Enterprises": a possessive, title case)
                      # ('the national list of manufacturing "single champion" enterprises': words in quotes)
                      # ("the 2024 Henan list of specialized, refined, distinctive and innovative small and
                      # medium-sized enterprises": a list of adjectives with commas)
                      r"(?:(?:19|20)\d\d )?(?:[\"\u201c]?[A-Za-z0-9][\w-]*(?:['\u2019]s)?[\"\u201d]?,? ){0,8}?(?i:factories|enterprises|companies|equipment|"
                      r"technologies|firms|workshops|products|brands|champions|zones|parks|bases|cities|counties|"
                      r"laboratories|centers|centres|projects)\b"
                      # "the list of enterprises meeting the lead and zinc industry standard conditions"
                      r"(?: meeting (?:the )?(?:[\w-]+ ){0,6}?(?:conditions|standards|requirements|criteria)\b)?"
                      # "the 2025 list of provincial key projects of Henan Province": the province that keeps the
                      # list closes its name (dev golds: 3 of 3)
                      r"(?: of Henan(?: [Pp]rovince)?\b(?![\w'\u2019-]| [A-Z]))?")


def _long_project_titles(doc: Doc, toks: list[Token]) -> list[Candidate]:
    """Project titles that run over hyphenated lower-case words, numbers, 'of' and 'and' before a capitalised
    'Project' ("the Annual Production of 600 Tonnes of Optical Fiber Preforms and 30 Million Fiber-kilometers of
    Ultra-low-loss Optical Fiber Project"): from the first capitalised word after the determiner to the head."""
    out: list[Candidate] = []
    heads = {doc.vocab.strings.add(w) for w in ("Project", "Program", "Programme")}
    for end in positions(doc, "ORTH", heads):
        sent_start = sent_bounds(toks[end])[0]
        k, hyphenated = end, False
        while k - 1 > sent_start:
            t = toks[k - 1]
            # a piece of a hyphenated word: the hyphen itself, or a word glued to a hyphen on either side
            glued = t.text == "-" and not t.whitespace_ and not toks[k - 2].whitespace_ \
                or t.is_alpha and (toks[k].text == "-" and not t.whitespace_
                                   or toks[k - 2].text == "-" and not toks[k - 2].whitespace_)
            if glued or is_name_token(t) or t.like_num or t.lower_ in ("of", "and"):
                hyphenated = hyphenated or glued and t.is_lower
                k -= 1
            else:
                break
        while k < end and (not is_name_token(toks[k]) or toks[k].lower_ in ("of", "and")):
            k += 1
        # only where a lower-case piece of a hyphenated word broke the ordinary name, and the title is long
        if hyphenated and end - k >= 6 and toks[k - 1].lower_ in ("the", "its", "a", "an", "of", "in", "for", "on"):
            out.append(Candidate(k, end + 1, "Project", 0, "long-project-title"))
    return out


# China's "first (set) of major technical equipment" designation, however a text spells it ("first set of",
# "first-set", "first (set)", "first sets of"), with the scope, year and catalogue words around it that name one list:
# "a national first set of ...", "the 2025 Henan catalogue of first-set ...", "... equipment of Henan Province"
_FIRST_SET = re.compile(
    r"(?<![\w'\u2019-])(?:(?:19|20)\d\d\s+)?(?:(?:national|provincial|municipal|state|henan|china|province)\s+){0,3}"
    r"(?:(?:catalogue|catalog|list)\s+of\s+(?:the\s+)?)?"
    r"first(?:\s*-\s*|\s+\(\s*|\s+)sets?\s*\)?(?:\s+of)?(?:\s+[a-z][a-z-]*){0,3}?\s+(?:equipment|products?)\b"
    r"(?:\s+(?:catalogue|catalog|list)\b)?(?:\s+of\s+(?:henan(?:\s+province)?|china)\b)?",
    re.IGNORECASE,
)
_FIRST_SET_CORE = re.compile(r"\bfirst(?:\s*-\s*|\s+\(\s*|\s+)sets?\b", re.IGNORECASE)


# Works done at a site, and the heads of the named sites they are done at
_WORKS_ON_A_SITE = frozenset({"project", "line", "programme", "program", "expansion", "renovation"})
_SITE_HEADS = frozenset({"mine", "airport", "center", "centre", "stadium", "station", "port", "park", "railway",
                         "expressway", "highway", "dam", "reservoir", "hospital", "terminal", "bridge", "tunnel"})


# (and what a numbered phase may be of: "Phase II of the X Industrial Park", "Phase III of Y Glove Base")
_PHASED_SITES = _SITE_HEADS | {"base", "factory", "plant", "mill", "zone", "cluster"}
# (but a phase of what is named a project is that project: "Phase II of the X Factory Project" names X's project)
_NAMED_PROJECTS = frozenset({"project", "projects", "programme", "program"})


def _named_site_at(toks: list[Token], cands: list[Candidate], k: int) -> int | None:
    """The end of a named site (a candidate name ending in a site's head, or "Line 10" of a metro) starting at ``k``."""
    site = max((x.end for x in cands if x.start == k and x.type is not None), default=None)
    if site is None or site > len(toks):
        return None
    last = toks[site - 1]
    if last.lower_ in _SITE_HEADS or last.like_num and site - 2 > k and toks[site - 2].lower_ == "line":
        return site
    return None


def _works_at_named_sites(doc: Doc, toks: list[Token], cands: list[Candidate]) -> list[Candidate]:
    """ "the renovation project of the Zhengzhou Olympic Sports Center", "the extension project of Zhengzhou Metro
    Line 10": a work named by what is done and the named site it is done at (a work already named on its own is
    extended in ``find_entities``)."""
    out = []
    ends = {c.end for c in cands if c.type == "Project"}
    for x in cands:
        k = x.start - 1 - (x.start >= 1 and toks[x.start - 1].lower_ == "the")
        if k < 2 or toks[k].lower_ != "of" or toks[k - 1].lower_ not in _WORKS_ON_A_SITE or k in ends \
                or not toks[k - 1].is_lower or _named_site_at(toks, cands, x.start) != x.end:
            continue
        span = descriptive_span(doc, toks[k - 1], pp=())
        if span is not None and span[0] < k - 1 and all(t.is_lower or t.like_num or t.is_punct for t in toks[span[0]:k]):
            out.append(Candidate(span[0], x.end, "Project", 1, "work-at-site"))
    return out


def _phases_of_sites(doc: Doc, toks: list[Token], cands: list[Candidate]) -> list[Candidate]:
    """ "Phase II of the Yuji Intelligent Machine Tool Industrial Park", "Phase III of Hebi Nitrile Glove Base": a
    numbered phase of a named base, park or work is the project (dev golds: 17 to 1). Not a phase of what is named a
    project, which is that project, nor "the second phase of ..." (dev golds name the park or project there). Untyped
    chunks that run across it ("Construction of Phase III of ...") give way."""
    found = []
    for i in positions(doc, "LOWER", {doc.vocab.strings.add("phase")}):
        if i + 3 >= len(toks) or not toks[i].text[:1].isupper() or not _ROMAN.match(toks[i + 1].text) \
                or toks[i + 2].lower_ != "of":
            continue
        k = i + 3 + (toks[i + 3].lower_ == "the")
        end = k
        while end < len(toks) and toks[end].text[:1].isupper() and toks[end].is_alpha and not toks[end].is_sent_start:
            end += 1
        # (or of a named work that is no project by name: "Phase I of the Zhengxin Rapid Transit Line", "Phase II of
        # the Hailing Bay Offshore Wind Farm")
        if end - k >= 2 and (toks[end - 1].lower_ in _PHASED_SITES or toks[end - 1].lower_ not in _NAMED_PROJECTS
                             and head_type([t.lower_ for t in toks[k:end]]) == "Project"):
            found.append(Candidate(i, end, "Project", 0, "phase-of-site"))
    if not found:
        return cands
    taken = {j for f in found for j in range(f.start, f.end)}
    return [c for c in cands if c.type not in ("Unknown", None) or not taken & set(range(c.start, c.end))] + found


def _first_set_candidates(doc: Doc) -> list[Candidate]:
    """The first (set) of major technical equipment designation, a list products are put on (see ``_FIRST_SET``):
    its wording varies too much for the parse-based award rules, which the parser's reading of "set" as a verb
    also defeats."""
    text = doc_text(doc)
    out = []
    done = 0
    # (the designation's core words first, then its whole extent around them: trying the whole pattern at every
    # character of the article costs more)
    for core in _FIRST_SET_CORE.finditer(text):
        if core.start() < done:
            continue
        m = _FIRST_SET.search(text, max(done, core.start() - 80), core.end() + 300)
        while m is not None and m.end() <= core.start():
            m = _FIRST_SET.search(text, m.end(), core.end() + 300)
        if m is None or m.start() > core.start():
            continue
        done = m.end()
        span = doc.char_span(m.start(), m.end(), alignment_mode="expand")
        if span is not None:
            out.append(Candidate(span.start, span.end, "Award", 0, "first-set"))
    return out


# a buyer's dated tender round: "the 2025 Centralized Procurement of Electric Energy Meters", "Muyuan Foods' 2026
# centralized vaccine procurement" (what it buys named after "of" in title case only)
_PROCUREMENT = re.compile(r"\b(?:19|20)\d\d(?:[-\u2013](?:19|20)\d\d)? (?:[A-Za-z][\w-]* ){0,3}?[Pp]rocurement\b"
                          r"(?: of(?: [A-Z][\w-]*)+)?")


def _procurement_candidates(doc: Doc) -> list[Candidate]:
    """Dated procurement rounds a firm wins bids in: the dev golds name them as projects (3 of 3)."""
    text = doc_text(doc)
    if "rocurement" not in text:
        return []
    out = []
    for m in _PROCUREMENT.finditer(text):
        span = doc.char_span(m.start(), m.end(), alignment_mode="expand")
        if span is not None and len(span) >= 3:
            out.append(Candidate(span.start, span.end, "Project", 0, "procurement"))
    return out


def _ranking_candidates(doc: Doc) -> list[Candidate]:
    """Rankings and lists written in lower case: "China's top 500 enterprises", "Henan's top 100 private
    enterprises", "the 2024 list of national green factories"."""
    out = []
    text = doc_text(doc)
    for pattern, fewest_tokens, marker in ((_LIST_OF, 4, "list of "), (_RANKING, 3, "op ")):
        if marker not in text:
            continue  # (most articles have neither: the patterns try a match at every word, which costs)
        for m in pattern.finditer(text):
            if pattern is _LIST_OF and not m.group(0)[:1].isdigit() and re.search(r"\bTop \d", m.group(0)):
                # "made the list of China's Top 500 Private Enterprises": a title-case ranking is a name of its own
                # (a dated list is named with its year and "list of": "the 2024 list of China's Top 500 ...")
                continue
            if pattern is _LIST_OF and m.group(0).startswith("list of") and re.search(r"[\"\u201c]", m.group(0)):
                continue  # ('made the list of "gazelle" enterprises of Henan Province': the rule for lists reads it)
            if pattern is _LIST_OF and re.search(r"\blist of (?:the )?\w+ batch\b", m.group(0), re.IGNORECASE):
                # "made the list of the fourth batch of Henan green factories": the batch is the name (the rule for
                # batches reads it), as in all five dev golds that have one
                continue
            span = doc.char_span(m.start(), m.end(), alignment_mode="expand")
            if span is not None and len(span) >= fewest_tokens and not any(
                    t.lower_ == "top" and t.pos_ in ("VERB", "AUX") for t in span):  # not "sales may top 100 ..."
                out.append(Candidate(span.start, span.end, "Award", 0, "ranking"))
    return out


# words that open a verb's object and never follow a noun inside its own phrase ("powers our forklifts")
_OBJECT_DETERMINERS = frozenset({"most", "the", "all", "many", "its", "their", "a", "an", "our", "his", "her", "my",
                                 "your", "these", "those", "every", "each", "both"})


def _verb_before_object(doc: Doc, k: int, sent_end: int) -> bool:
    """ "whose KS-VF800 variable-frequency drive powers most Minelift hoists": a verb in -s the tagger took for a
    plural noun, with its object's determiner right after it."""
    return doc[k].lower_.endswith("s") and k + 1 < sent_end \
        and doc[k + 1].lower_ in _OBJECT_DETERMINERS


def _adverb_noun(tok: Token) -> bool:
    """ "the YN-M5 micro-powder lithium hydroxide": a noun the tagger calls an adverb (a rare word after a noun),
    known to the lemmatizer's index as a noun and never as an adjective or a time."""
    return tok.pos_ == "ADV" and tok.is_lower and tok.i > 0 and not tok.lower_.endswith("ly") \
        and tok.lower_ in ENGLISH_NOUNS and tok.lower_ not in ENGLISH_ADJECTIVES \
        and tok.lower_ not in _TIME_WORDS | {"there", "now", "yesterday", "tomorrow", "tonight"} \
        and tok.doc[tok.i - 1].is_lower and tok.doc[tok.i - 1].pos_ == "NOUN"


def _model_code_candidates(doc: Doc) -> list[Candidate]:
    """Model codes and what they name: "the RXR-M150D firefighting robot", "SH-6 battery foil", "ZY35".

    The code with the lower-case nouns after it up to a product noun; the code alone when no
    product noun follows ("the BLR-895 rutile grade") or when it is quoted ('the "XJ-8000" platform').
    """
    toks = tokens(doc)  # (each Token built once: ``doc[i]`` builds a new one on each access)
    out: list[Candidate] = []
    n = len(doc)
    # find codes in the text first (fast), then map them to tokens: "RXR" "-" "M150D" may be three tokens
    starts = []
    for m in _CODE_IN_TEXT.finditer(doc_text(doc)):
        span = doc.char_span(m.start(), m.end(), alignment_mode="strict")
        if span is not None and len(span):
            starts.append((span.start, span.end))
    for i, j in starts:
        text = text_of(doc, i, j)
        if not _CODE.match(text):
            continue
        # the NER may call a code with letters a date ("J599"); quarters and halves ("Q3", "H1") are dates
        lettered = re.search(r"[A-Za-z]", text) and not re.match(r"^[QH][1-4]$", text)
        if any(t.ent_type_ in ("MONEY", "PERCENT", "QUANTITY") or t.ent_type_ == "DATE" and not lettered
               for t in doc[i:j]) or (i > 0 and toks[i - 1].text == "(" and j < n and toks[j].text == ")"):
            continue  # dates, sums, and acronyms in parentheses are no models
        if "/" in text and _UNIT.match(text.split("/", 1)[0]) and i > 0 and toks[i - 1].like_num:
            continue  # "150 MW/300 MWh": a power and a capacity, no model
        end = j
        quoted = i > 0 and toks[i - 1].text in QUOTES
        if quoted and not (j < n and toks[j].text in QUOTES):
            continue  # 'the "HX-3 high-pressure slurry pump"': the quotes give the extent
        sent_end = sent_bounds(toks[i])[1]
        label = "Product"
        if not quoted:
            k = j
            if k + 1 < sent_end and toks[k].text in ("Type", "Class", "Grade") and _ROMAN.match(toks[k + 1].text):
                k += 2  # "the ZT-H70 Type IV hydrogen cylinders"
            while k < sent_end and k - j < 9 and toks[k].lower_ not in _TIME_WORDS and (
                    toks[k].is_lower and toks[k].pos_ in ("NOUN", "ADJ", "VERB", "PROPN")
                    # ("The KYG-40.5 replaces ...": the clause's verb; not "compressed" in "the ZYX45 compressed oxygen
                    # self-rescuer", which the tagger may also call a past tense)
                    and not (toks[k].tag_ in ("VBZ", "MD") and toks[k].dep_ in ("ROOT", "conj"))
                    # ("whose KS-VF800 variable-frequency drive powers most Minelift hoists": a verb the tagger took
                    # for a plural noun, with its object's determiner after it)
                    and not (k > j and _verb_before_object(doc, k, sent_end))
                                                  or toks[k].text == "-" and not toks[k - 1].whitespace_
                                                  # "the HT-3500 fully automatic capsule filling machine": an adverb
                                                  # of the adjective after it
                                                  or toks[k].pos_ == "ADV" and toks[k].is_lower
                                                  and toks[k].lower_.endswith("ly") and k + 1 < sent_end
                                                  and toks[k + 1].is_lower and toks[k + 1].pos_ in ("ADJ", "VERB")
                                                  # "a YS-J600 electrode nipple": a noun the tagger calls an
                                                  # adverb, as a modifier of the noun after it
                                                  or toks[k].pos_ == "ADV" and toks[k].is_lower
                                                  and not toks[k].lower_.endswith("ly")
                                                  and toks[k].dep_ in ("amod", "compound", "nmod")
                                                  and k + 1 < sent_end and toks[k].head.i == k + 1
                                                  and toks[k + 1].is_lower and toks[k + 1].pos_ == "NOUN"
                                                  or _adverb_noun(toks[k])
                                                  # "the HX-880 any-layer interconnect board": a hyphenated word
                                                  or toks[k].is_lower and not toks[k].like_num and not toks[k].whitespace_
                                                  and k + 1 < sent_end and toks[k + 1].text == "-"
                                                  # "the SJ-AWG48 athermal AWG chip", "the RZ-B200 PCBN insert": an
                                                  # acronym before the noun
                                                  or toks[k].is_upper and toks[k].is_alpha and len(toks[k]) >= 2
                                                  and k + 1 < sent_end and toks[k + 1].is_lower
                                                  and toks[k + 1].pos_ == "NOUN"
                                                  # "the YH-RT300 reinforced PVC-M pipe": a hyphenated acronym
                                                  or toks[k].is_upper and toks[k].is_alpha and len(toks[k]) <= 5
                                                  and k + 3 < sent_end and not toks[k].whitespace_
                                                  and toks[k + 1].text == "-" and not toks[k + 1].whitespace_
                                                  and toks[k + 2].is_upper and len(toks[k + 2]) <= 3
                                                  and toks[k + 3].is_lower and toks[k + 3].pos_ == "NOUN"
                                                  or toks[k].is_upper and len(toks[k]) <= 3 and k > j
                                                  and toks[k - 1].text == "-" and not toks[k - 2].whitespace_
                                                  and toks[k - 2].is_upper and k + 1 < sent_end
                                                  and toks[k + 1].is_lower and toks[k + 1].pos_ == "NOUN"
                                                  # "the XZ-170 high Tg copper clad laminate": a short symbol
                                                  or k > j and toks[k].is_alpha and 2 <= len(toks[k]) <= 3
                                                  and toks[k].text[:1].isupper()
                                                  and toks[k].lower_ not in ENGLISH_WORDS and toks[k - 1].is_lower
                                                  and k + 1 < sent_end and toks[k + 1].is_lower
                                                  and toks[k + 1].pos_ in ("NOUN", "ADJ")) \
                    and toks[k].lower_ not in lx.PRODUCT_HEADS:
                k += 1  # "the TM-50 crop-spraying drone" (the tagger may call lower-case nouns proper)
            if k == sent_end or toks[k].lower_ not in lx.PRODUCT_HEADS:
                while k > j and toks[k - 1].pos_ not in ("NOUN", "PROPN") and not _adverb_noun(toks[k - 1]):
                    k -= 1  # "the SF-300 water filter made by ...": the participle is not part of the name
            if (k == sent_end or toks[k].lower_ not in lx.PRODUCT_HEADS) and k > j \
                    and (toks[k - 1].pos_ in ("NOUN", "PROPN") or _adverb_noun(toks[k - 1])) \
                    and toks[k - 1].lower_ not in _NOT_PRODUCT_HEADS and (k == sent_end or not toks[k].is_lower
                                                                        or toks[k].pos_ not in ("NOUN", "PROPN")
                                                                        or _verb_before_object(doc, k, sent_end)):
                # "the HD-880 intelligent ring main unit", "ZJ50 drilling rigs": the noun the lower-case words
                # after the code end in is the product, whether or not our list knows it
                k -= 1
            # (one word after the code: a singular noun, or one the tagger calls plural that has no plural ending:
            # "the ZT-P800 prepreg")
            single = toks[k].tag_ == "NN" or toks[k].tag_ == "NNS" and not toks[k].lower_.endswith("s") if k < sent_end else False
            if k < sent_end and (toks[k].lower_ in lx.PRODUCT_HEADS or (k > j or single) and (
                    toks[k].pos_ in ("NOUN", "PROPN") or k > j and _adverb_noun(toks[k]))
                                 and toks[k].lower_ not in _NOT_PRODUCT_HEADS) and toks[k].is_lower:
                while k + 1 < sent_end and toks[k].dep_ == "compound" and toks[k + 1].is_lower and toks[k + 1].pos_ == "NOUN" \
                        and not _verb_before_object(doc, k + 1, sent_end):
                    k += 1  # "battery foil": the compound's head
                h = toks[k]
                while h.head.i > h.i and h.head.i < sent_end and h.head.i - j <= 7 and h.head.pos_ in ("NOUN", "ADJ") \
                        and h.head.dep_ != "ROOT" and not _verb_before_object(doc, h.head.i, sent_end) \
                        and all(t.is_lower or t.text == "-" for t in doc[h.i + 1:h.head.i + 1]):
                    h = h.head  # "the YF-E12 battery-electric city buses": up to the head of the phrase
                if h.i > k and h.pos_ == "NOUN":
                    k = h.i
                if toks[k].lower_ in ("series", "line", "family", "range"):
                    # "J599 series circular connectors": a product family names the products after it
                    m = k + 1
                    while m < sent_end and m - k <= 3 and toks[m].is_lower and toks[m].pos_ in ("NOUN", "ADJ", "PROPN"):
                        m += 1
                    if m > k + 1 and toks[m - 1].pos_ in ("NOUN", "PROPN") and toks[m - 1].lower_ not in (
                            "program", "programme", "project", "market", "markets", "customers"):
                        k = m - 1
                if k + 1 < sent_end and toks[k + 1].lower_ in ("program", "programme", "project"):
                    k += 1
                if toks[k].lower_ in ("program", "programme", "project", "trial", "trials"):
                    # "the C919 large aircraft program": a programme named after its product ("the ZX-301 multicenter
                    # clinical trial": so is a trial)
                    label = "Project"
                end = k + 1
        # "the Fengming FY-21 concert guzheng", "its Hengda H300 honed tubes": a brand word before the code belongs to
        # the name, a firm's short name too (all the dev golds that have one keep it)
        if i >= 2 and label == "Product" and not quoted and toks[i - 2].lower_ in ("the", "its", "their", "a", "an") \
                and _brand_word(toks[i - 1]):
            i -= 1
        before_hyphen, after_hyphen = text.split("-", 1)[0], text.rsplit("-", 1)[-1].lower()
        if not any(ch.isdigit() for ch in text) and not quoted and (
                end == j or after_hyphen in lx.COUNTRIES or after_hyphen in lx.CHINA_PLACES
                or after_hyphen in _REGIONS or before_hyphen in _BLOCS):
            continue  # (letters alone with no product after them, or "US-China", "the EU-Asia summit": no model)
        out.append(Candidate(i, end, label, 0, "model-name"))
    return out


# Nouns after a number that measure or date, not goods: "Zhengzhou 2024 plans", "Line 3 stations"
_NOT_GOODS_AFTER_NUMBER = frozenset({"percent", "yuan", "years", "year", "days", "months", "tonnes", "tons", "units",
                                     "times", "km", "kilometers", "kilometres", "meters", "metres", "hectares", "mu",
                                     "sets", "people", "staff", "workers", "plants", "stations", "companies", "firms"})


def _numbered_name_candidates(doc: Doc) -> list[Candidate]:
    """A coined name with a number, as crop varieties and product generations are named: "Zhuzhi 19 sesame" (goods
    after it), "bred ... the disease-resistant Zhuzhi 22" (what was bred or developed)."""
    out = []
    digits = {doc.vocab.strings.add(x) for x in ("d", "dd", "ddd", "dddd")}
    for k in positions(doc, "SHAPE", digits):
        if k < 1 or not doc[k - 1].text[:1].isupper() or doc[k - 1].is_stop or not not_an_english_word(doc[k - 1]) \
                or token_is_place_word(doc[k - 1]) or doc[k - 1].ent_type_ == "ORG":
            # (the NER may call "Zhuzhi 22" a date or a place; a coined word is no month, and the places we know are
            # excluded)
            continue
        start = k - 1
        if start >= 1 and doc[start - 1].text[:1].isupper() and not_an_english_word(doc[start - 1]) \
                and not token_is_place_word(doc[start - 1]):
            start -= 1  # "Zhengdan Huamai 9"
        if start >= 1 and (is_name_token(doc[start - 1]) or doc[start - 1].text in ("-", "/")):
            continue  # part of a longer name ("China Railway No. 1", "Metro Line 10"): other rules have it
        nxt = doc[k + 1] if k + 1 < len(doc) else None
        goods_after = nxt is not None and nxt.is_lower and nxt.pos_ == "NOUN" and nxt.lower_ not in _NOT_GOODS_AFTER_NUMBER
        num = doc[k] if doc[k].dep_ != "nummod" else doc[k].head  # ("Huamai 22" parsed as a noun and its number)
        # ("bred": a form the lemmatizer may leave as it is)
        bred = num.dep_ in ("dobj", "nsubjpass", "appos", "attr") and (
            num.head.lemma_.lower() in lx.DEVELOP_VERBS | {"bred"} or num.head.lower_ in ("breed", "bred"))
        if goods_after or bred:
            out.append(Candidate(start, k + 1, "Product", 0, "model-name"))
    return out


_REGIONS = frozenset({"asia", "europe", "africa", "america", "americas", "pacific", "arab", "latin", "oceania",
                      "eurasia", "atlantic", "asean"})
_BLOCS = frozenset({"EU", "US", "UK", "UN", "UAE", "ASEAN", "BRICS", "SCO", "APEC", "CIS", "GCC", "PRC"})


def _name_before_description(doc: Doc, start: int, *, english_ok: bool = False) -> tuple[int, int] | None:
    """The coined name set before a description that starts at ``start`` ("Jundun, a ... wettable powder"), or
    None where the words before are no such name (a firm, a place, a title). ``english_ok``: an English word may be
    the name too, where a making verb's object says so ("debuted Starlight, an LED night kite")."""
    if start < 3 or start >= len(doc) or doc[start - 1].lower_ not in ("a", "an") or doc[start - 2].text != ",":
        return None
    end = start - 2
    k = end
    while k - 1 >= 0 and is_name_token(doc[k - 1]) and end - k < 4:
        k -= 1
    if k == end or doc[end - 1].lower_ in lx.HEAD_TYPES or token_is_place_word(doc[end - 1]) \
            or _LEGAL_END.search(text_of(doc, k, end)) or not (english_ok or any(not_an_english_word(t) for t in doc[k:end])):
        return None
    # the description's head: the last noun before a preposition, a clause or a comma ("a Bacillus velezensis
    # wettable powder against ..."); a firm, a person or a place described so is no product ("Weichai, a engine maker")
    m, head = start, None
    while m < len(doc) and m - start < 12 and (not doc[m].is_punct or doc[m].text == "-" and not doc[m].whitespace_) \
            and doc[m].pos_ not in ("ADP", "PRON", "VERB", "AUX"):  # ("a cold-end coating": a hyphenated word)
        if doc[m].pos_ in ("NOUN", "PROPN"):
            head = doc[m]
        m += 1
    if head is None or head.lemma_.lower() in lx.COMPANY_DESCRIPTORS or head.lower_ in lx.HEAD_TYPES \
            or head.lemma_.lower() in lx.HEAD_TYPES or head.lower_ in _ROLE_NOUNS or head.lower_ in _PERSON_NOUNS \
            or head.lower_ in _PLACE_LEVELS or head.lower_ in ("region", "country"):
        return None
    return k, end


def _brand_word(tok: Token) -> bool:
    """Is ``tok`` a coined brand word: one capitalised word, no place, no head noun, no English word? (A word of a
    firm's name is one too: "the Hengda H300 honed tubes" of Ruzhou Hengda Precision Tube Co., Ltd.)"""
    return tok.is_alpha and tok.is_title and len(tok) >= 3 and not token_is_place_word(tok) \
        and tok.lower_ not in lx.HEAD_TYPES and not_an_english_word(tok)


def _names_goods(tok: Token) -> bool:
    """Is ``tok`` the head noun of a kind of goods or process that a following "named X" names?"""
    # any thing but a place, an organisation or a person: "a water purifier named ...", not "a village called ..."
    return tok.pos_ == "NOUN" and tok.lower_ not in lx.HEAD_TYPES and tok.lemma_.lower() not in lx.HEAD_TYPES \
        and tok.lemma_.lower() not in _PERSON_NOUNS


_PERSON_NOUNS = frozenset({"man", "woman", "boy", "girl", "person", "farmer", "worker", "engineer", "student",
                           "teacher", "entrepreneur", "son", "daughter", "friend", "colleague", "dog", "cat", "horse"})


# a word with a number joined to it, as names of machines go: "Titan-16000", "Scope-2"
_NAMED_CODE = re.compile(r"^[A-Z][A-Za-z]*-?\d[\w-]*$")


def _in_given_name(tok: Token) -> bool:
    # "calls it the Clear Spring 3": whatever the NER makes of "Spring 3", a capitalised word goes on the name
    return is_name_token(tok) or tok.pos_ == "PROPN" and tok.text[:1].isupper() or bool(_NAMED_CODE.match(tok.text))


def _given_name_end(doc: Doc, end: int, sent_end: int, *, hyphens: bool) -> int:
    """Where a name given after "called", "named" or "calls it" ends, from ``end`` on: capitalised words, codes
    and short numbers ("Snow Lotus 6"); with ``hyphens``, also a hyphen joining two of them ("RK-Scope 1",
    "Titan-16000", whatever the tagger makes of it)."""
    while end < sent_end and (_in_given_name(doc[end]) or doc[end].like_num and _SHORT_NUMBER.match(doc[end].text)
                              or hyphens and doc[end].text == "-" and not doc[end - 1].whitespace_
                              and not doc[end].whitespace_ and end + 1 < sent_end
                              and (is_name_token(doc[end + 1]) or doc[end + 1].like_num)):
        end += 1
    return end


_CALL_FORMS = lx.NAMING_WORDS | {"call", "calls", "calling"}


def _called_candidates(doc: Doc) -> list[Candidate]:
    """An unquoted name after "called"/"named": "a moxibustion therapy device called AiHe-1"."""
    out = []
    # (the few words the rules start from, found from the LOWER array: no Token is built for the others)
    wanted = {doc.vocab.strings.add(w) for w in _CALL_FORMS}
    for i in positions(doc, "LOWER", wanted):
        t = doc[i]
        if t.lemma_.lower() == "call" and t.pos_ == "VERB" and t.i + 2 < len(doc) and doc[t.i + 1].lower_ == "it":
            # "X, which makes the six-row machine, calls it the Snow Lotus 6": "it" is the goods just named
            k = t.i + 2 + (doc[t.i + 2].lower_ == "the")
            sent_start, sent_end = sent_bounds(t)
            if k < sent_end and _in_given_name(doc[k]) and any(
                    _names_goods(x) and (x.lemma_.lower() in lx.PRODUCT_HEADS or x.dep_ == "dobj"
                                         and x.head.lemma_.lower() in lx.DEVELOP_VERBS)
                    for x in doc[sent_start:t.i]):
                out.append(Candidate(k, _given_name_end(doc, k + 1, sent_end, hyphens=False), "Product", -1, "called"))
            continue
        if t.lower_ not in lx.NAMING_WORDS or t.i < 1 or t.i + 1 >= len(doc):
            continue
        # "a ... device called AiHe-1"; "The machine, named Jinwei Atlas-9000, ..."
        goods = doc[t.i - 1] if doc[t.i - 1].text != "," or t.i < 2 else doc[t.i - 2]
        if not _names_goods(goods) or doc[t.i + 1].text in QUOTES or not is_name_token(doc[t.i + 1]):
            continue
        end = _given_name_end(doc, t.i + 2, sent_bounds(t)[1], hyphens=True)
        # before the NER's guess: "named Jinwei Atlas-9000" after a machine is no person
        out.append(Candidate(t.i + 1, end, "Product", -1, "called"))
    return out


def _code_before(doc: Doc, k: int) -> int:
    """Where a model code that ends right before token ``k`` starts ("LX-17" of 'the LX-17 "Lingxi" reducer', one
    token or several), or ``k`` when there is none."""
    if k < 1 or not doc[k - 1].whitespace_:
        return k
    line_start = doc[max(0, k - 8)].idx
    # (the code must end where token k - 1 does; the space after the window lets the pattern's end check pass)
    ends_at = doc[k].idx - line_start - len(doc[k - 1].whitespace_)
    window = doc_text(doc)[line_start:doc[k].idx].rstrip() + " "
    m = next((m for m in _CODE_IN_TEXT.finditer(window) if m.end() == ends_at), None)
    if m is None:
        return k
    span = doc.char_span(line_start + m.start(), line_start + m.end())
    return span.start if span is not None and span.end == k else k


def _word_hyphen(doc: Doc, m: int, sent_end: int) -> bool:
    """Is token ``m`` a hyphen inside one word ("multi-temperature", "semi-trailer")?"""
    return doc[m].text == "-" and m + 1 < sent_end and not doc[m - 1].whitespace_ and not doc[m].whitespace_ \
        and doc[m + 1].is_lower and doc[m + 1].is_alpha


def _lower_noun(tok: Token) -> bool:
    """A noun in lower case, whatever the tagger says: after a quoted brand it may tag a whole description as proper
    nouns ('the "Zhixue" chitosan hemostatic sponge')."""
    return tok.is_lower and tok.is_alpha and tok.pos_ in ("NOUN", "PROPN")


def _described_by_brand(doc: Doc, start: int, end: int, close: int, sent_end: int) -> int | None:
    """The head noun of the descriptive phrase a quoted brand (``doc[start:end]``, closing quote at ``close``)
    modifies, when that phrase runs on right after the quote in lower-case words or acronyms; else None."""
    root = next((x for x in doc[start:end] if not (start <= x.head.i < end)), None)
    if root is None:
        return None
    # (a hyphenated descriptor is three tokens: '"Yunhan" anti-corrosion glass-lined storage tank')
    reach = 6 + sum(1 for m in range(close + 1, min(close + 13, sent_end)) if doc[m].text == "-")
    if root.dep_ not in ("nmod", "compound", "amod", "npadvmod"):
        # (a parse that hangs the brand elsewhere: 'its 150-kilowatt "Qingyuan-150" stack' with the brand under the
        # size) the first noun after the quote that heads a phrase, over lower-case descriptors, when its phrase takes
        # the brand in, or the parser hung it on the brand ('its KT-2 "Xiaoxi" behind-the-ear hearing aid', the aid
        # an apposition) or on a participle right after the quote ('a WY-S22 "Tieniu" segmented mold')
        def heads_phrase(t: Token) -> bool:
            return _lower_noun(t) and t.dep_ not in ("compound", "amod", "nmod")

        m = close + 1
        # (lower-case words and hyphens; a determiner only inside a hyphenated word: '"Jinghu," the huge piece of
        # equipment' sets a description beside the name)
        while m < sent_end and m <= close + reach and (doc[m].is_lower or doc[m].text == "-") \
                and (doc[m].pos_ != "DET" or doc[m - 1].text == "-" and not doc[m - 1].whitespace_):
            h = doc[m]
            if heads_phrase(h) and (h.left_edge.i <= start or h.head.i == root.i or m > close + 1
                                    and h.head.i == close + 1 and doc[close + 1].lower_.endswith("ed")):
                return None if h.lower_ in _BRAND_WORDS else m
            m += 1
        return None
    h = root.head
    while h.dep_ in ("compound", "nmod") and h.head.i > h.i and h.head.i - close <= reach:
        h = h.head  # '"Ark" series intelligent bridge crane': the series names the crane
    # ('the "Liangyue" DC inverter ceiling fan', parsed with "DC" as a subject: an acronym opens the description)
    acronym = h.is_upper and h.is_alpha and 2 <= len(h) <= 4 and h.i == close + 1
    if not (close < h.i <= close + reach and h.i < sent_end and (h.pos_ == "NOUN" or _lower_noun(h) or acronym)) \
            or h.lower_ in _BRAND_WORDS:
        return None
    # ('"Ruiguang" UV-LED curing offset ink', parsed with "LED" as the head): lower-case nouns and gerunds that run
    # on right after the head are part of the description, up to the last noun
    # (a hyphen inside a word, and a participle before more of the description, whatever their tags: the parser
    # breaks on '"Bingfeng" multi-temperature refrigerated semi-trailer', with "refrigerated" as the verb)
    m, last = h.i + 1, h.i
    while m < sent_end and m <= close + 8 and (
            doc[m].is_lower and doc[m].tag_ in ("NN", "NNS", "VBG", "JJ")
            or _word_hyphen(doc, m, sent_end)
            or doc[m].is_lower and doc[m].tag_ in ("VBD", "VBN") and m + 1 < sent_end and doc[m + 1].is_lower
            and doc[m + 1].tag_ in ("NN", "NNS", "JJ") and doc[m].lower_.endswith("ed")
            # ("DC inverter ceiling fan": a noun the tagger read as a plural verb after the acronym)
            or acronym and m == h.i + 1 and doc[m].is_lower and doc[m].tag_ == "VBP" and doc[m].lower_ in ENGLISH_NOUNS
            and m + 1 < sent_end and doc[m + 1].is_lower and doc[m + 1].tag_ in ("NN", "NNS")):
        if doc[m].tag_ in ("NN", "NNS", "VBP") and doc[m].text != "-":
            last = m
        m += 1
    h = doc[last]
    between = doc[close + 1:h.i + 1]
    if not all(x.is_lower or x.is_upper and x.is_alpha or x.text == "-" for x in between):
        return None
    return h.i


def _modifies_goods_noun(doc: Doc, start: int, end: int, close: int, sent_end: int) -> bool:
    """Does the quoted name ``doc[start:end]`` (closing quote at ``close``) modify a lower-case noun a few
    lower-case descriptors after the quote, the noun being made, sold or a product word?"""
    root = next((x for x in doc[start:end] if not (start <= x.head.i < end)), None)
    if root is None or root.dep_ not in ("nmod", "compound", "amod"):
        return False
    h = root.head
    if not (close < h.i <= close + 12 and h.i < sent_end and h.pos_ == "NOUN" and h.is_lower):
        return False
    between = doc[close + 1:h.i]
    # (at most six words between; a hyphen joins two into one: "low-fat freeze-dried fruit crisp series")
    if not all(x.is_lower or x.text == "-" for x in between) or sum(x.text != "-" for x in between) > 6:
        return False
    # the noun is goods: a product word, or what a firm rolls out, makes or sells
    return h.lemma_.lower() in lx.PRODUCT_HEADS or h.lower_ in _SERIES_WORDS or h.dep_ in ("dobj", "nsubjpass") \
        and h.head.lemma_.lower() in lx.DEVELOP_VERBS


# Words after a quoted brand that say it is a brand, not what the product is: 'the "Bailu" brand'
_BRAND_WORDS = frozenset({"brand", "brands", "trademark", "label", "name", "logo"})


# the scope words that open the name of an official list ('the national "green factory" list')
_LIST_SCOPES = frozenset({"national", "provincial", "municipal"})
# what names a catalogue of goods or firms after a quoted title (not a '"Top 100 ..." list', which the dev golds
# name by the quoted title alone)
_CATALOGUE_WORDS = frozenset({"catalogue", "catalog", "directory"})


def _quoted_candidates(doc: Doc) -> list[Candidate]:
    out: list[Candidate] = []
    toks = tokens(doc)
    # the quote marks of each sentence, found from the ORTH array (no Token is built for the other words)
    by_sentence: dict[tuple[int, int], list[int]] = {}
    for i in quote_marks(doc):
        by_sentence.setdefault(sent_bounds(doc[i]), []).append(i)
    for (_, sent_end), opens in by_sentence.items():
        for a, b in zip(opens[::2], opens[1::2]):
            start, end = a + 1, b
            follows = doc[b + 1] if b + 1 < sent_end else None
            # (over a kind of project: 'the "X" research project', 'the "Y" key R&D project')
            k = b + 1
            while k < min(b + 3, sent_end - 1) and doc[k].lower_ in ("research", "r&d", "key", "pilot", "demonstration"):
                k += 1
            follows = doc[k] if k > b + 1 and doc[k].lower_ in ("project", "programme", "program") else follows
            if follows is not None and follows.is_lower and follows.lower_ in ("project", "programme", "program", "plan"):
                # the national key R&D plan "Key technology research ..." project: the quote names the project
                if end - start <= 40:
                    out.append(Candidate(start, end, "Project", -1, "quoted-project"))
                continue
            if start >= end or end - start > 14:
                continue
            if any(t.tag_ in ("VBZ", "VBD", "VBP") and any(c.dep_ in ("nsubj", "nsubjpass") and start <= c.i < end
                                                           for c in t.children) for t in doc[start:end]):
                continue  # '"Now it exports vehicles," he said': a quoted sentence, no name
            after = doc[b + 1:min(b + 12, sent_end)]
            # '"Key Technologies of High-Safety Separators for Power Batteries", a 2025 major science and
            # technology special project of Henan': a research project's title in quotes
            described_as_project = len(after) > 2 and after[0].text == "," and after[1].lower_ in ("a", "an", "the") \
                and any(x.lower_ in ("project", "programme", "program") and x.is_lower for x in after[2:])
            # 'the provincial major science and technology special project "Intelligent Deep Shaft Hoisting
            # System"': the quote after the word names the project
            after_project_word = a >= 1 and doc[a - 1].lower_ in ("project", "programme", "program", "plan")
            if doc[start].text[:1].isupper() and (described_as_project or after_project_word):
                while end > start and doc[end - 1].is_punct:
                    end -= 1
                out.append(Candidate(start, end, "Project", -1, "quoted-project"))
                continue
            while end > start and doc[end - 1].is_punct:
                end -= 1
            if end <= start:
                continue
            words = [t.lower_ for t in doc[start:end]]
            t = head_type(words)
            capitalised = doc[start].text[:1].isupper()
            before = doc[a - 1] if a >= 1 else None
            # 'apply for the national manufacturing "single champion" list': a list named by its scope and a quoted
            # title is named whole (dev golds 5 of 6; the sixth, a '"Top 100 ... Enterprises" list', by the ranking)
            scope = next((k for k in (a - 1, a - 2, a - 3) if k >= 0 and toks[k].lower_ in _LIST_SCOPES
                          and all(x.is_lower and x.is_alpha for x in toks[k:a])), None)
            if scope is not None and b + 1 < sent_end and toks[b + 1].lower_ in ("list", "lists") \
                    and toks[start].lower_ != "top":
                out.append(Candidate(scope, b + 2, "Award", 0, "quoted-title"))
                continue
            # 'was included in the 2024 "Energy Efficiency Star" product catalogue', 'the "Quality Henan" premium
            # product catalogue': a quoted title with the catalogue or list it names (its year and quotes with it)
            k = b + 1
            while capitalised and k < min(b + 4, sent_end) and toks[k].is_lower and toks[k].pos_ in ("NOUN", "ADJ") \
                    and toks[k].lower_ not in _CATALOGUE_WORDS:
                k += 1
            if capitalised and k < sent_end and toks[k].lower_ in _CATALOGUE_WORDS:
                out.append(Candidate(a - 1 if a >= 1 and _YEAR.match(doc[a - 1].text) else a, k + 1, "Award", 0,
                                     "quoted-title"))
                continue
            # ('was named one of the "Outstanding Private Entrepreneurs of Kaifeng"', 'was named the "Hometown of
            # ..."': the quoted words after a conferring verb and "the" or "one of the")
            conferred = before is not None and before.lower_ in ("the", "a", "an") and a >= 2 and (
                doc[a - 2].lemma_.lower() in ("name", "rate", "honor", "honour", "crown", "designate")
                # 'the association named Lankao the "Hometown of ..."': the one named comes between
                or a >= 3 and doc[a - 2].pos_ == "PROPN" and doc[a - 3].lemma_.lower() in ("name", "crown", "designate")
                or doc[a - 2].lower_ == "of" and a >= 3 and doc[a - 3].lower_ == "one" and a >= 4
                and doc[a - 4].lemma_.lower() in lx.RECEIVE_VERBS)
            # ('was named a "hometown of Chinese honeysuckle"': the title of a place, in lower case)
            # ('was recognized as a "National Sports Industry Demonstration Unit"', 'Huiguo Town was named "China
            # Water Purification Materials Industry Town"': "as a" before the quote, or the conferring verb itself)
            as_a = before is not None and before.lower_ in ("a", "an") and a >= 2 and toks[a - 2].lower_ == "as" \
                and toks[a - 2].head.lemma_.lower() in lx.RECEIVE_VERBS
            named = before is not None and before.lemma_.lower() in ("name", "designate", "crown", "dub") \
                and before.pos_ == "VERB" and any(c.dep_ in ("auxpass", "nsubjpass") for c in before.children)
            if (capitalised or words[:2] == ["hometown", "of"]) and before is not None and (
                    conferred or as_a or named
                    or before.lower_ == "as" and before.head.lemma_.lower() in lx.RECEIVE_VERBS
                    or before.lower_ == "of" and a >= 2 and doc[a - 2].lower_ in ("title", "titles", "honor", "honour",
                                                                                   "list", "lists")
                    or follows is not None and follows.lower_ in ("designation", "title", "honor", "honour", "status")
                    and follows.dep_ in ("dobj", "pobj", "attr", "oprd", "nsubjpass")):
                # (also 'made the list of "National ... Demonstration Bases"', 'was granted the "Henan Provincial
                # Smart Factory" designation')
                # 'was rated as "Henan Province Specialized, Refined, Distinctive and Innovative SME"', 'the title of
                # "Henan Province Intelligent Workshop"': a title conferred in quotes
                out.append(Candidate(start, end, "Award", 0, "quoted-title"))
                continue
            # '"Huwei" reusable isolation gown', '"Ark" series intelligent bridge crane': a quoted brand that modifies
            # a descriptive product phrase names the product with it (not 'the "Bailu" brand')
            head = _described_by_brand(doc, start, end, b, sent_end)
            if capitalised and t is None and head is not None and end - start <= 4:
                # ('the LX-17 "Lingxi" harmonic reducer': a model code right before the brand is part of the phrase)
                out.append(Candidate(_code_before(doc, a), head + 1, "Product", 0, "quoted-brand"))
                continue
            # '"Sanquan Ling" tangyuan', 'the "Zhuangyuan" dumpling series': a quoted brand before the product word
            if capitalised and t is None and follows is not None and follows.is_lower and end - start <= 4 and (
                    follows.pos_ == "NOUN" or _modifies_goods_noun(doc, start, end, b, sent_end)):
                # (also 'the "Golden Peach" low-sugar canned yellow peach series': lower-case descriptors between)
                out.append(Candidate(start, end, "Product", 0, "quoted-brand"))
                continue
            # 'its new premium range, "Sanquan Sichu"': a quoted name in apposition to a product-line noun
            if capitalised and t is None and a >= 2 and doc[a - 1].text == "," and \
                    doc[a - 2].lower_ in ("range", "line", "lines", "series", "brand", "product", "products", "model"):
                out.append(Candidate(start, end, "Product", 0, "quoted-brand"))
                continue
            if a >= 2 and doc[a - 1].lower_ in lx.NAMING_WORDS and _names_goods(doc[a - 2]) or a >= 3 \
                    and doc[a - 1].lower_ in lx.NAMING_WORDS and doc[a - 2].text == "," and _names_goods(doc[a - 3]) \
                    or a >= 3 \
                    and doc[a - 1].lemma_.lower() == "call" and doc[a - 2].lower_ in ("it", "they", "we") \
                    and _names_goods(doc[a - 3]):  # 'a process it calls "cold-wall laser cladding"'
                # 'a rail inspection robot named "Iron Patrol"', 'a process called "cold-wall laser cladding"'
                out.append(Candidate(start, end, "Product", 0, "called"))
                continue
            root = next((x for x in doc[start:end] if not (start <= x.head.i < end)), doc[end - 1])
            made = root.dep_ in ("dobj", "nsubjpass", "pobj") and root.head.lemma_.lower() in lx.DEVELOP_VERBS
            if t in ("Project", "Award") or words[-1] in lx.PRODUCT_HEADS or made and t is None:
                # 'unveiled "Longmen One"': what a firm unveils is a product, before any guess from the name alone
                out.append(Candidate(start, end, t or "Product", 0 if made and t is None else 2, "quoted"))
                continue
            # "Qiming," the gigantic piece of equipment: a quoted name in apposition to a product noun
            after = doc[b + 1: min(b + 10, sent_end)]  # '"Longmen One", a 500-tonne crawler crane'
            # (the noun phrase right after, before any verb: not 'In aspect of "going out", X Boiler undertook the
            # boiler island of ...')
            phrase = list(itertools.takewhile(lambda x: x.pos_ not in ("VERB", "AUX"), after[:8]))
            if any(x.is_lower and (x.lower_ in lx.PRODUCT_HEADS or x.lower_ in ("equipment", "machine", "piece"))
                   for x in phrase) \
                    and after and after[0].lower_ in ("the", "a", "an", ","):
                out.append(Candidate(start, end, "Product", 0, "quoted-appos"))  # beats the NER
    return out


_SERIES_WORDS = frozenset({"series", "range", "family"})
# product heads that after a place name are works in that place ("the Xiping flour mill")
_PLACE_WORKS = frozenset({"mill", "kiln", "platform", "system", "press", "support", "line"})


def _series_end(doc: Doc, k: int) -> int:
    """ "the Yunrou series nano fiber brush": a series names the products after it; the index of the last word."""
    if doc[k].lower_ not in _SERIES_WORDS:
        return k
    end = sent_bounds(doc[k])[1]
    m = k + 1
    while m < end and m - k <= 4 and doc[m].is_lower and doc[m].pos_ in ("NOUN", "ADJ", "PROPN"):
        m += 1
    return m - 1 if m > k + 1 and doc[m - 1].pos_ == "NOUN" else k


def _owner_before(doc: Doc, start: int) -> bool:
    """A possessive before the name, maybe with its modifiers between: "its", "Tianyu's", "its self-developed",
    "the company's new"."""
    toks = tokens(doc)
    i = start - 1
    # (at most four tokens of lower-case modifiers: "self - developed", "latest", "patented")
    while i >= 0 and start - i <= 4:
        tok = toks[i]
        if tok.text == "-" and not tok.whitespace_ and i > 0 and not toks[i - 1].whitespace_:
            i -= 1
            if toks[i].lower_ in ("self", "in"):
                i -= 1  # "self-developed", ("in-house" is one adjective)
        elif tok.is_lower and tok.tag_ in ("JJ", "JJS", "VBN") and not tok.is_stop:
            i -= 1
        else:
            break
    if i < 0:
        return False
    tok = toks[i]
    return tok.lower_ in ("its", "their") or is_possessive(tok)


def _brand_description_end(doc: Doc, toks: list[Token], end: int, *, owned: bool, after_its: bool) -> int:
    """After a brand ending at ``end``: the end of the lower-case words that describe the product, up to (not into) a
    product head noun ("its Yaoguang double-wall tea set"; not "... strips last year"). An owned brand ("its X",
    "Tianyu's X") may have a version or grade first ("its Smart Float 4.0 ...", "its Arawana 5S ...") and hyphenated
    words and participles in its description; at most five words, hyphens not counted."""
    k = end
    if owned and k + 1 < len(doc) and re.match(r"^\d+(?:\.\d+)?[A-Z]{0,2}$", toks[k].text):
        k += 1
    first, hyphens = k, 0
    # ("the Laotanzi pickled cabbage series": a participle in a line's description, the line named as a series)
    series = any(toks[m].lower_ in ("series", "range") for m in range(k, min(k + 6, len(doc))))
    while k < len(doc) and k - end - hyphens < 5:
        tok = toks[k]
        if not (tok.is_lower and tok.pos_ in ("NOUN", "ADJ")
                or owned and tok.text == "-" and not toks[k - 1].whitespace_
                or owned and tok.is_lower and tok.is_alpha and k + 1 < len(doc) and toks[k + 1].text == "-"
                and not tok.whitespace_
                or (owned or series) and _participle_in_name(doc, k, finite=k == first and (after_its or series))) \
                or tok.lower_ in lx.PRODUCT_HEADS or tok.lower_ in _VERBS_AS_NOUNS \
                or tok.ent_type_ in ("DATE", "TIME", "CARDINAL", "QUANTITY"):
            break
        hyphens += tok.text == "-"
        k += 1
    return k


_NOT_GOODS = frozenset({"industry", "industries", "market", "markets", "business", "sector", "campaign", "strategy",
                        "team", "region", "area", "brand", "brands", "name", "family", "people", "style", "way",
                        "culture", "spirit", "model", "mode", "pattern", "story", "event", "railway", "road", "highway",
                        "river", "port", "airport", "station", "school", "hospital", "office", "store", "shop"})
_LAUNCH_LEMMAS = frozenset(lx.DEVELOP_VERBS | {"sell", "export", "ship", "mass-produce", "co-develop", "co-design"})
_NOT_IN_GOODS_RUN = frozenset({"MD", "IN", "CC", "DT", "PRP$", "WDT", "TO", "CD", "POS"})


# nouns that cannot head the name of goods: kinds of organisation, place, project, award, event, grade or people
_NOT_GOODS_HEADS = frozenset(_NOT_GOODS | _NOT_PRODUCT_HEADS | lx.FACILITY_NOUNS | lx.SUBSIDIARY_NOUNS
                             | lx.COMPANY_DESCRIPTORS | lx.HEAD_TYPES.keys() | lx.PROJECT_HEADS | lx.AWARD_HEADS
                             | _EVENT_HEADS | _PLACE_LEVELS | _PERSON_NOUNS | _PEOPLES_GROUPS)


def _coined_goods_end(doc: Doc, toks: list[Token], start: int, end: int, *, after_product: bool) -> int | None:
    """The end of a product named by a coined word and the plain words for what it is, in a sentence about making
    or selling: "the Xiaoman enclosed passenger tricycle", "the Natapro natamycin preservative that ...", "the
    VetCheck PED antibody test strip". The head noun may be any goods noun (the brand+product rule knows only a list),
    so the other signs must be sure: a determiner or owner before (or "and" after another product), every name word
    coined (no English word, no place), only lower-case words up to the head, and the phrase ending where a phrase
    can end. (The tagger often reads such words as verbs or pronouns, so the words are judged by the dictionary.)"""
    if not not_an_english_word(toks[start]) or len(toks[start]) < 3 or any(token_is_place_word(x) for x in toks[start:end]) \
            or not all(not_an_english_word(x) or x.is_upper and len(x) <= 4 and x.is_alpha for x in toks[start:end]):
        return None
    i = start - 1
    while i >= 0 and start - i <= 4 and (toks[i].is_lower and toks[i].is_alpha and not toks[i].is_stop
                                         or toks[i].text == "-" and not toks[i].whitespace_):
        i -= 1  # "its self-developed", "the flagship", "the company's best-selling"
    if i < 0 or not (toks[i].lower_ in ("the", "its", "their", "our") or is_possessive(toks[i])
                     or i == start - 1 and toks[i].lower_ == "and" and after_product):
        return None
    k = end
    while k < len(doc) and k - end < 6:
        tok = toks[k]
        if tok.text == "-" and not tok.whitespace_ and not toks[k - 1].whitespace_:
            k += 1
            continue
        if not (tok.is_lower and tok.is_alpha) or tok.is_stop or tok.tag_ in _NOT_IN_GOODS_RUN \
                or tok.tag_ in ("VBD", "VBZ", "VBP", "RB") and tok.lower_ not in ENGLISH_WORDS \
                or tok.ent_type_ in ("DATE", "TIME", "CARDINAL", "QUANTITY"):
            break
        k += 1
    if k == end or toks[k - 1].text == "-" or not in_word_index(toks[k - 1].lower_, ENGLISH_NOUNS) \
            or toks[k - 1].lower_ in _NOT_GOODS_HEADS:
        return None
    if k < len(doc) and not (toks[k].is_punct or toks[k].pos_ in ("ADP", "CCONJ", "VERB", "AUX")
                             or toks[k].lower_ in ("that", "which")):
        return None
    # the verb of making governs the phrase, or describes it in a relative clause or as a modifier ("its
    # self-developed X ...", "the X ..., which we developed", "the X ... that Runze unveiled")
    head = toks[k - 1]
    verb = next((x for x in head.ancestors if x.pos_ in ("VERB", "AUX") and not start <= x.i < k), None)
    near = [*([verb] if verb is not None else []), *(c for c in head.children if c.dep_ in ("relcl", "acl", "amod")),
            *toks[max(0, start - 4):start]]
    if not any(x.lemma_.lower() in _LAUNCH_LEMMAS for x in near):
        return None
    return k


def _participle_in_name(doc: Doc, k: int, *, finite: bool) -> bool:
    """A lower-case verb form inside a product's description after its brand: "pasteurized fresh milk", "direct-fired
    boiler", "spraying system", and the tagger's verb for a noun ("hawthorn sparkling drink")."""
    t = doc[k]
    # (a finite verb only where none can stand, right after "its X": "Its X hawthorn drink", "Its X pasteurized milk";
    # not "its X drones fly ...", "Henan's Yutong sold buses")
    return t.is_lower and t.pos_ == "VERB" and (t.tag_ in ("VBN", "VBG") or finite and t.tag_ in ("VB", "VBP", "VBD")) \
        and t.lower_ not in _VERBS_AS_NOUNS | _NOT_NAME_PARTICIPLES and k + 1 < len(doc) and (
            doc[k + 1].is_lower and doc[k + 1].pos_ in ("NOUN", "ADJ", "VERB") or doc[k + 1].text == "-")


_PINYIN_SYLLABLE = re.compile(r"^(?:[bpmfdtnlgkhjqxrzcsyw]|zh|ch|sh)?(?:[aeiouv]|ai|ei|ao|ou|an|en|ang|eng|ong|"
                              r"er|ia|ie|iao|iu|ian|in|iang|ing|iong|ua|uo|uai|ui|uan|un|uang|ue|van|vn)$", re.I)


def _pinyin_given_name(tok: Token) -> bool:
    """A capitalised word of one or two pinyin syllables that is no English word ("Zhiyong", "Dechun", "Li")."""
    w = tok.text
    if not (tok.is_title and tok.is_alpha and 2 <= len(w) <= 7) or not not_an_english_word(tok):
        return False
    return any(_PINYIN_SYLLABLE.match(w[:k]) and _PINYIN_SYLLABLE.match(w[k:]) for k in range(1, len(w))) \
        or bool(_PINYIN_SYLLABLE.match(w))


# (a word may end in a comma: "Section III Subsidiaries, Projects and Research")
_HEADING_WORD = r"(?:[A-Z][\w'&.-]*,?|\d+|and|of|the|&|for)"
_HEADING_LINE = re.compile(r"^[ \t]*" + _HEADING_WORD + r"(?:[ \t]+" + _HEADING_WORD + r"){0,9}[ \t]*$", re.M)


def _heading_lines(text: str, after: int) -> list[tuple[int, int]]:
    """The character ranges of the lines after ``after`` that hold at most ten words, all capitalised, numbers or little
    words, and no full stop at the end ("Section I Company Profile", "Subsidiaries and Shareholders"): headings, not
    sentences (read from the text once per article)."""
    return [(m.start(), m.end()) for m in _HEADING_LINE.finditer(text, after)
            if not m.group().rstrip().endswith(".") and m.group().strip()]


def _a_heading_not_a_name(doc: Doc, headings: list[tuple[int, int]], start: int, end: int) -> bool:
    """Does ``doc[start:end]`` stand on one of the ``headings`` lines without being a firm's legal name ("Henan X Co.,
    Ltd.")? A section's title that ends in the defined term ("Section I Basic Information of the Company") is no
    name."""
    if not any(a <= doc[start].idx < b for a, b in headings):
        return False
    return not _LEGAL_END.search(text_of(doc, start, end)) or end - start >= 2 and doc[end - 2].lower_ == "the"


def _opens_sentence(doc: Doc, i: int) -> bool:
    toks = tokens(doc)
    # (also right after an interview's speaker label: "Zhou: Meters used to be counted in millions")
    return toks[i].is_sent_start or i > 0 and toks[i - 1].text in QUOTES and toks[i - 1].is_sent_start \
        or i > 1 and toks[i - 1].text == ":" and toks[i - 2].is_sent_start and toks[i - 2].text[:1].isupper()


_GOODS_VERBS = frozenset({"sell", "produce", "make", "manufacture", "export", "ship"})


def _goods_object(tok: Token) -> bool:
    """An object of selling or making: "sells MSG and seasonings", "turning out more MSG than any other plant"."""
    while tok.dep_ == "conj" and tok.head.i < tok.i:
        tok = tok.head
    verb = tok.head
    return tok.dep_ == "dobj" and verb.pos_ == "VERB" and (
        verb.lemma_.lower() in _GOODS_VERBS
        or verb.lemma_.lower() == "turn" and any(c.dep_ == "prt" and c.lower_ == "out" for c in verb.children))


def find_entities(doc: Doc, *, headline_end: int = 0) -> list[Span]:
    # every Token of the article once (``doc[i]`` builds a new Token on each access; this loop reads many)
    toks = tokens(doc)
    cands: list[Candidate] = []
    seen: set[int] = set()
    # Known entities (entity_ruler "hk_known" marks them with their canonical name as ent_id_) come first.
    for ent in doc_ents(doc):
        if ent.ent_id_:
            cands.append(Candidate(ent.start, ent.end, ent.label_, -1, "known", kb_id=ent.ent_id_))
    known_tokens = {i for c in cands for i in range(c.start, c.end)}
    chunks = [(s_, e_) for s_, e_ in proper_name_spans(doc, toks)
              if not known_tokens & set(range(s_, e_)) or e_ - s_ > max(
                  (c.end - c.start for c in cands if c.start < e_ and s_ < c.end), default=0)]
    # first two words of multi-word names, for short forms followed by a lower-case noun
    long_heads = {(toks[s].lower_, toks[s + 1].lemma_.lower()) for s, e in chunks if e - s >= 2}
    # "xFusion" short for "xFusion Digital Technologies Co., Ltd.": first words of organisation names
    org_chunks = [(s, e) for s, e in chunks if e - s >= 2 and (
        _LEGAL_END.search(text_of(doc, s, e))
        or head_type([x.lower_ for x in toks[s:e]]) in ("Company", "Organization", "ResearchInstitute", "University"))]
    long_firsts = {toks[s].lower_ for s, e in org_chunks}
    # "XNU" for "Xinyang Normal University", never introduced in brackets: the capitals of an organisation's name
    org_initials = {"".join(t.text[0] for t in toks[s:e] if t.text[:1].isupper()) for s, e in org_chunks}
    # (and their capitalised words, for abbreviations that take inner letters too: "XJTU")
    org_words = [[t.text for t in toks[s:e] if t.text[:1].isupper()] for s, e in org_chunks]
    org_words_lower = {w.lower() for ws in org_words for w in ws}

    def abbreviates_an_org(text: str) -> bool:
        return text in org_initials or any(abbreviates(text, ws) for ws in org_words)
    lower_words = lowercase_words(doc)
    # single capitalised words used as names somewhere other than at the start of a sentence or quote
    # (and the words of organisation and people's names: "Rebecca" is short for "Henan Rebecca Hair Products Co.,
    # Ltd.", "Jiao" for "Jiao Chengyao")
    names_mid_sentence = {toks[s_].lower_ for s_, e_ in chunks if e_ - s_ == 1 and not _opens_sentence(doc, s_)} | {
        t.lower_ for s_, e_ in org_chunks for t in toks[s_:e_]} | {
        t.lower_ for s_, e_ in chunks if e_ - s_ >= 2 for t in toks[s_:e_] if t.ent_type_ == "PERSON"}
    # surnames of the people named in full ("Han" of "Han Lifeng")
    # (or a common surname before a pinyin given name, whatever the NER says: "Han Zhiyong ... Han was named ...")
    surnames = {toks[s_].text for s_, e_ in chunks if 2 <= e_ - s_ <= 3 and toks[s_].ent_type_ == "PERSON"
                and toks[e_ - 1].ent_type_ == "PERSON" or e_ - s_ == 2 and toks[s_].text in lx.CHINESE_SURNAMES
                and _pinyin_given_name(toks[s_ + 1])} | {
        # ("Professor Han Lifeng": a title before the name)
        toks[e_ - 2].text for s_, e_ in chunks if e_ - s_ >= 3 and toks[e_ - 2].text in lx.CHINESE_SURNAMES
        and _pinyin_given_name(toks[e_ - 1]) and toks[e_ - 3].lower_ in lx.TITLES}
    # words of the longer names: "Ruike, based in ..., exports" is the short name of "Henan Ruike Medical ..."
    name_words = {t.lower_ for s, e in chunks if e - s >= 2 for t in toks[s:e]
                  if t.text[:1].isupper() and not t.is_stop and t.lower_ not in lx.HEAD_TYPES}
    headings = _heading_lines(doc_text(doc), headline_end)
    quoted_cands = _quoted_candidates(doc)
    # the quoted brands that name products ('the STK-20000 "Qinghe" glass-lined reactor'): the brand alone later ("the
    # Qinghe was included in ...") names the product, whatever the NER says, unless it is a word of a firm's name
    brands = set()
    for c in quoted_cands:
        if c.type == "Product" and c.source == "quoted-brand":
            marks = [k for k in range(c.start, c.end) if toks[k].text in QUOTES]
            brands.add(text_of(doc, marks[0] + 1, marks[1]) if len(marks) >= 2 else text_of(doc, c.start, c.end))
    brands = {b for b in brands if b.lower() not in org_words_lower}
    for start, end in chunks:
        seen.update(range(start, end))
        if _a_heading_not_a_name(doc, headings, start, end):
            continue  # "Section IV Risk Warning", "Principal Business": a report's heading on a line of its own
        if end - start == 1 and toks[start].text == "Issuer" and start > 0 \
                and (toks[start - 1].lower_ == "the" or toks[start - 1].text in QUOTES):
            continue  # 'the "Issuer"' of a prospectus is a defined term for its firm, like "the Company", no name
        in_quotes = start > 0 and toks[start - 1].text in QUOTES and end < len(doc) and toks[end].text in QUOTES
        if in_quotes and head_type([x.lower_ for x in toks[start:end]]) == "Place":
            continue  # a quoted "... City" or "... Capital" is a nickname or slogan, not a place
        if re.match(r"^[a-z]{1,3}[A-Z]", toks[start].text) and not _org_follows(doc, end) and \
                not (end - start == 1 and toks[start].lower_ in long_firsts) and \
                not head_type([x.lower_ for x in toks[start:end]]) and not _LEGAL_END.search(text_of(doc, start, end)):
            # "iPhone 17 series", "iPad Pro"
            while end < len(doc) and (toks[end].like_num or toks[end].lower_ in _MODEL_WORDS) and sent_bounds(toks[end]) == sent_bounds(toks[start]):
                end += 1
            seen.update(range(start, end))
            cands.append(Candidate(start, end, "Product", 0, "product-name"))
            continue
        if end - start == 1 and toks[start].is_sent_start and not token_is_place_word(toks[start]) \
                and not (toks[start].lower_ in name_words and (not_an_english_word(toks[start])
                                                               # ("Aeolus, which launched ...": a firm's word the
                                                               # article never writes in lower case)
                                                               or toks[start].tag_ == "NNP"
                                                               and toks[start].lower_ not in lower_words)) and (
                not toks[start].ent_type_ and end < len(doc) and toks[end].text == ","
                and not place_context(doc[start:end])
                and not (end + 1 < len(doc) and toks[end + 1].lower_ in ("a", "an") and company_context(doc[start:end]))
                or toks[start].lower_ in lower_words):
            continue  # "Upstream, the group ...", "Coal's long cycles ...": a common word that opens a sentence
        if end - start == 1 and _opens_sentence(doc, start) and not toks[start].is_upper \
                and (toks[start].lower_ in ENGLISH_WORDS or toks[start].lower_[-1:] == "s"
                     and toks[start].lower_[:-1] in ENGLISH_WORDS) and toks[start].lower_ not in names_mid_sentence \
                and toks[start].lower_ not in lx.COUNTRIES and not token_is_place_word(toks[start]) \
                and not _org_follows(doc, end):
            continue  # '"Recognition has followed."', '"Sodium is cheap," he said': a dictionary word that opens a
            # sentence or a quote and is never used as a name elsewhere in the article, whatever the NER says
        if end - start == 1 and toks[start].is_upper and _goods_object(toks[start]):
            continue  # "sells MSG and seasonings", "turned out more PVC than ...": an acronym for goods
        t, by_form = _type_proper(doc, start, end)
        if t is None and end - start == 1 and toks[start].text in surnames:
            t = "Person"  # "Han Lifeng ... Han was awarded ...": a surname alone (the NER may call "Han" a nationality)
        if t in ("Company", "Place", "Organization", None) and not by_form and end - start == 2 \
                and toks[start].text in lx.CHINESE_SURNAMES and _pinyin_given_name(toks[start + 1]) \
                and not company_context(doc[start:end]) and not place_context(doc[start:end]):
            t = "Person"  # "LUOYANG -- Han Zhiyong still keeps ...": a surname and a given name, whatever the NER says
        if end - start == 1 and toks[start].text in lx.GOVERNMENT_ACRONYMS:
            t, by_form = "GovernmentBody", True  # "made MIIT's list of national green factories"
        if brands and not by_form and t in ("Place", "Person") and text_of(doc, start, end) in brands \
                and not (start > 0 and toks[start - 1].text in QUOTES):
            t = "Product"  # "In November the Qinghe was included in ...": a brand named before, not a place or a person
        if t in ("Company", "Organization", "Person") and not by_form and toks[end - 1].dep_ == "nsubjpass" \
                and toks[end - 1].head.lemma_.lower() in ("export", "ship", "sell") \
                and not _LEGAL_END.search(text_of(doc, start, end)):
            # "The company's Zhouji Classic Luncheon Meat is exported to ...": what is exported or sold is goods
            t = "Product"
        if t == "Person" and not by_form and start > 0 and toks[start - 1].lower_ in ("the", "its", "their") \
                and end < len(doc) and toks[end].is_lower and toks[end].pos_ in ("NOUN", "ADJ") \
                and toks[end].lower_ not in _PEOPLES_GROUPS:
            # "the Kitty Pure wet cat food cans": the NER's person is a brand before the goods it names
            t = "Product"
        if end < len(doc) and re.match(r"^\d{1,4}$", toks[end].text) and toks[end].ent_type_ not in ("DATE", "TIME") \
                and t in ("Person", "Company", "Organization", "Place", "Project", None) and not by_form \
                and not token_is_place_word(toks[end - 1]) and _breeding_sentence(toks[start]):
            end += 1  # "Yuhua 65, a high-oleic variety bred by ...": a variety named by a word and a number
            t, by_form = "Product", True
        if end - start >= 3 and toks[end - 1].like_num and re.search(r"\bNo\. ?\d+$", text_of(doc, start, end)) and t in (
                "Person", "Company", "Organization", "Place", None) and not by_form and _breeding_sentence(toks[start]):
            t, by_form = "Product", True  # "bred Zhejiao No. 6", "the new variety Yucan No. 7": a crop or breed
            k = next((k for k in range(end, min(end + 3, len(doc))) if toks[k].lower_ in ("variety", "cultivar")
                      and all(x.is_lower and x.is_alpha for x in toks[end:k + 1])), None)
            if k is not None:
                end = k + 1  # "the Huailiu No. 2 willow variety": the description the name heads is part of it
        if (t in ("Company", "Organization", None) or t == "Place" and not token_is_place_word(toks[end - 1])
                # (the NER's law for a quoted title: 'as a "National High-tech Enterprise"')
                or t == "Project" and not by_form and toks[end - 1].lower_ in _TITLE_HEADS
                or t == "ResearchInstitute" and (_title_of_name(doc, start) or _as_a_title(doc, start))) \
                and _in_award_position(doc, start, end):
            # "earned the title of National Green Factory", "was named a Global Lighthouse Factory", "was granted the
            # title of Henan Provincial Enterprise Technology Center", "was recognized as a Henan Provincial Enterprise
            # Technology Center" (a centre's name as a title is the title)
            t, by_form = "Award", True
        end2 = end
        if t == "Place" or t is None and toks[end - 1].ent_type_ in ("GPE",):
            end2 = _extend_place(doc, start, end)
            gov = _government(doc, start, end)
            if gov:
                cands.append(Candidate(start, gov, "GovernmentBody", 0, "government"))
                continue
            t = t or "Place"
        # "Dongfanghong tractors", "Kunpeng chips": a brand name before a product noun names a product line
        owned = _owner_before(doc, start)
        # (a coined word the NER calls a place or a nationality may be a brand too: "The Jinya black tea series", "The
        # Miaoan feline triple vaccine"; not a place we know, nor "Chinese", "German")
        coined = end - start == 1 and not by_form and not token_is_place_word(toks[start]) \
            and not_an_english_word(toks[start])
        brandable = t in (None, "Unknown") or t == "Company" and not by_form and not company_context(doc[start:end]) \
            or t == "Person" and end - start == 1 or owned and not by_form and t in ("Person", "Company", "Organization",
                                                                                     "Place", "Product") \
            or t == "Product" and not by_form and any(_SHORT_MODEL.match(x.text) for x in toks[start + 1:end]) \
            or t == "Place" and coined and not place_context(doc[start:end]) \
            or t == "Place" and not by_form and end < len(doc) and toks[end].lower_ == "series" \
            and not any(token_is_place_word(x) for x in toks[start:end])  # "the Green Eagle series of ..."
        if brandable and not any(x.ent_type_ == "NORP" and not coined or x.like_num for x in toks[start:end]) and not (
                end < len(doc) and (toks[end - 1].lower_, toks[end].lemma_.lower()) in long_heads):
            k = _brand_description_end(doc, toks, end, owned=owned,
                                       after_its=owned and toks[start - 1].lower_ in ("its", "their"))
            if owned and (k >= len(doc) or toks[k].lower_ not in lx.PRODUCT_HEADS) and k > end \
                    and toks[k - 1].pos_ == "NOUN" and toks[k - 1].lower_ not in _NOT_PRODUCT_HEADS | lx.FACILITY_NOUNS \
                    | lx.SUBSIDIARY_NOUNS | lx.COMPANY_DESCRIPTORS \
                    and toks[k - 1].lower_ not in lx.HEAD_TYPES and not (k < len(doc) and toks[k].pos_ == "NOUN"
                                                                        and toks[k].is_lower):
                k -= 1  # "its Yaoguang double-wall tea set", "the company's Silk Road Camel figurines": a line it owns
                owned_line = True
            else:
                owned_line = False
            # ("the Laotanzi pickled cabbage series": goods of any name, made a line of products by "series")
            series = k + 1 < len(doc) and toks[k + 1].lower_ in ("series", "range") and toks[k + 1].dep_ != "conj"
            if k < len(doc) and toks[k].is_lower and (toks[k].lower_ in lx.PRODUCT_HEADS or owned_line or series) \
                    and toks[k].pos_ == "NOUN" and not any(token_is_place_word(x) for x in toks[start:end]) \
                    and not text_of(doc, start, end).isupper() \
                    and not (t == "Place" and toks[k].lower_ in _PLACE_WORKS):  # "the Xiping flour mill" is a place's
                k = _series_end(doc, k)
                h = toks[k]
                while h.dep_ == "compound" and k < h.head.i <= k + 3 and h.head.pos_ == "NOUN" and all(
                        x.is_lower and x.pos_ == "NOUN" for x in toks[h.i + 1:h.head.i + 1]):
                    h = h.head  # "its Smart Guard battery management system": the head noun is a compound's part
                if h.lower_ in lx.PRODUCT_HEADS and h.lower_ not in lx.PROJECT_HEADS:
                    k = h.i  # (not "the Phase II smart bearing production line", a project)
                if k + 2 < len(doc) and toks[k + 1].is_lower and toks[k + 1].pos_ == "NOUN" \
                        and toks[k + 2].lower_ in _SERIES_WORDS and toks[k + 2].dep_ != "conj":
                    k += 1  # "its Green Power energy-saving truck tire series": a second noun before "series"
                if k + 1 < len(doc) and toks[k + 1].lower_ in _SERIES_WORDS and toks[k + 1].dep_ != "conj":
                    k += 1  # "its Qinglong skid-mounted nitrogen generator series"
                seen.update(range(start, k + 1))
                cands.append(Candidate(start, k + 1, "Product", 1, "brand+product"))
                continue
        if t in (None, "Unknown", "Company", "Person", "Product") and not by_form:
            # (the candidates scanned only where "and" comes right before: "... tea bags and Yumo matcha powder")
            g = _coined_goods_end(doc, toks, start, end, after_product=start > 0 and toks[start - 1].lower_ == "and"
                                  and any(c.end == start - 1 and c.type == "Product" for c in cands))
            if g is not None:
                seen.update(range(start, g))
                cands.append(Candidate(start, g, "Product", 1, "coined-brand+goods"))
                continue
        # "the China Top 500 Enterprises list", "the Fortune China 500 list"
        list_at = end + 1 if end + 1 < len(doc) and toks[end].like_num and _SHORT_NUMBER.match(toks[end].text) else end
        if list_at < len(doc) and toks[list_at].lower_ in ("list", "ranking", "rankings", "award", "prize") \
                and toks[list_at].is_lower and t in (None, "Unknown", "Company", "Organization", "Place", "Product") \
                and (not by_form or t in ("Place", "Product") and list_at > end):
            cands.append(Candidate(start, list_at + 1, "Award", 0, "proper+list"))
            seen.update(range(start, list_at + 1))
            continue
        if end - start == 1 and toks[start].ent_type_ in ("NORP", "LANGUAGE") and end < len(doc) \
                and toks[end].lower_ in ("brand", "trade", "name"):
            continue  # "under its English brand, SpecTrek": a language, then the name
        if not by_form and (t != "Place" and _product_context(doc, start, end) or t == "Place" and not any(
                token_is_place_word(x) for x in toks[start:end]) and (
                _made_appositive(doc, end) or _copula_with_product_word(doc, start, end))):
            # (an unknown word the NER calls a place gives way only to the surest signs: 'Its best-selling product
            # is Lvkang, a ... concentrate that the company launched')
            # ("Its HR-SP series pump": the series and what it names)
            last = _series_end(doc, end) if end < len(doc) and toks[end].lower_ in _SERIES_WORDS \
                else end - 1
            cands.append(Candidate(start, max(end, last + 1), "Product", 0, "product-appos"))
            continue
        if (t == "Place" and toks[end - 1].lower_ in ("park", "zone") or (t in (None, "Unknown") or t == "Company" and not by_form) and end - start > 1
                and toks[end - 1].lower_ in ("base", "hub", "station", "terminal")
                # ("We are building the Feiyu Intelligent Shuttlecock Factory": a named factory being built)
                or t == "Company" and end - start > 2 and toks[end - 1].lower_ in ("factory", "gigafactory")
                and not _LEGAL.search(text_of(doc, start, end))) and _park_is_a_project(doc, start, end):
            # ("is building an Intelligent Drilling Equipment Base": a base or hub a firm builds is a project too)
            cands.append(Candidate(start, end, "Project", 0, "park-project"))
            continue
        if t in ("Place", None, "Unknown") and end - start > 2 and toks[end - 1].text == "Base" \
                and toks[end - 2].text not in ("Pilot", "Test", "Demonstration", "Upgrading") \
                and not (end < len(doc) and toks[end].lower_ in ("project", "projects")):  # (the "X Base project")
            # "the Jia County Smart Conveyor Belt Base": a named base is a works, whatever place its name starts with
            # (the NER reads the county) or when the NER sees no name; a place is a zone, a park or an
            # administrative unit, never a base (a pilot base is a research facility, a demonstration base a title)
            cands.append(Candidate(start, end, "Project", 0, "park-project"))
            continue
        if t == "Place" and (end - start > 4 and toks[end - 1].text == ")" and toks[end - 3].lower_ in ("phase", "stage")
                             or end - start > 3 and toks[end - 2].text in ("Phase", "Stage")):
            # "the Yingkang ... Industrial Park (Phase II)", "the Anyang General Aviation Industrial Park Phase II": a
            # park built in phases is a construction project
            cands.append(Candidate(start, end, "Project", 0, "park-project"))
            continue
        # "the Kozienice expansion project"; "the KFM project" (an acronym names a project too)
        if (end - start > 1 or toks[start].is_upper and len(toks[start].text) >= 2 and t != "Place"
                and toks[start].text not in _GENERIC_ACRONYMS) and end < len(doc):
            # "the Shenzhou XII crewed mission": up to two lower-case words between the name and the head
            m = end
            while m < min(end + 2, len(doc) - 1) and toks[m].is_lower and toks[m].pos_ in ("ADJ", "NOUN", "VERB") \
                    and toks[m].lower_ not in _PROJECT_WORDS:
                m += 1
            if toks[m].lower_ in _PROJECT_WORDS and toks[m].is_lower and (m == end or toks[m].lower_ != "mission"
                                                                         or toks[m - 1].lower_ in ("crewed", "space")):
                cands.append(Candidate(start, m + 1, "Project", 0, "proper+project"))
                continue
        span = doc[start:end2]
        if len(span) == 1 and by_form and span[0].lower_ in lx.HEAD_TYPES and not span[0].is_upper \
                and span[0].lower_ not in lx.SELF_NAMING_HEADS:
            continue  # "Town", "Group" alone name nothing
        if len(span) == 1 and by_form and span[0].dep_ in ("compound", "nmod") and span[0].head.is_lower \
                and span[0].head.pos_ == "NOUN" and t not in ("Place",):
            continue  # "Party secretary", "Group chairman": a capitalised word modifying a common noun
        if t == "Place" and end2 < len(doc) and toks[end2].lower_ in _CURRENCY:
            continue  # "U.S. dollars"
        if len(span) == 1 and not by_form and span[0].text in lx.GENERIC_ACRONYMS:
            continue  # "the project's EPC contractor", "its IPO"
        if len(span) == 1 and not by_form:
            tok = span[0]
            ner = tok.ent_type_
            acronym = tok.is_upper and len(tok.text) >= 2
            if not ner and acronym and len(tok.text) >= 3 and tok.is_alpha and abbreviates_an_org(tok.text) \
                    and tok.dep_ in ("nsubj", "nsubjpass", "dobj", "pobj", "conj"):
                # "SGCC remained its largest customer": the initials of an organisation the article names in full,
                # never put in brackets (coref joins them)
                cands.append(Candidate(start, end2, "Unknown", 5, "proper-short"))
                continue
            if not ner and not acronym:
                if company_context(span):
                    cands.append(Candidate(start, end2, "Company", 1, "proper"))  # "Swiss miner Glencore"
                    continue
                if tok.pos_ == "PROPN" and (not tok.is_sent_start or tok.tag_ == "NNP") or tok.is_sent_start \
                        and not_an_english_word(tok):
                    # maybe a short name of something named in full elsewhere ("Pinggao"); coref decides
                    cands.append(Candidate(start, end2, "Unknown", 5, "proper-short"))
                continue
            if _MODEL_CODE.match(tok.text) and tok.dep_ not in ("compound", "nmod", "amod") and not _org_follows(doc, end):
                cands.append(Candidate(start, end, "Product", 1, "model-code"))  # "launched the ET504-H"
                continue
            if _MODEL_CODE.match(tok.text) and tok.dep_ in ("compound", "nmod", "amod") and tok.head.i > tok.i \
                    and tok.head.pos_ == "NOUN" and tok.head.i - tok.i <= 4:
                # "the ZG-500 gearbox", "the HX-3 slurry pump": a model code names a product
                h = tok.head
                while h.dep_ == "compound" and h.head.i > h.i and h.head.pos_ == "NOUN" and h.head.i - tok.i <= 5:
                    h = h.head  # "the HX-3 gate valve": up to the head of the compound
                cands.append(Candidate(start, h.i + 1, "Product", 1, "model-code"))
                continue
            if tok.i + 1 < len(doc) and (tok.lower_, toks[tok.i + 1].lemma_.lower()) in long_heads:
                cands.append(Candidate(start, tok.i + 2, "Unknown", 5, "short-name+noun"))
                seen.add(tok.i + 1)
                continue
            # "six EPC projects", "the Kozienice substation": a name used as a modifier of a common noun (also the
            # second of two: "the Taihang and Wangwu mountains")
            if tok.dep_ == "conj" and tok.head.dep_ in ("compound", "nmod", "amod") and tok.head.i < tok.i \
                    and tok.head.head.is_lower and tok.head.head.pos_ == "NOUN" and tok.head.head.i == tok.i + 1 \
                    and tok.head.head.lower_ not in lx.COMPANY_DESCRIPTORS | lx.SUBSIDIARY_NOUNS:
                continue
            if tok.dep_ in ("compound", "nmod", "amod") and tok.head.is_lower and tok.head.pos_ == "NOUN" and \
                    tok.head.lower_ not in lx.COMPANY_DESCRIPTORS | lx.SUBSIDIARY_NOUNS and not (
                    end < len(doc) and toks[end].lower_ in _VERBS_AS_NOUNS):  # "Shenma exports chips": a subject
                if acronym and len(tok.text) >= 3 and abbreviates_an_org(tok.text):
                    # "XNU researchers designed ...": an organisation's initials before its people (coref joins them)
                    cands.append(Candidate(start, end2, "Unknown", 5, "proper-short"))
                continue
            if ner == "WORK_OF_ART":
                cands.append(Candidate(start, end2, "Unknown", 5, "proper-short"))
                continue
            if ner in ("NORP", "EVENT", "FAC") and place_context(span):
                cands.append(Candidate(start, end2, "Place", 1, "proper"))  # "Huixian, a county-level city under ..."
                continue
            if ner == "NORP" and tok.lower_ in name_words and not_an_english_word(tok):
                # "Xinhuan makes ...": a coined word of a firm's name the NER took for a nationality; coref decides
                cands.append(Candidate(start, end2, "Unknown", 5, "proper-short"))
                continue
            if (ner in ("NORP", "EVENT", "FAC") or ner in ("DATE", "TIME", "CARDINAL", "ORDINAL")) and t != "Person":
                continue  # (a surname the NER took for a nationality stays: "Han")
            # "a new energy vehicle (NEV)": an acronym of a common noun, not of a name
            if acronym and start > 0 and toks[start - 1].text == "(" and start > 1 and toks[start - 2].is_lower:
                continue
        if t is None and len(span) > 1:
            t = "Unknown"  # typed later by aliases ("Luoyang Xinqianglians" for "Luoyang Xinqianglian"), or dropped
        if (text := span_text(span)).lower() in lx.CONTINENTS or _CHINA_REGION.match(text):
            continue  # world regions, and regions of China ("Central China spandex maker"): no entity here
        person = _person_core(doc, start, end2)
        if person is not None:
            cands.append(Candidate(person[0], person[1], "Person", 0, "person"))
            continue
        if any(t_.lower_ in _EVENT_HEADS for t_ in toks[max(start, end2 - 2):end2]) or end2 < len(doc) and toks[end2].is_lower \
                and toks[end2].lower_ in _EVENT_HEADS and not by_form and not all(token_is_place_word(x) for x in span):
            continue  # trade fairs, forums and ceremonies ("the Sensor China expo") are events, not entities here
        quoted = start > 0 and toks[start - 1].text in QUOTES and end2 < len(doc) and toks[end2].text in QUOTES
        if quoted and t == "Place":
            continue  # a quoted "... City" is a slogan, not a place
        if t == "Person" and len(span) > 1 and (token_is_place_word(span[0]) or span[-1].lower_ in lx.PRODUCT_HEADS):
            t = "Company"  # "Luoyang Xinqianglian", "Guochuang Bearing": firms, not people
        if t == "Person" and len(span) == 1 and span[0].is_upper and len(span[0].text) >= 2 and not by_form:
            t = "Company"  # "LUZ": an acronym names an organisation, not a person
        if len(span) == 1 and not by_form and re.match(r"^Sino[a-z]{3,}$", span[0].text):
            t = "Company"  # "Sinopec", "Sinotruk", "Sinomach": state groups' short names, whatever the NER says
        if len(span) == 1 and t in ("Person", "Place", None, "Unknown") and start >= 2 and is_possessive(toks[start - 1]) \
                and toks[start - 2].lower_ in lx.COUNTRIES and not token_is_place_word(span[0]):
            t = "Company"  # "Germany's Siemens", "Qatar's Mowasalat"
        if not by_form and company_context(span) and not (t == "Person" and len(span) > 1 and not ner_org_appos(span)
                                                          and not _maker_before(span)):
            t = "Company"  # (also "German equipment maker Brueckner Maschinenbau", which the NER calls a person)
        if not by_form and t != "Place" and place_context(span):
            t = "Place"
        if not by_form and len(span) == 1 and based_follows(doc, end2):
            t = "Place"  # "The Qinyang-based company": a place, whatever the NER says
        if not by_form and t == "Company" and 2 <= len(span) <= 3 and _role_beside(span):
            t = "Person"  # "said Du Meiling, the company's chief designer"
        cands.append(Candidate(start, end2, t, 0 if by_form else 1, "proper"))
    # NER entities the chunker did not see (e.g. lower-case led)
    covered = seen | {i for c in cands for i in range(c.start, c.end)}
    for ent in doc_ents(doc):
        t = _NER_TYPES.get(ent.label_)
        if not t or any(i in covered for i in range(ent.start, ent.end)):
            continue
        start = ent.start + (1 if ent[0].lower_ == "the" else 0)
        if start >= ent.end or ent.text.lower().removeprefix("the ") in lx.CONTINENTS:
            continue
        if not any(is_name_token(x) for x in toks[start:ent.end]):
            continue
        if _a_heading_not_a_name(doc, headings, start, ent.end):
            continue  # (a report's heading, as for the chunks above: "Section I Basic Information of the Company")
        cands.append(Candidate(start, ent.end, t, 2, "ner"))
    cands.extend(quoted_cands)
    cands.extend(_called_candidates(doc))
    cands.extend(_ranking_candidates(doc))
    cands.extend(_procurement_candidates(doc))
    cands.extend(_first_set_candidates(doc))
    cands.extend(_works_at_named_sites(doc, toks, cands))
    cands = _phases_of_sites(doc, toks, cands)
    cands.extend(_long_project_titles(doc, toks))
    cands.extend(descriptive_candidates(doc))
    # "Song: We started in 2012 ...": an interview's speaker label, the surname of a person named in full (the
    # parser, seeing the answer's paragraph alone, may read the word as a common noun and the NER miss it)
    cands.extend(Candidate(i - 1, i, "Person", 0, "speaker-label") for i in positions(doc, "ORTH", {doc.vocab.strings.add(":")})
                 if i > 0 and toks[i - 1].is_sent_start and toks[i - 1].text in surnames and i - 1 not in seen)
    models = _model_code_candidates(doc) + _numbered_name_candidates(doc)
    if models:
        # a model code decides the extent of what it names: longer descriptions around it give way
        # (a name typed by its context, as a project in "projects such as the C919 large aircraft", stays)
        taken = {k for m in models for k in range(m.start, m.end)}
        # (a type the NER alone gave, priority 1, gives way to the code: "MS-Si450" is no organisation)
        typed = {(c.start, c.end) for c in cands if c.type not in ("Product", "Unknown", None) and c.priority == 0}
        # (nor does a name after "named": "The machine, named Jinwei Atlas-9000, ...")
        # (nor a quoted code and the noun it modifies: 'its "Qingyuan-150" stack')
        cands = [c for c in cands if c.source in ("known", "called", "quoted-brand")
                 or c.type not in ("Product", "Unknown", None)
                 or not taken & set(range(c.start, c.end))] + [m for m in models if (m.start, m.end) not in typed]
    cands = _cut_at_headline_verbs(doc, cands)
    spans = []
    # filter_spans keeps the first of equal spans: the more trusted candidate goes first
    for c in sorted(cands, key=lambda c: c.priority):
        if c.type is None or c.source != "known" and _not_a_place_here(doc, c):
            continue
        if c.type == "Product" and c.source != "known" and _generic_goods(doc[c.start:c.end]):
            continue
        if c.source != "known" and _DISEASE_NAME.match(toks[c.start].text):
            continue  # diseases name no organisation or product
        if c.source != "known" and c.end - c.start == 1 and _UNIT.match(toks[c.start].text):
            continue  # "a 350-kWh pack", "a 600-kW terminal": a unit names nothing
        if c.source != "known" and toks[c.start].lower_ in _ORGAN_OPENERS \
                and text_of(doc, c.start, c.end).lower().removeprefix("the ") in _CORPORATE_ORGANS:
            continue  # "its Board of Directors has approved ...": a firm's organ, not an organisation of its own
        if c.source != "known" and _news_agency_tag(doc, c):
            continue  # "LUOYANG, Sept. 18 (Xinhua) -- ...": the agency of the dateline is the article's source
        if c.type == "Product" and c.source != "called" and c.end < len(doc) and toks[c.end].lower_ in lx.NAMING_WORDS \
                and any(x.source in ("called", "model-name", "quoted", "quoted-brand") and x.type == "Product"
                        and c.end < x.start <= c.end + 2 for x in cands):
            continue  # "a rail inspection robot named 'Iron Patrol'": the name, not the description, is the entity
        if c.type == "Award" and c.start >= 2 and _YEAR.match(toks[c.start - 1].text) \
                and toks[c.start - 2].lower_ in ("the", "its", "a"):
            c = replace(c, start=c.start - 1)  # "the 2025 China ... List"
        if c.type in ("Award", "Project") and c.start >= 2 and toks[c.start - 1].lower_ in _ORDINAL_WORDS \
                and toks[c.start - 2].lower_ == "the":
            c = replace(c, start=c.start - 1)  # "the sixth ... Award",
            # "the 14th Five-Year Plan"
        if c.source != "known" and re.match(r"^[IVX]{1,4}\.$", toks[c.start].text) and c.end - c.start <= 3:
            continue  # "I. Principal Business", "V. Major Risks": a prospectus's numbered heading, no name
        while c.type == "Product" and c.source != "known" and c.end - c.start >= 3 and (
                toks[c.start].lower_ in ("latest", "newest", "flagship", "popular")
                or toks[c.start].lower_ == "first" and toks[c.start + 1].text[:1].isupper()  # "its first RailHawk ..."
                # ('the first 160-meter "Tongtian" hybrid tower': a measure or a quoted brand after it)
                or toks[c.start].lower_ == "first" and (toks[c.start + 1].text[:1].isdigit()
                                                        or toks[c.start + 1].text in QUOTES)
                or c.end - c.start >= 5 and toks[c.start].lower_ in ("best", "top") and toks[c.start + 1].text == "-"
                and toks[c.start + 2].lower_ in ("selling", "known", "rated")):
            # "its best-selling Clear Dew hydrating toner", "the latest ZX-9 drone": praise, not the name
            c = replace(c, start=c.start + (1 if toks[c.start].lower_ not in ("best", "top") else 3))
        if c.type == "Product" and c.source == "model-name" and toks[c.end - 1].lower_ in _GENERIC_MODEL_NOUNS \
                and c.end - 1 > c.start and _CODE.match(text_of(doc, c.start, c.end - 1)):
            # "a DCW-2800 model that ...", "Its JY-450 machine for paper bags": the code alone names the product
            c = replace(c, end=c.end - 1)
        if c.type == "Award" and c.end + 1 < len(doc) and toks[c.end].lower_ == "in" \
                and toks[c.end + 1].lower_ in ("henan", "china") and (toks[c.end - 1].lower_ in _LISTED_KINDS or any(
                    t.lower_ in ("list", "catalogue", "catalog", "top") for t in toks[c.start:c.end])):
            # "the 2024 list of Top 100 Private Enterprises in Henan", "the 2023 catalogue of first sets of major
            # technical equipment in Henan": the province or country a list is of closes its name
            k = c.end + 2 + (c.end + 2 < len(doc) and toks[c.end + 2].lower_ == "province")
            if k < len(doc) and is_possessive(toks[k]) and (field_end := _industry_after(doc, k + 1, len(doc))):
                k = field_end  # "the Top 20 Enterprises in China's Disposable Hygiene Products Industry": its field
            c = replace(c, end=k)
        if c.type == "Award" and c.start >= 2 and c.end - c.start > 3 and toks[c.start].lower_ == "list" \
                and toks[c.start + 1].lower_ == "of" and toks[c.start - 1].lower_ == "the" \
                and toks[c.start - 2].lemma_.lower() == "make" and toks[c.start - 2].pos_ in ("VERB", "AUX"):
            # "made the list of Henan provincial key leading enterprises ...": the list is named by what it lists
            # (dev golds: 18 to 6; a dated "the 2024 list of ..." keeps its words)
            c = replace(c, start=c.start + 2 + (toks[c.start + 2].lower_ == "the"))
        if c.type == "Award" and c.end - c.start <= 3 and toks[c.end - 1].lower_ in ("award", "medal", "prize") \
                and toks[c.start].lower_ in _GRADE_WORDS | _MEDAL_WORDS and c.end + 3 < len(doc) \
                and toks[c.end].lower_ == "at" and toks[c.end + 1].lower_ == "the":
            # "won a gold award at the China International Industry Fair": the fair's award, named by the fair
            # (and its year: "a gold medal at the 2024 China International Industry Fair")
            k, stop = c.end + 2, sent_bounds(toks[c.start])[1]
            k += k < stop and bool(_YEAR.match(toks[k].text))
            while k < stop and (is_name_token(toks[k]) or toks[k].lower_ in ("and", "of") and k + 1 < stop
                                and is_name_token(toks[k + 1])):
                k += 1
            if k > c.end + 2 and toks[k - 1].lower_ in _PRIZE_EVENTS:
                c = replace(c, end=k)
        if c.type == "Award" and c.start >= 2 and toks[c.start].lower_ == "hometown" and is_possessive(toks[c.start - 1]) \
                and token_is_place_word(toks[c.start - 2]):
            c = replace(c, start=c.start - 2)  # "China's Hometown of Willow Weaving": the place's title includes it
        if c.type == "Award" and c.end + 3 < len(doc) and toks[c.end].text == "(" and toks[c.end + 3].text == ")" \
                and toks[c.end + 1].lower_ in _GRADE_WORDS and toks[c.end + 2].lower_ in ("class", "prize", "grade"):
            c = replace(c, end=c.end + 4)  # "... Award (first class)"
        if c.type == "Project" and c.end + 1 < len(doc) and toks[c.end].lower_ in ("phase", "stage") and \
                (_ROMAN.match(toks[c.end + 1].text) or re.match(r"^\d{1,2}$", toks[c.end + 1].text)):
            c = replace(c, end=c.end + 2)  # "... project Phase II"
        k = next((k for k in range(c.start + 1, c.end - 2) if toks[k].lower_ == "project" and toks[k + 1].lower_ == "of"),
                 None) if c.type == "Project" and c.source != "known" else None
        if k is not None:
            rest = toks[k + 2 + (toks[k + 2].lower_ == "the"):c.end]
            if rest and (all(token_is_place_word(x) for x in rest)
                         or all(x.lower_ in org_words_lower for x in rest)
                         or c.end < len(doc) and toks[c.end].is_lower and toks[c.end].pos_ in ("NOUN", "ADJ")):
                # "the 2,000-ton ... Project of Hanlong New Materials", "the ... Project of Xinjiang", "the ... Project
                # of the Luoyang new materials park": the owner or the place after "of" is not part of the name
                c = replace(c, end=k + 1)
        if c.type == "Project" and c.source != "known" and c.end + 2 < len(doc) and toks[c.end].lower_ == "of" \
                and toks[c.end - 1].lower_ in _WORKS_ON_A_SITE \
                and (site := _named_site_at(toks, cands, c.end + 1 + (toks[c.end + 1].lower_ == "the"))) is not None:
            # "the renovation project of the Zhengzhou Olympic Sports Center", "the Phase II crucible line of the
            # Xinyang Quartz Industrial Park": the named site a work is done at is part of the work's name (dev golds:
            # 7 to 0; a province or city after "of" is where it is, not part of it)
            c = replace(c, end=site)
        if c.type == "Product" and c.source != "known" and (goods := _series_goods_end(toks, c.end)) is not None:
            # "its YQ-500 series of two-piece can bodies": a series with the goods it is of is named in full (the
            # fullest form, as the golds name it 26 times to 15; "the YQ-500 series" later is its short name)
            c = replace(c, end=goods)
        if c.end < len(doc) and toks[c.end].text == "." and re.search(r"\b(?:Ltd|Co|Corp|Inc|Bhd)$", toks[c.end - 1].text) \
                and toks[c.end - 1].whitespace_ == "":
            # "... Co., Ltd." ending a sentence: the full stop is also the abbreviation's, and part of the name
            c = replace(c, end=c.end + 1)
        if c.end < len(doc) and toks[c.end].text == '"' and sum(t.text == '"' for t in toks[c.start:c.end]) % 2:
            c = replace(c, end=c.end + 1)  # a quote it opened
        if c.end - c.start > 2 and toks[c.start].text in QUOTES and toks[c.end - 1].text in QUOTES \
                and not any(t.text in QUOTES for t in toks[c.start + 1:c.end - 1]):
            c = replace(c, start=c.start + 1, end=c.end - 1)  # a name quoted as a whole is named without its quotes
        if c.type == "Project" and c.source not in ("known", "quoted-project") and c.end + 1 < len(doc) \
                and toks[c.end].text in QUOTES and any(x.source == "quoted-project" and x.start == c.end + 1 and not (
                    x.end + 1 < len(doc) and toks[x.end + 1].lower_ in _PROJECT_WORDS) for x in cands):
            # 'the provincial major ... special project "X"': the quoted name is the project's name (not 'the national
            # key R&D plan "X" project', a project under a plan)
            continue
        if c.source == "project-head" and any(x.source == "quoted-project" and x.start == c.start + 1
                                              and x.end == c.end - 2 for x in cands):
            continue  # 'its "Smart Garment Factory" project': the quoted words are the project's name
        if c.source != "known" and _in_nickname(doc, c.start):
            continue  # 'the National Stadium, known as the "Bird's Nest"': a nickname names nothing new
        # the span's id records which rule typed it, so coreference can weigh the type votes
        for part in _reshaped(doc, c) if c.source != "known" else [c]:
            spans.append(Span(doc, part.start, part.end, label=part.type, kb_id=part.kb_id, span_id=part.source))
    # longest wins; among equal spans the earlier (more trusted) candidate
    spans = filter_spans(_prizes_of_longer_awards(spans))
    return filter_spans(spans + _place_short_forms(doc, spans) + _name_word_and_head_forms(doc, toks, spans))


def _series_goods_end(toks: list[Token], end: int) -> int | None:
    """After a name that ends in "series", the end of "of <goods>" when the goods follow: lower-case words (and codes,
    and hyphenated parts: "two-piece can bodies", "IP66 outdoor wash lights"), at most seven besides the hyphens,
    ending in a noun; through "and" between two modifiers of one noun ("signal and spectrum analyzers"), not between
    two kinds of goods ("pumps and valves": the series is named alone; "... vials and the Yuzhu ampoules" is two
    products)."""
    if end + 1 >= len(toks) or toks[end - 1].lower_ != "series" or toks[end].lower_ != "of":
        return None

    def goods_word(k: int) -> bool:
        t = toks[k]
        if t.is_lower and (k + 1 < len(toks) and toks[k + 1].text == "-" and not t.whitespace_
                           or toks[k - 1].text == "-" and not toks[k - 1].whitespace_):
            return True  # a part of a hyphenated word, whatever its tag: "off-the-road", "completely-in-canal"
        return t.text == "-" or (t.is_lower or t.is_upper or t.text[:1].isdigit()) and (
            t.pos_ in ("NOUN", "ADJ", "PROPN") or t.pos_ == "NUM" and k + 1 < len(toks) and toks[k + 1].text == "-"
            or t.pos_ == "VERB" and t.dep_ in ("amod", "compound")
            # ("copper clad laminates": a participle the tagger reads as a past tense, between a noun and its head)
            or t.tag_ in ("VBD", "VBN") and toks[k - 1].tag_ == "NN" and k + 1 < len(toks) and toks[k + 1].pos_ == "NOUN"
            # ("can bodies": the tagger reads the noun "can" as the modal)
            or t.lower_ == "can" and k + 1 < len(toks) and toks[k + 1].pos_ == "NOUN")

    k = end + 1
    while k < len(toks) and sum(t.text != "-" for t in toks[end + 1:k]) < 7:
        if goods_word(k):
            k += 1
        elif toks[k].lower_ in ("and", "or") and k > end + 1 and toks[k - 1].tag_ != "NNS" \
                and k + 1 < len(toks) and goods_word(k + 1):
            k += 1
        elif toks[k].text in ("'s", "\u2019s") and k > end + 1 and toks[k - 1].is_lower and k + 1 < len(toks) \
                and goods_word(k + 1):
            k += 1  # "the YB-K series of children's sonic toothbrushes": whom the goods are for
        else:
            break
    if k + 1 < len(toks) and toks[k].lower_ in ("and", "or", "&") and goods_word(k + 1):
        return None  # (not "... of silicon-coated vials and the Yuzhu ampoules": another product follows)
    # (the last word a noun: lower-case words the tagger calls proper nouns are nouns too, "of needle coke")
    while k > end + 1 and toks[k - 1].pos_ != "NOUN" and not (toks[k - 1].pos_ == "PROPN" and toks[k - 1].is_lower):
        k -= 1
    return k if k > end + 1 else None


def _prizes_of_longer_awards(spans: list[Span]) -> list[Span]:
    """ "a second prize of the 2024 Science and Technology Award of the X Association": the prize (up to "Award") and
    the award's own longer name overlap; the prize is of the whole award, so it takes the award's end."""
    awards = [s for s in spans if s.label_ == "Award"]
    out = list(spans)
    for p in awards:
        if len(p) < 4 or p[0].lower_ not in _GRADE_WORDS | _MEDAL_WORDS or p[1].lower_ not in ("prize", "award", "medal"):
            continue
        longer = [q for q in awards if p.start < q.start < p.end < q.end]
        if longer:
            q = max(longer, key=lambda x: x.end)
            out = [x for x in out if x is not p and x is not q]
            out.append(Span(p.doc, p.start, q.end, label="Award", kb_id=p.kb_id, span_id=p.id))
    return out


def _name_word_and_head_forms(doc: Doc, toks: list[Token], spans: list[Span]) -> list[Span]:
    """ "Tianjiao yarn" after "the Tianjiao aramid-polyester hybrid yarn", "the SkyEye system" after "the SkyEye
    spectrum monitoring system" (or with one of its words before the head: "the Yinyi fin foil" after 'the "Yinyi"
    hydrophilic fin foil'): a product's own name word and its head noun, written later as a short form of it
    (coreference merges the two). Not a firm's name word: "Yutong buses" are no short form of "the Yutong E12 bus"."""
    toks = tokens(spans[0].doc) if spans else []
    org_words = {t.lower_ for sp in spans if sp.label_ in ("Company", "ResearchInstitute", "University",
                                                           "GovernmentBody", "Organization") for t in toks[sp.start:sp.end]}
    # (name word, head lemma) -> the lower-case words of the name, which a short form may keep one of before the head
    # ("Yinyi fin foil" after 'the "Yinyi" hydrophilic fin foil')
    pairs: dict[tuple[str, str], set[str]] = {}
    for sp in spans:
        if sp.label_ == "Product" and len(sp) >= 3 and sp[-1].is_lower and sp[-1].pos_ == "NOUN":
            for t in sp[:-2]:
                if t.text[:1].isupper() and t.is_alpha and not t.is_stop and t.lower_ not in org_words \
                        and not token_is_place_word(t):
                    pairs.setdefault((t.text, sp[-1].lemma_.lower()), set()).update(
                        x.lower_ for x in sp[:-1] if x.is_lower and x.is_alpha)
    if not pairs:
        return []
    inside = {i for sp in spans for i in range(sp.start, sp.end)}
    out = []
    # (only where a product's name word stands, found from the ORTH array)
    firsts = {doc.vocab.strings.add(w) for w, _ in pairs}
    for i in positions(doc, "ORTH", firsts):
        if i + 1 >= len(toks):
            continue
        a, b = toks[i], toks[i + 1]
        end = i + 2
        if i + 2 < len(toks) and b.is_lower and (a.text, toks[i + 2].lemma_.lower()) in pairs \
                and b.lower_ in pairs[(a.text, toks[i + 2].lemma_.lower())] and toks[i + 2].is_lower \
                and toks[i + 2].pos_ == "NOUN" and i + 2 not in inside:
            b, end = toks[i + 2], i + 3  # "Yinyi fin foil": one of the name's own words before the head
        elif not (b.is_lower and b.pos_ == "NOUN" and (a.text, b.lemma_.lower()) in pairs):
            continue
        if i in inside or i + 1 in inside:
            continue
        if i > 0 and (is_name_token(toks[i - 1]) or toks[i - 1].text == "-"):
            continue  # part of a longer name
        if end < len(toks) and toks[end].pos_ in ("NOUN", "PROPN") and toks[end].dep_ != "nsubj" \
                and b.dep_ == "compound":
            continue  # "Tianjiao yarn plant": the pair modifies another noun
        out.append(Span(doc, i, end, label="Product", span_id="name-word-and-head"))
    return out


# Verbs that title-case headlines put right after the name they are about: "Tianrui Rail Reports Fiscal Year 2025
# Results", "X Wins Y Award", "X Signs Deal ..."
_HEADLINE_VERBS = frozenset({
    "reports", "announces", "wins", "signs", "opens", "launches", "unveils", "posts", "ships", "delivers", "exports",
    "breaks", "sees", "hits", "tops", "expands", "starts", "builds", "completes", "receives", "secures", "sets",
    "rolls", "lands", "joins", "inks", "debuts", "introduces", "releases", "names", "appoints", "acquires", "buys",
    "invests", "partners", "teams", "celebrates", "marks", "achieves", "reaches", "records", "clinches", "bags",
    "goes", "takes", "makes", "gets", "becomes", "leads", "powers", "supplies", "helps", "develops"})


def _cut_at_headline_verbs(doc: Doc, cands: list[Candidate]) -> list[Candidate]:
    """In a title-case headline a capitalised verb ends the name before it ("Tianrui Rail Reports ...")."""
    nl = doc_text(doc).find("\n")  # (the cached text: Doc.text joins every token anew)
    if nl < 0:
        return cands
    head = []
    for t in doc:  # (the headline's tokens only)
        if t.idx >= nl:
            break
        if t.is_alpha:
            head.append(t)
    if len(head) < 3 or sum(t.text[:1].isupper() for t in head) < 0.6 * len(head):
        return cands
    head_end = head[-1].i + 1
    out = []
    for c in cands:
        # (only candidates that start in the headline)
        cut = next((i for i in range(c.start + 1, min(c.end, head_end)) if doc[i].lower_ in _HEADLINE_VERBS
                    and doc[i].text[:1].isupper()), None) if c.start < head_end else None
        if cut is None or c.source == "known":
            out.append(c)
        else:
            out.append(replace(c, end=cut))
    return out


def _in_nickname(doc: Doc, i: int) -> bool:
    """Is token ``i`` inside quotes opened after "known as (the)", "dubbed" or "nicknamed"?"""
    toks = tokens(doc)
    start = sent_bounds(toks[i])[0]
    # (the quote marks found from the array: this runs for every candidate)
    marks = quote_marks(doc)
    at = bisect.bisect_left(marks, i) - 1
    opening = marks[at] if at >= 0 and marks[at] >= max(start, i - 6) else None
    if opening is None:
        return False
    k = opening - 1
    k -= k >= start and toks[k].lower_ == "the"
    return k >= start and (toks[k].lower_ in ("dubbed", "nicknamed") or toks[k].lower_ == "as" and k > start
                           and toks[k - 1].lower_ == "known")


# what "X-based" says a thing is made of, not where a firm is: '"Bio-based Thermoplastic Elastomer ..." project'
# (common English words, "Water-based", "Plant-based", are told apart by the word index)
_MATERIAL_PREFIXES = frozenset({"bio", "agro", "eco", "nano", "petro"})


def _reshaped(doc: Doc, c: Candidate) -> list[Candidate]:
    """A candidate's final extent, or the two names it joined."""
    if c.end - c.start > 3 and based_follows(doc, c.start + 1) \
            and doc[c.start].text[:1].isupper() and doc[c.start + 3].text[:1].isupper() \
            and doc[c.start].lower_ not in _MATERIAL_PREFIXES \
            and (token_is_place_word(doc[c.start]) or doc[c.start].lower_ not in ENGLISH_WORDS):
        # "Beijing-based China Special Equipment Inspection and Research Institute": the place before "-based"
        # is no part of the name
        return [Candidate(c.start, c.start + 1, "Place", c.priority, "x-based"),
                *_reshaped(doc, replace(c, start=c.start + 3))]
    if c.type == "Project" and c.end - c.start > 4 and doc[c.start].lower_ in ("phase", "stage") \
            and doc[c.start + 2].lower_ == "of" and c.source != "phase-of-site":
        # "Phase II of the Mianrou Smart Diaper Factory Project": a phase of the project the name is of
        k = c.start + 3 + (doc[c.start + 3].lower_ == "the")
        return [replace(c, start=k)]
    if c.type == "ResearchInstitute":
        # "Nanjing Research Institute for Agricultural Mechanization of Ministry of Agriculture and Rural Affairs",
        # "... Institute of Optics, Fine Mechanics and Physics of Chinese Academy of Sciences": translated English
        # names the parent after a last "of" with no article; the institute and its parent are two names (not
        # "Tea Research Institute of the Chinese Academy of Agricultural Sciences", an English official name)
        k = next((k for k in range(c.end - 3, c.start + 2, -1) if doc[k].lower_ == "of"
                  and doc[k + 1].lower_ in ("ministry", "chinese")), None)
        if k is not None and head_type(span_words(doc[c.start:k])) == "ResearchInstitute":
            parent = doc[k + 1:c.end]
            parent_type = head_type(span_words(parent))
            if parent_type in ("GovernmentBody", "ResearchInstitute"):
                return [Candidate(c.start, k, c.type, c.priority, c.source),
                        Candidate(parent.start, parent.end, parent_type, c.priority, c.source)]
    if c.type == "Place":
        # "Chengguan Town of Taikang County", "Sindh Province of Pakistan": a place of a place is two places (not
        # "People's Republic of China", "City of London")
        # (also "Shenzhen of Guangdong Province", a city before its province in translated English)
        k = next((k for k in range(c.start + 1, c.end - 1) if doc[k].lower_ == "of" and (
            k - c.start >= 2 and doc[k - 1].lower_ in _PLACE_LEVELS | {"zone"}
            or k - c.start == 1 and doc[c.end - 1].lower_ in ("province", "region"))), None)
        if k is not None:
            rest = doc[k + 1 + (doc[k + 1].lower_ == "the"):c.end]
            if len(rest) and rest[0].text[:1].isupper() and (
                    rest.text.lower() in lx.COUNTRIES or rest[-1].lower_ in _PLACE_LEVELS):
                country = rest.text.lower()
                if country in lx.COUNTRIES and country not in _CHINA_NAMES \
                        and text_of(doc, c.start, k).lower() not in lx.CHINA_PLACES:
                    # "Sindh Province of Pakistan": a foreign province, which the scheme leaves out; the country
                    return [Candidate(rest.start, rest.end, "Place", c.priority, c.source)]
                return [Candidate(c.start, k, "Place", c.priority, c.source),
                        Candidate(rest.start, rest.end, "Place", c.priority, c.source)]
    return [c]


# levels a place's short form drops ("Funing County" -> "Funing"); "Henan province" -> "Henan" is entity_key's
_SHORTENED_LEVELS = frozenset({"county", "city", "district", "prefecture", "town", "township", "village"})


def place_short_form(span: Span) -> str | None:
    """ "Funing" for "Funing County", "Wenshan" for "Wenshan Zhuang and Miao Autonomous Prefecture"."""
    text = span_text(span)
    words = text.split()
    if span.label_ != "Place" or len(words) < 2 or words[-1].lower() not in _SHORTENED_LEVELS:
        return None
    short = words[0] if "autonomous" in text.lower() else " ".join(words[:-1])
    if places.is_city_named_county(text):
        return None  # "Puyang" is the city Puyang County lies in, not the county
    return short if short[:1].isupper() else None


def _place_short_forms(doc: Doc, spans: list[Span]) -> list[Span]:
    """The short form of a county or prefecture named in full elsewhere, where the tagger missed it as a
    name ("The cells in Funing use ..." after "Funing County")."""
    shorts = {f: sp for sp in spans if (f := place_short_form(sp))}
    if not shorts:
        return []
    covered = {i for sp in spans for i in range(sp.start, sp.end)}
    out = []
    text = doc_text(doc)
    for short in shorts:
        for m in re.finditer(r"\b" + re.escape(short) + r"\b", text):
            span = doc.char_span(m.start(), m.end())
            if span is not None and not covered & set(range(span.start, span.end)) and \
                    (span.end == len(doc) or not is_name_token(doc[span.end])):
                out.append(Span(doc, span.start, span.end, label="Place", span_id="place-short"))
    return out


def _news_agency_tag(doc: Doc, c: Candidate) -> bool:
    """A name in parentheses just before a dateline's "--": the agency that filed the story; or a photo credit
    ("(Xinhua/Li Jianan)", "(Photo/China Daily)", "(Photo: Zhang Wei)"), which names the source of a picture."""
    toks = tokens(doc)
    if c.start > 0 and toks[c.start - 1].text == "(" and c.end + 1 < len(doc) and toks[c.end].text == ")" \
            and toks[c.end + 1].text in lx.DATELINE_DASHES:
        return True
    # (read from the text, not the tokens: this runs for every candidate)
    text = doc_text(doc)
    starts, ends = char_bounds(doc)
    first, last_start, last_end = starts[c.start], starts[c.end - 1], ends[c.end - 1]
    a = text.rfind("(", max(0, first - 40), first)
    b = text.find(")", last_end, last_end + 40)
    if a < 0 or b < 0 or ")" in text[a + 1:first] or "(" in text[last_start:b]:
        return False
    inside = text[a + 1:b]
    # (a credit closes its caption: nothing but the end of the line after it)
    return ("/" in inside or inside.lower().startswith(("photo", "photos"))) and (
        b + 1 == len(text) or text[b + 1:b + 2] in ("\n", "") or text[b + 1:b + 3].strip() == "")


_ORGAN_OPENERS = frozenset({"the", "board", "general", "supervisory", "shareholders"})
_CORPORATE_ORGANS = frozenset({"board", "board of directors", "board of supervisors", "supervisory board",
                               "general meeting", "shareholders' meeting", "general meeting of shareholders"})


def _generic_goods(span: Span) -> bool:
    """ "tunnel boring machines", "crop-spraying drones": a kind of goods in the plural, all in lower case, with no
    code, number or quotes, names no product; a named line is capitalised ("Kunpeng processors") or coded."""
    root = span.root
    if root.tag_ != "NNS" or root.lower_ in ("series",):
        return False
    return all(t.is_lower or t.is_punct and t.text not in QUOTES for t in span) and not any(t.like_num for t in span)


def _not_a_place_here(doc: Doc, c: Candidate) -> bool:
    """Foreign cities and natural features, which the annotation scheme leaves out.

    A listed world city ("Geneva", "the Stuttgart-based company"), a place followed by a foreign
    country ("Miskolc, Hungary"), a river or a mountain ("the Yellow River").
    """
    if c.type not in ("Place", "Company", "Person", "Unknown"):
        return False
    text = text_of(doc, c.start, c.end).lower().removeprefix("the ")
    if text in lx.CHINA_PLACES or text in lx.COUNTRIES:
        return False
    if c.type == "Place" and doc[c.end - 1].lower_ in lx.NATURAL_FEATURES:
        return True
    if text in lx.WORLD_CITIES:
        return c.type == "Place" or based_follows(doc, c.end)
    if c.type == "Place" and c.end + 1 < len(doc) and doc[c.end].text == "," and not any(
            token_is_place_word(t) and t.lower_ in lx.CHINA_PLACES for t in doc[c.start:c.end]):
        country = next((k for n in (3, 2, 1) if (k := text_of(doc, c.end + 1, c.end + 1 + n).lower()) in lx.COUNTRIES),
                       None)
        if country and country not in _CHINA_NAMES and text_of(doc, c.start, c.end).lower() not in lx.COUNTRIES:
            return True
    if c.type in ("Place", "Person") and c.end + 2 < len(doc) and doc[c.end].text == "(" and not any(
            t.lower_ in lx.CHINA_PLACES for t in doc[c.start:c.end]):
        # "Nuevo Leon (Mexico)": a foreign region with its country in brackets
        close = next((k for k in range(c.end + 1, min(c.end + 5, len(doc))) if doc[k].text == ")"), None)
        country = text_of(doc, c.end + 1, close).lower() if close is not None else ""
        if country in lx.COUNTRIES and country not in _CHINA_NAMES:
            return True
    return False


_CHINA_NAMES = frozenset({"china", "people's republic of china", "hong kong", "macao", "macau"})


@Language.factory(
    "hk_entities",
    default_config={"spans_key": SPANS_KEY},
    requires=["token.pos", "token.dep", "doc.ents", "doc.sents"],
    assigns=["doc.spans"],
)
def make_entities(nlp: Language, name: str, spans_key: str) -> "EntityFinder":
    set_english_words(nlp)
    return EntityFinder(spans_key)


class EntityFinder:
    def __init__(self, spans_key: str = SPANS_KEY) -> None:
        self.spans_key = spans_key

    def __call__(self, doc: Doc) -> Doc:
        doc.spans[self.spans_key] = find_entities(doc)
        return doc
