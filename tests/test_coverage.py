"""Coverage within an event: information units, omissions, exclusives and placement."""

from pathlib import Path

import pytest

from framing.compare.coverage import coverage
from framing.compare.events import assign_events
from framing.pipeline import analyze_documents, analyze_paths, demo_documents

from .synthetic import COPIED_PARAGRAPH, FLOOD_FACTS, FLOOD_PLAN, flood_event, unrelated_articles


@pytest.fixture(scope="module")
def seed_events():
    docs = analyze_documents(demo_documents()).docs
    return {name: coverage(members) for name, members in assign_events(docs).items()}


def unit_with(result, words: str):
    return next(u for u in result.units if any(words in m.text for m in u.members))


def test_event_b_yellen_warning_is_in_news_de_and_fr_not_epoch_times(seed_events):
    result = seed_events["2024-04 China–Russia rapprochement"]
    yellen = unit_with(result, "US-Finanzministerin Janet Yellen warnte")
    assert yellen.outlets == ["Frankfurter Rundschau", "news.de"]
    assert any(m.text.startswith("US-Finanzministerin Janet Yellen kritisierte") for m in yellen.members)
    omitted = [o for o in result.omissions if o.outlet == "Epoch Times" and o.unit == yellen.id]
    assert omitted[0].carried_by == ("Frankfurter Rundschau", "news.de")
    assert (
        omitted[0]
        .sentence("en")
        .startswith("Epoch Times does not mention: “US-Finanzministerin Janet Yellen")
    )


def test_event_b_satellite_images_are_news_de_alone(seed_events):
    result = seed_events["2024-04 China–Russia rapprochement"]
    for words in ("sondern auch mit Satellitenbildern", "mit Satellitenbildern für militärische Zwecke"):
        unit = unit_with(result, words)
        assert unit.outlets == ["news.de"] and unit.id in result.exclusives["news.de"]


def test_event_b_putins_may_trip_is_in_fr_and_epoch_times(seed_events):
    result = seed_events["2024-04 China–Russia rapprochement"]
    trip = unit_with(result, "will Putin im Mai nach Peking")
    assert trip.outlets == ["Epoch Times", "Frankfurter Rundschau"]
    assert any("plant für Mai eine Reise nach China" in m.text for m in trip.members)
    assert [o.outlet for o in result.omissions if o.unit == trip.id] == ["news.de"]


def test_event_a_state_department_reaction_is_in_fr_and_afp_and_the_trade_figure_afps_alone(seed_events):
    result = seed_events["2022-06 Xi–Putin phone call"]
    reaction = unit_with(result, "auf der falschen Seite der Geschichte zu landen")
    assert reaction.outlets == ["AFP", "Frankfurter Rundschau"]
    assert any("falschen Seite der Geschichte wiederfinden" in m.text for m in reaction.members)
    trade = unit_with(result, "147 Milliarden Dollar")
    assert trade.outlets == ["AFP"] and trade.id in result.exclusives["AFP"]


def test_planted_event_is_recovered_exactly():
    result = coverage(flood_event())
    carriers = {}
    for fact, wordings in enumerate(FLOOD_FACTS):
        unit = next(u for u in result.units if any(m.text in wordings for m in u.members))
        carriers[fact] = unit.outlets
        assert all(m.text in wordings for m in unit.members)  # nothing else joined the unit
    planted = {
        fact: sorted(o for o, (_, facts) in FLOOD_PLAN.items() if fact in facts)
        for fact in range(len(FLOOD_FACTS))
    }
    assert carriers == planted
    copied = unit_with(result, "Viele von ihnen kamen in Turnhallen")
    assert copied.outlets == ["Alpha", "Gamma"]
    assert len(result.units) == len(FLOOD_FACTS) + 1  # every sentence placed, nothing split or merged
    assert result.exclusives == {
        "Alpha": [],
        "Beta": [],
        "Delta": [unit_with(result, "Schulen").id],
        "Gamma": [unit_with(result, "Klimaforscher").id],
    }
    omitted = {(o.outlet, o.unit) for o in result.omissions}
    assert (
        "Alpha",
        unit_with(result, "100 Millionen Euro").id,
    ) in omitted and ("Beta", unit_with(result, "300 Soldaten").id) in omitted


def test_planted_reordering_shows_in_placement():
    result = coverage(flood_event())
    by_outlet = {p.outlet: p for p in result.placement}
    damage = unit_with(result, "100 Millionen Euro")
    mayor = unit_with(result, "Dupper")
    assert by_outlet["Beta"].headline_units == (damage.id,) and damage.id in by_outlet["Beta"].lead_units
    assert by_outlet["Delta"].headline_units == (mayor.id,) and mayor.id in by_outlet["Delta"].lead_units
    assert damage.id not in by_outlet["Delta"].lead_units
    assert by_outlet["Alpha"].first_voice == "Oberbürgermeister Jürgen Dupper"  # „Die Lage ist dramatisch“
    assert by_outlet["Alpha"].first_voice_source == "government"


def test_unrelated_articles_share_no_unit():
    result = coverage(unrelated_articles())
    assert result.shared_units() == [] and result.omissions == []


