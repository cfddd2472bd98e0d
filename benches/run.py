#!/usr/bin/env python3
"""Run the taipan benchmark scripts beside CPython and compare.

For each benches/bench_*.py (or the scripts named on the command line) this
runs `taipan run SCRIPT` and `python3 -S SCRIPT` alternately, --repeat times
each, keeps the minimum wall time of each, and checks that both print the
same stdout. It also measures start-up (an empty script, run --startup-runs
times under each, median). It prints one table, the geometric mean of the
taipan/python ratios and the start-up line; --json FILE also writes the
figures as JSON; --check turns the project's bars into the exit status.

Usage:
    cargo build --release && python3 benches/run.py
    python3 benches/run.py --repeat 5 matmul nms
    python3 benches/run.py --check --json bench.json

Exit status: 0 when every script ran and matched (and, with --check, every
bar was met); 1 on a mismatch, an error or a timeout (or, with --check, a
missed bar); 2 on a usage problem (no taipan binary, unknown script).

Standard library only.
"""

import argparse
import difflib
import json
import math
import os
import platform
import shlex
import signal
import statistics
import subprocess
import sys
import tempfile
import time

try:
    import resource
except ImportError:  # not on Unix: CPU times are left out
    resource = None

BENCH_DIR = os.path.dirname(os.path.abspath(__file__))
REPO_ROOT = os.path.dirname(BENCH_DIR)
DEFAULT_TAIPAN = os.path.join(REPO_ROOT, "target", "release", "taipan")

# The project's bars (see /DESIGN.md, "Performance").
DEFAULT_MAX_GEOMEAN = 1.5
DEFAULT_MAX_RATIO = 3.0
DEFAULT_MAX_STARTUP_MS = 5.0


def parse_args(argv):
    p = argparse.ArgumentParser(
        description="Run benches/bench_*.py under taipan and CPython and compare.")
    p.add_argument("scripts", nargs="*", metavar="SCRIPT",
                   help="benchmarks to run: a name (matmul), a file name "
                        "(bench_matmul.py) or a path; default: every benches/bench_*.py")
    p.add_argument("--taipan", default=DEFAULT_TAIPAN, metavar="PATH",
                   help="taipan binary (default: target/release/taipan in the repo root)")
    p.add_argument("--python", default="python3", metavar="PATH",
                   help="reference CPython interpreter (default: python3); a launcher such as "
                        "a pyenv shim is resolved to the real executable first")
    p.add_argument("--python-args", default="-S", metavar="ARGS",
                   help="flags given to the reference interpreter before the script (default: -S, "
                        "which skips site-packages .pth hooks: the scripts import only math, and "
                        "such hooks add a machine-specific constant to every CPython run); "
                        "pass --python-args= to run it exactly as `python3 SCRIPT`")
    p.add_argument("--repeat", type=int, default=3, metavar="N",
                   help="runs of each script under each interpreter; the minimum is kept (default: 3)")
    p.add_argument("--startup-runs", type=int, default=20, metavar="N",
                   help="runs of the empty script under each interpreter; the median is kept (default: 20)")
    p.add_argument("--timeout", type=float, default=300.0, metavar="SECONDS",
                   help="limit for one run of one script (default: 300)")
    p.add_argument("--json", metavar="FILE", help="also write the figures as JSON to FILE")
    p.add_argument("--check", action="store_true",
                   help="exit 1 when a bar is missed (geometric mean, worst ratio, start-up) "
                        "or any script mismatches or fails")
    p.add_argument("--max-geomean", type=float, default=DEFAULT_MAX_GEOMEAN, metavar="R",
                   help=f"--check bar for the geometric mean of the ratios (default: {DEFAULT_MAX_GEOMEAN})")
    p.add_argument("--max-ratio", type=float, default=DEFAULT_MAX_RATIO, metavar="R",
                   help=f"--check bar for any one script's ratio (default: {DEFAULT_MAX_RATIO})")
    p.add_argument("--max-startup-ms", type=float, default=DEFAULT_MAX_STARTUP_MS, metavar="MS",
                   help=f"--check bar for taipan's median start-up in ms (default: {DEFAULT_MAX_STARTUP_MS})")
    args = p.parse_args(argv)
    if args.repeat < 1:
        p.error("--repeat must be at least 1")
    if args.startup_runs < 0:
        p.error("--startup-runs must not be negative")
    return args


