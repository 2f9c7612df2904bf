"""The spreadsheet importer on real .xlsx files: every kind of mess, refusals, all-or-nothing."""

from __future__ import annotations

import datetime as dt

import pytest

from frikommune_desktop.demo import write_demo
from frikommune_desktop.errors import InputRefusedError
from frikommune_desktop.model import (
    ApprovalStatus,
    Contact,
    ContactRole,
    Experiment,
    Law,
    LegalBasis,
    Municipality,
    Participation,
    RequestKind,
)
from frikommune_desktop.sheets.importer import Action, import_spreadsheets, plan_import
from frikommune_desktop.sheets.template import write_template
from frikommune_desktop.store import Store

from .conftest import TITLES, experiment_id


def _participation(store, number: int, code: str) -> Participation | None:
    rows = store.records.all(
        Participation, experiment_id=experiment_id(store, number), municipality=code
    )
    return rows[0] if rows else None


def _refusal(store, *paths) -> list:
    with pytest.raises(InputRefusedError) as caught:
        import_spreadsheets(store, list(paths))
    return caught.value.problems


def test_contacts_participation_and_provisions_are_added(demo_store, sheet_file) -> None:
    """A filled spreadsheet adds its contact, participation and provision rows."""
    path = sheet_file(
        contacts=[
            [
                "Nicolai Riegels",
                "Projektleder",
                "Faglig kontaktperson",
                "46 31 30 00",
                "nicolair@roskilde.dk",
            ]
        ],
        participation=[[TITLES[2], "Ja", "", "Socialudvalget", "1. december 2016", "Godkendt"]],
        legal=[
            [
                TITLES[2],
                "serviceloven",
                "§ 107, stk. 2",
                "Midlertidigt botilbud",
                "Tilbuddet skal kunne gives uden visitation",
                "Fritagelse",
            ]
        ],
    )
    plan = import_spreadsheets(demo_store, [path])
    assert plan.count(Action.ADD) == 2  # the participation and the provision
    assert plan.count(Action.UPDATE) == 1  # Nicolai Riegels is already in the demo: title etc.
    joined = _participation(demo_store, 2, "265")
    assert joined.approval_committee == "Socialudvalget"
    assert joined.approval_meeting_date == "2016-12-01"
    assert joined.approval_status is ApprovalStatus.APPROVED
    basis = next(
        b for b in demo_store.records.all(LegalBasis) if b.justification.startswith("Tilbud")
    )
    assert (basis.paragraph, basis.stk, basis.request) == ("107", "2", RequestKind.EXEMPTION)
    assert basis.law_id == demo_store.records.law("serviceloven").id
    person = next(c for c in demo_store.records.all(Contact) if c.name == "Nicolai Riegels")
    assert (person.title, person.phone, person.email) == (
        "Projektleder",
        "46 31 30 00",
        "nicolair@roskilde.dk",
    )


def test_importing_the_same_spreadsheet_twice_changes_nothing(demo_store, sheet_file) -> None:
    """The second import of a spreadsheet plans only 'unchanged' and leaves the file alone."""
    path = sheet_file(
        contacts=[["Ny Person", "", "", "41855061", "ny@roskilde.dk"]],
        participation=[[TITLES[2], "Ja", "Med forbehold", "", "", ""]],
        legal=[[TITLES[2], "SEL", "§ 83", "Formål", "Begrundelse", ""]],
    )
    first = import_spreadsheets(demo_store, [path])
    assert first.count(Action.ADD) == 3
    counts = demo_store.counts()
    version = demo_store.db.execute("PRAGMA schema_version").fetchone()
    second = import_spreadsheets(demo_store, [path])
    assert not second.changes_anything
    assert {c.action for c in second.changes} == {Action.UNCHANGED}
    assert demo_store.counts() == counts
    assert demo_store.db.execute("PRAGMA schema_version").fetchone() == version


def test_a_changed_value_updates_the_row_and_the_import_can_be_reverted(
    demo_store, sheet_file
) -> None:
    """A changed cell updates only that field; reverting the import restores the old value."""
    before = _participation(demo_store, 1, "265")
    path = sheet_file(participation=[[TITLES[1], "Ja", "", "Byrådet", "2017-01-31", "Godkendt"]])
    plan = import_spreadsheets(demo_store, [path])
    change = next(c for c in plan.changes if c.action is Action.UPDATE)
    assert "Byrådet" in change.details and change.row == 2 and change.sheet == "Deltagelse"
    after = _participation(demo_store, 1, "265")
    assert after.approval_committee == "Byrådet"
    assert after.reservation == before.reservation  # an empty cell never erases
    plan.edit.revert(demo_store)
    assert _participation(demo_store, 1, "265").approval_committee == before.approval_committee
    plan.edit.apply(demo_store)
    assert _participation(demo_store, 1, "265").approval_committee == "Byrådet"


