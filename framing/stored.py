"""Comparing from the corpus store: the events found (stored in ``events`` and ``event_articles``,
deterministic ids and names, editable: rename, merge, split), one event's articles rebuilt from the
stored rows, and lemma counts summed by DuckDB. Everything is read by SQL on the table names of
``framing.schema`` (so DuckDB views over another backend serve as well), and at most one event's
articles are held in memory at a time (grouping events holds one sparse term vector per article).

Rebuilt articles carry the stored sentences, spans, quotes and features: nothing is analysed
again. Commands that need the tokens as well (matrices, coverage, report, classify) split the
stored clean text into tokens again (``segment``: tokens and lemmas, no measures), one event at
a time. Grouping and keyness read the ``lemmas`` table, so they never need the text.
"""

from __future__ import annotations

import itertools
import json
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass

import numpy as np
import pandas as pd

from .compare.events import (
    DIGEST_HEAD,
    EventOptions,
    EventReason,
    _Vectors,
    base_names,
    cluster_vectors,
    digest_head,
    digest_reason,
    display_term,
    event_term,
    members_id,
    parse_day,
    reason_label,
    term_vectors,
    unique_names,
    with_digests,
)
from .compare.keyness import content_lemma
from .compare.stats import OutletArticles, SentenceTable, compared_outlet
from .errors import FramingError
from .measures import MEASURED_LANGUAGES, statistics_read
from .model import Article, Doc, Quote, Removed, Sentence, Span
from .progress import Progress
from .schema import TABLES, quoted
from .segment import segment
from .store import Store, article_from_row


@dataclass(frozen=True)
class StoredEvent:
    id: str
    name: str
    reason: EventReason
    # "clustered", "digest" (a digest kept out of the grouping, ``compare.events.article_digest``), "given"
    # (the article's own event) or "edited" (renamed, merged, split)
    origin: str


