# abc: abstract base classes. A class with abstract methods left cannot be
# instantiated (TypeError with CPython's message); register() adds virtual
# subclasses seen by isinstance and issubclass.


def abstractmethod(funcobj):
    funcobj.__isabstractmethod__ = True
    return funcobj


# the deprecated abstract wrappers: the flag on the function is enough
def abstractclassmethod(callable):
    callable.__isabstractmethod__ = True
    return classmethod(callable)


def abstractstaticmethod(callable):
    callable.__isabstractmethod__ = True
    return staticmethod(callable)


def abstractproperty(fget=None, fset=None, fdel=None, doc=None):
    if fget is not None:
        fget.__isabstractmethod__ = True
    return property(fget, fset, fdel, doc)


def _is_abstract(value):
    if getattr(value, '__isabstractmethod__', False):
        return True
    for attr in ('__func__', 'fget'):
        inner = getattr(value, attr, None)
        if inner is not None and getattr(inner, '__isabstractmethod__', False):
            return True
    return False


def _compute_abstracts(cls):
    abstracts = {name for name, value in cls.__dict__.items() if _is_abstract(value)}
    for base in cls.__bases__:
        for name in getattr(base, '__abstractmethods__', ()):
            value = getattr(cls, name, None)
            if _is_abstract(value):
                abstracts.add(name)
    return frozenset(abstracts)


def _abstract_new(cls, *args, **kwargs):
    abstracts = getattr(cls, '__abstractmethods__', None)
    if abstracts:
        names = sorted(abstracts)
        raise TypeError("Can't instantiate abstract class %s with abstract method%s %s" % (
            cls.__name__, '' if len(names) == 1 else 's', ', '.join(names)))
    base_new = None
    for c in cls.__mro__[1:]:
        if '__new__' in c.__dict__ and c.__dict__['__new__'] is not _abstract_new_sm:
            base_new = c.__dict__['__new__']
            break
    if base_new is None or c is object:
        return object.__new__(cls)
    if isinstance(base_new, staticmethod):
        base_new = base_new.__func__
    return base_new(cls, *args, **kwargs)


_abstract_new_sm = staticmethod(_abstract_new)


class ABCMeta(type):
    def __new__(mcls, name, bases, namespace, /, **kwargs):
        cls = super().__new__(mcls, name, bases, namespace, **kwargs)
        cls.__abstractmethods__ = _compute_abstracts(cls)
        cls._abc_registry = []
        if '__new__' not in namespace:
            cls.__new__ = _abstract_new_sm
        return cls

    def register(cls, subclass):
        if not isinstance(subclass, type):
            raise TypeError('Can only register classes')
        if issubclass(subclass, cls):
            return subclass
        if issubclass(cls, subclass):
            raise RuntimeError('Refusing to create an inheritance cycle')
        cls._abc_registry.append(subclass)
        return subclass

    def __instancecheck__(cls, instance):
        return cls.__subclasscheck__(type(instance))

    def __subclasscheck__(cls, subclass):
        if not isinstance(subclass, type):
            raise TypeError('issubclass() arg 1 must be a class')
        if cls in subclass.__mro__:
            return True
        hook = getattr(cls, '__subclasshook__', None)
        if hook is not None:
            ok = hook(subclass)
            if ok is not NotImplemented:
                return bool(ok)
        for r in cls._abc_registry:
            if issubclass(subclass, r):
                return True
        for sub in type.__subclasses__(cls):
            if sub is not cls and isinstance(sub, ABCMeta) and issubclass(subclass, sub):
                return True
        return False

    def _dump_registry(cls, file=None):
        print('Class: %s.%s' % (cls.__module__, cls.__qualname__), file=file)


class ABC(metaclass=ABCMeta):
    __slots__ = ()

    @classmethod
    def __subclasshook__(cls, subclass):
        return NotImplemented


def get_cache_token():
    return 0


def update_abstractmethods(cls):
    if hasattr(cls, '__abstractmethods__'):
        cls.__abstractmethods__ = _compute_abstracts(cls)
    return cls
