"""Source types of round 29 (issue 11, item 2, branch src29): offices of commissioners, a role mention carried
to the name, an office beside a party, cues inside a phrase about another thing, past roles read exactly.
German sentences in, a type (and its cue or party) out."""

from framing.sources import classify, classify_in_text

DRUG_COMMISSIONER = (
    "Der Bundesdrogenbeauftragte Hendrik Streeck (CDU) hat die neue Netflix-Dokumentation gelobt. Die "
    "Dokumentation sei berührend, sagte Streeck dieser Redaktion. „Sucht ist eine Krankheit“, so Streeck "
    "weiter."
)


def typed(phrase: str, text: str) -> tuple[str | None, str | None]:
    """The type and party framing gives a speaker phrase read with its article."""
    found = classify_in_text(phrase, text)
    return (found.type, found.party) if found is not None else (None, None)


def test_a_federal_commissioner_is_the_government_whatever_the_topic() -> None:
    for word in ("Bundesdrogenbeauftragte", "Landesbehindertenbeauftragter", "Bundesmissbrauchsbeauftragten"):
        found = classify(word)
        assert found is not None and found.type == "government", word


def test_a_commissioner_typed_by_its_topic_keeps_its_type() -> None:
    found = classify("Landesdatenschutzbeauftragte")
    assert found is not None and found.type == "authority"


def test_a_commissioner_without_a_state_is_no_government() -> None:
    found = classify("Die Gleichstellungsbeauftragte der Universität")
    assert found is None or found.type != "government"


def test_the_office_before_a_name_beats_the_party_after_it() -> None:
    assert typed("Streeck", DRUG_COMMISSIONER) == ("government", "CDU")


def test_a_commissioner_misspelt_without_its_t_is_read() -> None:
    text = DRUG_COMMISSIONER.replace("Bundesdrogenbeauftragte", "Bundesdrogenbeauftrage")
    assert typed("Streeck", text)[0] == "government"
    found = classify("Außenbeauftrage")
    assert found is not None and found.type == "government"


def test_a_party_member_noun_takes_the_office_of_the_person_named_before() -> None:
    text = (
        DRUG_COMMISSIONER
        + " Man spüre, wie sehr eine Droge das Leben vereinnahmen könne. Er lobte die Offenheit des Rappers, "
        "der über Abhängigkeit, Scham und Absturz spreche. Auch andere Musiker sollten so offen reden. "
        "Viele Jugendliche hörten diese Musik jeden Tag, oft ohne zu wissen, was Kokain anrichtet. Die Szene "
        "habe eine Verantwortung, die sie bisher kaum wahrnehme. Gerade im Rap werde der Konsum oft als "
        "Zeichen von Erfolg dargestellt. „Teile der Szene haben ein Problem“, sagte der CDU-Politiker."
    )
    assert typed("CDU-Politiker", text) == ("government", "CDU")


def test_a_party_office_noun_stays_the_party() -> None:
    text = DRUG_COMMISSIONER + " „Wir beraten darüber“, sagte der CDU-Chef."
    assert typed("CDU-Chef", text)[0] == "parliament"


LANG = (
    "Die Bundestagspräsidentin steht seit Wochen unter Beschuss. Nun meldet sich auch Ricarda Lang zu Wort. "
    "Die ehemalige Grünen-Vorsitzende findet klare Worte: In einem Podcast nannte sie die Präsidentin eine "
    "„Polarisierungsunternehmerin“. Diese Form der Politik spalte, so Lang, nicht nur Parteien."
)


def test_an_adjectival_role_noun_after_die_is_carried_to_the_woman_named_before() -> None:
    found = classify_in_text("Lang", LANG)
    assert found is not None and (found.type, found.party, found.cue) == (
        "parliament",
        "Grüne",
        "Grünen-Vorsitzende",
    )


