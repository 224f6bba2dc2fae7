# string: character-class constants, capwords, Template ($-substitution)
# and Formatter (str.format's machinery as a class).

whitespace = ' \t\n\r\x0b\x0c'
ascii_lowercase = 'abcdefghijklmnopqrstuvwxyz'
ascii_uppercase = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ'
ascii_letters = ascii_lowercase + ascii_uppercase
digits = '0123456789'
hexdigits = digits + 'abcdef' + 'ABCDEF'
octdigits = '01234567'
punctuation = r"""!"#$%&'()*+,-./:;<=>?@[\]^_`{|}~"""
printable = digits + ascii_letters + punctuation + whitespace


def capwords(s, sep=None):
    return (sep or ' ').join(x.capitalize() for x in s.split(sep))


class Template:
    delimiter = '$'
    idpattern = None
    braceidpattern = None

    def __init__(self, template):
        self.template = template

    def _scan(self, mapping, safe):
        s = self.template
        d = self.delimiter
        out = []
        i, n = 0, len(s)
        while i < n:
            j = s.find(d, i)
            if j < 0:
                out.append(s[i:])
                break
            out.append(s[i:j])
            k = j + len(d)
            if s.startswith(d, k):
                out.append(d)
                i = k + len(d)
                continue
            if k < n and s[k] == '{':
                end = s.find('}', k)
                name = s[k + 1:end] if end > 0 else ''
                if end < 0 or not name.isidentifier():
                    if safe:
                        out.append(d)
                        i = k
                        continue
                    self._invalid(j)
                i = end + 1
            else:
                m = k
                while m < n and (s[m] == '_' or s[m].isalnum() and s[m].isascii()):
                    if m == k and s[m].isdigit():
                        break
                    m += 1
                name = s[k:m]
                if not name:
                    if safe:
                        out.append(d)
                        i = k
                        continue
                    self._invalid(j)
                i = m
            if name in mapping:
                out.append('%s' % (mapping[name],))
            elif safe:
                out.append(s[j:i])
            else:
                raise KeyError(name)
        return ''.join(out)

    def _invalid(self, pos):
        lines = self.template[:pos].splitlines(keepends=True)
        if not lines:
            colno, lineno = 1, 1
        else:
            colno = pos - len(''.join(lines[:-1])) + 1
            lineno = len(lines)
        raise ValueError('Invalid placeholder in string: line %d, col %d' % (lineno, colno))

    def substitute(self, mapping={}, /, **kws):
        if kws:
            mapping = dict(mapping, **kws) if mapping else kws
        return self._scan(mapping, False)

    def safe_substitute(self, mapping={}, /, **kws):
        if kws:
            mapping = dict(mapping, **kws) if mapping else kws
        return self._scan(mapping, True)

    def is_valid(self):
        try:
            self._scan({}, False)
        except KeyError:
            return True
        except ValueError:
            return False
        return True

    def get_identifiers(self):
        ids = []

        class Collect(dict):
            def __missing__(self, key):
                if key not in ids:
                    ids.append(key)
                return ''

            def __contains__(self, key):
                self[key]
                return True
        self._scan(Collect(), True)
        return ids


class Formatter:
    def format(self, format_string, /, *args, **kwargs):
        return self.vformat(format_string, args, kwargs)

    def vformat(self, format_string, args, kwargs):
        return format_string.format(*args, **kwargs)
