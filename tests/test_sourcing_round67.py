"""Who speaks, sixty-seventh speaker round (docs/accuracy.md, "Speaker round 67"): given names from a
licensed list. data/registries/given_names_de.toml holds the given names of one clear sex counted in
Berlin's open data of newborn children's names (CC BY 3.0 DE), without the names the news texts use as
words, places or surnames (scripts/given_names_de.py); a full name with one of them is a person the pronouns
after it can mean. The first given name of a full name tells the gender (a surname that is also a given name
does not), a pronoun never means a name in the part of its own clause before its verb, and the last
paragraph of a quotation opened before is no sentence of the outlet's own. Real-shaped German sentences in,
the speakers out; all but the fifth fail on main."""

import tomllib

from framing.measures import sourcing
from framing.pipeline import doc_from_text
from framing.resources import data_path
from framing.speakers import speech_words

from .sourcing_speakers import speakers


def test_sie_reaches_a_full_name_whose_given_name_only_the_licensed_list_has():
    text = "Xenia Lindner hält den Entwurf für falsch. Das Gesetz gehe nicht weit genug, sagte sie."
    assert speakers(text) == [("sie", "Xenia Lindner")]


def test_er_reaches_a_full_name_whose_given_name_only_the_licensed_list_has():
    text = "Laith Haddad leitet das Projekt seit 2019. Er sagte: „Die Kosten sind gestiegen.“"
    assert speakers(text) == [("Er", "Laith Haddad")]


def test_the_licensed_list_leaves_out_words_places_and_surnames_of_the_news():
    given = speech_words().given
    assert {"Salome", "Laith", "Xenia", "Mariama", "Grzegorz"} <= set(given)
    # a word in lower case ("ernst"), after an article ("der Oscar"), alone before no name ("New York",
    # "3 Mio Euro"), after a given name ("Lionel Messi"), a registered company ("Mercedes"), a reviewed
    # exclusion ("Tram", "Hertha"), of either sex ("Toni", "Kim" as counted)
    for name in ("Ernst", "Oscar", "York", "Mio", "Messi", "Mercedes", "Tram", "Hertha", "Toni"):
        assert name not in given
    assert given["Kim"] == "m"  # the hand list's entry wins over the counts


def test_the_licensed_list_records_its_licence_and_source():
    meta = tomllib.loads(data_path("registries/given_names_de.toml").read_text(encoding="utf-8"))["meta"]
    assert meta["licence"].startswith("CC-BY-3.0-DE")
    assert "berlinonline/haeufige-vornamen-berlin" in meta["source"]


def test_a_surname_that_is_a_male_given_name_keeps_a_womans_gender():
    text = "Die Anwältin Nadja Lorenz widersprach dem Zeugen. Das habe er nicht sehen können, sagte sie."
    assert speakers(text) == [("sie", "Anwältin Nadja Lorenz")]


def test_a_name_before_the_verb_of_its_pronouns_clause_is_not_the_pronoun():
    text = (
        "Der Gottesdienst sei ein Wesensmerkmal der Kirche, betonte Bischof Christian Stäblein. In Anlehnung "
        "an den Soziologen Hartmut Schmidt fragte er: „Wie findet der Gottesdienst Resonanz?“ Er habe großes "
        "Vertrauen in die Erneuerung."
    )
    found = speakers(text)
    assert found[1:] == [("er", "Bischof Christian Stäblein"), ("Er", "Bischof Christian Stäblein")]


def test_the_last_paragraph_of_a_quotation_opened_before_reports_no_view():
    text = (
        "Der Rapper Animus disst seinen früheren Mentor.\n\n„Azad war mein Vorbild, doch das ist lange "
        "her\n\nFür Azad ist die größte Schwierigkeit, welches Wort sich auf Casino reimt“\n\nAzad "
        "antwortete später."
    )
    doc = doc_from_text(text, annotate=False)
    sourcing.annotate(doc)
    assert text.index("Für Azad") not in [quote.start for quote in doc.quotes]
    # the same sentence as the outlet's own paragraph is Azad's view
    own = "Der Rapper Animus disst seinen Mentor.\n\nFür Azad ist die größte Schwierigkeit, was sich reimt."
    assert speakers(own) == [("Azad", "Azad")]


def test_a_given_name_the_text_writes_as_a_surname_keeps_its_persons_gender_alone():
    text = (
        "Das sagte seine geflüchtete Ehefrau Ensaf Haidar der Nachrichtenagentur AFP. Dieses Urteil hat mich "
        "schockiert, sagte Haidar. Sie sei optimistisch gewesen, dass es ein Ende habe."
    )
    assert speakers(text)[-1] == ("Sie", "Haidar")
