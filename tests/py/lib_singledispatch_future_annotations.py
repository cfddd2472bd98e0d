# singledispatch register() reads the first parameter's annotation through
# get_type_hints, so string annotations (from __future__ import
# annotations, or forward references) name user classes and unions too.
from __future__ import annotations

import functools
from dataclasses import dataclass
from typing import Optional, Union


@dataclass
class Image:
    width: int
    height: int


@dataclass
class Text:
    body: str


@functools.singledispatch
def describe(item) -> str:
    return f"unknown {type(item).__name__}"


@describe.register
def _(item: Image) -> str:
    return f"image {item.width}x{item.height}"


@describe.register
def _(item: Text) -> str:
    return f"text of {len(item.body)} chars"


@describe.register
def _(item: int | float) -> str:
    return f"number {item}"


@describe.register
def _(item: Union[list, tuple]) -> str:
    return "sequence of " + ", ".join(describe(x) for x in item)


for thing in [Image(2, 3), Text("hello"), 4, 2.5, [Text("a"), 1], (), "str", None]:
    print(describe(thing))
print(sorted(c.__name__ for c in describe.registry))


class Renderer:
    @functools.singledispatchmethod
    def render(self, item):
        return "?"

    @render.register
    def _(self, item: Image):
        return "<img>"

    @render.register
    def _(self, item: str):
        return "<p>" + item + "</p>"


print(Renderer().render(Image(1, 1)), Renderer().render("x"), Renderer().render(3))
try:
    @describe.register
    def _(item: Optional[Missing]) -> str:
        return ""
except NameError as e:
    print("NameError", e)
try:
    @describe.register
    def _(item: list[int]) -> str:
        return ""
except TypeError as e:
    print("TypeError", e)
