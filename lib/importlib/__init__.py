# importlib: the parts of the import machinery a program calls directly.
import sys


def _resolve(name, package):
    # '.x' / '..x' relative to package, as for 'from . import x'
    level = len(name) - len(name.lstrip('.'))
    if not package:
        raise TypeError("the 'package' argument is required to perform a relative "
                        "import for " + repr(name))
    base = package.rsplit('.', level - 1)
    if len(base) < level:
        raise ImportError('attempted relative import beyond top-level package')
    rest = name[level:]
    return base[0] + '.' + rest if rest else base[0]


def import_module(name, package=None):
    if name.startswith('.'):
        name = _resolve(name, package)
    __import__(name)
    return sys.modules[name]


def reload(module):
    name = module.__name__
    if sys.modules.get(name) is not module:
        raise ImportError('module ' + name + ' not in sys.modules', name=name)
    del sys.modules[name]
    try:
        new = import_module(name)
    except BaseException:
        sys.modules[name] = module
        raise
    # reload updates the module object in place, so references to it see the new code
    module.__dict__.update(new.__dict__)
    sys.modules[name] = module
    return module


def invalidate_caches():
    pass
