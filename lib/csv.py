# csv: reading and writing comma-separated values with CPython's dialect
# rules (quoting, doubled quotes, escapes, lineterminator "\r\n" on output,
# any line ending on input), readers and writers over rows and dicts.

__all__ = ['QUOTE_MINIMAL', 'QUOTE_ALL', 'QUOTE_NONNUMERIC', 'QUOTE_NONE', 'Error',
           'Dialect', 'excel', 'excel_tab', 'unix_dialect', 'reader', 'writer',
           'register_dialect', 'get_dialect', 'list_dialects', 'field_size_limit',
           'DictReader', 'DictWriter', 'Sniffer']

QUOTE_MINIMAL, QUOTE_ALL, QUOTE_NONNUMERIC, QUOTE_NONE = range(4)


class Error(Exception):
    pass


class Dialect:
    delimiter = ','
    quotechar = '"'
    escapechar = None
    doublequote = True
    skipinitialspace = False
    lineterminator = '\r\n'
    quoting = QUOTE_MINIMAL
    strict = False


class excel(Dialect):
    pass


class excel_tab(excel):
    delimiter = '\t'


class unix_dialect(Dialect):
    lineterminator = '\n'
    quoting = QUOTE_ALL


_dialects = {'excel': excel, 'excel-tab': excel_tab, 'unix': unix_dialect}
_field_limit = 131072


def register_dialect(name, dialect=None, **fmtparams):
    _dialects[name] = _Params(dialect or excel, fmtparams)


def unregister_dialect(name):
    if name not in _dialects:
        raise Error('unknown dialect')
    del _dialects[name]


def get_dialect(name):
    if name not in _dialects:
        raise Error('unknown dialect')
    return _dialects[name]


def list_dialects():
    return list(_dialects)


def field_size_limit(new_limit=None):
    global _field_limit
    old = _field_limit
    if new_limit is not None:
        _field_limit = new_limit
    return old


class _Params:
    def __init__(self, dialect, fmtparams):
        if isinstance(dialect, str):
            dialect = get_dialect(dialect)
        for name in ('delimiter', 'quotechar', 'escapechar', 'doublequote', 'skipinitialspace',
                     'lineterminator', 'quoting', 'strict'):
            setattr(self, name, fmtparams.get(name, getattr(dialect, name, getattr(Dialect, name))))
        for k in fmtparams:
            if not hasattr(Dialect, k):
                raise TypeError("'%s' is an invalid keyword argument for this function" % k)
        if not isinstance(self.delimiter, str) or len(self.delimiter) != 1:
            raise TypeError('"delimiter" must be a 1-character string')
        if self.quotechar is None and self.quoting != QUOTE_NONE:
            raise TypeError('quotechar must be set if quoting enabled')


