"""Line rules of the plain-text cleaner, each with a line that must go and a report sentence
with similar words that must stay. Every example is made up for these tests."""

from __future__ import annotations

import pytest

from newsdesk.clean.text import clean_text

LEDE = "The river rose overnight and flooded the lower town of Marrowby, officials said."
CLOSE = "Crews expect to finish pumping the old market streets by the end of the week."


def removed(text: str) -> dict[str, str]:
    return {r.text: r.reason for r in clean_text(text).removed}


def reason_inside(line: str) -> str | None:
    """The reason `line` gets between two report sentences (None when it is kept)."""
    return removed(f"{LEDE}\n{line}\n{CLOSE}\n").get(line)


@pytest.mark.parametrize(
    ("line", "reason"),
    [
        # nothing to read
        ("\u200b", "other"),
        ("* * *", "other"),
        # time stamps
        ("32M ago", "timestamp"),
        ("Updated 2 hours ago", "timestamp"),
        ("Today 12:01 AM", "timestamp"),
        ("Published 10:02 AM EST Nov 19, 2031", "timestamp"),
        ("Posted on March 3, 2031 by admin", "timestamp"),
        ("Published: Mar. 3, 2031, 6:18 p.m. Updated: Mar. 3, 2031, 7:10 p.m.", "timestamp"),
        ("Wednesday 20 November 2031 11:42, UK", "timestamp"),
        ("Herald Wire March 18, 2031 11:03 PM", "timestamp"),
        ("Word count: 717", "timestamp"),
        ("Tempo de leitura: 2 minutos", "timestamp"),
        ("2 days ago at 07:52 am", "timestamp"),
        # captions and credits
        ("Sandbags piled along the quay on Thursday (Image: Agency )", "other"),
        ("Residents wade through the market square. (Photo credit: Vale Press)", "other"),
        ("Image source, Getty Images", "other"),
        ("Credit...Ana Ruiz/The Example Herald", "other"),
        ("Image 2 of 5", "other"),
        ("Ana Ruiz/AP", "other"),
        ("Marrowby Fire Service via AP", "other"),
        ("Staff Writer", "other"),
        ("Photograph: Ana Ruiz/Vale Press", "other"),
        ("Ana Ruiz | Vale Press | Getty Images", "other"),
        ("1 - 5 of 36", "other"),
        ("Mayor Ines Varga, left, and Tomas Reyes inspect the barrier on Friday.", "other"),
        ("In this March 3, 2031, file photo, volunteers fill sandbags near the quay.", "other"),
        ("Above: The flooded market square of Marrowby on Thursday.", "other"),
        ("Photo illustration by Vale Press. Photo by Ana Ruiz.", "other"),
        ("Vale Press writers Ana Ruiz and Tomas Reyes contributed to this report.", "other"),
        ("Loading...", "other"),
        # reader prompts
        ("Like this story? Share it with a friend!", "social"),
        ("Opinions expressed by our contributors are their own.", "legal"),
        ("By signing up, you agree to our privacy policy.", "legal"),
        ("Want more flood news? Sign up for our daily briefing.", "newsletter"),
        ("Get the best of the week delivered to your inbox every Sunday morning.", "newsletter"),
        ("No spam, we promise. You can unsubscribe at any time.", "newsletter"),
        ("Subscribe to the Example Herald and stay informed about your region today.", "paywall"),
        ("Need more? Subscribe to our sister title for the latest news.", "paywall"),
        ("Support independent journalism", "paywall"),
        ("Get full access to every story today. Already registered? Log in here", "paywall"),
        ("Unlock unlimited access for your whole household", "paywall"),
        ("Never miss an update. Download our app for iOS and Android.", "promo"),
        (
            "We welcome comments that stay on topic. Abusive comments will be deleted.",
            "comment-policy",
        ),
        ("Stay up to date with the Herald", "promo"),
        ("Publicidade", "promo"),
        ("You must be logged in to post a comment.", "comment-policy"),
        ("Top Rated Comments", "comment-policy"),
        ("If you buy through the links in this story we may earn a small commission.", "legal"),
        ("This document is subject to copyright and may be used for private study only.", "legal"),
        ("Request Reprint & Licensing", "legal"),
        ("Copyright Vale Press Media", "legal"),
        ("© Vale Press", "legal"),
        ("Vale Press may earn a commission on products purchased through our links.", "legal"),
        ("Rating: 36 Votes", "other"),
        ("GET THE HERALD ON THE GO BY CLICKING HERE", "promo"),
        ("Continue Reading Below", "promo"),
        ("An email with an activation link has just been sent to your address.", "newsletter"),
        ("Schreibe einen Kommentar", "comment-policy"),
        # navigation
        ("Lea también: Tres pueblos esperan una segunda crecida", "navigation"),
        ("Weitere Beiträge zum Thema", "navigation"),
        ("NEXT PREV", "navigation"),
        ("Best sandbags for your home SEE FULL GALLERY", "navigation"),
        ("Also on the Herald: Three towns brace for a second crest", "navigation"),
        ("You may also be interested in...", "navigation"),
        ("[Related: Three towns brace for a second crest]", "navigation"),
        ("Learn More", "navigation"),
        ("Close", "navigation"),
        ("More from the Vale desk", "navigation"),
        ("Three towns brace for a second flood crest (142)", "navigation"),
        ("The mayor wrote to residents about the barrier and the plans for […]", "navigation"),
        # share and follow bars
        ("Share on: Facebook Twitter Reddit", "social"),
        ("Share this story: Facebook Twitter WhatsApp", "social"),
        ("Share: X | Email | Copy link", "social"),
        ("Pinterest", "social"),
        ("(42) Comments", "social"),
        ("Click to print (Opens in new window)", "social"),
        ("Share to LinkedIn", "social"),
        ("Podziel się", "social"),
        ("Teilen Sie dies mit:", "social"),
        ("Print This Article Share it With Friends", "social"),
        # reader tools, account prompts, gift links and privacy banners
        ("Supported by", "navigation"),
        ("Send any friend a story", "navigation"),
        ("list 1 of 4", "navigation"),
        ("Today's paper | Print edition | Subscribe", "navigation"),
        ("As a subscriber, you have 5 gift articles to give each month.", "paywall"),
        ("Already have an account? Sign in", "paywall"),
        ("Create a free account", "paywall"),
        ("Get 40% off your first year", "paywall"),
        ("Only €2 for 3 months", "paywall"),
        ("Enter your email address", "newsletter"),
        ("Your Privacy Choices", "legal"),
        ("This form is protected by reCAPTCHA and its privacy policy applies.", "legal"),
        ("Join our Telegram channel", "social"),
        ("Follow the Vale Press for more stories:", "social"),
        ("A version of this story appeared in print on March 4, 2031, on Page 3.", "legal"),
        ("Source: Vale Press and news agencies", "other"),
        ("VALE PRESS/Ana Ruiz", "other"),
        ("Edited by: Tomas Reyes", "other"),
        ("Ana Ruiz covers the valley for the Vale Press. More about Ana Ruiz", "other"),
        ("Fishing boats wait out the gale in the inner basin. (Vale Press: Ana Ruiz)", "other"),
        (
            "We acknowledge the Traditional Custodians of the lands on which we report and "
            "pay our respects to Elders past and present.",
            "legal",
        ),
        ("Quotes on this page trail the market by half an hour.", "legal"),
        ("Recommended Tags", "navigation"),
        ("Suggested Reading:", "navigation"),
        (
            "This story first went out in Valley Week, our Saturday e-mail on the region. Sign up"
            " for free.",
            "newsletter",
        ),
        (
            "Your comments will appear once a member of our team has reviewed them.",
            "comment-policy",
        ),
        # a browser notice, a funder's disclaimer, a download link, a republishing licence
        ("This website is best viewed with Edge or Opera at 1366 x 768 pixels.", "other"),
        (
            "This series was made possible by a grant from the Coastal Media Trust. Its content"
            " is the sole responsibility of the editors.",
            "legal",
        ),
        ("Read the full audit of the harbour board (PDF, 840 KB)", "other"),
        ("Republish this story: our reporting is free to reuse under CC BY-ND 4.0.", "legal"),
        ("You are welcome to republish our articles if you credit the Lantern.", "legal"),
        ("Share this report: Facebook · Bluesky · WhatsApp · Email", "social"),
        # reader appeals and the typo-report line, after a first sentence
        (
            "Independent reporting from the coast since 1998. Stand with us: back the Lantern"
            " from €4 a month.",
            "paywall",
        ),
        (
            "Noticed a mistake in this article? Tell us by selecting the word and pressing"
            " Ctrl + Enter.",
            "other",
        ),
        (
            "Noticed a typo? Let us know by marking the text and pressing Ctrl + Enter.",
            "other",
        ),
        ("The Valley Ledger is listener-supported. Give a tax-deductible donation now.", "paywall"),
        # an aggregator's own chrome and notice
        ("Latest · Saved · Near Me · World News", "navigation"),
        ("Open in the Pressly app for the full experience", "navigation"),
        (
            "Pressly gathers headlines from more than 800 sources. All articles belong to their"
            " respective publishers.",
            "legal",
        ),
        # a price plan and its small print
        ("Lantern Digital Yearly — 480 crowns a year", "paywall"),
        ("Stop whenever you want. All prices include sales tax.", "paywall"),
        ("Taxes included. Your membership renews itself until you cancel online.", "paywall"),
        ("Subscribe now and read the Lantern without any limits.", "paywall"),
        (
            "Journalism costs money. Become a supporter of the Dale Lamp from 3 crowns a week.",
            "paywall",
        ),
        # a briefing promo and its consent line, the label over the text
        ("Receive the Lamp Evening Digest: six stories, sent at 6 p.m.", "newsletter"),
        (
            "Our briefing lands at noon. By signing up you agree to receive emails from us.",
            "newsletter",
        ),
        ("Story content", "other"),
        # a live-stream banner, a messenger promo, a funded programme's line
        ("LIVE | Listen to Dale FM now", "promo"),
        ("🔔 Receive our top headlines via Telegram: tap to join", "promo"),
        ("Rural Newsroom Fund reporting is publicly funded.", "legal"),
        # a translated page's notices, a reuse line, an illustration's label, comment rules
        ("This article is a translation of a story first published in Dutch.", "legal"),
        ("This dispatch was translated from the Welsh and may contain errors.", "legal"),
        (
            "All reproduction or adaptation, in whole or in part, is forbidden without leave.",
            "legal",
        ),
        ("Illustrative picture", "other"),
        (
            "Replies are open to registered readers only. Thank you for respecting our rules.",
            "comment-policy",
        ),
        ("You have used all 3 of your free reads this week.", "paywall"),
        ("Choose your plan and read on without limits.", "paywall"),
        (
            "The Harbour Lamp exists thanks to readers. Join the Lamp Circle from 4.500 won"
            " monthly and keep it open.",
            "paywall",
        ),
        ("See the original in Greek: «Το λιμάνι»", "navigation"),
        ("Keywords: ferries · winter · timetables", "navigation"),
        (
            "Seen a similar scheme? Leak us files through our secure inbox; we shield sources.",
            "contact",
        ),
        ("Rural court reporting in Kettle Vale is paid for by a national news fund.", "legal"),
        ("Tune in to Harbour Radio live on 96.1 or stream it on our app", "promo"),
        ("This story was machine-translated from Czech and checked by our desk.", "legal"),
        ("Copying or reposting without prior written permission is prohibited.", "legal"),
        ("Sign up as a subscriber and read on without caps.", "paywall"),
        ("Register today and enjoy every story with no limit.", "paywall"),
        ("All comments are read by the moderation team before they go live.", "comment-policy"),
        ("Comments are checked by moderators. Please stay civil.", "comment-policy"),
        # an other-language edition, a sign-up's small print, a comment policy, a paywall's
        # promise, a republishing licence
        ("This article is also available in Welsh and Gaelic.", "navigation"),
        (
            "We will only use your email address to send you Harbour Notes. Opt out any time.",
            "newsletter",
        ),
        ("Have your say - comments stay open for two days.", "comment-policy"),
        ("Every comment is approved by a moderator before going live.", "comment-policy"),
        ("Cancel whenever you like, no hidden fees.", "paywall"),
        ("Our stories can be reprinted for free with a credit to the paper.", "legal"),
    ],
)
def test_junk_line_goes(line: str, reason: str) -> None:
    assert reason_inside(line) == reason


