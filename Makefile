# Two entry points for a new machine: `make demo` (set up, build the graph, write the HTML,
# answer a query) and `make test` (set up, run the tests). Everything installs into .venv.
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
OUT ?= out

.PHONY: setup system-deps demo test lint clean

$(BIN)/kg: setup.cfg pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e ".[test]"
	touch $(BIN)/kg

setup: $(BIN)/kg

system-deps:
	bash tools/install-system-deps.sh

demo: setup
	mkdir -p $(OUT)
	$(BIN)/kg --store $(OUT)/store build
	$(BIN)/kg --store $(OUT)/store viz -o $(OUT)/graph.html
	$(BIN)/kg --store $(OUT)/store query --name awards

test: setup system-deps
	$(BIN)/ruff check .
	$(BIN)/python -m pytest -q

clean:
	rm -rf $(OUT) .kg build *.egg-info
