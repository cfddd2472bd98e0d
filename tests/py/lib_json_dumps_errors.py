# json.dumps/JSONEncoder: unserializable values, default=, cls=, circular references, skipkeys, allow_nan.
import json

def show(f):
    try:
        print(repr(f()))
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ':', e)

class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y

show(lambda: json.dumps({1, 2}))
show(lambda: json.dumps([1, Point(1, 2)]))
show(lambda: json.dumps({'a': b'bytes'}))
show(lambda: json.dumps({(1, 2): 3}))
show(lambda: json.dumps({frozenset(): 3}, indent=2))
show(lambda: json.dumps({1: 'a', 'b': 2}, sort_keys=True))
show(lambda: json.dumps({(1, 2): 3, 'a': 1}, skipkeys=True))
show(lambda: json.dumps({(1, 2): 3}, skipkeys=True))
show(lambda: json.dumps({(1, 2): 3}, skipkeys=True, indent=2))
show(lambda: json.dumps({'a': 1, (1, 2): 3, 'b': 2}, skipkeys=True, indent=2))

def point_default(o):
    if isinstance(o, Point):
        return {'x': o.x, 'y': o.y}
    if isinstance(o, (set, frozenset)):
        return sorted(o)
    raise TypeError('no ' + type(o).__name__)

show(lambda: json.dumps([Point(1, 2), {3, 1, 2}], default=point_default))
show(lambda: json.dumps({'p': Point(0.5, [Point(1, 1)])}, default=point_default, indent=1))
show(lambda: json.dumps([1, object()], default=point_default))
show(lambda: json.dumps(Point(1, 2), default=lambda o: o.__dict__, sort_keys=True))

class PointEncoder(json.JSONEncoder):
    def default(self, o):
        if isinstance(o, Point):
            return [o.x, o.y]
        return json.JSONEncoder.default(self, o)

show(lambda: json.dumps({'pts': [Point(1, 2), Point(3, 4)]}, cls=PointEncoder))
show(lambda: json.dumps({'pts': [Point(1, 2), {1}]}, cls=PointEncoder))
show(lambda: PointEncoder(indent=2).encode([Point(5, 6)]))
show(lambda: list(PointEncoder().iterencode({'a': [Point(1, 2)]})) and 'chunks ok')

a = [1, 2]
a.append(a)
show(lambda: json.dumps(a))
show(lambda: json.dumps(a, indent=2))
d = {'x': 1}
d['self'] = d
show(lambda: json.dumps(d))
show(lambda: json.dumps({'l': [d]}, indent=2))
shared = [1]
show(lambda: json.dumps([shared, shared, {'s': shared}]))
loop = Point(0, 0)
show(lambda: json.dumps(loop, default=lambda o: [o]))
show(lambda: json.dumps([loop], default=lambda o: {'again': o}, indent=2))

nan, inf = float('nan'), float('inf')
for args in [{}, {'indent': 2}, {'sort_keys': True}]:
    show(lambda: json.dumps(nan, allow_nan=False, **args))
    show(lambda: json.dumps([1, inf], allow_nan=False, **args))
    show(lambda: json.dumps({'a': -inf}, allow_nan=False, **args))
    show(lambda: json.dumps({nan: 1}, allow_nan=False, **args))
    show(lambda: json.dumps([1.5, {'b': 2.0}], allow_nan=False, **args))
show(lambda: json.JSONEncoder(allow_nan=False).encode([inf]))
show(lambda: ''.join(json.JSONEncoder(allow_nan=False).iterencode([inf])))
show(lambda: json.dumps([nan, inf, -inf]))
show(lambda: json.dumps([1], check_circular=False))
show(lambda: json.dumps({'z': [shared, shared]}, check_circular=False, sort_keys=True))
