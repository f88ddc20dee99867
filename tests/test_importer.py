"""The import command: what a fresh import stores, idempotence, sharing, bad input, edits."""

import datetime
import shutil
import socket
from io import StringIO
from pathlib import Path

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError
from django.db import connection

from articles.article_files import MAX_FILE_BYTES, article_metadata, dateline_metadata
from articles.extraction.model import ExtractedArticle, ExtractedQuote, ExtractedSpeaker
from articles.known_rows import KnownRows
from articles.models import Article, Organisation, Quote, Speaker
from tests.conftest import SEEDS_DIR

SEED_FILE = SEEDS_DIR / "000_4593bdc23799d7af.txt"

pytestmark = pytest.mark.django_db


def run_import(*paths, **options) -> str:
    out = StringIO()
    call_command("import_articles", *map(str, paths), stdout=out, stderr=out, **options)
    return out.getvalue()


def failing_import(*paths, **options) -> str:
    out = StringIO()
    with pytest.raises(CommandError) as raised:
        call_command("import_articles", *map(str, paths), stdout=out, stderr=out, **options)
    return out.getvalue() + str(raised.value)


def write_article(folder: Path, name: str, text: str) -> Path:
    path = folder / name
    path.write_text(text, encoding="utf-8")
    return path


def snapshot() -> dict:
    return {
        model.__name__: sorted(model.objects.values_list("pk", "updated"))
        for model in (Article, Organisation, Speaker)
    } | {"Quote": sorted(Quote.objects.values_list("pk", "text", "speaker_id"))}


def test_seed_import_stores_article_with_title_dateline_and_ten_quotes():
    output = run_import(SEEDS_DIR)

    assert "1 new, 0 updated, 0 unchanged, 0 failed" in output
    article = Article.objects.get()
    assert article.title == "US urges protection of civilians amid Syria's escalating conflict"
    assert article.dateline == "WASHINGTON DC"
    assert article.origin == "seeds/000_4593bdc23799d7af.txt"
    quotes = list(article.quotes.order_by("position"))
    assert len(quotes) == 10 == article.quote_count
    assert [q.position for q in quotes] == list(range(10))
    assert [q.start for q in quotes] == sorted(q.start for q in quotes)
    for quote in quotes:
        assert article.body[quote.start : quote.end] == quote.text
    assert quotes[0].text == "everything possible"
    assert quotes[0].partial
    assert quotes[1].text.startswith("We're going to continue")
    assert not quotes[1].partial


def test_seed_quotes_are_attributed_to_miller_assad_and_the_sdf():
    run_import(SEEDS_DIR)

    by_speaker = {s.name: s.quote_count for s in Speaker.objects.all()}
    miller = by_speaker.get("Matthew Miller", 0)
    assert miller == 7 or (miller == 6 and by_speaker.get("United States") == 1)
    assert by_speaker["Bashar al-Assad"] == 2
    assert by_speaker["Syrian Democratic Forces"] == 1
    miller = Speaker.objects.get(name="Matthew Miller")
    assert "Spokesperson" in miller.title
    assert "Miller" in miller.alias_list
    assert miller.organisation.name == "US State Department"
    sdf = Speaker.objects.get(name="Syrian Democratic Forces")
    assert sdf.is_organisation
    assert sdf.organisation.acronym == "SDF"


def test_seed_organisations_are_stored_with_their_acronyms():
    run_import(SEEDS_DIR)

    article = Article.objects.get()
    acronyms = dict(article.organisations.values_list("acronym", "name"))
    assert acronyms["SDF"] == "Syrian Democratic Forces"
    assert acronyms["SOHR"] == "Syrian Observatory for Human Rights"
    assert {"HTS", "SNA", "YPG", "ISIS"} <= acronyms.keys()
    assert all(o.article_count == 1 for o in article.organisations.all())


def test_reimport_of_unchanged_file_changes_nothing():
    run_import(SEEDS_DIR)
    before = snapshot()

    output = run_import(SEEDS_DIR)

    assert "0 new, 0 updated, 1 unchanged, 0 failed" in output
    assert snapshot() == before


def test_changed_file_updates_its_article_in_place(tmp_path):
    path = Path(shutil.copy(SEED_FILE, tmp_path))
    run_import(path)
    article = Article.objects.get()
    miller_quotes = Speaker.objects.get(name="Matthew Miller").quote_count

    path.write_text(path.read_text() + "\n\n“We will not stop,” Miller said.\n", encoding="utf-8")
    output = run_import(path)

    assert "0 new, 1 updated, 0 unchanged" in output
    updated = Article.objects.get()
    assert (updated.pk, updated.slug) == (article.pk, article.slug)
    assert updated.quote_count == 11
    assert updated.quotes.get(position=10).text == "We will not stop,"
    assert Speaker.objects.get(name="Matthew Miller").quote_count == miller_quotes + 1


