"""The HTML report: both demo events with all outlets, escaped text, no scripts."""

from framing.compare.events import assign_events
from framing.pipeline import analyze_documents, demo_documents, doc_from_text
from framing.report import render_report


def test_demo_report_shows_both_events_and_all_outlets():
    docs = analyze_documents(demo_documents()).docs
    html = render_report(assign_events(docs), resamples=20)
    assert html.count("<section>") == 2
    for text in ("2022-06 Xi–Putin phone call", "2024-04 China–Russia rapprochement"):
        assert text in html
    for outlet in ("news.de", "Frankfurter Rundschau", "Epoch Times", "AFP"):
        assert f"<th>{outlet}</th>" in html
    assert "Angriffskrieg ×" in html and "„Invasion“ ×1" in html  # AFP's quoted word marked as quoted
    assert "<script" not in html


def test_article_text_is_escaped():
    doc = doc_from_text(
        "Die Lage bleibt angespannt, sagte der Sprecher am Montag in Berlin.", outlet="<b>Evil</b>"
    )
    doc.article.title = "<script>alert('x')</script> & <img src=x onerror=alert(1)>"
    html = render_report({"<i>Ereignis</i>": [doc]}, resamples=5)
    assert (
        "<script>alert" not in html
        and "<img" not in html
        and "<b>Evil" not in html
        and "<i>Ereignis" not in html
    )
    assert "&lt;script&gt;alert(&#x27;x&#x27;)&lt;/script&gt; &amp; &lt;img" in html


def test_report_has_coverage_and_the_guide_in_the_chosen_language():
    docs = analyze_documents(demo_documents()).docs
    events = assign_events(docs)
    html = render_report(events, resamples=5, guide="en", language="en")
    assert "<h3>Coverage: information shared by several outlets</h3>" in html
    yellen = html.index("<li>„US-Finanzministerin Janet Yellen warnte")  # the omissions, ranked by unit
    assert (
        "Carried by 2 of 3 outlets; left out by: Epoch Times.</span>"
        in html[yellen : html.index("</li>", yellen)]
    )
    assert '<div class="guide" lang="en">' in html
    assert "guide" not in render_report(events, resamples=5, guide=None).split("</section>")[-1]


def test_report_shows_shared_copy_wire_credits_and_figures_across_events():
    docs = analyze_documents(demo_documents()).docs
    html = render_report(assign_events(docs), resamples=5, guide=None, language="en")
    sections = {part.split("</h2>")[0]: part for part in html.split("<section>")[1:]}
    rapprochement = sections["<h2>2024-04 China–Russia rapprochement"]
    assert (
        "<tr><td>news.de ↔ Frankfurter Rundschau</td><td>17</td>"
        "<td>unknown: news.de (April 2024), Frankfurter Rundschau (9 April 2024)</td>"
        "<td>76% (both quote the same statement)</td>"
        "<td>China und Russland wollen &quot;die strategische Zusammenarbeit auf der Weltbühne weiter "
        "stärken und sich gegenseitig kräftig unterstützen</td></tr>"
    ) in rapprochement
    phone_call = sections["<h2>2022-06 Xi–Putin phone call"]
    assert "<tr><td>AFP</td><td>(no headline)</td><td>0%</td><td>AFP, text: AFP</td></tr>" in phone_call
    assert "<td>AFP</td><td>trade volume: 147 Milliarden Dollar (2021); " in phone_call
    across = html.split("<section class='across'><h2>Figures across events</h2>")[1]
    assert (
        "<p><b>trade volume (USD): different years</b> — Not a contradiction: the figures differ, but "
        "they refer to different years (2021, 2023).</p>"
    ) in across
    assert "<td>AFP</td><td>147 Milliarden Dollar</td><td>2021</td>" in across
    assert "<td>Frankfurter Rundschau</td><td>mehr als 240 Milliarden US-Dollar</td><td>2023</td>" in across


def test_a_non_german_article_gets_no_numbers_rather_than_zeros():
    english = doc_from_text(
        "The government said on Monday that it would raise taxes next year. Critics called the plan "
        "dangerous and unfair to families across the country.",
        outlet="Daily A",
    )
    english.article.language = "en"
    german = doc_from_text(
        "Die Regierung soll die Zahlen geschönt haben. Das sei ein Skandal.", outlet="Blatt B"
    )
    html = render_report({"Steuern": [english, german]}, resamples=5, guide=None, language="en")
    assert html.count("<td class='note'>— (not a German text)</td>") == 6  # one per key measure
    german_labels = render_report({"Steuern": [english, german]}, resamples=5, guide=None)
    assert german_labels.count("<td class='note'>— (kein deutscher Text)</td>") == 6


