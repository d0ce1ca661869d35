"""The catalogue of line rules: what marks a line of copy-pasted news text as not-the-report.

Each rule is a regular expression and the reason it gives (the `removed[].reason` of the
contract). Rules describe the *kind* of line (a paywall prompt, a share button, a reporter's
e-mail line) in the wording sites use generally; no rule names an outlet or quotes an article.
Patterns are searched case-insensitively in one stripped line (a rule that needs a name's
capital says so: `(?-i:[A-Z])`). `text.py` decides when a rule
may fire: strong rules fire anywhere, weak ones only on lines that do not read as report prose.
Kinds of line common to blogs and other languages (a comment form's notice, a "Like this:" bar,
"This entry was posted in ...", an image viewer's buttons) are known in several languages;
so are an outlet's tagline ("... since 1964"), e-mail newsletter and news-app chrome,
reader-funding appeals (a public station's member drive), a translated page's edition line,
funders' disclaimers, republishing licences and an aggregator's own notices.
Masthead names (`MASTHEAD_NAME`) are no rule: `text.py` takes them only in the head of the copy.
Besides `RULES`: time stamps (`TIMESTAMP`, `TIMESTAMP_LOOSE`, `DATE_OR_TIME`/`DATE_WORDS`),
prices, bylines, credits, datelines, notices and closing author bios (`BIO`).
Measured on plain-text copies of real pages by `bench/junk_lines.py`.

Hand-written because no maintained library classifies lines of *plain text* (trafilatura and
jusText work on the DOM, where markup tells boilerplate apart; a copy-paste has lost it).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from newsdesk.model import NoticeKind, RemovedReason


@dataclass(frozen=True)
class Rule:
    reason: RemovedReason
    pattern: re.Pattern[str]
    strong: bool  # True: fires even on a line that reads as a sentence of the report


def _rule(reason: RemovedReason, pattern: str, *, strong: bool = False) -> Rule:
    return Rule(reason, re.compile(pattern, re.IGNORECASE), strong)


_MONTH = (
    r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
    r"|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?"
)
_WEEKDAY = r"(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?"
_ZONE = r"\(?(?:IST|GMT|UTC|EST|EDT|CST|CDT|MST|MDT|PST|PDT|CET|CEST|BST|ET|PT|AST)\)?"
# a clock time: an hour of the day and its minutes ("6.90", "69.00" are prices, not times)
_HOUR = r"(?:[01]?\d|2[0-4])"
_TIME = rf"{_HOUR}(?:[:.][0-5]\d)\s*(?:[ap]\.?m\.?)?|{_HOUR}\s*[ap]\.?m\.?"
_DATE = (
    rf"(?:{_WEEKDAY},?\s+)?(?:{_MONTH}\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s*(?:\d{{4}})?"
    rf"|\d{{1,2}}(?:st|nd|rd|th)?\s+{_MONTH},?\s*(?:\d{{4}})?"
    r"|\d{4}-\d{2}-\d{2}|\d{1,2}/\d{1,2}/\d{2,4}|\d{1,2}\.\d{1,2}\.\d{4}|\d{1,2}-\d{1,2}-\d{4})"
)
# a day and month without the year, as Nordic and German pages print them: "14.11."
_DAY_MONTH = r"\d{1,2}\.\d{1,2}\.(?!\d)"
_EMAIL = r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+"

# A line that is nothing but a time stamp: "Updated at 10:44 pm", "Published Feb. 5, 2024",
# "Mon 5 Feb 2024 22.44 GMT", "Last modified on ...", "3 min read".
TIMESTAMP = re.compile(
    rf"^(?:(?:last\s+)?(?:updated|published|posted|modified|first published|created)"
    rf"(?:\s+(?:on|at))?\s*:?\s*)?"
    rf"(?:{_DATE})?(?:\s*(?:,|at|-|–|—|\|)?\s*(?:{_TIME}))?"
    rf"(?:\s*{_ZONE})?$"
    rf"|^(?:(?:updated|published|posted)\s*:?\s*)?(?:\d+|an?)\s*(?:m|h|d|mins?|minutes?|hrs?|hours?"
    rf"|days?|weeks?|months?)\s+ago(?:\s*,?\s*(?:at\s+)?(?:{_TIME}))?$"
    rf"|^(?:(?:updated|published|posted)\s*:?\s*)?(?:today|yesterday)(?:\s*,?\s*(?:at\s+)?(?:{_TIME}))?"
    rf"(?:\s*{_ZONE})?$"
    rf"|^(?:{_DATE}\s*[·|•,–—-]\s*)?\d+\s*(?:-\s*)?min(?:ute)?s?\.?\s+read$",
    re.IGNORECASE,
)

# "Published 10:02 AM EST Nov 19, 2019", "Updated on: 19 Nov 2024 / 10:07 AM / Agency",
# "Posted on March 3, 2024 by admin": opens like a time stamp and holds a number; only ever
# tried on short lines that do not read as a sentence.
TIMESTAMP_LOOSE = re.compile(
    r"^(?:last\s+)?(?:updated|published|posted|modified|first published|created|publish(?:ed)? date"
    r"|date)\b(?:\s+(?:on|at))?\s*:?(?=[^.!?]*\d)[^.!?]{0,90}$"
    rf"|^{_DATE}(?:\s*(?:,|at|-|–|—|\|)?\s*(?:{_TIME}))?\s*(?:{_ZONE}\s*)?by\s+\S.{{0,40}}$",
    re.IGNORECASE,
)

# What a time stamp is made of: stripping these from a line that holds a date or a clock time
# leaves at most an agency or place name ("Wednesday 20 November 2019 11:42, UK").
_DAY_WORD = (
    r"(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)"
)
_CLOCK = rf"(?<![\d$€£¥₹.,]){_HOUR}[:.][0-5]\d(?![\d.,])\s*(?:[ap]\.?m\.?)?"
DATE_OR_TIME = re.compile(
    rf"\b{_MONTH}(?![a-z])|{_CLOCK}|\b\d{{4}}-\d{{2}}-\d{{2}}\b|\b\d{{1,2}}/\d{{1,2}}/\d{{2,4}}\b",
    re.IGNORECASE,
)
# Opening or event hours, a span from one clock time to another ("9.30 am / 7.00 pm",
# "10:00–18:00"): what a listing says, not when the page was stamped.
HOURS = re.compile(
    rf"{_CLOCK}\s*(?:[/–—-]|to|until|till|bis)\s*{_CLOCK}",
    re.IGNORECASE,
)
DATE_WORDS = re.compile(
    rf"\b(?:{_MONTH}(?![a-z])|{_DAY_WORD}\b\.?)|{_CLOCK}|\b{_ZONE}(?![a-z])"
    r"|\b(?:last|updated?|published|posted|modified|first|created|on|at|by|ago|original|today"
    r"|yesterday|et|pt|gmt|utc|am|pm|[ap]\.m)\b|\d+(?:st|nd|rd|th)?",
    re.IGNORECASE,
)

# An author's bio closing the article: "Jane Doe is a reporter at ...", "Jane covers health for ..."
BIO = re.compile(
    r"^(?:[A-Z][\w.'’-]+\s+){1,3}(?:\(@\w+\)\s+)?"  # "Jane Doe (@jdoe) is a reporter at"
    r"(?:is|was|has been|previously was)\s+(?:an?|the)\s+"
    r"(?:[\w'’-]+\s+){0,5}"
    r"(?:reporter|writer|correspondent|journalist|editor|columnist|contributor|producer|"
    r"photographer|critic|fellow|professor|analyst|researcher|lecturer|scholar)s?"
    # "... correspondent and has reported from ...", "... correspondent and has covered ..."
    r"(?:\s+(?:at|for|with|based|covering)\b|\s*[,.]|\s*$|\s+and\s+has\s+(?:reported|covered|"
    r"written)\b)"
    r"|^(?:[A-Z][\w.'’-]+\s+){1,3}(?:covers|writes about|reports on)\s+.{1,60}\b(?:for|at)\s+"
    r"(?:the\s+)?[A-Z]"
    r"|^(?:[\w-]+\s+){0,3}(?:journalist|reporter|writer|columnist)\s+(?:[A-Z][\w.'’-]+\s+){1,3}"
    r"writes\b",
)

# Editorial notices, lifted into `notices` (not junk: they belong to the article's record).
NOTICE_RULES: tuple[tuple[NoticeKind, re.Pattern[str]], ...] = (
    (
        "correction",
        re.compile(
            r"^(?:\*\s*)?(?:corrections?|clarifications?|erratum)"
            r"(?:\s*(?:&|and)\s*(?:corrections?|clarifications?))?\s*(?:\([^)]*\)|,\s*"
            rf"{_DATE}|\s+{_DAY_MONTH}(?:\s*(?:at\s+)?(?:{_TIME}))?)?\s*[:.—–-]"
            # "Correction, June 16:", "Correction 14.11. at 11:30:"
            r"|^(?:an?|the)\s+(?:earlier|previous)\s+version\s+of\s+(?:this|the)\s+"
            r"(?:story|article|report)\b"
            # an unlabelled closing line: "This article was amended on 3 May 2031 to correct ..."
            r"|^this\s+(?:story|article|report|piece)\s+(?:was|has\s+been)\s+(?:amended|"
            r"corrected|changed|edited)\b[^.!?]{0,60}?\bto\s+(?:correct|fix|remove\s+an?\s+error)\b"
            # "This story has been changed: we first reported that ..."
            r"|^this\s+(?:story|article|report|piece)\s+(?:was|has\s+been)\s+(?:amended|"
            r"corrected|changed|updated)\s*[:.—–-]\s*(?:we|it)\s+(?:first|originally|previously|"
            r"wrongly|incorrectly)\s+(?:reported|said|stated)\b"
            # a wire's bracketed fix note: "(Corrects spelling of name in paragraph 3)"
            r"|^\((?-i:Corrects|Fixes)\b[^()]{3,200}\)$",
            re.IGNORECASE,
        ),
    ),
    (
        "editor-note",
        re.compile(r"^(?:\*\s*)?editor[’']?s?[’']?\s+note\s*[:.—–-]", re.IGNORECASE),
    ),
    (
        "update",
        re.compile(
            r"^(?:\*\s*)?update(?:d)?\s*[,—–]?\s*(?:(?:of|at)\s+)?(?:\([^)]*\)|\d(?:[^:]|:\d\d){0,40}"
            rf"|{_DATE}(?:,?\s*(?:at\s+)?(?:{_TIME}))?)?\s*:(?!\d)\s*\S.{{15,}}"
            # "Update, 4:15 p.m.: ...", "Update, Nov. 3, 18:40: ..."
            # an update line closing the copy: "Updated Friday 20:40 with comment from ..."
            rf"|^updated\s+(?:on\s+|at\s+)?(?:(?:{_WEEKDAY}|{_DATE})"
            rf"(?:,?\s*(?:at\s+)?(?:{_TIME}))?|{_TIME})\s*(?:{_ZONE}\s*)?,?\s+"
            r"(?:with|to (?:add|include|reflect|correct))\b"
            r"|^\(?this\s+(?:story|article|report)\s+(?:has\s+been|was|is\s+being)\s+(?:updated\b"
            # "This story was revised on Monday with figures from the census.", a wire's
            # "(This story has been refiled to add comment in paragraph 6)"
            r"|(?:revised|refiled)(?:\s+(?:on|at)\s+[^.]{1,30})?\s+(?:with|to (?:add|include|"
            r"reflect)))\b"
            # a wire's version note under its headline: "(Adds quote in paragraph 5)", "(Recasts
            # with minister's comments)"
            r"|^\((?-i:Adds|Updates|Recasts|Rewrites|Changes|Removes|Inserts"
            r"|Refiles|Releads|Writes through|Tops)\b[^()]{3,200}\)$"
            # the same note unbracketed: "This version adds a quote from the mayor (paragraph 5)."
            r"|^this\s+version\s+(?:adds|updates|recasts|rewrites|changes|removes|inserts"
            r"|includes)\b[^()]{3,200}(?:\([^()]{0,40}\))?\.?$"
            # the same note after a wire's version tag: "UPDATE 2-Adds quote in paragraph 5."
            r"|^(?-i:UPDATE|REFILE|CORRECTED)(?: \d{1,2})?\s*-\s*(?-i:Adds|Updates|Recasts|"
            r"Rewrites|Corrects|Changes|Removes|Inserts|Fixes|Refiles|Releads|Writes through|Tops)"
            r"\b[^()]{3,200}\.?$",
            re.IGNORECASE,
        ),
    ),
)

# what an update notice says about the article itself ("This story has been updated to add ...");
# an "UPDATE 10:30 p.m.: Crews finished ..." paragraph of a live page says none of it: it is news
UPDATE_ABOUT_ARTICLE = re.compile(
    r"\b(?:this|the|our)\s+(?:story|article|report|piece|post|page)\b|\b(?:updated|modified|"
    r"amended|corrected|added|adds|to include|to reflect|to add|to correct|with comments?)\b",
    re.IGNORECASE,
)

# the text under an "Update: March 11, 2025" header line saying how the article changed: "We have
# revised this article to add ...", "This story was updated with ..."
UPDATE_TEXT = re.compile(
    r"^(?:we(?:['’]ve| have)?|editors?(?: have)?)\s+(?:\w+\s+)?(?:revised|updated|amended|"
    r"corrected|changed|edited|expanded)\s+(?:this|the)\s+(?:story|article|report|piece|post)\b"
    r"|^this\s+(?:story|article|report|piece|post)\s+(?:has\s+been|was|is\s+being)\s+"
    r"(?:revised|updated|amended|changed|edited|expanded)\b",
    re.IGNORECASE,
)

# a newsroom role after a name: "Jane Doe, Senior Reporter", "Jane Doe / Education correspondent"
_ROLE = (
    r"(?i:(?:senior|staff|chief|deputy|political|education|health|business|sports|foreign|"
    r"special|contributing|freelance|\w+)\s+){0,3}(?i:reporter|writer|correspondent|editor|"
    r"columnist|contributor)s?\b"
)
# "— Jane Doe can be reached at jdoe@example.com." : the author is lifted from the line, also
# past her beat ("Jane Doe covers schools and can be reached at ...")
CONTACT_AUTHOR = re.compile(
    r"^[\W_]*(?P<name>[A-Z][\w.'’-]+(?:\s+[A-Z][\w.'’-]+){0,3})\s+"
    r"(?:(?:covers|writes about|reports on|is)\s[^.;@]{1,80}?\s+and\s+)?"
    r"(?:can be (?:reached|contacted|emailed)|is reachable|may be reached)\b",
)
# "Questions about this story? Contact Jane Doe at jdoe@example.com": whom the line names, when
# the address is hers (`text.py` checks the surname in it)
CONTACT_AT = re.compile(
    r"(?:^|[?!.:]\s+)(?:contact|e-?mail|reach|write to|message)\s+"
    rf"(?P<name>(?-i:[A-Z])[\w.'’-]+(?:\s+(?-i:[A-Z])[\w.'’-]+){{1,2}})\s+(?:at|via|on)\s+"
    rf"(?P<email>{_EMAIL})",
    re.IGNORECASE,
)
# "By Jane Doe", "By Jane Doe and John Roe, Reuters", "Written by Jane Doe", and with the time
# stamp after the name: "By Jane Doe Mar 3, 2031 5 min read"
BYLINE = re.compile(
    # "By — Jane Doe, Harbour Wire": a dash after "By" on a broadcaster's page
    r"^(?:(?:(?:[Ww]ritten|[Ss]tory|[Ww]ords|[Rr]eported)\s+)?[Bb][Yy]:?(?:\s+[—–-])?\s+|(?:(?:[Aa]uthor|[Rr]eporter|[Ww]ord)s?|[Ss]tory|[Tt]ext):\s*)"
    # the role before the name: "By political reporter Jane Doe", "By our correspondent Jane Doe"
    rf"(?:(?i:our\s+)?{_ROLE}\s+(?=[A-Z]))?"
    rf"(?P<name>[A-Z][\w.'’-]+(?:\s+[A-Z][\w.'’-]+)?(?:\s+(?!{_ROLE}$)[A-Z][\w.'’-]+){{0,2}}"
    rf"(?:\s*(?:,|and|&)\s*(?!{_ROLE})[A-Z][\w.'’-]+(?:\s+[A-Z][\w.'’-]+){{0,3}})*)"
    # the photographer's or data desk's credit after the writers: "Words: A, B Photos: B",
    # "Text: A · Graphics: B"
    r"(?:(?:\s*[·•])?\s+(?i:photos?|pictures?|fotos?|images?|illustrations?|data|graphics)"
    r"(?:\s+by)?:?\s+[^.!?]{0,60}"
    # the role after the name: "By Jane Doe Local Democracy Reporter"
    rf"|\s+{_ROLE}"
    # a separator, not the hyphen of a double surname: "By Jane Doe / Staff Writer"
    r"|(?:\s*[,|—–]|\s+[-/]|-(?=\s))\s*(?P<tail>.{0,60})"
    rf"|\s+(?i:{_DATE})[^.!?]{{0,30}}"
    # the reporter's town and role in brackets: "By Jane Doe (Kettleby, special correspondent)"
    r"|\s+\((?P<paren>[^()]{1,60})\))?$",
)
# the bracket of a byline naming the reporter's town: "(Kettleby, special correspondent)"
BYLINE_PLACE = re.compile(
    r"^(?P<place>(?-i:[A-Z])[\w'’.-]+(?:\s+(?-i:[A-Z])[\w'’.-]+){0,2})\s*,\s*"
    rf"(?:{_ROLE}|envoy)$"
)
# a byline repeated at the foot without "By": "Jane Doe (Kettleby, special correspondent)"
NAME_PLACE_ROLE = re.compile(
    r"^(?P<name>[A-Z][\w.'’-]+(?:\s+[A-Z][\w.'’-]+){1,3})\s+\((?P<paren>[^()]{1,60})\)$"
)
# a byline's "name" that is the newsroom, not a person: "By Staff", "By Editorial Team", a
# translated page's "By Writing" / "By Redaction" (for "Por Redação", "Par La Rédaction")
NEWSROOM_CREDIT = re.compile(
    r"^(?:the\s+)?(?:writing|redaction|newsroom|editorial|editors?|staff|desk|team|admin"
    r"|agencies|wires?|web|online|digital|news|reports?|reporters?|writers?|board|office|service)"
    r"(?:\s+(?:writing|redaction|newsroom|editorial|editors?|staff|desk|team|agencies|wires?"
    r"|reports?|reporters?|writers?|board|office|service)){0,2}$",
    re.IGNORECASE,
)
# A byline in two lines, without "By": a bare name, then the role ("Education correspondent").
# "Jane Doe, Business Correspondent", "Jane Doe | Chief Football Writer": a byline without "By"
NAME_ROLE = re.compile(
    rf"^(?P<name>[A-Z][\w.'’-]+(?:\s+[A-Z][\w.'’-]+){{1,3}})\s*[,|/–—]\s*{_ROLE}$"
)
# the name of a news outlet or wire agency: "Reuters", "The Harbour Times", "Kestrel Wire"
_OUTLET_WORD = (
    r"(?:Times|Post|News|Herald|Courier|Courant|Tribune|Journal|Gazette|Press|Ledger|Sentinel|"
    r"Chronicle|Observer|Guardian|Telegraph|Mail|Express|Standard|Star|Mirror|Record|Daily|"
    r"Wire|Agency|Radio|Television|TV|Network|Monitor|Examiner|Inquirer|Dispatch|Register|"
    r"Bulletin|Globe|Independent|Weekly|Broadcasting|Reuters|AP|AFP|UPI|Bloomberg|Xinhua|"
    r"Agence France-Presse|Associated Press)"
)
OUTLET = re.compile(
    rf"^(?P<outlet>(?:The\s+)?(?:[A-Z][\w.&'’-]*\s+){{0,3}}{_OUTLET_WORD}"
    r"(?:\s+[A-Z][\w.&'’-]*){0,2})\W*$"
)
# "Jane Doe, Harbour Times", "Jane Doe | Reuters": a byline naming the outlet instead of a role
# or "Jane Doe / Harbour Times" (not "Jane Doe/AP": that is a photo credit)
NAME_OUTLET = re.compile(
    r"^(?P<name>[A-Z][\w.'’-]+(?:\s+[A-Z][\w.'’-]+){1,3})(?:\s*[,|–—·]|\s+/)\s*(?P<outlet>.{2,60})$"
)
# a closing credit: "— Jane Doe reported from Tunis.", "Jane Doe and John Roe reported from Sfax."
_NAME = r"[A-Z][\w.'’-]+(?:\s+[A-Z][\w.'’-]+){1,3}"
REPORTED_FROM = re.compile(
    rf"^[—–-]?\s*(?P<name>{_NAME}(?:\s*(?:,|and|&)\s*{_NAME})*)\s+"
    r"(?:reported|reporting|wrote|filed)\s+(?:this\s+(?:story|article|report)\s+)?from\s+"
    r"[A-Z][^.;]{0,60}\.?$"
)
# who a closing bio names: "Jane Doe is a correspondent for the Star."
BIO_NAME = re.compile(
    rf"^(?P<name>{_NAME})\s+(?:\(@\w+\)\s+)?(?:is|was|has been|previously was|covers|"
    r"writes about|reports on)\b"
)
# the outlet a closing bio names: "... a reporter at the Star", "... covers schools for the Star"
# (a dot only inside a name: "Harbour.com", not the full stop before "Write to her at ...")
BIO_OUTLET = re.compile(
    r"(?:\b(?:reporter|writer|correspondent|journalist|editor|columnist|contributor|producer|"
    r"photographer|critic)s?\s+(?:at|for|with)|\b(?:covers|writes about|reports on)\s+[^.]{1,60}?"
    r"\s+(?:for|at))\s+(?:the\s+)?(?P<outlet>(?:[A-Z][\w&'’-]*(?:\.[\w&'’-]+)*\s*)+)"
)

# "Jane Doe in Brussels", "Jane Doe | Brussels": a business paper's byline with the reporter's
# city (`text.py` takes it only in the head, under the headline or beside a time stamp)
NAME_IN_PLACE = re.compile(
    r"^(?P<name>(?-i:[A-Z][a-z][\w'’-]*)(?:\s+(?-i:[A-Z][\w'’-]*)){1,2})"
    r"(?:\s+in|\s*\|)\s+(?-i:[A-Z][\w.'’-]+)(?:\s+(?-i:[A-Z][\w.'’-]+)){0,2}$"
)
# An outlet's masthead line in the head of a copy (`text.py` takes it only above the report's
# first sentence): its name, "THE HARBOUR CLARION", "The Kettle Standard" (in capitals or with an
# outlet's word), or name and section, "Harbour Now - Politics"
_MASTHEAD_WORD = (
    r"(?:Voice|Today|Mercury|Beacon|Clarion|Review|Now|Online|Magazine|Echo|Argus|Sun|Citizen|"
    r"Advertiser|Leader|Messenger|Banner|Telegram|Enquirer|Digest|Insider|Despatch|Courant)"
)
MASTHEAD_NAME = re.compile(
    rf"^(?:The\s+)?(?:[A-Z][\w&'’-]*\s+){{0,3}}(?:{_OUTLET_WORD}|{_MASTHEAD_WORD})"
    r"(?:\s+[A-Z][\w&'’-]*){0,2}$"
)
# a site's section, not an outlet's name: "World News", "Latest"
SECTION_WORDS = re.compile(
    r"^(?:(?:the|latest|news|politics|world|business|economy|sports?|opinion|culture|local|"
    r"national|home|breaking|live|science|health|tech(?:nology)?|entertainment|lifestyle|"
    r"regional|metro|features?|analysis|markets|money|environment|education|travel|"
    r"international|top|stories|front|page|updates?)\b\s*)+$",
    re.IGNORECASE,
)
MASTHEAD_SECTION = re.compile(
    r"^(?P<name>[A-Z][\w&'’-]*(?:\s+[A-Z][\w&'’-]*){0,4})\s+[-–—|/»›]\s+"
    r"(?P<section>[A-Z][\w-]*(?:\s+[A-Za-z][\w-]*)?)$"
)
# a masthead's tagline right under it: "Local news, every day", "Your community, your paper"
TAGLINE_WORDS = re.compile(
    r"\b(?:news|journalism|reporting|community|local|independent|since|every\s+day|daily|"
    r"paper|stories|voice)\b",
    re.IGNORECASE,
)
# the edition line of a translated page: "Harbour Vjesnik - English service (automatic
# translation)", "Kurier Online (automatically translated from the German)"
EDITION = re.compile(
    r"^(?P<name>(?-i:[A-Z])[^.!?()|–—]{0,58}?)\s*(?:"
    r"[-–—|·•]\s*(?:english|international|global|world|[a-z]+[- ]language)\s+"
    r"(?:service|edition|version)(?:\s*\([^()]{0,60}\))?"
    r"|\((?:automatic(?:ally)?|machine|auto)[- ]?translat[^()]{0,40}\)"
    r"|\((?:automatically |machine[- ])?translated from (?:the )?[^()]{1,30}\)"
    # a foreign paper's edition in another language: "Le Kettle in English"
    r"|\s+(?-i:in)\s+(?-i:English|French|Spanish|German|Arabic|Russian|Portuguese|Chinese))\s*$",
    re.IGNORECASE,
)
# a masthead in capitals with an edition label after a bar: "HARBOUR-POST | English" (not a
# language switcher, "Harbourish | English": languages are not printed in capitals)
_EDITION_LABEL = r"\s*\|\s*(?:English|EN)\s*$"
EDITION_CAPS = re.compile(rf"^(?P<name>[A-Z][A-Z0-9&'’ -]{{1,40}}[A-Z0-9]){_EDITION_LABEL}")
# any name with that label: "L'Écho de la Vallée | English" (a masthead, never "Headline | Site")
EDITION_BAR = re.compile(rf"^[^|]{{2,60}}?{_EDITION_LABEL}")
# a menu whose entries stand two spaces apart: three or more single capitalised words among
# entries of at most three words, no figures ("Markets  Stocks  Bonds  My Portfolio")
_MENU_ITEM = r"(?-i:[A-Z])[^\W\d_]*(?:[&'’.-][^\W\d_]+)*"
_MENU_ENTRY = rf"{_MENU_ITEM}(?: (?:{_MENU_ITEM}|(?-i:[a-z]+))){{0,2}}"
MENU_SPACED = re.compile(
    rf"^(?=(?:.*?(?:^|\s{{2}}){_MENU_ITEM}(?=\s{{2}}|$)){{3}})"
    rf"(?:{_MENU_ENTRY}\s{{2,}}){{2,}}{_MENU_ENTRY}$"
)
NAME_LINE = re.compile(r"^(?P<name>[A-Z][\w.'’-]+(?:\s+[A-Z][\w.'’-]+){1,3})$")
ROLE_LINE = re.compile(rf"^{_ROLE}$", re.IGNORECASE)
# "(Reporting by Jane Doe; Editing by John Roe)" (not "Additional reporting by ...": a contributor)
CREDIT = re.compile(
    r"^\(?\s*(?i:reporting|writing|written|compiled|edited|editing)\s+(?i:by)\s+"
    r"(?P<name>[A-Z][\w.'’-]+(?:\s+[A-Z][\w.'’-]+){0,3})",
)

# a picture's credit line: "Photo: Jane Doe", "Picture | Harbour Media", "Image credit: ..."
PHOTO_CREDIT = re.compile(
    r"^(?:photo|photograph|image|picture|file photo|caption|illustration|graphic|credit)"
    r"s?\s*(?:credit)?\s*[:|/]",
    re.IGNORECASE,
)

# Datelines that open the first paragraph: "ERBIL, Kurdistan Region - ", "WASHINGTON (AP) — ",
# "(Washington) ", "PARIS, March 3 (Reuters) - ".
# a copyright holder's name: "Harbour Times", "Voice of the Dales", "La Voz de Santa Ana"
_HOLDER = (
    r"(?-i:[A-Z])[\w&.'’-]*(?:\s+(?:(?:of|the|de|del|la|di|da|du|des|von|van|y|&)\s+)?"
    r"(?-i:[A-Z])[\w&.'’-]*){0,4}?"
    r"(?:\s+\d{1,3}(?!\d))?"  # a channel's number: "Harbour 24" (not a year)
    r"(?:,?\s+(?-i:plc|bhd))?"  # a legal form in small letters: "Harbour Press plc"
)
# a reuse notice after the holder: "© Harbour Times - All reproduction forbidden"
_REUSE_NOTICE = (
    r"\s+[-–—|]\s+(?:all\s+)?(?:reproduc(?:tion|ing)|republi(?:cation|shing)|redistribut"
    r"(?:ion|ing)|copying)\b[^©]{0,60}\b(?:prohibited|forbidden|not permitted|reserved"
    # "- Reproducing this text, in whole or in part, requires our written consent."
    r"|requires? (?:our |the |prior )?(?:\w+ )?(?:consent|permission|authori[sz]ation))\W*"
    # "© 2025 Harbour Times - Please cite the source when reproducing."
    r"|\s+[-–—|]\s+please (?:cite|credit|name|mention) (?:the |our )?source\b[^©]{0,40}"
)
# who holds a copyright line ("© 2025 Harbour Times", "(c) Harbour Times 2025. All rights
# reserved."): the outlet, when the copy names no other
COPYRIGHT_HOLDER = re.compile(
    r"^(?:©|\(c\)|copyright)\s*(?:©\s*|\(c\)\s*)?(?:copyright\s+)?(?:\d{4},?\s+)?"
    rf"(?P<name>{_HOLDER})"
    r",?(?:\s+\d{4})?\.?(?:(?:,|\s+[-–—|])?\s+all rights reserved\.?(?:\s+(?-i:[A-Z])[^©]{0,80})?"
    rf"|{_REUSE_NOTICE}"
    # what follows the holder's name: "Registered in ...", "· Powered by ..."
    r"|(?<=\.)\s+(?-i:[A-Z])[^©\s]*\s[^©]{1,100}|\s+[·|•]\s+(?-i:[A-Z])[^©]{0,60})?$",
    re.IGNORECASE,
)
# the holder named before the copyright: "Harbour Times - All rights reserved 2025", "La Voz
# de Santa Ana © 2025 - All rights reserved"
HOLDER_FIRST = re.compile(
    rf"^(?P<name>{_HOLDER})\s*(?:©\s*\d{{4}}\.?\s*(?:[-–—|,.]\s*)?"
    r"(?:all rights reserved\.?)?|[-–—|,.]\s*all rights reserved\.?)\s*(?:\d{4}\.?)?"
    rf"(?:{_REUSE_NOTICE})?$",
    re.IGNORECASE,
)
# the holder whose leave a reuse notice asks: "Reproduction of this content is prohibited
# without the prior authorisation of the Harbour Times."
PERMISSION_HOLDER = re.compile(
    r"^.{0,80}\b(?:reproduction|redistribution|republication|copying|use)\b.{0,60}\bwithout "
    r"(?:the )?(?:\w+ ){0,2}(?:authori[sz]ation|permission|consent|agreement|approval) (?:of|from)"
    r" (?:the )?"
    rf"(?P<name>{_HOLDER})\.?$",
    re.IGNORECASE,
)
# the holder of a free licence: "Republish this story under CC BY-SA 4.0 – Harbour Desk 2025"
LICENCE_HOLDER = re.compile(
    r"^.{0,80}\b(?:cc[ -]by(?:[ -][a-z]{2}){0,2}(?: \d\.\d)?|creative commons\b[^–—]{0,40})\s*"
    rf"[-–—|]\s+(?P<name>{_HOLDER})(?:,?\s+\d{{4}})?\.?$",
    re.IGNORECASE,
)

# An outlet's tagline under its name: "News and views from Upper Dale, since 2009", "The
# independent voice of Kettle County since 1881", "Serving the valley since 1902"
TAGLINE = (
    r"^(?:(?:the|your|an?)\s+)?(?:[\w'’-]+\s+){0,3}(?:news(?:paper)?|views|voice|paper"
    r"|magazine|journal|blog|newsletter|journalism|reporting)(?:\s+(?:and|&)\s+[\w'’-]+)?\s+"
    r"(?:of|from|for|in|on|about|serving)\b[^.!?]{0,60}?,?\s+(?:since|est\.?|established"
    r"|founded)(?:\s+in)?\s+\d{4}\W*$"
    r"|^serving\b[^.!?]{1,60}\bsince\s+\d{4}\W*$"
)
# The heading of a blog's comment section: "2 thoughts on “Title”", "One response to “Title”":
# the report is over, what follows is the readers' (`text.py` drops all of it)
COMMENTS_HEADING = re.compile(
    r"^(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten)\s+(?:thoughts?|comments?"
    r"|responses?|replies|reactions?)\s+(?:on|to)\s+[“\"'‘«„].{1,200}$",
    re.IGNORECASE,
)
# who wrote a comment in the thread, above it: "Jane Doe says:", "jdoe wrote:"
COMMENTER = re.compile(r"^(?P<name>[^\s:]{1,40}(?:\s+[^\s:]{1,40}){0,3})\s+(?:says|wrote)\s*:\s*$")
# The heading of a sponsor's message in a newsletter: "A MESSAGE FROM OUR SPONSOR", "Today's
# sponsor": the paragraph under it is the advert (`text.py` drops it with the heading)
SPONSOR_HEADING = re.compile(
    r"^(?:an?\s+)?(?:message|word|note)s?\s+from\s+(?:our|this\s+(?:week|issue)[’']s|today[’']s)"
    r"\s+(?:sponsors?|partners?|advertisers?)\W*$"
    r"|^(?:today[’']s|this\s+(?:week|issue)[’']s|our)\s+sponsors?\W*$",
    re.IGNORECASE,
)
# The author a post line names after its time stamp: "Posted on 3 May 2031 by Jane Doe" (not
# "by admin", "by Staff Writer")
POSTED_BY = re.compile(
    r"\bby\s+(?P<name>(?!(?:Admin|Staff|Editor|Editors|Team|Desk|Web|News)\b)[A-Z][\w.'’-]+"
    r"(?:\s+(?!(?:Staff|Editor|Editors|Team|Desk|Writer|Reporter)\b)[A-Z][\w.'’-]+){1,3})\s*$"
)
# whom a "Follow ... on <network>" line names: the outlet, when it is an outlet's name or the
# masthead's ("Follow Harbour Times on Facebook and X")
FOLLOW_NAME = re.compile(
    r"^follow\s+(?:the\s+)?(?P<name>(?-i:[A-Z])[^,;:!?]{0,50}?)\s+on\s+(?:facebook|twitter|x|instagram"
    r"|tiktok|linkedin|threads|bluesky|telegram|whatsapp|google news|youtube)\b",
    re.IGNORECASE,
)
# the site's own name in its furniture (a paywall's benefits, an edition, a newsletter promo,
# a comment policy, a reader-funding appeal, a series plug):
# "What your Harbour Times membership gets you", "Harbour Times Print Edition", "Use Harbour
# Times on any device", "..., Harbour Times's daily newsletter", "the weekly briefing from
# (or of) Harbour Times", "... receive emails from Harbour Times" (a dot only inside a word:
# "Harbour.com", not a sentence's full stop)
_OWN_WORD = r"[A-Z][\w&-]*(?:\.[\w&-]+)*"
_OWN = rf"(?P<name>(?-i:(?:The\s+)?{_OWN_WORD}(?:\s+(?:of\s+)?{_OWN_WORD}){{0,3}}))"
OWN_NAME = tuple(
    re.compile(p, re.IGNORECASE)
    for p in (
        rf"\bwhat (?:your|an?) {_OWN} (?:membership|subscription)\b",
        rf"^{_OWN} (?:print|digital|e-?paper|replica) (?:edition|replica)\W*$",
        rf"^(?:use|read) {_OWN} on (?:your )?(?:phone|mobile|tablet|desktop|computer|laptop|any)\b",
        rf"\b{_OWN}['’]s? (?:free )?(?:[\w-]+ ){{0,2}}(?:newsletters?|briefings?)\b",
        rf"\b(?:newsletters?|briefings?|bulletins?|digests?) (?:from|by|of) {_OWN}",
        # a sign-up's consent: "you agree to receive e-mails from the Harbour Lamp"
        rf"\breceive (?:e-?mails|newsletters|messages|communications) from {_OWN}",
        # an app prompt: "Get the Harbour Times app on Google Play"
        rf"^(?:get|download|install) (?:the )?{_OWN} (?:app|application)\b",
        # a comment policy: "Comments on the Harbour Lamp are reviewed before they appear"
        rf"^comments? (?:on|at) {_OWN} (?:are|is)\b",
        # a reader-funding appeal: "Harbour Lamp is funded by readers, not advertisers."
        rf"^{_OWN} (?:is|are) (?:[\w-]+ )?(?:funded|supported|paid for|powered) by\b",
        # "Harbour Lamp takes no advertising", "Harbour Lamp accepts no government money"
        rf"^{_OWN} (?:takes|accepts|carries|runs) no (?:advertising|adverts|ads|government)\b",
        # a republishing licence: "Harbour Lamp stories may be republished free of charge"
        rf"^{_OWN} (?:stories|reports|articles|content|journalism) (?:may|can) be (?:freely )?"
        r"(?:republished|reprinted|reproduced)\b",
        # a series plug: "This story is part of Harbour Lamp's Water Watch series."
        rf"\bpart of {_OWN}['’]s? (?:[\w-]+ ){{0,3}}(?:series|project)\b",
    )
)
# the site's own name in a syndication disclaimer, where a plan's words may be the name's
# ("Harbour Daily staff did not edit it", "no Harbour Daily reporter was involved in it", "has
# not been edited by Harbour Daily staff")
OWN_STAFF = tuple(
    re.compile(p, re.IGNORECASE)
    for p in (
        rf"(?:^|[;,.:]\s+){_OWN} (?:staff|editors|journalists|newsroom) (?:did not|didn['’]t"
        r"|have not|has not|had no)\b",
        # "Harbour Daily has not edited this text"
        rf"(?:^|[;,.:]\s+){_OWN} (?:has not|did not|didn['’]t) (?:edited|edit|changed|change)"
        r" (?:this|the) (?:text|story|article|report|content)\b",
        rf"\bno {_OWN} (?:journalists?|reporters?|staff(?: members?)?|editors?)"
        r" (?:contributed|(?:was|were) involved|had a hand|took part)\b",
        rf"\b(?:not|never) (?:been )?(?:edited|written|reviewed|checked) by {_OWN}"
        r" (?:staff|editors|journalists|newsroom)\b",
        # "Harbour Daily publishes this wire dispatch exactly as received"
        rf"(?:^|[;,.:]\s+){_OWN} (?:publishes|runs|carries|republishes) (?:this|the) [^.]{{0,60}}"
        r"\b(?:dispatch|story|report|article|text|item)\b[^.]{0,20}\b(?:as (?:it was )?received"
        r"|unedited|without (?:editing|changes))\b",
    )
)
# a paywall's plans and the like are no outlet: "What your Premium Digital membership gets you"
OWN_PLAN = re.compile(
    r"\b(?:premium|digital|plus|basic|gold|silver|standard|unlimited|insider|all|access|pro|"
    r"member|members|print|free|annual|monthly|this|our|your|you|it|daily|weekly|morning)\b",
    re.IGNORECASE,
)
# the report naming the outlet as its own asker or source: "replying to questions from (or of)
# Harbour Times" (not "questions from Harbour Times's Jane Doe", another outlet's reporter at a
# briefing), "as Harbour Times reported"
SELF_NAMED = (
    re.compile(rf"\bquestions (?:from|of) {_OWN}(?!['’]s?\b)(?=[\s,.;:)]|$)", re.IGNORECASE),
    re.compile(
        rf"\bas {_OWN} (?:first |earlier |previously )?(?:has |had )?reported\b", re.IGNORECASE
    ),
)
# the outlet's questions handed on: "the ministry referred questions from Harbour Times to ..."
QUESTIONS_REFERRED = re.compile(
    rf"\b(?:referred|sent|forwarded|passed(?: on)?|redirected) (?:the |its )?questions (?:from|of)"
    rf" {_OWN} (?:on )?to\b",
    re.IGNORECASE,
)
# a section label before a headline ("OPINION: ...", "Analysis | ..."): not a dateline
KICKER = re.compile(
    r"^(?:opinion|analysis|comment(?:ary)?|editorial|exclusive|breaking(?: news)?|watch|live|"
    r"explainer|review|interview|fact[- ]check|perspective|guest essay|obituary|update)"
    r"\s*[:|]\s+(?=\S)",
    re.IGNORECASE,
)
_DAY_NAME = r"(?:mon|tues|wednes|thurs|fri|satur|sun)day"
DATELINE = re.compile(
    r"^(?P<dl>[A-Z][A-Z.'’\- ]{1,40}[A-Z.](?:,\s*"
    rf"(?!(?i:{_DATE}|{_DAY_NAME}\b))[A-Z][\w.'’\- ]{{1,40}}?)?)"
    # "NARVA, Ostland, June 15 (HW) -", "NARVA, Tuesday —"
    rf"(?:,\s*(?i:{_DATE}|{_DAY_NAME}\b))?"
    r"\s*(?:\((?P<agency>[A-Za-z][\w .&-]{1,30})\))?\s*[-–—:]+\s+(?=\S)"
    # "(Kettleby) The ...", "(Kettleby) – The ..."
    # and with its country: "(Kettleby, Ostland) The ..."
    r"|^\((?P<dl2>[A-Z][\w.'’-]+(?:[ -][A-Z][\w.'’-]+){0,3}"
    r"(?:,\s*[A-Z][\w.'’-]+(?:[ -][A-Z][\w.'’-]+){0,2})?)\)\s+(?:[-–—]\s+)?(?=[A-Z“\"])"
    # a news agency's style: "KARVIK, March 3. /Nordwire/. The ..."
    r"|^(?P<dl3>[A-Z][A-Z.'’\- ]{1,40}[A-Z]),\s*"
    rf"(?i:{_DATE})\.?\s*/(?P<agency2>[A-Z][\w .&-]{{1,30}})/\.?\s+(?=\S)"
    # a place in title case needs the agency's full form, date and agency: "Pedra Alta, Jun 4
    # (HW).- The ...", "Narva, Ostland, June 15 (HW) - The ..."
    r"|^(?P<dl4>[A-Z][\w'’-]+(?:[ -][A-Z][\w'’-]+){0,3}"
    rf"(?:,\s*(?!(?i:{_DATE}))[A-Z][\w'’-]+(?:[ -][A-Z][\w'’-]+){{0,2}})?),\s*"
    rf"(?i:{_DATE})\s*\((?P<agency3>[A-Z][\w .&-]{{1,30}})\)\.?\s*[-–—]+\s+(?=\S)"
)
# an outlet's lead-in with its time stamp instead of a place: "Harbourline (May 4, 2031, 6:12
# PM EDT) -- The ..." (the stamp must hold a year: "Acme Corp. (ACME) -" is no lead-in)
LEAD_IN = re.compile(
    r"^(?P<outlet>[A-Z][\w&'’.-]*(?:\s+[A-Z][\w&'’.-]*){0,3})\s+"
    r"\((?P<stamp>[^()]{0,40}\b(?:19|20)\d\d\b[^()]{0,30})\)\s*(?:--|[–—])\s+(?=[A-Z“\"])"
)
# labels in capitals that open a paragraph with a colon and are no dateline ("ORIGINAL STORY:",
# "EARLIER:" above the first report of a live page)
CAPS_LABEL = re.compile(
    r"^(?:original(?: story| report| post)?|earlier|previously|update[ds]?|editor'?s note|"
    r"note|correction|clarification|watch|live|latest|breaking(?: news)?|background|context|"
    r"summary|what we know"
    # a site's banner: "WEATHER ALERT:", "TRAFFIC ADVISORY:", "SEVERE WEATHER WARNING:"
    r"|(?:[a-z]+\s+){0,2}(?:alert|advisory|warning|watch|bulletin))\W*$",
    re.IGNORECASE,
)
# "Beirut: The ..." , "New Delhi: ...": a place in title case before a colon (`text.py` only
# takes it when the rest of the line is a sentence and the word is no label, see LABEL_WORDS)
# "Town, Region: The ...": a town and its region
DATELINE_COLON = re.compile(
    r"^(?P<dl>[A-Z][a-z’'-]+(?:[ -][A-Z][a-z’'-]+){0,2}"
    r"(?:,\s+[A-Z][a-z’'-]+(?:[ -][A-Z][a-z’'-]+){0,2})?):\s+(?=[A-Z“\"])"
)
# a site-wide banner led by its label: "Breaking: <news>", "WEATHER ALERT: <text>", "Just in:"
# (`text.py` takes it for junk only above the headline, see `_head_banners`)
BANNER = re.compile(
    r"^(?:breaking(?:\s+news)?|just\s+in|developing(?:\s+story)?|(?:[a-z]+\s+){0,2}alert"
    r"|(?:weather|traffic|travel|storm|flood)\s+(?:warning|advisory|watch))\s*:\s+\S",
    re.IGNORECASE,
)
# a bare place in capitals on a line of its own under a byline: "KARVIK", "NEW HARBOUR"
PLACE_LINE = re.compile(r"^(?-i:[^\W\d_a-z]{2,}(?:[ -][^\W\d_a-z]{2,}){0,2})$")
# labels that open a line with a colon and are no place
LABEL_WORDS = re.compile(
    r"^(?:note|photo|photos|picture|video|watch|read|also|see|listen|update|updated|warning|"
    r"source|sources|summary|background|context|question|answer|q|a|opinion|analysis|"
    r"exclusive|breaking|editor|disclaimer|caption|credit|related|live|latest|key|why|what|"
    r"how|who|when|where|here|this|that|the|and|but|our|my|his|her|their|its|it|we|they|he|"
    r"she|you|i|today|yesterday|tonight|now|first|next|then|more|in|on|at|by|for|from|with|"
    r"statement|transcript|interview|host|reporter|correspondent|anchor|moderator)\b",
    re.IGNORECASE,
)

# a currency before its figure: a sign, or a code or abbreviation ("Rs", "Tk", "KSh", "USD")
_CURRENCY = (
    r"(?:[$€£¥₹₩₽₦৳₱₺₴₪฿₫]|\b(?:rs|tk|rp|rm|ksh|usd|eur|gbp|inr|bdt|pkr|ngn|kes|clp|mxn|brl|ars"
    r"|cop|pen|zar|aud|cad|nzd|chf|sek|nok|dkk|pln|czk|huf|ron|jpy|cny|krw|idr|php|thb|vnd|myr"
    r"|sgd|hkd|aed|sar|egp|try|uah)\.?\s*)"
)
PRICE = re.compile(
    rf"^{_CURRENCY}\s?\d[\d,.]*(?:\s*(?:/|per\s+)\s*\w+)?\s*$"
    r"|^\d[\d,.]*\s?(?:[$€£¥₹]|usd|eur|dollars?|euros?)(?:\s*(?:/|per\s+)\s*\w+)?\s*$"
    r"|^\d+\s+(?:days?|weeks?|months?|years?)$"
    rf"|(?:{_CURRENCY}\s?\d[\d,.]*|\d[\d,.]*\s?[$€£¥₹])\s*(?:/|per\s+|a\s+|every\s+(?:\d+\s+)?)\s*"
    r"(?:mo(?:nth)?|yr|year|week)s?\b"
    # a figure in a currency's word, bare or after its plan's name: "390 kronor a year",
    # "Plus Annual — 390 kronor a year"
    r"|^(?:[^.!?\d]{1,40}\s[—–:-]\s*)?\d[\d,.]*\s+[^\W\d]+\s+(?:per|a|an|every|/)\s*"
    r"(?:day|week|month|year)s?\W*$",
    re.IGNORECASE,
)

RULES: tuple[Rule, ...] = (
    # a ticker of quotes, before the bars of links it looks like:
    # "DAX 18,201.5 +0.4% | FTSE 100 8,102.3 -0.1%"
    _rule(
        "other",
        r"^(?:[^\s|·•][^|·•]{0,40}?\s[\d,.]+\s*[▲▼▴▾△▽↑↓]?\s*[+\-−–]?\s*[\d,.]+\s*%\s*"
        r"(?:[|·•]\s*|$)){2,}$",
        strong=True,
    ),
    # prompts whose verb another reason's rule also knows: these come first
    _rule(
        "promo",
        r"^scroll (?:down )?to (?:continue|keep) reading\b|^download (?:now|free)\W*$"
        r"|^now on (?:our|the) app\b"
        r"|^(?:promoted|sponsored|partner) (?:stories|content|links|posts)\W*$"
        r"|^paid (?:partnership|promotion)\b"
        r"|^from (?:our|the) (?:partners?|sponsors?|advertisers?)\W*$",
        strong=True,
    ),
    _rule("promo", r"\bour (?:youtube|tiktok|instagram|whatsapp) (?:channel|page|account)\b"),
    _rule(
        "paywall",
        r"\bfree (?:preview|trial|access)\b.{0,20}\b(?:has )?(?:ended|expired|is over|used)\b"
        # "You have reached the end of your free preview."
        r"|\bend of (?:your (?:free )?|the free )(?:preview|sample|excerpt|trial)\b"
        r"|^start (?:your|a) (?:free )?(?:trial|subscription)\b"
        r"|\b(?:subscriber|member|premium)s?[- ]only\b"
        r"|^only (?:subscribers|members)\b.{0,30}\b(?:can|may)\b"
        r"|\bcancel (?:whenever|when ?ever) you (?:like|want)\b"
        # a metered wall's counter: "3 free articles left this month", "You have used all your
        # free reads for this week", "Only 1 free story remains for you in May."
        r"|\b(?:\d+|one|two|three|four|five|no|your last)\s+(?:more\s+)?free\s+"
        r"(?:stories|articles?|reads?|pieces|views|pages)\s+(?:remain|left|this)\b"
        r"|\b(?:free (?:stories|articles?|reads?|pieces|views|pages)|story|article)\s+"
        r"(?:remaining|remains|left)\s+(?:for you\s+)?(?:this|in)\b"
        r"|\byou(?:[’']ve| have) (?:used|read|reached|had) (?:all |up )?(?:\d+ )?(?:of )?"
        r"(?:your|the)\s+"
        r"(?:\w+\s+)?(?:free|complimentary)\s+(?:stories|articles?|reads?|pieces|views|limit)\b"
        r"|^this (?:is|article is|story is) (?:a )?(?:premium|subscriber|members?[’']?|exclusive)"
        r"\s+(?:content|article|story)\b"
        # "Stop anytime online, no questions asked.", "Cancel at any time. No hidden fees."
        r"|^(?:cancel|stop|end) (?:or (?:pause|change) )?(?:your (?:plan|subscription) )?"
        r"(?:any ?time|at any time|whenever you (?:like|want|wish|choose))(?: online)?"
        r"(?:[,.;]\s*(?:with )?no (?:questions asked|(?:hidden )?(?:fees|costs|charges)"
        r"|strings attached|commitment))?\W*$",
        strong=True,
    ),
    _rule(
        "paywall",
        r"^(?:keep|continue|start) reading\b.{0,30}(?:[$€£¥₹]\s?\d|\bfree\b|\bsubscription\b)",
        strong=True,
    ),
    _rule(
        "newsletter",
        r"\binvalid e-?mail\b|\bcheck your inbox\b|(?:^|[?!.]\s+)sign up here\b"
        r"|\b(?:to|in|into) your (?:\w+ (?:and|&|or) )?inbox\b|^newsletter sign-?up\b",
        strong=True,
    ),
    _rule(
        "newsletter",
        r"^sign (?:me )?up(?: (?:for free|now|here|today))?\W*$"
        r"|^(?:daily|weekly|morning|evening) (?:briefing|digest|bulletin|newsletter)\W*$"
        r"|\bour (?:\w+ ){0,2}(?:news |daily |weekly )?e-?mail\b"
        r"|\bdelivered (?:every|each) (?:morning|day|week|weekday|evening|\w+day)\b",
    ),
    _rule(
        "social",
        r"^share (?:on|via|to|with) [\w ()]{1,30}$|^copy (?:the )?(?:link|url)\W*$"
        r"|^(?:send|share) (?:by|via) e-?mail\W*$|^save (?:to|for) (?:reading list|later|my list)"
        r"\W*$|^(?:print|email) (?:this )?(?:article|story|page)\W*$"
        r"|^share (?:the |this )?(?:full )?(?:article|story|page)\W*$",
    ),
    # an audio player's label: "Listen · 6:02 min", "Listen to this article (4 min)"
    _rule(
        "promo",
        r"^(?:listen|play)(?: to (?:this|the) (?:article|story))?\s*[·|•:(-]?\s*"
        r"\d{1,2}(?:[:.]\d{2})?\s*(?:min|mins|minutes)\)?\W*$",
    ),
    # a members' wall: "This article is for Gazette Premium members.", "This story is only for
    # subscribers"; a meter used up ("Your 5 free Gazette articles this month are used up.",
    # a template's placeholder left in: "Your {{count}} free reads ..."); "Cancel anytime"
    _rule(
        "paywall",
        r"^this (?:story|article|content|report|piece|page) is (?:only |exclusively )?(?:for|"
        r"available to) (?:our )?(?:[\w'’-]+ ){0,3}(?:members|subscribers)\W*$"
        r"|^your (?:\{\{\s*\w+\s*\}\}|\d+|\w+) free (?:[\w'’-]+ ){0,3}(?:reads|articles|stories)\b"
        r".{0,40}\b(?:used up|run out|gone|over)\W*$"
        r"|\{\{\s*\w+\s*\}\}.{0,40}\b(?:free|subscri\w+|articles?|reads)\b",
        strong=True,
    ),
    # not strong: "no questions asked" reads as a quote's attribution to the strong rules
    _rule(
        "paywall",
        r"^cancel (?:any ?time|at any time|whenever you (?:like|want|wish|choose))\b.{0,40}$",
    ),
    # the rules of a comment section: "Our rules for reader comments apply", "Please read our
    # guidelines for readers' comments before posting"
    _rule(
        "comment-policy",
        r"^(?:(?:please )?(?:read|review|see|check|follow|respect) )?(?:our|the) (?:rules"
        r"|guidelines|policy|terms|code of conduct) (?:for|on) (?:(?:readers?|users?)['’]? )?"
        r"(?:comments|commenting|discussions?)\b.{0,80}$",
        strong=True,
    ),
    # a skip link of the page: "Skip next section", "Skip to main navigation"
    _rule("navigation", r"^skip (?:to|past|over|next|this|the)\b.{0,60}$"),
    _rule(
        "comment-policy",
        r"^(?:sign|log) ?in to (?:comment|reply|join the)\b"
        r"|\bcommenting (?:is|has been) (?:not available|disabled|closed|turned off)\b"
        r"|^please be (?:respectful|civil|kind|courteous)\b"
        # "Replies are open to our members only.", "Thank you for respecting our house rules."
        r"|^(?:the )?(?:comments?|reactions?|replies|commenting)(?: (?:section|space|area))? "
        r"(?:is|are) (?:reserved|open|available|limited|restricted) (?:to|for) (?:our )?"
        r"(?:subscribers|members|registered (?:users|readers))\b"
        r"|(?:^|[.!?]\s+)thank you for respecting our (?:\w+ ){0,2}(?:charter|rules|guidelines"
        r"|policy|code)\b",
        strong=True,
    ),
    _rule(
        "comment-policy",
        r"^(?:show|view|see|read|load) (?:all )?(?:\d+ )?comments?\b"
        r"|^(?:discussion|reply|leave a reply|replies|\d+ replies)\W*$",
    ),
    _rule(
        "contact",
        r"^send (?:your |us )?(?:story ideas|news tips|tips|stories|photos)\b"
        r"|\b(?:call|ring|contact) (?:our|the) (?:news ?desk|newsroom)\b"
        r"|^(?:twitter|x|instagram|bluesky|threads)\s*:\s*@\w+\W*$"
        r"|^contact (?:our|the) (?:reporters?|journalists?|newsroom|team)\b"
        r"|^(?:reporter|author|writer)[’']?s (?:e-?mail|contact|profile)\W*$",
        strong=True,
    ),
    _rule(
        "navigation",
        r"^(?:see|view) (?:all|more)(?: \w+){0,2}\W*$|^back to \w+(?: \w+)?\W*$"
        r"|^explore (?:more|all)\W*$|^more in \w+(?: \w+)?\W*$|^popular (?:right )?now\W*$"
        r"|^in this (?:section|series)\W*$|^(?:watch|read|listen) next\W*$",
    ),
    _rule(
        "legal",
        r"\bthis (?:website|site) uses cookies\b|^not (?:financial|investment|legal|medical) "
        r"advice\W*$|\buse of this (?:site|website)\b.{0,40}\b(?:acceptance|agree|constitutes)\b"
        r"|^(?:opinions|views) (?:are|expressed are) (?:the )?(?:writer|author|columnist)"
        r"[’']?s?[’']? own\b",
        strong=True,
    ),
    _rule("other", r"^courtesy\s*:", strong=True),
    # a picture's caption that closes on its credit: "FLOODED. Residents wade ... PHOTO
    # COURTESY OF THE FIRE BUREAU", "... (Photo by Jane Doe)" without the brackets
    _rule(
        "other",
        r"\b(?-i:PHOTOS?|PHOTOGRAPHS?|IMAGES?|FILE PHOTO|Photo|Photos|Photograph|Image)"
        r"\s+(?i:courtesy of|by|from)\s+[^.!?]{2,60}$",
        strong=True,
    ),
    # the terms under a newsletter's sign-up box: "By entering your e-mail, you agree to our
    # Terms of Service", "I agree to the Terms of Use and have read the Privacy Policy"
    _rule(
        "newsletter",
        r"^by (?:providing|entering|submitting|signing up with|giving) (?:your|an|a valid)"
        r" e-?mail(?: address)?\b"
        r"|\b(?:i|you) (?:agree|consent) to (?:the|our) (?:terms|privacy|user agreement)"
        r".{0,80}\b(?:privacy (?:policy|notice)|terms)\b",
        strong=True,
    ),
    # the privacy line under a newsletter's sign-up box: "We use your sign-up to send you the
    # newsletters you asked for", "Your details will be used only to send ...", "We will use
    # your e-mail address only to send you our briefing"
    _rule(
        "newsletter",
        r"^we(?:[’']ll| will)? (?:only )?use your (?:sign-?up|e-?mail(?: address)?|details|data)"
        r" (?:only )?to (?:send|email|e-mail) you\b"
        # "Your details will only be used to send the newsletters you chose"
        r"|^your (?:details|data|e-?mail(?: address)?) (?:will|is|are) (?:only )?(?:be )?used"
        r" (?:only )?(?:to send|for (?:sending|the newsletters?))\b"
        r"|\bnewsletters?\b.{0,80}\bread our privacy (?:notice|policy|statement)\b",
        strong=True,
    ),
    # a closing promo: "Don't miss out on the latest news and information.", "Never miss the
    # top stories of the day."
    _rule(
        "promo",
        r"^(?:don[’']t|never) miss (?:out on )?(?:the|our|any of the|any)\s+(?:\w+\s+){0,2}"
        r"(?:news|stories|updates|headlines|information)\b[^.!?]{0,40}[.!]?$",
        strong=True,
    ),
    # a reader's error report: "Error in the text? Select it and press Ctrl+Enter", "Found a
    # typo? Highlight it and press Ctrl+Enter"
    _rule(
        "other",
        r"\b(?:select|highlight|mark)(?:ing)?\s+(?:it|the (?:text|error|word|fragment))\b.{0,30}"
        r"\b(?:ctrl|cmd)\s*\+\s*enter\b",
        strong=True,
    ),
    # a link to another story in the report: "READ: Storm leaves ...", "Read: Why ..."
    _rule("navigation", r"^read\s*:\s+(?-i:[A-Z0-9\"“‘'])"),
    _rule(
        "newsletter",
        r"^(?:sign up|subscribe|register)\b.{0,50}\b(?:e-?mail|bulletin|briefing|digest|"
        r"round-?up)s?\W*$|^enter your e-?mail\b|^(?:thanks|thank you) for (?:signing up|"
        r"subscribing|registering)\b|^never miss (?:a|an|another) (?:story|update|thing|beat|"
        r"headline)\b(?!.{0,40}\bapp\b)"
        r"|(?:^|[.!?]\s+)join [\d,.]+(?:k| million)? (?:other )?(?:readers|subscribers|people"
        r"|members|followers)\b"
        r"|^(?:e-?mail |free |our )newsletters?\W*$",
        strong=True,
    ),
    _rule(
        "newsletter",
        r"^(?:our|a|the) (?:free )?(?:daily|weekly|monthly|twice-weekly|morning|evening|"
        r"lunchtime) (?:e-?mail|newsletter|briefing|bulletin|digest|round-?up)\b"
        r"|^get (?:our|the) .{0,40}\b(?:by e-?mail|in your inbox)\b"
        r"|\bhand-?picked\b.{0,40}\b(?:each|every) (?:morning|day|week|evening)\b",
    ),
    _rule(
        "promo",
        r"^(?:subscribe to|follow) (?:our|the) .{0,30}\b(?:youtube|podcast|channel)\b"
        r"|^(?:listen|tune in) (?:to|now)\b.{0,60}\b(?:podcast|episode|radio show)\b"
        r"|^(?:get it on|download on|available on) (?:the )?"
        r"(?:google play|(?:apple )?app store)\W*$"
        r"|^(?:turn on|enable|allow) (?:push |breaking news )?(?:notifications|alerts)\b"
        r"|(?:^|[.!?]\s+)(?:download|install) (?:our|the) (?:free |new )?(?:[\w'’-]+ ){0,4}app\b"
        r"|^(?:story|article|content) continues(?: (?:below|after)\b.{0,30})?\W*$",
        strong=True,
    ),
    _rule(
        "promo",
        r"^(?:content|in partnership|presented|brought to you|sponsored) (?:from|with|by) "
        r"(?:our )?(?:partners?|sponsors?)\b|^brought to you by\b|^partner content\b",
    ),
    _rule(
        "social",
        r"^(?:share(?: this| the)?(?: article| story| page| post)?(?: with| via \w+)?|"
        r"tweet(?: this)?|copy (?:the )?link)\W*$"
        r"|^(?:like|follow|find|join) (?:us|our)\b.{0,30}\b(?:facebook|twitter|x|instagram|"
        r"tiktok|linkedin|threads|bluesky|telegram|whatsapp|youtube)\b",
    ),
    _rule(
        "comment-policy",
        r"\bcomments?\b.{0,40}\b(?:are|is) subject to\b.{0,30}\b(?:guidelines|rules|terms|"
        r"moderation|policy|standards)\b"
        r"|\bcomments? on this (?:story|article|page|post) (?:are|is|have been) (?:now )?"
        r"(?:closed|disabled|turned off)\b"
        r"|\breserve the right to (?:remove|delete|edit|moderate|block)\b"
        r"|^please keep (?:your )?(?:comments|discussion|posts)\b"
        r"|^(?:join the (?:conversation|discussion|debate)|be the first to comment|"
        r"add (?:a|your) comment|conversation|house rules)\W*$",
        strong=True,
    ),
    _rule(
        "contact",
        r"^(?:have|got) a (?:news )?(?:tip|story)\b[^?]{0,60}\?"
        r"|^send us your (?:news|stories|story|tips?|photos|videos)\b"
        r"|^(?:contact|e-?mail|reach|call|message|write to) the (?:author|reporter|writer|"
        r"newsroom|editor)s?\b"
        r"|(?:^|[?!]\s+)(?:please )?(?:contact|e-?mail|message|get in touch with) us\b"
        r"|\b(?:this|our) story\b.{0,40}\bget in touch\b"
        r"|\bget in touch with (?:us|our newsroom|the newsroom)\b"
        # a call for tips: "Seen something we should dig into? Message our desk securely ..."
        r"|^(?:do you )?(?:know|have|got|seen) (?:something|anything|a story|information)\b"
        r"[^?]{0,40}\b(?:we|us)\b[^?]{0,30}\?"
        # "... Leak us files through our secure inbox; sources stay anonymous."
        r"|\b(?:send|leak|pass|share with) us (?:your )?(?:documents|files|tips|leaks|evidence)\b"
        r"[^.!?]{0,40}\b(?:encrypted|secure|confidential|anonymous)\b"
        r"|\b(?:reach|contact|message|tell) (?:us|our (?:team|reporters|newsroom|desk)"
        r"|the newsroom) (?:privately|securely|confidentially|anonymously)\b"
        r"|^(?:(?-i:[A-Z])[\w.'’-]+\s+){1,3}is (?:our|the paper[’']s|the newspaper[’']s) "
        r"(?:[\w-]+\s+){0,3}(?:reporter|correspondent|editor|writer|columnist)\W*$",
        strong=True,
    ),
    # paywall and subscription prompts
    _rule(
        "paywall",
        r"\byou[’']?ve (?:reached|hit|used up) your (?:\w+\s+){0,2}(?:limit|maximum|allowance)\b"
        r"|\byou[’']?(?:ve| have) (?:read|used|viewed|opened) \d+ of (?:your )?\d+\b",
        strong=True,
    ),
    _rule(
        "paywall",
        r"\b(?:free|complimentary) (?:articles?|stories|reads)\b.{0,40}"
        r"\b(?:left|remaining|month|limit)",
        strong=True,
    ),
    _rule(
        "paywall",
        r"\b(?:subscribe|subscription|subscriber)s?\b.{0,60}"
        r"\b(?:unlimited|access|read|full story|continue|today|now|plans?|offer)\b",
    ),
    _rule(
        "paywall",
        r"^(?:already (?:a )?(?:subscribed|subscriber|a member|registered))\b",
        strong=True,
    ),
    # reader-funding and membership appeals: "We are reader-funded. Chip in what you can.",
    # "This story is free for everyone while ...", "Members: log in to unlock this story."
    _rule(
        "paywall",
        r"\bwe(?: are|[’']re) (?:(?:entirely|mostly|proudly) )?(?:reader|member|listener)[- ]"
        r"(?:funded|supported|powered)\b|\bchip in what you can\b"
        # "Harbour Lamp is funded by readers, not advertisers. Support our reporting today."
        r"|(?:^|[.!?]\s+)(?-i:[A-Z])[^.!?]{0,40}? (?:is|are) (?:(?:entirely|mostly|proudly|wholly)"
        r" )?(?:funded|supported|paid for|powered) by (?:its |our )?(?:readers|listeners|viewers)\b"
        r"|(?:^|[.!?]\s+)support our (?:investigations|reporting|work|newsroom) (?:today|now)\W*$"
        r"|\bbecome an? (?:member|subscriber|supporter|patron) (?:today|now)\b"
        # "Support reporting like this. Become a member of the Harbour Lamp today."
        r"|(?:^|[.!?]\s+)become an? (?:member|subscriber|supporter|patron) of [^.!?]{1,40}?"
        r" (?:today|now)\W*$"
        r"|\bplease consider (?:supporting|subscribing|donating|becoming)\b.{0,40}"
        r"\b(?:journalism|reporting|analysis|newsroom|work|us|member|subscriber)\b"
        r"|\b(?:this|the) (?:story|article|analysis|piece|coverage) is (?:free|open|unlocked) "
        r"(?:to read|to all|for all|for everyone|for everybody|to everyone)\b"
        r"|^(?:members|subscribers)[’']? (?:edition|exclusive)\s*:"
        r"|\b(?:log|sign) ?in to unlock\b|\b(?:members|subscribers)\s*:\s*(?:log|sign) ?in\b"
        # "The Harbour Lamp exists only thanks to donations. Give 5 euros a month → Support us"
        r"|\b(?:lives?|exists?|survives?|runs?|depends?|relies?) "
        r"(?:only |entirely |solely |wholly )?(?:from|on|off|thanks to) "
        r"(?:(?:reader|readers['’]|your) )?donations\b.{0,120}"
        r"\b(?:help us|support us|donate)\b"
        r"|[→»]\s*(?:donate|support us|give now)\W*$",
        strong=True,
    ),
    _rule(
        "paywall",
        r"\balready (?:a )?(?:[\w-]+ )?(?:subscribed|subscriber|member|holder|registered|have an "
        r"account)\?\s*(?:log ?in|sign ?in)\b|^(?:get|unlock|enjoy) (?:full|unlimited|complete) "
        r"access\b",
        strong=True,
    ),
    _rule("paywall", r"^choose (?:your|a) (?:plan|subscription|offer)\b"),
    # "That was your last free story for November.", "Members sign in here"
    _rule(
        "paywall",
        r"\b(?:your|the) (?:last|final) (?:free|complimentary) (?:article|story|read)\b"
        r"|\b(?:this|your) is your (?:last|final) (?:free |complimentary )?"
        r"(?:article|story|read)\b",
        strong=True,
    ),
    # "Unlock this story for 99p", "Join now for just A$1 a week", "first month free"
    _rule(
        "paywall",
        r"^unlock (?:this|the|full|unlimited|all|every)\b.{0,60}\b(?:story|article|access|"
        r"journalism|content|stories)\b"
        r"|\b(?:just|only)\s+(?:[A-Z]{1,2})?[$€£¥₹]\s?\d[\d.,]*\s*(?:/|per|a|an)\s*"
        r"(?:week|month|year|day)\b"
        r"|\bfirst (?:month|\d+ (?:weeks|months)) (?:free|for (?:just |only )?[$€£¥₹])"
        r"|^to (?:read|access|continue|view|see) (?:the full|this|the rest|more)\b.{0,60}"
        r"\b(?:subscri|sign in|log in|register|member)"
        r"|\b(?:is|are) (?:exclusive|available only|only available) to (?:our )?"
        r"(?:premium |paying )?(?:members|subscribers)\b"
        r"|^exclusive to (?:our )?(?:premium |paying )?(?:members|subscribers)\b"
        r"|\bad-(?:light|lite)\b",
        strong=True,
    ),
    _rule(
        "paywall",
        r"\bfor the price of\b|\bbilled (?:annually|monthly|yearly|every)\b|^best value\b"
        r"|^(?:introductory|special|exclusive|limited[- ]time|subscriber|trial) offer\b",
    ),
    _rule("paywall", r"^(?:members?|subscribers?) (?:can )?(?:sign|log) ?in\b"),
    _rule(
        "paywall",
        r"\b(?:log|sign) ?in\b.{0,30}\b(?:to (?:continue|read|keep reading)|"
        r"to access)\b|^(?:log ?in|sign ?in|register|sign up)$",
    ),
    _rule("paywall", r"\bto (?:continue|keep) reading\b", strong=True),
    # a plan pitch: "Choose your plan and read on without limits."
    _rule(
        "paywall",
        r"\b(?:keep|continue|go on|read on)(?: reading)? without (?:any )?limits?\W*$",
        strong=True,
    ),
    # "Carry on reading with a Harbour Pass.": the way past the meter, a plan's name after it
    _rule(
        "paywall",
        r"^(?:carry on|continue|keep(?: on)?) reading (?:with|for (?:just|only))\b[^.!?]{0,40}"
        r"[.!]?$",
        strong=True,
    ),
    _rule("paywall", r"\b(?:renews? automatically|auto-?renews?|cancel (?:at )?any ?time)\b"),
    # a price plan's small print: "Subscription auto-renews. Taxes extra as applicable."
    _rule(
        "paywall",
        r"^(?:your\s+)?(?:subscriptions?|plans?|memberships?)\s+(?:auto-?renews?|renews?\s+"
        r"automatically)\b"
        # "Your plan renews itself until you cancel it."
        r"|\b(?:subscriptions?|plans?|memberships?) renews? (?:itself )?(?:automatically )?"
        r"until (?:you )?cancel\b|\b(?:GST|VAT|taxes)\s+(?:extra|additional)\s+as\s+applicable\b"
        # "Cancel at any time. Prices include VAT."
        r"|(?:^|[.!?]\s+)(?:all )?prices (?:include|exclude|incl\.|excl\.) (?:VAT|GST|"
        r"(?:sales )?tax(?:es)?)\W*$"
        # "Prices include GST. Pause or end your plan in your settings."
        r"|^(?:all )?prices (?:include|exclude|incl\.|excl\.) (?:VAT|GST|(?:sales )?tax(?:es)?)"
        r"[.!]\s+(?:you can )?(?:switch|stop|cancel|change|pause|end|upgrade|manage)\b[^.!?]{0,40}"
        r"\b(?:plan|pass|subscription|membership)\b[^.!?]{0,40}[.!]?$",
        strong=True,
    ),
    _rule("paywall", r"\b(?:digital|premium) (?:subscription|access|plans?|membership)\b"),
    _rule("paywall", r"\bpremium (?:stories|articles|content)\b"),
    _rule(
        "paywall",
        r"^(?:subscribe|become a (?:member|subscriber)|support our journalism)\b",
        strong=True,
    ),
    _rule("paywall", r"\bsupport (?:local|independent|quality|our) journalism\b", strong=True),
    # a membership pitch with its price: "Join now and read without limits.", "Sign up as a
    # subscriber and read on with no cap.", "Good reporting is not free. Become a supporter of
    # the Harbour Lamp from 3 euros a week."
    _rule(
        "paywall",
        r"^(?:join|subscribe|sign up|register)(?: as an? (?:member|subscriber|supporter))?"
        r"(?: (?:today|now|here))?,? (?:and|to) (?:read|enjoy|get|access)\b[^.!?]{0,40}"
        r"\b(?:without (?:any )?(?:limits?|caps?)|unlimited|no (?:limits?|caps?))\W*$"
        r"|^(?:independent |good |quality |local )?(?:journalism|reporting) (?:costs|takes|needs"
        r"|is not|isn['’]t) (?:money|free|resources)\b"
        r"|(?:^|[.!?]\s+)(?:become an? (?:member|subscriber|supporter|patron|donor) (?:of|at)|join)"
        r" (?:the |our )?(?-i:[A-Z])[^.!?]{0,40}\bfrom\b(?:[^.!?]|(?<=\d)[.,](?=\d)){0,30}"
        r"\b(?:(?:a|per|each|every) "
        r"(?:month|week|year)|monthly|weekly|yearly)\b",
        strong=True,
    ),
    _rule(
        "paywall",
        r"\bthis (?:article|story|content) is (?:for|available to|reserved for) "
        r"(?:subscribers|members)\b",
        strong=True,
    ),
    # newsletters
    # "Receive the Harbour Evening Digest: five stories, sent at 6 p.m.", and the consent line
    # after it: "By signing up, you consent to receive emails from the Harbour Lamp."
    _rule(
        "newsletter",
        r"^(?:get|sign up for|subscribe to|receive)\s+(?:\S+\s+){0,4}(?:brief(?:ing)?|digest"
        r"|bulletin|newsletter|round-?up)\s*[:—–-]\s+[^!?]{0,80}?\b(?:delivered|e-?mailed|sent"
        r"|in your inbox)\b"
        r"|[.!?]\s+by signing up,? you (?:agree|accept|consent)\b",
        strong=True,
    ),
    _rule("newsletter", r"\b(?:sign up|subscribe|register)\b.{0,50}\bnewsletters?\b"),
    _rule("newsletter", r"^(?:sign up|subscribe|register)\b.{0,50}\bnewsletters?\b", strong=True),
    _rule(
        "newsletter",
        r"\bnewsletters?\b.{0,80}\b(?:inbox|sign up|subscribe|delivered)\b",
        strong=True,
    ),
    _rule("newsletter", r"\bdelivered (?:straight |directly )?to your inbox\b", strong=True),
    _rule(
        "newsletter",
        r"\b(?:appeared|originally appeared|first appeared) in (?:the|our) "
        r"[\w’' -]{0,40}newsletter\b",
        strong=True,
    ),
    _rule("newsletter", r"^(?:curated )?newsletters?$|^get (?:our|the) .{0,40} newsletter\b"),
    # a newsletter box's heading and tagline: "Join Our Newsletter", "Original reporting.
    # Fearless journalism. Delivered to you." (clipped phrases, none a sentence of the report)
    _rule(
        "newsletter",
        r"^(?:join|get|try|browse|see) (?:our|the|all(?: our)?) (?:free )?(?:[\w'’-]+ ){0,2}"
        r"newsletters?\W*$"
        r"|^(?:[\w'’-]+(?: [\w'’-]+){0,2}[.!] +){1,3}delivered(?: free| daily| weekly)? to "
        r"(?:you|your (?:inbox|door))[.!]?$",
        strong=True,
    ),
    # promotions, ads, apps
    _rule(
        "promo",
        r"^(?:[^\w\s]+\s*)?(?:advertisement|advertising|sponsored(?: content)?|ad|promoted|"
        r"paid (?:post|content)|story continues below(?: advertisement)?|"
        r"article continues below(?: advertisement)?|scroll to continue(?: with content)?|"
        r"story continues below(?: \w+)?|publicidade|publicidad|publicité|pubblicità|anzeige|"
        r"werbung|реклама|reklama|広告|广告|광고)"
        r"\W*$",
    ),
    _rule(
        "promo",
        r"(?:^|[.!?]\s+)(?:please\s+)?(?:click|tap) here\b"
        r"|\bby (?:clicking|tapping) here\b",
        strong=True,
    ),
    _rule("promo", r"^continue reading (?:below|after|the main story)\b"),
    _rule("promo", r"\b(?:download|get) (?:our|the) (?:free )?app\b"),
    # "Get the Harbour Times app for breaking news.": an imperative at the start of the line
    _rule(
        "promo",
        r"^(?:download|get|install) (?:our|the) (?:free |new )?(?:[\w'’-]+ ){0,4}app\b",
        strong=True,
    ),
    _rule("promo", r"\bad-?free\b|\bno advertisements\b"),
    _rule("promo", r"\b(?:listen to|watch) (?:this|the) (?:article|story|podcast|video)\b.{0,30}$"),
    _rule("promo", r"^\W*(?:watch|listen|video|audio|podcast|gallery|photos?)\s*[:|]\s*.{0,80}$"),
    # a video's caption under its player: "WATCH | Crowds gather outside the court:"
    _rule("promo", r"^\W*(?:watch|video)\s*\|\s*[^.!?|]{5,120}:$", strong=True),
    _rule(
        "promo",
        r"\b(?:tip|send us a tip|have a (?:news )?tip)\b.{0,60}\b(?:contact|email|"
        r"reach|send)\b",
    ),
    # social sharing and following
    _rule(
        "social",
        r"^(?:share|share this(?: article| story| page)?|share on \w+|tweet|short ?(?:link|url)|"
        r"pin it|copy link|copy article link|link copied|email this(?: article)?|print"
        r"(?: this)?(?: article)?|save(?: article| for later)?|comments?|\d+ comments?|"
        r"facebook|twitter|x|whatsapp|linkedin|reddit|telegram|email|messenger|bookmark|"
        r"comentários|comentarios|commentaires|kommentare|комментарии)"
        r"\W*$",
    ),
    # "Share this story: Facebook Twitter WhatsApp", "Share: X | Email"
    _rule(
        "social",
        r"^share(?: this| the)?(?: article| story| page| post| investigation| report| video"
        r"| feature| piece| analysis)?\s*[:\-–]?\s*"
        r"(?:(?:facebook|twitter|x|whatsapp|linkedin|email|e-mail|reddit|telegram|messenger|"
        r"bluesky|threads|instagram|copy (?:the |article )?(?:link|url)|print)\W*)+$",
        strong=True,
    ),
    _rule(
        "promo",
        r"\bdownload (?:our|the) (?:free |new )?(?:[\w'’-]+ )?app\b.{0,40}"
        r"\b(?:ios|iphone|android|app store|google play)\b",
        strong=True,
    ),
    _rule(
        "social",
        r"\bfollow (?:us|me|\w+) on (?:facebook|twitter|x|instagram|tiktok|"
        r"linkedin|threads|bluesky|telegram|whatsapp|google news|youtube)\b",
    ),
    _rule("social", r"\b(?:share|like) (?:this|us) on (?:facebook|twitter|x|whatsapp|linkedin)\b"),
    _rule("social", r"^(?:join|follow) (?:us|our) (?:on|channel)\b"),
    # "Follow Jane Doe on X": whom to follow is a name, a handle or a pronoun, not a lower-case
    # phrase ("Follow these steps shared on X to ..." is the report speaking)
    _rule(
        "social",
        r"^follow\s+(?!(?!(?:us|me|him|her|them|our|my|the)\b)(?-i:[a-z]))"
        r".{0,50}\bon (?:facebook|twitter|x|instagram|tiktok|linkedin|threads|"
        r"bluesky|telegram|whatsapp|google news|youtube)\b",
        strong=True,
    ),
    # comment policies
    _rule("comment-policy", r"\bcomment(?:ing)? (?:policy|guidelines|section)\b", strong=True),
    _rule("comment-policy", r"\bbefore (?:commenting|posting a comment)\b", strong=True),
    _rule(
        "comment-policy",
        r"\bwe welcome (?:your )?comments\b|\b(?:abusive|offensive|off-topic|"
        r"defamatory) (?:comments|posts)\b.{0,40}\b(?:removed|deleted|moderated)\b",
        strong=True,
    ),
    _rule(
        "comment-policy",
        r"\bcomments? (?:are|have been|will be) (?:closed|moderated|disabled|"
        r"turned off|reviewed)\b"
        # "Have your say: comments close after 48 hours", "every post is read by a moderator"
        r"|^have your say\s*[:|-]\s*.{0,20}\bcomments?\b"
        r"|\b(?:posts?|comments?)\b.{0,20}\b(?:read|checked|reviewed|approved) by (?:an? |our )?"
        r"moderators?\b",
        strong=True,
    ),
    # "Reader comments appear only once an editor has checked them"
    _rule(
        "comment-policy",
        r"^(?:(?:reader|user|your|all) )?comments? (?:appear|are (?:published|shown|posted)"
        r"|will (?:appear|be (?:published|shown|posted)))\b.{0,30}\b(?:after|once|when|until)\b"
        r".{0,40}\b(?:moderat\w+|approv\w+|review\w+|check\w+)\b",
        strong=True,
    ),
    _rule(
        "comment-policy",
        r"^(?!.*\b(?:said|says|according)\b)(?:posts?|comments?)\b.{0,80}"
        r"\b(?:will|may) be (?:removed|deleted|moderated)\b",
        strong=True,
    ),
    _rule(
        "comment-policy",
        r"\b(?:community (?:guidelines|standards)|join the conversation|"
        r"leave a comment|post a comment|show comments|view comments|"
        r"reply to this (?:article|story|post))\b|\(\d+ (?:replies|comments)\)",
    ),
    # contact lines of reporters and the newsroom
    _rule("contact", rf"{_EMAIL}", strong=True),
    _rule(
        "contact", r"\b(?:can|may) be (?:reached|contacted|emailed) (?:at|on|via|by)\b", strong=True
    ),
    # the heading of an author box: "About the author", "About Jane Doe"
    _rule(
        "contact",
        r"^(?:about|über|sobre|à propos de)\s+(?:the\s+authors?|l[’']auteur|"
        r"(?-i:[A-Z][\w.'’-]+)(?:\s+(?-i:[A-Z][\w.'’-]+)){1,2})\W*$",
    ),
    _rule(
        "contact",
        r"^(?:contact|email|e-mail|write to|reach) (?:us|the (?:author|reporter|"
        r"writer)s?|the newsroom)\b",
    ),
    # navigation and related links
    _rule(
        "navigation",
        r"^(?:read more|read (?:also|too)|also read|read next|more from|related|"
        r"related (?:articles?|stories|coverage|content|topics)|see also|recommended|"
        r"suggested (?:topics|tags|reading|stories|articles)|"
        r"trending(?: now)?|most (?:read|popular|viewed)|popular now|latest (?:news|stories)|"
        r"top stories|next (?:article|story)|previous (?:article|story)|up next|"
        r"don[’']t miss|in (?:other|related) news|must read|what to read next|"
        r"you (?:may|might) (?:also )?(?:like|be interested in)|more on this(?: story| topic)?"
        r"|back to top|(?:skip|jump|go) to (?:the )?(?:main )?(?:content|story|article)|home|menu"
        r"|search|topics?|tags?|keywords?|sections?|filed under)"
        r"\b\s*[:|»>›-]?.{0,150}$",
    ),
    _rule("navigation", r"^(?:home|news|world|politics|business)\s*[>»›/|]\s*\w"),
    # the label a news site prints over the text under its headline ("Story content")
    _rule("other", r"^(?:article|story) (?:content|body|text)$", strong=True),
    # a broadcaster's live-stream button: "Watch Live", "Watch live: Evening News at 6"
    _rule("promo", r"^(?:watch|listen|stream)\s+live\b(?:\s*[:|-]\s*[^.!?]{0,60})?$"),
    # "Tune in to Harbour Radio live on 96.1 or on our app"
    _rule(
        "promo",
        r"^(?:listen|tune in|watch)(?: to)? [^.!?]{1,40}\blive\b[^.!?]{0,60}"
        r"\b(?:on \d{2,3}(?:[.,]\d)?\b|stream|app)\b",
    ),
    # the same button led by the label: "LIVE | Listen to Harbour FM now"
    _rule(
        "promo",
        r"^live\s*[|:–—-]\s*(?:watch|listen(?: to)?|stream)\b[^.!?]{0,50}\bnow\W*$",
        strong=True,
    ),
    _rule("navigation", EDITION.pattern),
    # a lite page's banner: "Data saver is ON: images are hidden. Turn off data saver"
    _rule(
        "navigation",
        r"^data[- ]saver (?:mode )?(?:is )?(?:on|off|enabled|disabled|active)\b"
        r"|\bturn (?:on|off) data[- ]saver\W*$",
    ),
    # a teaser under its label, even one that reads as a question: "Related: Why the dockers
    # strike", "More from Harbour Now: Who is Jane Doe?"
    _rule(
        "navigation",
        r"^(?:related(?: (?:stories|articles?|coverage|content|reading))?|more"
        r"|more (?:from|on|about) "
        r"(?-i:[A-Z])[^:.!?]{0,40})\s*:\s*\S[^.!]{0,150}$",
        strong=True,
    ),
    _rule("navigation", r"^(?:\w+\s*[|•·]\s*){3,}\w+$"),
    # an app's tab bar, its entries of a few words: "For You · Saved · Top Stories · Local"
    _rule(
        "navigation",
        r"^(?:[^\W\d][\w'’&-]*(?: [\w'’&-]+){0,2}\s[•·]\s){3,}"
        r"[^\W\d][\w'’&-]*(?: [\w'’&-]+){0,2}$",
    ),
    # a menu copied without its separators, its entries two spaces apart: "Culture  Ideas
    # Travel  My Account" (three or more single capitalised words, no figures)
    _rule("navigation", MENU_SPACED.pattern),
    _rule("navigation", r"^[^|]{2,60}\s\|\s[^|]{2,100}$"),  # a masthead: "Site | Tagline"
    # legal, copyright and disclaimers
    _rule("legal", r"^disclaimer\b", strong=True),
    _rule(
        "legal",
        r"\bviews expressed\b.{0,80}\b(?:not (?:necessarily )?(?:those|the views|"
        r"reflect)|(?:author|writer)[’']?s? own)\b",
        strong=True,
    ),
    _rule(
        "legal",
        r"^(?:our\s+(?:editorial\s+|journalistic\s+)?|editorial\s+|journalistic\s+)"
        r"(?:standards|principles|code of (?:practice|conduct|ethics))\s*:|\btrust principles\b",
        strong=True,
    ),
    _rule(
        "legal",
        r"\b(?:republished|reprinted|syndicated|reproduced)\b.{0,60}\b(?:under|with|"
        r"through) (?:a |an )?(?:syndication|licen[cs]e|permission|partnership|agreement)",
        strong=True,
    ),
    _rule(
        "legal",
        r"^this (?:story|article|report) (?:was )?(?:originally |first )?"
        r"(?:published|appeared) (?:in|on|by)\b"
        # a wire's credit: "This report by The Kestrel Press was first published May 1, 2031."
        r"|^this (?:story|article|report) by (?-i:[A-Z])[^.]{1,60}? was (?:originally |first )?"
        rf"published (?:on )?{_DATE}\.?$",
        strong=True,
    ),
    _rule(
        "legal",
        r"\b(?:reproduction|redistribution|republication|rebroadcast)(?: (?:or|and) \w+)?"
        r"(?: of (?:this|these|the|"
        r"our|all|any) (?:\w+ )?(?:content|materials?|articles?|texts?|stories|story|pages?"
        r"|publications?|photos?|images?|news))?(?:,? (?:even (?:partial|in part)|(?:total|whole"
        r"|in whole) (?:or|and) (?:partial|in part)),?)?(?: (?:is|are))?"
        r" (?:strictly )?(?:prohibited"
        r"|forbidden|not permitted)\b",
        strong=True,
    ),
    _rule(
        "legal",
        r"©\s*\S|\(c\)\s*(?:\d{4}|(?-i:[A-Z]))|^copyright\b(?=\s*(?:©|\(c\)|\d|\W*$|(?-i:[A-Z])))"
        r"|\bcopyright (?:©\s*)?\d{4}\b",
        strong=True,
    ),
    # not the phrase quoted ('copyright ("all rights reserved")') or in a sentence ("all rights
    # reserved by the contract pass to ...")
    _rule(
        "legal",
        r"(?<![(“\"„‘'])\ball rights reserved\b(?!\s+(?!worldwide\b)(?-i:[a-z]))",
        strong=True,
    ),
    _rule(
        "legal",
        r"^all (?:content|material|text|articles)\b.{0,20}\bcopyright\b"
        r"|\b(?:this|the) (?:article|story|content|information|column|material|page)\b.{0,60}"
        r"\b(?:for (?:general )?information(?:al)? (?:purposes )?only|general information only|"
        r"not (?:constitute )?(?:financial|investment|legal|medical) advice)\b"
        r"|\b(?:views|opinions)(?: expressed)? in this (?:column|article|piece|op-ed|story|blog)"
        r"\b.{0,60}\b(?:own|not necessarily)\b"
        r"|\b(?:published|generated) from an? (?:syndicated |wire |news )?(?:agency |wire )?feed\b"
        r"|\bwithout modifications? to the text\b",
        strong=True,
    ),
    _rule(
        "legal",
        r"\bmay not be (?:published|reproduced|broadcast|rewritten|redistributed)\b",
        strong=True,
    ),
    _rule(
        "legal",
        r"\b(?:has|have) not been edited by\b.{0,60}\b(?:staff|desk|team)\b|"
        # "... and was not edited by Harbour Daily journalists."
        r"\b(?:was|were) not edited by\b[^.!?]{0,60}\b(?:staff|desk|team|journalists|editors"
        r"|newsroom)\W*$|"
        r"\b(?:auto-?generated|published) from a syndicated feed\b"
        # "Wire story: carried unaltered from a syndicated service, not written or edited by ..."
        r"|\b(?:comes?|came|carried|taken|run) (?:unedited|unaltered|verbatim|as received) "
        r"from an? (?:syndicated|wire|news agency|agency) (?:feed|service)\b"
        r"|\b(?:neither|not) (?:written|edited) (?:nor|or) (?:written|edited) by\b",
        strong=True,
    ),
    _rule("legal", r"\bno [\w ]{0,40}journalists? (?:was|were) involved\b", strong=True),
    # a reuse ban without a holder: "Copying or reposting without prior written permission
    # is prohibited."
    _rule(
        "legal",
        r"^(?:any )?(?:copying|reproduction|republishing|reposting|redistribution)\b[^.!?]{0,40}"
        r"\bwithout (?:the )?(?:prior |express )?(?:written )?(?:consent|permission"
        r"|authori[sz]ation)\b[^.!?]{0,40}\b(?:is|are) (?:strictly )?(?:prohibited|forbidden"
        r"|not (?:permitted|allowed))\W*$",
        strong=True,
    ),
    # a machine translation's label: "This story was machine-translated from Czech and checked
    # by our desk."
    _rule(
        "legal",
        r"^(?:this |the )?(?:text|article|story|report|page|content) (?:has been |was |is )?"
        r"(?:(?:automatically|machine[- ]) ?translated|translated (?:automatically|by (?:machine"
        r"|an? AI|software)))\b[^.!?]{0,80}\W*$",
        strong=True,
    ),
    # a link to the story in the language it was written in: "See the original in Greek: ..."
    _rule(
        "navigation",
        r"^(?:read|see|view) (?:the |this )?(?:original|(?:story|article|report) in the original)"
        r"(?: (?:version|story|article))? in (?-i:[A-Z])\w+\s*:",
        strong=True,
    ),
    # an aggregator's syndication notice: "Portal shows agency stories automatically. Views in
    # them are the agency's own."
    _rule(
        "legal",
        r"\b(?:shows|displays|carries|publishes|runs)\s+(?:news\s+)?(?:agency|wire|syndicated|"
        r"partner)\s+(?:stories|content|reports|articles|news)\s+(?:automatically|unedited|as "
        r"(?:received|supplied))\b|\b(?:views|opinions)\s+(?:expressed\s+)?(?:in\s+them|therein)"
        r"\s+are\s+(?:the|their)\b.{0,40}\bown\b"
        # a paper's own: "Syndicated content: published as received from Harbour Wire."
        r"|\b(?:published|carried|run)\s+(?:unedited|as\s+(?:received|supplied))\s+from\b",
        strong=True,
    ),
    _rule(
        "legal",
        r"^(?:terms (?:of (?:use|service))?|privacy (?:policy|notice|statement|settings)|"
        r"cookie (?:policy|settings|preferences|notice)|(?:manage|update) (?:your )?"
        r"(?:cookie|privacy|consent) (?:preferences|settings|choices)|accept (?:all )?cookies)\b",
    ),
    _rule(
        "legal",
        r"\bwe use cookies\b|\bby (?:continuing|using this site)\b.{0,40}\b(?:agree|"
        r"accept|consent)\b"
        # a banner's buttons: "Cookies help us ... Manage choices | Accept all"
        r"|^cookies\b.{0,160}\b(?:accept all|reject all|manage (?:choices|preferences|settings))"
        r"\W*$",
        strong=True,
    ),
    # photo captions and credits
    Rule("other", PHOTO_CREDIT, strong=True),
    # a caption ending on its credit: "Crews at the quay on Monday. Photo: Jane Doe / Harbour
    # Times", "... on Monday. PHOTO | FILE"
    _rule(
        "other",
        r"[.!?]\s+(?:photo|photograph|picture|image|foto|file photo)s?\s*(?:credit\s*)?[:|/]"
        r"\s*[^.!?:]{2,60}$",
    ),
    _rule("other", r"\((?:AP|AFP|Reuters|EPA|Getty|[A-Z]\w+)\s+(?:Photo|Images?)\b[^)]*\)\s*$"),
    _rule("other", r"^(?:getty images|ap photo|afp photo|reuters photo|shutterstock)\b"),
    _rule(
        "other",
        r"^\(?\s*(?:additional\s+)?(?:reporting|writing|editing|compiled|edited)\s+by\s+"
        r"(?-i:[A-Z])",  # a name: "Reporting by the radio station revealed ..." is the report
        strong=True,
    ),
    # a picture's caption closing on its credit in brackets, outlet or agency then
    # photographer: "... at the quay at dawn. (Harbour Times: Jane Doe)" (not "(Source: ...)")
    _rule(
        "other",
        r"\((?!(?:sources?|notes?|see|read|update[sd]?|correction|data|via|file|edit(?:ed|or))\b)"
        r"(?-i:[A-Z])[\w&.'’-]*(?:\s+(?-i:[A-Z])[\w&.'’-]*){0,3}:\s*"
        r"(?-i:[A-Z])[\w.'’-]+(?:\s+(?-i:[A-Z])[\w.'’-]+){1,3}\)$",
        strong=True,
    ),
    # a site's acknowledgement of the land's first peoples: "We acknowledge the Traditional
    # Custodians of the lands where we work"
    _rule(
        "legal",
        r"\b(?:acknowledges?|pays? (?:our |its )?respects? to|recognises?|recognizes?) (?:the )?"
        r"traditional (?:owners|custodians)\b.{0,60}\b(?:lands?|country|waters?)\b.{0,20}"
        r"\b(?:on|in|across|throughout|where|upon) (?:which )?(?:we|our)\b",
        strong=True,
    ),
    # a newsletter's edition reposted: "This piece first went out in Morning Notes, our
    # daily e-mail"
    _rule(
        "newsletter",
        r"^this (?:report|story|article|piece|item|column|analysis) (?:was |first )*(?:sent"
        r"(?: out)?|published|appeared|went out|ran) (?:first )?in\b.{0,120}"
        r"\b(?:newsletters?|briefings?|bulletins?|digests?|e-?mails?)\b",
        strong=True,
    ),
    # a wire photo's caption with its sales note: "... at the port. (PHOTO NOT FOR SALE) (Agency)"
    _rule(
        "other",
        r"\((?:photos?|images?|pictures?)\s+not\s+for\s+(?:sale|resale|publication)\)",
        strong=True,
    ),
    # a pager between a story's pages: "1 2 Next page »", "« Previous page", "Page 2 of 3"
    _rule(
        "navigation",
        r"^(?:[«‹<]\s*)?(?:\d{1,3}\s+){0,12}(?:next|previous|prev)(?:\s+page)?\s*[»›>]*$"
        r"|^(?:[«‹<]\s*)?(?:first|last)\s+page\s*[»›>]*$"
        r"|^(?:[«‹<]\s*)?(?:\d{1,3}\s+){1,12}[»›>]+$"
        r"|^page\s+\d{1,3}(?:\s+of\s+\d{1,3})?$",
        strong=True,
    ),
    # captions and credits: "(Image: Agency)", "Credit...Name", "Image 2 of 5", "Name/Agency"
    _rule(
        "other",
        r"\((?:image|photo|picture|pic|credit|foto|photograph)s?\s*(?:credit)?"
        r"\s*:[^()]{1,80}\)\s*$",
        strong=True,
    ),
    _rule(
        "other",
        r"^(?:image|media|photo) (?:source|caption|credit)s?\s*[,:]"
        r"|^(?:image|media|photo|picture) (?:copyright|caption)\b"
        r"|^credit\s*(?:\.{2,}|…)",
    ),
    _rule("other", r"^(?:image|photo|picture|slide|video)?\s*\d+\s*(?:-\s*\d+\s*)?(?:of|/)\s*\d+$"),
    _rule(
        "other",
        r"[|/]\s*(?:Getty Images|AFP|Reuters|AP|EPA|Shutterstock|Xinhua)"
        r"(?: via Getty Images)?\s*$",
    ),
    _rule(
        "other",
        r"^(?:(?-i:[A-Z])[\w.'’-]+\s+){1,3}(?:(?-i:[A-Z])[\w.'’-]+)?\s*[/,]?\s*(?:AP|AFP|Reuters|EPA"
        r"|Getty(?: Images)?|Shutterstock|Associated Press|Xinhua)(?: Photos?| Images)?$"
        r"|\bvia (?:AP|Getty Images|Reuters|AFP)$|^(?:getty|submitted photo|file photo)$"
        r"|\bsubmitted photo$",
    ),
    _rule(
        "other",
        r"^(?:(?-i:[A-Z])[\w.'’-]+\s+){0,3}(?:staff|senior|contributing|chief|sports|political"
        r"|freelance)?\s*(?:writer|reporter|correspondent|contributor|columnist)$",
    ),
    _rule("other", r"^by$"),
    _rule(
        "other",
        r",\s(?:left|right|center|centre|from left|second from (?:left|right))\s?,"
        r"(?!\s*(?:and\s+)?(?:right|left|centre|center)\b)"
        r"|^(?:file photo|in this (?:[\w.,]+ ){0,5}file (?:photo|image))\b"
        r"|\bthis [\w.]+ \d{1,2}, \d{4},? file (?:photo|image)\b|, file (?:photo|image),"
        r"|^above:\s|^(?:photo|photograph|photo illustration|"
        r"illustration|image|graphic) (?:by|courtesy of)\s+(?-i:[A-Z])",
        strong=True,
    ),
    # "Jane Doe contributed reporting from Tunis.": a helper's credit, not the author's byline
    _rule(
        "other",
        r"\bcontributed to this (?:report|story|article)\b"
        r"|^(?-i:[A-Z])[\w.'’-]+(?:\s+(?-i:[A-Z])[\w.'’-]+){1,3}(?:\s*(?:,|and)\s*"
        r"(?-i:[A-Z])[\w.'’-]+(?:\s+(?-i:[A-Z])[\w.'’-]+){1,3})*\s+contributed\s+"
        r"(?:additional\s+)?reporting\b[^.!?]{0,60}\.?$",
        strong=True,
    ),
    _rule(
        "other",
        r"^\((?:photo|image|picture|pic|video)s?\s*(?:by|credit|courtesy)\b[^()]{1,80}\)$"
        r"|^(?:representational|representative|file|stock|archive|illustration|illustrative) "
        r"(?:image|photo|picture|pic)\W*$"
        r"|^\(?(?:supplied|handout|file|submitted|pool)\)?$"
        r"|^(?:photo|photograph|image|picture|video|footage)s? (?:courtesy|credit)\b"
        r"|^(?-i:[A-Z]{2,6}) (?:photo|pic|image)s?\W*$",
        strong=True,
    ),
    # a wire agency's sign-off on a line of its own: "(MNA)", "(AP)"
    _rule("other", r"^\((?-i:[A-Z][A-Za-z]{1,6}(?:[ /-][A-Z][A-Za-z]{1,6})?)\)$", strong=True),
    _rule("other", r"\bloading\.\.\.$|^an error has occurred\b", strong=True),
    # reader prompts that never belong to the report, wherever they stand
    _rule("social", r"^(?:like|enjoy(?:ed)?|love) this (?:story|article|post)\?", strong=True),
    _rule(
        "legal",
        r"\b(?:opinions|views) expressed\b.{0,60}\b(?:their|his|her|my|the (?:author|writer)[’']s) "
        r"own\b"
        r"|^by (?:signing up|clicking|subscribing|registering)\b.{0,60}\byou (?:agree|accept|"
        r"consent)\b",
        strong=True,
    ),
    _rule(
        "newsletter",
        r"\b(?:sign up|subscribe|register)\b(?: now| today| here)? (?:to|for) "
        r"(?:our|my) (?:[\w'’-]+ ){0,4}(?:newsletters?|briefing|digest|alerts)\b",
        strong=True,
    ),
    _rule(
        "newsletter",
        r"\b(?:receive|get|delivered|straight|directly)\b.{0,50}\b(?:to|in|into) "
        r"your inbox\b"
        r"|\b(?:successfully|succesfully) subscribed\b",
        strong=True,
    ),
    _rule("paywall", r"^subscribe (?:to|for|now|today)\b", strong=True),
    _rule("paywall", r"^support (?:our|independent|quality|local) journalism\b"),
    _rule("promo", r"^stay (?:up to date|informed|in the know|connected)\b"),
    _rule(
        "comment-policy",
        r"\byou must (?:be )?(?:logged in|log in|sign in|be signed in) to "
        r"(?:post|leave|add) a comment\b|\bcommunity rules apply\b",
        strong=True,
    ),
    _rule("comment-policy", r"^(?:top rated|newest|oldest|all|show|view|hide|load) comments?\b"),
    _rule(
        "legal",
        r"\bwe (?:may )?(?:receive|earn|get) (?:a )?(?:small )?(?:commission|share of "
        r"(?:the )?(?:sales|revenue))\b",
        strong=True,
    ),
    _rule("legal", r"\baffiliate (?:links?|commission)\b"),
    _rule(
        "legal",
        r"\bcommission\b.{0,80}\b(?:if you (?:buy|purchase|click)|through (?:our|these"
        r"|the|recommended|affiliate) links|purchased through)\b|\b(?:if you (?:buy|purchase"
        r"|click)|through (?:our|these|recommended|affiliate) links)\b.{0,80}\bcommission\b",
        strong=True,
    ),
    _rule(
        "navigation",
        r"^[\[(»›>•*\s-]*(?:read (?:more|also|next|this next)|also read|"
        r"see (?:also|more)|more on this(?: story| topic)?|"
        r"you (?:may|might) (?:also )?(?:like|enjoy|be interested in))"
        r"\b\s*(?:[:|»>›.…-]|$)",
        strong=True,
    ),
    _rule("navigation", r"^[\[(]\s*related\b|\(\d+\)$"),
    _rule("navigation", r"\[(?:…|\.\.\.)\]\s*$", strong=True),  # a teaser cut off mid-sentence
    _rule(
        "navigation",
        r"^(?:close|learn more|back to (?:gallery|top|home)|view all(?: \(\d+\))?|"
        r"read later|see more|show more|load more|more|next|previous|next post|previous post|"
        r"view (?:pdf|print)\b.*|text size|settings|about us|contact us|ad choices|advert|"
        r"sponsored (?:links|by)|rss(?: feed)?|tip us|subscriptions|you are here\b.*|"
        r"more (?:from|on|in|about) .{1,40}|more .{1,30} (?:news|stories|videos|articles)|"
        r"(?:next|prev|previous)(?:\s+(?:next|prev|previous))+|"
        r"(?:see|view) (?:full |the )?gallery|.{1,80}\bsee full gallery)\W*$",
    ),
    _rule("navigation", r"^also on\b|^also in\b.{0,40}$"),
    _rule(
        "navigation",
        r"^(?:more (?:stories|articles|news|videos)(?: (?:by|from) .{1,40})?|next up|"
        r"(?:top|editor[’']?s[’']?|our) picks?(?: for you)?|editor[’']?s[’']? choice|"
        r"(?:what )?(?:others|people|readers) are (?:reading|watching)(?: now)?|"
        r"latest (?:headlines|updates|videos)|(?:go|back|return) to (?:the )?home ?page|"
        r"(?:recommended|picked|selected) for you)\W*$",
    ),
    # a sign-up box's small print: "Unsubscribe at any time", "We'll only use your email to
    # send you the briefing. Opt out at any time."
    _rule(
        "newsletter",
        r"\bunsubscribe at any time\b|^no spam[,.!]|(?:^|[.!]\s+)opt[- ]out (?:at )?any ?time\W*$"
        r"|^we(?:['’]ll| will) only use your e-?mail(?: address)? to\b",
        strong=True,
    ),
    _rule("paywall", r"\bsubscribe to (?:our|my)\b", strong=True),
    _rule(
        "legal",
        r"^this (?:document|article|material|content|work|page) is subject to "
        r"copyright\b",
        strong=True,
    ),
    _rule(
        "legal",
        r"^(?:request )?reprints?\b|\breprints? (?:&|and) (?:licensing|permissions)\b"
        r"|^submit (?:a )?correction\b|^(?:editorial|ethics) (?:guidelines|policy|standards)$",
    ),
    _rule("other", r"\b\d[\d,]*\s+votes?\)?$|^total vot(?:es|ers)\b"),
    _rule(
        "timestamp",
        r"^(?:word ?count|(?:estimated )?(?:reading|read) time|words|tempo de leitura|lesezeit|"
        r"temps de lecture|tiempo de lectura)\s*:?\s*\d",
    ),
    _rule(
        "newsletter",
        r"\b(?:e-?mail|message) with an activation link\b|\bactivation link "
        r"(?:has been|was) sent\b|\bconfirm your (?:subscription|e-?mail address)\b",
        strong=True,
    ),
    # the same kinds of line in other languages of the news
    _rule(
        "navigation",
        r"^(?:artigos relacionados|leia (?:também|mais)|lea (?:también|más)|"
        r"lire aussi|à lire aussi|voir aussi|weitere beiträge\b|ähnliche beiträge|mehr zum thema|"
        r"lesen sie auch|auch interessant|читайте также|материалы по теме|zobacz (?:też|także)|"
        r"czytaj (?:też|także|więcej)|leggi anche|vedi anche|zurück zur übersicht)\b.{0,150}$",
    ),
    _rule(
        "comment-policy",
        r"^(?:schreibe einen kommentar|kommentar (?:verfassen|schreiben)|"
        r"laisser un commentaire|deja un comentario|deixe (?:um|seu) comentário|"
        r"lascia un commento|dodaj komentarz|оставить комментарий)\b",
    ),
    _rule(
        "social",
        r"^(?:teilen|inhalt teilen|artikel teilen|teilen(?: sie dies)? mit|partager|"
        r"compartir|compartilhar|condividi|podziel się|udostępnij|поделиться)\W*$",
    ),
    # share and follow bars
    _rule("social", r"^share to \w"),
    _rule(
        "social",
        r"^(?:(?:share(?: on| via)?:?|facebook|twitter|x|reddit|google\+|linkedin|"
        r"whatsapp|e-?mail|pinterest|telegram|print|copy link|messenger|flipboard|tumblr|pocket)"
        r"\W*){2,}$",
    ),
    _rule(
        "social",
        r"^(?:pinterest|instagram|youtube|tumblr|flipboard|pocket|vkontakte|vk|"
        r"odnoklassniki|google\+|shares?|follow|sharing buttons|\w+ sharing buttons|"
        r"share this (?:entry|post|item)|print this (?:article|page|story))\W*$",
    ),
    _rule("social", r"^[\[(]?\s*\d+\s*[\])]?\s*(?:comments?|replies|shares)\s*[\])]?$"),
    _rule(
        "social",
        r"^click to (?:share|print|email|e-mail|tweet|copy)\b|"
        r"\bshare (?:it|this(?: article| story)?|your thoughts) with (?:your )?friends\b",
    ),
    # reader tools, account prompts, gift links and privacy banners
    _rule(
        "navigation",
        r"^(?:supported by|image|video|videos|podcasts?|listen|audio|font size|"
        r"jump to|table of contents|keep reading|continue reading|give this article|"
        r"gift this article|send any friend a story|thank you for reading|see more on|"
        r"list of \d+ items|list \d+ of \d+|end of list)\W*$|^see more on\s*:",
    ),
    # a bar of links: "Reprints | Today's Paper | Subscribe"
    _rule("navigation", r"^(?:[^|\n]{1,30}\s\|\s){2,}[^|\n]{1,30}$"),
    _rule(
        "paywall",
        r"\bgift (?:articles?|links?)\b|^already have an account\b|"
        r"^(?:create|register) (?:for )?(?:a |your )?free (?:account|profile)\b|"
        r"^register (?:for free |free )?to (?:continue|read)\b",
        strong=True,
    ),
    _rule(
        "paywall",
        r"^(?:get |save |take )?\d{1,2}\s?% off\b|^limited[- ]time offer\b|"
        r"^only [$€£¥₹]\s?\d[\d.,]* (?:for|a|per)\b",
    ),
    _rule("newsletter", r"^enter your e-?mail(?: address)?\W*$"),
    _rule(
        "legal",
        r"\b(?:your privacy choices|we value your privacy|recaptcha|"
        r"enable javascript)\b",
        strong=True,
    ),
    _rule("social", r"^join (?:us|our)\b.{0,30}\b(?:channel|group|community)\b"),
    _rule(
        "social",
        r"^follow\b.{1,40}\bfor more (?:stories|news|updates|coverage|videos)\b",
        strong=True,
    ),
    _rule(
        "legal",
        r"^a version of this (?:article|story|report|piece) (?:appears|appeared|ran|will appear)"
        r" in\b.{0,80}$",
        strong=True,
    ),
    _rule(
        "other",
        r"^source\s*:\s*.{0,60}\b(?:news )?(?:agencies|wires?)\W*$|"
        r"^[A-Z]{2,}(?: [A-Z]{2,})?/[A-Z][\w.'’-]+(?: [A-Z][\w.'’-]+){0,3}$",
    ),
    _rule("other", r"^edited by\s*:\s*(?-i:[A-Z])", strong=True),
    # "Learn more about Harbour Council": a name, in capitals even though rules ignore case
    _rule(
        "other",
        r"\bmore about (?-i:[A-Z])[\w'’-]+(?: (?-i:[A-Z])[\w'’-]+){0,3}\W*$",
        strong=True,
    ),
    # live-blog controls and kicker labels above a headline
    _rule(
        "navigation",
        r"^(?:pinned(?: post)?|key events|show key events only|"
        r"live(?: updates?| blog| coverage)?|refresh|hide|show (?:all|more|less)|"
        r"auto-?update (?:on|off)|exclusive|"
        r"breaking(?: news)?|explainer|analysis|opinion)\W*$",
    ),
    _rule(
        "paywall",
        r"^(?:for )?(?:subscribers?|members?|premium)(?: only| exclusive)\W*$",
        strong=True,
    ),
    _rule(
        "paywall",
        r"\b(?:journalism|reporting|work) (?:relies|depends) on (?:the )?support\b"
        r"|\b(?:support|help) (?:of|from) readers like you\b"
        # "The Gazette stays free thanks to readers like you. Back us from £3 a month."
        r"|\b(?:stays?|remains?|is) (?:free|open)(?: to (?:read|all|everyone))? (?:thanks to|"
        r"because of) (?:readers|supporters|members|people) like you\b"
        r"|(?:^|[.!?:]\s+)(?:support|back|fund) (?:the |our |us )?(?:\w+ ){0,3}(?:from|for) "
        r"(?:just |only )?"
        r"(?:[$€£¥₹]\s?\d|\d[\d.,]*\s*(?:[$€£¥₹]|euros?|dollars?|pounds?))"
        # an appeal ending on its button: "... keeps this work going → Become a supporter"
        r"|[→►▶»]\s*become an? (?:member|subscriber|supporter|patron|donor)\W*$",
        strong=True,
    ),
    # reader call-outs: "Tell us: how has the strike affected you?"
    _rule(
        "comment-policy",
        r"^(?:tell us|have your say|share your (?:story|experience|views))\b"
        r".{0,80}\?$|^want to comment\?",
        strong=True,
    ),
    _rule(
        "comment-policy",
        r"^(?:reader )?comments?\b.{0,40}\b(?:opinions|views) of (?:the )?"
        r"(?:readers|their authors|commenters)\b|\bcommunity rules\b|\bour community guidelines\b"
        # "Comments are checked before they go live."
        r"|^comments?\b.{0,40}\b(?:checked|moderated|reviewed|approved)\b.{0,20}\bbefore\b"
        # "We read every comment before it goes up.", "Please see our house rules."
        r"|^we (?:read|check|review|moderate|approve) (?:every|each|all) (?:reader )?comments?"
        r"\b.{0,20}\bbefore\b|(?:^|[.!?]\s+)(?:please )?(?:read|see|follow|respect|check) our"
        r" house rules\b",
        strong=True,
    ),
    _rule("promo", r"^catch (?:all )?the latest\b.{0,80}\bhere\W*$", strong=True),
    # an ad slot's label with its instruction: "Advertisement - scroll to continue"
    _rule(
        "promo",
        r"^(?:advertisement|advert|ad|sponsored|anzeige|publicit[ée])\s*[-–—:|·•]\s*"
        r"(?:scroll|continue|keep reading|story|article|content)\b.{0,40}$"
        r"|^scroll (?:down )?(?:to|for) (?:continue|more|the rest|keep reading)\b.{0,30}$",
        strong=True,
    ),
    # a labelled paid teaser: "Sponsored: The five funds ...", "Promoted | How to ..."
    _rule(
        "promo",
        r"^(?:sponsored(?: content| post| story| feature)?|advertorial|paid (?:post|content"
        r"|partnership)|partner content"
        r"|anzeige|publi-?reportage)\s*[:|·•]\s*\S",
        strong=True,
    ),
    # offers of a paid plan in a sentence: "Unlimited access for $1 a week. Cancel anytime."
    _rule(
        "paywall",
        r"(?:^|[.!]\s+)cancel (?:online )?(?:at )?any ?time\W*$"
        # "Unlock everything for less than a coffee a week.", "All prices include VAT."
        r"|\bfor (?:less than|the price of) a (?:cup of )?coffee\b"
        r"|^(?:all )?prices (?:include|exclude|incl\.?|excl\.?)\b.{0,20}\b(?:vat|taxe?s?|gst|iva"
        r"|tva|mwst|btw)\b"
        # a paywall's log-in and plan links: "Have an account? Log in", "Compare plans"
        r"|^(?:already )?(?:have an account|a (?:subscriber|member))\?\s*(?:log|sign) ?in\W*$"
        r"|^(?:compare|see|view|choose) (?:all )?(?:our )?(?:plans|subscriptions|packages)\W*$"
        r"|^(?:get|enjoy|unlock|try|gain) (?:\w+ )?(?:unlimited|full|complete|unrestricted"
        r"|all-access|premium) (?:digital |online |web |app )?access\b"
        r"|[$€£¥₹]\s?\d[\d.,]*\s*(?:/|per|a|an)\s*(?:week|month|year|mo|yr)\b.{0,40}"
        r"\b(?:for (?:the first )?\d+ (?:weeks|months)\W*(?:$|cancel)|renews\b"
        r"|cancel (?:at )?any ?time)",
        strong=True,
    ),
    # a promo for the outlet's own newsletter: "Sign up for Morning Brief, our free ..."
    _rule(
        "newsletter",
        r"\bour free (?:[\w'’-]+ ){0,3}(?:newsletters?|briefings?|digests?|bulletins?|e-?mails?"
        r"|round-?ups?)\b"
        r"|^(?:sign up|subscribe|register)\b.{0,60}\b(?:newsletters?|briefing|digest)\b.{0,60}"
        r"\b(?:delivered|every (?:morning|day|week|weekday|evening)|each (?:morning|day|week))\b"
        # a named newsletter and its day: "...: sign up for The Dispatch, sent every Monday."
        r"|(?:^|[:.!?]\s+)(?:sign up|subscribe) (?:for|to) (?-i:[A-Z])[^.!?]{0,50}\b"
        r"(?:sent|delivered|out|landing) (?:every|each) "
        rf"(?:morning|day|week|weekday|evening|{_DAY_NAME})\b",
        strong=True,
    ),
    # a text produced by translation software: "This article was machine-translated ...", "...
    # translated automatically. The original version in Spanish prevails."
    _rule(
        "legal",
        r"^this (?:article|story|report|text|piece|content|page|post|dispatch)\b.{0,40}"
        r"(?:\btranslat(?:ed|ion)\b.{0,60}\b(?:automated|automatic(?:ally)?|machine|software"
        r"|tools?|ai|artificial intelligence|editors?|reviewed|imprecisions?|inaccurac(?:y|ies)"
        r"|errors)\b"
        r"|\b(?:machine|automatically|ai)[- ]?translated\b)"
        # a bracketed label: "[Automatic translation] The text is created by a translation tool"
        r"|^\[(?:automatic|automated|machine|ai)[- ]translation\]"
        r"|\b(?:created|generated|produced) (?:by|with|using) (?:an? )?(?:automatic |machine |ai )?"
        r"translation (?:tool|software|engine)\b"
        r"|^(?:in case of (?:doubt|discrepancy|dispute),?\s+)?the original (?:version|text"
        r"|article)\b.{0,40}\b(?:prevails|shall prevail|is (?:authoritative|binding))\.?$",
        strong=True,
    ),
    # image viewer controls: "Click to enlarge", "Tap to expand image"
    _rule(
        "navigation",
        r"^(?:click|tap|hover|press)(?: here| on (?:the )?(?:image|photo|picture))? (?:to|for) "
        r"(?:enlarge|zoom|expand|view (?:larger|full|the full|gallery)|see (?:larger|full|more|"
        r"the full))\b.{0,30}$|^(?:enlarge|expand|zoom)(?: (?:image|photo|picture))?\W*$",
        strong=True,
    ),
    # comment sections: guidelines, call-outs to the comment box
    _rule(
        "comment-policy",
        r"^(?:please )?(?:read|review|see|check|follow|respect|view) (?:our|the site[’']s) "
        r"(?:community|commenting|comment|discussion|house) (?:guidelines|standards|rules"
        r"|policy|policies)\b"
        r"|\b(?:guidelines|rules|terms|policy)\b.{0,20}\bbefore (?:posting|commenting)\b"
        # "Read our community standards before you post.", "Commenting is a privilege, ..."
        r"|\b(?:guidelines|rules|standards)\b.{0,20}\bbefore you (?:post|comment)\W*$"
        r"|^commenting is a privilege\b"
        r"|\b(?:let us know|tell us|share your (?:views|thoughts))\b.{0,20}\bin the comments?\b"
        r"|^(?:leave|add|post|write) (?:a|your) comment\b|^join the (?:conversation|discussion"
        r"|debate)\b",
        strong=True,
    ),
    # a corrections policy: "Spotted a mistake? Tell us via our corrections form."
    _rule(
        "legal",
        r"^(?:if you(?: have)? )?(?:spot(?:ted)?|see|seen|notice[d]?|find|found) (?:an? )?"
        r"(?:error|mistake|typo|inaccuracy|factual error)s?\b.{0,80}\b(?:let us know|contact us"
        r"|tell us|report it|e-?mail us|corrections?)\b"
        r"|\bour corrections? (?:form|policy|page|procedure)\b"
        r"|^to (?:report|submit) (?:an error|a correction|a mistake)\b",
        strong=True,
    ),
    # reader prompts to like or pass the article on: "Enjoyed this? Share it with a friend"
    _rule(
        "social",
        r"^(?:did you )?(?:like|liked|enjoy|enjoyed|love|loved) (?:this|reading this|what you "
        r"(?:just )?read|it)(?: (?:story|article|post|piece|read))?\s*\?"
        r"|^share (?:it|this)(?: \w+)? with (?:a|your|other)\b.{0,30}$",
        strong=True,
    ),
    # a teaser pointing at a widget below: "Line-ups and stats ⬇️", "Full results 👇"
    _rule("navigation", r"^[^.!?]{1,60}[⬇↓▼▾👇⤵]\W*$"),
    # blog furniture (WordPress and the like), in the languages of the news: the comment form's
    # notice, the like bar, the entry's filing line and the pager between posts
    _rule(
        "comment-policy",
        r"\byour e-?mail address will not be published\b|\brequired fields are marked\b"
        r"|\b(?:deine|ihre) e-?mail-?adresse wird nicht veröffentlicht\b"
        r"|\berforderliche felder sind (?:mit \S+ )?markiert\b"
        r"|\bvotre adresse (?:e-?mail|de messagerie) ne sera pas publiée\b"
        r"|\b(?:tu|su) (?:dirección de )?correo electrónico no (?:será|se) publica(?:da|rá)\b"
        r"|^(?:hinterlasse|hinterlassen sie) (?:jetzt )?(?:einen kommentar|eine antwort)\b"
        r"|^(?:kommentar hinzufügen|publier un commentaire|add new comment)\W*$",
        strong=True,
    ),
    _rule(
        "social",
        r"^(?:like this|gefällt mir|j[’']aime|me gusta|mi piace)\s*:?\s*$"
        r"|^(?:like|gefällt mir|j[’']aime|me gusta|mi piace|suka)\s+"
        r"(?:loading|lade|chargement|cargando|caricamento|memuat)\b\W*$",
    ),
    # a time stamp's label whose value stands on the next line: "Publish date:"
    _rule(
        "timestamp",
        r"^(?:publish(?:ed)?(?: date| on)?|date published|(?:last )?updated(?: on)?"
        r"|posted(?: on)?)\s*:\s*$",
    ),
    _rule(
        "navigation",
        r"^this entry was (?:posted|filed) (?:in|under)\b.{0,120}$|\bbookmark the permalink\W*$",
        strong=True,
    ),
    _rule(
        "navigation",
        r"^(?:newer|older) posts?(?: (?:newer|older) posts?)?(?: home)?\W*$"
        r"|^(?:vorheriger|nächster) (?:beitrag|artikel)\b.{0,150}$"
        r"|^das könnte (?:sie|dich|euch) auch interessieren\b\W*$",
    ),
    # image viewer controls in other languages: "Bild anzeigen", "Bild schließen"
    _rule(
        "navigation",
        r"^(?:(?:bild|foto)\s+(?:anzeigen|schließen|vergrößern)\W*)+$|^vergrößern\W*$",
        strong=True,
    ),
    # gambling small print
    _rule(
        "legal",
        r"\bodds (?:are )?subject to change\b|\bbegambleaware\b|\bT&Cs? apply\b"
        r"|(?:^|\s)(?:18|21)\+\s*(?:only\b|\||t&cs?\b)|^(?:18|21)\+\W*$",
        strong=True,
    ),
    _rule("legal", r"\b(?:gamble|bet|play) (?:responsibly|aware)\b"),
    # the label of an ad slot's feedback link: "Report this ad", "Why am I seeing this ad?"
    _rule(
        "promo",
        r"^(?:report|hide|close|remove) (?:this )?(?:ad|advert|advertisement)\W*$"
        r"|^why (?:am i seeing|do i see) this (?:ad|advert|advertisement)\b.{0,20}$"
        r"|^ad feedback\W*$",
        strong=True,
    ),
    # a breadcrumb of sections: "World › Europe", "Sport > Football > Results"
    _rule(
        "navigation",
        r"^(?:[A-Z0-9][\w&'’.-]*(?: [\w&'’.-]+){0,3}\s*[›»>]\s*){1,4}"
        r"[A-Z0-9][\w&'’.-]*(?: [\w&'’.-]+){0,3}$",
    ),
    # a language or edition switcher: "International edition · Switch to French",
    # "Choose your edition: UK | US", "Read in Spanish"
    _rule(
        "navigation",
        r"^[^.!?]{0,40}\b(?:edition|version|site)\s*[·|•/]\s*(?:switch|change|go|read) "
        r"(?:to|in)\b.{0,40}$"
        r"|^(?:switch|change|go) to (?:the )?(?-i:[A-Z])[\w-]+ (?:edition|version|site|language)"
        r"\W*$"
        r"|^(?:choose|select|change|switch) (?:your |the )?(?:edition|language|region)\b.{0,40}$"
        r"|^(?:edition|language|region)\s*[:|·•]\s*(?:(?-i:[A-Z])[\w-]+\s*[|·•/]?\s*){1,6}$"
        r"|^read in (?-i:[A-Z])[\w-]+(?:\s*[|·•/,]\s*(?-i:[A-Z])[\w-]+)*\W*$",
    ),
    # the page's editions in other languages: "Also available in Spanish", "This story is also
    # available in Welsh and Gaelic."
    _rule(
        "navigation",
        r"^(?:this (?:story|article|report|piece|page) is )?also available in (?-i:[A-Z])[\w-]+"
        r"(?:(?:\s*[|·•/,]\s*|\s+(?:and|or)\s+)(?-i:[A-Z])[\w-]+)*\W*$",
        strong=True,
    ),
    # accessibility notices: "Accessibility: enlarge the text in the menu above", "Signed
    # versions of this report are on our accessibility page", "Switch to high contrast"
    _rule(
        "navigation",
        r"^accessibility\s*[:|·•-]\s*.{0,80}\b(?:text size|font size|contrast|screen readers?"
        r"|reader mode|(?:this|our) (?:site|page|website))\b"
        r"|\bour accessibility (?:page|statement|help|options|settings|tools)\b"
        r"|\b(?:audio[- ]described|subtitled|signed|sign[- ]language|bsl|easy[- ]read) "
        r"(?:and (?:audio[- ]described|subtitled|signed|sign[- ]language|bsl|easy[- ]read) )?"
        r"versions? of this (?:report|article|story|programme|program|video|page)\b"
        r"|^(?:increase|decrease|change|adjust) (?:the )?(?:text|font) size\b.{0,80}$"
        r"|^(?:switch to |turn on )?high[- ]contrast(?: mode| view| version)?\W*$",
        strong=True,
    ),
    # a disclaimer of the links out of the page
    _rule(
        "legal",
        r"\bnot responsible for the content of external (?:sites|websites|links|pages)\b"
        r"|\bour approach to external linking\b",
        strong=True,
    ),
    # a note of the printed edition: "This story also ran in Saturday's paper", "This article
    # appeared on page 4 of the print edition"
    _rule(
        "legal",
        r"^this (?:article|story|report|piece) (?:also )?(?:appears|appeared|ran|will appear|"
        r"will run)\b.{0,40}\b(?:print(?:ed)? (?:edition|issue)|paper|newspaper|magazine"
        r"|page \w+)\b.{0,40}$",
        strong=True,
    ),
    # a translation credit: "Translated from Czech by the editors", "Translation: Jane Doe"
    _rule(
        "other",
        r"^(?:(?:this )?(?:article|story|text|report|piece) )?(?:was |has been )?translated "
        r"(?:from (?:the )?(?-i:[A-Z])[\w-]+ )?(?:(?:in)?to (?-i:[A-Z])[\w-]+ )?by\b.{1,60}$"
        r"|^translated from (?:the )?(?-i:[A-Z])[\w-]+\W*$"
        r"|^translation\s*:\s*(?-i:[A-Z]).{0,60}$",
        strong=True,
    ),
    # comments turned off or held for moderation
    _rule(
        "comment-policy",
        r"^(?:the )?(?:comments?|commenting|comments? section|discussion (?:under|on|below"
        r"|for) (?:this|the) (?:article|story|post|page|report))(?: (?:under|on|below|for) "
        r"(?:this|the) (?:article|story|post|page|report))? (?:is|are|has been|have been) "
        r"(?:now |temporarily )?(?:closed|disabled|turned off|switched off|unavailable|not "
        r"available|suspended)\b.{0,60}$"
        r"|^(?:all )?comments?\b.{0,40}\b(?:checked|reviewed|approved|screened|read) by "
        r"(?:(?:a |an |our |the )?moderators?|(?:our |the )?(?:editors|moderation team))\b.{0,80}$"
        r"|^(?:all )?comments?\b.{0,60}\bmay take up to\b.{0,30}\bto (?:appear|be published)\b",
        strong=True,
    ),
    # donation and membership appeals: "Become a supporting member from 5 euros a month", "If
    # you can, chip in to keep it that way", "Our coverage is free for everyone"
    _rule(
        "paywall",
        r"\bbecome a (?:supporting|paying|digital) (?:member|supporter|subscriber)\b"
        r"|^support (?:free|independent|local|quality|public[- ]interest|reader[- ]funded) "
        r"(?:journalism|reporting|news)\b"
        r"|\b(?:chip in|donate|give|contribute)\b.{0,40}\bto keep (?:it|this|us|our)\b.{0,30}"
        r"\b(?:that way|free|going|independent|open|running)\b"
        r"|^our (?:[\w-]+ ){0,2}(?:coverage|journalism|reporting) "
        r"(?:is|will (?:always )?be|remains) free (?:for|to) (?:everyone|all|read)\b",
        strong=True,
    ),
    # event adverts of the outlet: "Book your table now", "Early-bird tickets on sale now"
    _rule(
        "promo",
        r"\bbook (?:your|a) (?:table|tickets?|seats?|places?|spot|stand)\b.{0,10}\b(?:now|today"
        r"|here)\b|\b(?:early[- ]bird )?tickets (?:are )?(?:on sale|available) (?:now|today)\W*$"
        r"|^early[- ]bird tickets\b|\bbuy (?:your )?tickets (?:now|today|here)\W*$",
    ),
    # podcast promos: "New episodes every Monday wherever you get your podcasts"
    _rule(
        "promo",
        r"\bwherever you (?:get|find|listen to) (?:your )?podcasts\b"
        r"|\b(?:listen|subscribe|follow) (?:on|via) (?:apple podcasts|spotify|google podcasts)\b",
        strong=True,
    ),
    _rule("promo", r"\bnew episodes? (?:every|each|out) \w+\b"),
    # newsletter prompts: "Get the Morning Note e-mail every weekday — enter your address below"
    _rule(
        "newsletter",
        r"\benter your (?:e-?mail )?(?:address|e-?mail)\b.{0,20}\b(?:below|here|above)\b"
        r"|^get (?:our|the) .{0,50}\b(?:e-?mail|newsletter|briefing|bulletin|digest)s? "
        r"(?:every|each) (?:morning|day|week|weekday|evening|\w+day)\b",
        strong=True,
    ),
    # a delay note under market data: "Quotes delayed at least 20 minutes", "Prices shown trail
    # the market by half an hour"
    _rule(
        "legal",
        r"^(?:all )?(?:market |stock |share |index )?(?:data|quotes|prices)(?: and \w+)?"
        r"(?: (?:shown|displayed|quoted|on this (?:page|site)))?(?: (?:are|is))?"
        r" (?:delayed|lag(?:s|ging)?|trail(?:s|ing)?)\b(?: (?:behind )?the (?:\w+ ){0,2}"
        r"(?:feed|market|exchange|data))? (?:by )?(?:at least |up to |by at least )?"
        r"(?:\d+\s*(?:min(?:ute)?s?|mins)|(?:a|one|half an) (?:quarter of an |half )?hour)\b"
        r".{0,60}$",
        strong=True,
    ),
    # an outlet's tagline under its name ("... since 1964")
    _rule("navigation", TAGLINE),
    # a blog's comment section and its form: "2 thoughts on “Title”", "Fields marked * must
    # be filled in"
    _rule("comment-policy", COMMENTS_HEADING.pattern, strong=True),
    _rule(
        "comment-policy",
        r"\bfields marked (?:with )?(?:an? )?(?:\*|asterisk)\s*(?:\(\*\)\s*)?(?:are|must)\b"
        r"|\be-?mail address\b.{0,30}\b(?:is|will be|are) never (?:shown|published|displayed"
        r"|shared)\b|\b(?:e-?mail address|e-?mail)\b.{0,20}\b(?:will not|won[’']t|is not) be "
        r"(?:shown|displayed|shared)\b",
        strong=True,
    ),
    # a blog's pager to the next or previous post: "Next: Title »", "« Previous: Title"
    _rule(
        "navigation",
        r"^[«‹←<]\s*(?:previous|prev|older|newer|next)\b.{0,150}$"
        r"|^(?:previous|prev|older|newer|next)(?: (?:post|article|story|entry))?\s*:\s*"
        r"[^:]{1,150}[»›→>]$",
        strong=True,
    ),
    # e-mail newsletter chrome: "View this email in your browser", "Forwarded this email?",
    # "You are receiving this email because ...", "In this issue: ..."
    _rule(
        "newsletter",
        r"^(?:view|read|open|see) (?:this|the) (?:e-?mail|newsletter|issue|message)\b.{0,20}"
        r"\b(?:in|on) (?:your|a|the) (?:web )?browser\b"
        r"|\b(?:trouble|problems?|difficulty) (?:viewing|reading|seeing) this (?:e-?mail"
        r"|newsletter|message)\b"
        r"|^(?:was this|forwarded this|got this) (?:e-?mail|newsletter)(?: forwarded)?"
        r"(?: to you| from a friend)?\s*\?"
        r"|\byou(?:[’']re| are) receiving this (?:e-?mail|newsletter|message)\b"
        r"|\byou (?:received|got|are getting) this (?:e-?mail|newsletter|message) because\b"
        r"|^in (?:today[’']s|this (?:week[’']s|morning[’']s|evening[’']s)|this) "
        r"(?:(?-i:[A-Z])[\w'’-]*|edition|issue|newsletter|briefing|digest|bulletin|e-?mail"
        r"|letter|round-?up)\s*:\s",
        strong=True,
    ),
    # sponsor blocks and lead magnets: "A message from our sponsor", "Download our free report:"
    _rule("promo", SPONSOR_HEADING.pattern, strong=True),
    _rule(
        "promo",
        r"^(?:download|get|grab|request) (?:our|your|the|a|this) (?:free|complimentary) "
        r"(?:[\w'’-]+ ){0,2}(?:report|guide|e-?book|white ?paper|brochure|checklist|toolkit"
        r"|playbook|survey|study)\b",
        strong=True,
    ),
    # a news app's own chrome around a story: "Opened in Glance", "Why am I seeing this?",
    # "See full coverage (12 sources)", "Open in the Glance app for a better experience"
    _rule(
        "navigation",
        r"^(?:opened|viewing|reading) in (?:the )?(?-i:[A-Z])[\w'’-]*(?: (?-i:[A-Z])[\w'’-]*)?"
        r"(?: app)?\s*(?:[·|•—–]\s*[^.!?]{0,50})?$"
        r"|^(?:open|read|continue|view) (?:this (?:story|article) )?in (?:the |our )?"
        r"(?:[\w'’-]+ ){0,2}app\b[^.!?]{0,50}$"
        r"|^why (?:am i|are you) seeing this(?: (?:story|post|article|recommendation))?\s*\?"
        r"|^(?:see|view|read) (?:the )?full coverage\b.{0,60}$|\(\d+ sources\)\W*$",
        strong=True,
    ),
    # donation appeals of small and student papers: "Support student journalism: donate to ...",
    # "Every gift keeps us independent"
    _rule(
        "paywall",
        r"^support (?:[\w'’-]+ ){0,2}(?:journalism|reporting|news(?:room)?)\s*[:!—–-]"
        r"|\bevery (?:gift|donation|contribution)\b.{0,30}\b(?:keeps|helps|makes)\b.{0,30}"
        r"\b(?:us|our|this)\b"
        r"|^(?:please )?(?:donate|give) (?:to|today|now)\b.{0,60}\b(?:journalism|reporting"
        r"|newsroom|independent|keep us)\b",
        strong=True,
    ),
    # a paper's note of its editorial independence: "The Gazette is produced by students and
    # is editorially independent of the university."
    _rule(
        "legal",
        r"^(?:(?-i:[A-Z])[\w&'’.-]*\s+){1,5}(?:is|are)\s+(?:(?:produced|published|written|run"
        r"|edited|staffed)\s+(?:entirely\s+)?by\s+[^.,;]{1,40}?\s+and\s+(?:is\s+|are\s+)?)?"
        r"(?:editorially|financially and editorially) independent\b.{0,80}$",
        strong=True,
    ),
    # a portal's sign-in prompts for its tools: "Log in to save this quote to your watchlist"
    _rule(
        "paywall",
        r"^(?:sign|log) ?in (?:to|and) (?:add|save|follow|track|create|manage|see|view|get)\b"
        r".{0,60}$|\b(?:to|from|on) (?:your|my) watchlist\b",
    ),
    # a messenger channel or group of the outlet: "Our channel on Chatly is the quickest way to
    # ...", "Get the county's news on your WhatsApp for free", "Click and join our group"
    _rule(
        "promo",
        r"^our (?:\w+ )?(?:channel|group|community) on (?-i:[A-Z])\w+\b"
        r"|\b(?:receive|get)\b.{0,40}\b(?:news|updates|headlines|alerts)\b.{0,40}\b(?:on|in|"
        r"via|to) your (?:whatsapp|telegram|signal|messenger|viber|phone|mobile|cell ?phone)\b"
        r"|\b(?:click|tap) and (?:enter|join)\b"
        # "Get our breaking alerts on Signal: ..."
        r"|^\W*(?:get|receive|follow)\b.{0,40}\b(?:news|updates|headlines|alerts|stories)\b.{0,10}"
        r"\b(?:on|via) (?:whatsapp|telegram|signal|viber|messenger)\b"
        r"|\b(?:enter|join) (?:in(?:to)? )?our (?:whatsapp |telegram |signal |viber )?"
        r"(?:group|channel|community)\W*$",
        strong=True,
    ),
    # a reuse condition: "Use of our materials is permitted only with an active hyperlink to ..."
    _rule(
        "legal",
        r"\b(?:use|reproduction|copying|quoting|republication|reprinting)\b.{0,60}"
        r"\b(?:allowed|permitted|possible|authori[sz]ed)\b.{0,20}\bonly\b.{0,30}\b(?:hyper)?link"
        r"|\bonly with an? (?:active|direct|clickable|indexed|visible) (?:hyper)?link\b",
        strong=True,
    ),
    # comments held for moderation: "We moderate comments before they appear", "Replies that
    # are off-topic or abusive will not be approved"
    _rule(
        "comment-policy",
        r"\bwe (?:pre-?)?moderate (?:all )?(?:comments|replies|remarks|posts)\b"
        r"|\b(?:abusive|offensive|off-topic|defamatory|spam)\b.{0,60}\bwill not be "
        r"(?:approved|published|posted|accepted)\b",
        strong=True,
    ),
    # a price plan in a sentence of its own: "Plans from $5 a month or $50 a year."
    _rule(
        "paywall",
        r"(?:^|[.!?]\s+)plans? (?:from|start(?:ing)? (?:at|from)) (?:just |only )?"
        r"(?:[A-Z]{1,2})?[$€£¥₹]\s?\d[\d.,]*\s*(?:/|per|a|an)\s*(?:week|month|year|day)\b",
        strong=True,
    ),
    # the magazine's own issue note: "This story appears in the May 2031 issue of ... under the
    # headline ..."
    _rule(
        "legal",
        r"^this (?:article|story|report|piece|essay|feature) (?:also )?(?:appears|appeared|ran"
        r"|will appear|will run) in (?:the|our) .{0,60}\b(?:issue|edition)\b",
        strong=True,
    ),
    # the paper's own print promo and a portal's weather strip above the headline: "Print
    # edition on sale at all newsagents from 6am", "Weather: Harbourton 23° Partly cloudy"
    _rule(
        "promo",
        r"^(?:today[’']s |our |the )?print (?:edition|issue)s?\b.{0,40}\b(?:on sale|available|out"
        r"|in (?:stores|shops))\b",
    ),
    _rule("promo", r"^weather\s*[:|]\s*.{0,40}-?\d{1,2}\s*°"),
    # a portal's syndication line: "Content supplied by Harbour Wire.", "... does not endorse
    # third-party content"
    _rule(
        "legal",
        r"^(?:this )?(?:content|article|story) (?:was )?(?:supplied|provided) by "
        r"(?:(?-i:[A-Z])[\w&'’.-]*\s*){1,5}(?:\.|$)"
        r"|\bdoes not endorse (?:any )?(?:third[- ]party|external|partner|syndicated) content\b",
        strong=True,
    ),
    # "Like The Harbour Times on Facebook": whom to like is a name (not "Like many residents")
    _rule(
        "social",
        r"^like\s+(?:us\b|(?-i:[A-Z])[^,;:!?]{0,50}?\s+on\s+(?:facebook|instagram)\b)",
        strong=True,
    ),
    # a public station's chrome and appeals: "Listen Live", "Donate", a "Transcript" button, a
    # matched-gift member drive, "KXYZ is a listener-supported service of ..."
    _rule("navigation", r"^(?:listen live|live radio|donate(?: now)?|give now|transcript)\W*$"),
    _rule(
        "paywall",
        r"^our (?:[\w-]+ ){0,2}(?:member(?:ship)?|pledge|fund-?raising) drive\b"
        r"|\bevery (?:gift|donation|dollar)\b.{0,30}\bis matched\b",
        strong=True,
    ),
    _rule(
        "legal",
        r"^(?-i:[A-Z])[\w&'’.-]*(?:\s+[\w&'’.-]+){0,4}\s+is\s+an?\s+"
        r"(?:listener|viewer|member|reader)[- ](?:supported|funded|powered)\s+(?:public\s+)?"
        r"(?:service|station|network|outlet)\s+of\b",
        strong=True,
    ),
    # reader appeals of independent sites: "Support Harbour Media — become a patron", "If you
    # value independent journalism, support us on Patreon", "Support fact-based journalism
    # with a gift to Harbour Radio"
    _rule(
        "paywall",
        r"^support\b.{0,40}[—–:-]\s*become an? (?:patron|member|supporter|donor|subscriber)\b"
        r"|^if you (?:value|appreciate|enjoy|like|rely on|believe in)\b.{0,80}\b(?:journalism"
        r"|reporting|coverage|work|media)\b.{0,80}\b(?:support|donate|subscribe|become)\b"
        r"|\bsupport\b.{0,80}\bon (?:patreon|ko-?fi|buy me a coffee)\b"
        r"|\bsupport\b.{0,60}\b(?:journalism|reporting|news)\b.{0,20}\bwith an? "
        r"(?:gift|donation|contribution|tax-deductible gift)\b",
        strong=True,
    ),
    # an underwriting label of a public broadcaster: "Support Provided By: Learn more"
    _rule(
        "promo",
        r"^support (?:for [^.]{1,40} )?(?:is )?provided by\s*:\s*(?:learn more)?\W*$"
        r"|^support provided by\W*(?:learn more)?\W*$",
        strong=True,
    ),
    # a translated edition's notice and reuse button: "Translation of an original article
    # published in French on kettle.fr; the publisher may only be liable for the French
    # version.", "Reuse this content"
    _rule(
        "legal",
        r"^(?:this (?:is|page is|article is) an? )?translation of an? (?:original )?"
        r"(?:article|story|report|piece)\b"
        r".{0,30}\bpublished in (?-i:[A-Z])\w+"
        r"|\b(?:only|solely) be (?:held )?liable for the (?-i:[A-Z])\w+ (?:version|original)\b"
        r"|^(?:reuse|republish|reprint) this (?:content|article|story)\W*$"
        # "This story is also available in its original Spanish version."
        r"|^this (?:article|story|report|text|piece|page) is (?:also )?available in (?:its |the )?"
        r"(?:original )?(?-i:[A-Z])\w+(?: (?:version|original|edition))?\W*$",
        strong=True,
    ),
    # a caption closing on its photographer and agency in capitals: "... on May 3, 2031.
    # JANE DOE / HARBOUR WIRE"
    _rule(
        "other",
        r"[.!?]\s+(?-i:[A-ZÀ-ÖØ-Þ][A-ZÀ-ÖØ-Þ'’.-]+(?:\s+[A-ZÀ-ÖØ-Þ][A-ZÀ-ÖØ-Þ'’.-]+){1,3}"
        r"\s*/\s*[A-ZÀ-ÖØ-Þ][A-ZÀ-ÖØ-Þ'’.&-]+(?:\s+[A-ZÀ-ÖØ-Þ][A-ZÀ-ÖØ-Þ'’.&-]+){0,3})$",
        strong=True,
    ),
    # a browser notice: "Best viewed in Firefox at 1024 x 768", "This site works best in Chrome"
    _rule(
        "other",
        r"^(?:this (?:site|website|page) is )?best viewed (?:in|on|with|using|at)\b.{0,80}$"
        r"|^this (?:site|website|page) works best (?:in|on|with)\b.{0,60}$",
        strong=True,
    ),
    # a funder's disclaimer: "This series was supported by a grant from ... The content is the
    # sole responsibility of the authors.", "This reporting was made possible by ...", "This
    # investigation was produced with a grant from ..."
    _rule(
        "legal",
        r"^this (?:story|article|investigation|reporting|series|coverage|piece|podcast) "
        r"(?:was|is) (?:(?:supported|funded|financed|sponsored|made possible)(?: in part)? "
        r"(?:by|through|with)|produced with (?:the )?(?:financial )?(?:support|(?:a )?grants?"
        r"|funding))\b"
        # a funded programme's line: "Rural Newsroom Fund reporting is publicly funded."
        r"|^(?-i:[A-Z])[^.!?]{0,60} (?:reporting|journalism|coverage)(?: (?:in|for|on|across) "
        r"[^.!?]{1,40})? (?:is|was) (?:federally |publicly |partly |partially |generously )?"
        r"(?:funded|financed|supported|paid for)"
        r"(?: (?:by|through) [^.!?]{1,60})?\.?$"
        r"|\b(?:contents?|views?|opinions?)\b.{0,60}\b(?:is|are) (?:the )?sole "
        r"responsibility of\b",
        strong=True,
    ),
    # a document offered for download: "Download the full report (PDF, 1.2 MB)"
    _rule(
        "other",
        r"^(?:download|read|view|see|open)\b.{0,100}\(\s*(?:pdf|docx?|xlsx?|csv|zip|pptx?|epub)"
        r"\b[^()]{0,20}\)\W*$",
        strong=True,
    ),
    # a republishing licence: "Republish this article for free under Creative Commons", "You
    # may republish our stories under a CC BY-ND 4.0 licence"
    _rule(
        "legal",
        r"^republish(?:ing)?\b[^.!?]{0,30}:|\byou (?:may|can|are free to|are welcome to) "
        r"(?:republish|reprint|reproduce)\b|\bCC[- ]BY(?:-[A-Z]{2}){0,2}(?: \d\.\d)?\b"
        # "Anyone may read and reprint our stories for free"
        r"|\b(?:anyone|everyone|other (?:outlets|newsrooms|publications)) (?:may|can|is free to"
        r"|are free to|is welcome to|are welcome to) (?:(?:read|share|use) (?:and|or) )?"
        r"(?:republish|reprint|reproduce) (?:our|this|these)\b"
        # "Our reports may be republished free of charge with a credit"
        r"|\b(?:stories|reports|articles|content|journalism)\s+(?:may|can)\s+be\s+(?:freely\s+)?"
        r"(?:republished|reprinted|reproduced)\b.{0,40}\b(?:free|credit|attribution|licen[cs]e)",
        strong=True,
    ),
    # an aggregator's own notice: "Headlines gathered from 900 sources. Content belongs to its
    # respective owners.", "... supported by readers. Make a tax-deductible gift today."
    _rule(
        "legal",
        r"\b(?:aggregates?|collects?|gathers?|curates?) (?:news|stories|articles|headlines) "
        r"from (?:over |more than )?[\d,.]+\b"
        r"|\b(?:belongs?|belonging) to (?:its|their) (?:respective )?(?:owners?|publishers?)\b"
        r"|\bproperty of (?:its|their) respective (?:owners?|publishers?)\b",
        strong=True,
    ),
    _rule(
        "paywall",
        r"\b(?:is|are) (?:(?:entirely|mostly|proudly) )?(?:reader|member|listener|donor)[- ]"
        r"(?:funded|supported|powered)\W*$|\b(?:make|give) a tax[- ]deductible (?:gift|"
        r"donation|contribution)\b",
        strong=True,
    ),
)


# the legal form closing a company's name, no part of the outlet's: "Ltd", "Pty Ltd", "Sdn Bhd",
# "plc", "Inc.", "GmbH", "AS", "S.A." (not "Group", "Corporation": those name the outlet);
# written as on a masthead or copyright line, capitals and all
LEGAL_FORMS = (
    r"(?:Sdn\.?\s+)?Bhd|(?:Pty|Pvt|Pte|Private|Co)\.?,?\s+(?:Ltd|Limited)|Pty|Pvt|Pte"
    r"|Ltd|Limited|Inc|Incorporated|LLC|L\.L\.C|LLP|plc|PLC|Plc|GmbH|AG|KG|AS|ASA|A/S|ApS|AB|Oy|Oyj"
    r"|SA|S\.A|SpA|S\.p\.A|Srl|S\.r\.l|BV|B\.V|NV|N\.V|SARL|SAS|SL|S\.L|KK|K\.K|Tbk"
)
