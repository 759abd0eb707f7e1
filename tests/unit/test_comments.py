from __future__ import annotations

import newsparse
from newsparse._pipeline.comments import declared_count
from newsparse.adapters import GENERIC

PROSE = "The council voted on Tuesday to close the old library, officials said."


def page(comments: str, heading: str = "Comments (3)") -> str:
    return f"Library to close\n\n{PROSE}\n\n{heading}\n\n{comments}\n\n© 2024 Example News"


def test_bullets_with_indented_continuations_are_one_comment() -> None:
    comments = "  • First point\n\n    more on it\n\nReport this comment\n\n  • Second"
    article = newsparse.parse(page(comments + "\n\nReport this comment"))
    texts = [c.text for c in article.comments.comments]
    assert texts == ["First point\n\nmore on it", "Second"]
    assert article.comments.comments[0].paragraphs == ("First point", "more on it")


def test_lines_inside_a_paragraph_are_kept_apart() -> None:
    article = newsparse.parse(page("  • line one\n    line two\n    line three"))
    assert article.comments.comments[0].text == "line one\nline two\nline three"


def test_says_line_becomes_author() -> None:
    article = newsparse.parse(page("Jo Bloggs says:\n\nI disagree with this.\n\nReply"))
    comment = article.comments.comments[0]
    assert comment.author == "Jo Bloggs"
    assert comment.text == "I disagree with this."


def test_indented_comment_is_a_reply() -> None:
    text = (
        "Ann says:\n\nFirst.\n\nReply\n\n"
        "    Bob says:\n\n    Second.\n\n    Reply\n\n"
        "Cy says:\n\nThird.\n\nReply"
    )
    section = newsparse.parse(page(text)).comments
    assert [c.author for c in section.comments] == ["Ann", "Cy"]
    assert [r.author for r in section.comments[0].replies] == ["Bob"]
    assert [c.author for c in section.walk()] == ["Ann", "Bob", "Cy"]


def test_count_and_pagination() -> None:
    shown_fewer = newsparse.parse(page("  • only one", heading="Comments (5)")).comments
    assert (shown_fewer.declared_count, shown_fewer.paginated) == (5, True)
    exact = newsparse.parse(page("  • one\n  • two", heading="Comments (2)")).comments
    assert (exact.declared_count, exact.paginated) == (2, False)
    widget = newsparse.parse(page("  • one\n\nPage 1 of 3", heading="Comments")).comments
    assert (widget.declared_count, widget.paginated) == (None, True)


def test_count_mismatch_is_a_diagnostic() -> None:
    article = newsparse.parse(page("  • one\n  • two\n  • three", heading="Comments (2)"))
    codes = [d.code for d in article.diagnostics if d.severity is not newsparse.Severity.INFO]
    assert codes == ["comments.count-mismatch"]


def test_noise_is_in_no_comment() -> None:
    article = newsparse.parse(page("  • Agreed.\n\nUnsuitable or offensive? Report this comment"))
    assert "Report" not in article.comments.comments[0].text
    assert [b.reason.value for b in article.boilerplate] == ["comment-noise", "footer"]


def test_page_without_comments_has_empty_section() -> None:
    section = newsparse.parse(f"Title here\n\n{PROSE}").comments
    assert section == newsparse.CommentSection.empty()


def test_declared_count_forms() -> None:
    assert declared_count("Readers' comments (29)", GENERIC) == 29
    assert declared_count("1,204 Comments", GENERIC) == 1204
    assert declared_count("Comments: 7", GENERIC) == 7
    assert declared_count("Discussion", GENERIC) is None


