"""The `frikommune` command line: parse, call one core function, report errors in one line."""

from __future__ import annotations

import argparse
import functools
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from ..errors import FrikommuneError
from ..program.logs import log_exception, log_path, setup_logging
from .arguments import PROG, parse_arguments

if TYPE_CHECKING:
    from ..sheets.changes import SharedChange

# Each command imports the core modules it needs when it runs: `frikommune` with no arguments
# opens the window, and the window should not wait for sqlite-utils to load before it shows.


def _in_danish(handler: Callable[[argparse.Namespace], int]) -> Callable[[argparse.Namespace], int]:
    """Let a command's OSError or SQLite error reach the user as one Danish sentence."""

    @functools.wraps(handler)
    def run(args: argparse.Namespace) -> int:
        try:
            return handler(args)
        except Exception as exc:
            from ..db.failures import plain_error

            error = plain_error(exc, getattr(args, "path", None))
            if error is None or error is exc:
                raise
            raise error from exc

    return run


def _demo(args: argparse.Namespace) -> int:
    from ..demo import write_demo
    from ..model import Experiment

    with write_demo(args.path, overwrite=args.force) as store:
        name, count = store.records.network().name, len(store.records.all(Experiment))
    print(f"Demonetværket '{name}' med {count} forsøg er skrevet til {args.path}")
    return 0


def _new(args: argparse.Namespace) -> int:
    name = args.network.strip()
    if not name:
        raise FrikommuneError("Netværkets navn må ikke være tomt.")
    from ..model import Network
    from ..store import Store

    with Store.create(args.path, Network(name=name), overwrite=args.force):
        pass
    print(f"Ny netværksfil '{name}' er oprettet: {args.path}")
    return 0


def _check(args: argparse.Namespace) -> int:
    from ..sharing.health import check_file

    report = check_file(args.path)
    print("\n".join(report.lines()))
    return 0 if report.healthy else 1


def _backups(args: argparse.Namespace) -> int:
    from ..sharing.recovery import describe_backups

    found = describe_backups(args.path, check=True)
    if not found:
        print(f"Ingen sikkerhedskopier af {args.path}.")
    for number, info in enumerate(found, start=1):
        kilobytes = f"{max(1, -(-info.size // 1024)):,}".replace(",", ".")
        print(
            f"{number:>3}  {info.local_time()}  {info.reason:<22}  {kilobytes:>7} kB  "
            f"{'OK' if info.healthy else 'skadet'}"
        )
    return 0


def _restore(args: argparse.Namespace) -> int:
    from ..db.backups import backup_stamp, list_backups
    from ..sharing.recovery import DAMAGED_BEFORE_RESTORE, restore_backup

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
    from ..gui.app import run

    return run(path, screenshot)


def _template(args: argparse.Namespace) -> int:
    from ..sheets.template import write_template
    from ..store import Store

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
    from ..sheets.importer import Action, changes_anything, plan_workbooks, read_workbooks
    from ..store import Store

    # The spreadsheets are read, then checked against the file opened read-only: a refused
    # import never opens the file for writing (no upgrade, no lock, no catalog update).
    workbooks, problems = read_workbooks(args.sheets)
    sheet_wins = args.shared == "sheet"
    with Store.open(args.path, readonly=True) as store:
        plan = plan_workbooks(store, workbooks, problems)
    if not args.dry_run and (plan.changes_anything or (sheet_wins and plan.shared)):
        with Store.open(args.path) as store:
            plan = plan_workbooks(store, workbooks)
            edit = plan.edit_with(plan.shared if sheet_wins else ())
            if changes_anything(edit):
                edit.apply(store)
    for change in plan.changes:
        if change.action is not Action.UNCHANGED:
            print(change.line())
    _print_shared(plan.shared, sheet_wins, args.dry_run)
    stored = plan.changes_anything or (sheet_wins and bool(plan.shared))
    verdict = (
        "Intet er gemt (--dry-run)."
        if args.dry_run
        else (
            "Gemt i én transaktion."
            if stored
            else ("Intet er gemt." if plan.shared else "Filen var allerede opdateret.")
        )
    )
    print(f"{plan.summary()} {verdict}")
    return 0


def _print_shared(shared: Sequence[SharedChange], sheet_wins: bool, dry_run: bool) -> None:
    """List apart, with both texts in full, what the spreadsheets would change in shared rows."""
    if not shared:
        return
    if sheet_wins:
        verdict = "ville ændres" if dry_run else "ændret"
        print(f"\nNetværkets fælles tekst, som regnearkene ændrer (--shared sheet): {len(shared)}")
    else:
        verdict = "springes over"
        print(
            f"\nNetværkets fælles tekst, som regnearkene ville ændre: {len(shared)}, sprunget "
            "over (netværkets tekst beholdes; --shared sheet gemmer regnearkenes tekst)"
        )
    for change in shared:
        print("\n".join(change.lines(verdict)))
    print()


