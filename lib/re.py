# re: regular expressions with CPython's syntax and results, compiled to a
# small instruction list and run by a backtracking matcher with an explicit
# stack (no recursion per character, so long subjects are fine). Patterns
# are cached as in CPython.

__all__ = ['match', 'fullmatch', 'search', 'sub', 'subn', 'split', 'findall', 'finditer', 'compile',
           'purge', 'template', 'escape', 'error', 'Pattern', 'Match', 'A', 'I', 'L', 'M', 'S', 'X',
           'U', 'ASCII', 'IGNORECASE', 'LOCALE', 'MULTILINE', 'DOTALL', 'VERBOSE', 'UNICODE',
           'NOFLAG', 'RegexFlag']


class RegexFlag(int):
    _names = {}

    def __new__(cls, value, name=None):
        self = int.__new__(cls, value)
        if name:
            RegexFlag._names[value] = name
        return self

    def __or__(self, other):
        return RegexFlag(int(self) | int(other))

    __ror__ = __or__

    def __and__(self, other):
        return RegexFlag(int(self) & int(other))

    __rand__ = __and__

    def __xor__(self, other):
        return RegexFlag(int(self) ^ int(other))

    __rxor__ = __xor__

    def __invert__(self):
        return RegexFlag(~int(self) & 0x1ff)

    def __repr__(self):
        v = int(self)
        if v in RegexFlag._names:
            return 're.' + RegexFlag._names[v]
        # members in CPython's definition order
        parts = [('re.' + RegexFlag._names[b]) for b in (256, 2, 4, 32, 8, 16, 64, 1, 128)
                 if b in RegexFlag._names and v & b == b]
        rest = v & ~sum(b for b in RegexFlag._names if v & b == b)
        if rest:
            parts.append(hex(rest))
        return '|'.join(parts) if parts else 're.NOFLAG'

    __str__ = __repr__


NOFLAG = RegexFlag(0, 'NOFLAG')
TEMPLATE = T = RegexFlag(1, 'TEMPLATE')
IGNORECASE = I = RegexFlag(2, 'IGNORECASE')
LOCALE = L = RegexFlag(4, 'LOCALE')
MULTILINE = M = RegexFlag(8, 'MULTILINE')
DOTALL = S = RegexFlag(16, 'DOTALL')
UNICODE = U = RegexFlag(32, 'UNICODE')
VERBOSE = X = RegexFlag(64, 'VERBOSE')
DEBUG = RegexFlag(128, 'DEBUG')
ASCII = A = RegexFlag(256, 'ASCII')


class error(Exception):
    def __init__(self, msg, pattern=None, pos=None):
        self.msg = msg
        self.pattern = pattern
        self.pos = pos
        if pattern is not None and pos is not None:
            if isinstance(pattern, str):
                nl = '\n'
            else:
                nl = b'\n'
            self.lineno = pattern.count(nl, 0, pos) + 1
            self.colno = pos - pattern.rfind(nl, 0, pos)
            if nl in pattern:
                msg = '%s (line %d, column %d)' % (msg, self.lineno, self.colno)
            else:
                msg = '%s at position %d' % (msg, pos)
        else:
            self.lineno = self.colno = None
        Exception.__init__(self, msg)


PatternError = error

# ---------------------------------------------------------------------------
# Parsing: pattern text -> node tree
# node kinds: ('lit', ch) ('any',) ('set', negated, items) ('cat', [nodes])
# ('alt', [nodes]) ('group', index, node) ('ncgroup', node) ('rep', min, max, greedy, node)
# ('bol',) ('eol',) ('abs_start',) ('abs_end',) ('eos',) ('wordb',) ('nwordb',)
# ('backref', n) ('look', ahead, negative, node) ('cond', group, yes, no) ('atomic', node)
# set items: ('ch', c) ('range', lo, hi) ('cat', name)  name: d D w W s S

_SPECIAL = '.^$*+?{}[]\\|()'
_REPEAT_CHARS = '*+?{'


