import sys
sys.path.insert(0, __file__.rsplit('/', 1)[0] + '/mods')
import geometry

print("after import")
print(geometry.PI_ISH, geometry.UNIT, round(geometry.area_circle(2), 6), geometry.dist((0, 0), (3, 4)))
r = geometry.Rect(3, 4)
print(r, r.area(), type(r).__name__, geometry.__name__)
import geometry as g2
print(g2 is geometry, g2.Rect is geometry.Rect)
from geometry import Rect, dist as distance
print(Rect(1, 2), distance((1, 1), (4, 5)))
print("geometry" in sys.modules)
