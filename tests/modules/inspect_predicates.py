# inspect's predicates, getmembers, getdoc/cleandoc and co_flags
import inspect
import sys


def f():
    pass


def gen():
    yield 1


async def co():
    pass


class A:
    "Doc of A."
    x = 1

    def m(self):
        pass

    @property
    def p(self):
        return 2

    @staticmethod
    def s():
        pass

    @classmethod
    def c(cls):
        pass


a = A()
tests = [('f', f), ('gen', gen), ('co', co), ('A', A), ('a', a), ('a.m', a.m), ('A.m', A.m),
         ('len', len), ('[].append', [].append), ('inspect', inspect), ('lambda', lambda: 0),
         ('1', 1), ('gen()', gen())]
preds = ['isfunction', 'isclass', 'ismethod', 'ismodule', 'isbuiltin', 'isgenerator',
         'isgeneratorfunction', 'iscoroutinefunction', 'isroutine', 'iscode']
for name, obj in tests:
    print(name, [p for p in preds if getattr(inspect, p)(obj)])
c = co()
print(inspect.iscoroutine(c), inspect.isawaitable(c), inspect.iscoroutine(gen()))
c.close()
print(inspect.iscode(f.__code__), inspect.isfunction(a.m.__func__))
print(inspect.isgeneratorfunction(A.m), inspect.iscoroutinefunction(a.m))

# getmembers with and without a predicate
print([n for n, v in inspect.getmembers(A) if not n.startswith('_')])
print([n for n, v in inspect.getmembers(A, inspect.isfunction)])
print([(n, v) for n, v in inspect.getmembers(a) if not n.startswith('_') and not callable(v)])
print([n for n, v in inspect.getmembers(sys.modules[__name__], inspect.isclass)])
print(inspect.getmro(bool))

# docs
print(inspect.getdoc(A), inspect.getdoc(f))


def documented():
    """First line.

        Indented more.
    Back.
    """


print(repr(inspect.getdoc(documented)))
print(repr(inspect.cleandoc("\n\n  a\n    b\n  c\n\n")))

# co_flags, in CPython's CO_* values
def outer():
    def inner():
        pass
    return inner


def va(*a, **k):
    pass


for fn in (f, gen, co, va, outer, outer(), A.m):
    fl = fn.__code__.co_flags
    print(fn.__name__, fl & inspect.CO_VARARGS, fl & inspect.CO_VARKEYWORDS, fl & inspect.CO_NESTED,
          fl & inspect.CO_GENERATOR, fl & inspect.CO_COROUTINE, fl & (inspect.CO_OPTIMIZED | inspect.CO_NEWLOCALS))
print(f.__code__.co_argcount, va.__code__.co_varnames, outer.__code__.co_name)


async def agen():
    yield 1


print(inspect.isasyncgenfunction(agen), inspect.isasyncgenfunction(co), inspect.isasyncgen(agen()),
      inspect.iscoroutinefunction(agen), inspect.isgeneratorfunction(agen))
