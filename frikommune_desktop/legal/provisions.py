"""Parsing one provision cell ('§ 140 a, stk. 2, nr. 1') into its parts.

The parser lives in the model layer (provision_parser) so the file's migrations can use it too.
"""

from __future__ import annotations

from ..provision_parser import Provision, parse_provision, parse_typed_provision

__all__ = ["Provision", "parse_provision", "parse_typed_provision"]
