"""The template library: starting a plan from a template, saving, importing and exporting templates."""
