"""Copies of one photograph: perceptual hashes, the in-memory neighbour index, verification of a candidate pair,
and the rules that make groups and choose each keeper. Pure: pictures and records in, decisions out."""
