"""Who speaks, eighty-second speaker round (docs/accuracy.md, "Speaker round 82"): a short partial quotation
that gives its clause's subject's own view, after a verb of view or intention ("Finanzminister Osborne sieht
„Jahre der Rezession“", "Polizei will „rigoros“ vorgehen") or in a headline whose verb is left out
("Bundeskanzler „nur zuversichtlich“ bei …"), is that subject's speech, not a name. German sentences in,
quotes and speakers out."""

from .sourcing_speakers import quoted, speakers

TEASER_END = " Wien – Der Ausschuss tagte am Montag im Parlament."


def test_a_view_after_sieht_in_a_teaser():
    text = 'Finanzminister Osborne sieht "Jahre der Rezession" – die Wirtschaft geht nicht von Brexit aus.'
    found = [(quote, span) for quote, span, _ in quoted(text + TEASER_END)]
    assert found == [("Jahre der Rezession", "Finanzminister Osborne")]


def test_a_view_after_sieht_with_an_article_and_a_place_after_it():
    text = 'Bürgermeister Schneeberger sieht ein "ganz offenes Gesprächsklima" in der umstrittenen Koalition.'
    assert speakers(text + TEASER_END) == [("Bürgermeister Schneeberger", "Bürgermeister Schneeberger")]


def test_a_pronoun_subject_of_sieht_and_a_quotation_in_the_infinitive_after_it():
    text = (
        "Wladimir Putin warnt vor einer angeblichen Dekolonisierung Russlands. Er sieht darin einen Versuch, "
        'die "Föderation zu zerschlagen". Warum spricht er gerade jetzt davon?'
    )
    found = [(quote, span) for quote, span, _ in quoted(text)]
    assert found == [("Föderation zu zerschlagen", "Er")]


def test_a_finding_after_ortet():
    assert speakers("Die Volksanwältin ortet „grobe Mängel“ im Vollzug.") == [
        ("Volksanwältin", "Volksanwältin")
    ]


def test_a_short_intention_after_will():
    text = "Polizei will „rigoros“ vorgehen. Eisenstadt – Die Polizei ermittelt nach dem Fund weiter."
    assert speakers(text) == [("Polizei", "Polizei")]


def test_a_headline_names_the_holder_of_a_state_before_the_quotation():
    text = (
        'Bundeskanzler "nur zuversichtlich" bei wesentlich mehr Mittel und Personal. Wien – Bundeskanzler '
        "Werner Faymann bezweifelt, dass die Zentren rechtzeitig fertig werden."
    )
    assert [quote for quote, _, _ in quoted(text)][:1] == ["nur zuversichtlich"]
    assert speakers(text)[0][0] == "Bundeskanzler"


def test_a_headline_with_a_preposition_phrase_between_holder_and_quotation():
    text = (
        'Pühringer über Sympathiebekundung "wenig erfreut", Haimbuchner nach Sondierungsgespräch "positiv '
        'gestimmt". Linz – Der Wirtschaftslandesrat Michael Strugl ist vorgeprescht.'
    )
    found = [(quote, span) for quote, span, _ in quoted(text)]
    assert found[:2] == [("wenig erfreut", "Pühringer"), ("positiv gestimmt", "Haimbuchner")]


def test_a_title_after_sieht_or_in_a_headline_stays_a_name():
    # capitalised words alone are a title's shape ("Lindenstraße", "Tatort"); in the text's body a
    # person before a quotation with no verb is no headline's holder
    assert speakers('Der Vater sieht "Lindenstraße" jeden Sonntag.') == []
    assert speakers('Die Zuschauer sehen den "Tatort" am Sonntag.') == []
    assert speakers('Bundeskanzler "Faymann-Plan" bei Asyl.' + TEASER_END) == []
    text = "Die Sitzung dauerte lange. Am Ende war der Minister „nur zuversichtlich“ bei mehr Mitteln."
    assert speakers(text) == []
