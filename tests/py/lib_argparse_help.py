# argparse help and usage text: layout, wrapping, metavars, groups, formatter classes, -h exit.
import argparse

p = argparse.ArgumentParser(prog='convert', description='Convert audio files between formats, '
                            'resampling and normalising them on the way. ' * 2,
                            epilog='See the manual for more.')
p.add_argument('inputs', nargs='+', help='files to convert')
p.add_argument('output', help='where the converted well-known files go')
p.add_argument('-r', '--rate', type=int, default=16000, help='sample rate in Hz (default: %(default)s)')
p.add_argument('-c', '--channels', choices=[1, 2], type=int, help='channel count')
p.add_argument('--format', metavar='FMT', help='output format, one of %(choices)s' if False else 'output format')
p.add_argument('--normalise-to-a-very-long-option-name', action='store_true',
               help='normalise loudness so that every output file has the same perceived level across '
                    'the whole collection')
p.add_argument('--tags', nargs='*', help='tags')
p.add_argument('--opt', nargs='?', help='optional value')
p.add_argument('--pair', nargs=2, metavar=('A', 'B'))
p.add_argument('--hidden', help=argparse.SUPPRESS)
p.add_argument('-q', action='store_true')
grp = p.add_argument_group('advanced', 'Options for experts.')
grp.add_argument('--threads', type=int, default=4, help='worker threads')
m = p.add_mutually_exclusive_group()
m.add_argument('--fast', action='store_true')
m.add_argument('--slow', action='store_true')
p.print_help()
print('---')
p.print_usage()
print(repr(p.format_usage()))
s = argparse.ArgumentParser(prog='simple')
s.add_argument('x')
print(s.format_help())
n = argparse.ArgumentParser(prog='plain', add_help=False, usage='%(prog)s [options] FILE')
n.add_argument('file')
print(n.format_help())
d = argparse.ArgumentParser(prog='defs', formatter_class=argparse.ArgumentDefaultsHelpFormatter)
d.add_argument('--alpha', default=0.5, type=float, help='blend factor')
d.add_argument('--beta', default='b')
d.add_argument('pos', nargs='?', default='p', help='a positional')
print(d.format_help())
raw = argparse.ArgumentParser(prog='raw', formatter_class=argparse.RawDescriptionHelpFormatter,
                              description='line one\n  indented line two\n')
print(raw.format_help())
try:
    s.parse_args(['-h'])
except SystemExit as e:
    print('exit', e.code)
v = argparse.ArgumentParser(prog='ver')
v.add_argument('--version', action='version', version='%(prog)s 1.2.3')
try:
    v.parse_args(['--version'])
except SystemExit as e:
    print('exit', e.code)
