"""The public page of Gubernur Menjawab on the portal: the form, the private tracking link, the Q&A list."""

import logging

from django.core.paginator import EmptyPage, PageNotAnInteger, Paginator
from django.db import DatabaseError, models
from django.http import Http404
from django.template.loader import render_to_string
from django.utils.cache import patch_cache_control
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.models import Page

from errors.views import service_unavailable
from opd.models import BasePage
from questions import privacy, public, services
from questions.forms import QuestionForm
from questions.models import Question
from questions.ratelimit import RateLimit

logger = logging.getLogger(__name__)

TEMPLATE_DIR = "questions/"


class GubernurMenjawabPage(RoutablePageMixin, BasePage):
    """Gubernur Menjawab: citizens ask the Governor, follow their question by a private link, read answers."""

    intro = models.TextField(_("pengantar"), blank=True)

    parent_page_types = ["home.PortalHomePage"]
    subpage_types = []
    max_count = 1

    content_panels = [*Page.content_panels, FieldPanel("intro")]

    answers_per_page = 10

    class Meta:
        verbose_name = _("halaman Gubernur Menjawab")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["retention_days"] = privacy.retention_days()
        context["clock_hours"] = int(services.CLOCK.total_seconds() // 3600)
        return context

    def _render(self, request, template, status=200, **context):
        response = self.render(request, template=TEMPLATE_DIR + template, context_overrides=context)
        response.status_code = status
        return response

    @path("", name="ask")
    def ask(self, request):
        """The explanation, the privacy notice and the form; on POST, the question is stored."""
        if request.method != "POST":
            response = self._render(request, "gubernur_menjawab_page.html", form=QuestionForm())
            patch_cache_control(response, private=True, no_cache=True)  # the form carries a CSRF token
            return response

        limit = RateLimit("submit", request, public.submit_rate())
        if limit.exceeded():
            return self._too_many(request, limit)
        form = QuestionForm(request.POST)
        if public.is_spam(request.POST):
            # Store nothing and say nothing: the same thanks page, without a ticket.
            limit.hit()
            return public.make_private(self._render(request, "thanks.html", question=None))
        if not form.is_valid():
            return public.make_private(self._render(request, "gubernur_menjawab_page.html", status=400, form=form))
        if limit.hit():
            return self._too_many(request, limit)
        try:
            question, token = services.submit_question(**form.submission())
        except DatabaseError as error:
            # Not the message: PostgreSQL's may quote the failing row, with the citizen's data in it.
            logger.error(  # noqa: TRY400
                "Gubernur Menjawab: a question could not be stored (%s, SQLSTATE %s)",
                type(error).__name__,
                getattr(error.__cause__, "sqlstate", None) or "?",
            )
            limit.undo()
            return self._not_received(request)
        tracking_url = self.full_url + self.reverse_subpage("track", args=[token])
        return public.make_private(
            self._render(
                request, "thanks.html", question=question, tracking_url=tracking_url, clock=public.clock(question)
            )
        )

    @path("lacak/<str:token>/", name="track")
    def track(self, request, token):
        """The citizen's private view of their question: status, OPD, answer, the clock; no personal data."""
        limit = RateLimit("track", request, public.track_rate())
        if limit.hit():
            return self._too_many(request, limit)
        question = public.find_by_token(token)
        if question is None:
            raise Http404
        return public.make_private(
            self._render(request, "tracking.html", question=question, clock=public.clock(question))
        )

    @path("tanya-jawab/", name="answers")
    def answers(self, request):
        """Answered questions whose askers agreed to publication, without personal data."""
        published = (
            Question.objects.filter(
                consent_to_publish=True, status__in=(Question.Status.ANSWERED, Question.Status.CLOSED)
            )
            .exclude(answer="")
            .select_related("opd")
            .only("category", "question", "answer", "answered_at", "opd__name", "opd__acronym")
            .order_by("-answered_at", "-pk")
        )
        paginator = Paginator(published, self.answers_per_page)
        try:
            items = paginator.page(request.GET.get("halaman", 1))
        except PageNotAnInteger:
            items = paginator.page(1)
        except EmptyPage:
            items = paginator.page(paginator.num_pages)
        return self._render(request, "qa_list.html", items=items)

    def _too_many(self, request, limit):
        response = self._render(request, "too_many.html", status=429)
        response.headers["Retry-After"] = str(limit.retry_after)
        response.headers["Cache-Control"] = "no-store"
        return response

    def _not_received(self, request):
        """503 that says the question was not received; rendered without the database if need be."""
        try:
            content = render_to_string(TEMPLATE_DIR + "not_received.html", self.get_context(request), request)
        except DatabaseError:
            content = render_to_string(TEMPLATE_DIR + "not_received_plain.html", {"title": self.title})
        return service_unavailable(content)
