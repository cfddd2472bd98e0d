import sys
try:
    print("in try")
    sys.exit(2)
finally:
    print("finally runs on exit")
