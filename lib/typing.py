# typing: the names programs import for annotations. Annotations are not
# checked; the aliases subscript (List[int], Optional[str], Callable[[int],
# str]) and print roughly as CPython's do, Generic and Protocol can be
# subclassed, NamedTuple and TypedDict build classes, cast/overload/
# TYPE_CHECKING behave as in CPython.
import collections as _collections
import collections.abc as _abc

TYPE_CHECKING = False


def _type_repr(obj):
    if isinstance(obj, type):
        if obj.__module__ == 'builtins':
            return obj.__qualname__
        return '%s.%s' % (obj.__module__, obj.__qualname__)
    if obj is ...:
        return '...'
    if obj is None or obj is type(None):
        return 'None'
    return repr(obj)


class _Alias:
    # a subscriptable special form or generic alias
    def __init__(self, name, origin=None, args=(), nparams=-1):
        self._name = name
        self.__origin__ = origin
        self.__args__ = args
        self._nparams = nparams

    def __getitem__(self, params):
        if not isinstance(params, tuple):
            params = (params,)
        if self._name not in ('Literal', 'Annotated'):
            # a None parameter stands for its type (shown as NoneType)
            params = tuple(type(None) if p is None else p for p in params)
        return _Alias(self._name, self.__origin__, params, 0)

    def __repr__(self):
        a = self.__args__
        if self._name == 'Union' and len(a) == 2 and type(None) in a:
            # a two-member Union with None is shown as Optional, as CPython does
            return 'typing.Optional[%s]' % _arg_repr(a[1] if a[0] is type(None) else a[0])
        if a:
            return 'typing.%s[%s]' % (self._name, ', '.join(_arg_repr(a) for a in self.__args__))
        return 'typing.%s' % self._name

    def __call__(self, *args, **kwargs):
        if self.__origin__ is None:
            raise TypeError('Cannot instantiate typing.%s' % self._name)
        return self.__origin__(*args, **kwargs)

    def __mro_entries__(self, bases):
        o = self.__origin__
        if o is not None and isinstance(o, type):
            if isinstance(self, _GenericAlias) or o is Generic:
                return (o,)
            # List[int] as a base: list, then Generic unless a later base brings it
            i = bases.index(self)
            for b in bases[i + 1:]:
                if isinstance(b, _Alias) or (isinstance(b, type) and issubclass(b, Generic)):
                    return (o,)
            return (o, Generic)
        return (Generic,)

    def __instancecheck__(self, obj):
        if self.__args__:
            raise TypeError('Subscripted generics cannot be used with class and instance checks')
        if self.__origin__ is None:
            raise TypeError('typing.%s cannot be used with isinstance()' % self._name)
        return isinstance(obj, self.__origin__)

    def __subclasscheck__(self, cls):
        if self.__origin__ is None:
            raise TypeError('typing.%s cannot be used with issubclass()' % self._name)
        return issubclass(cls, self.__origin__)

    def __eq__(self, other):
        if not isinstance(other, _Alias):
            return NotImplemented
        return (self._name, self.__origin__, self.__args__) == (other._name, other.__origin__, other.__args__)

    def __hash__(self):
        return hash((self._name, self.__args__))

    def __or__(self, other):
        return Union[self, other]

    def __ror__(self, other):
        return Union[other, self]


def _arg_repr(a):
    if isinstance(a, (list, tuple)):
        return '[%s]' % ', '.join(_arg_repr(x) for x in a)
    return _type_repr(a)


class _UnionAlias(_Alias):
    def __getitem__(self, params):
        if not isinstance(params, tuple):
            params = (params,)
        flat = []
        for p in params:
            p = type(None) if p is None else p
            if isinstance(p, _Alias) and p._name == 'Union' and p.__args__:
                flat.extend(p.__args__)
            elif p not in flat:
                flat.append(p)
        if len(flat) == 1:
            return flat[0]
        return _Alias('Union', None, tuple(flat), 0)


class _OptionalAlias(_Alias):
    def __getitem__(self, param):
        return Union[param, None]


