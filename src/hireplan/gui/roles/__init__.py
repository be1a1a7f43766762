"""Roles and offers: the roles table, the offers table and the offer form."""
