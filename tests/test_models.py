"""Model constraints, QuerySet methods and denormalised counts."""

import datetime

import pytest
from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction

from articles.models import Article, Organisation, Quote, Speaker
from articles.naming import unique_slugs
from tests.conftest import make_article, make_organisation, make_quote, make_speaker

pytestmark = pytest.mark.django_db


def test_quote_must_start_before_it_ends():
    article = make_article()
    quote = Quote(article=article, text="x", start=5, end=5, position=0)

    with pytest.raises(ValidationError):
        quote.full_clean()
    with pytest.raises(IntegrityError), transaction.atomic():
        quote.save()


def test_two_quotes_cannot_share_a_position_in_one_article():
    article = make_article()
    make_quote(article, "First words", position=0)

    with pytest.raises(IntegrityError), transaction.atomic():
        Quote.objects.create(article=article, text="Other", start=0, end=5, position=0)


def test_speaker_names_and_article_origins_are_unique():
    make_speaker("Jane Doe")
    with pytest.raises(IntegrityError), transaction.atomic():
        Speaker.objects.create(name="Jane Doe")
    make_article(origin="seeds/a.txt")
    with pytest.raises(IntegrityError), transaction.atomic():
        make_article(origin="seeds/a.txt")


def test_slugs_are_unique_and_kept_on_save():
    first = make_article(title="Ceasefire holds")
    second = make_article(title="Ceasefire holds")

    assert (first.slug, second.slug) == ("ceasefire-holds", "ceasefire-holds-2")
    first.title = "Ceasefire broken"
    first.save()
    assert Article.objects.get(pk=first.pk).slug == "ceasefire-holds"


def test_slugs_for_a_batch_skip_taken_ones_and_repeats_within_it():
    make_article(title="Talks resume")
    orphan = make_article(title="Talks resume")
    Article.objects.filter(slug="talks-resume").delete()
    make_article(title="Port reopens")

    slugs = unique_slugs(Article, ["Port reopens", "Talks resume", "Talks resume", "Aid"])

    assert orphan.slug == "talks-resume-2"
    assert slugs == ["port-reopens-2", "talks-resume", "talks-resume-3", "aid"]


def test_speaker_found_by_alias_and_quotes_by_speaker_name():
    miller = make_speaker("Matthew Miller", aliases="Miller")
    other = make_speaker("Anna Millerova")
    article = make_article()
    mine = make_quote(article, "We push every party", speaker=miller)
    make_quote(article, "Something else", speaker=make_speaker("Jo Bloggs"))

    assert set(Speaker.objects.matching("miller")) == {miller, other}
    assert list(Quote.objects.by_speaker_name("Matthew")) == [mine]


def test_counts_follow_quotes_and_mentions():
    sdf = make_organisation("Syrian Democratic Forces", "SDF")
    article = make_article()
    article.organisations.add(sdf)
    speaker = make_speaker()
    make_quote(article, "One", speaker=speaker)
    make_quote(article, "Two", speaker=speaker)

    Organisation.objects.refresh_counts()
    assert Speaker.objects.get().quote_count == 2
    assert Article.objects.get().quote_count == 2
    assert Organisation.objects.get().article_count == 1
    assert list(Speaker.objects.most_quoted()) == [speaker]


def test_merging_speakers_moves_quotes_and_names():
    article = make_article()
    full = make_speaker("Matthew Miller", title="Spokesperson")
    short = make_speaker("Matt Miller", aliases="Miller")
    make_quote(article, "One", speaker=full)
    make_quote(article, "Two", speaker=short)

    merged = Speaker.objects.filter(pk__in=[full.pk, short.pk]).merge_into(full)

    assert merged == 1
    full.refresh_from_db()
    assert full.quote_count == 2
    assert full.alias_list == ["Matt Miller", "Miller"]
    assert not Speaker.objects.filter(name="Matt Miller").exists()


