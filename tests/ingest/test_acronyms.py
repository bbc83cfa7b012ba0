"""Acronyms a document defines, found by their capitals, and spelled out for chunks that use them bare."""

from rag.ingest.acronyms import defined_acronyms, glossary

TEXT = (
    "Dear Joanne, the Deputy Mayor for Policing and Crime (DMPC) set out the view of the Mayor's Office for "
    "Policing And Crime (MOPAC). Anti-Social Behaviour (ASB) and Joint Engagement Meetings (JEMS) matter, as do "
    "Police and Crime Plan and the Metropolitan Police Service (MPS) transformation proposals. Other (things) "
    "and the Fire Service (XYZ) are not acronyms it defines."
)


def test_defined_acronyms_take_the_words_whose_capitals_spell_them():
    assert defined_acronyms(TEXT) == {
        "DMPC": "Deputy Mayor for Policing and Crime",
        "MOPAC": "Mayor's Office for Policing And Crime",
        "ASB": "Anti-Social Behaviour",
        "JEMS": "Joint Engagement Meetings",
        "MPS": "Metropolitan Police Service",
    }


def test_glossary_spells_out_only_acronyms_used_bare():
    acronyms = defined_acronyms(TEXT)
    assert glossary("MOPAC will play a central role.", acronyms) == "MOPAC: Mayor's Office for Policing And Crime."
    assert glossary("The Mayor's Office for Policing And Crime (MOPAC) will lead.", acronyms) == ""
    assert glossary("The MPSA and SMOPAC are not used here.", acronyms) == ""
    assert glossary("Two BCUs and the MPS.", acronyms) == "MPS: Metropolitan Police Service."


def test_an_undefined_acronym_matches_the_initials_of_a_capitalised_phrase() -> None:
    from rag.ingest.acronyms import likeliest_expansion, phrase_acronyms

    counts = phrase_acronyms("Your Freedom of Information request was passed to the Independent Office for Police "
                             "Conduct. Another Freedom of Information request followed.")
    assert likeliest_expansion("FOI", counts) == "Freedom of Information"
    assert likeliest_expansion("IOPC", counts) == "Independent Office for Police Conduct"
    assert likeliest_expansion("XYZ", counts) is None
    assert likeliest_expansion("FI", counts) is None  # two letters are too ambiguous to learn


def test_an_acronym_staff_use_is_spelled_loosely_by_consecutive_content_words() -> None:
    from rag.ingest.acronyms import spells_loosely

    assert spells_loosely("SNA", "analysts would refresh the strategic needs assessment by September")
    assert spells_loosely("RHIs", "61 per cent of return home interviews were completed")  # a plural acronym
    assert not spells_loosely("SNA", "the needs of a strategic assessment")  # out of order
    assert not spells_loosely("DWP", "detainees were present")  # "were" gives no letter
    assert not spells_loosely("ABC", "a big cat") and not spells_loosely("DA", "domestic abuse")  # 3 letters or more
