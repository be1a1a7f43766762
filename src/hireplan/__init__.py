"""hireplan: plan how to attract and keep AI researchers and engineers."""

__version__ = "0.1.0"
