#!/usr/bin/env python3
"""Count the instructions each benchmark script costs under taipan and CPython.

Wall time on a small shared machine can swing by a third from one run to the
next; the number of instructions a run executes hardly moves. This runs every
benches/bench_*.py (or the scripts named) once under `taipan run SCRIPT` and
once under `python3 -S SCRIPT`, each inside `valgrind --tool=callgrind`,
checks that both print the same stdout, and prints the instruction counts,
their ratio per script and the geometric mean of the ratios.

An instruction ratio is not a time ratio (the two interpreters differ in how
many instructions they retire per cycle), so the bars in run.py stay the
judge; this is the steady figure to compare one build of taipan against
another.

Usage:
    cargo build --release && python3 benches/instructions.py
    python3 benches/instructions.py --jobs 2 parser recursion

Exit status: 0 when every script ran under both and their outputs matched;
1 otherwise; 2 on a usage problem (no taipan binary, no valgrind, unknown
script).

Standard library only.
"""

import argparse
import concurrent.futures
import os
import re
import shlex
import shutil
import subprocess
import sys

from run import DEFAULT_TAIPAN, find_scripts, geomean, resolve_python

REFS = re.compile(r"I\s+refs:\s+([\d,]+)")


def parse_args(argv):
    p = argparse.ArgumentParser(
        description="Count instructions of benches/bench_*.py under taipan and CPython.")
    p.add_argument("scripts", nargs="*", metavar="SCRIPT",
                   help="benchmarks to run (as in run.py); default: every benches/bench_*.py")
    p.add_argument("--taipan", default=DEFAULT_TAIPAN, metavar="PATH",
                   help="taipan binary (default: target/release/taipan in the repo root)")
    p.add_argument("--python", default="python3", metavar="PATH",
                   help="reference CPython interpreter (default: python3)")
    p.add_argument("--python-args", default="-S", metavar="ARGS",
                   help="flags given to the reference interpreter (default: -S, as in run.py)")
    p.add_argument("--jobs", type=int, default=os.cpu_count() or 1, metavar="N",
                   help="runs under valgrind at once (default: the number of CPUs)")
    args = p.parse_args(argv)
    if args.jobs < 1:
        p.error("--jobs must be at least 1")
    return args


def count(cmd, cwd):
    """Runs `cmd` under callgrind: (instructions or None, stdout, error text)."""
    full = ["valgrind", "--tool=callgrind", "--callgrind-out-file=/dev/null"] + cmd
    proc = subprocess.run(full, cwd=cwd, capture_output=True)
    found = REFS.search(proc.stderr.decode(errors="replace"))
    if proc.returncode != 0 or not found:
        tail = proc.stderr.decode(errors="replace").strip().splitlines()[-5:]
        return None, proc.stdout, f"exit {proc.returncode}: " + " | ".join(tail)
    return int(found.group(1).replace(",", "")), proc.stdout, ""


def main(argv=None):
    args = parse_args(sys.argv[1:] if argv is None else argv)
    if shutil.which("valgrind") is None:
        print("valgrind is not installed (apt-get install valgrind)", file=sys.stderr)
        return 2
    taipan = os.path.abspath(args.taipan)
    if not (os.path.isfile(taipan) and os.access(taipan, os.X_OK)):
        print(f"taipan binary not found: {taipan} (cargo build --release)", file=sys.stderr)
        return 2
    resolved = resolve_python(args.python)
    if resolved is None:
        print(f"cannot run the reference interpreter: {args.python}", file=sys.stderr)
        return 2
    python_cmd = [resolved[0]] + shlex.split(args.python_args)
    scripts, missing = find_scripts(args.scripts)
    if missing or not scripts:
        print("no such benchmark: " + ", ".join(missing or ["(none found)"]), file=sys.stderr)
        return 2

    with concurrent.futures.ThreadPoolExecutor(args.jobs) as pool:
        jobs = [(s, pool.submit(count, [taipan, "run", s], os.path.dirname(s)),
                 pool.submit(count, python_cmd + [s], os.path.dirname(s))) for s in scripts]
        ratios, failed = [], False
        print(f"{'script':22s} {'taipan':>14s} {'python':>14s}  ratio")
        for script, mine, theirs in jobs:
            (t, t_out, t_err), (p, p_out, p_err) = mine.result(), theirs.result()
            name = os.path.basename(script)
            if t is None or p is None or t_out != p_out:
                failed = True
                why = t_err or p_err or "outputs differ"
                print(f"{name:22s} FAILED: {why}")
                continue
            ratios.append(t / p)
            print(f"{name:22s} {t:14,d} {p:14,d}  {t / p:.2f}", flush=True)
    gm = geomean(ratios)
    print(f"\ngeometric mean instruction ratio (taipan/python): "
          f"{'-' if gm is None else format(gm, '.2f')} over {len(ratios)} of {len(scripts)} scripts")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
