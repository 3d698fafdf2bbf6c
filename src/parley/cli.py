"""The `parley` command: a thin layer over the library.

Machine-readable output goes to stdout; progress, messages and errors go to stderr.
Exit codes: 0 all went well, 1 some input failed (the rest was coded), 2 usage error.
"""
from __future__ import annotations

import importlib.util
import json
import shutil
import sys
import tempfile
from contextlib import contextmanager
from pathlib import Path
from typing import List, Optional

import typer
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, SpinnerColumn, TextColumn, TimeElapsedColumn
from rich.table import Table

from .dedup import DEFAULT_SIMILARITY, DEFAULT_WINDOW_DAYS, rebuild
from .engine import ENGINES, Resume, Sink, code_local
from .engine.ray import DEFAULT_PARTITION_SIZE, code_ray
from .ingest import IngestError, read_inputs
from .ingest.readers import DEFAULT_MAX_CHARS
from .store import FORMATS, EventWriter, Store

app = typer.Typer(
    add_completion=False, no_args_is_help=True, rich_markup_mode=None,
    help="Parley turns news articles into political event data: who did what to whom, when and where.\n\n"
         "Start with:  parley code article.txt   (events as JSON lines on stdout, stored in parley.duckdb)",
)
err = Console(stderr=True, soft_wrap=True)

DEFAULT_DB = "parley.duckdb"


@app.command()
def code(
    inputs: List[str] = typer.Argument(..., help="Files (.txt, .html, .jsonl, .jsonl.gz, .warc, .warc.gz), folders "
                                                 "(searched recursively) or - for stdin."),
    output: Optional[Path] = typer.Option(None, "--output", "-o", help="Write events to this file instead of stdout."),
    fmt: str = typer.Option("jsonl", "--format", "-f", help=f"Output format: {', '.join(FORMATS)} (parquet needs -o)."),
    db: str = typer.Option(DEFAULT_DB, "--db", help="DuckDB database to store documents and events in."),
    no_db: bool = typer.Option(False, "--no-db", help="Do not store anything; only write events (and, with "
                                                      "--engine ray, keep the Parquet shards)."),
    strict: bool = typer.Option(False, "--strict", help="Stop at the first bad input instead of going on."),
    max_chars: int = typer.Option(DEFAULT_MAX_CHARS, "--max-chars", help="Reject documents longer than this."),
    actors: List[Path] = typer.Option([], "--actors", help="Extra actor file(s) (see README: Extending Parley)."),
    patterns: List[Path] = typer.Option([], "--patterns", help="Extra event pattern file(s) in patterns.tsv format."),
    batch_size: int = typer.Option(8, "--batch-size", help="Documents parsed and stored per batch."),
    no_dedup: bool = typer.Option(False, "--no-dedup", help="Do not merge the stored events afterwards (see `parley dedup`)."),
    recode: bool = typer.Option(False, "--recode", help="Code documents the database already holds again, "
                                                        "replacing their events (e.g. after changing --actors or "
                                                        "--patterns), instead of skipping them."),
    engine: str = typer.Option("local", "--engine", help=f"Where to code: {' or '.join(ENGINES)} (worker actors "
                                                         "on a Ray cluster, see README: Scale-out)."),
    address: Optional[str] = typer.Option(None, "--address", help="Ray cluster to join (host:port); default: "
                                                                  "start Ray on this machine."),
    workers: Optional[int] = typer.Option(None, "--workers", help="Ray workers, one CPU each (default: all CPUs)."),
    shards: Optional[str] = typer.Option(None, "--shards", help="Folder (or s3:// URI) for the Ray workers' Parquet "
                                                                "shards, kept (default: a temporary folder)."),
    partition_size: int = typer.Option(DEFAULT_PARTITION_SIZE, "--partition-size",
                                       help="Documents per Ray partition (one shard each)."),
) -> None:
    """Code articles into events.

    Each event is one JSON object per line on stdout (or in -o FILE), and every document with its events
    is stored in the database (default parley.duckdb). Documents the database already holds with the same
    text are skipped before parsing, so a killed run resumes where it stopped; --recode codes them again and
    replaces their events.

    Examples:

      parley code news/ -o events.csv --format csv

      cat feed.jsonl | parley code - --db feed.duckdb

      parley code crawl/ --engine ray --workers 8
    """
    if fmt not in FORMATS:
        raise typer.BadParameter(f"choose one of {', '.join(FORMATS)}", param_hint="--format")
    if fmt == "parquet" and output is None:
        raise typer.BadParameter("parquet output needs a file: add -o events.parquet", param_hint="--format")
    if engine not in ENGINES:
        raise typer.BadParameter(f"choose one of {', '.join(ENGINES)}", param_hint="--engine")
    if engine == "ray" and importlib.util.find_spec("ray") is None:
        raise typer.BadParameter("needs Ray: pip install 'parley[cluster]'", param_hint="--engine")
    if address and not shards:
        raise typer.BadParameter("the cluster's workers write shards where the driver reads them: add --shards "
                                 "with a shared folder or an s3:// URI", param_hint="--address")
    if min(batch_size, partition_size, 1 if workers is None else workers) < 1:
        raise typer.BadParameter("must be at least 1", param_hint="--batch-size/--partition-size/--workers")
    for path in [*actors, *patterns]:
        if not path.is_file():
            raise typer.BadParameter(f"no such file: {path}", param_hint="--actors/--patterns")

    actor_files, pattern_files = [str(p) for p in actors], [str(p) for p in patterns]
    if engine == "local":  # the ray engine's workers load their own
        from .pipeline import Pipeline  # heavy import: only for commands that code

        with err.status("loading the language model and knowledge files"):
            pipeline = Pipeline(actor_files=actor_files, pattern_files=pattern_files)
    handle = None if fmt == "parquet" else (output.open("w", encoding="utf-8", newline="") if output else sys.stdout)
    writer = EventWriter(handle, fmt, str(output) if output else None)
    store = None if no_db else Store(db)
    run = _Run(inputs, max_chars, strict)
    resume = None if store is None or recode else Resume(store)
    documents = resume(run.read()) if resume else run.read()
    sink = Sink(writer, store, batch_size)
    try:
        with run.counting(lambda c: len(c.events), "events") as tally:
            def emit(coded):
                tally(coded)
                sink(coded)

            if engine == "ray":
                _code_on_ray(documents, emit, shards, store, db, address=address, workers=workers,
                             actor_files=actor_files, pattern_files=pattern_files, batch_size=batch_size,
                             partition_size=partition_size)
            else:
                code_local(pipeline, documents, emit, batch_size)
        sink.flush()
        if store:
            store.refresh_actors()
            if not no_dedup:
                with err.status("merging events reported by several articles"):
                    rebuild(store.con)
    finally:
        writer.close()
        if output and handle:
            handle.close()
        if store:
            store.close()
    run.duplicates, run.skipped = sink.duplicates, resume.skipped if resume else 0
    run.finish("events", f"stored in {db}" if store else "")


