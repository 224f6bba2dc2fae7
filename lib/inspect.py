# inspect: the type predicates, signature() with Signature, Parameter and
# BoundArguments for Python functions, methods and classes, getmembers,
# unwrap, getdoc/cleandoc, getgeneratorstate/getcoroutinestate. Builtins
# carry no signatures in Tern.
import sys

CO_OPTIMIZED = 1
CO_NEWLOCALS = 2
CO_VARARGS = 4
CO_VARKEYWORDS = 8
CO_NESTED = 16
CO_GENERATOR = 32
CO_NOFREE = 64
CO_COROUTINE = 128
CO_ITERABLE_COROUTINE = 256
CO_ASYNC_GENERATOR = 512


def _f():
    pass


def _g():
    yield


class _C:
    def _m(self):
        pass


_FunctionType = type(_f)
_MethodType = type(_C()._m)
_GeneratorType = type(_g())
_BuiltinType = type(len)
_ModuleType = type(sys)
_CodeType = type(_f.__code__)
del _f, _g, _C


GEN_CREATED = 'GEN_CREATED'
GEN_RUNNING = 'GEN_RUNNING'
GEN_SUSPENDED = 'GEN_SUSPENDED'
GEN_CLOSED = 'GEN_CLOSED'
CORO_CREATED = 'CORO_CREATED'
CORO_RUNNING = 'CORO_RUNNING'
CORO_SUSPENDED = 'CORO_SUSPENDED'
CORO_CLOSED = 'CORO_CLOSED'


def currentframe():
    return sys._getframe(1)


def getgeneratorstate(generator):
    from _tern import genstate
    return (GEN_CREATED, GEN_SUSPENDED, GEN_RUNNING, GEN_CLOSED)[genstate(generator)]


def getcoroutinestate(coroutine):
    from _tern import genstate
    return (CORO_CREATED, CORO_SUSPENDED, CORO_RUNNING, CORO_CLOSED)[genstate(coroutine)]


def ismodule(object):
    return isinstance(object, _ModuleType)


def isclass(object):
    return isinstance(object, type)


def ismethod(object):
    return isinstance(object, _MethodType)


def isfunction(object):
    return isinstance(object, _FunctionType)


def isbuiltin(object):
    return isinstance(object, _BuiltinType)


def iscode(object):
    return isinstance(object, _CodeType)


def isgenerator(object):
    return isinstance(object, _GeneratorType)


def istraceback(object):
    return type(object).__name__ == 'traceback'


def isframe(object):
    return False


def _has_code_flag(f, flag):
    while ismethod(f):
        f = f.__func__
    while hasattr(f, 'func') and hasattr(f, 'keywords') and hasattr(f, 'args'):
        f = f.func
    return isfunction(f) and bool(f.__code__.co_flags & flag)


def isgeneratorfunction(obj):
    return _has_code_flag(obj, CO_GENERATOR)


def iscoroutinefunction(obj):
    return _has_code_flag(obj, CO_COROUTINE)


def isasyncgenfunction(obj):
    return _has_code_flag(obj, CO_ASYNC_GENERATOR)


def iscoroutine(object):
    return type(object).__name__ == 'coroutine'


def isasyncgen(object):
    return type(object).__name__ == 'async_generator'


def isawaitable(object):
    return iscoroutine(object) or hasattr(type(object), '__await__')


def isabstract(object):
    return isinstance(object, type) and bool(getattr(object, '__abstractmethods__', False))


def ismethoddescriptor(object):
    if isclass(object) or ismethod(object) or isfunction(object):
        return False
    tp = type(object)
    return hasattr(tp, '__get__') and not hasattr(tp, '__set__')


def isdatadescriptor(object):
    if isclass(object) or ismethod(object) or isfunction(object):
        return False
    tp = type(object)
    return hasattr(tp, '__set__') or hasattr(tp, '__delete__')


def isroutine(object):
    return isbuiltin(object) or isfunction(object) or ismethod(object) or ismethoddescriptor(object)


def getmro(cls):
    return cls.__mro__


