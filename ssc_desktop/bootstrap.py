"""Where `python main.py` and the `ssc-desktop` entry point start: the window when no
command is given, the command line otherwise. Neither of the two imports the other."""

from __future__ import annotations

import sys
from collections.abc import Sequence


def main(argv: Sequence[str] | None = None) -> int:
    from . import cli, i18n
    from .domain.errors import UserError

    words = sys.argv[1:] if argv is None else list(argv)
    try:  # before the parser is built: its help texts are in this language
        i18n.set_language(cli.chosen_language(words))
    except UserError as exc:
        print(f"ssc-desktop: {exc}", file=sys.stderr)
        return 2
    try:
        args = cli.build_parser().parse_args(words)
    except SystemExit as exc:  # --help, or a usage error already printed as a sentence
        return int(exc.code or 0)
    if args.command is None:
        from .app import run_gui

        return run_gui(cli.db_target(args), getattr(args, "lang", None))  # --lang (i-core)
    return cli.run(args)


if __name__ == "__main__":
    sys.exit(main())
