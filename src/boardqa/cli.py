"""The `boardqa` command line: thin over the library (parse, index, ask, chat, eval)."""

from __future__ import annotations

import argparse
import json
import sys

from boardqa.errors import BoardqaError


def _cmd_parse(args: argparse.Namespace) -> int:
    from boardqa.parse import parse_file
    from boardqa.records import archive_to_json

    archive = parse_file(args.file)
    if args.json:
        json.dump(archive_to_json(archive), sys.stdout, ensure_ascii=False, indent=2)
        sys.stdout.write("\n")
        return 0
    print(f"{archive.source}: meeting {archive.meeting_date or 'unknown'}")
    for d in archive.documents:
        item = f" [item {d.agenda_item}]" if d.agenda_item else ""
        about = f" (about {d.about_meeting})" if d.about_meeting else ""
        print(f"  {d.kind:<12} {d.title}{item}{about}: {len(d.paragraphs)} paragraphs")
    for a in archive.actions:
        print(f"  action {a.number:>3} raised {a.raised} {a.status or '-':<9} {a.responsible}")
    return 0


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="boardqa", description=__doc__)
    sub = parser.add_subparsers(dest="command", required=True)
    p = sub.add_parser("parse", help="parse one file and print its documents, paragraphs, actions")
    p.add_argument("file")
    p.add_argument("--json", action="store_true", help="print the archive as JSON")
    p.set_defaults(func=_cmd_parse)
    return parser


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    try:
        return int(args.func(args))
    except BoardqaError as exc:
        print(f"boardqa: {exc}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:  # `boardqa parse … | head`: the reader left; not an error
        sys.stderr.close()
        return 0


if __name__ == "__main__":
    raise SystemExit(main())
