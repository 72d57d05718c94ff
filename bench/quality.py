"""Print extraction quality (kg eval) on the dev corpus and the seeds' gold as Markdown tables.

    python bench/quality.py [--dev ../shared/dev-corpus] [--seeds tests/data/seeds-gold]

Used to fill bench/quality.md before and after every change to the extractor.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from kg.evaluate import evaluate
from kg.namespace import ENTITY_TYPES, RELATION_PREDICATES

ROOT = Path(__file__).resolve().parents[1]


def table(reports: dict[str, object]) -> str:
    names = list(reports)
    head = "| | " + " | ".join(f"{n} P | {n} R | {n} F1" for n in names) + " |"
    sep = "|---|" + "---:|" * (3 * len(names))
    lines = [head, sep]

    def row(label: str, pick) -> str:
        cells = []
        for r in reports.values():
            c = pick(r)
            cells += [f"{c.precision:.3f}", f"{c.recall:.3f}", f"{c.f1:.3f}"]
        return f"| {label} | " + " | ".join(cells) + " |"

    from kg.evaluate import Counts

    for t in ENTITY_TYPES:
        lines.append(row(t, lambda r, t=t: r.entities.get(t, Counts())))
    lines.append(row("**entities, all**", lambda r: r.total(r.entities)))
    for p in RELATION_PREDICATES:
        lines.append(row(p, lambda r, p=p: r.relations.get(p, Counts())))
    lines.append(row("**relations, all**", lambda r: r.total(r.relations)))
    lines.append("| aliases split | " + " | ".join(f"{r.alias_split}/{r.alias_total} | | " for r in reports.values()) + "|")
    return "\n".join(lines)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--dev", default=str(ROOT.parent / "shared" / "dev-corpus"))
    ap.add_argument("--seeds", default=str(ROOT / "tests" / "data" / "seeds-gold"))
    args = ap.parse_args()
    reports = {"dev": evaluate(args.dev), "seeds": evaluate(args.seeds)}
    print(table(reports))


if __name__ == "__main__":
    main()