class _Reader:
    def __init__(self, f, p):
        self._it = iter(f)
        self.dialect = p
        self.line_num = 0

    def __iter__(self):
        return self

    def __next__(self):
        p = self.dialect
        fields = []
        field = []
        state = 'start'           # start, field, quoted, quote_in_quoted, escape, escape_in_quoted
        quoted_field = False
        got_line = False
        while True:
            try:
                line = next(self._it)
            except StopIteration:
                if state in ('quoted', 'escape_in_quoted') and p.strict:
                    raise Error('unexpected end of data')
                if not got_line:
                    raise
                if state in ('quoted', 'escape_in_quoted'):
                    raise Error('unexpected end of data')
                break
            if not isinstance(line, str):
                raise Error('iterator should return strings, not %s (the file should be opened '
                            'in text mode)' % type(line).__name__)
            got_line = True
            self.line_num += 1
            i, n = 0, len(line)
            while i < n:
                ch = line[i]
                i += 1
                if state == 'start':
                    quoted_field = False
                    if ch in '\r\n':
                        # an empty line is an empty row; after a delimiter, an empty field
                        state = 'eol' if fields else 'empty'
                        break
                    if ch == p.quotechar and p.quoting != QUOTE_NONE:
                        state = 'quoted'
                        quoted_field = True
                    elif ch == p.escapechar:
                        state = 'escape'
                    elif ch == ' ' and p.skipinitialspace:
                        pass
                    elif ch == p.delimiter:
                        fields.append(self._finish(field, quoted_field))
                        field = []
                    else:
                        field.append(ch)
                        state = 'field'
                elif state == 'field':
                    if ch in '\r\n':
                        state = 'eol'
                        break
                    if ch == p.escapechar:
                        state = 'escape'
                    elif ch == p.delimiter:
                        fields.append(self._finish(field, quoted_field))
                        field = []
                        state = 'start'
                    else:
                        field.append(ch)
                elif state == 'escape':
                    field.append(ch)
                    state = 'field'
                elif state == 'quoted':
                    if ch == p.escapechar:
                        state = 'escape_in_quoted'
                    elif ch == p.quotechar:
                        state = 'quote_in_quoted' if p.doublequote else 'field'
                    else:
                        field.append(ch)
                elif state == 'escape_in_quoted':
                    field.append(ch)
                    state = 'quoted'
                elif state == 'quote_in_quoted':
                    if ch == p.quotechar:
                        field.append(ch)
                        state = 'quoted'
                    elif ch == p.delimiter:
                        fields.append(self._finish(field, quoted_field))
                        field = []
                        state = 'start'
                    elif ch in '\r\n':
                        state = 'eol'
                        break
                    elif not p.strict:
                        field.append(ch)
                        state = 'field'
                    else:
                        raise Error("'%s' expected after '%s'" % (p.delimiter, p.quotechar))
            if state == 'empty':
                break
            if state == 'eol' or (state in ('start', 'field', 'quote_in_quoted') and i >= n):
                if state != 'start' or fields:
                    fields.append(self._finish(field, quoted_field))
                break
            if state in ('quoted', 'escape_in_quoted'):
                # a newline inside quotes belongs to the field
                continue
        return fields

    def _finish(self, field, quoted):
        s = ''.join(field)
        if len(s) > _field_limit:
            raise Error('field larger than field limit (%d)' % _field_limit)
        if self.dialect.quoting == QUOTE_NONNUMERIC and not quoted and s:
            return float(s)
        return s


class _Writer:
    def __init__(self, f, p):
        self._write = f.write
        self.dialect = p

    def _quote(self, field):
        p = self.dialect
        if field is None:
            s = ''
        elif isinstance(field, float):
            s = repr(field)
        else:
            s = str(field)
        if p.quoting == QUOTE_NONE:
            out = []
            for ch in s:
                if ch in (p.delimiter, p.quotechar, '\r', '\n') or ch == p.escapechar:
                    if p.escapechar is None:
                        raise Error('need to escape, but no escapechar set')
                    out.append(p.escapechar)
                out.append(ch)
            return ''.join(out)
        if p.quoting == QUOTE_ALL:
            need = True
        elif p.quoting == QUOTE_NONNUMERIC:
            need = not isinstance(field, (int, float, complex))
        else:
            need = (s == '' and False) or any(ch in s for ch in (p.delimiter, p.quotechar, '\r', '\n')) \
                or (p.escapechar is not None and p.escapechar in s)
            if s and (s[0] == ' ' and p.skipinitialspace):
                need = True
        if p.quotechar is not None and p.quotechar in s:
            if p.doublequote:
                s = s.replace(p.quotechar, p.quotechar * 2)
            elif p.escapechar is not None:
                s = s.replace(p.quotechar, p.escapechar + p.quotechar)
            else:
                raise Error('need to escape, but no escapechar set')
        return p.quotechar + s + p.quotechar if need else s

    def writerow(self, row):
        p = self.dialect
        try:
            fields = list(row)
        except TypeError:
            raise Error('iterable expected, not %s' % type(row).__name__)
        if len(fields) == 1 and (fields[0] is None or fields[0] == '') and p.quoting != QUOTE_NONE:
            line = p.quotechar * 2
        else:
            line = p.delimiter.join(self._quote(f) for f in fields)
        return self._write(line + p.lineterminator)

    def writerows(self, rows):
        for row in rows:
            self.writerow(row)