def _code_on_ray(documents, emit, shards: Optional[str], store, db: str, **settings) -> None:
    """Shards go to --shards (kept), else to a temporary folder beside the database that goes once they
    are stored; with --no-db they are the result, kept in a new folder here."""
    keep = shards is not None or store is None
    folder = shards or tempfile.mkdtemp(prefix=".parley-shards-" if store else "parley-shards-",
                                        dir=Path(db).resolve().parent if store else Path.cwd())
    try:
        code_ray(documents, emit, shards=folder, **settings)
    finally:
        if not keep:
            shutil.rmtree(folder, ignore_errors=True)
    if keep:
        err.print(f"Parquet shards (documents/, events/, quotes/) in {folder}", highlight=False)


@app.command()
def quotes(
    inputs: List[str] = typer.Argument(..., help="Files (.txt, .html, .jsonl), folders (searched recursively) or - for stdin."),
    output: Optional[Path] = typer.Option(None, "--output", "-o", help="Write quotes to this file instead of stdout."),
    strict: bool = typer.Option(False, "--strict", help="Stop at the first bad input instead of going on."),
    max_chars: int = typer.Option(DEFAULT_MAX_CHARS, "--max-chars", help="Reject documents longer than this."),
    actors: List[Path] = typer.Option([], "--actors", help="Extra actor file(s) (see README: Extending Parley)."),
) -> None:
    """List the quotes in articles, with their speakers, as JSON lines.

    Direct quotes (straight or curly marks, also across paragraphs) and indirect speech ("Lavrov said that
    ..."), each with the speaker resolved to an actor code where possible, the date, the character span in
    the document text and the ids of the events it reports. `parley code` stores the same quotes in the
    database (table `quotes`).

    Example:

      parley quotes news/ -o quotes.jsonl
    """
    from .pipeline import Pipeline

    with err.status("loading the language model and knowledge files"):
        pipeline = Pipeline(actor_files=[str(p) for p in actors])
    handle = output.open("w", encoding="utf-8") if output else sys.stdout
    run = _Run(inputs, max_chars, strict)
    try:
        for coded in run.coded(pipeline, 8, lambda c: len(c.quotes), "quotes"):
            for quote in coded.quotes:
                handle.write(json.dumps(quote.to_json(), ensure_ascii=False) + "\n")
    finally:
        if output:
            handle.close()
    run.finish("quotes")