def test_nej_removes_a_participation_and_revert_brings_it_back(demo_store, sheet_file) -> None:
    """'Nej' removes the municipality from an experiment; reverting restores it whole."""
    before = _participation(demo_store, 5, "265")
    assert before is not None
    plan = import_spreadsheets(demo_store, [sheet_file(participation=[[TITLES[5], "Nej"]])])
    assert plan.count(Action.REMOVE) == 1
    assert _participation(demo_store, 5, "265") is None
    plan.edit.revert(demo_store)
    assert _participation(demo_store, 5, "265").reservation == before.reservation


def test_a_new_sender_becomes_a_member(demo_store, sheet_file) -> None:
    """A spreadsheet from a municipality outside the network makes it a member."""
    path = sheet_file(
        kommune=[["Kommunekode", "Kommune"], ["", "Odense Kommune"]],
        participation=[[TITLES[3], "Ja"]],
    )
    import_spreadsheets(demo_store, [path])
    assert demo_store.records.municipality("461").member
    assert _participation(demo_store, 3, "461") is not None


def test_header_variants_and_extra_columns_are_accepted(demo_store, sheet_file) -> None:
    """Headers in other case and spacing, 'Email', '§', 'Navn på forsøg' and extra columns."""
    path = sheet_file(
        raw={
            "kommune": [["KOMMUNEKODE ", "kommune"], ["265", "Roskilde"]],
            "Kontaktpersoner": [
                ["Løbenr.", " navn ", "Email", "TELEFON", "Bemærkning"],
                [1, "Eva Ny", "eva@roskilde.dk", "46 31 30 01", "ny i år"],
            ],
            "Deltagelse": [["Navn på forsøg", "Deltager", "Status"], [TITLES[2], "ja", "afventer"]],
            "Lovgrundlag": [
                ["Navn på forsøg", "Lov", "§", "Formål", "Begrundelse", "Intern note"],
                [TITLES[2], "Serviceloven", "§ 85", "Støtte", "Fleksibel støtte", "x"],
            ],
        }
    )
    plan = import_spreadsheets(demo_store, [path])
    assert plan.count(Action.ADD) == 3
    assert any(c.email == "eva@roskilde.dk" for c in demo_store.records.all(Contact))
    assert any(b.paragraph == "85" for b in demo_store.records.all(LegalBasis))


def test_title_rows_blank_rows_and_note_rows_are_passed_by(demo_store, sheet_file) -> None:
    """A title above the header, blank rows and note rows between data rows are ignored."""
    path = sheet_file(
        raw={
            "Kommune": [
                ["Indberetning fra kommunen"],
                [],
                KOMMUNE := ["Kommunekode", "Kommune"],
                ["265", ""],
            ],
            "Deltagelse": [
                ["Deltagelse i netværkets forsøg"],
                ["Forsøg", "Deltager (Ja/Nej)", "Forbehold"],
                [],
                ["Bemærk: svar for alle forsøg"],
                [TITLES[2], "Ja", "Med forbehold for byrådets godkendelse"],
                [None, None, None],
                ["Alle forsøg er drøftet i direktionen den 3. november", None, None],
            ],
        },
        merges={"Deltagelse": ["A7:C7"]},
    )
    assert KOMMUNE
    plan = import_spreadsheets(demo_store, [path])
    assert [(c.action, c.row) for c in plan.changes] == [(Action.ADD, 5)]


def test_a_title_merged_down_over_several_provisions_applies_to_each(
    demo_store, sheet_file
) -> None:
    """An experiment title merged down over three rows gives each row that experiment."""
    path = sheet_file(
        legal=[
            [TITLES[2], "SEL", "§ 107", "a", "b", ""],
            [None, "SEL", "§ 108", "a", "b", ""],
            [None, "ABL", "§ 59", "a", "b", ""],
        ],
        merges={"Lovgrundlag": ["A2:A4"]},
    )
    plan = import_spreadsheets(demo_store, [path])
    added = [c.what for c in plan.changes if c.action is Action.ADD]
    assert len(added) == 3 and all(TITLES[2][:20] in what for what in added)


