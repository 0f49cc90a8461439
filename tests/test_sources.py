"""The general source taxonomy (framing/sources.py, data/registries/source_types.toml): role nouns,
compound heads, organisations, parties, anonymous sources and the role an article gives a bare
name, in real German news sentences; the user file and a broken file."""

import pytest

from framing.cli import main
from framing.errors import DataFileError
from framing.pipeline import analyze_text
from framing.sources import SOURCE_TYPES, classify, classify_in_text, load_registry

META = "[meta]\nname = 'x'\nversion = '1'\nsource = 's'\nlicence = 'l'\n"


@pytest.mark.parametrize(
    ("phrase", "expected", "party", "cue"),
    [
        ("der saarländische Ministerpräsident Tobias Hans", "government", None, "Ministerpräsident"),
        ("Landesinnenminister Herbert Reul (CDU)", "government", "CDU", "Landesinnenminister"),
        ("ein Sprecher des Bundesinnenministeriums", "government", None, "Bundesinnenministeriums"),
        ("Bürgermeisterin Henriette Reker", "government", None, "Bürgermeisterin"),
        ("der Grünen-Fraktionschef im Landtag", "parliament", "Grüne", "Grünen-Fraktionschef"),
        ("CSU-Chef Markus Söder", "parliament", "CSU", "CSU-Chef"),
        ("der SPD-Gesundheitsexperte Karl Lauterbach", "parliament", "SPD", "SPD-Gesundheitsexperte"),
        ("die AfD-Bundestagsabgeordnete", "parliament", "AfD", "AfD-Bundestagsabgeordnete"),
        ("der damalige Kassenwart des AfD-Kreisverbandes Essen", "parliament", "AfD", "AfD-Kreisverbandes"),
        ("die FPÖ", "parliament", "FPÖ", "FPÖ"),
        ("BSW-Gründerin Sahra Wagenknecht", "parliament", "BSW", "BSW-Gründerin"),
        # the UN and their secretary-general are an international public body (src29's convention)
        ("UN-Generalsekretär António Guterres", "authority", None, "UN-Generalsekretär"),
        ("ein Stadtsprecher", "government", None, "Stadtsprecher"),
        ("China", "government", None, "China"),
        ("ein Polizeisprecher", "authority", None, "Polizeisprecher"),
        ("die Staatsanwaltschaft Köln", "authority", None, "Staatsanwaltschaft"),
        ("das Landeskriminalamt", "authority", None, "Landeskriminalamt"),
        ("Polizeipräsidentin Barbara Slowik", "authority", None, "Polizeipräsidentin"),
        ("das Bundesverfassungsgericht", "court", None, "Bundesverfassungsgericht"),
        ("die Vorsitzende Richterin", "court", None, "Vorsitzende Richterin"),
        ("Virologin Melanie Brinkmann", "expert", None, "Virologin"),
        ("Ifo-Präsident Clemens Fuest", "expert", None, "Ifo-Präsident"),
        ("der Parteienrechtler Martin Morlok", "expert", None, "Parteienrechtler"),
        ("ein Konzernsprecher", "business", None, "Konzernsprecher"),
        ("Geschäftsführer Christian Hanisch", "business", None, "Geschäftsführer"),
        ("die Volkswagen AG", "business", None, "Volkswagen"),
        ("Verdi-Chef Frank Werneke", "civil_society", None, "Verdi-Chef"),
        ("Verbandssprecher Jörn Badendick", "civil_society", None, "Verbandssprecher"),
        ("die Deutsche Umwelthilfe", "civil_society", None, "Deutsche Umwelthilfe"),
        ("ein Anwohner", "citizen", None, "Anwohner"),
        ("eine Augenzeugin", "citizen", None, "Augenzeugin"),
        ("Demonstranten", "citizen", None, "Demonstranten"),
        ("die Nachrichtenagentur Reuters", "media", None, "Nachrichtenagentur"),
        ("der „Spiegel“", "media", None, "Spiegel"),
        ("aus Regierungskreisen", "anonymous", None, "Regierungskreisen"),
        ("ein Insider", "anonymous", None, "ein Insider"),
        ("wie es hieß", "anonymous", None, "wie es hieß"),
        ("ein ranghoher Beamter, der anonym bleiben wollte", "anonymous", None, "anonym"),
        ("Karl Müller", "other", None, None),
        ("Thomas Fischer", "other", None, None),  # a surname, not the fisherman
        ("der Anwalt der Familie", "other", None, "Anwalt"),
    ],
)
def test_speaker_phrases_get_their_source_type(phrase, expected, party, cue):
    assert classify(phrase) == (found := classify(phrase)) and (found.type, found.party, found.cue) == (
        expected,
        party,
        cue,
    )


