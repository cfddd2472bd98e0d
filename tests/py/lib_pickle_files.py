# pickle: dump/load with binary files, Pickler/Unpickler subclasses
# (persistent ids, find_class), and the errors of bad data and objects.
import pickle
import os

path = '/tmp/taipan_test_lib_pickle_files.pkl'
with open(path, 'wb') as f:
    pickle.dump({'a': [1, 2]}, f)
    pickle.dump('second', f, protocol=0)
    p = pickle.Pickler(f, 2)
    p.dump((1, 2))
    p.dump([3])
with open(path, 'rb') as f:
    print(pickle.load(f), pickle.load(f))
    u = pickle.Unpickler(f)
    print(u.load(), u.load())
    try:
        pickle.load(f)
    except EOFError as e:
        print('EOFError', e)
os.remove(path)


class Record:
    def __init__(self, key):
        self.key = key


class DBPickler(pickle.Pickler):
    def persistent_id(self, obj):
        return ('rec', obj.key) if isinstance(obj, Record) else None


class DBUnpickler(pickle.Unpickler):
    def persistent_load(self, pid):
        return 'loaded %s %s' % pid

    def find_class(self, module, name):
        if name == 'Forbidden':
            raise pickle.UnpicklingError('global %s.%s is forbidden' % (module, name))
        return super().find_class(module, name)


class Forbidden:
    pass


for proto in (1, 2, 4):
    with open(path, 'wb') as f:
        DBPickler(f, proto).dump([Record('k1'), 5, Record('k2')])
    with open(path, 'rb') as f:
        data = f.read()
        print(proto, data)
    with open(path, 'rb') as f:
        print(DBUnpickler(f).load())
    with open(path, 'wb') as f:
        pickle.dump(Forbidden(), f, proto)
    with open(path, 'rb') as f:
        try:
            DBUnpickler(f).load()
        except pickle.UnpicklingError as e:
            print(e)
os.remove(path)
print(issubclass(pickle.PicklingError, pickle.PickleError), issubclass(pickle.UnpicklingError, Exception))
bad_data = [b'', b'\x80\x04N', b'X\x05\x00\x00\x00ab', b'.', b'\x00', b'h\x05.', b'K\x01e.', b'\x80\x09N.',
            b'\x80\x04\x8c\x08__main__\x8c\x07Missing\x93.', 'text', b'\x80\x03cno_such_module_x\nThing\n.']
for data in bad_data:
    try:
        print(pickle.loads(data))
    except Exception as e:
        print(type(e).__name__)


def local():
    class Local:
        pass
    return Local


for obj in [lambda: 0, local(), local()(), (i for i in range(3)), open(__file__)]:
    for proto in (0, 2, 4):
        try:
            pickle.dumps(obj, proto)
        except Exception as e:
            print(proto, type(e).__name__)
    if hasattr(obj, 'close'):
        obj.close()
for bad_proto in (6, 99):
    try:
        pickle.dumps(1, bad_proto)
    except ValueError as e:
        print(e)
