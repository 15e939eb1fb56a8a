# Raises while being imported (tests/py/import_error_cases.py): the module is not left in sys.modules.
partial = "set before the error"
raise ValueError("impb_broken failed halfway")