def test_forum_user_number_lines_open_comments() -> None:
    comments = (
        "Re: Not me! (Score:5, Insightful)\n\n"
        "by quillfeather (92797) * writes: <quill at example dot org> on Tuesday July 24,"
        " 2012 @11:35AM (#40750343) Journal\n\n"
        "I have built my own furniture since I was twelve.\n\n"
        "Re: Not me! (Score:3)\n\n"
        "by kettle_drum (34043) writes:\n\n"
        "So have I, badly."
    )
    found = newsparse.parse(page(comments, heading="Comments (2)")).comments.walk()
    assert [(c.author, c.posted_text, c.score) for c in found] == [
        ("quillfeather", "Tuesday July 24, 2012 @11:35AM", 5),
        ("kettle_drum", None, 3),
    ]
    assert [c.text for c in found] == [
        "I have built my own furniture since I was twelve.",
        "So have I, badly.",
    ]


def test_decoration_and_share_widgets_are_no_comment_text() -> None:
    comments = (
        "Jo Bloggs says:\n\nI disagree with this.\n\n"
        "twitter facebook Share on Google+\nFlag as Inappropriate\n\n☆ ☆\n\n"
        "Ann Lee says:\n\nSo do I."
    )
    article = newsparse.parse(page(comments, heading="Comments (2)"))
    assert [c.text for c in article.comments.walk()] == ["I disagree with this.", "So do I."]
    flagged = [b.reason.value for b in article.boilerplate if "Inappropriate" in b.text]
    assert flagged == ["comment-noise"]


def test_the_last_comment_stops_before_a_link_list() -> None:
    comments = (
        "Jo Bloggs\nMay 3, 2012 at 9:10 am\n\nI disagree with this.\n\n"
        "Archives\nMay 2012\nApril 2012\nMarch 2012"
    )
    article = newsparse.parse(page(comments, heading="Comments (1)"))
    assert [c.text for c in article.comments.walk()] == ["I disagree with this."]
    unplaced = [b.text for b in article.boilerplate if b.reason.value == "unplaced"]
    assert unplaced == ["Archives\nMay 2012\nApril 2012\nMarch 2012"]


def test_one_block_under_a_bare_heading_is_no_comment() -> None:
    notice = "Sign up for our daily digest and get the best stories delivered to your inbox."
    text = page(notice, heading="Comments").replace(PROSE, f"{PROSE}\n\n{PROSE}")
    article = newsparse.parse(text)
    assert article.comments.span is not None
    assert article.comments.comments == ()
    assert [b.reason.value for b in article.boilerplate if notice in b.text] == ["unplaced"]


def test_one_block_under_a_counted_heading_is_a_comment() -> None:
    text = "I went to this library as a child and I am sorry to see it go."
    article = newsparse.parse(page(text, heading="1 Comment"))
    assert [c.text for c in article.comments.walk()] == [text]


def test_date_first_openers_give_author_and_date() -> None:
    comments = (
        " 1. [a1] On September 28, 2012 at 9:18 am kyh said:\n\n    Stunning pictures!\n\n"
        " 2. [b2] On September 28, 2012 at 10:14 am Cat of the Hills said:\n\n    Lovely boat.\n\n"
        " 3. 10. Jul, 2012 / Mandy St. Amand says:\n\n    Me too."
    )
    found = newsparse.parse(page(comments, heading="3 comments to Our trip")).comments.walk()
    assert [(c.author, c.posted_text, c.text) for c in found] == [
        ("kyh", "September 28, 2012 at 9:18 am", "Stunning pictures!"),
        ("Cat of the Hills", "September 28, 2012 at 10:14 am", "Lovely boat."),
        ("Mandy St. Amand", "10. Jul, 2012", "Me too."),
    ]


def test_name_above_and_date_below_each_comment() -> None:
    comments = (
        "Filter by: [Newest]\n\nPhillip\n\nThat makes me want a used one, not.\n\n"
        "14 minutes ago Report abuse Permalink rate up rate down Reply\n\n"
        "[avatar] Laser\n\nOh my. Wonder why?\n\n"
        "51 minutes ago Report abuse Permalink +1 rate up rate down Reply\n\n"
        "Socialize\n\n  • Facebook\n  • Twitter\n  • iPhone\n  • RSS"
    )
    found = newsparse.parse(page(comments, heading="2 Comments")).comments.walk()
    assert [(c.author, c.posted_text, c.text) for c in found] == [
        ("Phillip", "14 minutes ago", "That makes me want a used one, not."),
        ("Laser", "51 minutes ago", "Oh my. Wonder why?"),
    ]


