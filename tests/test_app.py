"""The Streamlit app, driven through streamlit.testing's AppTest (no browser): every page in both
languages and the main interactions — load demo, upload, switch layer and language, edit outlet,
edit a lexicon, download."""

import io
import re
import zipfile
from pathlib import Path

import pandas as pd
import pytest
from streamlit.testing.v1 import AppTest

from framing.i18n import STRINGS, t

APP = Path(__file__).resolve().parent.parent / "streamlit_app.py"
PAGES = ("corpus", "compare", "coverage", "read", "outlets", "lexicons", "guide")
SCRIPT_TXT = (
    "Die Regierung soll die Zahlen geschönt haben. Das sei ein Skandal, sagte ein Sprecher der Opposition. "
    "<script>alert('xss')</script> Kritiker nennen das Vorgehen <img src=x onerror=alert(1)> gefährlich "
    'und verweisen auf <a href="javascript:alert(2)">diesen Link</a>. Die Behörde wies die Vorwürfe '
    "am Dienstag zurück und kündigte eine Prüfung an."
).encode()


@pytest.fixture
def app() -> AppTest:
    return AppTest.from_file(str(APP), default_timeout=180).run()


def go(app: AppTest, page: str) -> AppTest:
    return app.sidebar.radio(key="page").set_value(page).run()


def shown(markdown: str) -> str:
    """What a reader sees of Markdown whose data was escaped with ``literal``: without the escapes."""
    return re.sub(r"\\([!-/:-@\[-`{-~])", r"\1", markdown)


def html_of(app: AppTest) -> str:
    return "\n".join(element.proto.body for element in app.get("html"))


def tables_of(app: AppTest) -> list[pd.DataFrame]:
    """The HTML tables the page shows (measures, voices, word choice, leads …), first column as index."""
    return [
        table.set_index(table.columns[0])
        for element in app.get("html")
        if "<table" in element.proto.body
        for table in pd.read_html(io.StringIO(element.proto.body))
    ]


def table_with(app: AppTest, column: str) -> pd.DataFrame:
    return next(table for table in tables_of(app) if column in table.columns)


def test_every_ui_string_exists_in_german_and_english():
    assert all(set(entry) == {"de", "en"} and all(entry.values()) for entry in STRINGS.values())


def test_app_opens_on_the_demo_corpus_table(app):
    assert not app.exception
    table = app.data_editor[0].value
    assert list(table.columns) == [
        "Medium",
        "Datum",
        "Ereignis",
        "Überschrift",
        "Wörter",
        "entfernte Seitenreste",
        "Hinweise",
    ]
    assert list(table["Medium"]) == [
        "news.de",
        "Frankfurter Rundschau",
        "Frankfurter Rundschau",
        "Epoch Times",
        "AFP",
    ]
    assert list(table["entfernte Seitenreste"]) == [8, 7, 10, 12, 2]
    assert len([e for e in app.expander if "entfernte Seitenreste" in e.label]) == 5


@pytest.mark.parametrize("language", ["de", "en"])
def test_every_page_renders_in_both_languages(app, language):
    app.sidebar.radio(key="language").set_value(language).run()
    for page in PAGES:
        go(app, page)
        assert not app.exception, (page, [e.value for e in app.exception])
        assert app.header[0].value == t(f"page.{page}", language)
    assert app.title[0].value == t("app.title", language)


def test_switching_language_translates_the_table_and_labels(app):
    app.sidebar.radio(key="language").set_value("en").run()
    assert list(app.data_editor[0].value.columns)[:3] == ["outlet", "date", "event"]
    assert app.button(key="load_demo").label == "Load the demo corpus"


