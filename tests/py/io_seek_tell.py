# seek, tell and truncate on binary and text files.
P = '/tmp/taipan_test_io_seek_tell.bin'
with open(P, 'wb') as f:
    print(f.write(b'0123456789'), f.tell())
    print(f.seek(3), f.tell())
    f.write(b'abc')
    print(f.tell(), f.seek(0, 2), f.seek(-2, 2), f.seek(1, 1))
    print(f.truncate(5), f.tell())
with open(P, 'rb') as f:
    print(f.read(), f.tell())
    print(f.seek(1), f.read(2), f.tell(), f.seek(-1, 1), f.read(1))
    print(f.seek(-3, 2), f.read(), f.seek(100), f.read(), f.tell())
    try:
        f.seek(-1)
    except OSError as e:
        print('OSError', e)
    try:
        f.seek(0, 7)
    except ValueError as e:
        print('ValueError', e)
    try:
        f.truncate()
    except OSError as e:
        print(type(e).__name__, e)
T = '/tmp/taipan_test_io_seek_tell.txt'
with open(T, 'w') as f:
    f.write('one\ntwo\nthr\xe9e\nfour\n')
    print(f.tell())
with open(T, 'rb') as f:
    raw = f.read()
with open(T, 'wb') as f:
    f.write(raw.replace(b'\n', b'\r\n'))
with open(T) as f:
    marks = []
    while True:
        marks.append(f.tell())
        line = f.readline()
        if not line:
            break
    print(marks)
    f.seek(marks[2])
    print(repr(f.readline()), f.tell())
    print(f.seek(0), repr(f.read(5)), f.tell())
    print(f.seek(0, 1), f.seek(0, 2), repr(f.read()))
    for args in [(3, 1), (2, 2), (-1,), (0, 9)]:
        try:
            f.seek(*args)
        except (ValueError, OSError) as e:
            print(type(e).__name__, e)
with open(T, 'a') as f:
    print(f.tell())
    f.write('x')
    print(f.tell(), f.truncate(4), f.tell())
with open(T, 'rb') as f:
    print(f.read())
