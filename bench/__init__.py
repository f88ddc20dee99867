"""Benchmarks on PostgreSQL at archive size: ``make bench`` (``python -m bench.run``).

Never collected as tests: they need minutes and a database of their own, ``newsroom_bench``.
"""
