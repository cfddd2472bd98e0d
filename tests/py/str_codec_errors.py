# UnicodeError attributes, utf-8-sig and the surrogate handlers of the codecs.
def show(f):
    try:
        print(repr(f()))
    except UnicodeError as e:
        print(type(e).__name__, e)
        print(' ', e.encoding, repr(e.object), e.start, e.end, e.reason)
    except LookupError as e:
        print('LookupError', e)

show(lambda: b'abc\xe9def'.decode('utf-8'))
show(lambda: b'ab\xe9'.decode('utf-8'))
show(lambda: b'a\xff\xfeb'.decode('ascii'))
show(lambda: 'caf\xe9'.encode('ascii'))
show(lambda: 'x\u20ac\u20acy'.encode('latin-1'))
show(lambda: '\xe9'.encode('ascii', 'surrogateescape'))
show(lambda: 'abc'.encode('ascii', 'surrogateescape'))
show(lambda: b'abc'.decode('utf-8', 'surrogateescape'))
show(lambda: '\xe9t\xe9'.encode('utf-8-sig'))
show(lambda: '\xe9t\xe9'.encode('utf_8_sig'))
show(lambda: b'\xef\xbb\xbf\xc3\xa9t\xc3\xa9'.decode('utf-8-sig'))
show(lambda: b'no bom'.decode('utf-8-sig'))
show(lambda: b'\xef\xbb\xbfab\xe9'.decode('utf-8-sig'))
show(lambda: b'\xef\xbb\xbf'.decode('utf-8'))
show(lambda: b'x'.decode('xyz'))
show(lambda: 'x'.encode('klingon'))
show(lambda: b'a\xe9b'.decode('utf-8', 'replace'))
show(lambda: b'a\xe9b'.decode('ascii', 'ignore'))
show(lambda: str(b'caf\xc3\xa9', 'utf-8-sig'))
try:
    b'\xe9'.decode('utf-8')
except ValueError as e:
    print('caught as ValueError', isinstance(e, UnicodeDecodeError))
