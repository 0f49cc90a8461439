"""Grouping articles into events: lemma TF-IDF similarity weighted towards names, date proximity,
and average-linkage clustering that never joins articles published too far apart.

Terms: content lemmas (stopwords of ``data/stopwords_de.txt`` left out), cut to their first
``stem_chars`` letters so that "Reise"/"reisen" and "Besuch"/"besuchen" meet; names are kept whole
and weigh ``name_weight``: places from ``data/places_de.txt`` and capitalised words the German
lemmatizer does not know (mostly people and organisations: "Lawrow", "Yellen", "CCTV"); registered
actors found by the sourcing family (layer "actor") add ``actor:<id>`` terms of ``actor_weight``.
Weights: sublinear tf (log(1 + weight)), idf = ln((1+n)/(1+df)) + ``idf_floor``: a term found in every article
weighs little, but not nothing (so a handful of articles on one event still group).
Similarity: cosine (0 for articles sharing fewer than ``min_shared_terms`` terms: one chance
overlap, such as the stems of "entwurzelt" and "Entwurf", links nothing), times
``0.5 ** (days apart / date_half_life_days)`` when both dates are known (a partial date such as
"2022-06" counts as the 15th).
Clustering: average linkage; two groups join while their mean similarity is at least
``threshold`` and the known publication dates of the joined group span at most ``max_span_days``.
Large corpora are clustered per calendar month of publication (undated articles together), so
memory stays bounded.

The defaults were chosen on the demo corpus, where two events share most of their vocabulary
(China, Russia, Putin): see tests/test_events.py, which also checks the margins.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from datetime import date
from functools import cache

import numpy as np
import simplemma

from ..model import Doc
from ..progress import Progress
from ..resources import word_list

BLOCK_SIZE = 1500  # larger corpora are clustered per month of publication


@dataclass(frozen=True)
class EventOptions:
    threshold: float = 0.04
    max_span_days: int = 31
    date_half_life_days: float = 14.0
    stem_chars: int = 5
    idf_floor: float = 0.1
    min_shared_terms: int = 3
    name_weight: float = 1.0
    actor_weight: float = 0.5


@cache
def place_names() -> frozenset[str]:
    """The place names of ``data/places_de.txt`` (and a user's list), lower-cased once."""
    return frozenset(name.lower() for name in word_list("places_de.txt"))


def event_terms(doc: Doc, options: EventOptions = EventOptions()) -> Counter[str]:
    """Weighted content terms of one article: stemmed lemmas, whole names, actor ids."""
    stopwords = word_list("stopwords_de.txt")
    places = place_names()
    terms: Counter[str] = Counter()
    sentence_starts = {sentence.first_token for sentence in doc.sentences}
    for index, token in enumerate(doc.tokens):
        if token.kind != "word" or len(token.text) < 3:
            continue
        lemma = token.lemma.lower()
        if lemma in stopwords:
            continue
        if lemma in places or (
            token.text[0].isupper()
            and index not in sentence_starts
            and not simplemma.is_known(token.text, lang="de")
        ):
            terms[lemma] += options.name_weight
        else:
            terms[lemma[: options.stem_chars]] += 1.0
    for span in doc.spans if options.actor_weight > 0 else ():
        if span.layer == "actor":
            terms[f"actor:{span.label}"] += options.actor_weight
    return terms


def parse_day(value: str | None) -> date | None:
    """A date from ISO text; "2022-06" is taken as the 15th of the month."""
    if not value:
        return None
    parts = value.split("-")
    try:
        if len(parts) == 2:
            return date(int(parts[0]), int(parts[1]), 15)
        return date.fromisoformat(value[:10])
    except ValueError:
        return None


def similarity_matrix(docs: list[Doc], options: EventOptions = EventOptions()) -> np.ndarray:
    """Pairwise article similarity in [0, 1]: TF-IDF cosine times the date factor."""
    from scipy.sparse import diags  # imported here: apps with given events never need them
    from sklearn.feature_extraction import DictVectorizer
    from sklearn.preprocessing import normalize

    counts = DictVectorizer().fit_transform([event_terms(doc, options) for doc in docs]).tocsr()
    document_frequency = np.bincount(counts.indices, minlength=counts.shape[1])
    idf = np.log((1 + len(docs)) / (1 + document_frequency)) + options.idf_floor
    counts.data = np.log1p(counts.data)  # sublinear, and positive for fractional weights
    matrix = normalize(counts @ diags(idf))
    similarity = (matrix @ matrix.T).toarray()
    present = (counts > 0).astype(np.int32)
    similarity[(present @ present.T).toarray() < options.min_shared_terms] = 0.0
    ordinals = np.array([day.toordinal() if (day := parse_day(d.article.date)) else np.nan for d in docs])
    apart = np.abs(ordinals[:, None] - ordinals[None, :])
    factor = np.where(np.isnan(apart), 1.0, 0.5 ** (np.nan_to_num(apart) / options.date_half_life_days))
    similarity *= factor
    np.fill_diagonal(similarity, 1.0)
    return np.clip(similarity, 0.0, 1.0)


def _cluster(similarity: np.ndarray, days: list[date | None], options: EventOptions) -> list[int]:
    """Constrained average linkage (Lance-Williams updates) on a similarity matrix."""
    n = len(days)
    link = similarity.astype(float).copy()
    np.fill_diagonal(link, -np.inf)
    sizes = np.ones(n)
    members = {i: [i] for i in range(n)}
    spans = {i: (day, day) if day else None for i, day in enumerate(days)}
    active = np.ones(n, dtype=bool)
    while True:
        masked = np.where(active[:, None] & active[None, :], link, -np.inf)
        i, j = np.unravel_index(np.argmax(masked), masked.shape)
        if masked[i, j] < options.threshold:
            break
        span = _joined_span(spans[i], spans[j])
        if span and (span[1] - span[0]).days > options.max_span_days:
            link[i, j] = link[j, i] = -np.inf  # published too far apart to be one event
            continue
        merged = (sizes[i] * link[i] + sizes[j] * link[j]) / (sizes[i] + sizes[j])
        link[i], link[:, i] = merged, merged
        link[i, i] = -np.inf
        blocked = np.isneginf(link[j])  # a blocked pair stays blocked for the merged group
        link[i, blocked] = link[blocked, i] = -np.inf
        sizes[i] += sizes[j]
        members[i] += members.pop(j)
        spans[i] = span
        active[j] = False
    labels = [0] * n
    for number, group in enumerate(sorted(members.values())):
        for index in group:
            labels[index] = number
    return labels


def _joined_span(first, second):
    if first is None or second is None:
        return first or second
    return (min(first[0], second[0]), max(first[1], second[1]))


def group_events(
    docs: list[Doc], options: EventOptions = EventOptions(), progress: Progress | None = None
) -> list[int]:
    """A cluster number per article; numbers follow the first article of each cluster.
    ``progress`` counts the articles of each block once it is clustered."""
    if len(docs) < 2:
        return [0] * len(docs)
    labels = [0] * len(docs)
    offset = 0
    blocks = _blocks(docs)
    progress = progress or Progress.off()
    progress.total = len(docs)
    for number, block in enumerate(blocks, 1):
        block_docs = [docs[i] for i in block]
        days = [parse_day(doc.article.date) for doc in block_docs]
        for index, label in zip(
            block, _cluster(similarity_matrix(block_docs, options), days, options), strict=True
        ):
            labels[index] = offset + label
        offset += len(block)
        progress.update(len(block), f"block {number}/{len(blocks)}" if len(blocks) > 1 else None)
    renumber: dict[int, int] = {}
    return [renumber.setdefault(label, len(renumber)) for label in labels]


def _blocks(docs: list[Doc]) -> list[list[int]]:
    """All articles at once, or per month of publication when there are more than BLOCK_SIZE."""
    if len(docs) <= BLOCK_SIZE:
        return [list(range(len(docs)))]
    months: dict[str, list[int]] = {}
    for index, doc in enumerate(docs):
        months.setdefault((doc.article.date or "undated")[:7], []).append(index)
    return [
        indices[start : start + BLOCK_SIZE]
        for indices in months.values()
        for start in range(0, len(indices), BLOCK_SIZE)
    ]


def event_label(docs: list[Doc]) -> str:
    """A readable label: the month of the earliest date and the names most articles share."""
    places = place_names()
    counts: Counter[str] = Counter()
    for doc in docs:
        names = {
            token.text
            for token in doc.tokens
            if token.kind == "word"
            and token.text[0].isupper()
            and (token.lemma.lower() in places or not simplemma.is_known(token.text, lang="de"))
        }
        counts.update(names)
    names = [name for name, _ in counts.most_common(3)]
    days = sorted(day for doc in docs if (day := parse_day(doc.article.date)))
    month = f"{days[0]:%Y-%m} " if days else ""
    return f"{month}{', '.join(names)}".strip() or "event"


def assign_events(
    docs: list[Doc], options: EventOptions = EventOptions(), progress: Progress | None = None
) -> dict[str, list[Doc]]:
    """Fill ``article.event`` where none was given; returns every event with its articles.

    Articles whose event was given (metadata, user override) keep it and are grouped by it;
    ``progress`` follows the clustering of the others.
    """
    events: dict[str, list[Doc]] = {}
    open_docs = []
    for doc in docs:
        if doc.article.event:
            events.setdefault(doc.article.event, []).append(doc)
        else:
            open_docs.append(doc)
    clusters: dict[int, list[Doc]] = {}
    for doc, cluster in zip(open_docs, group_events(open_docs, options, progress), strict=True):
        clusters.setdefault(cluster, []).append(doc)
    for members in clusters.values():
        label = event_label(members)
        suffix = 2
        while label in events:
            label = f"{event_label(members)} ({suffix})"
            suffix += 1
        for doc in members:
            doc.article.event = label
            doc.article.metadata["event_source"] = "clustered"
        events[label] = members
    return events
