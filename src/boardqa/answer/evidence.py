"""Choosing evidence at sentence level inside the best paragraphs (pure)."""

from __future__ import annotations

import re
from dataclasses import dataclass

from boardqa.answer.attendance import APOLOGIES, CHAIR_MARK, attendance_section
from boardqa.answer.definitions import defined_term, defines, heading_asks
from boardqa.answer.kinds import (
    ASKED,
    CAUSE,
    CURRENT,
    DECIDED,
    HOW_OFTEN,
    OUTCOME,
    PLANNED,
    POINTS_TO,
    ROLE_CUE,
    VENUE,
    WHERE_HELD,
    WHERE_TO_FIND,
    WHICH_MEETING,
    contact_asked,
    gives_contact,
    holds_asked,
    lists_names,
    names_asked,
    says_how_often,
    without_ages,
)
from boardqa.answer.labels import (
    ASKS_ATTACHED,
    LISTS_PARTS,
    describes_part,
    numbered_labels,
    part_labels,
    row_label_named,
)
from boardqa.answer.measures import measure_words, measured_in, of_the_whole, whole_asked
from boardqa.answer.mentions import missing_from, salient_tokens
from boardqa.answer.passages import repeats, same_passage
from boardqa.answer.persons import first_person, gives_title, states_role, title_asked
from boardqa.answer.sentences import split_sentences
from boardqa.answer.units import ASKS_LINK, mostly_links, place_in, quotable
from boardqa.clauses import after_scene, asked_clause
from boardqa.day_asked import date_noun_words
from boardqa.focus import judged_in, section_asked, speaks_to, under_section
from boardqa.named_figures import figures_named, gives_figure_named
from boardqa.parse.dates import iter_month_years
from boardqa.plain import plain_words
from boardqa.query import QueryIntent
from boardqa.question_periods import day_spans, days_of_month, year_spans
from boardqa.question_verbs import PERSON_ASKED, speaks_of_verb
from boardqa.retrieve import Candidate
from boardqa.words import spelled_initials, stem, term_set, with_initials


@dataclass(frozen=True)
class Evidence:
    candidate: Candidate
    sentence: str
    score: float
    #: The share of the question's words the sentence holds.
    coverage: float = 0.0
    #: Whether (and how strongly) it holds what the question asks for (see `_cue`).
    cue: float = 0.0


#: A question for where a post or a service is based, and a sentence that says so.
_ASKS_BASE = re.compile(
    r"\bwhere\b[^?]*?\b(?:based|located|sit|sitting|housed|hosted|situated|placed)\b", re.I
)
_GIVES_BASE = re.compile(
    r"\b(?:based|located|sit|sits|sitting|housed|hosted|situated|placed)\s+(?:with)?in\s+"
    r"(?:the\s+)?[A-Z]",
)


def _people_named(question: str) -> list[str]:
    """The surnames of the people a question names, by which their entries in an attendance
    list are found ("Did Carly Turner attend …" reads as the name "Did Carly Turner")."""
    names: list[str] = []
    while len(names) < 5 and (name := first_person(question, besides=" ".join(names))):
        names.append(name)
    return [name.split()[-1] for name in names]


def _cue(
    sentence: str,
    intent: QueryIntent,
    asked_names: tuple[str, int] | None,
    where_held: bool,
    post_of: str | None = None,
    based_asked: bool = False,
    paper_by_title: str | None = None,
) -> float:
    """How well the sentence holds what the question asks for (0 when it does not). The
    question's `names_asked` and whether it asks `where_held` are read once per question by
    the caller, not once per sentence (so is `based_asked`: where a post or service is based,
    of a question that asks for no person, figure or date)."""
    if where_held and VENUE.search(sentence):
        return 1.0  # "Where was it held?": "Venue: Microsoft Teams Video Conferencing"
    if post_of:
        # "What's Victoria Charlton's job title?": "Victoria Charlton, Relationships and …".
        return 1.0 if gives_title(sentence, post_of) else 0.0
    if asked_names:
        # "Which three areas were the People Zones?": "The three areas are: New Parks …".
        return 1.0 if lists_names(sentence, asked_names, intent.text) else 0.0
    if based_asked:
        # "Where was the new analyst meant to be based?": "… for this post to sit within the
        # OPCC", not what the plan means to do.
        return 1.0 if _GIVES_BASE.search(sentence) else 0.0
    if intent.chair:
        # The minutes name the chair this way; other "Chair – Blaby" entries are roles.
        return 2.0 if CHAIR_MARK.search(sentence) else 0.0
    if intent.asks not in ASKED:
        if intent.cause:
            # "Why did the OPCC decide not to bid twice?": the reason, not the decision.
            return 1.0 if CAUSE.search(sentence) else 0.0
        if intent.decision or intent.reported_decision:
            return 1.0 if DECIDED.search(sentence) else 0.0
        if intent.outcome:
            return 1.0 if OUTCOME.search(sentence) else 0.0
        if paper_by_title is not None:
            # "Which Home Office report does the strategy draw its definition from?": "The
            # Home Office's ‘Action Against Hate’ report 2016 details: …", a paper by its title.
            asked = intent.text.lower()
            if paper_by_title and paper_by_title not in sentence:
                return 0.0
            return (
                1.0
                if any(
                    m.group(0).strip("‘“'\"’” ").lower() not in asked
                    for m in _GIVES_TITLE.finditer(sentence)
                )
                else 0.0
            )
        return 1.0 if intent.plan and PLANNED.search(sentence) else 0.0
    if intent.role and states_role(sentence, intent.role, besides=intent.text):
        return 2.0  # "Lord Willy Bach Police and Crime Commissioner": who holds the role
    # "… entering the criminal justice system (CJS) aged 10-17 is stabilising" gives no figure.
    if not holds_asked(intent.asks, without_ages(sentence), intent.text):
        return 0.0
    return 1.5 if intent.asks == "who" and ROLE_CUE.search(sentence) else 1.0


