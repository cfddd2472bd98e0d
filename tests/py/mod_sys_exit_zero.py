import sys

def main():
    print("main ran")
    return 0

if __name__ == "__main__":
    try:
        sys.exit(5)
    except SystemExit as e:
        print("caught SystemExit", e.code, type(e).__name__)
    try:
        sys.exit()
    except SystemExit as e:
        print("no arg code", e.code)
    sys.exit(main())