def test_comment_numbers_and_posted_by_are_no_part_of_the_author() -> None:
    comments = (
        "Comment #1 - Posted by: MattPatt | November 10, 2012 5:39 PM\n\nTough one.\n\n"
        "Comment #2 - Posted by: Kurt | November 10, 2012 5:55 PM\n\nFitting."
    )
    found = newsparse.parse(page(comments, heading="2 Comments")).comments.walk()
    assert [c.author for c in found] == ["MattPatt", "Kurt"]


def test_a_comment_preview_box_is_form_not_a_comment() -> None:
    comments = (
        "Thanks for the write-up.\n\nPosted by: Ann | May 4, 2012 at 09:10 AM\n\n"
        "Still waiting for the bus.\n\nPosted by: Bob | May 4, 2012 at 10:20 AM\n\n"
        "Verify your Comment\n\nPreviewing your Comment\n\nPosted by:  | \n\n"
        "This is only a preview. Your comment has not yet been posted.\n\n"
        "[ Post ] [  Edit  ] Working...\nYour comment could not be posted. Error type:\n\n"
        "Having trouble reading this image? View an alternate.\n\n[ Continue ] Working..."
    )
    article = newsparse.parse(page(comments, heading="2 Comments"))
    found = article.comments.walk()
    assert [(c.author, c.text) for c in found] == [
        ("Ann", "Thanks for the write-up."),
        ("Bob", "Still waiting for the bus."),
    ]
    reasons = {b.text: b.reason for b in article.boilerplate}
    assert reasons["Previewing your Comment"] == "comment-form"
    assert reasons["Posted by: |"] == "comment-form"


def test_a_related_posts_heading_ends_the_last_comment() -> None:
    comments = (
        "Ann Lee\nMay 4th, 2012 at 9:10 am\n\n    Worked for me.\n\n\n"
        "Related Posts\n\n  • How to Keep Your Phone Cool - Part Two\n"
        "  • Is This the End of Batteries as We Know Them?"
    )
    article = newsparse.parse(page(comments, heading="1 Response to “Phones”"))
    assert [c.text for c in article.comments.walk()] == ["Worked for me."]
    section = article.comments.span
    assert section is not None
    assert article.comments.comments[0].span.end_line < section.end_line


def test_the_comment_form_closes_the_thread() -> None:
    comments = (
        "Ann Lee November 12, 2012 at 1:43 pm\n\n    Lovely light in the second one.\n\n"
        "Leave a Reply\n\n[          ]Name *\n\n[Submit]\n\n"
        "Previous post: Ten Days in Lisbon\n11.12.12\n\n"
        "Recent Comments\n\n  □ Bo Ek on Ten Days in Lisbon\n    11.12.12"
    )
    found = newsparse.parse(page(comments, heading="One Response")).comments.walk()
    assert [(c.author, c.text) for c in found] == [("Ann Lee", "Lovely light in the second one.")]


def test_reply_boxes_between_comments_do_not_end_a_counted_thread() -> None:
    comments = (
        "Ann Lee November 12, 2012 at 1:43 pm\n\n    Lovely light in the second one.\n\n"
        "Leave a Reply\n\n[          ]Name *\n\n[Submit]\n\n"
        "Bo Ek November 12, 2012 at 2:05 pm\n\n    The harbour shot is my favourite.\n\n"
        "Leave a Reply\n\n[          ]Name *\n\n[Submit]"
    )
    found = newsparse.parse(page(comments, heading="2 Responses")).comments.walk()
    assert [c.author for c in found] == ["Ann Lee", "Bo Ek"]