class _Run:
    """Reads inputs for a coding command: reports bad inputs on stderr and goes on (or stops with
    --strict), shows progress, counts, and exits 1 when an input failed."""

    def __init__(self, inputs: list[str], max_chars: int, strict: bool) -> None:
        self.inputs, self.max_chars, self.strict = inputs, max_chars, strict
        self.failures = self.documents = self.items = self.duplicates = self.skipped = 0

    def read(self):
        for item in read_inputs(self.inputs, max_chars=self.max_chars):
            if isinstance(item, IngestError):
                self.failures += 1
                err.print(f"[red]error[/red] {item}", highlight=False, markup=True)
                if self.strict:
                    raise typer.Exit(1)
                continue
            yield item

    @contextmanager
    def counting(self, count, what: str):
        """Show progress while documents are coded; yields the function to call with each coded document."""
        progress = Progress(SpinnerColumn(), TextColumn("coding"), BarColumn(), MofNCompleteColumn(),
                            TextColumn("{task.fields[found]} " + what), TimeElapsedColumn(), console=err,
                            transient=True)
        with progress:
            task = progress.add_task("coding", total=None, found=0)

            def tally(coded) -> None:
                self.documents += 1
                self.items += count(coded)
                progress.update(task, advance=1, found=self.items)

            yield tally

    def coded(self, pipeline, batch_size: int, count, what: str):
        with self.counting(count, what) as tally:
            for coded in pipeline.code_documents(self.read(), batch_size=batch_size):
                tally(coded)
                yield coded

    def finish(self, what: str, where: str = "") -> None:
        summary = f"{self.documents} documents, {self.items} {what}"
        if self.skipped:
            summary += f", {self.skipped} skipped as already stored (--recode codes them again)"
        if self.duplicates:
            summary += f", {self.duplicates} skipped as duplicates of stored documents"
        if self.failures:
            summary += f", {self.failures} inputs failed"
        if where:
            summary += f"; {where}"
        err.print(summary, highlight=False)
        raise typer.Exit(1 if self.failures else 0)


@app.command()
def evaluate(
    gold: List[Path] = typer.Argument(..., help="Gold files or folders of .jsonl records {id, date, text, expected}."),
    verbose: bool = typer.Option(False, "--verbose", "-v", help="List every missed and every wrong event."),
    as_json: bool = typer.Option(False, "--json", help="Print the scores as JSON on stdout."),
    actors: List[Path] = typer.Option([], "--actors", help="Extra actor file(s), e.g. PETRARCH dictionaries."),
    patterns: List[Path] = typer.Option([], "--patterns", help="Extra event pattern file(s)."),
) -> None:
    """Score the coder against gold-coded sentences.

    Prints precision, recall and F1 at three levels: full (actor codes and full CAMEO code),
    country-root (source country, target country, CAMEO root) and root (CAMEO root only).
    Reads ../shared/eval/petrarch2_gsr_validation.jsonl and plover_gsr_cameo.jsonl as well as our own corpus.
    """
    from .evaluate import evaluate_files, render_report
    from .pipeline import Pipeline

    for path in [*gold, *actors, *patterns]:
        if not path.exists():
            raise typer.BadParameter(f"no such file or folder: {path}", param_hint="GOLD/--actors/--patterns")
    pipeline = Pipeline(actor_files=[str(p) for p in actors], pattern_files=[str(p) for p in patterns])
    report = evaluate_files([str(p) for p in gold], pipeline=pipeline, progress_console=err)
    if as_json:
        print(json.dumps(report.to_json(), indent=2))
    else:
        render_report(report, Console(), verbose=verbose)


