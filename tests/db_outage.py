"""Make the database unreachable for a while, at the driver boundary, through Django's execute_wrapper.

Every query (or only those matching ``fails``) raises OperationalError as if the server had gone away.
No code of ours is replaced: views, middleware and templates meet the failure the way they would in
production.
"""

from contextlib import contextmanager

from django.db import OperationalError, connection

MESSAGE = "server closed the connection unexpectedly"


@contextmanager
def database_down(fails=None, then_all=False, message=MESSAGE):
    """Refuse the queries for which ``fails(sql)`` is true (all, if None), raising ``message``.

    With ``then_all``, once one query was refused every later one is too: the server died mid-request.
    ``message`` may be a callable of the query's params, like PostgreSQL quoting a failing row.
    """
    state = {"down": fails is None}

    def refuse(execute, sql, params, many, context):
        if state["down"] or fails(sql):
            state["down"] = state["down"] or then_all
            raise OperationalError(message(params) if callable(message) else message)
        return execute(sql, params, many, context)

    with connection.execute_wrapper(refuse):
        yield