def getmembers(object, predicate=None):
    mro = (object,) + getmro(object) if isclass(object) else ()
    results = []
    processed = set()
    for key in dir(object):
        try:
            value = getattr(object, key)
            if key in processed:
                raise AttributeError
        except AttributeError:
            for base in mro:
                if key in base.__dict__:
                    value = base.__dict__[key]
                    break
            else:
                continue
        if not predicate or predicate(value):
            results.append((key, value))
        processed.add(key)
    results.sort(key=lambda pair: pair[0])
    return results


def unwrap(func, *, stop=None):
    f = func
    memo = {id(f): f}
    while hasattr(func, '__wrapped__') and not (stop is not None and stop(func)):
        func = func.__wrapped__
        if id(func) in memo or len(memo) >= sys.getrecursionlimit():
            raise ValueError('wrapper loop when unwrapping {!r}'.format(f))
        memo[id(func)] = func
    return func


def cleandoc(doc):
    lines = doc.expandtabs().split('\n')
    margin = None
    for line in lines[1:]:
        content = len(line.lstrip())
        if content:
            indent = len(line) - content
            margin = indent if margin is None else min(margin, indent)
    if lines:
        lines[0] = lines[0].lstrip()
    if margin is not None:
        for i in range(1, len(lines)):
            lines[i] = lines[i][margin:]
    while lines and not lines[-1]:
        lines.pop()
    while lines and not lines[0]:
        lines.pop(0)
    return '\n'.join(lines)


def getdoc(object):
    doc = getattr(object, '__doc__', None)
    if not isinstance(doc, str):
        return None
    return cleandoc(doc)


def formatannotation(annotation, base_module=None):
    if getattr(annotation, '__module__', None) == 'typing':
        return repr(annotation).replace('typing.', '')
    if type(annotation).__name__ == 'GenericAlias':
        return str(annotation)
    if isinstance(annotation, type):
        if annotation.__module__ in ('builtins', base_module):
            return annotation.__qualname__
        return annotation.__module__ + '.' + annotation.__qualname__
    return repr(annotation)


class _void:
    pass


class _empty:
    pass


class _ParameterKind(int):
    def __new__(cls, value, name, description):
        self = int.__new__(cls, value)
        self._name_ = name
        self.description = description
        return self

    name = property(lambda self: self._name_)
    value = property(lambda self: int(self))

    def __str__(self):
        return self._name_

    def __repr__(self):
        return '<_ParameterKind.%s: %d>' % (self._name_, self)


_POSITIONAL_ONLY = _ParameterKind(0, 'POSITIONAL_ONLY', 'positional-only')
_POSITIONAL_OR_KEYWORD = _ParameterKind(1, 'POSITIONAL_OR_KEYWORD', 'positional or keyword')
_VAR_POSITIONAL = _ParameterKind(2, 'VAR_POSITIONAL', 'variadic positional')
_KEYWORD_ONLY = _ParameterKind(3, 'KEYWORD_ONLY', 'keyword-only')
_VAR_KEYWORD = _ParameterKind(4, 'VAR_KEYWORD', 'variadic keyword')
_KINDS = (_POSITIONAL_ONLY, _POSITIONAL_OR_KEYWORD, _VAR_POSITIONAL, _KEYWORD_ONLY, _VAR_KEYWORD)


