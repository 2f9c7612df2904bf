"""The coordinator's profile: her name in lock files and "modified by", asked on first start."""

from __future__ import annotations

from pathlib import Path

import pytest

from frikommune_desktop.errors import InvalidValueError
from frikommune_desktop.model import Contact, Network
from frikommune_desktop.program.profile import (
    Profile,
    config_dir,
    load_profile,
    login_name,
    needs_first_start,
    save_profile,
    user_name,
)
from frikommune_desktop.sharing.lockfile import read_lock
from frikommune_desktop.store import Store

from ..cli.test_cli import run_cli


@pytest.fixture
def no_it_name(monkeypatch: pytest.MonkeyPatch) -> None:
    """No name set by IT (the tests otherwise run as 'testbruger')."""
    monkeypatch.delenv("FRIKOMMUNE_USER", raising=False)


def test_before_the_first_start_there_is_no_profile_and_the_login_name_is_used(
    no_it_name: None,
) -> None:
    """Without a profile the program asks (first start) and signs with the login name."""
    assert load_profile() is None and needs_first_start()
    assert user_name() == login_name()


def test_a_saved_profile_gives_the_name_every_change_is_signed_with(
    no_it_name: None, tmp_path: Path
) -> None:
    """After the first start the profile's name is in "modified by" and the lock file."""
    save_profile(Profile(name="Susan Fiil Præstegaard", municipality="169"))
    assert load_profile() == Profile(name="Susan Fiil Præstegaard", municipality="169")
    assert not needs_first_start()
    with Store.create(tmp_path / "net.fkdb", Network(name="N")) as store:
        contact = store.records.add(Contact(name="Torben"))
        assert contact.modified_by == "Susan Fiil Præstegaard"
        holder = read_lock(tmp_path / "net.fkdb")
        assert holder is not None and holder.user == "Susan Fiil Præstegaard"


def test_a_name_set_by_it_wins_and_skips_the_question() -> None:
    """FRIKOMMUNE_USER (set by IT, or the tests) is used and the first-start question skipped."""
    save_profile(Profile(name="Nogen Andre"))
    assert user_name() == "testbruger"
    (config_dir() / "profile.json").unlink()
    assert not needs_first_start()


def test_a_damaged_profile_counts_as_none(no_it_name: None) -> None:
    """An unreadable profile file never stops the program; it asks again."""
    config_dir().mkdir(parents=True, exist_ok=True)
    (config_dir() / "profile.json").write_text("{ikke json", encoding="utf-8")
    assert load_profile() is None and needs_first_start()


def test_an_empty_name_is_refused() -> None:
    """Every change is signed, so the name cannot be blank."""
    with pytest.raises(InvalidValueError, match="Navnet"):
        Profile(name="  ")


def test_the_profile_command_shows_and_sets_it(isolated_user_data: Path) -> None:
    """`frikommune profile --name … --municipality …` saves; without options it shows."""
    done = run_cli("profile", "--name", "Susan Fiil", "--municipality", "Høje Taastrup")
    assert done.returncode == 0, done.stderr
    assert "Høje-Taastrup (169)" in done.stdout
    assert load_profile() == Profile(name="Susan Fiil", municipality="169")
    bad = run_cli("profile", "--municipality", "Xyz")
    assert bad.returncode != 0 and "Ukendt kommune" in bad.stderr
