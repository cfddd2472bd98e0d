class Outer:
    class Inner:
        def __init__(self, v):
            self.v = v

        def __repr__(self):
            return f"Inner({self.v})"

    def make(self, v):
        return self.Inner(v)

o = Outer()
print(o.make(3), Outer.Inner(4), Outer.Inner.__name__)

class Node:
    def __init__(self, val, children=None):
        self.val = val
        self.children = children or []

    def total(self):
        return self.val + sum(c.total() for c in self.children)

    def depth(self):
        return 1 + max((c.depth() for c in self.children), default=0)

tree = Node(1, [Node(2, [Node(4)]), Node(3, [Node(5, [Node(6)])])])
print(tree.total(), tree.depth(), len(tree.children))

class LinkedList:
    def __init__(self):
        self.head = None

    def push(self, v):
        self.head = (v, self.head)

    def __iter__(self):
        node = self.head
        while node:
            yield node[0]
            node = node[1]

ll = LinkedList()
for i in range(5):
    ll.push(i)
print(list(ll), sum(ll))
