# unittest: test cases, assertions, suites and a text runner with the
# output of CPython's (dots, failure reports, "Ran N tests", OK/FAILED)
# on stderr. main() finds the TestCase classes of __main__.
import sys

__unittest = True


class SkipTest(Exception):
    pass


class _ShouldStop(Exception):
    pass


def _clock():
    try:
        from time import perf_counter
        return perf_counter()
    except ImportError:
        return 0.0


def _safe_repr(obj, short=False):
    try:
        r = repr(obj)
    except Exception:
        r = object.__repr__(obj)
    if not short or len(r) < 80:
        return r
    return r[:80] + ' [truncated]...'


def skip(reason):
    def deco(obj):
        if isinstance(obj, type):
            obj.__unittest_skip__ = True
            obj.__unittest_skip_why__ = reason
            return obj

        def skipped(*args, **kwargs):
            raise SkipTest(reason)
        skipped.__name__ = getattr(obj, '__name__', 'skipped')
        skipped.__unittest_skip__ = True
        skipped.__unittest_skip_why__ = reason
        return skipped
    if callable(reason) and not isinstance(reason, str):
        f, reason = reason, ''
        return deco(f)
    return deco


def skipIf(condition, reason):
    if condition:
        return skip(reason)
    return lambda obj: obj


def skipUnless(condition, reason):
    if not condition:
        return skip(reason)
    return lambda obj: obj


def expectedFailure(f):
    f.__unittest_expecting_failure__ = True
    return f


class _AssertRaisesContext:
    def __init__(self, expected, test_case, regex=None, msg=None):
        self.expected = expected
        self.test_case = test_case
        self.regex = regex
        self.msg = msg
        self.exception = None

    def __enter__(self):
        return self

    def __exit__(self, exc_type, exc_value, tb):
        if exc_type is None:
            try:
                name = self.expected.__name__
            except AttributeError:
                name = str(self.expected)
            self.test_case.fail(self.msg or '%s not raised' % name)
        if not issubclass(exc_type, self.expected):
            return False
        self.exception = exc_value
        if self.regex is not None:
            import re
            if not re.search(self.regex, str(exc_value)):
                self.test_case.fail('"%s" does not match "%s"' % (self.regex, str(exc_value)))
        return True


class _SubTestContext:
    def __init__(self, case, msg, params):
        self.case = case
        self.msg = msg
        self.params = params

    def __enter__(self):
        return None

    def __exit__(self, exc_type, exc, tb):
        if exc_type is None:
            return False
        if issubclass(exc_type, SkipTest):
            return False
        result = self.case._result
        if result is None:
            return False
        desc = self.case._subtest_description(self.msg, self.params)
        if issubclass(exc_type, self.case.failureException):
            result.addSubFailure(self.case, desc, exc)
        else:
            result.addSubError(self.case, desc, exc)
        return True


