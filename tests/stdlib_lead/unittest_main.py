# unittest.main() on stderr; stdout only has what the tests print, and the
# exit status says whether everything passed.
# tern: exit=1
import unittest

class T(unittest.TestCase):
    def test_ok(self):
        print("in test_ok")
        self.assertEqual(1, 1)
    def test_bad(self):
        print("in test_bad")
        self.assertEqual(1, 2)

if __name__ == "__main__":
    unittest.main()