#: "Which Home Office report …", "which national review …": a paper asked for by name.
_ASKS_TITLED = re.compile(
    r"\bwhich\s+(?P<whose>(?:[\w’'-]+\s+){0,3}?)(?:report|review|guidance|publication|document|"
    r"charter|framework|study|inquiry|paper)\b(?!\s+(?:author|writer|presenter))",
    re.IGNORECASE,
)
#: A paper named by its title: in quotation marks ("the Home Office’s ‘Action Against Hate’
#: report"), or a capitalised title with its kind ("the Dame Black Review", "Updated Channel
#: Duty Guidance").
_GIVES_TITLE = re.compile(
    r"[‘“'\"][A-Z][^’”'\"]{3,80}[’”'\"]"
    r"|\b(?:[A-Z][\w’'-]+\s+){1,5}(?:Report|Review|Guidance|Strategy|Charter|Framework|Study|"
    r"Inquiry|Act|Plan)\b"
)
#: A question that names a paper: its title's date may answer when.
_NAMES_A_PAPER = re.compile(
    r"\b(?:newsletter|report|paper|update|minutes|agenda|pack|bulletin|briefing|letter|"
    r"presentation|slides?|dashboard|log|issue|edition|document)s?\b",
    re.IGNORECASE,
)


#: What holding the asked-for kind adds to a sentence's score (see `_cue`).
CUE_WEIGHT = 0.35
#: How far behind the best sentence one that holds the asked-for kind may be and still lead.
#: Chosen on evals/questions.jsonl.
TYPE_MARGIN = 0.35
#: …and must hold at least this share of the words the best one holds of the question.
TYPE_COVERAGE = 0.6


#: How much less a word of a scene-setting clause ("After X's presentation, …") counts in a
#: sentence's share of the question's words than a word of what is asked (0.3 as much).
#: Chosen on evals/: 0.5 still quotes the scene, 1.0 loses "after CSPs gave feedback".
SCENE_DISCOUNT = 0.7

#: How much a question word counts in a sentence's share when only the paper's title or the
#: sentence's heading holds it. Chosen on evals/.
TITLE_SHARE = 0.25

#: What holding the question's focus word (`focus.focus_of`) adds to a sentence's score.
FOCUS_WEIGHT = 0.3
#: How far behind the best sentence one that holds the focus the best lacks may be and lead.
FOCUS_MARGIN = 0.5
#: What naming the Annex or Appendix the question asks about adds ("What is in Appendix 1?":
#: "Appendix 1 – Outputs of September 2018 workshop").
LABEL_WEIGHT = 0.3


