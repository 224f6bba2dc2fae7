import types
ns = types.SimpleNamespace(a=1, b="x")
ns.c = [1]
print(ns, ns.a, ns == types.SimpleNamespace(a=1, b="x", c=[1]), vars(ns))
def f(): pass
def g(): yield
print(isinstance(f, types.FunctionType), isinstance(lambda: 0, types.LambdaType), isinstance(g(), types.GeneratorType))
print(isinstance(len, types.BuiltinFunctionType), isinstance(types, types.ModuleType), types.NoneType is type(None))
class A:
    def m(self): pass
print(isinstance(A().m, types.MethodType), types.MappingProxyType is type(A.__dict__))
C = types.new_class("C", (A,), exec_body=lambda ns: ns.update(x=5))
print(C.__name__, C.x, issubclass(C, A))
print(types.GenericAlias is type(list[int]), types.UnionType is type(int | str))