def test_a_registered_topic_actor_maps_to_a_source_type():
    assert classify("Wang Yi", "chinese_government", "person").type == "government"
    assert classify("Tass", "media", "media").type == "media"
    assert classify(None) is None


def test_a_bare_name_takes_the_role_the_article_gives_the_person():
    text = (
        "Für den Parteienrechtler Martin Morlok ist das Schreiben ein klarer Hinweis. "
        "So viel dürften laut Ulrich Müller, Experte für Parteienfinanzierung bei Lobbycontrol, Druck und "
        "Versand gekostet haben. Thüringens Autohäuser rechnen mit einem langsamen Neustart. Helmut Peter "
        "von der gleichnamigen Autohaus-Gruppe sagte MDR THÜRINGEN, die Händler seien froh. "
        "„Manche Krankenhäuser würden ohne die Franzosen nicht funktionieren“, erläutert Antonia Koch, die "
        "seit Jahren für den Deutschlandfunk über das Saarland berichtet. Innenminister Herbert Reul (CDU) "
        "war da."
    )
    assert classify_in_text("Morlok", text).type == "expert"
    assert classify_in_text("Ulrich Müller", text).type == "civil_society"  # the affiliation decides
    assert classify_in_text("Helmut Peter", text).type == "business"
    assert classify_in_text("Koch", text).type == "media"
    assert (classify_in_text("Reul", text).type, classify_in_text("Reul", text).party) == (
        "government",
        "CDU",
    )
    assert classify_in_text("Erika Mustermann", text).type == "other"  # not in the text: no role
    police = "Nach Angaben der Polizei sagte Peter Müller, er habe nichts gesehen. Müller ging nach Hause."
    assert classify_in_text("Müller", police).type == "other"  # the police is not his role
    papers = "Laut Unterlagen, die der „Spiegel“ einsehen konnte, wusste die Partei davon."
    assert classify_in_text("Unterlagen", papers).type == "other"  # a common noun, not a person's name


def test_a_party_role_without_a_party_takes_the_party_the_article_is_about():
    text = (
        "Die AfD behauptet, nichts gewusst zu haben. Der AfD-Funktionär Andreas Keith schrieb an den Essener "
        "Parteichef Stefan Keuter. Die AfD ließ Fragen offen. „Es gab keine Absprache“, sagte Keuter."
    )
    found = classify_in_text("Keuter", text)
    assert (found.type, found.party, found.cue) == ("parliament", "AfD", "Parteichef")
    mixed = text + " Die SPD und die Grünen fordern Aufklärung, die CDU und die FDP auch. Die SPD legt nach."
    assert classify_in_text("Keuter", mixed).party is None  # several parties: none is the article's
    arend = "„Sarkasmus“, sagt Christophe Arend, Abgeordneter der Partei „La République en Marche“."
    assert classify_in_text("Christophe Arend", arend).party == "LREM"