def test_two_articles_quoting_the_same_person_share_one_speaker(tmp_path):
    write_article(
        tmp_path,
        "a.txt",
        "Talks resume\n\nGENEVA - “We are hopeful,” said Jane Doe, a spokeswoman for the "
        "World Food Programme (WFP).\n",
    )
    write_article(
        tmp_path,
        "b.txt",
        "Aid convoy arrives\n\nGENEVA - “The trucks are through,” Jane Doe told reporters.\n",
    )

    run_import(tmp_path)

    speaker = Speaker.objects.get(name="Jane Doe")
    assert speaker.quote_count == 2
    assert set(speaker.quotes.values_list("article__origin", flat=True)) == {
        (tmp_path / "a.txt").as_posix(),
        (tmp_path / "b.txt").as_posix(),
    }


def test_dry_run_writes_nothing():
    output = run_import(SEEDS_DIR, dry_run=True)

    assert "Dry run: 1 new" in output
    assert not Article.objects.exists()
    assert not Speaker.objects.exists()


def test_front_matter_gives_published_date_source_and_url(tmp_path):
    write_article(
        tmp_path,
        "fm.txt",
        "---\npublished: 2024-12-02\nsource: Rudaw\nurl: https://example.org/a\n---\n"
        "Headline here\n\nBEIRUT - “Words,” said Ann Lee.\n",
    )

    run_import(tmp_path)

    article = Article.objects.get()
    assert article.title == "Headline here"
    assert str(article.published) == "2024-12-02"
    assert (article.source, article.url) == ("Rudaw", "https://example.org/a")
    assert article.body.startswith("BEIRUT - ")


