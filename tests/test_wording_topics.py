"""Word choice counts only where its topic is present (issue 11): real German sentences in, the
concept names that count (and the cue words that let them count) out."""

import pytest

from framing import resources
from framing.app.compare import wording_findings
from framing.compare.matrices import word_choice_matrix
from framing.lexicons import FILES, Resources
from framing.measures import wording
from framing.pipeline import doc_from_text

DEMONSTRATION = (
    "Bei der Demonstration gegen die Wohnungsnot in Leipzig kam es am Samstag zu einem Angriff auf "
    "Polizisten. Die Polizei sprach von einem gezielten Angriff auf ihre Beamten. Die Beziehung "
    "zwischen Demonstranten und Polizei gilt seit Jahren als angespannt. Ein Bündnis aus Mieterverein "
    "und Gewerkschaften hatte zu dem Protest aufgerufen. Der Präsident des Landeskriminalamts kündigte "
    "Ermittlungen an."
)
WAR = (
    "Russland hat in der Nacht erneut Kiew mit Drohnen angegriffen. Der Angriff traf ein Wohnhaus im "
    "Westen der Stadt, teilte die ukrainische Luftwaffe mit. Der Krieg dauert seit mehr als drei Jahren "
    "an. Präsident Selenskyj forderte mehr Flugabwehr."
)


def names(text: str, resources: Resources = FILES) -> list[tuple[str, str]]:
    doc = doc_from_text(text, resources=resources)
    return [(s.attrs["concept"], doc.text[s.start : s.end]) for s in doc.layer("wording")]


def test_a_demonstration_is_not_the_war_nor_china_russia_nor_their_leaders():
    doc = doc_from_text(DEMONSTRATION)
    assert doc.layer("wording") == []
    assert doc.features["wording.war_ukraine.condemning"] == 0.0
    assert doc.features["wording.china_russia_relation.dramatizing"] == 0.0
    assert doc.features["wording.leaders.neutral"] == 0.0
    # without the gate these are the false hits the issue reports
    ungated = {(s.attrs["concept"], s.attrs["variant"]) for s in wording.annotate(doc, gate=False)}
    assert {
        ("war_ukraine", "Angriff"),
        ("china_russia_relation", "Bündnis"),
        ("leaders", "Präsident"),
    } <= ungated


def test_the_war_article_counts_with_its_cue_words_as_evidence():
    doc = doc_from_text(WAR)
    spans = {
        doc.text[s.start : s.end]: s for s in doc.layer("wording") if s.attrs["concept"] == "war_ukraine"
    }
    assert set(spans) == {"Angriff", "Krieg"}
    assert spans["Angriff"].attrs["topic"] == "Russland ×1, Kiew ×1, ukrainische ×1, Selenskyj ×1"
    assert spans["Krieg"].attrs["topic_passage"] == "Selenskyj"  # the nearest cue word (next sentence)
    assert ("leaders", "Präsident") not in names(WAR.replace("Selenskyj", "Macron"))  # no Russia nearby


def test_china_russia_relation_needs_both_countries():
    china_only = (
        "China und die USA wollen ihre Beziehung verbessern. Peking schlug ein Bündnis für den Klimaschutz "
        "vor. Chinas Außenminister reiste dazu nach Washington."
    )
    assert [c for c, _ in names(china_only) if c == "china_russia_relation"] == []
    both = (
        "China und Russland wollen ihre Beziehung vertiefen. Peking und Moskau sprechen von einem "
        "Bündnis ohne Grenzen."
    )
    assert [w for c, w in names(both) if c == "china_russia_relation"] == ["Beziehung", "Bündnis"]


def test_a_president_far_from_russia_or_china_is_not_their_leader():
    text = (
        "Frankreichs Präsident Macron besuchte am Montag Marseille. Er sprach mit Hafenarbeitern. "
        "Die Stadt leidet unter hoher Arbeitslosigkeit. Viele Jugendliche finden keine Lehrstelle. "
        "Am Abend traf er Vertreter der Stadtverwaltung. Russland und China waren kein Thema, "
        "auch nicht die Lage in Moskau."
    )
    assert [w for c, w in names(text) if c == "leaders"] == []
    assert [
        w
        for c, w in names("Präsident Putin empfing in Moskau den chinesischen Außenminister.")
        if c == "leaders"
    ] == ["Präsident"]


