"""Who speaks, sixty-fourth speaker round (docs/accuracy.md, "Speaker round 64"): the candidate gap by class
over all dev sets. The impersonal inquit "hieß es aus …" written as a verb-final subordinate clause ("wie es
in Kreisen der Spionageabwehr heißt", "als es aus der Kirche hiess, dass …") names its source after the
preposition between "es" and the verb, as the main-clause "hieß es aus dem Ministerium" does; "auf" with a
bare capitalised word is a language, not a source ("wie es auf Deutsch heißt"). After "laut", "so", "nach"
and "gemäß" and an article, a lower-case word before the capitalised noun is its attribute whatever the
lemmatizer makes of it ("laut einem investigativen Bericht", "laut dem gut informierten Insider Ming-Chi
Kuo", "laut einem kürzlich ergangenen Urteil"). Frames with a pronominal adverb say only with their clause
("rechnet damit, dass …", "pochte darauf, dass …"; speech_de.toml 5.4). Real-shaped German sentences in,
the quotes and speakers out; the positive ones fail on main before this round."""

from framing.measures import sourcing
from framing.pipeline import doc_from_text


def quotes(text: str) -> list[tuple[str, str, str | None]]:
    """(label, quote's text, speaker span) of every quote."""
    doc = doc_from_text(text, annotate=False)
    sourcing.annotate(doc)
    return [
        (
            q.label,
            doc.text[q.start : q.end],
            doc.text[q.speaker_start : q.speaker_end] if q.speaker_start is not None else None,
        )
        for q in doc.quotes
    ]


def test_wie_es_in_circles_heisst_names_the_circles():
    text = (
        "China spioniert gezielt in Deutschland. Diese wählen aus, welche Technologien benötigt werden, "
        "wie es in Kreisen der Spionageabwehr heißt."
    )
    assert quotes(text) == [
        (
            "indirect",
            "Diese wählen aus, welche Technologien benötigt werden, wie es in Kreisen der Spionageabwehr "
            "heißt.",
            "Kreisen",
        )
    ]


def test_wie_es_aus_the_ministry_hiess_names_the_ministry():
    text = (
        "Der Konzern steckt in der Krise. Die Firma werde 200 Stellen streichen, wie es aus dem "
        "Wirtschaftsministerium hieß."
    )
    assert quotes(text)[0][2] == "Wirtschaftsministerium"


def test_als_es_aus_der_kirche_hiess_dass_gives_the_church_its_clause():
    text = (
        "Der Vatikan tut sich schwer. Dies hat sich im vergangenen Jahr gezeigt, als es aus der Kirche "
        "hiess, dass Gott keine Sünden segne."
    )
    assert [(label, speaker) for label, _, speaker in quotes(text)] == [("indirect", "Kirche")]


def test_a_document_after_in_speaks_as_in_the_main_clause():
    text = (
        "Die Ausgaben steigen weiter. Damit hat China die EU erstmals überholt, wie es am Donnerstag in "
        "einer Aussendung der OECD heißt."
    )
    assert quotes(text)[0][2] == "OECD"  # round 75: the document's genitive names its author (gold rule 8)


def test_a_language_after_auf_and_a_saying_are_no_source():
    assert quotes("Das Gericht tagt. Das Wort, wie es auf Deutsch heißt, ist schwer zu übersetzen.") == []
    assert quotes("Das Gericht tagt. Das Haus, wie es im Volksmund heißt, sei verflucht.") == []


def test_an_attribute_the_lemmatizer_does_not_know_after_laut():
    text = (
        "Teheran weist den Bericht zurück. Laut der investigativen Recherche hatten drei Mitglieder der "
        "Sicherheitskräfte die junge Frau damals in einem Lieferwagen attackiert."
    )
    assert [(label, speaker) for label, _, speaker in quotes(text)] == [
        ("indirect", "investigativen Recherche")
    ]
    text = (
        "Teheran weist den Bericht zurück. Iranische Sicherheitskräfte haben eine junge Aktivistin laut "
        "einem investigativen Bericht bei den Massenprotesten getötet."
    )
    assert quotes(text)[0][2] == "einem investigativen Bericht"


def test_an_adverb_and_a_participle_of_a_verb_of_saying_after_laut():
    text = (
        "Apple plant ein neues Modell. Das iPhone 14 soll laut dem gut informierten Insider Ming-Chi Kuo "
        "einen bedeutenden Sprung in Sachen Kamera machen."
    )
    assert quotes(text)[0][2] == "gut informierten Insider Ming-Chi Kuo"


def test_an_adverb_and_a_participle_after_so():
    text = (
        "Die FPÖ will die Wahl anfechten. In der Wahlbehörde haben sich drastische Fehler herausgestellt, so "
        "der designierte Wiener FPÖ-Klubchef Dominik Nepp."
    )
    assert quotes(text)[0][2] == "designierte Wiener FPÖ-Klubchef Dominik Nepp"


def test_a_preposition_or_article_after_laut_is_no_attribute():
    text = (
        "Die Bezirksvorsteherin favorisierte einen Tunnel, der laut einer von der Stadt in Auftrag gegebenen "
        "Untersuchung grundsätzlich machbar erschien."
    )
    assert all(speaker != "einer von der Stadt in Auftrag" for _, _, speaker in quotes(text))


def test_an_expectation_or_a_demand_framed_with_a_pronominal_adverb_and_its_clause():
    text = (
        "Das Deutschlandticket startet im Mai. Die Deutsche Bahn rechnet damit, dass mit dem Ticket sechs "
        "Millionen neue Abo-Kunden gewonnen werden. Hinzu kämen rund elf Millionen Menschen, die bereits ein "
        "Abonnement hätten."
    )
    assert [(label, speaker) for label, _, speaker in quotes(text)] == [
        ("indirect", "Deutsche Bahn"),
        ("indirect", "Deutsche Bahn"),
    ]
    text = (
        "Die Eurozone ringt um Athen. Zugleich pochte Schäuble darauf, dass die Euro-Staaten die Regeln "
        "einhalten."
    )
    assert quotes(text)[0][2] == "Schäuble"


def test_the_verb_alone_frames_nothing():
    assert quotes("Die Zahlen sind da. Der Konzern rechnet mit einem Verlust von zehn Millionen Euro.") == []