def find_scripts(names):
    if not names:
        found = sorted(
            os.path.join(BENCH_DIR, f) for f in os.listdir(BENCH_DIR)
            if f.startswith("bench_") and f.endswith(".py"))
        return found, []
    found, missing = [], []
    for name in names:
        candidates = [name]
        base = os.path.basename(name)
        if not base.endswith(".py"):
            base += ".py"
        if not base.startswith("bench_"):
            base = "bench_" + base
        candidates.append(os.path.join(BENCH_DIR, base))
        for c in candidates:
            if os.path.isfile(c):
                found.append(os.path.abspath(c))
                break
        else:
            missing.append(name)
    return found, missing


class RunResult:
    def __init__(self, seconds, rc, stdout, stderr, timed_out=False, cpu=None):
        self.seconds = seconds
        self.cpu = cpu
        self.rc = rc
        self.stdout = stdout
        self.stderr = stderr
        self.timed_out = timed_out


def children_cpu():
    if resource is None:
        return None
    ru = resource.getrusage(resource.RUSAGE_CHILDREN)
    return ru.ru_utime + ru.ru_stime


def timed_run(cmd, timeout):
    """Run cmd once: wall time by perf_counter around the child (Popen +
    communicate, i.e. subprocess.run with a process-group kill on timeout), plus the
    child's user+system CPU time (less sensitive to a busy machine)."""
    cpu0 = children_cpu()
    start = time.perf_counter()
    try:
        proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                                stdin=subprocess.DEVNULL, cwd=REPO_ROOT,
                                start_new_session=True)
    except OSError as e:
        return RunResult(time.perf_counter() - start, None, b"", str(e).encode())
    try:
        out, err = proc.communicate(timeout=timeout)
    except subprocess.TimeoutExpired:
        # Kill the whole process group: a wrapper script's children too.
        try:
            os.killpg(proc.pid, signal.SIGKILL)
        except OSError:
            proc.kill()
        out, err = proc.communicate()
        return RunResult(time.perf_counter() - start, None, out, err, timed_out=True)
    elapsed = time.perf_counter() - start
    cpu1 = children_cpu()
    cpu = None if cpu0 is None else cpu1 - cpu0
    return RunResult(elapsed, proc.returncode, out, err, cpu=cpu)


def tail(data, lines=8):
    text = data.decode("utf-8", "replace").rstrip()
    return "\n".join(text.splitlines()[-lines:])


def short_diff(expected, got, limit=12):
    a = expected.decode("utf-8", "replace").splitlines()
    b = got.decode("utf-8", "replace").splitlines()
    diff = list(difflib.unified_diff(a, b, "cpython", "taipan", lineterm="", n=1))
    if len(diff) > limit:
        diff = diff[:limit] + [f"... ({len(diff) - limit} more diff lines)"]
    return "\n".join(diff)


def resolve_python(python):
    """The real executable behind `python` (a pyenv shim is a shell script
    that costs tens of ms a run) and its version, or None."""
    try:
        proc = subprocess.run(
            [python, "-c", "import sys, platform; print(sys.executable); print(platform.python_version())"],
            stdout=subprocess.PIPE, stderr=subprocess.PIPE, stdin=subprocess.DEVNULL, timeout=60)
    except (OSError, subprocess.TimeoutExpired):
        return None
    if proc.returncode != 0:
        return None
    lines = proc.stdout.decode("utf-8", "replace").splitlines()
    if len(lines) < 2:
        return None
    exe = lines[0].strip() or python
    return exe, lines[1].strip()


