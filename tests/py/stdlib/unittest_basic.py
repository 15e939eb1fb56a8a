# Debian's unittest: a TestCase run by TextTestRunner (success, failure, assertRaises, skip).
import unittest

class T(unittest.TestCase):
    def test_add(self):
        self.assertEqual(1 + 1, 2)
    def test_raises(self):
        with self.assertRaises(ZeroDivisionError):
            1 / 0
    def test_fail(self):
        self.assertIn(3, [1, 2])
    @unittest.skip("because")
    def test_skip(self):
        pass

if __name__ == '__main__':
    import io
    stream = io.StringIO()
    r = unittest.TextTestRunner(stream=stream, verbosity=0).run(unittest.defaultTestLoader.loadTestsFromTestCase(T))
    print(r.testsRun, len(r.failures), len(r.errors), len(r.skipped), r.wasSuccessful())
    print(r.errors[0][1] if r.errors else "")
