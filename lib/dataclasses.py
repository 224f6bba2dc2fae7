# dataclasses: @dataclass writes __init__, __repr__, __eq__, ordering,
# __hash__ and frozen-ness from the class's annotations, as CPython does
# (with closures instead of generated source); field(), fields(), asdict,
# astuple, replace, is_dataclass, make_dataclass, InitVar, KW_ONLY.
import copy as _copy

__all__ = ['dataclass', 'field', 'Field', 'FrozenInstanceError', 'InitVar', 'KW_ONLY', 'MISSING',
           'fields', 'asdict', 'astuple', 'make_dataclass', 'replace', 'is_dataclass']


class FrozenInstanceError(AttributeError):
    pass


class _MissingType:
    def __repr__(self):
        return 'MISSING'


MISSING = _MissingType()


class _KwOnlyType:
    pass


KW_ONLY = _KwOnlyType()


class InitVar:
    __slots__ = ('type',)

    def __init__(self, type):
        self.type = type

    def __class_getitem__(cls, type):
        return InitVar(type)

    def __repr__(self):
        return 'dataclasses.InitVar[%s]' % getattr(self.type, '__name__', repr(self.type))


class Field:
    __slots__ = ('name', 'type', 'default', 'default_factory', 'repr', 'hash', 'init', 'compare',
                 'metadata', 'kw_only', '_field_type')

    def __init__(self, default, default_factory, init, repr, hash, compare, metadata, kw_only):
        self.name = None
        self.type = None
        self.default = default
        self.default_factory = default_factory
        self.init = init
        self.repr = repr
        self.hash = hash
        self.compare = compare
        self.metadata = metadata if metadata is not None else {}
        self.kw_only = kw_only
        self._field_type = None

    def __repr__(self):
        return ('Field(name=%r,type=%r,default=%r,default_factory=%r,init=%r,repr=%r,hash=%r,'
                'compare=%r,metadata=%r,kw_only=%r,_field_type=%s)' % (
                    self.name, self.type, self.default, self.default_factory, self.init, self.repr,
                    self.hash, self.compare, self.metadata, self.kw_only, self._field_type))


def field(*, default=MISSING, default_factory=MISSING, init=True, repr=True, hash=None,
          compare=True, metadata=None, kw_only=MISSING):
    if default is not MISSING and default_factory is not MISSING:
        raise ValueError('cannot specify both default and default_factory')
    return Field(default, default_factory, init, repr, hash, compare, metadata, kw_only)


_FIELDS = '__dataclass_fields__'
_PARAMS = '__dataclass_params__'


class _DataclassParams:
    def __init__(self, init, repr, eq, order, unsafe_hash, frozen):
        self.init = init
        self.repr = repr
        self.eq = eq
        self.order = order
        self.unsafe_hash = unsafe_hash
        self.frozen = frozen

    def __repr__(self):
        return ('_DataclassParams(init=%r,repr=%r,eq=%r,order=%r,unsafe_hash=%r,frozen=%r)' %
                (self.init, self.repr, self.eq, self.order, self.unsafe_hash, self.frozen))


def _is_classvar(tp):
    if isinstance(tp, str):
        return tp.startswith('ClassVar') or tp.startswith('typing.ClassVar')
    name = getattr(tp, '_name', None)
    return name == 'ClassVar'


def _is_initvar(tp):
    if isinstance(tp, str):
        return tp.startswith('InitVar') or tp.startswith('dataclasses.InitVar')
    return tp is InitVar or isinstance(tp, InitVar)


