"""framing's words in German and English: every label, explanation and chart title of the app and
of the HTML report goes through ``t``."""

from __future__ import annotations

from functools import cache
from typing import TYPE_CHECKING

from .datafiles import load_toml
from .resources import data_path

if TYPE_CHECKING:
    from .compare.numbers import QuantityComparison
    from .compare.shared_copy import SharedPassage
    from .model import Doc

LANGUAGES = {"de": "Deutsch", "en": "English"}

STRINGS: dict[str, dict[str, str]] = {
    # frame of the app
    "app.title": {
        "de": "framing — wie Medien dieselbe Geschichte erzählen",
        "en": "framing — how outlets tell the same story",
    },
    "app.language": {"de": "Sprache", "en": "Language"},
    "app.page": {"de": "Seite", "en": "Page"},
    "app.analysing": {
        "de": "Analysiere Artikel {done} von {total} …",
        "en": "Analysing article {done} of {total} …",
    },
    "app.corpus_size": {
        "de": "{articles} Artikel, {events} Ereignisse",
        "en": "{articles} articles, {events} events",
    },
    "page.corpus": {"de": "Korpus", "en": "Corpus"},
    "page.compare": {"de": "Ereignis vergleichen", "en": "Compare an event"},
    "page.read": {"de": "Lesen", "en": "Read"},
    "page.outlets": {"de": "Medien", "en": "Outlets"},
    "page.coverage": {"de": "Berichterstattung", "en": "Coverage"},
    "page.lexicons": {"de": "Lexika", "en": "Lexicons"},
    "page.guide": {"de": "Anleitung", "en": "Guide"},
    # corpus page
    "corpus.intro": {
        "de": "Die geladenen Artikel. Medium und Ereignis lassen sich in der Tabelle ändern; "
        "die Analyse folgt.",
        "en": "The loaded articles. Outlet and event can be edited in the table; the analysis follows.",
    },
    "corpus.add": {"de": "Artikel hinzufügen", "en": "Add articles"},
    "corpus.load_demo": {"de": "Demo-Korpus laden", "en": "Load the demo corpus"},
    "corpus.clear": {"de": "Alle Artikel entfernen", "en": "Remove all articles"},
    "corpus.upload": {
        "de": "Dateien hochladen (.txt, .html, .csv, .jsonl, .json, .zip; höchstens {mb} MB je Datei)",
        "en": "Upload files (.txt, .html, .csv, .jsonl, .json, .zip; at most {mb} MB per file)",
    },
    "corpus.paste": {"de": "Text einfügen", "en": "Paste a text"},
    "corpus.paste_outlet": {"de": "Medium (optional)", "en": "Outlet (optional)"},
    "corpus.paste_add": {"de": "Text hinzufügen", "en": "Add text"},
    "corpus.url": {"de": "Artikel-URL abrufen", "en": "Fetch an article URL"},
    "corpus.url_fetch": {"de": "Abrufen", "en": "Fetch"},
    "corpus.added": {"de": "{count} Artikel hinzugefügt.", "en": "{count} articles added."},
    "corpus.duplicates": {
        "de": "{count} schon geladene Artikel übersprungen.",
        "en": "{count} articles already loaded were skipped.",
    },
    "corpus.skipped": {"de": "Nicht geladen ({count}):", "en": "Not loaded ({count}):"},
    "app.analysis_failed": {
        "de": "Die Analyse ist an {count} Artikel(n) gescheitert; sie fehlen hier und stehen mit dem Fehler "
        "auf der Seite Korpus unter „Nicht geladen“. Bitte melden Sie den Fehler mit dem Artikel.",
        "en": "The analysis failed on {count} article(s); they are left out here and listed with the error "
        "on the corpus page under “Not loaded”. Please report the error with the article.",
    },
    "corpus.shortened": {
        "de": "{source}: gekürzt auf die ersten {kept} von {total} Zeichen (die App analysiert höchstens "
        "{limit} Zeichen je Artikel; den ganzen Text analysiert „framing analyze“).",
        "en": "{source}: shortened to its first {kept} of {total} characters (the app analyses at most "
        "{limit} characters per article; “framing analyze” analyses the whole text).",
    },
    "corpus.empty": {
        "de": "Noch keine Artikel. Laden Sie das Demo-Korpus oder eigene Dateien.",
        "en": "No articles yet. Load the demo corpus or your own files.",
    },
    "corpus.removed_title": {
        "de": "{outlet} — {title}: entfernte Seitenreste",
        "en": "{outlet} — {title}: removed boilerplate",
    },
    "corpus.nothing_removed": {"de": "Nichts entfernt.", "en": "Nothing removed."},
    "corpus.warnings_title": {"de": "Hinweise zu den Artikeln", "en": "Warnings about the articles"},
    "corpus.download_json": {"de": "Analyse als JSON herunterladen", "en": "Download the analysis as JSON"},
    "col.outlet": {"de": "Medium", "en": "outlet"},
    "col.date": {"de": "Datum", "en": "date"},
    "col.event": {"de": "Ereignis", "en": "event"},
    "col.title": {"de": "Überschrift", "en": "title"},
    "col.words": {"de": "Wörter", "en": "words"},
    "col.removed": {"de": "entfernte Seitenreste", "en": "removed boilerplate"},
    "col.warnings": {"de": "Hinweise", "en": "warnings"},
    "col.source": {"de": "Quelle", "en": "source"},
    "col.reason": {"de": "Grund", "en": "reason"},
    "col.line": {"de": "Zeile", "en": "line"},
    "col.text": {"de": "Text", "en": "text"},
    "col.rule": {"de": "Regel", "en": "rule"},
    "no_headline": {"de": "(ohne Überschrift)", "en": "(no headline)"},
    # compare page
    "compare.event": {"de": "Ereignis", "en": "Event"},
    "event.reason": {
        "de": "{articles} Artikel, {span}; gemeinsam: {shared}",
        "en": "{articles} articles, {span}; shared: {shared}",
    },
    "event.reason_single": {
        "de": "1 Artikel, {span}; prägend: {shared}",
        "en": "1 article, {span}; key terms: {shared}",
    },
    "event.undated": {"de": "ohne Datum", "en": "undated"},
    "event.digest_reason": {
        "de": "Sammelbeitrag, nicht gruppiert: {reason}",
        "en": "digest, not grouped: {reason}",
    },
    "event.digests": {
        "de": "Sammelbeiträge, nicht gruppiert: {count} (Briefings, Nachrichtenpodcasts, Überblicke)",
        "en": "Digests, not grouped: {count} (briefings, news podcasts, overviews of several stories)",
    },
    # the demo corpus's events (data/corpus/metadata.csv names them in English)
    "demo_event.2024-04 China–Russia rapprochement": {
        "de": "2024-04 Annäherung zwischen China und Russland",
        "en": "2024-04 China–Russia rapprochement",
    },
    "demo_event.2022-06 Xi–Putin phone call": {
        "de": "2022-06 Telefonat zwischen Xi und Putin",
        "en": "2022-06 Xi–Putin phone call",
    },
    "compare.one_outlet": {
        "de": "Dieses Ereignis hat nur ein Medium; ein Vergleich braucht mindestens zwei.",
        "en": "This event has only one outlet; a comparison needs at least two.",
    },
    "compare.not_measured": {
        "de": "Nicht deutsch, daher ohne Kennzahlen und nicht in den Intervallen: {articles}.",
        "en": "Not German, so without measures and left out of the intervals: {articles}.",
    },
    "compare.no_measures": {
        "de": "Keine Kennzahlen (kein deutscher Text).",
        "en": "No measures (not a German text).",
    },
    "compare.no_events": {"de": "Keine Artikel geladen.", "en": "No articles loaded."},
    # the app on a stored corpus (framing app --db)
    "store.cannot_open": {
        "de": "Das gespeicherte Korpus {path} lässt sich nicht öffnen: {reason}",
        "en": "The stored corpus {path} cannot be opened: {reason}",
    },
    "store.empty": {
        "de": "Im Speicher {path} sind keine Artikel. `framing ingest DATEIEN --db DATEI` füllt ihn.",
        "en": "The store {path} holds no articles. `framing ingest FILES --db FILE` fills it.",
    },
    "store.intro": {
        "de": "Gespeichertes Korpus {path}: {articles} Artikel aus {outlets} Medien in {events} "
        "Ereignissen. Alles kommt aus dem Speicher, nichts wird neu analysiert, und die Seiten halten "
        "immer nur ein Ereignis zugleich.",
        "en": "Stored corpus {path}: {articles} articles from {outlets} outlets in {events} events. "
        "Everything is read from the store, nothing is analysed again, and the pages hold one event "
        "at a time.",
    },
    "store.events": {"de": "Ereignisse", "en": "Events"},
    "store.col.articles": {"de": "Artikel", "en": "articles"},
    "store.col.outlets": {"de": "Medien", "en": "outlets"},
    "store.col.reason": {"de": "warum ein Ereignis", "en": "why one event"},
    "store.col.origin": {"de": "Herkunft", "en": "origin"},
    "store.origin.clustered": {"de": "gefunden", "en": "found"},
    "store.origin.given": {"de": "vorgegeben", "en": "given"},
    "store.origin.edited": {"de": "bearbeitet", "en": "edited"},
    "store.origin.digest": {"de": "Sammelbeitrag, nicht gruppiert", "en": "digest, not grouped"},
    "store.edit": {"de": "Ereignisse bearbeiten", "en": "Edit the events"},
    "store.edit_intro": {
        "de": "Umbenennen, Zusammenführen und Aufteilen werden im Speicher gesichert; alle Seiten und "
        "die Befehle mit `--db` folgen den geänderten Ereignissen.",
        "en": "Renaming, merging and splitting are saved in the store; every page and the commands "
        "with `--db` follow the edited events.",
    },
    "store.folder_read_only": {
        "de": "{path} ist ein Parquet-Datensatzordner: Seine Ereignisse werden bei jedem Öffnen neu "
        "gebildet und lassen sich nicht bearbeiten. Um Ereignisse zu speichern und zu bearbeiten, "
        "speichern Sie das Korpus in eine DuckDB-Datei (`framing ingest DATEIEN --db KORPUS.duckdb`).",
        "en": "{path} is a Parquet dataset folder: its events are grouped afresh each time it is "
        "opened and cannot be edited. To store and edit events, store the corpus in a DuckDB file "
        "(`framing ingest FILES --db CORPUS.duckdb`).",
    },
    "store.file_read_only": {
        "de": "Keine Schreibrechte für {path}: Die Ereignisse lassen sich ansehen, aber nicht "
        "bearbeiten. Zum Bearbeiten die App mit einer Datei starten, die Sie schreiben dürfen.",
        "en": "No write access to {path}: the events can be viewed, not edited. To edit them, start "
        "the app on a file you may write.",
    },
    "store.rename": {"de": "Umbenennen", "en": "Rename"},
    "store.merge": {"de": "Zusammenführen", "en": "Merge"},
    "store.split": {"de": "Aufteilen", "en": "Split"},
    "store.event": {"de": "Ereignis", "en": "Event"},
    "store.new_name": {"de": "Neuer Name", "en": "New name"},
    "store.merge_events": {"de": "Ereignisse (zwei oder mehr)", "en": "Events (two or more)"},
    "store.merge_name": {
        "de": "Name des zusammengeführten Ereignisses (leer: der des ersten)",
        "en": "Name of the merged event (empty: the first one's)",
    },
    "store.split_articles": {
        "de": "Artikel, die ein eigenes Ereignis werden",
        "en": "Articles that become an event of their own",
    },
    "store.split_name": {
        "de": "Name des neuen Ereignisses (leer: „{name}“)",
        "en": "Name of the new event (empty: “{name}”)",
    },
    "store.split_default": {"de": "{name} (Teil)", "en": "{name} (part)"},
    "store.name_missing": {"de": "Bitte einen neuen Namen angeben.", "en": "Please enter a new name."},
    "store.name_taken": {
        "de": "Ein Ereignis namens „{name}“ gibt es schon; zwei Ereignisse werden durch Zusammenführen eins.",
        "en": "An event named “{name}” exists already; two events become one by merging them.",
    },
    "store.merge_two": {
        "de": "Zum Zusammenführen mindestens zwei Ereignisse wählen.",
        "en": "Choose at least two events to merge.",
    },
    "store.split_none": {
        "de": "Bitte die Artikel wählen, die ein eigenes Ereignis werden.",
        "en": "Please choose the articles that become an event of their own.",
    },
    "store.split_all": {
        "de": "Alle Artikel gewählt: Mindestens einer muss im Ereignis bleiben.",
        "en": "Every article chosen: at least one must stay in the event.",
    },
    "store.edit_failed": {"de": "Nicht gespeichert: {reason}", "en": "Not saved: {reason}"},
    "store.renamed": {"de": "„{old}“ heißt jetzt „{name}“.", "en": "“{old}” is now called “{name}”."},
    "store.merged": {
        "de": "{count} Ereignisse zu „{name}“ zusammengeführt.",
        "en": "{count} events merged into “{name}”.",
    },
    "store.split_done": {
        "de": "{count} Artikel aus „{old}“ bilden jetzt „{name}“.",
        "en": "{count} articles of “{old}” now form “{name}”.",
    },
    "store.grouping": {"de": "Ereignisse werden gebildet …", "en": "Grouping the events …"},
    "store.loading": {
        "de": "Die Artikel des Ereignisses werden aus dem Speicher gelesen …",
        "en": "Reading the event's articles from the store …",
    },
    "store.numbers_event_only": {
        "de": "Bei einem gespeicherten Korpus vergleicht die App die Zahlen innerhalb des Ereignisses; "
        "über das ganze Korpus vergleicht sie `framing coverage --db DATEI`.",
        "en": "On a stored corpus the app compares the figures within the event; "
        "`framing coverage --db FILE` compares them across the whole corpus.",
    },
    "store.classifier": {
        "de": "Der Medien-Klassifikator braucht alle Artikel zugleich; für ein gespeichertes Korpus "
        "prüft ihn `framing classify evaluate --db DATEI`.",
        "en": "The outlet classifier needs every article at once; for a stored corpus "
        "`framing classify evaluate --db FILE` evaluates it.",
    },
    "compare.summary": {"de": "Die größten Unterschiede", "en": "The biggest differences"},
    "compare.no_summary": {
        "de": "Keine deutlichen Unterschiede: alle Intervalle überlappen.",
        "en": "No clear differences: all intervals overlap.",
    },
    "compare.evidence": {"de": "Belege", "en": "Evidence"},
    "compare.measures": {"de": "Kennzahlen (95-%-Intervall)", "en": "Measures (95 % interval)"},
    "compare.frames": {"de": "Frame-Profil", "en": "Frame profile"},
    "compare.voices": {"de": "Stimmen nach Lager (Themenregister)", "en": "Voices by camp (topic registry)"},
    "compare.voices_source": {"de": "Stimmen nach Art der Quelle", "en": "Voices by source type"},
    "compare.source": {"de": "Art der Quelle", "en": "source type"},
    "compare.parties": {"de": "Parteien", "en": "parties"},
    "compare.actor_tone": {"de": "Ton gegenüber Akteuren", "en": "Tone toward actors"},
    "compare.wording": {"de": "Wortwahl (Medium × Konzept)", "en": "Word choice (outlet × concept)"},
    "compare.wording_note": {
        "de": "Wörter in „…“ stehen in Zitaten, nicht in der Stimme des Mediums.",
        "en": "Words in „…“ are inside quotes, not in the outlet's own voice.",
    },
    "compare.chart_measures": {
        "de": "Kennzahl je Medium mit 95-%-Intervall",
        "en": "Measure by outlet with 95 % interval",
    },
    "compare.chart_frames": {"de": "Anteil der Sätze je Frame", "en": "Share of sentences per frame"},
    "compare.measure": {"de": "Kennzahl", "en": "Measure"},
    "compare.quotes": {"de": "Zitate", "en": "quotes"},
    "compare.quoted_words": {"de": "zitierte Wörter", "en": "quoted words"},
    "compare.camp": {"de": "Lager", "en": "camp"},
    "compare.actor": {"de": "Akteur", "en": "actor"},
    "compare.sentences": {"de": "Sätze", "en": "sentences"},
    "compare.none": {"de": "—", "en": "—"},
    "summary.higher": {
        "de": "{outlet} hat bei „{measure}“ {value} – deutlich mehr als die anderen ({others}).",
        "en": "{outlet} scores {value} on “{measure}” – clearly more than the others ({others}).",
    },
    "summary.lower": {
        "de": "{outlet} hat bei „{measure}“ {value} – deutlich weniger als die anderen ({others}).",
        "en": "{outlet} scores {value} on “{measure}” – clearly less than the others ({others}).",
    },
    "summary.camp_missing_many": {
        "de": "{outlet} zitieren niemanden aus dem Lager „{camp}“, das {others} zu Wort kommen lassen.",
        "en": "{outlet} quote no one from the camp “{camp}”, which {others} quote.",
    },
    "summary.source_missing_many": {
        "de": "{outlet} zitieren keine Quelle der Art „{source}“, die {others} zu Wort kommen lassen.",
        "en": "{outlet} quote no source of the type “{source}”, which {others} quote.",
    },
    "summary.camp_missing": {
        "de": "{outlet} zitiert niemanden aus dem Lager „{camp}“, das {others} zu Wort kommen lassen.",
        "en": "{outlet} quotes no one from the camp “{camp}”, which {others} quote.",
    },
    "summary.source_missing": {
        "de": "{outlet} zitiert keine Quelle der Art „{source}“, die {others} zu Wort kommen lassen.",
        "en": "{outlet} quotes no source of the type “{source}”, which {others} quote.",
    },
    "summary.wording": {
        "de": "Wortwahl – {concept}: {outlet} schreibt „{variants}“, die anderen „{other_variants}“.",
        "en": "Word choice – {concept}: {outlet} writes “{variants}”, the others “{other_variants}”.",
    },
    "summary.wording_topic": {
        "de": "(Thema erkannt an: {cues})",
        "en": "(topic recognised by: {cues})",
    },
    "summary.share.none": {"de": "in keinem Satz", "en": "in no sentence"},
    "summary.share.every": {"de": "in fast jedem Satz", "en": "in almost every sentence"},
    "summary.share.second": {"de": "in etwa jedem zweiten Satz", "en": "in about every second sentence"},
    "summary.share.nth": {"de": "in etwa jedem {n}. Satz", "en": "in about one sentence in {n}"},
    "summary.range": {
        "de": "{count} Medien von {low} bis {high}",
        "en": "{count} outlets from {low} to {high}",
    },
    "summary.figure": {
        "de": "(Kennzahl „{measure}“: {value}; die anderen: {others})",
        "en": "(measure “{measure}”: {value}; the others: {others})",
    },
    "summary.more.emotive.loaded_per_1k": {
        "de": "{outlet} wertet deutlich mehr als die anderen: wertende Wörter stehen {own}, bei den "
        "anderen {rest}.",
        "en": "{outlet} uses clearly more loaded words than the others: {own} here, {rest} in the others.",
    },
    "summary.less.emotive.loaded_per_1k": {
        "de": "{outlet} wertet deutlich weniger als die anderen: wertende Wörter stehen {own}, bei den "
        "anderen {rest}.",
        "en": "{outlet} uses clearly fewer loaded words than the others: {own} here, {rest} in the others.",
    },
    "summary.more.hedge.reportative_per_1k": {
        "de": "{outlet} gibt deutlich öfter Behauptungen anderer mit „soll“ weiter, ohne sie selbst zu "
        "bestätigen: {own}, bei den anderen {rest}.",
        "en": "{outlet} passes on others' claims with “soll” (“is said to”) clearly more often, without "
        "confirming them: {own} here, {rest} in the others.",
    },
    "summary.less.hedge.reportative_per_1k": {
        "de": "{outlet} gibt deutlich seltener Behauptungen anderer mit „soll“ weiter: {own}, bei den "
        "anderen {rest}.",
        "en": "{outlet} passes on others' claims with “soll” (“is said to”) clearly less often: {own} here, "
        "{rest} in the others.",
    },
    "summary.more.hedge.konjunktiv_i_per_1k": {
        "de": "{outlet} gibt deutlich öfter in indirekter Rede (Konjunktiv I) wieder, was andere sagen – "
        "das Medium bürgt dann nicht selbst dafür: {own}, bei den anderen {rest}.",
        "en": "{outlet} reports what others say in indirect speech (Konjunktiv I) clearly more often – "
        "the outlet then does not vouch for it itself: {own} here, {rest} in the others.",
    },
    "summary.less.hedge.konjunktiv_i_per_1k": {
        "de": "{outlet} gibt deutlich seltener in indirekter Rede (Konjunktiv I) wieder, was andere "
        "sagen: {own}, bei den anderen {rest}.",
        "en": "{outlet} reports what others say in indirect speech (Konjunktiv I) clearly less often: "
        "{own} here, {rest} in the others.",
    },
    "summary.more.sourcing.quotes_per_1k": {
        "de": "{outlet} lässt deutlich öfter andere zu Wort kommen: Zitate stehen {own}, bei den anderen "
        "{rest}.",
        "en": "{outlet} lets others speak clearly more often: quotes stand {own} here, {rest} in the others.",
    },
    "summary.less.sourcing.quotes_per_1k": {
        "de": "{outlet} lässt deutlich seltener andere zu Wort kommen: Zitate stehen {own}, bei den "
        "anderen {rest}.",
        "en": "{outlet} lets others speak clearly less often: quotes stand {own} here, {rest} in the others.",
    },
    "summary.more.tone.mean": {
        "de": "{outlet} schreibt in eigener Stimme deutlich freundlicher als die anderen: positive Wörter "
        "stehen {own}, bei den anderen {rest}.",
        "en": "{outlet} writes clearly more positively in its own voice than the others: positive words "
        "stand {own} here, {rest} in the others.",
    },
    "summary.less.tone.mean": {
        "de": "{outlet} schreibt in eigener Stimme deutlich negativer als die anderen: negative Wörter "
        "stehen {own}, bei den anderen {rest}.",
        "en": "{outlet} writes clearly more negatively in its own voice than the others: negative words "
        "stand {own} here, {rest} in the others.",
    },
    "summary.more.readability.flesch_amstad": {
        "de": "{outlet} schreibt deutlich leichter verständlich als die anderen: {own} hat mehr als "
        "{words} Wörter, bei den anderen {rest}.",
        "en": "{outlet} is clearly easier to read than the others: {own} has more than {words} words, "
        "and {rest} in the others.",
    },
    "summary.less.readability.flesch_amstad": {
        "de": "{outlet} schreibt deutlich schwerer verständlich als die anderen: {own} hat mehr als "
        "{words} Wörter, bei den anderen {rest}.",
        "en": "{outlet} is clearly harder to read than the others: {own} has more than {words} words, "
        "and {rest} in the others.",
    },
    "summary.count.none": {"de": "kein Satz", "en": "no sentence"},
    "summary.count.every": {"de": "fast jeder Satz", "en": "almost every sentence"},
    "summary.count.second": {"de": "etwa jeder zweite Satz", "en": "about every second sentence"},
    "summary.count.nth": {"de": "etwa jeder {n}. Satz", "en": "about one sentence in {n}"},
    "measure.tone.mean": {"de": "Ton (eigene Stimme, −1…+1)", "en": "tone (own voice, −1…+1)"},
    "measure.emotive.loaded_per_1k": {"de": "wertende Wörter je 1.000", "en": "loaded words per 1,000"},
    "measure.hedge.reportative_per_1k": {
        "de": "berichtendes „soll“ je 1.000",
        "en": "reportative “soll” per 1,000",
    },
    "measure.hedge.konjunktiv_i_per_1k": {"de": "Konjunktiv I je 1.000", "en": "Konjunktiv I per 1,000"},
    "measure.sourcing.quotes_per_1k": {"de": "Zitate je 1.000 Wörter", "en": "quotes per 1,000 words"},
    "measure.readability.flesch_amstad": {
        "de": "Flesch-Amstad (höher = leichter)",
        "en": "Flesch-Amstad (higher = easier)",
    },
    "compare.headline": {"de": "Überschrift", "en": "Headline"},
    "compare.headlines": {"de": "Die Artikel", "en": "The articles"},
    "compare.articles_column": {"de": "Artikel", "en": "articles"},
    "compare.in_context": {"de": "Wörter im Zusammenhang", "en": "words in context"},
    "compare.in_sentences": {"de": "{n} Sätze", "en": "{n} sentences"},
    "compare.in_sentence": {"de": "{n} Satz", "en": "{n} sentence"},
    "compare.articles": {"de": "{count} Artikel", "en": "{count} articles"},
    "compare.article": {"de": "{count} Artikel", "en": "{count} article"},
    "compare.tone": {"de": "Ton", "en": "tone"},
    "camp.unregistered": {"de": "nicht im Register", "en": "not in the registry"},
    "camp.unattributed": {"de": "ohne Sprecher", "en": "no speaker found"},
    # besides the general source types (their names: data/registries/source_types.toml)
    "source.unattributed": {"de": "ohne Sprecher", "en": "no speaker found"},
    # coverage page
    "cov.intro": {
        "de": "Welche Informationen bringt jedes Medium, welche lässt es weg, was stellt es nach oben? "
        "Sätze mit derselben Information sind zu Einheiten zusammengefasst.",
        "en": "Which pieces of information does each outlet carry, leave out, or put first? Sentences "
        "carrying the same information are grouped into units.",
    },
    "cov.matrix": {"de": "Einheiten × Medien", "en": "Units × outlets"},
    "cov.unit": {"de": "Einheit", "en": "unit"},
    "cov.shared_only": {
        "de": "Nur Einheiten, die mehrere Medien bringen",
        "en": "Only units several outlets carry",
    },
    "cov.omissions": {"de": "Was fehlt", "en": "What is left out"},
    "cov.no_omissions": {
        "de": "Keine Einheit, die zwei andere Medien bringen, fehlt in einem Medium.",
        "en": "No outlet leaves out a unit that two others carry.",
    },
    "cov.omissions_intro": {
        "de": "Informationen, die mindestens zwei Medien bringen und andere weglassen – zuerst, was die "
        "meisten Medien bringen und in Überschrift oder Einstieg stellen.",
        "en": "Information that at least two outlets carry and others leave out – first what most "
        "outlets carry and put in their headline or lead.",
    },
    "cov.missing_by_outlet": {
        "de": "Ausgelassene Informationen je Medium: {outlets}",
        "en": "Pieces of information left out, per outlet: {outlets}",
    },
    "cov.carried": {
        "de": "Bringen {carriers} von {outlets} Medien; fehlt bei: {missing}.",
        "en": "Carried by {carriers} of {outlets} outlets; left out by: {missing}.",
    },
    "cov.prominent": {
        "de": "{count} davon stellen es in Überschrift oder Einstieg.",
        "en": "{count} of them put it in the headline or lead.",
    },
    "cov.more_missing": {
        "de": "Weitere {count} ausgelassene Informationen",
        "en": "{count} more pieces of information left out",
    },
    "cov.position.lead": {"de": "Einstieg", "en": "lead"},
    "cov.position.first third": {"de": "erstes Drittel", "en": "first third"},
    "cov.position.later": {"de": "später", "en": "later"},
    "cov.position.headline": {"de": "Überschrift", "en": "headline"},
    "cov.col.position": {"de": "Stelle", "en": "position"},
    "cov.col.lead": {"de": "Einstieg", "en": "lead"},
    "cov.col.first_voice": {"de": "zuerst zitiert", "en": "quoted first"},
    "cov.exclusives": {"de": "Nur hier: {count} Einheiten", "en": "Only here: {count} units"},
    "cov.leads": {"de": "Überschrift und Einstieg nebeneinander", "en": "Headlines and leads side by side"},
    "cov.first_voice": {"de": "Zuerst zitiert: {voice}", "en": "Quoted first: {voice}"},
    "cov.no_voice": {"de": "Keine Zitate.", "en": "No quotes."},
    "cov.numbers": {"de": "Zahlen im Vergleich", "en": "Numbers compared"},
    "cov.numbers_intro": {
        "de": "Zahlen, die mindestens zwei Medien für dieselbe Größe nennen, mit Jahr und Satz als Beleg. "
        "Unterschiedliche Zahlen aus verschiedenen Jahren sind kein Widerspruch.",
        "en": "Figures that at least two outlets give for the same measure, with the year and the sentence "
        "as evidence. Different figures for different years are no contradiction.",
    },
    "cov.numbers_corpus": {
        "de": "Ganzes Korpus (alle geladenen Artikel statt nur dieses Ereignis)",
        "en": "Whole corpus (all loaded articles instead of this event only)",
    },
    "cov.no_numbers": {
        "de": "Keine Größe, die zwei Medien beziffern.",
        "en": "No measure that two outlets give a figure for.",
    },
    "cov.no_numbers_event": {
        "de": "In diesem Ereignis beziffern keine zwei Medien dieselbe Größe – "
        "der Schalter „Ganzes Korpus“ vergleicht über alle Ereignisse.",
        "en": "In this event no two outlets give a figure for the same measure — "
        "the “whole corpus” switch compares across all events.",
    },
    "cov.comparison": {"de": "{measure} ({unit}): {status}", "en": "{measure} ({unit}): {status}"},
    "cov.status.same": {"de": "gleich", "en": "same"},
    "cov.status.different years": {"de": "verschiedene Jahre", "en": "different years"},
    "cov.status.differs": {"de": "weicht ab", "en": "differs"},
    "cov.explain.same": {
        "de": "Alle nennen dieselbe Zahl (bis auf Rundung, höchstens 2 % Abstand).",
        "en": "All give the same figure (up to rounding, at most 2 % apart).",
    },
    "cov.explain.different years": {
        "de": "Kein Widerspruch: Die Zahlen unterscheiden sich, beziehen sich aber auf verschiedene "
        "Jahre ({years}).",
        "en": "Not a contradiction: the figures differ, but they refer to different years ({years}).",
    },
    "cov.explain.differs": {
        "de": "Möglicher Widerspruch: Für dasselbe Jahr ({years}) nennen die Medien verschiedene Zahlen "
        "– ein Blick in die Quellen lohnt.",
        "en": "Possible contradiction: for the same year ({years}) the outlets give different figures "
        "— worth checking the sources.",
    },
    "cov.no_year": {"de": "ohne Jahresangabe", "en": "year not given"},
    "cov.since": {"de": "seit {year}", "en": "since {year}"},
    "cov.year_relative": {
        "de": "{year} (aus dem Datum erschlossen)",
        "en": "{year} (inferred from the date)",
    },
    "text.cov.heading": {
        "de": "== {name}: {units} Informationseinheiten, {shared} gemeinsame",
        "en": "== {name}: {units} information units, {shared} shared",
    },
    "text.cov.omissions": {
        "de": "Was fehlt, das Wichtigste zuerst (von den meisten gebracht, dann in Titel oder Vorspann):",
        "en": "omissions, most important first (carried by most outlets, then in headline or lead):",
    },
    "text.cov.no_omissions": {"de": "Was fehlt: nichts", "en": "omissions: none"},
    "text.cov.figures": {"de": "Zahlen im Vergleich:", "en": "figures compared:"},
    "text.cov.no_figures": {"de": "Zahlen im Vergleich: keine", "en": "figures compared: none"},
    "text.cov.across": {"de": "== Zahlen über die Ereignisse hinweg", "en": "== figures across events"},
    "text.cov.shared": {
        "de": "gleichlautende Passagen (ab 8 Wörtern Wort für Wort):",
        "en": "shared copy (8+ words word for word):",
    },
    "text.cov.no_shared": {"de": "gleichlautende Passagen: keine", "en": "shared copy: none"},
    "text.cov.passage": {
        "de": "{a} ↔ {b}: {words} Wörter, Richtung {direction}, {quoted} in Anführungszeichen — {text}",
        "en": "{a} ↔ {b}: {words} words, direction {direction}, {quoted} inside quotes — {text}",
    },
    "text.cov.credits": {"de": "Agenturangaben: {credits}", "en": "wire credits: {credits}"},
    "text.cov.none": {"de": "keine", "en": "none"},
    "text.cov.leads": {"de": "Einstiege:", "en": "leads:"},
    "text.cov.first_voice": {"de": "; zuerst zitiert: {voice}", "en": "; first quoted: {voice}"},
    "text.cov.no_headline": {"de": "(ohne Überschrift)", "en": "(no headline)"},
    "text.events.digest": {
        "de": "{count} Sammelbeitrag nicht gruppiert (ein Briefing, Nachrichtenpodcast oder Überblick über "
        "mehrere Themen):",
        "en": "{count} digest not grouped (a briefing, news podcast or overview of several stories):",
    },
    "text.events.digests": {
        "de": "{count} Sammelbeiträge nicht gruppiert (Briefings, Nachrichtenpodcasts, Überblicke über "
        "mehrere Themen):",
        "en": "{count} digests not grouped (briefings, news podcasts, overviews of several stories):",
    },
    "cov.col.outlet": {"de": "Medium", "en": "outlet"},
    "cov.col.headline": {"de": "Überschrift", "en": "headline"},
    "cov.col.date": {"de": "Datum", "en": "date"},
    "cov.col.figure": {"de": "Zahl (wie geschrieben)", "en": "figure (as written)"},
    "cov.col.year": {"de": "Jahr", "en": "year"},
    "cov.col.sentence": {"de": "Satz", "en": "sentence"},
    "cov.col.measure": {"de": "Größe", "en": "measure"},
    "cov.col.reuse": {"de": "Anteil gleichlautender Wörter", "en": "share of words shared"},
    "cov.col.agency": {"de": "Agentur", "en": "agency"},
    "cov.col.kind": {"de": "Art", "en": "kind"},
    "cov.col.evidence": {"de": "Beleg", "en": "evidence"},
    "cov.col.source": {"de": "gefunden in", "en": "found in"},
    "cov.figures": {"de": "Zahlen je Medium", "en": "Figures per outlet"},
    "cov.figures_of": {"de": "{outlet} — Zahlen: {count}", "en": "{outlet} — figures: {count}"},
    "cov.no_figures": {"de": "Keine bezifferten Angaben.", "en": "No figures."},
    "cov.shared_copy": {"de": "Gleichlautende Passagen", "en": "Shared copy"},
    "cov.shared_intro": {
        "de": "Passagen von mindestens {words} Wörtern, die zwei Artikel Wort für Wort gemeinsam haben: "
        "Agenturtext, übernommene Absätze oder dasselbe Zitat.",
        "en": "Passages of at least {words} words that two articles share word for word: wire copy, "
        "copied paragraphs or the same quote.",
    },
    "cov.no_shared_copy": {"de": "Keine gleichlautenden Passagen.", "en": "No shared passages."},
    "cov.passage": {
        "de": "{number}. {a} ↔ {b}: {words} Wörter",
        "en": "{number}. {a} ↔ {b}: {words} words",
    },
    "cov.same_outlet": {
        "de": "Beide Artikel stammen vom selben Medium (Fortschreibung oder Aktualisierung).",
        "en": "Both articles are from the same outlet (a follow-up or an update).",
    },
    "cov.direction.first": {
        "de": "Richtung: {first} erschien zuerst ({first_date}), {second} später ({second_date}).",
        "en": "Direction: {first} was published first ({first_date}), {second} later ({second_date}).",
    },
    "cov.direction.unknown": {
        "de": "Richtung: Wer zuerst erschien, lässt sich aus den Daten nicht sagen ({a}: {a_date}, "
        "{b}: {b_date}).",
        "en": "Direction: which was published first cannot be told from the dates ({a}: {a_date}, "
        "{b}: {b_date}).",
    },
    "cov.no_date": {"de": "ohne Datum", "en": "no date"},
    "cov.quoted_same": {
        "de": "Beide zitieren dieselbe Aussage: {share} der Wörter stehen in Anführungszeichen.",
        "en": "Both quote the same statement: {share} of the words are inside quotation marks.",
    },
    "cov.quoted_some": {
        "de": "{share} der Wörter stehen in Anführungszeichen – vor allem gemeinsamer Text, "
        "nicht dasselbe Zitat.",
        "en": "{share} of the words are inside quotation marks — mostly shared text, not the same quote.",
    },
    "cov.reuse": {
        "de": "Anteil gleichlautender Wörter je Artikel",
        "en": "Share of shared words per article",
    },
    "cov.credits": {"de": "Agenturangaben je Artikel", "en": "Wire credits per article"},
    "cov.credits_intro": {
        "de": "Text: der Text wird einer Agentur zugeschrieben; Foto: nur das Bild stammt von ihr; "
        "Erwähnung: die Agentur wird im Text als Quelle genannt.",
        "en": "text: the text is credited to the agency; photo: only the picture is theirs; "
        "mention: the agency is named as a source in the text.",
    },
    "cov.no_credits": {"de": "Keine Agenturangaben.", "en": "No wire credits."},
    "cov.kind.text": {"de": "Text", "en": "text"},
    "cov.kind.photo": {"de": "Foto", "en": "photo"},
    "cov.kind.mention": {"de": "Erwähnung", "en": "mention"},
    "cov.source.text": {"de": "Artikeltext", "en": "article text"},
    "cov.source.credits": {"de": "entfernte Agenturzeile", "en": "removed credit line"},
    "cov.source.removed": {
        "de": "entfernte Zeile (z. B. Bildunterschrift)",
        "en": "removed line (such as a photo caption)",
    },
    # read page
    "read.article": {"de": "Artikel", "en": "Article"},
    "read.second": {
        "de": "Zweiter Artikel desselben Ereignisses (nebeneinander)",
        "en": "Second article of the same event (side by side)",
    },
    "read.none": {"de": "(keiner)", "en": "(none)"},
    "read.layers": {"de": "Ebenen", "en": "Layers"},
    "read.show_labels": {"de": "Kürzel an Markierungen zeigen", "en": "Show tags on highlights"},
    "read.legend": {"de": "Legende", "en": "Legend"},
    "read.why": {"de": "Warum markiert?", "en": "Why highlighted?"},
    "read.no_spans": {
        "de": "Keine Markierungen auf den gewählten Ebenen.",
        "en": "No highlights on the chosen layers.",
    },
    "read.not_german": {
        "de": "Dieser Artikel ist nicht deutsch; deutsche Lexika und Regeln wurden nicht angewandt.",
        "en": "This article is not German; German lexicons and rules were not applied.",
    },
    "col.layer": {"de": "Ebene", "en": "layer"},
    "col.label": {"de": "Kategorie", "en": "label"},
    "col.why": {"de": "Begründung", "en": "why"},
    "col.words_marked": {"de": "markierte Wörter", "en": "highlighted words"},
    # outlets page
    "outlets.keyness": {
        "de": "Typische Wörter je Medium (Keyness, G²)",
        "en": "Distinctive words per outlet (keyness, G²)",
    },
    "outlets.keyness_note": {
        "de": "Lemmata, die in einem Medium häufiger sind als im Rest (Log-Likelihood G² ab {g2}, "
        "d. h. p < 0,01 für einen Test; Effektstärke Log-Ratio; Mindesthäufigkeit {min}). "
        "Dieselbe Schwelle wie `framing keyness`.",
        "en": "Lemmas more frequent in one outlet than in the rest (log-likelihood G² of at least {g2}, "
        "p < 0.01 for one test; log-ratio effect size; minimum frequency {min}). "
        "The same threshold as `framing keyness`.",
    },
    "outlets.no_keywords": {"de": "Keine Wörter über der Schwelle.", "en": "No words above the threshold."},
    "outlets.classifier": {"de": "Medien-Klassifikator", "en": "Outlet classifier"},
    "outlets.run_classifier": {
        "de": "Klassifikator bewerten (gruppierte Kreuzvalidierung)",
        "en": "Evaluate the classifier (grouped cross-validation)",
    },
    "outlets.too_little": {"de": "Zu wenige Daten: {reason}", "en": "Too little data: {reason}"},
    "outlets.macro_f1": {
        "de": "Makro-F1 {mean} ± {sd} über {folds} Folds",
        "en": "macro-F1 {mean} ± {sd} over {folds} folds",
    },
    "outlets.over_time": {"de": "Kennzahlen im Zeitverlauf", "en": "Measures over time"},
    "outlets.no_dates": {"de": "Keine Datumsangaben im Korpus.", "en": "No dates in the corpus."},
    "col.examples": {"de": "Beispiele", "en": "examples"},
    "col.lemma": {"de": "Lemma", "en": "lemma"},
    "col.count": {"de": "Anzahl", "en": "count"},
    "col.g2": {"de": "G²", "en": "G²"},
    "col.log_ratio": {"de": "Log-Ratio", "en": "log ratio"},
    # lexicons page
    # lexicons page: column names of the tables (data field → reader name)
    "lexcol.term": {"de": "Begriff", "en": "term"},
    "lexcol.label": {"de": "Kategorie", "en": "label"},
    "lexcol.score": {"de": "Wert", "en": "score"},
    "lexcol.note": {"de": "Anmerkung", "en": "note"},
    "lexcol.notes": {"de": "Anmerkungen", "en": "notes"},
    "lexcol.id": {"de": "Kennung", "en": "id"},
    "lexcol.name": {"de": "Name", "en": "name"},
    "lexcol.camp": {"de": "Lager", "en": "camp"},
    "lexcol.kind": {"de": "Art", "en": "kind"},
    "lexcol.names": {"de": "Schreibweisen", "en": "written forms"},
    "lexcol.roles": {"de": "Rollen", "en": "roles"},
    "lexcol.type": {"de": "Typ", "en": "type"},
    "lexcol.cue": {"de": "Hinweiswort", "en": "cue"},
    "lexcol.domains": {"de": "Domains", "en": "domains"},
    "lexcol.country": {"de": "Land", "en": "country"},
    "lexcol.owner": {"de": "Eigentümer", "en": "owner"},
    "lexcol.source": {"de": "Quelle", "en": "source"},
    "lexcol.concept": {"de": "Konzept", "en": "concept"},
    "lexcol.topics": {"de": "Themen", "en": "topics"},
    "lexcol.connotation": {"de": "Konnotation", "en": "connotation"},
    "lexcol.strength": {"de": "Stärke", "en": "strength"},
    "lexcol.scope": {"de": "Reichweite", "en": "scope"},
    "lexcol.topic": {"de": "Kennung", "en": "id"},
    "lexcol.min_hits": {"de": "mindestens Treffer", "en": "minimum hits"},
    "lexcol.window": {"de": "Fenster", "en": "window"},
    "lexcol.cues": {"de": "Hinweiswörter", "en": "cues"},
    "lexcol.pattern": {"de": "Muster", "en": "pattern"},
    "lexcol.dimension": {"de": "Dimension", "en": "dimension"},
    "lexcol.style": {"de": "Stil", "en": "style"},
    "lexcol.sub_type": {"de": "Untertyp", "en": "sub-type"},
    "lexcol.word_class": {"de": "Wortart", "en": "word class"},
    "lexcol.version": {"de": "Version", "en": "version"},
    "lexcol.licence": {"de": "Lizenz", "en": "licence"},
    "lexcol.description": {"de": "Beschreibung", "en": "description"},
    "lexcol.url": {"de": "Adresse", "en": "URL"},
    "lexcol.files": {"de": "Dateien", "en": "files"},
    "lexcol.value": {"de": "Angabe", "en": "value"},
    # outlet types (framing/outlets.py OUTLET_TYPES)
    "otype.wire": {"de": "Nachrichtenagentur", "en": "wire"},
    "otype.public broadcaster": {"de": "öffentlich-rechtlicher Rundfunk", "en": "public broadcaster"},
    "otype.newspaper": {"de": "überregionale Zeitung", "en": "newspaper"},
    "otype.regional newspaper": {"de": "Regionalzeitung", "en": "regional newspaper"},
    "otype.tabloid": {"de": "Boulevardzeitung", "en": "tabloid"},
    "otype.magazine": {"de": "Magazin", "en": "magazine"},
    "otype.online portal": {"de": "Onlineportal", "en": "online portal"},
    "otype.alternative/partisan": {"de": "alternativ/parteiisch", "en": "alternative/partisan"},
    "otype.state media": {"de": "staatliches Auslandsmedium", "en": "state media"},
    "lex.choose": {"de": "Lexikon oder Register", "en": "Lexicon or registry"},
    "lex.topics": {
        "de": "Themen: Ein Begriff zählt nur, wo diese Stichwörter vorkommen",
        "en": "Topics: a concept counts only where these cue words occur",
    },
    "lex.topic_name": {"de": "Thema", "en": "Topic"},
    "lex.search": {"de": "Suchen", "en": "Search"},
    "lex.provenance": {"de": "Herkunft", "en": "Provenance"},
    "lex.entries": {"de": "{shown} von {total} Einträgen", "en": "{shown} of {total} entries"},
    "lex.add": {"de": "Eintrag für diese Sitzung hinzufügen", "en": "Add an entry for this session"},
    "lex.term": {"de": "Begriff", "en": "Term"},
    "lex.label": {"de": "Kategorie", "en": "Label"},
    "lex.score": {"de": "Wert (optional, −1…1)", "en": "Score (optional, −1…1)"},
    "lex.add_button": {"de": "Hinzufügen", "en": "Add"},
    "lex.remove": {"de": "Begriff für diese Sitzung entfernen", "en": "Remove a term for this session"},
    "lex.remove_button": {"de": "Entfernen", "en": "Remove"},
    "lex.edits": {"de": "Änderungen in dieser Sitzung", "en": "Changes in this session"},
    "lex.no_edits": {"de": "Keine Änderungen.", "en": "No changes."},
    "lex.reset": {"de": "Änderungen verwerfen", "en": "Discard changes"},
    "lex.download": {
        "de": "Geändertes Lexikon herunterladen (CSV)",
        "en": "Download the edited lexicon (CSV)",
    },
    "lex.read_only": {
        "de": "Dieses Verzeichnis ist nur zum Nachschlagen; das Medium eines Artikels lässt sich auf der "
        "Korpus-Seite ändern, dauerhafte Änderungen gehören in eigene Dateien (siehe README).",
        "en": "This list is for browsing; an article's outlet can be changed on the corpus page, lasting "
        "changes belong in your own files (see the README).",
    },
    "lex.stored_corpus": {
        "de": "Die App zeigt ein gespeichertes Korpus. Seine Analysen wurden mit den Lexika gemacht, die "
        "beim Speichern galten; eine Änderung hier würde sie nicht erreichen, darum sind die Lexika hier "
        "nur zum Nachschlagen. Um mit geänderten Lexika zu rechnen, legen Sie die Dateien in den Ordner "
        "von `FRAMING_USER_DIR` und führen `framing ingest --db DATEI --reanalyze` aus.",
        "en": "The app shows a stored corpus. Its analyses were made with the lexicons in use when it "
        "was stored; an edit here would not reach them, so the lexicons are for browsing here. To use "
        "edited lexicons, put the files in the `FRAMING_USER_DIR` folder and run "
        "`framing ingest --db FILE --reanalyze`.",
    },
    "lex.bad_term": {"de": "Bitte einen Begriff angeben.", "en": "Please enter a term."},
    "lex.bad_score": {
        "de": "Der Wert muss eine Zahl zwischen −1 und 1 sein.",
        "en": "The score must be a number between −1 and 1.",
    },
    "lex.added": {
        "de": "„{term}“ ({label}) hinzugefügt; die Analyse wurde neu berechnet.",
        "en": "“{term}” ({label}) added; the analysis was recomputed.",
    },
    "lex.removed": {
        "de": "„{term}“ entfernt; die Analyse wurde neu berechnet.",
        "en": "“{term}” removed; the analysis was recomputed.",
    },
    "lex.unknown_term": {"de": "„{term}“ steht nicht im Lexikon.", "en": "“{term}” is not in the lexicon."},
    "lex.add_actor": {
        "de": "Akteur für diese Sitzung hinzufügen oder ersetzen",
        "en": "Add or replace an actor for this session",
    },
    "lex.actor_id": {"de": "Kennung (z. B. weber)", "en": "Id (e.g. weber)"},
    "lex.actor_name": {"de": "Name", "en": "Name"},
    "lex.actor_kind": {"de": "Art", "en": "Kind"},
    "lex.actor_names": {"de": "Schreibweisen, mit ; getrennt", "en": "Written forms, separated by ;"},
    "lex.actor_roles": {"de": "Rollenbezeichnungen, mit ; getrennt", "en": "Role phrases, separated by ;"},
    "lex.remove_actor": {
        "de": "Akteur (Kennung) für diese Sitzung entfernen",
        "en": "Remove an actor (id) for this session",
    },
    "lex.bad_actor": {"de": "Bitte Kennung und Namen angeben.", "en": "Please enter an id and a name."},
    "lex.add_variant": {
        "de": "Variante für diese Sitzung hinzufügen",
        "en": "Add a variant for this session",
    },
    "lex.concept": {"de": "Konzept", "en": "Concept"},
    "lex.connotation": {"de": "Konnotation", "en": "Connotation"},
    "lex.note": {"de": "Anmerkung (optional)", "en": "Note (optional)"},
    "lex.download_registry": {
        "de": "Geändertes Register herunterladen (TOML)",
        "en": "Download the edited registry (TOML)",
    },
    # guide page
    "guide.download": {"de": "Anleitung als HTML herunterladen", "en": "Download the guide as HTML"},
    # layers
    "layer.tone": {"de": "Ton", "en": "Tone"},
    "layer.emotive": {"de": "Wertende Sprache", "en": "Emotive language"},
    "layer.hedge": {"de": "Distanzierung", "en": "Hedging"},
    "layer.quote": {"de": "Zitate und Sprecher", "en": "Quotes and speakers"},
    "layer.wording": {"de": "Wortwahl", "en": "Word choice"},
    "layer.frame": {"de": "Frames", "en": "Frames"},
    "layer.populism": {"de": "Populismus", "en": "Populism"},
    # explanations of highlights
    "why.tone": {
        "de": "{polarity} Wort (Lexikon {lexicon}, Grundwert {prior}){modifiers} → Wert {score}; {voice}",
        "en": "{polarity} word (lexicon {lexicon}, prior {prior}){modifiers} → score {score}; {voice}",
    },
    "why.negated": {"de": " (verneint)", "en": " (negated)"},
    "why.tone.positive": {"de": "positives", "en": "positive"},
    "why.tone.negative": {"de": "negatives", "en": "negative"},
    "why.modifiers": {"de": ", verändert durch {items}", "en": ", modified by {items}"},
    "why.voice.own": {"de": "Stimme des Mediums", "en": "the outlet's own voice"},
    "why.voice.quoted": {
        "de": "in einem Zitat (zählt nicht zum eigenen Ton)",
        "en": "inside a quote (not counted as the outlet's tone)",
    },
    "why.emotive": {
        "de": "wertendes Wort: {label} (Lexikon emotive_de); {voice}",
        "en": "loaded word: {label} (lexicon emotive_de); {voice}",
    },
    "why.emotive.superlative": {
        "de": "Superlativ (Regel: Adjektiv mit -st-Endung); {voice}",
        "en": "superlative (rule: adjective with -st- ending); {voice}",
    },
    "why.emotive.exclamation": {
        "de": "Ausrufesatz in der Stimme des Mediums",
        "en": "exclamation in the outlet's own voice",
    },
    "why.emotive.rhetorical_question": {
        "de": "Frage im Fließtext (rhetorische Frage)",
        "en": "question in the body text (rhetorical question)",
    },
    "why.emotive.scare_quote": {
        "de": "Distanzierungs-Anführungszeichen: kurzes Zitat ohne Sprecher",
        "en": "scare quote: a short quotation with no speaker",
    },
    "why.hedge": {"de": "Distanzierung: {label}{note}; {voice}", "en": "hedging: {label}{note}; {voice}"},
    "why.hedge.reportative": {
        "de": "berichtendes „soll“ ({rule}): der Autor gibt eine Behauptung anderer wieder; {voice}",
        "en": "reportative “soll” ({rule}): the writer passes on someone else's claim; {voice}",
    },
    "why.hedge.konjunktiv_i": {
        "de": "Konjunktiv I: indirekte Rede, der Autor bürgt nicht dafür; {voice}",
        "en": "Konjunktiv I: reported speech the writer does not vouch for; {voice}",
    },
    "why.wording": {
        "de": "Konzept „{concept}“: Variante „{variant}“ ({connotation}){topic}; {voice}",
        "en": "concept “{concept}”: variant “{variant}” ({connotation}){topic}; {voice}",
    },
    "why.wording_topic": {
        "de": "; Thema erkannt an: {cues}",
        "en": "; topic recognised by: {cues}",
    },
    "why.frame": {
        "de": "Signalwort für den Frame „{frame}“ (Schema {scheme}); {voice}",
        "en": "cue for the frame “{frame}” ({scheme} scheme); {voice}",
    },
    "why.quote": {
        "de": "{kind} Zitat; Sprecher: {speaker}{camp}{via}{source}",
        "en": "{kind} quote; speaker: {speaker}{camp}{via}{source}",
    },
    "why.source": {"de": "; Quelle: {source}{party}{cue}", "en": "; source: {source}{party}{cue}"},
    "why.source_cue": {"de": " (erkannt an „{cue}“)", "en": " (found from “{cue}”)"},
    "why.quote.direct": {"de": "direktes", "en": "direct"},
    "why.quote.partial": {"de": "teilweises", "en": "partial"},
    "why.quote.indirect": {"de": "indirektes", "en": "indirect"},
    "why.unknown_speaker": {"de": "unbekannt", "en": "unknown"},
    "why.via": {"de": ", über {via}", "en": ", via {via}"},
    "why.speaker": {
        "de": "Sprecher eines Zitats: {actor}{camp}{source}",
        "en": "speaker of a quote: {actor}{camp}{source}",
    },
    "why.populism": {
        "de": "populistischer Ausdruck: {label} (Gründl-Wörterbuch, Muster „{pattern}“); {voice}",
        "en": "populist expression: {label} (Gründl dictionary, pattern “{pattern}”); {voice}",
    },
    # categories of the lexicons and registries, as the read page explains its highlights
    "label.alarm": {"de": "Alarm", "en": "alarm"},
    "label.dramatizing": {"de": "dramatisierend", "en": "dramatizing"},
    "label.evaluative": {"de": "wertend", "en": "evaluative"},
    "label.hedge": {"de": "Abschwächung", "en": "hedge"},
    "label.hearsay": {"de": "Hörensagen", "en": "hearsay"},
    "label.anonymous_source": {"de": "anonyme Quelle", "en": "anonymous source"},
    "label.booster": {"de": "Bekräftigung", "en": "booster"},
    "label.positive": {"de": "positiv", "en": "positive"},
    "label.negative": {"de": "negativ", "en": "negative"},
    "label.reportative": {"de": "berichtendes „soll“", "en": "reportative “soll”"},
    "label.konjunktiv_i": {"de": "Konjunktiv I", "en": "Konjunktiv I"},
    "label.superlative": {"de": "Superlativ", "en": "superlative"},
    "label.exclamation": {"de": "Ausruf", "en": "exclamation"},
    "label.rhetorical_question": {"de": "rhetorische Frage", "en": "rhetorical question"},
    "label.scare_quote": {"de": "Distanzierungszeichen", "en": "scare quote"},
    "label.direct": {"de": "direktes Zitat", "en": "direct quote"},
    "label.partial": {"de": "teilweises Zitat", "en": "partial quote"},
    "label.indirect": {"de": "indirekte Rede", "en": "indirect speech"},
    "label.anti-elitism": {"de": "Anti-Elitismus", "en": "anti-elitism"},
    "label.people-centrism": {"de": "Volkszentrierung", "en": "people-centrism"},
    "label.sovereignty": {"de": "Souveränität", "en": "sovereignty"},
    "connotation.neutral": {"de": "neutral", "en": "neutral"},
    "connotation.condemning": {"de": "verurteilend", "en": "condemning"},
    "connotation.delegitimizing": {"de": "delegitimierend", "en": "delegitimizing"},
    "connotation.dramatizing": {"de": "dramatisierend", "en": "dramatizing"},
    "connotation.euphemistic": {"de": "beschönigend", "en": "euphemistic"},
    "connotation.legitimizing": {"de": "legitimierend", "en": "legitimizing"},
    "connotation.minimizing": {"de": "verharmlosend", "en": "minimizing"},
    "connotation.stigmatizing": {"de": "stigmatisierend", "en": "stigmatizing"},
    "scheme.generic": {"de": "allgemeine Frames", "en": "generic frames"},
    "scheme.policy": {"de": "Politikfelder", "en": "policy frames"},
    # the HTML report (framing report)
    "report.intro": {
        "de": "Jede Zahl wird aus markierten Wörtern (Spans) berechnet, die framings JSON-Ausgabe "
        "auflistet; Intervalle sind Bootstrap-95-%-Intervalle (bei einzelnen Artikeln über Sätze).",
        "en": "Every number is computed from highlighted words (spans) that framing's JSON output lists; "
        "intervals are bootstrap 95 % intervals (sentences resampled for single articles).",
    },
    "report.key_measures": {"de": "Kennzahlen", "en": "Key measures"},
    "report.not_german": {"de": "— (kein deutscher Text)", "en": "— (not a German text)"},
    "report.coverage": {
        "de": "Berichterstattung: Informationen, die mehrere Medien bringen",
        "en": "Coverage: information shared by several outlets",
    },
    "report.unit": {"de": "Informationseinheit", "en": "information unit"},
    "report.exclusives": {
        "de": "Einheiten, die nur ein Medium bringt: {counts}.",
        "en": "Units only one outlet carries: {counts}.",
    },
    "report.left_out": {"de": "Ausgelassen", "en": "Left out"},
    "report.figures_compared": {"de": "Zahlen im Vergleich", "en": "Figures compared"},
    "report.figures": {
        "de": "Zahlen (Größe: wie geschrieben, Jahr)",
        "en": "figures (measure: as written, year)",
    },
    "report.shared_copy": {
        "de": "Gleichlautende Passagen (8 oder mehr Wörter wortgleich)",
        "en": "Shared copy (8 or more words word for word)",
    },
    "report.outlets": {"de": "Medien", "en": "outlets"},
    "report.first": {"de": "wer zuerst", "en": "who was first"},
    "report.inside_quotes": {"de": "in Anführungszeichen", "en": "inside quotes"},
    "report.passage": {"de": "Passage", "en": "passage"},
    "report.same_statement": {
        "de": " (beide zitieren dieselbe Aussage)",
        "en": " (both quote the same statement)",
    },
    "report.first_then": {"de": "{first} zuerst, dann {second}", "en": "{first} first, then {second}"},
    "report.order_unknown": {"de": "unbekannt: {a}, {b}", "en": "unknown: {a}, {b}"},
    "report.credits": {
        "de": "Agenturangaben (Agentur, Art: Beleg)",
        "en": "wire credits (agency, kind: evidence)",
    },
    "report.figures_across": {"de": "Zahlen über Ereignisse hinweg", "en": "Figures across events"},
    "report.word_choice": {"de": "Wortwahl", "en": "Word choice"},
    "report.concept": {"de": "Konzept", "en": "concept"},
    "report.topic_cues": {"de": "Thema erkannt an: {cues}", "en": "topic recognised by: {cues}"},
    "report.quoted_note": {
        "de": "Kursiv in „…“: Das Wort steht in einem Zitat, nicht in der eigenen Stimme des Mediums.",
        "en": "Italics in „…“: the word appears inside a quote, not in the outlet's own voice.",
    },
    "report.voices": {
        "de": "Stimmen nach Lager im Themenregister (Zitate, zitierte Wörter)",
        "en": "Voices by camp in the topic registry (quotes, quoted words)",
    },
    "report.voices_source": {
        "de": "Stimmen nach Art der Quelle (Zitate, zitierte Wörter; Parteien wo genannt)",
        "en": "Voices by source type (quotes, quoted words; parties where named)",
    },
    "report.voice_cell": {"de": "{quotes} ({words} Wörter)", "en": "{quotes} ({words} words)"},
    "report.frames": {
        "de": "Generische Frames (Anteil der Sätze mit Frame)",
        "en": "Generic frames (share of framed sentences)",
    },
    "report.frame_profile": {"de": "Frame-Profil von {outlet}", "en": "{outlet} frame profile"},
    "report.actor_tone": {
        "de": "Ton gegenüber Akteuren (eigene Stimme, −1…+1; n = Sätze)",
        "en": "Tone toward actors (own voice, −1…+1; n = sentences)",
    },
}


