#!/usr/bin/env python3
"""Thread-scaling benchmark: taipan threads vs CPython threads vs processes.

For each workload (benches/threads/wl_*.py) and each thread count N
(1, 2, 4, ... up to os.cpu_count(), always with 1 and 2) this runs

    taipan          TAIPAN run wl_X.py thread  N TASKS
    cpython-thread  python3 -S wl_X.py thread  N TASKS
    cpython-process python3 -S wl_X.py process N TASKS

with TASKS = N * --tasks-per-thread, --repeat times each (interleaved), and
keeps the best throughput (tasks / the seconds the script timed around its
map). Each child's peak memory is measured from outside: ru_maxrss from
os.wait4 for taipan and CPython threads (one process), and for the process
pool the RSS of the whole process tree (the child and every descendant,
from /proc, summed at each sample, sampled every 20 ms), peak kept. The
checksum each run prints must be the same for every engine, thread count and
repeat at the same task count.

Prints a table per workload (per engine: tasks/s, speed-up vs its own
1-thread throughput, peak RSS MB) and a summary per engine (speed-up at 2
threads, at the largest N, and extra memory per additional worker =
(RSS(Nmax) - RSS(1)) / (Nmax - 1)).

Usage:
    cargo build --release && python3 benches/threads/run.py
    python3 benches/threads/run.py --engines cpython-thread,cpython-process \\
        --workloads tokenize --threads 1,2 --tasks-per-thread 10 --repeat 1
    python3 benches/threads/run.py --check --json threads.json

Exit status: 0 when every run succeeded and every checksum matched (and,
with --check, taipan met the bars); 1 on a failed or timed-out child, a
checksum mismatch, or (with --check) a missed bar; 2 on a usage problem
(taipan binary missing, unknown engine or workload, no python3).

Standard library only; Linux for the memory figures (/proc, ru_maxrss in KiB).
"""

import argparse
import json
import os
import platform
import shlex
import shutil
import signal
import subprocess
import sys
import tempfile
import time

THREADS_DIR = os.path.dirname(os.path.abspath(__file__))
REPO_ROOT = os.path.dirname(os.path.dirname(THREADS_DIR))
DEFAULT_TAIPAN = "target/release/taipan run"   # relative to the repo root

WORKLOADS = ["tokenize", "pixels", "features", "numpy"]
# Workloads that import numpy: their CPython engines (and reference checksum)
# run only when `import numpy` works in the chosen python (see numpy_python).
NEEDS_NUMPY = ["numpy"]
ENGINES = ["taipan", "cpython-thread", "cpython-process"]

# The bars (--check), for taipan.
MIN_SPEEDUP_2 = 1.8          # 2 threads >= 1.8x one thread
MAX_EXTRA_MB_PER_WORKER = 1.0
GOAL_EFFICIENCY = 0.9        # aim (not checked): N-thread speed-up >= 0.9 * N

DEFAULT_TASKS_PER_THREAD = 50   # ~30 ms tasks: ~1.5 s per run under CPython
SAMPLE_S = 0.02

HAVE_PROC = os.path.isdir("/proc/self")
HAVE_CHILDREN_FILE = os.path.exists("/proc/self/task/%d/children" % os.getpid())


# ---------------------------------------------------------------- arguments


