"""Altair (Vega-Lite 6) charts for the coverage report: one function per chart, data inlined.

Each builder takes the DataFrame behind the chart and returns a Vega-Lite spec (a dict),
with the rows embedded as ``data.values`` so the page works from disk with no server.
"""

from __future__ import annotations

import math
from datetime import date, datetime

import altair as alt
import pandas as pd

# Korean text needs a CJK-capable face; Vega passes this CSS font list to SVG/canvas text.
FONT = '"Noto Sans CJK KR", "Noto Sans KR", "Apple SD Gothic Neo", "Malgun Gothic", "Nanum Gothic", sans-serif'
DIRECTION_COLORS = {"positive": "#2e7d32", "negative": "#c62828", "unknown": "#9e9e9e"}
OUTCOME_COLORS = {"passed": "#2e7d32", "failed": "#c62828"}


def records(df: pd.DataFrame) -> list[dict]:
    """Rows as JSON-safe dicts: dates as ISO strings, NaN/NaT as null, numpy scalars as Python numbers."""
    out = []
    for row in df.to_dict(orient="records"):
        clean = {}
        for k, v in row.items():
            if v is None or (isinstance(v, float) and math.isnan(v)) or v is pd.NaT:
                v = None
            elif isinstance(v, pd.Timestamp):
                v = v.date().isoformat() if v == v.normalize() and v.tz is None else v.isoformat()
            elif isinstance(v, datetime):
                v = v.isoformat()
            elif isinstance(v, date):
                v = v.isoformat()
            elif hasattr(v, "item"):  # numpy scalar
                v = v.item()
            elif not isinstance(v, (str, int, float, bool)):
                v = str(v)
            if isinstance(v, float) and math.isnan(v):
                v = None
            clean[k] = v
        out.append(clean)
    return out


def _finish(chart: alt.TopLevelMixin) -> dict:
    spec = chart.configure(font=FONT).configure_view(stroke=None).configure_axis(
        labelFontSize=12, titleFontSize=12, labelLimit=220).configure_legend(
        labelFontSize=12, titleFontSize=12, labelLimit=220).to_dict()
    if spec.get("width") == "container" or any(
            layer.get("width") == "container" for layer in spec.get("layer", [])):
        spec.setdefault("autosize", {"type": "fit-x", "contains": "padding"})
    return spec


def _height(n: int, per: int = 22, lo: int = 120) -> int:
    return max(lo, per * n)


def topic_trend(df: pd.DataFrame) -> dict:
    """Daily coverage, one small panel per topic: solid = articles (every copy), dashed = unique stories."""
    long = df.melt(id_vars=["date", "topic", "topic_label"], value_vars=["articles", "unique_stories"],
                   var_name="measure", value_name="count")
    measures = ["articles (all copies)", "unique stories"]
    long["measure"] = long["measure"].map({"articles": measures[0], "unique_stories": measures[1]})
    days = pd.to_datetime(df["date"]).dt.normalize().nunique() if len(df) else 1
    ticks = {"interval": "day", "step": max(1, math.ceil(days / 6))}  # whole days only, about 6 labels
    order = _order(df, "topic_label")
    columns = min(4, len(order))
    width = {1: 900, 2: 520, 3: 340}.get(columns, 250)
    base = alt.Chart().mark_line(point=alt.OverlayMarkDef(size=28), strokeWidth=2).encode(
        x=alt.X("date:T", timeUnit="utcyearmonthdate", title=None,
                axis=alt.Axis(format="%m-%d", labelAngle=0, tickCount=ticks, grid=False)),
        y=alt.Y("count:Q", title=None, axis=alt.Axis(tickMinStep=1, format="d")),
        color=alt.Color("measure:N", title="counted as", sort=measures,
                        scale=alt.Scale(domain=measures, range=["#1f5fa8", "#e76f51"]),
                        legend=alt.Legend(orient="top", symbolType="stroke", symbolStrokeWidth=2, symbolSize=300)),
        strokeDash=alt.StrokeDash("measure:N", title="counted as", sort=measures,
                                  scale=alt.Scale(domain=measures, range=[[1, 0], [5, 3]])),
        tooltip=[alt.Tooltip("date:T", timeUnit="utcyearmonthdate", title="day", format="%Y-%m-%d"),
                 alt.Tooltip("topic_label:N", title="topic"), alt.Tooltip("topic:N", title="topic id"),
                 alt.Tooltip("measure:N", title="counted as"), alt.Tooltip("count:Q")],
    ).properties(width=width, height=120)
    chart = base.facet(
        data=alt.Data(values=records(long)),
        facet=alt.Facet("topic_label:N", sort=order, title=None,
                        header=alt.Header(labelFontSize=13, labelFontWeight="bold", labelPadding=4)),
        columns=columns, spacing={"row": 18, "column": 14})
    return _finish(chart)


