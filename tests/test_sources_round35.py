"""Source types of round 35 (issue 11, item 2, branch src35): a word in the speaker's sentence that names
something else — the medium spoken to, a word of the sentence before, an addressee, a country inside an
organisation's name — gives the speaker no type. German sentences in, a type and its cue out."""

from framing.sources import _place_ends_name, classify_in_text, load_registry, named_before

KRANZLMUELLER = (
    "Bei einem der größten Rechenzentren Europas in Garching bei München, dem Leibniz-Rechenzentrum, wurde "
    "geprüft, ob Energie gespart werden könnte. «In der Realität führt dies aber dazu, dass die Anwendungen "
    "länger rechnen», erklärte der Leiter, Dieter Kranzlmüller, der dpa."
)
MAAG = (
    "Das neue Format feiert am Sonntag in Lillehammer Premiere. Maag will mit einem Australier an den Start "
    "gehen. „Ganz ehrlich, ohne die deutsche Mannschaft wäre ich nicht hier“, sagt Natalie Maag."
)
PREVC = (
    "Lindvik gehört zu den Favoriten auf Olympisches Gold in Peking.\n\nCene Prevc freute sich über das "
    "erste Podium: „Beide Sprünge waren heute exzellent.“"
)
MIERSCH = (
    "Generalsekretär Matthias Miersch warf der FDP vor, die Öffentlichkeit getäuscht zu haben. Gegenüber dem "
    "Redaktionsnetzwerk Deutschland bezeichnete es Miersch als „zynisch“, dass die FDP so gehandelt habe."
)
LOSEHAND = (
    "Jemand könnte ein Foto hochladen. „Stimmt“, meint Joachim Losehand von Creative Commons Österreich, "
    "„aber Verlass gibt es nie.“"
)


def test_the_agency_spoken_to_after_a_set_off_name_is_no_relative_clause() -> None:
    # ", der dpa" after the name is the dative of whom he told, not "…, der (die Agentur) …"
    found = classify_in_text("Dieter Kranzlmüller", KRANZLMUELLER)
    assert found is not None
    assert (found.type, found.cue) == ("other", None)


def test_a_relative_clause_after_a_name_is_still_read() -> None:
    text = "«Das ist falsch», erklärte Anna Roth, die für die Deutsche Bank arbeitet, am Montag."
    found = classify_in_text("Anna Roth", text)
    assert found is not None
    assert found.type == "business"


def test_the_word_before_a_name_is_none_across_a_sentence_end() -> None:
    # "Premiere." ends the sentence before "Maag will", "Peking." the paragraph before "Cene Prevc"
    for phrase, text in (("Natalie Maag", MAAG), ("Cene Prevc", PREVC)):
        found = classify_in_text(phrase, text)
        assert found is not None
        assert (found.type, found.cue) == ("other", None)


def test_the_medium_an_addressee_preposition_governs_is_no_role() -> None:
    found = classify_in_text("Miersch", MIERSCH)
    assert found is not None
    assert (found.type, found.cue) == ("parliament", "Generalsekretär")


def test_a_spokesperson_speaks_for_the_body_named_before_not_the_medium_told() -> None:
    found = named_before(["Gegenüber dem SPIEGEL sagte", "Die Polizei ermittelt wegen Betrugs."])
    assert found is not None
    assert (found.type, found.cue) == ("authority", "Polizei")


def test_the_medium_named_without_an_addressee_preposition_still_counts() -> None:
    found = named_before(["Laut dem SPIEGEL sagte"])
    assert found is not None
    assert (found.type, found.cue) == ("media", "SPIEGEL")


def test_a_country_that_ends_an_organisations_name_is_no_government() -> None:
    found = classify_in_text("Joachim Losehand", LOSEHAND)
    assert found is not None
    assert found.type != "government"


def test_a_country_or_city_after_an_office_or_a_typed_organisation_keeps_its_reading() -> None:
    cases = (
        ("„Stimmt“, meint Anne Hidalgo, Bürgermeisterin von Paris, „aber nicht immer.“", "government"),
        ("„Stimmt“, meint Anna Roth von der Universität Wien, „aber nicht immer.“", "expert"),
        ("„Stimmt“, meint Anna Roth von Greenpeace Österreich, „aber nicht immer.“", "civil_society"),
        # "aus" a place after a name: where the person is from (src41; government before)
        ("„Stimmt“, meint Anna Roth aus Österreich, „aber nicht immer.“", "citizen"),
    )
    for text, expected in cases:
        found = classify_in_text("Anna Roth" if "Roth" in text else "Anne Hidalgo", text)
        assert found is not None
        assert found.type == expected, text


BRAATZ = (
    "Jüngst hat der Artikel „Warum ein CEO nicht twittern sollte“ von Jürgen Braatz für Furore gesorgt. Er "
    "argumentiert darin, Geschäftsführer seien „grundsätzlich nicht geschult“ und sollten sich zurückhalten."
)


def test_what_the_person_says_in_the_next_sentence_gives_no_role() -> None:
    # the managers after "Er argumentiert darin," are his topic, not his office
    found = classify_in_text("Jürgen Braatz", BRAATZ)
    assert found is not None
    assert (found.type, found.cue) == ("other", None)


def test_who_the_person_is_in_the_next_sentence_still_gives_the_role() -> None:
    text = BRAATZ.split(" Er ")[0] + " Er ist Geschäftsführer eines Möbelhauses in Köln."
    found = classify_in_text("Jürgen Braatz", text)
    assert found is not None
    assert (found.type, found.cue) == ("business", "Möbelhauses")


def test_a_role_or_an_organisation_ending_the_sentence_before_a_name_still_counts() -> None:
    merkel = (
        "Zur Türkei zitierte Fischer die Meinung der deutschen Kanzlerin. Merkel sei überzeugt, dass es "
        "ernsthaftes Interesse an einer Lösung gebe."
    )
    riedl = (
        "Außerdem werde man mit Ikea über die Außengestaltung reden. Gesprächsbereitschaft zeigt auch Ikea. "
        "Barbara Riedl stellt aber klar: „Ikea wird immer erkennbar sein.“"
    )
    for phrase, text, expected in (
        ("Merkel", merkel, ("government", "Kanzlerin")),
        ("Barbara Riedl", riedl, ("business", "Ikea")),
    ):
        found = classify_in_text(phrase, text)
        assert found is not None
        assert (found.type, found.cue) == expected


def test_one_test_of_a_place_that_ends_an_organisations_name() -> None:
    # read for the words beside a name, its name parts and the hits of its role context alike
    reg = load_registry()
    assert _place_ends_name(reg, "Österreich", "Commons")  # "Creative Commons Österreich"
    assert _place_ends_name(reg, "Österreich")  # right after the name itself
    assert not _place_ends_name(reg, "Paris", "von")  # "Bürgermeister von Paris"
    assert not _place_ends_name(reg, "Commons", "Creative")  # no country or city
