"""The version of the package and of its parser (the store records which parser made each mention)."""

__version__ = "0.2.0"
