# The codecs module: lookup, encode/decode, incremental codecs, codecs.open
# and the byte order marks.
import codecs

print(codecs.BOM_UTF8, codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE, codecs.BOM_UTF32_LE,
      codecs.BOM_UTF32_BE, codecs.BOM, codecs.BOM_UTF16, codecs.BOM_UTF32, codecs.BOM_LE,
      codecs.BOM_BE)
for name in ['utf-8', 'UTF8', 'utf_8_sig', 'latin-1', 'Latin1', 'ascii', 'US-ASCII', 'utf-16',
             'utf-16le', 'UTF-16-BE', 'utf-32', 'u32', 'utf_32_be', 'windows-1252', 'cp1251',
             'latin9', 'ibm437', 'hex', 'base64', 'rot13']:
    print(name, codecs.lookup(name).name)
for name in ['nope', 'latin-9', 'utf.16']:
    try:
        codecs.lookup(name)
    except LookupError as e:
        print('LookupError', e)
print(codecs.encode('caf\xe9'), codecs.encode('caf\xe9', 'utf-16-be'), codecs.encode('\u20ac', 'cp1252'))
print(codecs.decode(b'caf\xc3\xa9'), codecs.decode(bytearray(b'\x80'), 'cp1252'),
      codecs.decode(b'\xff\xfeh\x00', 'utf-16'))
print(codecs.encode('\u0100', 'latin-1', 'replace'), codecs.decode(b'a\xffb', 'ascii', 'ignore'))
print(codecs.encode(b'hello', 'hex'), codecs.decode(b'68656c6c6f', 'hex'), codecs.decode('6869', 'hex'))
print(codecs.encode(b'hello world', 'base64'), codecs.decode(b'aGk=\n', 'base64'))
print(codecs.encode('Hello, World!', 'rot13'), codecs.decode('Uryyb', 'rot_13'))
print(codecs.lookup('utf-8').encode('\xe9t\xe9'), codecs.lookup('latin-1').decode(b'\xe9x'))
print(codecs.getencoder('utf-16-le')('hi'), codecs.getdecoder('cp437')(b'\xc9\xcd'))
for bad in [lambda: codecs.encode(b'x', 'utf-8'), lambda: codecs.decode('x', 'utf-8'),
            lambda: codecs.encode('x', 'hex'), lambda: codecs.lookup(5)]:
    try:
        bad()
    except TypeError as e:
        print('TypeError')
try:
    codecs.decode(b'\xff', 'utf-8')
except UnicodeDecodeError as e:
    print(e)
for enc, pieces in [('utf-8', [b'a\xe2', b'\x82', b'\xacb\xf0\x9f', b'\x98\x80']),
                    ('utf-16', [b'\xff', b'\xfea', b'\x00=\xd8', b'\x00', b'\xde']),
                    ('utf-16', [b'\xfe\xff\x00', b'a']), ('utf-8-sig', [b'\xef\xbb', b'\xbfx']),
                    ('utf-32', [b'\xff\xfe\x00\x00h\x00', b'\x00\x00']), ('cp1252', [b'\x80\x93'])]:
    d = codecs.getincrementaldecoder(enc)()
    print(enc, [d.decode(p) for p in pieces], repr(d.decode(b'', final=True)), d.getstate())
d = codecs.getincrementaldecoder('utf-16')('replace')
print(repr(d.decode(b'\xff\xfea')), repr(d.decode(b'', True)), d.errors)
d.reset()
print(repr(d.decode(b'\xfe\xff\x00b', final=True)))
d = codecs.getincrementaldecoder('utf-8')()
print(repr(d.decode(b'\xe2\x82')))
try:
    d.decode(b'', final=True)
except UnicodeDecodeError as e:
    print(e)
e = codecs.getincrementalencoder('utf-16')()
print(e.encode('a'), e.encode('b'))
e.reset()
print(e.encode('c'), codecs.getincrementalencoder('utf-8-sig')().encode('x'))
P = '/tmp/taipan_test_lib_codecs.txt'
with codecs.open(P, 'w', 'utf-16') as f:
    f.write('one\ntwo\r\nthree')
with open(P, 'rb') as f:
    print(f.read())
with codecs.open(P, 'r', 'utf-16') as f:
    print(repr(f.read()), f.encoding)
with codecs.open(P, encoding='utf-16') as f:
    print(f.readlines())
with codecs.open(P, 'rb') as f:
    print(f.read(4))
print([codecs.getincrementaldecoder(n)().getstate() for n in ['utf-16', 'utf-32-be', 'utf-8-sig', 'ascii']])
print([codecs.getincrementalencoder(n)().getstate() for n in ['utf-16', 'utf-32-be', 'utf-8-sig', 'ascii']])
