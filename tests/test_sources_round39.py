"""Source types of round 39 (issue 11, branch src39): a role given in another mention of the person — a
role noun that says the quotation right after the sentence naming them ("„…“, sagte der Finanzprofessor")
— carried to the name. German sentences in, a type and its cue out."""

from framing.sources import classify, classify_in_text

BRUEHL = (
    "Volker Brühl vom Center for Financial Studies der Universität Frankfurt hielt EPI schon Ende 2021 für "
    "die letzte Möglichkeit, ein Zahlungssystem zu etablieren, das im globalen Wettbewerb mithalten könne. "
    "„Wir in Europa sind eh schon hinten dran“, sagte der Finanzprofessor.\n\nVon einem europäischen "
    "Zahlungssystem könnte der Bankensektor profitieren. „Rentieren würde sich das für die Banken "
    "frühestens nach zehn Jahren“, prognostizierte Brühl."
)


def test_a_role_noun_saying_the_next_quotation_types_the_person_named_before() -> None:
    found = classify_in_text("Brühl", BRUEHL)
    assert found is not None
    assert (found.type, found.cue) == ("expert", "Finanzprofessor")


def test_so_before_the_role_noun_is_an_inquit_too() -> None:
    text = BRUEHL.replace("sagte der Finanzprofessor", "so der Finanzprofessor")
    found = classify_in_text("Brühl", text)
    assert found is not None
    assert (found.type, found.cue) == ("expert", "Finanzprofessor")


def test_a_quotation_before_a_verb_of_no_saying_still_stands_between() -> None:
    # "lachte" says nothing: the quotation before it may be another's, as before
    text = BRUEHL.replace("sagte der Finanzprofessor", "lachte der Finanzprofessor")
    found = classify_in_text("Brühl", text)
    assert found is not None
    assert (found.type, found.cue) == ("other", None)


def test_a_quotation_in_the_sentence_of_the_name_stands_between() -> None:
    text = BRUEHL.replace("hielt EPI schon", "sprach von „Hoffnung“ und hielt EPI schon")
    found = classify_in_text("Brühl", text)
    assert found is not None
    assert (found.type, found.cue) == ("other", None)


def test_a_body_that_ends_the_next_sentence_without_a_quotation_is_no_role_of_the_person() -> None:
    # gnad: "Reinhold Entholzer soll … erhalten. Um den zweiten soll er kämpfen, …, entschied der
    # Landesparteivorstand." — the party's board decided, it is not Entholzer
    text = (
        "Linz – Die oberösterreichische SPÖ hat am Montag ihrem Vorsitzenden den Rücken gestärkt: Reinhold "
        "Entholzer soll den einen sicheren Regierungssitz der Roten erhalten. Um den zweiten soll er "
        "kämpfen, allerdings nicht um den Preis von Blau-Rot, entschied der Landesparteivorstand. Ich habe "
        "den klaren "
        "Auftrag bekommen, erklärte Entholzer."
    )
    found = classify_in_text("Entholzer", text)
    assert found is None or found.cue != "Landesparteivorstand"


def test_the_noun_that_says_the_quotation_after_a_full_name_is_that_person() -> None:
    # round 27's shape with the quotation the noun's own: the association's president is Hildegard Weber
    text = (
        "Hildegard Weber kann sich den Autovertrieb ohne den Handel nicht vorstellen. „Das geht so nicht“, "
        "sagte die Präsidentin des Herstellerverbandes VDA am Donnerstag. Später sagte Weber: „Das bleibt "
        "so.“"
    )
    found = classify_in_text("Weber", text)
    assert found is not None
    assert (found.type, found.cue) == ("civil_society", "Herstellerverbandes")


FAMOS = (
    "«Auf dem synodalen Weg sind auch andere Konfessionen eingeladen», sagte er und dankte der Präsidentin "
    "der EKS, Rita Famos, für ihr Angebot der Unterstützung. Präsidentin Rita Famos betonte, was die "
    "christlichen Konfessionen verbindet."
)


def test_a_weak_office_before_a_name_is_the_office_named_with_its_organisation_elsewhere() -> None:
    # "Präsidentin" alone is a government's; at the first mention it is the EKS's (a church: civil society)
    found = classify_in_text("Präsidentin Rita Famos", FAMOS)
    assert found is not None
    assert (found.type, found.cue) == ("civil_society", "Präsidentin")


def test_a_weak_office_with_no_other_mention_stays_as_it_reads() -> None:
    text = "Präsidentin Rita Famos betonte, was die christlichen Konfessionen verbindet."
    found = classify_in_text("Präsidentin Rita Famos", text)
    assert found is not None
    assert found.type == "government"


