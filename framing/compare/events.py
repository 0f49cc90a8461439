"""Grouping articles into events: lemma TF-IDF similarity weighted towards names, date proximity,
and average-linkage clustering that never joins articles published too far apart; each event
gets a deterministic name, a content-derived id and a reason (what holds it together).

Terms: content lemmas (stopwords of ``data/stopwords_de.txt`` left out), cut to their first
``stem_chars`` letters so that "Reise"/"reisen" and "Besuch"/"besuchen" meet; names are kept whole
(a genitive s cut: "Kissingers" meets "Kissinger"): places from ``data/places_de.txt``, which
weigh ``place_weight`` (0.9), and capitalised words the German lemmatizer does not know (mostly
people and organisations: "Lawrow", "Yellen", "CCTV"), which weigh ``name_weight``, at the start of
a sentence too, so that "Putin verkündet …" and "… sagt Putin" share the name. A place weighs a
little less because neighbouring stories of one country or one war share it (Israel's offensive in
Lebanon and its strikes in Yemen, both "Krieg in Nahost", joined whole at a mean of 0.101 on dev6
of ``benchmarks/events_real.py``; at 0.9 they stay apart, and the six dev splits' mean purity rose
0.902 -> 0.917); registered actors found by the sourcing family
(layer "actor") can add ``actor:<id>`` terms of ``actor_weight`` (default 0: the person's name is
a term already, and the actor term counted it a second time, which joined neighbouring stories
about the same person). An outlet's boilerplate (``boilerplate_share``, ``outlet_boilerplate``:
a term at least a fifth of one outlet's articles hold and nearly no other outlet's, such as page
furniture under every teaser, a section label or a columnist's byline) is left out of that
outlet's articles: it linked unrelated articles of one outlet into events of their own on every
dev split of ``benchmarks/events_real.py`` (dev3 purity 0.91 -> 0.93, the others unchanged).
A digest (``article_digest``: a briefing, news podcast, overview, quiz, newsletter or site menu of
several stories, by the marks of ``data/digests_de.toml`` in its first ``DIGEST_HEAD`` characters) is
kept out of the grouping (``digests_apart``) and is an event of its own: it joined the group of one of
the stories it names on every dev split (mean purity over dev to dev8 0.926 -> 0.931, no split lower).
Weights: sublinear tf (log(1 + weight)), idf = ln((1+n)/df) + ``idf_floor`` (default 0): a word
nearly every article of a news stream has (Deutschland, Corona, Berlin, Regierung) weighs close
to nothing, a name few articles share weighs most; a term in every article still weighs
ln(1 + 1/n) > 0, so a few copies of one story still group.
Similarity: cosine (0 for articles sharing fewer than ``min_shared_terms`` terms, a shared name
counting as two: one chance overlap, such as the stems of "entwurzelt" and "Entwurf", links
nothing, while "Henry Kissinger" in two teasers does), times
``0.5 ** (days apart / date_half_life_days)`` when both dates are known (a partial date such as
"2022-06" counts as the 15th).
Clustering: average linkage; two groups join while their mean similarity is at least
``threshold`` and the known publication dates of the joined group span at most ``max_span_days``.
Then an article left alone joins the group it resembles most on average if that mean reaches
``attach_threshold`` (groups are not merged in this step, so nothing chains through it) and, for a
group of ``ATTACH_LINK_GROUP`` or more, if it resembles one member by ``attach_link``: in a large
group a name all its members hold adds many weak links up to the mean (a teaser on Justice Alito's
flags named Trump, as the forty on his conviction did), so the mean alone let in teasers on
neighbouring topics (dev4, dev5 of ``benchmarks/events_real.py``); otherwise it stays alone.
Last, a second, stricter pass (``_rejoin``) joins the groups of two or more, best first, whose
centroids have cosine at least ``rejoin_threshold`` (0.35) and share ``rejoin_terms`` (3) core
terms (held by ``rejoin_share``, 0.6, of each group's members; a name counting twice), published
at most ``rejoin_days`` (1) apart: a story told from several angles on one day (the crash in
Washington on dev5: its victims, Trump blaming others) falls into groups too unlike on average to
join in the linkage, whose centroids still hold the story's own words (the six dev splits' mean
recall 0.696 -> 0.703 at equal purity).
Then a third pass (``_split``) parts a group of at least twice ``split_core_size`` (4) articles into
the stories it holds: its tight cores (average linkage among its articles at
``split_core_threshold``, 0.25; the parts of four or more) whose centroids have cosine under
``split_unlike`` (0.35) are different stories, and each of its other articles joins the story it
resembles by ``split_attach`` (0.2) on average, or else a group of the rest. Neighbouring stories
of one kind join in the linkage through the kind's names and words alone (the New York Times
endorsing Harris and Trump insulting her, one group of 19 on dev6 through Harris and Trump), while
a story told from several angles has cores whose centroids hold its own words (dev6 purity 0.725
-> 0.854, the other splits and every recall unchanged).
Above ``DENSE_MAX`` articles the full similarity matrix gives way to a sparse graph: each article
keeps its ``NEIGHBOURS`` most similar articles among those published at most ``max_span_days``
apart (or undated), and the same constrained average linkage runs on it (a missing pair counts as
similarity 0). Candidates are not scored pair by pair: for a chunk of articles close in time, a
sparse product over the window's rare terms (the rarest, as many as keep the pairs they propose
under ``PAIRS_PER_ARTICLE`` per article: words most articles of the month hold propose nothing)
finds the articles sharing at least ``min_shared_terms`` of them (a name counting twice); the best
by that partial similarity are kept, with their exact similarity over all terms computed for those
pairs only. Where no term is that common (the real teasers of dev and dev2) the candidates are
every pair the matrix would link, and the groups are the matrix path's. Time and memory grow with
the corpus, not with the square of a month's articles, and a story across a month boundary stays
one event. On the generated weekend the graph gives exactly the matrix's groups even with 5
neighbours; on the 2,181 real teasers of the held-out weekend it gave the matrix's groups with 200
neighbours and the same story scores with 50.
Names: the month of the earliest date and the three names the members share most, ranked by
share × idf² among the names at least 1.5 times as frequent in the event as in the corpus, then
alphabetically;
equal names get " (2)", " (3)" in the order of the event ids (SHA-1 of the sorted article ids).
So the same articles get the same names in every process, whatever the hash seed or input order.

How the defaults were chosen (threshold 0.1, attach_threshold 0.04, idf_floor 0, the rest as
before): the former defaults (threshold 0.04, idf_floor 0.1) chained a generated news weekend
(``tests.synthetic.news_weekend``: nine stories of 4-15 articles over three days, eight
singletons, every article full of Deutschland, Corona, Berlin, Regierung, Polizei) into one event
of 66 articles (purity 0.08); any threshold from 0.08 up recovers every story whole and pure.
Among those, 0.1 was chosen on real front-page teasers (``benchmarks/events_real.py``, dev split:
two days of 2023-12 and 2024-01, 1,887 teasers of 13 outlets, eight hand-labelled stories): mean
purity 0.97, mean recall 0.76 (former defaults 0.75 and 0.75, one story at purity 0.22). Counting
a shared name twice raised recall there from 0.65 to 0.76 at equal purity; a lower
``min_shared_terms`` instead merged related stories (Scholz's New Year speech and his visit to
the floods, purity 0.83); thresholds 0.08-0.14 lay within a few points of each other. The demo corpus
keeps its two events; Epoch Times, without a pair of its own, joins the 2024 pair through
``attach_threshold`` (tests/test_events.py checks the margins). Held-out figures (a weekend of
January 2022, never used for choosing) are in the README.
"""

from __future__ import annotations

import hashlib
import heapq
import re
from collections import Counter, defaultdict
from collections.abc import Container, Iterable, Iterator
from dataclasses import dataclass, replace
from datetime import date
from functools import cache
from typing import Any

