# enum: Enum, IntEnum, StrEnum, Flag, IntFlag, auto and unique, with
# CPython 3.11's reprs (<Color.RED: 1>), str forms, iteration, lookup by
# value and name, aliases and the usual errors.

__all__ = ['EnumMeta', 'EnumType', 'Enum', 'IntEnum', 'StrEnum', 'Flag', 'IntFlag', 'auto', 'unique',
           'ReprEnum', 'verify', 'member', 'nonmember']


class auto:
    _counter = 0

    def __init__(self, value=None):
        auto._counter += 1
        self._order = auto._counter
        self.value = value if value is not None else _AUTO

    def __repr__(self):
        return 'auto(%r)' % (self.value,)


_AUTO = object()


class member:
    def __init__(self, value):
        self.value = value


class nonmember:
    def __init__(self, value):
        self.value = value


def _is_descriptor(obj):
    return hasattr(obj, '__get__') or hasattr(obj, '__set__') or hasattr(obj, '__delete__')


def _is_dunder(name):
    return len(name) > 4 and name[:2] == name[-2:] == '__' and name[2] != '_' and name[-3] != '_'


def _is_sunder(name):
    return len(name) > 2 and name[0] == name[-1] == '_' and name[1] != '_' and name[-2] != '_'


class _EnumDict(dict):
    def __init__(self):
        super().__init__()
        self._member_names = []
        self._last_values = []
        self._generate = None

    def __setitem__(self, key, value):
        if _is_sunder(key) or _is_dunder(key) or isinstance(value, nonmember) or \
                (_is_descriptor(value) and not isinstance(value, (auto, member))):
            if isinstance(value, nonmember):
                value = value.value
            if key == '_generate_next_value_':
                self._generate = value
            super().__setitem__(key, value)
            return
        if key in self:
            if key in self._member_names:
                raise TypeError('%r already defined as %r' % (key, self[key]))
            raise TypeError('%r already defined as %r' % (key, self[key]))
        if isinstance(value, member):
            value = value.value
        if isinstance(value, auto):
            if value.value is _AUTO:
                gen = self._generate or _generate_next_value
                value.value = gen(key, 1, len(self._member_names), self._last_values[:])
            value = value.value
        elif isinstance(value, tuple) and any(isinstance(v, auto) for v in value):
            value = tuple(v.value if isinstance(v, auto) and v.value is not _AUTO else v for v in value)
        self._member_names.append(key)
        self._last_values.append(value)
        super().__setitem__(key, value)


def _generate_next_value(name, start, count, last_values):
    for v in reversed(last_values):
        try:
            return v + 1
        except TypeError:
            continue
    return start


