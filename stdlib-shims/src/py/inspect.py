"""inspect for taipan: the kind tests (`isclass`, `isfunction`, ...),
`signature` with `Signature`, `Parameter` and `BoundArguments`,
`getfullargspec`, `getmembers`, `getdoc`, `cleandoc`, `getmro`, `unwrap`,
`getmodule` and `getfile`.

A signature is read from a function's code object, defaults and
annotations as in CPython; classes, bound methods, callable instances,
`functools.partial`, `functools.wraps` wrappers and `__signature__` are
followed the same way. The `__init__` dataclasses generate and the
`__new__` of named tuples are closures taking `*args, **kwargs` here: they
carry a `__taipan_signature__` function giving the parameters CPython's
generated code would have.

Not there: signatures of builtins (taipan's builtins carry no
`__text_signature__`, so `signature(len)` raises ValueError where CPython
answers `(obj, /)`), frames and source code (`currentframe`, `stack`,
`getsource`), `eval_str=True`, and coroutine tests beyond answering False
(taipan has no `async def`).
"""

import sys
import types
from collections import OrderedDict, namedtuple
from enum import IntEnum

__all__ = ["BoundArguments", "FullArgSpec", "Parameter", "Signature", "cleandoc",
           "getdoc", "getfile", "getfullargspec", "getmembers", "getmodule", "getmro",
           "isabstract", "isbuiltin", "isclass", "iscoroutinefunction", "isfunction",
           "isgenerator", "isgeneratorfunction", "ismethod", "ismodule", "isroutine",
           "signature", "unwrap"]

CO_VARARGS = 0x04
CO_VARKEYWORDS = 0x08
CO_GENERATOR = 0x20
CO_COROUTINE = 0x80
CO_ASYNC_GENERATOR = 0x200


# --- kinds of objects -------------------------------------------------------

def ismodule(obj):
    """Whether obj is a module."""
    return isinstance(obj, types.ModuleType)


def isclass(obj):
    """Whether obj is a class."""
    return isinstance(obj, type)


def isfunction(obj):
    """Whether obj is a function defined in Python (def or lambda)."""
    return isinstance(obj, types.FunctionType)


def ismethod(obj):
    """Whether obj is a bound method of a Python function (not a builtin
    method such as `obj.__eq__`, which CPython gives another type)."""
    return isinstance(obj, types.MethodType) and not isbuiltin(obj.__func__)


def isbuiltin(obj):
    """Whether obj is a builtin function or a method of a builtin object."""
    return isinstance(obj, types.BuiltinFunctionType)


def ismethoddescriptor(obj):
    """Whether obj has `__get__` but no `__set__` and is not a class,
    method or function (a builtin method read from its class)."""
    if isclass(obj) or ismethod(obj) or isfunction(obj):
        return False
    tp = type(obj)
    return hasattr(tp, "__get__") and not hasattr(tp, "__set__")


def isdatadescriptor(obj):
    """Whether obj's type defines `__set__` or `__delete__` (a property,
    a slot, a descriptor class)."""
    if isclass(obj) or ismethod(obj) or isfunction(obj):
        return False
    tp = type(obj)
    return hasattr(tp, "__set__") or hasattr(tp, "__delete__")


def isroutine(obj):
    """Whether obj is any kind of function or method."""
    return isbuiltin(obj) or isfunction(obj) or ismethod(obj) or ismethoddescriptor(obj)


def _has_code_flag(obj, flag):
    while ismethod(obj):
        obj = obj.__func__
    obj = _unwrap_partial(obj)
    return isfunction(obj) and bool(obj.__code__.co_flags & flag)


def isgeneratorfunction(obj):
    """Whether obj is a function whose calls make generators."""
    return _has_code_flag(obj, CO_GENERATOR)


def iscoroutinefunction(obj):
    """Whether obj is an `async def` function (never, in taipan)."""
    return _has_code_flag(obj, CO_COROUTINE)


def isasyncgenfunction(obj):
    """Whether obj is an async generator function (never, in taipan)."""
    return _has_code_flag(obj, CO_ASYNC_GENERATOR)


def isgenerator(obj):
    """Whether obj is a generator object."""
    return isinstance(obj, types.GeneratorType)


