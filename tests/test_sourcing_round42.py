"""Who speaks, forty-second speaker round (docs/accuracy.md, "speaker round 42"): frames of saying the finder
did not read, from the verbs-and-frames class of the eleventh dev set (benchmarks/gold/README.md, "dev11's
error classes"). (1) A verb of saying in a relative clause before a colon: the relative pronoun as the
subject stands for the inquit's speaker before it ("„…“, schmunzelte Blanik, die … berichtete: „…“"); a
pronoun as the object leaves the subject inside the clause ("…, den Granit Xhaka zusammenfasste: „…“").
(2) A second verb sharing the subject of an inquit whose verb no list holds ("„…“, ereiferte sich der
Coach … und behauptete: „…“"), and infinitives sharing the subject of the modal across the commas of an
apposition and an enumeration ("wollen die Familienunternehmen, darunter …, … unterstreichen und betonen
…, dass …"). (3) Verbs the lists lacked, counted in the Redewiedergabe corpus and the Petersen-Frey &
Biemann train cues ("schickte vorweg, dass …"; "schloss nicht aus, dass …", "führten … als Beweise dafür
an, dass …", "macht Andeutungen, dass …" only with their clause), and the "dass" clause after a second
verb of an inquit ("„…“, führte X aus und schickte vorweg, dass …"). Findings of a study ("Studien haben
gezeigt, dass …"; a title after "im" in capitalised words no quotation). (4) A view shared or set against
another's ("Ähnlich sieht es Geoff Yu …: „…“"). Real German sentences in (dev10's Der Standard article,
dev11's Kleine Zeitung, Luxemburger Wort, WELT and Berliner Morgenpost articles, the public 10kGNAD
articles of benchmarks' gnad1000), the speakers out; each fails without its rule, the guards without their
exclusion."""

import pytest