class EnumType(type):
    @classmethod
    def __prepare__(metacls, cls, bases, **kwds):
        d = _EnumDict()
        for base in bases:
            gen = getattr(base, '_generate_next_value_', None)
            if gen is not None:
                d._generate = gen.__func__ if hasattr(gen, '__func__') else gen
        return d

    def __new__(metacls, cls, bases, classdict, boundary=None, _simple=False, **kwds):
        member_names = getattr(classdict, '_member_names', [])
        members = {k: classdict[k] for k in member_names}
        ns = {k: v for k, v in classdict.items() if k not in members}
        for base in bases:
            if isinstance(base, EnumType) and base._member_names_:
                raise TypeError('%s: cannot extend enumeration %r' % (cls, base.__name__))
        enum_class = super().__new__(metacls, cls, bases, ns, **kwds)
        enum_class._member_names_ = []
        enum_class._member_map_ = {}
        enum_class._value2member_map_ = {}
        member_type = _find_data_type(bases)
        enum_class._member_type_ = member_type
        new = ns.get('__new__')
        use_args = member_type is not object
        for name in member_names:
            value = members[name]
            args = value if isinstance(value, tuple) else (value,)
            if new is not None and not isinstance(new, staticmethod):
                m = new(enum_class, *args)
            elif new is not None:
                m = new.__func__(enum_class, *args)
            elif use_args:
                m = member_type.__new__(enum_class, *args)
            else:
                m = object.__new__(enum_class)
            if not hasattr(m, '_value_'):
                if member_type is object:
                    m._value_ = value
                else:
                    m._value_ = member_type(*args)
            m._name_ = name
            m.__objclass__ = enum_class
            if hasattr(enum_class, '__init__') and '__init__' in ns:
                ns['__init__'](m, *args)
            canonical = None
            for other in enum_class._member_names_:
                om = enum_class._member_map_[other]
                if om._value_ == m._value_:
                    canonical = om
                    break
            if canonical is not None:
                m = canonical
            else:
                enum_class._member_names_.append(name)
            enum_class._member_map_[name] = m
            try:
                enum_class._value2member_map_.setdefault(m._value_, m)
            except TypeError:
                pass
            type.__setattr__(enum_class, name, m)
        # with a data type mixed in (int, str), the enum's own repr/str/format
        # still win over the data type's, as in CPython
        first_enum = next((b for b in enum_class.__mro__[1:] if isinstance(b, EnumType)), None)
        if first_enum is not None and member_type is not object:
            for mname in ('__repr__', '__str__', '__format__', '__reduce_ex__'):
                if mname in ns:
                    continue
                found = getattr(enum_class, mname)
                if found == getattr(member_type, mname) or found == getattr(object, mname):
                    type.__setattr__(enum_class, mname, getattr(first_enum, mname))
        if Flag is not None and issubclass(enum_class, Flag):
            enum_class._flag_mask_ = 0
            for m in enum_class._member_map_.values():
                if isinstance(m._value_, int):
                    enum_class._flag_mask_ |= m._value_
            # a flag whose value has several bits (or none) is an alias: not iterated
            enum_class._member_names_ = [
                n for n in enum_class._member_names_
                if not isinstance(enum_class._member_map_[n]._value_, int)
                or (enum_class._member_map_[n]._value_ > 0
                    and _is_single_bit(enum_class._member_map_[n]._value_))]
        return enum_class

    def __call__(cls, value, names=None, *, module=None, qualname=None, type=None, start=1, boundary=None):
        if names is None:
            return _lookup(cls, value)
        return _functional(cls, value, names, module, type, start)

    def __getitem__(cls, name):
        return cls._member_map_[name]

    def __iter__(cls):
        return (cls._member_map_[name] for name in cls._member_names_)

    def __reversed__(cls):
        return (cls._member_map_[name] for name in reversed(cls._member_names_))

    def __len__(cls):
        return len(cls._member_names_)

    def __contains__(cls, member):
        if isinstance(member, cls):
            return True
        return any(m._value_ == member for m in cls._member_map_.values())

    def __bool__(cls):
        return True

    @property
    def __members__(cls):
        return dict(cls._member_map_)

    def __repr__(cls):
        if Flag is not None and issubclass(cls, Flag):
            return "<flag %r>" % cls.__name__
        return "<enum %r>" % cls.__name__

    def __setattr__(cls, name, value):
        if name in cls.__dict__.get('_member_map_', {}):
            raise AttributeError('cannot reassign member %r' % name)
        super().__setattr__(name, value)

    def __delattr__(cls, name):
        if name in cls.__dict__.get('_member_map_', {}):
            raise AttributeError('cannot delete member %r' % name)
        super().__delattr__(name)


EnumMeta = EnumType
Flag = None


def _find_data_type(bases):
    for base in bases:
        for c in base.__mro__:
            if c is object or isinstance(c, EnumType):
                continue
            if c in (int, str, float, bytes, tuple, complex):
                return c
            if '__new__' in c.__dict__:
                return c
    return object


def _lookup(cls, value):
    if isinstance(value, cls):
        return value
    try:
        return cls._value2member_map_[value]
    except (KeyError, TypeError):
        pass
    for m in cls._member_map_.values():
        if m._value_ == value:
            return m
    missing = cls._missing_(value)
    if isinstance(missing, cls):
        return missing
    if missing is not None:
        raise TypeError('error in %s._missing_: returned %r instead of None or a valid member'
                        % (cls.__name__, missing))
    raise ValueError('%r is not a valid %s' % (value, cls.__qualname__))


def _functional(cls, name, names, module, type_, start):
    bases = (type_, cls) if type_ is not None else (cls,)
    d = EnumType.__prepare__(name, bases)
    if isinstance(names, str):
        names = names.replace(',', ' ').split()
    if isinstance(names, (tuple, list)) and names and isinstance(names[0], str):
        names = [(n, i) for i, n in enumerate(names, start)]
    items = names.items() if hasattr(names, 'items') else names
    for k, v in items:
        d[k] = v
    new = EnumType.__new__(EnumType, name, bases, d)
    new.__module__ = module or '__main__'
    return new


class Enum(metaclass=EnumType):
    def __new__(cls, value):
        return _lookup(cls, value)

    @classmethod
    def _missing_(cls, value):
        return None

    def _generate_next_value_(name, start, count, last_values):
        return _generate_next_value(name, start, count, last_values)

    @property
    def name(self):
        return self._name_

    @property
    def value(self):
        return self._value_

    def __repr__(self):
        v_repr = repr(self._value_) if type(self)._member_type_ is object else \
            type(self)._member_type_.__repr__(self._value_)
        return '<%s.%s: %s>' % (type(self).__name__, self._name_, v_repr)

    def __str__(self):
        return '%s.%s' % (type(self).__name__, self._name_)

    def __format__(self, spec):
        return format(str(self), spec)

    def __hash__(self):
        return hash(self._name_)

    def __reduce_ex__(self, proto):
        return type(self), (self._value_,)

    def __dir__(self):
        return ['__class__', '__doc__', '__module__', 'name', 'value']

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self


