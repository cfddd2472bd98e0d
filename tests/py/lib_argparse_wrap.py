# argparse usage wrapping with many options, a long prog name, and parse_args() from sys.argv.
import argparse
import sys

for prog in ['wrapper', 'a-program-with-a-really-quite-extraordinarily-long-name-indeed']:
    p = argparse.ArgumentParser(prog=prog)
    for i in range(8):
        p.add_argument('--option-%d' % i, metavar='VALUE%d' % i, help='option number %d' % i)
    p.add_argument('--switch', action='store_true')
    p.add_argument('input_file')
    p.add_argument('more_files', nargs='*')
    p.add_argument('--req', required=True, nargs='+')
    p.print_usage()
    print(p.format_help())
only_pos = argparse.ArgumentParser(prog='onlypos', add_help=False)
for i in range(12):
    only_pos.add_argument('positional_number_%d' % i)
only_pos.print_usage()
sys.argv = ['/some/dir/script.py', 'in.txt', '--count', '3']
a = argparse.ArgumentParser()
a.add_argument('name')
a.add_argument('--count', type=int)
print(a.prog, a.parse_args())
print(a.format_usage(), end='')
