"""Every failure henan-kg reports, each with its exit code.

The CLI catches :class:`KgError` once and prints one line; library callers get the
exception. The table of codes is documented in the README.
"""

from __future__ import annotations


class KgError(Exception):
    """Base class: something went wrong that the user can act on."""

    exit_code = 1


class InputError(KgError):
    """An article file cannot be read as an article (empty, binary, wrong encoding, too large)."""

    exit_code = 3


class DuplicateArticle(KgError):
    """The article is already in the corpus or store (reported, not an error, by ``kg add``)."""

    exit_code = 0


class QuerySyntaxError(KgError):
    """A SPARQL query does not parse."""

    exit_code = 4


class QueryError(KgError):
    """A SPARQL query parsed but failed (timeout, evaluation error)."""

    exit_code = 4


class ValidationFailed(KgError):
    """The graph does not conform to the SHACL shapes."""

    exit_code = 5


class StoreError(KgError):
    """The store cannot be opened or written (in use by another process after waiting, damaged, unreachable)."""

    exit_code = 6


class NotFound(KgError):
    """An article id, entity name or saved query that does not exist."""

    exit_code = 7


class GoldFormatError(KgError):
    """A gold annotation file does not follow the dev-corpus format."""

    exit_code = 3


EXIT_CODES: dict[int, str] = {
    0: "success (also: adding an article that is already there)",
    1: "unexpected error",
    2: "bad command-line usage",
    3: "bad input file (empty, binary, undecodable, too large, not a file, only noise, in Chinese, malformed gold)",
    4: "SPARQL query is malformed or failed (time limit)",
    5: "graph does not conform to the SHACL shapes",
    6: "store cannot be opened or written (still in use after KG_WAIT seconds, not a store, damaged)",
    7: "article, entity or saved query not found",
}