@pytest.mark.parametrize(
    "sentence",
    [
        "Officials said the barrier would stay shut until 5:30 p.m. on Friday, 20 November.",
        "The first warning came 32 minutes ago, a spokeswoman said on Friday afternoon.",
        "Published figures show the river rose 40 centimetres in two hours on Tuesday.",
        "The photographer, who asked not to be named, said the image was taken in 2029.",
        "Getty Images said on Tuesday it had settled the case with the photographers.",
        "The council urged residents to sign up for the new flood alerts by text message.",
        "The union said members who subscribe to the pension plan would keep their benefits.",
        "Subscribers to the water service were told on Monday that their bills would rise.",
        "Some shop owners said they had stopped reading the council's letters years ago.",
        "Halloran said the inquiry would stay up to date with the engineers' findings.",
        "The charity said it would earn nothing from the sale of the flood photographs.",
        "Volunteers were asked to share their boats with neighbours living near the quay.",
        "Read the warnings carefully, the fire chief told residents at a meeting on Monday.",
        "More than 600 people have been moved to shelters since the barrier failed.",
        "Close to 300 homes were still without power on Friday, the utility said.",
        "Halloran is a former reporter for the Tess Courier and now runs the flood group.",
        "The engineer on the left bank said the water had reached the first floor by noon.",
        "Residents kept a file of photos showing the barrier's cracks since early 2029.",
        "Photos by residents showed the water reaching the windows of the town hall.",
        "The opinions expressed at the meeting were sharply divided, Halloran said.",
        "Two reporters from the Vale Press were among those rescued from the rooftops.",
        "The mayor said the town would continue reading the gauges below the bridge hourly.",
        "Residents can confirm their evacuation by clicking a link sent by the council.",
        "Also on Friday, the council approved money for a second barrier upstream.",
        "The next phase of the work will begin in May, the engineers said on Thursday.",
        "The fake council email contained an activation link that installed malware.",
        "Police released a file photo of the suspect on Tuesday and asked for help.",
        "Politicians, left, right and centre, condemned the attack on the barrier.",
        "Unemployment in the valley rose to 5.2 percent in March (Source: Vale Statistics).",
        "Residents broke community rules on noise during the clean-up, the council said.",
        "By signing up for the relief scheme, farmers receive up to 2,000 euros each.",
        "Brokers may receive a commission from the insurer for each flood policy sold.",
        "The photos are subject to copyright law, the museum's lawyer warned in a letter.",
        '"Sign up for our flood alerts today," the mayor told residents on Friday.',
        "No spam filter caught the fake council emails, investigators found this week.",
        "Scammers sent messages into your inbox pretending to be the council, police warned.",
        "The court heard a copyright case brought by two flood photographers on Monday.",
        "Anyone with information should email tips@vale-police.example, police said.",
        "Video from the scene showed water pouring over the barrier before dawn.",
        "Only 40% of the homes had flood insurance, the council said on Monday.",
        "Listen to the sirens, the fire chief told residents at the meeting on Tuesday.",
        "Follow the river for more than ten miles and you reach the second barrier, she said.",
        "The council said it valued residents' privacy and would not publish their names.",
        "She asked volunteers to join the group clearing the old market streets on Saturday.",
        "The new figures appear in the annual report (Source: Vale Statistics Office).",
        "The mayor thanked the Traditional Owners who had walked with the marchers on Sunday.",
        "Share prices lag the wider market by a wide margin this year, analysts said on Monday.",
        "The bridge project was supported by a grant from the regional development fund.",
        "The audit, published as a 40-page PDF, found the harbour board had overspent.",
        "Prices include a fuel surcharge that the ferry company doubled in March.",
        "Best viewed from the north bank, the new span lights up at dusk, the mayor said.",
        "The museum said its collection belonged to the town and would not be sold.",
        "Residents may republish the council notice on their own noticeboards, it said.",
        "Farmers join as members and get grants with no cap on acreage, the ministry said.",
        "Comments from residents were checked by the editors of the council's gazette, she said.",
        "Residents can opt out at any time under the new recycling scheme, the council said.",
        "Public comments close after 30 days, when the board will vote on the barrier plan.",
        "The leaflet is also available in Polish and Urdu at the town hall, the council said.",
    ],
)
def test_report_sentence_stays(sentence: str) -> None:
    raw = f"{LEDE}\n{sentence}\n{CLOSE}\n"
    result = clean_text(raw)
    assert result.removed == []
    assert sentence in result.text


