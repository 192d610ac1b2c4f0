"""Mødemappe: a desktop reader and annotator for Danish municipal committee papers."""

# The one place the version is set: pyproject.toml reads it (tool.setuptools.dynamic), and
# `main.py --version`, the About box, the portal's User-Agent and the bundle show it.
# CHANGELOG.md says per release what changed in the stored formats.
__version__ = "0.4.0.dev0"
APP_NAME = "Mødemappe"
