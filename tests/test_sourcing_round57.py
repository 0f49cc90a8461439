"""Who speaks, fifty-seventh speaker round (docs/accuracy.md, "speaker round 57"): continued speech whose
chain was lost. Reported speech after a colon that follows a quotation's inquit in the same sentence ("„…“,
sagte Krapp und fügte hinzu: Es seien …"); a verb of saying that is itself in a Konjunktiv II no indicative
shares ("Einige Modelle gäben hier … an": the speaker's words, the plural "gäben" beside the singular
"gäbe"); a point of view with its holder in the Saxon genitive ("aus Hännis Sicht"); a shared form after
"Sonst" whose plural "sie" is no one person; a generic plural ("Viele Schweizerinnen und Schweizer") before
a shared form between two sentences of the speaker's in the Konjunktiv I; "Für ihn ist klar, dass …" names
its holder by a pronoun as "Für den Parteienrechtler X ist …" does by name; "ein Fazit ziehen" is a
frame of saying whose Konjunktiv after it goes on; the subject of a passive who acts in a
main clause after it ("Steinberg wird … herangezogen, er kennt …") speaks the Konjunktiv after it. Real
German sentences in (dev2, dev4, dev14, gnad1000), the speakers out."""

import pytest

from tests.test_sourcing_cross_set import speakers


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(  # dev14
            "„Mich haben viele davon stutzig gemacht“, sagte Krapp und fügte hinzu: Es seien hier die "
            "gleichen Abwehrreaktionen sichtbar geworden, die die Studie zuvor beschrieben habe.",
            [
                ("direct", "Mich haben viele", "Krapp", "Krapp"),
                ("indirect", "Es seien hier", "Krapp", "Krapp"),
            ],
            id="Konjunktiv after the colon of a second inquit",
        ),
        pytest.param(  # dev4
            "„Leider verraten viele Fahrzeuge nicht, welche Menge nachgefüllt werden muss“, so der "
            "Auto-Experte Achmed Leser vom TÜV Thüringen. Einige Modelle gäben hier wenigstens eine Spanne "
            "von der Mindest- bis zur Maximalmenge an.",
            [
                ("direct", "Leider verraten viele", "Auto-Experte Achmed Leser", "Auto-Experte Achmed Leser"),
                (
                    "indirect",
                    "Einige Modelle gäben",
                    "Auto-Experte Achmed Leser",
                    "Auto-Experte Achmed Leser",
                ),
            ],
            id="a verb of saying in the Konjunktiv II is reported, no new speaker",
        ),
        pytest.param(  # dev14
            "Viele andere Länder haben den russischen Spionen die Tür gewiesen. Deshalb liegt es aus Hännis "
            "Sicht nah, dass die Russen ihre Spionagetätigkeit nun an jenen Orten verstärken, wo sie nicht "
            "sonderlich behelligt werden.",
            [("indirect", "Deshalb liegt es", "Hännis", "Hännis")],
            id="a point of view in the Saxon genitive",
        ),
        pytest.param(  # dev14
            "Dass es in der Schweiz zu Tötungsoperationen kommt, erwartet Hänni indes nicht: „Die Russen "
            "wollen das Fass nicht zum Überlaufen bringen.“ Sonst gefährdeten sie ihre wichtige "
            "Operationsbasis in der Schweiz.",
            [
                ("direct", "Die Russen wollen", "Hänni", "Hänni"),
                ("indirect", "Sonst gefährdeten sie", "Hänni", "Hänni"),
            ],
            id="a plural sie after Sonst is whom the speaker talks about",
        ),
        pytest.param(  # dev14
            "Die Schweiz sei überfüllt wie eine Badewanne, bei der niemand das Wasser abstelle, sagte "
            "Nationalrat Thomas Matter. Fast jedes Problem, unter dem die Schweiz leide, habe mit der "
            "Zuwanderung zu tun. Viele Schweizerinnen und Schweizer fühlten sich fremd im eigenen Land. Die "
            "schöne Schweiz habe es nicht verdient, zu einem zweiten Hongkong zu werden.",
            [
                ("indirect", "Die Schweiz sei", "Nationalrat Thomas Matter", "Nationalrat Thomas Matter"),
                ("indirect", "Fast jedes Problem,", "Nationalrat Thomas Matter", "Nationalrat Thomas Matter"),
                (
                    "indirect",
                    "Viele Schweizerinnen und",
                    "Nationalrat Thomas Matter",
                    "Nationalrat Thomas Matter",
                ),
                ("indirect", "Die schöne Schweiz", "Nationalrat Thomas Matter", "Nationalrat Thomas Matter"),
            ],
            id="a generic plural between two Konjunktiv I sentences",
        ),
        pytest.param(  # gnad1000
            "Die Grünen könnten etwa 38 oder 39 Prozent herausverhandeln, sagt Scherak. An solchen "
            "Stellschrauben zu drehen macht aus Scheraks Sicht wenig Sinn.",
            [
                ("indirect", "Die Grünen könnten", "Scherak", "Scherak"),
                ("indirect", "An solchen Stellschrauben", "Scheraks", "Scheraks"),
            ],
            id="the holder's view in the Saxon genitive, indicative",
        ),
        pytest.param(  # dev2 (10kGNAD): the frame names its holder by a pronoun, the chain goes on
            "Entscheidend wird also die Aussage des medizinischen Sachverständigen Christian Reiter, der "
            "erklären soll, wie der doppelte Knöchelbruch entstanden ist. Für ihn ist klar, dass das Opfer "
            "sich an der Gehsteigkante verhakt hat. Wenn es einen Stoß gegeben habe, müsse der jedenfalls "
            "von hinten gekommen sein.",
            [
                ("indirect", "Für ihn ist", "ihn", "medizinischen Sachverständigen Christian Reiter"),
                ("indirect", "Wenn es einen", "ihn", "medizinischen Sachverständigen Christian Reiter"),
            ],
            id="Für ihn ist klar, dass: the pronoun holds the view",
        ),
        pytest.param(  # dev14: a conclusion drawn is a saying, the Konjunktiv after it goes on
            "Zum Marathon-Ende gegen 16 Uhr zog Pressesprecher Reinald Achilles im Abendblatt-Gespräch ein "
            "erstes vorsichtiges Fazit. Man sei zufrieden mit dem Lauf.",
            [
                (
                    "indirect",
                    "Man sei zufrieden",
                    "Pressesprecher Reinald Achilles",
                    "Pressesprecher Reinald Achilles",
                )
            ],
            id="ein Fazit ziehen",
        ),
        pytest.param(  # dev14: the subject of a passive acts in the main clause after it
            "Der Islamexperte Guido Steinberg wird in Wien immer wieder als Gerichtsgutachter für "
            "Jihadistenprozesse herangezogen, er kennt die heimische Islamistenszene daher. Sorge mache ihm "
            "die große Zahl an jungen Leuten, die sich dem Protest in Hamburg angeschlossen hätten.",
            [("indirect", "Sorge mache ihm", "ihm", "Islamexperte Guido Steinberg")],
            id="a passive, then the person's own clause: the Konjunktiv after it is theirs",
        ),
    ],
)
def test_continued_speech_found(text, expected):
    assert speakers(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(  # round 31's guard: a definite phrase of the author's own between the agency's
            "Der Aufruhr sei Ergebnis einer Konspiration gewesen, meldete die Agentur Xinhua. Die Proteste "
            "weiteten sich am Wochenende auf andere Regionen aus. In Lanzhou seien einige hundert Studenten "
            "in einen Sitzstreik getreten.",
            ["Der Aufruhr sei", "In Lanzhou seien"],
            id="a definite subject before the shared form stays the author's",
        ),
        pytest.param(  # a pronoun that refers to no one holds no view
            "Die Firma baut ein neues Werk. Für sie ist das ein großer Schritt.",
            [],
            id="Für sie ist with no person before",
        ),
        pytest.param(  # gnad1000: "wird … bringen" is a future, no passive; no one speaks here
            "Der Künstler Heimo Zobernig wird im November ein Stück Venedig nach Bregenz bringen, er baut im "
            "Zumthor-Haus seine Biennale-Installation nach. Der Bau beeinflusse wie kein anderer die "
            "Befindlichkeit.",
            [],
            id="a future with werden is no passive",
        ),
        pytest.param(  # the quotation and its inquit alone: nothing reported beside them
            "„Wir sind zufrieden“, sagte Trainer Klaus Müller und lachte.",
            ["Wir sind zufrieden"],
            id="no colon after the inquit, no reported speech beside the quotation",
        ),
        pytest.param(  # a colon before the quotation: the quotation is what is said
            "Müller sagte: „Wir sind zufrieden.“ Das Team habe gut gespielt.",
            ["Wir sind zufrieden.", "Das Team habe"],
            id="a colon before the quotation changes nothing",
        ),
    ],
)
def test_guards(text, expected):
    assert [q[1] for q in speakers(text)] == expected
