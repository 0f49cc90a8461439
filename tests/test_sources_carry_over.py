"""Source types that carry over from one set to the next (issue 11, item 2, branch src17): a bare
spokesperson ("erklärt der Sprecher") speaks for the public body named just before by a weak word
with its article ("von der Stadt", "laut Aussage der Stadt"), not for a place ("in der Stadt") —
German sentences in, a type out, from the pipeline and from ``named_before``."""

from framing.model import Article
from framing.pipeline import analyze_article
from framing.sources import classify_in_text, named_before

PAVEMENT = (
    "Seit August 2015 läuft ein Beweisverfahren am Landgericht. Auch die angehobenen Pflastersteine "
    "sind Gegenstand des Beweisverfahrens. Was nicht hätte passieren dürfen, laut Aussage der Stadt. "
    "Weil die schadhaften Stellen wichtig für die Beweisaufnahme seien, könnten sie von der Stadt aus "
    "nachvollziehbaren Gründen nicht repariert werden, erklärt der Sprecher: „Wir hätten es auch "
    "lieber anders, aber das Verfahren lässt uns keine andere Wahl.“"
)


def test_a_bare_spokesperson_speaks_for_the_city_named_with_its_article() -> None:
    doc = analyze_article(Article(id="pflaster", source="test", raw_text=PAVEMENT, text=PAVEMENT))
    typed = {q.source_type for q in doc.quotes if q.speaker == "Sprecher"}
    assert typed == {"government"}


def test_the_body_is_read_in_the_nearest_sentence_that_names_one() -> None:
    own = "könnten sie von der Stadt aus nachvollziehbaren Gründen nicht repariert werden , erklärt der"
    found = named_before([own, "Seit August 2015 läuft ein Beweisverfahren am Landgericht ."])
    assert found is not None and (found.type, found.cue) == ("government", "Stadt")
    found = named_before(["Die Gemeinde teilte am Montag mit , das Freibad bleibe geschlossen , sagte die"])
    assert found is not None and found.type == "government"


def test_a_place_or_a_strong_cue_is_not_replaced_by_a_body() -> None:
    # "in der Stadt" is where something happens, not who speaks
    assert named_before(["Viele Menschen wohnen seit Jahren in der Stadt , sagte der"]) is None
    # a strong cue in the same sentence still decides
    found = named_before(["Die Polizei und die Stadt suchen nach dem Mann , sagte der"])
    assert found is not None and found.type == "authority"
    # a body's word inside a compound is no body ("Stadtfest")
    assert named_before(["Das Stadtfest beginnt am Freitag , sagte der"]) is None


def test_the_benchmark_reads_a_bare_spokesperson_where_the_pipeline_does() -> None:
    from benchmarks.source_types import evaluate

    start = PAVEMENT.index("Sprecher")
    quote = {"article": "a", "speaker": "Sprecher", "speaker_start": start, "source_type": "government"}
    assert evaluate([quote], {"a": PAVEMENT})["with_article"] == 1.0
    # with no determiner before it the role is not read as a back reference (as in the pipeline)
    bare = PAVEMENT.replace("erklärt der Sprecher", "erklärt Sprecher")
    quote["speaker_start"] = bare.index("Sprecher")
    assert evaluate([quote], {"a": bare})["with_article"] == 0.0


YUECEL = (
    "Stahl, Beton, Stacheldraht – diese triste Umgebung schlug Deniz Yücel aufs Gemüt im "
    "Hochsicherheitsgefängnis Silivri westlich von Istanbul. Der inhaftierte Journalist und Autor aus "
    "Flörsheim führte einen Kampf um Selbstbehauptung. Als Mittel gegen die Tristesse begann Yücel, in "
    "einem Glas Minze zu züchten. „Die Minze kam mit gebeugtem Kopf“, berichtete Yücel."
)


