# argparse: command-line parsing with CPython's API for the common cases:
# positional and optional arguments, actions (store, store_const,
# store_true/false, append, append_const, count, help, version), nargs
# (N, ?, *, +), type, choices, default, required, dest, metavar, mutually
# exclusive groups, subparsers, and the usage/help/error texts.
import sys as _sys

SUPPRESS = '==SUPPRESS=='
OPTIONAL = '?'
ZERO_OR_MORE = '*'
ONE_OR_MORE = '+'
REMAINDER = '...'


class ArgumentError(Exception):
    def __init__(self, argument, message):
        self.argument_name = _arg_name(argument) if argument is not None else None
        self.message = message

    def __str__(self):
        if self.argument_name is None:
            return self.message
        return 'argument %s: %s' % (self.argument_name, self.message)


class ArgumentTypeError(Exception):
    pass


def _arg_name(action):
    if action.option_strings:
        return '/'.join(action.option_strings)
    if action.metavar not in (None, SUPPRESS):
        return action.metavar
    if action.dest not in (None, SUPPRESS):
        return action.dest
    return None


class Namespace:
    def __init__(self, **kwargs):
        for k, v in kwargs.items():
            setattr(self, k, v)

    def __repr__(self):
        args = ', '.join('%s=%r' % (k, v) for k, v in self.__dict__.items())
        return 'Namespace(%s)' % args

    def __eq__(self, other):
        if not isinstance(other, Namespace):
            return NotImplemented
        return vars(self) == vars(other)

    def __contains__(self, key):
        return key in self.__dict__


class Action:
    def __init__(self, option_strings, dest, nargs=None, const=None, default=None, type=None,
                 choices=None, required=False, help=None, metavar=None):
        self.option_strings = option_strings
        self.dest = dest
        self.nargs = nargs
        self.const = const
        self.default = default
        self.type = type
        self.choices = choices
        self.required = required
        self.help = help
        self.metavar = metavar

    def __call__(self, parser, namespace, values, option_string=None):
        raise NotImplementedError('.__call__() not defined')


class _StoreAction(Action):
    def __call__(self, parser, namespace, values, option_string=None):
        setattr(namespace, self.dest, values)


class _StoreConstAction(Action):
    def __init__(self, option_strings, dest, const=None, default=None, required=False, help=None,
                 metavar=None):
        Action.__init__(self, option_strings, dest, nargs=0, const=const, default=default,
                        required=required, help=help)

    def __call__(self, parser, namespace, values, option_string=None):
        setattr(namespace, self.dest, self.const)


class _StoreTrueAction(_StoreConstAction):
    def __init__(self, option_strings, dest, default=False, required=False, help=None):
        _StoreConstAction.__init__(self, option_strings, dest, const=True, default=default,
                                   required=required, help=help)


class _StoreFalseAction(_StoreConstAction):
    def __init__(self, option_strings, dest, default=True, required=False, help=None):
        _StoreConstAction.__init__(self, option_strings, dest, const=False, default=default,
                                   required=required, help=help)


class _AppendAction(Action):
    def __call__(self, parser, namespace, values, option_string=None):
        items = getattr(namespace, self.dest, None)
        items = list(items) if items else []
        items.append(values)
        setattr(namespace, self.dest, items)


class _AppendConstAction(Action):
    def __init__(self, option_strings, dest, const=None, default=None, required=False, help=None,
                 metavar=None):
        Action.__init__(self, option_strings, dest, nargs=0, const=const, default=default,
                        required=required, help=help, metavar=metavar)

    def __call__(self, parser, namespace, values, option_string=None):
        items = getattr(namespace, self.dest, None)
        items = list(items) if items else []
        items.append(self.const)
        setattr(namespace, self.dest, items)


class _ExtendAction(_AppendAction):
    def __call__(self, parser, namespace, values, option_string=None):
        items = getattr(namespace, self.dest, None)
        items = list(items) if items else []
        items.extend(values)
        setattr(namespace, self.dest, items)


