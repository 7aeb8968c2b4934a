"""Times the hot paths of sipstatus against their http.HTTPStatus twins.

    make bench-python

SIPStatus(486) and .phrase are meant to cost what HTTPStatus(404) and its
.phrase cost: the same Enum value map, the same plain attributes. The module
functions call into Rust and are shown for scale. Each figure is the best of
many short interleaved timeit runs, in nanoseconds per call: on a shared,
loaded machine the best short run is one that nothing interrupted, so the
figures hold still where a few long runs would each be preempted.
"""

from __future__ import annotations

import platform
import sys
import timeit

SETUP = """
from http import HTTPStatus
from sipstatus import SIPStatus, canonical, from_phrase, reason_phrase
busy = SIPStatus.BUSY_HERE
not_found = HTTPStatus.NOT_FOUND
"""

# (what, sipstatus statement, http.HTTPStatus statement or None)
CASES = [
    ("construct by value", "SIPStatus(486)", "HTTPStatus(404)"),
    ("look up by name", 'SIPStatus["BUSY_HERE"]', 'HTTPStatus["NOT_FOUND"]'),
    ("member, then .phrase", "SIPStatus.BUSY_HERE.phrase", "HTTPStatus.NOT_FOUND.phrase"),
    (".phrase of a held member", "busy.phrase", "not_found.phrase"),
    (".description", "busy.description", "not_found.description"),
    ("predicate property", "busy.is_client_error", "not_found.is_client_error"),
    ("reason_phrase(486)", "reason_phrase(486)", None),
    ('from_phrase("busy here")', 'from_phrase("busy here")', None),
    ("canonical(499)", "canonical(499)", None),
]

ROUNDS = 300
LOOPS = 3_000


def timer(statement: str) -> tuple[timeit.Timer, int]:
    """A timer for a statement, and its loop count per run (about a
    millisecond: short enough that many runs see no other process)."""
    return timeit.Timer(statement, SETUP), LOOPS


def best_ns(*statements: str) -> list[float]:
    """The best time per call of each statement over ROUNDS rounds. The
    statements take turns within a round, so a burst of load elsewhere on
    the machine hits them alike."""
    timers = [timer(statement) for statement in statements]
    best = [float("inf")] * len(timers)
    for _ in range(ROUNDS):
        for i, (t, loops) in enumerate(timers):
            best[i] = min(best[i], t.timeit(loops) / loops * 1e9)
    return best


def main() -> int:
    from http import HTTPStatus

    import sipstatus

    print(
        f"Python {platform.python_version()} ({sys.implementation.name}), "
        f"sipstatus {sipstatus.__version__}, {platform.machine()}; "
        f"best of {ROUNDS} interleaved timeit runs, ns per call"
    )
    print()
    print("| operation | sipstatus | sipstatus stmt | http.HTTPStatus | HTTPStatus stmt | ratio |")
    print("|---|---:|---|---:|---|---:|")
    for what, ours, theirs in CASES:
        if theirs is not None and theirs.startswith("not_found.is_"):
            if not hasattr(HTTPStatus.NOT_FOUND, theirs.split(".")[1]):
                theirs = None  # HTTPStatus has its predicates from Python 3.12 on
        if theirs is None:
            (ns,) = best_ns(ours)
            print(f"| {what} | {ns:.1f} | `{ours}` | | | |")
            continue
        ns, reference = best_ns(ours, theirs)
        ratio = ns / reference
        print(f"| {what} | {ns:.1f} | `{ours}` | {reference:.1f} | `{theirs}` | {ratio:.2f} |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
