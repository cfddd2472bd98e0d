# os.path string functions on tricky inputs (no file-system access).
import os.path
from os import path
from os.path import join, split, splitext, basename, dirname

cases = ['', '/', '//', '///', 'a', 'a/', 'a//', '/a/b/', 'a/b/c.txt', '.bashrc',
         '..', '../x', 'a/.b', 'a/..b.c', 'a.b/c', 'x.tar.gz', '/a/./b/../c//d/', '//a/b',
         '///a/../..', 'a/../..', './', 'file.', '...', 'a/b.']
for c in cases:
    print(repr(c), split(c), splitext(c), repr(basename(c)), repr(dirname(c)),
          repr(os.path.normpath(c)), os.path.isabs(c))

print(join('a', 'b', 'c'), join('a/', 'b'), join('a', '/b', 'c'), join('', 'x'),
      join('a', ''), join('', ''), join('/', 'a'), join('a', 'b/', ''))
print(path.commonprefix(['/usr/lib', '/usr/local', '/usr/li']), repr(path.commonprefix([])))
print(path.commonprefix([['a', 'b'], ['a', 'c']]))
print(path.relpath('/a/b/c', '/a/x'), path.relpath('/a', '/a'), path.relpath('/a/b', '/'))
print(path.commonpath(['/usr/lib', '/usr/local/lib']), path.commonpath(['a/b', 'a/c']))
print(os.path.sep, os.sep, repr(os.linesep), os.name, os.curdir, os.pardir, os.pathsep)
try:
    path.relpath('')
except ValueError as e:
    print('ValueError', e)
try:
    path.commonpath(['/a', 'b'])
except ValueError as e:
    print('ValueError', e)
try:
    join('a', 3)
except TypeError as e:
    print('TypeError')
print(os.path is path, path.__name__)
