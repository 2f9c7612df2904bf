"""The Danish argparse catalog: complete for the running Python, and only active while parsing."""

from __future__ import annotations

import argparse
import ast
import contextlib
import gettext
import inspect
import re

import pytest

from frikommune_desktop.cli.danish import (
    MESSAGES,
    PLURALS,
    DanishArgumentParser,
    UsageError,
    danish_argparse,
)
from frikommune_desktop.cli.main import main

#: argparse's marked texts that only a fault in the parser's own definition can raise (while
#: build_parser() runs, which every CLI test does), never a coordinator's typing.
BUILD_ERRORS = {
    ".__call__() not defined",
    "'required' is an invalid argument for positionals",
    "mutually exclusive arguments must be optional",
    "cannot merge actions - two groups are named %r",
    "invalid option string %(option)r: must start with a character %(prefix_chars)r",
    "dest= is required for options like %r",
    "invalid conflict_resolution value: %r",
    "cannot have multiple subparser arguments",
    "conflicting subparser: %s",
    "conflicting subparser alias: %s",
    "%r is not callable",
    'argument "-" with mode %r',
    ("conflicting option string: %s", "conflicting option strings: %s"),
}

_PLACEHOLDER = re.compile(r"%\(\w+\)[sr]|%[sr]")


def argparse_msgids() -> set[str | tuple[str, str]]:
    """Return every text the running Python's argparse marks for gettext: `_('…')` literals
    and `ngettext('…', '…', n)` pairs, read from its source."""
    found: set[str | tuple[str, str]] = set()
    for node in ast.walk(ast.parse(inspect.getsource(argparse))):
        if not (isinstance(node, ast.Call) and isinstance(node.func, ast.Name)):
            continue
        texts = [a.value for a in node.args if isinstance(a, ast.Constant)]
        if node.func.id == "_" and texts and isinstance(texts[0], str):
            found.add(texts[0])
        elif node.func.id == "ngettext" and len(texts) >= 2:
            found.add((texts[0], texts[1]))
    return found


def test_argparse_still_reads_its_texts_through_gettext() -> None:
    """argparse looks its texts up through its module's `_` and `ngettext` (the names
    danish_argparse() replaces); if a Python changes that, this says so first."""
    assert vars(argparse)["_"] is gettext.gettext
    assert vars(argparse)["ngettext"] is gettext.ngettext
    assert {"usage: ", "options"} <= argparse_msgids()


def test_every_argparse_text_has_a_danish_translation() -> None:
    """Every text this Python's argparse can print has a Danish translation (a msgid changed
    by a new Python fails here instead of falling back to English)."""
    known = set(MESSAGES) | set(PLURALS) | BUILD_ERRORS
    assert sorted(map(str, argparse_msgids() - known)) == []


def test_translations_keep_the_placeholders() -> None:
    """Each translation has its msgid's placeholders in the same order, so formatting works."""
    pairs = list(MESSAGES.items()) + [
        (english, danish)
        for englishes, danishes in PLURALS.items()
        for english, danish in zip(englishes, danishes, strict=True)
    ]
    for english, danish in pairs:
        assert _PLACEHOLDER.findall(danish) == _PLACEHOLDER.findall(english), english
        assert danish.endswith("\n") == english.endswith("\n"), english


@pytest.mark.parametrize("argv", [["bogus"], ["--help"], ["new", "--help"], ["--version"]])
def test_argparse_gets_its_own_functions_back(argv: list[str], capsys) -> None:
    """After a usage error, --help or --version argparse is English for any other user again."""
    with contextlib.suppress(SystemExit):
        main(argv)
    capsys.readouterr()
    assert vars(argparse)["_"] is gettext.gettext
    assert vars(argparse)["ngettext"] is gettext.ngettext


def _usage_error(parser: argparse.ArgumentParser, argv: list[str], capsys) -> str:
    """Parse `argv` in Danish; return the usage error's message (its usage lines checked)."""
    with danish_argparse(), pytest.raises(UsageError) as raised:
        parser.parse_args(argv)
    assert raised.value.exit_code == 2
    assert capsys.readouterr().err.startswith("brug: frikommune")
    return str(raised.value)


def _parser() -> argparse.ArgumentParser:
    """A Danish parser with what the program's own parser lacks: options that exclude each
    other, a required choice among options, a two-value option and options sharing a prefix."""
    with danish_argparse():
        parser = DanishArgumentParser(prog="frikommune")
        group = parser.add_mutually_exclusive_group(required=True)
        group.add_argument("--alpha", action="store_true")
        group.add_argument("--alpine", action="store_true")
        parser.add_argument("--pair", nargs=2)
    return parser


def test_options_that_exclude_each_other_are_a_danish_usage_error(capsys) -> None:
    """Two options of a mutually exclusive group name each other in Danish."""
    message = _usage_error(_parser(), ["--alpha", "--alpine"], capsys)
    assert message == "argumentet --alpine: kan ikke bruges sammen med argumentet --alpha"


def test_a_required_choice_among_options_is_a_danish_usage_error(capsys) -> None:
    """A required group with none of its options given says one of them must be given."""
    message = _usage_error(_parser(), [], capsys)
    assert message == "et af argumenterne --alpha --alpine skal angives"


def test_an_ambiguous_abbreviation_is_a_danish_usage_error(capsys) -> None:
    """An abbreviation two options share names both, in Danish."""
    message = _usage_error(_parser(), ["--alp"], capsys)
    assert message.startswith("tvetydigt tilvalg: --alp kan være --alpha, --alpine")


def test_too_few_values_is_a_danish_usage_error(capsys) -> None:
    """An option that takes two values says so, with Danish plural."""
    message = _usage_error(_parser(), ["--alpha", "--pair", "x"], capsys)
    assert message == "argumentet --pair: kræver 2 værdier"
