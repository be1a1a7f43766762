"""The Risks screen: computed flags, acknowledgements, the team's risk register and its heat map."""
