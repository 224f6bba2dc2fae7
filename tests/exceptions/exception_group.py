eg = ExceptionGroup('m', [ValueError('a'), KeyError('b')])
print(eg, repr(eg), len(eg.exceptions), eg.exceptions, eg.message, eg.args)
m, r = eg.split(ValueError); print(repr(m), repr(r))
print(repr(eg.subgroup(KeyError)), eg.subgroup(TypeError))
print(type(BaseExceptionGroup('x', [ValueError()])).__name__, type(BaseExceptionGroup('x', [KeyboardInterrupt()])).__name__)
for args in [('x', []), (1, [ValueError()]), ('x', [1]), ('x', ValueError())]:
    try: ExceptionGroup(*args)
    except (TypeError, ValueError) as e: print(type(e).__name__, e)
try: ExceptionGroup('x', [KeyboardInterrupt()])
except TypeError as e: print(e)
print(isinstance(eg, Exception), issubclass(ExceptionGroup, BaseExceptionGroup), ExceptionGroup.__mro__)
eg2 = ExceptionGroup('outer', [ValueError(1), ExceptionGroup('inner', [TypeError(2), ValueError(3)])])
print(repr(eg2.split(ValueError)), str(eg2))
print(repr(eg2.subgroup(lambda e: isinstance(e, TypeError))))
try: raise eg
except ExceptionGroup as e: print('caught', e)
class MyEG(ExceptionGroup):
    def derive(self, excs): return MyEG(self.message + '!', excs)
print(repr(MyEG('q', [ValueError(), KeyError()]).split(ValueError)))
