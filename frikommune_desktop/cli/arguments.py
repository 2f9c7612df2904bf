"""The command line's arguments: every subcommand, its arguments and its Danish help.

argparse's own texts (usage line, section titles, usage errors) are Danish through
`danish.py`: parse_arguments() builds and runs the parser inside its danish_argparse().
"""

from __future__ import annotations

import argparse
from collections.abc import Sequence
from pathlib import Path

from .. import __version__
from ..dates import DATE_HINT, parse_date
from ..errors import InvalidValueError
from .danish import DanishArgumentParser, danish_argparse

PROG = "frikommune"


def parse_arguments(argv: Sequence[str] | None = None) -> argparse.Namespace:
    """Parse the command line in Danish; a usage error raises danish.UsageError (exit 2)."""
    with danish_argparse():
        return build_parser().parse_args(argv)


def iso_date(text: str) -> str:
    """Read a date argument in any form Danes write it (dates.parse_date); return ISO text."""
    try:
        if iso := parse_date(text):
            return iso
        raise InvalidValueError(DATE_HINT)
    except InvalidValueError as error:
        raise argparse.ArgumentTypeError(f"'{text}' er ikke en dato. {error}") from None


def minutes(text: str) -> float:
    """Read a number of minutes, with a decimal point or a Danish decimal comma."""
    try:
        return float(text.strip().replace(",", "."))
    except ValueError:
        raise argparse.ArgumentTypeError(
            f"'{text}' er ikke et tal (antal minutter, fx 15 eller 1,5)"
        ) from None