def iscoroutine(obj):
    """Whether obj is a coroutine object (never, in taipan)."""
    return False


def isawaitable(obj):
    """Whether obj can be awaited: an object with `__await__`."""
    return hasattr(type(obj), "__await__")


def iscode(obj):
    """Whether obj is a code object."""
    return type(obj).__name__ == "code"


def istraceback(obj):
    """Whether obj is a traceback object."""
    return type(obj).__name__ == "traceback"


def isframe(obj):
    """Whether obj is a frame object (taipan has none a script can reach)."""
    return False


def isabstract(obj):
    """Whether obj is an abstract class (has abstract methods left)."""
    return isclass(obj) and bool(getattr(obj, "__abstractmethods__", False))


# --- members and documentation ----------------------------------------------

def getmembers(obj, predicate=None):
    """The (name, value) pairs of obj's attributes, sorted by name, kept
    where `predicate(value)` is true."""
    results = []
    for name in dir(obj):
        try:
            value = getattr(obj, name)
        except AttributeError:
            continue
        if predicate is None or predicate(value):
            results.append((name, value))
    results.sort(key=lambda pair: pair[0])
    return results


def getmro(cls):
    """The method resolution order of cls, as a tuple."""
    return cls.__mro__


def cleandoc(doc):
    """A docstring with its indentation made uniform: the common indent
    of the lines after the first removed, tabs expanded, and blank lines
    at both ends dropped."""
    lines = doc.expandtabs().split("\n")
    margin = None
    for line in lines[1:]:
        content = len(line.lstrip())
        if content:
            indent = len(line) - content
            margin = indent if margin is None else min(margin, indent)
    lines[0] = lines[0].lstrip()
    if margin is not None:
        lines[1:] = [line[margin:] for line in lines[1:]]
    while lines and not lines[-1]:
        lines.pop()
    while lines and not lines[0]:
        lines.pop(0)
    return "\n".join(lines)


def _inherited_doc(obj):
    """The docstring a class or method inherits (CPython's `_finddoc`)."""
    if isclass(obj):
        for base in obj.__mro__:
            if base is not object and base.__doc__ is not None:
                return base.__doc__
        return None
    if ismethod(obj):
        name = obj.__func__.__name__
        owner = obj.__self__ if isclass(obj.__self__) else type(obj.__self__)
    elif isfunction(obj):
        name = obj.__name__
        owner = _defining_class(obj)
    else:
        return None
    if owner is None:
        return None
    for base in owner.__mro__:
        member = base.__dict__.get(name)
        doc = getattr(member, "__doc__", None)
        if member is not None and doc is not None:
            return doc
    return None


def _defining_class(func):
    """The class a function was defined in, found through its
    `__qualname__` from its module; None for a plain function."""
    owner = sys.modules.get(func.__module__)
    path = func.__qualname__.split(".")[:-1]
    if not path:
        return None
    for part in path:
        owner = getattr(owner, part, None)
    return owner if isclass(owner) else None


def getdoc(obj):
    """obj's docstring, inherited from a base class where obj has none,
    cleaned with `cleandoc`; None without one."""
    try:
        doc = obj.__doc__
    except AttributeError:
        return None
    if doc is None:
        doc = _inherited_doc(obj)
    if not isinstance(doc, str):
        return None
    return cleandoc(doc)


def getmodule(obj, _filename=None):
    """The module obj was defined in, or None."""
    if ismodule(obj):
        return obj
    name = getattr(obj, "__module__", None)
    if name is None:
        return None
    return sys.modules.get(name)


def getfile(obj):
    """The file obj was defined in (a module, class, method or function)."""
    if ismodule(obj):
        if getattr(obj, "__file__", None):
            return obj.__file__
        raise TypeError("{!r} is a built-in module".format(obj))
    if isclass(obj):
        module = sys.modules.get(obj.__module__)
        if getattr(module, "__file__", None):
            return module.__file__
        raise TypeError("{!r} is a built-in class".format(obj))
    if ismethod(obj):
        obj = obj.__func__
    if isfunction(obj):
        return obj.__code__.co_filename
    raise TypeError("module, class, method, function, traceback, frame, or "
                    "code object was expected, got {}".format(type(obj).__name__))