def parse_args(argv):
    p = argparse.ArgumentParser(
        description="Thread scaling of taipan vs CPython threads and processes.")
    p.add_argument("--taipan", default=DEFAULT_TAIPAN, metavar="PATH",
                   help="taipan binary; 'run' is appended unless the value has "
                        "several words (a whole command prefix). Relative paths are "
                        "tried from the current directory, then the repo root "
                        "(default: %r)" % DEFAULT_TAIPAN)
    p.add_argument("--python", default="python3", metavar="PATH",
                   help="CPython to compare with (default python3; a pyenv shim is "
                        "resolved to the real executable)")
    p.add_argument("--python-args", default="-S", metavar="ARGS",
                   help="flags for CPython (default -S: skip site-packages .pth hooks; "
                        "--python-args= for none)")
    p.add_argument("--engines", default=",".join(ENGINES),
                   help="comma-separated subset of %s" % ",".join(ENGINES))
    p.add_argument("--workloads", default=",".join(WORKLOADS),
                   help="comma-separated subset of %s (wl_X or wl_X.py also accepted); "
                        "numpy runs under CPython only when --python has NumPy"
                        % ",".join(WORKLOADS))
    p.add_argument("--threads", default=None, metavar="N,N,...",
                   help="thread counts (default 1,2,4,... up to os.cpu_count(); "
                        "1 is always added)")
    p.add_argument("--tasks-per-thread", type=int, default=DEFAULT_TASKS_PER_THREAD,
                   metavar="K", help="TASKS = K * N (default %d)" % DEFAULT_TASKS_PER_THREAD)
    p.add_argument("--repeat", type=int, default=3,
                   help="runs of each configuration, best throughput kept (default 3)")
    p.add_argument("--timeout", type=float, default=600.0, metavar="S",
                   help="limit for one child run in seconds (default 600)")
    p.add_argument("--json", metavar="FILE", help="also write every figure as JSON")
    p.add_argument("--check", action="store_true",
                   help="exit 1 unless taipan's 2-thread speed-up >= %.1f and its extra "
                        "memory per additional worker <= %.1f MB on every workload"
                        % (MIN_SPEEDUP_2, MAX_EXTRA_MB_PER_WORKER))
    p.add_argument("-q", "--quiet", action="store_true",
                   help="no progress lines on stderr")
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


def thread_counts(spec):
    if spec:
        try:
            ns = [int(x) for x in spec.split(",") if x.strip()]
        except ValueError:
            usage_error("--threads wants comma-separated integers, got %r" % spec)
        if not ns or min(ns) < 1:
            usage_error("--threads wants positive integers, got %r" % spec)
    else:
        cpus = os.cpu_count() or 2
        ns = []
        n = 1
        while n <= cpus:
            ns.append(n)
            n *= 2
        ns.append(2)
        ns.append(cpus)
    ns.append(1)
    return sorted(set(ns))


def taipan_command(value):
    """The taipan command prefix as a list, or exit 2 with build advice."""
    parts = shlex.split(value)
    if not parts:
        usage_error("--taipan is empty")
    if len(parts) == 1:
        parts.append("run")
    exe = parts[0]
    found = None
    if os.sep in exe or os.path.isabs(exe):
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
              "--engines cpython-thread,cpython-process", file=sys.stderr)
        sys.exit(2)
    return [found] + parts[1:]


def numpy_python(python_cmd):
    """(CPython command for the numpy workloads or None, note or None).

    The command is python_cmd if `import numpy` works there; python_cmd less -S
    if only that works (-S hides site-packages, a venv's NumPy with them);
    otherwise None, and the note says why."""
    def why_not(cmd):
        try:
            proc = subprocess.run(cmd + ["-c", "import numpy"], stdout=subprocess.PIPE,
                                  stderr=subprocess.PIPE, stdin=subprocess.DEVNULL, timeout=120)
        except (OSError, subprocess.TimeoutExpired) as e:
            return str(e)
        if proc.returncode == 0:
            return None
        lines = proc.stderr.decode("utf-8", "replace").strip().splitlines()
        return lines[-1] if lines else "exit %d" % proc.returncode
    why = why_not(python_cmd)
    if why is None:
        return python_cmd, None
    if "-S" in python_cmd[1:]:
        no_s = [python_cmd[0]] + [a for a in python_cmd[1:] if a != "-S"]
        if why_not(no_s) is None:
            return no_s, ("numpy workload: CPython runs as %s (without -S, which hides "
                          "the site-packages that hold NumPy)" % " ".join(no_s))
    return None, ("numpy workload: CPython engines and reference checksum skipped: "
                  "`import numpy` fails in %s (%s); pass --python PATH of a CPython "
                  "with NumPy, e.g. /tmp/npvenv/bin/python" % (" ".join(python_cmd), why))


