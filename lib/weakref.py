# weakref: references that do not keep their object alive. The collector
# keeps a table of weakref objects and their referents (gc.c) and clears a
# referent when it dies. Tern has no reference counts, so an object is seen
# to be dead only by a collection: the weakref operations below collect
# first when anything was allocated since the last collection, so that
# `del obj; print(r())` prints None as in CPython. Callbacks run then, from
# the operation that found the death (CPython runs them at the moment the
# object dies).
import _tern

__all__ = ['ref', 'proxy', 'WeakKeyDictionary',
           'WeakValueDictionary', 'WeakSet', 'WeakMethod', 'finalize', 'ReferenceType',
           'ProxyType', 'CallableProxyType', 'ProxyTypes']


def _collect():
    for r in _tern.weak_collect():
        cb = r._callback
        if cb is not None:
            r._callback = None
            try:
                cb(r)
            except Exception as e:
                import sys
                sys.stderr.write('Exception ignored in: %r\n' % (cb,))
                sys.print_exception(e) if hasattr(sys, 'print_exception') else None


class ReferenceType:
    __slots__ = ('_callback', '_hash', '__weakref__')

    def __init__(self, ob, callback=None):
        _tern.weak_set(self, ob)
        self._callback = callback
        self._hash = None

    def __call__(self):
        _collect()
        return _tern.weak_get(self)

    @property
    def __callback__(self):
        return self._callback

    def __hash__(self):
        if self._hash is None:
            ob = self()
            if ob is None:
                raise TypeError('weak object has gone away')
            self._hash = hash(ob)
        return self._hash

    def __eq__(self, other):
        if not isinstance(other, ReferenceType):
            return NotImplemented
        a, b = self(), other()
        if a is None or b is None:
            return self is other
        return a == b

    def __ne__(self, other):
        r = self.__eq__(other)
        return r if r is NotImplemented else not r

    def __repr__(self):
        ob = self()
        if ob is None:
            return '<weakref at %#x; dead>' % id(self)
        return '<weakref at %#x; to %r at %#x>' % (id(self), type(ob).__name__, id(ob))

    def __class_getitem__(cls, item):
        return cls


ref = ReferenceType


class WeakMethod(ref):
    __slots__ = ('_func_ref',)

    def __init__(self, meth, callback=None):
        try:
            obj = meth.__self__
            func = meth.__func__
        except AttributeError:
            raise TypeError('argument should be a bound method, not %s' % type(meth).__name__) from None
        ref.__init__(self, obj, callback)
        self._func_ref = ref(func)

    def __call__(self):
        obj = ref.__call__(self)
        func = self._func_ref()
        if obj is None or func is None:
            return None
        return func.__get__(obj, type(obj))


def _deref(p):
    ob = p._ref()
    if ob is None:
        raise ReferenceError('weakly-referenced object no longer exists')
    return ob


class ProxyType:
    __slots__ = ('_ref',)

    def __init__(self, ob, callback=None):
        object.__setattr__(self, '_ref', ref(ob, callback))

    def __getattr__(self, name):
        return getattr(_deref(self), name)

    def __setattr__(self, name, value):
        setattr(_deref(self), name, value)

    def __delattr__(self, name):
        delattr(_deref(self), name)

    def __repr__(self):
        ob = _deref(self)
        return '<weakproxy at %#x; to %r at %#x>' % (id(self), type(ob).__name__, id(ob))

    def __str__(self):
        return str(_deref(self))

    def __bool__(self):
        return bool(_deref(self))

    def __len__(self):
        return len(_deref(self))

    def __iter__(self):
        return iter(_deref(self))

    def __getitem__(self, k):
        return _deref(self)[k]

    def __setitem__(self, k, v):
        _deref(self)[k] = v

    def __contains__(self, k):
        return k in _deref(self)

    def __eq__(self, other):
        return _deref(self) == other

    def __lt__(self, other):
        return _deref(self) < other

    def __add__(self, other):
        return _deref(self) + other


class CallableProxyType(ProxyType):
    __slots__ = ()

    def __call__(self, *args, **kwargs):
        return _deref(self)(*args, **kwargs)


ProxyTypes = (ProxyType, CallableProxyType)


def proxy(ob, callback=None):
    if callable(ob):
        return CallableProxyType(ob, callback)
    return ProxyType(ob, callback)


class WeakValueDictionary:
    def __init__(self, other=(), /, **kw):
        def remove(wr, selfref=ref(self)):
            self = selfref()
            if self is not None:
                k = wr._key
                if self.data.get(k) is wr:
                    del self.data[k]
        self._remove = remove
        self.data = {}
        self.update(other, **kw)

    def __setitem__(self, key, value):
        r = _KeyedRef(value, self._remove, key)
        self.data[key] = r

    def __getitem__(self, key):
        _collect()
        o = self.data[key]()
        if o is None:
            raise KeyError(key)
        return o

    def __delitem__(self, key):
        _collect()
        del self.data[key]

    def __contains__(self, key):
        _collect()
        r = self.data.get(key)
        return r is not None and r() is not None

    def __len__(self):
        _collect()
        return len(self.data)

    def get(self, key, default=None):
        _collect()
        r = self.data.get(key)
        if r is None:
            return default
        o = r()
        return default if o is None else o

    def items(self):
        _collect()
        for k, r in list(self.data.items()):
            o = r()
            if o is not None:
                yield k, o

    def keys(self):
        for k, o in self.items():
            yield k

    __iter__ = keys

    def values(self):
        for k, o in self.items():
            yield o

    def itervaluerefs(self):
        _collect()
        yield from list(self.data.values())

    def valuerefs(self):
        _collect()
        return list(self.data.values())

    def pop(self, key, *default):
        _collect()
        try:
            o = self.data.pop(key)()
        except KeyError:
            if default:
                return default[0]
            raise
        if o is None:
            if default:
                return default[0]
            raise KeyError(key)
        return o

    def popitem(self):
        _collect()
        while True:
            k, r = self.data.popitem()
            o = r()
            if o is not None:
                return k, o

    def setdefault(self, key, default=None):
        o = self.get(key)
        if o is None:
            self[key] = default
            return default
        return o

    def update(self, other=(), /, **kw):
        if hasattr(other, 'items'):
            other = other.items()
        for k, v in other:
            self[k] = v
        for k, v in kw.items():
            self[k] = v

    def copy(self):
        return WeakValueDictionary(self.items())

    __copy__ = copy

    def clear(self):
        self.data.clear()

    def __repr__(self):
        return '<WeakValueDictionary at %#x>' % id(self)