class StoredCorpus:
    """The comparing view of an open store."""

    def __init__(self, store: Store) -> None:
        if store.reanalyse_needed:
            raise FramingError(
                f"{store.path} was stored by an older framing without word counts or sentence "
                f"statistics; run `framing ingest --db {store.path} --reanalyze` once first"
            )
        self.store = store
        self.con = store.con

    def _register(self, name: str, frame: pd.DataFrame) -> None:
        self.con.register(name, frame)

    # events

    def events(self) -> dict[str, StoredEvent]:
        """The stored events by name, in name order."""
        rows = self.con.execute("SELECT id, name, reason, origin FROM events ORDER BY name").fetchall()
        return {
            name: StoredEvent(i, name, _reason(json.loads(reason)), origin)
            for i, name, reason, origin in rows
        }

    def ensure_events(self, options: EventOptions | None = None, progress: Progress | None = None) -> None:
        """Group the articles into events unless every stored article has one already."""
        missing = self.con.execute(
            "SELECT count(*) FROM articles a ANTI JOIN event_articles e ON e.article_id = a.id"
        ).fetchall()[0][0]
        if missing:
            self.find_events(options or EventOptions(), progress)

    def find_events(self, options: EventOptions, progress: Progress | None = None) -> int:
        """Group the stored articles into events and store them: an article's own event (as given)
        and events the user edited are kept, the others are clustered afresh, a digest kept apart as an
        event of its own (origin "digest", ``digests``), as ``assign_events`` does for articles read from
        files. Returns the number of events."""
        articles = self.con.execute("SELECT id, date, event FROM articles ORDER BY id").fetchall()
        edited = dict(
            self.con.execute(
                "SELECT ea.article_id, e.name FROM event_articles ea JOIN events e ON e.id = ea.event_id "
                "WHERE e.origin = 'edited'"
            ).fetchall()
        )
        days = {aid: parse_day(day) for aid, day, _ in articles}
        kept: dict[str, tuple[str, list[str]]] = {}  # name → (origin, article ids)
        open_ids = []
        for aid, _, given in articles:
            if aid in edited:
                kept.setdefault(edited[aid], ("edited", []))[1].append(aid)
            elif given:
                kept.setdefault(given, ("given", []))[1].append(aid)
            else:
                open_ids.append(aid)
        keys = self._keys()
        digests = self.digests(open_ids) if options.digests_apart else {}
        grouped = [aid for aid in open_ids if aid not in digests]
        numbers = with_digests(
            [aid in digests for aid in open_ids], self._cluster(grouped, days, options, progress, keys)
        )
        clusters: dict[int, list[str]] = {}
        for aid, number in zip(open_ids, numbers, strict=True):
            clusters.setdefault(number, []).append(aid)
        reasons = self._reasons(clusters, open_ids, days, keys)
        labels = {number: reason_label(reason) for number, reason in reasons.items()}
        names = unique_names(labels, {n: r.id for n, r in reasons.items()}, set(kept))
        groups = {
            **kept,
            **{
                names[n]: ("digest" if members[0] in digests else "clustered", members)
                for n, members in clusters.items()
            },
        }
        if kept:  # reasons against every stored article, kept events among them
            shown = self._reasons(
                {name: ids for name, (_, ids) in groups.items()}, [a[0] for a in articles], days, keys
            )
        else:  # every article was clustered: the reasons found are those against all of them
            shown = {names[number]: reason for number, reason in reasons.items()}
        self._save({name: (origin, ids, shown[name]) for name, (origin, ids) in groups.items()})
        return len(groups)

    def digests(self, ids: list[str], language: str = "en") -> dict[str, str]:
        """Article id → why it is a digest (``digest_reason`` of its ``digest_head``, in ``language``),
        of these articles; no more of each text is read than the head can hold."""
        self._register("digest_ids", pd.DataFrame({"id": pd.Series(ids, dtype=str)}))
        rows = self.con.execute(
            "SELECT a.id, a.title, left(a.text, ?) FROM articles a JOIN digest_ids d ON d.id = a.id",
            [DIGEST_HEAD],
        ).fetchall()
        return {
            aid: reason
            for aid, title, text in rows
            if (reason := digest_reason(digest_head(title, text or ""), language))
        }

    def digest_events(self, language: str = "en", name: str | None = None) -> dict[str, str]:
        """Event name → why its article is a digest (in ``language``), of the stored events that are
        digests kept out of the grouping (origin "digest"); only the event ``name`` where one is given
        (the app's chosen event: one head read, not every digest's)."""
        rows = self.con.execute(
            "SELECT e.name, ea.article_id FROM events e JOIN event_articles ea ON ea.event_id = e.id "
            "WHERE e.origin = 'digest' AND (? IS NULL OR e.name = ?) ORDER BY e.name",
            [name, name],
        ).fetchall()
        why = self.digests([aid for _, aid in rows], language)
        return {name: why[aid] for name, aid in rows if aid in why}

    def _keys(self) -> list[tuple]:
        """The distinct stored (lemma, form, initial) keys (few: their terms are found in Python)."""
        return self.con.execute("SELECT DISTINCT lemma, form, initial FROM lemmas").fetchall()

    def _cluster(
        self, ids: list[str], days: dict, options: EventOptions, progress: Progress | None, keys: list
    ) -> list[int]:
        """``group_events`` on these articles, their term vectors summed by DuckDB from the stored
        word counts and actor spans."""
        if len(ids) < 2:
            return [0] * len(ids)
        # passed without a name here, the vectors' only reference is cluster_vectors', freed once grouped
        return cluster_vectors(
            self._term_vectors(ids, days, options, keys), [days[aid] for aid in ids], options, progress
        )

    def _term_vectors(
        self, ids: list[str], days: dict, options: EventOptions, keys: list[tuple]
    ) -> _Vectors | None:
        """The articles' term vectors (``term_vectors``), DuckDB's cache dropped once they are read."""
        self._register("open_rows", pd.DataFrame({"article_id": ids, "row": np.arange(len(ids))}))
        # the terms and their columns are found from the distinct keys (few), so DuckDB sums by numbers
        terms = [(key, found) for key in keys if (found := event_term(key[0], key[1], options))]
        actors = [
            row[0]
            for row in self.con.execute("SELECT DISTINCT label FROM spans WHERE layer = 'actor'").fetchall()
        ]
        names = sorted({term for _, (term, _) in terms} | {f"actor:{label}" for label in actors})
        column = {term: index for index, term in enumerate(names)}
        self._register(
            "term_keys",
            pd.DataFrame(
                [(*key, column[term], weight) for key, (term, weight) in terms],
                columns=["lemma", "form", "initial", "col", "weight"],
            ),
        )
        self._register(
            "actor_keys", pd.DataFrame({"label": actors, "col": [column[f"actor:{a}"] for a in actors]})
        )
        self.con.execute(
            "CREATE OR REPLACE TEMP TABLE term_weights AS "
            "SELECT o.row::INTEGER AS row, k.col::INTEGER AS col, sum(l.count * k.weight) AS value "
            "FROM lemmas l JOIN open_rows o USING (article_id) JOIN term_keys k USING (lemma, form, initial) "
            "GROUP BY ALL "
            "UNION ALL SELECT o.row::INTEGER, a.col::INTEGER, count(*) * ? FROM spans s "
            "JOIN open_rows o USING (article_id) JOIN actor_keys a USING (label) "
            "WHERE s.layer = 'actor' AND ? > 0 GROUP BY ALL",
            [options.actor_weight, options.actor_weight],
        )
        # the triples read a batch at a time, in no order (DuckDB sorts nothing), each put in its
        # row's place in arrays of their final size; term_vectors sorts each row's terms
        counted = self.con.execute(
            "SELECT row, count(*)::BIGINT AS terms FROM term_weights GROUP BY row"
        ).fetchnumpy()
        per_row = np.zeros(len(ids), np.int64)
        per_row[counted["row"]] = counted["terms"]
        total = int(per_row.sum())
        columns, values = np.empty(total, np.int32), np.empty(total)
        free = np.cumsum(per_row) - per_row  # each row's next free place
        reader = self.con.sql("SELECT row, col, value::DOUBLE FROM term_weights").to_arrow_reader(READ_BATCH)
        for batch in reader:
            rows, read_columns, read_values = (column.to_numpy() for column in batch.columns)
            order = np.argsort(rows, kind="stable")
            rows = rows[order]
            places = free[rows] + np.arange(len(rows)) - np.searchsorted(rows, rows)
            columns[places], values[places] = read_columns[order], read_values[order]
            free += np.bincount(rows, minlength=len(ids))
        self.con.execute("DROP TABLE term_weights")
        ordinals = np.array([day.toordinal() if (day := days[aid]) else np.nan for aid in ids])
        outlet_of = dict(
            self.con.execute(
                "SELECT a.id, coalesce(a.outlet, '') FROM articles a JOIN open_rows o ON o.article_id = a.id"
            ).fetchall()
        )
        outlets = np.array([outlet_of[aid] for aid in ids], dtype=object)
        self.store.release_cache()  # the sums are read: the linkage needs the memory, not DuckDB
        return term_vectors(per_row, columns, values, names, ordinals, options, outlets)

    def _reasons(self, groups: dict, vocabulary: list[str], days: dict, keys: list | None = None) -> dict:
        """``EventReason`` of each group of article ids, its terms ranked by DuckDB against the
        articles of ``vocabulary`` as ``_Vocabulary.reason`` ranks them (``keys``: ``_keys()``)."""
        if not groups:
            return {}
        shown = [(key, found) for key in keys or self._keys() if (found := display_term(*key))]
        self._register("vocabulary", pd.DataFrame({"article_id": vocabulary}))
        stored = self.con.execute("SELECT count(*) FROM articles").fetchall()[0][0]
        everyone = len(set(vocabulary)) == stored  # then no join with the vocabulary is needed
        within = "" if everyone else "JOIN vocabulary USING (article_id)"
        if everyone:  # every stored key occurs in the vocabulary
            raw_names = {term for _, (kind, term) in shown if kind == "name"}
        else:
            self._register(
                "display_keys",
                pd.DataFrame(
                    [(*k, term) for k, (kind, term) in shown if kind == "name"],
                    columns=["lemma", "form", "initial", "term"],
                ),
            )
            raw_names = {
                row[0]
                for row in self.con.execute(
                    f"SELECT DISTINCT k.term FROM lemmas l {within} "
                    "JOIN display_keys k USING (lemma, form, initial)"
                ).fetchall()
            }
        mapping = base_names(raw_names)
        # each (kind, term as shown) numbered, so that DuckDB counts numbers, not strings
        numbered: dict[tuple[str, str], int] = {}
        rows = [
            (
                *k,
                numbered.setdefault(
                    (kind, mapping.get(term, term) if kind == "name" else term), len(numbered)
                ),
            )
            for k, (kind, term) in shown
        ]
        self._register("display_keys", pd.DataFrame(rows, columns=["lemma", "form", "initial", "tid"]))
        self._register(
            "term_ids",
            pd.DataFrame(
                [(tid, kind, term) for (kind, term), tid in numbered.items()], columns=["tid", "kind", "term"]
            ),
        )
        keys_of = list(groups)
        self._register(
            "group_rows",
            pd.DataFrame(
                [(aid, number) for number, key in enumerate(keys_of) for aid in groups[key]],
                columns=["article_id", "grp"],
            ),
        )
        total = len(vocabulary)
        ranked = self.con.execute(
            f"""
            WITH terms AS (
                SELECT DISTINCT l.article_id, k.tid FROM lemmas l {within}
                JOIN display_keys k USING (lemma, form, initial)),
            corpus AS (SELECT tid, count(*) AS frequency FROM terms GROUP BY tid),
            sizes AS (SELECT grp, count(*) AS size FROM group_rows GROUP BY grp),
            counted AS (
                SELECT g.grp, t.tid, count(*) AS n FROM terms t JOIN group_rows g USING (article_id)
                GROUP BY ALL)
            SELECT grp, kind, term FROM counted JOIN corpus USING (tid) JOIN sizes USING (grp)
            JOIN term_ids USING (tid)
            WHERE n >= (CASE WHEN size > 1 THEN 2 ELSE 1 END)
              AND (n / size >= 1.5 * frequency / ? OR size = ?)
            QUALIFY row_number() OVER (
                PARTITION BY grp, kind ORDER BY -n / size * pow(ln((1 + ?) / frequency), 2), term) <= 6
            ORDER BY grp, kind, -n / size * pow(ln((1 + ?) / frequency), 2), term
            """,
            [total, total, total, total],
        ).fetchall()
        terms: dict[int, dict[str, list[str]]] = {}
        for number, kind, term in ranked:
            terms.setdefault(number, {"name": [], "word": []})[kind].append(term)
        reasons = {}
        for number, key in enumerate(keys_of):
            kinds = terms.get(number, {"name": [], "word": []})
            names = tuple(kinds["name"][:3])
            words = tuple([w for w in kinds["word"] if w not in names][:3])
            members = sorted(str(day) for aid in groups[key] if (day := days[aid]))
            reasons[key] = EventReason(
                id=members_id(groups[key]),
                articles=len(groups[key]),
                names=names,
                words=words,
                first=members[0] if members else None,
                last=members[-1] if members else None,
            )
        return reasons

    def _save(self, groups: dict[str, tuple[str, list[str], EventReason]]) -> None:
        """Replace the stored events by these (name → origin, article ids, reason), in one transaction."""
        events = pd.DataFrame(
            [
                (reason.id, name, json.dumps(reason.to_dict(), ensure_ascii=False), len(ids), origin)
                for name, (origin, ids, reason) in groups.items()
            ],
            columns=["id", "name", "reason", "articles", "origin"],
        )
        members = pd.DataFrame(
            [(aid, reason.id) for _, ids, reason in groups.values() for aid in ids],
            columns=["article_id", "event_id"],
        )
        self.con.execute("BEGIN TRANSACTION")
        try:
            self.con.execute("DELETE FROM event_articles")
            self.con.execute("DELETE FROM events")
            for table, frame in (("events", events), ("event_articles", members)):
                if len(frame):
                    self._register("new_rows", frame)
                    self.con.execute(f"INSERT INTO {table} BY NAME SELECT * FROM new_rows")
            self.con.execute("COMMIT")
        except Exception:
            self.con.execute("ROLLBACK")
            raise

    def _groups(self) -> dict[str, tuple[str, list[str]]]:
        """The stored events as name → (origin, article ids)."""
        groups: dict[str, tuple[str, list[str]]] = {}
        rows = self.con.execute(
            "SELECT e.name, e.origin, ea.article_id FROM events e "
            "JOIN event_articles ea ON ea.event_id = e.id ORDER BY e.name, ea.article_id"
        ).fetchall()
        for name, origin, aid in rows:
            groups.setdefault(name, (origin, []))[1].append(aid)
        return groups

    def _named(self, event: str, groups: dict) -> str:
        """The stored event's name, given its name or id."""
        if event in groups:
            return event
        ids = {members_id(ids): name for name, (_, ids) in groups.items()}
        if event in ids:
            return ids[event]
        raise FramingError(f"unknown event {event!r}; events stored: {', '.join(sorted(groups)) or 'none'}")

    def rename(self, event: str, name: str) -> None:
        groups = self._groups()
        old = self._named(event, groups)
        if name in groups and name != old:
            raise FramingError(f"an event named {name!r} exists already; merge them instead")
        ids = groups.pop(old)[1]
        self._replace(groups, {name: ids})

    def merge(self, events: list[str], name: str | None = None) -> str:
        groups = self._groups()
        olds = list(dict.fromkeys(self._named(event, groups) for event in events))
        if len(olds) < 2:
            raise FramingError("merge needs two or more different events")
        ids = sorted(aid for old in olds for aid in groups.pop(old)[1])
        name = name or olds[0]
        if name in groups:
            raise FramingError(f"an event named {name!r} exists already")
        self._replace(groups, {name: ids})
        return name

    def split(self, event: str, articles: list[str], name: str | None = None) -> str:
        groups = self._groups()
        old = self._named(event, groups)
        members = groups.pop(old)[1]
        moved = sorted(set(articles))
        unknown = [aid for aid in moved if aid not in members]
        if unknown:
            raise FramingError(f"not articles of event {old!r}: {', '.join(unknown)}")
        if len(moved) == len(members):
            raise FramingError("split needs some articles to stay: name fewer articles than the event has")
        name = name or f"{old} (split)"
        if name in groups or name == old:
            raise FramingError(f"an event named {name!r} exists already")
        self._replace(groups, {old: [a for a in members if a not in moved], name: moved})
        return name

    def _replace(self, groups: dict[str, tuple[str, list[str]]], edited: dict[str, list[str]]) -> None:
        groups = {**groups, **{name: ("edited", ids) for name, ids in edited.items()}}
        days = {
            aid: parse_day(day) for aid, day in self.con.execute("SELECT id, date FROM articles").fetchall()
        }
        everything = [aid for _, ids in groups.values() for aid in ids]
        reasons = self._reasons({name: ids for name, (_, ids) in groups.items()}, everything, days)
        self._save({name: (origin, ids, reasons[name]) for name, (origin, ids) in groups.items()})

    def event_outlets(self) -> dict[str, int]:
        """How many outlets each stored event's articles come from, by event name."""
        return dict(
            self.con.execute(
                "SELECT e.name, count(DISTINCT coalesce(nullif(a.outlet, ''), '?')) FROM events e "
                "JOIN event_articles ea ON ea.event_id = e.id JOIN articles a ON a.id = ea.article_id "
                "GROUP BY e.name"
            ).fetchall()
        )

    # articles

    def article_count(self) -> int:
        return self.con.execute("SELECT count(*) FROM articles").fetchall()[0][0]

    def outlets(self) -> list[str]:
        """Every stored article's outlet ("?" where none is named), sorted."""
        return [
            row[0]
            for row in self.con.execute(
                "SELECT DISTINCT coalesce(nullif(outlet, ''), '?') AS o FROM articles ORDER BY o"
            ).fetchall()
        ]

    def event_members(self, event: str) -> list[tuple]:
        """(id, outlet, title, date, source) of one stored event's articles (by name or id), by id."""
        self._register("wanted", pd.DataFrame({"article_id": self.event_ids(event)}))
        return self.con.execute(
            "SELECT id, outlet, title, date, source FROM articles "
            "WHERE id IN (SELECT article_id FROM wanted) ORDER BY id"
        ).fetchall()

    def feature_by_date(self, feature: str) -> list[tuple]:
        """(date as stored, outlet ("?" where none), sum of the feature, articles) of the dated
        articles, summed by DuckDB per date and outlet (an article without the feature counts 0)."""
        return self.con.execute(
            "SELECT a.date, coalesce(nullif(a.outlet, ''), '?'), sum(coalesce(f.value, 0)), count(*) "
            "FROM articles a LEFT JOIN features f ON f.article_id = a.id AND f.name = ? "
            "WHERE coalesce(a.date, '') <> '' GROUP BY ALL",
            [feature],
        ).fetchall()

    def event_ids(self, event: str) -> list[str]:
        """The article ids of a stored event (by name or id)."""
        groups = self._groups()
        return groups[self._named(event, groups)][1]

    def members(self) -> dict[str, list[tuple]]:
        """(id, outlet, title, date, source) of each stored event's articles, by id; events by name."""
        rows = self.con.execute(
            "SELECT e.name, a.id, a.outlet, a.title, a.date, a.source FROM articles a "
            "JOIN event_articles ea ON ea.article_id = a.id JOIN events e ON e.id = ea.event_id "
            "ORDER BY e.name, a.id"
        ).fetchall()
        members: dict[str, list[tuple]] = {}
        for name, *row in rows:
            members.setdefault(name, []).append(tuple(row))
        return members

    def event_docs(
        self, full: bool = False, features: list[str] | None = None
    ) -> Iterator[tuple[str, list[Doc]]]:
        """Each stored event's articles, one event at a time, in name order: each table is read by
        one query sorted by event and article, so only one event's rows are ever held. Without
        ``full`` the raw texts stay in the store; ``features``: only these are read."""
        joined = "JOIN event_articles ea ON ea.article_id = t.{key} JOIN events e ON e.id = ea.event_id"
        columns = ", ".join(
            "NULL" if name == "raw_text" and not full else f"t.{quoted(name)}"
            for name in TABLES["articles"].names
        )
        articles = _grouped(
            self._stream(
                f"SELECT e.name, t.id, e.id, e.origin, {columns} FROM articles t {joined.format(key='id')} "
                "ORDER BY e.name, t.id"
            )
        )
        parts = {
            table: _Pending(
                _grouped(
                    self._stream(
                        f"SELECT e.name, t.article_id, {_fields(fields, 't.')} FROM {table} t "
                        f"{joined.format(key='article_id')} {_where(_only(table, features, 't.name'))}"
                        f"ORDER BY e.name, t.article_id, t.{order}"
                    )
                )
            )
            for table, (fields, order) in PARTS.items()
            if full or table in LIGHT_PARTS
        }
        current, docs = "", list[Doc]()
        for (name, aid), rows in articles:
            event_id, origin, *values = rows[0]
            article = article_from_row(dict(zip(TABLES["articles"].names, values, strict=True)))
            doc = _doc(
                article, (name, event_id, origin), {t: p.take((name, aid)) for t, p in parts.items()}, full
            )
            if docs and name != current:
                yield current, docs
                docs = []
            current = name
            docs.append(doc)
        if docs:
            yield current, docs

    def event_groups(
        self, features: list[str], event: str | None = None
    ) -> Iterator[tuple[str, int, dict[str, OutletArticles]]]:
        """Each stored event (or the one named) as (name, articles, its measured articles by outlet
        with these features' values), as ``compare_groups`` takes them: the members in event and
        article order, and the values of all of them in one articles × features array (8 bytes a
        value: 57 MB for 100,000 articles and 71 features); an outlet's only article comes with its
        sentence statistics, streamed from one query. No documents."""
        where = ""
        if event:
            where = "WHERE e.name = '" + self._named(event, self._groups()).replace("'", "''") + "' "
        joined = (
            "FROM event_articles ea JOIN events e ON e.id = ea.event_id "
            f"JOIN articles a ON a.id = ea.article_id {where}"
        )
        rows = self.con.execute(
            f"SELECT e.name, a.id, a.outlet, a.language {joined}ORDER BY e.name, a.id"
        ).fetchall()
        self._register("wanted_features", pd.DataFrame({"name": features, "number": range(len(features))}))
        found = self.con.sql(  # long form, scattered into an articles × features matrix (absent: 0)
            "WITH m AS (SELECT a.id, row_number() OVER (ORDER BY e.name, a.id) - 1 AS position "
            f"{joined}) SELECT m.position::INTEGER AS position, w.number::SMALLINT AS number, "
            "coalesce(f.value, 'NaN'::DOUBLE) AS value FROM m "
            "JOIN features f ON f.article_id = m.id JOIN wanted_features w ON w.name = f.name"
        ).to_arrow_reader(batch_size=READ_BATCH)
        matrix = np.zeros((len(rows), len(features)))
        for part in found:  # streamed: the long form of every feature of 100,000 articles is 25 million rows
            matrix[part["position"].to_numpy(), part["number"].to_numpy()] = part["value"].to_numpy()
        events, position = [], 0
        for name, event_rows in itertools.groupby(rows, key=lambda row: row[0]):
            outlets: dict[str, list[tuple[str, int]]] = {}
            count = 0
            for _, aid, outlet, language in event_rows:
                if language in MEASURED_LANGUAGES:
                    outlets.setdefault(compared_outlet(outlet), []).append((aid, position + count))
                count += 1
            position += count
            events.append((name, count, outlets))
        lone = [
            articles[0][0] for _, _, outlets in events for articles in outlets.values() if len(articles) == 1
        ]
        tables = self._sentence_tables(lone, features)
        for name, count, outlets in events:
            groups = {}
            for outlet, articles in outlets.items():
                table = next(tables) if len(articles) == 1 else None
                groups[outlet] = OutletArticles(matrix[[number for _, number in articles]], table)
            yield name, count, groups

    def _sentence_tables(self, ids: list[str], features: list[str]) -> Iterator[SentenceTable]:
        """The sentence statistics of these articles that the formulas of ``features`` read, in
        this order, each as arrays (statistic names numbered in sorted order, so each table's are
        sorted), with the statistic "sentences" (not stored: 1 in every sentence) added back. The
        others are left in the store. One query, sorted by DuckDB (spilling to disk beyond its
        share) and streamed READ_BATCH rows at a time on a cursor of its own: one pass over the
        table, however many articles."""
        stored = self.con.execute("SELECT DISTINCT name FROM sentence_stats").fetchall()
        read = statistics_read({row[0] for row in stored}, features)
        names = sorted({*read, "sentences", "characters"})  # characters: in every cell, so all cells come
        sentences = names.index("sentences")
        cursor = self.con.cursor()
        cursor.register("stat_names", pd.DataFrame({"name": names, "number": range(len(names))}))
        cursor.register("lone", pd.DataFrame({"article_id": ids, "position": range(len(ids))}))
        reader = cursor.sql(
            "SELECT l.position::INTEGER AS position, s.idx::INTEGER AS idx, n.number::INTEGER AS number, "
            "s.value FROM sentence_stats s JOIN lone l ON l.article_id = s.article_id "
            "JOIN stat_names n ON n.name = s.name ORDER BY l.position, s.idx"
        ).to_arrow_reader(batch_size=READ_BATCH)
        columns = ("position", "idx", "number", "value")
        pending = {name: np.zeros(0, dtype=float if name == "value" else np.int32) for name in columns}
        done = 0  # articles given so far
        for batch in itertools.chain(reader, [None]):
            if batch is not None:
                found = {name: np.concatenate([pending[name], batch[name].to_numpy()]) for name in columns}
                complete = (
                    int(found["position"][-1]) if len(found["position"]) else done
                )  # the last may go on
            else:
                found, complete = pending, len(ids)
            bounds = np.searchsorted(found["position"], np.arange(done, complete + 1))
            for number in range(complete - done):
                part = slice(bounds[number], bounds[number + 1])
                rows = found["idx"][part]
                if not len(rows):
                    yield SentenceTable([], np.zeros((0, 0)))
                    continue
                used = np.union1d(found["number"][part], [sentences])
                values = np.zeros((int(rows.max()) + 1, len(used)))
                values[rows, np.searchsorted(used, found["number"][part])] = found["value"][part]
                values[:, np.searchsorted(used, sentences)] = 1.0
                yield SentenceTable([names[code] for code in used], values)
            pending = {name: found[name][bounds[-1] :] for name in columns}
            done = complete
        cursor.close()

    def _stream(self, sql: str) -> Iterator[tuple]:
        """The rows of one query, fetched in chunks on a cursor of its own (several run side by side)."""
        result = self.con.cursor().execute(sql)
        while rows := result.fetchmany(5_000):
            yield from rows

    def docs(
        self, ids: list[str] | None = None, full: bool = False, features: list[str] | None = None
    ) -> list[Doc]:
        """These articles (all: None) rebuilt from the store in id order, with their stored
        sentences, spans, quotes and features and their event; ``full``: tokens too (the text is
        split again, not analysed)."""
        where = "id IN (SELECT article_id FROM wanted)" if ids is not None else ""
        within = ["article_id IN (SELECT article_id FROM wanted)"] if ids is not None else []
        if ids is not None:
            self._register("wanted", pd.DataFrame({"article_id": ids}))
        events = {
            aid: rest
            for aid, *rest in self.con.execute(
                "SELECT ea.article_id, e.name, e.id, e.origin FROM event_articles ea "
                "JOIN events e ON e.id = ea.event_id"
                + (" WHERE ea.article_id IN (SELECT article_id FROM wanted)" if ids is not None else "")
            ).fetchall()
        }
        parts = {
            table: self._by_article(
                f"SELECT article_id, {_fields(fields)} FROM {table} "
                f"{_where(within + _only(table, features, 'name'))}ORDER BY article_id, {order}"
            )
            for table, (fields, order) in PARTS.items()
            if full or table in LIGHT_PARTS
        }
        return [
            _doc(article, events.get(article.id), {t: p.get(article.id, []) for t, p in parts.items()}, full)
            for article in self.store.stored_docs(where)
        ]

    def _by_article(self, sql: str) -> dict[str, list[tuple]]:
        grouped: dict[str, list[tuple]] = {}
        for row in self.con.execute(sql).fetchall():
            grouped.setdefault(row[0], []).append(row[1:])
        return grouped

    def feature_names(self, prefixes: tuple[str, ...]) -> list[str]:
        names = [
            row[0] for row in self.con.execute("SELECT DISTINCT name FROM features ORDER BY name").fetchall()
        ]
        return [name for name in names if not prefixes or name.startswith(prefixes)]

    def lemma_counts(
        self, ids: list[str] | None = None
    ) -> dict[str, tuple[Counter[str], Counter[tuple[str, str]]]]:
        """Per outlet ("unknown" when none is named), content-lemma and (lemma, form) counts of these
        articles (all: None), summed by DuckDB from the stored word counts."""
        within = ""
        if ids is not None:
            self._register("wanted", pd.DataFrame({"article_id": ids}))
            within = "WHERE l.article_id IN (SELECT article_id FROM wanted)"
        cursor = self.con.execute(
            "SELECT coalesce(nullif(a.outlet, ''), 'unknown'), l.lemma, l.form, sum(l.count)::BIGINT "
            f"FROM lemmas l JOIN articles a ON a.id = l.article_id {within} GROUP BY ALL"
        )
        counts: dict[str, tuple[Counter[str], Counter[tuple[str, str]]]] = {}
        kept: dict[str, str | None] = {}
        while rows := cursor.fetchmany(100_000):
            for outlet, lemma, form, count in rows:
                if lemma not in kept:
                    kept[lemma] = content_lemma(lemma)
                if counted := kept[lemma]:
                    lemmas, forms = counts.setdefault(outlet, (Counter(), Counter()))
                    lemmas[counted] += count
                    forms[(counted, form)] += count
        return counts


