# sys.stdin exists and looks like CPython's (the harness gives no input).
import sys
print(type(sys.stdin).__name__, sys.stdin.name, sys.stdin.mode, sys.stdin.encoding)
print(sys.stdin.readable(), sys.stdin.writable(), sys.stdin.fileno())
print(repr(sys.stdin.read()))
print(repr(sys.stdin.readline()))
print(list(sys.stdin), sys.stdin.readlines())
print(sys.stdout.fileno(), sys.stderr.fileno(), sys.stdout.writable(), sys.stdout.encoding)
try:
    input()
except EOFError as e:
    print('EOFError', e)
import io
sys.stdin = io.StringIO('fake line\nmore\n')
print(repr(input()), repr(input('> ')))
try:
    input()
except EOFError as e:
    print('EOFError', e)
