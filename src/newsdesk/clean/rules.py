"""The catalogue of line rules: what marks a line of copy-pasted news text as not-the-report.

Each rule is a regular expression and the reason it gives (the `removed[].reason` of the
contract). Rules describe the *kind* of line (a paywall prompt, a share button, a reporter's
e-mail line) in the wording sites use generally; no rule names an outlet or quotes an article.
Patterns are searched case-insensitively in one stripped line. `text.py` decides when a rule
may fire: strong rules fire anywhere, weak ones only on lines that do not read as report prose.

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
_TIME = rf"\d{{1,2}}(?:[:.]\d{{2}})\s*(?:[ap]\.?m\.?)?|\d{{1,2}}\s*[ap]\.?m\.?"
_DATE = (
    rf"(?:{_WEEKDAY},?\s+)?(?:{_MONTH}\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s*(?:\d{{4}})?"
    rf"|\d{{1,2}}(?:st|nd|rd|th)?\s+{_MONTH},?\s*(?:\d{{4}})?"
    r"|\d{4}-\d{2}-\d{2}|\d{1,2}/\d{1,2}/\d{2,4})"
)
_EMAIL = r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+"

# A line that is nothing but a time stamp: "Updated at 10:44 pm", "Published Feb. 5, 2024",
# "Mon 5 Feb 2024 22.44 GMT", "Last modified on ...", "3 min read".
TIMESTAMP = re.compile(
    rf"^(?:(?:last\s+)?(?:updated|published|posted|modified|first published|created)"
    rf"(?:\s+(?:on|at))?\s*:?\s*)?"
    rf"(?:{_DATE})?(?:\s*(?:,|at|-|–|—|\|)?\s*(?:{_TIME}))?"
    rf"(?:\s*{_ZONE})?$"
    rf"|^(?:updated|published|posted)\s*:?\s*\d+\s+(?:minutes?|hours?|days?)\s+ago$"
    rf"|^\d+\s*(?:-\s*)?min(?:ute)?s?\.?\s+read$",
    re.IGNORECASE,
)

# Editorial notices, lifted into `notices` (not junk: they belong to the article's record).
NOTICE_RULES: tuple[tuple[NoticeKind, re.Pattern[str]], ...] = (
    (
        "correction",
        re.compile(
            r"^(?:\*\s*)?(?:correction|corrections|clarification|erratum)\s*(?:\([^)]*\))?\s*[:.—–-]"
            r"|^(?:an?|the)\s+(?:earlier|previous)\s+version\s+of\s+(?:this|the)\s+"
            r"(?:story|article|report)\b",
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
            r"^(?:\*\s*)?update(?:d)?\s*(?:\([^)]*\)|\d[^:]{0,40})?\s*:\s*\S.{15,}"
            r"|^this\s+(?:story|article|report)\s+(?:has\s+been|was|is\s+being)\s+updated\b",
            re.IGNORECASE,
        ),
    ),
)

# "— Jane Doe can be reached at jdoe@example.com." : the author is lifted from the line.
CONTACT_AUTHOR = re.compile(
    r"^[\W_]*(?P<name>[A-Z][\w.'’-]+(?:\s+[A-Z][\w.'’-]+){0,3})\s+"
    r"(?:can be (?:reached|contacted|emailed)|is reachable|may be reached)\b",
)
# "By Jane Doe", "By Jane Doe and John Roe, Reuters", "Written by Jane Doe"
BYLINE = re.compile(
    r"^(?:(?:[Ww]ritten|[Ss]tory|[Ww]ords)\s+)?[Bb][Yy]\s+(?P<name>[A-Z][\w.'’-]+(?:\s+[A-Z][\w.'’-]+){0,3}"
    r"(?:\s*(?:,|and|&)\s*[A-Z][\w.'’-]+(?:\s+[A-Z][\w.'’-]+){0,3})*)"
    r"(?:\s*[,|—–-]\s*.{0,60})?$",
)
# "(Reporting by Jane Doe; Editing by John Roe)"
CREDIT = re.compile(
    r"^\(?\s*(?:additional\s+)?(?:reporting|writing|written|compiled|edited|editing)\s+by\s+"
    r"(?P<name>[A-Z][\w.'’-]+(?:\s+[A-Z][\w.'’-]+){0,3})",
)

# Datelines that open the first paragraph: "ERBIL, Kurdistan Region - ", "WASHINGTON (AP) — ",
# "(Washington) ", "PARIS, March 3 (Reuters) - ".
DATELINE = re.compile(
    r"^(?P<dl>[A-Z][A-Z.'’\- ]{1,40}[A-Z.](?:,\s*[A-Z][\w.'’\- ]{1,40}?)?)"
    rf"(?:,\s*{_DATE})?"
    r"\s*(?:\((?P<agency>[A-Za-z][\w .&-]{1,30})\))?\s*[-–—:]+\s+(?=\S)"
    r"|^\((?P<dl2>[A-Z][\w.'’-]+(?:[ -][A-Z][\w.'’-]+){0,3})\)\s+(?=[A-Z“\"])"
)

PRICE = re.compile(
    r"^(?:[$€£¥₹₩₽]|rs\.?\s*|usd\s*|eur\s*)\s?\d[\d,.]*(?:\s*(?:/|per\s+)\s*\w+)?\s*$"
    r"|^\d[\d,.]*\s?(?:[$€£¥₹]|usd|eur|dollars?|euros?)(?:\s*(?:/|per\s+)\s*\w+)?\s*$"
    r"|^\d+\s+(?:days?|weeks?|months?|years?)$"
    r"|(?:[$€£¥₹]\s?\d[\d,.]*|\d[\d,.]*\s?[$€£¥₹])\s*(?:/|per\s+|a\s+)\s*(?:mo(?:nth)?|yr|year|week)\b",
    re.IGNORECASE,
)

RULES: tuple[Rule, ...] = (
    # paywall and subscription prompts
    _rule("paywall", r"\byou[’']?ve reached your (?:\w+\s+)?(?:limit|maximum)\b", strong=True),
    _rule("paywall", r"\bfree (?:articles?|stories|reads)\b.{0,40}\b(?:left|remaining|month|limit)",
          strong=True),
    _rule("paywall", r"\b(?:subscribe|subscription|subscriber)s?\b.{0,60}"
          r"\b(?:unlimited|access|read|full story|continue|today|now|plans?|offer)\b"),
    _rule("paywall", r"^(?:already (?:a )?(?:subscribed|subscriber|a member|registered))\b"),
    _rule("paywall", r"\b(?:log|sign) ?in\b.{0,30}\b(?:to (?:continue|read|keep reading)|"
          r"to access)\b|^(?:log ?in|sign ?in|register|sign up)$"),
    _rule("paywall", r"\bto (?:continue|keep) reading\b", strong=True),
    _rule("paywall", r"\b(?:renews? automatically|auto-?renew|cancel (?:at )?any ?time)\b"),
    _rule("paywall", r"\b(?:digital|premium) (?:subscription|access|plans?|membership)\b"),
    _rule("paywall", r"\bpremium (?:stories|articles|content)\b"),
    _rule("paywall", r"^(?:subscribe|become a (?:member|subscriber)|support our journalism)\b"),
    _rule("paywall", r"\bthis (?:article|story|content) is (?:for|available to|reserved for) "
          r"(?:subscribers|members)\b", strong=True),
    # newsletters
    _rule("newsletter", r"\b(?:sign up|subscribe|register)\b.{0,50}\bnewsletters?\b"),
    _rule("newsletter", r"\bnewsletters?\b.{0,80}\b(?:inbox|sign up|subscribe|delivered)\b",
          strong=True),
    _rule("newsletter", r"\bdelivered (?:straight |directly )?to your inbox\b", strong=True),
    _rule("newsletter", r"\b(?:appeared|originally appeared|first appeared) in (?:the|our) "
          r"[\w’' -]{0,40}newsletter\b", strong=True),
    _rule("newsletter", r"^(?:curated )?newsletters?$|^get (?:our|the) .{0,40} newsletter\b"),
    # promotions, ads, apps
    _rule("promo", r"^(?:advertisement|advertising|sponsored(?: content)?|ad|promoted|"
          r"paid (?:post|content)|story continues below(?: advertisement)?|"
          r"article continues below(?: advertisement)?|scroll to continue(?: with content)?)"
          r"\W*$"),
    _rule("promo", r"(?:^|[.!?]\s+)(?:please\s+)?(?:click|tap) here\b", strong=True),
    _rule("promo", r"\b(?:download|get) (?:our|the) (?:free )?app\b"),
    _rule("promo", r"\bad-?free\b|\bno advertisements\b"),
    _rule("promo", r"\b(?:listen to|watch) (?:this|the) (?:article|story|podcast|video)\b.{0,30}$"),
    _rule("promo", r"^(?:watch|listen|video|audio|podcast|gallery|photos?)\s*[:|]\s*.{0,80}$"),
    _rule("promo", r"\b(?:tip|send us a tip|have a (?:news )?tip)\b.{0,60}\b(?:contact|email|"
          r"reach|send)\b"),
    # social sharing and following
    _rule("social", r"^(?:share|share this(?: article| story| page)?|share on \w+|tweet|"
          r"pin it|copy link|copy article link|link copied|email this(?: article)?|print"
          r"(?: this)?(?: article)?|save(?: article| for later)?|comments?|\d+ comments?|"
          r"facebook|twitter|x|whatsapp|linkedin|reddit|telegram|email|messenger|bookmark)"
          r"\W*$"),
    _rule("social", r"\bfollow (?:us|me|\w+) on (?:facebook|twitter|x|instagram|tiktok|"
          r"linkedin|threads|bluesky|telegram|whatsapp|google news|youtube)\b"),
    _rule("social", r"\b(?:share|like) (?:this|us) on (?:facebook|twitter|x|whatsapp|linkedin)\b"),
    _rule("social", r"^(?:join|follow) (?:us|our) (?:on|channel)\b"),
    # comment policies
    _rule("comment-policy", r"\bcomment(?:ing)? (?:policy|guidelines|section)\b", strong=True),
    _rule("comment-policy", r"\bbefore (?:commenting|posting a comment)\b", strong=True),
    _rule("comment-policy", r"\bcomments? (?:are|have been) (?:closed|moderated|disabled|"
          r"turned off)\b"),
    _rule("comment-policy", r"\b(?:community (?:guidelines|standards)|join the conversation|"
          r"leave a comment|post a comment|show comments|view comments)\b"),
    # contact lines of reporters and the newsroom
    _rule("contact", rf"{_EMAIL}", strong=True),
    _rule("contact", r"\bcan be (?:reached|contacted|emailed) (?:at|on|via)\b", strong=True),
    _rule("contact", r"^(?:contact|email|e-mail|write to|reach) (?:us|the (?:author|reporter|"
          r"writer)s?|the newsroom)\b"),
    # navigation and related links
    _rule("navigation", r"^(?:read more|read also|also read|read next|more from|related|"
          r"related (?:articles?|stories|coverage|content|topics)|see also|recommended|"
          r"trending(?: now)?|most (?:read|popular|viewed)|popular now|latest (?:news|stories)|"
          r"top stories|next (?:article|story)|previous (?:article|story)|up next|"
          r"don[’']t miss|in (?:other|related) news|must read|what to read next|"
          r"you (?:may|might) (?:also )?(?:like|be interested in)|more on this(?: story| topic)?"
          r"|back to top|skip to (?:main )?content|home|menu|search|topics?|tags?|sections?)"
          r"\b\s*[:|»>›-]?.{0,150}$"),
    _rule("navigation", r"^(?:home|news|world|politics|business)\s*[>»›/|]\s*\w"),
    _rule("navigation", r"^(?:\w+\s*[|•·]\s*){3,}\w+$"),
    # legal, copyright and disclaimers
    _rule("legal", r"^disclaimer\b", strong=True),
    _rule("legal", r"(?:©|\(c\)|copyright)\s*(?:\d{4}|[A-Z])", strong=True),
    _rule("legal", r"\ball rights reserved\b", strong=True),
    _rule("legal", r"\bmay not be (?:published|reproduced|broadcast|rewritten|redistributed)\b",
          strong=True),
    _rule("legal", r"\b(?:has|have) not been edited by\b.{0,60}\b(?:staff|desk|team)\b|"
          r"\b(?:auto-?generated|published) from a syndicated feed\b", strong=True),
    _rule("legal", r"\bno [\w ]{0,40}journalists? (?:was|were) involved\b", strong=True),
    _rule("legal", r"^(?:terms (?:of (?:use|service))?|privacy policy|cookie (?:policy|settings)"
          r"|accept (?:all )?cookies)\b"),
    _rule("legal", r"\bwe use cookies\b|\bby (?:continuing|using this site)\b.{0,40}\b(?:agree|"
          r"accept|consent)\b", strong=True),
    # photo captions and credits
    _rule("other", r"^(?:photo|image|picture|file photo|caption|illustration|graphic|credit)"
          r"s?\s*(?:credit)?\s*[:|/]"),
    _rule("other", r"\((?:AP|AFP|Reuters|EPA|Getty|[A-Z]\w+)\s+(?:Photo|Images?)\b[^)]*\)\s*$"),
    _rule("other", r"^(?:getty images|ap photo|afp photo|reuters photo|shutterstock)\b"),
    _rule("other", r"^\(?\s*(?:additional\s+)?(?:reporting|writing|editing|compiled|edited)\s+by\s+"
          r"[A-Z]", strong=True),
)