class _Parser:
    def __init__(self, pattern, flags):
        self.p = pattern
        self.is_bytes = isinstance(pattern, (bytes, bytearray))
        self.s = pattern.decode('latin-1') if self.is_bytes else pattern
        self.i = 0
        self.flags = flags
        self.ngroups = 0
        self.names = {}
        self.open_groups = []

    def err(self, msg, pos=None):
        raise error(msg, self.p, self.i if pos is None else pos)

    def peek(self):
        return self.s[self.i] if self.i < len(self.s) else None

    def verbose_skip(self):
        if not self.flags & VERBOSE:
            return
        s = self.s
        while self.i < len(s):
            ch = s[self.i]
            if ch in ' \t\n\r\v\f':
                self.i += 1
            elif ch == '#':
                while self.i < len(s) and s[self.i] != '\n':
                    self.i += 1
            else:
                break

    def parse(self):
        self.leading_flags()
        node = self.alternation()
        if self.i < len(self.s):
            if self.s[self.i] == ')':
                self.err('unbalanced parenthesis')
            self.err('unexpected end of pattern')
        return node

    def leading_flags(self):
        # (?aiLmsux) at the start applies to the whole pattern
        s = self.s
        while s.startswith('(?', self.i) and self.i + 2 < len(s) and s[self.i + 2] in 'aiLmsux':
            j = self.i + 2
            f = 0
            while j < len(s) and s[j] in 'aiLmsux':
                f |= _FLAG_CHARS[s[j]]
                j += 1
            if j < len(s) and s[j] == ')':
                self.flags |= f
                self.i = j + 1
            else:
                break

    def alternation(self):
        branches = [self.sequence()]
        while self.peek() == '|':
            self.i += 1
            branches.append(self.sequence())
        return branches[0] if len(branches) == 1 else ('alt', branches)

    def sequence(self):
        items = []
        while True:
            self.verbose_skip()
            ch = self.peek()
            if ch is None or ch in '|)':
                break
            atom = self.atom()
            if atom is None:
                continue
            atom = self.repeats(atom)
            items.append(atom)
        return items[0] if len(items) == 1 else ('cat', items)

    def repeats(self, atom):
        while True:
            self.verbose_skip()
            ch = self.peek()
            if ch is None or ch not in _REPEAT_CHARS:
                return atom
            start = self.i
            if ch == '{':
                rng = self.braces()
                if rng is None:
                    return atom
                lo, hi = rng
            else:
                self.i += 1
                lo, hi = {'*': (0, None), '+': (1, None), '?': (0, 1)}[ch]
            if atom[0] in ('bol', 'eol', 'abs_start', 'abs_end', 'eos', 'wordb', 'nwordb'):
                self.err('nothing to repeat', start)
            if atom[0] == 'rep':
                self.err('multiple repeat', start)
            greedy = True
            possessive = False
            if self.peek() == '?':
                self.i += 1
                greedy = False
            elif self.peek() == '+':
                self.i += 1
                possessive = True
            atom = ('rep', lo, hi, greedy, atom)
            if possessive:
                atom = ('atomic', atom)

    def braces(self):
        s = self.s
        j = self.i + 1
        k = j
        while k < len(s) and s[k].isdigit():
            k += 1
        lo_s = s[j:k]
        if k < len(s) and s[k] == '}':
            if not lo_s:
                return None
            self.i = k + 1
            n = int(lo_s)
            return n, n
        if k < len(s) and s[k] == ',':
            m = k + 1
            while m < len(s) and s[m].isdigit():
                m += 1
            hi_s = s[k + 1:m]
            if m < len(s) and s[m] == '}':
                lo = int(lo_s) if lo_s else 0
                hi = int(hi_s) if hi_s else None
                if hi is not None and hi < lo:
                    self.err('min repeat greater than max repeat', j)
                self.i = m + 1
                return lo, hi
        return None

    def atom(self):
        s = self.s
        ch = s[self.i]
        start = self.i
        self.i += 1
        if ch == '.':
            return ('any',)
        if ch == '^':
            return ('bol',)
        if ch == '$':
            return ('eol',)
        if ch == '[':
            return self.charset(start)
        if ch == '(':
            return self.group(start)
        if ch == '\\':
            return self.escape(in_set=False)
        if ch in '*+?':
            self.err('nothing to repeat', start)
        if ch == '{':
            self.i -= 1
            if self.braces() is not None:
                self.err('nothing to repeat', start)
            self.i = start + 1
            return ('lit', '{')
        return ('lit', ch)

    def group(self, start):
        s = self.s
        if self.peek() == '?':
            self.i += 1
            ch = self.peek()
            if ch == ':':
                self.i += 1
                node = self.alternation()
                self.close(start)
                return ('ncgroup', node)
            if ch == 'P':
                self.i += 1
                if self.peek() == '<':
                    self.i += 1
                    end = s.find('>', self.i)
                    if end < 0:
                        self.err('missing >, unterminated name', self.i)
                    name = s[self.i:end]
                    if not name:
                        self.err('missing group name', self.i)
                    if not name.isidentifier():
                        self.err('bad character in group name %r' % name, self.i)
                    if name in self.names:
                        self.err('redefinition of group name %r as group %d; was group %d' % (
                            name, self.ngroups + 1, self.names[name]), self.i)
                    self.i = end + 1
                    return self.capture(start, name)
                if self.peek() == '=':
                    self.i += 1
                    end = s.find(')', self.i)
                    if end < 0:
                        self.err('missing ), unterminated name', self.i)
                    name = s[self.i:end]
                    if name not in self.names:
                        self.err('unknown group name %r' % name, self.i)
                    self.i = end + 1
                    return ('backref', self.names[name])
                self.err('unknown extension ?P' + (self.peek() or ''), start + 1)
            if ch in '=!':
                self.i += 1
                node = self.alternation()
                self.close(start)
                return ('look', True, ch == '!', node)
            if ch == '<':
                self.i += 1
                c2 = self.peek()
                if c2 in ('=', '!'):
                    self.i += 1
                    node = self.alternation()
                    self.close(start)
                    width = _fixed_width(node)
                    if width is None:
                        self.err('look-behind requires fixed-width pattern', start)
                    return ('behind', c2 == '!', width, node)
                self.err('unknown extension ?<' + (c2 or ''), start + 1)
            if ch == '>':
                self.i += 1
                node = self.alternation()
                self.close(start)
                return ('atomic', node)
            if ch == '#':
                end = s.find(')', self.i)
                if end < 0:
                    self.err('missing ), unterminated comment', start)
                self.i = end + 1
                return None
            if ch == '(':
                self.i += 1
                end = s.find(')', self.i)
                ref = s[self.i:end]
                self.i = end + 1
                gid = int(ref) if ref.isdigit() else self.names.get(ref)
                if gid is None:
                    self.err('unknown group name %r' % ref, self.i)
                yes = self.sequence()
                no = None
                if self.peek() == '|':
                    self.i += 1
                    no = self.sequence()
                self.close(start)
                return ('cond', gid, yes, no)
            if ch is not None and (ch in 'aiLmsux-'):
                # scoped flags (?i:...) or a misplaced global flag group
                j = self.i
                on = off = 0
                neg = False
                while j < len(s) and s[j] in 'aiLmsux-':
                    if s[j] == '-':
                        neg = True
                    elif neg:
                        off |= _FLAG_CHARS[s[j]]
                    else:
                        on |= _FLAG_CHARS[s[j]]
                    j += 1
                if j < len(s) and s[j] == ':':
                    self.i = j + 1
                    saved = self.flags
                    self.flags = (self.flags | on) & ~off
                    node = self.alternation()
                    self.flags = saved
                    self.close(start)
                    return ('flags', on, off, node)
                if j < len(s) and s[j] == ')':
                    self.err('global flags not at the start of the expression', start)
                self.err('missing :', j)
            self.err('unknown extension ?' + (ch or ''), start + 1)
        return self.capture(start, None)

    def capture(self, start, name):
        self.ngroups += 1
        index = self.ngroups
        if name is not None:
            self.names[name] = index
        self.open_groups.append(index)
        node = self.alternation()
        self.open_groups.pop()
        self.close(start)
        return ('group', index, node)

    def close(self, start):
        if self.peek() != ')':
            self.err('missing ), unterminated subpattern', start)
        self.i += 1

    def escape(self, in_set):
        s = self.s
        if self.i >= len(s):
            self.err('bad escape (end of pattern)', self.i - 1)
        ch = s[self.i]
        start = self.i - 1
        self.i += 1
        if ch in 'dDwWsS':
            return ('set', False, [('cat', ch)]) if not in_set else ('cat', ch)
        simple = {'n': '\n', 't': '\t', 'r': '\r', 'f': '\f', 'v': '\v', 'a': '\a', '\\': '\\'}
        if ch in simple:
            return ('lit', simple[ch])
        if ch == 'b':
            return ('lit', '\b') if in_set else ('wordb',)
        if not in_set:
            if ch == 'B':
                return ('nwordb',)
            if ch == 'A':
                return ('abs_start',)
            if ch == 'Z':
                return ('abs_end',)
        if ch == 'x':
            h = s[self.i:self.i + 2]
            if len(h) < 2 or not all(c in '0123456789abcdefABCDEF' for c in h):
                self.err('incomplete escape \\x' + h, start)
            self.i += 2
            return ('lit', chr(int(h, 16)))
        if ch in 'uU' and not self.is_bytes:
            n = 4 if ch == 'u' else 8
            h = s[self.i:self.i + n]
            if len(h) < n or not all(c in '0123456789abcdefABCDEF' for c in h):
                self.err('incomplete escape \\%s%s' % (ch, h), start)
            self.i += n
            return ('lit', chr(int(h, 16)))
        if ch == 'N' and not self.is_bytes:
            self.err('bad escape \\N', start)
        if ch == '0':
            j = self.i
            while j < len(s) and j < self.i + 2 and s[j] in '01234567':
                j += 1
            v = int('0' + s[self.i:j], 8)
            self.i = j
            return ('lit', chr(v))
        if ch.isdigit():
            j = self.i
            while j < len(s) and s[j].isdigit() and j < self.i + 2:
                j += 1
            digits = ch + s[self.i:j]
            if len(digits) == 3 and all(c in '01234567' for c in digits) and not in_set:
                self.i = j
                v = int(digits, 8)
                if v > 0o377:
                    self.err('octal escape value \\%s outside of range 0-0o377' % digits, start)
                return ('lit', chr(v))
            if in_set:
                if all(c in '01234567' for c in digits):
                    self.i = j
                    return ('lit', chr(int(digits, 8)))
                self.err('bad escape \\' + ch, start)
            self.i = start + 1 + len(digits)
            gid = int(digits)
            if gid > self.ngroups or gid in self.open_groups:
                if gid in self.open_groups:
                    self.err('cannot refer to an open group', start)
                self.err('invalid group reference %d' % gid, start + 1)
            return ('backref', gid)
        if ch.isalnum() and ch.isascii():
            self.err('bad escape \\' + ch, start)
        return ('lit', ch)

    def charset(self, start):
        s = self.s
        negated = False
        if self.peek() == '^':
            negated = True
            self.i += 1
        items = []
        first = True
        while True:
            if self.i >= len(s):
                self.err('unterminated character set', start)
            ch = s[self.i]
            if ch == ']' and not first:
                self.i += 1
                break
            first = False
            self.i += 1
            if ch == '\\':
                item = self.escape(in_set=True)
                if item[0] == 'cat':
                    items.append(item)
                    continue
                lo = item[1]
            elif ch == '[' and self.peek() == ':' and s.find(':]', self.i) > 0:
                lo = ch
            else:
                lo = ch
            if self.peek() == '-' and self.i + 1 < len(s) and s[self.i + 1] != ']':
                self.i += 1
                hc = s[self.i]
                self.i += 1
                if hc == '\\':
                    item = self.escape(in_set=True)
                    if item[0] == 'cat':
                        self.err('bad character range %s-%s' % (lo, s[self.i - 2:self.i]), self.i - 4)
                    hi = item[1]
                else:
                    hi = hc
                if ord(hi) < ord(lo):
                    self.err('bad character range %s-%s' % (lo, hi), self.i - 3)
                items.append(('range', lo, hi))
            else:
                items.append(('ch', lo))
        return ('set', negated, items)


