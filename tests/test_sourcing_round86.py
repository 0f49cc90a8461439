"""Who speaks, eighty-sixth speaker round (docs/accuracy.md, "Speaker round 86"): a paragraph break that
a text's print layout put inside a sentence (FANG-COVID texts store their line breaks as paragraph
breaks: "… sagte¶¶der Grünenvorsitzende Robert Habeck"). The sentence, and a quotation in „…“ or "…",
runs on over such a break; a paragraph ending with sentence-final punctuation, a headline and a list
still end theirs. German sentences in, sentences, quotes and speakers out."""

from framing.measures.voice import quoted_regions
from framing.pipeline import doc_from_text

from .sourcing_speakers import quoted, speakers


def sentences(text: str) -> list[str]:
    doc = doc_from_text(text, annotate=False)
    return [doc.text[s.start : s.end] for s in doc.sentences]


def test_an_inquit_whose_subject_follows_a_paragraph_break_keeps_it():
    text = (
        '"Das Erwartungsmanagement ist in den Keller gefahren worden", sagte\n\nder Grünenvorsitzende '
        "Robert Habeck im ARD-Morgenmagazin."
    )
    assert speakers(text) == [("Grünenvorsitzende Robert Habeck", "Grünenvorsitzende Robert Habeck")]
    assert len(doc_from_text(text, annotate=False).paragraphs) == 1


def test_reported_speech_broken_after_an_article_is_one_sentence_with_its_speaker():
    text = (
        "Das Bundesverwaltungsgericht hat entschieden. Die Anordnung der Treuhandverwaltung durch das\n\n"
        "Bundeswirtschaftsministerium sei rechtmäßig, sagte ein Sprecher."
    )
    assert sentences(text)[1] == (
        "Die Anordnung der Treuhandverwaltung durch das\n\nBundeswirtschaftsministerium sei rechtmäßig, "
        "sagte ein Sprecher."
    )
    assert [(quote, span) for quote, span, _ in quoted(text)] == [(sentences(text)[1], "ein Sprecher")]


def test_a_quotation_broken_by_the_layout_is_one_quotation_of_its_speaker():
    text = (
        'Bartsch bezeichnete den Gipfel als "Impfplacebo". "Dazu wäre ein klarer\n\nProduktions- und '
        'Verteilungsplan notwendig", sagte Bartsch. "Das Ergebnis ist\n\nvor allem eine Beruhigungspille."'
    )
    found = [(quote, q.speaker) for quote, _, q in quoted(text) if q.label == "direct"]
    assert found == [
        ("Dazu wäre ein klarer\n\nProduktions- und Verteilungsplan notwendig", "Bartsch"),
        ("Das Ergebnis ist\n\nvor allem eine Beruhigungspille.", "Bartsch"),
    ]


def test_a_quotation_goes_on_over_a_break_after_a_capitalised_word():
    text = (
        '"Es ist ein Problem, dass die App nur auf neueren Smartphones läuft. Dadurch lässt sie '
        'ausgerechnet\n\nÄltere außen vor", sagte er den Zeitungen.'
    )
    start = text.index("Es ist")
    assert quoted_regions(text) == ((start, text.index('", sagte')),)


def test_a_headline_and_a_finished_paragraph_still_end_their_sentences():
    text = (
        "Ruf nach Hilfe\n\nManager und Regierungsvertreter tagten am Mittwoch.\n\nsie kamen spät, "
        "hieß es.\n\nBahn räumt Fehler ein\n\nDie Bahn hat Fehler eingeräumt."
    )
    assert sentences(text) == [
        "Ruf nach Hilfe",
        "Manager und Regierungsvertreter tagten am Mittwoch.",
        "sie kamen spät, hieß es.",
        "Bahn räumt Fehler ein",
        "Die Bahn hat Fehler eingeräumt.",
    ]


def test_a_list_after_a_colon_and_a_name_written_lower_case_open_their_own_lines():
    text = "Exportiert wurden vor allem:\n\nMaschinen\n\nLeitartikel zum Handy\n\niPhone 14 kommt im Herbst."
    assert sentences(text) == [
        "Exportiert wurden vor allem:",
        "Maschinen",
        "Leitartikel zum Handy",
        "iPhone 14 kommt im Herbst.",
    ]


def test_guillemets_used_as_an_arrow_do_not_run_over_a_paragraph():
    text = (
        "» Zum Angebot: Dortmund gegen Gladbach bei SKY TICKET gucken\n\nBundesliga live\n\n"
        "Natürlich ruft BVB-Coach Lucien Favre zum Angriff auf: „Wir wollen unbedingt gegen Gladbach "
        "gewinnen.“"
    )
    assert (text.index("Wir wollen"), text.index("“")) in quoted_regions(text)
    favre = [q.speaker for quote, _, q in quoted(text) if quote.startswith("Wir wollen")]
    assert favre == ["BVB-Coach Lucien Favre"]
