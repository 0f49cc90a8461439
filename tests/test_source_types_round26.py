"""Source types of round 26 (issue 11, item 2, branch src26): a role the article gives a person at another
mention than the first. When the person is first named without a role ("Gabi Weber und Jana Kroll stehen
…") and a later mention in full has a role noun apposed between two commas ("Jana Kroll, Geschäftsführerin
des Großmarktes, kämpft …"), that role is the person's; a surname alone followed by a comma is not read so
(the words after it are often what the person said). German sentences in, a type and its cue out."""

from framing.sources import classify_in_text

GROSSMARKT = (
    "Gabi Weber und Jana Kroll stehen in einer Halle des Großmarktes und prüfen die Lieferungen. Bunte "
    "Kisten mit Obst stapeln sich meterhoch. Jana Kroll, Geschäftsführerin des Großmarktes, kämpft derzeit "
    "an vielen Fronten. „Es muss niemand hamstern“, sagt Jana Kroll."
)
RATHAUS = (
    "Jana Kroll und Gabi Weber stehen vor dem Rathaus. „Wir schaffen das“, sagte Kroll, "
    "Bürgermeisterin Weber habe längst zugestimmt, und lachte."
)
UNCLOSED = (
    "Gabi Weber und Jana Kroll stehen in einer Halle und prüfen die Lieferungen. Am Ende sprach Jana Kroll, "
    "Geschäftsführerin sei ein schwerer Beruf. „Es muss niemand hamstern“, sagt Jana Kroll."
)


def test_a_role_apposed_at_a_later_mention_in_full_carries_to_the_name() -> None:
    found = classify_in_text("Jana Kroll", GROSSMARKT)
    assert found is not None and (found.type, found.cue) == ("business", "Geschäftsführerin")


def test_a_comma_after_a_surname_alone_starts_no_role() -> None:
    found = classify_in_text("Kroll", RATHAUS)
    assert found is None or found.type == "other"


def test_an_apposition_not_closed_by_a_comma_is_not_read_at_a_later_mention() -> None:
    found = classify_in_text("Jana Kroll", UNCLOSED)
    assert found is None or found.type == "other"
