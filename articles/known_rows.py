"""Database-side name resolution for the importer: which stored speakers and organisations the
names an article gives refer to, found for a whole chunk at once."""

from __future__ import annotations

from collections import defaultdict

from django.db.models import Q

from articles.extraction import ExtractedArticle, ExtractedOrganisation, ExtractedSpeaker
from articles.models import Organisation, Speaker
from articles.naming import join_aliases, unique_slugs
from articles.spellings import folded, organisation_key, person_key


class KnownRows:
    """The speakers and organisations a chunk of articles may name, fetched in two queries and
    resolved in memory, in article order, exactly as one query per name would resolve them."""

    def __init__(self, organisations: list[Organisation], speakers: list[Speaker]):
        self.organisations = organisations
        self.speakers = speakers
        self.new_organisations: list[Organisation] = []
        self.new_speakers: list[Speaker] = []
        self.used_speakers: list[Speaker] = []
        self.used_organisations: list[Organisation] = []
        self.previous_speakers: set[int] = set()
        self.previous_organisations: set[int] = set()
        self.changed: dict[int, tuple] = {}
        # Rows an earlier import kept apart that a name now shows to be one: the kept row and
        # those merged into it once the chunk is written.
        self.merged_organisations: dict[int, tuple[Organisation, list[Organisation]]] = {}
        self.merged_speakers: dict[int, tuple[Speaker, list[Speaker]]] = {}
        # The organisations by upper-case name, alias and acronym: what find_organisation can
        # pick, without testing each of a chunk's hundreds for every name it gives.
        self.organisations_by_key: dict[str, list[Organisation]] = defaultdict(list)
        for organisation in organisations:
            self.index_organisation(organisation)
        # The speakers by the key their names and aliases share with their other spellings.
        self.speakers_by_key: dict[str, list[Speaker]] = defaultdict(list)
        for speaker in speakers:
            self.index_speaker(speaker)

    @classmethod
    def for_articles(cls, articles: list[ExtractedArticle], names: NameIndex) -> KnownRows:
        organisations = [o for a in articles for o in a.organisations] + [
            ExtractedOrganisation(name=s.organisation or s.name)
            for a in articles
            for s in a.speakers
            if s.organisation or s.is_organisation
        ]
        speaker_names = {s.name for a in articles for s in a.speakers}
        speaker_keys = {
            speaker_key(s.name, s.is_organisation) for a in articles for s in a.speakers
        }
        return cls(
            list(Organisation.objects.filter(pk__in=names.organisations_for(organisations))),
            list(
                Speaker.objects.select_related("organisation").filter(
                    Q(name__in=speaker_names) | Q(pk__in=names.speakers_keyed(speaker_keys))
                )
            ),
        )

    def resolve(self, extracted: ExtractedArticle):
        """The article's organisations, and its speakers who are quoted (the engine also lists
        people it only saw named), by the names the engine gave them."""
        organisations = {o.name: self.organisation_for(o) for o in extracted.organisations}
        quoted = {q.speaker for q in extracted.quotes}
        speakers = {
            s.name: self.speaker_for(s, organisations)
            for s in extracted.speakers
            if s.name in quoted
        }
        return organisations, speakers

    def organisation_for(self, found: ExtractedOrganisation) -> Organisation:
        """The organisation by name, alias, or (when the article gives no other name) acronym."""
        organisation = self.find_organisation(found)
        if organisation is None:
            organisation = Organisation(
                name=found.name,
                acronym=found.acronym,
                aliases=join_aliases("", found.aliases, found.name, found.acronym),
            )
            self.organisations.append(organisation)
            self.new_organisations.append(organisation)
        else:
            self.filled(
                organisation,
                acronym=found.acronym,
                aliases=join_aliases(
                    organisation.aliases,
                    [found.name, *found.aliases, found.acronym],
                    organisation.name,
                    organisation.acronym or found.acronym,
                ),
            )
            for other in self.organisations_same_as(organisation):
                self.merge_organisation(other, organisation)
        self.index_organisation(organisation)
        self.used_organisations.append(organisation)
        return organisation

    def find_organisation(self, found: ExtractedOrganisation) -> Organisation | None:
        """The first by name of: the name as found, in another case, as an alias, the acronym
        (of an organisation named by it alone, unless the article names no other), another
        spelling of the name or an alias ("U.S."/"United States"), another spelling of a name
        the article gave a body it names by acronym ("IS", "the Islamic State group"), and the
        acronym of a name that the other's begins with ("Zarqun Front" and "Zarqun Front of
        Tarvo", both "ZF")."""
        upper, lower = found.name.upper(), found.name.casefold()
        spelling = organisation_key(found.name)
        spellings = spellings_found(found)
        keys = [f"name:{upper}", f"alias:{lower}"]
        keys += [f"spelling:{key}" for key in spellings]
        keys += [f"acronym:{found.acronym}"] * bool(found.acronym)
        indexed = {id(o): o for key in keys for o in self.organisations_by_key.get(key, ())}
        candidates = sorted(
            (
                o
                for o in indexed.values()
                if o.name.upper() == upper
                or lower in o.aliases.casefold()
                or (found.acronym and o.acronym == found.acronym)
                or spellings & organisation_spellings(o)
            ),
            key=lambda o: o.name,
        )
        same_acronym = [o for o in candidates if found.acronym and o.acronym == found.acronym]
        if found.name != found.acronym:
            same_acronym = [o for o in same_acronym if o.name == found.acronym]
        return (
            next((o for o in candidates if o.name == found.name), None)
            or next((o for o in candidates if o.name.upper() == found.name.upper()), None)
            or first_with_alias(
                [o for o in candidates if not qualifier_dropped(o.name, found.name)], found.name
            )
            or next(iter(same_acronym), None)
            or next((o for o in candidates if organisation_key(o.name) == spelling), None)
            or next((o for o in candidates if spelling in organisation_spellings(o)), None)
            or next((o for o in candidates if spellings & organisation_spellings(o)), None)
            or next((o for o in candidates if one_acronym_agreeing_names(o, found)), None)
        )

    def organisations_same_as(self, organisation: Organisation) -> list[Organisation]:
        """The other rows that are this body by the spelling of their names, or by an acronym
        of names that agree: two rows an earlier import made, which this name joins."""
        key = organisation_key(organisation.name)
        indexed = [
            *self.organisations_by_key.get(f"spelling:{key}", []),
            *self.organisations_by_key.get(f"acronym:{organisation.acronym}", []),
        ]
        return [
            o
            for o in {id(o): o for o in indexed}.values()
            if o is not organisation
            and o.pk is not None
            and (organisation_key(o.name) == key or one_acronym_agreeing_names(o, organisation))
        ]

    def merge_organisation(self, other: Organisation, kept: Organisation) -> None:
        """Take ``other``'s names now, and its articles and speakers once the chunk is written
        (``merge_duplicates``); no later name of the chunk finds it."""
        self.filled(
            kept,
            acronym=other.acronym,
            aliases=join_aliases(
                kept.aliases,
                [other.name, other.acronym, *other.alias_list],
                kept.name,
                kept.acronym or other.acronym,
            ),
        )
        self.organisations.remove(other)
        for rows in self.organisations_by_key.values():
            if other in rows:
                rows.remove(other)
        self.merged_organisations.setdefault(id(kept), (kept, []))[1].append(other)

    def index_organisation(self, organisation: Organisation) -> None:
        """Under its name, aliases and acronym as they are now (a name or alias added later is
        indexed again; a stale key only offers a candidate the lookup then tests)."""
        keys = [f"name:{organisation.name.upper()}"]
        keys += [f"acronym:{organisation.acronym}"] * bool(organisation.acronym)
        keys += [f"alias:{alias.casefold()}" for alias in organisation.alias_list]
        keys += [f"spelling:{key}" for key in organisation_spellings(organisation)]
        add_once(self.organisations_by_key, keys, organisation)

    def index_speaker(self, speaker: Speaker) -> None:
        """Under the spellings of its name and aliases as they are now, like organisations."""
        add_once(self.speakers_by_key, speaker_spellings(speaker), speaker)

    def speaker_for(
        self, found: ExtractedSpeaker, organisations: dict[str, Organisation]
    ) -> Speaker:
        """The speaker by name or alias; created when new, completed when known."""
        organisation_name = found.organisation or (found.name if found.is_organisation else "")
        organisation = organisations.get(organisation_name)
        if organisation_name and organisation is None:
            organisation = self.organisation_for(ExtractedOrganisation(name=organisation_name))
            organisations[organisation_name] = organisation
        lower, accentless = found.name.casefold(), folded(found.name)
        spelling = speaker_key(found.name, found.is_organisation)
        named = (s for s in self.speakers if s.name == found.name or lower in s.aliases.casefold())
        candidates = sorted(
            {id(s): s for s in [*named, *self.speakers_by_key.get(spelling, ())]}.values(),
            key=lambda s: s.name,
        )
        speaker = (
            next((s for s in candidates if s.name == found.name), None)
            or first_with_alias(candidates, found.name)
            or next((s for s in candidates if folded(s.name) == accentless), None)
            or next(
                (s for s in candidates if speaker_key(s.name, s.is_organisation) == spelling), None
            )
            or next((s for s in candidates if spelling in speaker_spellings(s)), None)
        )
        if speaker is None:
            speaker = Speaker(
                name=found.name,
                title=found.title,
                organisation=organisation,
                aliases=join_aliases("", found.aliases, found.name),
                is_organisation=found.is_organisation,
            )
            self.speakers.append(speaker)
            self.new_speakers.append(speaker)
        else:
            self.filled(
                speaker,
                title=found.title,
                organisation=organisation,
                aliases=join_aliases(speaker.aliases, [found.name, *found.aliases], speaker.name),
            )
            for other in self.speakers_same_as(speaker):
                self.merge_speaker(other, speaker)
        self.index_speaker(speaker)
        self.used_speakers.append(speaker)
        return speaker

    def speakers_same_as(self, speaker: Speaker) -> list[Speaker]:
        """The other rows whose name is another spelling of this speaker's: a person's name of
        two words or more ("Ismael Haddad", "Ismail Haddad"), never a surname alone, which
        two people may share."""
        key = speaker_key(speaker.name, speaker.is_organisation)
        if not speaker.is_organisation and " " not in key:
            return []
        return [
            s
            for s in self.speakers_by_key.get(key, [])
            if s is not speaker
            and s.pk is not None
            and s.is_organisation == speaker.is_organisation
            and speaker_key(s.name, s.is_organisation) == key
        ]

    def merge_speaker(self, other: Speaker, kept: Speaker) -> None:
        """Take ``other``'s names now, and its quotes once the chunk is written."""
        self.filled(
            kept, aliases=join_aliases(kept.aliases, [other.name, *other.alias_list], kept.name)
        )
        self.speakers.remove(other)
        for rows in self.speakers_by_key.values():
            if other in rows:
                rows.remove(other)
        self.merged_speakers.setdefault(id(kept), (kept, []))[1].append(other)

    def merge_duplicates(self) -> None:
        """Merge the rows found to be one (after the chunk's quotes and mentions are written,
        so that those re-pointed are too): organisations first, whose speakers follow them."""
        merged_into = {}
        for kept, others in self.merged_organisations.values():
            Organisation.objects.filter(pk__in=[o.pk for o in others]).merge_into(kept)
            merged_into |= {other.pk: kept.pk for other in others}
        for kept, others in self.merged_speakers.values():
            kept.organisation_id = merged_into.get(kept.organisation_id, kept.organisation_id)
            Speaker.objects.filter(pk__in=[s.pk for s in others]).merge_into(kept)

    def merged_count(self) -> int:
        """How many rows an earlier import kept apart were merged into another."""
        merged = [*self.merged_organisations.values(), *self.merged_speakers.values()]
        return sum(len(others) for _, others in merged)

    def filled(self, row, **values) -> None:
        """Complete a known row; saved by ``save()`` once new rows it may point to exist."""
        if changed := fill_blanks(row, **values):
            self.changed.setdefault(id(row), (row, set()))[1].update(changed)

    def save(self) -> None:
        """Insert the new organisations, then the new speakers (who may speak for them), then
        save what was filled in on the known ones."""
        for rows, model in ((self.new_organisations, Organisation), (self.new_speakers, Speaker)):
            for row, slug in zip(rows, unique_slugs(model, [r.name for r in rows]), strict=True):
                row.slug = slug
            model.objects.bulk_create(rows)
        for row, fields in self.changed.values():
            if row.pk is not None and row not in self.new_organisations + self.new_speakers:
                row.save(update_fields=[*sorted(fields), "updated"])

    def touched_speakers(self) -> set[int]:
        return self.previous_speakers | {s.pk for s in self.used_speakers}

    def touched_organisations(self) -> set[int]:
        return self.previous_organisations | {o.pk for o in self.used_organisations}