def t(key: str, language: str = "de", **values: object) -> str:
    """The text for ``key`` in ``language`` (German when unknown), with ``values`` filled in."""
    entry = STRINGS[key]
    text = entry.get(language) or entry["de"]
    return text.format(**values) if values else text


def reader_name(prefix: str, name: str, language: str, default: str | None = None) -> str:
    """The text of ``prefix.name`` in ``language`` where there is one, else ``default`` (``name``
    itself when none is given)."""
    key = f"{prefix}.{name}"
    if key in STRINGS:
        return t(key, language)
    return name if default is None else default


def column_name(field: str, language: str) -> str:
    """A data field's column header for readers ("owner" → "Eigentümer"), else the field itself."""
    return reader_name("lexcol", field, language)


def outlet_type_name(kind: str | None, language: str) -> str:
    """An outlet type for readers ("tabloid" → "Boulevardzeitung"), else as given."""
    return reader_name("otype", kind or "", language)


def event_name(event: str | None, language: str = "de") -> str:
    """An event's name for readers: the demo corpus's events translated, any other as it is named."""
    return reader_name("demo_event", event or "", language)


def camp_name(camp: str, language: str = "de") -> str:
    """A camp's name for readers ("us_government" → "US-Regierung"; ``[camps]`` in ``actors.toml``,
    the table's "unregistered" and "unattributed" here), else its id."""
    from .actors import camp_names  # the measures import this module

    return camp_names().get(camp, {}).get(language) or reader_name("camp", camp, language)


