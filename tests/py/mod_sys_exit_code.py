import sys

def finish(code):
    print("exiting with", code)
    sys.exit(code)

print("before exit")
finish(3)
print("never printed")
