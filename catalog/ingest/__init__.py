"""Ingest: discover a batch, prepare each file in worker processes, record it with the single writer, then link and
dedupe; ``session`` is what an interface (terminal, browser) drives. Asks ``catalog.db``; runs no SQL."""