def resolve_python(python):
    """[real executable, version] behind `python`, or None."""
    try:
        proc = subprocess.run(
            [python, "-c",
             "import sys, platform; print(sys.executable); print(platform.python_version())"],
            stdout=subprocess.PIPE, stderr=subprocess.PIPE, stdin=subprocess.DEVNULL,
            timeout=60)
    except (OSError, subprocess.TimeoutExpired):
        return None
    if proc.returncode != 0:
        return None
    lines = proc.stdout.decode("utf-8", "replace").splitlines()
    if len(lines) < 2:
        return None
    return (lines[0].strip() or python), lines[1].strip()


# ---------------------------------------------------------------- memory


def _read(path):
    try:
        with open(path, "rb") as f:
            return f.read().decode("ascii", "replace")
    except OSError:
        return ""


def _children(pid, ppid_map):
    if ppid_map is not None:
        return ppid_map.get(pid, [])
    out = []
    try:
        tids = os.listdir("/proc/%d/task" % pid)
    except OSError:
        return out
    for tid in tids:
        for tok in _read("/proc/%d/task/%s/children" % (pid, tid)).split():
            out.append(int(tok))
    return out


def _ppid_map():
    """pid -> [child pids] from /proc/*/stat (when there is no children file)."""
    m = {}
    for name in os.listdir("/proc"):
        if not name.isdigit():
            continue
        stat = _read("/proc/%s/stat" % name)
        rp = stat.rfind(")")
        if rp < 0:
            continue
        fields = stat[rp + 2:].split()
        if len(fields) < 2:
            continue
        m.setdefault(int(fields[1]), []).append(int(name))
    return m


def _status_kb(pid, key, path="status"):
    for line in _read("/proc/%d/%s" % (pid, path)).splitlines():
        if line.startswith(key):
            parts = line.split()
            if len(parts) >= 2 and parts[1].isdigit():
                return int(parts[1])
    return 0


def tree_memory(root):
    """(sum of VmRSS, sum of Pss, process count) over root and its descendants, KiB."""
    ppid_map = None if HAVE_CHILDREN_FILE else _ppid_map()
    pids = [root]
    i = 0
    while i < len(pids):
        for c in _children(pids[i], ppid_map):
            if c not in pids:
                pids.append(c)
        i += 1
    rss = 0
    pss = 0
    for pid in pids:
        rss += _status_kb(pid, "VmRSS:")
        pss += _status_kb(pid, "Pss:", "smaps_rollup")
    return rss, pss, len(pids)


def maxrss_kb(ru):
    # ru_maxrss is KiB on Linux, bytes on macOS.
    return ru.ru_maxrss // 1024 if sys.platform == "darwin" else ru.ru_maxrss


# ---------------------------------------------------------------- one run


def enable_subreaper():
    """Make this process a child subreaper (Linux prctl), so that a grandchild
    whose parent exits is re-parented here and can be waited for. True if set."""
    if not sys.platform.startswith("linux"):
        return False
    try:
        import ctypes
        libc = ctypes.CDLL(None, use_errno=True)
        return libc.prctl(36, 1, 0, 0, 0) == 0      # PR_SET_CHILD_SUBREAPER
    except (OSError, AttributeError, ImportError):
        return False


# Why the launcher: a child's ru_maxrss counts the memory of the process that
# forked it (the kernel keeps the old address space's high-water mark across
# exec), so every child of this harness would report at least the harness's
# own RSS (~14 MB), hiding a small interpreter. With the subreaper set, the
# benchmark is started by a throw-away /bin/sh that exits at once: the
# benchmark process is forked from the shell (about 1 MB), is re-parented to
# this process, and os.wait4 on it gives its own peak RSS.
USE_LAUNCHER = False
LAUNCH_SH = "/bin/sh"