def test_quotes_in_an_article_carry_source_type_party_and_evidence():
    doc = analyze_text(
        "Die Polizei hat am Samstag eine Demonstration in Leipzig aufgelöst. „Wir mussten eingreifen, weil "
        "die Lage außer Kontrolle geriet“, sagte ein Polizeisprecher. Die Grünen-Politikerin Paula Piechotta "
        "sagte: „Das Vorgehen der Beamten muss aufgeklärt werden.“ „Es war friedlich, bis die Polizei kam“, "
        "sagte ein Anwohner."
    )
    got = [(q.source_type, q.party, q.source_cue) for q in doc.quotes]
    assert got == [
        ("authority", None, "Polizeisprecher"),
        ("parliament", "Grüne", "Grünen-Politikerin"),
        ("citizen", None, "Anwohner"),
    ]
    assert doc.features["sourcing.sources.authority"] == 1.0
    assert doc.features["sourcing.sources.parliament"] == 1.0
    assert doc.features["sourcing.source_words.citizen"] == 7.0  # „Es war friedlich, bis die Polizei kam“
    quote_spans = [s for s in doc.spans if s.layer == "quote"]
    assert [s.attrs["source"] for s in quote_spans] == ["authority", "parliament", "citizen"]
    assert (
        quote_spans[1].attrs["party"] == "Grüne"
        and quote_spans[1].attrs["source_cue"] == "Grünen-Politikerin"
    )
    assert doc.quotes[1].to_dict(doc.text)["source_type"] == "parliament"


def test_the_registry_is_broad_and_names_every_type():
    registry = load_registry()
    assert registry.meta["licence"] == "CC0-1.0" and registry.meta["version"]
    kinds = {kind for kind, _, _ in registry.entries()}
    assert set(SOURCE_TYPES) <= kinds and len(registry.entries()) > 1500
    assert registry.names_de["authority"] == "Behörden und Polizei"
    assert registry.names_en["civil_society"] == "civil society and associations"


def test_a_user_file_adds_and_removes_cues(tmp_path, monkeypatch):
    (tmp_path / "source_types.toml").write_text(
        "[meta]\nname = 'mine'\nversion = '1'\nsource = 'test'\nlicence = 'CC0-1.0'\n"
        "[types.civil_society]\nheads = ['kleingartenverein']\n"
        "[types.citizen]\nheads = ['-anwohner']\nwords = ['kleingärtner']\n"
        "[parties.Tierschutzpartei]\nnames = ['Tierschutzpartei']\n",
        encoding="utf-8",
    )
    monkeypatch.setenv("FRAMING_USER_DIR", str(tmp_path))
    load_registry.cache_clear()
    try:
        assert classify("der Vorsitzende des Kleingartenvereins").type == "civil_society"
        assert classify("ein Anwohner").type == "other"  # removed by the user file
        assert classify("die Tierschutzpartei").party == "Tierschutzpartei"
        assert any("user file" in source for source in load_registry().sources)
    finally:
        monkeypatch.delenv("FRAMING_USER_DIR")
        load_registry.cache_clear()


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (
            META + "[types.police]\nheads = ['a']\n",
            "unknown type",
        ),
        (
            META + "[types.court]\nheads = 'richter'\n",
            "list of",
        ),
        (
            META + "[actor_camps]\nukraine = 'state'\n",
            "use one of",
        ),
        ("[types.court\nheads = []\n", "line 1"),
        ("types = { court = 'richter' }\n" + META, "'types.court' must be a table"),
        ("parties = { SPD = ['spd'] }\n" + META, "'parties.SPD' must be a table"),
    ],
)
def test_a_broken_user_file_is_named_in_a_clear_error(tmp_path, monkeypatch, capsys, content, message):
    (tmp_path / "source_types.toml").write_text(content, encoding="utf-8")
    monkeypatch.setenv("FRAMING_USER_DIR", str(tmp_path))
    load_registry.cache_clear()
    try:
        with pytest.raises(DataFileError, match=message):
            load_registry()
        text = tmp_path / "a.txt"
        text.write_text(
            "„Wir sind zufrieden mit dem Ergebnis“, sagte ein Sprecher der Polizei.", encoding="utf-8"
        )
        assert main(["analyze", str(text)]) == 2
        err = capsys.readouterr().err
        assert "source_types.toml" in err and "Traceback" not in err and err.count("\n") == 1
    finally:
        monkeypatch.delenv("FRAMING_USER_DIR")
        load_registry.cache_clear()


