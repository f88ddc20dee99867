"""System checks that belong to Newsroom rather than to one model."""

from django.conf import settings
from django.core import checks
from django.core.exceptions import ImproperlyConfigured


@checks.register(checks.Tags.security)
def secret_key_is_set(app_configs, **kwargs):
    """Without DEBUG, the secret key must come from the environment: there is no default."""
    try:
        settings.SECRET_KEY  # noqa: B018  (Django refuses to read an empty key)
    except ImproperlyConfigured:
        return [
            checks.Error(
                "SECRET_KEY must be set when DEBUG is off.",
                hint="Set the SECRET_KEY environment variable, or DEBUG=1 for local development.",
                id="newsroom.E001",
            )
        ]
    return []
