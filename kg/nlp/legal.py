"""The ``hk_legal_forms`` component: "Co., Ltd." becomes one token before tagging and parsing.

The small English pipeline reads the comma inside "Co., Ltd." as a clause boundary and then
mis-parses the whole sentence ("Tianrui Group Co., Ltd. supplied cement ..." came out with
"supplied" as an adjective). One token for the legal form keeps the name one noun phrase.
Character offsets do not change.
"""

from __future__ import annotations

import re

from spacy.language import Language
from spacy.tokens import Doc

# A capitalised word (or an ordinal day inside a title: "the National March 8th Red-Banner Pacesetter"), spaces (no
# line break), and the capital that opens the next word; or a closing parenthesis
# before a legal form ("Tianyue Elevator (Malaysia) Sdn Bhd", "Jonhon Optronic (Dongguan) Co., Ltd.").
_CAPITALISED_PAIR = re.compile(r"(?=[A-Z\d)])(?:(?<![\w.])(?:[A-Z][A-Za-z]*|\d{1,2}(?:st|nd|rd|th))[ \t]+(?=[A-Z])"
                               r"|\)[ \t]+(?=(?:Co\.|Ltd|Limited|Inc|Corp|Sdn|Bhd|Pte|Pty|GmbH|LLC|PLC)\b))")
# (the alternatives share their first letters, so that the engine tries each word boundary once per letter)
_FORM = re.compile(r"\b(?=[cspnbCSPNB])(?:Co(?:\.?\s*,\s*Ltd\b\.?|\.\s*Ltd\b\.?|\.,\s*Limited\b)"
                   # dotted Malaysian, Singaporean and Australian forms ("Sdn. Bhd.", "Pte. Ltd.", "Pty. Ltd.")
                   r"|(?:Sdn|Pte|Pty)\.\s*(?:Bhd|Ltd)\b\.?"
                   # dotted foreign forms the tokenizer cuts apart ("S.p" "." "A.")
                   r"|S\.(?:p\.A\.|r\.l\.|A\.S\.|A\.(?=\s|$))|[NB]\.V\.)", re.IGNORECASE)


@Language.factory("hk_legal_forms", default_config={}, assigns=["token.text"])
def make_legal_forms(nlp: Language, name: str) -> "LegalForms":
    return LegalForms()


class LegalForms:
    def __call__(self, doc: Doc) -> Doc:
        # No sentence starts right after a capitalised word with nothing between: "... stake in Xinxiang Huarun
        # Bearing Co., Ltd." is one sentence, though the parser may break it before "Bearing" (tagged VBG); nor at a
        # legal form after a parenthesis.
        # Set before parsing, the parser keeps to it.
        # (kg.extract.paragraph_docs keeps each paragraph's text; ``doc.text`` joins every token's anew on each access.
        # Merging keeps the characters; kept for spans.doc_text and join_paragraphs: no component changes it.)
        text = doc.user_data.get("hk_text")
        if text is None:
            text = doc.user_data["hk_text"] = doc.text
        starts: dict[int, int] = {}  # token index by start character, built on the first match
        unset: list[int] = []  # the SENT_START array: 0 where nothing is set yet (``is_sent_start`` None)
        for m in _CAPITALISED_PAIR.finditer(text):
            if not starts:
                starts = {c: i for i, c in enumerate(doc.to_array("IDX").tolist())}
                unset = doc.to_array("SENT_START").tolist()
            i = starts.get(m.end())
            if i is not None and unset[i] == 0:
                doc[i].is_sent_start = False
                unset[i] = -1
        spans = []
        for m in _FORM.finditer(text):
            span = doc.char_span(m.start(), m.end(), alignment_mode="contract")
            if span is not None and len(span) > 1:
                spans.append(span)
        if spans:
            ends = [span.end_char for span in spans]
            with doc.retokenize() as retok:
                for span in spans:
                    retok.merge(span, attrs={"TAG": "NNP", "POS": "PROPN"})
            # "... Hair Products Co., Ltd. Founded in ...": the period of "Ltd." also ends the sentence,
            # which the tokenizer had marked by itself; say so, now that it is inside one token
            for end in ends:
                if text[end - 1] == "." and re.match(r"\s+[A-Z]", text[end:end + 2]):
                    nxt = doc.char_span(end + (len(text[end:]) - len(text[end:].lstrip())), len(text),
                                        alignment_mode="expand")
                    if nxt is not None and len(nxt):
                        nxt[0].is_sent_start = True
        return doc