import numpy as np
import simplemma

from ..choices import EVENT_THRESHOLD
from ..datafiles import load_toml, table_entries
from ..errors import DataFileError
from ..i18n import date_text, t
from ..memory import return_freed_memory
from ..model import Doc
from ..patterns import GuardedPattern, load_pattern
from ..progress import Progress
from ..resources import layers, place_names, reloadable, word_list

DENSE_MAX = 1500  # up to this many articles: one similarity matrix; more: a sparse neighbour graph
NEIGHBOURS = 50  # per article, its most similar articles kept in the sparse graph
GRAPH_CHUNK = 1024  # articles whose candidates are found together, against one window of dates
PAIRS_PER_ARTICLE = 1000  # the rarest terms of a window propose pairs, up to this many per article
CANDIDATE_ENTRIES = 1_000_000  # about the most candidate pairs held at once (memory)
PAIR_BATCH = 8_192  # pairs whose exact similarity is computed together
COMPACT_HEAP = 50_000  # linkage: past this many waiting means, those of merged groups are dropped
# a lone article joins a group of at least this many only if it resembles one of them by
# ``attach_link`` (in a pair the mean is the average of two links already)
ATTACH_LINK_GROUP = 3
# a term names an event only where its share of the members is this many times its corpus share
OVER_REPRESENTED = 1.5
# an outlet's boilerplate (``EventOptions.boilerplate_share``): at least this many of the outlet's
# articles hold the term, at least this share of all articles holding it are the outlet's, and it
# is at least BOILERPLATE_RATIO times as common among the outlet's articles as among the others'
BOILERPLATE_ARTICLES = 10
BOILERPLATE_CONCENTRATION = 0.9
BOILERPLATE_RATIO = 10.0
# a digest's marks (data/digests_de.toml) are looked for in this many first characters of the article
# (its title, then its text): where a teaser or a briefing names its format
DIGEST_HEAD = 400


@dataclass(frozen=True)
class EventOptions:
    threshold: float = EVENT_THRESHOLD
    max_span_days: int = 31
    date_half_life_days: float = 14.0
    stem_chars: int = 5
    idf_floor: float = 0.0
    min_shared_terms: int = 3
    attach_threshold: float = 0.04
    name_weight: float = 1.0
    place_weight: float = 0.9
    actor_weight: float = 0.0
    boilerplate_share: float = 0.2
    attach_link: float = 0.15
    rejoin_threshold: float = 0.35
    rejoin_share: float = 0.6
    rejoin_terms: int = 3
    rejoin_days: int = 1
    split_core_threshold: float = 0.25
    split_core_size: int = 4
    split_unlike: float = 0.35
    split_attach: float = 0.2
    digests_apart: bool = True


@dataclass(frozen=True)
class DigestMark:
    """A mark of a digest (``data/digests_de.toml``): why an article with it is one, in English
    (``reason``) and in German (``reason_de``; a user's mark without one gives ``reason``)."""

    reason: str
    reason_de: str
    pattern: re.Pattern[str] | GuardedPattern  # a user's pattern runs with a time budget

    def why(self, language: str = "en") -> str:
        """The reason in the UI language: German for "de", else English."""
        return self.reason_de if language == "de" else self.reason


@reloadable
@cache
def digest_marks() -> tuple[DigestMark, ...]:
    """Every mark of a digest: ``data/digests_de.toml``, then ``$FRAMING_USER_DIR/digests.toml`` if
    present."""
    marks = []
    for path in layers("digests_de.toml", "digests.toml"):
        for where, entry in table_entries(path, load_toml(path), "mark", ("reason", "pattern")):
            german = entry.get("reason_de", entry["reason"])
            if not isinstance(german, str) or not german:
                raise DataFileError(path, f"{where}: 'reason_de' must be a non-empty string")
            marks.append(DigestMark(entry["reason"], german, load_pattern(path, entry["pattern"], where)))
    return tuple(marks)


def digest_reason(text: str, language: str = "en") -> str | None:
    """Why a text is a digest (a briefing, news podcast, overview, newsletter or menu gathering
    several stories: the reason, in ``language``, of the first mark of ``digest_marks`` found in its
    first ``DIGEST_HEAD`` characters), or None for a report of one story."""
    head = text[:DIGEST_HEAD]
    return next((mark.why(language) for mark in digest_marks() if mark.pattern.search(head)), None)


def digest_head(title: str | None, text: str) -> str:
    """Where a digest's marks are looked for: the first ``DIGEST_HEAD`` characters of an article's
    title and text, a line apart, or of its text alone when it has no title (the store reads no more
    of a text than this, ``StoredCorpus.digests``)."""
    return (f"{title}\n{text}" if title else text)[:DIGEST_HEAD]


def article_digest(doc: Doc, language: str = "en") -> str | None:
    """``digest_reason`` of an article's head (``digest_head``), in ``language``."""
    return digest_reason(digest_head(doc.article.title, doc.article.text), language)


def kept_digest(doc: Doc, language: str = "en") -> str | None:
    """Why an article the grouping kept apart as a digest is one (``article_digest``, in ``language``):
    its ``event_source`` is "digest", set by ``assign_events`` or, for an article rebuilt from the
    store, the stored event's origin; None for any other article (how the app lists them)."""
    article = doc.article
    if "digest" not in (article.provenance.event_source, article.metadata.get("event_source")):
        return None
    return article_digest(doc, language)


def event_digest(members: list[Doc], language: str = "en") -> str | None:
    """``kept_digest`` of an event's one article (a digest is an event of its own), None for an event of
    several: the same notion asked of an event, as the CLI's listing and the report mark events."""
    return kept_digest(members[0], language) if len(members) == 1 else None


def event_term(lemma: str, form: str, options: EventOptions) -> tuple[str, float] | None:
    """The event term of a word (lemma, form as written) and its weight per occurrence: a whole name
    (wherever it stands in its sentence) or a stemmed lemma; None for short words and stopwords."""
    if len(form) < 3:
        return None
    lowered = lemma.lower()
    if lowered in word_list("stopwords_de.txt"):
        return None
    place = lowered in place_names()
    if place or (form[0].isupper() and not simplemma.is_known(form, lang="de")):
        # genitive s cut from every name alike ("Kissingers Tod" meets "Henry Kissinger")
        name = lowered[:-1] if len(lowered) > 4 and lowered.endswith("s") else lowered
        return f"name:{name}", options.place_weight if place else options.name_weight
    return lowered[: options.stem_chars], 1.0


def event_terms(doc: Doc, options: EventOptions = EventOptions()) -> dict[str, float]:
    """Weighted content terms of one article: stemmed lemmas, whole names, actor ids."""
    terms: defaultdict[str, float] = defaultdict(float)
    for (lemma, form, _), count in doc.word_counts().items():
        if found := event_term(lemma, form, options):
            terms[found[0]] += count * found[1]
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


@dataclass(frozen=True)
class _Vectors:
    """The articles as unit TF-IDF rows, which terms are names, and the articles' days."""

    matrix: Any  # scipy CSR, one L2-normalised row per article, every stored weight positive
    names: np.ndarray  # per term column: True for a name term (a shared name counts twice)
    ordinals: np.ndarray  # day ordinal, NaN where undated


def _vectors(docs: list[Doc], options: EventOptions) -> _Vectors | None:
    """None when no article has a content word (nothing can link any two)."""
    bags = [event_terms(doc, options) for doc in docs]
    names = sorted({term for bag in bags for term in bag})
    column = {term: index for index, term in enumerate(names)}
    per_row = np.array([len(bag) for bag in bags], dtype=np.int64)
    columns = np.array([column[term] for bag in bags for term in bag], dtype=np.int64)
    values = np.array([value for bag in bags for value in bag.values()], dtype=float)
    ordinals = np.array([day.toordinal() if (day := parse_day(d.article.date)) else np.nan for d in docs])
    outlets = np.array([d.article.outlet or "" for d in docs], dtype=object)
    return term_vectors(per_row, columns, values, names, ordinals, options, outlets)