def test_a_role_named_at_a_later_mention_or_in_a_predicate_counts():
    text = (
        "Die Unterlagen prüfte Dr. Anna Weber, seit 1990 im Haus. Am Montag informierte Dokumentarin "
        "Weber die Chefredaktion. Sebastian K. wohnt in Berlin. K. ist ein ehemaliger Geschäftsführer der "
        "Beispiel GmbH, er stand im Impressum. „Dazu sage ich nichts“, sagte K."
    )
    assert (classify_in_text("Weber", text).type, classify_in_text("Weber", text).cue) == (
        "media",
        "Dokumentarin",
    )
    assert classify_in_text("Sebastian K.", text).type == "business"  # "K. ist … Geschäftsführer der … GmbH"
    assert classify_in_text("Prechts", "So sagt es der Philosoph Richard David Precht.").type == "expert"
    sentence = (
        "Das bestätigte die Vorsitzende Eva Lang, mit 37 Jahren die Jüngste. Der Facebook-Account half."
    )
    assert classify_in_text("Lang", sentence).type != "business"  # the next sentence is no relative clause


def test_an_unknown_organisation_takes_the_type_the_article_gives_it():
    text = (
        "Kunden fahren bald in Roboterautos der Google-Schwesterfirma Waymo, wie Waymo-Chef John Krafcik "
        "ankündigte. Auch der Konzern Zentrix plant Ähnliches, sagte Zentrix-Sprecherin Jana Roth."
    )
    assert classify_in_text("Waymo-Chef John Krafcik", text).type == "business"
    assert classify_in_text("Zentrix-Sprecherin Jana Roth", text).type == "business"
    tripp = (
        "Ein Riegel sei nötig, sagt Volker Tripp vom Digitale Gesellschaft e.V.: Das Recht muss sich ändern."
    )
    assert classify_in_text("Volker Tripp", tripp).type == "civil_society"
    assert classify("Geschäftsführer des Deutschen Mieterbunds").type == "civil_society"
    assert classify("Gründer der Initiative Seebrücke").type == "civil_society"  # the organisation decides
    assert classify("Geschäftsführer Christian Hanisch").type == "business"  # a weak cue alone still decides


def test_vague_groups_are_anonymous():
    assert classify("Manche").type == "anonymous"
    assert classify("einige Kritiker").type == "anonymous"
    assert classify("Manche Ökonomen").type == "expert"  # a vague word beside a role: the role decides
    # a named person is no vague group: right before a name the bare noun is a critic by profession (src19)
    assert classify("Kritikerin Anna Ott").type == "media"
    critic = classify("Putin-Kritiker Alexej Nawalny")
    assert (critic.type, critic.party) == ("other", None)  # Putin is what he criticises, not his camp
    assert classify("AfD-Gegner").party is None
    assert classify("Kontaktperson aus Arizona").type == "anonymous"


@pytest.mark.parametrize(
    ("phrase", "expected"),
    [
        ("Klinikchef Peter Hahn", "expert"),  # a short generic head at a compound's end
        ("Bankchef", "business"),
        ("Hochschulsprecherin", "expert"),  # "Hochschul(e)|sprecherin"
        ("Kirchensprecher", "civil_society"),
        ("IG-Metall-Chefin Christiane Benner", "civil_society"),  # a two-word name as modifier
        ("Bäckermeister Jonas Kraft", "business"),
        ("Friseurin", "business"),
        ("Schiedsrichter", "other"),  # not a judge
        ("Rektorin der Universität", "expert"),  # the university decides over the weak "Rektorin"
        ("Rektor", "citizen"),
    ],
)
def test_broader_role_nouns_and_compounds(phrase, expected):
    assert classify(phrase).type == expected