def source_name(source: str, language: str = "de") -> str:
    """A source type's name for readers ("authority" → "Behörden und Polizei", from
    ``source_types.toml``; "unattributed" here), else its id."""
    from .sources import load_registry  # the measures import this module

    registry = load_registry()
    names = registry.names_de if language == "de" else registry.names_en
    return names.get(source) or reader_name("source", source, language)


def frame_name(frame: str, language: str = "de") -> str:
    """A frame's name for readers ("economic_consequences" → "wirtschaftliche Folgen"), from the
    ``de``/``en`` fields beside each frame in the schemes' lexicon files; else its id."""
    from .measures.frames import reader_names  # the measures import this module

    return reader_names().get(frame, {}).get(language) or frame.replace("_", " ")


def measure_label(measure: str, language: str) -> str:
    """The measure's name in the UI language (``de``/``en`` beside it in ``quantities.toml``); a
    measure without names (a user's) keeps its id."""
    from .compare.numbers import load_quantities  # the comparisons import this module

    found = load_quantities().measures.get(measure)
    return (found.names.get(language) if found else None) or measure


def number(value: int, language: str) -> str:
    """A whole number with thousands separators: 100.000 in German, 100,000 in English."""
    return decimal(value, language, digits=0)


def decimal(value: float, language: str, digits: int = 2) -> str:
    """A decimal number as the UI language writes it: 40,36 in German, 40.36 in English."""
    text = f"{value:,.{digits}f}"
    return text.replace(",", "\u202f").replace(".", ",").replace("\u202f", ".") if language == "de" else text