def term_vectors(
    per_row: np.ndarray,
    columns: np.ndarray,
    values: np.ndarray,
    names: list[str],
    ordinals: np.ndarray,
    options: EventOptions,
    outlets: np.ndarray | None = None,
) -> _Vectors | None:
    """The articles' TF-IDF rows from (term column, weight) pairs in row order, one per article and
    term (``per_row``: how many each article has), the columns numbering the terms ``names`` in
    sorted order (so articles read from files or from the store give the same matrix); None when
    there is no term. ``outlets`` (one per article, "" where unknown): an outlet's boilerplate
    terms are left out of its articles (``outlet_boilerplate``)."""
    from scipy.sparse import csr_matrix  # imported here: apps with given events never need it

    if not names:
        return None
    n = len(ordinals)
    if outlets is not None and (dropped := outlet_boilerplate(per_row, columns, outlets, options)).any():
        per_row = per_row - np.bincount(np.repeat(np.arange(n), per_row)[dropped], minlength=n)
        columns, values = columns[~dropped], values[~dropped]
    indptr = np.r_[0, np.cumsum(per_row)]
    counts = csr_matrix((values, columns.astype(np.int32, copy=False), indptr), shape=(n, len(names)))
    counts.sort_indices()  # each row's terms in column order, in place
    document_frequency = np.bincount(counts.indices, minlength=counts.shape[1])
    idf = (
        np.log((1 + n) / np.maximum(document_frequency, 1)) + options.idf_floor
    )  # (a term no row holds: unused)
    squares = np.zeros(n)
    for part, rows_of, columns_of in _slices(counts):  # in place: no temporary as long as the matrix
        np.log1p(part, out=part)  # sublinear, positive for fractional weights
        part *= idf[columns_of]
        squares += np.bincount(rows_of, weights=part * part, minlength=n)
    norms = np.sqrt(squares)
    for part, rows_of, _ in _slices(counts):
        part /= norms[rows_of]  # unit rows (a row without terms has no entry to divide)
    counts.eliminate_zeros()  # a term of weight 0 is not held
    is_name = np.array([term.startswith("name:") for term in names], dtype=bool)
    return _Vectors(counts, is_name, ordinals)


def outlet_boilerplate(
    per_row: np.ndarray, columns: np.ndarray, outlets: np.ndarray, options: EventOptions
) -> np.ndarray:
    """Which entries (term ``columns`` in row order, ``per_row`` of them for each article, each
    term once per article) are their outlet's boilerplate: a term at least ``boilerplate_share``
    of one outlet's articles hold (and at least BOILERPLATE_ARTICLES of them), nearly only that
    outlet's (BOILERPLATE_CONCENTRATION of the articles holding it, and BOILERPLATE_RATIO times
    as common there as among the other outlets' articles). Page furniture ("Veröffentlicht/
    Aktualisiert", "Ressort", an audio player's "Download"), a columnist's byline or a section's
    name link an outlet's unrelated articles to one another and to nothing else. Articles of no
    named outlet keep every term; a corpus of one outlet has no boilerplate (there is nothing to
    compare with). One outlet at a time: memory grows with the largest outlet and the terms."""
    drop = np.zeros(len(columns), dtype=bool)
    if not 0 < options.boilerplate_share <= 1 or not len(columns):
        return drop
    names, codes = np.unique(outlets.astype(str), return_inverse=True)
    codes = codes.reshape(-1)
    articles = np.bincount(codes, minlength=len(names))
    total, width = len(outlets), int(columns.max()) + 1
    starts = np.r_[0, np.cumsum(per_row)]
    by_outlet = np.argsort(codes, kind="stable")
    bounds = np.r_[0, np.cumsum(articles)]
    everyone = np.bincount(columns, minlength=width)  # articles holding each term
    for code in np.flatnonzero((names != "") & (articles >= BOILERPLATE_ARTICLES) & (articles < total)):
        rows = by_outlet[bounds[code] : bounds[code + 1]]
        lengths = starts[rows + 1] - starts[rows]
        entries = np.repeat(starts[rows] - (np.cumsum(lengths) - lengths), lengths) + np.arange(lengths.sum())
        holders = np.bincount(columns[entries], minlength=width)
        inside, others = articles[code], total - articles[code]
        boilerplate = (
            (holders >= BOILERPLATE_ARTICLES)
            & (holders >= options.boilerplate_share * inside)
            & (holders >= BOILERPLATE_CONCENTRATION * everyone)
            & (holders * others >= BOILERPLATE_RATIO * (everyone - holders) * inside)
        )
        if boilerplate.any():
            drop[entries] = boilerplate[columns[entries]]
    return drop


def _slices(matrix: Any, size: int = 1 << 20) -> Iterator[tuple[np.ndarray, np.ndarray, np.ndarray]]:
    """A CSR matrix's entries a slice at a time: (its values, a view to change in place; their rows;
    their columns)."""
    for start in range(0, matrix.nnz, size):
        stop = min(start + size, matrix.nnz)
        rows = np.searchsorted(matrix.indptr, np.arange(start, stop), side="right") - 1
        yield matrix.data[start:stop], rows, matrix.indices[start:stop]


def _similarities(
    vectors: _Vectors, rows: np.ndarray, columns: np.ndarray, options: EventOptions
) -> np.ndarray:
    """Similarity of each row article to each column article: cosine, 0 under ``min_shared_terms``
    shared terms (a shared name counting twice), times the date factor."""
    first, second = vectors.matrix[rows], vectors.matrix[columns]
    similarity = (first @ second.T).toarray()
    similarity[_shared_terms(first, second, vectors.names).toarray() < options.min_shared_terms] = 0.0
    return similarity * _date_factor(
        vectors.ordinals[rows][:, None], vectors.ordinals[columns][None, :], options
    )


def _held(rows: Any, only: np.ndarray | None = None) -> Any:
    """0/1 CSR: the row holds the term (``only``: among these term columns)."""
    held = rows.copy()
    held.data = (
        np.ones(len(held.data), dtype=np.int32) if only is None else only[held.indices].astype(np.int32)
    )
    held.eliminate_zeros()
    return held


def _shared_terms(first: Any, second: Any, names: np.ndarray) -> Any:
    """How many terms each row of ``first`` shares with each row of ``second``, a name counting twice."""
    return _held(first) @ _held(second).T + _held(first, names) @ _held(second, names).T


def similarity_matrix(docs: list[Doc], options: EventOptions = EventOptions()) -> np.ndarray:
    """Pairwise article similarity in [0, 1]: TF-IDF cosine times the date factor."""
    return _matrix(_vectors(docs, options), len(docs), options)


def _matrix(vectors: _Vectors | None, n: int, options: EventOptions) -> np.ndarray:
    if vectors is None:
        return np.eye(n)
    everything = np.arange(n)
    similarity = _similarities(vectors, everything, everything, options)
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
        i, j = (int(index) for index in np.unravel_index(np.argmax(masked), masked.shape))
        if masked[i, j] < options.threshold:
            break
        span = _joined_span(spans[i], spans[j])
        if _too_long(span, options):
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
    _attach_singletons(similarity, members, spans, options)
    return _labels(members, n)


def _labels(members: dict[int, list[int]], n: int) -> list[int]:
    """A group number per article, groups numbered in the order of their sorted members."""
    labels = [0] * n
    for number, group in enumerate(sorted(members.values())):
        for index in group:
            labels[index] = number
    return labels


