"""The extraction engine is a pure function of text: importing it loads no Django."""

import subprocess
import sys

from tests.conftest import PROJECT_DIR

IMPORT_EVERY_MODULE = """
import importlib, pkgutil, sys
import articles.extraction
for module in pkgutil.walk_packages(articles.extraction.__path__, "articles.extraction."):
    importlib.import_module(module.name)
print(len([name for name in sys.modules if name.startswith("articles.extraction.")]))
print(" ".join(sorted(name for name in sys.modules if name.split(".")[0] == "django")))
"""


def test_importing_every_extraction_module_in_a_fresh_interpreter_loads_no_django():
    result = subprocess.run(
        [sys.executable, "-c", IMPORT_EVERY_MODULE],
        cwd=PROJECT_DIR,
        capture_output=True,
        text=True,
        check=True,
    )
    imported, django_modules = result.stdout.split("\n")[:2]
    assert int(imported) >= 5  # the package's modules really were imported
    assert django_modules == ""
