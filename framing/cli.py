"""The ``framing`` command. User mistakes end with exit code 2 and one clear line on stderr."""

from __future__ import annotations

import argparse
import codecs
import io
import json
import os
import sys
from collections.abc import Callable, Iterable, Iterator
from contextlib import AbstractContextManager, contextmanager, nullcontext
from itertools import chain
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any, BinaryIO, TextIO, TypeVar, cast

from . import __version__, spreadsheet
from .choices import (
    DEFAULT_MAX_MB,
    DEFAULT_MIN_FREQUENCY,
    DEFAULT_MIN_G2,
    DEFAULT_RESAMPLES,
    EVENT_THRESHOLD,
    FEATURE_KINDS,
    FRAME_SCHEMES,
    MATRICES,
    MAX_TIMEOUT,
    TABLES,
)
from .errors import FramingError
from .i18n import LANGUAGES, percent, reader_name, t
from .progress import Progress

# Each command imports what it needs when it runs: `framing --help` loads none of the analysis, and
# `framing analyze` no pandas, scikit-learn or DuckDB (a second and a half sooner).
if TYPE_CHECKING:
    from concurrent.futures import Executor

    import pandas as pd

    from .compare.coverage import Coverage
    from .compare.events import EventOptions
    from .compare.numbers import QuantityComparison
    from .compare.stats import OutletArticles
    from .ingest import RawDocument
    from .model import Doc, Skipped
    from .pipeline import Analysis, AnalysisOptions
    from .store import RowBatch
    from .stored import StoredCorpus

