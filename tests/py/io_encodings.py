# Reading and writing files in several codecs, with error handlers.
P = '/tmp/taipan_test_io_encodings.txt'
def write_bytes(data):
    with open(P, 'wb') as f:
        f.write(data)
def read_bytes():
    with open(P, 'rb') as f:
        return f.read()
def attempt(label, f):
    try:
        print(label, repr(f()))
    except (UnicodeError, LookupError, ValueError) as e:
        print(label, type(e).__name__, e)

write_bytes(b'caf\xc3\xa9 na\xc3\xafve\n')
for enc in ['utf-8', 'UTF8', 'latin-1', 'latin1', 'iso-8859-1']:
    with open(P, encoding=enc) as f:
        print(enc, repr(f.read()), f.encoding)
write_bytes(b'abc\xe9def\n')
attempt('strict', lambda: open(P).read())
attempt('ascii', lambda: open(P, encoding='ascii').read())
attempt('replace', lambda: open(P, errors='replace').read())
attempt('ignore', lambda: open(P, errors='ignore').read())
attempt('readline', lambda: open(P).readline())
attempt('latin', lambda: open(P, encoding='latin-1').read())
attempt('unknown', lambda: open(P, encoding='xyz'))
attempt('handler', lambda: open(P, errors='bogus').read())
for enc, errors in [('ascii', 'strict'), ('ascii', 'replace'), ('ascii', 'ignore'),
                    ('latin-1', 'strict'), ('latin-1', 'xmlcharrefreplace'),
                    ('utf-8', 'strict'), ('ascii', 'backslashreplace')]:
    def go():
        with open(P, 'w', encoding=enc, errors=errors) as f:
            return f.write('\xe9t\xe9 \u20ac')
    attempt(enc + ' ' + errors, go)
    print(' ->', read_bytes())
with open(P, 'w', encoding='utf-8-sig') as f:
    f.write('bom\n')
    f.write('second\n')
print(read_bytes())
with open(P, encoding='utf-8-sig') as f:
    print(repr(f.read()))
with open(P, encoding='utf-8') as f:
    print(repr(f.read()))
with open(P, 'a', encoding='utf-8-sig') as f:
    f.write('more\n')
print(read_bytes())
with open(P, encoding='utf-8-sig') as f:
    print(f.readlines(), f.errors)
write_bytes('\u20ac'.encode() * 3000)
with open(P) as f:
    print(len(f.read(2731)), len(f.read()))
try:
    open(P, 'rb', encoding='utf-8')
except ValueError as e:
    print(e)
try:
    open(P, 'rb', errors='strict')
except ValueError as e:
    print(e)
try:
    open(P, encoding=5)
except TypeError as e:
    print(e)
