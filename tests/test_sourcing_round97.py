"""Who speaks, ninety-seventh speaker round (docs/accuracy.md, "Speaker round 97"): titles and names
after their kind noun. A quotation right after a topic, chapter, petition, popular initiative,
(auto)biography, motto word or movement ("zum Thema „…“", "die Petition „…“", "aus ihrer Autobiografie
„…“"), or after a title cue in the genitive with "des" ("des beliebten Animationsfilms „…“"), is a title or
a name, no quote; a noun that names a title or a name ("Titel", "Motto", "Spitzname") never speaks, so a
quotation it would say is no quote. A topic before a colon still introduces speech ("kein Thema: „…“"),
and an indefinite genitive is no title's ("während eines Spiels „…“"). German sentences in, quotes and
speakers out."""

from framing.speakers import is_colon_topic, is_naming_noun, is_title_cue_genitive

from .sourcing_speakers import quoted


def _found(text: str) -> list[tuple[str, str | None]]:
    return [(words, quote.speaker) for words, _, quote in quoted(text)]


def test_the_words_of_the_round():
    assert is_naming_noun("Titel") and is_naming_noun("Motto-Thema") and is_naming_noun("Spitzname")
    assert not is_naming_noun("Sprecher") and not is_naming_noun("Unternehmen")
    assert is_title_cue_genitive("Animationsfilms") and is_title_cue_genitive("Vereins")
    assert not is_title_cue_genitive("Landes") and not is_title_cue_genitive("Präsidenten")
    assert is_colon_topic("Thema") and not is_colon_topic("Kapitel")


def test_a_title_after_its_topic_noun_is_no_quote():
    text = (
        "Zum Internationalen Tag gegen Gewalt an Frauen empfiehlt Sibylle Stotz den Live-Stream zum Thema "
        "„Strategien gegen Antifeminismus und Frauenhass“. Die Beratung sei kostenlos."
    )
    assert all(not words.startswith("Strategien") for words, _ in _found(text))


def test_a_petition_and_a_popular_initiative_are_names():
    text = "Der LSVD hat mit dieser Forderung die Petition „Afghanische LSBTI jetzt retten!“ gestartet."
    assert _found(text) == []
    text = "„Das ist total absurd“, sagt Moheb Shafaqyar vom Volksbegehren „DW enteignen“."
    assert _found(text) == [("Das ist total absurd", "Moheb Shafaqyar")]


def test_a_book_of_a_life_is_a_title():
    text = (
        "Dann bringt Margot Friedländer das Hörbuch herbei, das sie aufgenommen hat aus ihrer Autobiografie "
        "„Versuche, dein Leben zu machen“."
    )
    assert _found(text) == []


def test_a_title_cue_in_the_genitive_after_des_names_a_work():
    text = (
        "Der zweite Teil des beliebten Animationsfilms „Die Arche ist weg“ lief neu auf der Leinwand. "
        "„Die Leute kommen wieder“, sagte Kinobetreiber Ulrich Dillmann."
    )
    assert _found(text) == [("Die Leute kommen wieder", "Kinobetreiber Ulrich Dillmann")]


def test_an_indefinite_genitive_keeps_what_was_said():
    text = "Die Kandidatin Lilly Becker sagte während eines Spiels „I can't see“, woraufhin Ringguth lachte."
    assert _found(text) == [("I can't see", "Kandidatin Lilly Becker")]


def test_a_naming_noun_never_speaks():
    text = "Was daran erinnert: Ihr Spitzname lautet „Mutti“. Vielleicht ist sie für das Land gerade richtig."
    assert _found(text) == []
    text = (
        "Der Titel der Sendung lautete: „Politik im Krisenmodus – wer hält das Land noch zusammen?“, und wie "
        "fast immer sprach man ausführlich."
    )
    assert _found(text) == []
    text = (
        "Ein wichtiger Punkt für Röttgen ist das Verhältnis zwischen Ost und West. „Dialog statt "
        "Belehrung“, lautet sein Motto."
    )
    assert _found(text) == []


def test_a_topic_before_a_colon_introduces_speech():
    text = (
        "Für Schulleiter Salcher eh kein Thema: „Wir fahren mit dem Zug zum Wandertag nach Sillian. Da "
        "entfliehen wir dem Ganzen sowieso.“"
    )
    assert [speaker for _, speaker in _found(text)] == ["Schulleiter Salcher"]
