"""boardqa: cited answers from the archive of a public board."""

__version__ = "0.1.0"
