"""A wheel install, not only an editable one, must carry the ontology, shapes and saved queries."""

from __future__ import annotations

import subprocess
import sys
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def test_wheel_ships_ontology_shapes_queries_and_entry_points(tmp_path: Path) -> None:
    subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "-q", "-w", str(tmp_path), str(ROOT)],
        check=True, capture_output=True,
    )
    (wheel,) = tmp_path.glob("henan_kg-*.whl")
    names = set(zipfile.ZipFile(wheel).namelist())
    assert "kg/ontology/henan-kg.ttl" in names
    assert "kg/ontology/shapes.ttl" in names
    shipped = {n.rsplit("/", 1)[-1] for n in names if n.startswith("kg/ontology/queries/")}
    assert shipped == {p.name for p in (ROOT / "ontology" / "queries").glob("*.rq")}
    assert {"kg/nlp/entities.py", "kg/nlp/coref.py", "kg/nlp/relations.py", "kg/cli.py"} <= names
    meta = next(n for n in names if n.endswith("entry_points.txt"))
    entry_points = zipfile.ZipFile(wheel).read(meta).decode()
    assert "kg = kg.cli:main" in entry_points
    assert "hk_entities = kg.nlp.entities:make_entities" in entry_points
