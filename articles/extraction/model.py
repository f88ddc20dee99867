"""What the extraction engine returns: plain frozen dataclasses, no Django."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field


@dataclass(frozen=True)
class ExtractedOrganisation:
    name: str
    acronym: str = ""
    aliases: tuple[str, ...] = ()

    def to_dict(self) -> dict:
        return asdict(self) | {"aliases": list(self.aliases)}


@dataclass(frozen=True)
class ExtractedSpeaker:
    """A person, or an organisation speaking as one ("the CDF said")."""

    name: str
    title: str = ""
    organisation: str = ""
    aliases: tuple[str, ...] = ()
    is_organisation: bool = False

    def to_dict(self) -> dict:
        return asdict(self) | {"aliases": list(self.aliases)}


@dataclass(frozen=True)
class ExtractedQuote:
    """A quoted span; ``body[start:end] == text``.

    ``rule`` names the attribution rule that chose the speaker; ``confidence`` is how sure that
    rule is: "high", "medium" or "low" (or "" when no speaker was found).
    """

    text: str
    start: int
    end: int
    speaker: str | None = None
    verb: str = ""
    partial: bool = False
    rule: str = ""
    confidence: str = ""

    def to_dict(self) -> dict:
        return asdict(self)


@dataclass(frozen=True)
class ExtractedArticle:
    """``body`` is the normalised text after the headline, paragraphs joined by a blank line."""

    title: str
    body: str
    dateline: str = ""
    quotes: tuple[ExtractedQuote, ...] = ()
    speakers: tuple[ExtractedSpeaker, ...] = ()
    organisations: tuple[ExtractedOrganisation, ...] = ()
    problems: tuple[str, ...] = field(default=())

    def to_dict(self) -> dict:
        return {
            "title": self.title,
            "dateline": self.dateline or None,
            "quotes": [q.to_dict() for q in self.quotes],
            "speakers": [s.to_dict() for s in self.speakers],
            "organisations": [o.to_dict() for o in self.organisations],
            "problems": list(self.problems),
        }
