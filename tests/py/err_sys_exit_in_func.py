import sys

def bail():
    print("bailing")
    sys.exit(4)

bail()
print("never")
