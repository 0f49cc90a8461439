"""Speaker round 155 (docs/accuracy.md, "Speaker round 155 (colon155)"): the Konjunktiv I clause that opens
the sentence of a quotation and ends at the colon before it is the quotation's speaker's reported speech
where the quotation's inquit names them ("Das Ensemble stehe …: „…“, sagt Waltz") or they spoke last,
earlier in the paragraph ("…, erinnert der Sportdirektor. … Er findet, die Liga brauche einen Plan B:
„…“"), not only where they spoke in the sentence right before; not a Konjunktiv in a question clause or the
author's conditional. German sentences written for the round in, the quotes out."""

import pytest

from tests.sourcing_speakers import quoted


def quotes(text: str) -> list[tuple[str, str, str | None]]:
    """(label, quote's text, speaker span) of every quote."""
    return [(q.label, said, span) for said, span, q in quoted(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "„Es gibt verschiedene Szenarien“, sagt Himar Ojeda. „Es ist eine schwierige Lage“, erinnert der "
            "Sportdirektor. Ojeda weiß, dass die Aufgabe nicht leicht ist. Er findet, die Liga brauche einen "
            "Plan B: „Wir können nicht immer von Woche zu Woche improvisieren.“",
            ("indirect", "Er findet, die Liga brauche einen Plan B", "Er"),
            id="Plan B, the last speaker in the paragraph",
        ),
        pytest.param(
            "Die Choreografin Sasha Waltz leitet das Haus seit dem Sommer.\n\nViele Vorstellungen mussten "
            "ausfallen. Das Ensemble stehe jetzt vor einer riesigen Herausforderung: „Das Ballett arbeitet "
            "mit Berührung“, sagt Waltz.",
            ("indirect", "Das Ensemble stehe jetzt vor einer riesigen Herausforderung", "Waltz"),
            id="the quotation's inquit",
        ),
        pytest.param(
            "Die CDU will mit fünf Themen überzeugen.\n\nMan habe schon viel an Konzepten gearbeitet, aber: "
            "„Wir haben gemerkt, dass unsere Botschaften nicht ankommen“, sagte Kai Wegner.",
            ("indirect", "Man habe schon viel an Konzepten gearbeitet", "Kai Wegner"),
            id="the coordinator before the colon out of the span",
        ),
    ],
)
def test_konjunktiv_clause_before_the_colon_is_reported(text: str, expected: tuple[str, str, str]) -> None:
    found = quotes(text)
    assert expected in found
    assert any(label == "direct" and span == expected[2] for label, _, span in found)


@pytest.mark.parametrize(
    ("text", "narration"),
    [
        pytest.param(
            "Ihre Zeit vertreibe sie sich mit Hörfilmen, sagt Maria Röding. Für solche Angebote engagiert "
            "sie sich im Blindenverein. Auf die Frage, was ihr am meisten fehle, hat sie eine klare Antwort: "
            "„Die Hörfilme der Berlinale.“",
            "Auf die Frage",
            id="a question clause",
        ),
        pytest.param(
            "„Wir brauchen mehr Tests“, sagte die Ministerin. Viele Länder warten noch. Wie dem auch sei, in "
            "einem hat sie recht: „Wir müssen schneller werden.“",
            "Wie dem auch sei",
            id="wie dem auch sei",
        ),
        pytest.param(
            "„Wir brauchen mehr Tests“, sagte die Ministerin. Viele Länder warten noch. Das wäre das Ende "
            "des Prinzips: „Wir müssen schneller werden.“",
            "Das wäre",
            id="the author's conditional",
        ),
    ],
)
def test_narration_before_the_colon_stays_no_quote(text: str, narration: str) -> None:
    assert not any(said.startswith(narration) for _, said, _ in quotes(text))
