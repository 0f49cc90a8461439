"""The outlet matrices on the demo corpus's events and on a planted synthetic corpus."""

import json

import pytest

from framing.cli import main
from framing.compare.events import assign_events
from framing.compare.matrices import (
    actor_tone_matrix,
    frame_matrix,
    quoted_words,
    voices_matrix,
    word_choice_matrix,
)
from framing.pipeline import analyze_documents, analyze_text, demo_documents
from tests.synthetic import planted_corpus

PHONE_CALL = "2022-06 Xi–Putin phone call"
RAPPROCHEMENT = "2024-04 China–Russia rapprochement"
FR = "Frankfurter Rundschau"


@pytest.fixture(scope="module")
def events():
    return assign_events(analyze_documents(demo_documents()).docs)


def test_word_choice_separates_own_and_quoted_names(events):
    matrix = word_choice_matrix(events[PHONE_CALL])
    assert matrix.outlets == ["AFP", FR]
    afp = matrix.cell("war_ukraine", "AFP")
    assert afp.quoted == {"Invasion": 1}  # only in the US State Department spokesman's quote
    assert afp.own == {"Angriffskrieg": 1, "Einmarsch": 1}
    assert "Überfall" in matrix.cell("war_ukraine", FR).own
    frame = matrix.to_frame()
    assert list(frame.columns) == ["concept", "outlet", "variant", "voice", "connotation", "count"]
    invasion = frame[(frame.outlet == "AFP") & (frame.variant == "Invasion")]
    assert invasion[["voice", "count"]].values.tolist() == [["quoted", 1]]
    assert matrix.to_table().set_index("concept").loc["war_ukraine", "AFP"] == (
        "Angriffskrieg ×1, Einmarsch ×1, „Invasion“ ×1"
    )


def test_word_choice_on_a_planted_corpus():
    matrix = word_choice_matrix(planted_corpus(per_outlet=6))
    assert matrix.cell("war_ukraine", "Alpha").own == {"Angriffskrieg": 12}
    assert matrix.cell("war_ukraine", "Beta").own == {"Offensive": 12}
    assert not matrix.cell("war_ukraine", "Alpha").quoted
    connotations = matrix.connotations["war_ukraine"]
    assert connotations["Angriffskrieg"] != connotations["Offensive"]


def test_voices_count_quotes_and_quoted_words(events):
    docs = events[PHONE_CALL]
    matrix = voices_matrix(docs, "camp")
    for outlet in ("AFP", FR):
        assert matrix.cell("us_government", outlet).quotes >= 1
        members = [d for d in docs if d.article.outlet == outlet]
        assert sum(matrix.cell(c, outlet).quotes for c in matrix.groups) == sum(
            len(d.quotes) for d in members
        )
        words = sum(quoted_words(d, q) for d in members for q in d.quotes)
        assert sum(matrix.cell(c, outlet).words for c in matrix.groups) == words
    assert matrix.cell("expert", "AFP").quotes == 0 and matrix.cell("expert", FR).quotes == 1
    frame = matrix.to_frame()
    assert list(frame.columns) == ["camp", "outlet", "quotes", "words"]
    assert len(frame) == len(matrix.groups) * 2  # zeros included


def test_voices_by_source_type_are_the_main_view_with_camps_as_the_finer_layer(events):
    docs = events[PHONE_CALL]
    sources, camps = voices_matrix(docs), voices_matrix(docs, "camp")
    assert sources.by == "source" and sources.groups[0] == "government"
    governing = [c for c in camps.groups if c.endswith("government") or c == "eu_nato"]
    for outlet in ("AFP", FR):  # the governments' camps and the EU/NATO camp are all "government"
        in_camps = sum(camps.cell(c, outlet).quotes for c in governing)
        assert sources.cell("government", outlet).quotes == in_camps
    assert sources.cell("expert", FR).quotes == 1
    assert list(sources.to_frame().columns) == ["source", "outlet", "quotes", "words"]
    with pytest.raises(ValueError, match="unknown grouping"):
        voices_matrix(docs, "party")


