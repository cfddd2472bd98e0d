import sys
sys.path.insert(0, __file__.rsplit('/', 1)[0] + '/mods')
import raiser
print("calling fail")
raiser.fail("uncaught from module")
