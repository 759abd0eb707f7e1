r"""The ``generic`` adapter: line patterns for the boilerplate that many sites share.

Every pattern is written in the syntax of Python's ``re`` (``[^\W\d_]`` for a
letter), so that it compiles fast: these patterns are compiled when
newsparse is imported.

Its patterns are also tried after every layout adapter's own, so a layout
adapter lists only what is peculiar to its site.
"""

from __future__ import annotations

from newsparse.adapters._adapter import Adapter, compile_patterns

__all__ = ["GENERIC"]

# Widget words under a comment, in the languages of the corpus pages.
_WIDGET_WORDS = (
    r"reply( to this)?|replydelete|delete|like|unlike|report( abuse)?|flag|share|permalink"
    r"|parent|link|edit|quote|vote (up|down)|log in to reply|répondre|signaler|antworten"
    r"|melden|responder|denunciar|rispondi|segnala|flag as inappropriate"
    r"|(twitter )?(facebook )?share on (google\+|twitter|facebook)"
)

# What comment headings call comments, in the languages of the corpus pages.
_COMMENT_WORDS = (
    r"comments?|responses?|replies|thoughts|reactions|kommentare?|commentaires?"
    r"|comentários?|comentarios?|commenti|commento|reacties|komentarze|комментари[йия]"
    r"|댓글|コメント"
)

# A comments heading without a count: "Comments", "Discussion", "What do you think?"
_BARE_HEADING = (
    r"^(" + _COMMENT_WORDS.replace("comments?|", "comments|") + r"|discussion|reader comments"
    r"|what do you think\??)"
)
# ... and what may follow it: "Comments (3) Add a comment"
_ADD_ONE = r"( ?(add|post|leave|write) (a |your )?(comment|reply|response))?$"

