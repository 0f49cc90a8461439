"""Shared fixtures: the demo corpus read as raw files (no metadata) and cleaned."""

from pathlib import Path

import pytest

from framing.ingest import read_inputs
from framing.pipeline import prepare

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "data" / "corpus"
SEED_FILES = {
    "newsde": "000_8a7657312347c904.txt",
    "fr_2024": "001_8532f3bfad5bef35.txt",
    "fr_2022": "002_7cdcff967b3c5d01.txt",
    "epoch": "003_f95258e0e4680b48.txt",
    "afp": "004_e2445b9b734cb092.txt",
}


@pytest.fixture(autouse=True)
def no_forced_progress(monkeypatch):
    """Progress lines only where a test asks for them, whatever the developer's environment says."""
    monkeypatch.delenv("FRAMING_PROGRESS", raising=False)


@pytest.fixture(scope="session")
def seeds():
    """Each seed file read and prepared from its text alone (no outlet, date or event given)."""
    articles = {}
    for key, name in SEED_FILES.items():
        (raw,) = list(read_inputs([str(CORPUS / name)]))
        articles[key] = prepare(raw)
    return articles
