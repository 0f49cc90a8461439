"""Source types from general evidence (source_types.toml 1.3, 1.4): an organisation's type from its name
parts, names written inflected or in the genitive, professions that yield to the organisation named
with them, and private persons by their age — real German news sentences, a specific type out."""

import pytest

from framing.sources import classify, classify_in_text


@pytest.mark.parametrize(
    ("phrase", "expected", "cue"),
    [
        # a short head ("bank", "werk") at the end of a compound, and a plural in -e
        ("der Chef der Deutschen Kreditbank", "business", "Kreditbank"),
        ("der Sprecher des Stahlwerks", "business", "Stahlwerks"),
        ("eine Sprecherin der Berliner Verkehrsbetriebe", "business", "Verkehrsbetriebe"),
        ("Verschiedene Länderparlamente", "parliament", "Länderparlamente"),
        # organisation words of any trade
        ("ein Sprecher der Brauerei", "business", "Brauerei"),
        ("der Sprecher der Werft", "business", "Werft"),
        ("Die staatliche Bahngesellschaft SNCB", "business", "Bahngesellschaft"),
        ("Der Direktor des Hilfswerks", "civil_society", "Hilfswerks"),
        ("Die Schutzgemeinschaft der Kapitalanleger", "civil_society", "Schutzgemeinschaft"),
        ("eine Polizeistreife", "authority", "Polizeistreife"),
        ("dem Chefankläger des Internationalen Strafgerichts", "authority", "Chefankläger"),
        ("der Bundesgesetzgeber", "parliament", "Bundesgesetzgeber"),
        ("die US-Delegationsleiterin beim Klimagipfel", "government", "US-Delegationsleiterin"),
        ("die Hydrologen", "expert", "Hydrologen"),
        ("die WHO", "authority", "WHO"),
        ("ein Talibanführer auf pakistanischer Seite", "government", "Talibanführer"),
        ("verdi-Verhandlungsführer Frank Bäsler", "civil_society", "verdi-Verhandlungsführer"),
        ("der Deutschlandchef von EY, Hubert Bart", "business", "EY"),
        ("Hauptmann Abraham Sipe von der US-Marineinfanterie", "authority", "Hauptmann"),
        ("Die Passagiere", "citizen", "Passagiere"),
        # words that end newspaper names; titles that yield to the organisation named with them
        ("Die Frankfurter Rundschau", "media", "Rundschau"),
        ("laut „Computerwoche“", "media", "Computerwoche"),
        ("Karl Harb von den Salzburger Nachrichten", "media", "Nachrichten"),
        ("SWR-Intendant Peter Boudgoust", "media", "SWR-Intendant"),
        ("Die Autoren der Studie", "expert", "Studie"),
        ("der Direktor des Katastrophenamtes", "authority", "Katastrophenamtes"),
        ("vom Presseamt des Kremls", "government", "Presseamt"),
        ("Die zentrale Wahlkommission", "authority", "Wahlkommission"),
        ("Patrick Breyer vom Arbeitskreis Vorratsdatenspeicherung", "civil_society", "Arbeitskreis"),
        # what a source says, named by the compound's modifier
        ("nach Behördenangaben", "authority", "Behördenangaben"),
        ("Armeeangaben", "authority", "Armeeangaben"),
        # a name's first adjective inflected, a country in the genitive
        ("ein Sprecher der Deutschen Umwelthilfe", "civil_society", "Deutsche Umwelthilfe"),
        ("Der Vertreter Libyens", "government", "Libyens"),
        # a profession companies employ yields to the organisation named with it
        ("Ökonom der Deutschen Bank", "business", "Deutsche Bank"),
        ("Chefvolkswirt der Commerzbank", "business", "Commerzbank"),
        ("Jurist beim Mieterbund", "civil_society", "Mieterbund"),
        ("der Ökonom Marcel Fratzscher", "expert", "Ökonom"),
        ("die Verantwortlichen des Unternehmens", "business", "Unternehmens"),
        ("die Verantwortlichen", "government", "Verantwortlichen"),
        # 1.4 (issue 11): a company's English title, not a head of government
        ("Chief Executive Officer Tim Cook", "business", "Chief Executive Officer"),
        # a company's country head is no government, though the country is the compound's modifier
        ("Deutschland-Chef von Amazon", "business", "Deutschland-Chef"),
        # company kinds as news name them
        ("der Ölriese", "business", "Ölriese"),
        ("der Internetriese Google", "business", "Internetriese"),
        ("ein Sprecher der Wohnungsbaugesellschaft", "business", "Wohnungsbaugesellschaft"),
        ("Chef der Spedition", "business", "Spedition"),
        ("Sprecher der Staatsbahn", "business", "Staatsbahn"),
        ("Chef des Gasimporteurs", "business", "Gasimporteurs"),
        ("Die Exporteure", "business", "Exporteure"),
        ("Restaurantbesitzer Tim Mälzer", "business", "Restaurantbesitzer"),
        ("Milliardär Elon Musk", "business", "Milliardär"),
        # companies often quoted, an airline whose name holds a country
        ("Chef der Deutschen Börse", "business", "Deutschen Börse"),
        ("Fraport-Chef Stefan Schulte", "business", "Fraport-Chef"),
        ("ein Sprecher des Netzbetreibers Tennet", "business", "Netzbetreibers"),
        ("Sprecher von Air France", "business", "Air France"),
        # Swiss and Austrian company titles; the WHO's director general keeps the WHO's type
        ("Verwaltungsratspräsident der UBS", "business", "Verwaltungsratspräsident"),
        ("Generaldirektor der Voestalpine", "business", "Voestalpine"),
        ("Generaldirektor der WHO", "authority", "WHO"),
        ("Vertreter der Zivilgesellschaft", "civil_society", "Zivilgesellschaft"),
        # a country in the genitive says whose the speaker is; a role of another type says what
        ("Russlands Energieriese Gazprom", "business", "Energieriese"),
        ("Chinas Staatsmedien", "media", "Staatsmedien"),
        ("Russlands Präsident Wladimir Putin", "government", "Russlands"),
        # trade associations stay civil society, a hotel owner's house is no citizen's
        ("der Bankenverband", "civil_society", "Bankenverband"),
        ("Hauptgeschäftsführer des Handelsverbands", "civil_society", "Handelsverbands"),
        ("ein Hausbesitzer", "citizen", "Hausbesitzer"),
        # private persons
        ("die 17-Jährige", "citizen", "17-Jährige"),
        ("die Flugbegleiter", "citizen", "Flugbegleiter"),
        ("Der ältere Bruder des Papstes", "citizen", "Bruder"),
    ],
)
def test_general_cues(phrase: str, expected: str, cue: str) -> None:
    found = classify(phrase)
    assert found is not None
    assert (found.type, found.cue) == (expected, cue)


