"""The Export tool window: choosing what to write, running it in the background and previewing the PDF."""