def _import_application(args: argparse.Namespace) -> int:
    from ..applications.documents import plan_documents, read_documents
    from ..store import Store

    # The documents are read, then checked against the file opened read-only: a refused
    # import (one document that cannot be imported) never opens the file for writing, and
    # every document's problems are reported at once.
    documents = read_documents(args.documents)
    with Store.open(args.path, readonly=True) as store:
        plan = plan_documents(store, documents)
    if plan.failed:
        raise plan.refusal()
    if not args.dry_run and plan.changes_anything:
        with Store.open(args.path) as store:
            plan = plan_documents(store, documents)
            if plan.changes_anything:
                plan.edit.apply(store)
    for line in plan.report():
        print(line)
    count = plan.applications
    found = "1 ansøgning" if count == 1 else f"{count} ansøgninger"
    verdict = (
        "Intet er gemt (--dry-run)."
        if args.dry_run
        else (
            "Gemt i én transaktion." if plan.changes_anything else "Filen var allerede opdateret."
        )
    )
    names = documents[0].name if len(documents) == 1 else f"{len(documents)} Word-dokumenter"
    print(f"{names}: {found}. {verdict}")
    return 0


def _refs(args: argparse.Namespace) -> int:
    from ..legal.references import find_references

    text = sys.stdin.read() if args.text == "-" else args.text
    _print_json([reference.to_json() for reference in find_references(text)])
    return 0


def _export(args: argparse.Namespace) -> int:
    from ..exports.round_export import check_export, export_round
    from ..store import Store
    from ..submission import mark_submitted

    if args.mark_submitted:  # a wrong round is refused before the file is opened for writing
        with Store.open(args.path, readonly=True) as store:
            check_export(
                store,
                args.round,
                args.out,
                date=args.date,
                changes_since_submission=args.changes_since_submission,
            )
    with Store.open(args.path, readonly=not args.mark_submitted) as store:
        result = export_round(
            store,
            args.round,
            args.out,
            date=args.date,
            changes_since_submission=args.changes_since_submission,
        )
        if args.mark_submitted:
            mark_submitted(store, args.round)
    for path in result.files:
        print(path)
    if args.mark_submitted:
        print(f"Runden {args.round} er markeret som indsendt.")
    return 0


def _merge(args: argparse.Namespace) -> int:
    from ..merge.apply import merge_files
    from ..merge.plan import Change, item_line

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
        print(
            f"Gemt i én transaktion. Den anden kopi er gemt som sikkerhedskopi: {outcome.kept_copy}"
        )
    return 0


def _unlock(args: argparse.Namespace) -> int:
    from ..program.clock import current_user
    from ..sharing.lockfile import break_lock, breakable, read_lock

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
    from ..queries.dump import dump_network
    from ..store import Store

    with Store.open(args.path, readonly=True) as store:
        data = dump_network(store)
    _print_json(data)
    return 0


def _print_json(data: object) -> None:
    import json  # the modules only some commands need are imported by them (start-up time)

    json.dump(data, sys.stdout, ensure_ascii=False, indent=2)
    sys.stdout.write("\n")


def _profile(args: argparse.Namespace) -> int:
    from ..program.profile import Profile, load_profile, login_name, save_profile, user_name

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
    from ..program.resources import official_municipalities
    from ..sheets.normalise import MunicipalityMatcher

    return MunicipalityMatcher(official_municipalities()).match(text)


def _municipality_label(code: str) -> str:
    from ..program.resources import official_municipalities

    names = {m.code: m.name for m in official_municipalities()}
    return f"{names.get(code, '?')} ({code})"


#: The function that runs each subcommand.
HANDLERS: dict[str, Callable[[argparse.Namespace], int]] = {
    "demo": _demo,
    "new": _new,
    "check": _check,
    "backups": _backups,
    "restore": _restore,
    "open": _open,
    "template": _template,
    "import": _import,
    "import-application": _import_application,
    "refs": _refs,
    "export": _export,
    "merge": _merge,
    "unlock": _unlock,
    "profile": _profile,
    "dump": _dump,
}
HANDLERS = {command: _in_danish(handler) for command, handler in HANDLERS.items()}


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line and return its exit code; no traceback ever reaches the user.

    A usage error (danish.UsageError) is reported like any other error, exit 2, after the
    usage lines the parser printed; --help and --version print and exit 0 (SystemExit).
    """
    setup_logging()
    try:
        args = parse_arguments(argv)
        handler = HANDLERS.get(args.command) if args.command else None
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
        print(_unexpected_line(exc), file=sys.stderr)
        return 1


def _unexpected_line(exc: Exception) -> str:
    """Log an unexpected error with its traceback; return the one line that names the log
    (Python's own text, such as the exception's class, stays in the log)."""
    log = log_exception(exc)
    where = f"detaljer i {log}" if log else f"logfilen {log_path()} kunne ikke skrives"
    return f"{PROG}: uventet fejl: arbejdet blev afbrudt ({where})"
