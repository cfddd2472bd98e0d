import inspect
import functools
from dataclasses import dataclass, field
from typing import NamedTuple, List, Optional
from collections import namedtuple


class BaseModel:
    """Base of all models.

        Subclasses register themselves.
    """

    registry = {}

    def __init_subclass__(cls, **kw):
        super().__init_subclass__(**kw)
        BaseModel.registry[cls.__name__] = cls

    def forward(self, x):
        """Run the model."""
        raise NotImplementedError


class Linear(BaseModel):
    def __init__(self, in_features: int, out_features: int, bias: bool = True, *, dtype="fp32", **extra):
        self.shape = (in_features, out_features)
        self.bias = bias

    def forward(self, x):
        return x


class Embedding(BaseModel):
    def __init__(self, num, dim=64):
        self.num, self.dim = num, dim


def build(name, cfg):
    cls = BaseModel.registry[name]
    sig = inspect.signature(cls)
    accepts_kwargs = any(p.kind is inspect.Parameter.VAR_KEYWORD for p in sig.parameters.values())
    kwargs = {k: v for k, v in cfg.items() if accepts_kwargs or k in sig.parameters}
    dropped = sorted(set(cfg) - set(kwargs))
    missing = [n for n, p in sig.parameters.items()
               if p.default is inspect.Parameter.empty and p.kind in (p.POSITIONAL_OR_KEYWORD, p.KEYWORD_ONLY) and n not in cfg]
    print(f"{name}{sig} dropped={dropped} missing={missing}")
    return cls(**kwargs)


build("Linear", {"in_features": 4, "out_features": 2, "lr": 0.1})
build("Embedding", {"num": 10, "lr": 0.1, "dropout": 0.5})
sig = inspect.signature(Linear.__init__)
print(sig, repr(sig))
for name, p in sig.parameters.items():
    print(name, p.kind, p.kind.description, p.default, p.annotation, repr(p), str(p))
print(list(sig.parameters), sig.return_annotation is inspect.Signature.empty)
ba = sig.bind(None, 3, 4, dtype="bf16", foo=1)
print(ba, ba.args, ba.kwargs)
ba.apply_defaults()
print(ba.arguments)
for args, kw in [((None,), {}), ((None, 1, 2, 3, 4), {}), ((None, 1), {"in_features": 2}), ((None, 1, 2), {})]:
    try:
        print(sig.bind(*args, **kw))
    except TypeError as e:
        print("TypeError:", e)


def handler(request, /, timeout: float = 1.0, *args, retries: int = 3, **opts) -> Optional[str]:
    """Handle a request."""


print(inspect.signature(handler))
print(inspect.getfullargspec(handler))
print(inspect.signature(lambda x, *, y=2: 0), inspect.signature(Linear(1, 2).forward))
p = functools.partial(handler, "req", retries=5)
print(inspect.signature(p))


def logged(fn):
    @functools.wraps(fn)
    def wrapper(*a, **k):
        return fn(*a, **k)
    return wrapper


@logged
def predict(batch, top_k=5):
    return batch


print(inspect.signature(predict), inspect.signature(predict, follow_wrapped=False), inspect.unwrap(predict).__name__)


@dataclass
class ServeCfg:
    model: str
    port: int = 8000
    stops: List[str] = field(default_factory=list)


print(inspect.signature(ServeCfg), inspect.signature(ServeCfg.__init__))
Pair = namedtuple("Pair", "a b", defaults=[0])


class Span(NamedTuple):
    start: int
    end: int = -1


print(inspect.signature(Pair), inspect.signature(Span))


class Scorer:
    def __call__(self, logits, temperature=1.0):
        return logits


print(inspect.signature(Scorer()), inspect.signature(Scorer))
print(inspect.isclass(Linear), inspect.isclass(Linear(1, 1)), inspect.isfunction(handler), inspect.isfunction(Linear(1, 1).forward))
print(inspect.ismethod(Linear(1, 1).forward), inspect.ismethod(Linear.forward), inspect.isbuiltin(len), inspect.isroutine(len))


def gen():
    yield 1


print(inspect.isgeneratorfunction(gen), inspect.isgenerator(gen()), inspect.isgeneratorfunction(handler), inspect.iscoroutinefunction(handler))
print(inspect.getdoc(BaseModel), "|", inspect.getdoc(Linear.forward), "|", inspect.getdoc(Linear), "|", inspect.getdoc(handler))
print(inspect.cleandoc("  first\n      indented\n    less\n\n"))
print([n for n, _ in inspect.getmembers(Linear(1, 1), inspect.ismethod)])
print([n for n, v in inspect.getmembers(Linear) if not n.startswith("_")])
print(inspect.getmro(Linear) == Linear.__mro__, inspect.ismodule(inspect), inspect.getmodule(Linear).__name__)
print(inspect.getfile(handler) == __file__, inspect.isabstract(Linear))
for bad in [3, int, dict]:
    try:
        print(inspect.signature(bad))
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
P = inspect.Parameter
s2 = inspect.Signature([P("a", P.POSITIONAL_ONLY), P("b", P.KEYWORD_ONLY, default=1, annotation=int)], return_annotation=str)
print(s2, s2.replace(return_annotation=inspect.Signature.empty), s2 == s2.replace())
try:
    inspect.Signature([P("a", P.KEYWORD_ONLY), P("b", P.POSITIONAL_ONLY)])
except ValueError as e:
    print("ValueError:", e)
try:
    P("1x", P.POSITIONAL_ONLY)
except ValueError as e:
    print("ValueError:", e)
