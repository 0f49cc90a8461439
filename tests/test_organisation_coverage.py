"""benchmarks/organisation_coverage.py: how a list's names are matched; held-out sets refused."""

import pytest

from benchmarks import organisation_coverage as oc


def test_aliases_strip_legal_forms_and_take_acronyms():
    assert oc.aliases("Bundesverband Digitale Wirtschaft (BVDW) e.V.") == {
        "Bundesverband Digitale Wirtschaft",
        "BVDW",
    }
    assert oc.aliases("Handelsverband Deutschland - HDE - e. V.") >= {"Handelsverband Deutschland", "HDE"}
    assert oc.aliases("Bertelsmann SE & Co. KGaA") == {"Bertelsmann"}


def test_name_matches_as_word_and_compound_part_only():
    pat = oc.pattern("Bitkom")
    assert pat.search("Bitkom-Handelsexpertin Stephanie Mayer")
    assert pat.search("sagte der Bitkom")
    assert not pat.search("Bitkomplex")


def test_held_out_sets_are_refused():
    with pytest.raises(SystemExit):
        oc.main(["--outlets", "--sets", "dev,test3"])  # a held-out set; dev8–dev12 are dev sets now


def test_the_licensed_lists_are_read_with_their_types():
    entries = oc.load_licensed()
    assert ("HSV", "HSV", "other") in entries and ("KommAustria", "KommAustria", "authority") in entries
