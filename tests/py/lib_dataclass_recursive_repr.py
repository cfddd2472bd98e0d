# A dataclass instance that holds itself (directly, through a container or
# through another dataclass) shows "..." where the cycle closes.
import concurrent.futures
from dataclasses import dataclass, field
from typing import List, Optional


@dataclass
class TreeNode:
    name: str
    parent: Optional["TreeNode"] = None
    children: List["TreeNode"] = field(default_factory=list)

    def add(self, name):
        child = TreeNode(name, self)
        self.children.append(child)
        return child


root = TreeNode("root")
leaf = root.add("a").add("b")
print(root)
print(leaf)
print(repr(root.children[0]))


@dataclass
class Edge:
    src: "Vertex"
    weight: float


@dataclass
class Vertex:
    label: str
    edges: list = field(default_factory=list)


v = Vertex("v")
v.edges.append(Edge(v, 0.5))
print(v, [v], {"k": v})


@dataclass
class Point:
    x: int
    y: int


with concurrent.futures.ThreadPoolExecutor(2) as pool:
    print(list(pool.map(repr, [Point(1, 2), Point(3, 4)])))
print(Point(5, 6), str(Point(7, 8)), f"{Point(9, 10)}")