def spawn(cmd, out, err):
    """Start cmd with stdout/stderr to the given files; return (pid, pgid)."""
    if USE_LAUNCHER:
        fd, pidfile = tempfile.mkstemp(prefix="taipan-threads-", suffix=".pid")
        os.close(fd)
        try:
            # $0 is the pid file; the shell starts cmd in the background,
            # writes its pid and exits.
            sh = subprocess.Popen([LAUNCH_SH, "-c", '"$@" & echo $! > "$0"', pidfile] + cmd,
                                  stdout=out, stderr=err, stdin=subprocess.DEVNULL,
                                  cwd=REPO_ROOT, start_new_session=True)
            sh.wait()
            with open(pidfile) as f:
                text = f.read().strip()
        finally:
            os.unlink(pidfile)
        if not text.isdigit():
            raise OSError("launcher %s gave no pid (exit %s)" % (LAUNCH_SH, sh.returncode))
        return int(text), sh.pid
    proc = subprocess.Popen(cmd, stdout=out, stderr=err, stdin=subprocess.DEVNULL,
                            cwd=REPO_ROOT, start_new_session=True)
    proc.returncode = 0      # reaped by os.wait4 below, not by Popen
    return proc.pid, proc.pid


def reap_strays():
    """Collect re-parented leftovers (pool workers of a killed run)."""
    while True:
        try:
            pid, _ = os.waitpid(-1, os.WNOHANG)
        except ChildProcessError:
            return
        if pid == 0:
            return


def run_child(cmd, sample_tree, timeout):
    """Run cmd; return a dict with rc, stdout, stderr, wall, rusage and tree peaks."""
    out = tempfile.TemporaryFile()
    err = tempfile.TemporaryFile()
    t0 = time.perf_counter()
    pid, pgid = spawn(cmd, out, err)
    peak_rss = 0
    peak_pss = 0
    peak_procs = 0
    hwm = 0
    samples = 0
    timed_out = False
    try:
        while True:
            wpid, status, ru = os.wait4(pid, os.WNOHANG)
            if wpid != 0:
                break
            if time.perf_counter() - t0 > timeout:
                timed_out = True
                _kill_group(pgid)
                wpid, status, ru = os.wait4(pid, 0)
                break
            if HAVE_PROC:
                hwm = max(hwm, _status_kb(pid, "VmHWM:"))
                if sample_tree:
                    rss, pss, n = tree_memory(pid)
                    peak_rss = max(peak_rss, rss)
                    peak_pss = max(peak_pss, pss)
                    peak_procs = max(peak_procs, n)
                samples += 1
            time.sleep(SAMPLE_S)
    except BaseException:           # Ctrl-C: take the benchmark down with us
        _kill_group(pgid)
        raise
    wall = time.perf_counter() - t0
    rc = os.waitstatus_to_exitcode(status)
    if rc != 0 or timed_out:
        _kill_group(pgid)       # leftover pool workers of a failed run
    reap_strays()
    out.seek(0)
    err.seek(0)
    res = {
        "cmd": cmd,
        "rc": rc,
        "timed_out": timed_out,
        "wall_s": wall,
        "stdout": out.read().decode("utf-8", "replace"),
        "stderr": err.read().decode("utf-8", "replace"),
        "maxrss_kb": maxrss_kb(ru),
        "hwm_sampled_kb": hwm if samples else None,
        "user_s": ru.ru_utime,
        "sys_s": ru.ru_stime,
        "tree_rss_peak_kb": peak_rss if (samples and sample_tree) else None,
        "tree_pss_peak_kb": peak_pss if (samples and sample_tree) else None,
        "tree_procs_peak": peak_procs if (samples and sample_tree) else None,
        "samples": samples,
    }
    out.close()
    err.close()
    return res


def _kill_group(pgid):
    try:
        os.killpg(pgid, signal.SIGKILL)
    except (ProcessLookupError, PermissionError):
        pass


def parse_result(stdout):
    for line in reversed(stdout.splitlines()):
        line = line.strip()
        if line.startswith("{") and "checksum" in line:
            try:
                d = json.loads(line)
            except ValueError:
                return None
            if all(k in d for k in ("tasks", "seconds", "checksum")):
                return d
    return None


