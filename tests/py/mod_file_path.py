# __file__ is absolute and sys.path[0] is the script's directory, as
# CPython sets them for `python3 path/to/script.py`.
import os
import sys

print(os.path.isabs(__file__), os.path.basename(__file__))
print(os.path.isabs(sys.path[0]))
print(sys.path[0] == os.path.dirname(os.path.realpath(__file__)))
print(os.path.basename(sys.argv[0]) == os.path.basename(__file__))
print(os.path.exists(os.path.join(os.path.dirname(__file__), "README.md")))
