"""The bench generator writes the network it promises (at a small size here)."""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "bench"))

from largefile import write_large_network


def test_large_network_generator_writes_the_requested_sizes(tmp_path: Path) -> None:
    """The generator fills every member, experiment and legal row into a healthy file."""
    with write_large_network(tmp_path / "big.fkdb", experiments=20, legal_rows=150) as store:
        counts = store.counts()
        assert counts["experiments"] == 20
        assert counts["legal_bases"] == 150
        assert len(store.records.members()) == 98
        assert 40 <= counts["participations"] <= 200
        assert store.integrity_problems() == []
