"""Speed round 31 (issue 16): the compiled modules' module-level constants and tables are ``Final``, so
that the compiled build reads them from C statics, not from the module's dict at each use; pure Python
unchanged."""

from __future__ import annotations

import ast
import bisect
import tomllib
from pathlib import Path

from framing.measures import sourcing

ROOT = Path(__file__).resolve().parent.parent
# constants tests change with monkeypatch.setattr: they stay plain names, read at each use
PATCHED = {
    "WHOLE_SET_CHARS",
    "FEW_LINES",
    "USER_LEXICON_MAX_ENTRIES",
    "LITERAL_CACHE_SIZE",
    "LONG_SENTENCE_WORDS",
}


def compiled_files() -> list[Path]:
    hooks = tomllib.loads((ROOT / "pyproject.toml").read_text())["tool"]["hatch"]["build"]["targets"]["wheel"]
    files = []
    for name in hooks["hooks"]["mypyc"]["include"]:
        path = ROOT / name
        files += sorted(path.glob("*.py")) if path.is_dir() else [path]
    return files


def plain_constants(path: Path) -> list[str]:
    """Upper-case names bound once at module level without ``Final``."""
    tree = ast.parse(path.read_text())
    bound: dict[str, int] = {}
    for node in ast.walk(tree):
        if isinstance(node, ast.Name) and isinstance(node.ctx, ast.Store | ast.Del):
            bound[node.id] = bound.get(node.id, 0) + 1
        elif isinstance(node, ast.Global):
            bound.update(dict.fromkeys(node.names, 2))
    plain = []
    for statement in tree.body:
        if isinstance(statement, ast.Assign) and len(statement.targets) == 1:
            target = statement.targets[0]
        elif isinstance(statement, ast.AnnAssign) and "Final" not in ast.unparse(statement.annotation):
            target = statement.target
        else:
            continue
        if isinstance(target, ast.Name) and target.id.lstrip("_").isupper() and bound[target.id] == 1:
            plain.append(target.id)
    return [name for name in plain if name not in PATCHED]


def test_compiled_modules_constants_are_final() -> None:
    files = compiled_files()
    assert len(files) > 20 and ROOT / "framing" / "measures" / "sourcing.py" in files
    assert {path.name: plain_constants(path) for path in files if plain_constants(path)} == {}


def test_plain_constant_found(tmp_path: Path) -> None:
    path = tmp_path / "probe.py"
    path.write_text('from typing import Final\nKEPT: Final = 3\nPLAIN = frozenset({"der", "die"})\n')
    assert plain_constants(path) == ["PLAIN"]


def test_sourcing_bisect_bound_once() -> None:
    assert sourcing.bisect_left is bisect.bisect_left and sourcing.bisect_right is bisect.bisect_right
    starts = [0, 12, 30]  # sentence starts of "Der Minister sagte, es gehe." …
    assert sourcing.bisect_right(starts, 12) - 1 == 1 and sourcing.bisect_left(starts, 13) == 2