def test_upload_shows_script_payload_as_text_and_lists_unreadable_files(app):
    archive = io.BytesIO()
    with zipfile.ZipFile(archive, "w") as bundle:
        bundle.writestr("a.txt", "Der Kanzler sagte am Montag in Berlin, die Lage sei ernst. " * 5)
        bundle.writestr("b.pdf", b"%PDF-1.4 binary")
    app.file_uploader(key="upload").set_value(
        [
            ("payload.txt", SCRIPT_TXT, "text/plain"),
            ("bundle.zip", archive.getvalue(), "application/zip"),
            ("picture.txt", b"\x89PNG\r\n\x1a\n\x00\x00binary", "text/plain"),
        ]
    ).run()
    assert not app.exception
    assert app.success[0].value == "2 Artikel hinzugefügt."
    skipped = shown(app.warning[0].value)
    assert "bundle.zip:b.pdf: unsupported file type '.pdf'" in skipped
    assert "picture.txt: " in skipped
    assert len(app.data_editor[0].value) == 7

    go(app, "read")
    bodies = []
    for index in (5, 6):  # the two uploaded articles, after the five demo articles
        app.selectbox(key="read_article").set_value(index).run()
        bodies.append(html_of(app))
    body = next(b for b in bodies if "Die Regierung" in b)
    body = re.sub(r"<span[^>]*>|</span>", "", re.sub(r"<span class='fr-tag'>\w+</span>", "", body))
    assert "&lt;script&gt;alert(&#x27;xss&#x27;)&lt;/script&gt;" in body
    assert "&lt;img src=x onerror=alert(1)&gt;" in body
    assert "<script" not in body and "<img" not in body and "<a " not in body


def test_switching_layers_changes_the_highlights_and_explains_them(app):
    go(app, "read")
    assert "hl-tone-negative" in html_of(app)
    app.multiselect(key="read_layers").set_value(["hedge"]).run()
    body = html_of(app)
    assert "hl-hedge" in body and "hl-tone" not in body.split("fr-legend")[-1].split("</style>")[-1]
    why = app.dataframe[0].value
    reportative = why[why["Kategorie"] == "berichtendes „soll“"]  # categories in German
    assert set(reportative["markierte Wörter"]) == {"soll"}
    assert "berichtendes „soll“" in reportative["Begründung"].iloc[0]
    app.toggle(key="read_tags").set_value(False).run()
    assert "fr-tag" not in html_of(app).split("</style>")[-1].split("fr-legend")[-1]


def test_side_by_side_shows_two_articles_of_the_same_event(app):
    go(app, "read")
    app.selectbox(key="read_second").set_value(app.selectbox(key="read_second").options[1]).run()
    assert not app.exception
    assert html_of(app).count("class='fr-article'") == 2


def test_editing_an_outlet_reanalyses_and_reaches_the_comparison(app):
    app.session_state["corpus_table_de"] = {
        "edited_rows": {4: {"Medium": "Agence France-Presse (geändert)"}},
        "added_rows": [],
        "deleted_rows": [],
    }
    app.run()
    assert not app.exception
    assert app.data_editor[0].value["Medium"].iloc[4] == "Agence France-Presse (geändert)"
    go(app, "compare")
    app.selectbox(key="compare_event").set_value("2022-06 Xi–Putin phone call").run()
    assert "Agence France-Presse (geändert)" in table_with(app, "Überschrift").index


