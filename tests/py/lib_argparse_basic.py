# argparse: positionals, optionals, types, defaults, actions, nargs, choices, dest, Namespace repr.
import argparse

p = argparse.ArgumentParser(prog='tool', description='Process some files.')
p.add_argument('src', help='input file')
p.add_argument('dst', nargs='?', default='out.txt')
p.add_argument('-n', '--num', type=int, default=3, help='how many')
p.add_argument('--rate', type=float)
p.add_argument('-v', '--verbose', action='count', default=0)
p.add_argument('-q', action='store_true')
p.add_argument('--no-color', dest='color', action='store_false')
p.add_argument('-I', '--include', action='append', metavar='DIR')
p.add_argument('--mode', choices=['fast', 'slow'], default='fast')
p.add_argument('--size', nargs=2, type=int)
p.add_argument('--tags', nargs='*')
p.add_argument('--const', action='store_const', const=42)
p.add_argument('--level', default='7', type=int)
for argv in [['a.wav'], ['a.wav', 'b.wav', '-n', '5'], ['-vvv', 'x', '--num=8', '-q'],
             ['x', '-I', 'd1', '-Id2', '--include=d3', '--no-color'], ['x', '--mode', 'slow', '--size', '3', '4'],
             ['x', '--tags'], ['x', '--tags', 'a', 'b', '--rate', '2.5'], ['--', '-x'], ['x', '--const', '-n7'],
             ['x', '--nu', '9'], ['x', '-qv', '-n', '-1'], ['x', '--level', '9']]:
    ns = p.parse_args(argv)
    print(ns)
ns = p.parse_args(['a'])
print(ns.src, ns.dst, ns.num, vars(ns)['verbose'], 'src' in ns, ns == argparse.Namespace(**vars(ns)))
print(p.parse_known_args(['a', '--zzz', 'b', 'c']))

q = argparse.ArgumentParser(prog='multi')
q.add_argument('first', nargs='+')
q.add_argument('last')
q.add_argument('-o', nargs='?', const='C', default='D')
for argv in [['1', '2', '3'], ['1', '2', '-o'], ['1', '2', '-o', 'x'], ['1', '-o', 'y', '2']]:
    print(q.parse_args(argv))
r = argparse.ArgumentParser(prog='rest')
r.add_argument('nums', nargs='*', type=int)
r.add_argument('--sum', action='store_true')
r.set_defaults(extra='e')
print(r.parse_args(['1', '2', '--sum']), r.parse_args([]), r.get_default('extra'))
print(argparse.Namespace(a=1, b='x'), argparse.Namespace(), argparse.Namespace(**{'a-b': 2, 'c': 3}))
