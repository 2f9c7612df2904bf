"""One file, several coordinators on a share: lock, drives, working copy, recovery, health."""