_FLAG_CHARS = {'a': 256, 'i': 2, 'L': 4, 'm': 8, 's': 16, 'u': 32, 'x': 64}


def _fixed_width(node):
    k = node[0]
    if k in ('lit', 'any', 'set'):
        return 1
    if k in ('bol', 'eol', 'abs_start', 'abs_end', 'eos', 'wordb', 'nwordb', 'look', 'behind'):
        return 0
    if k == 'cat':
        total = 0
        for n in node[1]:
            w = _fixed_width(n)
            if w is None:
                return None
            total += w
        return total
    if k == 'alt':
        widths = set(_fixed_width(n) for n in node[1])
        return widths.pop() if len(widths) == 1 else None
    if k in ('group', 'ncgroup'):
        return _fixed_width(node[-1])
    if k == 'flags':
        return _fixed_width(node[3])
    if k == 'rep':
        if node[1] == node[2]:
            w = _fixed_width(node[4])
            return None if w is None else w * node[1]
        return None
    return None


# ---------------------------------------------------------------------------
# Compiling: node tree -> instruction list
# (op, a, b): CHAR c / ANY dotall / SET (neg, items, icase) / SPLIT x y /
# JMP x / SAVE n / MATCH / ASSERT kind / BACKREF n / LOOK (ahead, neg, prog) /
# BEHIND (neg, width, prog) / MARK r / CHECK r / ATOMIC prog / COND g yes no

