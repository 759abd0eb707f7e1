"""The zone rules that read an HTML page's structure, as the chain names them.

``html-headline``, ``html-body`` and ``html-chrome`` (see
:mod:`.stated_headline`, :mod:`.container`, :mod:`.chrome`) do nothing for
text input; their modules are loaded with the first HTML page, so that
``import newsparse`` and text parsing do not pay for them.
"""

from __future__ import annotations

from newsparse.adapters import Label, ZoneContext

__all__ = ["html_body", "html_chrome", "html_headline"]


def html_headline(context: ZoneContext) -> dict[int, Label]:
    """Label the block that shows the page's stated headline (see :mod:`.stated_headline`)."""
    if context.evidence is None:
        return {}
    from newsparse._pipeline.zones.stated_headline import stated_headline

    return stated_headline(context)


def html_body(context: ZoneContext) -> dict[int, Label]:
    """Label the article's text: the element holding its prose (see :mod:`.container`)."""
    if context.evidence is None:
        return {}
    from newsparse._pipeline.zones.container import article_container

    return article_container(context)


def html_chrome(context: ZoneContext) -> dict[int, Label]:
    """Label navigation, banners, sidebars and footers (see :mod:`.chrome`)."""
    if context.evidence is None:
        return {}
    from newsparse._pipeline.zones.chrome import chrome

    return chrome(context)
