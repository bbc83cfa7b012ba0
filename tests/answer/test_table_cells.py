"""Answers from one table cell and from one labelled field line, on passages made up here."""

from __future__ import annotations

from rag.answer.fields import field_answer
from rag.answer.table_cells import table_cell
from rag.types import Passage

ROWS = [
    Passage("Month: January 2031; Bikes recovered: 86; Arrests: 41; Bike marking events: 12", "n.html", "T", None,
            "table 1, row January 2031", 0, 10, kind="table_row"),
    Passage("Month: February 2031; Bikes recovered: 97; Arrests: 52; Bike marking events: 15", "n.html", "T", None,
            "table 1, row February 2031", 11, 20, kind="table_row"),
    Passage("Month: Total; Bikes recovered: 183; Arrests: 93; Bike marking events: 27", "n.html", "T", None,
            "table 1, row Total", 21, 30, kind="table_row"),
]


def rows_of(doc_id: str, table: str) -> list[Passage]:
    return [p for p in ROWS if p.doc_id == doc_id and p.paragraph.startswith(table + ",")]


def test_the_cell_where_the_named_row_meets_the_named_column() -> None:
    column, value, row = table_cell("How many arrests were made for bike theft in February 2031?", ROWS[:1], rows_of)
    assert (column, value, row.paragraph) == ("Arrests", "52", "table 1, row February 2031")
    # "altogether" asks for the Total row.
    assert table_cell("How many bikes were recovered altogether?", ROWS, rows_of)[1] == "183"


def test_no_answer_without_a_named_row_or_column() -> None:
    assert table_cell("How many arrests were made?", ROWS, rows_of) is None  # which month?
    assert table_cell("What happened in February 2031?", ROWS, rows_of) is None  # which column?
    body = [Passage("Arrests rose in February 2031.", "n.html", "T", None, "¶2", 40, 70)]
    assert table_cell("How many arrests in February 2031?", body, rows_of) is None  # no table retrieved


TEXT = "Decision number: QX 2031/009\nReport by: Dana Wu, Head of Fleet\nContact officer: Lee Moss, Analyst\n"
HEADER = Passage(TEXT.replace("\n", " "), "d.docx", "D", None, "header", 0, len(TEXT), kind="header")


def test_field_named_by_the_question() -> None:
    label, value, passage, start, end = field_answer("Who is the contact officer for the fleet decision?", [HEADER],
                                                     lambda doc_id: TEXT)
    assert (label, value) == ("Contact officer", "Lee Moss, Analyst") and TEXT[start:end] == value
    assert field_answer("whats the decision number?", [HEADER], lambda d: TEXT)[1] == "QX 2031/009"


def test_field_needs_every_label_word_and_the_asked_kind() -> None:
    # "Report by" is not named by "the report"; an email address is not a name.
    assert field_answer("Who chaired the meeting according to the report?", [HEADER], lambda d: TEXT) is None
    assert field_answer("What is the contact officer's email address?", [HEADER], lambda d: TEXT,
                        fits=lambda value: "@" in value) is None


STAFF = [
    Passage("Year: 2030/31; Joiners: 231; Leavers: 360; Hours on duty: 371,900", "s.docx", "S", None,
            "table 1, row 2030/31", 0, 10, kind="table_row"),
    Passage("Year: 2031/32; Joiners: 402; Leavers: 288; Hours on duty: 403,775", "s.docx", "S", None,
            "table 1, row 2031/32", 11, 20, kind="table_row"),
]


def test_a_column_named_by_another_form_of_the_question_word() -> None:
    def staff_rows(doc_id: str, table: str) -> list[Passage]:
        return STAFF
    # "left" is the past of "leave", which "Leavers" is made from; "joined" and "Joiners" share "join".
    assert table_cell("How many specials left in 2030/31?", STAFF, staff_rows)[:2] == ("Leavers", "360")
    assert table_cell("How many joined in 2031/32?", STAFF, staff_rows)[:2] == ("Joiners", "402")
    # A word that merely starts like a header word is not it ("hour" / "Hours" is; "hourly" is not a header here).
    assert table_cell("How many dutiful specials in 2030/31?", STAFF, staff_rows) is None


def test_whom_to_ring_asks_for_the_contact_line() -> None:
    assert field_answer("who should I ring about the fleet decision?", [HEADER], lambda d: TEXT)[1] == \
        "Lee Moss, Analyst"
    assert field_answer("who do we email about it?", [HEADER], lambda d: TEXT)[1] == "Lee Moss, Analyst"
    assert field_answer("who made the fleet decision?", [HEADER], lambda d: TEXT) is None


