"""The desk in the browser (``photodesk serve``): a server-rendered Starlette application over the same library.

It holds no logic of its own: every page calls ``catalog.ops`` (and ``catalog.ingest.session``) exactly as the CLI
does, and the JSON API returns exactly the CLI's ``--json``. ``app`` builds the application with its security
(``security``); ``desk`` runs catalog work off the event loop, writes through one serialising writer; ``routes/``
holds one module per screen.
"""