def tail(text, n=12):
    lines = text.rstrip().splitlines()
    return "\n".join(lines[-n:])


# ---------------------------------------------------------------- the benchmark


def engine_command(engine, script, n, tasks, taipan_cmd, python_cmd):
    if engine == "taipan":
        return taipan_cmd + [script, "thread", str(n), str(tasks)]
    mode = "thread" if engine == "cpython-thread" else "process"
    return python_cmd + [script, mode, str(n), str(tasks)]


def bench_workload(wl, engines, ns, args, taipan_cmd, python_cmd, errors, log):
    script = os.path.join(THREADS_DIR, "wl_%s.py" % wl)
    k = args.tasks_per_thread
    runs = {e: {n: [] for n in ns} for e in engines}
    failed = {e: False for e in engines}
    checksums = {}   # tasks -> {checksum: [who, ...]}
    for rep in range(args.repeat):
        for n in ns:
            tasks = k * n
            for e in engines:
                if failed[e]:
                    continue
                cmd = engine_command(e, script, n, tasks, taipan_cmd, python_cmd)
                res = run_child(cmd, e == "cpython-process", args.timeout)
                rec = {"rep": rep + 1, "threads": n, "tasks": tasks,
                       "wall_s": round(res["wall_s"], 6), "rc": res["rc"],
                       "maxrss_kb": res["maxrss_kb"], "hwm_sampled_kb": res["hwm_sampled_kb"],
                       "user_s": round(res["user_s"], 4),
                       "sys_s": round(res["sys_s"], 4),
                       "tree_rss_peak_kb": res["tree_rss_peak_kb"],
                       "tree_pss_peak_kb": res["tree_pss_peak_kb"],
                       "tree_procs_peak": res["tree_procs_peak"],
                       "samples": res["samples"]}
                d = parse_result(res["stdout"]) if res["rc"] == 0 else None
                what = "%s %s N=%d tasks=%d rep %d" % (wl, e, n, tasks, rep + 1)
                err = None
                if res["timed_out"]:
                    err = "timed out after %.0f s" % args.timeout
                elif res["rc"] != 0:
                    err = "exit status %d" % res["rc"]
                elif d is None:
                    err = "no result line ({\"tasks\": ..., \"seconds\": ..., \"checksum\": ...})"
                elif d["tasks"] != tasks:
                    err = "ran %s tasks, expected %d" % (d["tasks"], tasks)
                elif not d["seconds"] > 0:
                    err = "non-positive seconds %r" % d["seconds"]
                if err is not None:
                    failed[e] = True
                    rec["error"] = err
                    runs[e][n].append(rec)
                    msg = "%s: %s\n  command: %s" % (what, err, " ".join(shlex.quote(c) for c in cmd))
                    if res["stderr"].strip():
                        msg += "\n  stderr (last lines):\n    " + tail(res["stderr"]).replace("\n", "\n    ")
                    errors.append(msg)
                    log("%-52s FAILED: %s" % (what, err))
                    continue
                rec["seconds"] = d["seconds"]
                rec["throughput"] = tasks / d["seconds"]
                rec["checksum"] = d["checksum"]
                rec["rss_kb"] = (res["tree_rss_peak_kb"] if e == "cpython-process"
                                 and res["tree_rss_peak_kb"] else res["maxrss_kb"])
                runs[e][n].append(rec)
                checksums.setdefault(tasks, {}).setdefault(d["checksum"], []).append(
                    "%s N=%d rep %d" % (e, n, rep + 1))
                log("%-52s %8.2f tasks/s %8.1f MB  checksum %d"
                    % (what, rec["throughput"], rec["rss_kb"] / 1024.0, d["checksum"]))

    # Without a CPython engine, get a reference checksum from CPython serial.
    reference = {}
    if python_cmd is not None and not any(e.startswith("cpython") for e in engines):
        for tasks in sorted(checksums):
            cmd = python_cmd + [script, "serial", "1", str(tasks)]
            res = run_child(cmd, False, args.timeout)
            d = parse_result(res["stdout"]) if res["rc"] == 0 else None
            if d is None:
                errors.append("%s: CPython serial reference run failed (exit %d)\n  command: %s\n  %s"
                              % (wl, res["rc"], " ".join(cmd), tail(res["stderr"])))
                continue
            reference[tasks] = d["checksum"]
            checksums[tasks].setdefault(d["checksum"], []).append("cpython-serial reference")
            log("%-52s reference checksum %d" % ("%s cpython serial tasks=%d" % (wl, tasks),
                                                 d["checksum"]))

    mismatches = []
    for tasks in sorted(checksums):
        groups = checksums[tasks]
        if len(groups) > 1:
            lines = ["%s: checksum mismatch at %d tasks:" % (wl, tasks)]
            for c, who in groups.items():
                lines.append("  %d from %s" % (c, ", ".join(who)))
            errors.append("\n".join(lines))
            mismatches.append(tasks)

    # Best throughput and peak memory per configuration.
    result = {"script": os.path.relpath(script, REPO_ROOT), "tasks_per_thread": k,
              "checksums": {str(t): list(g.keys()) for t, g in checksums.items()},
              "reference_checksums": {str(t): c for t, c in reference.items()},
              "mismatched_task_counts": mismatches, "engines": {}}
    for e in engines:
        points = []
        base = None
        for n in ns:
            ok = [r for r in runs[e][n] if "error" not in r]
            pt = {"threads": n, "tasks": k * n, "runs": runs[e][n]}
            if ok and len(ok) == len(runs[e][n]):
                best = max(ok, key=lambda r: r["throughput"])
                pt["throughput"] = best["throughput"]
                pt["seconds"] = best["seconds"]
                pt["rss_mb"] = max(r["rss_kb"] for r in ok) / 1024.0
                pss = [r["tree_pss_peak_kb"] for r in ok if r.get("tree_pss_peak_kb")]
                if pss:
                    pt["pss_mb"] = max(pss) / 1024.0
                if n == 1:
                    base = best["throughput"]
                if base:
                    pt["speedup"] = best["throughput"] / base
            points.append(pt)
        result["engines"][e] = {"points": points, "summary": summarize(points)}
    return result