def _join_best(
    key: int, ranked: Iterable[tuple[int, float, float]], members: dict, spans: dict, options
) -> None:
    """Lone article ``key`` joins the first group of ``ranked`` (group, mean similarity, its highest
    similarity to one member; best mean first) whose mean reaches ``attach_threshold`` and whose
    span allows it; it stays alone when that group has ``ATTACH_LINK_GROUP`` members or more and
    none it resembles by ``attach_link``."""
    for group, mean, strongest in ranked:
        if mean < options.attach_threshold:
            return
        if strongest < options.attach_link and len(members[group]) >= ATTACH_LINK_GROUP:
            return  # no member it resembles closely: it stays alone rather than try a worse group
        span = _joined_span(spans[group], spans[key])
        if _too_long(span, options):
            continue
        members[group] += members.pop(key)
        spans[group] = span
        return


def _attach_singletons(similarity: np.ndarray, members: dict[int, list[int]], spans: dict, options) -> None:
    """A lone article joins the group it is most similar to on average, if that mean reaches
    ``attach_threshold`` and the span allows. Means are taken over the groups as clustered (not
    as they grow here), and groups are never merged here, so nothing chains."""
    groups = [key for key, group in members.items() if len(group) > 1]
    singles = [key for key, group in members.items() if len(group) == 1]
    if not groups or not singles or options.attach_threshold >= options.threshold:
        return
    indicator = np.zeros((similarity.shape[0], len(groups)))
    for column, key in enumerate(groups):
        indicator[members[key], column] = 1.0 / len(members[key])
    rows = similarity[[members[key][0] for key in singles]]
    means = rows @ indicator
    strongest = np.column_stack([rows[:, members[key]].max(axis=1) for key in groups])
    for row, key in enumerate(singles):
        order = np.argsort(-means[row], kind="stable")
        ranked = ((groups[column], means[row, column], strongest[row, column]) for column in order)
        _join_best(key, ranked, members, spans, options)


def _rejoin(
    vectors: _Vectors, labels: list[int], days: list[date | None], options: EventOptions
) -> list[int]:
    """The second, stricter pass: the linkage's groups of two or more articles join, best first,
    while two of them have centroids (the sums of their members' unit rows) of cosine at least
    ``rejoin_threshold``, share ``rejoin_terms`` core terms (a term held by ``rejoin_share`` of a
    group's members; a name counting twice) and were published at most ``rejoin_days`` apart;
    a joined group's centroid and core are taken afresh. A story told from several angles on one
    day falls into groups whose articles are too unlike on average to join in the linkage, while
    their centroids, each the story's common words, are alike (the crash in Washington on dev5, the
    floods on dev). Lone articles are left to the attaching."""
    if not 0 < options.rejoin_threshold <= 1:
        return labels
    members = _members(labels)
    groups = {key: _RejoinGroup.of(vectors, group, days) for key, group in members.items() if len(group) > 1}
    if len(groups) < 2:
        return labels
    cores = {key: group.core(options) for key, group in groups.items()}
    holders: defaultdict[int, set[int]] = defaultdict(set)  # core term -> the groups holding it
    for key, core in cores.items():
        for term in core:
            holders[term].add(key)
    weight = np.where(vectors.names, 2, 1)
    heap: list[tuple[float, int, int, int, int]] = []
    versions = dict.fromkeys(groups, 0)

    def push(key: int, others: Container[int]) -> None:
        shared: Counter[int] = Counter()
        for term in cores[key]:
            for other in holders[term]:
                if other in others:
                    shared[other] += int(weight[term])
        for other, count in shared.items():
            if count >= options.rejoin_terms and (
                cosine := _rejoin_cosine(groups[key], groups[other], options)
            ):
                low, high = (key, other) if key < other else (other, key)
                heapq.heappush(heap, (-cosine, low, high, versions[low], versions[high]))

    for key in sorted(groups):
        push(key, range(key + 1, len(labels)))  # each pair once, from its lower group
    while heap:
        _, first, second, version_first, version_second = heapq.heappop(heap)
        if versions.get(first) != version_first or versions.get(second) != version_second:
            continue  # one of the two has joined another group since
        for term in cores.pop(second):
            holders[term].discard(second)
        for term in cores[first]:
            holders[term].discard(first)
        groups[first] = groups[first].joined(groups.pop(second))
        members[first] += members.pop(second)
        del versions[second]
        versions[first] += 1
        cores[first] = groups[first].core(options)
        for term in cores[first]:
            holders[term].add(first)
        push(first, groups.keys() - {first})
    relabelled = list(labels)
    for key, group in members.items():
        for index in group:
            relabelled[index] = key
    return relabelled


@dataclass(frozen=True)
class _RejoinGroup:
    """A group of the second pass: its size, the sum of its members' unit rows and how many of them
    hold each term (both by term column), and the span of its known dates."""

    size: int
    total: dict[int, float]
    held: dict[int, int]
    span: tuple[date, date] | None
    squares: float  # the sum of the squares of ``total``: its norm's square, for every pair it meets

    @classmethod
    def of(cls, vectors: _Vectors, members: list[int], days: list[date | None]) -> _RejoinGroup:
        rows = vectors.matrix[members]
        # sums over the columns the members hold only, not over the whole vocabulary (once per group)
        columns, column_of = np.unique(rows.indices, return_inverse=True)
        total = np.bincount(column_of, weights=rows.data, minlength=len(columns))
        held = np.bincount(column_of, minlength=len(columns))
        span = None
        for day in (days[index] for index in members):
            span = _joined_span(span, (day, day) if day else None)
        totals = dict(zip(columns.tolist(), total.tolist(), strict=True))
        held_by = dict(zip(columns.tolist(), held.tolist(), strict=True))
        return cls(len(members), totals, held_by, span, _squares(totals))

    def joined(self, other: _RejoinGroup) -> _RejoinGroup:
        total, held = dict(self.total), dict(self.held)
        for column, value in other.total.items():
            total[column] = total.get(column, 0.0) + value
        for column, count in other.held.items():
            held[column] = held.get(column, 0) + count
        span = _joined_span(self.span, other.span)
        return _RejoinGroup(self.size + other.size, total, held, span, _squares(total))

    def core(self, options: EventOptions) -> list[int]:
        """The term columns at least ``rejoin_share`` of the members hold."""
        return sorted(
            column for column, count in self.held.items() if count >= options.rejoin_share * self.size
        )


def _squares(total: dict[int, float]) -> float:
    return sum(v * v for v in total.values())


def _rejoin_cosine(first: _RejoinGroup, second: _RejoinGroup, options: EventOptions) -> float:
    """The cosine of two groups' centroids where they may join (at least ``rejoin_threshold``, dates
    at most ``rejoin_days`` apart, the joined span within ``max_span_days``), else 0."""
    if first.span and second.span:
        gap = (max(first.span[0], second.span[0]) - min(first.span[1], second.span[1])).days
        joined = _joined_span(first.span, second.span)
        if gap > options.rejoin_days or _too_long(joined, options):
            return 0.0
    small, large = sorted((first.total, second.total), key=len)
    product = sum(value * large.get(column, 0.0) for column, value in small.items())
    norms = np.sqrt(first.squares * second.squares)
    cosine = product / norms if norms else 0.0
    return cosine if cosine >= options.rejoin_threshold else 0.0


def _split(vectors: _Vectors, labels: list[int], days: list[date | None], options: EventOptions) -> list[int]:
    """The third pass: a group of at least twice ``split_core_size`` articles (and at most
    ``DENSE_MAX``) parts into the stories it holds (``_story_parts``) where two of its tight cores
    have centroids less alike than ``split_unlike``: neighbouring stories of one kind, joined in the
    linkage through the names and words of their kind alone (two stories of one campaign through
    Harris and Trump, on dev6 of ``benchmarks/events_real.py``), while a story told from several
    angles has cores whose centroids hold its own words."""
    if options.split_core_size < 1 or not 0 < options.split_unlike <= 1:
        return labels
    members = _members(labels)
    relabelled, fresh = list(labels), max(labels) + 1
    for key in sorted(members):
        group = members[key]
        if not 2 * options.split_core_size <= len(group) <= DENSE_MAX:
            continue
        for part in _story_parts(vectors, group, days, options)[1:]:
            for index in part:
                relabelled[index] = fresh
            fresh += 1
    return relabelled


