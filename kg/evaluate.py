"""Score the extractor against gold annotations (the format of the shared dev corpus).

Entities are scored strictly: the canonical name (compared case-insensitively, whitespace
normalised) and the type must both match. Relations are scored on (subject, predicate, object)
after mapping each predicted entity to the gold entity that any of its names matches, so a
relation is not counted wrong twice for one naming slip; ``collaboratesWith`` is symmetric.
"""

from __future__ import annotations

import json
import re
import unicodedata
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from pathlib import Path

from kg.article import read_article
from kg.errors import GoldFormatError, InputError
from kg.extract import extract
from kg.model import Extraction
from kg.namespace import ENTITY_TYPES, RELATION_PREDICATES, SYMMETRIC_PREDICATES


def norm(name: str) -> str:
    text = unicodedata.normalize("NFKC", name).replace("\u2019", "'").replace("\u201c", '"').replace("\u201d", '"')
    return re.sub(r"\s+", " ", text).strip().lower()


@dataclass
class Counts:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


@dataclass
class Report:
    entities: dict[str, Counts] = field(default_factory=lambda: defaultdict(Counts))
    relations: dict[str, Counts] = field(default_factory=lambda: defaultdict(Counts))
    # entities again, matched by any name of either side (see score_article): how much of the strict error is a
    # naming convention rather than a wrong or missing entity
    entities_by_alias: dict[str, Counts] = field(default_factory=lambda: defaultdict(Counts))
    alias_total: int = 0
    alias_split: int = 0
    articles: int = 0
    errors: list[str] = field(default_factory=list)  # per-article mismatches, for debugging

    def total(self, table: dict[str, Counts]) -> Counts:
        c = Counts()
        for v in table.values():
            c.tp, c.fp, c.fn = c.tp + v.tp, c.fp + v.fp, c.fn + v.fn
        return c

    def to_dict(self) -> dict:
        def row(c: Counts) -> dict:
            return {"tp": c.tp, "fp": c.fp, "fn": c.fn, "precision": round(c.precision, 3),
                    "recall": round(c.recall, 3), "f1": round(c.f1, 3)}
        return {
            "articles": self.articles,
            "entities": {k: row(v) for k, v in sorted(self.entities.items())} | {"ALL": row(self.total(self.entities))},
            "relations": {k: row(v) for k, v in sorted(self.relations.items())} | {"ALL": row(self.total(self.relations))},
            "entities_alias_tolerant": {k: row(v) for k, v in sorted(self.entities_by_alias.items())}
            | {"ALL": row(self.total(self.entities_by_alias))},
            "aliases": {"gold_aliases": self.alias_total, "split_from_canonical": self.alias_split},
        }

    def format(self) -> str:
        lines = [f"articles: {self.articles}", "", f"{'entities (strict)':<22}{'P':>7}{'R':>7}{'F1':>7}{'tp':>5}{'fp':>5}{'fn':>5}"]
        for k in [*ENTITY_TYPES, "ALL"]:
            c = self.total(self.entities) if k == "ALL" else self.entities.get(k, Counts())
            lines.append(f"{k:<22}{c.precision:>7.3f}{c.recall:>7.3f}{c.f1:>7.3f}{c.tp:>5}{c.fp:>5}{c.fn:>5}")
        lines += ["", f"{'relations':<22}{'P':>7}{'R':>7}{'F1':>7}{'tp':>5}{'fp':>5}{'fn':>5}"]
        for k in [*RELATION_PREDICATES, "ALL"]:
            c = self.total(self.relations) if k == "ALL" else self.relations.get(k, Counts())
            lines.append(f"{k:<22}{c.precision:>7.3f}{c.recall:>7.3f}{c.f1:>7.3f}{c.tp:>5}{c.fp:>5}{c.fn:>5}")
        lines += ["", f"aliases split from their entity: {self.alias_split} of {self.alias_total}"]
        lines += ["", f"{'entities (alias-tolerant)':<26}{'P':>3}{'R':>7}{'F1':>7}{'tp':>5}{'fp':>5}{'fn':>5}"]
        c = self.total(self.entities_by_alias)
        lines.append(f"{'ALL':<22}{c.precision:>7.3f}{c.recall:>7.3f}{c.f1:>7.3f}{c.tp:>5}{c.fp:>5}{c.fn:>5}")
        return "\n".join(lines)


def load_gold(path: Path) -> dict:
    try:
        gold = json.loads(path.read_text(encoding="utf-8"))
        gold["entities"], gold["relations"], gold["article"]  # noqa: B018  (shape check)
    except (ValueError, KeyError, TypeError) as exc:
        raise GoldFormatError(f"{path}: not a gold annotation file ({exc})") from None
    return gold


