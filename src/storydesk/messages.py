"""Messages a person reads, kept translatable on their way from the core to the app.

The core speaks English, and the command line prints its messages as they are. The desktop
app shows them in the reader's language. For that, a message is written with
:func:`translatable`, which marks the text for Qt's ``lupdate`` (the build script treats it
as ``QT_TRANSLATE_NOOP``) and returns a :class:`Template`. Formatting a template gives a
:class:`Message`: a ``str`` like any other (JSON, logs and the terminal see the English
text) that remembers its template and values, so the app can look up the template's
translation and fill in the values (themselves translated when they are messages)::

    raise BundleError(
        translatable("Bundles", "{path} is not a story bundle: {reason}").format(
            path=path, reason=reason
        )
    )

The context and text must be plain string literals in the call, or ``lupdate`` cannot see
them. Placeholders are named (``{path}``), so a translation may put them in any order.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any


class Template(str):
    """A translatable English text with named ``{placeholders}``.

    Attributes:
        context: The translation context (a group of messages, e.g. ``"Bundles"``).
    """

    context: str

    def __new__(cls, context: str = "", text: str = "") -> Template:
        """A template ``text`` in translation ``context``."""
        self = super().__new__(cls, text)
        self.context = context
        return self

    def __reduce__(self) -> tuple[Any, ...]:
        return (Template, (self.context, str(self)))

    def format(self, *args: object, **values: Any) -> Message:  # type: ignore[override]
        """The English message with ``values`` filled in, still translatable.

        Raises:
            TypeError: Positional arguments were given (placeholders are named).
        """
        if args:
            raise TypeError("translatable templates take named values only")
        return Message(self.context, str(self), values)


class Message(str):
    """An English message that remembers how it was made, so it can be translated.

    Attributes:
        context: The template's translation context.
        template: The English template.
        values: The values filled into it.
    """

    context: str
    template: str
    values: dict[str, Any]
    capitalised: bool

    def __new__(
        cls,
        context: str = "",
        template: str = "",
        values: dict[str, Any] | None = None,
        capitalised: bool = False,
    ) -> Message:
        """The message ``template.format(**values)`` (first letter upper-cased if
        ``capitalised``)."""
        values = dict(values or {})
        text = template.format(**values)
        self = super().__new__(cls, text[:1].upper() + text[1:] if capitalised else text)
        self.context = context
        self.template = template
        self.values = values
        self.capitalised = capitalised
        return self

    def __reduce__(self) -> tuple[Any, ...]:
        return (Message, (self.context, self.template, self.values, self.capitalised))


def as_message(text: str) -> str:
    """``text`` as a :class:`Message` when it is a bare :class:`Template` (a text with no
    values), so that reasons and errors are all messages; any other text as it is."""
    if isinstance(text, Template) and not isinstance(text, Message):
        return Message(text.context, str(text))
    return text


def sentence(text: Message | Template) -> Message:
    """``text`` as a sentence of its own: its first letter upper-cased, in English and in
    its translation.

    A reason written to follow ``"{path}: "`` starts with a small letter; when there is no
    path to put before it, the same translatable text opens the sentence.
    """
    if isinstance(text, Message):
        return Message(text.context, text.template, text.values, capitalised=True)
    return Message(text.context, str(text), capitalised=True)


def translatable(context: str, text: str) -> Template:
    """Mark ``text`` for translation in ``context`` (see the module docs).

    Args:
        context: The group of messages it belongs to, e.g. ``"Import"``.
        text: The English text, with named ``{placeholders}`` if it takes values.

    Returns:
        The text as a :class:`Template`; ``.format(...)`` makes a :class:`Message`.
    """
    return Template(context, text)


def joined(items: Iterable[str], separator: str = ", ") -> Message:
    """``separator.join(items)`` that keeps each item translatable.

    The joining template is punctuation only, so it needs no translation: looking it up
    gives it back, and the items (messages among them) are translated one by one.
    """
    values = {f"item{number}": item for number, item in enumerate(items)}
    between = separator.replace("{", "{{").replace("}", "}}")
    template = between.join("{" + name + "}" for name in values)
    return Message("Messages", template, values)
