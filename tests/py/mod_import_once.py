import sys
sys.path.insert(0, __file__.rsplit('/', 1)[0] + '/mods')
import counter_mod
print(counter_mod.bump(), counter_mod.bump())
import counter_mod
print(counter_mod.count)
from counter_mod import bump, count
print(bump(), count, counter_mod.count)

def later():
    import counter_mod as cm
    return cm.bump()

print(later(), counter_mod.count)
