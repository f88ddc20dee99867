from django.apps import AppConfig


class ArticlesConfig(AppConfig):
    name = "articles"
    verbose_name = "Newsroom"

    def ready(self):
        from articles import checks  # noqa: F401  (registers the checks)
        from articles.page_cache import connect_signals

        connect_signals()