def test_voices_name_the_parties_of_parliament_sources():
    text = (
        "Der SPD-Gesundheitsexperte Karl Lauterbach sagte: „Die Lage in den Kliniken ist sehr ernst.“ "
        "Die CDU-Politikerin Anna Meier sagte: „Wir brauchen jetzt klare Regeln für alle.“ "
        "Der Linken-Abgeordnete Jan Korte sagte: „Das ist eine Frage der Gerechtigkeit im Land.“"
    )
    doc = analyze_text(text, outlet="Alpha")
    matrix = voices_matrix([doc])
    assert [(q.source_type, q.party) for q in doc.quotes] == [
        ("parliament", "SPD"),  # a party's health expert speaks for the party
        ("parliament", "CDU"),
        ("parliament", "Linke"),
    ]
    cell = matrix.cell("parliament", "Alpha")
    assert cell.quotes == 3 and cell.party_text() == "CDU 1, Linke 1, SPD 1"
    assert "CDU 1, Linke 1, SPD 1" in matrix.to_table().set_index("source").loc["parliament", "Alpha"]


def test_quoted_words_counts_words_not_punctuation(events):
    doc = next(d for d in events[PHONE_CALL] if d.article.outlet == "AFP")
    quote = max(doc.quotes, key=lambda q: q.end - q.start)
    text = doc.text[quote.start : quote.end]
    expected = sum(
        1 for t in doc.tokens if quote.start <= t.start and t.end <= quote.end and t.kind != "punct"
    )
    assert quoted_words(doc, quote) == expected
    assert expected >= len(text.split()) // 2 > 0


def test_frame_profiles_are_shares(events):
    matrix = frame_matrix(events[RAPPROCHEMENT])
    assert matrix.outlets == ["Epoch Times", FR, "news.de"]
    assert "conflict" in matrix.frames and "framed_sentences" not in matrix.frames
    for outlet in matrix.outlets:
        assert matrix.framed_sentences[outlet] > 0
        assert sum(matrix.shares[f][outlet] for f in matrix.frames) == pytest.approx(1.0)
    policy = frame_matrix(events[RAPPROCHEMENT], "policy")
    assert "external_regulation" in policy.frames
    with pytest.raises(ValueError, match="unknown frame scheme"):
        frame_matrix(events[RAPPROCHEMENT], "moral")


def test_tone_toward_actors(events):
    matrix = actor_tone_matrix(events[PHONE_CALL])
    afp, fr = matrix.cell("putin", "AFP"), matrix.cell("putin", FR)
    # the two outlets' own-voice sentences on Putin differ in sign; AFP's positive word is
    # "Unterstützung" ("Xi sagte Putin laut chinesischen Staatsmedien Unterstützung in Fragen … zu"),
    # not "laut" (according to) or "Fragen" (issues)
    assert afp.tone > 0 > fr.tone
    assert afp.sentences == fr.sentences == 5 and afp.articles == fr.articles == 1
    assert matrix.cell("ukraine_government", "AFP") is None  # AFP never names the Ukrainian government
    assert matrix.to_table().set_index("actor").loc["ukraine_government", "AFP"] == "—"


def test_compare_matrix_command(capsys):
    assert main(["compare", "--matrix", "wording", "--event", PHONE_CALL]) == 0
    out = capsys.readouterr().out
    assert out.split()[:3] == ["concept", "AFP", "Frankfurter"]
    assert "„Invasion“ ×1" in out
    assert main(["compare", "--matrix", "voices", "--format", "json", "--event", PHONE_CALL]) == 0
    rows = json.loads(capsys.readouterr().out)
    government = {r["outlet"]: r["quotes"] for r in rows if r["source"] == "government"}
    assert set(government) == {"AFP", FR} and min(government.values()) >= 1
    assert main(["compare", "--matrix", "camps", "--format", "json", "--event", PHONE_CALL]) == 0
    rows = json.loads(capsys.readouterr().out)
    us = {r["outlet"]: r["quotes"] for r in rows if r["camp"] == "us_government"}
    assert set(us) == {"AFP", FR} and min(us.values()) >= 1
    assert main(["compare", "--matrix", "actor-tone", "--format", "csv", "--event", PHONE_CALL]) == 0
    assert capsys.readouterr().out.startswith("actor,outlet,tone,sentences,articles\n")
    assert main(["compare", "--matrix", "frames", "--scheme", "policy", "--event", RAPPROCHEMENT]) == 0
    assert "external_regulation" in capsys.readouterr().out