class TestCase:
    failureException = AssertionError
    longMessage = True
    maxDiff = 80 * 8

    def __init__(self, methodName='runTest'):
        self._testMethodName = methodName
        self._result = None
        self._cleanups = []
        if methodName != 'runTest' and not hasattr(self, methodName):
            raise ValueError('no such test method in %s: %s' % (type(self), methodName))

    def __repr__(self):
        return '<%s.%s testMethod=%s>' % (type(self).__module__, type(self).__qualname__,
                                         self._testMethodName)

    def __str__(self):
        return '%s (%s.%s.%s)' % (self._testMethodName, type(self).__module__,
                                  type(self).__qualname__, self._testMethodName)

    def id(self):
        return '%s.%s.%s' % (type(self).__module__, type(self).__qualname__, self._testMethodName)

    def shortDescription(self):
        doc = getattr(getattr(self, self._testMethodName), '__doc__', None)
        return doc.strip().split('\n')[0].strip() if doc else None

    def setUp(self):
        pass

    def tearDown(self):
        pass

    @classmethod
    def setUpClass(cls):
        pass

    @classmethod
    def tearDownClass(cls):
        pass

    def addCleanup(self, function, *args, **kwargs):
        self._cleanups.append((function, args, kwargs))

    def doCleanups(self):
        while self._cleanups:
            function, args, kwargs = self._cleanups.pop()
            function(*args, **kwargs)

    def skipTest(self, reason):
        raise SkipTest(reason)

    def subTest(self, msg=None, **params):
        return _SubTestContext(self, msg, params)

    def _subtest_description(self, msg, params):
        parts = []
        if msg is not None:
            parts.append('[%s]' % (msg,))
        if params:
            parts.append('(%s)' % ', '.join('%s=%r' % (k, v) for k, v in params.items()))
        return '%s %s' % (self, ' '.join(parts) or '(<subtest>)')

    def countTestCases(self):
        return 1

    def __call__(self, result=None):
        return self.run(result)

    def run(self, result=None):
        if result is None:
            result = TestResult()
        self._result = result
        method = getattr(self, self._testMethodName)
        result.startTest(self)
        try:
            if getattr(type(self), '__unittest_skip__', False) or getattr(method, '__unittest_skip__', False):
                why = getattr(type(self), '__unittest_skip_why__', '') or getattr(method, '__unittest_skip_why__', '')
                result.addSkip(self, why)
                return result
            expecting = getattr(method, '__unittest_expecting_failure__', False)
            ok = self._call(result, self.setUp, False)
            if ok:
                before = len(result.failures) + len(result.errors)
                ok = self._call(result, method, expecting)
                if ok and len(result.failures) + len(result.errors) > before:
                    ok = False
                self._call(result, self.tearDown, False)
                if ok is True:
                    if expecting:
                        result.addUnexpectedSuccess(self)
                    else:
                        result.addSuccess(self)
            try:
                self.doCleanups()
            except Exception as e:
                result.addError(self, e)
        finally:
            result.stopTest(self)
            self._result = None
        return result

    def _call(self, result, fn, expecting):
        # True: passed; False: failed or errored (reported); None: skipped
        try:
            fn()
            return True
        except SkipTest as e:
            result.addSkip(self, str(e))
            return None
        except KeyboardInterrupt:
            raise
        except self.failureException as e:
            if expecting:
                result.addExpectedFailure(self, e)
                return None
            result.addFailure(self, e)
            return False
        except BaseException as e:
            if expecting:
                result.addExpectedFailure(self, e)
                return None
            if isinstance(e, SystemExit) and False:
                raise
            result.addError(self, e)
            return False

    def debug(self):
        self.setUp()
        getattr(self, self._testMethodName)()
        self.tearDown()
        self.doCleanups()

    def _formatMessage(self, msg, standardMsg):
        if not self.longMessage:
            return msg or standardMsg
        if msg is None:
            return standardMsg
        return '%s : %s' % (standardMsg, msg)

    def fail(self, msg=None):
        raise self.failureException(msg)

    def assertTrue(self, expr, msg=None):
        if not expr:
            self.fail(self._formatMessage(msg, '%s is not true' % _safe_repr(expr)))

    def assertFalse(self, expr, msg=None):
        if expr:
            self.fail(self._formatMessage(msg, '%s is not false' % _safe_repr(expr)))

    def _diff_message(self, first, second):
        kinds = ((list, 'Lists'), (tuple, 'Tuples'), (dict, None), (str, None), (set, None))
        for t, label in kinds:
            if isinstance(first, t) and isinstance(second, t) and label:
                return '%s differ: %s != %s' % (label, _safe_repr(first, True), _safe_repr(second, True))
        return '%s != %s' % (_safe_repr(first), _safe_repr(second))

    def assertEqual(self, first, second, msg=None):
        if not first == second:
            self.fail(self._formatMessage(msg, self._diff_message(first, second)))

    def assertNotEqual(self, first, second, msg=None):
        if not first != second:
            self.fail(self._formatMessage(msg, '%s == %s' % (_safe_repr(first), _safe_repr(second))))

    assertEquals = assertEqual
    assertNotEquals = assertNotEqual
    assertListEqual = assertEqual
    assertTupleEqual = assertEqual
    assertDictEqual = assertEqual
    assertSetEqual = assertEqual
    assertSequenceEqual = assertEqual
    assertMultiLineEqual = assertEqual

    def assertAlmostEqual(self, first, second, places=None, msg=None, delta=None):
        if first == second:
            return
        diff = abs(first - second)
        if delta is not None:
            if diff <= delta:
                return
            std = '%s != %s within %s delta (%s difference)' % (
                _safe_repr(first), _safe_repr(second), _safe_repr(delta), _safe_repr(diff))
        else:
            if places is None:
                places = 7
            if round(diff, places) == 0:
                return
            std = '%s != %s within %r places (%s difference)' % (
                _safe_repr(first), _safe_repr(second), places, _safe_repr(diff))
        self.fail(self._formatMessage(msg, std))

    def assertNotAlmostEqual(self, first, second, places=None, msg=None, delta=None):
        diff = abs(first - second)
        if delta is not None:
            if not (first == second) and diff > delta:
                return
        else:
            if places is None:
                places = 7
            if not (first == second) and round(diff, places) != 0:
                return
        self.fail(self._formatMessage(msg, '%s == %s within tolerance' % (_safe_repr(first), _safe_repr(second))))

    def assertIs(self, expr1, expr2, msg=None):
        if expr1 is not expr2:
            self.fail(self._formatMessage(msg, '%s is not %s' % (_safe_repr(expr1), _safe_repr(expr2))))

    def assertIsNot(self, expr1, expr2, msg=None):
        if expr1 is expr2:
            self.fail(self._formatMessage(msg, 'unexpectedly identical: %s' % _safe_repr(expr1)))

    def assertIsNone(self, obj, msg=None):
        if obj is not None:
            self.fail(self._formatMessage(msg, '%s is not None' % _safe_repr(obj)))

    def assertIsNotNone(self, obj, msg=None):
        if obj is None:
            self.fail(self._formatMessage(msg, 'unexpectedly None'))

    def assertIn(self, member, container, msg=None):
        if member not in container:
            self.fail(self._formatMessage(msg, '%s not found in %s' % (_safe_repr(member), _safe_repr(container))))

    def assertNotIn(self, member, container, msg=None):
        if member in container:
            self.fail(self._formatMessage(msg, '%s unexpectedly found in %s' % (_safe_repr(member),
                                                                                  _safe_repr(container))))

    def assertIsInstance(self, obj, cls, msg=None):
        if not isinstance(obj, cls):
            self.fail(self._formatMessage(msg, '%s is not an instance of %r' % (_safe_repr(obj), cls)))

    def assertNotIsInstance(self, obj, cls, msg=None):
        if isinstance(obj, cls):
            self.fail(self._formatMessage(msg, '%s is an instance of %r' % (_safe_repr(obj), cls)))

    def assertGreater(self, a, b, msg=None):
        if not a > b:
            self.fail(self._formatMessage(msg, '%s not greater than %s' % (_safe_repr(a), _safe_repr(b))))

    def assertGreaterEqual(self, a, b, msg=None):
        if not a >= b:
            self.fail(self._formatMessage(msg, '%s not greater than or equal to %s' % (_safe_repr(a), _safe_repr(b))))

    def assertLess(self, a, b, msg=None):
        if not a < b:
            self.fail(self._formatMessage(msg, '%s not less than %s' % (_safe_repr(a), _safe_repr(b))))

    def assertLessEqual(self, a, b, msg=None):
        if not a <= b:
            self.fail(self._formatMessage(msg, '%s not less than or equal to %s' % (_safe_repr(a), _safe_repr(b))))

    def assertCountEqual(self, first, second, msg=None):
        a, b = list(first), list(second)
        for x in a:
            if x in b:
                b.remove(x)
            else:
                self.fail(self._formatMessage(msg, 'Element counts were not equal'))
        if b:
            self.fail(self._formatMessage(msg, 'Element counts were not equal'))

    def assertRegex(self, text, expected_regex, msg=None):
        import re
        if not re.search(expected_regex, text):
            self.fail(self._formatMessage(msg, "Regex didn't match: %r not found in %r" % (expected_regex, text)))

    def assertNotRegex(self, text, unexpected_regex, msg=None):
        import re
        m = re.search(unexpected_regex, text)
        if m:
            self.fail(self._formatMessage(msg, 'Regex matched: %r matches %r in %r' % (
                m.group(), unexpected_regex, text)))

    def assertRaises(self, expected_exception, *args, **kwargs):
        ctx = _AssertRaisesContext(expected_exception, self, msg=kwargs.pop('msg', None))
        if not args:
            return ctx
        func = args[0]
        with ctx:
            func(*args[1:], **kwargs)
        return ctx

    def assertRaisesRegex(self, expected_exception, expected_regex, *args, **kwargs):
        ctx = _AssertRaisesContext(expected_exception, self, expected_regex, msg=kwargs.pop('msg', None))
        if not args:
            return ctx
        func = args[0]
        with ctx:
            func(*args[1:], **kwargs)
        return ctx

    def assertWarns(self, expected_warning, *args, **kwargs):
        class _Ctx:
            def __enter__(s):
                return s

            def __exit__(s, *a):
                return False
        ctx = _Ctx()
        if not args:
            return ctx
        return args[0](*args[1:], **kwargs)