class NameIndex:
    """Which organisations and speakers answer to which name, case, alias or spelling, for a
    whole import.

    Matching an alias in SQL is a LIKE over every row for each name (a second per chunk at
    20,000 speakers); so the names are read once, kept up to date with the rows the import
    creates or completes, and give the candidates a chunk fetches by primary key. A candidate
    whose transaction rolled back is simply not found.
    """

    def __init__(self):
        self.organisation_names = defaultdict(set)
        self.acronyms = defaultdict(set)
        self.organisation_aliases = defaultdict(set)
        self.organisation_spellings = defaultdict(set)
        self.speaker_spellings = defaultdict(set)
        self.loaded = False

    def load(self) -> None:
        if not self.loaded:
            self.add(Organisation.objects.only("name", "acronym", "aliases"), [])
            self.add([], Speaker.objects.only("name", "aliases", "is_organisation"))
            self.loaded = True

    def add(self, organisations, speakers) -> None:
        for o in organisations:
            self.organisation_names[o.name.upper()].add(o.pk)
            self.acronyms[o.acronym].add(o.pk)
            for alias in o.alias_list:
                self.organisation_aliases[alias.casefold()].add(o.pk)
            for spelling in organisation_spellings(o):
                self.organisation_spellings[spelling].add(o.pk)
        for s in speakers:
            for spelling in speaker_spellings(s):
                self.speaker_spellings[spelling].add(s.pk)

    def organisations_for(self, found: list[ExtractedOrganisation]) -> set[int]:
        self.load()
        pks = set()
        for o in found:
            pks |= self.organisation_names[o.name.upper()]
            pks |= self.organisation_aliases[o.name.casefold()]
            for spelling in spellings_found(o):
                pks |= self.organisation_spellings[spelling]
            if o.acronym:
                pks |= self.acronyms[o.acronym]
        return pks

    def speakers_keyed(self, spellings) -> set[int]:
        """Speakers by a spelling (``speaker_key``) of their name or an alias."""
        self.load()
        return set().union(*(self.speaker_spellings[spelling] for spelling in spellings))


