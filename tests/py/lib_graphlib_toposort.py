from graphlib import TopologicalSorter, CycleError

pipeline = {
    "tokenize": {"download"},
    "dedup": {"tokenize"},
    "filter": {"tokenize", "lang_id"},
    "lang_id": {"download"},
    "shard": {"dedup", "filter"},
    "stats": {"filter"},
    "upload": {"shard", "stats"},
}
ts = TopologicalSorter(pipeline)
print(list(ts.static_order()))
ts = TopologicalSorter()
for step, deps in pipeline.items():
    ts.add(step, *sorted(deps))
ts.prepare()
wave = 0
while ts.is_active():
    ready = ts.get_ready()
    print(wave, sorted(ready))
    ts.done(*ready)
    wave += 1
print(bool(ts))
for graph in ({"a": ["b"], "b": ["c"], "c": ["a"]}, {1: [2], 2: [3], 3: [2], 4: [1]}, {"x": ["x"]}):
    try:
        list(TopologicalSorter(graph).static_order())
    except CycleError as e:
        print("CycleError:", e.args[0], e.args[1], isinstance(e, ValueError))
ts = TopologicalSorter({"b": ["a"]})
for call in (lambda: ts.get_ready(), lambda: ts.done("a"), lambda: ts.is_active()):
    try:
        call()
    except ValueError as e:
        print("ValueError:", e)
ts.prepare()
for call in (lambda: ts.prepare(), lambda: ts.add("c"), lambda: ts.done("zz"), lambda: ts.done("b")):
    try:
        call()
    except ValueError as e:
        print("ValueError:", e)
print(ts.get_ready())
ts.done("a")
try:
    ts.done("a")
except ValueError as e:
    print("ValueError:", e)
print(ts.get_ready(), ts.is_active())
ts.done("b")
print(ts.is_active(), TopologicalSorter[str] is not None)
