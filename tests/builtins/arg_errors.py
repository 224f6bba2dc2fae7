# argument-count and type errors of builtins and container methods
def t(src):
    try:
        eval(src)
        print(src, 'ok')
    except Exception as e:
        print(src, '->', type(e).__name__, e)
for src in ['len()', 'len(1, 2)', 'repr()', 'abs()', 'hash(1, 2)', 'callable()', 'id()', 'chr()',
            'all()', 'divmod(1)', 'divmod()', 'isinstance(1)', 'sorted()', 'iter()', 'next()',
            'min()', 'max()', 'sum()', 'input(1, 2)', 'dir(1, 2)', 'repr(x=1)', 'len(x=1)',
            '[].append()', '[].append(1, 2)', '[].pop(1, 2)', '[].insert(1)', '[].index()',
            '[].copy(1)', '[].clear(1)', '[].extend()', '[].count()', '().count()', '().index()',
            '{}.get()', '{}.pop()', '{}.update(1, 2)', '{}.setdefault()', '{}.keys(1)',
            'set().add()', 'set().union(x=1)', 'set().remove()', 'set().issubset()',
            'range()', 'range(1, 2, 3, 4)', 'slice()', 'list(1, 2)', 'tuple(1, 2)', 'dict(1, 2)',
            'set(1, 2)', 'frozenset(1, 2)', 'list(x=1)', 'tuple(x=1)', 'map(abs)', 'filter(abs)',
            'reversed()', 'enumerate()', 'zip(x=1)', 'getattr(1)', 'setattr(1, 2)', 'pow()', 'round()']:
    t(src)
