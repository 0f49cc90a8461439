"""A publisher's own people (issue 11, item 2; framing/sources.py ``_publisher``): on an organisation's
own page, whose address names it ("lbv.de", "thw.de"), a named person the article gives no role at all
speaks for the publisher, typed by the registry or by the words the article puts beside its name —
German sentences in, a type out; a role of the person's own, a news site and a page that never writes
its site's name keep today's answer."""

import pytest

from framing.model import Article
from framing.pipeline import analyze_article
from framing.sources import classify_in_text, site_name

LBV = (
    "Der seit fast zwei Monaten verstummte GPS-Sender von Bavaria ist wieder aktiv. „Da fällt einem "
    "schon ein Stein vom Herzen“, freut sich unser Projektleiter Toni Wegscheider. „Die Menge an "
    "Nachrichten hat uns verblüfft“, erzählt Toni Wegscheider. Ein vom bayerischen Naturschutzverband "
    "LBV (Landesbund für Vogelschutz) und dem Nationalpark Berchtesgaden betreutes Projekt wildert "
    "seit 2021 Bartgeier aus."
)
LBV_URL = "https://www.lbv.de/news/details/lebenszeichen-von-bavaria-nach-zwei-monaten-funkstille/"
THW = (
    "„Frauen im THW“ heißt die Miniserie, die heute startet. „Wie die Jungfrau zum Kind“ kam Helga "
    "Honsell 1974 ins THW. „Damals war ich die einzige Frau im Ortsverband“, erzählt Helga Honsell."
)
THW_URL = "https://www.thw.de/SharedDocs/Meldungen/DE/Meldungen/national/2021/10/meldung_01.html"


def test_the_site_name_is_the_label_before_the_top_level_domain() -> None:
    assert site_name(LBV_URL) == "lbv"
    assert site_name("thw.de/meldung") == "thw"
    assert site_name("https://localhost/") is None


@pytest.mark.parametrize(
    ("phrase", "text", "url", "expected"),
    [
        # the article types the association beside its abbreviation: "Naturschutzverband LBV"
        ("Projektleiter Toni Wegscheider", LBV, LBV_URL, "civil_society"),
        ("Toni Wegscheider", LBV, LBV_URL, "civil_society"),
        # the registry types the THW: a federal agency
        ("Helga Honsell", THW, THW_URL, "authority"),
    ],
)
def test_a_person_without_a_role_speaks_for_the_page_s_publisher(
    phrase: str, text: str, url: str, expected: str
) -> None:
    assert classify_in_text(phrase, text, url=url).type == expected


def test_without_the_address_the_person_stays_untyped() -> None:
    assert classify_in_text("Toni Wegscheider", LBV).type == "other"
    assert classify_in_text("Helga Honsell", THW).type == "other"


def test_a_role_of_the_person_s_own_wins_over_the_publisher() -> None:
    text = THW.replace("kam Helga Honsell", "kam die Ärztin Helga Honsell")
    assert classify_in_text("Helga Honsell", text, url=THW_URL).type != "authority"


def test_a_page_that_never_writes_its_site_s_name_gives_no_publisher() -> None:
    text = LBV.replace("Naturschutzverband LBV (Landesbund für Vogelschutz)", "Landesbund für Vogelschutz")
    assert classify_in_text("Toni Wegscheider", text, url=LBV_URL).type == "other"


def test_a_news_site_s_name_is_no_organisation_s_page() -> None:
    text = (
        "„Wir haben lange gewartet“, sagte Anna Berger am Sonntag dem NDR. Die Bäckerin aus Kiel "
        "hofft nun auf bessere Zeiten."
    )
    found = classify_in_text("Anna Berger", text, url="https://www.ndr.de/nachrichten/berger.html")
    assert found.type not in ("media", "authority", "government", "civil_society", "business")


def test_the_pipeline_reads_the_article_s_address() -> None:
    doc = analyze_article(Article(id="lbv", source="test", raw_text=LBV, text=LBV, url=LBV_URL))
    typed = {q.speaker: q.source_type for q in doc.quotes if q.speaker and "Wegscheider" in q.speaker}
    assert typed and set(typed.values()) == {"civil_society"}
    plain = analyze_article(Article(id="lbv", source="test", raw_text=LBV, text=LBV))
    assert {q.source_type for q in plain.quotes if q.speaker and "Wegscheider" in q.speaker} == {"other"}
