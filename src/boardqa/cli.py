"""The `boardqa` command line: thin over the library (parse, index, ask, chat, eval)."""

from __future__ import annotations

import argparse
import json
import sys

from boardqa.errors import BoardqaError
from boardqa.records import DOCUMENT_KINDS


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


def _progress(stage: str, done: int, total: int) -> None:
    bar = "#" * int(30 * done / max(total, 1))
    sys.stderr.write(f"\r{stage:<6} [{bar:<30}] {done}/{total}")
    if done >= total:
        sys.stderr.write("\n")
    sys.stderr.flush()


def _cmd_index(args: argparse.Namespace) -> int:
    from boardqa.services import Settings, index_files

    report = index_files(
        Settings.from_env(args.index, args.qdrant_url),
        args.paths,
        rebuild=args.rebuild,
        progress=_progress if sys.stderr.isatty() and not args.json else None,
    )
    for err in report.errors:
        print(f"boardqa: {err['file']}: {err['reason']}", file=sys.stderr)
    if args.json:
        print(json.dumps(report.to_json()))
    else:
        print(
            f"{report.files} files: {report.indexed} indexed, {report.skipped} unchanged, "
            f"{report.removed} removed, {len(report.errors)} errors; {report.paragraphs} "
            f"paragraphs, {report.actions} actions ({report.embedded} embedded) in "
            f"{report.seconds:.1f} s"
        )
    return 1 if report.errors and report.indexed == 0 and report.skipped == 0 else 0


def _cmd_status(args: argparse.Namespace) -> int:
    from boardqa.index.build import is_being_written, load_manifest
    from boardqa.services import Settings

    settings = Settings.from_env(args.index)
    manifest = load_manifest(settings.index_dir)
    if not manifest:
        print(
            f"boardqa: no index at {settings.index_dir}: run `boardqa index corpus/` first",
            file=sys.stderr,
        )
        return 2
    files = manifest.get("files", {})
    meetings = sorted({v["meeting_date"] for v in files.values() if v.get("meeting_date")})
    # Blocks actually used: the shard preallocates sparse files far larger than their data.
    size = sum(f.stat().st_blocks * 512 for f in settings.index_dir.rglob("*") if f.is_file())
    info = {
        "index": str(settings.index_dir),
        "backend": manifest.get("backend"),
        "model": manifest.get("model"),
        "files": len(files),
        "meetings": meetings,
        "documents": sum(v.get("documents", 0) for v in files.values()),
        "paragraphs": sum(v.get("paragraphs", 0) for v in files.values()),
        "points": sum(len(v.get("keys", [])) for v in files.values()),
        "actions": sum(v.get("actions", 0) for v in files.values()),
        "size_bytes": size,
        "being_written": is_being_written(settings.index_dir),
    }
    if args.json:
        print(json.dumps(info))
        return 0
    for k, v in info.items():
        print(f"{k:>14}: {', '.join(v) if isinstance(v, list) else v}")
    return 0


