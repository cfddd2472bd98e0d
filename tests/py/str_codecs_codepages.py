# The single-byte code pages: cp1252, cp1251, iso8859-15 and cp437, their
# names, undefined bytes and characters they cannot encode.
def show(f):
    try:
        print(repr(f()))
    except UnicodeError as e:
        print(type(e).__name__, e)
        print(' ', e.encoding, repr(e.object), e.start, e.end, e.reason)
    except (LookupError, TypeError) as e:
        print(type(e).__name__, e)

HIGH = bytes(range(0x80, 0x100))
for enc in ['cp1252', 'cp1251', 'iso8859-15', 'cp437']:
    text = HIGH.decode(enc, 'replace')
    print(enc, text)
    back = text.replace('\ufffd', '').encode(enc)
    print(' ', len(back), back)
    print(' ', ascii(bytes(range(0x20, 0x7f)).decode(enc)))
for name in ['windows-1252', 'WINDOWS_1251', '1252', 'latin9', 'L9', 'ISO_8859-15', 'iso8859_15',
             'ibm437', '437', 'cspc8codepage437', 'latin-9', 'cp-1252', 'windows1252']:
    show(lambda: '\u20ac'.encode(name, 'replace'))
show(lambda: b'price: \x80 5, \x93quoted\x94 \x85'.decode('cp1252'))
show(lambda: 'na\xefve \u2018x\u2019 \u2014 \u0160'.encode('windows-1252'))
show(lambda: b'a\x81\x8d\x8f\x90\x9db'.decode('cp1252'))
for errors in ['replace', 'ignore', 'backslashreplace', 'xmlcharrefreplace']:
    show(lambda: b'a\x81\x8db'.decode('cp1252', errors))
show(lambda: '\u041f\u0440\u0438\u0432\u0435\u0442'.encode('cp1251'))
show(lambda: b'\xcf\xf0\xe8\xe2\xe5\xf2 \x98'.decode('cp1251'))
show(lambda: '\u20ac \u0160 \u017d \u0153'.encode('iso8859-15'))
show(lambda: '\xa4 \xa6'.encode('latin9'))
show(lambda: '\u2554\u2550\u2557 \u2591'.encode('cp437'))
show(lambda: b'\xc9\xcd\xbb \xb0 \xe1'.decode('cp437'))
for errors in ['strict', 'replace', 'ignore', 'backslashreplace', 'xmlcharrefreplace', 'namereplace']:
    show(lambda: 'a\u0100\u0101b\U0001f600\u20ac'.encode('cp1252', errors))
show(lambda: 'x\x81'.encode('cp1252'))
show(lambda: 'x\u0100'.encode('cp1252', 'bogus'))
show(lambda: b'\x81'.decode('cp1252', 'bogus'))
show(lambda: 'x\u0100'.encode('latin-1', 'namereplace'))
show(lambda: 'x\ue000\u0100'.encode('ascii', 'namereplace'))
show(lambda: str(b'\x80', 'cp1252'))