#: Asks what someone must do ("What must a PCC do if …?", "what do CSPs need to do …?").
_ASKS_DUTY = re.compile(
    r"\bwhat\s+(?:must|should|(?:will|would|does|do|did)\s+[^?]{1,60}?\s+(?:need|have)\s+to)\b"
    r"[^?]{0,80}?\bdo\b|\bwhat\s+(?:is|are|was|were)\s+[^?]{1,60}?\s+(?:required|obliged)\s+to\b",
    re.IGNORECASE,
)
#: A sentence that says what must be done.
_STATES_DUTY = re.compile(
    r"\b(?:must|needs?\s+to|will\s+need\s+to|(?:is|are)\s+required\s+to|ha(?:ve|s)\s+to|"
    r"obliged\s+to|(?:is|are)\s+expected\s+to)\b",
    re.IGNORECASE,
)
#: "What legislation did the report point to?", "Under which Act …", "what is the statutory
#: basis": a law asked for.
_ASKS_LAW = re.compile(
    r"\b(?:what|which)\s+(?:(?:piece|pieces)\s+of\s+)?(?:legislation|laws?|acts?|statutes?|"
    r"statutory\s+(?:basis|duty|provision)|legal\s+(?:basis|duty|provision|requirement))\b"
    r"|\bunder\s+(?:what|which)\s+(?:act|law|legislation|powers?|section)\b"
    # "What did the report give as the legal basis for producing …?"
    r"|\b(?:legal|statutory)\s+(?:basis|status|footing|grounds?)\b"
    # "Where does the report say the requirement to produce such a strategy comes from?"
    r"|\b(?:requirement|duty|obligation|power)s?\b[^?]{0,60}\b(?:comes?|came|derives?|stems?)"
    r"\s+from\b",
    re.IGNORECASE,
)
#: A sentence that names a law: "Section 6 and 17 of the Crime & Disorder Act 1998".
_NAMES_LAW = re.compile(
    r"\b(?:[A-Z][\w&]*\s+){1,6}(?:Act|Bill|Regulations|Order)\b(?:\s+\d{4})?|\bSections?\s+\d+"
)
#: "Which version of the Community Safety Agreement …?": a version's mark ("V9", "version 2",
#: "draft 3") answers, not the sentences on the agreement's progress.
_ASKS_VERSION = re.compile(r"\b(?:what|which)\s+(?:version|draft|iteration)\b", re.IGNORECASE)
_NAMES_VERSION = re.compile(r"\bV\d+\b|\b(?:version|draft|iteration)\s+\d+\b", re.IGNORECASE)
_PERSON_ASKED = re.compile(rf"\b{PERSON_ASKED}", re.IGNORECASE)
#: A question for a rank ("what nearest neighbour ranking …"), and a sentence that gives one:
#: a dashboard's "2/9", "ranked 3rd", "4th out of 9".
_ASKS_RANK = re.compile(
    r"\b(?:what|which)\s+(?:[\w-]+\s+){0,3}?(?:rank(?:ing)?|position|place)\b"
    # "Where did the county stand against its nearest neighbours?", "How did it rank …?"
    r"|\b(?:where|how)\s+(?:did|does|do|was|is|were)\s+[^?]{0,40}?\b(?:stand|rank|sit|place)\b"
    r"[^?]*\b(?:against|among|amongst|compared|relative|neighbours?|peers|forces|areas)\b",
    re.IGNORECASE,
)
_GIVES_RANK = re.compile(
    r"(?<![\d/])\b\d{1,2}\s*/\s*\d{1,2}\b(?![/\d])|\branked\s+\w+|\b\d{1,2}(?:st|nd|rd|th)\s+"
    r"(?:out\s+)?of\b",
    re.IGNORECASE,
)


def first_under_asking(name: str, candidates: list[Candidate]) -> set[str]:
    """The keys of the candidates that come first (by position in their paper) under a
    heading that asks what `name` is (`definitions.heading_asks`)."""
    first: dict[tuple[str, str], Candidate] = {}
    for cand in candidates:
        heading = str(cand.payload.get("heading") or "")
        if not heading_asks(name, heading):
            continue
        at = (str(cand.payload.get("document_id")), heading)
        held = first.get(at)
        if held is None or int(cand.payload.get("position") or 0) < int(
            held.payload.get("position") or 0
        ):
            first[at] = cand
    return {c.key for c in first.values()}


def _in_its_paper(candidate: Candidate) -> str:
    """A paragraph with its paper's title, which names what all its paragraphs are of."""
    return f"{candidate.payload.get('document') or ''} {candidate.text}"


#: "Which areas …", "What are the three People Zone areas?": the things a question asks to
#: be named, by their plural noun.
_WHICH_THINGS = re.compile(
    r"\b(?:which|what\s+(?:are|were)\s+the)\s+(?:(?:\w+\s+){0,3}?)([a-z]{3,}s)\b(?!\s+of\b)",
    re.IGNORECASE,
)


def _things_asked(question: str) -> re.Pattern[str] | None:
    """A sentence that names the things a question asks for after a colon ("The three areas
    are: New Parks (City), …", "the 5 priority areas of: drug misuse, …"), for a question that
    asks for them by their plural noun."""
    m = _WHICH_THINGS.search(question)
    if not m or m.group(1).endswith("ss"):
        return None
    return re.compile(
        # "… to shortlist potential areas: City/Blaby and …" (no verb before the colon).
        rf"\b{m.group(1)}(?:\s+(?:are|were|include|included|is|was|of))?\s*:\s*(?:the\s+)?[A-Za-z]",
        re.IGNORECASE,
    )


def _person_noun(intent: QueryIntent) -> str | None:
    """The stem of the kind of person a who-question asks for ("Which minister …?"), or
    None."""
    m = _PERSON_ASKED.search(intent.text) if intent.asks == "who" else None
    return stem(m.group(1).lower()) if m else None


