"""Every registry is read in the same layers (bundled file, then ``FRAMING_USER_DIR``, then extra
files) and checked the same way: a user's file adds or replaces entries, and a broken entry (no id,
or not a table) is one DataFileError naming the file and the entry. ``resources.reset()`` is the
one call that makes the next analysis read the files again."""

import pytest

from framing import resources
from framing.actors import registry_actors
from framing.clean import generic_rules
from framing.compare.events import digest_marks, digest_reason
from framing.compare.numbers import load_quantities
from framing.compare.shared_copy import load_agencies
from framing.errors import DataFileError
from framing.lexicons import load_lexicon
from framing.measures.wording import registry_concepts, registry_topics
from framing.outlets import load_registry

META = '[meta]\nname = "eigene"\nversion = "1"\nsource = "Redaktion"\nlicence = "CC0-1.0"\n'

# file, a user entry, how its effect shows, a broken entry and the error it gives
REGISTRIES = [
    (
        "actors.toml",
        '[[actor]]\nid = "wuest"\nname = "Hendrik Wüst"\ncamp = "german_government"\n'
        'names = ["Hendrik Wüst"]\n',
        lambda: registry_actors()["wuest"].name == "Hendrik Wüst",
        '[[actor]]\nname = "Niemand"\ncamp = "other"\n',
        "actor #1: missing id",
    ),
    (
        "agencies.toml",
        '[[agency]]\nid = "KNA"\nforms = ["KNA"]\nmention = ["KNA"]\n',
        lambda: load_agencies().agency("kna") == "KNA",
        '[[agency]]\nforms = ["XY"]\nmention = []\n',
        "agency #1: missing id",
    ),
    (
        "quantities.toml",
        '[[unit]]\nid = "CHF"\ndimension = "currency"\nforms = ["Franken"]\n',
        lambda: load_quantities().units["Franken"][0] == "CHF",
        '[[measure]]\ncues = ["Zahl"]\ndimensions = ["count"]\n',
        "measure #1: missing id",
    ),
    (
        "concepts.toml",
        '[[topic]]\nid = "wohnen"\ncues = ["Miete*"]\n[[concept]]\nid = "wohnungsnot"\ntopics = ["wohnen"]\n'
        'variants = [{ term = "Wohnungsnot", connotation = "neutral" }]\n',
        lambda: "wohnungsnot" in registry_concepts() and "wohnen" in registry_topics(),
        'concept = "Krieg"\n',
        "'concept' must be written as \\[\\[concept\\]\\] tables",
    ),
    (
        "outlets.toml",
        '[[outlet]]\nid = "lokal"\nname = "Lokalblatt"\ntype = "regional newspaper"\n'
        'domains = ["lokalblatt.de"]\n',
        lambda: load_registry().outlets["lokal"].name == "Lokalblatt",
        '[[outlet]]\nname = "Ohne Kennung"\ntype = "regional newspaper"\n',
        "outlet #1: missing id",
    ),
    (
        "boilerplate.toml",
        '[[rule]]\nkind = "line"\nreason = "Eigenwerbung"\npattern = \'^Jetzt abonnieren$\'\n',
        lambda: generic_rules()[-1].reason == "Eigenwerbung",
        "rule = 3\n",
        "'rule' must be written as \\[\\[rule\\]\\] tables",
    ),
    (
        "digests.toml",
        "[[mark]]\nreason = \"Wochenrückblick\"\npattern = '^Die Woche in Bildern'\n",
        lambda: digest_reason("Die Woche in Bildern: Streik, Sturm und Sport", "de") == "Wochenrückblick",
        '[[mark]]\nreason = "ohne Muster"\n',
        "mark #1: missing pattern",
    ),
]


@pytest.fixture
def user(tmp_path, monkeypatch):
    """An empty ``FRAMING_USER_DIR``; every loaded data file forgotten before and after."""
    monkeypatch.setenv("FRAMING_USER_DIR", str(tmp_path))
    resources.reset()
    yield tmp_path
    monkeypatch.delenv("FRAMING_USER_DIR")
    resources.reset()


@pytest.mark.parametrize(("name", "entry", "applies", "_broken", "_message"), REGISTRIES)
def test_a_user_file_adds_to_the_bundled_registry(user, name, entry, applies, _broken, _message):
    (user / name).write_text(META + entry, encoding="utf-8")
    assert applies()


@pytest.mark.parametrize(("name", "_entry", "_applies", "broken", "message"), REGISTRIES)
def test_a_broken_user_entry_names_the_file_and_the_entry(user, name, _entry, _applies, broken, message):
    (user / name).write_text(broken + META, encoding="utf-8")  # top-level keys come before [meta]
    loaders = {
        "actors.toml": registry_actors,
        "agencies.toml": load_agencies,
        "quantities.toml": load_quantities,
        "concepts.toml": registry_concepts,
        "outlets.toml": load_registry,
        "boilerplate.toml": generic_rules,
        "digests.toml": digest_marks,
    }
    with pytest.raises(DataFileError, match=message) as raised:
        loaders[name]()
    assert str(user / name) in str(raised.value)


