"""Print extraction quality (kg eval) on the dev corpus and the seeds' gold as Markdown tables.

    python bench/quality.py                      # dev corpus, seeds, every tests/data/heldout* and dev* set
    python bench/quality.py --set dev=../shared/dev-corpus --set new=/tmp/my-gold

Used to fill bench/quality.md before and after every change to the extractor. Sets whose README
says they are held out are scored like the others: reading their errors is what turns them into
development sets (see each README).
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
    ap.add_argument("--set", action="append", default=[], metavar="NAME=DIR",
                    help="a gold set to score (repeatable); default: dev, seeds, tests/data/heldout* and dev*")
    args = ap.parse_args()
    sets = dict(s.split("=", 1) for s in args.set) or default_sets()
    reports = {name: evaluate(path) for name, path in sets.items()}
    print(table(reports))


def default_sets() -> dict[str, str]:
    sets = {"dev": str(ROOT.parent / "shared" / "dev-corpus"), "seeds": str(ROOT / "tests" / "data" / "seeds-gold")}
    data = ROOT / "tests" / "data"
    for d in sorted([*data.glob("heldout*"), *data.glob("dev*")]):
        if (d / "gold").is_dir():
            sets[d.name] = str(d)
    return sets


if __name__ == "__main__":
    main()