class _CountAction(Action):
    def __init__(self, option_strings, dest, default=None, required=False, help=None):
        Action.__init__(self, option_strings, dest, nargs=0, default=default, required=required,
                        help=help)

    def __call__(self, parser, namespace, values, option_string=None):
        count = getattr(namespace, self.dest, None)
        setattr(namespace, self.dest, (count or 0) + 1)


class _HelpAction(Action):
    def __init__(self, option_strings, dest=SUPPRESS, default=SUPPRESS, help=None):
        Action.__init__(self, option_strings, dest, nargs=0, default=default, help=help)

    def __call__(self, parser, namespace, values, option_string=None):
        parser.print_help()
        parser.exit()


class _VersionAction(Action):
    def __init__(self, option_strings, version=None, dest=SUPPRESS, default=SUPPRESS,
                 help="show program's version number and exit"):
        Action.__init__(self, option_strings, dest, nargs=0, default=default, help=help)
        self.version = version

    def __call__(self, parser, namespace, values, option_string=None):
        parser._print_message((self.version or '') % {'prog': parser.prog} + '\n', _sys.stdout)
        parser.exit()


class _SubParsersAction(Action):
    def __init__(self, option_strings, prog, parser_class, dest=SUPPRESS, required=False,
                 help=None, metavar=None):
        self._prog_prefix = prog
        self._parser_class = parser_class
        self._name_parser_map = {}
        Action.__init__(self, option_strings, dest, nargs='A...', choices=self._name_parser_map,
                        required=required, help=help, metavar=metavar)

    def add_parser(self, name, **kwargs):
        if kwargs.get('prog') is None:
            kwargs['prog'] = '%s %s' % (self._prog_prefix, name)
        aliases = kwargs.pop('aliases', ())
        kwargs.pop('help', None)
        parser = self._parser_class(**kwargs)
        self._name_parser_map[name] = parser
        for alias in aliases:
            self._name_parser_map[alias] = parser
        return parser

    def __call__(self, parser, namespace, values, option_string=None):
        name = values[0]
        if self.dest is not SUPPRESS:
            setattr(namespace, self.dest, name)
        if name not in self._name_parser_map:
            raise ArgumentError(self, 'invalid choice: %r (choose from %s)' % (
                name, ', '.join(repr(k) for k in self._name_parser_map)))
        sub = self._name_parser_map[name]
        subns, extras = sub.parse_known_args(values[1:], None)
        for k, v in vars(subns).items():
            setattr(namespace, k, v)
        if extras:
            namespace._UNRECOGNIZED_ARGS = extras


_ACTIONS = {None: _StoreAction, 'store': _StoreAction, 'store_const': _StoreConstAction,
            'store_true': _StoreTrueAction, 'store_false': _StoreFalseAction,
            'append': _AppendAction, 'append_const': _AppendConstAction, 'extend': _ExtendAction,
            'count': _CountAction, 'help': _HelpAction, 'version': _VersionAction,
            'parsers': _SubParsersAction}


class _Group:
    def __init__(self, parser, title=None, description=None, required=False, exclusive=False):
        self._parser = parser
        self.title = title
        self.description = description
        self.required = required
        self._exclusive = exclusive
        self._group_actions = []

    def add_argument(self, *args, **kwargs):
        action = self._parser.add_argument(*args, _group=self, **kwargs)
        self._group_actions.append(action)
        return action

    def add_mutually_exclusive_group(self, required=False):
        return self._parser.add_mutually_exclusive_group(required=required)

    def add_argument_group(self, *args, **kwargs):
        return self._parser.add_argument_group(*args, **kwargs)


class HelpFormatter:
    def __init__(self, prog, indent_increment=2, max_help_position=24, width=None):
        self.prog = prog


RawDescriptionHelpFormatter = RawTextHelpFormatter = ArgumentDefaultsHelpFormatter = HelpFormatter
MetavarTypeHelpFormatter = HelpFormatter


class FileType:
    def __init__(self, mode='r', bufsize=-1, encoding=None, errors=None):
        self._mode = mode

    def __call__(self, string):
        if string == '-':
            return _sys.stdin if 'r' in self._mode else _sys.stdout
        return open(string, self._mode)