def country_share(df: pd.DataFrame) -> dict:
    chart = alt.Chart(alt.Data(values=records(df))).mark_bar(color="#1f77b4").encode(
        x=alt.X("share_of_voice:Q", title="share of voice (articles naming the country / all country mentions)",
                axis=alt.Axis(format="%")),
        y=alt.Y("country:N", title=None, sort=_order(df, "country")),
        tooltip=[alt.Tooltip("country:N"), alt.Tooltip("country_en:N", title="English"),
                 alt.Tooltip("share_of_voice:Q", format=".1%", title="share of voice"),
                 alt.Tooltip("articles:Q"), alt.Tooltip("unique_stories:Q", title="unique stories"),
                 alt.Tooltip("subject_articles:Q", title="as subject"), alt.Tooltip("mentions:Q")],
    ).properties(width="container", height=_height(len(df)))
    text = chart.mark_text(align="left", dx=3, fontSize=11).encode(
        text=alt.Text("share_of_voice:Q", format=".0%"), color=alt.value("#333"))
    return _finish(alt.layer(chart, text).properties(width="container", height=_height(len(df))))


def _order(df: pd.DataFrame, by: str, value: str = "articles") -> list:
    """Category order by total ``value``, largest first (explicit, so layers with transforms agree)."""
    return list(df.groupby(by, sort=False)[value].sum().sort_values(ascending=False, kind="stable").index)


def topic_country(df: pd.DataFrame) -> dict:
    base = alt.Chart(alt.Data(values=records(df))).encode(
        x=alt.X("country:N", title=None, sort=_order(df, "country"), axis=alt.Axis(labelAngle=-40)),
        y=alt.Y("topic_label:N", title=None, sort=_order(df, "topic_label")),
    )
    rect = base.mark_rect().encode(
        color=alt.Color("articles:Q", title="articles", scale=alt.Scale(scheme="blues")),
        tooltip=[alt.Tooltip("topic_label:N", title="topic"), alt.Tooltip("country:N"), alt.Tooltip("articles:Q"),
                 alt.Tooltip("unique_stories:Q", title="unique stories")])
    text = base.transform_joinaggregate(max_articles="max(articles)").mark_text(fontSize=11).encode(
        text=alt.Text("articles:Q"),
        color=alt.condition("datum.articles > 0.55 * datum.max_articles", alt.value("white"), alt.value("#222")))
    n_topics = df["topic"].nunique()
    return _finish(alt.layer(rect, text).properties(width="container", height=_height(n_topics, 30)))


def top_actors(df: pd.DataFrame) -> dict:
    chart = alt.Chart(alt.Data(values=records(df))).mark_bar().encode(
        x=alt.X("articles:Q", title="articles naming the actor"),
        y=alt.Y("name:N", title=None, sort=alt.EncodingSortField("articles", order="descending")),
        color=alt.Color("kind:N", title="kind", scale=alt.Scale(domain=["organization", "person"],
                                                                range=["#5e60ce", "#f4a261"])),
        tooltip=[alt.Tooltip("name:N"), alt.Tooltip("kind:N"), alt.Tooltip("actor_id:N", title="id"),
                 alt.Tooltip("articles:Q"), alt.Tooltip("unique_stories:Q", title="unique stories"),
                 alt.Tooltip("mentions:Q")],
    ).properties(width="container", height=_height(len(df)))
    return _finish(chart)


