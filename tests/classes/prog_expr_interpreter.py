# A small interpreter for arithmetic expressions: a tokenizer, a recursive
# descent parser building an AST of node classes, an evaluator using a
# visitor with dispatch by class name, variables and error reporting.
import math


class CalcError(Exception):
    def __init__(self, msg, pos=None):
        super().__init__(msg if pos is None else "%s at position %d" % (msg, pos))
        self.pos = pos


class Token:
    __slots__ = ("kind", "text", "pos")

    def __init__(self, kind, text, pos):
        self.kind, self.text, self.pos = kind, text, pos

    def __repr__(self):
        return "%s(%r)" % (self.kind, self.text)


def tokenize(src):
    i = 0
    while i < len(src):
        ch = src[i]
        if ch.isspace():
            i += 1
        elif ch.isdigit() or ch == ".":
            j = i
            while j < len(src) and (src[j].isdigit() or src[j] == "."):
                j += 1
            yield Token("num", src[i:j], i)
            i = j
        elif ch.isalpha() or ch == "_":
            j = i
            while j < len(src) and (src[j].isalnum() or src[j] == "_"):
                j += 1
            yield Token("name", src[i:j], i)
            i = j
        elif src.startswith("**", i):
            yield Token("op", "**", i)
            i += 2
        elif ch in "+-*/%(),=":
            yield Token("op", ch, i)
            i += 1
        else:
            raise CalcError("unexpected character %r" % ch, i)
    yield Token("end", "", len(src))


class Node:
    fields = ()

    def __init__(self, *args):
        for name, value in zip(self.fields, args):
            setattr(self, name, value)

    def __repr__(self):
        return "%s(%s)" % (type(self).__name__, ", ".join(repr(getattr(self, f)) for f in self.fields))

    def __eq__(self, other):
        return type(self) is type(other) and all(getattr(self, f) == getattr(other, f) for f in self.fields)


class Num(Node):
    fields = ("value",)


class Var(Node):
    fields = ("name",)


class BinOp(Node):
    fields = ("op", "left", "right")


class Unary(Node):
    fields = ("op", "operand")


class Call(Node):
    fields = ("func", "args")


class Assign(Node):
    fields = ("name", "value")


class Parser:
    def __init__(self, src):
        self.tokens = list(tokenize(src))
        self.i = 0

    @property
    def tok(self):
        return self.tokens[self.i]

    def take(self, kind=None, text=None):
        t = self.tok
        if (kind and t.kind != kind) or (text and t.text != text):
            want = text or kind
            raise CalcError("expected %r, got %r" % (want, t.text or "end"), t.pos)
        self.i += 1
        return t

    def parse(self):
        if self.tok.kind == "name" and self.tokens[self.i + 1].text == "=":
            name = self.take("name").text
            self.take("op", "=")
            node = Assign(name, self.expr())
        else:
            node = self.expr()
        self.take("end")
        return node

    def expr(self):
        node = self.term()
        while self.tok.text in ("+", "-"):
            op = self.take().text
            node = BinOp(op, node, self.term())
        return node

    def term(self):
        node = self.factor()
        while self.tok.text in ("*", "/", "%"):
            op = self.take().text
            node = BinOp(op, node, self.factor())
        return node

    def factor(self):
        if self.tok.text in ("+", "-"):
            op = self.take().text
            return Unary(op, self.factor())
        return self.power()

    def power(self):
        base = self.atom()
        if self.tok.text == "**":
            self.take()
            return BinOp("**", base, self.factor())
        return base

    def atom(self):
        t = self.tok
        if t.kind == "num":
            self.take()
            try:
                return Num(int(t.text) if "." not in t.text else float(t.text))
            except ValueError:
                raise CalcError("bad number %r" % t.text, t.pos) from None
        if t.kind == "name":
            self.take()
            if self.tok.text == "(":
                self.take()
                args = []
                if self.tok.text != ")":
                    args.append(self.expr())
                    while self.tok.text == ",":
                        self.take()
                        args.append(self.expr())
                self.take("op", ")")
                return Call(t.text, args)
            return Var(t.text)
        if t.text == "(":
            self.take()
            node = self.expr()
            self.take("op", ")")
            return node
        raise CalcError("unexpected %r" % (t.text or "end"), t.pos)


class Evaluator:
    functions = {"sqrt": math.sqrt, "max": max, "min": min, "abs": abs}
    ops = {"+": lambda a, b: a + b, "-": lambda a, b: a - b, "*": lambda a, b: a * b,
           "/": lambda a, b: a / b, "%": lambda a, b: a % b, "**": lambda a, b: a ** b}

    def __init__(self):
        self.env = {"pi": math.pi}

    def visit(self, node):
        method = getattr(self, "visit_" + type(node).__name__)
        return method(node)

    def visit_Num(self, node):
        return node.value

    def visit_Var(self, node):
        if node.name not in self.env:
            raise CalcError("undefined variable %r" % node.name)
        return self.env[node.name]

    def visit_BinOp(self, node):
        a, b = self.visit(node.left), self.visit(node.right)
        try:
            return self.ops[node.op](a, b)
        except ZeroDivisionError as e:
            raise CalcError("division by zero") from e

    def visit_Unary(self, node):
        v = self.visit(node.operand)
        return -v if node.op == "-" else v

    def visit_Call(self, node):
        fn = self.functions.get(node.func)
        if fn is None:
            raise CalcError("unknown function %s()" % node.func)
        return fn(*[self.visit(a) for a in node.args])

    def visit_Assign(self, node):
        self.env[node.name] = value = self.visit(node.value)
        return value

    def run(self, src):
        try:
            result = self.visit(Parser(src).parse())
        except CalcError as e:
            cause = " (caused by %s)" % type(e.__cause__).__name__ if e.__cause__ else ""
            return "error: %s%s" % (e, cause)
        return round(result, 6) if isinstance(result, float) else result


print(list(tokenize("x = 2 ** 3")))
print(Parser("1 + 2 * -x").parse())
print(Parser("f(1, 2)").parse() == Call("f", [Num(1), Num(2)]))
ev = Evaluator()
for line in ["1 + 2 * 3", "(1 + 2) * 3", "2 ** 3 ** 2", "-2 ** 2", "x = 10 / 4", "x * 2",
             "y = x + pi", "sqrt(16) + max(1, 7, 3)", "10 % 4 - abs(-3)", "1 / 0", "z + 1",
             "2 +", "3 $ 4", "foo(1)", "(1 + 2", "1.2.3", "min(x, y, 1)"]:
    print("%-24s -> %s" % (line, ev.run(line)))
print(sorted(ev.env))