def test_compare_page_summarises_differences_with_evidence(app):
    go(app, "compare")
    assert app.selectbox(key="compare_event").value == "2024-04 China–Russia rapprochement"
    texts = [element.value for element in app.text]  # literal text: the names come from the articles
    reason = (
        "3 Artikel, 9. April 2024 – 26. April 2024; gemeinsam: Lawrow, Yellen, Allianz, Auto, Außenminister"
    )
    assert any(text.startswith(reason) for text in texts)
    summary = html_of(app)
    assert (
        "Wortwahl – der Krieg gegen die Ukraine: Epoch Times schreibt "
        "„Einmarsch, Offensive, Ukraine-Konflikt“" in summary
    )
    assert (  # in words, with a unit a class understands, then the measure
        "news.de wertet deutlich mehr als die anderen: wertende Wörter stehen in etwa jedem zweiten Satz, "
        "bei den anderen in etwa jedem 20. Satz. (Kennzahl „wertende Wörter je 1.000“: 39,70;" in summary
    )
    assert "<summary>Belege (12)</summary>" in summary  # the evidence under the sentence
    measures = table_with(app, "Flesch-Amstad (höher = leichter)")
    assert list(measures.index) == ["Epoch Times", "Frankfurter Rundschau", "news.de"]  # one row per outlet
    assert measures.loc["news.de", "wertende Wörter je 1.000"].startswith("39,70 [")  # German decimals
    charts = app.get("vega_lite_chart")
    assert len(charts) == 2  # measure intervals and frame profiles
    assert '"height": {"step": 40}' in charts[0].proto.spec  # one row per outlet, never squashed
    assert '"labelLimit": 0' in charts[0].proto.spec  # full outlet names, never "Frankfurter Rund…"
    assert '"AFP"' not in charts[1].proto.spec  # the legend lists this event's outlets only
    frame_data = charts[1].proto.datasets[0].data.data  # Arrow bytes of the chart's table
    assert b"wirtschaftliche Folgen" in frame_data  # frame names in the reader's language
    word_choice = table_with(app, "der Krieg gegen die Ukraine")
    assert "„Invasion“" not in " ".join(word_choice.astype(str).values.ravel())  # AFP is in the other event
    app.selectbox(key="compare_event").set_value("2022-06 Xi–Putin phone call").run()
    word_choice = table_with(app, "der Krieg gegen die Ukraine")
    assert "„Invasion“ ×1" in word_choice.loc["AFP", "der Krieg gegen die Ukraine"]


def test_outlets_page_is_honest_about_too_little_data(app):
    go(app, "outlets")
    assert not app.dataframe[0].value.empty  # keyness for the first outlet
    app.button(key="run_classifier").click().run()
    assert shown(app.warning[0].value).startswith(
        "Zu wenige Daten: too little data: at least 10 examples per class"
    )


def test_adding_a_lexicon_entry_changes_the_analysis_and_can_be_downloaded(app):
    go(app, "lexicons")
    app.selectbox(key="lexicon_name").set_value("emotive_de").run()
    app.text_input(key="add_term_emotive_de").input("Offensive")
    app.selectbox(key="add_label_emotive_de").set_value("alarm")
    app.button(key="FormSubmitter:add_emotive_de-Hinzufügen").click().run()
    assert not app.exception
    assert app.success[0].value.startswith("„Offensive“ (alarm) hinzugefügt")
    assert app.download_button(key="download_emotive_de").label == "Geändertes Lexikon herunterladen (CSV)"
    go(app, "read")
    app.selectbox(key="read_article").set_value(3).run()  # Epoch Times
    app.multiselect(key="read_layers").set_value(["emotive"]).run()
    why = app.dataframe[0].value
    assert "Offensive" in list(why["markierte Wörter"])


def test_a_lexicon_score_outside_minus_one_to_one_is_refused(app):
    go(app, "lexicons")
    app.selectbox(key="lexicon_name").set_value("polarity_news_de").run()
    app.text_input(key="add_term_polarity_news_de").input("Wutwelle")
    app.text_input(key="add_score_polarity_news_de").input("1,5")
    app.button(key="FormSubmitter:add_polarity_news_de-Hinzufügen").click().run()
    assert not app.exception and not app.success
    assert app.error[0].value == t("lex.bad_score", "de")


def test_compare_and_read_pages_show_the_source_types(app):
    go(app, "compare")
    app.selectbox(key="compare_event").set_value("2022-06 Xi–Putin phone call").run()
    headings = [h.value for h in app.subheader]
    assert headings.index("Stimmen nach Art der Quelle") < headings.index(
        "Stimmen nach Lager (Themenregister)"
    )
    by_source = table_with(app, "Regierung und Exekutive")
    assert list(by_source.index) == ["AFP", "Frankfurter Rundschau"]  # one row per outlet
    assert any(cell.endswith("Wörter)") for cell in by_source["Regierung und Exekutive"])
    go(app, "read")
    app.multiselect(key="read_layers").set_value(["quote"]).run()
    body = html_of(app)
    assert "<b>PARL</b> = Parlament und Parteien" in body and "<b>AUTH</b> = Behörden und Polizei" in body
    assert "<span class='fr-tag'>GOV</span>" in body  # the quote's source type as its tag
    assert any("Quelle: Regierung und Exekutive" in why for why in app.dataframe[0].value["Begründung"])