class ReprEnum(Enum):
    def __str__(self):
        return type(self)._member_type_.__str__(self._value_)

    def __format__(self, spec):
        return type(self)._member_type_.__format__(self._value_, spec)


class IntEnum(int, ReprEnum):
    pass


class StrEnum(str, ReprEnum):
    def _generate_next_value_(name, start, count, last_values):
        return name.lower()


class Flag(Enum):
    def _generate_next_value_(name, start, count, last_values):
        if not count:
            return start if start is not None else 1
        high = max(last_values) if last_values else 0
        return 1 << (high.bit_length() if high else 0)

    @classmethod
    def _missing_(cls, value):
        if not isinstance(value, int):
            raise ValueError('%r is not a valid %s' % (value, cls.__qualname__))
        mask = cls._flag_mask_
        if value < 0 and cls._member_type_ is object:
            value = mask + 1 + value
        if value & ~mask and cls._member_type_ is object:
            raise ValueError('%r is not a valid %s' % (value, cls.__qualname__))
        m = object.__new__(cls) if cls._member_type_ is object else cls._member_type_.__new__(cls, value)
        m._value_ = value
        names = [mm._name_ for mm in cls._member_map_.values()
                 if mm._value_ and mm._value_ & value == mm._value_ and _is_single_bit(mm._value_)]
        m._name_ = '|'.join(names) if names else None
        return m

    def __contains__(self, other):
        if not isinstance(other, type(self)):
            raise TypeError("unsupported operand type(s) for 'in': %r and %r" % (
                type(other).__qualname__, type(self).__qualname__))
        return other._value_ & self._value_ == other._value_

    def __iter__(self):
        for m in type(self):
            if m._value_ and _is_single_bit(m._value_) and m._value_ & self._value_ == m._value_:
                yield m

    def __len__(self):
        return sum(1 for _ in self)

    def __repr__(self):
        cls = type(self)
        if self._name_ is None:
            return '<%s: %r>' % (cls.__name__, self._value_)
        return '<%s.%s: %r>' % (cls.__name__, self._name_, self._value_)

    def __str__(self):
        cls = type(self)
        if self._name_ is None:
            return '%s(%r)' % (cls.__name__, self._value_)
        return '%s.%s' % (cls.__name__, self._name_)

    def __bool__(self):
        return bool(self._value_)

    def __or__(self, other):
        if not isinstance(other, type(self)):
            return NotImplemented
        return type(self)(self._value_ | other._value_)

    def __and__(self, other):
        if not isinstance(other, type(self)):
            return NotImplemented
        return type(self)(self._value_ & other._value_)

    def __xor__(self, other):
        if not isinstance(other, type(self)):
            return NotImplemented
        return type(self)(self._value_ ^ other._value_)

    def __invert__(self):
        return type(self)(type(self)._flag_mask_ & ~self._value_)

    __ror__ = __or__
    __rand__ = __and__
    __rxor__ = __xor__


def _is_single_bit(v):
    return v & (v - 1) == 0


class IntFlag(int, ReprEnum, Flag):
    def __or__(self, other):
        if isinstance(other, int):
            return type(self)(self._value_ | int(other))
        return NotImplemented

    def __and__(self, other):
        if isinstance(other, int):
            return type(self)(self._value_ & int(other))
        return NotImplemented

    def __xor__(self, other):
        if isinstance(other, int):
            return type(self)(self._value_ ^ int(other))
        return NotImplemented

    __ror__ = __or__
    __rand__ = __and__
    __rxor__ = __xor__

    def __str__(self):
        return int.__repr__(self._value_)

    def __repr__(self):
        cls = type(self)
        if self._name_ is None:
            return '<%s: %r>' % (cls.__name__, self._value_)
        return '<%s.%s: %r>' % (cls.__name__, self._name_, self._value_)


def unique(enumeration):
    duplicates = []
    for name, member in enumeration.__members__.items():
        if name != member.name:
            duplicates.append((name, member.name))
    if duplicates:
        alias_details = ', '.join('%s -> %s' % (alias, name) for (alias, name) in duplicates)
        raise ValueError('duplicate values found in %r: %s' % (enumeration, alias_details))
    return enumeration


def verify(*checks):
    return lambda enumeration: enumeration


class EnumCheck:
    pass


CONTINUOUS = NAMED_FLAGS = UNIQUE = None


def global_enum(cls):
    return cls

