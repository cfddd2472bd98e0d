# argparse sub-commands: add_subparsers/add_parser, aliases, set_defaults,
# titles, help layout of the sub-command list, errors from the sub-parser.
import argparse, sys
sys.stderr = sys.stdout
main = argparse.ArgumentParser(prog="tool", description="A tool.")
main.add_argument("--debug", action="store_true")
sub = main.add_subparsers(dest="cmd", required=True, help="sub-command")
p1 = sub.add_parser("fit", help="fit the model")
p1.add_argument("--steps", type=int, default=100)
p1.add_argument("data", nargs="?", default="d.csv")
p1.set_defaults(func=lambda a: f"fit {a.steps}")
p2 = sub.add_parser("eval", help="evaluate a checkpoint on the held-out split", aliases=["ev", "e"])
p2.add_argument("ckpt")
p2.add_argument("--metric", choices=["acc", "f1"], default="acc")
p2.set_defaults(func=lambda a: f"eval {a.ckpt} {a.metric}")
p3 = sub.add_parser("export")
for argv in (["fit", "--steps", "7"], ["--debug", "eval", "m.pt"], ["ev", "x", "--metric", "f1"], ["fit", "--debug"], ["export"]):
    a = main.parse_args(argv)
    print(sorted((k, v) for k, v in vars(a).items() if k != "func"), a.func(a) if hasattr(a, "func") else None)
print(main.parse_known_args(["fit", "--zzz", "1", "--steps", "2"])[1])
print(main.format_help())
print(main.format_usage())
print(p1.format_help())
print(p2.format_help())
print(p1.prog, p2.prog, p3.prog, sub.choices.keys() if hasattr(sub, "choices") else None)
for bad in ([], ["nope"], ["eval"], ["fit", "--steps", "x"], ["fit", "a", "b"]):
    try:
        main.parse_args(bad)
    except SystemExit as e:
        print("exit", e.code)
m2 = argparse.ArgumentParser(prog="m2")
m2.add_argument("src")
s2 = m2.add_subparsers(title="commands", description="what to do", dest="action", metavar="ACTION")
a1 = s2.add_parser("run", help="run it")
a1.add_argument("-n", type=int)
s2.add_parser("stop", help="stop it")
print(m2.format_help())
print(m2.parse_args(["in", "run", "-n", "3"]), m2.parse_args(["in"]), a1.prog)
m3 = argparse.ArgumentParser(prog="m3")
s3 = m3.add_subparsers()
s3.add_parser("go").add_argument("--x", default=1)
print(m3.parse_args(["go"]), m3.format_usage(), m3.parse_args([]))
try:
    m3.add_subparsers()
except SystemExit as e:
    print("exit", e.code)
