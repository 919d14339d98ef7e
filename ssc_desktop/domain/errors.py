"""The one kind of error the app shows as a sentence instead of a traceback."""

from ..i18n import _


class UserError(Exception):
    """Something the user can fix; str(error) is the sentence to show them."""


class ValidationFailed(UserError):
    """Input that breaks a rule; carries every problem so a form can mark each field."""

    def __init__(self, problems: list) -> None:  # list[people.Problem] and friends
        self.problems = problems
        first = problems[0].message if problems else _("The input is not valid.")
        if len(problems) > 1:
            first = _("{problem} ({count} more problem(s))").format(problem=first,
                                                                    count=len(problems) - 1)
        super().__init__(first)


class RuleRefused(UserError):
    """A step the domain does not allow now ("Cannot validate: not accepted yet")."""
