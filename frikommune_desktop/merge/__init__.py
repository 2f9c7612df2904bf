"""Merging another copy of a network file: the plan of what differs, and applying it."""