def _typed(
    intent: QueryIntent, asked_names: tuple[str, int] | None, post_of: str | None = None
) -> bool:
    """Whether the question asks for a kind of thing a sentence may or may not hold: a figure,
    a date, a person, a named person's post (`post_of`), or (asked of a decision) a sentence
    that records one."""
    return post_of is not None or (
        (
            intent.asks in ASKED
            or intent.decision
            or intent.plan
            or intent.cause
            or intent.outcome
            or asked_names is not None
        )
        and not intent.chair
    )


def _holds_focus(intent: QueryIntent, sentence: str) -> bool:
    """Whether the sentence holds the question's focus word, or the judgement it asks for."""
    focus = intent.focus
    return focus is not None and (
        speaks_to(focus, term_set(sentence)) or judged_in(focus, sentence)
    )


def _with_topic(candidate: Candidate, best: Candidate) -> str:
    """A paragraph's text, with the best paragraph's when it goes on with it (which names its
    topic for it)."""
    if goes_on_with(candidate, best):
        return f"{candidate.text} {best.text}"
    return candidate.text


def goes_on_with(later: Candidate, first: Candidate) -> bool:
    """Whether a paragraph comes after another under the same heading of one paper, and so
    goes on with what the first names ("Following the research … drafted an outline strategy
    …" and, after the recommendations, "The outline strategy was presented … and approved")."""
    heading = later.payload.get("heading")
    # Prose only: a log's or a plan's rows are records of their own, not a text going on.
    return (
        bool(heading)
        and later.payload.get("role") == first.payload.get("role") == "text"
        and (heading, later.payload.get("document_id"))
        == (first.payload.get("heading"), first.payload.get("document_id"))
        and int(later.payload.get("position") or 0) > int(first.payload.get("position") or 0)
    )


def _lead(scored: list[Evidence], e: Evidence) -> None:
    """Put `e` first: it answers the question better than the best-scored sentence."""
    scored.remove(e)
    scored.insert(0, e)


def _next_sentence(best: Evidence, scored: list[Evidence]) -> Evidence | None:
    """The quotable sentence right after `best` in its paragraph, when the question's words
    are mostly in `best` (it echoes the question) and the next one is not a fragment."""
    if best.coverage < ECHO_COVERAGE:
        return None
    siblings = [e for e in scored if e.candidate.key == best.candidate.key]
    text = best.candidate.text
    at = text.find(best.sentence)
    if at < 0:
        return None
    after = [e for e in siblings if text.find(e.sentence) > at]
    if not after:
        return None
    following = min(after, key=lambda e: text.find(e.sentence))
    return following if len(following.sentence) >= 25 else None


#: A best paragraph up to this many characters is quoted whole.
WHOLE_PARAGRAPH = 700

#: The share of the question's words above which the best sentence is taken to restate the
#: question rather than answer it. Chosen on evals/ (questions, heldout, blind, blind2).
ECHO_COVERAGE = 0.3


