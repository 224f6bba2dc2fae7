# inspect.signature: str(sig), parameters, kinds, defaults, annotations,
# methods and classes, wrappers, partials, bind
import functools
import inspect


def f(a, b=2, /, c=3, *args, d, e=5, **kw):
    pass


def g(x: int, y: str = 'hi', *, z: list[int] = None) -> bool:
    pass


class A:
    def __init__(self, x, y=1):
        pass

    def m(self, q, *r):
        pass

    @classmethod
    def cm(cls, k):
        pass

    @staticmethod
    def sm(s, t=0):
        pass


class B:
    pass


class N:
    def __new__(cls, n, *, flag=False):
        return object.__new__(cls)


class Sub(A):
    pass


class Cl:
    def __call__(self, u, v=9):
        pass


for o in [f, g, A, A.m, A(0).m, A.cm, A.sm, B, N, Sub, Cl(), lambda *a, **k: 0, lambda: 0]:
    s = inspect.signature(o)
    print(s, list(s.parameters), repr(s))

s = inspect.signature(f)
for p in s.parameters.values():
    print(repr(p), p.name, p.kind, int(p.kind), p.default is p.empty, p.annotation is inspect.Parameter.empty,
          p.kind.description)
print(s.parameters['c'].default, 'd' in s.parameters, len(s.parameters), s.return_annotation is s.empty)
gs = inspect.signature(g)
print([(p.name, p.annotation, p.default) for p in gs.parameters.values()], gs.return_annotation)
print(s.parameters['a'].kind == inspect.Parameter.POSITIONAL_ONLY,
      s.parameters['d'].kind is inspect.Parameter.KEYWORD_ONLY,
      inspect.Parameter.VAR_POSITIONAL < inspect.Parameter.KEYWORD_ONLY)

# bind and BoundArguments
ba = s.bind(1, 2, 3, 4, 5, d=6, z=7)
print(ba, ba.args, ba.kwargs)
ba = gs.bind(1)
ba.apply_defaults()
print(ba.arguments, ba.args, ba.kwargs)
print(s.bind_partial(1).arguments)
for args, kw in [((), {}), ((1, 2, 3, 4), {'d': 1, 'a': 5}), ((1,), {'b': 2, 'd': 3}),
                 ((1, 2, 3), {'c': 4, 'd': 0})]:
    try:
        print(s.bind(*args, **kw).arguments)
    except TypeError as e:
        print('TypeError', e)
h = inspect.signature(lambda a, b=1: 0)
for args, kw in [((1, 2, 3), {}), ((1,), {'x': 2}), ((), {'b': 2})]:
    try:
        h.bind(*args, **kw)
    except TypeError as e:
        print('TypeError', e)


# wrappers and partials
def deco(fn):
    @functools.wraps(fn)
    def w(*a, **k):
        return fn(*a, **k)
    return w


@deco
def wrapped(p, q=3):
    pass


print(inspect.signature(wrapped), inspect.signature(wrapped, follow_wrapped=False))
print(inspect.unwrap(wrapped).__name__)
print(inspect.signature(functools.partial(f, 1, c=5)))
print(inspect.signature(functools.partial(wrapped, 1)))

# building signatures by hand
P = inspect.Parameter
sig = inspect.Signature([P('x', P.POSITIONAL_ONLY), P('y', P.POSITIONAL_OR_KEYWORD, default=0),
                         P('rest', P.VAR_KEYWORD)], return_annotation=int)
print(sig, sig == inspect.Signature(list(sig.parameters.values()), return_annotation=int))
print(sig.replace(return_annotation=inspect.Signature.empty))
print(P('z', P.KEYWORD_ONLY, default=None, annotation='str'), P('x', P.POSITIONAL_ONLY).replace(name='w'))


def func_with_sig():
    pass


func_with_sig.__signature__ = sig
print(inspect.signature(func_with_sig))

# errors
for make in [lambda: P('1x', P.POSITIONAL_ONLY), lambda: P(5, P.POSITIONAL_ONLY),
             lambda: P('a', P.VAR_POSITIONAL, default=1),
             lambda: inspect.Signature([P('a', P.KEYWORD_ONLY), P('b', P.POSITIONAL_ONLY)]),
             lambda: inspect.Signature([P('a', P.POSITIONAL_ONLY, default=1), P('b', P.POSITIONAL_ONLY)]),
             lambda: inspect.Signature([P('a', P.POSITIONAL_ONLY), P('a', P.KEYWORD_ONLY)]),
             lambda: inspect.signature(1), lambda: inspect.signature(B())]:
    try:
        make()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, str(e).split(' at 0x')[0])
print(inspect.signature(f).parameters)
print(inspect.signature(lambda: 0).parameters)
