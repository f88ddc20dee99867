"""Newsroom settings: one module, configured by environment variables.

Development: ``DEBUG=1`` is enough. Production (``make serve``): ``SECRET_KEY``, ``ALLOWED_HOSTS``
and a PostgreSQL ``DATABASE_URL``; ``HTTPS=1`` when users reach the site over HTTPS.

DATABASE_URL        database (default: SQLite file db.sqlite3 in the project root)
SECRET_KEY          required unless DEBUG is on; `make serve` refuses a short or
                    "django-insecure-" key (generate one with
                    `python -c "import secrets; print(secrets.token_urlsafe(50))"`)
DEBUG               "1"/"true"/"yes" turns it on; off by default
ALLOWED_HOSTS       comma-separated host names (default with DEBUG: localhost names only;
                    `make serve` refuses to start without it)
HTTPS               on: redirect HTTP to HTTPS, send HSTS, mark session and CSRF cookies
                    Secure. The proxy in front must set X-Forwarded-Proto (gunicorn trusts it
                    from FORWARDED_ALLOW_IPS, 127.0.0.1 by default)
HSTS_SECONDS        HSTS max-age with HTTPS (default 31536000, one year)
HSTS_PRELOAD        with HTTPS, "0" drops includeSubDomains and preload from HSTS (default on)
LOGIN_FAILURE_LIMIT failed admin logins from one address for one user name before it is
                    locked out (default 5; django-axes)
LOGIN_COOLOFF_HOURS how long a lockout lasts (default 1)
STATIC_ROOT         where collectstatic puts the hashed static files (default staticfiles/)
LOG_LEVEL           level of the JSON lines logged to stdout (default INFO)
REDIS_URL           the cache, shared by every process (redis://127.0.0.1:6379/0); without it,
                    each process's own memory
PAGE_CACHE          whole pages for anonymous readers from the cache (default: on with
                    REDIS_URL, off without: an import in another process could not reach a
                    per-process cache); PAGE_CACHE_SECONDS keeps them (default 3600)
STATEMENT_TIMEOUT_MS  on PostgreSQL, the longest query a web request may run before the
                    reader gets "search too broad" (default 5000; 0: no limit)
API_RATE            requests one client address may make to /api/ (default 60/min; DRF's
                    "N/second|minute|hour|day"); more get a 429 with Retry-After
ANALYSE_RATE        texts one client address may analyse at /analyse/ (default 10/min)

Security headers on every response: Content-Security-Policy (django-csp; only the site's own
scripts, styles, images and fonts), X-Content-Type-Options, Referrer-Policy,
Cross-Origin-Opener-Policy and X-Frame-Options: DENY (with CSP frame-ancestors 'none').
"""

import os
from datetime import timedelta
from pathlib import Path

import dj_database_url
from csp.constants import NONE, SELF
from django.core.exceptions import ImproperlyConfigured

BASE_DIR = Path(__file__).resolve().parent.parent


def env_flag(name: str, default: bool = False) -> bool:
    value = os.environ.get(name, "").strip().lower()
    if not value:
        return default
    return value in {"1", "true", "yes", "on"}


def env_list(name: str) -> list[str]:
    return [item.strip() for item in os.environ.get(name, "").split(",") if item.strip()]


def env_int(name: str, default: int) -> int:
    value = os.environ.get(name, "").strip()
    try:
        return int(value) if value else default
    except ValueError:
        raise ImproperlyConfigured(f"{name} must be a whole number, got {value!r}.") from None


DEBUG = env_flag("DEBUG")

# Without DEBUG and without a key, anything that signs (sessions, CSRF, the admin) refuses to
# run and the system checks fail; commands that need no key, such as `extract`, still work.
SECRET_KEY = os.environ.get("SECRET_KEY", "")
if not SECRET_KEY and DEBUG:
    SECRET_KEY = "django-insecure-development-key-only-used-with-debug-on"

ALLOWED_HOSTS = env_list("ALLOWED_HOSTS") or (["localhost", "127.0.0.1", "[::1]"] if DEBUG else [])

INSTALLED_APPS = [
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "whitenoise.runserver_nostatic",
    "django.contrib.staticfiles",
    "django.contrib.postgres",
    "django_filters",
    "rest_framework",
    "drf_spectacular",
    "drf_spectacular_sidecar",
    "csp",
    "axes",
    "articles",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    # Before the session is read: a cached page costs no query. Keeps the headers added below.
    "articles.page_cache.PageCacheMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "csp.middleware.CSPMiddleware",
    "articles.statement_timeout.StatementTimeoutMiddleware",
    # Last, as django-axes asks: it turns a locked-out login into its lockout response.
    "axes.middleware.AxesMiddleware",
]

ROOT_URLCONF = "newsroom.urls"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
            ],
        },
    },
]

WSGI_APPLICATION = "newsroom.wsgi.application"

DATABASES = {
    "default": dj_database_url.config(
        default=f"sqlite:///{BASE_DIR / 'db.sqlite3'}",
        conn_max_age=60,
        conn_health_checks=True,
    )
}
if DATABASES["default"]["ENGINE"] == "django.db.backends.postgresql":
    # The archive is read from memory or an SSD, where a read by key costs little more than one
    # in sequence, not the default's four times as much: with 4, naming the speakers of a page's
    # 25 articles hashed all 23,000 speakers (12 ms) instead of reading 255 by key (1.4 ms).
    options = DATABASES["default"].setdefault("OPTIONS", {})
    options["options"] = f"-c random_page_cost=1.1 {options.get('options', '')}".strip()

DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

REDIS_URL = os.environ.get("REDIS_URL", "")
CACHES = {
    "default": {
        "BACKEND": "django.core.cache.backends.redis.RedisCache"
        if REDIS_URL
        else "django.core.cache.backends.locmem.LocMemCache",
        "LOCATION": REDIS_URL,
        # One Redis may serve several databases (staging, production): never another's pages.
        "KEY_PREFIX": str(DATABASES["default"]["NAME"]),
    }
}
PAGE_CACHE = env_flag("PAGE_CACHE", default=bool(REDIS_URL))
PAGE_CACHE_SECONDS = env_int("PAGE_CACHE_SECONDS", 3600)
WEB_STATEMENT_TIMEOUT_MS = env_int("STATEMENT_TIMEOUT_MS", 5000)

# django-axes counts failed logins first; a locked-out address never reaches the password check.
AUTHENTICATION_BACKENDS = [
    "axes.backends.AxesStandaloneBackend",
    "django.contrib.auth.backends.ModelBackend",
]
AXES_FAILURE_LIMIT = env_int("LOGIN_FAILURE_LIMIT", 5)
AXES_COOLOFF_TIME = timedelta(hours=env_int("LOGIN_COOLOFF_HOURS", 1))
# One user name from one address: an attacker cannot lock every editor out by guessing their
# names, nor one shared office address lock out its colleagues.
AXES_LOCKOUT_PARAMETERS = [["username", "ip_address"]]
AXES_RESET_ON_SUCCESS = True

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

LANGUAGE_CODE = "en-gb"
TIME_ZONE = "UTC"
USE_I18N = True
USE_TZ = True

STATIC_URL = "static/"
STATICFILES_DIRS = [BASE_DIR / "static"]
STATIC_ROOT = Path(os.environ.get("STATIC_ROOT", BASE_DIR / "staticfiles"))
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"},
}

HTTPS = env_flag("HTTPS")
SECURE_SSL_REDIRECT = HTTPS
SESSION_COOKIE_SECURE = HTTPS
CSRF_COOKIE_SECURE = HTTPS
SECURE_HSTS_SECONDS = env_int("HSTS_SECONDS", 31_536_000) if HTTPS else 0
SECURE_HSTS_INCLUDE_SUBDOMAINS = HTTPS and env_flag("HSTS_PRELOAD", default=True)
SECURE_HSTS_PRELOAD = SECURE_HSTS_INCLUDE_SUBDOMAINS
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"
SECURE_CROSS_ORIGIN_OPENER_POLICY = "same-origin"
X_FRAME_OPTIONS = "DENY"
SESSION_COOKIE_HTTPONLY = True

# Only the site's own files: no inline script or style, nothing from another origin. Django's
# admin keeps working: its scripts are files and pass their data in data- attributes.
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": [SELF],
        "script-src": [SELF],
        "style-src": [SELF],
        "img-src": [SELF, "data:"],
        "font-src": [SELF],
        "connect-src": [SELF],
        "object-src": [NONE],
        "base-uri": [SELF],
        "form-action": [SELF],
        "frame-ancestors": [NONE],
    },
}

# The read-only API (articles/api.py): JSON only, public, throttled per client address.
API_RATE = os.environ.get("API_RATE", "60/min")
ANALYSE_RATE = os.environ.get("ANALYSE_RATE", "10/min")
REST_FRAMEWORK = {
    "DEFAULT_RENDERER_CLASSES": ["rest_framework.renderers.JSONRenderer"],
    "DEFAULT_PARSER_CLASSES": [],
    "DEFAULT_AUTHENTICATION_CLASSES": [],
    "DEFAULT_PERMISSION_CLASSES": ["rest_framework.permissions.AllowAny"],
    "DEFAULT_SCHEMA_CLASS": "drf_spectacular.openapi.AutoSchema",
    "UNAUTHENTICATED_USER": None,
}
SPECTACULAR_SETTINGS = {
    "TITLE": "Newsroom API",
    "DESCRIPTION": "Read-only: articles, quotes, speakers and organisations, filtered and "
    "sorted as on the site's list pages, in cursor-linked pages.",
    "VERSION": "1",
    "SERVE_INCLUDE_SCHEMA": False,
    # Swagger UI from this site's static files: the CSP allows no other origin.
    "SWAGGER_UI_DIST": "SIDECAR",
    "SWAGGER_UI_FAVICON_HREF": "SIDECAR",
}

# One JSON object a line on stdout, for whatever collects the server's logs.
LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "formatters": {"json": {"()": "newsroom.logformat.JsonLinesFormatter"}},
    "handlers": {
        "console": {
            "class": "logging.StreamHandler",
            "stream": "ext://sys.stdout",
            "formatter": "json",
        }
    },
    "root": {"handlers": ["console"], "level": os.environ.get("LOG_LEVEL", "INFO")},
    # django-axes announces itself at every start; its failed logins and lockouts are warnings.
    "loggers": {"axes.apps": {"level": "WARNING"}},
}
