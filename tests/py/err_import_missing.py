import sys
print("importing a module that does not exist")
print(len(sys.argv))
import taipan_no_such_module_xyz
print("never")