class _Compiler:
    def __init__(self, flags, ascii_mode):
        self.code = []
        self.nregs = 0
        self.ascii = ascii_mode

    def emit(self, *ins):
        self.code.append(list(ins))
        return len(self.code) - 1

    def compile(self, node, flags):
        k = node[0]
        icase = bool(flags & IGNORECASE)
        if k == 'lit':
            c = node[1]
            if icase and c.lower() != c.upper():
                self.emit('SET', False, (('ch', c),), True)
            else:
                self.emit('CHAR', c)
        elif k == 'any':
            self.emit('ANY', bool(flags & DOTALL))
        elif k == 'set':
            self.emit('SET', node[1], tuple(node[2]), icase)
        elif k == 'cat':
            for n in node[1]:
                self.compile(n, flags)
        elif k == 'alt':
            jumps = []
            branches = node[1]
            for idx, b in enumerate(branches):
                if idx < len(branches) - 1:
                    split = self.emit('SPLIT', None, None)
                    self.code[split][1] = len(self.code)
                    self.compile(b, flags)
                    jumps.append(self.emit('JMP', None))
                    self.code[split][2] = len(self.code)
                else:
                    self.compile(b, flags)
            for j in jumps:
                self.code[j][1] = len(self.code)
        elif k == 'group':
            self.emit('SAVE', 2 * node[1])
            self.compile(node[2], flags)
            self.emit('SAVE', 2 * node[1] + 1)
        elif k == 'ncgroup':
            self.compile(node[1], flags)
        elif k == 'flags':
            self.compile(node[3], (flags | node[1]) & ~node[2])
        elif k == 'rep':
            self.repeat(node, flags)
        elif k in ('bol', 'eol', 'abs_start', 'abs_end', 'wordb', 'nwordb'):
            self.emit('ASSERT', k, flags)
        elif k == 'backref':
            self.emit('BACKREF', node[1], icase)
        elif k == 'look':
            self.emit('LOOK', node[2], self.sub(node[3], flags))
        elif k == 'behind':
            self.emit('BEHIND', node[1], node[2], self.sub(node[3], flags))
        elif k == 'atomic':
            self.emit('ATOMIC', self.sub(node[1], flags))
        elif k == 'cond':
            yes = self.sub(node[2], flags)
            no = self.sub(node[3], flags) if node[3] is not None else None
            self.emit('COND', node[1], yes, no)
        else:
            raise error('internal: bad node %r' % (k,))

    def sub(self, node, flags):
        c = _Compiler(flags, self.ascii)
        c.nregs = self.nregs
        c.compile(node, flags)
        c.emit('MATCH')
        self.nregs = c.nregs
        return c.code

    def repeat(self, node, flags):
        _, lo, hi, greedy, sub = node
        for _ in range(lo):
            self.compile(sub, flags)
        if hi is None:
            # loop: L: SPLIT body, out; body: MARK r; sub; CHECK r; JMP L
            reg = self.nregs
            self.nregs += 1
            top = self.emit('SPLIT', None, None)
            body = len(self.code)
            self.emit('MARK', reg)
            self.compile(sub, flags)
            self.emit('CHECK', reg)
            self.emit('JMP', top)
            out = len(self.code)
            self.code[top][1:3] = [body, out] if greedy else [out, body]
        else:
            splits = []
            for _ in range(hi - lo):
                s = self.emit('SPLIT', None, None)
                splits.append(s)
                body = len(self.code)
                self.compile(sub, flags)
                self.code[s][1] = body
            out = len(self.code)
            for s in splits:
                if greedy:
                    self.code[s][2] = out
                else:
                    self.code[s][1], self.code[s][2] = out, self.code[s][1]


