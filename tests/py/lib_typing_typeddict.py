# typing.TypedDict: totality, Required/NotRequired, inherited keys, the
# functional form.
from typing import NotRequired, Required, TypedDict, get_type_hints, is_typeddict


class Movie(TypedDict):
    title: str
    year: int
    rating: NotRequired[float]


class Options(TypedDict, total=False):
    verbose: bool
    level: int
    name: Required[str]


class Extended(Movie, total=False):
    director: str
    budget: Required[int]


def keys(cls):
    return sorted(cls.__required_keys__), sorted(cls.__optional_keys__), cls.__total__


for cls in (Movie, Options, Extended):
    print(cls.__name__, keys(cls))
    print(' ', cls.__annotations__)
print(type(Movie.__required_keys__).__name__)

m = Movie(title='Heat', year=1995)
print(m, type(m).__name__, m == {'title': 'Heat', 'year': 1995})
e = Extended(title='Alien', year=1979, budget=11)
e['director'] = 'Scott'
print(e, isinstance(e, dict))
print(Options(), Options(name='x', level=2))

Point = TypedDict('Point', {'x': int, 'y': int, 'z': NotRequired[int]})
Sparse = TypedDict('Sparse', {'a': int, 'b': Required[str]}, total=False)
print(Point.__name__, keys(Point), Point(x=1, y=2))
print(Sparse.__name__, keys(Sparse), Sparse.__annotations__)

print(is_typeddict(Movie), is_typeddict(Point), is_typeddict(dict), is_typeddict(m))
for check in (lambda: isinstance(m, Movie), lambda: issubclass(dict, Movie)):
    try:
        check()
    except TypeError as e:
        print('TypeError:', e)
print(get_type_hints(Extended))
print(get_type_hints(Extended, include_extras=True))
print(repr(Required[int]), NotRequired[list[str]])


def describe(cls, data):
    missing = sorted(k for k in cls.__required_keys__ if k not in data)
    unknown = sorted(k for k in data if k not in cls.__annotations__)
    return 'missing=%s unknown=%s' % (missing, unknown)


print(describe(Extended, {'title': 't', 'extra': 1}))
print(describe(Options, {'name': 'n', 'verbose': True}))
