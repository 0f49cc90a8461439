"""Loading the data files, language model and lexicons before the first page needs them: before the
server starts (``framing app``) or in a background thread while the first page shows."""

from __future__ import annotations

import threading

from ..pipeline import analyze_text, demo_documents, prepare

_STARTED = threading.Event()  # the warm-up runs once per process


def preload() -> None:
    """Load, before the server starts (``framing app``), what the first page and the first analysis
    need: registries, cleaning rules, the language model, lemmatizer and lexicons."""
    for document in demo_documents():
        prepare(document)
    analyze_text("Die Regierung soll die Zahlen geschönt haben, sagte ein Sprecher am Montag in Berlin.")


def warm_up() -> None:
    """``preload`` in the background while the first page shows (when the app was not started by
    ``framing app``, which preloads before serving).

    It only calls code whose modules are already imported: importing in two threads at once can
    deadlock Python's import locks (seen with scikit-learn and altair), so pages import their own."""
    if _STARTED.is_set():
        return
    _STARTED.set()
    threading.Thread(target=preload, name="framing-warm-up", daemon=True).start()
