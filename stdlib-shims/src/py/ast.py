"""ast for taipan: literal_eval only, with CPython 3.11's behaviour.

literal_eval(source) parses one Python expression with taipan's own
parser (_ast_parser, _ast_tokens, _ast_strings) into the node classes
below, then evaluates it as CPython's does: strings, bytes, numbers,
tuples, lists, dicts, sets, booleans, None and Ellipsis, unary +/- on
numbers; anything else raises ValueError("malformed node or string
..."), and a source that is not an expression raises SyntaxError.

Where it differs from CPython 3.11: taipan has no complex numbers, so a
complex literal (`1j`, `1+2j`) raises NotImplementedError; the contents
of f-strings are not parsed (an f-string is malformed, as in CPython,
but errors inside it are not found); rarer syntax errors may carry
another message than CPython's (always a SyntaxError). Everything else
of the module (parse, dump, NodeVisitor, unparse, ...) raises
NotImplementedError.
"""

__all__ = ["literal_eval"]


class AST:
    """The base of the node classes; fields and positions are attributes."""

    _fields = ()
    _attributes = ()

    def __init__(self, *args, **kwargs):
        if len(args) > len(self._fields):
            raise TypeError("%s constructor takes at most %d positional argument%s"
                            % (type(self).__name__, len(self._fields),
                               "" if len(self._fields) == 1 else "s"))
        for name, value in zip(self._fields, args):
            setattr(self, name, value)
        for name, value in kwargs.items():
            setattr(self, name, value)


class mod(AST):
    """A whole parse result."""


class Expression(mod):
    """What parse(source, mode='eval') gives: one expression."""
    _fields = ("body",)


class expr(AST):
    """An expression node."""
    _attributes = ("lineno", "col_offset", "end_lineno", "end_col_offset")


class expr_context(AST):
    """Load, Store or Del."""


class Load(expr_context):
    pass


class Store(expr_context):
    pass


class operator(AST):
    """A binary operator."""


class unaryop(AST):
    """A unary operator."""


class boolop(AST):
    """and, or."""


class cmpop(AST):
    """A comparison operator."""


class Add(operator):
    pass


class Sub(operator):
    pass


class Mult(operator):
    pass


class MatMult(operator):
    pass


class Div(operator):
    pass


class Mod(operator):
    pass


class Pow(operator):
    pass


class LShift(operator):
    pass


class RShift(operator):
    pass


class BitOr(operator):
    pass


class BitXor(operator):
    pass


class BitAnd(operator):
    pass


class FloorDiv(operator):
    pass


class Invert(unaryop):
    pass


class Not(unaryop):
    pass


class UAdd(unaryop):
    pass


class USub(unaryop):
    pass


class And(boolop):
    pass


class Or(boolop):
    pass


class Eq(cmpop):
    pass


class NotEq(cmpop):
    pass


class Lt(cmpop):
    pass


class LtE(cmpop):
    pass


class Gt(cmpop):
    pass


class GtE(cmpop):
    pass


class Is(cmpop):
    pass


class IsNot(cmpop):
    pass


class In(cmpop):
    pass


class NotIn(cmpop):
    pass


class BoolOp(expr):
    _fields = ('op', 'values')


class NamedExpr(expr):
    _fields = ('target', 'value')


class BinOp(expr):
    _fields = ('left', 'op', 'right')


class UnaryOp(expr):
    _fields = ('op', 'operand')


class Lambda(expr):
    _fields = ('args', 'body')


class IfExp(expr):
    _fields = ('test', 'body', 'orelse')


class Dict(expr):
    _fields = ('keys', 'values')


class Set(expr):
    _fields = ('elts',)


class ListComp(expr):
    _fields = ('elt', 'generators')


class SetComp(expr):
    _fields = ('elt', 'generators')


class DictComp(expr):
    _fields = ('key', 'value', 'generators')


class GeneratorExp(expr):
    _fields = ('elt', 'generators')


class Await(expr):
    _fields = ('value',)


class Yield(expr):
    _fields = ('value',)


class YieldFrom(expr):
    _fields = ('value',)


class Compare(expr):
    _fields = ('left', 'ops', 'comparators')


class Call(expr):
    _fields = ('func', 'args', 'keywords')