def unwrap(func, *, stop=None):
    """The function at the end of func's `__wrapped__` chain (what
    `functools.wraps` records), stopping early where `stop(f)` is true."""
    seen = {id(func)}
    current = func
    while hasattr(current, "__wrapped__"):
        if stop is not None and stop(current):
            break
        current = current.__wrapped__
        if id(current) in seen:
            raise ValueError("wrapper loop when unwrapping {!r}".format(func))
        seen.add(id(current))
    return current


# --- parameters -------------------------------------------------------------

class _empty:
    """Marker object for Signature.empty and Parameter.empty."""


class _void:
    """A placeholder for "no argument given" in replace()."""


class _ParameterKind(IntEnum):
    POSITIONAL_ONLY = 0
    POSITIONAL_OR_KEYWORD = 1
    VAR_POSITIONAL = 2
    KEYWORD_ONLY = 3
    VAR_KEYWORD = 4

    def __str__(self):
        return self.name

    @property
    def description(self):
        return _KIND_DESCRIPTIONS[self]


_POSITIONAL_ONLY = _ParameterKind.POSITIONAL_ONLY
_POSITIONAL_OR_KEYWORD = _ParameterKind.POSITIONAL_OR_KEYWORD
_VAR_POSITIONAL = _ParameterKind.VAR_POSITIONAL
_KEYWORD_ONLY = _ParameterKind.KEYWORD_ONLY
_VAR_KEYWORD = _ParameterKind.VAR_KEYWORD
_KIND_DESCRIPTIONS = {
    _POSITIONAL_ONLY: "positional-only",
    _POSITIONAL_OR_KEYWORD: "positional or keyword",
    _VAR_POSITIONAL: "variadic positional",
    _KEYWORD_ONLY: "keyword-only",
    _VAR_KEYWORD: "variadic keyword",
}


def formatannotation(annotation, base_module=None):
    """How a signature shows an annotation: a class by its (qualified)
    name, typing constructs without their `typing.` prefix, anything else
    by its repr."""
    if getattr(annotation, "__module__", None) == "typing":
        import re
        return re.sub(r"[\w\.]+", lambda m: m.group().removeprefix("typing."), repr(annotation))
    if isinstance(annotation, types.GenericAlias):
        return str(annotation)
    if isinstance(annotation, type):
        if annotation.__module__ in ("builtins", base_module):
            return annotation.__qualname__
        return annotation.__module__ + "." + annotation.__qualname__
    return repr(annotation)


class Parameter:
    """One parameter of a signature: its name, kind, default and
    annotation (`Parameter.empty` where there is none)."""

    __slots__ = ("_name", "_kind", "_default", "_annotation")

    POSITIONAL_ONLY = _POSITIONAL_ONLY
    POSITIONAL_OR_KEYWORD = _POSITIONAL_OR_KEYWORD
    VAR_POSITIONAL = _VAR_POSITIONAL
    KEYWORD_ONLY = _KEYWORD_ONLY
    VAR_KEYWORD = _VAR_KEYWORD
    empty = _empty

    def __init__(self, name, kind, *, default=_empty, annotation=_empty):
        try:
            self._kind = _ParameterKind(kind)
        except ValueError:
            raise ValueError(f"value {kind!r} is not a valid Parameter.kind") from None
        if default is not _empty and self._kind in (_VAR_POSITIONAL, _VAR_KEYWORD):
            raise ValueError(f"{self._kind.description} parameters cannot have default values")
        if not isinstance(name, str):
            raise TypeError("name must be a str, not a {}".format(type(name).__name__))
        if not name.isidentifier():
            raise ValueError("{!r} is not a valid parameter name".format(name))
        self._name = name
        self._default = default
        self._annotation = annotation

    name = property(lambda self: self._name)
    default = property(lambda self: self._default)
    annotation = property(lambda self: self._annotation)
    kind = property(lambda self: self._kind)

    def replace(self, *, name=_void, kind=_void, annotation=_void, default=_void):
        """A copy with the given fields changed."""
        return type(self)(
            self._name if name is _void else name,
            self._kind if kind is _void else kind,
            default=self._default if default is _void else default,
            annotation=self._annotation if annotation is _void else annotation)

    def __str__(self):
        text = self._name
        if self._annotation is not _empty:
            text = "{}: {}".format(text, formatannotation(self._annotation))
        if self._default is not _empty:
            sep = " = " if self._annotation is not _empty else "="
            text = "{}{}{!r}".format(text, sep, self._default)
        if self._kind == _VAR_POSITIONAL:
            return "*" + text
        if self._kind == _VAR_KEYWORD:
            return "**" + text
        return text

    def __repr__(self):
        return '<{} "{}">'.format(type(self).__name__, self)

    def __hash__(self):
        return hash((self._name, self._kind, self._annotation, self._default))

    def __eq__(self, other):
        if self is other:
            return True
        if not isinstance(other, Parameter):
            return NotImplemented
        return (self._name == other._name and self._kind == other._kind
                and self._default == other._default
                and self._annotation == other._annotation)