Any = _Alias('Any')
NoReturn = _Alias('NoReturn')
Never = _Alias('Never')
ClassVar = _Alias('ClassVar')
Final = _Alias('Final')
Literal = _Alias('Literal')
Self = _Alias('Self')
LiteralString = _Alias('LiteralString')
TypeAlias = _Alias('TypeAlias')
Concatenate = _Alias('Concatenate')
TypeGuard = _Alias('TypeGuard')
Required = _Alias('Required')
NotRequired = _Alias('NotRequired')
Annotated = _Alias('Annotated')
Union = _UnionAlias('Union')
Optional = _OptionalAlias('Optional')

List = _Alias('List', list)
Dict = _Alias('Dict', dict)
Set = _Alias('Set', set)
FrozenSet = _Alias('FrozenSet', frozenset)
Tuple = _Alias('Tuple', tuple)
Type = _Alias('Type', type)
DefaultDict = _Alias('DefaultDict', _collections.defaultdict)
OrderedDict = _Alias('OrderedDict', _collections.OrderedDict)
Counter = _Alias('Counter', _collections.Counter)
Deque = _Alias('Deque', _collections.deque)
ChainMap = _Alias('ChainMap', _collections.ChainMap)
Callable = _Alias('Callable', _abc.Callable)
Iterable = _Alias('Iterable', _abc.Iterable)
Iterator = _Alias('Iterator', _abc.Iterator)
Generator = _Alias('Generator', _abc.Generator)
Reversible = _Alias('Reversible', _abc.Reversible)
Container = _Alias('Container', _abc.Container)
Collection = _Alias('Collection', _abc.Collection)
Sequence = _Alias('Sequence', _abc.Sequence)
MutableSequence = _Alias('MutableSequence', _abc.MutableSequence)
Mapping = _Alias('Mapping', _abc.Mapping)
MutableMapping = _Alias('MutableMapping', _abc.MutableMapping)
AbstractSet = _Alias('AbstractSet', _abc.Set)
MutableSet = _Alias('MutableSet', _abc.MutableSet)
Sized = _Alias('Sized', _abc.Sized)
Hashable = _Alias('Hashable', _abc.Hashable)
Awaitable = _Alias('Awaitable', _abc.Awaitable)
Coroutine = _Alias('Coroutine', _abc.Coroutine)
AsyncIterable = _Alias('AsyncIterable', _abc.AsyncIterable)
AsyncIterator = _Alias('AsyncIterator', _abc.AsyncIterator)
AsyncGenerator = _Alias('AsyncGenerator', _abc.AsyncGenerator)
KeysView = _Alias('KeysView', _abc.KeysView)
ValuesView = _Alias('ValuesView', _abc.ValuesView)
ItemsView = _Alias('ItemsView', _abc.ItemsView)
MappingView = _Alias('MappingView', _abc.MappingView)
Text = str
AnyStr = None       # replaced by a TypeVar below


class TypeVar:
    def __init__(self, name, *constraints, bound=None, covariant=False, contravariant=False):
        self.__name__ = name
        self.__constraints__ = constraints
        self.__bound__ = bound
        self.__covariant__ = covariant
        self.__contravariant__ = contravariant

    def __repr__(self):
        prefix = '+' if self.__covariant__ else '-' if self.__contravariant__ else '~'
        return prefix + self.__name__

    def __or__(self, other):
        return Union[self, other]

    def __ror__(self, other):
        return Union[other, self]


class ParamSpec(TypeVar):
    pass


class TypeVarTuple(TypeVar):
    pass


AnyStr = TypeVar('AnyStr', bytes, str)
T = TypeVar('T')


class _GenericAlias(_Alias):
    # C[int] for a user generic class C: shown as module.C[int]; calling it
    # or subclassing it uses C
    def __repr__(self):
        o = self.__origin__
        name = o.__qualname__ if o.__module__ == 'builtins' else '%s.%s' % (o.__module__, o.__qualname__)
        return '%s[%s]' % (name, ', '.join(_arg_repr(a) for a in self.__args__))


