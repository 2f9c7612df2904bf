"""Merging two copies edited apart: every change accounted for, nothing lost unlisted."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from frikommune_desktop.db.backups import list_backups
from frikommune_desktop.db.schema import DATA_TABLES, META_COLUMNS
from frikommune_desktop.errors import FrikommuneError, InvalidValueError
from frikommune_desktop.merge.apply import apply_merge, merge_files, plan_merge
from frikommune_desktop.merge.plan import Change, Side, keep_ours, read_copy, take_newest
from frikommune_desktop.model import Contact, Experiment, Network, Participation
from frikommune_desktop.store import Store

from ..db.test_migrations import version_1_file  # noqa: F401 - the fixture, shared


@pytest.fixture
def copies(demo_path: Path, tmp_path: Path) -> tuple[Path, Path]:
    """Two copies of the demo file: ours (the demo path) and theirs beside it."""
    theirs = tmp_path / "kopi.fkdb"
    shutil.copyfile(demo_path, theirs)
    return demo_path, theirs


def _experiments(store: Store) -> list[Experiment]:
    return sorted(store.records.all(Experiment), key=lambda e: e.number or 0)


def test_changes_to_different_rows_and_fields_all_arrive(copies: tuple[Path, Path]) -> None:
    """Ours edits one experiment, theirs another and adds a contact: the merge has all three."""
    ours, theirs = copies
    with Store.open(ours) as a:
        first = _experiments(a)[0]
        a.records.update(Experiment, first.id, goals="Mål skrevet her")
    with Store.open(theirs) as b:
        third = _experiments(b)[2]
        b.records.update(Experiment, third.id, evaluation="Evaluering skrevet der")
        b.records.add(Contact(name="Ny kontakt der"))
    outcome = merge_files(ours, theirs)
    assert outcome.plan.conflicts == []
    with Store.open(ours, readonly=True) as merged:
        assert merged.records.get(Experiment, first.id).goals == "Mål skrevet her"
        assert merged.records.get(Experiment, third.id).evaluation == "Evaluering skrevet der"
        assert [c.name for c in merged.records.all(Contact) if c.name == "Ny kontakt der"]


def test_same_field_changed_on_both_sides_is_a_listed_conflict(copies: tuple[Path, Path]) -> None:
    """Both retitle one experiment: the command line keeps ours and lists both values."""
    ours, theirs = copies
    with Store.open(ours) as a:
        target = _experiments(a)[1]
        a.records.update(Experiment, target.id, title="Titel her")
    with Store.open(theirs) as b:
        b.records.update(Experiment, target.id, title="Titel der")
    outcome = merge_files(ours, theirs)
    [conflict] = outcome.plan.conflicts
    assert (conflict.field, conflict.ours, conflict.theirs) == ("title", "Titel her", "Titel der")
    assert outcome.decisions[conflict] is Side.OURS and conflict.newest is Side.THEIRS
    with Store.open(ours, readonly=True) as merged:
        assert merged.records.get(Experiment, target.id).title == "Titel her"


def test_delete_there_applies_here_unless_edited_here_later(copies: tuple[Path, Path]) -> None:
    """Theirs deletes two experiments; ours edited one of them afterwards: that one is a
    conflict and stays, the other is deleted with its participations, all listed."""
    ours, theirs = copies
    with Store.open(theirs) as b:
        gone, disputed = _experiments(b)[3], _experiments(b)[4]
        b.records.delete(Experiment, gone.id)
        b.records.delete(Experiment, disputed.id)
    with Store.open(ours) as a:
        a.records.update(Experiment, disputed.id, goals="Ændret efter sletningen")
    outcome = merge_files(ours, theirs)
    deleted = {i.row_id for i in outcome.plan.items if i.change is Change.DELETE}
    assert gone.id in deleted and disputed.id not in deleted
    assert [(c.row_id, c.field) for c in outcome.plan.conflicts] == [(disputed.id, "")]
    with Store.open(ours, readonly=True) as merged:
        ids = {e.id for e in merged.records.all(Experiment)}
        assert gone.id not in ids and disputed.id in ids
        assert merged.records.all(Participation, experiment_id=gone.id) == []
        assert gone.id in merged.records.deleted_ids(Experiment)


def test_merging_twice_changes_nothing_and_the_other_copy_is_kept(
    copies: tuple[Path, Path],
) -> None:
    """A second merge of the same copy plans no change; the merged-in copy is a backup."""
    ours, theirs = copies
    with Store.open(theirs) as b:
        b.records.add(Experiment(title="Nyt forsøg der"))
    first = merge_files(ours, theirs)
    assert first.plan.count(Change.ADD) == 1
    assert first.kept_copy is not None and first.kept_copy.exists()
    assert any("merged-in-kopi" in p.name for p in list_backups(ours))
    assert theirs.exists()
    again = merge_files(ours, theirs, dry_run=True)
    assert [i for i in again.plan.items if i.change is not Change.SKIP] == []


def test_dry_run_writes_nothing(copies: tuple[Path, Path]) -> None:
    """--dry-run plans the merge and leaves the file's bytes alone."""
    ours, theirs = copies
    with Store.open(theirs) as b:
        b.records.add(Contact(name="Kun der"))
    before = ours.read_bytes()
    outcome = merge_files(ours, theirs, dry_run=True)
    assert outcome.plan.count(Change.ADD) == 1 and outcome.kept_copy is None
    assert ours.read_bytes() == before


