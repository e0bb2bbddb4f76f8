"""Beam transforms of the newsbeam pipeline, one module per stage.

Each module keeps the work in plain functions (unit-tested without Beam) and
wraps them in thin DoFns and one composite PTransform with labelled steps.
"""