TOPICS = [
    (
        "Die CSU warnt vor einer neuen Flüchtlingswelle und will die illegale Migration begrenzen. "
        "Asylbewerber sollen schneller abgeschoben werden, Abschiebungen in Drittstaaten prüft das Bamf.",
        {
            ("migration_movement", "Flüchtlingswelle"),
            ("migration_movement", "illegale Migration"),
            ("migrants", "Asylbewerber"),
            ("deportation", "Abschiebungen"),
        },
        "Die Migration der Kundendaten auf die neuen Server dauert bis Ende März, teilte der Anbieter mit.",
    ),
    (
        "Die Klimakrise verschärft sich, warnt der Weltklimarat. Aktivisten der Letzten Generation klebten "
        "sich auf die Straße, Boulevardblätter nannten sie Klimakleber.",
        {
            ("climate_change", "Klimakrise"),
            ("climate_activists", "Aktivisten"),
            ("climate_activists", "Letzten Generation"),
            ("climate_activists", "Klimakleber"),
        },
        "Aktivisten der Mieterinitiative demonstrierten vor dem Rathaus. Die Demonstranten forderten "
        "bezahlbare Wohnungen.",
    ),
    (
        "Tausende Querdenker demonstrierten in Berlin gegen die Corona-Maßnahmen, gegen den Lockdown und "
        "die Impfpflicht. Ein Sprecher der Polizei nannte sie Coronaleugner.",
        {
            ("pandemic_protesters", "Querdenker"),
            ("pandemic_measures", "Corona-Maßnahmen"),
            ("pandemic_measures", "Lockdown"),
            ("pandemic_measures", "Impfpflicht"),
            ("pandemic_protesters", "Coronaleugner"),
        },
        "Die Stadt kündigte Maßnahmen gegen den Lärm an. Kritiker halten die Einschränkungen für zu "
        "schwach. Seit März gilt an Schulen eine Impfpflicht gegen Masern.",
    ),
    (
        "Die israelische Armee weitete ihre Bodenoffensive im Gazastreifen aus. Terroristen der Hamas "
        "hatten am 7. Oktober mehr als 1200 Menschen getötet; Israel beruft sich auf Selbstverteidigung.",
        {
            ("mideast_war", "Bodenoffensive"),
            ("mideast_hamas", "Terroristen"),
            ("mideast_war", "Selbstverteidigung"),
        },
        "In Mali nahmen Soldaten mutmaßliche Kämpfer fest. Der Krieg im Norden dauert an. Im "
        "Computerspiel Die Siedler bauen Siedler Städte.",
    ),
    (
        "Der Verfassungsschutz stuft die AfD als gesichert rechtsextremistisch ein. Die CDU hält an der "
        "Brandmauer fest, Höcke spricht von Altparteien.",
        {
            ("far_right", "rechtsextremistisch"),
            ("firewall", "Brandmauer"),
            ("other_parties", "Altparteien"),
        },
        "Als Alternative zum Auto empfiehlt die Stadt das Fahrrad. Der Künstler heißt mit bürgerlichem "
        "Namen Thomas Müller. Die Rechte der Mieter wurden gestärkt.",
    ),
    (
        "Die Gewerkschaft Verdi ruft zum Warnstreik im Nahverkehr auf. Arbeitgeber sprechen von "
        "Streikwut, der Arbeitskampf trifft Pendler hart.",
        {("strike", "Warnstreik"), ("strike", "Streikwut"), ("strike", "Arbeitskampf")},
        "Der Erpresser forderte eine Million Euro. Die Polizei ermittelt wegen Erpressung.",
    ),
    (
        "Das Bürgergeld steigt im Januar. Kritiker sprechen von einer sozialen Hängematte, das Jobcenter "
        "solle Totalverweigerer härter bestrafen.",
        {("welfare", "Bürgergeld"), ("welfare", "sozialen Hängematte"), ("welfare", "Totalverweigerer")},
        "Der Trainer hofft auf die Rückkehr seiner Stützen in der Abwehr. Almosen gibt es im Fußball nicht.",
    ),
    (
        "Finanzminister Lindner plant eine Steuerentlastung für die Mittelschicht, die Steuerlast sei zu "
        "hoch. Die Opposition spricht von einem Steuergeschenk.",
        {("taxes", "Steuerentlastung"), ("taxes", "Steuerlast"), ("taxes", "Steuergeschenk")},
        "Wer selbst am Steuer sitzt, sieht den Verkehr anders. Das Steuer des Bootes klemmte.",
    ),
]


@pytest.mark.parametrize(("sentence", "expected", "unrelated"), TOPICS, ids=[min(t[1])[0] for t in TOPICS])
def test_each_topic_fires_on_its_sentence_and_stays_silent_elsewhere(sentence, expected, unrelated):
    found = set(names(sentence))
    assert expected <= found
    assert names(unrelated) == []


def test_the_compare_summary_names_only_concepts_whose_topic_is_present():
    demonstration = [doc_from_text(DEMONSTRATION, outlet=o) for o in ("Alpha", "Beta")]
    assert word_choice_matrix(demonstration).concepts == []
    assert wording_findings(demonstration, "de") == []
    war = [
        doc_from_text(WAR, outlet="Alpha"),
        doc_from_text(
            WAR.replace("Der Angriff", "Die Offensive").replace("Der Krieg", "Der Konflikt"), outlet="Beta"
        ),
    ]
    matrix = word_choice_matrix(war)
    assert matrix.topic_cues["war_ukraine"]["Kiew"] == 2
    findings = [f.sentence for f in wording_findings(war, "en")]
    assert findings and all(s.startswith("Word choice – the war against Ukraine: ") for s in findings)
    assert findings[0].endswith("(topic recognised by: Russland, Kiew, ukrainische, Selenskyj)")


