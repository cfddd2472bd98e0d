# os.sched_getaffinity (how scripts size a worker pool) and os.isatty (how
# they decide on colours), as CPython answers them under a test harness.
import os
import sys

cpus = os.sched_getaffinity(0)
workers = max(1, min(4, len(cpus)))
print(type(cpus).__name__, 1 <= len(cpus) <= os.cpu_count(), workers >= 1)
print(os.sched_getaffinity(os.getpid()) == cpus)
try:
    os.sched_getaffinity(999_999_999)
except ProcessLookupError as e:
    print("ProcessLookupError", e.errno)
print(os.isatty(1) == sys.stdout.isatty(), os.isatty(2) == sys.stderr.isatty(), os.isatty(0) == sys.stdin.isatty(), os.isatty(99))
use_colour = os.isatty(sys.stdout.fileno())
print("\x1b[32mok\x1b[0m" if use_colour else "ok")
