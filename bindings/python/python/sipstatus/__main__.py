"""``python -m sipstatus``: explain SIP response codes and list the table.

It behaves like the ``sipstatus`` command of the Rust crate sipstatus-cli::

    python -m sipstatus 486
    python -m sipstatus explain "busy here" --lang de
    python -m sipstatus list --class 6xx
    python -m sipstatus list --format json > codes.json

Errors are one line on stderr and exit status 2 (usage) or 1 (no such code).
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from typing import NoReturn

from . import (
    LANGUAGES,
    SIPStatus,
    StatusClass,
    UnknownPhraseError,
    __version__,
    canonical,
)
from ._native import _match_phrase

__all__ = ["main"]

PROG = "python -m sipstatus"
COMMANDS = ("explain", "list")
FORMATS = ("table", "json")
LANG_HELP = "language of the descriptions: en or de"
SHOWN = 60

# Field labels of an explanation, by language.
LABELS = {
    "en": {
        "class": "class",
        "status": "status",
        "reference": "reference",
        "constant": "constant",
        "aliases": "aliases",
        "matched": "matched",
        "former": "a former phrase of this code",
        "alias": "an alias, not the registered phrase",
        "unknown": "not in the table",
        "treated_as": "a UAC treats it as (RFC 3261 §8.1.3.2)",
    },
    "de": {
        "class": "Klasse",
        "status": "Status",
        "reference": "Referenz",
        "constant": "Konstante",
        "aliases": "Aliasse",
        "matched": "erkannt als",
        "former": "a former phrase of this code",
        "alias": "an alias, not the registered phrase",
        "unknown": "nicht in der Tabelle",
        "treated_as": "ein UAC behandelt ihn wie (RFC 3261 §8.1.3.2)",
    },
}


class QueryError(Exception):
    """A query that names no code; the message is the line printed."""


class _Parser(argparse.ArgumentParser):
    """argparse, with its errors as one line instead of a usage block."""

    def error(self, message: str) -> NoReturn:
        fail(message, 2)


def fail(message: str, status: int) -> NoReturn:
    """Prints one line to stderr, prefixed with the command's name, and exits."""
    print(f"sipstatus: {message}", file=sys.stderr)
    raise SystemExit(status)


def parse_lang(text: str) -> str:
    tag = text.lower()
    if tag not in LANGUAGES:
        raise argparse.ArgumentTypeError(
            f"unknown language {text!r}: expected {' or '.join(LANGUAGES)}"
        )
    return tag


def parse_class(text: str) -> StatusClass:
    """``4xx``, ``4``, ``client-error`` or ``client error``, in any case."""
    lower = text.strip().lower()
    for status_class in StatusClass:
        names = (
            status_class.range,
            str(status_class.digit),
            status_class.value,
            status_class.label.lower(),
        )
        if lower in names:
            return status_class
    raise argparse.ArgumentTypeError(
        f"unknown class {text!r}: expected 1xx to 7xx, or a name such as client-error"
    )


def parse_format(text: str) -> str:
    if text.lower() not in FORMATS:
        raise argparse.ArgumentTypeError(
            f"unknown format {text!r}: expected {' or '.join(FORMATS)}"
        )
    return text.lower()


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog=PROG,
        description="Explain SIP response codes: phrase, class, registry status, "
        "RFC reference and a description in English or German.",
        epilog=__doc__.split("\n\n", 1)[1] if __doc__ else None,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("--version", action="version", version=f"sipstatus {__version__}")
    parser.add_argument("--lang", type=parse_lang, default="en", help=LANG_HELP)
    # Also after the command; SUPPRESS keeps a subcommand's default from
    # overwriting a --lang given before it.
    lang = _Parser(add_help=False)
    lang.add_argument("--lang", type=parse_lang, default=argparse.SUPPRESS, help=LANG_HELP)
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")
    explain = commands.add_parser(
        "explain",
        parents=[lang],
        help="explain one code, given as a number or a reason phrase "
        "(the default: `python -m sipstatus 486`)",
    )
    explain.add_argument(
        "query",
        nargs="+",
        metavar="CODE|PHRASE",
        help='a code such as 486, or a phrase such as "busy here"',
    )
    listing = commands.add_parser(
        "list", parents=[lang], help="list the table, or one class of it"
    )
    listing.add_argument(
        "--class",
        dest="status_class",
        type=parse_class,
        help="only this class: 1xx to 7xx, or a name such as client-error",
    )
    listing.add_argument(
        "--format",
        type=parse_format,
        default="table",
        help="table or json (the schema of `sipstatus list --format json`)",
    )
    return parser


