"""Source types of round 28 (issue 11, item 2, branch src28): conventions of benchmarks/gold/README.md
that the taxonomy contradicted. A past office beside a party ("Robert Habeck, der frühere Vizekanzler der
Grünen") gives no type: the person is quoted as the party's now (an MP, `parliament`); a past office alone
stays the role the article quotes them in ("der ehemalige Bundesinnenminister Otto Schily" `government`).
German sentences in, a type and its cue out."""

from framing.sources import classify, classify_in_text, named_before

HABECK = (
    "Bereits zuvor hatte Robert Habeck, der frühere Vizekanzler der Grünen, Klöckner scharf attackiert. Sie "
    "habe „immer nur polarisiert, polemisiert und gespalten“, so Habeck."
)


def test_a_past_office_beside_a_party_is_the_party_now() -> None:
    found = classify_in_text("Habeck", HABECK)
    assert found is not None and (found.type, found.party) == ("parliament", "Grüne")


def test_a_past_office_with_a_party_in_the_phrase_is_the_party() -> None:
    found = classify("der frühere Vizekanzler der Grünen")
    assert found is not None and found.type == "parliament"


def test_a_past_office_alone_stays_the_office() -> None:
    found = classify("der ehemalige Bundesinnenminister Otto Schily")
    assert found is not None and found.type == "government"


def test_a_current_office_beside_a_party_stays_the_office() -> None:
    found = classify("der Vizekanzler der Grünen")
    assert found is not None and found.type == "government"


CRANS_MONTANA = (
    "Nach dem Brand in Crans-Montana im Kanton Wallis räumt die Gemeinde Versäumnisse ein. „Wir bedauern "
    "das zutiefst“, sagt der Präsident des Gemeinderats, Nicolas Féraud. Der Kanton erinnerte daran, dass "
    "die Kontrollen Sache der Gemeinde seien. Der Walliser Staatsrat Mathias Reynard sprach von einer "
    "Tragödie."
)
GERMAN_COUNCIL = (
    "In Tübingen stritt der Gemeinderat lange über den Haushalt. „Wir müssen sparen“, sagt der Präsident des "
    "Gemeinderats, Hans Maier."
)


def test_a_swiss_gemeinderat_is_the_municipal_executive() -> None:
    found = classify_in_text("Präsident des Gemeinderats", CRANS_MONTANA)
    assert found is not None and (found.type, found.cue) == ("government", "Gemeinderats")


def test_a_swiss_staatsrat_is_the_cantonal_government() -> None:
    found = classify_in_text("Walliser Staatsrat Mathias Reynard", CRANS_MONTANA)
    assert found is not None and found.type == "government"


def test_a_swiss_canton_speaks_through_its_government() -> None:
    found = classify_in_text("Der Kanton", CRANS_MONTANA)
    assert found is not None and found.type == "government"


def test_a_german_gemeinderat_stays_a_council() -> None:
    found = classify_in_text("Präsident des Gemeinderats", GERMAN_COUNCIL)
    assert found is not None and found.type == "parliament"


def test_a_swiss_address_makes_the_article_swiss() -> None:
    found = classify_in_text("Präsident des Gemeinderats", GERMAN_COUNCIL, url="https://www.20min.ch/story/x")
    assert found is not None and found.type == "government"


def test_users_of_both_genders_name_nobody() -> None:
    for phrase in ("Nutzerinnen und Nutzer", "Nutzerinnen und den Nutzern"):
        found = classify(phrase)
        assert found is not None and found.type == "anonymous", phrase


def test_a_named_user_stays_a_citizen() -> None:
    found = classify("Nutzerin Anna Roth")
    assert found is not None and found.type == "citizen"


def test_posts_in_the_plural_name_nobody() -> None:
    text = (
        "Auf X und Telegram verbreiteten sich Gerüchte über das Virus. Andere Beiträge führten alte Videos "
        "als Beweise dafür an, dass es eine Plandemie sei. Andere Posts behaupteten, die Regierung lüge."
    )
    for phrase in ("Andere Beiträge", "Andere Posts"):
        found = classify_in_text(phrase, text)
        assert found is not None and found.type == "anonymous", phrase


TRISTACH = (
    "Der Schulleiter der Volksschule Tristach, Norbert Salcher, bestätigte auf Anfrage ein fast leeres "
    "Haus: „Es war sehr, sehr ruhig.“ Für Schulleiter Salcher eh kein Thema."
)
PRIVATE_SCHOOL = (
    "Ein Beispiel aus der Praxis einer Privatschule. Die Schule will 100.000 Euro in ihre IT-Ausstattung "
    "investieren, sagt Rektorin Eileen Lyons. Lehrer Andreas Heller hat vorher festgelegt, wie schwer das "
    "Programm zu überzeugen sein soll."
)
PUBLIC_SCHOOL = (
    "Die Gesamtschule in Kleve will in ihre IT-Ausstattung investieren, sagt Rektorin Eileen Lyons. Lehrer "
    "Andreas Heller hat vorher festgelegt, wie schwer das Programm zu überzeugen sein soll."
)


def test_the_head_of_a_school_is_an_authority() -> None:
    for phrase in ("Schulleiter der Volksschule Tristach", "Norbert Salcher", "Schulleiter Salcher"):
        found = classify_in_text(phrase, TRISTACH)
        assert found is not None and found.type == "authority", phrase


def test_the_staff_of_a_private_school_speak_for_a_business() -> None:
    for phrase in ("Rektorin Eileen Lyons", "Andreas Heller"):
        found = classify_in_text(phrase, PRIVATE_SCHOOL)
        assert found is not None and found.type == "business", phrase


def test_the_staff_of_a_school_not_called_private_stay_as_they_were() -> None:
    for phrase in ("Rektorin Eileen Lyons", "Andreas Heller"):
        found = classify_in_text(phrase, PUBLIC_SCHOOL)
        assert found is not None and found.type == "citizen", phrase


def test_school_heads_are_no_organisation_a_spokesperson_speaks_for() -> None:
    found = named_before(
        [
            "Die Schulleiter müssen das verantworten, sagt eine Sprecherin",
            "Im Unterrichtsministerium kann man diese Kritik nicht nachvollziehen.",
        ]
    )
    assert found is not None and found.type == "government"
