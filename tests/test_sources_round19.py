"""Source types of round 19 (issue 11, item 2, branch src19): the largest confusions summed over all
tunable sets, fixed by general means — a reader's noun that is a surname, a counterpart in office, the
plural of "Land", vague groups with adjectives or an object, a critic by profession before a name —
German phrases and sentences in, a type out."""

from framing.sources import classify, classify_in_text


def test_a_surname_that_is_a_readers_noun_is_a_name_and_the_organisation_after_it_decides() -> None:
    text = (
        "Adblue gibt es an jeder Tankstelle. „Allerdings verraten viele Fahrzeuge nicht, welche Menge "
        "nachgefüllt werden muss“, so der Auto-Experte Achmed Leser vom TÜV Thüringen."
    )
    found = classify_in_text("Auto-Experte Achmed Leser", text)
    assert found is not None and found.type == "business" and found.cue == "TÜV"
    # a reader with no name before the noun stays a citizen
    assert classify("ein Leser").type == "citizen"
    assert classify("Leser der Zeitung").type in ("citizen", "media")


def test_a_counterpart_in_office_is_an_office_not_a_colleague() -> None:
    text = (
        "Das erklärte der chinesische Außenminister Wang Yi am Dienstag bei einem Besuch seines "
        "russischen Amtskollegen Sergej Lawrow. Lawrow erklärte, die Beziehungen seien gut."
    )
    found = classify_in_text("Lawrow", text)
    assert found is not None and found.type == "government"
    assert classify("Amtskollege").type == "government"
    assert classify("Kollege").type == "citizen"  # a colleague at work stays a citizen


def test_the_plural_of_land_is_a_government() -> None:
    assert classify("die beiden Länder").type == "government"
    assert classify("Bund und Länder").type == "government"


def test_a_vague_group_with_adjectives_or_an_object_is_anonymous() -> None:
    for phrase in (
        "prominente Stimmen",
        "viele kritische Stimmen",
        "Kritiker des NetzDG",
        "die Kritiker der Reform",
    ):
        found = classify(phrase)
        assert found is not None and found.type == "anonymous", phrase
    # a party or a name beside them keeps them someone's
    assert classify("Stimmen aus der CDU").type == "parliament"
    assert classify("Putin-Kritiker Alexej Nawalny").type != "anonymous"


def test_a_critic_right_before_a_name_writes_in_the_media() -> None:
    text = (
        "Die Dichterin ist bekannt für ihre hermetischen Werke. Kritiker Ijoma Mangold urteilte 2013 über "
        "den Erzählungsband, er sei „ein Schlag ins Gesicht“."
    )
    found = classify_in_text("Kritiker Ijoma Mangold", text)
    assert found is not None and found.type == "media" and found.cue == "Kritiker"
    assert classify("der Kritiker Marcel Reich-Ranicki").type == "media"
    assert classify("Literaturkritikerin Sigrid Löffler").type == "media"
    # critics of something stay a group, or keep their own role
    assert classify("Kritiker").type == "anonymous"
    assert classify("Kritiker des NetzDG").type == "anonymous"
    assert classify("Putin-Kritiker Alexej Nawalny").type != "media"
