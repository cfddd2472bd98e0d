"""graphlib for taipan: TopologicalSorter and CycleError, as in CPython
3.11 (the same orders, the same cycle reported, the same errors)."""

__all__ = ["TopologicalSorter", "CycleError"]

# What a node's predecessor count becomes once it is handed out by
# get_ready(), and once done() marks it finished.
_HANDED_OUT = -1
_FINISHED = -2


class _Node:
    """A node, how many of its predecessors are unfinished, and the nodes
    that wait for it (in the order they were added)."""

    __slots__ = ("node", "npredecessors", "successors")

    def __init__(self, node):
        self.node = node
        self.npredecessors = 0
        self.successors = []


class CycleError(ValueError):
    """The graph has a cycle; args[1] lists it, first node repeated last."""


class TopologicalSorter:
    """Orders the nodes of a graph so that each comes after its
    predecessors, all at once (static_order()) or as work is done
    (prepare(), get_ready(), done())."""

    def __init__(self, graph=None):
        self._nodes = {}
        self._ready = None
        self._handed_out = 0
        self._finished = 0
        if graph is not None:
            for node, predecessors in graph.items():
                self.add(node, *predecessors)

    def _info(self, node):
        info = self._nodes.get(node)
        if info is None:
            info = self._nodes[node] = _Node(node)
        return info

    def add(self, node, *predecessors):
        """Adds node, after each of predecessors (added too as needed)."""
        if self._ready is not None:
            raise ValueError("Nodes cannot be added after a call to prepare()")
        info = self._info(node)
        info.npredecessors += len(predecessors)
        for pred in predecessors:
            self._info(pred).successors.append(node)

    def prepare(self):
        """Ends the adding; CycleError if the graph has a cycle."""
        if self._ready is not None:
            raise ValueError("cannot prepare() more than once")
        self._ready = [i.node for i in self._nodes.values() if i.npredecessors == 0]
        cycle = self._find_cycle()
        if cycle:
            raise CycleError("nodes are in a cycle", cycle)

    def _check_prepared(self):
        if self._ready is None:
            raise ValueError("prepare() must be called first")

    def get_ready(self):
        """A tuple of the nodes whose predecessors are all done and that
        were not handed out yet."""
        self._check_prepared()
        result = tuple(self._ready)
        for node in result:
            self._nodes[node].npredecessors = _HANDED_OUT
        self._ready.clear()
        self._handed_out += len(result)
        return result

    def is_active(self):
        """Whether more nodes can be handed out, or some handed out are not
        done yet."""
        self._check_prepared()
        return self._finished < self._handed_out or bool(self._ready)

    def __bool__(self):
        return self.is_active()

    def done(self, *nodes):
        """Marks nodes (handed out by get_ready()) finished, making their
        successors ready once all their predecessors are."""
        self._check_prepared()
        for node in nodes:
            info = self._nodes.get(node)
            if info is None:
                raise ValueError(f"node {node!r} was not added using add()")
            if info.npredecessors != _HANDED_OUT:
                if info.npredecessors >= 0:
                    raise ValueError(f"node {node!r} was not passed out (still not ready)")
                raise ValueError(f"node {node!r} was already marked done")
            info.npredecessors = _FINISHED
            for successor in info.successors:
                succ = self._nodes[successor]
                succ.npredecessors -= 1
                if succ.npredecessors == 0:
                    self._ready.append(successor)
            self._finished += 1

    def _find_cycle(self):
        """A cycle (its nodes, the first repeated at the end) found by a
        depth-first walk from each node in the order they were added, or
        None."""
        seen = set()
        path = []          # the nodes of the current walk
        successors = []    # for each, an iterator over its successors
        position = {}      # node -> index in path
        for start in self._nodes:
            if start in seen:
                continue
            node = start
            while True:
                if node in seen:
                    if node in position:
                        return path[position[node]:] + [node]
                else:
                    seen.add(node)
                    successors.append(iter(self._nodes[node].successors))
                    position[node] = len(path)
                    path.append(node)
                node = self._next_on_path(path, successors, position)
                if node is _EXHAUSTED:
                    break
        return None

    @staticmethod
    def _next_on_path(path, successors, position):
        """The next successor of the deepest node of the walk that has one,
        dropping the nodes that have none left; _EXHAUSTED when the walk
        is over."""
        while path:
            for node in successors[-1]:
                return node
            del position[path.pop()]
            successors.pop()
        return _EXHAUSTED

    def static_order(self):
        """The nodes in an order that respects the graph (a generator)."""
        self.prepare()
        while self.is_active():
            group = self.get_ready()
            yield from group
            self.done(*group)

    def __class_getitem__(cls, item):
        return cls


_EXHAUSTED = object()
