"""Near-verbatim reuse and wire credits: what the seeds really share, a planted copied paragraph with
exact offsets, publication order, speed, and agency credits told apart from photo credits."""

import random
import time

import pytest

from framing.compare.shared_copy import (
    SHINGLE_WORDS,
    direction,
    load_agencies,
    reuse_share,
    shared_passages,
    wire_credits,
)
from framing.model import Removed
from framing.pipeline import analyze_documents, demo_documents, doc_from_text


@pytest.fixture(scope="module")
def seed_docs():
    return analyze_documents(demo_documents()).docs


def test_seeds_share_one_quoted_passage_within_the_2024_event(seed_docs):
    """No 8-word passage crosses the two events, and FR 2022 / AFP share none (their longest common
    run is 7 words: 'über „die Entwicklung der militärischen Beziehungen“ gesprochen'); news.de and
    FR 2024 share the 17 words around the joint Chinese-Russian statement, mostly inside quotes."""
    newsde, fr_2024 = seed_docs[0], seed_docs[1]
    (passage,) = shared_passages(seed_docs)
    assert (passage.a, passage.b) == (0, 1)
    assert passage.text == (
        'China und Russland wollen "die strategische Zusammenarbeit auf der Weltbühne weiter stärken '
        "und sich gegenseitig kräftig unterstützen"
    )
    assert passage.words == 17
    assert newsde.text[passage.a_start : passage.a_end] == passage.text
    assert fr_2024.text[passage.b_start : passage.b_end] == (
        "China und Russland wollen „die strategische Zusammenarbeit auf der Weltbühne weiter stärken "
        "und sich gegenseitig kräftig unterstützen"
    )
    assert passage.direction == "unknown"  # "2024-04" and "2024-04-09"
    assert not passage.same_outlet
    assert passage.quoted_share == pytest.approx(13 / 17, abs=1e-4)
    assert reuse_share(newsde, [passage]) == pytest.approx(17 / newsde.word_count())
    assert reuse_share(seed_docs[4], [passage]) == 0.0
    event_a = [d for d in seed_docs if d.article.event.startswith("2022")]
    assert shared_passages(event_a) == []
    assert [(p.words, p.text) for p in shared_passages(event_a, min_words=7)] == [
        (7, "über „die Entwicklung der militärischen Beziehungen“ gesprochen")
    ]


COPIED = (
    "Die Regierung in Peking bestätigte am Abend die Lieferung von zusätzlichen Ersatzteilen für "
    "landwirtschaftliche Maschinen. Ein Sprecher nannte die Vereinbarung einen wichtigen Schritt für "
    "beide Seiten."
)
A_TEXT = (
    "Der Außenminister reiste am Montag zu Gesprächen über Getreide nach Ankara.\n\n"
    f"{COPIED}\n\n"
    "Beobachter in Brüssel rechnen nicht mit schnellen Ergebnissen der Verhandlungen."
)
B_TEXT = (
    "Kurz vor Mitternacht meldeten mehrere Agenturen eine überraschende Wendung.\n\n"
    "Hintergrund sind monatelange Verhandlungen.\n\n"
    f"{COPIED}\n\n"
    "Kritiker sprechen von Symbolpolitik ohne Folgen für die Bauern."
)


def dated(text, outlet, date):
    doc = doc_from_text(text, annotate=False, outlet=outlet)
    doc.article.date = date
    return doc


def test_copied_paragraph_is_found_with_exact_offsets():
    a, b = dated(A_TEXT, "Alpha", "2024-04-09"), dated(B_TEXT, "Beta", "2024-04-10")
    (passage,) = shared_passages([a, b])
    body = COPIED[:-1]  # the final full stop is punctuation, not a word
    assert passage.text == body
    assert (passage.a_start, passage.a_end) == (A_TEXT.index(COPIED), A_TEXT.index(COPIED) + len(body))
    assert (passage.b_start, passage.b_end) == (B_TEXT.index(COPIED), B_TEXT.index(COPIED) + len(body))
    copied_words = len(doc_from_text(COPIED, annotate=False).words())
    assert passage.words == copied_words == 26
    assert passage.direction == "a→b"
    assert passage.quoted_share == 0.0
    assert reuse_share(b, [passage]) == pytest.approx(copied_words / b.word_count())
    assert reuse_share(a, [passage]) == pytest.approx(copied_words / a.word_count())
    assert passage.to_dict()["b_start"] == passage.b_start
    (reversed_order,) = shared_passages([b, a])
    assert reversed_order.direction == "b→a"
    same = shared_passages([dated(A_TEXT, "Alpha", None), dated(B_TEXT, "Alpha", None)])
    assert [(p.same_outlet, p.direction) for p in same] == [(True, "unknown")]


