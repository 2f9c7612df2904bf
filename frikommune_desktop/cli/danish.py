"""argparse in Danish: its messages, section titles and usage line, for the command line.

argparse marks every text it prints for gettext (``_('usage: ')``, ``_('invalid choice: …')``),
and Python's argparse HOWTO ("How to translate the argparse output") documents that they are
meant to be translated that way. argparse calls them as ``_`` and ``ngettext``, globals of its
own module bound at import to ``gettext.gettext``/``gettext.ngettext`` (so since Python 3.2, and
still in CPython's main branch). Three ways to make them Danish were weighed:

- The global gettext domain (``gettext.bindtextdomain``/``textdomain`` and a compiled .mo):
  ``gettext.gettext`` picks the language from LANGUAGE/LC_ALL/LANG, so a coordinator whose
  Windows or shell is set to English (or C) would still get English unless the program
  rewrote its own environment (which its child processes would inherit); and it would
  translate for every module in the process, not only argparse.
- An ArgumentParser subclass that rewrites texts: ``error()`` receives a finished English
  sentence, so it would have to recognise argparse's English by pattern: fragile, and silent
  when a pattern stops matching. The section titles have no public setting either.
- Handing argparse a Danish ``_`` and ``ngettext`` while the parser is built and parses, and
  giving its own back afterwards (:func:`danish_argparse`; the argparse translation projects
  set the same two names). It does not depend on the locale, changes nothing outside
  argparse, and nothing stays changed after parsing. It relies on those two module globals:
  tests/cli/test_cli_danish.py checks that argparse still has them.

Chosen: the third. The catalog is the dictionary below rather than a .po compiled to a .mo in
resources/: the same msgid keys either way, but no compile step that can go stale, no binary
file to carry into the bundle, and mypy and ruff read it. A catalog keyed on msgids falls back
to English when Python changes a message, so tests/cli/test_cli_danish.py reads the running
Python's argparse source and fails on any msgid missing here (3.11 to 3.14 differ: the help's
"%(heading)s:", the "maybe you meant" suggestion), and tests/cli/test_cli_usage.py fails on any
English word in the help of every command and in a set of wrong invocations.

What public API reaches is done through it: the --version help is given explicitly (Python
3.11 does not mark that one), and :class:`DanishArgumentParser`'s ``error()`` prints the
usage lines and raises :class:`UsageError` (exit 2), which main() reports like any other
error: ``frikommune: fejl: …``.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from typing import NoReturn

from ..errors import FrikommuneError

#: argparse's messages (msgid -> Danish), of Python 3.11 to 3.14; see the module docstring.
MESSAGES: dict[str, str] = {
    # The help and the usage line.
    "usage: ": "brug: ",
    "%(heading)s:": "%(heading)s:",
    "positional arguments": "positionelle argumenter",
    "options": "tilvalg",
    "subcommands": "kommandoer",
    "show this help message and exit": "vis denne hjælp og afslut",
    "show program's version number and exit": "vis programmets versionsnummer og afslut",
    " (default: %(default)s)": " (standard: %(default)s)",
    # Usage errors.
    "%(prog)s: error: %(message)s\n": "%(prog)s: fejl: %(message)s\n",
    "%(prog)s: warning: %(message)s\n": "%(prog)s: advarsel: %(message)s\n",
    "argument %(argument_name)s: %(message)s": "argumentet %(argument_name)s: %(message)s",
    "the following arguments are required: %s": "disse argumenter mangler: %s",
    "one of the arguments %s is required": "et af argumenterne %s skal angives",
    "unrecognized arguments: %s": "ukendte argumenter: %s",
    "not allowed with argument %s": "kan ikke bruges sammen med argumentet %s",
    "ambiguous option: %(option)s could match %(matches)s": (
        "tvetydigt tilvalg: %(option)s kan være %(matches)s"
    ),
    "ignored explicit argument %r": "tager ingen værdi, men fik %r",
    "expected one argument": "kræver én værdi",
    "expected at most one argument": "tager højst én værdi",
    "expected at least one argument": "kræver mindst én værdi",
    "invalid choice: %(value)r (choose from %(choices)s)": (
        "ugyldigt valg: %(value)r (vælg mellem %(choices)s)"
    ),
    "invalid choice: %(value)r, maybe you meant %(closest)r?": (
        "ugyldigt valg: %(value)r; mente du %(closest)r?"
    ),
    "invalid choice: %(value)r, maybe you meant %(closest)r? (choose from %(choices)s)": (
        "ugyldigt valg: %(value)r; mente du %(closest)r? (vælg mellem %(choices)s)"
    ),
    "unknown parser %(parser_name)r (choices: %(choices)s)": (
        "ukendt kommando %(parser_name)r (vælg mellem %(choices)s)"
    ),
    "invalid %(type)s value: %(value)r": "ugyldig værdi af typen %(type)s: %(value)r",
    "unexpected option string: %s": "uventet tilvalg: %s",
    "can't open '%(filename)s': %(error)s": "kan ikke åbne '%(filename)s': %(error)s",
    "option '%(option)s' is deprecated": "tilvalget '%(option)s' udgår",
    "argument '%(argument_name)s' is deprecated": "argumentet '%(argument_name)s' udgår",
    "command '%(parser_name)s' is deprecated": "kommandoen '%(parser_name)s' udgår",
}

#: argparse's messages with a plural: (singular msgid, plural msgid) -> (singular, plural).
PLURALS: dict[tuple[str, str], tuple[str, str]] = {
    ("expected %s argument", "expected %s arguments"): ("kræver %s værdi", "kræver %s værdier"),
}


def translate(message: str) -> str:
    """Return argparse's message in Danish (a message not in the catalog unchanged)."""
    return MESSAGES.get(message, message)


def translate_plural(singular: str, plural: str, count: int) -> str:
    """Return argparse's message for `count` things in Danish (one, or any other number)."""
    one, many = PLURALS.get((singular, plural), (singular, plural))
    return one if count == 1 else many


@contextmanager
def danish_argparse() -> Iterator[None]:
    """Let argparse speak Danish inside the block; its own gettext functions come back after."""
    names = vars(argparse)  # the module's globals, where argparse's code looks `_` up
    saved = {name: names[name] for name in ("_", "ngettext")}
    names.update(_=translate, ngettext=translate_plural)
    try:
        yield
    finally:
        names.update(saved)


class UsageError(FrikommuneError):
    """The command line was called wrongly (an unknown command, a missing argument, …)."""

    exit_code = 2


class DanishArgumentParser(argparse.ArgumentParser):
    """An ArgumentParser whose usage errors follow the program's `frikommune: fejl: …` form."""

    def error(self, message: str) -> NoReturn:
        """Print this (sub)command's usage on stderr and raise the error for main() to report."""
        self.print_usage(sys.stderr)
        raise UsageError(message)
