"""The Compensation screen: one role's offers against every market, in a table and a range chart."""