class _KeyedRef(ref):
    __slots__ = ('_key',)

    def __init__(self, ob, callback, key):
        ref.__init__(self, ob, callback)
        self._key = key


class WeakKeyDictionary:
    def __init__(self, dict=None):
        def remove(k, selfref=ref(self)):
            self = selfref()
            if self is not None:
                try:
                    del self.data[k]
                except KeyError:
                    pass
        self._remove = remove
        self.data = {}
        if dict is not None:
            self.update(dict)

    def __setitem__(self, key, value):
        self.data[ref(key, self._remove)] = value

    def __getitem__(self, key):
        _collect()
        return self.data[ref(key)]

    def __delitem__(self, key):
        _collect()
        del self.data[ref(key)]

    def __contains__(self, key):
        _collect()
        try:
            wr = ref(key)
        except TypeError:
            return False
        return wr in self.data

    def __len__(self):
        _collect()
        return len(self.data)

    def get(self, key, default=None):
        _collect()
        return self.data.get(ref(key), default)

    def items(self):
        _collect()
        for wr, v in list(self.data.items()):
            k = wr()
            if k is not None:
                yield k, v

    def keys(self):
        for k, v in self.items():
            yield k

    __iter__ = keys

    def values(self):
        for k, v in self.items():
            yield v

    def keyrefs(self):
        _collect()
        return list(self.data)

    def pop(self, key, *default):
        _collect()
        return self.data.pop(ref(key), *default)

    def popitem(self):
        _collect()
        while True:
            wr, v = self.data.popitem()
            k = wr()
            if k is not None:
                return k, v

    def setdefault(self, key, default=None):
        _collect()
        return self.data.setdefault(ref(key, self._remove), default)

    def update(self, dict=None, /, **kw):
        if dict is not None:
            if hasattr(dict, 'items'):
                dict = dict.items()
            for k, v in dict:
                self[k] = v
        for k, v in kw.items():
            self[k] = v

    def copy(self):
        return WeakKeyDictionary(self.items())

    __copy__ = copy

    def clear(self):
        self.data.clear()

    def __repr__(self):
        return '<WeakKeyDictionary at %#x>' % id(self)


class WeakSet:
    def __init__(self, data=None):
        def remove(k, selfref=ref(self)):
            self = selfref()
            if self is not None:
                self.data.discard(k)
        self._remove = remove
        self.data = set()
        if data is not None:
            self.update(data)

    def __iter__(self):
        _collect()
        for wr in list(self.data):
            o = wr()
            if o is not None:
                yield o

    def __len__(self):
        _collect()
        return len(self.data)

    def __contains__(self, item):
        _collect()
        try:
            wr = ref(item)
        except TypeError:
            return False
        return wr in self.data

    def add(self, item):
        self.data.add(ref(item, self._remove))

    def discard(self, item):
        self.data.discard(ref(item))

    def remove(self, item):
        self.data.remove(ref(item))

    def pop(self):
        _collect()
        while True:
            o = self.data.pop()()
            if o is not None:
                return o

    def clear(self):
        self.data.clear()

    def update(self, other):
        for o in other:
            self.add(o)

    def copy(self):
        return WeakSet(self)

    def __repr__(self):
        return '<WeakSet at %#x>' % id(self)

    def __eq__(self, other):
        if not isinstance(other, WeakSet):
            return NotImplemented
        return set(self) == set(other)


class finalize:
    __slots__ = ('_ref', '_func', '_args', '_kwargs', '__weakref__')
    _registry = []

    def __init__(self, obj, func, /, *args, **kwargs):
        self._func = func
        self._args = args
        self._kwargs = kwargs
        self._ref = ref(obj, self._fire)
        finalize._registry.append(self)

    def _fire(self, wr):
        self()

    def __call__(self, _=None):
        if self._func is None:
            return None
        f, a, k = self._func, self._args, self._kwargs
        self._func = self._args = self._kwargs = None
        if self in finalize._registry:
            finalize._registry.remove(self)
        return f(*a, **k)

    def detach(self):
        o = self._ref()
        if o is None or self._func is None:
            return None
        r = (o, self._func, self._args, self._kwargs)
        self._func = None
        if self in finalize._registry:
            finalize._registry.remove(self)
        return r

    def peek(self):
        o = self._ref()
        if o is None or self._func is None:
            return None
        return (o, self._func, self._args, self._kwargs)

    @property
    def alive(self):
        _collect()
        return self._func is not None and self._ref() is not None

    atexit = True