from tests.test_sourcing_cross_set import speakers


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "„Die Älteren haben sich scheinbar entschieden, lieber auszuschlafen“, schmunzelte Blanik, die "
            "ansonsten von einem ruhigen Vormittag berichtete: „Wo nur so wenig Kinder in den Schulen waren, "
            "ist es meinen Informationen nach entspannt zugegangen.“",
            [
                ("direct", "Die Älteren haben", "Blanik", "Blanik"),
                ("direct", "Wo nur so", "Blanik", "Blanik"),
            ],
            id="dev11: the relative pronoun after an inquit stands for its speaker",
        ),
        pytest.param(
            "Das hatte sie schon nach dem Präzedenzfall getan. Das schmälerte den Schweizer Frust aber "
            "nicht, den Granit Xhaka zusammenfasste: „Der Platzverweis hat uns getötet.“",
            [("direct", "Der Platzverweis hat", "Granit Xhaka", "Granit Xhaka")],
            id="dev11: the relative pronoun as the object, the subject inside the clause",
        ),
        pytest.param(
            "Grund ist ein Interview des Fernsehsenders TVN24, in dem der Diplomat am Freitagabend Warschau "
            "vorwarf, die Kontakte zu Moskau einzufrieren.",
            [("indirect", "Grund ist ein", "Diplomat", "Diplomat")],
            id="dev10: a relative clause opened by a preposition, a zu-infinitive after its verb",
        ),
        pytest.param(
            "„Das ist eine Regel, die für mich mit Fußball nichts zu tun hat“, ereiferte sich der Coach der "
            "„Nati“ nach dem 1:3 nach Verlängerung gegen Lionel Messi und Co. und behauptete: „Wir sind für "
            "einen Fehler des Schiedsrichters bestraft worden.“",
            [("direct", "Das ist eine", "Coach", "Coach"), ("direct", "Wir sind für", "Coach", "Coach")],
            id="dev11: a second verb shares the subject of an inquit no list holds",
        ),
        pytest.param(
            "Mit ihrer Kampagne wollen die Familienunternehmen, darunter unter anderen Miele, Schüco, "
            "B.Braun, Rossmann und Trigema, vor den Wahlen in Thüringen, Sachsen und Brandenburg die "
            "Wichtigkeit einer „pluralistischen, offenen, europäisch orientierten Gesellschaft“ "
            "unterstreichen und betonen explizit mit Bezug auf die Herkunft von Menschen, dass es „gerade "
            "diese Vielfalt ist, die über den wirtschaftlichen Erfolg deutscher Familienunternehmen "
            "entscheidet“.",
            [
                ("partial", "pluralistischen, offenen, europäisch", *["Familienunternehmen"] * 2),
                ("partial", "gerade diese Vielfalt", *["Familienunternehmen"] * 2),
            ],
            id="dev11: infinitives share the modal's subject across an apposition and an enumeration",
        ),
        pytest.param(
            "„Um die Hitze aus den Räumen zu bekommen, mussten wir fallweise lüften. Alle Bewohner wurden "
            "ausreichend informiert“, führte Webhofer aus und schickte vorweg, dass alle geplanten "
            "Outdoor-Aktivitäten mit den Senioren für diese Woche abgesagt wurden.",
            [
                ("direct", "Um die Hitze", "Webhofer", "Webhofer"),
                ("indirect", "dass alle geplanten", "Webhofer", "Webhofer"),
            ],
            id="dev11: 'und schickte vorweg, dass …' after an inquit of two sentences",
        ),
        pytest.param(
            "„Wir mussten lüften“, sagte der Verwalter und fügte hinzu, dass alle Ausflüge abgesagt wurden.",
            [
                ("direct", "Wir mussten lüften", "Verwalter", "Verwalter"),
                ("indirect", "dass alle Ausflüge", "Verwalter", "Verwalter"),
            ],
            id="a second listed verb with 'dass' after the inquit",
        ),
        pytest.param(
            "Leavitt schloss nicht aus, dass es weitere Aktionen gegen Öltanker gibt. Die USA würden nicht "
            "tatenlos zusehen, wie sanktionierte Schiffe auf den Meeren unterwegs seien.",
            [
                ("indirect", "Leavitt schloss nicht", "Leavitt", "Leavitt"),
                ("indirect", "Die USA würden", "Leavitt", "Leavitt"),
            ],
            id="dev11: 'schloss nicht aus, dass …', the Konjunktiv after it hers",
        ),
        pytest.param(
            "Boehner schloss auch nicht aus, Obama zu verklagen, weil dieser dem Kongress nicht alle "
            "geforderten Dokumente zum Iran-Abkommen ausgehändigt habe.",
            [("indirect", "Boehner schloss auch", "Boehner", "Boehner")],
            id="gnad1000: 'schloss nicht aus' with a zu-infinitive",
        ),
        pytest.param(
            "Die Beschlagnahmung eines Tankers ist die jüngste Operation des US-Militärs. Präsident Trump "
            "macht Andeutungen, dass es bald auch Landeinsätze geben könnte.",
            [("indirect", "Präsident Trump macht", "Präsident Trump", "Präsident Trump")],
            id="dev11: 'macht Andeutungen, dass …'",
        ),
        pytest.param(
            "Andere Beiträge führten frühere Berichte über potenzielle Impfstoffe gegen das Hantavirus als "
            "Beweise dafür an, dass das Hantavirus absichtlich freigesetzt worden sei.",
            [("indirect", "Andere Beiträge führten", "Andere Beiträge", "Andere Beiträge")],
            id="dev11: 'führten … als Beweise dafür an, dass …'",
        ),
        pytest.param(
            "Achte zudem auf die Zufuhr von Zink, denn Studien haben gezeigt, dass Zink die Dauer und "
            "Schwere von Erkältungen verringern kann.",
            [("indirect", "Achte zudem auf", "Studien", "Studien")],
            id="dev11: a finding, 'Studien haben gezeigt, dass …'",
        ),
        pytest.param(
            "Knoblauch enthält antimikrobielle Inhaltsstoffe. Eine Studie, die im «Journal of Clinical and "
            "Translational Research» veröffentlicht wurde, zeigte, dass Knoblauch helfen kann, Entzündungen "
            "einzudämmen.",
            [("indirect", "Eine Studie, die", "Eine Studie", "Eine Studie")],
            id="dev11: a finding; the journal's English title after 'im' no quotation",
        ),
        pytest.param(
            "Der Markt ist unsicher. Ähnlich sieht es Geoff Yu vom Vermögensverwalter BNY: „Es wird "
            "allgemein erwartet, dass die EZB die Leitzinsen unverändert bei 2 Prozent belässt.“",
            [("direct", "Es wird allgemein", "Geoff Yu", "Geoff Yu")],
            id="dev11: 'Ähnlich sieht es X:', 'es' the object",
        ),
        pytest.param(
            "Gewaltsamer Protest fällt ja leider auf alle Demonstranten zurück. Mike aus dem nahen München "
            "sieht es genauso, aber dennoch stört ihn die massive Polizeipräsenz. Er hätte eine viel bessere "
            "Verwendungsmöglichkeit für die vielen Einsatzkräfte.",
            [("indirect", "Er hätte eine", "Er", "Mike")],
            id="gnad1000: 'X sieht es genauso', the Konjunktiv after it his",
        ),
    ],
)
def test_frame_of_saying(text: str, expected: list[tuple[str, str, str, str]]) -> None:
    assert speakers(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Wien – Ein Aushöhlen der Grundrechte befürchten die österreichischen Rechtsanwälte. Aktueller "
            "Anlass zur Sorge ist das polizeiliche Staatsschutzgesetz, das den Verfassungsschützern mehr "
            "Werkzeuge in die Hand gibt, unbescholtene Bürger zu bewachen. Die rot-schwarze Koalition baue "
            "ein dichtes Spitzelnetz in ganz Österreich auf, warnt Rupert Wolff, Präsident des "
            "Österreichischen Rechtsanwaltskammertages (ÖRAK).",
            # round 65: "Rupert" a listed given name, the inquit's own speaker is found
            [("indirect", "Die rot-schwarze Koalition", "Rupert Wolff", "Rupert Wolff")],
            id="gnad1000: a law before a relative pronoun is not the inquit's speaker",
        ),
        pytest.param(
            "Bei weiteren Nachfragen wird K. wortkarg, will uns einen Termin „nächste Woche“ anbieten, bei "
            "dem man vor Ort mit dem Verband reden könne.",
            [],
            id="dev: no modal's subject across a clause with its own finite verb",
        ),
        pytest.param(
            "In Österreich werden Lohnsteuersenkung und Wohnbauoffensive das Wachstum ankurbeln, aber auch "
            "wir müssen noch mehr tun – etwa indem wir den Gemeinden durch Umverteilung im Budget mehr Luft "
            "geben, um Geld in den Schulbau und andere Investitionen zu stecken. Das würde rasch Wirkung "
            "zeigen.",
            [],
            id="gnad1000: no modal's subject across a clause with its own modal and subject",
        ),
        pytest.param(
            "Peter Schaar, oberster Datenschützer in Deutschland, übte ebenfalls Kritik an den Plänen. Er "
            "bezeichnete die Pläne als „Wortbruch“. Bisher habe die Bundesregierung die Einrichtung einer "
            "zentralisierten Referenzdatei ausgeschlossen.",
            [
                ("partial", "Wortbruch", "Er", "Peter Schaar"),
                ("indirect", "Bisher habe die", "Er", "Peter Schaar"),
            ],
            id="dev2: 'ausgeschlossen' with no clause after it says nothing",
        ),
        pytest.param(
            "Die Liste wird von der „Bild“ angeführt.",
            [],
            id="'angeführt' with no clause after it says nothing: the medium's name no quotation",
        ),
        pytest.param(
            "Das Ergebnis ist klar. Das zeigt, dass die Studie wirkt.",
            [],
            id="'zeigt, dass' with no study before it says nothing",
        ),
        pytest.param(
            "Anders sieht es bei der Konkurrenz aus: „Wir wachsen.“",
            [("direct", "Wir wachsen.", None, None)],
            id="'sieht es … aus' is no view",
        ),
    ],
)
def test_no_speaker_from_the_frame(text: str, expected: list[tuple[str, str, str, str] | tuple]) -> None:
    assert speakers(text) == expected