# --- signatures -------------------------------------------------------------

class BoundArguments:
    """The result of `Signature.bind`: which argument each parameter got.

    `arguments` maps parameter names to values; `args` and `kwargs` are
    what to call the function with."""

    __slots__ = ("arguments", "_signature")

    def __init__(self, signature, arguments):
        self.arguments = arguments
        self._signature = signature

    signature = property(lambda self: self._signature)

    @property
    def args(self):
        args = []
        for name, param in self._signature.parameters.items():
            if param.kind in (_VAR_KEYWORD, _KEYWORD_ONLY) or name not in self.arguments:
                break
            if param.kind == _VAR_POSITIONAL:
                args.extend(self.arguments[name])
            else:
                args.append(self.arguments[name])
        return tuple(args)

    @property
    def kwargs(self):
        kwargs = {}
        started = False
        for name, param in self._signature.parameters.items():
            if not started:
                if param.kind in (_VAR_KEYWORD, _KEYWORD_ONLY) or name not in self.arguments:
                    started = True
                else:
                    continue
            if name not in self.arguments:
                continue
            if param.kind == _VAR_KEYWORD:
                kwargs.update(self.arguments[name])
            elif param.kind != _VAR_POSITIONAL:
                kwargs[name] = self.arguments[name]
        return kwargs

    def apply_defaults(self):
        """Fills in the defaults of the parameters left out (an empty tuple
        or dict for `*args` and `**kwargs`)."""
        new = []
        for name, param in self._signature.parameters.items():
            if name in self.arguments:
                new.append((name, self.arguments[name]))
            elif param.default is not _empty:
                new.append((name, param.default))
            elif param.kind == _VAR_POSITIONAL:
                new.append((name, ()))
            elif param.kind == _VAR_KEYWORD:
                new.append((name, {}))
        self.arguments = dict(new)

    def __eq__(self, other):
        if self is other:
            return True
        if not isinstance(other, BoundArguments):
            return NotImplemented
        return self.signature == other.signature and self.arguments == other.arguments

    def __repr__(self):
        args = ["{}={!r}".format(name, value) for name, value in self.arguments.items()]
        return "<{} ({})>".format(type(self).__name__, ", ".join(args))


def _check_parameter_order(params):
    """The parameters keyed by name, after CPython's checks of their order,
    defaults and names."""
    result = OrderedDict()
    top_kind = _POSITIONAL_ONLY
    seen_default = False
    for param in params:
        kind = param.kind
        if kind < top_kind:
            raise ValueError("wrong parameter order: {} parameter before {} parameter".format(
                top_kind.description, kind.description))
        if kind > top_kind:
            top_kind = kind
        if kind in (_POSITIONAL_ONLY, _POSITIONAL_OR_KEYWORD):
            if param.default is _empty:
                if seen_default:
                    raise ValueError("non-default argument follows default argument")
            else:
                seen_default = True
        if param.name in result:
            raise ValueError("duplicate parameter name: {!r}".format(param.name))
        result[param.name] = param
    return result


