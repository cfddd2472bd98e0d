# base64 errors: bad padding, non-alphabet digits (validate), wrong argument types, bad altchars/map01
import base64


def attempt(label, f, *args, **kwargs):
    try:
        print(label, repr(f(*args, **kwargs)))
    except Exception as e:
        print(label, type(e).__name__, e, isinstance(e, ValueError))


for text in ["YQ", "YQ=", "Y", "YWJjZ", "YWJ", "YQ=a", "YWJjZ===", "A", "AAAAA"]:
    attempt("b64decode %r:" % text, base64.b64decode, text)
for text in ["YW J", "YQ===", "YQ=a==", "=YQ==", "AAAA=A", "YQ==\n", "YWJjZ", "YQ", "Y*Q="]:
    attempt("validate %r:" % text, base64.b64decode, text, validate=True)
attempt("non-ascii str:", base64.b64decode, "YQ\u00e9=")
attempt("int input:", base64.b64decode, 5)
attempt("list input:", base64.urlsafe_b64decode, [1])
attempt("encode str:", base64.b64encode, "abc")
attempt("encode int:", base64.standard_b64encode, 5)
attempt("urlsafe encode str:", base64.urlsafe_b64encode, "abc")
attempt("altchars short:", base64.b64encode, b"ab", altchars=b"-")
attempt("altchars str:", base64.b64encode, b"ab", altchars="-_")
attempt("decode altchars long:", base64.b64decode, "YQ==", altchars=b"-_.")
attempt("encodebytes str:", base64.encodebytes, "x")
attempt("decodebytes str:", base64.decodebytes, "YQ==")
attempt("decodebytes bad:", base64.decodebytes, b"YQ")

for text in ["ME", "M=======", "me======", "M1======", "MF=GGZDF", "MFRGG=====", "========", "MFRGGZD=", "ME======ME======"]:
    attempt("b32decode %r:" % text, base64.b32decode, text)
attempt("b32 map01 long:", base64.b32decode, "MFRA====", map01=b"LL")
attempt("b32 int:", base64.b32decode, 5)
attempt("b32encode str:", base64.b32encode, "x")
attempt("b32hexdecode W:", base64.b32hexdecode, "W0======")

for text in ["abc", "ab", "ABC", "AG", "0 "]:
    attempt("b16decode %r:" % text, base64.b16decode, text)
attempt("b16decode int:", base64.b16decode, 5)
attempt("b16encode str:", base64.b16encode, "x")

try:
    base64.b64decode("YQ")
except ValueError as e:
    print("caught as ValueError:", type(e).__name__, e)