def test_interior_subheading_with_a_month_stays() -> None:
    assert reason_inside("Clinching in November") is None


def test_closing_author_bio_goes_but_not_inside_the_report() -> None:
    bio = "Ana Ruiz is a staff reporter at the Example Herald covering the Eastern Vale."
    tail = removed(f"{LEDE}\n{CLOSE}\n{bio}\n")
    assert tail == {bio: "contact"}
    assert reason_inside(bio) is None  # a report sentence follows: it is not a closing bio


def test_list_introduced_by_the_report_survives_junk_after_it() -> None:
    items = [
        "June 9 - Marrowby, Town Hall",
        "June 10 - Lindhaven, Quay Arena",
        "June 14 - Tessford, Old Mill",
    ]
    raw = "\n".join(
        [
            LEDE,
            "The relief concerts will be held on these dates:",
            *items,
            "Share this article",
            "Facebook",
            "Most read",
        ]
    )
    result = clean_text(raw)
    for item in items:
        assert item in result.text
    assert set(removed(raw)) == {"Share this article", "Facebook", "Most read"}


def test_table_of_figures_ending_the_report_survives() -> None:
    rows = ["Marrowby 412 homes", "Lindhaven 96 homes", "Tessford 40 homes", "Total 548 homes"]
    raw = "\n".join([LEDE, CLOSE, "Homes flooded", *rows, "Related", "Copy link"])
    result = clean_text(raw)
    for row in rows:
        assert row in result.text


def test_caption_between_report_and_share_bar_goes() -> None:
    raw = "\n".join([LEDE, CLOSE, "Sandbags on the quay", "Share this article", "Twitter"])
    assert "Sandbags on the quay" in removed(raw)


def test_embedded_post_signature_is_kept() -> None:
    post = "— Marrowby Fire Service (@marrowbyfire) March 3, 2031"
    text = "Water is still rising near the quay pic.twitter.com/x1y2z3"
    raw = "\n".join([LEDE, text, post, "Advertisement", CLOSE])
    result = clean_text(raw)
    assert text in result.text
    assert post in result.text
    assert removed(raw) == {"Advertisement": "promo"}


def test_zero_width_lines_do_not_drag_neighbours_out() -> None:
    heading = "What happens next"
    raw = "\n".join([LEDE, "\u200b", heading, "\u200b", CLOSE])
    result = clean_text(raw)
    assert heading in result.text
    assert [r.reason for r in result.removed] == ["other", "other"]


def test_subheading_beside_an_advertisement_survives() -> None:
    raw = "\n".join([LEDE, "Advertisement", "What happens next", CLOSE])
    result = clean_text(raw)
    assert "What happens next" in result.text
    assert removed(raw) == {"Advertisement": "promo"}


def test_short_quoted_sentence_is_not_swept_with_junk() -> None:
    quote = '"That\'s correct," Halloran said.'
    raw = "\n".join([LEDE, "Advertisement", quote, "Story continues below", CLOSE])
    result = clean_text(raw)
    assert quote in result.text


def test_head_block_before_the_report_goes_with_the_menu() -> None:
    raw = "\n".join(
        ["Home", "World", "Share this article", "Flood barrier fails", "Ana Ruiz", LEDE, CLOSE]
    )
    result = clean_text(raw, find_title=False)
    assert result.text.split("\n") == [LEDE, CLOSE]