class FunctionTestCase(TestCase):
    def __init__(self, testFunc, setUp=None, tearDown=None, description=None):
        TestCase.__init__(self)
        self._testFunc = testFunc
        self._setUpFunc = setUp
        self._tearDownFunc = tearDown

    def setUp(self):
        if self._setUpFunc is not None:
            self._setUpFunc()

    def tearDown(self):
        if self._tearDownFunc is not None:
            self._tearDownFunc()

    def runTest(self):
        self._testFunc()

    def __str__(self):
        return '%s (%s)' % (type(self).__name__, self._testFunc.__name__)


class TestSuite:
    def __init__(self, tests=()):
        self._tests = []
        self.addTests(tests)

    def __iter__(self):
        return iter(self._tests)

    def countTestCases(self):
        return sum(t.countTestCases() for t in self._tests)

    def addTest(self, test):
        self._tests.append(test)

    def addTests(self, tests):
        for t in tests:
            self.addTest(t)

    def __call__(self, result):
        return self.run(result)

    def run(self, result):
        prev_class = None
        for test in self._tests:
            if result.shouldStop:
                break
            if isinstance(test, TestCase):
                cls = type(test)
                if cls is not prev_class:
                    if prev_class is not None:
                        _class_call(result, prev_class, 'tearDownClass')
                    prev_class = cls
                    if not _class_call(result, cls, 'setUpClass'):
                        cls._class_failed = True
                if getattr(cls, '_class_failed', False):
                    continue
            test(result)
        if prev_class is not None:
            _class_call(result, prev_class, 'tearDownClass')
        return result