def test_the_same_participation_added_on_both_sides_is_taken_once(
    copies: tuple[Path, Path],
) -> None:
    """Two coordinators add the same municipality to one experiment: one row, listed skip."""
    ours, theirs = copies
    for path in (ours, theirs):
        with Store.open(path) as store:
            building = _experiments(store)[4]
            store.records.add(Participation(experiment_id=building.id, municipality="751"))
    outcome = merge_files(ours, theirs)
    [twin] = [i for i in outcome.plan.items if i.table == "participations"]
    assert twin.change in (Change.SKIP, Change.REPLACE)
    with Store.open(ours, readonly=True) as merged:
        assert (
            len(merged.records.all(Participation, experiment_id=building.id, municipality="751"))
            == 1
        )


def test_merging_a_file_with_itself_or_a_non_network_file_is_refused(
    demo_path: Path, tmp_path: Path
) -> None:
    """Clear errors, file untouched."""
    with pytest.raises(InvalidValueError, match="sig selv"):
        merge_files(demo_path, demo_path)
    junk = tmp_path / "junk.fkdb"
    junk.write_bytes(b"not a database" * 100)
    before = demo_path.read_bytes()
    with pytest.raises(FrikommuneError, match=r"junk\.fkdb: er ikke en netværksfil"):
        merge_files(demo_path, junk)
    assert demo_path.read_bytes() == before


# -- properties ----------------------------------------------------------------------------

TEXT = st.text(alphabet="abcæøå ", min_size=1, max_size=8)
EDIT = st.one_of(
    st.tuples(st.just("retitle"), st.integers(0, 2), TEXT),
    st.tuples(st.just("goals"), st.integers(0, 2), TEXT),
    st.tuples(st.just("delete"), st.integers(0, 2), st.just("")),
    st.tuples(st.just("add"), st.just(0), TEXT),
    st.tuples(st.just("join"), st.integers(0, 2), st.sampled_from(["101", "147", "751"])),
)


def _base(path: Path) -> None:
    with Store.create(path, Network(name="Base")) as store:
        for number in range(3):
            store.records.add(Experiment(title=f"Forsøg {number}", number=number))


def _edit(path: Path, edits: list[tuple[str, int, str]]) -> None:
    with Store.open(path) as store:
        for kind, index, value in edits:
            experiments = sorted(store.records.all(Experiment), key=lambda e: e.created_at)
            if kind == "add":
                store.records.add(Experiment(title=value))
                continue
            if index >= len(experiments):
                continue
            target = experiments[index]
            if kind == "retitle":
                store.records.update(Experiment, target.id, title=value)
            elif kind == "goals":
                store.records.update(Experiment, target.id, goals=value)
            elif kind == "delete":
                store.records.delete(Experiment, target.id)
            elif not store.records.all(Participation, experiment_id=target.id, municipality=value):
                store.records.add(Participation(experiment_id=target.id, municipality=value))