def test_a_session_concept_without_topics_counts_everywhere_and_edits_keep_the_gates():
    from framing.app.state import RegistryEdit, edited_concepts

    edit = RegistryEdit(
        added=[{"concept": "housing", "term": "Wohnungsnot", "connotation": "dramatizing", "note": ""}]
    )
    edited = edited_concepts(edit)
    assert edited["war_ukraine"]["topics"] == ["ukraine_war"]
    assert names(DEMONSTRATION, Resources({"concepts": edited})) == [("housing", "Wohnungsnot")]


def test_a_downloaded_concepts_file_keeps_topics_and_sources():
    import tomllib

    from framing.app.state import registry_toml

    data = tomllib.loads(registry_toml("concepts", wording.registry_concepts()))
    assert {t["id"] for t in data["topic"]} == set(wording.registry_topics())
    war = next(c for c in data["concept"] if c["id"] == "war_ukraine")
    assert war["topics"] == ["ukraine_war"]
    angriff = next(v for v in war["variants"] if v["term"] == "Angriff")
    assert angriff["scope"] == "passage" and angriff["strength"] == "evaluative"


def test_the_report_names_the_topic_cues_beside_each_concept():
    from framing.report import _word_choice

    html = _word_choice([doc_from_text(WAR, outlet="Alpha")], ["Alpha"], "de")
    assert "der Krieg gegen die Ukraine<br><span class='note'>Thema erkannt an: Russland, Kiew" in html
    assert "Angriff ×1" in html


@pytest.fixture
def user_concepts(tmp_path, monkeypatch):
    """A user folder whose concepts.toml is read instead of cached registries (caches reset after)."""

    def write(text: str):
        (tmp_path / "concepts.toml").write_text(
            '[meta]\nname = "concepts"\nversion = "1"\nsource = "test"\nlicence = "CC0-1.0"\n' + text,
            encoding="utf-8",
        )
        resources.reset()

    monkeypatch.setenv("FRAMING_USER_DIR", str(tmp_path))
    yield write
    monkeypatch.delenv("FRAMING_USER_DIR")
    resources.reset()


def test_a_user_topic_gates_a_user_concept(user_concepts):
    user_concepts(
        '[[topic]]\nid = "housing"\nmin_hits = 1\ncues = ["Wohnungsnot", "Miete*"]\n'
        '[[concept]]\nid = "protest"\ntopics = ["housing"]\n'
        'variants = [{ term = "Krawall", connotation = "delegitimizing", scope = "passage" }]\n'
    )
    hits = names("Nach der Demonstration gegen die Wohnungsnot sprach die Zeitung von Krawall.")
    assert ("protest", "Krawall") in hits
    assert ("protest", "Krawall") not in names("Nach dem Fußballspiel gab es Krawall in der Innenstadt.")


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ('[[topic]]\nid = "x"\ncues = "Ukraine"\n', "cues of topic 'x' must be a list of strings"),
        ('[[topic]]\nid = "x"\nmin_hits = "zwei"\n', "min_hits of topic 'x' must be a whole number"),
        ('[[concept]]\nid = "y"\ntopics = ["nowhere"]\nvariants = []\n', "names unknown topic 'nowhere'"),
        ('[[concept]]\nid = "y"\nvariants = [{ term = "Krieg" }]\n', "needs a term and a connotation"),
    ],
)
def test_a_broken_user_registry_is_named_not_a_traceback(user_concepts, text, message):
    from framing.errors import DataFileError

    user_concepts(text)
    with pytest.raises(DataFileError, match=message):
        wording.registry_concepts()


def test_the_demo_corpus_keeps_every_name_it_had_before_the_gate():
    """The demo articles are about the demo topic: the gate keeps all 86 names (as before issue 11),
    each with its cue words."""
    from collections import Counter

    from framing.pipeline import analyze_documents, demo_documents

    spans = [s for doc in analyze_documents(demo_documents()).docs for s in doc.layer("wording")]
    assert Counter(s.attrs["concept"] for s in spans) == {
        "china_russia_relation": 32,
        "war_ukraine": 25,
        "leaders": 14,
        "sanctions": 9,
        "the_west": 6,
    }
    assert all(s.attrs["topic"] for s in spans)


def test_the_lexicons_page_lists_the_topics_with_their_cue_words():
    from framing.app.lexicons import topics_table

    table = topics_table("de").set_index("Kennung")
    assert table.loc["ukraine", "Thema"] == "Ukraine"
    assert "Selenskyj*" in table.loc["ukraine", "Hinweiswörter"]
    assert (
        table.loc["migration", "mindestens Treffer"] == 1 and table.loc["russia", "mindestens Treffer"] == 2
    )
    assert list(topics_table("en").columns) == ["id", "Topic", "minimum hits", "window", "cues"]