class Signature:
    """The parameters a callable takes and its return annotation."""

    __slots__ = ("_parameters", "_return_annotation")

    empty = _empty
    _parameter_cls = Parameter
    _bound_arguments_cls = BoundArguments

    def __init__(self, parameters=None, *, return_annotation=_empty,
                 __validate_parameters__=True):
        if parameters is None:
            self._parameters = OrderedDict()
        elif __validate_parameters__:
            self._parameters = _check_parameter_order(parameters)
        else:
            self._parameters = OrderedDict((p.name, p) for p in parameters)
        self._return_annotation = return_annotation

    @classmethod
    def from_callable(cls, obj, *, follow_wrapped=True, globals=None, locals=None, eval_str=False):
        """The signature of obj (see `inspect.signature`)."""
        return _signature_of(obj, follow_wrapped, True)

    parameters = property(lambda self: self._parameters)
    return_annotation = property(lambda self: self._return_annotation)

    def replace(self, *, parameters=_void, return_annotation=_void):
        """A copy with the given parts changed."""
        if parameters is _void:
            parameters = self._parameters.values()
        if return_annotation is _void:
            return_annotation = self._return_annotation
        return type(self)(parameters, return_annotation=return_annotation)

    def __hash__(self):
        keyword_only = frozenset(p for p in self._parameters.values() if p.kind == _KEYWORD_ONLY)
        others = tuple(p for p in self._parameters.values() if p.kind != _KEYWORD_ONLY)
        return hash((others, keyword_only, self._return_annotation))

    def __eq__(self, other):
        if self is other:
            return True
        if not isinstance(other, Signature):
            return NotImplemented
        return (self._return_annotation == other._return_annotation
                and list(self._parameters.values()) == list(other._parameters.values()))

    def bind(self, *args, **kwargs):
        """The BoundArguments of a call with these arguments; TypeError
        where the call would fail."""
        return _bind(self, args, kwargs, False)

    def bind_partial(self, *args, **kwargs):
        """As bind, but parameters may be left without an argument."""
        return _bind(self, args, kwargs, True)

    def __str__(self):
        parts = []
        slash_pending = False
        star_needed = True
        for param in self._parameters.values():
            kind = param.kind
            if kind == _POSITIONAL_ONLY:
                slash_pending = True
            elif slash_pending:
                parts.append("/")
                slash_pending = False
            if kind == _VAR_POSITIONAL:
                star_needed = False
            elif kind == _KEYWORD_ONLY and star_needed:
                parts.append("*")
                star_needed = False
            parts.append(str(param))
        if slash_pending:
            parts.append("/")
        text = "({})".format(", ".join(parts))
        if self._return_annotation is not _empty:
            text += " -> {}".format(formatannotation(self._return_annotation))
        return text

    def __repr__(self):
        return "<{} {}>".format(type(self).__name__, self)


def _bind_positional(params, args, kwargs, arguments, partial):
    """Gives the positional arguments to the parameters that take them;
    the parameters left for the keywords."""
    params = list(params)
    for i, value in enumerate(args):
        if not params or params[0].kind in (_VAR_KEYWORD, _KEYWORD_ONLY):
            raise TypeError("too many positional arguments")
        param = params.pop(0)
        if param.kind == _VAR_POSITIONAL:
            arguments[param.name] = tuple(args[i:])
            return params
        if param.name in kwargs and param.kind != _POSITIONAL_ONLY:
            raise TypeError("multiple values for argument {!r}".format(param.name))
        arguments[param.name] = value
    if params and params[0].kind == _VAR_POSITIONAL:
        return params[1:]
    return params


def _bind_keywords(params, kwargs, arguments, partial):
    """Gives the keyword arguments to the parameters left; the `**`
    parameter that takes the rest, or None."""
    kwargs_param = None
    for param in params:
        if param.kind == _VAR_KEYWORD:
            kwargs_param = param
            continue
        if param.kind == _VAR_POSITIONAL:
            continue
        if param.name not in kwargs:
            if not partial and param.default is _empty:
                raise TypeError("missing a required argument: {!r}".format(param.name))
            continue
        if param.kind == _POSITIONAL_ONLY:
            raise TypeError("{!r} parameter is positional only, but was passed as a "
                            "keyword".format(param.name))
        arguments[param.name] = kwargs.pop(param.name)
    return kwargs_param


