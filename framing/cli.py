"""The ``framing`` command. User mistakes end with exit code 2 and one clear line on stderr."""

from __future__ import annotations

import argparse
import subprocess
import sys
from pathlib import Path

from . import __version__
from .errors import FramingError
from .ingest import DEFAULT_MAX_MB, ColumnMap, IngestOptions
from .outlets import load_registry
from .output import to_csv, to_json, to_table
from .pipeline import AnalysisOptions, analyze_paths

FORMATTERS = {"json": to_json, "csv": to_csv, "table": to_table}


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="framing", description="Analyse source bias and framing in (German) news articles."
    )
    parser.add_argument("--version", action="version", version=f"framing {__version__}")
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    analyze = commands.add_parser(
        "analyze",
        help="read, clean and analyse articles",
        description="Read articles (.txt, .html, .csv, .json, .jsonl, folders, '-' for stdin), "
        "remove boilerplate and analyse them. Without PATH: the bundled demo corpus.",
    )
    analyze.add_argument("paths", nargs="*", metavar="PATH")
    analyze.add_argument("--format", choices=sorted(FORMATTERS), default="json")
    analyze.add_argument("-o", "--output", metavar="FILE", help="write here instead of stdout")
    analyze.add_argument(
        "--column",
        action="append",
        default=[],
        metavar="FIELD=NAME",
        help="corpus column/key for a field (text, id, outlet, url, title, date, event); repeatable",
    )
    analyze.add_argument(
        "--max-mb",
        type=float,
        default=DEFAULT_MAX_MB,
        help=f"largest document file or corpus row to read, in MB (default {DEFAULT_MAX_MB:g}; "
        "env FRAMING_MAX_MB)",
    )
    analyze.add_argument(
        "--outlets",
        action="append",
        default=[],
        metavar="FILE",
        type=Path,
        help="an extra outlet registry file (TOML, same shape as data/registries/outlets.toml)",
    )
    analyze.add_argument(
        "--segmenter",
        choices=("rules", "somajo"),
        default="rules",
        help="sentence/token engine (somajo needs the optional extra)",
    )

    outlets = commands.add_parser("outlets", help="list the outlet registry")
    outlets.add_argument("--outlets", action="append", default=[], metavar="FILE", type=Path)

    commands.add_parser("app", help="start the Streamlit app on the demo corpus")
    return parser


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        return COMMANDS[args.command](args)
    except FramingError as error:
        print(f"framing: error: {error}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print("framing: interrupted", file=sys.stderr)
        return 130


def run_analyze(args: argparse.Namespace) -> int:
    if args.max_mb <= 0:
        raise FramingError("--max-mb must be positive")
    options = AnalysisOptions(
        ingest=IngestOptions(max_mb=args.max_mb, columns=ColumnMap.parse(args.column)),
        outlet_files=tuple(args.outlets),
        segmenter=args.segmenter,
    )
    analysis = analyze_paths(args.paths, options)
    rendered = FORMATTERS[args.format](analysis)
    if args.output:
        try:
            Path(args.output).write_text(rendered, encoding="utf-8")
        except OSError as error:
            raise FramingError(f"cannot write {args.output}: {error.strerror}") from error
    else:
        sys.stdout.write(rendered)
    if analysis.skipped:
        print(
            f"framing: skipped {len(analysis.skipped)} input(s); see 'skipped' in the output", file=sys.stderr
        )
    if not analysis.docs:
        print("framing: warning: no article could be read", file=sys.stderr)
    return 0


def run_outlets(args: argparse.Namespace) -> int:
    registry = load_registry(tuple(args.outlets))
    rows = [(o.id, o.name, o.type, ", ".join(o.domains)) for o in sorted(registry, key=lambda o: o.id)]
    header = ("id", "name", "type", "domains")
    widths = [max(len(r[i]) for r in [header, *rows]) for i in range(3)]
    for row in [header, *rows]:
        print("  ".join(cell.ljust(width) for cell, width in zip(row[:3], widths, strict=True)), row[3])
    print(f"\n{len(registry)} outlets from {'; '.join(registry.sources)}")
    return 0


def run_app(_: argparse.Namespace) -> int:
    app = Path(__file__).resolve().parent.parent / "streamlit_app.py"
    if not app.is_file():
        raise FramingError("streamlit_app.py not found: run `framing app` from a source checkout")
    command = [sys.executable, "-m", "streamlit", "run", str(app)]
    command += ["--server.showEmailPrompt", "false", "--browser.gatherUsageStats", "false"]
    return subprocess.call(command)


COMMANDS = {"analyze": run_analyze, "outlets": run_outlets, "app": run_app}

if __name__ == "__main__":
    sys.exit(main())
