from django.apps import AppConfig
from django.db.backends.signals import connection_created


class ArticlesConfig(AppConfig):
    name = "articles"
    verbose_name = "Newsroom"

    def ready(self):
        from articles import checks  # noqa: F401  (registers the checks)
        from articles.page_cache import connect_signals
        from articles.search import register_fold

        connect_signals()
        connection_created.connect(register_fold, dispatch_uid="newsroom-fold")
