"""Shipped data files: the 98 municipalities, the law catalog, and finding them when frozen."""

from __future__ import annotations

import shutil
import sys
from pathlib import Path

import pytest

from frikommune_desktop.errors import ResourceError
from frikommune_desktop.program import resources
from frikommune_desktop.program.resources import (
    law_catalog,
    official_municipalities,
    read_json_resource,
    resource_path,
)

from ..conftest import REFERENCE_DIR


def test_the_98_municipalities_match_the_official_list() -> None:
    """resources/kommuner.csv is the official list: 98 codes, names and regions."""
    municipalities = official_municipalities()
    assert len(municipalities) == 98
    by_code = {m.code: m for m in municipalities}
    assert by_code["169"].name == "Høje-Taastrup" and by_code["169"].region == "Hovedstaden"
    assert by_code["751"].name == "Aarhus"
    shipped = resource_path("kommuner.csv").read_text(encoding="utf-8")
    assert shipped == (REFERENCE_DIR / "kommuner.csv").read_text(encoding="utf-8")


def test_law_catalog_is_consistent() -> None:
    """Catalog keys and abbreviations are unique, and every entry has a title."""
    laws = law_catalog()
    assert len({law.key for law in laws}) == len(laws)
    assert len({law.abbreviation.lower() for law in laws}) == len(laws)
    assert all(law.title and law.short_name for law in laws)
    by_key = {law.key: law for law in laws}
    assert by_key["serviceloven"].abbreviation == "SEL"
    assert by_key["serviceloven"].title == "Lov om social service"
    assert by_key["lab"].abbreviation == "LAB"
    aliases = [alias for law in laws for alias in law.aliases]
    assert len(aliases) == len(set(aliases)), "an alias belongs to two laws"


def test_every_law_the_demo_names_is_in_the_catalog() -> None:
    """The demo network only refers to laws the catalog knows."""
    keys = {law.key for law in law_catalog()}
    demo = read_json_resource("demo_network.json")
    named = {row["law"] for e in demo["experiments"] for row in e["legal_basis"]}
    assert named and named <= keys


def test_resources_are_found_in_a_frozen_build(tmp_path: Path, monkeypatch) -> None:
    """In a PyInstaller bundle the data files are found under sys._MEIPASS/resources."""
    bundle = tmp_path / "bundle"
    shutil.copytree(resources.resources_dir(), bundle / "resources")
    (bundle / "resources" / "kommuner.csv").write_text(
        "kommunekode;navn;region\n", encoding="utf-8"
    )
    monkeypatch.setattr(sys, "_MEIPASS", str(bundle), raising=False)
    assert resources.resources_dir() == bundle / "resources"


def test_a_missing_data_file_is_a_clear_error() -> None:
    """Asking for a data file that is not shipped names the file."""
    with pytest.raises(ResourceError, match=r"findes-ikke\.json"):
        resource_path("findes-ikke.json")
