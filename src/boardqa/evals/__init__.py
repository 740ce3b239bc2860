"""Citation-accuracy evaluation: the gold set's resolution, metrics and the runner."""