def test_numbered_list_inside_a_junk_block_survives() -> None:
    items = [
        f"{n}a etapa: {a} - {b}, {km} km"
        for n, a, b, km in [
            (1, "Marrowby", "Lindhaven", 42),
            (2, "Lindhaven", "Tessford", 38),
            (3, "Tessford", "Brenmoor", 51),
            (4, "Brenmoor", "Ostwick", 27),
        ]
    ]
    raw = "\n".join(
        [
            "Home",
            "Results",
            "Share this article",
            "Vale Cup calendar",
            *items,
            "Share this article",
            "Most read",
            LEDE,
            CLOSE,
        ]
    )
    result = clean_text(raw, find_title=False)
    for item in items:
        assert item in result.text
    assert "Vale Cup calendar" in result.text  # the list's own heading
    assert {"Home", "Results", "Share this article", "Most read"} <= set(removed(raw))


def test_unnumbered_menu_in_the_head_still_goes() -> None:
    menu = ["Fixtures", "Standings", "Round one", "Round two"]
    raw = "\n".join(["Home", "Share this article", *menu, LEDE, CLOSE])
    result = clean_text(raw, find_title=False)
    assert result.text.split("\n") == [LEDE, CLOSE]


def test_line_announcing_what_follows_is_not_swept_with_a_caption() -> None:
    intro = "The three towns chosen for the new barriers are:"
    raw = "\n".join([LEDE, intro, "Image 1 of 3", "Marrowby, on the Tess", CLOSE])
    result = clean_text(raw)
    assert intro in result.text
    assert removed(raw) == {"Image 1 of 3": "other"}


def test_opening_hours_are_not_a_time_stamp() -> None:
    rows = [
        "Lanterns on the Tess",
        "Old Mill Gallery",
        "Quay Street 4, Tessford",
        "9.30 A.M. / 7.00 P.M.",
    ]
    raw = "\n".join([LEDE, CLOSE, "Photos © Vale Press", *rows, "Also read this", CLOSE])
    result = clean_text(raw)
    for row in rows:
        assert row in result.text
    assert reason_inside("Updated 10:44 am") == "timestamp"
    assert reason_inside("10:00-18:00") is None


def test_text_without_a_report_sentence_loses_only_rule_matches() -> None:
    lines = [
        "Tracklist",
        "Grey Harbour",
        "Lanterns on the Tess",
        "Share this article",
        "Old Mill Road",
        "Facebook",
    ]
    result = clean_text("\n".join(lines), find_title=False)
    assert set(removed("\n".join(lines))) == {"Share this article", "Facebook"}
    assert result.text.split("\n") == [
        "Tracklist",
        "Grey Harbour",
        "Lanterns on the Tess",
        "Old Mill Road",
    ]


@pytest.mark.parametrize(
    "line",
    [
        "Your email address will not be published. Required fields are marked *",
        "Deine E-Mail-Adresse wird nicht veröffentlicht. Erforderliche Felder sind mit * markiert.",
        "Votre adresse e-mail ne sera pas publiée.",
        "Hinterlasse jetzt einen Kommentar",
        "Publier un commentaire",
        "Like this:",
        "Gefällt mir:",
        "Like Loading...",
        "This entry was posted in Weekend Notes. Bookmark the permalink.",
        "Newer Post Older Post Home",
        "Vorheriger Beitrag Der Kutter kehrt heim",
        "Das könnte Sie auch interessieren:",
        "Bild anzeigen Bild schließen",
        "Vergrößern",
        "Suka Memuat...",
        "Image copyright @marrowbyharbour",
        "Publish date:",
        "Last updated:",
    ],
)
def test_blog_and_image_furniture_in_several_languages_goes(line: str) -> None:
    assert reason_inside(line) is not None


@pytest.mark.parametrize(
    "line",
    [
        "The council said the names of the pupils will not be published before the ceremony.",
        "Residents who like this plan can comment until Friday, the mayor's office said.",
        "The previous article of the statute was struck down by the court in March.",
        "Das könnte auch die Fischer im Hafen von Marrowby interessieren, sagte der Sprecher.",
        "The publish date of the harbour report was moved to March, the council said.",
    ],
)
def test_report_sentences_near_blog_furniture_words_stay(line: str) -> None:
    assert reason_inside(line) is None


@pytest.mark.parametrize("line", ["» Publicidade", "— Advertisement —", "- Anzeige -"])
def test_an_ad_label_behind_an_arrow_or_dash_goes(line: str) -> None:
    assert reason_inside(line) == "promo"


def test_a_sentence_about_advertising_stays() -> None:
    assert reason_inside("» Advertising revenue at the Marrowby Courier fell by a third.") is None


# furniture of newer kinds: accessibility notices, donation and membership appeals,
# print-edition and translation notes, closed or moderated comments, ad feedback links, market
# data notes and tickers, event and podcast adverts, newsletter prompts in other wording
@pytest.mark.parametrize(
    ("line", "reason"),
    [
        ("Report this ad", "promo"),
        ("Why am I seeing this ad?", "promo"),
        ("Sport › Rowing", "navigation"),
        ("Home > Regions > Marrowby", "navigation"),
        ("International edition · Switch to Portuguese", "navigation"),
        ("Switch to the Welsh edition", "navigation"),
        ("Choose your edition: UK | US | Europe", "navigation"),
        ("Read in Spanish | French | German", "navigation"),
        ("Accessibility: change the font size or contrast in the toolbar.", "navigation"),
        ("A sign-language version of this video is on our accessibility page.", "navigation"),
        ("Subtitled and signed versions of this programme are available online.", "navigation"),
        ("Increase text size", "navigation"),
        ("Switch to high contrast", "navigation"),
        ("We are not responsible for the content of external websites.", "legal"),
        ("This story also ran in Saturday's print edition of the Courier.", "legal"),
        ("This report appeared on page 7 of Monday's paper.", "legal"),
        ("A version of this article appeared in the weekend magazine.", "legal"),
        ("Translated from Finnish by Ana Ruiz.", "other"),
        ("This article was translated into English by our foreign desk.", "other"),
        ("Translation: Tomas Reyes", "other"),
        ("Comments on this article have been turned off.", "comment-policy"),
        ("Commenting is temporarily unavailable.", "comment-policy"),
        ("Discussion on this story has been closed.", "comment-policy"),
        ("Comments are read by our moderators before they go live.", "comment-policy"),
        ("All comments may take up to a day to appear.", "comment-policy"),
        ("Become a paying member today and keep the newsroom open.", "paywall"),
        ("Support independent reporting — give 3 dollars a month.", "paywall"),
        ("If you value this, donate to keep it free for all readers.", "paywall"),
        ("Our flood reporting will always be free to read.", "paywall"),
        ("HARBOUR AWARDS 2031 — book your tickets now at the Quay Hall", "promo"),
        ("Marrowby Food Fair · 3 May · Early-bird tickets available now", "promo"),
        ("The Tideline podcast: new episodes every Tuesday", "promo"),
        ("Listen to The Quay Hour wherever you get your podcasts.", "promo"),
        ("Get the Harbour Notes briefing every weekday — enter your e-mail here", "newsletter"),
        ("Quotes delayed by at least 20 minutes.", "legal"),
        ("Market data delayed 15 mins. Source: an exchange feed.", "legal"),
        ("OSX 1,204.5 -0.3% | BRENT 81.20 +1.1% | GOLD 2,310.00 ▲ 0.4%", "other"),
    ],
)
def test_newer_furniture_goes(line: str, reason: str) -> None:
    assert reason_inside(line) == reason


