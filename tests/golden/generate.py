#!/usr/bin/env python3
"""Make (or check) the golden outputs of the golden suites.

Every case of a suite (``SUITES`` below: the numpy corpus, the example
pipelines ...) runs under a CPython that has the libraries pinned in
``tests/golden/requirements.txt``; its exact stdout goes to the suite's
``expected/NAME.out``.  When the script exits with a non-zero status, one
more line follows the output: ``EXIT <code> <exception type>``, the
exception type being the text before the first ':' of the last
non-indented line of stderr (the same rule that ``tests/golden/mod.rs``
applies to taipan).

    python tests/golden/generate.py                        # rewrite every golden
    python tests/golden/generate.py --suite numpy          # one suite
    python tests/golden/generate.py --suite numpy index_fancy   # only these cases
    python tests/golden/generate.py --check                # compare, write nothing
    python tests/golden/generate.py --python /path/to/venv/bin/python

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

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
REQUIREMENTS = HERE / "requirements.txt"
TIMEOUT_S = 120

# name: (cases folder, goldens folder, whether cases run in the repo root)
SUITES = {
    "numpy": ("tests/numpy/cases", "tests/numpy/expected", False),
    "examples": ("examples", "tests/examples/expected", True),
    "audio": ("tests/audio/cases", "tests/audio/expected", False),
    "libs": ("tests/libs/cases", "tests/libs/expected", False),
}

# The module each pinned distribution is imported as.
IMPORT_NAMES = {"pillow": "PIL", "opencv-python-headless": "cv2"}

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


def run_case(python, script, cwd):
    env = dict(os.environ)
    env.update(ENV_OVERRIDES)
    try:
        proc = subprocess.run(
            [python, str(script)],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            stdin=subprocess.DEVNULL,
            cwd=str(cwd),
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


def pins():
    """(distribution, version) pairs from requirements.txt."""
    out = []
    for line in REQUIREMENTS.read_text().splitlines():
        line = line.split("#", 1)[0].strip()
        if line:
            name, _, version = line.partition("==")
            out.append((name.strip(), version.strip()))
    return out


def check_versions(python):
    """Exits unless ``python`` has every pinned library at its version;
    returns the interpreter's version."""
    probe = "import sys\nprint(sys.version.split()[0])\n"
    for dist, _ in pins():
        module = IMPORT_NAMES.get(dist, dist)
        probe += "import %s\nprint(getattr(%s, '__version__', '?'))\n" % (module, module)
    install = "python3 -m venv /tmp/goldvenv && /tmp/goldvenv/bin/python -m pip install -r %s" % (
        REQUIREMENTS.relative_to(ROOT)
    )
    try:
        proc = subprocess.run([python, "-c", probe], stdout=subprocess.PIPE, stderr=subprocess.PIPE, stdin=subprocess.DEVNULL)
    except OSError as e:
        sys.exit("generate.py: cannot run %s: %s" % (python, e))
    if proc.returncode != 0:
        sys.exit(
            "generate.py: %s lacks a pinned library.\nMake a virtualenv:\n    %s\n"
            "then run: /tmp/goldvenv/bin/python tests/golden/generate.py\n%s"
            % (python, install, proc.stderr.decode(errors="replace").strip())
        )
    lines = proc.stdout.decode().split()
    for (dist, want), got in zip(pins(), lines[1:]):
        # OpenCV reports 4.13.0 for the wheel 4.13.0.92.
        if not want.startswith(got):
            sys.exit("generate.py: %s has %s %s, but the goldens are pinned to %s.\n    %s" % (python, dist, got, want, install))
    return lines[0]


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


def generate_suite(name, args, pool):
    """Runs one suite's cases; returns (problems, cases run, files written)."""
    cases_dir, expected_rel, in_root = SUITES[name]
    cases = ROOT / cases_dir
    expected = ROOT / expected_rel
    scripts = sorted(cases.glob("*.py"))
    if not scripts:
        sys.exit("generate.py: no cases in %s" % cases)
    if args.cases:
        wanted = {c[:-3] if c.endswith(".py") else c for c in args.cases}
        unknown = wanted - {s.stem for s in scripts}
        if unknown:
            sys.exit("generate.py: suite %s has no case %s" % (name, ", ".join(sorted(unknown))))
        scripts = [s for s in scripts if s.stem in wanted]
    cwd = ROOT if in_root else cases
    results = dict(zip(scripts, pool.map(lambda s: run_case(args.python, s, cwd), scripts)))

    problems = []
    written = 0
    for script in scripts:
        out, err = results[script]
        golden = expected / (script.stem + ".out")
        label = "%s/%s" % (name, script.stem)
        if err is not None:
            problems.append("%s: %s" % (label, err))
            continue
        if args.check:
            if not golden.exists():
                problems.append("%s: no golden file %s/%s" % (label, expected_rel, golden.name))
                continue
            stored = golden.read_bytes().decode("utf-8", errors="replace")
            if stored != out:
                line, a, b = first_difference(stored, out)
                problems.append(
                    "%s: differs from the stored golden at line %d\n    stored: %r\n    fresh:  %r"
                    % (label, line, a, b)
                )
        else:
            expected.mkdir(parents=True, exist_ok=True)
            data = out.encode("utf-8")
            if not golden.exists() or golden.read_bytes() != data:
                golden.write_bytes(data)
                written += 1

    if not args.cases:
        names = {s.stem for s in scripts}
        for golden in sorted(expected.glob("*.out")):
            if golden.stem not in names:
                if args.check:
                    problems.append("%s/%s: golden file without a case" % (name, golden.stem))
                else:
                    golden.unlink()
                    print("removed orphan golden %s/%s" % (expected_rel, golden.name))
    return problems, len(scripts), written


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--python", default=sys.executable, help="interpreter with the pinned libraries (default: the one running this script)")
    parser.add_argument("--suite", action="append", choices=sorted(SUITES), help="only this suite (repeatable; default: all)")
    parser.add_argument("--check", action="store_true", help="write nothing; exit 1 if any golden is stale, missing or orphaned")
    parser.add_argument("-j", "--jobs", type=int, default=os.cpu_count() or 2, help="cases run in parallel")
    parser.add_argument("cases", nargs="*", help="only these cases of the one --suite given (names with or without .py)")
    args = parser.parse_args()
    suites = args.suite or sorted(SUITES)
    if args.cases and len(suites) != 1:
        sys.exit("generate.py: name exactly one --suite to pick cases")

    pyver = check_versions(args.python)
    versions = ", ".join("%s %s" % p for p in pins())
    problems = []
    with concurrent.futures.ThreadPoolExecutor(max_workers=max(1, args.jobs)) as pool:
        for name in suites:
            found, run, written = generate_suite(name, args, pool)
            problems += found
            verb = "checked" if args.check else "run, %d file(s) written" % written
            print("%s goldens: %d cases %s" % (name, run, verb))
    if problems:
        print("goldens (Python %s; %s): %d problem(s)" % (pyver, versions, len(problems)))
        for p in problems:
            print("  " + p)
        sys.exit(1)
    print("goldens %s (Python %s; %s)" % ("match" if args.check else "written", pyver, versions))


if __name__ == "__main__":
    main()