class Parameter:
    __slots__ = ('_name', '_kind', '_default', '_annotation')
    POSITIONAL_ONLY = _POSITIONAL_ONLY
    POSITIONAL_OR_KEYWORD = _POSITIONAL_OR_KEYWORD
    VAR_POSITIONAL = _VAR_POSITIONAL
    KEYWORD_ONLY = _KEYWORD_ONLY
    VAR_KEYWORD = _VAR_KEYWORD
    empty = _empty

    def __init__(self, name, kind, *, default=_empty, annotation=_empty):
        if kind not in _KINDS:
            raise ValueError('value %r is not a valid Parameter.kind' % (kind,))
        self._kind = _KINDS[kind]
        if default is not _empty and self._kind in (_VAR_POSITIONAL, _VAR_KEYWORD):
            raise ValueError('%s parameters cannot have default values' % self._kind.description)
        self._default = default
        self._annotation = annotation
        if not isinstance(name, str):
            raise TypeError('name must be a str, not a %s' % type(name).__name__)
        if not name.isidentifier():
            raise ValueError('%r is not a valid parameter name' % name)
        self._name = name

    name = property(lambda self: self._name)
    default = property(lambda self: self._default)
    annotation = property(lambda self: self._annotation)
    kind = property(lambda self: self._kind)

    def replace(self, *, name=_void, kind=_void, annotation=_void, default=_void):
        return type(self)(self._name if name is _void else name,
                          self._kind if kind is _void else kind,
                          default=self._default if default is _void else default,
                          annotation=self._annotation if annotation is _void else annotation)

    def __str__(self):
        formatted = self._name
        if self._annotation is not _empty:
            formatted = '%s: %s' % (formatted, formatannotation(self._annotation))
        if self._default is not _empty:
            sep = ' = ' if self._annotation is not _empty else '='
            formatted = formatted + sep + repr(self._default)
        if self._kind == _VAR_POSITIONAL:
            formatted = '*' + formatted
        elif self._kind == _VAR_KEYWORD:
            formatted = '**' + formatted
        return formatted

    def __repr__(self):
        return '<%s "%s">' % (type(self).__name__, self)

    def __hash__(self):
        return hash((self._name, self._kind, self._annotation, self._default))

    def __eq__(self, other):
        if self is other:
            return True
        if not isinstance(other, Parameter):
            return NotImplemented
        return (self._name == other._name and self._kind == other._kind and
                self._default == other._default and self._annotation == other._annotation)


class BoundArguments:
    __slots__ = ('arguments', '_signature')

    def __init__(self, signature, arguments):
        self.arguments = arguments
        self._signature = signature

    signature = property(lambda self: self._signature)

    @property
    def args(self):
        args = []
        for name, param in self._signature.parameters.items():
            if param.kind in (_VAR_KEYWORD, _KEYWORD_ONLY):
                break
            try:
                arg = self.arguments[name]
            except KeyError:
                break
            if param.kind == _VAR_POSITIONAL:
                args.extend(arg)
            else:
                args.append(arg)
        return tuple(args)

    @property
    def kwargs(self):
        kwargs = {}
        started = False
        for name, param in self._signature.parameters.items():
            if not started:
                if param.kind in (_VAR_KEYWORD, _KEYWORD_ONLY):
                    started = True
                elif name not in self.arguments:
                    started = True
                    continue
            if not started:
                continue
            try:
                arg = self.arguments[name]
            except KeyError:
                pass
            else:
                if param.kind == _VAR_KEYWORD:
                    kwargs.update(arg)
                else:
                    kwargs[name] = arg
        return kwargs

    def apply_defaults(self):
        arguments = self.arguments
        new_arguments = []
        for name, param in self._signature.parameters.items():
            try:
                new_arguments.append((name, arguments[name]))
            except KeyError:
                if param.default is not _empty:
                    val = param.default
                elif param.kind == _VAR_POSITIONAL:
                    val = ()
                elif param.kind == _VAR_KEYWORD:
                    val = {}
                else:
                    continue
                new_arguments.append((name, val))
        self.arguments = dict(new_arguments)

    def __eq__(self, other):
        if self is other:
            return True
        if not isinstance(other, BoundArguments):
            return NotImplemented
        return self.signature == other.signature and self.arguments == other.arguments

    def __repr__(self):
        args = ['{}={!r}'.format(arg, value) for arg, value in self.arguments.items()]
        return '<{} ({})>'.format(type(self).__name__, ', '.join(args))


