# General interpreter-style code: a hand-written lexer, a recursive-descent
# parser building a small AST of objects, an evaluator with a method per node
# kind, and exceptions for malformed input and division by zero.
# Exercises: str indexing and methods, isdigit/isalpha, method dispatch,
# isinstance, custom exception classes, try/except/else/finally, raise/catch.


class ParseError(Exception):
    def __init__(self, message, pos):
        super().__init__(f"{message} at {pos}")
        self.pos = pos


class Lcg:
    def __init__(self, seed):
        self.state = seed

    def next(self):
        self.state = (self.state * 1103515245 + 12345) & 0x7FFFFFFF
        return self.state >> 8


class Num:
    def __init__(self, value):
        self.value = value

    def eval(self, env):
        return self.value


class Var:
    def __init__(self, name):
        self.name = name

    def eval(self, env):
        return env[self.name]


class BinOp:
    def __init__(self, op, left, right):
        self.op = op
        self.left = left
        self.right = right

    def eval(self, env):
        a = self.left.eval(env)
        b = self.right.eval(env)
        op = self.op
        if op == "+":
            return a + b
        if op == "-":
            return a - b
        if op == "*":
            return a * b
        if op == "/":
            return a / b
        if op == "%":
            return a % b
        raise ValueError("bad operator " + op)


class Neg:
    def __init__(self, operand):
        self.operand = operand

    def eval(self, env):
        return -self.operand.eval(env)


def tokenize(text):
    tokens = []
    i = 0
    n = len(text)
    while i < n:
        c = text[i]
        if c == " ":
            i += 1
        elif c.isdigit():
            j = i
            while j < n and (text[j].isdigit() or text[j] == "."):
                j += 1
            s = text[i:j]
            tokens.append(("num", float(s) if "." in s else int(s), i))
            i = j
        elif c.isalpha() or c == "_":
            j = i
            while j < n and (text[j].isalnum() or text[j] == "_"):
                j += 1
            tokens.append(("name", text[i:j], i))
            i = j
        elif c in "+-*/%()":
            tokens.append(("op", c, i))
            i += 1
        else:
            raise ParseError(f"unexpected {c!r}", i)
    tokens.append(("end", None, n))
    return tokens


class Parser:
    def __init__(self, tokens):
        self.tokens = tokens
        self.pos = 0

    def peek(self):
        return self.tokens[self.pos]

    def take(self):
        tok = self.tokens[self.pos]
        self.pos += 1
        return tok

    def parse(self):
        node = self.expr()
        kind, value, at = self.peek()
        if kind != "end":
            raise ParseError(f"trailing {value!r}", at)
        return node

    def expr(self):
        node = self.term()
        while True:
            kind, value, _ = self.peek()
            if kind == "op" and value in "+-":
                self.take()
                node = BinOp(value, node, self.term())
            else:
                return node

    def term(self):
        node = self.unary()
        while True:
            kind, value, _ = self.peek()
            if kind == "op" and value in "*/%":
                self.take()
                node = BinOp(value, node, self.unary())
            else:
                return node

    def unary(self):
        kind, value, _ = self.peek()
        if kind == "op" and value == "-":
            self.take()
            return Neg(self.unary())
        return self.atom()

    def atom(self):
        kind, value, at = self.take()
        if kind == "num":
            return Num(value)
        if kind == "name":
            return Var(value)
        if kind == "op" and value == "(":
            node = self.expr()
            k2, v2, at2 = self.take()
            if k2 != "op" or v2 != ")":
                raise ParseError("expected ')'", at2)
            return node
        raise ParseError(f"unexpected {value!r}", at)


def gen_expr(rng, depth):
    r = rng.next() % 10
    if depth <= 0 or r < 3:
        if r % 2 == 0:
            return "xyzw"[rng.next() % 4]
        if r == 1:
            return f"{rng.next() % 100}.{rng.next() % 10}"
        return str(rng.next() % 50)
    op = "+-*/%"[rng.next() % 5]
    left = gen_expr(rng, depth - 1)
    right = gen_expr(rng, depth - 1)
    if rng.next() % 4 == 0:
        return f"-({left} {op} {right})"
    return f"({left} {op} {right})"


def corrupt(rng, text):
    # Some inputs are malformed: a stray character, or a dropped paren.
    r = rng.next() % 12
    if r == 0:
        k = rng.next() % len(text)
        return text[:k] + "$" + text[k:]
    if r == 1 and ")" in text:
        k = text.rindex(")")
        return text[:k] + text[k + 1:]
    return text


def main():
    rng = Lcg(314159)
    env = {"x": 3, "y": -7, "z": 2.5, "w": 11}
    ok = 0
    parse_errors = 0
    zero_div = 0
    total = 0.0
    finished = 0
    for _ in range(18000):
        text = corrupt(rng, gen_expr(rng, 5))
        try:
            tree = Parser(tokenize(text)).parse()
            value = tree.eval(env)
        except ParseError as e:
            parse_errors += 1
            total += e.pos
        except ZeroDivisionError:
            zero_div += 1
        else:
            ok += 1
            if isinstance(value, float):
                total += value if abs(value) < 1e6 else 1.0
            else:
                total += value % 1000
        finally:
            finished += 1
    print(f"ok={ok} parse_errors={parse_errors} zero_div={zero_div} finished={finished}")
    print(f"total={total:.6f}")


main()