def _process_class(cls, init, repr, eq, order, unsafe_hash, frozen, match_args, kw_only, slots):
    fields = {}
    for b in cls.__mro__[-1:0:-1]:
        base_fields = getattr(b, _FIELDS, None)
        if base_fields is not None:
            for f in base_fields.values():
                fields[f.name] = f
    ann = cls.__dict__.get('__annotations__', {})
    kw_only_now = kw_only
    own = []
    for name, tp in ann.items():
        if tp is KW_ONLY or (isinstance(tp, str) and tp.endswith('KW_ONLY')):
            kw_only_now = True
            continue
        default = cls.__dict__.get(name, MISSING)
        if isinstance(default, Field):
            f = default
        else:
            if isinstance(default, (list, dict, set)):
                raise ValueError('mutable default %s for field %s is not allowed: use default_factory'
                                 % (type(default), name))
            f = field(default=default)
        f.name = name
        f.type = tp
        if _is_classvar(tp):
            f._field_type = '_FIELD_CLASSVAR'
        elif _is_initvar(tp):
            f._field_type = '_FIELD_INITVAR'
        else:
            f._field_type = '_FIELD'
        if f.kw_only is MISSING:
            f.kw_only = kw_only_now
        fields[name] = f
        own.append(f)
        # class attribute: the default value, or nothing
        if isinstance(default, Field):
            if f.default is MISSING:
                try:
                    delattr(cls, name)
                except AttributeError:
                    pass
            else:
                setattr(cls, name, f.default)
    for name, value in cls.__dict__.items():
        if isinstance(value, Field) and name not in ann:
            raise TypeError('%r is a field but has no type annotation' % name)
    setattr(cls, _FIELDS, fields)
    setattr(cls, _PARAMS, _DataclassParams(init, repr, eq, order, unsafe_hash, frozen))

    all_fields = [f for f in fields.values() if f._field_type in ('_FIELD', '_FIELD_INITVAR')]
    data_fields = [f for f in fields.values() if f._field_type == '_FIELD']

    if init:
        # defaults must not precede required positional fields
        seen_default = None
        for f in all_fields:
            if f.init and not f.kw_only:
                if f.default is MISSING and f.default_factory is MISSING:
                    if seen_default is not None:
                        raise TypeError('non-default argument %r follows default argument' % f.name)
                else:
                    seen_default = f
        cls.__init__ = _make_init(cls, all_fields, frozen)
    if repr and '__repr__' not in cls.__dict__:
        cls.__repr__ = _make_repr(data_fields)
    if eq and '__eq__' not in cls.__dict__:
        cls.__eq__ = _make_eq(data_fields)
    if order:
        for op_name, op in (('__lt__', lambda a, b: a < b), ('__le__', lambda a, b: a <= b),
                            ('__gt__', lambda a, b: a > b), ('__ge__', lambda a, b: a >= b)):
            if op_name in cls.__dict__:
                raise TypeError('Cannot overwrite attribute %s in class %s. Consider using '
                                'functools.total_ordering' % (op_name, cls.__name__))
            setattr(cls, op_name, _make_order(data_fields, op, op_name))
    if frozen:
        cls.__setattr__ = _frozen_setattr
        cls.__delattr__ = _frozen_delattr
    has_explicit_hash = '__hash__' in cls.__dict__ and cls.__dict__['__hash__'] is not None
    if unsafe_hash or (eq and frozen):
        if has_explicit_hash and unsafe_hash:
            raise TypeError('Cannot overwrite attribute __hash__ in class %s' % cls.__name__)
        if not has_explicit_hash:
            cls.__hash__ = _make_hash(data_fields)
    elif eq and not has_explicit_hash:
        cls.__hash__ = None
    if match_args and '__match_args__' not in cls.__dict__:
        cls.__match_args__ = tuple(f.name for f in all_fields if f.init and not f.kw_only)
    if '__doc__' not in cls.__dict__ or cls.__doc__ is None:
        try:
            cls.__doc__ = cls.__name__ + '(' + ', '.join('%s' % f.name for f in all_fields) + ')'
        except (AttributeError, TypeError):
            pass
    if slots:
        cls = _add_slots(cls, data_fields)
    return cls


def _add_slots(cls, data_fields):
    # a new class with __slots__ for the fields (a class's slots are fixed
    # when it is created); the field defaults live in __init__
    names = tuple(f.name for f in data_fields)
    ns = dict(cls.__dict__)
    if '__slots__' in ns:
        raise TypeError('%s already specifies __slots__' % cls.__name__)
    ns['__slots__'] = names
    for n in names:
        ns.pop(n, None)
    ns.pop('__dict__', None)
    ns.pop('__weakref__', None)
    qualname = getattr(cls, '__qualname__', None)
    cls = type(cls)(cls.__name__, cls.__bases__, ns)
    if qualname is not None:
        cls.__qualname__ = qualname
    return cls


