"""The Settings dialog: the plan's rule thresholds and the person's own preferences."""
