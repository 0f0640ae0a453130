"""``--debug`` after the command as well as before it: ``kgpart query x --debug``.

The group's own ``--debug`` stands before the command; the error line tells a user to "rerun with
--debug", and a user adds it at the end. Each command gets the same flag; it only records the
wish in the context's ``meta`` (shared by the group and its commands), where the group's error
handling looks.
"""

from __future__ import annotations

import click

DEBUG_KEY = "kgpart.debug"
DEBUG_HELP = "Show full tracebacks on errors."


def _remember(ctx: click.Context, _param: click.Parameter, value: bool) -> None:
    if value:
        ctx.meta[DEBUG_KEY] = True


def debug_option() -> click.Option:
    """A ``--debug`` flag that a command does not see as an argument."""
    return click.Option(
        ["--debug"], is_flag=True, expose_value=False, is_eager=True, callback=_remember, help=DEBUG_HELP
    )


def accept_debug_everywhere(command: click.Command) -> None:
    """Give ``command`` and, for a group, every command and sub-group under it a ``--debug`` flag (once).

    The top group calls this on each command as it loads it (:class:`kgpart.cli.app.LazyCommands`).
    """
    if not any(param.name == "debug" for param in command.params):
        command.params.append(debug_option())
    if isinstance(command, click.Group):
        for sub in command.commands.values():
            accept_debug_everywhere(sub)
