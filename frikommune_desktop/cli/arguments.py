"""The command line's arguments: every subcommand, its arguments and its Danish help."""

from __future__ import annotations

import argparse
from pathlib import Path

from .. import __version__

PROG = "frikommune"


def build_parser() -> argparse.ArgumentParser:
    """Return the argument parser with every subcommand."""
    parser = argparse.ArgumentParser(
        prog=PROG, description="Frikommune Desktop: netværkskoordinatorens værktøj."
    )
    parser.add_argument("--version", action="version", version=f"{PROG} {__version__}")
    commands = parser.add_subparsers(dest="command", metavar="KOMMANDO")

    demo = commands.add_parser("demo", help="skriv demonetværket (boligområdet, 2016) til PATH")
    demo.add_argument("path", type=Path, metavar="PATH")
    demo.add_argument("--force", action="store_true", help="overskriv en eksisterende fil")

    new = commands.add_parser("new", help="opret en tom netværksfil")
    new.add_argument("path", type=Path, metavar="PATH")
    new.add_argument("--network", required=True, metavar="NAVN", help="netværkets navn")
    new.add_argument("--force", action="store_true", help="overskriv en eksisterende fil")

    check = commands.add_parser("check", help="kontrollér en netværksfil (exit 0 = sund)")
    check.add_argument("path", type=Path, metavar="PATH")

    backups = commands.add_parser(
        "backups", help="vis filens sikkerhedskopier, nyeste først, og om de er sunde"
    )
    backups.add_argument("path", type=Path, metavar="FILE")

    restore = commands.add_parser(
        "restore", help="gendan filen fra en sikkerhedskopi (den nuværende gemmes først)"
    )
    restore.add_argument("path", type=Path, metavar="FILE")
    restore.add_argument(
        "backup",
        metavar="BACKUP",
        help="nummeret fra 'frikommune backups FILE' (1 = nyeste) eller en sti",
    )

    open_ = commands.add_parser("open", help="åbn en netværksfil i programvinduet")
    open_.add_argument(
        "path",
        type=Path,
        nargs="?",
        metavar="PATH",
        help="netværksfilen (uden: den senest brugte eller velkomstskærmen)",
    )
    open_.add_argument(
        "--screenshot",
        type=Path,
        metavar="DIR",
        help="gem billeder af hver visning som PNG i DIR og afslut",
    )

    template = commands.add_parser(
        "template", help="skriv regnearket, som kommunerne udfylder (.xlsx)"
    )
    template.add_argument("path", type=Path, metavar="PATH.xlsx")
    template.add_argument(
        "--network-file",
        type=Path,
        metavar="FILE",
        help="netværksfil: forsøg og medlemmer kommer med i rullelisterne",
    )
    template.add_argument(
        "--municipality",
        metavar="KODE",
        help="udfyld på forhånd med denne kommunes oplysninger (kræver FILE)",
    )

    import_ = commands.add_parser(
        "import", help="indlæs kommunernes regneark i netværksfilen (alt eller intet)"
    )
    import_.add_argument("path", type=Path, metavar="FILE.fkdb")
    import_.add_argument("sheets", type=Path, nargs="+", metavar="SHEET.xlsx")
    import_.add_argument(
        "--dry-run", action="store_true", help="vis hvad der ville ske, uden at gemme noget"
    )

    import_application = commands.add_parser(
        "import-application",
        help="indlæs en udfyldt ansøgningsskabelon (Word) som forsøg i netværksfilen",
    )
    import_application.add_argument("path", type=Path, metavar="FILE.fkdb")
    import_application.add_argument("document", type=Path, metavar="APPLICATION.docx")
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
    export.add_argument("path", type=Path, metavar="FILE.fkdb")
    export.add_argument(
        "--round",
        required=True,
        metavar="ÅÅÅÅ-MM-DD",
        help="ansøgningsrundens frist, fx 2016-12-01",
    )
    export.add_argument(
        "--out",
        type=Path,
        required=True,
        metavar="DIR",
        help="mappen filerne skrives til (oprettes om nødvendigt)",
    )
    export.add_argument(
        "--date", metavar="ÅÅÅÅ-MM-DD", help="brevets dato (standard: rundens frist)"
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
        "merge", help="flet en anden kopi af netværksfilen ind (konflikter beholder FILE's værdi)"
    )
    merge.add_argument("path", type=Path, metavar="FILE.fkdb")
    merge.add_argument("other", type=Path, metavar="OTHER.fkdb")
    merge.add_argument(
        "--dry-run", action="store_true", help="vis hvad fletningen ville gøre, uden at gemme noget"
    )

    unlock = commands.add_parser(
        "unlock", help="bryd en gammel lås fra en anden computer (registreres i låseloggen)"
    )
    unlock.add_argument("path", type=Path, metavar="FILE.fkdb")
    unlock.add_argument(
        "--older-than",
        type=float,
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
    dump.add_argument("path", type=Path, metavar="PATH")
    return parser
