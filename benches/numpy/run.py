#!/usr/bin/env python3
"""NumPy preprocessing benchmark: taipan's numpy shim vs the real NumPy.

For each workload (benches/numpy/wl_*.py) this runs

    numpy   PYTHON wl_X.py REPS            (CPython with the real NumPy)
    taipan  TAIPAN run wl_X.py REPS        (taipan's numpy shim)

--repeat times each, interleaved, keeps the best seconds (each script times
its REPS calls with time.perf_counter around the loop only), checks that
every run printed the same checksum, and prints a table: ms per rep under
each, the ratio taipan/numpy, the bar (ratio <= 2.0) and the geometric mean
of the ratios.

With --threads N (N >= 2) it measures scaling instead: each engine runs the
workload on a ThreadPoolExecutor(N) with N x REPS calls and on a
ThreadPoolExecutor(1) with REPS calls, and the table gives each engine's
throughput (calls/s) at 1 and N workers and the speed-up. The bar for
taipan is 0.9 x N (1.8x at 2 workers); CPython's figure is for reference
(NumPy releases the GIL inside its loops, not between them).

Usage:
    cargo build --release && python3 benches/numpy/run.py --python /tmp/npvenv/bin/python
    python3 benches/numpy/run.py --python /tmp/npvenv/bin/python --threads 2
    python3 benches/numpy/run.py --engines numpy --workloads softmax,nms --repeat 1

Exit status: 0 when every run succeeded and every checksum matched (and,
with --check, every bar was met); 1 on a failed or timed-out run, a
checksum mismatch or (with --check) a missed bar; 2 on a usage problem (no
taipan binary, unknown workload, --check without both engines).

Standard library only.
"""

import argparse
import json
import math
import os
import platform
import shlex
import shutil
import subprocess
import sys
import time

NUMPY_DIR = os.path.dirname(os.path.abspath(__file__))
REPO_ROOT = os.path.dirname(os.path.dirname(NUMPY_DIR))
DEFAULT_TAIPAN = "target/release/taipan run"   # relative to the repo root

# workload -> REPS: about 0.2-0.5 s of timed work per run under NumPy
WORKLOADS = {
    "normalize": 300,
    "letterbox": 50,
    "softmax": 1000,
    "nms": 50,
    "logmel": 100,
}
ENGINES = ["numpy", "taipan"]

MAX_RATIO = 2.0             # taipan ms/rep <= 2 x NumPy's, every workload
THREAD_EFFICIENCY = 0.9     # taipan: N workers >= 0.9 * N x one worker (1.8x at 2)

BLAS_ENV = ("OPENBLAS_NUM_THREADS", "OMP_NUM_THREADS", "MKL_NUM_THREADS",
            "BLIS_NUM_THREADS", "VECLIB_MAXIMUM_THREADS", "NUMEXPR_NUM_THREADS")


# ---------------------------------------------------------------- arguments


def parse_args(argv):
    p = argparse.ArgumentParser(
        description="taipan's numpy shim vs NumPy on preprocessing workloads.")
    p.add_argument("--taipan", default=DEFAULT_TAIPAN, metavar="PATH",
                   help="taipan binary; 'run' is appended unless the value has several "
                        "words (a whole command prefix). Relative paths are tried from "
                        "the current directory, then the repo root (default: %r)"
                        % DEFAULT_TAIPAN)
    p.add_argument("--python", default="python3", metavar="PATH",
                   help="CPython with NumPy installed (default python3; a venv's python "
                        "works, e.g. /tmp/npvenv/bin/python)")
    p.add_argument("--python-args", default="", metavar="ARGS",
                   help="flags for CPython (default none: -S would hide a venv's "
                        "site-packages, and NumPy with them)")
    p.add_argument("--engines", default=",".join(ENGINES),
                   help="comma-separated subset of %s" % ",".join(ENGINES))
    p.add_argument("--workloads", default=",".join(WORKLOADS),
                   help="comma-separated subset of %s (wl_X or wl_X.py also accepted)"
                        % ",".join(WORKLOADS))
    p.add_argument("--reps", type=int, default=None, metavar="R",
                   help="calls per run for every workload (default per workload: %s)"
                        % ", ".join("%s %d" % kv for kv in WORKLOADS.items()))
    p.add_argument("--repeat", type=int, default=3,
                   help="runs of each configuration, interleaved, best kept (default 3)")
    p.add_argument("--threads", type=int, default=0, metavar="N",
                   help="scaling mode: N workers with N x REPS calls vs 1 worker with "
                        "REPS calls (N >= 2; default: off, the ratio table)")
    p.add_argument("--blas-threads", type=int, default=1, metavar="K",
                   help="OPENBLAS_NUM_THREADS etc. for every run (default 1: one core "
                        "per call, as taipan computes; 0 leaves the environment alone)")
    p.add_argument("--timeout", type=float, default=300.0, metavar="S",
                   help="limit for one run in seconds (default 300)")
    p.add_argument("--json", metavar="FILE", help="also write every figure as JSON")
    p.add_argument("--check", action="store_true",
                   help="exit 1 unless taipan meets the bar on every workload (ratio "
                        "<= %.1f, or with --threads N a speed-up >= %.1f x N)"
                        % (MAX_RATIO, THREAD_EFFICIENCY))
    p.add_argument("-q", "--quiet", action="store_true", help="no progress lines on stderr")
    return p.parse_args(argv)


