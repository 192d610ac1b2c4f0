"""Mødemappe: a desktop reader and annotator for Danish municipal committee papers."""

__version__ = "0.1.0"
APP_NAME = "Mødemappe"