def test_a_name_under_each_date_is_the_author() -> None:
    comments = (
        "Taking the long way home turns out to be the quickest way of all\n\n"
        " 1. [avatar]Profile\n    May 4, 2012 at 1:55 pm\n    Bramble Hedge\n\n"
        "    Funny how that works out.\n\n"
        " 2. [avatar]Profile\n    May 4, 2012 at 2:01 pm\n    Torvald\n\n"
        "    Not in my town, it doesn't.\n\n"
        " 3. [avatar]Profile\n    May 4, 2012 at 2:12 pm\n    Hazel Moor\n\n"
        "    Count me in for the next one."
    )
    article = newsparse.parse(page(comments, heading="There are 3 comments about:"))
    assert article.comments.declared_count == 3
    assert [(c.author, c.posted_text, c.text) for c in article.comments.walk()] == [
        ("Bramble Hedge", "May 4, 2012 at 1:55 pm", "Funny how that works out."),
        ("Torvald", "May 4, 2012 at 2:01 pm", "Not in my town, it doesn't."),
        ("Hazel Moor", "May 4, 2012 at 2:12 pm", "Count me in for the next one."),
    ]


def test_a_short_first_line_under_a_date_is_text_when_names_are_not_the_habit() -> None:
    comments = (
        "May 4, 2012 at 1:55 pm\n\nAgreed\n\nAnd the second half was better still.\n\n"
        "May 4, 2012 at 2:01 pm\n\nI could not find the map you mention anywhere.\n\n"
        "May 4, 2012 at 2:12 pm\n\nThe bridge is closed until June, sadly."
    )
    found = newsparse.parse(page(comments, heading="3 Comments")).comments.walk()
    assert [c.author for c in found] == [None, None, None]
    assert found[0].text.startswith("Agreed")


def test_text_left_of_a_numbered_thread_ends_its_last_comment() -> None:
    comments = (
        " 1. Ann Lee, on November 6th, 2012 // Twitter: @annlee\n\n"
        "    That was lovely to watch.\n\n"
        " 2. Bo Ek, on November 7th, 2012 //\n\n    Wonderful work, all of it.\n\n"
        "Anything to add?\n\nAll comments are moderated, so expect a short delay.\n\n"
        "[                    ] Name (required)"
    )
    article = newsparse.parse(page(comments, heading="2 kind comments on “Our film”"))
    assert article.comments.declared_count == 2
    assert [(c.author, c.posted_text, c.text) for c in article.comments.walk()] == [
        ("Ann Lee", "November 6th, 2012", "That was lovely to watch."),
        ("Bo Ek", "November 7th, 2012", "Wonderful work, all of it."),
    ]
    reasons = {b.text: b.reason for b in article.boilerplate}
    assert reasons["[ ] Name (required)"] == "comment-form"


def test_a_date_then_the_author_trails_each_comment() -> None:
    comments = (
        "Lovely colours in the last one.\n\nOctober 11, 2012 | Unregistered CommenterEve\n\n"
        "See you in Bergen next spring!\n\nOctober 12, 2012 | Registered CommenterAnn Lee\n\n"
        "Post a New Comment\n\nEnter your information below to add a new comment.\n\n"
        "Author Email (optional):\n\nSome HTML allowed: <a> <b> <em>"
    )
    found = newsparse.parse(page(comments, heading="2 Comments")).comments.walk()
    assert [(c.author, c.posted_text, c.text) for c in found] == [
        ("Eve", "October 11, 2012", "Lovely colours in the last one."),
        ("Ann Lee", "October 12, 2012", "See you in Bergen next spring!"),
    ]


def test_drupal_headers_with_a_user_id_and_a_login_line() -> None:
    comments = (
        "Thu, 08/09/2012 - 13:04 | 2691543 malikai\n\nHere is how it looks today.\n\n"
        "Login or register to post comments\n\n"
        "Thu, 08/09/2012 - 13:13 | 2691572 Skate Boarder\n\nIn whose hands, though?\n\n"
        "Login or register to post comments"
    )
    article = newsparse.parse(page(comments, heading="2 Comments"))
    assert [(c.author, c.text) for c in article.comments.walk()] == [
        ("malikai", "Here is how it looks today."),
        ("Skate Boarder", "In whose hands, though?"),
    ]
    reasons = {b.reason for b in article.boilerplate if b.text.startswith("Login or register")}
    assert reasons == {"comment-form"}


