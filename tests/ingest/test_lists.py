"""Tests for list structure: lead-ins and the items that hang from them."""

from rag.ingest.lists import lead_ins, leads_in


def test_a_lead_in_ends_with_a_colon():
    assert leads_in("This fund is intended to: ")
    assert not leads_in("The fund: its history.")


def test_each_item_hangs_from_the_nearest_lead_in_before_it():
    parts = [("body", "A survey showed that:"), ("list_item", "Firstly, all had a plan."),
             ("list_item", "Thirdly, questions such as:"), ("list_item", "how to balance."),
             ("body", "Next paragraph."), ("list_item", "A stray item."), ("header", "Report:"),
             ("list_item", "Item under a header.")]
    assert lead_ins(parts) == [-1, 0, 0, 2, -1, -1, -1, 6]
    assert lead_ins([]) == []
