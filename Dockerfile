# Jambi CMS production image: build wheels in one stage, run as a non-root user in the next.
# Migrations are a release step (`python manage.py migrate`), never part of CMD.

FROM python:3.11-slim-bookworm AS build
ENV PIP_NO_CACHE_DIR=1 PIP_DISABLE_PIP_VERSION_CHECK=1
RUN apt-get update && apt-get install -y --no-install-recommends build-essential libjpeg62-turbo-dev zlib1g-dev \
    && rm -rf /var/lib/apt/lists/*
RUN python -m venv /venv
COPY requirements.txt /tmp/requirements.txt
RUN /venv/bin/pip install -r /tmp/requirements.txt

FROM python:3.11-slim-bookworm AS runtime
ENV PATH="/venv/bin:$PATH" \
    PYTHONDONTWRITEBYTECODE=1 \
    PYTHONUNBUFFERED=1 \
    DJANGO_SETTINGS_MODULE=jambi_cms.settings.production \
    PORT=8000
RUN apt-get update && apt-get install -y --no-install-recommends libjpeg62-turbo zlib1g \
    && rm -rf /var/lib/apt/lists/* \
    && useradd --system --create-home --uid 1000 jambi
COPY --from=build /venv /venv
WORKDIR /app
COPY --chown=jambi:jambi . /app
# Static files are collected at build time with a throwaway key; the real key comes from the environment.
RUN SECRET_KEY=build-only-collectstatic-key-not-used-at-runtime-0123456789 BASE_DOMAIN=build.invalid \
    python manage.py collectstatic --noinput --verbosity 0 \
    && mkdir -p /app/media && chown jambi:jambi /app/media
USER jambi
EXPOSE 8000
CMD ["sh", "-c", "gunicorn jambi_cms.wsgi:application --bind 0.0.0.0:${PORT} --workers ${WEB_CONCURRENCY:-3} --access-logfile -"]