def bench_script(script, taipan, python_cmd, repeat, timeout):
    """Run one script `repeat` times under each interpreter, alternating."""
    name = os.path.basename(script)
    t_cmd = [taipan, "run", script]
    p_cmd = python_cmd + [script]
    python = python_cmd[0]
    t_runs, p_runs = [], []
    for i in range(repeat):
        # Alternate which goes first, so neither always runs on a warmer machine.
        order = (("t", t_cmd), ("p", p_cmd)) if i % 2 == 0 else (("p", p_cmd), ("t", t_cmd))
        stop = False
        for which, cmd in order:
            r = timed_run(cmd, timeout)
            (t_runs if which == "t" else p_runs).append(r)
            if r.timed_out or r.rc != 0:
                stop = True
        if stop:
            break

    result = {"script": name, "taipan_s": None, "python_s": None, "ratio": None,
              "status": "ok", "detail": "", "taipan_cpu_s": None, "python_cpu_s": None,
              "taipan_runs_s": [r.seconds for r in t_runs], "python_runs_s": [r.seconds for r in p_runs]}
    p_bad = [r for r in p_runs if r.timed_out or r.rc != 0]
    t_bad = [r for r in t_runs if r.timed_out or r.rc != 0]
    if p_bad:
        r = p_bad[0]
        result["status"] = "PY-TIMEOUT" if r.timed_out else "PY-ERROR"
        result["detail"] = (f"{python} {'timed out' if r.timed_out else f'exited {r.rc}'}:\n"
                            + tail(r.stderr))
    elif t_bad:
        r = t_bad[0]
        result["status"] = "TIMEOUT" if r.timed_out else "ERROR"
        result["detail"] = (f"taipan {'timed out' if r.timed_out else f'exited {r.rc}'}:\n"
                            + tail(r.stderr))
    if p_runs and not p_bad:
        result["python_s"] = min(r.seconds for r in p_runs)
        if all(r.cpu is not None for r in p_runs):
            result["python_cpu_s"] = min(r.cpu for r in p_runs)
    if t_runs and not t_bad:
        result["taipan_s"] = min(r.seconds for r in t_runs)
        if all(r.cpu is not None for r in t_runs):
            result["taipan_cpu_s"] = min(r.cpu for r in t_runs)
    if result["status"] != "ok":
        return result

    expected = p_runs[0].stdout
    if any(r.stdout != expected for r in p_runs[1:]):
        result["status"] = "MISMATCH"
        result["detail"] = "python3's own output differs between runs (the script is not deterministic)"
    else:
        for r in t_runs:
            if r.stdout != expected:
                result["status"] = "MISMATCH"
                result["detail"] = "stdout differs:\n" + short_diff(expected, r.stdout)
                break
    if result["taipan_s"] is not None and result["python_s"]:
        result["ratio"] = result["taipan_s"] / result["python_s"]
    return result


def measure_startup(taipan, python_cmd, runs, timeout):
    if runs == 0:
        return None
    with tempfile.TemporaryDirectory(prefix="taipan-bench-") as tmp:
        empty = os.path.join(tmp, "empty.py")
        with open(empty, "w") as f:
            f.write("")
        t_times, p_times = [], []
        errors = []
        for i in range(runs):
            pairs = (("t", [taipan, "run", empty]), ("p", python_cmd + [empty]))
            if i % 2:
                pairs = pairs[::-1]
            for which, cmd in pairs:
                r = timed_run(cmd, timeout)
                if r.timed_out or r.rc != 0:
                    errors.append(f"{' '.join(cmd)}: "
                                  f"{'timed out' if r.timed_out else f'exited {r.rc}'} {tail(r.stderr, 3)}")
                (t_times if which == "t" else p_times).append(r.seconds)
            if errors:
                break
    if errors:
        return {"error": errors[0]}
    t_ms = statistics.median(t_times) * 1000.0
    p_ms = statistics.median(p_times) * 1000.0
    return {"taipan_ms": t_ms, "python_ms": p_ms,
            "ratio": t_ms / p_ms if p_ms > 0 else None, "runs": runs}


def geomean(values):
    if not values:
        return None
    return math.exp(sum(math.log(v) for v in values) / len(values))


def fmt(v, spec):
    return "-" if v is None else format(v, spec)


def print_table(results):
    headers = ("script", "taipan s", "python s", "ratio", "status")
    rows = [(r["script"], fmt(r["taipan_s"], ".3f"), fmt(r["python_s"], ".3f"),
             fmt(r["ratio"], ".2f"), r["status"]) for r in results]
    widths = [max(len(h), *(len(row[i]) for row in rows)) if rows else len(h)
              for i, h in enumerate(headers)]

    def line(cells):
        out = [cells[0].ljust(widths[0])]
        out += [c.rjust(w) for c, w in zip(cells[1:4], widths[1:4])]
        out.append(cells[4].ljust(widths[4]))
        return "  ".join(out).rstrip()

    print(line(headers))
    print("  ".join("-" * w for w in widths))
    for row in rows:
        print(line(row))