# ---------------------------------------------------------------------------
# Matching

def _is_word(c, ascii_mode):
    if ascii_mode:
        return c == '_' or ('a' <= c <= 'z') or ('A' <= c <= 'Z') or ('0' <= c <= '9')
    return c == '_' or c.isalnum()


def _in_cat(c, cat, ascii_mode):
    if cat in 'dD':
        r = ('0' <= c <= '9') if ascii_mode else c.isdecimal()
    elif cat in 'wW':
        r = _is_word(c, ascii_mode)
    else:
        r = c in ' \t\n\r\f\v' if ascii_mode else (c.isspace() or c in '\x1c\x1d\x1e\x1f')
    return r if cat.islower() else not r


def _set_match(c, neg, items, icase, ascii_mode):
    cands = (c, c.lower(), c.upper()) if icase else (c,)
    hit = False
    for item in items:
        kind = item[0]
        if kind == 'ch':
            if icase:
                if item[1].lower() == c.lower():
                    hit = True
                    break
            elif item[1] == c:
                hit = True
                break
        elif kind == 'range':
            lo, hi = item[1], item[2]
            if any(lo <= x <= hi for x in cands):
                hit = True
                break
        elif _in_cat(c, item[1], ascii_mode):
            hit = True
            break
    return hit != neg


def _run(prog, s, pos, end, ngroups, nregs, ascii_mode, caps_in=None):
    # backtracking over (pc, position) with an undo log for captures/registers
    caps = caps_in[:] if caps_in is not None else [-1] * (2 * ngroups + 2)
    regs = [-1] * (nregs or 1)
    stack = []          # flat triples: pc, pos, undo-log length
    undo = []           # flat pairs: index (captures >= 0, registers -1-r), old value
    pc = 0
    n = len(prog)
    while True:
        if pc >= n:
            ok = False
        else:
            ins = prog[pc]
            op = ins[0]
            ok = True
            if op == 'CHAR':
                if pos < end and s[pos] == ins[1]:
                    pos += 1
                    pc += 1
                    continue
                ok = False
            elif op == 'ANY':
                if pos < end and (ins[1] or s[pos] != '\n'):
                    pos += 1
                    pc += 1
                    continue
                ok = False
            elif op == 'SET':
                if pos < end and _set_match(s[pos], ins[1], ins[2], ins[3], ascii_mode):
                    pos += 1
                    pc += 1
                    continue
                ok = False
            elif op == 'SPLIT':
                stack.append(ins[2])
                stack.append(pos)
                stack.append(len(undo))
                pc = ins[1]
                continue
            elif op == 'JMP':
                pc = ins[1]
                continue
            elif op == 'SAVE':
                undo.append(ins[1])
                undo.append(caps[ins[1]])
                caps[ins[1]] = pos
                pc += 1
                continue
            elif op == 'MARK':
                undo.append(-1 - ins[1])
                undo.append(regs[ins[1]])
                regs[ins[1]] = pos
                pc += 1
                continue
            elif op == 'CHECK':
                if regs[ins[1]] != pos:
                    pc += 1
                    continue
                ok = False
            elif op == 'MATCH':
                caps[0] = caps[0] if caps[0] >= 0 else 0
                return pos, caps
            elif op == 'ASSERT':
                if _assert(ins[1], ins[2], s, pos, end, ascii_mode):
                    pc += 1
                    continue
                ok = False
            elif op == 'BACKREF':
                g = ins[1]
                a, b = caps[2 * g], caps[2 * g + 1]
                if a >= 0 and b >= 0:
                    sub = s[a:b]
                    seg = s[pos:pos + len(sub)]
                    if (seg == sub) if not ins[2] else (seg.lower() == sub.lower()):
                        if len(seg) == len(sub):
                            pos += len(sub)
                            pc += 1
                            continue
                ok = False
            elif op == 'LOOK':
                r = _run(ins[2], s, pos, end, ngroups, nregs, ascii_mode, caps)
                if (r is not None) != ins[1]:
                    if r is not None:
                        for k in range(2, len(caps)):
                            if r[1][k] != caps[k]:
                                undo.append(k)
                                undo.append(caps[k])
                                caps[k] = r[1][k]
                    pc += 1
                    continue
                ok = False
            elif op == 'BEHIND':
                start = pos - ins[2]
                r = None
                if start >= 0:
                    r = _run(ins[3], s, start, pos, ngroups, nregs, ascii_mode, caps)
                    if r is not None and r[0] != pos:
                        r = None
                if (r is not None) != ins[1]:
                    pc += 1
                    continue
                ok = False
            elif op == 'ATOMIC':
                r = _run(ins[1], s, pos, end, ngroups, nregs, ascii_mode, caps)
                if r is not None:
                    for k in range(len(caps)):
                        if r[1][k] != caps[k]:
                            undo.append(k)
                            undo.append(caps[k])
                            caps[k] = r[1][k]
                    pos = r[0]
                    pc += 1
                    continue
                ok = False
            elif op == 'COND':
                g = ins[1]
                branch = ins[2] if caps[2 * g + 1] >= 0 else ins[3]
                if branch is None:
                    pc += 1
                    continue
                r = _run(branch, s, pos, end, ngroups, nregs, ascii_mode, caps)
                if r is not None:
                    for k in range(len(caps)):
                        if r[1][k] != caps[k]:
                            undo.append(k)
                            undo.append(caps[k])
                            caps[k] = r[1][k]
                    pos = r[0]
                    pc += 1
                    continue
                ok = False
        # failure: backtrack
        if not stack:
            return None
        mark = stack.pop()
        pos = stack.pop()
        pc = stack.pop()
        while len(undo) > mark:
            old = undo.pop()
            idx = undo.pop()
            if idx >= 0:
                caps[idx] = old
            else:
                regs[-1 - idx] = old


