# Imported by tests/py/import_module_cache.py: counts how many times its body runs.
import sys
runs = getattr(sys, "_impb_counter_runs", 0) + 1
sys._impb_counter_runs = runs
state = []
