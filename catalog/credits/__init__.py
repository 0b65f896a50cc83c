"""Credit lines into structure (photographers, organisation, kind, distributor), in any language desks meet; names
matched against an authority; the one credit-line renderer (``styles``); people found in captions. Pure."""