class Signature:
    __slots__ = ('_return_annotation', '_parameters')
    empty = _empty

    def __init__(self, parameters=None, *, return_annotation=_empty, __validate_parameters__=True):
        params = {}
        if parameters is not None:
            if __validate_parameters__:
                top_kind = _POSITIONAL_ONLY
                seen_default = False
                for param in parameters:
                    kind = param.kind
                    name = param.name
                    if kind < top_kind:
                        raise ValueError('wrong parameter order: %s parameter before %s parameter'
                                         % (top_kind.description, kind.description))
                    elif kind > top_kind:
                        top_kind = kind
                    if kind in (_POSITIONAL_ONLY, _POSITIONAL_OR_KEYWORD):
                        if param.default is _empty:
                            if seen_default:
                                raise ValueError('non-default argument follows default argument')
                        else:
                            seen_default = True
                    if name in params:
                        raise ValueError('duplicate parameter name: %r' % (name,))
                    params[name] = param
            else:
                params = dict((param.name, param) for param in parameters)
        self._parameters = _MappingProxy(params)
        self._return_annotation = return_annotation

    @classmethod
    def from_callable(cls, obj, *, follow_wrapped=True, globals=None, locals=None, eval_str=False):
        return _signature_from_callable(obj, follow_wrapped)

    parameters = property(lambda self: self._parameters)
    return_annotation = property(lambda self: self._return_annotation)

    def replace(self, *, parameters=_void, return_annotation=_void):
        if parameters is _void:
            parameters = self.parameters.values()
        if return_annotation is _void:
            return_annotation = self._return_annotation
        return type(self)(parameters, return_annotation=return_annotation)

    def __hash__(self):
        return hash((tuple(p for p in self.parameters.values() if p.kind != _KEYWORD_ONLY),
                     frozenset(p for p in self.parameters.values() if p.kind == _KEYWORD_ONLY),
                     self._return_annotation))

    def __eq__(self, other):
        if self is other:
            return True
        if not isinstance(other, Signature):
            return NotImplemented
        return (self._return_annotation == other._return_annotation and
                list(self.parameters.items()) == list(other.parameters.items()))

    def _bind(self, args, kwargs, *, partial=False):
        arguments = {}
        parameters = iter(self.parameters.values())
        parameters_ex = ()
        arg_vals = iter(args)
        while True:
            try:
                arg_val = next(arg_vals)
            except StopIteration:
                try:
                    param = next(parameters)
                except StopIteration:
                    break
                else:
                    if param.kind == _VAR_POSITIONAL:
                        break
                    elif param.name in kwargs:
                        if param.kind == _POSITIONAL_ONLY:
                            raise TypeError('{arg!r} parameter is positional only, but was passed as a keyword'
                                            .format(arg=param.name))
                        parameters_ex = (param,)
                        break
                    elif param.kind == _VAR_KEYWORD or param.default is not _empty:
                        parameters_ex = (param,)
                        break
                    else:
                        if partial:
                            parameters_ex = (param,)
                            break
                        raise TypeError('missing a required argument: {arg!r}'.format(arg=param.name))
            else:
                try:
                    param = next(parameters)
                except StopIteration:
                    raise TypeError('too many positional arguments')
                else:
                    if param.kind in (_VAR_KEYWORD, _KEYWORD_ONLY):
                        raise TypeError('too many positional arguments')
                    if param.kind == _VAR_POSITIONAL:
                        values = [arg_val]
                        values.extend(arg_vals)
                        arguments[param.name] = tuple(values)
                        break
                    if param.name in kwargs and param.kind != _POSITIONAL_ONLY:
                        raise TypeError('multiple values for argument {arg!r}'.format(arg=param.name))
                    arguments[param.name] = arg_val
        kwargs_param = None
        for param in parameters_ex + tuple(parameters):
            if param.kind == _VAR_KEYWORD:
                kwargs_param = param
                continue
            if param.kind == _VAR_POSITIONAL:
                continue
            param_name = param.name
            try:
                arg_val = kwargs.pop(param_name)
            except KeyError:
                if (not partial and param.kind != _VAR_POSITIONAL and param.default is _empty):
                    raise TypeError('missing a required argument: {arg!r}'.format(arg=param_name))
            else:
                if param.kind == _POSITIONAL_ONLY:
                    raise TypeError('{arg!r} parameter is positional only, but was passed as a keyword'
                                    .format(arg=param.name))
                arguments[param_name] = arg_val
        if kwargs:
            if kwargs_param is not None:
                arguments[kwargs_param.name] = kwargs
            else:
                raise TypeError('got an unexpected keyword argument {arg!r}'.format(arg=next(iter(kwargs))))
        return BoundArguments(self, arguments)

    def bind(self, /, *args, **kwargs):
        return self._bind(args, kwargs)

    def bind_partial(self, /, *args, **kwargs):
        return self._bind(args, kwargs, partial=True)

    def __repr__(self):
        return '<%s %s>' % (type(self).__name__, self)

    def __str__(self):
        result = []
        render_pos_only_separator = False
        render_kw_only_separator = True
        for param in self.parameters.values():
            formatted = str(param)
            kind = param.kind
            if kind == _POSITIONAL_ONLY:
                render_pos_only_separator = True
            elif render_pos_only_separator:
                result.append('/')
                render_pos_only_separator = False
            if kind == _VAR_POSITIONAL:
                render_kw_only_separator = False
            elif kind == _KEYWORD_ONLY and render_kw_only_separator:
                result.append('*')
                render_kw_only_separator = False
            result.append(formatted)
        if render_pos_only_separator:
            result.append('/')
        rendered = '(%s)' % ', '.join(result)
        if self._return_annotation is not _empty:
            rendered += ' -> %s' % formatannotation(self._return_annotation)
        return rendered