def test_spaces_line_breaks_and_numbers_stored_as_text_are_normalised(
    demo_store, sheet_file
) -> None:
    """Trailing spaces, line breaks inside names, codes and phones as text or numbers."""
    path = sheet_file(
        kommune=[["Kommunekode", "Kommune"], ["0265 ", None]],
        contacts=[["  Eva\nNy  ", " Specialkonsulent ", "", 46313001.0, " EVA@Roskilde.DK "]],
        participation=[[f"  {TITLES[2].upper()}\n", " Ja ", "  Med forbehold  ", "", "", ""]],
    )
    import_spreadsheets(demo_store, [path])
    eva = next(c for c in demo_store.records.all(Contact) if c.name == "Eva Ny")
    assert (eva.title, eva.phone, eva.email) == (
        "Specialkonsulent",
        "46 31 30 01",
        "EVA@roskilde.dk",
    )
    assert eva.municipality == "265" and eva.organisation == "Roskilde Kommune"
    assert _participation(demo_store, 2, "265").reservation == "Med forbehold"


@pytest.mark.parametrize(
    "cell",
    [
        "1. december 2016",
        "01.12.2016",
        "2016-12-01",
        " 1/12-2016 ",
        dt.datetime(2016, 12, 1),
        dt.date(2016, 12, 1),
        42705,
    ],
)
def test_meeting_dates_in_every_form_become_a_date(demo_store, sheet_file, cell) -> None:
    """Dates as Danish text, dotted, ISO, Excel date cells and serial numbers all read."""
    import_spreadsheets(
        demo_store, [sheet_file(participation=[[TITLES[2], "Ja", "", "", cell, ""]])]
    )
    assert _participation(demo_store, 2, "265").approval_meeting_date == "2016-12-01"


@pytest.mark.parametrize(
    ("kommune", "code"),
    [
        ("Københavns Kommune", "101"),
        ("Århus", "751"),
        ("Aarhus", "751"),
        ("Høje Taastrup", "169"),
        ("Høje -Taastrup", "169"),
        (169, "169"),
        ("0169", "169"),
        ("Roskilde Kommune", "265"),
        ("  roskilde ", "265"),
    ],
)
def test_municipality_names_in_every_form_seen(demo_store, sheet_file, kommune, code) -> None:
    """The sender is found from every form of its name in the reference documents, or code."""
    path = sheet_file(
        kommune=[["Kommunekode", "Kommune"], [None, kommune]]
        if isinstance(kommune, str)
        else [["Kommunekode", "Kommune"], [kommune, None]],
        participation=[[TITLES[2], "Ja", "Importeret", "", "", ""]],
    )
    import_spreadsheets(demo_store, [path])
    assert _participation(demo_store, 2, code).reservation == "Importeret"


def test_frederikshavn_slash_laeso_is_refused_as_two_municipalities(demo_store, sheet_file) -> None:
    """'Frederikshavn/Læsø' names two municipalities: the sender must be one."""
    path = sheet_file(kommune=[["Kommunekode", "Kommune"], ["", "Frederikshavn/Læsø"]])
    (problem,) = _refusal(demo_store, path)
    assert problem.sheet == "Kommune" and problem.row == 2 and problem.column == "B"
    assert "Frederikshavn" in problem.expected and "Læsø" in problem.expected


@pytest.mark.parametrize(
    "title",
    [
        "afprøvning af midlertidige boligløsninger",
        "Afprøvning af midlertidige boligløsninger.",
        "“Afprøvning af midlertidige boligløsninger”",
        "2. Afprøvning af midlertidige boligløsninger",
        "Afprøvning  af midlertidige  boligløsninger ",
    ],
)
def test_experiment_titles_match_despite_case_and_punctuation(
    demo_store, sheet_file, title
) -> None:
    """Titles are matched ignoring case, punctuation, quotes, spacing and a leading number."""
    import_spreadsheets(demo_store, [sheet_file(participation=[[title, "Ja"]])])
    assert _participation(demo_store, 2, "265") is not None