READ_BATCH = 1_000_000  # rows of a large result converted to arrays at a time
MEMORY_LIMIT = "300MB"  # DuckDB's share when comparing, whatever the corpus size (``Store(memory_limit=)``)
# compare's measures: the one large query, single articles' sentence statistics sorted, spills beyond
# this (at 100,000 real-vocabulary articles 300 MB held 267 MB of sorted rows, 150 MB is as fast)
MEASURES_MEMORY_LIMIT = "150MB"
PARTS = {  # what an article is rebuilt from: table → (columns, order within the article)
    "sentences": (("start", "end", "paragraph"), "idx"),
    "spans": (("start", "end", "layer", "label", "score", "attrs"), "idx"),
    "quotes": (
        tuple(
            [
                "start",
                "end",
                "direct",
                "speaker",
                "actor",
                "camp",
                "via",
                "speaker_start",
                "speaker_end",
                "label",
                "source_type",
                "party",
                "source_cue",
            ]
        ),
        "idx",
    ),
    "removed": (("text", "reason", "line"), "line"),
    "features": (("name", "value"), "name"),
    "sentence_stats": (("idx", "name", "value"), "idx"),
}
# enough for the measures table (no tokens, spans or quotes)
LIGHT_PARTS = ("sentences", "features", "sentence_stats")


