"""The Policy watch screen: rules that can change who can be hired or how they travel."""