def _class_call(result, cls, name):
    if getattr(cls, '__unittest_skip__', False):
        return True
    try:
        getattr(cls, name)()
        return True
    except SkipTest:
        return True
    except Exception as e:
        result.errors.append(('%s (%s.%s)' % (name, cls.__module__, cls.__qualname__),
                              _format_exc(e)))
        return False


def _format_exc(e):
    from traceback import format_exception
    lines = format_exception(e)
    # drop the frames of unittest itself, as CPython does
    out = []
    for line in lines:
        if line.startswith('  File "<frozen unittest'):
            continue
        out.append(line)
    return ''.join(out)


class TestResult:
    def __init__(self, stream=None, descriptions=None, verbosity=None):
        self.failures = []
        self.errors = []
        self.skipped = []
        self.expectedFailures = []
        self.unexpectedSuccesses = []
        self.testsRun = 0
        self.shouldStop = False
        self.failfast = False

    def startTest(self, test):
        self.testsRun += 1

    def stopTest(self, test):
        pass

    def startTestRun(self):
        pass

    def stopTestRun(self):
        pass

    def addSuccess(self, test):
        pass

    def addFailure(self, test, err):
        self.failures.append((test, _format_exc(err)))
        if self.failfast:
            self.stop()

    def addError(self, test, err):
        self.errors.append((test, _format_exc(err)))
        if self.failfast:
            self.stop()

    def addSubFailure(self, test, desc, err):
        self.failures.append((desc, _format_exc(err)))

    def addSubError(self, test, desc, err):
        self.errors.append((desc, _format_exc(err)))

    def addSkip(self, test, reason):
        self.skipped.append((test, reason))

    def addExpectedFailure(self, test, err):
        self.expectedFailures.append((test, _format_exc(err)))

    def addUnexpectedSuccess(self, test):
        self.unexpectedSuccesses.append(test)

    def wasSuccessful(self):
        return (len(self.failures) == len(self.errors) == 0 and
                not self.unexpectedSuccesses)

    def stop(self):
        self.shouldStop = True

    def __repr__(self):
        return '<unittest.TestResult run=%i errors=%i failures=%i>' % (
            self.testsRun, len(self.errors), len(self.failures))