def summarize(points):
    by_n = {p["threads"]: p for p in points if "throughput" in p}
    s = {}
    if 2 in by_n and "speedup" in by_n[2]:
        s["speedup_2"] = by_n[2]["speedup"]
    if 1 in by_n:
        nmax = max(by_n)
        s["nmax"] = nmax
        if "speedup" in by_n[nmax]:
            s["speedup_nmax"] = by_n[nmax]["speedup"]
            s["efficiency_nmax"] = by_n[nmax]["speedup"] / nmax
        if nmax > 1:
            s["extra_mb_per_worker"] = (by_n[nmax]["rss_mb"] - by_n[1]["rss_mb"]) / (nmax - 1)
            if "pss_mb" in by_n[nmax] and "pss_mb" in by_n[1]:
                s["extra_pss_mb_per_worker"] = ((by_n[nmax]["pss_mb"] - by_n[1]["pss_mb"])
                                                / (nmax - 1))
    # every configuration ran cleanly
    s["complete"] = all("throughput" in p for p in points)
    return s


# ---------------------------------------------------------------- output

COL = 29


def print_table(wl, res, engines, ns, repeat):
    k = res["tasks_per_thread"]
    print()
    print("== %s (%s): %d tasks per thread, best of %d ==" % (wl, res["script"], k, repeat))
    head1 = "%5s " % ""
    head2 = "%5s " % "N"
    for e in engines:
        head1 += "| " + e.center(COL - 2) + " "
        head2 += "| %9s %8s %8s " % ("tasks/s", "speed-up", "RSS MB")
    print(head1)
    print(head2)
    print("-" * len(head2))
    for i, n in enumerate(ns):
        line = "%5d " % n
        for e in engines:
            p = res["engines"][e]["points"][i]
            if "throughput" in p:
                sp = "%.2fx" % p["speedup"] if "speedup" in p else "-"
                line += "| %9.2f %8s %8.1f " % (p["throughput"], sp, p["rss_mb"])
            elif p["runs"]:
                bad = [r.get("error", "") for r in p["runs"] if "error" in r]
                line += "| %-*s " % (COL - 2, ("FAILED " + (bad[0] if bad else ""))[:COL - 2])
            else:
                line += "| %-*s " % (COL - 2, "not run (earlier failure)")
        print(line)
    if res["mismatched_task_counts"]:
        print("  CHECKSUM MISMATCH at %s tasks (see errors below)"
              % ", ".join(str(t) for t in res["mismatched_task_counts"]))
    for e in engines:
        s = res["engines"][e]["summary"]
        parts = []
        if "speedup_2" in s:
            parts.append("2 threads %.2fx" % s["speedup_2"])
        if "speedup_nmax" in s and s["nmax"] > 2:
            parts.append("%d threads %.2fx (%.0f%% of linear)"
                         % (s["nmax"], s["speedup_nmax"], 100.0 * s["efficiency_nmax"]))
        if "extra_mb_per_worker" in s:
            t = "extra memory per additional worker %+.2f MB (RSS, N=1..%d)" % (
                s["extra_mb_per_worker"], s["nmax"])
            if "extra_pss_mb_per_worker" in s:
                t += ", %+.2f MB by PSS" % s["extra_pss_mb_per_worker"]
            parts.append(t)
        if not parts:
            parts.append("no figures (runs failed or N=1/N=2 missing)")
        print("  %-16s %s" % (e + ":", "; ".join(parts)))