def test_shared_passages_ignore_case_and_punctuation_and_the_same_article():
    a = doc_from_text("Er sagte: „Wir werden die Zusammenarbeit in allen Bereichen weiter ausbauen.“")
    b = doc_from_text("wir werden die Zusammenarbeit, in allen Bereichen, weiter ausbauen, hieß es.")
    (passage,) = shared_passages([a, b])
    assert passage.words == 9
    assert shared_passages([a, a]) == []  # one article given twice is not reuse


def test_unrelated_articles_share_nothing():
    first = dated(A_TEXT.replace(COPIED, "Die Gespräche sollen im Herbst fortgesetzt werden."), "Alpha", None)
    second = dated(
        B_TEXT.replace(COPIED, "Ein Termin für die Unterzeichnung steht noch nicht fest."), "Beta", None
    )
    assert shared_passages([first, second]) == []


def test_direction_reads_partial_and_german_dates():
    assert direction("2024-04-09", "2024-04-10") == "a→b"
    assert direction("2024-04-10", "2024-04-09") == "b→a"
    assert direction("2024-04", "2024-04-09") == "unknown"
    assert direction("2024-03", "2024-04-09") == "a→b"
    assert direction("9. April 2024", "2024-04-10") == "a→b"
    assert direction(None, "2024-04-10") == "unknown"
    assert direction("2024-04-09", "2024-04-09") == "unknown"


def test_twenty_articles_of_600_words_well_under_a_second():
    rng = random.Random(3)
    vocabulary = [f"wort{n}" for n in range(3000)]
    shared = " ".join(rng.choices(vocabulary, k=60))
    docs = []
    for number in range(20):
        words = rng.choices(vocabulary, k=600)
        text = " ".join(words[:300]) + (f" {shared} " if number % 2 else " ") + " ".join(words[300:])
        docs.append(doc_from_text(text, annotate=False))
    started = time.perf_counter()
    passages = shared_passages(docs)
    elapsed = time.perf_counter() - started
    assert elapsed < 0.5
    planted = [p for p in passages if p.words >= 60]
    assert len(planted) == 45  # every pair of the ten articles with the planted passage
    assert SHINGLE_WORDS == 8


def test_wire_credits_of_the_seeds(seed_docs):
    newsde, fr_2024, fr_2022, epoch, afp = seed_docs

    def summary(doc):
        return [(c.agency, c.kind, c.evidence, c.source) for c in wire_credits(doc)]

    assert summary(afp) == [("AFP", "text", "AFP", "credits")]
    assert fr_2024.article.provenance.credits == []  # the "© AFP" is in a removed photo caption
    assert summary(fr_2024) == [("AFP", "photo", "© AFP", "removed"), ("TASS", "mention", "Tass", "text")]
    (tass,) = [c for c in wire_credits(fr_2024) if c.kind == "mention"]
    assert fr_2024.text[tass.start : tass.end] == "Tass"
    assert summary(fr_2022) == [("dpa", "photo", "© Alexei Druzhinin/dpa", "removed")]
    assert summary(epoch) == [
        ("AFP", "text", "afp/nh", "credits"),
        ("AFP", "photo", "Foto: Alexander Kazakov/Pool/AFP", "removed"),
    ]
    assert summary(newsde) == []


def test_wire_credits_in_text_and_false_positives():
    text = (
        "Berlin (dpa) - Die Regierung beriet am Montag.\n\n"
        "Die AP-Analyse und das AP zeigen nichts, APA ist kein Wort hier, Papa auch nicht.\n\n"
        "Wie Reuters berichtete, reiste er ab. (sh/AP)\n\n"
        "Bild: picture alliance / dpa-Zentralbild\n\n"
        "AFP"
    )
    doc = doc_from_text(text, annotate=False)
    found = [(c.agency, c.kind, c.evidence) for c in wire_credits(doc)]
    assert found == [
        ("dpa", "text", "(dpa)"),
        ("AP", "text", "(sh/AP)"),
        ("dpa", "photo", "Bild: picture alliance / dpa-Zentralbild"),
        ("AFP", "text", "AFP"),
        ("Reuters", "mention", "Reuters"),
    ]
    for credit in wire_credits(doc):
        assert text[credit.start : credit.end] == credit.evidence
    doc.article.removed.append(Removed("- Nachricht (dpa)", "related-links list", 3))
    assert len(wire_credits(doc)) == len(found)  # another article's credit


def test_agency_registry():
    agencies = load_agencies()
    assert agencies.agency("afp") == "AFP"
    assert agencies.agency("rtr") == "Reuters"
    assert agencies.agency("Associated  Press") == "AP"
    assert agencies.agency("nh") is None