class _MappingProxy:
    # a read-only view of the parameters dict (CPython's mappingproxy)
    __slots__ = ('_d',)

    def __init__(self, d):
        self._d = d

    def __getitem__(self, key):
        return self._d[key]

    def __iter__(self):
        return iter(self._d)

    def __len__(self):
        return len(self._d)

    def __contains__(self, key):
        return key in self._d

    def __eq__(self, other):
        return self._d == (other._d if isinstance(other, _MappingProxy) else other)

    def keys(self):
        return self._d.keys()

    def values(self):
        return self._d.values()

    def items(self):
        return self._d.items()

    def get(self, key, default=None):
        return self._d.get(key, default)

    def copy(self):
        return dict(self._d)

    def __repr__(self):
        # a mappingproxy shows the OrderedDict it wraps
        return 'OrderedDict(%r)' % (list(self._d.items()),) if self._d else 'OrderedDict()'


def _signature_from_function(func):
    code = func.__code__
    pos_count = code.co_argcount
    arg_names = code.co_varnames
    posonly_left = code.co_posonlyargcount
    positional = arg_names[:pos_count]
    keyword_only = arg_names[pos_count:pos_count + code.co_kwonlyargcount]
    annotations = getattr(func, '__annotations__', None) or {}
    defaults = func.__defaults__ or ()
    kwdefaults = func.__kwdefaults__ or {}
    non_default_count = pos_count - len(defaults)
    parameters = []
    for i, name in enumerate(positional):
        kind = _POSITIONAL_ONLY if posonly_left else _POSITIONAL_OR_KEYWORD
        if posonly_left:
            posonly_left -= 1
        default = defaults[i - non_default_count] if i >= non_default_count else _empty
        parameters.append(Parameter(name, kind, default=default,
                                    annotation=annotations.get(name, _empty)))
    index = pos_count + len(keyword_only)
    if code.co_flags & CO_VARARGS:
        name = arg_names[index]
        index += 1
        parameters.append(Parameter(name, _VAR_POSITIONAL, annotation=annotations.get(name, _empty)))
    for name in keyword_only:
        parameters.append(Parameter(name, _KEYWORD_ONLY, default=kwdefaults.get(name, _empty),
                                    annotation=annotations.get(name, _empty)))
    if code.co_flags & CO_VARKEYWORDS:
        name = arg_names[index]
        parameters.append(Parameter(name, _VAR_KEYWORD, annotation=annotations.get(name, _empty)))
    return Signature(parameters, return_annotation=annotations.get('return', _empty),
                     __validate_parameters__=False)


class _Factory:
    def __repr__(self):
        return '<factory>'


def _signature_from_dataclass(fields):
    # (self, <fields>) -> None, for the generic __init__ of lib/dataclasses.py
    from dataclasses import MISSING
    params = [Parameter('self', _POSITIONAL_OR_KEYWORD)]
    for f in fields:
        default = f.default if f.default is not MISSING else (
            _Factory() if f.default_factory is not MISSING else _empty)
        params.append(Parameter(f.name, _KEYWORD_ONLY if f.kw_only else _POSITIONAL_OR_KEYWORD,
                                default=default, annotation=f.type))
    return Signature(params, return_annotation=None, __validate_parameters__=False)