def _bind(sig, args, kwargs, partial):
    arguments = {}
    kwargs = dict(kwargs)
    params = _bind_positional(sig.parameters.values(), args, kwargs, arguments, partial)
    kwargs_param = _bind_keywords(params, kwargs, arguments, partial)
    if kwargs:
        if kwargs_param is None:
            raise TypeError("got an unexpected keyword argument {!r}".format(next(iter(kwargs))))
        arguments[kwargs_param.name] = kwargs
    return sig._bound_arguments_cls(sig, arguments)


# --- reading signatures -----------------------------------------------------

def _signature_from_function(func):
    """The signature a Python function's code object, defaults and
    annotations describe."""
    code = func.__code__
    names = code.co_varnames
    pos_count = code.co_argcount
    posonly_count = code.co_posonlyargcount
    kwonly_count = code.co_kwonlyargcount
    annotations = func.__annotations__
    defaults = func.__defaults__ or ()
    kwdefaults = func.__kwdefaults__ or {}
    first_default = pos_count - len(defaults)
    params = []
    for i, name in enumerate(names[:pos_count]):
        kind = _POSITIONAL_ONLY if i < posonly_count else _POSITIONAL_OR_KEYWORD
        default = defaults[i - first_default] if i >= first_default else _empty
        params.append(Parameter(name, kind, default=default,
                                annotation=annotations.get(name, _empty)))
    index = pos_count + kwonly_count
    if code.co_flags & CO_VARARGS:
        name = names[index]
        params.append(Parameter(name, _VAR_POSITIONAL, annotation=annotations.get(name, _empty)))
        index += 1
    for name in names[pos_count:pos_count + kwonly_count]:
        params.append(Parameter(name, _KEYWORD_ONLY, default=kwdefaults.get(name, _empty),
                                annotation=annotations.get(name, _empty)))
    if code.co_flags & CO_VARKEYWORDS:
        name = names[index]
        params.append(Parameter(name, _VAR_KEYWORD, annotation=annotations.get(name, _empty)))
    return Signature(params, return_annotation=annotations.get("return", _empty),
                     __validate_parameters__=False)


def _signature_from_shim(func):
    """The signature a shim's generated function declares through
    `__taipan_signature__`: (name, kind, default, annotation) tuples and a
    return annotation."""
    items, returns = func.__taipan_signature__(_empty)
    params = [Parameter(name, kind, default=default, annotation=annotation)
              for name, kind, default, annotation in items]
    return Signature(params, return_annotation=returns)


def _drop_first(sig):
    """The signature of a bound method: its function's, without the
    parameter the instance or class fills."""
    params = list(sig.parameters.values())
    if not params or params[0].kind in (_VAR_KEYWORD, _KEYWORD_ONLY):
        raise ValueError("invalid method signature")
    if params[0].kind == _VAR_POSITIONAL:
        return sig
    return sig.replace(parameters=params[1:])


def _unwrap_partial(obj):
    import functools
    while isinstance(obj, functools.partial):
        obj = obj.func
    return obj


def _signature_of_partial(partial, follow_wrapped):
    """A partial's signature: the function's, less the parameters its
    positional arguments fill; those its keywords name get those values as
    defaults and become keyword-only, as does every parameter after one."""
    sig = _signature_of(partial.func, follow_wrapped, True)
    try:
        bound = sig.bind_partial(*partial.args, **partial.keywords)
    except TypeError as exc:
        raise ValueError("partial object {!r} has incorrect arguments".format(partial)) from exc
    params = []
    keyword_only_from_here = False
    for name, param in sig.parameters.items():
        if name in bound.arguments and name not in partial.keywords:
            if param.kind != _VAR_POSITIONAL:
                continue
        if name in partial.keywords:
            if param.kind == _POSITIONAL_OR_KEYWORD:
                keyword_only_from_here = True
            param = param.replace(default=partial.keywords[name])
            if keyword_only_from_here:
                param = param.replace(kind=_KEYWORD_ONLY)
        elif keyword_only_from_here and param.kind == _POSITIONAL_OR_KEYWORD:
            param = param.replace(kind=_KEYWORD_ONLY)
        params.append(param)
    params.sort(key=lambda p: p.kind)
    return sig.replace(parameters=params)


