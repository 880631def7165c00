"""Learning from annotated articles: the mention scorer's training data, its grouped cross-validation and its fit.

Only this package imports scikit-learn (a development dependency, `requirements-dev.txt`);
what it writes is a plain JSON model that parse/scorer.py reads without it.
"""
