"""Live ingest (``photodesk watch``): pictures ingested as they arrive in hot folders.

``complete`` says whether a file is done arriving (its name is not a temporary one, its trailer is written);
``settle`` decides, from what the folders hold over time, which pictures are ready and with which sidecars;
``source`` tells it what changed (the OS's file events through watchfiles, or polling where events do not
arrive); ``watcher`` runs the ingest of what is ready, records each arrival in the catalog and reports it.
"""
