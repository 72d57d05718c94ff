"""The notebooks run from top to bottom, in a kernel of this very Python (the project's venv).

The kernel is declared in a temporary Jupyter path, so neither a kernel installed in the
user's home nor another Python can be picked up by mistake.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

nbformat = pytest.importorskip("nbformat", reason="pip install -e '.[test]'")
nbclient = pytest.importorskip("nbclient", reason="pip install -e '.[test]'")

NOTEBOOKS = sorted((Path(__file__).resolve().parent.parent / "notebooks").glob("*.ipynb"))
KERNEL = "henan-kg-tests"


@pytest.fixture()
def kernel(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> str:
    spec = tmp_path / "jupyter" / "kernels" / KERNEL
    spec.mkdir(parents=True)
    (spec / "kernel.json").write_text(json.dumps({
        "argv": [sys.executable, "-m", "ipykernel_launcher", "-f", "{connection_file}"],
        "display_name": "henan-kg tests",
        "language": "python",
    }), encoding="utf-8")
    monkeypatch.setenv("JUPYTER_PATH", str(tmp_path / "jupyter"))
    monkeypatch.setenv("JUPYTER_RUNTIME_DIR", str(tmp_path / "runtime"))
    monkeypatch.setenv("IPYTHONDIR", str(tmp_path / "ipython"))
    monkeypatch.setenv("MPLBACKEND", "Agg")
    return KERNEL


def test_there_is_a_notebook() -> None:
    assert [p.name for p in NOTEBOOKS] == ["tour.ipynb"]


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.name)
def test_notebook_runs(path: Path, kernel: str) -> None:
    nb = nbformat.read(path, as_version=4)
    # Committed without outputs: what a reader sees comes from running it.
    assert all(not c.get("outputs") for c in nb.cells if c.cell_type == "code"), "clear the outputs"
    client = nbclient.NotebookClient(
        nb, kernel_name=kernel, timeout=300, resources={"metadata": {"path": str(path.parent)}}
    )
    client.execute()  # raises CellExecutionError, with the cell and traceback, on any error

    outputs = [o for c in nb.cells if c.cell_type == "code" for o in c.outputs]
    assert not [o for o in outputs if o.output_type == "error"]
    shown = [o.get("data", {}) for o in outputs if o.output_type in ("display_data", "execute_result")]
    html_parts = [d["text/html"] for d in shown if "text/html" in d]
    assert any("<table>" in h and "<td>" in h for h in html_parts), "no SPARQL result table"
    frames = [h for h in html_parts if "<iframe srcdoc=" in h]
    assert len(frames) >= 3, "the interactive views are missing"
    assert any("image/png" in d for d in shown), "the static picture is missing"
    text = "".join(o.get("text", "") for o in outputs if o.output_type == "stream")
    assert "most central by degree" in text
    assert "new: " in text and "already" in text.lower()