@pytest.mark.parametrize(
    "phone", ["41 85 50 61", "+45 4185 5061", "0045 41855061", 41855061, "4185-5061"]
)
def test_danish_phone_numbers_in_all_forms(demo_store, sheet_file, phone) -> None:
    """Phone numbers in every Danish form are stored in one form: '41 85 50 61'."""
    import_spreadsheets(demo_store, [sheet_file(contacts=[["Eva Ny", "", "", phone, ""]])])
    assert (
        next(c for c in demo_store.records.all(Contact) if c.name == "Eva Ny").phone
        == "41 85 50 61"
    )


def test_every_bad_cell_is_reported_with_its_place_and_nothing_is_written(
    demo_store, sheet_file
) -> None:
    """Bad e-mail, unknown experiment and law, bad date: all reported, none of it written."""
    counts = demo_store.counts()
    path = sheet_file(
        contacts=[["Eva Ny", "", "Chef", "41 85 50 61", "eva@roskilde"]],
        participation=[
            ["Afprøvning af midlertidige boligløsning", "Ja", "", "", "", ""],
            [TITLES[3], "Ja", "", "", "32.13.2016", ""],
            [TITLES[1], "Måske", "", "", "", ""],
        ],
        legal=[[TITLES[2], "Servicelov 2000", "§ 83", "", "", ""]],
    )
    problems = _refusal(demo_store, path)
    places = {(p.sheet, p.row, p.column) for p in problems}
    assert places == {
        ("Kontaktpersoner", 2, "C"),
        ("Kontaktpersoner", 2, "E"),
        ("Deltagelse", 2, "A"),
        ("Deltagelse", 3, "E"),
        ("Deltagelse", 4, "B"),
        ("Lovgrundlag", 2, "B"),
    }
    unknown = next(p for p in problems if (p.sheet, p.column) == ("Deltagelse", "A"))
    assert unknown.file == "kommune.xlsx"
    assert unknown.value == "Afprøvning af midlertidige boligløsning"
    assert TITLES[2] in unknown.expected  # the closest title is suggested
    law = next(p for p in problems if p.sheet == "Lovgrundlag")
    assert "serviceloven" in law.expected.casefold()
    assert demo_store.counts() == counts


def test_an_unknown_municipality_suggests_the_closest(demo_store, sheet_file) -> None:
    """An unknown sender is refused with the closest official names suggested."""
    (problem,) = _refusal(demo_store, sheet_file(kommune=[["Kommune"], ["Høje Tastrup"]]))
    assert "Høje-Taastrup" in problem.expected and problem.value == "Høje Tastrup"


def test_a_missing_required_column_is_refused(demo_store, sheet_file) -> None:
    """A Lovgrundlag sheet without its Lov column is refused, naming the column."""
    path = sheet_file(
        raw={
            "Kommune": [["Kommunekode"], [265]],
            "Lovgrundlag": [["Forsøg", "Bestemmelse"], [TITLES[2], "§ 83"]],
        }
    )
    (problem,) = _refusal(demo_store, path)
    assert (problem.sheet, problem.row) == ("Lovgrundlag", 1)
    assert "'Lov'" in problem.expected


def test_one_bad_file_among_several_means_nothing_is_imported(demo_store, sheet_file) -> None:
    """All files go in, or none: a good file is not imported when another is refused."""
    counts = demo_store.counts()
    good = sheet_file("god.xlsx", participation=[[TITLES[2], "Ja"]])
    bad = sheet_file("daarlig.xlsx", participation=[["Ukendt forsøg om noget", "Ja"]])
    problems = _refusal(demo_store, good, bad)
    assert {p.file for p in problems} == {"daarlig.xlsx"}
    assert demo_store.counts() == counts


def test_dry_run_plans_without_writing(demo_store, sheet_file) -> None:
    """A dry run reports what would happen and leaves the file unchanged."""
    counts = demo_store.counts()
    plan = import_spreadsheets(
        demo_store, [sheet_file(participation=[[TITLES[2], "Ja"]])], dry_run=True
    )
    assert plan.count(Action.ADD) == 1 and "1 tilføjes" in plan.summary()
    assert demo_store.counts() == counts


def test_two_files_in_one_run_see_each_others_rows(demo_store, sheet_file) -> None:
    """The same new contact in two files is added once, the second file's e-mail updating it."""
    first = sheet_file("a.xlsx", contacts=[["Eva Ny", "", "", "", ""]])
    second = sheet_file("b.xlsx", contacts=[["Eva Ny", "Chef", "", "", "eva@roskilde.dk"]])
    plan = plan_import(demo_store, [first, second])
    assert [c.action for c in plan.changes] == [Action.ADD, Action.UPDATE]
    plan.edit.apply(demo_store)
    (eva,) = [c for c in demo_store.records.all(Contact) if c.name == "Eva Ny"]
    assert (eva.title, eva.email, eva.role) == ("Chef", "eva@roskilde.dk", ContactRole.OTHER)