def test_the_source_type_registry_is_browsable_with_its_provenance(app):
    go(app, "lexicons")
    app.selectbox(key="lexicon_name").set_value("source_types").run()
    provenance = app.table[0].value
    assert list(provenance.columns) == ["Angabe"]  # a header in German, no empty header row
    assert shown(provenance.loc["Lizenz"].iloc[0]) == "CC0-1.0" and "source_types.toml" in shown(
        provenance.loc["Dateien"].iloc[0]
    )
    app.text_input(key="lexicon_search_source_types").input("staatsanwaltschaft").run()
    found = app.dataframe[0].value
    assert ("authority", "staatsanwaltschaft") in set(zip(found["Typ"], found["Hinweiswort"], strict=True))


def test_search_in_a_registry(app):
    go(app, "lexicons")
    app.selectbox(key="lexicon_name").set_value("actors").run()
    app.text_input(key="lexicon_search_actors").input("Yellen").run()
    assert list(app.dataframe[0].value["Kennung"]) == ["yellen"]
    app.selectbox(key="lexicon_name").set_value("outlets").run()
    assert app.info[0].value.startswith("Dieses Verzeichnis ist nur zum Nachschlagen")
    outlets = app.dataframe[0].value.set_index("Kennung")  # German headers and outlet types
    assert (
        outlets.loc["bild", "Typ"] == "Boulevardzeitung"
        and outlets.loc["bild", "Eigentümer"] == "Axel Springer SE"
    )


def test_download_of_the_analysis_is_offered(app):
    assert app.download_button(key="download_json").label == "Analyse als JSON herunterladen"


def test_coverage_page_shows_omissions_with_evidence_and_leads(app):
    go(app, "coverage")
    assert app.selectbox(key="coverage_event").value == "2024-04 China–Russia rapprochement"
    body = html_of(app)
    yellen = body.index("„US-Finanzministerin Janet")
    assert body.index("Bringen 2 von 3 Medien; fehlt bei: Epoch Times.", yellen) > yellen
    assert "<summary>Belege (2)</summary>" in body
    matrix = next(table for table in tables_of(app) if table.index.name == "Einheit")
    assert list(matrix.columns) == ["Epoch Times", "Frankfurter Rundschau", "news.de"]
    leads = table_with(app, "zuerst zitiert")  # the leads side by side, one row per article
    assert set(leads.index) == {"Epoch Times", "Frankfurter Rundschau", "news.de"}
    assert any(voice.endswith("(Regierung und Exekutive)") for voice in leads["zuerst zitiert"])


def test_fetching_a_loopback_url_is_refused_with_a_clear_message(app):
    app.text_input(key="fetch_url").input("http://127.0.0.1:8501/admin")
    app.button(key="FormSubmitter:fetch-Abrufen").click().run()
    assert not app.exception
    assert shown(app.error[0].value).startswith("http://127.0.0.1:8501/admin: refused: 127.0.0.1 ")
    assert "loopback" in app.error[0].value
    assert len(app.data_editor[0].value) == 5  # nothing was added


def test_editing_an_event_moves_the_article(app):
    app.session_state["corpus_table_de"] = {
        "edited_rows": {3: {"Ereignis": "Putins Reisepläne"}},
        "added_rows": [],
        "deleted_rows": [],
    }
    app.run()
    go(app, "compare")
    assert "Putins Reisepläne" in app.selectbox(key="compare_event").options