def score_article(ex: Extraction, gold: dict, report: Report) -> None:
    form_to_gold: dict[str, str] = {}
    for e in gold["entities"]:
        for form in [e["name"], *e.get("aliases", [])]:
            form_to_gold.setdefault(norm(form), norm(e["name"]))
    # entities, strict
    pred = Counter((norm(e.label), e.type) for e in ex.entities)
    gold_set = Counter((norm(e["name"]), e["type"]) for e in gold["entities"])
    for key in pred | gold_set:
        t = key[1]
        both = min(pred[key], gold_set[key])
        report.entities[t].tp += both
        report.entities[t].fp += pred[key] - both
        report.entities[t].fn += gold_set[key] - both
        if pred[key] > gold_set[key]:
            report.errors.append(f"{gold['article']}: extra entity {key}")
        if gold_set[key] > pred[key]:
            report.errors.append(f"{gold['article']}: missed entity {key}")
    _score_by_alias(ex, gold, report)
    # predicted node -> gold name, by any of its forms
    node_gold: dict[str, str] = {}
    for e in ex.entities:
        for form in [e.label, *e.aliases]:
            if norm(form) in form_to_gold:
                node_gold[e.id] = form_to_gold[norm(form)]
                break
        else:
            node_gold[e.id] = "?" + norm(e.label)
    # aliases: every gold alias sits on the node of its canonical name
    for g in gold["entities"]:
        nodes = {e.id for e in ex.entities if norm(g["name"]) in {norm(f) for f in [e.label, *e.aliases]}}
        for alias in g.get("aliases", []):
            report.alias_total += 1
            holders = {e.id for e in ex.entities if norm(alias) in {norm(f) for f in [e.label, *e.aliases]}}
            if not holders or not nodes or not (holders & nodes):
                report.alias_split += 1
                report.errors.append(f"{gold['article']}: alias {alias!r} not on the node of {g['name']!r}")

    def key(s: str, p: str, o: str) -> tuple[str, str, str]:
        return (min(s, o), p, max(s, o)) if p in SYMMETRIC_PREDICATES else (s, p, o)

    pred_rel = {key(node_gold[r.subject], r.predicate, node_gold[r.object]) for r in ex.relations}
    gold_rel = {key(norm(r["subject"]), r["predicate"], norm(r["object"])) for r in gold["relations"]}
    for k in pred_rel | gold_rel:
        c = report.relations[k[1]]
        if k in pred_rel and k in gold_rel:
            c.tp += 1
        elif k in pred_rel:
            c.fp += 1
            report.errors.append(f"{gold['article']}: extra relation {k}")
        else:
            c.fn += 1
            report.errors.append(f"{gold['article']}: missed relation {k}")


def _score_by_alias(ex: Extraction, gold: dict, report: Report) -> None:
    """Entities matched one to one, by type, when the label of either side is among the other's names: a gold
    'X "Brand" description' found as "Brand" with the longer form as an alias counts, as does a list found by its
    title alone. The strict score stays the measure; this one shows what is left once naming conventions are set
    aside."""
    preds = [(e.type, norm(e.label), {norm(f) for f in [e.label, *e.aliases]}) for e in ex.entities]
    used: set[int] = set()
    for g in gold["entities"]:
        name = norm(g["name"])
        forms = {name} | {norm(f) for f in g.get("aliases", [])}
        # (the strict match first, so that a looser one never takes another gold entity's exact prediction)
        k = next((k for k, (t, label, _) in enumerate(preds) if k not in used and t == g["type"] and label == name),
                 None)
        if k is None:
            k = next((k for k, (t, label, names) in enumerate(preds)
                      if k not in used and t == g["type"] and (label in forms or name in names)), None)
        if k is None:
            report.entities_by_alias[g["type"]].fn += 1
        else:
            used.add(k)
            report.entities_by_alias[g["type"]].tp += 1
    for k, (t, _, _) in enumerate(preds):
        if k not in used:
            report.entities_by_alias[t].fp += 1


def evaluate(gold_dir: str | Path, *, known: tuple = ()) -> Report:
    """Score every ``gold/*.json`` in ``gold_dir`` against the extraction of ``articles/<article>``."""
    gold_dir = Path(gold_dir)
    files = sorted((gold_dir / "gold").glob("*.json"))
    if not files:
        raise InputError(f"{gold_dir}: no gold annotations (expected {gold_dir / 'gold'}/*.json)")
    report = Report()
    for path in files:
        gold = load_gold(path)
        article_path = gold_dir / "articles" / gold["article"]
        ex = extract(read_article(article_path), known)
        score_article(ex, gold, report)
        report.articles += 1
    return report
