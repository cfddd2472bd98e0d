# argparse.BooleanOptionalAction: --x / --no-x pairs, defaults, usage and help.
import argparse
import sys

sys.stderr = sys.stdout
p = argparse.ArgumentParser(prog="prep")
p.add_argument("--shuffle", action=argparse.BooleanOptionalAction, default=True,
               help="shuffle the rows")
p.add_argument("--cache", "-c", action=argparse.BooleanOptionalAction)
p.add_argument("--strict", action=argparse.BooleanOptionalAction, default=False,
               required=False, help="fail on bad rows (default: %(default)s)")
for argv in ([], ["--no-shuffle"], ["--shuffle", "--cache"], ["-c", "--no-cache"],
             ["--strict", "--no-strict", "--strict"], ["--no-sh"]):
    ns = p.parse_args(argv)
    print(argv, ns.shuffle, ns.cache, ns.strict)
print(p.format_usage())
print(p.format_help())
action = [a for a in p._actions if a.dest == "cache"][0]
print(action.option_strings, action.nargs, action.default, action.format_usage())
try:
    p.parse_args(["--no-c"])
except SystemExit as e:
    print("exit", e.code)
try:
    p.parse_args(["--shuffle=yes"])
except SystemExit as e:
    print("exit", e.code)
