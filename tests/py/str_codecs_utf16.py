# UTF-16 and UTF-32 in their three forms: byte order marks, byte orders,
# surrogate pairs, and the errors of odd lengths and lone surrogates.
def show(f):
    try:
        print(repr(f()))
    except UnicodeError as e:
        print(type(e).__name__, e)
        print(' ', e.encoding, repr(e.object), e.start, e.end, e.reason)
    except (LookupError, TypeError) as e:
        print(type(e).__name__, e)

TEXT = 'a\xe9\u20ac\U0001f600z'
for enc in ['utf-16', 'utf-16-le', 'utf-16-be', 'utf-32', 'utf-32-le', 'utf-32-be']:
    data = TEXT.encode(enc)
    print(enc, data, len(''.encode(enc)), data.decode(enc) == TEXT)
for name in ['UTF16', 'u16', 'utf_16le', 'UTF-16BE', 'utf 32', 'u32', 'utf_32be',
             'UnicodeLittleUnmarked', 'unicodebigunmarked', 'utf16le', 'utf.16']:
    show(lambda: 'hi'.encode(name))
show(lambda: b'\xfe\xff\x00h\x00i'.decode('utf-16'))
show(lambda: b'\xff\xfeh\x00i\x00'.decode('utf-16'))
show(lambda: b'h\x00i\x00'.decode('utf-16'))
show(lambda: b'\xff\xfe'.decode('utf-16'))
show(lambda: b'\xff\xfeh\x00'.decode('utf-16-le'))
show(lambda: b'\x00\x00\xfe\xff\x00\x00\x00h'.decode('utf-32'))
show(lambda: b'\xff\xfe\x00\x00h\x00\x00\x00'.decode('utf-32'))
show(lambda: b'h\x00\x00\x00'.decode('utf-32'))
show(lambda: b'=\xd8\x00\xde'.decode('utf-16-le'))
show(lambda: b'\xd8=\xde\x00'.decode('utf-16-be'))
for data in [b'a\x00b', b'\x00\xd8', b'\x00\xd8a\x00', b'\x00\xdca\x00', b'a\x00\x00\xd8\x00',
             b'\x00\xd8\x00\xd8', b'\xff\xfe\x00\xd8a\x00', b'\xff']:
    for errors in ['strict', 'replace', 'ignore', 'backslashreplace']:
        show(lambda: data.decode('utf-16', errors))
    show(lambda: data.decode('utf-16-be'))
for data in [b'a\x00\x00\x00b', b'\x00\xd8\x00\x00', b'\x00\x00\x11\x00a\x00\x00\x00',
             b'\xff\xfe\x00', b'\x00\x00\x00\x01h\x00\x00\x00']:
    for errors in ['strict', 'replace', 'ignore', 'backslashreplace']:
        show(lambda: data.decode('utf-32', errors))
    show(lambda: data.decode('utf-32-be'))
show(lambda: b'\x00\xd8'.decode('utf-16-le', 'surrogateescape'))
show(lambda: b'a'.decode('utf-16-le', 'surrogateescape'))
show(lambda: b'a\x00\x00'.decode('utf-32-le', 'surrogatepass'))
show(lambda: b'\x00\xd8'.decode('utf-16-le', 'xmlcharrefreplace'))
show(lambda: b'\x00\xd8'.decode('utf-16-le', 'bogus'))
show(lambda: 'x'.encode('utf-16', 'bogus'))
show(lambda: str(b'\xff\xfeh\x00', 'utf-16'))
show(lambda: str(b'\x00h', encoding='utf_16_be', errors='strict'))