@pytest.mark.parametrize(
    "line",
    [
        "The lifeboat crew were asked to report any damage to the harbour master by noon.",
        "The ferry timetable will switch to the winter edition of its schedule in October.",
        "Accessibility at the new station includes lifts on both platforms, the council said.",
        "A signed copy of the poet's first book sold for 4,000 euros at the auction.",
        "The mayor's speech appeared in the council minutes and was translated into Polish.",
        "Translated from the Greek, the town's name means 'harbour of the winds'.",
        "Comments by the harbour master were read by a team of lawyers before the hearing.",
        "Discussion of the flood barrier was closed to the public for the second week.",
        "Residents can become a member of the boat club for 12 euros a year.",
        "Volunteers chipped in to keep the lifeboat station running through the winter.",
        "Tickets for the regatta went on sale on Monday and sold out within an hour.",
        "The fund publishes new episodes of its market review on its website each quarter.",
        "Trains on the coast line were delayed by at least 20 minutes on Friday.",
        "The index closed 1.2% higher at 4,102.5 and the bond yield rose 0.1% to 3.4%.",
        "Shares in the ferry operator rose 4% to 12.40 crowns | the best day since March.",
    ],
)
def test_report_sentences_near_newer_furniture_words_stay(line: str) -> None:
    assert reason_inside(line) is None


def test_a_ticker_or_edition_switcher_above_the_headline_is_no_title() -> None:
    headline = "Marrowby harbour reopens after the spring floods cleared"
    for top in (
        "OSX 1,204.5 -0.3% | BRENT 81.20 +1.1% | GOLD 2,310.00 +0.4%",
        "Global edition · Switch to Portuguese",
        "Regions › Marrowby",
    ):
        cleaned = clean_text(f"{top}\n{headline}\n{LEDE}\n{CLOSE}\n")
        assert cleaned.title == headline
        assert top in {r.text for r in cleaned.removed}


def test_a_name_in_a_city_under_the_headline_is_the_byline() -> None:
    headline = "Marrowby harbour reopens after the spring floods cleared"
    for byline in ("Ana Ruiz-Okoro in Marrowby", "Tomas Reyes in New Harbour"):
        cleaned = clean_text(f"{headline}\n{byline}\n{LEDE}\n{CLOSE}\n")
        assert cleaned.author == byline.split(" in ")[0]
        assert byline not in cleaned.text
    # beside a time stamp lower in the head too; not a sub-heading inside the report
    cleaned = clean_text(f"{headline}\nUpdated 3 May 2031\nAna Ruiz in Marrowby\n{LEDE}\n")
    assert cleaned.author == "Ana Ruiz"
    inside = f"{headline}\n{LEDE}\nFloods Return in Marrowby\n{CLOSE}\n"
    cleaned = clean_text(inside)
    assert cleaned.author is None and "Floods Return in Marrowby" in cleaned.text
    # another byline comes first
    cleaned = clean_text(f"{headline}\nBy Ines Varga\nAna Ruiz in Marrowby\n{LEDE}\n")
    assert cleaned.author == "Ines Varga"


def test_a_copyright_line_with_a_reproduction_note_names_the_outlet() -> None:
    line = "© Marrowby Courier, all rights reserved. No reproduction without written consent."
    cleaned = clean_text(f"{LEDE}\n{CLOSE}\n{line}\n")
    assert cleaned.outlet == "Marrowby Courier"


@pytest.mark.parametrize(
    ("line", "reason"),
    [
        ("Follow Ana Ruiz on X and Instagram.", "social"),
        ("Follow us on Facebook, X and Instagram.", "social"),
        ("Follow @MarrowbyDeals on X to keep up with the latest offers.", "social"),
        ("Learn more about Marrowby Harbour Trust", "other"),
        ("(Reporting by Ana Ruiz; Editing by Tomas Reyes)", "other"),
        ("© 2031 Marrowby Courier. All rights reserved.", "legal"),
        ("All rights reserved worldwide.", "legal"),
    ],
)
def test_furniture_named_with_a_name_still_goes(line: str, reason: str) -> None:
    assert reason_inside(line) == reason


@pytest.mark.parametrize(
    "line",
    [
        # whom to follow is a lower-case phrase, not a name or a handle
        "Follow these steps shared on X to report a pickpocket on the Marrowby trams.",
        # "more about" and "reporting by" take a name in capitals, though rules ignore case
        "Old ferry timetables are kept at the library, and its guide has more about this here.",
        "Reporting by the local radio station revealed the extent of the damage.",
        # the phrase quoted, or going on as a sentence
        "The licence sits between copyright (all rights reserved) and the public domain.",
        "The club said all rights reserved by the old contract would pass to the new owner.",
    ],
)
def test_sentences_using_furniture_phrases_stay(line: str) -> None:
    assert reason_inside(line) is None


def test_a_byline_with_its_time_stamp_is_lifted() -> None:
    line = "By Ana Ruiz-Okoro Mar 3, 2031 5 min read"
    cleaned = clean_text(f"Marrowby harbour reopens after the floods\n{line}\n{LEDE}\n{CLOSE}\n")
    assert cleaned.author == "Ana Ruiz-Okoro"
    assert line not in cleaned.text


@pytest.mark.parametrize(
    ("line", "reason"),
    [
        # an outlet's tagline
        ("Community news from the Tarrow valley, since 1979", "navigation"),
        ("The independent voice of Pellham and district since 1902", "navigation"),
        ("Serving the lower valley since 1888", "navigation"),
        # a blog's comment section, its form and its pager
        ("3 thoughts on “Ferry timetable cut to two sailings a day”", "comment-policy"),
        ("One response to “Why the weir failed”", "comment-policy"),
        ("Your email address is never shown to other readers.", "comment-policy"),
        ("Required fields marked * must be completed.", "comment-policy"),
        ("Next: Harvest fair returns to the green »", "navigation"),
        ("« Older: Parking fees rise on Monday", "navigation"),
        # e-mail newsletter chrome
        ("View this newsletter in your web browser", "newsletter"),
        ("Having trouble viewing this email? Open it online.", "newsletter"),
        ("Was this email forwarded to you? Join the list at example.org", "newsletter"),
        ("You're receiving this newsletter because you registered at our fair.", "newsletter"),
        ("In this issue: flood defences, a new ferry and the weekend markets.", "newsletter"),
        ("In today's Letter: the ferry vote and the harvest fair.", "newsletter"),
        # sponsor blocks and lead magnets
        ("A word from our partners", "promo"),
        ("Today's sponsor", "promo"),
        ("Sponsored post: Five ways to insure your boat this winter", "promo"),
        ("Download the free guide: Ten ways to cut your heating bill", "promo"),
        # a news app's chrome
        ("Opened in Newsly · Top stories", "navigation"),
        ("Why are you seeing this story? You follow Pellham.", "navigation"),
        ("View full coverage (14 sources)", "navigation"),
        # donation appeals and a note of editorial independence
        ("Support community journalism: give to the Tarrow Echo today.", "paywall"),
        ("Every donation helps keep our newsroom open.", "paywall"),
        (
            "The Tarrow Echo is run by volunteers and is editorially independent of the council.",
            "legal",
        ),
    ],
)
def test_blog_newsletter_and_app_furniture_goes(line: str, reason: str) -> None:
    assert reason_inside(line) == reason


