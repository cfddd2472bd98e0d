import sys
sys.path.insert(0, __file__.rsplit('/', 1)[0] + '/mods')
import cycle_a
import cycle_b
print(cycle_a.from_b(), cycle_b.from_a())
print(cycle_a.cycle_b is cycle_b, cycle_b.cycle_a is cycle_a)