class TextTestResult(TestResult):
    separator1 = '=' * 70
    separator2 = '-' * 70

    def __init__(self, stream, descriptions=True, verbosity=1):
        TestResult.__init__(self)
        self.stream = stream
        self.verbosity = verbosity
        self.descriptions = descriptions

    def _write(self, s):
        self.stream.write(s)
        if hasattr(self.stream, 'flush'):
            self.stream.flush()

    def _describe(self, test):
        if isinstance(test, str):
            return test
        doc = test.shortDescription() if self.descriptions and hasattr(test, 'shortDescription') else None
        if doc:
            return '%s\n%s' % (test, doc)
        return str(test)

    def startTest(self, test):
        TestResult.startTest(self, test)
        if self.verbosity > 1:
            self._write(self._describe(test) + ' ... ')
            self._newline = False

    def _report(self, word, ch, subtest=None):
        if self.verbosity > 1:
            if subtest is not None or getattr(self, '_newline', False):
                if not getattr(self, '_newline', False):
                    self._write('\n')
                if subtest is not None:
                    self._write('  ' + subtest + ' ... ')
            self._write(word + '\n')
            self._newline = True
        elif self.verbosity == 1:
            self._write(ch)

    def addSuccess(self, test):
        TestResult.addSuccess(self, test)
        self._report('ok', '.')

    def addError(self, test, err):
        TestResult.addError(self, test, err)
        self._report('ERROR', 'E')

    def addFailure(self, test, err):
        TestResult.addFailure(self, test, err)
        self._report('FAIL', 'F')

    def addSubFailure(self, test, desc, err):
        TestResult.addSubFailure(self, test, desc, err)
        self._report('FAIL', 'F', desc)

    def addSubError(self, test, desc, err):
        TestResult.addSubError(self, test, desc, err)
        self._report('ERROR', 'E', desc)

    def addSkip(self, test, reason):
        TestResult.addSkip(self, test, reason)
        self._report('skipped %r' % (reason,), 's')

    def addExpectedFailure(self, test, err):
        TestResult.addExpectedFailure(self, test, err)
        self._report('expected failure', 'x')

    def addUnexpectedSuccess(self, test):
        TestResult.addUnexpectedSuccess(self, test)
        self._report('unexpected success', 'u')

    def printErrors(self):
        if self.verbosity >= 1:
            self._write('\n')
        for flavour, errors in (('ERROR', self.errors), ('FAIL', self.failures)):
            for test, text in errors:
                self._write(self.separator1 + '\n')
                self._write('%s: %s\n' % (flavour, self._describe(test)))
                self._write(self.separator2 + '\n')
                self._write(text + '\n')


