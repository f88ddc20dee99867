"""Made-up sentences read as the body of an article, for the extraction tests."""

from articles.extraction import extract


def read(text: str):
    return extract("Headline\n\n" + text)


def speakers(text: str) -> list[str | None]:
    return [q.speaker for q in read(text).quotes]


def speaker_named(article, name: str):
    return next(s for s in article.speakers if s.name == name)