def main(argv=None):
    args = parse_args(sys.argv[1:] if argv is None else argv)

    taipan = os.path.abspath(args.taipan)
    if not (os.path.isfile(taipan) and os.access(taipan, os.X_OK)):
        print(f"taipan binary not found (or not executable): {taipan}", file=sys.stderr)
        print("Build it first from the repo root:\n    cargo build --release\n"
              "or point at another build with --taipan PATH.", file=sys.stderr)
        return 2

    resolved = resolve_python(args.python)
    if resolved is None:
        print(f"cannot run the reference interpreter: {args.python}", file=sys.stderr)
        return 2
    python_exe, python_version = resolved
    python_cmd = [python_exe] + shlex.split(args.python_args)

    scripts, missing = find_scripts(args.scripts)
    if missing:
        print("no such benchmark: " + ", ".join(missing), file=sys.stderr)
        return 2
    if not scripts:
        print(f"no bench_*.py scripts in {BENCH_DIR}", file=sys.stderr)
        return 2

    progress = sys.stderr.isatty()
    results = []
    for script in scripts:
        if progress:
            print(f"running {os.path.basename(script)} ...", file=sys.stderr, flush=True)
        results.append(bench_script(script, taipan, python_cmd, args.repeat, args.timeout))
    if progress:
        print("measuring start-up ...", file=sys.stderr, flush=True)
    startup = measure_startup(taipan, python_cmd, args.startup_runs, args.timeout)

    ratios = [r["ratio"] for r in results if r["status"] == "ok" and r["ratio"]]
    gm = geomean(ratios)
    worst = max(ratios) if ratios else None
    failures = [r for r in results if r["status"] != "ok"]

    print(f"taipan: {taipan}")
    print(f"python: {' '.join(python_cmd)} (CPython {python_version})")
    runs = "1 run" if args.repeat == 1 else f"min of {args.repeat} runs"
    print(f"{runs} each, alternating\n")
    print_table(results)
    print()
    print(f"geometric mean ratio (taipan/python): {fmt(gm, '.2f')}"
          f"  over {len(ratios)} of {len(results)} scripts")
    if startup is None:
        print("start-up: skipped")
    elif "error" in startup:
        print(f"start-up: FAILED: {startup['error']}")
    else:
        print(f"start-up (empty script, median of {startup['runs']}): "
              f"taipan {startup['taipan_ms']:.2f} ms, python {startup['python_ms']:.2f} ms, "
              f"ratio {fmt(startup['ratio'], '.2f')}")
    for r in failures:
        print(f"\n{r['script']}: {r['status']}\n{r['detail']}")

    reasons = []
    for r in failures:
        reasons.append(f"{r['script']}: {r['status']}")
    if args.check:
        if gm is not None and gm > args.max_geomean:
            reasons.append(f"geometric mean {gm:.2f} > {args.max_geomean}")
        for r in results:
            if r["ratio"] is not None and r["ratio"] > args.max_ratio:
                reasons.append(f"{r['script']}: ratio {r['ratio']:.2f} > {args.max_ratio}")
        if startup is not None:
            if "error" in startup:
                reasons.append("start-up: " + startup["error"])
            elif startup["taipan_ms"] > args.max_startup_ms:
                reasons.append(f"start-up {startup['taipan_ms']:.2f} ms > {args.max_startup_ms} ms")
    if args.check:
        print()
        if reasons:
            print("CHECK FAILED:")
            for reason in reasons:
                print("  " + reason)
        else:
            print(f"CHECK PASSED (geomean <= {args.max_geomean}, every ratio <= {args.max_ratio}, "
                  f"start-up <= {args.max_startup_ms} ms, all outputs match)")

    if args.json:
        doc = {
            "taipan": taipan,
            "python": python_cmd,
            "python_version": python_version,
            "machine": platform.machine(),
            "cpus": os.cpu_count(),
            "repeat": args.repeat,
            "results": results,
            "geomean_ratio": gm,
            "worst_ratio": worst,
            "startup": startup,
            "bars": {"max_geomean": args.max_geomean, "max_ratio": args.max_ratio,
                     "max_startup_ms": args.max_startup_ms},
            "checked": args.check,
            "failures": reasons,
            "passed": not reasons,
        }
        with open(args.json, "w") as f:
            json.dump(doc, f, indent=2)
            f.write("\n")

    return 1 if reasons else 0


if __name__ == "__main__":
    sys.exit(main())
