"""The notes room: the member's annotations, their undoable operations, follow-ups."""