def _assert(kind, flags, s, pos, end, ascii_mode):
    if type(kind) is tuple:
        return pos > kind[1]            # ('after', at): a match must not be empty
    if kind == 'bol':
        return pos == 0 or (flags & MULTILINE and s[pos - 1] == '\n')
    if kind == 'eol':
        if pos == end or (pos == end - 1 and s[pos] == '\n'):
            return True
        return bool(flags & MULTILINE) and pos < end and s[pos] == '\n'
    if kind == 'abs_start':
        return pos == 0
    if kind == 'abs_end':
        return pos == end
    before = pos > 0 and _is_word(s[pos - 1], ascii_mode)
    after = pos < end and _is_word(s[pos], ascii_mode)
    if kind == 'wordb':
        return before != after
    return before == after


# ---------------------------------------------------------------------------
# Pattern and Match

class Pattern:
    def __init__(self, pattern, flags):
        self.pattern = pattern
        self._is_bytes = isinstance(pattern, (bytes, bytearray))
        if not self._is_bytes and not isinstance(pattern, str):
            raise TypeError('first argument must be string or compiled pattern')
        if self._is_bytes and flags & UNICODE:
            raise ValueError('cannot use UNICODE flag with a bytes pattern')
        if flags & ASCII and flags & UNICODE:
            raise ValueError('ASCII and UNICODE flags are incompatible')
        p = _Parser(pattern, flags)
        tree = p.parse()
        flags = p.flags
        if not self._is_bytes and not flags & ASCII:
            flags |= UNICODE
        self.flags = int(flags)
        self.groups = p.ngroups
        self.groupindex = dict(p.names)
        self._ascii = bool(self.flags & ASCII) or self._is_bytes
        c = _Compiler(self.flags, self._ascii)
        c.emit('SAVE', 0)
        c.compile(tree, self.flags)
        c.emit('SAVE', 1)
        c.emit('MATCH')
        self._prog = c.code
        self._nregs = c.nregs
        self._literal = _literal_prefix(tree) if not self.flags & IGNORECASE else None

    def __repr__(self):
        flags = int(self.flags)
        if not self._is_bytes:
            flags &= ~UNICODE
        if flags:
            return 're.compile(%r, %r)' % (self.pattern, RegexFlag(flags))
        return 're.compile(%r)' % (self.pattern,)

    def __eq__(self, other):
        return isinstance(other, Pattern) and self.pattern == other.pattern and self.flags == other.flags

    def __hash__(self):
        return hash((self.pattern, int(self.flags)))

    def _subject(self, string):
        if self._is_bytes:
            if isinstance(string, str):
                raise TypeError('cannot use a bytes pattern on a string-like object')
            return bytes(string).decode('latin-1')
        if not isinstance(string, str):
            raise TypeError('cannot use a string pattern on a bytes-like object')
        return string

    def _bounds(self, s, pos, endpos):
        n = len(s)
        if endpos is None or endpos > n:
            endpos = n
        if pos < 0:
            pos = 0
        if endpos < 0:
            endpos = 0
        return pos, endpos

    def _at(self, s, string, start, pos, endpos):
        r = _run(self._prog, s, start, endpos, self.groups, self._nregs, self._ascii)
        if r is None:
            return None
        return Match(self, string, s, r[1], pos, endpos)

    def match(self, string, pos=0, endpos=None):
        s = self._subject(string)
        pos, endpos = self._bounds(s, pos, endpos)
        return self._at(s, string, pos, pos, endpos)

    def fullmatch(self, string, pos=0, endpos=None):
        s = self._subject(string)
        pos, endpos = self._bounds(s, pos, endpos)
        # run with an end anchor appended
        prog = self._prog[:-2] + [['ASSERT', 'abs_end', 0], ['SAVE', 1], ['MATCH']]
        r = _run(prog, s, pos, endpos, self.groups, self._nregs, self._ascii)
        if r is None:
            return None
        return Match(self, string, s, r[1], pos, endpos)

    def search(self, string, pos=0, endpos=None):
        s = self._subject(string)
        pos, endpos = self._bounds(s, pos, endpos)
        return self._search(s, string, pos, pos, endpos)

    def _search(self, s, string, start, pos, endpos):
        lit = self._literal
        i = start
        while i <= endpos:
            if lit:
                j = s.find(lit, i, endpos)
                if j < 0:
                    return None
                i = j
            m = self._at(s, string, i, pos, endpos)
            if m is not None:
                return m
            i += 1
        return None

    def finditer(self, string, pos=0, endpos=None):
        return self._iter_matches(string, pos, endpos)

    def findall(self, string, pos=0, endpos=None):
        out = []
        for m in self._iter_matches(string, pos, endpos):
            if self.groups == 0:
                out.append(m.group())
            elif self.groups == 1:
                out.append(m.group(1) if m.group(1) is not None else m._empty())
            else:
                out.append(tuple(g if g is not None else m._empty() for g in m.groups()))
        return out

    def _iter_matches(self, string, pos=0, endpos=None):
        # CPython's rule: after an empty match, the next match may not be
        # an empty match at the same position
        s = self._subject(string)
        pos, endpos = self._bounds(s, pos, endpos)
        i = pos
        prev_empty_at = -1
        while i <= endpos:
            m = self._search(s, string, i, pos, endpos)
            if m is None:
                return
            a, b = m.span()
            if a == b and a == prev_empty_at:
                # no empty match where the last empty one was: a non-empty
                # match there, or carry on from the next position
                m2 = self._nonempty_at(s, string, a, pos, endpos)
                if m2 is None:
                    i = a + 1
                    prev_empty_at = -1
                    continue
                m = m2
                a, b = m.span()
            yield m
            prev_empty_at = b if a == b else -1
            i = b

    def _nonempty_at(self, s, string, at, pos, endpos):
        # the first match starting at `at`, in matcher order, that is not empty
        prog = self._prog[:-1] + [['ASSERT', ('after', at), 0], ['MATCH']]
        r = _run(prog, s, at, endpos, self.groups, self._nregs, self._ascii)
        if r is None:
            return None
        return Match(self, string, s, r[1], pos, endpos)

    def split(self, string, maxsplit=0):
        out = []
        last = 0
        n = 0
        s = self._subject(string)
        for m in self._iter_matches(string):
            if maxsplit and n >= maxsplit:
                break
            a, b = m.span()
            out.append(string[last:a])
            out.extend(m.groups())
            last = b
            n += 1
        out.append(string[last:])
        return out

    def sub(self, repl, string, count=0):
        return self.subn(repl, string, count)[0]

    def subn(self, repl, string, count=0):
        if callable(repl):
            func = repl
        else:
            template = _parse_template(repl, self)
            func = lambda m: m._expand_parsed(template)
        parts = []
        last = 0
        n = 0
        for m in self._iter_matches(string):
            if count and n >= count:
                break
            a, b = m.span()
            parts.append(string[last:a])
            r = func(m)
            if self._is_bytes:
                if not isinstance(r, (bytes, bytearray)):
                    raise TypeError('expected a bytes-like object, %s found' % type(r).__name__)
            elif not isinstance(r, str):
                raise TypeError('expected str instance, %s found' % type(r).__name__)
            parts.append(r)
            last = b
            n += 1
        parts.append(string[last:])
        joiner = b'' if self._is_bytes else ''
        return joiner.join(parts), n

    def scanner(self, string, pos=0, endpos=None):
        raise NotImplementedError('scanner')

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self