def speaker_key(name: str, is_organisation: bool) -> str:
    """The spelling key of a speaker's name: a person's, or a body's when a body speaks."""
    return organisation_key(name) if is_organisation else person_key(name)


def speaker_spellings(speaker: Speaker) -> set[str]:
    names = [speaker.name, *speaker.alias_list]
    return {speaker_key(name, speaker.is_organisation) for name in names} - {""}


def organisation_spellings(organisation: Organisation) -> set[str]:
    return names_spellings(organisation.name, organisation.alias_list)


def names_spellings(name: str, aliases) -> set[str]:
    """The spelling keys of a body's name and aliases, except an alias that drops the name's
    qualifier or state ("Foreign Ministry" of a "Turkish Foreign Ministry"): in another
    article that may be another country's."""
    own = organisation_key(name)
    keys = {own}
    for alias in aliases:
        key = organisation_key(alias)
        stateless = key.endswith("| ") and not own.endswith("| ")
        if not stateless and not qualifier_dropped(name, alias):
            keys.add(key)
    return keys - {""}


def spellings_found(found: ExtractedOrganisation) -> set[str]:
    """The spelling keys a found organisation is looked up by: its name's, and, for a body the
    article names by its acronym, those of the names it also gave ("IS", "the Islamic State
    group"); another name, shorter, may be another body elsewhere ("Supreme Court" of a
    "Supreme Court of Tarvo")."""
    if found.name == found.acronym:
        return names_spellings(found.name, found.aliases)
    return {organisation_key(found.name)}