FORMATS = ("csv", "json", "table")
Rendered = TypeVar("Rendered")  # what a rendering function returns (its article count, or nothing)
Stream = TypeVar("Stream", bound=IO[Any])  # what a rendering function writes to: text or bytes
BATCH_SIZE = 100  # articles per transaction of a DuckDB store
DATASET_BATCH_SIZE = 1000  # articles per set of part files of a Parquet dataset (fewer, larger files)
EVENTS_AT_ONCE = 200  # events a whole-corpus report or coverage takes (more: one --event at a time)
DASK_FOLDER = "corpus"  # the dataset folder `ingest --dask` writes without --db


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="framing", description="Analyse source bias and framing in (German) news articles."
    )
    parser.add_argument("--version", action="version", version=f"framing {__version__}")
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    analyze = commands.add_parser(
        "analyze",
        help="read, clean and analyse articles",
        description="Read articles (.txt, .html, .csv, .json, .jsonl, folders, '-' for stdin, --url), "
        "remove boilerplate and analyse them. Without PATH or --url: the bundled demo corpus.",
    )
    add_input_options(analyze)
    analyze.add_argument("--format", choices=FORMATS, default="json")
    analyze.add_argument("-o", "--output", metavar="FILE", help="write here instead of stdout")

    events = commands.add_parser("events", help="group articles into events (fills 'event' where none given)")
    add_input_options(events)
    events.add_argument(
        "--threshold",
        type=float,
        default=EVENT_THRESHOLD,
        help="minimum mean similarity for articles to join one event",
    )
    events.add_argument("--format", choices=("table", "json"), default="table")
    events.add_argument(
        "--language",
        choices=tuple(LANGUAGES),
        default="en",
        help="of the table's sentences and the digests' reasons",
    )
    add_db_option(events)
    edits = events.add_mutually_exclusive_group()
    edits.add_argument("--rename", nargs=2, metavar=("EVENT", "NAME"), help="--db: rename a stored event")
    edits.add_argument("--merge", nargs="+", metavar="EVENT", help="--db: merge stored events into one")
    edits.add_argument("--split", metavar="EVENT", help="--db: move --articles out of a stored event")
    events.add_argument("--articles", default="", metavar="ID,ID", help="--split: the article ids to move")
    events.add_argument("--name", help="--merge, --split: the new event's name")

    keyness = commands.add_parser("keyness", help="distinctive lemmas of each outlet against the others")
    add_input_options(keyness)
    keyness.add_argument("--event", help="only articles of this event")
    keyness.add_argument(
        "--min-g2",
        type=float,
        default=DEFAULT_MIN_G2,
        help=f"minimum log-likelihood (default {DEFAULT_MIN_G2} ≈ p<0.01 for one test, as in the app; "
        "10.83 ≈ p<0.001 or 15.13 for large corpora)",
    )
    keyness.add_argument("--min-frequency", type=int, default=DEFAULT_MIN_FREQUENCY)
    keyness.add_argument("--top", type=int, default=15)
    add_db_option(keyness)

    compare = commands.add_parser(
        "compare",
        help="outlet × measure table with bootstrap 95%% intervals, or a word-choice, voices (by source "
        "type), camps, frames or actor-tone matrix",
    )
    add_input_options(compare)
    compare.add_argument("--event", help="only articles of this event")
    compare.add_argument(
        "--matrix",
        choices=("measures", *MATRICES),
        default="measures",
        help="measures (default): outlet × measure with intervals; wording: concept × outlet → names "
        "chosen (quoted ones in „…“); voices: source type × outlet → quotes, quoted words and parties; "
        "camps: topic camp (actor registry) × outlet → quotes and quoted words; frames: frame × "
        "outlet → share of framed sentences; actor-tone: actor × outlet → tone and sentences",
    )
    compare.add_argument(
        "--scheme", choices=FRAME_SCHEMES, default="generic", help="frame scheme for --matrix frames"
    )
    compare.add_argument(
        "--features",
        default="",
        help="feature-name prefixes, comma-separated (e.g. tone.,hedge.); --matrix measures only",
    )
    compare.add_argument(
        "--resamples", type=int, default=DEFAULT_RESAMPLES, help="bootstrap resamples (--matrix measures)"
    )
    compare.add_argument("--format", choices=("table", "csv", "json"), default="table")
    compare.add_argument("-o", "--output", metavar="FILE")
    compare.add_argument(
        "--workers",
        type=int,
        help="processes that compare events in parallel (default: this machine's cores; 1: all in this "
        "process; a corpus of few events is compared in this process)",
    )
    add_db_option(compare)

    coverage_command = commands.add_parser(
        "coverage",
        help="what each outlet of an event carries, leaves out and puts first (information units, "
        "omissions, placement, figures, shared copy)",
    )
    add_input_options(coverage_command)
    coverage_command.add_argument("--event", help="only this event (default: every event)")
    coverage_command.add_argument(
        "--language", choices=tuple(LANGUAGES), default="en", help="of the sentences"
    )
    coverage_command.add_argument("--format", choices=("table", "json"), default="table")
    coverage_command.add_argument("-o", "--output", metavar="FILE")
    add_db_option(coverage_command)

    report = commands.add_parser("report", help="write a self-contained HTML report of the event comparisons")
    add_input_options(report)
    report.add_argument("--event", help="only this event")
    report.add_argument("--resamples", type=int, default=DEFAULT_RESAMPLES)
    report.add_argument(
        "--language",
        choices=tuple(LANGUAGES),
        default="de",
        help="language of the report's labels (default: de)",
    )
    report.add_argument(
        "--guide",
        choices=(*LANGUAGES, "none"),
        help="append the guide to the measures in this language (default: the report's language)",
    )
    report.add_argument("-o", "--output", required=True, metavar="FILE")
    add_db_option(report)

    ingest = commands.add_parser(
        "ingest", help="analyse articles and store them in a DuckDB corpus (or a Parquet dataset folder)"
    )
    add_input_options(ingest)
    ingest.add_argument(
        "--db",
        type=Path,
        help="database file (default framing.duckdb or $FRAMING_DB), or a Parquet dataset folder "
        f"(an existing one; with --dask a new one too, default {DASK_FOLDER}/)",
    )
    ingest.add_argument(
        "--batch-size",
        type=int,
        help=f"articles per stored batch (default {BATCH_SIZE}; {DATASET_BATCH_SIZE} in a dataset folder: "
        "one file per table and partition)",
    )
    ingest.add_argument(
        "--workers",
        type=int,
        help="processes that analyse in parallel (default: this machine's cores; 1: all in this process; "
        "with --dask local: the LocalCluster's worker processes)",
    )
    ingest.add_argument(
        "--dask",
        metavar="ADDRESS",
        help="analyse on a Dask cluster: 'local' (a LocalCluster) or a scheduler, e.g. tcp://scheduler:8786",
    )
    ingest.add_argument(
        "--reanalyze", action="store_true", help="recompute all stored analyses (after a lexicon change)"
    )

    export = commands.add_parser("export", help="export a table of the corpus database")
    export.add_argument("--db", type=Path)
    export.add_argument("--table", choices=TABLES, default="articles")
    export.add_argument("--format", choices=("csv", "json", "parquet"), default="csv")
    export.add_argument("-o", "--output", type=Path, required=True)

    classify = commands.add_parser(
        "classify", help="train, evaluate and apply outlet or own-label classifiers"
    )
    classify.add_argument("action", choices=("evaluate", "train", "apply"))
    add_input_options(classify)
    classify.add_argument(
        "--label-column",
        default="outlet",
        help="what to predict: 'outlet' or a column of the corpus (e.g. frame)",
    )
    classify.add_argument("--features", choices=FEATURE_KINDS, default="both")
    classify.add_argument("--model", type=Path, help="model file to write (train) or read (apply)")
    classify.add_argument("-o", "--output", metavar="FILE", help="predictions as CSV (apply)")
    classify.add_argument(
        "--db",
        type=Path,
        help="evaluate, train: the articles of this corpus database instead of PATH; apply: store the "
        "predictions in it (table 'predictions'; re-applying a model replaces its predictions)",
    )
    classify.add_argument(
        "--model-name",
        help="apply --db: the name predictions are stored under (default: the model file's name)",
    )

    outlets = commands.add_parser("outlets", help="list the outlet registry")
    outlets.add_argument("--outlets", action="append", default=[], metavar="FILE", type=Path)

    app = commands.add_parser("app", help="start the Streamlit app on the demo corpus (or --db)")
    app.add_argument(
        "--db",
        type=Path,
        help="show the articles stored in this corpus database (framing ingest), or Parquet dataset "
        "folder, instead of the demo corpus: its events, one at a time, never analysed again",
    )
    app.add_argument("--port", type=int, help="port to serve on (Streamlit's default 8501)")
    app.add_argument("--address", help="address to serve on (default: all interfaces, as Streamlit)")
    app.add_argument("--headless", action="store_true", help="do not open a browser")
    commands.add_parser("features", help="print the documented feature names (Markdown)")
    return parser


def add_input_options(parser: argparse.ArgumentParser) -> None:
    """PATH arguments and the options of reading them, shared by every command that reads articles."""
    parser.add_argument(
        "paths", nargs="*", metavar="PATH", help="inputs; none (and no --url): the demo corpus"
    )
    parser.add_argument(
        "--url",
        action="append",
        default=[],
        dest="urls",
        metavar="URL",
        help="fetch an article page from the web (http/https, at most --max-mb); repeatable",
    )
    parser.add_argument(
        "--allow-private",
        action="store_true",
        help="let --url fetch from private, loopback and link-local addresses (your own network)",
    )
    parser.add_argument(
        "--timeout", type=float, default=10.0, help="seconds to wait for each --url (default 10)"
    )
    parser.add_argument(
        "--column",
        action="append",
        default=[],
        metavar="FIELD=NAME",
        help="corpus column/key for a field (text, id, outlet, url, title, date, event); repeatable",
    )
    parser.add_argument(
        "--max-mb",
        type=float,
        default=DEFAULT_MAX_MB,
        help=f"largest document file or corpus row, in MB (default {DEFAULT_MAX_MB:g}; env FRAMING_MAX_MB)",
    )
    parser.add_argument(
        "--outlets",
        action="append",
        default=[],
        metavar="FILE",
        type=Path,
        help="an extra outlet registry file (TOML, same shape as data/registries/outlets.toml)",
    )
    parser.add_argument(
        "--segmenter",
        choices=("rules", "somajo"),
        default="rules",
        help="sentence/token engine (somajo needs the optional extra)",
    )