def _literal_prefix(tree):
    # the literal text every match starts with, for a fast scan
    node = tree
    if node[0] == 'lit':
        return node[1]
    if node[0] == 'cat':
        out = []
        for n in node[1]:
            if n[0] == 'lit':
                out.append(n[1])
            else:
                break
        return ''.join(out) or None
    return None


def _parse_template(repl, pattern):
    # a replacement string -> list of text pieces and group numbers
    is_bytes = isinstance(repl, (bytes, bytearray))
    if pattern._is_bytes != is_bytes:
        raise TypeError('expected %s instance, %s found' % ('a bytes-like object' if pattern._is_bytes else 'str',
                                                             type(repl).__name__))
    s = repl.decode('latin-1') if is_bytes else repl
    pieces = []
    lit = []
    i, n = 0, len(s)
    while i < n:
        ch = s[i]
        if ch != '\\':
            lit.append(ch)
            i += 1
            continue
        if i + 1 >= n:
            raise error('bad escape (end of pattern)', repl, i)
        c = s[i + 1]
        if c == 'g':
            end = s.find('>', i + 3)
            if i + 2 >= n or s[i + 2] != '<':
                raise error('missing <', repl, i + 2)
            if end < 0:
                raise error('missing >, unterminated name', repl, i + 3)
            name = s[i + 3:end]
            if not name:
                raise error('missing group name', repl, i + 3)
            if name.isdigit():
                g = int(name)
                if g > pattern.groups:
                    raise error('invalid group reference %d' % g, repl, i + 3)
            else:
                if not name.isidentifier():
                    raise error('bad character in group name %r' % name, repl, i + 3)
                if name not in pattern.groupindex:
                    raise IndexError('unknown group name %r' % name)
                g = pattern.groupindex[name]
            pieces.append(''.join(lit))
            lit = []
            pieces.append(g)
            i = end + 1
            continue
        if c.isdigit():
            if c == '0' or (i + 3 < n + 1 and s[i + 1:i + 4].isdigit() and len(s[i + 1:i + 4]) == 3 and
                            all(d in '01234567' for d in s[i + 1:i + 4])):
                j = i + 1
                digits = ''
                while j < n and j < i + 4 and s[j] in '01234567':
                    digits += s[j]
                    j += 1
                lit.append(chr(int(digits, 8)))
                i = j
                continue
            j = i + 1
            while j < n and j < i + 3 and s[j].isdigit():
                j += 1
            g = int(s[i + 1:j])
            if g > pattern.groups:
                raise error('invalid group reference %d' % g, repl, i + 1)
            pieces.append(''.join(lit))
            lit = []
            pieces.append(g)
            i = j
            continue
        simple = {'n': '\n', 't': '\t', 'r': '\r', 'f': '\f', 'v': '\v', 'a': '\a', 'b': '\b', '\\': '\\'}
        if c in simple:
            lit.append(simple[c])
        elif c.isascii() and c.isalpha():
            raise error('bad escape \\' + c, repl, i)
        else:
            lit.append('\\' + c)
        i += 2
    pieces.append(''.join(lit))
    return (pieces, is_bytes)


