"""The chat's screens: the transcript, the source pane, filters, actions, saved chats, help."""
