"""Unit tests of the overlay applier on small documents of our own."""

from __future__ import annotations

from typing import Any

import pytest

from tools.overlay import OverlayError, apply_overlay, dump_yaml, merge


def overlay(*actions: dict[str, Any], version: str = "1.1.0") -> dict[str, Any]:
    return {"overlay": version, "info": {"title": "t", "version": "1"}, "actions": list(actions)}


@pytest.fixture
def doc() -> dict[str, Any]:
    return {
        "info": {"title": "API", "version": "1"},
        "tags": [{"name": "a"}, {"name": "b"}, {"name": "c"}],
        "paths": {
            "/x": {"get": {"summary": "x", "responses": {"default": {"description": "ok"}}}},
            "/y": {"post": {"summary": "y", "responses": {"default": {"description": "ok"}}}},
        },
    }


def test_update_merges_objects_recursively_and_replaces_other_values(doc: dict[str, Any]) -> None:
    result = apply_overlay(doc, overlay({"target": "$.info", "update": {"title": "New", "x-extra": {"a": 1}}}))
    assert result["info"] == {"title": "New", "version": "1", "x-extra": {"a": 1}}
    nested = apply_overlay(result, overlay({"target": "$.info", "update": {"x-extra": {"b": 2}}}))
    assert nested["info"]["x-extra"] == {"a": 1, "b": 2}


def test_update_replaces_arrays_inside_objects_rather_than_merging_them(doc: dict[str, Any]) -> None:
    result = apply_overlay(doc, overlay({"target": "$", "update": {"tags": [{"name": "z"}]}}))
    assert result["tags"] == [{"name": "z"}]


def test_update_on_an_array_target_appends(doc: dict[str, Any]) -> None:
    result = apply_overlay(doc, overlay({"target": "$.tags", "update": {"name": "d"}}))
    assert [t["name"] for t in result["tags"]] == ["a", "b", "c", "d"]


def test_update_on_a_scalar_target_replaces_it(doc: dict[str, Any]) -> None:
    result = apply_overlay(doc, overlay({"target": "$.info.title", "update": "Renamed"}))
    assert result["info"]["title"] == "Renamed"


def test_update_applies_to_every_match_of_a_wildcard(doc: dict[str, Any]) -> None:
    result = apply_overlay(doc, overlay({"target": "$.paths.*.*", "update": {"security": []}}))
    assert result["paths"]["/x"]["get"]["security"] == []
    assert result["paths"]["/y"]["post"]["security"] == []


def test_update_of_an_object_with_a_scalar_is_refused(doc: dict[str, Any]) -> None:
    with pytest.raises(OverlayError, match="must be one too"):
        apply_overlay(doc, overlay({"target": "$.info", "update": "oops"}))


def test_remove_deletes_object_members(doc: dict[str, Any]) -> None:
    result = apply_overlay(doc, overlay({"target": "$.paths['/x']", "remove": True}))
    assert list(result["paths"]) == ["/y"]


def test_remove_deletes_several_array_elements_without_shifting_errors(doc: dict[str, Any]) -> None:
    result = apply_overlay(doc, overlay({"target": "$.tags[?@.name != 'b']", "remove": True}))
    assert result["tags"] == [{"name": "b"}]


def test_remove_false_is_not_a_removal_and_update_still_applies(doc: dict[str, Any]) -> None:
    result = apply_overlay(doc, overlay({"target": "$.info", "remove": False, "update": {"title": "Kept"}}))
    assert result["info"]["title"] == "Kept"
    assert "info" in result


def test_remove_true_wins_over_update_as_the_specification_says(doc: dict[str, Any]) -> None:
    result = apply_overlay(doc, overlay({"target": "$.info", "remove": True, "update": {"title": "ignored"}}))
    assert "info" not in result


def test_an_action_that_does_nothing_is_refused(doc: dict[str, Any]) -> None:
    with pytest.raises(OverlayError, match="would do nothing"):
        apply_overlay(doc, overlay({"target": "$.info", "remove": False, "description": "typo"}))


def test_copy_merges_the_source_node_into_the_target(doc: dict[str, Any]) -> None:
    result = apply_overlay(
        doc,
        overlay(
            {"target": "$.paths['/x'].get.responses", "update": {"200": {}}},
            {"target": "$.paths['/x'].get.responses['200']", "copy": "$.paths['/x'].get.responses.default"},
            {"target": "$.paths['/x'].get.responses.default", "remove": True},
        ),
    )
    assert result["paths"]["/x"]["get"]["responses"] == {"200": {"description": "ok"}}


