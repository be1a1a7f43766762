"""The command line: ``main`` parses arguments, opens the window or runs one headless subcommand.

One module per subcommand (``<name>_command.py``), each exposing ``add_parser(subparsers)``;
``common_args`` holds what they share. Nothing here imports Qt except the window's entry point.
"""
