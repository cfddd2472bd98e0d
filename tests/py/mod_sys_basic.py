import sys
print(len(sys.argv), type(sys.argv[0]).__name__)
print(sys.maxsize, sys.maxsize == 2 ** 63 - 1)
print(sys.version_info >= (3, 8), sys.version_info[0], sys.version_info.major)
print(type(sys.path).__name__, type(sys.modules).__name__, "sys" in sys.modules)
print(sys.stdout is not None, sys.stderr is not None)
print(__name__)
if __name__ == "__main__":
    print("running as main")