def test_a_definite_description_after_a_full_name_gives_the_person_s_role() -> None:
    found = classify_in_text("Yücel", YUECEL)
    assert (found.type, found.cue) == ("media", "Journalist")
    text = (
        "Sie sind gezwungen, in der Illegalität zu leben, sagt Benedetto Della Vedova. Der Staatssekretär "
        "im Außenministerium ist Autor eines neuen Gesetzesentwurfs. „Das ist überfällig“, sagt Della Vedova."
    )
    assert classify_in_text("Della Vedova", text).type == "government"


def test_the_pipeline_types_the_journalist_named_before_the_description() -> None:
    doc = analyze_article(Article(id="yuecel", source="test", raw_text=YUECEL, text=YUECEL))
    assert {q.source_type for q in doc.quotes if q.speaker == "Yücel"} == {"media"}


def test_no_description_without_a_given_name_or_of_the_other_gender_or_an_organisation() -> None:
    # a surname alone may be anyone's: "Die Journalistin des Kurier" is not Klug
    text = (
        "Man hätte das Vertrauen schnöde missbraucht, sagte Klug. Die Journalistin des Kurier fasste die "
        "Errungenschaften noch einmal zusammen."
    )
    assert classify_in_text("Klug", text).type == "other"
    # the given name is a man's, the description a woman's
    text = "„Wir bleiben“, sagte Martin Berger. Die erfahrene Journalistin fragte nach."
    assert classify_in_text("Martin Berger", text).type == "other"
    # an organisation opens the next sentence, not a person noun
    text = "„Wir bleiben“, sagte Martin Berger. Die Polizei ermittelt noch."
    assert classify_in_text("Martin Berger", text).type == "other"
    # an abbreviation is no person's name
    text = (
        "Im August wurde er von der Treuhandgesellschaft TVP aufgefordert, Geld zurückzuzahlen. Der Mann "
        "wollte dagegen klagen."
    )
    assert classify_in_text("Treuhandgesellschaft TVP", text).type != "citizen"


TENNIS = (
    "Alexander Zverev kann in Südamerika nicht dabei sein. Der 24-Jährige: „Ich bin traurig, die "
    "Vorrunde in Brasilien zu verpassen.“"
)
TENNIS_URL = "https://www.dtb-tennis.de/Tennis-International/Davis-Cup/News-Features/Qualifiers-nominiert"


def test_an_age_in_a_sports_or_celebrity_section_is_no_private_citizen() -> None:
    assert classify_in_text("24-Jährige", TENNIS, url=TENNIS_URL).type == "other"
    hsv = (
        "Denn Marcell Jansen (33) ist bereits fester Bestandteil des Teams. „Das ist keine Liga zum "
        "Spaß“, sagt Jansen."
    )
    url = "https://www.mopo.de/sport/hsv/fuer-den-hsv-in-der-oberliga--jansen-kaempft-33334622"
    assert classify_in_text("Jansen", hsv, url=url).type == "other"
    url = "https://www.tonight.de/unterhaltung/promis/daniela-buechner-und-ennesto-monte-trennen-sich.html"
    assert classify_in_text("46-Jährige", "„Macht doch“, schrieb der 46-Jährige.", url=url).type == "other"


def test_elsewhere_an_age_stays_a_citizen_and_other_citizen_cues_stay() -> None:
    assert classify_in_text("24-Jährige", TENNIS).type == "citizen"
    # the section is read from the path before the page's own name, not from its words
    url = "https://www.ksta.de/region/koeln/tennis-halle-brennt-der-24-jaehrige-hausmeister-33335514"
    assert classify_in_text("24-Jährige", TENNIS, url=url).type == "citizen"
    # a fan is a citizen in the sports section too
    fan = "„Wir sind enttäuscht“, sagte ein Fan vor dem Stadion."
    assert (
        classify_in_text("ein Fan", fan, url="https://www.mopo.de/sport/hsv/fans-enttaeuscht-1").type
        == "citizen"
    )