def test_coverage_page_compares_figures_across_the_corpus(app):
    go(app, "coverage")
    texts = [text.value for text in app.text]
    assert "Handelsvolumen (USD): verschiedene Jahre" not in texts  # this event alone has no pair
    app.toggle(key="coverage_numbers_corpus").set_value(True).run()
    assert not app.exception
    texts = [text.value for text in app.text]
    assert "Handelsvolumen (USD): verschiedene Jahre" in texts
    assert (
        "Kein Widerspruch: Die Zahlen unterscheiden sich, beziehen sich aber auf verschiedene Jahre "
        "(2021, 2023)."
    ) in texts
    table = next(df.value for df in app.dataframe if "Zahl (wie geschrieben)" in df.value.columns)
    figures = table.set_index("Medium")
    assert figures.loc["AFP", "Zahl (wie geschrieben)"] == "147 Milliarden Dollar"
    assert figures.loc["AFP", "Jahr"] == "2021"
    assert (
        figures.loc["Frankfurter Rundschau", "Zahl (wie geschrieben)"] == "mehr als 240 Milliarden US-Dollar"
    )
    assert figures.loc["Frankfurter Rundschau", "Jahr"] == "2023 (aus dem Datum erschlossen)"
    assert "laut chinesischem Zoll 147 Milliarden Dollar" in figures.loc["AFP", "Satz"]
    app.sidebar.radio(key="language").set_value("en").run()
    texts = [text.value for text in app.text]
    assert "trade volume (USD): different years" in texts
    assert "Not a contradiction: the figures differ, but they refer to different years (2021, 2023)." in texts


def test_coverage_page_shows_shared_copy_and_wire_credits(app):
    go(app, "coverage")
    texts = [text.value for text in app.text]
    assert "1. news.de ↔ Frankfurter Rundschau: 17 Wörter" in texts
    assert (
        "Richtung: Wer zuerst erschien, lässt sich aus den Daten nicht sagen "
        "(news.de: April 2024, Frankfurter Rundschau: 9. April 2024)."
    ) in texts
    assert "Beide zitieren dieselbe Aussage: 76 % der Wörter stehen in Anführungszeichen." in texts
    assert (
        'China und Russland wollen "die strategische Zusammenarbeit auf der Weltbühne weiter stärken und '
        "sich gegenseitig kräftig unterstützen"
    ) in texts
    reuse = next(df.value for df in app.dataframe if "Anteil gleichlautender Wörter" in df.value.columns)
    assert list(reuse["Anteil gleichlautender Wörter"]) == ["4 %", "4 %", "0 %"]
    figures = next(e for e in app.expander if e.label == "Frankfurter Rundschau — Zahlen: 3")
    assert list(figures.dataframe[0].value["Größe"]) == ["Tote", "Verletzte", "Handelsvolumen"]

    app.selectbox(key="coverage_event").set_value("2022-06 Xi–Putin phone call").run()
    assert not app.exception
    credits = next(df.value for df in app.dataframe if "Agentur" in df.value.columns)
    afp = credits[credits["Medium"] == "AFP"]
    assert afp[["Agentur", "Art", "Beleg", "gefunden in"]].values.tolist() == [
        ["AFP", "Text", "AFP", "entfernte Agenturzeile"]
    ]
    assert "Keine gleichlautenden Passagen." in [m.value for m in app.markdown]


def test_adding_an_actor_for_the_session_attributes_the_quote_to_its_camp(app):
    app.text_area(key="paste_text").input(
        "Die Verhandlungen in Genf sind am Dienstag ohne Ergebnis zu Ende gegangen. „Beide Seiten haben "
        "sich keinen Millimeter bewegt“, sagte Anna Weber. Eine neue Runde ist für den Herbst geplant."
    )
    app.button(key="FormSubmitter:paste-Text hinzufügen").click().run()
    go(app, "read")
    app.selectbox(key="read_article").set_value(5).run()
    app.multiselect(key="read_layers").set_value(["quote"]).run()
    assert "Sprecher: Anna Weber" in app.dataframe[0].value["Begründung"].iloc[0]
    assert "Quelle: andere" in app.dataframe[0].value["Begründung"].iloc[0]  # a name, no role: other
    assert "(Fachleute)" not in app.dataframe[0].value["Begründung"].iloc[0]  # not in the registry yet
    go(app, "lexicons")
    app.selectbox(key="lexicon_name").set_value("actors").run()
    app.text_input(key="add_actor_id").input("weber")
    app.text_input(key="add_actor_name").input("Anna Weber")
    app.selectbox(key="add_actor_camp").set_value("expert")
    app.text_input(key="add_actor_names").input("Anna Weber; Weber")
    app.button(key="FormSubmitter:add_actors-Hinzufügen").click().run()
    assert not app.exception
    assert app.download_button(key="download_actors").label == "Geändertes Register herunterladen (TOML)"
    go(app, "read")
    app.selectbox(key="read_article").set_value(5).run()
    app.multiselect(key="read_layers").set_value(["quote"]).run()
    assert app.dataframe[0].value["Begründung"].iloc[0] == (
        "direktes Zitat; Sprecher: Anna Weber (Fachleute); Quelle: Fachleute und Wissenschaft"
    )