def with_command(argv: list[str]) -> list[str]:
    """Inserts ``explain`` before a bare query, as in ``python -m sipstatus 486``."""
    args = list(argv)
    i = 0
    while i < len(args):
        arg = args[i]
        if arg == "--lang":
            i += 2
            continue
        if arg.startswith("-") and not arg.lstrip("-").isdigit():
            i += 1
            continue
        if arg not in COMMANDS:
            args.insert(i, "explain")
        break
    return args


def resolve(query: str) -> tuple[int, str | None]:
    """A code, and how a phrase matched it (``None`` when digits were given)."""
    trimmed = query.strip()
    if trimmed.isascii() and trimmed.isdigit():
        code = int(trimmed)
        if len(trimmed) != 3 or not 100 <= code <= 799:
            raise QueryError(
                f"{shorten(trimmed)} is not a SIP status code: "
                "codes are three digits from 100 to 799"
            )
        return code, None
    try:
        member, kind = _match_phrase(query)
    except UnknownPhraseError as e:
        raise QueryError(f"{e}; `{PROG} list` shows them all") from None
    return member, kind


def explain(code: int, matched: str | None, lang: str) -> str:
    labels = LABELS[lang]
    status_class = next(c for c in StatusClass if c.digit == code // 100)
    try:
        status = SIPStatus(code)
    except ValueError:
        lines = [
            f"{code} ({labels['unknown']})",
            f"  {labels['class']:<10} {status_class.range} {status_class}",
        ]
        if 100 <= code <= 699:
            acted_on = canonical(code)
            lines.append(f"  {labels['treated_as']}: {acted_on} {acted_on.phrase}")
        return "\n".join(lines) + "\n"
    lines = [f"{status} {status.phrase}"]
    if matched is not None and matched != "canonical":
        lines.append(f"  {labels['matched']:<10} {labels[matched]}")
    lines += [
        f"  {labels['class']:<10} {status_class.range} {status_class}",
        f"  {labels['status']:<10} {status.registry_status}",
        f"  {labels['reference']:<10} {'; '.join(status.references)}",
        f"  {labels['constant']:<10} {status.name}",
    ]
    if status.aliases:
        lines.append(f"  {labels['aliases']:<10} {'; '.join(status.aliases)}")
    lines += ["", status.describe(lang)]
    return "\n".join(lines) + "\n"


def table(members: list[SIPStatus], lang: str) -> str:
    width = max((len(m.phrase) for m in members), default=0)
    lines = [f"CODE {'PHRASE':<{width}} {'STATUS':<12} DESCRIPTION"]
    for m in members:
        lines.append(f"{m}  {m.phrase:<{width}} {m.registry_status.value:<12} {m.describe(lang)}")
    return "\n".join(lines) + "\n"


def to_json(members: list[SIPStatus]) -> str:
    """The JSON export, key for key as ``sipstatus list --format json``."""
    rows = [
        {
            "code": int(m),
            "name": m.name,
            "reason": m.phrase,
            "class": m.status_class.value,
            "status": m.registry_status.value,
            "references": list(m.references),
            "aliases": list(m.aliases),
            "description": {tag: m.describe(tag) for tag in LANGUAGES},
        }
        for m in members
    ]
    return json.dumps(rows, indent=2, ensure_ascii=False) + "\n"


def shorten(text: str) -> str:
    """At most ``SHOWN`` characters of a bad query, for a message."""
    return text if len(text) <= SHOWN else text[:SHOWN] + "…"


def main(argv: list[str] | None = None) -> int:
    """Runs the command with ``argv`` (default: ``sys.argv[1:]``) and returns
    its exit status."""
    try:
        run(list(sys.argv[1:] if argv is None else argv))
    except SystemExit as e:
        return e.code if isinstance(e.code, int) else 1
    return 0


def run(args: list[str]) -> None:
    if not args:
        fail(f"give a code or a phrase to explain, or a command; see {PROG} --help", 2)
    options = build_parser().parse_args(with_command(args))
    if options.command == "list":
        members = [
            m
            for m in SIPStatus
            if options.status_class is None or m.status_class is options.status_class
        ]
        if options.format == "json":
            output = to_json(members)
        else:
            output = table(members, options.lang)
    else:
        try:
            code, matched = resolve(" ".join(options.query))
        except QueryError as e:
            fail(str(e), 1)
        output = explain(code, matched, options.lang)
    try:
        sys.stdout.write(output)
        sys.stdout.flush()
    except BrokenPipeError:
        # `python -m sipstatus list | head`: not an error worth a message.
        # Point stdout at nothing so the interpreter's final flush is quiet.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())


if __name__ == "__main__":
    sys.exit(main())