def _doc(article: Article, event: list | tuple | None, parts: dict[str, list[tuple]], full: bool) -> Doc:
    """An article rebuilt from its stored rows (``parts``: table → rows, see PARTS) and event (name,
    id, origin); ``full``: with tokens (the clean text split again, no measures run)."""
    if event:
        article.event, article.metadata["event_id"], origin = event
        if origin in ("clustered", "digest"):
            article.metadata["event_source"] = origin
    article.removed = [Removed(*row) for row in parts.get("removed", [])]
    sentences = [Sentence(start, end, paragraph, 0, 0) for start, end, paragraph in parts["sentences"]]
    doc = segment(article) if full else Doc(article, [], sentences, [])
    doc.spans = [
        Span(start, end, layer, label, score, json.loads(attrs))
        for start, end, layer, label, score, attrs in parts.get("spans", [])
    ]
    doc.quotes = [Quote(*row) for row in parts.get("quotes", [])]
    doc.features = dict(parts["features"])
    for index, name, value in parts["sentence_stats"]:
        doc.sentence_stats.setdefault(name, [0.0] * max(1, len(sentences)))[index] = value
    if doc.sentence_stats:
        doc.sentence_stats["sentences"] = [1.0] * len(sentences) or [0.0]
    return doc


def _only(table: str, features: list[str] | None, column: str) -> list[str]:
    """The condition keeping only these features (none for other tables or all features)."""
    if table != "features" or features is None:
        return []
    names = ", ".join("'" + name.replace("'", "''") + "'" for name in features) or "NULL"
    return [f"{column} IN ({names})"]