def main(argv=None):
    args = parse_args(sys.argv[1:] if argv is None else argv)
    engines = pick(args.engines, ENGINES, "engine")
    workloads = pick(args.workloads, WORKLOADS, "workload")
    ns = thread_counts(args.threads)
    if args.repeat < 1 or args.tasks_per_thread < 1:
        usage_error("--repeat and --tasks-per-thread must be >= 1")
    if args.check:
        if "taipan" not in engines:
            usage_error("--check judges taipan: add it to --engines")
        if 2 not in ns:
            usage_error("--check needs 2 among --threads")
    taipan_cmd = taipan_command(args.taipan) if "taipan" in engines else None
    py = resolve_python(args.python)
    if py is None:
        usage_error("cannot run %r (needed for the CPython engines and the "
                    "reference checksums); pass --python PATH" % args.python)
    python_exe, python_version = py
    python_cmd = [python_exe] + shlex.split(args.python_args)

    global USE_LAUNCHER
    USE_LAUNCHER = os.access(LAUNCH_SH, os.X_OK) and enable_subreaper()
    floor = run_child(["/bin/true"] if os.access("/bin/true", os.X_OK) else python_cmd + ["-c", "pass"],
                      False, 60)["maxrss_kb"]

    log = (lambda msg: None) if args.quiet else (lambda msg: print(msg, file=sys.stderr, flush=True))
    cpus = os.cpu_count()
    load = os.getloadavg() if hasattr(os, "getloadavg") else None
    print("thread scaling: %d CPUs, %s; threads %s; %d tasks per thread; best of %d"
          % (cpus or 0, platform.platform(), ",".join(str(n) for n in ns),
             args.tasks_per_thread, args.repeat))
    if taipan_cmd:
        print("taipan: %s" % " ".join(taipan_cmd))
    print("python: %s %s (%s)" % (" ".join(python_cmd), python_version, platform.python_implementation()))
    if USE_LAUNCHER:
        print("memory: peak RSS from os.wait4 via a /bin/sh launcher (floor: /bin/true "
              "reads %.1f MB)" % (floor / 1024.0))
    else:
        print("memory: peak RSS from os.wait4; WARNING: no subreaper launcher, so every "
              "figure is at least this harness's own RSS (/bin/true reads %.1f MB)"
              % (floor / 1024.0))
    if load is not None:
        note = "  (busy machine: figures are noisy)" if cpus and load[0] > 0.5 * cpus else ""
        print("load average at start: %.2f %.2f %.2f%s" % (load + (note,)))
    if cpus and max(ns) > cpus:
        print("note: %d threads > %d CPUs: speed-ups above the CPU count are not expected"
              % (max(ns), cpus))
    # per workload: (engines, CPython command); numpy workloads need NumPy
    setup = {}
    for wl in workloads:
        setup[wl] = (engines, python_cmd)
        if wl in NEEDS_NUMPY:
            np_cmd, note = numpy_python(python_cmd)
            if note:
                print("note: " + note)
            if np_cmd is None:
                setup[wl] = ([e for e in engines if not e.startswith("cpython")], None)
            else:
                setup[wl] = (engines, np_cmd)
    workloads = [wl for wl in workloads if setup[wl][0]]
    sys.stdout.flush()

    errors = []
    results = {}
    t_start = time.time()
    for wl in workloads:
        results[wl] = bench_workload(wl, setup[wl][0], ns, args, taipan_cmd, setup[wl][1],
                                     errors, log)
    for wl in workloads:
        print_table(wl, results[wl], setup[wl][0], ns, args.repeat)

    check = None
    if args.check:
        failures = []
        for wl in workloads:
            s = results[wl]["engines"]["taipan"]["summary"]
            sp = s.get("speedup_2")
            mb = s.get("extra_mb_per_worker")
            if sp is None:
                failures.append("%s: no 2-thread speed-up (failed runs)" % wl)
            elif sp < MIN_SPEEDUP_2:
                failures.append("%s: 2-thread speed-up %.2fx < %.1fx" % (wl, sp, MIN_SPEEDUP_2))
            if mb is None:
                failures.append("%s: no memory figure (failed runs)" % wl)
            elif mb > MAX_EXTRA_MB_PER_WORKER and wl not in NEEDS_NUMPY:
                # numpy tasks hold megabytes of arrays each by design; the
                # memory bar is about the pure-Python workloads.
                failures.append("%s: extra memory per worker %.2f MB > %.1f MB"
                                % (wl, mb, MAX_EXTRA_MB_PER_WORKER))
        check = {"passed": not failures, "failures": failures}

    print()
    if errors:
        print("ERRORS (%d):" % len(errors))
        for e in errors:
            print("  " + e.replace("\n", "\n  "))
    if check is not None:
        if check["passed"]:
            print("check: PASS (taipan: 2 threads >= %.1fx, extra memory per worker <= %.1f MB, "
                  "every workload)" % (MIN_SPEEDUP_2, MAX_EXTRA_MB_PER_WORKER))
        else:
            print("check: FAIL")
            for f in check["failures"]:
                print("  " + f)
    print("total time: %.1f s" % (time.time() - t_start))

    if args.json:
        doc = {
            "meta": {"cpus": cpus, "platform": platform.platform(),
                     "python": python_cmd, "python_version": python_version,
                     "taipan": taipan_cmd, "threads": ns, "engines": engines,
                     "workloads": workloads, "tasks_per_thread": args.tasks_per_thread,
                     "repeat": args.repeat, "load_average_start": load,
                     "launcher": USE_LAUNCHER, "rss_floor_kb": floor,
                     "memory": "rss_mb: ru_maxrss of the child (taipan, cpython-thread); "
                               "peak of the summed VmRSS of the process tree, sampled "
                               "every 20 ms (cpython-process); pss_mb: same tree, Pss"},
            "bars": {"min_speedup_2": MIN_SPEEDUP_2,
                     "max_extra_mb_per_worker": MAX_EXTRA_MB_PER_WORKER,
                     "goal_efficiency": GOAL_EFFICIENCY},
            "workloads": results,
            "errors": errors,
            "check": check,
        }
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
