"""The ``kg`` command line: each command parses its options, calls one library function, prints the result.

Every failure is a :class:`kg.errors.KgError` with its own exit code (see ``kg.errors.EXIT_CODES``
and the README); it is printed once, as one line on stderr.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

import click

from kg import __version__, errors, paths

# Commands that only read the store: they open it read-only (a store not built yet reads as
# empty) and share it with other readers; during a `kg build` they wait for at most one article.
READ_ONLY_COMMANDS = frozenset({"query", "export", "validate", "viz", "stats", "path"})


class Context:
    def __init__(self, store: str, corpus: Path, command: str | None = None) -> None:
        self.store_location = store
        self.corpus = corpus
        self.command = command
        self._store = None

    def store(self, *, read_only: bool | None = None):
        """The store, opened through kg.store.open_store (waiting for other kg processes, and saying so)."""
        from kg.store import open_store

        if read_only is None:
            read_only = self.command in READ_ONLY_COMMANDS
        if self._store is None:
            self._store = open_store(self.store_location, read_only=read_only, missing_ok=read_only,
                                     on_wait=lambda message: click.echo(message, err=True))
        return self._store

    def close(self) -> None:
        if self._store is not None:
            self._store.close()
            self._store = None


class KgGroup(click.Group):
    """Maps every KgError to its exit code and one line on stderr."""

    def invoke(self, ctx: click.Context):
        try:
            return super().invoke(ctx)
        except errors.DuplicateArticle as exc:
            click.echo(str(exc), err=True)
            ctx.exit(exc.exit_code)
        except errors.KgError as exc:
            click.echo(f"error: {exc}", err=True)
            ctx.exit(exc.exit_code)
        finally:
            obj = ctx.obj
            if isinstance(obj, Context):
                obj.close()


@click.group(cls=KgGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.option("--store", envvar="KG_STORE", default=paths.default_store, show_default=".kg/store",
              help="Oxigraph store directory (env KG_STORE); ':memory:' keeps nothing; a SPARQL server: "
                   "'sparql+http://host:port/query#update=http://host:port/update' (README).")
@click.option("--corpus", envvar="KG_CORPUS", default=paths.default_corpus, show_default="./corpus",
              type=click.Path(file_okay=False, path_type=Path), help="Corpus directory of article files (env KG_CORPUS).")
@click.version_option(__version__, prog_name="kg")
@click.pass_context
def main(ctx: click.Context, store: str, corpus: Path) -> None:
    """henan-kg: a knowledge graph of Henan manufacturing news.

    Typical use: `kg build` (corpus -> store), `kg query --name awards`, `kg viz -o graph.html`.
    """
    ctx.obj = Context(str(store), Path(corpus), ctx.invoked_subcommand)


@main.command()
@click.argument("files", nargs=-1, required=True, type=click.Path(dir_okay=False, path_type=Path))
@click.option("--format", "fmt", type=click.Choice(["json", "ttl"]), default="json", show_default=True)
@click.pass_obj
def extract(obj: Context, files: tuple[Path, ...], fmt: str) -> None:
    """Run the extractor on FILES and print what it finds; writes nothing.

    json: one JSON object per article per line (article, entities, relations).
    ttl: the article's named graph in Turtle.
    """
    from kg.article import read_article
    from kg.extract import extract as run
    from kg.known import known_file, load_known

    known = load_known(known_file(obj.corpus))
    failed = None
    for f in files:
        try:
            ex = run(read_article(f), known)
        except errors.InputError as exc:
            click.echo(f"error: {exc}", err=True)
            failed = exc
            continue
        if fmt == "json":
            click.echo(json.dumps(ex.to_json(), ensure_ascii=False))
        else:
            from kg.rdf import extraction_to_graph

            click.echo(extraction_to_graph(ex).serialize(format="turtle"))
    if failed is not None:
        sys.exit(failed.exit_code)


@main.command()
@click.argument("files", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.pass_obj
def add(obj: Context, files: tuple[Path, ...]) -> None:
    """Copy article FILES into the corpus and ingest them. Re-adding an article changes nothing."""
    from kg.build import add_prepared, prepare

    prepared = prepare(list(files), obj.corpus)  # read and extract before taking the store
    report = add_prepared(obj.store() if any(p.extraction for p in prepared) else None, prepared, obj.corpus)
    for line in report.lines():
        click.echo(line, err=line.startswith(("failed", "duplicate")))
    if report.failed:
        sys.exit(errors.InputError.exit_code)


@main.command()
@click.option("--rebuild", is_flag=True, help="Start from an empty store.")
@click.option("--processes", type=int, default=None, help="Extraction processes (default: up to 2 cores).")
@click.pass_obj
def build(obj: Context, rebuild: bool, processes: int | None) -> None:
    """Ingest every corpus article not yet in the store (or changed since).

    Known entities and aliases listed in CORPUS/known-entities.json are applied (see README).
    Each article goes in whole or not at all: a killed build is finished by the next one.
    Exit code 3 if a corpus file could not be read (every other one is ingested).
    """
    from kg.build import build as run

    report = run(obj.store(), obj.corpus, rebuild=rebuild, processes=processes)
    for line in report.lines():
        click.echo(line, err=line.startswith(("failed", "duplicate")))
    if report.failed:  # every readable article is in; the exit code says some file was not
        sys.exit(errors.InputError.exit_code)


@main.command()
@click.argument("article_id")
@click.pass_obj
def remove(obj: Context, article_id: str) -> None:
    """Remove ARTICLE_ID (or a unique prefix): its facts, and its corpus file."""
    from kg.build import remove as run

    n = run(obj.store(), article_id, obj.corpus)
    click.echo(f"removed article {article_id} ({n} quads)")


@main.command()
@click.argument("sparql", required=False)
@click.option("-f", "--file", "file_", type=click.Path(dir_okay=False, exists=True, path_type=Path),
              help="Read the query from a file.")
@click.option("--name", "saved", help="Run a saved query (see `kg query --list`).")
@click.option("--param", "params", multiple=True, metavar="KEY=VALUE",
              help="Bind a saved query's parameter (as a literal, never pasted into the text).")
@click.option("--list", "list_", is_flag=True, help="List the saved queries.")
@click.option("--format", "fmt", type=click.Choice(["table", "csv", "tsv", "json"]), default="table", show_default=True)
@click.option("--timeout", type=float, default=30.0, show_default=True, help="Seconds before the query is stopped.")
@click.option("--width", type=int, default=60, show_default=True,
              help="Table format: cut longer cells to this many characters (0: never).")
@click.pass_obj
def query(obj: Context, sparql: str | None, file_: Path | None, saved: str | None, params: tuple[str, ...],
          list_: bool, fmt: str, timeout: float, width: int) -> None:
    """Run a SPARQL query over all articles (the default graph is their union)."""
    from kg.query import format_results, load_saved, saved_queries

    if list_:
        for q in saved_queries().values():
            ps = " ".join(f"--param {p}=..." for p in q.params)
            click.echo(f"{q.name:<22} {q.title}{'  ' + ps if ps else ''}")
        return
    given = [x for x in (sparql, file_, saved) if x]
    if len(given) != 1:
        raise click.UsageError("give exactly one of SPARQL, -f FILE or --name SAVED")
    bindings: dict[str, str] = {}
    for p in params:
        key, sep, value = p.partition("=")
        if not sep:
            raise click.UsageError(f"--param {p!r}: expected KEY=VALUE")
        bindings[key.strip().lstrip("?")] = value
    if saved:
        q = load_saved(saved)
        text, bindings = q.text, q.bind(bindings)
    else:
        text = file_.read_text(encoding="utf-8") if file_ else sparql
    result = obj.store().query(text, substitutions=bindings or None, timeout=timeout)
    out = format_results(result, fmt, max_width=(width or None) if fmt == "table" else None)
    click.echo(out, nl=not out.endswith("\n"))


@main.command()
@click.option("-o", "--output", type=click.Path(dir_okay=False, path_type=Path), default=Path("graph.html"),
              show_default=True)
@click.option("--focus", help="Draw only the neighbourhood of this entity (any of its names).")
@click.option("--hops", type=click.IntRange(min=0), default=1, show_default=True,
              help="With --focus: how many links away from the entity.")
@click.option("--type", "types", multiple=True, help="Keep only entities of this class (repeatable).")
@click.option("--article", help="Keep only entities and links of this article id.")
@click.option("--min-degree", type=click.IntRange(min=0), default=0, help="Drop entities with fewer links.")
@click.option("--communities", is_flag=True, help="Colour nodes by detected community.")
@click.option("--png", type=click.Path(dir_okay=False, path_type=Path),
              help="Also draw a static picture (matplotlib) into this PNG file.")
@click.pass_obj
def viz(obj: Context, output: Path, focus: str | None, hops: int, types: tuple[str, ...], article: str | None,
        min_degree: int, communities: bool, png: Path | None) -> None:
    """Write the interactive network as one offline HTML file (and a PNG with --png)."""
    from kg.namespace import ENTITY_TYPES
    from kg.network import find_entity, neighbourhood, to_networkx
    from kg.viz import write_html, write_png

    unknown = sorted(set(types) - set(ENTITY_TYPES))
    if unknown:
        raise click.BadParameter(f"unknown class(es) {', '.join(unknown)}; expected some of {', '.join(ENTITY_TYPES)}",
                                 param_hint="'--type'")
    try:
        graph = to_networkx(obj.store().oxigraph, types=set(types) or None, article=article, min_degree=min_degree)
    except LookupError as exc:
        raise errors.NotFound(exc.args[0] if exc.args else str(exc)) from None
    title, centre = "henan-kg", None
    if focus:
        try:
            centre = find_entity(graph, focus)
        except LookupError as exc:
            raise errors.NotFound(exc.args[0] if exc.args else str(exc)) from None
        graph = neighbourhood(graph, centre, hops)
        title = f"{graph.nodes[centre]['label']}: {hops} hop{'' if hops == 1 else 's'} around"
    path = write_html(graph, output, title=title, communities=communities, focus=centre)
    click.echo(f"wrote {path} ({graph.number_of_nodes()} nodes, {graph.number_of_edges()} links)")
    if png:
        try:
            click.echo(f"wrote {write_png(graph, png, title=title)}")
        except ImportError as exc:
            raise click.ClickException(str(exc)) from None


@main.command()
@click.option("--top", type=click.IntRange(min=1), default=10, show_default=True)
@click.option("--json", "as_json", is_flag=True)
@click.pass_obj
def stats(obj: Context, top: int, as_json: bool) -> None:
    """Counts by class and relation, the most central entities, and communities."""
    from kg.analytics import summary, summary_lines
    from kg.network import to_networkx

    store = obj.store()
    counts = store.stats()
    net = summary(to_networkx(store.oxigraph), top=top)
    if as_json:
        click.echo(json.dumps({"store": counts, "network": net}, ensure_ascii=False, indent=2, default=str))
        return
    for key, value in counts.items():
        if isinstance(value, dict):
            click.echo(f"{key}:")
            for k, v in value.items():
                click.echo(f"  {k:<24}{v}")
        else:
            click.echo(f"{key:<26}{value}")
    for line in summary_lines(net, top=top):
        click.echo(line)


@main.command()
@click.argument("a")
@click.argument("b")
@click.pass_obj
def path(obj: Context, a: str, b: str) -> None:
    """The shortest chain of relations between entities A and B, with the sentence behind each link."""
    from kg.analytics import path_lines, shortest_path
    from kg.network import to_networkx
    from kg.style import EDGE_STYLES

    try:
        chain = shortest_path(to_networkx(obj.store().oxigraph), a, b)
    except LookupError as exc:
        raise errors.NotFound(exc.args[0] if exc.args else str(exc)) from None
    if not chain:
        click.echo(f"{a!r} and {b!r} name the same entity")
        return
    for line in path_lines(chain, labels={k: s.label for k, s in EDGE_STYLES.items()}):
        click.echo(line)
    click.echo(f"{len(chain)} link{'' if len(chain) == 1 else 's'}")


@main.command()
@click.option("--format", "fmt", type=click.Choice(["trig", "nquads", "turtle", "json-ld"]), default="trig",
              show_default=True)
@click.option("-o", "--output", type=click.Path(dir_okay=False, path_type=Path))
@click.pass_obj
def export(obj: Context, fmt: str, output: Path | None) -> None:
    """Write the whole graph, one named graph per article (turtle: their union)."""
    out = output if output else sys.stdout.buffer
    obj.store().export(fmt, out)


@main.command()
@click.option("--host", default="127.0.0.1", show_default=True,
              help="Address to listen on; anything but loopback lets other machines query the store.")
@click.option("--port", type=click.IntRange(0, 65535), default=7878, show_default=True, help="0 picks a free port.")
@click.option("--timeout", type=click.FloatRange(min=0), default=30.0, show_default=True,
              help="Seconds a query may run before it is stopped with 503 (0: no limit).")
@click.option("--max-results", type=click.IntRange(min=0), default=10000, show_default=True,
              help="Most rows (SELECT) or triples (CONSTRUCT, DESCRIBE) a query may return (0: no limit).")
@click.option("--max-queries", type=click.IntRange(min=1), default=4, show_default=True,
              help="Queries evaluated at once, counting stopped ones Oxigraph is still finishing.")
@click.option("--allow-update", is_flag=True, help="Accept SPARQL Update (refused with 403 otherwise).")
@click.option("--quiet", is_flag=True, help="Do not log each request on stderr.")
@click.pass_obj
def serve(obj: Context, host: str, port: int, timeout: float, max_results: int, max_queries: int,
          allow_update: bool, quiet: bool) -> None:
    """Serve the store over the SPARQL 1.1 Protocol at /sparql, with a query page at /.

    Read-only unless --allow-update. The default graph is the union of all articles.
    """
    from kg.server import ServerConfig
    from kg.server import serve as run
    from kg.store import SharedStore

    config = ServerConfig(host=host, port=port, timeout=timeout or None, max_results=max_results or None,
                          max_running=max_queries, allow_update=allow_update, quiet=quiet)
    say = lambda line: click.echo(line, err=True)  # noqa: E731
    # Opened for each request, never held: kg add and kg build run while the server does.
    # A request waits for another kg process's write at most as long as the time limit.
    run(SharedStore(obj.store_location, wait=config.timeout, on_wait=say), config, announce=say)


@main.command()
@click.argument("url")
@click.pass_obj
def push(obj: Context, url: str) -> None:
    """Copy every named graph of the store into the SPARQL server URL (a store name, see README).

    Each graph replaces the server's graph of that name; then the quads are counted there.
    """
    from kg.remote import RemoteStore, is_remote
    from kg.remote import push as run

    if not is_remote(url):
        raise click.BadParameter("expected a SPARQL endpoint URL, e.g. sparql+http://host:port/sparql",
                                 param_hint="'URL'")
    report = run(obj.store(read_only=True), RemoteStore(url))
    for line in report.lines():
        click.echo(line)
    if report.mismatched:
        raise errors.StoreError(f"{len(report.mismatched)} graph(s) differ on {url} after the push")


@main.command()
@click.pass_obj
def validate(obj: Context) -> None:
    """Check the graph against the SHACL shapes; exit code 5 when it does not conform."""
    conforms, report = obj.store().validate()
    if not conforms:
        click.echo(report, err=True)
        raise errors.ValidationFailed("the graph does not conform to ontology/shapes.ttl (report above)")
    click.echo("the graph conforms to the shapes")


@main.command(name="eval")
@click.argument("gold_dir", type=click.Path(file_okay=False, exists=True, path_type=Path))
@click.option("--json", "as_json", is_flag=True)
@click.option("--errors", "show_errors", is_flag=True, help="List every missed and extra entity and relation.")
@click.option("--known", type=click.Path(dir_okay=False, exists=True, path_type=Path),
              help="Apply a known-entities file (default: none, to measure the rules alone).")
def eval_(gold_dir: Path, as_json: bool, show_errors: bool, known: Path | None) -> None:
    """Precision, recall and F1 per type against GOLD_DIR (gold/*.json + articles/)."""
    from kg.evaluate import evaluate
    from kg.known import load_known

    report = evaluate(gold_dir, known=load_known(known))
    if as_json:
        click.echo(json.dumps(report.to_dict(), indent=2))
    else:
        click.echo(report.format())
    if show_errors:
        click.echo("\n".join(report.errors))


if __name__ == "__main__":  # pragma: no cover
    main()
