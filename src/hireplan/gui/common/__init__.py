"""What any screen may use: the table model base, money and date editors, prompts, the palette and
section keys. Imports no screen.
"""