def top_companies(df: pd.DataFrame) -> dict:
    chart = alt.Chart(alt.Data(values=records(df))).mark_bar(color="#2a9d8f").encode(
        x=alt.X("articles:Q", title="articles naming the company"),
        y=alt.Y("label:N", title=None, sort=alt.EncodingSortField("articles", order="descending")),
        tooltip=[alt.Tooltip("name:N"), alt.Tooltip("ticker:N"), alt.Tooltip("articles:Q"),
                 alt.Tooltip("unique_stories:Q", title="unique stories"), alt.Tooltip("mentions:Q")],
    ).properties(width="container", height=_height(len(df)))
    return _finish(chart)


OUTLET_MEASURES = {"articles": "articles", "unique_stories": "unique stories",
                   "supply_chain_articles": "supply-chain articles", "canonical_articles": "canonical copies"}


def outlets(df: pd.DataFrame) -> dict:
    long = df.melt(id_vars=["outlet"], value_vars=list(OUTLET_MEASURES), var_name="measure", value_name="count")
    long["measure"] = long["measure"].map(OUTLET_MEASURES)
    order = list(OUTLET_MEASURES.values())
    chart = alt.Chart(alt.Data(values=records(long))).mark_bar().encode(
        x=alt.X("count:Q", title="count"),
        y=alt.Y("outlet:N", title=None, sort=_order(df, "outlet")),
        yOffset=alt.YOffset("measure:N", sort=order),
        color=alt.Color("measure:N", title=None, sort=order,
                        scale=alt.Scale(domain=order, range=["#264653", "#2a9d8f", "#e9c46a", "#a8dadc"])),
        tooltip=[alt.Tooltip("outlet:N"), alt.Tooltip("measure:N"), alt.Tooltip("count:Q")],
    ).properties(width="container", height=_height(len(df), 56, 140))
    return _finish(chart)


def stock_impact(df: pd.DataFrame) -> dict:
    """Diverging bars: companies the AI stock widget called positive (right) or negative (left)."""
    domain = [d for d in DIRECTION_COLORS if d in set(df["direction"])] + sorted(
        set(df["direction"]) - set(DIRECTION_COLORS))
    chart = alt.Chart(alt.Data(values=records(df))).transform_calculate(
        signed="datum.direction === 'negative' ? -datum.articles : datum.articles",
    ).mark_bar().encode(
        x=alt.X("signed:Q", title="← negative · articles · positive →", axis=alt.Axis(format="d")),
        y=alt.Y("company:N", title=None, sort=_order(df, "company")),
        color=alt.Color("direction:N", title="direction",
                        scale=alt.Scale(domain=domain, range=[DIRECTION_COLORS.get(d, "#8d99ae") for d in domain])),
        tooltip=[alt.Tooltip("company:N"), alt.Tooltip("sector:N"), alt.Tooltip("direction:N"),
                 alt.Tooltip("articles:Q"), alt.Tooltip("unique_stories:Q", title="unique stories")],
    ).properties(width="container", height=_height(df["company"].nunique()))
    rule = alt.Chart(alt.Data(values=[{"x": 0}])).mark_rule(color="#555").encode(x="x:Q")
    return _finish(alt.layer(chart, rule).properties(width="container", height=_height(df["company"].nunique())))


def dq_status(df: pd.DataFrame) -> dict:
    long = df.melt(id_vars=["severity"], value_vars=["passed", "failed"], var_name="outcome", value_name="expectations")
    chart = alt.Chart(alt.Data(values=records(long))).mark_bar().encode(
        x=alt.X("expectations:Q", title="expectations", stack="zero", axis=alt.Axis(format="d")),
        y=alt.Y("severity:N", title="severity", sort=list(df["severity"])),
        color=alt.Color("outcome:N", title=None, scale=alt.Scale(domain=list(OUTCOME_COLORS),
                                                                 range=list(OUTCOME_COLORS.values()))),
        tooltip=[alt.Tooltip("severity:N"), alt.Tooltip("outcome:N"), alt.Tooltip("expectations:Q")],
    ).properties(width="container", height=_height(len(df), 34, 90))
    return _finish(chart)
