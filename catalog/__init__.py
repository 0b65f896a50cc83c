"""photodesk's library: the catalog, the asset store, ingest and metadata. Never imports click."""

__version__ = "0.1.0"