class ArgumentParser:
    def __init__(self, prog=None, usage=None, description=None, epilog=None, parents=(),
                 formatter_class=HelpFormatter, prefix_chars='-', fromfile_prefix_chars=None,
                 argument_default=None, conflict_handler='error', add_help=True,
                 allow_abbrev=True, exit_on_error=True):
        if prog is None:
            argv0 = _sys.argv[0] if _sys.argv and _sys.argv[0] else 'prog'
            prog = argv0.replace('\\', '/').split('/')[-1]
        self.prog = prog
        self.usage = usage
        self.description = description
        self.epilog = epilog
        self.prefix_chars = prefix_chars
        self.argument_default = argument_default
        self.allow_abbrev = allow_abbrev
        self.exit_on_error = exit_on_error
        self._actions = []
        self._option_map = {}
        self._groups = []
        self._positional_group = _Group(self, 'positional arguments')
        self._optional_group = _Group(self, 'options')
        self._defaults = {}
        self._subparsers = None
        if add_help:
            self.add_argument('-h', '--help', action='help', default=SUPPRESS,
                              help='show this help message and exit')
        for parent in parents:
            for action in parent._actions:
                if isinstance(action, _HelpAction):
                    continue
                self._register(action, None)
            self._defaults.update(parent._defaults)

    # ---- building -------------------------------------------------------
    def add_argument(self, *args, _group=None, **kwargs):
        chars = self.prefix_chars
        if not args or (len(args) == 1 and args[0] and args[0][0] not in chars):
            if args and 'dest' in kwargs:
                raise ValueError('dest supplied twice for positional argument')
            dest = args[0] if args else kwargs.pop('dest')
            option_strings = []
            if kwargs.get('nargs') not in (OPTIONAL, ZERO_OR_MORE, REMAINDER, SUPPRESS, 0):
                kwargs.setdefault('required', True)
            if kwargs.get('nargs') == ZERO_OR_MORE and 'default' not in kwargs:
                kwargs['required'] = False
        else:
            option_strings = list(args)
            for o in option_strings:
                if not o or o[0] not in chars:
                    raise ValueError('invalid option string %r: must start with a character %r'
                                     % (o, chars))
            dest = kwargs.pop('dest', None)
            if dest is None:
                longs = [o for o in option_strings if len(o) > 1 and o[1] in chars]
                first = (longs or option_strings)[0]
                dest = first.lstrip(chars).replace('-', '_')
        if 'default' not in kwargs:
            if dest in self._defaults:
                kwargs['default'] = self._defaults[dest]
            elif self.argument_default is not None:
                kwargs['default'] = self.argument_default
        action_name = kwargs.pop('action', None)
        if isinstance(action_name, type):
            cls = action_name
        else:
            if action_name not in _ACTIONS:
                raise ValueError('unknown action "%s"' % (action_name,))
            cls = _ACTIONS[action_name]
        type_func = kwargs.get('type')
        if type_func is not None and not callable(type_func):
            raise ValueError('%r is not callable' % (type_func,))
        action = cls(option_strings=option_strings, dest=dest, **kwargs)
        self._register(action, _group)
        return action

    def _register(self, action, group):
        for o in action.option_strings:
            if o in self._option_map:
                raise ArgumentError(action, 'conflicting option string: %s' % o)
        self._actions.append(action)
        for o in action.option_strings:
            self._option_map[o] = action
        if group is None or not group.title:
            target = self._optional_group if action.option_strings else self._positional_group
            target._group_actions.append(action)

    def add_argument_group(self, title=None, description=None):
        g = _Group(self, title, description)
        self._groups.append(g)
        return g

    def add_mutually_exclusive_group(self, required=False):
        g = _Group(self, None, None, required=required, exclusive=True)
        self._groups.append(g)
        return g

    def add_subparsers(self, title=None, description=None, prog=None, parser_class=None,
                       action=None, dest=SUPPRESS, required=False, help=None, metavar=None):
        if self._subparsers is not None:
            raise ArgumentError(None, 'cannot have multiple subparser arguments')
        if prog is None:
            prog = self.prog
            for a in self._actions:
                if not a.option_strings and a.required:
                    prog += ' ' + (a.metavar or a.dest)
        sp = _SubParsersAction(option_strings=[], prog=prog, parser_class=parser_class or type(self),
                               dest=dest, required=required, help=help, metavar=metavar)
        self._register(sp, None)
        self._subparsers = sp
        return sp

    def set_defaults(self, **kwargs):
        self._defaults.update(kwargs)
        for action in self._actions:
            if action.dest in kwargs:
                action.default = kwargs[action.dest]

    def get_default(self, dest):
        for action in self._actions:
            if action.dest == dest and action.default is not None:
                return action.default
        return self._defaults.get(dest, None)

    # ---- parsing ----------------------------------------------------------
    def parse_args(self, args=None, namespace=None):
        args, argv = self.parse_known_args(args, namespace)
        if argv:
            self.error('unrecognized arguments: %s' % ' '.join(argv))
        return args

    def parse_known_args(self, args=None, namespace=None):
        if args is None:
            args = _sys.argv[1:]
        else:
            args = list(args)
        if namespace is None:
            namespace = Namespace()
        for action in self._actions:
            if action.dest is not SUPPRESS and not hasattr(namespace, action.dest):
                if action.default is not SUPPRESS:
                    setattr(namespace, action.dest, action.default)
        for dest, value in self._defaults.items():
            if not hasattr(namespace, dest):
                setattr(namespace, dest, value)
        try:
            namespace, extras = self._parse(args, namespace)
        except ArgumentError as err:
            if self.exit_on_error:
                self.error(str(err))
            raise
        if hasattr(namespace, '_UNRECOGNIZED_ARGS'):
            extras.extend(namespace._UNRECOGNIZED_ARGS)
            del namespace._UNRECOGNIZED_ARGS
        return namespace, extras

    def _is_option(self, s):
        if not s or s[0] not in self.prefix_chars or s == '-':
            return False
        if s[0] == '-' and len(s) > 1:
            try:
                float(s)
                return any(o.startswith('-') and len(o) > 1 and o[1].isdigit() for o in self._option_map)
            except ValueError:
                pass
        return True

    def _match_option(self, s):
        if s in self._option_map:
            return self._option_map[s], s, None
        if '=' in s:
            opt, val = s.split('=', 1)
            if opt in self._option_map:
                return self._option_map[opt], opt, val
        if len(s) > 2 and s[0] in self.prefix_chars and s[1] not in self.prefix_chars:
            short = s[:2]
            if short in self._option_map and _takes_args(self._option_map[short]):
                return self._option_map[short], short, s[2:]
        if self.allow_abbrev and s.startswith('--'):
            opt = s.split('=', 1)[0]
            found = [o for o in self._option_map if o.startswith(opt)]
            if len(found) == 1:
                val = s.split('=', 1)[1] if '=' in s else None
                return self._option_map[found[0]], found[0], val
            if len(found) > 1:
                self.error('ambiguous option: %s could match %s' % (opt, ', '.join(found)))
        return None, s, None

    def _convert(self, action, s):
        f = action.type
        if f is None:
            value = s
        else:
            try:
                value = f(s)
            except ArgumentTypeError as e:
                raise ArgumentError(action, str(e))
            except (TypeError, ValueError):
                name = getattr(f, '__name__', repr(f))
                raise ArgumentError(action, 'invalid %s value: %r' % (name, s))
        if action.choices is not None and not isinstance(action, _SubParsersAction) \
                and value not in action.choices:
            raise ArgumentError(action, 'invalid choice: %r (choose from %s)' % (
                value, ', '.join(repr(c) for c in action.choices)))
        return value

    def _values(self, action, strings):
        nargs = action.nargs
        if nargs == 0 or isinstance(action, _StoreConstAction) or isinstance(action, _CountAction) \
                or isinstance(action, _HelpAction) or isinstance(action, _VersionAction) \
                or isinstance(action, _AppendConstAction):
            return None
        if isinstance(action, _SubParsersAction):
            return [self._convert(action, strings[0])] + strings[1:] if strings else strings
        if nargs is None:
            return self._convert(action, strings[0])
        if nargs == OPTIONAL:
            if not strings:
                if action.option_strings:
                    return action.const
                value = action.default
                if isinstance(value, str):
                    value = self._convert(action, value)
                return value
            return self._convert(action, strings[0])
        if nargs == REMAINDER:
            return list(strings)
        if nargs in (ZERO_OR_MORE,) and not strings and not action.option_strings:
            return action.default if action.default is not None else []
        return [self._convert(action, s) for s in strings]

    def _take(self, action, args, i, inline):
        # how many of args[i:] the action consumes (inline: the =value part)
        nargs = action.nargs
        if isinstance(action, (_StoreConstAction, _CountAction, _HelpAction, _VersionAction,
                               _AppendConstAction)) or nargs == 0:
            if inline is not None:
                raise ArgumentError(action, 'ignored explicit argument %r' % inline)
            return []
        avail = []
        if inline is not None:
            avail.append(inline)
            if nargs in (None, OPTIONAL, 1):
                return avail
        j = i
        while j < len(args) and not (args[j] == '--' or self._is_option(args[j])):
            avail.append(args[j])
            j += 1
        if nargs is None:
            if not avail:
                raise ArgumentError(action, 'expected one argument')
            return avail[:1]
        if nargs == OPTIONAL:
            return avail[:1]
        if nargs == ZERO_OR_MORE or nargs == REMAINDER:
            return avail
        if nargs == ONE_OR_MORE:
            if not avail:
                raise ArgumentError(action, 'expected at least one argument')
            return avail
        if len(avail) < nargs:
            raise ArgumentError(action, 'expected %d argument%s' % (nargs, '' if nargs == 1 else 's'))
        return avail[:nargs]

    def _parse(self, args, namespace):
        # As CPython: positionals are matched chunk by chunk, each chunk being
        # the plain strings between two options; a positional that can take
        # zero strings is used up by the first chunk it is matched against.
        positionals = [a for a in self._actions if not a.option_strings]
        seen = set()
        extras = []
        loose = []
        i = 0
        after_dashdash = False
        seen_exclusive = {}

        def consume(chunk):
            n = len(chunk)
            for count in range(len(positionals), 0, -1):
                sizes = _allocate(positionals[:count], n)
                if sizes is not None:
                    break
            else:
                return chunk
            k = 0
            for action, size in zip(positionals[:count], sizes):
                take = chunk[k:k + size]
                k += size
                seen.add(action)
                action(self, namespace, self._values(action, take), None)
            del positionals[:count]
            return chunk[k:]

        while i < len(args):
            s = args[i]
            if positionals and isinstance(positionals[0], _SubParsersAction) and not loose \
                    and (after_dashdash or not self._is_option(s)):
                action = positionals.pop(0)
                seen.add(action)
                action(self, namespace, self._values(action, args[i:]), None)
                i = len(args)
                break
            if s == '--' and not after_dashdash:
                after_dashdash = True
                i += 1
                continue
            if after_dashdash or not self._is_option(s):
                loose.append(s)
                i += 1
                continue
            extras.extend(consume(loose))
            loose = []
            action, opt, inline = self._match_option(s)
            if action is None:
                # short flags combined: -abc
                if len(s) > 2 and s[0] in self.prefix_chars and s[1] not in self.prefix_chars:
                    flags = ['-' + ch for ch in s[1:]]
                    if all(f in self._option_map and not _takes_args(self._option_map[f]) for f in flags):
                        for f in flags:
                            a = self._option_map[f]
                            self._check_exclusive(a, seen_exclusive)
                            seen.add(a)
                            a(self, namespace, self._values(a, []), f)
                        i += 1
                        continue
                extras.append(s)
                i += 1
                continue
            i += 1
            strings = self._take(action, args, i, inline)
            if inline is not None:
                i += len(strings) - 1
            else:
                i += len(strings)
            self._check_exclusive(action, seen_exclusive)
            seen.add(action)
            action(self, namespace, self._values(action, strings), opt)
        extras.extend(consume(loose))
        missing = [_arg_name(a) for a in self._actions
                   if a.required and a not in seen]
        if missing:
            raise ArgumentError(None, 'the following arguments are required: %s' % ', '.join(missing))
        for g in self._groups:
            if g._exclusive and g.required and not any(a in seen for a in g._group_actions):
                names = [_arg_name(a) for a in g._group_actions if a.help is not SUPPRESS]
                raise ArgumentError(None, 'one of the arguments %s is required' % ' '.join(names))
        return namespace, extras

    def _check_exclusive(self, action, seen_exclusive):
        for g in self._groups:
            if g._exclusive and action in g._group_actions:
                other = seen_exclusive.get(id(g))
                if other is not None and other is not action:
                    raise ArgumentError(action, 'not allowed with argument %s' % _arg_name(other))
                seen_exclusive[id(g)] = action

    # ---- help -------------------------------------------------------------
    def _metavar(self, action):
        if action.metavar is not None:
            return action.metavar
        if action.choices is not None and not isinstance(action, _SubParsersAction):
            return '{%s}' % ','.join(str(c) for c in action.choices)
        if isinstance(action, _SubParsersAction):
            return '{%s}' % ','.join(action._name_parser_map)
        if action.option_strings:
            return action.dest.upper()
        return action.dest

    def _args_text(self, action):
        mv = self._metavar(action)
        nargs = action.nargs
        if isinstance(action, _SubParsersAction):
            return '%s ...' % mv
        if nargs is None:
            return mv
        if nargs == OPTIONAL:
            return '[%s]' % mv
        if nargs == ZERO_OR_MORE:
            return '[%s ...]' % mv
        if nargs == ONE_OR_MORE:
            return '%s [%s ...]' % (mv, mv)
        if nargs == REMAINDER:
            return '...'
        if nargs == 0:
            return ''
        return ' '.join([mv] * nargs)

    _width = 78     # COLUMNS (80) - 2, as CPython with no terminal

    def format_usage(self):
        return 'usage: %s\n' % self._usage_body()

    def _invocation(self, a):
        t = self._args_text(a)
        return a.option_strings[0] + (' ' + t if t else '')

    def _usage_parts(self):
        # the optional parts (with exclusive groups as [a | b]) and the positional ones
        opt_parts = []
        done = set()
        for a in self._actions:
            if not a.option_strings or a.help is SUPPRESS or id(a) in done:
                continue
            group = None
            for g in self._groups:
                if g._exclusive and a in g._group_actions:
                    group = g
            if group is not None:
                members = [x for x in group._group_actions if x.help is not SUPPRESS]
                for x in members:
                    done.add(id(x))
                inner = ' | '.join(self._invocation(x) for x in members)
                opt_parts.append(('(%s)' if group.required else '[%s]') % inner)
                continue
            inv = self._invocation(a)
            opt_parts.append(inv if a.required else '[%s]' % inv)
        pos_parts = [self._args_text(a) for a in self._actions
                     if not a.option_strings and a.help is not SUPPRESS]
        return opt_parts, pos_parts

    def _usage_body(self):
        if self.usage is not None:
            return self.usage % {'prog': self.prog}
        prefix = 'usage: '
        opt_parts, pos_parts = self._usage_parts()
        usage = ' '.join([self.prog] + opt_parts + pos_parts)
        text_width = self._width
        if len(prefix) + len(usage) <= text_width:
            return usage

        def get_lines(parts, indent, first_prefix=None):
            lines, line = [], []
            line_len = len(first_prefix) - 1 if first_prefix is not None else len(indent) - 1
            for part in parts:
                if line_len + 1 + len(part) > text_width and line:
                    lines.append(indent + ' '.join(line))
                    line = []
                    line_len = len(indent) - 1
                line.append(part)
                line_len += len(part) + 1
            if line:
                lines.append(indent + ' '.join(line))
            if first_prefix is not None:
                lines[0] = lines[0][len(indent):]
            return lines

        if len(prefix) + len(self.prog) <= 0.75 * text_width:
            indent = ' ' * (len(prefix) + len(self.prog) + 1)
            if opt_parts:
                lines = get_lines([self.prog] + opt_parts, indent, prefix)
                lines.extend(get_lines(pos_parts, indent))
            elif pos_parts:
                lines = get_lines([self.prog] + pos_parts, indent, prefix)
            else:
                lines = [self.prog]
        else:
            indent = ' ' * len(prefix)
            lines = get_lines(opt_parts + pos_parts, indent)
            lines = [self.prog] + lines
        return '\n'.join(lines)

    def _action_invocation(self, a):
        if not a.option_strings:
            return self._metavar(a)
        t = self._args_text(a)
        if not t:
            return ', '.join(a.option_strings)
        return ', '.join('%s %s' % (o, t) for o in a.option_strings)

    def format_help(self):
        out = [self.format_usage()]
        if self.description:
            out.append('\n' + '\n'.join(_wrap(self.description, self._width)) + '\n')
        groups = [self._positional_group, self._optional_group] + [g for g in self._groups if g.title]
        shown = [a for g in groups for a in g._group_actions if a.help is not SUPPRESS]
        max_len = max([len(self._action_invocation(a)) + 2 for a in shown] or [0])
        help_position = min(max_len + 2, 24)
        help_width = max(self._width - help_position, 11)
        action_width = help_position - 2 - 2
        for group in groups:
            actions = [a for a in group._group_actions if a.help is not SUPPRESS]
            if not actions:
                continue
            out.append('\n%s:\n' % group.title)
            if group.description:
                out.append('  %s\n\n' % group.description)
            for a in actions:
                header = self._action_invocation(a)
                if not a.help:
                    out.append('  %s\n' % header)
                    continue
                text = a.help
                if '%' in text:
                    params = dict(vars(a), prog=self.prog)
                    if params.get('choices') is not None:
                        params['choices'] = ', '.join(str(c) for c in params['choices'])
                    text = text % params
                lines = _wrap(text, help_width) or ['']
                if len(header) <= action_width:
                    out.append('  %-*s  %s\n' % (action_width, header, lines[0]))
                else:
                    out.append('  %s\n%s%s\n' % (header, ' ' * help_position, lines[0]))
                for line in lines[1:]:
                    out.append(' ' * help_position + line + '\n')
        if self.epilog:
            out.append('\n' + '\n'.join(_wrap(self.epilog, self._width)) + '\n')
        return ''.join(out)

    def print_usage(self, file=None):
        self._print_message(self.format_usage(), file)

    def print_help(self, file=None):
        self._print_message(self.format_help(), file)

    def _print_message(self, message, file=None):
        if message:
            (file if file is not None else _sys.stdout).write(message)

    def exit(self, status=0, message=None):
        if message:
            self._print_message(message, _sys.stderr)
        _sys.exit(status)

    def error(self, message):
        self.print_usage(_sys.stderr)
        self.exit(2, '%s: error: %s\n' % (self.prog, message))