@pytest.mark.parametrize(
    "line",
    [
        "The council said the museum would remain editorially independent of its new sponsor.",
        "Jobless rate in Tarrow highest since 1987",
        "Three comments on the draft plan were received before the deadline, the clerk said.",
        "Readers who donate to the food bank this week will have their gift matched by the mill.",
        "Next: the council must find a new operator for the ferry, the mayor said.",
        "Residents who received the email from the council were asked to reply by Friday.",
        "Opened in March, the footbridge now carries 4,000 walkers a day.",
        "The festival read out a message from its sponsor, the mill, before the concert.",
        "Download figures for the free report rose to 12,000 in a week, the institute said.",
        "Every donation to the lifeboat appeal was matched by the harbour board, the trust said.",
        "The parish newsletter has reported on the ferry since 1979, its editor said.",
    ],
)
def test_report_sentences_near_blog_newsletter_and_app_words_stay(line: str) -> None:
    assert reason_inside(line) is None


@pytest.mark.parametrize(
    ("line", "reason"),
    [
        # comment policies worded as a reminder
        ("Commenting is a privilege; abuse will cost you your account.", "comment-policy"),
        ("Commenting is a privilege and not a right.", "comment-policy"),
        ("Please read our house rules before you comment on this story.", "comment-policy"),
        ("Take a minute to check our guidelines before you comment!", "comment-policy"),
        # notices of a machine-translated page
        ("This story was translated automatically from Catalan and may contain errors.", "legal"),
        ("In case of discrepancy, the original text in Portuguese prevails.", "legal"),
        # a comment-thread link with its count
        ("Reply to this story (17 replies)", "comment-policy"),
        ("Discuss (9 comments)", "comment-policy"),
    ],
)
def test_comment_reminders_and_translation_notices_go(line: str, reason: str) -> None:
    assert reason_inside(line) == reason


@pytest.mark.parametrize(
    "line",
    [
        "Commenting on the ruling, the judge said that a licence is a privilege, not a right.",
        "The community standards office says before you post flyers on lamp posts, get a permit.",
        "Under the 1921 treaty, the original version in Latin prevails over both translations.",
        "The original text in Dutch prevails over the English copy for the two harbour towns.",
        "The mayor's speech was translated into four languages for the crowd on the quay.",
        "The harbour master said she would reply to this story's claims in court on Friday.",
        "The consultation drew 212 replies, the council said.",
    ],
)
def test_report_sentences_near_comment_and_translation_words_stay(line: str) -> None:
    assert reason_inside(line) is None


@pytest.mark.parametrize(
    ("line", "reason"),
    [
        # reader-funding and membership appeals, even worded as sentences
        ("The Brackwater Lamp is funded by its readers. Become a member today.", "paywall"),
        ("Enjoying the Lamp? We are reader-funded. Chip in what you can.", "paywall"),
        ("This report is free. Please consider supporting local reporting.", "paywall"),
        ("This analysis is free to read for everyone this week.", "paywall"),
        (
            "Subscribers' edition: this story is free for all readers in Osk during the floods.",
            "paywall",
        ),
        ("Lamp members: log in to unlock this story.", "paywall"),
        ("Sign in to unlock the rest of this article", "paywall"),
        # a wire's redistribution notice
        ("Fenmark Press Wire. Redistribution prohibited without licence.", "legal"),
        ("Republication is strictly forbidden.", "legal"),
        # a teaser under its label, read as a question
        ("Related: Osk floods - what are the farmers asking for?", "navigation"),
        ("More from Brackwater Lamp: Who is Tamsin Orrel?", "navigation"),
        # the edition line of a translated page
        ("Glas Dravska - English service (automatic translation)", "navigation"),
        ("Nordblatt Online (automatically translated from the German)", "navigation"),
        ("La Voix du Cap - English edition (translated from the French)", "navigation"),
    ],
)
def test_funding_appeals_teasers_and_edition_lines_go(line: str, reason: str) -> None:
    assert reason_inside(line) == reason


@pytest.mark.parametrize(
    "line",
    [
        "The cooperative is funded by its members, who voted to become a member of the league.",
        "The museum said the exhibition is free for everyone under 18 until the end of May.",
        "Customers had to log in to access their accounts after the breach, the bank said.",
        "Redistribution of the land was prohibited by the 1931 act, the court noted.",
        "Related cases in Osk and Velm are still before the court, lawyers for the farmers said.",
        "Please consider the facts, the minister told the chamber before the vote.",
        "The novel was translated from the French by Ines Maro in 1988.",
        "Which edition of the atlas did the ministry use for the border map?",
    ],
)
def test_report_sentences_near_funding_teaser_and_edition_words_stay(line: str) -> None:
    assert reason_inside(line) is None


@pytest.mark.parametrize(
    ("line", "reason"),
    [
        # a menu copied without its separators
        ("Weather  Sport  Motoring  Jobs  My Account", "navigation"),
        ("Harbours  Fleets  Ports  Freight", "navigation"),
        # a portal's sign-in prompts for its tools
        ("Log in to save HBR.LX to your watchlist", "paywall"),
        ("Sign in and track this fund", "paywall"),
        # a messenger channel or group of the outlet
        ("Our channel on Chatterbox is the quickest way to get Brackwater news.", "promo"),
        ("Follow the valley news first. Join 12,500 members.", "newsletter"),
        ("Get the headlines of the coast on your Telegram, for free. Tap and join", "promo"),
        ("Want the news first? Enter our WhatsApp group", "promo"),
        # a reuse condition and a reproduction notice
        (
            "Use of the site's texts is permitted only with a direct hyperlink to the source.",
            "legal",
        ),
        ("The reproduction of this material is forbidden without written consent.", "legal"),
        # comments held for moderation
        ("We moderate all replies before they appear on the page.", "comment-policy"),
        ("Posts that are offensive or contain spam will not be published.", "comment-policy"),
        # a price plan in a sentence of its own
        ("Readers get the whole archive. Plans from £4 a month or £40 a year.", "paywall"),
        # the magazine's own issue note
        (
            "This essay appears in the Autumn 2031 issue of Harbour Quarterly under the"
            ' headline "Salt and iron".',
            "legal",
        ),
    ],
)
def test_menus_messenger_promos_and_reuse_notices_go(line: str, reason: str) -> None:
    assert reason_inside(line) == reason


