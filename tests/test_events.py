"""Event grouping: the raw seeds split into their two events; unrelated articles stay apart."""

import numpy as np
import pytest

from framing.compare import events as ev
from framing.compare.events import EventOptions, assign_events, group_events, similarity_matrix
from framing.pipeline import analyze_article, doc_from_text
from tests.conftest import SEED_FILES


@pytest.fixture(scope="module")
def seed_docs(seeds):
    return [analyze_article(seeds[key]) for key in SEED_FILES]


def test_raw_seeds_form_their_two_events(seed_docs):
    labels = group_events(seed_docs)
    newsde, fr_2024, fr_2022, epoch, afp = labels
    assert newsde == fr_2024 == epoch
    assert fr_2022 == afp
    assert newsde != afp


def test_margins_on_the_seeds(seed_docs):
    """Why the seeds split as they do: the two strong pairs form first, Epoch Times (no pair of its
    own) is attached to the 2024 pair it resembles more, and the two pairs stay apart."""
    similarity = similarity_matrix(seed_docs)
    options = EventOptions()
    assert similarity[2, 4] > 2 * options.threshold  # FR 2022 and AFP share the call's quotes
    assert similarity[0, 1] > options.threshold  # news.de and FR 2024 share Lawrow's visit and Yellen
    epoch_to_2024 = similarity[3, [0, 1]].mean()  # through Putin's May trip and his re-election
    epoch_to_2022 = similarity[3, [2, 4]].mean()
    assert epoch_to_2024 > options.attach_threshold > epoch_to_2022
    assert similarity[np.ix_([0, 1], [2, 4])].mean() < options.threshold
    assert similarity[3, 4] == pytest.approx(0.0, abs=1e-9)  # dated 2024-04-26 and 2022-06


def test_assign_events_keeps_given_labels_and_names_new_ones(seed_docs):
    for doc in seed_docs:
        doc.article.event = None
    seed_docs[0].article.event = "Lawrow in Peking"
    events = assign_events(seed_docs)
    assert [d.article.outlet for d in events["Lawrow in Peking"]] == ["news.de"]
    clustered = [label for label in events if label != "Lawrow in Peking"]
    assert len(clustered) == 2
    assert all(
        d.article.metadata["event_source"] == "clustered" for label in clustered for d in events[label]
    )
    assert any(label.startswith("2024-04") for label in clustered)
    assert any(label.startswith("2022-06") for label in clustered)


UNRELATED = [
    "Der FC Bayern gewann am Samstag das Spitzenspiel gegen Dortmund mit drei zu eins. Kane traf doppelt.",
    "Die Inflation in der Eurozone sank im Oktober auf 2,1 Prozent, teilte Eurostat in Luxemburg mit.",
    "Ein Sturm hat an der Nordsee Bäume entwurzelt. Die Feuerwehr in Husum meldete zahlreiche Einsätze.",
    "Die Bundesregierung plant eine Reform der Rente. Minister Heil stellte den Entwurf in Berlin vor.",
]


def test_unrelated_articles_are_not_grouped():
    docs = [doc_from_text(text) for text in UNRELATED]
    assert group_events(docs) == [0, 1, 2, 3]


def test_same_story_far_apart_in_time_is_two_events():
    text = (
        "Die Nordsee-Sturmflut überschwemmte Husum. Die Feuerwehr Husum pumpte Keller leer. Deiche hielten."
    )
    docs = [doc_from_text(text), doc_from_text(text + " Später mehr."), doc_from_text(text + " Ende.")]
    docs[0].article.date, docs[1].article.date, docs[2].article.date = (
        "2023-01-10",
        "2023-01-12",
        "2024-01-10",
    )
    assert group_events(docs) == [0, 0, 1]


def test_large_corpora_are_clustered_per_month(monkeypatch):
    monkeypatch.setattr(ev, "BLOCK_SIZE", 2)
    text = "Die Nordsee-Sturmflut überschwemmte Husum. Die Feuerwehr Husum pumpte Keller leer."
    docs = [doc_from_text(text + suffix) for suffix in ("", " A.", " B.")]
    for doc, day in zip(docs, ["2023-01-10", "2023-01-11", "2023-02-01"], strict=True):
        doc.article.date = day
    assert group_events(docs) == [0, 0, 1]