def usage_error(msg):
    print("run.py: " + msg, file=sys.stderr)
    sys.exit(2)


def pick(value, known, what):
    out = []
    for item in value.split(","):
        item = item.strip()
        if not item:
            continue
        name = item
        if what == "workload":
            name = os.path.basename(name)
            if name.endswith(".py"):
                name = name[:-3]
            if name.startswith("wl_"):
                name = name[3:]
        if name not in known:
            usage_error("unknown %s %r (known: %s)" % (what, item, ", ".join(known)))
        if name not in out:
            out.append(name)
    if not out:
        usage_error("no %s given" % what)
    return out


def taipan_command(value):
    """The taipan command prefix as a list, or exit 2 with build advice."""
    parts = shlex.split(value)
    if not parts:
        usage_error("--taipan is empty")
    if len(parts) == 1:
        parts.append("run")
    exe = parts[0]
    found = None
    if os.sep in exe:
        if os.path.isabs(exe):
            cands = [exe]
        elif value == DEFAULT_TAIPAN:
            cands = [os.path.join(REPO_ROOT, exe)]
        else:
            cands = [os.path.abspath(exe), os.path.join(REPO_ROOT, exe)]
        for cand in cands:
            if os.path.isfile(cand) and os.access(cand, os.X_OK):
                found = cand
                break
        shown = exe if os.path.isabs(exe) else os.path.join(REPO_ROOT, exe)
    else:
        found = shutil.which(exe)
        shown = exe
    if found is None:
        print("taipan binary not found (or not executable): %s" % shown, file=sys.stderr)
        print("Build it first:  cd %s && cargo build --release" % REPO_ROOT, file=sys.stderr)
        print("or point at another build with --taipan PATH, or leave taipan out: "
              "--engines numpy", file=sys.stderr)
        sys.exit(2)
    return [found] + parts[1:]


def probe_python(python_cmd):
    """(executable, python version, numpy version or None, why not) for python_cmd."""
    code = ("import sys, platform; print(sys.executable); print(platform.python_version())\n"
            "try:\n    import numpy\nexcept Exception as e:\n"
            "    print('-'); print('%s: %s' % (type(e).__name__, e))\n"
            "else:\n    print(numpy.__version__)")
    try:
        proc = subprocess.run(python_cmd + ["-c", code], stdout=subprocess.PIPE,
                              stderr=subprocess.PIPE, stdin=subprocess.DEVNULL, timeout=120)
    except (OSError, subprocess.TimeoutExpired):
        return None
    lines = proc.stdout.decode("utf-8", "replace").splitlines()
    if proc.returncode != 0 or len(lines) < 3:
        return None
    if lines[2] == "-":
        return lines[0], lines[1], None, (lines[3] if len(lines) > 3 else "import failed")
    return lines[0], lines[1], lines[2], None


# ---------------------------------------------------------------- one run


def child_env(blas_threads):
    env = dict(os.environ)
    if blas_threads > 0:
        for k in BLAS_ENV:
            env[k] = str(blas_threads)
    return env


def run_child(cmd, timeout, env):
    t0 = time.perf_counter()
    try:
        proc = subprocess.run(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                              stdin=subprocess.DEVNULL, cwd=NUMPY_DIR, env=env,
                              timeout=timeout)
        rc, out, err, timed_out = (proc.returncode, proc.stdout, proc.stderr, False)
    except subprocess.TimeoutExpired as e:
        rc, out, err, timed_out = (None, e.stdout or b"", e.stderr or b"", True)
    return {"rc": rc, "timed_out": timed_out, "wall_s": time.perf_counter() - t0,
            "stdout": out.decode("utf-8", "replace"), "stderr": err.decode("utf-8", "replace")}