def test_a_pingback_among_the_comments_is_no_comment() -> None:
    comments = (
        " 1. 1 Chris\n    Nov 2nd, 2009 at 5:48 pm\n\n    Tried it last night and it works.\n\n"
        " 2. 2 Hayden Moor\n    May 10th, 2010 at 11:13 am\n\n    Mine lasts a week now.\n\n"
        " 1. 1 Ten Ways to Save Power: Gadget Life\n    Pingback on Nov 20th, 2009 at 12:23 pm\n\n"
        "    [...] a good roundup of the tips, linked from our site. [...]"
    )
    found = newsparse.parse(page(comments, heading="3 Responses to “Battery Life”")).comments
    assert [c.author for c in found.walk()] == ["Chris", "Hayden Moor"]


def test_the_form_after_the_declared_count_closes_the_thread() -> None:
    comments = (
        "Ann Lee says:\n\n    Lovely light in the second one.\n\n"
        "Leave a Reply\n\n[          ]Name *\n\n[Submit]\n\n"
        "Bo Ek says:\n\n    The harbour shot is my favourite.\n\n"
        "[Submit Comment]\n\nClick to cancel reply\n\n"
        "Cy Moor says:\n\n    Not a comment: the sidebar's recent post list."
    )
    found = newsparse.parse(page(comments, heading="2 Responses")).comments.walk()
    assert [c.author for c in found] == ["Ann Lee", "Bo Ek"]


def test_replying_to_a_comment_from_names_the_reply_s_author() -> None:
    comments = (
        "Pat / November 13, 2012 at 02:49 pm\nuser-pic\nNever heard of the magazine before.\n"
        "Reply\n\n"
        "Rob replying to a comment from Pat / November 13, 2012 at 03:16 pm\nuser-pic\n"
        "Nor had I, to be honest.\nReply"
    )
    found = newsparse.parse(page(comments, heading="2 Comments")).comments.walk()
    assert [(c.author, c.text) for c in found] == [
        ("Pat", "Never heard of the magazine before."),
        ("Rob", "Nor had I, to be honest."),
    ]


def test_a_bulleted_thread_stops_before_a_sidebar_list() -> None:
    thread = "  • I went to this library as a child.\n\nReport\n\n  • So did I, every Saturday.\n\n"
    sidebar = "\n".join(
        f"  • {title}" for title in ("Top Stories", "Local News", "Weather", "Sport")
    )
    article = newsparse.parse(page(thread + sidebar, heading="Comments (2)"))
    assert [c.text for c in article.comments.walk()] == [
        "I went to this library as a child.",
        "So did I, every Saturday.",
    ]
    assert "Weather" in " ".join(b.text for b in article.boilerplate)


def test_a_list_indented_under_a_comment_stays_in_the_thread() -> None:
    links = "\n".join(f"      ■ {site}" for site in ("Plot Nine", "Bean Row", "Slug Wars", "Tansy"))
    thread = (
        "  • Which blogs do you read?\n\n"
        f"    Here are a few I like:\n\n{links}\n\n"
        "  • Thanks, I will read all of those tonight."
    )
    article = newsparse.parse(page(thread, heading="Comments (3)"))
    assert "Thanks, I will read all of those tonight." in [c.text for c in article.comments.walk()]


def test_numbered_list_items_open_comments_as_bullets_do() -> None:
    thread = (
        " 1. Ann\n\n    I went to this library as a child.\n\n"
        " 2. Bo\n\n    So did I, every Saturday morning."
    )
    article = newsparse.parse(page(thread, heading="2 Comments"))
    assert [c.text.split("\n\n")[-1] for c in article.comments.walk()] == [
        "I went to this library as a child.",
        "So did I, every Saturday morning.",
    ]


