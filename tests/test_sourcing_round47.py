"""Who speaks, forty-seventh speaker round (docs/accuracy.md, "speaker round 47"): which mention is the span
(benchmarks/gold/README.md, "Speaker span convention", rule 4: the mention of the speaker in the quote's own
sentence). A possessive of a noun of statement inside the quote's own sentence ("In seiner Analyse … erschien
…, „…“") is that mention when the speaker was named before the sentence: the span moves to the possessive,
the person stays. Not where the possessive opens the sentence ("Seine Prognose in den „Kulturfragen“: „…“"):
dev's gold keeps the name before (dev11's "Sein Urteil: „…“" takes the possessive; the two readings differ
and the round leaves the opening possessive alone). Real German sentences in (dev7's Foucault article of
Geschichte der Gegenwart, dev's Deutschlandfunk article), the spans out; the first test fails without the
rule."""

from tests.test_sourcing_cross_set import speakers


def test_possessive_of_a_statement_noun_after_a_preposition() -> None:
    text = (
        "Die Behörden des 17. Jahrhunderts, so Foucault, träumten den „politischen Traum“ der Disziplin, das "
        "heißt die Vision einer „in die Tiefe gehenden Organisation der Überwachung und der Kontrollen“. "
        "Foucault spricht nicht von Städten, in denen wirklich die Pest ausgebrochen war, sondern von der "
        "„Utopie der vollkommen regierten Stadt/Gesellschaft“, für die „die Pest (jedenfalls die zu "
        "erwartende) die Probe auf die ideale Ausübung der Disziplinierungsmacht“ ist.\n\n"
        "Das Pocken-Modell\n\n"
        "Der Weg zum dritten Modell ist verschlungener als jener vom Lepra- zum Pest-Modell. Foucault waren "
        "in der Zwischenzeit Zweifel an seiner doch sehr dunkeln Machttheorie gekommen. Es erschien ihm "
        "zunehmend unplausibel, moderne Gesellschaften nach dem Muster einer großen Disziplinarmaschine zu "
        "denken, wie er das in Überwachen und Strafen vorgeschlagen hatte – gerade so, als wären moderne "
        "Gesellschaften vollständig überwachte und kontrollierte Pest-Städte…\n\n"
        "In seiner Analyse moderner Regierungsrationalität erschien nun die – primär ökonomische – Freiheit "
        "der Individuen in neuer Weise als etwas Irreduzibles, „etwas absolut Grundlegendes“: Die moderne, "
        "konkret die liberale Gouvernementalität sei eine Form des Regierens, „die nur durch die Freiheit "
        "und auf die Freiheit eines jeden sich stützend sich vollziehen kann“."
    )
    found = speakers(text)
    assert [(q[1], q[2], q[3]) for q in found[-3:]] == [
        ("etwas absolut Grundlegendes", "seiner", "Foucault"),
        ("konkret die liberale", "seiner", "Foucault"),
        ("die nur durch", "seiner", "Foucault"),
    ]


def test_possessive_of_the_content_keeps_the_speaker() -> None:
    text = (  # gnad1000's gnad-384 (10kGNAD, Der Standard): "sein Vorschlag" is what is talked about
        "Landeshauptmann Günther Platter lehnte das Angebot kategorisch ab. Es könne nicht sein, dass der "
        "Hubschrauber nur noch sporadisch aufgestellt werde. Auch sein Vorschlag, dass Tirol selbst einen "
        "Hubschrauber ankaufe, sei abgelehnt worden."
    )
    assert [q[2] for q in speakers(text)][-1] != "sein"


def test_possessive_opening_the_sentence_keeps_the_mention_before() -> None:
    text = (
        "Es ist nur eine Frage der Zeit, bis annähernd die Hälfte der Menschen keinem normalen "
        "Nine-to-five-Job mehr nachgeht, sagt der Philosoph Richard David Precht, und fügt hinzu: "
        '"Arbeiten werden die Menschen auch in Zukunft."\n\n'
        'Seine Prognose in den "Kulturfragen" des Deutschlandfunks: "Was übrig bleibt, werden die Jobs '
        'sein, in denen Menschen lieber mit Menschen zu tun haben."'
    )
    last = speakers(text)[-1]
    assert (last[1], last[2]) == ("Was übrig bleibt,", "Philosoph Richard David Precht")


def test_reported_clause_subject_after_the_verb_of_saying() -> None:
    text = (  # dev8 (Formel 1): the subject of "sagte" names the speaker, not the "er" of "er glaube"
        "Das Team soll dank des Sponsorings nahe an der Budgetgrenze arbeiten. Teamchef Frederic Vasseur "
        'sagte im Dezember, er glaube, dass dies zu einer "anderen Mentalität" in der Mannschaft führen '
        "werde."
    )
    assert {q[2] for q in speakers(text)} == {"Teamchef Frederic Vasseur"}


def test_reported_clause_subject_she_after_the_verb_of_saying() -> None:
    text = (  # gnad1000 gnad-315 (10kGNAD): "sie" was resolved to Badawi, the man talked about
        "Weitere Hiebe wurden zunächst aus medizinischen Gründen verschoben. Badawis Ehefrau sagte am "
        "Sonntag, sie befürchte, dass die Auspeitschungen bereits in wenigen Tagen fortgesetzt werden "
        "könnten."
    )
    assert [(q[2], q[3]) for q in speakers(text)] == [("Badawis Ehefrau", "Badawis Ehefrau")]


def test_inquit_after_the_reported_clause_keeps_its_pronoun() -> None:
    text = "Ein Sprecher der Rettungsdienste war vor Ort. Es gebe keine Überlebenden, sagte er am Abend."
    assert [q[2] for q in speakers(text)] == ["er"]
