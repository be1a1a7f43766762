"""The five-step checklist screen: tree model, view, filter bar, delegates and the guidance panel."""
