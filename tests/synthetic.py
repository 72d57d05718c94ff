"""Small synthetic news articles, for tests that need a corpus of many, and running ``kg`` as a real process."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pyoxigraph as ox

from kg.article import read_article
from kg.corpus import article_files
from kg.extract import extract
from kg.namespace import article_graph
from kg.rdf import extraction_quads
from kg.store import KnowledgeStore

_FIRMS = ["Huayu", "Zhongyuan", "Xinda", "Dongfang", "Tianrui", "Jinlong", "Senyuan", "Huanghe", "Yuxin"]
_TRADES = ["Valve", "Bearing", "Tractor", "Crane", "Cable", "Gear", "Pump", "Motor", "Glass", "Steel"]
_PLACES = ["Zhengzhou", "Luoyang", "Kaifeng", "Anyang", "Xinxiang", "Nanyang", "Xuchang", "Jiaozuo", "Zhoukou"]
_AWARDS = ["Henan Quality Award", "China Machinery Award", "National Innovation Award"]


def article(i: int) -> str:
    """Article number ``i``: a company, its headquarters, an award and a product, all its own."""
    firm, trade = _FIRMS[i % len(_FIRMS)], _TRADES[(i // len(_FIRMS)) % len(_TRADES)]
    place, other = _PLACES[i % len(_PLACES)], _PLACES[(i + 4) % len(_PLACES)]
    award = _AWARDS[i % len(_AWARDS)]
    return (
        f"{place} {trade.lower()} maker number {i} expands\n\n"
        f"Source: Henan Daily | 2024-{1 + i % 12:02d}-{1 + i % 28:02d} | Author: Li Na\n\n"
        f"{firm} {trade} Group Co., Ltd. is headquartered in {place}. "
        f"{firm} {trade} Group received the {award} in 2024.\n\n"
        f"The company developed the ZX-{i:03d} {trade.lower()} and plans a second plant in {other}.\n"
    )


def write_corpus(directory: Path, n: int) -> list[Path]:
    directory.mkdir(parents=True, exist_ok=True)
    paths = []
    for i in range(n):
        path = directory / f"a{i:03d}.txt"
        path.write_text(article(i), encoding="utf-8")
        paths.append(path)
    return paths


def kg_command(store: Path, corpus: Path, *args: str) -> list[str]:
    """``kg --store STORE --corpus CORPUS ARGS`` as a real process of this Python."""
    return [sys.executable, "-m", "kg.cli", "--store", str(store), "--corpus", str(corpus), *args]


def kg_env(**extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("KG_")}
    env.update(extra)
    return env


def run_kg(store: Path, corpus: Path, *args: str, timeout: float = 180, **env: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(kg_command(store, corpus, *args), capture_output=True, text=True, env=kg_env(**env),
                          timeout=timeout, check=False)


def expected_quads(corpus: Path) -> dict[str, set[ox.Quad]]:
    """Every corpus article's named graph, extracted afresh in this process: article id -> quads."""
    out = {}
    for path in article_files(corpus):
        ex = extract(read_article(path))
        out[ex.article.id] = set(extraction_quads(ex))
    return out


def stored_quads(store: KnowledgeStore, article_id: str) -> set[ox.Quad]:
    graph = ox.NamedNode(str(article_graph(article_id)))
    return set(store.oxigraph.quads_for_pattern(None, None, None, graph))