def _make_init(cls, all_fields, frozen):
    init_fields = [f for f in all_fields if f.init]
    positional = [f for f in init_fields if not f.kw_only]
    kwonly = [f for f in init_fields if f.kw_only]
    names = [f.name for f in init_fields]
    post_init = getattr(cls, '__post_init__', None) is not None
    initvars = [f.name for f in all_fields if f._field_type == '_FIELD_INITVAR']
    qual = cls.__qualname__

    def __init__(self, *args, **kwargs):
        if len(args) > len(positional):
            raise TypeError('%s.__init__() takes %d positional argument%s but %d were given' % (
                qual, len(positional) + 1, '' if not positional else 's', len(args) + 1))
        values = {}
        for f, v in zip(positional, args):
            values[f.name] = v
        for k, v in kwargs.items():
            if k not in names:
                raise TypeError("%s.__init__() got an unexpected keyword argument '%s'" % (qual, k))
            if k in values:
                raise TypeError("%s.__init__() got multiple values for argument '%s'" % (qual, k))
            values[k] = v
        missing = []
        for f in init_fields:
            if f.name not in values:
                if f.default is not MISSING:
                    values[f.name] = f.default
                elif f.default_factory is not MISSING:
                    values[f.name] = f.default_factory()
                else:
                    missing.append(f.name)
        if missing:
            if len(missing) == 1:
                raise TypeError("%s.__init__() missing 1 required positional argument: '%s'" % (qual, missing[0]))
            raise TypeError('%s.__init__() missing %d required positional arguments: %s' % (
                qual, len(missing), ', '.join("'%s'" % m for m in missing[:-1]) + " and '%s'" % missing[-1]))
        for f in all_fields:
            if f._field_type != '_FIELD':
                continue
            if f.init:
                v = values[f.name]
            elif f.default_factory is not MISSING:
                v = f.default_factory()
            elif f.default is not MISSING:
                v = f.default
            else:
                continue
            if frozen:
                object.__setattr__(self, f.name, v)
            else:
                setattr(self, f.name, v)
        if post_init:
            self.__post_init__(*[values[n] for n in initvars if n in values])
    __init__.__qualname__ = qual + '.__init__'
    # the parameters the generic __init__ stands for, for inspect.signature
    __init__._dc_params = positional + kwonly
    return __init__


def _make_repr(data_fields):
    shown = [f.name for f in data_fields if f.repr]
    busy = set()

    def __repr__(self):
        key = id(self)
        if key in busy:
            return '...'
        busy.add(key)
        try:
            return '%s(%s)' % (type(self).__qualname__,
                               ', '.join('%s=%r' % (n, getattr(self, n)) for n in shown))
        finally:
            busy.discard(key)
    return __repr__


def _make_eq(data_fields):
    compared = [f.name for f in data_fields if f.compare]

    def __eq__(self, other):
        if other.__class__ is self.__class__:
            return tuple(getattr(self, n) for n in compared) == tuple(getattr(other, n) for n in compared)
        return NotImplemented
    return __eq__


def _make_order(data_fields, op, op_name):
    compared = [f.name for f in data_fields if f.compare]

    def method(self, other):
        if other.__class__ is self.__class__:
            return op(tuple(getattr(self, n) for n in compared), tuple(getattr(other, n) for n in compared))
        return NotImplemented
    method.__name__ = op_name
    return method


def _make_hash(data_fields):
    hashed = [f.name for f in data_fields if (f.compare if f.hash is None else f.hash)]

    def __hash__(self):
        return hash(tuple(getattr(self, n) for n in hashed))
    return __hash__


def _frozen_setattr(self, name, value):
    raise FrozenInstanceError("cannot assign to field '%s'" % name)


def _frozen_delattr(self, name):
    raise FrozenInstanceError("cannot delete field '%s'" % name)


