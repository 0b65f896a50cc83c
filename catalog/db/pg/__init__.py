"""What only PostgreSQL needs: its migrations (``migrations``) and its full-text search (``search``).

Everything else in ``catalog.db`` runs on PostgreSQL as it is (``catalog.db.connection``)."""