def test_copy_into_an_array_appends_and_is_a_deep_copy(doc: dict[str, Any]) -> None:
    result = apply_overlay(doc, overlay({"target": "$.tags", "copy": "$.tags[0]"}))
    assert result["tags"][-1] == {"name": "a"}
    result["tags"][-1]["name"] = "changed"
    assert result["tags"][0]["name"] == "a"


def test_copy_source_must_match_exactly_one_node(doc: dict[str, Any]) -> None:
    with pytest.raises(OverlayError, match="exactly one node, matched 3"):
        apply_overlay(doc, overlay({"target": "$.info", "copy": "$.tags[*]"}))
    with pytest.raises(OverlayError, match="matched 0"):
        apply_overlay(doc, overlay({"target": "$.info", "copy": "$.nothing"}))


def test_copy_needs_overlay_1_1(doc: dict[str, Any]) -> None:
    with pytest.raises(OverlayError, match=r"1\.1"):
        apply_overlay(doc, overlay({"target": "$.info", "copy": "$.tags[0]"}, version="1.0.0"))


def test_a_target_matching_nothing_fails_with_the_action_description(doc: dict[str, Any]) -> None:
    action = {"target": "$.paths['/gone']", "update": {"x": 1}, "description": "Evidence: page 3 says so"}
    with pytest.raises(OverlayError) as failure:
        apply_overlay(doc, overlay({"target": "$.info", "update": {}}, action))
    assert "action #2 (Evidence: page 3 says so)" in str(failure.value)
    assert "matched nothing" in str(failure.value)


def test_actions_run_in_order_each_seeing_the_previous_result(doc: dict[str, Any]) -> None:
    result = apply_overlay(
        doc,
        overlay(
            {"target": "$", "update": {"x-new": {}}},
            {"target": "$['x-new']", "update": {"done": True}},
        ),
    )
    assert result["x-new"] == {"done": True}


def test_the_input_document_is_not_modified(doc: dict[str, Any]) -> None:
    apply_overlay(doc, overlay({"target": "$.info", "update": {"title": "changed"}}))
    assert doc["info"]["title"] == "API"


def test_invalid_jsonpath_is_reported_with_the_action(doc: dict[str, Any]) -> None:
    with pytest.raises(OverlayError, match=r"action #1 .*invalid JSONPath"):
        apply_overlay(doc, overlay({"target": "$.paths[", "update": {}}))


def test_non_rfc9535_syntax_is_rejected(doc: dict[str, Any]) -> None:
    # `..` without a selector and script expressions are not RFC 9535.
    with pytest.raises(OverlayError, match="invalid JSONPath"):
        apply_overlay(doc, overlay({"target": "$.tags[(@.length-1)]", "update": {}}))


def test_root_cannot_be_removed(doc: dict[str, Any]) -> None:
    with pytest.raises(OverlayError, match="root"):
        apply_overlay(doc, overlay({"target": "$", "remove": True}))


@pytest.mark.parametrize(
    ("document", "message"),
    [
        ({"overlay": "2.0.0", "actions": [{}]}, "unsupported overlay version"),
        ({"overlay": "1.0.0", "actions": []}, "non-empty"),
        ({"overlay": "1.0.0", "actions": ["x"]}, "not an object"),
        ({"overlay": "1.0.0", "actions": [{"update": {}}]}, "target"),
        ({"overlay": "1.0.0", "actions": [{"target": "$", "remove": "yes"}]}, "boolean"),
    ],
)
def test_malformed_overlays_are_refused(doc: dict[str, Any], document: dict[str, Any], message: str) -> None:
    with pytest.raises(OverlayError, match=message):
        apply_overlay(doc, document)


def test_descriptions_can_be_required(doc: dict[str, Any]) -> None:
    with pytest.raises(OverlayError, match="description"):
        apply_overlay(doc, overlay({"target": "$.info", "update": {}}), require_descriptions=True)


def test_merge_helper_replaces_non_objects() -> None:
    target: dict[str, Any] = {"a": {"b": 1}, "c": [1]}
    merge(target, {"a": {"d": 2}, "c": [2]})
    assert target == {"a": {"b": 1, "d": 2}, "c": [2]}


def test_dump_is_deterministic_and_keeps_order_and_multiline_blocks() -> None:
    document = {"z": 1, "a": "line one\nline two\n"}
    text = dump_yaml(document)
    assert text == dump_yaml(document)
    assert text.index("z:") < text.index("a:")
    assert "a: |\n  line one\n  line two\n" in text