@pytest.mark.parametrize(
    "line",
    [
        "Fishermen  said  prices fell.",
        "The bank asked customers to sign in to view their statements after the outage.",
        "Analysts added the stock to their watchlists after the results, the broker said.",
        "The ministry said its channel on the state broadcaster would carry the address.",
        "Villagers get the news on their phones from a WhatsApp group run by the parish.",
        "Use of the stadium is permitted only with a licence from the council, officials said.",
        "Reproduction of the species was forbidden without a permit, the ranger explained.",
        "We moderate the debate, the chair said, but members decide the motions.",
        "Plans for the new bridge start at the harbour and end at the old mill.",
        "The mobile operator said its plans start at $20 a month for pensioners.",
        "The photograph appears in the current issue of the parish magazine, the vicar said.",
    ],
)
def test_report_sentences_near_menu_messenger_and_reuse_words_stay(line: str) -> None:
    assert reason_inside(line) is None


@pytest.mark.parametrize(
    ("line", "reason"),
    [
        # a price plan's small print
        ("Membership auto-renews. VAT extra as applicable.", "paywall"),
        ("Your plan renews automatically each month.", "paywall"),
        ("Taxes additional as applicable in your country of residence.", "paywall"),
        # an aggregator's syndication notice
        (
            "Quillfeed displays wire stories automatically. Opinions in them are the wire's own.",
            "legal",
        ),
        ("This page carries partner content unedited, as received from the agency.", "legal"),
    ],
)
def test_plan_small_print_and_syndication_notices_go(line: str, reason: str) -> None:
    assert reason_inside(line) == reason


@pytest.mark.parametrize(
    "line",
    [
        "The ferry company's season pass auto-renews unless riders cancel, the regulator found.",
        "Builders said the VAT on the new homes was paid in full, the tax office confirmed.",
        "The museum shows agency photographs of the 1931 flood in its new east gallery.",
        "Views from the ridge are the best in the county, the ranger told visitors.",
        "Subscribers to the water scheme renewed their contracts after the vote, the board said.",
    ],
)
def test_report_sentences_near_plan_and_syndication_words_stay(line: str) -> None:
    assert reason_inside(line) is None


def test_a_wire_credit_closing_the_report_is_junk():
    """ "This report by <wire> was first published <date>.": the wire's boilerplate."""
    text = (
        "The harbour authority said the new ferry berth would open in late June after a year "
        "of delays caused by storm damage to the pilings.\n"
        "This report by The Kestrel Wire was first published June 2, 2031."
    )
    cleaned = clean_text(text)
    assert "Kestrel Wire was first published" not in cleaned.text
    assert [r.reason for r in cleaned.removed] == ["legal"]


def test_a_sentence_about_a_report_first_published_stays():
    """Near miss: a report (a study) first published on a date, in a sentence that goes on."""
    for line in (
        "This report by the Audit Office was first published in 2029 and found that half the "
        "bridges needed repairs.",
        "This report by the inspectors was first published May 1, 2031, and ministers ignored it.",
    ):
        assert clean_text(line).text == line


def test_a_data_saver_banner_is_junk_and_not_the_title():
    text = (
        "Data saver is ON: pictures are hidden to save your data. Turn off data saver\n"
        "Harbour council votes to close the old fish market by July\n"
        "The council voted on Monday to close the old fish market by July, ending more than a "
        "century of trading on the quay."
    )
    cleaned = clean_text(text)
    assert cleaned.title == "Harbour council votes to close the old fish market by July"
    assert [r.reason for r in cleaned.removed] == ["navigation"]


def test_a_sentence_about_data_saver_mode_stays():
    line = "Phone makers said the data saver mode would turn off automatically at midnight."
    assert clean_text(line).text == line


@pytest.mark.parametrize(
    "line",
    [
        "Print edition on sale at all corner shops from 5am",
        "Today's print edition out now at newsagents",
        "Weather: Port Ellery 28° Showers clearing",
        "Content supplied by Ostral Press.",
        "Ostral Press content. The portal does not endorse third-party content.",
        "Like The Harbour Lantern on Facebook and never miss a story from home",
        "Like us on Instagram",
        "Listen Live",
        "Donate",
        "Transcript",
        "Our autumn pledge drive ends Sunday. Every donation given before noon is matched by a "
        "local sponsor.",
        "KQRB is a listener-supported service of Tarrow Valley College.",
    ],
)
def test_probe9_kinds_of_chrome_go(line: str) -> None:
    report = (
        "The harbour board voted on Tuesday night to close the old ferry slip for repairs, "
        "leaving island commuters with a single crossing a day until the autumn."
    )
    cleaned = clean_text(report + "\n" + line)
    assert line not in cleaned.text, line


@pytest.mark.parametrize(
    "line",
    [
        "The print edition sold out by mid-morning as readers queued for the final issue.",
        "The bureau said the weather would stay at 28° or above until the weekend.",
        "Water was supplied by the council's tankers while the mains were repaired.",
        "Content provided by residents was shown to the inquiry on Monday afternoon.",
        "Like many residents on Facebook, Ms Varga posted photos of the flooded quay.",
        "Listeners were told to listen live for updates as the crews reached the quay.",
        "A transcript of the hearing was published on Friday by the county clerk.",
        "The station's pledge drive raised $80,000 last spring, the manager told the board.",
        "The college is a major employer in the valley and runs the only radio station.",
    ],
)
def test_probe9_near_misses_stay(line: str) -> None:
    cleaned = clean_text(line)
    assert cleaned.text == line, line


@pytest.mark.parametrize(
    ("line", "reason"),
    [
        ("Keep reading with a Tidewater Card.", "paywall"),
        ("Continue reading for just $1 a week", "paywall"),
        (
            "Skerry Desk is an independent newsroom. Everyone can share and republish our stories"
            " free of charge if they link back.",
            "legal",
        ),
        (
            "Seen something we ought to dig into? Message our desk securely on WhatsApp at"
            " +44 7700 900123.",
            "contact",
        ),
        ("Filed under: Ferries, Budget, Northern Isles", "navigation"),
        ("Be the first to know: subscribe to Low Water, sent every Tuesday.", "newsletter"),
        ("This story is also available in its original Spanish version.", "legal"),
        ("Reproduction, even in part, is forbidden.", "legal"),
        ("Jump to content", "navigation"),
    ],
)
def test_probe19_kinds_of_furniture_go(line: str, reason: str) -> None:
    """A metered paywall's way on, a reprint licence, a tip line, a tag list, a named
    newsletter's day, a translated page's original-version line, a reuse ban, a skip link."""
    assert reason_inside(line) == reason


