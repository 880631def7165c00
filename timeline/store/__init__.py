"""The research store: an embedded DuckDB file that keeps articles, their mentions, the merged events and
every correction, across runs.

    from timeline.store.db import Store
    with Store.open() as store:                          # $TIMELINE_DB, else ./timeline.duckdb
        run(read_inputs(paths), [store.ingester()])      # the local engine, with the store as a sink
        store.rebuild()                                  # mentions merged into events, corrections applied
        store.events(EventFilter(event_types=["withdrawal"]))

Ingestion is idempotent (an article is known by the hash of its content) and
transactional per article; corrections live apart from machine output (`edits`)
and are applied over it at every rebuild, so re-parsing never loses them.
`settings` holds what the CLI and the app read without opening the store.
"""
