"""Performance benchmarks of papi-desktop (the product owner's issue 5).

Run everything with ``python -m benchmarks`` (``--quick`` for a short run); see
docs/performance.md for what each figure means and the latest results.
"""
