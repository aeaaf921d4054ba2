"""The token table: the attributes the stages read of every token, as one array per Doc.

Reading a Token's attributes in Python builds a Token object each time; the stages that look
at many tokens (mentions, context cues, gates, phrase lookups) read this table instead.
"""
from __future__ import annotations

import numpy
from spacy.tokens import Doc

from .segment import SENTENCE_STARTS_AND_OFFSETS


def token_table(doc: Doc) -> numpy.ndarray:
    """ORTH, LOWER, NORM, SENT_START and IDX of every token (columns in `TABLE_COLUMNS`
    order), read once per Doc after segmentation, for stages that look at many tokens."""
    table = doc.user_data.get("claimcheck.token_table")
    if table is None:
        table = doc.user_data["claimcheck.token_table"] = _read_token_table(doc)
    return table


TABLE_COLUMNS = ("ORTH", "LOWER", "NORM", "SENT_START", "IDX")


def _read_token_table(doc: Doc) -> numpy.ndarray:
    """The token table; SENT_START and IDX from segmentation when it left them (each column
    Doc.to_array reads costs about as much as assembling the table)."""
    segmented = doc.user_data.pop(SENTENCE_STARTS_AND_OFFSETS, None)
    if segmented is None:
        return doc.to_array(list(TABLE_COLUMNS))
    # column by column in memory: the stages read columns, which are then contiguous
    table = numpy.empty((len(doc), len(TABLE_COLUMNS)), dtype="uint64", order="F")
    table[:, :3] = doc.to_array(list(TABLE_COLUMNS[:3]))
    table[:, 3], table[:, 4] = segmented
    return table
