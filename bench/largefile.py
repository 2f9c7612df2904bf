"""Generate the large bench network: 1,000 experiments, all 98 members, 10,000 legal rows."""

from __future__ import annotations

import random
from pathlib import Path

from frikommune_desktop.db.schema import reference_id
from frikommune_desktop.model import (
    Contact,
    Experiment,
    LegalBasis,
    Network,
    Participation,
    Record,
)
from frikommune_desktop.program.resources import law_catalog, official_municipalities
from frikommune_desktop.store import Store

WORDS = (
    "forsøg",
    "borgere",
    "kommunen",
    "boliger",
    "midlertidig",
    "indsats",
    "støtte",
    "plan",
    "beskæftigelse",
    "uddannelse",
    "sagsbehandling",
    "fleksibel",
    "hjemmel",
    "målgruppe",
)


def _text(rng: random.Random, words: int) -> str:
    return " ".join(rng.choice(WORDS) for _ in range(words)).capitalize() + "."


def large_records(
    experiments: int = 1000, legal_rows: int = 10_000, contacts: int = 200, seed: int = 2016
) -> list[Record]:
    """Return the rows of the bench network (deterministic for a seed), parents first."""
    rng = random.Random(seed)
    codes = [m.code for m in official_municipalities()]
    law_ids = [reference_id("law", law.key) for law in law_catalog()]
    round_ids = [reference_id("round", d) for d in ("2016-12-01", "2017-05-01", "2017-11-01")]
    people = [
        Contact(
            id=f"c{i:05d}",
            name=f"Kontakt {i}",
            municipality=rng.choice(codes),
            phone=f"{rng.randrange(20_00_00_00, 99_99_99_99)}",
            email=f"k{i}@kommune.dk",
        )
        for i in range(contacts)
    ]
    records: list[Record] = list(people)
    for i in range(experiments):
        exp = Experiment(
            id=f"e{i:05d}",
            number=i + 1,
            title=f"Forsøg {i + 1}: {_text(rng, 6)}",
            round_id=rng.choice(round_ids),
            status=rng.choice(["draft", "submitted", "granted"]),
            application_date="2016-12-01",
            subject_contact_id=rng.choice(people).id,
            description=_text(rng, 300),
            goals=_text(rng, 150),
            legal_needs=_text(rng, 150),
            realisation=_text(rng, 100),
            evaluation=_text(rng, 100),
        )
        records.append(exp)
        for code in rng.sample(codes, rng.randint(2, 10)):
            records.append(
                Participation(
                    experiment_id=exp.id,
                    municipality=code,
                    reservation=rng.choice(["", "Med forbehold"]),
                )
            )
    for j in range(legal_rows):
        records.append(
            LegalBasis(
                experiment_id=f"e{j % experiments:05d}",
                law_id=rng.choice(law_ids),
                paragraph=str(rng.randint(1, 200)),
                stk=str(rng.randint(0, 9) or ""),
                purpose=_text(rng, 40),
                justification=_text(rng, 60),
                position=j,
            )
        )
    return records


def write_large_network(path: Path, **sizes: int) -> Store:
    """Write the bench network file at `path` (overwriting) and return it opened."""
    records = large_records(**sizes)

    def populate(store: Store) -> None:
        for code in (m.code for m in official_municipalities()):
            store.records.set_member(code)
        store.records.add_many(records)

    return Store.create(path, Network(name="Bench-netværk"), populate=populate, overwrite=True)


if __name__ == "__main__":
    import sys

    target = Path(sys.argv[1] if len(sys.argv) > 1 else "bench-large.fkdb")
    write_large_network(target).close()
    print(f"Wrote the bench network to {target}")