def test_str_never_reads_a_related_row(django_assert_num_queries):
    sdf = make_organisation("Syrian Democratic Forces", "SDF")
    quote = make_quote(make_article(), "Words " * 30, speaker=make_speaker(organisation=sdf))
    quote = Quote.objects.get(pk=quote.pk)
    speaker = Speaker.objects.get()

    with django_assert_num_queries(0):
        assert str(quote).endswith("…")
        assert str(speaker) == "Matthew Miller"
        assert str(Organisation(name="World Food Programme", acronym="WFP")) == (
            "World Food Programme (WFP)"
        )


def test_quotes_carry_their_article_date_through_edits():
    article = make_article(published=datetime.date(2024, 3, 1))
    quote = make_quote(article, "We will hold the line")
    assert Quote.objects.get(pk=quote.pk).published == datetime.date(2024, 3, 1)

    article.published = datetime.date(2024, 3, 2)
    article.save()
    assert Quote.objects.get(pk=quote.pk).published == datetime.date(2024, 3, 2)
    article.published = None
    article.save()
    assert Quote.objects.get(pk=quote.pk).published is None


def test_organisations_beside_a_speaker_are_counted_in_their_latest_quotes_only():
    speaker = make_speaker()
    older_body, newer_body = make_organisation("Older Body"), make_organisation("Newer Body")
    for day, organisation in ((1, older_body), (2, newer_body)):
        article = make_article(published=datetime.date(2024, 3, day))
        article.organisations.add(organisation)
        make_quote(article, f"Words of day {day}", speaker=speaker)

    assert set(Organisation.objects.most_mentioned_with(speaker, quotes_read=2)) == {
        older_body,
        newer_body,
    }
    assert list(Organisation.objects.most_mentioned_with(speaker, quotes_read=1)) == [newer_body]


def test_an_article_quoting_a_speaker_twice_counts_once_beside_them():
    speaker, body = make_speaker(), make_organisation("Relief Body")
    twice, once = make_article(), make_article()
    for article, texts in ((twice, ["First words", "Second words"]), (once, ["Only words"])):
        article.organisations.add(body)
        for text in texts:
            make_quote(article, text, speaker=speaker)
    [counted] = Organisation.objects.most_mentioned_with(speaker, quotes_read=10)
    assert (counted, counted.mentions) == (body, 2)


@pytest.mark.django_db
def test_an_organisation_named_by_its_acronym_shows_it_once():
    bureau = make_organisation("FBI", acronym="FBI")
    union = make_organisation("African Union", acronym="AU")
    assert (str(bureau), bureau.shown_acronym) == ("FBI", "")
    assert (str(union), union.shown_acronym) == ("African Union (AU)", "AU")


def test_the_speakers_of_articles_come_once_each_in_the_order_they_first_speak(
    django_assert_num_queries,
):
    talks, quiet = make_article("Talks"), make_article("Quiet")
    amara, lindqvist = make_speaker("Amara Osei-Bonsu"), make_speaker("Sven Lindqvist")
    for text, speaker in [
        ("Yes", lindqvist),
        ("Not known", None),
        ("No", amara),
        ("Maybe", lindqvist),
    ]:
        make_quote(talks, text, speaker)
    with django_assert_num_queries(1):
        speaking = Speaker.objects.speaking_in([talks.pk, quiet.pk])
        names = [(speaker.name, speaker.get_absolute_url()) for speaker in speaking[talks.pk]]
    assert names == [
        ("Sven Lindqvist", lindqvist.get_absolute_url()),
        ("Amara Osei-Bonsu", amara.get_absolute_url()),
    ]
    assert quiet.pk not in speaking


def test_quotes_per_month_count_each_quote_in_its_articles_month_from_first_to_last_day():
    speaker = make_speaker()
    for day in (datetime.date(2024, 1, 1), datetime.date(2024, 1, 31), datetime.date(2024, 2, 29)):
        make_quote(make_article(published=day), f"Words of {day}", speaker=speaker)
    make_quote(make_article(published=None), "Undated words", speaker=speaker)

    assert list(speaker.quotes.per_month()) == [
        {"month": datetime.date(2024, 1, 1), "n": 2},
        {"month": datetime.date(2024, 2, 1), "n": 1},
    ]
