import sys


def main():
    print("done")


sys.exit(main())
