# Class keyword arguments go to the nearest base's __init_subclass__.
class Plugin:
    registry = []

    def __init_subclass__(cls, name=None, priority=0, **kwargs):
        super().__init_subclass__(**kwargs)
        cls.plugin_name = name or cls.__name__.lower()
        cls.priority = priority
        Plugin.registry.append(cls.__name__)


class Reader(Plugin, name='read', priority=2):
    pass


class Writer(Plugin):
    pass


class FastReader(Reader, priority=9):
    pass


print(Reader.plugin_name, Reader.priority, Writer.plugin_name, Writer.priority, FastReader.plugin_name, FastReader.priority)
print(Plugin.registry)
prio = 5
class Later(Plugin, priority=prio * 2, name='l' + 'ater'):
    x = 1
print(Later.priority, Later.plugin_name, Later.x)
try:
    class Bad(Plugin, colour='red'):
        pass
except TypeError as e:
    print('TypeError', e)
try:
    class Plain(flavour=1):
        pass
except TypeError as e:
    print('TypeError', e)
try:
    class Sub(Writer, size=3):
        pass
except TypeError as e:
    print('TypeError', e)
print(Plugin.registry)