def _story_parts(
    vectors: _Vectors, group: list[int], days: list[date | None], options: EventOptions
) -> list[list[int]]:
    """The stories of one group (its articles, ``group``), the first holding its first article's
    story: the group's cores (average linkage among its articles at ``split_core_threshold``, the
    parts of at least ``split_core_size`` articles) are joined where their centroids (the sums of
    their members' unit rows) have cosine at least ``split_unlike``; if that leaves one story, the
    group stays whole. Every other article joins the story it resembles most on average if that
    mean reaches ``split_attach`` (means over the cores, so the order does not matter); the rest
    form a group of their own."""
    rows = np.array(group)
    similarity = np.clip(_similarities(vectors, rows, rows, options), 0.0, 1.0)
    np.fill_diagonal(similarity, 1.0)
    core = replace(
        options, threshold=options.split_core_threshold, attach_threshold=options.split_core_threshold
    )
    inner = _cluster(similarity, [days[index] for index in group], core)
    cores = [
        positions
        for _, positions in sorted(_members(inner).items())
        if len(positions) >= options.split_core_size
    ]
    if len(cores) < 2:
        return [group]
    centroids = np.vstack(
        [np.asarray(vectors.matrix[rows[positions]].sum(axis=0)).ravel() for positions in cores]
    )
    centroids /= np.linalg.norm(centroids, axis=1, keepdims=True)
    story = list(range(len(cores)))  # union-find over the cores: alike centroids tell one story
    for first, second in zip(
        *np.nonzero(np.triu(centroids @ centroids.T >= options.split_unlike, 1)), strict=True
    ):
        low, high = sorted((_root(story, int(first)), _root(story, int(second))))
        story[high] = low
    roots = sorted({_root(story, index) for index in range(len(cores))})
    if len(roots) < 2:
        return [group]
    stories = [
        [position for index in range(len(cores)) if _root(story, index) == root for position in cores[index]]
        for root in roots
    ]
    in_core = {position for positions in stories for position in positions}
    means = np.column_stack([similarity[:, positions].mean(axis=1) for positions in stories])
    parts: list[list[int]] = [sorted(positions) for positions in stories]
    rest: list[int] = []
    for position in range(len(group)):
        if position in in_core:
            continue
        best = int(np.argmax(means[position]))  # the first on ties
        (parts[best] if means[position, best] >= options.split_attach else rest).append(position)
    found = [sorted(part) for part in parts] + ([rest] if rest else [])
    return [[group[position] for position in part] for part in sorted(found)]


def _root(parent: list[int], index: int) -> int:
    """The representative of ``index`` in a union-find forest."""
    while parent[index] != index:
        index = parent[index]
    return index


def _joined_span(first, second):
    if first is None or second is None:
        return first or second
    return (min(first[0], second[0]), max(first[1], second[1]))


def _too_long(span: tuple[date, date] | None, options: EventOptions) -> bool:
    """Whether a (joined) span of known dates is longer than one event's ``max_span_days``."""
    return span is not None and (span[1] - span[0]).days > options.max_span_days


def _members(labels: list[int]) -> dict[int, list[int]]:
    """The positions of each label, in ascending order, by label in order of first appearance."""
    members: dict[int, list[int]] = {}
    for index, label in enumerate(labels):
        members.setdefault(label, []).append(index)
    return members


def group_events(
    docs: list[Doc], options: EventOptions = EventOptions(), progress: Progress | None = None
) -> list[int]:
    """A cluster number per article; numbers follow the first article of each cluster.
    Up to ``DENSE_MAX`` articles: one exact similarity matrix; more: each article's ``NEIGHBOURS``
    most similar candidates within ``max_span_days`` (a sparse graph; candidates share rare terms,
    see ``_nearest``), clustered the same way, so any two articles a few days apart can join at any
    corpus size. ``progress`` counts articles. With ``digests_apart`` a digest (``article_digest``)
    is kept out of the grouping: each is an event of its own."""
    return _grouped(docs, options, progress)[0]


def _grouped(
    docs: list[Doc], options: EventOptions, progress: Progress | None
) -> tuple[list[int], list[bool]]:
    """``group_events``'s cluster numbers and, per article, whether it was kept apart as a digest."""
    apart = [options.digests_apart and article_digest(doc) is not None for doc in docs]
    grouped = [doc for doc, digest in zip(docs, apart, strict=True) if not digest]
    labels = [0] * len(grouped)
    if len(grouped) >= 2:
        days = [parse_day(doc.article.date) for doc in grouped]
        labels = cluster_vectors(_vectors(grouped, options), days, options, progress)
    return with_digests(apart, labels), apart


def with_digests(apart: list[bool], labels: list[int]) -> list[int]:
    """A cluster number per article from the ``labels`` of those not kept ``apart`` (in order), each
    article kept apart a cluster of its own; numbers follow the first article of each cluster."""
    grouped = iter(labels)
    alone = iter(range(len(labels), len(labels) + len(apart)))  # after every group's number
    renumber: dict[int, int] = {}
    return [renumber.setdefault(next(alone) if digest else next(grouped), len(renumber)) for digest in apart]


def cluster_vectors(
    vectors: _Vectors | None, days: list[date | None], options: EventOptions, progress: Progress | None = None
) -> list[int]:
    """``group_events`` on the articles' term vectors (however they were read) and days: the
    linkage (one matrix up to ``DENSE_MAX`` articles, else a sparse neighbour graph), then the
    second pass over its groups (``_rejoin``), which reads the vectors again."""
    n = len(days)
    if n < 2:
        return [0] * n
    progress = progress or Progress.off()
    progress.total = n
    if n <= DENSE_MAX:
        labels = _cluster(_matrix(vectors, n, options), days, options)
        progress.update(n)
    else:
        pairs = _neighbour_pairs(vectors, n, options, NEIGHBOURS, progress)
        graph = _pair_graph(*pairs, n)
        del pairs
        return_freed_memory()
        labels = _cluster_graph(graph, days, options)
        del graph
    if vectors is not None:
        labels = _rejoin(vectors, labels, days, options)
        labels = _split(vectors, labels, days, options)
    renumber: dict[int, int] = {}
    return [renumber.setdefault(label, len(renumber)) for label in labels]


def neighbour_graph(
    docs: list[Doc], options: EventOptions = EventOptions(), neighbours: int = NEIGHBOURS, progress=None
) -> Any:
    """A symmetric sparse matrix (scipy CSR) holding, for each article, its ``neighbours`` most
    similar candidates among the articles it could share an event with (published at most
    ``max_span_days`` apart, or undated), found in chunks of articles close in time through the
    terms few articles of their window hold, each pair with its exact similarity: time and memory
    grow with the corpus, not with its square."""
    return _pair_graph(
        *_neighbour_pairs(_vectors(docs, options), len(docs), options, neighbours, progress), len(docs)
    )


def _pair_graph(first: np.ndarray, second: np.ndarray, value: np.ndarray, n: int) -> Any:
    """The symmetric sparse graph (scipy CSR) of the linked pairs (first < second, each once)."""
    from scipy.sparse import coo_matrix

    graph = coo_matrix((value, (first, second)), shape=(n, n)).tocsr()
    return (graph + graph.T).tocsr()  # a neighbour of either article links both