def parse_result(stdout):
    for line in reversed(stdout.splitlines()):
        line = line.strip()
        if line.startswith("{") and "checksum" in line:
            try:
                d = json.loads(line)
            except ValueError:
                return None
            if all(k in d for k in ("reps", "seconds", "checksum")):
                return d
    return None


def tail(text, n=12):
    return "\n".join(text.rstrip().splitlines()[-n:])


def short_error(stderr):
    """The last line of a traceback (the exception), for the table."""
    lines = [l for l in stderr.strip().splitlines() if l.strip()]
    return lines[-1].strip() if lines else ""


# ---------------------------------------------------------------- the benchmark


def bench_workload(wl, engines, configs, args, cmds, env, errors, log):
    """Runs every (engine, workers, reps) config --repeat times, interleaved.

    configs: list of (workers, reps); workers 0 = the plain loop.
    Returns {"engines": {e: {workers: best record or error}}, "checksums": ...}.
    """
    script = os.path.join(NUMPY_DIR, "wl_%s.py" % wl)
    runs = {e: {w: [] for w, _ in configs} for e in engines}
    failed = {e: None for e in engines}
    checksums = {}            # checksum -> [who]
    for rep in range(args.repeat):
        for workers, reps in configs:
            for e in engines:
                if failed[e] is not None:
                    continue
                cmd = cmds[e] + [script, str(reps)] + ([str(workers)] if workers else [])
                res = run_child(cmd, args.timeout, env)
                d = parse_result(res["stdout"]) if res["rc"] == 0 else None
                what = "%s %s workers=%d reps=%d rep %d" % (wl, e, workers, reps, rep + 1)
                err = None
                if res["timed_out"]:
                    err = "TIMEOUT after %.0f s" % args.timeout
                elif res["rc"] != 0:
                    err = "ERROR exit %d: %s" % (res["rc"], short_error(res["stderr"]))
                elif d is None:
                    err = "ERROR no result line"
                elif d["reps"] != reps:
                    err = "ERROR ran %s reps, expected %d" % (d["reps"], reps)
                elif not d["seconds"] > 0:
                    err = "ERROR non-positive seconds %r" % d["seconds"]
                rec = {"rep": rep + 1, "workers": workers, "reps": reps,
                       "wall_s": round(res["wall_s"], 4), "rc": res["rc"]}
                if err is not None:
                    rec["error"] = err
                    failed[e] = err
                    runs[e][workers].append(rec)
                    msg = "%s: %s\n  command: %s" % (what, err, " ".join(shlex.quote(c) for c in cmd))
                    if res["stderr"].strip():
                        msg += "\n  stderr (last lines):\n    " + tail(res["stderr"]).replace("\n", "\n    ")
                    errors.append(msg)
                    log("%-48s FAILED: %s" % (what, err))
                    continue
                rec["seconds"] = d["seconds"]
                rec["checksum"] = d["checksum"]
                runs[e][workers].append(rec)
                checksums.setdefault(repr(d["checksum"]), []).append(
                    "%s workers=%d rep %d" % (e, workers, rep + 1))
                log("%-48s %9.3f ms/call  checksum %r"
                    % (what, 1000.0 * d["seconds"] / reps, d["checksum"]))
    mismatch = len(checksums) > 1
    if mismatch:
        lines = ["%s: checksum mismatch:" % wl]
        for c, who in checksums.items():
            lines.append("  %s from %s" % (c, ", ".join(who)))
        errors.append("\n".join(lines))
    best = {}
    for e in engines:
        best[e] = {}
        for workers, reps in configs:
            ok = [r for r in runs[e][workers] if "error" not in r]
            if failed[e] is not None:
                best[e][workers] = {"error": failed[e]}
            elif ok:
                b = min(ok, key=lambda r: r["seconds"])
                best[e][workers] = {"seconds": b["seconds"], "reps": reps,
                                    "ms_per_call": 1000.0 * b["seconds"] / reps,
                                    "calls_per_s": reps / b["seconds"]}
    return {"script": os.path.relpath(script, REPO_ROOT), "runs": runs, "best": best,
            "checksums": list(checksums.keys()), "mismatch": mismatch}