def _where(conditions: list[str]) -> str:
    return f"WHERE {' AND '.join(conditions)} " if conditions else ""


def _fields(names: tuple[str, ...], prefix: str = "") -> str:
    return ", ".join(prefix + quoted(name) for name in names)


def _grouped(rows: Iterator[tuple]) -> Iterator[tuple[tuple, list[tuple]]]:
    """Rows sorted by their first two values, grouped by them: ((event, article id), other values)."""
    key: tuple = ()
    group: list[tuple] = []
    for row in rows:
        if row[:2] != key:
            if group:
                yield key, group
            key, group = row[:2], []
        group.append(row[2:])
    if group:
        yield key, group


class _Pending:
    """One table's groups, taken in the articles' order (an article without rows gets none)."""

    def __init__(self, groups: Iterator[tuple[tuple, list[tuple]]]) -> None:
        self.groups = groups
        self.next = next(groups, None)

    def take(self, key: tuple) -> list[tuple]:
        if self.next is None or self.next[0] != key:
            return []
        rows = self.next[1]
        self.next = next(self.groups, None)
        return rows


def _reason(stored: dict) -> EventReason:
    """An ``EventReason`` from its stored JSON (lists back to tuples)."""
    return EventReason(**{**stored, "names": tuple(stored["names"]), "words": tuple(stored["words"])})