@pytest.mark.parametrize(
    "line",
    [
        "Ferry users can keep reading the timetable online while the office is shut, the operator"
        " said.",
        "Anyone can reprint the tide tables, the harbourmaster told the meeting on Monday.",
        "Residents who know something about the fire were asked to call police on Friday.",
        "The fisheries officer was filed under the wrong grade for a decade, the tribunal found.",
        "Parents can sign up for text alerts from the school, which are sent every morning at"
        " seven.",
        "The report is also available in Welsh at the council offices in the town square.",
    ],
)
def test_probe19_near_misses_stay(line: str) -> None:
    assert reason_inside(line) is None


@pytest.mark.parametrize(
    ("line", "reason"),
    [
        ("Already a card holder? Log in here", "paywall"),
        ("Prices include GST. Pause or end your plan in your settings.", "paywall"),
        ("Rp 45,000", "paywall"),
        ("comes to KSh 250 a week", "paywall"),
        (
            "The Kettle Ledger exists only thanks to donations. Give 5 euros a month and help us"
            " keep digging → Support us",
            "paywall",
        ),
        (
            "Wire story: carried unaltered from an agency feed, it was not written or edited by"
            " anyone at our desk",
            "legal",
        ),
    ],
)
def test_plan_wall_donation_and_agency_disclaimer_lines(line: str, reason: str) -> None:
    """A plan's price in a currency's letters, its tax-and-cancel small print, a pass holder's
    sign-in, a donation appeal with its button and an agency copy's disclaimer are junk."""
    assert reason_inside(line) == reason


def test_a_shelter_living_from_donations_in_the_report_stays() -> None:
    line = "The shelter lives from donations and has taken in forty dogs since January."
    assert reason_inside(line) is None


@pytest.mark.parametrize(
    ("line", "reason"),
    [
        (
            "Cookies let us count our readers and tailor the page. Manage preferences | Accept all",
            "legal",
        ),
        ("Read every story for less than a coffee a week.", "paywall"),
        ("Have an account? Sign in", "paywall"),
        ("Compare plans", "paywall"),
        ("NZD 14.99 / month", "paywall"),
        ("All prices include VAT. Cancel online at any time.", "paywall"),
        ("Harbour boats moored at the quay on Monday. Photo: Jane Roe / Kettle Ledger", "other"),
        ("Dockers wait outside the port gate on Friday. PICTURE: FILE", "other"),
        (
            "We answer to readers alone. A small monthly gift keeps the desk open"
            " → Become a member",
            "paywall",
        ),
        (
            "Comments are moderated before they appear. Be kind – read our community guidelines.",
            "comment-policy",
        ),
        ("[Machine translation] This page was rendered into English by software.", "legal"),
        ("The summary below is generated by an automatic translation engine.", "legal"),
    ],
)
def test_price_plan_wall_captions_appeals_and_labels(line: str, reason: str) -> None:
    """A cookie banner with its buttons, a plan wall's pitch, log-in, plan link, prices and tax
    line, a caption ending on its credit, an appeal ending on its button, a moderation notice
    and a machine translation's label are junk."""
    assert reason_inside(line) == reason


@pytest.mark.parametrize(
    "line",
    [
        "Photos shared by a neighbour on Sunday show water up to the windows of the school.",
        "Comments by the minister drew anger from the union on Tuesday, officials said.",
        "Prices of bread rose for the third month running, the statistics office said.",
    ],
)
def test_report_lines_near_the_plan_wall_and_caption_rules_stay(line: str) -> None:
    assert reason_inside(line) is None


@pytest.mark.parametrize(
    ("line", "reason"),
    [
        (
            "This dispatch reaches you from the Kettle Newswire feed and was not edited by"
            " Harbour Lamp journalists.",
            "legal",
        ),
        (
            "This series was produced with a grant from the Dale Press Fund. Funders have no"
            " say in what we publish.",
            "legal",
        ),
        (
            "Your email address will be used only to send the bulletins you chose. Unsubscribe"
            " any time.",
            "newsletter",
        ),
        ("Read Too: Ferry Fares Rise Again as Fuel Costs Climb", "navigation"),
        (
            "Back reporting like this. Become a member of the Harbour Lamp today.",
            "paywall",
        ),
        ("Please read our guidelines for reader comments before you post.", "comment-policy"),
    ],
)
def test_syndication_grant_newsletter_privacy_read_too_member_and_comment_lines(
    line: str, reason: str
) -> None:
    """A site's note that it ran a wire's text unedited, a funder's credit, a sign-up's privacy
    line, a translated "Baca Juga" link, a membership appeal and comment rules are junk."""
    assert reason_inside(line) == reason


@pytest.mark.parametrize(
    "line",
    [
        "The audit was not edited by ministry staff before it reached the committee, he said.",
        "The clinic was built with a grant from the regional council and opened in March.",
        "Farmers can become a member of the cooperative today for a fee of 20 dollars.",
        "Residents read the guidelines for the new bins before the collection on Monday.",
    ],
)
def test_report_lines_near_the_disclaimer_grant_and_member_rules_stay(line: str) -> None:
    assert reason_inside(line) is None


@pytest.mark.parametrize(
    ("line", "reason"),
    [
        ("Got a tip about the harbour works? Message Ola Brenn on Threema at 0101.", "contact"),
        ("Your sample has run out: you are at the end of your free excerpt.", "paywall"),
        ("Cancel at any time. No strings attached.", "paywall"),
        ("Stop anytime, no questions asked.", "paywall"),
        (
            "We check every comment before it is posted. Please read our house rules.",
            "comment-policy",
        ),
        ("We approve each comment before publication.", "comment-policy"),
        ("Please respect our house rules.", "comment-policy"),
        ("Marrow Ledger is supported by its readers. Support our reporting today.", "paywall"),
    ],
)
def test_tip_preview_cancel_comment_and_funding_lines(line: str, reason: str) -> None:
    """A tip-line appeal, a preview's end, a plan's cancel-anytime line, a comment policy and a
    reader-funding appeal are junk."""
    assert reason_inside(line) == reason


@pytest.mark.parametrize(
    "line",
    [
        "She reached the end of the preview screening before the projector failed, she said.",
        "Stop at any time, the driver was told, and the lorry never slowed down.",
        "The ferry line is funded by the regional council and runs twice a day in winter.",
        "Inspectors read every report before it appears in the annual register, the board says.",
        "Police asked witnesses to support our investigation by calling the station, he said.",
    ],
)
def test_report_lines_near_the_tip_cancel_comment_and_funding_rules_stay(line: str) -> None:
    assert reason_inside(line) is None


@pytest.mark.parametrize("line", ["7.90", "49.00", "€ 4.15/Month"])
def test_a_bare_price_under_a_plan_is_paywall_not_a_time_stamp(line: str) -> None:
    text = f"{LEDE}\n{CLOSE}\nSubscribe now for unlimited access\nMonthly Pass\n{line}\nper month\n"
    assert removed(text).get(line) == "paywall"