def _date(value: str):
    from datetime import date

    try:
        return date.fromisoformat(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a date (use YYYY-MM-DD): {value}") from None


def _settings(args: argparse.Namespace):
    from boardqa.services import Settings

    return Settings.from_env(
        getattr(args, "index", None),
        provider=getattr(args, "llm", None),
        base_url=getattr(args, "llm_url", None),
        model=getattr(args, "llm_model", None),
        config=getattr(args, "config", None),
    )


def _answerer(args: argparse.Namespace):
    from boardqa.ask import Answerer
    from boardqa.services import Services

    return Answerer(Services(_settings(args)))


def _add_llm_flags(p: argparse.ArgumentParser) -> None:
    p.add_argument(
        "--llm",
        choices=("none", "openai", "ollama"),
        help="answer with an LLM (default: extractive; or BOARDQA_LLM_PROVIDER)",
    )
    p.add_argument("--llm-url", help="the LLM server (OpenAI-compatible URL or Ollama)")
    p.add_argument("--llm-model", help="the model name the server knows")
    p.add_argument("--config", help="a TOML file with an [llm] table")


def _cmd_ask(args: argparse.Namespace) -> int:
    from pathlib import Path

    from boardqa.conversation import Conversation
    from boardqa.render import render_answer
    from boardqa.retrieve import UserFilters

    if not args.question.strip():
        # `ask ""` (an empty shell variable, say) has nothing to answer: say so, not nothing.
        print("boardqa ask: the question is empty", file=sys.stderr)
        return 2
    answerer = _answerer(args)
    filters = UserFilters(
        meeting=args.meeting,
        since=args.since,
        until=args.until,
        kinds=tuple(args.kind or ()),
    )
    session = Path(args.session) if args.session else None
    conversation = Conversation.load(session) if session else None
    if args.question == "-":
        questions = (line.strip() for line in sys.stdin)
    else:
        questions = iter([args.question])
    for question in questions:
        if not question:
            continue
        answer = answerer.ask(question, conversation, filters, k=args.k)
        if args.json:
            print(json.dumps(answer.to_json(), ensure_ascii=False), flush=True)
        else:
            print(render_answer(answer), flush=True)
            if args.question == "-":
                print()
    if session and conversation is not None:
        conversation.save(session)
    return 0


def _cmd_actions(args: argparse.Namespace) -> int:
    from boardqa.actions import action_register
    from boardqa.render import render_answer, render_register

    answerer = _answerer(args)
    if args.number:
        answer = answerer.ask(f"What happened to action {args.number}?")
        print(
            json.dumps(answer.to_json(), ensure_ascii=False) if args.json else render_answer(answer)
        )
        return 0 if not answer.abstained else 1
    rows = action_register(answerer.services.store, open_only=args.open, meeting=args.meeting)
    print(json.dumps(rows, ensure_ascii=False) if args.json else render_register(rows))
    return 0


def _cmd_eval(args: argparse.Namespace) -> int:
    from pathlib import Path

    from boardqa.evals.gold import load_questions
    from boardqa.evals.report import diff_against, format_by_type, format_table, write_report
    from boardqa.evals.runner import run, summarise

    questions = load_questions(Path(args.questions))
    answerer = _answerer(args)
    outcomes = run(answerer, questions)
    summary = summarise(outcomes)
    baseline = json.loads(Path(args.baseline).read_text()) if args.baseline else None
    if args.compare_llamaindex:
        from boardqa.evals.llamaindex_baseline import run_baseline

        summary["llamaindex"] = run_baseline(questions, Path(args.corpus), answerer.services)
    if args.report:
        write_report(Path(args.report), summary, outcomes, baseline)
    if args.json:
        if baseline:
            summary["delta"] = diff_against(baseline, summary)
        print(json.dumps(summary, ensure_ascii=False))
    else:
        print(format_table(summary, baseline))
        print()
        print(format_by_type(summary))
        if "llamaindex" in summary:
            from boardqa.evals.llamaindex_baseline import format_comparison

            print()
            print(format_comparison(summary))
        print(
            f"\n{len(summary['failures'])} failures"
            + (f"; report in {args.report}" if args.report else "")
        )
    return 0


def _cmd_chat(args: argparse.Namespace) -> int:
    from boardqa.tui.app import ChatApp

    ChatApp(settings=_settings(args)).run()
    return 0


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="boardqa", description=__doc__)
    sub = parser.add_subparsers(dest="command", required=True)
    p = sub.add_parser("parse", help="parse one file and print its documents, paragraphs, actions")
    p.add_argument("file")
    p.add_argument("--json", action="store_true", help="print the archive as JSON")
    p.set_defaults(func=_cmd_parse)
    p = sub.add_parser("index", help="index files or folders into the Qdrant index")
    p.add_argument("paths", nargs="+")
    p.add_argument("--index", help="index folder (default ./index or $BOARDQA_INDEX)")
    p.add_argument("--qdrant-url", help="a Qdrant server instead of the embedded Edge shard")
    p.add_argument("--rebuild", action="store_true", help="drop everything and index again")
    p.add_argument("--json", action="store_true", help="print one JSON object")
    p.set_defaults(func=_cmd_index)
    p = sub.add_parser("ask", help="answer a question with cited paragraphs")
    p.add_argument("question", help='the question, or "-" to read one per line from stdin')
    p.add_argument("--index")
    p.add_argument("--meeting", type=_date, help="only this meeting (YYYY-MM-DD)")
    p.add_argument("--since", type=_date)
    p.add_argument("--until", type=_date)
    p.add_argument(
        "--kind", action="append", choices=DOCUMENT_KINDS, help="document kind (repeatable)"
    )
    p.add_argument("-k", type=int, default=8, help="paragraphs to consider")
    p.add_argument("--json", action="store_true", help="one JSON object per answer")
    p.add_argument("--session", help="a conversation file to continue (follow-up questions)")
    _add_llm_flags(p)
    p.set_defaults(func=_cmd_ask)
    p = sub.add_parser("actions", help="the action register, or one action's timeline")
    p.add_argument("number", nargs="?")
    p.add_argument("--index")
    p.add_argument("--open", action="store_true", help="only actions not completed")
    p.add_argument("--meeting", type=_date)
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=_cmd_actions)
    p = sub.add_parser("eval", help="score citation accuracy on the eval set")
    p.add_argument("--index")
    p.add_argument("--questions", default="evals/questions.jsonl")
    p.add_argument("--corpus", default="corpus", help="for --compare-llamaindex")
    p.add_argument("--json", action="store_true")
    p.add_argument("--report", help="write report.md and by_type.png to this folder")
    p.add_argument("--baseline", help="an earlier --json result to compare with")
    p.add_argument(
        "--compare-llamaindex",
        action="store_true",
        help="also run llama-index's default pipeline on the same questions",
    )
    p.set_defaults(func=_cmd_eval)
    p = sub.add_parser("chat", help="the terminal chat: ask, follow up, read the sources")
    p.add_argument("--index", help="index folder (default ./index or $BOARDQA_INDEX)")
    _add_llm_flags(p)
    p.set_defaults(func=_cmd_chat)
    p = sub.add_parser("status", help="what is indexed")
    p.add_argument("--index")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=_cmd_status)
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
