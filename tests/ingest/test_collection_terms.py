"""Collection terms: counted once at build time, read back as they were counted."""

from __future__ import annotations

import json

import pytest

from rag.ingest.collection_terms import CollectionTerms, count_terms

TEXTS = {
    "a.txt": "The Independent Custody Visiting Scheme (ICVS) met officers in Brackenfield on Monday.",
    "b.txt": "We wrote to the Violence Reduction Unit about the work in Brackenfield and the Violence Reduction Unit "
             "replied.",
}


def test_counts_definitions_per_document_names_and_phrases():
    terms = count_terms(TEXTS)
    assert terms.acronyms == {"a.txt": {"ICVS": "Independent Custody Visiting Scheme"}, "b.txt": {}}
    assert terms.proper_forms.get("brackenfield") == "Brackenfield"
    assert "monday" not in terms.proper_forms  # an everyday word, though always capitalised
    assert "Violence Reduction Unit" in terms.phrases["VRU"]


def test_an_unchanged_document_keeps_its_definitions_and_a_changed_one_is_counted_again():
    previous = CollectionTerms(acronyms={"a.txt": {"XYZ": "Kept From Before"}, "b.txt": {"OLD": "Old Name"}})
    terms = count_terms(TEXTS, previous, unchanged=["a.txt"])
    assert terms.acronyms["a.txt"] == {"XYZ": "Kept From Before"}  # not parsed again
    assert terms.acronyms["b.txt"] == {}  # changed: its text is read again


def test_round_trips_through_json():
    terms = count_terms(TEXTS)
    assert CollectionTerms.from_json(json.loads(json.dumps(terms.to_json()))) == terms


@pytest.mark.parametrize("data", [[], {"acronyms": [], "proper_forms": {}, "phrases": {}},
                                  {"acronyms": {"a": "not a dict"}, "proper_forms": {}, "phrases": {}},
                                  {"acronyms": {}, "proper_forms": {}},
                                  {"acronyms": {}, "proper_forms": {"linden": 7}, "phrases": {}},
                                  {"acronyms": {}, "proper_forms": {}, "phrases": {"FOI": {"Freedom Of Info": "3"}}},
                                  {"acronyms": {"a.txt": {"VRU": None}}, "proper_forms": {}, "phrases": {}}])
def test_anything_else_is_refused(data):
    with pytest.raises(ValueError):
        CollectionTerms.from_json(data)


def test_e_mail_and_web_addresses_do_not_count_as_lower_case_writing() -> None:
    from rag.ingest.collection_terms import proper_forms

    texts = ["The board met in Ravenmoor. Residents of Ravenmoor asked questions. Write to jo.bloggs@ravenmoor.example"
             ".gov.uk or ann.lee@ravenmoor.example.gov.uk, or see https://www.ravenmoor.example/board for more."]
    assert proper_forms(texts).get("ravenmoor") == "Ravenmoor"
