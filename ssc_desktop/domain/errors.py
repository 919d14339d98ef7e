"""The one kind of error the app shows as a sentence instead of a traceback."""


class UserError(Exception):
    """Something the user can fix; str(error) is the sentence to show them."""


class ValidationFailed(UserError):
    """Input that breaks a rule; carries every problem so a form can mark each field."""

    def __init__(self, problems: list) -> None:  # list[people.Problem] and friends
        self.problems = problems
        first = problems[0].message if problems else "The input is not valid."
        more = f" ({len(problems) - 1} more problem(s))" if len(problems) > 1 else ""
        super().__init__(first + more)


class RuleRefused(UserError):
    """A step the domain does not allow now ("Cannot validate: not accepted yet")."""
