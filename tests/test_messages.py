"""Translatable messages: English text wherever a str goes, template and values kept."""

from __future__ import annotations

import json
import pickle

import pytest

from storydesk.messages import Message, Template, translatable


def test_formatted_template_is_the_english_text_and_remembers_how_it_was_made() -> None:
    reason = translatable("Bundles", "the file is too large").format()
    message = translatable("Bundles", "{path} is not a story bundle: {reason}").format(
        path="C:/USB/спринг.zip", reason=reason
    )
    assert message == "C:/USB/спринг.zip is not a story bundle: the file is too large"
    assert isinstance(message, Message)
    assert message.context == "Bundles"
    assert message.template == "{path} is not a story bundle: {reason}"
    assert message.values["reason"].template == "the file is too large"
    assert json.dumps({"reason": message}, ensure_ascii=False) == (
        '{"reason": "C:/USB/спринг.zip is not a story bundle: the file is too large"}'
    )


def test_messages_survive_pickling_between_processes() -> None:
    message = translatable("Import", "{count} files skipped").format(count=3)
    back = pickle.loads(pickle.dumps(message))
    assert isinstance(back, Message) and back == message and back.values == {"count": 3}
    template = pickle.loads(pickle.dumps(translatable("Import", "no title")))
    assert isinstance(template, Template) and template.context == "Import"


def test_placeholders_are_named_only() -> None:
    with pytest.raises(TypeError):
        translatable("Import", "{} files").format(3)
    with pytest.raises(KeyError):
        translatable("Import", "{count} files").format(number=3)