def test_membership_update_is_part_of_the_import(demo_store, sheet_file) -> None:
    """Membership of a new sender is planned as an update and reverted with the import."""
    path = sheet_file(kommune=[["Kommunekode"], [461]])
    plan = import_spreadsheets(demo_store, [path])
    assert demo_store.records.municipality("461").member
    plan.edit.revert(demo_store)
    assert not demo_store.records.get(
        Municipality, demo_store.records.municipality("461").id
    ).member


def _facts(store) -> dict[str, set]:
    """Return contacts, participation and provisions as comparable facts (no ids, no stamps)."""
    titles = {e.id: e.title for e in store.records.all(Experiment)}
    laws = {law.id: law.key for law in store.records.all(Law)}
    return {
        "contacts": {
            (c.name, c.municipality, c.phone, c.email, c.role, c.title)
            for c in store.records.all(Contact)
            if c.municipality
        },
        "participation": {
            (
                titles[p.experiment_id],
                p.municipality,
                p.reservation,
                p.approval_committee,
                p.approval_meeting_date,
                p.approval_status,
            )
            for p in store.records.all(Participation)
        },
        "legal": {
            (
                titles[b.experiment_id],
                laws[b.law_id],
                b.provision,
                b.purpose,
                b.justification,
                b.request,
            )
            for b in store.records.all(LegalBasis)
        },
    }


def test_six_demo_templates_rebuild_the_demo_in_one_step(demo_path, tmp_path) -> None:
    """Prefilled templates of all six demo members, imported into an emptied copy, give back
    every contact, participation and provision of the demo network."""
    with Store.open(demo_path) as full:
        expected = _facts(full)
        members = [m.code for m in full.records.members()]
        sheets = [
            write_template(tmp_path / f"{code}.xlsx", full, municipality=code) for code in members
        ]
    assert len(sheets) == 6
    emptied = tmp_path / "tom.fkdb"
    write_demo(emptied).close()
    with Store.open(emptied) as store:
        with store.transaction():
            for kind in (Participation, LegalBasis, Contact):
                for record in store.records.all(kind):
                    store.records.delete(kind, record.id)
        assert _facts(store) == {"contacts": set(), "participation": set(), "legal": set()}
        plan = import_spreadsheets(store, sheets)
        assert plan.count(Action.ADD) > 0
        assert _facts(store) == expected
        assert not import_spreadsheets(store, sheets).changes_anything


def test_ja_and_nej_for_the_same_experiment_in_one_import_is_refused(
    demo_store, sheet_file
) -> None:
    """Two rows answering Ja and Nej for one experiment contradict each other: refused."""
    path = sheet_file(participation=[[TITLES[2], "Ja"], [TITLES[2].upper(), "Nej"]])
    (problem,) = _refusal(demo_store, path)
    assert (problem.row, problem.column) == (3, "B") and "række 2 svarer Ja" in problem.expected


def test_an_import_announces_the_rows_it_added_and_changed(demo_store, sheet_file) -> None:
    """An import is one change naming the participation, provision and contact it touched."""
    path = sheet_file(
        contacts=[["Ny Person", "", "", "41855061", "ny@roskilde.dk"]],
        participation=[[TITLES[2], "Ja", "Med forbehold", "", "", ""]],
        legal=[[TITLES[2], "SEL", "§ 83", "Formål", "Begrundelse", ""]],
    )
    demo_store.take_changes()
    import_spreadsheets(demo_store, [path])
    changes = demo_store.take_changes()
    assert changes is not None and changes.by == demo_store.user
    joined = _participation(demo_store, 2, "265")
    person = next(c for c in demo_store.records.all(Contact) if c.name == "Ny Person")
    basis = next(b for b in demo_store.records.all(LegalBasis) if b.justification == "Begrundelse")
    assert joined is not None and joined.id in changes.ids("participations")
    assert person.id in changes.ids("contacts")
    assert changes.ids("legal_bases") == {basis.id}
    assert not changes.touches(["rounds", "laws"])