def test_a_form_box_before_its_label_is_form() -> None:
    form = "\n\n".join(
        f"[{' ' * 22}] {label}"
        for label in ("Name (required)", "Mail (will not be published) (required)", "Website")
    )
    article = newsparse.parse(page(f"Leave a comment\n\n{form}", heading="Comments (0)"))
    reasons = {b.text: b.reason.value for b in article.boilerplate}
    assert reasons["[ ] Mail (will not be published) (required)"] == "comment-form"
    assert article.comments.comments == ()


def test_a_long_nested_link_list_ends_a_bulleted_thread() -> None:
    archive = "\n".join(f"      □ {month} 2012" for month in ("May", "April", "March", "February"))
    archive += "\n" + "\n".join(f"      □ {month} 2011" for month in ("December", "November"))
    archive += "\n      □ October 2011\n      □ September 2011"
    thread = f"  • I went to this library as a child.\n\nReport\n\n  • Archives\n{archive}"
    article = newsparse.parse(page(thread, heading="Comments (1)"))
    assert [c.text for c in article.comments.walk()] == ["I went to this library as a child."]


def test_short_comments_each_with_a_widget_are_no_link_list() -> None:
    said = ["me too", "same here", "love this place", "going on Saturday", "who is with me"]
    thread = "\n\n".join(f"  • {text}\n\nReport this comment" for text in said)
    article = newsparse.parse(page(thread, heading="Comments (5)"))
    assert [c.text for c in article.comments.walk()] == said


def test_replies_nesting_ever_deeper_are_no_link_list() -> None:
    thread = "\n".join(f"{' ' * (2 + level)}• ok {level}" for level in range(10))
    article = newsparse.parse(page(thread, heading="Comments (10)"))
    assert len(list(article.comments.walk())) == 10


def test_links_to_other_posts_end_the_thread() -> None:
    thread = "Jo Bloggs said...\n\nI disagree with this.\n\nPost a Comment"
    after = "Newer Post Older Post Home\nSubscribe to: Post Comments (Atom)\n\nMy Blog List"
    text = page(f"{thread}\n\n{after}", heading="1 comments:").replace(
        "\n\n© 2024 Example News", ""
    )
    article = newsparse.parse(text)
    assert [c.text for c in article.comments.walk()] == ["I disagree with this."]
    reasons = {b.text.split("\n")[0]: b.reason.value for b in article.boilerplate}
    assert reasons["Newer Post Older Post Home"] == "footer"
    assert reasons["My Blog List"] == "footer"


HANDLE_THREAD = [
    ("inkwell", "I went to this library as a child and read every book on the shelf."),
    ("http://twitter.com/bo Bo Tran", "So did I. The reading room had the best chairs in town."),
    ("Anonymous", "Close it and the town loses the only quiet room it has left."),
]


def handle_page(thread: list[tuple[str, str]], after: str = "") -> str:
    comments = "\n\n".join(f"  • {name}\n   \n    {text}" for name, text in thread)
    head = f"Library to close\n\n{PROSE}\n\n{PROSE} {PROSE}"
    return f"{head}\n\n{comments}\n\n{after}© 2024 Example News"


def test_bulleted_handles_over_indented_text_make_a_thread_without_heading() -> None:
    after = "  • Popular posts\n\n  • Archives\n\n  • Most read\n\n"
    article = newsparse.parse(handle_page(HANDLE_THREAD, after))
    assert [(c.author, c.text) for c in article.comments.walk()] == [
        ("inkwell", HANDLE_THREAD[0][1]),
        ("Bo Tran", HANDLE_THREAD[1][1]),
        ("Anonymous", HANDLE_THREAD[2][1]),
    ]
    assert [p.text for p in article.body] == [f"{PROSE} {PROSE}"]


def test_two_handles_or_titles_over_blurbs_make_no_thread() -> None:
    assert newsparse.parse(handle_page(HANDLE_THREAD[:2])).comments.comments == ()
    related = [(f"Story {n}", "Life in one of the fastest growing cities") for n in range(4)]
    assert newsparse.parse(handle_page(related)).comments.comments == ()


