"""invitations list / drafts / invite / remind / accept / validate / decline / expire: the
pipeline from a terminal, each step one undoable operation."""

from __future__ import annotations

import argparse
from datetime import date
from pathlib import Path

from ..domain.email_templates import KINDS, LANGUAGES
from ..i18n import N_, _
from ..i18n import language as current_language
from . import common

STAGE_TITLES = (("proposed", N_("Proposed")), ("invited", N_("Invited")),
                ("accepted", N_("Accepted, awaiting validation")), ("active", N_("Validated")),
                ("ended", N_("Ended")))


def register(sub: argparse._SubParsersAction) -> None:
    parser = sub.add_parser("invitations", help=_("the invitation pipeline and e-mail drafts"),
                            description=_("The membership pipeline of a group: who is proposed, "
                                          "invited, overdue, accepted or validated."))
    verbs = parser.add_subparsers(dest="verb", required=True, parser_class=type(parser))
    p = verbs.add_parser("list", help=_("print the pipeline"),
                         description=_("Print the pipeline of a group's quadrennium."))
    _common(p)
    p.add_argument("--overdue", action="store_true",
                   help=_("only invitations past their deadline with no answer"))
    p.set_defaults(func=_list)
    p = verbs.add_parser("drafts", help=_("write one .eml draft per overdue invitation"),
                         description=_("Write one e-mail draft (.eml, opened by mail clients as "
                                       "a draft) per overdue invitation into a folder."))
    _common(p)
    p.add_argument("--kind", default="reminder", choices=list(KINDS))
    p.add_argument("--language", "--lang", default=None, choices=list(LANGUAGES),
                   help=_("the drafts' language (default: the language of the command line)"))
    p.add_argument("--out", type=Path, required=True, metavar="DIR")
    p.set_defaults(func=_drafts)
    for verb, text in STEPS.items():
        p = verbs.add_parser(verb, help=_(text), description=_(
            "{step} One operation for every member chosen; `ssc-desktop undo` takes it back."
        ).format(step=_(text)))
        _common(p)
        who = p.add_mutually_exclusive_group(required=True)
        who.add_argument("--email", nargs="+", metavar="E", help=_("the members' e-mail addresses"))
        who.add_argument("--all-overdue", action="store_true",
                         help=_("every invitation past its deadline with no answer"))
        p.add_argument("--on", type=common.day, default=None, metavar="DATE",
                       help=_("the day of the step (default: today)"))
        p.set_defaults(func=_step, step=verb)


STEPS = {
    "invite": N_("Record that the members were invited."),
    "remind": N_("Record a reminder sent to the members."),
    "accept": N_("Record that the members accepted."),
    "validate": N_("Validate the members' memberships."),
    "decline": N_("Record that the members declined."),
    "expire": N_("Record that the members' invitations expired without an answer."),
}


def _common(p: argparse.ArgumentParser) -> None:
    common.add_db_argument(p)
    p.add_argument("--group", required=True, help=_("the group's short code or name"))
    common.add_quadrennium_argument(p, help=_("e.g. 2026-2029 (default: the current quadrennium)"))


def _open(args: argparse.Namespace):
    return common.open_group(args, args.quadrennium)


def _day(d: date | None) -> str:
    return d.isoformat() if d else ""


def _list(args: argparse.Namespace) -> int:
    from ..services import invitations

    db, group, term = _open(args)
    with db:
        rows = invitations.pipeline(db, group.id, term.id, date.today())
    c = invitations.counts(rows)
    print(_("{group}, {term}: {proposed} proposed, {invited} invited ({overdue} overdue), "
            "{accepted} accepted awaiting validation, {active} validated, {ended} ended").format(
                group=group.name, term=term.code, proposed=c.proposed, invited=c.invited,
                overdue=c.overdue, accepted=c.accepted, active=c.active, ended=c.ended))
    for stage, title in STAGE_TITLES:
        chosen = [r for r in rows if r.stage == stage and (r.overdue or not args.overdue)]
        if not chosen or (args.overdue and stage != "invited"):
            continue
        print("\n" + _("{title} ({count})").format(
            title=_(title) if not args.overdue else _("Overdue"), count=len(chosen)))
        for r in chosen:
            details = [r.email or _("(no e-mail)")]
            if r.invited_on:
                details.append(_("invited {sent}, answer by {deadline}").format(
                    sent=_day(r.invited_on), deadline=_day(r.deadline_on)))
            if r.overdue:
                details.append(_("OVERDUE"))
            if r.reminders:
                details.append(_("{count} reminder(s), last {day}").format(
                    count=r.reminders, day=_day(r.last_reminder_on)))
            if r.responded_on:
                details.append(f"{r.response} {_day(r.responded_on)}")
            if stage == "ended":
                details.append(r.status_name)
            print(f"  {r.name}  ·  " + "  ·  ".join(details))
    return 0


def _drafts(args: argparse.Namespace) -> int:
    from ..exchange.eml import write_drafts
    from ..services import email_drafts, invitations

    db, group, term = _open(args)
    with db:
        rows = invitations.pipeline(db, group.id, term.id, date.today())
        overdue = [r.membership_id for r in rows if r.overdue]
        if not overdue:
            print(_("No overdue invitations in {group} ({term}); no drafts written.").format(
                group=group.name, term=term.code))
            return 0
        drafts = email_drafts.drafts_for(db, overdue, args.kind,
                                         args.language or current_language())
    written = write_drafts(drafts.drafts, args.out, drafts.skipped)
    print(_("Wrote {count} draft(s) to {folder}.").format(count=len(written.paths),
                                                         folder=args.out))
    if written.skipped:
        print(_("Skipped {count}: {reasons}").format(count=len(written.skipped),
                                                      reasons="; ".join(written.skipped)))
    return 0


def _step(args: argparse.Namespace) -> int:
    from ..domain.errors import UserError
    from ..services import invitations

    db, group, term = _open(args)
    with db:
        on = args.on or date.today()
        rows = invitations.pipeline(db, group.id, term.id, on)
        if args.all_overdue:
            ids = [r.membership_id for r in rows if r.overdue]
            if not ids:
                raise UserError(_("No invitation of {group} ({term}) is overdue on {day}; "
                                  "nothing was changed.").format(
                    group=group.name, term=term.code, day=on.isoformat()))
        else:
            by_email = {r.email.casefold(): r.membership_id for r in rows if r.email}
            unknown = [e for e in args.email if e.strip().casefold() not in by_email]
            if unknown:
                raise UserError(_("Nobody with the e-mail {email} is in {group} ({term}); "
                                  "nothing was changed.").format(
                    email=unknown[0], group=group.name, term=term.code))
            ids = [by_email[e.strip().casefold()] for e in args.email]
        step = {"invite": invitations.invite, "remind": invitations.remind,
                "accept": invitations.mark_accepted, "validate": invitations.validate,
                "decline": invitations.mark_declined, "expire": invitations.mark_expired}
        change = step[args.step](db, ids, on)
    print(change.summary + ".")
    return 0