def one_acronym_agreeing_names(row: Organisation, found) -> bool:
    """Whether the two share an acronym and one's name opens the other's ("Zarqun Front" and
    "Zarqun Front of Tarvo", both "ZF"): an acronym alone may be two bodies' in two countries."""
    if not (found.acronym and row.acronym == found.acronym):
        return False
    one, other = organisation_key(row.name).split(), organisation_key(found.name).split()
    shorter, longer = sorted((one, other), key=len)
    return longer[: len(shorter)] == shorter


def add_once(index: dict[str, list], keys, row) -> None:
    """File the row under each key, once (a stale key only offers a candidate to test)."""
    for key in keys:
        rows = index[key]
        if not any(other is row for other in rows):
            rows.append(row)


def first_with_alias(rows, name: str):
    """The first row one of whose aliases is exactly ``name`` (aliases are stored one per line)."""
    folded = name.casefold()
    return next((row for row in rows if folded in map(str.casefold, row.alias_list)), None)


def qualifier_dropped(name: str, alias: str) -> bool:
    """Whether the alias is the name without its first words ("House of Representatives" of a
    "Nigerian House of Representatives"): the same body within the article that said so, but
    in another article possibly another country's."""
    return name.casefold().endswith(" " + alias.casefold())


def fill_blanks(row, **values) -> list[str]:
    """Set the fields that are still empty (and the alias list), never overwriting a value;
    the names of those changed."""
    changed = []
    for name, value in values.items():
        current = getattr(row, name)
        if value and (name == "aliases" and value != current or not current):
            setattr(row, name, value)
            changed.append(name)
    return changed