def _user_defined(cls, name):
    """cls's `name` method where Python code defines it (not a builtin's)."""
    method = getattr(cls, name, None)
    if method is None or isinstance(method, types.BuiltinFunctionType):
        return None
    return method


def _signature_of_class(cls, follow_wrapped):
    new = _user_defined(cls, "__new__")
    init = _user_defined(cls, "__init__")
    own = cls.__dict__
    if "__new__" in own or ("__init__" not in own and new is not None):
        factory, bound = new, True
    else:
        factory, bound = init, True
    if factory is None:
        if all(base.__module__ != "builtins" for base in cls.__mro__[:-1]):
            return Signature()
        raise ValueError("no signature found for builtin type {!r}".format(cls))
    sig = _signature_of(factory, follow_wrapped, True)
    return _drop_first(sig) if bound and not ismethod(factory) else sig


def _signature_of(obj, follow_wrapped, skip_bound_arg):
    if not callable(obj):
        raise TypeError("{!r} is not a callable object".format(obj))
    if ismethod(obj):
        sig = _signature_of(obj.__func__, follow_wrapped, skip_bound_arg)
        return _drop_first(sig) if skip_bound_arg else sig
    if follow_wrapped:
        obj = unwrap(obj, stop=lambda f: hasattr(f, "__signature__")
                     or hasattr(f, "__taipan_signature__"))
        if ismethod(obj):
            return _signature_of(obj, follow_wrapped, skip_bound_arg)
    sig = getattr(obj, "__signature__", None)
    if sig is not None:
        if not isinstance(sig, Signature):
            raise TypeError("unexpected object {!r} in __signature__ attribute".format(sig))
        return sig
    if hasattr(obj, "__taipan_signature__"):
        return _signature_from_shim(obj)
    if isfunction(obj):
        return _signature_from_function(obj)
    import functools
    if isinstance(obj, functools.partial):
        return _signature_of_partial(obj, follow_wrapped)
    if isclass(obj):
        return _signature_of_class(obj, follow_wrapped)
    if isbuiltin(obj):
        raise ValueError("no signature found for builtin {!r}".format(obj))
    call = _user_defined(type(obj), "__call__")
    if call is None:
        raise ValueError("callable {!r} is not supported by signature".format(obj))
    sig = _signature_of(call, follow_wrapped, skip_bound_arg)
    return _drop_first(sig) if skip_bound_arg else sig


def signature(obj, *, follow_wrapped=True, globals=None, locals=None, eval_str=False):
    """The Signature of a callable: a function, a method, a class (its
    `__new__` or `__init__` without the first parameter), an instance with
    `__call__`, or a `functools.partial`."""
    if eval_str:
        raise NotImplementedError("inspect.signature(eval_str=True) is not supported by taipan")
    return _signature_of(obj, follow_wrapped, True)


FullArgSpec = namedtuple("FullArgSpec",
                         "args, varargs, varkw, defaults, kwonlyargs, kwonlydefaults, annotations")


def getfullargspec(func):
    """The names and default values of a callable's parameters, as a
    FullArgSpec (the first parameter of a bound method included)."""
    try:
        sig = _signature_of(func, False, False)
    except Exception as exc:
        raise TypeError("unsupported callable") from exc
    args, kwonlyargs, defaults, kwdefaults, annotations = [], [], [], {}, {}
    if sig.return_annotation is not _empty:
        annotations["return"] = sig.return_annotation
    varargs = varkw = None
    for param in sig.parameters.values():
        kind, name = param.kind, param.name
        if param.annotation is not _empty:
            annotations[name] = param.annotation
        if kind in (_POSITIONAL_ONLY, _POSITIONAL_OR_KEYWORD):
            args.append(name)
            if param.default is not _empty:
                defaults.append(param.default)
        elif kind == _VAR_POSITIONAL:
            varargs = name
        elif kind == _KEYWORD_ONLY:
            kwonlyargs.append(name)
            if param.default is not _empty:
                kwdefaults[name] = param.default
        else:
            varkw = name
    return FullArgSpec(args, varargs, varkw, tuple(defaults) or None, kwonlyargs,
                       kwdefaults or None, annotations)
