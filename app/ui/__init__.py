"""The Qt user interface: main window, item models, views."""