def test_cli_coverage_json_and_table(capsys):
    from framing.cli import main

    assert main(["coverage", "--event", "2024-04 China–Russia rapprochement", "--format", "json"]) == 0
    payload = __import__("json").loads(capsys.readouterr().out)
    event = payload["events"]["2024-04 China–Russia rapprochement"]
    assert event["outlets"] == ["Epoch Times", "Frankfurter Rundschau", "news.de"]
    assert set(event) >= {
        "units",
        "matrix",
        "omissions",
        "exclusives",
        "placement",
        "numbers",
        "shared_passages",
    }
    assert event["shared_passages"][0]["words"] == 17  # news.de and FR quote the same joint statement
    assert payload["across_events"] == {"number_comparisons": []}  # one event asked for
    assert any(
        o["sentence"].startswith("Epoch Times does not mention: “US-Finanzministerin")
        for o in event["omissions"]
    )
    assert main(["coverage", "--event", "2022-06 Xi–Putin phone call", "--language", "de"]) == 0
    text = capsys.readouterr().out
    assert text.startswith("== 2022-06 Xi–Putin phone call: ")
    assert "  AFP: (ohne Überschrift); zuerst zitiert: ein Sprecher des US-Außenministeriums" in text
    assert "\nEinstiege:\n" in text and "Informationseinheiten" in text  # the labels in German too
    assert main(["coverage", "--event", "2022-06 Xi–Putin phone call"]) == 0
    english = capsys.readouterr().out
    assert "  AFP: (no headline); first quoted: ein Sprecher des US-Außenministeriums" in english
    assert main(["coverage", "--event", "2024-04 China–Russia rapprochement"]) == 0
    text = capsys.readouterr().out  # the omissions ranked by unit, each once with who leaves it out
    assert (
        "\nomissions, most important first (carried by most outlets, then in headline or lead):\n  1. “"
        in text
    )
    assert "“US-Finanzministerin Janet Yellen warnte" in text
    assert "Carried by 2 of 3 outlets; left out by: Epoch Times." in text


def test_cli_coverage_unknown_event_lists_the_valid_ones(capsys):
    from framing.cli import main

    assert main(["coverage", "--event", "Mondlandung"]) == 2
    assert (
        "unknown event 'Mondlandung'; events found: 2022-06 Xi–Putin phone call, 2024-04"
        in capsys.readouterr().err
    )


def test_cli_coverage_compares_figures_across_events(capsys):
    from framing.cli import main

    assert main(["coverage"]) == 0
    text = capsys.readouterr().out
    across = text.split("== figures across events")[1]
    assert "trade_volume (USD): different years" in across
    assert "AFP: 147 Milliarden Dollar, 2021 — " in across
    assert "Frankfurter Rundschau: mehr als 240 Milliarden US-Dollar, 2023 — " in across
    assert "wire credits: " in text and "AFP: AFP (text)" in text


def test_planted_copied_paragraph_is_recovered_exactly_with_its_direction():
    docs = flood_event()
    result = coverage(docs)
    [passage] = result.shared
    alpha, gamma = docs[0], docs[2]
    assert (passage.a_outlet, passage.b_outlet, passage.direction) == ("Alpha", "Gamma", "a→b")
    assert alpha.text[passage.a_start : passage.a_end] == COPIED_PARAGRAPH.rstrip(".")  # words, not stops
    assert gamma.text[passage.b_start : passage.b_end] == COPIED_PARAGRAPH.rstrip(".")
    copied_words = len(COPIED_PARAGRAPH.split())
    assert result.reuse[gamma.article.id] == round(copied_words / gamma.word_count(), 4)
    assert result.reuse[docs[1].article.id] == 0.0


def test_unrelated_articles_share_no_copy():
    result = coverage(unrelated_articles())
    assert result.shared == [] and set(result.reuse.values()) == {0.0}


def test_six_outlets_omissions_are_grouped_by_unit_and_ranked_by_reach_and_prominence():
    """Six outlets on one strike (tests/fixtures/six_outlets): the strike call, carried by five
    outlets and in every one's lead, ranks first; units fewer outlets carry come later, and each
    unit is listed once with every outlet that leaves it out."""
    corpus = Path(__file__).parent / "fixtures" / "six_outlets" / "six_outlets.jsonl"
    result = coverage(analyze_paths([str(corpus)]).docs)
    first = result.missing[0]
    assert first.label.startswith("Die Gewerkschaft hat für Donnerstag zu einem 24-stündigen Warnstreik")
    assert first.missing_in == ("Freie Bürgerstimme Magazin",)
    assert len(first.carried_by) == 5 and len(first.prominent_in) == 5
    assert first.weight == pytest.approx((5 + 0.5 * 5) / 6)
    demand = next(m for m in result.missing if m.label.startswith("Die Gewerkschaft fordert acht Prozent"))
    assert demand.missing_in == ("Boulevard-Express Auenberg", "Freie Bürgerstimme Magazin")
    assert [m.weight for m in result.missing] == sorted((m.weight for m in result.missing), reverse=True)
    assert len({m.unit for m in result.missing}) == len(result.missing)  # one entry per unit
    assert sum(len(m.missing_in) for m in result.missing) == len(result.omissions)
    assert result.to_dict()["missing_ranked"][0]["missing_in"] == ["Freie Bürgerstimme Magazin"]