def _neighbour_pairs(
    vectors: _Vectors | None, n: int, options: EventOptions, neighbours: int, progress=None
) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """The pairs of ``neighbour_graph`` (lower and higher article, similarity > 0), each once."""
    if vectors is None:
        return np.zeros(0, np.int32), np.zeros(0, np.int32), np.zeros(0)
    # first pass: which terms are rare in some window; only their entries are read again
    ever = np.zeros(vectors.matrix.shape[1], dtype=bool)
    for _, window, held in _windows(vectors, options):
        ever |= held < _rare_limit(held, len(window))
    rare_entries = _only_columns(vectors.matrix, ever)
    found = []
    for chunk, window, held in _windows(vectors, options):
        found.append(_nearest(vectors, rare_entries, chunk, window, held, options, neighbours))
        return_freed_memory()  # each chunk's temporaries differ in size: the heap would fragment
        if progress:
            progress.update(len(chunk), "similar articles")
    del rare_entries
    first, second, factor, value = _joined(found)
    return_freed_memory()  # the chunks' parts, freed while joined
    # each pair once (it may be found from both ends), its exact similarity computed once; the
    # articles are read back from the pair's number, so that they are not held twice meanwhile
    pair = first.astype(np.int64) * n + second
    del first, second
    pair, once = np.unique(pair, return_index=True)
    first, second = (pair // n).astype(np.int32), (pair % n).astype(np.int32)
    del pair
    factor, value = factor[once], value[once]
    del once
    return_freed_memory()
    unknown = np.isnan(value)
    cosine, shared = _pair_similarity(vectors, first[unknown], second[unknown])
    value[unknown] = np.where(shared >= options.min_shared_terms, cosine * factor[unknown], 0.0)
    del cosine, shared, factor
    linked = value > 0
    return first[linked], second[linked], value[linked]


def _joined(found: list[tuple[np.ndarray, ...]]) -> list[np.ndarray]:
    """The chunks' pair arrays joined column by column, each column's parts freed once it is
    joined (``found`` is emptied), so that the pairs are never held twice."""
    parts = [list(column) for column in zip(*found, strict=True)]
    found.clear()
    joined = []
    while parts:
        joined.append(np.concatenate(parts.pop(0)))
    return joined


def _windows(vectors: _Vectors, options: EventOptions) -> Iterator[tuple[np.ndarray, np.ndarray, np.ndarray]]:
    """Each chunk of ``GRAPH_CHUNK`` articles in date order (undated last), the window of the
    articles it may share an event with (published at most ``max_span_days`` from one of them, or
    undated; all for an undated article) and how many of the window hold each term, counted as
    the window slides (each article's terms added once and taken away once)."""
    matrix, ordinals = vectors.matrix, vectors.ordinals
    order = np.argsort(np.nan_to_num(ordinals, nan=np.inf), kind="stable")
    dated = order[~np.isnan(ordinals[order])]
    undated = order[np.isnan(ordinals[order])]
    days = ordinals[dated]

    def terms(rows: np.ndarray) -> np.ndarray:
        return np.bincount(matrix[rows].indices, minlength=matrix.shape[1])

    held, low, high = terms(undated), 0, 0
    for start in range(0, len(order), GRAPH_CHUNK):
        chunk = order[start : start + GRAPH_CHUNK]
        known = ordinals[chunk]
        if np.isnan(known).any():
            yield chunk, order, np.bincount(matrix.indices, minlength=matrix.shape[1])
            continue
        new_low = int(np.searchsorted(days, known.min() - options.max_span_days, side="left"))
        new_high = int(np.searchsorted(days, known.max() + options.max_span_days, side="right"))
        held = held + terms(dated[high:new_high]) - terms(dated[low:new_low])
        low, high = new_low, new_high
        yield chunk, np.concatenate([dated[low:high], undated]), held


def _rare_limit(held: np.ndarray, window: int) -> float:
    """The number of a window's articles from which a term holds too many to propose pairs: the
    rarest terms propose, as many as keep the pairs they propose (the sum of the squares of how
    many articles hold each) under ``PAIRS_PER_ARTICLE`` per article of the window."""
    counts = np.sort(held[held > 0])
    excluded = np.searchsorted(np.cumsum(counts.astype(float) ** 2), PAIRS_PER_ARTICLE * window, "right")
    return float(counts[excluded]) if excluded < len(counts) else np.inf


def _nearest(
    vectors: _Vectors,
    rare_entries: Any,
    chunk: np.ndarray,
    window: np.ndarray,
    held: np.ndarray,
    options: EventOptions,
    neighbours: int,
):
    """The pairs (lower, higher article, date factor, similarity or NaN where it is still to be
    computed) of each article of ``chunk`` and its ``neighbours`` best candidates in ``window``.
    Candidates share, among the window's rare terms (``_rare_limit``; so the time grows with the
    corpus, not with the square of the articles a month holds), at least ``min_shared_terms`` (a
    name counting twice), and are ranked by their similarity over those terms. Where every term
    of the window is rare that similarity is the exact one; elsewhere it is computed over all
    terms afterwards."""
    limit = _rare_limit(held, len(window))
    rare = held < limit
    seen = _only_columns(rare_entries[window], rare)
    block = _only_columns(rare_entries[chunk], rare)
    # split the chunk so that no product holds more than about CANDIDATE_ENTRIES pairs
    entry_rows = np.repeat(np.arange(len(chunk)), np.diff(block.indptr))
    cost = np.cumsum(np.bincount(entry_rows, weights=held[block.indices], minlength=len(chunk)))
    parts, first = [], 0
    while first < len(chunk):
        last = max(
            first + 1, int(np.searchsorted(cost, (cost[first - 1] if first else 0) + CANDIDATE_ENTRIES))
        )
        parts.append((first, last))
        first = last
    # the same rows weighted so that their product counts the shared terms, a name twice
    counting, seen_counting = _counting(block, vectors.names), _counting(seen, vectors.names)
    chunk_days, window_days = vectors.ordinals[chunk], vectors.ordinals[window]
    found = []
    for first, last in parts:
        similarity = (block[first:last] @ seen.T).tocsr()
        shared = (counting[first:last] @ seen_counting.T).tocsr()
        if not np.array_equal(similarity.indptr, shared.indptr) or not np.array_equal(
            similarity.indices, shared.indices
        ):  # the same pairs, in the same order unless scipy changes how it multiplies
            similarity.sort_indices()
            shared.sort_indices()
        enough = shared.data >= options.min_shared_terms - 0.5  # (a pair sharing fewer scores 0)
        local = (first + np.repeat(np.arange(last - first), np.diff(similarity.indptr)))[enough]
        positions, partial = similarity.indices[enough], similarity.data[enough]
        factor = _date_factor(chunk_days[local], window_days[positions], options, within_span=True)
        rows, columns = chunk[local], window[positions]
        keep = (factor > 0) & (rows != columns)
        rows, columns, factor, partial = rows[keep], columns[keep], factor[keep], partial[keep] * factor[keep]
        ranked = np.lexsort((columns, -partial, rows))
        rows, columns, factor, partial = rows[ranked], columns[ranked], factor[ranked], partial[ranked]
        top = np.arange(len(rows)) - np.searchsorted(rows, rows, side="left") < neighbours
        value = partial[top] if limit == np.inf else np.full(top.sum(), np.nan)
        found.append(  # article numbers as int32 (the pairs of a whole corpus are held)
            (
                np.minimum(rows[top], columns[top]).astype(np.int32),
                np.maximum(rows[top], columns[top]).astype(np.int32),
                factor[top],
                value,
            )
        )
    return tuple(np.concatenate(part) for part in zip(*found, strict=True))


def _counting(rows: Any, names: np.ndarray) -> Any:
    """The rows with each entry √2 for a name term, else 1: the product of two such rows is the
    number of terms they share, a name counting twice (up to rounding)."""
    counting = rows.copy()
    counting.data = np.where(names[counting.indices], np.sqrt(2.0), 1.0)
    return counting


def _only_columns(rows: Any, keep: np.ndarray) -> Any:
    """The rows with only the entries of the ``keep`` term columns."""
    kept = rows.copy()
    kept.data = np.where(keep[kept.indices], kept.data, 0.0)
    kept.eliminate_zeros()
    return kept


def _date_factor(first: np.ndarray, second: np.ndarray, options: EventOptions, within_span: bool = False):
    """The date factor of article pairs (1 where either is undated); with ``within_span``, 0 for
    articles published more than ``max_span_days`` apart (they can never share an event)."""
    apart = np.abs(first - second)
    undated = np.isnan(apart)
    days = np.where(undated, 0.0, apart).astype(np.int64)  # day ordinals: whole days apart
    factor = (0.5 ** (np.arange(days.max(initial=0) + 1) / options.date_half_life_days))[days]
    factor[undated] = 1.0
    if within_span:
        factor[days > options.max_span_days] = 0.0  # (undated: 0 days) kept
    return factor


def _pair_similarity(
    vectors: _Vectors, rows: np.ndarray, columns: np.ndarray
) -> tuple[np.ndarray, np.ndarray]:
    """Cosine and shared terms (a name counting twice) of each pair (rows[k], columns[k]), over
    all terms, in batches: the products of the two rows' entries, summed per pair."""
    cosine, shared = np.zeros(len(rows)), np.zeros(len(rows))
    for start in range(0, len(rows), PAIR_BATCH):
        stop = min(start + PAIR_BATCH, len(rows))
        both = vectors.matrix[rows[start:stop]].multiply(vectors.matrix[columns[start:stop]]).tocsr()
        pair = np.repeat(np.arange(stop - start), np.diff(both.indptr))
        cosine[start:stop] = np.bincount(pair, weights=both.data, minlength=stop - start)
        shared[start:stop] = np.diff(both.indptr) + np.bincount(
            pair, weights=vectors.names[both.indices], minlength=stop - start
        )
    return cosine, shared


def _cluster_graph(graph: Any, days: list[date | None], options: EventOptions) -> list[int]:
    """Constrained average linkage on a sparse similarity graph: the same merges as ``_cluster`` on
    the full matrix, where a missing pair counts as similarity 0. A group's links (the sums of its
    articles' similarities to each other group) are gathered from the graph when it first merges
    and are summed again by ``root`` (each article's group) when it merges next, so no other
    group's links change; pairs of articles at or above the threshold come in order from one
    sorted array, the means of merged groups from a heap (ties by the lower numbers)."""
    n = len(days)
    graph = graph.tocsr()
    pairs = _strong_pairs(graph, options.threshold)
    root = list(range(n))
    sizes = [1] * n
    links: dict[int, dict[int, float]] = {}
    members = {i: [i] for i in range(n)}
    spans = {i: (day, day) if day else None for i, day in enumerate(days)}
    versions = [0] * n
    heap: list[tuple[float, int, int, int, int]] = []
    compact_at = COMPACT_HEAP
    waiting = next(pairs, None)
    while waiting is not None or heap:
        if waiting is not None and (not heap or (*waiting, 0, 0) < heap[0]):
            _, i, j = waiting
            waiting = next(pairs, None)
            if versions[i] or versions[j] or i not in members or j not in members:
                continue  # one of the two has merged since: its new means were pushed then
        else:
            _, i, j, version_i, version_j = heapq.heappop(heap)
            if i not in members or j not in members or versions[i] != version_i or versions[j] != version_j:
                continue  # a group merged since the pair was pushed: its new mean was pushed then
        span = _joined_span(spans[i], spans[j])
        if _too_long(span, options):
            continue  # published too far apart to be one event; spans only grow, so never again
        for k in members[j]:
            root[k] = i
        merged: dict[int, float] = {}
        for group in (i, j):
            for k, value in links.pop(group).items() if group in links else _row_links(graph, group):
                key = root[k]
                merged[key] = merged.get(key, 0.0) + value
        merged.pop(i, None)
        links[i] = merged
        sizes[i] += sizes[j]
        members[i] += members.pop(j)
        spans[i] = span
        versions[i] += 1
        for k, value in merged.items():
            mean = value / (sizes[i] * sizes[k])
            if mean >= options.threshold:
                low, high = (i, k) if i < k else (k, i)
                heapq.heappush(heap, (-mean, low, high, versions[low], versions[high]))
        if len(heap) > compact_at:  # drop the pairs of groups merged since (a smaller heap pops faster)
            heap = [
                entry for entry in heap if versions[entry[1]] == entry[3] and versions[entry[2]] == entry[4]
            ]
            heap = [entry for entry in heap if entry[1] in members and entry[2] in members]
            heapq.heapify(heap)
            compact_at = max(COMPACT_HEAP, 2 * len(heap))
    del links, heap, root  # not needed by the attaching, which reads the graph again
    _attach_singletons_graph(graph, members, spans, options)
    return _labels(members, n)


def _strong_pairs(graph: Any, threshold: float) -> Iterator[tuple[float, int, int]]:
    """(-similarity, i, j) of the pairs i < j at or above ``threshold``, best first (ties by i, j),
    read from the sorted arrays a slice at a time (no Python object per pair held)."""
    edges = graph.tocoo()
    strong = (edges.row < edges.col) & (edges.data >= threshold)
    rows, columns, values = edges.row[strong], edges.col[strong], -edges.data[strong]
    del edges, strong  # held while the pairs are read otherwise
    order = np.lexsort((columns, rows, values))
    for start in range(0, len(order), PAIR_BATCH):
        part = order[start : start + PAIR_BATCH]
        yield from zip(values[part].tolist(), rows[part].tolist(), columns[part].tolist(), strict=True)


def _row_links(graph: Any, index: int) -> Iterable[tuple[int, float]]:
    """An article's neighbours in the graph and its similarities to them."""
    start, stop = graph.indptr[index], graph.indptr[index + 1]
    return zip(graph.indices[start:stop].tolist(), graph.data[start:stop].tolist(), strict=True)


def _attach_singletons_graph(graph: Any, members: dict[int, list[int]], spans: dict, options) -> None:
    """``_attach_singletons`` on the sparse graph: a lone article's mean similarity to a group is
    the sum over its edges into the group divided by the group's size."""
    if options.attach_threshold >= options.threshold:
        return
    n = graph.shape[0]
    group_of = np.full(n, -1)
    for key, group in members.items():
        if len(group) > 1:
            group_of[group] = key
    sizes = {key: len(group) for key, group in members.items()}
    lone = np.zeros(n, dtype=bool)
    lone[[key for key, group in members.items() if len(group) == 1]] = True
    edges = graph.tocoo()
    into = lone[edges.row] & (group_of[edges.col] >= 0)
    single, group, value = edges.row[into], group_of[edges.col[into]], edges.data[into]
    order = np.lexsort((group, single))  # stable: each total summed in the graph's order
    single, group, value = single[order], group[order], value[order]
    if not len(single):
        return
    starts = np.flatnonzero(np.r_[True, (single[1:] != single[:-1]) | (group[1:] != group[:-1])])
    totals = np.add.reduceat(value, starts)
    maxima = np.maximum.reduceat(value, starts)
    single, group = single[starts], group[starts]
    means = totals / np.array([sizes[int(key)] for key in group])
    bounds = np.flatnonzero(np.r_[True, single[1:] != single[:-1], True])
    for first, last in zip(bounds[:-1].tolist(), bounds[1:].tolist(), strict=True):
        if means[first:last].max() >= options.attach_threshold:
            ranked = sorted(
                zip(
                    group[first:last].tolist(),
                    means[first:last].tolist(),
                    maxima[first:last].tolist(),
                    strict=True,
                ),
                key=lambda x: (-x[1], x[0]),
            )
            _join_best(int(single[first]), ranked, members, spans, options)


@dataclass(frozen=True)
class EventReason:
    """Why articles form one event: the names and words most of them share, their publication
    dates and their number. ``id`` is derived from the member article ids alone (stable)."""

    id: str
    articles: int
    names: tuple[str, ...]
    words: tuple[str, ...]
    first: str | None
    last: str | None

    def to_dict(self) -> dict:
        return {
            "id": self.id,
            "articles": self.articles,
            "names": list(self.names),
            "words": list(self.words),
            "first": self.first,
            "last": self.last,
        }


def display_term(lemma: str, form: str, initial: bool) -> tuple[str, str] | None:
    """("name", the name as written) or ("word", the content lemma) for labels and reasons; None
    for short words, stopwords and the rest."""
    if len(form) < 3 or lemma.lower() in word_list("stopwords_de.txt"):
        return None
    if form[0].isupper() and (
        lemma.lower() in place_names() or (not initial and not simplemma.is_known(form, lang="de"))
    ):
        return "name", form
    if len(lemma) >= 4 and lemma.isalpha():
        return "word", lemma
    return None


def _display_terms(doc: Doc) -> tuple[frozenset[str], frozenset[str]]:
    """The names (as written) and the content lemmas of an article, for labels and reasons."""
    names: set[str] = set()
    words: set[str] = set()
    for key in doc.word_counts():
        if found := display_term(*key):
            (names if found[0] == "name" else words).add(found[1])
    return frozenset(names), frozenset(words)


def _ranked(counts: Counter[str], size: int, frequency: Counter[str], total: int, limit: int = 3) -> tuple:
    """The terms that hold a group of ``size`` articles together (``counts``: how many of them hold
    each term): found in a share of its members at least OVER_REPRESENTED times their share of the
    corpus, ranked by share × idf² (a rare shared name before a common word), then alphabetically
    so ties never depend on hash order; with two or more members only terms at least two share."""
    least = 2 if size > 1 else 1
    scored = [
        (-count / size * np.log((1 + total) / frequency[term]) ** 2, term)
        for term, count in counts.items()
        if count >= least and (count / size >= OVER_REPRESENTED * frequency[term] / total or size == total)
    ]
    return tuple(term for _, term in sorted(scored)[:limit])


def group_reason(
    ids: list[str], names: Counter[str], words: Counter[str], corpus: tuple[Counter, Counter, int], days: list
) -> EventReason:
    """The reason of a group of articles (``ids``) from how many of them hold each name and word,
    against ``corpus`` (articles holding each name, each word, and the number of articles)."""
    chosen = _ranked(names, len(ids), corpus[0], corpus[2])
    words = Counter({word: count for word, count in words.items() if word not in chosen})
    days = sorted(str(day) for day in days if day)
    return EventReason(
        id=members_id(ids),
        articles=len(ids),
        names=chosen,
        words=_ranked(words, len(ids), corpus[1], corpus[2]),
        first=days[0] if days else None,
        last=days[-1] if days else None,
    )


def members_id(ids: Iterable[str]) -> str:
    """A stable id of a group of articles: SHA-1 of their sorted article ids, cut to 10 hex digits."""
    return hashlib.sha1("\n".join(sorted(ids)).encode("utf-8")).hexdigest()[:10]


def event_id(docs: list[Doc]) -> str:
    """``members_id`` of these articles."""
    return members_id(doc.article.id for doc in docs)


def base_names(names: Iterable[str]) -> dict[str, str]:
    """Each name as shown: a genitive as its name where that occurs too ("Meuthens" → "Meuthen")."""
    seen = set(names)
    return {name: name[:-1] if name.endswith("s") and name[:-1] in seen else name for name in seen}


class _Vocabulary:
    """Display terms of every article of a corpus and their document frequencies, read once."""

    def __init__(self, docs: list[Doc]) -> None:
        terms = {id(doc): _display_terms(doc) for doc in docs}
        shown = base_names(name for names, _ in terms.values() for name in names)
        self.terms = {
            key: (frozenset(shown[name] for name in names), words) for key, (names, words) in terms.items()
        }
        self.names: Counter[str] = Counter(n for names, _ in self.terms.values() for n in names)
        self.words: Counter[str] = Counter(w for _, words in self.terms.values() for w in words)
        self.total = len(docs)

    def reason(self, members: list[Doc]) -> EventReason:
        return group_reason(
            [doc.article.id for doc in members],
            Counter(name for d in members for name in self.terms[id(d)][0]),
            Counter(word for d in members for word in self.terms[id(d)][1]),
            (self.names, self.words, self.total),
            [parse_day(doc.article.date) for doc in members],
        )


def event_label(docs: list[Doc], reason: EventReason | None = None) -> str:
    """A readable label: the month of the earliest date and the names (else the words) the
    articles share most, ranked by weight and then alphabetically, so the same articles always
    get the same label."""
    return reason_label(reason or _Vocabulary(docs).reason(docs))


def reason_label(reason: EventReason) -> str:
    """``event_label`` from the reason alone."""
    month = f"{reason.first[:7]} " if reason.first else ""
    return f"{month}{', '.join(reason.names or reason.words)}".strip() or "event"


def event_reasons(docs: list[Doc]) -> dict[str, EventReason]:
    """The reason of every event of a corpus (given or clustered), keyed by the event name."""
    vocabulary = _Vocabulary(docs)
    events: dict[str, list[Doc]] = {}
    for doc in docs:
        if doc.article.event:
            events.setdefault(doc.article.event, []).append(doc)
    return {name: vocabulary.reason(members) for name, members in events.items()}


def reason_text(reason: EventReason, language: str = "de", written_dates: bool = False) -> str:
    """The reason as one line of the UI language: number of articles, date span, shared terms; the
    dates as ISO dates, or with ``written_dates`` as the language writes them ("9. April 2024")."""

    def day(date: str) -> str:
        return date_text(date, language) if written_dates else date

    if reason.first is None:
        span = t("event.undated", language)
    elif reason.first == reason.last or reason.last is None:
        span = day(reason.first)
    else:
        span = f"{day(reason.first)} – {day(reason.last)}"
    key = "event.reason" if reason.articles > 1 else "event.reason_single"
    shared = ", ".join(reason.names + reason.words) or "–"
    return t(key, language, articles=reason.articles, span=span, shared=shared)


def assign_events(
    docs: list[Doc], options: EventOptions = EventOptions(), progress: Progress | None = None
) -> dict[str, list[Doc]]:
    """Fill ``article.event`` where none was given; returns every event with its articles.

    Articles whose event was given (metadata, user override) keep it and are grouped by it;
    ``progress`` follows the clustering of the others. A digest kept out of the grouping
    (``digests_apart``) is an event of its own, its ``event_source`` "digest".
    """
    events: dict[str, list[Doc]] = {}
    open_docs = []
    for doc in docs:
        if doc.article.event:
            events.setdefault(doc.article.event, []).append(doc)
        else:
            open_docs.append(doc)
    clusters: dict[int, list[Doc]] = {}
    numbers, apart = _grouped(open_docs, options, progress)
    for doc, cluster in zip(open_docs, numbers, strict=True):
        clusters.setdefault(cluster, []).append(doc)
    digests = {cluster for cluster, digest in zip(numbers, apart, strict=True) if digest}
    vocabulary = _Vocabulary(open_docs)
    reasons = {number: vocabulary.reason(members) for number, members in clusters.items()}
    labels = {number: event_label(clusters[number], reason) for number, reason in reasons.items()}
    names = unique_names(labels, {number: reason.id for number, reason in reasons.items()}, set(events))
    for number, members in clusters.items():
        for doc in members:
            doc.article.event = names[number]
            doc.article.provenance.event_source = "digest" if number in digests else "clustered"
            doc.article.provenance.event_id = reasons[number].id
        events[names[number]] = members
    return events


def unique_names(labels: dict[Any, str], ids: dict[Any, str], taken: set[str]) -> dict[Any, str]:
    """A name per group from its label: equal labels (or labels already ``taken``) are told apart by
    " (2)", " (3)", given in the order of the groups' content-derived ids."""
    names: dict[Any, str] = {}
    taken = set(taken)
    for key in sorted(labels, key=lambda key: (labels[key], ids[key])):
        label, suffix = labels[key], 2
        while label in taken:
            label = f"{labels[key]} ({suffix})"
            suffix += 1
        taken.add(label)
        names[key] = label
    return names
