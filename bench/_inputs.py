"""Inputs for the speed benchmarks: grown seed pages and adversarial pages.

Nothing here imports newsparse at module level, so ``bench/compare.py`` can
build the same inputs for any revision of the library.
"""

from __future__ import annotations


def repeat_page(page: str, times: int) -> str:
    """Return ``page`` repeated whole ``times`` times, one blank line between copies."""
    return "\n\n".join([page] * times)


def grow(seed: str, factor: int) -> str:
    """Return ``seed`` with its body paragraphs and its comments each repeated ``factor`` times.

    The layout stays the seed's: masthead and headline once, the body, the
    comments heading, the comments with their widgets, the footer once.
    """
    import newsparse  # here: the other inputs are made without the library

    lines = seed.splitlines()
    article = newsparse.parse(seed)
    section = article.comments
    if article.standfirst is None or section.span is None or not section.comments:
        return "\n".join(lines * factor)  # not a seed-like page: repeat it whole
    body_start = article.standfirst.span.start_line - 1
    heading = section.span.start_line - 1
    first_comment = section.comments[0].span.start_line - 1
    noise_ends = [
        block.span.end_line
        for block in article.boilerplate
        if block.reason is newsparse.BlockReason.COMMENT_NOISE
    ]
    comments_end = max(noise_ends, default=section.comments[-1].span.end_line)
    body = lines[body_start:heading]
    comments = [*lines[first_comment:comments_end], ""]
    return "\n".join(
        lines[:body_start]
        + body * factor
        + lines[heading:first_comment]
        + comments * factor
        + lines[comments_end:]
    )


def one_long_line(size: int) -> str:
    sentence = "The council met again on Tuesday and agreed the plan for the bridge. "
    return (sentence * (size // len(sentence) + 1))[:size]


def quote_marks(count: int) -> str:
    pairs_per_paragraph = 100
    paragraph = " ".join(f"‘word{n}’ and" for n in range(pairs_per_paragraph)) + "."
    paragraphs = [paragraph] * (count // (2 * pairs_per_paragraph))
    return "Quotes Everywhere\n\n" + "\n\n".join(paragraphs)


def deep_indentation(size: int) -> str:
    lines = ["Indented Page", ""]
    total, number = 0, 0
    while total < size:
        line = " " * ((number * 97) % 5001) + f"Line {number} of a layout table column."
        lines.append(line)
        total += len(line) + 1
        number += 1
    return "\n".join(lines)


def bullets(count: int, size: int) -> str:
    width = max(8, size // count - 5)
    text = ("Agreed, and the council should say so plainly. " * (width // 40 + 1))[:width]
    items = "\n".join(f"  • {text.strip()}" for _ in range(count))
    body = "A short article body sits above a very long comment thread."
    return f"Many Bullets\n\n{body}\n\nReaders' comments ({count})\n\n{items}\n\nHave your say"


_COMMENT_TEXT = "Agreed, and the council should say so plainly before the vote."


def says_thread(count: int) -> str:
    """A thread of ``count`` headed comments ("NAME says:" + date + text + Reply)."""
    comments = "\n\n".join(
        f"Reader {n} says:\nMarch {n % 28 + 1}, 2012 at {n % 12 + 1}:15 pm\n\n"
        f"{_COMMENT_TEXT}\n\nReply"
        for n in range(count)
    )
    body = "A short article body sits above a very long comment thread."
    return f"Many Comments\n\n{body}\n\n{count} Responses\n\n{comments}\n\nLeave a Reply"


def nested_thread(depth: int, size: int) -> str:
    """Chains of replies ``depth`` levels deep, indented two spaces a level, up to ``size``."""
    blocks: list[str] = []
    total, n = 0, 0
    while total < size:
        level = n % depth
        pad = "  " * level
        block = f"{pad}Reader {n} says:\n\n{pad}{_COMMENT_TEXT}\n\n{pad}Reply"
        blocks.append(block)
        total += len(block) + 2
        n += 1
    body = "A short article body sits above a deeply nested comment thread."
    return f"Deep Thread\n\n{body}\n\n{n} Comments\n\n" + "\n\n".join(blocks)
