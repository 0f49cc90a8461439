"""Source types of round 63 (issue 11, branch src63): role words and organisations the lists lacked or read in
the wrong sense, counted by speaker in gnad1000, fang1000, fang2 and fang4 (source_types 1.45), and the names
the code cut: "ver.di" at its full stop, "MA 22" before its number (speech_de 7.9). Sentences written for the
tests."""

from framing.segment import TOKEN_PATTERN
from framing.sources import _attribute
from framing.speakers import numbered_name, speech_words

from .sourcing_speakers import spoken, typed


def test_ver_di_stays_one_word_but_a_sentence_and_a_web_address_still_end():
    words = [m.group() for m in TOKEN_PATTERN.finditer("sagte ver.di-Chefin Anna Roth, laut tagesschau.de.")]
    assert words == ["sagte", "ver.di-Chefin", "Anna", "Roth", ",", "laut", "tagesschau.de", "."]
    assert [m.group() for m in TOKEN_PATTERN.finditer("z.B. die")] == ["z", ".", "B", ".", "die"]


def test_a_role_of_ver_di_before_a_name_is_the_union_s():
    text = "Die Löhne müssten steigen, sagte ver.di-Bundeschef Markus Hallmann am Montag in Berlin."
    assert spoken(text) == [("ver.di-Bundeschef Markus Hallmann", "civil_society")]
    later = text + " „Wir lassen nicht locker“, sagte Hallmann."
    assert typed("Hallmann", later) == ("civil_society", "ver.di-Bundeschef")


def test_ver_di_as_the_speaker_and_in_an_apposition():
    speaker = spoken("Ver.di fordert, die Beschäftigten müssten mehr Geld bekommen.")
    assert speaker == [("Ver.di", "civil_society")]
    text = "Greta Lindner, ver.di-Bundesvorstandsmitglied, kritisiert die Pläne des Konzerns scharf."
    assert typed("Greta Lindner", text) == ("civil_society", "ver.di-Bundesvorstandsmitglied")


def test_a_web_address_in_the_words_after_a_name_is_no_employer():
    text = "Der Kommandeur, Konteradmiral Paul Weber, sagte gegenüber Military.com, es eile."
    assert typed("Paul Weber", text)[0] != "media"


def test_vienna_s_municipal_department_keeps_its_number():
    text = "In der neuen Siedlung solle es keine Straße ohne Baum geben, informiert die MA 22."
    assert spoken(text) == [("MA 22", "authority")]
    staff = "Die Bäume kühlen die Gassen, sagt Lukas Brandl von der MA 22."
    assert typed("Lukas Brandl", staff) == ("authority", "MA 22")


def test_a_numbered_name_takes_the_same_numbers_in_a_phrase_and_in_the_tokens():
    """One predicate (``numbered_name``) for both readers: a year after "MA" is no department number."""
    assert _attribute("von der MA 48, sagte sie") == "von der MA 48,"
    assert _attribute("von der MA 2022 in Wien") == "von der MA"
    assert not numbered_name(speech_words(), "MA", "2022")
    assert numbered_name(speech_words(), "MA", "22")


def test_innkeepers_are_business():
    text = "„Die Zelte bleiben heuer leer“, sagte Festwirt Anton Kiermeier am Dienstag."
    assert typed("Festwirt Anton Kiermeier", text) == ("business", "Festwirt")
    village = "„Wir sperren zu“, sagt Florian Hubmann vom Dorfwirt in Mammendorf."
    assert typed("Florian Hubmann", village) == ("business", "Dorfwirt")


def test_a_parents_committee_is_civil_society_not_a_parliament():
    text = "„Die Schulen bleiben offen“, sagte der Vorsitzende des Landeselternausschusses, Jan Mertens."
    assert typed("Jan Mertens", text) == ("civil_society", "Landeselternausschusses")


def test_the_genitive_of_kreis_is_the_district_not_the_circles():
    text = "„Die Lage ist ernst“, sagte der Pressesprecher des Kreises Lippe, Tim Oberle, am Freitag."
    assert typed("Tim Oberle", text)[0] == "government"
    circles = "Aus Regierungskreisen hieß es, die Entscheidung falle erst im Herbst."
    assert typed("Regierungskreisen", circles)[0] == "anonymous"


def test_a_hostage_is_a_surname_after_a_given_name():
    text = "Innensenator Andreas Geisel (SPD) lobte die Polizei. Sie habe richtig gehandelt, sagte Geisel."
    assert typed("Geisel", text) == ("government", "Innensenator")


def test_an_austrian_press_release_is_no_broadcast():
    text = "Die Ärztekammer weist die Vorwürfe zurück. Man sei gesprächsbereit, hieß es in einer Aussendung."
    assert typed("einer Aussendung", text)[0] != "media"


def test_organisations_the_lists_lacked():
    cases = (
        ("Manfred Ebner", "„Das ist zu wenig“, sagte Manfred Ebner von der GPA-djp.", "civil_society"),
        (
            "DIVI-Präsident Karl Frei",
            "Betten würden knapp, warnte DIVI-Präsident Karl Frei.",
            "civil_society",
        ),
        ("Lea Brunner", "„Die Anrufe nehmen zu“, sagt Lea Brunner vom Frauennotruf Erding.", "civil_society"),
        (
            "Direktor des Center for Disease Control and Prevention",
            "Die Maske schütze, sagte der Direktor des Center for Disease Control and Prevention.",
            "authority",
        ),
        ("Investitionsbank Berlin", "Die Investitionsbank Berlin teilte mit, es sei erledigt.", "government"),
    )
    for phrase, text, kind in cases:
        assert typed(phrase, text)[0] == kind, phrase


def test_a_business_economist_is_no_innkeeper():
    text = "„Die Preise steigen weiter“, sagt der Betriebswirt Jonas Keller."
    assert typed("Betriebswirt Jonas Keller", text)[0] == "expert"


def test_words_left_out_keep_other():
    text = "„Die Ausstellung ist ein Wagnis“, sagt Ina Vogt, die Direktorin des Museums Lindenau."
    assert typed("Ina Vogt", text) == ("other", None)
    school = "„Wir testen jeden Morgen“, sagt Paula Kern, die Leiterin des Hofmiller-Gymnasiums."
    assert typed("Paula Kern", school) == ("other", None)