def how_often(sentences: int, total: int, language: str, case: str = "share") -> str:
    """How often something occurs, in words a class understands: "in etwa jedem 8. Satz" ("about one
    sentence in 8"); ``case`` "count" gives the subject form ("etwa jeder 8. Satz")."""
    if sentences <= 0 or total <= 0:
        return t(f"summary.{case}.none", language)
    every = round(total / sentences)
    if every <= 1:
        return t(f"summary.{case}.every", language)
    if every == 2:
        return t(f"summary.{case}.second", language)
    return t(f"summary.{case}.nth", language, n=every)


def date_text(date: str | None, language: str) -> str:
    """An ISO date (possibly partial) as the UI language writes it: "9. April 2024" and "April 2024"
    in German, "9 April 2024" in English; anything else as given. Month names: data/months.toml."""
    if not date:
        return ""
    parts = date.split("-")
    if len(parts) not in (2, 3) or not all(part.isdigit() for part in parts) or not 1 <= int(parts[1]) <= 12:
        return date
    month = _month_names(language)[int(parts[1]) - 1]
    if len(parts) == 2:
        return f"{month} {parts[0]}"
    day = int(parts[2])
    return f"{day}. {month} {parts[0]}" if language == "de" else f"{day} {month} {parts[0]}"


@cache
def _month_names(language: str) -> list[str]:
    months = sorted(load_toml(data_path("months.toml"))["month"], key=lambda m: m["number"])
    return [m.get(language, m["de"])[0] for m in months]


