"""The entity data files and the gazetteer built from them."""
import importlib.util
import pickle

import pytest
from support import ROOT

from timeline import errors
from timeline.parse.gazetteer import KINDS, default_gazetteer, name_key, validate_entities
from timeline.parse.lexicon import load_package_data


def test_the_curated_file_is_valid_and_every_entry_is_sourced_and_named_in_both_languages():
    data = load_package_data("entities/entities.json")
    validate_entities(data, "entities.json")
    for entry in data["entities"]:
        assert entry["kind"] in KINDS and entry["source"].startswith("https://"), entry["name"]
        assert entry["aliases"]["en"] and entry["aliases"]["ar"], entry["name"]
    world = load_package_data("entities/world.json")
    for code, forms in [*data["nationalities"].items(), *data["capitals"].items()]:
        assert code.startswith("_") or code in world["countries"], code


def test_world_json_is_what_the_script_makes_from_cldr_and_iso_3166():
    if any(importlib.util.find_spec(name) is None for name in ("babel", "pycountry", "countryinfo")):
        pytest.skip("babel, pycountry and countryinfo (requirements-dev.txt) regenerate world.json")
    spec = importlib.util.spec_from_file_location("make_world", ROOT / "scripts" / "make_world.py")
    script = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(script)
    assert script.render() == script.OUT.read_text(encoding="utf-8")


@pytest.mark.parametrize("data", [[], {"entities": [{"kind": "army"}]}, {"entities": [{"name": "X", "kind": "wizard"}]},
                                  {"entities": [{"name": "X", "aliases": {"fr": ["x"]}}]},
                                  {"entities": [{"name": "X", "colour": "red"}]}, {"names": {"Omar": "عمر"}}])
def test_a_malformed_entity_file_is_refused_with_its_code(data):
    with pytest.raises(errors.TimelineError) as caught:
        validate_entities(data, "mine.json")
    assert caught.value.code == errors.BAD_ENTITIES.code and "mine.json" in str(caught.value)


def test_spellings_fold_to_one_key():
    assert name_key("ميللر") == name_key("ميلر")
    assert name_key("«النصرة»") == name_key("النصرة")
    assert name_key("U.S.") == name_key("US")


def test_names_in_both_languages_with_their_clitics_and_forms():
    g = default_gazetteer()
    assert g.entity(["البنتاغون"]) == g.entity(["Pentagon"]) == g.entity(["بالبنتاغون"])
    assert g.entity(["واشنطن"]).name == g.entity(["Washington"]).name == "United States"
    assert g.country_of("الأمريكية") == g.country_of("والأميركيين") == g.country_of("American") == "US"
    assert g.latin(["كريستوفر", "ميللر"]) == "Christopher Miller"
    assert g.latin(["كريستوفر", "زيد"]) is None  # a word it cannot spell: no guess


def test_an_arabic_word_with_al_is_a_name_only_where_the_data_spells_it_with_al():
    mine = default_gazetteer().with_entries({"names": {"Tarek": ["طارق"], "Nakib": ["النقيب"]}})
    assert mine.latin(["طارق"]) == "Tarek" and mine.latin(["النقيب"]) == "Nakib"
    assert mine.latin(["الطارق"]) is None  # a definite common noun, not the name طارق


def test_a_users_entries_extend_a_copy():
    g = default_gazetteer()
    mine = g.with_entries({"entities": [{"name": "Northern Brigade", "kind": "armed_group",
                                         "aliases": {"ar": ["لواء الشمال"], "en": ["the Northern Brigade"]}}]})
    assert mine.entity("لواء الشمال".split()).name == "Northern Brigade"
    assert g.entity("لواء الشمال".split()) is None


def test_find_takes_the_longest_alias_from_each_word_with_its_clitics_and_any_punctuation_inside():
    g = default_gazetteer()
    words = "وقال مجلس الأمن الدولي و الأمم المتحدة ، بالعراق".split()
    assert [(s, e, entity.name) for s, e, entity in g.find(words)] == [
        (1, 4, "UN Security Council"), (5, 8, "United Nations"), (8, 9, "Iraq")]  # a lone mark adds nothing: taken along
    assert [(s, e) for s, e, _ in g.find(["the", "U.S.", "said"])] == [(1, 2)]


def test_a_gazetteer_goes_to_another_process_with_what_it_learnt():
    g = default_gazetteer().with_entries({"entities": [{"name": "Northern Brigade", "kind": "armed_group",
                                                        "aliases": {"en": ["the Northern Brigade"]}}]})
    assert g.country_of("American") == "US"  # remembered from now on
    copy = pickle.loads(pickle.dumps(g))
    assert copy.find("the Northern Brigade said".split())[0][2].name == "Northern Brigade" and copy.country_of("Iraqi") == "IQ"
