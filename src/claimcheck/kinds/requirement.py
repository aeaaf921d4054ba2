"""``kind: requirement`` — document-level safety language. (In progress.)"""
from __future__ import annotations

from .common import DocumentState, Environment


class RequirementRules:
    def __init__(self, rules, env: Environment):
        self.rules = rules
        self.env = env

    def check(self, doc, state: DocumentState):
        for mention in doc.spans["substances"]:
            if mention.kb_id_ == "partner":
                continue
            state.mentioned.add(mention.label_)
            state.first_mention.setdefault(mention.label_, (state.offset + mention.start_char,
                                                            state.offset + mention.end_char))
            state.last_substance = mention.label_
        return []

    def finish(self, state: DocumentState):
        return []
