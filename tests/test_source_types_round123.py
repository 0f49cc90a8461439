"""Source types of round 123 (issue 11, branch src123): the offices of the city states Berlin, Hamburg and
Bremen. A senator with a portfolio and a Stadtrat or Stadträtin with one are government (source_types 1.47),
a bare "Senatorin" or "Stadtrat" too in an article of a city state ([regions.citystate]), and a bare office of
no party yields to the government compound it heads at the person's fuller mention. Sentences written for the
tests."""

from framing.sources import classify

from .sourcing_speakers import spoken, typed


def test_a_senator_with_a_portfolio_is_the_city_state_s_government():
    text = "„Die Prüfungen finden statt“, sagte Schulsenator Tim Brandt am Montag in Hamburg."
    assert spoken(text) == [("Schulsenator Tim Brandt", "government")]
    found = classify("Arbeitssenatorin Elke Lorenz")
    assert found is not None and found.type == "government"


def test_a_senator_named_with_the_complement_of_a_portfolio_is_government():
    text = "„Wir prüfen das genau“, sagte die Berliner Senatorin für Bildung, Katharina Lenz, am Dienstag."
    assert spoken(text) == [("Katharina Lenz", "government")]


def test_a_district_councillor_with_a_portfolio_is_the_district_s_executive():
    text = "„Der Spielplatz wird im Mai saniert“, sagte Baustadtrat Oliver Reimann am Mittwoch."
    assert spoken(text) == [("Baustadtrat Oliver Reimann", "government")]
    for office in ("Bezirksstadträtin Anna Roth", "Gesundheitsstadtrat Lindner", "CDU-Jugendstadtrat Kuhn"):
        found = classify(office)
        assert found is not None and found.type == "government", office


def test_a_plain_council_member_and_a_us_senator_stay_parliament():
    assert spoken("„Wir stimmen dagegen“, sagte der Münchner Stadtrat Paul Huber.") == [
        ("Münchner Stadtrat Paul Huber", "parliament")
    ]
    assert spoken("„Wir kämpfen weiter“, sagte US-Senator Bernie Sanders am Dienstag.") == [
        ("US-Senator Bernie Sanders", "parliament")
    ]
    text = "Im Senat fehlen die Stimmen. Senatorin Mia Porter aus Ohio sagte, der Plan scheitere."
    assert typed("Senatorin Mia Porter", text)[0] == "parliament"


def test_a_bare_senator_in_an_article_of_a_city_state_is_government():
    text = (
        "Die Senatsverwaltung für Finanzen legte den Haushalt vor. Im Abgeordnetenhaus gab es Streit. "
        "Senator Kollmann sagte, die Rücklagen reichten bis 2025."
    )
    assert typed("Senator Kollmann", text) == ("government", "Senator")
    district = "Das Bezirksamt schließt zwei Bäder. Im Bezirksamt hieß es, Stadträtin Heinz prüfe Ausnahmen."
    assert typed("Stadträtin Heinz", district) == ("government", "Stadträtin")


def test_a_bare_senator_yields_to_the_portfolio_the_article_gives_the_same_person():
    text = (
        "Gesundheitssenatorin Dilara Kaya (SPD) stellte die Zahlen vor. Später sagte Senatorin Kaya, "
        "das Zentrum werde im Mai eröffnet."
    )
    assert typed("Senatorin Kaya", text) == ("government", "Gesundheitssenatorin")
    us = "US-Senatorin Mia Porter stellte den Plan vor. Später sagte Senatorin Porter, er komme im Mai."
    assert typed("Senatorin Porter", us)[0] == "parliament"


def test_the_name_after_a_district_councillor_of_a_place_is_the_speaker():
    text = "„Wir haben keine andere Wahl“, sagte der Jugendstadtrat von Neukölln, Falko Liebig, am Montag."
    assert spoken(text) == [("Falko Liebig", "government")]