def test_the_report_speaks_german_by_default():
    """German-first: headings, column names, camps, frames, concepts and omissions in German."""
    docs = analyze_documents(demo_documents()).docs
    html = render_report(assign_events(docs), resamples=5, guide=None)
    assert html.startswith("<!DOCTYPE html><html lang='de'>")
    headings = [
        "Kennzahlen",
        "Wortwahl",
        "Stimmen nach Art der Quelle (Zitate, zitierte Wörter; Parteien wo genannt)",
        "Stimmen nach Lager im Themenregister (Zitate, zitierte Wörter)",
        "Ausgelassen",
    ]
    for heading in [*headings, "Berichterstattung: Informationen, die mehrere Medien bringen"]:
        assert f"<h3>{heading}</h3>" in html
    # news.de: "…, soll das Land Russland unterstützen, warnen die USA ihre Verbündeten" is reported speech,
    # and so is the hearsay of the subheading after it ("China soll Putin heimlich … unterstützen")
    assert "<tr><td>US-Regierung</td><td>0</td><td>3 (79 Wörter)</td><td>4 (38 Wörter)</td></tr>" in html
    assert "<tr><td>Regierung und Exekutive</td>" in html  # the general source types come first
    assert html.index("<tr><td>Regierung und Exekutive</td>") < html.index("<tr><td>US-Regierung</td>")
    assert "<tr><td>der Krieg gegen die Ukraine<br><span class='note'>Thema erkannt an: " in html
    assert ">Konflikt</text>" in html
    allianz = html.index("<li>„Und die gefährliche Allianz scheint immer enger")  # omissions by unit
    assert html[allianz : html.index("</li>", allianz)].endswith(
        "Bringen 2 von 3 Medien; fehlt bei: Epoch Times.</span>"
    )
    assert "<td>76 % (beide zitieren dieselbe Aussage)</td>" in html
    assert "aria-label='Frame-Profil von Epoch Times'" in html
    assert "<tr><td>Janet Yellen</td>" in html  # actors by their registered names


def digest_notes(html: str) -> list[str]:
    """What each event's section says between its heading and its table of articles, sorted."""
    return sorted(
        section.split("</h2>")[1].split("<table>")[0].strip() for section in html.split("<section>")[1:]
    )


def test_a_digest_kept_apart_says_why_in_the_report_escaped(tmp_path, monkeypatch):
    """A news podcast naming Gorbachev's death beside another story is an event of its own: its
    section says it is a digest and why, in the report's language (from files and from the store);
    a user's mark whose reason holds markup is escaped."""
    from framing import resources
    from framing.cli import main
    from tests.test_events import GORBACHEV, GORBACHEV_DIGEST, gorbachev_day

    texts = [*GORBACHEV, GORBACHEV_DIGEST]
    outlets = ["spiegel.de", "faz.net", "welt.de", "zeit.de"]
    docs = [doc_from_text(text, outlet=outlet) for text, outlet in zip(texts, outlets, strict=True)]
    for doc in docs:
        doc.article.date = "2022-09-01"
    events = assign_events(docs)
    note = "<p class='note'>{}</p>"
    assert digest_notes(render_report(events, resamples=5, guide=None)) == [
        "",
        note.format("Sammelbeitrag, nicht gruppiert: Nachrichtenpodcast mit mehreren Themen"),
    ]
    assert digest_notes(render_report(events, resamples=5, guide=None, language="en")) == [
        "",
        note.format("digest, not grouped: news podcast of several stories"),
    ]

    day = gorbachev_day(tmp_path / "tag.jsonl")
    db, out = tmp_path / "tag.duckdb", tmp_path / "bericht.html"
    assert main(["ingest", "--db", str(db), "--workers", "1", str(day)]) == 0
    assert main(["report", "--db", str(db), "--resamples", "5", "--guide", "none", "-o", str(out)]) == 0
    assert digest_notes(out.read_text(encoding="utf-8")) == [
        "",
        note.format("Sammelbeitrag, nicht gruppiert: Nachrichtenpodcast mit mehreren Themen"),
    ]

    (tmp_path / "digests.toml").write_text(
        '[meta]\nname = "eigene"\nversion = "1"\nsource = "Redaktion"\nlicence = "CC0-1.0"\n[[mark]]\n'
        'reason = "<b>weekly</b>"\nreason_de = "<b>Wochenrückblick</b> & mehr"\npattern = "^Die Woche"\n',
        encoding="utf-8",
    )
    monkeypatch.setenv("FRAMING_USER_DIR", str(tmp_path))
    resources.reset()
    try:
        week = doc_from_text("Die Woche in Bildern: Streik, Sturm und Sport", outlet="zeit.de")
        html = render_report(assign_events([*docs[:3], week]), resamples=5, guide=None)
    finally:
        monkeypatch.delenv("FRAMING_USER_DIR")
        resources.reset()
    assert "<b>Wochen" not in html
    assert digest_notes(html)[1] == note.format(
        "Sammelbeitrag, nicht gruppiert: &lt;b&gt;Wochenrückblick&lt;/b&gt; &amp; mehr"
    )