def _live(path: Path) -> dict[str, dict]:
    with Store.open(path, readonly=True) as store:
        rows = {}
        for table in DATA_TABLES:
            for row in store.db[table].rows:
                rows[row["id"]] = {k: v for k, v in row.items() if k not in META_COLUMNS}
        return rows


@settings(
    max_examples=20, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(ours_edits=st.lists(EDIT, max_size=5), theirs_edits=st.lists(EDIT, max_size=5))
def test_random_edits_on_two_copies_merge_without_loss(
    tmp_path_factory: pytest.TempPathFactory, ours_edits: list, theirs_edits: list
) -> None:
    """Every row version is live, superseded in the history, or listed; merging twice changes
    nothing; merge(A, B) and merge(B, A) agree on the live rows (newest wins)."""
    folder = tmp_path_factory.mktemp("flet")
    base, a, b = folder / "base.fkdb", folder / "a.fkdb", folder / "b.fkdb"
    _base(base)
    shutil.copyfile(base, a)
    shutil.copyfile(base, b)
    _edit(a, ours_edits)
    _edit(b, theirs_edits)
    versions = {"a": _live(a), "b": _live(b)}
    ab, ba = folder / "ab.fkdb", folder / "ba.fkdb"
    shutil.copyfile(a, ab)
    shutil.copyfile(b, ba)
    outcome = merge_files(ab, b, policy=take_newest)
    merge_files(ba, a, policy=take_newest)
    merged = _live(ab)
    assert merged == _live(ba)
    listed = {i.row_id for i in outcome.plan.items} | {c.row_id for c in outcome.plan.conflicts}
    listed |= {i.replaces for i in outcome.plan.items if i.replaces}
    with Store.open(ab, readonly=True) as store:
        history = {
            (r, f, v)
            for r, f, v in store.db.execute("SELECT row_id, field, old_value FROM field_history")
        }
        tombstoned = set(store.db.execute("SELECT id FROM tombstones").fetchall())
    for side in versions.values():
        for row_id, row in side.items():
            if row_id not in merged:
                assert row_id in listed or (row_id,) in tombstoned, row_id
                continue
            for column, value in row.items():
                assert (
                    merged[row_id][column] == value
                    or (row_id, column, value) in history
                    or row_id in listed
                ), (row_id, column)
    with Store.open(ab, readonly=True) as store:
        again = plan_merge(store, read_copy(b))
    assert [i for i in again.items if i.change is not Change.SKIP] == []
    assert all(keep_ours(c) is Side.OURS for c in again.conflicts)


def test_a_copy_from_an_older_version_is_upgraded_in_a_temporary_copy(
    demo_path: Path,
    version_1_file: Path,  # noqa: F811 - the fixture imported above
) -> None:
    """An old copy merges (its experiment arrives) and the old file itself stays untouched."""
    before = version_1_file.read_bytes()
    outcome = merge_files(demo_path, version_1_file)
    assert [i.what for i in outcome.plan.items if i.table == "experiments"] == [
        "Forsøg «Afprøvning af midlertidige huslejetilskud»"
    ]
    assert version_1_file.read_bytes() == before


def test_a_merge_announces_the_rows_it_brought(copies: tuple[Path, Path]) -> None:
    """Applying a merge is one change naming the rows the other copy changed and added."""
    ours, theirs = copies
    with Store.open(theirs) as b:
        third = _experiments(b)[2]
        b.records.update(Experiment, third.id, evaluation="Evaluering skrevet der")
        added = b.records.add(Contact(name="Ny kontakt der"))
    with Store.open(ours) as a:
        a.take_changes()
        plan = plan_merge(a, read_copy(theirs))
        apply_merge(a, plan)
        changes = a.take_changes()
        assert changes is not None
        assert third.id in changes.ids("experiments")
        assert added.id in changes.ids("contacts")
        assert not changes.touches(["rounds", "laws"])