GENERIC = Adapter(
    name="generic",
    description="Any site: boilerplate that many sites share, and evidence from the text itself.",
    site_header=compile_patterns(
        # matches "Skip to main content", "Skip to content"
        r"^skip to (main )?content\b",
        # matches "Home | News | Sport | ..."
        # (possessive: a word ends at a space, so giving back letters never helps)
        r"^(\S++( \S++)? \| ){2,}",
        # matches "Sign in", "Log in", "Subscribe", "Menu", "Search"
        r"^(sign in|log ?in|subscribe|menu|search|register)( \| .*)?$",
    ),
    promo=compile_patterns(
        # matches "Advertisement", "ADVERTISEMENT", "Sponsored content"
        r"^(advertisement|sponsored( content)?|promoted( stories)?)$",
        # matches "Sign up to our newsletter", "Subscribe to our daily newsletter"
        r"^(sign up|subscribe)( now)? (to|for) (our|the) .{0,40}newsletter",
        # matches "READ MORE: ...", "Related: ...", "WATCH: ..."
        r"^(read more|related|see also|watch|listen|most read|recommended)\b ?:",
        # matches "Share this: Facebook | Twitter | Email", "Share this article"
        r"^share (this|on|via)\b.{0,80}$",
        # matches "Read more", "Related articles", "Most popular"
        r"^(read more|related (articles|stories|posts|content)|most (popular|read|viewed))$",
    ),
    comments_heading=compile_patterns(
        # matches "Readers' comments (29)", "Reader comments (3)"
        r"^readers?'? comments? ?(\((?P<count>\d[\d,]*)\))?$",
        # matches "29 Comments", "13 comments:", "{ 2 comments… read them below or add one }",
        # "33 Comments Add A Comment", "One response to “Post title”", "12 thoughts on “…”"
        r"^[{(\[]?\s*(?P<count>\d[\d,]*|one|no) ("
        + _COMMENT_WORDS
        + r")\b(?!\s+(?:were|was|are|is|have|has|had|from|by|about|and|or)\b)[^.!?]{0,80}[.!]?$",
        r"^(?P<count>\d[\d,]*|one|no) (" + _COMMENT_WORDS + r") (to|on) \S.{0,100}$",
        # matches "8 appreciated comments on “Post title”", "There are 3 comments about:",
        # "There is one response to “Post title”"; not "There are 3 comments about the plan."
        r"^(?P<count>\d[\d,]*|one|no) [^\W\d_]+ ("
        + _COMMENT_WORDS
        + r") (to|on) [“\"‘'«].{0,100}$",
        r"^there (are|is|were) (?P<count>\d[\d,]*|one|no) (" + _COMMENT_WORDS + r")"
        r"( (about|on|to) ?:| (about|on|to) [“\"‘'«].{0,100})?$",
        # matches "2 Reader Comments", "Showing 12 comments", "Viewing all 3 responses"
        r"^(?P<count>\d[\d,]*|one) readers?'? (comments?|responses?)$",
        r"^(showing|viewing|displaying) (all )?(?P<count>\d[\d,]*) (" + _COMMENT_WORDS + r")$",
        # matches "Comments (29)", "Comments", "Kommentare (4)", "Discussion", and "Comments: 29"
        _BARE_HEADING + r"( ?\((?P<count>\d[\d,]*)\)| ?:)?" + _ADD_ONE,
        _BARE_HEADING + r" ?: ?(?P<count>\d[\d,]*)" + _ADD_ONE,
        # matches "Responses to “Post title”", "Comments on this entry", not "Comments on this
        # article are now closed." (a form notice)
        r"^(responses?|comments?|replies|thoughts|reactions) (to|on) (?!.* are (now )?closed\b)"
        r"\S.{0,100}$",
    ),
    comment_noise=compile_patterns(
        # matches "Unsuitable or offensive? Report this comment"
        r"^(unsuitable or offensive\? )?report this comment$",
        # matches "Reply", "Reply ↓", "ReplyDelete", "Reply to This  Parent  Share", "Répondre",
        # and the words in brackets as a journal prints them: "(Reply) (Parent) (Thread)"
        r"^((" + _WIDGET_WORDS + r"|\((" + _WIDGET_WORDS + r"|thread)\))\s*[↓↑→←»«#|·•]*\s*)+$",
        # matches "▲ 5 ▼", "+3 -1"
        r"^[▲▼↑↓+\-\d\s]+$",
        # matches "Sort by: Newest | Oldest | Most liked", "Filter by: [Newest]", "Newest | Oldest"
        r"^(sort|order|filter)( by)?\s*:.{0,80}$",
        r"^(newest|oldest|most (liked|popular|recent)|best|top)( ?\| ?\S.{0,20}){1,4}$",
        # matches "Threshold: [-1: 47 comments] ...", "1 reply beneath your current threshold."
        r"^threshold\s*:",
        r"\bbeneath your current threshold\b",
        # matches "Subscribe to this comment's feed", "... subscribing to the comment feed ..."
        r"\bcomments?('s)? (rss )?feed\b",
        # matches "RSS feed for the comments here."
        r"^(rss )?feed for (the )?comments\b.{0,40}$",
        # matches "Subscribe to comments on this entry", "Subscribe to: Post Comments (Atom)"
        r"^subscribe to:? (the )?(post )?comments\b.{0,40}$",
    ),
    pagination=compile_patterns(
        # matches "View results 10 results per page20 results per page"
        r"^view results\b",
        r"\bresults per page\b",
        # matches "Page 2 of 5", "« Older comments", "Newer Comments »", "Load more comments"
        r"^page \d+ of \d+$",
        r"^[«‹<←]?\s*(older|newer|previous|next|more|earlier|later) comments\s*[»›>→]?$",
        r"^(load|show|view|see) (more|all|older|previous)( \d+)? comments?\b",
        # matches "« Previous 1 2 3 Next »"
        r"^[«‹<←]?\s*(previous|prev|newer)\b[\d\s…·|]{0,40}\b(next|older)\s*[»›>→]?$",
    ),
    comment_form=compile_patterns(
        # matches "Leave a Reply", "Post a comment", "Add your comment", "Laisser un commentaire"
        r"^(leave a (reply|comment)|post a comment|add (a|your) comment|write a comment"
        r"|laisser un commentaire|ajouter un commentaire|kommentar (hinterlassen|schreiben)"
        r"|deja un comentario|deixe um comentário|lascia un commento)\b",
        # matches "Name (required)", "Email", "Website", "Name * [", "Nom *", "Comment: [",
        # and the same with the box first: "[      ] Mail (will not be published) (required)"
        r"^(\[[\s_]*\] *)?(your |author )?(name|e-?mail|mail|website|url|comment|nom|courriel"
        r"|site( web)?|nombre|correo|sitio web|kommentar|commentaire|comentario)"
        r"( \([^)]*\))*( ?\*)?:?( ?\[[^\]]*\]?)*$",
        # matches "You must be logged in to post a comment.", "Sign in to comment"
        r"^you must be (logged|signed) in to (post|leave|add) a comment\.?$",
        # matches "Sign in or register to comment", "LOGIN TO COMMENT | REGISTER TODAY"
        r"^(log ?in|sign ?in) or register to (post )?(comments?|reply)$",
        r"^(sign|log) ?in to (comment|reply|post a comment|join the discussion)"
        r"(\s*[|·•/]\s*(register|sign up)( today| now| for free)?)?\.?$",
        # matches an empty box "[          ]" and buttons "[Submit]", "[ Post Comment ]"; an
        # avatar "[51689c]" is no form
        r"^\[[\s_]*\]$",
        r"^\[\s*(submit|post|send|publish|preview|reply|comment|envoyer|publier|absenden"
        r"|senden|enviar|invia)\b[^\]]{0,30}\]$",
        r"^(\[ *\] *)?(post comment|submit( comment)?|send|publish)$",
        # matches a row holding a checkbox and a button: "[ ] Also post elsewhere   [Comment]"
        r"^\[ *\]\s.*\s\[\s*[^\W\d_][^\]]{0,30}\]$",
        r"^(\[ *\] *)?(notify me|prévenez-moi|avertissez-moi|benachrichtige mich|avísame"
        r"|avvisami)\b.*$",
        # matches "Your email address will not be published."
        r"^your e-?mail( address)? will (not|never) be (published|shared)\b",
        # matches "Comments are closed.", "The comments to this entry are closed."
        r"^(the )?comments( to this entry| on this (post|entry|article))? are (now )?closed\.?$",
        # matches "Join the discussion", "Join the conversation"
        r"^join the (discussion|conversation)$",
        # matches "Post a New Comment", "Enter your information below to add a new comment."
        r"^(post ?)?(post|add|leave|write) a new comment$",
        r"^enter your information below to (add|leave|post) a (new )?comment\b",
        # matches "Some HTML allowed: <a href=...>", "Allowed HTML: <a> <em>"
        r"^(some html (is )?allowed|allowed html)\b",
        # matches "Comments are moderated, and will not appear until ..."
        r"^comments are moderated\b",
    ),
    trackbacks=compile_patterns(
        # matches "2 Trackbacks/Pingbacks", "{ 1 trackback }", "Trackback Pings", "Pingbacks"
        r"^[{(\[]?\s*(\d+\s+)?(trackbacks?|pingbacks?)(\s*(/|and|&)\s*(trackbacks?|pingbacks?))?"
        r"( pings)?\s*[})\]]?:?$",
        r"^trackback pings$",
    ),
    footer=compile_patterns(
        # matches "© 2024 Example Media", "Copyright 2024", "All rights reserved"
        r"^(©|\(c\)|copyright\b)",
        r"\ball rights reserved\b",
        # matches "Privacy policy | Terms of use | Contact us"
        r"^(privacy( policy)?|terms (of|and) (use|service|conditions)"
        r"|cookie (policy|settings)|contact us|about us)\b",
        # matches "Have your say"
        r"^have your say$",
        # matches "Tags: baking, bread", "Related Topics: Oceans, Climate", "Filed under: News"
        r"^(related )?(tags|topics|filed under|categories|posted in)\b ?:",
        # matches "Newer Post Older Post Home" (with the feed link after it on its block),
        # "Older Post Home", "« Previous post | Next post »": links to the blog's other
        # posts, under the post and its comments
        r"^((newer|older) post ){1,2}home\b",
        r"^[«‹<←]?\s*(previous|next) (post|entry)\s*[|·•]\s*(previous|next) (post|entry)"
        r"\s*[»›>→]?$",
        # matches "Previous post: Title", "Next post: Title"
        r"^(previous|next) (post|entry): \S.{0,100}$",
    ),
    byline=compile_patterns(
        # matches "By Jane Smith", "By Jane Smith and Ali Khan, Health Reporter", "Posted by jo",
        # and "Written by Hal Ember · 9 March 2012, 20:00"
        r"^(posted |written )?by [^\W\d_](?:[^\W\d]|['’.\-])*( (?:[^\W\d_]|['’.\-])+){0,5}"
        r"(,.*|\s*[|·•–—]\s*.*)?$",
        # matches "Published 3 March 2021", "Updated: 12:03 GMT, 4 May 2020",
        # and "Published 2012-03-10 18:00 by Club captain", "Publié le 6 mars 2012 par Ann"
        r"^(published|updated|posted|last updated|(last )?modified|publié|mis à jour|veröffentlicht"
        r"|publicado"
        r"|pubblicato)( on| le| am| el| il)?:? .{0,40}\b\d{4}\b.{0,50}$",
        # matches "12 April 2013 by Committee Secretary"
        r"^\d{1,2} [^\W\d_]{3,9} \d{4} by \S.{0,50}$",
        r"^[^\W\d_]{3,9} \d{1,2}, \d{4} by \S.{0,50}$",
        # matches "4 June 2019", "March 14, 2012", "Tuesday 4 June 2019 10:15", and
        # a time with its zone after a comma, "at" or nothing: "Tue 5 Mar 2024 14.02 GMT"
        # and "March 3, 2024 at 12:04 p.m. ET" too; when it was updated may follow,
        # as in "March 5, 2024 2:15 PM GMT Updated 2 hours ago"
        r"^([^\W\d_]++,? )?(\d{1,2}+(st|nd|rd|th)? [^\W\d_]{3,9}+\.?"
        r"|[^\W\d_]{3,9}+\.? \d{1,2}+(st|nd|rd|th)?,?)"
        r" \d{4}\b,?( at)?[\d:.apmAPM ]{0,12}"
        r"((?<=[\dmM.] )(?-i:[A-Z]{2,4})|(?<=\d )[+-]\d{2}:?\d{2})?"
        r"( ?[|·•]? ?(last )?updated\b.{0,40})?$",
        # matches "5 min read", "12 minute read", "Reading time: 4 minutes"
        r"^(\d{1,2} min(ute)?s? read|reading time:? \d{1,2} min(ute)?s?)$",
        # matches "2019-06-04", "2019-06-04 10:15"
        r"^\d{4}-\d{2}-\d{2}([ T]\d{2}:\d{2}(:\d{2})?)?$",
    ),
)