def test_removing_a_concept_variant_for_the_session_changes_the_word_choice_table(app):
    go(app, "compare")
    before = table_with(app, "der Krieg gegen die Ukraine").loc["Epoch Times", "der Krieg gegen die Ukraine"]
    assert "Offensive" in before
    go(app, "lexicons")
    app.selectbox(key="lexicon_name").set_value("concepts").run()
    app.selectbox(key="remove_variant_concept").set_value("war_ukraine")
    app.text_input(key="remove_variant_term").input("Offensive")
    app.button(key="FormSubmitter:remove_concepts-Entfernen").click().run()
    assert not app.exception
    go(app, "compare")
    after = table_with(app, "der Krieg gegen die Ukraine").loc["Epoch Times", "der Krieg gegen die Ukraine"]
    assert "Offensive" not in after and "Einmarsch" in after


def test_measures_over_time_keep_month_and_day_dates():
    from framing.app.charts import localised, outlet_colours, time_chart
    from framing.app.outlets import time_table
    from framing.pipeline import analyze_documents, demo_documents

    table = time_table(analyze_documents(demo_documents()).docs, "tone.mean")
    assert len(table) == 5  # "2024-04" (news.de) and "2024-04-09" (FR) both parsed
    assert sorted(table["date"].dt.strftime("%Y-%m-%d")) == [
        "2022-06-16",
        "2022-06-16",
        "2024-04-09",
        "2024-04-15",
        "2024-04-26",
    ]
    # FR's 2022 and 2024 articles are two periods: the chart draws no line across the two years
    fr = table[table["outlet"] == "Frankfurter Rundschau"]
    assert fr["period"].tolist() == [0, 1]
    chart = time_chart(table, outlet_colours(table["outlet"].tolist()), "tone")
    assert chart.to_dict()["encoding"]["detail"] == {"field": "period", "type": "nominal"}
    # German UI: numbers and dates on the axes as in German (data/chart_locale.toml)
    german = localised(chart, "de").to_dict()["config"]["locale"]
    assert german["number"]["decimal"] == "," and german["time"]["months"][2] == "März"
    assert "locale" not in localised(chart, "en").to_dict().get("config", {})


def test_every_summary_sentence_has_evidence_and_each_measure_is_said_once():
    from framing.app.compare import measure_table, summary
    from framing.compare.events import assign_events
    from framing.pipeline import analyze_documents, demo_documents

    events = assign_events(analyze_documents(demo_documents()).docs)
    members = events["2024-04 China–Russia rapprochement"]
    findings = summary(members, measure_table(tuple(d.article.id for d in members), members), "en")
    assert findings and all(finding.evidence for finding in findings)
    loaded = [f for f in findings if "loaded words per 1,000" in f.sentence]
    assert len(loaded) == 1 and loaded[0].sentence.startswith(
        "news.de uses clearly more loaded words than the others: in about every second sentence here, "
        "in about one sentence in 20 in the others. (measure “loaded words per 1,000”: 39.70;"
    )
    assert any("»gefährlichen«" in e.snippet for e in loaded[0].evidence)
    german = summary(members, measure_table(tuple(d.article.id for d in members), members), "de")
    assert german[0].sentence.startswith("news.de wertet deutlich mehr als die anderen")
    assert "die anderen: Frankfurter Rundschau 5,05, Epoch Times 0,00)" in german[0].sentence


