# argparse errors: usage + message on stderr, SystemExit(2); checked through a StringIO stderr.
import argparse
import io
import sys

p = argparse.ArgumentParser(prog='tool')
p.add_argument('src')
p.add_argument('-n', '--num', type=int)
p.add_argument('--mode', choices=['fast', 'slow'])
p.add_argument('--pair', nargs=2)
p.add_argument('--many', nargs='+', type=float)
p.add_argument('--req', required=True)
p.add_argument('--flag', action='store_true')
p.add_argument('--flair')
g = p.add_mutually_exclusive_group()
g.add_argument('--on', action='store_true')
g.add_argument('--off', action='store_true')
cases = [[], ['x'], ['x', '--req', 'r', '-n', 'abc'], ['x', '--req', 'r', '--mode', 'medium'],
         ['x', '--req', 'r', '--pair', 'a'], ['x', '--req', 'r', '--many'], ['x', '--req', 'r', '--many', 'q'],
         ['x', '--req', 'r', 'extra', '--bogus'], ['x', '--req', 'r', '--fl'], ['x', '--req', 'r', '--on', '--off'],
         ['x', '--req', 'r', '--flag=1'], ['x', '--req'], ['x', '--req', 'r', '-n']]
saved = sys.stderr
for argv in cases:
    sys.stderr = io.StringIO()
    try:
        print(p.parse_args(argv))
        code = None
    except SystemExit as e:
        code = e.code
    text = sys.stderr.getvalue()
    sys.stderr = saved
    print(argv, code)
    print(text, end='')


def positive(s):
    v = int(s)
    if v <= 0:
        raise argparse.ArgumentTypeError('%r is not positive' % s)
    return v


q = argparse.ArgumentParser(prog='q', exit_on_error=False)
q.add_argument('--k', type=positive)
print(q.parse_args(['--k', '3']))
try:
    q.parse_args(['--k', '-3'])
except argparse.ArgumentError as e:
    print('ArgumentError', e)
try:
    q.add_argument('--k')
except argparse.ArgumentError as e:
    print('ArgumentError', e)
for bad in [lambda: q.add_argument('x', required=True), lambda: q.add_argument('--z', nargs=0),
            lambda: q.add_argument('--y', action='bogus'), lambda: q.add_argument('--w', type='int')]:
    try:
        bad()
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