def choose_evidence(
    intent: QueryIntent,
    candidates: list[Candidate],
    query_text: str,
    max_sentences: int = 3,
    max_paragraphs: int = 5,
    labelled: bool = True,
    said: str = "",
) -> list[Evidence]:
    """The best sentences of the best paragraphs: paragraph score, the sentence's share of the
    question's words, and whether it has what the question asks for (a number, a date, a
    name). Sentences that add no new question words after the first are left out; so are
    those naming another number of a label the question names ("Q2" for "Q3"), unless not
    `labelled` (a comparison's label may belong to one of its periods only). `said` is the
    last answer's text, for a follow-up: a who-question prefers a sentence it did not quote."""
    # "After Shane O'Neill's presentation in October 2018, what were officers asked to bring
    # to the December meeting?": the scene found the passage; what is asked picks the
    # sentence in it, so the scene's words count less (`SCENE_DISCOUNT`).
    terms = term_set(query_text)
    asked = term_set(asked_clause(after_scene(query_text)))
    scene = terms - asked if len(asked) >= 2 else set()
    scened = bool(asked) and asked != terms
    weight = len(terms) - SCENE_DISCOUNT * len(scene)
    labels = numbered_labels(intent.text) if labelled else []
    asked_parts = part_labels(intent.text)
    asked_names = names_asked(intent.text)
    where_held = bool(WHERE_HELD.search(intent.text))
    post_of = title_asked(intent.text)
    person_noun = _person_noun(intent)
    listed_as = _things_asked(intent.text)
    contact = contact_asked(intent.text)
    to_find = bool(WHERE_TO_FIND.search(intent.text))
    attached = bool(ASKS_ATTACHED.search(intent.text))
    section = attendance_section(intent)
    attendees = _people_named(intent.text) if section else []
    asked_section = section_asked(intent.text)
    spans = day_spans(intent.text)
    years = year_spans(intent.text)
    links_asked = to_find or bool(ASKS_LINK.search(intent.text))
    plain = plain_words(query_text)
    day_named = date_noun_words(intent.text)
    days_named = days_of_month(intent.text, yearless=True)
    defined = defined_term(intent.text)
    measured = measure_words(intent.text) if intent.asks == "how_much" else None
    figures = figures_named(intent.text)
    obliged = bool(_ASKS_DUTY.search(intent.text))
    law = bool(_ASKS_LAW.search(intent.text))
    version = bool(_ASKS_VERSION.search(intent.text))
    often = bool(HOW_OFTEN.search(intent.text))
    ranked = bool(_ASKS_RANK.search(intent.text))
    based_asked = intent.asks not in ASKED and bool(_ASKS_BASE.search(intent.text))
    titled_asked = _ASKS_TITLED.search(intent.text)
    # "Which Home Office report …": the title sought is the Home Office's.
    paper_by_title = (
        None
        if titled_asked is None
        else " ".join(re.findall(r"\b[A-Z][\w’'-]*", titled_asked.group("whose") or ""))
    )
    # A when-question about a deed, not about a paper (which its title would date).
    title_dated_only = intent.asks == "when" and not _NAMES_A_PAPER.search(intent.text)
    # Whether each sentence is a table row the question names, read once while scoring and
    # again when choosing which paragraphs to cite.
    named_rows: dict[tuple[str, str], bool] = {}
    # The question's long names the papers may give by their initials ("the Ministry of
    # Housing, Communities and Local Government": "MHCLG have confirmed …"): such a name is
    # most of the question's words, which a passage with its initials holds too. (A name
    # of three words weighs less, and is often written both ways in one paper: "SPB".)
    written_out = [
        (letters.lower(), term_set(" ".join(words)))
        for letters, words in spelled_initials(intent.text)
        if len(letters) >= 4
    ]
    # "What is the PSDF?": the first point under the slide "What is the … (PSDF)?" says so.
    first_under = first_under_asking(defined, candidates[:max_paragraphs]) if defined else set()
    scored: list[Evidence] = []
    for cand in candidates[:max_paragraphs]:
        # "A 'finalised' excel version (V9) is attached" is about the paper's title (the
        # Community Safety Agreement) without repeating it.
        heading = str(cand.payload.get("heading") or "")
        titled = term_set(f"{cand.payload.get('document') or ''} {heading}")
        # "What are the next steps …": the items under "Next steps".
        in_section = under_section(heading, asked_section)
        # "Why only one bid for Safer Streets 3?": "Given the above re. Safer Streets 2 we do
        # not think it is worthwhile …": a reason may lie in another round, of a paragraph
        # about the round asked.
        title = str(cand.payload.get("document") or "").strip(" .").lower()
        for s, before in quotable(cand, labels, of_units=not intent.cause):
            if not links_asked and mostly_links(s):
                continue  # a list of web addresses, whose paths hold "file" and "pdf"
            if title_dated_only and s.strip(" .").lower() == title:
                # "When did construction start on the new prison?": the paper's own title
                # ("… project newsletter – February 2021") dates the paper, not the deed.
                continue
            # "He offered to give this issue further consideration": about what the sentence
            # before it names.
            have = with_initials(term_set(s) | term_set(before), intent.spelled)
            have |= {t for letters, name in written_out if letters in have for t in name}
            found = len(terms & have) - SCENE_DISCOUNT * len(scene & have)
            found += TITLE_SHARE * len(terms & (titled - have))
            coverage = found / weight if terms else 0.0
            cue = _cue(s, intent, asked_names, where_held, post_of, based_asked, paper_by_title)
            score = cand.score + 0.6 * coverage + CUE_WEIGHT * cue
            if in_section:
                score += LABEL_WEIGHT
            # "… did Rutland contribute": "Funding Body: Rutland …"; a row named by its initials
            # ("the OPCC's share … in 2018/19") when the question names its column too.
            columns = day_spans(s) if spans or years else set()
            named_row = row_label_named(s, terms, by_initials=bool(spans or years & columns))
            named_rows[cand.key, s] = named_row
            if spans & columns or (named_row and years & columns):
                # "for 1 April 2018 to 31 March 2019" (or "in 2018/19", of a row the question
                # names): the column "1/4/18 – 31/3/19".
                score += LABEL_WEIGHT
            if named_row:
                score += LABEL_WEIGHT
            if asked_parts and asked_parts & part_labels(s):
                score += LABEL_WEIGHT
                if describes_part(s):
                    # "Annex B details the forward plan approach …" says what the annex is;
                    # "Annex A: SPB Portfolio Annex B: Domestic Abuse Delivery Plan" only names it.
                    score += LABEL_WEIGHT
            if intent.outcome and intent.asks in ASKED and OUTCOME.search(s):
                score += FOCUS_WEIGHT  # "How much did we get?": "successful in securing £432,000"
            if intent.recent and CURRENT.search(s):
                score += LABEL_WEIGHT  # "the most recent figure": "The current … value is 91"
            if intent.as_of and not set(iter_month_years(s)).isdisjoint(intent.months):
                score += LABEL_WEIGHT  # "… to September 2020 is 91" for "as of September 2020"
            if intent.focus and (stem(intent.focus.word) in have or judged_in(intent.focus, s)):
                # The word itself ("approved"), not its kin ("for approval", which
                # `speaks_to` accepts when deciding whether to decline at all).
                score += FOCUS_WEIGHT  # "What deadline …": the sentence that gives the deadline
            if section and cand.payload.get("role") == "attendance":
                # "Who gave apologies?" is answered from the apologies, "who attended?" from
                # the members present.
                score += (
                    LABEL_WEIGHT
                    if (section == "apologies") == bool(APOLOGIES.match(s))
                    else -LABEL_WEIGHT
                )
                # "Who represented the police …?": the member of "Leicestershire Police", whose
                # body is named by the word, not the Office of the Police and Crime Commissioner.
                last = re.findall(r"[A-Za-z]+", s)[-1:]
                if last and stem(last[0].lower()) in terms:
                    score += LABEL_WEIGHT
                if any(re.search(rf"\b{re.escape(name)}\b", s) for name in attendees):
                    # "Did Carly Turner attend …?": her entry, under whichever list it is.
                    score += 2 * LABEL_WEIGHT
            if attached and LISTS_PARTS.search(s):
                score += LABEL_WEIGHT  # "What's attached?": "Appendices Appendix 1 – …"
            if to_find and POINTS_TO.search(s):
                score += 2 * FOCUS_WEIGHT  # "Where do I look at it?": "… viewed via the portal"
            if defined and (defines(defined, s) or cand.key in first_under):
                score += 2 * FOCUS_WEIGHT  # "What is Sentinel?": "Sentinel (the partnership …)"
            if days_named and days_named & days_of_month(s):
                # "How did the 20 May SPB entry change …?": "20 May Introduction to new PCC …",
                # not the schedule's opening words.
                score += LABEL_WEIGHT
            if day_named & have:
                score += FOCUS_WEIGHT  # "What was the deadline …?": "The deadline … is 25 March"
            if plain.unworded and plain.says_unworded(have):
                score += FOCUS_WEIGHT  # "When did bids have to be in?": "The deadline …"
            if obliged and _STATES_DUTY.search(s):
                # "What must a PCC do to call off services?": "… they will need to sign a user
                # agreement", not what PCCs may do.
                score += FOCUS_WEIGHT
            if law and _NAMES_LAW.search(s):
                score += FOCUS_WEIGHT  # "What legislation …?": "… of the Crime & Disorder Act"
            if version and _NAMES_VERSION.search(s):
                score += FOCUS_WEIGHT  # "Which version …?": "A ‘finalised’ excel version (V9)"
            if often and says_how_often(s):
                score += FOCUS_WEIGHT  # "How often does it meet?": "… will meet quarterly"
            if ranked and _GIVES_RANK.search(s):
                score += 2 * FOCUS_WEIGHT  # "What ranking …?": "Violence with Injury … 2/9 Top"
            if figures and gives_figure_named(s, figures):
                score += LABEL_WEIGHT  # "59% of respondents were what?": "59% are … satisfied"
            if contact and gives_contact(contact, s):
                score += 2 * FOCUS_WEIGHT  # "What is Anita Chavda's email?": "… anita.chavda@…"
            if listed_as and listed_as.search(s):
                # "Which areas …?": "The three areas are: New Parks (City), …" names them.
                score += 2 * FOCUS_WEIGHT
            if person_noun and person_noun in have:
                score += FOCUS_WEIGHT  # "Which minister …?": "The Minister for Employment, …"
            if intent.manner and speaks_of_verb(intent.manner, s):
                score += FOCUS_WEIGHT  # "How is it being pushed out?": "pushing it out …"
            if intent.verb and speaks_of_verb(intent.verb, s):
                # "How much did the OPCC win?": "We were successful in securing £432,000".
                score += FOCUS_WEIGHT
            # "the residential burglary rate": "… figure for residential Burglary at 4.9", not
            # "The offence rate for all Burglary, i.e. both residential and commercial" nor the
            # sentence after it ("This is a 12% reduction …").
            score += LABEL_WEIGHT * measured_in(measured, cand.text)
            if len(s) < 25:
                score -= 0.2
            if said and intent.asks == "who" and s in said:
                # "Who did they work with?" after "In Market Harborough the local team dealt
                # directly with …": the one the last answer named is who "they" are, not
                # whom the follow-up asks for; of sentences alike, the one not yet quoted.
                score -= CUE_WEIGHT
            scored.append(Evidence(cand, s, score, coverage, cue))
    if not scored:
        return []
    scored.sort(key=lambda e: -e.score)
    typed_question = _typed(intent, asked_names, post_of)
    if typed_question and scored[0].cue == 0:
        # The best match does not hold what is asked (a figure, a date, a person); one that
        # does and is not far behind answers the question, the other only echoes it.
        named = salient_tokens(intent.text)
        typed = next(
            (
                e
                for e in scored
                if e.cue > 0
                and (
                    (
                        e.coverage >= TYPE_COVERAGE * scored[0].coverage
                        # A name may be given by its initials ("MHCLG have confirmed …"),
                        # and a paper's quarter by its title ("… Performance 2020/21 Q3").
                        and not missing_from(named, _in_its_paper(e.candidate), intent.text)
                    )
                    or (
                        # "<the scene>. When was the first of these scheduled?": in the passage
                        # that sets the scene, the sentence that holds every word of what is
                        # asked ("The first of these meetings is scheduled for January 2019").
                        scened
                        and e.candidate.key == scored[0].candidate.key
                        and asked <= term_set(e.sentence)
                    )
                    or (
                        # A decision (or an outcome: "… presented to the Board and approved",
                        # or a response: "As a result of feedback only one set of data will be
                        # produced") recorded after the passage that names its topic; not a
                        # figure, date or name, which must be said of what the question names.
                        (intent.decision or intent.outcome or intent.cause)
                        and intent.asks not in ASKED
                        and goes_on_with(e.candidate, scored[0].candidate)
                        # (By its initials too: "the Strategic Partnership Board" as "SPB".)
                        and not missing_from(
                            named, _with_topic(e.candidate, scored[0].candidate), intent.text
                        )
                    )
                )
            ),
            None,
        )
        if typed is not None and (
            typed.score >= scored[0].score - TYPE_MARGIN
            # A decision asked of a passage that records none is recorded after it.
            or (
                (intent.decision or intent.outcome or intent.cause)
                and intent.asks not in ASKED
                and goes_on_with(typed.candidate, scored[0].candidate)
            )
        ):
            _lead(scored, typed)
    if intent.recent:
        # "The most recent figure": of the sentences that hold what is asked and are not far
        # behind, the latest paper's.
        latest = max(
            (
                e
                for e in scored
                if (e.cue > 0 or not typed_question) and e.score >= scored[0].score - TYPE_MARGIN
            ),
            key=lambda e: (str(e.candidate.payload.get("meeting_date") or ""), e.score),
            default=None,
        )
        if latest is not None:
            _lead(scored, latest)
    verb = intent.verb
    if verb and not speaks_of_verb(verb, scored[0].sentence):
        # "How much did the OPCC win?": the sentence that speaks of winning ("successful in
        # securing £432,000") answers it, not the one on the fund it was won from.
        spoken = next(
            (
                e
                for e in scored
                if speaks_of_verb(verb, e.sentence) and (e.cue > 0 or not typed_question)
            ),
            None,
        )
        if spoken is not None and spoken.score >= scored[0].score - TYPE_MARGIN:
            _lead(scored, spoken)
    focus = intent.focus
    if focus and not typed_question and not _holds_focus(intent, scored[0].sentence):
        # "… and what caveat is attached to the figures?": the sentence that speaks of caveats
        # answers, not the one that gives the figures; "Was the strategy approved …?" the one
        # that says it was.
        best = scored[0].candidate
        named_here = salient_tokens(intent.text)
        held = next(
            (
                e
                for e in scored
                if _holds_focus(intent, e.sentence)
                # Of what the question names: "concerns … about the UAVA performance data" are
                # not another paper's concerns about police data.
                and not missing_from(named_here, _with_topic(e.candidate, best))
                # Whether it was done is said of the thing the best passage is about: in it, or
                # in the passage that goes on with it ("… presented to the Board and approved").
                and (
                    not focus.state
                    or e.candidate.key == best.key
                    or goes_on_with(e.candidate, best)
                )
            ),
            None,
        )
        if held is not None and held.score >= scored[0].score - FOCUS_MARGIN:
            _lead(scored, held)
    if day_named and not day_named & term_set(scored[0].sentence):
        # "What was the deadline for applications?": the sentence that names the deadline
        # answers, not the one on the fund that holds its launch date.
        named_day = next(
            (e for e in scored if e.cue > 0 and day_named & term_set(e.sentence)), None
        )
        if named_day is not None and named_day.score >= scored[0].score - TYPE_MARGIN:
            _lead(scored, named_day)
    best = scored[0]
    chosen = [best]
    covered = term_set(best.sentence)

    def named_row(e: Evidence) -> bool:
        return named_rows.get((e.candidate.key, e.sentence), False)

    # "What 2021/22 allocation is shown for Leicestershire County Council?": the table's row
    # the question names gives the figure; another paper's sentence would only add a citation
    # (another row it names may be asked for too: "… Rutland and the OPCC").
    row_answers = typed_question and best.cue > 0 and named_row(best)
    for e in scored[1:]:
        if len(chosen) >= max_sentences:
            break
        if row_answers and e.candidate.key != best.candidate.key and not named_row(e):
            continue
        # Another paragraph must be nearly as good to be cited too: each extra citation that
        # is not needed lowers the answer's precision.
        margin = 0.25 if same_passage(e.candidate, best.candidate) else 0.12
        # A sentence that records a decision leads, but the sentences around it are measured
        # against what it would score without that: they may say the rest ("… approved. The
        # full strategy will be worked up by the leadership group.").
        lead = best.score - (CUE_WEIGHT * best.cue if intent.asks not in ASKED else 0.0)
        if e.score < lead - margin:
            continue
        if (
            e.candidate.key != best.candidate.key
            and typed_question
            and best.cue > 0
            and e.coverage <= best.coverage
        ):
            # The best sentence gives the figure, date or name asked for, and another
            # paragraph matches the question no better: citing it too would only add noise.
            continue
        new = (term_set(e.sentence) & terms) - covered
        if (
            not new
            and e.candidate.payload.get("role") == "attendance"
            and e.coverage < best.coverage
        ):
            # "Who represented Public Health?": the entry that names Public Health, not those
            # beside it in the list (a question of the whole list matches each entry alike).
            continue
        if (
            not new
            and e.candidate.key != best.candidate.key
            # "What did the group conclude …?": "It was agreed that … it does not directly
            # fit" says what the sentences on the topic do not, in none of the question's words.
            and not (
                _holds_focus(intent, e.sentence)
                and not any(_holds_focus(intent, c.sentence) for c in chosen)
            )
            # "Which meetings did Lord Bach attend?": his entry in each meeting's list.
            and not (
                intent.attendance
                and WHICH_MEETING.search(intent.text)
                and e.candidate.payload.get("role")
                == best.candidate.payload.get("role")
                == "attendance"
                and e.candidate.payload.get("meeting_date")
                not in {c.candidate.payload.get("meeting_date") for c in chosen}
            )
        ):
            continue
        repeated = next((i for i, c in enumerate(chosen) if repeats(e.sentence, c.sentence)), None)
        if repeated is not None:
            if len(e.sentence) > len(chosen[repeated].sentence):
                chosen[repeated] = e  # the longer says the rest: "… looking at: What work …"
                covered |= term_set(e.sentence)
            continue
        chosen.append(e)
        covered |= term_set(e.sentence)
    following = _next_sentence(best, scored)
    if following is not None and not any(repeats(following.sentence, c.sentence) for c in chosen):
        # The sentence that matches the question best often restates it ("… it was questioned
        # what was the reason for this disparity") and the next one answers it ("Further
        # investigation … would take place"): quoting it costs no citation.
        chosen.append(following)
    if len(best.candidate.text) <= WHOLE_PARAGRAPH:
        # A short paragraph is quoted whole: its other sentences cost no citation, and often
        # hold the rest of the answer.
        have = {c.sentence for c in chosen}
        chosen += [
            e
            for e in scored
            if e.candidate.key == best.candidate.key
            and not any(repeats(e.sentence, h) for h in have)
            and not e.sentence.rstrip().endswith(":")  # would bring its list's items in
            and e.candidate.payload.get("role") != "attendance"  # one entry a person
        ]
    # Read in the order of the paper when the sentences share a paragraph.
    order = {id(e): i for i, e in enumerate(chosen)}
    return sorted(
        chosen,
        key=lambda e: (
            min(order[id(x)] for x in chosen if x.candidate.key == e.candidate.key),
            place_in(e.candidate.text, e.sentence),
        ),
    )


def with_whole_figure(
    intent: QueryIntent,
    evidence: list[Evidence],
    candidates: list[Candidate],
    query_text: str,
    max_sentences: int = 3,
) -> list[Evidence]:
    """The evidence, or (when a figure for a thing whole is asked and none of it gives one)
    the best sentences of the candidates that do. "What total crime rate … for the current
    rolling 12 months": the vehicle crime paragraphs that say "current rolling 12 months"
    come first; the row "Total Crime rate (per 1,000 population) 60.00 62.52" further down."""
    whole = whole_asked(intent.text) if intent.asks == "how_much" else None
    if not whole or any(e.cue > 0 and of_the_whole(whole, e.sentence) for e in evidence):
        return evidence
    giving = [
        c
        for c in candidates
        if any(of_the_whole(whole, s) and re.search(r"\d", s) for s in split_sentences(c.text))
    ]
    further = choose_evidence(intent, giving, query_text, max_sentences=max_sentences)
    if further and further[0].cue > 0 and of_the_whole(whole, further[0].sentence):
        return further
    return evidence
