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
import os
import sys
from typing import Callable, NoReturn

from . import __version__, _native

__all__ = ["main"]

PROG = "python -m sipstatus"
COMMANDS = ("explain", "list")
LANG_HELP = "language of the descriptions: en or de"


class _Parser(argparse.ArgumentParser):
    """argparse, with its errors as one line instead of a usage block."""

    def error(self, message: str) -> NoReturn:
        fail(message, 2)


def fail(message: str, status: int) -> NoReturn:
    """Prints one line to stderr, prefixed with the command's name, and exits."""
    print(f"sipstatus: {message}", file=sys.stderr)
    raise SystemExit(status)


def checked(check: Callable[[str], str]) -> Callable[[str], str]:
    """An argparse type from a check of the Rust command, whose ValueError
    message becomes the usage error."""

    def parse(text: str) -> str:
        try:
            return check(text)
        except ValueError as e:
            raise argparse.ArgumentTypeError(str(e)) from None

    return parse


parse_lang = checked(_native._parse_lang)
parse_class = checked(_native._parse_class)
parse_format = checked(_native._parse_format)


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
        help="table, json, csv or markdown; json is the stable interface for tools",
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
    try:
        if options.command == "list":
            output = _native._list(options.status_class, options.format, options.lang)
        else:
            output = _native._explain(" ".join(options.query), options.lang)
    except ValueError as e:
        fail(str(e), 1)
    try:
        sys.stdout.write(output)
        sys.stdout.flush()
    except BrokenPipeError:
        # `python -m sipstatus list | head`: not an error worth a message.
        # Point stdout at nothing so the interpreter's final flush is quiet.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())


if __name__ == "__main__":
    sys.exit(main())