@pytest.mark.parametrize(
    "phrase",
    ["Ralph Senkel", "von einem Repräsentanten", "Joachim Banke", "am vergangenen Freitag"],
)
def test_no_cue_inside_a_name_or_other_word(phrase: str) -> None:
    found = classify(phrase)
    assert found is not None and found.type == "other"


def test_age_after_a_name_makes_a_private_person() -> None:
    text = "Klaus Weber, 52, steht vor seinem Laden. „Das ist das Ende“, sagte Weber."
    found = classify_in_text("Klaus Weber", text)
    assert found is not None
    assert (found.type, found.cue) == ("citizen", "Jährige")
    text = "„Wir haben Angst“, sagt Anna Berger (34). Berger wohnt seit Jahren im Viertel."
    found = classify_in_text("Anna Berger", text)
    assert found is not None and found.type == "citizen"


def test_a_given_name_with_its_age() -> None:
    text = "„Wir haben Angst“, sagt Maria (34). Maria wohnt seit zwölf Jahren im Viertel."
    found = classify_in_text("Maria", text)
    assert found is not None and found.type == "citizen"


def test_a_role_beside_the_age_decides() -> None:
    text = "Die Polizeisprecherin Petra Lang (41) sagte, man ermittle noch."
    found = classify_in_text("Petra Lang", text)
    assert found is not None and found.type == "authority"
