"""The catalog's latest migration, known without loading the migrations (and sqlite-utils with them): opening a
catalog that has it costs one query. ``tests/test_schema.py`` checks it is the last of ``migrations``."""

MIGRATION_SET = "photodesk"
LATEST_MIGRATION = "m023_create_arrivals"