def _bound(sig):
    # the signature with its first parameter (self or cls) bound
    params = tuple(sig.parameters.values())
    if not params or params[0].kind in (_VAR_KEYWORD, _KEYWORD_ONLY):
        raise ValueError('invalid method signature')
    if params[0].kind == _VAR_POSITIONAL:
        return sig
    return sig.replace(parameters=params[1:])


def _user_method(cls, name):
    try:
        meth = getattr(cls, name)
    except AttributeError:
        return None
    return meth if isfunction(meth) or ismethod(meth) else None


def _signature_from_callable(obj, follow_wrapped=True, skip_bound_arg=True):
    if not callable(obj):
        raise TypeError('{!r} is not a callable object'.format(obj))
    if ismethod(obj):
        sig = _signature_from_callable(obj.__func__, follow_wrapped, skip_bound_arg)
        return _bound(sig) if skip_bound_arg else sig
    if follow_wrapped:
        obj = unwrap(obj, stop=lambda f: hasattr(f, '__signature__'))
        if ismethod(obj):
            return _signature_from_callable(obj, follow_wrapped, skip_bound_arg)
    sig = getattr(obj, '__signature__', None)
    if sig is not None:
        if not isinstance(sig, Signature):
            raise TypeError('unexpected object {!r} in __signature__ attribute'.format(sig))
        return sig
    if isfunction(obj):
        if hasattr(obj, '_dc_params'):
            return _signature_from_dataclass(obj._dc_params)
        return _signature_from_function(obj)
    if hasattr(obj, 'func') and hasattr(obj, 'args') and hasattr(obj, 'keywords'):
        return _signature_from_partial(_signature_from_callable(obj.func, follow_wrapped, skip_bound_arg), obj)
    if isbuiltin(obj):
        raise ValueError('no signature found for builtin {!r}'.format(obj))
    if isinstance(obj, type):
        call = _user_method(type(obj), '__call__')
        if call is not None:
            return _bound(_signature_from_callable(call, follow_wrapped, skip_bound_arg))
        new = _user_method(obj, '__new__')
        init = _user_method(obj, '__init__')
        for base in obj.__mro__:
            if new is not None and '__new__' in base.__dict__:
                return _bound(_signature_from_callable(new, follow_wrapped, skip_bound_arg))
            if init is not None and '__init__' in base.__dict__:
                sig = _signature_from_callable(init, follow_wrapped, skip_bound_arg)
                return _bound(sig) if not ismethod(init) else sig
        if type in obj.__mro__ or obj.__mro__[-2:-1] and obj.__mro__[-2].__module__ == 'builtins':
            raise ValueError('no signature found for builtin type {!r}'.format(obj))
        return Signature()
    call = _user_method(type(obj), '__call__')
    if call is not None:
        return _bound(_signature_from_callable(call, follow_wrapped, skip_bound_arg))
    raise ValueError('callable {!r} is not supported by signature'.format(obj))


def _signature_from_partial(sig, partial):
    # the parameters the partial's args fill go; its keywords become defaults
    # (and the parameters after them keyword-only)
    params = list(sig.parameters.values())
    ba = sig.bind_partial(*partial.args, **partial.keywords)
    new = []
    kw_only = False
    for p in params:
        if p.name in ba.arguments and p.kind not in (_VAR_POSITIONAL, _VAR_KEYWORD):
            if p.name in partial.keywords:
                kw_only = True
                new.append(p.replace(default=ba.arguments[p.name],
                                     kind=_KEYWORD_ONLY if p.kind != _POSITIONAL_ONLY else p.kind))
            continue
        if kw_only and p.kind in (_POSITIONAL_OR_KEYWORD, _POSITIONAL_ONLY):
            p = p.replace(kind=_KEYWORD_ONLY)
        elif kw_only and p.kind == _VAR_POSITIONAL:
            continue
        new.append(p)
    return sig.replace(parameters=new)


def signature(obj, *, follow_wrapped=True, globals=None, locals=None, eval_str=False):
    return Signature.from_callable(obj, follow_wrapped=follow_wrapped)
