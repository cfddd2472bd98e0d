class Fatal(BaseException):
    pass

print("raising Fatal")
try:
    raise Fatal("not an Exception")
except Exception:
    print("never")
