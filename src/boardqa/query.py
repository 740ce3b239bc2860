"""Understanding a board question: actions, meetings and dates, document kinds, question type.

Pure functions of the question text and the meetings the archive holds. What is recognised
becomes filters (which only ever narrow) and boosts (which only re-order).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date

from boardqa.answer.persons import POST_FILLED, people, title_asked
from boardqa.clauses import after_scene, asked_clause, without_set_aside
from boardqa.day_asked import DATE_NOUN_ASKED
from boardqa.focus import TIME_CLAUSE, Focus, focus_of, role_asked
from boardqa.named_figures import figures_named
from boardqa.parse.dates import iter_month_years
from boardqa.question_periods import scope_of
from boardqa.question_verbs import (
    PERSON_ASKED,
    PERSON_NOUNS,
    expected_verb,
    manner_verb,
    verb_asked,
)
from boardqa.rough_times import months_of, rough_times
from boardqa.sum_asked import OF_A_PRICED_THING
from boardqa.words import content_terms

#: "action 6", "action no. 6"; "item 8 on the action log", "entry 3 of the December log".
ACTION_REF = re.compile(
    r"\b(?:action(?:\s+(?:no\.?|number|item|#))?\s*|(?:item|row|entry)\s+(?:no\.?\s*)?"
    r"(?=\d{1,3}\s+(?:on|of|in)\s+(?:the\s+)?(?:[\w-]+\s+){0,3}?(?:action\s+)?log\b))"
    r"(\d{1,3})\b",
    re.IGNORECASE,
)
#: "What came of the bids?", "what happened to that timetable?", "the outcome of …".
#: Asks how far something promised has got ("Where's that got to?", "has that been done
#: yet?", "did it happen?"): a log's later comment tells it.
PROGRESS_ASKED = re.compile(
    r"\bwhere(?:[’']s|\s+is|\s+has)\s+(?:that|it|this)\s+got\s+to\b"
    r"|\b(?:has|have)\s+(?:that|it|this|they)\s+(?:been\s+done|happened)\b|\bdone\s+yet\b"
    r"|\bdid\s+(?:that|it|this)\s+(?:ever\s+)?(?:happen|get\s+done)\b"
    # "… and was that done?"; not "How / why was it done?", which ask for a way or a cause.
    r"|(?<!why )(?<!how )(?<!what )(?<!when )(?<!where )"
    r"\b(?:was|were)\s+(?:that|it|this|they)\s+(?:ever\s+)?(?:done|carried\s+out|completed)\b"
    # "Was that promise kept?", "has the commitment been honoured?".
    r"|\b(?:was|were|has|have|had)\s+(?:that|this|the|their|its)\s+(?:promise|commitment|"
    r"pledge|undertaking)s?\s+(?:been\s+|ever\s+)?(?:kept|honou?red|met|fulfill?ed|delivered)\b",
    re.IGNORECASE,
)
_OUTCOME_ASKED = re.compile(
    r"\bwhat (?:came|has come|became) of\b|\bwhat happened (?:to|with)\b|\boutcome\b|"
    r"\bresult(?:ed)? of\b|\bhow did (?:it|they|that|the \w+) go\b"
    # "How had that turned out by the June 2021 update?"
    r"|\bhow (?:has|had|did|have) (?:it|they|that|this|the \w+(?: \w+)?) turn(?:ed)? out\b"
    # "How had that moved on by June 2021?", "what progress has been made?": how far it got.
    r"|\bmoved on\b|\bwhat progress\b|\bprogress (?:has|had|have) been made\b"
    r"|\bhow (?:has|had|did|have)\b[^?]*\bprogress(?:ed)?\b"
    # "What's the latest on the survey?", "where are we with the bid?": where it stands.
    r"|(?<!at the )\blatest (?:\w+ )?(?:on|with)\b|\bany (?:news|updates?) on\b"
    r"|\bwhere (?:are we|do we stand|do things stand|does it stand)(?: at)? (?:with|on)\b"
    # "What was the survey's status by June?", "what stage had it reached?": where it stood.
    r"|\bstatus\b|\bwhat stage\b|\bwhere had\b[^?]*\bgot to\b"
    # "How much money did we get from round 2?": what was secured, not what was on offer.
    r"|\bhow much\b.*\bdid (?:we|they|it|the \w+) (?:get|receive|secure|win|bring in)\b",
    re.IGNORECASE,
)
_RECENT = re.compile(
    r"\b(?:most recent|latest|newest|up[- ]to[- ]date|currently|now|at the moment|these days|"
    r"at present)\b"
    # "Is Lord Bach still the PCC?" asks of now; "will LLR still be one unit?" of a future.
    r"|\b(?:is|are)\s+(?:[\w’'-]+\s+){0,4}?still\b",
    re.IGNORECASE,
)

#: Where a question word opens what is asked: the start (after a follow-up's "And …", "So …":
#: "And when was it approved?"), or after a colon or comma (", and who …" is a second part).
_OPENS = r"(?:^(?:(?:and|but|so|also|then|ok(?:ay)?|right|now)[,\s]+)?|[,;:]\s*)"

KIND_WORDS: tuple[tuple[re.Pattern[str], tuple[str, ...]], ...] = (
    (re.compile(r"\bminutes?\b", re.IGNORECASE), ("minutes", "webpage")),
    # "the log", "last December's log"; not "the decision log" or "log in".
    (
        re.compile(
            r"\baction\s+log\b|\b(?:the|that|this|[A-Za-z]+[’']s)\s+log\b(?!\s+(?:in|on|of)\b)"
            # "that list of things people had to do", "the to-do list".
            r"|\bto[- ]?do\s+list\b|\blist\s+of\s+(?:things|tasks|jobs)\s+(?:\w+\s+){0,2}"
            r"(?:had|have|has|needed|need)\s+to\s+do\b",
            re.IGNORECASE,
        ),
        ("action_log",),
    ),
    (re.compile(r"\bagenda\b", re.IGNORECASE), ("agenda", "webpage")),
    (re.compile(r"\bslides?\b", re.IGNORECASE), ("presentation",)),
    (re.compile(r"\bnewsletter\b", re.IGNORECASE), ("newsletter",)),
)
#: A question about what the Board decided; "what did Rik Basra agree to do" is not one.
DECISION = re.compile(
    r"\b(resolv\w*|decid\w*|decisions?|(?:board|committee|members)\s+(?:agree\w*|approv\w*)"
    r"|meeting\s+agree\w*|\b(?:we|did\s+they)\s+(?:agree\w*|approv\w*)"
    r"|(?:board|committee|members|spb|group|exec\w*)\s+sign(?:ed|s)?[\s-]off"
    # "did the Board ask officers for …" (a resolution); not "was the Board asked to …" (a
    # paper's recommendation) nor "what did members ask" (what was said).
    r"|(?<!was the )(?<!were the )(?<!is the )(?<!are the )"
    # "… at the Board asked whether …" is a question put at the meeting, not a resolution.
    r"(?:board|committee)\s+(?:ask\w*|request\w*)\b"
    r"(?!\s+(?:whether|if|about|why|how|what|when|who|where)\b)"
    # "… were officers asked to bring a report back?": "That officers be requested to …".
    r"|\b(?:were|was)\s+(?:the\s+)?(?:officers?|partners)\s+(?:asked|requested)\s+to)\b",
    re.IGNORECASE,
)
#: The question word opens the question or its clause ("In December 2020, who was …?"), or
#: asks by whom ("Which items …, and by whom were they to be given?").
WHO = re.compile(
    rf"{_OPENS}(who|whom|who's|{PERSON_ASKED}"
    r"|what(?:\s+(?:is|was|were)|[’']s)\s+the\s+names?\s+of)\b|\bby\s+whom\b"
    # "What is the MARAC manager's name?", "What is the Project Director's full name?", "What
    # was her name?": a person's name, asked by their post.
    r"|\bwhat(?:\s+(?:is|was|were|are)|[’']s)\s+(?:(?:his|her|their)|(?:the\s+)?(?:[\w-]+\s+){0,4}?"
    rf"(?:{PERSON_NOUNS}|lead|head|coordinator|chief|advis[oe]r|sponsor|contact|clerk|"
    r"secretary|chairman|chairwoman|inspector|superintendent)[’']s?)\s+(?:full\s+)?names?\b"
    # "Has a Prevent Regional Advisor been named for our region?": whether anyone holds it.
    rf"|{POST_FILLED}"
    # "Is there a named lead for …?", "Are there named officers to contact …?"
    r"|\b(?:is|are)\s+there\s+(?:a\s+|any\s+)?named\s+(?:[\w-]+\s+)?"
    r"(?:leads?|officers?|contacts?|persons?|people|individuals?)\b"
    # "… a joint operation led by which officer?"
    rf"|\b(?:led|chaired|run|headed|presented|given|written)\s+by\s+{PERSON_ASKED}\b",
    re.IGNORECASE,
)
#: "If the Board approves the agreement, where will it be published?": a decision supposed,
#: not asked about.
_SUPPOSED_DECISION = re.compile(
    r"\b(?:if|once|subject to|unless|until|before)\s+(?:the\s+)?(?:board|committee|members)"
    r"\s+(?:(?:would|will|were to|should|could)\s+)?(?:approv|agree|decide|sign)\w*(?:\s+off)?",
    re.IGNORECASE,
)


#: "Did the probation update the board asked for make it onto the agenda?": a request named
#: to say which thing is meant (a relative clause after its noun), not asked about.
_REQUEST_NAMING = re.compile(
    r"\b(?!(?:did|does|do|has|have|had|what|which|who|was|were|is|are|and|or|when|how|why|"
    r"where|if|whether)\b)[a-z]+\s+(?:that\s+|which\s+)?the\s+(?:board|committee)\s+"
    r"(?:had\s+)?(?:asked\s+for|requested)\b",
    re.IGNORECASE,
)


#: "What follow-up did the Hope Project report to the December 2018 board ask for?": the
#: paper asks (its recommendation), not the Board; "from what date did the plan need
#: decisions": decisions wanted, not taken.
_NOT_THE_BOARDS = re.compile(
    r"\b(?:report|paper|update|presentation)\s+(?:to|for|at)\s+the\s+(?:[\w-]+\s+){0,4}?"
    r"(?:board|committee)\s+(?:ask|request)\w*"
    r"|\b(?:need|needs|needed|needing|require|requires|required)\s+(?:a\s+|any\s+)?decisions?\b"
    # "by what date was a decision needed to keep the daily MARAC running?"
    r"|\bdecisions?\s+(?:(?:was|were|is|are|would\s+be|will\s+be)\s+)?(?:needed|required|"
    r"wanted|awaited|pending)\b",
    re.IGNORECASE,
)


#: What was decided, asked after a scene that names the decision: "What was agreed?",
#: "What did they resolve?".
_WHAT_WAS_DECIDED = re.compile(
    r"\bwhat\s+(?:was|were|had\s+been|has\s+been|did\s+(?:they|members|it|the\s+\w+))\s+"
    r"(?:agreed?|decided?|resolved?|approved?)\b",
    re.IGNORECASE,
)


def asks_decision(question: str) -> bool:
    """Whether the question asks what was decided (`DECISION`), not supposing a decision,
    naming a thing by the request for it, nor speaking of a paper's request or of decisions
    still wanted (`_NOT_THE_BOARDS`)."""
    plain = _NOT_THE_BOARDS.sub(" ", _SUPPOSED_DECISION.sub(" ", question))
    return bool(DECISION.search(_REQUEST_NAMING.sub(" ", plain)))


#: "Who attended …?", "… sent apologies": the minutes' attendance lists answer.
ATTENDANCE = re.compile(
    # Not whether the public could attend ("Could members of the public attend …?"): the
    # agenda's notice says, not the minutes' lists.
    r"^(?!.*\bthe\s+public\b(?!\s+health))(?:.*?)"
    # Not who attended another body's meeting to give an account there ("Who attended the
    # last CSP Chairs Network Meeting to provide an overview of …?"): a paper reports it.
    r"\b(attend(?:ed|ing|ance|ees)?(?![^?]*\bto\s+(?:provide|give|present|explain|deliver|"
    r"brief|introduce|outline|describe)\b)|apologies|who was present|were present|present at|"
    r"who (?:was|were) (?:at|there)"
    # "Who came along to the October 2018 meeting on behalf of the fire service?"
    r"|\bwho\s+(?:came|went|turned\s+up|showed\s+up)(?:\s+along)?\s+to\s+(?:the|that|this)\s+"
    r"(?:[\w'’-]+\s+){0,5}?meeting\b"
    # Not who came to explain or present something: a presenter, not the list present.
    r"(?![^?]*\bto\s+(?:explain|present|talk|speak|give|describe|update|brief|introduce)\b)"
    # "Who represented Public Health at the October 2018 meeting?": the list of those present
    # gives each member's body.
    r"|represented\b(?=[^?]*\bat\s+(?:the|that|this)\s+(?:[\w-]+\s+){0,4}?(?:meeting|board)\b))\b",
    re.IGNORECASE,
)
#: "Which meeting did she attend?": a meeting is asked for, which the Board's attendance
#: lists give ("Which meetings did Joshna Mavji attend?") or a paper reports ("Mandeep Kaur
#: … attended the last CSP Chairs Network Meeting"), so no one meeting's minutes are needed.
WHICH_MEETING_ATTENDED = re.compile(
    r"\b(?:which|what)\s+(?:[\w-]+\s+){0,2}?(?:meetings?|events?|sessions?|forums?|networks?)\s+"
    r"(?:did|does|do|had|has|have|will|would)\s+(?:\w+\s+){1,4}?attend",
    re.IGNORECASE,
)
WHEN = re.compile(
    rf"{_OPENS}((?:by |until |till |since |from )?when|"
    r"(?:by |until |till |before |since )?what (?:exact |precise )?"
    r"date|(?:at |by |from |until )?what time|(?:at )?(?:what|which) hour|"
    # "What day in January …?", "what exact day was it?"; not "what day-to-day support".
    r"what (?:exact |precise )?day(?=\s+(?:of|in|did|was|is|were|will|does|do|has|had)\b|\s*\?)|"
    r"(?:on|by|from|until) what (?:exact |precise |specific )?date|"
    r"(?:since |from )?which (?:exact )?date|"
    # "What's the date of the meeting after March 2021?"
    r"what(?:[’']s| is| was| will be) the date of (?:the )?(?:[\w-]+ ){0,2}?(?:meeting|sitting)|"
    # "What is the date on which the plan was signed off?", "the date of receipt of …", "the
    # date fixed for the elections": a day, asked of a thing done.
    r"what(?:[’']s| is| was| are| were| will be) the (?:exact |precise |specific |actual )?"
    r"dates? (?=(?:on|by) which\b|of (?:receipt|issue|publication|signature|approval|"
    r"submission|launch|announcement)\b|(?:fixed|set|agreed|scheduled|planned) for\b)|"
    # "What was the deadline for applications?" asks for a day, as "when" does.
    rf"{DATE_NOUN_ASKED}|"
    r"(?:over |for |during )?what period|"
    # "Over what dates was the Hope Project funded to run?": when it began and ended.
    r"(?:over |for |during |between |on |from )?what dates|"
    # Not "what year-end and current figures …", which asks for figures.
    r"(?:for )?how long|what year(?![-‐–]end)|which year(?![-‐–]end)|which month|what month)\b",
    re.IGNORECASE,
)
#: "Why …?", "… and for what reason": where the question or one of its clauses opens.
WHY = re.compile(
    r"(?:^|[,;:–-]\s*|\band\s+)(?:why|how come|for what reason|what (?:is|was|were) the reasons?"
    r"|what (?:caused|explains|led to)"
    # "… and what was said to be responsible for it being above the threshold?"
    r"|what (?:is|was|were|are)\s+(?:(?:said|thought|identified|seen|believed)\s+(?:to be|as)\s+)?"
    r"(?:responsible for|behind|driving)"
    # "… and what explanation does the later report give for the rise?"
    r"|what (?:explanation|justification|rationale|reasons?)\s+(?:is|was|were|does|did|do|has|had)"
    r")\b",
    re.IGNORECASE,
)
#: "How did the OPCC respond to the feedback …?": what was done in answer, which the papers
#: give as a consequence ("As a result of feedback only one set of data will be produced").
_RESPONSE = re.compile(
    r"\bhow\s+(?:did|does|do|has|have|had|will|would|was|were|is|are)\s+[^?]{2,80}?\s+"
    r"(?:respond|responded|react|reacted|reply|replied)\b",
    re.IGNORECASE,
)
#: "How was …", "How will …": the way something is done, not an amount; nor is "how often"
#: (answered "quarterly", "every six weeks").
_MANNER = re.compile(
    r"(?:^|[,;:–-]\s*)how\s+(?:was|were|is|are|did|does|do|has|have|had|will|would|can|could|"
    r"should|often|frequently)\b",
    re.IGNORECASE,
)
_AUDIENCE_SUBJECT = r"(?:it|this|that|they|the\s+[\w\s-]{1,40}?)\s+"
#: "Who is it aimed at?", "Who was the survey for?", "Who will the second cohort be aimed
#: at?": a group the thing serves, not a person.
_AUDIENCE = re.compile(
    rf"\bwho\s+(?:(?:is|was|are|were)\s+{_AUDIENCE_SUBJECT}|(?:will|would|should|could|can|"
    rf"may|might)\s+{_AUDIENCE_SUBJECT}be\s+)"
    r"(?:(?:aimed at|targeted at|intended for|meant for|open to)\b|for\s*(?:[?,;.]|$|and\b))",
    re.IGNORECASE,
)
HOW_MUCH = re.compile(
    r"\b(how much|how many|rate|figure|percentage|proportion|share|number of|total|amount|"
    r"cost|funding|allocation|budget|how big|salary|salaries|wages?|price|worth|spend|spent|"
    # "What is the value of the contract …?" (not "the value of partnership working").
    rf"value(?={OF_A_PRICED_THING})|contract\s+value)\b",
    re.IGNORECASE,
)
#: A question about what was said at a meeting, which only its minutes record ("What did X
#: say when he addressed the Board at the June 2021 meeting?"); not one about what a paper says.
PROCEEDINGS = re.compile(
    # "Who was asked to bring the results to the March board?" is a request, which the log
    # records, made at another meeting than the one it names.
    r"\b(said|say|told|tell|address(?:ed)?|discuss(?:ed)?|debated?|asked(?!\s+to\b)|commented|"
    r"raised)\b.*\b(meeting|board)\b"
    r"|\bhappen(?:ed|s)?\s+(?:at|in)\s+(?:the\s+)?(?:\w+\s+){0,3}meeting\b"
    r"|\bboard\s+(?:discuss(?:ed)?|debated?|say|talk(?:ed)?\s+about)\b",
    re.IGNORECASE,
)
#: Who is to present an item: the agenda says ("… will be presented by …").
_TO_PRESENT = re.compile(
    r"\b((?:down|due) to (?:present|give|speak|talk|deliver)|will present|to be presented|"
    r"will be presenting|is presenting|are presenting|(?:is|are) giving)\b",
    re.IGNORECASE,
)
PLAN = re.compile(
    r"\b(going to|next steps?|plan(?:s|ned)?|intend\w*|propos\w*|(?:will|would)\s+(?:the|they|it|"
    r"he|she|we|[A-Z]\w+)\b.*\?$|what (?:is|was) (?:going to|to) be done|what will"
    # "What did the coordinator commit to doing?": an undertaking ("Rik Basra agreed to …").
    r"|commit(?:ted|s)?\s+to|undert(?:ake|ook)\s+to|offer(?:ed)?\s+to|promis\w*"
    # "What did Rik Basra agree to do about …?" (not "What did the Board agree to?").
    r"|agree(?:d)?\s+to\s+do)\b",
    re.IGNORECASE,
)
#: "Who chaired the lead member group …": the chair of a body other than the meeting.
_CHAIR_OF_OTHER = re.compile(
    # "… and who chaired that group?": the group the question named before.
    r"\bchair(?:ed|s|ing|man|person)?\s+(?:of\s+)?(?:the\s+|a\s+|an\s+|that\s+|this\s+)?"
    r"(?!(?:\d|[A-Z][a-z]+\s+\d|meeting|board|lscsb|it\b|that\b|this\b))"
    r"(?:(?:[\w’'-]+\s+){0,6}(?:group|panel|partnership|committee|forum|network|workshop|"
    r"sub[- ]?group|exec\w*|team|review|inquiry|conference|event|session|webinar)\b"
    # "Who chairs JCAB …": a body by its initials (the Board's own are LSCSB and SCSB).
    r"|(?-i:(?!(?:LSCSB|SCSB)\b)[A-Z]{3,}\b))"
    # "wrote to the CSP chairs", "the Network chair": the body named before its chair.
    r"|(?:\b(?-i:(?!(?:LSCSB|SCSB)\b)[A-Z]{2,})s?|\b(?:group|panel|partnership|committee|forum|"
    r"network|sub[- ]?group))\s+chair(?:s|man|men|person|people)?\b"
    # "There was a group of councillors steering the redesign - who chaired it?".
    r"|\b(?:group|panel|committee|forum|network|sub[- ]?group)\b[^?]*\bchair(?:ed|s)?\s+"
    r"(?:it|that|this)\b"
    # "… that the lead member group for the redesign was chaired by the PCC?".
    r"|\b(?:group|panel|committee|forum|network|sub[- ]?group)\b(?:\s+[\w’'/-]+){0,12}?\s+"
    r"(?:was|is|were|are|been|being)\s+chaired\s+by\b",
    re.IGNORECASE,
)
#: "What did Lucy Booth tell the Board …": a person's words at a meeting, even in an "update".
_PERSON_SAID = re.compile(
    r"\b(?i:what)\s+did\s+((?:[A-Z][\w.’'-]*\s+){1,3})(?:actually\s+|really\s+)?"
    r"(?:say|tell|report|announce|explain|present)\b"
)
#: "What was the Board asked to do?": what a paper recommends, not what was said.
#: …or of another body, by name or initials ("was the SPB asked to agree").
_ASKED_OF_BOARD = re.compile(
    r"(?i:\b(?:was|were|is|are)\s+(?:the\s+)?)(?:(?i:board|committee|members|partnership|"
    r"group|executive)|[A-Z]{2,6})\s+(?i:(?:being\s+)?(?:asked|requested))\b",
)
#: A question about what a paper put to the Board: its "Recommendations for the Board".
_ASKS_OF_BOARD = re.compile(
    r"(?i:\bask(?:s|ed)?\s+(?:the\s+)?(?:board\s+members|board|committee|members|partners)\s+"
    r"to\b)|" + _ASKED_OF_BOARD.pattern
)
RECOMMENDATION = re.compile(r"(?i:\brecommend\w*)|" + _ASKS_OF_BOARD.pattern)
_PAPER = re.compile(
    r"\b(report|paper|update|slides?|log|agenda|newsletter|plan|appendix|annexe?|presentation)\b",
    re.IGNORECASE,
)
#: "What had the Board agreed, per the December 2018 paper?": a decision a paper reports,
#: asked of that paper, not of minutes.
_PER_PAPER = re.compile(
    r"\b(?:per|according to)\s+(?:the|that|this)\s+(?:[\w/’'-]+\s+){0,4}?"
    r"(?:report|paper|update|slides|newsletter|plan|appendix|presentation)\b",
    re.IGNORECASE,
)
#: A verb that asks for a person ("responsible", "chaired", "presented"); not a participle
#: that names a paper by where it went ("In the findings presented in March, what share …?",
#: "the action log presented to the March meeting").
_PERSON_VERB = re.compile(
    r"\b(?:responsible|chairs|presenting|in the chair)\b"
    r"|(?<!\bwas )(?<!\bwere )(?<!\bis )(?<!\bare )(?<!\bbe )(?<!\bbeen )(?<!\bhad )"
    r"(?<!\bhas )(?<!\bhave )(?<!\bwho )(?<!\bthat )(?<!\bwhoever )"
    r"\b(?:chaired|presented)\b(?!\s+(?:to|at|in|on|during)\b)"
    # "… was presented at …", "the officer who presented to the board …": the verb itself.
    r"|\b(?:was|were|is|are|be|been|had|has|have|who|that|whoever)\s+(?:chaired|presented)\b",
    re.IGNORECASE,
)
#: Another body's decision, which a paper reports ("what did the SPB Exec decide", "did the
#: SOG approve …"): not the Board's, so the Board's minutes need not record it.
OTHER_BODY_DECIDES = re.compile(
    r"\b(?:did|had|has|have|does|do|would|will)\s+(?:the\s+)?(?:[\w’'-]+\s+){0,4}?"
    r"(?:group|panel|exec\w*|forum|network|team|sub[- ]?group|council|police|pcc|commissioner|"
    r"(?-i:(?!(?:LSCSB|SCSB)\b)[A-Z]{3,}))\s+(?:decide|agree|approve|resolve|sign)",
    re.IGNORECASE,
)
STATUS = re.compile(r"\b(status|rag|stand|stands|done|complete[d]?|open|closed)\b", re.IGNORECASE)
STORY = re.compile(
    r"\b(happen\w*|story|progress|update[ds]?|history|timeline|why|discuss\w*|members|concerns?)\b",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class QueryIntent:
    """What a question asks for, as filters and boosts."""

    text: str
    action_number: str | None = None
    meetings: tuple[date, ...] = ()
    since: date | None = None
    until: date | None = None
    kinds: tuple[str, ...] = ()
    decision: bool = False
    asks: str = "what"  # what | who | when | how_much | status
    terms: tuple[str, ...] = field(default=())
    #: A date the question names that matches no meeting in the archive ("in 2015").
    unknown_period: str | None = None
    #: Meetings a comparison names: they favour, but do not filter.
    boost_meetings: tuple[date, ...] = ()
    #: "Who chaired …?": minutes print the chair as "(in the Chair)" / "(Chairman)".
    chair: bool = False
    #: The periods a comparison names ("2018" and "March 2021"), each answered on its own.
    compare: tuple[tuple[date, date], ...] = ()
    #: Asks what was said or discussed at a meeting: only minutes can answer it.
    proceedings: bool = False
    #: The word the answer turns on (see `focus.focus_of`): "conclusions", "successful".
    focus: Focus | None = None
    #: "Who was the Police and Crime Commissioner?": the role whose holder is asked for.
    role: str | None = None
    #: "As of September 2020, …": `until` is where to look first, not a hard limit (a later
    #: report may give the figure "to September 2020").
    as_of: bool = False
    #: Asks who attended a meeting or sent apologies.
    attendance: bool = False
    #: Asks what a paper recommended, or what the Board was asked to do.
    recommendation: bool = False
    #: Asks what a body decided as a paper reports it ("What did the SPB Exec decide …, per
    #: the March 2021 update?"): not a decision of the Board's minutes (`decision`), but the
    #: sentence that records one ("SPB Exec agreed to formally adopt …") answers it.
    reported_decision: bool = False
    #: Asks what is planned or intended ("Is the OPCC going to bid …?", "What are the next
    #: steps …?"): the sentence that says what will be done answers it.
    plan: bool = False
    #: The verb a who / which / how-many question turns on (`question_verbs.verb_asked`): "Who
    #: replaced Bob Bearne?" is not answered by passages that never speak of replacing him.
    verb: Focus | None = None
    #: The verb a "how is it being done" question asks about ("How is the survey being
    #: pushed out?"): the sentence that speaks of it ("pushing the survey out through
    #: schools") answers. For choosing sentences only: the papers may say it otherwise.
    manner: Focus | None = None
    #: Asks why ("Why is it above the SafeLives threshold?"), or how something was responded
    #: to: the sentence that gives a cause ("A change in criteria … has been identified as
    #: responsible for …") or a consequence ("As a result of feedback …") answers it.
    cause: bool = False
    #: Asks what came of something ("what came of the bids by June?", "what happened to that
    #: timetable?"): the sentence that reports an outcome answers it.
    outcome: bool = False
    #: The months the question names, as (year, month): a paragraph that names the same month
    #: ("the rolling 12 month value to September 2020") speaks of that time, whichever
    #: meeting's papers it was written for.
    months: tuple[tuple[int, int], ...] = ()
    #: The files the search is confined to when the question names no meeting but names what
    #: only their papers report on (a quarter): a filter, not a meeting asked about.
    sources: tuple[str, ...] = ()
    #: Asks for the latest state ("the most recent figure", "according to the latest
    #: papers") without naming a meeting: later papers are favoured, none is filtered out.
    recent: bool = False
    #: Words a follow-up borrows from the talk (`Conversation.resolve`): they find where the
    #: talk is, and count less than the question's own in re-ranking.
    borrowed: tuple[str, ...] = ()
    #: Meetings the question asks about through the actions raised there: the archive holds
    #: no papers of them, but later logs hold the actions with the date in their date cell
    #: ("the update the MoJ owes us from the 25.9.20 meeting").
    raised: tuple[date, ...] = ()
    #: Initials the question uses that the papers seldom write, each (lower case) with the
    #: name the papers spell out instead ("ccg", "Clinical Commissioning Groups"): a passage
    #: that spells the name out holds the initials (`initials.Initials.spelled_out`).
    spelled: tuple[tuple[str, str], ...] = ()
    #: The paragraphs of the one place a question points to by its position ("the paper
    #: after the performance report", `pointers`): the search is confined to them.
    within: tuple[str, ...] = ()
    #: The names the question gives that few paragraphs hold ("Encompass"), filled in by the
    #: retriever, which knows how many do: a passage on their subject says them.
    rare: tuple[str, ...] = ()


def _said_by_person(q: str) -> bool:
    """Whether the question asks what a named person said ("What did Lucy Booth tell the
    Board in her update?"), not what a paper says ("What did the report say?")."""
    m = _PERSON_SAID.search(q)
    return bool(m) and bool(
        people(m.group(1).strip()) or re.match(r"(?:Mr|Mrs|Ms|Dr|Cllr|Lord)\b", m.group(1))
    )


def _expects_other_than_amount(asked: str) -> bool:
    """Whether the question asks what a thing is expected to yield, not an amount: "What is
    each CSP receiving People Zone funding expected to produce?" (not "… expected to spend?");
    or a degree ("how much detail …") or a number that labels ("what version number …")."""
    if (
        _ASKS_A_DEED.search(asked)
        or _HOW_MUCH_OF_A_KIND.search(asked)
        or _A_LABEL.search(asked)
        or _WHICH_THINGS.search(asked)
    ):
        return True
    if _AMOUNT_FIRST.search(asked):
        return False  # "What is the contract value budgeted for the services expected to …?"
    verb = expected_verb(asked)
    return verb is not None and not HOW_MUCH.fullmatch(verb)


#: "What is the contract value budgeted for …": an amount asked for first, whatever a clause
#: after it says is expected of what it names.
_AMOUNT_FIRST = re.compile(
    r"^what\s+(?:is|was|will\s+be|would\s+be)\s+the\s+(?:[\w-]+\s+){0,2}?(?:value|cost|amount|"
    r"sum|price|budget|total|figure)\b(?!\s+(?:of\s+)?(?:work|partnership|approach)\b)",
    re.IGNORECASE,
)


#: "What does the OPCC intend to do about the … funding opportunity?" asks what will be
#: done, not how much funding.
_ASKS_A_DEED = re.compile(
    r"^(?:[^,?]*,\s*)?what\b[^?]{0,80}?\b(?:do|doing|done)\s+(?:about|with|next)\b", re.IGNORECASE
)


#: "Which two pieces of provision would need funding …?": things of a kind, counted by the
#: question itself, not an amount.
_WHICH_THINGS = re.compile(
    r"^(?:[^,?]*,\s*)?which\s+(?:two|three|four|five|six|\d+)\s+(?!(?:figures?|amounts?|sums?|"
    r"rates?|totals?|numbers?|percentages?|proportions?|shares?|costs?|prices?|budgets?|"
    r"allocations?|funds?|grants?|salar\w+|payments?|contributions?)\b)[a-z]+",
    re.IGNORECASE,
)


#: "How much detail did the OPCC have about it?": a degree, which the papers put in words
#: ("We only have limited detail at this point"), not an amount.
_HOW_MUCH_OF_A_KIND = re.compile(
    r"\bhow\s+much\s+(?:detail|information|notice|progress|evidence|say|influence|interest|"
    r"input|clarity|certainty|guidance|warning|confidence)\b",
    re.IGNORECASE,
)


#: "What version number of the agreement …": a number that labels a thing, not an amount.
_A_LABEL = re.compile(
    r"\b(?:version|reference|serial|phone|telephone|case)\s+(?:number|no\b)", re.IGNORECASE
)


#: A keyword query that asks for a person by a noun, typed as into a search box with no
#: question word to say so: "prevent coordinator name", "author of hate strategy report",
#: "MVP report December 2020 presenter".
_KEYWORD_WHO = re.compile(
    r"^(?!.*\b(?:what|which|when|where|how|why|who|whom|whose)\b)(?:[^?]*\b(?:name|names|"
    r"presenter|author)\s*$|(?:the\s+)?(?:name|author|presenter)s?\s+of\b[^?]*$)",
    re.IGNORECASE,
)


#: An opening clause that names the topic, closed by a comma before a question word ("For
#: the dashboard's burglary line, what …", "On the People Zone funding, which …").
_TOPIC_CLAUSE = re.compile(
    r"^(?:for|on|regarding|concerning|as\s+for|about|with\s+regard\s+to)\s+[^?,]{3,90},\s*"
    r"(?=(?:what|who|whom|which|how|why|where|when)\b)",
    re.IGNORECASE,
)


def understand(question: str, meetings: list[date] | tuple[date, ...] = ()) -> QueryIntent:
    """Turn a question into an intent. `meetings` are the archive's meeting dates (pack
    meetings and the meetings their minutes record)."""
    q = question.strip()
    action = ACTION_REF.search(q)
    known = sorted(set(meetings))
    beyond_scene = after_scene(q)
    scope = scope_of(q, beyond_scene, known)
    chosen, since, until = list(scope.meetings), scope.since, scope.until
    unknown, boost_meetings, compare = scope.unknown, scope.boost_meetings, scope.compare
    between, as_of = scope.between, scope.as_of
    kinds: tuple[str, ...] = ()
    # "The older minutes all mention Lord Bach - who holds the post now?": the papers the
    # scene names are not where the answer is asked for.
    for pattern, ks in KIND_WORDS:
        if pattern.search(beyond_scene):
            kinds = ks
            break
    # "the one-page plan", "a plan on a page" name a layout, not a page of the pack.
    if re.search(
        r"(?<!one )(?<!single )(?<![-‐–])\b(?<!on a )pages?\b(?![-‐–])|\bon the agenda\b",
        q,
        re.IGNORECASE,
    ):
        kinds = ("agenda", "webpage")  # page ranges and items are printed on the agenda
    elif not kinds and _TO_PRESENT.search(q):
        kinds = ("agenda", "webpage")  # "This report will be presented by Rik Basra"
    elif not kinds and re.search(r"\bactions?\b", q, re.IGNORECASE):
        kinds = ("action_log",)
    asks = "what"
    asked = asked_clause(beyond_scene)
    # "Who …?", or a verb that asks for a person ("responsible", "chaired", "presented");
    # "the Chairman" as the subject of a question does not.
    person_verb = bool(
        # "Was the strategy approved when it was presented?": the clause of time that ends it
        # does not ask who presented it.
        _PERSON_VERB.search(TIME_CLAUSE.sub("", asked))
        # "What had Shane O'Neill presented …?" asks for a thing, and so does "According to
        # the update, what was the outcome when Paul Hindson presented …?".
        and not re.match(r"\s*(?:[^,]*,\s*)?(?:what|which|when|where|how)\b", asked, re.I)
    )
    if (WHO.search(asked) and not _AUDIENCE.search(asked)) or person_verb or _KEYWORD_WHO.search(q):
        asks = "who"
    elif WHEN.search(asked):
        asks = "when"
    elif (WHY.search(asked) or _MANNER.search(asked)) and not action:
        # "Why is the rate above the threshold?" asks for a cause, "How was the funding
        # taken forward?" for a way: neither for a figure.
        asks = "what"
    elif (
        # "For the People Zone funding committed in June 2021, what must the CSP produce?":
        # the topic the opening clause names is not what is asked for.
        HOW_MUCH.search(_TOPIC_CLAUSE.sub("", asked, count=1))
        and not _expects_other_than_amount(asked)
        # "… lists the figure 1,127,205 — whose allocation is that?" asks what it is of.
        and not figures_named(q)
    ):
        asks = "how_much"
    elif action and STORY.search(q):
        asks = "story"
    elif action and STATUS.search(q):
        asks = "status"
    if asks == "who" and title_asked(q):
        asks = "what"  # "Who is Rik Basra?": his post, which the papers give after his name
    # "The board asked for the survey findings to be presented. Who was to present them?":
    # a decision the scene states is not what is asked, unless what is asked is what it was
    # ("In December 2020 members decided how often … . What was agreed?").
    decided = asks_decision(beyond_scene) or (
        asks_decision(q) and bool(_WHAT_WAS_DECIDED.search(beyond_scene))
    )
    # The chair of a meeting (which the minutes record), not of another body ("who chaired
    # the lead member group?"): the question names a meeting or the Board, or nothing else.
    chair = (
        asks == "who"
        # "Besides Lord Bach, who chairs it, which members sit on the group?"
        and bool(re.search(r"\bchair", without_set_aside(q), re.IGNORECASE))
        and not _CHAIR_OF_OTHER.search(q)
    )
    if chair and as_of and until and not chosen and not between and not compare:
        # "Who was in the chair by the December 2020 meeting?": the chair of the meeting named,
        # whose minutes mark it (read as "up to then", the earliest minutes matched as well).
        # Only a meeting in the month named: "as of March 2019" names no meeting.
        held = [m for m in known if (m.year, m.month) == (until.year, until.month)]
        if held:
            chosen, until = [held[-1]], None
    # "By spring 2021, how many …": the months of a rough time of an event (not a meeting's)
    # are months the papers may name, as "in April 2021" would be.
    rough_months = [] if chosen or compare else [ym for t in rough_times(q) for ym in months_of(t)]
    return QueryIntent(
        text=q,
        action_number=action.group(1) if action else None,
        meetings=tuple(sorted(set(chosen))),
        since=since,
        until=until,
        kinds=kinds,
        # "What decisions was the board asked to take on the update?": what the paper put to
        # the Board, which its recommendations say, not what the minutes record.
        decision=decided and not _PER_PAPER.search(q) and not _ASKS_OF_BOARD.search(q),
        reported_decision=decided and bool(_PER_PAPER.search(q)),
        asks=asks,
        terms=content_terms(q),
        unknown_period=unknown,
        boost_meetings=boost_meetings,
        compare=compare,
        chair=chair,
        proceedings=bool(PROCEEDINGS.search(q))
        and (not _PAPER.search(q) or _said_by_person(q))
        and not _ASKED_OF_BOARD.search(q),
        focus=None if decided else focus_of(q, asks),
        role=role_asked(q) if asks == "who" and not chair else None,
        as_of=bool(as_of) and not between and not compare,
        recent=bool(_RECENT.search(q)) and not (chosen or since or until or compare or as_of),
        recommendation=bool(RECOMMENDATION.search(q)),
        plan=bool(PLAN.search(q)),
        cause=bool(WHY.search(asked) or _RESPONSE.search(asked)),
        outcome=bool(_OUTCOME_ASKED.search(asked)) and not action,
        # Who chaired or attended is read from the minutes' marks and lists, a decision from
        # its RESOLVED block, an action from its log: none of them repeats the verb.
        verb=None
        if chair or action or ATTENDANCE.search(beyond_scene) or decided
        else verb_asked(asked),
        # "Which officer attended a CSP Chairs Network Meeting …, according to the OPCC
        # update?": a paper reports it, not the Board's list of those present.
        # "Joshna Mavji attended the October 2018 meeting. What did she report …?": the
        # scene's attendance is not what is asked.
        attendance=bool(ATTENDANCE.search(beyond_scene)) and not _PER_PAPER.search(q),
        manner=manner_verb(asked),
        # A month with a meeting names the meeting (filters and boosts see to it); another
        # month names a time the papers write about.
        months=tuple(
            dict.fromkeys(
                ym
                for ym in (*iter_month_years(q), *rough_months)
                if ym not in {(d.year, d.month) for d in known}
            )
        ),
    )