def add_db_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--db",
        type=Path,
        help="compare the articles stored in this corpus database (framing ingest) instead of PATH: "
        "nothing is analysed again, and the events stored there are used (found and stored if none)",
    )


@contextmanager
def stored_corpus(args: argparse.Namespace) -> Iterator[StoredCorpus]:
    """The corpus database of ``--db`` opened for comparing; PATH and --url are refused beside it."""
    from .store import Store
    from .stored import MEMORY_LIMIT, StoredCorpus

    if args.paths or args.urls:
        raise FramingError("give either PATH/--url or --db, not both")
    if not args.db.exists():
        raise FramingError(f"no database at {args.db}; create one with `framing ingest --db {args.db}`")
    with Store(args.db, memory_limit=MEMORY_LIMIT) as store:
        corpus = StoredCorpus(store)
        if not store.con.execute("SELECT count(*) FROM articles").fetchall()[0][0]:
            raise FramingError(f"{args.db}: no article stored")
        yield corpus


def ensure_stored_events(corpus: StoredCorpus) -> None:
    """The store's events grouped and stored first where an article has none (with progress)."""
    with Progress("grouping events") as progress:
        corpus.ensure_events(progress=progress)


def stored_events(
    corpus: StoredCorpus, event: str | None, full: bool, command: str | None = None
) -> Iterator[tuple[str, list[Doc]]]:
    """One stored event's articles (``event``), or every event's, one event at a time; events are
    found and stored first where an article has none. With ``command`` (a whole-corpus report or
    coverage) more than EVENTS_AT_ONCE events are refused: one file of thousands of events is read
    by no one, and their figures compared across events pair every article with every other."""
    ensure_stored_events(corpus)
    if event:
        yield event, corpus.docs(corpus.event_ids(event), full)
        return
    count = len(corpus.events()) if command else 0
    if count > EVENTS_AT_ONCE:
        raise FramingError(
            f"the store holds {count:,} events; `framing {command}` covers at most {EVENTS_AT_ONCE} at once: "
            f"choose one with --event NAME (`framing events --db {corpus.store.path}` lists them)"
        )
    yield from corpus.event_docs(full)


def analysis_options(args: argparse.Namespace) -> AnalysisOptions:
    """The reading and analysis options given by ``add_input_options`` arguments."""
    from .ingest import ColumnMap, IngestOptions
    from .pipeline import AnalysisOptions

    if args.max_mb <= 0:
        raise FramingError("--max-mb must be positive")
    return AnalysisOptions(
        ingest=IngestOptions(max_mb=args.max_mb, columns=ColumnMap.parse(args.column)),
        outlet_files=tuple(args.outlets),
        segmenter=args.segmenter,
    )


def input_documents(args: argparse.Namespace, options: AnalysisOptions) -> Iterable[RawDocument | Skipped]:
    """The documents of PATH and --url arguments, or the demo corpus when there are none.

    URLs are fetched first, so a URL that fails stops the command before anything is analysed or stored.
    """
    from .ingest import check_paths, read_inputs
    from .pipeline import demo_documents

    if not args.paths and not args.urls:
        return demo_documents()
    check_paths(args.paths)
    if not 0 < args.timeout <= MAX_TIMEOUT:
        raise FramingError(f"--timeout must be above 0 and at most {MAX_TIMEOUT} seconds")
    fetched = []
    if args.urls:  # the fetcher's modules (http.client, ssl, email: about 20 ms) only for a --url
        from .ingest.fetch import FetchError, fetch_document
    for url in args.urls:
        try:
            fetched.append(
                fetch_document(
                    url,
                    timeout=args.timeout,
                    max_bytes=options.ingest.max_bytes,
                    allow_private=args.allow_private,
                )
            )
        except FetchError as error:
            raise FetchError(f"{url}: {error}") from None
    return chain(fetched, read_inputs(args.paths, options.ingest))


def load_analysis(args: argparse.Namespace, need_articles: bool = False) -> Analysis:
    """Read (or fetch) and analyse the inputs, with progress on stderr (see ``framing.progress``).

    Skipped inputs are listed on stderr; so are the articles' warnings (language, date, outlet) for
    the commands whose output has no place for them. ``need_articles``: no article left is an error."""
    from .pipeline import Analysis, analyze_stream

    options = analysis_options(args)
    analysis = Analysis()
    with Progress("analysing") as progress:
        stream = analyze_stream(input_documents(args, options), options, analysis.skipped)
        analysis.docs = list(progress.iterate(stream))
    list_skipped(analysis.skipped)
    if need_articles:
        warned = [(doc.article.source, w) for doc in analysis.docs for w in doc.article.warnings]
        if warned:
            print(f"framing: {len(warned)} warning(s) about the articles:", file=sys.stderr)
            for source, warning in warned:
                print(f"  {source}: {warning}", file=sys.stderr)
        if not analysis.docs:
            raise FramingError("no article to work on: every input was skipped (reasons above)")
    return analysis


def list_skipped(skipped: list[Skipped]) -> None:
    """The skipped inputs and why, on stderr."""
    if skipped:
        print(f"framing: skipped {len(skipped)} input(s):", file=sys.stderr)
        for item in skipped:
            print(f"  {item.source}: {item.reason}", file=sys.stderr)


def grouped(docs: list[Doc], options: EventOptions | None = None) -> dict[str, list[Doc]]:
    """``assign_events`` with progress on stderr."""
    from .compare.events import EventOptions, assign_events

    with Progress("grouping events") as progress:
        return assign_events(docs, options or EventOptions(), progress)