def reader(csvfile, dialect='excel', **fmtparams):
    return _Reader(csvfile, _Params(dialect, fmtparams))


def writer(csvfile, dialect='excel', **fmtparams):
    return _Writer(csvfile, _Params(dialect, fmtparams))


class DictReader:
    def __init__(self, f, fieldnames=None, restkey=None, restval=None, dialect='excel', *args, **kwds):
        self._fieldnames = fieldnames
        self.restkey = restkey
        self.restval = restval
        self.reader = reader(f, dialect, *args, **kwds)
        self.dialect = dialect
        self.line_num = 0

    def __iter__(self):
        return self

    @property
    def fieldnames(self):
        if self._fieldnames is None:
            try:
                self._fieldnames = next(self.reader)
            except StopIteration:
                pass
        self.line_num = self.reader.line_num
        return self._fieldnames

    @fieldnames.setter
    def fieldnames(self, value):
        self._fieldnames = value

    def __next__(self):
        if self.line_num == 0:
            self.fieldnames
        row = next(self.reader)
        self.line_num = self.reader.line_num
        while row == []:
            row = next(self.reader)
        d = dict(zip(self.fieldnames, row))
        lf = len(self.fieldnames)
        lr = len(row)
        if lf < lr:
            d[self.restkey] = row[lf:]
        elif lf > lr:
            for key in self.fieldnames[lr:]:
                d[key] = self.restval
        return d


class DictWriter:
    def __init__(self, f, fieldnames, restval='', extrasaction='raise', dialect='excel', *args, **kwds):
        self.fieldnames = list(fieldnames)
        self.restval = restval
        if extrasaction.lower() not in ('raise', 'ignore'):
            raise ValueError("extrasaction (%s) must be 'raise' or 'ignore'" % extrasaction)
        self.extrasaction = extrasaction
        self.writer = writer(f, dialect, *args, **kwds)

    def writeheader(self):
        header = dict(zip(self.fieldnames, self.fieldnames))
        return self.writerow(header)

    def _dict_to_list(self, rowdict):
        if self.extrasaction == 'raise':
            wrong = [k for k in rowdict if k not in self.fieldnames]
            if wrong:
                raise ValueError('dict contains fields not in fieldnames: ' +
                                 ', '.join([repr(x) for x in wrong]))
        return (rowdict.get(key, self.restval) for key in self.fieldnames)

    def writerow(self, rowdict):
        return self.writer.writerow(self._dict_to_list(rowdict))

    def writerows(self, rowdicts):
        return self.writer.writerows(map(self._dict_to_list, rowdicts))


class Sniffer:
    def sniff(self, sample, delimiters=None):
        candidates = delimiters or ',\t;|: '
        best, best_score = None, 0
        lines = [l for l in sample.splitlines() if l]
        for d in candidates:
            counts = [l.count(d) for l in lines]
            if counts and min(counts) > 0 and len(set(counts)) == 1 and counts[0] > best_score:
                best, best_score = d, counts[0]
        if best is None:
            raise Error('Could not determine delimiter')

        class sniffed(excel):
            delimiter = best
            lineterminator = '\r\n'
        return sniffed

    def has_header(self, sample):
        rows = list(reader(sample.splitlines()))
        if len(rows) < 2:
            return False
        first, rest = rows[0], rows[1:]

        def numeric(s):
            try:
                float(s)
                return True
            except ValueError:
                return False
        return any(not numeric(h) and all(numeric(r[i]) for r in rest if i < len(r))
                   for i, h in enumerate(first))
