"""Who speaks, eighty-seventh speaker round (docs/accuracy.md, "Speaker round 87"): a nearer, wrong noun
taken for the speaker of a partial quotation. Round 76's idea, "zitieren" relays the words of its object,
not its subject's: a medium with no medium noun before the person it quotes ("zitiert CNN die Analystin
X"), a medium's name run together with the surname after it ("die Nachrichtenagentur TASR Fico"), and a
purpose clause "um X zu zitieren" before the quotation; a role's name set off by commas speaks (also
after "so" and "laut", with its own role, or with a surname read as an organisation), and an adverb
opening the sentence is no speaker. German sentences in, speakers and spans out."""

from .sourcing_speakers import quoted, speakers


def test_the_analyst_cnn_quotes_speaks_not_cnn():
    text = (
        "Die Tendenz zu Beginn der Woche deutet darauf hin, „dass die falsche Rallye nicht allzu lange "
        "anhalten wird“, zitiert CNN die Börsen-Analystin Margaret Yang."
    )
    assert speakers(text) == [("Börsen-Analystin Margaret Yang", "Börsen-Analystin Margaret Yang")]


def test_the_object_after_a_time_phrase_or_an_adverb_speaks():
    text = (
        "Es sei der größte Plattenvertrag der Geschichte, zitierte die Sun am Montag eine interne Quelle bei "
        "Sony Music."
    )
    assert speakers(text) == [("eine interne Quelle", "eine interne Quelle")]
    text = "Dass Uli zurück an die Macht will, steht fest, zitierte Sport Bild einen Vertrauten des Klubs."
    assert speakers(text) == [("einen Vertrauten des Klubs", "einen Vertrauten des Klubs")]
    text = (
        "Ein „neuer mysteriöser König wird an seiner Stelle den Thron besteigen“, zitierte der Daily Star "
        "nun Readings Interpretation von Nostradamus."
    )
    assert speakers(text)[0][0] == "Readings Interpretation"


def test_the_surname_after_the_agencys_name_speaks():
    text = (
        "Premier Robert Fico hat mit einer Äußerung für Aufsehen gesorgt. Der Islam habe keinen Platz in der "
        "Slowakei, zitierte die Nachrichtenagentur TASR Fico am Mittwochabend."
    )
    assert speakers(text) == [("Fico", "Fico")]


def test_a_medium_with_its_noun_still_quotes_the_person_after_it():
    # the rule before this round, kept: "die Süddeutsche Zeitung" ends in a media noun, not in a surname
    text = (
        "Es sei die größte Tarifumstellung seit Jahrzehnten, zitiert die Süddeutsche Zeitung den für den "
        "Ticket-Vertrieb zuständigen Vorstand Jens Bischof."
    )
    assert speakers(text)[0][0] == "für den Ticket-Vertrieb zuständigen Vorstand Jens Bischof"


def test_a_purpose_clause_lends_the_quotation_to_its_object():
    text = (
        "Dazu kam, dass wir damals nur eine langsame Leitung hatten, denn alles andere, um den Mann meiner "
        "Mutter zu zitieren, sei „herausgeschmissenes Geld, das man eh niemals braucht“."
    )
    found = [(words, span) for words, span, _ in quoted(text)]
    assert ("herausgeschmissenes Geld, das man eh niemals braucht", "Mann meiner Mutter") in found
    text = (
        "Das Buch kommt offener daher, da hier, um noch einmal die Autorin zu zitieren, „die Spannung "
        "zwischen Ideal und Wirklichkeit am eigenen Leib gefühlt“ wird."
    )
    assert speakers(text) == [("Autorin", "Autorin")]


def test_a_purpose_clause_after_the_quotation_lends_it_nothing():
    text = (
        "Wir hatten damals nur „DSL 1000“, denn alles andere war, um den Mann meiner Mutter zu zitieren, "
        "herausgeschmissenes Geld."
    )
    assert [span for _, span, _ in quoted(text) if span is not None] == []


def test_a_media_noun_before_the_mediums_name_keeps_the_name_with_it():
    # "der Sender CNN": CNN is the medium's name after its noun, no surname, even where CNN was named before
    text = (
        "CNN berichtete am Montag über die Lage. Die Lage sei ernst, zitiert der Sender CNN einen Sprecher "
        "des Ministeriums."
    )
    assert speakers(text)[-1][0] == "einen Sprecher des Ministeriums"


def test_a_medium_whose_own_name_ends_in_a_surname_like_word_still_relays():
    # "La Repubblica": the medium's own last word, never written before it alone, is no surname
    text = (
        "Ministerpräsident Giuseppe Conte sprach am Sonntag. „Wenn Sie Italien lieben, dann halten Sie "
        "Abstand“, zitierte die Zeitung La Repubblica den Regierungschef."
    )
    assert speakers(text) == [("Regierungschef", "Regierungschef")]


def test_an_adverb_set_off_at_the_sentence_start_is_no_speaker():
    text = (
        "Der Oberbürgermeister Christian Schuchardt ist besorgt. Einerseits, sagt der OB, fürchte man das "
        "„hohe Transportrisiko“."
    )
    assert [span for _, span, _ in quoted(text)] == ["Oberbürgermeister Christian Schuchardt"]


def test_the_name_set_off_after_a_role_speaks_after_so_and_laut():
    text = (
        "Das sei „belegt“, so der Innenexperte der CDU-Bürgerschaftsfraktion, Dennis Gladiator, gegenüber "
        "der dpa."
    )
    assert {span for _, span, _ in quoted(text)} == {"Dennis Gladiator"}
    text = "Laut dem Präsidenten des Trentino, Ugo Rossi, sei der Verzicht auf Kontrollen „klug“."
    assert {span for _, span, _ in quoted(text)} == {"Ugo Rossi"}


def test_so_with_a_role_and_a_reported_clause_after_its_comma_keeps_the_role():
    # the rule before this round, kept: "Müller sei schuld" opens a reported clause, no apposition
    text = "Die Lage sei „ernst“, so der Sprecher, Müller sei schuld."
    assert {span for _, span, _ in quoted(text)} == {"Sprecher"}


def test_an_apposed_name_with_its_own_role_or_an_organisation_like_surname_speaks():
    text = (
        "Auch der Präsident des Deutschen Städtetages, Leipzigs Oberbürgermeister Burkhard Jung, sagte den "
        "Zeitungen, die Regelung sei „nicht durchdacht“."
    )
    assert speakers(text) == [("Leipzigs Oberbürgermeister Burkhard Jung",) * 2]
    text = (
        "Die Präsidentin des Bayerischen Hotel- und Gaststättenverbandes, Angela Inselkammer, sitzt da mit "
        "verschränkten Armen und erklärt, dass die Hotels das Thema Hygiene „mit der Muttermilch aufgesogen "
        "hätten“."
    )
    assert speakers(text) == [("Angela Inselkammer", "Angela Inselkammer")]


def test_an_apposition_naming_a_man_after_a_womans_role_is_not_her_name():
    text = (
        "Eine solche Person könne kein Vorbild sein, heißt es in dem betreffenden Schreiben an die "
        "Einrichtung. "
        "Darin wird die Entlassung der Frau, Partnerinnen Polit-Aktivisten Sven Liebich, gefordert."
    )
    assert "Partnerinnen Polit-Aktivisten Sven Liebich" not in {span for _, span, _ in quoted(text)}
