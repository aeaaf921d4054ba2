"""``kind: identity`` — botanical errors, checked against the knowledge base. (In progress.)"""
from __future__ import annotations

from .common import DocumentState, Environment


class IdentityRules:
    def __init__(self, rules, env: Environment):
        self.rules = rules
        self.env = env

    def check(self, doc, state: DocumentState):
        return []