@pytest.mark.parametrize(
    ("phrase", "expected"),
    [  # from the second dev set (benchmarks/gold/quotes_dev2.jsonl)
        ("Bundeswehrbericht", "authority"),  # a weak "Bericht": its author decides
        ("Bericht der Zeitung", "media"),
        ("Bundeswehreinsatzführungskommandos", "authority"),
        ("Chefökonom des Finanzdienstleisters ETF Securities", "business"),  # the employer decides
        ("Chefökonom", "expert"),
        ("Hotel Sängerhof", "business"),
        ("Kritikern", "anonymous"),
        ("in London ansässige Syrische Beobachtungsstelle für Menschenrechte", "civil_society"),
        ("Regierung in London", "government"),
    ],
)
def test_dev2_role_nouns_and_places(phrase, expected):
    assert classify(phrase).type == expected


def test_an_office_is_no_authority_and_a_verb_after_a_name_is_no_apposition():
    text = (
        "Der Minister trat zurück. Zu Guttenberg war vom Amt des Verteidigungsministers zurückgetreten. Der "
        "Doktorvater, Peter Häberle, erklärte in einem Zeitungsinterview, er sei enttäuscht."
    )
    assert classify_in_text("Zu Guttenberg", text).type == "government"
    assert classify("Amt").type == "authority"  # alone, "Amt" still names an authority
    assert classify_in_text("Peter Häberle", text).type == "expert"  # the Doktorvater, not the interview


def test_names_with_particles_truncated_compounds_and_predicates_after_a_semicolon():
    text = "Bundesarbeitsministerin Ursula von der Leyen (CDU) stellte den Plan vor."
    leyen = classify_in_text("Von der Leyen", text)
    assert (leyen.type, leyen.party) == ("government", "CDU")  # the given name before "von der"
    union = classify("Vorsitzender der Deutschen Journalistinnen- und Journalisten-Union")
    assert (union.type, union.party) == ("civil_society", None)  # the shared head decides, no CDU/CSU
    assert classify("Union").party == "CDU/CSU"
    text = (
        "Kritik kam von Gisela Piltz; sie ist innenpolitische Sprecherin der FDP-Bundestagsfraktion. Sie "
        "warf dem Bundesinnenminister vor, die Daten zu missbrauchen."
    )
    piltz = classify_in_text("Gisela Piltz", text)
    assert (piltz.type, piltz.party) == ("parliament", "FDP")
    assert classify("David Wech von JPC Energy").type == "business"


def test_a_speakers_phrase_is_read_with_the_article_once(monkeypatch):
    """A person quoted by name and referred to by "er" has the source type of the name, read with the
    article once per phrase (the pronoun's speaker words are the name already read)."""
    from collections import Counter

    from framing.measures import sourcing

    calls: Counter[tuple[str | None, str | None, str | None]] = Counter()

    def counted(phrase, text, camp=None, kind=None, url=None):
        calls[(phrase, camp, kind)] += 1
        return classify_in_text(phrase, text, camp, kind, url)

    monkeypatch.setattr(sourcing, "classify_in_text", counted)
    text = (
        "Der saarländische Innenminister Tobias Hans sagte, die Lage sei ernst. „Wir handeln jetzt“, "
        "betonte Hans. Er sagte weiter, man prüfe alle Hinweise."
    )
    quotes = analyze_text(text).quotes
    assert [(q.speaker, q.source_type, q.source_cue) for q in quotes] == [
        ("saarländische Innenminister Tobias Hans", "government", "Innenminister"),
        ("Hans", "government", "Innenminister"),
        ("Hans", "government", "Innenminister"),
    ]
    assert calls[("Hans", None, None)] == 1 and calls[("Er", None, None)] == 1


def test_a_sentence_ending_in_a_word_that_may_precede_a_source_is_read():
    """'laut' as the sentence's last word (the separable verb 'laut werden', no source after it) once
    read past the sentence's end; a real teaser (bild.de, 1 December 2024)."""
    text = (
        "Inflation explodiert, Oligarchen wütend: Panik in Russland! Plötzlich strauchelt Russland. "
        "Jetzt wird sogar Kritik an der russischen Führung laut"
    )
    doc = analyze_text(text)
    assert len(doc.sentences) == 3 and not doc.quotes