def test_a_vice_president_is_the_vice_of_the_organisation_named_with_the_office() -> None:
    assert classify_in_text("THW-Vizepräsidentin Sabine Lackner", "").type == "authority"
    assert classify_in_text("Vizepräsident der Ärztekammer Johannes Steinhart", "").type == "civil_society"
    calderoli = "Vizepräsident des Senats und Lega-Spitzenpolitiker Roberto Calderoli"
    assert classify_in_text(calderoli, "").type == "parliament"
    # a state's or no organisation: the vice president of a government
    assert classify_in_text("US-Vizepräsident Mike Pence", "").type == "government"
    assert classify_in_text("Vizepräsident Joe Biden", "").type == "government"


SWIMMING = (
    "Die Corona-Pandemie führt auch im Schwimmsport erneut zu Verschiebungen. Der Weltverband FINA hat "
    "nun offiziell bestätigt, dass die beiden kommenden Weltmeisterschaften jeweils um ein Jahr verschoben "
    "werden müssen. „Diese Entscheidungen sind im Interesse aller Beteiligten getroffen worden“, wird "
    "FINA-Präsident Husain Al-Musallam zitiert. Die Wettkämpfe der Athleten sollen sicher stattfinden."
)


def test_an_association_s_office_in_an_article_about_sport_is_a_sports_official() -> None:
    assert classify_in_text("Weltverband FINA", SWIMMING).type == "other"
    assert classify_in_text("FINA-Präsident Husain Al-Musallam", SWIMMING).type == "other"
    football = (
        "Artur Ionita, der beim Serie-A-Klub Hellas Verona unter Vertrag steht, ist der wertvollste Spieler "
        "der Mannschaft. Die Liga beginnt im August. „Wir sind bereit“, sagte Ionita."
    )
    assert classify_in_text("Ionita", football).type == "other"


def test_outside_sport_or_for_a_foundation_an_association_stays_civil_society() -> None:
    energy = (
        "„Endlich mehr Beschleunigung wagen“, sagt BWE-Präsident Hermann Albers. Der Verband fordert "
        "schnellere Genehmigungen für Windräder."
    )
    assert classify_in_text("BWE-Präsident Hermann Albers", energy).type == "civil_society"
    # the words of sport alone do not make a foundation's chair a sports official
    handball = (
        "Der Bundestrainer lobte die Mannschaft nach der Meisterschaft. „Der Sport verbindet“, sagte "
        "Mechthild Aßmann von der Stiftung für Jugendsport."
    )
    assert classify_in_text("Mechthild Aßmann", handball).type == "civil_society"


def test_an_age_in_an_article_about_sport_is_no_private_citizen_without_an_address() -> None:
    coach = (
        "Auf die Meister-Frage winkte Fink mit Nachdruck ab. „Die Ziele höherzuschrauben wäre der falsche "
        "Zeitpunkt“, sagte der 48-Jährige. Die Mannschaft spielt am Sonntag, die Liga ist eng, der "
        "Trainer bleibt ruhig."
    )
    assert classify_in_text("48-Jährige", coach).type == "other"
    # the same age in an article about a fire is a private person
    fire = "„Es ging alles sehr schnell“, sagte der 48-Jährige. Die Feuerwehr löschte den Brand."
    assert classify_in_text("48-Jährige", fire).type == "citizen"


def test_a_surname_glued_to_its_given_name_is_still_the_first_mention() -> None:
    text = (
        "Einen Monat nach dem Start der Koalition zeigt sich Landeshauptmann HansNiessl (SPÖ) zufrieden. "
        "Die Polizei soll auch an der Grenze kontrollieren, argumentierte Niessl."
    )
    found = classify_in_text("Niessl", text)
    assert (found.type, found.party) == ("government", "SPÖ")
    # a surname that is only the end of a lower-case compound is no glued name
    assert classify_in_text("Mann", "Der Hausmann sagte, das sei gut. „Ja“, sagte Mann.").type != "government"


def test_a_presidential_palace_speaks_for_the_government() -> None:
    text = "Man habe damit nichts zu tun, hiess es aus dem Präsidentenpalast in Antananarivo."
    assert classify_in_text("Präsidentenpalast in Antananarivo", text).type == "government"