def dataclass(cls=None, /, *, init=True, repr=True, eq=True, order=False, unsafe_hash=False,
              frozen=False, match_args=True, kw_only=False, slots=False, weakref_slot=False):
    def wrap(cls):
        if order and not eq:
            raise ValueError('eq must be true if order is true')
        return _process_class(cls, init, repr, eq, order, unsafe_hash, frozen, match_args,
                              kw_only, slots)
    if cls is None:
        return wrap
    return wrap(cls)


def fields(class_or_instance):
    try:
        fs = getattr(class_or_instance, _FIELDS)
    except AttributeError:
        raise TypeError('must be called with a dataclass type or instance') from None
    return tuple(f for f in fs.values() if f._field_type == '_FIELD')


def is_dataclass(obj):
    cls = obj if isinstance(obj, type) else type(obj)
    return hasattr(cls, _FIELDS)


def _is_dataclass_instance(obj):
    return hasattr(type(obj), _FIELDS)


def asdict(obj, *, dict_factory=dict):
    if not _is_dataclass_instance(obj):
        raise TypeError('asdict() should be called on dataclass instances')
    return _asdict_inner(obj, dict_factory)


def _asdict_inner(obj, dict_factory):
    if _is_dataclass_instance(obj):
        return dict_factory([(f.name, _asdict_inner(getattr(obj, f.name), dict_factory))
                             for f in fields(obj)])
    if isinstance(obj, tuple) and hasattr(obj, '_fields'):
        return type(obj)(*[_asdict_inner(v, dict_factory) for v in obj])
    if isinstance(obj, (list, tuple)):
        return type(obj)(_asdict_inner(v, dict_factory) for v in obj)
    if isinstance(obj, dict):
        return type(obj)((_asdict_inner(k, dict_factory), _asdict_inner(v, dict_factory))
                         for k, v in obj.items())
    return _copy.deepcopy(obj)


def astuple(obj, *, tuple_factory=tuple):
    if not _is_dataclass_instance(obj):
        raise TypeError('astuple() should be called on dataclass instances')
    return _astuple_inner(obj, tuple_factory)


def _astuple_inner(obj, tuple_factory):
    if _is_dataclass_instance(obj):
        return tuple_factory([_astuple_inner(getattr(obj, f.name), tuple_factory) for f in fields(obj)])
    if isinstance(obj, tuple) and hasattr(obj, '_fields'):
        return type(obj)(*[_astuple_inner(v, tuple_factory) for v in obj])
    if isinstance(obj, (list, tuple)):
        return type(obj)(_astuple_inner(v, tuple_factory) for v in obj)
    if isinstance(obj, dict):
        return type(obj)((_astuple_inner(k, tuple_factory), _astuple_inner(v, tuple_factory))
                         for k, v in obj.items())
    return _copy.deepcopy(obj)


def replace(obj, /, **changes):
    if not _is_dataclass_instance(obj):
        raise TypeError('replace() should be called on dataclass instances')
    for f in getattr(obj, _FIELDS).values():
        if f._field_type == '_FIELD_CLASSVAR':
            continue
        if not f.init:
            if f.name in changes:
                raise ValueError('field %s is declared with init=False, it cannot be specified with '
                                 'replace()' % f.name)
            continue
        if f.name not in changes:
            if f._field_type == '_FIELD_INITVAR' and f.default is MISSING:
                raise ValueError("InitVar '%s' must be specified with replace()" % f.name)
            changes[f.name] = getattr(obj, f.name)
    return obj.__class__(**changes)


def make_dataclass(cls_name, fields, *, bases=(), namespace=None, **kwargs):
    ns = dict(namespace or {})
    ann = {}
    for item in fields:
        if isinstance(item, str):
            name, tp = item, 'typing.Any'
        elif len(item) == 2:
            name, tp = item
        else:
            name, tp, spec = item
            ns[name] = spec
        ann[name] = tp
    ns['__annotations__'] = ann
    cls = type(cls_name, bases, ns)
    return dataclass(cls, **kwargs)