class JoinedStr(expr):
    _fields = ('values',)


class Constant(expr):
    _fields = ('value', 'kind')


class Attribute(expr):
    _fields = ('value', 'attr', 'ctx')


class Subscript(expr):
    _fields = ('value', 'slice', 'ctx')


class Starred(expr):
    _fields = ('value', 'ctx')


class Name(expr):
    _fields = ('id', 'ctx')


class List(expr):
    _fields = ('elts', 'ctx')


class Tuple(expr):
    _fields = ('elts', 'ctx')


class Slice(expr):
    _fields = ('lower', 'upper', 'step')


class comprehension(AST):
    _fields = ("target", "iter", "ifs", "is_async")


class arguments(AST):
    _fields = ("posonlyargs", "args", "vararg", "kwonlyargs", "kw_defaults", "kwarg",
               "defaults")


class keyword(AST):
    _fields = ("arg", "value")
    _attributes = ("lineno", "col_offset", "end_lineno", "end_col_offset")


def literal_eval(node_or_string):
    """Evaluates an expression node or a string holding only a Python
    literal or container display: str, bytes, int, float, tuple, list,
    dict, set, bool, None, Ellipsis and unary +/- on numbers. ValueError
    for anything else, SyntaxError for a string that is not an
    expression."""
    if isinstance(node_or_string, str):
        import _ast_fast
        source = node_or_string.lstrip(" \t")
        value = _ast_fast.literal(source)
        if value is not _ast_fast.BAIL:
            return value
        import _ast_parser
        node_or_string = _ast_parser.parse_expression(source)
    if isinstance(node_or_string, Expression):
        node_or_string = node_or_string.body
    return _convert(node_or_string)


def _raise_malformed_node(node):
    msg = "malformed node or string"
    lineno = getattr(node, "lineno", None)
    if lineno:
        msg += " on line %s" % lineno
    raise ValueError(msg + ": %r" % (node,))


class _Imaginary:
    """The value the parser gives an imaginary literal (`2j`): taipan has
    no complex numbers, so literal_eval refuses it where CPython would
    use it."""

    def __init__(self, text):
        self.text = text


def _no_complex(value):
    """value, unless it is an imaginary number (NotImplementedError)."""
    if isinstance(value, _Imaginary):
        raise NotImplementedError(
            "complex literal %s in literal_eval(): taipan has no complex numbers" % value.text)
    return value


def _convert_num(node):
    """A number constant (an _Imaginary included), else malformed."""
    if isinstance(node, Constant) and type(node.value) in (int, float, _Imaginary):
        return node.value
    _raise_malformed_node(node)


def _convert_signed_num(node):
    if isinstance(node, UnaryOp) and isinstance(node.op, (UAdd, USub)):
        operand = _no_complex(_convert_num(node.operand))
        return +operand if isinstance(node.op, UAdd) else -operand
    return _convert_num(node)


def _convert(node):
    if isinstance(node, Constant):
        return _no_complex(node.value)
    if isinstance(node, Tuple):
        return tuple([_convert(elt) for elt in node.elts])
    if isinstance(node, List):
        return [_convert(elt) for elt in node.elts]
    if isinstance(node, Set):
        result = set()
        for elt in node.elts:
            result.add(_convert(elt))
        return result
    if (isinstance(node, Call) and isinstance(node.func, Name) and node.func.id == "set"
            and node.args == node.keywords == []):
        return set()
    if isinstance(node, Dict):
        if len(node.keys) != len(node.values):
            _raise_malformed_node(node)
        result = {}
        for key, value in zip(node.keys, node.values):
            key = _convert(key)
            result[key] = _convert(value)
        return result
    if isinstance(node, BinOp) and isinstance(node.op, (Add, Sub)):
        # A real plus or minus an imaginary number is a complex literal.
        left = _convert_signed_num(node.left)
        right = _convert_num(node.right)
        if not isinstance(left, _Imaginary):
            _no_complex(right)
    return _no_complex(_convert_signed_num(node))


def __getattr__(name):
    if name.startswith("__"):
        raise AttributeError("module 'ast' has no attribute '%s'" % name)
    raise NotImplementedError("taipan's ast module provides literal_eval only (ast.%s)" % name)
