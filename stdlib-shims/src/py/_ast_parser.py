"""The parser behind taipan's ast.literal_eval: a recursive-descent
parser for Python 3.11's expression grammar (what `ast.parse(source,
mode='eval')` accepts), building the nodes of the ast module.

Errors follow CPython's: tokenizer errors first, then the specific
messages scripts are likely to meet ("'[' was never closed", "invalid
syntax. Perhaps you forgot a comma?", "':' expected after dictionary
key", ...), else "invalid syntax" at the furthest token read. The
contents of f-strings are not parsed."""

import sys
import ast as _ast
import _ast_strings
from _ast_tokens import (Tokenizer, NAME, NUMBER, STRING, OP, NEWLINE, INDENT, DEDENT,
                         ENDMARKER, EOF_IN_BRACKETS, ERROR)

_KEYWORDS = frozenset((
    "False", "None", "True", "and", "as", "assert", "async", "await", "break",
    "class", "continue", "def", "del", "elif", "else", "except", "finally", "for",
    "from", "global", "if", "import", "in", "is", "lambda", "nonlocal", "not", "or",
    "pass", "raise", "return", "try", "while", "with", "yield",
))
_EXPRESSION_KEYWORDS = frozenset(("False", "None", "True", "not", "lambda", "await"))
_EXPRESSION_OPS = frozenset(("(", "[", "{", "-", "+", "~", "..."))
_SOFT_KEYWORDS = frozenset(("_", "match", "case"))
_CONSTANTS = {"True": True, "False": False, "None": None}

# Binary operators by precedence (higher binds tighter).
_BINARY = {
    "|": (1, _ast.BitOr), "^": (2, _ast.BitXor), "&": (3, _ast.BitAnd),
    "<<": (4, _ast.LShift), ">>": (4, _ast.RShift),
    "+": (5, _ast.Add), "-": (5, _ast.Sub),
    "*": (6, _ast.Mult), "/": (6, _ast.Div), "//": (6, _ast.FloorDiv),
    "%": (6, _ast.Mod), "@": (6, _ast.MatMult),
}
_UNARY = {"+": _ast.UAdd, "-": _ast.USub, "~": _ast.Invert}
_COMPARE = {
    "==": _ast.Eq, "!=": _ast.NotEq, "<": _ast.Lt, "<=": _ast.LtE,
    ">": _ast.Gt, ">=": _ast.GtE, "in": _ast.In,
}
_EXPR_NAMES = {
    "Attribute": "attribute", "Subscript": "subscript", "Starred": "starred",
    "Name": "name", "List": "list", "Tuple": "tuple", "Lambda": "lambda",
    "Call": "function call", "GeneratorExp": "generator expression",
    "Yield": "yield expression", "YieldFrom": "yield expression",
    "Await": "await expression", "ListComp": "list comprehension",
    "SetComp": "set comprehension", "DictComp": "dict comprehension",
    "Dict": "dict literal", "Set": "set display", "JoinedStr": "f-string expression",
    "Compare": "comparison", "IfExp": "conditional expression",
    "NamedExpr": "named expression",
}
_NOT_DISJUNCTIONS = (_ast.IfExp, _ast.Lambda, _ast.Starred, _ast.NamedExpr)
_COMPARISON_OR_WEAKER = _NOT_DISJUNCTIONS + (_ast.Compare, _ast.BoolOp)


class _Fail(Exception):
    """The parse cannot go on from here (a generic syntax error)."""


class _TokenError(Exception):
    """The parser read a tokenizer error (its SyntaxError is args[0])."""


def parse_expression(source):
    """The ast.Expression for `source` (one expression, as
    ast.parse(source, mode='eval')); SyntaxError as CPython raises it."""
    if "\0" in source:
        raise SyntaxError("source code string cannot contain null bytes")
    source = source.replace("\r\n", "\n").replace("\r", "\n")
    tokens, unclosed, joined_from = Tokenizer(source).tokenize()
    last = tokens[-1]
    if last.type == ERROR and not last.lazy and not any(
            t.type in (INDENT, DEDENT) for t in tokens):
        # Whatever the parser would find first, this error replaces it.
        raise last.error
    # A parse takes about 17 calls per bracket, and CPython allows 200
    # nested brackets.
    limit = sys.getrecursionlimit()
    sys.setrecursionlimit(limit + 4000)
    try:
        return _Parser(source, tokens, unclosed, joined_from).parse()
    finally:
        sys.setrecursionlimit(limit)