def test_a_user_digest_mark_gives_its_reason_in_each_language_and_a_bad_one_is_named(user):
    (user / "digests.toml").write_text(
        META + '[[mark]]\nreason = "weekly review"\nreason_de = "Wochenrückblick"\n'
        "pattern = '^Die Woche in Bildern'\n",
        encoding="utf-8",
    )
    text = "Die Woche in Bildern: Streik, Sturm und Sport"
    assert (digest_reason(text), digest_reason(text, "de")) == ("weekly review", "Wochenrückblick")
    (user / "digests.toml").write_text(
        '[[mark]]\nreason = "weekly review"\nreason_de = 3\npattern = "^Die Woche"\n' + META, encoding="utf-8"
    )
    resources.reset()
    with pytest.raises(DataFileError, match="mark #1: 'reason_de' must be a non-empty string"):
        digest_marks()


def test_a_user_lexicon_replaces_and_removes_entries(user):
    (user / "lexicons").mkdir()
    user_file = user / "lexicons" / "hedging_de.csv"
    user_file.write_text("term,label\nvermutlich,-\nwohl kaum,hedge\n", encoding="utf-8")
    terms = {entry.term for entry in load_lexicon("hedging_de").entries}
    assert "wohl kaum" in terms and "vermutlich" not in terms


def test_reset_reads_the_files_again(user):
    assert "wuest" not in registry_actors()
    (user / "actors.toml").write_text(META + REGISTRIES[0][1], encoding="utf-8")
    assert "wuest" not in registry_actors()  # loaded once per process
    resources.reset()
    assert registry_actors()["wuest"].camp == "german_government"


def test_reader_names_live_beside_each_entry_in_the_data_files():
    """Camps, measures of figures, source types and frames are named for readers in German and
    English in their data files, not in code."""
    from framing.actors import CAMPS, camp_names
    from framing.i18n import camp_name, frame_name, measure_label, source_name
    from framing.sources import SOURCE_TYPES

    assert all(set(camp_names()[camp]) == {"de", "en"} for camp in CAMPS)
    assert (camp_name("us_government", "de"), camp_name("unregistered", "en")) == (
        "US-Regierung",
        "not in the registry",
    )
    measures = load_quantities().measures
    assert all(set(measure.names) == {"de", "en"} for measure in measures.values())
    assert (measure_label("gdp", "de"), measure_label("gdp", "en")) == (
        "Wirtschaftsleistung",
        "economic output",
    )
    assert all(source_name(kind, "de") != kind for kind in SOURCE_TYPES)
    assert source_name("authority", "de") == "Behörden und Polizei"
    assert load_lexicon("frames_generic_de").reader_names["morality"] == {"de": "Moral", "en": "morality"}
    assert frame_name("economic_consequences", "de") == "wirtschaftliche Folgen"


def test_a_user_file_renames_a_camp_and_names_a_measure(user):
    (user / "actors.toml").write_text(
        META + '[camps.expert]\nde = "Expertinnen und Experten"\n', encoding="utf-8"
    )
    (user / "quantities.toml").write_text(
        META + '[[measure]]\nid = "rent"\nde = "Miete"\ndimensions = ["currency"]\ncues = ["Miete"]\n',
        encoding="utf-8",
    )
    from framing.i18n import camp_name, measure_label

    assert (camp_name("expert", "de"), camp_name("expert", "en")) == ("Expertinnen und Experten", "experts")
    assert (measure_label("rent", "de"), measure_label("rent", "en")) == ("Miete", "rent")


def test_number_words_and_qualifiers_are_data_a_user_file_extends(user):
    from framing.compare.numbers import find_quantities
    from framing.pipeline import doc_from_text

    (user / "quantities.toml").write_text(
        META + '[qualifiers]\ngrob = "about"\n[number_words]\ndreizehn = 13\n', encoding="utf-8"
    )
    doc = doc_from_text("Grob dreizehn Millionen Menschen flohen, mehr als 40 Tote.", annotate=False)
    found = [(q.text, q.value, q.qualifier) for q in find_quantities(doc)]
    assert found == [
        ("Grob dreizehn Millionen Menschen", 13e6, "about"),
        ("mehr als 40 Tote", 40.0, "more than"),
    ]


def test_clause_boundaries_and_speech_markers_are_data(user):
    from framing.measures.hedging import CLAUSE_END, SPEECH_MARKERS
    from framing.measures.tone import CLAUSE_BREAKS

    assert {"und", "sondern", ","} <= CLAUSE_BREAKS and "weil" not in CLAUSE_BREAKS
    assert "und" not in CLAUSE_END and {"sagte", "zufolge"} <= SPEECH_MARKERS
    assert {"weil", "dass", "("} <= resources.clause_boundaries("numbers")
    (user / "grammar_de.toml").write_text(
        '[clause_boundaries.tone]\nwords = ["sowie"]\n' + META, encoding="utf-8"
    )
    resources.reset()
    assert {"sowie", "und", "-"} <= resources.clause_boundaries("tone")  # joined to the bundled list