@app.command()
def dedup(
    db: str = typer.Option(DEFAULT_DB, "--db", help="Database whose events to merge."),
    window: int = typer.Option(DEFAULT_WINDOW_DAYS, "--window", help="Days apart two reports of one event may date it."),
    similarity: float = typer.Option(DEFAULT_SIMILARITY, "--similarity",
                                     help="Shingle similarity (0-1) above which two articles are copies of one story."),
) -> None:
    """Merge events that several articles report into one event with its mentions.

    Rebuilds the tables merged_events and event_mentions, documents.story_id (near-duplicate articles)
    and events.merged_id; `parley code` does this after every run. Prints a JSON summary on stdout.

    Example:  parley dedup --db news.duckdb --window 3
    """
    if not Path(db).exists():
        err.print(f"no database at {db}; run `parley code ...` first")
        raise typer.Exit(1)
    if window < 0 or not 0 < similarity <= 1:
        raise typer.BadParameter("--window must be >= 0 and --similarity in (0, 1]", param_hint="--window/--similarity")
    with Store(db) as store:
        summary = rebuild(store.con, window, similarity)
    print(json.dumps(summary.to_json()))
    err.print(f"{summary.events} events from {summary.documents} documents ({summary.stories} stories) "
              f"merged into {summary.merged_events} events", highlight=False)


@app.command()
def report(
    dyad: str = typer.Option(..., "--dyad", help="Two sides joined by '-': country codes (USA-RUS) or actor codes."),
    date_from: Optional[str] = typer.Option(None, "--from", help="First day (YYYY-MM-DD)."),
    date_to: Optional[str] = typer.Option(None, "--to", help="Last day (YYYY-MM-DD)."),
    db: str = typer.Option(DEFAULT_DB, "--db", help="Database to read."),
    output: Optional[Path] = typer.Option(None, "--output", "-o",
                                          help="Write the brief here: .html, or .md for Markdown (default: Markdown on stdout)."),
) -> None:
    """Write an analyst brief on a dyad: Background (timeline), Analysis (counts, Goldstein trend), Assessment.

    Every statement links to the sentences it rests on.

    Example:  parley report --dyad USA-RUS --from 2016-11-01 --to 2018-12-31 -o brief.html
    """
    from .report import build_brief

    if not Path(db).exists():
        err.print(f"no database at {db}; run `parley code ...` first")
        raise typer.Exit(1)
    try:
        brief = build_brief(db, dyad=dyad, date_from=date_from, date_to=date_to)
    except ValueError as error:
        raise typer.BadParameter(str(error), param_hint="--dyad/--from/--to")
    if output is None:
        print(brief.markdown)
        return
    output.write_text(brief.html if output.suffix.lower() in (".html", ".htm") else brief.markdown, "utf-8")
    err.print(f"brief written to {output}", highlight=False)


@app.command()
def show(
    db: str = typer.Option(DEFAULT_DB, "--db", help="Database to read."),
    limit: int = typer.Option(25, "--limit", "-n", help="How many events to list."),
) -> None:
    """Summarise what a database holds and list its latest events."""
    if not Path(db).exists():
        err.print(f"no database at {db}; run `parley code ...` first")
        raise typer.Exit(1)
    with Store(db) as store:
        counts = store.counts()
        rows = store.con.execute(
            # an actor no dictionary knows has no code: show its text, in brackets
            "SELECT date, coalesce(source_code, '(' || source_text || ')'), code, "
            "coalesce(target_code, '(' || target_text || ')'), modality, location_name, trigger, doc_id FROM events "
            "ORDER BY date DESC NULLS LAST, doc_id, sentence_index LIMIT ?", [limit]).fetchall()
    console = Console(width=None if sys.stdout.isatty() else 160)
    console.print(f"{counts['documents']} documents, {counts['events']} events, {counts['quotes']} quotes, "
                  f"{counts['actors']} actors in {db}")
    table = Table("date", "source", "code", "target", "modality", "place", "trigger", "document")
    for row in rows:
        table.add_row(*[str(v) if v is not None else "" for v in row])
    console.print(table)


@app.command()
def serve(
    db: str = typer.Option(DEFAULT_DB, "--db", help="Database to serve (created when missing)."),
    host: str = typer.Option("127.0.0.1", "--host", help="Interface to listen on; posting from other hosts needs --token."),
    port: int = typer.Option(8000, "--port", help="Port to listen on."),
    token: Optional[str] = typer.Option(None, "--token", envvar="PARLEY_TOKEN",
                                        help="Bearer token that POST /api/documents requires (or env PARLEY_TOKEN)."),
) -> None:
    """Serve the HTTP API (/api, schema at /docs) and the dashboard (/) over a database.

    Example:  parley serve --db demo.duckdb --port 8000   then open http://127.0.0.1:8000/
    """
    import duckdb
    import uvicorn

    from .api import create_app

    try:
        api = create_app(db, token=token)
    except duckdb.IOException as error:
        err.print(f"cannot open {db}: {error}")
        raise typer.Exit(1)
    uvicorn.run(api, host=host, port=port)


def main() -> None:
    app()


if __name__ == "__main__":
    main()