def geomean(values):
    if not values:
        return None
    return math.exp(sum(math.log(v) for v in values) / len(values))


# ---------------------------------------------------------------- output


def cell(rec, fmt):
    if rec is None:
        return "-"
    if "error" in rec:
        return rec["error"].split(":")[0].split(" after")[0]
    return fmt % rec


def ratio_table(workloads, results, engines, reps_of):
    head = "%-10s %6s %13s %14s %13s  %s" % ("workload", "reps", "numpy ms/rep",
                                            "taipan ms/rep", "taipan/numpy",
                                            "bar (<= %.1fx)" % MAX_RATIO)
    print(head)
    print("-" * len(head))
    ratios = []
    verdicts = {}
    for wl in workloads:
        res = results[wl]
        n = res["best"].get("numpy", {}).get(0)
        t = res["best"].get("taipan", {}).get(0)
        ratio = None
        if n and t and "error" not in n and "error" not in t:
            ratio = t["ms_per_call"] / n["ms_per_call"]
        if t is not None and "error" in t:
            verdict = t["error"].split(":")[0].split(" after")[0].split(" exit")[0]
        elif res["mismatch"]:
            verdict = "MISMATCH"
        elif ratio is None:
            verdict = "-"
        else:
            verdict = "ok" if ratio <= MAX_RATIO else "MISSED"
            ratios.append(ratio)
        verdicts[wl] = {"ratio": ratio, "verdict": verdict}
        print("%-10s %6d %13s %14s %13s  %s" % (
            wl, reps_of(wl), cell(n, "%(ms_per_call).3f"), cell(t, "%(ms_per_call).3f"),
            "%.2fx" % ratio if ratio is not None else "-", verdict))
    gm = geomean(ratios)
    print("-" * len(head))
    print("geometric mean taipan/numpy: %s  (%d of %d workloads)"
          % ("%.2fx" % gm if gm is not None else "-", len(ratios), len(workloads)))
    return verdicts, gm


def threads_table(workloads, results, engines, n):
    need = THREAD_EFFICIENCY * n
    head = "%-10s" % "workload"
    for e in engines:
        head += " | %-33s" % ("%s: calls/s 1w, %dw, speed-up" % (e, n))
    head += " | bar (taipan >= %.1fx)" % need
    print(head)
    print("-" * len(head))
    verdicts = {}
    for wl in workloads:
        res = results[wl]
        line = "%-10s" % wl
        sp = {}
        for e in engines:
            one = res["best"][e].get(1)
            many = res["best"][e].get(n)
            if one and many and "error" not in one and "error" not in many:
                sp[e] = many["calls_per_s"] / one["calls_per_s"]
                line += " | %10.1f %10.1f %10s" % (one["calls_per_s"], many["calls_per_s"],
                                                     "%.2fx" % sp[e])
            else:
                bad = (one or {}).get("error") or (many or {}).get("error") or "-"
                line += " | %-33s" % bad[:33]
        if "taipan" not in engines:
            verdict = "-"
        elif "taipan" not in sp:
            verdict = "ERROR"
        elif res["mismatch"]:
            verdict = "MISMATCH"
        else:
            verdict = "ok" if sp["taipan"] >= need else "MISSED"
        verdicts[wl] = {"speedups": sp, "verdict": verdict}
        print(line + " | " + verdict)
    return verdicts


