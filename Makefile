# Two commands set everything up: `make run` serves the app, `make test` checks it.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
RUN_STAMP := $(VENV)/.installed-run
TEST_STAMP := $(VENV)/.installed-test
# The PostgreSQL that `make test` also runs the suite on, when one answers there.
PG_URL ?= $(if $(filter postgres%,$(DATABASE_URL)),$(DATABASE_URL),postgres://postgres@127.0.0.1:5432/newsroom)
TEST_ENV := SECRET_KEY=test-only-not-secret
# The same draws for the property tests on every run (tests/conftest.py), never a lucky one.
PYTEST := $(BIN)/pytest --hypothesis-profile=ci

.PHONY: run serve load test lint format superuser clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip

$(RUN_STAMP): pyproject.toml | $(BIN)/python
	$(BIN)/pip install --quiet -e .
	touch $@

$(TEST_STAMP): pyproject.toml | $(BIN)/python
	$(BIN)/pip install --quiet -e ".[test]"
	touch $@ $(RUN_STAMP)

run: $(RUN_STAMP)
	DEBUG=1 $(BIN)/python manage.py migrate --noinput
	DEBUG=1 $(BIN)/python manage.py import_articles
	DEBUG=1 $(BIN)/python manage.py runserver 127.0.0.1:8000

# Production: gunicorn with DEBUG off, from the environment's SECRET_KEY, ALLOWED_HOSTS and a
# PostgreSQL DATABASE_URL (HTTPS=1 behind a TLS proxy); refuses to start without them.
serve: $(RUN_STAMP)
	$(BIN)/python -m newsroom.gunicorn_conf
	$(BIN)/python manage.py collectstatic --noinput --verbosity 0
	$(BIN)/python manage.py migrate --noinput
	$(BIN)/gunicorn -c python:newsroom.gunicorn_conf newsroom.wsgi

# Load test: gunicorn on 127.0.0.1 over a generated corpus in PostgreSQL, driven by wrk, with
# the page cache in Redis (127.0.0.1:6379) and without.
load: $(TEST_STAMP)
	$(BIN)/python -m bench.load --database-url $(PG_URL)_load

# Extraction, import and page timings at 100,000 articles on PostgreSQL, in a database of its
# own (created when missing, emptied between stages), then the detail pages beside Datasette
# (installed under bench/out/) on SQLite; prints the tables of bench/RESULTS.md.
.PHONY: bench
bench: $(RUN_STAMP)
	$(TEST_ENV) DATABASE_URL=$(PG_URL)_bench $(BIN)/python -m bench.run

# Asks for the account at a terminal; with DJANGO_SUPERUSER_USERNAME, _EMAIL and _PASSWORD in
# the environment, asks nothing (scripts, containers).
superuser: $(RUN_STAMP)
	DEBUG=1 $(BIN)/python manage.py createsuperuser $(if $(DJANGO_SUPERUSER_USERNAME),--noinput)

test: $(TEST_STAMP)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(TEST_ENV) $(BIN)/python manage.py check
	$(TEST_ENV) $(BIN)/python manage.py makemigrations --check --dry-run
	@echo "== test suite on SQLite"
	DATABASE_URL=sqlite:///$(CURDIR)/test.sqlite3 $(TEST_ENV) $(PYTEST)
	@if $(BIN)/python -c "import psycopg, sys; psycopg.connect(sys.argv[1].rsplit('/', 1)[0] + '/postgres', connect_timeout=3).close()" "$(PG_URL)" 2>/dev/null; then \
		echo "== test suite on PostgreSQL ($(PG_URL))"; \
		DATABASE_URL=$(PG_URL) $(TEST_ENV) $(PYTEST) && echo "== ran on: SQLite, PostgreSQL"; \
	elif [ -n "$(REQUIRE_POSTGRES)" ]; then \
		echo "== PostgreSQL is required but does not answer at $(PG_URL)"; exit 1; \
	else \
		echo "== ran on: SQLite only (no PostgreSQL answers at $(PG_URL))"; \
	fi

lint: $(TEST_STAMP)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

format: $(TEST_STAMP)
	$(BIN)/ruff check --fix .
	$(BIN)/ruff format .

clean:
	rm -rf $(VENV) db.sqlite3 test.sqlite3 staticfiles .pytest_cache .ruff_cache .hypothesis