def _number(text):
    digits = text.replace("_", "")
    lower = digits.lower()
    if lower.endswith("j"):
        return _ast._Imaginary(text)
    if lower.startswith(("0x", "0o", "0b")):
        return int(digits, 0)
    if "." in lower or "e" in lower:
        return float(digits)
    try:
        return int(digits)
    except ValueError as e:
        raise SyntaxError(str(e) + " - Consider hexadecimal for large integer literals "
                          "to avoid the slowness of the decimal conversion") from None


def _expr_name(node):
    """How CPython's messages name a kind of expression."""
    if isinstance(node, _ast.Constant):
        value = node.value
        if value is None or value is True or value is False:
            return str(value)
        return "ellipsis" if value is Ellipsis else "literal"
    if isinstance(node, (_ast.BoolOp, _ast.BinOp, _ast.UnaryOp)):
        return "expression"
    return _EXPR_NAMES.get(type(node).__name__, "expression")


class _Parser:
    """Parses the tokens of one expression; tokens[pos] is the next one
    and tokens[furthest] the furthest read, where a generic error goes."""

    def __init__(self, source, tokens, unclosed, joined_from):
        self.lines = source.split("\n")
        self.has_newline = [True] * (len(self.lines) - 1) + [False]
        self.source = source
        self.tokens = tokens
        self.unclosed = unclosed
        self.joined_from = joined_from
        self.pos = 0
        self.furthest = 0
        self.hints = True

    # -- errors -----------------------------------------------------------

    def line_text(self, line):
        """The text of an error on `line`, as CPython's parser gives it:
        an earlier line alone, the line read last with its newline and the
        lines that tokens join to it."""
        if not 1 <= line <= len(self.lines):
            return ""
        t = self.tokens[self.furthest]
        current = t.end_line
        if t.type in (ENDMARKER, EOF_IN_BRACKETS) or t.type == NEWLINE and t.col == -1:
            current = max(1, len(self.source.splitlines()))
        if line < current:
            return self.lines[line - 1]
        first = self.joined_from[line] if line < len(self.joined_from) else line
        text = "\n".join(self.lines[first - 1:line])
        return text + ("\n" if self.has_newline[line - 1] else "")

    def make_error(self, msg, line, offset, end_line, end_offset, cls=SyntaxError):
        return cls(msg, ("<unknown>", line, offset, self.line_text(line), end_line, end_offset))

    def raise_error(self, msg, line, offset, end_line, end_offset, cls=SyntaxError):
        raise self.make_error(msg, line, offset, end_line, end_offset, cls)

    def error_at(self, t, msg):
        """An error at token t (CPython's RAISE_SYNTAX_ERROR_KNOWN_LOCATION)."""
        self.raise_error(msg, t.line, t.col + 1, t.end_line, t.end_col + 1)

    def error_here(self, msg, cls=SyntaxError):
        """An error at the furthest token read (CPython's RAISE_SYNTAX_ERROR)."""
        t = self.tokens[self.furthest]
        if t.col == -1 or t.type in (INDENT, DEDENT):
            cursor = t.end_col if t.type == INDENT else len(self.lines[t.line - 1])
            self.raise_error(msg, t.line, cursor, t.end_line, -1, cls)
        self.error_at(t, msg)

    def error_range(self, a, b, msg):
        self.raise_error(msg, a.lineno, a.col_offset + 1, b.end_lineno, b.end_col_offset + 1)

    def never_closed(self):
        char, line, col = self.unclosed[-1]
        return self.make_error("'%s' was never closed" % char, line, col + 1, line, 0)

    def rest_error(self):
        """The error CPython finds in the rest of the source after a syntax
        error, which then replaces it (its full-source tokenizer check)."""
        last = self.tokens[-1]
        if last.type == ERROR and not last.lazy:
            return last.error
        if last.type == EOF_IN_BRACKETS and self.tokens[self.furthest].line > self.unclosed[-1][1]:
            return self.never_closed()
        return None

    def generic_error(self):
        """What a parse that failed without a specific message raises."""
        t = self.tokens[self.furthest]
        if t.type in (INDENT, DEDENT):
            try:
                self.error_here("unexpected indent" if t.type == INDENT else "unexpected unindent",
                                IndentationError)
            except IndentationError as e:
                return e
        return self.rest_error() or self.make_error(
            "invalid syntax", t.line, t.col + 1, t.end_line, t.end_col + 1)

    # -- tokens -------------------------------------------------------------

    def tok(self, ahead=0):
        """The next token, or the one `ahead` after it (reading a tokenizer
        error raises it; reading the end of a source with a bracket open
        is the error that the bracket was never closed)."""
        k = self.pos + ahead
        if k > self.furthest:
            self.furthest = k
        t = self.tokens[k]
        if t.type == EOF_IN_BRACKETS:
            raise _TokenError(self.never_closed())
        if t.type == ERROR:
            raise _TokenError(t.error)
        return t

    def at(self, text):
        t = self.tok()
        return t.string == text and t.type in (OP, NAME)

    def accept(self, text):
        if self.at(text):
            self.pos += 1
            return True
        return False

    def expect(self, text):
        if not self.accept(text):
            raise _Fail()

    def at_name(self):
        t = self.tok()
        return t.type == NAME and t.string not in _KEYWORDS

    def starts_expression(self):
        t = self.tok()
        if t.type == NAME:
            return t.string not in _KEYWORDS or t.string in _EXPRESSION_KEYWORDS
        return t.type in (NUMBER, STRING) or t.type == OP and t.string in _EXPRESSION_OPS

    def node(self, cls, start, *fields):
        """A node of class cls over the tokens from index start to the last
        one read."""
        first, last = self.tokens[start], self.tokens[self.pos - 1]
        return cls(*fields, lineno=first.line, col_offset=first.col,
                   end_lineno=last.end_line, end_col_offset=last.end_col)

    # -- the top level ------------------------------------------------------

    def parse(self):
        if all(t.type in (NEWLINE, ENDMARKER, DEDENT) for t in self.tokens):
            line = len(self.source.splitlines())
            self.raise_error("invalid syntax", line, 0, line, 0)
        try:
            body = self.expressions()
            if self.tok().type != NEWLINE:
                self.fail_after(*self.last_item)
            self.pos += 1
            if self.tok().type != ENDMARKER:
                raise _Fail()
            return _ast.Expression(body)
        except _Fail:
            error = self.generic_error()
        except _TokenError as e:
            error = e.args[0]
        except SyntaxError as e:
            error = self.rest_error() or e
        raise error

    def expressions(self):
        """expression (',' expression)* [','], a Tuple when there is a
        comma; last_item is the last expression and its first token."""
        start = self.pos
        first = self.expression()
        self.last_item = (first, start)
        if not self.at(","):
            return first
        elts = [first]
        while self.accept(","):
            if not self.starts_expression():
                break
            item_start = self.pos
            elts.append(self.expression())
            self.last_item = (elts[-1], item_start)
        return self.node(_ast.Tuple, start, elts, _ast.Load())

    # -- the specific errors ----------------------------------------------

    def fail_after(self, a, a_start, named=False):
        """The parse cannot go on after the expression a: raises CPython's
        specific message for what follows, else _Fail."""
        if self.hints:
            if named:
                self.assign_hint(a)
            self.juxtaposed(a, a_start)
        raise _Fail()

    def attempt(self, parse):
        """parse() from here without the specific messages, or None where
        it fails; the position and the furthest token read are left as
        they were."""
        pos, furthest = self.pos, self.furthest
        self.hints = False
        try:
            return parse()
        except _Fail:
            return None
        finally:
            self.pos, self.furthest, self.hints = pos, furthest, True

    def juxtaposed(self, a, a_start):
        """Two expressions with nothing between them: "Perhaps you forgot a
        comma?" in brackets, "Missing parentheses in call to 'print'"."""
        if isinstance(a, _NOT_DISJUNCTIONS) or not self.starts_expression():
            return
        after = []

        def second():
            b = self.expression()
            after.append(self.pos)
            return b

        b = self.attempt(second)
        if b is None:
            return
        first = self.tokens[a_start]
        if isinstance(a, _ast.Name) and a.id in ("print", "exec") and self.pos == a_start + 1:
            self.error_range(a, b, "Missing parentheses in call to '%s'. Did you mean %s(...)?"
                             % (a.id, a.id))
        if first.type == NAME and first.string not in _KEYWORDS and (
                first.string in _SOFT_KEYWORDS or self.tokens[a_start + 1].type == STRING):
            return
        if self.tokens[after[0] - 1].level > 0:
            self.error_range(a, b, "invalid syntax. Perhaps you forgot a comma?")

    def assign_hint(self, a):
        """`[x = 1]`: CPython's hints for '=' where '==' or ':=' was meant."""
        if not self.at("=") or isinstance(a, _COMPARISON_OR_WEAKER):
            return

        def value():
            self.pos += 1
            b = self.binary(1)
            return None if self.at("=") or self.at(":=") else b

        b = self.attempt(value)
        if b is None:
            return
        if isinstance(a, _ast.Name):
            self.error_range(a, b, "invalid syntax. Maybe you meant '==' or ':=' instead of '='?")
        if isinstance(a, (_ast.List, _ast.Tuple, _ast.GeneratorExp)) or (
                isinstance(a, _ast.Constant)
                and (a.value is None or a.value is True or a.value is False)):
            return
        self.error_range(a, a, "cannot assign to %s here. Maybe you meant '==' instead of '='?"
                         % _expr_name(a))

    # -- expressions ----------------------------------------------------------

    def expression(self):
        """A conditional expression, a lambda or a disjunction."""
        if self.at("lambda"):
            return self.lambdef()
        start = self.pos
        a = self.disjunction()
        if not self.accept("if"):
            return a
        b = self.disjunction()
        if not self.accept("else"):
            if self.hints and not self.at(":"):
                self.error_range(a, b, "expected 'else' after 'if' expression")
            raise _Fail()
        c = self.expression()
        return self.node(_ast.IfExp, start, b, a, c)

    def lambdef(self):
        start = self.pos
        self.pos += 1
        while not self.at(":"):
            if self.accept("*") or self.accept("**"):
                if self.at_name():
                    self.pos += 1
            elif self.at_name():
                self.pos += 1
                if self.accept("="):
                    self.expression()
            elif not self.accept("/"):
                raise _Fail()
            if not self.accept(","):
                break
        self.expect(":")
        body = self.expression()
        return self.node(_ast.Lambda, start, _ast.arguments(), body)

    def bool_op(self, keyword, op, operand):
        start = self.pos
        first = operand()
        if not self.at(keyword):
            return first
        values = [first]
        while self.accept(keyword):
            values.append(operand())
        return self.node(_ast.BoolOp, start, op(), values)

    def disjunction(self):
        return self.bool_op("or", _ast.Or, self.conjunction)

    def conjunction(self):
        return self.bool_op("and", _ast.And, self.inversion)

    def inversion(self):
        if self.at("not"):
            start = self.pos
            self.pos += 1
            operand = self.inversion()
            return self.node(_ast.UnaryOp, start, _ast.Not(), operand)
        return self.comparison()

    def compare_op(self):
        """The comparison operator at the current token, consumed, or None."""
        t = self.tok()
        if t.type == OP and t.string in _COMPARE or t.string == "in" and t.type == NAME:
            self.pos += 1
            return _COMPARE[t.string]()
        if self.at("is"):
            self.pos += 1
            return _ast.IsNot() if self.accept("not") else _ast.Is()
        if self.at("not") and self.tok(1).string == "in":
            self.pos += 2
            return _ast.NotIn()
        return None

    def comparison(self):
        start = self.pos
        left = self.binary(1)
        ops, comparators = [], []
        while True:
            op = self.compare_op()
            if op is None:
                break
            ops.append(op)
            comparators.append(self.binary(1))
        if not ops:
            return left
        return self.node(_ast.Compare, start, left, ops, comparators)

    def binary(self, min_level):
        """The binary operators from `|` to `*` by precedence climbing."""
        start = self.pos
        left = self.factor()
        while True:
            t = self.tok()
            entry = _BINARY.get(t.string) if t.type == OP else None
            if entry is None or entry[0] < min_level:
                return left
            self.pos += 1
            right = self.binary(entry[0] + 1)
            left = self.node(_ast.BinOp, start, left, entry[1](), right)

    def factor(self):
        t = self.tok()
        if t.type == OP and t.string in _UNARY:
            start = self.pos
            self.pos += 1
            operand = self.factor()
            return self.node(_ast.UnaryOp, start, _UNARY[t.string](), operand)
        start = self.pos
        base = self.await_primary()
        if not self.accept("**"):
            return base
        exponent = self.factor()
        return self.node(_ast.BinOp, start, base, _ast.Pow(), exponent)

    def await_primary(self):
        if not self.at("await"):
            return self.primary()
        start = self.pos
        self.pos += 1
        value = self.primary()
        return self.node(_ast.Await, start, value)

    def primary(self):
        start = self.pos
        node = self.atom()
        while True:
            if self.accept("."):
                if not self.at_name():
                    raise _Fail()
                self.pos += 1
                node = self.node(_ast.Attribute, start, node, self.tokens[self.pos - 1].string,
                                 _ast.Load())
            elif self.accept("("):
                args, keywords = self.call_arguments()
                node = self.node(_ast.Call, start, node, args, keywords)
            elif self.accept("["):
                index = self.subscript()
                node = self.node(_ast.Subscript, start, node, index, _ast.Load())
            else:
                return node

    # -- atoms ------------------------------------------------------------

    def atom(self):
        t = self.tok()
        start = self.pos
        if t.type == NAME:
            if t.string in _CONSTANTS:
                self.pos += 1
                return self.node(_ast.Constant, start, _CONSTANTS[t.string])
            if t.string in _KEYWORDS:
                raise _Fail()
            self.pos += 1
            return self.node(_ast.Name, start, t.string, _ast.Load())
        if t.type == NUMBER:
            self.pos += 1
            return self.node(_ast.Constant, start, _number(t.string))
        if t.type == STRING:
            return self.strings()
        if t.type == OP:
            self.pos += 1
            if t.string == "(":
                return self.parenthesized(start)
            if t.string == "[":
                return self.list_display(start)
            if t.string == "{":
                return self.braces(start)
            if t.string == "...":
                return self.node(_ast.Constant, start, Ellipsis)
        raise _Fail()

    def strings(self):
        """Adjacent string literals, concatenated."""
        start = self.pos
        while self.tok().type == STRING:
            self.pos += 1
        parts = []
        for t in self.tokens[start:self.pos]:
            prefix, body = _ast_strings.split_literal(t.string)
            if "b" in prefix and not body.isascii():
                self.error_at(t, "bytes can only contain ASCII literal characters")
            if "f" not in prefix:
                try:
                    value = _ast_strings.decode(prefix, body)
                except _ast_strings.DecodeError as e:
                    self.error_here("(%s) %s" % (e.kind, e.message))
            if parts and ("b" in prefix) != ("b" in parts[0][0]):
                self.error_here("cannot mix bytes and nonbytes literals")
            parts.append((prefix, value if "f" not in prefix else None))
        if any("f" in prefix for prefix, _ in parts):
            return self.node(_ast.JoinedStr, start, [])
        values = [value for _, value in parts]
        joined = values[0] if len(values) == 1 else values[0][:0].join(values)
        kind = "u" if "u" in parts[0][0] else None
        return self.node(_ast.Constant, start, joined, kind)

    def star_named_expression(self):
        if self.at("*"):
            start = self.pos
            self.pos += 1
            value = self.binary(1)
            return self.node(_ast.Starred, start, value, _ast.Load())
        return self.named_expression()

    def named_expression(self):
        start = self.pos
        if self.at_name() and self.tok(1).string == ":=":
            self.pos += 1
            target = self.node(_ast.Name, start, self.tokens[start].string, _ast.Store())
            self.pos += 1
            value = self.expression()
            return self.node(_ast.NamedExpr, start, target, value)
        value = self.expression()
        if self.hints and self.at(":="):
            self.error_at(self.tokens[start], "cannot use assignment expressions with %s"
                          % _expr_name(value))
        return value

    def elements(self, first, first_start, closer):
        """The rest of a comma-separated display after its first element,
        up to and including the closing bracket."""
        elts = [first]
        last, last_start = first, first_start
        while self.accept(","):
            if self.at(closer):
                break
            last_start = self.pos
            last = self.star_named_expression()
            elts.append(last)
        if not self.accept(closer):
            self.fail_after(last, last_start, named=True)
        return elts

    def parenthesized(self, start):
        """A tuple, a parenthesized expression, a generator expression or a
        yield expression; '(' is read."""
        if self.accept(")"):
            return self.node(_ast.Tuple, start, [], _ast.Load())
        if self.at("yield"):
            return self.yield_expression(start)
        first_start = self.pos
        first = self.star_named_expression()
        if self.at("for") or self.at("async"):
            return self.comprehension(start, _ast.GeneratorExp, first, ")")
        if self.accept(")"):
            if isinstance(first, _ast.Starred):
                raise _Fail()
            return first
        if not self.at(","):
            self.fail_after(first, first_start, named=True)
        elts = self.elements(first, first_start, ")")
        return self.node(_ast.Tuple, start, elts, _ast.Load())

    def yield_expression(self, start):
        self.pos += 1
        if self.accept("from"):
            value = self.expression()
            cls = _ast.YieldFrom
        else:
            value = self.expressions() if self.starts_expression() or self.at("*") else None
            cls = _ast.Yield
        self.expect(")")
        return self.node(cls, start, value)

    def list_display(self, start):
        if self.accept("]"):
            return self.node(_ast.List, start, [], _ast.Load())
        first_start = self.pos
        first = self.star_named_expression()
        if self.at("for") or self.at("async"):
            return self.comprehension(start, _ast.ListComp, first, "]")
        elts = self.elements(first, first_start, "]")
        return self.node(_ast.List, start, elts, _ast.Load())

    def braces(self, start):
        """A dict or set display or comprehension; '{' is read."""
        if self.accept("}"):
            return self.node(_ast.Dict, start, [], [])
        if self.at("**"):
            return self.dict_display(start, [], [])
        first_start = self.pos
        first = self.star_named_expression()
        if self.accept(":"):
            if isinstance(first, (_ast.Starred, _ast.NamedExpr)):
                raise _Fail()
            value = self.dict_value()
            if self.at("for") or self.at("async"):
                return self.comprehension(start, _ast.DictComp, (first, value), "}")
            return self.dict_display(start, [first], [value])
        if self.at("for") or self.at("async"):
            return self.comprehension(start, _ast.SetComp, first, "}")
        elts = self.elements(first, first_start, "}")
        return self.node(_ast.Set, start, elts)

    def dict_value(self):
        """The value after a key and ':', with CPython's errors for a
        missing or starred one."""
        colon = self.tokens[self.pos - 1]
        if self.hints and (self.at("}") or self.at(",")):
            self.error_at(colon, "expression expected after dictionary key and ':'")
        if self.hints and self.at("*"):
            star = self.tok()
            self.pos += 1
            self.binary(1)
            last = self.tokens[self.pos - 1]
            self.raise_error("cannot use a starred expression in a dictionary value",
                             star.line, star.col + 1, last.end_line, last.end_col + 1)
        value_start = self.pos
        value = self.expression()
        if not (self.at(",") or self.at("}") or self.at("for") or self.at("async")):
            self.fail_after(value, value_start)
        return value

    def dict_display(self, start, keys, values):
        """The rest of a dict display: pairs and `**mapping` items."""
        first = not keys
        while first or self.accept(","):
            if self.at("}"):
                break
            if self.accept("**"):
                keys.append(None)
                values.append(self.binary(1))
            else:
                key_start = self.pos
                key = self.expression()
                if not self.accept(":"):
                    if not keys or not self.hints:
                        raise _Fail()
                    self.juxtaposed(key, key_start)
                    self.raise_error("':' expected after dictionary key", key.lineno,
                                     key.end_col_offset, key.end_lineno, 0)
                keys.append(key)
                values.append(self.dict_value())
            first = False
        self.expect("}")
        return self.node(_ast.Dict, start, keys, values)

    def comprehension(self, start, cls, element, closer):
        """The `for ... in ... if ...` clauses after a comprehension's
        element, and the closing bracket."""
        if isinstance(element, _ast.Starred):
            raise _Fail()
        generators = []
        while self.at("for") or self.at("async"):
            self.accept("async")
            self.expect("for")
            target = self.targets()
            self.expect("in")
            iterable = self.disjunction()
            ifs = []
            while self.accept("if"):
                ifs.append(self.disjunction())
            generators.append(_ast.comprehension(target, iterable, ifs, 0))
        self.expect(closer)
        if cls is _ast.DictComp:
            return self.node(cls, start, element[0], element[1], generators)
        return self.node(cls, start, element, generators)

    def targets(self):
        """The targets of a `for` clause."""
        start = self.pos
        elts = []
        while True:
            if self.at("*"):
                item_start = self.pos
                self.pos += 1
                value = self.binary(1)
                elts.append(self.node(_ast.Starred, item_start, value, _ast.Store()))
            else:
                elts.append(self.binary(1))
            if not self.accept(",") or self.at("in"):
                break
        if len(elts) == 1 and self.tokens[self.pos - 1].string != ",":
            return elts[0]
        return self.node(_ast.Tuple, start, elts, _ast.Store())

    def call_arguments(self):
        """Positional and keyword arguments up to ')'; '(' is read."""
        args, keywords = [], []
        while not self.at(")"):
            arg_start = self.pos
            if self.accept("*"):
                value = self.expression()
                args.append(self.node(_ast.Starred, arg_start, value, _ast.Load()))
            elif self.accept("**"):
                value = self.expression()
                keywords.append(self.node(_ast.keyword, arg_start, None, value))
            elif self.at_name() and self.tok(1).string == "=":
                self.pos += 2
                value = self.expression()
                keywords.append(self.node(_ast.keyword, arg_start, self.tokens[arg_start].string,
                                          value))
            else:
                value = self.named_expression()
                if not args and not keywords and (self.at("for") or self.at("async")):
                    value = self.comprehension(arg_start, _ast.GeneratorExp, value, ")")
                    self.pos -= 1
                args.append(value)
            if not self.accept(","):
                if not self.at(")"):
                    self.fail_after(value, arg_start)
                break
        self.expect(")")
        return args, keywords

    def subscript(self):
        """The index of a subscript, up to ']'; '[' is read."""
        start = item_start = self.pos
        items = [self.slice_item()]
        comma = False
        while self.accept(","):
            comma = True
            if self.at("]"):
                break
            item_start = self.pos
            items.append(self.slice_item())
        if not self.at("]"):
            self.fail_after(items[-1], item_start, named=True)
        index = self.node(_ast.Tuple, start, items, _ast.Load()) if comma else items[0]
        self.pos += 1
        return index

    def slice_item(self):
        start = self.pos
        lower = upper = step = None
        if not self.at(":"):
            lower = self.star_named_expression()
            if not self.at(":"):
                return lower
        self.pos += 1
        if self.starts_expression():
            upper = self.expression()
        if self.accept(":") and self.starts_expression():
            step = self.expression()
        return self.node(_ast.Slice, start, lower, upper, step)
