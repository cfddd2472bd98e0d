#!/usr/bin/env python3
"""Make (or check) the golden outputs of the numpy test corpus.

Every ``tests/numpy/cases/*.py`` runs under a CPython that has NumPy 2.3.5;
its exact stdout goes to ``tests/numpy/expected/NAME.out``.  When the script
exits with a non-zero status, one more line follows the output:
``EXIT <code> <exception type>``, the exception type being the text before
the first ':' of the last non-indented line of stderr (the same rule that
``tests/numpy_golden.rs`` applies to taipan).

    python tests/numpy/generate.py                 # rewrite every golden
    python tests/numpy/generate.py index_fancy     # rewrite only these cases
    python tests/numpy/generate.py --check         # compare, write nothing
    python tests/numpy/generate.py --python /path/to/venv/bin/python

``--check`` exits with status 1 and lists every case whose fresh output
differs from its golden, every case without a golden and every golden
without a case.  CI runs it, so a golden can never be edited by hand into
agreement with taipan.  Standard library only.
"""

import argparse
import concurrent.futures
import os
import subprocess
import sys
from pathlib import Path

NUMPY_VERSION = "2.3.5"
HERE = Path(__file__).resolve().parent
CASES = HERE / "cases"
EXPECTED = HERE / "expected"
TIMEOUT_S = 120

# Single-threaded BLAS and a fixed hash seed: the same output on every run.
ENV_OVERRIDES = {
    "PYTHONHASHSEED": "0",
    "PYTHONIOENCODING": "utf-8",
    "PYTHONDONTWRITEBYTECODE": "1",
    "OPENBLAS_NUM_THREADS": "1",
    "OMP_NUM_THREADS": "1",
    "MKL_NUM_THREADS": "1",
}


def exception_type(stderr):
    """The text before ':' on the last non-empty, non-indented stderr line."""
    for line in reversed(stderr.split("\n")):
        line = line.rstrip("\r")
        if line.strip() and not line.startswith(" ") and not line.startswith("hint:"):
            return line.split(":", 1)[0].strip()
    return ""


def run_case(python, script):
    env = dict(os.environ)
    env.update(ENV_OVERRIDES)
    try:
        proc = subprocess.run(
            [python, str(script)],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            stdin=subprocess.DEVNULL,
            cwd=str(CASES),
            env=env,
            timeout=TIMEOUT_S,
        )
    except subprocess.TimeoutExpired:
        return None, "timed out after %d s" % TIMEOUT_S
    out = proc.stdout.decode("utf-8", errors="replace")
    if proc.returncode != 0:
        if out and not out.endswith("\n"):
            out += "\n"
        exc = exception_type(proc.stderr.decode("utf-8", errors="replace"))
        out += ("EXIT %d %s" % (proc.returncode, exc)).rstrip() + "\n"
    return out, None


def check_numpy(python):
    try:
        proc = subprocess.run(
            [python, "-c", "import sys, numpy; print(numpy.__version__); print(sys.version.split()[0])"],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            stdin=subprocess.DEVNULL,
        )
    except OSError as e:
        sys.exit("generate.py: cannot run %s: %s" % (python, e))
    if proc.returncode != 0:
        sys.exit(
            "generate.py: %s cannot import numpy.\n"
            "Make a virtualenv with NumPy %s:\n"
            "    python3 -m venv /tmp/npvenv && /tmp/npvenv/bin/python -m pip install numpy==%s\n"
            "then run: /tmp/npvenv/bin/python tests/numpy/generate.py   (or --python /tmp/npvenv/bin/python)\n%s"
            % (python, NUMPY_VERSION, NUMPY_VERSION, proc.stderr.decode(errors="replace").strip())
        )
    version, pyver = proc.stdout.decode().split()[:2]
    if version != NUMPY_VERSION:
        sys.exit(
            "generate.py: %s has numpy %s, but the goldens are pinned to numpy %s.\n"
            "Install it in a virtualenv: python -m pip install numpy==%s"
            % (python, version, NUMPY_VERSION, NUMPY_VERSION)
        )
    return pyver


def first_difference(expected, got):
    exp_lines = expected.split("\n")
    got_lines = got.split("\n")
    for i, (a, b) in enumerate(zip(exp_lines, got_lines)):
        if a != b:
            return i + 1, a, b
    i = min(len(exp_lines), len(got_lines))
    a = exp_lines[i] if i < len(exp_lines) else "<end>"
    b = got_lines[i] if i < len(got_lines) else "<end>"
    return i + 1, a, b


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--python", default="python3", help="interpreter with numpy %s (default: python3)" % NUMPY_VERSION)
    parser.add_argument("--check", action="store_true", help="write nothing; exit 1 if any golden is stale, missing or orphaned")
    parser.add_argument("-j", "--jobs", type=int, default=os.cpu_count() or 2, help="cases run in parallel")
    parser.add_argument("cases", nargs="*", help="only these cases (names with or without .py)")
    args = parser.parse_args()

    pyver = check_numpy(args.python)
    scripts = sorted(CASES.glob("*.py"))
    if not scripts:
        sys.exit("generate.py: no cases in %s" % CASES)
    if args.cases:
        wanted = {c[:-3] if c.endswith(".py") else c for c in args.cases}
        unknown = wanted - {s.stem for s in scripts}
        if unknown:
            sys.exit("generate.py: no such case: %s" % ", ".join(sorted(unknown)))
        scripts = [s for s in scripts if s.stem in wanted]

    with concurrent.futures.ThreadPoolExecutor(max_workers=max(1, args.jobs)) as pool:
        results = dict(zip(scripts, pool.map(lambda s: run_case(args.python, s), scripts)))

    problems = []
    written = 0
    for script in scripts:
        out, err = results[script]
        golden = EXPECTED / (script.stem + ".out")
        if err is not None:
            problems.append("%s: %s" % (script.stem, err))
            continue
        if args.check:
            if not golden.exists():
                problems.append("%s: no golden file expected/%s" % (script.stem, golden.name))
                continue
            stored = golden.read_bytes().decode("utf-8", errors="replace")
            if stored != out:
                line, a, b = first_difference(stored, out)
                problems.append(
                    "%s: differs from the stored golden at line %d\n    stored: %r\n    fresh:  %r"
                    % (script.stem, line, a, b)
                )
        else:
            EXPECTED.mkdir(parents=True, exist_ok=True)
            data = out.encode("utf-8")
            if not golden.exists() or golden.read_bytes() != data:
                golden.write_bytes(data)
                written += 1

    if not args.cases:
        names = {s.stem for s in scripts}
        for golden in sorted(EXPECTED.glob("*.out")):
            if golden.stem not in names:
                if args.check:
                    problems.append("%s: golden file without a case (cases/%s.py)" % (golden.stem, golden.stem))
                else:
                    golden.unlink()
                    print("removed orphan golden %s" % golden.name)

    if problems:
        print("numpy goldens (numpy %s, Python %s): %d problem(s)" % (NUMPY_VERSION, pyver, len(problems)))
        for p in problems:
            print("  " + p)
        sys.exit(1)
    if args.check:
        print("numpy goldens: all %d cases match (numpy %s, Python %s)" % (len(scripts), NUMPY_VERSION, pyver))
    else:
        print("numpy goldens: %d cases run, %d file(s) written (numpy %s, Python %s)" % (len(scripts), written, NUMPY_VERSION, pyver))


if __name__ == "__main__":
    main()
