"""Vega-Lite specifications of the dashboard's charts and map (data inline, assets local).

The specs are plain dicts so the API can serve them and tests can check them; the page embeds
them with the vendored vega-embed. The map's base layer is the vendored world-atlas TopoJSON.
"""

from __future__ import annotations

from typing import Any

SCHEMA = "https://vega.github.io/schema/vega-lite/v5.json"  # an identifier only: never fetched
BASE_MAP_URL = "/static/vendor/countries-50m.json"
_TIME_UNIT = {"day": "yearmonthdate", "month": "yearmonth", "year": "year"}
_TIME_FORMAT = {"day": "%d %b %Y", "month": "%b %Y", "year": "%Y"}


def _x(bucket: str) -> dict[str, Any]:
    return {"field": "period", "type": "temporal", "timeUnit": _TIME_UNIT[bucket], "title": None,
            "axis": {"format": _TIME_FORMAT[bucket], "labelAngle": -30}}


def fatalities_chart(rows: list[dict[str, Any]], bucket: str) -> dict[str, Any]:
    """Killed over time: one series per claimant (colour) and side whose dead they are (dash)."""
    return {
        "$schema": SCHEMA,
        "description": "Fatalities over time per side, as claimed by each claimant",
        "width": "container", "height": 260, "autosize": {"type": "fit", "contains": "padding"},
        "data": {"values": rows},
        "mark": {"type": "line", "point": {"size": 60}, "strokeWidth": 2},
        "encoding": {
            "x": _x(bucket),
            "y": {"field": "killed", "type": "quantitative", "aggregate": "sum", "title": "Killed (claimed)"},
            "color": {"field": "claimant", "type": "nominal", "title": "Claimant"},
            "strokeDash": {"field": "side", "type": "nominal", "title": "Dead of"},
            "tooltip": [
                {"field": "period", "type": "nominal", "title": "Period"},
                {"field": "claimant", "type": "nominal", "title": "Claimant"},
                {"field": "side", "type": "nominal", "title": "Dead of"},
                {"field": "killed", "type": "quantitative", "aggregate": "sum", "title": "Killed"},
            ],
        },
    }


def types_chart(rows: list[dict[str, Any]], bucket: str) -> dict[str, Any]:
    """Events per period, stacked by ACLED event type."""
    return {
        "$schema": SCHEMA,
        "description": "Events by type over time",
        "width": "container", "height": 220, "autosize": {"type": "fit", "contains": "padding"},
        "data": {"values": rows},
        "mark": {"type": "bar"},
        "encoding": {
            "x": _x(bucket),
            "y": {"field": "events", "type": "quantitative", "aggregate": "sum", "title": "Events"},
            "color": {"field": "event_type", "type": "nominal", "title": "Event type"},
            "tooltip": [
                {"field": "period", "type": "nominal", "title": "Period"},
                {"field": "event_type", "type": "nominal", "title": "Type"},
                {"field": "events", "type": "quantitative", "aggregate": "sum", "title": "Events"},
            ],
        },
    }


def _fit_box(points: list[dict[str, Any]]) -> dict[str, Any] | None:
    """The padded bounding box of the points as GeoJSON, so the map zooms on where events are."""
    if not points:
        return None
    lats = [p["latitude"] for p in points]
    lons = [p["longitude"] for p in points]
    pad = max(2.0, 0.15 * max(max(lats) - min(lats), max(lons) - min(lons)))
    south, north = max(-85.0, min(lats) - pad), min(85.0, max(lats) + pad)
    west, east = max(-180.0, min(lons) - pad), min(180.0, max(lons) + pad)
    # Corner points rather than a polygon: no ring winding to get wrong on the sphere.
    corners = [[west, south], [west, north], [east, north], [east, south]]
    return {"type": "Feature", "properties": {}, "geometry": {"type": "MultiPoint", "coordinates": corners}}


def map_chart(points: list[dict[str, Any]]) -> dict[str, Any]:
    """Events as circles sized by fatalities over the offline base map; a click opens the event."""
    values = [{**p, "fatalities": p.get("fatalities") or 0, "link": f"/events/{p['id']}"} for p in points]
    projection: dict[str, Any] = {"type": "mercator"}
    box = _fit_box(points)
    if box is not None:
        projection["fit"] = box
    return {
        "$schema": SCHEMA,
        "description": "Events as points sized by fatalities",
        "width": "container", "height": 520,
        "projection": projection,
        "background": "#ffffff",
        "layer": [
            {
                "data": {"url": BASE_MAP_URL, "format": {"type": "topojson", "feature": "countries"}},
                "mark": {"type": "geoshape", "clip": True, "fill": "#eceae4", "stroke": "#9a9a9a", "strokeWidth": 0.6},
            },
            {
                "data": {"values": values},
                "mark": {"type": "circle", "clip": True, "opacity": 0.65, "stroke": "#222", "strokeWidth": 0.6, "cursor": "pointer"},
                "encoding": {
                    "longitude": {"field": "longitude", "type": "quantitative"},
                    "latitude": {"field": "latitude", "type": "quantitative"},
                    "size": {"field": "fatalities", "type": "quantitative", "title": "Fatalities (best)",
                             "scale": {"type": "sqrt", "range": [40, 1600], "zero": True}},
                    "color": {"field": "event_type", "type": "nominal", "title": "Event type"},
                    "href": {"field": "link", "type": "nominal"},
                    "tooltip": [
                        {"field": "date", "type": "nominal", "title": "Date"},
                        {"field": "sub_event_type", "type": "nominal", "title": "Type"},
                        {"field": "location", "type": "nominal", "title": "Place"},
                        {"field": "actor1", "type": "nominal", "title": "Actor"},
                        {"field": "fatalities", "type": "quantitative", "title": "Fatalities (best)"},
                        {"field": "n_sources", "type": "quantitative", "title": "Sources"},
                    ],
                },
            },
        ],
    }
