"""The five seed articles, read from their raw text alone: outlets, cleaning, headlines, dates."""

import pytest

from framing.segment import segment
from tests.conftest import CORPUS, SEED_FILES

EXPECTED_OUTLETS = {
    "newsde": "news.de",
    "fr_2024": "Frankfurter Rundschau",
    "fr_2022": "Frankfurter Rundschau",
    "epoch": "Epoch Times",
    "afp": "AFP",
}
# Sentence counts of each clean body, counted by hand (headline excluded, subheadings count).
MANUAL_SENTENCE_COUNTS = {"newsde": 24, "fr_2024": 21, "fr_2022": 19, "epoch": 19, "afp": 22}
HEADLINES = {
    "newsde": "Wladimir Putin schmiedet gefährliche Allianz mit China",  # a subheading: the copy has no title
    "fr_2024": "Sergej Lawrow in Peking: China und Russland wollen sich „gegenseitig kräftig unterstützen“",
    "fr_2022": "„Entwicklung militärischer Beziehung“: China will Putin den Rücken stärken",
    "epoch": "Moskau und Peking rücken zusammen: Putin kündigt China-Reise an",
    "afp": None,  # the wire copy starts with its first paragraph
}
# Exactly what cleaning must remove from each seed, as (reason, start of the removed text).
EXPECTED_REMOVED = {
    "newsde": [
        ("social or messenger promo", "News.de ist jetzt auch bei WhatsApp"),
        ("related-links list", "Schon gelesen?"),
        ("related-links list", "- Feuer in der Ostsee"),
        ("related-links list", "- US-Präsident treibt"),
        ("related-links list", "- Russen-Diplomat warnt"),
        ("social or messenger promo", "Folgen Sie News.de schon bei Facebook"),
        ("author initials", "sba/bua/news.de"),
        ("editorial standards link", "Erfahren Sie hier mehr über die journalistischen Standards"),
    ],
    "fr_2024": [
        ("breadcrumb or section navigation", "1. Startseite"),
        ("breadcrumb or section navigation", "2. Politik"),
        ("page controls", "KommentareDrucken"),
        ("photo caption or credit", "Sergej Lawrow (links) und Wang Yi trafen"),
        ("author initials", "(sh)"),
        ("related-links list", "Auch interessant"),
        ("comment section", "Kommentare"),
    ],
    "fr_2022": [
        ("breadcrumb or section navigation", "1. Startseite"),
        ("breadcrumb or section navigation", "2. Politik"),
        ("date line", "Erstellt:"),
        ("byline", "Von: Nail Akkoyun"),
        ("page controls", "Kommentare"),
        ("photo caption or credit", "Die Amtskollegen Xi Jinping und Wladimir Putin prosten"),
        ("photo caption or credit", "Die Amtskollegen Xi Jinping und Wladimir Putin prosten"),
        ("newsletter promo", "Das Wichtigste aus der Politik: Ausgewählt"),
        ("related-links list", "Auch interessant"),
        ("comment section", "Kommentare"),
    ],
    "epoch": [
        ("photo caption or credit", "Titelbild"),
        ("photo caption or credit", "Der russische Präsident Wladimir Putin nimmt am 21. November 2023"),
        ("date line", "Epoch Times26. April 2024"),
        ("wire credit", "(afp/nh)"),
        ("outlet navigation", "Epoch TV"),
        ("outlet navigation", "Epoch Vital"),
        ("comment section", "Kommentare"),
        ("comment section", "Liebe Leser,"),
        ("comment section", "vielen Dank, dass Sie unseren Kommentar-Bereich nutzen."),
        ("comment section", "Bitte verzichten Sie auf Unterstellungen"),
        ("comment section", "Da wir die Verantwortung für jeden veröffentlichten Kommentar"),
        ("comment section", "Ihre Epoch Times - Redaktion"),
    ],
    "afp": [("date line", "date 2022-06"), ("wire credit", "(AFP)")],
}