def percent(share: float, language: str) -> str:
    return f"{share * 100:.0f} %" if language == "de" else f"{share:.0%}"


def year_text(year: int | None, source: str | None, language: str, since: int | None = None) -> str:
    if year is None:
        return t("cov.since", language, year=since) if since else t("cov.no_year", language)
    return t("cov.year_relative", language, year=year) if source == "relative" else str(year)


def comparison_title(comparison: QuantityComparison, language: str) -> str:
    return t(
        "cov.comparison",
        language,
        measure=measure_label(comparison.measure, language),
        unit=comparison.unit or "–",
        status=t(f"cov.status.{comparison.status}", language),
    )


def comparison_explanation(comparison: QuantityComparison, language: str) -> str:
    """The status in plain words, with the years it rests on."""
    years = [str(y) if y is not None else t("cov.no_year", language) for y in comparison.status_years()]
    return t(f"cov.explain.{comparison.status}", language, years=", ".join(years))


def passage_dates(passage: SharedPassage, docs: dict[str, Doc], language: str) -> tuple[str, str]:
    """The publication dates of the two articles sharing ``passage`` ("no date" in ``language``)."""
    no_date = t("cov.no_date", language)
    a, b = (
        date_text(docs[id_].article.date if id_ in docs else None, language) or no_date
        for id_ in (passage.a_article, passage.b_article)
    )
    return a, b
