# copy: shallow and deep copies, honouring __copy__/__deepcopy__ and
# __reduce_ex__-style state, with a memo so shared and cyclic structures
# stay shared and cyclic.

class Error(Exception):
    pass


error = Error

_atomic = (type(None), int, float, bool, complex, str, bytes, type, range, type(len),
           type(Ellipsis), type(NotImplemented), frozenset, property)


def copy(x):
    cls = type(x)
    if cls in _atomic or isinstance(x, type):
        return x
    if cls is list:
        return x[:]
    if cls is dict:
        return x.copy()
    if cls is set:
        return x.copy()
    if cls is bytearray:
        return bytearray(x)
    if cls is tuple:
        return x
    copier = getattr(cls, '__copy__', None)
    if copier is not None:
        return copier(x)
    return _reconstruct(x, None, deep=False)


def deepcopy(x, memo=None, _nil=[]):
    if memo is None:
        memo = {}
    d = id(x)
    y = memo.get(d, _nil)
    if y is not _nil:
        return y
    cls = type(x)
    if cls in _atomic or isinstance(x, type) or callable(x) and hasattr(x, '__code__'):
        return x
    if cls is list:
        y = []
        memo[d] = y
        for a in x:
            y.append(deepcopy(a, memo))
    elif cls is tuple:
        items = [deepcopy(a, memo) for a in x]
        if d in memo:
            return memo[d]
        y = x if all(a is b for a, b in zip(items, x)) else tuple(items)
    elif cls is dict:
        y = {}
        memo[d] = y
        for key, value in x.items():
            y[deepcopy(key, memo)] = deepcopy(value, memo)
    elif cls is set:
        y = set(deepcopy(a, memo) for a in x)
    elif cls is bytearray:
        y = bytearray(x)
    else:
        copier = getattr(x, '__deepcopy__', None)
        if copier is not None:
            y = copier(memo)
        else:
            y = _reconstruct(x, memo, deep=True)
    if y is not x:
        memo[d] = y
        _keep_alive(x, memo)
    return y


def _keep_alive(x, memo):
    try:
        memo[id(memo)].append(x)
    except KeyError:
        memo[id(memo)] = [x]


def _reconstruct(x, memo, deep):
    cls = type(x)
    reduce = getattr(x, '__reduce_ex__', None)
    rv = None
    if reduce is not None:
        try:
            rv = reduce(4)
        except TypeError:
            rv = None
    if isinstance(rv, tuple) and len(rv) >= 2 and rv[0] is not None and not _is_object_reduce(rv):
        func, args = rv[0], rv[1]
        state = rv[2] if len(rv) > 2 else None
        listiter = rv[3] if len(rv) > 3 else None
        dictiter = rv[4] if len(rv) > 4 else None
        if deep:
            args = tuple(deepcopy(a, memo) for a in args)
        y = func(*args)
    else:
        if isinstance(x, (list, dict, set, tuple)):
            base = list if isinstance(x, list) else dict if isinstance(x, dict) else \
                set if isinstance(x, set) else tuple
            y = cls.__new__(cls, base(x)) if base is tuple else cls.__new__(cls)
            listiter = iter(x) if base in (list, set) else None
            dictiter = iter(x.items()) if base is dict else None
        else:
            # an immutable built-in base keeps its value through __new__
            for base in (int, float, complex, str, bytes, frozenset):
                if isinstance(x, base):
                    y = cls.__new__(cls, base(x))
                    break
            else:
                y = cls.__new__(cls)
            listiter = dictiter = None
        state = getattr(x, '__dict__', None)
        slots = _slot_state(x)
        if slots:
            state = (state, slots)
    if memo is not None:
        memo[id(x)] = y
    if state is not None:
        if deep:
            state = deepcopy(state, memo)
        if hasattr(y, '__setstate__'):
            y.__setstate__(state)
        else:
            if isinstance(state, tuple) and len(state) == 2:
                state, slotstate = state
            else:
                slotstate = None
            if state:
                y.__dict__.update(state)
            if slotstate:
                for key, value in slotstate.items():
                    setattr(y, key, value)
    if listiter is not None:
        if isinstance(y, set):
            for item in listiter:
                y.add(deepcopy(item, memo) if deep else item)
        else:
            for item in listiter:
                y.append(deepcopy(item, memo) if deep else item)
    if dictiter is not None:
        for key, value in dictiter:
            if deep:
                key = deepcopy(key, memo)
                value = deepcopy(value, memo)
            y[key] = value
    return y


def _is_object_reduce(rv):
    return getattr(rv[0], '__name__', '') in ('__newobj__', '_reconstructor', '__reduce_ex__', '__new__')


def _slot_state(x):
    names = []
    for c in type(x).__mro__:
        s = c.__dict__.get('__slots__', ())
        if isinstance(s, str):
            s = (s,)
        names.extend(n for n in s if n not in ('__dict__', '__weakref__'))
    state = {}
    for n in names:
        try:
            state[n] = getattr(x, n)
        except AttributeError:
            pass
    return state