class Match:
    def __init__(self, pattern, string, s, caps, pos, endpos):
        self.re = pattern
        self.string = string
        self._s = s
        self._caps = caps
        self.pos = pos
        self.endpos = endpos

    def _empty(self):
        return b'' if self.re._is_bytes else ''

    def _slice(self, a, b):
        if a < 0 or b < 0:
            return None
        return self.string[a:b]

    def _index(self, g):
        if isinstance(g, str):
            if g not in self.re.groupindex:
                raise IndexError('no such group')
            return self.re.groupindex[g]
        try:
            g = g.__index__()
        except AttributeError:
            raise IndexError('no such group') from None
        if g < 0 or g > self.re.groups:
            raise IndexError('no such group')
        return g

    def group(self, *groups):
        if not groups:
            return self._slice(self._caps[0], self._caps[1])
        if len(groups) == 1:
            g = self._index(groups[0])
            return self._slice(self._caps[2 * g], self._caps[2 * g + 1])
        return tuple(self.group(g) for g in groups)

    def __getitem__(self, g):
        return self.group(g)

    def groups(self, default=None):
        out = []
        for g in range(1, self.re.groups + 1):
            v = self._slice(self._caps[2 * g], self._caps[2 * g + 1])
            out.append(default if v is None else v)
        return tuple(out)

    def groupdict(self, default=None):
        out = {}
        for name, g in self.re.groupindex.items():
            v = self.group(g)
            out[name] = default if v is None else v
        return out

    def start(self, group=0):
        return self._caps[2 * self._index(group)]

    def end(self, group=0):
        return self._caps[2 * self._index(group) + 1]

    def span(self, group=0):
        g = self._index(group)
        return self._caps[2 * g], self._caps[2 * g + 1]

    @property
    def lastindex(self):
        best = None
        best_end = -1
        for g in range(1, self.re.groups + 1):
            e = self._caps[2 * g + 1]
            if e >= 0 and self._caps[2 * g] >= 0 and e >= best_end:
                if e > best_end or best is None:
                    best, best_end = g, e
        return best

    @property
    def lastgroup(self):
        li = self.lastindex
        if li is None:
            return None
        for name, g in self.re.groupindex.items():
            if g == li:
                return name
        return None

    @property
    def regs(self):
        return tuple(self.span(g) for g in range(self.re.groups + 1))

    def expand(self, template):
        return self._expand_parsed(_parse_template(template, self.re))

    def _expand_parsed(self, parsed):
        pieces, is_bytes = parsed
        out = []
        for p in pieces:
            if isinstance(p, int):
                v = self.group(p)
                if v is not None:
                    out.append(v.decode('latin-1') if is_bytes else v)
            else:
                out.append(p)
        text = ''.join(out)
        return text.encode('latin-1') if is_bytes else text

    def __bool__(self):
        return True

    def __repr__(self):
        return '<re.Match object; span=%r, match=%r>' % (self.span(), self.group())

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self


# ---------------------------------------------------------------------------
# Module functions

_cache = {}
_MAXCACHE = 512


def _compile(pattern, flags):
    if isinstance(flags, RegexFlag):
        flags = int(flags)
    if isinstance(pattern, Pattern):
        if flags:
            raise ValueError('cannot process flags argument with a compiled pattern')
        return pattern
    key = (type(pattern), pattern, flags)
    p = _cache.get(key)
    if p is None:
        p = Pattern(pattern, flags)
        if len(_cache) >= _MAXCACHE:
            del _cache[next(iter(_cache))]
        _cache[key] = p
    return p


def compile(pattern, flags=0):
    return _compile(pattern, flags)


def match(pattern, string, flags=0):
    return _compile(pattern, flags).match(string)


def fullmatch(pattern, string, flags=0):
    return _compile(pattern, flags).fullmatch(string)


def search(pattern, string, flags=0):
    return _compile(pattern, flags).search(string)


def sub(pattern, repl, string, count=0, flags=0):
    return _compile(pattern, flags).sub(repl, string, count)


def subn(pattern, repl, string, count=0, flags=0):
    return _compile(pattern, flags).subn(repl, string, count)


def split(pattern, string, maxsplit=0, flags=0):
    return _compile(pattern, flags).split(string, maxsplit)


def findall(pattern, string, flags=0):
    return _compile(pattern, flags).findall(string)


def finditer(pattern, string, flags=0):
    return _compile(pattern, flags)._iter_matches(string)


def purge():
    _cache.clear()


def template(pattern, flags=0):
    return _compile(pattern, flags | TEMPLATE)


_special_chars = {i: '\\' + chr(i) for i in b'()[]{}?*+-|^$\\.&~# \t\n\r\v\f'}


def escape(pattern):
    if isinstance(pattern, str):
        return pattern.translate(_special_chars)
    return str(pattern, 'latin1').translate(_special_chars).encode('latin1')
