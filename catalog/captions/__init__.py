"""Where a picture's caption comes from besides itself — sidecars, caption sheets, articles — and how the sources
are weighed into one caption, credit, headline and people (``resolve``). Pure: text and records in, records out."""