@pytest.mark.parametrize("key", SEED_FILES)
def test_outlet_resolved_from_text_alone(seeds, key):
    article = seeds[key]
    assert article.outlet == EXPECTED_OUTLETS[key]
    assert article.provenance.outlet_method == "text signature"
    assert article.provenance.outlet_evidence  # the matched signatures are shown as evidence


@pytest.mark.parametrize("key", SEED_FILES)
def test_cleaning_removes_exactly_the_boilerplate(seeds, key):
    removed = [(item.reason, item.text) for item in seeds[key].removed]
    assert len(removed) == len(EXPECTED_REMOVED[key])
    for (reason, text), (expected_reason, expected_start) in zip(removed, EXPECTED_REMOVED[key], strict=True):
        assert reason == expected_reason
        assert text.startswith(expected_start)


@pytest.mark.parametrize("key", SEED_FILES)
def test_every_body_line_is_kept(seeds, key):
    """Every raw line that is neither removed nor the headline survives in the clean text
    (lines where only a credit or date stamp was cut keep the rest)."""
    article = seeds[key]
    raw_lines = [" ".join(line.split()) for line in (CORPUS / SEED_FILES[key]).read_text().splitlines()]
    whole_lines, cut_parts = set(), {}
    for item in article.removed:
        if item.text == raw_lines[item.line - 1]:
            whole_lines.add(item.line)
        else:
            cut_parts.setdefault(item.line, []).append(item.text)
    kept = 0
    for number, line in enumerate(raw_lines, 1):
        if not line or number in whole_lines or line == article.title:
            continue
        for part in cut_parts.get(number, []):
            line = line.replace(part, "").strip()
        assert line in article.text, f"line {number} lost: {line[:80]}"
        kept += 1
    assert kept >= 8


def test_no_promo_or_policy_text_survives(seeds):
    newsde = seeds["newsde"].text
    for word in ("WhatsApp", "Facebook", "journalistischen Standards", "Schon gelesen"):
        assert word not in newsde
    epoch = seeds["epoch"].text
    for phrase in ("Liebe Leser", "Kommentar-Bereich", "Epoch TV", "Epoch Vital", "Ihre Epoch Times"):
        assert phrase not in epoch
    for key in ("fr_2024", "fr_2022"):
        text = seeds[key].text
        assert "Startseite" not in text
        assert "Kommentare" not in text
        assert "Auch interessant" not in text


@pytest.mark.parametrize("key", SEED_FILES)
def test_headline_detected(seeds, key):
    assert seeds[key].title == HEADLINES[key]
    if seeds[key].provenance.title_source == "first line":
        assert not seeds[key].text.startswith(HEADLINES[key])  # the body excludes the headline


def test_dates_found_where_the_text_states_them(seeds):
    assert seeds["epoch"].date == "2024-04-26"  # "Epoch Times26. April 2024"
    assert seeds["afp"].date == "2022-06"  # "date 2022-06"
    assert seeds["newsde"].date is None  # the copy states no publication date
    assert seeds["fr_2024"].date is None
    assert seeds["fr_2022"].date is None  # "Erstellt:" with the date missing


def test_wire_credits_recorded(seeds):
    assert seeds["epoch"].provenance.credits == ["afp/nh"]
    assert seeds["afp"].provenance.credits == ["AFP"]


@pytest.mark.parametrize("key", SEED_FILES)
def test_sentence_count_close_to_manual_count(seeds, key):
    count = len(segment(seeds[key]).sentences)
    assert abs(count - MANUAL_SENTENCE_COUNTS[key]) <= 0.1 * MANUAL_SENTENCE_COUNTS[key]


@pytest.mark.parametrize("key", SEED_FILES)
def test_seeds_are_german_without_warnings(seeds, key):
    assert seeds[key].language == "de"
    assert seeds[key].warnings == []


@pytest.mark.parametrize(
    ("text", "iso"),
    [
        ("Wien, 3. Jänner 2024", "2024-01-03"),
        ("Berlin, 3 October 2023", "2023-10-03"),
        ("am 31. Juni 2024", None),
    ],
)
def test_worded_dates_read_the_month_names_of_the_data_file(text, iso):
    from framing.dates import parse_date

    assert parse_date(text) == iso
