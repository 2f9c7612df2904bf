"""The `frikommune` command line: parse, call one core function, report errors in one line."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path

from . import __version__
from .errors import FrikommuneError

# Each command imports the core modules it needs when it runs: `frikommune` with no arguments
# opens the window, and the window should not wait for sqlite-utils to load before it shows.

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
    demo.set_defaults(handler=_demo)

    new = commands.add_parser("new", help="opret en tom netværksfil")
    new.add_argument("path", type=Path, metavar="PATH")
    new.add_argument("--network", required=True, metavar="NAVN", help="netværkets navn")
    new.add_argument("--force", action="store_true", help="overskriv en eksisterende fil")
    new.set_defaults(handler=_new)

    check = commands.add_parser("check", help="kontrollér en netværksfil (exit 0 = sund)")
    check.add_argument("path", type=Path, metavar="PATH")
    check.set_defaults(handler=_check)

    backups = commands.add_parser(
        "backups", help="vis filens sikkerhedskopier, nyeste først, og om de er sunde")
    backups.add_argument("path", type=Path, metavar="FILE")
    backups.set_defaults(handler=_backups)

    restore = commands.add_parser(
        "restore", help="gendan filen fra en sikkerhedskopi (den nuværende gemmes først)")
    restore.add_argument("path", type=Path, metavar="FILE")
    restore.add_argument("backup", metavar="BACKUP",
                         help="nummeret fra 'frikommune backups FILE' (1 = nyeste) eller en sti")
    restore.set_defaults(handler=_restore)

    open_ = commands.add_parser("open", help="åbn en netværksfil i programvinduet")
    open_.add_argument("path", type=Path, nargs="?", metavar="PATH",
                       help="netværksfilen (uden: den senest brugte eller velkomstskærmen)")
    open_.add_argument("--screenshot", type=Path, metavar="DIR",
                       help="gem billeder af hver visning som PNG i DIR og afslut")
    open_.set_defaults(handler=_open)

    template = commands.add_parser(
        "template", help="skriv regnearket, som kommunerne udfylder (.xlsx)")
    template.add_argument("path", type=Path, metavar="PATH.xlsx")
    template.add_argument("--network-file", type=Path, metavar="FILE",
                          help="netværksfil: forsøg og medlemmer kommer med i rullelisterne")
    template.add_argument("--municipality", metavar="KODE",
                          help="udfyld på forhånd med denne kommunes oplysninger (kræver FILE)")
    template.set_defaults(handler=_template)

    import_ = commands.add_parser(
        "import", help="indlæs kommunernes regneark i netværksfilen (alt eller intet)")
    import_.add_argument("path", type=Path, metavar="FILE.fkdb")
    import_.add_argument("sheets", type=Path, nargs="+", metavar="SHEET.xlsx")
    import_.add_argument("--dry-run", action="store_true",
                         help="vis hvad der ville ske, uden at gemme noget")
    import_.set_defaults(handler=_import)

    import_application = commands.add_parser(
        "import-application",
        help="indlæs en udfyldt ansøgningsskabelon (Word) som forsøg i netværksfilen")
    import_application.add_argument("path", type=Path, metavar="FILE.fkdb")
    import_application.add_argument("document", type=Path, metavar="APPLICATION.docx")
    import_application.add_argument("--dry-run", action="store_true",
                                    help="vis hvad der ville ske, uden at gemme noget")
    import_application.set_defaults(handler=_import_application)

    refs = commands.add_parser(
        "refs", help="find henvisninger til lovbestemmelser i en tekst (JSON)")
    refs.add_argument("text", metavar="TEKST", help="teksten, eller - for at læse stdin")
    refs.set_defaults(handler=_refs)

    export = commands.add_parser(
        "export", help="skriv en rundes følgebrev, deltagertabel og ansøgningspakke (PDF m.m.)")
    export.add_argument("path", type=Path, metavar="FILE.fkdb")
    export.add_argument("--round", required=True, metavar="ÅÅÅÅ-MM-DD",
                        help="ansøgningsrundens frist, fx 2016-12-01")
    export.add_argument("--out", type=Path, required=True, metavar="DIR",
                        help="mappen filerne skrives til (oprettes om nødvendigt)")
    export.add_argument("--date", metavar="ÅÅÅÅ-MM-DD",
                        help="brevets dato (standard: rundens frist)")
    export.add_argument("--changes-since-submission", action="store_true",
                        help="skriv i stedet orienteringsbrevet om ændret deltagelse")
    export.add_argument("--mark-submitted", action="store_true",
                        help="markér runden som indsendt, når filerne er skrevet")
    export.set_defaults(handler=_export)

    merge = commands.add_parser(
        "merge", help="flet en anden kopi af netværksfilen ind (konflikter beholder FILE's værdi)")
    merge.add_argument("path", type=Path, metavar="FILE.fkdb")
    merge.add_argument("other", type=Path, metavar="OTHER.fkdb")
    merge.add_argument("--dry-run", action="store_true",
                       help="vis hvad fletningen ville gøre, uden at gemme noget")
    merge.set_defaults(handler=_merge)

    unlock = commands.add_parser(
        "unlock", help="bryd en gammel lås fra en anden computer (registreres i låseloggen)")
    unlock.add_argument("path", type=Path, metavar="FILE.fkdb")
    unlock.add_argument("--older-than", type=float, default=15.0, metavar="MINUTTER",
                        help="låsen skal være ufornyet i mindst så mange minutter (standard 15)")
    unlock.add_argument("--yes", action="store_true", help="spørg ikke først")
    unlock.set_defaults(handler=_unlock)

    profile = commands.add_parser(
        "profile", help="vis eller sæt dit navn (står i låsefiler og ved ændringer) og din kommune")
    profile.add_argument("--name", metavar="NAVN", help="dit navn, fx Susan Fiil Præstegaard")
    profile.add_argument("--municipality", metavar="KOMMUNE",
                         help="din kommune: navn eller kommunekode, fx 169")
    profile.set_defaults(handler=_profile)

    dump = commands.add_parser("dump", help="skriv hele filens indhold som JSON")
    dump.add_argument("path", type=Path, metavar="PATH")
    dump.set_defaults(handler=_dump)
    return parser


def _demo(args: argparse.Namespace) -> int:
    from .demo import write_demo
    from .model import Experiment

    with write_demo(args.path, overwrite=args.force) as store:
        name, count = store.network().name, len(store.all(Experiment))
    print(f"Demonetværket '{name}' med {count} forsøg er skrevet til {args.path}")
    return 0


def _new(args: argparse.Namespace) -> int:
    name = args.network.strip()
    if not name:
        raise FrikommuneError("Netværkets navn må ikke være tomt.")
    from .model import Network
    from .store import Store

    with Store.create(args.path, Network(name=name), overwrite=args.force):
        pass
    print(f"Ny netværksfil '{name}' er oprettet: {args.path}")
    return 0


def _check(args: argparse.Namespace) -> int:
    from .health import check_file

    report = check_file(args.path)
    print("\n".join(report.lines()))
    return 0 if report.healthy else 1


def _backups(args: argparse.Namespace) -> int:
    from .recovery import describe_backups

    found = describe_backups(args.path, check=True)
    if not found:
        print(f"Ingen sikkerhedskopier af {args.path}.")
    for number, info in enumerate(found, start=1):
        kilobytes = f"{max(1, -(-info.size // 1024)):,}".replace(",", ".")
        print(f"{number:>3}  {info.local_time()}  {info.reason:<22}  {kilobytes:>7} kB  "
              f"{'OK' if info.healthy else 'skadet'}")  # fmt: skip
    return 0


def _restore(args: argparse.Namespace) -> int:
    from .backups import backup_stamp, list_backups
    from .recovery import DAMAGED_BEFORE_RESTORE, restore_backup

    backup = Path(args.backup)
    if args.backup.isascii() and args.backup.isdigit():
        found, number = list_backups(args.path), int(args.backup)
        if not 1 <= number <= len(found):
            raise FrikommuneError(
                f"Der er ingen sikkerhedskopi nr. {number} af {args.path} (der er {len(found)}; "
                f"se listen med: {PROG} backups {args.path})."
            )
        backup = found[number - 1]
    kept = restore_backup(args.path, backup)
    stamp = backup_stamp(backup)
    taken = f" (taget {stamp[0].astimezone():%d-%m-%Y %H:%M:%S})" if stamp else ""
    print(f"{args.path} er gendannet fra {backup}{taken}.")
    if kept is None:
        print("Der var ingen fil at gemme først.")
    elif kept.name.endswith(f"-{DAMAGED_BEFORE_RESTORE}.fkdb"):
        print(f"Den beskadigede fil er gemt uændret i {kept}")
    else:
        print(f"Den tidligere tilstand er gemt i {kept}")
        print(f"Fortryd med: {PROG} restore {args.path} 1")
    return 0


def _open(args: argparse.Namespace) -> int:
    return _run_gui(args.path, args.screenshot)


def _run_gui(path: Path | None = None, screenshot: Path | None = None) -> int:
    """Start the desktop window (the GUI is imported only when it is wanted)."""
    if path is not None and not path.exists():
        raise FrikommuneError(f"{path}: filen findes ikke.")
    from .gui.app import run

    return run(path, screenshot)


def _template(args: argparse.Namespace) -> int:
    from .sheets.template import write_template
    from .store import Store

    if args.municipality and args.network_file is None:
        raise FrikommuneError("--municipality kræver --network-file.")
    if args.network_file is None:
        write_template(args.path)
    else:
        with Store.open(args.network_file, readonly=True) as store:
            write_template(args.path, store, municipality=args.municipality)
    print(f"Regnearket er skrevet til {args.path}")
    return 0


def _import(args: argparse.Namespace) -> int:
    from .sheets.importer import Action, import_spreadsheets
    from .store import Store

    with Store.open(args.path, readonly=args.dry_run) as store:
        plan = import_spreadsheets(store, args.sheets, dry_run=args.dry_run)
    for change in plan.changes:
        if change.action is not Action.UNCHANGED:
            print(change.line())
    verdict = "Intet er gemt (--dry-run)." if args.dry_run else (
        "Gemt i én transaktion." if plan.changes_anything else "Filen var allerede opdateret.")
    print(f"{plan.summary()} {verdict}")
    return 0


def _import_application(args: argparse.Namespace) -> int:
    from .applications.importer import import_application
    from .store import Store

    with Store.open(args.path, readonly=args.dry_run) as store:
        plan = import_application(store, args.document, dry_run=args.dry_run)
    for line in plan.report():
        print(line)
    count = len(plan.applications)
    found = "1 ansøgning" if count == 1 else f"{count} ansøgninger"
    verdict = "Intet er gemt (--dry-run)." if args.dry_run else (
        "Gemt i én transaktion." if plan.changes_anything else "Filen var allerede opdateret.")
    print(f"{args.document.name}: {found}. {verdict}")
    return 0


def _refs(args: argparse.Namespace) -> int:
    from .legal_refs import find_references

    text = sys.stdin.read() if args.text == "-" else args.text
    _print_json([reference.to_json() for reference in find_references(text)])
    return 0


def _export(args: argparse.Namespace) -> int:
    from .exports.round_export import export_round
    from .model import parse_iso_date
    from .store import Store
    from .submission import mark_submitted

    date = parse_iso_date(args.date, "brevets dato") if args.date else None
    with Store.open(args.path, readonly=not args.mark_submitted) as store:
        result = export_round(store, args.round, args.out, date=date,
                              changes_since_submission=args.changes_since_submission)
        if args.mark_submitted:
            mark_submitted(store, args.round)
    for path in result.files:
        print(path)
    if args.mark_submitted:
        print(f"Runden {args.round} er markeret som indsendt.")
    return 0


def _merge(args: argparse.Namespace) -> int:
    from .merge import merge_files
    from .merge_model import Change, item_line

    outcome = merge_files(args.path, args.other, dry_run=args.dry_run)
    for item in outcome.plan.items:
        if item.change is not Change.SKIP or item.detail:
            print(item_line(item))
    for item in outcome.skipped:
        print(f"overtages ikke: {item.what} ({item.detail})")
    for conflict in outcome.plan.conflicts:
        print(conflict.line(outcome.decisions[conflict]))
    print(outcome.plan.summary())
    if args.dry_run:
        print("Intet er gemt (--dry-run).")
    elif outcome.kept_copy is not None:
        print(f"Gemt i én transaktion. Den anden kopi er gemt som sikkerhedskopi: "
              f"{outcome.kept_copy}")  # fmt: skip
    return 0


def _unlock(args: argparse.Namespace) -> int:
    from .clock import current_user
    from .lockfile import break_lock, breakable, read_lock

    holder = read_lock(args.path)
    if holder is None:
        print(f"{args.path} er ikke låst.")
        return 0
    if breakable(holder, args.older_than * 60) and not args.yes:
        answer = input(f"{args.path} holdes af {holder.describe()}. Bryd låsen? [j/N] ")
        if answer.strip().lower() not in ("j", "ja", "y", "yes"):
            print("Låsen er ikke brudt.")
            return 1
    broken = break_lock(args.path, current_user(), args.older_than * 60)
    print(f"Låsen fra {broken.describe()} er brudt og registreret i låseloggen.")
    return 0


def _dump(args: argparse.Namespace) -> int:
    from .dump import dump_network
    from .store import Store

    with Store.open(args.path, readonly=True) as store:
        data = dump_network(store)
    _print_json(data)
    return 0


def _print_json(data: object) -> None:
    import json  # the modules only some commands need are imported by them (start-up time)

    json.dump(data, sys.stdout, ensure_ascii=False, indent=2)
    sys.stdout.write("\n")


def _profile(args: argparse.Namespace) -> int:
    from .profile import Profile, load_profile, login_name, save_profile, user_name

    current = load_profile()
    if args.name is None and args.municipality is None:
        if current is None:
            print(f"Ingen profil endnu; navnet er login-navnet '{login_name()}'.")
        print(f"Navn: {user_name()}")
        if current and current.municipality:
            print(f"Kommune: {_municipality_label(current.municipality)}")
        return 0
    municipality = current.municipality if current else None
    if args.municipality is not None:
        municipality = _municipality_code(args.municipality) if args.municipality else None
    name = args.name if args.name is not None else (current.name if current else login_name())
    path = save_profile(Profile(name=name.strip(), municipality=municipality))
    label = f", {_municipality_label(municipality)}" if municipality else ""
    print(f"Profilen er gemt ({name.strip()}{label}): {path}")
    return 0


def _municipality_code(text: str) -> str:
    from .resources import official_municipalities
    from .sheets.normalise import MunicipalityMatcher

    return MunicipalityMatcher(official_municipalities()).match(text)


def _municipality_label(code: str) -> str:
    from .resources import official_municipalities

    names = {m.code: m.name for m in official_municipalities()}
    return f"{names.get(code, '?')} ({code})"


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line and return its exit code; no traceback ever reaches the user."""
    parser = build_parser()
    args = parser.parse_args(argv)
    handler = getattr(args, "handler", None)
    try:
        if handler is None:
            return _run_gui()
        return handler(args)
    except FrikommuneError as exc:
        print(f"{PROG}: fejl: {exc}", file=sys.stderr)
        return exc.exit_code
    except KeyboardInterrupt:
        print(f"{PROG}: afbrudt", file=sys.stderr)
        return 130
    except BrokenPipeError:
        return 0
    except Exception as exc:  # last line of defence: log it, say one line
        log = _log_unexpected()
        print(f"{PROG}: uventet fejl: {type(exc).__name__}: {exc} (detaljer i {log})",
              file=sys.stderr)  # fmt: skip
        return 1


def _log_unexpected() -> Path:
    """Append the current traceback to the program's log file and return its path."""
    import logging
    import traceback

    from .backups import data_dir

    path = data_dir() / "logs" / "frikommune.log"
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        logging.basicConfig(filename=path, level=logging.ERROR)
        logging.getLogger(PROG).error("uventet fejl\n%s", traceback.format_exc())
    except OSError:
        pass
    return path
