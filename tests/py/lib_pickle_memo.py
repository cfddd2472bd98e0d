# pickle: shared and recursive references (the memo), batches of 1000
# items, frames of protocol 4+ and large str/bytes outside frames.
import pickle

shared = [1, 2]
t = ([],)
t[0].append(t)
me = []
me.append(me)
d = {}
d['self'] = d
s = 'shared string'
cases = [[shared, shared, (shared,)], t, me, d, [s, s, (s, s)],
         ['', '', b'', 'a', 'a']]
for v in cases:
    for proto in range(6):
        print(proto, pickle.dumps(v, proto))
back = pickle.loads(pickle.dumps([shared, shared]))
print(back, back[0] is back[1])
back = pickle.loads(pickle.dumps(t, 2))
print(back[0][0] is back, pickle.loads(pickle.dumps(me, 0))[0] is not None)
back = pickle.loads(pickle.dumps(d, 1))
print(back['self'] is back)


def summary(data):
    # The length and the bytes around the frame and batch boundaries.
    return len(data), data[:14], data[-14:], data.count(b'\x95'), data.count(b'e(')


for n in (999, 1000, 1001, 2000):
    for proto in (1, 2, 4, 5):
        print(n, proto, summary(pickle.dumps(list(range(n)), proto)))
        print(n, proto, summary(pickle.dumps({i: -i for i in range(n)}, proto)))
        print(n, proto, summary(pickle.dumps(set(range(n)), proto)))
print(summary(pickle.dumps(list(range(30000)), 4)))
big = ['item%d' % i for i in range(7000)]
data = pickle.dumps(big, 4)
print(summary(data), pickle.loads(data) == big)
data = pickle.dumps([b'a' * 70000, 'b' * 70000, bytearray(b'c' * 70000), 1], 5)
print(summary(data), len(pickle.loads(data)[2]))
data = pickle.dumps([b'a' * 70000, 'b' * 70000], 4)
print(summary(data), pickle.loads(data)[1][:3])
