import functools
import inspect
from typing import Any, Dict, List, Optional, Union, get_args, get_origin, get_type_hints


class ValidationError(TypeError):
    def __init__(self, errors):
        super().__init__("; ".join(errors))
        self.errors = errors


def _check(value, tp):
    if tp is Any:
        return True
    origin = get_origin(tp)
    if origin is Union:
        return any(_check(value, a) for a in get_args(tp))
    if origin in (list, List):
        (item,) = get_args(tp) or (Any,)
        return isinstance(value, list) and all(_check(v, item) for v in value)
    if origin in (dict, Dict):
        k, v = get_args(tp) or (Any, Any)
        return isinstance(value, dict) and all(_check(a, k) and _check(b, v) for a, b in value.items())
    if tp is float:
        return isinstance(value, (int, float)) and not isinstance(value, bool)
    return isinstance(value, tp)


def validate_call(fn):
    sig = inspect.signature(fn)
    hints = get_type_hints(fn)

    @functools.wraps(fn)
    def wrapper(*args, **kwargs):
        try:
            bound = sig.bind(*args, **kwargs)
        except TypeError as e:
            raise ValidationError([f"{fn.__name__}: {e}"]) from None
        bound.apply_defaults()
        errors = []
        for name, value in bound.arguments.items():
            param = sig.parameters[name]
            tp = hints.get(name, Any)
            if param.kind is inspect.Parameter.VAR_POSITIONAL:
                bad = [v for v in value if not _check(v, tp)]
            elif param.kind is inspect.Parameter.VAR_KEYWORD:
                bad = [v for v in value.values() if not _check(v, tp)]
            else:
                bad = [] if _check(value, tp) else [value]
            for b in bad:
                errors.append(f"{name}: expected {inspect.formatannotation(tp)}, got {type(b).__name__} {b!r}")
        if errors:
            raise ValidationError(errors)
        result = fn(*bound.args, **bound.kwargs)
        ret = hints.get("return", Any)
        if not _check(result, ret):
            raise ValidationError([f"return: expected {inspect.formatannotation(ret)}"])
        return result

    wrapper.__signature__ = sig
    return wrapper


@validate_call
def generate(prompt: str, max_tokens: int = 16, temperature: float = 1.0, stop: Optional[List[str]] = None,
             *extra: int, seed: Optional[int] = None, **options: Union[int, str]) -> Dict[str, Any]:
    return {"prompt": prompt, "max_tokens": max_tokens, "temperature": temperature, "stop": stop, "extra": extra, "seed": seed, "options": options}


print(inspect.signature(generate))
print(generate("hi"))
print(generate("hi", 5, 0, ["</s>"], 1, 2, seed=3, top_k=5, mode="x"))
cases = [
    ((), {}),
    ((1,), {}),
    (("hi",), {"max_tokens": "5"}),
    (("hi", 5, 0.5, ["a", 1]), {}),
    (("hi", 1, 1.0, None, "x"), {}),
    (("hi",), {"seed": 1.5, "top_p": 0.9}),
    (("hi",), {"bogus_kw": [1]}),
    (("hi",), {"prompt": "dup"}),
    (("hi", True), {}),
]
for args, kwargs in cases:
    try:
        generate(*args, **kwargs)
        print("ok", args, kwargs)
    except ValidationError as e:
        print("ValidationError:", e.errors)
print(generate.__name__, generate.__wrapped__.__name__, inspect.unwrap(generate) is generate.__wrapped__)
print({n: (str(p.kind), p.default) for n, p in inspect.signature(generate).parameters.items()})