def test_date_dash_name_lines_open_comments() -> None:
    thread = (
        "Comments on this article are now closed.\n\n"
        "Fri, 2012-11-09 17:18 — Ann Lee\n\nI went to this library as a child.\n\n"
        "Fri, 2012-11-09 15:30 — Bo Tran (not verified)\n\nSo did I, every Saturday."
    )
    article = newsparse.parse(page(thread, heading="2 comments"))
    assert [(c.author, c.posted_text, c.text) for c in article.comments.walk()] == [
        ("Ann Lee", "Fri, 2012-11-09 17:18", "I went to this library as a child."),
        ("Bo Tran", "Fri, 2012-11-09 15:30", "So did I, every Saturday."),
    ]
    reasons = {b.text: b.reason.value for b in article.boilerplate}
    assert reasons["Comments on this article are now closed."] == "comment-form"


def test_a_date_with_a_dash_then_a_sentence_is_no_header() -> None:
    text = "March 3, 2012 — we went to the zoo and it rained all day."
    article = newsparse.parse(page(f"  • {text}", heading="Comments (1)"))
    assert [(c.author, c.text) for c in article.comments.walk()] == [(None, text)]


def test_short_first_paragraphs_under_widgets_are_no_handles() -> None:
    said = [("Agreed", "The library matters."), ("Sadly", "It will close."), ("Why", "Ask them.")]
    thread = "\n\n".join(
        f"  • {first}\n\n    {second}\n\n    Unsuitable or offensive? Report this comment"
        for first, second in said
    )
    article = newsparse.parse(page(thread, heading="Readers' comments (3)"))
    assert [(c.author, c.text) for c in article.comments.walk()] == [
        (None, f"{first}\n\n{second}") for first, second in said
    ]


def test_a_headed_thread_of_handles_ends_where_its_handles_end() -> None:
    thread = "\n\n".join(f"  • {name}\n   \n    {text}" for name, text in HANDLE_THREAD)
    link = "  • bo\n   \n    Look: http://example.com/library"
    widget = "COMMENTS\n\nPOPULAR\n\n  • Ten things to do in town\n    By: Ann (Diary)"
    text = page(f"LOGIN TO COMMENT | REGISTER TODAY\n\n{thread}\n\n{link}\n\n{widget}", "COMMENTS")
    article = newsparse.parse(text.replace(PROSE, " ".join([PROSE] * 5), 1))
    assert [c.author for c in article.comments.walk()] == ["inkwell", "Bo Tran", "Anonymous", "bo"]
    reasons = {b.text: b.reason.value for b in article.boilerplate}
    assert reasons["LOGIN TO COMMENT | REGISTER TODAY"] == "comment-form"


def test_headings_with_a_word_before_comments_or_a_lead_in() -> None:
    assert declared_count("8 appreciated comments on “New work”", GENERIC) == 8
    assert declared_count("There are 3 comments about:", GENERIC) == 3
    assert declared_count("There are 3 comments about the plan.", GENERIC) is None


def test_dotted_days_and_two_digit_years_are_read_where_certain() -> None:
    thread = "\n\n".join(
        f"Ann Lee, on {when} // Twitter: @annlee\n\nI went to this library as a child."
        for when in ("10. Jul, 2012", "9/25/12 12:10 AM", "11.05.12 at 5:02 pm")
    )
    article = newsparse.parse(page(thread, heading="3 Comments"))
    found = [(c.author, c.posted_text, c.posted) for c in article.comments.walk()]
    assert [(author, text) for author, text, _ in found] == [
        ("Ann Lee", "10. Jul, 2012"),
        ("Ann Lee", "9/25/12 12:10 AM"),
        ("Ann Lee", "11.05.12 at 5:02 pm"),
    ]
    assert [posted.isoformat() if posted else None for _, _, posted in found] == [
        "2012-07-10T00:00:00+00:00",
        "2012-09-25T00:10:00+00:00",
        None,  # 11 May or 5 November: not guessed
    ]


