# fnmatch: wildcards, sets, ranges, negation, unclosed brackets; filter.
import fnmatch

names = ['a.py', 'b.txt', 'abc.py', '.hidden', 'x/y.py', 'a[1].py', 'data_01.csv',
         'data_2.csv', 'Z', '-', ']', '!', 'a-b', '']
pats = ['*', '*.py', 'a*', '?.py', '*.[pc]*', '[!a]*', 'data_[0-9][0-9].csv', '[a-c]*',
        '[]]', '[!]]', '[-]', '[a-]*', '[!', 'a[', '[z-a]', '[z-ab]*', '*/*', '**.py', '*a*b*',
        '[!!]', 'a[1].py', 'a[[]1].py', '', '?', '[]-]', '[]']
for p in pats:
    print(repr(p), [n for n in names if fnmatch.fnmatch(n, p)])
print(fnmatch.filter(names, '*.csv'), fnmatch.fnmatchcase('ABC', 'abc'), fnmatch.fnmatch('ABC', 'A?C'))
print(fnmatch.fnmatchcase('a' * 30, '*a*a*a*a*a*b'), fnmatch.fnmatchcase('aaab', '*a*a*b'))