def build_parser() -> argparse.ArgumentParser:
    """Return the argument parser with every subcommand."""
    parser = DanishArgumentParser(
        prog=PROG, description="Frikommune Desktop: netværkskoordinatorens værktøj."
    )
    parser.add_argument(
        "--version",
        action="version",
        version=f"{PROG} {__version__}",
        help="vis programmets versionsnummer og afslut",
    )
    commands = parser.add_subparsers(dest="command", metavar="KOMMANDO")

    demo = commands.add_parser("demo", help="skriv demonetværket (boligområdet, 2016) til STI")
    demo.add_argument("path", type=Path, metavar="STI")
    demo.add_argument("--force", action="store_true", help="overskriv en eksisterende fil")

    new = commands.add_parser("new", help="opret en tom netværksfil")
    new.add_argument("path", type=Path, metavar="STI")
    new.add_argument("--network", required=True, metavar="NAVN", help="netværkets navn")
    new.add_argument("--force", action="store_true", help="overskriv en eksisterende fil")

    check = commands.add_parser("check", help="kontrollér en netværksfil (exit 0 = sund)")
    check.add_argument("path", type=Path, metavar="STI")

    backups = commands.add_parser(
        "backups", help="vis filens sikkerhedskopier, nyeste først, og om de er sunde"
    )
    backups.add_argument("path", type=Path, metavar="FIL")

    restore = commands.add_parser(
        "restore", help="gendan filen fra en sikkerhedskopi (den nuværende gemmes først)"
    )
    restore.add_argument("path", type=Path, metavar="FIL")
    restore.add_argument(
        "backup",
        metavar="KOPI",
        help="nummeret fra 'frikommune backups FIL' (1 = nyeste) eller en sti",
    )

    open_ = commands.add_parser("open", help="åbn en netværksfil i programvinduet")
    open_.add_argument(
        "path",
        type=Path,
        nargs="?",
        metavar="STI",
        help="netværksfilen (uden: den senest brugte eller velkomstskærmen)",
    )
    open_.add_argument(
        "--screenshot",
        type=Path,
        metavar="MAPPE",
        help="gem billeder af hver visning som PNG i MAPPE og afslut",
    )

    template = commands.add_parser(
        "template", help="skriv regnearket, som kommunerne udfylder (.xlsx)"
    )
    template.add_argument("path", type=Path, metavar="STI.xlsx")
    template.add_argument(
        "--network-file",
        type=Path,
        metavar="FIL",
        help="netværksfil: forsøg og medlemmer kommer med i rullelisterne",
    )
    template.add_argument(
        "--municipality",
        metavar="KODE",
        help="udfyld på forhånd med denne kommunes oplysninger (kræver --network-file)",
    )

    import_ = commands.add_parser(
        "import", help="indlæs kommunernes regneark i netværksfilen (alt eller intet)"
    )
    import_.add_argument("path", type=Path, metavar="FIL.fkdb")
    import_.add_argument("sheets", type=Path, nargs="+", metavar="ARK.xlsx")
    import_.add_argument(
        "--dry-run", action="store_true", help="vis hvad der ville ske, uden at gemme noget"
    )
    import_.add_argument(
        "--shared",
        choices=("network", "sheet"),
        default="network",
        help="hvilken tekst vinder, hvor et regneark ville ændre netværkets fælles rækker "
        "(lovgrundlagets formål, begrundelse og type m.m.): network beholder netværkets tekst "
        "og viser ændringerne som sprunget over (standard); sheet gemmer regnearkets",
    )

    import_application = commands.add_parser(
        "import-application",
        help="indlæs udfyldte ansøgningsskabeloner (Word) som forsøg i netværksfilen "
        "(alt eller intet)",
    )
    import_application.add_argument("path", type=Path, metavar="FIL.fkdb")
    import_application.add_argument("documents", type=Path, nargs="+", metavar="ANSØGNING.docx")
    import_application.add_argument(
        "--dry-run", action="store_true", help="vis hvad der ville ske, uden at gemme noget"
    )

    refs = commands.add_parser(
        "refs", help="find henvisninger til lovbestemmelser i en tekst (JSON)"
    )
    refs.add_argument("text", metavar="TEKST", help="teksten, eller - for at læse stdin")

    export = commands.add_parser(
        "export", help="skriv en rundes følgebrev, deltagertabel og ansøgningspakke (PDF m.m.)"
    )
    export.add_argument("path", type=Path, metavar="FIL.fkdb")
    export.add_argument(
        "--round",
        type=iso_date,
        required=True,
        metavar="DATO",
        help="ansøgningsrundens frist, fx 01.12.2016, 1. december 2016 eller 2016-12-01",
    )
    export.add_argument(
        "--out",
        type=Path,
        required=True,
        metavar="MAPPE",
        help="mappen filerne skrives til (oprettes om nødvendigt)",
    )
    export.add_argument(
        "--date",
        type=iso_date,
        metavar="DATO",
        help="brevets dato, skrevet som --round (standard: rundens frist)",
    )
    export.add_argument(
        "--changes-since-submission",
        action="store_true",
        help="skriv i stedet orienteringsbrevet om ændret deltagelse",
    )
    export.add_argument(
        "--mark-submitted",
        action="store_true",
        help="markér runden som indsendt, når filerne er skrevet",
    )

    merge = commands.add_parser(
        "merge", help="flet en anden kopi af netværksfilen ind (konflikter beholder FIL's værdi)"
    )
    merge.add_argument("path", type=Path, metavar="FIL.fkdb")
    merge.add_argument("other", type=Path, metavar="ANDEN.fkdb")
    merge.add_argument(
        "--dry-run", action="store_true", help="vis hvad fletningen ville gøre, uden at gemme noget"
    )

    unlock = commands.add_parser(
        "unlock", help="bryd en gammel lås fra en anden computer (registreres i låseloggen)"
    )
    unlock.add_argument("path", type=Path, metavar="FIL.fkdb")
    unlock.add_argument(
        "--older-than",
        type=minutes,
        default=15.0,
        metavar="MINUTTER",
        help="låsen skal være ufornyet i mindst så mange minutter (standard 15)",
    )
    unlock.add_argument("--yes", action="store_true", help="spørg ikke først")

    profile = commands.add_parser(
        "profile", help="vis eller sæt dit navn (står i låsefiler og ved ændringer) og din kommune"
    )
    profile.add_argument("--name", metavar="NAVN", help="dit navn, fx Susan Fiil Præstegaard")
    profile.add_argument(
        "--municipality", metavar="KOMMUNE", help="din kommune: navn eller kommunekode, fx 169"
    )

    dump = commands.add_parser("dump", help="skriv hele filens indhold som JSON")
    dump.add_argument("path", type=Path, metavar="STI")
    return parser