def in_order(events: dict[str, list[Doc]]) -> dict[str, list[Doc]]:
    """Events by name, their articles by id: the order of the stored corpus (``--db``), so files and
    store give the same output whatever order the files came in."""
    return {name: sorted(events[name], key=lambda doc: doc.article.id) for name in sorted(events)}


def select_event(docs: list[Doc], event: str | None) -> list[Doc]:
    """Fill missing events by clustering, then keep one event's articles if asked."""
    events = grouped(docs)
    if not event:
        return docs
    if event not in events:
        raise FramingError(f"unknown event {event!r}; events found: {', '.join(sorted(events))}")
    return events[event]


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        code = COMMANDS[args.command](args)
        sys.stdout.flush()  # a closed pipe shows here, inside the handlers below
        return code
    except BrokenPipeError:
        # the reader went away (`framing outlets | head`): stop quietly, as Unix tools do
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 141
    except FramingError as error:
        print(f"framing: error: {error}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print("framing: interrupted", file=sys.stderr)
        return 130


def run_analyze(args: argparse.Namespace) -> int:
    """Analyse and write article by article (CSV and JSON): memory stays flat however many articles."""
    from .output import to_table, write_csv, write_json
    from .pipeline import analyze_stream

    if args.format == "table":
        analysis = load_analysis(args)
        write_analysis(lambda out: out.write(to_table(analysis)), args.output)
        skipped, count = analysis.skipped, len(analysis.docs)
    else:
        options = analysis_options(args)
        skipped = []
        with Progress("analysing") as progress:
            stream = progress.iterate(analyze_stream(input_documents(args, options), options, skipped))
            # the first article loads every data file: a user's broken lexicon or rule stops the
            # command here, before any output is written
            first = next(stream, None)
            docs = chain([first] if first is not None else [], stream)
            if args.format == "json":
                count = write_bytes(lambda out: write_json(docs, skipped, out), args.output)
            else:
                count = write_analysis(lambda out: write_csv(docs, out), args.output)
        list_skipped(skipped)
    if skipped:
        print(f"framing: skipped {len(skipped)} input(s); see 'skipped' in the output", file=sys.stderr)
    if not count:
        print("framing: warning: no article could be read", file=sys.stderr)
    return 0


def write_analysis(render: Callable[[TextIO], Rendered], output: str | None) -> Rendered:
    """``render(out)`` to stdout, or to ``output`` through a temporary file renamed at the end (an
    interrupted run leaves no half-written file)."""
    if not output:
        return render(sys.stdout)
    return _write_file(output, lambda path: path.open("w", encoding="utf-8"), render)


def write_bytes(render: Callable[[BinaryIO], Rendered], output: str | None) -> Rendered:
    """``write_analysis`` for a rendering that writes UTF-8 bytes (the JSON: orjson's bytes written as
    they are): to stdout's byte stream (``binary_stdout``) or to ``output``, opened as a binary file (the
    same bytes as stdout's on every platform: no line ends translated)."""
    if not output:
        return render(binary_stdout())
    return _write_file(output, lambda path: path.open("wb"), render)


def _write_file(
    output: str,
    opened: Callable[[Path], Stream],
    render: Callable[[Stream], Rendered],
) -> Rendered:
    target = Path(output)
    temporary = target.with_name(f".{target.name}.{os.getpid()}.tmp")
    try:
        handle = opened(temporary)
        with handle:
            result = render(handle)
        os.replace(temporary, target)
    except OSError as error:
        temporary.unlink(missing_ok=True)
        raise FramingError(f"cannot write {output}: {error.strerror}") from error
    except BaseException:
        temporary.unlink(missing_ok=True)
        raise
    return result


def binary_stdout() -> BinaryIO:
    """Where UTF-8 bytes for stdout go: the byte stream under ``sys.stdout`` (its pending text flushed
    first), which writes them as they are when stdout's encoding is UTF-8; otherwise (another encoding,
    or a text stream without bytes under it, as a ``StringIO`` put in its place) a writer that decodes
    them and gives ``sys.stdout`` the text, as a text rendering would."""
    stream = sys.stdout
    buffer = getattr(stream, "buffer", None)
    encoding = getattr(stream, "encoding", None) or "ascii"
    if isinstance(buffer, io.BufferedIOBase) and codecs.lookup(encoding).name == "utf-8":
        stream.flush()
        return cast(BinaryIO, buffer)
    return cast(BinaryIO, _DecodingWriter(stream))


class _DecodingWriter:
    """UTF-8 bytes written to a text stream as text (a character cut between two writes waits)."""

    def __init__(self, stream: TextIO) -> None:
        self.stream = stream
        self.decoder = codecs.getincrementaldecoder("utf-8")()

    def write(self, data: bytes) -> int:
        self.stream.write(self.decoder.decode(data))
        return len(data)


def run_outlets(args: argparse.Namespace) -> int:
    from .outlets import load_registry

    registry = load_registry(tuple(args.outlets))
    rows = [
        (o.id, o.name, o.type, o.country or "", ", ".join(o.domains), o.owner or "")
        for o in sorted(registry, key=lambda o: o.id)
    ]
    header = ("id", "name", "type", "country", "domains", "owner")
    widths = [max(len(r[i]) for r in [header, *rows]) for i in range(len(header) - 1)]
    for row in [header, *rows]:
        print("  ".join(cell.ljust(width) for cell, width in zip(row[:-1], widths, strict=True)), row[-1])
    print(f"\n{len(registry)} outlets from {'; '.join(registry.sources)}")
    return 0


def run_app(args: argparse.Namespace) -> int:
    """Start the app in this process, after loading what its first page needs (registries, cleaning
    rules, language model, lexicons): the first browser session then starts without that wait."""
    app = Path(__file__).resolve().parent.parent / "streamlit_app.py"
    if not app.is_file():
        raise FramingError("streamlit_app.py not found: run `framing app` from a source checkout")
    from streamlit.web import cli as streamlit_cli

    from .app.state import DB_VARIABLE, preload

    if args.db:  # refused here, in one line, if missing, damaged or not framing's
        from .app.stored_corpus import open_stored

        open_stored(args.db).store.close()
        os.environ[DB_VARIABLE] = str(args.db.resolve())
    print("framing: loading lexicons and models …", file=sys.stderr)
    preload()
    options = ["--server.showEmailPrompt", "false", "--browser.gatherUsageStats", "false"]
    if args.port:
        options += ["--server.port", str(args.port)]
    if args.address:
        options += ["--server.address", args.address]
    if args.headless:
        options += ["--server.headless", "true"]
    return streamlit_cli.main(["run", str(app), *options], prog_name="streamlit", standalone_mode=False) or 0


def write(text: str, output: str | None) -> None:
    if not output:
        sys.stdout.write(text)
        return
    try:
        Path(output).write_text(text, encoding="utf-8")
    except OSError as error:
        raise FramingError(f"cannot write {output}: {error.strerror}") from error


def run_events(args: argparse.Namespace) -> int:
    from .compare.events import EventOptions, event_digest, event_reasons

    options = EventOptions(threshold=args.threshold)
    if args.db:
        return _stored_events(args, options)
    if args.rename or args.merge or args.split:
        raise FramingError(
            "--rename, --merge and --split edit the events stored in a corpus database: add --db"
        )
    docs = load_analysis(args, need_articles=True).docs
    events = grouped(docs, options)
    reasons = event_reasons(docs)
    listing = {
        name: (
            reasons[name],
            [
                (d.article.id, d.article.outlet, d.article.title, d.article.date, d.article.source)
                for d in members
            ],
        )
        for name, members in events.items()
    }
    digests = {
        name: reason for name, members in events.items() if (reason := event_digest(members, args.language))
    }
    _list_events(listing, args.format, args.language, digests)
    return 0


def _stored_events(args: argparse.Namespace, options: EventOptions) -> int:
    """``framing events --db``: group and store, or edit the stored events; then list them."""
    if (args.rename or args.merge or args.split) and args.db.is_dir():
        raise FramingError(
            f"{args.db}: a Parquet dataset's events are grouped afresh by each command and cannot be "
            "edited; to store and edit events, ingest into a DuckDB file (framing ingest --db FILE.duckdb)"
        )
    with stored_corpus(args) as corpus:
        if args.rename:
            corpus.rename(*args.rename)
        elif args.merge:
            corpus.merge(args.merge, args.name)
        elif args.split:
            corpus.split(args.split, [a for a in args.articles.split(",") if a], args.name)
        else:
            with Progress("grouping events") as progress:
                corpus.find_events(options, progress)
        members = corpus.members()
        listing = {name: (event.reason, members[name]) for name, event in corpus.events().items()}
        digests = corpus.digest_events(args.language)
    _list_events(listing, args.format, args.language, digests)
    return 0


def _list_events(
    listing: dict[str, tuple], fmt: str, language: str, digests: dict[str, str] | None = None
) -> None:
    """Each event's reason and articles (id, outlet, title, date, source) as JSON or as text, its
    sentences in ``language``; the ``digests`` (event name → why it is one), kept out of the grouping,
    marked in JSON ("digest") and listed after the events in text."""
    from .compare.events import reason_text

    digests = digests or {}
    if fmt == "json":
        payload = {
            name: {
                "id": reason.id,
                "reason": reason.to_dict(),
                **({"digest": digests[name]} if name in digests else {}),
                "articles": [
                    {"id": aid, "outlet": outlet, "title": title, "date": date, "source": source}
                    for aid, outlet, title, date, source in members
                ],
            }
            for name, (reason, members) in listing.items()
        }
        write(json.dumps(payload, ensure_ascii=False, indent=2) + "\n", None)
        return
    for name, (reason, members) in listing.items():
        if name not in digests:
            print(f"{name}  [{reason.id}]  {reason_text(reason, language)}")
            for _, outlet, title, date, source in members:
                print(f"  {outlet or '?':<24} {date or '':<10} {title or source}")
    if digests:
        print(
            t(
                "text.events.digest" if len(digests) == 1 else "text.events.digests",
                language,
                count=len(digests),
            )
        )
        width = max(map(len, digests.values()))  # the German reasons are longer than the English
        for name, why in digests.items():
            for _, outlet, title, date, source in listing[name][1]:
                print(f"  {why:<{width}} {outlet or '?':<24} {date or '':<10} {title or source}")


def run_keyness(args: argparse.Namespace) -> int:
    from .compare.keyness import keyness_by_outlet

    options = {"min_g2": args.min_g2, "min_frequency": args.min_frequency, "top": args.top}
    if args.db:
        from collections import Counter

        from .compare.keyness import keywords_of

        with stored_corpus(args) as corpus:
            if args.event:
                corpus.ensure_events()
            counts = corpus.lemma_counts(corpus.event_ids(args.event) if args.event else None)
        _two_outlets(set(counts))
        total_lemmas = sum((lemmas for lemmas, _ in counts.values()), Counter())
        result = {
            outlet: keywords_of(lemmas, forms, total_lemmas - lemmas, **options)
            for outlet, (lemmas, forms) in sorted(counts.items())
        }
    else:
        docs = select_event(load_analysis(args, need_articles=True).docs, args.event)
        _two_outlets({d.article.outlet for d in docs})
        result = keyness_by_outlet(docs, **options)
    for outlet, keywords in result.items():
        limits = f"G² ≥ {args.min_g2:g} and frequency ≥ {args.min_frequency}"
        print(f"{outlet}: {len(keywords)} keyword(s) with {limits}")
        for k in keywords:
            print(
                f"  {k.lemma:<24} G²={k.g2:7.2f}  log ratio={k.log_ratio:+.2f}  {k.target_count}× here, "
                f"{k.reference_count}× elsewhere  ({', '.join(k.examples)})"
            )
    return 0


def _two_outlets(outlets: set) -> None:
    if len(outlets) < 2:
        raise FramingError("keyness compares outlets: the selection has articles from fewer than two outlets")


def run_compare(args: argparse.Namespace) -> int:
    """One matrix for the chosen event (or all articles); the measures table per event, each with its
    header, with the measures' reader names beside their feature names."""
    if args.matrix != "measures":
        return _run_matrix(args)
    from .parallel import comparing_pool, default_workers

    workers = default_workers() if args.workers is None else args.workers
    if workers < 1:
        raise FramingError("--workers must be at least 1")
    with comparing_pool(1 if args.event else workers) as pool:  # one event is one batch
        return _run_measures(args, pool, workers)


def _run_matrix(args: argparse.Namespace) -> int:
    """A word-choice, voices, camps, frames or actor-tone matrix of the chosen event (or all)."""
    if args.db:
        with stored_corpus(args) as corpus:
            if args.event:
                corpus.ensure_events()
            return _write_matrix(
                corpus.docs(corpus.event_ids(args.event) if args.event else None, full=True), args
            )
    docs = load_analysis(args, need_articles=True).docs  # articles by id, as the store gives them
    return _write_matrix(sorted(select_event(docs, args.event), key=lambda doc: doc.article.id), args)


def _run_measures(args: argparse.Namespace, pool: Executor | None, workers: int) -> int:
    """The measures rows of each event (or the chosen one), from the store or from files."""
    from .stored import MEASURES_MEMORY_LIMIT

    prefixes = tuple(p for p in args.features.split(",") if p)
    if args.db:
        with stored_corpus(args) as corpus:
            features = corpus.feature_names(prefixes)
            _check_features(features, args.features)
            ensure_stored_events(corpus)
            corpus.store.limit_memory(MEASURES_MEMORY_LIMIT)
            return _write_measures(corpus.event_groups(features, args.event), features, args, pool, workers)
    docs = load_analysis(args, need_articles=True).docs
    events = {args.event: select_event(docs, args.event)} if args.event else grouped(docs)
    features = sorted({n for d in docs for n in d.features if not prefixes or n.startswith(prefixes)})
    _check_features(features, args.features)
    from .compare.stats import outlet_groups

    groups = (
        (name, len(members), outlet_groups(members, features)) for name, members in in_order(events).items()
    )
    return _write_measures(groups, features, args, pool, workers)


def _check_features(features: list[str], asked: str) -> None:
    if not features:
        raise FramingError(f"no features match {asked!r}; see `framing features`")


def _write_matrix(docs: list[Doc], args: argparse.Namespace) -> int:
    from .compare.matrices import MATRICES as MATRIX_OF
    from .compare.matrices import frame_matrix

    matrix = frame_matrix(docs, args.scheme) if args.matrix == "frames" else MATRIX_OF[args.matrix](docs)
    if args.format == "table":
        write(matrix.to_table().to_string(index=False) + "\n", args.output)
    else:
        write_frame(matrix.to_frame(), args.format, args.output)
    return 0


def _write_measures(
    events: Iterable[tuple[str, int, dict[str, OutletArticles]]],
    features: list[str],
    args: argparse.Namespace,
    pool: Executor | None,
    workers: int,
) -> int:
    """The measures table of each event (name, articles, its measured articles by outlet) under its
    header, or all as CSV/JSON, written as ``compare_events`` gives its tables of several events
    (memory: those events' rows; in the ``pool``'s worker processes, which also format CSV and JSON
    parts), each row with the measure's reader name beside its feature."""
    import tempfile

    from .compare.measure_rows import MeasureRows, PartWriter, write_parts
    from .parallel import compared_batches

    counts: dict[str, int] = {}

    def counted() -> Iterator[tuple[str, dict[str, OutletArticles]]]:
        for name, count, groups in events:
            counts[name] = count
            yield name, groups

    if args.format == "table":
        finish = MeasureRows.of(_reader_names(features))

        def render(out: TextIO) -> None:
            done = 0
            for names, table in compared_batches(counted(), features, args.resamples, pool, workers, finish):
                by_event = dict(iter(table.groupby("event", sort=False)))
                for name in names:  # each event, also one without rows
                    text = _plain_table(_event_rows(by_event.get(name, table.iloc[:0])))
                    gap = "\n\n" if done else ""
                    out.write(f"{gap}== {name} ({counts[name]} articles) ==\n{text}")
                    done += 1
            out.write("\n")

        write_analysis(render, args.output)
        return 0

    with tempfile.TemporaryDirectory(prefix="framing-compare-") as folder:
        writer = PartWriter(MeasureRows.of(_reader_names(features)), args.format, Path(folder))
        parts = (
            part for _, part in compared_batches(counted(), features, args.resamples, pool, workers, writer)
        )
        write_analysis(lambda out: write_parts(parts, args.format, out), args.output)
    return 0


def _event_rows(rows: pd.DataFrame) -> pd.DataFrame:
    """One event's rows as its table shows them: outlet and measure first, without the event and
    feature names, and the difference columns only where an outlet has others to differ from."""
    from .compare.stats import DIFFERENCE_COLUMNS

    shown = ["outlet", "measure", "value", "low", "high", "articles", "method"]
    if rows.outlet.nunique() > 1 and (rows.method != "none").any():
        shown += DIFFERENCE_COLUMNS
    return rows.reindex(columns=shown).reset_index(drop=True)


def _plain_table(table: pd.DataFrame) -> str:
    """A table as aligned text: texts left, numbers right with three decimals, "–" for none. Plain
    formatting, because pandas' ``to_string`` costs 20 ms per table and ``compare --db`` writes
    one per event (thousands in a large corpus)."""
    columns = []
    for name in table.columns:
        values = table[name].tolist()
        if table[name].dtype.kind in "fc":
            cells = ["–" if value != value else f"{value:.3f}" for value in values]
        else:
            cells = [str(value) for value in values]
        width = max(len(name), *(len(cell) for cell in cells)) if cells else len(name)
        numeric = table[name].dtype.kind in "iufc"
        columns.append([(cell.rjust if numeric else cell.ljust)(width) for cell in [name, *cells]])
    return "\n".join("  ".join(row).rstrip() for row in zip(*columns, strict=True))


def _reader_names(features: list[str]) -> list[str]:
    """Each feature's reader name (its description where it has none)."""
    from .measures import feature_docs

    described = feature_docs()
    return [reader_name("measure", f, "en", described.get(f, f)) for f in features]


def run_coverage(args: argparse.Namespace) -> int:
    from .compare.coverage import coverage
    from .compare.numbers import compare_quantities

    if args.db:
        with stored_corpus(args) as corpus:
            results = {
                name: coverage(members)
                for name, members in stored_events(corpus, args.event, True, "coverage")
            }
            across = compare_quantities(corpus.docs(full=True)) if not args.event and len(results) > 1 else []
    else:
        docs = load_analysis(args, need_articles=True).docs
        events = grouped(docs) if not args.event else {args.event: select_event(docs, args.event)}
        results = {name: coverage(members) for name, members in in_order(events).items()}
        across = compare_quantities(docs) if not args.event and len(events) > 1 else []
    if args.format == "json":
        payload = {
            "events": {name: result.to_dict() for name, result in results.items()},
            "across_events": {"number_comparisons": [c.to_dict() for c in across]},
        }
        write(json.dumps(payload, ensure_ascii=False, indent=2) + "\n", args.output)
        return 0
    parts = [coverage_text(name, result, args.language) for name, result in results.items()]
    if across:
        lines = _comparison_lines(across, args.language)
        parts.append(t("text.cov.across", args.language) + "\n" + "\n".join(lines) + "\n")
    write("\n".join(parts), args.output)
    return 0


def _comparison_lines(comparisons: list[QuantityComparison], language: str) -> list[str]:
    """Each comparison of figures, then each outlet's figure with its year and sentence."""
    lines = []
    for comparison in comparisons:
        status = t(f"cov.status.{comparison.status}", language)
        title = t("cov.comparison", language, measure=comparison.measure, unit=comparison.unit, status=status)
        lines.append(f"  {title}")
        for value in comparison.values:
            year = f", {value.year}" if value.year else ""
            lines.append(f"    {value.outlet}: {value.text}{year} — {_cut(value.sentence, 140)}")
    return lines


def coverage_text(name: str, result: Coverage, language: str) -> str:
    """One event's coverage as plain text in ``language`` (the strings of ``i18n``): the unit × outlet
    matrix, the omissions ranked by unit, figures compared, shared copy, wire credits and the leads."""
    units, shared = len(result.units), len(result.shared_units())
    lines = [t("text.cov.heading", language, name=name, units=units, shared=shared), ""]
    header = " ".join(f"{outlet[:12]:>12}" for outlet in result.outlets)
    lines.append(f"{t('cov.unit', language):<60} {header}")
    matrix = result.matrix()
    for unit in sorted(result.units, key=lambda u: (-len(u.outlets), u.id)):
        cells = " ".join(f"{'✓' if matrix[unit.id][o] else '·':>12}" for o in result.outlets)
        lines.append(f"{_cut(unit.label, 60):<60} {cells}")
    lines += ["", t("text.cov.omissions" if result.missing else "text.cov.no_omissions", language)]
    for number, entry in enumerate(result.missing, 1):
        carried = entry.carried(len(result.outlets), language)
        lines.append(f"  {number}. “{entry.label}” — {carried}")
    lines += ["", t("text.cov.figures" if result.number_comparisons else "text.cov.no_figures", language)]
    lines += _comparison_lines(result.number_comparisons, language)
    lines += ["", t("text.cov.shared" if result.shared else "text.cov.no_shared", language)]
    for passage in result.shared:
        quoted = percent(passage.quoted_share, language)
        text = _cut(passage.text, 120)
        values = {"a": passage.a_outlet, "b": passage.b_outlet, "words": passage.words, "quoted": quoted}
        lines.append("  " + t("text.cov.passage", language, direction=passage.direction, text=text, **values))
    credits = [
        f"{placement.outlet}: {credit.agency} ({t(f'cov.kind.{credit.kind}', language)})"
        for placement in result.placement
        for credit in result.credits.get(placement.article, [])
    ]
    none = t("text.cov.none", language)
    lines.append(t("text.cov.credits", language, credits="; ".join(credits) if credits else none))
    lines += ["", t("text.cov.leads", language)]
    for placement in result.placement:
        source = f" ({placement.first_voice_source})" if placement.first_voice_source else ""
        first = placement.first_voice
        voice = t("text.cov.first_voice", language, voice=f"{first}{source}") if first else ""
        headline = placement.headline or t("text.cov.no_headline", language)
        lines.append(f"  {placement.outlet}: {headline}{voice}")
        lines.append(f"    {_cut(placement.lead, 200)}")
    return "\n".join(lines) + "\n"


def _cut(text: str, width: int) -> str:
    text = " ".join(text.split())
    return text if len(text) <= width else text[: width - 1] + "…"


def write_frame(table: pd.DataFrame, fmt: str, output: str | None) -> None:
    """A table as CSV (texts a spreadsheet would run as formulas neutralised) or as JSON records."""
    if fmt == "csv":
        write(spreadsheet.frame(table).to_csv(index=False), output)
    else:
        write(table.to_json(orient="records", force_ascii=False, indent=2) + "\n", output)


def run_classify(args: argparse.Namespace) -> int:
    import pandas as pd

    from .classify import SavedModel, evaluate, train
    from .store import Store

    if args.db and args.action != "apply":
        with stored_corpus(args) as corpus:
            ensure_stored_events(corpus)
            docs = corpus.docs(full=True)
    else:
        docs = load_analysis(args).docs
    if args.action == "apply":
        if not args.model:
            raise FramingError("classify apply needs --model FILE")
        model = SavedModel.load(args.model)
        predictions = [
            (d.article.id, d.article.source, label, p)
            for d, (label, p) in zip(docs, model.predict(docs), strict=True)
        ]
        if args.db:
            name = args.model_name or args.model.name
            with Store(args.db) as store:
                count = store.save_predictions(name, predictions)
            print(f"{store.path}: {count} predictions of model {name!r} stored")
            if not args.output:
                return 0
        table = pd.DataFrame(predictions, columns=["id", "source", "prediction", "probability"])
        write(spreadsheet.frame(table).to_csv(index=False, float_format="%.3f"), args.output)
        return 0
    labels = [_label(doc, args.label_column) for doc in docs]
    missing = labels.count("")
    if missing:
        raise FramingError(f"{missing} article(s) have no '{args.label_column}' label")
    if not args.db:
        grouped(docs)
    with Progress("cross-validation", unit="folds") as progress:
        evaluation = evaluate(docs, labels, kind=args.features, progress=progress)
    print(evaluation.summary())
    print("ablation (macro-F1): " + ", ".join(f"{k} {v:.2f}" for k, v in evaluation.ablation.items()))
    print("confusion (rows true, columns predicted): " + " | ".join(evaluation.labels))
    for label, row in zip(evaluation.labels, evaluation.confusion, strict=True):
        print(f"  {label:<24} {row}")
    for label, features in evaluation.indicative.items():
        print(f"  most indicative for {label}: " + "; ".join(name for name, _ in features[:6]))
    for warning in evaluation.leakage:
        print(f"  leakage warning: {warning}")
    if args.action == "train":
        if not args.model:
            raise FramingError("classify train needs --model FILE")
        train(docs, labels, kind=args.features, evaluation=evaluation).save(args.model)
        print(f"model saved to {args.model} (metadata in {args.model}.json)")
    return 0


def _label(doc: Doc, column: str) -> str:
    """The article's label in ``column`` (its outlet, or a metadata field), "" when it has none."""
    if column == "outlet":
        return doc.article.outlet or ""
    value = doc.article.all_metadata().get(column)
    return str(value) if value not in (None, "") else ""


def run_ingest(args: argparse.Namespace) -> int:
    from .parallel import analysed_batches, default_workers
    from .store import INGEST_MEMORY_LIMIT, Store, default_path

    workers = default_workers() if args.workers is None else args.workers
    path = args.db or (Path(DASK_FOLDER) if args.dask else default_path())
    folder = path.is_dir() or (bool(args.dask) and not path.exists() and path.suffix != ".duckdb")
    batch_size = args.batch_size
    if batch_size is None:
        batch_size = DATASET_BATCH_SIZE if folder else BATCH_SIZE
    dataset = None
    if folder:
        from .dataset import Dataset

        dataset = Dataset(path, create=not args.reanalyze)
    store = dataset if dataset is not None else Store(path, memory_limit=INGEST_MEMORY_LIMIT)
    with store:
        if args.reanalyze:
            print(f"re-analysed {store.reanalyze(batch_size)} stored articles in {store.path}")
            return 0
        if batch_size < 1 or workers < 1:
            raise FramingError("--batch-size and --workers must be at least 1")
        options = analysis_options(args)
        skipped: list[Skipped] = []
        documents = input_documents(args, options)
        with _executor(args.dask, workers) as (cluster, workers), Progress("ingest") as progress:
            batches = analysed_batches(documents, options, batch_size, workers, skipped, cluster)
            counts = store.ingest_rows(_counted(batches, progress), progress)
    summary = f"{counts['new']} new, {counts['already stored']} already stored, {len(skipped)} skipped"
    print(f"{store.path}: {summary}")
    if dataset is not None and dataset.mixed_versions:
        print(f"  note: {store.path} also holds articles of other framing or data versions (see _meta.json)")
    for item in skipped:
        print(f"  skipped {item.source}: {item.reason}")
    return 0


def _executor(address: str | None, workers: int) -> AbstractContextManager[tuple[Executor | None, int]]:
    """The Dask cluster to analyse on (``framing.cluster``) and its tasks at once, or none."""
    if not address:
        return nullcontext((None, workers))
    from .cluster import dask_executor

    return dask_executor(address, workers)


def _counted(batches: Iterable[RowBatch], progress: Progress) -> Iterator[RowBatch]:
    for batch in batches:
        progress.update(len(batch.ids) + batch.duplicates)
        yield batch


def run_export(args: argparse.Namespace) -> int:
    from .store import Store, default_path

    if not (args.db or default_path()).exists():
        raise FramingError(f"no database at {args.db or default_path()}; create one with `framing ingest`")
    with Store(args.db) as store:
        rows = store.export(args.table, args.format, args.output)
    print(f"exported {rows} rows of {args.table} to {args.output}")
    return 0


def run_report(args: argparse.Namespace) -> int:
    from .report import render_report

    if args.db:
        with stored_corpus(args) as corpus:
            events = dict(stored_events(corpus, args.event, full=True, command="report"))
    else:
        docs = load_analysis(args, need_articles=True).docs
        events = grouped(docs)
        if args.event:
            if args.event not in events:
                raise FramingError(f"unknown event {args.event!r}; events found: {', '.join(sorted(events))}")
            events = {args.event: events[args.event]}
        events = in_order(events)
    with Progress("report", unit="events") as progress:
        guide = None if args.guide == "none" else (args.guide or args.language)
        html = render_report(
            events, resamples=args.resamples, progress=progress, guide=guide, language=args.language
        )
    write(html, args.output)
    print(f"report with {len(events)} event(s) written to {args.output}")
    return 0


def run_features(_: argparse.Namespace) -> int:
    from .docs import features_markdown

    print(features_markdown())
    return 0


COMMANDS = {
    "analyze": run_analyze,
    "outlets": run_outlets,
    "app": run_app,
    "events": run_events,
    "keyness": run_keyness,
    "compare": run_compare,
    "coverage": run_coverage,
    "classify": run_classify,
    "features": run_features,
    "ingest": run_ingest,
    "report": run_report,
    "export": run_export,
}

if __name__ == "__main__":
    sys.exit(main())