def test_uploading_a_corpus_of_many_articles_analyses_and_groups_them(app):
    rows = ["text,outlet,date"]
    for number in range(25):
        topic = "Hochwasser in Passau" if number % 2 else "Streik bei der Bahn"
        rows.append(
            f'"{topic}: Die Behörden meldeten am Montag neue Zahlen, Nummer {number}. Ein Sprecher sagte, '
            f'die Lage sei ernst. Die Regierung kündigte Hilfen an.",'
            f"Outlet {number % 4},2024-06-0{1 + number % 3}"
        )
    app.file_uploader(key="upload").set_value(("korpus.csv", "\n".join(rows).encode(), "text/csv")).run()
    assert not app.exception
    assert app.success[0].value == "25 Artikel hinzugefügt."
    table = app.data_editor[0].value
    assert len(table) == 30 and all(table["Ereignis"])  # the new articles got events by clustering
    go(app, "compare")
    assert not app.exception


def test_clearing_and_loading_the_demo_corpus_again(app):
    app.button(key="clear_corpus").click().run()
    assert not app.exception
    assert app.info[0].value.startswith("Noch keine Artikel.")
    assert not app.data_editor
    go(app, "compare")
    assert app.info[0].value == "Keine Artikel geladen."
    go(app, "corpus")
    app.button(key="load_demo").click().run()
    assert app.success[0].value == "5 Artikel hinzugefügt."
    assert len(app.data_editor[0].value) == 5
    app.button(key="load_demo").click().run()
    assert app.info[0].value == "5 schon geladene Artikel übersprungen."  # nothing twice


def test_an_event_of_english_articles_is_shown_without_meaningless_measures(app):
    for text in (
        "The government said on Monday that it would raise taxes next year. Critics called the plan "
        "dangerous and unfair to families across the country, and the opposition promised a vote.",
        "On Monday the government announced higher taxes for next year. The opposition called the plan "
        "unfair to families and promised to force a vote in parliament before the summer.",
    ):
        app.text_area(key="paste_text").input(text)
        app.text_input(key="paste_outlet").input("Daily A" if "said" in text else "Daily B")
        app.button(key="FormSubmitter:paste-Text hinzufügen").click().run()
    go(app, "compare")
    events = app.selectbox(key="compare_event").options
    english = next(e for e in events if "China" not in e and "Xi" not in e)
    app.selectbox(key="compare_event").set_value(english).run()
    assert not app.exception
    assert app.warning[0].value.startswith(
        "Nicht deutsch, daher ohne Kennzahlen und nicht in den Intervallen:"
    )


def test_the_compare_page_lists_the_digests_kept_out_of_the_events(app):
    """A news podcast naming Gorbachev's death beside another story is no member of his event: the
    compare page lists it apart, with why it is a digest in the UI's language."""
    from tests.test_events import GORBACHEV, GORBACHEV_DIGEST

    rows = ["text,outlet,date"]
    for text, outlet in zip([*GORBACHEV, GORBACHEV_DIGEST], ["Spiegel", "FAZ", "Welt", "Zeit"], strict=True):
        rows.append(f'"{text}",{outlet},2022-09-01')
    app.file_uploader(key="upload").set_value(("tag.csv", "\n".join(rows).encode(), "text/csv")).run()
    go(app, "compare")
    assert not app.exception
    listed = [e for e in app.expander if e.label.startswith("Sammelbeiträge, nicht gruppiert: 1")]
    assert len(listed) == 1
    assert listed[0].text[0].value == "Nachrichtenpodcast mit mehreren Themen: Die Zeit – tag.csv row 4"
    app.sidebar.radio(key="language").set_value("en").run()  # the reason follows the UI's language
    listed = [e for e in app.expander if e.label.startswith("Digests, not grouped: 1")]
    assert listed[0].text[0].value == "news podcast of several stories: Die Zeit – tag.csv row 4"