QUARTERS = [
    Passage("Crime or incident type: Burglary; Nov 2030 to Jan 2031: 31; Feb to Apr 2031: 19", "m.md", "M", None,
            "table 1, row Burglary", 0, 10, kind="table_row"),
    Passage("Crime or incident type: Anti-social behaviour calls; Nov 2030 to Jan 2031: 174; Feb to Apr 2031: 212",
            "m.md", "M", None, "table 1, row Anti-social behaviour calls", 11, 20, kind="table_row"),
]


def test_a_month_written_out_names_its_abbreviated_column() -> None:
    def quarter_rows(doc_id: str, table: str) -> list[Passage]:
        return QUARTERS

    found = table_cell("How many anti-social behaviour calls between November and January?", QUARTERS, quarter_rows)
    assert found is not None and found[:2] == ("Nov 2030 to Jan 2031", "174")


COSTS = [
    Passage("Financial year: 2030/31; Collisions: 3,689; Repair cost (£): 6,210,000", "f.txt", "F", None,
            "table 1, row 2030/31", 0, 10, kind="table_row"),
]


def test_a_cell_of_another_kind_does_not_answer() -> None:
    def cost_rows(doc_id: str, table: str) -> list[Passage]:
        return COSTS

    question = "How much did collision repairs cost in 2030/31?"
    assert table_cell(question, COSTS, cost_rows, "MONEY")[1] == "6,210,000"
    # a count column is not an amount, nor a share
    assert table_cell("How much did the collisions cost in 2030/31?", COSTS[:1],
                      lambda d, t: [COSTS[0]._replace(text="Financial year: 2030/31; Collisions: 3,689")],
                      "MONEY") is None
    assert table_cell("What percentage of collisions in 2030/31?", COSTS, cost_rows, "PERCENT") is None


GRANT_COSTS = [
    Passage(f"Cost heading: {label}; 2031/32: {a}; 2032/33: {b}; Total: {t}", "c.docx", "C", None,
            f"table 1, row {label}", 100 + i * 10, 109 + i * 10, kind="table_row")
    for i, (label, a, b, t) in enumerate([("Caseworkers", "£548,000", "£558,000", "£1,106,000"),
                                          ("Service management", "£71,000", "£73,000", "£144,000"),
                                          ("Total", "£619,000", "£631,000", "£1,250,000")])]


def test_the_total_row_and_column_answer_the_total_cost_of_a_named_service() -> None:
    def costs_of(doc_id: str, table: str) -> list[Passage]:
        return [p for p in GRANT_COSTS if p.paragraph.startswith(table + ",")]

    # "service" names a word of one row's label; "total" names the whole label of another, and its column too.
    column, value, row = table_cell("whats the total cost of the victim care service", GRANT_COSTS, costs_of, "MONEY")
    assert (column, value, row.paragraph) == ("Total", "£1,250,000", "table 1, row Total")
    question = "how much does service management cost in 2032/33"
    assert table_cell(question, GRANT_COSTS, costs_of, "MONEY")[1] == "£73,000"


def test_a_row_named_in_part_does_not_beat_another_for_a_short_label() -> None:
    rows = [Passage(f"Quarter: {q}; Deployments: {d}; Arrests: {a}", "f.html", "F", None, f"table 1, row {q}",
                    i * 10, i * 10 + 9, kind="table_row")
            for i, (q, d, a) in enumerate([("Q3 (July to September)", "12", "27"), ("Total 2025", "40", "88")])]
    # "Q3" names the first row's label in part, "2025" the second's: neither is named whole, so no single row
    # wins on that (the sentence scoring answers it instead); "total … 2025" names the second whole.
    assert table_cell("arrests in Q3 2025", rows, lambda d, t: rows) is None
    assert table_cell("total arrests in 2025", rows, lambda d, t: rows)[1] == "88"


def test_a_financial_year_written_short_names_the_row_written_long() -> None:
    rows = [Passage(f"Financial year: {y}; Eastfold: {a}; Westmere: {b}", "f.txt", "F", None, f"table 1, row {y}",
                    i, i + 1, kind="table_row") for i, (y, a, b) in enumerate([("2030/31", 84, 57),
                                                                                ("2031-32", 95, 63)])]

    def these(doc_id: str, table: str) -> list[Passage]:
        return rows

    assert table_cell("how many collisions in westmere in 30/31?", rows, these)[1] == "57"
    assert table_cell("how many collisions in eastfold in 2031/32?", rows, these)[1] == "95"
    assert table_cell("how many collisions in eastfold in 31/33?", rows, these) is None  # not a financial year