BAD_FILES = {
    "empty": (b"", "is empty"),
    "blank": (b"  \n\n \n", "is empty"),
    "binary": (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary"),
    "latin-1": ("Headline\n\nParis - café said.\n".encode("latin-1"), "line 3 is not valid UTF-8"),
    "no body": (b"Only a headline\n", "no body"),
    "bad front matter": (b"---\nauthor: me\n---\nHeadline\n\nBody.\n", "line 2"),
    "bad date": (b"---\npublished: 2024-13-45\n---\nHeadline\n\nBody.\n", "published"),
}


@pytest.mark.parametrize("kind", BAD_FILES)
def test_bad_file_fails_alone_with_a_clear_message(tmp_path, kind):
    content, problem = BAD_FILES[kind]
    bad = tmp_path / "bad.txt"
    bad.write_bytes(content)
    shutil.copy(SEED_FILE, tmp_path / "good.txt")

    output = failing_import(tmp_path)

    error_lines = [line for line in output.splitlines() if str(bad) in line]
    assert len(error_lines) == 1
    assert problem in error_lines[0]
    assert "1 new, 0 updated, 0 unchanged, 1 failed" in output
    assert list(Article.objects.values_list("origin", flat=True)) == [
        (tmp_path / "good.txt").as_posix()
    ]


def test_huge_file_is_refused_before_it_is_read(tmp_path):
    huge = tmp_path / "huge.txt"
    huge.write_text("Headline\n\n" + "word " * (MAX_FILE_BYTES // 5 + 1), encoding="utf-8")

    output = failing_import(huge)

    assert f"{huge}: too large" in output
    assert not Article.objects.exists()


def test_stray_quotation_mark_costs_only_a_warning_naming_file_and_line(tmp_path):
    """A real article with one stray closing mark: all ten paired quotes, one warning line."""
    paragraphs = SEED_FILE.read_text(encoding="utf-8").split("\n\n")
    paragraphs.insert(3, 'Officials called it a turning point" and left.')
    path = write_article(tmp_path, "stray.txt", "\n\n".join(paragraphs))

    output = run_import(path)

    warnings = [line for line in output.splitlines() if line.startswith("warning:")]
    assert len(warnings) == 1
    assert warnings[0].startswith(f"warning: {path.as_posix()}: line 7: ")
    assert "turning point" in warnings[0]
    assert "1 new, 0 updated, 0 unchanged, 0 failed, 0 duplicates, 1 imported with warnings" in (
        output
    )
    article = Article.objects.get()
    assert article.quote_count == 10
    assert article.quotes.filter(speaker__name="Matthew Miller").exists()


def test_unclosed_quotation_mark_after_front_matter_is_a_warning_with_the_file_line(tmp_path):
    path = write_article(
        tmp_path,
        "unclosed.txt",
        "---\nsource: Wire\n---\nHeadline\n\nKABUL - He said “this never closes.\n\n"
        "The next paragraph is the writer's own.\n\n"
        "Jane Roe, a spokeswoman, said: “Still, this pairs.”\n",
    )

    output = run_import(path)

    assert f"warning: {path.as_posix()}: line 6: a quotation mark is never closed" in output
    assert Quote.objects.filter(text="Still, this pairs.", speaker__name="Jane Roe").exists()


def test_seed_imported_from_two_paths_is_one_article(tmp_path):
    copy = tmp_path / "copies"
    copy.mkdir()
    shutil.copy(SEED_FILE, copy)
    run_import(SEEDS_DIR)
    before = snapshot()

    output = run_import(copy)

    article = Article.objects.get()
    assert f"copies/{SEED_FILE.name}: duplicate of “{article.title}” ({article.origin})" in output
    assert "0 new, 0 updated, 0 unchanged, 0 failed, 1 duplicates" in output
    assert snapshot() == before
    assert list(article.other_origins.values_list("origin", flat=True)) == [
        (copy / SEED_FILE.name).as_posix()
    ]
    assert Speaker.objects.get(name="Bashar al-Assad").quote_count == 2
    for folder in (copy, SEEDS_DIR):
        assert "0 new, 0 updated, 1 unchanged, 0 failed, 0 duplicates" in run_import(folder)
    assert snapshot() == before


def test_two_copies_in_one_run_are_one_article_and_a_copy_that_changes_is_its_own(tmp_path):
    for name in ("a.txt", "b.txt"):
        shutil.copy(SEED_FILE, tmp_path / name)

    assert "1 new, 0 updated, 0 unchanged, 0 failed, 1 duplicates" in run_import(tmp_path)
    assert Article.objects.get().other_origins.get().origin.endswith("b.txt")

    copy = tmp_path / "b.txt"
    copy.write_text(copy.read_text() + "\n\nA later paragraph.\n", encoding="utf-8")
    assert "1 new, 0 updated, 1 unchanged, 0 failed, 0 duplicates" in run_import(tmp_path)
    assert sorted(Article.objects.values_list("origin", flat=True)) == [
        (tmp_path / "a.txt").as_posix(),
        copy.as_posix(),
    ]
    assert not Article.objects.filter(other_origins__isnull=False).exists()


def test_bad_paths_fail_alone_one_line_each_and_good_files_import(tmp_path):
    """A missing path, a symlink loop and an unreadable file (a socket: root reads any plain
    file) each get one error line; the seed beside them still imports; the status is 1."""
    good = Path(shutil.copy(SEED_FILE, tmp_path / "good.txt"))
    loop = tmp_path / "loop.txt"
    loop.symlink_to(loop)
    unreadable = tmp_path / "socket.txt"
    with socket.socket(socket.AF_UNIX) as listening:
        listening.bind(str(unreadable))
        missing = tmp_path / "missing.txt"

        output = failing_import(missing, loop, unreadable, good)

    errors = [line for line in output.splitlines() if "cannot be" in line]
    assert len(errors) == 3
    assert [
        str(p) in line for p, line in zip((missing, loop, unreadable), errors, strict=True)
    ] == [True] * 3
    assert "No such file" in errors[0] and "symbolic links" in errors[1]
    assert "1 new, 0 updated, 0 unchanged, 3 failed" in output
    assert Article.objects.get().origin == good.as_posix()


def test_source_and_published_default_what_files_do_not_give(tmp_path):
    write_article(tmp_path, "plain.txt", "Quiet day\n\nKABUL - Nothing happened.\n")
    write_article(tmp_path, "wire.txt", "Talks stall\n\nBEIRUT, Dec 2 (Reuters) - Talks stalled.\n")
    write_article(
        tmp_path,
        "dated.txt",
        "---\npublished: 2023-06-01\nsource: Rudaw\n---\nTalks\n\nERBIL, May 3 (AFP) - Talks.\n",
    )

    run_import(tmp_path, "--source=Field notes", "--published=2024-12-20")

    articles = {a.origin.rsplit("/", 1)[1]: a for a in Article.objects.all()}
    assert (articles["plain.txt"].source, str(articles["plain.txt"].published)) == (
        "Field notes",
        "2024-12-20",
    )
    assert (articles["wire.txt"].source, str(articles["wire.txt"].published)) == (
        "Reuters",
        "2024-12-02",
    )
    assert (articles["dated.txt"].source, str(articles["dated.txt"].published)) == (
        "Rudaw",
        "2023-06-01",
    )


def test_dateline_without_a_year_takes_it_from_the_front_matter_and_gives_no_date_alone(tmp_path):
    assert dateline_metadata("BEIRUT, Dec 2 (Reuters)", None) == {"source": "Reuters"}
    assert dateline_metadata("GENEVA, Sept. 14, 2023 (UN News)", 2020) == {
        "source": "UN News",
        "published": datetime.date(2023, 9, 14),
    }
    assert article_metadata(
        {"published": datetime.date(2022, 1, 5)}, "BEIRUT, Dec 2 (Reuters)", {}
    ) == {"published": datetime.date(2022, 1, 5), "source": "Reuters"}
    assert dateline_metadata("WASHINGTON DC", 2024) == {}


def test_published_that_is_no_date_is_an_error_naming_the_parameter():
    output = failing_import(SEEDS_DIR, "--published=next tuesday")

    assert "--published must be a date like 2024-12-02, got 'next tuesday'" in output
    assert not Article.objects.exists()


@pytest.fixture
def database_refusing_quote(django_db_blocker):
    """A real trigger makes the database refuse one quote, as a failing disk or constraint would."""
    word = "REFUSEME"
    with connection.cursor() as cursor:
        if connection.vendor == "postgresql":
            cursor.execute(
                "CREATE FUNCTION refuse_quote() RETURNS trigger AS $$ BEGIN "
                f"IF NEW.text LIKE '%{word}%' THEN RAISE EXCEPTION 'quote refused'; END IF; "
                "RETURN NEW; END $$ LANGUAGE plpgsql"
            )
            cursor.execute(
                "CREATE TRIGGER refuse_quote BEFORE INSERT ON articles_quote "
                "FOR EACH ROW EXECUTE FUNCTION refuse_quote()"
            )
        else:
            cursor.execute(
                "CREATE TRIGGER refuse_quote BEFORE INSERT ON articles_quote "
                f"WHEN NEW.text LIKE '%{word}%' BEGIN SELECT RAISE(ABORT, 'quote refused'); END"
            )
    return word


def test_article_refused_by_the_database_leaves_nothing_behind(tmp_path, database_refusing_quote):
    write_article(
        tmp_path,
        "refused.txt",
        "Refused\n\nLONDON - “Fine words,” said Oliver Twist of the Workhouse Council.\n\n"
        f"“{database_refusing_quote} now,” he added.\n",
    )

    output = failing_import(tmp_path)

    assert "refused.txt: the database refused it" in output
    assert not Article.objects.exists()
    assert not Quote.objects.exists()
    assert not Speaker.objects.filter(name="Oliver Twist").exists()
    assert not Organisation.objects.filter(name__icontains="Workhouse").exists()


def test_unchanged_file_keeps_admin_edits_and_changed_file_needs_force(tmp_path, admin_client):
    path = Path(shutil.copy(SEED_FILE, tmp_path))
    run_import(path)
    quote = Quote.objects.get(position=4)
    assad = Speaker.objects.get(name="Bashar al-Assad")
    pezeshkian = Speaker.objects.create(name="Masoud Pezeshkian")

    response = admin_client.post(
        f"/admin/articles/quote/{quote.pk}/change/",
        {
            "article": quote.article_id,
            "speaker": pezeshkian.pk,
            "text": quote.text,
            "start": quote.start,
            "end": quote.end,
            "verb": quote.verb,
            "position": quote.position,
        },
    )
    assert response.status_code == 302
    assert Speaker.objects.get(pk=assad.pk).quote_count == 1
    assert Speaker.objects.get(pk=pezeshkian.pk).quote_count == 1

    assert "1 unchanged" in run_import(path)
    assert Quote.objects.get(pk=quote.pk).speaker == pezeshkian

    path.write_text(path.read_text() + "\n\nA closing line.\n", encoding="utf-8")
    output = failing_import(path)
    assert "US urges protection of civilians" in output
    assert "edited in the admin" in output
    assert Quote.objects.get(pk=quote.pk).speaker == pezeshkian

    assert "1 updated" in run_import(path, force=True)
    assert Quote.objects.get(position=4).speaker.name == "Bashar al-Assad"
    assert Article.objects.get().edited_in_admin is None


def test_organisation_named_by_acronym_alone_joins_the_defined_one(tmp_path):
    write_article(
        tmp_path,
        "a.txt",
        "Deal\n\nQAMISHLI - The Syrian Democratic Forces (SDF) agreed to talks.\n",
    )
    write_article(
        tmp_path,
        "b.txt",
        "Talks\n\nQAMISHLI - The Syrian Democratic Forces said talks would go on.\n",
    )

    run_import(tmp_path)

    sdf = Organisation.objects.get(acronym="SDF")
    assert sdf.name == "Syrian Democratic Forces"
    assert sdf.article_count == 2
    assert Organisation.objects.filter(name__icontains="Syrian Democratic").count() == 1


@pytest.mark.parametrize("one_run", [True, False])
def test_same_person_spelt_with_and_without_accents_is_one_speaker(tmp_path, one_run):
    write_article(
        tmp_path,
        "a.txt",
        "Talks\n\nANKARA - “We will not wait,” said Recep Tayyip Erdoğan, the president.\n",
    )
    write_article(
        tmp_path,
        "b.txt",
        "More talks\n\nANKARA - “We are ready,” said Recep Tayyip Erdogan, the president.\n",
    )
    if one_run:
        run_import(tmp_path)
    else:
        run_import(tmp_path / "a.txt")
        run_import(tmp_path / "b.txt")

    speaker = Speaker.objects.get()
    assert speaker.name == "Recep Tayyip Erdoğan"
    assert "Recep Tayyip Erdogan" in speaker.alias_list
    assert speaker.quote_count == 2


def test_dry_run_reports_a_copy_as_a_duplicate_and_writes_nothing(tmp_path):
    for name in ("a.txt", "b.txt"):
        shutil.copy(SEED_FILE, tmp_path / name)

    output = run_import(tmp_path, dry_run=True)

    assert "b.txt: duplicate of “US urges protection" in output
    assert "Dry run: 1 new, 0 updated, 0 unchanged, 0 failed, 1 duplicates" in output
    assert not Article.objects.exists()


def test_summary_counts_the_quotes_that_need_review(tmp_path):
    write_article(
        tmp_path,
        "review.txt",
        "Shelling resumes\n\nKABUL - “It went on all night,” a witness said.\n\n"
        "“We are sending help,” said Jane Roe, a spokeswoman.\n",
    )

    output = run_import(tmp_path)

    needing = Quote.objects.needs_review()
    assert [q.text for q in needing] == ["It went on all night,"]
    assert "2 quotes (1 need review)" in output


def test_acronym_of_a_known_organisation_is_not_repeated_as_an_alias(tmp_path):
    write_article(
        tmp_path,
        "a.txt",
        "Aid\n\nKUMASI - The Northern Relief Coalition (NRC) said it would stop work.\n",
    )
    write_article(
        tmp_path,
        "b.txt",
        "More aid\n\nKUMASI - The NRC said on Monday that convoys would resume.\n",
    )

    run_import(tmp_path / "a.txt")
    run_import(tmp_path / "b.txt")

    coalition = Organisation.objects.get()
    assert (coalition.name, coalition.acronym) == ("Northern Relief Coalition", "NRC")
    assert coalition.alias_list == []
    assert coalition.article_count == 2


def test_a_body_named_without_its_country_is_not_another_countrys_body(tmp_path):
    write_article(
        tmp_path,
        "a.txt",
        "Budget vote\n\nABUJA - The Nigerian House of Representatives passed the budget. "
        '"This is a good day," said Speaker Tunde Bakare. '
        "The House of Representatives votes again in May.\n",
    )
    write_article(
        tmp_path,
        "b.txt",
        "Spending bill\n\nWASHINGTON - The House of Representatives passed a spending bill. "
        '"We did our job," said Speaker Mary Collins.\n',
    )

    run_import(tmp_path)

    nigerian = Organisation.objects.get(name="Nigerian House of Representatives")
    assert nigerian.alias_list == ["House of Representatives"]
    assert [a.title for a in nigerian.articles.all()] == ["Budget vote"]
    unqualified = Organisation.objects.get(name="House of Representatives")
    assert [a.title for a in unqualified.articles.all()] == ["Spending bill"]


def test_a_person_the_engine_lists_but_no_quote_names_is_no_speaker():
    body = 'Chidi Nwosu was held. "We are safer," said Amara Diallo.'
    extracted = ExtractedArticle(
        title="Held",
        body=body,
        quotes=(ExtractedQuote("We are safer,", 22, 35, speaker="Amara Diallo"),),
        speakers=(ExtractedSpeaker("Chidi Nwosu"), ExtractedSpeaker("Amara Diallo")),
    )
    rows = KnownRows([], [])
    _, speakers = rows.resolve(extracted)
    assert list(speakers) == ["Amara Diallo"]
    assert [s.name for s in rows.new_speakers] == ["Amara Diallo"]
