"""The optional compiled build (README, "Compiled build"): the wheel builds with mypyc from a copy of
the sources, its analysing modules are C extensions, and it writes byte for byte what the pure-Python
package writes for the demo corpus."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import sysconfig
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
COMPILED = (
    "framing.segment",
    "framing.speakers",
    "framing.measures.sourcing",
    "framing.measures.tone",
    "framing.model",
    "framing.pipeline",
    "framing.language",
    "framing.clean",
    "framing.outlets",
    "framing.output",
)


def _missing_tool() -> str | None:
    """What this machine lacks to compile C extensions, if anything."""
    if shutil.which(os.environ.get("CC", "cc")) is None:
        return "a C compiler (cc)"
    if not (Path(sysconfig.get_paths()["include"]) / "Python.h").exists():
        return "Python's C headers (Python.h)"
    return None


def _run(command: list[str], cwd: Path, **env: str) -> subprocess.CompletedProcess[str]:
    """Run ``command`` in ``cwd`` with this interpreter's environment plus ``env``; fail with its output."""
    done = subprocess.run(command, cwd=cwd, env={**os.environ, **env}, capture_output=True, text=True)
    assert done.returncode == 0, f"{' '.join(command)} failed:\n{done.stdout}\n{done.stderr}"
    return done


@pytest.fixture(scope="module")
def compiled(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A folder holding the compiled wheel installed (built offline from a copy of the sources, so a
    build cut short never leaves extensions beside the checkout's modules)."""
    missing = _missing_tool()
    if missing:
        pytest.skip(f"the compiled build needs {missing}")
    work = tmp_path_factory.mktemp("compiled")
    source = work / "source"
    source.mkdir()
    for name in ("pyproject.toml", "README.md"):
        shutil.copy(ROOT / name, source / name)
    for name in ("framing", "data"):
        shutil.copytree(ROOT / name, source / name, ignore=shutil.ignore_patterns("__pycache__"))
    pip = [sys.executable, "-m", "pip"]
    _run(
        [*pip, "wheel", "--no-deps", "--no-build-isolation", "-q", "-w", str(work / "dist"), str(source)],
        work,
        HATCH_BUILD_HOOK_ENABLE_MYPYC="true",
        HATCH_BUILD_CLEAN_HOOKS_AFTER="true",
    )
    wheel = next((work / "dist").glob("framing-*.whl"))
    assert "py3-none-any" not in wheel.name  # a wheel for this interpreter and platform
    _run([*pip, "install", "--no-deps", "-q", "--target", str(work / "site"), str(wheel)], work)
    assert not list((source / "framing").rglob("*.so"))  # the build cleaned up after itself
    return work / "site"


def test_the_analysing_modules_are_c_extensions(compiled: Path) -> None:
    show = f"import importlib; print(*(importlib.import_module(m).__file__ for m in {COMPILED!r}))"
    files = _run([sys.executable, "-c", show], compiled.parent, PYTHONPATH=str(compiled)).stdout.split()
    assert len(files) == len(COMPILED)
    assert all(file.startswith(str(compiled)) and file.endswith(".so") for file in files), files


def test_compiled_build_writes_what_the_python_package_writes(compiled: Path) -> None:
    outputs = {}
    for name, path in (("compiled", compiled), ("python", ROOT)):
        for form in ("json", "csv"):
            out = compiled.parent / f"{name}.{form}"
            command = [sys.executable, "-m", "framing", "analyze", "--format", form, "-o", str(out)]
            _run(command, compiled.parent, PYTHONPATH=str(path))
            outputs[name, form] = out.read_bytes()
    assert b"Angriffskrieg" in outputs["python", "json"]  # the demo corpus, analysed
    assert outputs["compiled", "json"] == outputs["python", "json"]
    assert outputs["compiled", "csv"] == outputs["python", "csv"]


def test_compiled_build_documents_the_features_as_the_python_package_does(compiled: Path) -> None:
    """Compiled modules keep no docstring; the family summaries are read from their source files."""
    command = [sys.executable, "-m", "framing", "features"]
    written = {
        name: _run(command, compiled.parent, PYTHONPATH=str(path)).stdout
        for name, path in (("compiled", compiled), ("python", ROOT))
    }
    assert "Sourcing: who is quoted" in written["compiled"]
    assert written["compiled"] == written["python"]


# An article, its objects pickled (as to and from a worker process) and deep-copied, printed as JSON;
# the frozen dataclasses among them (a quote, removed boilerplate, a skipped input, the options, a
# language guess, an outlet resolved with its text signatures and boilerplate rules) come back equal
# to the originals.
ROUND_TRIP = """
import copy, json, pickle
from framing.ingest import RawDocument
from framing.language import detect_language
from framing.model import Skipped
from framing.outlets import load_registry
from framing.output import article_record
from framing.pipeline import AnalysisOptions, analyze_article, prepare
text = ("Streit um den Haushalt\\n\\n„Wir werden die Steuern nicht erhöhen“, sagte Finanzminister Christian "
        "Lindner am Montag in Berlin.\\n\\nMehr zum Thema")
doc = analyze_article(prepare(RawDocument(source="probe", text=text)))
others = (
    Skipped("leer.txt", "no text"),
    AnalysisOptions(segmenter="somajo"),
    detect_language(text),
    load_registry().resolve(text, name="Frankfurter Rundschau"),
)
assert others[3].outlet.boilerplate and others[3].outlet.signatures
for copied in (pickle.loads(pickle.dumps((doc, others))), copy.deepcopy((doc, others))):
    assert copied[1] == others and [hash(o) for o in copied[1]] == [hash(o) for o in others]
    print(json.dumps(article_record(copied[0]), ensure_ascii=False, sort_keys=True))
    print(*copied[1], sep="\\n")
"""


def test_compiled_objects_pickle_and_copy_as_python_objects_do(compiled: Path) -> None:
    """A compiled frozen dataclass restores its fields without its refusing ``__setattr__``."""
    written = {
        name: _run([sys.executable, "-c", ROUND_TRIP], compiled.parent, PYTHONPATH=str(path)).stdout
        for name, path in (("compiled", compiled), ("python", ROOT))
    }
    assert '"speaker": "Finanzminister Christian Lindner"' in written["compiled"]
    assert '"text": "Mehr zum Thema"' in written["compiled"]  # removed as a related-links list
    assert "Skipped(source='leer.txt', reason='no text')" in written["compiled"]
    assert written["compiled"] == written["python"]


def test_compiled_workers_store_what_the_python_package_stores(compiled: Path) -> None:
    """Two worker processes of the compiled build fill the store as the pure-Python package does: the
    worker pools carry the compiled modules' objects across processes."""
    import duckdb

    counts = {}
    for name, path in (("compiled", compiled), ("python", ROOT)):
        store = compiled.parent / f"{name}.duckdb"
        _run(
            [sys.executable, "-m", "framing", "ingest", "--workers", "2", "--db", str(store)],
            compiled.parent,
            PYTHONPATH=str(path),
        )
        with duckdb.connect(str(store), read_only=True) as connection:
            tables = [row[0] for row in connection.execute("show tables").fetchall()]
            counts[name] = {
                table: connection.execute(f"select count(*) from {table}").fetchone() for table in tables
            }
            counts[name]["speakers"] = connection.execute(
                "select list(speaker order by speaker) from quotes"
            ).fetchone()
    assert counts["python"]["articles"] == (5,)
    assert counts["compiled"] == counts["python"]
