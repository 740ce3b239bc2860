"""The forms of a verb (pure): "won" is "win", "held" is "hold", "dropped" is "drop".

A question asks with one form and a paper answers with another ("Who led the review?" — "the
review was led by …"; "How much did the OPCC win?" — "successful in securing £432,000"), so
the question's verb and a passage's words are compared through their base and its forms
(`question_verbs.verb_asked`, `answer.persons.names_agent`).
"""

from __future__ import annotations

import re
from functools import lru_cache

from boardqa.words import stem

#: Verbs whose past forms do not end in -ed: base → its other forms.
IRREGULAR = {
    "win": ("won",),
    "lead": ("led",),
    "hold": ("held",),
    "run": ("ran",),
    "take": ("took", "taken"),
    "give": ("gave", "given"),
    "make": ("made",),
    "do": ("did", "done"),
    "send": ("sent",),
    "write": ("wrote", "written"),
    "choose": ("chose", "chosen"),
    "become": ("became",),
    "begin": ("began", "begun"),
    "pay": ("paid",),
    "buy": ("bought",),
    "leave": ("left",),
    "meet": ("met",),
    "spend": ("spent",),
    "sell": ("sold",),
    "tell": ("told",),
    "teach": ("taught",),
    "bring": ("brought",),
    "build": ("built",),
    "get": ("got", "gotten"),
    "find": ("found",),
    "go": ("went", "gone"),
    "come": ("came",),
    # "Which groups will oversee the plan?": "… will be overseen by the DSVA Ops Group".
    "oversee": ("oversaw", "overseen"),
    "undertake": ("undertook", "undertaken"),
    "withdraw": ("withdrew", "withdrawn"),
    # "How many felt safe out in their area at night?": a verb, not what is counted.
    "feel": ("felt",),
    "think": ("thought",),
}
#: An irregular form → its base.
IRREGULAR_FORMS = {form: base for base, forms in IRREGULAR.items() for form in forms}


def base_of(word: str) -> str:
    """The base of an irregular form ("won" → "win"), else the word itself."""
    return IRREGULAR_FORMS.get(word.lower(), word.lower())


def root_of(word: str) -> str:
    """The stem every regular form of the verb shares: "replaced" → "replac", "dropped" →
    "drop", "applied" → "appl"."""
    root = stem(base_of(word))
    if len(root) > 3 and root[-1] == root[-2] and root[-1] not in "aeiousl":
        root = root[:-1]  # "dropp(ed)" → "drop"
    if root.endswith("i"):
        root = root[:-1]  # "appli(ed)" → "appl(y)"
    return root


#: The endings a regular verb takes after its root.
_ENDINGS = (
    r"(?:e|es|s|ed|d|ing|ied|y|ies|ment|ments|ement|ements|ion|ions|ation|ations|ication|"
    r"ications|ful|fully|er|ers|or|ors)?"
)


@lru_cache(maxsize=512)
def forms_pattern(word: str, kin: tuple[str, ...] = ()) -> re.Pattern[str]:
    """Whole words that are a form of the verb or of its kin ("win": "win", "wins", "won",
    "winning"; kin "secur": "secure", "secured", "securing" — not "security", "window")."""
    base = base_of(word)
    root = root_of(word)
    heads = [re.escape(h) for h in (root, *kin)]
    doubled = [re.escape(root + root[-1])] if len(root) >= 3 else []
    irregular = IRREGULAR.get(base) or IRREGULAR.get(root, ())  # "leads" → "lead" → "led"
    whole = [re.escape(f) for f in (base, *irregular)]
    return re.compile(
        rf"\b(?:(?:{'|'.join(heads + doubled)}){_ENDINGS}|{'|'.join(whole)})\b", re.IGNORECASE
    )
