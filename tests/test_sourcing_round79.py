"""Who speaks, seventy-ninth speaker round (docs/accuracy.md, "Speaker round 79"): a sentence that goes on
with the speaker of the Konjunktiv I sentence right before in the Konjunktiv II its third person plural
takes, a form the weak or strong past shares ("Die Endverbraucher kauften …", "Andere Gruppen erhielten
…"). German sentences in, quotes and speakers out."""

from .sourcing_speakers import quoted, speakers


def test_a_plural_shared_form_after_the_speakers_konjunktiv_goes_on_with_them():
    # a weak past plural after her Konjunktiv I, a strong one after an inquit in the Konjunktiv
    for text, last, span, speaker in (
        (
            "„Das ist eine Verschiebung vom gewerblichen Konsum hin zum privaten Verbrauch“, sagt Eliane "
            "Steinmeyer über die Zwangspause. Sie beobachte aber noch keine Normalisierung, da nach wie vor "
            "Kantinen stillgelegt seien. Die Endverbraucher kauften auf den Wochenmärkten mehr als bisher.",
            "Die Endverbraucher kauften auf den Wochenmärkten mehr als bisher.",
            "Sie",
            "Eliane Steinmeyer",
        ),
        (
            "Die Notlage der Studenten habe die Bundesregierung ignoriert, sagte Anna Meier. Andere "
            "Gesellschaftsgruppen erhielten staatliche Unterstützung, während Studenten vergessen wurden.",
            "Andere Gesellschaftsgruppen erhielten staatliche Unterstützung, während Studenten vergessen "
            "wurden.",
            "Anna Meier",
            "Anna Meier",
        ),
    ):
        quote, found, detail = quoted(text)[-1]
        assert (quote, found, detail.speaker) == (last, span, speaker)


def test_a_state_after_a_plural_konjunktiv_one_goes_on_with_the_agency():
    text = (
        "Drei Boote seien bei schlechtem Wetter gekentert, meldete die Nachrichtenagentur Anadolu. Mehr "
        "als 100 Flüchtlinge seien von der türkischen Küstenwache gerettet worden. Fünf gerettete Kinder "
        "schwebten in Lebensgefahr."
    )
    assert speakers(text)[-1] == ("Nachrichtenagentur Anadolu", "Nachrichtenagentur Anadolu")
    assert quoted(text)[-1][0] == "Fünf gerettete Kinder schwebten in Lebensgefahr."


def test_the_speakers_inquit_after_it_is_no_narrative_past():
    text = (
        "Fischer habe versichert, dass die politische Stabilität gewährleistet sei. Solche Wechsel "
        "gehörten zu den Grundsätzen der Demokratie. Außerdem hat das der Kanzler mit Würde gemacht, "
        "sagte Fischer vor Korrespondenten."
    )
    spans = {quote: span for quote, span, _ in quoted(text)}
    assert spans["Solche Wechsel gehörten zu den Grundsätzen der Demokratie."] == "Fischer"


def test_no_plural_past_of_the_authors_after_the_konjunktiv():
    # a singular past, a past after no Konjunktiv, a question and a clause opened before the verb stay
    # the author's
    for text in (
        "Die Lage sei ernst, sagte der Bürgermeister. Die Feuerwehr rückte am Abend mit zwei Wagen aus.",
        "Die Lage ist ernst, sagte der Bürgermeister. Die Helfer arbeiteten die ganze Nacht.",
        "Die Lage sei ernst, sagte der Bürgermeister. Warum warteten die Helfer so lange?",
        "Die Lage sei ernst, sagte der Bürgermeister. Als es dunkel wurde, arbeiteten die Helfer weiter.",
        # the sentence after tells in the past: the author's narrative
        "Die Lage sei ernst, sagte der Bürgermeister. Die Helfer arbeiteten die ganze Nacht. Am Morgen kamen "
        "weitere Wagen.",
        # a separable verb's particle closes the clause: an event the author tells
        "Etwa 200 Migranten seien aufeinander losgegangen, berichtete die Präfektur. Mehr als 400 Polizisten "
        "schritten ein, um die Auseinandersetzung zu beenden.",
        # a first person before: direct speech, no Konjunktiv I
        "Er rief: Dann schieße ich dir auf den Po. Beide stritten in der Nacht.",
    ):
        assert len(quoted(text)) == 1, text
