"""The "What changed" section at the top of the report: the daily digest of the period's last day.

Data from :mod:`chainwire.digest` (``marts.digest_movers`` and ``marts.digest_top_stories``);
every value is escaped on its way into the HTML, and links are kept only for http(s) URLs.
"""

from __future__ import annotations

from chainwire.digest import TEST_DESCRIPTION, Digest
from chainwire.report.page import esc, safe_href

SECTION_ID = "digest"


def _key_label(m: dict, topic_labels: dict[str, str], country_names: dict[str, tuple[str, str]]) -> str:
    key = str(m.get("key") or "")
    if m.get("dimension") == "topic":
        return f"{topic_labels.get(key, key)} ({key})"
    ko, en = country_names.get(key.upper(), ("", ""))
    return f"{ko or en} ({key})" if (ko or en) else key


def render_digest(d: Digest, topic_labels: dict[str, str], country_names: dict[str, tuple[str, str]]) -> str:
    day = esc(d.day) if d.day else "–"
    if d.movers:
        rows = []
        for m in d.movers:
            up = m.get("change") == "up"
            rows.append(
                f'<tr class="{"up" if up else "down"}"><td>{"▲ up" if up else "▼ down"}</td>'
                f'<td>{esc(m.get("dimension"))}</td><td>{esc(_key_label(m, topic_labels, country_names))}</td>'
                f'<td class="num">{esc(m.get("unique_stories"))}</td><td class="num">{esc(m.get("articles"))}</td>'
                f'<td class="num">{esc(_fmt(m.get("baseline_mean"), ".2f"))}</td>'
                f'<td class="num">{esc(_fmt(m.get("z_score"), "+.1f"))}</td></tr>')
        movers = ('<table class="grid movers"><thead><tr><th>change</th><th>what</th><th>key</th>'
                  '<th>unique stories</th><th>articles</th><th>28-day mean</th><th>z</th></tr></thead><tbody>'
                  + "".join(rows) + "</tbody></table>")
    else:
        why = f" ({esc(d.note)})" if d.note else ""
        movers = (f'<p class="muted" data-digest="no-movers">No topic or country departs from its 28-day '
                  f'baseline on {day}{why}.</p>')
    if d.top_stories:
        rows = []
        for s in d.top_stories:
            href = safe_href(s.get("url"))
            t = esc(s.get("title")) or "(untitled)"
            link = f'<a href="{esc(href)}" target="_blank" rel="noopener noreferrer">{t}</a>' if href else t
            topics = ", ".join(topic_labels.get(x, x) for x in str(s.get("topics") or "").split(", ") if x)
            rows.append(f'<tr><td class="num">{esc(s.get("rank"))}</td><td>{link}<div class="topics">'
                        f'{esc(s.get("outlet"))}{(" · " + esc(topics)) if topics else ""}</div></td>'
                        f'<td class="num">{esc(s.get("outlets"))}</td><td class="num">{esc(s.get("articles"))}</td>'
                        f'<td class="nowrap">{esc(s.get("first_published_date"))}</td></tr>')
        stories = ('<table class="grid stories digest-stories"><thead><tr><th>#</th><th>story · outlet of its representative copy</th>'
                   '<th>outlets</th><th>copies</th><th>first published</th></tr></thead><tbody>'
                   + "".join(rows) + "</tbody></table>")
    else:
        stories = f'<p class="muted">No stories published on {day}{(" (" + esc(d.note) + ")") if d.note else ""}.</p>'
    return (f'<section class="panel wide" id="{SECTION_ID}"><header><h2>What changed on {day}</h2>'
            f'<span class="dl">data: <a href="data/digest_movers.csv" download>movers CSV</a> · '
            f'<a href="data/digest_top_stories.csv" download>top stories CSV</a></span></header>'
            f'<p class="desc">Daily digest of the period&#39;s last publication day (KST). Topics and countries '
            f'whose coverage departs from their baseline: {esc(TEST_DESCRIPTION)}. Top stories: the story '
            f'clusters with a copy published that day, ranked by the number of distinct outlets carrying them.</p>'
            f'<div class="two"><div><h3>Coverage that changed</h3>{movers}</div>'
            f'<div><h3>Top stories by outlets carrying them</h3>{stories}</div></div></section>')


def _fmt(value, spec: str) -> str | None:
    try:
        return format(float(value), spec)
    except (TypeError, ValueError):
        return None