def test_a_name_under_its_date_is_the_author_and_profile_is_no_name() -> None:
    thread = "\n\n".join(
        f" {n}. [avatar]Profile\n    11.0{n}.12 at 2:53 pm\n    {name}\n\n    {text}"
        for n, (name, text) in enumerate(HANDLE_THREAD[::2], start=1)
    )
    article = newsparse.parse(page(thread, heading="2 Comments"))
    assert [(c.author, c.text) for c in article.comments.walk()] == [
        ("inkwell", HANDLE_THREAD[0][1]),
        ("Anonymous", HANDLE_THREAD[2][1]),
    ]


def test_previous_and_next_post_links_end_the_thread() -> None:
    thread = "Jo Bloggs says:\n\nI disagree with this.\n\nReply"
    after = "Previous post: Bins to be emptied weekly\n\nNext post: Bridge reopens\n\nAbout:\n\nMe"
    article = newsparse.parse(page(f"{thread}\n\n{after}", heading="1 Comment"))
    assert [c.text for c in article.comments.walk()] == ["I disagree with this."]
    reasons = {b.text: b.reason.value for b in article.boilerplate}
    assert reasons["Previous post: Bins to be emptied weekly"] == "footer"


def test_a_typepad_preview_widget_is_form_not_a_comment() -> None:
    thread = (
        "I went to this library as a child.\n\n"
        "Posted by: Ann Lee | March 05, 2012 at 10:02 AM\n\n"
        "So did I, every Saturday.\n\n"
        "Posted by: Bo Tran | March 05, 2012 at 11:40 AM"
    )
    preview = (
        "Verify your Comment\n\nPreviewing your Comment\n\nPosted by:  | \n\n"
        "This is only a preview. Your comment has not yet been posted.\n\n"
        "[ Post ] [  Edit  ] Working...\nYour comment could not be posted. Error type:\n\n"
        "Having trouble reading this image? View an alternate.\n\n[ Continue ] Working..."
    )
    article = newsparse.parse(page(f"{thread}\n\n{preview}", heading="Comments"))
    assert [(c.author, c.text) for c in article.comments.walk()] == [
        ("Ann Lee", "I went to this library as a child."),
        ("Bo Tran", "So did I, every Saturday."),
    ]
    form = [b.text for b in article.boilerplate if b.reason.value == "comment-form"]
    assert "This is only a preview. Your comment has not yet been posted." in form


def test_text_left_of_the_last_comment_is_outside_it() -> None:
    thread = (
        " 1. Ann Lee says:\n    March 3, 2012 at 4:15 pm\n\n"
        "    I went to this library as a child.\n\n"
        " 2. Bo Tran says:\n    March 3, 2012 at 5:02 pm\n\n    So did I, every Saturday.\n\n"
        "Debate is fine, flaming is not: keep your comments civil and on topic, please."
    )
    article = newsparse.parse(page(thread, heading="2 Comments"))
    assert [(c.author, c.text) for c in article.comments.walk()] == [
        ("Ann Lee", "I went to this library as a child."),
        ("Bo Tran", "So did I, every Saturday."),
    ]


def test_an_author_glued_to_a_month_after_a_capital_or_a_digit() -> None:
    thread = "\n\n".join(
        f"{glued} 22, 2012 12:12 PM\n\n{text}\n\nReplyDelete"
        for glued, text in (
            ("Ashley KOctober", "I went to this library as a child."),
            ("fiery686October", "So did I, every Saturday."),
        )
    )
    article = newsparse.parse(page(thread, heading="2 comments:"))
    assert [(c.author, c.posted_text) for c in article.comments.walk()] == [
        ("Ashley K", "October 22, 2012 12:12 PM"),
        ("fiery686", "October 22, 2012 12:12 PM"),
    ]


def test_a_promo_heading_ends_the_last_comment() -> None:
    thread = "Ann Lee says:\nMarch 3, 2012 at 4:15 pm\n\nI went to this library as a child."
    related = "Related Posts\n\n  • Bins to be emptied weekly\n  • Bridge reopens"
    article = newsparse.parse(page(f"{thread}\n\n{related}", heading="1 Comment"))
    assert [c.text for c in article.comments.walk()] == ["I went to this library as a child."]
