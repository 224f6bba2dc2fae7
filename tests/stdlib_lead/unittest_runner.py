import unittest

class Capture:
    def __init__(self): self.parts = []
    def write(self, s): self.parts.append(s)
    def flush(self): pass
    def text(self):
        out = []
        for line in "".join(self.parts).split("\n"):
            if line.startswith("Ran ") and " in " in line:
                line = line[:line.index(" in ")] + " in TIME"
            if line.startswith('  File "'):
                line = '  File "..."' + line[line.index('", line'):] if '", line' in line else line
            out.append(line)
        return "\n".join(out)

class Arith(unittest.TestCase):
    def setUp(self):
        self.x = 2
    def test_add(self):
        self.assertEqual(self.x + 2, 4)
    def test_fail(self):
        self.assertEqual(self.x * 3, 7)
    def test_error(self):
        raise KeyError("missing")
    def test_raises(self):
        with self.assertRaises(ZeroDivisionError):
            1 / 0
        self.assertRaises(ValueError, int, "x")
    @unittest.skip("not today")
    def test_skipped(self):
        self.fail("no")
    def test_misc(self):
        self.assertTrue([1])
        self.assertFalse("")
        self.assertIn(3, [1, 2, 3])
        self.assertIsNone(None)
        self.assertAlmostEqual(0.1 + 0.2, 0.3)
        self.assertIsInstance(1, int)
        self.assertCountEqual([1, 2, 2], [2, 1, 2])
    def test_list_diff(self):
        self.assertEqual(10, 30)
    def test_subtests(self):
        for i in range(3):
            with self.subTest(i=i):
                self.assertLess(i, 2)

class Other(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.shared = [1]
    def test_shared(self):
        self.assertEqual(self.shared, [1])
    def test_msg(self):
        self.assertTrue(False, "custom message")

for verbosity in (1, 2):
    cap = Capture()
    suite = unittest.TestLoader().loadTestsFromTestCase(Arith)
    suite.addTests(unittest.defaultTestLoader.loadTestsFromTestCase(Other))
    result = unittest.TextTestRunner(stream=cap, verbosity=verbosity).run(suite)
    print(cap.text())
    print(result.testsRun, len(result.failures), len(result.errors), len(result.skipped), result.wasSuccessful())