class TextTestRunner:
    resultclass = TextTestResult

    def __init__(self, stream=None, descriptions=True, verbosity=1, failfast=False,
                 buffer=False, resultclass=None, warnings=None, **kwargs):
        self.stream = stream if stream is not None else sys.stderr
        self.descriptions = descriptions
        self.verbosity = verbosity
        self.failfast = failfast
        if resultclass is not None:
            self.resultclass = resultclass

    def run(self, test):
        result = self.resultclass(self.stream, self.descriptions, self.verbosity)
        result.failfast = self.failfast
        start = _clock()
        result.startTestRun()
        try:
            test(result)
        finally:
            result.stopTestRun()
        taken = _clock() - start
        result.printErrors()
        w = self.stream.write
        w(result.separator2 + '\n')
        run = result.testsRun
        w('Ran %d test%s in %.3fs\n' % (run, '' if run == 1 else 's', taken))
        w('\n')
        infos = []
        if not result.wasSuccessful():
            w('FAILED')
            if result.failures:
                infos.append('failures=%d' % len(result.failures))
            if result.errors:
                infos.append('errors=%d' % len(result.errors))
        else:
            w('NO TESTS RAN' if run == 0 and not result.skipped else 'OK')
        if result.skipped:
            infos.append('skipped=%d' % len(result.skipped))
        if result.expectedFailures:
            infos.append('expected failures=%d' % len(result.expectedFailures))
        if result.unexpectedSuccesses:
            infos.append('unexpected successes=%d' % len(result.unexpectedSuccesses))
        if infos:
            w(' (%s)' % ', '.join(infos))
        w('\n')
        return result


class TestLoader:
    testMethodPrefix = 'test'

    def getTestCaseNames(self, cls):
        names = []
        for name in dir(cls):
            if name.startswith(self.testMethodPrefix) and callable(getattr(cls, name)):
                names.append(name)
        names.sort()
        return names

    def loadTestsFromTestCase(self, cls):
        names = self.getTestCaseNames(cls)
        if not names and hasattr(cls, 'runTest'):
            names = ['runTest']
        return TestSuite([cls(n) for n in names])

    def loadTestsFromModule(self, module):
        tests = []
        for name in sorted(dir(module)):
            obj = getattr(module, name)
            if isinstance(obj, type) and issubclass(obj, TestCase) and obj is not TestCase \
                    and obj is not FunctionTestCase:
                tests.append(self.loadTestsFromTestCase(obj))
        return TestSuite(tests)

    def loadTestsFromName(self, name, module=None):
        obj = module
        for part in name.split('.'):
            obj = getattr(obj, part)
        if isinstance(obj, type) and issubclass(obj, TestCase):
            return self.loadTestsFromTestCase(obj)
        if isinstance(obj, TestSuite):
            return obj
        return TestSuite([obj])

    def loadTestsFromNames(self, names, module=None):
        return TestSuite([self.loadTestsFromName(n, module) for n in names])


defaultTestLoader = TestLoader()


def makeSuite(cls, prefix='test'):
    return defaultTestLoader.loadTestsFromTestCase(cls)


class TestProgram:
    def __init__(self, module='__main__', defaultTest=None, argv=None, testRunner=None,
                 testLoader=defaultTestLoader, exit=True, verbosity=1, failfast=False,
                 catchbreak=None, buffer=None, warnings=None):
        if isinstance(module, str):
            module = sys.modules[module]
        if argv is None:
            argv = sys.argv
        for a in argv[1:]:
            if a in ('-v', '--verbose'):
                verbosity = 2
            elif a in ('-q', '--quiet'):
                verbosity = 0
            elif a in ('-f', '--failfast'):
                failfast = True
        if defaultTest is None:
            self.test = testLoader.loadTestsFromModule(module)
        elif isinstance(defaultTest, str):
            self.test = testLoader.loadTestsFromName(defaultTest, module)
        else:
            self.test = testLoader.loadTestsFromNames(defaultTest, module)
        if testRunner is None:
            testRunner = TextTestRunner(verbosity=verbosity, failfast=failfast)
        elif isinstance(testRunner, type):
            testRunner = testRunner(verbosity=verbosity, failfast=failfast)
        self.result = testRunner.run(self.test)
        if exit:
            sys.exit(not self.result.wasSuccessful())


main = TestProgram
