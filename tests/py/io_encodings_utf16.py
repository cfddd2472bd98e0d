# Text files in UTF-16 and UTF-32: byte order marks on writing and reading,
# pieces that split a surrogate pair, tell/seek, and decoding errors.
P = '/tmp/taipan_test_io_encodings_utf16.txt'
def write_bytes(data):
    with open(P, 'wb') as f:
        f.write(data)
def read_bytes():
    with open(P, 'rb') as f:
        return f.read()
def attempt(label, enc, fn, mode='r', **kw):
    try:
        with open(P, mode, encoding=enc, **kw) as f:
            print(label, repr(fn(f)))
    except (UnicodeError, ValueError) as e:
        print(label, type(e).__name__, e)

for enc in ['utf-16', 'utf-16-le', 'utf-16-be', 'utf-32', 'UTF_32BE']:
    with open(P, 'w', encoding=enc) as f:
        print(enc, f.tell(), f.write('ab\n'), f.tell(), f.write('c\U0001f600\n'), f.tell(), f.encoding)
    with open(P, 'a', encoding=enc) as f:
        print(' ', f.tell(), f.write('z'), f.tell())
    print(' ', read_bytes())
    attempt(' lines', enc, lambda f: (f.readline(), f.tell(), f.readlines(), f.tell()))
    attempt(' seek', enc, lambda f: (f.read(2), f.seek(0), f.read(4), f.tell()))
for newline in [None, '', '\n']:
    write_bytes(b'\xfe\xff' + 'ab\r\ncd\nef'.encode('utf-16-be'))
    attempt('BE', 'utf-16', lambda f: (f.readline(), f.tell(), f.seek(f.tell()), f.read(), f.tell()),
            newline=newline)
write_bytes(b'\xff\xfe' + 'ab\r\ncd\r\n'.encode('utf-16-le'))
attempt('crlf', 'utf-16', lambda f: (f.readline(), f.tell(), f.readline(), f.tell()))
write_bytes(b'\xff\xfe' + ('a' * 4094 + '\U0001f600\xe9').encode('utf-16-le'))
attempt('split', 'utf-16', lambda f: (len(f.read(4094)), f.tell(), f.read(), f.tell()))
attempt('lines', 'utf-16', lambda f: [len(line) for line in f])
write_bytes(b'\xff\xfe\x00\x00' + ('b' * 2046 + '\U0001f600\u20ac').encode('utf-32-le'))
attempt('split32', 'utf-32', lambda f: (len(f.read(2046)), f.read(), f.tell()))
for data in [b'', b'\xff\xfe', b'\xff', b'\xff\xfea', b'h\x00i\x00', b'\xff\xfe\x00\xd8a\x00',
             b'\xff\xfea\x00\x00\xdc']:
    write_bytes(data)
    attempt(data, 'utf-16', lambda f: (f.read(), f.tell()))
    attempt(data, 'utf-16', lambda f: (f.read(1), f.read()))
    attempt(data, 'utf-16', lambda f: f.read(), errors='replace')
write_bytes('h\U0001f600'.encode('utf-32-le'))
attempt('no bom', 'utf-32', lambda f: f.read())
attempt('le', 'utf-32-le', lambda f: f.read())
with open(P, 'w', encoding='utf-16', newline='\r\n') as f:
    f.write('one\ntwo\n')
    f.seek(0)
    f.write('ONE')
print(read_bytes())
with open(P, 'w', encoding='utf-16') as f:
    f.write('')
print(read_bytes())
write_bytes(b'\xff\xfe' + 'abcdef'.encode('utf-16-le'))
attempt('r+', 'utf-16', lambda f: (f.read(), f.write('x')), 'r+')
print(read_bytes())
attempt('r+ write first', 'utf-16', lambda f: (f.write('Z'), f.read()), 'r+')
print(read_bytes())