def test_role_nouns_no_list_knew_before_1_30() -> None:
    # source_types.toml 1.30: the words of the dev sets' speakers that no list typed
    for phrase, expected in (
        ("Automechaniker Mahmoud Sidawi", ("business", "Automechaniker")),
        ("Promoter Frank Warren", ("business", "Promoter")),
        ("die Islamische Glaubensgemeinschaft", ("civil_society", "Glaubensgemeinschaft")),
        ("die Interviewerin Roni Aviram", ("media", "Interviewerin")),
        ("OB Kuhn", ("government", "OB")),
    ):
        found = classify(phrase)
        assert found is not None
        assert (found.type, found.cue) == expected, phrase


def test_a_boxer_named_with_his_promoter_is_no_company() -> None:
    # "promoter" is weak: beside "Usyks" it makes no organisation of the boxer
    text = (
        "Der Brite Fury und der Ukrainer Usyk wollen „Undisputed Champion“ werden. „Fury hat nie mit solch "
        "einem Speed umgehen müssen“, sagte Usyks Promoter Alexander Krassyuk. „Ich bin bereit“, sagte Usyk."
    )
    found = classify_in_text("Usyk", text)
    assert found is None or found.type != "business"
    promoter = classify_in_text("Krassyuk", text)
    assert promoter is not None
    assert promoter.type == "business"


def test_a_swiss_cantons_director_is_its_government() -> None:
    text = (
        "Die Kantone seien am Anschlag, heißt es aus dem Kanton Bern. «Wir senden falsche Signale aus», "
        "sagte der Berner Gesundheits-, Sozial- und Integrationsdirektor Pierre Alain Schnegg."
    )
    phrase = "Berner Gesundheits-, Sozial- und Integrationsdirektor Pierre Alain Schnegg"
    found = classify_in_text(phrase, text, url="https://www.tagesanzeiger.ch/asylpolitik")
    assert found is not None
    assert (found.type, found.cue) == ("government", "Integrationsdirektor")


def test_a_party_in_brackets_at_a_later_mention_is_read() -> None:
    # gnad: the headline names "Innenminister Sobotka", the text "Innenminister Wolfgang Sobotka (ÖVP)"
    text = (
        "Kritik an Innenminister Sobotka. Wien – Dass Innenminister Wolfgang Sobotka (ÖVP) ausländische "
        "Staatsbürger abschieben will, stößt auf Kritik. Sobotka hatte die Maßnahme damit begründet, dass "
        "sie nötig sei."
    )
    found = classify_in_text("Sobotka", text)
    assert found is not None
    assert (found.type, found.party) == ("government", "ÖVP")


def test_a_party_in_brackets_after_a_later_bare_surname_types_the_person() -> None:
    text = (
        "Karl Lauterbach will die Reform noch in diesem Jahr. Kritik kam aus den Ländern. Lauterbach (SPD) "
        "wies das zurück: „Wir handeln.“ Später sagte Lauterbach: „Das bleibt so.“"
    )
    found = classify_in_text("Lauterbach", text)
    assert found is not None
    assert (found.type, found.party) == ("parliament", "SPD")


def test_a_capacity_with_als_after_a_later_mention_is_read() -> None:
    # dev12: "Erst nach Prüfung … kann Nadeschdin als Präsidentschaftskandidat registriert werden."
    text = (
        "Boris Nadeschdin sammelt Unterschriften. Der heute 60-jährige Physiker war Abgeordneter. Erst nach "
        "Prüfung durch die Wahlkommission kann Nadeschdin als Präsidentschaftskandidat registriert werden. "
        "„Wir sind viele“, sagte Nadeschdin."
    )
    found = classify_in_text("Nadeschdin", text)
    assert found is not None
    assert (found.type, found.cue) == ("parliament", "Präsidentschaftskandidat")


def test_als_before_a_word_of_no_role_gives_none() -> None:
    # "als Gast" names no role: the later mention adds nothing
    text = "Anna Roth kam am Montag. Später trat Roth als Gast auf. „Es war schön“, sagte Roth."
    found = classify_in_text("Roth", text)
    assert found is None or found.type == "other"


def test_a_name_with_bin_is_found_with_its_apposition() -> None:
    # dev14 "Abdullah bin Zayed, Außenminister der …", gnad "Humberto de la Calle" (a particle "la"):
    # "bin" and "la" are particles inside a name as "von" is
    text = (
        "Es war ein produktives Treffen, sagte Mohammed bin Rashid, Außenminister der Vereinigten Arabischen "
        "Emirate, in Havanna. Später erklärte bin Rashid, die Gespräche gingen weiter."
    )
    found = classify_in_text("Mohammed bin Rashid", text)
    assert found is not None
    assert (found.type, found.cue) == ("government", "Außenminister")
