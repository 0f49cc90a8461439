"""Source types round 64 (src64): a person's role said in a predicate of its own, read where no role at the
person's mentions types them (``_role_in_predicate``; ``source_types.toml`` [predicates])."""

from framing.sources import classify_in_text


def _type(phrase: str, text: str) -> str | None:
    found = classify_in_text(phrase, text)
    return found.type if found else None


def test_a_copula_after_an_apposition_types_the_person() -> None:
    text = (
        "Der Streit um die Äschen geht weiter. Das schrieb Kurt Hofmeister vor einem Jahr in einer Kolumne. "
        "Hofmeister, ein freundlicher Herr mit Bart, ist der Präsident des Fischereiverbandes Tirol. "
        "Man müsse die Fische schützen, sagt Hofmeister."
    )
    assert _type("Hofmeister", text) == "civil_society"


def test_a_relative_clause_with_a_copula_types_the_person() -> None:
    text = (
        "Wenn Max Brandl im Frühjahr sein Karussell aufbaut, kommen die Kinder. Die Feste fallen in "
        "diesem Jahr aus. Das trifft die ganze Branche. „Uns geht es schlecht“, sagt Brandl, der auch "
        "Vorsitzender des Schaustellerverbands Passau ist."
    )
    assert _type("Brandl", text) == "civil_society"


def test_the_pronoun_of_the_next_sentence_types_the_person_of_its_gender() -> None:
    text = (
        "Das schrieb Kurt Hofer vor einem Jahr in einer Kolumne. Der Streit geht weiter. Man müsse die "
        "Fische schützen, sagt Hofer. Er ist Präsident des Fischereiverbandes Tirol."
    )
    assert _type("Hofer", text) == "civil_society"
    assert _type("Hofer", text.replace("Er ist Präsident", "Sie ist Präsidentin")) == "other"


def test_a_relative_clause_with_a_verb_of_office_types_the_person() -> None:
    text = (
        "Am Dienstag warnte Gilles Moreau vor der zweiten Welle. Moreau, der am Pariser Krankenhaus "
        "Tenon die Abteilung für Infektionskrankheiten leitet, ist besorgt. Die Lage sei ernst, mahnte "
        "Moreau."
    )
    assert _type("Moreau", text) == "expert"


def test_a_capacity_after_a_verb_of_work_types_the_person() -> None:
    text = (
        "Michael Stumpf fährt mit dem Bus durch den Bezirk. „Ich liebe den Bezirk“, sagt Stumpf. "
        "Stumpf arbeitet 20 Stunden pro Woche als parlamentarischer Mitarbeiter für einen "
        "FPÖ-Nationalratsabgeordneten."
    )
    assert _type("Stumpf", text) == "parliament"


def test_the_mentions_own_role_wins() -> None:
    text = (
        "Die Schauspielerin Anna Kerber besuchte am Montag eine Schule. Die Kinder sangen ein Lied. "
        "Danach gab es Kuchen. „Die Kinder brauchen Hilfe“, sagt Kerber, die seit 2019 Botschafterin des "
        "Kinderhilfswerks Unicef ist."
    )
    assert _type("Kerber", text.replace("Die Schauspielerin Anna", "Anna")) == "civil_society"
    assert _type("Kerber", text) == "other"  # the actress's own role, though of no type
    assert _type("Kerber", text.replace("Die Schauspielerin", "Bürgermeisterin")) == "government"


def test_a_negated_or_past_predicate_does_not_type() -> None:
    text = (
        "Der Streit um die Äschen geht weiter. Das schrieb Kurt Hofmeister vor einem Jahr in einer Kolumne. "
        "Hofmeister, ein freundlicher Herr mit Bart, ist {} Präsident des Fischereiverbandes Tirol. "
        "Man müsse die Fische schützen, sagt Hofmeister."
    )
    assert _type("Hofmeister", text.format("seit 2019")) == "civil_society"
    for denied in ("nicht mehr", "kein", "früher"):
        assert _type("Hofmeister", text.format(denied)) == "other"
    assert _type("Hofmeister", text.format("der").replace(" ist ", " war ")) == "other"


def test_a_role_that_says_who_or_holds_a_mediums_name_does_not_type() -> None:
    text = (
        "Leo Joplin hat ein Album aufgenommen. Die Lieder handeln von der Stadt. Das Album erscheint im Mai. "
        "„Ich schreibe über mein Viertel“, sagt Joplin, der ein Berlin-Kind ist."
    )
    assert _type("Joplin", text) == "other"
    text = (
        "Lilli Gavran ist jeden Tag unterwegs. „Es ist hart“, sagt Gavran. Gavran arbeitet in Hamburg als "
        "Radkurierin."
    )
    assert _type("Gavran", text) == "other"
