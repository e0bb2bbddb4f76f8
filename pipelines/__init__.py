"""Runnable newsbeam pipelines and the `newsbeam` command line."""
