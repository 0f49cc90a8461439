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
    html = render_report(events, resamples=5, guide="en")
    assert "<h3>Coverage: information shared by several outlets</h3>" in html
    assert "<li>Epoch Times does not mention: “US-Finanzministerin Janet Yellen warnte" in html
    assert '<div class="guide" lang="en">' in html
    assert "guide" not in render_report(events, resamples=5, guide=None).split("</section>")[-1]