class Generic:
    __slots__ = ()

    def __class_getitem__(cls, params):
        if not isinstance(params, tuple):
            params = (params,)
        return _GenericAlias(cls.__name__, cls, params, 0)

    def __init_subclass__(cls, **kwargs):
        super().__init_subclass__(**kwargs)


class Protocol(Generic):
    __slots__ = ()


def runtime_checkable(cls):
    return cls


def cast(typ, val):
    return val


def overload(func):
    def _overload_dummy(*args, **kwds):
        raise NotImplementedError('You should not call an overloaded function. A series of '
                                  '@typing.overload-decorated functions outside a stub module '
                                  'should always be followed by an implementation that is not '
                                  '@typing.overload-ed.')
    return _overload_dummy


def final(f):
    return f


def no_type_check(arg):
    return arg


def assert_never(arg):
    raise AssertionError('Expected code to be unreachable, but got: %r' % (arg,))


def assert_type(val, typ):
    return val


def reveal_type(obj):
    import sys
    print('Runtime type is %r' % type(obj).__name__, file=sys.stderr)
    return obj


def get_type_hints(obj, globalns=None, localns=None, include_extras=False):
    hints = {}
    if isinstance(obj, type):
        for base in reversed(obj.__mro__):
            hints.update(getattr(base, '__annotations__', {}) if '__annotations__' in base.__dict__ else {})
        return hints
    return dict(getattr(obj, '__annotations__', {}))


def get_origin(tp):
    return getattr(tp, '__origin__', None)


def get_args(tp):
    return getattr(tp, '__args__', ())


def NewType(name, tp):
    def new_type(x):
        return x
    new_type.__name__ = name
    new_type.__supertype__ = tp
    return new_type


def _namedtuple_from_annotations(typename, fields, defaults, module):
    nt = _collections.namedtuple(typename, [f for f, _ in fields], defaults=defaults, module=module)
    nt.__annotations__ = dict(fields)
    return nt


class _NamedTupleMeta(type):
    def __new__(mcls, typename, bases, ns):
        if ns.get('_root'):
            return super().__new__(mcls, typename, bases, ns)
        annotations = ns.get('__annotations__', {})
        fields = list(annotations.items())
        defaults = [ns[name] for name, _ in fields if name in ns]
        nt = _namedtuple_from_annotations(typename, fields, defaults or None,
                                          ns.get('__module__', '__main__'))
        for key, value in ns.items():
            if key in ('__module__', '__qualname__', '__annotations__', '_root') or key in annotations:
                continue
            setattr(nt, key, value)
        return nt


class NamedTuple(metaclass=_NamedTupleMeta):
    _root = True

    def __new__(cls, typename, fields=None, /, **kwargs):
        if fields is None:
            fields = kwargs.items()
        return _namedtuple_from_annotations(typename, list(fields), None, '__main__')


class _TypedDictMeta(type):
    def __new__(mcls, name, bases, ns, total=True):
        if ns.get('_root'):
            return super().__new__(mcls, name, bases, ns)
        cls = super().__new__(mcls, name, (dict,), ns)
        ann = {}
        for b in bases:
            ann.update(getattr(b, '__annotations__', {}))
        ann.update(ns.get('__annotations__', {}))
        cls.__annotations__ = ann
        cls.__total__ = total
        return cls


class TypedDict(metaclass=_TypedDictMeta):
    _root = True

    def __new__(cls, typename, fields=None, /, *, total=True, **kwargs):
        return _TypedDictMeta(typename, (), {'__annotations__': dict(fields or kwargs)}, total=total)


class SupportsInt(Protocol):
    pass


class SupportsFloat(Protocol):
    pass


class SupportsIndex(Protocol):
    pass


class SupportsAbs(Protocol):
    pass


class SupportsRound(Protocol):
    pass


IO = _Alias('IO')
TextIO = _Alias('TextIO')
BinaryIO = _Alias('BinaryIO')
Pattern = _Alias('Pattern')
Match = _Alias('Match')