def main(argv=None):
    args = parse_args(sys.argv[1:] if argv is None else argv)
    engines = pick(args.engines, ENGINES, "engine")
    workloads = pick(args.workloads, list(WORKLOADS), "workload")
    if args.repeat < 1 or (args.reps is not None and args.reps < 1):
        usage_error("--repeat and --reps must be >= 1")
    if args.threads == 1 or args.threads < 0:
        usage_error("--threads wants N >= 2 (or 0 for the ratio table)")
    if args.check and "taipan" not in engines:
        usage_error("--check judges taipan: add it to --engines")
    if args.check and not args.threads and "numpy" not in engines:
        usage_error("--check compares with NumPy: add numpy to --engines")

    log = (lambda msg: None) if args.quiet else (lambda msg: print(msg, file=sys.stderr, flush=True))
    cmds = {}
    notes = []
    if "taipan" in engines:
        cmds["taipan"] = taipan_command(args.taipan)
    python_cmd = [args.python] + shlex.split(args.python_args)
    py = None
    if "numpy" in engines:
        py = probe_python(python_cmd)
        if py is None:
            usage_error("cannot run %r; pass --python PATH (a CPython with NumPy)" % args.python)
        exe, pyver, npver, why = py
        if npver is None:
            note = ("numpy engine skipped: `import numpy` fails in %s (%s) [%s]; pass "
                    "--python PATH of a CPython that has NumPy, e.g. a venv's bin/python%s"
                    % (" ".join(python_cmd), exe, why,
                       " (and drop -S: it hides a venv's site-packages)"
                       if "-S" in python_cmd[1:] else ""))
            if args.check and not args.threads:
                usage_error(note)
            notes.append(note)
            engines = [e for e in engines if e != "numpy"]
            if not engines:
                usage_error(note)
        else:
            cmds["numpy"] = [exe] + python_cmd[1:]

    def reps_of(wl):
        return args.reps if args.reps is not None else WORKLOADS[wl]

    env = child_env(args.blas_threads)
    cpus = os.cpu_count()
    load = os.getloadavg() if hasattr(os, "getloadavg") else None
    mode = ("%d workers vs 1" % args.threads) if args.threads else "ratio taipan/numpy"
    print("numpy benchmark (%s): %d CPUs, %s; best of %d"
          % (mode, cpus or 0, platform.platform(), args.repeat))
    if "taipan" in cmds:
        print("taipan: %s" % " ".join(cmds["taipan"]))
    if "numpy" in cmds:
        print("numpy:  %s  (Python %s, NumPy %s)" % (" ".join(cmds["numpy"]), py[1], py[2]))
    print("BLAS threads: %s" % (args.blas_threads if args.blas_threads > 0 else "as the environment says"))
    if load is not None:
        busy = "  (busy machine: figures are noisy)" if cpus and load[0] > 0.5 * cpus else ""
        print("load average at start: %.2f %.2f %.2f%s" % (load + (busy,)))
    if args.threads and cpus and args.threads > cpus:
        print("note: %d workers > %d CPUs: the bar cannot be met" % (args.threads, cpus))
    for n in notes:
        print("note: " + n)
    sys.stdout.flush()

    errors = []
    results = {}
    t_start = time.time()
    for wl in workloads:
        r = reps_of(wl)
        configs = [(1, r), (args.threads, args.threads * r)] if args.threads else [(0, r)]
        results[wl] = bench_workload(wl, engines, configs, args, cmds, env, errors, log)
    print()
    gm = None
    if args.threads:
        verdicts = threads_table(workloads, results, engines, args.threads)
    else:
        verdicts, gm = ratio_table(workloads, results, engines, reps_of)

    check = None
    if args.check:
        failures = []
        for wl in workloads:
            v = verdicts[wl]
            if v["verdict"] != "ok":
                if args.threads:
                    sp = v["speedups"].get("taipan")
                    failures.append("%s: %s" % (wl, "speed-up %.2fx < %.1fx" % (
                        sp, THREAD_EFFICIENCY * args.threads) if v["verdict"] == "MISSED"
                        else v["verdict"]))
                else:
                    failures.append("%s: %s" % (wl, "ratio %.2fx > %.1fx" % (
                        v["ratio"], MAX_RATIO) if v["verdict"] == "MISSED" else v["verdict"]))
        check = {"passed": not failures, "failures": failures}

    print()
    if errors:
        print("ERRORS (%d):" % len(errors))
        for e in errors:
            print("  " + e.replace("\n", "\n  "))
    if check is not None:
        print("check: PASS" if check["passed"] else "check: FAIL")
        for f in check["failures"]:
            print("  " + f)
    print("total time: %.1f s" % (time.time() - t_start))

    if args.json:
        doc = {"meta": {"cpus": cpus, "platform": platform.platform(), "commands": cmds,
                        "python_version": py[1] if py else None,
                        "numpy_version": py[2] if py else None,
                        "blas_threads": args.blas_threads, "repeat": args.repeat,
                        "threads": args.threads, "load_average_start": load, "notes": notes},
               "bars": {"max_ratio": MAX_RATIO, "thread_efficiency": THREAD_EFFICIENCY},
               "workloads": results, "verdicts": verdicts, "geomean_ratio": gm,
               "errors": errors, "check": check}
        with open(args.json, "w") as f:
            json.dump(doc, f, indent=1)
            f.write("\n")
    if errors:
        return 1
    if check is not None and not check["passed"]:
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
