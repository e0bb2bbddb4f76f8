"""Pipeline options: the job's flags live beside every Beam flag."""

from __future__ import annotations

from apache_beam.options.pipeline_options import PipelineOptions

from transforms.decode import DEFAULT_MAX_FILE_BYTES, DEFAULT_MAX_RECORD_CHARS
from transforms.dedup import DEFAULT_MAX_COMPARE, DEFAULT_THRESHOLD
from transforms.geo import REGION_SCHEMES

# A laptop run: Beam's Python runner in-process on both cores, named so Beam
# does not first try to download Prism (which these machines cannot reach).
LOCAL_DEFAULTS = {
    "runner": "FnApiRunner",
    "direct_num_workers": 2,
    "direct_running_mode": "multi_processing",
    "default_sdk_harness_log_level": "WARNING",
}


class ProcessingOptions(PipelineOptions):
    """Flags shared by every newsbeam job."""

    @classmethod
    def _add_argparse_args(cls, parser):
        parser.add_argument(
            "--output", required=False, help="Output dataset folder (any Beam filesystem).")
        parser.add_argument(
            "--region_scheme", "--region-scheme", dest="region_scheme", default="m49-region",
            choices=REGION_SCHEMES,
            help="Region partition values: UN M49 regions (default), M49 sub-regions, "
                 "or the ISO country code.")
        parser.add_argument(
            "--near_dup_threshold", "--near-dup-threshold", dest="near_dup_threshold",
            type=float, default=DEFAULT_THRESHOLD,
            help="Similarity (Jaccard, or containment for extended versions) at or above "
                 "which two articles are one story. Default chosen from measurements.")
        parser.add_argument(
            "--dedup_max_compare", "--dedup-max-compare", dest="dedup_max_compare",
            type=int, default=DEFAULT_MAX_COMPARE,
            help="Comparisons per record within one LSH bucket (bounds the work).")
        parser.add_argument(
            "--max_record_chars", "--max-record-chars", dest="max_record_chars", type=int,
            default=DEFAULT_MAX_RECORD_CHARS, help="Records larger than this are dead letters.")


class BatchOptions(ProcessingOptions):
    """Flags of the batch job."""

    @classmethod
    def _add_argparse_args(cls, parser):
        parser.add_argument(
            "--input", action="append", default=None,
            help="Glob of article files (repeatable); any Beam filesystem.")
        parser.add_argument(
            "--max_file_bytes", "--max-file-bytes", dest="max_file_bytes", type=int,
            default=DEFAULT_MAX_FILE_BYTES, help="Files larger than this are dead letters.")
        parser.add_argument(
            "--overwrite", action="store_true", default=False,
            help="Replace a dataset already in --output.")
        parser.add_argument(
            "--run_id", "--run-id", dest="run_id", default=None,
            help="Run identifier (default: UTC time plus a random suffix).")
