"""Terminal control sequences out of text that came from a user or a file, before it is printed or searched."""

from __future__ import annotations

import re

# CSI (ESC [ ... final), OSC (ESC ] ... BEL or ESC \), other two-byte ESC sequences, then any C0/C1 control but
# tab and newline: a question or a document could otherwise recolour the terminal, set its title, or hide text.
_CONTROLS = re.compile(
    r"\x1b\[[0-?]*[ -/]*[@-~]|\x1b\][^\x07\x1b]*(?:\x07|\x1b\\)?|\x1b[@-Z\\-_]|[\x00-\x08\x0b-\x1f\x7f-\x9f]"
)


def strip_controls(text: str) -> str:
    """`text` without escape sequences and control characters (tab and newline kept)."""
    return _CONTROLS.sub("", text)
