"""``python -m sipstatus``: explain SIP response codes and list the table.

It is the ``sipstatus`` command of the Rust crate sipstatus-cli, run through
the native module: the same arguments, output, one-line errors and exit
statuses (0, 1 for a query that names no code or output that cannot be
written, 2 for a usage error)::

    python -m sipstatus 486
    python -m sipstatus explain "busy here" --lang de
    python -m sipstatus list --class 6xx
    python -m sipstatus list --format json > codes.json
"""

from __future__ import annotations

import os
import signal
import sys
from typing import Sequence

from . import _native

__all__ = ["main"]

PROG = "python -m sipstatus"


def main(argv: Sequence[str | bytes] | None = None) -> int:
    """Runs the command with ``argv`` (default: ``sys.argv[1:]``) and returns
    its exit status. It writes to file descriptors 1 and 2 directly, as the
    Rust command does, so whatever Python holds buffered is flushed first."""
    args = sys.argv[1:] if argv is None else argv
    for stream in (sys.stdout, sys.stderr):
        if stream is not None:
            try:
                stream.flush()
            except (OSError, ValueError):
                pass  # the command reports its own write failures
    # os.fsencode gives back the bytes the OS passed, even for an argument
    # that is not UTF-8, so that the command can refuse it as the Rust one does.
    return _native._main([os.fsencode(PROG), *map(os.fsencode, args)])


if __name__ == "__main__":
    # As a C program, and the Rust command: a reader that stops early
    # (`python -m sipstatus list | head`) ends the command quietly.
    if hasattr(signal, "SIGPIPE"):
        signal.signal(signal.SIGPIPE, signal.SIG_DFL)
    sys.exit(main())