def test_a_state_office_joined_to_a_party_office_beats_it() -> None:
    text = (
        "Vizekanzler und ÖVP-Obmann Reinhold Mitterlehner will auf gute Zusammenarbeit setzen. Man müsse "
        "neue Akzente setzen, erklärte Mitterlehner auf Facebook."
    )
    assert typed("Mitterlehner", text) == ("government", "ÖVP")
    text = (
        "Die Sozialpartnerschaft müsse sich ändern, deponierte ÖVP-Chef und Wirtschaftsminister Reinhold "
        "Mitterlehner im Kurier. Man wolle mehr auf andere Experten hören, sagte Mitterlehner."
    )
    assert typed("Mitterlehner", text) == ("government", "ÖVP")


def test_a_party_office_stays_when_another_persons_office_stands_before() -> None:
    text = (
        "Einig präsentierten sich Kanzler Werner Faymann und ÖVP-Chef Reinhold Mitterlehner am Dienstag. Es "
        "handle sich um eine technische Maßnahme, meinte Mitterlehner."
    )
    assert typed("Mitterlehner", text) == ("parliament", "ÖVP")


def test_two_offices_of_no_party_keep_the_one_next_to_the_name() -> None:
    text = (
        "Alpbach – OeNB-Gouverneur und EZB-Rat Ewald Nowotny warnt vor einer Wettbewerbsverzerrung. Das sei "
        "gefährlich, sagte Nowotny."
    )
    assert typed("Nowotny", text)[0] == "authority"


def test_a_president_of_an_unknown_abbreviation_in_the_genitive_is_an_associations() -> None:
    text = (
        "«Gehen, beten und arbeiten sind Schlüsselwörter», sagte er und dankte der Präsidentin der EKS, Rita "
        "Famos, für ihr Angebot der Unterstützung. Präsidentin Rita Famos betonte, was die Kirchen verbindet."
    )
    assert typed("Rita Famos", text)[0] == "civil_society"


def test_a_word_that_only_begins_with_ex_makes_no_past_role() -> None:
    text = (
        "Anna Roth kann sich ein Verbot nicht vorstellen. Im Gespräch mit zwei Studenten berichtete die "
        "externe Datenschutzbeauftragte des Herstellerverbandes VDA von neuen Regeln. „Das wird teuer“, "
        "sagte Roth."
    )
    assert typed("Roth", text)[0] == "authority"
    assert typed("Roth", text.replace("externe", "ehemalige"))[0] == "other"


def test_the_united_nations_and_their_secretary_general_are_an_authority() -> None:
    for phrase in ("UN-Generalsekretär António Guterres", "Ein Vertreter der Vereinten Nationen", "die UNO"):
        found = classify(phrase)
        assert found is not None and found.type == "authority", phrase


def test_a_states_ambassador_to_the_united_nations_stays_its_government() -> None:
    for phrase in ("der russische UN-Botschafter Wassili Nebensja", "die französische UN-Gesandte"):
        found = classify(phrase)
        assert found is not None and found.type == "government", phrase


def test_a_conference_names_no_speaker_beside_a_minister() -> None:
    found = classify("Präsident der 27. UN-Klimakonferenz (COP27) und ägyptische Außenminister Sameh Shoukry")
    assert found is not None and (found.type, found.cue) == ("government", "Außenminister")
    found = classify("Bischofskonferenz")
    assert found is not None and found.type == "civil_society"


def test_a_chamber_of_commerce_speaks_for_business() -> None:
    for phrase in (
        "Wirtschaftskammer-Präsident Christoph Leitl",
        "der IHK-Präsident",
        "die Industrie- und Handelskammer",
    ):
        found = classify(phrase)
        assert found is not None and found.type == "business", phrase


def test_chambers_of_labour_and_the_professions_stay_civil_society() -> None:
    for phrase in ("die Arbeiterkammer", "der Präsident der Ärztekammer", "die Handwerkskammer"):
        found = classify(phrase)
        assert found is not None and found.type == "civil_society", phrase
