"""The portal room: following committees on a FirstAgenda portal and syncing them (client and state)."""
