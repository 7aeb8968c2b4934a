"""The public classes live in ``sipstatus``: pickles, reprs and help() name
the module users import, never the private modules that build them."""

from __future__ import annotations

import inspect
import pickle
import pydoc
import re
import sys

import pytest
import sipstatus
from sipstatus import RegistryStatus, SIPStatus, StatusClass, UnknownPhraseError

PUBLIC_CLASSES = [SIPStatus, StatusClass, RegistryStatus, UnknownPhraseError]
PROTOCOLS = range(pickle.HIGHEST_PROTOCOL + 1)


@pytest.mark.parametrize("cls", PUBLIC_CLASSES, ids=lambda c: c.__name__)
def test_each_public_class_names_the_public_module(cls: type) -> None:
    assert cls.__module__ == "sipstatus"
    assert inspect.getmodule(cls) is sys.modules["sipstatus"]
    assert getattr(sipstatus, cls.__qualname__) is cls


@pytest.mark.parametrize("protocol", PROTOCOLS)
@pytest.mark.parametrize(
    "value",
    [SIPStatus.BUSY_HERE, StatusClass.LOCAL, RegistryStatus.DEPRECATED, *PUBLIC_CLASSES],
    ids=repr,
)
def test_pickles_name_sipstatus_and_round_trip(protocol: int, value: object) -> None:
    data = pickle.dumps(value, protocol)
    assert b"_status" not in data and b"_native" not in data
    assert b"sipstatus" in data
    assert pickle.loads(data) is value


@pytest.mark.parametrize("protocol", PROTOCOLS)
def test_an_unknown_phrase_error_pickles(protocol: int) -> None:
    with pytest.raises(UnknownPhraseError) as caught:
        sipstatus.from_phrase("busy hear")
    data = pickle.dumps(caught.value, protocol)
    assert b"_native" not in data
    copy = pickle.loads(data)
    assert type(copy) is UnknownPhraseError and copy.args == caught.value.args


def test_help_names_the_public_module() -> None:
    for cls in (SIPStatus, StatusClass, RegistryStatus):
        text = pydoc.render_doc(cls, renderer=pydoc.plaintext)
        assert "in module sipstatus\n" in text
        assert not re.search(r"sipstatus\._status\.(SIPStatus|StatusClass|RegistryStatus)", text)
