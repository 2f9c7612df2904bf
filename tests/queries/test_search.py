"""Full-text search: Danish letters matter, case does not, hits lead to their experiment."""

from __future__ import annotations

import pytest

from frikommune_desktop.db.triggers import BULK_INDEX_ROWS
from frikommune_desktop.errors import InvalidValueError
from frikommune_desktop.model import Contact, Experiment, LegalBasis
from frikommune_desktop.queries.search import HIT_END, HIT_START, fts_query, search
from frikommune_desktop.store import Store


def test_search_finds_section_text_of_the_demo(demo_store: Store) -> None:
    """A word from an application's section finds that application with a marked snippet."""
    hits = search(demo_store, "huslejetilskud")
    experiment_hits = [h for h in hits if h.kind == "experiment"]
    titles = {h.title for h in experiment_hits}
    assert "Afprøvning af midlertidige huslejetilskud" in titles
    assert any(HIT_START in h.snippet and HIT_END in h.snippet for h in experiment_hits)


def test_diacritics_are_kept_but_case_is_folded(empty_store: Store) -> None:
    """'ål' does not find 'al', and 'Æble' finds 'æble'."""
    a = empty_store.records.add(Experiment(title="Forsøg med ål i åen"))
    b = empty_store.records.add(Experiment(title="Forsøg med al slags"))
    c = empty_store.records.add(Experiment(title="æblehaven"))
    assert {h.record_id for h in search(empty_store, "ål")} == {a.id}
    assert {h.record_id for h in search(empty_store, "al")} == {b.id}
    assert {h.record_id for h in search(empty_store, "Æble")} == {c.id}


def test_index_follows_edits_and_deletes(empty_store: Store) -> None:
    """The index is kept current by triggers: updates and deletes show at once."""
    exp = empty_store.records.add(Experiment(title="Deleboliger"))
    assert search(empty_store, "delebolig")
    empty_store.records.update(Experiment, exp.id, title="Billigt nybyggeri")
    assert search(empty_store, "delebolig") == []
    assert search(empty_store, "nybyggeri")
    empty_store.records.delete(Experiment, exp.id)
    assert search(empty_store, "nybyggeri") == []


def test_hits_in_legal_rows_and_contacts_lead_to_their_place(empty_store: Store) -> None:
    """A legal-basis hit names its experiment and field; a contact hit names the person."""
    exp = empty_store.records.add(Experiment(title="Midlertidig lejekontrakt"))
    row = empty_store.records.add(
        LegalBasis(
            experiment_id=exp.id,
            law_id=empty_store.records.law("lejeloven").id,
            justification="Tidsbegrænsede lejemål skal være mulige",
        )
    )
    empty_store.records.add(Contact(name="Torben Rugholm", organisation="Randers Kommune"))
    legal = [h for h in search(empty_store, "lejemål") if h.kind == "legal_basis"]
    assert [(h.record_id, h.experiment_id, h.field) for h in legal] == [
        (row.id, exp.id, "justification")
    ]
    people = search(empty_store, "rugholm")
    assert [(h.kind, h.title) for h in people] == [("contact", "Torben Rugholm")]


def test_query_text_cannot_break_the_search(empty_store: Store) -> None:
    """Quotes, operators and stray symbols in the search box are taken as plain words."""
    empty_store.records.add(Experiment(title="NOT OR AND forsøg"))
    assert fts_query('"§ 81 a" OR (x') == '"81"* "a"* "or"* "x"*'
    assert search(empty_store, '") NEAR(') == []
    assert len(search(empty_store, "not or")) == 1


def _index_is_sound(store: Store, table: str) -> None:
    """Raise if the table's full-text index disagrees with its rows (FTS5 integrity-check)."""
    store.db.execute(f"INSERT INTO [{table}_fts] ([{table}_fts]) VALUES ('integrity-check')")


def test_a_big_batch_is_indexed_in_bulk_and_the_trigger_comes_back(empty_store: Store) -> None:
    """Rows added many at a time are found, and later single inserts are still indexed."""
    count = BULK_INDEX_ROWS + 50
    empty_store.records.add_many(
        Experiment(title=f"Forsøg nummer {i} om ældrepleje") for i in range(count)
    )
    assert len(search(empty_store, "ældrepleje", limit=count + 10)) == count
    _index_is_sound(empty_store, "experiments")
    later = empty_store.records.add(Experiment(title="Enkeltstående plejeboliger"))
    assert [h.record_id for h in search(empty_store, "plejeboliger")] == [later.id]
    _index_is_sound(empty_store, "experiments")


def test_a_failed_big_batch_leaves_neither_rows_nor_index_nor_a_lost_trigger(
    empty_store: Store,
) -> None:
    """A batch that breaks a constraint halfway is rolled back whole, index trigger included."""
    first = Experiment(id="fast-id", title="Dublet om skolebusser")
    batch = [first, *(Experiment(title=f"Skolebusser {i}") for i in range(BULK_INDEX_ROWS)), first]
    with pytest.raises(InvalidValueError):
        empty_store.records.add_many(batch)
    assert search(empty_store, "skolebusser") == []
    empty_store.records.add(Experiment(title="Skolebusser igen"))
    assert len(search(empty_store, "skolebusser")) == 1
    _index_is_sound(empty_store, "experiments")


def test_a_change_outside_the_searched_texts_leaves_the_index_alone(empty_store: Store) -> None:
    """A status change writes nothing to the search index; a text change re-indexes the row."""
    exp = empty_store.records.add(Experiment(title="Deleboliger for unge"))

    def index_pages() -> list[tuple]:
        return empty_store.db.execute("SELECT * FROM experiments_fts_data").fetchall()

    before = index_pages()
    empty_store.records.update(Experiment, exp.id, status="submitted", number=7)
    assert index_pages() == before
    empty_store.records.update(Experiment, exp.id, title="Billige boliger for unge")
    assert index_pages() != before
    assert search(empty_store, "deleboliger") == []
    assert [h.record_id for h in search(empty_store, "billige")] == [exp.id]
    _index_is_sound(empty_store, "experiments")


def test_a_hit_knows_its_sentence_in_its_field(empty_store: Store) -> None:
    """A hit names the field and the sentence its snippet shows; 'stk. 2' ends no sentence."""
    goals = "Unge skal have boliger. Vi søger efter § 3, stk. 2 om deleboliger nu! Sidste sætning."
    empty_store.records.add(Experiment(title="Boliger", goals=goals))
    [hit] = search(empty_store, "deleboliger")
    assert hit.field == "goals"
    assert hit.sentence(goals) == "Vi søger efter § 3, stk. 2 om deleboliger nu!"