def _takes_args(action):
    return not (action.nargs == 0 or isinstance(action, (_StoreConstAction, _CountAction, _HelpAction,
                                                           _VersionAction, _AppendConstAction)))


def _wrap(text, width):
    words = text.split()
    lines, line = [], ''
    for w in words:
        if line and len(line) + 1 + len(w) > width:
            lines.append(line)
            line = w
        else:
            line = line + ' ' + w if line else w
    if line:
        lines.append(line)
    return lines


def _bounds(action):
    nargs = action.nargs
    if nargs is None:
        return 1, 1
    if nargs == OPTIONAL:
        return 0, 1
    if nargs in (ZERO_OR_MORE, REMAINDER):
        return 0, None
    if nargs == ONE_OR_MORE or isinstance(action, _SubParsersAction):
        return 1, None
    return nargs, nargs


def _allocate(actions, n):
    # greedy left-to-right sizes for actions matching a prefix of n strings
    bounds = [_bounds(a) for a in actions]
    sizes = []
    left = n
    for k, (lo, hi) in enumerate(bounds):
        later = sum(b[0] for b in bounds[k + 1:])
        most = left - later
        if hi is not None and most > hi:
            most = hi
        if most < lo:
            return None
        sizes.append(most)
        left -= most
    return sizes


def _min_args(action):
    nargs = action.nargs
    if nargs is None:
        return 1
    if nargs == ONE_OR_MORE:
        return 1
    if isinstance(nargs, int):
        return nargs
    return 0
